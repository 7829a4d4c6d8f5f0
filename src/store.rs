//! The draft in the app: the core's [`Draft`], kept out of the reactive graph, and one trigger
//! per part that can change (every item of every list, every list's membership, the fields of
//! each section outside the lists). An edit goes through [`Store::apply`], which runs a `Draft`
//! method and notifies exactly what the core says it changed (`charter::document::Change`); a
//! reader tracks only the part it shows. So a keystroke in one of 300 templates reruns that
//! template's fields, not 300 cards.

use std::collections::HashMap;

use charter::document::Change;
use charter::document::ListKind;
use charter::document::Section;
use charter::Draft;
use leptos::prelude::*;

/// How many lists the charter has (one trigger each).
const LISTS: usize = ListKind::ALL.len();

/// The draft and what watches it.
#[derive(Clone, Copy)]
pub struct Store {
    draft: StoredValue<Draft>,
    /// Any change at all: autosave, validation, whole-charter previews.
    any: Trigger,
    /// The fields outside the lists, per section.
    sections: [Trigger; Section::ALL.len()],
    /// Which items a list holds, and in which order.
    lists: [Trigger; LISTS],
    /// The removal kept for "Undo" (not the charter: no save, no validation).
    undo: Trigger,
    /// The fields of one item, created when something first watches it.
    items: StoredValue<HashMap<(ListKind, String), ArcTrigger>>,
    /// How many edits changed something: a save remembers it, so that a later one means
    /// unsaved edits.
    generation: StoredValue<u64>,
    /// What changed since the checks last looked ([`Store::take_unchecked`]); at first,
    /// everything.
    unchecked: StoredValue<Vec<Change>>,
    /// The whole charter was replaced (opened, imported, an example, started over).
    replaced: Trigger,
}

/// Past this many changes waiting for the checks, they are told "everything" instead: checking
/// it all once costs less than going through a long history.
const MOST_UNCHECKED: usize = 256;

impl Store {
    pub fn new(draft: Draft) -> Store {
        Store {
            draft: StoredValue::new(draft),
            any: Trigger::new(),
            sections: std::array::from_fn(|_| Trigger::new()),
            lists: std::array::from_fn(|_| Trigger::new()),
            undo: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
            generation: StoredValue::new(0),
            unchecked: StoredValue::new(vec![Change::All]),
            replaced: Trigger::new(),
        }
    }

    /// Makes the current reader rerun when the whole charter is replaced.
    pub fn watch_replaced(&self) {
        self.replaced.track();
    }

    /// What changed since the last call, for the checks (`charter::validate::Checked::apply`).
    pub fn take_unchecked(&self) -> Vec<Change> {
        self.unchecked
            .try_update_value(std::mem::take)
            .unwrap_or_default()
    }

    /// How many edits have changed the draft so far.
    pub fn generation(&self) -> u64 {
        self.generation.get_value()
    }

    /// Reads the draft without watching it.
    pub fn read<R>(&self, read: impl FnOnce(&Draft) -> R) -> R {
        self.draft.with_value(read)
    }

    /// Reads the draft and reruns the reader on any change.
    pub fn read_all<R>(&self, read: impl FnOnce(&Draft) -> R) -> R {
        self.any.track();
        self.read(read)
    }

    /// Makes the current reader rerun when `change` happens.
    pub fn watch(&self, change: &Change) {
        match change {
            Change::Item(kind, id) => self.item_trigger(*kind, id).track(),
            Change::List(kind) => self.lists[kind.index()].track(),
            Change::Section(section) => self.sections[section.index()].track(),
            Change::All => self.any.track(),
            Change::Undo => self.undo.track(),
        }
    }

    /// Makes the current reader rerun when a list gains, loses or reorders items.
    pub fn watch_list(&self, kind: ListKind) {
        self.watch(&Change::List(kind));
    }

    /// Makes the current reader rerun when a list or any of its items changes.
    pub fn watch_items(&self, kind: ListKind) {
        self.watch_list(kind);
        let ids: Vec<String> = self.read(|d| {
            kind.ids(d.charter())
                .into_iter()
                .map(str::to_owned)
                .collect()
        });
        for id in ids {
            self.watch(&Change::Item(kind, id));
        }
    }

    /// Makes the current reader rerun when anything of a section changes: its own fields, its
    /// lists and their items.
    pub fn watch_section(&self, section: Section) {
        self.watch(&Change::Section(section));
        for kind in section.lists() {
            self.watch_items(kind);
        }
    }

    /// Runs an edit on the draft, then notifies what it changed.
    pub fn apply<R>(&self, edit: impl FnOnce(&mut Draft) -> R) -> R {
        let (result, changes) = self
            .draft
            .try_update_value(|draft| {
                let result = edit(draft);
                (result, draft.take_changes())
            })
            .expect("the draft lives as long as the app");
        for change in &changes {
            self.notify(change);
        }
        // only a change of the charter is an edit to save and check
        if changes.iter().any(|c| *c != Change::Undo) {
            self.unchecked.update_value(|unchecked| {
                unchecked.extend(changes.iter().filter(|c| **c != Change::Undo).cloned());
                if unchecked.len() > MOST_UNCHECKED || unchecked.contains(&Change::All) {
                    *unchecked = vec![Change::All];
                }
            });
            self.generation.update_value(|g| *g += 1);
            self.any.notify();
        }
        result
    }

    fn notify(&self, change: &Change) {
        match change {
            Change::Item(kind, id) => {
                let trigger = self
                    .items
                    .with_value(|items| items.get(&(*kind, id.clone())).cloned());
                if let Some(trigger) = trigger {
                    trigger.notify();
                }
            }
            Change::List(kind) => self.lists[kind.index()].notify(),
            Change::Section(section) => self.sections[section.index()].notify(),
            Change::Undo => self.undo.notify(),
            Change::All => {
                self.replaced.notify();
                self.sections.iter().for_each(|t| t.notify());
                self.lists.iter().for_each(|t| t.notify());
                self.items
                    .with_value(|items| items.values().for_each(ArcTrigger::notify));
            }
        }
    }

    fn item_trigger(&self, kind: ListKind, id: &str) -> ArcTrigger {
        let key = (kind, id.to_owned());
        if let Some(trigger) = self.items.with_value(|items| items.get(&key).cloned()) {
            return trigger;
        }
        let trigger = ArcTrigger::new();
        self.items.update_value(|items| {
            items.insert(key, trigger.clone());
        });
        trigger
    }
}
