//! Porte-voix, the browser app: the shell around the wizard steps. State lives in
//! [`state::AppState`]; the charter and every operation on it live in the pure `charter`
//! crate, re-exported here as [`model`].

pub mod autosave;
pub mod components;
pub mod download;
pub mod i18n;
pub mod state;
pub mod steps;
pub mod storage;

pub use charter as model;

use charter::{files, json, markdown};
use leptos::prelude::*;

use crate::components::{Header, Preview, UndoToast};
use crate::i18n::use_messages;
use crate::state::{use_app, AppState, Notice};
use crate::steps::personas::PersonasStep;

/// Today's date in the user's time zone, "YYYY-MM-DD", for the export stamp.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The whole app, with state restored from the browser.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::from_browser();
    provide_context(app);
    autosave::start(app);
    view! { <Shell /> }
}

/// The page layout around the current step. Separate from [`App`] so that tests can mount
/// it with a state of their own.
#[component]
pub fn Shell() -> impl IntoView {
    let app = use_app();
    let t = use_messages();

    // Keep <html lang> and the page title in step with the UI language.
    Effect::new(move |_| {
        let lang = app.ui_lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        let m = t.get();
        document().set_title(&format!("{} — {}", m.personas_title, m.app_name));
    });

    let markdown = Signal::derive(move || app.draft.with(|d| markdown::render(&d.charter)));
    let undo_message = Signal::derive(move || {
        app.draft
            .with(|d| d.undo.as_ref().map(|removal| removal.name().to_owned()))
            .map(|name| {
                let name = if name.trim().is_empty() {
                    t.get().untitled_persona.to_owned()
                } else {
                    name
                };
                (t.get().removed)(&name)
            })
    });
    let notice = move || {
        app.notice.get().map(|notice| match notice {
            Notice::Restored(when) => {
                (t.get().restored_draft)(&i18n::local_date_time(&when, app.ui_lang.get()))
            }
            Notice::Unreadable(why) => (t.get().stored_draft_unreadable)(&why),
        })
    };
    let download_json = move |_| {
        let charter = app.draft.with_untracked(|d| d.charter.for_export(&today()));
        download::offer(
            &files::json_file_name(&charter),
            "application/json",
            &json::to_json(&charter),
        );
    };
    let download_markdown = move |_| {
        let charter = app.draft.with_untracked(|d| d.charter.for_export(&today()));
        download::offer(
            &files::markdown_file_name(&charter),
            "text/markdown",
            &markdown::render(&charter),
        );
    };

    view! {
        <Header />
        <div class="layout">
            <main id="main" class="editor">
                {move || notice().map(|text| view! { <p class="notice" role="status">{text}</p> })}
                <PersonasStep />
                <UndoToast
                    message=undo_message
                    undo_label=Signal::derive(move || t.get().undo)
                    dismiss_label=Signal::derive(move || t.get().dismiss)
                    on_undo=Callback::new(move |_| {
                        app.draft.update(|d| {
                            d.undo_removal();
                        })
                    })
                    on_dismiss=Callback::new(move |_| app.draft.update(|d| d.dismiss_undo()))
                />
            </main>
            <aside class="side" aria-label=move || t.get().preview>
                <section class="export" aria-labelledby="export-heading">
                    <h2 id="export-heading">{move || t.get().export}</h2>
                    <div class="button-row">
                        <button type="button" class="button" id="download-json" on:click=download_json>
                            {move || t.get().download_json}
                        </button>
                        <button type="button" class="button" id="download-markdown" on:click=download_markdown>
                            {move || t.get().download_markdown}
                        </button>
                    </div>
                </section>
                <Preview title=Signal::derive(move || t.get().preview) markdown />
            </aside>
        </div>
    }
}
