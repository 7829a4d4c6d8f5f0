//! The page header: product name, the autosave status line, how the browser keeps the draft
//! (with a backup download when it may clear it and the draft changed since the last one), the
//! History link and the language switch.

use charter::limits::MAX_CHARTER_BYTES;
use charter::Lang;
use leptos::prelude::*;

use crate::i18n::{endonym, use_messages};
use crate::state::use_app;
use crate::storage::Persistence;
use crate::sync::SaveStatus;

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let status = move || {
        let m = t.get();
        let wm = w.get();
        match app.sync.save.get() {
            SaveStatus::Idle => wm.not_saved_yet.to_owned(),
            SaveStatus::Saved(clock) => (m.saved_at)(&clock),
            SaveStatus::Unavailable => wm.storage_unavailable.to_owned(),
            SaveStatus::Held => wm.save_held.to_owned(),
            SaveStatus::TooLarge(bytes) => {
                (wm.save_too_large)(bytes / 1024, MAX_CHARTER_BYTES / 1024)
            }
            SaveStatus::Conflict => wm.save_conflict.to_owned(),
        }
    };
    let warning = move || !matches!(app.sync.save.get(), SaveStatus::Idle | SaveStatus::Saved(_));
    let persistence = move || {
        let wm = w.get();
        match app.sync.persistence.get() {
            Persistence::Unknown | Persistence::BestEffort => wm.storage_best_effort,
            Persistence::Persistent => wm.storage_persistent,
            Persistence::Unavailable => wm.storage_none,
        }
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{move || w.get().skip_to_content}</a>
            <div class="brand">
                <span class="brand-name">{move || t.get().app_name}</span>
                <span class="brand-tagline">{move || w.get().tagline}</span>
            </div>
            <div class="header-tools">
                <p class="save-status" class:warning=warning role="status" aria-live="polite" data-testid="save-status">
                    {status}
                </p>
                <Show when=move || crate::sync::backup_due(app.sync)>
                    <button type="button" class="button quiet" id="header-backup"
                        on:click=move |_| crate::sync::download_backup(app.sync)>
                        {move || w.get().backup_offer}
                    </button>
                </Show>
                <Show when=move || app.update_ready.get()>
                    <p class="update-ready" role="status" id="update-ready">
                        {move || w.get().update_ready}
                        " "
                        <button type="button" class="button quiet" id="update-reload"
                            on:click=move |_| crate::offline::apply_update()>
                            {move || w.get().update_reload}
                        </button>
                    </p>
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
                // last in the row, and its place kept while the browser is asked (the
                // likeliest answer, hidden): its words never push the page down once drawn
                <p class="storage-status" data-testid="storage-status"
                    class:pending=move || app.sync.persistence.get() == Persistence::Unknown
                    aria-hidden=move || (app.sync.persistence.get() == Persistence::Unknown).then_some("true")
                    class:warning=move || app.sync.persistence.get() != Persistence::Persistent>
                    {persistence}
                </p>
            </div>
        </header>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    update_ready: &'static str {
        fr: "Une nouvelle version de Porte-voix est prête.",
        en: "A new version of Porte-voix is ready.",
    }
    update_reload: &'static str {
        fr: "Recharger pour l’utiliser",
        en: "Reload to use it",
    }
    backup_offer: &'static str {
        fr: "Télécharger une sauvegarde",
        en: "Download a backup",
    }
    not_saved_yet: &'static str {
        fr: "Votre brouillon s’enregistre dans ce navigateur à chaque modification.",
        en: "Your draft is saved in this browser as you type.",
    }
    save_conflict: &'static str {
        fr: "Non enregistré : la charte a changé dans un autre onglet.",
        en: "Not saved: the charter changed in another tab.",
    }
    save_held: &'static str {
        fr: "Pas encore enregistré : le brouillon illisible est d’abord mis à l’abri.",
        en: "Not saved yet: the unreadable draft is being kept aside first.",
    }
    save_too_large: fn(usize, usize) -> String {
        fr: |kib, max| format!("Non enregistré : cette charte pèse {kib} Kio, plus que les {max} Kio que Porte-voix sait rouvrir. Elle est gardée dans l’historique ; téléchargez-la ou raccourcissez-la."),
        en: |kib, max| format!("Not saved: this charter is {kib} KiB, more than the {max} KiB Porte-voix can reopen. It is kept in the history; download it or shorten it."),
    }
    skip_to_content: &'static str {
        fr: "Aller au contenu",
        en: "Skip to content",
    }
    storage_best_effort: &'static str {
        fr: "Le navigateur peut effacer ce brouillon s’il manque de place : gardez-en une copie téléchargée.",
        en: "The browser may clear this draft when short of space: keep a downloaded copy.",
    }
    storage_none: &'static str {
        fr: "Ce navigateur n’enregistre rien : téléchargez votre charte avant de fermer l’onglet.",
        en: "This browser saves nothing: download your charter before you close the tab.",
    }
    storage_persistent: &'static str {
        fr: "Le navigateur conserve ce brouillon.",
        en: "The browser keeps this draft.",
    }
    storage_unavailable: &'static str {
        fr: "Le stockage du navigateur est indisponible ou plein : votre travail reste dans cet onglet. Téléchargez le JSON pour le garder.",
        en: "Browser storage is unavailable or full: your work stays in this tab. Download the JSON to keep it.",
    }
    tagline: &'static str {
        fr: "La charte de réponse de votre communauté",
        en: "Your community response charter",
    }
}
