//! Placeholders in template text: `{{first_name}}`, defined once in the charter and filled
//! with sample values in previews. Spaces inside the braces are allowed (`{{ first_name }}`),
//! as helpdesks write them. What a name may hold is decided here too (validation re-exports
//! it).

use crate::document::{LocalizedText, Placeholder, ReplyTemplate};

/// Whether `name` may stand between `{{` and `}}`: letters of any alphabet (a French
/// `prénom` as well as `first_name`), digits and `_`, not starting with a digit. No tool
/// receives the name as its own syntax (a placeholder becomes the tool's field or a visible
/// `[prénom]`, see `tools::replies`), so no tool's identifier rule has to be ours.
pub fn is_placeholder_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(placeholder_char)
        && !name.starts_with(|c: char| c.is_numeric() || is_combining(c))
}

/// A character a placeholder name may hold.
fn placeholder_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

/// The combining accents a decomposed `é` (e + U+0301) is written with, as some keyboards and
/// systems type it.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// A valid name close to `name`, for the message that refuses it: each run of other characters
/// (spaces, hyphens, punctuation) becomes `_`, and a leading digit gets a `_` before it.
pub fn placeholder_name_fix(name: &str) -> String {
    let mut fixed = String::with_capacity(name.len());
    for c in name.trim().chars() {
        if placeholder_char(c) {
            fixed.push(c);
        } else if !fixed.ends_with('_') {
            fixed.push('_');
        }
    }
    let fixed = fixed.trim_matches('_');
    match fixed.chars().next() {
        None => "name".to_owned(),
        Some(c) if c.is_numeric() || is_combining(c) => format!("_{fixed}"),
        Some(_) => fixed.to_owned(),
    }
}

/// What a scan of a text found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceholderScan {
    /// The names used, in order of first use, without duplicates.
    Names(Vec<String>),
    /// A `{{` without its `}}`, or a `}}` without its `{{`.
    Unbalanced,
}

/// One `{{name}}` occurrence: its name and its byte range in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// Every `{{…}}` in the text, or `None` if the braces do not balance.
pub fn occurrences(text: &str) -> Option<Vec<Occurrence>> {
    let mut found = Vec::new();
    let mut rest = 0;
    loop {
        let open = text[rest..].find("{{").map(|i| i + rest);
        let close = text[rest..].find("}}").map(|i| i + rest);
        match (open, close) {
            (None, None) => return Some(found),
            (Some(open), Some(close)) if open < close => {
                let inner = &text[open + 2..close];
                if inner.contains("{{") {
                    return None;
                }
                found.push(Occurrence {
                    name: inner.trim().to_owned(),
                    start: open,
                    end: close + 2,
                });
                rest = close + 2;
            }
            _ => return None,
        }
    }
}

/// The occurrences of placeholders that `is_defined` does not know, in text order, or `None`
/// if the braces do not balance. Validation and the reply checker both judge a text's
/// placeholders with this.
pub fn unknown_placeholders(
    text: &str,
    mut is_defined: impl FnMut(&str) -> bool,
) -> Option<Vec<Occurrence>> {
    Some(
        occurrences(text)?
            .into_iter()
            .filter(|o| !is_defined(&o.name))
            .collect(),
    )
}

/// A text's length as channels count it: in characters (Unicode scalar values).
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Where a text goes past `limit` characters: the byte offset of the first character beyond
/// it, or `None` when the text fits.
pub fn overflow_at(text: &str, limit: u32) -> Option<usize> {
    text.char_indices().nth(limit as usize).map(|(i, _)| i)
}

pub fn placeholders_in(text: &str) -> PlaceholderScan {
    match occurrences(text) {
        None => PlaceholderScan::Unbalanced,
        Some(found) => {
            let mut names: Vec<String> = Vec::new();
            for occurrence in found {
                if !names.contains(&occurrence.name) {
                    names.push(occurrence.name);
                }
            }
            PlaceholderScan::Names(names)
        }
    }
}

/// The text with each defined placeholder replaced by its sample value; undefined ones and
/// unbalanced text are left as written, so the preview shows what is wrong.
pub fn fill_samples(text: &str, placeholders: &[Placeholder]) -> String {
    let Some(found) = occurrences(text) else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for occurrence in found {
        out.push_str(&text[last..occurrence.start]);
        match placeholders.iter().find(|p| p.name == occurrence.name) {
            Some(p) if !p.sample.is_empty() => out.push_str(&p.sample),
            _ => out.push_str(&text[occurrence.start..occurrence.end]),
        }
        last = occurrence.end;
    }
    out.push_str(&text[last..]);
    out
}

/// The placeholder being typed just before `caret` (a byte offset): the byte offset of its
/// `{{` and the partial name typed after it, as in `Bonjour {{pr|`. `None` when the caret is
/// not inside an unfinished `{{…`.
pub fn placeholder_prefix(text: &str, caret: usize) -> Option<(usize, &str)> {
    let before = text.get(..caret)?;
    let open = before.rfind("{{")?;
    let partial = &before[open + 2..];
    let typing = partial
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == ' ');
    (typing && !partial.contains("}}")).then(|| (open, partial.trim_start()))
}

/// A text after a suggestion was taken, and where the caret goes (in UTF-16 units, as
/// browsers count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inserted {
    pub text: String,
    pub caret_utf16: u32,
}

/// Replaces `text[open..caret]` (a partial `{{na`) with `{{name}}`. `None` when the offsets
/// are not char boundaries of `text` in that order: the text changed under the suggestion, and
/// nothing is inserted rather than slicing into a character.
pub fn insert_placeholder(text: &str, open: usize, caret: usize, name: &str) -> Option<Inserted> {
    let (before, after) = (text.get(..open)?, text.get(caret..)?);
    if open > caret {
        return None;
    }
    let inserted = format!("{{{{{name}}}}}");
    let caret_utf16 = (before.encode_utf16().count() + inserted.encode_utf16().count()) as u32;
    Some(Inserted {
        text: format!("{before}{inserted}{after}"),
        caret_utf16,
    })
}

/// The byte offset of a UTF-16 offset (a browser's caret position) in `text`.
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// A template whose texts show sample values in place of their placeholders, for previews.
pub fn with_samples(template: &ReplyTemplate, placeholders: &[Placeholder]) -> ReplyTemplate {
    let fill = |text: &LocalizedText| LocalizedText {
        fr: text.fr.as_deref().map(|t| fill_samples(t, placeholders)),
        en: text.en.as_deref().map(|t| fill_samples(t, placeholders)),
    };
    let mut filled = template.clone();
    filled.body = fill(&template.body);
    filled.follow_up = fill(&template.follow_up);
    for (variant, original) in filled.variants.iter_mut().zip(&template.variants) {
        variant.body = fill(&original.body);
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> PlaceholderScan {
        placeholders_in(text)
    }

    #[test]
    fn finds_names_in_order_without_duplicates() {
        assert_eq!(
            names("Hi {{first_name}}, {{ agent }} here. Bye {{first_name}}!"),
            PlaceholderScan::Names(vec!["first_name".into(), "agent".into()])
        );
        assert_eq!(
            names("no placeholder { single } here"),
            PlaceholderScan::Names(vec![])
        );
    }

    #[test]
    fn unbalanced_braces_are_caught() {
        for text in [
            "Hi {{first_name",
            "Hi first_name}}",
            "{{a {{b}}",
            "}} {{",
            "{{a}} }}",
        ] {
            assert_eq!(names(text), PlaceholderScan::Unbalanced, "{text}");
        }
    }

    #[test]
    fn the_placeholder_being_typed_is_found_before_the_caret() {
        let text = "Bonjour {{pr";
        assert_eq!(placeholder_prefix(text, text.len()), Some((8, "pr")));
        assert_eq!(placeholder_prefix("Hi {{", 5), Some((3, "")));
        assert_eq!(placeholder_prefix("Hi {{ first", 11), Some((3, "first")));
        assert_eq!(placeholder_prefix("Hi {{first_name}} and", 21), None);
        assert_eq!(
            placeholder_prefix("Hi {{first, you", 15),
            None,
            "punctuation ends it"
        );
        assert_eq!(placeholder_prefix("no braces", 9), None);
        assert_eq!(byte_offset("é😀x", 3), 6);
        assert_eq!(byte_offset("é😀x", 99), 7);
    }

    #[test]
    fn occurrences_give_byte_spans() {
        let text = "Bonjour {{prénom}} !";
        let found = occurrences(text).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "{{prénom}}");
    }

    #[test]
    fn samples_fill_defined_placeholders_only() {
        let defined = [Placeholder {
            name: "first_name".into(),
            sample: "Léa".into(),
            ..Placeholder::default()
        }];
        assert_eq!(
            fill_samples("Hi {{first_name}}, order {{order}}", &defined),
            "Hi Léa, order {{order}}"
        );
        assert_eq!(
            fill_samples("broken {{first_name", &defined),
            "broken {{first_name"
        );
        let template = ReplyTemplate {
            body: LocalizedText {
                fr: Some("Bonjour {{first_name}}".into()),
                en: None,
            },
            ..ReplyTemplate::default()
        };
        assert_eq!(
            with_samples(&template, &defined).body.fr.as_deref(),
            Some("Bonjour Léa")
        );
    }
}
