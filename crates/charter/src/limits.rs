//! What Porte-voix accepts, stated once: the largest charter it saves, reloads and imports (one
//! limit for all three, so that whatever is saved reloads), and how many items each list and
//! each set of rows may hold (so that whatever it accepts, it opens and edits at once). Import
//! refuses a charter past a limit with the reason; the draft refuses to add past one.

use crate::document::Charter;
use crate::draft::ListKind;

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

/// The most items a list may hold.
pub const fn max_items(kind: ListKind) -> usize {
    match kind {
        ListKind::Personas => 200,
        ListKind::Channels => 100,
        ListKind::Rules => 200,
        ListKind::Escalation => 50,
        ListKind::HoldingStatements => 100,
        ListKind::Rituals => 100,
        ListKind::Placeholders => 200,
        ListKind::Templates => 1000,
    }
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
        let count = kind.ids(charter).len();
        if let Some(over) = over(kind.pointer().to_owned(), count, max_items(kind)) {
            return Some(over);
        }
    }
    let rows = [
        ("/voice/tone".to_owned(), charter.voice.tone.len()),
        (
            "/voice/words_to_use".to_owned(),
            charter.voice.words_to_use.len(),
        ),
        (
            "/voice/words_to_avoid".to_owned(),
            charter.voice.words_to_avoid.len(),
        ),
        ("/crisis/triggers".to_owned(), charter.crisis.triggers.len()),
    ]
    .into_iter()
    .chain(
        charter
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("/channels/{i}/coverage"), c.coverage.len())),
    )
    .chain(
        charter
            .templates
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("/templates/{i}/variants"), t.variants.len())),
    );
    rows.into_iter()
        .find_map(|(path, count)| over(path, count, MAX_ROWS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{ReplyTemplate, WordChoice};

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
