//! The router: the one file that names the steps, the pages shown instead of a step, and the
//! previews beside them. The shell (`shell.rs`) asks it for what to show and depends on no
//! step itself; this is the seam where the app's code splits (scripts/layers.mjs keeps the
//! shell off the steps).
//!
//! Each step, page and preview is a **split point** (`on_demand!`): in the builds users run
//! (feature `split`, scripts/build.mjs) its code and data live in a chunk of their own, fetched
//! the first time it shows, and the next step's chunk is fetched while the browser is idle.
//! Until a chunk is there, the step's heading and a short loading line hold its place; a chunk
//! that cannot be fetched (the network is gone) says so and offers to try again. The
//! component tests build without the feature: the same functions, in one module.

use std::future::Future;
use std::pin::Pin;

use charter::document::{ListKind, Section};
use leptos::prelude::*;

use crate::chunks::read_stored;
use crate::components::{
    CharterPreview, ConflictBanner, ListPreview, SectionPreview, TemplatesPreview,
};
use crate::i18n::use_messages;
use crate::pages::{HistoryPage, SafeMode, SharedPage};
use crate::split::{on_demand, Unloaded};
use crate::state::{AppState, Step};
use crate::steps::*;
use crate::sync;

// the seven editing steps share their machinery (fields, lists, cards): one chunk, one split
// point
on_demand!(step_edit, preload preload_edit: fn edit_step(section: Section) -> AnyView {
    match section {
        Section::BrandVoice => view! { <BrandVoiceStep /> }.into_any(),
        Section::Personas => view! { <PersonasStep /> }.into_any(),
        Section::Channels => view! { <ChannelsStep /> }.into_any(),
        Section::ResponseTimes => view! { <ResponseTimesStep /> }.into_any(),
        Section::Moderation => view! { <ModerationStep /> }.into_any(),
        Section::Crisis => view! { <CrisisStep /> }.into_any(),
        Section::Engagement => view! { <EngagementStep /> }.into_any(),
        // the reply templates have a chunk of their own (`templates_step`): the router never
        // asks this one for them
        Section::Templates => ().into_any(),
    }
});
on_demand!(step_templates, preload preload_templates: fn templates_step() -> AnyView {
    view! { <TemplatesStep /> }.into_any()
});
on_demand!(step_review, preload preload_review: fn review_step() -> AnyView {
    view! { <ReviewStep /> }.into_any()
});

on_demand!(previews: fn preview_of(step: Step, title: Signal<&'static str>) -> AnyView {
    match step {
        Step::Edit(Section::Templates) => view! { <TemplatesPreview title /> }.into_any(),
        Step::Edit(Section::Personas) => {
            view! { <ListPreview title kind=ListKind::Personas /> }.into_any()
        }
        Step::Edit(Section::Channels) => {
            view! { <ListPreview title kind=ListKind::Channels /> }.into_any()
        }
        Step::Edit(section) => view! { <SectionPreview title section /> }.into_any(),
        Step::Start | Step::Review => view! { <CharterPreview title /> }.into_any(),
    }
});

/// The place of `step` while the draft stored when the page opened is read (its heading and a
/// loading line, as for a step), then the step. The charter's deserializer comes with this
/// chunk: a first visit, with nothing stored, does not load it before its first step is usable.
pub fn open_stored(app: AppState, step: Step) -> AnyView {
    let load = move || -> Loading {
        Box::pin(async move {
            let Some(raw) = app.unread.get_untracked() else {
                return Ok(().into_any());
            };
            let draft = read_stored(raw).await?;
            sync::opened(app.sync, draft, app.ui_lang.get_untracked());
            app.unread.set(None);
            Ok(().into_any())
        })
    };
    on_demand(load, move |loading| waiting(step, loading))
}

on_demand!(conflict: fn conflict() -> AnyView {
    view! { <ConflictBanner /> }.into_any()
});

/// The banner of a conflict between two tabs.
pub fn conflict_banner() -> AnyView {
    on_demand(|| Box::pin(conflict()), |_| ().into_any())
}

on_demand!(page_history: fn history() -> AnyView {
    view! { <HistoryPage /> }.into_any()
});
on_demand!(page_shared: fn shared(fragment: String) -> AnyView {
    view! { <SharedPage fragment /> }.into_any()
});
on_demand!(page_safe_mode: fn safe() -> AnyView {
    view! { <SafeMode /> }.into_any()
});

type Loading = Pin<Box<dyn Future<Output = Result<AnyView, Unloaded>>>>;

thread_local! {
    /// The steps whose code is here (shown or preloaded once).
    static LOADED: std::cell::RefCell<Vec<Step>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn loaded(step: Step) -> bool {
    LOADED.with(|l| l.borrow().contains(&step))
}

fn mark_loaded(step: Step) {
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        if !l.contains(&step) {
            l.push(step);
        }
    });
}

/// The view of `step`'s chunk. Then, once the page has settled and the browser is idle, the
/// next step's chunk is fetched, so that Continue seldom waits.
fn load_step(app: AppState, step: Step) -> Loading {
    Box::pin(async move {
        // A step whose code must be fetched shows its heading first, painted, and only then
        // starts the fetches (thirty-odd requests in one task: on a slow phone, 40 ms of the
        // click's answer). A step already here shows at once, without a loading frame.
        // (only where there is code to fetch: the component tests' build has no split)
        if cfg!(feature = "split") && !loaded(step) {
            crate::split::next_task().await;
        }
        // an editing step shows once the serializer is there too, so that whatever is typed
        // in it can be saved at once (see `sync::compact_of`)
        if step.section().is_some() {
            leptos::task::spawn_local(async {
                let _ = sync::preload_save().await;
            });
        }
        let view = match step {
            // drawn at once by `step`, without this future
            Step::Start => Ok(untrack(|| view! { <StartStep /> }.into_any())),
            Step::Edit(Section::Templates) => templates_step().await,
            Step::Edit(section) => edit_step(section).await,
            Step::Review => review_step().await,
        };
        if step.section().is_some() {
            sync::preload_save().await?;
        }
        if view.is_ok() {
            shown(app, step);
        }
        view
    })
}

/// `step` is on screen: its preview and checks may load now (`AppState::shown`), and the next
/// step's chunk once the page has settled, so that Continue seldom waits.
fn shown(app: AppState, step: Step) {
    mark_loaded(step);
    app.shown.set(Some(step));
    if let Some(next) = step.next() {
        crate::split::when_settled(move || preload_step(next));
    }
}

/// Fetches the chunk of `step` without showing it.
fn preload_step(step: Step) {
    leptos::task::spawn_local(async move {
        if step.section().is_some() {
            let _ = sync::preload_save().await;
        }
        // a failure here is not the person's concern: the step says so if it is opened
        let preloaded = match step {
            Step::Start => Ok(()),
            Step::Edit(Section::Templates) => preload_templates().await,
            Step::Edit(_) => preload_edit().await,
            Step::Review => preload_review().await,
        };
        if preloaded.is_ok() {
            mark_loaded(step);
        }
    });
}

/// The place of a step while its code (or the draft) loads, or when it could not: its heading
/// and introduction, as the step will show them (no jump when it comes), and a line saying it
/// is loading.
fn waiting(step: Step, loading: bool) -> AnyView {
    let m = use_messages().get_untracked();
    view! {
        <section class="step loading" aria-busy=loading.to_string()>
            <h1 class="loading-heading">
                {(m.step_heading)(step.number(), Step::ALL.len(), m.step_title(step))}
            </h1>
            <p class="intro">{m.step_intro(step)}</p>
            {loading.then(|| view! { <p class="loading-line" role="status">{m.loading_step}</p> })}
        </section>
    }
    .into_any()
}

/// The view of one step: its chunk's, with its heading in place meanwhile (and above what
/// says it could not be loaded).
pub fn step(step: Step) -> AnyView {
    let app = crate::state::use_app();
    if step == Step::Start {
        // Start comes with the shell, and is drawn in the same pass as the page rather than a
        // task later: on a slow phone that task held up the first click after the heading
        // (issue 18's "interactive").
        leptos::leptos_dom::helpers::queue_microtask(move || shown(app, step));
        return untrack(|| view! { <StartStep /> }.into_any());
    }
    on_demand(
        move || load_step(app, step),
        move |loading| waiting(step, loading),
    )
}

/// The preview beside a step: block by block for the lists' steps, the whole charter on Start
/// and Review, the section alone elsewhere.
pub fn preview(step: Step, title: Signal<&'static str>) -> AnyView {
    let waiting = move |loading: bool| {
        view! {
            <details class="preview" open>
                <summary id="preview-title">{title}</summary>
                {loading.then(|| view! {
                    <p class="loading-line">{move || use_messages().get().loading_preview}</p>
                })}
            </details>
        }
        .into_any()
    };
    let app = crate::state::use_app();
    // the step's own chunk first: the preview's is fetched once the step is shown
    let step_shown = Memo::new(move |_| app.shown.get() == Some(step));
    let place = move || {
        if step_shown.get() {
            on_demand(move || Box::pin(preview_of(step, title)), waiting)
        } else {
            waiting(true)
        }
    };
    view! { {place} }.into_any()
}

/// The history of the draft (`#/history`).
pub fn history_page() -> AnyView {
    on_demand(|| Box::pin(history()), loading_page)
}

/// A charter from a share link (`#/shared/1.…`), read-only.
pub fn shared_page(fragment: String) -> AnyView {
    on_demand(move || Box::pin(shared(fragment.clone())), loading_page)
}

/// Safe mode (`#/safe`): the stored draft's size, download and discard, without rendering it.
pub fn safe_mode() -> AnyView {
    on_demand(|| Box::pin(safe()), loading_page)
}

fn loading_page(loading: bool) -> AnyView {
    let t = use_messages();
    loading
        .then(|| view! { <p class="loading-line" role="status">{move || t.get().loading_page}</p> })
        .into_any()
}

/// What `load` brings, once there: `place(true)` meanwhile, and if it cannot be fetched,
/// `place(false)` with what happened and a button to try again (which fetches it again).
fn on_demand(
    load: impl Fn() -> Loading + Clone + Send + Sync + 'static,
    place: impl Fn(bool) -> AnyView + Clone + Send + Sync + 'static,
) -> AnyView {
    let waiting = {
        let place = place.clone();
        move || place(true)
    };
    let attempt = RwSignal::new(0u32);
    let t = use_messages();
    view! {
        <Suspense fallback=waiting>
            {move || {
                attempt.track();
                let load = load.clone();
                let place = place.clone();
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => view,
                        Err(Unloaded) => view! {
                            {place(false)}
                            <div class="alert" role="alert" id="unloaded">
                                <p>{move || t.get().unloaded}</p>
                                <button type="button" class="button primary" id="unloaded-retry"
                                    on:click=move |_| attempt.update(|n| *n += 1)>
                                    {move || t.get().retry}
                                </button>
                            </div>
                        }
                        .into_any(),
                    }
                }))
            }}
        </Suspense>
    }
    .into_any()
}
