//! Code loaded on demand that is not a view (declared with `split::on_demand!`): reading a
//! stored or imported charter, checking the draft, and what the shell calls but needs only
//! later.

use charter::json::{from_json, ImportError, Imported};
use leptos::prelude::*;

use crate::state::{AppState, Problems};
use crate::storage::{self, StoredDraft};
use crate::store::Store;
use crate::sync::{self, SyncState};

use crate::split::on_demand;

on_demand!(checks: fn check(store: Store, problems: Problems) -> () {
    let changes = store.take_unchecked();
    if !changes.is_empty() {
        problems.update(|checked| store.read(|d| checked.apply(d.charter(), &changes)));
    }
});

/// Keeps `app.problems` true to the draft: after every change, what it changed is checked
/// again (`charter::validate::Checked`: a keystroke checks its own item and what reads it,
/// not the whole charter). The checks' code (validation, the moderation patterns' parser) is
/// a chunk of its own, fetched once there is something to check (a draft that was stored or
/// changed, or a step past Start: a first visit's Start page, a blank charter, flags nothing)
/// and once the step is shown.
pub fn keep_checking(app: AppState) {
    Effect::new(move |_| {
        app.store.read_all(|_| ());
        let step = app.step.get();
        if app.is_blank() && step == crate::state::Step::Start {
            return;
        }
        // the step's own chunk first (see `AppState::shown`)
        if app.shown.get() != Some(step) {
            return;
        }
        leptos::task::spawn_local(async move {
            // a chunk that failed to load is fetched again at the next change
            let _ = check(app.store, app.problems).await;
        });
    });
}

on_demand!(document: pub fn read_stored(raw: String) -> StoredDraft {
    storage::read_draft(raw)
});

/// Another tab saved: its draft, read, for the sync to meet.
pub fn meet_other_tab(app: SyncState) {
    let Some(raw) = storage::draft_text() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(draft) = read_stored(raw).await {
            sync::meet_other_tab(app, draft);
        }
    });
}

on_demand!(import: pub fn read_file(bytes: Vec<u8>) -> Result<Imported, ImportError> {
    from_json(&bytes)
});
