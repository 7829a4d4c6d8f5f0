//! Moderation: the house rules, the troll policy and the moderation rules.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::Field;
use crate::tidy::{leaves, walk};

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

leaves!(ModerationCategory, ModerationAction);
