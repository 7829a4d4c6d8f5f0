// Browser benchmark: a large generated charter (50 personas, 30 channels, 300 templates) in
// headless Chromium, from the release build in dist/. Prints figures; asserts nothing.
//
//   scripts/build-release && cargo build -p porte-voix-charter --examples && node bench/browser.mjs
//
// - first render: from navigation to the step's heading and preview in the DOM, with the
//   large charter already in storage (as after a reload);
// - keystroke -> preview: from an input event in a field to the preview's DOM change that
//   shows it, measured in the page (p50 / p95 over many keystrokes);
// - export: from the click on a download button to the browser's download event.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchBrowser, serveDist } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const GENERATE = process.env.PORTE_VOIX_GENERATE ?? join(ROOT, 'target/debug/examples/generate');
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 60);

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
  await page.locator(selector).waitFor();
  const times = await keystrokes(selector, KEYSTROKES);
  console.log(`  ${what.padEnd(18)} p50${ms(quantile(times, 0.5))}   p95${ms(quantile(times, 0.95))}   max${ms(Math.max(...times))}`);
}

// The reply checker as the user types in a 2,000-character reply, measured on the example
// charter (8 templates) so that the large charter's per-keystroke bookkeeping does not hide it.
{
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

// A charter at every list limit (200 personas, 100 channels, 1000 templates): whatever
// Porte-voix accepts, each step answers, because a list builds one page of cards. The reference
// is the example charter, measured the same way in the same run.
{
  const limits = execFileSync(GENERATE, ['42', 'limits'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const example = await (await fetch(`${server.url}/examples/luciole-en.charter.json`)).text();
  console.log(`\nfirst render at the limits (${(limits.length / 1e6).toFixed(2)} MB) vs the example charter`);
  for (const step of ['brand-voice', 'personas', 'channels', 'templates', 'review']) {
    const row = [];
    for (const text of [example, limits]) {
      const own = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
      await own.addInitScript((draft) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem('porte-voix.draft', draft);
        }
      }, text);
      const tab = await own.newPage();
      await tab.goto(`${server.url}#/${step}`);
      await tab.locator('#step-heading').waitFor();
      const times = [];
      for (let i = 0; i < 3; i++) {
        const start = Date.now();
        await tab.reload();
        await tab.locator('#step-heading').waitFor();
        await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
        times.push(Date.now() - start);
      }
      row.push(quantile(times, 0.5));
      await own.close();
    }
    console.log(`  ${step.padEnd(12)} example${ms(row[0])}   at the limits${ms(row[1])}   (reload to painted heading, median of 3)`);
  }
}

await browser.close();
await server.close();
