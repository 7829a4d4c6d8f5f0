//! Help Scout saved replies, as `POST /v2/mailboxes/{id}/saved-replies` takes them, one per
//! call: the file is a JSON array of request bodies `{name, text, chatText}`, `text` in HTML for
//! email and `chatText` plain for chat. The mailbox is in the address, not the body: the import
//! script asks for it (see `script.rs`).

use serde::Serialize;

use super::notes::{Note, Outcome, Reason, ToolId};
use super::replies::{replies, to_html};
use super::target::{to_pretty_json, Target, ToolOptions};
use crate::document::Charter;

#[derive(Serialize)]
struct SavedReply {
    name: String,
    text: String,
    #[serde(rename = "chatText")]
    chat_text: String,
}

pub(super) fn export(
    charter: &Charter,
    options: &ToolOptions,
    notes: &mut Vec<Note>,
) -> (String, usize) {
    let saved_replies: Vec<SavedReply> = replies(charter, Target::HelpScout, notes)
        .into_iter()
        .map(|reply| SavedReply {
            name: reply.title,
            text: to_html(&reply.text),
            chat_text: reply.text,
        })
        .collect();
    let count = saved_replies.len();
    if count > 0 && options.helpscout_mailbox_id.is_none() {
        notes.push(Note {
            target: Target::HelpScout,
            path: String::new(),
            item: "mailbox".to_owned(),
            outcome: Outcome::ToFillIn,
            reason: Reason::NeedsId(ToolId::HelpScoutMailbox),
        });
    }
    (to_pretty_json(&saved_replies), count)
}
