//! Revisions of a draft, as the history keeps them: when, why, and what the charter held then,
//! section by section (how many items, and a fingerprint of the section's content), so that the
//! history can say what changed from one revision to the next without reading the charters.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::document::Charter;
use crate::document::Section;
use crate::limits::charter_size;

/// Why a revision was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Kept every few minutes of editing.
    Periodic,
    /// The draft as it was before a new charter, an example or an import replaced it.
    BeforeReplace,
    /// The draft as it was before a revision of the history was restored.
    BeforeRestore,
    /// The draft as it was before another tab's version was taken.
    BeforeOtherTab,
    /// Another tab's version, set aside when this tab's was kept.
    OtherTab,
    /// The draft, grown past the size Porte-voix saves and reopens.
    TooLarge,
    /// A stored draft that could not be read, kept as it was.
    Unreadable,
    /// The draft as it was before a participant's charter was combined into it.
    BeforeCombine,
}

/// What the history lists of a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// Its number in the history, given by the store (0 before it is stored).
    #[serde(default)]
    pub id: u64,
    /// ISO 8601 time.
    pub at: String,
    pub reason: Reason,
    pub title: String,
    /// The charter's size (see [`charter_size`]).
    pub bytes: usize,
    /// Items per section, in the order of [`Section::ALL`].
    pub counts: Vec<usize>,
    /// A fingerprint of each section's content.
    pub fingerprints: Vec<u64>,
}

/// How many items a section holds: what a person counts in it (its lists' items, and the rows
/// of its own fields that read as items).
pub fn count(charter: &Charter, section: Section) -> usize {
    let c = charter;
    let rows = match section {
        Section::BrandVoice => {
            c.voice.tone.len() + c.voice.words_to_use.len() + c.voice.words_to_avoid.len()
        }
        Section::ResponseTimes => c.response_times.targets.len(),
        Section::Moderation => c.moderation.house_rules.entries().count(),
        Section::Crisis => c.crisis.triggers.len(),
        _ => 0,
    };
    rows + section.lists().map(|kind| kind.len(c)).sum::<usize>()
}

/// A fingerprint of one section's content (the JSON of its roots): equal content, equal
/// fingerprint. `json` is the charter's JSON.
fn fingerprint(json: &serde_json::Value, section: Section) -> u64 {
    let root = |key: &str| json.get(key).cloned().unwrap_or_default();
    // one root is hashed alone, several as an array: as revisions kept before this table did
    let value = match section.roots() {
        [one] => root(one),
        roots => serde_json::Value::Array(roots.iter().map(|key| root(key)).collect()),
    };
    // DefaultHasher::new() has fixed keys: the same content hashes the same in every session
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.to_string().hash(&mut hasher);
    hasher.finish()
}

impl Revision {
    /// The revision of `charter` kept at `at` for `reason`.
    pub fn of(charter: &Charter, at: &str, reason: Reason) -> Revision {
        Revision {
            id: 0,
            at: at.to_owned(),
            reason,
            title: charter.meta.title.trim().to_owned(),
            bytes: charter_size(charter),
            counts: Section::ALL.iter().map(|&s| count(charter, s)).collect(),
            fingerprints: {
                let json = crate::json::to_value(charter);
                Section::ALL
                    .iter()
                    .map(|&s| fingerprint(&json, s))
                    .collect()
            },
        }
    }

    /// The revision of a stored draft that could not be read (`bytes` long): nothing is known
    /// of its sections.
    pub fn unreadable(bytes: usize, at: &str) -> Revision {
        Revision {
            id: 0,
            at: at.to_owned(),
            reason: Reason::Unreadable,
            title: String::new(),
            bytes,
            counts: vec![0; Section::ALL.len()],
            fingerprints: vec![0; Section::ALL.len()],
        }
    }

    /// Whether `charter` holds exactly what this revision held.
    pub fn same_as(&self, charter: &Charter) -> bool {
        let json = crate::json::to_value(charter);
        Section::ALL
            .iter()
            .enumerate()
            .all(|(i, &s)| self.fingerprints.get(i) == Some(&fingerprint(&json, s)))
    }

    /// What changed from `older` to this revision: each section whose content differs, with
    /// how many items it gained (or lost).
    pub fn changes_since(&self, older: &Revision) -> Vec<(Section, i64)> {
        Section::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| self.fingerprints.get(*i) != older.fingerprints.get(*i))
            .map(|(i, &s)| {
                let now = self.counts.get(i).copied().unwrap_or(0) as i64;
                let then = older.counts.get(i).copied().unwrap_or(0) as i64;
                (s, now - then)
            })
            .collect()
    }
}

/// The ids to remove from a history, oldest first, so that one more revision of `incoming`
/// bytes fits within `max_revisions` and `max_bytes`.
pub fn to_prune(
    kept: &[Revision],
    incoming: usize,
    max_revisions: usize,
    max_bytes: usize,
) -> Vec<u64> {
    let mut oldest_first: Vec<&Revision> = kept.iter().collect();
    oldest_first.sort_by_key(|r| r.id);
    let mut count = kept.len() + 1;
    let mut bytes: usize = kept.iter().map(|r| r.bytes).sum::<usize>() + incoming;
    let mut pruned = Vec::new();
    for revision in oldest_first {
        if count <= max_revisions && bytes <= max_bytes {
            break;
        }
        pruned.push(revision.id);
        count -= 1;
        bytes = bytes.saturating_sub(revision.bytes);
    }
    pruned
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Persona;
    use crate::lang::Lang;

    fn sized(id: u64, bytes: usize) -> Revision {
        Revision {
            id,
            bytes,
            ..Revision::of(&Charter::default(), "", Reason::Periodic)
        }
    }

    #[test]
    fn pruning_removes_the_oldest_until_the_new_one_fits() {
        let kept: Vec<Revision> = [3, 1, 2, 5, 4]
            .into_iter()
            .map(|id| sized(id, 10))
            .collect();
        assert!(to_prune(&kept, 10, 6, 100).is_empty());
        assert_eq!(to_prune(&kept, 10, 5, 100), [1]);
        assert_eq!(to_prune(&kept, 35, 10, 60), [1, 2, 3]);
        assert_eq!(to_prune(&kept, 10, 1, 100), [1, 2, 3, 4, 5]);
    }

    #[test]
    fn a_revision_says_what_changed_section_by_section() {
        let mut charter = Charter::new(Lang::En);
        charter.meta.title = " Hibou ".into();
        let first = Revision::of(&charter, "2026-11-21T10:00:00Z", Reason::Periodic);
        assert_eq!(first.title, "Hibou");
        assert!(first.same_as(&charter));
        charter.personas.push(Persona::default());
        charter.personas.push(Persona::default());
        charter.meta.brand = "Hibou".into();
        let second = Revision::of(&charter, "2026-11-21T10:05:00Z", Reason::Periodic);
        assert!(!first.same_as(&charter));
        assert_eq!(
            second.changes_since(&first),
            [(Section::BrandVoice, 0), (Section::Personas, 2)]
        );
        assert!(second.changes_since(&second).is_empty());
        let json = serde_json::to_string(&second).unwrap();
        assert_eq!(serde_json::from_str::<Revision>(&json).unwrap(), second);
    }
}
