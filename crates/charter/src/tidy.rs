//! Tidying a draft for export, and walking every one-per-line list and every translated text
//! of a charter.
//!
//! Each document type lists its fields once with [`walk!`], right under its definition; the
//! pattern is exhaustive, so a field added to the type and not to its `walk!` line does not
//! compile. What a field does when walked follows from its type: a [`Lines`] or a
//! [`LocalizedText`] is visited, plain values are not. That is why no list can be forgotten by
//! [`Charter::normalized`].

use crate::document::{Charter, LocalizedText};
use crate::lines::Lines;

/// What a walk does at each list and each translated text.
pub trait Visitor {
    fn lines(&mut self, _lines: &mut Lines) {}
    fn text(&mut self, _text: &mut LocalizedText) {}
}

/// A value whose lists and texts can be visited.
pub trait Walk {
    fn walk(&mut self, _visitor: &mut dyn Visitor) {}
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
}

impl<T: Walk> Walk for Option<T> {
    fn walk(&mut self, visitor: &mut dyn Visitor) {
        if let Some(item) = self {
            item.walk(visitor);
        }
    }
}

/// Values with nothing inside to visit.
macro_rules! leaves {
    ($($ty:ty),* $(,)?) => {$( impl $crate::tidy::Walk for $ty {} )*};
}
leaves!(String, u8, u32, u64, bool);
pub(crate) use leaves;

/// Implements [`Walk`] for a struct by walking each of its fields. The field list must be
/// complete: it is an exhaustive pattern.
macro_rules! walk {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::tidy::Walk for $ty {
            fn walk(&mut self, visitor: &mut dyn $crate::tidy::Visitor) {
                let $ty { $($field),* } = self;
                $( $crate::tidy::Walk::walk($field, visitor); )*
            }
        }
    };
}
pub(crate) use walk;

/// Trims list entries, drops blank ones, and makes a blank translation absent.
struct Tidier;

impl Visitor for Tidier {
    fn lines(&mut self, lines: &mut Lines) {
        lines.tidy();
    }

    fn text(&mut self, text: &mut LocalizedText) {
        for slot in [&mut text.fr, &mut text.en] {
            if slot.as_deref().is_some_and(|t| t.trim().is_empty()) {
                *slot = None;
            }
        }
    }
}

impl Charter {
    /// A copy with every list tidied and every blank translation removed. Idempotent.
    pub fn normalized(&self) -> Charter {
        let mut charter = self.clone();
        charter.walk(&mut Tidier);
        charter
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Charter, LocalizedText, Persona, ReplyTemplate};
    use crate::lines::Lines;

    #[test]
    fn normalizing_trims_drops_blanks_and_is_idempotent() {
        let mut charter = Charter::default();
        charter.personas.push(Persona {
            interests: Lines::from([" a ", "", "   ", "b"]),
            ..Persona::default()
        });
        charter.moderation.house_rules = Lines::from(["\n", "Be kind"]);
        charter.templates.push(ReplyTemplate {
            body: LocalizedText {
                fr: Some(" ".into()),
                en: Some("Hi".into()),
            },
            ..Default::default()
        });
        let tidy = charter.normalized();
        assert_eq!(tidy.personas[0].interests.raw(), ["a", "b"]);
        assert_eq!(tidy.moderation.house_rules.raw(), ["Be kind"]);
        assert_eq!(
            tidy.templates[0].body,
            LocalizedText {
                fr: None,
                en: Some("Hi".into())
            }
        );
        assert_eq!(tidy.normalized(), tidy);
    }
}
