//! The list of steps, as a task list: where the user is (`aria-current="step"`), each step's
//! status (not started, in progress, completed, or its errors once the person has left it: see
//! `charter::validate::Revealed`), and a link to jump to any step.

use charter::validate::Status;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn StepNav() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    // On a narrow screen the list folds behind one button that says where the person is, so
    // that the step itself starts on the first screen; opening a step folds it again.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        app.step.track();
        open.set(false);
    });
    let menu = move || (w.get().all_steps)(app.step.get().number(), Step::ALL.len());
    view! {
        // a shared charter is a page of its own: the own draft's steps are not shown beside it
        <nav class="step-nav" aria-label=move || w.get().steps data-checked=move || app.problems.ready.get().to_string()
            hidden=move || app.shared.with(Option::is_some)>
            <button
                type="button"
                class="step-menu"
                id="step-menu"
                aria-controls="step-list"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {menu}
            </button>
            <ol id="step-list" class:open=move || open.get()>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let status = Memo::new(move |_| step.section().map(|s| app.problems.status(s)));
                        let words = move || {
                            let w = w.get();
                            status.get().map(|status| match status {
                                Status::NotStarted => w.not_started.to_owned(),
                                Status::InProgress => w.in_progress.to_owned(),
                                Status::Done => w.done.to_owned(),
                                Status::Problems(n) => (w.error_count)(n),
                            })
                        };
                        let errors = move || matches!(status.get(), Some(Status::Problems(_)));
                        let done = move || status.get() == Some(Status::Done);
                        view! {
                            <li>
                                <a
                                    href=format!("#/{}", step.slug())
                                    aria-current=move || (app.step.get() == step).then_some("step")
                                >
                                    <span class="step-number">{step.number()}</span>
                                    <span class="step-name">{move || t.get().step_title(step)}</span>
                                    <Show when=move || status.with(Option::is_some)>
                                        <span class="step-status" class:step-errors=errors class:done=done>{words}</span>
                                    </Show>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    error_count: fn(usize) -> String {
        fr: |n| if n == 1 { "1 erreur".to_owned() } else { format!("{n} erreurs") },
        en: |n| if n == 1 { "1 error".to_owned() } else { format!("{n} errors") },
    }
    not_started: &'static str {
        fr: "Non commencée",
        en: "Not started",
    }
    in_progress: &'static str {
        fr: "En cours",
        en: "In progress",
    }
    done: &'static str {
        fr: "Terminée",
        en: "Completed",
    }
    all_steps: fn(usize, usize) -> String {
        fr: |n, total| format!("Étapes : {n} sur {total}"),
        en: |n, total| format!("Steps: {n} of {total}"),
    }
    steps: &'static str {
        fr: "Étapes",
        en: "Steps",
    }
}
