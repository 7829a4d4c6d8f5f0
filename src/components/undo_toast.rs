//! The "removed — Undo" message that follows a removal. It is a polite live region, so the
//! removal is announced, and its Undo button is reachable by keyboard right after the
//! Remove button that triggered it.

use leptos::prelude::*;

#[component]
pub fn UndoToast(
    /// The sentence to show, or None when there is nothing to undo.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// The Undo button's label.
    #[prop(into)]
    undo_label: Signal<&'static str>,
    /// The Dismiss button's label.
    #[prop(into)]
    dismiss_label: Signal<&'static str>,
    /// Puts the removed item back.
    on_undo: Callback<()>,
    /// Forgets the removal (the message goes away).
    on_dismiss: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || {
                message
                    .get()
                    .map(|text| {
                        view! {
                            <div class="toast">
                                <span>{text}</span>
                                <button type="button" class="button" id="undo-button" on:click=move |_| on_undo.run(())>
                                    {undo_label}
                                </button>
                                <button type="button" class="button quiet" on:click=move |_| on_dismiss.run(())>
                                    {dismiss_label}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
