//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): the Personas step
//! mounted in the DOM, driven through DOM events as a user would.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use porte_voix::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole app in a fresh container, starting from empty storage.
fn mount_app() -> (HtmlElement, impl Drop) {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), App);
    (container, handle)
}

fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// Waits until Leptos has applied every pending DOM update: its effects run as microtasks, and
/// a row created by `<For>` sets its properties in a later one than its text, so one tick is
/// not always enough. A zero-delay timeout runs after all queued microtasks.
async fn settle() {
    tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn typing_a_name_updates_the_card_and_the_preview() {
    let (root, _mounted) = mount_app();
    find::<HtmlElement>(&root, "#add-persona").click();
    settle().await;

    let name: HtmlInputElement = find(&root, "#persona-1-name");
    type_into(&name, "Léa, étudiante");
    settle().await;

    let heading: HtmlElement = find(&root, "#persona-1-heading");
    assert_eq!(heading.text_content().unwrap(), "Léa, étudiante");
    let preview: HtmlElement = find(&root, "[data-testid=preview]");
    let preview_heading: HtmlElement = find(&preview, "h3");
    assert_eq!(preview_heading.text_content().unwrap(), "Léa, étudiante");
}

#[wasm_bindgen_test]
async fn an_invalid_age_is_flagged_and_keeps_the_stored_value() {
    let (root, _mounted) = mount_app();
    find::<HtmlElement>(&root, "#add-persona").click();
    settle().await;
    let from: HtmlInputElement = find(&root, "#persona-1-age-min");
    type_into(&from, "42");
    settle().await;
    type_into(&from, "420");
    settle().await;
    assert_eq!(from.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(root.query_selector(".error").unwrap().is_some());
    let preview: HtmlElement = find(&root, "[data-testid=preview]");
    let text = preview.text_content().unwrap();
    assert!(text.contains("42"), "{text}");
    assert!(!text.contains("420"), "{text}");
}

#[wasm_bindgen_test]
async fn remove_shows_an_undo_that_brings_the_persona_back() {
    let (root, _mounted) = mount_app();
    find::<HtmlElement>(&root, "#add-persona").click();
    settle().await;
    type_into(&find(&root, "#persona-1-name"), "Marc");
    settle().await;
    find::<HtmlElement>(&root, "#persona-1-remove").click();
    settle().await;
    assert!(root.query_selector("#persona-1-name").unwrap().is_none());
    let toast: HtmlElement = find(&root, ".toast");
    assert!(toast.text_content().unwrap().contains("Marc"));
    find::<HtmlElement>(&root, "#undo-button").click();
    settle().await;
    let name: HtmlInputElement = find(&root, "#persona-1-name");
    assert_eq!(name.value(), "Marc");
    assert!(root.query_selector(".toast").unwrap().is_none());
}
