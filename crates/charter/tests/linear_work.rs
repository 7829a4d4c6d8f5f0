//! Work grows linearly with the charter (issue 12, target 4): every operation of the core —
//! validation, Markdown, the preview's HTML, JSON both ways, the web page, the templates file,
//! the reply checker and every tool export — on adversarial charters of size n and 2n, must
//! cost less than 3× as much at 2n as at n.
//!
//! Cost is counted in instructions by callgrind (valgrind), not in seconds: the count is the
//! same from run to run whatever else the machine is doing, so this is not a timed test. The
//! charters are built by `examples/work.rs` (release build), which runs each operation inside one
//! function that callgrind counts apart from the building. A reference operation known to grow
//! with the square of n is measured in the same runs and must be seen as such.

mod callgrind;

use std::thread;

use callgrind::{count, example, Counts};

/// Each shape of `examples/work.rs` with its n: lists past their limits (`limits.rs`) and texts
/// of 100,000 characters: a square term would dwarf the linear ones (unclosed braces once cost
/// 5 s at this size).
const SHAPES: [(&str, usize); 8] = [
    ("personas", 1_000),
    ("channels", 500),
    ("templates", 1_000),
    ("plain", 100_000),
    ("lines", 100_000),
    ("braces", 100_000),
    ("markup", 100_000),
    ("nested", 100_000),
];

/// 2n may cost less than this many times n: linear is 2, n log n a little more, n² is 4.
const MOST: f64 = 3.0;
const REFERENCE: &str = "reference: quadratic";

#[test]
fn every_operation_costs_less_than_three_times_as_much_on_twice_the_input() {
    let program = example("work");
    // two valgrind runs per shape, as many at once as the machine has cores, each core taking
    // the next run as soon as it is free
    let jobs: Vec<(&'static str, usize)> = SHAPES
        .iter()
        .flat_map(|&(shape, n)| [(shape, n), (shape, 2 * n)])
        .collect();
    let queue = std::sync::Mutex::new(jobs);
    let cores = thread::available_parallelism().map_or(2, |n| n.get());
    let results: Vec<((&str, usize), Counts)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        // the lock is let go before the run (a `while let` would hold it)
                        let next = queue.lock().unwrap().pop();
                        let Some((shape, n)) = next else { break };
                        done.push(((shape, n), count(&program, "work", shape, n)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let at = |shape: &str, n: usize| {
        results
            .iter()
            .find(|((s, m), _)| *s == shape && *m == n)
            .map(|(_, counts)| counts)
            .unwrap()
    };
    let mut too_fast_growing = Vec::new();
    println!(
        "{:<10} {:<22} {:>14} {:>14} {:>6}",
        "shape", "operation", "n", "2n", "ratio"
    );
    for (shape, n) in SHAPES {
        let (small, large) = (at(shape, n), at(shape, 2 * n));
        assert_eq!(small.len(), large.len());
        assert!(small.len() >= 17, "every operation ran: {small:?}");
        for ((name, a), (_, b)) in small.iter().zip(large) {
            let ratio = *b as f64 / (*a).max(1) as f64;
            println!("{shape:<10} {name:<22} {a:>14} {b:>14} {ratio:>6.2}");
            if name == REFERENCE {
                assert!(
                    ratio > MOST,
                    "the quadratic reference must be seen as such on {shape}: {ratio:.2}"
                );
            } else if ratio >= MOST {
                too_fast_growing.push(format!("{name} on {shape}: {a} -> {b} ({ratio:.2}x)"));
            }
        }
    }
    assert!(
        too_fast_growing.is_empty(),
        "work that grows faster than the input:\n{}",
        too_fast_growing.join("\n")
    );
}
