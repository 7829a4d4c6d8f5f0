// The layers of the Rust code, checked: which file imports which, and the rules those imports
// must keep. In the spirit of rust-analyzer's tidy tests, a rule that no compiler checks:
//   1. no import circle between files of one crate (crates/charter/src, src/): a file that
//      names another through `use`, a path (`crate::a::b`, `super::x`, `child::f`) or a glob
//      whose names it uses depends on the file that defines what it names (re-exports are
//      followed to the defining file);
//   2. the shell (SHELL below: what loads first) imports only the shell, and the router
//      (ROUTER); the steps and pages (ON_DEMAND) are imported only by the router and by each
//      other: the router names them through split points that load them on demand.
// Test code (`#[cfg(test)] mod …`) is not part of the layers.
//   node scripts/layers.mjs            prints the problems and exits 1 if any
// Its own test: tests/lint/layers.test.mjs (a circle added on purpose is found).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The crates and where their module trees start. */
export const CRATES = [
  { root: 'crates/charter/src', entry: 'lib.rs', exclude: /^bin\// },
  { root: 'crates/charter/src/bin/porte-voix', entry: 'main.rs' },
  { root: 'src', entry: 'lib.rs', exclude: /^main\.rs$/ },
];

/**
 * The shell: the app's files that load first and may not depend on any step (rule 2).
 * Everything it shows of a step comes through the router.
 */
export const SHELL = [
  'src/lib.rs', 'src/main.rs', 'src/shell.rs', 'src/state.rs', 'src/store.rs', 'src/storage.rs',
  'src/sync.rs', 'src/autosave.rs', 'src/history.rs', 'src/clock.rs', 'src/focus.rs',
  'src/recovery.rs', 'src/transfer.rs', 'src/i18n.rs', 'src/notice.rs', 'src/chunks.rs', 'src/offline.rs', 'src/split.rs', 'src/components/mod.rs',
  'src/components/header.rs', 'src/components/step_nav.rs',
  'src/components/undo_toast.rs', 'src/components/loading.rs',
];
/** The one file that names every step, page and panel: the seam where the code splits. */
export const ROUTER = 'src/routes.rs';
/** What only the router (and they themselves) may import: the steps and the pages. */
export const ON_DEMAND = [/^src\/steps\//, /^src\/pages\//];

// ---------------------------------------------------------------------------------------------
// Reading Rust: comments and literals out, test modules out, then items, uses and paths.

/** The code without comments, string and char literals (their bytes become spaces). */
export function stripCode(text) {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      let depth = 0;
      do {
        if (text[i] === '/' && text[i + 1] === '*') { depth++; i += 2; }
        else if (text[i] === '*' && text[i + 1] === '/') { depth--; i += 2; }
        else i++;
      } while (i < n && depth > 0);
      out += ' ';
    } else if (c === 'r' && (next === '"' || (next === '#' && /^r#+"/.test(text.slice(i, i + 12)))) && !/\w/.test(text[i - 1] ?? '')) {
      const hashes = text.slice(i + 1).match(/^#*/)[0];
      const end = '"' + hashes;
      const close = text.indexOf(end, i + 2 + hashes.length);
      i = close < 0 ? n : close + end.length;
      out += '""';
    } else if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += '""';
    } else if (c === "'" && (/^'(\\.[^']*|[^\\'])'/u.test(text.slice(i, i + 12)))) {
      // a char literal; a lifetime ('a) has no closing quote right after
      const m = text.slice(i, i + 12).match(/^'(\\.[^']*|[^\\'])'/u);
      i += m[0].length;
      out += "' '";
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Removes `#[cfg(test)]` modules and items (the braces they open, or up to `;`). */
export function withoutTests(code) {
  let out = code;
  for (;;) {
    const at = out.search(/#\[cfg\(test\)\]/);
    if (at < 0) return out;
    let i = at + '#[cfg(test)]'.length;
    while (i < out.length && out[i] !== '{' && out[i] !== ';') i++;
    if (out[i] === '{') {
      let depth = 0;
      for (; i < out.length; i++) {
        if (out[i] === '{') depth++;
        else if (out[i] === '}' && --depth === 0) break;
      }
    }
    out = out.slice(0, at) + out.slice(i + 1);
  }
}

/** Splits a use tree (`a::{b, c::{D@E, *}}`, `as` written `@`) into its leaves. */
function useLeaves(tree) {
  tree = tree.replace(/\s+/g, '');
  const leaves = [];
  const walk = (prefix, t) => {
    const brace = t.indexOf('{');
    if (brace < 0) {
      const [path, alias] = t.split('@');
      const full = prefix + path;
      if (!full) return;
      const segs = full.split('::').filter(Boolean);
      if (segs.at(-1) === '*') leaves.push({ segs: segs.slice(0, -1), glob: true });
      else if (segs.at(-1) === 'self') leaves.push({ segs: segs.slice(0, -1), name: alias ?? segs.at(-2) });
      else leaves.push({ segs, name: alias ?? segs.at(-1) });
      return;
    }
    const head = t.slice(0, brace);
    const body = t.slice(brace + 1, t.lastIndexOf('}'));
    let depth = 0;
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      const ch = body[i];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if ((ch === ',' || i === body.length) && depth === 0) {
        const part = body.slice(start, i);
        if (part) walk(prefix + head, part);
        start = i + 1;
      }
    }
  };
  walk('', tree);
  return leaves;
}

/** What one file holds: its module path, its items, its uses, its paths and its words. */
export function readModule(text) {
  const code = withoutTests(stripCode(text));
  const uses = [];
  let body = code.replace(/\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);/g, (m, pub, tree) => {
    for (const leaf of useLeaves(tree.replace(/\s+as\s+/g, '@'))) uses.push({ ...leaf, pub: Boolean(pub) });
    return ' ';
  });
  // top-level items (depth 0 of the file), with whether they are public
  const items = new Map();
  const mods = new Set();
  let depth = 0;
  const itemRe = /\b(pub(?:\([^)]*\))?\s+)?(?:unsafe\s+|async\s+|const\s+(?=fn))*(struct|enum|trait|type|fn|const|static|union|mod)\s+([A-Za-z_]\w*)|macro_rules!\s*([A-Za-z_]\w*)|[{}]/g;
  for (const m of code.matchAll(itemRe)) {
    if (m[0] === '{') { depth++; continue; }
    if (m[0] === '}') { depth--; continue; }
    if (depth !== 0) continue;
    if (m[4]) { items.set(m[4], false); continue; }
    items.set(m[3], Boolean(m[1]));
    if (m[2] === 'mod') mods.add(m[3]);
  }
  // a module's declaration names it, but does not use it
  body = body.replace(/\b(pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*;/g, ' ');
  const paths = [...body.matchAll(/(?<![\w$:])((?:crate|super|self|[a-z_]\w*)(?:::[A-Za-z_]\w*)+)/g)].map((m) => m[1].split('::'));
  const words = new Set(body.match(/\b[A-Za-z_]\w*\b/g) ?? []);
  return { uses, items, mods, paths, words };
}

// ---------------------------------------------------------------------------------------------
// The graph.

/** Module path (`a::b`) of a file relative to its crate root, or null for a file outside. */
function modulePath(rel, entry) {
  if (rel === entry) return '';
  const parts = rel.replace(/\.rs$/, '').split('/');
  if (parts.at(-1) === 'mod') parts.pop();
  return parts.join('::');
}

/**
 * The import graph of the files given as { path: text }, per crate: `edges` maps a file to
 * the files it depends on, each with the first name that makes it depend on it.
 */
export function buildGraph(sources, crates = CRATES) {
  const edges = new Map();
  for (const crate of crates) {
    const files = Object.keys(sources).filter((f) => f.startsWith(`${crate.root}/`) && f.endsWith('.rs'))
      .filter((f) => !(crate.exclude && crate.exclude.test(f.slice(crate.root.length + 1))));
    if (!files.length) continue;
    const byModule = new Map();
    const info = new Map();
    for (const file of files) {
      const mod = modulePath(file.slice(crate.root.length + 1), crate.entry);
      byModule.set(mod, file);
      info.set(file, { mod, ...readModule(sources[file]) });
    }
    const join = (a, b) => (a ? `${a}::${b}` : b);
    const parentOf = (mod) => (mod.includes('::') ? mod.slice(0, mod.lastIndexOf('::')) : '');
    // The module a path's leading segments name, and the segments left.
    const start = (mod, segs) => {
      let cur = mod;
      let i = 0;
      if (segs[0] === 'crate') { cur = ''; i = 1; }
      while (segs[i] === 'super') { cur = parentOf(cur); i++; }
      if (segs[i] === 'self') i++;
      return [cur, i];
    };
    // The file that defines `name` as seen from module `mod` (following re-exports).
    const resolveName = (mod, name, seen = new Set()) => {
      const key = `${mod}|${name}`;
      if (seen.has(key)) return null;
      seen.add(key);
      if (byModule.has(join(mod, name))) return byModule.get(join(mod, name));
      const file = byModule.get(mod);
      if (!file) return null;
      const m = info.get(file);
      if (m.items.has(name)) return file;
      for (const use of m.uses) {
        if (use.glob || use.name !== name) continue;
        return resolvePath(mod, use.segs, seen); // null: another crate's
      }
      for (const use of m.uses.filter((u) => u.glob)) {
        const [from, i] = start(mod, use.segs);
        const target = walkModules(from, use.segs.slice(i));
        if (target !== null && target !== undefined) {
          const found = resolveName(target, name, seen);
          if (found) return found;
        }
      }
      return null;
    };
    // Follows module segments from `from`; returns the module reached, or null if a segment
    // is not a module of this crate.
    const walkModules = (from, segs) => {
      let cur = from;
      for (const seg of segs) {
        if (!byModule.has(join(cur, seg))) return null;
        cur = join(cur, seg);
      }
      return cur;
    };
    const resolvePath = (mod, segs, seen = new Set()) => {
      const [from, i] = start(mod, segs);
      if (i === 0 && !byModule.has(join(mod, segs[0])) && segs[0] !== 'crate') return null; // another crate
      let cur = from;
      let j = i;
      while (j < segs.length && byModule.has(join(cur, segs[j]))) cur = join(cur, segs[j++]);
      if (j === segs.length) return byModule.get(cur);
      // a name not found as an item (a variant, an associated item) stays in its module; but
      // inside a re-export being followed, not found means "not this way"
      const outer = seen.size === 0;
      return resolveName(cur, segs[j], seen) ?? (outer ? byModule.get(cur) : null);
    };
    const exported = (mod, all, seen = new Set()) => {
      if (seen.has(mod)) return [];
      seen.add(mod);
      const file = byModule.get(mod);
      if (!file) return [];
      const m = info.get(file);
      const names = [...m.items].filter(([, pub]) => all || pub).map(([name]) => name);
      for (const use of m.uses) {
        if (!(all || use.pub)) continue;
        if (use.glob) {
          const [from, i] = start(mod, use.segs);
          const target = walkModules(from, use.segs.slice(i));
          if (target !== null) names.push(...exported(target, false, seen));
        } else names.push(use.name);
      }
      return names;
    };
    for (const file of files) {
      const m = info.get(file);
      const out = new Map();
      const add = (target, why) => { if (target && target !== file && !out.has(target)) out.set(target, why); };
      for (const use of m.uses) {
        const first = use.segs[0];
        const local = ['crate', 'super', 'self'].includes(first) || byModule.has(join(m.mod, first));
        if (!local) continue;
        if (use.glob) {
          const [from, i] = start(m.mod, use.segs);
          const target = walkModules(from, use.segs.slice(i));
          if (target === null) continue;
          const parentGlob = use.segs.every((s) => s === 'super');
          for (const name of exported(target, parentGlob)) {
            if (m.words.has(name)) add(resolveName(target, name), `${use.segs.join('::')}::* for ${name}`);
          }
        } else if (!use.pub || m.words.has(use.name)) {
          add(resolvePath(m.mod, use.segs), `use ${use.segs.join('::')}`);
        }
      }
      for (const segs of m.paths) {
        const first = segs[0];
        if (['crate', 'super', 'self'].includes(first) || m.mods.has(first)) add(resolvePath(m.mod, segs), segs.join('::'));
      }
      edges.set(file, out);
    }
  }
  return edges;
}

/** Strongly connected components with more than one file (Tarjan). */
export function circles(edges) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of (edges.get(v) ?? new Map()).keys()) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return found;
}

/** One cycle through the files of a component, to show. */
export function oneCycle(edges, component) {
  const inside = new Set(component);
  const first = component[0];
  const path = [first];
  const seen = new Set([first]);
  const dfs = (v) => {
    for (const w of (edges.get(v) ?? new Map()).keys()) {
      if (w === first) return true;
      if (inside.has(w) && !seen.has(w)) {
        seen.add(w);
        path.push(w);
        if (dfs(w)) return true;
        path.pop();
      }
    }
    return false;
  };
  dfs(first);
  return [...path, first];
}

/** Every problem of the tree: circles, and shell files that import what loads on demand. */
export function problems(sources, { crates = CRATES, shell = SHELL, router = ROUTER, onDemand = ON_DEMAND } = {}) {
  const edges = buildGraph(sources, crates);
  const out = [];
  for (const component of circles(edges)) {
    const cycle = oneCycle(edges, component);
    const steps = cycle.slice(1).map((to, i) => `${cycle[i]} -> ${to} (${edges.get(cycle[i]).get(to)})`);
    out.push(`import circle among ${component.length} files (${component.join(', ')}), for example:\n  ${steps.join('\n  ')}`);
  }
  const inShell = new Set(shell);
  for (const file of shell) {
    for (const [target, why] of edges.get(file) ?? []) {
      if (!inShell.has(target) && target !== router) {
        out.push(`${file} is the shell and imports ${target} (${why}), which is not: the shell reaches the rest through ${router}`);
      }
    }
  }
  for (const [file, targets] of edges) {
    for (const [target, why] of targets) {
      if (file !== router && !onDemand.some((re) => re.test(file)) && onDemand.some((re) => re.test(target))) {
        out.push(`${file} imports ${target} (${why}): only ${router} and the steps and pages themselves may`);
      }
    }
  }
  return out;
}

/** The repository's Rust sources, by path. */
export function repositorySources() {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.rs'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && existsSync(f));
  return Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = problems(repositorySources());
  for (const p of found) console.log(p);
  const n = found.length;
  console.log(n ? `layers: ${n} ${n === 1 ? 'problem' : 'problems'}` : 'layers: ok');
  process.exit(found.length ? 1 : 0);
}
