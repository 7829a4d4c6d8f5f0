//! The History view (`#/history`): the revisions the history keeps, newest first, each with its
//! time, why it was kept, its size and what changed since the one before; any of them can be
//! previewed, compared with the draft, restored (the draft it replaces is kept first, so a
//! restore is undone by restoring that one) or downloaded.

use charter::files;
use charter::html::render_safe;
use charter::markdown;
use charter::revision::{Reason, Revision};
use charter::Charter;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::ChangesView;
use crate::history::{self, MAX_REVISIONS};
use crate::i18n::{local_date_time, use_labels, use_messages};
use crate::notice::Notice;
use crate::state::use_app;
use crate::{sync, transfer};

/// What the list shows: not loaded yet, the revisions, or why there are none.
#[derive(Clone, PartialEq)]
enum Listed {
    Loading,
    Revisions(Vec<Revision>),
    Unavailable,
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let listed = RwSignal::new(Listed::Loading);
    let reload = move || {
        spawn_local(async move {
            listed.set(match history::list().await {
                Ok(revisions) => Listed::Revisions(revisions),
                Err(_) => Listed::Unavailable,
            });
        })
    };
    reload();
    // the preview: which revision, and its HTML (or None when it is not a readable charter)
    let preview: RwSignal<Option<(u64, Option<String>)>> = RwSignal::new(None);
    // the revision compared with the draft
    let compared: RwSignal<Option<Charter>> = RwSignal::new(None);
    Effect::new(move |_| crate::focus::focus_soon("step-heading".to_owned()));
    let rows = move || match listed.get() {
        Listed::Loading => ().into_any(),
        Listed::Unavailable => {
            view! { <p class="empty">{move || w.get().history_unavailable}</p> }.into_any()
        }
        Listed::Revisions(revisions) if revisions.is_empty() => {
            view! { <p class="empty">{move || w.get().history_empty}</p> }.into_any()
        }
        Listed::Revisions(revisions) => {
            let older: Vec<Option<Revision>> = (0..revisions.len())
                .map(|i| revisions.get(i + 1).cloned())
                .collect();
            view! {
                <ol class="revisions" id="revisions">
                    {revisions
                        .into_iter()
                        .zip(older)
                        .map(|(revision, older)| revision_row(revision, older, preview, compared, reload))
                        .collect_view()}
                </ol>
            }
            .into_any()
        }
    };
    view! {
        <section class="step history" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{move || t.get().history}</h1>
            <p class="intro">{move || (w.get().history_intro)(MAX_REVISIONS)}</p>
            <p><a href=move || format!("#/{}", app.step.get().slug()) id="history-back">{move || w.get().history_back}</a></p>
            {rows}
            {move || preview.get().map(|(id, html)| view! {
                <section class="revision-preview" aria-labelledby="revision-preview-heading" id="revision-preview">
                    <h2 id="revision-preview-heading">{move || format!("{} #{id}", w.get().preview_revision)}</h2>
                    {match html {
                        Some(html) => view! { <div class="preview-body" inner_html=html></div> }.into_any(),
                        None => view! { <p>{move || w.get().revision_unreadable}</p> }.into_any(),
                    }}
                </section>
            })}
            {move || compared.get().map(|old| view! {
                <ChangesView old on_close=Callback::new(move |_| compared.set(None)) />
            })}
        </section>
    }
}

/// One revision: what it is, what changed, and its three actions.
fn revision_row(
    revision: Revision,
    older: Option<Revision>,
    preview: RwSignal<Option<(u64, Option<String>)>>,
    compared: RwSignal<Option<Charter>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let (t, l) = (use_messages(), use_labels());
    let w = crate::i18n::words(Words::get);
    let id = revision.id;
    let readable = revision.reason != Reason::Unreadable;
    let at = revision.at.clone();
    let when = move || local_date_time(&at, app.ui_lang.get());
    let title = revision.title.clone();
    let title = move || {
        if title.is_empty() {
            t.get().untitled_charter.to_owned()
        } else {
            title.clone()
        }
    };
    let changed = older.map(|older| revision.changes_since(&older));
    let changes = move || {
        let Some(changed) = changed.clone() else {
            return String::new();
        };
        if changed.is_empty() {
            return w.get().no_change.to_owned();
        }
        changed
            .into_iter()
            .map(|(section, delta)| match delta {
                0 => l.get().section(section).to_owned(),
                d => format!("{} ({d:+})", l.get().section(section)),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (reason, bytes) = (revision.reason, revision.bytes);
    let show = move |_| {
        spawn_local(async move {
            let html = sync::revision_charter(id)
                .await
                .map(|c| render_safe(&markdown::render(&c)));
            compared.set(None);
            preview.set(Some((id, html)));
            crate::focus::focus_soon("revision-preview-heading".to_owned());
        })
    };
    let compare = move |_| {
        spawn_local(async move {
            if let Some(charter) = sync::revision_charter(id).await {
                preview.set(None);
                compared.set(Some(charter));
                crate::focus::focus_soon("changes-heading".to_owned());
            }
        })
    };
    let restore_at = revision.at.clone();
    let restore = move |_| {
        let at = local_date_time(&restore_at, app.ui_lang.get_untracked());
        spawn_local(async move {
            if let Some(charter) = sync::revision_charter(id).await {
                sync::restore(app.sync, charter).await;
                app.notice.set(Some(Notice::Restored(at)));
                reload();
            }
        })
    };
    let download = move |_| {
        spawn_local(async move {
            let Ok(body) = history::body(id).await else {
                return;
            };
            match sync::revision_charter(id).await {
                Some(charter) => {
                    let name = files::json_file_name_for(&charter, &format!("revision-{id}"));
                    transfer::offer(&name, "application/json", &charter::json::to_json(&charter));
                }
                None => {
                    transfer::offer(&format!("revision-{id}.txt"), "text/plain", &body);
                }
            }
        })
    };
    view! {
        <li class="revision" data-reason=format!("{reason:?}")>
            <p class="revision-head">
                <strong>{when}</strong>
                " · "
                <span>{move || (w.get().revision_reason)(reason)}</span>
                " · "
                <span>{title}</span>
                " · "
                <span>{move || (w.get().revision_size)(bytes.div_ceil(1024))}</span>
            </p>
            <p class="hint">{changes}</p>
            <div class="button-row">
                <button type="button" class="button quiet" id=format!("revision-{id}-preview") on:click=show>
                    {move || w.get().preview_revision}
                </button>
                <button type="button" class="button quiet" id=format!("revision-{id}-compare") disabled=!readable on:click=compare>
                    {move || w.get().compare_with_draft}
                </button>
                <button type="button" class="button" id=format!("revision-{id}-restore") disabled=!readable on:click=restore>
                    {move || w.get().restore}
                </button>
                <button type="button" class="button quiet" id=format!("revision-{id}-download") on:click=download>
                    {move || w.get().download_revision}
                </button>
            </div>
        </li>
    }
}

charter::catalogue! {
    /// The words of this page.
    struct Words;
    compare_with_draft: &'static str {
        fr: "Comparer avec le brouillon",
        en: "Compare with the draft",
    }
    download_revision: &'static str {
        fr: "Télécharger",
        en: "Download",
    }
    history_back: &'static str {
        fr: "Revenir à la charte",
        en: "Back to the charter",
    }
    history_empty: &'static str {
        fr: "Aucune version pour l’instant.",
        en: "No revisions yet.",
    }
    history_intro: fn(usize) -> String {
        fr: |n| format!("Porte-voix garde une version avant chaque remplacement et toutes les quelques minutes de travail, {n} au plus (les plus anciennes partent d’abord). Prévisualisez, restaurez ou téléchargez n’importe laquelle."),
        en: |n| format!("Porte-voix keeps a revision before every replace and every few minutes of editing, {n} at most (the oldest go first). Preview, restore or download any of them."),
    }
    history_unavailable: &'static str {
        fr: "L’historique n’est pas disponible dans ce navigateur (navigation privée ?).",
        en: "The history is not available in this browser (private browsing?).",
    }
    no_change: &'static str {
        fr: "sans changement",
        en: "no change",
    }
    preview_revision: &'static str {
        fr: "Aperçu",
        en: "Preview",
    }
    restore: &'static str {
        fr: "Restaurer",
        en: "Restore",
    }
    revision_reason: fn(charter::revision::Reason) -> &'static str {
        fr: |r| match r {
            charter::revision::Reason::Periodic => "en cours de travail",
            charter::revision::Reason::BeforeReplace => "avant un remplacement",
            charter::revision::Reason::BeforeRestore => "avant une restauration",
            charter::revision::Reason::BeforeOtherTab => "avant de prendre la version d’un autre onglet",
            charter::revision::Reason::OtherTab => "version d’un autre onglet, mise de côté",
            charter::revision::Reason::TooLarge => "trop grande pour être rouverte",
            charter::revision::Reason::Unreadable => "brouillon illisible",
            charter::revision::Reason::BeforeCombine => "avant de combiner une autre charte",
        },
        en: |r| match r {
            charter::revision::Reason::Periodic => "while editing",
            charter::revision::Reason::BeforeReplace => "before a replace",
            charter::revision::Reason::BeforeRestore => "before a restore",
            charter::revision::Reason::BeforeOtherTab => "before taking another tab's version",
            charter::revision::Reason::OtherTab => "another tab's version, set aside",
            charter::revision::Reason::TooLarge => "too large to reopen",
            charter::revision::Reason::Unreadable => "unreadable draft",
            charter::revision::Reason::BeforeCombine => "before combining another charter",
        },
    }
    revision_size: fn(usize) -> String {
        fr: |kib| format!("{kib} Kio"),
        en: |kib| format!("{kib} KiB"),
    }
    revision_unreadable: &'static str {
        fr: "Cette version n’est pas une charte lisible ; téléchargez-la pour l’examiner.",
        en: "This revision is not a readable charter; download it to look at it.",
    }
}
