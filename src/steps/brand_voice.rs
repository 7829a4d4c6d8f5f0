//! Step 2: Brand & voice. The charter's details (title, brand, language, version, authors)
//! and how the brand sounds: tone traits, form of address, emoji policy, words to use and to
//! avoid.

use charter::document::{Address, EmojiPolicy, ToneKind, ToneTrait, WordChoice};
use charter::draft::{lines_from_text, text_from_lines};
use charter::labels::labels;
use charter::Lang;
use leptos::prelude::*;

use crate::components::{plain_field_id, rows, SelectField, StepFrame, TextArea, TextField};
use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, Step};

/// The DOM id and JSON pointer of a field outside the lists.
fn at(path: &str) -> (String, Signal<String>) {
    let path = path.to_owned();
    (plain_field_id(&path), Signal::derive(move || path.clone()))
}

#[component]
pub fn BrandVoiceStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let ui = move || labels(app.ui_lang.get());
    let (title_id, title_path) = at("/meta/title");
    let (brand_id, _) = at("/meta/brand");
    let (version_id, _) = at("/meta/version_label");
    let (authors_id, _) = at("/meta/authors");
    let (language_id, _) = at("/meta/language");
    let (address_id, _) = at("/voice/address");
    let (emoji_id, _) = at("/voice/emoji");
    let (emoji_note_id, _) = at("/voice/emoji_note");

    let tone_count = app.read(|c| c.voice.tone.len());
    let tone_rows = rows(
        "f-voice-tone".to_owned(),
        tone_count,
        move || t.get().add_tone,
        app.write(|c, ()| c.voice.tone.push(ToneTrait::default())),
        app.write(|c, i: usize| {
            if i < c.voice.tone.len() {
                c.voice.tone.remove(i);
            }
        }),
        move |i| {
            view! {
                <SelectField
                    id=format!("f-voice-tone-{i}-kind")
                    label=move || t.get().tone_kind
                    options=ToneKind::ALL.to_vec()
                    option_label=Callback::new(move |k| labels(app.ui_lang.get()).tone_kind(k).to_owned())
                    value=app.read(move |c| c.voice.tone.get(i).map(|x| x.kind).unwrap_or_default())
                    on_change=app.write(move |c, k| if let Some(x) = c.voice.tone.get_mut(i) { x.kind = k })
                />
                <TextField
                    id=format!("f-voice-tone-{i}-label")
                    label=move || t.get().tone_label
                    hint=move || t.get().tone_label_hint
                    value=app.read(move |c| c.voice.tone.get(i).map(|x| x.label.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(x) = c.voice.tone.get_mut(i) { x.label = v })
                />
                <TextArea
                    id=format!("f-voice-tone-{i}-description")
                    label=move || t.get().tone_description
                    value=app.read(move |c| c.voice.tone.get(i).map(|x| x.description.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(x) = c.voice.tone.get_mut(i) { x.description = v })
                    rows=2
                />
            }
        },
    );

    view! {
        <StepFrame step=Step::BrandVoice>
            <fieldset class="group">
                <legend>{move || t.get().charter_details}</legend>
                <TextField id=title_id label=move || t.get().charter_title path=title_path
                    value=app.read(|c| c.meta.title.clone()) on_input=app.write(|c, v| c.meta.title = v) />
                <TextField id=brand_id label=move || t.get().brand
                    value=app.read(|c| c.meta.brand.clone()) on_input=app.write(|c, v| c.meta.brand = v) />
                <SelectField
                    id=language_id
                    label=move || t.get().charter_language
                    options=Lang::ALL.to_vec()
                    option_label=Callback::new(|lang| endonym(lang).to_owned())
                    value=app.read(|c| c.meta.language)
                    on_change=app.write(|c, lang| c.meta.language = lang)
                />
                <TextField id=version_id label=move || t.get().version_label
                    value=app.read(|c| c.meta.version_label.clone()) on_input=app.write(|c, v| c.meta.version_label = v) />
                <TextArea id=authors_id label=move || t.get().authors lines=true rows=2
                    value=app.read(|c| text_from_lines(&c.meta.authors))
                    on_input=app.write(|c, v: String| c.meta.authors = lines_from_text(&v)) />
            </fieldset>
            <fieldset class="group">
                <legend>{move || t.get().tone}</legend>
                <p class="hint">{move || t.get().tone_hint}</p>
                {tone_rows}
            </fieldset>
            <fieldset class="group">
                <legend>{move || t.get().address_and_emoji}</legend>
                <SelectField
                    id=address_id
                    label=move || t.get().address
                    options=Address::ALL.to_vec()
                    option_label=Callback::new(move |a| ui().address_form(a).to_owned())
                    value=app.read(|c| c.voice.address)
                    on_change=app.write(|c, a| c.voice.address = a)
                />
                <SelectField
                    id=emoji_id
                    label=move || t.get().emoji
                    options=EmojiPolicy::ALL.to_vec()
                    option_label=Callback::new(move |e| ui().emoji_policy(e).to_owned())
                    value=app.read(|c| c.voice.emoji)
                    on_change=app.write(|c, e| c.voice.emoji = e)
                />
                <TextField id=emoji_note_id label=move || t.get().emoji_note
                    value=app.read(|c| c.voice.emoji_note.clone()) on_input=app.write(|c, v| c.voice.emoji_note = v) />
            </fieldset>
            {word_list(true)}
            {word_list(false)}
        </StepFrame>
    }
}

fn words(c: &charter::Charter, to_use: bool) -> &Vec<WordChoice> {
    if to_use {
        &c.voice.words_to_use
    } else {
        &c.voice.words_to_avoid
    }
}

fn words_mut(c: &mut charter::Charter, to_use: bool) -> &mut Vec<WordChoice> {
    if to_use {
        &mut c.voice.words_to_use
    } else {
        &mut c.voice.words_to_avoid
    }
}

/// The words to use (`to_use`) or to avoid, each with the reason.
fn word_list(to_use: bool) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let key = if to_use {
        "words_to_use"
    } else {
        "words_to_avoid"
    };
    let legend = move || {
        if to_use {
            t.get().words_to_use
        } else {
            t.get().words_to_avoid
        }
    };
    let body = rows(
        format!("f-voice-{key}"),
        app.read(move |c| words(c, to_use).len()),
        move || {
            if to_use {
                t.get().add_word_to_use
            } else {
                t.get().add_word_to_avoid
            }
        },
        app.write(move |c, ()| words_mut(c, to_use).push(WordChoice::default())),
        app.write(move |c, i: usize| {
            if i < words(c, to_use).len() {
                words_mut(c, to_use).remove(i);
            }
        }),
        move |i| {
            let path = move |field: &str| format!("/voice/{key}/{i}/{field}");
            let text_path = path("text");
            view! {
                <TextField
                    id=plain_field_id(&path("text"))
                    label=move || t.get().word
                    path=Signal::derive(move || text_path.clone())
                    value=app.read(move |c| words(c, to_use).get(i).map(|w| w.text.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(w) = words_mut(c, to_use).get_mut(i) { w.text = v })
                />
                <TextField
                    id=plain_field_id(&path("reason"))
                    label=move || t.get().word_reason
                    value=app.read(move |c| words(c, to_use).get(i).map(|w| w.reason.clone()).unwrap_or_default())
                    on_input=app.write(move |c, v| if let Some(w) = words_mut(c, to_use).get_mut(i) { w.reason = v })
                />
            }
        },
    );
    view! {
        <fieldset class="group">
            <legend>{legend}</legend>
            {body}
        </fieldset>
    }
}
