//! Porte-voix's charter core: the community response charter as plain Rust data, the editing
//! operations on it, and the documents made from it (Markdown, safe preview HTML, JSON).
//!
//! Invariant: this crate knows nothing of the browser. It depends on serde, serde_json,
//! serde_path_to_error, pulldown-cmark, regex and (for the schema and the command-line tool only)
//! schemars, never on leptos, web_sys, gloo or wasm_bindgen, so that it is tested natively in
//! seconds and the command-line tool can use it as is.

pub mod catalogue;
pub mod checker;
pub mod compare;
pub mod count;
mod defaults;
pub mod document;
pub mod draft;
pub mod field;
pub mod files;
pub mod generate;
pub mod html;
pub mod json;
pub mod labels;
pub mod lang;
pub mod limits;
pub mod lines;
pub mod list;
pub mod locate;
pub mod markdown;
pub mod merge;
pub mod paging;
pub mod parse;
pub mod pattern;
pub mod practice;
pub mod publish;
pub mod revision;
#[cfg(feature = "schema")]
pub mod schema;
pub mod share;
pub mod summary;
pub mod template;
pub mod template_export;
pub mod tidy;
pub mod tools;
pub mod validate;

pub use document::Charter;
pub use draft::Draft;
pub use lang::Lang;
