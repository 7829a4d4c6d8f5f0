//! Step 6: Moderation. The public house rules, the troll policy ("reply once, then ignore or
//! moderate"), and the rules: what each covers, examples, watched keywords and patterns, and
//! the action on the escalation ladder.

use charter::document::Section;
use charter::document::{Charter, ModerationAction, ModerationCategory, ModerationRule};
use leptos::prelude::*;

use crate::bind::Scope;
use crate::components::{item_list, ListText, Options, SelectField, StepFrame, TextArea};
use crate::i18n::use_labels;
use crate::state::{use_app, Step};

#[component]
pub fn ModerationStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let charter = Scope::charter(app.store);
    view! {
        <StepFrame step=Step::Edit(Section::Moderation)>
            <TextArea bind=charter.lines(Charter::HOUSE_RULES) label=move || l.get().house_rules
                hint=move || w.get().house_rules_hint rows=4 />
            <TextArea bind=charter.field(Charter::TROLL_POLICY) label=move || l.get().troll_policy
                hint=move || w.get().troll_policy_hint rows=2 />
            <h2 class="subheading">{move || l.get().moderation_rules}</h2>
            {item_list::<ModerationRule, _>(
                ListText { add: Signal::derive(move || w.get().add_rule), empty: Signal::derive(move || w.get().rules_empty) },
                "covers",
                true,
                rule_fields,
            )}
        </StepFrame>
    }
}

fn rule_fields(card: Scope<ModerationRule>) -> impl IntoView {
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
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
            hint=move || w.get().keywords_hint />
        <TextArea bind=card.lines(ModerationRule::PATTERNS) label=move || w.get().patterns lines=true rows=2
            hint=move || w.get().patterns_hint />
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_rule: &'static str {
        fr: "Ajouter une règle",
        en: "Add a rule",
    }
    house_rules_hint: &'static str {
        fr: "Telles que la communauté les lira, une par ligne.",
        en: "As the community will read them, one per line.",
    }
    keywords_hint: &'static str {
        fr: "Un par ligne ; les outils de modération automatique peuvent les reprendre.",
        en: "One per line; automated moderation tools can use them.",
    }
    patterns: &'static str {
        fr: "Expressions régulières surveillées",
        en: "Watched regular expressions",
    }
    patterns_hint: &'static str {
        fr: "Une par ligne, dans la syntaxe que Discord AutoMod et Reddit AutoModerator lisent tous deux (sans (?i) : ils ignorent déjà la casse), par exemple arnaque\\w* ; pour les formes que les mots-clés ne couvrent pas.",
        en: "One per line, in the syntax both Discord AutoMod and Reddit AutoModerator read (no (?i): they already ignore case), for example scam\\w*; for forms keywords do not cover.",
    }
    rules_empty: &'static str {
        fr: "Aucune règle pour l’instant.",
        en: "No rules yet.",
    }
    troll_policy_hint: &'static str {
        fr: "L’usage : répondre une fois, puis ignorer ou modérer.",
        en: "The usual: reply once, then ignore or moderate.",
    }
}
