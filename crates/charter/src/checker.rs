//! The reply checker: reads a reply the way a careful community manager would, against the
//! course's principles and the team's own charter, and explains each finding: which rule,
//! how serious, which charter principle it serves, and the span of text it is about.
//!
//! Rules by situation (French and English texts alike):
//! - complaint, negative review: open by acknowledging the feeling (`empathy-first`); apologise
//!   without justifying or blaming (`no-excuse`); give a concrete next step (`next-step`); a
//!   public reply to a complaint offers a private channel (`private-channel`);
//! - positive review: thank the person (`thanks`);
//! - troll / insult: recall the rules (`rules-recall`), stay neutral (`neutral`), leave the
//!   door open (`door-open`);
//! - every reply: address the person (`name`), avoid the charter's words to avoid
//!   (`avoid-words`), keep its tu / vous (`address`), follow its emoji policy (`emoji`), fit each
//!   target channel (`length`), use only defined placeholders with balanced braces
//!   (`placeholders`).
//!
//! Matching is lexical (word lists per language), deliberately simple and explainable; its
//! precision and recall are measured on the labelled corpus in `tests/replies/`.

use std::ops::Range;

use crate::document::{Address, Charter, EmojiPolicy, Situation, Visibility};
use crate::lang::Lang;
use crate::template::occurrences;
use crate::validate::Severity;

/// The rules, with stable ids for tools and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    EmpathyFirst,
    NoExcuse,
    NextStep,
    PrivateChannel,
    Thanks,
    RulesRecall,
    Neutral,
    DoorOpen,
    Name,
    AvoidWords,
    Address,
    Emoji,
    Length,
    Placeholders,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::EmpathyFirst,
        Rule::NoExcuse,
        Rule::NextStep,
        Rule::PrivateChannel,
        Rule::Thanks,
        Rule::RulesRecall,
        Rule::Neutral,
        Rule::DoorOpen,
        Rule::Name,
        Rule::AvoidWords,
        Rule::Address,
        Rule::Emoji,
        Rule::Length,
        Rule::Placeholders,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::EmpathyFirst => "empathy-first",
            Rule::NoExcuse => "no-excuse",
            Rule::NextStep => "next-step",
            Rule::PrivateChannel => "private-channel",
            Rule::Thanks => "thanks",
            Rule::RulesRecall => "rules-recall",
            Rule::Neutral => "neutral",
            Rule::DoorOpen => "door-open",
            Rule::Name => "name",
            Rule::AvoidWords => "avoid-words",
            Rule::Address => "address",
            Rule::Emoji => "emoji",
            Rule::Length => "length",
            Rule::Placeholders => "placeholders",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// One finding: a rule the reply does not follow, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// Byte range in the reply; empty (at the end) when something is missing.
    pub span: Range<usize>,
    /// What the message needs beyond the rule (the word found, the limit…).
    pub detail: Detail,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// A word or phrase found in the text.
    Found(String),
    /// A word to avoid, and the charter's reason.
    Avoid {
        word: String,
        reason: String,
    },
    /// Length against a channel's limit.
    TooLong {
        channel: String,
        length: usize,
        limit: u32,
    },
}

/// What a reply is checked against.
pub struct Context<'a> {
    pub charter: &'a Charter,
    pub situation: Situation,
    pub visibility: Visibility,
    /// Ids of the channels the reply targets (empty: every channel).
    pub channel_ids: &'a [String],
    /// The language the reply is written in.
    pub lang: Lang,
}

impl Finding {
    /// The message, in `lang` (the UI's), saying what is wrong and which principle it serves.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let found = match &self.detail {
            Detail::Found(word) => word.clone(),
            _ => String::new(),
        };
        match (self.rule, &self.detail) {
            (Rule::EmpathyFirst, _) => {
                if fr {
                    "Empathie : ouvrez en reconnaissant ce que ressent la personne (« nous comprenons votre agacement »).".into()
                } else {
                    "Empathy: open by acknowledging how the person feels (“we understand how frustrating this is”).".into()
                }
            }
            (Rule::NoExcuse, _) => {
                if fr {
                    format!("S’excuser sans se justifier : « {found} » transforme l’excuse en justification ou rejette la faute.")
                } else {
                    format!("Apologise without justifying: “{found}” turns the apology into an excuse or shifts the blame.")
                }
            }
            (Rule::NextStep, _) => {
                if fr {
                    "Proactivité : proposez une suite concrète (ce que vous faites, quand, comment).".into()
                } else {
                    "Proactivity: give a concrete next step (what you are doing, when, how).".into()
                }
            }
            (Rule::PrivateChannel, _) => {
                if fr {
                    "Réclamation : répondez en public, puis proposez un canal privé pour la suite."
                        .into()
                } else {
                    "Complaint: answer in public, then offer a private channel for the follow-up."
                        .into()
                }
            }
            (Rule::Thanks, _) => {
                if fr {
                    "Avis positif : remerciez la personne.".into()
                } else {
                    "Positive review: thank the person.".into()
                }
            }
            (Rule::RulesRecall, _) => {
                if fr {
                    "Cadre clair : rappelez les règles de la communauté.".into()
                } else {
                    "A clear frame: recall the community rules.".into()
                }
            }
            (Rule::Neutral, _) => {
                if fr {
                    format!("Rester neutre : « {found} » entre dans le conflit (ironie, insulte ou cris).")
                } else {
                    format!("Stay neutral: “{found}” enters the conflict (sarcasm, insult or shouting).")
                }
            }
            (Rule::DoorOpen, _) => {
                if fr {
                    "Laisser la porte ouverte : invitez la personne à reformuler ou à revenir vers vous.".into()
                } else {
                    "Leave the door open: invite the person to rephrase or to come back to you."
                        .into()
                }
            }
            (Rule::Name, _) => {
                if fr {
                    "Personnalisation : adressez-vous à la personne par son prénom ({{first_name}}).".into()
                } else {
                    "Personalisation: address the person by name ({{first_name}}).".into()
                }
            }
            (Rule::AvoidWords, Detail::Avoid { word, reason }) => {
                if fr {
                    format!("La charte demande d’éviter « {word} » : {reason}")
                } else {
                    format!("The charter says to avoid “{word}”: {reason}")
                }
            }
            (Rule::AvoidWords, _) => String::new(),
            (Rule::Address, _) => {
                if fr {
                    format!("La charte fixe une forme d’adresse ; « {found} » n’y correspond pas.")
                } else {
                    format!("The charter sets a form of address; “{found}” does not match it.")
                }
            }
            (Rule::Emoji, _) => {
                if fr {
                    format!("Politique d’émojis de la charte : « {found} » n’y correspond pas.")
                } else {
                    format!("The charter’s emoji policy: “{found}” does not follow it.")
                }
            }
            (
                Rule::Length,
                Detail::TooLong {
                    channel,
                    length,
                    limit,
                },
            ) => {
                if fr {
                    format!("{length} caractères : trop long pour « {channel} » (limite {limit}). Prévoyez une variante plus courte.")
                } else {
                    format!("{length} characters: too long for “{channel}” (limit {limit}). Add a shorter variant.")
                }
            }
            (Rule::Length, _) => String::new(),
            (Rule::Placeholders, _) => {
                if fr {
                    format!("Variable « {found} » non définie dans la charte, ou accolades déséquilibrées.")
                } else {
                    format!("Placeholder “{found}” is not defined in the charter, or the braces do not balance.")
                }
            }
        }
    }
}

/// Lower-cased text with the same byte offsets as the original where it matters: only ASCII
/// and the accented Latin letters used here change case, so we lower-case per char and keep a
/// map from lowered offsets back to original ones.
struct Folded {
    text: String,
    /// original byte offset for each byte offset of `text`
    origin: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            // typographic apostrophes read as ASCII ones
            let c = if c == '’' { '\'' } else { c };
            for lower in c.to_lowercase() {
                let before = text.len();
                text.push(lower);
                origin.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    fn span(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start]..self.origin[range.end]
    }

    /// The first occurrence of any phrase, as whole words, at or after `from`.
    fn find_any(&self, phrases: &[&str], from: usize) -> Option<Range<usize>> {
        phrases
            .iter()
            .filter_map(|phrase| {
                find_word(&self.text[from..], phrase).map(|r| r.start + from..r.end + from)
            })
            .min_by_key(|r| r.start)
    }

    fn has_any(&self, phrases: &[&str]) -> bool {
        self.find_any(phrases, 0).is_some()
    }
}

/// `phrase` in `text` where it starts and ends at a word boundary. A phrase ending in `*` is a
/// prefix (`rembours*` matches "remboursement").
fn find_word(text: &str, phrase: &str) -> Option<Range<usize>> {
    let (needle, prefix) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '_');
    let mut from = 0;
    while let Some(found) = text[from..].find(needle) {
        let start = from + found;
        let mut end = start + needle.len();
        let before = text[..start].chars().next_back();
        if boundary(before) {
            if prefix {
                end += text[end..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - end);
                return Some(start..end);
            }
            if boundary(text[end..].chars().next()) {
                return Some(start..end);
            }
        }
        from = start + needle.len().max(1);
    }
    None
}

/// Word lists per language.
struct Lexicon {
    greeting: &'static [&'static str],
    empathy: &'static [&'static str],
    excuse: &'static [&'static str],
    next_step: &'static [&'static str],
    private: &'static [&'static str],
    thanks: &'static [&'static str],
    rules: &'static [&'static str],
    hostile: &'static [&'static str],
    door: &'static [&'static str],
}

static FR: Lexicon = Lexicon {
    greeting: &[
        "bonjour", "bonsoir", "salut", "hello", "coucou", "cher", "chère",
    ],
    empathy: &[
        "nous comprenons",
        "je comprends",
        "on comprend",
        "nous comprenons votre",
        "désolé*",
        "navré*",
        "nous regrettons",
        "je regrette",
        "sincèrement désolé*",
        "frustration",
        "agacement",
        "déception",
        "déçu*",
        "mécontentement",
        "nous entendons",
        "vous avez raison",
        "merci de nous l'avoir signalé",
        "merci de nous avoir signalé",
        "merci d'avoir pris le temps",
        "nos excuses",
        "toutes nos excuses",
        "nous nous excusons",
    ],
    excuse: &[
        "désolé, mais",
        "désolés, mais",
        "désolée, mais",
        "désolé mais",
        "désolés mais",
        "navrés, mais",
        "navré, mais",
        "pardon, mais",
        "excusez-nous, mais",
        "la faute du transporteur",
        "la faute de la poste",
        "à cause du transporteur",
        "c'est le transporteur",
        "le transporteur est responsable",
        "ce n'est pas de notre faute",
        "pas notre faute",
        "votre faute",
        "vous auriez dû",
        "vous n'avez pas lu",
        "comme indiqué",
        "comme précisé",
        "comme nous l'avons dit",
        "il fallait",
    ],
    next_step: &[
        "nous vous envoyons",
        "nous vous renvoyons",
        "nous vous remboursons",
        "rembours*",
        "échang*",
        "renvoy*",
        "nous avons relancé",
        "nous relançons",
        "nous avons transmis",
        "nous allons",
        "nous vous proposons",
        "nous vous écrivons",
        "nous vous contactons",
        "dès aujourd'hui",
        "d'ici",
        "sous 24",
        "sous 48",
        "numéro de suivi",
        "étiquette de retour",
        "un correctif",
        "nous corrigeons",
        "arrivera",
        "vous recevrez",
        "nous publions",
        "nous vous tenons informé*",
        "prochain point",
    ],
    private: &[
        "en privé",
        "message privé",
        "messages privés",
        "en mp",
        "par mp",
        "en dm",
        "par e-mail",
        "par email",
        "par mail",
        "par courriel",
        "écrivez-nous",
        "dans votre boîte",
        "par téléphone",
    ],
    thanks: &["merci", "remerci*"],
    rules: &[
        "règles",
        "règle",
        "charte",
        "respect*",
        "modér*",
        "bienveillan*",
        "courtois*",
        "conditions d'utilisation",
    ],
    hostile: &[
        "bravo",
        "quelle surprise",
        "lol",
        "mdr",
        "ptdr",
        "évidemment",
        "génie",
        "idiot*",
        "imbécile*",
        "stupide*",
        "crétin*",
        "ridicule*",
        "pathétique*",
        "débile*",
        "nul*",
        "troll*",
        "la ferme",
        "dégage*",
    ],
    door: &[
        "reformuler",
        "reformulez",
        "n'hésitez pas",
        "nous restons disponibles",
        "nous sommes là",
        "écrivez-nous",
        "volontiers",
        "avec plaisir",
        "nous serons ravis",
        "revenez vers nous",
        "contactez-nous",
    ],
};

static EN: Lexicon = Lexicon {
    greeting: &["hello", "hi", "hey", "dear", "good morning", "good evening"],
    empathy: &[
        "we understand",
        "i understand",
        "we hear you",
        "sorry",
        "we apologise",
        "we apologize",
        "apologies",
        "our apologies",
        "frustrat*",
        "disappoint*",
        "upsetting",
        "annoying",
        "we regret",
        "you are right",
        "you're right",
        "thank you for letting us know",
        "thanks for letting us know",
        "thank you for taking the time",
    ],
    excuse: &[
        "sorry, but",
        "sorry but",
        "apologies, but",
        "we apologise, but",
        "we apologize, but",
        "the carrier's fault",
        "carrier's fault",
        "due to the carrier",
        "blame the carrier",
        "not our fault",
        "your fault",
        "you should have",
        "you didn't read",
        "as stated",
        "as we said",
        "as mentioned",
        "as explained",
    ],
    next_step: &[
        "we will",
        "we'll",
        "we are sending",
        "we're sending",
        "we have sent",
        "we've sent",
        "refund*",
        "replace*",
        "exchange",
        "we have chased",
        "we've chased",
        "we are chasing",
        "we are messaging",
        "we're messaging",
        "we are contacting",
        "we'll contact",
        "today",
        "within 24",
        "within 48",
        "tracking number",
        "return label",
        "a fix",
        "we are fixing",
        "will arrive",
        "you will receive",
        "you'll receive",
        "we post",
        "next update",
        "we'll keep you posted",
        "we will keep you posted",
    ],
    private: &[
        "privately",
        "private message",
        "direct message",
        "dm",
        "dms",
        "by email",
        "by e-mail",
        "email us",
        "inbox",
        "by phone",
        "message us",
    ],
    thanks: &["thank*", "thanks"],
    rules: &[
        "rules",
        "rule",
        "guidelines",
        "community standards",
        "respect*",
        "moderat*",
        "courteous",
        "terms of use",
        "code of conduct",
    ],
    hostile: &[
        "bravo",
        "what a surprise",
        "lol",
        "lmao",
        "obviously",
        "genius",
        "idiot*",
        "moron*",
        "stupid*",
        "pathetic",
        "ridiculous",
        "dumb",
        "loser*",
        "troll*",
        "shut up",
        "get lost",
        "nice try",
        "cry more",
    ],
    door: &[
        "rephrase",
        "feel free",
        "happy to help",
        "glad to help",
        "we're here",
        "we are here",
        "get in touch",
        "reach out",
        "come back to us",
        "we'd be happy",
        "we would be happy",
        "gladly",
        "contact us",
    ],
};

fn lexicon(lang: Lang) -> &'static Lexicon {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// Characters counted as emoji: pictographs, symbols and dingbats.
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F1E6..=0x1F1FF | 0x2B50 | 0x2B55)
}

/// Checks one reply; findings in text order, missing things last.
pub fn check(text: &str, context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    let folded = Folded::new(text);
    let lex = lexicon(context.lang);
    let end = text.len()..text.len();
    let missing = |rule: Rule, severity: Severity| Finding {
        rule,
        severity,
        span: end.clone(),
        detail: Detail::None,
    };
    let at = |rule: Rule, severity: Severity, range: Range<usize>| Finding {
        rule,
        severity,
        detail: Detail::Found(text[folded.span(range.clone())].to_owned()),
        span: folded.span(range),
    };

    match context.situation {
        Situation::Complaint | Situation::NegativeReview => {
            if !opens_with_empathy(&folded, lex) {
                let first = first_sentence(text);
                findings.push(Finding {
                    rule: Rule::EmpathyFirst,
                    severity: Severity::Warning,
                    span: first,
                    detail: Detail::None,
                });
            }
            if let Some(range) = folded.find_any(lex.excuse, 0) {
                findings.push(at(Rule::NoExcuse, Severity::Error, range));
            }
            if !folded.has_any(lex.next_step) {
                findings.push(missing(Rule::NextStep, Severity::Warning));
            }
            if context.situation == Situation::Complaint
                && context.visibility == Visibility::Public
                && !folded.has_any(lex.private)
            {
                findings.push(missing(Rule::PrivateChannel, Severity::Warning));
            }
        }
        Situation::PositiveReview => {
            if !folded.has_any(lex.thanks) {
                findings.push(missing(Rule::Thanks, Severity::Warning));
            }
        }
        Situation::Troll => {
            if !folded.has_any(lex.rules) {
                findings.push(missing(Rule::RulesRecall, Severity::Warning));
            }
            let mut from = 0;
            while let Some(range) = folded.find_any(lex.hostile, from) {
                from = range.end;
                findings.push(at(Rule::Neutral, Severity::Error, range));
            }
            if let Some(range) = shouting(text) {
                findings.push(Finding {
                    rule: Rule::Neutral,
                    severity: Severity::Error,
                    detail: Detail::Found(text[range.clone()].to_owned()),
                    span: range,
                });
            }
            if !folded.has_any(lex.door) {
                findings.push(missing(Rule::DoorOpen, Severity::Warning));
            }
        }
        Situation::Question | Situation::Crisis | Situation::Custom => {}
    }

    // Every reply. Troll replies and crisis statements speak to no one in particular.
    let personal = !matches!(context.situation, Situation::Troll | Situation::Crisis);
    let occurrences_found = occurrences(text);
    if personal {
        let named = occurrences_found.as_ref().is_some_and(|found| {
            found.iter().any(|o| {
                o.name.contains("name") || o.name.contains("prenom") || o.name.contains("prénom")
            })
        });
        if !named {
            findings.push(Finding {
                rule: Rule::Name,
                severity: Severity::Warning,
                span: first_sentence(text),
                detail: Detail::None,
            });
        }
    }
    for word in &context.charter.voice.words_to_avoid {
        let needle = Folded::new(word.text.trim()).text;
        if needle.is_empty() {
            continue;
        }
        if let Some(range) = find_word(&folded.text, &needle) {
            findings.push(Finding {
                rule: Rule::AvoidWords,
                severity: Severity::Error,
                span: folded.span(range),
                detail: Detail::Avoid {
                    word: word.text.trim().to_owned(),
                    reason: word.reason.trim().to_owned(),
                },
            });
        }
    }
    if context.lang == Lang::Fr {
        let wrong: &[&str] = match context.charter.voice.address {
            Address::Vous => &["tu", "te", "toi", "ton", "ta", "tes", "t'"],
            Address::Tu => &["vous", "votre", "vos"],
            Address::NotApplicable => &[],
        };
        if let Some(range) = wrong
            .iter()
            .filter_map(|w| find_pronoun(&folded.text, w))
            .min_by_key(|r| r.start)
        {
            findings.push(at(Rule::Address, Severity::Error, range));
        }
    }
    let emoji: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| is_emoji(c)).collect();
    let too_many = match context.charter.voice.emoji {
        EmojiPolicy::None => emoji.first(),
        EmojiPolicy::Sparing => emoji.get(1),
        EmojiPolicy::Welcome => None,
    };
    if let Some(&(at_byte, c)) = too_many {
        findings.push(Finding {
            rule: Rule::Emoji,
            severity: Severity::Warning,
            span: at_byte..at_byte + c.len_utf8(),
            detail: Detail::Found(c.to_string()),
        });
    }
    let length = text.chars().count();
    for channel in &context.charter.channels {
        let targeted = context.channel_ids.is_empty() || context.channel_ids.contains(&channel.id);
        if let (true, Some(limit)) = (targeted, channel.reply_length_limit) {
            if length > limit as usize {
                let cut = text
                    .char_indices()
                    .nth(limit as usize)
                    .map_or(text.len(), |(i, _)| i);
                findings.push(Finding {
                    rule: Rule::Length,
                    severity: Severity::Error,
                    span: cut..text.len(),
                    detail: Detail::TooLong {
                        channel: crate::markdown::channel_name(
                            channel,
                            crate::labels::labels(context.charter.meta.language),
                        )
                        .to_owned(),
                        length,
                        limit,
                    },
                });
            }
        }
    }
    match occurrences_found {
        None => findings.push(Finding {
            rule: Rule::Placeholders,
            severity: Severity::Error,
            span: 0..text.len(),
            detail: Detail::Found("{{ }}".into()),
        }),
        Some(found) => {
            for o in found {
                if !context
                    .charter
                    .placeholders
                    .iter()
                    .any(|p| p.name == o.name)
                {
                    findings.push(Finding {
                        rule: Rule::Placeholders,
                        severity: Severity::Error,
                        detail: Detail::Found(text[o.start..o.end].to_owned()),
                        span: o.start..o.end,
                    });
                }
            }
        }
    }
    findings.sort_by_key(|f| (f.span.start, f.rule));
    findings
}

/// A French pronoun as a word; "t'" also matches before a vowel ("t'écrire").
fn find_pronoun(text: &str, word: &str) -> Option<Range<usize>> {
    if let Some(stem) = word.strip_suffix('\'') {
        let mut from = 0;
        while let Some(i) = text[from..].find(word) {
            let start = from + i;
            let before = text[..start].chars().next_back();
            if before.is_none_or(|c| !c.is_alphanumeric()) {
                return Some(start..start + stem.len() + 1);
            }
            from = start + 1;
        }
        return None;
    }
    find_word(text, word)
}

/// The first sentence, after an opening greeting line such as "Bonjour {{first_name}},".
fn first_sentence(text: &str) -> Range<usize> {
    let end = text
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n'))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    0..end
}

/// Whether the opening (greeting aside) acknowledges the person's feeling: an empathy phrase
/// within the first 160 characters of the text. An apology taken back at once ("sorry,
/// but…") does not count.
fn opens_with_empathy(folded: &Folded, lex: &Lexicon) -> bool {
    let mut start = 0;
    if let Some(greeting) = folded.find_any(lex.greeting, 0).filter(|r| r.start < 4) {
        start = greeting.end;
    }
    let window_end = folded.text[start..]
        .char_indices()
        .nth(160)
        .map_or(folded.text.len(), |(i, _)| start + i);
    let mut opening = folded.text[start..window_end].to_owned();
    for excuse in lex.excuse {
        while let Some(range) = find_word(&opening, excuse) {
            opening.replace_range(range.clone(), &" ".repeat(range.len()));
        }
    }
    lex.empathy.iter().any(|p| find_word(&opening, p).is_some())
}

/// A word of four letters or more in capitals, or "!!": shouting.
fn shouting(text: &str) -> Option<Range<usize>> {
    if let Some(i) = text.find("!!") {
        return Some(i..i + 2);
    }
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() && c.is_uppercase() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let word = &text[s..i];
            let letters = word.chars().count();
            let at_word_end = !c.is_alphabetic();
            if letters >= 4
                && at_word_end
                && text[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_alphabetic())
            {
                return Some(s..i);
            }
        }
    }
    None
}

/// The part of a charter the checker reads (voice, placeholders, channels, language), as a
/// charter of its own: an editor can re-check a reply only when this, or the reply, changes.
pub fn relevant_part(charter: &Charter) -> Charter {
    let mut part = Charter::new(charter.meta.language);
    part.voice = charter.voice.clone();
    part.placeholders = charter.placeholders.clone();
    part.channels = charter.channels.clone();
    part
}

/// Byte offsets as UTF-16 offsets, for a browser's text selection.
pub fn utf16_span(text: &str, span: &Range<usize>) -> (u32, u32) {
    let start = text[..span.start].encode_utf16().count() as u32;
    let end = start + text[span.clone()].encode_utf16().count() as u32;
    (start, end)
}

/// Checks one text of a template: its `body` or its `follow_up`, in one language. A
/// follow-up is a private message about the next step, so only the rules for every reply
/// apply to it. A channel with a variant of its own is checked on the variant, not here.
pub fn check_template_text(
    charter: &Charter,
    template: &crate::document::ReplyTemplate,
    field: TemplateText,
    lang: Lang,
) -> Vec<Finding> {
    let (text, situation, visibility) = match field {
        TemplateText::Body => (&template.body, template.situation, template.visibility),
        TemplateText::FollowUp => (&template.follow_up, Situation::Custom, Visibility::Private),
    };
    let Some(text) = text.get(lang).filter(|t| !t.trim().is_empty()) else {
        return Vec::new();
    };
    // channels that have a variant of their own are checked on the variant's text
    let channel_ids: Vec<String> = if template.channel_ids.is_empty() {
        charter.channels.iter().map(|c| c.id.clone()).collect()
    } else {
        template.channel_ids.clone()
    };
    let channel_ids: Vec<String> = channel_ids
        .into_iter()
        .filter(|id| !template.variants.iter().any(|v| &v.channel_id == id))
        .collect();
    let context = Context {
        charter,
        situation,
        visibility,
        channel_ids: &channel_ids,
        lang,
    };
    let mut findings = check(text, &context);
    if channel_ids.is_empty() {
        // every targeted channel has a variant: no length applies to this text
        findings.retain(|f| f.rule != Rule::Length);
    }
    findings
}

/// Which text of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateText {
    Body,
    FollowUp,
}

impl TemplateText {
    pub fn key(self) -> &'static str {
        match self {
            TemplateText::Body => "body",
            TemplateText::FollowUp => "follow_up",
        }
    }
}

/// Checks every template of a charter, in each language it is written in: (template index,
/// language, which text, findings).
pub fn check_charter(charter: &Charter) -> Vec<(usize, Lang, TemplateText, Vec<Finding>)> {
    let mut out = Vec::new();
    for (i, template) in charter.templates.iter().enumerate() {
        for lang in Lang::ALL {
            for field in [TemplateText::Body, TemplateText::FollowUp] {
                if template_text(template, field)
                    .get(lang)
                    .is_some_and(|t| !t.trim().is_empty())
                {
                    out.push((
                        i,
                        lang,
                        field,
                        check_template_text(charter, template, field, lang),
                    ));
                }
            }
        }
    }
    out
}

/// The localized text a [`TemplateText`] names.
pub fn template_text(
    template: &crate::document::ReplyTemplate,
    field: TemplateText,
) -> &crate::document::LocalizedText {
    match field {
        TemplateText::Body => &template.body,
        TemplateText::FollowUp => &template.follow_up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Placeholder, WordChoice};

    fn charter() -> Charter {
        let mut c = Charter::new(Lang::Fr);
        c.placeholders.push(Placeholder {
            id: "placeholder-1".into(),
            name: "first_name".into(),
            ..Placeholder::default()
        });
        c.voice.words_to_avoid.push(WordChoice {
            text: "malheureusement".into(),
            reason: "sonne fataliste".into(),
        });
        c
    }

    fn rules(text: &str, situation: Situation, lang: Lang) -> Vec<&'static str> {
        let c = charter();
        let context = Context {
            charter: &c,
            situation,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang,
        };
        check(text, &context).iter().map(|f| f.rule.id()).collect()
    }

    #[test]
    fn the_course_model_complaint_reply_passes() {
        let reply = "Bonjour {{first_name}}, nous comprenons parfaitement votre frustration face à ce retard et nous en sommes sincèrement désolés. Notre équipe logistique travaille actuellement à résoudre le problème et votre commande devrait vous parvenir dans les plus brefs délais. Nous vous contactons en privé pour vous donner un suivi précis et trouver une solution qui vous conviendra. Merci de votre patience et de votre confiance.";
        assert_eq!(
            rules(reply, Situation::Complaint, Lang::Fr),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_bad_complaint_reply_is_explained_with_spans() {
        let reply = "Désolés, mais c'est la faute du transporteur. Malheureusement on ne peut rien faire pour toi.";
        let c = charter();
        let context = Context {
            charter: &c,
            situation: Situation::Complaint,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang: Lang::Fr,
        };
        let findings = check(reply, &context);
        let ids: Vec<_> = findings.iter().map(|f| f.rule.id()).collect();
        for expected in [
            "empathy-first",
            "no-excuse",
            "next-step",
            "private-channel",
            "name",
            "avoid-words",
            "address",
        ] {
            assert!(ids.contains(&expected), "{expected} in {ids:?}");
        }
        let excuse = findings.iter().find(|f| f.rule == Rule::NoExcuse).unwrap();
        assert_eq!(&reply[excuse.span.clone()], "Désolés, mais");
        let avoid = findings
            .iter()
            .find(|f| f.rule == Rule::AvoidWords)
            .unwrap();
        assert_eq!(&reply[avoid.span.clone()], "Malheureusement");
        assert!(avoid.message(Lang::En).contains("sonne fataliste"));
        let address = findings.iter().find(|f| f.rule == Rule::Address).unwrap();
        assert_eq!(&reply[address.span.clone()], "toi");
    }

    #[test]
    fn the_course_model_troll_reply_passes_and_sarcasm_does_not() {
        let reply = "Bonjour, nous encourageons les échanges constructifs et respectueux au sein de cette communauté. Nous devons donc modérer tout contenu offensant. N’hésitez pas à reformuler votre message afin que nous puissions échanger sereinement.";
        assert_eq!(rules(reply, Situation::Troll, Lang::Fr), Vec::<&str>::new());
        let bad = rules(
            "Bravo le génie, quelle surprise. ARRÊTEZ de raconter n'importe quoi !!",
            Situation::Troll,
            Lang::Fr,
        );
        assert!(
            bad.iter().filter(|r| **r == "neutral").count() >= 3,
            "{bad:?}"
        );
        assert!(
            bad.contains(&"rules-recall") && bad.contains(&"door-open"),
            "{bad:?}"
        );
    }

    #[test]
    fn english_replies_are_read_with_english_words() {
        assert_eq!(
            rules(
                "Thank you so much {{first_name}} for this lovely review!",
                Situation::PositiveReview,
                Lang::En
            ),
            Vec::<&str>::new()
        );
        assert_eq!(
            rules(
                "Hello {{first_name}}, glad you like it.",
                Situation::PositiveReview,
                Lang::En
            ),
            ["thanks"]
        );
        let bad = rules(
            "Sorry, but you should have read the delivery page.",
            Situation::Complaint,
            Lang::En,
        );
        assert!(
            bad.contains(&"no-excuse") && bad.contains(&"next-step"),
            "{bad:?}"
        );
    }

    #[test]
    fn the_relevant_part_checks_like_the_whole_charter() {
        let c = crate::generate::charter(
            9,
            crate::generate::Size {
                personas: 3,
                channels: 3,
                templates: 5,
            },
        );
        let part = relevant_part(&c);
        for t in &c.templates {
            for lang in Lang::ALL {
                let Some(text) = t.body.get(lang) else {
                    continue;
                };
                let context = |charter| Context {
                    charter,
                    situation: t.situation,
                    visibility: t.visibility,
                    channel_ids: &t.channel_ids,
                    lang,
                };
                assert_eq!(check(text, &context(&c)), check(text, &context(&part)));
            }
        }
        assert_eq!(utf16_span("é😀x", &(2..6)), (1, 3));
    }

    #[test]
    fn words_match_whole_words_and_prefixes() {
        assert_eq!(
            find_word("un remboursement rapide", "rembours*"),
            Some(3..16)
        );
        assert_eq!(find_word("nulle part", "nul"), None);
        assert_eq!(find_word("c'est nul.", "nul"), Some(6..9));
        assert_eq!(find_word("trolling", "troll"), None);
        assert!(
            shouting("C'est NUL").is_none(),
            "three capitals are not shouting"
        );
        assert_eq!(shouting("ARRÊTEZ ça"), Some(0..8));
    }

    #[test]
    fn length_and_placeholders_follow_the_charter() {
        let mut c = charter();
        c.channels.push(crate::document::Channel {
            id: "channel-1".into(),
            name: "X".into(),
            reply_length_limit: Some(20),
            ..Default::default()
        });
        let context = Context {
            charter: &c,
            situation: Situation::Question,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang: Lang::En,
        };
        let text = "Hi {{first_name}}, {{order}} is on its way.";
        let findings = check(text, &context);
        let length = findings.iter().find(|f| f.rule == Rule::Length).unwrap();
        assert!(length.message(Lang::En).contains("limit 20"));
        let undefined = findings
            .iter()
            .find(|f| f.rule == Rule::Placeholders)
            .unwrap();
        assert_eq!(&text[undefined.span.clone()], "{{order}}");
    }
}
