// End-to-end: loading on demand and working offline. After one visit the service worker keeps
// every file of the build: the app reloads offline with its draft, every step and every export
// works, a new tab opens. A newer build is announced and takes effect only when the person
// reloads, and the older build's files go. A part whose code cannot be fetched says so and
// offers to try again, the draft untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { download, launchBrowser, openApp, serveDist } from './harness.mjs';
import { chunksOf, splitPoints } from '../../scripts/size-report.mjs';

const DIST = resolve(process.env.PORTE_VOIX_DIST ?? 'dist');
const STEPS = ['start', 'brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review'];

/** Waits until the service worker controls the page and has kept every file of the build. */
async function keptForOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  return page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('porte-voix-')));
    return { keys, files: (await cache.keys()).length };
  });
}

/** A step opened from the step list, once its own heading (not the loading one) is there. */
async function openStep(page, slug) {
  await page.locator(`.step-nav a[href="#/${slug}"]`).click();
  await page.waitForURL(new RegExp(`#/${slug}$`));
  await page.locator('#step-heading').waitFor();
}

test('after one visit the app reloads offline with its draft, and every step and export works', async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const { context, page, errors } = await openApp(browser, server.url, { locale: 'en-GB' });
    await page.locator('#example-en').click();
    await page.waitForURL(/#\/brand-voice$/);
    await page.locator('#f-meta-title').fill('Offline workshop charter');
    await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('Offline workshop charter'));
    const kept = await keptForOffline(page);
    assert.equal(kept.keys.length, 1, `one cache for one build: ${kept.keys}`);
    assert.ok(kept.files > 20, `${kept.files} files kept`);

    await context.setOffline(true);
    await page.reload();
    await page.locator('#step-heading').waitFor();
    assert.equal(await page.locator('#f-meta-title').inputValue(), 'Offline workshop charter');
    for (const slug of STEPS) {
      await openStep(page, slug);
      assert.equal(await page.locator('#unloaded').count(), 0, `${slug} loaded offline`);
    }
    // edits and exports work offline
    await openStep(page, 'personas');
    const before = await page.getByTestId('persona').count();
    await page.locator('#add-personas').click();
    await page.waitForFunction((n) => JSON.parse(localStorage.getItem('porte-voix.draft')).personas.length === n, before + 1);
    await openStep(page, 'review');
    const markdown = await download(page, '#download-markdown');
    assert.match(markdown.text, /^# Offline workshop charter/m);
    const json = await download(page, '#download-json');
    assert.equal(JSON.parse(json.text).personas.length, before + 1);

    // a new tab, opened offline
    const other = await context.newPage();
    await other.goto(`${server.url}#/crisis`);
    await other.locator('#step-heading').waitFor();
    assert.match(await other.locator('#step-heading').innerText(), /Crisis/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a newer build is announced, takes effect when the person reloads, and the older files go', async () => {
  // the server can ship a "new build": a service worker that differs (its build's name)
  const files = new Map();
  const server = await serveDist({ files });
  const browser = await launchBrowser();
  try {
    const { context, page, errors } = await openApp(browser, server.url, { locale: 'en-GB' });
    const first = await keptForOffline(page);
    const worker = readFileSync(resolve(DIST, 'sw.js'), 'utf8');
    const next = worker.replace(/const VERSION = "([^"]+)"/, (_, v) => `const VERSION = "${v}-next"`);
    assert.notEqual(next, worker);
    files.set('/sw.js', Buffer.from(next));
    await page.locator('#new-charter').click();
    await page.waitForURL(/#\/brand-voice$/);
    await page.locator('#f-meta-title').fill('Typed before the update');
    // the browser looks for a new worker (it does on navigation, and every day)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator('#update-ready');
    await notice.waitFor();
    assert.match(await notice.innerText(), /new version/);
    // nothing reloaded by itself: the field keeps what was typed
    assert.equal(await page.locator('#f-meta-title').inputValue(), 'Typed before the update');
    await Promise.all([page.waitForEvent('load'), page.locator('#update-reload').click()]);
    await page.locator('#step-heading').waitFor();
    assert.equal(await page.locator('#f-meta-title').inputValue(), 'Typed before the update');
    const keys = await page.evaluate(() => caches.keys());
    assert.deepEqual(keys, [first.keys[0].replace(/$/, '-next')], 'the older build\'s cache is gone');
    assert.equal(await page.locator('#update-ready').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a step whose code cannot be fetched says so and offers to try again; the draft is intact', async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    // no service worker here: the network alone decides
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const pkg = readFileSync(resolve(DIST, 'index.html'), 'utf8').match(/pkg-[0-9a-f]+/)[0];
    assert.ok(splitPoints(resolve(DIST, pkg)).includes('step_edit'));
    let blocked = true;
    await context.route(/split_step_edit\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(server.url);
    await page.locator('#step-heading').waitFor();
    await page.locator('#new-charter').click();
    const alert = page.locator('#unloaded');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be loaded/);
    // the step's heading is there meanwhile, and the draft is the new charter, saved
    assert.match(await page.locator('.loading-heading').innerText(), /Brand & voice/);
    blocked = false;
    await page.locator('#unloaded-retry').click();
    await page.locator('#f-meta-title').waitFor();
    await page.locator('#f-meta-title').fill('After the retry');
    await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('After the retry'));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a link to any step opens that step directly, and its code is fetched only then', async () => {
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}#/personas`);
    await page.locator('#step-heading').waitFor();
    assert.match(await page.locator('#step-heading').innerText(), /Personas/);
    assert.ok(fetched.some((p) => p.endsWith('split_step_edit.wasm')));
    for (const later of ['split_step_templates.wasm', 'split_step_review.wasm']) {
      assert.ok(!fetched.some((p) => p.endsWith(later)), `${later} is not fetched before its step opens`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the reply checker\'s word lists come with the templates step, not with the first load', () => {
  const pkg = readFileSync(resolve(DIST, 'index.html'), 'utf8').match(/pkg-[0-9a-f]+/)[0];
  // its longer phrases, as written in the catalogue (short words could be UI words too)
  const lexicon = readFileSync(resolve(import.meta.dirname, '../../crates/charter/src/checker/lexicon.rs'), 'utf8')
    .split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
  const phrases = [...lexicon.matchAll(/"([^"\\\n]{14,})"/g)].map((m) => Buffer.from(m[1]));
  assert.ok(phrases.length > 20, `${phrases.length} phrases read`);
  const first = readFileSync(resolve(DIST, pkg, 'app_bg.wasm'));
  const templates = Buffer.concat(chunksOf(resolve(DIST, pkg), 'step_templates').map((f) => readFileSync(resolve(DIST, pkg, f))));
  assert.deepEqual(phrases.filter((p) => first.includes(p)).map(String), [], 'in the first module');
  assert.deepEqual(phrases.filter((p) => !templates.includes(p)).map(String), [], 'missing from the templates step');
});
