//! Personas: the people the brand talks to.

use serde::{Deserialize, Serialize};

use super::*;
use crate::field;
use crate::field::Field;
use crate::tidy::walk;

/// A persona: one kind of person the brand talks to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Persona {
    /// Stable id, unique among personas; channels refer to personas by it.
    pub id: String,
    pub name: String,
    pub age: AgeRange,
    pub interests: Lines,
    pub digital_behaviours: Lines,
    /// What they expect from the brand, and what annoys them.
    pub expectations: Lines,
    /// Platforms where this persona spends time.
    pub channels: Vec<Platform>,
}

impl Persona {
    pub const NAME: Field<Self, String> = field!(name);
    pub const AGE_MIN: Field<Self, Option<u8>> = field!(age.min);
    pub const AGE_MAX: Field<Self, Option<u8>> = field!(age.max);
    pub const INTERESTS: Field<Self, Lines> = field!(interests);
    pub const DIGITAL_BEHAVIOURS: Field<Self, Lines> = field!(digital_behaviours);
    pub const EXPECTATIONS: Field<Self, Lines> = field!(expectations);
    pub const CHANNELS: Field<Self, Vec<Platform>> = field!(channels);
}

/// An age range; either end may be left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct AgeRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

walk!(Persona {
    id,
    name,
    age,
    interests,
    digital_behaviours,
    expectations,
    channels
});

walk!(AgeRange { min, max });
