//! The page header: product name, the autosave status line, how the browser keeps the draft
//! (with a backup download when it may clear it and the draft changed since the last one), the
//! History link and the language switch.

use charter::limits::MAX_CHARTER_BYTES;
use charter::Lang;
use leptos::prelude::*;

use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, Persistence, SaveStatus};

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let status = move || {
        let m = t.get();
        match app.save.get() {
            SaveStatus::Idle => m.not_saved_yet.to_owned(),
            SaveStatus::Saved(clock) => (m.saved_at)(&clock),
            SaveStatus::Unavailable => m.storage_unavailable.to_owned(),
            SaveStatus::Held => m.save_held.to_owned(),
            SaveStatus::TooLarge(bytes) => {
                (m.save_too_large)(bytes / 1024, MAX_CHARTER_BYTES / 1024)
            }
            SaveStatus::Conflict => m.save_conflict.to_owned(),
        }
    };
    let warning = move || !matches!(app.save.get(), SaveStatus::Idle | SaveStatus::Saved(_));
    let persistence = move || {
        let m = t.get();
        match app.persistence.get() {
            Persistence::Unknown => None,
            Persistence::Persistent => Some(m.storage_persistent),
            Persistence::BestEffort => Some(m.storage_best_effort),
            Persistence::Unavailable => Some(m.storage_none),
        }
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{move || t.get().skip_to_content}</a>
            <div class="brand">
                <span class="brand-name">{move || t.get().app_name}</span>
                <span class="brand-tagline">{move || t.get().tagline}</span>
            </div>
            <div class="header-tools">
                <p class="save-status" class:warning=warning role="status" aria-live="polite" data-testid="save-status">
                    {status}
                </p>
                <p class="storage-status" data-testid="storage-status"
                    class:warning=move || app.persistence.get() != Persistence::Persistent>
                    {persistence}
                </p>
                <Show when=move || crate::sync::backup_due(app)>
                    <button type="button" class="button quiet" id="header-backup"
                        on:click=move |_| crate::export::download_charter_json(app)>
                        {move || t.get().backup_offer}
                    </button>
                </Show>
                <a href="#/history" id="history-link" class="header-link"
                    aria-current=move || app.history_open.get().then_some("page")>
                    {move || t.get().history}
                </a>
                <div class="lang-switch">
                    <label for="ui-lang">{move || t.get().language}</label>
                    <select
                        id="ui-lang"
                        on:change:target=move |ev| {
                            if let Some(lang) = Lang::from_code(&ev.target().value()) {
                                app.set_ui_lang(lang);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option
                                        value=lang.code()
                                        lang=lang.code()
                                        prop:selected=move || app.ui_lang.get() == lang
                                    >
                                        {endonym(lang)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
        </header>
    }
}
