//! The charter core's work on one adversarial charter, operation by operation, for counting
//! instructions under callgrind (`tests/linear_work.rs`): it builds a charter of the shape and
//! size asked, then runs each operation once inside [`measure`], which the test has callgrind
//! count apart from the building. Instructions, unlike seconds, are the same from run to run
//! whatever else the machine is doing, so growth can be asserted without a timed test.
//!
//!   cargo run -p porte-voix-charter --example work -- SHAPE N
//!
//! Prints the operations' names, one per line, in the order they run.

use charter::checker::{check, Context};
use charter::document::{Channel, Charter, Persona, ReplyTemplate, Situation, Visibility};
use charter::generate::{charter, Size};
use charter::tools::{export, Target, ToolOptions};
use charter::{html, json, markdown, publish, template_export, validate::validate, Lang};

/// The shapes of adversarial input, each with what it tests.
pub const SHAPES: [&str; 8] = [
    // many personas, channels or templates sharing one name: de-duplicated headings, titles,
    // ids and references
    "personas",
    "channels",
    "templates",
    // a long line with nothing to break it
    "plain",
    // many short lines
    "lines",
    // placeholder braces that never close
    "braces",
    // Markdown markup that never closes
    "markup",
    // list items nested ever deeper
    "nested",
];

/// The only function callgrind counts in (`--toggle-collect`), and after which it writes a
/// profile part (`--dump-after`): one part per operation.
#[inline(never)]
fn measure(work: &dyn Fn()) {
    work();
}

/// The large generated charter (50 personas, 30 channels, 300 templates) with one dimension
/// grown to `n`: `n` personas, channels or templates all named alike, or `n` characters of one
/// kind of text in a template's body (also the reply the checker reads). Everything else stays
/// as it is, so that doubling `n` doubles the input.
fn build(shape: &str, n: usize) -> (Charter, String) {
    let mut c = charter(7, Size::LARGE).normalized();
    let reply = "Bonjour {{prénom}}, merci pour votre message. ".repeat(20);
    match shape {
        "personas" => {
            let first = c.personas[0].clone();
            c.personas = (1..=n)
                .map(|i| Persona {
                    id: format!("persona-{i}"),
                    name: "Same".into(),
                    ..first.clone()
                })
                .collect();
            return (c, reply);
        }
        "channels" => {
            let first = c.channels[0].clone();
            c.channels = (1..=n)
                .map(|i| Channel {
                    id: format!("channel-{i}"),
                    name: "Same".into(),
                    ..first.clone()
                })
                .collect();
            return (c, reply);
        }
        "templates" => {
            let first = c.templates[0].clone();
            c.templates = (1..=n)
                .map(|i| ReplyTemplate {
                    id: format!("template-{i}"),
                    title: "Same".into(),
                    ..first.clone()
                })
                .collect();
            return (c, reply);
        }
        _ => {}
    }
    let text: String = match shape {
        "plain" => "a".repeat(n),
        "lines" => "ligne\n".repeat(n / 6),
        "braces" => "{{".repeat(n / 2),
        "markup" => "*_`[".repeat(n / 4),
        "nested" => (0..)
            .map(|i| format!("{}- point\n", "  ".repeat(i % 64)))
            .scan(0, |len, line| {
                *len += line.len();
                (*len <= n).then_some(line)
            })
            .collect(),
        other => panic!("unknown shape {other:?}; shapes: {SHAPES:?}"),
    };
    c.templates[0].body.fr = Some(text.clone());
    (c, text)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(shape), Some(n)) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: work SHAPE N (shapes: {SHAPES:?})");
        std::process::exit(2);
    };
    let (c, reply) = build(&shape, n);
    let md = markdown::render(&c);
    let text = json::to_json(&c);
    let context = |situation| Context {
        charter: &c,
        situation,
        visibility: Visibility::Public,
        channel_ids: &[],
        lang: Lang::Fr,
    };
    let (troll, complaint) = (context(Situation::Troll), context(Situation::Complaint));
    let mut operations: Vec<(String, Box<dyn Fn() + '_>)> = vec![
        ("validate".into(), Box::new(|| drop(validate(&c)))),
        ("markdown".into(), Box::new(|| drop(markdown::render(&c)))),
        (
            "preview html".into(),
            Box::new(|| drop(html::render_safe(&md))),
        ),
        ("json write".into(), Box::new(|| drop(json::to_json(&c)))),
        (
            "json read".into(),
            Box::new(|| drop(json::from_json(text.as_bytes()))),
        ),
        (
            "web page".into(),
            Box::new(|| drop(publish::render_page(&c))),
        ),
        (
            "templates json".into(),
            Box::new(|| drop(template_export::templates_json(&c))),
        ),
        (
            "checker, troll".into(),
            Box::new(|| drop(check(&reply, &troll))),
        ),
        (
            "checker, complaint".into(),
            Box::new(|| drop(check(&reply, &complaint))),
        ),
    ];
    let c = &c;
    for target in Target::ALL {
        operations.push((
            target.name().to_owned(),
            Box::new(move || drop(export(c, target, &ToolOptions::default()))),
        ));
    }
    // Not the core's: work known to grow with the square of `n`, which the test must see as
    // such, so that a blind measurement (parts misread, nothing counted) cannot pass.
    let m = if n > 10_000 { n / 100 } else { n };
    operations.push((
        "reference: quadratic".into(),
        Box::new(move || {
            let mut sum = 0usize;
            for i in 0..m {
                for j in 0..i {
                    sum = std::hint::black_box(sum.wrapping_add(i ^ j));
                }
            }
            std::hint::black_box(sum);
        }),
    ));
    // with WORK_SECONDS set, also the seconds of each operation (on stderr), to find by hand
    // which one the test named
    let seconds = std::env::var_os("WORK_SECONDS").is_some();
    for (name, work) in &operations {
        let start = std::time::Instant::now();
        measure(work.as_ref());
        println!("{name}");
        if seconds {
            eprintln!("{name:<24}{:>10.3} s", start.elapsed().as_secs_f64());
        }
    }
}
