//! The items a step offers from another list: the channels a ritual or template is for, the
//! personas a channel serves (checkbox groups), the placeholders a reply may use (the `{{`
//! suggestions of the templates step and of practice). Computed once per step and shared by every card, and
//! recomputed only when that other list or one of its items changes, never on a keystroke
//! elsewhere.

use std::sync::Arc;

use charter::document::{Charter, ListItem, ListKind};
use charter::labels::labels;
use leptos::prelude::*;

use crate::state::use_app;
use crate::store::Store;

/// The ids to offer, and the name of each.
#[derive(Clone, Copy)]
pub struct Choices {
    pub ids: Signal<Vec<String>>,
    pub name: Callback<String, String>,
}

/// Watches a list and each of its items, and reads names from the charter.
fn choices<T: ListItem>(
    store: Store,
    name: fn(&charter::Charter, &T) -> String,
) -> Memo<Vec<(String, String)>> {
    Memo::new(move |_| {
        store.watch_items(T::KIND);
        store.read(|d| {
            let charter = d.charter();
            T::list(charter)
                .iter()
                .map(|item| (item.id().to_owned(), name(charter, item)))
                .collect()
        })
    })
}

fn offer(list: Memo<Vec<(String, String)>>, untitled: Signal<String>) -> Choices {
    Choices {
        // a memo: every box of a group reads it, so a derived signal would rebuild the whole
        // list once per box (200 personas: 40,000 ids a keystroke)
        ids: Memo::new(move |_| list.with(|l| l.iter().map(|(id, _)| id.clone()).collect())).into(),
        name: Callback::new(move |id: String| {
            let found = list.with(|l| {
                l.iter()
                    .find(|(i, _)| *i == id)
                    .map(|(_, name)| name.clone())
            });
            match found {
                Some(name) if name.is_empty() => untitled.get(),
                Some(name) => name,
                None => id,
            }
        }),
    }
}

/// The charter's channels, named as the documents name them.
pub fn channel_choices() -> Choices {
    let app = use_app();
    let list = choices::<charter::document::Channel>(app.store, |charter, channel| {
        labels(charter.meta.language).channel(channel).to_owned()
    });
    offer(list, Signal::derive(String::new))
}

/// The charter's personas; a persona without a name is called so.
pub fn persona_choices() -> Choices {
    let app = use_app();
    let t = crate::i18n::use_messages();
    let list = choices::<charter::document::Persona>(app.store, |_, persona| {
        persona.name.trim().to_owned()
    });
    offer(
        list,
        Signal::derive(move || t.get().untitled[ListKind::Personas.index()].to_owned()),
    )
}

/// The names of the charter's placeholders, offered when the user types `{{`.
pub fn placeholder_names(relevant: Memo<Arc<Charter>>) -> Signal<Vec<String>> {
    Signal::derive(move || {
        relevant.with(|c| c.placeholders.iter().map(|p| p.name.clone()).collect())
    })
}
