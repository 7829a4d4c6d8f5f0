//! The page header: product name, language switch and the autosave status line.

use charter::Lang;
use leptos::prelude::*;

use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, SaveStatus};

#[component]
pub fn Header() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let status = move || match app.save.get() {
        SaveStatus::Idle => t.get().not_saved_yet.to_owned(),
        SaveStatus::Saved(clock) => (t.get().saved_at)(&clock),
        SaveStatus::Unavailable => t.get().storage_unavailable.to_owned(),
    };
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{move || t.get().skip_to_content}</a>
            <div class="brand">
                <span class="brand-name">{move || t.get().app_name}</span>
                <span class="brand-tagline">{move || t.get().tagline}</span>
            </div>
            <div class="header-tools">
                <p
                    class="save-status"
                    class:warning=move || app.save.get() == SaveStatus::Unavailable
                    role="status"
                    aria-live="polite"
                    data-testid="save-status"
                >
                    {status}
                </p>
                <div class="lang-switch">
                    <label for="ui-lang">{move || t.get().language}</label>
                    <select
                        id="ui-lang"
                        on:change:target=move |ev| {
                            if let Some(lang) = Lang::from_code(&ev.target().value()) {
                                app.set_ui_lang(lang);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|lang| {
                                view! {
                                    <option
                                        value=lang.code()
                                        lang=lang.code()
                                        prop:selected=move || app.ui_lang.get() == lang
                                    >
                                        {endonym(lang)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
        </header>
    }
}
