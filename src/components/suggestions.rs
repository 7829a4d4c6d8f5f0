//! The `{{` suggestions of a textarea: while the user types a placeholder, the charter's
//! placeholder names that match are offered in a listbox (arrows move, Enter or Tab insert,
//! Escape closes, a click inserts).
//!
//! Positions come from the textarea itself: its value (where the browser has already turned
//! CRLF into LF) and its caret, converted from UTF-16 to a char boundary of that same value.
//! Nothing here slices the model's text, which may differ from what the textarea shows.

use charter::template::{byte_offset, placeholder_prefix};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_labels;

/// What is being typed, and what can be offered.
#[derive(Clone, Copy)]
pub struct PlaceholderOffer {
    names: Option<Signal<Vec<String>>>,
    set: Callback<String>,
    /// byte offsets (in the textarea's value) of the `{{` and of the caret, and the partial
    /// name between them
    typing: RwSignal<Option<(usize, usize, String)>>,
    active: RwSignal<usize>,
    area_id: StoredValue<String>,
}

impl PlaceholderOffer {
    pub fn new(id: &str, set: Callback<String>, names: Option<Signal<Vec<String>>>) -> Self {
        PlaceholderOffer {
            names,
            set,
            typing: RwSignal::new(None),
            active: RwSignal::new(0),
            area_id: StoredValue::new(id.to_owned()),
        }
    }

    pub fn list_id(&self) -> String {
        format!("{}-placeholders", self.area_id.get_value())
    }

    fn option_id(&self, i: usize) -> String {
        format!("{}-placeholder-{i}", self.area_id.get_value())
    }

    /// The defined names that start with what is being typed.
    fn matches(&self) -> Vec<String> {
        let Some(names) = self.names else {
            return Vec::new();
        };
        self.typing.with(|typing| match typing {
            Some((_, _, partial)) => names.with(|n| {
                n.iter()
                    .filter(|name| !name.is_empty() && name.starts_with(partial.trim()))
                    .cloned()
                    .collect()
            }),
            None => Vec::new(),
        })
    }

    pub fn is_open(&self) -> bool {
        self.typing.with(Option::is_some) && !self.matches().is_empty()
    }

    pub fn active_id(&self) -> Option<String> {
        self.is_open().then(|| self.option_id(self.active.get()))
    }

    pub fn close(&self) {
        self.typing.set(None);
    }

    fn area(&self) -> Option<web_sys::HtmlTextAreaElement> {
        document()
            .get_element_by_id(&self.area_id.get_value())?
            .dyn_into()
            .ok()
    }

    /// Reads the caret and opens, updates or closes the suggestions.
    pub fn follow(&self, area: &web_sys::HtmlTextAreaElement) {
        if self.names.is_none() {
            return;
        }
        let text = area.value();
        let caret = area.selection_start().ok().flatten().unwrap_or(0) as usize;
        let caret = byte_offset(&text, caret);
        let typing = placeholder_prefix(&text, caret)
            .map(|(open, partial)| (open, caret, partial.to_owned()));
        if typing.is_none() || self.typing.with_untracked(Option::is_none) {
            self.active.set(0);
        }
        self.typing.set(typing);
    }

    /// Arrow keys move through the suggestions, Enter or Tab inserts, Escape closes.
    pub fn key(&self, ev: &web_sys::KeyboardEvent) {
        if !self.is_open() {
            return;
        }
        let count = self.matches().len();
        match ev.key().as_str() {
            "ArrowDown" => self.active.update(|a| *a = (*a + 1) % count),
            "ArrowUp" => self.active.update(|a| *a = (*a + count - 1) % count),
            "Enter" | "Tab" => self.insert(self.active.get_untracked()),
            "Escape" => self.close(),
            _ => return,
        }
        ev.prevent_default();
    }

    /// Replaces the partial `{{…` with the chosen `{{name}}` and puts the caret after it.
    fn insert(&self, i: usize) {
        let Some(name) = self.matches().get(i).cloned() else {
            return;
        };
        let (Some((open, caret, _)), Some(area)) = (self.typing.get_untracked(), self.area())
        else {
            return;
        };
        let text = area.value();
        let Some(new_text) = charter::template::insert_placeholder(&text, open, caret, &name)
        else {
            self.close();
            return;
        };
        let caret_utf16 = new_text.caret_utf16;
        // The textarea gets the text and the caret now, before the next key event: a caret
        // placed later (on the next frame) would land behind what a fast typist already typed.
        area.set_value(&new_text.text);
        let _ = area.set_selection_range(caret_utf16, caret_utf16);
        self.set.run(new_text.text);
        self.close();
    }
}

/// The listbox of a [`PlaceholderOffer`], shown while it has something to offer.
#[component]
pub fn Suggestions(
    /// The offer of the textarea this list belongs to.
    offer: PlaceholderOffer,
) -> impl IntoView {
    let l = use_labels();
    move || {
        offer.is_open().then(|| {
            view! {
                <ul class="suggestions" role="listbox" id=offer.list_id() aria-label=move || l.get().placeholders>
                    {offer.matches().into_iter().enumerate().map(|(i, name)| {
                        view! {
                            <li role="option" id=offer.option_id(i)
                                aria-selected=move || (offer.active.get() == i).to_string()
                                on:mousedown=move |ev: web_sys::MouseEvent| {
                                    // keep the focus in the textarea, then insert
                                    ev.prevent_default();
                                    offer.insert(i);
                                }>
                                {format!("{{{{{name}}}}}")}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
