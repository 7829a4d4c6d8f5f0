//! When the draft is saved: once the user pauses typing, at once when the page is hidden or
//! closed, and what happens when another tab saves (the `storage` event of the stamp). What a
//! save does, and what it refuses to do, is `sync.rs`'s.

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::storage::STAMP_KEY;
use crate::sync::{self, SyncState};

/// Long enough to skip most keystrokes, short enough that a closed tab loses nothing typed
/// more than a moment ago (and the page-hide flush covers that moment).
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// Starts watching the draft and the other tabs. Call once, inside the app's reactive owner.
pub fn start(app: SyncState) {
    sync::start(app);
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let save_now = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        sync::save_now(app);
    };

    // Skip the run that happens at start-up: loading is not a change.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        app.store.read_all(|_| ());
        if first_run.get_value() {
            first_run.set_value(false);
            return;
        }
        // a change that is already saved (the stored draft just read, another tab's version
        // taken) needs no save: none is scheduled
        if !sync::dirty(app) {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(save_now, DEBOUNCE).ok());
    });

    // Flush on hide (tab switch, close, reload): pagehide fires reliably on mobile too.
    let flush = move || {
        if pending.get_value().is_some() {
            save_now();
        }
    };
    let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    // Another tab of this browser saved: the event fires here, never in the tab that wrote.
    let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
        if let Ok(ev) = ev.dyn_into::<web_sys::StorageEvent>() {
            if ev.key().as_deref() == Some(STAMP_KEY) {
                crate::chunks::meet_other_tab(app);
            }
        }
    });
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
        other_tab.remove();
    });
}
