// Checks on the source that no compiler makes, each printing what falls short; exits 1 if any:
//   1. ARCHITECTURE.md names every Rust source and test file (a mod.rs or main.rs by its
//      folder), and every `*.rs` file it names exists;
//   2. every prop of every Leptos component has a doc comment;
//   3. words are picked by language only through `catalogue!` (no `if fr` in the code);
//   5. every message of every catalogue is used: a view's own `Words` in its file, any other
//      catalogue somewhere in the code (a message no code reads is a word nobody sees);
//   6. the charter's JSON pointers are built in one place (crates/charter/src/locate.rs, from
//      the lists' table in document/lists.rs): no other code writes one by hand;
//   4. the app's code outside catalogues holds no sentence and no typographic punctuation in a
//      string literal (those are words a person reads: they belong in a catalogue); a literal
//      given to `expect` or `set_class_name` is not read by a person;
//   7. no count is written with a bracketed plural ("persona(s)", "nouveau(x)") in a string
//      literal of the app or the core: counts go through `charter::count::Count`.
//   node scripts/check-source.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { withoutTests } from './layers.mjs';

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

// 4. no words outside catalogues
for (const file of rust.filter((f) => f.startsWith('src/'))) {
  let inCatalogue = false;
  let depth = 0;
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (/catalogue!\s*\{/.test(line)) inCatalogue = true;
    if (inCatalogue) {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      if (depth <= 0) inCatalogue = false;
      return;
    }
    if (/^\s*(\/\/|\*)/.test(line) || /\.expect\(|set_class_name\(/.test(line)) return;
    for (const m of line.matchAll(/([\w:-]+=)?"((?:[^"\\]|\\.)*)"/g)) {
      if (m[1]) continue; // a view's attribute (class, id, type…)
      if (/[“”«»’…]/.test(m[2]) || /\p{L}{2,}\s+\p{L}{2,}/u.test(m[2])) {
        problems.push(`${file}:${i + 1}: words outside a catalogue: "${m[2]}"`);
      }
    }
  });
}

// 5. every message is read somewhere
{
  const texts = Object.fromEntries(rust.map((f) => [f, readFileSync(f, 'utf8')]));
  const blocks = [];
  for (const [file, text] of Object.entries(texts)) {
    for (const m of text.matchAll(/catalogue!\s*\{/g)) {
      let depth = 0;
      let end = m.index;
      for (let i = m.index + m[0].length - 1; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) { end = i + 1; break; }
      }
      const body = text.slice(m.index, end);
      const name = body.match(/struct (\w+);/)?.[1];
      if (!name || file.endsWith('catalogue.rs')) continue;
      const fields = [...body.matchAll(/^\s{4}(\w+): [^{]+\{/gm)].map((f) => f[1]);
      blocks.push({ file, name, start: m.index, end, fields, local: !/pub(\([^)]*\))? struct/.test(body) });
    }
  }
  const outside = (file) => {
    let text = texts[file];
    for (const b of blocks.filter((b) => b.file === file).sort((a, b) => b.start - a.start)) text = text.slice(0, b.start) + text.slice(b.end);
    return text;
  };
  const stripped = Object.fromEntries(Object.keys(texts).map((f) => [f, outside(f)]));
  for (const b of blocks) {
    const where = b.local ? [b.file] : Object.keys(texts);
    for (const field of b.fields) {
      const used = new RegExp(`\\.${field}\\b`);
      if (!where.some((f) => used.test(stripped[f]))) problems.push(`${b.file}: message ${b.name}.${field} is never read`);
    }
  }
}

// 6. pointers built in one place
{
  const roots = 'meta|voice|personas|channels|response_times|moderation|crisis|engagement|placeholders|templates';
  const handMade = new RegExp(`"/(${roots})\\b|format!\\("/\\{`);
  for (const file of rust.filter((f) => !f.includes('/tests/') && !/(locate|lists)\.rs$/.test(f))) {
    withoutTests(readFileSync(file, 'utf8')).split('\n').forEach((line) => {
      if (!/^\s*(\/\/|\*)/.test(line) && handMade.test(line)) problems.push(`${file}: a JSON pointer built by hand (use locate::Place): ${line.trim()}`);
    });
  }
}

// 7. counts in words, not "(s)"
{
  const literal = /"(?:[^"\\\n]|\\.)*"/g;
  const bracketed = /\p{L}\((?:s|x|es|e)\)/u;
  for (const file of rust) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*\/\//.test(line)) return;
      for (const [text] of line.matchAll(literal)) {
        if (bracketed.test(text)) problems.push(`${file}:${i + 1}: a plural in brackets (use charter::count::Count): ${text}`);
      }
    });
  }
}

for (const p of problems) console.log(p);
const n = problems.length;
console.log(n ? `check-source: ${n} ${n === 1 ? 'problem' : 'problems'}` : 'check-source: ok');
process.exit(problems.length ? 1 : 0);
