// Builds Porte-voix into a static site (dist/ by default): the one build the tests, the
// benchmarks and users run.
//   1. cargo builds the app for wasm32 with its split points (feature `split`), the linker
//      keeping its relocations (`cargo rustc … -- -Clink-args=--emit-relocs`: the split needs
//      them, and only the final link gets the flag, so no dependency is rebuilt for it);
//   2. wasm-split-cli (crates.io wasm_split_cli_support 0.2.4) cuts the module at its split
//      points: the shell, one chunk per part loaded on demand, and chunks of code they share;
//   3. wasm-bindgen (--keep-lld-exports, which the chunks link against) writes the JS glue;
//   4. wasm-opt -Oz (npm binaryen: Debian's breaks the module) optimises every module, and
//      terser (npm, pinned) minifies the JS glue and the chunks' loader;
//   5. all of it goes into `pkg-<hash>/`, a folder named after its content, so that no cache
//      ever serves a chunk of another build;
//   6. then the site: the public files, the CSS (minified by csso, npm, pinned; named after its
//      hash), index.html from
//      web/index.html with its Content-Security-Policy (scripts/csp.mjs), and the service
//      worker from web/sw.js with this build's name and every file it keeps for offline use.
//
//   node scripts/build.mjs [--dev] [--out DIR]
//
// `buildWasm` is exported for the benchmarks, which build the stack's floor the same way.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify as minifyCss } from 'csso';
import { addPolicy } from './csp.mjs';

const ROOT = resolve(import.meta.dirname, '..');
/** The tools come from the project (npm's binaryen) and cargo, before the system's. */
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

/** The rustflags .cargo/config.toml gives wasm32 builds. */
function configFlags() {
  const config = readFileSync(join(ROOT, '.cargo/config.toml'), 'utf8');
  const section = config.slice(config.indexOf('[target.wasm32-unknown-unknown]'));
  return JSON.parse(/rustflags\s*=\s*(\[[^\]]*\])/.exec(section)[1]);
}

/**
 * The release build's flags: .cargo/config.toml's (an environment variable replaces them, so
 * they are read from there), and the crates' source paths made short in the panic messages the
 * wasm carries (`$CARGO_HOME/registry/src/index.crates.io-…/leptos-0.8.23/…` becomes
 * `leptos-0.8.23/…`): fewer bytes, and the same bytes on every machine.
 */
const RELEASE_FLAGS = {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: [
    ...configFlags(),
    `--remap-path-prefix=${process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/registry/src=`,
    `--remap-path-prefix=${ROOT}=`,
  ].join(' '),
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: ENV, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** The first ten hex digits of the SHA-256 of `parts`. */
export function hashOf(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 10);
}

/** Every file under `dir`, relative to it, sorted. */
export function filesUnder(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path)];
    })
    .sort();
}

/** Whether a linked wasm module has split points (imports the split placeholder module). */
function hasSplitPoints(path) {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(path)));
  return imports.some((i) => i.module === '__wasm_split_placeholder__');
}

/**
 * Compiles the Leptos CSR binary `bin` of the crate at `crateDir` into `out/pkg-<hash>/`
 * (`app.js`, `app_bg.wasm` and, when `split` and the code has split points, `__wasm_split.js`
 * and the chunks). Returns the folder's name.
 */
export function buildWasm({ crateDir = ROOT, bin, out, release = true, features = [], split = true }) {
  const cargo = ['rustc', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', bin];
  if (release) cargo.push('--release');
  if (features.length) cargo.push('--features', features.join(','));
  if (split) cargo.push('--', '-Clink-args=--emit-relocs');
  run('cargo', cargo, { cwd: crateDir, env: { ...ENV, ...(release ? RELEASE_FLAGS : {}) } });
  const input = join(crateDir, 'target/wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
  const stage = mkdtempSync(join(tmpdir(), 'porte-voix-build-'));
  const cut = join(stage, 'cut');
  const glued = join(stage, 'glued');
  mkdirSync(cut);
  split = split && hasSplitPoints(input);
  if (split) run('wasm-split-cli', ['--target', 'web', '--out-name', 'app', input, cut]);
  const bindgen = ['--target', 'web', '--no-typescript', '--out-dir', glued, '--out-name', 'app'];
  if (split) bindgen.push('--keep-lld-exports');
  run('wasm-bindgen', [...bindgen, split ? join(cut, 'app.wasm') : input]);
  for (const name of readdirSync(cut).filter((n) => n !== 'app.wasm')) copyFileSync(join(cut, name), join(glued, name));
  if (release) {
    for (const name of readdirSync(glued).filter((n) => n.endsWith('.wasm'))) {
      const path = join(glued, name);
      // PORTE_VOIX_NAMES=1 keeps the functions' names, for a browser profile that says which
      // function took the time (a few hundred KiB more: never for a build users run)
      const names = process.env.PORTE_VOIX_NAMES ? ['-g'] : [];
      run('wasm-opt', ['-Oz', ...names, '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--strip-producers', path, '-o', path]);
    }
    // The glue is read before the first render: minified, it is 2.4 KiB less brotli (app.js
    // 8.6 → 6.8 KiB, __wasm_split.js 1.9 → 1.3 KiB, 2026-12-04). ES modules: exports keep
    // their names, which the wasm imports by. The chunks' loader loses only its spaces: its
    // names stay readable to scripts/size-report.mjs, which reads what each part loads.
    for (const name of readdirSync(glued).filter((n) => n.endsWith('.js'))) {
      const path = join(glued, name);
      const squeeze = name === 'app.js' ? ['--compress', '--mangle'] : [];
      run('terser', [path, '--module', ...squeeze, '--output', path]);
    }
  }
  const names = filesUnder(glued);
  const pkg = `pkg-${hashOf(...names.flatMap((n) => [n, readFileSync(join(glued, n))]))}`;
  cpSync(glued, join(out, pkg), { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  return pkg;
}

/**
 * Writes `out/index.html` from `template`: the stylesheets, the preloads of the shell's code and
 * the loader take the place of `<!-- build -->`; `{{version}}` becomes the build's name.
 */
export function writeIndex({ template, out, pkg, styles = [], version }) {
  const shell = [`${pkg}/app.js`, ...filesUnder(join(out, pkg)).filter((f) => f === '__wasm_split.js').map((f) => `${pkg}/${f}`)];
  const head = [
    ...styles.map((href) => `<link rel="stylesheet" href="${href}" />`),
    ...shell.map((href) => `<link rel="modulepreload" href="${href}" />`),
    `<link rel="preload" href="${pkg}/app_bg.wasm" as="fetch" type="application/wasm" crossorigin />`,
    // the started event hands the module's exports to the benchmarks (its memory, for one)
    `<script type="module">import init from './${pkg}/app.js'; init({ module_or_path: './${pkg}/app_bg.wasm' }).then((wasm) => dispatchEvent(new CustomEvent('porte-voix-started', { detail: { wasm } })));</script>`,
  ];
  const html = readFileSync(template, 'utf8')
    .replace('<!-- build -->', head.join('\n    '))
    .replaceAll('{{version}}', version);
  writeFileSync(join(out, 'index.html'), html);
}

/** The whole site of the app into `out`. */
export function buildSite({ out = join(ROOT, 'dist'), release = true } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const pkg = buildWasm({ bin: 'porte-voix-app', out, release, features: ['split'] });
  cpSync(join(ROOT, 'public'), out, { recursive: true });
  const source = ['tokens.css', 'app.css'].map((f) => readFileSync(join(ROOT, 'style', f), 'utf8')).join('\n');
  // without restructuring: the rules stay in their order and meaning, only spaces and comments
  // go (4.6 → 3.4 KiB brotli, 2026-12-04)
  const css = release ? minifyCss(source, { restructure: false }).css : source;
  const style = `app-${hashOf(css)}.css`;
  writeFileSync(join(out, style), css);
  const version = pkg.slice('pkg-'.length);
  writeIndex({ template: join(ROOT, 'web/index.html'), out, pkg, styles: [style], version });
  addPolicy(join(out, 'index.html'));
  // the service worker keeps every file of this build (but itself) under this build's name
  const kept = filesUnder(out).map((f) => (f === 'index.html' ? './' : f));
  const worker = readFileSync(join(ROOT, 'web/sw.js'), 'utf8')
    .replace("'{{version}}'", JSON.stringify(version))
    .replace("'{{files}}'", JSON.stringify(kept));
  writeFileSync(join(out, 'sw.js'), worker);
  return { out, pkg, version };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const { out, pkg } = buildSite({ out: at >= 0 ? resolve(args[at + 1]) : undefined, release: !args.includes('--dev') });
  console.log(`build: ${relative(process.cwd(), out) || '.'} (${pkg})`);
}
