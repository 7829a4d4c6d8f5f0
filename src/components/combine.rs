//! Combining a participant's charter into the draft: what will be added or filled, and each
//! item both have but differently, field by field, with a choice (keep mine, take theirs,
//! keep both). Nothing changes until "Combine"; then the draft as it was goes into the
//! history and the combined charter replaces it (one step, undone by restoring it).

use charter::compare::{display_value, Part};
use charter::merge::{apply, plan, Choice, Conflict};
use charter::revision::Reason;
use charter::Charter;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::notice::Notice;
use crate::state::use_app;

/// Longest value a conflict's table shows, in characters.
const MAX_SHOWN_CHARS: usize = 300;

/// The combine panel for one participant's charter.
#[component]
pub fn CombinePanel(
    /// Their charter, as imported.
    theirs: Charter,
    /// Closes the panel (after combining, or to cancel).
    on_close: Callback<()>,
    /// Runs after combining, once the draft is replaced and `on_close` has run.
    #[prop(optional)]
    on_combined: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let mine = app.store.read(|d| d.charter().clone());
    let planned = plan(&mine, &theirs);
    let title = if theirs.meta.title.trim().is_empty() {
        t.get_untracked().untitled_charter.to_owned()
    } else {
        theirs.meta.title.trim().to_owned()
    };
    let choices = RwSignal::new(vec![Choice::Mine; planned.conflicts.len()]);
    let summary = (
        planned.added.len(),
        planned.filled.len(),
        planned.conflicts.len(),
    );
    let nothing = planned.is_empty();
    let added: Vec<String> = planned
        .added
        .iter()
        .map(|(part, name)| format!("{} — {name}", part.title(app.ui_lang.get_untracked())))
        .collect();
    let rows = planned
        .conflicts
        .iter()
        .enumerate()
        .map(|(k, conflict)| conflict_view(k, conflict, choices))
        .collect_view();
    let stored = StoredValue::new((mine, theirs, planned));
    let confirm = move |_| {
        let merged = stored.with_value(|(mine, theirs, planned)| {
            apply(mine, theirs, planned, &choices.get_untracked())
        });
        crate::sync::replace(app.sync, merged, Reason::BeforeCombine);
        app.notice.set(Some(Notice::Imported(vec![w
            .get_untracked()
            .combined
            .to_owned()])));
        on_close.run(());
        if let Some(done) = on_combined {
            done.run(());
        }
    };
    view! {
        <section class="combine" aria-labelledby="combine-heading" id="combine">
            <h2 id="combine-heading" tabindex="-1">{move || (w.get().combine_title)(&title)}</h2>
            {if nothing {
                view! { <p id="combine-summary">{move || w.get().combine_nothing}</p> }.into_any()
            } else {
                view! {
                    <p id="combine-summary">{move || (w.get().combine_summary)(summary.0, summary.1, summary.2)}</p>
                }
                .into_any()
            }}
            <Show when={
                let empty = added.is_empty();
                move || !empty
            }>
                <details class="combine-added">
                    <summary>{move || format!("{} ({})", w.get().combine_added_list, summary.0)}</summary>
                    <ul>{added.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}</ul>
                </details>
            </Show>
            <ol class="conflicts">{rows}</ol>
            <div class="button-row">
                <button type="button" class="button primary" id="combine-confirm" disabled=nothing on:click=confirm>
                    {move || w.get().combine_confirm}
                </button>
                <button type="button" class="button quiet" id="combine-cancel" on:click=move |_| on_close.run(())>
                    {move || t.get().cancel}
                </button>
            </div>
        </section>
    }
}

/// One conflict: its fields side by side, and the choice.
fn conflict_view(k: usize, conflict: &Conflict, choices: RwSignal<Vec<Choice>>) -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    let part = conflict.part;
    // a section's own fields are named by the section; an item by its names in both charters
    let names = match part {
        Part::Fields(_) => None,
        _ if conflict.mine == conflict.theirs => Some(conflict.mine.clone()),
        _ => Some(format!("{} / {}", conflict.mine, conflict.theirs)),
    };
    let legend = move || {
        let title = part.title(app.ui_lang.get());
        match &names {
            Some(names) => format!("{title} — {names}"),
            None => title.to_owned(),
        }
    };
    let shown = |v: &Option<serde_json::Value>| {
        v.as_ref()
            .map(|v| display_value(v, MAX_SHOWN_CHARS))
            .unwrap_or_default()
    };
    let fields = conflict
        .fields
        .iter()
        .map(|f| {
            let (path, mine, theirs) = (f.path.clone(), shown(&f.old), shown(&f.new));
            view! {
                <tr>
                    <th scope="row"><code>{path}</code></th>
                    <td>{mine}</td>
                    <td>{theirs}</td>
                </tr>
            }
        })
        .collect_view();
    let mut options = vec![Choice::Mine, Choice::Theirs];
    if conflict.can_keep_both() {
        options.push(Choice::Both);
    }
    let radios = options
        .into_iter()
        .map(|choice| {
            let slug = match choice {
                Choice::Mine => "mine",
                Choice::Theirs => "theirs",
                Choice::Both => "both",
            };
            let id = format!("conflict-{k}-{slug}");
            let for_id = id.clone();
            let label = move || {
                let wm = w.get();
                match choice {
                    Choice::Mine => wm.choice_mine,
                    Choice::Theirs => wm.choice_theirs,
                    Choice::Both => wm.choice_both,
                }
            };
            view! {
                <label class="choice" for=for_id>
                    <input type="radio" id=id name=format!("conflict-{k}")
                        prop:checked=move || choices.with(|c| c[k] == choice)
                        on:change=move |_| choices.update(|c| c[k] = choice) />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="conflict">
            <fieldset>
                <legend>{legend}</legend>
                <table class="conflict-fields">
                    <thead>
                        <tr>
                            <th scope="col">{move || w.get().conflict_field}</th>
                            <th scope="col">{move || w.get().conflict_mine}</th>
                            <th scope="col">{move || w.get().conflict_theirs}</th>
                        </tr>
                    </thead>
                    <tbody>{fields}</tbody>
                </table>
                <div class="choices">{radios}</div>
            </fieldset>
        </li>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    choice_both: &'static str {
        fr: "Garder les deux",
        en: "Keep both",
    }
    choice_mine: &'static str {
        fr: "Garder le mien",
        en: "Keep mine",
    }
    choice_theirs: &'static str {
        fr: "Prendre le leur",
        en: "Take theirs",
    }
    combine_added_list: &'static str {
        fr: "Ajoutés",
        en: "Added",
    }
    combine_confirm: &'static str {
        fr: "Combiner",
        en: "Combine",
    }
    combine_nothing: &'static str {
        fr: "Rien à combiner : cette charte ne contient rien de plus que votre brouillon.",
        en: "Nothing to combine: this charter holds nothing your draft lacks.",
    }
    combine_summary: fn(usize, usize, usize) -> String {
        fr: |a, f, c| format!("Ajoutés : {}. Remplis dans votre brouillon : {}. Différents : {} (choisissez pour chacun).", charter::count::Count::new("aucun élément nouveau", "élément nouveau", "éléments nouveaux").of(a), charter::count::Count::new("aucun champ vide", "champ vide", "champs vides").of(f), charter::count::Count::new("aucun élément", "élément", "éléments").of(c)),
        en: |a, f, c| format!("Added: {}. Filled in your draft: {}. Different: {} (choose for each).", charter::count::Count::new("no new items", "new item", "new items").of(a), charter::count::Count::new("no empty fields", "empty field", "empty fields").of(f), charter::count::Count::new("no items", "item", "items").of(c)),
    }
    combine_title: fn(&str) -> String {
        fr: |t| format!("Combiner « {t} » avec votre brouillon"),
        en: |t| format!("Combine “{t}” with your draft"),
    }
    combined: &'static str {
        fr: "Chartes combinées. Votre brouillon d’avant est dans l’historique (Restaurer pour annuler).",
        en: "Charters combined. Your draft as it was is in the history (Restore to undo).",
    }
    conflict_field: &'static str {
        fr: "Champ",
        en: "Field",
    }
    conflict_mine: &'static str {
        fr: "Mon brouillon",
        en: "My draft",
    }
    conflict_theirs: &'static str {
        fr: "Leur charte",
        en: "Their charter",
    }
}
