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
mod zendesk;

pub use notes::{Note, Outcome, Reason};

use crate::document::Charter;
use crate::files::slug;

/// A tool Porte-voix exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Zendesk,
    Freshdesk,
    HelpScout,
    Gorgias,
    Front,
    DiscordAutomod,
    RedditAutomod,
}

impl Target {
    pub const ALL: [Target; 7] = [
        Target::Zendesk,
        Target::Freshdesk,
        Target::HelpScout,
        Target::Gorgias,
        Target::Front,
        Target::DiscordAutomod,
        Target::RedditAutomod,
    ];

    /// The name on the command line (`--format zendesk`) and in file names.
    pub fn slug(self) -> &'static str {
        match self {
            Target::Zendesk => "zendesk",
            Target::Freshdesk => "freshdesk",
            Target::HelpScout => "helpscout",
            Target::Gorgias => "gorgias",
            Target::Front => "front",
            Target::DiscordAutomod => "discord-automod",
            Target::RedditAutomod => "reddit-automod",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The product's own name (not translated).
    pub fn name(self) -> &'static str {
        match self {
            Target::Zendesk => "Zendesk",
            Target::Freshdesk => "Freshdesk",
            Target::HelpScout => "Help Scout",
            Target::Gorgias => "Gorgias",
            Target::Front => "Front",
            Target::DiscordAutomod => "Discord AutoMod",
            Target::RedditAutomod => "Reddit AutoModerator",
        }
    }

    /// What the file holds, in the target's own words (for file names).
    fn contents(self) -> &'static str {
        match self {
            Target::Zendesk | Target::Gorgias => "macros",
            Target::Freshdesk => "canned-responses",
            Target::HelpScout => "saved-replies",
            Target::Front => "message-templates",
            Target::DiscordAutomod | Target::RedditAutomod => "rules",
        }
    }

    /// Whether the export is made of reply templates (else of moderation rules).
    pub fn is_replies(self) -> bool {
        !matches!(self, Target::DiscordAutomod | Target::RedditAutomod)
    }

    /// Whether the file holds both languages (else the charter's language only).
    pub fn is_bilingual(self) -> bool {
        // Gorgias is the only one whose macros carry a language.
        self == Target::Gorgias
    }

    pub fn extension(self) -> &'static str {
        match self {
            Target::RedditAutomod => "yaml",
            _ => "json",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Target::RedditAutomod => "application/yaml",
            _ => "application/json",
        }
    }

    /// `<slug>-zendesk-import.sh`: the import script's name.
    pub fn script_file_name(self, charter: &Charter) -> String {
        format!("{}-{}-import.sh", slug(charter), self.slug())
    }

    /// `<slug>-zendesk-macros.json`, `<slug>-reddit-automod-rules.yaml`, …
    pub fn file_name(self, charter: &Charter) -> String {
        format!(
            "{}-{}-{}.{}",
            slug(charter),
            self.slug(),
            self.contents(),
            self.extension()
        )
    }
}

/// Values the charter cannot know: ids of things that exist only in the team's own tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolOptions {
    /// Freshdesk: the canned-response folder to put the replies in.
    pub freshdesk_folder_id: Option<u64>,
    /// Discord: the channel where AutoMod posts its alerts.
    pub discord_alert_channel_id: Option<String>,
    /// Discord: how long a member is timed out when a rule's action is "mute or ban".
    pub discord_timeout_seconds: u32,
    /// Help Scout: the mailbox the saved replies go to (it is in the address, not the body).
    pub helpscout_mailbox_id: Option<u64>,
}

impl Default for ToolOptions {
    fn default() -> Self {
        ToolOptions {
            freshdesk_folder_id: None,
            discord_alert_channel_id: None,
            discord_timeout_seconds: discord::DEFAULT_TIMEOUT_SECONDS,
            helpscout_mailbox_id: None,
        }
    }
}

impl ToolOptions {
    /// Reads an id the team types for its tool (a Freshdesk folder, a Discord channel): digits
    /// only, blank and anything else being no id. The app and the command line both read ids
    /// with this.
    pub fn parse_id(text: &str) -> Option<&str> {
        let text = text.trim();
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then_some(text)
    }
}

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

/// A moderation rule as the team knows it, for notes: what it covers, on one line, or its
/// category when it says nothing.
fn rule_name(rule: &crate::document::ModerationRule, l: &crate::labels::Labels) -> String {
    let covers = rule.covers.split_whitespace().collect::<Vec<_>>().join(" ");
    if covers.is_empty() {
        (l.category_name)(rule.category).to_owned()
    } else {
        covers
    }
}

/// Pretty JSON of an output value; our output types always serialize.
fn to_pretty_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("export types serialize")
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
