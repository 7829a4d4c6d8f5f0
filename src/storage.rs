//! The only module that touches browser storage. It keeps the draft charter (as the same JSON
//! the export uses, not tidied, so the user's text comes back verbatim), when it was saved,
//! and the UI language. Every call reports failure instead of panicking: private browsing,
//! a full quota or disabled storage must leave the app working in memory.

use charter::json::{from_json, ImportError};
use charter::{Charter, Lang};
use gloo_storage::{LocalStorage, Storage};

const DRAFT_KEY: &str = "porte-voix.draft";
const SAVED_AT_KEY: &str = "porte-voix.draft.saved-at";
/// Where an unreadable draft is moved, so that a bad load never destroys the user's work.
const UNREADABLE_KEY: &str = "porte-voix.draft.unreadable";
const UI_LANG_KEY: &str = "porte-voix.ui-lang";

/// What was found in storage at start-up.
pub enum StoredDraft {
    None,
    Found {
        charter: Box<Charter>,
        saved_at: String,
    },
    /// Something was stored but could not be read; it was set aside under another key.
    Unreadable(ImportError),
}

/// Storage could not be written (unavailable, or quota exceeded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageFailed;

/// Whether localStorage can be reached at all. gloo-storage throws when it cannot (disabled
/// storage, some private modes), so every public function asks this first.
fn available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

pub fn load_draft() -> StoredDraft {
    if !available() {
        return StoredDraft::None;
    }
    let Ok(Some(raw)) = LocalStorage::raw().get_item(DRAFT_KEY) else {
        return StoredDraft::None;
    };
    match from_json(raw.as_bytes()) {
        Ok(imported) => StoredDraft::Found {
            charter: Box::new(imported.charter),
            saved_at: LocalStorage::get(SAVED_AT_KEY).unwrap_or_default(),
        },
        Err(error) => {
            let _ = LocalStorage::raw().set_item(UNREADABLE_KEY, &raw);
            LocalStorage::delete(DRAFT_KEY);
            StoredDraft::Unreadable(error)
        }
    }
}

/// Saves the draft and the time of saving (an ISO 8601 string).
pub fn save_draft(charter: &Charter, saved_at: &str) -> Result<(), StorageFailed> {
    if !available() {
        return Err(StorageFailed);
    }
    LocalStorage::set(DRAFT_KEY, charter).map_err(|_| StorageFailed)?;
    LocalStorage::set(SAVED_AT_KEY, saved_at).map_err(|_| StorageFailed)
}

pub fn load_ui_lang() -> Option<Lang> {
    available()
        .then(|| LocalStorage::get::<Lang>(UI_LANG_KEY).ok())
        .flatten()
}

pub fn save_ui_lang(lang: Lang) {
    // Failing to remember the language is not worth bothering the user about.
    if available() {
        let _ = LocalStorage::set(UI_LANG_KEY, lang);
    }
}
