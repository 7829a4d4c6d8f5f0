//! Reddit AutoModerator rules: YAML, one document per check, each starting with `---`, to
//! **append** to the subreddit's `config/automoderator` wiki page. A moderation rule's keywords
//! become a `title+body (includes-word)` check, its patterns a `title+body (regex)` check.
//!
//! AutoModerator reads the page with PyYAML (YAML 1.1), which takes U+0085, U+2028 and U+2029
//! as line breaks and refuses C1 controls, U+007F and U+FFFE/U+FFFF anywhere in the file: a
//! text written raw could end a value and start a new key (`action: approve`) or make the page
//! unloadable. No maintained Rust YAML serializer targets YAML 1.1 (serde_yaml is archived), so
//! every value is written here as a **double-quoted scalar** ([`quoted`]) with each of those
//! characters, every control character and the quote and backslash escaped; keys and comments
//! are our own fixed words. The test suite reads every file back with PyYAML's
//! `safe_load_all` and compares each string.
//!
//! The troll template is posted as AutoModerator's `comment` only on troll and insult rules
//! whose action leaves the post visible (reply once, report, escalate): a public reply under a
//! post the same rule removes or filters would point readers to what they cannot see and give
//! the author the attention the charter tells moderators not to give.

use super::notes::{Note, Outcome, Reason, TextField};
use super::replies::map_placeholders;
use super::target::Target;
use crate::document::{
    Charter, ListKind, ModerationAction, ModerationCategory, ModerationRule, ReplyTemplate,
    Situation,
};
use crate::labels::labels;
use crate::locate::Place;
use crate::pattern::pattern_error;

/// Reddit cuts a comment at 10,000 characters, and AutoModerator appends its footer ("I am a
/// bot…", about 180 characters with the subreddit's name) before posting: a comment longer than
/// this would be cut.
pub const MAX_COMMENT_CHARS: usize = 9_800;

pub(super) fn export(charter: &Charter, notes: &mut Vec<Note>) -> (String, usize) {
    let lang = charter.meta.language;
    let l = labels(lang);
    // the header names nothing of the charter's: a comment ends at a line break, and user text
    // is only ever written inside a quoted scalar
    let mut yaml =
        String::from("# Porte-voix: moderation rules of the community response charter\n");
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
        let place = Place::item(ListKind::Rules, i, &rule.id);
        let at = place.own_pointer();
        let category = (l.category_name)(rule.category);
        let item = super::notes::rule_name(rule, l);
        let keywords: Vec<&str> = rule.keywords.entries().collect();
        let mut patterns = Vec::new();
        for (j, pattern) in rule.patterns.indexed() {
            match pattern_error(pattern) {
                Some(reason) => push_note(
                    notes,
                    &item,
                    place.entry(ModerationRule::PATTERNS.key, j),
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

        // see the module header: no public reply under a post the rule takes down
        let leaves_visible = matches!(
            rule.action,
            ModerationAction::ReplyOnce | ModerationAction::Report | ModerationAction::Escalate
        );
        let wants_comment = leaves_visible
            && matches!(
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
                let path = Place::item(ListKind::Templates, t, &template.id)
                    .text(ReplyTemplate::BODY.key, lang);
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
                    place.pointer(ModerationRule::ACTION.key),
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
                    place.pointer(ModerationRule::ACTION.key),
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
            yaml.push_str(&format!("# rule {}\n", i + 1));
            yaml.push_str("type: any\n");
            let list: Vec<String> = values.iter().map(|v| quoted(v)).collect();
            yaml.push_str(&format!("title+body ({modifier}): [{}]\n", list.join(", ")));
            if let Some(action) = action {
                yaml.push_str(&format!("action: {action}\n"));
            }
            yaml.push_str(&format!("action_reason: {}\n", quoted(&reason)));
            if let Some(comment) = &comment {
                yaml.push_str(&format!("comment: {}\n", quoted(comment)));
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

/// A YAML double-quoted scalar that PyYAML (YAML 1.1) and any YAML 1.2 parser read back to
/// `text` exactly. Printable characters are written as they are (accents, emoji, RTL text stay
/// readable); everything else is escaped: the quote and backslash, tab and line breaks, every
/// control character (C0, U+007F, C1 including U+0085), the line and paragraph separators
/// U+2028 and U+2029, the byte-order mark and the non-characters U+FFFE and U+FFFF.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => {
                out.push_str(&format!("\\x{:02X}", u32::from(c)));
            }
            '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_scalars_escape_every_breaking_and_control_character() {
        assert_eq!(quoted("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(
            quoted("one\u{2028}action: approve\u{2029}---\u{85}\u{7f}\u{1b}\u{ffff}\r\n\té"),
            r#""one\u2028action: approve\u2029---\x85\x7F\x1B\uFFFF\r\n\té""#
        );
        assert_eq!(quoted("مرحبا 👋 {{author}}"), "\"مرحبا 👋 {{author}}\"");
    }
}
