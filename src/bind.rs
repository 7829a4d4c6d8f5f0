//! Bindings: how a form control is tied to one field of the draft. A step names the field
//! (`Persona::NAME`, a `charter::field::Field` defined next to its type) and gets a [`Bind`]:
//! the value to show, the callback that changes it through a `Draft` method, the JSON pointer
//! its problems are filed under and its DOM id, all built from the field's key. A binding
//! watches only its owner (one list item, or the fields of one section), so a keystroke
//! redraws what shows that owner and nothing else.
//!
//! Generic code stays thin: what depends on the owner's type is only two small closures (find
//! the value, write it); the signal and callback around them are built once per value type
//! ([`bind`]), and everything about places and ids is not generic at all ([`Holder`]).

use std::marker::PhantomData;
use std::sync::Arc;

use charter::document::Section;
use charter::document::{Change, Owner};
use charter::document::{Charter, Delay, Lines, LocalizedText, Situation};
use charter::document::{ListItem, ListKind};
use charter::field::{Field, Member};
use charter::locate::{target_cell_id, Place};
use charter::{Draft, Lang};
use leptos::prelude::*;

use crate::store::Store;

/// A control's connection to one value.
#[derive(Clone)]
pub struct Bind<V: Send + Sync + 'static> {
    /// The control's DOM id.
    pub id: String,
    pub value: Signal<V>,
    pub set: Callback<V>,
    /// The JSON pointer of the value in the charter, for its problems; `None` for values that
    /// are not in the charter (a practice reply, a tool id).
    pub path: Option<Signal<String>>,
}

impl<V: Clone + Send + Sync + 'static> Bind<V> {
    /// A value the component keeps itself, outside the charter.
    pub fn local(id: impl Into<String>, signal: RwSignal<V>) -> Bind<V> {
        Bind {
            id: id.into(),
            value: signal.into(),
            set: Callback::new(move |v| signal.set(v)),
            path: None,
        }
    }
}

/// A checkbox group's connection to a set field: which members are ticked, and ticking.
#[derive(Clone)]
pub struct Members<M: Send + Sync + 'static> {
    /// The group's DOM id; each box is `{id}-{index}`.
    pub id: String,
    /// The members ticked: a memo, so that a keystroke in another field of the same owner
    /// (a channel's name) reruns it once and no box at all, whatever the options number.
    pub ticked: Signal<Vec<M>>,
    pub toggle: Callback<(M, bool)>,
    pub path: Option<Signal<String>>,
}

/// How to read a value of the charter, and how to write it back.
type Read<V> = Arc<dyn Fn(&Charter) -> Option<V> + Send + Sync>;
type Write<V> = Arc<dyn Fn(&mut Draft, V) + Send + Sync>;
/// How to read the members of a set of the charter, and how to tick one.
type Ticked<M> = Arc<dyn Fn(&Charter) -> Vec<M> + Send + Sync>;
type Toggle<M> = Arc<dyn Fn(&mut Draft, M, bool) + Send + Sync>;

/// The binding of a located value: built once per value type, whatever its owner.
fn bind<V>(
    store: Store,
    watched: Change,
    read: Read<V>,
    write: Write<V>,
    id: String,
    path: Signal<String>,
) -> Bind<V>
where
    V: Default + Send + Sync + 'static,
{
    Bind {
        id,
        value: Signal::derive(move || {
            store.watch(&watched);
            store.read(|d| read(d.charter())).unwrap_or_default()
        }),
        set: Callback::new(move |value| store.apply(|d| write(d, value))),
        path: Some(path),
    }
}

/// The set binding of a located set: built once per member type.
fn members<M: Member>(
    store: Store,
    watched: Change,
    ticked: Ticked<M>,
    toggle: Toggle<M>,
    id: String,
    path: Signal<String>,
) -> Members<M> {
    Members {
        id,
        ticked: Memo::new(move |_| {
            store.watch(&watched);
            store.read(|d| ticked(d.charter()))
        })
        .into(),
        toggle: Callback::new(move |(member, on)| store.apply(|d| toggle(d, member, on))),
        path: Some(path),
    }
}

/// Where the bound fields belong: the charter itself, or one item of a list.
#[derive(Clone, Copy)]
enum Seat {
    Root,
    Item { kind: ListKind, index: Memo<usize> },
}

/// The untyped half of a [`Scope`]: the store, the owner's id and its place, which make the
/// DOM ids and JSON pointers.
#[derive(Clone)]
struct Holder {
    store: Store,
    /// The item's id; empty for the charter.
    id: Arc<str>,
    seat: Seat,
}

impl Holder {
    fn place(&self, index: usize) -> Place<'_> {
        match self.seat {
            Seat::Root => Place::Root,
            Seat::Item { kind, .. } => Place::Item {
                kind,
                index,
                id: &self.id,
            },
        }
    }

    fn dom(&self, key: &str) -> String {
        self.place(0).dom_id(key)
    }

    fn pointer(&self, key: String) -> Signal<String> {
        let holder = self.clone();
        Signal::derive(move || {
            let index = match holder.seat {
                Seat::Root => 0,
                Seat::Item { index, .. } => index.get(),
            };
            holder.place(index).pointer(&key)
        })
    }
}

/// The owner of the fields a view binds: the charter ([`Scope::charter`]) or a list item (a
/// card of `item_list`).
pub struct Scope<T> {
    holder: Holder,
    owner: PhantomData<fn(&T)>,
}

impl<T> Clone for Scope<T> {
    fn clone(&self) -> Self {
        Scope {
            holder: self.holder.clone(),
            owner: PhantomData,
        }
    }
}

impl Scope<Charter> {
    /// The charter's own fields (outside the lists).
    pub fn charter(store: Store) -> Scope<Charter> {
        Scope {
            holder: Holder {
                store,
                id: Arc::from(""),
                seat: Seat::Root,
            },
            owner: PhantomData,
        }
    }
}

impl<T: ListItem> Scope<T> {
    /// The fields of the item `id`, at `index` in its list.
    pub fn item(store: Store, id: &str, index: Memo<usize>) -> Scope<T> {
        Scope {
            holder: Holder {
                store,
                id: Arc::from(id),
                seat: Seat::Item {
                    kind: T::KIND,
                    index,
                },
            },
            owner: PhantomData,
        }
    }
}

impl<T: Owner> Scope<T> {
    /// The DOM id of the control for the field `key`.
    pub fn dom(&self, key: &str) -> String {
        self.holder.dom(key)
    }

    /// A value derived from the owner, for what a view shows but does not edit.
    pub fn read<R: Default + Send + Sync + 'static>(&self, read: fn(&T) -> R) -> Signal<R> {
        let (store, id) = (self.holder.store, self.holder.id.clone());
        let watched = T::change(&id, "");
        Signal::derive(move || {
            store.watch(&watched);
            store
                .read(|d| T::find(d.charter(), &id).map(read))
                .unwrap_or_default()
        })
    }

    /// Runs a `Draft` operation on this owner (`Draft::add_coverage`…).
    pub fn act(&self, operation: fn(&mut Draft, &str)) -> Callback<()> {
        let (store, id) = (self.holder.store, self.holder.id.clone());
        Callback::new(move |()| store.apply(|d| operation(d, &id)))
    }

    /// The binding of the value at `key` (under the field `watched`), read from the owner by
    /// `read` and written by `write` with the owner's id: what every binding below shares.
    fn located<V>(
        &self,
        key: String,
        watched: &str,
        read: impl Fn(&T) -> Option<V> + Send + Sync + 'static,
        write: impl Fn(&mut Draft, &str, V) + Send + Sync + 'static,
    ) -> Bind<V>
    where
        V: Default + Send + Sync + 'static,
    {
        let (id, write_id) = (self.holder.id.clone(), self.holder.id.clone());
        bind(
            self.holder.store,
            T::change(&id, watched),
            Arc::new(move |c| T::find(c, &id).and_then(&read)),
            Arc::new(move |d, value| write(d, &write_id, value)),
            self.holder.dom(&key),
            self.holder.pointer(key),
        )
    }

    /// The binding of a field.
    pub fn field<V>(&self, field: Field<T, V>) -> Bind<V>
    where
        V: Clone + Default + PartialEq + Send + Sync + 'static,
    {
        self.located(
            field.key.to_owned(),
            field.key,
            move |owner| Some((field.get)(owner).clone()),
            move |d, id, value| d.set(id, field, value),
        )
    }

    /// A one-per-line list as the text of its textarea.
    pub fn lines(&self, field: Field<T, Lines>) -> Bind<String> {
        self.located(
            field.key.to_owned(),
            field.key,
            move |owner| Some((field.get)(owner).text()),
            move |d, id, text: String| d.set(id, field, Lines::from_text(&text)),
        )
    }

    /// One language of a translated text: its control shows that language, and typing there
    /// changes only it.
    pub fn text_in(&self, field: Field<T, LocalizedText>, lang: Lang) -> Bind<String> {
        self.located(
            format!("{}/{}", field.key, lang.code()),
            field.key,
            move |owner| Some(text_of((field.get)(owner), lang)),
            move |d, id, text| d.set_text(id, field, lang, text),
        )
    }

    /// A value chosen among `options` (an enum's `ALL`), bound as its position there, for a
    /// select.
    pub fn choice<V>(&self, field: Field<T, V>, options: &'static [V]) -> Bind<usize>
    where
        V: Copy + PartialEq + Send + Sync + 'static,
    {
        self.located(
            field.key.to_owned(),
            field.key,
            move |owner| position(options, *(field.get)(owner)),
            move |d, id, index: usize| {
                if let Some(&value) = options.get(index) {
                    d.set(id, field, value)
                }
            },
        )
    }

    /// A set ticked in a checkbox group, `key` and `watched` as for [`Scope::located`].
    fn located_set<M: Member>(
        &self,
        key: String,
        watched: &str,
        ticked: impl Fn(&T) -> Vec<M> + Send + Sync + 'static,
        toggle: impl Fn(&mut Draft, &str, M, bool) + Send + Sync + 'static,
    ) -> Members<M> {
        let (id, write_id) = (self.holder.id.clone(), self.holder.id.clone());
        members(
            self.holder.store,
            T::change(&id, watched),
            Arc::new(move |c| T::find(c, &id).map(&ticked).unwrap_or_default()),
            Arc::new(move |d, member, on| toggle(d, &write_id, member, on)),
            self.holder.dom(&key),
            self.holder.pointer(key),
        )
    }

    /// A set ticked in a checkbox group.
    pub fn members<M: Member>(&self, field: Field<T, Vec<M>>) -> Members<M> {
        self.located_set(
            field.key.to_owned(),
            field.key,
            move |owner| (field.get)(owner).clone(),
            move |d, id, member, on| d.toggle(id, field, member, on),
        )
    }

    /// Rows of a field (coverage hours, channel versions, tone traits…).
    pub fn rows<R>(&self, rows: Field<T, Vec<R>>) -> Rows<T, R> {
        Rows {
            scope: self.clone(),
            rows,
        }
    }
}

/// One language of a translated text, empty when it is missing.
fn text_of(text: &LocalizedText, lang: Lang) -> String {
    text.get(lang).unwrap_or_default().to_owned()
}

/// The position of a value among the options of a select.
fn position<V: PartialEq>(options: &[V], value: V) -> Option<usize> {
    options.iter().position(|o| *o == value)
}

/// The rows of one field of an owner.
pub struct Rows<T, R> {
    scope: Scope<T>,
    rows: Field<T, Vec<R>>,
}

impl<T, R> Clone for Rows<T, R> {
    fn clone(&self) -> Self {
        Rows {
            scope: self.scope.clone(),
            rows: self.rows,
        }
    }
}

impl<T: Owner, R: 'static> Rows<T, R> {
    /// The prefix of the rows' DOM ids: `{owner}-{field}`, as in `channel-1-coverage-0-start`.
    pub fn dom(&self) -> String {
        self.scope.dom(self.rows.key)
    }

    pub fn count(&self) -> Signal<usize> {
        let (holder, rows) = (self.scope.holder.clone(), self.rows);
        let watched = T::change(&holder.id, rows.key);
        Signal::derive(move || {
            holder.store.watch(&watched);
            holder
                .store
                .read(|d| T::find(d.charter(), &holder.id).map(|owner| (rows.get)(owner).len()))
                .unwrap_or(0)
        })
    }

    /// Appends an empty row.
    pub fn add(&self) -> Callback<()>
    where
        R: Default,
    {
        let (holder, rows) = (self.scope.holder.clone(), self.rows);
        Callback::new(move |()| holder.store.apply(|d| d.add_row(&holder.id, rows)))
    }

    pub fn remove(&self) -> Callback<usize> {
        let (holder, rows) = (self.scope.holder.clone(), self.rows);
        Callback::new(move |index| {
            holder
                .store
                .apply(|d| d.remove_row(&holder.id, rows, index))
        })
    }

    pub fn row(&self, index: usize) -> Row<T, R> {
        Row {
            rows: self.clone(),
            index,
        }
    }
}

/// One row of a field: its fields are bound like the owner's, under `{rows}/{index}/…`.
pub struct Row<T, R> {
    rows: Rows<T, R>,
    index: usize,
}

impl<T: Owner, R: 'static> Row<T, R> {
    /// The binding of a value of the row, read by `read` and written by `write` (with the
    /// owner's id, the rows and the index).
    fn located<V>(
        &self,
        key: &str,
        read: impl Fn(&R) -> Option<V> + Send + Sync + 'static,
        write: impl Fn(&mut Draft, &str, Field<T, Vec<R>>, usize, V) + Send + Sync + 'static,
    ) -> Bind<V>
    where
        V: Default + Send + Sync + 'static,
    {
        let (rows, index) = (self.rows.rows, self.index);
        self.rows.scope.located(
            format!("{}/{index}/{key}", rows.key),
            rows.key,
            move |owner| read((rows.get)(owner).get(index)?),
            move |d, id, value| write(d, id, rows, index, value),
        )
    }

    pub fn field<V>(&self, field: Field<R, V>) -> Bind<V>
    where
        V: Clone + Default + PartialEq + Send + Sync + 'static,
    {
        self.located(
            field.key,
            move |row| Some((field.get)(row).clone()),
            move |d, id, rows, index, value| d.set_in(id, rows, index, field, value),
        )
    }

    pub fn text_in(&self, field: Field<R, LocalizedText>, lang: Lang) -> Bind<String> {
        self.located(
            &format!("{}/{}", field.key, lang.code()),
            move |row| Some(text_of((field.get)(row), lang)),
            move |d, id, rows, index, text| d.set_text_in(id, rows, index, field, lang, text),
        )
    }

    pub fn choice<V>(&self, field: Field<R, V>, options: &'static [V]) -> Bind<usize>
    where
        V: Copy + PartialEq + Send + Sync + 'static,
    {
        self.located(
            field.key,
            move |row| position(options, *(field.get)(row)),
            move |d, id, rows, index, choice: usize| {
                if let Some(&value) = options.get(choice) {
                    d.set_in(id, rows, index, field, value)
                }
            },
        )
    }

    pub fn members<M: Member>(&self, field: Field<R, Vec<M>>) -> Members<M> {
        let (rows, index) = (self.rows.rows, self.index);
        self.rows.scope.located_set(
            format!("{}/{index}/{}", rows.key, field.key),
            rows.key,
            move |owner| {
                (rows.get)(owner)
                    .get(index)
                    .map(|row| (field.get)(row).clone())
                    .unwrap_or_default()
            },
            move |d, id, member, on| d.toggle_in(id, rows, index, field, member, on),
        )
    }
}

/// A cell of the response-time grid: the channel's own target in a situation (`None`: the
/// default applies), set or cleared through `Draft::set_target`.
pub fn target(store: Store, channel_id: &str, situation: Situation) -> Bind<Option<Delay>> {
    let (id, write_id) = (channel_id.to_owned(), channel_id.to_owned());
    let index = {
        let id = channel_id.to_owned();
        move || {
            store.watch(&Change::Section(Section::ResponseTimes));
            store.read(|d| d.charter().own_target(&id, situation))
        }
    };
    bind(
        store,
        Change::Section(Section::ResponseTimes),
        Arc::new(move |c| Some(c.own_target(&id, situation).map(|(_, delay)| delay))),
        Arc::new(move |d, delay| d.set_target(&write_id, situation, delay)),
        target_cell_id(channel_id, situation),
        Signal::derive(move || {
            index()
                .map(|(i, _)| Place::Root.pointer(&format!("response_times/targets/{i}/target")))
                .unwrap_or_default()
        }),
    )
}
