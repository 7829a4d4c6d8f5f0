//! What changed from an earlier version (a file, or a revision of the history) to the draft,
//! as the changelog `porte-voix diff` prints, with its two downloads: the changes alone, and
//! the Markdown charter with a "Changes since …" section.

use charter::compare::diff;
use charter::markdown::{render_changes, version_name};
use charter::{html, Charter};
use leptos::prelude::*;

use crate::export;
use crate::i18n::use_messages;
use crate::state::use_app;

/// The changes from `old` to the draft.
#[component]
pub fn ChangesView(
    /// The earlier version.
    old: Charter,
    /// Closes the view.
    on_close: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let name = version_name(&old);
    let old = StoredValue::new(old);
    let changes = Memo::new(move |_| {
        app.store
            .read_all(|d| old.with_value(|old| diff(old, &crate::sync::exported(d.charter()))))
    });
    let body = move || {
        let lang = app.ui_lang.get();
        changes.with(|c| html::render_safe(&render_changes(c, lang)))
    };
    view! {
        <section class="changes" aria-labelledby="changes-heading" id="changes">
            <h2 id="changes-heading" tabindex="-1">{move || (w.get().compare_title)(&name)}</h2>
            <div class="preview-body" id="changes-list" inner_html=body></div>
            <div class="button-row">
                <button type="button" class="button" id="download-changes" on:click=move |_| {
                    old.with_value(|old| changes.with_untracked(|c| export::download_changelog(app, old, c)));
                }>
                    {move || w.get().download_changes}
                </button>
                <button type="button" class="button" id="download-markdown-with-changes" on:click=move |_| {
                    old.with_value(|old| changes.with_untracked(|c| export::download_markdown_with_changes(app, old, c)));
                }>
                    {move || w.get().download_markdown_with_changes}
                </button>
                <button type="button" class="button quiet" id="changes-close" on:click=move |_| on_close.run(())>
                    {move || t.get().close}
                </button>
            </div>
        </section>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    compare_title: fn(&str) -> String {
        fr: |v| format!("Changements depuis {v}"),
        en: |v| format!("Changes since {v}"),
    }
    download_changes: &'static str {
        fr: "Télécharger ces changements (Markdown)",
        en: "Download these changes (Markdown)",
    }
    download_markdown_with_changes: &'static str {
        fr: "Télécharger la charte avec « Changements depuis… » (Markdown)",
        en: "Download the charter with “Changes since…” (Markdown)",
    }
}
