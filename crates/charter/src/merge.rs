//! Combining a participant's charter ("theirs") into the draft ("mine"): what a workshop does
//! after each group has written its part.
//!
//! [`plan`] says what would happen without changing anything: items new to the draft are
//! added, a section field the draft leaves empty is filled, and items that match (see
//! [`crate::compare::pair`]) but differ become [`Conflict`]s, shown field by field. [`apply`]
//! then builds the combined charter from one [`Choice`] per conflict.
//!
//! Ids stay unique: an added item keeps its id when the draft does not use it, else gets a
//! fresh one ([`crate::list::fresh_id_among`]); a matched item keeps the draft's id. Every
//! reference in their items (a channel's personas, a template's or ritual's channels, a
//! variant's channel, a response-time target) is rewritten to follow, before anything is
//! compared, so that the same persona under two ids is not a difference.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::compare::{entries, field_changes, pair, to_value, Entry, FieldChange, Part};
use crate::document::{
    Channel, ChannelVariant, Charter, ListKind, ReplyTemplate, ResponseTarget, Ritual,
};
use crate::locate::Place;

/// What to do with one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// The draft's version stays.
    #[default]
    Mine,
    /// Their version replaces the draft's (under the draft's id).
    Theirs,
    /// Both stay: theirs is added as a new item (lists only).
    Both,
}

/// An item (or a section's fields) that both charters have, with different content.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub part: Part,
    /// The item's name in the draft and in their charter.
    pub mine: String,
    pub theirs: String,
    /// The fields that differ: `old` is the draft's value, `new` theirs.
    pub fields: Vec<FieldChange>,
    /// Which of their items this is (its index in its part).
    theirs_index: usize,
}

impl Conflict {
    /// Whether "keep both" makes sense: only list items can be there twice.
    pub fn can_keep_both(&self) -> bool {
        matches!(self.part, Part::List(_))
    }
}

/// What combining would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// Their items new to the draft, by part and name.
    pub added: Vec<(Part, String)>,
    /// Section fields the draft leaves empty and theirs fills, by part and path.
    pub filled: Vec<(Part, String)>,
    pub conflicts: Vec<Conflict>,
}

impl Plan {
    /// Whether combining would change nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.filled.is_empty() && self.conflicts.is_empty()
    }
}

/// Paths of section fields that are never combined: the date is the export's, not a choice.
const NOT_COMBINED: [&str; 1] = ["meta/last_updated"];

/// Whether a value holds nothing a person wrote.
fn is_empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(items)) => items.is_empty(),
        Some(Value::Object(object)) => object.is_empty(),
        Some(_) => false,
    }
}

/// What combining does with one differing field of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    /// Theirs is empty: the draft's stays.
    Ignored,
    /// The draft's is empty: theirs fills it.
    Filled,
    /// Both hold something: the person chooses.
    Conflict,
}

/// The one rule for a section's differing field, which [`plan`] shows and [`apply`] follows.
fn fate(change: &FieldChange) -> Fate {
    if is_empty(change.new.as_ref()) {
        Fate::Ignored
    } else if is_empty(change.old.as_ref()) {
        Fate::Filled
    } else {
        Fate::Conflict
    }
}

/// Both charters read for combining: their items' ids and references already rewritten to
/// the ids they will have in the result.
struct Prepared {
    mine: Charter,
    mine_json: Value,
    theirs: Charter,
    theirs_json: Value,
    /// Per list: `pairs[j]`, the draft's item that their item `j` matches.
    pairs: HashMap<ListKind, Vec<Option<usize>>>,
}

impl Prepared {
    fn new(mine: &Charter, theirs: &Charter, choice: &dyn Fn(Part, usize) -> Choice) -> Prepared {
        let mine_json = to_value(mine);
        let original = to_value(theirs);
        let mut pairs = HashMap::new();
        let mut maps: HashMap<ListKind, HashMap<String, String>> = HashMap::new();
        for kind in ListKind::ALL {
            let part = Part::List(kind);
            let mine_entries = entries(mine, &mine_json, part);
            let theirs_entries = entries(theirs, &original, part);
            let paired = pair(&mine_entries, &theirs_entries);
            let mut used: HashSet<String> = mine_entries.iter().map(|e| e.key.clone()).collect();
            let mut map = HashMap::new();
            for (j, (entry, paired)) in theirs_entries.iter().zip(&paired).enumerate() {
                let id = match paired {
                    Some(i) if choice(part, j) != Choice::Both => mine_entries[*i].key.clone(),
                    _ if !used.contains(&entry.key) => entry.key.clone(),
                    _ => crate::list::fresh_id_among(
                        kind.singular(),
                        used.iter().map(String::as_str),
                    ),
                };
                used.insert(id.clone());
                map.insert(entry.key.clone(), id);
            }
            pairs.insert(kind, paired);
            maps.insert(kind, map);
        }
        let mut theirs_json = original;
        rewrite_ids(&mut theirs_json, &maps);
        let theirs = crate::json::charter_of(&theirs_json).unwrap_or_else(|_| theirs.clone());
        Prepared {
            mine: mine.clone(),
            mine_json,
            theirs,
            theirs_json,
            pairs,
        }
    }

    fn entries(&self, part: Part) -> (Vec<Entry>, Vec<Entry>) {
        (
            entries(&self.mine, &self.mine_json, part),
            entries(&self.theirs, &self.theirs_json, part),
        )
    }

    /// The pairs of a part: lists as prepared, targets by channel and situation.
    fn pairs(&self, part: Part, mine: &[Entry], theirs: &[Entry]) -> Vec<Option<usize>> {
        match part {
            Part::List(kind) => self.pairs[&kind].clone(),
            _ => pair(mine, theirs),
        }
    }
}

/// Rewrites their ids and every reference to them, with one id map per list.
fn rewrite_ids(json: &mut Value, maps: &HashMap<ListKind, HashMap<String, String>>) {
    let follow = |value: &mut Value, kind: ListKind| {
        if let Some(id) = value.as_str().and_then(|id| maps[&kind].get(id)) {
            *value = Value::String(id.clone());
        }
    };
    let each = |json: &mut Value, pointer: &str, f: &mut dyn FnMut(&mut Value)| {
        if let Some(Value::Array(items)) = json.pointer_mut(pointer) {
            items.iter_mut().for_each(f);
        }
    };
    for kind in ListKind::ALL {
        each(json, kind.pointer(), &mut |item| {
            if let Some(id) = item.get_mut("id") {
                follow(id, kind);
            }
        });
    }
    each(json, ListKind::Channels.pointer(), &mut |channel| {
        if let Some(Value::Array(ids)) = channel.get_mut(Channel::PERSONA_IDS.key) {
            ids.iter_mut().for_each(|id| follow(id, ListKind::Personas));
        }
    });
    for (kind, channels) in [
        (ListKind::Templates, ReplyTemplate::CHANNEL_IDS.key),
        (ListKind::Rituals, Ritual::CHANNEL_IDS.key),
    ] {
        each(json, kind.pointer(), &mut |item| {
            if let Some(Value::Array(ids)) = item.get_mut(channels) {
                ids.iter_mut().for_each(|id| follow(id, ListKind::Channels));
            }
            if let Some(Value::Array(variants)) = item.get_mut(ReplyTemplate::VARIANTS.key) {
                for variant in variants {
                    if let Some(id) = variant.get_mut(ChannelVariant::CHANNEL_ID.key) {
                        follow(id, ListKind::Channels);
                    }
                }
            }
        });
    }
    let targets = Part::Targets.pointer().unwrap_or_default();
    each(json, &targets, &mut |target| {
        if let Some(id) = target.get_mut(ResponseTarget::CHANNEL_ID.key) {
            follow(id, ListKind::Channels);
        }
    });
}

/// What combining `theirs` into `mine` would do. Nothing changes until [`apply`].
pub fn plan(mine: &Charter, theirs: &Charter) -> Plan {
    let prepared = Prepared::new(mine, theirs, &|_, _| Choice::Mine);
    let mut plan = Plan::default();
    for part in Part::all() {
        let (mine_entries, theirs_entries) = prepared.entries(part);
        if let Part::Fields(_) = part {
            let (Some(m), Some(t)) = (mine_entries.first(), theirs_entries.first()) else {
                continue;
            };
            let mut conflicting = Vec::new();
            for change in field_changes(&m.value, &t.value, &NOT_COMBINED) {
                match fate(&change) {
                    Fate::Ignored => {}
                    Fate::Filled => plan.filled.push((part, change.path)),
                    Fate::Conflict => conflicting.push(change),
                }
            }
            if !conflicting.is_empty() {
                plan.conflicts.push(Conflict {
                    part,
                    mine: m.name.clone(),
                    theirs: t.name.clone(),
                    fields: conflicting,
                    theirs_index: 0,
                });
            }
            continue;
        }
        let pairs = prepared.pairs(part, &mine_entries, &theirs_entries);
        for (j, (entry, paired)) in theirs_entries.iter().zip(pairs).enumerate() {
            match paired {
                None => plan.added.push((part, entry.name.clone())),
                Some(i) => {
                    let fields = field_changes(&mine_entries[i].value, &entry.value, &[]);
                    if !fields.is_empty() {
                        plan.conflicts.push(Conflict {
                            part,
                            mine: mine_entries[i].name.clone(),
                            theirs: entry.name.clone(),
                            fields,
                            theirs_index: j,
                        });
                    }
                }
            }
        }
    }
    plan
}

/// The combined charter, with `choices[k]` for `plan.conflicts[k]` (a missing choice keeps
/// the draft's version; "both" on a section's fields keeps the draft's too).
pub fn apply(mine: &Charter, theirs: &Charter, plan: &Plan, choices: &[Choice]) -> Charter {
    let chosen: HashMap<(Part, usize), Choice> = plan
        .conflicts
        .iter()
        .zip(
            choices
                .iter()
                .copied()
                .chain(std::iter::repeat(Choice::Mine)),
        )
        .map(|(conflict, choice)| ((conflict.part, conflict.theirs_index), choice))
        .collect();
    let choice = |part: Part, j: usize| chosen.get(&(part, j)).copied().unwrap_or_default();
    let prepared = Prepared::new(mine, theirs, &choice);
    let mut result = prepared.mine_json.clone();
    for part in Part::all() {
        let (mine_entries, theirs_entries) = prepared.entries(part);
        match part {
            Part::Fields(_) => {
                let (Some(m), Some(t)) = (mine_entries.first(), theirs_entries.first()) else {
                    continue;
                };
                let take_all = choice(part, 0) == Choice::Theirs;
                for change in field_changes(&m.value, &t.value, &NOT_COMBINED) {
                    let take = match fate(&change) {
                        Fate::Ignored => false,
                        Fate::Filled => true,
                        Fate::Conflict => take_all,
                    };
                    if take {
                        set_path(&mut result, &change.path, change.new);
                    }
                }
            }
            Part::List(_) | Part::Targets => {
                let pointer = part.pointer().unwrap_or_default();
                let pairs = prepared.pairs(part, &mine_entries, &theirs_entries);
                let Some(Value::Array(items)) = result.pointer_mut(&pointer) else {
                    continue;
                };
                for (j, (entry, paired)) in theirs_entries.into_iter().zip(pairs).enumerate() {
                    match (paired, choice(part, j)) {
                        (None, _) => items.push(entry.value),
                        (Some(_), Choice::Both) if matches!(part, Part::List(_)) => {
                            items.push(entry.value)
                        }
                        (Some(i), Choice::Theirs) if entry.value != mine_entries[i].value => {
                            items[i] = entry.value;
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    crate::json::charter_of(&result).unwrap_or_else(|_| mine.clone())
}

/// Sets (or, for `None`, removes) the field at a `/`-joined path of JSON keys.
fn set_path(json: &mut Value, path: &str, value: Option<Value>) {
    let (parent, key) = match path.rsplit_once('/') {
        Some((parent, key)) => (Place::Root.pointer(parent), key),
        None => (String::new(), path),
    };
    if let Some(Value::Object(object)) = json.pointer_mut(&parent) {
        match value {
            Some(value) => {
                object.insert(key.to_owned(), value);
            }
            None => {
                object.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Channel, Persona, ReplyTemplate};
    use crate::Lang;

    fn persona(id: &str, name: &str) -> Persona {
        Persona {
            id: id.into(),
            name: name.into(),
            ..Persona::default()
        }
    }

    fn base() -> Charter {
        let mut c = Charter::new(Lang::En);
        c.meta.title = "Charter".into();
        c.personas.push(persona("persona-1", "Léa"));
        c.channels.push(Channel {
            id: "channel-1".into(),
            name: "Forum".into(),
            persona_ids: vec!["persona-1".into()],
            ..Channel::default()
        });
        c
    }

    #[test]
    fn combining_a_charter_with_itself_changes_nothing() {
        let c = base();
        let plan = plan(&c, &c);
        assert!(plan.is_empty(), "{plan:#?}");
        assert_eq!(apply(&c, &c, &plan, &[]), c);
    }

    #[test]
    fn new_items_are_added_with_fresh_ids_and_their_references_follow() {
        let mine = base();
        let mut theirs = Charter::new(Lang::En);
        // their Léa is the draft's persona-1 under another id, and their persona-1 is someone
        // else, who must not take the draft's id
        theirs.personas.push(persona("persona-5", "Léa"));
        theirs.personas.push(persona("persona-1", "Marc"));
        theirs.channels.push(Channel {
            id: "channel-7".into(),
            name: "Discord".into(),
            persona_ids: vec!["persona-1".into(), "persona-5".into()],
            ..Channel::default()
        });
        theirs.templates.push(ReplyTemplate {
            id: "template-1".into(),
            title: "Welcome".into(),
            channel_ids: vec!["channel-7".into()],
            ..ReplyTemplate::default()
        });
        let plan = plan(&mine, &theirs);
        assert_eq!(plan.added.len(), 3, "{plan:#?}");
        assert!(plan.conflicts.is_empty(), "{plan:#?}");
        let merged = apply(&mine, &theirs, &plan, &[]);
        assert_eq!(merged.personas.len(), 2);
        assert_eq!(merged.personas[1].id, "persona-2");
        assert_eq!(merged.channels[1].id, "channel-7");
        assert_eq!(merged.channels[1].persona_ids, ["persona-2", "persona-1"]);
        assert_eq!(merged.templates[0].channel_ids, ["channel-7"]);
        // the draft's own references are untouched
        assert_eq!(merged.channels[0].persona_ids, ["persona-1"]);
    }

    #[test]
    fn a_conflict_resolves_each_way() {
        let mine = base();
        let mut theirs = base();
        theirs.personas[0].age.min = Some(30);
        theirs.meta.title = "Their title".into();
        let plan = plan(&mine, &theirs);
        assert_eq!(plan.conflicts.len(), 2, "{plan:#?}");
        let persona_at = plan
            .conflicts
            .iter()
            .position(|c| c.part == Part::List(ListKind::Personas))
            .unwrap();
        let mut choices = vec![Choice::Mine; 2];
        assert_eq!(apply(&mine, &theirs, &plan, &choices), mine);
        choices[persona_at] = Choice::Theirs;
        let taken = apply(&mine, &theirs, &plan, &choices);
        assert_eq!(taken.personas.len(), 1);
        assert_eq!(taken.personas[0].age.min, Some(30));
        assert_eq!(taken.meta.title, "Charter");
        choices[persona_at] = Choice::Both;
        choices[1 - persona_at] = Choice::Theirs;
        let both = apply(&mine, &theirs, &plan, &choices);
        assert_eq!(
            both.personas
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
            ["persona-1", "persona-2"]
        );
        assert_eq!(both.meta.title, "Their title");
    }

    #[test]
    fn an_empty_field_of_the_draft_is_filled_and_an_empty_one_of_theirs_is_ignored() {
        let mut mine = base();
        mine.moderation.troll_policy = "Reply once.".into();
        let mut theirs = base();
        theirs.crisis.spokesperson.name = "Ana".into();
        let plan = plan(&mine, &theirs);
        assert!(plan.conflicts.is_empty(), "{plan:#?}");
        assert_eq!(plan.filled.len(), 1);
        let merged = apply(&mine, &theirs, &plan, &[]);
        assert_eq!(merged.crisis.spokesperson.name, "Ana");
        assert_eq!(merged.moderation.troll_policy, "Reply once.");
    }
}
