//! Checks a charter and lists its problems, each tied to the field it is about by a JSON
//! pointer into the exported JSON (`/personas/2/name`), so that the UI can show it next to the
//! field and other tools can point at the same place.
//!
//! Errors are what makes a charter inconsistent or unusable (a dangling reference, a duplicate
//! id, a required name left empty, a delay beyond 72 hours); warnings are what a careful
//! reviewer would question (a delay beyond the usual 24 hours, a template missing in the
//! charter's language).

use std::collections::{HashMap, HashSet};

mod incremental;
mod problem;
mod revealed;
mod words;

use crate::document::{
    Channel, ChannelVariant, Charter, CoverageSlot, Delay, EscalationStep, HoldingStatement,
    ListKind, LocalizedText, ModerationRule, Persona, Placeholder, Platform, ReplyTemplate,
    ResponseTarget, Ritual, Section, WordChoice, ID_KEY,
};
use crate::lang::Lang;
use crate::locate::{in_lang, Place};
use crate::template::{char_len, unknown_placeholders};
pub use incremental::Checked;
pub use problem::*;
pub use revealed::{Revealed, Status};
pub use words::{ProblemWords, Thing};

/// One part of a charter that is checked on its own: a section's own fields, or one item of
/// a list. What a part's rules read beyond itself (ids of another list, channel limits,
/// defined placeholders) comes from the [`Index`], so that an edit rechecks only the parts it
/// touches (see `incremental.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Fields(Section),
    Item(ListKind, usize),
}

impl Unit {
    /// The section the unit belongs to.
    pub fn section(self) -> Section {
        match self {
            Unit::Fields(section) => section,
            Unit::Item(kind, _) => kind.section(),
        }
    }
}

/// Every unit of `charter`, in document order: per section, its own fields, then its lists'
/// items in the table's order.
pub fn units(charter: &Charter) -> impl Iterator<Item = Unit> + '_ {
    Section::ALL.into_iter().flat_map(move |section| {
        std::iter::once(Unit::Fields(section)).chain(
            section
                .lists()
                .flat_map(move |kind| (0..kind.len(charter)).map(move |i| Unit::Item(kind, i))),
        )
    })
}

/// A channel as the rules of other parts read it: its display name and its reply limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelFacts {
    pub name: String,
    pub limit: Option<u32>,
}

/// What the rules that read across parts need, gathered from the whole charter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub lang: Lang,
    /// Per list, where each id is first used.
    pub first_id: [HashMap<String, usize>; ListKind::ALL.len()],
    /// The channels by id (the first of a duplicated id), and their ids in order.
    pub channels: HashMap<String, ChannelFacts>,
    pub channel_order: Vec<String>,
    /// Per valid placeholder name, the first placeholder that defines it.
    pub placeholders: HashMap<String, usize>,
}

impl Index {
    pub fn of(charter: &Charter) -> Index {
        let mut index = Index {
            lang: charter.meta.language,
            ..Index::default()
        };
        for kind in ListKind::ALL {
            index.list_ids(charter, kind);
        }
        index.channels_of(charter);
        index.placeholders_of(charter);
        index
    }

    /// Reads again where the ids of `kind` are first used.
    pub fn list_ids(&mut self, charter: &Charter, kind: ListKind) {
        let first = &mut self.first_id[kind.index()];
        first.clear();
        for (i, id) in kind.ids(charter).into_iter().enumerate() {
            first.entry(id.to_owned()).or_insert(i);
        }
    }

    /// Reads the channels' names and limits again.
    pub fn channels_of(&mut self, charter: &Charter) {
        let labels = crate::labels::labels(charter.meta.language);
        self.channels.clear();
        self.channel_order.clear();
        for channel in &charter.channels {
            self.channel_order.push(channel.id.clone());
            self.channels
                .entry(channel.id.clone())
                .or_insert_with(|| ChannelFacts {
                    name: labels.channel(channel).to_owned(),
                    limit: channel.reply_length_limit,
                });
        }
    }

    /// Reads which placeholder names are defined again.
    pub fn placeholders_of(&mut self, charter: &Charter) {
        self.placeholders.clear();
        for (i, placeholder) in charter.placeholders.iter().enumerate() {
            if is_placeholder_name(&placeholder.name) {
                self.placeholders
                    .entry(placeholder.name.clone())
                    .or_insert(i);
            }
        }
    }
}

/// What a unit's rules read of the [`Index`]: when it changes, the unit is checked again.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    /// Whether a list holds an item with this id.
    Id(ListKind, String),
    /// A channel's presence and reply limit.
    ChannelLimit(String),
    /// A channel's display name (read only by a problem that names it).
    ChannelName(String),
    /// The channels' ids in order (a template for every channel reads them all).
    ChannelOrder,
    /// Which placeholder first defines a name, if any does.
    Placeholder(String),
}

/// Collects the problems of one unit, and what it read of the index.
struct Checker<'a> {
    index: &'a Index,
    problems: Vec<Problem>,
    reads: Vec<Key>,
}

impl Checker<'_> {
    fn has_id(&mut self, kind: ListKind, id: &str) -> bool {
        self.reads.push(Key::Id(kind, id.to_owned()));
        self.index.first_id[kind.index()].contains_key(id)
    }

    fn channel(&mut self, id: &str) -> Option<&ChannelFacts> {
        self.reads.push(Key::ChannelLimit(id.to_owned()));
        self.index.channels.get(id)
    }

    fn placeholder(&mut self, name: &str) -> Option<usize> {
        self.reads.push(Key::Placeholder(name.to_owned()));
        self.index.placeholders.get(name).copied()
    }

    fn report(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem {
            path,
            severity: kind.severity(),
            message: kind.message(self.index.lang),
            kind,
        });
    }

    fn require_name(&mut self, path: String, text: &str, thing: Thing) {
        if text.trim().is_empty() {
            self.report(path, ProblemKind::EmptyName(thing));
        }
    }

    /// An item's id used by an item before it. Not a [`Key`]: where ids are first used changes
    /// only when the list itself changes, and then every item of it is checked again.
    fn unique_id(&mut self, place: Place, kind: ListKind, index: usize, id: &str) {
        if self.index.first_id[kind.index()].get(id) != Some(&index) {
            self.report(
                place.pointer(ID_KEY),
                ProblemKind::DuplicateId(id.to_owned()),
            );
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

    fn channel_refs(&mut self, place: Place, key: &str, ids: &[String]) {
        for (j, id) in ids.iter().enumerate() {
            if !self.has_id(ListKind::Channels, id) {
                self.report(place.entry(key, j), ProblemKind::UnknownChannel(id.clone()));
            }
        }
    }

    /// Reports each language of the text at `at` longer than the channel's reply limit.
    /// `lengths` are the text's lengths per language ([`lengths`]), counted once for every
    /// channel the text goes to.
    fn fits(&mut self, at: &str, lengths: &[Option<usize>], channel_id: &str) {
        let Some(limit) = self.channel(channel_id).and_then(|c| c.limit) else {
            return;
        };
        for (lang, length) in Lang::ALL.into_iter().zip(lengths) {
            let Some(length) = *length else { continue };
            if length > limit as usize {
                self.reads.push(Key::ChannelName(channel_id.to_owned()));
                let channel = self.index.channels[channel_id].name.clone();
                self.report(
                    in_lang(at, lang),
                    ProblemKind::TooLongForChannel {
                        channel,
                        length,
                        limit,
                    },
                );
            }
        }
    }

    /// Placeholders used in the text at `at`, in each language present: each undefined name
    /// once.
    fn placeholders(&mut self, at: &str, text: &LocalizedText) {
        for lang in Lang::ALL {
            let Some(body) = text.get(lang) else { continue };
            let at = in_lang(at, lang);
            match unknown_placeholders(body, |name| self.placeholder(name).is_some()) {
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

/// A text's length in each language it has, in the order of [`Lang::ALL`].
fn lengths(text: &LocalizedText) -> [Option<usize>; Lang::ALL.len()] {
    Lang::ALL.map(|lang| text.get(lang).map(char_len))
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

pub use crate::template::{is_placeholder_name, placeholder_name_fix};

/// Every problem of the charter, in document order (the order of [`units`]).
pub fn validate(charter: &Charter) -> Vec<Problem> {
    let index = Index::of(charter);
    units(charter)
        .flat_map(|unit| check_unit(charter, &index, unit))
        .collect()
}

/// The problems of one unit of `charter`, read with `index` (which must be `charter`'s).
pub fn check_unit(charter: &Charter, index: &Index, unit: Unit) -> Vec<Problem> {
    check_reading(charter, index, unit).0
}

/// The problems of one unit, and what its rules read of `index`.
fn check_reading(charter: &Charter, index: &Index, unit: Unit) -> (Vec<Problem>, Vec<Key>) {
    let mut check = Checker {
        index,
        problems: Vec::new(),
        reads: Vec::new(),
    };
    match unit {
        Unit::Fields(section) => fields(&mut check, charter, section),
        Unit::Item(kind, i) => item(&mut check, charter, kind, i),
    }
    (check.problems, check.reads)
}

/// The rules of a section's own fields.
fn fields(check: &mut Checker, charter: &Charter, section: Section) {
    let root = Place::Root;
    match section {
        Section::BrandVoice => {
            check.require_name(
                root.pointer(Charter::TITLE.key),
                &charter.meta.title,
                Thing::CharterTitle,
            );
            for (key, words) in [
                (Charter::WORDS_TO_USE.key, &charter.voice.words_to_use),
                (Charter::WORDS_TO_AVOID.key, &charter.voice.words_to_avoid),
            ] {
                for (i, word) in words.iter().enumerate() {
                    check.require_name(
                        root.row(key, i, WordChoice::TEXT.key),
                        &word.text,
                        Thing::Word,
                    );
                }
            }
        }
        Section::ResponseTimes => {
            let times = &charter.response_times;
            check.delay(
                root.pointer(Charter::DEFAULT_TARGET.key),
                times.default_target,
            );
            let mut seen = HashSet::new();
            for (i, target) in times.targets.iter().enumerate() {
                if !check.has_id(ListKind::Channels, &target.channel_id) {
                    check.report(
                        root.row(Charter::TARGETS.key, i, ResponseTarget::CHANNEL_ID.key),
                        ProblemKind::UnknownChannel(target.channel_id.clone()),
                    );
                }
                if !seen.insert((target.channel_id.as_str(), target.situation)) {
                    check.report(
                        root.entry(Charter::TARGETS.key, i),
                        ProblemKind::DuplicateTarget,
                    );
                }
                check.delay(
                    root.row(Charter::TARGETS.key, i, ResponseTarget::TARGET.key),
                    target.target,
                );
            }
        }
        Section::Crisis => {
            if charter.crisis.spokesperson.name.trim().is_empty() {
                check.report(
                    root.pointer(Charter::SPOKESPERSON_NAME.key),
                    ProblemKind::NoSpokesperson,
                );
            }
        }
        Section::Personas
        | Section::Channels
        | Section::Moderation
        | Section::Engagement
        | Section::Templates => {}
    }
}

/// The rules of item `i` of the list `kind`.
fn item(check: &mut Checker, charter: &Charter, kind: ListKind, i: usize) {
    let Some(id) = kind.id_at(charter, i) else {
        return;
    };
    let place = Place::item(kind, i, id);
    check.unique_id(place, kind, i, id);
    match kind {
        ListKind::Personas => {
            let persona = &charter.personas[i];
            check.require_name(
                place.pointer(Persona::NAME.key),
                &persona.name,
                Thing::Persona,
            );
            if let (Some(min), Some(max)) = (persona.age.min, persona.age.max) {
                if min > max {
                    check.report(
                        place.pointer(Persona::AGE_MIN.key),
                        ProblemKind::AgeRangeReversed,
                    );
                }
            }
        }
        ListKind::Channels => {
            let channel = &charter.channels[i];
            if channel.platform == Platform::Custom {
                check.require_name(
                    place.pointer(Channel::NAME.key),
                    &channel.name,
                    Thing::CustomChannel,
                );
            }
            for (j, id) in channel.persona_ids.iter().enumerate() {
                if !check.has_id(ListKind::Personas, id) {
                    check.report(
                        place.entry(Channel::PERSONA_IDS.key, j),
                        ProblemKind::UnknownPersona(id.clone()),
                    );
                }
            }
            for (j, slot) in channel.coverage.iter().enumerate() {
                let at = |field: &str| place.row(Channel::COVERAGE.key, j, field);
                let start = parse_time(&slot.start);
                let end = parse_time(&slot.end);
                if start.is_none() {
                    check.report(
                        at(CoverageSlot::START.key),
                        ProblemKind::BadTime(slot.start.clone()),
                    );
                }
                if end.is_none() {
                    check.report(
                        at(CoverageSlot::END.key),
                        ProblemKind::BadTime(slot.end.clone()),
                    );
                }
                if let (Some(start), Some(end)) = (start, end) {
                    if end <= start {
                        check.report(at(CoverageSlot::END.key), ProblemKind::CoverageReversed);
                    }
                }
            }
        }
        ListKind::Rules => {
            let rule = &charter.moderation.rules[i];
            check.require_name(
                place.pointer(ModerationRule::COVERS.key),
                &rule.covers,
                Thing::Rule,
            );
            for (j, pattern) in rule.patterns.indexed() {
                if let Some(reason) = crate::pattern::pattern_error(pattern) {
                    check.report(
                        place.entry(ModerationRule::PATTERNS.key, j),
                        ProblemKind::BadPattern {
                            pattern: pattern.to_owned(),
                            reason,
                        },
                    );
                }
            }
        }
        ListKind::Escalation => {
            let step = &charter.crisis.escalation[i];
            check.require_name(
                place.pointer(EscalationStep::ROLE.key),
                &step.role,
                Thing::EscalationRole,
            );
        }
        ListKind::HoldingStatements => {
            let statement = &charter.crisis.holding_statements[i];
            check.require_name(
                place.pointer(HoldingStatement::TITLE.key),
                &statement.title,
                Thing::HoldingStatement,
            );
            check.placeholders(&place.pointer(HoldingStatement::BODY.key), &statement.body);
        }
        ListKind::Rituals => {
            let ritual = &charter.engagement.rituals[i];
            check.require_name(place.pointer(Ritual::NAME.key), &ritual.name, Thing::Ritual);
            check.channel_refs(place, Ritual::CHANNEL_IDS.key, &ritual.channel_ids);
        }
        ListKind::Placeholders => {
            let name = &charter.placeholders[i].name;
            let at = place.pointer(Placeholder::NAME.key);
            if !is_placeholder_name(name) {
                check.report(at, ProblemKind::BadPlaceholderName(name.clone()));
            } else if check.placeholder(name) != Some(i) {
                check.report(at, ProblemKind::DuplicatePlaceholder(name.clone()));
            }
        }
        ListKind::Templates => template(check, place, &charter.templates[i]),
    }
}

/// The rules of a reply template.
fn template(check: &mut Checker, place: Place, template: &ReplyTemplate) {
    check.require_name(
        place.pointer(ReplyTemplate::TITLE.key),
        &template.title,
        Thing::Template,
    );
    check.channel_refs(place, ReplyTemplate::CHANNEL_IDS.key, &template.channel_ids);
    let lang = check.index.lang;
    if template.body.is_empty() {
        check.report(
            place.pointer(ReplyTemplate::BODY.key),
            ProblemKind::TemplateEmpty,
        );
    } else if template.body.get(lang).is_none_or(|t| t.trim().is_empty()) {
        check.report(
            place.text(ReplyTemplate::BODY.key, lang),
            ProblemKind::MissingInCharterLanguage,
        );
    }
    let body = place.pointer(ReplyTemplate::BODY.key);
    check.placeholders(&body, &template.body);
    check.placeholders(
        &place.pointer(ReplyTemplate::FOLLOW_UP.key),
        &template.follow_up,
    );
    // the body must fit every channel it targets (none listed: every channel) that has no
    // variant of its own
    let index = check.index;
    let targeted: &[String] = if template.channel_ids.is_empty() {
        check.reads.push(Key::ChannelOrder);
        &index.channel_order
    } else {
        &template.channel_ids
    };
    let body_lengths = lengths(&template.body);
    for channel_id in targeted {
        if !template
            .variants
            .iter()
            .any(|v| &v.channel_id == channel_id)
        {
            check.fits(&body, &body_lengths, channel_id);
        }
    }
    for (j, variant) in template.variants.iter().enumerate() {
        let at = |field: &str| place.row(ReplyTemplate::VARIANTS.key, j, field);
        if !check.has_id(ListKind::Channels, &variant.channel_id) {
            check.report(
                at(ChannelVariant::CHANNEL_ID.key),
                ProblemKind::UnknownChannel(variant.channel_id.clone()),
            );
        }
        let body = at(ChannelVariant::BODY.key);
        check.placeholders(&body, &variant.body);
        check.fits(&body, &lengths(&variant.body), &variant.channel_id);
    }
}
