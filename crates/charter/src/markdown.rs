//! The charter as a Markdown document, headings in the charter's language.
//!
//! All user text goes through [`inline`], which escapes what Markdown would otherwise read as
//! structure or HTML: a persona named `# <b>x</b>` prints as that text, never as a heading
//! or a tag. (The browser preview adds a second guard, see [`crate::html`].)

use std::fmt::Write;

use crate::document::{Charter, Persona};
use crate::labels::{labels, Labels};

/// Escapes user text for use inside a Markdown line: line breaks become spaces, and the
/// characters that start inline structure (emphasis, code, links, HTML, entities, tables)
/// are backslash-escaped (`!` needs no escape: an image also needs the `[`, which is), as are block markers at the start of the text.
pub fn inline(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for c in flat.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_block_start(out)
}

/// A line that starts with `#`, `+`, `-`, `=` or `1.` would become a heading, list item or
/// rule; escaping its first marker keeps it a paragraph.
fn escape_block_start(text: String) -> String {
    let first = text.chars().next();
    let starts_block = match first {
        Some('#' | '+' | '-' | '=') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with('.') || rest.starts_with(')')
        }
        _ => false,
    };
    if !starts_block {
        return text;
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        format!("{}\\{}", &text[..digits], &text[digits..])
    } else {
        format!("\\{text}")
    }
}

/// Non-blank entries of a list field, trimmed.
fn entries(items: &[String]) -> impl Iterator<Item = &str> {
    items.iter().map(|s| s.trim()).filter(|s| !s.is_empty())
}

fn name_or_untitled<'a>(name: &'a str, labels: &'a Labels) -> &'a str {
    let name = name.trim();
    if name.is_empty() {
        labels.unnamed
    } else {
        name
    }
}

/// The whole charter as one Markdown document.
pub fn render(charter: &Charter) -> String {
    let labels = labels(charter.meta.language);
    let title = name_or_untitled(&charter.meta.title, labels);
    let mut out = format!("# {}\n\n", inline(title));
    out.push_str(&personas_section(charter));
    // one final newline, as Markdown linters expect
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The personas section: a level-2 heading, then one level-3 heading per persona.
pub fn personas_section(charter: &Charter) -> String {
    let labels = labels(charter.meta.language);
    let mut out = format!("## {}\n\n", labels.personas);
    if charter.personas.is_empty() {
        let _ = writeln!(out, "{}\n", labels.no_personas);
    }
    for persona in &charter.personas {
        write_persona(&mut out, persona, labels);
    }
    out
}

fn write_persona(out: &mut String, persona: &Persona, labels: &Labels) {
    let _ = writeln!(
        out,
        "### {}\n",
        inline(name_or_untitled(&persona.name, labels))
    );
    let _ = writeln!(
        out,
        "- **{}**: {}",
        labels.age,
        labels.age_range(persona.age.min, persona.age.max)
    );
    let lists = [
        (labels.interests, &persona.interests),
        (labels.digital_behaviours, &persona.digital_behaviours),
        (labels.expectations, &persona.expectations),
    ];
    for (label, items) in lists {
        let items: Vec<String> = entries(items).map(inline).collect();
        if !items.is_empty() {
            let _ = writeln!(out, "- **{label}**: {}", items.join(" · "));
        }
    }
    if !persona.channels.is_empty() {
        let names: Vec<&str> = persona
            .channels
            .iter()
            .map(|&p| labels.platform(p))
            .collect();
        let _ = writeln!(out, "- **{}**: {}", labels.channels_used, names.join(", "));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{AgeRange, Platform};
    use crate::lang::Lang;

    #[test]
    fn inline_escapes_structure_and_html() {
        assert_eq!(inline("<b>hi</b>"), "\\<b\\>hi\\</b\\>");
        assert_eq!(inline("# title"), "\\# title");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("12. point"), "12\\. point");
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("a\nb\r\n  c"), "a b c");
        assert_eq!(inline("R&D 3.5 e-mail"), "R\\&D 3.5 e-mail");
    }

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
            interests: vec!["thrift".into(), "  ".into(), " K-pop ".into()],
            channels: vec![Platform::Instagram, Platform::Tiktok],
            ..Persona::default()
        });
        charter.personas.push(Persona::default());
        let md = personas_section(&charter);
        assert!(md.starts_with("## Personas\n\n### Léa, student\n\n"));
        assert!(md.contains("- **Age**: 18 to 25\n"));
        assert!(md.contains("- **Interests**: thrift · K-pop\n"));
        assert!(md.contains("- **Channels used**: Instagram, TikTok\n"));
        assert!(md.contains("### Untitled\n\n- **Age**: any age\n"));

        charter.meta.language = Lang::Fr;
        let md = personas_section(&charter);
        assert!(md.contains("- **Âge**: 18 à 25 ans\n"));
        assert!(md.contains("### Sans nom\n"));
    }
}
