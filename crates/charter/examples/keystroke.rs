//! One keystroke in each kind of field, as the core does it, for counting instructions under
//! callgrind (`tests/keystroke_work.rs`, issue 19): the edit, the checks brought up to date
//! ([`Checked::apply`]), and what the step's preview renders again for it. The charter is the
//! large generated one with its templates or its personas set to `N`; each keystroke is counted
//! apart from the building inside [`measure`].
//!
//!   cargo run -p porte-voix-charter --example keystroke -- SHAPE N
//!
//! Prints the keystrokes' names, one per line, in the order they run.

use charter::document::{
    Change, Charter, ListKind, Persona, Placeholder, ReplyTemplate, Ritual, Section,
};
use charter::generate::{charter, Size};
use charter::html::render_safe;
use charter::markdown::{self, TemplateContext};
use charter::paging::PAGE_SIZE;
use charter::template::with_samples;
use charter::validate::{validate, Checked};
use charter::Draft;

/// The list each shape grows.
pub const SHAPES: [&str; 2] = ["templates", "personas"];

/// The only function callgrind counts in (`--toggle-collect`), and after which it writes a
/// profile part (`--dump-after`): one part per keystroke.
#[inline(never)]
fn measure(work: &mut dyn FnMut()) {
    work();
}

/// The large generated charter with `n` templates or `n` personas, each its own (ids kept
/// unique, texts copied round the generated ones).
fn build(shape: &str, n: usize) -> Charter {
    let mut c = charter(7, Size::LARGE).normalized();
    match shape {
        "templates" => {
            let made = c.templates.clone();
            c.templates = (0..n)
                .map(|i| ReplyTemplate {
                    id: format!("template-{}", i + 1),
                    ..made[i % made.len()].clone()
                })
                .collect();
        }
        "personas" => {
            let made = c.personas.clone();
            c.personas = (0..n)
                .map(|i| Persona {
                    id: format!("persona-{}", i + 1),
                    ..made[i % made.len()].clone()
                })
                .collect();
        }
        other => panic!("unknown shape {other:?}; shapes: {SHAPES:?}"),
    }
    // the item typed in (the last) is the same at every n: only the rest of the list grows
    let (template, persona) = (c.templates[0].clone(), c.personas[0].clone());
    let last = c.templates.last_mut().unwrap();
    *last = ReplyTemplate {
        id: std::mem::take(&mut last.id),
        ..template
    };
    let last = c.personas.last_mut().unwrap();
    *last = Persona {
        id: std::mem::take(&mut last.id),
        ..persona
    };
    // a placeholder being named, as a person adds one
    c.placeholders.push(Placeholder {
        id: "placeholder-new".into(),
        name: "numero_de".into(),
        ..Placeholder::default()
    });
    c
}

/// The session a keystroke runs in: the draft and its kept checks.
struct Session {
    draft: Draft,
    checked: Checked,
}

impl Session {
    /// Runs an edit, then brings the checks up to date, as the app does after every edit.
    fn edit(&mut self, edit: impl FnOnce(&mut Draft)) -> Vec<Change> {
        edit(&mut self.draft);
        let changes = self.draft.take_changes();
        self.checked.apply(self.draft.charter(), &changes);
        changes
    }

    fn charter(&self) -> &Charter {
        self.draft.charter()
    }
}

/// One keystroke: its edit, its checks and its preview.
type Keystroke<'a> = Box<dyn FnMut(&mut Session) + 'a>;

/// A text one character longer.
fn typed(text: &str) -> String {
    format!("{text}e")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(shape), Some(n)) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: keystroke SHAPE N (shapes: {SHAPES:?})");
        std::process::exit(2);
    };
    let c = build(&shape, n);
    let lang = c.meta.language;
    let mut s = Session {
        checked: Checked::new(&c),
        draft: Draft::new(c),
    };
    // the last item of each list: finding it is part of the edit
    let last = |s: &Session, kind: ListKind| {
        kind.ids(s.charter())
            .last()
            .copied()
            .unwrap_or_default()
            .to_owned()
    };
    let template = last(&s, ListKind::Templates);
    let persona = last(&s, ListKind::Personas);
    let ritual = last(&s, ListKind::Rituals);
    let context = TemplateContext::of(s.charter());
    let mut keystrokes: Vec<(&str, Keystroke)> = vec![
        (
            "template body",
            Box::new(|s| {
                let t = s.charter().templates.last().unwrap();
                let body = typed(t.body.get(lang).unwrap_or_default());
                s.edit(|d| d.set_text(&template, ReplyTemplate::BODY, lang, body));
                let t = s.charter().templates.last().unwrap();
                drop(render_safe(&markdown::render_template_block(&context, t)));
            }),
        ),
        (
            "template title",
            Box::new(|s| {
                let title = typed(&s.charter().templates.last().unwrap().title);
                s.edit(|d| d.set(&template, ReplyTemplate::TITLE, title));
                let t = s.charter().templates.last().unwrap();
                drop(render_safe(&markdown::render_template_block(&context, t)));
            }),
        ),
        (
            "persona name",
            Box::new(|s| {
                let name = typed(&s.charter().personas.last().unwrap().name);
                s.edit(|d| d.set(&persona, Persona::NAME, name));
                let p = s.charter().personas.last().unwrap();
                drop(render_safe(&markdown::render_persona_block(lang, p)));
            }),
        ),
        (
            "charter title",
            Box::new(|s| {
                let title = typed(&s.charter().meta.title);
                s.edit(|d| d.set("", Charter::TITLE, title));
                section_preview(s.charter(), Section::BrandVoice);
            }),
        ),
        (
            "house rules",
            Box::new(|s| {
                let rules = typed(&s.charter().moderation.house_rules.text());
                s.edit(|d| {
                    d.set(
                        "",
                        Charter::HOUSE_RULES,
                        charter::lines::Lines::from_text(&rules),
                    )
                });
                section_preview(s.charter(), Section::Moderation);
            }),
        ),
        (
            "ritual name",
            Box::new(|s| {
                let name = typed(&s.charter().engagement.rituals.last().unwrap().name);
                s.edit(|d| d.set(&ritual, Ritual::NAME, name));
                section_preview(s.charter(), Section::Engagement);
            }),
        ),
        (
            "placeholder name",
            Box::new(|s| {
                let name = typed(&s.charter().placeholders.last().unwrap().name);
                s.edit(|d| d.set("placeholder-new", Placeholder::NAME, name));
                // the templates step's head, and its page of templates with samples filled
                let c = s.charter();
                drop(render_safe(&markdown::render_templates_head(c)));
                for t in c.templates.iter().take(PAGE_SIZE) {
                    drop(with_samples(t, &c.placeholders));
                }
            }),
        ),
    ];
    // Not what a keystroke does now: what it did before issue 19 (the whole charter checked
    // again, the whole section previewed), which grows with the list and must be seen to.
    keystrokes.push((
        "reference: whole check",
        Box::new(move |s| {
            drop(validate(s.charter()));
            section_preview(s.charter(), section_of(&shape));
        }),
    ));
    for (name, keystroke) in &mut keystrokes {
        measure(&mut || keystroke(&mut s));
        println!("{name}");
    }
}

/// The preview of a step that edits a section's own fields: the section's Markdown as HTML.
fn section_preview(charter: &Charter, section: Section) {
    drop(render_safe(&markdown::render_section(charter, section)));
}

/// The section of the list a shape grows.
fn section_of(shape: &str) -> Section {
    if shape == "personas" {
        Section::Personas
    } else {
        Section::Templates
    }
}
