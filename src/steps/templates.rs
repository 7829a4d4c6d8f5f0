//! Step 9: Reply templates. The placeholders the replies may use (`{{first_name}}`, defined
//! once with a description and a sample), then one template per situation: its channels, its
//! visibility, and its text in the charter's languages side by side (the charter's own
//! language, required, and any other the team writes in or adds), with the private follow-up
//! that completes a public reply to a complaint, and shorter versions per channel.

use std::sync::Arc;

use charter::checker::{check_template_text, relevant_part, TemplateText};
use charter::document::Change;
use charter::document::ListKind;
use charter::document::Section;
use charter::document::{
    ChannelVariant, Charter, LocalizedText, Placeholder, ReplyTemplate, Situation, StandardField,
    Visibility,
};
use charter::field::Field;
use charter::{Draft, Lang};
use leptos::prelude::*;

use crate::bind::{Bind, Rows, Scope};
use crate::components::{
    item_list, rows, CheckGroup, ListText, Options, ReplyFindings, SelectField, StepFrame,
    TextArea, TextField,
};
use crate::i18n::{endonym, use_labels, use_messages};
use crate::state::{use_app, Step};
use crate::steps::choices::{channel_choices, placeholder_names, Choices};
use crate::steps::practice::PracticePanel;

#[component]
pub fn TemplatesStep() -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let w = crate::i18n::words(Words::get);
    let relevant = checker_context();
    let channels = channel_choices();
    let (languages, added) = reply_languages();
    let to_add = move || {
        languages.with(|shown| {
            Lang::ALL
                .into_iter()
                .filter(|lang| !shown.contains(lang))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <StepFrame step=Step::Edit(Section::Templates)>
            <PracticePanel relevant />
            <h2 class="subheading">{move || l.get().placeholders}</h2>
            <p class="hint">{move || w.get().placeholders_hint}</p>
            {item_list::<Placeholder, _>(
                ListText { add: Signal::derive(move || w.get().add_placeholder), empty: Signal::derive(move || w.get().placeholders_empty) },
                "name",
                true,
                placeholder_fields,
            )}
            <h2 class="subheading">{move || t.get().templates}</h2>
            <div class="reply-languages" id="reply-languages">
                <p>{move || {
                    let names: Vec<String> = languages.get().into_iter().map(|lang| l.get().lang_name(lang).to_owned()).collect();
                    (w.get().languages_are)(&names)
                }}</p>
                <p class="hint">{move || w.get().languages_hint}</p>
                {move || to_add().into_iter().map(|lang| view! {
                    <button type="button" class="button" id=format!("add-language-{}", lang.code())
                        on:click=move |_| {
                            added.update(|a| a.push(lang));
                            // the button goes away: focus goes to the first box of the language
                            crate::focus::focus_selector_soon(format!(".language[lang={}] textarea", lang.code()));
                        }>
                        {move || (w.get().add_language)(l.get().lang_name(lang))}
                    </button>
                }).collect_view()}
            </div>
            {item_list::<ReplyTemplate, _>(
                ListText { add: Signal::derive(move || w.get().add_template), empty: Signal::derive(move || w.get().templates_empty) },
                "title",
                true,
                move |card| template_fields(card, relevant, channels, languages),
            )}
        </StepFrame>
    }
}

/// The languages the replies are written in, the charter's own first: it, any other a template
/// already has text in when the step opens, and any the person adds with the button. Read at
/// opening and not per keystroke, so that a column does not vanish when its last text is
/// cleared (the textarea being typed in would go with it).
fn reply_languages() -> (Memo<Vec<Lang>>, RwSignal<Vec<Lang>>) {
    let store = use_app().store;
    let written =
        |text: &LocalizedText, lang: Lang| text.get(lang).is_some_and(|t| !t.trim().is_empty());
    let used: Vec<Lang> = store.read(|d| {
        Lang::ALL
            .into_iter()
            .filter(|&lang| {
                d.charter().templates.iter().any(|x| {
                    written(&x.body, lang)
                        || written(&x.follow_up, lang)
                        || x.variants.iter().any(|v| written(&v.body, lang))
                })
            })
            .collect()
    });
    let added = RwSignal::new(used);
    let languages = Memo::new(move |_| {
        store.watch(&Change::Section(Section::BrandVoice));
        let own = store.read(|d| d.charter().meta.language);
        let mut shown = vec![own];
        added.with(|a| shown.extend(Lang::ALL.into_iter().filter(|l| *l != own && a.contains(l))));
        shown
    });
    (languages, added)
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
    let l = use_labels();
    let w = crate::i18n::words(Words::get);
    view! {
        <div class="row">
            <TextField bind=card.field(Placeholder::NAME) label=move || w.get().placeholder_name
                hint=move || w.get().placeholder_name_hint />
            <TextField bind=card.field(Placeholder::SAMPLE) label=move || l.get().sample />
            <SelectField
                bind=card.choice(Placeholder::STANDS_FOR, &StandardField::CHOICES)
                label=move || w.get().stands_for
                options=Options::of(&StandardField::CHOICES, move |f| match f {
                    Some(f) => (l.get().standard_field)(f).to_owned(),
                    None => w.get().stands_for_nothing.to_owned(),
                })
            />
        </div>
        <TextField bind=card.field(Placeholder::DESCRIPTION) label=move || l.get().description />
    }
}

/// One language of a template's text, as a textarea that shows when the text is missing,
/// followed by the reply checker's findings on it.
fn language_area(
    card: &Scope<ReplyTemplate>,
    which: TemplateText,
    lang: Lang,
    relevant: Memo<Arc<Charter>>,
    languages: Memo<Vec<Lang>>,
) -> impl IntoView {
    let t = use_messages();
    let w = crate::i18n::words(Words::get);
    let field: Field<ReplyTemplate, LocalizedText> = match which {
        TemplateText::Body => ReplyTemplate::BODY,
        TemplateText::FollowUp => ReplyTemplate::FOLLOW_UP,
    };
    let bind = card.text_in(field, lang);
    let text = bind.value;
    let missing = Signal::derive(move || text.with(|s| s.trim().is_empty()));
    let template = card.read(ReplyTemplate::clone);
    // Marked missing only where something is expected: the reply in the charter's own
    // language (validation requires it), a follow-up that another language already has.
    let required = Signal::derive(move || match which {
        TemplateText::Body => languages.with(|l| l.first() == Some(&lang)),
        TemplateText::FollowUp => template.with(|x| {
            Lang::ALL.into_iter().any(|other| {
                other != lang && x.follow_up.get(other).is_some_and(|t| !t.trim().is_empty())
            })
        }),
    });
    // Re-checked only when this template or the parts of the charter the checker reads change.
    let findings = Memo::new(move |_| {
        template.with(|x| relevant.with(|c| check_template_text(c, x, which, lang)))
    });
    let id = bind.id.clone();
    view! {
        <div class="language" lang=lang.code() class:missing=move || missing.get() && required.get()>
            <TextArea
                bind=bind
                label=move || (t.get().text_in)(&endonym(lang))
                hint=move || match (missing.get(), required.get()) {
                    (false, _) => w.get().present_language,
                    (true, true) => w.get().missing_language,
                    (true, false) => w.get().optional_language,
                }
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
    languages: Memo<Vec<Lang>>,
) -> impl IntoView {
    let (t, l) = (use_messages(), use_labels());
    let w = crate::i18n::words(Words::get);
    view! {
        <TextField bind=card.field(ReplyTemplate::TITLE) label=move || w.get().template_title />
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
            legend=move || w.get().template_channels
            options=channels.ids
            option_label=channels.name
            empty=move || t.get().no_channels_to_pick
        />
        <fieldset class="group" id=card.dom("body")>
            <legend>{move || l.get().reply}</legend>
            {languages_of(&card, TemplateText::Body, relevant, languages)}
        </fieldset>
        <fieldset class="group" id=card.dom("follow_up")>
            <legend>{move || l.get().follow_up}</legend>
            <p class="hint">{move || w.get().follow_up_hint}</p>
            {languages_of(&card, TemplateText::FollowUp, relevant, languages)}
        </fieldset>
        <fieldset class="group" id=card.dom("variants")>
            <legend>{move || w.get().variants}</legend>
            <p class="hint">{move || w.get().variants_hint}</p>
            {variants(&card, channels, languages)}
        </fieldset>
    }
}

/// A template's text in each of the charter's languages, side by side.
fn languages_of(
    card: &Scope<ReplyTemplate>,
    which: TemplateText,
    relevant: Memo<Arc<Charter>>,
    languages: Memo<Vec<Lang>>,
) -> impl IntoView {
    let card = card.clone();
    view! {
        <div class="side-by-side">
            {move || {
                languages
                    .get()
                    .into_iter()
                    .map(|lang| language_area(&card, which, lang, relevant, languages))
                    .collect_view()
            }}
        </div>
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
fn variants(
    card: &Scope<ReplyTemplate>,
    channels: Choices,
    languages: Memo<Vec<Lang>>,
) -> impl IntoView {
    let w = crate::i18n::words(Words::get);
    let rows_of: Rows<ReplyTemplate, ChannelVariant> = card.rows(ReplyTemplate::VARIANTS);
    rows(
        rows_of.dom(),
        rows_of.count(),
        move || w.get().add_variant,
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
                    {move || languages.get().into_iter().map(|lang| view! {
                        <TextArea bind=row.text_in(ChannelVariant::BODY, lang) label=move || endonym(lang) rows=3 />
                    }).collect_view()}
                </div>
            }
        },
    )
}

charter::catalogue! {
    /// The words of this step.
    struct Words;
    add_language: fn(&str) -> String {
        fr: |name| format!("Écrire aussi les réponses en {name}"),
        en: |name| format!("Also write the replies in {name}"),
    }
    add_placeholder: &'static str {
        fr: "Ajouter une variable",
        en: "Add a placeholder",
    }
    add_template: &'static str {
        fr: "Ajouter un modèle",
        en: "Add a template",
    }
    add_variant: &'static str {
        fr: "Ajouter une version pour un canal",
        en: "Add a version for a channel",
    }
    follow_up_hint: &'static str {
        fr: "Le message privé qui suit une réponse publique, pour une réclamation par exemple.",
        en: "The private message that follows a public reply, for a complaint for example.",
    }
    languages_are: fn(&[String]) -> String {
        fr: |names| format!("Langues des réponses : {}.", names.join(", ")),
        en: |names| format!("Reply languages: {}.", names.join(", ")),
    }
    languages_hint: &'static str {
        fr: "La langue de la charte est obligatoire ; une autre est facultative, pour une marque qui répond dans les deux.",
        en: "The charter's language is required; another is optional, for a brand that answers in both.",
    }
    missing_language: &'static str {
        fr: "Manquant dans cette langue.",
        en: "Missing in this language.",
    }
    optional_language: &'static str {
        fr: "Facultatif : pas encore rédigé dans cette langue.",
        en: "Optional: not written in this language yet.",
    }
    placeholder_name: &'static str {
        fr: "Nom de la variable",
        en: "Placeholder name",
    }
    placeholder_name_hint: &'static str {
        fr: "Des lettres (accents compris), des chiffres et _, sans espace : prénom, first_name, numéro_commande.",
        en: "Letters (accents included), digits and _, with no space: first_name, prénom, order_number.",
    }
    placeholders_empty: &'static str {
        fr: "Aucune variable pour l’instant.",
        en: "No placeholders yet.",
    }
    placeholders_hint: &'static str {
        fr: "Une variable s’écrit {{nom}} dans un modèle ; l’aperçu la remplace par son exemple.",
        en: "A placeholder is written {{name}} in a template; the preview fills in its sample.",
    }
    present_language: &'static str {
        fr: "Rédigé dans cette langue.",
        en: "Written in this language.",
    }
    stands_for: &'static str {
        fr: "Rempli par l’outil d’assistance avec",
        en: "Filled by the helpdesk with",
    }
    stands_for_nothing: &'static str {
        fr: "rien : à remplir à la main",
        en: "nothing: filled in by hand",
    }
    template_channels: &'static str {
        fr: "Canaux où il s’utilise (aucun : tous)",
        en: "Channels where it is used (none: all)",
    }
    template_title: &'static str {
        fr: "Titre du modèle",
        en: "Template title",
    }
    templates_empty: &'static str {
        fr: "Aucun modèle pour l’instant.",
        en: "No templates yet.",
    }
    variants: &'static str {
        fr: "Versions par canal",
        en: "Versions per channel",
    }
    variants_hint: &'static str {
        fr: "Une version plus courte ou adaptée pour un canal dont la limite ou les codes l’exigent ; elle remplace la réponse sur ce canal.",
        en: "A shorter or adapted version for a channel whose limit or codes need it; it replaces the reply on that channel.",
    }
}
