//! Step 9: Reply templates. The placeholders the replies may use (`{{first_name}}`, defined
//! once with a description and a sample), then one template per situation: its channels, its
//! visibility, and its text in French and English side by side, with the private follow-up
//! that completes a public reply to a complaint.

use charter::document::{LocalizedText, Placeholder, ReplyTemplate, Situation, Visibility};
use charter::draft::set_member;
use charter::labels::labels;
use charter::Lang;
use leptos::prelude::*;

use crate::components::{
    item_list, Card, CheckGroup, ListText, SelectField, StepFrame, TextArea, TextField,
};
use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, Step};
use crate::steps::engagement::channel_choices;

#[component]
pub fn TemplatesStep() -> impl IntoView {
    let t = use_messages();
    view! {
        <StepFrame step=Step::Templates>
            <h2 class="subheading">{move || t.get().placeholders}</h2>
            <p class="hint">{move || t.get().placeholders_hint}</p>
            {item_list::<Placeholder, _>(
                ListText { add: |m| m.add_placeholder, empty: |m| m.placeholders_empty },
                "name",
                true,
                placeholder_fields,
            )}
            <h2 class="subheading">{move || t.get().templates}</h2>
            {item_list::<ReplyTemplate, _>(
                ListText { add: |m| m.add_template, empty: |m| m.templates_empty },
                "title",
                true,
                template_fields,
            )}
        </StepFrame>
    }
}

fn placeholder_fields(card: Card<Placeholder>) -> impl IntoView {
    let t = use_messages();
    view! {
        <div class="row">
            <TextField id=card.dom("name") label=move || t.get().placeholder_name path=card.path("name")
                hint=move || t.get().placeholder_name_hint
                value=card.text(|p| p.name.clone()) on_input=card.set(|p, v| p.name = v) />
            <TextField id=card.dom("sample") label=move || t.get().sample
                value=card.text(|p| p.sample.clone()) on_input=card.set(|p, v| p.sample = v) />
        </div>
        <TextField id=card.dom("description") label=move || t.get().description
            value=card.text(|p| p.description.clone()) on_input=card.set(|p, v| p.description = v) />
    }
}

/// One language of a localized text, as a textarea that shows when the text is missing.
fn language_area(
    card: &Card<ReplyTemplate>,
    field: &'static str,
    lang: Lang,
    read: fn(&ReplyTemplate) -> &LocalizedText,
    write: fn(&mut ReplyTemplate) -> &mut LocalizedText,
) -> impl IntoView {
    let t = use_messages();
    let item = card.item;
    let missing = Signal::derive(move || {
        item.with(|x| read(x).get(lang).is_none_or(|s| s.trim().is_empty()))
    });
    let id = card.dom(&format!("{field}-{}", lang.code()));
    let path = card.path_at(format!("{field}/{}", lang.code()));
    let value =
        Signal::derive(move || item.with(|x| read(x).get(lang).unwrap_or_default().to_owned()));
    let template_id = card.id.clone();
    let app = use_app();
    let on_input = Callback::new(move |v: String| {
        app.draft.update(|d| {
            d.edit::<ReplyTemplate>(&template_id, |x| {
                let text = write(x);
                match lang {
                    Lang::Fr => text.fr = Some(v),
                    Lang::En => text.en = Some(v),
                }
            })
        })
    });
    view! {
        <div class="language" lang=lang.code() class:missing=missing>
            <TextArea
                id=id
                label=move || (t.get().text_in)(endonym(lang))
                hint=move || if missing.get() { t.get().missing_language } else { t.get().present_language }
                path=path
                value=value
                on_input=on_input
                rows=5
            />
        </div>
    }
}

fn template_fields(card: Card<ReplyTemplate>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    let (channels, channel_name) = channel_choices();
    view! {
        <TextField id=card.dom("title") label=move || t.get().template_title path=card.path("title")
            value=card.text(|x| x.title.clone()) on_input=card.set(|x, v| x.title = v) />
        <div class="row">
            <SelectField
                id=card.dom("situation")
                label=move || t.get().situation
                options=Situation::ALL.to_vec()
                option_label=Callback::new(move |s| labels(app.ui_lang.get()).situation(s).to_owned())
                value=Signal::derive(move || item.with(|x| x.situation))
                on_change=card.set(|x, s| x.situation = s)
            />
            <SelectField
                id=card.dom("visibility")
                label=move || t.get().visibility
                options=vec![Visibility::Public, Visibility::Private]
                option_label=Callback::new(move |v| labels(app.ui_lang.get()).visibility(v).to_owned())
                value=Signal::derive(move || item.with(|x| x.visibility))
                on_change=card.set(|x, v| x.visibility = v)
            />
        </div>
        <CheckGroup
            id=card.dom("channel_ids")
            legend=move || t.get().template_channels
            path=card.path("channel_ids")
            options=channels
            option_label=channel_name
            checked=Callback::new(move |id: String| item.with(|x| x.channel_ids.contains(&id)))
            on_toggle=card.set(|x, (id, on)| set_member(&mut x.channel_ids, id, on))
            empty=move || t.get().no_channels_to_pick
        />
        <fieldset class="group" id=card.dom("body")>
            <legend>{move || t.get().reply_text}</legend>
            <div class="side-by-side">
                {language_area(&card, "body", Lang::Fr, |x| &x.body, |x| &mut x.body)}
                {language_area(&card, "body", Lang::En, |x| &x.body, |x| &mut x.body)}
            </div>
        </fieldset>
        <fieldset class="group" id=card.dom("follow_up")>
            <legend>{move || t.get().follow_up}</legend>
            <p class="hint">{move || t.get().follow_up_hint}</p>
            <div class="side-by-side">
                {language_area(&card, "follow_up", Lang::Fr, |x| &x.follow_up, |x| &mut x.follow_up)}
                {language_area(&card, "follow_up", Lang::En, |x| &x.follow_up, |x| &mut x.follow_up)}
            </div>
        </fieldset>
    }
}
