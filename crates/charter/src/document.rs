//! The charter document: the one serde type that is both what the browser stores and what
//! other tools import. Field order here is the key order of the exported JSON, so it is part of
//! the public format: append new fields, do not reorder.
//!
//! Every struct takes `#[serde(default)]` so that a partial file (a hand-written one, or one
//! from an older version) still loads; what is missing is then reported by validation, not by
//! a parse failure.

use serde::{Deserialize, Serialize};

use crate::field;
use crate::field::{Field, Member};
use crate::lang::Lang;
pub use crate::lines::Lines;
use crate::tidy::{leaves, walk};

/// Identifies the file as a Porte-voix charter, whatever its version.
pub const FORMAT: &str = "porte-voix/charter";
/// The format version this build writes. Older versions are migrated on import.
pub const VERSION: u32 = 1;
/// The `$id` of this version's JSON Schema, written in every charter's `$schema`. A URN, not a
/// web address: Porte-voix is deployed on hosts it does not know; each deployment serves the
/// schema at `schema/charter-1.schema.json` (committed under `public/schema/`).
pub const SCHEMA_ID: &str = "urn:porte-voix:schema:charter:1";

/// A whole community response charter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Charter {
    #[serde(rename = "$schema")]
    pub schema: String,
    pub format: String,
    pub version: u32,
    pub meta: Meta,
    pub voice: Voice,
    pub personas: Vec<Persona>,
    pub channels: Vec<Channel>,
    pub response_times: ResponseTimes,
    pub moderation: Moderation,
    pub crisis: CrisisPlan,
    pub engagement: Engagement,
    pub placeholders: Vec<Placeholder>,
    pub templates: Vec<ReplyTemplate>,
}

/// The fields the wizard edits, each named once next to its type: the app binds its controls
/// to them, and their keys make the JSON pointers and DOM ids of the controls (see `locate`).
impl Charter {
    pub const TITLE: Field<Self, String> = field!(meta.title);
    pub const BRAND: Field<Self, String> = field!(meta.brand);
    pub const LANGUAGE: Field<Self, Lang> = field!(meta.language);
    pub const VERSION_LABEL: Field<Self, String> = field!(meta.version_label);
    pub const AUTHORS: Field<Self, Lines> = field!(meta.authors);
    pub const TONE: Field<Self, Vec<ToneTrait>> = field!(voice.tone);
    pub const ADDRESS: Field<Self, Address> = field!(voice.address);
    pub const EMOJI: Field<Self, EmojiPolicy> = field!(voice.emoji);
    pub const EMOJI_NOTE: Field<Self, String> = field!(voice.emoji_note);
    pub const WORDS_TO_USE: Field<Self, Vec<WordChoice>> = field!(voice.words_to_use);
    pub const WORDS_TO_AVOID: Field<Self, Vec<WordChoice>> = field!(voice.words_to_avoid);
    pub const DEFAULT_TARGET: Field<Self, Delay> = field!(response_times.default_target);
    pub const RESPONSE_NOTE: Field<Self, String> = field!(response_times.note);
    pub const HOUSE_RULES: Field<Self, Lines> = field!(moderation.house_rules);
    pub const TROLL_POLICY: Field<Self, String> = field!(moderation.troll_policy);
    pub const SPOKESPERSON_NAME: Field<Self, String> = field!(crisis.spokesperson.name);
    pub const SPOKESPERSON_ROLE: Field<Self, String> = field!(crisis.spokesperson.role);
    pub const SPOKESPERSON_CONTACT: Field<Self, String> = field!(crisis.spokesperson.contact);
    pub const TRIGGERS: Field<Self, Vec<CrisisTrigger>> = field!(crisis.triggers);
    pub const FIRST_HOUR: Field<Self, Lines> = field!(crisis.first_hour);
    pub const LISTENING_TOOLS: Field<Self, Lines> = field!(engagement.listening.tools);
    pub const LISTENING_KEYWORDS: Field<Self, Lines> = field!(engagement.listening.keywords);
    pub const HASHTAGS: Field<Self, Lines> = field!(engagement.listening.hashtags);
}

impl Default for Charter {
    fn default() -> Self {
        Charter {
            schema: SCHEMA_ID.to_owned(),
            format: FORMAT.to_owned(),
            version: VERSION,
            meta: Meta::default(),
            voice: Voice::default(),
            personas: Vec::new(),
            channels: Vec::new(),
            response_times: ResponseTimes::default(),
            moderation: Moderation::default(),
            crisis: CrisisPlan::default(),
            engagement: Engagement::default(),
            placeholders: Vec::new(),
            templates: Vec::new(),
        }
    }
}

impl Charter {
    /// Whether nothing has been written yet (the content language aside).
    pub fn is_blank(&self) -> bool {
        let mut blank = Charter::new(self.meta.language);
        blank.schema.clone_from(&self.schema);
        blank == *self
    }

    /// An empty charter whose content is written in `language`.
    pub fn new(language: Lang) -> Charter {
        let mut charter = Charter::default();
        charter.meta.language = language;
        charter
    }
}

/// Who wrote the charter, for whom, and when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Meta {
    pub title: String,
    pub brand: String,
    /// The language the charter's own text is written in; headings follow it.
    pub language: Lang,
    /// A free label such as "1.2" or "Workshop draft".
    pub version_label: String,
    pub authors: Lines,
    /// ISO 8601 date (YYYY-MM-DD) of the last export, set by the app when it writes a file.
    pub last_updated: String,
}

/// How the brand sounds.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Voice {
    pub tone: Vec<ToneTrait>,
    pub address: Address,
    pub emoji: EmojiPolicy,
    pub emoji_note: String,
    pub words_to_use: Vec<WordChoice>,
    pub words_to_avoid: Vec<WordChoice>,
}

/// One trait of the brand's tone, and what it means in practice.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ToneTrait {
    pub kind: ToneKind,
    /// Only shown for `custom`; the known kinds have their own name.
    pub label: String,
    pub description: String,
}

impl ToneTrait {
    pub const KIND: Field<Self, ToneKind> = field!(kind);
    pub const LABEL: Field<Self, String> = field!(label);
    pub const DESCRIPTION: Field<Self, String> = field!(description);
}

/// The usual tones of a brand's voice; `custom` takes its name from the trait's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ToneKind {
    #[default]
    Friendly,
    Expert,
    Inspiring,
    Custom,
}

impl ToneKind {
    pub const ALL: [ToneKind; 4] = [
        ToneKind::Friendly,
        ToneKind::Expert,
        ToneKind::Inspiring,
        ToneKind::Custom,
    ];
}

/// The form of address: French "tu" or "vous"; languages without the distinction say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Address {
    Tu,
    #[default]
    Vous,
    NotApplicable,
}

impl Address {
    pub const ALL: [Address; 3] = [Address::Vous, Address::Tu, Address::NotApplicable];
}

/// How freely replies use emoji.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmojiPolicy {
    None,
    #[default]
    Sparing,
    Welcome,
}

impl EmojiPolicy {
    pub const ALL: [EmojiPolicy; 3] = [
        EmojiPolicy::None,
        EmojiPolicy::Sparing,
        EmojiPolicy::Welcome,
    ];
}

/// A word or phrase the team agrees to use, or to avoid, and why.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct WordChoice {
    pub text: String,
    pub reason: String,
}

impl WordChoice {
    pub const TEXT: Field<Self, String> = field!(text);
    pub const REASON: Field<Self, String> = field!(reason);
}

/// A persona: one kind of person the brand talks to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Persona {
    /// Stable id, unique among personas; channels refer to personas by it.
    pub id: String,
    pub name: String,
    pub age: AgeRange,
    pub interests: Lines,
    pub digital_behaviours: Lines,
    /// What they expect from the brand, and what annoys them.
    pub expectations: Lines,
    /// Platforms where this persona spends time.
    pub channels: Vec<Platform>,
}

impl Persona {
    pub const NAME: Field<Self, String> = field!(name);
    pub const AGE_MIN: Field<Self, Option<u8>> = field!(age.min);
    pub const AGE_MAX: Field<Self, Option<u8>> = field!(age.max);
    pub const INTERESTS: Field<Self, Lines> = field!(interests);
    pub const DIGITAL_BEHAVIOURS: Field<Self, Lines> = field!(digital_behaviours);
    pub const EXPECTATIONS: Field<Self, Lines> = field!(expectations);
    pub const CHANNELS: Field<Self, Vec<Platform>> = field!(channels);
}

/// An age range; either end may be left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct AgeRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

/// A platform the brand may be present on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    #[default]
    Instagram,
    Tiktok,
    X,
    Facebook,
    Linkedin,
    Youtube,
    Forum,
    Discord,
    Email,
    Custom,
}

impl Platform {
    pub const ALL: [Platform; 10] = [
        Platform::Instagram,
        Platform::Tiktok,
        Platform::X,
        Platform::Facebook,
        Platform::Linkedin,
        Platform::Youtube,
        Platform::Forum,
        Platform::Discord,
        Platform::Email,
        Platform::Custom,
    ];

    /// The serialised name, also used as a stable DOM id fragment.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::Tiktok => "tiktok",
            Platform::X => "x",
            Platform::Facebook => "facebook",
            Platform::Linkedin => "linkedin",
            Platform::Youtube => "youtube",
            Platform::Forum => "forum",
            Platform::Discord => "discord",
            Platform::Email => "email",
            Platform::Custom => "custom",
        }
    }
}

/// A channel the brand runs: a platform account with its purpose and codes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Channel {
    pub id: String,
    pub platform: Platform,
    /// Display name, such as "Instagram @shop"; required for custom platforms.
    pub name: String,
    pub purpose: String,
    /// Ids of the personas this channel serves.
    pub persona_ids: Vec<String>,
    pub codes: ChannelCodes,
    pub posting_frequency: String,
    pub coverage: Vec<CoverageSlot>,
    /// Maximum characters in one reply, where the platform sets one.
    pub reply_length_limit: Option<u32>,
}

impl Channel {
    pub const PLATFORM: Field<Self, Platform> = field!(platform);
    pub const NAME: Field<Self, String> = field!(name);
    pub const PURPOSE: Field<Self, String> = field!(purpose);
    pub const PERSONA_IDS: Field<Self, Vec<String>> = field!(persona_ids);
    pub const TONE: Field<Self, String> = field!(codes.tone);
    pub const REGISTER: Field<Self, String> = field!(codes.register);
    pub const FORMATS: Field<Self, Lines> = field!(codes.formats);
    pub const POSTING_FREQUENCY: Field<Self, String> = field!(posting_frequency);
    pub const COVERAGE: Field<Self, Vec<CoverageSlot>> = field!(coverage);
    pub const REPLY_LENGTH_LIMIT: Field<Self, Option<u32>> = field!(reply_length_limit);
}

/// How the brand writes on a channel: its tone, register and preferred formats.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ChannelCodes {
    pub tone: String,
    pub register: String,
    pub formats: Lines,
}

/// Hours when someone answers, such as Monday to Friday 09:00–18:00.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CoverageSlot {
    pub days: Vec<Weekday>,
    /// Local time "HH:MM".
    pub start: String,
    /// Local time "HH:MM".
    pub end: String,
}

impl CoverageSlot {
    pub const DAYS: Field<Self, Vec<Weekday>> = field!(days);
    pub const START: Field<Self, String> = field!(start);
    pub const END: Field<Self, String> = field!(end);
}

/// A day of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
}

/// The situations a community team answers; templates and response times are per situation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    #[default]
    Complaint,
    Question,
    PositiveReview,
    NegativeReview,
    Troll,
    Crisis,
    Custom,
}

impl Situation {
    pub const ALL: [Situation; 7] = [
        Situation::Complaint,
        Situation::Question,
        Situation::PositiveReview,
        Situation::NegativeReview,
        Situation::Troll,
        Situation::Crisis,
        Situation::Custom,
    ];

    /// The situations that have a column in the response-time grid (custom ones have no
    /// target of their own).
    pub const GRID: [Situation; 6] = [
        Situation::Complaint,
        Situation::Question,
        Situation::PositiveReview,
        Situation::NegativeReview,
        Situation::Troll,
        Situation::Crisis,
    ];

    /// The situation's stable code, as the JSON writes it (`negative_review`).
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// How fast the team answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ResponseTimes {
    /// Applies wherever no specific target is set.
    pub default_target: Delay,
    pub targets: Vec<ResponseTarget>,
    pub note: String,
}

impl Default for ResponseTimes {
    fn default() -> Self {
        ResponseTimes {
            default_target: Delay::hours(24),
            targets: Vec::new(),
            note: String::new(),
        }
    }
}

/// The target first-reply delay for one channel in one situation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ResponseTarget {
    pub channel_id: String,
    pub situation: Situation,
    pub target: Delay,
}

/// A duration expressed the way people say it: 30 minutes, 4 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Delay {
    pub value: u32,
    pub unit: DelayUnit,
}

impl Default for Delay {
    fn default() -> Self {
        Delay::hours(24)
    }
}

impl Delay {
    pub fn hours(value: u32) -> Delay {
        Delay {
            value,
            unit: DelayUnit::Hours,
        }
    }

    pub fn minutes(value: u32) -> Delay {
        Delay {
            value,
            unit: DelayUnit::Minutes,
        }
    }

    pub fn as_minutes(self) -> u64 {
        match self.unit {
            DelayUnit::Minutes => u64::from(self.value),
            DelayUnit::Hours => u64::from(self.value) * 60,
        }
    }
}

/// The unit a delay is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum DelayUnit {
    Minutes,
    #[default]
    Hours,
}

/// What gets moderated, and how.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Moderation {
    /// The public house rules, one per item, as shown to the community.
    pub house_rules: Lines,
    /// The team's stance on trolls, usually "reply once, then ignore or moderate".
    pub troll_policy: String,
    pub rules: Vec<ModerationRule>,
}

/// What one kind of unwanted content is, how to recognise it and what the team does.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ModerationRule {
    pub id: String,
    pub category: ModerationCategory,
    /// What the rule covers, in the team's words.
    pub covers: String,
    pub examples: Lines,
    /// Words that automated filters may watch for.
    pub keywords: Lines,
    /// Regular expressions (Rust `regex` syntax, as Discord AutoMod reads them) that automated
    /// filters may watch for, beyond plain keywords.
    #[serde(skip_serializing_if = "Lines::is_empty")]
    pub patterns: Lines,
    pub action: ModerationAction,
}

impl ModerationRule {
    pub const CATEGORY: Field<Self, ModerationCategory> = field!(category);
    pub const ACTION: Field<Self, ModerationAction> = field!(action);
    pub const COVERS: Field<Self, String> = field!(covers);
    pub const EXAMPLES: Field<Self, Lines> = field!(examples);
    pub const KEYWORDS: Field<Self, Lines> = field!(keywords);
    pub const PATTERNS: Field<Self, Lines> = field!(patterns);
}

/// The kinds of content a rule may cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModerationCategory {
    #[default]
    Insult,
    Spam,
    SensitiveContent,
    Misinformation,
    Troll,
    Custom,
}

impl ModerationCategory {
    pub const ALL: [ModerationCategory; 6] = [
        ModerationCategory::Insult,
        ModerationCategory::Spam,
        ModerationCategory::SensitiveContent,
        ModerationCategory::Misinformation,
        ModerationCategory::Troll,
        ModerationCategory::Custom,
    ];
}

/// Rungs of the escalation ladder, from lightest to heaviest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModerationAction {
    #[default]
    ReplyOnce,
    Hide,
    Delete,
    MuteOrBan,
    Report,
    Escalate,
}

impl ModerationAction {
    pub const ALL: [ModerationAction; 6] = [
        ModerationAction::ReplyOnce,
        ModerationAction::Hide,
        ModerationAction::Delete,
        ModerationAction::MuteOrBan,
        ModerationAction::Report,
        ModerationAction::Escalate,
    ];
}

/// What happens when things go wrong in public.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CrisisPlan {
    pub triggers: Vec<CrisisTrigger>,
    pub spokesperson: Contact,
    pub escalation: Vec<EscalationStep>,
    pub first_hour: Lines,
    pub holding_statements: Vec<HoldingStatement>,
}

/// A sign that a situation has become a crisis.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CrisisTrigger {
    pub description: String,
    /// When it becomes a crisis, such as "more than 20 negative reviews in an hour".
    pub threshold: String,
}

impl CrisisTrigger {
    pub const DESCRIPTION: Field<Self, String> = field!(description);
    pub const THRESHOLD: Field<Self, String> = field!(threshold);
}

/// A person the team can reach, and how.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub contact: String,
}

/// One rung of the escalation chain: who is called, how, and when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct EscalationStep {
    pub id: String,
    pub role: String,
    pub contact: String,
    /// When to call on this person.
    pub when: String,
}

impl EscalationStep {
    pub const ROLE: Field<Self, String> = field!(role);
    pub const CONTACT: Field<Self, String> = field!(contact);
    pub const WHEN: Field<Self, String> = field!(when);
}

/// A message ready to publish while the team works out the answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct HoldingStatement {
    pub id: String,
    pub title: String,
    pub body: LocalizedText,
}

impl HoldingStatement {
    pub const TITLE: Field<Self, String> = field!(title);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
}

/// Community life and listening.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Engagement {
    pub rituals: Vec<Ritual>,
    pub listening: Listening,
}

/// A recurring moment that keeps the community alive (a live Q&A, a hashtag, a contest…).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Ritual {
    pub id: String,
    pub kind: RitualKind,
    pub name: String,
    pub description: String,
    pub frequency: String,
    pub channel_ids: Vec<String>,
}

impl Ritual {
    pub const KIND: Field<Self, RitualKind> = field!(kind);
    pub const NAME: Field<Self, String> = field!(name);
    pub const DESCRIPTION: Field<Self, String> = field!(description);
    pub const FREQUENCY: Field<Self, String> = field!(frequency);
    pub const CHANNEL_IDS: Field<Self, Vec<String>> = field!(channel_ids);
}

/// The usual kinds of community rituals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RitualKind {
    #[default]
    LiveQa,
    BrandHashtag,
    UgcChallenge,
    Ambassadors,
    ExclusiveContent,
    Contest,
    Custom,
}

impl RitualKind {
    pub const ALL: [RitualKind; 7] = [
        RitualKind::LiveQa,
        RitualKind::BrandHashtag,
        RitualKind::UgcChallenge,
        RitualKind::Ambassadors,
        RitualKind::ExclusiveContent,
        RitualKind::Contest,
        RitualKind::Custom,
    ];
}

/// What the team watches: its tools, keywords and hashtags.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Listening {
    pub tools: Lines,
    pub keywords: Lines,
    pub hashtags: Lines,
}

/// A `{{name}}` placeholder that templates may use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Placeholder {
    /// Stable id of the definition, so that renaming a placeholder keeps its identity.
    pub id: String,
    /// The name between the braces: letters, digits and underscores.
    pub name: String,
    pub description: String,
    /// Shown in previews in place of the placeholder.
    pub sample: String,
    /// What a helpdesk fills it with, when it has such a field: how the placeholder is
    /// translated into each tool's own (`{{ticket.requester.first_name}}` in Zendesk, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<StandardField>,
}

impl Placeholder {
    pub const NAME: Field<Self, String> = field!(name);
    pub const DESCRIPTION: Field<Self, String> = field!(description);
    pub const SAMPLE: Field<Self, String> = field!(sample);
    pub const STANDS_FOR: Field<Self, Option<StandardField>> = field!(stands_for);
}

/// Values every helpdesk knows about a conversation, which a placeholder may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StandardField {
    /// The first name of the person the reply is for.
    CustomerFirstName,
    /// The full name (or, on forums, the user name) of the person the reply is for.
    CustomerName,
    /// The name of the team member who sends the reply.
    AgentName,
    /// The number of the ticket or conversation.
    TicketNumber,
}

impl StandardField {
    pub const ALL: [StandardField; 4] = [
        StandardField::CustomerFirstName,
        StandardField::CustomerName,
        StandardField::AgentName,
        StandardField::TicketNumber,
    ];

    /// What a placeholder may stand for: nothing, or one of the fields.
    pub const CHOICES: [Option<StandardField>; 5] = [
        None,
        Some(StandardField::CustomerFirstName),
        Some(StandardField::CustomerName),
        Some(StandardField::AgentName),
        Some(StandardField::TicketNumber),
    ];
}

/// A reply template for one situation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ReplyTemplate {
    pub id: String,
    pub title: String,
    pub situation: Situation,
    /// Channels where the template is used; empty means every channel.
    pub channel_ids: Vec<String>,
    pub visibility: Visibility,
    pub body: LocalizedText,
    /// The private message that follows a public reply (complaints come as such a pair).
    pub follow_up: LocalizedText,
    /// Shorter or adapted texts for channels whose limits or codes need them.
    pub variants: Vec<ChannelVariant>,
}

impl ReplyTemplate {
    pub const TITLE: Field<Self, String> = field!(title);
    pub const SITUATION: Field<Self, Situation> = field!(situation);
    pub const VISIBILITY: Field<Self, Visibility> = field!(visibility);
    pub const CHANNEL_IDS: Field<Self, Vec<String>> = field!(channel_ids);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
    pub const FOLLOW_UP: Field<Self, LocalizedText> = field!(follow_up);
    pub const VARIANTS: Field<Self, Vec<ChannelVariant>> = field!(variants);
}

/// Whether a reply is written in public or in a private conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[default]
    Public,
    Private,
}

impl Visibility {
    pub const ALL: [Visibility; 2] = [Visibility::Public, Visibility::Private];
}

/// A template's text adapted to one channel, used there instead of the template's body.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ChannelVariant {
    pub channel_id: String,
    pub body: LocalizedText,
}

impl ChannelVariant {
    pub const CHANNEL_ID: Field<Self, String> = field!(channel_id);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
}

/// The same text in French and English; either may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct LocalizedText {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl LocalizedText {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fr => self.fr.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`, to write it.
    pub fn slot_mut(&mut self, lang: Lang) -> &mut Option<String> {
        match lang {
            Lang::Fr => &mut self.fr,
            Lang::En => &mut self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        Lang::ALL
            .iter()
            .all(|&lang| self.get(lang).is_none_or(|text| text.trim().is_empty()))
    }
}

impl Charter {
    /// What an export writes: the tidied charter, dated `today` (YYYY-MM-DD).
    pub fn for_export(&self, today: &str) -> Charter {
        let mut charter = self.normalized();
        charter.meta.last_updated = today.to_owned();
        charter
    }

    pub fn persona(&self, id: &str) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }
}

// What each type holds, for walks over the charter (tidying, tests): every field, in an
// exhaustive pattern, so a new field must be listed here or the crate does not compile.
walk!(Charter {
    schema,
    format,
    version,
    meta,
    voice,
    personas,
    channels,
    response_times,
    moderation,
    crisis,
    engagement,
    placeholders,
    templates
});
walk!(Meta {
    title,
    brand,
    language,
    version_label,
    authors,
    last_updated
});
walk!(Voice {
    tone,
    address,
    emoji,
    emoji_note,
    words_to_use,
    words_to_avoid
});
walk!(ToneTrait {
    kind,
    label,
    description
});
walk!(WordChoice { text, reason });
walk!(Persona {
    id,
    name,
    age,
    interests,
    digital_behaviours,
    expectations,
    channels
});
walk!(AgeRange { min, max });
walk!(Channel {
    id,
    platform,
    name,
    purpose,
    persona_ids,
    codes,
    posting_frequency,
    coverage,
    reply_length_limit
});
walk!(ChannelCodes {
    tone,
    register,
    formats
});
walk!(CoverageSlot { days, start, end });
walk!(ResponseTimes {
    default_target,
    targets,
    note
});
walk!(ResponseTarget {
    channel_id,
    situation,
    target
});
walk!(Delay { value, unit });
walk!(Moderation {
    house_rules,
    troll_policy,
    rules
});
walk!(ModerationRule {
    id,
    category,
    covers,
    examples,
    keywords,
    patterns,
    action
});
walk!(CrisisPlan {
    triggers,
    spokesperson,
    escalation,
    first_hour,
    holding_statements
});
walk!(CrisisTrigger {
    description,
    threshold
});
walk!(Contact {
    name,
    role,
    contact
});
walk!(EscalationStep {
    id,
    role,
    contact,
    when
});
walk!(HoldingStatement { id, title, body });
walk!(Engagement { rituals, listening });
walk!(Ritual {
    id,
    kind,
    name,
    description,
    frequency,
    channel_ids
});
walk!(Listening {
    tools,
    keywords,
    hashtags
});
walk!(Placeholder {
    id,
    name,
    description,
    sample,
    stands_for
});
walk!(ReplyTemplate {
    id,
    title,
    situation,
    channel_ids,
    visibility,
    body,
    follow_up,
    variants
});
walk!(ChannelVariant { channel_id, body });
leaves!(
    Lang,
    ToneKind,
    Address,
    EmojiPolicy,
    Platform,
    Weekday,
    Situation,
    DelayUnit
);
leaves!(
    ModerationCategory,
    ModerationAction,
    RitualKind,
    StandardField,
    Visibility
);

/// A persona's platforms are listed in the platforms' order, whatever order they were ticked.
impl Member for Platform {
    fn order(set: &mut [Self]) {
        set.sort();
    }
}

/// Coverage days read Monday to Sunday.
impl Member for Weekday {
    fn order(set: &mut [Self]) {
        set.sort();
    }
}
