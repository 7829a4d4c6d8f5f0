//! "Send to another tool": one row per helpdesk or moderation bot, each with its download and
//! the list of what did not fit the tool as written (left out, changed, or to fill in), each
//! note a link to the field concerned. The files and notes come from the charter core
//! (`charter::tools`); this widget only shows them.

use charter::locate::locate;
use charter::tools::{Outcome, Target, ToolExport, ToolOptions};
use charter::Lang;
use leptos::prelude::*;

use crate::bind::Bind;
use crate::components::TextField;
use crate::export;
use crate::state::{use_app, Step};

const FOLDER_ID: &str = "tool-freshdesk-folder";
const CHANNEL_ID: &str = "tool-discord-channel";
const MAILBOX_ID: &str = "tool-helpscout-mailbox";

/// The field where the team types the id a file-wide note asks for.
fn id_field(target: Target) -> &'static str {
    match target {
        Target::Freshdesk => FOLDER_ID,
        Target::HelpScout => MAILBOX_ID,
        _ => CHANNEL_ID,
    }
}

#[component]
pub fn ToolPanel() -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    // ids that live in the team's own tools: typed here, never stored in the charter
    let folder = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let mailbox = RwSignal::new(String::new());
    let number = |text: &String| ToolOptions::parse_id(text).and_then(|d| d.parse().ok());
    let options = Memo::new(move |_| ToolOptions {
        freshdesk_folder_id: folder.with(number),
        discord_alert_channel_id: channel.with(|c| ToolOptions::parse_id(c).map(str::to_owned)),
        helpscout_mailbox_id: mailbox.with(number),
        ..ToolOptions::default()
    });
    let exports = Memo::new(move |_| {
        let options = options.get();
        app.store.read_all(|d| {
            let charter = crate::sync::exported(d.charter());
            Target::ALL
                .into_iter()
                .map(|target| charter::tools::export(&charter, target, &options))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="tool-panel" aria-labelledby="tools-heading">
            <h2 id="tools-heading" class="subheading" tabindex="-1">{move || w.get().tools_heading}</h2>
            <p class="hint">{move || w.get().tools_hint}</p>
            <div class="row">
                <TextField bind=Bind::local(FOLDER_ID, folder) label=move || w.get().freshdesk_folder
                    hint=move || w.get().tool_id_hint />
                <TextField bind=Bind::local(CHANNEL_ID, channel) label=move || w.get().discord_channel
                    hint=move || w.get().tool_id_hint />
                <TextField bind=Bind::local(MAILBOX_ID, mailbox) label=move || w.get().helpscout_mailbox
                    hint=move || w.get().tool_id_hint />
            </div>
            <ul class="tool-list">
                {Target::ALL.into_iter().enumerate().map(|(index, target)| {
                    view! { <ToolRow target index exports options /> }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// One tool: `exports[index]` is its file and notes, shared with the panel and read in place
/// (rendering a count never copies the file's text).
#[component]
fn ToolRow(
    /// The tool.
    target: Target,
    /// The tool's place in `exports`.
    index: usize,
    /// Every tool's file and notes, made once by the panel.
    exports: Memo<Vec<ToolExport>>,
    /// The ids typed in the panel, which the import script needs too.
    options: Memo<ToolOptions>,
) -> impl IntoView {
    let app = use_app();
    let w = crate::i18n::words(Words::get);
    let slug = target.slug();
    let lang = Signal::derive(move || {
        app.store.watch(&charter::document::Change::Section(
            charter::document::Section::BrandVoice,
        ));
        app.store.read(|d| d.charter().meta.language)
    });
    let notes_id = StoredValue::new(format!("tool-{slug}-notes"));
    let items = move || exports.with(|e| e[index].items);
    let note_count = move || exports.with(|e| e[index].notes.len());
    // the file offered is the very one whose notes are shown
    let download = move |_| exports.with_untracked(|e| export::download_for_tool(app, &e[index]));
    let open = RwSignal::new(false);
    let script = move |_| {
        exports.with_untracked(|e| {
            options.with_untracked(|o| export::download_import_script(app, &e[index], o))
        })
    };
    let has_api = target != Target::RedditAutomod;
    view! {
        <li class="tool" id=format!("tool-{slug}")>
            <div class="tool-head">
                <h3>{target.name()}</h3>
                <p class="tool-what">{move || (w.get().tool_what)(target, lang.get())}</p>
                <p class="tool-count" id=format!("tool-{slug}-count")>
                    {move || (w.get().tool_count)(items(), note_count())}
                </p>
                <div class="tool-actions">
                    <button type="button" class="button" id=format!("send-{slug}") on:click=download
                        aria-describedby=format!("tool-{slug}-count")>
                        {move || (w.get().tool_download)(target.name())}
                    </button>
                    <Show when=move || has_api>
                        <button type="button" class="button quiet" id=format!("script-{slug}") on:click=script>
                            {move || w.get().tool_script}
                        </button>
                    </Show>
                </div>
            </div>
            <details class="tool-steps">
                <summary>{move || w.get().tool_steps_title}</summary>
                <p id=format!("tool-{slug}-steps")>{move || (w.get().tool_steps)(target)}</p>
            </details>
            <Show when=move || note_count() != 0>
                // the notes are built when opened: a long charter has hundreds per tool
                <details class="tool-notes" on:toggle:target=move |ev| open.set(ev.target().open())>
                    <summary>{move || (w.get().tool_notes)(note_count())}</summary>
                    <Show when=move || open.get()>
                    <ul id=notes_id.get_value()>
                        {move || exports.with(|e| e[index].notes.clone()).into_iter().map(|note| {
                            let kind = match note.outcome {
                                Outcome::LeftOut => "left-out",
                                Outcome::Changed => "changed",
                                Outcome::ToFillIn => "to-fill-in",
                            };
                            let place = if note.path.is_empty() {
                                Some((Step::Review, vec![id_field(target).to_owned()], None))
                            } else {
                                app.store.read(|d| locate(d.charter(), &note.path))
                                    .map(|at| (Step::Edit(at.section), at.candidates, at.item))
                            };
                            let item = note.item.clone();
                            let message = move || note.message(app.ui_lang.get());
                            view! {
                                <li class=kind>
                                    {match place {
                                        Some((step, candidates, in_item)) => view! {
                                            <a href=format!("#/{}", step.slug()) on:click=move |ev: web_sys::MouseEvent| {
                                                ev.prevent_default();
                                                app.go_and_focus(step, candidates.clone(), in_item.as_deref());
                                            }>{item}</a>
                                        }.into_any(),
                                        None => view! { <span>{item}</span> }.into_any(),
                                    }}
                                    " — "
                                    <span>{message}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    </Show>
                </details>
            </Show>
        </li>
    }
}

charter::catalogue! {
    /// The words of this view.
    struct Words;
    discord_channel: &'static str {
        fr: "Identifiant du salon d’alertes Discord",
        en: "Discord alert channel id",
    }
    freshdesk_folder: &'static str {
        fr: "Identifiant du dossier Freshdesk",
        en: "Freshdesk folder id",
    }
    helpscout_mailbox: &'static str {
        fr: "Boîte Help Scout (numéro)",
        en: "Help Scout mailbox (number)",
    }
    /// "3 items written · 2 notes"
    tool_count: fn(usize, usize) -> String {
        fr: |items, notes| match notes {
            0 => format!("{}, tout tient", charter::count::Count::new("aucun élément", "élément", "éléments").of(items)),
            n => format!("{} · {}", charter::count::Count::new("aucun élément", "élément", "éléments").of(items), charter::count::Count::new("aucune remarque", "remarque", "remarques").of(n)),
        },
        en: |items, notes| match notes {
            0 => format!("{}, everything fits", charter::count::Count::new("no items", "item", "items").of(items)),
            n => format!("{} · {}", charter::count::Count::new("no items", "item", "items").of(items), charter::count::Count::new("no notes", "note", "notes").of(n)),
        },
    }
    tool_download: fn(&str) -> String {
        fr: |name| format!("Télécharger pour {name}"),
        en: |name| format!("Download for {name}"),
    }
    tool_id_hint: &'static str {
        fr: "Chiffres seulement, tels que l’outil les affiche. Sans lui, ce qui en a besoin n’est pas dans le fichier (c’est dit sous l’outil).",
        en: "Digits only, as the tool shows it. Without it, what needs it is left out of the file (and said under the tool).",
    }
    tool_notes: fn(usize) -> String {
        fr: |n| format!("Ce qui ne tient pas tel quel ({n})"),
        en: |n| format!("What does not fit as written ({n})"),
    }
    tool_script: &'static str {
        fr: "Script d’import (sh + curl)",
        en: "Import script (sh + curl)",
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
    tool_steps_title: &'static str {
        fr: "Comment l’importer",
        en: "How to import it",
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
    tools_heading: &'static str {
        fr: "Envoyer vers un autre outil",
        en: "Send to another tool",
    }
    tools_hint: &'static str {
        fr: "Chaque fichier suit le format de l’outil. Ce qui ne tient pas dans ses limites n’est jamais coupé : il est listé sous l’outil, avec la raison.",
        en: "Each file follows the tool's own format. What does not fit its limits is never cut: it is listed under the tool, with the reason.",
    }
}
