//! Channels: the platforms, the accounts the brand runs there, their codes and hours.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::{Field, Member};
use crate::tidy::{leaves, walk};

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
    /// Review sites, where a brand answers reviews in public under its business profile.
    GoogleReviews,
    Tripadvisor,
    Trustpilot,
    Custom,
}

impl Platform {
    pub const ALL: [Platform; 13] = [
        Platform::Instagram,
        Platform::Tiktok,
        Platform::X,
        Platform::Facebook,
        Platform::Linkedin,
        Platform::Youtube,
        Platform::Forum,
        Platform::Discord,
        Platform::Email,
        Platform::GoogleReviews,
        Platform::Tripadvisor,
        Platform::Trustpilot,
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
            Platform::GoogleReviews => "google_reviews",
            Platform::Tripadvisor => "tripadvisor",
            Platform::Trustpilot => "trustpilot",
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

leaves!(Platform, Weekday);
