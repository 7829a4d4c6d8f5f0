//! Labelled form fields. The label is always visible; a hint and the model's problem for the
//! field (looked up by its JSON pointer) are tied to the control with `aria-describedby`, and
//! an error sets `aria-invalid`, so screen readers read them with the field.

use charter::template::{byte_offset, placeholder_prefix};
use charter::validate::Severity;
use leptos::prelude::*;

use crate::i18n::use_messages;
use crate::state::use_app;

pub use charter::locate::{field_id, plain_field_id};

/// The model's problem at `path`, in the UI language: (is it an error, message).
fn problem_at(path: Option<Signal<String>>) -> Signal<Option<(bool, String)>> {
    problem_within(path, false)
}

/// The model's problem at `path` or, with `entries`, at one of its entries (`…/patterns/2`):
/// a one-per-line field shows the problem of any of its lines.
fn problem_within(path: Option<Signal<String>>, entries: bool) -> Signal<Option<(bool, String)>> {
    let app = use_app();
    Signal::derive(move || {
        let path = path?.get();
        app.problems.with(|problems| {
            let problem = if entries {
                problems.within(&path)
            } else {
                problems.at(&path)
            };
            problem.map(|p| {
                (
                    p.severity == Severity::Error,
                    p.kind.message(app.ui_lang.get()),
                )
            })
        })
    })
}

/// The hint and problem lines under a control, and the `aria-describedby` that names them.
fn describe(
    id: &str,
    hint: Option<TextProp>,
    problem: Signal<Option<(bool, String)>>,
) -> (impl IntoView, Signal<String>) {
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let describedby = {
        let (hint_id, problem_id) = (hint_id.clone(), problem_id.clone());
        let has_hint = hint.is_some();
        Signal::derive(move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if problem.with(Option::is_some) {
                ids.push(problem_id.clone());
            }
            ids.join(" ")
        })
    };
    let view = view! {
        {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{move || hint.get()}</p> })}
        {move || {
            problem
                .get()
                .map(|(error, message)| {
                    view! {
                        <p class="problem" class:error=error class:warning=!error id=problem_id.clone()>
                            {message}
                        </p>
                    }
                })
        }}
    };
    (view, describedby)
}

/// A one-line text input.
#[component]
pub fn TextField(
    /// The input's DOM id (see [`field_id`]).
    id: String,
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// JSON pointer of the field, to show the model's problem next to it.
    #[prop(optional, into)]
    path: Option<Signal<String>>,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional)] input_type: Option<&'static str>,
) -> impl IntoView {
    let problem = problem_at(path);
    let (details, describedby) = describe(&id, hint, problem);
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                type=input_type.unwrap_or("text")
                id=id
                autocomplete="off"
                aria-describedby=move || Some(describedby.get()).filter(|d| !d.is_empty())
                aria-invalid=move || problem.with(|p| p.as_ref().is_some_and(|(error, _)| *error)).to_string()
                prop:value=value
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
            {details}
        </div>
    }
}

/// A textarea, either free text or one list entry per line (`lines` adds that hint).
#[component]
pub fn TextArea(
    id: String,
    #[prop(into)] label: TextProp,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] path: Option<Signal<String>>,
    #[prop(optional, into)] hint: Option<TextProp>,
    /// Whether each line is an entry of a list (shows "One item per line").
    #[prop(optional)]
    lines: bool,
    #[prop(optional)] rows: Option<u32>,
    /// Placeholder names to offer when the user types `{{` (reply templates).
    #[prop(optional, into)]
    suggestions: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let t = use_messages();
    let hint = hint.or_else(|| lines.then(|| TextProp::from(move || t.get().one_per_line)));
    let problem = problem_within(path, lines);
    let (details, describedby) = describe(&id, hint, problem);
    let offer = PlaceholderOffer::new(&id, value, on_input, suggestions);
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <textarea
                id=id
                rows=rows.unwrap_or(3)
                aria-describedby=move || Some(describedby.get()).filter(|d| !d.is_empty())
                aria-invalid=move || problem.with(|p| p.as_ref().is_some_and(|(error, _)| *error)).to_string()
                aria-autocomplete=suggestions.map(|_| "list")
                aria-controls=move || offer.is_open().then(|| offer.list_id())
                aria-activedescendant=move || offer.active_id()
                prop:value=value
                on:input:target=move |ev| {
                    let area = ev.target();
                    on_input.run(area.value());
                    offer.follow(&area);
                }
                on:keydown:target=move |ev| offer.key(&ev)
                on:click:target=move |ev| offer.follow(&ev.target())
                on:blur=move |_| offer.close()
            ></textarea>
            {move || offer.is_open().then(|| {
                view! {
                    <ul class="suggestions" role="listbox" id=offer.list_id() aria-label=move || t.get().placeholders>
                        {offer.matches().into_iter().enumerate().map(|(i, name)| {
                            view! {
                                <li role="option" id=offer.option_id(i)
                                    aria-selected=move || (offer.active.get() == i).to_string()
                                    on:mousedown=move |ev: web_sys::MouseEvent| {
                                        // keep the focus in the textarea, then insert
                                        ev.prevent_default();
                                        offer.insert(i);
                                    }>
                                    {format!("{{{{{name}}}}}")}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })}
            {details}
        </div>
    }
}

/// The `{{` suggestions of a textarea: which placeholder is being typed (from the caret),
/// which defined names match it, which one is active, and how to insert it.
#[derive(Clone, Copy)]
struct PlaceholderOffer {
    names: Option<Signal<Vec<String>>>,
    value: Signal<String>,
    on_input: Callback<String>,
    /// byte offsets of the `{{` and of the caret, and the partial name between them
    typing: RwSignal<Option<(usize, usize, String)>>,
    active: RwSignal<usize>,
    area_id: StoredValue<String>,
}

impl PlaceholderOffer {
    fn new(
        id: &str,
        value: Signal<String>,
        on_input: Callback<String>,
        names: Option<Signal<Vec<String>>>,
    ) -> Self {
        PlaceholderOffer {
            names,
            value,
            on_input,
            typing: RwSignal::new(None),
            active: RwSignal::new(0),
            area_id: StoredValue::new(id.to_owned()),
        }
    }

    fn list_id(&self) -> String {
        format!("{}-placeholders", self.area_id.get_value())
    }

    fn option_id(&self, i: usize) -> String {
        format!("{}-placeholder-{i}", self.area_id.get_value())
    }

    /// The defined names that start with what is being typed.
    fn matches(&self) -> Vec<String> {
        let Some(names) = self.names else {
            return Vec::new();
        };
        self.typing.with(|typing| match typing {
            Some((_, _, partial)) => names.with(|n| {
                n.iter()
                    .filter(|name| !name.is_empty() && name.starts_with(partial.trim()))
                    .cloned()
                    .collect()
            }),
            None => Vec::new(),
        })
    }

    fn is_open(&self) -> bool {
        self.typing.with(Option::is_some) && !self.matches().is_empty()
    }

    fn active_id(&self) -> Option<String> {
        self.is_open().then(|| self.option_id(self.active.get()))
    }

    fn close(&self) {
        self.typing.set(None);
    }

    /// Reads the caret and opens, updates or closes the suggestions.
    fn follow(&self, area: &web_sys::HtmlTextAreaElement) {
        if self.names.is_none() {
            return;
        }
        let text = area.value();
        let caret = area.selection_start().ok().flatten().unwrap_or(0) as usize;
        let caret = byte_offset(&text, caret);
        let typing = placeholder_prefix(&text, caret)
            .map(|(open, partial)| (open, caret, partial.to_owned()));
        if typing.is_none() || self.typing.with_untracked(Option::is_none) {
            self.active.set(0);
        }
        self.typing.set(typing);
    }

    /// Arrow keys move through the suggestions, Enter or Tab inserts, Escape closes.
    fn key(&self, ev: &web_sys::KeyboardEvent) {
        if !self.is_open() {
            return;
        }
        let count = self.matches().len();
        match ev.key().as_str() {
            "ArrowDown" => self.active.update(|a| *a = (*a + 1) % count),
            "ArrowUp" => self.active.update(|a| *a = (*a + count - 1) % count),
            "Enter" | "Tab" => self.insert(self.active.get_untracked()),
            "Escape" => self.close(),
            _ => return,
        }
        ev.prevent_default();
    }

    /// Replaces the partial `{{…` with the chosen `{{name}}` and puts the caret after it.
    fn insert(&self, i: usize) {
        let Some(name) = self.matches().get(i).cloned() else {
            return;
        };
        let Some((open, caret, _)) = self.typing.get_untracked() else {
            return;
        };
        let text = self.value.get_untracked();
        let inserted = format!("{{{{{name}}}}}");
        let new_text = format!(
            "{}{inserted}{}",
            &text[..open],
            &text[caret.min(text.len())..]
        );
        let caret_utf16 =
            (text[..open].encode_utf16().count() + inserted.encode_utf16().count()) as u32;
        // The textarea gets the text and the caret now, before the next key event: a caret
        // placed later (on the next frame) would land behind what a fast typist already typed.
        if let Some(area) = document()
            .get_element_by_id(&self.area_id.get_value())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(el).ok())
        {
            area.set_value(&new_text);
            let _ = area.set_selection_range(caret_utf16, caret_utf16);
        }
        self.on_input.run(new_text);
        self.close();
    }
}

/// A text input whose text must parse (a number, a delay). Text that does not parse stays in
/// the input, flagged with `invalid_message`, and the model keeps its last good value. What
/// the user typed is never rewritten while it still means the model's value ("3" while typing
/// "30 min" must not become "3 h"); the model's own text shows when it changes otherwise
/// (undo, import).
#[component]
pub fn ParsedField<T>(
    id: String,
    #[prop(into)] label: TextProp,
    /// The model's value as text.
    #[prop(into)]
    value: Signal<String>,
    parse: fn(&str) -> Option<T>,
    on_value: Callback<T>,
    #[prop(into)] invalid_message: TextProp,
    #[prop(optional, into)] path: Option<Signal<String>>,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// Text shown in the empty input (the default that applies).
    #[prop(optional, into)]
    placeholder: Option<Signal<String>>,
    /// Hide the label visually (it stays for screen readers), for table cells.
    #[prop(optional)]
    label_hidden: bool,
) -> impl IntoView
where
    T: PartialEq + Send + Sync + 'static,
{
    // The generic part is only this: reading text, and comparing meanings.
    let accept = Callback::new(move |text: String| match parse(&text) {
        Some(value) => {
            on_value.run(value);
            true
        }
        None => false,
    });
    let same_meaning =
        Callback::new(
            move |(a, b): (String, String)| match (parse(&a), parse(&b)) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        );
    parsed_input(ParsedInput {
        id,
        label,
        value,
        accept,
        same_meaning,
        invalid_message,
        path,
        hint,
        inputmode,
        placeholder,
        label_hidden,
    })
}

struct ParsedInput {
    id: String,
    label: TextProp,
    value: Signal<String>,
    /// Takes the text; false when it does not parse.
    accept: Callback<String, bool>,
    /// Whether two texts parse to the same value.
    same_meaning: Callback<(String, String), bool>,
    invalid_message: TextProp,
    path: Option<Signal<String>>,
    hint: Option<TextProp>,
    inputmode: Option<&'static str>,
    placeholder: Option<Signal<String>>,
    label_hidden: bool,
}

fn parsed_input(input: ParsedInput) -> AnyView {
    let ParsedInput {
        id,
        label,
        value,
        accept,
        same_meaning,
        invalid_message,
        path,
        hint,
        inputmode,
        placeholder,
        label_hidden,
    } = input;
    let invalid = RwSignal::new(false);
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let shown = move || {
        let model = value.get();
        match typed.get() {
            // unparseable text stays as typed; so does text that means what the model holds
            Some(text) if invalid.get() || same_meaning.run((text.clone(), model.clone())) => text,
            _ => model,
        }
    };
    let model_problem = problem_at(path);
    let problem = Signal::derive(move || {
        if invalid.get() {
            Some((true, invalid_message.get().to_string()))
        } else {
            model_problem.get()
        }
    });
    let (details, describedby) = describe(&id, hint, problem);
    view! {
        <div class="field">
            <label for=id.clone() class:visually-hidden=label_hidden>{move || label.get()}</label>
            <input
                type="text"
                id=id
                inputmode=inputmode.unwrap_or("text")
                autocomplete="off"
                placeholder=move || placeholder.map(|p| p.get())
                aria-describedby=move || Some(describedby.get()).filter(|d| !d.is_empty())
                aria-invalid=move || problem.with(|p| p.as_ref().is_some_and(|(error, _)| *error)).to_string()
                prop:value=shown
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    let ok = accept.run(text.clone());
                    invalid.set(!ok);
                    typed.set(Some(text));
                }
            />
            {details}
        </div>
    }
    .into_any()
}

/// A select over a fixed set of values (an enum), with labels in the UI language.
#[component]
pub fn SelectField<T>(
    id: String,
    #[prop(into)] label: TextProp,
    options: Vec<T>,
    /// The label of each value.
    option_label: Callback<T, String>,
    #[prop(into)] value: Signal<T>,
    on_change: Callback<T>,
    #[prop(optional, into)] path: Option<Signal<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let count = options.len();
    let options = StoredValue::new(options);
    let label_of = Callback::new(move |i: usize| options.with_value(|o| option_label.run(o[i])));
    let selected = Signal::derive(move || {
        let current = value.get();
        options.with_value(|o| o.iter().position(|&x| x == current).unwrap_or(0))
    });
    let choose = Callback::new(move |i: usize| {
        if let Some(choice) = options.with_value(|o| o.get(i).copied()) {
            on_change.run(choice);
        }
    });
    select_view(id, label, count, label_of, selected, choose, path)
}

fn select_view(
    id: String,
    label: TextProp,
    count: usize,
    label_of: Callback<usize, String>,
    selected: Signal<usize>,
    choose: Callback<usize>,
    path: Option<Signal<String>>,
) -> AnyView {
    let problem = problem_at(path);
    let (details, describedby) = describe(&id, None, problem);
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select
                id=id
                aria-describedby=move || Some(describedby.get()).filter(|d| !d.is_empty())
                on:change:target=move |ev| {
                    if let Ok(i) = ev.target().value().parse::<usize>() {
                        choose.run(i);
                    }
                }
            >
                {(0..count)
                    .map(|i| {
                        view! {
                            <option value=i.to_string() prop:selected=move || selected.get() == i>
                                {move || label_of.run(i)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {details}
        </div>
    }
    .into_any()
}

/// A group of checkboxes: which of `options` are ticked.
#[component]
pub fn CheckGroup<T>(
    /// DOM id of the fieldset; each box is `{id}-{index}`.
    id: String,
    #[prop(into)] legend: TextProp,
    #[prop(into)] options: Signal<Vec<T>>,
    option_label: Callback<T, String>,
    checked: Callback<T, bool>,
    on_toggle: Callback<(T, bool)>,
    /// Shown instead of the boxes when there is nothing to choose from.
    #[prop(optional, into)]
    empty: Option<TextProp>,
    #[prop(optional, into)] path: Option<Signal<String>>,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let at = move |i: usize| options.with(|o| o.get(i).cloned());
    // a memo, so that the boxes are rebuilt only when their labels change
    let boxes = Memo::new(move |_| {
        options.with(|o| {
            o.iter()
                .map(|x| option_label.run(x.clone()))
                .collect::<Vec<_>>()
        })
    });
    let is_checked = Callback::new(move |i: usize| at(i).is_some_and(|x| checked.run(x)));
    let toggle = Callback::new(move |(i, on): (usize, bool)| {
        if let Some(x) = at(i) {
            on_toggle.run((x, on));
        }
    });
    check_group_view(id, legend, boxes.into(), is_checked, toggle, empty, path)
}

fn check_group_view(
    id: String,
    legend: TextProp,
    boxes: Signal<Vec<String>>,
    is_checked: Callback<usize, bool>,
    toggle: Callback<(usize, bool)>,
    empty: Option<TextProp>,
    path: Option<Signal<String>>,
) -> AnyView {
    let problem = problem_at(path);
    let (details, describedby) = describe(&id, None, problem);
    let group_id = id.clone();
    view! {
        <fieldset class="choices" id=id aria-describedby=move || Some(describedby.get()).filter(|d| !d.is_empty())>
            <legend>{move || legend.get()}</legend>
            <div class="choice-grid">
                {move || {
                    let labels = boxes.get();
                    if labels.is_empty() {
                        return empty.clone().map(|e| view! { <p class="hint">{move || e.get()}</p> }).into_any();
                    }
                    labels
                        .into_iter()
                        .enumerate()
                        .map(|(i, label)| {
                            let box_id = format!("{group_id}-{i}");
                            let label_for = box_id.clone();
                            view! {
                                <label class="choice" for=label_for>
                                    <input
                                        type="checkbox"
                                        id=box_id
                                        prop:checked=move || is_checked.run(i)
                                        on:change:target=move |ev| toggle.run((i, ev.target().checked()))
                                    />
                                    {label}
                                </label>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </div>
            {details}
        </fieldset>
    }
    .into_any()
}
