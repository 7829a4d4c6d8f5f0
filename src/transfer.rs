//! Moving text between the app and the user's files and clipboard: downloads (a Blob, an
//! object URL and a temporary `<a download>`), the clipboard, reading a picked or dropped
//! file, and fetching the site's own example files. The only module that does such I/O.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
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
    let anchor: HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers read the URL after the click handler returns: revoke it a little later.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Some(())
}

/// Copies text to the clipboard; false if the browser refused (no permission, not secure).
pub async fn copy(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    JsFuture::from(promise).await.is_ok()
}

/// The text at a URL of this site (an example charter), or `None` if it cannot be fetched.
pub async fn fetch_text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Why a picked or dropped file was not read.
pub enum ReadError {
    /// Larger than the most the caller takes (its size in bytes): not read at all, so a huge
    /// file costs nothing.
    TooLarge(usize),
    Unreadable,
}

/// The bytes of a file the user picked or dropped, if it holds at most `max` bytes.
pub async fn read(file: web_sys::File, max: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size() as usize;
    if size > max {
        return Err(ReadError::TooLarge(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
