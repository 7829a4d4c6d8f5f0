//! Step 1: Start. Resume the autosaved draft, start a new charter, open an example, or import
//! a `.json` file (picked or dropped). Anything that would replace a draft with content asks
//! first and offers a backup download; an import that fails leaves the draft untouched and
//! says why.

use charter::json::{from_json, ImportError};
use charter::limits::MAX_FILE_BYTES;
use charter::locate::Section;
use charter::{Charter, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::StepFrame;
use crate::focus::focus_soon;
use crate::i18n::{local_date_time, use_messages};
use crate::state::{use_app, AppState, Notice, Step};
use crate::transfer::{self, ReadError};

/// Where the site serves the example charters (copied from `public/examples/` by Trunk); they
/// are fetched on demand rather than compiled into the wasm.
fn example_url(lang: Lang) -> String {
    format!("examples/luciole-{}.charter.json", lang.code())
}

/// A charter waiting for the user to confirm that it may replace the current draft.
#[derive(Clone)]
struct Pending {
    charter: Charter,
    notices: Vec<String>,
}

#[component]
pub fn StartStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let import_error: RwSignal<Option<String>> = RwSignal::new(None);
    let blank = Memo::new(move |_| app.store.read_all(|d| d.charter().is_blank()));

    // Replaces the draft now if it is blank, else asks first.
    let offer = move |charter: Charter, notices: Vec<String>| {
        import_error.set(None);
        if app.store.read(|d| d.charter().is_blank()) {
            replace(app, charter, notices);
        } else {
            pending.set(Some(Pending { charter, notices }));
            focus_soon("replace-heading".into());
        }
    };
    let open_example = move |lang: Lang| {
        spawn_local(async move {
            let text = transfer::fetch_text(&example_url(lang)).await;
            match text.as_deref().map(|t| from_json(t.as_bytes())) {
                Some(Ok(imported)) => offer(imported.charter, Vec::new()),
                _ => import_error.set(Some(t.get_untracked().example_unavailable.to_owned())),
            }
        });
    };
    let import_bytes = move |bytes: Result<Vec<u8>, ReadError>| {
        let lang = app.ui_lang.get_untracked();
        let read = bytes.map_err(|error| match error {
            ReadError::TooLarge(bytes) => Some(ImportError::TooLarge { bytes }),
            ReadError::Unreadable => None,
        });
        match read.and_then(|b| from_json(&b).map_err(Some)) {
            Err(None) => import_error.set(Some(t.get_untracked().file_unreadable.to_owned())),
            Err(Some(error)) => {
                import_error.set(Some(error.message(lang)));
                focus_soon("import-error".into());
            }
            Ok(imported) => offer(
                imported.charter,
                imported.notices.iter().map(|n| n.message(lang)).collect(),
            ),
        }
    };
    let import_file = move |file: Option<web_sys::File>| {
        if let Some(file) = file {
            spawn_local(async move { import_bytes(transfer::read(file, MAX_FILE_BYTES).await) });
        }
    };
    let dragging = RwSignal::new(false);
    let resume = move || {
        let (title, personas, templates) = app.store.read_all(|d| {
            let c = d.charter();
            (
                c.meta.title.trim().to_owned(),
                c.personas.len(),
                c.templates.len(),
            )
        });
        let saved = app
            .saved_at
            .get()
            .map(|at| local_date_time(&at, app.ui_lang.get()))
            .unwrap_or_default();
        let title = if title.is_empty() {
            t.get().untitled_charter.to_owned()
        } else {
            title
        };
        (t.get().resume_summary)(&title, personas, templates, &saved)
    };

    view! {
        <StepFrame step=Step::Start>
            <Show when=move || pending.with(Option::is_some)>
                <div class="confirm" role="group" aria-labelledby="replace-heading">
                    <h2 id="replace-heading" tabindex="-1">{move || t.get().replace_title}</h2>
                    <p>{move || t.get().replace_text}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="backup-download" on:click=move |_| crate::export::download_charter_json(app)>
                            {move || t.get().backup_download}
                        </button>
                        <button type="button" class="button danger" id="replace-confirm" on:click=move |_| {
                            if let Some(p) = pending.get_untracked() {
                                pending.set(None);
                                replace(app, p.charter, p.notices);
                            }
                        }>
                            {move || t.get().replace_confirm}
                        </button>
                        <button type="button" class="button quiet" id="replace-cancel" on:click=move |_| pending.set(None)>
                            {move || t.get().cancel}
                        </button>
                    </div>
                </div>
            </Show>
            <div class="start-grid">
                <Show when=move || !blank.get()>
                    <section class="start-card" aria-labelledby="resume-heading">
                        <h2 id="resume-heading">{move || t.get().resume_title}</h2>
                        <p data-testid="resume-summary">{resume}</p>
                        <button type="button" class="button primary" id="resume" on:click=move |_| app.go(Step::Edit(Section::BrandVoice))>
                            {move || t.get().resume_button}
                        </button>
                    </section>
                </Show>
                <section class="start-card" aria-labelledby="new-heading">
                    <h2 id="new-heading">{move || t.get().new_title}</h2>
                    <p>{move || t.get().new_text}</p>
                    <button type="button" class="button" id="new-charter"
                        on:click=move |_| offer(Charter::new(app.ui_lang.get_untracked()), Vec::new())>
                        {move || t.get().new_button}
                    </button>
                </section>
                <section class="start-card" aria-labelledby="example-heading">
                    <h2 id="example-heading">{move || t.get().example_title}</h2>
                    <p>{move || t.get().example_text}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="example-fr" lang="fr" on:click=move |_| open_example(Lang::Fr)>
                            {move || t.get().example_fr}
                        </button>
                        <button type="button" class="button" id="example-en" lang="en" on:click=move |_| open_example(Lang::En)>
                            {move || t.get().example_en}
                        </button>
                    </div>
                </section>
                <section
                    class="start-card drop-zone"
                    class:dragging=dragging
                    aria-labelledby="import-heading"
                    on:dragover=move |ev: web_sys::DragEvent| {
                        ev.prevent_default();
                        dragging.set(true);
                    }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=move |ev: web_sys::DragEvent| {
                        ev.prevent_default();
                        dragging.set(false);
                        import_file(ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)));
                    }
                >
                    <h2 id="import-heading">{move || t.get().import_title}</h2>
                    <p>{move || t.get().import_text}</p>
                    <label for="import-file" class="file-label">{move || t.get().import_label}</label>
                    <input
                        type="file"
                        id="import-file"
                        accept=".json,application/json"
                        on:change:target=move |ev| {
                            let input = ev.target();
                            import_file(input.files().and_then(|f| f.get(0)));
                            // let the same file be picked again after fixing it
                            input.set_value("");
                        }
                    />
                    {move || {
                        import_error
                            .get()
                            .map(|message| {
                                view! {
                                    <div class="alert" role="alert" id="import-error" tabindex="-1">
                                        <p><strong>{move || t.get().import_failed}</strong></p>
                                        <p>{message}</p>
                                        <p>{move || t.get().draft_untouched}</p>
                                    </div>
                                }
                            })
                    }}
                </section>
            </div>
        </StepFrame>
    }
}

/// Puts `charter` in place of the draft (which the history keeps) and moves on to the first
/// editing step.
fn replace(app: AppState, charter: Charter, notices: Vec<String>) {
    crate::sync::replace(app, charter, charter::revision::Reason::BeforeReplace);
    app.notice
        .set((!notices.is_empty()).then_some(Notice::Imported(notices)));
    app.go(Step::Edit(Section::BrandVoice));
}
