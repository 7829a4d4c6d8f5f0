//! Step 10: Review & export. The problems to fix (an error summary whose links open the right
//! step and focus the field), a check-answers summary of each section with a Change link, and
//! every export: downloads (JSON, Markdown, the web page), clipboard, print, a share link, the
//! workshop's combine and compare, and the files for other tools.

use charter::locate::Section;
use charter::parse::format_delay;
use charter::summary::{review_list, summarize, Summary};
use charter::validate::Severity;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{SharePanel, StepFrame, ToolPanel, WorkshopPanel};
use crate::export::{self, Copyable};
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn ReviewStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let copied: RwSignal<Option<String>> = RwSignal::new(None);
    let copy = move |what: Copyable| {
        spawn_local(async move {
            let ok = export::copy(app, what).await;
            let m = t.get_untracked();
            copied.set(Some(if ok { m.copied } else { m.copy_failed }.to_owned()));
        })
    };
    view! {
        <StepFrame step=Step::Review>
            <ErrorSummary />
            <h2 class="subheading">{move || t.get().summary}</h2>
            <dl class="summary">
                {Section::ALL.into_iter().map(summary_row).collect_view()}
            </dl>
            <section class="export-panel" aria-labelledby="export-heading">
                <h2 id="export-heading" class="subheading">{move || t.get().export}</h2>
                <p class="hint">{move || t.get().export_hint}</p>
                <div class="button-row">
                    <button type="button" class="button primary" id="download-json" on:click=move |_| export::download_charter_json(app)>
                        {move || t.get().download_json}
                    </button>
                    <button type="button" class="button" id="download-markdown" on:click=move |_| export::download_charter_markdown(app)>
                        {move || t.get().download_markdown}
                    </button>
                    <button type="button" class="button" id="download-html" on:click=move |_| export::download_charter_html(app)>
                        {move || t.get().download_html}
                    </button>
                    <button type="button" class="button" id="download-templates-json" on:click=move |_| export::download_templates_json(app)>
                        {move || t.get().download_templates_json}
                    </button>
                    <button type="button" class="button" id="download-templates-markdown" on:click=move |_| export::download_templates_markdown(app)>
                        {move || t.get().download_templates_markdown}
                    </button>
                </div>
                <div class="button-row">
                    <button type="button" class="button quiet" id="copy-markdown" on:click=move |_| copy(Copyable::Markdown)>
                        {move || t.get().copy_markdown}
                    </button>
                    <button type="button" class="button quiet" id="copy-json" on:click=move |_| copy(Copyable::Json)>
                        {move || t.get().copy_json}
                    </button>
                    <button type="button" class="button quiet" id="print" on:click=move |_| { let _ = window().print(); }>
                        {move || t.get().print}
                    </button>
                </div>
                <p role="status" class="copy-status">{move || copied.get()}</p>
            </section>
            <SharePanel />
            <WorkshopPanel />
            <ToolPanel />
        </StepFrame>
    }
}

/// How many problems the summary lists: enough to work through, few enough to build at once
/// whatever a charter holds (the heading counts them all).
const LISTED_PROBLEMS: usize = 50;

/// The problems, errors first, each a link to its field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let entries = Memo::new(move |_| {
        let lang = app.ui_lang.get();
        app.problems.with(|problems| {
            app.store.read(|d| {
                review_list(d.charter(), &problems.list)
                    .into_iter()
                    .take(LISTED_PROBLEMS)
                    .map(|(p, at)| {
                        (
                            p.severity,
                            p.kind.message(lang),
                            at.section,
                            at.candidates,
                            at.item,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let errors = move || app.problems.with(|p| p.errors());
    let total = move || app.problems.with(|p| p.list.len());
    view! {
        <Show
            when=move || entries.with(|e| !e.is_empty())
            fallback=move || view! { <p class="all-good" id="no-problems">{move || t.get().no_problems}</p> }
        >
            <div class="error-summary" aria-labelledby="problems-heading" tabindex="-1" id="error-summary">
                <h2 id="problems-heading">{move || (t.get().problems_heading)(errors(), total() - errors())}</h2>
                <ul>
                    <For each=move || entries.get().into_iter().enumerate() key=|(i, e)| (*i, e.1.clone()) let:entry>
                        {
                            let (_, (severity, message, section, candidates, item)) = entry;
                            let step = Step::Edit(section);
                            let go = move |ev: web_sys::MouseEvent| {
                                ev.prevent_default();
                                app.go_and_focus(step, candidates.clone(), item.as_deref());
                            };
                            view! {
                                <li class:warning=severity == Severity::Warning>
                                    <span class="severity">
                                        {move || if severity == Severity::Error { t.get().error } else { t.get().warning }}
                                    </span>
                                    " "
                                    <a href=format!("#/{}", step.slug()) on:click=go>{message}</a>
                                    " — "
                                    <span class="where">{move || t.get().step_title(step)}</span>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <Show when=move || { total() > LISTED_PROBLEMS }>
                    <p class="hint" id="more-problems">{move || (t.get().more_problems)(LISTED_PROBLEMS, total())}</p>
                </Show>
            </div>
        </Show>
    }
}

/// One section of the check-answers summary: what it holds, and a link to change it.
fn summary_row(section: Section) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let step = Step::Edit(section);
    let text = move || {
        let m = t.get();
        match app.store.read_all(|d| summarize(d.charter(), section)) {
            Summary::BrandVoice {
                title,
                brand,
                tone_traits,
            } => (m.brand_summary)(&title, &brand, tone_traits),
            Summary::Names(names) if names.is_empty() => m.none_yet.to_owned(),
            Summary::Names(names) => names.join(", "),
            Summary::ResponseTimes {
                default_target,
                channel_targets,
            } => (m.times_summary)(&format_delay(default_target), channel_targets),
            Summary::Moderation { house_rules, rules } => {
                (m.moderation_summary)(house_rules, rules)
            }
            Summary::Crisis {
                spokesperson,
                escalation_steps,
                holding_statements,
            } => (m.crisis_summary)(&spokesperson, escalation_steps, holding_statements),
            Summary::Engagement { rituals } => (m.engagement_summary)(rituals),
            Summary::Templates {
                placeholders,
                templates,
            } => (m.templates_summary)(placeholders, templates),
        }
    };
    view! {
        <div class="summary-row">
            <dt>{move || t.get().step_title(step)}</dt>
            <dd>{text}</dd>
            <dd>
                <a href=format!("#/{}", step.slug()) id=format!("change-{}", step.slug())>
                    {move || t.get().change}
                    <span class="visually-hidden">{move || format!(" {}", t.get().step_title(step))}</span>
                </a>
            </dd>
        </div>
    }
}
