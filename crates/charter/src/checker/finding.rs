//! What the checker says: the rules, a finding (a remark on a span of the reply) and its
//! details, and the context a rule reads.

use std::ops::Range;

use super::words::RemarkWords;
use crate::document::{Charter, Situation, Visibility};
use crate::lang::Lang;
use crate::validate::{ProblemWords, Severity};

/// The rules, with stable ids for tools and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    EmpathyFirst,
    NoExcuse,
    NextStep,
    PrivateChannel,
    Thanks,
    RulesRecall,
    Neutral,
    DoorOpen,
    Name,
    AvoidWords,
    Address,
    Emoji,
    Length,
    Placeholders,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::EmpathyFirst,
        Rule::NoExcuse,
        Rule::NextStep,
        Rule::PrivateChannel,
        Rule::Thanks,
        Rule::RulesRecall,
        Rule::Neutral,
        Rule::DoorOpen,
        Rule::Name,
        Rule::AvoidWords,
        Rule::Address,
        Rule::Emoji,
        Rule::Length,
        Rule::Placeholders,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::EmpathyFirst => "empathy-first",
            Rule::NoExcuse => "no-excuse",
            Rule::NextStep => "next-step",
            Rule::PrivateChannel => "private-channel",
            Rule::Thanks => "thanks",
            Rule::RulesRecall => "rules-recall",
            Rule::Neutral => "neutral",
            Rule::DoorOpen => "door-open",
            Rule::Name => "name",
            Rule::AvoidWords => "avoid-words",
            Rule::Address => "address",
            Rule::Emoji => "emoji",
            Rule::Length => "length",
            Rule::Placeholders => "placeholders",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// One finding: a rule the reply does not follow, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// Byte range in the reply; empty (at the end) when something is missing.
    pub span: Range<usize>,
    /// What the message needs beyond the rule (the word found, the limit…).
    pub detail: Detail,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// A word or phrase found in the text.
    Found(String),
    /// A word to avoid, and the charter's reason.
    Avoid {
        word: String,
        reason: String,
    },
    /// Braces that do not balance.
    Unbalanced,
    /// Length against a channel's limit.
    TooLong {
        channel: String,
        length: usize,
        limit: u32,
    },
}

/// What a reply is checked against.
pub struct Context<'a> {
    pub charter: &'a Charter,
    pub situation: Situation,
    pub visibility: Visibility,
    /// Ids of the channels the reply targets (empty: every channel).
    pub channel_ids: &'a [String],
    /// The language the reply is written in.
    pub lang: Lang,
}

impl Finding {
    /// The message, in `lang` (the UI's), saying what is wrong and which principle it serves.
    pub fn message(&self, lang: Lang) -> String {
        let w = RemarkWords::get(lang);
        let found = match &self.detail {
            Detail::Found(word) => word.as_str(),
            _ => "",
        };
        match (self.rule, &self.detail) {
            (Rule::EmpathyFirst, _) => w.empathy_first.to_owned(),
            (Rule::NoExcuse, _) => (w.no_excuse)(found),
            (Rule::NextStep, _) => w.next_step.to_owned(),
            (Rule::PrivateChannel, _) => w.private_channel.to_owned(),
            (Rule::Thanks, _) => w.thanks.to_owned(),
            (Rule::RulesRecall, _) => w.rules_recall.to_owned(),
            (Rule::Neutral, _) => (w.neutral)(found),
            (Rule::DoorOpen, _) => w.door_open.to_owned(),
            (Rule::Name, _) => w.name.to_owned(),
            (Rule::AvoidWords, Detail::Avoid { word, reason }) => (w.avoid_words)(word, reason),
            (Rule::Address, _) => (w.address)(found),
            (Rule::Emoji, _) => (w.emoji)(found),
            (
                Rule::Length,
                Detail::TooLong {
                    channel,
                    length,
                    limit,
                },
            ) => (ProblemWords::get(lang).too_long_for_channel)(channel, *length, *limit),
            (Rule::Placeholders, Detail::Unbalanced) => {
                ProblemWords::get(lang).unbalanced_braces.to_owned()
            }
            (Rule::Placeholders, _) => (ProblemWords::get(lang).undefined_placeholder)(found),
            (Rule::AvoidWords | Rule::Length, _) => String::new(),
        }
    }
}
