//! Incremental validation is exactly whole-charter validation (issue 19): random sequences of
//! edits (every `Draft` method, arbitrary text or text that the rules care about: ids of other
//! items, placeholder names and uses, times, long replies) applied to generated charters; after
//! each edit the problems kept by `Checked` must equal what `validate` returns for the same
//! charter, and so must the counts per section.

use charter::document::*;
use charter::generate::{self, Size};
use charter::locate::locate;
use charter::validate::{validate, Checked, Severity};
use charter::{Draft, Lang};
use proptest::prelude::*;

/// One edit, as drawn: which method, two numbers that pick what it is applied to, and a text.
type Op = (u8, u16, u16, u8, String);

/// Text the rules read: ids of items that exist or not, placeholder names and uses, times.
fn meaningful(charter: &Charter, pick: u16) -> String {
    let ids = |kind: ListKind| -> Vec<String> {
        kind.ids(charter).into_iter().map(str::to_owned).collect()
    };
    let mut options: Vec<String> = vec![
        String::new(),
        " ".into(),
        "09:00".into(),
        "24:00".into(),
        "25:61".into(),
        "prenom".into(),
        "prénom".into(),
        "commande".into(),
        "2x".into(),
        "Bonjour {{prenom}}, votre {{commande}} arrive.".into(),
        "Hello {{prenom}".into(),
        "{{nom}} {{prenom}} {{commande}}".into(),
        "x".repeat(300),
        "(unclosed".into(),
        "channel-404".into(),
    ];
    options.extend(ids(ListKind::Channels));
    options.extend(ids(ListKind::Personas));
    options.extend(
        charter
            .placeholders
            .iter()
            .flat_map(|p| [p.name.clone(), format!("Merci {{{{{}}}}} !", p.name)]),
    );
    options[pick as usize % options.len()].clone()
}

/// The id of an item of `kind` picked by `pick` (sometimes one that does not exist).
fn some_id(charter: &Charter, kind: ListKind, pick: u16) -> String {
    let ids = kind.ids(charter);
    if ids.is_empty() || pick % 11 == 10 {
        return format!("{}-404", kind.singular());
    }
    ids[pick as usize % ids.len()].to_owned()
}

fn kind_of(pick: u16) -> ListKind {
    ListKind::ALL[pick as usize % ListKind::ALL.len()]
}

/// Runs one generic list operation on the list `kind`.
macro_rules! on_list {
    ($kind:expr, $t:ident => $body:expr) => {
        match $kind {
            ListKind::Personas => {
                type $t = Persona;
                $body
            }
            ListKind::Channels => {
                type $t = Channel;
                $body
            }
            ListKind::Rules => {
                type $t = ModerationRule;
                $body
            }
            ListKind::Escalation => {
                type $t = EscalationStep;
                $body
            }
            ListKind::HoldingStatements => {
                type $t = HoldingStatement;
                $body
            }
            ListKind::Rituals => {
                type $t = Ritual;
                $body
            }
            ListKind::Placeholders => {
                type $t = Placeholder;
                $body
            }
            ListKind::Templates => {
                type $t = ReplyTemplate;
                $body
            }
        }
    };
}

fn apply(draft: &mut Draft, (op, a, b, how, free): &Op) {
    let c = draft.charter().clone();
    let text = if how % 3 == 0 {
        free.clone()
    } else {
        meaningful(&c, *b)
    };
    let lang = if how % 2 == 0 { Lang::Fr } else { Lang::En };
    let kind = kind_of(*a);
    let id = |kind: ListKind| some_id(&c, kind, *b);
    let ids = |kind: ListKind| -> Vec<String> {
        (0..(*b % 4))
            .map(|i| some_id(&c, kind, b.wrapping_mul(7).wrapping_add(i)))
            .collect()
    };
    let row = *b as usize % 3;
    match op % 24 {
        0 => {
            on_list!(kind, T => { draft.add::<T>(); });
        }
        1 => on_list!(kind, T => { draft.duplicate::<T>(&id(kind)); }),
        2 | 3 => on_list!(kind, T => draft.remove::<T>(&id(kind))),
        4 => on_list!(kind, T => {
            draft.move_item::<T>(&id(kind), if b % 2 == 0 { -1 } else { 1 });
        }),
        5 => {
            draft.undo_removal();
        }
        6 => draft.dismiss_undo(),
        7 => {
            if a % 8 == 0 {
                let size = Size {
                    personas: 2,
                    channels: 2,
                    templates: 3,
                };
                draft.replace(generate::charter(u64::from(*b), size));
            }
        }
        8 => match a % 11 {
            0 => draft.set("", Charter::TITLE, text),
            1 => draft.set(&id(ListKind::Personas), Persona::NAME, text),
            2 => draft.set(&id(ListKind::Channels), Channel::NAME, text),
            3 => draft.set(&id(ListKind::Rules), ModerationRule::COVERS, text),
            4 => draft.set(&id(ListKind::Escalation), EscalationStep::ROLE, text),
            5 => draft.set(
                &id(ListKind::HoldingStatements),
                HoldingStatement::TITLE,
                text,
            ),
            6 => draft.set(&id(ListKind::Rituals), Ritual::NAME, text),
            7 => draft.set(&id(ListKind::Placeholders), Placeholder::NAME, text),
            8 => draft.set(&id(ListKind::Templates), ReplyTemplate::TITLE, text),
            9 => draft.set("", Charter::SPOKESPERSON_NAME, text),
            _ => draft.set("", Charter::BRAND, text),
        },
        9 => match a % 10 {
            0 => draft.set(
                &id(ListKind::Channels),
                Channel::PLATFORM,
                Platform::ALL[*b as usize % Platform::ALL.len()],
            ),
            1 => draft.set(
                &id(ListKind::Channels),
                Channel::REPLY_LENGTH_LIMIT,
                (b % 3 != 0).then_some(u32::from(*b % 400)),
            ),
            2 => draft.set(
                &id(ListKind::Personas),
                Persona::AGE_MIN,
                Some((*b % 90) as u8),
            ),
            3 => draft.set(
                &id(ListKind::Personas),
                Persona::AGE_MAX,
                (b % 4 != 0).then_some((*b % 90) as u8),
            ),
            4 => draft.set("", Charter::LANGUAGE, lang),
            5 => draft.set(
                "",
                Charter::DEFAULT_TARGET,
                Delay::minutes(u32::from(*b) * 7),
            ),
            6 => draft.set(
                &id(ListKind::Rules),
                ModerationRule::PATTERNS,
                Lines::from_text(&text),
            ),
            7 => draft.set(
                &id(ListKind::Channels),
                Channel::PERSONA_IDS,
                ids(ListKind::Personas),
            ),
            8 => draft.set(
                &id(ListKind::Rituals),
                Ritual::CHANNEL_IDS,
                ids(ListKind::Channels),
            ),
            _ => draft.set(
                &id(ListKind::Templates),
                ReplyTemplate::CHANNEL_IDS,
                ids(ListKind::Channels),
            ),
        },
        10 | 11 => match a % 3 {
            0 => draft.set_text(&id(ListKind::Templates), ReplyTemplate::BODY, lang, text),
            1 => draft.set_text(
                &id(ListKind::Templates),
                ReplyTemplate::FOLLOW_UP,
                lang,
                text,
            ),
            _ => draft.set_text(
                &id(ListKind::HoldingStatements),
                HoldingStatement::BODY,
                lang,
                text,
            ),
        },
        12 => draft.set_text_in(
            &id(ListKind::Templates),
            ReplyTemplate::VARIANTS,
            row,
            ChannelVariant::BODY,
            lang,
            text,
        ),
        13 => match a % 6 {
            0 => draft.set_in(
                &id(ListKind::Templates),
                ReplyTemplate::VARIANTS,
                row,
                ChannelVariant::CHANNEL_ID,
                text,
            ),
            1 => draft.set_in(
                &id(ListKind::Channels),
                Channel::COVERAGE,
                row,
                CoverageSlot::START,
                text,
            ),
            2 => draft.set_in(
                &id(ListKind::Channels),
                Channel::COVERAGE,
                row,
                CoverageSlot::END,
                text,
            ),
            3 => draft.set_in("", Charter::WORDS_TO_USE, row, WordChoice::TEXT, text),
            4 => draft.set_in("", Charter::TARGETS, row, ResponseTarget::CHANNEL_ID, text),
            _ => draft.set_in(
                "",
                Charter::TARGETS,
                row,
                ResponseTarget::TARGET,
                Delay::hours(u32::from(*b % 100)),
            ),
        },
        14 => match a % 3 {
            0 => draft.toggle(
                &id(ListKind::Personas),
                Persona::CHANNELS,
                Platform::ALL[*b as usize % Platform::ALL.len()],
                how % 2 == 0,
            ),
            1 => draft.toggle(
                &id(ListKind::Templates),
                ReplyTemplate::CHANNEL_IDS,
                id(ListKind::Channels),
                how % 2 == 0,
            ),
            _ => draft.toggle(
                &id(ListKind::Rituals),
                Ritual::CHANNEL_IDS,
                id(ListKind::Channels),
                how % 2 == 0,
            ),
        },
        15 => draft.toggle_in(
            &id(ListKind::Channels),
            Channel::COVERAGE,
            row,
            CoverageSlot::DAYS,
            Weekday::Mon,
            how % 2 == 0,
        ),
        16 => match a % 5 {
            0 => draft.add_row("", Charter::WORDS_TO_USE),
            1 => draft.add_row("", Charter::WORDS_TO_AVOID),
            2 => draft.add_row("", Charter::TARGETS),
            3 => draft.add_row(&id(ListKind::Channels), Channel::COVERAGE),
            _ => draft.add_row(&id(ListKind::Templates), ReplyTemplate::VARIANTS),
        },
        17 => match a % 4 {
            0 => draft.remove_row("", Charter::WORDS_TO_USE, row),
            1 => draft.remove_row("", Charter::TARGETS, row),
            2 => draft.remove_row(&id(ListKind::Channels), Channel::COVERAGE, row),
            _ => draft.remove_row(&id(ListKind::Templates), ReplyTemplate::VARIANTS, row),
        },
        18 => draft.add_coverage(&id(ListKind::Channels)),
        19 => draft.add_variant(&id(ListKind::Templates)),
        20 => {
            draft.add_template_from(
                &text,
                Situation::ALL[*b as usize % 7],
                lang,
                &meaningful(&c, a.wrapping_add(*b)),
            );
        }
        21 => draft.set_target(
            &id(ListKind::Channels),
            Situation::ALL[*b as usize % 7],
            (a % 3 != 0).then(|| Delay::hours(u32::from(*a % 80))),
        ),
        22 => {
            draft.add_channel(Platform::ALL[*b as usize % Platform::ALL.len()]);
        }
        _ => draft.set(
            "",
            Charter::ADDRESS,
            if b % 2 == 0 {
                Address::Tu
            } else {
                Address::Vous
            },
        ),
    }
}

/// Applies `ops` one by one, comparing after each.
fn check(seed: u64, ops: &[Op]) -> Result<(), TestCaseError> {
    let size = Size {
        personas: 3,
        channels: 3,
        templates: 5,
    };
    let mut draft = Draft::new(generate::charter(seed, size));
    let mut checked = Checked::new(draft.charter());
    for (n, op) in ops.iter().enumerate() {
        apply(&mut draft, op);
        let changes = draft.take_changes();
        checked.apply(draft.charter(), &changes);
        let whole = validate(draft.charter());
        let kept: Vec<_> = checked.problems().into_iter().cloned().collect();
        prop_assert_eq!(&kept, &whole, "after edit {} {:?} ({:?})", n, op, changes);
        // counted in the section of the field each problem leads to
        for section in Section::ALL {
            for severity in [Severity::Error, Severity::Warning] {
                let there = whole
                    .iter()
                    .filter(|p| p.severity == severity)
                    .filter(|p| {
                        locate(draft.charter(), &p.path).map(|at| at.section) == Some(section)
                    })
                    .count();
                prop_assert_eq!(checked.count(section, severity), there);
            }
        }
        // what each section holds, for the task list, as a fresh check says
        let fresh = Checked::new(draft.charter());
        for section in Section::ALL {
            prop_assert_eq!(checked.touched(section), fresh.touched(section));
        }
        for problem in &whole {
            prop_assert_eq!(
                checked.at(&problem.path).map(|p| &p.path),
                Some(&problem.path)
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn kept_problems_are_the_whole_validation(
        seed in 0u64..1_000,
        ops in prop::collection::vec((any::<u8>(), any::<u16>(), any::<u16>(), any::<u8>(), ".{0,40}"), 1..40),
    ) {
        check(seed, &ops)?;
    }
}

/// The edits reach problems of every kind but one (a test that compared two empty lists would
/// prove nothing): a duplicated id comes only from an imported file, never from an edit.
#[test]
fn the_edits_reach_problems() {
    let mut seen = std::collections::HashSet::new();
    let mut rng = generate::Rng::new(3);
    for seed in 0..60 {
        let size = Size {
            personas: 3,
            channels: 3,
            templates: 5,
        };
        let mut draft = Draft::new(generate::charter(seed, size));
        for _ in 0..60 {
            let op: Op = (
                rng.below(256) as u8,
                rng.below(65_536) as u16,
                rng.below(65_536) as u16,
                rng.below(256) as u8,
                String::from("(é{{"),
            );
            apply(&mut draft, &op);
            for problem in validate(draft.charter()) {
                let name = format!("{:?}", problem.kind);
                seen.insert(name[..name.find(['(', ' ']).unwrap_or(name.len())].to_owned());
            }
        }
    }
    assert_eq!(seen.len(), 19, "kinds of problem reached: {seen:?}");
    assert!(!seen.contains("DuplicateId"));
}

/// Found by the property test: removing a section's last ritual left the section counted as
/// holding something, because its own fields were compared with its lists inside them.
#[test]
fn removing_the_last_item_leaves_the_section_empty() {
    check(268, &[(2, 20469, 1485, 0, String::new())]).unwrap();
}
