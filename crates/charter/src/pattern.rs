//! Regular expressions that moderation rules hand to automated filters. Discord AutoMod reads
//! them with Rust's `regex` crate, so that crate is the judge: a pattern it refuses would be
//! refused by Discord, and the team hears it while writing, not at import.
//!
//! Two depths of check, one grammar:
//! - with the `full-regex` feature (the command-line tool, native tests), [`pattern_error`]
//!   compiles the pattern with `regex` itself;
//! - without it (the browser app), it parses the pattern with the parser of `regex-syntax`, the
//!   crate `regex` is built on. Compiling with `regex` would add 168 KiB brotli to the page and
//!   translating with `regex-syntax` 56 KiB (measured); the parser alone adds 19 KiB and catches
//!   every syntax error (unclosed groups, look-around, bad repetitions, bad escapes and ranges).
//!   What needs Unicode data or compilation (the name in `\p{…}`, the compiled size) is left to
//!   the command-line tool. [`syntax_error`] is that check, available in both builds.

/// Why `pattern` is not a valid regular expression for `regex`, in one line; `None` if valid.
pub fn pattern_error(pattern: &str) -> Option<String> {
    #[cfg(feature = "full-regex")]
    {
        regex::Regex::new(pattern)
            .err()
            .map(|error| one_line(&error.to_string()))
    }
    #[cfg(not(feature = "full-regex"))]
    {
        syntax_error(pattern)
    }
}

/// The parser-only check: `regex`'s grammar, without Unicode data (see the module header).
pub fn syntax_error(pattern: &str) -> Option<String> {
    match regex_syntax::ast::parse::Parser::new().parse(pattern) {
        Ok(_) => None,
        Err(error) => Some(one_line(&error.to_string())),
    }
}

/// `regex` explains a syntax error over several lines (the pattern, a caret, then
/// `error: …`); a form field or a report line needs the last, explaining line only.
fn one_line(message: &str) -> String {
    let last = message
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or(message);
    last.trim().trim_start_matches("error: ").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: [&str; 5] = [
        r"(?i)arnaque\w*",
        r"\p{Lu}{6,}",
        r"\bfree\s+(money|gift)s?\b",
        r"[a-z]{3,}\d+",
        r"(?x) spam  # comment",
    ];
    const INVALID: [&str; 6] = ["(spam", "spam(?=bot)", "a{3,2}", "*spam", r"\q", "[z-a]"];

    #[test]
    fn valid_patterns_pass_both_checks() {
        for pattern in VALID {
            assert_eq!(pattern_error(pattern), None, "{pattern}");
            assert_eq!(syntax_error(pattern), None, "{pattern}");
        }
    }

    #[test]
    fn invalid_patterns_fail_both_checks_with_a_one_line_reason() {
        for pattern in INVALID {
            for error in [pattern_error(pattern), syntax_error(pattern)] {
                let error = error.unwrap_or_else(|| panic!("{pattern} should be refused"));
                assert!(!error.contains('\n'), "{error}");
                assert!(!error.is_empty());
            }
        }
        // look-around is valid JavaScript but not Rust regex, which Discord uses
        assert!(syntax_error("spam(?=bot)").unwrap().contains("look-around"));
    }

    #[cfg(feature = "full-regex")]
    #[test]
    fn only_the_full_check_knows_unicode_class_names() {
        assert!(pattern_error(r"\p{NoSuchClass}").is_some());
        assert_eq!(syntax_error(r"\p{NoSuchClass}"), None);
    }
}
