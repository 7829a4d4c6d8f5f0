//! Words the charter's documents print, in the charter's own language (not the UI's): section
//! headings, field names and the names of enum values. One struct per language, checked by the
//! compiler to be complete.

use crate::document::{
    Address, DelayUnit, EmojiPolicy, ModerationAction, ModerationCategory, Platform, RitualKind,
    Situation, StandardField, ToneKind, Visibility, Weekday,
};
use crate::lang::Lang;

/// Every word the exported documents need, in one language.
pub struct Labels {
    pub lang: Lang,
    pub untitled_charter: &'static str,
    pub unnamed: &'static str,
    /// Separator between a field name and its value: ": " in English, " : " in French.
    pub colon: &'static str,
    pub none: &'static str,
    pub nothing_yet: &'static str,
    // meta
    pub brand: &'static str,
    pub version: &'static str,
    pub authors: &'static str,
    pub last_updated: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    // sections, in document order
    pub voice: &'static str,
    pub personas: &'static str,
    pub channels: &'static str,
    pub response_times: &'static str,
    pub moderation: &'static str,
    pub crisis: &'static str,
    pub engagement: &'static str,
    pub placeholders: &'static str,
    pub templates: &'static str,
    // voice
    pub tone: &'static str,
    pub address: &'static str,
    pub emoji: &'static str,
    pub words_to_use: &'static str,
    pub words_to_avoid: &'static str,
    pub word: &'static str,
    pub why: &'static str,
    // personas
    pub no_personas: &'static str,
    pub age: &'static str,
    pub interests: &'static str,
    pub digital_behaviours: &'static str,
    pub expectations: &'static str,
    pub channels_used: &'static str,
    pub age_any: &'static str,
    pub age_from: fn(u8) -> String,
    pub age_to: fn(u8) -> String,
    pub age_between: fn(u8, u8) -> String,
    // channels
    pub no_channels: &'static str,
    pub channel: &'static str,
    pub purpose: &'static str,
    pub personas_served: &'static str,
    pub register: &'static str,
    pub formats: &'static str,
    pub posting_frequency: &'static str,
    pub coverage: &'static str,
    pub reply_limit: &'static str,
    pub characters: fn(u32) -> String,
    // response times
    pub default_target: &'static str,
    pub situation: &'static str,
    pub minutes: &'static str,
    pub hours: &'static str,
    // moderation
    pub house_rules: &'static str,
    pub troll_policy: &'static str,
    pub moderation_rules: &'static str,
    pub category: &'static str,
    pub covers: &'static str,
    pub examples: &'static str,
    pub keywords: &'static str,
    pub patterns: &'static str,
    pub stands_for: &'static str,
    pub action: &'static str,
    // crisis
    pub triggers: &'static str,
    pub trigger: &'static str,
    pub threshold: &'static str,
    pub spokesperson: &'static str,
    pub escalation: &'static str,
    pub step: &'static str,
    pub role: &'static str,
    pub contact: &'static str,
    pub when: &'static str,
    pub first_hour: &'static str,
    pub holding_statements: &'static str,
    // engagement
    pub rituals: &'static str,
    pub ritual: &'static str,
    pub kind: &'static str,
    pub description: &'static str,
    pub frequency: &'static str,
    pub listening: &'static str,
    pub listening_tools: &'static str,
    pub hashtags: &'static str,
    // placeholders and templates
    pub name: &'static str,
    pub sample: &'static str,
    pub visibility: &'static str,
    pub all_channels: &'static str,
    pub reply: &'static str,
    pub follow_up: &'static str,
    pub variant_for: &'static str,
    pub missing_text: &'static str,
    pub reply_templates_of: &'static str,
}

pub static FR: Labels = Labels {
    lang: Lang::Fr,
    untitled_charter: "Charte de réponse communautaire",
    unnamed: "Sans nom",
    colon: "\u{a0}: ",
    none: "—",
    nothing_yet: "Rien pour l’instant.",
    brand: "Marque",
    version: "Version",
    authors: "Auteurs",
    last_updated: "Dernière mise à jour",
    language: "Langue",
    language_name: "français",
    voice: "Ton et voix",
    personas: "Personas",
    channels: "Canaux",
    response_times: "Délais de réponse",
    moderation: "Modération",
    crisis: "Plan de crise",
    engagement: "Animation et écoute",
    placeholders: "Variables",
    templates: "Modèles de réponse",
    tone: "Tonalité",
    address: "Adresse",
    emoji: "Émojis",
    words_to_use: "Mots à employer",
    words_to_avoid: "Mots à éviter",
    word: "Mot ou expression",
    why: "Pourquoi",
    no_personas: "Aucun persona pour l’instant.",
    age: "Âge",
    interests: "Centres d’intérêt",
    digital_behaviours: "Comportements numériques",
    expectations: "Attentes et irritants",
    channels_used: "Canaux fréquentés",
    age_any: "tous âges",
    age_from: |min| format!("{min} ans et plus"),
    age_to: |max| format!("jusqu’à {max} ans"),
    age_between: |min, max| format!("{min} à {max} ans"),
    no_channels: "Aucun canal pour l’instant.",
    channel: "Canal",
    purpose: "Rôle",
    personas_served: "Personas servis",
    register: "Registre",
    formats: "Formats privilégiés",
    posting_frequency: "Rythme de publication",
    coverage: "Heures de présence",
    reply_limit: "Longueur maximale d’une réponse",
    characters: |n| format!("{n} caractères"),
    default_target: "Délai cible par défaut",
    situation: "Situation",
    minutes: "min",
    hours: "h",
    house_rules: "Règles de la communauté",
    troll_policy: "Conduite face aux trolls",
    moderation_rules: "Règles de modération",
    category: "Catégorie",
    covers: "Ce qu’elle couvre",
    examples: "Exemples",
    keywords: "Mots-clés surveillés",
    patterns: "Expressions régulières",
    stands_for: "Rempli par l’outil avec",
    action: "Action",
    triggers: "Déclencheurs",
    trigger: "Déclencheur",
    threshold: "Seuil",
    spokesperson: "Porte-parole",
    escalation: "Chaîne d’escalade",
    step: "Étape",
    role: "Rôle",
    contact: "Contact",
    when: "Quand",
    first_hour: "La première heure",
    holding_statements: "Messages d’attente",
    rituals: "Rituels",
    ritual: "Rituel",
    kind: "Type",
    description: "Description",
    frequency: "Fréquence",
    listening: "Écoute",
    listening_tools: "Outils",
    hashtags: "Hashtags suivis",
    name: "Nom",
    sample: "Exemple",
    visibility: "Visibilité",
    all_channels: "tous les canaux",
    reply: "Réponse",
    follow_up: "Suivi en privé",
    variant_for: "Variante pour",
    missing_text: "Texte manquant.",
    reply_templates_of: "Modèles de réponse",
};

pub static EN: Labels = Labels {
    lang: Lang::En,
    untitled_charter: "Community response charter",
    unnamed: "Untitled",
    colon: ": ",
    none: "—",
    nothing_yet: "Nothing yet.",
    brand: "Brand",
    version: "Version",
    authors: "Authors",
    last_updated: "Last updated",
    language: "Language",
    language_name: "English",
    voice: "Tone of voice",
    personas: "Personas",
    channels: "Channels",
    response_times: "Response times",
    moderation: "Moderation",
    crisis: "Crisis plan",
    engagement: "Engagement and listening",
    placeholders: "Placeholders",
    templates: "Reply templates",
    tone: "Tone",
    address: "Form of address",
    emoji: "Emoji",
    words_to_use: "Words to use",
    words_to_avoid: "Words to avoid",
    word: "Word or phrase",
    why: "Why",
    no_personas: "No personas yet.",
    age: "Age",
    interests: "Interests",
    digital_behaviours: "Digital behaviours",
    expectations: "Expectations and pain points",
    channels_used: "Channels used",
    age_any: "any age",
    age_from: |min| format!("{min} and over"),
    age_to: |max| format!("up to {max}"),
    age_between: |min, max| format!("{min} to {max}"),
    no_channels: "No channels yet.",
    channel: "Channel",
    purpose: "Purpose",
    personas_served: "Personas served",
    register: "Register",
    formats: "Preferred formats",
    posting_frequency: "Posting frequency",
    coverage: "Coverage hours",
    reply_limit: "Reply length limit",
    characters: |n| format!("{n} characters"),
    default_target: "Default target",
    situation: "Situation",
    minutes: "min",
    hours: "h",
    house_rules: "House rules",
    troll_policy: "Troll policy",
    moderation_rules: "Moderation rules",
    category: "Category",
    covers: "What it covers",
    examples: "Examples",
    keywords: "Watched keywords",
    patterns: "Regular expressions",
    stands_for: "Filled by the tool with",
    action: "Action",
    triggers: "Triggers",
    trigger: "Trigger",
    threshold: "Threshold",
    spokesperson: "Spokesperson",
    escalation: "Escalation chain",
    step: "Step",
    role: "Role",
    contact: "Contact",
    when: "When",
    first_hour: "The first hour",
    holding_statements: "Holding statements",
    rituals: "Rituals",
    ritual: "Ritual",
    kind: "Kind",
    description: "Description",
    frequency: "Frequency",
    listening: "Listening",
    listening_tools: "Tools",
    hashtags: "Watched hashtags",
    name: "Name",
    sample: "Sample",
    visibility: "Visibility",
    all_channels: "every channel",
    reply: "Reply",
    follow_up: "Private follow-up",
    variant_for: "Variant for",
    missing_text: "Text missing.",
    reply_templates_of: "Reply templates",
};

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

impl Labels {
    /// Picks the French or the English word (for enum values, whose match is checked for
    /// completeness by the compiler).
    fn pick(&self, fr: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// A platform's display name. Brand names are the same in every language.
    pub fn platform(&self, platform: Platform) -> &'static str {
        match platform {
            Platform::Instagram => "Instagram",
            Platform::Tiktok => "TikTok",
            Platform::X => "X",
            Platform::Facebook => "Facebook",
            Platform::Linkedin => "LinkedIn",
            Platform::Youtube => "YouTube",
            Platform::Discord => "Discord",
            Platform::Forum => "Forum",
            Platform::Email => self.pick("E-mail", "Email"),
            Platform::Custom => self.pick("Autre", "Other"),
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

    pub fn situation(&self, situation: Situation) -> &'static str {
        match situation {
            Situation::Complaint => self.pick("Réclamation", "Complaint"),
            Situation::Question => self.pick("Question", "Question"),
            Situation::PositiveReview => self.pick("Avis positif", "Positive review"),
            Situation::NegativeReview => self.pick("Avis négatif", "Negative review"),
            Situation::Troll => self.pick("Troll ou insulte", "Troll or insult"),
            Situation::Crisis => self.pick("Crise", "Crisis"),
            Situation::Custom => self.pick("Autre situation", "Other situation"),
        }
    }

    pub fn tone_kind(&self, kind: ToneKind) -> &'static str {
        match kind {
            ToneKind::Friendly => self.pick("Amicale", "Friendly"),
            ToneKind::Expert => self.pick("Experte", "Expert"),
            ToneKind::Inspiring => self.pick("Inspirante", "Inspiring"),
            ToneKind::Custom => self.pick("Personnalisée", "Custom"),
        }
    }

    pub fn address_form(&self, address: Address) -> &'static str {
        match address {
            Address::Tu => self.pick("tutoiement (tu)", "informal (French “tu”)"),
            Address::Vous => self.pick("vouvoiement (vous)", "formal (French “vous”)"),
            Address::NotApplicable => self.pick("sans objet", "not applicable"),
        }
    }

    pub fn emoji_policy(&self, policy: EmojiPolicy) -> &'static str {
        match policy {
            EmojiPolicy::None => self.pick("aucun émoji", "no emoji"),
            EmojiPolicy::Sparing => self.pick("avec parcimonie", "sparingly"),
            EmojiPolicy::Welcome => self.pick("bienvenus", "welcome"),
        }
    }

    pub fn category(&self, category: ModerationCategory) -> &'static str {
        match category {
            ModerationCategory::Insult => self.pick("Insulte", "Insult"),
            ModerationCategory::Spam => self.pick("Spam", "Spam"),
            ModerationCategory::SensitiveContent => {
                self.pick("Contenu sensible", "Sensitive content")
            }
            ModerationCategory::Misinformation => self.pick("Désinformation", "Misinformation"),
            ModerationCategory::Troll => self.pick("Troll", "Troll"),
            ModerationCategory::Custom => self.pick("Autre", "Other"),
        }
    }

    pub fn moderation_action(&self, action: ModerationAction) -> &'static str {
        match action {
            ModerationAction::ReplyOnce => self.pick("répondre une fois", "reply once"),
            ModerationAction::Hide => self.pick("masquer", "hide"),
            ModerationAction::Delete => self.pick("supprimer", "delete"),
            ModerationAction::MuteOrBan => self.pick("mettre en sourdine ou bannir", "mute or ban"),
            ModerationAction::Report => {
                self.pick("signaler à la plateforme", "report to the platform")
            }
            ModerationAction::Escalate => self.pick("escalader", "escalate"),
        }
    }

    pub fn ritual_kind(&self, kind: RitualKind) -> &'static str {
        match kind {
            RitualKind::LiveQa => self.pick("Live questions-réponses", "Live Q&A"),
            RitualKind::BrandHashtag => self.pick("Hashtag de marque", "Brand hashtag"),
            RitualKind::UgcChallenge => self.pick("Défi participatif (UGC)", "UGC challenge"),
            RitualKind::Ambassadors => self.pick("Ambassadeurs", "Ambassadors"),
            RitualKind::ExclusiveContent => self.pick("Contenu exclusif", "Exclusive content"),
            RitualKind::Contest => self.pick("Concours", "Contest"),
            RitualKind::Custom => self.pick("Autre", "Other"),
        }
    }

    pub fn standard_field(&self, field: StandardField) -> &'static str {
        match field {
            StandardField::CustomerFirstName => {
                self.pick("le prénom de la personne", "the person's first name")
            }
            StandardField::CustomerName => self.pick("le nom de la personne", "the person's name"),
            StandardField::AgentName => {
                self.pick("le nom du membre de l’équipe", "the team member's name")
            }
            StandardField::TicketNumber => self.pick("le numéro du ticket", "the ticket number"),
        }
    }

    pub fn visibility(&self, visibility: Visibility) -> &'static str {
        match visibility {
            Visibility::Public => self.pick("publique", "public"),
            Visibility::Private => self.pick("privée", "private"),
        }
    }

    pub fn weekday(&self, day: Weekday) -> &'static str {
        match day {
            Weekday::Mon => self.pick("lun.", "Mon"),
            Weekday::Tue => self.pick("mar.", "Tue"),
            Weekday::Wed => self.pick("mer.", "Wed"),
            Weekday::Thu => self.pick("jeu.", "Thu"),
            Weekday::Fri => self.pick("ven.", "Fri"),
            Weekday::Sat => self.pick("sam.", "Sat"),
            Weekday::Sun => self.pick("dim.", "Sun"),
        }
    }

    pub fn delay_unit(&self, unit: DelayUnit) -> &'static str {
        match unit {
            DelayUnit::Minutes => self.minutes,
            DelayUnit::Hours => self.hours,
        }
    }
}
