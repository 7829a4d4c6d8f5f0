//! Counting a program's instructions with callgrind (valgrind), operation by operation: the
//! tests that say how work grows (`linear_work.rs`, `keystroke_work.rs`) share it. Instructions,
//! unlike seconds, are the same from run to run whatever else the machine is doing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds the example `name` with the release profile (instructions of optimised code are what
/// users run; the debug build's would hide the core's costs under its own); its path.
pub fn example(name: &str) -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .current_dir(root())
        .args([
            "build",
            "--quiet",
            "--release",
            "-p",
            "porte-voix-charter",
            "--example",
            name,
        ])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building examples/{name}.rs failed");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"));
    target.join("release/examples").join(name)
}

/// Each operation's name and instructions, in the program's order.
pub type Counts = Vec<(String, u64)>;

/// The instructions of each operation the example `name` (built at `program`) runs on `shape`
/// at `n`: the example counts each inside its function `measure`.
pub fn count(program: &Path, name: &str, shape: &str, n: usize) -> Counts {
    let dir = std::env::temp_dir().join(format!(
        "porte-voix-{name}-{}-{shape}-{n}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new("valgrind")
        .args(["--tool=callgrind"])
        .arg(format!("--toggle-collect={name}::measure"))
        .arg(format!("--dump-after={name}::measure"))
        .arg(format!(
            "--callgrind-out-file={}",
            dir.join("part").display()
        ))
        .arg(program)
        .args([shape, &n.to_string()])
        .output()
        .expect("valgrind is installed (scripts/install-tools --test installs it)");
    assert!(
        out.status.success(),
        "valgrind on {shape} {n}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let names = String::from_utf8(out.stdout).unwrap();
    let counts = names
        .lines()
        .enumerate()
        .map(|(i, name)| {
            // callgrind numbers the parts it dumps from 1, in the order the operations ran
            let part = std::fs::read_to_string(dir.join(format!("part.{}", i + 1)))
                .unwrap_or_else(|e| panic!("no part {} for {name}: {e}", i + 1));
            let total = part
                .lines()
                .find_map(|l| l.strip_prefix("summary: "))
                .and_then(|t| t.trim().parse().ok())
                .unwrap_or_else(|| panic!("no summary line in the part of {name}"));
            (name.to_owned(), total)
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    counts
}
