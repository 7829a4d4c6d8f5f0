//! Moving keyboard focus after the DOM changes (a new item, a moved card, a new step). Leptos
//! updates the DOM asynchronously, so focus waits for the next animation frame.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element among `ids` that exists and is enabled, once the DOM has caught
/// up.
pub fn focus_first(ids: Vec<String>) {
    request_animation_frame(move || {
        let element = ids
            .iter()
            .filter_map(|id| document().get_element_by_id(id))
            .find(|el| !el.has_attribute("disabled"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
            element.scroll_into_view_with_bool(false);
        }
    });
}

pub fn focus_soon(id: String) {
    focus_first(vec![id]);
}

/// The id of the element that has focus, if it has one.
pub fn focused_id() -> Option<String> {
    document()
        .active_element()
        .map(|el| el.id())
        .filter(|id| !id.is_empty())
}
