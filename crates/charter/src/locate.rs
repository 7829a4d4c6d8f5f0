//! Where a field lives: its JSON pointer in the exported charter and the DOM id of the control
//! that edits it (its section comes from the pointer, `document::Section::of_pointer`). Both names are built here and only here, from
//! a field's owner and its key (see [`crate::field::Field`]), so that a problem's pointer
//! always leads to its control.
//!
//! DOM id conventions, shared with the app:
//! - a field of a list item: `{item id}-{key, '/' as '-'}`, such as `persona-3-name` or
//!   `template-2-body-fr` (ids, not indices, so labels survive reordering);
//! - a cell of the response-time grid: `{channel id}-rt-{situation}`;
//! - any other field: `f-{pointer, '/' as '-'}`, such as `f-meta-title` or
//!   `f-crisis-spokesperson-name`.

use crate::document::{Charter, ListKind, Section, Situation};

/// Whose field it is: the charter's own, or one of a list item's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    Root,
    Item {
        kind: ListKind,
        index: usize,
        id: &'a str,
    },
}

impl<'a> Place<'a> {
    /// The item at `index` of the list `kind`, whose id is `id`.
    pub fn item(kind: ListKind, index: usize, id: &'a str) -> Place<'a> {
        Place::Item { kind, index, id }
    }

    /// The JSON pointer of the owner itself: `/moderation/rules/2` (empty for the charter).
    pub fn own_pointer(self) -> String {
        match self {
            Place::Root => String::new(),
            Place::Item { kind, index, .. } => format!("{}/{index}", kind.pointer()),
        }
    }

    /// The JSON pointer of the field `key` (`age/min`) of this owner.
    pub fn pointer(self, key: &str) -> String {
        match self {
            Place::Root => format!("/{key}"),
            Place::Item { .. } => format!("{}/{key}", self.own_pointer()),
        }
    }

    /// The pointer of entry `index` of the field `key` (a line, an id in a set, a row).
    pub fn entry(self, key: &str, index: usize) -> String {
        format!("{}/{index}", self.pointer(key))
    }

    /// The pointer of the field `field` of row `index` of the rows `rows`.
    pub fn row(self, rows: &str, index: usize, field: &str) -> String {
        format!("{}/{field}", self.entry(rows, index))
    }

    /// The pointer of one language of the translated text `key`.
    pub fn text(self, key: &str, lang: crate::Lang) -> String {
        in_lang(&self.pointer(key), lang)
    }

    /// The DOM id of the control that edits the field `key` of this owner.
    pub fn dom_id(self, key: &str) -> String {
        match self {
            Place::Root => plain_field_id(&format!("/{key}")),
            Place::Item { id, .. } => field_id(id, key),
        }
    }
}

/// The pointer of one language of the translated text at `pointer`.
pub fn in_lang(pointer: &str, lang: crate::Lang) -> String {
    format!("{pointer}/{}", lang.code())
}

/// A DOM id for one field of one item (`key` may be a path: `age/min` gives `…-age-min`), with
/// anything that is not a letter, digit, hyphen or underscore replaced (imported ids may
/// contain spaces or quotes).
pub fn field_id(item_id: &str, key: &str) -> String {
    let clean: String = item_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{clean}-{}", key.replace('/', "-"))
}

/// The DOM id of a field outside any list item, from its JSON pointer.
pub fn plain_field_id(path: &str) -> String {
    format!("f{}", path.replace('/', "-"))
}

/// The DOM id of a response-time grid cell.
pub fn target_cell_id(channel_id: &str, situation: Situation) -> String {
    field_id(channel_id, &format!("rt-{}", situation.code()))
}

/// Where a problem points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub section: Section,
    /// DOM ids to try, most specific first: the field, then its group, then its item.
    pub candidates: Vec<String>,
    /// The id of the list item that holds the field, if a list item does (the app shows its
    /// page before focusing it).
    pub item: Option<String>,
}

/// The section and DOM ids of the field at `path` in `charter`.
pub fn locate(charter: &Charter, path: &str) -> Option<Location> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let section = Section::of_pointer(path)?;
    if let ["response_times", "targets", index, ..] = segments.as_slice() {
        let target = charter
            .response_times
            .targets
            .get(index.parse::<usize>().ok()?)?;
        return Some(Location {
            section,
            candidates: vec![target_cell_id(&target.channel_id, target.situation)],
            item: None,
        });
    }
    // a list's item: the list's keys, then its index (`/crisis/escalation/2/…`)
    let item = ListKind::ALL.into_iter().find_map(|kind| {
        let path = kind.path();
        if !segments.starts_with(&path) {
            return None;
        }
        let index: usize = segments.get(path.len())?.parse().ok()?;
        let id = kind.id_at(charter, index)?.to_owned();
        Some((id, &segments[path.len() + 1..]))
    });
    let (candidates, item) = match item {
        Some((id, rest)) => {
            let mut candidates: Vec<String> = (1..=rest.len())
                .rev()
                .map(|n| field_id(&id, &rest[..n].join("-")))
                .collect();
            candidates.push(field_id(&id, "heading"));
            (candidates, Some(id))
        }
        None => (
            (1..=segments.len())
                .rev()
                .map(|n| plain_field_id(&format!("/{}", segments[..n].join("/"))))
                .collect(),
            None,
        ),
    };
    Some(Location {
        section,
        candidates,
        item,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Delay, ModerationRule, Persona, ReplyTemplate, ResponseTarget};
    use crate::list::Identified;

    fn charter() -> Charter {
        let mut c = Charter::default();
        for id in ["persona-7", "persona 8"] {
            c.personas.push(Persona {
                id: id.into(),
                ..Persona::default()
            });
        }
        c.templates.push(ReplyTemplate {
            id: "template-2".into(),
            ..ReplyTemplate::default()
        });
        c.moderation.rules.push(ModerationRule {
            id: "rule-1".into(),
            ..ModerationRule::default()
        });
        c.response_times.targets.push(ResponseTarget {
            channel_id: "channel-3".into(),
            situation: Situation::NegativeReview,
            target: Delay::hours(1),
        });
        c
    }

    #[test]
    fn item_fields_are_found_by_id_not_index() {
        let c = charter();
        let at = locate(&c, "/personas/0/age/min").unwrap();
        assert_eq!(at.section, Section::Personas);
        assert_eq!(
            at.candidates,
            ["persona-7-age-min", "persona-7-age", "persona-7-heading"]
        );
        let at = locate(&c, "/personas/1/name").unwrap();
        assert_eq!(
            at.candidates[0], "persona_8-name",
            "unsafe characters are replaced"
        );
        let at = locate(&c, "/templates/0/body/fr").unwrap();
        assert_eq!(at.section, Section::Templates);
        assert_eq!(at.candidates[0], "template-2-body-fr");
        assert_eq!(at.item.as_deref(), Some("template-2"));
        let at = locate(&c, "/moderation/rules/0/covers").unwrap();
        assert_eq!(
            (at.section, at.candidates[0].as_str()),
            (Section::Moderation, "rule-1-covers")
        );
    }

    #[test]
    fn other_fields_and_grid_cells_have_their_own_ids() {
        let c = charter();
        let at = locate(&c, "/meta/title").unwrap();
        assert_eq!(
            (at.section, at.candidates[0].as_str()),
            (Section::BrandVoice, "f-meta-title")
        );
        let at = locate(&c, "/crisis/spokesperson/name").unwrap();
        assert_eq!(
            at.candidates,
            [
                "f-crisis-spokesperson-name",
                "f-crisis-spokesperson",
                "f-crisis"
            ]
        );
        let at = locate(&c, "/response_times/targets/0/target").unwrap();
        assert_eq!(at.candidates, ["channel-3-rt-negative_review"]);
        assert_eq!(
            target_cell_id("channel-3", Situation::NegativeReview),
            "channel-3-rt-negative_review"
        );
        let at = locate(&c, "/response_times/default_target").unwrap();
        assert_eq!(at.candidates[0], "f-response_times-default_target");
    }

    #[test]
    fn paths_outside_the_wizard_or_the_data_are_not_located() {
        let c = charter();
        assert_eq!(locate(&c, "/version"), None);
        assert_eq!(locate(&c, "/response_times/targets/9/target"), None);
        // an index past the list falls back to the plain path
        let at = locate(&c, "/personas/5/name").unwrap();
        assert_eq!(at.candidates[0], "f-personas-5-name");
        assert_eq!(c.personas[0].id(), "persona-7");
    }
}
