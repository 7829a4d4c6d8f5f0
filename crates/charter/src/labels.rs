//! Words the charter's documents print, in the charter's own language (not the UI's): section
//! headings, field names, the names of enum values, and the usual formats of each platform.
//! The interface reuses these words in the UI's language wherever it says the same thing, so
//! that each is written once (see [`crate::catalogue`]).

use crate::document::{
    Address, Channel, DelayUnit, EmojiPolicy, ModerationAction, ModerationCategory, Platform,
    RitualKind, Situation, StandardField, ToneKind, Visibility, Weekday,
};
use crate::document::{ListKind, Section};
use crate::lang::Lang;

crate::catalogue! {
    /// The sections' names: the wizard's steps and the documents' headings. A catalogue of
    /// their own, apart from [`Labels`]: a catalogue's words go into the page's first module
    /// with the first code that reads them, and the step list needs these and not every
    /// document word.
    pub struct SectionNames;
    voice: &'static str { fr: "Ton et voix", en: "Tone of voice" }
    personas: &'static str { fr: "Personas", en: "Personas" }
    channels: &'static str { fr: "Canaux", en: "Channels" }
    response_times: &'static str { fr: "Délais de réponse", en: "Response times" }
    moderation: &'static str { fr: "Modération", en: "Moderation" }
    crisis: &'static str { fr: "Plan de crise", en: "Crisis plan" }
    engagement: &'static str { fr: "Animation et écoute", en: "Engagement and listening" }
    templates: &'static str { fr: "Modèles de réponse", en: "Reply templates" }
}

impl SectionNames {
    pub fn of(&self, section: Section) -> &'static str {
        match section {
            Section::BrandVoice => self.voice,
            Section::Personas => self.personas,
            Section::Channels => self.channels,
            Section::ResponseTimes => self.response_times,
            Section::Moderation => self.moderation,
            Section::Crisis => self.crisis,
            Section::Engagement => self.engagement,
            Section::Templates => self.templates,
        }
    }
}

crate::catalogue! {
    /// The languages' names, in one language (apart from [`Labels`] for the same reason as
    /// [`SectionNames`]: the header's language switch needs them).
    pub struct LangNames;
    /// The name of a language, in these words' language ("anglais", "English").
    name: fn(Lang) -> &'static str {
        fr: |l| match l { Lang::Fr => "français", Lang::En => "anglais" },
        en: |l| match l { Lang::Fr => "French", Lang::En => "English" },
    }
}

crate::catalogue! {
    /// Every word the exported documents need, in one language.
    pub struct Labels;
    /// The language these words are in.
    lang: Lang { fr: Lang::Fr, en: Lang::En }
    untitled_charter: &'static str { fr: "Charte de réponse communautaire", en: "Community response charter" }
    unnamed: &'static str { fr: "Sans nom", en: "Untitled" }
    colon: &'static str { fr: "\u{a0}: ", en: ": " }
    none: &'static str { fr: "—", en: "—" }
    nothing_yet: &'static str { fr: "Rien pour l’instant.", en: "Nothing yet." }
    preview_cut: fn(usize) -> String {
        fr: |n| format!("… et {n} caractères de plus, que l’aperçu ne montre pas : les exports contiennent tout le texte."),
        en: |n| format!("… and {n} more characters, which the preview does not show: the exports hold the whole text."),
    }
    brand: &'static str { fr: "Marque", en: "Brand" }
    version: &'static str { fr: "Version", en: "Version" }
    authors: &'static str { fr: "Auteurs", en: "Authors" }
    last_updated: &'static str { fr: "Dernière mise à jour", en: "Last updated" }
    /// A calendar date in words, as a reader of the published charter writes it (day, month
    /// from 1, year): "1er décembre 2026", "1 December 2026".
    date: fn(u32, u32, i32) -> String {
        fr: |d, m, y| {
            const MONTHS: [&str; 12] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
            let day = if d == 1 { "1er".to_owned() } else { d.to_string() };
            format!("{day} {} {y}", MONTHS[(m as usize - 1) % 12])
        },
        en: |d, m, y| {
            const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
            format!("{d} {} {y}", MONTHS[(m as usize - 1) % 12])
        },
    }
    language: &'static str { fr: "Langue", en: "Language" }
    placeholders: &'static str { fr: "Variables", en: "Placeholders" }
    appendix_placeholders: &'static str { fr: "Annexe pour l’équipe : variables des modèles", en: "Appendix for the team: template placeholders" }
    appendix_hint: &'static str { fr: "Ce que remplace chaque variable écrite entre accolades dans les modèles de réponse.", en: "What each placeholder written between braces in the reply templates stands for." }
    /// The published page's last line: the brand, the version, the date (each when known).
    footer: fn(&str, &str, &str) -> String {
        fr: |brand, version, date| {
            let mut parts = Vec::new();
            if !brand.is_empty() { parts.push(format!("Charte de réponse communautaire de {brand}")); } else { parts.push("Charte de réponse communautaire".to_owned()); }
            if !version.is_empty() { parts.push(format!("version {version}")); }
            if !date.is_empty() { parts.push(format!("mise à jour le {date}")); }
            format!("{}.", parts.join(", "))
        },
        en: |brand, version, date| {
            let mut parts = Vec::new();
            if !brand.is_empty() { parts.push(format!("{brand}'s community response charter")); } else { parts.push("Community response charter".to_owned()); }
            if !version.is_empty() { parts.push(format!("version {version}")); }
            if !date.is_empty() { parts.push(format!("updated {date}")); }
            format!("{}.", parts.join(", "))
        },
    }
    tone: &'static str { fr: "Tonalité", en: "Tone" }
    address: &'static str { fr: "Forme d’adresse", en: "Form of address" }
    emoji: &'static str { fr: "Émojis", en: "Emoji" }
    words_to_use: &'static str { fr: "Mots à employer", en: "Words to use" }
    words_to_avoid: &'static str { fr: "Mots à éviter", en: "Words to avoid" }
    word: &'static str { fr: "Mot ou expression", en: "Word or phrase" }
    why: &'static str { fr: "Pourquoi", en: "Why" }
    no_personas: &'static str { fr: "Aucun persona pour l’instant.", en: "No personas yet." }
    age: &'static str { fr: "Âge", en: "Age" }
    interests: &'static str { fr: "Centres d’intérêt", en: "Interests" }
    digital_behaviours: &'static str { fr: "Comportements numériques", en: "Digital behaviours" }
    expectations: &'static str { fr: "Attentes et irritants", en: "Expectations and pain points" }
    channels_used: &'static str { fr: "Canaux fréquentés", en: "Channels used" }
    age_any: &'static str { fr: "tous âges", en: "any age" }
    age_from: fn(u8) -> String { fr: |min| format!("{min} ans et plus"), en: |min| format!("{min} and over") }
    age_to: fn(u8) -> String { fr: |max| format!("jusqu’à {max} ans"), en: |max| format!("up to {max}") }
    age_between: fn(u8, u8) -> String { fr: |min, max| format!("{min} à {max} ans"), en: |min, max| format!("{min} to {max}") }
    no_channels: &'static str { fr: "Aucun canal pour l’instant.", en: "No channels yet." }
    channel: &'static str { fr: "Canal", en: "Channel" }
    purpose: &'static str { fr: "Rôle", en: "Purpose" }
    personas_served: &'static str { fr: "Personas servis", en: "Personas served" }
    register: &'static str { fr: "Registre", en: "Register" }
    formats: &'static str { fr: "Formats privilégiés", en: "Preferred formats" }
    posting_frequency: &'static str { fr: "Rythme de publication", en: "Posting frequency" }
    coverage: &'static str { fr: "Heures de présence", en: "Coverage hours" }
    reply_limit: &'static str { fr: "Longueur maximale d’une réponse", en: "Reply length limit" }
    characters: fn(u32) -> String { fr: |n| format!("{n} caractères"), en: |n| format!("{n} characters") }
    default_target: &'static str { fr: "Délai cible par défaut", en: "Default target" }
    situation: &'static str { fr: "Situation", en: "Situation" }
    minutes: &'static str { fr: "min", en: "min" }
    hours: &'static str { fr: "h", en: "h" }
    house_rules: &'static str { fr: "Règles de la communauté", en: "House rules" }
    troll_policy: &'static str { fr: "Conduite face aux trolls", en: "Troll policy" }
    moderation_rules: &'static str { fr: "Règles de modération", en: "Moderation rules" }
    category: &'static str { fr: "Catégorie", en: "Category" }
    covers: &'static str { fr: "Ce qu’elle couvre", en: "What it covers" }
    examples: &'static str { fr: "Exemples", en: "Examples" }
    keywords: &'static str { fr: "Mots-clés surveillés", en: "Watched keywords" }
    patterns: &'static str { fr: "Expressions régulières", en: "Regular expressions" }
    stands_for: &'static str { fr: "Rempli par l’outil avec", en: "Filled by the tool with" }
    action: &'static str { fr: "Action", en: "Action" }
    triggers: &'static str { fr: "Déclencheurs", en: "Triggers" }
    trigger: &'static str { fr: "Déclencheur", en: "Trigger" }
    threshold: &'static str { fr: "Seuil", en: "Threshold" }
    spokesperson: &'static str { fr: "Porte-parole", en: "Spokesperson" }
    escalation: &'static str { fr: "Chaîne d’escalade", en: "Escalation chain" }
    step: &'static str { fr: "Étape", en: "Step" }
    role: &'static str { fr: "Rôle", en: "Role" }
    contact: &'static str { fr: "Contact", en: "Contact" }
    when: &'static str { fr: "Quand", en: "When" }
    first_hour: &'static str { fr: "La première heure", en: "The first hour" }
    holding_statements: &'static str { fr: "Messages d’attente", en: "Holding statements" }
    rituals: &'static str { fr: "Rituels", en: "Rituals" }
    targets: &'static str { fr: "Délais par canal et situation", en: "Targets per channel and situation" }
    changes_title: fn(&str, &str) -> String { fr: |old, new| format!("Changements : {old} → {new}"), en: |old, new| format!("Changes: {old} → {new}") }
    changes_since: fn(&str) -> String { fr: |v| format!("Changements depuis {v}"), en: |v| format!("Changes since {v}") }
    no_changes: &'static str { fr: "Aucun changement.", en: "No changes." }
    item_added: &'static str { fr: "Ajouté", en: "Added" }
    item_removed: &'static str { fr: "Retiré", en: "Removed" }
    item_changed: &'static str { fr: "Modifié", en: "Changed" }
    empty_value: &'static str { fr: "(vide)", en: "(empty)" }
    contents: &'static str { fr: "Sommaire", en: "Contents" }
    ritual: &'static str { fr: "Rituel", en: "Ritual" }
    kind: &'static str { fr: "Type", en: "Kind" }
    description: &'static str { fr: "Description", en: "Description" }
    frequency: &'static str { fr: "Fréquence", en: "Frequency" }
    listening: &'static str { fr: "Écoute", en: "Listening" }
    listening_tools: &'static str { fr: "Outils", en: "Tools" }
    hashtags: &'static str { fr: "Hashtags suivis", en: "Watched hashtags" }
    name: &'static str { fr: "Nom", en: "Name" }
    sample: &'static str { fr: "Exemple", en: "Sample" }
    visibility: &'static str { fr: "Visibilité", en: "Visibility" }
    all_channels: &'static str { fr: "tous les canaux", en: "every channel" }
    reply: &'static str { fr: "Réponse", en: "Reply" }
    follow_up: &'static str { fr: "Suivi en privé", en: "Private follow-up" }
    variant_for: &'static str { fr: "Variante pour", en: "Variant for" }
    missing_text: &'static str { fr: "Texte manquant.", en: "Text missing." }
    /// A platform's display name. Brand names are the same in every language.
    platform: fn(Platform) -> &'static str {
        fr: |p| match p {
            Platform::Email => "E-mail",
            Platform::GoogleReviews => "Avis Google",
            Platform::Custom => "Autre",
            other => brand_name(other),
        },
        en: |p| match p {
            Platform::Email => "Email",
            Platform::GoogleReviews => "Google reviews",
            Platform::Custom => "Other",
            other => brand_name(other),
        },
    }
    /// The formats a new channel on a platform starts with.
    platform_formats: fn(Platform) -> &'static [&'static str] {
        fr: |p| match p {
            Platform::Instagram => &["Reels", "carrousels", "stories"],
            Platform::Tiktok => &["vidéos courtes", "lives", "duos"],
            Platform::X => &["messages courts", "fils"],
            Platform::Facebook => &["publications", "vidéos", "groupes"],
            Platform::Linkedin => &["articles", "publications", "carrousels"],
            Platform::Youtube => &["vidéos longues", "Shorts", "lives"],
            Platform::Discord => &["salons", "annonces", "événements"],
            Platform::Forum => &["fils de discussion", "FAQ"],
            Platform::Email => &["e-mails personnalisés"],
            Platform::GoogleReviews | Platform::Tripadvisor | Platform::Trustpilot => &["réponses publiques aux avis"],
            Platform::Custom => &[],
        },
        en: |p| match p {
            Platform::Instagram => &["Reels", "carousels", "stories"],
            Platform::Tiktok => &["short videos", "lives", "duets"],
            Platform::X => &["short posts", "threads"],
            Platform::Facebook => &["posts", "videos", "groups"],
            Platform::Linkedin => &["articles", "posts", "carousels"],
            Platform::Youtube => &["long videos", "Shorts", "lives"],
            Platform::Discord => &["channels", "announcements", "events"],
            Platform::Forum => &["threads", "FAQ"],
            Platform::Email => &["personal emails"],
            Platform::GoogleReviews | Platform::Tripadvisor | Platform::Trustpilot => &["public replies to reviews"],
            Platform::Custom => &[],
        },
    }
    situation_name: fn(Situation) -> &'static str {
        fr: |s| match s {
            Situation::Complaint => "Réclamation",
            Situation::Question => "Question",
            Situation::PositiveReview => "Avis positif",
            Situation::NegativeReview => "Avis négatif",
            Situation::Troll => "Troll ou insulte",
            Situation::Crisis => "Crise",
            Situation::Custom => "Autre situation",
        },
        en: |s| match s {
            Situation::Complaint => "Complaint",
            Situation::Question => "Question",
            Situation::PositiveReview => "Positive review",
            Situation::NegativeReview => "Negative review",
            Situation::Troll => "Troll or insult",
            Situation::Crisis => "Crisis",
            Situation::Custom => "Other situation",
        },
    }
    tone_kind: fn(ToneKind) -> &'static str {
        fr: |k| match k {
            ToneKind::Friendly => "Amicale",
            ToneKind::Expert => "Experte",
            ToneKind::Inspiring => "Inspirante",
            ToneKind::Custom => "Personnalisée",
        },
        en: |k| match k {
            ToneKind::Friendly => "Friendly",
            ToneKind::Expert => "Expert",
            ToneKind::Inspiring => "Inspiring",
            ToneKind::Custom => "Custom",
        },
    }
    address_form: fn(Address) -> &'static str {
        fr: |a| match a {
            Address::Tu => "tutoiement (tu)",
            Address::Vous => "vouvoiement (vous)",
            Address::NotApplicable => "sans objet",
        },
        en: |a| match a {
            Address::Tu => "informal (French “tu”)",
            Address::Vous => "formal (French “vous”)",
            Address::NotApplicable => "not applicable",
        },
    }
    emoji_policy: fn(EmojiPolicy) -> &'static str {
        fr: |e| match e {
            EmojiPolicy::None => "aucun émoji",
            EmojiPolicy::Sparing => "avec parcimonie",
            EmojiPolicy::Welcome => "bienvenus",
        },
        en: |e| match e {
            EmojiPolicy::None => "no emoji",
            EmojiPolicy::Sparing => "sparingly",
            EmojiPolicy::Welcome => "welcome",
        },
    }
    category_name: fn(ModerationCategory) -> &'static str {
        fr: |c| match c {
            ModerationCategory::Insult => "Insulte",
            ModerationCategory::Spam => "Spam",
            ModerationCategory::SensitiveContent => "Contenu sensible",
            ModerationCategory::Misinformation => "Désinformation",
            ModerationCategory::Troll => "Troll",
            ModerationCategory::Custom => "Autre",
        },
        en: |c| match c {
            ModerationCategory::Insult => "Insult",
            ModerationCategory::Spam => "Spam",
            ModerationCategory::SensitiveContent => "Sensitive content",
            ModerationCategory::Misinformation => "Misinformation",
            ModerationCategory::Troll => "Troll",
            ModerationCategory::Custom => "Other",
        },
    }
    moderation_action: fn(ModerationAction) -> &'static str {
        fr: |a| match a {
            ModerationAction::ReplyOnce => "répondre une fois",
            ModerationAction::Hide => "masquer",
            ModerationAction::Delete => "supprimer",
            ModerationAction::MuteOrBan => "mettre en sourdine ou bannir",
            ModerationAction::Report => "signaler à la plateforme",
            ModerationAction::Escalate => "escalader",
        },
        en: |a| match a {
            ModerationAction::ReplyOnce => "reply once",
            ModerationAction::Hide => "hide",
            ModerationAction::Delete => "delete",
            ModerationAction::MuteOrBan => "mute or ban",
            ModerationAction::Report => "report to the platform",
            ModerationAction::Escalate => "escalate",
        },
    }
    ritual_kind: fn(RitualKind) -> &'static str {
        fr: |k| match k {
            RitualKind::LiveQa => "Live questions-réponses",
            RitualKind::BrandHashtag => "Hashtag de marque",
            RitualKind::UgcChallenge => "Défi participatif (UGC)",
            RitualKind::Ambassadors => "Ambassadeurs",
            RitualKind::ExclusiveContent => "Contenu exclusif",
            RitualKind::Contest => "Concours",
            RitualKind::Custom => "Autre",
        },
        en: |k| match k {
            RitualKind::LiveQa => "Live Q&A",
            RitualKind::BrandHashtag => "Brand hashtag",
            RitualKind::UgcChallenge => "UGC challenge",
            RitualKind::Ambassadors => "Ambassadors",
            RitualKind::ExclusiveContent => "Exclusive content",
            RitualKind::Contest => "Contest",
            RitualKind::Custom => "Other",
        },
    }
    standard_field: fn(StandardField) -> &'static str {
        fr: |f| match f {
            StandardField::CustomerFirstName => "le prénom de la personne",
            StandardField::CustomerName => "le nom de la personne",
            StandardField::AgentName => "le nom du membre de l’équipe",
            StandardField::TicketNumber => "le numéro du ticket",
        },
        en: |f| match f {
            StandardField::CustomerFirstName => "the person's first name",
            StandardField::CustomerName => "the person's name",
            StandardField::AgentName => "the team member's name",
            StandardField::TicketNumber => "the ticket number",
        },
    }
    visibility_name: fn(Visibility) -> &'static str {
        fr: |v| match v {
            Visibility::Public => "publique",
            Visibility::Private => "privée",
        },
        en: |v| match v {
            Visibility::Public => "public",
            Visibility::Private => "private",
        },
    }
    weekday: fn(Weekday) -> &'static str {
        fr: |d| match d {
            Weekday::Mon => "lun.",
            Weekday::Tue => "mar.",
            Weekday::Wed => "mer.",
            Weekday::Thu => "jeu.",
            Weekday::Fri => "ven.",
            Weekday::Sat => "sam.",
            Weekday::Sun => "dim.",
        },
        en: |d| match d {
            Weekday::Mon => "Mon",
            Weekday::Tue => "Tue",
            Weekday::Wed => "Wed",
            Weekday::Thu => "Thu",
            Weekday::Fri => "Fri",
            Weekday::Sat => "Sat",
            Weekday::Sun => "Sun",
        },
    }
}

/// The names brands give themselves, the same in every language.
fn brand_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Instagram => "Instagram",
        Platform::Tiktok => "TikTok",
        Platform::X => "X",
        Platform::Facebook => "Facebook",
        Platform::Linkedin => "LinkedIn",
        Platform::Youtube => "YouTube",
        Platform::Discord => "Discord",
        Platform::Forum => "Forum",
        Platform::Email => "Email",
        Platform::GoogleReviews => "Google Reviews",
        Platform::Tripadvisor => "Tripadvisor",
        Platform::Trustpilot => "Trustpilot",
        Platform::Custom => "",
    }
}

/// The document words in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    Labels::get(lang)
}

impl Labels {
    /// A section's heading.
    pub fn section(&self, section: Section) -> &'static str {
        SectionNames::get(self.lang).of(section)
    }

    /// The name of a language, in these words' language ("anglais", "English").
    pub fn lang_name(&self, of: Lang) -> &'static str {
        (LangNames::get(self.lang).name)(of)
    }

    /// A list's heading (the catalogue's one word per list).
    pub fn list(&self, kind: ListKind) -> &'static str {
        match kind {
            ListKind::Personas => self.section(Section::Personas),
            ListKind::Channels => self.section(Section::Channels),
            ListKind::Rules => self.moderation_rules,
            ListKind::Escalation => self.escalation,
            ListKind::HoldingStatements => self.holding_statements,
            ListKind::Rituals => self.rituals,
            ListKind::Placeholders => self.placeholders,
            ListKind::Templates => self.section(Section::Templates),
        }
    }

    pub fn age_range(&self, min: Option<u8>, max: Option<u8>) -> String {
        match (min, max) {
            (None, None) => self.age_any.to_owned(),
            (Some(min), None) => (self.age_from)(min),
            (None, Some(max)) => (self.age_to)(max),
            (Some(min), Some(max)) => (self.age_between)(min, max),
        }
    }

    pub fn delay_unit(&self, unit: DelayUnit) -> &'static str {
        match unit {
            DelayUnit::Minutes => self.minutes,
            DelayUnit::Hours => self.hours,
        }
    }

    /// A channel's display name: its own name, or its platform's.
    pub fn channel<'c>(&self, channel: &'c Channel) -> &'c str {
        let name = channel.name.trim();
        if name.is_empty() {
            (self.platform)(channel.platform)
        } else {
            name
        }
    }
}
