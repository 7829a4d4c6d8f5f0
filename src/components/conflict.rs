//! The banner shown when another tab saved while this one had unsaved edits: nothing is
//! overwritten until the person chooses which version to keep (the other goes into the
//! history), or downloads both to compare.

use charter::files;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::use_app;
use crate::{export, sync, transfer};

#[component]
pub fn ConflictBanner() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let download_both = move |_| {
        let Some(conflict) = app.conflict.get_untracked() else {
            return;
        };
        let mine = app.store.read(|d| export::tidied(d.charter()));
        let theirs = export::tidied(&conflict.theirs);
        for (name, charter) in [
            (files::json_file_name_for(&mine, "this-tab"), &mine),
            (files::json_file_name_for(&theirs, "other-tab"), &theirs),
        ] {
            transfer::offer(&name, "application/json", &charter::json::to_json(charter));
        }
    };
    view! {
        <Show when=move || app.conflict.with(Option::is_some)>
            <div class="alert conflict" role="alert" aria-labelledby="conflict-heading" id="conflict">
                <h2 id="conflict-heading">{move || t.get().conflict_title}</h2>
                <p>{move || t.get().conflict_text}</p>
                <div class="button-row">
                    <button type="button" class="button primary" id="conflict-keep-mine" on:click=move |_| sync::keep_mine(app)>
                        {move || t.get().keep_mine}
                    </button>
                    <button type="button" class="button" id="conflict-take-theirs" on:click=move |_| sync::take_theirs(app)>
                        {move || t.get().take_theirs}
                    </button>
                    <button type="button" class="button quiet" id="conflict-download-both" on:click=download_both>
                        {move || t.get().download_both}
                    </button>
                </div>
            </div>
        </Show>
    }
}
