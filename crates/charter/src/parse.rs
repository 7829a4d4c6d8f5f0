//! Reading the text of number and delay fields, and writing values back as the same text.
//! Blank means "not set"; text that does not parse is refused, never guessed.

use crate::document::{Delay, DelayUnit};

/// Why an age field's text was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeOutOfRange;

/// Oldest age the form accepts; above it is certainly a typo.
pub const MAX_AGE: u8 = 120;

/// Reads an age field: blank is "open", a whole number from 0 to [`MAX_AGE`] is an age.
pub fn parse_age(text: &str) -> Result<Option<u8>, AgeOutOfRange> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(age) if age <= MAX_AGE => Ok(Some(age)),
        _ => Err(AgeOutOfRange),
    }
}

/// Reads a whole, non-negative number field (a limit, a delay): blank is `None`.
pub fn parse_count(text: &str) -> Result<Option<u32>, std::num::ParseIntError> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        text.parse::<u32>().map(Some)
    }
}

/// A delay as typed in the response-time grid: a whole number followed by a unit, `min`
/// (or `m`) or `h`; a bare number means hours. Blank is `None` (use the default).
pub fn parse_delay(text: &str) -> Result<Option<Delay>, BadDelay> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let value: u32 = text[..digits].parse().map_err(|_| BadDelay)?;
    match text[digits..].trim() {
        "" | "h" | "hr" | "hrs" | "hour" | "hours" | "heure" | "heures" => {
            Ok(Some(Delay::hours(value)))
        }
        "m" | "min" | "mins" | "minute" | "minutes" => Ok(Some(Delay::minutes(value))),
        _ => Err(BadDelay),
    }
}

/// A delay the way [`parse_delay`] reads it back: "30 min", "2 h".
pub fn format_delay(delay: Delay) -> String {
    match delay.unit {
        DelayUnit::Minutes => format!("{} min", delay.value),
        DelayUnit::Hours => format!("{} h", delay.value),
    }
}

/// A delay field's text was not a number with a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadDelay;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_accept_blank_and_whole_values() {
        assert_eq!(parse_age(""), Ok(None));
        assert_eq!(parse_age(" 34 "), Ok(Some(34)));
        assert_eq!(parse_age("120"), Ok(Some(120)));
        assert_eq!(parse_age("121"), Err(AgeOutOfRange));
        assert_eq!(parse_age("-1"), Err(AgeOutOfRange));
        assert_eq!(parse_age("2.5"), Err(AgeOutOfRange));
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("280"), Ok(Some(280)));
        assert!(parse_count("-3").is_err());
    }

    #[test]
    fn delays_are_typed_with_their_unit() {
        assert_eq!(parse_delay(""), Ok(None));
        assert_eq!(parse_delay("2"), Ok(Some(Delay::hours(2))));
        assert_eq!(parse_delay(" 2 h "), Ok(Some(Delay::hours(2))));
        assert_eq!(parse_delay("30min"), Ok(Some(Delay::minutes(30))));
        assert_eq!(parse_delay("45 M"), Ok(Some(Delay::minutes(45))));
        assert_eq!(parse_delay("1 heure"), Ok(Some(Delay::hours(1))));
        assert_eq!(parse_delay("h"), Err(BadDelay));
        assert_eq!(parse_delay("2 days"), Err(BadDelay));
        assert_eq!(parse_delay("-2 h"), Err(BadDelay));
        for delay in [Delay::hours(24), Delay::minutes(30)] {
            assert_eq!(parse_delay(&format_delay(delay)), Ok(Some(delay)));
        }
    }
}
