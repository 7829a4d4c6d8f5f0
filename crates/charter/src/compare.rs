//! What changed between two charters, item by item and field by field: the one matching rule
//! that both `porte-voix diff` (a changelog) and combining a participant's charter
//! ([`crate::merge`]) use.
//!
//! A charter is read as **parts**: each of the eight lists of identified items, the
//! response-time targets (keyed by channel and situation), and each section's own fields.
//! Items of two versions are paired by confidence: same id and same name, then same name,
//! then same id. Two participants who both start from one example share its ids; two who
//! each add a persona both get `persona-4`, and the name tells them apart.
//!
//! Fields are compared on the charter's JSON (the exported format), so a field added to a
//! type is compared without any code here: objects are walked, anything else (text, numbers,
//! lists) is one value. Paths are the JSON keys, `codes/tone`, as the format documents them.

use std::collections::HashMap;

use serde_json::Value;

use crate::document::Charter;
use crate::document::ListKind;
use crate::document::Section;
use crate::labels::labels;
use crate::locate::Place;

/// One part of a charter that a comparison walks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// A section's own fields (everything of it that is not one of its lists).
    Fields(Section),
    /// One list of identified items.
    List(ListKind),
    /// The response-time targets, one per channel and situation.
    Targets,
}

impl Part {
    /// Every part that can hold a change, in the charter's reading order: per section, its
    /// own fields (the personas, channels and templates sections have none), the
    /// response-time targets after their section's fields, then the section's lists.
    pub fn all() -> impl Iterator<Item = Part> {
        Section::ALL.into_iter().flat_map(|section| {
            let fields = section.field_roots().next().map(|_| Part::Fields(section));
            let targets = (section == Section::ResponseTimes).then_some(Part::Targets);
            fields
                .into_iter()
                .chain(targets)
                .chain(section.lists().map(Part::List))
        })
    }

    /// The JSON pointer of the part's items (none for a section's fields).
    pub fn pointer(self) -> Option<String> {
        match self {
            Part::Fields(_) => None,
            Part::List(kind) => Some(kind.pointer().to_owned()),
            Part::Targets => Some(Place::Root.pointer(Charter::TARGETS.key)),
        }
    }

    /// The section the part belongs to.
    pub fn section(self) -> Section {
        match self {
            Part::Fields(section) => section,
            Part::Targets => Section::ResponseTimes,
            Part::List(kind) => kind.section(),
        }
    }

    /// The part's heading in a document, in `lang`.
    pub fn title(self, lang: crate::Lang) -> &'static str {
        let l = labels(lang);
        match self {
            Part::Fields(section) => l.section(section),
            Part::Targets => l.targets,
            Part::List(kind) => l.list(kind),
        }
    }
}

/// Whether the key `key` of a section's object is compared as a part of its own (a list of
/// items, or the response-time targets) rather than as one of the section's fields.
fn is_own_part(root: &str, key: &str) -> bool {
    (root, key) == ("response_times", "targets")
        || ListKind::ALL
            .into_iter()
            .any(|kind| kind.path() == [root, key])
}

/// One item of a part, as compared: its key (id, or channel and situation for a target), its
/// display name and its JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub name: String,
    pub value: Value,
}

/// The charter's JSON, which every comparison reads.
pub fn to_value(charter: &Charter) -> Value {
    crate::json::to_value(charter)
}

/// The items of one part. A section's fields are one entry (keyed by the section) holding an
/// object of its fields, without its lists.
pub fn entries(charter: &Charter, json: &Value, part: Part) -> Vec<Entry> {
    match part {
        Part::Fields(section) => {
            let mut fields = serde_json::Map::new();
            for root in section.field_roots() {
                let mut value = json.get(root).cloned().unwrap_or(Value::Null);
                if let Value::Object(object) = &mut value {
                    object.retain(|key, _| !is_own_part(root, key));
                }
                fields.insert(root.to_owned(), value);
            }
            if fields.is_empty() {
                return Vec::new();
            }
            vec![Entry {
                key: String::new(),
                name: part.title(charter.meta.language).to_owned(),
                value: Value::Object(fields),
            }]
        }
        Part::List(kind) => {
            let values = json
                .pointer(kind.pointer())
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            kind.entries(charter)
                .into_iter()
                .zip(values)
                .map(|((id, name), value)| Entry {
                    key: id.to_owned(),
                    name: name.to_owned(),
                    value: value.clone(),
                })
                .collect()
        }
        Part::Targets => {
            let l = labels(charter.meta.language);
            let values = json
                .pointer(&Place::Root.pointer(Charter::TARGETS.key))
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            charter
                .response_times
                .targets
                .iter()
                .zip(values)
                .map(|(target, value)| {
                    let channel = charter
                        .channels
                        .iter()
                        .find(|c| c.id == target.channel_id)
                        .map_or(target.channel_id.as_str(), |c| l.channel(c));
                    Entry {
                        key: target_key(&target.channel_id, value),
                        name: format!("{channel} — {}", (l.situation_name)(target.situation)),
                        value: value.clone(),
                    }
                })
                .collect()
        }
    }
}

/// A target's key: its channel and its situation (as the JSON writes it).
fn target_key(channel_id: &str, value: &Value) -> String {
    let situation = value.get("situation").and_then(Value::as_str).unwrap_or("");
    format!("{channel_id}\u{1f}{situation}")
}

/// Names compare without case and surrounding spaces; an empty name matches nothing.
fn folded(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_lowercase())
}

/// Pairs the items of two versions of a part: `result[j]` is the index in `old` of the item
/// that `new[j]` continues, if any. Each old item is paired at most once; linear in the
/// number of items.
pub fn pair(old: &[Entry], new: &[Entry]) -> Vec<Option<usize>> {
    let mut result = vec![None; new.len()];
    let mut taken = vec![false; old.len()];
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_both: HashMap<(&str, String), Vec<usize>> = HashMap::new();
    // reversed so that pop() gives the first old item of each key
    for (i, entry) in old.iter().enumerate().rev() {
        by_key.entry(entry.key.as_str()).or_default().push(i);
        if let Some(name) = folded(&entry.name) {
            by_name.entry(name.clone()).or_default().push(i);
            by_both
                .entry((entry.key.as_str(), name))
                .or_default()
                .push(i);
        }
    }
    let take = |candidates: Option<&mut Vec<usize>>, taken: &mut Vec<bool>| {
        let candidates = candidates?;
        while let Some(i) = candidates.pop() {
            if !taken[i] {
                taken[i] = true;
                return Some(i);
            }
        }
        None
    };
    for (j, entry) in new.iter().enumerate() {
        if let Some(name) = folded(&entry.name) {
            result[j] = take(by_both.get_mut(&(entry.key.as_str(), name)), &mut taken);
        }
    }
    for (j, entry) in new.iter().enumerate() {
        if result[j].is_none() {
            if let Some(name) = folded(&entry.name) {
                result[j] = take(by_name.get_mut(&name), &mut taken);
            }
        }
    }
    for (j, entry) in new.iter().enumerate() {
        if result[j].is_none() {
            result[j] = take(by_key.get_mut(entry.key.as_str()), &mut taken);
        }
    }
    result
}

/// One field that differs between two versions of an item.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// The field's path inside the item, JSON keys joined by `/` (`codes/tone`).
    pub path: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

/// Leaves of a JSON value: objects are walked, anything else is one value.
fn flatten<'v>(prefix: &str, value: &'v Value, out: &mut Vec<(String, &'v Value)>) {
    match value {
        Value::Object(object) if !object.is_empty() || prefix.is_empty() => {
            for (key, inner) in object {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}/{key}")
                };
                flatten(&path, inner, out);
            }
        }
        other => out.push((prefix.to_owned(), other)),
    }
}

/// The fields that differ between two versions of an item, in the new version's key order
/// (serde_json's, alphabetical) then the removed ones; `id` and the paths in `skip` are not compared.
pub fn field_changes(old: &Value, new: &Value, skip: &[&str]) -> Vec<FieldChange> {
    let (mut old_leaves, mut new_leaves) = (Vec::new(), Vec::new());
    flatten("", old, &mut old_leaves);
    flatten("", new, &mut new_leaves);
    let compared = |path: &str| path != "id" && !skip.contains(&path);
    let old_map: HashMap<&str, &Value> = old_leaves.iter().map(|(p, v)| (p.as_str(), *v)).collect();
    let new_map: HashMap<&str, &Value> = new_leaves.iter().map(|(p, v)| (p.as_str(), *v)).collect();
    let mut changes = Vec::new();
    for (path, value) in &new_leaves {
        if !compared(path) {
            continue;
        }
        match old_map.get(path.as_str()) {
            Some(before) if before == value => {}
            before => changes.push(FieldChange {
                path: path.clone(),
                old: before.map(|v| (*v).clone()),
                new: Some((*value).clone()),
            }),
        }
    }
    for (path, value) in &old_leaves {
        if compared(path) && !new_map.contains_key(path.as_str()) {
            changes.push(FieldChange {
                path: path.clone(),
                old: Some((*value).clone()),
                new: None,
            });
        }
    }
    changes
}

/// What happened to one item between two versions.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemChange {
    Added {
        name: String,
    },
    Removed {
        name: String,
    },
    Changed {
        name: String,
        fields: Vec<FieldChange>,
    },
}

/// The changes of one part.
#[derive(Debug, Clone, PartialEq)]
pub struct PartChanges {
    pub part: Part,
    pub items: Vec<ItemChange>,
}

/// Everything that changed from one charter to another.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Changes {
    pub parts: Vec<PartChanges>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// How many items were added, removed and changed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for item in self.parts.iter().flat_map(|p| &p.items) {
            match item {
                ItemChange::Added { .. } => counts.0 += 1,
                ItemChange::Removed { .. } => counts.1 += 1,
                ItemChange::Changed { .. } => counts.2 += 1,
            }
        }
        counts
    }
}

/// What changed from `old` to `new`, both read as their export (tidied), so that spaces a
/// person typed and the export drops are not changes.
pub fn diff(old: &Charter, new: &Charter) -> Changes {
    let (old, new) = (old.normalized(), new.normalized());
    let (old_json, new_json) = (to_value(&old), to_value(&new));
    let mut changes = Changes::default();
    for part in Part::all() {
        let before = entries(&old, &old_json, part);
        let after = entries(&new, &new_json, part);
        let pairs = pair(&before, &after);
        let mut items = Vec::new();
        let mut continued = vec![false; before.len()];
        for (entry, paired) in after.iter().zip(&pairs) {
            match paired {
                None => items.push(ItemChange::Added {
                    name: entry.name.clone(),
                }),
                Some(i) => {
                    continued[*i] = true;
                    let fields = field_changes(&before[*i].value, &entry.value, &[]);
                    if !fields.is_empty() {
                        items.push(ItemChange::Changed {
                            name: entry.name.clone(),
                            fields,
                        });
                    }
                }
            }
        }
        for (entry, kept) in before.iter().zip(continued) {
            if !kept {
                items.push(ItemChange::Removed {
                    name: entry.name.clone(),
                });
            }
        }
        if !items.is_empty() {
            changes.parts.push(PartChanges { part, items });
        }
    }
    changes
}

/// A field's value as a changelog shows it: text as it is, a list of texts joined, anything
/// else as compact JSON; cut at `max` characters (on a character boundary).
pub fn display_value(value: &Value, max: usize) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        // a list of small records (tone traits, words): each one's texts, in key order
        Value::Array(items) if items.iter().all(Value::is_object) => items
            .iter()
            .filter_map(Value::as_object)
            .map(|record| {
                record
                    .values()
                    .filter_map(|v| v.as_str().filter(|s| !s.is_empty()).map(str::to_owned))
                    .collect::<Vec<_>>()
                    .join(" — ")
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Persona, ReplyTemplate};
    use crate::Lang;

    fn entry(key: &str, name: &str) -> Entry {
        Entry {
            key: key.into(),
            name: name.into(),
            value: Value::Null,
        }
    }

    #[test]
    fn pairs_by_id_and_name_then_name_then_id() {
        let old = [
            entry("p-1", "Léa"),
            entry("p-2", "Marc"),
            entry("p-3", "Zoé"),
        ];
        let new = [
            entry("p-9", "marc "),   // renamed id, same name
            entry("p-1", "Léa"),     // both
            entry("p-3", "Zoé B."),  // same id, renamed
            entry("p-4", "Nouveau"), // new
        ];
        assert_eq!(pair(&old, &new), [Some(1), Some(0), Some(2), None]);
    }

    #[test]
    fn two_new_items_with_one_id_are_told_apart_by_name() {
        let old = [entry("p-4", "Ana")];
        let new = [entry("p-4", "Bruno"), entry("p-4", "Ana")];
        assert_eq!(pair(&old, &new), [None, Some(0)]);
    }

    #[test]
    fn field_changes_walk_objects_and_name_added_and_removed_fields() {
        let old = serde_json::json!({"id": "a", "name": "x", "codes": {"tone": "calm"}, "body": {"fr": "salut"}});
        let new = serde_json::json!({"id": "b", "name": "x", "codes": {"tone": "warm"}, "body": {"en": "hi"}});
        let paths: Vec<_> = field_changes(&old, &new, &[])
            .into_iter()
            .map(|c| (c.path, c.old.is_some(), c.new.is_some()))
            .collect();
        assert_eq!(
            paths,
            [
                ("body/en".to_owned(), false, true),
                ("codes/tone".to_owned(), true, true),
                ("body/fr".to_owned(), true, false)
            ]
        );
    }

    #[test]
    fn a_charter_compared_with_itself_has_no_change() {
        let charter = crate::generate::charter(
            7,
            crate::generate::Size {
                personas: 4,
                channels: 3,
                templates: 6,
            },
        );
        assert!(diff(&charter, &charter).is_empty());
    }

    #[test]
    fn added_removed_and_changed_items_are_found() {
        let mut old = Charter::new(Lang::En);
        old.personas.push(Persona {
            id: "persona-1".into(),
            name: "Léa".into(),
            ..Persona::default()
        });
        old.templates.push(ReplyTemplate {
            id: "template-1".into(),
            title: "Thanks".into(),
            ..ReplyTemplate::default()
        });
        let mut new = old.clone();
        new.personas[0].age.min = Some(20);
        new.personas.push(Persona {
            id: "persona-2".into(),
            name: "Marc".into(),
            ..Persona::default()
        });
        new.templates.clear();
        new.meta.title = "v2".into();
        let changes = diff(&old, &new);
        assert_eq!(changes.counts(), (1, 1, 2), "{changes:#?}");
        let persona = &changes
            .parts
            .iter()
            .find(|p| p.part == Part::List(ListKind::Personas))
            .unwrap()
            .items[0];
        match persona {
            ItemChange::Changed { fields, .. } => {
                assert_eq!(fields[0].path, "age/min");
                assert_eq!(fields[0].new, Some(Value::from(20)));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values_are_cut_on_a_character_boundary() {
        assert_eq!(display_value(&Value::from("é🙂é"), 2), "é🙂…");
        assert_eq!(display_value(&serde_json::json!(["a", "b"]), 10), "a, b");
        assert_eq!(display_value(&Value::from(3), 10), "3");
    }
}
