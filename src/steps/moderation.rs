//! Step 6: Moderation. The public house rules, the troll policy ("reply once, then ignore or
//! moderate"), and the rules: what each covers, examples, watched keywords and patterns, and
//! the action on the escalation ladder.

use charter::document::{Charter, ModerationAction, ModerationCategory, ModerationRule};
use charter::locate::Section;
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{item_list, ListText, Options, SelectField, StepFrame, TextArea};
use crate::i18n::{use_labels, use_messages};
use crate::state::{use_app, Step};

#[component]
pub fn ModerationStep() -> impl IntoView {
    let app = use_app();
    let (t, l) = (use_messages(), use_labels());
    let charter = app.charter();
    view! {
        <StepFrame step=Step::Edit(Section::Moderation)>
            <TextArea bind=charter.lines(Charter::HOUSE_RULES) label=move || l.get().house_rules
                hint=move || t.get().house_rules_hint rows=4 />
            <TextArea bind=charter.field(Charter::TROLL_POLICY) label=move || l.get().troll_policy
                hint=move || t.get().troll_policy_hint rows=2 />
            <h2 class="subheading">{move || l.get().moderation_rules}</h2>
            {item_list::<ModerationRule, _>(
                ListText { add: |m| m.add_rule, empty: |m| m.rules_empty },
                "covers",
                true,
                rule_fields,
            )}
        </StepFrame>
    }
}

fn rule_fields(card: Scope<ModerationRule>) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    view! {
        <div class="row">
            <SelectField
                bind=card.choice(ModerationRule::CATEGORY, &ModerationCategory::ALL)
                label=move || l.get().category
                options=Options::of(&ModerationCategory::ALL, move |c| (l.get().category_name)(c).to_owned())
            />
            <SelectField
                bind=card.choice(ModerationRule::ACTION, &ModerationAction::ALL)
                label=move || l.get().action
                options=Options::of(&ModerationAction::ALL, move |a| (l.get().moderation_action)(a).to_owned())
            />
        </div>
        <TextArea bind=card.field(ModerationRule::COVERS) label=move || l.get().covers rows=2 />
        <TextArea bind=card.lines(ModerationRule::EXAMPLES) label=move || l.get().examples lines=true rows=2 />
        <TextArea bind=card.lines(ModerationRule::KEYWORDS) label=move || l.get().keywords lines=true rows=2
            hint=move || t.get().keywords_hint />
        <TextArea bind=card.lines(ModerationRule::PATTERNS) label=move || t.get().patterns lines=true rows=2
            hint=move || t.get().patterns_hint />
    }
}
