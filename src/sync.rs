//! The draft between this tab, local storage, other tabs and the history: what makes sure a
//! charter is never lost without a word.
//!
//! - Saving ([`save_now`]) writes only what this tab changed, only over the save it last saw:
//!   if another tab saved meanwhile, nothing is overwritten; the person chooses ([`Conflict`]).
//! - When another tab saves, this tab hears it at once (the `storage` event of the stamp) and,
//!   if it has no unsaved edits, shows that version and says so.
//! - A draft past the size Porte-voix reopens is not saved over the last good one: it is kept
//!   in the history and the person is told, with a download.
//! - A stored draft that cannot be read is never written over before it is kept elsewhere.
//! - Before any replace (a new charter, an example, an import, a restore, another tab's
//!   version) the draft goes into the history, and every few minutes of editing too.

use charter::json::from_json;
use charter::limits::MAX_CHARTER_BYTES;
use charter::revision::{Reason, Revision};
use charter::Charter;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::clock;
use crate::history;
use crate::state::{AppState, Notice, Persistence, SaveStatus};
use crate::storage::{self, Stamp, StoredDraft};

/// A revision every this many minutes of editing, at most.
pub const REVISION_MINUTES: f64 = 5.0;

/// What this tab knows of the stored draft.
#[derive(Debug, Clone, Default)]
pub struct Sync {
    /// This tab's name in stamps.
    pub tab: String,
    /// The stamp of the save this tab last wrote or read.
    pub base: Option<Stamp>,
    /// The store's generation at that save: a higher one means unsaved edits.
    pub saved_generation: u64,
    /// A stored draft that could not be read, held until it is kept elsewhere: nothing is
    /// saved over it meanwhile.
    pub held: Option<String>,
    /// The newest revision of the history.
    pub last_revision: Option<Revision>,
    /// When a draft past the size limit was last kept in the history.
    pub too_large_kept_at: Option<String>,
}

/// Another tab's version, met while this tab had unsaved edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub stamp: Stamp,
    pub theirs: Box<Charter>,
}

fn new_tab_name() -> String {
    format!(
        "tab-{:x}",
        (js_sys::Math::random() * f64::from(u32::MAX)) as u64
    )
}

impl Sync {
    pub fn new(base: Option<Stamp>, held: Option<String>) -> Sync {
        Sync {
            tab: new_tab_name(),
            base,
            held,
            ..Sync::default()
        }
    }
}

/// Whether this tab has edits it has not saved.
pub fn dirty(app: AppState) -> bool {
    app.sync
        .with_value(|s| app.store.generation() != s.saved_generation)
}

/// Whether to offer a backup download: the browser may clear its storage, and the draft was
/// saved (or changed) since the last download. Reactive.
pub fn backup_due(app: AppState) -> bool {
    app.saved_at.track();
    let saved = app.sync.with_value(|s| s.base.as_ref().map(|b| b.revision));
    app.persistence.get() == Persistence::BestEffort
        && saved.is_some()
        && app.downloaded.get() != saved
}

/// Remembers that the draft as last saved was downloaded.
pub fn mark_downloaded(app: AppState) {
    if let Some(revision) = app.sync.with_value(|s| s.base.as_ref().map(|b| b.revision)) {
        storage::set_downloaded(revision);
        app.downloaded.set(Some(revision));
    }
}

/// Keeps a revision of `charter` in the history, then says if the oldest had to go.
pub fn keep(app: AppState, charter: Charter, reason: Reason) {
    spawn_local(keep_now(app, charter, reason));
}

/// [`keep`], done when the revision is stored.
async fn keep_now(app: AppState, charter: Charter, reason: Reason) {
    let revision = Revision::of(&charter, &clock::now(), reason);
    let Ok(body) = serde_json::to_string(&charter) else {
        return;
    };
    match history::add(revision.clone(), &body).await {
        Ok(added) => {
            let revision = Revision {
                id: added.id,
                ..revision
            };
            app.sync.update_value(|s| s.last_revision = Some(revision));
            if added.pruned > 0 {
                app.notice.set(Some(Notice::HistoryPruned(added.pruned)));
            }
        }
        Err(history::HistoryError::Full) => app.notice.set(Some(Notice::HistoryFull)),
        Err(_) => {}
    }
}

/// Replaces the draft with `charter`, keeping the draft it replaces in the history (unless it
/// is blank: nothing to keep).
pub fn replace(app: AppState, charter: Charter, reason: Reason) {
    let current = app.store.read(|d| d.charter().clone());
    if !current.is_blank() {
        keep(app, current, reason);
    }
    app.store.apply(|d| d.replace(charter));
}

/// Restores a revision: the draft it replaces is in the history once this returns, so the
/// History view lists it and a restore can be undone.
pub async fn restore(app: AppState, charter: Charter) {
    let current = app.store.read(|d| d.charter().clone());
    if !current.is_blank() {
        keep_now(app, current, Reason::BeforeRestore).await;
    }
    app.store.apply(|d| d.replace(charter));
}

/// Saves the draft now if it has unsaved edits and nothing stands in the way.
pub fn save_now(app: AppState) {
    if app.conflict.with_untracked(Option::is_some) || !dirty(app) {
        return;
    }
    if app.sync.with_value(|s| s.held.is_some()) {
        app.save.set(SaveStatus::Held);
        return;
    }
    let json = app
        .store
        .read(|d| serde_json::to_string(d.charter()).unwrap_or_default());
    if json.len() > MAX_CHARTER_BYTES {
        app.save.set(SaveStatus::TooLarge(json.len()));
        keep_too_large(app);
        return;
    }
    let stored = storage::stamp();
    let base = app.sync.with_value(|s| s.base.clone());
    if stored.is_some() && stored != base {
        // another tab saved since this one last did: let the person choose
        meet_other_tab(app);
        return;
    }
    let now = clock::now();
    let stamp = Stamp {
        revision: base.map_or(0, |b| b.revision) + 1,
        tab: app.sync.with_value(|s| s.tab.clone()),
        saved_at: now.clone(),
    };
    match storage::save_draft(&json, &stamp) {
        Ok(()) => {
            let generation = app.store.generation();
            app.sync.update_value(|s| {
                s.base = Some(stamp);
                s.saved_generation = generation;
            });
            app.save.set(SaveStatus::Saved(clock::clock(&now)));
            app.saved_at.set(Some(now.clone()));
            keep_every_few_minutes(app, &now);
        }
        Err(_) => app.save.set(SaveStatus::Unavailable),
    }
}

/// A revision when the last one is a few minutes old and the charter changed since.
fn keep_every_few_minutes(app: AppState, now: &str) {
    let due = app.sync.with_value(|s| match &s.last_revision {
        None => true,
        Some(last) => {
            clock::minutes_between(&last.at, now).is_none_or(|m| m >= REVISION_MINUTES)
                && app.store.read(|d| !last.same_as(d.charter()))
        }
    });
    if due {
        keep(
            app,
            app.store.read(|d| d.charter().clone()),
            Reason::Periodic,
        );
    }
}

/// Keeps a draft past the size limit in the history, at most every few minutes.
fn keep_too_large(app: AppState) {
    let now = clock::now();
    let due = app.sync.with_value(|s| {
        s.too_large_kept_at
            .as_deref()
            .and_then(|at| clock::minutes_between(at, &now))
            .is_none_or(|m| m >= REVISION_MINUTES)
    });
    if due {
        app.sync.update_value(|s| s.too_large_kept_at = Some(now));
        keep(
            app,
            app.store.read(|d| d.charter().clone()),
            Reason::TooLarge,
        );
    }
}

/// Another tab saved: show its version if this tab has nothing unsaved, else let the person
/// choose.
pub fn meet_other_tab(app: AppState) {
    let StoredDraft::Found { charter, stamp, .. } = storage::load_draft() else {
        return;
    };
    if app.sync.with_value(|s| s.base.as_ref() == Some(&stamp)) {
        return;
    }
    if dirty(app) || app.conflict.with_untracked(Option::is_some) {
        app.conflict.set(Some(Conflict {
            stamp,
            theirs: charter,
        }));
        app.save.set(SaveStatus::Conflict);
    } else {
        take(app, *charter, stamp);
        app.notice.set(Some(Notice::FromOtherTab));
    }
}

/// Shows `charter` (stored as `stamp`) as this tab's draft, with nothing left unsaved.
fn take(app: AppState, charter: Charter, stamp: Stamp) {
    app.store.apply(|d| d.replace(charter));
    let generation = app.store.generation();
    app.sync.update_value(|s| {
        s.base = Some(stamp.clone());
        s.saved_generation = generation;
    });
    app.saved_at.set(Some(stamp.saved_at.clone()));
    app.save
        .set(SaveStatus::Saved(clock::clock(&stamp.saved_at)));
}

/// The conflict's "keep mine": the other tab's version goes into the history, this tab's is
/// saved over it.
pub fn keep_mine(app: AppState) {
    let Some(conflict) = app.conflict.get_untracked() else {
        return;
    };
    keep(app, *conflict.theirs, Reason::OtherTab);
    app.sync.update_value(|s| s.base = Some(conflict.stamp));
    app.conflict.set(None);
    save_now(app);
}

/// The conflict's "take theirs": this tab's version goes into the history, the other tab's
/// is shown.
pub fn take_theirs(app: AppState) {
    let Some(conflict) = app.conflict.get_untracked() else {
        return;
    };
    keep(
        app,
        app.store.read(|d| d.charter().clone()),
        Reason::BeforeOtherTab,
    );
    app.conflict.set(None);
    take(app, *conflict.theirs, conflict.stamp);
}

/// At start-up: keeps an unreadable stored draft in the history (or, failing that, under a key
/// of its own) before anything may be saved over it; and reads the newest revision.
pub fn start(app: AppState) {
    spawn_local(async move {
        if let Some(raw) = app.sync.with_value(|s| s.held.clone()) {
            let revision = Revision::unreadable(raw.len(), &clock::now());
            let kept =
                history::add(revision, &raw).await.is_ok() || storage::set_aside(&raw).is_ok();
            if kept {
                app.sync.update_value(|s| s.held = None);
                save_now(app);
            }
        }
        app.persistence.set(storage::persist().await);
        if let Ok(revisions) = history::list().await {
            let newest = revisions.into_iter().next();
            app.sync.update_value(|s| {
                if s.last_revision.is_none() {
                    s.last_revision = newest;
                }
            });
        }
    });
}

/// Reads a revision's charter; `None` if it is missing or cannot be read.
pub async fn revision_charter(id: u64) -> Option<Charter> {
    let body = history::body(id).await.ok()?;
    from_json(body.as_bytes())
        .ok()
        .map(|imported| imported.charter)
}
