//! Walking every one-per-line list and every translated text of a charter: the mechanism that
//! tidying a draft for export (`Charter::normalized`, in `document`) and the synthetic charters
//! (`generate`) use.
//!
//! Each document type lists its fields once with [`walk!`], right under its definition; the
//! pattern is exhaustive, so a field added to the type and not to its `walk!` line does not
//! compile. What a field does when walked follows from its type: a [`Lines`] or a
//! [`LocalizedText`] is visited, plain values are not. That is why no list can be forgotten when a charter is
//! tidied.

use crate::document::LocalizedText;
use crate::lines::Lines;

/// What a walk does at each list, each translated text and each plain text field.
pub trait Visitor {
    fn lines(&mut self, _lines: &mut Lines) {}
    fn text(&mut self, _text: &mut LocalizedText) {}
    /// A plain text field, with its key (`name`, `purpose`, `id`, `channel_ids`…).
    fn string(&mut self, _key: &str, _value: &mut String) {}
}

/// A value whose lists and texts can be visited.
pub trait Walk {
    fn walk(&mut self, _visitor: &mut dyn Visitor) {}

    /// Walks the value of the field `key` (a plain text field tells the visitor its key).
    fn walk_field(&mut self, _key: &str, visitor: &mut dyn Visitor) {
        self.walk(visitor);
    }
}

impl Walk for String {
    fn walk_field(&mut self, key: &str, visitor: &mut dyn Visitor) {
        visitor.string(key, self);
    }
}

impl Walk for Lines {
    fn walk(&mut self, visitor: &mut dyn Visitor) {
        visitor.lines(self);
    }
}

impl Walk for LocalizedText {
    fn walk(&mut self, visitor: &mut dyn Visitor) {
        visitor.text(self);
    }
}

impl<T: Walk> Walk for Vec<T> {
    fn walk(&mut self, visitor: &mut dyn Visitor) {
        for item in self {
            item.walk(visitor);
        }
    }

    fn walk_field(&mut self, key: &str, visitor: &mut dyn Visitor) {
        for item in self {
            item.walk_field(key, visitor);
        }
    }
}

impl<T: Walk> Walk for Option<T> {
    fn walk(&mut self, visitor: &mut dyn Visitor) {
        if let Some(item) = self {
            item.walk(visitor);
        }
    }

    fn walk_field(&mut self, key: &str, visitor: &mut dyn Visitor) {
        if let Some(item) = self {
            item.walk_field(key, visitor);
        }
    }
}

/// Values with nothing inside to visit.
macro_rules! leaves {
    ($($ty:ty),* $(,)?) => {$( impl $crate::tidy::Walk for $ty {} )*};
}
leaves!(u8, u32, u64, bool);
pub(crate) use leaves;

/// Implements [`Walk`] for a struct by walking each of its fields. The field list must be
/// complete: it is an exhaustive pattern.
macro_rules! walk {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::tidy::Walk for $ty {
            fn walk(&mut self, visitor: &mut dyn $crate::tidy::Visitor) {
                let $ty { $($field),* } = self;
                $( $crate::tidy::Walk::walk_field($field, stringify!($field), visitor); )*
            }
        }
    };
}
pub(crate) use walk;
