//! How the brand sounds: tone traits, form of address, emoji, words to use and to avoid.

use serde::{Deserialize, Serialize};

use crate::field;
use crate::field::Field;
use crate::tidy::{leaves, walk};

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

leaves!(ToneKind, Address, EmojiPolicy);
