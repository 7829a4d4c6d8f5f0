//! Front message templates, as `POST /message_templates` takes each of them:
//! `{name, subject, body}`, the body in HTML.

use serde::Serialize;

use super::notes::Note;
use super::replies::{replies, to_html};
use super::{to_pretty_json, Target};
use crate::document::Charter;

#[derive(Serialize)]
struct File {
    message_templates: Vec<MessageTemplate>,
}

#[derive(Serialize)]
struct MessageTemplate {
    name: String,
    subject: String,
    body: String,
}

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let templates: Vec<MessageTemplate> = replies(charter, Target::Front, notes)
        .into_iter()
        .map(|reply| MessageTemplate {
            subject: reply.title.clone(),
            name: reply.title,
            body: to_html(&reply.text),
        })
        .collect();
    let count = templates.len();
    (
        to_pretty_json(&File {
            message_templates: templates,
        }),
        count,
    )
}
