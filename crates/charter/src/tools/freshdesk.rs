//! Freshdesk canned responses, as `POST /api/v2/canned_responses/create_multiple` takes them:
//! `{"canned_responses": [{title, content_html, folder_id, visibility}]}`. Shared responses
//! need a folder, whose id only the team's Freshdesk knows: without one, the file holds no
//! response (it still is a valid body) and a note asks for the folder.

use serde::Serialize;

use super::notes::{Note, Outcome, Reason, ToolId};
use super::replies::{replies, to_html};
use super::target::{to_pretty_json, Target, ToolOptions};
use crate::document::Charter;

/// Freshdesk's visibility code for "all agents".
const VISIBLE_TO_ALL_AGENTS: u8 = 0;

#[derive(Serialize)]
struct File {
    canned_responses: Vec<CannedResponse>,
}

#[derive(Serialize)]
struct CannedResponse {
    title: String,
    content_html: String,
    /// Required by Freshdesk for shared responses; only the team knows it.
    folder_id: u64,
    visibility: u8,
}

pub(super) fn export(
    charter: &Charter,
    options: &ToolOptions,
    notes: &mut Vec<Note>,
) -> (String, usize) {
    let replies = replies(charter, Target::Freshdesk, notes);
    let responses: Vec<CannedResponse> = match options.freshdesk_folder_id {
        Some(folder_id) => replies
            .into_iter()
            .map(|reply| CannedResponse {
                title: reply.title,
                content_html: to_html(&reply.text),
                folder_id,
                visibility: VISIBLE_TO_ALL_AGENTS,
            })
            .collect(),
        None => {
            if !replies.is_empty() {
                notes.push(Note {
                    target: Target::Freshdesk,
                    path: String::new(),
                    item: "folder_id".to_owned(),
                    outcome: Outcome::LeftOut,
                    reason: Reason::NeedsId(ToolId::FreshdeskFolder),
                });
            }
            Vec::new()
        }
    };
    let count = responses.len();
    (
        to_pretty_json(&File {
            canned_responses: responses,
        }),
        count,
    )
}
