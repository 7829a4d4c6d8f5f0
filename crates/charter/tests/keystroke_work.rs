//! A keystroke's work does not grow with the rest of the charter (issue 19, target 2): the
//! instructions one keystroke costs in the core — the edit, the checks brought up to date, the
//! preview block it renders again (`examples/keystroke.rs`) — at 300 templates and at 30, and
//! at 200 personas and at 20, differ by less than 1.3×. A reference, what a keystroke cost
//! before (the whole charter checked, the whole section previewed), is counted in the same runs
//! and must be seen to grow: a measurement that counted nothing could not pass.
//!
//! Counted by callgrind, not timed (see `callgrind/mod.rs`).

mod callgrind;

use callgrind::{count, example};

/// Each shape with its small n; the large one is ten times as many.
const SHAPES: [(&str, usize); 2] = [("templates", 30), ("personas", 20)];
const GROWTH: usize = 10;
/// At ten times the list, a keystroke may cost less than this many times as much.
const MOST: f64 = 1.3;
/// And the reference must cost at least this many times as much.
const REFERENCE_LEAST: f64 = 2.0;
const REFERENCE: &str = "reference: whole check";

#[test]
fn a_keystroke_costs_the_same_whatever_the_lists_hold() {
    let program = example("keystroke");
    let mut failures = Vec::new();
    println!(
        "{:<10} {:<24} {:>12} {:>12} {:>6}",
        "shape", "keystroke", "n", "10n", "ratio"
    );
    for (shape, n) in SHAPES {
        let small = count(&program, "keystroke", shape, n);
        let large = count(&program, "keystroke", shape, GROWTH * n);
        assert_eq!(small.len(), large.len());
        assert!(small.len() >= 8, "every keystroke ran: {small:?}");
        for ((name, a), (_, b)) in small.iter().zip(&large) {
            let ratio = *b as f64 / (*a).max(1) as f64;
            println!("{shape:<10} {name:<24} {a:>12} {b:>12} {ratio:>6.2}");
            if name == REFERENCE {
                assert!(
                    ratio >= REFERENCE_LEAST,
                    "the whole check must be seen to grow with {shape}: {ratio:.2}"
                );
            } else if ratio >= MOST {
                failures.push(format!("{name} on {shape}: {a} -> {b} ({ratio:.2}x)"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "keystrokes whose work grows with the charter:\n{}",
        failures.join("\n")
    );
}
