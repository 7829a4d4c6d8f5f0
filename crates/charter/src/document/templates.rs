//! Placeholders and reply templates, with their texts in both languages.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::Field;
use crate::tidy::{leaves, walk};

/// A `{{name}}` placeholder that templates may use.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Placeholder {
    /// Stable id of the definition, so that renaming a placeholder keeps its identity.
    pub id: String,
    /// The name between the braces: letters of any alphabet (accents included), digits and
    /// underscores, not starting with a digit. Tools never receive it as their own syntax: a
    /// placeholder becomes the tool's field or a visible `[name]`.
    pub name: String,
    pub description: String,
    /// Shown in previews in place of the placeholder.
    pub sample: String,
    /// What a helpdesk fills it with, when it has such a field: how the placeholder is
    /// translated into each tool's own (`{{ticket.requester.first_name}}` in Zendesk, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<StandardField>,
}

impl Placeholder {
    pub const NAME: Field<Self, String> = field!(name);
    pub const DESCRIPTION: Field<Self, String> = field!(description);
    pub const SAMPLE: Field<Self, String> = field!(sample);
    pub const STANDS_FOR: Field<Self, Option<StandardField>> = field!(stands_for);
}

/// Values every helpdesk knows about a conversation, which a placeholder may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StandardField {
    /// The first name of the person the reply is for.
    CustomerFirstName,
    /// The full name (or, on forums, the user name) of the person the reply is for.
    CustomerName,
    /// The name of the team member who sends the reply.
    AgentName,
    /// The number of the ticket or conversation.
    TicketNumber,
}

impl StandardField {
    pub const ALL: [StandardField; 4] = [
        StandardField::CustomerFirstName,
        StandardField::CustomerName,
        StandardField::AgentName,
        StandardField::TicketNumber,
    ];

    /// What a placeholder may stand for: nothing, or one of the fields.
    pub const CHOICES: [Option<StandardField>; 5] = [
        None,
        Some(StandardField::CustomerFirstName),
        Some(StandardField::CustomerName),
        Some(StandardField::AgentName),
        Some(StandardField::TicketNumber),
    ];
}

/// A reply template for one situation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ReplyTemplate {
    pub id: String,
    pub title: String,
    pub situation: Situation,
    /// Channels where the template is used; empty means every channel.
    pub channel_ids: Vec<String>,
    pub visibility: Visibility,
    pub body: LocalizedText,
    /// The private message that follows a public reply (complaints come as such a pair).
    pub follow_up: LocalizedText,
    /// Shorter or adapted texts for channels whose limits or codes need them.
    pub variants: Vec<ChannelVariant>,
}

impl ReplyTemplate {
    pub const TITLE: Field<Self, String> = field!(title);
    pub const SITUATION: Field<Self, Situation> = field!(situation);
    pub const VISIBILITY: Field<Self, Visibility> = field!(visibility);
    pub const CHANNEL_IDS: Field<Self, Vec<String>> = field!(channel_ids);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
    pub const FOLLOW_UP: Field<Self, LocalizedText> = field!(follow_up);
    pub const VARIANTS: Field<Self, Vec<ChannelVariant>> = field!(variants);
}

/// Whether a reply is written in public or in a private conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[default]
    Public,
    Private,
}

impl Visibility {
    pub const ALL: [Visibility; 2] = [Visibility::Public, Visibility::Private];
}

/// A template's text adapted to one channel, used there instead of the template's body.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ChannelVariant {
    pub channel_id: String,
    pub body: LocalizedText,
}

impl ChannelVariant {
    pub const CHANNEL_ID: Field<Self, String> = field!(channel_id);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
}

walk!(Placeholder {
    id,
    name,
    description,
    sample,
    stands_for
});

walk!(ReplyTemplate {
    id,
    title,
    situation,
    channel_ids,
    visibility,
    body,
    follow_up,
    variants
});

walk!(ChannelVariant { channel_id, body });

leaves!(StandardField, Visibility);
