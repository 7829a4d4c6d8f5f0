//! The reply checker's findings on one text: each says what is wrong and which principle it
//! serves, and quotes its span; the quote selects that span in the text.

use std::ops::Range;

use charter::checker::{utf16_span, Finding};
use charter::validate::Severity;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_messages;
use crate::state::use_app;

/// The findings list under the textarea `textarea_id`, whose text is `text`.
#[component]
pub fn ReplyFindings(
    /// The DOM id of the textarea whose text was checked (a quote selects its span there).
    textarea_id: String,
    /// The text that was checked, as the spans count it.
    #[prop(into)]
    text: Signal<String>,
    /// The checker's findings on `text`.
    findings: Memo<Vec<Finding>>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let list_id = format!("{textarea_id}-findings");
    let select = move |span: Range<usize>| {
        let id = textarea_id.clone();
        move |_| {
            let Some(area) = document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let (start, end) = text.with_untracked(|text| utf16_span(text, &span));
            let _ = area.focus();
            let _ = area.set_selection_range(start, end);
        }
    };
    view! {
        <div class="findings" id=list_id data-testid="findings">
            // an empty box has no verdict: "nothing to flag" under nothing reads as approval
            <p class="findings-summary" aria-live="polite">
                {move || {
                    let written = text.with(|text| !text.trim().is_empty());
                    written.then(|| (w.get().findings_count)(findings.with(Vec::len)))
                }}
            </p>
            <ul>
                {move || {
                    let lang = app.ui_lang.get();
                    findings
                        .get()
                        .into_iter()
                        .map(|finding| {
                            let quoted: String = text.with(|text| text.get(finding.span.clone()).unwrap_or_default().chars().take(60).collect());
                            let error = finding.severity == Severity::Error;
                            let message = finding.message(lang);
                            let show = (!quoted.is_empty()).then(|| {
                                let label = (w.get().show_in_text)(&quoted);
                                view! {
                                    <button type="button" class="span-link" aria-label=label on:click=select(finding.span.clone())>
                                        {(w.get().quoted)(&quoted)}
                                    </button>
                                }
                            });
                            view! {
                                <li class:error=error class:warning=!error data-rule=finding.rule.id()>
                                    <span class="severity">{move || if error { t.get().error } else { t.get().warning }}</span>
                                    " "
                                    {message}
                                    " "
                                    {show}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    findings_count: fn(usize) -> String {
        fr: |n| match n { 0 => "Relecture : rien à signaler.".to_owned(), 1 => "Relecture : 1 remarque.".to_owned(), n => format!("Relecture : {n} remarques.") },
        en: |n| match n { 0 => "Review: nothing to flag.".to_owned(), 1 => "Review: 1 remark.".to_owned(), n => format!("Review: {n} remarks.") },
    }
    /// A piece of the reply, quoted as each language quotes.
    quoted: fn(&str) -> String {
        fr: |text| format!("«\u{a0}{text}\u{a0}»"),
        en: |text| format!("“{text}”"),
    }
    show_in_text: fn(&str) -> String {
        fr: |quoted| format!("Sélectionner « {quoted} » dans le texte"),
        en: |quoted| format!("Select “{quoted}” in the text"),
    }
}
