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
    /// Something concrete done or to be done for the person: a remedy, an act with its
    /// object, a person who will act. With [`Lexicon::when`], what makes a next step; a
    /// promise without either ("we'll look into it") is not one.
    remedy: &'static [&'static str] {
        fr: &[
            "rembours*", "remplac*", "renvoy*", "nous vous envoyons", "vous envoyons", "on t'envoie",
            "on vous envoie", "nous avons envoyé", "offr*", "offert*", "geste commercial",
            "bon d'achat", "remise", "recrédit*", "numéro de suivi", "étiquette de retour",
            "retouche", "technicien*", "rendez-vous", "créneau*", "réparé*", "rétabli*",
            "installé*", "corrig*", "correctif", "nous avons relancé", "nous relançons",
            "nous avons transmis", "nous vous écrivons", "nous vous contactons", "vous contacter*",
            "vous appel*", "vous rappel*", "te rappel*", "vous propos*", "te propos*", "réserver",
            "livré*", "prioritaire", "nous échangeons", "organiser l'échange", "on fait le suivi",
            "nous faisons le suivi", "nous publions", "nous publierons", "nous ferons un point",
            "changé*", "revu*", "renforcé*", "localisé*", "au centre de tri",
        ],
        en: &[
            "refund*", "replace*", "replacement", "swap", "sending", "send you", "we've sent",
            "we have sent", "free of charge", "a free", "for free", "free tickets", "on us", "credit*", "voucher", "discount", "knock", "% off",
            "tracking", "return label", "returns label", "engineer", "technician", "appointment",
            "slot*", "book you", "book it", "fixed", "repaired", "restored", "back since",
            "fitted", "call you", "phone you", "text you", "email you", "emailing you",
            "message you", "messaging you", "contact you", "delivered", "chased", "chasing",
            "priority", "correction", "we'll exchange", "exchange it", "update", "changed",
            "we post", "we will post", "traced", "at the depot", "swapped",
        ],
    }
    /// When the next step happens: a day, a delay, a deadline to come.
    when: &'static [&'static str] {
        fr: &[
            "aujourd'hui", "demain", "ce soir", "dans la journée", "cette semaine", "ce week-end",
            "d'ici", "sous 24", "sous 48", "sous 72", "dans les 24", "dans les 48", "avant lundi",
            "avant mardi", "avant mercredi", "avant jeudi", "avant vendredi", "avant samedi",
            "avant midi", "avant 12", "la semaine prochaine", "dès maintenant", "à 11 h", "à 12 h",
        ],
        en: &[
            "today", "tomorrow", "tonight", "this week", "this weekend", "within", "by monday",
            "by tuesday", "by wednesday", "by thursday", "by friday", "before monday",
            "before tuesday", "before wednesday", "before thursday", "before friday", "before noon",
            "next week", "this afternoon", "right away", "at noon", "at 11 am",
        ],
    }
    /// Words that frame what follows as a reason or a correction: contrastive and causal
    /// connectives, and "note that". After one, a cause ([`Lexicon::cause`]) is an excuse.
    framing: &'static [&'static str] {
        fr: &[
            "mais", "cependant", "toutefois", "néanmoins", "pourtant", "par contre", "en revanche",
            "cela dit", "ceci dit", "en effet", "car", "parce que", "à cause", "en raison",
            "du fait", "suite à", "compte tenu", "sachez que", "il faut savoir", "il faut comprendre",
            "merci de noter", "notez que", "pour des raisons", "avec l'affluence", "malgré",
        ],
        en: &[
            "but", "however", "though", "although", "that said", "having said that",
            "on the other hand", "because", "due to", "owing to", "as a result of", "since",
            "please note", "note that", "bear in mind", "keep in mind", "you have to understand",
            "as per", "despite",
        ],
    }
    /// Causes outside the brand, and claims that the person is wrong: an excuse after a
    /// [`Lexicon::framing`] word, not on their own (a reply may say it chased the carrier).
    cause: &'static [&'static str] {
        fr: &[
            "transporteur", "la poste", "constructeur", "fabricant", "fournisseur*", "prestataire*",
            "compagnie aérienne", "l'expert", "réglementation", "météo", "pluie", "malades",
            "grève", "sous-effectif", "affluence", "forte demande", "difficile", "responsable",
            "explique", "conditions générales", "toujours", "jamais", "complet", "est correct",
            "panne", "font ce qu'ils peuvent", "nous ne pouvons", "nous n'avons pas pu",
            "on ne peut", "on n'a pas pu",
        ],
        en: &[
            "courier", "carrier", "postal service", "manufacturer", "supplier*", "airline",
            "assessor", "regulat*", "weather", "rain*", "sick", "strike", "flu", "short-staffed",
            "rush", "high demand", "hard to", "responsible", "explains", "terms", "always",
            "never", "fully booked", "is correct", "broke down", "doing their best",
            "airline's decision", "we can't", "we cannot", "we couldn't", "we're unable",
            "we are unable",
        ],
    }
    /// The brand washing its hands of the problem, or blaming the person: an excuse wherever
    /// it is. (A plain "we can't speed it up" is a limit, said honestly: an excuse only after
    /// a framing word, see [`Lexicon::cause`].)
    inability: &'static [&'static str] {
        fr: &[
            "rien faire", "rien que nous puissions", "aucun contrôle", "hors de notre contrôle",
            "indépendant de notre volonté", "ne dépend plus de nous", "ne dépend pas de nous",
            "pas de notre ressort", "que vous avez accepté*",
        ],
        en: &[
            "nothing we can do", "nothing we could do", "out of our hands", "beyond our control",
            "no control", "not in our hands", "no longer in our hands", "you accepted",
            "which you accepted",
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
    /// Thanks. Some look like thanks and are not: see [`Lexicon::not_thanks`].
    thanks: &'static [&'static str] {
        fr: &["merci", "remerci*"],
        en: &["thank*", "thanks", "cheers for", "appreciate*"],
    }
    /// What follows "merci" / "thanks" when it does not thank: a cause ("thanks to"), a
    /// request made in advance ("merci d'avance de…").
    not_thanks: &'static [&'static str] {
        fr: &["d'avance", "par avance"],
        en: &["to", "in advance"],
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
    /// Sarcasm, insults and dismissals: entering the conflict. Reminders that something was
    /// "already" said, polite counter-attacks and mock compliments are in it; an ironic emoji
    /// and a rhetorical question aimed at the reader are read by their shape (`text.rs`).
    hostile: &'static [&'static str] {
        fr: &[
            "bravo", "quelle surprise", "lol", "mdr", "ptdr", "évidemment", "génie", "idiot*",
            "imbécile*", "stupide*", "crétin*", "ridicule*", "pathétique*", "débile*", "nul*",
            "troll*", "la ferme", "dégage*", "haha", "bien essayé", "très constructif",
            "si constructif", "si éclairé",
            "s'empresser", "vos théories", "déjà expliqué", "déjà dit", "déjà répondu",
            "encore une fois", "pour la deuxième fois", "pour la troisième fois", "comme précisé",
            "comme indiqué", "comme nous l'avons dit", "avec tout le respect",
            "sauf votre respect", "mal informé*", "vous renseigner", "peut-être devriez-vous",
        ],
        en: &[
            "bravo", "what a surprise", "lol", "lmao", "obviously", "genius", "idiot*", "moron*",
            "stupid*", "pathetic", "ridiculous", "dumb", "loser*", "troll*", "shut up", "get lost",
            "nice try", "cry more", "haha", "super constructive", "so constructive", "oh-so",
            "your theories",
            "already explained", "already said", "already told", "already answered",
            "once again", "for the second time", "for the third time", "as stated",
            "as mentioned", "as we said", "with all due respect", "misinformed",
            "check your facts", "perhaps you should", "maybe you should", "you might want to",
        ],
    }
    /// Invitations to rephrase or come back.
    door: &'static [&'static str] {
        fr: &[
            "reformuler", "reformulez", "n'hésitez pas", "nous restons disponibles",
            "nous sommes là", "écrivez-nous", "volontiers", "avec plaisir", "nous serons ravis",
            "revenez vers nous", "contactez-nous", "bienvenu*", "disponibles", "posez-la",
        ],
        en: &[
            "rephrase", "feel free", "happy to help", "glad to help", "we're here", "we are here",
            "get in touch", "reach out", "come back to us", "we'd be happy", "we would be happy",
            "gladly", "contact us", "you're welcome to", "you are welcome to", "ask away",
        ],
    }
    /// Words that turn a question to the reader into a reproach ("did you even read…?").
    reproach: &'static [&'static str] {
        fr: &["seulement", "vraiment", "sérieusement", "au moins", "même pas"],
        en: &["even", "really", "seriously", "actually", "honestly"],
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
