//! The command line's own words, in French and English (chosen from `LANG`).

use charter::count::Count;

charter::catalogue! {
    /// What the tool says about itself and its arguments.
    pub struct CliWords;
    usage: &'static str {
        fr: "\
Utilisation :
  porte-voix validate FICHIER [--json]  vérifie une charte ; --json écrit les problèmes en JSON
  porte-voix render FICHIER --format FORMAT [-o SORTIE]
                                        FORMAT : markdown, html, json, templates-json, templates-markdown,
                                        ou un outil : zendesk, freshdesk, helpscout, gorgias, front,
                                        discord-automod, reddit-automod (ce qui n’entre pas dans
                                        l’outil est listé sur stderr, jamais coupé)
      --freshdesk-folder ID             folder_id Freshdesk des réponses prédéfinies
      --discord-alert-channel ID        channel_id Discord qui reçoit les alertes d’AutoMod
      --discord-timeout SECONDES        exclusion des règles « sourdine ou bannir » (86400 par défaut)
      --helpscout-mailbox ID            boîte Help Scout qui reçoit les réponses enregistrées
      --script                          écrit le script d’import (sh + curl) au lieu du fichier
      --changes-since ANCIEN            (markdown) ajoute « Changements depuis … » par rapport à ANCIEN
  porte-voix check FICHIER              vérifie chaque modèle de réponse par rapport à la charte
  porte-voix diff ANCIEN NOUVEAU [-o SORTIE]
                                        les changements en Markdown ; code 0 identiques, 1 différentes
  porte-voix schema [-o SORTIE]         le schéma JSON du format de charte
  porte-voix --help | --version

FICHIER peut être - pour l’entrée standard. Code de sortie : 0 valide, 1 la charte a des
erreurs, 2 erreur d’utilisation ou entrée illisible.",
        en: "\
Usage:
  porte-voix validate FILE [--json]     check a charter; --json prints the problems as JSON
  porte-voix render FILE --format FORMAT [-o OUT]
                                        FORMAT: markdown, html, json, templates-json, templates-markdown,
                                        or a tool: zendesk, freshdesk, helpscout, gorgias, front,
                                        discord-automod, reddit-automod (what does not fit the
                                        tool is listed on stderr, never cut)
      --freshdesk-folder ID             Freshdesk folder_id for the canned responses
      --discord-alert-channel ID        Discord channel_id that receives AutoMod alerts
      --discord-timeout SECONDS         timeout for the mute-or-ban rules (default 86400)
      --helpscout-mailbox ID            Help Scout mailbox that receives the saved replies
      --script                          write the import script (sh + curl) instead of the file
      --changes-since OLD               (markdown) add “Changes since …” compared with OLD
  porte-voix check FILE                 check every reply template against the charter
  porte-voix diff OLD NEW [-o OUT]      what changed, as Markdown; exit 0 same, 1 different
  porte-voix schema [-o OUT]            the JSON Schema of the charter format
  porte-voix --help | --version

FILE may be - for standard input. Exit status: 0 valid, 1 the charter has errors,
2 usage error or unreadable input.",
    }
    command_needed: &'static str {
        fr: "il manque une commande",
        en: "a command is needed",
    }
    unknown_command: fn(&str) -> String {
        fr: |c| format!("commande inconnue : {c}"),
        en: |c| format!("unknown command {c}"),
    }
    unknown_option: fn(&str) -> String {
        fr: |o| format!("option inconnue : {o}"),
        en: |o| format!("unknown option {o}"),
    }
    needs_value: fn(&str) -> String {
        fr: |o| format!("{o} attend une valeur"),
        en: |o| format!("{o} needs a value"),
    }
    file_needed: &'static str {
        fr: "il manque le FICHIER de la charte",
        en: "a charter FILE is needed",
    }
    unexpected_argument: fn(&str) -> String {
        fr: |a| format!("argument inattendu : {a}"),
        en: |a| format!("unexpected argument {a}"),
    }
    format_needed: &'static str {
        fr: "render attend --format",
        en: "render needs --format",
    }
    unknown_format: fn(&str) -> String {
        fr: |f| format!("format inconnu : {f} ; utilisez markdown, html, json, templates-json, templates-markdown, zendesk, freshdesk, helpscout, gorgias, front, discord-automod ou reddit-automod"),
        en: |f| format!("unknown format {f}: use markdown, html, json, templates-json, templates-markdown, zendesk, freshdesk, helpscout, gorgias, front, discord-automod or reddit-automod"),
    }
    cannot_read: fn(&str, &str) -> String {
        fr: |file, why| format!("impossible de lire {file} : {why}"),
        en: |file, why| format!("cannot read {file}: {why}"),
    }
    cannot_write: fn(&str, &str) -> String {
        fr: |file, why| format!("impossible d’écrire {file} : {why}"),
        en: |file, why| format!("cannot write {file}: {why}"),
    }
    cannot_write_stdout: fn(&str) -> String {
        fr: |why| format!("impossible d’écrire sur la sortie standard : {why}"),
        en: |why| format!("cannot write to standard output: {why}"),
    }
    bad_folder: fn(&str) -> String {
        fr: |id| format!("--freshdesk-folder attend un identifiant de dossier Freshdesk (un nombre), pas {id}"),
        en: |id| format!("--freshdesk-folder needs a Freshdesk folder id (a number), not {id}"),
    }
    script_needs_tool: &'static str {
        fr: "--script s’emploie avec le format d’un outil (zendesk, freshdesk, helpscout, gorgias, front, discord-automod)",
        en: "--script goes with a tool's format (zendesk, freshdesk, helpscout, gorgias, front, discord-automod)",
    }
    no_script: fn(&str) -> String {
        fr: |tool| format!("{tool} n’a pas d’API d’import : collez le fichier comme le README l’explique"),
        en: |tool| format!("{tool} has no import API: paste the file as the README explains"),
    }
    bad_mailbox: fn(&str) -> String {
        fr: |id| format!("--helpscout-mailbox attend un identifiant de boîte Help Scout (un nombre), pas {id}"),
        en: |id| format!("--helpscout-mailbox needs a Help Scout mailbox id (a number), not {id}"),
    }
    bad_channel: fn(&str) -> String {
        fr: |id| format!("--discord-alert-channel attend un identifiant de salon Discord (des chiffres), pas {id}"),
        en: |id| format!("--discord-alert-channel needs a Discord channel id (digits), not {id}"),
    }
    bad_timeout: fn(&str) -> String {
        fr: |s| format!("--discord-timeout attend un nombre de secondes, pas {s}"),
        en: |s| format!("--discord-timeout needs a number of seconds, not {s}"),
    }
    problem_count: fn(usize, usize) -> String {
        fr: |e, w| format!("{}, {}", Count::new("aucune erreur", "erreur", "erreurs").of(e), Count::new("aucun avertissement", "avertissement", "avertissements").of(w)),
        en: |e, w| format!("{}, {}", Count::new("no errors", "error", "errors").of(e), Count::new("no warnings", "warning", "warnings").of(w)),
    }
    template_problem_count: fn(usize, usize) -> String {
        fr: |e, w| format!("{}, {} dans les modèles de réponse", Count::new("aucune erreur", "erreur", "erreurs").of(e), Count::new("aucun avertissement", "avertissement", "avertissements").of(w)),
        en: |e, w| format!("{}, {} in the reply templates", Count::new("no errors", "error", "errors").of(e), Count::new("no warnings", "warning", "warnings").of(w)),
    }
    tool_summary: fn(usize, usize) -> String {
        fr: |items, notes| format!("Éléments écrits : {items} ; {}", Count::new("aucune remarque", "remarque", "remarques").of(notes)),
        en: |items, notes| format!("{} written, {}", Count::new("no items", "item", "items").of(items), Count::new("no notes", "note", "notes").of(notes)),
    }
    two_files_needed: &'static str {
        fr: "diff attend deux fichiers : ANCIEN et NOUVEAU",
        en: "diff needs two files: OLD and NEW",
    }
    diff_summary: fn(usize, usize, usize) -> String {
        fr: |a, r, c| format!("Ajoutés : {a} ; retirés : {r} ; modifiés : {c}"),
        en: |a, r, c| format!("{a} added, {r} removed, {c} changed"),
    }
    changes_need_markdown: &'static str {
        fr: "--changes-since s’emploie avec --format markdown",
        en: "--changes-since goes with --format markdown",
    }
}
