//! The tools Porte-voix exports to, and the values of theirs a charter cannot know.

use crate::document::Charter;
use crate::files::slug;

/// How long Discord times a member out when a rule's action is "mute or ban", unless the team
/// says otherwise (a day).
pub const DISCORD_DEFAULT_TIMEOUT_SECONDS: u32 = 86_400;

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
            discord_timeout_seconds: DISCORD_DEFAULT_TIMEOUT_SECONDS,
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

/// Pretty JSON of an output value; our output types always serialize.
pub(super) fn to_pretty_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("export types serialize")
}
