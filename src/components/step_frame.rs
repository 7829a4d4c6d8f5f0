//! The frame of every step: the heading that says where the user is ("Step 4 of 10:
//! Channels"), which takes focus when the step opens, an introduction, and Back / Continue.

use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn StepFrame(
    /// The step this frame shows: its number, title, introduction and neighbours.
    step: Step,
    /// The step's own content, between its introduction and Back / Continue.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let heading =
        move || (t.get().step_heading)(step.number(), Step::ALL.len(), t.get().step_title(step));
    // Once this step is in the DOM, take the focus a step change asked for: the field named
    // (a link of the error summary), else this heading. Doing it here rather than where the
    // step changes guarantees that the previous step's heading is gone.
    Effect::new(move |_| {
        if let Some(mut ids) = app
            .focus_after_step
            .try_update_value(Option::take)
            .flatten()
        {
            ids.push("step-heading".into());
            crate::focus::focus_first(ids);
        }
    });
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{heading}</h1>
            <p class="intro">{move || t.get().step_intro(step)}</p>
            {children()}
            <nav class="step-buttons" aria-label=move || w.get().step_buttons>
                {step
                    .previous()
                    .map(|previous| {
                        view! {
                            <button type="button" class="button" id="step-back" on:click=move |_| app.go(previous)>
                                {move || w.get().back}
                                <span class="step-button-target">{move || (w.get().to_step)(t.get().step_title(previous))}</span>
                            </button>
                        }
                    })}
                {step
                    .next()
                    .map(|next| {
                        view! {
                            <button type="button" class="button primary" id="step-continue" on:click=move |_| app.go(next)>
                                {move || w.get().continue_word}
                                <span class="step-button-target">{move || (w.get().to_step)(t.get().step_title(next))}</span>
                            </button>
                        }
                    })}
            </nav>
        </section>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    back: &'static str {
        fr: "Retour",
        en: "Back",
    }
    continue_word: &'static str {
        fr: "Continuer",
        en: "Continue",
    }
    // where Back or Continue leads; a phone shows it to screen readers only
    to_step: fn(&str) -> String {
        fr: |step| format!(" : {step}"),
        en: |step| format!(": {step}"),
    }
    step_buttons: &'static str {
        fr: "Navigation entre les étapes",
        en: "Step navigation",
    }
}
