//! The `porte-voix` command line, run as a real process: outputs, messages and exit codes.
#![cfg(feature = "schema")]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn porte_voix(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_porte-voix"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn example(lang: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../public/examples/luciole-{lang}.charter.json"))
        .to_string_lossy()
        .into_owned()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_file(name: &str, content: &str) -> String {
    let path = std::env::temp_dir().join(format!("porte-voix-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_valid_charter_exits_0() {
    let out = porte_voix(&["validate", &example("en")], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no errors, no warnings"));
}

#[test]
fn a_charter_with_errors_exits_1_and_names_the_field() {
    let file = temp_file(
        "errors.json",
        r#"{"format":"porte-voix/charter","version":1,"personas":[{"id":"p","name":""}]}"#,
    );
    let out = porte_voix(&["validate", &file], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("error /personas/0/name"), "{err}");
    assert!(err.contains("[empty-name]"), "{err}");
    assert!(out.stdout.is_empty());

    let json = porte_voix(&["validate", &file, "--json"], None);
    assert_eq!(json.status.code(), Some(1));
    let problems: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(problems
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["path"] == "/personas/0/name" && p["severity"] == "error"));
}

#[test]
fn unreadable_input_and_usage_errors_exit_2() {
    let broken = temp_file(
        "broken.json",
        "{\n  \"format\": \"porte-voix/charter\",\n  nope\n}",
    );
    let out = porte_voix(&["validate", &broken], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("line 3, column 3"),
        "{}",
        text(&out.stderr)
    );

    let newer = temp_file(
        "newer.json",
        r#"{"format":"porte-voix/charter","version":7}"#,
    );
    let out = porte_voix(&["validate", &newer], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("newer Porte-voix"),
        "{}",
        text(&out.stderr)
    );

    for args in [
        &["validate"][..],
        &["render", "x.json"],
        &["frobnicate"],
        &["render", "x", "--format", "pdf"],
        &[],
    ] {
        let out = porte_voix(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    let out = porte_voix(&["validate", "/no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read /no/such/file.json"));
}

#[test]
fn render_writes_each_format_to_stdout_or_a_file() {
    let en = example("en");
    let md = porte_voix(&["render", &en, "--format", "markdown"], None);
    assert_eq!(md.status.code(), Some(0));
    assert!(text(&md.stdout).starts_with("# Luciole community response charter\n"));

    let json = porte_voix(&["render", &en, "--format=json"], None);
    assert_eq!(
        text(&json.stdout),
        std::fs::read_to_string(&en).unwrap(),
        "canonical JSON"
    );

    let templates = porte_voix(&["render", &en, "-f", "templates-json"], None);
    let list: serde_json::Value = serde_json::from_slice(&templates.stdout).unwrap();
    assert!(list.as_array().unwrap().len() >= 14);

    let out_file = std::env::temp_dir().join(format!("porte-voix-cli-{}-t.md", std::process::id()));
    let out = porte_voix(
        &[
            "render",
            &en,
            "--format",
            "templates-markdown",
            "-o",
            out_file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&out_file)
        .unwrap()
        .starts_with("# Reply templates — "));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let bytes = std::fs::read(example("fr")).unwrap();
    let out = porte_voix(&["render", "-", "--format", "markdown"], Some(&bytes));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("## Plan de crise"));
}

#[test]
fn check_explains_each_template_problem_and_exits_1_on_errors() {
    let clean = porte_voix(&["check", &example("fr")], None);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));

    let mut charter: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("en")).unwrap()).unwrap();
    charter["templates"][0]["body"]["en"] = "Sorry, but it's the carrier's fault.".into();
    let file = temp_file("bad-template.json", &charter.to_string());
    let out = porte_voix(&["check", &file], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("error /templates/0/body/en [0..10] “Sorry, but”"),
        "{err}"
    );
    assert!(
        err.contains("[no-excuse]")
            && err.contains("[empathy-first]")
            && err.contains("[private-channel]"),
        "{err}"
    );
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = porte_voix(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/schema/charter-1.schema.json"
    ))
    .unwrap();
    assert_eq!(text(&out.stdout), committed);
}

#[test]
fn messages_follow_a_french_locale() {
    let broken = temp_file("broken-fr.json", "[");
    let out = Command::new(env!("CARGO_BIN_EXE_porte-voix"))
        .args(["validate", &broken])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("n’est pas du JSON valide"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn render_for_each_tool_writes_its_file_and_lists_what_did_not_fit_on_stderr() {
    for format in [
        "zendesk",
        "freshdesk",
        "helpscout",
        "gorgias",
        "front",
        "discord-automod",
    ] {
        let out = porte_voix(&["render", &example("en"), "--format", format], None);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            text(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect(format);
        assert!(json.is_object() || json.is_array(), "{format}");
        assert!(
            text(&out.stderr).contains(&format!("{format}: ")),
            "{format}: {}",
            text(&out.stderr)
        );
    }
    // the example's status page has no Zendesk field: said on stderr, with the path
    let out = porte_voix(&["render", &example("en"), "--format", "zendesk"], None);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "(/templates/5/body/en): Changed: Zendesk has no equivalent for {{status_page}}"
        ),
        "{stderr}"
    );
    // in French when LANG says so
    let out = Command::new(env!("CARGO_BIN_EXE_porte-voix"))
        .args(["render", &example("fr"), "--format", "reddit-automod"])
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(text(&out.stdout).starts_with("# Porte-voix"));
    assert!(
        text(&out.stderr).contains("Non exporté : la règle n’a ni mots-clés"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn tool_options_are_checked_and_used() {
    let out = porte_voix(
        &[
            "render",
            &example("en"),
            "--format",
            "discord-automod",
            "--discord-alert-channel",
            "12345678901234567",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("\"channel_id\": \"12345678901234567\""));
    assert!(
        !text(&out.stderr).contains("To fill in"),
        "{}",
        text(&out.stderr)
    );

    for (flag, value) in [
        ("--discord-alert-channel", "#moderation"),
        ("--freshdesk-folder", "support"),
        ("--discord-timeout", "one day"),
    ] {
        let out = porte_voix(
            &[
                "render",
                &example("en"),
                "--format",
                "freshdesk",
                flag,
                value,
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(text(&out.stderr).contains(flag), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn diff_exits_0_when_equal_1_when_different_2_when_unreadable() {
    let same = porte_voix(&["diff", &example("en"), &example("en")], None);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stderr));
    assert!(text(&same.stdout).contains("No changes."));

    let mut changed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("en")).unwrap()).unwrap();
    changed["personas"][0]["name"] = "Camille, new parent".into();
    changed["templates"].as_array_mut().unwrap().remove(0);
    let file = temp_file("changed.json", &changed.to_string());
    let out = porte_voix(&["diff", &example("en"), &file], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let log = text(&out.stdout);
    assert!(log.starts_with("# Changes: "), "{log}");
    assert!(log.contains("  - Changed: Camille, new parent\n    - `name`: Camille, young parent → Camille, new parent"), "{log}");
    assert!(log.contains("  - Removed: "), "{log}");
    assert!(text(&out.stderr).contains("0 added, 1 removed, 1 changed"));

    let broken = temp_file("broken.json", "{");
    let out = porte_voix(&["diff", &example("en"), &broken], None);
    assert_eq!(out.status.code(), Some(2));
    let out = porte_voix(&["diff", &example("en")], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("diff needs two files"));
}

#[test]
fn render_adds_the_changes_since_an_older_version() {
    let mut older: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example("en")).unwrap()).unwrap();
    older["meta"]["version_label"] = "0.9".into();
    older["personas"].as_array_mut().unwrap().pop();
    let file = temp_file("older.json", &older.to_string());
    let out = porte_voix(
        &[
            "render",
            &example("en"),
            "--format",
            "markdown",
            "--changes-since",
            &file,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    let at = md.find("\n## Changes since 0.9\n").expect("the section");
    assert!(md[at..].contains("  - Added: Martine"), "{}", &md[at..]);
    let out = porte_voix(
        &[
            "render",
            &example("en"),
            "--format",
            "json",
            "--changes-since",
            &file,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}
