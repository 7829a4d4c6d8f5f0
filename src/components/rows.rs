//! Short lists edited in place, row by row (tone traits, words, triggers, coverage hours):
//! rows keyed by position, each with a Remove button, and an Add button. Longer lists whose
//! items are referred to elsewhere use `item_list` instead.

use leptos::prelude::*;

use crate::i18n::use_messages;

/// `count` rows drawn by `row(index)`; `on_add` appends one, `on_remove(index)` drops one.
/// `name` prefixes the DOM ids of the buttons (`{name}-add`, `{name}-{index}-remove`).
pub fn rows<V: IntoView + 'static>(
    name: String,
    count: Signal<usize>,
    add_label: impl Into<TextProp>,
    on_add: Callback<()>,
    on_remove: Callback<usize>,
    row: impl Fn(usize) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = use_messages();
    let add_id = format!("{name}-add");
    let add_label = add_label.into();
    view! {
        <ul class="rows">
            <For each=move || 0..count.get() key=|i| *i let:i>
                <li class="row">
                    {row(i)}
                    <button
                        type="button"
                        class="button quiet row-remove"
                        id=format!("{}-{i}-remove", name)
                        on:click=move |_| on_remove.run(i)
                    >
                        {move || (t.get().remove_row)(i + 1)}
                    </button>
                </li>
            </For>
        </ul>
        <button type="button" class="button" id=add_id on:click=move |_| on_add.run(())>
            {move || add_label.get()}
        </button>
    }
}
