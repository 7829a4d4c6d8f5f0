//! What Porte-voix accepts, stated once: the largest charter it saves, reloads and imports (one
//! limit for all three, so that whatever is saved reloads), how many rows a field may hold, and
//! which list or rows of a charter are past their limit (each list's own limit is its line in
//! `document::lists`): whatever it accepts, it opens and edits at once. Import
//! refuses a charter past a limit with the reason; the draft refuses to add past one.

use crate::document::{Channel, Charter, ListKind, ReplyTemplate};
use crate::locate::Place;

/// The largest charter, in bytes of compact JSON ([`charter_size`]): far above any real
/// charter (the examples are 20 KiB), small enough for the browser's local storage and for a
/// tab to open at once. Saving, reloading and importing all measure a charter this way, so
/// whatever is saved reloads and whatever is exported imports.
pub const MAX_CHARTER_BYTES: usize = 2 * 1024 * 1024;

/// A file may hold this many times [`MAX_CHARTER_BYTES`] (indentation, escapes) before it is
/// refused unread.
pub const MAX_FILE_BYTES: usize = 4 * MAX_CHARTER_BYTES;

/// A charter's size as every limit measures it: its compact JSON, which the draft is stored as.
pub fn charter_size(charter: &Charter) -> usize {
    serde_json::to_string(charter).map_or(usize::MAX, |json| json.len())
}

/// The most rows a field may hold (coverage hours, channel versions, tone traits, words,
/// crisis triggers).
pub const MAX_ROWS: usize = 100;

/// What is past a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverLimit {
    /// The JSON pointer of the list or rows.
    pub path: String,
    pub count: usize,
    pub limit: usize,
}

/// The first list or set of rows of `charter` past its limit, if any.
pub fn over_limit(charter: &Charter) -> Option<OverLimit> {
    let over = |path: String, count: usize, limit: usize| {
        (count > limit).then_some(OverLimit { path, count, limit })
    };
    for kind in ListKind::ALL {
        let count = kind.len(charter);
        if let Some(over) = over(kind.pointer().to_owned(), count, kind.max_items()) {
            return Some(over);
        }
    }
    let root = Place::Root;
    let rows = [
        (root.pointer(Charter::TONE.key), charter.voice.tone.len()),
        (
            root.pointer(Charter::WORDS_TO_USE.key),
            charter.voice.words_to_use.len(),
        ),
        (
            root.pointer(Charter::WORDS_TO_AVOID.key),
            charter.voice.words_to_avoid.len(),
        ),
        (
            root.pointer(Charter::TRIGGERS.key),
            charter.crisis.triggers.len(),
        ),
    ]
    .into_iter()
    .chain(charter.channels.iter().enumerate().map(|(i, c)| {
        let place = Place::item(ListKind::Channels, i, &c.id);
        (place.pointer(Channel::COVERAGE.key), c.coverage.len())
    }))
    .chain(charter.templates.iter().enumerate().map(|(i, t)| {
        let place = Place::item(ListKind::Templates, i, &t.id);
        (place.pointer(ReplyTemplate::VARIANTS.key), t.variants.len())
    }));
    rows.into_iter()
        .find_map(|(path, count)| over(path, count, MAX_ROWS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::WordChoice;

    #[test]
    fn lists_and_rows_past_their_limit_are_named() {
        let mut charter = Charter::default();
        assert_eq!(over_limit(&charter), None);
        charter.voice.words_to_avoid = vec![WordChoice::default(); MAX_ROWS + 1];
        assert_eq!(
            over_limit(&charter),
            Some(OverLimit {
                path: "/voice/words_to_avoid".into(),
                count: MAX_ROWS + 1,
                limit: MAX_ROWS
            })
        );
        charter.templates = vec![ReplyTemplate::default(); 1001];
        assert_eq!(over_limit(&charter).unwrap().path, "/templates");
    }
}
