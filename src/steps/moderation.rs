//! Step 6: Moderation. The public house rules, the troll policy ("reply once, then ignore or
//! moderate"), and the rules: what each covers, examples, watched keywords, and the action on
//! the escalation ladder.

use charter::document::{ModerationAction, ModerationCategory, ModerationRule};
use charter::draft::{lines_from_text, text_from_lines};
use charter::labels::labels;
use leptos::prelude::*;

use crate::components::{
    item_list, plain_field_id, Card, ListText, SelectField, StepFrame, TextArea,
};
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn ModerationStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    view! {
        <StepFrame step=Step::Moderation>
            <TextArea
                id=plain_field_id("/moderation/house_rules")
                label=move || t.get().house_rules
                hint=move || t.get().house_rules_hint
                value=app.read(|c| text_from_lines(&c.moderation.house_rules))
                on_input=app.write(|c, v: String| c.moderation.house_rules = lines_from_text(&v))
                rows=4
            />
            <TextArea
                id=plain_field_id("/moderation/troll_policy")
                label=move || t.get().troll_policy
                hint=move || t.get().troll_policy_hint
                value=app.read(|c| c.moderation.troll_policy.clone())
                on_input=app.write(|c, v| c.moderation.troll_policy = v)
                rows=2
            />
            <h2 class="subheading">{move || t.get().moderation_rules}</h2>
            {item_list::<ModerationRule, _>(
                ListText { add: |m| m.add_rule, empty: |m| m.rules_empty },
                "covers",
                true,
                rule_fields,
            )}
        </StepFrame>
    }
}

fn rule_fields(card: Card<ModerationRule>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    view! {
        <div class="row">
            <SelectField
                id=card.dom("category")
                label=move || t.get().category
                options=ModerationCategory::ALL.to_vec()
                option_label=Callback::new(move |c| labels(app.ui_lang.get()).category(c).to_owned())
                value=Signal::derive(move || item.with(|r| r.category))
                on_change=card.set(|r, c| r.category = c)
            />
            <SelectField
                id=card.dom("action")
                label=move || t.get().action
                options=ModerationAction::ALL.to_vec()
                option_label=Callback::new(move |a| labels(app.ui_lang.get()).moderation_action(a).to_owned())
                value=Signal::derive(move || item.with(|r| r.action))
                on_change=card.set(|r, a| r.action = a)
            />
        </div>
        <TextArea id=card.dom("covers") label=move || t.get().covers path=card.path("covers") rows=2
            value=card.text(|r| r.covers.clone()) on_input=card.set(|r, v| r.covers = v) />
        <TextArea id=card.dom("examples") label=move || t.get().examples lines=true rows=2
            value=card.text(|r| text_from_lines(&r.examples))
            on_input=card.set(|r, v: String| r.examples = lines_from_text(&v)) />
        <TextArea id=card.dom("keywords") label=move || t.get().keywords lines=true rows=2
            hint=move || t.get().keywords_hint
            value=card.text(|r| text_from_lines(&r.keywords))
            on_input=card.set(|r, v: String| r.keywords = lines_from_text(&v)) />
        <TextArea id=card.dom("patterns") label=move || t.get().patterns lines=true rows=2
            hint=move || t.get().patterns_hint
            path=card.path("patterns")
            value=card.text(|r| text_from_lines(&r.patterns))
            on_input=card.set(|r, v: String| r.patterns = lines_from_text(&v)) />
    }
}
