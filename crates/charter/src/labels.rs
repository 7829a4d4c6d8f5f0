//! Words the charter's documents print, in the charter's own language (not the UI's): section
//! headings, field names and the names of enum values. One struct per language, checked by the
//! compiler to be complete.

use crate::document::Platform;
use crate::lang::Lang;

/// Every word the exported documents need, in one language.
pub struct Labels {
    pub personas: &'static str,
    pub no_personas: &'static str,
    pub unnamed: &'static str,
    pub age: &'static str,
    pub interests: &'static str,
    pub digital_behaviours: &'static str,
    pub expectations: &'static str,
    pub channels_used: &'static str,
    pub age_any: &'static str,
    /// "{min} and over"
    pub age_from: fn(u8) -> String,
    /// "up to {max}"
    pub age_to: fn(u8) -> String,
    /// "{min} to {max}"
    pub age_between: fn(u8, u8) -> String,
    pub forum: &'static str,
    pub email: &'static str,
    pub other_platform: &'static str,
}

pub static FR: Labels = Labels {
    personas: "Personas",
    no_personas: "Aucun persona pour l’instant.",
    unnamed: "Sans nom",
    age: "Âge",
    interests: "Centres d’intérêt",
    digital_behaviours: "Comportements numériques",
    expectations: "Attentes et irritants",
    channels_used: "Canaux fréquentés",
    age_any: "tous âges",
    age_from: |min| format!("{min} ans et plus"),
    age_to: |max| format!("jusqu’à {max} ans"),
    age_between: |min, max| format!("{min} à {max} ans"),
    forum: "Forum",
    email: "E-mail",
    other_platform: "Autre",
};

pub static EN: Labels = Labels {
    personas: "Personas",
    no_personas: "No personas yet.",
    unnamed: "Untitled",
    age: "Age",
    interests: "Interests",
    digital_behaviours: "Digital behaviours",
    expectations: "Expectations and pain points",
    channels_used: "Channels used",
    age_any: "any age",
    age_from: |min| format!("{min} and over"),
    age_to: |max| format!("up to {max}"),
    age_between: |min, max| format!("{min} to {max}"),
    forum: "Forum",
    email: "Email",
    other_platform: "Other",
};

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl Labels {
    /// A platform's display name. Brand names are the same in every language.
    pub fn platform(&self, platform: Platform) -> &'static str {
        match platform {
            Platform::Instagram => "Instagram",
            Platform::Tiktok => "TikTok",
            Platform::X => "X",
            Platform::Facebook => "Facebook",
            Platform::Linkedin => "LinkedIn",
            Platform::Youtube => "YouTube",
            Platform::Discord => "Discord",
            Platform::Forum => self.forum,
            Platform::Email => self.email,
            Platform::Custom => self.other_platform,
        }
    }

    pub fn age_range(&self, min: Option<u8>, max: Option<u8>) -> String {
        match (min, max) {
            (None, None) => self.age_any.to_owned(),
            (Some(min), None) => (self.age_from)(min),
            (None, Some(max)) => (self.age_to)(max),
            (Some(min), Some(max)) => (self.age_between)(min, max),
        }
    }
}
