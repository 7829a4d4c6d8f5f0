//! The reply checker's remarks: what is wrong, and which principle of the course it serves.
//! Placeholders and length are judged as validation judges them, in its words
//! ([`crate::validate::ProblemWords`]): one problem, one way of saying it.

crate::catalogue! {
    /// One remark per rule, in the UI's language.
    pub struct RemarkWords;
    empathy_first: &'static str {
        fr: "Empathie : ouvrez en reconnaissant ce que ressent la personne (« nous comprenons votre agacement »).",
        en: "Empathy: open by acknowledging how the person feels (“we understand how frustrating this is”).",
    }
    no_excuse: fn(&str) -> String {
        fr: |found| format!("S’excuser sans se justifier : « {found} » transforme l’excuse en justification ou rejette la faute."),
        en: |found| format!("Apologise without justifying: “{found}” turns the apology into an excuse or shifts the blame."),
    }
    next_step: &'static str {
        fr: "Proactivité : proposez une suite concrète (ce que vous faites, quand, comment).",
        en: "Proactivity: give a concrete next step (what you are doing, when, how).",
    }
    private_channel: &'static str {
        fr: "Réclamation : répondez en public, puis proposez un canal privé pour la suite.",
        en: "Complaint: answer in public, then offer a private channel for the follow-up.",
    }
    thanks: &'static str {
        fr: "Avis positif : remerciez la personne.",
        en: "Positive review: thank the person.",
    }
    rules_recall: &'static str {
        fr: "Cadre clair : rappelez les règles de la communauté.",
        en: "A clear frame: recall the community rules.",
    }
    neutral: fn(&str) -> String {
        fr: |found| format!("Rester neutre : « {found} » entre dans le conflit (ironie, insulte ou cris)."),
        en: |found| format!("Stay neutral: “{found}” enters the conflict (sarcasm, insult or shouting)."),
    }
    door_open: &'static str {
        fr: "Laisser la porte ouverte : invitez la personne à reformuler ou à revenir vers vous.",
        en: "Leave the door open: invite the person to rephrase or to come back to you.",
    }
    name: &'static str {
        fr: "Personnalisation : adressez-vous à la personne par son prénom ({{first_name}}).",
        en: "Personalisation: address the person by name ({{first_name}}).",
    }
    avoid_words: fn(&str, &str) -> String {
        fr: |word, reason| format!("La charte demande d’éviter « {word} » : {reason}"),
        en: |word, reason| format!("The charter says to avoid “{word}”: {reason}"),
    }
    address: fn(&str) -> String {
        fr: |found| format!("La charte fixe une forme d’adresse ; « {found} » n’y correspond pas."),
        en: |found| format!("The charter sets a form of address; “{found}” does not match it."),
    }
    emoji: fn(&str) -> String {
        fr: |found| format!("Politique d’émojis de la charte : « {found} » n’y correspond pas."),
        en: |found| format!("The charter’s emoji policy: “{found}” does not follow it."),
    }
}
