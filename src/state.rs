//! The app's shared state, provided once as context: the draft (in a [`Store`]), the UI
//! language, the current step, a one-line notice, the validation problems of the draft, the
//! sync's own state ([`SyncState`]) and where the person is in each list. Every change to the draft goes through a method of `charter::Draft`, run by
//! [`Store::apply`]; views bind their controls with [`crate::bind`].

use charter::document::Charter;
use charter::document::ListKind;
use charter::document::Section;
use charter::paging::{Entry, Paging};
use charter::validate::{Checked, Revealed, Severity, Status};
use charter::{Draft, Lang};
use leptos::prelude::*;

use crate::notice::Notice;
use crate::storage::{self, Stamp};
use crate::store::Store;
use crate::sync::SyncState;

/// The wizard's steps: Start, one step per section of the charter, then Review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Start,
    Edit(Section),
    Review,
}

impl Step {
    pub const ALL: [Step; Section::ALL.len() + 2] = {
        let mut all = [Step::Start; Section::ALL.len() + 2];
        let mut i = 0;
        while i < Section::ALL.len() {
            all[i + 1] = Step::Edit(Section::ALL[i]);
            i += 1;
        }
        all[Section::ALL.len() + 1] = Step::Review;
        all
    };

    /// 1-based position, as "Step 4 of 10" says it.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|&s| s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<Step> {
        Step::ALL.get(self.number().checked_sub(2)?).copied()
    }

    /// The URL fragment of the step (`#/channels`), so that reload and Back keep the place.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Edit(section) => section.slug(),
            Step::Review => "review",
        }
    }

    pub fn from_hash(hash: &str) -> Option<Step> {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The charter section the step edits, if it edits one.
    pub fn section(self) -> Option<Section> {
        match self {
            Step::Edit(section) => Some(section),
            Step::Start | Step::Review => None,
        }
    }
}

/// The draft's problems, kept per unit of the charter by the core's [`Checked`] (brought up to
/// date edit by edit in the checks' chunk, `chunks::keep_checking`), which of them the person
/// has been shown ([`Revealed`]: a field's once they left it, a step's once they left the step,
/// everything on Review or in a charter that opened with content), and what watches them.
#[derive(Clone, Copy)]
pub struct Problems {
    checked: StoredValue<Checked>,
    changed: Trigger,
    revealed: RwSignal<Revealed>,
    /// Whether the draft has been checked at least once (the checks' code is fetched later).
    pub ready: RwSignal<bool>,
}

impl Problems {
    fn new() -> Problems {
        Problems {
            checked: StoredValue::new(Checked::default()),
            changed: Trigger::new(),
            revealed: RwSignal::new(Revealed::default()),
            ready: RwSignal::new(false),
        }
    }

    /// Reads the problems, and reruns the reader when they change.
    pub fn with<R>(&self, read: impl FnOnce(&Checked) -> R) -> R {
        self.changed.track();
        self.checked.with_value(read)
    }

    /// Changes the problems, then tells their readers.
    pub fn update(&self, change: impl FnOnce(&mut Checked)) {
        self.checked.update_value(change);
        self.changed.notify();
        if !self.ready.get_untracked() {
            self.ready.set(true);
        }
    }

    /// Whether the problem at `path` is shown to the person yet (tracked).
    pub fn shows(&self, path: &str) -> bool {
        self.revealed.with(|r| r.shows(path))
    }

    /// The task list's status of `section` (tracked).
    pub fn status(&self, section: Section) -> Status {
        let (errors, touched) =
            self.with(|c| (c.count(section, Severity::Error), c.touched(section)));
        self.revealed.with(|r| r.status(section, errors, touched))
    }

    /// The person left the field at `path`.
    pub fn leave_field(&self, path: &str) {
        if self.revealed.try_with_untracked(|r| r.shows(path)) == Some(false) {
            self.revealed.try_update(|r| r.leave_field(path));
        }
    }

    /// A charter was opened (stored, imported, an example, a blank one): a blank one shows
    /// nothing yet, any other every problem (see `Revealed::opened`).
    pub fn opened(&self, charter: &Charter) {
        self.revealed.set(Revealed::opened(charter));
    }

    /// The person went from step `from` to step `to`: the step left shows its problems, Review
    /// shows everything.
    fn step_changed(&self, from: Step, to: Step) {
        self.revealed.update(|r| {
            if let Some(section) = from.section() {
                r.continue_from(section);
            }
            if to == Step::Review {
                r.review();
            }
        });
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The draft, and what watches it.
    pub store: Store,
    pub ui_lang: RwSignal<Lang>,
    pub step: RwSignal<Step>,
    pub notice: RwSignal<Option<Notice>>,
    /// The draft's problems, kept true to it by `routes::keep_checking`.
    pub problems: Problems,
    /// Where focus goes once the next step has rendered (DOM ids to try, in order, before the
    /// step's heading). `None` when no step change is pending: nothing is focused on load.
    pub focus_after_step: StoredValue<Option<Vec<String>>>,
    /// The draft between this tab, storage, other tabs and the history: the save status,
    /// the last save's time, a conflict, how the browser keeps the storage (see `sync.rs`).
    pub sync: SyncState,
    /// The text of the draft stored when the page opened, until it is read into the store
    /// (`routes::open_stored`): the steps wait for it.
    pub unread: RwSignal<Option<String>>,
    /// The step whose code is there and whose view is shown (`routes::step` sets it). What
    /// only serves the step (its preview, the checks) waits for it, so that on a slow network
    /// the step's own chunk is fetched first, not beside three others.
    pub shown: RwSignal<Option<Step>>,
    /// Whether the History view is open (`#/history`) instead of the step.
    pub history_open: RwSignal<bool>,
    /// The share link being viewed (`#/shared/…`, see `pages/shared.rs`) instead of the step.
    pub shared: RwSignal<Option<String>>,
    /// Whether a newer build of the app waits to take over (see `offline.rs`).
    pub update_ready: RwSignal<bool>,
    /// Which page of each list is shown, and its filter (see `charter::paging`).
    pub paging: [RwSignal<Paging>; ListKind::ALL.len()],
}

impl AppState {
    /// State restored from the browser: the remembered or negotiated language, the step named
    /// in the URL, and the stored draft's text (if any), which `routes::open_stored` reads
    /// (until then the draft is blank and `unread` holds it).
    pub fn from_browser() -> AppState {
        let ui_lang = storage::load_ui_lang().unwrap_or_else(browser_lang);
        let stored = storage::draft_text();
        let stamp = stored.as_ref().and_then(|_| storage::stamp());
        let hash = window().location().hash().ok().unwrap_or_default();
        let step = Step::from_hash(&hash).unwrap_or(Step::Start);
        let app = AppState::new(Draft::new(Charter::new(ui_lang)), ui_lang, step, stamp);
        app.unread.set(stored);
        app.history_open.set(hash == "#/history");
        if charter::share::is_share(&hash) {
            app.shared.set(Some(hash));
        }
        app
    }

    pub fn new(draft: Draft, ui_lang: Lang, step: Step, stamp: Option<Stamp>) -> AppState {
        let store = Store::new(draft);
        let notice = RwSignal::new(None);
        let problems = Problems::new();
        store.read(|d| problems.opened(d.charter()));
        problems.step_changed(Step::Start, step);
        AppState {
            store,
            ui_lang: RwSignal::new(ui_lang),
            step: RwSignal::new(step),
            notice,
            problems,
            focus_after_step: StoredValue::new(None),
            sync: SyncState::new(store, notice, stamp),
            unread: RwSignal::new(None),
            shown: RwSignal::new(None),
            history_open: RwSignal::new(false),
            shared: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            paging: std::array::from_fn(|_| RwSignal::new(Paging::default())),
        }
    }

    /// The state of safe mode: no draft read, nothing saved.
    pub fn safe() -> AppState {
        let ui_lang = storage::load_ui_lang().unwrap_or_else(browser_lang);
        AppState::new(Draft::default(), ui_lang, Step::Start, None)
    }

    /// Whether this is a first visit's untouched draft: nothing was stored when the page opened
    /// and nothing changed since. Tracked: it turns false at the first edit. Start then has
    /// nothing to preview nor to check, and their code is not fetched.
    pub fn is_blank(&self) -> bool {
        self.store.read_all(|_| ());
        self.store.generation() == 0 && self.unread.with(Option::is_none)
    }

    pub fn set_ui_lang(&self, lang: Lang) {
        self.ui_lang.set(lang);
        storage::save_ui_lang(lang);
    }

    /// Where the person is in one list.
    pub fn paging(&self, kind: ListKind) -> RwSignal<Paging> {
        self.paging[kind.index()]
    }

    /// Shows the page of whichever list holds the item `id` (a new, copied, moved or restored
    /// item, or one a problem points to), so that it can take focus.
    pub fn reveal(&self, id: &str) {
        for kind in ListKind::ALL {
            let paging = self.paging(kind);
            let mut revealed = paging.get_untracked();
            if self
                .store
                .read(|d| revealed.reveal(&Entry::all(kind, d.charter()), id))
            {
                if revealed != paging.get_untracked() {
                    paging.set(revealed);
                }
                return;
            }
        }
    }

    /// Opens a step and, once it is shown, focuses the first of `ids` that exists, after
    /// showing the page of `item` if the ids are in a list's item.
    pub fn go_and_focus(&self, step: Step, ids: Vec<String>, item: Option<&str>) {
        if let Some(item) = item {
            self.reveal(item);
        }
        if self.step.get_untracked() == step {
            crate::focus::focus_first(ids);
        } else {
            self.focus_after_step.set_value(Some(ids));
            self.go(step);
        }
    }

    /// Shows a step; once rendered, its heading takes focus (see `StepFrame`) so that keyboard
    /// and screen-reader users start at the top of it.
    pub fn show(&self, step: Step) {
        // setting a signal notifies even when the value is the same, and the step view
        // follows this one: only a real change may rebuild the step (and drop the focus)
        if self.history_open.get_untracked() {
            self.history_open.set(false);
        }
        if self.shared.with_untracked(Option::is_some) {
            self.shared.set(None);
        }
        let from = self.step.get_untracked();
        if from != step {
            self.focus_after_step.update_value(|pending| {
                pending.get_or_insert_with(Vec::new);
            });
            self.problems.step_changed(from, step);
            self.step.set(step);
        }
    }

    /// Opens a step and records it in the URL (which also makes the browser's Back work).
    pub fn go(&self, step: Step) {
        self.show(step);
        let hash = format!("#/{}", step.slug());
        if window().location().hash().ok().as_deref() != Some(hash.as_str()) {
            let _ = window().location().set_hash(&hash);
        }
    }
}

/// The browser's preferred languages, best first, negotiated against ours.
fn browser_lang() -> Lang {
    let navigator = window().navigator();
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .chain(navigator.language())
        .collect();
    Lang::negotiate(listed.iter().map(String::as_str))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
