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

use charter::files;
use charter::json::{self, from_json};
use charter::limits::MAX_CHARTER_BYTES;
use charter::revision::{Reason, Revision};
use charter::{Charter, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::clock;
use crate::history;
use crate::notice::Notice;
use crate::split::on_demand;
use crate::storage::{self, Persistence, Stamp, StoredDraft};
use crate::store::Store;
use crate::transfer;

/// A revision every this many minutes of editing, at most.
pub const REVISION_MINUTES: f64 = 5.0;

/// What this tab knows of the stored draft.
#[derive(Debug, Clone)]
pub struct Known {
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
    /// Reads another tab's draft, then calls [`meet_other_tab`]: the charter's deserializer is
    /// loaded on demand (`routes::meet_other_tab`, set by the app), so the sync is given it.
    pub read_other_tab: fn(SyncState),
}

impl Default for Known {
    fn default() -> Known {
        Known {
            tab: String::new(),
            base: None,
            saved_generation: 0,
            held: None,
            last_revision: None,
            too_large_kept_at: None,
            read_other_tab: |_| {},
        }
    }
}

/// Where the autosave stands, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    /// Saved; the local time it happened, "HH:MM".
    Saved(String),
    /// Storage failed: the sync works in memory only.
    Unavailable,
    /// Not saved while an unreadable stored draft waits to be kept elsewhere.
    Held,
    /// Not saved: the draft is past the size Porte-voix reopens (its size in bytes).
    TooLarge(usize),
    /// Not saved: another tab saved meanwhile, and the person chooses.
    Conflict,
}

/// Another tab's version, met while this tab had unsaved edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub stamp: Stamp,
    pub theirs: Box<Charter>,
}

/// The sync's own state, part of the sync's: the draft it saves, what it knows of the stored
/// one, and what it shows (the save status, the last save's time, a conflict, how the browser
/// keeps the storage, the last download, and the notice it may set).
#[derive(Clone, Copy)]
pub struct SyncState {
    pub store: Store,
    pub known: StoredValue<Known>,
    pub save: RwSignal<SaveStatus>,
    /// When the draft was last saved (ISO 8601), as found at start-up or written since.
    pub saved_at: RwSignal<Option<String>>,
    /// Another tab's version, met while this tab had unsaved edits.
    pub conflict: RwSignal<Option<Conflict>>,
    pub persistence: RwSignal<Persistence>,
    /// The save (stamp revision) last downloaded.
    pub downloaded: RwSignal<Option<u64>>,
    /// The page's notice, shared with the sync.
    pub notice: RwSignal<Option<Notice>>,
}

fn new_tab_name() -> String {
    format!(
        "tab-{:x}",
        (js_sys::Math::random() * f64::from(u32::MAX)) as u64
    )
}

impl SyncState {
    /// The sync of `store`, which starts from the save `stamp` (found at start-up).
    pub fn new(store: Store, notice: RwSignal<Option<Notice>>, stamp: Option<Stamp>) -> SyncState {
        let saved_at = stamp
            .as_ref()
            .map(|s| s.saved_at.clone())
            .filter(|s| !s.is_empty());
        SyncState {
            store,
            known: StoredValue::new(Known {
                tab: new_tab_name(),
                base: stamp,
                ..Known::default()
            }),
            save: RwSignal::new(SaveStatus::Idle),
            saved_at: RwSignal::new(saved_at),
            conflict: RwSignal::new(None),
            persistence: RwSignal::new(Persistence::Unknown),
            downloaded: RwSignal::new(storage::downloaded()),
            notice,
        }
    }
}

/// Whether this tab has edits it has not saved.
pub fn dirty(sync: SyncState) -> bool {
    sync.known
        .with_value(|s| sync.store.generation() != s.saved_generation)
}

/// Whether to offer a backup download: the browser may clear its storage, and the draft was
/// saved (or changed) since the last download. Reactive.
pub fn backup_due(sync: SyncState) -> bool {
    sync.saved_at.track();
    let saved = sync
        .known
        .with_value(|s| s.base.as_ref().map(|b| b.revision));
    sync.persistence.get() == Persistence::BestEffort
        && saved.is_some()
        && sync.downloaded.get() != saved
}

/// A charter as every file written from it: tidied and dated today (`Charter::for_export`).
pub fn exported(charter: &Charter) -> Charter {
    charter.for_export(&clock::today())
}

/// Downloads the draft as its `.charter.json` (a backup, which every export also is) and
/// remembers that this save was downloaded.
pub fn download_backup(sync: SyncState) {
    spawn_local(async move {
        backup_now(sync).await;
    });
}

/// [`download_backup`], done: the file's name when the browser took it.
pub async fn backup_now(sync: SyncState) -> Option<String> {
    let (name, text) = file_of(sync.store).await.ok()?;
    let taken = transfer::offer(&name, "application/json", &text);
    if taken {
        mark_downloaded(sync);
    }
    taken.then_some(name)
}

// The charter's serializer is a chunk of its own (see `split.rs`), fetched while the browser is
// idle after the first paint; every editing step waits for it before it shows (routes.rs), so
// that what a person types is always saved at once when the page is hidden.
on_demand!(save, preload preload_save: pub fn compact_of(store: Store) -> (String, u64) {
    store.read(|d| (json::to_compact(d.charter()), store.generation()))
});
on_demand!(save: pub fn file_of(store: Store) -> (String, String) {
    store.read(|d| {
        let charter = exported(d.charter());
        (files::json_file_name(&charter), json::to_json(&charter))
    })
});

/// The charter as a `.charter.json` file: its name and its text.
pub async fn file_for(charter: Charter, name: &'static str) -> Option<(String, String)> {
    named_file(charter, name).await.ok()
}

on_demand!(save: fn named_file(charter: Charter, name: &'static str) -> (String, String) {
    let charter = exported(&charter);
    (files::json_file_name_for(&charter, name), json::to_json(&charter))
});

/// Remembers that the draft as last saved was downloaded.
pub fn mark_downloaded(sync: SyncState) {
    if let Some(revision) = sync
        .known
        .with_value(|s| s.base.as_ref().map(|b| b.revision))
    {
        storage::set_downloaded(revision);
        sync.downloaded.set(Some(revision));
    }
}

/// Keeps a revision of `charter` in the history, then says if the oldest had to go.
pub fn keep(sync: SyncState, charter: Charter, reason: Reason) {
    spawn_local(keep_now(sync, charter, reason));
}

/// [`keep`], done when the revision is stored.
async fn keep_now(sync: SyncState, charter: Charter, reason: Reason) {
    match history::keep(charter, clock::now(), reason).await {
        Ok((revision, added)) => kept(sync, revision, added),
        Err(history::HistoryError::Full) => sync.notice.set(Some(Notice::HistoryFull)),
        Err(_) => {}
    }
}

/// A revision is in the history: the newest one now, and the oldest ones it pushed out said.
fn kept(sync: SyncState, revision: Revision, added: history::Added) {
    sync.known
        .update_value(|s| s.last_revision = Some(revision));
    if added.pruned > 0 {
        sync.notice.set(Some(Notice::HistoryPruned(added.pruned)));
    }
}

/// Replaces the draft with `charter`, keeping the draft it replaces in the history (unless it
/// is blank: nothing to keep).
pub fn replace(sync: SyncState, charter: Charter, reason: Reason) {
    let current = sync.store.read(|d| d.charter().clone());
    if !current.is_blank() {
        keep(sync, current, reason);
    }
    sync.store.apply(|d| d.replace(charter));
}

/// Restores a revision: the draft it replaces is in the history once this returns, so the
/// History view lists it and a restore can be undone.
pub async fn restore(sync: SyncState, charter: Charter) {
    let current = sync.store.read(|d| d.charter().clone());
    if !current.is_blank() {
        keep_now(sync, current, Reason::BeforeRestore).await;
    }
    sync.store.apply(|d| d.replace(charter));
}

/// Saves the draft now if it has unsaved edits and nothing stands in the way. Done at once when
/// the serializer's chunk is there (it is, once a step has opened: see `compact_of`); else when
/// it arrives, or at the next save if it cannot be fetched.
pub fn save_now(sync: SyncState) {
    spawn_local(save(sync));
}

async fn save(sync: SyncState) {
    if sync.conflict.with_untracked(Option::is_some) || !dirty(sync) {
        return;
    }
    if sync.known.with_value(|s| s.held.is_some()) {
        sync.save.set(SaveStatus::Held);
        return;
    }
    let Ok((json, generation)) = compact_of(sync.store).await else {
        return;
    };
    // another save of the same edits may have been done meanwhile
    if sync.known.with_value(|s| s.saved_generation == generation) {
        return;
    }
    if json.len() > MAX_CHARTER_BYTES {
        sync.save.set(SaveStatus::TooLarge(json.len()));
        keep_too_large(sync);
        return;
    }
    let stored = storage::stamp();
    let base = sync.known.with_value(|s| s.base.clone());
    if stored.is_some() && stored != base {
        // another tab saved since this one last did: read its draft, and let the person choose
        (sync.known.with_value(|s| s.read_other_tab))(sync);
        return;
    }
    let now = clock::now();
    let stamp = Stamp {
        revision: base.map_or(0, |b| b.revision) + 1,
        tab: sync.known.with_value(|s| s.tab.clone()),
        saved_at: now.clone(),
    };
    match storage::save_draft(&json, &stamp) {
        Ok(()) => {
            sync.known.update_value(|s| {
                s.base = Some(stamp);
                s.saved_generation = generation;
            });
            sync.save.set(SaveStatus::Saved(clock::clock(&now)));
            sync.saved_at.set(Some(now.clone()));
            keep_every_few_minutes(sync, &now);
        }
        Err(_) => sync.save.set(SaveStatus::Unavailable),
    }
}

/// A revision when the last one is a few minutes old and the charter changed since.
fn keep_every_few_minutes(sync: SyncState, now: &str) {
    let last = sync.known.with_value(|s| s.last_revision.clone());
    let due = |last: &Option<Revision>, now: &str| {
        last.as_ref().is_none_or(|last| {
            clock::minutes_between(&last.at, now).is_none_or(|m| m >= REVISION_MINUTES)
        })
    };
    if due(&last, now) {
        let charter = sync.store.read(|d| d.charter().clone());
        // whether it changed since the last revision is measured with the history's code
        spawn_local(async move {
            // the history is first read here, at the first save, not when the page opens:
            // its code is a chunk of its own, which a first visit does not need
            let last = match last {
                Some(last) => Some(last),
                None => history::list()
                    .await
                    .ok()
                    .and_then(|r| r.into_iter().next()),
            };
            let now = clock::now();
            if !due(&last, &now) {
                sync.known.update_value(|s| {
                    s.last_revision = s.last_revision.take().or(last);
                });
                return;
            }
            if let Ok(Some((revision, added))) = history::keep_if_changed(charter, last, now).await
            {
                kept(sync, revision, added);
            }
        });
    }
}

/// Keeps a draft past the size limit in the history, at most every few minutes.
fn keep_too_large(sync: SyncState) {
    let now = clock::now();
    let due = sync.known.with_value(|s| {
        s.too_large_kept_at
            .as_deref()
            .and_then(|at| clock::minutes_between(at, &now))
            .is_none_or(|m| m >= REVISION_MINUTES)
    });
    if due {
        sync.known.update_value(|s| s.too_large_kept_at = Some(now));
        keep(
            sync,
            sync.store.read(|d| d.charter().clone()),
            Reason::TooLarge,
        );
    }
}

/// Another tab saved (its draft, read): show its version if this tab has nothing unsaved, else
/// let the person choose.
pub fn meet_other_tab(sync: SyncState, stored: StoredDraft) {
    let StoredDraft::Found { charter, stamp, .. } = stored else {
        return;
    };
    if sync.known.with_value(|s| s.base.as_ref() == Some(&stamp)) {
        return;
    }
    if dirty(sync) || sync.conflict.with_untracked(Option::is_some) {
        sync.conflict.set(Some(Conflict {
            stamp,
            theirs: charter,
        }));
        sync.save.set(SaveStatus::Conflict);
    } else {
        take(sync, *charter, stamp);
        sync.notice.set(Some(Notice::FromOtherTab));
    }
}

/// The draft stored when the page opened, once read: it becomes this tab's draft (nothing to
/// save: it is what is stored), with what reading it repaired; or, when it cannot be read, it
/// is held and kept in the history (or under a key of its own) before anything may be saved
/// over it, and the person is told.
pub fn opened(sync: SyncState, stored: StoredDraft, lang: Lang) {
    match stored {
        StoredDraft::Found {
            charter, notices, ..
        } => {
            sync.store.apply(|d| d.replace(*charter));
            let generation = sync.store.generation();
            sync.known.update_value(|s| s.saved_generation = generation);
            if !notices.is_empty() {
                let lines = notices.iter().map(|n| n.message(lang)).collect();
                sync.notice.set(Some(Notice::Imported(lines)));
            }
        }
        StoredDraft::Unreadable { raw, error } => {
            sync.known.update_value(|s| s.held = Some(raw.clone()));
            sync.notice.set(Some(Notice::Unreadable {
                why: error.message(lang),
                raw: raw.clone(),
            }));
            spawn_local(async move {
                let revision = Revision::unreadable(raw.len(), &clock::now());
                let kept = history::add(revision, raw.clone()).await.is_ok()
                    || storage::set_aside(&raw).is_ok();
                if kept {
                    sync.known.update_value(|s| s.held = None);
                    save_now(sync);
                }
            });
        }
    }
}

/// Shows `charter` (stored as `stamp`) as this tab's draft, with nothing left unsaved.
fn take(sync: SyncState, charter: Charter, stamp: Stamp) {
    sync.store.apply(|d| d.replace(charter));
    let generation = sync.store.generation();
    sync.known.update_value(|s| {
        s.base = Some(stamp.clone());
        s.saved_generation = generation;
    });
    sync.saved_at.set(Some(stamp.saved_at.clone()));
    sync.save
        .set(SaveStatus::Saved(clock::clock(&stamp.saved_at)));
}

/// The conflict's "keep mine": the other tab's version goes into the history, this tab's is
/// saved over it.
pub fn keep_mine(sync: SyncState) {
    let Some(conflict) = sync.conflict.get_untracked() else {
        return;
    };
    keep(sync, *conflict.theirs, Reason::OtherTab);
    sync.known.update_value(|s| s.base = Some(conflict.stamp));
    sync.conflict.set(None);
    save_now(sync);
}

/// The conflict's "take theirs": this tab's version goes into the history, the other tab's
/// is shown.
pub fn take_theirs(sync: SyncState) {
    let Some(conflict) = sync.conflict.get_untracked() else {
        return;
    };
    keep(
        sync,
        sync.store.read(|d| d.charter().clone()),
        Reason::BeforeOtherTab,
    );
    sync.conflict.set(None);
    take(sync, *conflict.theirs, conflict.stamp);
}

/// At start-up: asks the browser to keep the storage. (The history is read at the first save.)
pub fn start(sync: SyncState) {
    spawn_local(async move {
        sync.persistence.set(storage::persist().await);
    });
}

/// Reads a revision's charter; `None` if it is missing or cannot be read.
pub async fn revision_charter(id: u64) -> Option<Charter> {
    let body = history::body(id).await.ok()?;
    from_json(body.as_bytes())
        .ok()
        .map(|imported| imported.charter)
}
