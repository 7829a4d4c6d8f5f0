// Browser benchmark: a large generated charter (50 personas, 30 channels, 300 templates) in
// headless Chromium, from the release build in dist/. Prints figures; asserts nothing.
//
//   scripts/build-release && cargo build -p porte-voix-charter --examples && node bench/browser.mjs
//   ONLY=keystrokes node bench/browser.mjs   (sections: first-render (and keystroke -> preview),
//                                            checker, export, limits, keystrokes, memory)
//
// - first render: from navigation to the step's heading and preview in the DOM, with the
//   large charter already in storage (as after a reload);
// - keystroke -> preview: from an input event in a field to the preview's DOM change that
//   shows it, measured in the page (p50 / p95 over many keystrokes);
// - export: from the click on a download button to the browser's download event;
// - memory: the JS heap (CDP Runtime.getHeapUsage, after a forced GC) and the wasm linear memory
//   once each step has been visited, the large charter beside the example one.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const GENERATE = process.env.PORTE_VOIX_GENERATE ?? join(ROOT, 'target/debug/examples/generate');
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 60);
// ONLY=keystrokes (comma-separated section names) runs only those sections
const ONLY = process.env.ONLY?.split(',');
const want = (section) => !ONLY || ONLY.includes(section);

const charter = execFileSync(GENERATE, ['42', 'large'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const parsed = JSON.parse(charter);
console.log(
  `charter: ${parsed.personas.length} personas, ${parsed.channels.length} channels, ` +
    `${parsed.templates.length} templates, ${(charter.length / 1e6).toFixed(2)} MB of JSON`,
);

const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
// the charter is in storage before the app starts, as after a reload
await context.addInitScript((text) => {
  if (!localStorage.getItem('porte-voix.draft')) localStorage.setItem('porte-voix.draft', text);
}, charter);
let page = await context.newPage();

const ms = (x) => `${x.toFixed(1)} ms`.padStart(10);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function firstRender(step) {
  const start = Date.now();
  await page.goto(`${server.url}?fresh=${Math.random()}#/${step}`);
  await page.locator('#step-heading').waitFor();
  await page.getByTestId('preview').locator('h2, h1').first().waitFor();
  return Date.now() - start;
}

/**
 * Types `count` characters into a field; for each, the time until `watched` (the preview by
 * default) changed.
 */
async function keystrokes(selector, count, watched = '[data-testid=preview]') {
  await openCardOf(page, selector);
  await page.locator(selector).waitFor();
  await page.locator(selector).focus();
  return page.evaluate(
    async ([selector, count, watched]) => {
      const input = document.querySelector(selector);
      const preview = document.querySelector(watched);
      const times = [];
      for (let i = 0; i < count; i++) {
        const changed = new Promise((ok) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            ok(performance.now());
          });
          observer.observe(preview, { childList: true, subtree: true, characterData: true });
        });
        const start = performance.now();
        input.value += 'x';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push((await changed) - start);
        // let the browser paint between keystrokes, as a typist would
        await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      }
      return times;
    },
    [selector, count, watched],
  );
}

/**
 * A long list shows its cards folded (see crates/charter/src/paging.rs): opens the card that
 * holds the field `selector` (`#template-1-title` is in the card of `template-1`) if it is
 * folded, as a person would before typing.
 */
async function openCardOf(tab, selector) {
  const card = selector.match(/^#([a-z_]+-\d+)-/)?.[1];
  const toggle = card && tab.locator(`#${card}-open[aria-expanded=false]`);
  if (toggle && (await toggle.count())) {
    await toggle.click();
    await tab.locator(selector).waitFor();
  }
}

/** A context whose stored draft is `text` when its first page loads (then left to the app). */
async function seededContext(text) {
  const own = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
  await own.addInitScript((draft) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('porte-voix.draft', draft);
    }
  }, text);
  return own;
}

/**
 * The English example charter as the site serves it. Checked: a URL that missed it once fed
 * every "example" figure an unreadable draft, that is an empty charter (see the README).
 */
async function exampleCharter() {
  const text = await (await fetch(new URL('examples/luciole-en.charter.json', server.url))).text();
  JSON.parse(text);
  return text;
}

/** Reload to painted heading, median of `runs`. */
async function reloadTime(tab, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = Date.now();
    await tab.reload();
    await tab.locator('#step-heading').waitFor();
    await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    times.push(Date.now() - start);
  }
  return quantile(times, 0.5);
}

/** One download on a page of its own: Chrome holds back repeated downloads from one page. */
async function exportTime(selector) {
  const own = await context.newPage();
  await own.goto(`${server.url}#/review`);
  await own.locator(selector).waitFor();
  const start = Date.now();
  await Promise.all([own.waitForEvent('download'), own.locator(selector).click()]);
  const time = Date.now() - start;
  await own.close();
  return time;
}

if (want('first-render')) {
console.log('\nfirst render (navigation to heading and preview)');
for (const step of ['start', 'personas', 'templates', 'review']) {
  const times = [];
  for (let i = 0; i < 3; i++) times.push(await firstRender(step));
  console.log(`  ${step.padEnd(12)}${ms(quantile(times, 0.5))} (median of 3)`);
}

console.log(`\nkeystroke -> preview updated (${KEYSTROKES} keystrokes)`);
for (const [step, selector, what] of [
  ['personas', '#persona-1-name', 'persona name'],
  ['channels', '#channel-1-purpose', 'channel purpose'],
  ['templates', '#template-1-title', 'template title'],
]) {
  await page.goto(`${server.url}#/${step}`);
  await page.locator('#step-heading').waitFor();
  // (keystrokes opens the field's card: the large charter's lists are folded)
  const times = await keystrokes(selector, KEYSTROKES);
  console.log(`  ${what.padEnd(18)} p50${ms(quantile(times, 0.5))}   p95${ms(quantile(times, 0.95))}   max${ms(Math.max(...times))}`);
}
}

// The reply checker as the user types in a 2,000-character reply, measured on the example
// charter (8 templates) so that the large charter's per-keystroke bookkeeping does not hide it.
if (want('checker')) {
  const small = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
  const own = await small.newPage();
  await own.goto(server.url);
  await own.locator('#example-en').click();
  await own.waitForURL(/#\/brand-voice$/);
  await own.goto(`${server.url}#/templates`);
  const reply = '#template-1-body-en';
  await own.locator(reply).waitFor();
  const long = 'Hello {{first_name}}, we understand and we are sorry, but it is the carrier fault. '.repeat(30).slice(0, 2000);
  await own.locator(reply).fill(long);
  const previous = page;
  page = own;
  const checks = await keystrokes(reply, KEYSTROKES, `${reply}-findings`);
  page = previous;
  console.log(`  reply checker on a 2,000-character reply (example charter) -> findings  p50${ms(quantile(checks, 0.5))}   p95${ms(quantile(checks, 0.95))}`);
  await small.close();
}

if (want('export')) {
console.log('\nexport (click to download event)');
for (const [selector, what] of [
  ['#download-json', 'charter JSON'],
  ['#download-markdown', 'charter Markdown'],
  ['#download-templates-json', 'templates JSON'],
  ['#download-templates-markdown', 'templates Markdown'],
]) {
  const times = [];
  for (let i = 0; i < 3; i++) times.push(await exportTime(selector));
  console.log(`  ${what.padEnd(20)}${ms(quantile(times, 0.5))} (median of 3)`);
}
}

// A charter at every list limit (200 personas, 100 channels, 1000 templates): whatever
// Porte-voix accepts, each step answers, because a list builds one page of cards. The reference
// is the example charter, measured the same way in the same run.
if (want('limits')) {
  const limits = execFileSync(GENERATE, ['42', 'limits'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const example = await exampleCharter();
  console.log(`\nfirst render at the limits (${(limits.length / 1e6).toFixed(2)} MB) vs the example charter`);
  for (const step of ['brand-voice', 'personas', 'channels', 'templates', 'review']) {
    const row = [];
    for (const text of [example, limits]) {
      const own = await seededContext(text);
      const tab = await own.newPage();
      await tab.goto(`${server.url}#/${step}`);
      await tab.locator('#step-heading').waitFor();
      row.push(await reloadTime(tab));
      await own.close();
    }
    console.log(`  ${step.padEnd(12)} example${ms(row[0])}   at the limits${ms(row[1])}   (reload to painted heading, median of 3)`);
  }
}

// Every step with the large charter against the example one, in the same run: reload to painted
// heading (median of 5, each step and charter in a fresh context, so that no earlier typing has
// grown the draft or the history); then keystroke -> work settled in every kind of text field the
// step shows once the first folded card of its list is opened (the first of each kind:
// `template-7-title` stands for every template title), with the example charter, the large one
// and one at every list limit: from the input event to the first task after it, so every
// handler, effect and re-render it caused has run, the checks included (layout and paint
// excluded). Targets (issue 19): p95 <= 16.7 ms for every kind with the large charter and at the
// limits, and <= 1.3x the example's p95 for the same kind.
//
// The three charters are open side by side (a context each) and take turns: for each kind,
// ROUNDS rounds of PER_KIND keystrokes in each, the order reversed every other round, so that
// whatever else the machine does at that moment falls on all three alike; a kind's p95 is read
// over all its rounds. Two p95s of 30 keystrokes at a few milliseconds, measured minutes apart,
// differed by up to 2x either way on this 2-core machine (README, 2026-12-04/05). The bench's own
// resolution is printed beside the ratio: the example against itself (its even rounds against
// its odd ones), measured in the same run.
if (want('keystrokes')) {
  const example = await exampleCharter();
  const limits = execFileSync(GENERATE, ['42', 'limits'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const charters = [['example', example], ['large', charter], ['limits', limits]];
  const STEPS = (process.env.STEPS?.split(',')) ?? ['start', 'brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review'];
  const PER_KIND = Number(process.env.PER_KIND ?? 30);
  const ROUNDS = Number(process.env.ROUNDS ?? 4);
  const render = {};
  const kinds = {};
  for (const step of STEPS) {
    for (const [name, text] of charters.slice(0, 2)) {
      const own = await seededContext(text);
      const tab = await own.newPage();
      await tab.goto(`${server.url}#/${step}`);
      await tab.locator('#step-heading').waitFor();
      (render[step] ??= {})[name] = await reloadTime(tab, 5);
      await own.close();
    }
    const open = {};
    for (const [name, text] of charters) {
      const own = await seededContext(text);
      const tab = await own.newPage();
      await tab.goto(`${server.url}#/${step}`);
      await tab.locator('#step-heading').waitFor();
      const folded = tab.locator('main .card-toggle[aria-expanded=false]').first();
      if (await folded.count()) await folded.click();
      open[name] = { own, tab };
    }
    // Work nobody waits for (the next step's chunk, the service worker's copy of the site)
    // starts three seconds after a page opens (split::when_settled): let it end in all three
    // before any typing (a tab waiting for its turn would otherwise fetch and compile on the
    // other core, and a tab typing its first kind do it between keystrokes: a probe saw the
    // first kind of the templates step at 4 ms instead of 1.8 for that reason alone). Ended:
    // the service worker is active and the page has fetched nothing for two seconds.
    await Promise.all(
      Object.values(open).map(({ tab }) =>
        tab.evaluate(async () => {
          const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
          const ready = navigator.serviceWorker ? navigator.serviceWorker.ready : Promise.resolve();
          await Promise.race([ready, sleep(20000)]);
          let fetched = -1;
          while (performance.now() < 30000) {
            const now = performance.getEntriesByType('resource').length;
            if (now === fetched && performance.now() > 5000) break;
            fetched = now;
            await sleep(2000);
          }
        }),
      ),
    );
    const order = [];
    for (const [name] of charters) {
      const found = await open[name].tab.evaluate(() => {
        window.__fields = new Map();
        for (const el of document.querySelectorAll('main input[type=text], main textarea, main input:not([type])')) {
          if (!el.id || el.readOnly || el.disabled || el.offsetParent === null) continue;
          const kind = el.id.replace(/\d+/g, 'N');
          if (!window.__fields.has(kind)) window.__fields.set(kind, el);
        }
        return [...window.__fields.keys()];
      });
      for (const kind of found) if (!order.includes(kind)) order.push(kind);
      open[name].kinds = new Set(found);
    }
    for (const kind of order) {
      const times = {};
      for (let round = 0; round < ROUNDS; round++) {
        const turn = round % 2 ? [...charters].reverse() : charters;
        for (const [name] of turn) {
          if (!open[name].kinds.has(kind)) continue;
          const got = await open[name].tab.evaluate(
            async ([kind, count, warm]) => {
              const el = window.__fields.get(kind);
              const settled = () =>
                new Promise((ok) => {
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => ok(performance.now());
                  channel.port2.postMessage(0);
                });
              const out = [];
              // the first keystrokes of a kind also pay for code and memos built on first use:
              // not counted
              for (let i = -warm; i < count; i++) {
                const start = performance.now();
                el.value += 'x';
                el.dispatchEvent(new Event('input', { bubbles: true }));
                const took = (await settled()) - start;
                if (i >= 0) out.push(took);
                // let the browser paint between keystrokes, as a typist would
                await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
              }
              // the draft is saved 400 ms after the last keystroke (autosave.rs): let that save
              // happen here, not in the middle of the next turn's keystrokes
              await new Promise((ok) => setTimeout(ok, 700));
              return out;
            },
            [kind, PER_KIND, round === 0 ? 3 : 1],
          );
          ((times[name] ??= []))[round] = got;
        }
      }
      const p95 = (rounds) => quantile(rounds.flat(), 0.95);
      const row = {};
      for (const [name, rounds] of Object.entries(times)) row[name] = p95(rounds.filter(Boolean));
      if (times.example) {
        const even = p95(times.example.filter((_, r) => r % 2 === 0));
        const odd = p95(times.example.filter((_, r) => r % 2 === 1));
        row.self = Math.max(even, odd) / Math.max(Math.min(even, odd), 1);
      }
      (kinds[step] ??= {})[kind] = row;
    }
    for (const { own } of Object.values(open)) await own.close();
  }
  const FRAME = 16.7;
  const worst = { large: [0, ''], limits: [0, ''], ratio: [0, ''], self: [0, ''] };
  let over = 0;
  console.log(
    `\nevery step: reload to painted heading (median of 5), example vs large; keystroke -> work settled, ` +
      `p95 of ${ROUNDS} x ${PER_KIND} keystrokes per field kind and charter, taking turns: ` +
      'example / large / at the limits, large / example, and the example against itself',
  );
  for (const step of STEPS) {
    const r = render[step];
    console.log(`  ${step.padEnd(15)} reload: example${ms(r.example)}   large${ms(r.large)}   ratio ${(r.large / r.example).toFixed(2)}x`);
    for (const [kind, t] of Object.entries(kinds[step] ?? {})) {
      // a ratio of two times under a millisecond says nothing: both are well within the frame
      const ratio = t.example && t.large ? t.large / Math.max(t.example, 1) : NaN;
      for (const name of ['large', 'limits', 'self']) if (t[name] > worst[name][0]) worst[name] = [t[name], `${step} ${kind}`];
      if (ratio > worst.ratio[0]) worst.ratio = [ratio, `${step} ${kind}`];
      const bad = t.large > FRAME || t.limits > FRAME || ratio > 1.3;
      over += bad ? 1 : 0;
      const show = (x) => (x === undefined ? '—'.padStart(10) : ms(x));
      const times = (x) => (Number.isNaN(x) || x === undefined ? '    —' : `${x.toFixed(2)}x`);
      console.log(`    ${kind.padEnd(34)} ${show(t.example)} ${show(t.large)} ${show(t.limits)}   ${times(ratio)}   self ${times(t.self)}${bad ? '   over target' : ''}`);
    }
  }
  console.log(
    `  worst p95: large ${worst.large[0].toFixed(1)} ms (${worst.large[1]}), at the limits ${worst.limits[0].toFixed(1)} ms (${worst.limits[1]}); ` +
      `worst ratio to the example ${worst.ratio[0].toFixed(2)}x (${worst.ratio[1]}; example times under 1 ms counted as 1 ms); ` +
      `the example against itself at worst ${worst.self[0].toFixed(2)}x (${worst.self[1]}); ${over} field kinds over target`,
  );
}

// Memory once every step has been visited, the large charter beside the example one. The wasm
// module is found through the event the page's loader sends when the app has started
// (scripts/build.mjs).
if (want('memory')) {
  const example = await exampleCharter();
  const row = [];
  for (const text of [example, charter]) {
    const own = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
    await own.addInitScript((draft) => {
      addEventListener('porte-voix-started', (e) => {
        window.__wasm = e.detail.wasm;
      });
      if (!localStorage.getItem('porte-voix.draft')) localStorage.setItem('porte-voix.draft', draft);
    }, text);
    const tab = await own.newPage();
    await tab.goto(`${server.url}#/start`);
    for (const step of ['brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review']) {
      await tab.evaluate((s) => {
        location.hash = `#/${s}`;
      }, step);
      await tab.waitForFunction((s) => document.querySelector('#step-heading') && location.hash === `#/${s}`, step);
      await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    }
    const cdp = await own.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await tab.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? NaN);
    row.push({ heap: heap.usedSize, wasm });
    await own.close();
  }
  const mib = (x) => `${(x / 1048576).toFixed(1)} MiB`.padStart(10);
  console.log('\nmemory after visiting every step (example charter / 300 templates)');
  console.log(`  JS heap used   ${mib(row[0].heap)} / ${mib(row[1].heap)}`);
  console.log(`  wasm memory    ${mib(row[0].wasm)} / ${mib(row[1].wasm)}`);
}

await browser.close();
await server.close();
