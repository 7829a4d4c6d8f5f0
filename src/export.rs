//! The exports the user can take away: the charter as JSON, Markdown and a web page, the
//! templates as JSON and Markdown, by download or clipboard, and the share link. Each is dated
//! and tidied (`Charter::for_export`) and named after the charter (`charter::files`).

use charter::compare::Changes;
use charter::share::{self, ShareError};
use charter::tools::{ToolExport, ToolOptions};
use charter::{files, json, markdown, publish, template_export, Charter};
use leptos::prelude::GetUntracked;

use crate::state::AppState;
use crate::transfer;

fn exported(app: AppState) -> Charter {
    app.store.read(|d| crate::sync::exported(d.charter()))
}

/// Offers the file of an export to another tool (made from `sync::exported`, like every export),
/// named after the charter.
pub fn download_for_tool(app: AppState, export: &ToolExport) {
    let target = export.target;
    let name = app.store.read(|d| target.file_name(d.charter()));
    transfer::offer(&name, target.media_type(), &export.text);
}

/// Downloads the import script of a tool's export, in the UI's language (tools with an API).
pub fn download_import_script(app: AppState, export: &ToolExport, options: &ToolOptions) {
    let lang = app.ui_lang.get_untracked();
    if let Some(script) = charter::tools::script::import_script(export, options, lang) {
        let name = app
            .store
            .read(|d| export.target.script_file_name(d.charter()));
        transfer::offer(&name, "text/x-shellscript", &script);
    }
}

/// Offers `text` as the file `name`; its name when the browser took it (to confirm the download).
fn deliver(name: String, mime: &str, text: &str) -> Option<String> {
    transfer::offer(&name, mime, text).then_some(name)
}

pub fn download_charter_markdown(app: AppState) -> Option<String> {
    let c = exported(app);
    deliver(
        files::markdown_file_name(&c),
        "text/markdown",
        &markdown::render(&c),
    )
}

pub fn download_charter_html(app: AppState) -> Option<String> {
    let c = exported(app);
    deliver(
        files::html_file_name(&c),
        "text/html",
        &publish::render_page(&c),
    )
}

/// The Markdown charter with a "Changes since <version>" section.
pub fn download_markdown_with_changes(app: AppState, since: &Charter, changes: &Changes) {
    let c = exported(app);
    transfer::offer(
        &files::markdown_file_name(&c),
        "text/markdown",
        &markdown::render_with_changes(&c, since, changes),
    );
}

/// A changelog on its own.
pub fn download_changelog(app: AppState, old: &Charter, changes: &Changes) {
    let c = exported(app);
    transfer::offer(
        &files::changes_file_name(&c),
        "text/markdown",
        &markdown::render_changelog(old, &c, changes),
    );
}

/// The link that carries the whole charter in its fragment, or why it cannot be made.
pub async fn share_link(app: AppState) -> Result<String, ShareError> {
    let c = exported(app);
    let compact = serde_json::to_string(&c).unwrap_or_default();
    // the browser's compression cannot fail on bytes; if it is missing, no link can be made
    let compressed = transfer::deflate(compact.as_bytes())
        .await
        .ok_or(ShareError::NoCompression)?;
    let fragment = share::fragment(&compressed)?;
    let location = leptos::prelude::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    Ok(format!("{origin}{path}{fragment}"))
}

pub fn download_templates_json(app: AppState) -> Option<String> {
    let c = exported(app);
    let name = format!("{}-templates.json", files::slug(&c));
    deliver(
        name,
        "application/json",
        &template_export::templates_json(&c),
    )
}

pub fn download_templates_markdown(app: AppState) -> Option<String> {
    let c = exported(app);
    let name = format!("{}-templates.md", files::slug(&c));
    deliver(name, "text/markdown", &markdown::render_templates(&c))
}

/// What can be copied to the clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copyable {
    Markdown,
    Json,
}

pub async fn copy(app: AppState, what: Copyable) -> bool {
    let c = exported(app);
    let text = match what {
        Copyable::Markdown => markdown::render(&c),
        Copyable::Json => json::to_json(&c),
    };
    transfer::copy(text).await
}
