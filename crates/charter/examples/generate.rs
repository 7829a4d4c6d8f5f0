//! Prints a synthetic charter as JSON, for benchmarks and format tests.
//!   cargo run -p porte-voix-charter --example generate -- [SEED] [large|limits]

use charter::generate::{charter, Size};

fn main() {
    let mut args = std::env::args().skip(1);
    let seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let size = match args.next().as_deref() {
        Some("large") => Size::LARGE,
        Some("limits") => Size::AT_LIMITS,
        _ => Size {
            personas: 5,
            channels: 4,
            templates: 12,
        },
    };
    print!("{}", charter::json::to_json(&charter(seed, size)));
}
