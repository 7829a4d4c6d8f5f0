//! Text helpers of the reply checker: a lower-cased copy that maps back to the original's
//! byte offsets, whole-word search, and the shapes the rules look for (a first sentence,
//! shouting, emoji). Every offset is a char boundary of the text it is about.

use std::ops::Range;

/// Lower-cased text with the same byte offsets as the original where it matters: only ASCII
/// and the accented Latin letters used here change case, so we lower-case per char and keep a
/// map from lowered offsets back to original ones.
pub(super) struct Folded {
    pub text: String,
    /// original byte offset for each byte offset of `text`
    origin: Vec<usize>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            // typographic apostrophes read as ASCII ones
            let c = if c == '’' { '\'' } else { c };
            for lower in c.to_lowercase() {
                let before = text.len();
                text.push(lower);
                origin.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start]..self.origin[range.end]
    }

    /// The first occurrence of any phrase, as whole words, at or after `from`.
    pub fn find_any(&self, phrases: &[&str], from: usize) -> Option<Range<usize>> {
        phrases
            .iter()
            .filter_map(|phrase| {
                find_word(&self.text[from..], phrase).map(|r| r.start + from..r.end + from)
            })
            .min_by_key(|r| r.start)
    }

    /// Every occurrence of the phrases, as whole words, left to right and not overlapping
    /// (where two start at the same place, the earlier phrase wins). Linear in the text for
    /// each phrase: replies are checked as they are typed, whatever their length.
    pub fn find_all(&self, phrases: &[&str]) -> Vec<Range<usize>> {
        let mut found: Vec<(usize, usize, Range<usize>)> = Vec::new();
        for (order, phrase) in phrases.iter().enumerate() {
            let mut from = 0;
            while let Some(range) = find_word_from(&self.text, phrase, from) {
                from = range.start + 1;
                found.push((range.start, order, range));
            }
        }
        found.sort_by_key(|(start, order, _)| (*start, *order));
        let mut taken: Vec<Range<usize>> = Vec::new();
        for (_, _, range) in found {
            if taken.last().is_none_or(|last| range.start >= last.end) {
                taken.push(range);
            }
        }
        taken
    }

    pub fn has_any(&self, phrases: &[&str]) -> bool {
        self.find_any(phrases, 0).is_some()
    }
}

/// `phrase` in `text` where it starts and ends at a word boundary. A phrase ending in `*` is a
/// prefix (`rembours*` matches "remboursement").
pub(super) fn find_word(text: &str, phrase: &str) -> Option<Range<usize>> {
    find_word_from(text, phrase, 0)
}

/// [`find_word`] for matches that start at or after the byte `from` (a char boundary).
fn find_word_from(text: &str, phrase: &str, mut from: usize) -> Option<Range<usize>> {
    let (needle, prefix) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '_');
    while let Some(found) = text.get(from..)?.find(needle) {
        let start = from + found;
        let mut end = start + needle.len();
        let before = text[..start].chars().next_back();
        if boundary(before) {
            if prefix {
                end += text[end..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - end);
                return Some(start..end);
            }
            if boundary(text[end..].chars().next()) {
                return Some(start..end);
            }
        }
        // the next char boundary after `start`
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// A French pronoun as a word; "t'" also matches before a vowel ("t'écrire"). "ton" after a
/// determiner is the noun ("un ton respectueux"), not the possessive.
pub(super) fn find_pronoun(text: &str, word: &str) -> Option<Range<usize>> {
    if word == "ton" {
        let mut from = 0;
        while let Some(found) = find_word(&text[from..], word).map(|r| r.start + from..r.end + from)
        {
            let before = text[..found.start]
                .split_whitespace()
                .next_back()
                .unwrap_or_default();
            if !matches!(
                before,
                "un" | "le" | "du" | "de" | "ce" | "même" | "bon" | "mauvais" | "quel"
            ) {
                return Some(found);
            }
            from = found.end;
        }
        return None;
    }
    if let Some(stem) = word.strip_suffix('\'') {
        let mut from = 0;
        while let Some(i) = text[from..].find(word) {
            let start = from + i;
            let before = text[..start].chars().next_back();
            if before.is_none_or(|c| !c.is_alphanumeric()) {
                return Some(start..start + stem.len() + 1);
            }
            from = start + 1;
        }
        return None;
    }
    find_word(text, word)
}

/// The first sentence, after an opening greeting line such as "Bonjour {{first_name}},".
pub(super) fn first_sentence(text: &str) -> Range<usize> {
    let end = text
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    0..end
}

/// A word of four letters or more in capitals, or "!!": shouting.
pub(super) fn shouting(text: &str) -> Option<Range<usize>> {
    if let Some(i) = text.find("!!") {
        return Some(i..i + 2);
    }
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() && c.is_uppercase() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let word = &text[s..i];
            let letters = word.chars().count();
            let at_word_end = !c.is_alphabetic();
            if letters >= 4
                && at_word_end
                && text[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_alphabetic())
            {
                return Some(s..i);
            }
        }
    }
    None
}

/// The clauses of a text: the spans between sentence ends, semicolons and colons (each
/// keeps its closing mark).
pub(super) fn clauses(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '!' | '?' | ';' | ':' | '\n'))
        .map(|(i, c)| i + c.len_utf8())
        .chain(std::iter::once(text.len()))
        .filter_map(move |end| {
            let clause = start..end;
            start = end;
            (end > clause.start).then_some(clause)
        })
}

/// Emoji that turn a sentence ironic in a reply to a troll: eye-roll, laughter, smirk, wink,
/// upside-down face, clown, clapping.
pub(super) fn is_ironic_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{1F644}'
            | '\u{1F602}'
            | '\u{1F923}'
            | '\u{1F60F}'
            | '\u{1F643}'
            | '\u{1F609}'
            | '\u{1F61C}'
            | '\u{1F921}'
            | '\u{1F44F}'
            | '\u{1F485}'
    )
}

/// Characters counted as emoji: pictographs, symbols and dingbats.
pub(super) fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F1E6..=0x1F1FF | 0x2B50 | 0x2B55)
}
