//! Step 7: Crisis plan. What makes a crisis (triggers and thresholds), who speaks (the
//! spokesperson), who is called and when (the escalation chain), what happens in the first
//! hour, and the holding statements ready to publish.

use charter::document::Section;
use charter::document::{Charter, CrisisTrigger, EscalationStep, HoldingStatement};
use charter::Lang;
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{item_list, rows, ListText, StepFrame, TextArea, TextField};
use crate::i18n::{endonym, use_labels, use_messages};
use crate::state::{use_app, Step};

#[component]
pub fn CrisisStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let charter = Scope::charter(app.store);
    let triggers = charter.rows(Charter::TRIGGERS);
    let trigger_rows = rows(
        triggers.dom(),
        triggers.count(),
        move || w.get().add_trigger,
        triggers.add(),
        triggers.remove(),
        move |i| {
            let row = triggers.row(i);
            view! {
                <TextField bind=row.field(CrisisTrigger::DESCRIPTION) label=move || l.get().trigger />
                <TextField bind=row.field(CrisisTrigger::THRESHOLD) label=move || l.get().threshold />
            }
        },
    );
    view! {
        <StepFrame step=Step::Edit(Section::Crisis)>
            <fieldset class="group" id=charter.dom("crisis/spokesperson")>
                <legend>{move || l.get().spokesperson}</legend>
                <TextField bind=charter.field(Charter::SPOKESPERSON_NAME) label=move || l.get().name />
                <div class="row">
                    <TextField bind=charter.field(Charter::SPOKESPERSON_ROLE) label=move || l.get().role />
                    <TextField bind=charter.field(Charter::SPOKESPERSON_CONTACT) label=move || l.get().contact />
                </div>
            </fieldset>
            <fieldset class="group">
                <legend>{move || l.get().triggers}</legend>
                {trigger_rows}
            </fieldset>
            <h2 class="subheading">{move || l.get().escalation}</h2>
            {item_list::<EscalationStep, _>(
                ListText { add: Signal::derive(move || w.get().add_escalation), empty: Signal::derive(move || w.get().escalation_empty) },
                "role",
                true,
                escalation_fields,
            )}
            <TextArea bind=charter.lines(Charter::FIRST_HOUR) label=move || l.get().first_hour lines=true rows=4 />
            <h2 class="subheading">{move || l.get().holding_statements}</h2>
            {item_list::<HoldingStatement, _>(
                ListText { add: Signal::derive(move || w.get().add_statement), empty: Signal::derive(move || w.get().statements_empty) },
                "title",
                true,
                statement_fields,
            )}
        </StepFrame>
    }
}

fn escalation_fields(card: Scope<EscalationStep>) -> impl IntoView {
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    view! {
        <TextField bind=card.field(EscalationStep::ROLE) label=move || l.get().role />
        <div class="row">
            <TextField bind=card.field(EscalationStep::CONTACT) label=move || l.get().contact />
            <TextField bind=card.field(EscalationStep::WHEN) label=move || w.get().when />
        </div>
    }
}

fn statement_fields(card: Scope<HoldingStatement>) -> impl IntoView {
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    view! {
        <TextField bind=card.field(HoldingStatement::TITLE) label=move || w.get().statement_title />
        <div class="side-by-side">
            <TextArea bind=card.text_in(HoldingStatement::BODY, Lang::Fr)
                label=move || (t.get().text_in)(&endonym(Lang::Fr)) rows=4 />
            <TextArea bind=card.text_in(HoldingStatement::BODY, Lang::En)
                label=move || (t.get().text_in)(&endonym(Lang::En)) rows=4 />
        </div>
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_escalation: &'static str {
        fr: "Ajouter une étape",
        en: "Add a step",
    }
    add_statement: &'static str {
        fr: "Ajouter un message d’attente",
        en: "Add a holding statement",
    }
    add_trigger: &'static str {
        fr: "Ajouter un déclencheur",
        en: "Add a trigger",
    }
    escalation_empty: &'static str {
        fr: "Aucune étape pour l’instant.",
        en: "No steps yet.",
    }
    statement_title: &'static str {
        fr: "Titre",
        en: "Title",
    }
    statements_empty: &'static str {
        fr: "Aucun message d’attente pour l’instant.",
        en: "No holding statements yet.",
    }
    when: &'static str {
        fr: "Quand la prévenir",
        en: "When to call",
    }
}
