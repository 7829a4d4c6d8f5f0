//! `Lines`: a list the user types one entry per line (interests, keywords, house rules…).
//!
//! While the user types, the list keeps every line verbatim, blank ones and trailing spaces
//! included, so that a textarea bound to it never fights the caret. Exports read it tidied:
//! entries trimmed, blank ones dropped. Being its own type, a list cannot be forgotten by the
//! tidying ([`crate::tidy`] reaches every `Lines` of a charter by its type).

use serde::{Deserialize, Serialize};

// Entries typed one per line, serialised as a plain array of strings (and described as such,
// inline, in the JSON Schema).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(inline))]
#[serde(transparent)]
pub struct Lines(Vec<String>);

impl Lines {
    /// The list a textarea's text stands for: one entry per line, verbatim.
    pub fn from_text(text: &str) -> Lines {
        if text.is_empty() {
            return Lines::default();
        }
        Lines(text.split('\n').map(str::to_owned).collect())
    }

    /// The textarea text of the list: the inverse of [`Lines::from_text`].
    pub fn text(&self) -> String {
        self.0.join("\n")
    }

    /// The entries as typed, blank lines included.
    pub fn raw(&self) -> &[String] {
        &self.0
    }

    /// The entries that count: trimmed, blank ones skipped.
    pub fn entries(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|s| s.trim()).filter(|s| !s.is_empty())
    }

    /// The entries that count, each with its line's index in the list as typed (which is
    /// what a JSON pointer into the draft names).
    pub fn indexed(&self) -> impl Iterator<Item = (usize, &str)> {
        self.0
            .iter()
            .map(|s| s.trim())
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
    }

    /// Whether the list has no line at all (not even a blank one).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the list has no entry that counts.
    pub fn is_blank(&self) -> bool {
        self.entries().next().is_none()
    }

    /// Trims every entry and drops the blank ones. Idempotent.
    pub fn tidy(&mut self) {
        self.0.retain(|item| !item.trim().is_empty());
        for item in &mut self.0 {
            if item.trim().len() != item.len() {
                *item = item.trim().to_owned();
            }
        }
    }

    /// Adds an entry at the end.
    pub fn push(&mut self, entry: impl Into<String>) {
        self.0.push(entry.into());
    }
}

impl<S: Into<String>> FromIterator<S> for Lines {
    fn from_iter<I: IntoIterator<Item = S>>(entries: I) -> Lines {
        Lines(entries.into_iter().map(Into::into).collect())
    }
}

impl<S: Into<String>, const N: usize> From<[S; N]> for Lines {
    fn from(entries: [S; N]) -> Lines {
        entries.into_iter().collect()
    }
}

impl From<Vec<String>> for Lines {
    fn from(entries: Vec<String>) -> Lines {
        Lines(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textarea_text_round_trips_verbatim_while_typing() {
        for text in ["", "a", "a\n", "a \nb", "\n\n", "one\n\ntwo  "] {
            assert_eq!(Lines::from_text(text).text(), text);
        }
    }

    #[test]
    fn tidying_trims_drops_blanks_and_is_idempotent() {
        let mut lines = Lines::from([" a ", "", "   ", "b"]);
        assert_eq!(lines.entries().collect::<Vec<_>>(), ["a", "b"]);
        lines.tidy();
        assert_eq!(lines.raw(), ["a", "b"]);
        let once = lines.clone();
        lines.tidy();
        assert_eq!(lines, once);
        assert!(Lines::from(["  ", "\n"]).is_blank());
    }
}
