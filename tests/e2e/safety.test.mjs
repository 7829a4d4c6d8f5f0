// End-to-end: a charter is never lost. Two tabs of one browser (two pages of one context),
// the history, the size limit, an unreadable stored draft, a full storage, safe mode, the
// Content-Security-Policy, and import repairs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { download, openApp, useServerAndBrowser } from './harness.mjs';

const suite = useServerAndBrowser();
const TARGET = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, '../../target');
const GENERATE = process.env.PORTE_VOIX_GENERATE ?? join(TARGET, 'debug/examples/generate');

/** Waits until the header says the draft was saved. */
async function saved(page) {
  await page.locator('[data-testid=save-status]', { hasText: /^Saved at/ }).waitFor();
}

/** The stored draft, parsed. */
async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('porte-voix.draft')));
}

async function newPage(context, url, step = 'start') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${url}#/${step}`);
  await page.locator('#step-heading').waitFor();
  return { page, errors };
}

test('a tab with nothing unsaved shows what another tab saved, and says so', async () => {
  const { context, page: a, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await a.locator('#example-en').click();
  await a.waitForURL(/#\/brand-voice$/);
  await saved(a);
  const { page: b, errors: errorsB } = await newPage(context, suite.server.url, 'personas');
  await b.locator('[data-testid=persona]').first().waitFor();
  const before = await b.locator('[data-testid=persona]').count();
  await a.goto(`${suite.server.url}#/personas`);
  await a.locator('#add-personas').click();
  // the new card's name field takes focus (on the next frame): type once it has
  await a.waitForFunction((n) => document.activeElement?.id === `persona-${n}-name`, before + 1);
  await a.keyboard.type('Zoé from tab A');
  await a.waitForFunction(() => localStorage.getItem('porte-voix.draft').includes('Zoé from tab A'));
  await b.locator('#notice', { hasText: 'changed in another tab' }).waitFor();
  await b.waitForFunction(() => [...document.querySelectorAll('[data-testid=persona] input[id$="-name"]')].some((i) => i.value === 'Zoé from tab A'));
  assert.equal(await b.locator('[data-testid=persona]').count(), before + 1);
  assert.deepEqual([...errors, ...errorsB], []);
  await context.close();
});

/**
 * Tab B has an unsaved edit when tab A saves: a conflict. Playwright's clock belongs to the
 * whole context, so pausing it holds B's pending save (and A's timers); A's save is then a
 * direct write of the draft and its stamp in tab A, which the browser announces to tab B as
 * it would any other tab's save.
 */
async function conflict() {
  const { context, page: a } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await a.locator('#example-en').click();
  await a.waitForURL(/#\/brand-voice$/);
  await saved(a);
  const { page: b } = await newPage(context, suite.server.url, 'brand-voice');
  await context.clock.install();
  await context.clock.pauseAt(Date.now() + 1000);
  await b.locator('#f-meta-brand').fill('Brand from tab B');
  await a.evaluate(() => {
    const draft = JSON.parse(localStorage.getItem('porte-voix.draft'));
    const stamp = JSON.parse(localStorage.getItem('porte-voix.draft.stamp'));
    draft.personas.push({ id: 'persona-from-a', name: 'Persona from tab A' });
    localStorage.setItem('porte-voix.draft', JSON.stringify(draft));
    localStorage.setItem('porte-voix.draft.stamp', JSON.stringify({ revision: stamp.revision + 1, tab: 'tab-a', saved_at: new Date().toISOString() }));
  });
  await b.locator('#conflict').waitFor();
  await b.locator('[data-testid=save-status]', { hasText: 'changed in another tab' }).waitFor();
  // even with time running again, nothing is overwritten: the stored draft is still tab A's
  await context.clock.resume();
  await b.waitForTimeout(1000);
  const draft = await stored(b);
  assert.ok(draft.personas.some((p) => p.name === 'Persona from tab A'));
  assert.equal(draft.meta.brand, 'Luciole');
  return { context, a, b };
}

test('when both tabs changed, keeping mine saves it and sets the other version aside', async () => {
  const { context, a, b } = await conflict();
  await b.locator('#conflict-keep-mine').click();
  await b.locator('#conflict').waitFor({ state: 'detached' });
  const draft = await stored(b);
  assert.equal(draft.meta.brand, 'Brand from tab B');
  assert.ok(!draft.personas.some((p) => p.name === 'Persona from tab A'));
  // tab A had nothing unsaved: it now shows B's version
  await a.locator('#notice', { hasText: 'changed in another tab' }).waitFor();
  // A's version is in the history
  await b.goto(`${suite.server.url}#/history`);
  await b.locator('.revision[data-reason=OtherTab]').first().waitFor();
  await context.close();
});

test('when both tabs changed, taking theirs shows it and sets mine aside; both can be downloaded', async () => {
  const { context, b } = await conflict();
  const files = [];
  const downloads = new Promise((ok) => {
    b.on('download', async (file) => {
      files.push(file.suggestedFilename());
      if (files.length === 2) ok();
    });
  });
  await b.locator('#conflict-download-both').click();
  await downloads;
  assert.deepEqual(files.sort(), ['luciole-community-response-charter-other-tab.charter.json', 'luciole-community-response-charter-this-tab.charter.json']);
  await b.locator('#conflict-take-theirs').click();
  await b.locator('#conflict').waitFor({ state: 'detached' });
  assert.equal(await b.locator('#f-meta-brand').inputValue(), 'Luciole');
  await b.goto(`${suite.server.url}#/history`);
  await b.locator('.revision[data-reason=BeforeOtherTab]').first().waitFor();
  await context.close();
});

test('the history keeps the draft before a replace; a revision is previewed, restored and downloaded', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await saved(page);
  await page.goto(`${suite.server.url}#/start`);
  await page.locator('#new-charter').click();
  await page.locator('#replace-confirm').click();
  await page.waitForURL(/#\/brand-voice$/);
  assert.equal(await page.locator('#f-meta-title').inputValue(), '');
  await page.locator('#f-meta-title').fill('A fresh start');
  await saved(page);
  await page.locator('#history-link').click();
  const replaced = page.locator('.revision[data-reason=BeforeReplace]').first();
  await replaced.waitFor();
  assert.match(await replaced.textContent(), /Luciole community response charter/);
  await replaced.locator('button', { hasText: 'Preview' }).click();
  await page.locator('#revision-preview h1', { hasText: 'Luciole community response charter' }).waitFor();
  const file = await download(page, '.revision[data-reason=BeforeReplace] >> nth=0 >> button:has-text("Download")');
  assert.equal(JSON.parse(file.text).meta.title, 'Luciole community response charter');
  await replaced.locator('button', { hasText: 'Restore' }).click();
  await page.locator('#notice', { hasText: 'was restored' }).waitFor();
  // the restore can be undone: the draft it replaced is the newest revision
  const newest = page.locator('.revision').first();
  await newest.and(page.locator('[data-reason=BeforeRestore]')).waitFor();
  assert.match(await newest.textContent(), /A fresh start/);
  await page.locator('#history-back').click();
  await page.locator('#f-meta-title').waitFor();
  assert.equal(await page.locator('#f-meta-title').inputValue(), 'Luciole community response charter');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draft past the size limit is not saved over the last one, is kept in the history, and the person is told', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'brand-voice' });
  await page.locator('#f-meta-title').fill('Before it grew');
  await saved(page);
  // a text just under the limit saves and reloads
  await page.locator('#f-voice-emoji_note').fill('x'.repeat(1_900_000));
  await page.waitForFunction(() => localStorage.getItem('porte-voix.draft').length > 1_900_000);
  await page.reload();
  await page.locator('#f-voice-emoji_note').waitFor();
  assert.equal((await page.locator('#f-voice-emoji_note').inputValue()).length, 1_900_000);
  // past the limit: not saved, said, kept
  await page.locator('#f-voice-emoji_note').fill('y'.repeat(2_200_000));
  await page.locator('[data-testid=save-status]', { hasText: 'Not saved' }).waitFor();
  const [, kib] = (await page.locator('[data-testid=save-status]').textContent()).match(/(\d+) KiB.*2048 KiB/);
  assert.ok(Number(kib) > 2048, kib);
  await page.locator('#history-link').click();
  await page.locator('.revision[data-reason=TooLarge]').first().waitFor();
  await page.reload();
  await page.locator('#step-heading').waitFor();
  await page.goto(`${suite.server.url}#/brand-voice`);
  assert.equal(await page.locator('#f-meta-title').inputValue(), 'Before it grew', 'the saved draft was not replaced');
  assert.equal((await page.locator('#f-voice-emoji_note').inputValue()).length, 1_900_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unreadable stored draft is kept before anything is saved over it, and can be downloaded', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, {
    locale: 'en-GB',
    initScript: () => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('porte-voix.draft', '{"format": "porte-voix/charter", "version": 1, broken');
      }
    },
  });
  await page.locator('#notice', { hasText: 'could not be read' }).waitFor();
  const file = await download(page, '#download-unreadable');
  assert.match(file.text, /broken$/);
  await page.locator('#history-link').click();
  await page.locator('.revision[data-reason=Unreadable]').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage full the app says so and keeps working', async () => {
  const { context, page } = await openApp(suite.browser, suite.server.url, {
    locale: 'en-GB',
    step: 'brand-voice',
    initScript: () => {
      // fill local storage to its quota: big chunks, then ever smaller ones to the last byte
      let key = 0;
      for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) localStorage.setItem(`filler-${key++}`, 'x'.repeat(size));
        } catch {
          /* this size no longer fits */
        }
      }
    },
  });
  await page.locator('#f-meta-title').fill('A'.repeat(2000));
  await page.locator('[data-testid=save-status]', { hasText: 'unavailable or full' }).waitFor();
  await page.locator('#f-meta-brand').fill('Still editing');
  assert.equal(await page.locator('#f-meta-brand').inputValue(), 'Still editing');
  await context.close();
});

test('safe mode opens without the draft, downloads it, and discards it only when confirmed', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await saved(page);
  await page.goto(`${suite.server.url}?safe#/safe`);
  await page.locator('#step-heading', { hasText: 'Safe mode' }).waitFor();
  assert.match(await page.locator('#safe-size').textContent(), /KiB/);
  const file = await download(page, '#safe-download');
  assert.equal(JSON.parse(file.text).meta.brand, 'Luciole');
  await page.locator('#safe-discard').click();
  assert.ok(await page.evaluate(() => localStorage.getItem('porte-voix.draft') !== null), 'not before confirming');
  await page.locator('#safe-discard-confirm').click();
  assert.equal(await page.evaluate(() => localStorage.getItem('porte-voix.draft')), null);
  await page.locator('#safe-open').click();
  await page.locator('#new-charter').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the released page has a Content-Security-Policy and a walk through every step violates none', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, {
    locale: 'en-GB',
    initScript: () => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  for (const part of ["object-src 'none'", "base-uri 'none'", "'wasm-unsafe-eval'", "default-src 'none'"]) assert.ok(policy.includes(part), part);
  assert.ok(!policy.includes("'unsafe-inline'"));
  await page.locator('#example-fr').click();
  await page.waitForURL(/#\/brand-voice$/);
  for (const step of ['brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review', 'history']) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('imported ids that collide are repaired and said; fresh ids never collide', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'porte-voix-ids-'));
  const file = join(dir, 'ids.charter.json');
  await writeFile(file, JSON.stringify({
    format: 'porte-voix/charter',
    version: 1,
    meta: { title: 'Ids' },
    personas: [
      { id: 'persona-18446744073709551615', name: 'Huge' },
      { id: 'persona-1', name: 'First' },
      { id: 'persona-1', name: 'Second' },
    ],
  }));
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('#notice', { hasText: 'was already taken' }).waitFor();
  await page.goto(`${suite.server.url}#/personas`);
  await page.locator('#add-personas').click();
  await page.locator('#add-personas').click();
  const ids = await page.locator('[data-testid=persona]').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  assert.equal(ids.length, 5);
  assert.equal(new Set(ids).size, 5, ids.join(' '));
  // the second "persona-1" is reachable: typing in it changes it, not the first
  await page.locator(`#${ids[2]}-name`).fill('Second, edited');
  assert.equal(await page.locator('#persona-1-name').inputValue(), 'First');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a charter past a list limit is refused with the reason, the draft untouched', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'porte-voix-many-'));
  const file = join(dir, 'many.charter.json');
  const personas = Array.from({ length: 100_000 }, (_, i) => ({ id: `persona-${i + 1}`, name: 'P' }));
  await writeFile(file, JSON.stringify({ format: 'porte-voix/charter', version: 1, personas }));
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'brand-voice' });
  await page.locator('#f-meta-title').fill('Mine');
  await saved(page);
  await page.goto(`${suite.server.url}#/start`);
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('#import-error', { hasText: 'at most 200' }).waitFor();
  assert.equal((await stored(page)).meta.title, 'Mine');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Makes the browser answer `navigator.storage.persist()` (and `persisted()`) with `granted`. */
function persistence(granted) {
  return `(() => {
    const answer = () => Promise.resolve(${granted});
    Object.defineProperty(navigator.storage, 'persist', { value: answer });
    Object.defineProperty(navigator.storage, 'persisted', { value: answer });
  })()`;
}

test('storage the browser may clear is said, and a backup is offered whenever the draft changed since the last download', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'brand-voice', initScript: persistence(false) });
  await page.locator('[data-testid=storage-status]', { hasText: 'The browser may clear this draft' }).waitFor();
  assert.equal(await page.locator('#header-backup').count(), 0, 'nothing saved yet, nothing to back up');
  await page.locator('#f-meta-title').fill('Backed up');
  await page.locator('#header-backup').waitFor();
  const file = await download(page, '#header-backup');
  assert.equal(JSON.parse(file.text).meta.title, 'Backed up');
  await page.locator('#header-backup').waitFor({ state: 'detached' });
  await page.locator('#f-meta-title').fill('Backed up, then changed');
  await page.locator('#header-backup').waitFor();
  // the last download is remembered across reloads
  await download(page, '#header-backup');
  await page.reload();
  await page.locator('[data-testid=storage-status]', { hasText: 'may clear' }).waitFor();
  assert.equal(await page.locator('#header-backup').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage the browser keeps is said, and no backup is pressed on the person', async () => {
  const { context, page } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'brand-voice', initScript: persistence(true) });
  await page.locator('#f-meta-title').fill('Kept');
  await page.locator('[data-testid=storage-status]', { hasText: 'The browser keeps this draft' }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('Kept'));
  assert.equal(await page.locator('#header-backup').count(), 0);
  await context.close();
});

test('a charter at every list limit opens a page of cards per list, and every item stays reachable', async () => {
  const charter = JSON.parse(execFileSync(GENERATE, ['42', 'limits'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  assert.equal(charter.templates.length, 1000);
  charter.templates[536].title = 'Needle in the haystack';
  const dir = await mkdtemp(join(tmpdir(), 'porte-voix-limits-'));
  const file = join(dir, 'limits.charter.json');
  await writeFile(file, JSON.stringify(charter));
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#import-file').setInputFiles(file);
  await page.waitForURL(/#\/brand-voice$/);
  await page.goto(`${suite.server.url}#/templates`);
  const cards = page.locator('[data-testid=template]');
  await page.locator('#templates-pages', { hasText: '1 to 20 of 1000' }).waitFor();
  assert.equal(await cards.count(), 20, 'one page of cards, not a thousand');
  // the preview follows the page: its head, then one block per template shown (its code is
  // fetched when the step opens: waited for, not raced)
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=preview] > div').length === 1 + 20);
  // the page buttons
  await page.locator('#templates-next').click();
  await page.locator('#templates-pages', { hasText: '21 to 40 of 1000' }).waitFor();
  assert.equal(await cards.first().getAttribute('data-id'), charter.templates[20].id);
  // the filter
  await page.locator('#templates-filter').fill('needle IN');
  await page.locator('#templates-pages', { hasText: '1 to 1 of 1 found (1000 in all)' }).waitFor();
  assert.equal(await cards.first().getAttribute('data-id'), 'template-537');
  await page.locator('#templates-filter').fill('');
  // a removed item frees a place; the one added lands on the last page, shown and focused
  await page.locator(`#${await cards.first().getAttribute('data-id')}-remove`).click();
  await page.locator('#add-templates').click();
  await page.locator('#templates-pages', { hasText: '981 to 1000 of 1000' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-testid=template]')?.dataset.id), await cards.last().getAttribute('data-id'));
  // a problem on an item of another page: its link shows that page and focuses the field
  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#more-problems').waitFor();
  assert.equal(await page.locator('#error-summary li').count(), 50);
  // (the 50th problem is on a persona past the first page)
  await page.locator('#error-summary li', { hasText: 'Personas' }).last().locator('a').click();
  await page.waitForURL(/#\/personas$/);
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid=persona]'));
  const shown = await page.locator('#personas-pages').textContent();
  assert.ok(!shown.startsWith('1 to 20'), shown);
  // every other step builds at most one page of cards too
  for (const [step, kind] of [['personas', 'persona'], ['channels', 'channel']]) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator(`#${step}-pages`).waitFor();
    assert.equal(await page.locator(`[data-testid=${kind}]`).count(), 20, step);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a long list folds its cards and opens one at a time, from the keyboard too; Review previews one page of templates', async () => {
  const charter = execFileSync(GENERATE, ['42', 'large'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, {
    locale: 'en-GB',
    step: 'templates',
    initScript: (draft) => {
      if (!localStorage.getItem('porte-voix.draft')) localStorage.setItem('porte-voix.draft', draft);
    },
    initArg: charter,
  });
  const cards = page.locator('[data-testid=template]');
  await page.locator('#templates-pages', { hasText: '1 to 20 of 300' }).waitFor();
  assert.equal(await cards.count(), 20);
  // folded: a heading and the card's buttons, no field
  assert.equal(await page.locator('[data-testid=template] :is(input, textarea, select)').count(), 0);
  assert.equal(await page.locator('.card.folded').count(), 20);
  const first = page.locator('#template-1-open');
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  // opened from the keyboard; focus stays on the button, and Tab goes on into the fields
  await first.focus();
  await page.keyboard.press('Enter');
  await page.locator('#template-1-title').waitFor();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'template-1-open');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'template-1-title');
  await page.keyboard.type(' edited');
  await page.waitForFunction(() => localStorage.getItem('porte-voix.draft').includes(' edited'));
  // opening another folds the first: one card's fields at a time
  await page.locator('#template-2-open').click();
  await page.locator('#template-2-title').waitFor();
  assert.equal(await page.locator('#template-1-title').count(), 0);
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.card.folded').count(), 19);
  // a second press folds it
  await page.locator('#template-2-open').click();
  await page.locator('#template-2-title').waitFor({ state: 'detached' });
  // the templates' second filter: a situation, with the name filter or alone
  const complaints = JSON.parse(charter).templates.filter((t) => t.situation === 'complaint');
  assert.ok(complaints.length > 0 && complaints.length < 300);
  await page.locator('#templates-situation').selectOption({ index: 1 });
  await page.locator('#templates-pages', { hasText: `of ${complaints.length} found (300 in all)` }).waitFor();
  assert.equal(await cards.first().getAttribute('data-id'), complaints[0].id);
  await page.locator('#templates-filter').fill(complaints[0].title);
  await page.locator('#templates-pages', { hasText: 'found (300 in all)' }).waitFor();
  assert.equal(await cards.first().getAttribute('data-id'), complaints[0].id);
  await page.locator('#templates-filter').fill('');
  await page.locator('#templates-situation').selectOption({ index: 0 });
  await page.locator('#templates-pages', { hasText: '1 to 20 of 300' }).waitFor();
  const report = [];
  for (const step of ['templates', 'channels', 'response-times', 'review']) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    if (step === 'response-times') {
      // the grid follows the channels' page: rows as text, one opened for editing
      await page.locator('#channels-pages', { hasText: '1 to 20 of 30' }).waitFor();
      assert.equal(await page.locator('.grid tbody tr').count(), 20);
      // the channel opened on the channels step is the row open here
      assert.equal(await page.locator('.grid input').count(), await page.locator('#channel-1-fields input').count());
      await page.locator('#channel-2-open').click();
      await page.locator('#channel-2-fields input').first().waitFor();
      assert.equal(await page.locator('.grid input').count(), await page.locator('#channel-2-fields input').count());
      assert.ok((await page.locator('.grid input').count()) >= 6);
      // what is typed there is the channel's target
      await page.locator('#channel-2-fields input').first().fill('3 h');
      await page.locator('#channel-2-fields input').first().blur();
      await page.locator('#channel-2-open').click();
      await page.locator('#channel-2-fields .cell-text', { hasText: '3 h' }).waitFor();
    }
    if (step === 'channels') {
      // a channel opened shows its persona picker (50 personas) in that card only
      await page.locator('#channel-1-open').click();
      await page.locator('#channel-1-fields input[type=checkbox]').first().waitFor();
      assert.equal(await page.locator('main input[type=checkbox]').count(), await page.locator('#channel-1-fields input[type=checkbox]').count());
    }
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of result.violations) report.push(`${step}: ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }
  assert.deepEqual(report, []);
  // Review previews the charter with the templates step's page of templates, and says so
  await page.locator('#preview-templates-shown', { hasText: 'Templates 1 to 20 of 300 previewed' }).waitFor();
  // its head, one block per template shown, and the appendix of placeholders
  assert.equal(await page.locator('[data-testid=preview] > div').count(), 1 + 20 + 1);
  assert.equal(await page.locator('[data-testid=preview] h2').count(), 9, 'every section is there');
  assert.deepEqual(errors, []);
  await context.close();
});
