// Mobile benchmark: Porte-voix against the stack's floor (bench/floor: a bare Leptos 0.8 CSR app
// with the same dependencies and release profile), both built by scripts/build.mjs and measured
// in this run, on this machine. Both are served brotli-compressed, as a static host would, and
// opened in headless Chromium under Lighthouse's mobile profile (150 ms round trip, 1.6 Mbps
// down, 750 kbps up, CPU slowed 4×, no cache, no service worker yet: a first visit). Prints
// figures; asserts nothing (the size budget is scripts/size-report.mjs's).
//
//   scripts/build-release && node bench/mobile.mjs          (RUNS=5 by default)
//
// - first load: the bytes (brotli, as the network counts them) of every response finished
//   before the first step's heading is there;
// - first heading: from navigation start to the step's heading in the DOM;
// - interactive: from navigation start to the page answering a click on the next step's link
//   (the click is sent as soon as the heading is there): the next step's heading shows;
// - step ready (the app only): from that click to the next step's own fields, its code fetched
//   on demand (the floor has nothing to fetch);
// - a step opened later: the Reply templates step, whose code is not loaded yet, opened from
//   the step list once the page has settled: to its heading, then to its fields.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { buildWasm, writeIndex } from '../scripts/build.mjs';
import { serveDir } from '../scripts/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 5);
const APP_DIST = process.env.PORTE_VOIX_DIST ?? join(ROOT, 'dist');
export const PROFILE = { latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, cpu: 4 };

/** Builds the floor app as the app is built (scripts/build.mjs), into a folder of its own. */
export function buildFloor() {
  const out = mkdtempSync(join(tmpdir(), 'porte-voix-floor-'));
  const pkg = buildWasm({ crateDir: join(ROOT, 'bench/floor'), bin: 'porte-voix-floor', out, split: false });
  writeIndex({ template: join(ROOT, 'bench/floor/index.html'), out, pkg, version: pkg });
  return out;
}

/** A fresh context under the mobile profile, with the CDP session that throttles it. */
export async function mobileContext(browser) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
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
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.down, uploadThroughput: PROFILE.up });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  return { context, page, cdp };
}

/**
 * Clicks `link` and returns when each of `watched` (name → [selector, pattern]) first matched,
 * on the page's clock, and when the click was sent. The observers are in place before the
 * click: a check sent afterwards would run only once the page's main thread is free, and
 * count that wait as the page's (it did: a heading on screen 20 ms after the click read as
 * 200 ms while the step's code was being fetched).
 */
async function clickAndWatch(page, link, watched) {
  const clicked = await page.evaluate(([link, watched]) => {
    window.__seen = {};
    const check = () => {
      for (const [name, [selector, source]] of Object.entries(watched)) {
        if (window.__seen[name] !== undefined) continue;
        const pattern = new RegExp(source);
        if ([...document.querySelectorAll(selector)].some((e) => pattern.test(e.textContent))) window.__seen[name] = performance.now();
      }
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
    document.querySelector(link).click();
    return performance.now();
  }, [link, Object.fromEntries(Object.entries(watched).map(([name, [selector, pattern]]) => [name, [selector, pattern.source]]))]);
  // a figure that never comes is a failure to report, not a bench that hangs
  await page.waitForFunction((names) => names.every((n) => window.__seen[n] !== undefined), Object.keys(watched), { timeout: 60_000, polling: 20 });
  return { clicked, seen: await page.evaluate(() => window.__seen) };
}

/** One cold visit. `next`: the link to click, and what its heading and its fields look like. */
async function visit(browser, url, next, later) {
  const { context, page, cdp } = await mobileContext(browser);
  // bytes per finished response, on the browser's clock (wall time, as the page's clock is)
  const finished = [];
  let offset = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    offset = e.wallTime * 1000 - e.timestamp * 1000;
  });
  cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp * 1000 + offset, bytes: e.encodedDataLength }));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__heading !== undefined, null, { timeout: 120_000, polling: 10 });
  const { heading, origin } = await page.evaluate(() => ({ heading: window.__heading, origin: performance.timeOrigin }));
  // present is enough for the fields: /(?:)/ matches any text, an input's empty one too
  const watch = (step) => ({ heading: [step.shown, step.heading], ...(step.ready ? { ready: [step.ready, /(?:)/] } : {}) });
  const first = await clickAndWatch(page, next.link, watch(next));
  const interactive = first.seen.heading;
  const ready = next.ready ? first.seen.ready - first.clicked : undefined;
  let laterHeading;
  let laterReady;
  if (later) {
    await page.waitForTimeout(3000);
    const { clicked, seen } = await clickAndWatch(page, later.link, watch(later));
    laterHeading = seen.heading - clicked;
    laterReady = seen.ready - clicked;
  }
  const bytes = finished.filter((f) => f.at <= origin + heading + 1).reduce((t, f) => t + f.bytes, 0);
  await context.close();
  return { heading, interactive, ready, bytes, laterHeading, laterReady };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (import.meta.url === `file://${process.argv[1]}`) {
  const floorDist = buildFloor();
  const app = await serveDir(APP_DIST, { brotli: true });
  const floor = await serveDir(floorDist, { brotli: true });
  const browser = await launchBrowser();
  const results = { app: [], floor: [] };
  const appNext = { link: 'a[href="#/brand-voice"]', shown: 'main h1', heading: /Brand & voice/, ready: '#f-meta-title' };
  const appLater = { link: 'a[href="#/templates"]', shown: 'main h1', heading: /Reply templates/, ready: '#add-templates, #add-placeholders' };
  for (let i = 0; i < RUNS; i++) {
    // alternate, so that a slower moment of the machine falls on both
    results.app.push(await visit(browser, app.url, appNext, appLater));
    results.floor.push(await visit(browser, floor.url, { link: '#step-2', shown: '#step-heading', heading: /Step 2/ }));
    console.error(`run ${i + 1}/${RUNS}:`, JSON.stringify(results.app.at(-1)), JSON.stringify(results.floor.at(-1)));
  }
  await browser.close();
  await app.close();
  await floor.close();

  const fmt = (x, unit) => (unit === 'KiB' ? `${(x / 1024).toFixed(1)} KiB` : `${(x / 1000).toFixed(2)} s`);
  const row = (label, key, unit) => {
    const a = median(results.app.map((r) => r[key]));
    const f = median(results.floor.map((r) => r[key]));
    console.log(`| ${label} | ${fmt(a, unit)} | ${fmt(f, unit)} | ${(a / f).toFixed(2)}× |`);
  };
  const alone = (label, key) => console.log(`| ${label} | ${fmt(median(results.app.map((r) => r[key])), 's')} | — | — |`);
  console.log(`mobile profile (150 ms RTT, 1.6 Mbps down, CPU ×4), brotli served, median of ${RUNS} cold visits, ${new Date().toISOString().slice(0, 10)}`);
  console.log('| figure | Porte-voix | stack floor | ratio |');
  console.log('| --- | --- | --- | --- |');
  row('first load (brotli, until the first heading)', 'bytes', 'KiB');
  row('first heading', 'heading', 's');
  row('interactive (a click on the next step shows it)', 'interactive', 's');
  alone('next step ready (its code fetched on demand), from the click', 'ready');
  alone('a step not loaded yet (Reply templates): its heading, from the click', 'laterHeading');
  alone('a step not loaded yet (Reply templates): its fields, from the click', 'laterReady');
}
