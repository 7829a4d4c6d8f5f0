//! Situations and response times: how fast the team answers, per channel and situation.

use serde::{Deserialize, Serialize};

use crate::field;
use crate::field::Field;
use crate::tidy::{leaves, walk};

/// The situations a community team answers; templates and response times are per situation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    #[default]
    Complaint,
    Question,
    PositiveReview,
    NegativeReview,
    Troll,
    Crisis,
    Custom,
}

impl Situation {
    pub const ALL: [Situation; 7] = [
        Situation::Complaint,
        Situation::Question,
        Situation::PositiveReview,
        Situation::NegativeReview,
        Situation::Troll,
        Situation::Crisis,
        Situation::Custom,
    ];

    /// The situations that have a column in the response-time grid: all but `custom`, which
    /// has no target of its own and comes last in [`Situation::ALL`].
    pub const GRID: [Situation; 6] = {
        let mut grid = [Situation::Complaint; 6];
        let mut i = 0;
        while i < grid.len() {
            grid[i] = Situation::ALL[i];
            i += 1;
        }
        grid
    };

    /// The situation's stable code, as the JSON writes it (`negative_review`).
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// How fast the team answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ResponseTimes {
    /// Applies wherever no specific target is set.
    pub default_target: Delay,
    pub targets: Vec<ResponseTarget>,
    pub note: String,
}

impl Default for ResponseTimes {
    fn default() -> Self {
        ResponseTimes {
            default_target: Delay::hours(24),
            targets: Vec::new(),
            note: String::new(),
        }
    }
}

/// The target first-reply delay for one channel in one situation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ResponseTarget {
    pub channel_id: String,
    pub situation: Situation,
    pub target: Delay,
}

impl ResponseTarget {
    pub const CHANNEL_ID: Field<Self, String> = field!(channel_id);
    pub const TARGET: Field<Self, Delay> = field!(target);
}

/// A duration expressed the way people say it: 30 minutes, 4 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Delay {
    pub value: u32,
    pub unit: DelayUnit,
}

impl Default for Delay {
    fn default() -> Self {
        Delay::hours(24)
    }
}

impl Delay {
    pub fn hours(value: u32) -> Delay {
        Delay {
            value,
            unit: DelayUnit::Hours,
        }
    }

    pub fn minutes(value: u32) -> Delay {
        Delay {
            value,
            unit: DelayUnit::Minutes,
        }
    }

    pub fn as_minutes(self) -> u64 {
        match self.unit {
            DelayUnit::Minutes => u64::from(self.value),
            DelayUnit::Hours => u64::from(self.value) * 60,
        }
    }
}

/// The unit a delay is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum DelayUnit {
    Minutes,
    #[default]
    Hours,
}

walk!(ResponseTimes {
    default_target,
    targets,
    note
});

walk!(ResponseTarget {
    channel_id,
    situation,
    target
});

walk!(Delay { value, unit });

leaves!(Situation, DelayUnit);
