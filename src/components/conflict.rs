//! The banner shown when another tab saved while this one had unsaved edits: nothing is
//! overwritten until the person chooses which version to keep (the other goes into the
//! history), or downloads both to compare.

use leptos::prelude::*;

use crate::state::use_app;
use crate::{sync, transfer};

#[component]
pub fn ConflictBanner() -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    let download_both = move |_| {
        let Some(conflict) = app.sync.conflict.get_untracked() else {
            return;
        };
        let mine = app.store.read(|d| d.charter().clone());
        leptos::task::spawn_local(async move {
            for (charter, name) in [(mine, "this-tab"), (*conflict.theirs, "other-tab")] {
                if let Some((name, text)) = sync::file_for(charter, name).await {
                    transfer::offer(&name, "application/json", &text);
                }
            }
        });
    };
    view! {
        <Show when=move || app.sync.conflict.with(Option::is_some)>
            <div class="alert conflict" role="alert" aria-labelledby="conflict-heading" id="conflict">
                <h2 id="conflict-heading">{move || w.get().conflict_title}</h2>
                <p>{move || w.get().conflict_text}</p>
                <div class="button-row">
                    <button type="button" class="button primary" id="conflict-keep-mine" on:click=move |_| sync::keep_mine(app.sync)>
                        {move || w.get().keep_mine}
                    </button>
                    <button type="button" class="button" id="conflict-take-theirs" on:click=move |_| sync::take_theirs(app.sync)>
                        {move || w.get().take_theirs}
                    </button>
                    <button type="button" class="button quiet" id="conflict-download-both" on:click=download_both>
                        {move || w.get().download_both}
                    </button>
                </div>
            </div>
        </Show>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    conflict_text: &'static str {
        fr: "Un autre onglet a enregistré sa version pendant que vous modifiiez celle-ci. Choisissez laquelle garder : l’autre va dans l’historique.",
        en: "Another tab saved its version while you were editing this one. Choose which to keep: the other goes into the history.",
    }
    conflict_title: &'static str {
        fr: "Cette charte a changé dans un autre onglet",
        en: "This charter changed in another tab",
    }
    download_both: &'static str {
        fr: "Télécharger les deux",
        en: "Download both",
    }
    keep_mine: &'static str {
        fr: "Garder la version de cet onglet",
        en: "Keep this tab's version",
    }
    take_theirs: &'static str {
        fr: "Prendre la version de l’autre onglet",
        en: "Take the other tab's version",
    }
}
