//! The interface's words: every string the UI shows that the documents do not already say,
//! in French and English, through the one catalogue mechanism (`charter::catalogue!`). Words
//! the charter's documents print too (field and section names) come from
//! `charter::labels::Labels` in the UI's language ([`use_labels`]), so that each is written
//! once. Components read both through [`use_messages`] and [`use_labels`] and contain no UI
//! string literal of their own (scripts/test checks).

use charter::document::ListKind;
use charter::document::Section;
use charter::labels::Labels;
use charter::Lang;
use leptos::prelude::*;

use crate::state::Step;

charter::catalogue! {
    /// Every UI string that is not a document word, in one language. Parameterised strings
    /// are plain functions.
    pub struct Messages;
    /// The language of these words.
    lang: Lang { fr: Lang::Fr, en: Lang::En }
    app_name: &'static str {
        fr: "Porte-voix",
        en: "Porte-voix",
    }
    language: &'static str {
        fr: "Langue de l’interface",
        en: "Interface language",
    }
    step_heading: fn(usize, usize, &str) -> String {
        fr: |n, total, title| format!("Étape {n} sur {total} : {title}"),
        en: |n, total, title| format!("Step {n} of {total}: {title}"),
    }
    title_start: &'static str {
        fr: "Démarrer",
        en: "Start",
    }
    title_brand_voice: &'static str {
        fr: "Marque et voix",
        en: "Brand & voice",
    }
    title_review: &'static str {
        fr: "Relire et exporter",
        en: "Review & export",
    }
    intro_start: &'static str {
        fr: "Reprenez votre brouillon, partez d’une page blanche, ouvrez un exemple ou importez une charte existante.",
        en: "Pick up your draft, start from a blank page, open an example or import an existing charter.",
    }
    intro_brand_voice: &'static str {
        fr: "Qui parle, et comment : le nom de la charte, la marque, puis le ton, le tutoiement ou le vouvoiement, les émojis et les mots qui font votre voix.",
        en: "Who speaks, and how: the charter’s name, the brand, then the tone, the form of address, emoji and the words that make your voice.",
    }
    intro_personas: &'static str {
        fr: "À qui parlez-vous ? Décrivez chaque public : son âge, ce qui l’intéresse, comment il vit en ligne, ce qu’il attend de vous et où il se trouve.",
        en: "Who do you talk to? Describe each audience: their age, what they care about, how they behave online, what they expect from you and where they are.",
    }
    intro_channels: &'static str {
        fr: "Où parlez-vous ? Chaque canal part des réglages habituels de sa plateforme ; dites à quoi il sert, quels personas il sert et ses codes.",
        en: "Where do you talk? Each channel starts from its platform’s usual settings; say what it is for, which personas it serves and its codes.",
    }
    intro_response_times: &'static str {
        fr: "En combien de temps répondez-vous ? Moins de 24 h est l’usage ; une case vide reprend le délai par défaut.",
        en: "How fast do you answer? Under 24 h is the norm; an empty cell uses the default target.",
    }
    intro_moderation: &'static str {
        fr: "Ce qui est modéré et comment : les règles affichées à la communauté, la conduite face aux trolls et l’échelle des actions.",
        en: "What gets moderated and how: the rules shown to the community, the troll policy and the ladder of actions.",
    }
    intro_crisis: &'static str {
        fr: "Quand tout s’emballe : ce qui déclenche le plan, qui parle, qui prévenir, la première heure et les messages d’attente prêts à publier.",
        en: "When things run away: what triggers the plan, who speaks, who to call, the first hour and the holding statements ready to post.",
    }
    intro_engagement: &'static str {
        fr: "Faire vivre la communauté et l’écouter : rituels, hashtags, défis, ambassadeurs, et ce que l’équipe surveille.",
        en: "Keep the community alive and listen to it: rituals, hashtags, challenges, ambassadors, and what the team watches.",
    }
    intro_templates: &'static str {
        fr: "Les réponses types, dans la langue de la charte (et une autre si vous répondez dans les deux), avec leurs variables définies une fois pour toutes.",
        en: "The reply templates, in the charter's language (and another if you answer in both), with their placeholders defined once.",
    }
    intro_review: &'static str {
        fr: "Vérifiez, corrigez ce qui doit l’être, puis emportez votre charte : JSON pour vos outils, Markdown pour la lire et la publier.",
        en: "Check, fix what needs fixing, then take your charter away: JSON for your tools, Markdown to read and publish.",
    }
    saved_at: fn(&str) -> String {
        fr: |time| format!("Enregistré à {time}"),
        en: |time| format!("Saved at {time}"),
    }
    history: &'static str {
        fr: "Historique",
        en: "History",
    }
    untitled_charter: &'static str {
        fr: "Charte sans titre",
        en: "Untitled charter",
    }
    loading_step: &'static str {
        fr: "Chargement de cette étape…",
        en: "Loading this step…",
    }
    loading_preview: &'static str {
        fr: "Chargement de l’aperçu…",
        en: "Loading the preview…",
    }
    loading_page: &'static str {
        fr: "Chargement…",
        en: "Loading…",
    }
    unloaded: &'static str {
        fr: "Cette partie de Porte-voix n’a pas pu être chargée : la connexion semble coupée. Votre brouillon est intact.",
        en: "This part of Porte-voix could not be loaded: the connection seems to be down. Your draft is safe.",
    }
    retry: &'static str {
        fr: "Réessayer",
        en: "Try again",
    }
    preview: &'static str {
        fr: "Aperçu",
        en: "Preview",
    }
    remove: &'static str {
        fr: "Supprimer",
        en: "Remove",
    }
    remove_row: fn(usize) -> String {
        fr: |n| format!("Retirer la ligne {n}"),
        en: |n| format!("Remove row {n}"),
    }
    /// What an item without a name is called, per list, in the order of `ListKind::ALL`.
    untitled: [&'static str; ListKind::ALL.len()] {
        fr: [
            "Persona sans nom",
            "Canal sans nom",
            "Règle sans description",
            "Étape sans rôle",
            "Message sans titre",
            "Rituel sans nom",
            "Variable sans nom",
            "Modèle sans titre",
        ],
        en: [
            "Untitled persona",
            "Untitled channel",
            "Undescribed rule",
            "Step without a role",
            "Untitled statement",
            "Untitled ritual",
            "Unnamed placeholder",
            "Untitled template",
        ],
    }
    import_failed: &'static str {
        fr: "L’import a échoué.",
        en: "The import failed.",
    }
    draft_untouched: &'static str {
        fr: "Votre brouillon actuel n’a pas été modifié.",
        en: "Your current draft was not changed.",
    }
    file_unreadable: &'static str {
        fr: "Ce fichier n’a pas pu être lu.",
        en: "This file could not be read.",
    }
    replace_title: &'static str {
        fr: "Remplacer le brouillon actuel ?",
        en: "Replace the current draft?",
    }
    replace_text: &'static str {
        fr: "Votre brouillon actuel sera remplacé. Téléchargez-en une copie d’abord si vous voulez le garder.",
        en: "Your current draft will be replaced. Download a copy first if you want to keep it.",
    }
    backup_download: &'static str {
        fr: "Télécharger une copie de sauvegarde",
        en: "Download a backup copy",
    }
    replace_confirm: &'static str {
        fr: "Remplacer",
        en: "Replace",
    }
    cancel: &'static str {
        fr: "Annuler",
        en: "Cancel",
    }
    platform: &'static str {
        fr: "Plateforme",
        en: "Platform",
    }
    text_in: fn(&str) -> String {
        fr: |language| language.to_owned(),
        en: |language| language.to_owned(),
    }
    no_channels_to_pick: &'static str {
        fr: "Définissez d’abord des canaux à l’étape Canaux.",
        en: "Define channels first, in the Channels step.",
    }
    templates: &'static str {
        fr: "Modèles",
        en: "Templates",
    }
    error: &'static str {
        fr: "Erreur :",
        en: "Error:",
    }
    warning: &'static str {
        fr: "Avertissement :",
        en: "Warning:",
    }
    close: &'static str {
        fr: "Fermer",
        en: "Close",
    }
    copied: &'static str {
        fr: "Copié dans le presse-papiers.",
        en: "Copied to the clipboard.",
    }
    tool_notes: fn(usize) -> String {
        fr: |n| format!("Ce qui ne tient pas tel quel ({n})"),
        en: |n| format!("What does not fit as written ({n})"),
    }
}

impl Messages {
    /// The step's title: the section's name where the step edits a section.
    pub fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Start => self.title_start,
            Step::Edit(Section::BrandVoice) => self.title_brand_voice,
            Step::Edit(section) => charter::labels::SectionNames::get(self.lang).of(section),
            Step::Review => self.title_review,
        }
    }

    pub fn step_intro(&self, step: Step) -> &'static str {
        match step {
            Step::Start => self.intro_start,
            Step::Edit(Section::BrandVoice) => self.intro_brand_voice,
            Step::Edit(Section::Personas) => self.intro_personas,
            Step::Edit(Section::Channels) => self.intro_channels,
            Step::Edit(Section::ResponseTimes) => self.intro_response_times,
            Step::Edit(Section::Moderation) => self.intro_moderation,
            Step::Edit(Section::Crisis) => self.intro_crisis,
            Step::Edit(Section::Engagement) => self.intro_engagement,
            Step::Edit(Section::Templates) => self.intro_templates,
            Step::Review => self.intro_review,
        }
    }
}

/// The interface words for the current UI language, reactive.
pub fn use_messages() -> Signal<&'static Messages> {
    let lang = crate::state::use_app().ui_lang;
    Signal::derive(move || Messages::get(lang.get()))
}

/// A view's own words in the UI language: each step, page and panel declares its catalogue
/// beside its view (`struct Words`) and reads it with `words(Words::get)`. Reading them with
/// [`OwnWords::get`] tracks the UI language. Only a function pointer and a signal: one thin copy
/// per catalogue in the wasm.
pub struct OwnWords<C: 'static> {
    lang: RwSignal<Lang>,
    of: fn(Lang) -> &'static C,
}

impl<C> Clone for OwnWords<C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C> Copy for OwnWords<C> {}

impl<C> OwnWords<C> {
    /// The words in the UI language, tracked.
    pub fn get(&self) -> &'static C {
        (self.of)(self.lang.get())
    }

    /// The words in the UI language, not tracked (in event handlers).
    pub fn get_untracked(&self) -> &'static C {
        (self.of)(self.lang.get_untracked())
    }
}

/// A view's own catalogue, read in the UI language: `let w = words(Words::get);`.
pub fn words<C>(of: fn(Lang) -> &'static C) -> OwnWords<C> {
    OwnWords {
        lang: crate::state::use_app().ui_lang,
        of,
    }
}

/// The document words in the UI language, reactive: the names of fields, sections and values.
pub fn use_labels() -> Signal<&'static Labels> {
    let lang = crate::state::use_app().ui_lang;
    Signal::derive(move || Labels::get(lang.get()))
}

/// A language's name in itself, capitalised, as language switches show it whatever the UI
/// language ("Français", "English").
pub fn endonym(lang: Lang) -> String {
    let name = (charter::labels::LangNames::get(lang).name)(lang);
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An ISO 8601 timestamp as the UI language writes a date and time, in the user's time zone.
/// Unparseable input is shown as it is rather than hidden.
pub fn local_date_time(iso: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    date.to_locale_string(lang.code(), &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}
