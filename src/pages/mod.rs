//! Views outside the wizard's steps: the history of the draft, safe mode, and a charter
//! shared by link.

mod history;
mod safe_mode;
mod shared;

pub use history::HistoryPage;
pub use safe_mode::SafeMode;
pub use shared::SharedPage;
