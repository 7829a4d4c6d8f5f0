//! Reusable widgets. Each takes its text from the caller (already translated) or from the
//! catalogue, and reports changes through callbacks; the list editor is generic over the
//! charter's list items.

mod changes;
mod combine;
mod conflict;
mod field;
mod header;
mod item_list;
mod preview;
mod reply_findings;
mod rows;
mod step_frame;
mod step_nav;
mod suggestions;
mod tool_panel;
mod undo_toast;
mod workshop;

pub use changes::ChangesView;
pub use combine::CombinePanel;
pub use conflict::ConflictBanner;
pub use field::{CheckGroup, Options, ParsedField, SelectField, TextArea, TextField};
pub use header::Header;
pub use item_list::{
    fold_button, fold_of, item_list, list_full, list_window, pager, Fold, ListText,
};
pub use preview::{CharterPreview, ListPreview, SectionPreview, TemplatesPreview};
pub use reply_findings::ReplyFindings;
pub use rows::rows;
pub use step_frame::StepFrame;
pub use step_nav::StepNav;
pub use tool_panel::ToolPanel;
pub use undo_toast::UndoToast;
pub use workshop::{SharePanel, WorkshopPanel};
