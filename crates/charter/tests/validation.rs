//! Each validation rule, shown on a small charter: the problem, its JSON pointer, its severity
//! and its message in the charter's language.

use charter::document::*;
use charter::validate::{validate, Problem, Severity};
use charter::Lang;

/// A charter with nothing wrong: title, spokesperson, one persona, one channel.
fn valid(lang: Lang) -> Charter {
    let mut c = Charter::new(lang);
    c.meta.title = "Charte".into();
    c.crisis.spokesperson.name = "Nadia".into();
    c.personas.push(Persona {
        id: "persona-1".into(),
        name: "Léa".into(),
        ..Persona::default()
    });
    c.channels.push(Channel {
        id: "channel-1".into(),
        platform: Platform::X,
        persona_ids: vec!["persona-1".into()],
        reply_length_limit: Some(280),
        ..Channel::default()
    });
    c.placeholders.push(Placeholder {
        id: "placeholder-1".into(),
        name: "first_name".into(),
        ..Placeholder::default()
    });
    c
}

fn codes(problems: &[Problem]) -> Vec<(&str, &str, Severity)> {
    problems
        .iter()
        .map(|p| (p.path.as_str(), p.code(), p.severity))
        .collect()
}

fn template(body_en: &str) -> ReplyTemplate {
    ReplyTemplate {
        id: "template-1".into(),
        title: "T".into(),
        body: LocalizedText {
            fr: None,
            en: Some(body_en.into()),
        },
        ..ReplyTemplate::default()
    }
}

#[test]
fn a_complete_charter_has_no_problem() {
    assert_eq!(validate(&valid(Lang::En)), []);
}

#[test]
fn empty_required_names_are_errors() {
    let mut c = valid(Lang::En);
    c.meta.title = " ".into();
    c.personas[0].name = String::new();
    c.channels.push(Channel {
        id: "channel-2".into(),
        platform: Platform::Custom,
        ..Channel::default()
    });
    assert_eq!(
        codes(&validate(&c)),
        [
            ("/meta/title", "empty-name", Severity::Error),
            ("/personas/0/name", "empty-name", Severity::Error),
            ("/channels/1/name", "empty-name", Severity::Error),
        ]
    );
}

#[test]
fn duplicate_ids_and_unknown_references_are_errors() {
    let mut c = valid(Lang::En);
    c.personas.push(Persona {
        id: "persona-1".into(),
        name: "Twin".into(),
        ..Persona::default()
    });
    c.channels[0].persona_ids.push("persona-9".into());
    c.response_times.targets.push(ResponseTarget {
        channel_id: "channel-7".into(),
        situation: Situation::Question,
        target: Delay::hours(2),
    });
    let mut t = template("Hi");
    t.channel_ids = vec!["channel-8".into()];
    c.templates.push(t);
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [
            ("/personas/1/id", "duplicate-id", Severity::Error),
            (
                "/channels/0/persona_ids/1",
                "unknown-persona",
                Severity::Error
            ),
            (
                "/response_times/targets/0/channel_id",
                "unknown-channel",
                Severity::Error
            ),
            (
                "/templates/0/channel_ids/0",
                "unknown-channel",
                Severity::Error
            ),
        ]
    );
    assert_eq!(problems[1].message, "No persona has the id “persona-9”.");
}

#[test]
fn delays_over_72_hours_are_errors_and_over_24_warnings() {
    let mut c = valid(Lang::Fr);
    c.response_times.default_target = Delay::hours(73);
    for (situation, delay) in [
        (Situation::Complaint, Delay::hours(30)),
        (Situation::Question, Delay::minutes(0)),
        (Situation::Question, Delay::minutes(90)),
    ] {
        c.response_times.targets.push(ResponseTarget {
            channel_id: "channel-1".into(),
            situation,
            target: delay,
        });
    }
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [
            (
                "/response_times/default_target",
                "delay-too-long",
                Severity::Error
            ),
            (
                "/response_times/targets/0/target",
                "delay-above-usual",
                Severity::Warning
            ),
            (
                "/response_times/targets/1/target",
                "delay-zero",
                Severity::Warning
            ),
            (
                "/response_times/targets/2",
                "duplicate-target",
                Severity::Warning
            ),
        ]
    );
    assert!(
        problems[0].message.contains("73 h"),
        "{}",
        problems[0].message
    );
    assert!(
        problems[0].message.starts_with("Un délai"),
        "French charter, French message"
    );
}

#[test]
fn a_crisis_plan_needs_a_spokesperson() {
    let mut c = valid(Lang::En);
    c.crisis.spokesperson.name = String::new();
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [(
            "/crisis/spokesperson/name",
            "no-spokesperson",
            Severity::Error
        )]
    );
    assert!(problems[0].message.contains("spokesperson"));
}

#[test]
fn templates_may_only_use_defined_placeholders_with_balanced_braces() {
    let mut c = valid(Lang::En);
    c.templates.push(template("Hi {{first_name}}, {{order}}"));
    let mut broken = template("Hi {{first_name");
    broken.id = "template-2".into();
    c.templates.push(broken);
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [
            (
                "/templates/0/body/en",
                "undefined-placeholder",
                Severity::Error
            ),
            ("/templates/1/body/en", "unbalanced-braces", Severity::Error),
        ]
    );
    assert_eq!(
        problems[0].message,
        "The placeholder {{order}} is not defined in the charter."
    );
}

#[test]
fn placeholder_names_are_checked() {
    let mut c = valid(Lang::En);
    c.placeholders.push(Placeholder {
        id: "placeholder-2".into(),
        name: "first name".into(),
        ..Placeholder::default()
    });
    c.placeholders.push(Placeholder {
        id: "placeholder-3".into(),
        name: "first_name".into(),
        ..Placeholder::default()
    });
    assert_eq!(
        codes(&validate(&c)),
        [
            (
                "/placeholders/1/name",
                "bad-placeholder-name",
                Severity::Error
            ),
            (
                "/placeholders/2/name",
                "duplicate-placeholder",
                Severity::Error
            ),
        ]
    );
}

#[test]
fn placeholder_names_take_accented_letters_and_a_refused_name_gets_a_fix() {
    let mut c = valid(Lang::En);
    for (i, name) in ["prénom", "nom_de_l_élève", "e\u{301}quipe", "numéro2"]
        .into_iter()
        .enumerate()
    {
        c.placeholders.push(Placeholder {
            id: format!("placeholder-x{i}"),
            name: name.into(),
            ..Placeholder::default()
        });
    }
    c.templates
        .push(template("Hi {{prénom}}, {{ e\u{301}quipe }} will answer."));
    assert_eq!(codes(&validate(&c)), []);

    for (name, fix) in [
        ("first name", "first_name"),
        ("n° de commande", "n_de_commande"),
        ("2e-contact", "_2e_contact"),
        ("\u{301}x", "_\u{301}x"),
        ("  ", "name"),
    ] {
        let mut c = valid(Lang::Fr);
        c.placeholders.push(Placeholder {
            id: "placeholder-9".into(),
            name: name.into(),
            ..Placeholder::default()
        });
        let problems = validate(&c);
        assert_eq!(
            codes(&problems),
            [(
                "/placeholders/1/name",
                "bad-placeholder-name",
                Severity::Error
            )],
            "{name:?}"
        );
        assert!(
            problems[0]
                .message
                .ends_with(&format!("Par exemple « {fix} ».")),
            "{}",
            problems[0].message
        );
        assert!(charter::validate::is_placeholder_name(fix), "{fix:?}");
    }
}

#[test]
fn placeholder_ids_are_unique_like_every_list() {
    let mut c = valid(Lang::En);
    c.placeholders.push(Placeholder {
        id: "placeholder-1".into(),
        name: "agent".into(),
        ..Placeholder::default()
    });
    assert_eq!(
        codes(&validate(&c)),
        [("/placeholders/1/id", "duplicate-id", Severity::Error)]
    );
}

#[test]
fn templates_need_text_and_should_have_the_charter_language() {
    let mut c = valid(Lang::Fr);
    let mut empty = template("   ");
    empty.body.en = Some("  ".into());
    c.templates.push(empty);
    let mut english_only = template("Hello");
    english_only.id = "template-2".into();
    c.templates.push(english_only);
    assert_eq!(
        codes(&validate(&c)),
        [
            ("/templates/0/body", "template-empty", Severity::Error),
            (
                "/templates/1/body/fr",
                "missing-in-charter-language",
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn a_reply_longer_than_the_channel_allows_is_flagged_unless_a_variant_fits() {
    let mut c = valid(Lang::En);
    c.channels[0].reply_length_limit = Some(20);
    let mut t = template("This reply is far longer than twenty characters.");
    // a template for no channel in particular is for every channel, so it must fit them all
    c.templates.push(t.clone());
    assert_eq!(
        codes(&validate(&c)),
        [(
            "/templates/0/body/en",
            "too-long-for-channel",
            Severity::Warning
        )]
    );
    t.channel_ids = vec!["channel-1".into()];
    c.templates[0] = t.clone();
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [(
            "/templates/0/body/en",
            "too-long-for-channel",
            Severity::Warning
        )]
    );
    assert!(
        problems[0].message.contains("limit 20"),
        "{}",
        problems[0].message
    );

    t.variants.push(ChannelVariant {
        channel_id: "channel-1".into(),
        body: LocalizedText {
            fr: None,
            en: Some("Short enough.".into()),
        },
    });
    c.templates[0] = t;
    assert_eq!(validate(&c), []);
}

#[test]
fn ages_and_coverage_hours_are_checked() {
    let mut c = valid(Lang::En);
    c.personas[0].age = AgeRange {
        min: Some(40),
        max: Some(20),
    };
    c.channels[0].coverage.push(CoverageSlot {
        days: vec![Weekday::Mon],
        start: "9h".into(),
        end: "18:00".into(),
    });
    c.channels[0].coverage.push(CoverageSlot {
        days: vec![],
        start: "18:00".into(),
        end: "09:00".into(),
    });
    assert_eq!(
        codes(&validate(&c)),
        [
            ("/personas/0/age/min", "age-range-reversed", Severity::Error),
            ("/channels/0/coverage/0/start", "bad-time", Severity::Error),
            (
                "/channels/0/coverage/1/end",
                "coverage-reversed",
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn every_path_points_at_a_field_of_the_exported_json() {
    // A charter with many problems: each pointer must resolve in its own JSON export.
    let charter = charter::generate::charter(
        5,
        charter::generate::Size {
            personas: 6,
            channels: 4,
            templates: 12,
        },
    );
    let json: serde_json::Value = serde_json::to_value(&charter).unwrap();
    let problems = validate(&charter);
    assert!(problems.len() > 5, "the generator should produce problems");
    for problem in problems {
        // a field that is absent from the JSON (an optional language) points at its parent
        let found = json.pointer(&problem.path).is_some()
            || json
                .pointer(problem.path.rsplit_once('/').unwrap().0)
                .is_some();
        assert!(
            found,
            "{} does not resolve ({})",
            problem.path,
            problem.code()
        );
    }
}

#[test]
fn moderation_patterns_must_be_valid_regular_expressions() {
    let mut c = valid(Lang::En);
    c.moderation.rules.push(charter::document::ModerationRule {
        id: "rule-1".into(),
        covers: "Spam links".into(),
        patterns: Lines::from([r"bit\.ly/\w+", "spam(?=bot)"]),
        ..Default::default()
    });
    let problems = validate(&c);
    assert_eq!(
        codes(&problems),
        [(
            "/moderation/rules/0/patterns/1",
            "bad-pattern",
            Severity::Error
        )]
    );
    assert!(
        problems[0].message.contains("look-around"),
        "{}",
        problems[0].message
    );
}
