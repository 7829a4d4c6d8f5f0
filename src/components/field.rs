//! Labelled form fields, each bound to one value ([`Bind`]). The label is always visible; a
//! hint and the model's problem for the field (looked up by its JSON pointer) are tied to the
//! control with `aria-describedby`, and an error sets `aria-invalid`, so screen readers read
//! them with the field.

use charter::validate::Severity;
use leptos::prelude::*;

use super::suggestions::{PlaceholderOffer, Suggestions};
use crate::bind::{Bind, Members};
use crate::state::use_app;

/// The model's problem at `path` or, with `entries`, at one of its entries (`…/patterns/2`):
/// a one-per-line field shows the problem of any of its lines. (is it an error, message) Only
/// once it is shown to the person: after they left the field or its step (see `Problems`).
fn problem_within(path: Option<Signal<String>>, entries: bool) -> Signal<Option<(bool, String)>> {
    let app = use_app();
    Signal::derive(move || {
        let path = path?.get();
        if !app.problems.shows(&path) {
            return None;
        }
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

/// What a field does when focus leaves it: from then on, its problems show.
fn on_leave(path: Option<Signal<String>>) -> impl Fn(leptos::ev::FocusEvent) + Clone + 'static {
    let app = use_app();
    // A view taken down with a field focused makes the field lose focus as it goes, in the
    // middle of the teardown: the path may be gone, and what the change would redraw is going,
    // so the change waits until the teardown is over (and is dropped if the app went with it).
    move |_| {
        if let Some(path) = path.and_then(|p| p.try_get_untracked()) {
            leptos::task::spawn_local(async move { app.problems.leave_field(&path) });
        }
    }
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

/// The `aria-describedby` value, absent when nothing describes the control.
fn described(by: Signal<String>) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || Some(by.get()).filter(|d| !d.is_empty())
}

/// Whether the field's problem is an error (for `aria-invalid`).
fn invalid(problem: Signal<Option<(bool, String)>>) -> impl Fn() -> String + Send + Sync {
    move || {
        problem
            .with(|p| p.as_ref().is_some_and(|(error, _)| *error))
            .to_string()
    }
}

/// A labelled field: the label, the control (given the `aria-describedby` that names the
/// lines under it) and those lines, the hint and the model's problem.
fn labelled<V: IntoView + 'static>(
    id: &str,
    label: TextProp,
    hint: Option<TextProp>,
    problem: Signal<Option<(bool, String)>>,
    path: Option<Signal<String>>,
    control: impl FnOnce(Signal<String>) -> V,
) -> impl IntoView {
    let (details, describedby) = describe(id, hint, problem);
    view! {
        <div class="field" on:focusout=on_leave(path)>
            <label for=id.to_owned()>{move || label.get()}</label>
            {control(describedby)}
            {details}
        </div>
    }
}

/// A one-line text input.
#[component]
pub fn TextField(
    /// The value it edits, with its DOM id and the pointer its problems are filed under.
    bind: Bind<String>,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// A line of help under the control.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// The input's `type` (`text` by default; `time` for hours).
    #[prop(optional)]
    input_type: Option<&'static str>,
) -> impl IntoView {
    let problem = problem_within(bind.path, false);
    let (id, value, set) = (bind.id.clone(), bind.value, bind.set);
    labelled(
        &bind.id,
        label,
        hint,
        problem,
        bind.path,
        move |describedby| {
            view! {
                <input
                    type=input_type.unwrap_or("text")
                    id=id
                    autocomplete="off"
                    aria-describedby=described(describedby)
                    aria-invalid=invalid(problem)
                    prop:value=value
                    on:input:target=move |ev| set.run(ev.target().value())
                />
            }
        },
    )
}

/// A textarea, either free text or one list entry per line (`lines` adds that hint).
#[component]
pub fn TextArea(
    /// The label, always shown above the textarea.
    #[prop(into)]
    label: TextProp,
    /// The text it edits, as for a [`TextField`].
    bind: Bind<String>,
    /// Whether each line is an entry of a list: adds that hint, and shows the problem of any
    /// entry.
    #[prop(optional)]
    lines: bool,
    /// A line of help under the control (for a list, "One item per line" by default).
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// Visible lines (3 by default).
    #[prop(optional)]
    rows: Option<u32>,
    /// Placeholder names to offer when the user types `{{` (reply templates).
    #[prop(optional, into)]
    suggestions: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let w = crate::i18n::words(Words::get);
    let hint = hint.or_else(|| lines.then(|| TextProp::from(move || w.get().one_per_line)));
    let problem = problem_within(bind.path, lines);
    let offer = PlaceholderOffer::new(&bind.id, bind.set, suggestions);
    let (id, value, set) = (bind.id.clone(), bind.value, bind.set);
    labelled(
        &bind.id,
        label,
        hint,
        problem,
        bind.path,
        move |describedby| {
            view! {
                <textarea
                    id=id
                    rows=rows.unwrap_or(3)
                    aria-describedby=described(describedby)
                    aria-invalid=invalid(problem)
                    aria-autocomplete=suggestions.map(|_| "list")
                    aria-controls=move || offer.is_open().then(|| offer.list_id())
                    aria-activedescendant=move || offer.active_id()
                    prop:value=value
                    on:input:target=move |ev| {
                        let area = ev.target();
                        set.run(area.value());
                        offer.follow(&area);
                    }
                    on:keydown:target=move |ev| offer.key(&ev)
                    on:click:target=move |ev| offer.follow(&ev.target())
                    on:blur=move |_| offer.close()
                ></textarea>
                <Suggestions offer />
            }
        },
    )
}

/// A text input whose text must parse (a number, a delay). Text that does not parse stays in
/// the input, flagged with `invalid_message`, and the model keeps its last good value. What
/// the user typed is never rewritten while it still means the model's value ("3" while typing
/// "30 min" must not become "3 h"); the model's own text shows when it changes otherwise
/// (undo, import).
#[component]
pub fn ParsedField<T>(
    /// The value it edits.
    bind: Bind<T>,
    /// The value as the input shows it.
    format: fn(&T) -> String,
    /// Reads the input's text; `None` when it does not parse.
    parse: fn(&str) -> Option<T>,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// The problem shown while the text does not parse.
    #[prop(into)]
    invalid_message: TextProp,
    /// A line of help under the control.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// The input's `inputmode` (`numeric` for numbers).
    #[prop(optional)]
    inputmode: Option<&'static str>,
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
    let set = bind.set;
    let accept = Callback::new(move |text: String| match parse(&text) {
        Some(value) => {
            set.run(value);
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
    let value = bind.value;
    parsed_input(ParsedInput {
        id: bind.id,
        path: bind.path,
        text: Signal::derive(move || value.with(format)),
        accept,
        same_meaning,
        label,
        invalid_message,
        hint,
        inputmode,
        placeholder,
        label_hidden,
    })
}

/// What the non-generic half of [`ParsedField`] needs.
struct ParsedInput {
    id: String,
    path: Option<Signal<String>>,
    /// The model's value as text.
    text: Signal<String>,
    /// Takes the text; false when it does not parse.
    accept: Callback<String, bool>,
    /// Whether two texts parse to the same value.
    same_meaning: Callback<(String, String), bool>,
    label: TextProp,
    invalid_message: TextProp,
    hint: Option<TextProp>,
    inputmode: Option<&'static str>,
    placeholder: Option<Signal<String>>,
    label_hidden: bool,
}

fn parsed_input(input: ParsedInput) -> AnyView {
    // what the model side needs; the input's own attributes are read from `input` below
    let ParsedInput {
        id,
        text,
        accept,
        same_meaning,
        invalid_message,
        ..
    } = input;
    let (path, label, hint) = (input.path, input.label, input.hint);
    let (inputmode, placeholder, label_hidden) =
        (input.inputmode, input.placeholder, input.label_hidden);
    let invalid_text = RwSignal::new(false);
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let shown = move || {
        let model = text.get();
        match typed.get() {
            // unparseable text stays as typed; so does text that means what the model holds
            Some(typed)
                if invalid_text.get() || same_meaning.run((typed.clone(), model.clone())) =>
            {
                typed
            }
            _ => model,
        }
    };
    let model_problem = problem_within(path, false);
    let problem = Signal::derive(move || {
        if invalid_text.get() {
            Some((true, invalid_message.get().to_string()))
        } else {
            model_problem.get()
        }
    });
    let (details, describedby) = describe(&id, hint, problem);
    view! {
        <div class="field" on:focusout=on_leave(path)>
            <label for=id.clone() class:visually-hidden=label_hidden>{move || label.get()}</label>
            <input
                type="text"
                id=id
                inputmode=inputmode.unwrap_or("text")
                autocomplete="off"
                placeholder=move || placeholder.map(|p| p.get())
                aria-describedby=described(describedby)
                aria-invalid=invalid(problem)
                prop:value=shown
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    let ok = accept.run(text.clone());
                    invalid_text.set(!ok);
                    typed.set(Some(text));
                }
            />
            {details}
        </div>
    }
    .into_any()
}

/// The choices of a select: how many, and the label of each (in the UI language, reactive).
#[derive(Clone, Copy)]
pub struct Options {
    pub count: usize,
    pub label: Callback<usize, String>,
}

impl Options {
    /// The values of `all` (an enum's `ALL`), each labelled by `label`.
    pub fn of<T: Copy + Send + Sync + 'static>(
        all: &'static [T],
        label: impl Fn(T) -> String + Send + Sync + 'static,
    ) -> Options {
        Options {
            count: all.len(),
            label: Callback::new(move |i: usize| all.get(i).map(|&v| label(v)).unwrap_or_default()),
        }
    }
}

/// A select over a fixed list of values, bound by position in that list (see
/// `Scope::choice`), with labels in the UI language.
#[component]
pub fn SelectField(
    /// The position of the chosen value.
    bind: Bind<usize>,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
    /// The values offered, with their labels.
    options: Options,
) -> impl IntoView {
    let problem = problem_within(bind.path, false);
    let (id, selected, choose) = (bind.id.clone(), bind.value, bind.set);
    labelled(
        &bind.id,
        label,
        None,
        problem,
        bind.path,
        move |describedby| {
            view! {
                <select
                    id=id
                    aria-describedby=described(describedby)
                    on:change:target=move |ev| {
                        if let Ok(i) = ev.target().value().parse::<usize>() {
                            choose.run(i);
                        }
                    }
                >
                    {(0..options.count)
                        .map(|i| {
                            view! {
                                <option value=i.to_string() prop:selected=move || selected.get() == i>
                                    {move || options.label.run(i)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            }
        },
    )
}

/// A group of checkboxes: which of `options` are ticked in a set field.
#[component]
pub fn CheckGroup<T>(
    /// The set it edits.
    bind: Members<T>,
    /// The group's visible legend.
    #[prop(into)]
    legend: TextProp,
    /// The values offered, in order.
    #[prop(into)]
    options: Signal<Vec<T>>,
    /// The label of each value.
    option_label: Callback<T, String>,
    /// Shown instead of the boxes when there is nothing to choose from.
    #[prop(optional, into)]
    empty: Option<TextProp>,
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
    let (ticked, toggle) = (bind.ticked, bind.toggle);
    let is_checked =
        Callback::new(move |i: usize| at(i).is_some_and(|x| ticked.with(|t| t.contains(&x))));
    let toggle = Callback::new(move |(i, on): (usize, bool)| {
        if let Some(x) = at(i) {
            toggle.run((x, on));
        }
    });
    check_group_view(
        bind.id,
        bind.path,
        legend,
        boxes.into(),
        is_checked,
        toggle,
        empty,
    )
}

fn check_group_view(
    id: String,
    path: Option<Signal<String>>,
    legend: TextProp,
    boxes: Signal<Vec<String>>,
    is_checked: Callback<usize, bool>,
    toggle: Callback<(usize, bool)>,
    empty: Option<TextProp>,
) -> AnyView {
    let problem = problem_within(path, false);
    let (details, describedby) = describe(&id, None, problem);
    let group_id = id.clone();
    view! {
        <fieldset class="choices" id=id aria-describedby=described(describedby) on:focusout=on_leave(path)>
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

charter::catalogue! {
    /// The words of this view.
    struct Words;
    one_per_line: &'static str {
        fr: "Un élément par ligne.",
        en: "One item per line.",
    }
}
