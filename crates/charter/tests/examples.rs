//! The two example charters: complete, valid, and rendered exactly as the golden files say.
//! After an intended change of output, regenerate the golden files with
//! `UPDATE_GOLDEN=1 cargo test -p porte-voix-charter --test examples` and review the diff.

use std::collections::HashSet;
use std::path::PathBuf;

use charter::document::Situation;
use charter::json::from_json;
use charter::tools::{self, Target, ToolOptions};
use charter::validate::validate;
use charter::{markdown, template_export, Charter, Lang};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> Charter {
    let path = repo()
        .join("public/examples")
        .join(format!("{name}.charter.json"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let imported = from_json(&bytes).unwrap_or_else(|e| panic!("{name}: {}", e.message(Lang::En)));
    assert!(
        imported.notices.is_empty(),
        "{name}: {:?}",
        imported.notices
    );
    imported.charter
}

const EXAMPLES: [(&str, Lang); 2] = [("luciole-fr", Lang::Fr), ("luciole-en", Lang::En)];

#[test]
fn examples_are_valid_and_complete() {
    for (name, lang) in EXAMPLES {
        let c = example(name);
        assert_eq!(c.meta.language, lang, "{name}");
        assert_eq!(validate(&c), [], "{name}");
        assert!(
            !c.meta.title.is_empty() && !c.meta.brand.is_empty(),
            "{name}: meta"
        );
        assert!(
            !c.voice.tone.is_empty() && !c.voice.words_to_avoid.is_empty(),
            "{name}: voice"
        );
        assert!(c.personas.len() >= 3, "{name}: personas");
        assert!(c.channels.len() >= 3, "{name}: channels");
        assert!(
            !c.response_times.targets.is_empty(),
            "{name}: response times"
        );
        assert!(
            !c.moderation.rules.is_empty() && !c.moderation.house_rules.is_empty(),
            "{name}: moderation"
        );
        let crisis = &c.crisis;
        assert!(
            !crisis.triggers.is_empty()
                && !crisis.escalation.is_empty()
                && !crisis.holding_statements.is_empty(),
            "{name}: crisis"
        );
        assert!(
            !c.engagement.rituals.is_empty() && !c.engagement.listening.tools.is_empty(),
            "{name}: engagement"
        );
        assert!(!c.placeholders.is_empty(), "{name}: placeholders");
        let situations: HashSet<Situation> = c.templates.iter().map(|t| t.situation).collect();
        for situation in Situation::ALL {
            assert!(
                situations.contains(&situation),
                "{name}: no template for {situation:?}"
            );
        }
        // complaints come as a pair: public reply and private follow-up
        assert!(
            c.templates
                .iter()
                .any(|t| t.situation == Situation::Complaint && !t.follow_up.is_empty()),
            "{name}"
        );
        // every template is written in both languages
        for t in &c.templates {
            assert!(
                t.body.fr.is_some() && t.body.en.is_some(),
                "{name}: {}",
                t.id
            );
        }
    }
}

#[test]
fn example_files_are_in_canonical_form() {
    for (name, _) in EXAMPLES {
        let path = repo()
            .join("public/examples")
            .join(format!("{name}.charter.json"));
        let canonical = charter::json::to_json(&example(name));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &canonical).unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            canonical, text,
            "{name}: not as the exporter writes it (UPDATE_GOLDEN=1 cargo test -p porte-voix-charter rewrites it)"
        );
    }
}

/// Compares `actual` with a golden file, or rewrites it when UPDATE_GOLDEN is set.
fn golden(file: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{file} differs from the output at line {}:\n  golden: {:?}\n  actual: {:?}\n\
             If the change is intended: UPDATE_GOLDEN=1 cargo test -p porte-voix-charter --test examples",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn examples_render_as_the_golden_files() {
    for (name, _) in EXAMPLES {
        let c = example(name);
        golden(&format!("{name}-charter.md"), &markdown::render(&c));
        golden(
            &format!("{name}-templates.md"),
            &markdown::render_templates(&c),
        );
        golden(
            &format!("{name}-templates.json"),
            &template_export::templates_json(&c),
        );
        // each tool's file, and what it reports did not fit (in the charter's language)
        for target in Target::ALL {
            let export = tools::export(&c, target, &ToolOptions::default());
            golden(
                &format!("{name}-{}.{}", target.slug(), target.extension()),
                &export.text,
            );
            let notes: String = export
                .notes
                .iter()
                .map(|n| format!("{} | {} | {}\n", n.path, n.item, n.message(c.meta.language)))
                .collect();
            golden(&format!("{name}-{}-notes.txt", target.slug()), &notes);
        }
    }
}
