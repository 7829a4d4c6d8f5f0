//! Step 2: Brand & voice. The charter's details (title, brand, language, version, authors)
//! and how the brand sounds: tone traits, form of address, emoji policy, words to use and to
//! avoid.

use charter::document::Section;
use charter::document::{Address, Charter, EmojiPolicy, ToneKind, ToneTrait, WordChoice};
use charter::field::Field;
use charter::labels::Labels;
use charter::Lang;
use leptos::prelude::*;

use crate::bind::Scope;

use crate::components::{rows, Options, SelectField, StepFrame, TextArea, TextField};
use crate::i18n::{endonym, use_labels};
use crate::state::{use_app, Step};

#[component]
pub fn BrandVoiceStep() -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let charter = Scope::charter(app.store);
    let tone = charter.rows(Charter::TONE);
    let tone_rows = rows(
        tone.dom(),
        tone.count(),
        move || w.get().add_tone,
        tone.add(),
        tone.remove(),
        move |i| {
            let row = tone.row(i);
            view! {
                <SelectField
                    bind=row.choice(ToneTrait::KIND, &ToneKind::ALL)
                    label=move || w.get().tone_kind
                    options=Options::of(&ToneKind::ALL, move |k| (l.get().tone_kind)(k).to_owned())
                />
                <TextField bind=row.field(ToneTrait::LABEL) label=move || w.get().tone_label
                    hint=move || w.get().tone_label_hint />
                <TextArea bind=row.field(ToneTrait::DESCRIPTION) label=move || w.get().tone_description rows=2 />
            }
        },
    );

    view! {
        <StepFrame step=Step::Edit(Section::BrandVoice)>
            <fieldset class="group">
                <legend>{move || w.get().charter_details}</legend>
                <TextField bind=charter.field(Charter::TITLE) label=move || w.get().charter_title />
                <TextField bind=charter.field(Charter::BRAND) label=move || l.get().brand />
                <SelectField
                    bind=charter.choice(Charter::LANGUAGE, &Lang::ALL)
                    label=move || w.get().charter_language
                    options=Options::of(&Lang::ALL, |lang| endonym(lang).to_owned())
                />
                <TextField bind=charter.field(Charter::VERSION_LABEL) label=move || l.get().version />
                <TextArea bind=charter.lines(Charter::AUTHORS) label=move || l.get().authors lines=true rows=2 />
            </fieldset>
            <fieldset class="group">
                <legend>{move || l.get().tone}</legend>
                <p class="hint">{move || w.get().tone_hint}</p>
                {tone_rows}
            </fieldset>
            <fieldset class="group">
                <legend>{move || w.get().address_and_emoji}</legend>
                <SelectField
                    bind=charter.choice(Charter::ADDRESS, &Address::ALL)
                    label=move || l.get().address
                    options=Options::of(&Address::ALL, move |a| (l.get().address_form)(a).to_owned())
                />
                <SelectField
                    bind=charter.choice(Charter::EMOJI, &EmojiPolicy::ALL)
                    label=move || l.get().emoji
                    options=Options::of(&EmojiPolicy::ALL, move |e| (l.get().emoji_policy)(e).to_owned())
                />
                <TextField bind=charter.field(Charter::EMOJI_NOTE) label=move || w.get().emoji_note />
            </fieldset>
            {word_list(Charter::WORDS_TO_USE, |l| l.words_to_use, |w| w.add_word_to_use)}
            {word_list(Charter::WORDS_TO_AVOID, |l| l.words_to_avoid, |w| w.add_word_to_avoid)}
        </StepFrame>
    }
}

/// The words to use, or to avoid, each with the reason.
fn word_list(
    field: Field<Charter, Vec<WordChoice>>,
    legend: fn(&Labels) -> &'static str,
    add: fn(&Words) -> &'static str,
) -> impl IntoView {
    let app = use_app();
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    let words = Scope::charter(app.store).rows(field);
    let body = rows(
        words.dom(),
        words.count(),
        move || add(w.get()),
        words.add(),
        words.remove(),
        move |i| {
            let row = words.row(i);
            view! {
                <TextField bind=row.field(WordChoice::TEXT) label=move || l.get().word />
                <TextField bind=row.field(WordChoice::REASON) label=move || l.get().why />
            }
        },
    );
    view! {
        <fieldset class="group">
            <legend>{move || legend(l.get())}</legend>
            {body}
        </fieldset>
    }
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_tone: &'static str {
        fr: "Ajouter un trait de ton",
        en: "Add a tone trait",
    }
    add_word_to_avoid: &'static str {
        fr: "Ajouter un mot à éviter",
        en: "Add a word to avoid",
    }
    add_word_to_use: &'static str {
        fr: "Ajouter un mot à employer",
        en: "Add a word to use",
    }
    address_and_emoji: &'static str {
        fr: "Adresse et émojis",
        en: "Address and emoji",
    }
    charter_details: &'static str {
        fr: "La charte",
        en: "The charter",
    }
    charter_language: &'static str {
        fr: "Langue de la charte",
        en: "Charter language",
    }
    charter_title: &'static str {
        fr: "Titre de la charte",
        en: "Charter title",
    }
    emoji_note: &'static str {
        fr: "Précision sur les émojis",
        en: "Emoji note",
    }
    tone_description: &'static str {
        fr: "Ce que cela veut dire",
        en: "What it means",
    }
    tone_hint: &'static str {
        fr: "Deux ou trois traits qui décrivent votre voix, chacun avec ce qu’il veut dire pour vous.",
        en: "Two or three traits that describe your voice, each with what it means for you.",
    }
    tone_kind: &'static str {
        fr: "Trait",
        en: "Trait",
    }
    tone_label: &'static str {
        fr: "Nom personnalisé",
        en: "Custom name",
    }
    tone_label_hint: &'static str {
        fr: "Pour un trait personnalisé, ou pour renommer un trait connu.",
        en: "For a custom trait, or to rename a known one.",
    }
}
