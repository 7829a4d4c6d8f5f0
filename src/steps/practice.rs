//! The practice panel of the templates step, for workshops: pick a scenario, write the three
//! replies of the exercise (to a positive review, a negative review and a troll) with the
//! reply checker's feedback as you type, and keep the best ones as templates.

use std::sync::Arc;

use charter::checker::{check, Context};
use charter::document::{Situation, Visibility};
use charter::labels::labels;
use charter::practice::{Scenario, KINDS};
use charter::{Charter, Lang};
use leptos::prelude::*;

use crate::components::{ReplyFindings, SelectField, TextArea};
use crate::i18n::{endonym, use_messages};
use crate::state::use_app;
use crate::steps::templates::placeholder_names;

#[component]
pub fn PracticePanel(relevant: Memo<Arc<Charter>>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let scenario = RwSignal::new(Scenario::LateDelivery);
    let lang = RwSignal::new(app.draft.with_untracked(|d| d.charter.meta.language));
    let saved: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <details class="practice" id="practice">
            <summary>{move || t.get().practice_title}</summary>
            <p class="hint">{move || t.get().practice_intro}</p>
            <div class="row">
                <SelectField
                    id="practice-scenario".to_owned()
                    label=move || t.get().practice_scenario
                    options=Scenario::ALL.to_vec()
                    option_label=Callback::new(move |s: Scenario| s.title(app.ui_lang.get()).to_owned())
                    value=scenario
                    on_change=Callback::new(move |s| scenario.set(s))
                />
                <SelectField
                    id="practice-lang".to_owned()
                    label=move || t.get().practice_language
                    options=Lang::ALL.to_vec()
                    option_label=Callback::new(|l| endonym(l).to_owned())
                    value=lang
                    on_change=Callback::new(move |l| lang.set(l))
                />
            </div>
            {KINDS.into_iter().map(|kind| exercise(kind, scenario, lang, relevant, saved)).collect_view()}
            <p role="status" class="copy-status">{move || saved.get()}</p>
        </details>
    }
}

/// One reply of the exercise: the incoming message, the reply, its findings, and "keep it".
fn exercise(
    kind: Situation,
    scenario: RwSignal<Scenario>,
    lang: RwSignal<Lang>,
    relevant: Memo<Arc<Charter>>,
    saved: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let key = match kind {
        Situation::PositiveReview => "positive",
        Situation::NegativeReview => "negative",
        _ => "troll",
    };
    let id = format!("practice-{key}");
    let text = RwSignal::new(String::new());
    let findings = Memo::new(move |_| {
        let reply = text.get();
        if reply.trim().is_empty() {
            return Vec::new();
        }
        relevant.with(|c| {
            check(
                &reply,
                &Context {
                    charter: c,
                    situation: kind,
                    visibility: Visibility::Public,
                    channel_ids: &[],
                    lang: lang.get(),
                },
            )
        })
    });
    let keep = move |_| {
        let reply = text.get_untracked();
        if reply.trim().is_empty() {
            return;
        }
        let m = t.get_untracked();
        let situation =
            labels(app.draft.with_untracked(|d| d.charter.meta.language)).situation(kind);
        let title = (m.practice_template_title)(
            scenario.get_untracked().title(lang.get_untracked()),
            situation,
        );
        app.draft.update(|d| {
            d.add_template_from(&title, kind, lang.get_untracked(), reply.trim());
        });
        saved.set(Some((m.practice_saved)(&title)));
    };
    let situation = move || labels(app.ui_lang.get()).situation(kind);
    view! {
        <section class="exercise" aria-labelledby=format!("{id}-heading")>
            <h3 id=format!("{id}-heading")>{situation}</h3>
            <blockquote class="incoming" lang=move || lang.get().code()>
                {move || scenario.get().incoming(kind, lang.get())}
            </blockquote>
            <TextArea
                id=id.clone()
                label=move || t.get().practice_reply
                value=text
                on_input=Callback::new(move |v| text.set(v))
                rows=4
                suggestions=placeholder_names(relevant)
            />
            <ReplyFindings textarea_id=id.clone() text=text findings />
            <button type="button" class="button" id=format!("{id}-keep") on:click=keep
                disabled=move || text.with(|t| t.trim().is_empty())>
                {move || t.get().practice_keep}
            </button>
        </section>
    }
}
