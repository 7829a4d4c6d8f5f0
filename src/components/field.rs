//! Labelled form fields: a one-line text input and a textarea of one item per line.
//! The label is always visible; hints and errors are tied to the control with
//! `aria-describedby` so that screen readers read them with the field.

use leptos::prelude::*;

/// A DOM id for one field of one item: `{item}-{field}`, with anything that is not a letter,
/// digit, hyphen or underscore replaced, since imported ids may contain spaces.
pub fn field_id(item_id: &str, field: &str) -> String {
    let clean: String = item_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{clean}-{field}")
}

#[component]
pub fn TextField(
    /// The input's DOM id (see [`field_id`]).
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                type="text"
                id=id
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        </div>
    }
}

/// A textarea whose lines are list entries.
#[component]
pub fn LinesField(
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] hint: Signal<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <textarea
                id=id
                rows="3"
                aria-describedby=hint_id
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        </div>
    }
}
