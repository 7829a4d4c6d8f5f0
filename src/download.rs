//! Offers text to the user as a file download, the way a static site can: a Blob, an object
//! URL and a temporary `<a download>` clicked on the user's behalf.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Starts the download of `content` as `file_name`. Returns false if the browser refused.
pub fn offer(file_name: &str, mime: &str, content: &str) -> bool {
    try_offer(file_name, mime, content).is_some()
}

fn try_offer(file_name: &str, mime: &str, content: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download synchronously; the URL can go.
    let _ = Url::revoke_object_url(&url);
    Some(())
}
