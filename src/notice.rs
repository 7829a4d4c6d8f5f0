//! The one-line notice shown near the top of the page: what a person should know once (a
//! draft that could not be read, what an import repaired, another tab's version, the history
//! running full, a restore). Below the state and the sync, which both set it.

/// A message shown once near the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A stored draft could not be read: why, and its text (to download).
    Unreadable { why: String, raw: String },
    /// A charter was read; what the user should know about it (unknown fields, upgrade,
    /// repairs).
    Imported(Vec<String>),
    /// Another tab saved, and this one shows its version.
    FromOtherTab,
    /// The history was full: this many of its oldest revisions were removed.
    HistoryPruned(usize),
    /// The history could not keep a revision: the disk is full.
    HistoryFull,
    /// A revision of the history was restored (its time); the draft it replaced is in the
    /// history.
    Restored(String),
}
