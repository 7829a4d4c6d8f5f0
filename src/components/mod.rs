//! Small reusable widgets. Each takes its text from the caller (already translated) and
//! reports changes through a callback; none knows about the charter.

mod field;
mod header;
mod preview;
mod undo_toast;

pub use field::{field_id, LinesField, TextField};
pub use header::Header;
pub use preview::Preview;
pub use undo_toast::UndoToast;
