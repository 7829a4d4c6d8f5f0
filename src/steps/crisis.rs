//! Step 7: Crisis plan. What makes a crisis (triggers and thresholds), who speaks (the
//! spokesperson), who is called and when (the escalation chain), what happens in the first
//! hour, and the holding statements ready to publish.

use charter::document::{CrisisTrigger, EscalationStep, HoldingStatement};
use charter::draft::{lines_from_text, text_from_lines};
use charter::Lang;
use leptos::prelude::*;

use crate::components::{
    item_list, plain_field_id, rows, Card, ListText, StepFrame, TextArea, TextField,
};
use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, Step};

fn fixed(path: &'static str) -> Signal<String> {
    Signal::derive(move || path.to_owned())
}

#[component]
pub fn CrisisStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let triggers = rows(
        "f-crisis-triggers".to_owned(),
        app.read(|c| c.crisis.triggers.len()),
        move || t.get().add_trigger,
        app.write(|c, ()| c.crisis.triggers.push(CrisisTrigger::default())),
        app.write(|c, i: usize| {
            if i < c.crisis.triggers.len() {
                c.crisis.triggers.remove(i);
            }
        }),
        move |i| {
            view! {
                <TextField
                    id=format!("f-crisis-triggers-{i}-description")
                    label=move || t.get().trigger
                    value=app.read(move |c| c.crisis.triggers.get(i).map(|x| x.description.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(x) = c.crisis.triggers.get_mut(i) { x.description = v })
                />
                <TextField
                    id=format!("f-crisis-triggers-{i}-threshold")
                    label=move || t.get().threshold
                    value=app.read(move |c| c.crisis.triggers.get(i).map(|x| x.threshold.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(x) = c.crisis.triggers.get_mut(i) { x.threshold = v })
                />
            }
        },
    );
    view! {
        <StepFrame step=Step::Crisis>
            <fieldset class="group" id="f-crisis-spokesperson">
                <legend>{move || t.get().spokesperson}</legend>
                <TextField id=plain_field_id("/crisis/spokesperson/name") label=move || t.get().person_name
                    path=fixed("/crisis/spokesperson/name")
                    value=app.read(|c| c.crisis.spokesperson.name.clone())
                    on_input=app.write(|c, v| c.crisis.spokesperson.name = v) />
                <div class="row">
                    <TextField id=plain_field_id("/crisis/spokesperson/role") label=move || t.get().role
                        value=app.read(|c| c.crisis.spokesperson.role.clone())
                        on_input=app.write(|c, v| c.crisis.spokesperson.role = v) />
                    <TextField id=plain_field_id("/crisis/spokesperson/contact") label=move || t.get().contact
                        value=app.read(|c| c.crisis.spokesperson.contact.clone())
                        on_input=app.write(|c, v| c.crisis.spokesperson.contact = v) />
                </div>
            </fieldset>
            <fieldset class="group">
                <legend>{move || t.get().triggers}</legend>
                {triggers}
            </fieldset>
            <h2 class="subheading">{move || t.get().escalation}</h2>
            {item_list::<EscalationStep, _>(
                ListText { add: |m| m.add_escalation, empty: |m| m.escalation_empty },
                "role",
                true,
                escalation_fields,
            )}
            <TextArea
                id=plain_field_id("/crisis/first_hour")
                label=move || t.get().first_hour
                lines=true
                rows=4
                value=app.read(|c| text_from_lines(&c.crisis.first_hour))
                on_input=app.write(|c, v: String| c.crisis.first_hour = lines_from_text(&v))
            />
            <h2 class="subheading">{move || t.get().holding_statements}</h2>
            {item_list::<HoldingStatement, _>(
                ListText { add: |m| m.add_statement, empty: |m| m.statements_empty },
                "title",
                true,
                statement_fields,
            )}
        </StepFrame>
    }
}

fn escalation_fields(card: Card<EscalationStep>) -> impl IntoView {
    let t = use_messages();
    view! {
        <TextField id=card.dom("role") label=move || t.get().role path=card.path("role")
            value=card.text(|s| s.role.clone()) on_input=card.set(|s, v| s.role = v) />
        <div class="row">
            <TextField id=card.dom("contact") label=move || t.get().contact
                value=card.text(|s| s.contact.clone()) on_input=card.set(|s, v| s.contact = v) />
            <TextField id=card.dom("when") label=move || t.get().when
                value=card.text(|s| s.when.clone()) on_input=card.set(|s, v| s.when = v) />
        </div>
    }
}

fn statement_fields(card: Card<HoldingStatement>) -> impl IntoView {
    let t = use_messages();
    view! {
        <TextField id=card.dom("title") label=move || t.get().statement_title path=card.path("title")
            value=card.text(|s| s.title.clone()) on_input=card.set(|s, v| s.title = v) />
        <div class="side-by-side">
            <TextArea id=card.dom("body-fr") label=move || (t.get().text_in)(endonym(Lang::Fr)) rows=4
                path=card.path("body/fr")
                value=card.text(|s| s.body.fr.clone().unwrap_or_default())
                on_input=card.set(|s, v: String| s.body.fr = Some(v)) />
            <TextArea id=card.dom("body-en") label=move || (t.get().text_in)(endonym(Lang::En)) rows=4
                path=card.path("body/en")
                value=card.text(|s| s.body.en.clone().unwrap_or_default())
                on_input=card.set(|s, v: String| s.body.en = Some(v)) />
        </div>
    }
}
