//! Zendesk macros, as `POST /api/v2/macros` takes them, one per call: the file is a JSON array
//! of request bodies `{"macro": {title, description, active, actions: [{field, value}]}}`.
//! The reply goes in `comment_value_html`, the comment mode in `comment_mode_is_public`, and
//! tags from the situation in `current_tags`.

use serde::Serialize;

use super::notes::Note;
use super::replies::{replies, to_html};
use super::target::{to_pretty_json, Target};
use crate::document::{Charter, Visibility};
use crate::labels::labels;

/// One request body.
#[derive(Serialize)]
struct Create {
    #[serde(rename = "macro")]
    item: Macro,
}

#[derive(Serialize)]
struct Macro {
    title: String,
    description: String,
    active: bool,
    actions: Vec<Action>,
}

#[derive(Serialize)]
struct Action {
    field: &'static str,
    value: String,
}

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let l = labels(charter.meta.language);
    let macros: Vec<Create> = replies(charter, Target::Zendesk, notes)
        .into_iter()
        .map(|reply| {
            let mut tags = vec!["porte_voix".to_owned(), reply.situation.code()];
            if reply.visibility == Visibility::Private {
                tags.push("porte_voix_private".to_owned());
            }
            let mut description = (l.situation_name)(reply.situation).to_owned();
            if !reply.channels.is_empty() {
                description.push_str(" · ");
                description.push_str(&reply.channels.join(", "));
            }
            let item = Macro {
                title: reply.title,
                description,
                active: true,
                actions: vec![
                    Action {
                        field: "comment_value_html",
                        value: to_html(&reply.text),
                    },
                    // Public and private replies are both written to the customer: a
                    // non-public Zendesk comment is an internal note no customer reads, so it
                    // is never used for a reply. The tag porte_voix_private marks the
                    // replies meant for a private conversation.
                    Action {
                        field: "comment_mode_is_public",
                        value: "true".to_owned(),
                    },
                    Action {
                        field: "current_tags",
                        value: tags.join(" "),
                    },
                ],
            };
            Create { item }
        })
        .collect();
    let count = macros.len();
    (to_pretty_json(&macros), count)
}
