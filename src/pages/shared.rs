//! A charter shared by link (`#/shared/1.…`): read from the fragment (never sent to a server),
//! shown read-only, and opened as the draft only when asked, after a confirmation when the
//! draft holds anything; the replaced draft goes into the history first. A link that cannot be
//! read says why, and the draft is untouched.

use charter::json::from_json;
use charter::locate::Section;
use charter::share::{self, ShareError};
use charter::{html, markdown, Charter};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::focus::focus_soon;
use crate::i18n::use_messages;
use crate::state::{use_app, Notice, Step};
use crate::transfer;

/// What the link held, once read.
#[derive(Clone)]
enum Opened {
    Reading,
    Charter(Box<Charter>),
    Failed(String),
}

/// Reads a share fragment: the charter, or the reason in `lang`.
async fn read(fragment: &str, lang: charter::Lang) -> Result<Charter, String> {
    let data = share::payload(fragment).map_err(|e| e.message(lang))?;
    let bytes = transfer::inflate(&data)
        .await
        .ok_or_else(|| ShareError::Damaged.message(lang))?;
    from_json(&bytes)
        .map(|imported| imported.charter)
        .map_err(|e| e.message(lang))
}

/// The view of a shared link.
#[component]
pub fn SharedPage(
    /// The URL fragment that carries the charter.
    fragment: String,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let opened = RwSignal::new(Opened::Reading);
    let confirming = RwSignal::new(false);
    spawn_local(async move {
        let lang = app.ui_lang.get_untracked();
        opened.set(match read(&fragment, lang).await {
            Ok(charter) => Opened::Charter(Box::new(charter)),
            Err(why) => Opened::Failed(why),
        });
        focus_soon("step-heading".to_owned());
    });
    let back = move |_| {
        let step = app.step.get_untracked();
        app.go(step);
    };
    let take = move || {
        if let Opened::Charter(charter) = opened.get_untracked() {
            crate::sync::replace(app, *charter, charter::revision::Reason::BeforeReplace);
            app.notice.set(Some(Notice::Imported(vec![t
                .get_untracked()
                .shared_opened
                .to_owned()])));
            app.go(Step::Edit(Section::BrandVoice));
        }
    };
    let open = move |_| {
        if app.store.read(|d| d.charter().is_blank()) {
            take();
        } else {
            confirming.set(true);
            focus_soon("shared-replace-heading".to_owned());
        }
    };
    let body = move || match opened.get() {
        Opened::Reading => {
            view! { <p role="status">{move || t.get().shared_loading}</p> }.into_any()
        }
        Opened::Failed(why) => view! {
            <div class="alert" role="alert" id="shared-error">
                <p><strong>{move || t.get().shared_failed}</strong></p>
                <p>{why}</p>
                <p>{move || t.get().draft_untouched}</p>
            </div>
        }
        .into_any(),
        Opened::Charter(charter) => {
            let preview = html::render_safe(&markdown::render(&charter));
            view! {
                <div class="button-row">
                    <button type="button" class="button primary" id="shared-open" on:click=open>
                        {move || t.get().shared_open}
                    </button>
                </div>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="group" aria-labelledby="shared-replace-heading">
                        <h2 id="shared-replace-heading" tabindex="-1">{move || t.get().replace_title}</h2>
                        <p>{move || t.get().replace_text}</p>
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| crate::export::download_charter_json(app)>
                                {move || t.get().backup_download}
                            </button>
                            <button type="button" class="button danger" id="shared-replace-confirm" on:click=move |_| take()>
                                {move || t.get().replace_confirm}
                            </button>
                            <button type="button" class="button quiet" on:click=move |_| confirming.set(false)>
                                {move || t.get().cancel}
                            </button>
                        </div>
                    </div>
                </Show>
                <article class="preview-body shared-charter" id="shared-charter" lang=charter.meta.language.code() inner_html=preview></article>
            }
            .into_any()
        }
    };
    view! {
        <section class="step shared" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{move || t.get().shared_title}</h1>
            <p class="intro">{move || t.get().shared_intro}</p>
            <p>
                <button type="button" class="button quiet" id="shared-back" on:click=back>
                    {move || t.get().shared_close}
                </button>
            </p>
            {body}
        </section>
    }
}
