//! Safe mode (`#/safe`): the app opens without reading the saved draft, so that a draft that
//! would stop the page (or take too long to open) can still be downloaded, or discarded after
//! a confirmation, before opening Porte-voix normally.

use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::{storage, transfer};

#[component]
pub fn SafeMode() -> impl IntoView {
    let t = use_messages();
    // the stored text, never parsed here
    let stored = RwSignal::new(storage::draft_text());
    let confirming = RwSignal::new(false);
    let size = move || {
        let m = t.get();
        stored.with(|s| match s {
            Some(text) => (m.safe_size)(text.len().div_ceil(1024)),
            None => m.safe_none.to_owned(),
        })
    };
    let download = move |_| {
        if let Some(text) = stored.get_untracked() {
            transfer::offer(
                "porte-voix-saved-draft.charter.json",
                "application/json",
                &text,
            );
        }
    };
    let discard = move |_| {
        storage::discard_draft();
        stored.set(None);
        confirming.set(false);
    };
    view! {
        <main id="main" class="editor safe-mode">
            <section class="step" aria-labelledby="step-heading">
                <h1 id="step-heading" tabindex="-1">{move || t.get().safe_title}</h1>
                <p class="intro">{move || t.get().safe_text}</p>
                <p id="safe-size">{size}</p>
                <div class="button-row">
                    <button type="button" class="button primary" id="safe-download"
                        disabled=move || stored.with(Option::is_none) on:click=download>
                        {move || t.get().safe_download}
                    </button>
                    <button type="button" class="button danger" id="safe-discard"
                        disabled=move || stored.with(Option::is_none)
                        on:click=move |_| confirming.set(true)>
                        {move || t.get().safe_discard}
                    </button>
                    <Show when=move || confirming.get()>
                        <button type="button" class="button danger" id="safe-discard-confirm" on:click=discard>
                            {move || t.get().safe_discard_confirm}
                        </button>
                    </Show>
                    <button type="button" class="button" id="safe-open" on:click=move |_| {
                        // a new page load, which reads the draft as usual
                        let location = window().location();
                        let _ = location.set_hash("#/start");
                        let _ = location.reload();
                    }>
                        {move || t.get().safe_open}
                    </button>
                </div>
            </section>
        </main>
    }
}
