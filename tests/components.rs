//! Component tests in a real browser (wasm-bindgen-test, headless Chromium): the app mounted in
//! the DOM at a step, driven through DOM events as a user would.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use porte_voix::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Event, HtmlElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
};

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

/// Focus leaves `element`, as when the person tabs away: from then on its problems show.
fn leave(element: &web_sys::Element) {
    let init = web_sys::FocusEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::FocusEvent::new_with_focus_event_init_dict("focusout", &init).unwrap();
    element.dispatch_event(&event).unwrap();
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

/// The charter's title is not marked invalid and says no problem.
fn assert_title_clear(root: &HtmlElement, title: &HtmlInputElement) {
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
async fn the_model_problem_shows_next_to_its_field_once_left_and_clears_when_fixed() {
    let (root, _mounted) = mount_app_at("brand-voice");
    settle().await;
    let title: HtmlInputElement = find(&root, "#f-meta-title");
    // a blank charter: nothing said before the person has left the field (issue 20)
    assert_title_clear(&root, &title);
    leave(&title);
    settle().await;
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
    assert_title_clear(&root, &title);
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
    patterns.set_value("arnaque\\w*\nspam(?=bot)");
    patterns
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
    leave(&patterns);
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
    // the notes are built when opened
    find::<HtmlElement>(&root, "#tool-discord-automod .tool-notes summary").click();
    settle().await;
    settle().await;
    let notes: HtmlElement = find(&root, "#tool-discord-automod-notes");
    let notes = notes.text_content().unwrap();
    assert!(
        notes.contains("Non exporté") && notes.contains("look-around"),
        "{notes}"
    );
}

/// Pieces of text real people write, and the ones that broke positions before: accents
/// precomposed and combining, an emoji sequence (two UTF-16 units per scalar, joined), every
/// line break (the browser turns CR and CRLF into LF in a textarea), U+2028/2029, NUL, RTL text
/// and an override mark, and the `{{` of a placeholder, whole or partial.
const PIECES: &[&str] = &[
    "a",
    " ",
    "é",
    "e\u{301}",
    "👩🏽‍🚀",
    "\r\n",
    "\r",
    "\n",
    "\u{2028}",
    "\u{2029}",
    "\0",
    "مرحبا",
    "\u{202E}",
    "{{",
    "{{fi",
    "{{first",
    "}}",
    "{{first_name}}",
    "\t",
    "ß",
];

/// A small deterministic generator (xorshift64), so that a failure names its seed and replays.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn text(&mut self) -> String {
        (0..self.below(12))
            .map(|_| PIECES[self.below(PIECES.len())])
            .collect()
    }
}

fn key(target: &HtmlTextAreaElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// What the browser shows in a textarea for `text`: one form of line break.
fn as_shown(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[wasm_bindgen_test]
async fn a_reply_textarea_takes_any_text_and_caret_without_panic_or_loss() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let charter = r#"{"format": "porte-voix/charter", "version": 1,
        "placeholders": [{"id": "placeholder-1", "name": "first_name", "sample": "Léa"}],
        "templates": [{"id": "template-1", "title": "Any", "situation": "complaint",
                       "body": {"fr": "", "en": ""}}]}"#;
    storage.set_item("porte-voix.draft", charter).unwrap();
    storage.set_item("porte-voix.ui-lang", "\"fr\"").unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/templates")
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let _mounted = mount_to(container.clone(), App);
    settle().await;
    let area: HtmlTextAreaElement = find(&container, "#template-1-body-fr");

    let mut gen = Gen(0x5eed_2026_1121);
    let mut inserted = 0;
    for round in 0..300 {
        let text = gen.text();
        area.set_value(&text);
        let units = area.value().encode_utf16().count() as u32;
        // any caret, even between the two halves of a surrogate pair
        let caret = gen.below(units as usize + 1) as u32;
        area.set_selection_range(caret, caret).unwrap();
        area.dispatch_event(&Event::new("input").unwrap()).unwrap();
        settle().await;
        let shown = as_shown(&text);
        assert_eq!(
            area.value(),
            shown,
            "round {round}: the model rewrote what was typed"
        );

        let open = container
            .query_selector("#template-1-body-fr-placeholders")
            .unwrap()
            .is_some();
        let before: String = String::from_utf16_lossy(
            &shown
                .encode_utf16()
                .take(caret as usize)
                .collect::<Vec<_>>(),
        );
        let pressed = ["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape", "a"][gen.below(6)];
        key(&area, pressed);
        settle().await;
        if open && matches!(pressed, "Enter" | "Tab") && !before.contains('\u{FFFD}') {
            // the partial `{{…` before the caret became the whole placeholder; the rest stayed
            let start = before.rfind("{{").unwrap();
            let after: String = String::from_utf16_lossy(
                &shown
                    .encode_utf16()
                    .skip(caret as usize)
                    .collect::<Vec<_>>(),
            );
            let expected = format!("{}{{{{first_name}}}}{after}", &before[..start]);
            assert_eq!(area.value(), expected, "round {round}: {text:?} at {caret}");
            inserted += 1;
        }
    }
    assert!(
        inserted > 5,
        "only {inserted} insertions: the generator no longer reaches `{{{{`"
    );
}

#[wasm_bindgen_test]
async fn the_recovery_screen_offers_the_last_saved_draft() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
        .set_item(
            "porte-voix.draft",
            r#"{"format": "porte-voix/charter", "version": 1}"#,
        )
        .unwrap();
    storage.set_item("porte-voix.ui-lang", "\"en\"").unwrap();
    let body = document().body().unwrap();
    // the screen replaces the whole page, the test runner's output included: keep the page's
    // nodes to put them back
    let page: Vec<web_sys::Node> = (0..body.child_nodes().length())
        .filter_map(|i| body.child_nodes().item(i))
        .collect();
    porte_voix::recovery::show();
    let download: HtmlElement = find(&body, "#recovery-download");
    assert!(download.get_attribute("href").unwrap().starts_with("blob:"));
    assert!(find::<HtmlElement>(&body, "#recovery-safe")
        .get_attribute("href")
        .unwrap()
        .ends_with("?safe#/safe"));
    // the screen replaced the page: one main, the recovery one
    assert_eq!(body.child_element_count(), 1);
    let shown = body.first_element_child().unwrap().id();
    body.set_text_content(None);
    for node in &page {
        body.append_child(node).unwrap();
    }
    assert_eq!(shown, "recovery");
}

#[wasm_bindgen_test]
async fn the_history_keeps_its_budget_and_two_revisions_kept_at_once_both_stay() {
    use charter::revision::{Reason, Revision};
    use porte_voix::history::{self, MAX_REVISIONS};

    let charter = charter::Charter::default();
    let revision = || Revision::of(&charter, "2026-11-21T10:00:00Z", Reason::Periodic);
    // two at once (as a replace and a periodic save can be): two ids, two revisions
    let before = history::list().await.unwrap().len();
    let (a, b) = futures::join!(
        history::add(revision(), "{}".into()),
        history::add(revision(), "{}".into())
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_ne!(a.id, b.id);
    assert_eq!(
        history::list().await.unwrap().len(),
        (before + 2).min(MAX_REVISIONS)
    );

    // past the budget, the oldest go first, and each add says how many went
    let mut pruned = 0;
    let mut last = 0;
    for _ in 0..MAX_REVISIONS {
        let added = history::add(revision(), "{}".into()).await.unwrap();
        pruned += added.pruned;
        last = added.id;
    }
    let kept = history::list().await.unwrap();
    assert_eq!(kept.len(), MAX_REVISIONS);
    assert_eq!(kept[0].id, last, "newest first");
    assert!(
        before + 2 <= MAX_REVISIONS,
        "the earlier tests kept {before} revisions"
    );
    assert_eq!(
        pruned,
        before + 2,
        "every revision kept before the loop went, one per add"
    );
    assert!(history::body(a.id).await.is_err(), "the oldest went");
    assert_eq!(history::body(last).await.unwrap(), "{}");
}

/// A keystroke in one field of a card reruns no checkbox of the same card (issue 19): the boxes
/// read the ticked set through a memo, which hears of every edit of the channel but tells its
/// readers only when the set itself changed. When each box read the channel directly, renaming
/// a channel of a charter with 200 personas reran 200 boxes a keystroke, and each of them
/// rebuilt the list of 200 persona ids (13.9 ms a keystroke at the list limits, 7.1 ms with the
/// example's three personas; 2026-12-05).
#[wasm_bindgen_test]
fn typing_in_a_card_reruns_none_of_its_boxes_until_its_set_changes() {
    use charter::document::{Channel, Charter};
    use porte_voix::bind::Scope;
    use porte_voix::store::Store;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    let owner = Owner::new();
    owner.set();
    let mut charter = Charter::default();
    charter.channels.push(Channel {
        id: "channel-1".into(),
        name: "Forum".into(),
        persona_ids: vec!["persona-1".into()],
        ..Channel::default()
    });
    let store = Store::new(charter::Draft::new(charter));
    let card = Scope::<Channel>::item(store, "channel-1", Memo::new(|_| 0));
    let members = card.members(Channel::PERSONA_IDS);
    let name = card.field(Channel::NAME);
    let runs = Arc::new(AtomicUsize::new(0));
    let counted = runs.clone();
    let ticked = members.ticked;
    let a_box = Memo::new(move |_| {
        counted.fetch_add(1, Ordering::SeqCst);
        ticked.with(|set| set.contains(&"persona-1".to_owned()))
    });
    assert!(a_box.get());
    assert_eq!(runs.load(Ordering::SeqCst), 1);

    for typed in ["Forum d", "Forum de", "Forum des"] {
        name.set.run(typed.into());
        assert!(a_box.get());
    }
    assert_eq!(
        store.read(|d| d.charter().channels[0].name.clone()),
        "Forum des"
    );
    assert_eq!(
        runs.load(Ordering::SeqCst),
        1,
        "a keystroke in the name reran a box of the same card"
    );

    members.toggle.run(("persona-1".into(), false));
    assert!(!a_box.get(), "unticking reaches the box");
    assert_eq!(runs.load(Ordering::SeqCst), 2);
}
