//! The only module that touches local storage. It keeps the draft charter (as compact JSON of
//! the very type the export writes, not tidied, so the user's text comes back verbatim) with
//! its [`Stamp`] (which save it is, by which tab, when), the UI language, and which save was
//! last downloaded. The history lives in IndexedDB (`history.rs`), never here, so it cannot
//! crowd the draft out.
//!
//! Every call reports failure instead of panicking: private browsing, a full quota or disabled
//! storage leave the app working in memory. Nothing here ever deletes a stored draft it could
//! not read: the app sets it aside first (see `sync.rs`).

use charter::json::{from_stored, ImportError, ImportNotice};
use charter::{Charter, Lang};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use wasm_bindgen_futures::JsFuture;

const DRAFT_KEY: &str = "porte-voix.draft";
/// Written after the draft, on every save: the key other tabs listen to.
pub const STAMP_KEY: &str = "porte-voix.draft.stamp";
/// Where drafts saved before stamps existed kept their time.
const LEGACY_SAVED_AT_KEY: &str = "porte-voix.draft.saved-at";
/// Where an unreadable draft goes when the history cannot take it.
const UNREADABLE_KEY: &str = "porte-voix.draft.unreadable";
const UI_LANG_KEY: &str = "porte-voix.ui-lang";
/// The save last downloaded, to offer a backup when there is a newer one.
const DOWNLOADED_KEY: &str = "porte-voix.downloaded";

/// Which save of the draft is stored: a number every save increments, the tab that wrote it,
/// and when (ISO 8601).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stamp {
    pub revision: u64,
    pub tab: String,
    pub saved_at: String,
}

/// A stored draft, read.
pub enum StoredDraft {
    Found {
        charter: Box<Charter>,
        stamp: Stamp,
        /// What reading it repaired (see `charter::json`).
        notices: Vec<ImportNotice>,
    },
    /// Something was stored but could not be read; it stays where it is.
    Unreadable { raw: String, error: ImportError },
}

/// How the browser keeps this site's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Not known yet.
    Unknown,
    /// Kept until the person clears it.
    Persistent,
    /// The browser may clear it when space runs short or the site is not visited (Safari:
    /// after seven days).
    BestEffort,
    /// No storage at all (private mode, disabled): the app works in memory only.
    Unavailable,
}

/// Local storage could not be written (unavailable, or quota exceeded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageFailed;

/// Whether local storage can be reached at all. gloo-storage throws when it cannot (disabled
/// storage, some private modes), so every public function asks this first.
fn available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

fn raw(key: &str) -> Option<String> {
    available()
        .then(|| LocalStorage::raw().get_item(key).ok().flatten())
        .flatten()
}

/// The stored draft's JSON as it is, read or not (for safe mode and the crash screen).
pub fn draft_text() -> Option<String> {
    raw(DRAFT_KEY)
}

/// The stamp of the stored draft (a draft saved before stamps existed is revision 0).
pub fn stamp() -> Option<Stamp> {
    raw(STAMP_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .or_else(|| {
            raw(DRAFT_KEY).map(|_| Stamp {
                saved_at: LocalStorage::get(LEGACY_SAVED_AT_KEY).unwrap_or_default(),
                ..Stamp::default()
            })
        })
}

/// Reads a stored draft's text (`draft_text`) through the same import as a file. Called through
/// its split point (`routes::read_stored`): the charter's deserializer is not in the shell, and
/// a first visit, with nothing stored, never loads it before the first step is usable.
pub fn read_draft(raw: String) -> StoredDraft {
    match from_stored(raw.as_bytes()) {
        Ok(imported) => StoredDraft::Found {
            charter: Box::new(imported.charter),
            stamp: stamp().unwrap_or_default(),
            notices: imported.notices,
        },
        Err(error) => StoredDraft::Unreadable { raw, error },
    }
}

/// Saves the draft's JSON, then its stamp.
pub fn save_draft(json: &str, stamp: &Stamp) -> Result<(), StorageFailed> {
    if !available() {
        return Err(StorageFailed);
    }
    let stamp = serde_json::to_string(stamp).map_err(|_| StorageFailed)?;
    let storage = LocalStorage::raw();
    storage
        .set_item(DRAFT_KEY, json)
        .map_err(|_| StorageFailed)?;
    storage
        .set_item(STAMP_KEY, &stamp)
        .map_err(|_| StorageFailed)
}

/// Keeps an unreadable draft's text under a key of its own (when the history cannot).
pub fn set_aside(raw: &str) -> Result<(), StorageFailed> {
    if !available() {
        return Err(StorageFailed);
    }
    LocalStorage::raw()
        .set_item(UNREADABLE_KEY, raw)
        .map_err(|_| StorageFailed)
}

/// Forgets the stored draft (safe mode's Discard, once the person has been asked).
pub fn discard_draft() {
    if available() {
        for key in [DRAFT_KEY, STAMP_KEY, LEGACY_SAVED_AT_KEY] {
            LocalStorage::delete(key);
        }
    }
}

/// The revision of the save last downloaded, if any.
pub fn downloaded() -> Option<u64> {
    raw(DOWNLOADED_KEY).and_then(|text| text.parse().ok())
}

pub fn set_downloaded(revision: u64) {
    if available() {
        let _ = LocalStorage::raw().set_item(DOWNLOADED_KEY, &revision.to_string());
    }
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

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`), and says how
/// it keeps it. Browsers that grant it silently (Chromium, for sites in use) need no prompt.
pub async fn persist() -> Persistence {
    if !available() {
        return Persistence::Unavailable;
    }
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Persistence::BestEffort;
    };
    let granted = |promise: Result<js_sys::Promise, _>| async move {
        match promise {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            Err(()) => false,
        }
    };
    let persistent = granted(manager.persisted().map_err(|_| ())).await
        || granted(manager.persist().map_err(|_| ())).await;
    if persistent {
        Persistence::Persistent
    } else {
        Persistence::BestEffort
    }
}
