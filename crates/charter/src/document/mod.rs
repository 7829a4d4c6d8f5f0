//! The charter document: the one serde type that is both what the browser stores and what
//! other tools import. Field order here is the key order of the exported JSON, so it is part of
//! the public format: append new fields, do not reorder.
//!
//! Every struct takes `#[serde(default)]` so that a partial file (a hand-written one, or one
//! from an older version) still loads; what is missing is then reported by validation, not by
//! a parse failure.

mod channel;
mod crisis;
mod engagement;
mod lists;
mod moderation;
mod persona;
mod response_times;
mod templates;
mod text;
mod voice;

pub use channel::*;
pub use crisis::*;
pub use engagement::*;
pub use lists::*;
pub use moderation::*;
pub use persona::*;
pub use response_times::*;
pub use templates::*;
pub use text::*;
pub use voice::*;

use serde::{Deserialize, Serialize};

use crate::field;
use crate::field::Field;
use crate::lang::Lang;
pub use crate::lines::Lines;
use crate::tidy::{leaves, walk, Visitor, Walk};

/// Identifies the file as a Porte-voix charter, whatever its version.
pub const FORMAT: &str = "porte-voix/charter";
/// The format version this build writes. Older versions are migrated on import.
pub const VERSION: u32 = 1;
/// The `$id` of this version's JSON Schema, written in every charter's `$schema`. A URN, not a
/// web address: Porte-voix is deployed on hosts it does not know; each deployment serves the
/// schema at `schema/charter-1.schema.json` (committed under `public/schema/`).
pub const SCHEMA_ID: &str = "urn:porte-voix:schema:charter:1";

/// The keys of text fields that no person writes: ids and references, the format's own keys
/// (`schema` is `$schema` in the JSON), the date the app stamps on export, and coverage times
/// (written through a time control). Every other text field is the team's own words: the
/// synthetic charters fill them all (`generate`) and the documents must show them all
/// (`tests/every_field.rs`).
pub const NOT_WRITTEN: [&str; 10] = [
    "$schema",
    "schema",
    "format",
    "id",
    "persona_ids",
    "channel_ids",
    "channel_id",
    "last_updated",
    "start",
    "end",
];

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
    pub const TARGETS: Field<Self, Vec<ResponseTarget>> = field!(response_times.targets);
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

leaves!(Lang);

/// Trims list entries, drops blank ones, and makes a blank translation absent.
struct Tidier;

impl Visitor for Tidier {
    fn lines(&mut self, lines: &mut Lines) {
        lines.tidy();
    }

    fn text(&mut self, text: &mut LocalizedText) {
        for slot in [&mut text.fr, &mut text.en] {
            if slot.as_deref().is_some_and(|t| t.trim().is_empty()) {
                *slot = None;
            }
        }
    }
}

impl Charter {
    /// A copy with every list tidied and every blank translation removed. Idempotent.
    pub fn normalized(&self) -> Charter {
        let mut charter = self.clone();
        charter.walk(&mut Tidier);
        charter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_trims_drops_blanks_and_is_idempotent() {
        let mut charter = Charter::default();
        charter.personas.push(Persona {
            interests: Lines::from([" a ", "", "   ", "b"]),
            ..Persona::default()
        });
        charter.moderation.house_rules = Lines::from(["\n", "Be kind"]);
        charter.templates.push(ReplyTemplate {
            body: LocalizedText {
                fr: Some(" ".into()),
                en: Some("Hi".into()),
            },
            ..Default::default()
        });
        let tidy = charter.normalized();
        assert_eq!(tidy.personas[0].interests.raw(), ["a", "b"]);
        assert_eq!(tidy.moderation.house_rules.raw(), ["Be kind"]);
        assert_eq!(
            tidy.templates[0].body,
            LocalizedText {
                fr: None,
                en: Some("Hi".into())
            }
        );
        assert_eq!(tidy.normalized(), tidy);
    }
}
