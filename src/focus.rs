//! Moving keyboard focus after the DOM changes (a new item, a moved card, a new step). Leptos
//! updates the DOM asynchronously, and a step's code may still be on its way, so focus waits
//! for the frame where what it is meant for exists.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many frames focus waits for the element it prefers (about half a second).
const PATIENCE: u32 = 30;

/// What focus is meant for: elements by id, most specific first, or the first element a CSS
/// selector matches (what has no id known in advance: the first box of a language just added).
enum Wanted {
    Ids(Vec<String>),
    Selector(String),
}

impl Wanted {
    /// The elements present now and enabled, most wanted first, and whether the most wanted one
    /// is among them.
    fn find(&self) -> (Vec<web_sys::HtmlElement>, bool) {
        match self {
            Wanted::Ids(ids) => {
                let found: Vec<web_sys::HtmlElement> = ids
                    .iter()
                    .filter_map(|id| document().get_element_by_id(id))
                    .filter(|el| !el.has_attribute("disabled"))
                    .filter_map(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                    .collect();
                let preferred = ids
                    .first()
                    .is_some_and(|id| found.first().is_some_and(|el| el.id() == *id));
                (found, preferred)
            }
            Wanted::Selector(selector) => {
                let found: Vec<web_sys::HtmlElement> = document()
                    .query_selector(selector)
                    .ok()
                    .flatten()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                    .into_iter()
                    .collect();
                let preferred = !found.is_empty();
                (found, preferred)
            }
        }
    }
}

/// Focuses the first element among `ids` (most specific first) that exists and is enabled,
/// once the DOM has caught up: it waits a few frames for the first one to appear before it
/// settles for one further down the list.
pub fn focus_first(ids: Vec<String>) {
    focus_within(Wanted::Ids(ids), PATIENCE);
}

/// Focuses the first element that `selector` matches, once the DOM has caught up (waiting as
/// [`focus_first`] does).
pub fn focus_selector_soon(selector: String) {
    focus_within(Wanted::Selector(selector), PATIENCE);
}

fn focus_within(wanted: Wanted, frames: u32) {
    request_animation_frame(move || {
        let (found, preferred) = wanted.find();
        if !preferred && frames > 0 {
            focus_within(wanted, frames - 1);
        } else if let Some(element) = found.first() {
            let _ = element.focus();
            element.scroll_into_view_with_bool(false);
        }
    });
}

pub fn focus_soon(id: String) {
    focus_first(vec![id]);
}

/// Moves focus to a heading further down the page and brings it to the top of the screen (a
/// contents list's links: the URL fragment names the step, so they cannot be `#anchors`).
pub fn jump_to(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// The id of the element that has focus, if it has one.
pub fn focused_id() -> Option<String> {
    document()
        .active_element()
        .map(|el| el.id())
        .filter(|id| !id.is_empty())
}
