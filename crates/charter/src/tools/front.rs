//! Front message templates, as `POST /message_templates` takes them, one per call: the file is
//! a JSON array of request bodies `{name, body}`, the body in HTML. No `subject`: Front sends a
//! template's subject to the recipient, and the only title a charter has is the team's own
//! name for the reply ("… — Private follow-up"), which the customer should never read.

use serde::Serialize;

use super::notes::Note;
use super::replies::{replies, to_html};
use super::target::{to_pretty_json, Target};
use crate::document::Charter;

#[derive(Serialize)]
struct MessageTemplate {
    name: String,
    body: String,
}

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let templates: Vec<MessageTemplate> = replies(charter, Target::Front, notes)
        .into_iter()
        .map(|reply| MessageTemplate {
            name: reply.title,
            body: to_html(&reply.text),
        })
        .collect();
    let count = templates.len();
    (to_pretty_json(&templates), count)
}
