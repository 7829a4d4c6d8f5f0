//! What an export could not carry as written, item by item, in words a team can act on.

use super::Target;
use crate::lang::Lang;

/// One item that did not fit the target as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub target: Target,
    /// JSON pointer to the charter field concerned (empty for the file as a whole), so that
    /// the app can take the user there.
    pub path: String,
    /// The item as the team knows it: a template's title, a rule's description, a keyword.
    pub item: String,
    pub outcome: Outcome,
    pub reason: Reason,
}

/// What happened to the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Not in the file.
    LeftOut,
    /// In the file, changed as the reason says.
    Changed,
    /// In the file with an empty value the team must fill in before importing.
    ToFillIn,
}

/// Which text is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Keyword,
    Pattern,
    BlockMessage,
    Comment,
    TimeoutSeconds,
}

/// What there are too many of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Keywords,
    Patterns,
    Rules,
}

/// Ids that live only in the team's own tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolId {
    FreshdeskFolder,
    DiscordAlertChannel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    TooLong {
        field: TextField,
        length: usize,
        limit: usize,
    },
    TooMany {
        what: Counted,
        count: usize,
        limit: usize,
    },
    /// A placeholder the target has no field for: written `[name]` for the agent to fill in.
    NoEquivalent {
        placeholder: String,
    },
    /// A placeholder the charter does not define.
    Undefined {
        placeholder: String,
    },
    InvalidPattern {
        reason: String,
    },
    /// The text is missing in the language the file is written in.
    MissingText {
        lang: Lang,
    },
    /// A moderation rule with neither keywords nor patterns: nothing for a bot to watch.
    NothingToWatch,
    /// An id the charter cannot know (see [`super::ToolOptions`]).
    NeedsId(ToolId),
    /// AutoModerator cannot ban: the rule removes instead.
    CannotBan,
    /// AutoModerator cannot escalate: the rule reports to the moderators instead.
    CannotEscalate,
    /// No troll / insult template to post as AutoModerator's comment.
    NoTrollTemplate,
}

impl Note {
    /// "Left out: …" / "Changed: …" / "To fill in: …", in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let outcome = match (self.outcome, fr) {
            (Outcome::LeftOut, true) => "Non exporté",
            (Outcome::LeftOut, false) => "Left out",
            (Outcome::Changed, true) => "Modifié",
            (Outcome::Changed, false) => "Changed",
            (Outcome::ToFillIn, true) => "À compléter",
            (Outcome::ToFillIn, false) => "To fill in",
        };
        let colon = if fr { " : " } else { ": " };
        format!("{outcome}{colon}{}", self.reason_text(lang))
    }

    fn reason_text(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        let tool = self.target.name();
        match &self.reason {
            Reason::TooLong {
                field,
                length,
                limit,
            } => {
                let what = match (field, fr) {
                    (TextField::Keyword, true) => "mot-clé",
                    (TextField::Keyword, false) => "keyword",
                    (TextField::Pattern, true) => "expression régulière",
                    (TextField::Pattern, false) => "regular expression",
                    (TextField::BlockMessage, true) => "message de blocage",
                    (TextField::BlockMessage, false) => "block message",
                    (TextField::Comment, true) => "commentaire",
                    (TextField::Comment, false) => "comment",
                    (TextField::TimeoutSeconds, true) => "durée d’exclusion (secondes)",
                    (TextField::TimeoutSeconds, false) => "timeout (seconds)",
                };
                if *field == TextField::TimeoutSeconds {
                    return if fr {
                        format!("{what} de {length}, {tool} accepte au plus {limit}.")
                    } else {
                        format!("{what} of {length}, {tool} accepts at most {limit}.")
                    };
                }
                if fr {
                    format!("{what} de {length} caractères, {tool} en accepte {limit} au plus.")
                } else {
                    format!("{what} of {length} characters, {tool} accepts at most {limit}.")
                }
            }
            Reason::TooMany { what, count, limit } => {
                let what = match (what, fr) {
                    (Counted::Keywords, true) => "mots-clés",
                    (Counted::Keywords, false) => "keywords",
                    (Counted::Patterns, true) => "expressions régulières",
                    (Counted::Patterns, false) => "regular expressions",
                    (Counted::Rules, true) => "règles à mots-clés par serveur",
                    (Counted::Rules, false) => "keyword rules per server",
                };
                if fr {
                    format!("{count} {what}, {tool} en accepte {limit} au plus ; scindez la règle ou faites un choix.")
                } else {
                    format!(
                        "{count} {what}, {tool} accepts at most {limit}; split the rule or choose."
                    )
                }
            }
            Reason::NoEquivalent { placeholder } => {
                if fr {
                    format!("{tool} n’a pas d’équivalent pour {{{{{placeholder}}}}} ; écrit [{placeholder}], à remplir à la main. Indiquez ce que la variable représente (onglet Modèles) si c’est une donnée connue de l’outil.")
                } else {
                    format!("{tool} has no equivalent for {{{{{placeholder}}}}}; written [{placeholder}] to fill in by hand. Say what the placeholder stands for (Reply templates) if the tool knows it.")
                }
            }
            Reason::Undefined { placeholder } => {
                if fr {
                    format!("{{{{{placeholder}}}}} n’est pas définie dans la charte ; écrit [{placeholder}].")
                } else {
                    format!(
                        "{{{{{placeholder}}}}} is not defined in the charter; written [{placeholder}]."
                    )
                }
            }
            Reason::InvalidPattern { reason } => {
                if fr {
                    format!("expression régulière invalide ({reason}).")
                } else {
                    format!("invalid regular expression ({reason}).")
                }
            }
            Reason::MissingText { lang: missing } => {
                let name = match (missing, fr) {
                    (Lang::Fr, true) => "français",
                    (Lang::Fr, false) => "French",
                    (Lang::En, true) => "anglais",
                    (Lang::En, false) => "English",
                };
                if fr {
                    format!("pas de texte en {name}, la langue du fichier.")
                } else {
                    format!("no text in {name}, the file’s language.")
                }
            }
            Reason::NothingToWatch => {
                if fr {
                    "la règle n’a ni mots-clés ni expressions régulières : rien à surveiller pour un robot.".to_owned()
                } else {
                    "the rule has neither keywords nor regular expressions: nothing for a bot to watch.".to_owned()
                }
            }
            Reason::NeedsId(ToolId::FreshdeskFolder) => {
                if fr {
                    "folder_id est vide : indiquez le dossier Freshdesk des réponses (en ligne de commande --freshdesk-folder, dans l’application sous Revue et export).".to_owned()
                } else {
                    "folder_id is empty: give the Freshdesk folder for the replies (command line: --freshdesk-folder; app: Review & export).".to_owned()
                }
            }
            Reason::NeedsId(ToolId::DiscordAlertChannel) => {
                if fr {
                    "channel_id des alertes est vide : indiquez le salon Discord qui les reçoit (en ligne de commande --discord-alert-channel, dans l’application sous Revue et export).".to_owned()
                } else {
                    "the alerts' channel_id is empty: give the Discord channel that receives them (command line: --discord-alert-channel; app: Review & export).".to_owned()
                }
            }
            Reason::CannotBan => {
                if fr {
                    "AutoModerator ne peut pas bannir : la règle retire le message ; le bannissement reste manuel.".to_owned()
                } else {
                    "AutoModerator cannot ban: the rule removes the post; banning stays manual."
                        .to_owned()
                }
            }
            Reason::CannotEscalate => {
                if fr {
                    "AutoModerator ne peut pas escalader : la règle signale aux modérateurs, qui suivent la chaîne d’escalade.".to_owned()
                } else {
                    "AutoModerator cannot escalate: the rule reports to the moderators, who follow the escalation chain.".to_owned()
                }
            }
            Reason::NoTrollTemplate => {
                if fr {
                    "aucun modèle « troll / insulte » : la règle n’a pas de commentaire.".to_owned()
                } else {
                    "no troll / insult template: the rule has no comment.".to_owned()
                }
            }
        }
    }
}
