//! Reddit AutoModerator rules: YAML, one document per check, separated by `---`, as the
//! subreddit's `config/automoderator` wiki page holds them. A moderation rule's keywords
//! become a `title+body (includes-word)` check, its patterns a `title+body (regex)` check;
//! insult and troll rules post the charter's troll template as AutoModerator's `comment`.

use super::notes::{Note, Outcome, Reason, TextField};
use super::replies::map_placeholders;
use super::Target;
use crate::document::{Charter, ModerationAction, ModerationCategory, Situation};
use crate::labels::labels;
use crate::pattern::pattern_error;

/// Reddit's limit on a comment, which AutoModerator's `comment` is.
pub const MAX_COMMENT_CHARS: usize = 10_000;

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let lang = charter.meta.language;
    let l = labels(lang);
    let mut yaml = String::new();
    let title = one_line(&charter.meta.title);
    yaml.push_str(&format!("# Porte-voix · {title}\n"));
    let mut documents = 0;

    // the public reply of the first troll template in the charter's language
    let troll = charter
        .templates
        .iter()
        .enumerate()
        .filter(|(_, t)| t.situation == Situation::Troll)
        .find_map(|(i, t)| {
            t.body
                .get(lang)
                .filter(|b| !b.trim().is_empty())
                .map(|b| (i, t, b.trim()))
        });

    for (i, rule) in charter.moderation.rules.iter().enumerate() {
        let at = format!("/moderation/rules/{i}");
        let category = (l.category_name)(rule.category);
        let item = super::rule_name(rule, l);
        let keywords: Vec<&str> = rule.keywords.entries().collect();
        let mut patterns = Vec::new();
        for (j, pattern) in rule.patterns.indexed() {
            match pattern_error(pattern) {
                Some(reason) => push_note(
                    notes,
                    &item,
                    format!("{at}/patterns/{j}"),
                    Outcome::LeftOut,
                    Reason::InvalidPattern { reason },
                ),
                None => patterns.push(pattern),
            }
        }
        if keywords.is_empty() && patterns.is_empty() {
            push_note(notes, &item, at, Outcome::LeftOut, Reason::NothingToWatch);
            continue;
        }

        let wants_comment = matches!(
            rule.category,
            ModerationCategory::Troll | ModerationCategory::Insult
        );
        let comment = match (wants_comment, troll) {
            (false, _) => None,
            (true, None) => {
                push_note(
                    notes,
                    &item,
                    at.clone(),
                    Outcome::Changed,
                    Reason::NoTrollTemplate,
                );
                None
            }
            (true, Some((t, template, body))) => {
                let path = format!("/templates/{t}/body/{}", lang.code());
                let text = map_placeholders(
                    body,
                    charter,
                    Target::RedditAutomod,
                    &path,
                    &template.title,
                    notes,
                );
                let length = text.chars().count();
                if length > MAX_COMMENT_CHARS {
                    notes.push(Note {
                        target: Target::RedditAutomod,
                        path,
                        item: template.title.clone(),
                        outcome: Outcome::LeftOut,
                        reason: Reason::TooLong {
                            field: TextField::Comment,
                            length,
                            limit: MAX_COMMENT_CHARS,
                        },
                    });
                    None
                } else {
                    Some(text)
                }
            }
        };
        let action = match rule.action {
            // the comment is the one reply; without one, a moderator writes it
            ModerationAction::ReplyOnce if comment.is_some() => None,
            ModerationAction::ReplyOnce => Some("report"),
            ModerationAction::Hide => Some("filter"),
            ModerationAction::Delete => Some("remove"),
            ModerationAction::MuteOrBan => {
                push_note(
                    notes,
                    &item,
                    format!("{at}/action"),
                    Outcome::Changed,
                    Reason::CannotBan,
                );
                Some("remove")
            }
            ModerationAction::Report => Some("report"),
            ModerationAction::Escalate => {
                push_note(
                    notes,
                    &item,
                    format!("{at}/action"),
                    Outcome::Changed,
                    Reason::CannotEscalate,
                );
                Some("report")
            }
        };
        let reason = if rule.covers.trim().is_empty() {
            category.to_owned()
        } else {
            format!("{category}{}{}", l.colon, one_line(&rule.covers))
        };
        let checks: [(&str, &[&str]); 2] = [("includes-word", &keywords), ("regex", &patterns)];
        for (modifier, values) in checks {
            if values.is_empty() {
                continue;
            }
            yaml.push_str("---\n");
            yaml.push_str(&format!("# {} · {}\n", category, one_line(&rule.id)));
            yaml.push_str("type: any\n");
            let list: Vec<String> = values.iter().map(|v| quoted(v)).collect();
            yaml.push_str(&format!("title+body ({modifier}): [{}]\n", list.join(", ")));
            if let Some(action) = action {
                yaml.push_str(&format!("action: {action}\n"));
            }
            yaml.push_str(&format!("action_reason: {}\n", quoted(&reason)));
            if let Some(comment) = &comment {
                yaml.push_str(&format!("comment: {}\n", block(comment)));
            }
            documents += 1;
        }
    }
    (yaml, documents)
}

fn push_note(notes: &mut Vec<Note>, item: &str, path: String, outcome: Outcome, reason: Reason) {
    notes.push(Note {
        target: Target::RedditAutomod,
        path,
        item: item.to_owned(),
        outcome,
        reason,
    });
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A YAML double-quoted scalar. JSON's string escapes are a subset of YAML's, so a JSON
/// string is one.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialize")
}

/// A literal block scalar (`|-`) when the text can be one as written, else a quoted string.
fn block(text: &str) -> String {
    let plain = !text.starts_with([' ', '\t'])
        && !text.contains('\r')
        && text
            .chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control());
    if !plain {
        return quoted(text);
    }
    let mut out = String::from("|-");
    for line in text.lines() {
        out.push('\n');
        if !line.is_empty() {
            out.push_str("    ");
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_literal_when_they_can_be_and_quoted_otherwise() {
        assert_eq!(block("Hi\n\nBye"), "|-\n    Hi\n\n    Bye");
        assert_eq!(block(" leading"), "\" leading\"");
        assert_eq!(block("a\u{7}b"), "\"a\\u0007b\"");
    }
}
