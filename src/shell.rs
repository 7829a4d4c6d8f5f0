//! The shell: the page around the steps, and what loads first. The header, the step list, the
//! one-line notice, the banner of a two-tab conflict and the undo message; the current step,
//! the page shown instead of it (history, a shared charter) and the preview beside it come
//! through the router (`routes.rs`), so that nothing here depends on a step.

use charter::document::Change;
use leptos::prelude::*;

use crate::components::{Header, StepNav, UndoToast};
use crate::i18n::use_messages;
use crate::notice::Notice;
use crate::routes;
use crate::state::{use_app, Step};
use crate::{focus, transfer};

/// The page: header, step list, the current step, and the live preview. Separate from
/// `App` so that tests can mount it with a state of their own.
#[component]
pub fn Shell() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    // a first visit's Start has nothing to preview (a memo: the preview is not redrawn per edit)
    let blank_start = Memo::new(move |_| app.step.get() == Step::Start && app.is_blank());

    // The URL fragment names the step: follow it (links, Back, Forward).
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().ok().unwrap_or_default();
        if hash == "#/history" {
            app.history_open.set(true);
        } else if charter::share::is_share(&hash) {
            app.shared.set(Some(hash));
        } else if let Some(step) = Step::from_hash(&hash) {
            app.show(step);
        }
    });
    on_cleanup(move || hash.remove());

    // Keep <html lang> and the title in step with the UI language and the step.
    Effect::new(move |_| {
        let m = t.get();
        let step = app.step.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", app.ui_lang.get().code());
        }
        let heading = (m.step_heading)(step.number(), Step::ALL.len(), m.step_title(step));
        document().set_title(&format!("{heading} — {}", m.app_name));
    });
    // A charter opened (the stored draft read, a file imported, an example) shows its problems;
    // a blank one (started over) shows them as the person works (see `Problems::opened`).
    Effect::new(move |first: Option<()>| {
        app.store.watch_replaced();
        if first.is_some() {
            app.store.read(|d| app.problems.opened(d.charter()));
        }
    });
    // A new step starts at the top of the page (its frame moves focus, see StepFrame).
    Effect::new(move |previous: Option<Step>| {
        let step = app.step.get();
        if previous.is_some_and(|p| p != step) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        step
    });

    // the undo message watches the removal kept for "Undo" only, not every edit
    let undo_message = Signal::derive(move || {
        app.store.watch(&Change::Undo);
        app.store.read(|d| {
            d.undo().map(|removal| {
                let name = removal.name().trim();
                let m = t.get();
                let name = if name.is_empty() {
                    m.untitled[removal.kind().index()]
                } else {
                    name
                };
                (w.get().removed)(name)
            })
        })
    });
    let notice = move || {
        let wm = w.get();
        app.notice.get().map(|notice| match notice {
            Notice::Unreadable { why, .. } => vec![(wm.stored_draft_unreadable)(&why)],
            Notice::Imported(lines) => lines,
            Notice::FromOtherTab => vec![wm.from_other_tab.to_owned()],
            Notice::HistoryPruned(n) => vec![(wm.history_pruned)(n)],
            Notice::HistoryFull => vec![wm.history_full.to_owned()],
            Notice::Restored(at) => vec![(wm.restored)(&at)],
        })
    };
    // the text of an unreadable stored draft, which the notice offers to download
    let unreadable = move || {
        app.notice.with(|n| match n {
            Some(Notice::Unreadable { raw, .. }) => Some(raw.clone()),
            _ => None,
        })
    };

    view! {
        <Header />
        // a shared charter is a page of its own: no step list, no preview of the own draft
        <div class="layout" class:reading=move || app.shared.with(Option::is_some)>
            <StepNav />
            <main id="main" class="editor">
                {move || {
                    notice()
                        .map(|lines| {
                            view! {
                                <div class="notice" role="status" id="notice">
                                    {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                                    {unreadable().map(|raw| view! {
                                        <button type="button" class="button" id="download-unreadable" on:click=move |_| {
                                            transfer::offer("porte-voix-unreadable-draft.txt", "text/plain", &raw);
                                        }>
                                            {move || w.get().download_unreadable}
                                        </button>
                                    })}
                                    <button type="button" class="button quiet" on:click=move |_| app.notice.set(None)>
                                        {move || w.get().dismiss}
                                    </button>
                                </div>
                            }
                        })
                }}
                // the banner's code comes only with a conflict between two tabs
                {move || app.sync.conflict.with(Option::is_some).then(routes::conflict_banner)}
                // Only the step is tracked here: whatever a step reads while it is built must not
                // rebuild the whole step (that would drop focus and redo all its work).
                {move || {
                    if let Some(fragment) = app.shared.get() {
                        return routes::shared_page(fragment);
                    }
                    if app.history_open.get() {
                        return routes::history_page();
                    }
                    let step = app.step.get();
                    // the draft stored when the page opened is read first
                    if app.unread.with(Option::is_some) {
                        return untrack(move || routes::open_stored(app, step));
                    }
                    untrack(move || routes::step(step))
                }}
                <UndoToast
                    message=undo_message
                    undo_label=Signal::derive(move || w.get().undo)
                    dismiss_label=Signal::derive(move || w.get().dismiss)
                    on_undo=Callback::new(move |_| {
                        if let Some(id) = app.store.apply(|d| d.undo_removal()) {
                            app.reveal(&id);
                            focus::focus_soon(charter::locate::field_id(&id, "heading"));
                        }
                    })
                    on_dismiss=Callback::new(move |_| app.store.apply(|d| d.dismiss_undo()))
                />
            </main>
            <aside class="side" aria-labelledby="preview-title" hidden=move || app.shared.with(Option::is_some) || blank_start.get()>
                {move || {
                    let title = Signal::derive(move || t.get().preview);
                    let step = app.step.get();
                    if blank_start.get() {
                        return ().into_any();
                    }
                    // as for the step itself, only the step (and the draft's being read) is
                    // tracked here
                    if app.unread.with(Option::is_some) {
                        return ().into_any();
                    }
                    untrack(move || routes::preview(step, title))
                }}
            </aside>
        </div>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    dismiss: &'static str {
        fr: "Fermer",
        en: "Dismiss",
    }
    download_unreadable: &'static str {
        fr: "Télécharger le brouillon illisible",
        en: "Download the unreadable draft",
    }
    from_other_tab: &'static str {
        fr: "Cette charte a été modifiée dans un autre onglet : vous en voyez la dernière version.",
        en: "This charter was changed in another tab: you now see its latest version.",
    }
    history_full: &'static str {
        fr: "L’historique n’a pas pu garder une version : le stockage du navigateur est plein. Téléchargez votre charte pour en garder une copie.",
        en: "The history could not keep a revision: the browser's storage is full. Download your charter to keep a copy.",
    }
    history_pruned: fn(usize) -> String {
        fr: |n| if n == 1 { "L’historique était plein : sa plus ancienne version a été retirée.".to_owned() } else { format!("L’historique était plein : ses {n} plus anciennes versions ont été retirées.") },
        en: |n| if n == 1 { "The history was full: its oldest revision was removed.".to_owned() } else { format!("The history was full: its {n} oldest revisions were removed.") },
    }
    removed: fn(&str) -> String {
        fr: |name| format!("« {name} » a été supprimé."),
        en: |name| format!("“{name}” was removed."),
    }
    restored: fn(&str) -> String {
        fr: |at| format!("La version de {at} a été restaurée. Celle qu’elle remplace est dans l’historique."),
        en: |at| format!("The revision of {at} was restored. The version it replaced is in the history."),
    }
    stored_draft_unreadable: fn(&str) -> String {
        fr: |why| format!("Le brouillon enregistré n’a pas pu être relu ({why}). Il est conservé dans l’historique, et rien n’est enregistré par-dessus avant ; vous repartez d’une charte vide."),
        en: |why| format!("The saved draft could not be read ({why}). It is kept in the history, and nothing is saved over it before that; you start from an empty charter."),
    }
    undo: &'static str {
        fr: "Annuler",
        en: "Undo",
    }
}
