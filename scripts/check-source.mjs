// Checks on the source that no compiler makes, each printing what falls short; exits 1 if any:
//   1. ARCHITECTURE.md names every Rust source and test file (a mod.rs or main.rs by its
//      folder), and every `*.rs` file it names exists;
//   2. every prop of every Leptos component has a doc comment;
//   3. words are picked by language only through `catalogue!` (no `if fr` in the code).
//   node scripts/check-source.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const problems = [];
const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(f));
const rust = listed.filter((f) => f.endsWith('.rs') && /^(src|tests|crates\/[^/]+\/(src|tests|examples))\//.test(f));

// 1. the code map
const architecture = readFileSync('ARCHITECTURE.md', 'utf8');
for (const file of rust) {
  let name = basename(file, '.rs');
  if (name === 'mod' || name === 'main') name = basename(dirname(file));
  if (name === 'lib' || name === 'src') continue;
  const named = new RegExp(`(^|[^A-Za-z0-9_-])${name.replace(/[-]/g, '\\-')}(\\.rs|/|[^A-Za-z0-9_-]|$)`, 'm');
  if (!named.test(architecture)) problems.push(`ARCHITECTURE.md does not name ${file}`);
}
for (const named of new Set(architecture.match(/[A-Za-z0-9_/-]+\.rs\b/g) ?? [])) {
  const file = basename(named);
  if (!listed.some((f) => f === named || f.endsWith(`/${file}`))) problems.push(`ARCHITECTURE.md names ${named}, which does not exist`);
}

// 2. component props
for (const file of rust.filter((f) => f.startsWith('src/'))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '#[component]') continue;
    let j = i + 1;
    while (!/\bfn \w+/.test(lines[j])) j++;
    const component = lines[j].match(/fn (\w+)/)[1];
    if (/\(\s*\)/.test(lines[j])) continue;
    let documented = false;
    for (j = j + 1; j < lines.length && !/^\)/.test(lines[j]); j++) {
      const line = lines[j].trim();
      if (line.startsWith('///')) documented = true;
      else if (line.startsWith('#[')) continue;
      else if (/^\w+:/.test(line)) {
        if (!documented) problems.push(`${file}:${j + 1}: prop ${line.split(':')[0]} of ${component} has no doc comment`);
        documented = false;
      }
    }
  }
}

// 3. one mechanism for words
for (const file of rust.filter((f) => !f.includes('/tests/'))) {
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (/\bif fr\b|let fr = |== Lang::Fr\b/.test(line)) problems.push(`${file}:${i + 1}: a word picked by language outside catalogue!: ${line.trim()}`);
  });
}

for (const p of problems) console.log(p);
console.log(problems.length ? `check-source: ${problems.length} problem(s)` : 'check-source: ok');
process.exit(problems.length ? 1 : 0);
