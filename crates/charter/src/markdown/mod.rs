//! The charter as one Markdown document, in a fixed section order, headings in the charter's
//! language, tables where the data is tabular. The output is meant to pass markdownlint (only
//! the line-length rule relaxed): blank lines around every block, unique headings, one H1,
//! bare URLs written as autolinks, a single final newline.
//!
//! All user text goes through [`inline`], which escapes what Markdown would otherwise read as
//! structure or HTML: a persona named `# <b>x</b>` prints as that text, never as a heading
//! or a tag. (The browser preview adds a second guard, see [`crate::html`].)

mod changes;
mod doc;
mod escape;
mod sections;

use crate::document::Section;
use crate::document::{Charter, ReplyTemplate};
use crate::labels::labels;
use crate::lang::Lang;
pub use changes::{render_changelog, render_changes, render_with_changes, version_name};
use doc::Doc;
use escape::heading_text;
pub use escape::{inline, line};
pub(crate) use sections::date_in_words;
use sections::{
    appendix, channel_block, channels_head, persona_block, personas_head, placeholders,
    template_block, templates, templates_head, write_section,
};
pub use sections::{PersonaNames, TemplateContext};

/// The whole charter as one Markdown document, as a team publishes it: a section with
/// nothing yet is left out, and the placeholders come last, in an appendix for the team.
pub fn render(charter: &Charter) -> String {
    let mut doc = Doc::new(labels(charter.meta.language));
    doc.omit_empty = true;
    for section in Section::ALL {
        write_section(&mut doc, charter, section);
    }
    appendix(&mut doc, charter);
    doc.finish()
}

/// The whole charter for the HTML page: as [`render`], with text in the charter's other
/// language between the blocks of [`lang_marks`], which the page turns into `lang` attributes.
pub fn render_for_page(charter: &Charter) -> String {
    render_for_page_with_html(charter).0
}

/// [`render_for_page`], and the HTML blocks it holds: a quoted text past 20,000 characters is
/// written as HTML escaped here (see `doc::LONG_TEXT_CHARS`), which the page lets through.
pub fn render_for_page_with_html(charter: &Charter) -> (String, Vec<String>) {
    let mut doc = Doc::new(labels(charter.meta.language));
    doc.lang_marks = true;
    doc.omit_empty = true;
    doc.long_as_html = true;
    for section in Section::ALL {
        write_section(&mut doc, charter, section);
    }
    appendix(&mut doc, charter);
    doc.finish_with_html()
}

/// The blocks that [`render_for_page`] writes around text in another language.
pub fn lang_marks() -> [String; 3] {
    [
        sections::lang_mark(Lang::Fr),
        sections::lang_mark(Lang::En),
        sections::LANG_MARK_END.to_owned(),
    ]
}

/// One section alone, as the live preview of a wizard step shows it (the brand and voice
/// section carries the title and the charter's details; the templates step's starts with the
/// placeholders it defines).
pub fn render_section(charter: &Charter, section: Section) -> String {
    let mut doc = Doc::preview(labels(charter.meta.language));
    if section == Section::Templates {
        placeholders(&mut doc, charter);
    }
    write_section(&mut doc, charter, section);
    doc.finish()
}

/// The top-level blocks of Markdown written here (a heading, a paragraph, a list, a table, a
/// quote), each rendering alone to what it is within the whole: blocks end with a blank line
/// and none holds one (user text is escaped onto single lines, a quote's blank lines are `>`),
/// except that lists which follow one another are one list to CommonMark, so they stay one
/// block. A preview renders the blocks one by one and redraws only those an edit changed (the
/// test below compares the HTML of the blocks with the HTML of the whole).
pub fn blocks(markdown: &str) -> Vec<&str> {
    let is_list = |block: &str| block.starts_with("- ") || block.starts_with("* ");
    // each block as the byte range it spans
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for piece in markdown.split_inclusive("\n\n") {
        let block = piece.trim_end_matches('\n');
        let range = (start, start + block.len());
        start += piece.len();
        if block.is_empty() {
            continue;
        }
        match ranges.last_mut() {
            Some(last) if is_list(&markdown[last.0..last.1]) && is_list(block) => last.1 = range.1,
            _ => ranges.push(range),
        }
    }
    ranges
        .into_iter()
        .map(|(from, to)| &markdown[from..to])
        .collect()
}

/// The other sections whose content the Markdown of `section` reads: the charter's language
/// and title are in the brand and voice section, channel names in the channels section,
/// persona names in the personas one. A preview of one section watches exactly these and
/// itself (the test below empties every other section and finds the same Markdown).
pub fn section_reads(section: Section) -> &'static [Section] {
    match section {
        Section::BrandVoice => &[],
        Section::Channels => &[Section::BrandVoice, Section::Personas],
        Section::ResponseTimes | Section::Engagement | Section::Templates => {
            &[Section::BrandVoice, Section::Channels]
        }
        Section::Personas | Section::Moderation | Section::Crisis => &[Section::BrandVoice],
    }
}

/// Only the reply templates, as their own document (for teams that only want the replies).
pub fn render_templates(charter: &Charter) -> String {
    let l = labels(charter.meta.language);
    let mut doc = Doc::new(l);
    let heading = match heading_text(&charter.meta.title) {
        Some(title) => format!("{} — {title}", l.section(Section::Templates)),
        None => l.section(Section::Templates).to_owned(),
    };
    doc.heading(1, &heading);
    placeholders(&mut doc, charter);
    templates(&mut doc, charter, 2);
    doc.finish()
}

/// Everything of the templates section but the templates: the placeholders and the heading.
pub fn render_templates_head(charter: &Charter) -> String {
    let mut doc = Doc::preview(labels(charter.meta.language));
    placeholders(&mut doc, charter);
    templates_head(&mut doc, charter, 2);
    doc.finish()
}

/// The whole charter up to its templates' blocks: every other section, then the templates
/// section's head. Followed by [`render_template_block`] for each template and by
/// [`render_after_templates`] it is [`render`] (headings aside, see the test); the
/// whole-charter preview shows the blocks of one page.
pub fn render_before_templates(charter: &Charter) -> String {
    let mut doc = Doc::preview(labels(charter.meta.language));
    for section in Section::ALL {
        if section == Section::Templates {
            templates_head(&mut doc, charter, 2);
        } else {
            write_section(&mut doc, charter, section);
        }
    }
    doc.finish()
}

/// What the whole charter holds after its templates: the appendix of placeholders, if any.
pub fn render_after_templates(charter: &Charter) -> String {
    let mut doc = Doc::preview(labels(charter.meta.language));
    appendix(&mut doc, charter);
    doc.finish()
}

/// The head of a list section the preview renders item by item (its heading, or that it is
/// empty): personas or channels.
pub fn render_list_head(charter: &Charter, section: Section) -> String {
    let mut doc = Doc::preview(labels(charter.meta.language));
    match section {
        Section::Personas => personas_head(&mut doc, charter),
        Section::Channels => channels_head(&mut doc, charter),
        _ => write_section(&mut doc, charter, section),
    }
    doc.finish()
}

/// One persona's block, as in the personas section.
pub fn render_persona_block(lang: Lang, persona: &crate::document::Persona) -> String {
    let mut doc = Doc::preview(labels(lang));
    persona_block(&mut doc, persona);
    doc.finish()
}

/// One channel's block, as in the channels section.
pub fn render_channel_block(
    lang: Lang,
    personas: &PersonaNames,
    channel: &crate::document::Channel,
) -> String {
    let mut doc = Doc::preview(labels(lang));
    channel_block(&mut doc, personas, channel);
    doc.finish()
}

/// One template's block, as in the templates section.
pub fn render_template_block(context: &TemplateContext, template: &ReplyTemplate) -> String {
    let mut doc = Doc::preview(labels(context.lang));
    template_block(&mut doc, context, template, 3);
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_reads_only_the_sections_it_names() {
        let example: Charter = serde_json::from_str(include_str!(
            "../../../../public/examples/luciole-en.charter.json"
        ))
        .unwrap();
        let full = serde_json::to_value(&example).unwrap();
        let blank = serde_json::to_value(Charter::new(example.meta.language)).unwrap();
        for section in Section::ALL {
            let mut emptied = full.clone();
            for other in Section::ALL {
                if other == section || section_reads(section).contains(&other) {
                    continue;
                }
                for root in other.roots() {
                    emptied[*root] = blank[*root].clone();
                }
            }
            let emptied: Charter = serde_json::from_value(emptied).unwrap();
            assert_eq!(
                render_section(&emptied, section),
                render_section(&example, section),
                "{section:?} reads a section it does not name"
            );
        }
    }

    #[test]
    fn a_section_with_nothing_yet_is_said_in_its_preview_and_left_out_of_the_charter() {
        let blank = Charter::new(Lang::En);
        let l = labels(Lang::En);
        // the preview beside the step tells its authors
        assert!(render_section(&blank, Section::Moderation).contains(l.nothing_yet));
        // what is published says nothing of it: neither the words nor the heading
        for whole in [render(&blank), render_for_page(&blank)] {
            assert!(!whole.contains(l.nothing_yet), "{whole}");
            assert!(
                !whole.contains(&format!("## {}", l.section(Section::Moderation))),
                "{whole}"
            );
        }
    }

    #[test]
    fn the_date_of_the_last_update_is_written_in_words_in_the_charter_language() {
        for (lang, date, words) in [
            (Lang::Fr, "2026-12-01", "1er décembre 2026"),
            (Lang::Fr, "2026-03-15", "15 mars 2026"),
            (Lang::En, "2026-12-01", "1 December 2026"),
            (Lang::En, "2026-02-28", "28 February 2026"),
            // not a date this way round: kept as the team wrote it
            (Lang::En, "end of 2026", "end of 2026"),
            (Lang::En, "2026-13-01", "2026-13-01"),
        ] {
            let mut charter = Charter::new(lang);
            charter.meta.last_updated = date.into();
            let md = render(&charter);
            let line = md
                .lines()
                .find(|line| line.contains(labels(lang).last_updated))
                .unwrap();
            assert!(line.ends_with(words), "{line}");
        }
    }

    use crate::document::{AgeRange, Lines, Persona, Platform};

    #[test]
    fn personas_section_lists_each_field_in_the_charter_language() {
        let mut charter = Charter::new(Lang::En);
        charter.personas.push(Persona {
            id: "persona-1".into(),
            name: "Léa, student".into(),
            age: AgeRange {
                min: Some(18),
                max: Some(25),
            },
            interests: Lines::from(["thrift", "  ", " K-pop "]),
            channels: vec![Platform::Instagram, Platform::Tiktok],
            ..Persona::default()
        });
        charter.personas.push(Persona::default());
        let md = render(&charter);
        assert!(md.contains("## Personas\n\n### Léa, student\n\n"));
        assert!(md.contains("- **Age**: 18 to 25\n"));
        assert!(md.contains("- **Interests**: thrift · K-pop\n"));
        assert!(md.contains("- **Channels used**: Instagram, TikTok\n"));
        assert!(md.contains("### Untitled\n\n- **Age**: any age\n"));

        charter.meta.language = Lang::Fr;
        let md = render(&charter);
        assert!(md.contains("- **Âge**\u{a0}: 18 à 25 ans\n"));
        assert!(md.contains("### Sans nom\n"));
    }

    /// A generated charter's `head`, then each template's block, joined; and the text lines of
    /// a document (headings left out: a whole document makes repeated headings unique).
    fn head_and_blocks(head: fn(&Charter) -> String, seed: u64) -> (Charter, String) {
        let charter = crate::generate::charter(
            seed,
            crate::generate::Size {
                personas: 3,
                channels: 4,
                templates: 6,
            },
        );
        let context = TemplateContext::of(&charter);
        let mut pieces = vec![head(&charter)];
        pieces.extend(
            charter
                .templates
                .iter()
                .map(|t| render_template_block(&context, t)),
        );
        (charter, pieces.join("\n\n"))
    }

    fn text_lines(s: &str) -> String {
        s.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_templates_section_is_its_head_and_its_blocks() {
        let (charter, pieces) = head_and_blocks(render_templates_head, 3);
        let whole = render_section(&charter, Section::Templates);
        assert_eq!(text_lines(&pieces), text_lines(&whole));
    }

    #[test]
    fn the_charter_is_its_part_before_the_templates_and_the_templates_blocks() {
        let (charter, pieces) = head_and_blocks(render_before_templates, 5);
        let pieces = format!("{pieces}\n\n{}", render_after_templates(&charter));
        assert!(
            !charter.placeholders.is_empty(),
            "the appendix is compared too"
        );
        assert_eq!(text_lines(&pieces), text_lines(&render(&charter)));
        // and the part before holds every heading of the whole but the templates' own
        let headings = |s: &str| s.lines().filter(|l| l.starts_with("## ")).count();
        assert_eq!(
            headings(&render_before_templates(&charter))
                + headings(&render_after_templates(&charter)),
            headings(&render(&charter))
        );
    }

    #[test]
    fn repeated_headings_are_made_unique() {
        let mut charter = Charter::new(Lang::En);
        for _ in 0..3 {
            charter.personas.push(Persona {
                name: "Sam".into(),
                ..Persona::default()
            });
        }
        let md = render(&charter);
        assert!(md.contains("### Sam\n"));
        assert!(md.contains("### Sam (2)\n"));
        assert!(md.contains("### Sam (3)\n"));
        // a name written with a suffix takes it; the repeats go around it, and every heading
        // stays unique
        for (i, name) in ["Sam (2)", "Sam", "Sam", "Sam (2)"].into_iter().enumerate() {
            charter.personas.insert(
                i,
                Persona {
                    name: name.into(),
                    ..Persona::default()
                },
            );
        }
        let md = render(&charter);
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("### ")).collect();
        assert_eq!(
            headings,
            [
                "### Sam (2)",
                "### Sam",
                "### Sam (3)",
                "### Sam (2) (2)",
                "### Sam (4)",
                "### Sam (5)",
                "### Sam (6)"
            ]
        );
    }

    #[test]
    fn an_empty_charter_has_only_the_sections_it_decides_and_one_final_newline() {
        let md = render(&Charter::new(Lang::En));
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            ["## Tone of voice", "## Response times", "## Crisis plan"]
        );
        assert!(md.ends_with('\n') && !md.ends_with("\n\n"));
        assert!(!md.contains("\n\n\n"));
    }

    /// Rendered block by block, every section of generated charters gives the HTML of the
    /// whole section.
    #[test]
    fn blocks_render_alone_as_within_the_whole() {
        let size = crate::generate::Size {
            personas: 3,
            channels: 3,
            templates: 4,
        };
        for seed in 0..30 {
            let charter = crate::generate::charter(seed, size);
            for section in Section::ALL {
                let md = render_section(&charter, section);
                let whole = crate::html::render_safe(&md);
                let parts: String = blocks(&md)
                    .into_iter()
                    .map(crate::html::render_safe)
                    .collect();
                assert_eq!(parts, whole, "seed {seed}, {section:?}");
            }
        }
    }

    /// A preview shows the first characters of a very long text and says how many more there
    /// are; the exported Markdown holds it all.
    #[test]
    fn a_preview_cuts_a_very_long_text_and_says_so() {
        let mut charter = crate::generate::charter(
            3,
            crate::generate::Size {
                personas: 1,
                channels: 1,
                templates: 1,
            },
        );
        charter.meta.language = Lang::En;
        let long = "é*".repeat(50_000);
        charter.templates[0].body.en = Some(long.clone());
        let context = TemplateContext::of(&charter);
        let preview = render_template_block(&context, &charter.templates[0]);
        assert!(
            preview.len() < 3 * doc::PREVIEW_TEXT_CHARS,
            "{}",
            preview.len()
        );
        assert!(
            preview.contains("… and 80000 more characters"),
            "{}",
            &preview[preview.len() - 300..]
        );
        assert!(render(&charter).contains(&long.replace('*', "\\*")));
    }
}
