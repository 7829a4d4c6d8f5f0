//! The editor of one of the charter's lists (personas, channels, rules, …): a card per item
//! with its fields, and the operations every list shares: add, duplicate, remove (undone from
//! the toast), move up and down by button or with Alt+Arrow keys. The fields come from the
//! step, bound through the card's [`Scope`]; this module only knows `charter::document::ListItem`.
//!
//! A long list shows one page of cards (`charter::paging`), with a filter by name and page
//! buttons, and its cards folded but one: a step builds at most a page of card headings and
//! one card's fields whatever the charter holds. An item that is added, copied, moved or
//! restored has its page shown and its card opened before it takes focus.

use charter::document::Situation;
use charter::document::{ListItem, ListKind};
use charter::locate::field_id;
use charter::paging::{Entry, Paging, Window};
use leptos::prelude::*;

use crate::bind::Scope;
use crate::focus::{focus_first, focus_soon, focused_id};
use crate::i18n::{use_labels, use_messages};
use crate::state::use_app;

/// The words an item list needs, picked from the catalogue.
pub struct ListText {
    pub add: Signal<&'static str>,
    pub empty: Signal<&'static str>,
}

/// The list editor. `first_field` is the field that takes focus in a new or copied item;
/// `add_button` is false when the step offers its own way to add (channels pick a platform).
///
/// Only the item-specific parts (the scope, callbacks, fields) are generic; the list frame and
/// the card chrome are compiled once for all eight lists, which keeps the wasm small.
pub fn item_list<T, V>(
    text: ListText,
    first_field: &'static str,
    add_button: bool,
    body: impl Fn(Scope<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: ListItem,
    V: IntoView + 'static,
{
    let app = use_app();
    let add = Callback::new(move |()| {
        if let Some(id) = app.store.apply(|d| d.add::<T>()) {
            app.reveal(&id);
            focus_soon(field_id(&id, first_field));
        }
    });
    let render = Callback::new(move |(id, open): (String, Memo<Fold>)| {
        card::<T, V>(id, open, first_field, body.clone())
    });
    list_frame(T::KIND, text, add_button.then_some(add), render)
}

/// The page of `kind` shown now. It follows the list's membership, and its names while a
/// filter is typed.
pub fn list_window(kind: ListKind) -> Memo<Window> {
    let app = use_app();
    Memo::new(move |_| {
        let paging = app.paging(kind).get();
        if !paging.filtered() {
            app.store.watch_list(kind);
        } else {
            app.store.watch_items(kind);
        }
        app.store
            .read(|d| paging.window(&Entry::all(kind, d.charter())))
    })
}

/// Whether a list is full (see `charter::limits`), and the sentence that says so.
pub fn list_full(kind: ListKind) -> (Signal<bool>, Signal<String>) {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    let full = Signal::derive(move || {
        app.store.watch_list(kind);
        !app.store.read(|d| d.can_add(kind))
    });
    let says = Signal::derive(move || (w.get().list_full)(kind.max_items()));
    (full, says)
}

/// The list's frame: the empty message, the pager of a long list, the cards, the Add button.
fn list_frame(
    kind: ListKind,
    text: ListText,
    add: Option<Callback<()>>,
    render: Callback<(String, Memo<Fold>), AnyView>,
) -> AnyView {
    let list = kind.pointer().rsplit('/').next().unwrap_or_default();
    let add_id = format!("add-{list}");
    let window = list_window(kind);
    let ids = Memo::new(move |_| window.with(|w| w.shown.clone()));
    let (full, says) = list_full(kind);
    view! {
        <Show when=move || window.with(|w| w.total == 0)>
            <p class="empty">{move || text.empty.get()}</p>
        </Show>
        <Show when=move || window.with(Window::paged)>
            {pager(kind, list, window)}
        </Show>
        <ol class="cards" data-list=kind.pointer()>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <li>{
                    let open = fold_of(window, &id);
                    render.run((id, open))
                }</li>
            </For>
        </ol>
        {add.map(|add| {
            view! {
                <button type="button" class="button primary" id=add_id.clone() on:click=move |_| add.run(())
                    disabled=full>
                    {move || text.add.get()}
                </button>
            }
        })}
        <Show when=move || full.get()>
            <p class="hint list-full">{says}</p>
        </Show>
    }
    .into_any()
}

/// A long list's filter, where it stands, and its page buttons.
pub fn pager(kind: ListKind, list: &'static str, window: Memo<Window>) -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    let paging = app.paging(kind);
    let filter_id = format!("{list}-filter");
    let turn = move |delta: isize| {
        let page = window
            .with_untracked(|w| w.page)
            .saturating_add_signed(delta);
        paging.update(|p| p.page = page);
    };
    let status = move || {
        window.with(|win| {
            if win.matching == 0 {
                w.get().nothing_matches.to_owned()
            } else {
                (w.get().pager_status)(
                    win.first + 1,
                    win.first + win.shown.len(),
                    win.matching,
                    win.total,
                )
            }
        })
    };
    view! {
        <div class="pager" role="group" aria-label=move || w.get().pager>
            <label for=filter_id.clone()>{move || w.get().filter_by_name}</label>
            <input type="search" id=filter_id
                prop:value=move || paging.with(|p| p.query.clone())
                on:input:target=move |ev| paging.update(|p| p.set_query(&ev.target().value())) />
            {(kind == ListKind::Templates).then(|| situation_filter(list, paging))}
            <p class="pager-status" role="status" id=format!("{list}-pages")>{status}</p>
            <button type="button" class="button quiet" id=format!("{list}-previous")
                disabled=move || window.with(|w| w.page == 0) on:click=move |_| turn(-1)>
                {move || w.get().previous_page}
            </button>
            <button type="button" class="button quiet" id=format!("{list}-next")
                disabled=move || window.with(|w| w.page + 1 >= w.pages) on:click=move |_| turn(1)>
                {move || w.get().next_page}
            </button>
        </div>
    }
}

/// The templates' second filter: only those written for one situation.
fn situation_filter(list: &'static str, paging: RwSignal<Paging>) -> impl IntoView {
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let id = format!("{list}-situation");
    // the option's value is the situation's place in `Situation::ALL`; "" is every situation
    let chosen = move || {
        paging.with(|p| {
            p.situation
                .and_then(|s| Situation::ALL.iter().position(|x| *x == s))
                .map_or_else(String::new, |i| i.to_string())
        })
    };
    let pick = move |value: String| {
        let situation = value
            .parse::<usize>()
            .ok()
            .and_then(|i| Situation::ALL.get(i).copied());
        paging.update(|p| p.set_situation(situation));
    };
    view! {
        <label for=id.clone()>{move || l.get().situation}</label>
        <select id=id prop:value=chosen on:change:target=move |ev| pick(ev.target().value())>
            <option value="">{move || w.get().every_situation}</option>
            {Situation::ALL.iter().enumerate().map(|(i, &s)| view! {
                <option value=i.to_string()>{move || (l.get().situation_name)(s)}</option>
            }).collect_view()}
        </select>
    }
}

/// The item-specific half of a card: its place in the list, what its buttons do, and its
/// fields while it is open.
fn card<T, V>(
    id: String,
    open: Memo<Fold>,
    first_field: &'static str,
    body: impl Fn(Scope<T>) -> V + Clone + Send + Sync + 'static,
) -> AnyView
where
    T: ListItem,
    V: IntoView + 'static,
{
    let app = use_app();
    let t = use_messages();
    let place = Memo::new({
        let id = id.clone();
        move |_| {
            app.store.watch_list(T::KIND);
            app.store.read(|d| {
                let list = T::list(d.charter());
                let index = list.iter().position(|x| x.id() == id).unwrap_or(0);
                (index, list.len())
            })
        }
    });
    let index = Memo::new(move |_| place.get().0);
    let scope = Scope::<T>::item(app.store, &id, index);
    let name = scope.read(|x: &T| x.display_name().trim().to_owned());
    let heading = Signal::derive(move || {
        let name = name.get();
        if name.is_empty() {
            t.get().untitled[T::KIND.index()].to_owned()
        } else {
            name
        }
    });
    let move_by = Callback::new({
        let id = id.clone();
        move |(delta, focus): (isize, Option<String>)| {
            if app.store.apply(|d| d.move_item::<T>(&id, delta)) {
                app.reveal(&id);
                // Moving a card moves its DOM nodes, which drops focus: put it back where it
                // was, or on the other move button once this one is disabled at an end.
                let buttons = [field_id(&id, "up"), field_id(&id, "down")];
                focus_first(focus.into_iter().chain(buttons).collect());
            }
        }
    });
    let duplicate = Callback::new({
        let id = id.clone();
        move |()| {
            if let Some(copy) = app.store.apply(|d| d.duplicate::<T>(&id)) {
                app.reveal(&copy);
                focus_soon(field_id(&copy, first_field));
            }
        }
    });
    let remove = Callback::new({
        let id = id.clone();
        move |()| {
            app.store.apply(|d| d.remove::<T>(&id));
            focus_soon("undo-button".to_owned());
        }
    });
    // Built when the card opens, dropped when it folds. Only `open` is tracked: what the fields
    // read while they are built must not rebuild them (that would drop focus).
    let fields = move || {
        let shown = open.get() != Fold::Folded;
        let (body, scope) = (body.clone(), scope.clone());
        untrack(move || shown.then(|| body(scope).into_any()))
    };
    card_chrome(
        Chrome {
            id,
            kind: T::KIND,
            heading,
            place,
            open,
            move_by,
            duplicate,
            remove,
        },
        fields.into_any(),
    )
}

/// Whether a card shows its fields: always in a list that fits on a page; in a paged list, only
/// the one card open (see `charter::paging`), which a button opens and folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    Always,
    Open,
    Folded,
}

impl Fold {
    fn of(window: &Window, id: &str) -> Fold {
        match (window.paged(), window.is_open(id)) {
            (false, _) => Fold::Always,
            (true, true) => Fold::Open,
            (true, false) => Fold::Folded,
        }
    }
}

/// Whether the item `id` of the page `window` shows its fields.
pub fn fold_of(window: Memo<Window>, id: &str) -> Memo<Fold> {
    let id = id.to_owned();
    Memo::new(move |_| window.with(|w| Fold::of(w, &id)))
}

/// The button that opens a folded item and folds an open one (none when the list fits on a
/// page): a card's, or a row of the response-time grid, which follows the channels' page.
pub fn fold_button(
    kind: ListKind,
    id: String,
    fold: Memo<Fold>,
    name: Signal<String>,
) -> impl IntoView {
    let w = crate::i18n::words(Words::get);
    let paging = use_app().paging(kind);
    let controls = field_id(&id, "fields");
    move || {
        let fold = fold.get();
        let (id, controls) = (id.clone(), controls.clone());
        (fold != Fold::Always).then(|| {
            let expanded = fold == Fold::Open;
            view! {
                <button type="button" class="button quiet card-toggle" id=field_id(&id, "open")
                    aria-expanded=if expanded { "true" } else { "false" } aria-controls=controls
                    on:click=move |_| paging.update(|p| p.toggle(&id))>
                    {move || if expanded { w.get().fold_card } else { w.get().open_card }}
                    <span class="visually-hidden">{move || format!(" {}", name.get())}</span>
                </button>
            }
        })
    }
}

/// What the card chrome needs, whatever the item type.
struct Chrome {
    id: String,
    kind: ListKind,
    heading: Signal<String>,
    /// (index, length of the list)
    place: Memo<(usize, usize)>,
    /// Whether the card shows its fields.
    open: Memo<Fold>,
    move_by: Callback<(isize, Option<String>)>,
    duplicate: Callback<()>,
    remove: Callback<()>,
}

/// The card around an item's fields: its heading, and move / duplicate / remove, with
/// Alt+ArrowUp and Alt+ArrowDown to move it from anywhere inside.
fn card_chrome(chrome: Chrome, fields: AnyView) -> AnyView {
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let Chrome {
        id,
        kind,
        heading,
        place,
        open,
        move_by,
        duplicate,
        remove,
    } = chrome;

    let keyboard_move = move |ev: web_sys::KeyboardEvent| {
        if !ev.alt_key() {
            return;
        }
        let delta = match ev.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        ev.prevent_default();
        move_by.run((delta, focused_id()));
    };
    let (up_id, down_id) = (field_id(&id, "up"), field_id(&id, "down"));
    let (up_focus, down_focus) = (up_id.clone(), down_id.clone());
    let heading_id = field_id(&id, "heading");
    let labelledby = heading_id.clone();
    let fields_id = field_id(&id, "fields");
    let toggle = fold_button(kind, id.clone(), open, heading);
    view! {
        <article class="card" class:folded=move || open.get() == Fold::Folded aria-labelledby=labelledby
            data-id=id.clone() data-testid=kind.singular() on:keydown=keyboard_move>
            <div class="card-head">
                <h2 class="card-title" id=heading_id tabindex="-1">{heading}</h2>
                {toggle}
            </div>
            <div class="card-fields" id=fields_id>{fields}</div>
            <div class="card-actions" role="group" aria-label=move || (w.get().actions_for)(&heading.get())>
                <button type="button" class="button quiet" id=up_id
                    aria-keyshortcuts="Alt+ArrowUp" disabled=move || place.get().0 == 0
                    on:click=move |_| move_by.run((-1, Some(up_focus.clone())))>
                    {move || w.get().move_up}
                </button>
                <button type="button" class="button quiet" id=down_id
                    aria-keyshortcuts="Alt+ArrowDown" disabled=move || { let (i, n) = place.get(); i + 1 >= n }
                    on:click=move |_| move_by.run((1, Some(down_focus.clone())))>
                    {move || w.get().move_down}
                </button>
                <button type="button" class="button quiet" id=field_id(&id, "duplicate") on:click=move |_| duplicate.run(())>
                    {move || w.get().duplicate}
                </button>
                <button type="button" class="button danger" id=field_id(&id, "remove") on:click=move |_| remove.run(())>
                    {move || t.get().remove}
                </button>
            </div>
        </article>
    }
    .into_any()
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    actions_for: fn(&str) -> String {
        fr: |name| format!("Actions pour {name}"),
        en: |name| format!("Actions for {name}"),
    }
    duplicate: &'static str {
        fr: "Dupliquer",
        en: "Duplicate",
    }
    every_situation: &'static str {
        fr: "Toutes les situations",
        en: "Every situation",
    }
    filter_by_name: &'static str {
        fr: "Trouver par nom",
        en: "Find by name",
    }
    fold_card: &'static str {
        fr: "Replier",
        en: "Fold",
    }
    list_full: fn(usize) -> String {
        fr: |n| format!("Cette liste compte {n} éléments, le plus que Porte-voix garde."),
        en: |n| format!("This list holds {n} items, the most Porte-voix keeps."),
    }
    move_down: &'static str {
        fr: "Descendre",
        en: "Move down",
    }
    move_up: &'static str {
        fr: "Monter",
        en: "Move up",
    }
    next_page: &'static str {
        fr: "Page suivante",
        en: "Next page",
    }
    nothing_matches: &'static str {
        fr: "Aucun élément ne porte ce nom.",
        en: "No item has this name.",
    }
    open_card: &'static str {
        fr: "Modifier",
        en: "Edit",
    }
    pager: &'static str {
        fr: "Pages de la liste",
        en: "List pages",
    }
    pager_status: fn(usize, usize, usize, usize) -> String {
        fr: |first, last, matching, total| if matching == total { format!("{first} à {last} sur {total}") } else { format!("{first} à {last} sur {matching} trouvés ({total} en tout)") },
        en: |first, last, matching, total| if matching == total { format!("{first} to {last} of {total}") } else { format!("{first} to {last} of {matching} found ({total} in all)") },
    }
    previous_page: &'static str {
        fr: "Page précédente",
        en: "Previous page",
    }
}
