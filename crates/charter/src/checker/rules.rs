//! The rules themselves: those of each situation, then those of every reply.

use std::ops::Range;

use super::finding::{Context, Detail, Finding, Rule};
use super::lexicon::Lexicon;
use super::text::{find_pronoun, find_word, first_sentence, is_emoji, shouting, Folded};
use crate::document::{Address, EmojiPolicy, Situation, Visibility};
use crate::labels::labels;
use crate::template::{char_len, overflow_at, unknown_placeholders};
use crate::validate::Severity;

/// Checks one reply; findings in text order, missing things last.
pub fn check(text: &str, context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    let folded = Folded::new(text);
    let lex = Lexicon::get(context.lang);
    let end = text.len()..text.len();
    let missing = |rule: Rule, severity: Severity| Finding {
        rule,
        severity,
        span: end.clone(),
        detail: Detail::None,
    };
    let at = |rule: Rule, severity: Severity, range: Range<usize>| Finding {
        rule,
        severity,
        detail: Detail::Found(text[folded.span(range.clone())].to_owned()),
        span: folded.span(range),
    };

    match context.situation {
        Situation::Complaint | Situation::NegativeReview => {
            if !opens_with_empathy(&folded, lex) {
                let first = first_sentence(text);
                findings.push(Finding {
                    rule: Rule::EmpathyFirst,
                    severity: Severity::Warning,
                    span: first,
                    detail: Detail::None,
                });
            }
            if let Some(range) = folded.find_any(lex.excuse, 0) {
                findings.push(at(Rule::NoExcuse, Severity::Error, range));
            }
            if !folded.has_any(lex.next_step) {
                findings.push(missing(Rule::NextStep, Severity::Warning));
            }
            if context.situation == Situation::Complaint
                && context.visibility == Visibility::Public
                && !folded.has_any(lex.private)
            {
                findings.push(missing(Rule::PrivateChannel, Severity::Warning));
            }
        }
        Situation::PositiveReview => {
            if !folded.has_any(lex.thanks) {
                findings.push(missing(Rule::Thanks, Severity::Warning));
            }
        }
        Situation::Troll => {
            if !folded.has_any(lex.rules) {
                findings.push(missing(Rule::RulesRecall, Severity::Warning));
            }
            for range in folded.find_all(lex.hostile) {
                findings.push(at(Rule::Neutral, Severity::Error, range));
            }
            if let Some(range) = shouting(text) {
                findings.push(Finding {
                    rule: Rule::Neutral,
                    severity: Severity::Error,
                    detail: Detail::Found(text[range.clone()].to_owned()),
                    span: range,
                });
            }
            if !folded.has_any(lex.door) {
                findings.push(missing(Rule::DoorOpen, Severity::Warning));
            }
        }
        Situation::Question | Situation::Crisis | Situation::Custom => {}
    }

    // Every reply. Troll replies and crisis statements speak to no one in particular.
    let personal = !matches!(context.situation, Situation::Troll | Situation::Crisis);
    let occurrences_found = crate::template::occurrences(text);
    if personal {
        let named = occurrences_found.as_ref().is_some_and(|found| {
            found.iter().any(|o| {
                o.name.contains("name") || o.name.contains("prenom") || o.name.contains("prénom")
            })
        });
        if !named {
            findings.push(Finding {
                rule: Rule::Name,
                severity: Severity::Warning,
                span: first_sentence(text),
                detail: Detail::None,
            });
        }
    }
    for word in &context.charter.voice.words_to_avoid {
        let needle = Folded::new(word.text.trim()).text;
        if needle.is_empty() {
            continue;
        }
        if let Some(range) = find_word(&folded.text, &needle) {
            findings.push(Finding {
                rule: Rule::AvoidWords,
                severity: Severity::Error,
                span: folded.span(range),
                detail: Detail::Avoid {
                    word: word.text.trim().to_owned(),
                    reason: word.reason.trim().to_owned(),
                },
            });
        }
    }
    // the words of the other form of address, where the language has two
    let wrong: &[&str] = match context.charter.voice.address {
        Address::Vous => lex.informal_address,
        Address::Tu => lex.formal_address,
        Address::NotApplicable => &[],
    };
    if let Some(range) = wrong
        .iter()
        .filter_map(|w| find_pronoun(&folded.text, w))
        .min_by_key(|r| r.start)
    {
        findings.push(at(Rule::Address, Severity::Error, range));
    }
    let emoji: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| is_emoji(c)).collect();
    let too_many = match context.charter.voice.emoji {
        EmojiPolicy::None => emoji.first(),
        EmojiPolicy::Sparing => emoji.get(1),
        EmojiPolicy::Welcome => None,
    };
    if let Some(&(at_byte, c)) = too_many {
        findings.push(Finding {
            rule: Rule::Emoji,
            severity: Severity::Warning,
            span: at_byte..at_byte + c.len_utf8(),
            detail: Detail::Found(c.to_string()),
        });
    }
    let l = labels(context.charter.meta.language);
    for channel in &context.charter.channels {
        let targeted = context.channel_ids.is_empty() || context.channel_ids.contains(&channel.id);
        let Some(limit) = channel.reply_length_limit.filter(|_| targeted) else {
            continue;
        };
        if let Some(cut) = overflow_at(text, limit) {
            findings.push(Finding {
                rule: Rule::Length,
                severity: Severity::Error,
                span: cut..text.len(),
                detail: Detail::TooLong {
                    channel: l.channel(channel).to_owned(),
                    length: char_len(text),
                    limit,
                },
            });
        }
    }
    let defined = |name: &str| context.charter.placeholders.iter().any(|p| p.name == name);
    match unknown_placeholders(text, defined) {
        None => findings.push(Finding {
            rule: Rule::Placeholders,
            severity: Severity::Error,
            span: 0..text.len(),
            detail: Detail::Unbalanced,
        }),
        Some(unknown) => findings.extend(unknown.into_iter().map(|o| Finding {
            rule: Rule::Placeholders,
            severity: Severity::Error,
            span: o.start..o.end,
            detail: Detail::Found(o.name),
        })),
    }
    findings.sort_by_key(|f| (f.span.start, f.rule));
    findings
}

/// Whether the opening (greeting aside) acknowledges the person's feeling: an empathy phrase
/// within the first 160 characters of the text. An apology taken back at once ("sorry,
/// but…") does not count.
fn opens_with_empathy(folded: &Folded, lex: &Lexicon) -> bool {
    let mut start = 0;
    if let Some(greeting) = folded.find_any(lex.greeting, 0).filter(|r| r.start < 4) {
        start = greeting.end;
    }
    let window_end = folded.text[start..]
        .char_indices()
        .nth(160)
        .map_or(folded.text.len(), |(i, _)| start + i);
    let mut opening = folded.text[start..window_end].to_owned();
    for excuse in lex.excuse {
        while let Some(range) = find_word(&opening, excuse) {
            opening.replace_range(range.clone(), &" ".repeat(range.len()));
        }
    }
    lex.empathy.iter().any(|p| find_word(&opening, p).is_some())
}
