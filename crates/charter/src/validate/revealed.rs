//! When a person sees a problem (issue 20), after GOV.UK's forms: a field is checked when the
//! person leaves it, a step when they leave it (Continue, or any other way); Review shows
//! everything, and so does a charter that opens with something in it (the stored draft, an
//! import, an example): only a blank charter starts with nothing shown. The rules and their
//! messages are validation's; only *when* they show is decided here. The step list reads the
//! same state as a task list ([`Status`]), with what [`super::Checked`] says a section holds.

use std::collections::HashSet;

use crate::document::{Charter, Section};

const SECTIONS: usize = Section::ALL.len();

/// Which problems the person has been shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Revealed {
    /// Review was opened, or the charter opened with something in it: every problem shows.
    all: bool,
    /// Per section: its problems show (its step was left).
    sections: [bool; SECTIONS],
    /// The pointers of the fields the person has left.
    fields: HashSet<String>,
}

/// A step as the task list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing written yet (and no error shown).
    NotStarted,
    /// Written in, its problems not shown yet.
    InProgress,
    /// Its problems shown, and none is an error.
    Done,
    /// Its problems shown: this many errors.
    Problems(usize),
}

impl Revealed {
    /// For a charter as it opens (the draft stored, a file imported, an example, a blank one):
    /// a blank one shows nothing yet, any other everything.
    pub fn opened(charter: &Charter) -> Revealed {
        Revealed {
            all: !charter.is_blank(),
            ..Revealed::default()
        }
    }

    /// The person left the field at `path`: its problems show from now on.
    pub fn leave_field(&mut self, path: &str) {
        if !self.fields.contains(path) {
            self.fields.insert(path.to_owned());
        }
    }

    /// The person pressed Continue on the step of `section`: all its problems show.
    pub fn continue_from(&mut self, section: Section) {
        self.sections[section.index()] = true;
    }

    /// Review was opened: every problem shows.
    pub fn review(&mut self) {
        self.all = true;
    }

    /// Whether the problem at `path` shows: its section's are shown, or the person left its
    /// field (the field itself or, for a one-per-line field, the field holding the entry).
    pub fn shows(&self, path: &str) -> bool {
        if self.all {
            return true;
        }
        if Section::of_pointer(path).is_some_and(|s| self.sections[s.index()]) {
            return true;
        }
        self.fields.contains(path)
            || path
                .rmatch_indices('/')
                .any(|(i, _)| i > 0 && self.fields.contains(&path[..i]))
    }

    /// Whether every problem of `section` shows.
    pub fn shows_section(&self, section: Section) -> bool {
        self.all || self.sections[section.index()]
    }

    /// The task list's status of `section`, which has `errors` errors and holds something or
    /// not (`touched`, see [`super::Checked::touched`]).
    pub fn status(&self, section: Section, errors: usize, touched: bool) -> Status {
        if self.shows_section(section) && (touched || errors > 0) {
            if errors > 0 {
                Status::Problems(errors)
            } else {
                Status::Done
            }
        } else if touched {
            Status::InProgress
        } else {
            Status::NotStarted
        }
    }
}

/// Whether the fields of `section` outside its lists differ from a blank charter's: a list
/// changes without its section's fields being checked again, so it must not count here (the
/// lists are counted by [`super::Checked::touched`]). The structs are taken apart field by field,
/// without `..`, so that a field added to one of them does not compile until it is placed
/// here. Compared in memory rather than through the JSON, so that the checks need no serializer
/// (a test checks that both ways agree).
pub(super) fn fields_touched(c: &Charter, section: Section) -> bool {
    use crate::document::{CrisisPlan, Engagement, Moderation};
    let blank = Charter::new(c.meta.language);
    match section {
        Section::BrandVoice => c.meta != blank.meta || c.voice != blank.voice,
        Section::ResponseTimes => c.response_times != blank.response_times,
        Section::Moderation => {
            let Moderation {
                house_rules,
                troll_policy,
                rules: _,
            } = &c.moderation;
            *house_rules != blank.moderation.house_rules
                || *troll_policy != blank.moderation.troll_policy
        }
        Section::Crisis => {
            let CrisisPlan {
                triggers,
                spokesperson,
                escalation: _,
                first_hour,
                holding_statements: _,
            } = &c.crisis;
            *triggers != blank.crisis.triggers
                || *spokesperson != blank.crisis.spokesperson
                || *first_hour != blank.crisis.first_hour
        }
        Section::Engagement => {
            let Engagement {
                rituals: _,
                listening,
            } = &c.engagement;
            *listening != blank.engagement.listening
        }
        // only lists
        Section::Personas | Section::Channels | Section::Templates => false,
    }
}

/// Whether `section` of `charter` holds something a blank charter does not.
#[cfg(test)]
fn touched(c: &Charter, section: Section) -> bool {
    section.lists().any(|kind| kind.len(c) > 0) || fields_touched(c, section)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Persona;
    use crate::Lang;

    #[test]
    fn a_blank_charter_shows_nothing_until_the_person_acts() {
        let charter = Charter::new(Lang::Fr);
        let mut shown = Revealed::opened(&charter);
        assert!(!shown.shows("/meta/title"));
        assert_eq!(
            shown.status(Section::BrandVoice, 1, false),
            Status::NotStarted
        );
        assert_eq!(
            shown.status(Section::BrandVoice, 1, true),
            Status::InProgress
        );
        // leaving the title shows its problem, not the rest of the section's
        shown.leave_field("/meta/title");
        assert!(shown.shows("/meta/title"));
        assert!(!shown.shows("/voice/words_to_use/0/text"));
        shown.continue_from(Section::BrandVoice);
        assert!(shown.shows("/voice/words_to_use/0/text"));
        assert_eq!(
            shown.status(Section::BrandVoice, 1, false),
            Status::Problems(1)
        );
        assert_eq!(shown.status(Section::BrandVoice, 0, true), Status::Done);
        assert_eq!(
            shown.status(Section::BrandVoice, 0, false),
            Status::NotStarted
        );
        assert!(!shown.shows("/crisis/spokesperson/name"));
        shown.review();
        assert!(shown.shows("/crisis/spokesperson/name"));
    }

    #[test]
    fn an_entry_shows_once_its_field_is_left() {
        let mut shown = Revealed::default();
        shown.leave_field("/moderation/rules/0/patterns");
        assert!(shown.shows("/moderation/rules/0/patterns/2"));
        assert!(!shown.shows("/moderation/rules/1/patterns/2"));
        assert!(!shown.shows("/moderation/rules/0"));
    }

    /// The comparison field by field says what comparing the section's roots in the JSON says.
    #[test]
    fn touched_sections_agree_with_the_json() {
        let blank_json = |c: &Charter| crate::json::to_value(&Charter::new(c.meta.language));
        let size = crate::generate::Size {
            personas: 2,
            channels: 2,
            templates: 2,
        };
        for seed in 0..40 {
            let full = crate::generate::charter(seed, size);
            // a charter with every other section left blank, in turn
            for keep in 0..Section::ALL.len() {
                let mut c = Charter::new(full.meta.language);
                let (from, into) = (crate::json::to_value(&full), crate::json::to_value(&c));
                let mut into = into;
                for (i, section) in Section::ALL.into_iter().enumerate() {
                    if (i + keep) % 2 == 0 {
                        for root in section.roots() {
                            into[*root] = from[*root].clone();
                        }
                    }
                }
                c = serde_json::from_value(into).unwrap();
                let (this, blank) = (crate::json::to_value(&c), blank_json(&c));
                let by_json = Section::ALL.map(|section| {
                    section
                        .roots()
                        .iter()
                        .any(|root| this[*root] != blank[*root])
                });
                let by_fields = Section::ALL.map(|section| touched(&c, section));
                assert_eq!(by_fields, by_json, "seed {seed}, keep {keep}");
            }
        }
    }

    #[test]
    fn a_charter_that_opens_with_something_in_it_shows_everything() {
        let mut charter = Charter::new(Lang::En);
        charter.personas.push(Persona::default());
        let shown = Revealed::opened(&charter);
        assert!(shown.shows("/personas/0/name"));
        assert!(shown.shows("/meta/title"));
        assert_eq!(shown.status(Section::Personas, 0, true), Status::Done);
        assert_eq!(shown.status(Section::Crisis, 1, false), Status::Problems(1));
    }
}
