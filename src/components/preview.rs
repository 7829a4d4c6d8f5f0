//! The live preview: Markdown rendered to HTML that can hold no live user markup (see
//! `charter::html`). Collapsible, so that it gets out of the way on narrow screens. Lists are
//! previewed block by block, for the page of items their step shows, so that a preview costs
//! the same whatever a charter holds.

use charter::document::Change;
use charter::document::ListKind;
use charter::document::Placeholder;
use charter::document::Section;
use charter::html::render_safe;
use charter::markdown::{self, PersonaNames, TemplateContext};
use charter::template::with_samples;
use leptos::prelude::*;

use crate::components::item_list::list_window;
use crate::state::use_app;

/// Past this many bytes of Markdown (about ten screens), the browser lays out only the
/// preview's blocks near the viewport (`.preview-body.long` in app.css).
const LONG_PREVIEW: usize = 100_000;

/// The preview of a step that edits one section outside the lists' steps: the section's
/// Markdown, written again when the section or one it reads changes (see
/// `charter::markdown::section_reads`), never on a keystroke elsewhere, and rendered block by
/// block (`charter::markdown::blocks`): a keystroke redraws the block it changed, not a table
/// of a hundred channels beside it.
#[component]
pub fn SectionPreview(
    /// The preview's title, in its summary.
    #[prop(into)]
    title: Signal<&'static str>,
    /// The section the step edits.
    section: Section,
) -> impl IntoView {
    let store = use_app().store;
    let markdown = Memo::new(move |_| {
        for read in std::iter::once(&section).chain(markdown::section_reads(section)) {
            store.watch_section(*read);
        }
        store.read(|d| markdown::render_section(d.charter(), section))
    });
    // each block keyed by its place and its text: an unchanged block keeps its DOM
    let blocks = move || {
        markdown.with(|md| {
            markdown::blocks(md)
                .into_iter()
                .enumerate()
                .map(|(i, block)| (i, block.to_owned()))
                .collect::<Vec<_>>()
        })
    };
    let long = move || markdown.with(|md| md.len() > LONG_PREVIEW);
    view! {
        <details class="preview" open>
            <summary id="preview-title">{title}</summary>
            <div class="preview-body" class:long=long data-testid="preview">
                <For each=blocks key=|block| block.clone() let:block>
                    <div inner_html=render_safe(&block.1)></div>
                </For>
            </div>
        </details>
    }
}

/// The preview of the personas or channels step: the section's heading, then one block per
/// item of the page the step shows, each re-rendered only when its item (or, for a channel,
/// the personas' names) changes: a keystroke costs one block, whatever the list holds.
#[component]
pub fn ListPreview(
    /// The preview's title, in its summary.
    #[prop(into)]
    title: Signal<&'static str>,
    /// The list the step edits: personas or channels.
    kind: ListKind,
) -> impl IntoView {
    let app = use_app();
    let store = app.store;
    let section = kind.section();
    let lang = Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        store.read(|d| d.charter().meta.language)
    });
    let head = Memo::new(move |_| {
        store.watch_list(kind);
        lang.track();
        store.read(|d| render_safe(&markdown::render_list_head(d.charter(), section)))
    });
    let personas = Memo::new(move |_| {
        if kind != ListKind::Channels {
            return PersonaNames::default();
        }
        store.watch_items(ListKind::Personas);
        store.read(|d| PersonaNames::of(d.charter()))
    });
    paged_preview(
        title,
        kind,
        head,
        move |id| list_block(kind, id, lang, personas),
        (),
    )
}

/// A preview built block by block: the head, then one block per item of the page the step
/// shows (see `charter::paging`), each keyed by its item's id; `foot` follows the blocks.
fn paged_preview<V: IntoView + 'static>(
    title: Signal<&'static str>,
    kind: ListKind,
    head: Memo<String>,
    block: impl Fn(String) -> V + Clone + Send + Sync + 'static,
    foot: impl IntoView + 'static,
) -> impl IntoView {
    let window = list_window(kind);
    let ids = Memo::new(move |_| window.with(|w| w.shown.clone()));
    view! {
        <details class="preview" open>
            <summary id="preview-title">{title}</summary>
            <div class="preview-body" data-testid="preview">
                <div inner_html=head></div>
                <For each=move || ids.get() key=|id| id.clone() children=block />
                {foot}
            </div>
        </details>
    }
}

/// The preview of Start and Review: the whole charter as exported, but of its templates only
/// the page the templates step shows, and a line saying so when there are more: a charter of
/// 300 templates opens Review as fast as the example (issue 12), and the exports hold them all.
#[component]
pub fn CharterPreview(
    /// The preview's title, in its summary.
    #[prop(into)]
    title: Signal<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let store = app.store;
    let w = crate::i18n::words(Words::get);
    let head = Memo::new(move |_| {
        store.read_all(|d| render_safe(&markdown::render_before_templates(d.charter())))
    });
    let context = Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        store.watch_items(ListKind::Channels);
        store.read(|d| TemplateContext::of(d.charter()))
    });
    // the appendix of placeholders, after the templates as in the exports
    let appendix = Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        store.watch_items(ListKind::Placeholders);
        store.read(|d| render_safe(&markdown::render_after_templates(d.charter())))
    });
    let window = list_window(ListKind::Templates);
    let shown = move || {
        window.with(|win| {
            (win.shown.len() < win.total).then(|| {
                let (first, last, total) = (win.first + 1, win.first + win.shown.len(), win.total);
                view! {
                    <p class="hint" id="preview-templates-shown">
                        {move || (w.get().preview_templates_shown)(first, last, total)}
                    </p>
                }
            })
        })
    };
    let foot = view! {
        {shown}
        <div inner_html=appendix></div>
    };
    paged_preview(
        title,
        ListKind::Templates,
        head,
        move |id| template_block(id, context, None),
        foot,
    )
}

/// One persona's or channel's block.
fn list_block(
    kind: ListKind,
    id: String,
    lang: Memo<charter::Lang>,
    personas: Memo<PersonaNames>,
) -> impl IntoView {
    let store = use_app().store;
    let html = Memo::new(move |_| {
        store.watch(&Change::Item(kind, id.clone()));
        let lang = lang.get();
        store.read(|d| {
            let c = d.charter();
            let markdown = match kind {
                ListKind::Channels => c
                    .channels
                    .iter()
                    .find(|ch| ch.id == id)
                    .map(|ch| personas.with(|p| markdown::render_channel_block(lang, p, ch))),
                _ => c
                    .personas
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| markdown::render_persona_block(lang, p)),
            };
            markdown.map(|md| render_safe(&md)).unwrap_or_default()
        })
    });
    view! { <div inner_html=html></div> }
}

/// The preview of the templates step: the same Markdown as the templates section, with sample
/// values in place of the placeholders, for the templates of the page the step shows, rendered
/// block by block, so that a keystroke in one template re-renders that template only.
#[component]
pub fn TemplatesPreview(
    /// The preview's title, in its summary.
    #[prop(into)]
    title: Signal<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let store = app.store;
    // the head shows the placeholders and whether there are templates
    let head = Memo::new(move |_| {
        store.watch_items(ListKind::Placeholders);
        store.watch_list(ListKind::Templates);
        store.read(|d| render_safe(&markdown::render_templates_head(d.charter())))
    });
    let context = Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        store.watch_items(ListKind::Channels);
        store.read(|d| TemplateContext::of(d.charter()))
    });
    let placeholders = Memo::new(move |_| {
        store.watch_items(ListKind::Placeholders);
        store.read(|d| d.charter().placeholders.clone())
    });
    paged_preview(
        title,
        ListKind::Templates,
        head,
        move |id| template_block(id, context, Some(placeholders)),
        (),
    )
}

/// One template: with sample values in place of its placeholders when `samples` are given (the
/// templates step), as written otherwise (the whole charter, as exported).
fn template_block(
    id: String,
    context: Memo<TemplateContext>,
    samples: Option<Memo<Vec<Placeholder>>>,
) -> impl IntoView {
    let app = use_app();
    let template = Memo::new(move |_| {
        app.store
            .watch(&Change::Item(ListKind::Templates, id.clone()));
        app.store
            .read(|d| d.charter().templates.iter().find(|t| t.id == id).cloned())
    });
    // Filled first, compared, then rendered: a placeholder edited elsewhere re-renders only
    // the templates whose text it changes.
    let filled = Memo::new(move |_| {
        template.with(|t| {
            t.as_ref().map(|t| match samples {
                Some(placeholders) => placeholders.with(|p| with_samples(t, p)),
                None => t.clone(),
            })
        })
    });
    let html = Memo::new(move |_| {
        filled.with(|t| {
            t.as_ref()
                .map(|t| context.with(|c| render_safe(&markdown::render_template_block(c, t))))
                .unwrap_or_default()
        })
    });
    view! { <div inner_html=html></div> }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    preview_templates_shown: fn(usize, usize, usize) -> String {
        fr: |first, last, total| format!("Aperçu des modèles {first} à {last} sur {total} : l’étape « Modèles de réponse » les montre page par page, et chaque export les contient tous."),
        en: |first, last, total| format!("Templates {first} to {last} of {total} previewed: the Reply templates step shows them page by page, and every export holds them all."),
    }
}
