//! The two languages Porte-voix speaks: the language of a charter's content and of the UI.

use serde::{Deserialize, Serialize};

/// A supported language, serialised as its ISO 639-1 code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French: the language of the workshops this tool was born in, so the default.
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// Every language, this one first: the order in which a charter shows its texts.
    pub fn first(self) -> [Lang; 2] {
        match self {
            Lang::Fr => [Lang::Fr, Lang::En],
            Lang::En => [Lang::En, Lang::Fr],
        }
    }

    /// The language's position in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// ISO 639-1 code, as used in `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses a code such as `fr`, `en`, `en-GB` or `fr-CA`; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language in a browser's preference list, French when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn a_language_comes_first_then_every_other() {
        for lang in Lang::ALL {
            let order = lang.first();
            assert_eq!(order[0], lang);
            let mut sorted = order.to_vec();
            sorted.sort();
            assert_eq!(sorted, Lang::ALL);
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_language() {
        assert_eq!(Lang::negotiate(["de-DE", "en-US", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(["es", "it"]), Lang::Fr);
        assert_eq!(Lang::negotiate([]), Lang::Fr);
    }
}
