//! The list of steps: where the user is (`aria-current="step"`), how many problems each
//! section has, and a link to jump to any step.

use charter::locate::locate;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn StepNav() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    // errors per step, recomputed only when the problems change
    let errors = Memo::new(move |_| {
        app.problems.with(|problems| {
            app.draft.with_untracked(|d| {
                let mut counts = [0usize; 10];
                for problem in problems
                    .list
                    .iter()
                    .filter(|p| p.severity == charter::validate::Severity::Error)
                {
                    if let Some(at) = locate(&d.charter, &problem.path) {
                        counts[Step::of_section(at.section).number() - 1] += 1;
                    }
                }
                counts
            })
        })
    });
    view! {
        <nav class="step-nav" aria-label=move || t.get().steps>
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let count = move || errors.get()[step.number() - 1];
                        view! {
                            <li>
                                <a
                                    href=format!("#/{}", step.slug())
                                    aria-current=move || (app.step.get() == step).then_some("step")
                                >
                                    <span class="step-number">{step.number()}</span>
                                    <span class="step-name">{move || t.get().step_title(step)}</span>
                                    <Show when=move || { count() > 0 }>
                                        <span class="step-errors">{move || (t.get().error_count)(count())}</span>
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
