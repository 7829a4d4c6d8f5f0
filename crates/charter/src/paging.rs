//! Long lists a page at a time: which items of a list an editor shows, given a page number
//! and a filter on the items' names. However many items a charter holds (up to the limits of
//! `limits.rs`), a step builds at most [`PAGE_SIZE`] cards, so it answers at once; the filter
//! and the page buttons reach every other item.
//!
//! A paged list also shows its cards folded, one open at a time ([`Window::is_open`]): a page
//! of twenty folded cards costs about what the examples' handful of open cards costs, so a
//! step opens as fast with 300 templates as with 8 (issue 12). A list that fits on one page
//! shows every card open, as before.
//!
//! Pure: the app keeps one [`Paging`] per list and asks it for a [`Window`] of the list's
//! entries ([`Entry::all`]: each item's id and name, and a template's situation, which the
//! templates' second filter picks).

use crate::document::ListKind;
use crate::document::{Charter, Situation};

/// The most cards a list shows at once. Larger than any list of the examples, so a charter of
/// ordinary size never sees a page button.
pub const PAGE_SIZE: usize = 20;

/// Where the person is in one list: which page, filtered by what.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paging {
    /// Counted from 0; a page past the end shows the last one.
    pub page: usize,
    /// Items whose name holds this text, whatever the case (empty: every item).
    pub query: String,
    /// Only the templates written for this situation (none: every item).
    pub situation: Option<Situation>,
    /// The card open in a paged list (the others are folded); none at first.
    pub open: Option<String>,
}

/// What a list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// The ids of the items shown, in list order.
    pub shown: Vec<String>,
    /// The page shown (counted from 0), after clamping.
    pub page: usize,
    /// How many pages the matching items fill (at least 1).
    pub pages: usize,
    /// Position of the first item shown among the matching items (counted from 0).
    pub first: usize,
    /// How many items match the filter.
    pub matching: usize,
    /// How many items the list holds.
    pub total: usize,
    /// The card open when the list is paged.
    pub open: Option<String>,
}

impl Window {
    /// Whether the list is long enough to need page buttons or a filter.
    pub fn paged(&self) -> bool {
        self.total > PAGE_SIZE
    }

    /// Whether the card of `id` shows its fields: every card of a list that fits on a page,
    /// only the open one of a paged list.
    pub fn is_open(&self, id: &str) -> bool {
        !self.paged() || self.open.as_deref() == Some(id)
    }
}

/// One item of a list, as the pager filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// A template's situation; none for the other lists.
    pub situation: Option<Situation>,
}

impl<'a> Entry<'a> {
    /// The items of a list, in order.
    pub fn all(kind: ListKind, charter: &'a Charter) -> Vec<Entry<'a>> {
        let situations: Vec<Situation> = match kind {
            ListKind::Templates => charter.templates.iter().map(|t| t.situation).collect(),
            _ => Vec::new(),
        };
        kind.entries(charter)
            .into_iter()
            .enumerate()
            .map(|(i, (id, name))| Entry {
                id,
                name,
                situation: situations.get(i).copied(),
            })
            .collect()
    }
}

/// Lower-cased, for a filter that ignores case in every script.
fn folded(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

impl Paging {
    /// Whether the filters (`query` folded already) let `item` through.
    fn matches(&self, query: &str, item: &Entry) -> bool {
        (query.is_empty() || folded(item.name).contains(query))
            && (self.situation.is_none() || item.situation == self.situation)
    }

    /// Whether a filter is set.
    pub fn filtered(&self) -> bool {
        !self.query.trim().is_empty() || self.situation.is_some()
    }

    /// The items of `items` to show.
    pub fn window(&self, items: &[Entry]) -> Window {
        let query = folded(self.query.trim());
        let matching: Vec<&Entry> = items
            .iter()
            .filter(|item| self.matches(&query, item))
            .collect();
        let pages = matching.len().div_ceil(PAGE_SIZE).max(1);
        let page = self.page.min(pages - 1);
        let first = page * PAGE_SIZE;
        Window {
            shown: matching
                .iter()
                .skip(first)
                .take(PAGE_SIZE)
                .map(|item| item.id.to_owned())
                .collect(),
            page,
            pages,
            first,
            matching: matching.len(),
            total: items.len(),
            open: self.open.clone(),
        }
    }

    /// Shows the page that holds `id` (a new, copied, moved or restored item, or one a problem
    /// points to), clearing the filters if they hide it. False if no item has that id.
    pub fn reveal(&mut self, items: &[Entry], id: &str) -> bool {
        let query = folded(self.query.trim());
        let Some(item) = items.iter().find(|item| item.id == id) else {
            return false;
        };
        if !self.matches(&query, item) {
            self.query.clear();
            self.situation = None;
        }
        let query = folded(self.query.trim());
        let position = items
            .iter()
            .filter(|item| self.matches(&query, item))
            .position(|item| item.id == id)
            .unwrap_or(0);
        self.page = position / PAGE_SIZE;
        self.open = Some(id.to_owned());
        true
    }

    /// Opens the card of `id`, folding the one open before; or folds it if it is the open one.
    pub fn toggle(&mut self, id: &str) {
        if self.open.as_deref() == Some(id) {
            self.open = None;
        } else {
            self.open = Some(id.to_owned());
        }
    }

    /// A new filter starts on its first page.
    pub fn set_query(&mut self, query: &str) {
        if self.query != query {
            self.query = query.to_owned();
            self.page = 0;
        }
    }

    /// Only the templates of `situation` (or every one); starts on the first page.
    pub fn set_situation(&mut self, situation: Option<Situation>) {
        if self.situation != situation {
            self.situation = situation;
            self.page = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Persona, ReplyTemplate};

    fn personas(names: &[&str]) -> Charter {
        Charter {
            personas: names
                .iter()
                .enumerate()
                .map(|(i, name)| Persona {
                    id: format!("persona-{}", i + 1),
                    name: (*name).to_owned(),
                    ..Persona::default()
                })
                .collect(),
            ..Charter::default()
        }
    }

    fn many(n: usize) -> Charter {
        let names: Vec<String> = (1..=n).map(|i| format!("P{i}")).collect();
        personas(&names.iter().map(String::as_str).collect::<Vec<_>>())
    }

    fn entries(charter: &Charter) -> Vec<Entry<'_>> {
        Entry::all(ListKind::Personas, charter)
    }

    #[test]
    fn a_short_list_is_one_page_of_everything() {
        let charter = many(PAGE_SIZE);
        let list = entries(&charter);
        let window = Paging::default().window(&list);
        assert_eq!(window.shown.len(), PAGE_SIZE);
        assert_eq!((window.page, window.pages), (0, 1));
        assert!(!window.paged());
    }

    #[test]
    fn a_long_list_shows_one_page_and_a_page_past_the_end_shows_the_last() {
        let charter = many(1000);
        let list = entries(&charter);
        let window = Paging {
            page: 3,
            ..Paging::default()
        }
        .window(&list);
        assert_eq!(window.shown.first().unwrap(), "persona-61");
        assert_eq!(window.shown.len(), PAGE_SIZE);
        assert_eq!((window.pages, window.first, window.total), (50, 60, 1000));
        let last = Paging {
            page: 999,
            ..Paging::default()
        }
        .window(&entries(&many(45)));
        assert_eq!((last.page, last.shown.len()), (2, 5));
        let empty = Paging::default().window(&[]);
        assert_eq!((empty.page, empty.pages, empty.shown.len()), (0, 1, 0));
    }

    #[test]
    fn the_filter_ignores_case_in_any_script_and_counts_what_matches() {
        let charter = personas(&["Élodie", "ÉLISE", "Marc", "Ἀθηνᾶ", "élan"]);
        let list = entries(&charter);
        let mut paging = Paging::default();
        paging.set_query("  él ");
        let window = paging.window(&list);
        assert_eq!(window.shown, ["persona-1", "persona-2", "persona-5"]);
        assert_eq!((window.matching, window.total), (3, 5));
        paging.set_query("ἀθ");
        assert_eq!(paging.window(&list).shown, ["persona-4"]);
    }

    #[test]
    fn a_new_filter_starts_on_its_first_page() {
        let mut paging = Paging {
            page: 7,
            ..Paging::default()
        };
        paging.set_query("P1");
        assert_eq!(paging.page, 0);
        paging.page = 2;
        paging.set_query("P1");
        assert_eq!(paging.page, 2, "the same filter keeps its page");
    }

    #[test]
    fn revealing_an_item_opens_its_page_and_clears_a_filter_that_hides_it() {
        let charter = many(100);
        let list = entries(&charter);
        let mut paging = Paging::default();
        assert!(paging.reveal(&list, "persona-95"));
        assert_eq!(paging.page, 4);
        assert!(paging
            .window(&list)
            .shown
            .contains(&"persona-95".to_owned()));
        paging.set_query("P1");
        assert!(paging.reveal(&list, "persona-100"));
        assert_eq!(paging.query, "P1", "P100 matches P1");
        assert!(paging
            .window(&list)
            .shown
            .contains(&"persona-100".to_owned()));
        assert!(paging.reveal(&list, "persona-42"));
        assert_eq!(paging.query, "");
        assert!(paging
            .window(&list)
            .shown
            .contains(&"persona-42".to_owned()));
        assert!(!paging.reveal(&list, "persona-999"));
    }

    #[test]
    fn templates_filter_by_situation_and_name_together_and_a_reveal_clears_both() {
        let situations = [Situation::Complaint, Situation::Troll, Situation::Complaint];
        let charter = Charter {
            templates: situations
                .iter()
                .enumerate()
                .map(|(i, &situation)| ReplyTemplate {
                    id: format!("template-{}", i + 1),
                    title: format!("Reply {}", i + 1),
                    situation,
                    ..ReplyTemplate::default()
                })
                .collect(),
            ..Charter::default()
        };
        let list = Entry::all(ListKind::Templates, &charter);
        let mut paging = Paging::default();
        paging.set_situation(Some(Situation::Complaint));
        assert!(paging.filtered());
        let window = paging.window(&list);
        assert_eq!(window.shown, ["template-1", "template-3"]);
        assert_eq!((window.matching, window.total), (2, 3));
        paging.set_query("3");
        assert_eq!(paging.window(&list).shown, ["template-3"]);
        // an item the filters hide, revealed: both filters go
        assert!(paging.reveal(&list, "template-2"));
        assert!(!paging.filtered());
        assert!(paging
            .window(&list)
            .shown
            .contains(&"template-2".to_owned()));
        // the other lists have no situation: the filter is for templates only
        assert!(Entry::all(ListKind::Personas, &many(3))
            .iter()
            .all(|e| e.situation.is_none()));
    }

    #[test]
    fn a_paged_list_folds_its_cards_but_the_one_open_and_a_short_list_folds_none() {
        let long = many(PAGE_SIZE + 1);
        let list = entries(&long);
        let mut paging = Paging::default();
        let window = paging.window(&list);
        assert!(
            window.shown.iter().all(|id| !window.is_open(id)),
            "none open at first"
        );
        paging.toggle("persona-3");
        let window = paging.window(&list);
        let open: Vec<_> = window
            .shown
            .iter()
            .filter(|id| window.is_open(id))
            .collect();
        assert_eq!(open, ["persona-3"]);
        paging.toggle("persona-5");
        let window = paging.window(&list);
        assert!(
            window.is_open("persona-5") && !window.is_open("persona-3"),
            "one at a time"
        );
        paging.toggle("persona-5");
        assert!(
            !paging.window(&list).is_open("persona-5"),
            "a second press folds it"
        );
        // an item revealed (new, copied, pointed to by a problem) is opened
        assert!(paging.reveal(&list, "persona-21"));
        assert!(paging.window(&list).is_open("persona-21"));
        // the same paging on a list that fits on one page: every card open
        let short = many(PAGE_SIZE);
        let window = paging.window(&entries(&short));
        assert!(window.shown.iter().all(|id| window.is_open(id)));
    }
}
