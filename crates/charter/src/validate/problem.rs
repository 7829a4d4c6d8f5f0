//! What validation finds: a problem, its kind, its severity, its stable code and its message.

use super::words::{ProblemWords, Thing};
use crate::lang::Lang;

/// Above this, a target delay is an error: nobody waits three days for a reply.
pub const MAX_DELAY_MINUTES: u64 = 72 * 60;
/// The usual ceiling; above it, a warning.
pub const USUAL_DELAY_MINUTES: u64 = 24 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, with what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// A name that others see is empty; the argument says which kind of thing.
    EmptyName(Thing),
    DuplicateId(String),
    UnknownPersona(String),
    UnknownChannel(String),
    AgeRangeReversed,
    DelayTooLong {
        minutes: u64,
    },
    DelayAboveUsual {
        minutes: u64,
    },
    DelayZero,
    DuplicateTarget,
    BadTime(String),
    CoverageReversed,
    NoSpokesperson,
    UndefinedPlaceholder(String),
    UnbalancedBraces,
    BadPlaceholderName(String),
    DuplicatePlaceholder(String),
    TemplateEmpty,
    MissingInCharterLanguage,
    TooLongForChannel {
        channel: String,
        length: usize,
        limit: u32,
    },
    /// A moderation rule's regular expression that the bots would refuse or read differently
    /// (see `pattern.rs`), with the reason.
    BadPattern {
        pattern: String,
        reason: crate::pattern::PatternProblem,
    },
}

/// One problem found in a charter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer (RFC 6901) to the field in the exported JSON.
    pub path: String,
    pub severity: Severity,
    pub kind: ProblemKind,
    /// The message in the charter's language.
    pub message: String,
}

impl Problem {
    /// A short stable identifier for tools, such as `unknown-persona`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

impl ProblemKind {
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::EmptyName(_) => "empty-name",
            ProblemKind::DuplicateId(_) => "duplicate-id",
            ProblemKind::UnknownPersona(_) => "unknown-persona",
            ProblemKind::UnknownChannel(_) => "unknown-channel",
            ProblemKind::AgeRangeReversed => "age-range-reversed",
            ProblemKind::DelayTooLong { .. } => "delay-too-long",
            ProblemKind::DelayAboveUsual { .. } => "delay-above-usual",
            ProblemKind::DelayZero => "delay-zero",
            ProblemKind::DuplicateTarget => "duplicate-target",
            ProblemKind::BadTime(_) => "bad-time",
            ProblemKind::CoverageReversed => "coverage-reversed",
            ProblemKind::NoSpokesperson => "no-spokesperson",
            ProblemKind::UndefinedPlaceholder(_) => "undefined-placeholder",
            ProblemKind::UnbalancedBraces => "unbalanced-braces",
            ProblemKind::BadPlaceholderName(_) => "bad-placeholder-name",
            ProblemKind::DuplicatePlaceholder(_) => "duplicate-placeholder",
            ProblemKind::TemplateEmpty => "template-empty",
            ProblemKind::MissingInCharterLanguage => "missing-in-charter-language",
            ProblemKind::TooLongForChannel { .. } => "too-long-for-channel",
            ProblemKind::BadPattern { .. } => "bad-pattern",
        }
    }

    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::DelayAboveUsual { .. }
            | ProblemKind::DelayZero
            | ProblemKind::DuplicateTarget
            | ProblemKind::CoverageReversed
            | ProblemKind::MissingInCharterLanguage
            | ProblemKind::TooLongForChannel { .. } => Severity::Warning,
            ProblemKind::EmptyName(Thing::Word) => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = ProblemWords::get(lang);
        match self {
            ProblemKind::EmptyName(thing) => (w.empty_name)(*thing).to_owned(),
            ProblemKind::DuplicateId(id) => (w.duplicate_id)(id),
            ProblemKind::UnknownPersona(id) => (w.unknown_persona)(id),
            ProblemKind::UnknownChannel(id) => (w.unknown_channel)(id),
            ProblemKind::AgeRangeReversed => w.age_range_reversed.to_owned(),
            ProblemKind::DelayTooLong { minutes } => (w.delay_too_long)(&duration(*minutes)),
            ProblemKind::DelayAboveUsual { minutes } => (w.delay_above_usual)(&duration(*minutes)),
            ProblemKind::DelayZero => w.delay_zero.to_owned(),
            ProblemKind::DuplicateTarget => w.duplicate_target.to_owned(),
            ProblemKind::BadTime(text) => (w.bad_time)(text),
            ProblemKind::CoverageReversed => w.coverage_reversed.to_owned(),
            ProblemKind::NoSpokesperson => w.no_spokesperson.to_owned(),
            ProblemKind::UndefinedPlaceholder(name) => (w.undefined_placeholder)(name),
            ProblemKind::UnbalancedBraces => w.unbalanced_braces.to_owned(),
            ProblemKind::BadPlaceholderName(name) => (w.bad_placeholder_name)(name),
            ProblemKind::DuplicatePlaceholder(name) => (w.duplicate_placeholder)(name),
            ProblemKind::TemplateEmpty => w.template_empty.to_owned(),
            ProblemKind::MissingInCharterLanguage => w.missing_in_charter_language.to_owned(),
            ProblemKind::TooLongForChannel {
                channel,
                length,
                limit,
            } => (w.too_long_for_channel)(channel, *length, *limit),
            ProblemKind::BadPattern { pattern, reason } => {
                (w.bad_pattern)(pattern, &reason.message(lang))
            }
        }
    }
}

/// A duration as people write it, "90 min" or "4 h" (the symbols are the same in French).
fn duration(minutes: u64) -> String {
    if minutes.is_multiple_of(60) {
        format!("{} h", minutes / 60)
    } else {
        format!("{minutes} min")
    }
}
