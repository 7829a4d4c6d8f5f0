//! The parts of a charter, described once: its eight **sections** in wizard order, and its
//! eight **lists** of identified items (personas, channels, moderation rules, escalation steps,
//! holding statements, rituals, placeholders, reply templates).
//!
//! Each list is one line of the [`lists!`] table below: its kind, its item type, where it
//! sits in the charter (which is also its JSON pointer), its section, the prefix of its ids,
//! the most items it holds and the field that names an item. Everything else about a list
//! (its id's DOM name, its pointer, its limit, its title's place in a catalogue, how to reach
//! its items generically) is read from that line, so a ninth list is one line here, its item
//! type, and its view.
//!
//! What holds fields ([`Owner`]: the charter or a list item) and what an edit changed
//! ([`Change`]) are named here too, below the editing session that uses them.

use crate::document::{
    Channel, Charter, EscalationStep, HoldingStatement, ModerationRule, Persona, Placeholder,
    ReplyTemplate, Ritual,
};
use crate::list::{self, Identified, Removed};

/// The parts of the charter, in wizard order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    BrandVoice,
    Personas,
    Channels,
    ResponseTimes,
    Moderation,
    Crisis,
    Engagement,
    Templates,
}

/// One section: its name in URLs and DOM ids, and the keys of the charter's root that belong to
/// it (its own fields' objects, and the lists that sit at the root).
struct SectionSpec {
    slug: &'static str,
    roots: &'static [&'static str],
}

/// In the order of [`Section::ALL`].
const SECTIONS: [SectionSpec; 8] = [
    SectionSpec {
        slug: "brand-voice",
        roots: &["meta", "voice"],
    },
    SectionSpec {
        slug: "personas",
        roots: &["personas"],
    },
    SectionSpec {
        slug: "channels",
        roots: &["channels"],
    },
    SectionSpec {
        slug: "response-times",
        roots: &["response_times"],
    },
    SectionSpec {
        slug: "moderation",
        roots: &["moderation"],
    },
    SectionSpec {
        slug: "crisis",
        roots: &["crisis"],
    },
    SectionSpec {
        slug: "engagement",
        roots: &["engagement"],
    },
    SectionSpec {
        slug: "templates",
        roots: &["placeholders", "templates"],
    },
];

impl Section {
    pub const ALL: [Section; 8] = [
        Section::BrandVoice,
        Section::Personas,
        Section::Channels,
        Section::ResponseTimes,
        Section::Moderation,
        Section::Crisis,
        Section::Engagement,
        Section::Templates,
    ];

    /// The section's position in [`Section::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// A stable name for the section, as URLs (`#/response-times`) and DOM ids use it.
    pub fn slug(self) -> &'static str {
        SECTIONS[self.index()].slug
    }

    /// The keys of the charter's root that belong to the section (`meta`, `voice`…).
    pub fn roots(self) -> &'static [&'static str] {
        SECTIONS[self.index()].roots
    }

    /// The roots that hold the section's own fields, not a list of items: `response_times`,
    /// but not `personas`.
    pub fn field_roots(self) -> impl Iterator<Item = &'static str> {
        self.roots()
            .iter()
            .copied()
            .filter(|root| !ListKind::ALL.iter().any(|k| k.path() == [*root]))
    }

    /// The lists that belong to the section, in table order.
    pub fn lists(self) -> impl Iterator<Item = ListKind> {
        ListKind::ALL
            .into_iter()
            .filter(move |k| k.section() == self)
    }

    /// The section a JSON pointer (`/meta/title`, or a key such as `meta/title`) belongs to.
    pub fn of_pointer(pointer: &str) -> Option<Section> {
        let first = pointer.trim_start_matches('/').split('/').next()?;
        Section::ALL
            .into_iter()
            .find(|section| section.roots().contains(&first))
    }
}

/// The key of every item's id, `persona-3` at `/personas/2/id`.
pub const ID_KEY: &str = "id";

/// One list: everything the code needs to know about it that is not its item type.
pub struct ListSpec {
    /// Where the list sits in the charter: its JSON pointer, `/moderation/rules`.
    pub pointer: &'static str,
    pub section: Section,
    /// The prefix of its generated ids, `rule` in `rule-3`: also the item's kind in DOM names.
    pub id_prefix: &'static str,
    /// The most items the list may hold (see `crate::limits`).
    pub max_items: usize,
    /// The key of the field that names an item: its card's heading, the undo message, the
    /// filter, the changelog.
    pub name_key: &'static str,
}

/// A kind of item that lives in one of the charter's lists (implemented by [`lists!`] only).
pub trait ListItem: Identified + Clone + Default + PartialEq + Send + Sync + 'static {
    /// Which list it is.
    const KIND: ListKind;
    fn list(charter: &Charter) -> &Vec<Self>;
    fn list_mut(charter: &mut Charter) -> &mut Vec<Self>;
    /// The name shown in its heading and in the undo message.
    fn display_name(&self) -> &str;
    /// The item as an item of any list.
    fn into_any(self) -> AnyItem;
}

/// Code that does the same thing to every list, written once with the list's type in hand
/// (`ListKind::visit`, [`each_list`]).
pub trait ListVisitor {
    fn visit<T: ListItem>(&mut self);
}

/// Runs `visitor` once per list, in table order.
pub fn each_list(visitor: &mut impl ListVisitor) {
    for kind in ListKind::ALL {
        kind.visit(visitor);
    }
}

/// The table of lists. Each line: the kind, its item type, its place in the charter, then its
/// section, id prefix, limit and name field. It declares [`ListKind`], the [`ListSpec`] of
/// each kind, [`AnyItem`], and the `Identified` and [`ListItem`] impls of the item types.
macro_rules! lists {
    ($(
        $kind:ident: $ty:ident at $($path:ident).+ =>
            $section:ident, $prefix:literal, $max:literal, $name:ident;
    )*) => {
        /// The charter's lists, in the charter's order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ListKind {
            $($kind,)*
        }

        /// In the order of [`ListKind::ALL`].
        const SPECS: [ListSpec; ListKind::ALL.len()] = [$(
            ListSpec {
                pointer: concat!("/", $crate::field_key!($($path).+)),
                section: Section::$section,
                id_prefix: $prefix,
                max_items: $max,
                name_key: stringify!($name),
            },
        )*];

        impl ListKind {
            pub const ALL: [ListKind; [$(ListKind::$kind),*].len()] = [$(ListKind::$kind),*];

            /// Runs `visitor` with this list's item type.
            pub fn visit(self, visitor: &mut impl ListVisitor) {
                match self {
                    $(ListKind::$kind => visitor.visit::<$ty>(),)*
                }
            }

            /// The ids of the list's items, in order.
            pub fn ids(self, charter: &Charter) -> Vec<&str> {
                match self {
                    $(ListKind::$kind => <$ty>::list(charter).iter().map(|x| x.id()).collect(),)*
                }
            }

            /// The ids and names of the list's items, in order.
            pub fn entries(self, charter: &Charter) -> Vec<(&str, &str)> {
                match self {
                    $(ListKind::$kind => <$ty>::list(charter)
                        .iter()
                        .map(|x| (x.id(), x.display_name()))
                        .collect(),)*
                }
            }

            /// The id of the item at `index`.
            pub fn id_at(self, charter: &Charter, index: usize) -> Option<&str> {
                match self {
                    $(ListKind::$kind => <$ty>::list(charter).get(index).map(|x| x.id()),)*
                }
            }

            /// How many items the list holds.
            pub fn len(self, charter: &Charter) -> usize {
                match self {
                    $(ListKind::$kind => <$ty>::list(charter).len(),)*
                }
            }
        }

        /// An item of any list (a removed one, kept for undo).
        #[derive(Debug, Clone, PartialEq)]
        pub enum AnyItem {
            $($kind($ty),)*
        }

        impl AnyItem {
            pub fn kind(&self) -> ListKind {
                match self {
                    $(AnyItem::$kind(_) => ListKind::$kind,)*
                }
            }

            pub fn name(&self) -> &str {
                match self {
                    $(AnyItem::$kind(item) => item.display_name(),)*
                }
            }

            /// Puts the item back in its list at `index`; returns the id it now has.
            pub fn restore(self, charter: &mut Charter, index: usize) -> String {
                match self {
                    $(AnyItem::$kind(item) => list::restore(
                        <$ty>::list_mut(charter),
                        Removed { index, item },
                    ),)*
                }
            }
        }

        $(
            impl Identified for $ty {
                const ID_PREFIX: &'static str = $prefix;
                fn id(&self) -> &str {
                    &self.id
                }
                fn set_id(&mut self, id: String) {
                    self.id = id;
                }
            }

            impl ListItem for $ty {
                const KIND: ListKind = ListKind::$kind;
                fn list(charter: &Charter) -> &Vec<Self> {
                    &charter.$($path).+
                }
                fn list_mut(charter: &mut Charter) -> &mut Vec<Self> {
                    &mut charter.$($path).+
                }
                fn display_name(&self) -> &str {
                    &self.$name
                }
                fn into_any(self) -> AnyItem {
                    AnyItem::$kind(self)
                }
            }
        )*
    };
}

lists! {
    Personas: Persona at personas => Personas, "persona", 200, name;
    Channels: Channel at channels => Channels, "channel", 100, name;
    Rules: ModerationRule at moderation.rules => Moderation, "rule", 200, covers;
    Escalation: EscalationStep at crisis.escalation => Crisis, "step", 50, role;
    HoldingStatements: HoldingStatement at crisis.holding_statements => Crisis, "statement", 100, title;
    Rituals: Ritual at engagement.rituals => Engagement, "ritual", 100, name;
    Placeholders: Placeholder at placeholders => Templates, "placeholder", 200, name;
    Templates: ReplyTemplate at templates => Templates, "template", 1000, title;
}

impl ListKind {
    /// The list's position in [`ListKind::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The list's line of the table.
    pub const fn spec(self) -> &'static ListSpec {
        &SPECS[self.index()]
    }

    /// The JSON pointer of the list in the exported charter (`/moderation/rules`).
    pub const fn pointer(self) -> &'static str {
        self.spec().pointer
    }

    /// The pointer's keys: `["moderation", "rules"]`.
    pub fn path(self) -> Vec<&'static str> {
        self.pointer().trim_start_matches('/').split('/').collect()
    }

    pub const fn section(self) -> Section {
        self.spec().section
    }

    /// One item's kind, in lower case: the prefix of its generated ids (`persona`).
    pub const fn singular(self) -> &'static str {
        self.spec().id_prefix
    }

    /// The most items the list may hold.
    pub const fn max_items(self) -> usize {
        self.spec().max_items
    }

    /// The key of the field that names an item.
    pub const fn name_key(self) -> &'static str {
        self.spec().name_key
    }

    /// The list whose JSON pointer is `pointer` (`/crisis/escalation`).
    pub fn of_pointer(pointer: &str) -> Option<ListKind> {
        ListKind::ALL.into_iter().find(|k| k.pointer() == pointer)
    }
}

/// What an edit changed, so that the app redraws only what shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    /// Fields of one item of a list.
    Item(ListKind, String),
    /// A list gained, lost or reordered items.
    List(ListKind),
    /// Fields outside the lists, in one section.
    Section(Section),
    /// Anything: the whole charter was replaced.
    All,
    /// Not the charter: the removal the editing session keeps for "Undo".
    Undo,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_reads_its_own_line() {
        struct Check(Vec<ListKind>);
        impl ListVisitor for Check {
            fn visit<T: ListItem>(&mut self) {
                let mut charter = Charter::default();
                T::list_mut(&mut charter).push(T::default());
                let kind = T::KIND;
                // the pointer leads to the list in the exported JSON
                let json = serde_json::to_value(&charter).unwrap();
                let at = json.pointer(kind.pointer()).and_then(|v| v.as_array());
                assert_eq!(at.map(Vec::len), Some(1), "{kind:?}");
                assert_eq!(T::ID_PREFIX, kind.singular());
                assert_eq!(Section::of_pointer(kind.pointer()), Some(kind.section()));
                assert_eq!(ListKind::of_pointer(kind.pointer()), Some(kind));
                self.0.push(kind);
            }
        }
        let mut check = Check(Vec::new());
        each_list(&mut check);
        assert_eq!(check.0, ListKind::ALL, "visited once each, in order");
    }

    #[test]
    fn sections_own_their_roots_once() {
        let mut seen = Vec::new();
        for section in Section::ALL {
            for root in section.roots() {
                assert!(!seen.contains(root), "{root} in two sections");
                seen.push(root);
            }
        }
        let fields: Vec<&str> = Section::ALL
            .into_iter()
            .flat_map(Section::field_roots)
            .collect();
        assert_eq!(
            fields,
            [
                "meta",
                "voice",
                "response_times",
                "moderation",
                "crisis",
                "engagement"
            ]
        );
        assert_eq!(
            Section::Crisis.lists().collect::<Vec<_>>(),
            [ListKind::Escalation, ListKind::HoldingStatements]
        );
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
