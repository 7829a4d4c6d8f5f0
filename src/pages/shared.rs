//! A charter shared by link (`#/shared/1.…`): read from the fragment (never sent to a server),
//! shown read-only on a page of its own (no step list, no preview of the own draft), and then
//! either opened as the draft (after a confirmation when the draft holds anything; the replaced
//! draft goes into the history first) or combined with it (the facilitator's side of a
//! participant's "Send my changes"). A link that cannot be read says why, and the draft is
//! untouched.

use charter::document::Section;
use charter::json::from_json;
use charter::share::{self, ShareError};
use charter::{html, markdown, Charter};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::CombinePanel;
use crate::focus::focus_soon;
use crate::i18n::use_messages;
use crate::notice::Notice;
use crate::state::{use_app, Step};
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
    let w = crate::i18n::words(Words::get);
    let opened = RwSignal::new(Opened::Reading);
    let confirming = RwSignal::new(false);
    let combining = RwSignal::new(false);
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
            crate::sync::replace(app.sync, *charter, charter::revision::Reason::BeforeReplace);
            app.notice.set(Some(Notice::Imported(vec![w
                .get_untracked()
                .shared_opened
                .to_owned()])));
            app.go(Step::Edit(Section::BrandVoice));
        }
    };
    let open = move |_| {
        combining.set(false);
        if app.store.read(|d| d.charter().is_blank()) {
            take();
        } else {
            confirming.set(true);
            focus_soon("shared-replace-heading".to_owned());
        }
    };
    let body = move || match opened.get() {
        Opened::Reading => {
            view! { <p role="status">{move || w.get().shared_loading}</p> }.into_any()
        }
        Opened::Failed(why) => view! {
            <div class="alert" role="alert" id="shared-error">
                <p><strong>{move || w.get().shared_failed}</strong></p>
                <p>{why}</p>
                <p>{move || t.get().draft_untouched}</p>
            </div>
        }
        .into_any(),
        Opened::Charter(charter) => {
            let preview = html::render_safe(&markdown::render(&charter));
            let lang = charter.meta.language.code();
            let theirs = StoredValue::new(*charter);
            view! {
                <div class="button-row">
                    <button type="button" class="button primary" id="shared-open" on:click=open>
                        {move || w.get().shared_open}
                    </button>
                    <button type="button" class="button" id="shared-combine" on:click=move |_| {
                        confirming.set(false);
                        combining.set(true);
                        focus_soon("combine-heading".to_owned());
                    }>
                        {move || w.get().shared_combine}
                    </button>
                </div>
                <p class="hint">{move || w.get().shared_choices}</p>
                <Show when=move || combining.get()>
                    {
                        let theirs = theirs.get_value();
                        let close = Callback::new(move |_| {
                            combining.set(false);
                            focus_soon("shared-combine".to_owned());
                        });
                        // combined: the draft is the page to see now
                        let combined = Callback::new(move |_| {
                            let step = app.step.get_untracked();
                            app.go(step);
                        });
                        view! { <CombinePanel theirs on_close=close on_combined=combined /> }
                    }
                </Show>
                <Show when=move || confirming.get()>
                    <div class="confirm" role="group" aria-labelledby="shared-replace-heading">
                        <h2 id="shared-replace-heading" tabindex="-1">{move || t.get().replace_title}</h2>
                        <p>{move || t.get().replace_text}</p>
                        <div class="button-row">
                            <button type="button" class="button" on:click=move |_| crate::sync::download_backup(app.sync)>
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
                <article class="preview-body shared-charter" id="shared-charter" lang=lang inner_html=preview></article>
            }
            .into_any()
        }
    };
    view! {
        <section class="step shared" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{move || w.get().shared_title}</h1>
            <p class="intro">{move || w.get().shared_intro}</p>
            <p>
                <button type="button" class="button quiet" id="shared-back" on:click=back>
                    {move || w.get().shared_close}
                </button>
            </p>
            {body}
        </section>
    }
}

charter::catalogue! {
    /// The words of this page.
    struct Words;
    shared_close: &'static str {
        fr: "Revenir à mon brouillon",
        en: "Back to my draft",
    }
    shared_choices: &'static str {
        fr: "« Ouvrir comme mon brouillon » remplace votre brouillon par cette charte (l’ancien va dans l’historique). « Combiner avec mon brouillon » ajoute ce qu’elle a de plus, et vous fait choisir là où elles diffèrent : c’est ce que fait l’animateur d’un atelier avec les modifications d’un participant.",
        en: "“Open as my draft” replaces your draft with this charter (the old one goes into the history). “Combine with my draft” adds what it has that yours lacks, and asks you to choose where they differ: what a workshop's facilitator does with a participant's changes.",
    }
    shared_combine: &'static str {
        fr: "Combiner avec mon brouillon",
        en: "Combine with my draft",
    }
    shared_failed: &'static str {
        fr: "Ce lien ne peut pas être ouvert",
        en: "This link cannot be opened",
    }
    shared_intro: &'static str {
        fr: "Voici, en lecture seule, la charte que contient ce lien. Votre propre brouillon n’a pas changé.",
        en: "This is the charter the link holds, read-only. Your own draft has not changed.",
    }
    shared_loading: &'static str {
        fr: "Ouverture du lien…",
        en: "Opening the link…",
    }
    shared_open: &'static str {
        fr: "Ouvrir comme mon brouillon",
        en: "Open as my draft",
    }
    shared_opened: &'static str {
        fr: "La charte du lien est maintenant votre brouillon ; l’ancien est dans l’historique. Vos modifications faites, renvoyez-les depuis la relecture : « Envoyer mes modifications ».",
        en: "The linked charter is now your draft; the previous one is in the history. Once you have made your changes, send them back from Review: “Send my changes”.",
    }
    shared_title: &'static str {
        fr: "Une charte partagée avec vous",
        en: "A charter shared with you",
    }
}
