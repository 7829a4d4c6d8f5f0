//! Step 5: Response times. A default target (24 h, the usual ceiling) and a grid of channel ×
//! situation targets; an empty cell uses the default, shown as its placeholder. Delays are
//! typed as "30 min" or "2 h". The grid's rows follow the channels' page (`charter::paging`):
//! with more channels than a page, a pager leads through them, and rows show their targets as
//! text but the one opened for editing, as the channels step folds its cards.

use charter::document::Section;
use charter::document::{Charter, Delay, Situation};
use charter::parse::{format_delay, parse_delay};
use leptos::prelude::*;

use crate::bind::Scope;

use charter::document::ListKind;
use charter::paging::Window;

use crate::components::{
    fold_button, fold_of, list_window, pager, Fold, ParsedField, StepFrame, TextArea,
};
use crate::i18n::use_labels;
use crate::state::{use_app, Step};
use crate::steps::choices::channel_choices;

#[component]
pub fn ResponseTimesStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let charter = Scope::charter(app.store);
    let channels = channel_choices();
    let default_target = charter.field(Charter::DEFAULT_TARGET);
    // a memo: every cell of the page shows it (20 rows, 120 cells), so a derived signal would
    // format the default once per cell on every change of the section (a keystroke in its note)
    let default_text: Signal<String> =
        Memo::new(move |_| format_delay(default_target.value.get())).into();
    let window = list_window(ListKind::Channels);
    let rows = Memo::new(move |_| window.with(|w| w.shown.clone()));
    view! {
        <StepFrame step=Step::Edit(Section::ResponseTimes)>
            <ParsedField
                bind=default_target
                format=|delay| format_delay(*delay)
                parse=|text| parse_delay(text).ok().flatten()
                label=move || l.get().default_target
                hint=move || w.get().delay_hint
                invalid_message=move || w.get().delay_error
            />
            <Show
                when=move || channels.ids.with(|c| !c.is_empty())
                fallback=move || view! { <p class="empty">{move || w.get().no_channels_for_grid}</p> }
            >
                <Show when=move || window.with(Window::paged)>
                    {pager(ListKind::Channels, "channels", window)}
                </Show>
                <div class="table-scroll" role="region" aria-labelledby="grid-caption" tabindex="0">
                    <table class="grid">
                        <caption id="grid-caption">{move || w.get().grid_caption}</caption>
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
                            <For each=move || rows.get() key=|id| id.clone() let:channel_id>
                                {
                                    let name = Signal::derive({
                                        let id = channel_id.clone();
                                        move || channels.name.run(id.clone())
                                    });
                                    let fold = fold_of(window, &channel_id);
                                    // only `fold` is tracked: a row's cells are rebuilt when it
                                    // opens or folds, never while it is typed in
                                    let cells = {
                                        let id = channel_id.clone();
                                        move || {
                                            let open = fold.get() != Fold::Folded;
                                            let id = id.clone();
                                            untrack(move || {
                                                Situation::GRID
                                                    .into_iter()
                                                    .map(|s| {
                                                        if open {
                                                            grid_cell(&id, s, name, default_text).into_any()
                                                        } else {
                                                            folded_cell(&id, s, default_text).into_any()
                                                        }
                                                    })
                                                    .collect_view()
                                            })
                                        }
                                    };
                                    view! {
                                        <tr id=charter::locate::field_id(&channel_id, "fields")>
                                            <th scope="row">
                                                {name}
                                                " "
                                                {fold_button(ListKind::Channels, channel_id.clone(), fold, name)}
                                            </th>
                                            {cells}
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <TextArea bind=charter.field(Charter::RESPONSE_NOTE) label=move || w.get().response_note
                hint=move || w.get().response_note_hint rows=2 />
        </StepFrame>
    }
}

/// A cell's own target as its input shows it: blank when it uses the default.
fn own_text(delay: &Option<Delay>) -> String {
    delay.map(format_delay).unwrap_or_default()
}

/// A cell of a folded row: its target as text (the default's, dimmed, when it has none).
fn folded_cell(
    channel_id: &str,
    situation: Situation,
    default_text: Signal<String>,
) -> impl IntoView {
    let own = crate::bind::target(use_app().store, channel_id, situation).value;
    let text = move || own.with(own_text);
    view! {
        <td class="cell-text" class:uses-default=move || own.with(Option::is_none)>
            {move || { let text = text(); if text.is_empty() { default_text.get() } else { text } }}
        </td>
    }
}

fn grid_cell(
    channel_id: &str,
    situation: Situation,
    channel_name: Signal<String>,
    default_text: Signal<String>,
) -> impl IntoView {
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let label = move || {
        let situation = (l.get().situation_name)(situation);
        (w.get().cell_label)(&channel_name.get(), situation)
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
                invalid_message=move || w.get().delay_error
            />
        </td>
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    cell_label: fn(&str, &str) -> String {
        fr: |channel, situation| format!("{channel}, {situation}"),
        en: |channel, situation| format!("{channel}, {situation}"),
    }
    delay_error: &'static str {
        fr: "Indiquez un nombre suivi de min ou h, par exemple « 30 min » ou « 2 h ».",
        en: "Enter a number followed by min or h, for example “30 min” or “2 h”.",
    }
    delay_hint: &'static str {
        fr: "Par exemple « 30 min » ou « 2 h ».",
        en: "For example “30 min” or “2 h”.",
    }
    grid_caption: &'static str {
        fr: "Délai cible par canal et par situation",
        en: "Target delay by channel and situation",
    }
    no_channels_for_grid: &'static str {
        fr: "Ajoutez des canaux pour fixer des délais par canal.",
        en: "Add channels to set targets per channel.",
    }
    response_note: &'static str {
        fr: "Remarque",
        en: "Note",
    }
    response_note_hint: &'static str {
        fr: "Par exemple ce qui se passe hors des heures de présence.",
        en: "For example what happens outside coverage hours.",
    }
}
