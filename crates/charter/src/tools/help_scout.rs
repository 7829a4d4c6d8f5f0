//! Help Scout saved replies, as `POST /v2/mailboxes/{id}/saved-replies` takes each of them:
//! `{name, text, chatText}`, `text` in HTML for email and `chatText` plain for chat.

use serde::Serialize;

use super::notes::Note;
use super::replies::{replies, to_html};
use super::{to_pretty_json, Target};
use crate::document::Charter;

#[derive(Serialize)]
struct File {
    saved_replies: Vec<SavedReply>,
}

#[derive(Serialize)]
struct SavedReply {
    name: String,
    text: String,
    #[serde(rename = "chatText")]
    chat_text: String,
}

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let saved_replies: Vec<SavedReply> = replies(charter, Target::HelpScout, notes)
        .into_iter()
        .map(|reply| SavedReply {
            name: reply.title,
            text: to_html(&reply.text),
            chat_text: reply.text,
        })
        .collect();
    let count = saved_replies.len();
    (to_pretty_json(&File { saved_replies }), count)
}
