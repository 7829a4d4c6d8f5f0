//! The reply checker's word lists, per language: what the rules look for. A phrase ending in
//! `*` is a prefix (`rembours*` matches "remboursement"). Written with the catalogue macro like
//! every other per-language data, so both languages always have every list.

crate::catalogue! {
    /// Word lists for one language.
    pub struct Lexicon;
    /// Greetings a reply may open with.
    greeting: &'static [&'static str] {
        fr: &["bonjour", "bonsoir", "salut", "hello", "coucou", "cher", "chère"],
        en: &["hello", "hi", "hey", "dear", "good morning", "good evening"],
    }
    /// Phrases that acknowledge how the person feels.
    empathy: &'static [&'static str] {
        fr: &[
            "nous comprenons", "je comprends", "on comprend", "nous comprenons votre", "désolé*",
            "navré*", "nous regrettons", "je regrette", "sincèrement désolé*", "frustration",
            "agacement", "déception", "déçu*", "mécontentement", "nous entendons",
            "vous avez raison", "merci de nous l'avoir signalé", "merci de nous avoir signalé",
            "merci d'avoir pris le temps", "nos excuses", "toutes nos excuses",
            "nous nous excusons",
        ],
        en: &[
            "we understand", "i understand", "we hear you", "sorry", "we apologise",
            "we apologize", "apologies", "our apologies", "frustrat*", "disappoint*", "upsetting",
            "annoying", "we regret", "you are right", "you're right",
            "thank you for letting us know", "thanks for letting us know",
            "thank you for taking the time",
        ],
    }
    /// Apologies taken back or blame shifted.
    excuse: &'static [&'static str] {
        fr: &[
            "désolé, mais", "désolés, mais", "désolée, mais", "désolé mais", "désolés mais",
            "navrés, mais", "navré, mais", "pardon, mais", "excusez-nous, mais",
            "la faute du transporteur", "la faute de la poste", "à cause du transporteur",
            "c'est le transporteur", "le transporteur est responsable",
            "ce n'est pas de notre faute", "pas notre faute", "votre faute", "vous auriez dû",
            "vous n'avez pas lu", "comme indiqué", "comme précisé", "comme nous l'avons dit",
            "il fallait",
        ],
        en: &[
            "sorry, but", "sorry but", "apologies, but", "we apologise, but", "we apologize, but",
            "the carrier's fault", "carrier's fault", "due to the carrier", "blame the carrier",
            "not our fault", "your fault", "you should have", "you didn't read", "as stated",
            "as we said", "as mentioned", "as explained",
        ],
    }
    /// Phrases that give a concrete next step.
    next_step: &'static [&'static str] {
        fr: &[
            "nous vous envoyons", "nous vous renvoyons", "nous vous remboursons", "rembours*",
            "échang*", "renvoy*", "nous avons relancé", "nous relançons", "nous avons transmis",
            "nous allons", "nous vous proposons", "nous vous écrivons", "nous vous contactons",
            "dès aujourd'hui", "d'ici", "sous 24", "sous 48", "numéro de suivi",
            "étiquette de retour", "un correctif", "nous corrigeons", "arrivera", "vous recevrez",
            "nous publions", "nous vous tenons informé*", "prochain point",
        ],
        en: &[
            "we will", "we'll", "we are sending", "we're sending", "we have sent", "we've sent",
            "refund*", "replace*", "exchange", "we have chased", "we've chased", "we are chasing",
            "we are messaging", "we're messaging", "we are contacting", "we'll contact", "today",
            "within 24", "within 48", "tracking number", "return label", "a fix", "we are fixing",
            "will arrive", "you will receive", "you'll receive", "we post", "next update",
            "we'll keep you posted", "we will keep you posted",
        ],
    }
    /// Offers of a private channel.
    private: &'static [&'static str] {
        fr: &[
            "en privé", "message privé", "messages privés", "en mp", "par mp", "en dm",
            "par e-mail", "par email", "par mail", "par courriel", "écrivez-nous",
            "dans votre boîte", "par téléphone",
        ],
        en: &[
            "privately", "private message", "direct message", "dm", "dms", "by email", "by e-mail",
            "email us", "inbox", "by phone", "message us",
        ],
    }
    /// Thanks.
    thanks: &'static [&'static str] {
        fr: &["merci", "remerci*"],
        en: &["thank*", "thanks"],
    }
    /// Reminders of the community rules.
    rules: &'static [&'static str] {
        fr: &[
            "règles", "règle", "charte", "respect*", "modér*", "bienveillan*", "courtois*",
            "conditions d'utilisation",
        ],
        en: &[
            "rules", "rule", "guidelines", "community standards", "respect*", "moderat*",
            "courteous", "terms of use", "code of conduct",
        ],
    }
    /// Sarcasm, insults and dismissals: entering the conflict.
    hostile: &'static [&'static str] {
        fr: &[
            "bravo", "quelle surprise", "lol", "mdr", "ptdr", "évidemment", "génie", "idiot*",
            "imbécile*", "stupide*", "crétin*", "ridicule*", "pathétique*", "débile*", "nul*",
            "troll*", "la ferme", "dégage*",
        ],
        en: &[
            "bravo", "what a surprise", "lol", "lmao", "obviously", "genius", "idiot*", "moron*",
            "stupid*", "pathetic", "ridiculous", "dumb", "loser*", "troll*", "shut up", "get lost",
            "nice try", "cry more",
        ],
    }
    /// Invitations to rephrase or come back.
    door: &'static [&'static str] {
        fr: &[
            "reformuler", "reformulez", "n'hésitez pas", "nous restons disponibles",
            "nous sommes là", "écrivez-nous", "volontiers", "avec plaisir", "nous serons ravis",
            "revenez vers nous", "contactez-nous",
        ],
        en: &[
            "rephrase", "feel free", "happy to help", "glad to help", "we're here", "we are here",
            "get in touch", "reach out", "come back to us", "we'd be happy", "we would be happy",
            "gladly", "contact us",
        ],
    }
    /// The words of informal address ("tu"); `t'` also matches before a vowel. English has
    /// one form of address.
    informal_address: &'static [&'static str] {
        fr: &["tu", "te", "toi", "ton", "ta", "tes", "t'"],
        en: &[],
    }
    /// The words of formal address ("vous").
    formal_address: &'static [&'static str] {
        fr: &["vous", "votre", "vos"],
        en: &[],
    }
}
