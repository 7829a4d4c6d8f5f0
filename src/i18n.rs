//! The interface's words: every string the UI shows that the documents do not already say,
//! in French and English, through the one catalogue mechanism (`charter::catalogue!`). Words
//! the charter's documents print too (field and section names) come from
//! `charter::labels::Labels` in the UI's language ([`use_labels`]), so that each is written
//! once. Components read both through [`use_messages`] and [`use_labels`] and contain no UI
//! string literal of their own (scripts/test checks).

use charter::draft::ListKind;
use charter::labels::Labels;
use charter::locate::Section;
use charter::tools::Target;
use charter::Lang;
use leptos::prelude::*;

use crate::state::Step;

charter::catalogue! {
    /// Every UI string that is not a document word, in one language. Parameterised strings
    /// are plain functions.
    pub struct Messages;
    /// The language of these words.
    lang: Lang { fr: Lang::Fr, en: Lang::En }
    app_name: &'static str {
        fr: "Porte-voix",
        en: "Porte-voix",
    }
    tagline: &'static str {
        fr: "La charte de réponse de votre communauté",
        en: "Your community response charter",
    }
    language: &'static str {
        fr: "Langue de l’interface",
        en: "Interface language",
    }
    skip_to_content: &'static str {
        fr: "Aller au contenu",
        en: "Skip to content",
    }
    steps: &'static str {
        fr: "Étapes",
        en: "Steps",
    }
    step_buttons: &'static str {
        fr: "Navigation entre les étapes",
        en: "Step navigation",
    }
    step_heading: fn(usize, usize, &str) -> String {
        fr: |n, total, title| format!("Étape {n} sur {total} : {title}"),
        en: |n, total, title| format!("Step {n} of {total}: {title}"),
    }
    back_to: fn(&str) -> String {
        fr: |step| format!("Retour : {step}"),
        en: |step| format!("Back: {step}"),
    }
    continue_to: fn(&str) -> String {
        fr: |step| format!("Continuer : {step}"),
        en: |step| format!("Continue: {step}"),
    }
    error_count: fn(usize) -> String {
        fr: |n| if n == 1 { "1 erreur".to_owned() } else { format!("{n} erreurs") },
        en: |n| if n == 1 { "1 error".to_owned() } else { format!("{n} errors") },
    }
    title_start: &'static str {
        fr: "Démarrer",
        en: "Start",
    }
    title_brand_voice: &'static str {
        fr: "Marque et voix",
        en: "Brand & voice",
    }
    title_review: &'static str {
        fr: "Relire et exporter",
        en: "Review & export",
    }
    intro_start: &'static str {
        fr: "Reprenez votre brouillon, partez d’une page blanche, ouvrez un exemple ou importez une charte existante.",
        en: "Pick up your draft, start from a blank page, open an example or import an existing charter.",
    }
    intro_brand_voice: &'static str {
        fr: "Qui parle, et comment : le nom de la charte, la marque, puis le ton, le tutoiement ou le vouvoiement, les émojis et les mots qui font votre voix.",
        en: "Who speaks, and how: the charter’s name, the brand, then the tone, the form of address, emoji and the words that make your voice.",
    }
    intro_personas: &'static str {
        fr: "À qui parlez-vous ? Décrivez chaque public : son âge, ce qui l’intéresse, comment il vit en ligne, ce qu’il attend de vous et où il se trouve.",
        en: "Who do you talk to? Describe each audience: their age, what they care about, how they behave online, what they expect from you and where they are.",
    }
    intro_channels: &'static str {
        fr: "Où parlez-vous ? Chaque canal part des réglages habituels de sa plateforme ; dites à quoi il sert, quels personas il sert et ses codes.",
        en: "Where do you talk? Each channel starts from its platform’s usual settings; say what it is for, which personas it serves and its codes.",
    }
    intro_response_times: &'static str {
        fr: "En combien de temps répondez-vous ? Moins de 24 h est l’usage ; une case vide reprend le délai par défaut.",
        en: "How fast do you answer? Under 24 h is the norm; an empty cell uses the default target.",
    }
    intro_moderation: &'static str {
        fr: "Ce qui est modéré et comment : les règles affichées à la communauté, la conduite face aux trolls et l’échelle des actions.",
        en: "What gets moderated and how: the rules shown to the community, the troll policy and the ladder of actions.",
    }
    intro_crisis: &'static str {
        fr: "Quand tout s’emballe : ce qui déclenche le plan, qui parle, qui prévenir, la première heure et les messages d’attente prêts à publier.",
        en: "When things run away: what triggers the plan, who speaks, who to call, the first hour and the holding statements ready to post.",
    }
    intro_engagement: &'static str {
        fr: "Faire vivre la communauté et l’écouter : rituels, hashtags, défis, ambassadeurs, et ce que l’équipe surveille.",
        en: "Keep the community alive and listen to it: rituals, hashtags, challenges, ambassadors, and what the team watches.",
    }
    intro_templates: &'static str {
        fr: "Les réponses types, en français et en anglais côte à côte, avec leurs variables définies une fois pour toutes.",
        en: "The reply templates, French and English side by side, with their placeholders defined once.",
    }
    intro_review: &'static str {
        fr: "Vérifiez, corrigez ce qui doit l’être, puis emportez votre charte : JSON pour vos outils, Markdown pour la lire et la publier.",
        en: "Check, fix what needs fixing, then take your charter away: JSON for your tools, Markdown to read and publish.",
    }
    saved_at: fn(&str) -> String {
        fr: |time| format!("Enregistré à {time}"),
        en: |time| format!("Saved at {time}"),
    }
    not_saved_yet: &'static str {
        fr: "Votre brouillon s’enregistre dans ce navigateur à chaque modification.",
        en: "Your draft is saved in this browser as you type.",
    }
    storage_unavailable: &'static str {
        fr: "Le stockage du navigateur est indisponible ou plein : votre travail reste dans cet onglet. Téléchargez le JSON pour le garder.",
        en: "Browser storage is unavailable or full: your work stays in this tab. Download the JSON to keep it.",
    }
    stored_draft_unreadable: fn(&str) -> String {
        fr: |why| format!("Le brouillon enregistré n’a pas pu être relu ({why}). Il est conservé dans l’historique, et rien n’est enregistré par-dessus avant ; vous repartez d’une charte vide."),
        en: |why| format!("The saved draft could not be read ({why}). It is kept in the history, and nothing is saved over it before that; you start from an empty charter."),
    }
    download_unreadable: &'static str {
        fr: "Télécharger le brouillon illisible",
        en: "Download the unreadable draft",
    }
    save_held: &'static str {
        fr: "Pas encore enregistré : le brouillon illisible est d’abord mis à l’abri.",
        en: "Not saved yet: the unreadable draft is being kept aside first.",
    }
    save_too_large: fn(usize, usize) -> String {
        fr: |kib, max| format!("Non enregistré : cette charte pèse {kib} Kio, plus que les {max} Kio que Porte-voix sait rouvrir. Elle est gardée dans l’historique ; téléchargez-la ou raccourcissez-la."),
        en: |kib, max| format!("Not saved: this charter is {kib} KiB, more than the {max} KiB Porte-voix can reopen. It is kept in the history; download it or shorten it."),
    }
    save_conflict: &'static str {
        fr: "Non enregistré : la charte a changé dans un autre onglet.",
        en: "Not saved: the charter changed in another tab.",
    }
    storage_persistent: &'static str {
        fr: "Stockage conservé par le navigateur",
        en: "Storage kept by the browser",
    }
    storage_best_effort: &'static str {
        fr: "Stockage que le navigateur peut effacer",
        en: "Storage the browser may clear",
    }
    storage_none: &'static str {
        fr: "Pas de stockage",
        en: "No storage",
    }
    backup_offer: &'static str {
        fr: "Télécharger une sauvegarde",
        en: "Download a backup",
    }
    from_other_tab: &'static str {
        fr: "Cette charte a été modifiée dans un autre onglet : vous en voyez la dernière version.",
        en: "This charter was changed in another tab: you now see its latest version.",
    }
    history_pruned: fn(usize) -> String {
        fr: |n| format!("L’historique était plein : ses {n} plus anciennes versions ont été retirées."),
        en: |n| format!("The history was full: its {n} oldest revision(s) were removed."),
    }
    history_full: &'static str {
        fr: "L’historique n’a pas pu garder une version : le stockage du navigateur est plein. Téléchargez votre charte pour en garder une copie.",
        en: "The history could not keep a revision: the browser's storage is full. Download your charter to keep a copy.",
    }
    restored: fn(&str) -> String {
        fr: |at| format!("La version de {at} a été restaurée. Celle qu’elle remplace est dans l’historique."),
        en: |at| format!("The revision of {at} was restored. The version it replaced is in the history."),
    }
    conflict_title: &'static str {
        fr: "Cette charte a changé dans un autre onglet",
        en: "This charter changed in another tab",
    }
    conflict_text: &'static str {
        fr: "Un autre onglet a enregistré sa version pendant que vous modifiiez celle-ci. Choisissez laquelle garder : l’autre va dans l’historique.",
        en: "Another tab saved its version while you were editing this one. Choose which to keep: the other goes into the history.",
    }
    keep_mine: &'static str {
        fr: "Garder la version de cet onglet",
        en: "Keep this tab's version",
    }
    take_theirs: &'static str {
        fr: "Prendre la version de l’autre onglet",
        en: "Take the other tab's version",
    }
    download_both: &'static str {
        fr: "Télécharger les deux",
        en: "Download both",
    }
    history: &'static str {
        fr: "Historique",
        en: "History",
    }
    history_intro: fn(usize) -> String {
        fr: |n| format!("Porte-voix garde une version avant chaque remplacement et toutes les quelques minutes de travail, {n} au plus (les plus anciennes partent d’abord). Prévisualisez, restaurez ou téléchargez n’importe laquelle."),
        en: |n| format!("Porte-voix keeps a revision before every replace and every few minutes of editing, {n} at most (the oldest go first). Preview, restore or download any of them."),
    }
    history_empty: &'static str {
        fr: "Aucune version pour l’instant.",
        en: "No revisions yet.",
    }
    history_unavailable: &'static str {
        fr: "L’historique n’est pas disponible dans ce navigateur (navigation privée ?).",
        en: "The history is not available in this browser (private browsing?).",
    }
    history_back: &'static str {
        fr: "Revenir à la charte",
        en: "Back to the charter",
    }
    revision_reason: fn(charter::revision::Reason) -> &'static str {
        fr: |r| match r {
            charter::revision::Reason::Periodic => "en cours de travail",
            charter::revision::Reason::BeforeReplace => "avant un remplacement",
            charter::revision::Reason::BeforeRestore => "avant une restauration",
            charter::revision::Reason::BeforeOtherTab => "avant de prendre la version d’un autre onglet",
            charter::revision::Reason::OtherTab => "version d’un autre onglet, mise de côté",
            charter::revision::Reason::TooLarge => "trop grande pour être rouverte",
            charter::revision::Reason::Unreadable => "brouillon illisible",
            charter::revision::Reason::BeforeCombine => "avant de combiner une autre charte",
        },
        en: |r| match r {
            charter::revision::Reason::Periodic => "while editing",
            charter::revision::Reason::BeforeReplace => "before a replace",
            charter::revision::Reason::BeforeRestore => "before a restore",
            charter::revision::Reason::BeforeOtherTab => "before taking another tab's version",
            charter::revision::Reason::OtherTab => "another tab's version, set aside",
            charter::revision::Reason::TooLarge => "too large to reopen",
            charter::revision::Reason::Unreadable => "unreadable draft",
            charter::revision::Reason::BeforeCombine => "before combining another charter",
        },
    }
    revision_size: fn(usize) -> String {
        fr: |kib| format!("{kib} Kio"),
        en: |kib| format!("{kib} KiB"),
    }
    no_change: &'static str {
        fr: "sans changement",
        en: "no change",
    }
    preview_revision: &'static str {
        fr: "Aperçu",
        en: "Preview",
    }
    restore: &'static str {
        fr: "Restaurer",
        en: "Restore",
    }
    download_revision: &'static str {
        fr: "Télécharger",
        en: "Download",
    }
    revision_unreadable: &'static str {
        fr: "Cette version n’est pas une charte lisible ; téléchargez-la pour l’examiner.",
        en: "This revision is not a readable charter; download it to look at it.",
    }
    untitled_charter: &'static str {
        fr: "Charte sans titre",
        en: "Untitled charter",
    }
    safe_title: &'static str {
        fr: "Mode sans échec",
        en: "Safe mode",
    }
    safe_text: &'static str {
        fr: "Porte-voix s’est ouvert sans lire votre brouillon enregistré, pour que rien en lui ne puisse bloquer la page. Téléchargez-le, supprimez-le, ou ouvrez Porte-voix normalement.",
        en: "Porte-voix opened without reading your saved draft, so that nothing in it can stop the page. Download it, discard it, or open Porte-voix normally.",
    }
    safe_size: fn(usize) -> String {
        fr: |kib| format!("Le brouillon enregistré pèse {kib} Kio."),
        en: |kib| format!("The saved draft is {kib} KiB."),
    }
    safe_none: &'static str {
        fr: "Il n’y a pas de brouillon enregistré.",
        en: "There is no saved draft.",
    }
    safe_download: &'static str {
        fr: "Télécharger le brouillon enregistré",
        en: "Download the saved draft",
    }
    safe_discard: &'static str {
        fr: "Supprimer le brouillon enregistré…",
        en: "Discard the saved draft…",
    }
    safe_discard_confirm: &'static str {
        fr: "Supprimer définitivement",
        en: "Discard for good",
    }
    safe_discarded: &'static str {
        fr: "Le brouillon enregistré a été supprimé.",
        en: "The saved draft was discarded.",
    }
    safe_open: &'static str {
        fr: "Ouvrir Porte-voix normalement",
        en: "Open Porte-voix normally",
    }
    crashed_title: &'static str {
        fr: "Porte-voix s’est arrêté",
        en: "Porte-voix stopped",
    }
    crashed_text: &'static str {
        fr: "Une erreur a arrêté la page. Votre dernière charte enregistrée est en sécurité dans ce navigateur.",
        en: "An error stopped the page. Your last saved charter is safe in this browser.",
    }
    crashed_download: &'static str {
        fr: "Télécharger la dernière charte enregistrée",
        en: "Download the last saved charter",
    }
    crashed_reload: &'static str {
        fr: "Recharger la page",
        en: "Reload the page",
    }
    crashed_safe: &'static str {
        fr: "Ouvrir en mode sans échec",
        en: "Open in safe mode",
    }
    list_full: fn(usize) -> String {
        fr: |n| format!("Cette liste compte {n} éléments, le plus que Porte-voix garde."),
        en: |n| format!("This list holds {n} items, the most Porte-voix keeps."),
    }
    more_problems: fn(usize, usize) -> String {
        fr: |listed, total| format!("Les {listed} premiers sur {total} sont listés ; les suivants apparaissent à mesure que vous les corrigez."),
        en: |listed, total| format!("The first {listed} of {total} are listed; the others appear as you fix these."),
    }
    filter_by_name: &'static str {
        fr: "Trouver par nom",
        en: "Find by name",
    }
    pager: &'static str {
        fr: "Pages de la liste",
        en: "List pages",
    }
    pager_status: fn(usize, usize, usize, usize) -> String {
        fr: |first, last, matching, total| if matching == total { format!("{first} à {last} sur {total}") } else { format!("{first} à {last} sur {matching} trouvés ({total} en tout)") },
        en: |first, last, matching, total| if matching == total { format!("{first} to {last} of {total}") } else { format!("{first} to {last} of {matching} found ({total} in all)") },
    }
    nothing_matches: &'static str {
        fr: "Aucun élément ne porte ce nom.",
        en: "No item has this name.",
    }
    previous_page: &'static str {
        fr: "Page précédente",
        en: "Previous page",
    }
    next_page: &'static str {
        fr: "Page suivante",
        en: "Next page",
    }
    dismiss: &'static str {
        fr: "Fermer",
        en: "Dismiss",
    }
    preview: &'static str {
        fr: "Aperçu",
        en: "Preview",
    }
    preview_templates_shown: fn(usize, usize, usize) -> String {
        fr: |first, last, total| format!("Aperçu des modèles {first} à {last} sur {total} : l’étape « Modèles de réponse » les montre page par page, et chaque export les contient tous."),
        en: |first, last, total| format!("Templates {first} to {last} of {total} previewed: the Reply templates step shows them page by page, and every export holds them all."),
    }
    actions_for: fn(&str) -> String {
        fr: |name| format!("Actions pour {name}"),
        en: |name| format!("Actions for {name}"),
    }
    every_situation: &'static str {
        fr: "Toutes les situations",
        en: "Every situation",
    }
    open_card: &'static str {
        fr: "Modifier",
        en: "Edit",
    }
    fold_card: &'static str {
        fr: "Replier",
        en: "Fold",
    }
    move_up: &'static str {
        fr: "Monter",
        en: "Move up",
    }
    move_down: &'static str {
        fr: "Descendre",
        en: "Move down",
    }
    duplicate: &'static str {
        fr: "Dupliquer",
        en: "Duplicate",
    }
    remove: &'static str {
        fr: "Supprimer",
        en: "Remove",
    }
    remove_row: fn(usize) -> String {
        fr: |n| format!("Retirer la ligne {n}"),
        en: |n| format!("Remove row {n}"),
    }
    removed: fn(&str) -> String {
        fr: |name| format!("« {name} » a été supprimé."),
        en: |name| format!("“{name}” was removed."),
    }
    undo: &'static str {
        fr: "Annuler",
        en: "Undo",
    }
    one_per_line: &'static str {
        fr: "Un élément par ligne.",
        en: "One item per line.",
    }
    whole_number_error: &'static str {
        fr: "Indiquez un nombre entier, ou laissez vide.",
        en: "Enter a whole number, or leave it blank.",
    }
    untitled_persona: &'static str {
        fr: "Persona sans nom",
        en: "Untitled persona",
    }
    untitled_channel: &'static str {
        fr: "Canal sans nom",
        en: "Untitled channel",
    }
    untitled_rule: &'static str {
        fr: "Règle sans description",
        en: "Undescribed rule",
    }
    untitled_step: &'static str {
        fr: "Étape sans rôle",
        en: "Step without a role",
    }
    untitled_statement: &'static str {
        fr: "Message sans titre",
        en: "Untitled statement",
    }
    untitled_ritual: &'static str {
        fr: "Rituel sans nom",
        en: "Untitled ritual",
    }
    untitled_placeholder: &'static str {
        fr: "Variable sans nom",
        en: "Unnamed placeholder",
    }
    untitled_template: &'static str {
        fr: "Modèle sans titre",
        en: "Untitled template",
    }
    resume_title: &'static str {
        fr: "Reprendre le brouillon",
        en: "Resume your draft",
    }
    resume_summary: fn(&str, usize, usize, &str) -> String {
        fr: |title, personas, templates, saved| { let saved = if saved.is_empty() { String::new() } else { format!(", enregistrée le {saved}") }; format!("« {title} » : {personas} persona(s), {templates} modèle(s){saved}.") },
        en: |title, personas, templates, saved| { let saved = if saved.is_empty() { String::new() } else { format!(", saved {saved}") }; format!("“{title}”: {personas} persona(s), {templates} template(s){saved}.") },
    }
    resume_button: &'static str {
        fr: "Reprendre là où j’en étais",
        en: "Continue where I left off",
    }
    new_title: &'static str {
        fr: "Nouvelle charte",
        en: "New charter",
    }
    new_text: &'static str {
        fr: "Une page blanche, avec les réglages habituels : 24 h de délai par défaut.",
        en: "A blank page with the usual settings: a 24 h default target.",
    }
    new_button: &'static str {
        fr: "Commencer une nouvelle charte",
        en: "Start a new charter",
    }
    example_title: &'static str {
        fr: "Ouvrir un exemple",
        en: "Open an example",
    }
    example_text: &'static str {
        fr: "Luciole, une boutique en ligne fictive : retard de livraison, trolls et bug d’application à gérer.",
        en: "Luciole, a fictional online shop: a late delivery, trolls and an app bug to handle.",
    }
    example_fr: &'static str {
        fr: "Exemple en français",
        en: "Example in French",
    }
    example_en: &'static str {
        fr: "Exemple en anglais",
        en: "Example in English",
    }
    import_title: &'static str {
        fr: "Importer une charte",
        en: "Import a charter",
    }
    import_text: &'static str {
        fr: "Un fichier .charter.json exporté par Porte-voix. Vous pouvez aussi le déposer ici.",
        en: "A .charter.json file exported by Porte-voix. You can also drop it here.",
    }
    import_label: &'static str {
        fr: "Choisir un fichier JSON",
        en: "Choose a JSON file",
    }
    import_failed: &'static str {
        fr: "L’import a échoué.",
        en: "The import failed.",
    }
    draft_untouched: &'static str {
        fr: "Votre brouillon actuel n’a pas été modifié.",
        en: "Your current draft was not changed.",
    }
    file_unreadable: &'static str {
        fr: "Ce fichier n’a pas pu être lu.",
        en: "This file could not be read.",
    }
    example_unavailable: &'static str {
        fr: "L’exemple n’a pas pu être chargé ; vérifiez la connexion et réessayez.",
        en: "The example could not be loaded; check the connection and try again.",
    }
    replace_title: &'static str {
        fr: "Remplacer le brouillon actuel ?",
        en: "Replace the current draft?",
    }
    replace_text: &'static str {
        fr: "Votre brouillon actuel sera remplacé. Téléchargez-en une copie d’abord si vous voulez le garder.",
        en: "Your current draft will be replaced. Download a copy first if you want to keep it.",
    }
    backup_download: &'static str {
        fr: "Télécharger une copie de sauvegarde",
        en: "Download a backup copy",
    }
    replace_confirm: &'static str {
        fr: "Remplacer",
        en: "Replace",
    }
    cancel: &'static str {
        fr: "Annuler",
        en: "Cancel",
    }
    charter_details: &'static str {
        fr: "La charte",
        en: "The charter",
    }
    charter_title: &'static str {
        fr: "Titre de la charte",
        en: "Charter title",
    }
    charter_language: &'static str {
        fr: "Langue de la charte",
        en: "Charter language",
    }
    tone_hint: &'static str {
        fr: "Deux ou trois traits qui décrivent votre voix, chacun avec ce qu’il veut dire pour vous.",
        en: "Two or three traits that describe your voice, each with what it means for you.",
    }
    add_tone: &'static str {
        fr: "Ajouter un trait de ton",
        en: "Add a tone trait",
    }
    tone_kind: &'static str {
        fr: "Trait",
        en: "Trait",
    }
    tone_label: &'static str {
        fr: "Nom personnalisé",
        en: "Custom name",
    }
    tone_label_hint: &'static str {
        fr: "Pour un trait personnalisé, ou pour renommer un trait connu.",
        en: "For a custom trait, or to rename a known one.",
    }
    tone_description: &'static str {
        fr: "Ce que cela veut dire",
        en: "What it means",
    }
    address_and_emoji: &'static str {
        fr: "Adresse et émojis",
        en: "Address and emoji",
    }
    emoji_note: &'static str {
        fr: "Précision sur les émojis",
        en: "Emoji note",
    }
    add_word_to_use: &'static str {
        fr: "Ajouter un mot à employer",
        en: "Add a word to use",
    }
    add_word_to_avoid: &'static str {
        fr: "Ajouter un mot à éviter",
        en: "Add a word to avoid",
    }
    personas_empty: &'static str {
        fr: "Aucun persona pour l’instant. Ajoutez le premier public de votre marque.",
        en: "No personas yet. Add your brand’s first audience.",
    }
    add_persona: &'static str {
        fr: "Ajouter un persona",
        en: "Add a persona",
    }
    persona_name: &'static str {
        fr: "Nom du persona",
        en: "Persona name",
    }
    age_range: &'static str {
        fr: "Tranche d’âge",
        en: "Age range",
    }
    age_min: &'static str {
        fr: "À partir de",
        en: "From",
    }
    age_max: &'static str {
        fr: "Jusqu’à",
        en: "Up to",
    }
    age_hint: &'static str {
        fr: "Laissez vide pour ne pas fixer de limite.",
        en: "Leave blank for no limit.",
    }
    age_error: &'static str {
        fr: "Indiquez un âge entier entre 0 et 120.",
        en: "Enter a whole age between 0 and 120.",
    }
    channels_empty: &'static str {
        fr: "Aucun canal pour l’instant. Choisissez une plateforme pour ajouter le premier.",
        en: "No channels yet. Pick a platform to add the first one.",
    }
    add_channel: &'static str {
        fr: "Ajouter le canal",
        en: "Add the channel",
    }
    new_channel_platform: &'static str {
        fr: "Plateforme du nouveau canal",
        en: "Platform of the new channel",
    }
    platform: &'static str {
        fr: "Plateforme",
        en: "Platform",
    }
    channel_name: &'static str {
        fr: "Nom du canal",
        en: "Channel name",
    }
    channel_name_hint: &'static str {
        fr: "Par exemple « Instagram @marque ».",
        en: "For example “Instagram @brand”.",
    }
    purpose: &'static str {
        fr: "À quoi il sert",
        en: "What it is for",
    }
    no_personas_to_pick: &'static str {
        fr: "Définissez d’abord des personas à l’étape Personas.",
        en: "Define personas first, in the Personas step.",
    }
    channel_tone: &'static str {
        fr: "Ton sur ce canal",
        en: "Tone on this channel",
    }
    reply_limit: &'static str {
        fr: "Longueur maximale d’une réponse (caractères)",
        en: "Reply length limit (characters)",
    }
    reply_limit_hint: &'static str {
        fr: "Laissez vide si la plateforme n’en impose pas.",
        en: "Leave blank if the platform sets none.",
    }
    add_coverage: &'static str {
        fr: "Ajouter une plage horaire",
        en: "Add coverage hours",
    }
    days: &'static str {
        fr: "Jours",
        en: "Days",
    }
    from_time: &'static str {
        fr: "De",
        en: "From",
    }
    to_time: &'static str {
        fr: "À",
        en: "To",
    }
    delay_hint: &'static str {
        fr: "Par exemple « 30 min » ou « 2 h ».",
        en: "For example “30 min” or “2 h”.",
    }
    delay_error: &'static str {
        fr: "Indiquez un nombre suivi de min ou h, par exemple « 30 min » ou « 2 h ».",
        en: "Enter a number followed by min or h, for example “30 min” or “2 h”.",
    }
    grid_caption: &'static str {
        fr: "Délai cible par canal et par situation",
        en: "Target delay by channel and situation",
    }
    cell_label: fn(&str, &str) -> String {
        fr: |channel, situation| format!("{channel}, {situation}"),
        en: |channel, situation| format!("{channel}, {situation}"),
    }
    no_channels_for_grid: &'static str {
        fr: "Ajoutez des canaux pour fixer des délais par canal.",
        en: "Add channels to set targets per channel.",
    }
    response_note: &'static str {
        fr: "Remarque",
        en: "Note",
    }
    response_note_hint: &'static str {
        fr: "Par exemple ce qui se passe hors des heures de présence.",
        en: "For example what happens outside coverage hours.",
    }
    house_rules_hint: &'static str {
        fr: "Telles que la communauté les lira, une par ligne.",
        en: "As the community will read them, one per line.",
    }
    troll_policy_hint: &'static str {
        fr: "L’usage : répondre une fois, puis ignorer ou modérer.",
        en: "The usual: reply once, then ignore or moderate.",
    }
    rules_empty: &'static str {
        fr: "Aucune règle pour l’instant.",
        en: "No rules yet.",
    }
    add_rule: &'static str {
        fr: "Ajouter une règle",
        en: "Add a rule",
    }
    keywords_hint: &'static str {
        fr: "Un par ligne ; les outils de modération automatique peuvent les reprendre.",
        en: "One per line; automated moderation tools can use them.",
    }
    add_trigger: &'static str {
        fr: "Ajouter un déclencheur",
        en: "Add a trigger",
    }
    escalation_empty: &'static str {
        fr: "Aucune étape pour l’instant.",
        en: "No steps yet.",
    }
    add_escalation: &'static str {
        fr: "Ajouter une étape",
        en: "Add a step",
    }
    when: &'static str {
        fr: "Quand la prévenir",
        en: "When to call",
    }
    statements_empty: &'static str {
        fr: "Aucun message d’attente pour l’instant.",
        en: "No holding statements yet.",
    }
    add_statement: &'static str {
        fr: "Ajouter un message d’attente",
        en: "Add a holding statement",
    }
    statement_title: &'static str {
        fr: "Titre",
        en: "Title",
    }
    text_in: fn(&str) -> String {
        fr: |language| language.to_owned(),
        en: |language| language.to_owned(),
    }
    rituals_empty: &'static str {
        fr: "Aucun rituel pour l’instant.",
        en: "No rituals yet.",
    }
    add_ritual: &'static str {
        fr: "Ajouter un rituel",
        en: "Add a ritual",
    }
    ritual_name: &'static str {
        fr: "Nom du rituel",
        en: "Ritual name",
    }
    no_channels_to_pick: &'static str {
        fr: "Définissez d’abord des canaux à l’étape Canaux.",
        en: "Define channels first, in the Channels step.",
    }
    listening_tools: &'static str {
        fr: "Outils d’écoute",
        en: "Listening tools",
    }
    listening_tools_hint: &'static str {
        fr: "Par exemple Mention, Brandwatch, Talkwalker, des alertes Google ; un par ligne.",
        en: "For example Mention, Brandwatch, Talkwalker, Google Alerts; one per line.",
    }
    placeholders_hint: &'static str {
        fr: "Une variable s’écrit {{nom}} dans un modèle ; l’aperçu la remplace par son exemple.",
        en: "A placeholder is written {{name}} in a template; the preview fills in its sample.",
    }
    placeholders_empty: &'static str {
        fr: "Aucune variable pour l’instant.",
        en: "No placeholders yet.",
    }
    add_placeholder: &'static str {
        fr: "Ajouter une variable",
        en: "Add a placeholder",
    }
    placeholder_name: &'static str {
        fr: "Nom de la variable",
        en: "Placeholder name",
    }
    placeholder_name_hint: &'static str {
        fr: "Lettres, chiffres et _ seulement, par exemple first_name.",
        en: "Letters, digits and _ only, for example first_name.",
    }
    templates: &'static str {
        fr: "Modèles",
        en: "Templates",
    }
    templates_empty: &'static str {
        fr: "Aucun modèle pour l’instant.",
        en: "No templates yet.",
    }
    add_template: &'static str {
        fr: "Ajouter un modèle",
        en: "Add a template",
    }
    template_title: &'static str {
        fr: "Titre du modèle",
        en: "Template title",
    }
    template_channels: &'static str {
        fr: "Canaux où il s’utilise (aucun : tous)",
        en: "Channels where it is used (none: all)",
    }
    follow_up_hint: &'static str {
        fr: "Le message privé qui suit une réponse publique, pour une réclamation par exemple.",
        en: "The private message that follows a public reply, for a complaint for example.",
    }
    missing_language: &'static str {
        fr: "Manquant dans cette langue.",
        en: "Missing in this language.",
    }
    present_language: &'static str {
        fr: "Rédigé dans cette langue.",
        en: "Written in this language.",
    }
    findings_count: fn(usize) -> String {
        fr: |n| match n { 0 => "Relecture : rien à signaler.".to_owned(), 1 => "Relecture : 1 remarque.".to_owned(), n => format!("Relecture : {n} remarques.") },
        en: |n| match n { 0 => "Review: nothing to flag.".to_owned(), 1 => "Review: 1 remark.".to_owned(), n => format!("Review: {n} remarks.") },
    }
    variants: &'static str {
        fr: "Versions par canal",
        en: "Versions per channel",
    }
    variants_hint: &'static str {
        fr: "Une version plus courte ou adaptée pour un canal dont la limite ou les codes l’exigent ; elle remplace la réponse sur ce canal.",
        en: "A shorter or adapted version for a channel whose limit or codes need it; it replaces the reply on that channel.",
    }
    add_variant: &'static str {
        fr: "Ajouter une version pour un canal",
        en: "Add a version for a channel",
    }
    practice_title: &'static str {
        fr: "S’entraîner : l’exercice des trois réponses",
        en: "Practise: the three-replies exercise",
    }
    practice_intro: &'static str {
        fr: "Choisissez un scénario, répondez aux trois messages (un avis positif, un avis négatif, un troll) et lisez les remarques au fil de la frappe. Gardez les meilleures réponses comme modèles.",
        en: "Pick a scenario, answer the three messages (a positive review, a negative review, a troll) and read the remarks as you type. Keep the best replies as templates.",
    }
    practice_scenario: &'static str {
        fr: "Scénario",
        en: "Scenario",
    }
    practice_language: &'static str {
        fr: "Langue des réponses",
        en: "Language of the replies",
    }
    practice_reply: &'static str {
        fr: "Votre réponse",
        en: "Your reply",
    }
    practice_keep: &'static str {
        fr: "Garder comme modèle",
        en: "Keep as a template",
    }
    practice_template_title: fn(&str, &str) -> String {
        fr: |scenario, situation| format!("{scenario} — {situation}"),
        en: |scenario, situation| format!("{scenario} — {situation}"),
    }
    practice_saved: fn(&str) -> String {
        fr: |title| format!("« {title} » a été ajouté aux modèles, en fin de liste."),
        en: |title| format!("“{title}” was added to the templates, at the end of the list."),
    }
    show_in_text: fn(&str) -> String {
        fr: |quoted| format!("Sélectionner « {quoted} » dans le texte"),
        en: |quoted| format!("Select “{quoted}” in the text"),
    }
    summary: &'static str {
        fr: "Récapitulatif",
        en: "Summary",
    }
    change: &'static str {
        fr: "Modifier",
        en: "Change",
    }
    none_yet: &'static str {
        fr: "aucun pour l’instant",
        en: "none yet",
    }
    brand_summary: fn(&str, &str, usize) -> String {
        fr: |title, brand, tones| { let title = if title.is_empty() { "sans titre" } else { title }; let brand = if brand.is_empty() { "marque non renseignée" } else { brand }; format!("{title} ({brand}), {tones} trait(s) de ton") },
        en: |title, brand, tones| { let title = if title.is_empty() { "untitled" } else { title }; let brand = if brand.is_empty() { "no brand yet" } else { brand }; format!("{title} ({brand}), {tones} tone trait(s)") },
    }
    times_summary: fn(&str, usize) -> String {
        fr: |default, targets| format!("{default} par défaut, {targets} délai(s) par canal"),
        en: |default, targets| format!("{default} by default, {targets} channel target(s)"),
    }
    moderation_summary: fn(usize, usize) -> String {
        fr: |rules, moderation| format!("{rules} règle(s) de la communauté, {moderation} règle(s) de modération"),
        en: |rules, moderation| format!("{rules} house rule(s), {moderation} moderation rule(s)"),
    }
    crisis_summary: fn(&str, usize, usize) -> String {
        fr: |spokesperson, steps, statements| { let who = if spokesperson.is_empty() { "pas de porte-parole" } else { spokesperson }; format!("{who}, {steps} étape(s) d’escalade, {statements} message(s) d’attente") },
        en: |spokesperson, steps, statements| { let who = if spokesperson.is_empty() { "no spokesperson" } else { spokesperson }; format!("{who}, {steps} escalation step(s), {statements} holding statement(s)") },
    }
    engagement_summary: fn(usize) -> String {
        fr: |rituals| format!("{rituals} rituel(s)"),
        en: |rituals| format!("{rituals} ritual(s)"),
    }
    templates_summary: fn(usize, usize) -> String {
        fr: |placeholders, templates| format!("{placeholders} variable(s), {templates} modèle(s)"),
        en: |placeholders, templates| format!("{placeholders} placeholder(s), {templates} template(s)"),
    }
    problems_heading: fn(usize, usize) -> String {
        fr: |errors, warnings| format!("À corriger : {errors} erreur(s), {warnings} avertissement(s)"),
        en: |errors, warnings| format!("To fix: {errors} error(s), {warnings} warning(s)"),
    }
    no_problems: &'static str {
        fr: "Aucun problème : la charte est cohérente.",
        en: "No problems: the charter is consistent.",
    }
    error: &'static str {
        fr: "Erreur :",
        en: "Error:",
    }
    warning: &'static str {
        fr: "Avertissement :",
        en: "Warning:",
    }
    export: &'static str {
        fr: "Exporter",
        en: "Export",
    }
    export_hint: &'static str {
        fr: "Chaque fichier porte le nom de la charte et la date du jour.",
        en: "Each file is named after the charter and dated today.",
    }
    download_json: &'static str {
        fr: "Télécharger la charte (JSON)",
        en: "Download the charter (JSON)",
    }
    download_markdown: &'static str {
        fr: "Télécharger la charte (Markdown)",
        en: "Download the charter (Markdown)",
    }
    download_templates_json: &'static str {
        fr: "Télécharger les modèles (JSON)",
        en: "Download the templates (JSON)",
    }
    download_templates_markdown: &'static str {
        fr: "Télécharger les modèles (Markdown)",
        en: "Download the templates (Markdown)",
    }
    copy_markdown: &'static str {
        fr: "Copier le Markdown",
        en: "Copy the Markdown",
    }
    copy_json: &'static str {
        fr: "Copier le JSON",
        en: "Copy the JSON",
    }
    print: &'static str {
        fr: "Imprimer",
        en: "Print",
    }
    download_html: &'static str {
        fr: "Télécharger la page web (HTML)",
        en: "Download the web page (HTML)",
    }
    share_heading: &'static str {
        fr: "Partager par un lien",
        en: "Share by link",
    }
    share_hint: &'static str {
        fr: "Toute la charte voyage dans le lien lui-même, après le # : elle n’est envoyée à aucun serveur. Toute personne qui a le lien peut la lire.",
        en: "The whole charter travels in the link itself, after the #: it is never sent to a server. Anyone who has the link can read it.",
    }
    share_copy: &'static str {
        fr: "Copier un lien",
        en: "Copy a link",
    }
    share_copied: &'static str {
        fr: "Lien copié : collez-le dans une messagerie ou un e-mail.",
        en: "Link copied: paste it in a chat or an e-mail.",
    }
    share_not_copied: &'static str {
        fr: "Le navigateur n’a pas permis de copier : sélectionnez le lien ci-dessous et copiez-le.",
        en: "The browser did not allow copying: select the link below and copy it.",
    }
    share_link_label: &'static str {
        fr: "Lien de partage",
        en: "Share link",
    }
    shared_title: &'static str {
        fr: "Une charte partagée avec vous",
        en: "A charter shared with you",
    }
    shared_intro: &'static str {
        fr: "Voici, en lecture seule, la charte que contient ce lien. Votre propre brouillon n’a pas changé.",
        en: "This is the charter the link holds, read-only. Your own draft has not changed.",
    }
    shared_loading: &'static str {
        fr: "Ouverture du lien…",
        en: "Opening the link…",
    }
    shared_failed: &'static str {
        fr: "Ce lien ne peut pas être ouvert",
        en: "This link cannot be opened",
    }
    shared_open: &'static str {
        fr: "Ouvrir comme mon brouillon",
        en: "Open as my draft",
    }
    shared_close: &'static str {
        fr: "Revenir à mon brouillon",
        en: "Back to my draft",
    }
    shared_opened: &'static str {
        fr: "La charte du lien est maintenant votre brouillon. L’ancien brouillon est dans l’historique.",
        en: "The linked charter is now your draft. The previous draft is in the history.",
    }
    workshop_heading: &'static str {
        fr: "Atelier : combiner et comparer",
        en: "Workshop: combine and compare",
    }
    workshop_hint: &'static str {
        fr: "Combinez le fichier d’un participant avec votre brouillon, ou voyez ce qui a changé depuis une autre version (un fichier, ou une version de l’historique).",
        en: "Combine a participant's file with your draft, or see what changed since another version (a file, or a version in the history).",
    }
    combine_label: &'static str {
        fr: "Combiner avec une charte… (.json)",
        en: "Combine with a charter… (.json)",
    }
    compare_label: &'static str {
        fr: "Comparer avec un fichier… (.json)",
        en: "Compare with a file… (.json)",
    }
    combine_title: fn(&str) -> String {
        fr: |t| format!("Combiner « {t} » avec votre brouillon"),
        en: |t| format!("Combine “{t}” with your draft"),
    }
    combine_summary: fn(usize, usize, usize) -> String {
        fr: |a, f, c| format!("{a} élément(s) nouveau(x) seront ajoutés, {f} champ(s) vide(s) de votre brouillon seront remplis, {c} élément(s) diffèrent : choisissez pour chacun."),
        en: |a, f, c| format!("{a} new item(s) will be added, {f} empty field(s) of your draft will be filled, {c} item(s) differ: choose for each."),
    }
    combine_nothing: &'static str {
        fr: "Rien à combiner : cette charte ne contient rien de plus que votre brouillon.",
        en: "Nothing to combine: this charter holds nothing your draft lacks.",
    }
    combine_added_list: &'static str {
        fr: "Ajoutés",
        en: "Added",
    }
    conflict_field: &'static str {
        fr: "Champ",
        en: "Field",
    }
    conflict_mine: &'static str {
        fr: "Mon brouillon",
        en: "My draft",
    }
    conflict_theirs: &'static str {
        fr: "Leur charte",
        en: "Their charter",
    }
    choice_mine: &'static str {
        fr: "Garder le mien",
        en: "Keep mine",
    }
    choice_theirs: &'static str {
        fr: "Prendre le leur",
        en: "Take theirs",
    }
    choice_both: &'static str {
        fr: "Garder les deux",
        en: "Keep both",
    }
    combine_confirm: &'static str {
        fr: "Combiner",
        en: "Combine",
    }
    combined: &'static str {
        fr: "Chartes combinées. Votre brouillon d’avant est dans l’historique (Restaurer pour annuler).",
        en: "Charters combined. Your draft as it was is in the history (Restore to undo).",
    }
    compare_title: fn(&str) -> String {
        fr: |v| format!("Changements depuis {v}"),
        en: |v| format!("Changes since {v}"),
    }
    compare_with_draft: &'static str {
        fr: "Comparer avec le brouillon",
        en: "Compare with the draft",
    }
    download_changes: &'static str {
        fr: "Télécharger ces changements (Markdown)",
        en: "Download these changes (Markdown)",
    }
    download_markdown_with_changes: &'static str {
        fr: "Télécharger la charte avec « Changements depuis… » (Markdown)",
        en: "Download the charter with “Changes since…” (Markdown)",
    }
    close: &'static str {
        fr: "Fermer",
        en: "Close",
    }
    copied: &'static str {
        fr: "Copié dans le presse-papiers.",
        en: "Copied to the clipboard.",
    }
    copy_failed: &'static str {
        fr: "La copie a été refusée par le navigateur ; utilisez le téléchargement.",
        en: "The browser refused to copy; use the download instead.",
    }
    patterns: &'static str {
        fr: "Expressions régulières surveillées",
        en: "Watched regular expressions",
    }
    patterns_hint: &'static str {
        fr: "Une par ligne, dans la syntaxe que Discord AutoMod et Reddit AutoModerator lisent tous deux (sans (?i) : ils ignorent déjà la casse), par exemple arnaque\\w* ; pour les formes que les mots-clés ne couvrent pas.",
        en: "One per line, in the syntax both Discord AutoMod and Reddit AutoModerator read (no (?i): they already ignore case), for example scam\\w*; for forms keywords do not cover.",
    }
    stands_for: &'static str {
        fr: "Rempli par l’outil d’assistance avec",
        en: "Filled by the helpdesk with",
    }
    stands_for_nothing: &'static str {
        fr: "rien : à remplir à la main",
        en: "nothing: filled in by hand",
    }
    tools_heading: &'static str {
        fr: "Envoyer vers un autre outil",
        en: "Send to another tool",
    }
    tools_hint: &'static str {
        fr: "Chaque fichier suit le format de l’outil. Ce qui ne tient pas dans ses limites n’est jamais coupé : il est listé sous l’outil, avec la raison.",
        en: "Each file follows the tool's own format. What does not fit its limits is never cut: it is listed under the tool, with the reason.",
    }
    freshdesk_folder: &'static str {
        fr: "Identifiant du dossier Freshdesk",
        en: "Freshdesk folder id",
    }
    helpscout_mailbox: &'static str {
        fr: "Boîte Help Scout (numéro)",
        en: "Help Scout mailbox (number)",
    }
    discord_channel: &'static str {
        fr: "Identifiant du salon d’alertes Discord",
        en: "Discord alert channel id",
    }
    tool_id_hint: &'static str {
        fr: "Chiffres seulement, tels que l’outil les affiche. Sans lui, ce qui en a besoin n’est pas dans le fichier (c’est dit sous l’outil).",
        en: "Digits only, as the tool shows it. Without it, what needs it is left out of the file (and said under the tool).",
    }
    /// What the file for a tool holds, given the charter's language.
    tool_what: fn(Target, Lang) -> String {
        fr: |target, lang| {
            let language = match lang {
                Lang::Fr => "en français",
                Lang::En => "en anglais",
            };
            match target {
                Target::Zendesk => format!("Macros, {language} (JSON)"),
                Target::Freshdesk => format!("Réponses prédéfinies, {language} (JSON)"),
                Target::HelpScout => format!("Réponses enregistrées, {language} (JSON)"),
                Target::Gorgias => "Macros, en français et en anglais (JSON)".to_owned(),
                Target::Front => format!("Modèles de message, {language} (JSON)"),
                Target::DiscordAutomod => "Règles AutoMod tirées des règles de modération (JSON)".to_owned(),
                Target::RedditAutomod => "Règles AutoModerator tirées des règles de modération (YAML)".to_owned(),
            }
        },
        en: |target, lang| {
            let language = match lang {
                Lang::Fr => "in French",
                Lang::En => "in English",
            };
            match target {
                Target::Zendesk => format!("Macros, {language} (JSON)"),
                Target::Freshdesk => format!("Canned responses, {language} (JSON)"),
                Target::HelpScout => format!("Saved replies, {language} (JSON)"),
                Target::Gorgias => "Macros, in French and English (JSON)".to_owned(),
                Target::Front => format!("Message templates, {language} (JSON)"),
                Target::DiscordAutomod => "AutoMod rules from the moderation rules (JSON)".to_owned(),
                Target::RedditAutomod => "AutoModerator rules from the moderation rules (YAML)".to_owned(),
            }
        },
    }
    /// "3 items written · 2 notes"
    tool_count: fn(usize, usize) -> String {
        fr: |items, notes| match notes {
            0 => format!("{items} élément(s), tout tient"),
            n => format!("{items} élément(s) · {n} remarque(s)"),
        },
        en: |items, notes| match notes {
            0 => format!("{items} item(s), everything fits"),
            n => format!("{items} item(s) · {n} note(s)"),
        },
    }
    tool_download: fn(&str) -> String {
        fr: |name| format!("Télécharger pour {name}"),
        en: |name| format!("Download for {name}"),
    }
    tool_script: &'static str {
        fr: "Script d’import (sh + curl)",
        en: "Import script (sh + curl)",
    }
    tool_steps_title: &'static str {
        fr: "Comment l’importer",
        en: "How to import it",
    }
    tool_steps: fn(Target) -> &'static str {
        fr: |target| match target {
            Target::Zendesk => "Dans le Centre d’administration de Zendesk, Applications et intégrations → API Zendesk : activez l’accès par jeton et créez un jeton. Téléchargez le script d’import et lancez-le : ZENDESK_SUBDOMAIN=votre-sous-domaine ZENDESK_EMAIL=vous@exemple.com ZENDESK_API_TOKEN=… sh le-script.sh. Chaque macro est créée par POST /api/v2/macros ; le script s’arrête à la première erreur et dit ce qui a été créé.",
            Target::Freshdesk => "Saisissez ci-dessus le numéro du dossier de réponses prédéfinies (dans l’adresse du dossier, Admin → Réponses prédéfinies). Votre clé d’API est dans les paramètres de votre profil. Lancez le script : FRESHDESK_DOMAIN=votre-domaine FRESHDESK_API_KEY=… sh le-script.sh. Toutes les réponses partent en un seul POST /api/v2/canned_responses/create_multiple.",
            Target::HelpScout => "Saisissez ci-dessus le numéro de la boîte (dans son adresse), ou donnez-le au script par HELPSCOUT_MAILBOX_ID. Créez une application OAuth (Votre profil → Mes applications) pour obtenir un jeton d’accès, puis : HELPSCOUT_TOKEN=… sh le-script.sh. Chaque réponse est créée par POST /v2/mailboxes/{numéro}/saved-replies.",
            Target::Gorgias => "Paramètres → API REST donne votre domaine, l’e-mail et la clé. Lancez le script : GORGIAS_DOMAIN=votre-domaine GORGIAS_EMAIL=vous@exemple.com GORGIAS_API_KEY=… sh le-script.sh. Chaque macro, dans chaque langue, est créée par POST /api/macros.",
            Target::Front => "Paramètres → Développeurs → Jetons d’API : créez un jeton avec accès aux ressources partagées. Lancez le script : FRONT_API_TOKEN=… sh le-script.sh. Chaque modèle est créé par POST /message_templates.",
            Target::DiscordAutomod => "Saisissez ci-dessus le numéro du salon d’alertes (mode développeur, clic droit sur le salon → Copier l’identifiant). Un bot ayant la permission Gérer le serveur lance : DISCORD_GUILD_ID=numéro-du-serveur DISCORD_BOT_TOKEN=… sh le-script.sh. Chaque règle est créée par POST /guilds/{serveur}/auto-moderation/rules ; un serveur garde au plus 6 règles à mots-clés.",
            Target::RedditAutomod => "Ouvrez reddit.com/r/VOTRE_COMMUNAUTÉ/wiki/config/automoderator (Outils de modération → Automod), collez le fichier après les règles existantes et enregistrez : Reddit vérifie la page et signale une règle refusée. Pas d’API : rien d’autre à lancer.",
        },
        en: |target| match target {
            Target::Zendesk => "In Zendesk's Admin Center, Apps and integrations → Zendesk API: turn on token access and add a token. Download the import script and run it: ZENDESK_SUBDOMAIN=your-subdomain ZENDESK_EMAIL=you@example.com ZENDESK_API_TOKEN=… sh the-script.sh. Each macro is created with POST /api/v2/macros; the script stops at the first error and says what was created.",
            Target::Freshdesk => "Type the canned-response folder's number above (in the folder's address, Admin → Canned responses). Your API key is in your profile settings. Run the script: FRESHDESK_DOMAIN=your-domain FRESHDESK_API_KEY=… sh the-script.sh. All responses go in one POST /api/v2/canned_responses/create_multiple.",
            Target::HelpScout => "Type the mailbox's number above (in its address), or give it to the script as HELPSCOUT_MAILBOX_ID. Create an OAuth app (Your profile → My apps) for an access token, then: HELPSCOUT_TOKEN=… sh the-script.sh. Each reply is created with POST /v2/mailboxes/{number}/saved-replies.",
            Target::Gorgias => "Settings → REST API gives your domain, email and key. Run the script: GORGIAS_DOMAIN=your-domain GORGIAS_EMAIL=you@example.com GORGIAS_API_KEY=… sh the-script.sh. Each macro, in each language, is created with POST /api/macros.",
            Target::Front => "Settings → Developers → API tokens: create a token with access to shared resources. Run the script: FRONT_API_TOKEN=… sh the-script.sh. Each template is created with POST /message_templates.",
            Target::DiscordAutomod => "Type the alert channel's number above (Developer Mode, right-click the channel → Copy Channel ID). A bot with the Manage Server permission runs: DISCORD_GUILD_ID=server-number DISCORD_BOT_TOKEN=… sh the-script.sh. Each rule is created with POST /guilds/{server}/auto-moderation/rules; a server keeps at most 6 keyword rules.",
            Target::RedditAutomod => "Open reddit.com/r/YOUR_COMMUNITY/wiki/config/automoderator (Mod Tools → Automod), paste the file after the existing rules and save: Reddit checks the page and names a refused rule. No API: nothing else to run.",
        },
    }
    tool_notes: fn(usize) -> String {
        fr: |n| format!("Ce qui ne tient pas tel quel ({n})"),
        en: |n| format!("What does not fit as written ({n})"),
    }
}

impl Messages {
    /// The step's title: the section's name where the step edits a section.
    pub fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Start => self.title_start,
            Step::Edit(Section::BrandVoice) => self.title_brand_voice,
            Step::Edit(section) => Labels::get(self.lang).section(section),
            Step::Review => self.title_review,
        }
    }

    pub fn step_intro(&self, step: Step) -> &'static str {
        match step {
            Step::Start => self.intro_start,
            Step::Edit(Section::BrandVoice) => self.intro_brand_voice,
            Step::Edit(Section::Personas) => self.intro_personas,
            Step::Edit(Section::Channels) => self.intro_channels,
            Step::Edit(Section::ResponseTimes) => self.intro_response_times,
            Step::Edit(Section::Moderation) => self.intro_moderation,
            Step::Edit(Section::Crisis) => self.intro_crisis,
            Step::Edit(Section::Engagement) => self.intro_engagement,
            Step::Edit(Section::Templates) => self.intro_templates,
            Step::Review => self.intro_review,
        }
    }

    /// What an item without a name is called, per list.
    pub fn untitled(&self, kind: ListKind) -> &'static str {
        match kind {
            ListKind::Personas => self.untitled_persona,
            ListKind::Channels => self.untitled_channel,
            ListKind::Rules => self.untitled_rule,
            ListKind::Escalation => self.untitled_step,
            ListKind::HoldingStatements => self.untitled_statement,
            ListKind::Rituals => self.untitled_ritual,
            ListKind::Placeholders => self.untitled_placeholder,
            ListKind::Templates => self.untitled_template,
        }
    }
}

/// The interface words for the current UI language, reactive.
pub fn use_messages() -> Signal<&'static Messages> {
    let lang = crate::state::use_app().ui_lang;
    Signal::derive(move || Messages::get(lang.get()))
}

/// The document words in the UI language, reactive: the names of fields, sections and values.
pub fn use_labels() -> Signal<&'static Labels> {
    let lang = crate::state::use_app().ui_lang;
    Signal::derive(move || Labels::get(lang.get()))
}

/// A language's name in itself, capitalised, as language switches show it whatever the UI
/// language ("Français", "English").
pub fn endonym(lang: Lang) -> String {
    let name = (Labels::get(lang).lang_name)(lang);
    let mut chars = name.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// An ISO 8601 timestamp as the UI language writes a date and time, in the user's time zone.
/// Unparseable input is shown as it is rather than hidden.
pub fn local_date_time(iso: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    date.to_locale_string(lang.code(), &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}
