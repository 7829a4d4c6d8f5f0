//! Porte-voix, the browser app: the wizard around the charter. State lives in
//! [`state::AppState`]; the charter and every operation on it live in the pure `charter`
//! crate, re-exported here as [`model`].

pub mod autosave;
pub mod bind;
pub mod clock;
pub mod components;
pub mod export;
pub mod focus;
pub mod history;
pub mod i18n;
pub mod pages;
pub mod recovery;
pub mod state;
pub mod steps;
pub mod storage;
pub mod store;
pub mod sync;
pub mod transfer;

pub use charter as model;

use charter::draft::ListKind;
use charter::locate::Section;
use charter::markdown;
use leptos::prelude::*;

use crate::components::{
    CharterPreview, ConflictBanner, Header, ListPreview, Preview, StepNav, TemplatesPreview,
    UndoToast,
};
use crate::i18n::use_messages;
use crate::pages::{HistoryPage, SafeMode, SharedPage};
use crate::state::{use_app, AppState, Notice, Step};
use crate::steps::*;

/// The view of one step.
fn step_view(step: Step) -> AnyView {
    match step {
        Step::Start => view! { <StartStep /> }.into_any(),
        Step::Edit(Section::BrandVoice) => view! { <BrandVoiceStep /> }.into_any(),
        Step::Edit(Section::Personas) => view! { <PersonasStep /> }.into_any(),
        Step::Edit(Section::Channels) => view! { <ChannelsStep /> }.into_any(),
        Step::Edit(Section::ResponseTimes) => view! { <ResponseTimesStep /> }.into_any(),
        Step::Edit(Section::Moderation) => view! { <ModerationStep /> }.into_any(),
        Step::Edit(Section::Crisis) => view! { <CrisisStep /> }.into_any(),
        Step::Edit(Section::Engagement) => view! { <EngagementStep /> }.into_any(),
        Step::Edit(Section::Templates) => view! { <TemplatesStep /> }.into_any(),
        Step::Review => view! { <ReviewStep /> }.into_any(),
    }
}

/// The whole app, with state restored from the browser; or, at `#/safe`, safe mode, which
/// does not read the saved draft at all.
#[component]
pub fn App() -> impl IntoView {
    if window().location().hash().ok().as_deref() == Some("#/safe") {
        provide_context(AppState::safe());
        return view! { <SafeMode /> }.into_any();
    }
    let app = AppState::from_browser();
    provide_context(app);
    autosave::start(app);
    view! { <Shell /> }.into_any()
}

/// The page: header, step list, the current step, and the live preview. Separate from
/// [`App`] so that tests can mount it with a state of their own.
#[component]
pub fn Shell() -> impl IntoView {
    let app = use_app();
    let t = use_messages();

    // The URL fragment names the step: follow it (links, Back, Forward).
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = window().location().hash().ok().unwrap_or_default();
        if hash == "#/history" {
            app.history_open.set(true);
        } else if charter::share::is_share(&hash) {
            app.shared.set(Some(hash));
        } else if let Some(step) = Step::from_hash(&hash) {
            app.show(step);
        }
    });
    on_cleanup(move || hash.remove());

    // Keep <html lang> and the title in step with the UI language and the step.
    Effect::new(move |_| {
        let m = t.get();
        let step = app.step.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", app.ui_lang.get().code());
        }
        let heading = (m.step_heading)(step.number(), Step::ALL.len(), m.step_title(step));
        document().set_title(&format!("{heading} — {}", m.app_name));
    });
    // A new step starts at the top of the page (its frame moves focus, see StepFrame).
    Effect::new(move |previous: Option<Step>| {
        let step = app.step.get();
        if previous.is_some_and(|p| p != step) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        step
    });

    // The preview of the section the step edits. The lists' steps, Start and Review have
    // previews of their own, rendered block by block (see components/preview.rs), and never
    // read this memo, which therefore never runs for them (memos are lazy).
    let markdown = Memo::new(move |_| match app.step.get().section() {
        Some(section) => app
            .store
            .read_all(|d| markdown::render_section(d.charter(), section)),
        None => String::new(),
    });
    let undo_message = Signal::derive(move || {
        app.store.read_all(|d| {
            d.undo.as_ref().map(|removal| {
                let name = removal.name().trim();
                let m = t.get();
                let name = if name.is_empty() {
                    m.untitled(removal.kind())
                } else {
                    name
                };
                (m.removed)(name)
            })
        })
    });
    let notice = move || {
        let m = t.get();
        app.notice.get().map(|notice| match notice {
            Notice::Unreadable { why, .. } => vec![(m.stored_draft_unreadable)(&why)],
            Notice::Imported(lines) => lines,
            Notice::FromOtherTab => vec![m.from_other_tab.to_owned()],
            Notice::HistoryPruned(n) => vec![(m.history_pruned)(n)],
            Notice::HistoryFull => vec![m.history_full.to_owned()],
            Notice::Restored(at) => vec![(m.restored)(&at)],
        })
    };
    // the text of an unreadable stored draft, which the notice offers to download
    let unreadable = move || {
        app.notice.with(|n| match n {
            Some(Notice::Unreadable { raw, .. }) => Some(raw.clone()),
            _ => None,
        })
    };

    view! {
        <Header />
        <div class="layout">
            <StepNav />
            <main id="main" class="editor">
                {move || {
                    notice()
                        .map(|lines| {
                            view! {
                                <div class="notice" role="status" id="notice">
                                    {lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                                    {unreadable().map(|raw| view! {
                                        <button type="button" class="button" id="download-unreadable" on:click=move |_| {
                                            transfer::offer("porte-voix-unreadable-draft.txt", "text/plain", &raw);
                                        }>
                                            {move || t.get().download_unreadable}
                                        </button>
                                    })}
                                    <button type="button" class="button quiet" on:click=move |_| app.notice.set(None)>
                                        {move || t.get().dismiss}
                                    </button>
                                </div>
                            }
                        })
                }}
                <ConflictBanner />
                // Only the step is tracked here: whatever a step reads while it is built must not
                // rebuild the whole step (that would drop focus and redo all its work).
                {move || {
                    if let Some(fragment) = app.shared.get() {
                        return view! { <SharedPage fragment /> }.into_any();
                    }
                    if app.history_open.get() {
                        return view! { <HistoryPage /> }.into_any();
                    }
                    let step = app.step.get();
                    untrack(move || step_view(step))
                }}
                <UndoToast
                    message=undo_message
                    undo_label=Signal::derive(move || t.get().undo)
                    dismiss_label=Signal::derive(move || t.get().dismiss)
                    on_undo=Callback::new(move |_| {
                        if let Some(id) = app.store.apply(|d| d.undo_removal()) {
                            app.reveal(&id);
                            focus::focus_soon(charter::locate::field_id(&id, "heading"));
                        }
                    })
                    on_dismiss=Callback::new(move |_| app.store.apply(|d| d.dismiss_undo()))
                />
            </main>
            <aside class="side" aria-labelledby="preview-title" hidden=move || app.shared.with(Option::is_some)>
                {move || {
                    let title = Signal::derive(move || t.get().preview);
                    let step = app.step.get();
                    // as for the step itself, only the step is tracked here
                    untrack(move || match step {
                        Step::Edit(Section::Templates) => view! { <TemplatesPreview title /> }.into_any(),
                        Step::Edit(Section::Personas) => view! { <ListPreview title kind=ListKind::Personas /> }.into_any(),
                        Step::Edit(Section::Channels) => view! { <ListPreview title kind=ListKind::Channels /> }.into_any(),
                        Step::Start | Step::Review => view! { <CharterPreview title /> }.into_any(),
                        _ => view! { <Preview title markdown /> }.into_any(),
                    })
                }}
            </aside>
        </div>
    }
}
