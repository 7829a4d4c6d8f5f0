//! The history of the draft: revisions kept in IndexedDB, where there is room for them (the
//! draft itself stays in local storage, so history can never crowd it out). Each revision is
//! two records under one key: what the History view lists (`charter::revision::Revision`, as
//! JSON) and the charter itself (as JSON). Within [`MAX_REVISIONS`] and [`MAX_BYTES`]: adding
//! past either prunes the oldest first, and says how many went; a full disk prunes too.
//!
//! IndexedDB's requests are callbacks; [`wait`] turns one into a future. No transaction is
//! awaited in the middle: each one is opened, given all its requests, and awaited to its end.

use std::cell::RefCell;

use charter::revision::{to_prune, Reason, Revision};
use charter::Charter;
use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::split::on_demand;

const DATABASE: &str = "porte-voix";
const SCHEMA_VERSION: u32 = 1;
const LISTED: &str = "revisions";
const BODIES: &str = "bodies";

/// The most revisions kept.
pub const MAX_REVISIONS: usize = 60;
/// The most bytes of charters kept (sizes as `charter::limits::charter_size` measures them).
pub const MAX_BYTES: usize = 40 * 1024 * 1024;

/// Why the history could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    /// No IndexedDB here (some private modes), or it refused to open.
    Unavailable,
    /// The disk is full even after pruning.
    Full,
    /// No such revision.
    Missing,
}

/// What [`add`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub id: u64,
    /// How many of the oldest revisions were removed to make room.
    pub pruned: usize,
}

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Turns a request into a future of its result.
async fn wait(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let failed = request.clone();
        request.set_onsuccess(Some(
            &Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
            })
            .unchecked_into(),
        ));
        request.set_onerror(Some(
            &Closure::once_into_js(move || {
                let error = failed.error().ok().flatten().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
            })
            .unchecked_into(),
        ));
    });
    JsFuture::from(promise).await
}

/// Waits for a transaction to commit; an abort (a full disk) is an error.
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let fail = reject.clone();
        transaction.set_oncomplete(Some(
            &Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            })
            .unchecked_into(),
        ));
        let aborted = transaction.clone();
        transaction.set_onabort(Some(
            &Closure::once_into_js(move || {
                let error = aborted.error().map(JsValue::from);
                let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
            })
            .unchecked_into(),
        ));
        transaction.set_onerror(Some(
            &Closure::once_into_js(move || {
                let _ = fail.call0(&JsValue::NULL);
            })
            .unchecked_into(),
        ));
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// The database, opened once per page (and created on first use).
async fn database() -> Result<IdbDatabase, HistoryError> {
    if let Some(open) = OPEN.with(|db| db.borrow().clone()) {
        return Ok(open);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(HistoryError::Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, SCHEMA_VERSION)
        .map_err(|_| HistoryError::Unavailable)?;
    let upgrading = request.clone();
    request.set_onupgradeneeded(Some(
        &Closure::once_into_js(move || {
            if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                let names = db.object_store_names();
                for store in [LISTED, BODIES] {
                    if !names.contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        })
        .unchecked_into(),
    ));
    let db: IdbDatabase = wait(&request)
        .await
        .ok()
        .and_then(|v| v.dyn_into().ok())
        .ok_or(HistoryError::Unavailable)?;
    OPEN.with(|open| *open.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn stores(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore, IdbObjectStore), HistoryError> {
    let names = Array::of2(&LISTED.into(), &BODIES.into());
    let transaction = db
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|_| HistoryError::Unavailable)?;
    let listed = transaction
        .object_store(LISTED)
        .map_err(|_| HistoryError::Unavailable)?;
    let bodies = transaction
        .object_store(BODIES)
        .map_err(|_| HistoryError::Unavailable)?;
    Ok((transaction, listed, bodies))
}

/// Every revision, newest first.
pub async fn list() -> Result<Vec<Revision>, HistoryError> {
    listed().await.unwrap_or(Err(HistoryError::Unavailable))
}

/// The charter (JSON) of a revision.
pub async fn body(id: u64) -> Result<String, HistoryError> {
    body_of(id).await.unwrap_or(Err(HistoryError::Unavailable))
}

/// Keeps a revision of the charter `body` (its JSON). When the history is full, or the disk is,
/// the oldest revisions go first; if even an empty history has no room, [`HistoryError::Full`].
pub async fn add(revision: Revision, body: String) -> Result<Added, HistoryError> {
    added(revision, body)
        .await
        .unwrap_or(Err(HistoryError::Unavailable))
}

/// Keeps a revision of `charter` at the time `at` for `reason` (what it holds is measured in the
/// history's chunk too); returns the revision kept and what adding it did.
pub async fn keep(
    charter: Charter,
    at: String,
    reason: Reason,
) -> Result<(Revision, Added), HistoryError> {
    kept(charter, at, reason)
        .await
        .unwrap_or(Err(HistoryError::Unavailable))
}

/// Keeps a periodic revision of `charter`, unless it holds exactly what `last` held.
pub async fn keep_if_changed(
    charter: Charter,
    last: Option<Revision>,
    at: String,
) -> Result<Option<(Revision, Added)>, HistoryError> {
    kept_if_changed(charter, last, at)
        .await
        .unwrap_or(Err(HistoryError::Unavailable))
}

// IndexedDB's code is a chunk of its own (see `split.rs`): the shell calls the history only once
// the page is up (the newest revision at start-up, a revision every few minutes of editing).
on_demand!(history: async fn listed() -> Result<Vec<Revision>, HistoryError> {
    list_now().await
});
on_demand!(history: async fn body_of(id: u64) -> Result<String, HistoryError> {
    body_now(id).await
});
on_demand!(history: async fn kept(charter: Charter, at: String, reason: Reason) -> Result<(Revision, Added), HistoryError> {
    keep_now(&charter, &at, reason).await
});
on_demand!(history: async fn kept_if_changed(charter: Charter, last: Option<Revision>, at: String) -> Result<Option<(Revision, Added)>, HistoryError> {
    if last.is_some_and(|last| last.same_as(&charter)) {
        return Ok(None);
    }
    keep_now(&charter, &at, Reason::Periodic).await.map(Some)
});
on_demand!(history: async fn added(revision: Revision, body: String) -> Result<Added, HistoryError> {
    add_now(revision, &body).await
});

/// A revision of `charter` (measured here) added to the history.
async fn keep_now(
    charter: &Charter,
    at: &str,
    reason: Reason,
) -> Result<(Revision, Added), HistoryError> {
    let revision = Revision::of(charter, at, reason);
    let added = add_now(revision.clone(), &charter::json::to_compact(charter)).await?;
    Ok((
        Revision {
            id: added.id,
            ..revision
        },
        added,
    ))
}

async fn list_now() -> Result<Vec<Revision>, HistoryError> {
    let db = database().await?;
    let (_, listed, _) = stores(&db, IdbTransactionMode::Readonly)?;
    let request = listed.get_all().map_err(|_| HistoryError::Unavailable)?;
    let all = wait(&request)
        .await
        .map_err(|_| HistoryError::Unavailable)?;
    let mut revisions: Vec<Revision> = Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .filter_map(|text| serde_json::from_str(&text).ok())
        .collect();
    revisions.sort_by_key(|r| std::cmp::Reverse(r.id));
    Ok(revisions)
}

async fn body_now(id: u64) -> Result<String, HistoryError> {
    let db = database().await?;
    let (_, _, bodies) = stores(&db, IdbTransactionMode::Readonly)?;
    let request = bodies
        .get(&JsValue::from_f64(id as f64))
        .map_err(|_| HistoryError::Unavailable)?;
    wait(&request)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or(HistoryError::Missing)
}

/// Why a write failed.
enum WriteError {
    /// The id is taken: another tab added a revision since this one listed them.
    Taken,
    /// The disk (the site's quota) is full.
    Full,
    Other,
}

impl WriteError {
    fn of(error: &JsValue) -> WriteError {
        match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
            Some(name) if name == "ConstraintError" => WriteError::Taken,
            Some(name) if name == "QuotaExceededError" => WriteError::Full,
            _ => WriteError::Other,
        }
    }
}

/// Writes a revision, after removing `prune`; all in one transaction. It adds, never
/// overwrites: a revision another tab wrote under the same id stays.
async fn write(
    db: &IdbDatabase,
    revision: &Revision,
    body: &str,
    prune: &[u64],
) -> Result<(), WriteError> {
    let (transaction, listed, bodies) =
        stores(db, IdbTransactionMode::Readwrite).map_err(|_| WriteError::Other)?;
    let queued = (|| {
        for &id in prune {
            let key = JsValue::from_f64(id as f64);
            listed.delete(&key)?;
            bodies.delete(&key)?;
        }
        let key = JsValue::from_f64(revision.id as f64);
        let meta = serde_json::to_string(revision).map_err(|_| JsValue::NULL)?;
        listed.add_with_key(&JsValue::from_str(&meta), &key)?;
        bodies.add_with_key(&JsValue::from_str(body), &key)?;
        Ok::<(), JsValue>(())
    })();
    if let Err(error) = queued {
        let _ = transaction.abort();
        return Err(WriteError::of(&error));
    }
    committed(&transaction)
        .await
        .map_err(|error| WriteError::of(&error))
}

thread_local! {
    /// The next id this tab gives: two revisions kept at once in one tab never share one.
    static NEXT_ID: RefCell<u64> = const { RefCell::new(1) };
}

/// An id after every kept one and every one this tab gave.
fn next_id(kept: &[Revision]) -> u64 {
    let after_kept = kept.iter().map(|r| r.id).max().unwrap_or(0) + 1;
    NEXT_ID.with(|next| {
        let id = after_kept.max(*next.borrow());
        *next.borrow_mut() = id + 1;
        id
    })
}

async fn add_now(mut revision: Revision, body: &str) -> Result<Added, HistoryError> {
    let db = database().await?;
    // another tab may take the id between the listing and the write: list again, a few times
    for _ in 0..3 {
        let kept = list_now().await?;
        revision.id = next_id(&kept);
        let mut taken = false;
        // within the budget; then, if the disk is full, the newest half; then nothing older
        for keep in [MAX_REVISIONS, kept.len() / 2 + 1, 1] {
            let prune = to_prune(&kept, revision.bytes, keep, MAX_BYTES);
            match write(&db, &revision, body, &prune).await {
                Ok(()) => {
                    return Ok(Added {
                        id: revision.id,
                        pruned: prune.len(),
                    })
                }
                Err(WriteError::Full) => continue,
                Err(WriteError::Taken) => {
                    taken = true;
                    break;
                }
                Err(WriteError::Other) => return Err(HistoryError::Unavailable),
            }
        }
        if !taken {
            return Err(HistoryError::Full);
        }
    }
    Err(HistoryError::Unavailable)
}
