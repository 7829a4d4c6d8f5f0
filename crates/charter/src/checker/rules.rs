//! The rules themselves: those of each situation, then those of every reply.

use std::ops::Range;

use super::finding::{Context, Detail, Finding, Rule};
use super::lexicon::Lexicon;
use super::text::{
    clauses, find_pronoun, find_word, first_sentence, is_emoji, is_ironic_emoji, shouting, Folded,
};
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
            let excused = excuse(&folded, lex);
            if let Some(range) = excused.clone() {
                findings.push(at(Rule::NoExcuse, Severity::Error, range));
            }
            if !has_next_step(&folded, lex, excused) {
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
            if !thanks(&folded, lex) {
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
            for range in rhetorical_questions(&folded, lex) {
                findings.push(at(Rule::Neutral, Severity::Error, range));
            }
            // an eye-roll or a laugh turns the sentence before it into sarcasm
            if let Some((at_byte, c)) = text.char_indices().find(|&(_, c)| is_ironic_emoji(c)) {
                findings.push(Finding {
                    rule: Rule::Neutral,
                    severity: Severity::Error,
                    span: at_byte..at_byte + c.len_utf8(),
                    detail: Detail::Found(c.to_string()),
                });
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

/// Whether the reply opens (greeting aside) by acknowledging the person's feeling: an empathy
/// phrase within the first 160 characters, and before anything the brand does about it (a
/// remedy first and empathy after reads as a transaction). An apology taken back at once
/// ("sorry, but…") does not count.
fn opens_with_empathy(folded: &Folded, lex: &Lexicon) -> bool {
    let mut start = 0;
    if let Some(greeting) = folded.find_any(lex.greeting, 0).filter(|r| r.start < 4) {
        start = greeting.end;
    }
    let window_end = folded.text[start..]
        .char_indices()
        .nth(160)
        .map_or(folded.text.len(), |(i, _)| start + i);
    // an apology taken back at once ("sorry, but…") is no empathy
    let mut text = folded.text.clone();
    for found in folded.find_all(lex.excuse) {
        text.replace_range(found.clone(), &" ".repeat(found.len()));
    }
    let first = |phrases: &[&str]| {
        phrases
            .iter()
            .filter_map(|p| find_word(&text[start..], p).map(|r| r.start + start))
            .min()
    };
    let Some(empathy) = first(lex.empathy) else {
        return false;
    };
    empathy < window_end && first(lex.remedy).is_none_or(|remedy| empathy < remedy)
}

/// Where the reply excuses itself instead of owning the problem: a known excuse ("sorry,
/// but…", "not our fault"), the brand saying it can do nothing or blaming the person, or, in
/// one clause, a word that frames a reason or a correction ("however", "because", "please
/// note") followed by a cause outside the brand ("the carrier", "the weather", "our terms").
/// A "but" that leads to good news ("sorry for the wait, but good news: …") is no excuse.
fn excuse(folded: &Folded, lex: &Lexicon) -> Option<Range<usize>> {
    if let Some(found) = folded.find_any(lex.excuse, 0) {
        return Some(found);
    }
    if let Some(found) = folded.find_any(lex.inability, 0) {
        return Some(found);
    }
    for clause in clauses(&folded.text) {
        let part = &folded.text[clause.clone()];
        let Some(frame) = lex
            .framing
            .iter()
            .filter_map(|w| find_word(part, w))
            .min_by_key(|r| r.start)
        else {
            continue;
        };
        let after = &part[frame.end..];
        if let Some(cause) = lex
            .cause
            .iter()
            .filter_map(|w| find_word(after, w))
            .min_by_key(|r| r.start)
        {
            return Some(clause.start + frame.start..clause.start + frame.end + cause.end);
        }
    }
    None
}

/// Whether the reply says what the brand does next: a remedy or a person acting
/// ([`Lexicon::remedy`]), or when ([`Lexicon::when`]). What sits in the clauses of an excuse
/// does not count ("our pickers are short-staffed this week", "despite our chasing"), nor a
/// time pointed back at ("ce soir-là", "that night").
fn has_next_step(folded: &Folded, lex: &Lexicon, excused: Option<Range<usize>>) -> bool {
    let mut text = folded.text.clone();
    if let Some(excuse) = excused {
        for clause in clauses(&folded.text).filter(|c| c.end > excuse.start && c.start < excuse.end)
        {
            text.replace_range(clause.clone(), &" ".repeat(clause.len()));
        }
    }
    let found = |phrases: &[&str]| {
        phrases
            .iter()
            .any(|p| find_word(&text, p).is_some_and(|r| !text[r.end..].starts_with("-là")))
    };
    found(lex.remedy) || found(lex.when)
}

/// Whether the reply thanks the person. "Thanks to the new oven" gives a cause, "thanks in
/// advance" and "merci de nous écrire" (merci de + an infinitive) make a request: none of
/// them thanks. "Merci d'avoir…" and "merci de votre avis" do.
fn thanks(folded: &Folded, lex: &Lexicon) -> bool {
    folded.find_all(lex.thanks).into_iter().any(|found| {
        let rest = folded.text[found.end..].trim_start();
        let not = lex
            .not_thanks
            .iter()
            .any(|w| find_word(rest, w).is_some_and(|r| r.start == 0));
        !not && !is_request(&folded.text[found.clone()], rest)
    })
}

/// "merci de (nous) écrire": "merci" then "de", maybe a pronoun, and an infinitive other than
/// "avoir" or "être" (which thank for something done).
fn is_request(word: &str, rest: &str) -> bool {
    if word != "merci" {
        return false;
    }
    let Some(after) = rest.strip_prefix("de ").or_else(|| rest.strip_prefix("d'")) else {
        return false;
    };
    let mut words = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut next = words.next();
    if next.is_some_and(|w| {
        matches!(
            w,
            "nous" | "me" | "m" | "vous" | "le" | "la" | "les" | "lui" | "leur" | "y" | "en"
        )
    }) {
        next = words.next();
    }
    next.is_some_and(|w| {
        w != "avoir"
            && w != "être"
            && ["er", "ir", "re", "oir"].iter().any(|end| w.ends_with(end))
            && w.chars().count() > 3
    })
}

/// Questions aimed at the reader as a reproach: a question with "even", "really",
/// "seriously" ("did you even read the rules?", "sérieusement ?").
fn rhetorical_questions(folded: &Folded, lex: &Lexicon) -> Vec<Range<usize>> {
    clauses(&folded.text)
        .filter(|c| folded.text[c.clone()].trim_end().ends_with('?'))
        .filter(|c| {
            let part = &folded.text[c.clone()];
            lex.reproach.iter().any(|w| find_word(part, w).is_some())
        })
        .collect()
}
