//! Counts in words: "no personas yet", "1 persona", "3 personas". One rule for both languages
//! of the interface, so that no message brackets a plural ending after its noun: zero is said in words
//! (French and English alike say "aucun persona" / "no personas" rather than a bare 0), one
//! takes the singular, and any other count the plural. (French puts 0 and 1 in the singular
//! when they are written as digits; with zero in words the two rules meet.)
//!
//! A message names its noun once per language, with its three forms:
//! `Count::new("aucune règle", "règle", "règles").of(n)`.

/// The three forms of a counted noun in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// The whole phrase for zero ("aucune étape d’escalade", "no escalation steps").
    pub none: &'static str,
    /// The noun after 1 ("étape d’escalade", "escalation step").
    pub one: &'static str,
    /// The noun after any other number ("étapes d’escalade", "escalation steps").
    pub many: &'static str,
}

impl Count {
    pub const fn new(none: &'static str, one: &'static str, many: &'static str) -> Count {
        Count { none, one, many }
    }

    /// `n` of the noun, in words for zero.
    pub fn of(&self, n: usize) -> String {
        match n {
            0 => self.none.to_owned(),
            1 => format!("1 {}", self.one),
            n => format!("{n} {}", self.many),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Count;

    const STEPS: Count = Count::new(
        "aucune étape d’escalade",
        "étape d’escalade",
        "étapes d’escalade",
    );

    #[test]
    fn zero_is_said_in_words_one_is_singular_and_the_rest_plural() {
        assert_eq!(STEPS.of(0), "aucune étape d’escalade");
        assert_eq!(STEPS.of(1), "1 étape d’escalade");
        assert_eq!(STEPS.of(2), "2 étapes d’escalade");
        assert_eq!(STEPS.of(1000), "1000 étapes d’escalade");
    }
}
