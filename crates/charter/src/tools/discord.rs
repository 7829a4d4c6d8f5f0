//! Discord AutoMod rules, as `POST /guilds/{guild.id}/auto-moderation/rules` takes them, one
//! per call: a JSON array of request bodies `{name, event_type, trigger_type, trigger_metadata:
//! {keyword_filter, regex_patterns}, actions, enabled}`, each valid against Discord's own
//! OpenAPI schema (tested). Only moderation rules that list keywords or patterns become AutoMod
//! rules; the limits are Discord's documented ones. An alert needs the channel that receives it,
//! which only the team knows: without it the alert action is left out, and a rule left with no
//! action is left out, each with a note.

use serde::Serialize;

use super::notes::{Counted, Note, Outcome, Reason, TextField, ToolId};
use super::target::{to_pretty_json, Target, ToolOptions};
use crate::document::{Charter, ListKind, ModerationAction, ModerationRule};
use crate::labels::labels;
use crate::locate::Place;
use crate::pattern::pattern_error;

pub const MAX_TIMEOUT_SECONDS: u32 = 2_419_200;
pub const MAX_KEYWORDS: usize = 1_000;
pub const MAX_KEYWORD_CHARS: usize = 60;
pub const MAX_PATTERNS: usize = 10;
pub const MAX_PATTERN_CHARS: usize = 260;
pub const MAX_CUSTOM_MESSAGE_CHARS: usize = 150;
/// Keyword rules a server may have.
pub const MAX_KEYWORD_RULES: usize = 6;
/// A rule's name, at most (Discord's schema).
pub const MAX_NAME_CHARS: usize = 100;

const EVENT_MESSAGE_SEND: u8 = 1;
const TRIGGER_KEYWORD: u8 = 1;
const ACTION_BLOCK_MESSAGE: u8 = 1;
const ACTION_SEND_ALERT_MESSAGE: u8 = 2;
const ACTION_TIMEOUT: u8 = 3;

#[derive(Serialize)]
struct Rule {
    name: String,
    event_type: u8,
    trigger_type: u8,
    trigger_metadata: TriggerMetadata,
    actions: Vec<Action>,
    enabled: bool,
}

#[derive(Serialize)]
struct TriggerMetadata {
    keyword_filter: Vec<String>,
    regex_patterns: Vec<String>,
}

#[derive(Serialize)]
struct Action {
    #[serde(rename = "type")]
    kind: u8,
    metadata: Metadata,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Metadata {
    Block {
        #[serde(skip_serializing_if = "Option::is_none")]
        custom_message: Option<String>,
    },
    Alert {
        channel_id: String,
    },
    Timeout {
        duration_seconds: u32,
    },
}

/// A rule's name in Discord: its category and its place among the rules written, within
/// Discord's 100 characters whatever the category label.
fn rule_name(category: &str, number: usize) -> String {
    let suffix = format!(" · {number}");
    let room = MAX_NAME_CHARS - suffix.chars().count();
    let category: String = category.chars().take(room).collect();
    format!("{category}{suffix}")
}

/// The message Discord shows when it blocks: "category: what the rule covers". `None` when the
/// rule says nothing it covers; `Err(length)` when it is longer than Discord accepts.
fn block_message(category: &str, colon: &str, covers: &str) -> Option<Result<String, usize>> {
    let covers = covers.trim();
    if covers.is_empty() {
        return None;
    }
    let message = format!("{category}{colon}{covers}");
    let length = message.chars().count();
    Some(if length > MAX_CUSTOM_MESSAGE_CHARS {
        Err(length)
    } else {
        Ok(message)
    })
}

pub(super) fn export(
    charter: &Charter,
    options: &ToolOptions,
    notes: &mut Vec<Note>,
) -> (String, usize) {
    let l = labels(charter.meta.language);
    let mut rules = Vec::new();
    for (i, rule) in charter.moderation.rules.iter().enumerate() {
        let place = Place::item(ListKind::Rules, i, &rule.id);
        let at = place.own_pointer();
        let category = (l.category_name)(rule.category);
        let item = super::notes::rule_name(rule, l);
        let mut note = |path: String, item: String, outcome, reason| {
            notes.push(Note {
                target: Target::DiscordAutomod,
                path,
                item,
                outcome,
                reason,
            })
        };

        let mut keywords = Vec::new();
        for (j, keyword) in rule.keywords.indexed() {
            let length = keyword.chars().count();
            if length > MAX_KEYWORD_CHARS {
                note(
                    place.entry(ModerationRule::KEYWORDS.key, j),
                    keyword.to_owned(),
                    Outcome::LeftOut,
                    Reason::TooLong {
                        field: TextField::Keyword,
                        length,
                        limit: MAX_KEYWORD_CHARS,
                    },
                );
            } else {
                if keyword.contains('*') {
                    note(
                        place.entry(ModerationRule::KEYWORDS.key, j),
                        keyword.to_owned(),
                        Outcome::Changed,
                        Reason::Wildcard,
                    );
                }
                keywords.push(keyword.to_owned());
            }
        }
        let mut patterns = Vec::new();
        for (j, pattern) in rule.patterns.indexed() {
            let length = pattern.chars().count();
            let reason = if length > MAX_PATTERN_CHARS {
                Some(Reason::TooLong {
                    field: TextField::Pattern,
                    length,
                    limit: MAX_PATTERN_CHARS,
                })
            } else {
                pattern_error(pattern).map(|reason| Reason::InvalidPattern { reason })
            };
            match reason {
                Some(reason) => note(
                    place.entry(ModerationRule::PATTERNS.key, j),
                    pattern.to_owned(),
                    Outcome::LeftOut,
                    reason,
                ),
                None => patterns.push(pattern.to_owned()),
            }
        }

        let refusal = if keywords.is_empty() && patterns.is_empty() {
            Some(Reason::NothingToWatch)
        } else if keywords.len() > MAX_KEYWORDS {
            Some(Reason::TooMany {
                what: Counted::Keywords,
                count: keywords.len(),
                limit: MAX_KEYWORDS,
            })
        } else if patterns.len() > MAX_PATTERNS {
            Some(Reason::TooMany {
                what: Counted::Patterns,
                count: patterns.len(),
                limit: MAX_PATTERNS,
            })
        } else if rules.len() == MAX_KEYWORD_RULES {
            Some(Reason::TooMany {
                what: Counted::Rules,
                count: rules.len() + 1,
                limit: MAX_KEYWORD_RULES,
            })
        } else {
            None
        };
        if let Some(reason) = refusal {
            note(at, item, Outcome::LeftOut, reason);
            continue;
        }

        let mut actions = Vec::new();
        let blocks = !matches!(
            rule.action,
            ModerationAction::ReplyOnce | ModerationAction::Report | ModerationAction::Escalate
        );
        if blocks {
            let custom_message = match block_message(category, l.colon, &rule.covers) {
                Some(Err(length)) => {
                    note(
                        place.pointer(ModerationRule::COVERS.key),
                        item.clone(),
                        Outcome::LeftOut,
                        Reason::TooLong {
                            field: TextField::BlockMessage,
                            length,
                            limit: MAX_CUSTOM_MESSAGE_CHARS,
                        },
                    );
                    None
                }
                Some(Ok(message)) => Some(message),
                None => None,
            };
            actions.push(Action {
                kind: ACTION_BLOCK_MESSAGE,
                metadata: Metadata::Block { custom_message },
            });
        } else if let Some(channel_id) = &options.discord_alert_channel_id {
            // reply once, report, escalate: a person looks at it
            actions.push(Action {
                kind: ACTION_SEND_ALERT_MESSAGE,
                metadata: Metadata::Alert {
                    channel_id: channel_id.clone(),
                },
            });
        }
        if rule.action == ModerationAction::MuteOrBan {
            let seconds = options.discord_timeout_seconds;
            if seconds > MAX_TIMEOUT_SECONDS {
                note(
                    place.pointer(ModerationRule::ACTION.key),
                    item.clone(),
                    Outcome::LeftOut,
                    Reason::TooLong {
                        field: TextField::TimeoutSeconds,
                        length: seconds as usize,
                        limit: MAX_TIMEOUT_SECONDS as usize,
                    },
                );
            } else {
                actions.push(Action {
                    kind: ACTION_TIMEOUT,
                    metadata: Metadata::Timeout {
                        duration_seconds: seconds,
                    },
                });
            }
        }
        if actions.is_empty() {
            // an alert was all the rule did, and there is no channel to send it to
            note(
                at,
                item,
                Outcome::LeftOut,
                Reason::NeedsId(ToolId::DiscordAlertChannel),
            );
            continue;
        }
        rules.push(Rule {
            name: rule_name(category, rules.len() + 1),
            event_type: EVENT_MESSAGE_SEND,
            trigger_type: TRIGGER_KEYWORD,
            trigger_metadata: TriggerMetadata {
                keyword_filter: keywords,
                regex_patterns: patterns,
            },
            actions,
            enabled: true,
        });
    }
    let count = rules.len();
    (to_pretty_json(&rules), count)
}
