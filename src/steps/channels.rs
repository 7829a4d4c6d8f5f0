//! Step 4: Channels. Each channel starts from a known platform with its usual reply limit and
//! formats (or a custom one), then says what it is for, which personas it serves (picked from
//! those already defined), its codes, its rhythm and when someone answers.

use charter::document::{Channel, CoverageSlot, Platform, Weekday};
use charter::draft::ListKind;
use charter::locate::{field_id, Section};
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
    let (t, l) = (use_messages(), use_labels());
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
                ListText { add: |m| m.add_channel, empty: |m| m.channels_empty },
                "name",
                false,
                move |card| channel_fields(card, personas),
            )}
            <div class="add-row">
                <SelectField
                    bind=Bind::local("new-channel-platform", platform)
                    label=move || t.get().new_channel_platform
                    options=Options::of(&Platform::ALL, move |p| (l.get().platform)(p).to_owned())
                />
                <button type="button" class="button primary" id="add-channel" on:click=add
                    disabled=list_full(ListKind::Channels).0>
                    {move || t.get().add_channel}
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
    let coverage = card.rows(Channel::COVERAGE);
    let coverage_rows = rows(
        coverage.dom(),
        coverage.count(),
        move || t.get().add_coverage,
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
        <TextField bind=card.field(Channel::NAME) label=move || t.get().channel_name
            hint=move || t.get().channel_name_hint />
        <TextArea bind=card.field(Channel::PURPOSE) label=move || t.get().purpose rows=2 />
        <CheckGroup
            bind=card.members(Channel::PERSONA_IDS)
            legend=move || l.get().personas_served
            options=personas.ids
            option_label=personas.name
            empty=move || t.get().no_personas_to_pick
        />
        <div class="row">
            <TextField bind=card.field(Channel::TONE) label=move || t.get().channel_tone />
            <TextField bind=card.field(Channel::REGISTER) label=move || l.get().register />
        </div>
        <TextArea bind=card.lines(Channel::FORMATS) label=move || l.get().formats lines=true rows=2 />
        <div class="row">
            <TextField bind=card.field(Channel::POSTING_FREQUENCY) label=move || l.get().posting_frequency />
            <ParsedField
                bind=card.field(Channel::REPLY_LENGTH_LIMIT)
                format=limit_text
                parse=|text| parse_count(text).ok()
                label=move || t.get().reply_limit
                hint=move || t.get().reply_limit_hint
                inputmode="numeric"
                invalid_message=move || t.get().whole_number_error
            />
        </div>
        <fieldset class="group" id=card.dom("coverage-group")>
            <legend>{move || l.get().coverage}</legend>
            {coverage_rows}
        </fieldset>
    }
}

fn coverage_row(coverage: &Rows<Channel, CoverageSlot>, i: usize) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let row = coverage.row(i);
    view! {
        <CheckGroup
            bind=row.members(CoverageSlot::DAYS)
            legend=move || t.get().days
            options=Signal::derive(|| Weekday::ALL.to_vec())
            option_label=Callback::new(move |d| (l.get().weekday)(d).to_owned())
        />
        <TextField bind=row.field(CoverageSlot::START) label=move || t.get().from_time input_type="time" />
        <TextField bind=row.field(CoverageSlot::END) label=move || t.get().to_time input_type="time" />
    }
}
