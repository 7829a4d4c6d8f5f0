//! Step 3: Personas. Who the brand talks to: age range, interests, digital behaviours,
//! expectations and pain points, and the platforms each persona uses.

use charter::document::Section;
use charter::document::{Persona, Platform};
use charter::parse::parse_age;
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{
    item_list, CheckGroup, ListText, ParsedField, StepFrame, TextArea, TextField,
};
use crate::i18n::use_labels;
use crate::state::Step;

#[component]
pub fn PersonasStep() -> impl IntoView {
    let w = crate::i18n::words(Words::get);
    view! {
        <StepFrame step=Step::Edit(Section::Personas)>
            {item_list::<Persona, _>(
                ListText { add: Signal::derive(move || w.get().add_persona), empty: Signal::derive(move || w.get().personas_empty) },
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
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    view! {
        <TextField bind=card.field(Persona::NAME) label=move || w.get().persona_name />
        <fieldset class="age-range">
            <legend>{move || w.get().age_range}</legend>
            <div class="row">
                <ParsedField
                    bind=card.field(Persona::AGE_MIN)
                    format=age_text
                    parse=|text| parse_age(text).ok()
                    label=move || w.get().age_min
                    hint=move || w.get().age_hint
                    inputmode="numeric"
                    invalid_message=move || w.get().age_error
                />
                <ParsedField
                    bind=card.field(Persona::AGE_MAX)
                    format=age_text
                    parse=|text| parse_age(text).ok()
                    label=move || w.get().age_max
                    inputmode="numeric"
                    invalid_message=move || w.get().age_error
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

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_persona: &'static str {
        fr: "Ajouter un persona",
        en: "Add a persona",
    }
    age_error: &'static str {
        fr: "Indiquez un âge entier entre 0 et 120.",
        en: "Enter a whole age between 0 and 120.",
    }
    age_hint: &'static str {
        fr: "Laissez vide pour ne pas fixer de limite.",
        en: "Leave blank for no limit.",
    }
    age_max: &'static str {
        fr: "Jusqu’à",
        en: "Up to",
    }
    age_min: &'static str {
        fr: "À partir de",
        en: "From",
    }
    age_range: &'static str {
        fr: "Tranche d’âge",
        en: "Age range",
    }
    persona_name: &'static str {
        fr: "Nom du persona",
        en: "Persona name",
    }
    personas_empty: &'static str {
        fr: "Aucun persona pour l’instant. Ajoutez le premier public de votre marque.",
        en: "No personas yet. Add your brand’s first audience.",
    }
}
