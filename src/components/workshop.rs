//! Review's workshop and sharing panels: "Send my changes" and "Copy a link" (the whole
//! charter in the link's fragment), and "Combine with a charter…" / "Compare with a file…",
//! which read a picked `.json` through the same import as Start and open [`CombinePanel`] or
//! [`ChangesView`].

use charter::json::{from_json, ImportError};
use charter::limits::MAX_FILE_BYTES;
use charter::Charter;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{ChangesView, CombinePanel};
use crate::focus::focus_soon;
use crate::i18n::use_messages;
use crate::state::use_app;
use crate::transfer::{self, ReadError};

/// "Send my changes" and "Copy a link": both make the link (the whole charter in its
/// fragment). Sending opens the system share sheet where there is one, and copies otherwise;
/// the link is shown (selectable) whatever the clipboard said. A charter too large for a link
/// is told to share the file.
#[component]
pub fn SharePanel() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let link: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let status: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let make = move |send: bool| {
        spawn_local(async move {
            let lang = app.ui_lang.get_untracked();
            status.set(None);
            let url = match crate::export::share_link(app).await {
                Ok(url) => url,
                Err(error) => {
                    link.set(Some(Err(error.message(lang))));
                    focus_soon("share-error".to_owned());
                    return;
                }
            };
            link.set(Some(Ok(url.clone())));
            let wm = w.get_untracked();
            let sent = if send {
                let title = app.store.read(|d| d.charter().meta.title.trim().to_owned());
                let title = if title.is_empty() {
                    t.get_untracked().untitled_charter.to_owned()
                } else {
                    title
                };
                transfer::share(&title, &(wm.send_text)(&title), &url).await
            } else {
                transfer::Sent::Unavailable
            };
            status.set(Some(match sent {
                transfer::Sent::Shared => wm.send_done,
                transfer::Sent::Cancelled => wm.send_cancelled,
                transfer::Sent::Unavailable if transfer::copy(url).await => {
                    if send {
                        wm.send_copied
                    } else {
                        wm.share_copied
                    }
                }
                transfer::Sent::Unavailable => wm.share_not_copied,
            }));
        })
    };
    view! {
        <section class="export-panel" aria-labelledby="share-heading" id="share">
            <h2 id="share-heading" class="subheading" tabindex="-1">{move || w.get().share_heading}</h2>
            <p class="hint">{move || w.get().share_hint}</p>
            <div class="button-row">
                <button type="button" class="button" id="share-send" on:click=move |_| make(true)>
                    {move || w.get().send}
                </button>
                <button type="button" class="button" id="share-copy" on:click=move |_| make(false)>
                    {move || w.get().share_copy}
                </button>
            </div>
            <p class="hint" id="share-send-hint">{move || w.get().send_hint}</p>
            <p role="status" class="copy-status" id="share-status">{move || status.get()}</p>
            {move || link.get().map(|result| match result {
                Ok(url) => view! {
                    <div class="field">
                        <label for="share-link">{move || w.get().share_link_label}</label>
                        <input type="text" id="share-link" readonly prop:value=url
                            on:focus:target=move |ev| ev.target().select() />
                    </div>
                }
                .into_any(),
                Err(why) => view! {
                    <div class="alert" role="alert" id="share-error" tabindex="-1"><p>{why}</p></div>
                }
                .into_any(),
            })}
        </section>
    }
}

/// What a picked file opened.
#[derive(Clone)]
enum Opened {
    Combine(Box<Charter>),
    Compare(Box<Charter>),
}

/// "Combine with a charter…" and "Compare with a file…".
#[component]
pub fn WorkshopPanel() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let opened: RwSignal<Option<Opened>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let pick = move |file: Option<web_sys::File>, combine: bool| {
        let Some(file) = file else { return };
        spawn_local(async move {
            let lang = app.ui_lang.get_untracked();
            let read = transfer::read(file, MAX_FILE_BYTES)
                .await
                .map_err(|e| match e {
                    ReadError::TooLarge(bytes) => ImportError::TooLarge { bytes }.message(lang),
                    ReadError::Unreadable => t.get_untracked().file_unreadable.to_owned(),
                })
                .and_then(|bytes| from_json(&bytes).map_err(|e| e.message(lang)));
            match read {
                Ok(imported) => {
                    error.set(None);
                    let charter = Box::new(imported.charter);
                    opened.set(Some(if combine {
                        Opened::Combine(charter)
                    } else {
                        Opened::Compare(charter)
                    }));
                    focus_soon(
                        if combine {
                            "combine-heading"
                        } else {
                            "changes-heading"
                        }
                        .to_owned(),
                    );
                }
                Err(why) => {
                    opened.set(None);
                    error.set(Some(why));
                    focus_soon("workshop-error".to_owned());
                }
            }
        })
    };
    let close = Callback::new(move |_| {
        opened.set(None);
        focus_soon("workshop-heading".to_owned());
    });
    view! {
        <section class="export-panel" aria-labelledby="workshop-heading">
            <h2 id="workshop-heading" class="subheading" tabindex="-1">{move || w.get().workshop_heading}</h2>
            <p class="hint">{move || w.get().workshop_hint}</p>
            <div class="file-row">
                <label for="combine-file" class="file-label">{move || w.get().combine_label}</label>
                <input type="file" id="combine-file" accept=".json,application/json"
                    on:change:target=move |ev| {
                        let input = ev.target();
                        pick(input.files().and_then(|f| f.get(0)), true);
                        input.set_value("");
                    } />
            </div>
            <div class="file-row">
                <label for="compare-file" class="file-label">{move || w.get().compare_label}</label>
                <input type="file" id="compare-file" accept=".json,application/json"
                    on:change:target=move |ev| {
                        let input = ev.target();
                        pick(input.files().and_then(|f| f.get(0)), false);
                        input.set_value("");
                    } />
            </div>
            {move || error.get().map(|why| view! {
                <div class="alert" role="alert" id="workshop-error" tabindex="-1">
                    <p><strong>{move || t.get().import_failed}</strong></p>
                    <p>{why}</p>
                    <p>{move || t.get().draft_untouched}</p>
                </div>
            })}
            {move || opened.get().map(|o| match o {
                Opened::Combine(theirs) => view! { <CombinePanel theirs=*theirs on_close=close /> }.into_any(),
                Opened::Compare(old) => view! { <ChangesView old=*old on_close=close /> }.into_any(),
            })}
        </section>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    combine_label: &'static str {
        fr: "Combiner avec une charte… (.json)",
        en: "Combine with a charter… (.json)",
    }
    compare_label: &'static str {
        fr: "Comparer avec un fichier… (.json)",
        en: "Compare with a file… (.json)",
    }
    send: &'static str {
        fr: "Envoyer mes modifications",
        en: "Send my changes",
    }
    send_cancelled: &'static str {
        fr: "Rien n’a été envoyé. Le lien est ci-dessous si vous préférez le copier.",
        en: "Nothing was sent. The link is below if you would rather copy it.",
    }
    send_copied: &'static str {
        fr: "Lien copié : collez-le dans un message à l’animateur ou l’animatrice de l’atelier. En l’ouvrant, il ou elle pourra le combiner avec son brouillon.",
        en: "Link copied: paste it in a message to the workshop's facilitator. Opening it, they can combine it with their draft.",
    }
    send_done: &'static str {
        fr: "Envoyé. En ouvrant le lien, l’animateur ou l’animatrice pourra le combiner avec son brouillon.",
        en: "Sent. Opening the link, the facilitator can combine it with their draft.",
    }
    send_hint: &'static str {
        fr: "Vous participez à un atelier ? « Envoyer mes modifications » passe ce lien à l’application de votre choix (ou le copie). La personne qui anime l’ouvre et choisit « Combiner avec mon brouillon » : ce que vous avez ajouté est repris, et elle choisit là où vos versions diffèrent.",
        en: "Taking part in a workshop? “Send my changes” hands this link to the app of your choice (or copies it). The facilitator opens it and chooses “Combine with my draft”: what you added is taken in, and they choose where your versions differ.",
    }
    send_text: fn(&str) -> String {
        fr: |t| format!("Mes modifications de la charte « {t} » : ouvrez le lien et choisissez « Combiner avec mon brouillon »."),
        en: |t| format!("My changes to the charter “{t}”: open the link and choose “Combine with my draft”."),
    }
    share_copied: &'static str {
        fr: "Lien copié : collez-le dans une messagerie ou un e-mail.",
        en: "Link copied: paste it in a chat or an e-mail.",
    }
    share_copy: &'static str {
        fr: "Copier un lien",
        en: "Copy a link",
    }
    share_heading: &'static str {
        fr: "Partager ou renvoyer par un lien",
        en: "Share or send back by link",
    }
    share_hint: &'static str {
        fr: "Toute la charte voyage dans le lien lui-même, après le # : elle n’est envoyée à aucun serveur. Toute personne qui a le lien peut la lire.",
        en: "The whole charter travels in the link itself, after the #: it is never sent to a server. Anyone who has the link can read it.",
    }
    share_link_label: &'static str {
        fr: "Lien de partage",
        en: "Share link",
    }
    share_not_copied: &'static str {
        fr: "Le navigateur n’a pas permis de copier : sélectionnez le lien ci-dessous et copiez-le.",
        en: "The browser did not allow copying: select the link below and copy it.",
    }
    workshop_heading: &'static str {
        fr: "Atelier : combiner et comparer",
        en: "Workshop: combine and compare",
    }
    workshop_hint: &'static str {
        fr: "Combinez le fichier d’un participant avec votre brouillon, ou voyez ce qui a changé depuis une autre version (un fichier, ou une version de l’historique).",
        en: "Combine a participant's file with your draft, or see what changed since another version (a file, or a version in the history).",
    }
}
