//! Checks a charter and lists its problems, each tied to the field it is about by a JSON
//! pointer into the exported JSON (`/personas/2/name`), so that the UI can show it next to the
//! field and other tools can point at the same place.
//!
//! Errors are what makes a charter inconsistent or unusable (a dangling reference, a duplicate
//! id, a required name left empty, a delay beyond 72 hours); warnings are what a careful
//! reviewer would question (a delay beyond the usual 24 hours, a template missing in the
//! charter's language).

use std::collections::{HashMap, HashSet};

mod words;

use crate::document::{Charter, Delay, LocalizedText, Platform};
use crate::lang::Lang;
use crate::template::{char_len, unknown_placeholders};
pub use words::ProblemWords;

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

/// The kinds of things whose names are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    CharterTitle,
    Persona,
    CustomChannel,
    Rule,
    EscalationRole,
    HoldingStatement,
    Ritual,
    Template,
    Word,
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

/// Collects problems while walking the charter.
struct Checker {
    lang: Lang,
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem {
            path,
            severity: kind.severity(),
            message: kind.message(self.lang),
            kind,
        });
    }

    fn require_name(&mut self, path: String, text: &str, thing: Thing) {
        if text.trim().is_empty() {
            self.report(path, ProblemKind::EmptyName(thing));
        }
    }

    /// Reports every id after the first use of it.
    fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.report(
                    format!("/{list}/{index}/id"),
                    ProblemKind::DuplicateId(id.to_owned()),
                );
            }
        }
    }

    fn delay(&mut self, path: String, delay: Delay) {
        let minutes = delay.as_minutes();
        if minutes == 0 {
            self.report(path, ProblemKind::DelayZero);
        } else if minutes > MAX_DELAY_MINUTES {
            self.report(path, ProblemKind::DelayTooLong { minutes });
        } else if minutes > USUAL_DELAY_MINUTES {
            self.report(path, ProblemKind::DelayAboveUsual { minutes });
        }
    }

    fn channel_refs(&mut self, path: &str, ids: &[String], known: &HashSet<&str>) {
        for (index, id) in ids.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.report(
                    format!("{path}/{index}"),
                    ProblemKind::UnknownChannel(id.clone()),
                );
            }
        }
    }

    /// Reports each language of `text` that is longer than the channel's reply limit.
    fn fits(&mut self, path: &str, text: &LocalizedText, (channel, limit): (&str, u32)) {
        for lang in Lang::ALL {
            let Some(body) = text.get(lang) else { continue };
            let length = char_len(body);
            if length > limit as usize {
                self.report(
                    format!("{path}/{}", lang.code()),
                    ProblemKind::TooLongForChannel {
                        channel: channel.to_owned(),
                        length,
                        limit,
                    },
                );
            }
        }
    }

    /// Placeholders used in one text, in each language present: each undefined name once.
    fn placeholders(&mut self, path: &str, text: &LocalizedText, defined: &HashSet<&str>) {
        for lang in Lang::ALL {
            let Some(body) = text.get(lang) else { continue };
            let at = format!("{path}/{}", lang.code());
            match unknown_placeholders(body, |name| defined.contains(name)) {
                None => self.report(at, ProblemKind::UnbalancedBraces),
                Some(unknown) => {
                    let mut reported = HashSet::new();
                    for occurrence in unknown {
                        if reported.insert(occurrence.name.clone()) {
                            self.report(
                                at.clone(),
                                ProblemKind::UndefinedPlaceholder(occurrence.name),
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Whether `text` is a time "HH:MM" from 00:00 to 24:00.
fn parse_time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
}

/// Whether `name` may stand between `{{` and `}}`.
pub fn is_placeholder_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit())
}

/// Every problem of the charter, in document order.
pub fn validate(charter: &Charter) -> Vec<Problem> {
    let mut check = Checker {
        lang: charter.meta.language,
        problems: Vec::new(),
    };
    check.require_name(
        "/meta/title".into(),
        &charter.meta.title,
        Thing::CharterTitle,
    );

    for (list, words) in [
        ("words_to_use", &charter.voice.words_to_use),
        ("words_to_avoid", &charter.voice.words_to_avoid),
    ] {
        for (i, word) in words.iter().enumerate() {
            check.require_name(format!("/voice/{list}/{i}/text"), &word.text, Thing::Word);
        }
    }

    check.unique_ids("personas", charter.personas.iter().map(|p| p.id.as_str()));
    for (i, persona) in charter.personas.iter().enumerate() {
        check.require_name(format!("/personas/{i}/name"), &persona.name, Thing::Persona);
        if let (Some(min), Some(max)) = (persona.age.min, persona.age.max) {
            if min > max {
                check.report(
                    format!("/personas/{i}/age/min"),
                    ProblemKind::AgeRangeReversed,
                );
            }
        }
    }

    let labels = crate::labels::labels(charter.meta.language);
    let personas: HashSet<&str> = charter.personas.iter().map(|p| p.id.as_str()).collect();
    let channels: HashSet<&str> = charter.channels.iter().map(|c| c.id.as_str()).collect();
    let limits: HashMap<&str, (&str, u32)> = charter
        .channels
        .iter()
        .filter_map(|c| Some((c.id.as_str(), (labels.channel(c), c.reply_length_limit?))))
        .collect();

    check.unique_ids("channels", charter.channels.iter().map(|c| c.id.as_str()));
    for (i, channel) in charter.channels.iter().enumerate() {
        if channel.platform == Platform::Custom {
            check.require_name(
                format!("/channels/{i}/name"),
                &channel.name,
                Thing::CustomChannel,
            );
        }
        for (j, id) in channel.persona_ids.iter().enumerate() {
            if !personas.contains(id.as_str()) {
                check.report(
                    format!("/channels/{i}/persona_ids/{j}"),
                    ProblemKind::UnknownPersona(id.clone()),
                );
            }
        }
        for (j, slot) in channel.coverage.iter().enumerate() {
            let at = format!("/channels/{i}/coverage/{j}");
            let start = parse_time(&slot.start);
            let end = parse_time(&slot.end);
            if start.is_none() {
                check.report(
                    format!("{at}/start"),
                    ProblemKind::BadTime(slot.start.clone()),
                );
            }
            if end.is_none() {
                check.report(format!("{at}/end"), ProblemKind::BadTime(slot.end.clone()));
            }
            if let (Some(start), Some(end)) = (start, end) {
                if end <= start {
                    check.report(format!("{at}/end"), ProblemKind::CoverageReversed);
                }
            }
        }
    }

    let times = &charter.response_times;
    check.delay(
        "/response_times/default_target".into(),
        times.default_target,
    );
    let mut targets_seen = HashSet::new();
    for (i, target) in times.targets.iter().enumerate() {
        let at = format!("/response_times/targets/{i}");
        if !channels.contains(target.channel_id.as_str()) {
            check.report(
                format!("{at}/channel_id"),
                ProblemKind::UnknownChannel(target.channel_id.clone()),
            );
        }
        if !targets_seen.insert((target.channel_id.as_str(), target.situation)) {
            check.report(at.clone(), ProblemKind::DuplicateTarget);
        }
        check.delay(format!("{at}/target"), target.target);
    }

    check.unique_ids(
        "moderation/rules",
        charter.moderation.rules.iter().map(|r| r.id.as_str()),
    );
    for (i, rule) in charter.moderation.rules.iter().enumerate() {
        check.require_name(
            format!("/moderation/rules/{i}/covers"),
            &rule.covers,
            Thing::Rule,
        );
        for (j, pattern) in rule.patterns.indexed() {
            if let Some(reason) = crate::pattern::pattern_error(pattern) {
                check.report(
                    format!("/moderation/rules/{i}/patterns/{j}"),
                    ProblemKind::BadPattern {
                        pattern: pattern.to_owned(),
                        reason,
                    },
                );
            }
        }
    }

    let crisis = &charter.crisis;
    if crisis.spokesperson.name.trim().is_empty() {
        check.report(
            "/crisis/spokesperson/name".into(),
            ProblemKind::NoSpokesperson,
        );
    }
    check.unique_ids(
        "crisis/escalation",
        crisis.escalation.iter().map(|s| s.id.as_str()),
    );
    for (i, step) in crisis.escalation.iter().enumerate() {
        check.require_name(
            format!("/crisis/escalation/{i}/role"),
            &step.role,
            Thing::EscalationRole,
        );
    }

    check.unique_ids(
        "placeholders",
        charter.placeholders.iter().map(|p| p.id.as_str()),
    );
    let mut defined = HashSet::new();
    for (i, placeholder) in charter.placeholders.iter().enumerate() {
        let at = format!("/placeholders/{i}/name");
        if !is_placeholder_name(&placeholder.name) {
            check.report(
                at,
                ProblemKind::BadPlaceholderName(placeholder.name.clone()),
            );
        } else if !defined.insert(placeholder.name.as_str()) {
            check.report(
                at,
                ProblemKind::DuplicatePlaceholder(placeholder.name.clone()),
            );
        }
    }

    check.unique_ids(
        "crisis/holding_statements",
        crisis.holding_statements.iter().map(|s| s.id.as_str()),
    );
    for (i, statement) in crisis.holding_statements.iter().enumerate() {
        let at = format!("/crisis/holding_statements/{i}");
        check.require_name(
            format!("{at}/title"),
            &statement.title,
            Thing::HoldingStatement,
        );
        check.placeholders(&format!("{at}/body"), &statement.body, &defined);
    }

    check.unique_ids(
        "engagement/rituals",
        charter.engagement.rituals.iter().map(|r| r.id.as_str()),
    );
    for (i, ritual) in charter.engagement.rituals.iter().enumerate() {
        let at = format!("/engagement/rituals/{i}");
        check.require_name(format!("{at}/name"), &ritual.name, Thing::Ritual);
        check.channel_refs(&format!("{at}/channel_ids"), &ritual.channel_ids, &channels);
    }

    check.unique_ids("templates", charter.templates.iter().map(|t| t.id.as_str()));
    for (i, template) in charter.templates.iter().enumerate() {
        let at = format!("/templates/{i}");
        check.require_name(format!("{at}/title"), &template.title, Thing::Template);
        check.channel_refs(
            &format!("{at}/channel_ids"),
            &template.channel_ids,
            &channels,
        );
        if template.body.is_empty() {
            check.report(format!("{at}/body"), ProblemKind::TemplateEmpty);
        } else if template
            .body
            .get(charter.meta.language)
            .is_none_or(|t| t.trim().is_empty())
        {
            check.report(
                format!("{at}/body/{}", charter.meta.language.code()),
                ProblemKind::MissingInCharterLanguage,
            );
        }
        check.placeholders(&format!("{at}/body"), &template.body, &defined);
        check.placeholders(&format!("{at}/follow_up"), &template.follow_up, &defined);
        // the body must fit every channel it targets (none listed: every channel) that has no
        // variant of its own
        let targeted: Vec<&str> = if template.channel_ids.is_empty() {
            charter.channels.iter().map(|c| c.id.as_str()).collect()
        } else {
            template.channel_ids.iter().map(String::as_str).collect()
        };
        for channel_id in targeted {
            let Some(&limit) = limits.get(channel_id) else {
                continue;
            };
            if !template.variants.iter().any(|v| v.channel_id == channel_id) {
                check.fits(&format!("{at}/body"), &template.body, limit);
            }
        }
        for (j, variant) in template.variants.iter().enumerate() {
            let vat = format!("{at}/variants/{j}");
            if !channels.contains(variant.channel_id.as_str()) {
                check.report(
                    format!("{vat}/channel_id"),
                    ProblemKind::UnknownChannel(variant.channel_id.clone()),
                );
            }
            check.placeholders(&format!("{vat}/body"), &variant.body, &defined);
            if let Some(&limit) = limits.get(variant.channel_id.as_str()) {
                check.fits(&format!("{vat}/body"), &variant.body, limit);
            }
        }
    }
    check.problems
}
