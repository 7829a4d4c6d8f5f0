//! Workshop and publishing, over generated charters: the diff finds every kind of change and
//! nothing in a charter compared with itself; combining a charter with itself changes nothing,
//! and after any combination ids are unique and references lead to items; the HTML page holds
//! no script, no event attribute and no link but http(s), mailto and its own anchors, whatever
//! text the charter holds.

use std::collections::HashSet;

use charter::compare::{diff, ItemChange, Part};
use charter::document::ListKind;
use charter::document::{Charter, Persona, ReplyTemplate};
use charter::generate::{self, Rng, Size};
use charter::merge::{apply, plan, Choice};
use charter::publish::render_page;
use proptest::prelude::*;

const SIZE: Size = Size {
    personas: 6,
    channels: 5,
    templates: 12,
};

fn generated(seed: u64) -> Charter {
    generate::charter(seed, SIZE)
}

/// A generated charter whose references all lead to an item (the generator also writes
/// dangling ones, which a merge keeps as they are).
fn consistent(seed: u64) -> Charter {
    let mut c = generated(seed);
    let personas: HashSet<String> = c.personas.iter().map(|p| p.id.clone()).collect();
    let channels: HashSet<String> = c.channels.iter().map(|ch| ch.id.clone()).collect();
    for channel in &mut c.channels {
        channel.persona_ids.retain(|id| personas.contains(id));
    }
    for template in &mut c.templates {
        template.channel_ids.retain(|id| channels.contains(id));
        template
            .variants
            .retain(|v| channels.contains(&v.channel_id));
    }
    for ritual in &mut c.engagement.rituals {
        ritual.channel_ids.retain(|id| channels.contains(id));
    }
    c.response_times
        .targets
        .retain(|t| channels.contains(&t.channel_id));
    c
}

#[test]
fn a_charter_compared_with_itself_has_no_change() {
    for seed in 0..40 {
        let c = generated(seed);
        assert!(diff(&c, &c).is_empty(), "seed {seed}");
    }
}

/// Counts of (added, removed, changed) in one part.
fn counts_in(changes: &charter::compare::Changes, part: Part) -> (usize, usize, usize) {
    let mut n = (0, 0, 0);
    for item in changes
        .parts
        .iter()
        .filter(|p| p.part == part)
        .flat_map(|p| &p.items)
    {
        match item {
            ItemChange::Added { .. } => n.0 += 1,
            ItemChange::Removed { .. } => n.1 += 1,
            ItemChange::Changed { .. } => n.2 += 1,
        }
    }
    n
}

#[test]
fn every_kind_of_change_is_found() {
    for seed in 0..40 {
        let old = generated(seed);
        let mut rng = Rng::new(seed);
        let mut new = old.clone();
        // one persona removed, one template added, one channel changed, the title changed,
        // a target changed
        let removed = rng.below(new.personas.len());
        new.personas.remove(removed);
        new.templates.push(ReplyTemplate {
            id: format!("template-new-{seed}"),
            title: format!("New reply {seed}"),
            ..ReplyTemplate::default()
        });
        let channel = rng.below(new.channels.len());
        new.channels[channel].purpose = format!("changed purpose {seed}");
        new.meta.title = format!("Version {seed}");
        if let Some(target) = new.response_times.targets.first_mut() {
            target.target.value += 1;
        }
        let changes = diff(&old, &new);
        assert_eq!(
            counts_in(&changes, Part::List(ListKind::Personas)).1,
            1,
            "seed {seed}"
        );
        assert_eq!(
            counts_in(&changes, Part::List(ListKind::Templates)).0,
            1,
            "seed {seed}"
        );
        let channels = changes
            .parts
            .iter()
            .find(|p| p.part == Part::List(ListKind::Channels))
            .expect("channel change");
        match &channels.items[..] {
            [ItemChange::Changed { fields, .. }] => {
                assert_eq!(fields.len(), 1, "seed {seed}: {fields:?}");
                assert_eq!(fields[0].path, "purpose");
            }
            other => panic!("seed {seed}: {other:?}"),
        }
        assert_eq!(
            counts_in(
                &changes,
                Part::Fields(charter::document::Section::BrandVoice)
            )
            .2,
            1,
            "seed {seed}"
        );
        if !old.response_times.targets.is_empty() {
            assert_eq!(counts_in(&changes, Part::Targets).2, 1, "seed {seed}");
        }
        // and the other way round, what was added is removed
        let back = diff(&new, &old);
        assert_eq!(counts_in(&back, Part::List(ListKind::Personas)).0, 1);
        assert_eq!(counts_in(&back, Part::List(ListKind::Templates)).1, 1);
    }
}

#[test]
fn combining_a_charter_with_itself_changes_nothing() {
    for seed in 0..40 {
        let c = generated(seed);
        let p = plan(&c, &c);
        assert!(p.is_empty(), "seed {seed}: {p:#?}");
        assert_eq!(apply(&c, &c, &p, &[]), c, "seed {seed}");
    }
}

/// Ids unique in every list, and every reference leads to an item of the result.
fn assert_consistent(c: &Charter, context: &str) {
    for kind in ListKind::ALL {
        let ids = kind.ids(c);
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{context}: duplicate id in {kind:?}: {ids:?}"
        );
    }
    let personas: HashSet<&str> = c.personas.iter().map(|p| p.id.as_str()).collect();
    let channels: HashSet<&str> = c.channels.iter().map(|ch| ch.id.as_str()).collect();
    for channel in &c.channels {
        for id in &channel.persona_ids {
            assert!(
                personas.contains(id.as_str()),
                "{context}: {id} of {}",
                channel.id
            );
        }
    }
    for template in &c.templates {
        for id in template
            .channel_ids
            .iter()
            .chain(template.variants.iter().map(|v| &v.channel_id))
        {
            assert!(
                channels.contains(id.as_str()),
                "{context}: {id} of {}",
                template.id
            );
        }
    }
    for ritual in &c.engagement.rituals {
        for id in &ritual.channel_ids {
            assert!(
                channels.contains(id.as_str()),
                "{context}: {id} of {}",
                ritual.id
            );
        }
    }
    for target in &c.response_times.targets {
        assert!(
            channels.contains(target.channel_id.as_str()),
            "{context}: target {}",
            target.channel_id
        );
    }
}

#[test]
fn after_any_combination_ids_are_unique_and_references_lead_somewhere() {
    for seed in 0..60 {
        let mine = consistent(seed);
        let mut theirs = consistent(seed + 1000);
        // some of their items are the draft's, changed; one persona has a draft id but
        // another name
        let mut rng = Rng::new(seed);
        theirs.personas.push(Persona {
            id: mine.personas[0].id.clone(),
            name: format!("Someone else {seed}"),
            ..Persona::default()
        });
        if rng.chance(50) {
            let mut shared = mine.templates[0].clone();
            shared.title.push_str(" (theirs)");
            theirs.templates.push(shared);
        }
        // as an import reads it: colliding ids repaired
        let theirs = charter::json::from_json(charter::json::to_json(&theirs).as_bytes())
            .expect("their charter reads")
            .charter;
        assert_consistent(&mine, "mine");
        assert_consistent(&theirs, "theirs");
        let p = plan(&mine, &theirs);
        let choices: Vec<Choice> = p
            .conflicts
            .iter()
            .map(|_| *rng.pick(&[Choice::Mine, Choice::Theirs, Choice::Both]))
            .collect();
        let merged = apply(&mine, &theirs, &p, &choices);
        assert_consistent(&merged, &format!("seed {seed}"));
        // nothing of the draft is lost: each of its items is still there under its id
        for kind in ListKind::ALL {
            let merged_ids: HashSet<&str> = kind.ids(&merged).into_iter().collect();
            for id in kind.ids(&mine) {
                assert!(merged_ids.contains(id), "seed {seed}: {id} lost");
            }
        }
        // and every item they added is there
        let added_personas = p
            .added
            .iter()
            .filter(|(part, _)| *part == Part::List(ListKind::Personas))
            .count();
        let both = p
            .conflicts
            .iter()
            .zip(&choices)
            .filter(|(c, choice)| {
                c.part == Part::List(ListKind::Personas) && **choice == Choice::Both
            })
            .count();
        assert_eq!(
            merged.personas.len(),
            mine.personas.len() + added_personas + both
        );
    }
}

/// Pieces that try to get markup, scripts or links through.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => any::<char>().prop_map(String::from),
        3 => prop::sample::select(vec![
            "<script>alert(1)</script>", "<SCRIPT src=//x>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
            "[y](JaVaScRiPt:alert(1))", "[z](data:text/html,<script>)", "<div lang=\"en\">",
            "</div>", "<style>*{}</style>", "<iframe src=x>", "\" onmouseover=\"x", "' onclick='x",
            "<svg onload=alert(1)>", "![i](https://t.example/p.gif)", "https://ok.example",
            "<https://ok.example>", "`code`", "**b**", "# h", "\n\n", "> q", "- l", "|", "&amp;",
            "<!--", "-->", "<![CDATA[", "]]>", "\u{0}", "\u{202e}", "😀",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

/// Every start tag of the page, as written.
fn tags(page: &str) -> Vec<&str> {
    page.match_indices('<')
        .filter_map(|(i, _)| {
            let rest = &page[i + 1..];
            rest.starts_with(|c: char| c.is_ascii_alphabetic())
                .then(|| &page[i..i + 1 + rest.find('>').unwrap_or(rest.len())])
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_page_holds_no_script_no_event_handler_and_only_safe_links(
        title in hostile(), brand in hostile(), name in hostile(), body in hostile(),
        other in hostile(), rule in hostile(), seed in 0u64..50,
    ) {
        let mut c = generated(seed);
        c.meta.title = title;
        c.meta.brand = brand;
        c.personas[0].name = name;
        c.templates[0].body.fr = Some(body.clone());
        c.templates[0].body.en = Some(other);
        c.templates[1].title = body;
        c.moderation.house_rules = charter::lines::Lines::from([rule.as_str()]);
        let page = render_page(&c);
        let lower = page.to_ascii_lowercase();
        prop_assert!(!lower.contains("<script"));
        prop_assert!(!lower.contains("<iframe") && !lower.contains("<img") && !lower.contains("<svg"));
        prop_assert_eq!(lower.matches("<style").count(), 1);
        for tag in tags(&page) {
            let name = tag[1..].split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
            prop_assert!(
                ["html", "head", "meta", "title", "style", "body", "main", "nav", "h1", "h2", "h3",
                 "h4", "ol", "ul", "li", "a", "p", "strong", "em", "code", "blockquote", "table",
                 "thead", "tbody", "tr", "th", "td", "div", "br", "del", "footer"].contains(&name),
                "unexpected tag {}", tag
            );
            // attributes: only these names, whatever the text
            for attribute in tag.split_whitespace().skip(1) {
                let attribute_name = attribute.split('=').next().unwrap_or("");
                prop_assert!(
                    ["lang", "id", "href", "charset", "name", "content", "http-equiv",
                     "aria-labelledby", "style", "data-label"].contains(&attribute_name)
                        // the words of a quoted attribute value (content="…") come after its name
                        || !attribute.contains('=') || tag.starts_with("<meta"),
                    "attribute {} in {}", attribute, tag
                );
                prop_assert!(!attribute_name.starts_with("on"), "handler in {}", tag);
            }
            if let Some(at) = tag.find(" href=\"") {
                let href = &tag[at + 7..];
                let safe = ["http://", "https://", "mailto:", "#"].iter().any(|prefix| href.to_ascii_lowercase().starts_with(prefix));
                prop_assert!(safe, "link {}", tag);
            }
        }
        prop_assert_eq!(page.matches("<div lang=").count(), page.matches("</div>").count());
    }
}
