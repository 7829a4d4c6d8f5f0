//! Engagement and listening: rituals, and what the team watches.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::Field;
use crate::tidy::{leaves, walk};

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

leaves!(RitualKind);
