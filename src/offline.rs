//! Working offline: the app registers its service worker (`sw.js`, written by
//! scripts/build.mjs from web/sw.js), which keeps every file of this build for offline use. When
//! a newer build has been installed and waits, [`update_ready`] becomes true and the header
//! offers to reload; [`apply_update`] asks the waiting worker to take over and reloads once it
//! has. Nothing reloads on its own: the person chooses when, never in the middle of typing.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The browser's service workers, where it has them (not in an insecure context, nor in some
/// private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker once the page has settled, and sets `ready` when a newer
/// build waits to take over.
pub fn start(ready: RwSignal<bool>) {
    // once the first step is usable: the worker's copy of every file would take the first
    // visit's bandwidth
    crate::split::when_settled(move || register(ready));
}

fn register(ready: RwSignal<bool>) {
    let Some(container) = container() else { return };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // a worker already waiting: a newer build installed while this one ran elsewhere
        if registration.waiting().is_some() && container.controller().is_some() {
            ready.set(true);
        }
        let watched = registration.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let container = container.clone();
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                // the first worker of a page installs too: only a newer one is news. Whether
                // this page is controlled is read now: a first visit becomes controlled
                // (clients.claim) after it registered.
                if worker.state() == ServiceWorkerState::Installed
                    && container.controller().is_some()
                {
                    ready.set(true);
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Lets the newer build take over, then reloads into it (the draft is saved on the way out).
pub fn apply_update() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Some(waiting) = registration
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        else {
            // nothing waits any more (another tab took it over): a plain reload shows it
            let _ = window().location().reload();
            return;
        };
        let _ = waiting.post_message(&JsValue::from_str("take-over"));
    });
}
