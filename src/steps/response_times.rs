//! Step 5: Response times. A default target (24 h, the usual ceiling) and a grid of channel ×
//! situation targets; an empty cell uses the default, shown as its placeholder. Delays are
//! typed as "30 min" or "2 h".

use charter::document::Situation;
use charter::draft::{format_delay, parse_delay};
use charter::labels::labels;
use charter::locate::target_cell_id;
use charter::markdown::GRID_SITUATIONS;
use leptos::prelude::*;

use crate::components::{plain_field_id, ParsedField, StepFrame, TextArea};
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn ResponseTimesStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let channels = app.read(|c| {
        c.channels
            .iter()
            .map(|ch| ch.id.clone())
            .collect::<Vec<_>>()
    });
    let default_text = app.read(|c| format_delay(c.response_times.default_target));
    let default_path = "/response_times/default_target";
    view! {
        <StepFrame step=Step::ResponseTimes>
            <ParsedField
                id=plain_field_id(default_path)
                label=move || t.get().default_target
                hint=move || t.get().delay_hint
                path=Signal::derive(move || default_path.to_owned())
                value=default_text
                parse=|text| parse_delay(text).ok().flatten()
                on_value=app.write(|c, delay| c.response_times.default_target = delay)
                invalid_message=move || t.get().delay_error
            />
            <Show
                when=move || channels.with(|c| !c.is_empty())
                fallback=move || view! { <p class="empty">{move || t.get().no_channels_for_grid}</p> }
            >
                <div class="table-scroll" role="region" aria-labelledby="grid-caption" tabindex="0">
                    <table class="grid">
                        <caption id="grid-caption">{move || t.get().grid_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t.get().channel}</th>
                                {GRID_SITUATIONS
                                    .into_iter()
                                    .map(|s| view! { <th scope="col">{move || labels(app.ui_lang.get()).situation(s)}</th> })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || channels.get() key=|id| id.clone() let:channel_id>
                                {grid_row(channel_id)}
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <TextArea
                id=plain_field_id("/response_times/note")
                label=move || t.get().response_note
                hint=move || t.get().response_note_hint
                value=app.read(|c| c.response_times.note.clone())
                on_input=app.write(|c, v| c.response_times.note = v)
                rows=2
            />
        </StepFrame>
    }
}

fn grid_row(channel_id: String) -> impl IntoView {
    let app = use_app();
    let name = {
        let id = channel_id.clone();
        app.read(move |c| {
            c.channels
                .iter()
                .find(|ch| ch.id == id)
                .map(|ch| charter::markdown::channel_name(ch, labels(c.meta.language)).to_owned())
                .unwrap_or_default()
        })
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            {GRID_SITUATIONS.into_iter().map(|s| grid_cell(channel_id.clone(), s, name)).collect_view()}
        </tr>
    }
}

fn grid_cell(
    channel_id: String,
    situation: Situation,
    channel_name: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let own = {
        let id = channel_id.clone();
        app.read(move |c| {
            let (delay, own) = c.target_for(&id, situation);
            if own {
                format_delay(delay)
            } else {
                String::new()
            }
        })
    };
    let index = {
        let id = channel_id.clone();
        app.read(move |c| {
            c.response_times
                .targets
                .iter()
                .position(|t| t.channel_id == id && t.situation == situation)
        })
    };
    let label = move || {
        let situation = labels(app.ui_lang.get()).situation(situation);
        (t.get().cell_label)(&channel_name.get(), situation)
    };
    let set = {
        let id = channel_id.clone();
        Callback::new(move |delay| app.draft.update(|d| d.set_target(&id, situation, delay)))
    };
    view! {
        <td>
            <ParsedField
                id=target_cell_id(&channel_id, situation)
                label=label
                label_hidden=true
                value=own
                placeholder=app.read(|c| format_delay(c.response_times.default_target))
                path=Signal::derive(move || index.get().map(|i| format!("/response_times/targets/{i}/target")).unwrap_or_default())
                parse=|text| parse_delay(text).ok()
                on_value=set
                invalid_message=move || t.get().delay_error
            />
        </td>
    }
}
