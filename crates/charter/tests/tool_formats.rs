//! The exports to other tools, read back by an independent parser into test-only structs that
//! mirror each vendor's documented fields (`deny_unknown_fields`: a field the vendor does not
//! document fails the test), then checked against the vendor's limits. Nothing here uses the
//! exporter's own types.
//!
//! Three kinds of charters go through: the two examples, generated ones, and a hostile one
//! built to break every limit. For each, every item of the charter is either in the file or
//! named in a note: nothing is dropped or cut without a word.

use std::collections::HashSet;

use charter::document::{
    ModerationAction, ModerationCategory, ModerationRule, Placeholder, ReplyTemplate, Situation,
    StandardField,
};
use charter::generate::{self, Size};
use charter::json::from_json;
use charter::tools::{self, Outcome, Target, ToolExport, ToolOptions};
use charter::{Charter, Lang};
use serde::Deserialize;

// ---- the vendors' documented shapes -------------------------------------------------------

/// `POST /api/v2/macros` takes `{"macro": {...}}`, one per call.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZendeskCreate {
    #[serde(rename = "macro")]
    item: ZendeskMacro,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZendeskMacro {
    title: String,
    description: String,
    active: bool,
    actions: Vec<ZendeskAction>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZendeskAction {
    field: String,
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FreshdeskFile {
    canned_responses: Vec<FreshdeskResponse>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FreshdeskResponse {
    title: String,
    content_html: String,
    folder_id: u64,
    visibility: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelpScoutReply {
    name: String,
    text: String,
    #[serde(rename = "chatText")]
    chat_text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GorgiasMacro {
    name: String,
    language: String,
    actions: Vec<GorgiasAction>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GorgiasAction {
    name: String,
    title: String,
    #[serde(rename = "type")]
    kind: String,
    arguments: GorgiasArguments,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GorgiasArguments {
    body_text: Option<String>,
    body_html: Option<String>,
    tags: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontTemplate {
    name: String,
    body: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordRule {
    name: String,
    event_type: u8,
    trigger_type: u8,
    trigger_metadata: DiscordTrigger,
    actions: Vec<DiscordAction>,
    enabled: bool,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordTrigger {
    keyword_filter: Vec<String>,
    regex_patterns: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordAction {
    #[serde(rename = "type")]
    kind: u8,
    metadata: DiscordMetadata,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscordMetadata {
    custom_message: Option<String>,
    channel_id: Option<String>,
    duration_seconds: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AutoModeratorRule {
    #[serde(rename = "type")]
    kind: String,
    #[serde(rename = "title+body (includes-word)")]
    includes_word: Option<Vec<String>>,
    #[serde(rename = "title+body (regex)")]
    regex: Option<Vec<String>>,
    action: Option<String>,
    action_reason: String,
    comment: Option<String>,
}

// ---- the charters ---------------------------------------------------------------------------

fn example(name: &str) -> Charter {
    let path = format!(
        "{}/../../public/examples/{name}.charter.json",
        env!("CARGO_MANIFEST_DIR")
    );
    from_json(&std::fs::read(path).unwrap()).unwrap().charter
}

/// A charter built to break every documented limit at least once.
fn hostile() -> Charter {
    let mut c = example("luciole-en");
    c.placeholders.push(Placeholder {
        id: "placeholder-9".into(),
        name: "coupon".into(),
        description: "A discount code".into(),
        sample: "SORRY10".into(),
        stands_for: None,
    });
    c.placeholders[0].stands_for = Some(StandardField::CustomerFirstName);
    let rule = |id: &str, keywords: Vec<String>, patterns: Vec<String>| ModerationRule {
        id: id.into(),
        category: ModerationCategory::Insult,
        covers: "Insults".into(),
        keywords: keywords.into(),
        patterns: patterns.into(),
        action: ModerationAction::MuteOrBan,
        ..ModerationRule::default()
    };
    let long_keyword = "x".repeat(61);
    c.moderation.rules = vec![
        // one keyword too long, one pattern invalid, one too long, one fine
        rule(
            "rule-a",
            vec!["ok".into(), long_keyword, " ".into()],
            vec![
                "(unclosed".into(),
                format!("a{}", "b".repeat(260)),
                r"\bfine\b".into(),
            ],
        ),
        // 1,001 keywords: over Discord's 1,000
        rule(
            "rule-b",
            (0..1_001).map(|i| format!("w{i}")).collect(),
            vec![],
        ),
        // 11 patterns: over Discord's 10
        rule("rule-c", vec![], (0..11).map(|i| format!("p{i}")).collect()),
        // a block message over 150 characters
        ModerationRule {
            covers: "c".repeat(200),
            ..rule("rule-d", vec!["kw".into()], vec![])
        },
    ];
    // seven more valid rules: over Discord's six per server
    for i in 0..7 {
        c.moderation
            .rules
            .push(rule(&format!("rule-{i}"), vec![format!("k{i}")], vec![]));
    }
    // a troll rule that replies once (AutoModerator's comment), then a troll reply over the
    // 9,800 characters a comment can hold, with markup and a coupon placeholder
    c.moderation.rules.push(ModerationRule {
        category: ModerationCategory::Troll,
        action: ModerationAction::ReplyOnce,
        ..rule("rule-troll", vec!["troll".into()], vec![])
    });
    c.templates.insert(
        0,
        ReplyTemplate {
            id: "template-long".into(),
            title: "Long troll reply".into(),
            situation: Situation::Troll,
            body: charter::document::LocalizedText {
                en: Some(format!(
                    "<script>alert(1)</script> {{{{coupon}}}} {}",
                    "a ".repeat(6_000)
                )),
                fr: None,
            },
            ..ReplyTemplate::default()
        },
    );
    c
}

const SMALL: Size = Size {
    personas: 3,
    channels: 4,
    templates: 12,
};

fn corpus() -> Vec<(String, Charter)> {
    let mut all = vec![
        ("luciole-fr".to_owned(), example("luciole-fr")),
        ("luciole-en".to_owned(), example("luciole-en")),
        ("hostile".to_owned(), hostile()),
    ];
    for seed in 0..40 {
        all.push((format!("generated-{seed}"), generate::charter(seed, SMALL)));
    }
    all
}

// ---- checks shared by the helpdesks ---------------------------------------------------------

/// The placeholders each helpdesk documents; anything else in braces would print as is.
fn vendor_placeholders(target: Target) -> &'static [&'static str] {
    match target {
        Target::Zendesk => &[
            "{{ticket.requester.first_name}}",
            "{{ticket.requester.name}}",
            "{{current_user.name}}",
            "{{ticket.id}}",
        ],
        Target::Freshdesk => &[
            "{{ticket.requester.firstname}}",
            "{{ticket.requester.name}}",
            "{{ticket.agent.name}}",
            "{{ticket.id}}",
        ],
        Target::HelpScout => &[
            "{%customer.firstName%}",
            "{%customer.fullName%}",
            "{%user.fullName%}",
            "{%conversation.number%}",
        ],
        Target::Gorgias => &[
            "{{ticket.customer.firstname}}",
            "{{ticket.customer.name}}",
            "{{current_user.name}}",
            "{{ticket.id}}",
        ],
        Target::Front => &[
            "{{recipient.first_name}}",
            "{{recipient.name}}",
            "{{user.name}}",
        ],
        Target::RedditAutomod => &["{{author}}"],
        Target::DiscordAutomod => &[],
    }
}

/// Every `{{…}}` / `{%…%}` in `text` is one the vendor documents.
fn assert_vendor_placeholders(target: Target, text: &str, context: &str) {
    for (open, close) in [("{{", "}}"), ("{%", "%}")] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let end = rest[start..]
                .find(close)
                .unwrap_or_else(|| panic!("{context}: unclosed {open} in {text:?}"))
                + start
                + close.len();
            let token = &rest[start..end];
            assert!(
                vendor_placeholders(target).contains(&token),
                "{context}: {token} is not a {} placeholder",
                target.name()
            );
            rest = &rest[end..];
        }
    }
}

/// HTML made from user text holds no markup of the user's: only our p and br tags.
fn assert_only_our_tags(html: &str, context: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').unwrap() + start + 1;
        let tag = &rest[start..end];
        assert!(
            ["<p>", "</p>", "<br>"].contains(&tag),
            "{context}: unexpected tag {tag} in {html}"
        );
        rest = &rest[end..];
    }
}

/// The team's words with every placeholder (ours, the vendor's, or `[name]`) and all
/// whitespace removed: an export must keep them all, in order, uncut.
fn words(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    loop {
        let next = [("{{", "}}"), ("{%", "%}"), ("[", "]")]
            .iter()
            .filter_map(|(o, c)| rest.find(o).map(|i| (i, *o, *c)))
            .min_by_key(|(i, _, _)| *i);
        match next {
            None => {
                out.push_str(rest);
                break;
            }
            Some((i, open, close)) => {
                out.push_str(&rest[..i]);
                match rest[i + open.len()..].find(close) {
                    Some(j) => rest = &rest[i + open.len() + j + close.len()..],
                    None => {
                        out.push_str(&rest[i..]);
                        break;
                    }
                }
            }
        }
    }
    out.split_whitespace().collect()
}

/// Each template text in the file's languages is in the replies' plain texts, or noted.
fn assert_every_reply_accounted_for(charter: &Charter, export: &ToolExport, plain: &[String]) {
    let langs: Vec<Lang> = if export.target == Target::Gorgias {
        Lang::ALL.to_vec()
    } else {
        vec![charter.meta.language]
    };
    let exported: HashSet<String> = plain.iter().map(|t| words(t)).collect();
    let file_left_out = export
        .notes
        .iter()
        .any(|n| n.path.is_empty() && n.outcome == Outcome::LeftOut);
    for (i, template) in charter.templates.iter().enumerate() {
        for (field, text) in [("body", &template.body), ("follow_up", &template.follow_up)] {
            for &lang in &langs {
                let Some(text) = text.get(lang).filter(|t| !t.trim().is_empty()) else {
                    continue;
                };
                let path = format!("/templates/{i}/{field}/{}", lang.code());
                let noted = export
                    .notes
                    .iter()
                    .any(|n| n.path == path && n.outcome == Outcome::LeftOut);
                assert!(
                    exported.contains(&words(text)) || noted || file_left_out,
                    "{}: {path} neither exported whole nor noted",
                    export.target.name()
                );
            }
        }
    }
}

// ---- the tests ------------------------------------------------------------------------------

fn export(charter: &Charter, target: Target) -> ToolExport {
    tools::export(charter, target, &ToolOptions::default())
}

#[test]
fn zendesk_macros_read_back_with_the_documented_fields() {
    for (name, c) in corpus() {
        let export = export(&c, Target::Zendesk);
        let bodies: Vec<ZendeskCreate> = serde_json::from_str(&export.text).expect(&name);
        assert_eq!(bodies.len(), export.items, "{name}");
        let mut plain = Vec::new();
        for m in bodies.iter().map(|b| &b.item) {
            assert!(!m.title.trim().is_empty() && m.active, "{name}");
            assert!(!m.description.is_empty(), "{name}");
            let fields: Vec<&str> = m.actions.iter().map(|a| a.field.as_str()).collect();
            assert_eq!(
                fields,
                [
                    "comment_value_html",
                    "comment_mode_is_public",
                    "current_tags"
                ],
                "{name}"
            );
            let html = &m.actions[0].value;
            assert_only_our_tags(html, &name);
            assert_vendor_placeholders(Target::Zendesk, html, &name);
            assert!(["true", "false"].contains(&m.actions[1].value.as_str()));
            // Zendesk tags: lowercase, no spaces inside a tag
            assert!(m.actions[2]
                .value
                .split(' ')
                .all(|t| !t.is_empty() && t == t.to_lowercase()));
            plain.push(unescape_html(html));
        }
        assert_every_reply_accounted_for(&c, &export, &plain);
    }
}

#[test]
fn freshdesk_canned_responses_read_back_with_the_documented_fields() {
    for (name, c) in corpus() {
        let export = export(&c, Target::Freshdesk);
        let file: FreshdeskFile = serde_json::from_str(&export.text).expect(&name);
        let mut plain = Vec::new();
        // without a folder, Freshdesk refuses every shared response: none is written, and
        // that is said once for the file
        assert!(file.canned_responses.is_empty(), "{name}");
        let said = export
            .notes
            .iter()
            .any(|n| n.path.is_empty() && n.outcome == Outcome::LeftOut);
        assert_every_reply_accounted_for(&c, &export, &plain);
        // with one, every response is there, in it
        let options = ToolOptions {
            freshdesk_folder_id: Some(42),
            ..ToolOptions::default()
        };
        let export = tools::export(&c, Target::Freshdesk, &options);
        assert_eq!(
            said,
            export.items > 0,
            "{name}: the missing folder is said when it matters"
        );
        let file: FreshdeskFile = serde_json::from_str(&export.text).expect(&name);
        for r in &file.canned_responses {
            assert!(!r.title.trim().is_empty(), "{name}");
            assert!(r.visibility <= 2, "{name}: visibility is 0, 1 or 2");
            assert_eq!(r.folder_id, 42);
            assert_only_our_tags(&r.content_html, &name);
            assert_vendor_placeholders(Target::Freshdesk, &r.content_html, &name);
            plain.push(unescape_html(&r.content_html));
        }
        assert_every_reply_accounted_for(&c, &export, &plain);
    }
    // with a folder, it is written and nothing is left to fill in
    let c = example("luciole-en");
    let options = ToolOptions {
        freshdesk_folder_id: Some(42),
        ..ToolOptions::default()
    };
    let export = tools::export(&c, Target::Freshdesk, &options);
    let file: FreshdeskFile = serde_json::from_str(&export.text).unwrap();
    assert!(!file.canned_responses.is_empty());
    assert!(export.notes.iter().all(|n| !n.path.is_empty()));
}

#[test]
fn help_scout_saved_replies_read_back_with_the_documented_fields() {
    for (name, c) in corpus() {
        let export = export(&c, Target::HelpScout);
        let saved_replies: Vec<HelpScoutReply> = serde_json::from_str(&export.text).expect(&name);
        for r in &saved_replies {
            assert!(!r.name.trim().is_empty(), "{name}");
            assert_only_our_tags(&r.text, &name);
            assert!(!r.chat_text.contains("<p>"), "{name}: chatText is plain");
            assert_eq!(
                words(&unescape_html(&r.text)),
                words(&r.chat_text),
                "{name}"
            );
            assert_vendor_placeholders(Target::HelpScout, &r.chat_text, &name);
        }
        let plain: Vec<String> = saved_replies.iter().map(|r| r.chat_text.clone()).collect();
        assert_every_reply_accounted_for(&c, &export, &plain);
    }
}

#[test]
fn gorgias_macros_read_back_in_both_languages() {
    for (name, c) in corpus() {
        let export = export(&c, Target::Gorgias);
        let macros: Vec<GorgiasMacro> = serde_json::from_str(&export.text).expect(&name);
        let names: HashSet<&str> = macros.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names.len(),
            macros.len(),
            "{name}: Gorgias refuses two macros with one name"
        );
        let mut plain = Vec::new();
        for m in &macros {
            assert!(!m.name.trim().is_empty(), "{name}");
            assert!(
                ["fr", "en"].contains(&m.language.as_str()),
                "{name}: ISO 639-1"
            );
            let reply = m
                .actions
                .iter()
                .find(|a| a.name == "setResponseText")
                .expect("a response action");
            assert_eq!(
                (reply.kind.as_str(), reply.title.is_empty()),
                ("user", false)
            );
            let tags = m
                .actions
                .iter()
                .find(|a| a.name == "addTags")
                .expect("tags");
            assert!(tags
                .arguments
                .tags
                .as_deref()
                .unwrap()
                .starts_with("porte-voix"));
            let text = reply.arguments.body_text.clone().expect("body_text");
            let html = reply.arguments.body_html.clone().expect("body_html");
            assert_only_our_tags(&html, &name);
            assert_eq!(words(&unescape_html(&html)), words(&text), "{name}");
            assert_vendor_placeholders(Target::Gorgias, &text, &name);
            plain.push(text);
        }
        assert_every_reply_accounted_for(&c, &export, &plain);
    }
    // the examples are written in both languages: both are exported
    let macros: Vec<GorgiasMacro> =
        serde_json::from_str(&export(&example("luciole-fr"), Target::Gorgias).text).unwrap();
    let langs: HashSet<&str> = macros.iter().map(|m| m.language.as_str()).collect();
    assert_eq!(langs, HashSet::from(["fr", "en"]));
}

#[test]
fn front_message_templates_read_back_with_the_documented_fields() {
    for (name, c) in corpus() {
        let export = export(&c, Target::Front);
        let templates: Vec<FrontTemplate> = serde_json::from_str(&export.text).expect(&name);
        let mut plain = Vec::new();
        for t in &templates {
            assert!(!t.name.trim().is_empty(), "{name}");
            assert_only_our_tags(&t.body, &name);
            assert_vendor_placeholders(Target::Front, &t.body, &name);
            plain.push(unescape_html(&t.body));
        }
        assert_every_reply_accounted_for(&c, &export, &plain);
    }
}

#[test]
fn discord_rules_keep_within_every_documented_limit() {
    let with_channel = ToolOptions {
        discord_alert_channel_id: Some("123456789012345678".into()),
        ..ToolOptions::default()
    };
    for ((name, c), options) in corpus().into_iter().flat_map(|x| {
        [
            (x.clone(), ToolOptions::default()),
            (x, with_channel.clone()),
        ]
    }) {
        let export = tools::export(&c, Target::DiscordAutomod, &options);
        let rules: Vec<DiscordRule> = serde_json::from_str(&export.text).expect(&name);
        assert!(rules.len() <= 6, "{name}: 6 keyword rules per server");
        for rule in &rules {
            assert!(!rule.name.is_empty() && rule.name.chars().count() <= 100 && rule.enabled);
            assert_eq!((rule.event_type, rule.trigger_type), (1, 1), "{name}");
            let t = &rule.trigger_metadata;
            assert!(!t.keyword_filter.is_empty() || !t.regex_patterns.is_empty());
            assert!(t.keyword_filter.len() <= 1_000, "{name}");
            assert!(
                t.keyword_filter.iter().all(|k| k.chars().count() <= 60),
                "{name}"
            );
            assert!(t.regex_patterns.len() <= 10, "{name}");
            for pattern in &t.regex_patterns {
                assert!(pattern.chars().count() <= 260, "{name}");
                // Discord reads Rust regex: the regex crate itself must accept it
                assert!(regex::Regex::new(pattern).is_ok(), "{name}: {pattern}");
            }
            assert!(!rule.actions.is_empty(), "{name}");
            for action in &rule.actions {
                let m = &action.metadata;
                match action.kind {
                    1 => {
                        assert!(m.channel_id.is_none() && m.duration_seconds.is_none());
                        if let Some(message) = &m.custom_message {
                            assert!(message.chars().count() <= 150, "{name}");
                        }
                    }
                    2 => assert_eq!(
                        m.channel_id, options.discord_alert_channel_id,
                        "{name}: alerts name the channel given, and only then"
                    ),
                    3 => assert!(m.duration_seconds.is_some_and(|s| s <= 2_419_200)),
                    other => panic!("{name}: unknown action type {other}"),
                }
            }
        }
        // every keyword and pattern of every rule is in the file, or noted
        for (i, rule) in c.moderation.rules.iter().enumerate() {
            let rule_noted = export.notes.iter().any(|n| {
                n.path == format!("/moderation/rules/{i}") && n.outcome == Outcome::LeftOut
            });
            let in_file = |value: &str| {
                rules.iter().any(|r| {
                    r.trigger_metadata.keyword_filter.iter().any(|k| k == value)
                        || r.trigger_metadata.regex_patterns.iter().any(|p| p == value)
                })
            };
            for (field, values) in [("keywords", &rule.keywords), ("patterns", &rule.patterns)] {
                for (j, value) in values.indexed() {
                    let noted = export
                        .notes
                        .iter()
                        .any(|n| n.path == format!("/moderation/rules/{i}/{field}/{j}"));
                    assert!(
                        rule_noted || noted || in_file(value.trim()),
                        "{name}: rule {i} {field} {j} ({value}) neither exported nor noted"
                    );
                }
            }
        }
    }
}

#[test]
fn the_hostile_charter_is_reported_item_by_item() {
    let c = hostile();
    let discord = export(&c, Target::DiscordAutomod);
    let paths: Vec<(&str, Outcome)> = discord
        .notes
        .iter()
        .map(|n| (n.path.as_str(), n.outcome))
        .collect();
    for expected in [
        "/moderation/rules/0/keywords/1", // 61 characters
        "/moderation/rules/0/patterns/0", // invalid
        "/moderation/rules/0/patterns/1", // 261 characters
        "/moderation/rules/1",            // 1,001 keywords
        "/moderation/rules/2",            // 11 patterns
        "/moderation/rules/3/covers",     // block message over 150
        "/moderation/rules/9",            // the seventh and eighth valid rules
        "/moderation/rules/10",
    ] {
        assert!(
            paths.contains(&(expected, Outcome::LeftOut)),
            "{expected} not reported: {paths:?}"
        );
    }
    // the reasons are specific and in the language asked for
    let invalid = discord
        .notes
        .iter()
        .find(|n| n.path == "/moderation/rules/0/patterns/0")
        .unwrap();
    assert!(
        invalid.message(Lang::En).contains("unclosed group"),
        "{}",
        invalid.message(Lang::En)
    );
    assert!(invalid.message(Lang::Fr).starts_with("Non exporté"));
    // with a timeout beyond 28 days, the timeout action is left out, and said
    let too_long = tools::export(
        &c,
        Target::DiscordAutomod,
        &ToolOptions {
            discord_timeout_seconds: 2_419_201,
            ..ToolOptions::default()
        },
    );
    assert!(too_long
        .notes
        .iter()
        .any(|n| n.path == "/moderation/rules/0/action" && n.outcome == Outcome::LeftOut));

    // Reddit: the 12,000-character troll reply is not posted, and that is said
    let reddit = export(&c, Target::RedditAutomod);
    assert!(reddit.notes.iter().any(|n| n.path == "/templates/0/body/en"
        && n.outcome == Outcome::LeftOut
        && n.message(Lang::En).contains("9800")));
    // Zendesk: {{coupon}} has no equivalent; the markup is escaped, not run
    let zendesk = export(&c, Target::Zendesk);
    assert!(zendesk
        .notes
        .iter()
        .any(|n| n.path == "/templates/0/body/en" && n.message(Lang::En).contains("{{coupon}}")));
    assert!(zendesk.text.contains("&lt;script&gt;"));
    assert!(!zendesk.text.contains("<script>"));
}

#[test]
fn automoderator_yaml_reads_back_one_rule_per_document() {
    for (name, c) in corpus() {
        let export = export(&c, Target::RedditAutomod);
        if export.items == 0 {
            // no rule to write: comments only (a YAML parser reads one empty document)
            assert!(export.text.lines().all(|l| l.starts_with('#')), "{name}");
            continue;
        }
        let mut count = 0;
        for document in serde_yaml::Deserializer::from_str(&export.text) {
            let rule = AutoModeratorRule::deserialize(document)
                .unwrap_or_else(|e| panic!("{name}: {e}\n{}", export.text));
            count += 1;
            assert_eq!(rule.kind, "any");
            let checks = [&rule.includes_word, &rule.regex];
            assert_eq!(
                checks
                    .iter()
                    .filter(|c| c.as_ref().is_some_and(|v| !v.is_empty()))
                    .count(),
                1,
                "{name}: one check per document"
            );
            for pattern in rule.regex.iter().flatten() {
                assert!(regex::Regex::new(pattern).is_ok(), "{name}: {pattern}");
            }
            if let Some(action) = &rule.action {
                assert!(
                    ["remove", "filter", "report"].contains(&action.as_str()),
                    "{action}"
                );
            }
            assert!(
                rule.action.is_some() || rule.comment.is_some(),
                "{name}: does something"
            );
            assert!(!rule.action_reason.is_empty() && !rule.action_reason.contains('\n'));
            if let Some(comment) = &rule.comment {
                assert!(comment.chars().count() <= 9_800, "{name}");
                assert!(
                    rule.action.as_deref().is_none_or(|a| a == "report"),
                    "{name}: no public reply under a post the rule takes down"
                );
                assert_vendor_placeholders(Target::RedditAutomod, comment, &name);
            }
        }
        assert_eq!(count, export.items, "{name}");
    }
    // the example's troll reply is posted whole on a troll rule that replies once, and never
    // under the insult rule, which hides the post
    let mut c = example("luciole-en");
    let troll_rule = c
        .moderation
        .rules
        .iter_mut()
        .find(|r| r.category == ModerationCategory::Troll)
        .unwrap();
    troll_rule.keywords = vec!["troll".to_owned()].into();
    let troll = c
        .templates
        .iter()
        .find(|t| t.situation == Situation::Troll)
        .unwrap();
    let export = export(&c, Target::RedditAutomod);
    let comments: Vec<String> = serde_yaml::Deserializer::from_str(&export.text)
        .filter_map(|d| AutoModeratorRule::deserialize(d).unwrap().comment)
        .collect();
    assert!(!comments.is_empty());
    for comment in comments {
        assert_eq!(words(&comment), words(troll.body.en.as_deref().unwrap()));
    }
}

/// The text of our HTML: tags dropped, the five entities decoded.
fn unescape_html(html: &str) -> String {
    html.replace("<br>", "\n")
        .replace("</p><p>", "\n\n")
        .replace("<p>", "")
        .replace("</p>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

// ---- AutoModerator as Reddit runs it: PyYAML and Python's `re` -----------------------------

/// Reads each YAML with PyYAML's `safe_load_all` (the YAML 1.1 parser AutoModerator runs on)
/// and compiles each check's patterns with Python's `re` joined as AutoModerator joins them:
/// `(p1|p2|…)`, case-insensitive, Unicode, dot matching newlines. Prints, per file, the documents
/// as JSON and the patterns `re` refused.
const PYTHON_AUTOMODERATOR: &str = r#"
import json, re, sys, yaml
out = []
for item in json.load(sys.stdin):
    try:
        docs = [d for d in yaml.safe_load_all(item["yaml"]) if d is not None]
    except yaml.YAMLError as e:
        out.append({"name": item["name"], "error": str(e)})
        continue
    refused = []
    for d in docs:
        for key, values in d.items():
            if key.endswith("(regex)"):
                joined = "(%s)" % "|".join(values)
                try:
                    re.compile(joined, re.DOTALL | re.UNICODE | re.IGNORECASE)
                except re.error as e:
                    refused.append("%s: %s" % (joined, e))
    out.append({"name": item["name"], "docs": docs, "refused": refused})
json.dump(out, sys.stdout)
"#;

fn python_automoderator(files: &[(String, String)]) -> Vec<serde_json::Value> {
    use std::io::Write;
    let input: Vec<serde_json::Value> = files
        .iter()
        .map(|(name, yaml)| serde_json::json!({"name": name, "yaml": yaml}))
        .collect();
    let mut child = std::process::Command::new("python3")
        .args(["-c", PYTHON_AUTOMODERATOR])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 with PyYAML (scripts/install-tools installs python3-yaml)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&input).unwrap().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "python3 failed");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Text from other people, with every character that has broken a YAML or JSON file: the line
/// breaks PyYAML sees (U+0085, U+2028, U+2029), C1 and other controls, U+007F, U+FEFF, U+FFFF,
/// YAML's own syntax (`: `, `#`, `---`, quotes, `|`, `&`, `*`, `!`), template syntax, emoji and
/// right-to-left text.
const HOSTILE_TEXTS: [&str; 8] = [
    "Hello line one\u{2028}action: approve",
    "\u{2029}---\nx: y",
    "bad\u{85}bytes\u{7f}\u{9b}\u{1b}[31m\u{feff}\u{ffff}",
    "\"quoted\" 'single' # not a comment | > & * ! %",
    "{% if %} {{first_name} }}{{",
    "مرحبا بالعالم \u{202e}txet\u{202c} שלום",
    "👩🏽‍🚀 e\u{301}\u{301} \t tab\r\nCRLF",
    "---\n...\n- list: [a, b]\n? key",
];

fn unicode_charter() -> Charter {
    let mut c = example("luciole-en");
    c.moderation.rules = HOSTILE_TEXTS
        .iter()
        .enumerate()
        .map(|(i, text)| ModerationRule {
            id: format!("rule-{}", i + 1),
            category: if i % 2 == 0 {
                ModerationCategory::Troll
            } else {
                ModerationCategory::Spam
            },
            covers: (*text).to_owned(),
            keywords: vec![(*text).to_owned(), format!("kw{i}")].into(),
            patterns: vec![format!("kw{i}\\d+")].into(),
            action: if i % 2 == 0 {
                ModerationAction::ReplyOnce
            } else {
                ModerationAction::Delete
            },
            ..ModerationRule::default()
        })
        .collect();
    let troll = c
        .templates
        .iter_mut()
        .find(|t| t.situation == Situation::Troll)
        .unwrap();
    troll.body.en = Some(HOSTILE_TEXTS.join(" / "));
    for (template, text) in c.templates.iter_mut().zip(HOSTILE_TEXTS.iter().cycle()) {
        template.title = format!("{} {text}", template.title);
    }
    c
}

#[test]
fn automoderator_files_load_in_pyyaml_and_their_patterns_compile_in_python_re() {
    let mut files: Vec<(String, String)> = corpus()
        .into_iter()
        .map(|(name, c)| (name, export(&c, Target::RedditAutomod).text))
        .collect();
    let unicode = unicode_charter();
    files.push((
        "unicode".to_owned(),
        export(&unicode, Target::RedditAutomod).text,
    ));
    let results = python_automoderator(&files);
    for result in &results {
        let name = result["name"].as_str().unwrap();
        assert!(
            result.get("error").is_none(),
            "{name}: PyYAML: {}",
            result["error"]
        );
        assert_eq!(result["refused"], serde_json::json!([]), "{name}");
        // PyYAML and serde_yaml (YAML 1.2) read the same documents
        let yaml = &files.iter().find(|(n, _)| n == name).unwrap().1;
        let ours: Vec<serde_json::Value> = serde_yaml::Deserializer::from_str(yaml)
            .filter_map(|d| serde_json::Value::deserialize(d).ok())
            .filter(|v| !v.is_null())
            .collect();
        assert_eq!(result["docs"], serde_json::Value::from(ours), "{name}");
    }
    // the hostile text reaches AutoModerator as the same strings, and no rule changed action
    let docs = results.last().unwrap()["docs"].as_array().unwrap().clone();
    for (i, rule) in unicode.moderation.rules.iter().enumerate() {
        // the keywords as the charter holds them (one per line, trimmed)
        let keywords: serde_json::Value = rule.keywords.entries().collect::<Vec<_>>().into();
        let doc = docs
            .iter()
            .find(|d| d["title+body (includes-word)"] == keywords)
            .unwrap_or_else(|| panic!("rule {i}: keywords not read back as written"));
        let expected = if i % 2 == 0 { None } else { Some("remove") };
        assert_eq!(doc["action"].as_str(), expected, "rule {i}");
        // type, the check, the reason, and the action or (replying once) the comment: no key
        // smuggled in by the text
        assert_eq!(doc.as_object().unwrap().len(), 4, "rule {i}: {doc}");
        if i % 2 == 0 {
            assert_eq!(
                doc["comment"].as_str().unwrap(),
                // the template engine's {{ and {% are split by a space
                HOSTILE_TEXTS
                    .join(" / ")
                    .replace("{{", "{ {")
                    .replace("{%", "{ %")
                    .trim(),
                "rule {i}"
            );
        }
    }
}
