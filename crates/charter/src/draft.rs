//! The editing session: the charter as the user is typing it, plus what the session needs
//! beyond the document (the last removal, for undo). Every change the UI makes goes through a
//! method here, so the views hold no logic and everything is testable natively.
//!
//! Text the user types is stored verbatim (list fields keep one entry per line, blank lines
//! and trailing spaces included) so that a textarea bound to the model never fights the caret.
//! [`Charter::normalized`] tidies it for export.

use crate::document::{Charter, Persona, Platform};
use crate::list::{self, Removed};

/// The charter being edited, and the session state around it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub charter: Charter,
    /// The last removal, which "Undo" puts back. One level, like a toast's undo.
    pub undo: Option<Removal>,
}

/// An item removed from one of the charter's lists.
#[derive(Debug, Clone, PartialEq)]
pub enum Removal {
    Persona(Removed<Persona>),
}

impl Removal {
    /// The removed item's name, for the undo message.
    pub fn name(&self) -> &str {
        match self {
            Removal::Persona(removed) => &removed.item.name,
        }
    }
}

/// One edit of one persona field, as the form sends it.
#[derive(Debug, Clone, PartialEq)]
pub enum PersonaEdit {
    Name(String),
    AgeMin(Option<u8>),
    AgeMax(Option<u8>),
    Interests(String),
    DigitalBehaviours(String),
    Expectations(String),
    /// Ticks or unticks one platform.
    Channel(Platform, bool),
}

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

/// Splits a textarea into list entries, verbatim, one per line.
pub fn lines_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_owned).collect()
}

/// The textarea text of a list: the inverse of [`lines_from_text`].
pub fn text_from_lines(lines: &[String]) -> String {
    lines.join("\n")
}

impl Draft {
    pub fn new(charter: Charter) -> Draft {
        Draft {
            charter,
            undo: None,
        }
    }

    /// Adds an empty persona at the end and returns its id.
    pub fn add_persona(&mut self) -> String {
        list::push_new(&mut self.charter.personas, Persona::default())
    }

    pub fn edit_persona(&mut self, id: &str, edit: PersonaEdit) {
        let Some(index) = list::position(&self.charter.personas, id) else {
            return;
        };
        let persona = &mut self.charter.personas[index];
        match edit {
            PersonaEdit::Name(name) => persona.name = name,
            PersonaEdit::AgeMin(age) => persona.age.min = age,
            PersonaEdit::AgeMax(age) => persona.age.max = age,
            PersonaEdit::Interests(text) => persona.interests = lines_from_text(&text),
            PersonaEdit::DigitalBehaviours(text) => {
                persona.digital_behaviours = lines_from_text(&text)
            }
            PersonaEdit::Expectations(text) => persona.expectations = lines_from_text(&text),
            PersonaEdit::Channel(platform, on) => {
                persona.channels.retain(|&p| p != platform);
                if on {
                    persona.channels.push(platform);
                    // keep the platforms in their canonical order, whatever the click order
                    persona.channels.sort();
                }
            }
        }
    }

    pub fn duplicate_persona(&mut self, id: &str) -> Option<String> {
        list::duplicate(&mut self.charter.personas, id)
    }

    /// Removes a persona and remembers it for undo. Channels keep their reference to it, so
    /// that undo restores the links as well; validation reports the dangling id meanwhile.
    pub fn remove_persona(&mut self, id: &str) {
        if let Some(removed) = list::remove(&mut self.charter.personas, id) {
            self.undo = Some(Removal::Persona(removed));
        }
    }

    pub fn move_persona(&mut self, id: &str, delta: isize) -> bool {
        list::move_by(&mut self.charter.personas, id, delta)
    }

    /// Puts the last removed item back; returns its id.
    pub fn undo_removal(&mut self) -> Option<String> {
        match self.undo.take()? {
            Removal::Persona(removed) => Some(list::restore(&mut self.charter.personas, removed)),
        }
    }

    /// Forgets the pending undo (the toast was dismissed).
    pub fn dismiss_undo(&mut self) {
        self.undo = None;
    }

    /// Replaces the whole charter (import, example, start over). Undo would make no sense
    /// across documents, so it is dropped.
    pub fn replace(&mut self, charter: Charter) {
        self.charter = charter;
        self.undo = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persona_is_added_edited_and_found_by_id() {
        let mut draft = Draft::default();
        let id = draft.add_persona();
        draft.edit_persona(&id, PersonaEdit::Name("Léa".into()));
        draft.edit_persona(&id, PersonaEdit::AgeMin(Some(18)));
        draft.edit_persona(&id, PersonaEdit::AgeMax(Some(25)));
        draft.edit_persona(&id, PersonaEdit::Interests("mode\nseconde main".into()));
        draft.edit_persona(&id, PersonaEdit::Channel(Platform::Tiktok, true));
        draft.edit_persona(&id, PersonaEdit::Channel(Platform::Instagram, true));
        let p = &draft.charter.personas[0];
        assert_eq!(p.name, "Léa");
        assert_eq!((p.age.min, p.age.max), (Some(18), Some(25)));
        assert_eq!(p.interests, ["mode", "seconde main"]);
        assert_eq!(p.channels, [Platform::Instagram, Platform::Tiktok]);
        draft.edit_persona(&id, PersonaEdit::Channel(Platform::Instagram, false));
        assert_eq!(draft.charter.personas[0].channels, [Platform::Tiktok]);
    }

    #[test]
    fn editing_an_unknown_persona_changes_nothing() {
        let mut draft = Draft::default();
        draft.add_persona();
        let before = draft.clone();
        draft.edit_persona("persona-9", PersonaEdit::Name("x".into()));
        assert_eq!(draft, before);
    }

    #[test]
    fn textarea_text_round_trips_verbatim_while_typing() {
        for text in ["", "a", "a\n", "a \nb", "\n\n", "one\n\ntwo  "] {
            assert_eq!(text_from_lines(&lines_from_text(text)), text);
        }
    }

    #[test]
    fn ages_accept_blank_and_whole_numbers_up_to_the_maximum() {
        assert_eq!(parse_age(""), Ok(None));
        assert_eq!(parse_age(" 34 "), Ok(Some(34)));
        assert_eq!(parse_age("120"), Ok(Some(120)));
        assert_eq!(parse_age("121"), Err(AgeOutOfRange));
        assert_eq!(parse_age("-1"), Err(AgeOutOfRange));
        assert_eq!(parse_age("2.5"), Err(AgeOutOfRange));
        assert_eq!(parse_age("abc"), Err(AgeOutOfRange));
    }

    #[test]
    fn remove_then_undo_restores_the_persona_in_place() {
        let mut draft = Draft::default();
        let a = draft.add_persona();
        let b = draft.add_persona();
        draft.edit_persona(&b, PersonaEdit::Name("Marc".into()));
        draft.add_persona();
        let before = draft.charter.clone();
        draft.remove_persona(&b);
        assert_eq!(draft.charter.personas.len(), 2);
        assert_eq!(draft.undo.as_ref().map(Removal::name), Some("Marc"));
        assert_eq!(draft.undo_removal(), Some(b));
        assert_eq!(draft.charter, before);
        assert!(draft.undo.is_none());
        assert_eq!(draft.undo_removal(), None, "undo is one level");
        draft.remove_persona(&a);
        draft.dismiss_undo();
        assert_eq!(draft.undo_removal(), None);
    }

    #[test]
    fn duplicate_and_move_keep_ids_stable() {
        let mut draft = Draft::default();
        let a = draft.add_persona();
        draft.edit_persona(&a, PersonaEdit::Name("A".into()));
        let copy = draft.duplicate_persona(&a).unwrap();
        assert_eq!(draft.charter.personas[1].name, "A");
        assert!(draft.move_persona(&copy, -1));
        assert_eq!(draft.charter.personas[0].id, copy);
        assert_eq!(draft.charter.personas[1].id, a);
    }
}
