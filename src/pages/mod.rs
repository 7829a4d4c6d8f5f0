//! Views outside the wizard's steps: the history of the draft, and safe mode.

mod history;
mod safe_mode;

pub use history::HistoryPage;
pub use safe_mode::SafeMode;
