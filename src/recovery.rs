//! What the page shows if the app panics: the wasm module aborts and nothing of the app runs
//! any more, so this screen is built with plain DOM calls from the panic hook, in the language
//! last chosen, and works without the app: a download link to the last saved charter (a blob
//! URL made now), a reload link and a safe-mode link, both plain links.

use wasm_bindgen::JsCast;

use crate::storage;

/// Installs the panic hook: the message in the console, then the recovery screen.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
}

/// Replaces the page with the recovery screen. Does nothing if there is no document.
pub fn show() {
    let _ = try_show();
}

fn try_show() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    let lang = storage::load_ui_lang().unwrap_or_default();
    let wm = Words::get(lang);
    let element = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let main = document.create_element("main").ok()?;
    main.set_id("recovery");
    main.set_class_name("editor recovery");
    main.set_attribute("role", "alert").ok()?;
    let (heading, text) = (
        element("h1", wm.crashed_title)?,
        element("p", wm.crashed_text)?,
    );
    main.append_child(&heading).ok()?;
    main.append_child(&text).ok()?;
    let links = document.create_element("p").ok()?;
    links.set_class_name("button-row");
    if let Some(url) = storage::draft_text().and_then(|text| blob_url(&text)) {
        let download = element("a", wm.crashed_download)?;
        download.set_attribute("href", &url).ok()?;
        download
            .set_attribute("download", "porte-voix-saved-draft.charter.json")
            .ok()?;
        download.set_class_name("button primary");
        download.set_id("recovery-download");
        links.append_child(&download).ok()?;
    }
    let path = window.location().pathname().ok()?;
    for (text, href, id) in [
        (
            wm.crashed_reload,
            format!("{path}?reload#/start"),
            "recovery-reload",
        ),
        (
            wm.crashed_safe,
            format!("{path}?safe#/safe"),
            "recovery-safe",
        ),
    ] {
        let link = element("a", text)?;
        link.set_attribute("href", &href).ok()?;
        link.set_class_name("button");
        link.set_id(id);
        links.append_child(&link).ok()?;
    }
    main.append_child(&links).ok()?;
    body.set_text_content(None);
    body.append_child(&main).ok()?;
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    main.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}

/// An object URL for a text, so that a plain link can download it.
fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    crashed_download: &'static str {
        fr: "Télécharger la dernière charte enregistrée",
        en: "Download the last saved charter",
    }
    crashed_reload: &'static str {
        fr: "Recharger la page",
        en: "Reload the page",
    }
    crashed_safe: &'static str {
        fr: "Ouvrir en mode sans échec",
        en: "Open in safe mode",
    }
    crashed_text: &'static str {
        fr: "Une erreur a arrêté la page. Votre dernière charte enregistrée est en sécurité dans ce navigateur.",
        en: "An error stopped the page. Your last saved charter is safe in this browser.",
    }
    crashed_title: &'static str {
        fr: "Porte-voix s’est arrêté",
        en: "Porte-voix stopped",
    }
}
