//! Step 5: Response times. A default target (24 h, the usual ceiling) and a grid of channel ×
//! situation targets; an empty cell uses the default, shown as its placeholder. Delays are
//! typed as "30 min" or "2 h".

use charter::document::{Charter, Delay, Situation};
use charter::locate::Section;
use charter::parse::{format_delay, parse_delay};
use leptos::prelude::*;

use crate::components::{ParsedField, StepFrame, TextArea};
use crate::i18n::{use_labels, use_messages};
use crate::state::{use_app, Step};
use crate::steps::choices::channel_choices;

#[component]
pub fn ResponseTimesStep() -> impl IntoView {
    let app = use_app();
    let (t, l) = (use_messages(), use_labels());
    let charter = app.charter();
    let channels = channel_choices();
    let default_target = charter.field(Charter::DEFAULT_TARGET);
    let default_text = Signal::derive(move || format_delay(default_target.value.get()));
    view! {
        <StepFrame step=Step::Edit(Section::ResponseTimes)>
            <ParsedField
                bind=default_target
                format=|delay| format_delay(*delay)
                parse=|text| parse_delay(text).ok().flatten()
                label=move || l.get().default_target
                hint=move || t.get().delay_hint
                invalid_message=move || t.get().delay_error
            />
            <Show
                when=move || channels.ids.with(|c| !c.is_empty())
                fallback=move || view! { <p class="empty">{move || t.get().no_channels_for_grid}</p> }
            >
                <div class="table-scroll" role="region" aria-labelledby="grid-caption" tabindex="0">
                    <table class="grid">
                        <caption id="grid-caption">{move || t.get().grid_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || l.get().channel}</th>
                                {Situation::GRID
                                    .into_iter()
                                    .map(|s| view! { <th scope="col">{move || (l.get().situation_name)(s)}</th> })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || channels.ids.get() key=|id| id.clone() let:channel_id>
                                {
                                    let name = Signal::derive({
                                        let id = channel_id.clone();
                                        move || channels.name.run(id.clone())
                                    });
                                    view! {
                                        <tr>
                                            <th scope="row">{name}</th>
                                            {Situation::GRID
                                                .into_iter()
                                                .map(|s| grid_cell(&channel_id, s, name, default_text))
                                                .collect_view()}
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <TextArea bind=charter.field(Charter::RESPONSE_NOTE) label=move || t.get().response_note
                hint=move || t.get().response_note_hint rows=2 />
        </StepFrame>
    }
}

/// A cell's own target as its input shows it: blank when it uses the default.
fn own_text(delay: &Option<Delay>) -> String {
    delay.map(format_delay).unwrap_or_default()
}

fn grid_cell(
    channel_id: &str,
    situation: Situation,
    channel_name: Signal<String>,
    default_text: Signal<String>,
) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let label = move || {
        let situation = (l.get().situation_name)(situation);
        (t.get().cell_label)(&channel_name.get(), situation)
    };
    view! {
        <td>
            <ParsedField
                bind=crate::bind::target(use_app().store, channel_id, situation)
                format=own_text
                parse=|text| parse_delay(text).ok()
                label=label
                label_hidden=true
                placeholder=default_text
                invalid_message=move || t.get().delay_error
            />
        </td>
    }
}
