//! Step 3: Personas. Who the brand talks to: age range, interests, digital behaviours,
//! expectations and pain points, and the platforms each persona uses.

use charter::document::{Persona, Platform};
use charter::locate::Section;
use charter::parse::parse_age;
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{
    item_list, CheckGroup, ListText, ParsedField, StepFrame, TextArea, TextField,
};
use crate::i18n::{use_labels, use_messages};
use crate::state::Step;

#[component]
pub fn PersonasStep() -> impl IntoView {
    view! {
        <StepFrame step=Step::Edit(Section::Personas)>
            {item_list::<Persona, _>(
                ListText { add: |m| m.add_persona, empty: |m| m.personas_empty },
                "name",
                true,
                persona_fields,
            )}
        </StepFrame>
    }
}

/// An age as its field shows it: blank when open.
fn age_text(age: &Option<u8>) -> String {
    age.map(|a| a.to_string()).unwrap_or_default()
}

fn persona_fields(card: Scope<Persona>) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    view! {
        <TextField bind=card.field(Persona::NAME) label=move || t.get().persona_name />
        <fieldset class="age-range">
            <legend>{move || t.get().age_range}</legend>
            <div class="row">
                <ParsedField
                    bind=card.field(Persona::AGE_MIN)
                    format=age_text
                    parse=|text| parse_age(text).ok()
                    label=move || t.get().age_min
                    hint=move || t.get().age_hint
                    inputmode="numeric"
                    invalid_message=move || t.get().age_error
                />
                <ParsedField
                    bind=card.field(Persona::AGE_MAX)
                    format=age_text
                    parse=|text| parse_age(text).ok()
                    label=move || t.get().age_max
                    inputmode="numeric"
                    invalid_message=move || t.get().age_error
                />
            </div>
        </fieldset>
        <TextArea bind=card.lines(Persona::INTERESTS) label=move || l.get().interests lines=true />
        <TextArea bind=card.lines(Persona::DIGITAL_BEHAVIOURS) label=move || l.get().digital_behaviours lines=true />
        <TextArea bind=card.lines(Persona::EXPECTATIONS) label=move || l.get().expectations lines=true />
        <CheckGroup
            bind=card.members(Persona::CHANNELS)
            legend=move || l.get().channels_used
            options=Signal::derive(|| Platform::ALL.to_vec())
            option_label=Callback::new(move |p| (l.get().platform)(p).to_owned())
        />
    }
}
