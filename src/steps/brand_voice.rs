//! Step 2: Brand & voice. The charter's details (title, brand, language, version, authors)
//! and how the brand sounds: tone traits, form of address, emoji policy, words to use and to
//! avoid.

use charter::document::{Address, Charter, EmojiPolicy, ToneKind, ToneTrait, WordChoice};
use charter::field::Field;
use charter::labels::Labels;
use charter::locate::Section;
use charter::Lang;
use leptos::prelude::*;

use crate::components::{rows, Options, SelectField, StepFrame, TextArea, TextField};
use crate::i18n::{endonym, use_labels, use_messages, Messages};
use crate::state::{use_app, Step};

#[component]
pub fn BrandVoiceStep() -> impl IntoView {
    let app = use_app();
    let (t, l) = (use_messages(), use_labels());
    let charter = app.charter();
    let tone = charter.rows(Charter::TONE);
    let tone_rows = rows(
        tone.dom(),
        tone.count(),
        move || t.get().add_tone,
        tone.add(),
        tone.remove(),
        move |i| {
            let row = tone.row(i);
            view! {
                <SelectField
                    bind=row.choice(ToneTrait::KIND, &ToneKind::ALL)
                    label=move || t.get().tone_kind
                    options=Options::of(&ToneKind::ALL, move |k| (l.get().tone_kind)(k).to_owned())
                />
                <TextField bind=row.field(ToneTrait::LABEL) label=move || t.get().tone_label
                    hint=move || t.get().tone_label_hint />
                <TextArea bind=row.field(ToneTrait::DESCRIPTION) label=move || t.get().tone_description rows=2 />
            }
        },
    );

    view! {
        <StepFrame step=Step::Edit(Section::BrandVoice)>
            <fieldset class="group">
                <legend>{move || t.get().charter_details}</legend>
                <TextField bind=charter.field(Charter::TITLE) label=move || t.get().charter_title />
                <TextField bind=charter.field(Charter::BRAND) label=move || l.get().brand />
                <SelectField
                    bind=charter.choice(Charter::LANGUAGE, &Lang::ALL)
                    label=move || t.get().charter_language
                    options=Options::of(&Lang::ALL, |lang| endonym(lang).to_owned())
                />
                <TextField bind=charter.field(Charter::VERSION_LABEL) label=move || l.get().version />
                <TextArea bind=charter.lines(Charter::AUTHORS) label=move || l.get().authors lines=true rows=2 />
            </fieldset>
            <fieldset class="group">
                <legend>{move || l.get().tone}</legend>
                <p class="hint">{move || t.get().tone_hint}</p>
                {tone_rows}
            </fieldset>
            <fieldset class="group">
                <legend>{move || t.get().address_and_emoji}</legend>
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
                <TextField bind=charter.field(Charter::EMOJI_NOTE) label=move || t.get().emoji_note />
            </fieldset>
            {word_list(Charter::WORDS_TO_USE, |l| l.words_to_use, |m| m.add_word_to_use)}
            {word_list(Charter::WORDS_TO_AVOID, |l| l.words_to_avoid, |m| m.add_word_to_avoid)}
        </StepFrame>
    }
}

/// The words to use, or to avoid, each with the reason.
fn word_list(
    field: Field<Charter, Vec<WordChoice>>,
    legend: fn(&Labels) -> &'static str,
    add: fn(&Messages) -> &'static str,
) -> impl IntoView {
    let app = use_app();
    let (t, l) = (use_messages(), use_labels());
    let words = app.charter().rows(field);
    let body = rows(
        words.dom(),
        words.count(),
        move || add(t.get()),
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
