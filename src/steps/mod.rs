//! The wizard's steps, one file each.

pub mod personas;
