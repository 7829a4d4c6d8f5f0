//! What changed between two charters, as Markdown: a changelog of its own (`porte-voix diff`)
//! or a "Changes since …" section at the end of the charter. One nested list per part, so that
//! the part names never repeat the charter's own headings.

use super::doc::Doc;
use super::escape::{heading_text, inline};
use crate::compare::{display_value, Changes, ItemChange};
use crate::document::Charter;
use crate::labels::labels;

/// Longest value a changelog line shows, in characters; longer ones end with "…".
const MAX_VALUE_CHARS: usize = 160;

/// How a changelog names a version: its version label, else its title, else its date.
pub fn version_name(charter: &Charter) -> String {
    [
        &charter.meta.version_label,
        &charter.meta.title,
        &charter.meta.last_updated,
    ]
    .into_iter()
    .find_map(|text| heading_text(text))
    .unwrap_or_else(|| labels(charter.meta.language).unnamed.to_owned())
}

/// The changes from `old` to `new` as their own document, in `new`'s language.
pub fn render_changelog(old: &Charter, new: &Charter, changes: &Changes) -> String {
    let l = labels(new.meta.language);
    let mut doc = Doc::new(l);
    doc.heading(
        1,
        &(l.changes_title)(&version_name(old), &version_name(new)),
    );
    write_changes(&mut doc, changes);
    doc.finish()
}

/// Only the list of changes (no heading), for a view that has its own heading.
pub fn render_changes(changes: &Changes, lang: crate::Lang) -> String {
    let mut doc = Doc::new(labels(lang));
    write_changes(&mut doc, changes);
    doc.finish()
}

/// The charter, followed by a "Changes since <version>" section.
pub fn render_with_changes(charter: &Charter, since: &Charter, changes: &Changes) -> String {
    let mut doc = Doc::new(labels(charter.meta.language));
    for section in crate::document::Section::ALL {
        super::sections::write_section(&mut doc, charter, section);
    }
    let l = doc.l;
    doc.heading(2, &(l.changes_since)(&version_name(since)));
    write_changes(&mut doc, changes);
    doc.finish()
}

fn write_changes(doc: &mut Doc, changes: &Changes) {
    let l = doc.l;
    if changes.is_empty() {
        doc.block(&format!("*{}*", l.no_changes));
        return;
    }
    let mut lines = Vec::new();
    for part in &changes.parts {
        lines.push(format!("- **{}**", part.part.title(l.lang)));
        for item in &part.items {
            let name = |name: &str| {
                let name = inline(name);
                if name.is_empty() {
                    l.unnamed.to_owned()
                } else {
                    name
                }
            };
            match item {
                ItemChange::Added { name: n } => {
                    lines.push(format!("  - {}{}{}", l.item_added, l.colon, name(n)));
                }
                ItemChange::Removed { name: n } => {
                    lines.push(format!("  - {}{}{}", l.item_removed, l.colon, name(n)));
                }
                ItemChange::Changed { name: n, fields } => {
                    lines.push(format!("  - {}{}{}", l.item_changed, l.colon, name(n)));
                    for field in fields {
                        let value = |v: &Option<serde_json::Value>| {
                            let text = v
                                .as_ref()
                                .map(|v| inline(&display_value(v, MAX_VALUE_CHARS)))
                                .unwrap_or_default();
                            if text.is_empty() {
                                format!("*{}*", l.empty_value)
                            } else {
                                text
                            }
                        };
                        lines.push(format!(
                            "    - `{}`{}{} → {}",
                            field.path,
                            l.colon,
                            value(&field.old),
                            value(&field.new)
                        ));
                    }
                }
            }
        }
    }
    doc.block(&lines.join("\n"));
}
