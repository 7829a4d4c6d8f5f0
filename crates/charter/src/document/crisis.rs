//! The crisis plan: triggers, spokesperson, escalation chain, first hour, holding statements.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::Field;
use crate::tidy::walk;

/// What happens when things go wrong in public.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CrisisPlan {
    pub triggers: Vec<CrisisTrigger>,
    pub spokesperson: Contact,
    pub escalation: Vec<EscalationStep>,
    pub first_hour: Lines,
    pub holding_statements: Vec<HoldingStatement>,
}

/// A sign that a situation has become a crisis.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CrisisTrigger {
    pub description: String,
    /// When it becomes a crisis, such as "more than 20 negative reviews in an hour".
    pub threshold: String,
}

impl CrisisTrigger {
    pub const DESCRIPTION: Field<Self, String> = field!(description);
    pub const THRESHOLD: Field<Self, String> = field!(threshold);
}

/// A person the team can reach, and how.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub contact: String,
}

/// One rung of the escalation chain: who is called, how, and when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct EscalationStep {
    pub id: String,
    pub role: String,
    pub contact: String,
    /// When to call on this person.
    pub when: String,
}

impl EscalationStep {
    pub const ROLE: Field<Self, String> = field!(role);
    pub const CONTACT: Field<Self, String> = field!(contact);
    pub const WHEN: Field<Self, String> = field!(when);
}

/// A message ready to publish while the team works out the answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct HoldingStatement {
    pub id: String,
    pub title: String,
    pub body: LocalizedText,
}

impl HoldingStatement {
    pub const TITLE: Field<Self, String> = field!(title);
    pub const BODY: Field<Self, LocalizedText> = field!(body);
}

walk!(CrisisPlan {
    triggers,
    spokesperson,
    escalation,
    first_hour,
    holding_statements
});

walk!(CrisisTrigger {
    description,
    threshold
});

walk!(Contact {
    name,
    role,
    contact
});

walk!(EscalationStep {
    id,
    role,
    contact,
    when
});

walk!(HoldingStatement { id, title, body });
