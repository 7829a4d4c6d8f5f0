//! Native benchmark of the charter core on adversarial input: long texts of one kind (plain,
//! lines, braces, Markdown markup, list items nested ever deeper) through validation, Markdown,
//! the preview, the web page, JSON and every tool export; a charter at every list limit where
//! every item shares one name; and the reply checker on long replies. (Whether work grows
//! linearly is asserted by `tests/linear_work.rs`, in instructions.) Prints the time of each operation once; work
//! that grows faster than the input shows here first.
//!   cargo run --release -p porte-voix-charter --example adversarial

use std::time::Instant;

use charter::checker::{check, Context};
use charter::document::{Situation, Visibility};
use charter::generate::{charter, Size};
use charter::tools::{export, Target, ToolOptions};
use charter::{html, json, markdown, publish, validate::validate, Lang};

fn time<T>(name: &str, f: impl FnOnce() -> T) {
    let start = Instant::now();
    std::hint::black_box(f());
    println!("{name:<44}{:>10.1} ms", start.elapsed().as_secs_f64() * 1e3);
}

fn main() {
    let c = charter(42, Size::LARGE).normalized();
    for n in [100_000usize, 1_000_000] {
        let text: String = "Tu es nul, ferme-la. ".chars().cycle().take(n).collect();
        for situation in [Situation::Troll, Situation::Complaint] {
            let context = Context {
                charter: &c,
                situation,
                visibility: Visibility::Public,
                channel_ids: &[],
                lang: Lang::Fr,
            };
            time(
                &format!("checker, {situation:?} reply of {n} chars"),
                || check(&text, &context),
            );
        }
    }
    for n in [500_000usize, 1_000_000] {
        for (kind, body) in [
            ("plain", "a".repeat(n)),
            ("lines", "ligne\n".repeat(n / 6)),
            ("braces", "{{".repeat(n / 2)),
            ("markup", "*_`[".repeat(n / 4)),
            (
                "nested list items",
                (0..n / 40)
                    .map(|i| format!("{}- point\n", "  ".repeat(i % 64)))
                    .collect(),
            ),
        ] {
            let mut big = c.clone();
            big.templates[0].body.fr = Some(body);
            time(&format!("validate, {n} chars of {kind}"), || validate(&big));
            let md = markdown::render(&big);
            time(&format!("markdown, {n} chars of {kind}"), || {
                markdown::render(&big)
            });
            // what the templates step's preview renders for that template (a long text is
            // cut there, see `markdown::doc::PREVIEW_TEXT_CHARS`); then, as a reference that
            // the app never does, the whole exported Markdown through the preview's renderer
            let context = markdown::TemplateContext::of(&big);
            time(&format!("preview html, {n} chars of {kind}"), || {
                html::render_safe(&markdown::render_template_block(
                    &context,
                    &big.templates[0],
                ))
            });
            time(
                &format!("(reference, not done by the app) export as html, {n} chars of {kind}"),
                || html::render_safe(&md),
            );
            time(&format!("web page, {n} chars of {kind}"), || {
                publish::render_page(&big)
            });
            time(&format!("json write, {n} chars of {kind}"), || {
                json::to_json(&big)
            });
            let text = json::to_json(&big);
            time(&format!("json read, {n} chars of {kind}"), || {
                json::from_json(text.as_bytes())
            });
            // every tool's file, the slowest named: a reply of unclosed braces once took
            // seconds here (made inert one search of the rest of the text per brace)
            let mut slowest = (0.0, "");
            for target in Target::ALL {
                let start = Instant::now();
                std::hint::black_box(export(&big, target, &ToolOptions::default()));
                let ms = start.elapsed().as_secs_f64() * 1e3;
                if ms > slowest.0 {
                    slowest = (ms, target.name());
                }
            }
            println!(
                "{:<44}{:>10.1} ms ({})",
                format!("slowest tool export, {n} chars of {kind}"),
                slowest.0,
                slowest.1
            );
        }
    }
    let mut same = charter(42, Size::AT_LIMITS).normalized();
    for p in &mut same.personas {
        p.name = "Same".into();
    }
    for t in &mut same.templates {
        t.title = "Same".into();
    }
    time("at the limits, one name: validate", || validate(&same));
    time("at the limits, one name: markdown", || {
        markdown::render(&same)
    });
    for target in Target::ALL {
        time(
            &format!("at the limits, one name: {}", target.name()),
            || export(&same, target, &ToolOptions::default()),
        );
    }
}
