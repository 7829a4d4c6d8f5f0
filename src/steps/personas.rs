//! Step: Personas. Add, edit, duplicate, remove (with undo) and reorder the audiences the
//! brand talks to. The view only reads the draft and sends `PersonaEdit`s and list commands
//! to `charter::Draft`; focus is managed here because it is a view concern.

use charter::document::{Persona, Platform};
use charter::draft::{parse_age, text_from_lines, PersonaEdit};
use charter::labels::labels;
use leptos::prelude::*;

use crate::components::{field_id, LinesField, TextField};
use crate::i18n::use_messages;
use crate::state::use_app;

/// Moves keyboard focus to an element once the DOM has caught up with the last change.
fn focus_soon(dom_id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&dom_id) {
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
}

#[component]
pub fn PersonasStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let ids = Memo::new(move |_| {
        app.draft.with(|d| {
            d.charter
                .personas
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let id = app
            .draft
            .try_update(|d| d.add_persona())
            .unwrap_or_default();
        focus_soon(field_id(&id, "name"));
    };
    view! {
        <section class="step" aria-labelledby="step-heading">
            <h1 id="step-heading" tabindex="-1">{move || t.get().personas_title}</h1>
            <p class="intro">{move || t.get().personas_intro}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{move || t.get().personas_empty}</p>
            </Show>
            <ol class="cards" data-testid="persona-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <li>
                        <PersonaCard id />
                    </li>
                </For>
            </ol>
            <button type="button" class="button primary" id="add-persona" on:click=add>
                {move || t.get().add_persona}
            </button>
        </section>
    }
}

#[component]
fn PersonaCard(id: String) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    // One memo per card: a keystroke in one persona re-renders only that persona's fields.
    let persona = Memo::new({
        let id = id.clone();
        move |_| {
            app.draft
                .with(|d| d.charter.persona(&id).cloned().unwrap_or_default())
        }
    });
    let edit = Callback::new({
        let id = id.clone();
        move |edit: PersonaEdit| app.draft.update(|d| d.edit_persona(&id, edit))
    });
    let text = move |read: fn(&Persona) -> String| Signal::derive(move || persona.with(read));
    let heading = move || {
        persona.with(|p| {
            if p.name.trim().is_empty() {
                t.get().untitled_persona.to_owned()
            } else {
                p.name.clone()
            }
        })
    };
    let heading_id = field_id(&id, "heading");
    let labelledby = heading_id.clone();

    let position = {
        let id = id.clone();
        Memo::new(move |_| {
            app.draft.with(|d| {
                let list = &d.charter.personas;
                let index = list.iter().position(|p| p.id == id).unwrap_or(0);
                (index == 0, index + 1 >= list.len())
            })
        })
    };
    let move_by = {
        let id = id.clone();
        move |delta: isize| {
            let moved = app
                .draft
                .try_update(|d| d.move_persona(&id, delta))
                .unwrap_or(false);
            if moved {
                // Reordering moves the card's DOM nodes, which drops focus: put it back on the
                // same button, or on the other one once the card reaches an end of the list
                // (a disabled button cannot hold focus).
                let (first, last) = position.get_untracked();
                let button = match (delta < 0, first, last) {
                    (true, true, _) => "down",
                    (false, _, true) => "up",
                    (true, _, _) => "up",
                    (false, _, _) => "down",
                };
                focus_soon(field_id(&id, button));
            }
        }
    };
    let move_up = {
        let move_by = move_by.clone();
        move |_| move_by(-1)
    };
    let move_down = move |_| move_by(1);
    let duplicate = {
        let id = id.clone();
        move |_| {
            if let Some(copy) = app.draft.try_update(|d| d.duplicate_persona(&id)).flatten() {
                focus_soon(field_id(&copy, "name"));
            }
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            app.draft.update(|d| d.remove_persona(&id));
            focus_soon("undo-button".to_owned());
        }
    };

    view! {
        <article class="card" aria-labelledby=labelledby data-testid="persona">
            <h2 class="card-title" id=heading_id>{heading}</h2>
            <TextField
                id=field_id(&id, "name")
                label=Signal::derive(move || t.get().persona_name)
                value=text(|p| p.name.clone())
                on_input=Callback::new(move |v| edit.run(PersonaEdit::Name(v)))
            />
            <AgeFields id=id.clone() persona edit />
            <LinesField
                id=field_id(&id, "interests")
                label=Signal::derive(move || t.get().interests)
                hint=Signal::derive(move || t.get().one_per_line)
                value=text(|p| text_from_lines(&p.interests))
                on_input=Callback::new(move |v| edit.run(PersonaEdit::Interests(v)))
            />
            <LinesField
                id=field_id(&id, "behaviours")
                label=Signal::derive(move || t.get().digital_behaviours)
                hint=Signal::derive(move || t.get().one_per_line)
                value=text(|p| text_from_lines(&p.digital_behaviours))
                on_input=Callback::new(move |v| edit.run(PersonaEdit::DigitalBehaviours(v)))
            />
            <LinesField
                id=field_id(&id, "expectations")
                label=Signal::derive(move || t.get().expectations)
                hint=Signal::derive(move || t.get().one_per_line)
                value=text(|p| text_from_lines(&p.expectations))
                on_input=Callback::new(move |v| edit.run(PersonaEdit::Expectations(v)))
            />
            <PlatformChoices id=id.clone() persona edit />
            <div class="card-actions" role="group" aria-label=move || (t.get().actions_for)(&heading())>
                <button type="button" class="button quiet" id=field_id(&id, "up")
                    disabled=move || position.get().0 on:click=move_up>
                    {move || t.get().move_up}
                </button>
                <button type="button" class="button quiet" id=field_id(&id, "down")
                    disabled=move || position.get().1 on:click=move_down>
                    {move || t.get().move_down}
                </button>
                <button type="button" class="button quiet" id=field_id(&id, "duplicate") on:click=duplicate>
                    {move || t.get().duplicate}
                </button>
                <button type="button" class="button danger" id=field_id(&id, "remove") on:click=remove>
                    {move || t.get().remove}
                </button>
            </div>
        </article>
    }
}

/// The two ends of the age range. A value the model cannot hold (121, "abc") is kept in the
/// input and flagged, instead of being silently replaced.
#[component]
fn AgeFields(id: String, persona: Memo<Persona>, edit: Callback<PersonaEdit>) -> impl IntoView {
    let t = use_messages();
    let hint_id = field_id(&id, "age-hint");
    let hint_dom_id = hint_id.clone();
    let end = move |field: &'static str, label: fn(&crate::i18n::Messages) -> &'static str| {
        let input_id = field_id(&id, field);
        let error_id = format!("{input_id}-error");
        let invalid = RwSignal::new(false);
        let value = move || {
            persona
                .with(|p| {
                    if field == "age-min" {
                        p.age.min
                    } else {
                        p.age.max
                    }
                })
                .map(|age| age.to_string())
                .unwrap_or_default()
        };
        let describedby = {
            let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
            move || {
                if invalid.get() {
                    format!("{hint_id} {error_id}")
                } else {
                    hint_id.clone()
                }
            }
        };
        view! {
            <div class="field age">
                <label for=input_id.clone()>{move || label(t.get())}</label>
                <input
                    type="number"
                    inputmode="numeric"
                    min="0"
                    max="120"
                    step="1"
                    id=input_id
                    aria-invalid=move || invalid.get().to_string()
                    aria-describedby=describedby
                    prop:value=value
                    on:input:target=move |ev| match parse_age(&ev.target().value()) {
                        Ok(age) => {
                            invalid.set(false);
                            edit.run(if field == "age-min" { PersonaEdit::AgeMin(age) } else { PersonaEdit::AgeMax(age) });
                        }
                        Err(_) => invalid.set(true),
                    }
                />
                <Show when=move || invalid.get()>
                    <p class="error" id=error_id.clone()>{move || t.get().age_error}</p>
                </Show>
            </div>
        }
    };
    view! {
        <fieldset class="age-range">
            <legend>{move || t.get().age_range}</legend>
            <p class="hint" id=hint_dom_id>{move || t.get().age_hint}</p>
            <div class="row">
                {end("age-min", |m| m.age_min)}
                {end("age-max", |m| m.age_max)}
            </div>
        </fieldset>
    }
}

/// Checkboxes for the platforms a persona uses, named in the UI language.
#[component]
fn PlatformChoices(
    id: String,
    persona: Memo<Persona>,
    edit: Callback<PersonaEdit>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    view! {
        <fieldset class="choices">
            <legend>{move || t.get().channels_used}</legend>
            <div class="choice-grid">
                {Platform::ALL
                    .into_iter()
                    .map(|platform| {
                        let box_id = field_id(&id, &format!("uses-{}", platform.key()));
                        let label_for = box_id.clone();
                        view! {
                            <label class="choice" for=label_for>
                                <input
                                    type="checkbox"
                                    id=box_id
                                    prop:checked=move || persona.with(|p| p.channels.contains(&platform))
                                    on:change:target=move |ev| {
                                        edit.run(PersonaEdit::Channel(platform, ev.target().checked()))
                                    }
                                />
                                {move || labels(app.ui_lang.get()).platform(platform)}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
