// Mobile benchmark: Porte-voix against the stack's floor (bench/floor: a bare Leptos 0.8 CSR app
// with the same dependencies and release profile), both measured in this run, on this machine.
// Both are served brotli-compressed, as a static host would, and opened in headless Chromium
// under Lighthouse's mobile profile (150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU slowed
// 4×, no cache). Prints figures; asserts nothing.
//
//   scripts/build-release && node bench/mobile.mjs          (RUNS=5 by default)
//
// - page: the bytes of every file the first visit transfers (brotli), as the network counts them;
// - first heading: from navigation start to the step's heading in the DOM;
// - interactive: from navigation start to the step changing after a click on a step link, the
//   click sent as soon as the heading is there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 5);
const APP_DIST = process.env.PORTE_VOIX_DIST ?? join(ROOT, 'dist');

/** Builds the floor app with trunk, as scripts/build-release builds the app. */
function buildFloor() {
  const dist = mkdtempSync(join(tmpdir(), 'porte-voix-floor-'));
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };
  if (env.NO_COLOR) env.NO_COLOR = 'true';
  const run = spawnSync('trunk', ['build', '--release', '--offline', '--dist', dist], { cwd: join(ROOT, 'bench/floor'), env, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error('the floor app did not build');
  }
  return dist;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves a folder, brotli-compressed (quality 11, as a static host precompresses). */
function serve(dir) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    if (!cache.has(file)) cache.set(file, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'br', 'cache-control': 'no-store' });
    res.end(cache.get(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

/** One cold visit under the mobile profile. */
async function visit(browser, url, link) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  // the moment the heading first exists, seen from inside the page
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (!window.__heading && document.getElementById('step-heading')) window.__heading = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__heading !== undefined, null, { timeout: 120_000, polling: 10 });
  const interactive = await page.evaluate(async (link) => {
    const before = document.getElementById('step-heading').textContent;
    const changed = new Promise((ok) => {
      const observer = new MutationObserver(() => {
        const heading = document.getElementById('step-heading');
        if (heading && heading.textContent !== before) {
          observer.disconnect();
          ok(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    document.querySelector(link).click();
    return changed;
  }, link);
  const heading = await page.evaluate(() => window.__heading);
  await page.waitForTimeout(200);
  await context.close();
  return { heading, interactive, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const floorDist = buildFloor();
const app = await serve(APP_DIST);
const floor = await serve(floorDist);
const browser = await launchBrowser();
const results = { app: [], floor: [] };
for (let i = 0; i < RUNS; i++) {
  // alternate, so that a slower moment of the machine falls on both
  results.app.push(await visit(browser, app.url, 'a[href="#/brand-voice"]'));
  results.floor.push(await visit(browser, floor.url, '#step-2'));
}
await browser.close();
app.server.close();
floor.server.close();

const row = (label, key, unit, scale = 1) => {
  const a = median(results.app.map((r) => r[key])) * scale;
  const f = median(results.floor.map((r) => r[key])) * scale;
  const fmt = (x) => (unit === 'KiB' ? `${x.toFixed(1)} KiB` : `${(x / 1000).toFixed(2)} s`);
  console.log(`| ${label} | ${fmt(a)} | ${fmt(f)} | ${(a / f).toFixed(2)}× |`);
};
console.log(`mobile profile (150 ms RTT, 1.6 Mbps down, CPU ×4), brotli served, median of ${RUNS} cold visits, ${new Date().toISOString().slice(0, 10)}`);
console.log('| figure | Porte-voix | stack floor | ratio |');
console.log('| --- | --- | --- | --- |');
row('page transferred (brotli)', 'bytes', 'KiB', 1 / 1024);
row('first heading', 'heading', 's');
row('interactive (a step link changes the step)', 'interactive', 's');
