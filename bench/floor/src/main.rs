//! The stack's floor for the benchmarks: one heading, two "steps" behind links, a text field
//! saved to local storage as JSON and previewed as Markdown. It links each dependency the app
//! has (Leptos CSR, serde_json, gloo-storage, pulldown-cmark) and does one real thing with it,
//! so the linker keeps what any app on this stack pays for; nothing more.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the floor stores: one text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Note {
    text: String,
}

/// The Markdown preview of the note, as HTML.
fn preview(text: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(text));
    html
}

#[component]
fn Floor() -> impl IntoView {
    let stored: Note = LocalStorage::get("floor.note").unwrap_or_default();
    let text = RwSignal::new(stored.text);
    let step = RwSignal::new(1u8);
    Effect::new(move |_| {
        let note = Note { text: text.get() };
        let _ = LocalStorage::set(
            "floor.note",
            serde_json::to_string(&note).unwrap_or_default(),
        );
    });
    view! {
        <nav>
            <a href="#/one" id="step-1" on:click=move |_| step.set(1)>"Step 1"</a>
            " "
            <a href="#/two" id="step-2" on:click=move |_| step.set(2)>"Step 2"</a>
        </nav>
        <main>
            <h1 id="step-heading">{move || format!("Step {}", step.get())}</h1>
            <label for="note">"Note"</label>
            <textarea id="note" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value())></textarea>
            <div inner_html=move || preview(&text.get())></div>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Floor);
}
