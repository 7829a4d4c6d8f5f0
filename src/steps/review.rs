//! Step 10: Review & export. The problems to fix (an error summary whose links open the right
//! step and focus the field), a check-answers summary of each section with a Change link, and
//! every export: downloads (JSON, Markdown, the web page), clipboard, print, a share link, the
//! workshop's combine and compare, and the files for other tools.

use charter::document::Section;
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
    let w = crate::i18n::words(Words::get);
    let copied: RwSignal<Option<String>> = RwSignal::new(None);
    let copy = move |what: Copyable| {
        spawn_local(async move {
            let ok = export::copy(app, what).await;
            let m = t.get_untracked();
            let wm = w.get_untracked();
            copied.set(Some(if ok { m.copied } else { wm.copy_failed }.to_owned()));
        })
    };
    // a download, confirmed with the file's name in the same status line
    let said = move |name: Option<String>| {
        if let Some(name) = name {
            copied.set(Some((w.get_untracked().downloaded)(&name)));
        }
    };
    view! {
        <StepFrame step=Step::Review>
            // the page is long (on a phone the panels are screens away): a contents list
            <nav class="on-page" aria-labelledby="on-page-heading">
                <h2 id="on-page-heading" class="visually-hidden">{move || w.get().on_page}</h2>
                <ul>
                    {[
                        ("export-heading", "jump-export", (|w: &Words| w.export) as fn(&Words) -> &'static str),
                        ("share-heading", "jump-share", |w: &Words| w.jump_share),
                        ("workshop-heading", "jump-workshop", |w: &Words| w.jump_workshop),
                        ("tools-heading", "jump-tools", |w: &Words| w.jump_tools),
                    ]
                    .into_iter()
                    .map(|(target, id, label)| view! {
                        <li>
                            <button type="button" class="link-button" id=id on:click=move |_| crate::focus::jump_to(target)>
                                {move || label(w.get())}
                            </button>
                        </li>
                    })
                    .collect_view()}
                </ul>
            </nav>
            <ErrorSummary />
            <h2 class="subheading">{move || w.get().summary}</h2>
            <dl class="summary">
                {Section::ALL.into_iter().map(summary_row).collect_view()}
            </dl>
            <section class="export-panel" aria-labelledby="export-heading">
                <h2 id="export-heading" class="subheading" tabindex="-1">{move || w.get().export}</h2>
                <p class="hint">{move || w.get().export_hint}</p>
                // what a brand team publishes first; the JSON (for Porte-voix and other tools)
                // and the templates after
                <div class="button-row">
                    <button type="button" class="button primary" id="download-html" on:click=move |_| said(export::download_charter_html(app))>
                        {move || w.get().download_html}
                    </button>
                    <button type="button" class="button" id="download-markdown" on:click=move |_| said(export::download_charter_markdown(app))>
                        {move || w.get().download_markdown}
                    </button>
                    <button type="button" class="button" id="download-json" on:click=move |_| {
                        spawn_local(async move { said(crate::sync::backup_now(app.sync).await) })
                    }>
                        {move || w.get().download_json}
                    </button>
                    <button type="button" class="button" id="download-templates-json" on:click=move |_| said(export::download_templates_json(app))>
                        {move || w.get().download_templates_json}
                    </button>
                    <button type="button" class="button" id="download-templates-markdown" on:click=move |_| said(export::download_templates_markdown(app))>
                        {move || w.get().download_templates_markdown}
                    </button>
                </div>
                <div class="button-row">
                    <button type="button" class="button quiet" id="copy-markdown" on:click=move |_| copy(Copyable::Markdown)>
                        {move || w.get().copy_markdown}
                    </button>
                    <button type="button" class="button quiet" id="copy-json" on:click=move |_| copy(Copyable::Json)>
                        {move || w.get().copy_json}
                    </button>
                    <button type="button" class="button quiet" id="print" on:click=move |_| { let _ = window().print(); }>
                        {move || w.get().print}
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
    let w = crate::i18n::words(Words::get);
    let entries = Memo::new(move |_| {
        let lang = app.ui_lang.get();
        app.problems.with(|problems| {
            app.store.read(|d| {
                review_list(d.charter(), problems.problems())
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
    let errors = move || app.problems.with(|p| p.total(Severity::Error));
    let total = move || {
        app.problems
            .with(|p| p.total(Severity::Error) + p.total(Severity::Warning))
    };
    view! {
        <Show
            when=move || entries.with(|e| !e.is_empty())
            fallback=move || view! { <p class="all-good" id="no-problems">{move || w.get().no_problems}</p> }
        >
            <div class="error-summary" aria-labelledby="problems-heading" tabindex="-1" id="error-summary">
                <h2 id="problems-heading">{move || (w.get().problems_heading)(errors(), total() - errors())}</h2>
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
                    <p class="hint" id="more-problems">{move || (w.get().more_problems)(LISTED_PROBLEMS, total())}</p>
                </Show>
            </div>
        </Show>
    }
}

/// One section of the check-answers summary: what it holds, and a link to change it.
fn summary_row(section: Section) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let step = Step::Edit(section);
    let text = move || {
        let wm = w.get();
        // a section's summary reads that section only (charter::summary)
        app.store.watch_section(section);
        match app.store.read(|d| summarize(d.charter(), section)) {
            Summary::BrandVoice {
                title,
                brand,
                tone_traits,
            } => (wm.brand_summary)(&title, &brand, tone_traits),
            Summary::Names(names) if names.is_empty() => wm.none_yet.to_owned(),
            Summary::Names(names) => names.join(", "),
            Summary::ResponseTimes {
                default_target,
                channel_targets,
            } => (wm.times_summary)(&format_delay(default_target), channel_targets),
            Summary::Moderation { house_rules, rules } => {
                (wm.moderation_summary)(house_rules, rules)
            }
            Summary::Crisis {
                spokesperson,
                escalation_steps,
                holding_statements,
            } => (wm.crisis_summary)(&spokesperson, escalation_steps, holding_statements),
            Summary::Engagement { rituals } => (wm.engagement_summary)(rituals),
            Summary::Templates {
                placeholders,
                templates,
            } => (wm.templates_summary)(placeholders, templates),
        }
    };
    view! {
        <div class="summary-row">
            <dt>{move || t.get().step_title(step)}</dt>
            <dd>{text}</dd>
            <dd>
                <a href=format!("#/{}", step.slug()) id=format!("change-{}", step.slug())>
                    {move || w.get().change}
                    <span class="visually-hidden">{move || format!(" {}", t.get().step_title(step))}</span>
                </a>
            </dd>
        </div>
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    brand_summary: fn(&str, &str, usize) -> String {
        fr: |title, brand, tones| { let title = if title.is_empty() { "sans titre" } else { title }; let brand = if brand.is_empty() { "marque non renseignée" } else { brand }; format!("{title} ({brand}), {}", charter::count::Count::new("aucun trait de ton", "trait de ton", "traits de ton").of(tones)) },
        en: |title, brand, tones| { let title = if title.is_empty() { "untitled" } else { title }; let brand = if brand.is_empty() { "no brand yet" } else { brand }; format!("{title} ({brand}), {}", charter::count::Count::new("no tone traits", "tone trait", "tone traits").of(tones)) },
    }
    change: &'static str {
        fr: "Modifier",
        en: "Change",
    }
    copy_failed: &'static str {
        fr: "La copie a été refusée par le navigateur ; utilisez le téléchargement.",
        en: "The browser refused to copy; use the download instead.",
    }
    copy_json: &'static str {
        fr: "Copier le JSON",
        en: "Copy the JSON",
    }
    copy_markdown: &'static str {
        fr: "Copier le Markdown",
        en: "Copy the Markdown",
    }
    crisis_summary: fn(&str, usize, usize) -> String {
        fr: |spokesperson, steps, statements| { let who = if spokesperson.is_empty() { "pas de porte-parole" } else { spokesperson }; format!("{who}, {}, {}", charter::count::Count::new("aucune étape d’escalade", "étape d’escalade", "étapes d’escalade").of(steps), charter::count::Count::new("aucun message d’attente", "message d’attente", "messages d’attente").of(statements)) },
        en: |spokesperson, steps, statements| { let who = if spokesperson.is_empty() { "no spokesperson" } else { spokesperson }; format!("{who}, {}, {}", charter::count::Count::new("no escalation steps", "escalation step", "escalation steps").of(steps), charter::count::Count::new("no holding statements", "holding statement", "holding statements").of(statements)) },
    }
    download_html: &'static str {
        fr: "Télécharger la page web (HTML)",
        en: "Download the web page (HTML)",
    }
    download_json: &'static str {
        fr: "Télécharger la charte (JSON)",
        en: "Download the charter (JSON)",
    }
    download_markdown: &'static str {
        fr: "Télécharger la charte (Markdown)",
        en: "Download the charter (Markdown)",
    }
    download_templates_json: &'static str {
        fr: "Télécharger les modèles (JSON)",
        en: "Download the templates (JSON)",
    }
    download_templates_markdown: &'static str {
        fr: "Télécharger les modèles (Markdown)",
        en: "Download the templates (Markdown)",
    }
    engagement_summary: fn(usize) -> String {
        fr: |rituals| charter::count::Count::new("aucun rituel", "rituel", "rituels").of(rituals),
        en: |rituals| charter::count::Count::new("no rituals", "ritual", "rituals").of(rituals),
    }
    export: &'static str {
        fr: "Exporter",
        en: "Export",
    }
    export_hint: &'static str {
        fr: "Chaque fichier porte le nom de la charte et, à l’intérieur, la date du jour.",
        en: "Each file is named after the charter and carries today’s date inside.",
    }
    downloaded: fn(&str) -> String {
        fr: |name| format!("Téléchargé : {name} (dans le dossier des téléchargements de votre navigateur)."),
        en: |name| format!("Downloaded: {name} (in your browser’s downloads folder)."),
    }
    jump_share: &'static str {
        fr: "Partager ou renvoyer",
        en: "Share or send back",
    }
    jump_tools: &'static str {
        fr: "Fichiers pour d’autres outils",
        en: "Files for other tools",
    }
    jump_workshop: &'static str {
        fr: "Atelier",
        en: "Workshop",
    }
    moderation_summary: fn(usize, usize) -> String {
        fr: |rules, moderation| format!("{}, {}", charter::count::Count::new("aucune règle de la communauté", "règle de la communauté", "règles de la communauté").of(rules), charter::count::Count::new("aucune règle de modération", "règle de modération", "règles de modération").of(moderation)),
        en: |rules, moderation| format!("{}, {}", charter::count::Count::new("no house rules", "house rule", "house rules").of(rules), charter::count::Count::new("no moderation rules", "moderation rule", "moderation rules").of(moderation)),
    }
    more_problems: fn(usize, usize) -> String {
        fr: |listed, total| format!("Les {listed} premiers sur {total} sont listés ; les suivants apparaissent à mesure que vous les corrigez."),
        en: |listed, total| format!("The first {listed} of {total} are listed; the others appear as you fix these."),
    }
    no_problems: &'static str {
        fr: "Aucun problème : la charte est cohérente.",
        en: "No problems: the charter is consistent.",
    }
    none_yet: &'static str {
        fr: "aucun pour l’instant",
        en: "none yet",
    }
    on_page: &'static str {
        fr: "Sur cette page",
        en: "On this page",
    }
    print: &'static str {
        fr: "Imprimer",
        en: "Print",
    }
    problems_heading: fn(usize, usize) -> String {
        fr: |errors, warnings| format!("À corriger : {}, {}", charter::count::Count::new("aucune erreur", "erreur", "erreurs").of(errors), charter::count::Count::new("aucun avertissement", "avertissement", "avertissements").of(warnings)),
        en: |errors, warnings| format!("To fix: {}, {}", charter::count::Count::new("no errors", "error", "errors").of(errors), charter::count::Count::new("no warnings", "warning", "warnings").of(warnings)),
    }
    summary: &'static str {
        fr: "Récapitulatif",
        en: "Summary",
    }
    templates_summary: fn(usize, usize) -> String {
        fr: |placeholders, templates| format!("{}, {}", charter::count::Count::new("aucune variable", "variable", "variables").of(placeholders), charter::count::Count::new("aucun modèle", "modèle", "modèles").of(templates)),
        en: |placeholders, templates| format!("{}, {}", charter::count::Count::new("no placeholders", "placeholder", "placeholders").of(placeholders), charter::count::Count::new("no templates", "template", "templates").of(templates)),
    }
    times_summary: fn(&str, usize) -> String {
        fr: |default, targets| format!("{default} par défaut, {}", charter::count::Count::new("aucun délai par canal", "délai par canal", "délais par canal").of(targets)),
        en: |default, targets| format!("{default} by default, {}", charter::count::Count::new("no channel targets", "channel target", "channel targets").of(targets)),
    }
}
