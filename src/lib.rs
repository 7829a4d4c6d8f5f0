//! Porte-voix, the browser app: the wizard around the charter. `main.rs` mounts [`App`],
//! which restores the state ([`state::AppState`]) and shows the [`shell::Shell`]; the shell
//! shows the current step through the router ([`routes`]), the one place that names the steps.
//! The charter and every operation on it live in the pure `charter` crate.

pub mod autosave;
pub mod bind;
pub mod chunks;
pub mod clock;
pub mod components;
pub mod export;
pub mod focus;
pub mod history;
pub mod i18n;
pub mod notice;
pub mod offline;
pub mod pages;
pub mod recovery;
pub mod routes;
pub mod shell;
pub mod split;
pub mod state;
pub mod steps;
pub mod storage;
pub mod store;
pub mod sync;
pub mod transfer;

use leptos::prelude::*;

use crate::shell::Shell;
use crate::state::AppState;

/// The whole app, with state restored from the browser; or, at `#/safe`, safe mode, which
/// does not read the saved draft at all.
#[component]
pub fn App() -> impl IntoView {
    if window().location().hash().ok().as_deref() == Some("#/safe") {
        provide_context(AppState::safe());
        return routes::safe_mode();
    }
    let app = AppState::from_browser();
    app.sync
        .known
        .update_value(|k| k.read_other_tab = chunks::meet_other_tab);
    provide_context(app);
    // the page's own loading line (index.html) gives way to the app
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    offline::start(app.update_ready);
    autosave::start(app.sync);
    chunks::keep_checking(app);
    view! { <Shell /> }.into_any()
}
