//! How a file reaches each tool: the endpoint it is sent to, what the team must provide, and
//! for the tools with an API, a generated import script: POSIX `sh` with `curl` that sends the
//! request bodies one by one, stops at the first error and says what was created.
//!
//! What the script guarantees, and why it is written this way:
//! - **Credentials are never written down.** They are read from environment variables and given
//!   to curl on its standard input as a config (`--config -`), so they are neither in a file nor
//!   in the process list. The script itself holds no secret and can be shared.
//! - **No user text is ever shell code.** Each body is a compact JSON line in a quoted here-doc
//!   (`<<'PORTE_VOIX_BODY'`: no expansion, and no JSON line can equal the delimiter); each label
//!   is a single-quoted string with `'` written `'\''` and control or line-breaking characters
//!   replaced by spaces; comments hold only our own words.
//! - `PORTE_VOIX_API_BASE` replaces the vendor's address (a proxy, or the test suite's local
//!   server, `tests/formats/import-scripts.test.mjs`).

use serde_json::Value;

use super::target::{Target, ToolOptions};
use super::ToolExport;
use crate::lang::Lang;

/// How requests prove who sends them; the values come from environment variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// HTTP basic authentication, `user:password` built from the variables.
    Basic(&'static str),
    /// An `Authorization` header.
    Header(&'static str),
}

/// Where and how a target's file is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub method: &'static str,
    /// The address, with `${VARIABLE}` for what the team provides.
    pub url: String,
    /// The environment variables the script needs, with what each is.
    pub variables: Vec<(&'static str, Variable)>,
    pub auth: Auth,
    /// Whether the whole file is one request (Freshdesk's `create_multiple`), else one per item.
    pub one_request: bool,
}

/// What an environment variable holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variable {
    Subdomain,
    Email,
    ApiToken,
    ApiKey,
    MailboxId,
    GuildId,
}

/// The endpoint of a target, or `None` for AutoModerator, whose rules are pasted into a wiki
/// page (see the README and the panel's steps).
pub fn endpoint(target: Target, options: &ToolOptions) -> Option<Endpoint> {
    use Variable::*;
    let (url, variables, auth, one_request) = match target {
        Target::Zendesk => (
            "https://${ZENDESK_SUBDOMAIN}.zendesk.com/api/v2/macros".to_owned(),
            vec![
                ("ZENDESK_SUBDOMAIN", Subdomain),
                ("ZENDESK_EMAIL", Email),
                ("ZENDESK_API_TOKEN", ApiToken),
            ],
            Auth::Basic("${ZENDESK_EMAIL}/token:${ZENDESK_API_TOKEN}"),
            false,
        ),
        Target::Freshdesk => (
            "https://${FRESHDESK_DOMAIN}.freshdesk.com/api/v2/canned_responses/create_multiple"
                .to_owned(),
            vec![
                ("FRESHDESK_DOMAIN", Subdomain),
                ("FRESHDESK_API_KEY", ApiKey),
            ],
            Auth::Basic("${FRESHDESK_API_KEY}:X"),
            true,
        ),
        Target::HelpScout => {
            let mailbox = match options.helpscout_mailbox_id {
                Some(id) => format!("${{HELPSCOUT_MAILBOX_ID:-{id}}}"),
                None => "${HELPSCOUT_MAILBOX_ID}".to_owned(),
            };
            let mut variables = vec![("HELPSCOUT_TOKEN", ApiToken)];
            if options.helpscout_mailbox_id.is_none() {
                variables.push(("HELPSCOUT_MAILBOX_ID", MailboxId));
            }
            (
                format!("https://api.helpscout.net/v2/mailboxes/{mailbox}/saved-replies"),
                variables,
                Auth::Header("Authorization: Bearer ${HELPSCOUT_TOKEN}"),
                false,
            )
        }
        Target::Gorgias => (
            "https://${GORGIAS_DOMAIN}.gorgias.com/api/macros".to_owned(),
            vec![
                ("GORGIAS_DOMAIN", Subdomain),
                ("GORGIAS_EMAIL", Email),
                ("GORGIAS_API_KEY", ApiKey),
            ],
            Auth::Basic("${GORGIAS_EMAIL}:${GORGIAS_API_KEY}"),
            false,
        ),
        Target::Front => (
            "https://api2.frontapp.com/message_templates".to_owned(),
            vec![("FRONT_API_TOKEN", ApiToken)],
            Auth::Header("Authorization: Bearer ${FRONT_API_TOKEN}"),
            false,
        ),
        Target::DiscordAutomod => (
            "https://discord.com/api/v10/guilds/${DISCORD_GUILD_ID}/auto-moderation/rules"
                .to_owned(),
            vec![
                ("DISCORD_GUILD_ID", GuildId),
                ("DISCORD_BOT_TOKEN", ApiToken),
            ],
            Auth::Header("Authorization: Bot ${DISCORD_BOT_TOKEN}"),
            false,
        ),
        Target::RedditAutomod => return None,
    };
    Some(Endpoint {
        method: "POST",
        url,
        variables,
        auth,
        one_request,
    })
}

/// The address without its scheme and host, as the vendor documents it (`/api/v2/macros`).
pub fn path(endpoint: &Endpoint) -> &str {
    let rest = endpoint.url.trim_start_matches("https://");
    rest.find('/').map_or("/", |i| &rest[i..])
}

/// The request bodies of an export, each as one line of compact JSON, with a label for each.
pub fn bodies(export: &ToolExport) -> Vec<(String, String)> {
    let Ok(file) = serde_json::from_str::<Value>(&export.text) else {
        return Vec::new();
    };
    let compact = |v: &Value| serde_json::to_string(v).expect("a parsed value serializes");
    match export.target {
        Target::Freshdesk => {
            let count = file["canned_responses"].as_array().map_or(0, Vec::len);
            if count == 0 {
                Vec::new()
            } else {
                vec![(format!("canned_responses × {count}"), compact(&file))]
            }
        }
        Target::RedditAutomod => Vec::new(),
        _ => file
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|item| {
                        let named = item.get("macro").unwrap_or(item);
                        let label = named["name"]
                            .as_str()
                            .or_else(|| named["title"].as_str())
                            .unwrap_or_default()
                            .to_owned();
                        (label, compact(item))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// A shell single-quoted string that prints as `text` on one line.
fn quoted(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| {
            if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            {
                ' '
            } else {
                c
            }
        })
        .collect();
    format!("'{}'", line.replace('\'', r"'\''"))
}

/// The import script for `export`, in `lang`; `None` for AutoModerator.
pub fn import_script(export: &ToolExport, options: &ToolOptions, lang: Lang) -> Option<String> {
    let endpoint = endpoint(export.target, options)?;
    let w = ScriptWords::get(lang);
    let tool = export.target.name();
    let bodies = bodies(export);
    let mut s = String::new();
    s.push_str("#!/bin/sh\n");
    s.push_str(&format!("# {}\n", (w.header)(tool, bodies.len())));
    s.push_str(&format!("# {}\n", w.run));
    for (name, what) in &endpoint.variables {
        s.push_str(&format!("#   {name}: {}\n", (w.variable)(*what)));
    }
    s.push_str(&format!("# {}\n", w.secrets));
    s.push_str(&format!("# {}\n", w.base));
    s.push_str("set -u\n\n");
    s.push_str(&format!(
        "for variable in {}; do\n",
        endpoint
            .variables
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(" ")
    ));
    s.push_str("  eval \"value=\\${$variable:-}\"\n");
    s.push_str(&format!(
        "  [ -n \"$value\" ] || {{ printf '%s %s\\n' {} \"$variable\" >&2; exit 2; }}\n",
        quoted(w.missing)
    ));
    s.push_str("done\n");
    s.push_str("command -v curl >/dev/null 2>&1 || { ");
    s.push_str(&format!(
        "printf '%s\\n' {} >&2; exit 2; }}\n\n",
        quoted(w.no_curl)
    ));
    let (origin, rest) = endpoint
        .url
        .split_at(endpoint.url.len() - path(&endpoint).len());
    s.push_str(&format!(
        "url=\"${{PORTE_VOIX_API_BASE:-{origin}}}{rest}\"\n"
    ));
    // the credentials, as curl reads them from its standard input
    let credentials = match endpoint.auth {
        Auth::Basic(user) => format!("user = \\\"{user}\\\""),
        Auth::Header(header) => format!("header = \\\"{header}\\\""),
    };
    s.push_str("body=$(mktemp) && answer=$(mktemp) || exit 1\n");
    s.push_str("trap 'rm -f \"$body\" \"$answer\"' EXIT\n");
    s.push_str("created=0\n\n");
    s.push_str("send() {\n");
    s.push_str("  tries=0\n");
    s.push_str("  while :; do\n");
    s.push_str(&format!(
        "    if ! code=$(printf '%s\\n' \"{credentials}\" | curl --silent --show-error --config - \\\n"
    ));
    s.push_str(&format!(
        "        --request {} --header 'Content-Type: application/json' --data-binary \"@$body\" \\\n",
        endpoint.method
    ));
    s.push_str("        --output \"$answer\" --write-out '%{http_code}' \"$url\"); then\n");
    s.push_str(&format!(
        "      printf '%s %s\\n' {} \"$url\" >&2; exit 1\n",
        quoted(w.unreachable)
    ));
    s.push_str("    fi\n");
    // a rate limit: wait and try again, a few times
    s.push_str("    tries=$((tries + 1))\n");
    s.push_str("    [ \"$code\" = 429 ] && [ \"$tries\" -lt 5 ] && { sleep 2; continue; }\n");
    s.push_str("    break\n");
    s.push_str("  done\n");
    s.push_str("  case \"$code\" in\n");
    s.push_str(&format!(
        "    2??) created=$((created + 1)); printf '%s %s\\n' {} \"$1\" ;;\n",
        quoted(w.created)
    ));
    s.push_str(&format!(
        "    *) printf '%s (HTTP %s): %s\\n' {} \"$code\" \"$1\" >&2\n",
        quoted(w.refused)
    ));
    s.push_str("       cat \"$answer\" >&2; printf '\\n' >&2\n");
    s.push_str(&format!(
        "       printf '%s %s\\n%s\\n' {} \"$created\" {} >&2\n",
        quoted(w.created_before_error),
        quoted(w.after_error)
    ));
    s.push_str("       exit 1 ;;\n");
    s.push_str("  esac\n");
    s.push_str("}\n\n");
    for (label, body) in &bodies {
        s.push_str("cat > \"$body\" <<'PORTE_VOIX_BODY'\n");
        s.push_str(body);
        s.push_str("\nPORTE_VOIX_BODY\n");
        s.push_str(&format!("send {}\n\n", quoted(label)));
    }
    s.push_str(&format!(
        "printf '%s %s\\n' {} \"$created\"\n",
        quoted(w.created_total)
    ));
    Some(s)
}

crate::catalogue! {
    /// The import scripts' words.
    struct ScriptWords;
    header: fn(&str, usize) -> String {
        fr: |tool, n| format!("Porte-voix : envoie {} à {tool}, une par une ; s’arrête à la première erreur.", crate::count::Count::new("aucune requête", "requête", "requêtes").of(n)),
        en: |tool, n| format!("Porte-voix: sends {} to {tool}, one by one; stops at the first error.", crate::count::Count::new("no requests", "request", "requests").of(n)),
    }
    run: &'static str {
        fr: "Lancer avec sh, ces variables d’environnement définies :",
        en: "Run with sh, with these environment variables set:",
    }
    variable: fn(Variable) -> &'static str {
        fr: |v| match v {
            Variable::Subdomain => "le sous-domaine du compte (acme pour acme.exemple.com)",
            Variable::Email => "l’adresse e-mail de l’agent qui possède le jeton",
            Variable::ApiToken => "le jeton d’API (jamais écrit dans un fichier)",
            Variable::ApiKey => "la clé d’API (jamais écrite dans un fichier)",
            Variable::MailboxId => "le numéro de la boîte qui reçoit les réponses",
            Variable::GuildId => "le numéro du serveur Discord",
        },
        en: |v| match v {
            Variable::Subdomain => "the account's subdomain (acme for acme.example.com)",
            Variable::Email => "the email of the agent who owns the token",
            Variable::ApiToken => "the API token (never written to a file)",
            Variable::ApiKey => "the API key (never written to a file)",
            Variable::MailboxId => "the number of the mailbox that receives the replies",
            Variable::GuildId => "the Discord server's number",
        },
    }
    secrets: &'static str {
        fr: "Les identifiants passent à curl par son entrée standard : ni fichier, ni liste des processus.",
        en: "The credentials reach curl on its standard input: no file, not in the process list.",
    }
    base: &'static str {
        fr: "PORTE_VOIX_API_BASE remplace l’adresse du service (un proxy, un serveur de test).",
        en: "PORTE_VOIX_API_BASE replaces the service's address (a proxy, a test server).",
    }
    missing: &'static str {
        fr: "Variable d’environnement manquante :",
        en: "Missing environment variable:",
    }
    no_curl: &'static str {
        fr: "Ce script a besoin de curl.",
        en: "This script needs curl.",
    }
    unreachable: &'static str {
        fr: "Impossible de joindre",
        en: "Could not reach",
    }
    created: &'static str {
        fr: "Créé :",
        en: "Created:",
    }
    refused: &'static str {
        fr: "Refusé",
        en: "Refused",
    }
    // labels before the number the script counts: no agreement to make with it
    created_before_error: &'static str {
        fr: "Éléments créés avant l’erreur :",
        en: "Items created before the error:",
    }
    after_error: &'static str {
        fr: "Corrigez l’erreur, retirez du script ce qui est déjà créé, et relancez-le.",
        en: "Fix the error, remove what was already created from the script, and run it again.",
    }
    created_total: &'static str {
        fr: "Éléments créés :",
        en: "Items created:",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_inert_single_quoted_strings() {
        assert_eq!(quoted("It's $HOME `x`"), r"'It'\''s $HOME `x`'");
        assert_eq!(quoted("a\nrm -rf /\u{2028}b"), "'a rm -rf / b'");
    }

    #[test]
    fn paths_are_what_the_vendors_document() {
        let options = ToolOptions::default();
        let path_of = |t| path(&endpoint(t, &options).unwrap()).to_owned();
        assert_eq!(path_of(Target::Zendesk), "/api/v2/macros");
        assert_eq!(
            path_of(Target::Freshdesk),
            "/api/v2/canned_responses/create_multiple"
        );
        assert_eq!(
            path_of(Target::HelpScout),
            "/v2/mailboxes/${HELPSCOUT_MAILBOX_ID}/saved-replies"
        );
        assert_eq!(path_of(Target::Gorgias), "/api/macros");
        assert_eq!(path_of(Target::Front), "/message_templates");
        assert_eq!(
            path_of(Target::DiscordAutomod),
            "/api/v10/guilds/${DISCORD_GUILD_ID}/auto-moderation/rules"
        );
        assert!(endpoint(Target::RedditAutomod, &options).is_none());
    }
}
