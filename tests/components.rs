//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): the app mounted in
//! the DOM at a step, driven through DOM events as a user would.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use porte_voix::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole app at a step, in a fresh container, starting from empty storage.
fn mount_app_at(step: &str) -> (HtmlElement, impl Drop) {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    // the UI language the tests read (the headless browser's own is English)
    storage.set_item("porte-voix.ui-lang", "\"fr\"").unwrap();
    window.location().set_hash(&format!("#/{step}")).unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), App);
    (container, handle)
}

fn mount_app() -> (HtmlElement, impl Drop) {
    mount_app_at("personas")
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
    find::<HtmlElement>(&root, "#add-personas").click();
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
async fn the_model_problem_shows_next_to_its_field_and_clears_when_fixed() {
    let (root, _mounted) = mount_app_at("brand-voice");
    settle().await;
    let title: HtmlInputElement = find(&root, "#f-meta-title");
    assert_eq!(title.get_attribute("aria-invalid").as_deref(), Some("true"));
    let problem: HtmlElement = find(&root, "#f-meta-title-problem");
    assert_eq!(
        problem.text_content().as_deref(),
        Some("Donnez un titre à la charte.")
    );
    assert!(title
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("f-meta-title-problem"));
    type_into(&title, "Charte Luciole");
    settle().await;
    assert_eq!(
        title.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert!(root
        .query_selector("#f-meta-title-problem")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn continue_opens_the_next_step_and_says_where_the_user_is() {
    let (root, _mounted) = mount_app_at("personas");
    settle().await;
    let heading: HtmlElement = find(&root, "#step-heading");
    assert_eq!(heading.text_content().unwrap(), "Étape 3 sur 10 : Personas");
    find::<HtmlElement>(&root, "#step-continue").click();
    settle().await;
    let heading: HtmlElement = find(&root, "#step-heading");
    assert_eq!(heading.text_content().unwrap(), "Étape 4 sur 10 : Canaux");
    let current = root.query_selector("[aria-current=step]").unwrap().unwrap();
    assert_eq!(current.get_attribute("href").as_deref(), Some("#/channels"));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/channels"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_age_is_flagged_and_keeps_the_stored_value() {
    let (root, _mounted) = mount_app();
    find::<HtmlElement>(&root, "#add-personas").click();
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
    find::<HtmlElement>(&root, "#add-personas").click();
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

#[wasm_bindgen_test]
async fn an_invalid_pattern_shows_at_its_field_and_in_the_discord_notes() {
    let (root, _mounted) = mount_app_at("moderation");
    find::<HtmlElement>(&root, "#add-rules").click();
    settle().await;
    // the browser's own check (regex-syntax's parser): look-around is not Rust regex
    let patterns: web_sys::HtmlTextAreaElement = find(&root, "#rule-1-patterns");
    patterns.set_value("(?i)arnaque\\w*\nspam(?=bot)");
    patterns
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
    settle().await;
    let problem: HtmlElement = find(&root, "#rule-1-patterns-problem");
    let text = problem.text_content().unwrap();
    assert!(text.contains("« spam(?=bot) »"), "{text}");
    assert_eq!(
        patterns.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );

    // Review lists the seven tools; Discord's notes say the pattern was left out
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/review")
        .unwrap();
    settle().await;
    settle().await;
    let tools: HtmlElement = find(&root, ".tool-list");
    assert_eq!(tools.child_element_count(), 7);
    let notes: HtmlElement = find(&root, "#tool-discord-automod-notes");
    let notes = notes.text_content().unwrap();
    assert!(
        notes.contains("Non exporté") && notes.contains("look-around"),
        "{notes}"
    );
}
