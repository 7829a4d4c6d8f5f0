//! The list of steps: where the user is (`aria-current="step"`), how many problems each
//! section has, and a link to jump to any step.

use charter::summary::errors_by_section;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn StepNav() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    // errors per section, recomputed only when the problems change
    let errors = Memo::new(move |_| {
        app.problems.with(|problems| {
            app.store
                .read(|d| errors_by_section(d.charter(), &problems.list))
        })
    });
    view! {
        <nav class="step-nav" aria-label=move || w.get().steps>
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let count = move || step.section().map_or(0, |s| errors.get()[s.index()]);
                        view! {
                            <li>
                                <a
                                    href=format!("#/{}", step.slug())
                                    aria-current=move || (app.step.get() == step).then_some("step")
                                >
                                    <span class="step-number">{step.number()}</span>
                                    <span class="step-name">{move || t.get().step_title(step)}</span>
                                    <Show when=move || { count() > 0 }>
                                        <span class="step-errors">{move || (w.get().error_count)(count())}</span>
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
    steps: &'static str {
        fr: "Étapes",
        en: "Steps",
    }
}
