//! The live preview: Markdown rendered to HTML that can hold no live user markup (see
//! `charter::html`). Collapsible, so that it gets out of the way on narrow screens.

use leptos::prelude::*;

#[component]
pub fn Preview(
    #[prop(into)] title: Signal<&'static str>,
    /// The Markdown to show.
    #[prop(into)]
    markdown: Signal<String>,
) -> impl IntoView {
    let html = Memo::new(move |_| markdown.with(|md| charter::html::render_safe(md)));
    view! {
        <details class="preview" open>
            <summary id="preview-title">{title}</summary>
            <div class="preview-body" data-testid="preview" inner_html=html></div>
        </details>
    }
}
