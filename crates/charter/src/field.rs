//! `Field`: one editable field of a document type, named once, next to its type
//! (`Persona::NAME`, `Charter::TITLE`). A field knows its place in the exported JSON and how to
//! read and write it, so the app binds a form control to a field and never reaches into the
//! charter itself; every change goes through `Draft`, which says what it changed (`Change`,
//! in `document::lists`) so that only what shows that part is redrawn.

// A leaf: it names nothing else of the crate, so every document type can use it.

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
}
