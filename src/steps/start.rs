//! Step 1: Start. Resume the autosaved draft, start a new charter, open an example, or import
//! a `.json` file (picked or dropped). Anything that would replace a draft with content asks
//! first and offers a backup download; an import that fails leaves the draft untouched and
//! says why.

use charter::document::Section;
use charter::json::ImportError;
use charter::limits::MAX_FILE_BYTES;
use charter::{Charter, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::chunks::read_file;
use crate::components::StepFrame;
use crate::focus::focus_soon;
use crate::i18n::{local_date_time, use_messages};
use crate::notice::Notice;
use crate::split::Unloaded;
use crate::state::{use_app, AppState, Step};
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
    let w = crate::i18n::words(Words::get);
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
            let read = match text {
                Some(text) => read_file(text.into_bytes()).await.ok(),
                None => None,
            };
            match read {
                Some(Ok(imported)) => offer(imported.charter, Vec::new()),
                _ => import_error.set(Some(w.get_untracked().example_unavailable.to_owned())),
            }
        });
    };
    // a picked or dropped file, read by the import's chunk
    let import_file = move |file: Option<web_sys::File>| {
        let Some(file) = file else { return };
        spawn_local(async move {
            let lang = app.ui_lang.get_untracked();
            let read = match transfer::read(file, MAX_FILE_BYTES).await {
                Err(ReadError::TooLarge(bytes)) => {
                    Err(ImportError::TooLarge { bytes }.message(lang))
                }
                Err(ReadError::Unreadable) => Err(t.get_untracked().file_unreadable.to_owned()),
                Ok(bytes) => match read_file(bytes).await {
                    Err(Unloaded) => Err(t.get_untracked().unloaded.to_owned()),
                    Ok(read) => read.map_err(|error| error.message(lang)),
                },
            };
            match read {
                Err(message) => {
                    import_error.set(Some(message));
                    focus_soon("import-error".into());
                }
                Ok(imported) => offer(
                    imported.charter,
                    imported.notices.iter().map(|n| n.message(lang)).collect(),
                ),
            }
        });
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
            .sync
            .saved_at
            .get()
            .map(|at| local_date_time(&at, app.ui_lang.get()))
            .unwrap_or_default();
        let title = if title.is_empty() {
            t.get().untitled_charter.to_owned()
        } else {
            title
        };
        (w.get().resume_summary)(&title, personas, templates, &saved)
    };

    view! {
        <StepFrame step=Step::Start>
            <Show when=move || pending.with(Option::is_some)>
                <div class="confirm" role="group" aria-labelledby="replace-heading">
                    <h2 id="replace-heading" tabindex="-1">{move || t.get().replace_title}</h2>
                    <p>{move || t.get().replace_text}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="backup-download" on:click=move |_| crate::sync::download_backup(app.sync)>
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
                        <h2 id="resume-heading">{move || w.get().resume_title}</h2>
                        <p data-testid="resume-summary">{resume}</p>
                        <button type="button" class="button primary" id="resume" on:click=move |_| app.go(Step::Edit(Section::BrandVoice))>
                            {move || w.get().resume_button}
                        </button>
                    </section>
                </Show>
                <section class="start-card" aria-labelledby="new-heading">
                    <h2 id="new-heading">{move || w.get().new_title}</h2>
                    <p>{move || w.get().new_text}</p>
                    <button type="button" class="button" id="new-charter"
                        on:click=move |_| offer(Charter::new(app.ui_lang.get_untracked()), Vec::new())>
                        {move || w.get().new_button}
                    </button>
                </section>
                <section class="start-card" aria-labelledby="example-heading">
                    <h2 id="example-heading">{move || w.get().example_title}</h2>
                    <p>{move || w.get().example_text}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="example-fr" lang="fr" on:click=move |_| open_example(Lang::Fr)>
                            {move || w.get().example_fr}
                        </button>
                        <button type="button" class="button" id="example-en" lang="en" on:click=move |_| open_example(Lang::En)>
                            {move || w.get().example_en}
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
                    <h2 id="import-heading">{move || w.get().import_title}</h2>
                    <p>{move || w.get().import_text}</p>
                    <label for="import-file" class="file-label">{move || w.get().import_label}</label>
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
    crate::sync::replace(app.sync, charter, charter::revision::Reason::BeforeReplace);
    app.notice
        .set((!notices.is_empty()).then_some(Notice::Imported(notices)));
    app.go(Step::Edit(Section::BrandVoice));
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    example_en: &'static str {
        fr: "Exemple en anglais",
        en: "Example in English",
    }
    example_fr: &'static str {
        fr: "Exemple en français",
        en: "Example in French",
    }
    example_text: &'static str {
        fr: "Luciole, une boutique en ligne fictive : retard de livraison, trolls et bug d’application à gérer.",
        en: "Luciole, a fictional online shop: a late delivery, trolls and an app bug to handle.",
    }
    example_title: &'static str {
        fr: "Ouvrir un exemple",
        en: "Open an example",
    }
    example_unavailable: &'static str {
        fr: "L’exemple n’a pas pu être chargé ; vérifiez la connexion et réessayez.",
        en: "The example could not be loaded; check the connection and try again.",
    }
    import_label: &'static str {
        fr: "Choisir un fichier JSON",
        en: "Choose a JSON file",
    }
    import_text: &'static str {
        fr: "Un fichier .charter.json exporté par Porte-voix. Vous pouvez aussi le déposer ici.",
        en: "A .charter.json file exported by Porte-voix. You can also drop it here.",
    }
    import_title: &'static str {
        fr: "Importer une charte",
        en: "Import a charter",
    }
    new_button: &'static str {
        fr: "Commencer une nouvelle charte",
        en: "Start a new charter",
    }
    new_text: &'static str {
        fr: "Une page blanche, avec les réglages habituels : 24 h de délai par défaut.",
        en: "A blank page with the usual settings: a 24 h default target.",
    }
    new_title: &'static str {
        fr: "Nouvelle charte",
        en: "New charter",
    }
    resume_button: &'static str {
        fr: "Reprendre là où j’en étais",
        en: "Continue where I left off",
    }
    resume_summary: fn(&str, usize, usize, &str) -> String {
        fr: |title, personas, templates, saved| { let saved = if saved.is_empty() { String::new() } else { format!(", enregistrée le {saved}") }; format!("« {title} » : {}, {}{saved}.", charter::count::Count::new("aucun persona", "persona", "personas").of(personas), charter::count::Count::new("aucun modèle", "modèle", "modèles").of(templates)) },
        en: |title, personas, templates, saved| { let saved = if saved.is_empty() { String::new() } else { format!(", saved {saved}") }; format!("“{title}”: {}, {}{saved}.", charter::count::Count::new("no personas", "persona", "personas").of(personas), charter::count::Count::new("no templates", "template", "templates").of(templates)) },
    }
    resume_title: &'static str {
        fr: "Reprendre le brouillon",
        en: "Resume your draft",
    }
}
