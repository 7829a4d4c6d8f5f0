//! The words of validation problems, in the charter's language, and the things they name.

/// The kinds of things whose names are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    CharterTitle,
    Persona,
    CustomChannel,
    Rule,
    EscalationRole,
    HoldingStatement,
    Ritual,
    Template,
    Word,
}

crate::catalogue! {
    /// One message per kind of problem.
    pub struct ProblemWords;
    empty_name: fn(Thing) -> &'static str {
        fr: |thing| match thing {
            Thing::CharterTitle => "Donnez un titre à la charte.",
            Thing::Persona => "Donnez un nom à ce persona.",
            Thing::CustomChannel => "Un canal personnalisé a besoin d’un nom.",
            Thing::Rule => "Dites ce que couvre cette règle.",
            Thing::EscalationRole => "Indiquez le rôle de cette étape d’escalade.",
            Thing::HoldingStatement => "Donnez un titre à ce message d’attente.",
            Thing::Ritual => "Donnez un nom à ce rituel.",
            Thing::Template => "Donnez un titre à ce modèle de réponse.",
            Thing::Word => "Ce mot est vide.",
        },
        en: |thing| match thing {
            Thing::CharterTitle => "Give the charter a title.",
            Thing::Persona => "Give this persona a name.",
            Thing::CustomChannel => "A custom channel needs a name.",
            Thing::Rule => "Say what this rule covers.",
            Thing::EscalationRole => "Give this escalation step a role.",
            Thing::HoldingStatement => "Give this holding statement a title.",
            Thing::Ritual => "Give this ritual a name.",
            Thing::Template => "Give this reply template a title.",
            Thing::Word => "This word is empty.",
        },
    }
    duplicate_id: fn(&str) -> String {
        fr: |id| format!("L’identifiant « {id} » est utilisé plusieurs fois ; chaque élément doit avoir le sien."),
        en: |id| format!("The id “{id}” is used more than once; each item needs its own."),
    }
    unknown_persona: fn(&str) -> String {
        fr: |id| format!("Aucun persona n’a l’identifiant « {id} »."),
        en: |id| format!("No persona has the id “{id}”."),
    }
    unknown_channel: fn(&str) -> String {
        fr: |id| format!("Aucun canal n’a l’identifiant « {id} »."),
        en: |id| format!("No channel has the id “{id}”."),
    }
    age_range_reversed: &'static str {
        fr: "L’âge minimum dépasse l’âge maximum.",
        en: "The minimum age is above the maximum age.",
    }
    delay_too_long: fn(&str) -> String {
        fr: |d| format!("Un délai de {d} dépasse la limite de 72 h : personne n’attend trois jours une réponse."),
        en: |d| format!("A delay of {d} is beyond the 72 h limit: nobody waits three days for a reply."),
    }
    delay_above_usual: fn(&str) -> String {
        fr: |d| format!("Un délai de {d} dépasse le plafond habituel de 24 h."),
        en: |d| format!("A delay of {d} is above the usual 24 h ceiling."),
    }
    delay_zero: &'static str {
        fr: "Un délai de zéro ne peut pas être tenu ; indiquez un objectif réaliste.",
        en: "A zero delay cannot be met; set a realistic target.",
    }
    duplicate_target: &'static str {
        fr: "Ce canal a déjà un délai pour cette situation.",
        en: "This channel already has a target for this situation.",
    }
    bad_time: fn(&str) -> String {
        fr: |text| format!("« {text} » n’est pas une heure au format HH:MM (par exemple 09:30)."),
        en: |text| format!("“{text}” is not a time in HH:MM form (for example 09:30)."),
    }
    coverage_reversed: &'static str {
        fr: "La fin de la plage horaire précède son début.",
        en: "The coverage ends before it starts.",
    }
    no_spokesperson: &'static str {
        fr: "Le plan de crise n’a pas de porte-parole : nommez la personne qui s’exprime au nom de la marque.",
        en: "The crisis plan has no spokesperson: name the person who speaks for the brand.",
    }
    undefined_placeholder: fn(&str) -> String {
        fr: |name| format!("La variable {{{{{name}}}}} n’est pas définie dans la charte."),
        en: |name| format!("The placeholder {{{{{name}}}}} is not defined in the charter."),
    }
    unbalanced_braces: &'static str {
        fr: "Accolades déséquilibrées : une variable s’écrit {{nom}}.",
        en: "Unbalanced braces: a placeholder is written {{name}}.",
    }
    bad_placeholder_name: fn(&str) -> String {
        fr: |name| format!("« {name} » n’est pas un nom de variable valide : des lettres (accents compris), des chiffres et _, sans espace ni chiffre au début. Par exemple « {} ».", crate::template::placeholder_name_fix(name)),
        en: |name| format!("“{name}” is not a valid placeholder name: letters (accents included), digits and _, with no space and no digit first. For example “{}”.", crate::template::placeholder_name_fix(name)),
    }
    duplicate_placeholder: fn(&str) -> String {
        fr: |name| format!("La variable « {name} » est définie plusieurs fois."),
        en: |name| format!("The placeholder “{name}” is defined more than once."),
    }
    template_empty: &'static str {
        fr: "Ce modèle n’a de texte dans aucune langue.",
        en: "This template has no text in any language.",
    }
    missing_in_charter_language: &'static str {
        fr: "Ce texte manque dans la langue de la charte.",
        en: "This text is missing in the charter’s language.",
    }
    too_long_for_channel: fn(&str, usize, u32) -> String {
        fr: |channel, length, limit| format!("{length} caractères : trop long pour le canal « {channel} » (limite {limit}). Prévoyez une version plus courte pour ce canal."),
        en: |channel, length, limit| format!("{length} characters: too long for the channel “{channel}” (limit {limit}). Add a shorter version for this channel."),
    }
    bad_pattern: fn(&str, &str) -> String {
        fr: |pattern, reason| format!("« {pattern} » : {reason}. Les robots de modération la refuseraient ou la liraient autrement."),
        en: |pattern, reason| format!("“{pattern}”: {reason}. The moderation bots would refuse it or read it differently."),
    }
}
