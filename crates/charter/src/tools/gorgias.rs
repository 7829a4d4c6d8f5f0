//! Gorgias macros, as `POST /api/macros` takes them, one per call: the file is a JSON array of
//! request bodies `{name, language, actions}`, the reply in a `setResponseText` action
//! (`arguments.body_text` and `body_html`), tags in an `addTags` action. Gorgias macros carry a
//! language, so the file holds one macro per template and language; Gorgias refuses two macros
//! with one name, so a name shared (an untranslated title, two templates with one title) takes
//! the language, then a number, and a note says so. No `intent`: Gorgias's intents are its own
//! fixed list, which no charter situation matches for sure; the team sets it in Gorgias.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::notes::{Note, Outcome, Reason};
use super::replies::{replies, to_html, Reply};
use super::target::{to_pretty_json, Target};
use crate::document::{Charter, Visibility};

#[derive(Serialize)]
struct Macro {
    name: String,
    /// ISO 639-1
    language: &'static str,
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
    let replies = replies(charter, Target::Gorgias, notes);
    let names = unique_names(&replies, notes);
    let macros: Vec<Macro> = replies
        .into_iter()
        .zip(names)
        .map(|(reply, name)| {
            let mut tags = vec!["porte-voix".to_owned(), reply.situation.code()];
            if reply.visibility == Visibility::Private {
                tags.push("private".to_owned());
            }
            Macro {
                name,
                language: reply.lang.code(),
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
    (to_pretty_json(&macros), count)
}

/// A name per reply, no two alike: a shared title takes the language, then a number. Linear:
/// counted once, then each name checked against a set.
fn unique_names(replies: &[Reply], notes: &mut Vec<Note>) -> Vec<String> {
    let mut shared: HashMap<&str, usize> = HashMap::new();
    for reply in replies {
        *shared.entry(reply.title.as_str()).or_default() += 1;
    }
    let mut taken: HashSet<String> = HashSet::with_capacity(replies.len());
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut names = Vec::with_capacity(replies.len());
    for reply in replies {
        let title = &reply.title;
        let base = if shared[title.as_str()] > 1 {
            format!("{title} ({})", reply.lang.code())
        } else {
            title.clone()
        };
        let mut name = base.clone();
        while taken.contains(&name) {
            let n = next.entry(base.clone()).or_insert(1);
            *n += 1;
            name = format!("{base} {n}");
        }
        taken.insert(name.clone());
        if name != *title {
            notes.push(Note {
                target: Target::Gorgias,
                path: reply.path.clone(),
                item: title.clone(),
                outcome: Outcome::Changed,
                reason: Reason::Renamed { name: name.clone() },
            });
        }
        names.push(name);
    }
    names
}
