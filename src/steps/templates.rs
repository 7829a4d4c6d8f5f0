//! Step 9: Reply templates. The placeholders the replies may use (`{{first_name}}`, defined
//! once with a description and a sample), then one template per situation: its channels, its
//! visibility, and its text in French and English side by side, with the private follow-up
//! that completes a public reply to a complaint.

use std::sync::Arc;

use charter::checker::{check_template_text, relevant_part, template_text, TemplateText};
use charter::document::{Placeholder, ReplyTemplate, Situation, StandardField, Visibility};
use charter::draft::set_member;
use charter::labels::labels;
use charter::Charter;
use charter::Lang;
use leptos::prelude::*;

use crate::components::{
    item_list, rows, Card, CheckGroup, ListText, ReplyFindings, SelectField, StepFrame, TextArea,
    TextField,
};
use crate::i18n::{endonym, use_messages};
use crate::state::{use_app, Step};
use crate::steps::engagement::channel_choices;
use crate::steps::practice::PracticePanel;

#[component]
pub fn TemplatesStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    // What the reply checker reads of the charter, shared by every template's texts.
    let relevant = Memo::new(move |_| app.draft.with(|d| Arc::new(relevant_part(&d.charter))));
    view! {
        <StepFrame step=Step::Templates>
            <PracticePanel relevant />
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
                move |card| template_fields(card, relevant),
            )}
        </StepFrame>
    }
}

/// Nothing, then each field a helpdesk can fill a placeholder with.
fn stands_for_options() -> Vec<Option<StandardField>> {
    std::iter::once(None)
        .chain(StandardField::ALL.into_iter().map(Some))
        .collect()
}

fn placeholder_fields(card: Card<Placeholder>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    view! {
        <div class="row">
            <TextField id=card.dom("name") label=move || t.get().placeholder_name path=card.path("name")
                hint=move || t.get().placeholder_name_hint
                value=card.text(|p| p.name.clone()) on_input=card.set(|p, v| p.name = v) />
            <TextField id=card.dom("sample") label=move || t.get().sample
                value=card.text(|p| p.sample.clone()) on_input=card.set(|p, v| p.sample = v) />
            <SelectField
                id=card.dom("stands_for")
                label=move || t.get().stands_for
                options=stands_for_options()
                option_label=Callback::new(move |f: Option<StandardField>| match f {
                    Some(f) => labels(app.ui_lang.get()).standard_field(f).to_owned(),
                    None => t.get().stands_for_nothing.to_owned(),
                })
                value=card.get(|p| p.stands_for)
                on_change=card.set(|p, f| p.stands_for = f)
            />
        </div>
        <TextField id=card.dom("description") label=move || t.get().description
            value=card.text(|p| p.description.clone()) on_input=card.set(|p, v| p.description = v) />
    }
}

/// The names of the charter's placeholders, offered when the user types `{{`.
pub fn placeholder_names(relevant: Memo<Arc<Charter>>) -> Signal<Vec<String>> {
    Signal::derive(move || {
        relevant.with(|c| c.placeholders.iter().map(|p| p.name.clone()).collect())
    })
}

/// One language of a template's text, as a textarea that shows when the text is missing,
/// followed by the reply checker's findings on it.
fn language_area(
    card: &Card<ReplyTemplate>,
    field: TemplateText,
    lang: Lang,
    relevant: Memo<Arc<Charter>>,
) -> impl IntoView {
    let t = use_messages();
    let item = card.item;
    let missing = Signal::derive(move || {
        item.with(|x| {
            template_text(x, field)
                .get(lang)
                .is_none_or(|s| s.trim().is_empty())
        })
    });
    let id = card.dom(&format!("{}-{}", field.key(), lang.code()));
    let path = card.path_at(format!("{}/{}", field.key(), lang.code()));
    let value = Signal::derive(move || {
        item.with(|x| {
            template_text(x, field)
                .get(lang)
                .unwrap_or_default()
                .to_owned()
        })
    });
    let template_id = card.id.clone();
    let app = use_app();
    let on_input = Callback::new(move |v: String| {
        app.draft.update(|d| {
            d.edit::<ReplyTemplate>(&template_id, |x| {
                let text = match field {
                    TemplateText::Body => &mut x.body,
                    TemplateText::FollowUp => &mut x.follow_up,
                };
                match lang {
                    Lang::Fr => text.fr = Some(v),
                    Lang::En => text.en = Some(v),
                }
            })
        })
    });
    // Re-checked only when this template or the parts of the charter the checker reads change.
    let findings = Memo::new(move |_| {
        item.with(|x| relevant.with(|c| check_template_text(c, x, field, lang)))
    });
    view! {
        <div class="language" lang=lang.code() class:missing=missing>
            <TextArea
                id=id.clone()
                label=move || (t.get().text_in)(endonym(lang))
                hint=move || if missing.get() { t.get().missing_language } else { t.get().present_language }
                path=path
                value=value
                on_input=on_input
                rows=5
                suggestions=placeholder_names(relevant)
            />
            <ReplyFindings textarea_id=id text=value findings />
        </div>
    }
}

fn template_fields(card: Card<ReplyTemplate>, relevant: Memo<Arc<Charter>>) -> impl IntoView {
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
                options=Visibility::ALL.to_vec()
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
                {language_area(&card, TemplateText::Body, Lang::Fr, relevant)}
                {language_area(&card, TemplateText::Body, Lang::En, relevant)}
            </div>
        </fieldset>
        <fieldset class="group" id=card.dom("follow_up")>
            <legend>{move || t.get().follow_up}</legend>
            <p class="hint">{move || t.get().follow_up_hint}</p>
            <div class="side-by-side">
                {language_area(&card, TemplateText::FollowUp, Lang::Fr, relevant)}
                {language_area(&card, TemplateText::FollowUp, Lang::En, relevant)}
            </div>
        </fieldset>
        <fieldset class="group" id=card.dom("variants")>
            <legend>{move || t.get().variants}</legend>
            <p class="hint">{move || t.get().variants_hint}</p>
            {variants(&card, relevant)}
        </fieldset>
    }
}

/// Shorter or adapted texts for channels whose limits or codes need them: a channel and its
/// text in each language, per row.
fn variants(card: &Card<ReplyTemplate>, relevant: Memo<Arc<Charter>>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    // the channels as they are when the step opens: they are edited in another step
    let channels: Vec<(String, String)> = relevant.with_untracked(|c| {
        let l = labels(c.meta.language);
        c.channels
            .iter()
            .map(|ch| {
                (
                    ch.id.clone(),
                    charter::markdown::channel_name(ch, l).to_owned(),
                )
            })
            .collect()
    });
    let channels = StoredValue::new(channels);
    let first_channel = move |x: &ReplyTemplate| {
        channels.with_value(|list| {
            x.channel_ids
                .first()
                .cloned()
                .or_else(|| list.first().map(|(id, _)| id.clone()))
                .unwrap_or_default()
        })
    };
    let add = {
        let id = card.id.clone();
        Callback::new(move |()| {
            app.draft.update(|d| {
                d.edit::<ReplyTemplate>(&id, |x| {
                    let channel_id = first_channel(x);
                    x.variants.push(charter::document::ChannelVariant {
                        channel_id,
                        ..Default::default()
                    })
                })
            })
        })
    };
    let remove = card.set(|x, i: usize| {
        if i < x.variants.len() {
            x.variants.remove(i);
        }
    });
    let card = card.clone();
    rows(
        card.dom("variants"),
        card.get(|x| x.variants.len()),
        move || t.get().add_variant,
        add,
        remove,
        move |i| {
            let id = card.id.clone();
            let edit = move |write: fn(&mut charter::document::ChannelVariant, String)| {
                let id = id.clone();
                Callback::new(move |value: String| {
                    app.draft.update(|d| {
                        d.edit::<ReplyTemplate>(&id, |x| {
                            if let Some(v) = x.variants.get_mut(i) {
                                write(v, value)
                            }
                        })
                    })
                })
            };
            let text = move |lang: Lang| {
                Signal::derive(move || {
                    item.with(|x| {
                        x.variants
                            .get(i)
                            .and_then(|v| v.body.get(lang))
                            .unwrap_or_default()
                            .to_owned()
                    })
                })
            };
            let choose = edit(|v, channel_id| v.channel_id = channel_id);
            view! {
                <SelectField
                    id=card.dom(&format!("variants-{i}-channel_id"))
                    label=move || t.get().variant_channel
                    options={ (0..channels.with_value(Vec::len)).collect::<Vec<usize>>() }
                    option_label=Callback::new(move |k: usize| channels.with_value(|c| c[k].1.clone()))
                    value=Signal::derive(move || {
                        let current = item.with(|x| x.variants.get(i).map(|v| v.channel_id.clone()).unwrap_or_default());
                        channels.with_value(|c| c.iter().position(|(id, _)| *id == current).unwrap_or(0))
                    })
                    on_change=Callback::new(move |k: usize| {
                        if let Some(id) = channels.with_value(|c| c.get(k).map(|(id, _)| id.clone())) {
                            choose.run(id);
                        }
                    })
                    path=card.path_at(format!("variants/{i}/channel_id"))
                />
                <div class="side-by-side">
                    <TextArea id=card.dom(&format!("variants-{i}-body-fr")) label=move || endonym(Lang::Fr) rows=3
                        path=card.path_at(format!("variants/{i}/body/fr"))
                        value=text(Lang::Fr) on_input=edit(|v, s| v.body.fr = Some(s)) />
                    <TextArea id=card.dom(&format!("variants-{i}-body-en")) label=move || endonym(Lang::En) rows=3
                        path=card.path_at(format!("variants/{i}/body/en"))
                        value=text(Lang::En) on_input=edit(|v, s| v.body.en = Some(s)) />
                </div>
            }
        },
    )
}
