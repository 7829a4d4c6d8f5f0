//! What an export could not carry as written, item by item, in words a team can act on.

use super::target::Target;
use crate::labels::labels;
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
    HelpScoutMailbox,
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
    NoEquivalent { placeholder: String },
    /// A placeholder the charter does not define.
    Undefined { placeholder: String },
    InvalidPattern {
        reason: crate::pattern::PatternProblem,
    },
    /// The text is missing in the language the file is written in.
    MissingText { lang: Lang },
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
    /// The text held what the target's template engine would read as its own syntax
    /// (`{{`, `{%`): escaped for that engine, or broken with a space where it has no escape.
    EngineSyntax,
    /// A keyword holding `*`, which Discord reads as a wildcard.
    Wildcard,
    /// Two macros would have the same name, which the target refuses: renamed.
    Renamed { name: String },
}

impl Note {
    /// "Left out: …" / "Changed: …" / "To fill in: …", in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let w = NoteWords::get(lang);
        format!(
            "{}{}{}",
            (w.outcome)(self.outcome),
            w.colon,
            self.reason_text(lang)
        )
    }

    fn reason_text(&self, lang: Lang) -> String {
        let w = NoteWords::get(lang);
        let tool = self.target.name();
        match &self.reason {
            Reason::TooLong {
                field: TextField::TimeoutSeconds,
                length,
                limit,
            } => (w.timeout_too_long)(tool, *length, *limit),
            Reason::TooLong {
                field,
                length,
                limit,
            } => (w.too_long)((w.text_field)(*field), tool, *length, *limit),
            Reason::TooMany { what, count, limit } => {
                (w.too_many)((w.counted)(*what), tool, *count, *limit)
            }
            Reason::NoEquivalent { placeholder } => (w.no_equivalent)(tool, placeholder),
            Reason::Undefined { placeholder } => (w.undefined)(placeholder),
            Reason::InvalidPattern { reason } => (w.invalid_pattern)(&reason.message(lang)),
            Reason::MissingText { lang: missing } => {
                (w.missing_text)(labels(lang).lang_name(*missing))
            }
            Reason::NothingToWatch => w.nothing_to_watch.to_owned(),
            Reason::NeedsId(id) => (w.needs_id)(*id).to_owned(),
            Reason::CannotBan => w.cannot_ban.to_owned(),
            Reason::CannotEscalate => w.cannot_escalate.to_owned(),
            Reason::NoTrollTemplate => w.no_troll_template.to_owned(),
            Reason::EngineSyntax => (w.engine_syntax)(tool),
            Reason::Wildcard => w.wildcard.to_owned(),
            Reason::Renamed { name } => (w.renamed)(tool, name),
        }
    }
}

crate::catalogue! {
    /// The words of export notes, in the UI's language (the command line's: `LANG`).
    struct NoteWords;
    outcome: fn(Outcome) -> &'static str {
        fr: |o| match o {
            Outcome::LeftOut => "Non exporté",
            Outcome::Changed => "Modifié",
            Outcome::ToFillIn => "À compléter",
        },
        en: |o| match o {
            Outcome::LeftOut => "Left out",
            Outcome::Changed => "Changed",
            Outcome::ToFillIn => "To fill in",
        },
    }
    colon: &'static str { fr: " : ", en: ": " }
    text_field: fn(TextField) -> &'static str {
        fr: |f| match f {
            TextField::Keyword => "mot-clé",
            TextField::Pattern => "expression régulière",
            TextField::BlockMessage => "message de blocage",
            TextField::Comment => "commentaire",
            TextField::TimeoutSeconds => "durée d’exclusion (secondes)",
        },
        en: |f| match f {
            TextField::Keyword => "keyword",
            TextField::Pattern => "regular expression",
            TextField::BlockMessage => "block message",
            TextField::Comment => "comment",
            TextField::TimeoutSeconds => "timeout (seconds)",
        },
    }
    timeout_too_long: fn(&str, usize, usize) -> String {
        fr: |tool, length, limit| format!("durée d’exclusion (secondes) de {length}, {tool} accepte au plus {limit}."),
        en: |tool, length, limit| format!("timeout (seconds) of {length}, {tool} accepts at most {limit}."),
    }
    too_long: fn(&str, &str, usize, usize) -> String {
        fr: |what, tool, length, limit| format!("{what} de {length} caractères, {tool} en accepte {limit} au plus."),
        en: |what, tool, length, limit| format!("{what} of {length} characters, {tool} accepts at most {limit}."),
    }
    counted: fn(Counted) -> &'static str {
        fr: |c| match c {
            Counted::Keywords => "mots-clés",
            Counted::Patterns => "expressions régulières",
            Counted::Rules => "règles à mots-clés par serveur",
        },
        en: |c| match c {
            Counted::Keywords => "keywords",
            Counted::Patterns => "regular expressions",
            Counted::Rules => "keyword rules per server",
        },
    }
    too_many: fn(&str, &str, usize, usize) -> String {
        fr: |what, tool, count, limit| format!("{count} {what}, {tool} en accepte {limit} au plus ; scindez la règle ou faites un choix."),
        en: |what, tool, count, limit| format!("{count} {what}, {tool} accepts at most {limit}; split the rule or choose."),
    }
    no_equivalent: fn(&str, &str) -> String {
        fr: |tool, p| format!("{tool} n’a pas d’équivalent pour {{{{{p}}}}} ; écrit [{p}], à remplir à la main. Indiquez ce que la variable représente (onglet Modèles) si c’est une donnée connue de l’outil."),
        en: |tool, p| format!("{tool} has no equivalent for {{{{{p}}}}}; written [{p}] to fill in by hand. Say what the placeholder stands for (Reply templates) if the tool knows it."),
    }
    undefined: fn(&str) -> String {
        fr: |p| format!("{{{{{p}}}}} n’est pas définie dans la charte ; écrit [{p}]."),
        en: |p| format!("{{{{{p}}}}} is not defined in the charter; written [{p}]."),
    }
    invalid_pattern: fn(&str) -> String {
        fr: |reason| format!("expression régulière refusée : {reason}."),
        en: |reason| format!("regular expression refused: {reason}."),
    }
    missing_text: fn(&str) -> String {
        fr: |language| format!("pas de texte en {language}, la langue du fichier."),
        en: |language| format!("no text in {language}, the file’s language."),
    }
    nothing_to_watch: &'static str {
        fr: "la règle n’a ni mots-clés ni expressions régulières : rien à surveiller pour un robot.",
        en: "the rule has neither keywords nor regular expressions: nothing for a bot to watch.",
    }
    needs_id: fn(ToolId) -> &'static str {
        fr: |id| match id {
            ToolId::FreshdeskFolder => "sans dossier, Freshdesk refuse les réponses partagées : indiquez le numéro du dossier (en ligne de commande --freshdesk-folder, dans l’application sous Revue et export).",
            ToolId::DiscordAlertChannel => "sans salon d’alerte, Discord refuse l’action « alerter » : indiquez le numéro du salon qui reçoit les alertes (en ligne de commande --discord-alert-channel, dans l’application sous Revue et export).",
            ToolId::HelpScoutMailbox => "le numéro de la boîte Help Scout est dans l’adresse d’envoi : indiquez-le (en ligne de commande --helpscout-mailbox, dans l’application sous Revue et export) ou donnez-le au script par HELPSCOUT_MAILBOX_ID.",
        },
        en: |id| match id {
            ToolId::FreshdeskFolder => "without a folder, Freshdesk refuses shared responses: give the folder's number (command line: --freshdesk-folder; app: Review & export).",
            ToolId::DiscordAlertChannel => "without an alert channel, Discord refuses the alert action: give the number of the channel that receives alerts (command line: --discord-alert-channel; app: Review & export).",
            ToolId::HelpScoutMailbox => "the Help Scout mailbox's number is in the address the replies are sent to: give it (command line: --helpscout-mailbox; app: Review & export) or to the script as HELPSCOUT_MAILBOX_ID.",
        },
    }
    cannot_ban: &'static str {
        fr: "AutoModerator ne peut pas bannir : la règle retire le message ; le bannissement reste manuel.",
        en: "AutoModerator cannot ban: the rule removes the post; banning stays manual.",
    }
    cannot_escalate: &'static str {
        fr: "AutoModerator ne peut pas escalader : la règle signale aux modérateurs, qui suivent la chaîne d’escalade.",
        en: "AutoModerator cannot escalate: the rule reports to the moderators, who follow the escalation chain.",
    }
    engine_syntax: fn(&str) -> String {
        fr: |tool| format!("le texte contient {{{{ ou {{% que {tool} lirait comme ses propres variables : ils sont neutralisés (échappés, ou séparés par une espace) pour s’afficher tels quels."),
        en: |tool| format!("the text holds {{{{ or {{% that {tool} would read as its own variables: they are made inert (escaped, or split by a space) to show as written."),
    }
    wildcard: &'static str {
        fr: "Discord lit * comme un joker (n’importe quelles lettres) : vérifiez que c’est voulu.",
        en: "Discord reads * as a wildcard (any letters): check that this is meant.",
    }
    renamed: fn(&str, &str) -> String {
        fr: |tool, name| format!("{tool} refuse deux macros du même nom : nommée « {name} »."),
        en: |tool, name| format!("{tool} refuses two macros with one name: named “{name}”."),
    }
    no_troll_template: &'static str {
        fr: "aucun modèle « troll / insulte » : la règle n’a pas de commentaire.",
        en: "no troll / insult template: the rule has no comment.",
    }
}

/// A moderation rule as the team knows it, for notes: what it covers, on one line, or its
/// category when it says nothing.
pub(super) fn rule_name(
    rule: &crate::document::ModerationRule,
    l: &crate::labels::Labels,
) -> String {
    let covers = rule.covers.split_whitespace().collect::<Vec<_>>().join(" ");
    if covers.is_empty() {
        (l.category_name)(rule.category).to_owned()
    } else {
        covers
    }
}
