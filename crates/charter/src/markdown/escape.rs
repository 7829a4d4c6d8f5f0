//! Escaping user text for Markdown: what would otherwise read as structure or HTML is
//! backslash-escaped, bare URLs and e-mail addresses become autolinks.

/// Escapes user text for use in the middle of a Markdown line (after a label, in a table
/// cell, in a heading): line breaks become spaces, the characters that start inline structure
/// (emphasis, code, links, HTML, entities, tables) are backslash-escaped (`!` needs no escape:
/// an image also needs the `[`, which is), and bare URLs and e-mail addresses become
/// autolinks. A final `#` is escaped too, or a heading would drop it as a closing sequence.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_word(&mut out, word);
    }
    if out.ends_with('#') {
        out.insert(out.len() - 1, '\\');
    }
    out
}

/// Like [`inline`], for text that starts a line, a list item or a quote line, where a leading
/// `#`, `-`, `+`, `=` or `1.` would otherwise make a heading, a list or a rule.
pub fn line(text: &str) -> String {
    escape_block_start(inline(text))
}

/// A URL or address that can be written as a CommonMark autolink, with its trailing
/// punctuation split off ("see https://a.example." keeps the final dot outside).
fn autolink_parts(word: &str) -> Option<(&str, &str)> {
    let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let rest = &word[core.len()..];
    let starts = |scheme: &str| {
        core.get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    };
    let is_url = (starts("https://") || starts("http://")) && core.len() > 8;
    let is_email = !is_url
        && core.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && host.contains('.')
                && !host.ends_with('.')
                && core
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
        });
    let clean = !core.contains(['<', '>', '\\', '`']) && !core.chars().any(char::is_control);
    ((is_url || is_email) && clean).then_some((core, rest))
}

fn push_word(out: &mut String, word: &str) {
    if let Some((link, rest)) = autolink_parts(word) {
        out.push('<');
        out.push_str(link);
        out.push('>');
        push_escaped(out, rest);
    } else {
        push_escaped(out, word);
    }
}

/// Escapes what could start inline structure. Two characters are escaped only where they
/// could act, so that text copied from the Markdown source stays clean: `_` between two
/// letters or digits (as in `{{first_name}}`) can never open emphasis, and `&` matters only
/// when it begins an entity such as `&amp;`. Text without any of them is copied as it is (the
/// common case, and a megabyte of text is then one copy, not a million pushes).
fn push_escaped(out: &mut String, text: &str) {
    const SPECIAL: [char; 11] = ['\\', '`', '*', '[', ']', '<', '>', '|', '~', '_', '&'];
    if !text.contains(SPECIAL) {
        out.push_str(text);
        return;
    }
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after = chars.peek().map(|&(_, c)| c);
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            '_' => {
                !(before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric))
            }
            '&' => {
                // an entity's name is ASCII: its length in bytes is its length in characters
                let rest = &text.as_bytes()[i + 1..];
                let name = rest
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
                    .count();
                name > 0 && rest.get(name) == Some(&b';')
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        before = Some(c);
    }
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

/// User text as a heading: escaped, and without trailing punctuation (a heading is a title,
/// and markdownlint's MD026 rejects it). `None` when nothing is left.
pub(super) fn heading_text(text: &str) -> Option<String> {
    let text = text
        .trim()
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:!。，；：！".contains(c));
    (!text.is_empty()).then(|| inline(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_escapes_structure_and_html() {
        assert_eq!(inline("<b>hi</b>"), "\\<b\\>hi\\</b\\>");
        assert_eq!(
            inline("1.0 # x"),
            "1.0 # x",
            "mid-line, block markers are plain text"
        );
        assert_eq!(inline("C#"), "C\\#");
        assert_eq!(line("# title"), "\\# title");
        assert_eq!(line("- item"), "\\- item");
        assert_eq!(line("12. point"), "12\\. point");
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("a\nb\r\n  c"), "a b c");
        assert_eq!(inline("R&D Q&A 3.5 e-mail"), "R&D Q&A 3.5 e-mail");
        assert_eq!(inline("&amp; &#60;"), "\\&amp; \\&#60;");
        assert_eq!(
            inline("{{first_name}} _a_ snake_"),
            "{{first_name}} \\_a\\_ snake\\_"
        );
    }

    #[test]
    fn inline_turns_bare_urls_and_addresses_into_autolinks() {
        assert_eq!(
            inline("see https://aide.example/x?a=1. or write to aide@hibou.example!"),
            "see <https://aide.example/x?a=1>. or write to <aide@hibou.example>!"
        );
        assert_eq!(inline("https://a.example/<x>"), "https://a.example/\\<x\\>");
        assert_eq!(inline("@handle"), "@handle");
    }
}
