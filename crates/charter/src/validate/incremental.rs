//! Validation kept true to the draft edit by edit (issue 19): a keystroke checks again only the
//! unit it changed and the units that read what it changed in the [`Index`], so that its cost
//! does not grow with the rest of the charter.
//!
//! The problems are kept per unit (a section's own fields, one item of a list) and counted per
//! section; [`Checked::problems`] lists them in the order of [`units`], which is exactly what
//! [`validate`] returns for the same charter (the property test in
//! `tests/incremental_validation.rs` compares them after every edit of random sequences).
//!
//! Why this is enough: a unit's rules read the charter only through the unit itself and the
//! index, and every read of the index is recorded as a [`Key`]. An edit says what it changed
//! ([`Change`]): the units it names are checked again, the parts of the index it can move are
//! read again and compared, and the units that read a key whose answer changed follow. Ids are
//! never edited in place, so an item's edit moves no id; a list's change (add, remove, move)
//! checks every item of that list again, since their positions, and so their pointers, moved.

use std::collections::HashMap;

use super::{check_reading, units, ChannelFacts, Index, Key, Problem, Severity, Unit};
use crate::document::{Change, Charter, ListKind, Section};

const SECTIONS: usize = Section::ALL.len();
const LISTS: usize = ListKind::ALL.len();

/// The problems of a charter, per unit, and what each unit read to find them.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    index: Index,
    fields: [Part; SECTIONS],
    items: [Vec<Part>; LISTS],
    /// Who read each key of the index.
    readers: HashMap<Key, Vec<Unit>>,
    /// Per section, its errors and its warnings.
    counts: [[usize; 2]; SECTIONS],
    /// Per section, whether its own fields differ from a blank charter's (see [`Checked::touched`]).
    fields_touched: [bool; SECTIONS],
}

/// One unit's problems, and what it read of the index to find them.
#[derive(Debug, Clone, Default)]
struct Part {
    problems: Vec<Problem>,
    reads: Vec<Key>,
}

impl Checked {
    /// Checks the whole charter.
    pub fn new(charter: &Charter) -> Checked {
        let mut checked = Checked {
            index: Index::of(charter),
            ..Checked::default()
        };
        for kind in ListKind::ALL {
            checked.items[kind.index()] = vec![Part::default(); kind.len(charter)];
        }
        for unit in units(charter) {
            checked.recheck(charter, unit);
        }
        checked
    }

    /// Brings the problems up to date with `charter` after `changes` (what the draft said it
    /// changed since the last call, as [`crate::Draft::take_changes`] returns it).
    pub fn apply(&mut self, charter: &Charter, changes: &[Change]) {
        // the language words every message and names the channels: everything again
        if changes.contains(&Change::All) || charter.meta.language != self.index.lang {
            *self = Checked::new(charter);
            return;
        }
        let mut dirty = Vec::new();
        let mut moved = Vec::new();
        let (mut channels, mut placeholders) = (false, false);
        // lists first: an edited item is then found by its id where the list now holds it
        for change in changes {
            if let Change::List(kind) = *change {
                let old = std::mem::take(&mut self.index.first_id[kind.index()]);
                self.index.list_ids(charter, kind);
                let new = &self.index.first_id[kind.index()];
                moved.extend(
                    old.keys()
                        .filter(|id| !new.contains_key(*id))
                        .chain(new.keys().filter(|id| !old.contains_key(*id)))
                        .map(|id| Key::Id(kind, id.clone())),
                );
                self.resize(kind, kind.len(charter));
                dirty.extend((0..kind.len(charter)).map(|i| Unit::Item(kind, i)));
                channels |= kind == ListKind::Channels;
                placeholders |= kind == ListKind::Placeholders;
            }
        }
        for change in changes {
            match change {
                Change::Item(kind, id) => {
                    if let Some(&i) = self.index.first_id[kind.index()].get(id) {
                        dirty.push(Unit::Item(*kind, i));
                    }
                    channels |= *kind == ListKind::Channels;
                    placeholders |= *kind == ListKind::Placeholders;
                }
                Change::Section(section) => {
                    dirty.push(Unit::Fields(*section));
                }
                Change::List(_) | Change::All | Change::Undo => {}
            }
        }
        if channels {
            moved.extend(self.reread_channels(charter));
        }
        if placeholders {
            moved.extend(self.reread_placeholders(charter));
        }
        for key in &moved {
            if let Some(units) = self.readers.get(key) {
                dirty.extend(units.iter().copied());
            }
        }
        dirty.sort_unstable();
        dirty.dedup();
        for unit in dirty {
            self.recheck(charter, unit);
        }
    }

    /// Every problem, in document order: what [`super::validate`] returns.
    pub fn problems(&self) -> Vec<&Problem> {
        let mut all = Vec::new();
        for section in Section::ALL {
            all.extend(&self.fields[section.index()].problems);
            for kind in section.lists() {
                for part in &self.items[kind.index()] {
                    all.extend(&part.problems);
                }
            }
        }
        all
    }

    /// The problems of one unit.
    pub fn of_unit(&self, unit: Unit) -> &[Problem] {
        self.part(unit).map_or(&[], |part| &part.problems)
    }

    fn part(&self, unit: Unit) -> Option<&Part> {
        match unit {
            Unit::Fields(section) => Some(&self.fields[section.index()]),
            Unit::Item(kind, i) => self.items[kind.index()].get(i),
        }
    }

    fn part_mut(&mut self, unit: Unit) -> Option<&mut Part> {
        match unit {
            Unit::Fields(section) => Some(&mut self.fields[section.index()]),
            Unit::Item(kind, i) => self.items[kind.index()].get_mut(i),
        }
    }

    /// How many problems of `severity` the section has (its own fields and its lists').
    pub fn count(&self, section: Section, severity: Severity) -> usize {
        self.counts[section.index()][severity as usize]
    }

    /// Whether `section` holds something a blank charter does not (the task list's "not
    /// started"): an item in one of its lists, or a field of its own changed.
    pub fn touched(&self, section: Section) -> bool {
        self.fields_touched[section.index()]
            || section
                .lists()
                .any(|kind| !self.items[kind.index()].is_empty())
    }

    /// How many problems of `severity` the charter has.
    pub fn total(&self, severity: Severity) -> usize {
        Section::ALL.iter().map(|&s| self.count(s, severity)).sum()
    }

    /// The first problem at `path`.
    pub fn at(&self, path: &str) -> Option<&Problem> {
        self.first_near(path, |p| p.path == path)
    }

    /// The problem at `path`, else the first at one of its entries (`path/2`).
    pub fn within(&self, path: &str) -> Option<&Problem> {
        self.at(path).or_else(|| {
            let prefix = format!("{path}/");
            self.first_near(path, |p| p.path.starts_with(&prefix))
        })
    }

    /// The first problem that `wanted` picks among those that may lie at or below `path`: its
    /// unit's (every field asks on every change: no list is built), or every problem when the
    /// path holds more than one unit (a list itself, the root).
    fn first_near(&self, path: &str, wanted: impl Fn(&Problem) -> bool) -> Option<&Problem> {
        match unit_at(path) {
            Some(unit) => self.of_unit(unit).iter().find(|p| wanted(p)),
            None => self.problems().into_iter().find(|p| wanted(p)),
        }
    }

    /// Checks `unit` again and files what it found and what it read.
    fn recheck(&mut self, charter: &Charter, unit: Unit) {
        let (problems, reads) = check_reading(charter, &self.index, unit);
        self.forget(unit);
        let section = unit.section().index();
        for problem in &problems {
            self.counts[section][problem.severity as usize] += 1;
        }
        for key in &reads {
            let units = self.readers.entry(key.clone()).or_default();
            if units.last() != Some(&unit) {
                units.push(unit);
            }
        }
        if let Some(part) = self.part_mut(unit) {
            *part = Part { problems, reads };
        }
        if let Unit::Fields(section) = unit {
            self.fields_touched[section.index()] =
                super::revealed::fields_touched(charter, section);
        }
    }

    /// Takes a unit's problems out of the counts and its reads out of the readers.
    fn forget(&mut self, unit: Unit) {
        let section = unit.section().index();
        let Some(part) = self.part_mut(unit).map(std::mem::take) else {
            return;
        };
        for problem in &part.problems {
            self.counts[section][problem.severity as usize] -= 1;
        }
        for key in part.reads {
            if let Some(units) = self.readers.get_mut(&key) {
                units.retain(|u| *u != unit);
                if units.is_empty() {
                    self.readers.remove(&key);
                }
            }
        }
    }

    /// Makes room for `len` items of `kind`, forgetting the items past it.
    fn resize(&mut self, kind: ListKind, len: usize) {
        for i in len..self.items[kind.index()].len() {
            self.forget(Unit::Item(kind, i));
        }
        self.items[kind.index()].resize(len, Part::default());
    }

    /// Reads the channels again; the keys whose answer changed.
    fn reread_channels(&mut self, charter: &Charter) -> Vec<Key> {
        let old: HashMap<String, ChannelFacts> = std::mem::take(&mut self.index.channels);
        let old_order = std::mem::take(&mut self.index.channel_order);
        self.index.channels_of(charter);
        let new = &self.index.channels;
        let mut keys: Vec<Key> = old
            .keys()
            .chain(new.keys().filter(|id| !old.contains_key(*id)))
            .flat_map(|id| {
                let (was, is) = (old.get(id), new.get(id));
                let limit = was.map(|c| c.limit) != is.map(|c| c.limit);
                let name = was.map(|c| &c.name) != is.map(|c| &c.name);
                [
                    limit.then(|| Key::ChannelLimit(id.clone())),
                    name.then(|| Key::ChannelName(id.clone())),
                ]
            })
            .flatten()
            .collect();
        if old_order != self.index.channel_order {
            keys.push(Key::ChannelOrder);
        }
        keys
    }

    /// Reads the placeholders' names again; the names whose first definition changed.
    fn reread_placeholders(&mut self, charter: &Charter) -> Vec<Key> {
        let old = std::mem::take(&mut self.index.placeholders);
        self.index.placeholders_of(charter);
        let new = &self.index.placeholders;
        old.keys()
            .chain(new.keys().filter(|name| !old.contains_key(*name)))
            .filter(|name| old.get(*name) != new.get(*name))
            .map(|name| Key::Placeholder(name.clone()))
            .collect()
    }
}

/// The one unit that holds every field at or below `path`, if one does: the item of a list for
/// `/personas/2/…`, a section's own fields for a path in a section outside its lists.
fn unit_at(path: &str) -> Option<Unit> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    for kind in ListKind::ALL {
        let list = kind.path();
        if segments.starts_with(&list) {
            let index = segments.get(list.len())?.parse().ok()?;
            return Some(Unit::Item(kind, index));
        }
    }
    Section::of_pointer(path).map(Unit::Fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Placeholder, ReplyTemplate};
    use crate::draft::Draft;
    use crate::validate::validate;

    /// A keystroke in one template checks that template only, whatever the charter holds.
    #[test]
    fn a_keystroke_checks_its_item_and_those_that_read_it() {
        let mut charter = crate::generate::charter(
            7,
            crate::generate::Size {
                personas: 3,
                channels: 3,
                templates: 40,
            },
        );
        charter.placeholders.push(Placeholder {
            id: "placeholder-x".into(),
            name: "prenom".into(),
            ..Placeholder::default()
        });
        charter.templates.push(ReplyTemplate {
            id: "template-x".into(),
            ..ReplyTemplate::default()
        });
        let mut draft = Draft::new(charter);
        let mut checked = Checked::new(draft.charter());
        let body = ReplyTemplate::BODY;
        let lang = draft.charter().meta.language;
        draft.set_text("template-x", body, lang, "Bonjour {{prenom}}".into());
        let changes = draft.take_changes();
        checked.apply(draft.charter(), &changes);
        let all: Vec<_> = checked.problems().into_iter().cloned().collect();
        assert_eq!(all, validate(draft.charter()));
        // renaming the placeholder leaves the template's placeholder undefined
        draft.set("placeholder-x", Placeholder::NAME, "nom".into());
        let changes = draft.take_changes();
        checked.apply(draft.charter(), &changes);
        let all: Vec<_> = checked.problems().into_iter().cloned().collect();
        assert_eq!(all, validate(draft.charter()));
        let last = ListKind::Templates.len(draft.charter()) - 1;
        assert!(checked
            .of_unit(Unit::Item(ListKind::Templates, last))
            .iter()
            .any(|p| p.message.contains("prenom")));
    }

    #[test]
    fn problems_are_counted_in_the_section_of_their_field() {
        let mut charter = Charter::new(crate::Lang::En);
        charter.personas.push(crate::document::Persona {
            id: "persona-1".into(),
            ..Default::default()
        });
        let checked = Checked::new(&charter);
        // the empty title, the empty persona name, the missing spokesperson
        let errors = |section| checked.count(section, Severity::Error);
        assert_eq!(errors(Section::BrandVoice), 1);
        assert_eq!(errors(Section::Personas), 1);
        assert_eq!(errors(Section::Crisis), 1);
        assert_eq!(checked.total(Severity::Error), 3);
    }

    #[test]
    fn a_path_leads_to_its_unit() {
        assert_eq!(
            unit_at("/templates/3/body/fr"),
            Some(Unit::Item(ListKind::Templates, 3))
        );
        assert_eq!(unit_at("/templates"), None);
        assert_eq!(
            unit_at("/crisis/escalation/0/role"),
            Some(Unit::Item(ListKind::Escalation, 0))
        );
        assert_eq!(
            unit_at("/crisis/spokesperson/name"),
            Some(Unit::Fields(Section::Crisis))
        );
    }
}
