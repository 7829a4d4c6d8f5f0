//! Step 4: Channels. Each channel starts from a known platform with its usual reply limit and
//! formats (or a custom one), then says what it is for, which personas it serves (picked from
//! those already defined), its codes, its rhythm and when someone answers.

use charter::document::ListKind;
use charter::document::Section;
use charter::document::{Channel, CoverageSlot, Platform, Weekday};
use charter::locate::field_id;
use charter::parse::parse_count;
use charter::Draft;
use leptos::prelude::*;

use crate::bind::{Bind, Rows, Scope};
use crate::components::{
    item_list, list_full, rows, CheckGroup, ListText, Options, ParsedField, SelectField, StepFrame,
    TextArea, TextField,
};
use crate::focus::focus_soon;
use crate::i18n::{use_labels, use_messages};
use crate::state::{use_app, Step};
use crate::steps::choices::{persona_choices, Choices};

#[component]
pub fn ChannelsStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    // the position in Platform::ALL of the platform of the next channel
    let platform = RwSignal::new(0);
    let add = move |_| {
        let platform = Platform::ALL[platform.get_untracked()];
        if let Some(id) = app.store.apply(|d| d.add_channel(platform)) {
            app.reveal(&id);
            focus_soon(field_id(&id, "name"));
        }
    };
    let personas = persona_choices();
    view! {
        <StepFrame step=Step::Edit(Section::Channels)>
            {item_list::<Channel, _>(
                ListText { add: Signal::derive(move || w.get().add_channel), empty: Signal::derive(move || w.get().channels_empty) },
                "name",
                false,
                move |card| channel_fields(card, personas),
            )}
            <div class="add-row">
                <SelectField
                    bind=Bind::local("new-channel-platform", platform)
                    label=move || w.get().new_channel_platform
                    options=Options::of(&Platform::ALL, move |p| (l.get().platform)(p).to_owned())
                />
                <button type="button" class="button primary" id="add-channel" on:click=add
                    disabled=list_full(ListKind::Channels).0>
                    {move || w.get().add_channel}
                </button>
            </div>
        </StepFrame>
    }
}

/// A reply limit as its field shows it: blank when there is none.
fn limit_text(limit: &Option<u32>) -> String {
    limit.map(|n| n.to_string()).unwrap_or_default()
}

fn channel_fields(card: Scope<Channel>, personas: Choices) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let w = crate::i18n::words(Words::get);
    let coverage = card.rows(Channel::COVERAGE);
    let coverage_rows = rows(
        coverage.dom(),
        coverage.count(),
        move || w.get().add_coverage,
        card.act(Draft::add_coverage),
        coverage.remove(),
        move |i| coverage_row(&coverage, i),
    );
    view! {
        <SelectField
            bind=card.choice(Channel::PLATFORM, &Platform::ALL)
            label=move || t.get().platform
            options=Options::of(&Platform::ALL, move |p| (l.get().platform)(p).to_owned())
        />
        <TextField bind=card.field(Channel::NAME) label=move || w.get().channel_name
            hint=move || w.get().channel_name_hint />
        <TextArea bind=card.field(Channel::PURPOSE) label=move || w.get().purpose rows=2 />
        <CheckGroup
            bind=card.members(Channel::PERSONA_IDS)
            legend=move || l.get().personas_served
            options=personas.ids
            option_label=personas.name
            empty=move || w.get().no_personas_to_pick
        />
        <div class="row">
            <TextField bind=card.field(Channel::TONE) label=move || w.get().channel_tone />
            <TextField bind=card.field(Channel::REGISTER) label=move || l.get().register />
        </div>
        <TextArea bind=card.lines(Channel::FORMATS) label=move || l.get().formats lines=true rows=2 />
        <div class="row">
            <TextField bind=card.field(Channel::POSTING_FREQUENCY) label=move || l.get().posting_frequency />
            <ParsedField
                bind=card.field(Channel::REPLY_LENGTH_LIMIT)
                format=limit_text
                parse=|text| parse_count(text).ok()
                label=move || w.get().reply_limit
                hint=move || w.get().reply_limit_hint
                inputmode="numeric"
                invalid_message=move || w.get().whole_number_error
            />
        </div>
        <fieldset class="group" id=card.dom("coverage-group")>
            <legend>{move || l.get().coverage}</legend>
            {coverage_rows}
        </fieldset>
    }
}

fn coverage_row(coverage: &Rows<Channel, CoverageSlot>, i: usize) -> impl IntoView {
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let row = coverage.row(i);
    view! {
        <CheckGroup
            bind=row.members(CoverageSlot::DAYS)
            legend=move || w.get().days
            options=Signal::derive(|| Weekday::ALL.to_vec())
            option_label=Callback::new(move |d| (l.get().weekday)(d).to_owned())
        />
        <TextField bind=row.field(CoverageSlot::START) label=move || w.get().from_time input_type="time" />
        <TextField bind=row.field(CoverageSlot::END) label=move || w.get().to_time input_type="time" />
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_channel: &'static str {
        fr: "Ajouter le canal",
        en: "Add the channel",
    }
    add_coverage: &'static str {
        fr: "Ajouter une plage horaire",
        en: "Add coverage hours",
    }
    channel_name: &'static str {
        fr: "Nom du canal",
        en: "Channel name",
    }
    channel_name_hint: &'static str {
        fr: "Par exemple « Instagram @marque ».",
        en: "For example “Instagram @brand”.",
    }
    channel_tone: &'static str {
        fr: "Ton sur ce canal",
        en: "Tone on this channel",
    }
    channels_empty: &'static str {
        fr: "Aucun canal pour l’instant. Choisissez une plateforme pour ajouter le premier.",
        en: "No channels yet. Pick a platform to add the first one.",
    }
    days: &'static str {
        fr: "Jours",
        en: "Days",
    }
    from_time: &'static str {
        fr: "De",
        en: "From",
    }
    new_channel_platform: &'static str {
        fr: "Plateforme du nouveau canal",
        en: "Platform of the new channel",
    }
    no_personas_to_pick: &'static str {
        fr: "Définissez d’abord des personas à l’étape Personas.",
        en: "Define personas first, in the Personas step.",
    }
    purpose: &'static str {
        fr: "À quoi il sert",
        en: "What it is for",
    }
    reply_limit: &'static str {
        fr: "Longueur maximale d’une réponse (caractères)",
        en: "Reply length limit (characters)",
    }
    reply_limit_hint: &'static str {
        fr: "Laissez vide si la plateforme n’en impose pas.",
        en: "Leave blank if the platform sets none.",
    }
    to_time: &'static str {
        fr: "À",
        en: "To",
    }
    whole_number_error: &'static str {
        fr: "Indiquez un nombre entier, ou laissez vide.",
        en: "Enter a whole number, or leave it blank.",
    }
}
