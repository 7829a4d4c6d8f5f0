//! Debounced autosave: the draft is written to storage once the user pauses typing, and at
//! once when the page is hidden or closed, so that nothing typed is lost.

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;

use crate::state::{AppState, SaveStatus};
use crate::storage;

/// Long enough to skip most keystrokes, short enough that a closed tab loses nothing typed
/// more than a moment ago (and the page-hide flush covers that moment).
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// Starts watching the draft. Call once, inside the app's reactive owner.
pub fn start(app: AppState) {
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let save_now = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            pending.set_value(None);
        }
        let now = js_sys::Date::new_0();
        let saved_at: String = now.to_iso_string().into();
        let clock = format!("{:02}:{:02}", now.get_hours(), now.get_minutes());
        let result = app
            .store
            .read(|draft| storage::save_draft(draft.charter(), &saved_at));
        match result {
            Ok(()) => {
                app.save.set(SaveStatus::Saved(clock));
                app.saved_at.set(Some(saved_at));
            }
            Err(_) => app.save.set(SaveStatus::Unavailable),
        }
    };

    // Skip the run that happens at start-up: loading is not a change.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        app.store.read_all(|_| ());
        if first_run.get_value() {
            first_run.set_value(false);
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
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
    });
}
