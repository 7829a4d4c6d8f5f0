//! Safe mode (`#/safe`): the app opens without reading the saved draft, so that a draft that
//! would stop the page (or take too long to open) can still be downloaded, or discarded after
//! a confirmation, before opening Porte-voix normally.

use leptos::prelude::*;

use crate::{storage, transfer};

#[component]
pub fn SafeMode() -> impl IntoView {
    let w = crate::i18n::words(Words::get);
    // the stored text, never parsed here
    let stored = RwSignal::new(storage::draft_text());
    let confirming = RwSignal::new(false);
    let size = move || {
        let wm = w.get();
        stored.with(|s| match s {
            Some(text) => (wm.safe_size)(text.len().div_ceil(1024)),
            None => wm.safe_none.to_owned(),
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
                <h1 id="step-heading" tabindex="-1">{move || w.get().safe_title}</h1>
                <p class="intro">{move || w.get().safe_text}</p>
                <p id="safe-size">{size}</p>
                <div class="button-row">
                    <button type="button" class="button primary" id="safe-download"
                        disabled=move || stored.with(Option::is_none) on:click=download>
                        {move || w.get().safe_download}
                    </button>
                    <button type="button" class="button danger" id="safe-discard"
                        disabled=move || stored.with(Option::is_none)
                        on:click=move |_| confirming.set(true)>
                        {move || w.get().safe_discard}
                    </button>
                    <Show when=move || confirming.get()>
                        <button type="button" class="button danger" id="safe-discard-confirm" on:click=discard>
                            {move || w.get().safe_discard_confirm}
                        </button>
                    </Show>
                    <button type="button" class="button" id="safe-open" on:click=move |_| {
                        // a new page load, which reads the draft as usual
                        let location = window().location();
                        let _ = location.set_hash("#/start");
                        let _ = location.reload();
                    }>
                        {move || w.get().safe_open}
                    </button>
                </div>
            </section>
        </main>
    }
}

charter::catalogue! {
    /// The words of this page.
    struct Words;
    safe_discard: &'static str {
        fr: "Supprimer le brouillon enregistré…",
        en: "Discard the saved draft…",
    }
    safe_discard_confirm: &'static str {
        fr: "Supprimer définitivement",
        en: "Discard for good",
    }
    safe_download: &'static str {
        fr: "Télécharger le brouillon enregistré",
        en: "Download the saved draft",
    }
    safe_none: &'static str {
        fr: "Il n’y a pas de brouillon enregistré.",
        en: "There is no saved draft.",
    }
    safe_open: &'static str {
        fr: "Ouvrir Porte-voix normalement",
        en: "Open Porte-voix normally",
    }
    safe_size: fn(usize) -> String {
        fr: |kib| format!("Le brouillon enregistré pèse {kib} Kio."),
        en: |kib| format!("The saved draft is {kib} KiB."),
    }
    safe_text: &'static str {
        fr: "Porte-voix s’est ouvert sans lire votre brouillon enregistré, pour que rien en lui ne puisse bloquer la page. Téléchargez-le, supprimez-le, ou ouvrez Porte-voix normalement.",
        en: "Porte-voix opened without reading your saved draft, so that nothing in it can stop the page. Download it, discard it, or open Porte-voix normally.",
    }
    safe_title: &'static str {
        fr: "Mode sans échec",
        en: "Safe mode",
    }
}
