//! Exports to the tools teams already use: helpdesk macros and saved replies (Zendesk,
//! Freshdesk, Help Scout, Gorgias, Front) and moderation bots (Discord AutoMod, Reddit
//! AutoModerator), each in the shape and with the field names its vendor documents.
//!
//! Every export is checked against the target's documented limits while it is written. What
//! does not fit is never cut to size: it is left out, or changed in a stated way, and a
//! [`Note`] says which item, what happened and why. The file and its notes come together in a
//! [`ToolExport`], so no caller can write one without the other.

mod discord;
mod freshdesk;
mod front;
mod gorgias;
mod help_scout;
mod notes;
mod reddit;
mod replies;
pub mod script;
mod target;
mod zendesk;

pub use notes::{Note, Outcome, Reason};
pub use target::{Target, ToolOptions};

use crate::document::Charter;

/// A file for one tool, with what did not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolExport {
    pub target: Target,
    /// The file's content (JSON, or YAML for AutoModerator), ending with a newline.
    pub text: String,
    /// How many items (macros, replies, rules) the file holds.
    pub items: usize,
    pub notes: Vec<Note>,
}

impl ToolExport {
    /// Whether something was left out (as opposed to only changed or to fill in).
    pub fn has_left_out(&self) -> bool {
        self.notes.iter().any(|n| n.outcome == Outcome::LeftOut)
    }
}

/// The charter as `target`'s file, checked against its limits.
pub fn export(charter: &Charter, target: Target, options: &ToolOptions) -> ToolExport {
    let mut notes = Vec::new();
    let (text, items) = match target {
        Target::Zendesk => zendesk::export(charter, &mut notes),
        Target::Freshdesk => freshdesk::export(charter, options, &mut notes),
        Target::HelpScout => help_scout::export(charter, options, &mut notes),
        Target::Gorgias => gorgias::export(charter, &mut notes),
        Target::Front => front::export(charter, &mut notes),
        Target::DiscordAutomod => discord::export(charter, options, &mut notes),
        Target::RedditAutomod => reddit::export(charter, &mut notes),
    };
    let mut text = text;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    ToolExport {
        target,
        text,
        items,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_ids_are_digits_only() {
        assert_eq!(ToolOptions::parse_id(" 123 "), Some("123"));
        for bad in ["", "  ", "12a", "-1", "1.5", "٣"] {
            assert_eq!(ToolOptions::parse_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn slugs_round_trip_and_file_names_say_what_they_hold() {
        for target in Target::ALL {
            assert_eq!(Target::from_slug(target.slug()), Some(target));
        }
        let mut charter = Charter::default();
        charter.meta.title = "Luciole".into();
        assert_eq!(
            Target::Zendesk.file_name(&charter),
            "luciole-zendesk-macros.json"
        );
        assert_eq!(
            Target::RedditAutomod.file_name(&charter),
            "luciole-reddit-automod-rules.yaml"
        );
    }
}
