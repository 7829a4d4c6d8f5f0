//! Native benchmark of the charter core on a large generated charter (50 personas,
//! 30 channels, 300 templates): prints the time and throughput of validate, JSON export,
//! JSON import, Markdown render and the templates export, and the time the reply checker takes
//! on one 2,000-character reply, and each export to another tool.
//!   cargo run --release -p porte-voix-charter --example bench

use std::hint::black_box;
use std::time::{Duration, Instant};

use charter::generate::{charter, Size};
use charter::json::{from_json, to_json};
use charter::validate::validate;
use charter::{markdown, template_export};

/// Runs `f` repeatedly for about a second and returns the median time of one run.
fn measure<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < 5 || (start.elapsed() < Duration::from_secs(1) && times.len() < 1000) {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let c = charter(42, Size::LARGE).normalized();
    let json = to_json(&c);
    let md = markdown::render(&c);
    let mb = json.len() as f64 / 1e6;
    println!(
        "charter: {} personas, {} channels, {} templates; JSON {:.2} MB, Markdown {:.2} MB",
        c.personas.len(),
        c.channels.len(),
        c.templates.len(),
        mb,
        md.len() as f64 / 1e6
    );
    println!("{:<22}{:>12}{:>14}", "operation", "median", "JSON MB/s");
    let rows: [(&str, Duration); 5] = [
        ("validate", measure(|| validate(&c))),
        ("JSON export", measure(|| to_json(&c))),
        (
            "JSON import",
            measure(|| from_json(json.as_bytes()).map(|i| i.charter)),
        ),
        ("Markdown render", measure(|| markdown::render(&c))),
        (
            "templates JSON",
            measure(|| template_export::templates_json(&c)),
        ),
    ];
    // the reply checker on a 2,000-character complaint reply, against this charter
    let sentence =
        "Bonjour {{first_name}}, nous comprenons votre agacement et nous vous écrivons en privé. ";
    let reply: String = sentence.chars().cycle().take(2000).collect();
    let context = charter::checker::Context {
        charter: &c,
        situation: charter::document::Situation::Complaint,
        visibility: charter::document::Visibility::Public,
        channel_ids: &[],
        lang: charter::Lang::Fr,
    };
    let check = measure(|| charter::checker::check(&reply, &context));
    for (name, time) in rows {
        println!(
            "{name:<22}{:>10.3} ms{:>14.1}",
            time.as_secs_f64() * 1e3,
            mb / time.as_secs_f64()
        );
    }
    println!(
        "reply checker, one 2,000-character reply: {:.3} ms (one frame is 16.7 ms)",
        check.as_secs_f64() * 1e3
    );
    // the exports to other tools, each with its limit checks and notes
    let options = charter::tools::ToolOptions::default();
    for target in charter::tools::Target::ALL {
        let export = charter::tools::export(&c, target, &options);
        let time = measure(|| charter::tools::export(&c, target, &options));
        println!(
            "export for {:<21}{:>8.3} ms  ({} items, {} notes, {:.0} KB)",
            target.name(),
            time.as_secs_f64() * 1e3,
            export.items,
            export.notes.len(),
            export.text.len() as f64 / 1e3
        );
    }
}
