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

use crate::bind::Bind;
use crate::components::{Options, ReplyFindings, SelectField, TextArea};
use crate::i18n::{endonym, use_labels};
use crate::state::use_app;
use crate::steps::choices::placeholder_names;

#[component]
pub fn PracticePanel(
    /// What the reply checker reads of the charter (voice, placeholders, channels).
    relevant: Memo<Arc<Charter>>,
) -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    // positions in Scenario::ALL and Lang::ALL
    let scenario_index = RwSignal::new(0);
    let lang_index = RwSignal::new(app.store.read(|d| d.charter().meta.language.index()));
    let scenario = Signal::derive(move || Scenario::ALL[scenario_index.get()]);
    let lang = Signal::derive(move || Lang::ALL[lang_index.get()]);
    let saved: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <details class="practice" id="practice">
            <summary>{move || w.get().practice_title}</summary>
            <p class="hint">{move || w.get().practice_intro}</p>
            <div class="row">
                <SelectField
                    bind=Bind::local("practice-scenario", scenario_index)
                    label=move || w.get().practice_scenario
                    options=Options::of(&Scenario::ALL, move |s| s.title(app.ui_lang.get()).to_owned())
                />
                <SelectField
                    bind=Bind::local("practice-lang", lang_index)
                    label=move || w.get().practice_language
                    options=Options::of(&Lang::ALL, |l| endonym(l).to_owned())
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
    scenario: Signal<Scenario>,
    lang: Signal<Lang>,
    relevant: Memo<Arc<Charter>>,
    saved: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
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
        let wm = w.get_untracked();
        let situation =
            (labels(app.store.read(|d| d.charter().meta.language)).situation_name)(kind);
        let title = (wm.practice_template_title)(
            scenario.get_untracked().title(lang.get_untracked()),
            situation,
        );
        app.store.apply(|d| {
            d.add_template_from(&title, kind, lang.get_untracked(), reply.trim());
        });
        saved.set(Some((wm.practice_saved)(&title)));
    };
    let l = use_labels();
    let situation = move || (l.get().situation_name)(kind);
    view! {
        <section class="exercise" aria-labelledby=format!("{id}-heading")>
            <h3 id=format!("{id}-heading")>{situation}</h3>
            <blockquote class="incoming" lang=move || lang.get().code()>
                {move || scenario.get().incoming(kind, lang.get())}
            </blockquote>
            <TextArea
                bind=Bind::local(id.clone(), text)
                label=move || w.get().practice_reply
                rows=4
                suggestions=placeholder_names(relevant)
            />
            <ReplyFindings textarea_id=id.clone() text=text findings />
            <button type="button" class="button" id=format!("{id}-keep") on:click=keep
                disabled=move || text.with(|t| t.trim().is_empty())>
                {move || w.get().practice_keep}
            </button>
        </section>
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    practice_intro: &'static str {
        fr: "Choisissez un scénario, répondez aux trois messages (un avis positif, un avis négatif, un troll) et lisez les remarques au fil de la frappe. Gardez les meilleures réponses comme modèles.",
        en: "Pick a scenario, answer the three messages (a positive review, a negative review, a troll) and read the remarks as you type. Keep the best replies as templates.",
    }
    practice_keep: &'static str {
        fr: "Garder comme modèle",
        en: "Keep as a template",
    }
    practice_language: &'static str {
        fr: "Langue des réponses",
        en: "Language of the replies",
    }
    practice_reply: &'static str {
        fr: "Votre réponse",
        en: "Your reply",
    }
    practice_saved: fn(&str) -> String {
        fr: |title| format!("« {title} » a été ajouté aux modèles, en fin de liste."),
        en: |title| format!("“{title}” was added to the templates, at the end of the list."),
    }
    practice_scenario: &'static str {
        fr: "Scénario",
        en: "Scenario",
    }
    practice_template_title: fn(&str, &str) -> String {
        fr: |scenario, situation| format!("{scenario} — {situation}"),
        en: |scenario, situation| format!("{scenario} — {situation}"),
    }
    practice_title: &'static str {
        fr: "S’entraîner : l’exercice des trois réponses",
        en: "Practise: the three-replies exercise",
    }
}
