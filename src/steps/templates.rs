//! Step 9: Reply templates. The placeholders the replies may use (`{{first_name}}`, defined
//! once with a description and a sample), then one template per situation: its channels, its
//! visibility, and its text in French and English side by side, with the private follow-up
//! that completes a public reply to a complaint, and shorter versions per channel.

use std::sync::Arc;

use charter::checker::{check_template_text, relevant_part, TemplateText};
use charter::document::{
    ChannelVariant, Charter, LocalizedText, Placeholder, ReplyTemplate, Situation, StandardField,
    Visibility,
};
use charter::draft::ListKind;
use charter::field::{Change, Field};
use charter::locate::Section;
use charter::{Draft, Lang};
use leptos::prelude::*;

use crate::bind::{Bind, Rows, Scope};
use crate::components::{
    item_list, rows, CheckGroup, ListText, Options, ReplyFindings, SelectField, StepFrame,
    TextArea, TextField,
};
use crate::i18n::{endonym, use_labels, use_messages};
use crate::state::{use_app, Step};
use crate::steps::choices::{channel_choices, Choices};
use crate::steps::practice::PracticePanel;

#[component]
pub fn TemplatesStep() -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let relevant = checker_context();
    let channels = channel_choices();
    view! {
        <StepFrame step=Step::Edit(Section::Templates)>
            <PracticePanel relevant />
            <h2 class="subheading">{move || l.get().placeholders}</h2>
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
                move |card| template_fields(card, relevant, channels),
            )}
        </StepFrame>
    }
}

/// What the reply checker reads of the charter (voice, placeholders, channels), shared by every
/// template's texts and recomputed only when one of those changes.
fn checker_context() -> Memo<Arc<Charter>> {
    let store = use_app().store;
    Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        store.watch_items(ListKind::Placeholders);
        store.watch_items(ListKind::Channels);
        store.read(|d| Arc::new(relevant_part(d.charter())))
    })
}

fn placeholder_fields(card: Scope<Placeholder>) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    view! {
        <div class="row">
            <TextField bind=card.field(Placeholder::NAME) label=move || t.get().placeholder_name
                hint=move || t.get().placeholder_name_hint />
            <TextField bind=card.field(Placeholder::SAMPLE) label=move || l.get().sample />
            <SelectField
                bind=card.choice(Placeholder::STANDS_FOR, &StandardField::CHOICES)
                label=move || t.get().stands_for
                options=Options::of(&StandardField::CHOICES, move |f| match f {
                    Some(f) => (l.get().standard_field)(f).to_owned(),
                    None => t.get().stands_for_nothing.to_owned(),
                })
            />
        </div>
        <TextField bind=card.field(Placeholder::DESCRIPTION) label=move || l.get().description />
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
    card: &Scope<ReplyTemplate>,
    which: TemplateText,
    lang: Lang,
    relevant: Memo<Arc<Charter>>,
) -> impl IntoView {
    let t = use_messages();
    let field: Field<ReplyTemplate, LocalizedText> = match which {
        TemplateText::Body => ReplyTemplate::BODY,
        TemplateText::FollowUp => ReplyTemplate::FOLLOW_UP,
    };
    let bind = card.text_in(field, lang);
    let text = bind.value;
    let missing = Signal::derive(move || text.with(|s| s.trim().is_empty()));
    let template = card.read(ReplyTemplate::clone);
    // Re-checked only when this template or the parts of the charter the checker reads change.
    let findings = Memo::new(move |_| {
        template.with(|x| relevant.with(|c| check_template_text(c, x, which, lang)))
    });
    let id = bind.id.clone();
    view! {
        <div class="language" lang=lang.code() class:missing=missing>
            <TextArea
                bind=bind
                label=move || (t.get().text_in)(&endonym(lang))
                hint=move || if missing.get() { t.get().missing_language } else { t.get().present_language }
                rows=5
                suggestions=placeholder_names(relevant)
            />
            <ReplyFindings textarea_id=id text findings />
        </div>
    }
}

fn template_fields(
    card: Scope<ReplyTemplate>,
    relevant: Memo<Arc<Charter>>,
    channels: Choices,
) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    view! {
        <TextField bind=card.field(ReplyTemplate::TITLE) label=move || t.get().template_title />
        <div class="row">
            <SelectField
                bind=card.choice(ReplyTemplate::SITUATION, &Situation::ALL)
                label=move || l.get().situation
                options=Options::of(&Situation::ALL, move |s| (l.get().situation_name)(s).to_owned())
            />
            <SelectField
                bind=card.choice(ReplyTemplate::VISIBILITY, &Visibility::ALL)
                label=move || l.get().visibility
                options=Options::of(&Visibility::ALL, move |v| (l.get().visibility_name)(v).to_owned())
            />
        </div>
        <CheckGroup
            bind=card.members(ReplyTemplate::CHANNEL_IDS)
            legend=move || t.get().template_channels
            options=channels.ids
            option_label=channels.name
            empty=move || t.get().no_channels_to_pick
        />
        <fieldset class="group" id=card.dom("body")>
            <legend>{move || l.get().reply}</legend>
            <div class="side-by-side">
                {language_area(&card, TemplateText::Body, Lang::Fr, relevant)}
                {language_area(&card, TemplateText::Body, Lang::En, relevant)}
            </div>
        </fieldset>
        <fieldset class="group" id=card.dom("follow_up")>
            <legend>{move || l.get().follow_up}</legend>
            <p class="hint">{move || t.get().follow_up_hint}</p>
            <div class="side-by-side">
                {language_area(&card, TemplateText::FollowUp, Lang::Fr, relevant)}
                {language_area(&card, TemplateText::FollowUp, Lang::En, relevant)}
            </div>
        </fieldset>
        <fieldset class="group" id=card.dom("variants")>
            <legend>{move || t.get().variants}</legend>
            <p class="hint">{move || t.get().variants_hint}</p>
            {variants(&card, channels)}
        </fieldset>
    }
}

/// A channel id bound as a position in the channel list, for a select over the channels.
fn by_position(bind: Bind<String>, ids: Signal<Vec<String>>) -> Bind<usize> {
    let (value, set) = (bind.value, bind.set);
    Bind {
        id: bind.id,
        value: Signal::derive(move || {
            let current = value.get();
            ids.with(|ids| ids.iter().position(|id| *id == current).unwrap_or(0))
        }),
        set: Callback::new(move |k: usize| {
            if let Some(id) = ids.with_untracked(|ids| ids.get(k).cloned()) {
                set.run(id);
            }
        }),
        path: bind.path,
    }
}

/// Shorter or adapted texts for channels whose limits or codes need them: a channel and its
/// text in each language, per row.
fn variants(card: &Scope<ReplyTemplate>, channels: Choices) -> impl IntoView {
    let t = use_messages();
    let rows_of: Rows<ReplyTemplate, ChannelVariant> = card.rows(ReplyTemplate::VARIANTS);
    rows(
        rows_of.dom(),
        rows_of.count(),
        move || t.get().add_variant,
        card.act(Draft::add_variant),
        rows_of.remove(),
        move |i| {
            let row = rows_of.row(i);
            let ids = channels.ids;
            view! {
                <SelectField
                    bind=by_position(row.field(ChannelVariant::CHANNEL_ID), ids)
                    label=move || use_labels().get().channel
                    options=Options {
                        count: ids.with_untracked(Vec::len),
                        label: Callback::new(move |k: usize| {
                            ids.with(|ids| ids.get(k).cloned()).map(|id| channels.name.run(id)).unwrap_or_default()
                        }),
                    }
                />
                <div class="side-by-side">
                    <TextArea bind=row.text_in(ChannelVariant::BODY, Lang::Fr) label=move || endonym(Lang::Fr) rows=3 />
                    <TextArea bind=row.text_in(ChannelVariant::BODY, Lang::En) label=move || endonym(Lang::En) rows=3 />
                </div>
            }
        },
    )
}
