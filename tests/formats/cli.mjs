// What the format tests share: where the native `porte-voix` CLI and the `generate` example
// are (built by `cargo test -p porte-voix-charter`), the example charters, and running them.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
export const CLI = process.env.PORTE_VOIX_BIN ?? join(TARGET, 'debug/porte-voix');
const GENERATE = process.env.PORTE_VOIX_GENERATE ?? join(TARGET, 'debug/examples/generate');
export const EXAMPLES = ['luciole-fr', 'luciole-en'].map((name) => join(ROOT, 'public/examples', `${name}.charter.json`));

/** `porte-voix render FILE --format FORMAT [ARGS]`; a charter with problems exits 1, still written. */
export function render(file, format, args = []) {
  const run = spawnSync(CLI, ['render', file, '--format', format, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.ok(run.status === 0 || run.status === 1, `render ${format} ${file}: ${run.stderr}`);
  return run.stdout;
}

/** A generated charter written to a file in `dir`. */
export function generated(dir, seed) {
  const path = join(dir, `generated-${seed}.charter.json`);
  writeFileSync(path, execFileSync(GENERATE, [String(seed)], { encoding: 'utf8' }));
  return path;
}
