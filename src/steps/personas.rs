//! Step 3: Personas. Who the brand talks to: age range, interests, digital behaviours,
//! expectations and pain points, and the platforms each persona uses.

use charter::document::{Persona, Platform};
use charter::draft::{lines_from_text, parse_age, set_member, text_from_lines};
use charter::labels::labels;
use leptos::prelude::*;

use crate::components::{
    item_list, Card, CheckGroup, ListText, ParsedField, StepFrame, TextArea, TextField,
};
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn PersonasStep() -> impl IntoView {
    view! {
        <StepFrame step=Step::Personas>
            {item_list::<Persona, _>(
                ListText { add: |m| m.add_persona, empty: |m| m.personas_empty },
                "name",
                true,
                persona_fields,
            )}
        </StepFrame>
    }
}

fn age_text(age: Option<u8>) -> String {
    age.map(|a| a.to_string()).unwrap_or_default()
}

fn persona_fields(card: Card<Persona>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    view! {
        <TextField
            id=card.dom("name")
            label=move || t.get().persona_name
            path=card.path("name")
            value=card.text(|p| p.name.clone())
            on_input=card.set(|p, v| p.name = v)
        />
        <fieldset class="age-range">
            <legend>{move || t.get().age_range}</legend>
            <div class="row">
                <ParsedField
                    id=card.dom("age-min")
                    label=move || t.get().age_min
                    hint=move || t.get().age_hint
                    path=card.path("age/min")
                    inputmode="numeric"
                    value=card.text(|p| age_text(p.age.min))
                    parse=|text| parse_age(text).ok()
                    on_value=card.set(|p, age| p.age.min = age)
                    invalid_message=move || t.get().age_error
                />
                <ParsedField
                    id=card.dom("age-max")
                    label=move || t.get().age_max
                    inputmode="numeric"
                    value=card.text(|p| age_text(p.age.max))
                    parse=|text| parse_age(text).ok()
                    on_value=card.set(|p, age| p.age.max = age)
                    invalid_message=move || t.get().age_error
                />
            </div>
        </fieldset>
        <TextArea id=card.dom("interests") label=move || t.get().interests lines=true
            value=card.text(|p| text_from_lines(&p.interests))
            on_input=card.set(|p, v: String| p.interests = lines_from_text(&v)) />
        <TextArea id=card.dom("digital_behaviours") label=move || t.get().digital_behaviours lines=true
            value=card.text(|p| text_from_lines(&p.digital_behaviours))
            on_input=card.set(|p, v: String| p.digital_behaviours = lines_from_text(&v)) />
        <TextArea id=card.dom("expectations") label=move || t.get().expectations lines=true
            value=card.text(|p| text_from_lines(&p.expectations))
            on_input=card.set(|p, v: String| p.expectations = lines_from_text(&v)) />
        <CheckGroup
            id=card.dom("channels")
            legend=move || t.get().channels_used
            options=Signal::derive(|| Platform::ALL.to_vec())
            option_label=Callback::new(move |p| labels(app.ui_lang.get()).platform(p).to_owned())
            checked=Callback::new(move |p| item.with(|x| x.channels.contains(&p)))
            on_toggle=card.set(|x, (p, on)| {
                set_member(&mut x.channels, p, on);
                x.channels.sort();
            })
        />
    }
}
