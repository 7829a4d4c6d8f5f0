//! The app's shared state, provided once as context: the draft, the UI language, the save
//! status and a one-line notice. Plain signals; every change to the draft goes through a
//! method of [`charter::Draft`].

use charter::{Draft, Lang};
use leptos::prelude::*;

use crate::storage::{self, StoredDraft};

/// Where the autosave stands, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    /// Saved; the local time it happened, "HH:MM".
    Saved(String),
    /// Storage failed: the app works in memory only.
    Unavailable,
}

/// A message shown once near the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A draft was found in storage; when it was saved.
    Restored(String),
    /// A stored draft could not be read; why.
    Unreadable(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub draft: RwSignal<Draft>,
    pub ui_lang: RwSignal<Lang>,
    pub save: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
}

impl AppState {
    /// State restored from the browser: the stored draft, the remembered or negotiated language.
    pub fn from_browser() -> AppState {
        let ui_lang = storage::load_ui_lang().unwrap_or_else(browser_lang);
        let (draft, notice) = match storage::load_draft() {
            StoredDraft::None => (Draft::new(charter::Charter::new(ui_lang)), None),
            StoredDraft::Found { charter, saved_at } => {
                (Draft::new(*charter), Some(Notice::Restored(saved_at)))
            }
            StoredDraft::Unreadable(error) => (
                Draft::new(charter::Charter::new(ui_lang)),
                Some(Notice::Unreadable(error.message(ui_lang))),
            ),
        };
        AppState {
            draft: RwSignal::new(draft),
            ui_lang: RwSignal::new(ui_lang),
            save: RwSignal::new(SaveStatus::Idle),
            notice: RwSignal::new(notice),
        }
    }

    pub fn set_ui_lang(&self, lang: Lang) {
        self.ui_lang.set(lang);
        storage::save_ui_lang(lang);
    }
}

/// The browser's preferred languages, best first, negotiated against ours.
fn browser_lang() -> Lang {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Lang::default();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(listed.iter().map(String::as_str))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
