//! Step 8: Engagement & listening. The rituals that keep the community alive (live Q&A,
//! brand hashtags, challenges, ambassadors, exclusive content) and what the team listens to.

use charter::document::Section;
use charter::document::{Charter, Ritual, RitualKind};
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{
    item_list, CheckGroup, ListText, Options, SelectField, StepFrame, TextArea, TextField,
};
use crate::i18n::{use_labels, use_messages};
use crate::state::{use_app, Step};
use crate::steps::choices::{channel_choices, Choices};

#[component]
pub fn EngagementStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let charter = Scope::charter(app.store);
    let channels = channel_choices();
    view! {
        <StepFrame step=Step::Edit(Section::Engagement)>
            <h2 class="subheading">{move || l.get().rituals}</h2>
            {item_list::<Ritual, _>(
                ListText { add: Signal::derive(move || w.get().add_ritual), empty: Signal::derive(move || w.get().rituals_empty) },
                "name",
                true,
                move |card| ritual_fields(card, channels),
            )}
            <fieldset class="group">
                <legend>{move || l.get().listening}</legend>
                <TextArea bind=charter.lines(Charter::LISTENING_TOOLS) label=move || w.get().listening_tools
                    hint=move || w.get().listening_tools_hint rows=2 />
                <TextArea bind=charter.lines(Charter::LISTENING_KEYWORDS) label=move || l.get().keywords
                    lines=true rows=2 />
                <TextArea bind=charter.lines(Charter::HASHTAGS) label=move || l.get().hashtags
                    lines=true rows=2 />
            </fieldset>
        </StepFrame>
    }
}

fn ritual_fields(card: Scope<Ritual>, channels: Choices) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let w = crate::i18n::words(Words::get);
    view! {
        <div class="row">
            <SelectField
                bind=card.choice(Ritual::KIND, &RitualKind::ALL)
                label=move || l.get().kind
                options=Options::of(&RitualKind::ALL, move |k| (l.get().ritual_kind)(k).to_owned())
            />
            <TextField bind=card.field(Ritual::NAME) label=move || w.get().ritual_name />
        </div>
        <TextArea bind=card.field(Ritual::DESCRIPTION) label=move || l.get().description rows=2 />
        <TextField bind=card.field(Ritual::FREQUENCY) label=move || l.get().frequency />
        <CheckGroup
            bind=card.members(Ritual::CHANNEL_IDS)
            legend=move || l.get().section(Section::Channels)
            options=channels.ids
            option_label=channels.name
            empty=move || t.get().no_channels_to_pick
        />
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_ritual: &'static str {
        fr: "Ajouter un rituel",
        en: "Add a ritual",
    }
    listening_tools: &'static str {
        fr: "Outils d’écoute",
        en: "Listening tools",
    }
    listening_tools_hint: &'static str {
        fr: "Par exemple Mention, Brandwatch, Talkwalker, des alertes Google ; un par ligne.",
        en: "For example Mention, Brandwatch, Talkwalker, Google Alerts; one per line.",
    }
    ritual_name: &'static str {
        fr: "Nom du rituel",
        en: "Ritual name",
    }
    rituals_empty: &'static str {
        fr: "Aucun rituel pour l’instant.",
        en: "No rituals yet.",
    }
}
