//! Ordered lists of items with stable ids: the operations every list of the charter offers
//! (add, duplicate, remove with undo, reorder). Written once, generically, so that personas,
//! channels, rules and templates all behave the same way.
//!
//! Ids are `prefix-N` with N one above the largest in use. They are never derived from the
//! position, so references between sections survive reordering.

/// An item that carries its own stable id (the lists' items implement it in
/// `document::lists`).
pub trait Identified {
    /// Prefix of generated ids, such as `persona`.
    const ID_PREFIX: &'static str;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
}

/// An item taken out of a list, kept so that the removal can be undone in place.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed<T> {
    pub index: usize,
    pub item: T,
}

/// The next id for a list: one above the largest `prefix-N` in use, so ids are not reused
/// while their former owner is still in the list. Whatever ids the list holds (imported ones
/// may be anything, `prefix-18446744073709551615` included), the id returned is not in use.
pub fn fresh_id<T: Identified>(items: &[T]) -> String {
    fresh_id_among(T::ID_PREFIX, items.iter().map(Identified::id))
}

/// [`fresh_id`] over bare ids: the first `prefix-N` above the largest in use, or, past the
/// largest number, the first one free. A merge uses it for the items it adds.
pub fn fresh_id_among<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> String {
    // the generic part only gathers the ids: the rest is compiled once, not once per list
    // (eight copies of it were 6 KB of the first module's code)
    fresh_among(prefix, ids.collect())
}

fn fresh_among(prefix: &str, ids: Vec<&str>) -> String {
    let used: std::collections::HashSet<&str> = ids.into_iter().collect();
    let highest = used
        .iter()
        .filter_map(|id| {
            id.strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    // one above the highest, or, past the largest number, the first number not taken (there
    // are fewer items than numbers, so one is free within len + 1 tries)
    let candidates = highest.checked_add(1).into_iter().chain(1..);
    candidates
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !used.contains(id.as_str()))
        .unwrap_or_else(|| unreachable!("an unused number exists among len + 1 candidates"))
}

pub fn position<T: Identified>(items: &[T], id: &str) -> Option<usize> {
    items.iter().position(|item| item.id() == id)
}

/// Appends `item` with a fresh id and returns that id.
pub fn push_new<T: Identified>(items: &mut Vec<T>, mut item: T) -> String {
    let id = fresh_id(items);
    item.set_id(id.clone());
    items.push(item);
    id
}

/// Inserts a copy of the item right after it, with a fresh id; returns the copy's id.
pub fn duplicate<T: Identified + Clone>(items: &mut Vec<T>, id: &str) -> Option<String> {
    let index = position(items, id)?;
    let mut copy = items[index].clone();
    let new_id = fresh_id(items);
    copy.set_id(new_id.clone());
    items.insert(index + 1, copy);
    Some(new_id)
}

pub fn remove<T: Identified>(items: &mut Vec<T>, id: &str) -> Option<Removed<T>> {
    let index = position(items, id)?;
    Some(Removed {
        index,
        item: items.remove(index),
    })
}

/// Puts a removed item back where it was. If its id was taken meanwhile, it gets a fresh one
/// rather than creating a duplicate id. Returns the id it now has.
pub fn restore<T: Identified>(items: &mut Vec<T>, removed: Removed<T>) -> String {
    let Removed { index, mut item } = removed;
    if position(items, item.id()).is_some() {
        item.set_id(fresh_id(items));
    }
    let id = item.id().to_owned();
    items.insert(index.min(items.len()), item);
    id
}

/// Moves an item up (negative) or down (positive), clamped to the list's ends.
/// Returns whether anything moved.
pub fn move_by<T: Identified>(items: &mut [T], id: &str, delta: isize) -> bool {
    let Some(from) = position(items, id) else {
        return false;
    };
    let last = items.len() as isize - 1;
    let to = (from as isize + delta).clamp(0, last) as usize;
    if to == from {
        return false;
    }
    if to < from {
        items[to..=from].rotate_right(1);
    } else {
        items[from..=to].rotate_left(1);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Persona;

    fn named(names: &[&str]) -> Vec<Persona> {
        let mut items = Vec::new();
        for name in names {
            push_new(
                &mut items,
                Persona {
                    name: (*name).to_owned(),
                    ..Persona::default()
                },
            );
        }
        items
    }

    fn names(items: &[Persona]) -> Vec<&str> {
        items.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn new_items_get_increasing_ids_that_skip_taken_ones() {
        let mut items = named(&["a", "b"]);
        assert_eq!(items[0].id, "persona-1");
        assert_eq!(items[1].id, "persona-2");
        items[0].id = "persona-41".into();
        assert_eq!(push_new(&mut items, Persona::default()), "persona-42");
        items.push(Persona {
            id: "hand-written".into(),
            ..Persona::default()
        });
        assert_eq!(fresh_id(&items), "persona-43");
    }

    #[test]
    fn fresh_ids_never_collide_even_past_the_largest_number() {
        let mut items = named(&["a", "b"]);
        items[0].id = format!("persona-{}", u64::MAX);
        let first = push_new(&mut items, Persona::default());
        let second = push_new(&mut items, Persona::default());
        assert_ne!(first, second);
        let mut ids: Vec<&str> = items.iter().map(|p| p.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), items.len(), "{ids:?}");
        assert!(!ids.contains(&"persona-0"));
    }

    #[test]
    fn duplicate_inserts_a_copy_after_the_original() {
        let mut items = named(&["a", "b"]);
        let copy = duplicate(&mut items, "persona-1").unwrap();
        assert_eq!(names(&items), ["a", "a", "b"]);
        assert_eq!(items[1].id, copy);
        assert_ne!(copy, "persona-1");
        assert!(duplicate(&mut items, "missing").is_none());
    }

    #[test]
    fn remove_then_restore_puts_the_item_back_in_place() {
        let mut items = named(&["a", "b", "c"]);
        let before = items.clone();
        let removed = remove(&mut items, "persona-2").unwrap();
        assert_eq!(names(&items), ["a", "c"]);
        assert_eq!(restore(&mut items, removed), "persona-2");
        assert_eq!(items, before);
    }

    #[test]
    fn restore_never_creates_a_duplicate_id() {
        let mut items = named(&["a", "b", "c"]);
        let removed = remove(&mut items, "persona-3").unwrap();
        let newcomer = push_new(&mut items, Persona::default());
        assert_eq!(newcomer, "persona-3");
        let restored = restore(&mut items, removed);
        assert_eq!(restored, "persona-4");
        let mut ids: Vec<_> = items.iter().map(|p| p.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), items.len());
    }

    #[test]
    fn move_by_reorders_and_clamps() {
        let mut items = named(&["a", "b", "c", "d"]);
        assert!(move_by(&mut items, "persona-1", 2));
        assert_eq!(names(&items), ["b", "c", "a", "d"]);
        assert!(move_by(&mut items, "persona-4", -1));
        assert_eq!(names(&items), ["b", "c", "d", "a"]);
        assert!(!move_by(&mut items, "persona-2", -1), "already first");
        assert!(move_by(&mut items, "persona-2", 99));
        assert_eq!(names(&items), ["c", "d", "a", "b"]);
        assert!(!move_by(&mut items, "nope", 1));
        // ids follow their items, not their positions
        assert_eq!(items[0].id, "persona-3");
    }
}
