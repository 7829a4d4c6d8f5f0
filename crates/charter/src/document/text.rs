//! Text written in both of the charter's languages.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

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
