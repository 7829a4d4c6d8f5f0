//! Gorgias macros, as `POST /api/macros` takes each of them: `{name, language, intent,
//! actions}`, the reply in a `setResponseText` action (`arguments.body_text` and
//! `body_html`), tags in an `addTags` action. Gorgias macros carry a language, so the file
//! holds one macro per template and language.

use serde::Serialize;

use super::notes::Note;
use super::replies::{replies, to_html};
use super::{to_pretty_json, Target};
use crate::document::{Charter, Visibility};

#[derive(Serialize)]
struct File {
    macros: Vec<Macro>,
}

#[derive(Serialize)]
struct Macro {
    name: String,
    /// ISO 639-1
    language: &'static str,
    /// Gorgias's intents are its own fixed list, which no charter situation matches for
    /// sure: left empty for the team to set in Gorgias.
    intent: Option<&'static str>,
    actions: Vec<Action>,
}

#[derive(Serialize)]
struct Action {
    name: &'static str,
    title: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    arguments: Arguments,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Arguments {
    Response {
        body_text: String,
        body_html: String,
    },
    Tags {
        tags: String,
    },
}

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let macros: Vec<Macro> = replies(charter, Target::Gorgias, notes)
        .into_iter()
        .map(|reply| {
            let mut tags = vec!["porte-voix".to_owned(), reply.situation.code()];
            if reply.visibility == Visibility::Private {
                tags.push("private".to_owned());
            }
            Macro {
                name: reply.title,
                language: reply.lang.code(),
                intent: None,
                actions: vec![
                    Action {
                        name: "setResponseText",
                        title: "Set response text",
                        kind: "user",
                        arguments: Arguments::Response {
                            body_html: to_html(&reply.text),
                            body_text: reply.text,
                        },
                    },
                    Action {
                        name: "addTags",
                        title: "Add tags",
                        kind: "user",
                        arguments: Arguments::Tags {
                            tags: tags.join(", "),
                        },
                    },
                ],
            }
        })
        .collect();
    let count = macros.len();
    (to_pretty_json(&File { macros }), count)
}
