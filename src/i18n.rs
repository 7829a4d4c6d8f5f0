//! The UI message catalogue: every string the interface shows, in French and English.
//!
//! A typed catalogue rather than a crate such as leptos_i18n: a missing translation is a
//! compile error, lookups are field reads, and it adds no dependency to the wasm. Components
//! read it through [`use_messages`] and contain no UI string literals of their own.

use charter::Lang;
use leptos::prelude::*;

/// Every UI string, in one language. Parameterised strings are plain functions.
pub struct Messages {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub language: &'static str,
    pub skip_to_content: &'static str,
    // Personas step
    pub personas_title: &'static str,
    pub personas_intro: &'static str,
    pub personas_empty: &'static str,
    pub add_persona: &'static str,
    pub untitled_persona: &'static str,
    pub persona_name: &'static str,
    pub age_range: &'static str,
    pub age_min: &'static str,
    pub age_max: &'static str,
    pub age_hint: &'static str,
    pub age_error: &'static str,
    pub interests: &'static str,
    pub digital_behaviours: &'static str,
    pub expectations: &'static str,
    pub one_per_line: &'static str,
    pub channels_used: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub duplicate: &'static str,
    pub remove: &'static str,
    /// Accessible name of a persona's toolbar: "Actions for {name}".
    pub actions_for: fn(&str) -> String,
    // Undo
    pub removed: fn(&str) -> String,
    pub undo: &'static str,
    pub dismiss: &'static str,
    // Preview and export
    pub preview: &'static str,
    pub export: &'static str,
    pub download_json: &'static str,
    pub download_markdown: &'static str,
    // Saving
    pub saved_at: fn(&str) -> String,
    pub not_saved_yet: &'static str,
    pub storage_unavailable: &'static str,
    pub restored_draft: fn(&str) -> String,
    pub stored_draft_unreadable: fn(&str) -> String,
}

pub static FR: Messages = Messages {
    app_name: "Porte-voix",
    tagline: "La charte de réponse de votre communauté",
    language: "Langue",
    skip_to_content: "Aller au contenu",
    personas_title: "Personas",
    personas_intro: "À qui parlez-vous ? Décrivez chaque public : son âge, ce qui l’intéresse, comment il vit en ligne, ce qu’il attend de vous et où il se trouve.",
    personas_empty: "Aucun persona pour l’instant. Ajoutez le premier public de votre marque.",
    add_persona: "Ajouter un persona",
    untitled_persona: "Persona sans nom",
    persona_name: "Nom du persona",
    age_range: "Tranche d’âge",
    age_min: "À partir de",
    age_max: "Jusqu’à",
    age_hint: "Laissez vide pour ne pas fixer de limite.",
    age_error: "Indiquez un âge entier entre 0 et 120.",
    interests: "Centres d’intérêt",
    digital_behaviours: "Comportements numériques",
    expectations: "Attentes et irritants",
    one_per_line: "Un élément par ligne.",
    channels_used: "Canaux fréquentés",
    move_up: "Monter",
    move_down: "Descendre",
    duplicate: "Dupliquer",
    remove: "Supprimer",
    actions_for: |name| format!("Actions pour {name}"),
    removed: |name| format!("« {name} » a été supprimé."),
    undo: "Annuler",
    dismiss: "Fermer",
    preview: "Aperçu",
    export: "Exporter",
    download_json: "Télécharger le JSON",
    download_markdown: "Télécharger le Markdown",
    saved_at: |time| format!("Enregistré à {time}"),
    not_saved_yet: "Brouillon enregistré dans ce navigateur à chaque modification.",
    storage_unavailable: "Le stockage du navigateur est indisponible ou plein : votre travail reste dans cet onglet. Téléchargez le JSON pour le garder.",
    restored_draft: |time| format!("Brouillon retrouvé (enregistré le {time})."),
    stored_draft_unreadable: |why| format!("Le brouillon enregistré n’a pas pu être relu ({why}). Il est conservé à part ; vous repartez d’une charte vide."),
};

pub static EN: Messages = Messages {
    app_name: "Porte-voix",
    tagline: "Your community response charter",
    language: "Language",
    skip_to_content: "Skip to content",
    personas_title: "Personas",
    personas_intro: "Who do you talk to? Describe each audience: their age, what they care about, how they behave online, what they expect from you and where they are.",
    personas_empty: "No personas yet. Add your brand’s first audience.",
    add_persona: "Add a persona",
    untitled_persona: "Untitled persona",
    persona_name: "Persona name",
    age_range: "Age range",
    age_min: "From",
    age_max: "Up to",
    age_hint: "Leave blank for no limit.",
    age_error: "Enter a whole age between 0 and 120.",
    interests: "Interests",
    digital_behaviours: "Digital behaviours",
    expectations: "Expectations and pain points",
    one_per_line: "One item per line.",
    channels_used: "Channels they use",
    move_up: "Move up",
    move_down: "Move down",
    duplicate: "Duplicate",
    remove: "Remove",
    actions_for: |name| format!("Actions for {name}"),
    removed: |name| format!("“{name}” was removed."),
    undo: "Undo",
    dismiss: "Dismiss",
    preview: "Preview",
    export: "Export",
    download_json: "Download JSON",
    download_markdown: "Download Markdown",
    saved_at: |time| format!("Saved at {time}"),
    not_saved_yet: "Your draft is saved in this browser as you type.",
    storage_unavailable: "Browser storage is unavailable or full: your work stays in this tab. Download the JSON to keep it.",
    restored_draft: |time| format!("Draft restored (saved {time})."),
    stored_draft_unreadable: |why| format!("The saved draft could not be read ({why}). It was set aside; you start from an empty charter."),
};

pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// The catalogue for the current UI language, reactive.
pub fn use_messages() -> Signal<&'static Messages> {
    let lang = crate::state::use_app().ui_lang;
    Signal::derive(move || messages(lang.get()))
}

/// A language's name in itself, as language switches show it whatever the UI language.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
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
