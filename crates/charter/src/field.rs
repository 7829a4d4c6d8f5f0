//! `Field`: one editable field of a document type, named once, next to its type
//! (`Persona::NAME`, `Charter::TITLE`). A field knows its place in the exported JSON and how to
//! read and write it, so the app binds a form control to a field and never reaches into the
//! charter itself; every change goes through [`crate::Draft`], which says what it changed
//! ([`Change`]) so that only what shows that part is redrawn.

use crate::document::Charter;
use crate::draft::{ListItem, ListKind};
use crate::locate::Section;

/// A field of a `T` holding a `V`.
pub struct Field<T, V> {
    /// The field's path below `T`, as the JSON writes it: `name`, `age/min`, `meta/title`.
    pub key: &'static str,
    pub get: fn(&T) -> &V,
    pub get_mut: fn(&mut T) -> &mut V,
}

impl<T, V> Clone for Field<T, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, V> Copy for Field<T, V> {}

/// The key of a field path: `age.min` is `age/min`.
#[macro_export]
#[doc(hidden)]
macro_rules! field_key {
    ($part:ident) => {
        stringify!($part)
    };
    ($part:ident . $($rest:ident).+) => {
        concat!(stringify!($part), "/", $crate::field_key!($($rest).+))
    };
}

/// A [`Field`] from its path in the struct: `field!(age.min)`.
#[macro_export]
macro_rules! field {
    ($($part:ident).+) => {
        $crate::field::Field {
            key: $crate::field_key!($($part).+),
            get: |x| &x.$($part).+,
            get_mut: |x| &mut x.$($part).+,
        }
    };
}

/// What an edit changed, so that the app redraws only what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Fields of one item of a list.
    Item(ListKind, String),
    /// A list gained, lost or reordered items.
    List(ListKind),
    /// Fields outside the lists, in one section.
    Section(Section),
    /// Anything: the whole charter was replaced.
    All,
}

/// What holds fields: the charter itself, or an item of one of its lists, found by its id.
pub trait Owner: Sized + 'static {
    fn find<'a>(charter: &'a Charter, id: &str) -> Option<&'a Self>;
    fn find_mut<'a>(charter: &'a mut Charter, id: &str) -> Option<&'a mut Self>;
    /// What a change to the field `key` of the owner `id` changes.
    fn change(id: &str, key: &str) -> Change;
}

impl Owner for Charter {
    fn find<'a>(charter: &'a Charter, _: &str) -> Option<&'a Charter> {
        Some(charter)
    }

    fn find_mut<'a>(charter: &'a mut Charter, _: &str) -> Option<&'a mut Charter> {
        Some(charter)
    }

    fn change(_: &str, key: &str) -> Change {
        Section::of_pointer(key).map_or(Change::All, Change::Section)
    }
}

impl<T: ListItem> Owner for T {
    fn find<'a>(charter: &'a Charter, id: &str) -> Option<&'a T> {
        T::list(charter).iter().find(|item| item.id() == id)
    }

    fn find_mut<'a>(charter: &'a mut Charter, id: &str) -> Option<&'a mut T> {
        T::list_mut(charter).iter_mut().find(|item| item.id() == id)
    }

    fn change(id: &str, _: &str) -> Change {
        Change::Item(T::KIND, id.to_owned())
    }
}

/// Members of a set ticked in a checkbox group, and the order the set keeps.
pub trait Member: PartialEq + Clone + Send + Sync + 'static {
    /// Puts the set in its order after a member was ticked.
    fn order(_set: &mut [Self]) {}
}

impl Member for String {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Persona;

    #[test]
    fn a_field_reads_writes_and_knows_its_key() {
        let age_min: Field<Persona, Option<u8>> = crate::field!(age.min);
        let mut persona = Persona::default();
        *(age_min.get_mut)(&mut persona) = Some(18);
        assert_eq!((age_min.get)(&persona), &Some(18));
        assert_eq!(age_min.key, "age/min");
        assert_eq!(Persona::NAME.key, "name");
    }

    #[test]
    fn changes_name_the_item_or_the_section() {
        assert_eq!(
            <Persona as Owner>::change("persona-2", "name"),
            Change::Item(ListKind::Personas, "persona-2".into())
        );
        assert_eq!(
            <Charter as Owner>::change("", "meta/title"),
            Change::Section(Section::BrandVoice)
        );
    }
}
