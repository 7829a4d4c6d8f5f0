//! Names of the files Porte-voix writes, derived from the charter's title or brand.

use crate::document::Charter;

/// A lowercase ASCII slug of the title (or the brand, or "charter"): accents are folded,
/// anything else becomes a single hyphen. Safe as a file name on every system.
pub fn slug(charter: &Charter) -> String {
    let source = [&charter.meta.title, &charter.meta.brand]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .map(String::as_str)
        .unwrap_or("charter");
    let mut slug = String::new();
    for c in source.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug: String = slug.chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "charter".to_owned()
    } else {
        slug.to_owned()
    }
}

/// Latin letters with diacritics as their base letters; ligatures spelt out.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => "A",
        'ç' => "c",
        'Ç' => "C",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' | 'Ê' | 'Ë' => "E",
        'î' | 'ï' | 'í' | 'ì' => "i",
        'Î' | 'Ï' | 'Í' | 'Ì' => "I",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => "O",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'Ù' | 'Û' | 'Ü' | 'Ú' => "U",
        'ÿ' => "y",
        'ñ' => "n",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        _ => "",
    };
    let own = folded.is_empty().then_some(c);
    folded.chars().chain(own)
}

/// `<slug>.charter.json`
pub fn json_file_name(charter: &Charter) -> String {
    format!("{}.charter.json", slug(charter))
}

/// `<slug>-<what>.charter.json`, for a version of the charter among others (`this-tab`,
/// `revision-2026-11-21-1405`).
pub fn json_file_name_for(charter: &Charter, what: &str) -> String {
    format!("{}-{what}.charter.json", slug(charter))
}

/// `<slug>-charter.md`
pub fn markdown_file_name(charter: &Charter) -> String {
    format!("{}-charter.md", slug(charter))
}

/// The published page: `<slug>-charter.html`.
pub fn html_file_name(charter: &Charter) -> String {
    format!("{}-charter.html", slug(charter))
}

/// A changelog: `<slug>-changes.md`.
pub fn changes_file_name(charter: &Charter) -> String {
    format!("{}-changes.md", slug(charter))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(title: &str, brand: &str) -> Charter {
        let mut charter = Charter::default();
        charter.meta.title = title.into();
        charter.meta.brand = brand.into();
        charter
    }

    #[test]
    fn slugs_fold_accents_and_collapse_punctuation() {
        assert_eq!(
            slug(&titled("Charte de L’Atelier Éco — 2026 !", "")),
            "charte-de-l-atelier-eco-2026"
        );
        assert_eq!(slug(&titled("  ", "Cœur & Co")), "coeur-co");
        assert_eq!(slug(&titled("", "")), "charter");
        assert_eq!(slug(&titled("!!!", "")), "charter");
        assert_eq!(slug(&titled("../../etc/passwd", "")), "etc-passwd");
        assert!(slug(&titled(&"a".repeat(500), "")).len() <= 60);
    }

    #[test]
    fn file_names_follow_the_published_pattern() {
        let charter = titled("Maison Lune", "");
        assert_eq!(json_file_name(&charter), "maison-lune.charter.json");
        assert_eq!(markdown_file_name(&charter), "maison-lune-charter.md");
        assert_eq!(
            json_file_name_for(&charter, "this-tab"),
            "maison-lune-this-tab.charter.json"
        );
    }
}
