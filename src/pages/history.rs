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
use crate::state::{use_app, Notice};
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
            view! { <p class="empty">{move || t.get().history_unavailable}</p> }.into_any()
        }
        Listed::Revisions(revisions) if revisions.is_empty() => {
            view! { <p class="empty">{move || t.get().history_empty}</p> }.into_any()
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
            <p class="intro">{move || (t.get().history_intro)(MAX_REVISIONS)}</p>
            <p><a href=move || format!("#/{}", app.step.get().slug()) id="history-back">{move || t.get().history_back}</a></p>
            {rows}
            {move || preview.get().map(|(id, html)| view! {
                <section class="revision-preview" aria-labelledby="revision-preview-heading" id="revision-preview">
                    <h2 id="revision-preview-heading">{move || format!("{} #{id}", t.get().preview_revision)}</h2>
                    {match html {
                        Some(html) => view! { <div class="preview-body" inner_html=html></div> }.into_any(),
                        None => view! { <p>{move || t.get().revision_unreadable}</p> }.into_any(),
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
            return t.get().no_change.to_owned();
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
                sync::restore(app, charter).await;
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
                <span>{move || (t.get().revision_reason)(reason)}</span>
                " · "
                <span>{title}</span>
                " · "
                <span>{move || (t.get().revision_size)(bytes.div_ceil(1024))}</span>
            </p>
            <p class="hint">{changes}</p>
            <div class="button-row">
                <button type="button" class="button quiet" id=format!("revision-{id}-preview") on:click=show>
                    {move || t.get().preview_revision}
                </button>
                <button type="button" class="button quiet" id=format!("revision-{id}-compare") disabled=!readable on:click=compare>
                    {move || t.get().compare_with_draft}
                </button>
                <button type="button" class="button" id=format!("revision-{id}-restore") disabled=!readable on:click=restore>
                    {move || t.get().restore}
                </button>
                <button type="button" class="button quiet" id=format!("revision-{id}-download") on:click=download>
                    {move || t.get().download_revision}
                </button>
            </div>
        </li>
    }
}
