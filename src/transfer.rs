//! Moving text between the app and the user's files and clipboard: downloads (a Blob, an
//! object URL and a temporary `<a download>`), the clipboard, the system share sheet, reading a
//! picked or dropped file, fetching the site's own example files, and the browser's DEFLATE streams that share
//! links use. The only module that does such I/O.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, ReadableWritablePair, Url};

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

/// What became of a link given to the system share sheet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sent {
    /// The person picked an app and the sheet closed.
    Shared,
    /// The person closed the sheet without sending.
    Cancelled,
    /// This browser has no share sheet (most desktop browsers), or refused to open it.
    Unavailable,
}

/// Opens the system share sheet with a title, a line of text and a link. Read through
/// `Reflect`, not `web_sys`' `share`, so that a browser without it is an answer, not a throw.
pub async fn share(title: &str, text: &str, url: &str) -> Sent {
    let navigator = window().navigator();
    let Ok(share) = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")) else {
        return Sent::Unavailable;
    };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else {
        return Sent::Unavailable;
    };
    let data = js_sys::Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let Ok(promise) = share.call1(&navigator, &data) else {
        return Sent::Unavailable;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Sent::Shared,
        // the person closing the sheet rejects with an AbortError; anything else (no user
        // gesture, a link too long for the sheet) means the sheet did not do the job
        Err(e)
            if e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "AbortError") =>
        {
            Sent::Cancelled
        }
        Err(_) => Sent::Unavailable,
    }
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

// The Compression Streams API, declared here: web-sys has it only behind
// `--cfg=web_sys_unstable_apis`, which every build would then need. Two constructors and two
// getters each; every browser Porte-voix supports has them (Chrome 80, Firefox 113, Safari 16.4).
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// The format both directions use: DEFLATE without zlib's header (RFC 1951).
const DEFLATE_RAW: &str = "deflate-raw";

/// Bytes through a transform stream of the browser; `None` if the stream fails (for
/// decompression: data that is not DEFLATE, or cut short).
async fn through(bytes: &[u8], pair: ReadableWritablePair) -> Option<Vec<u8>> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts).ok()?;
    let out = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&out)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// `bytes` compressed with raw DEFLATE by the browser.
pub async fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = CompressionStream::new(DEFLATE_RAW).ok()?;
    through(
        bytes,
        ReadableWritablePair::new(&stream.readable(), &stream.writable()),
    )
    .await
}

/// Raw DEFLATE data decompressed by the browser; `None` when it is damaged or cut.
pub async fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let stream = DecompressionStream::new(DEFLATE_RAW).ok()?;
    through(
        bytes,
        ReadableWritablePair::new(&stream.readable(), &stream.writable()),
    )
    .await
}
