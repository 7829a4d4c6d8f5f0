// End-to-end: workshop and publishing. A share link is made, checked by Node's own zlib (not our
// code), opened in a fresh browser context and taken as the draft; damaged links are refused
// with the draft intact; a participant's charter is combined with a conflict resolved each way;
// the draft is compared with a revision and with a file; the web page is downloaded; axe finds
// nothing on the new views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { download, openApp, useServerAndBrowser } from './harness.mjs';

const suite = useServerAndBrowser();
const TARGET = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, '../../target');
const GENERATE = process.env.PORTE_VOIX_GENERATE ?? join(TARGET, 'debug/examples/generate');
const EXAMPLE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/examples/luciole-en.charter.json'), 'utf8'));

/** The stored draft, parsed. */
async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('porte-voix.draft')));
}

/** A context whose draft is the English example, saved. */
async function withExample() {
  const opened = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await opened.page.locator('#example-en').click();
  await opened.page.waitForURL(/#\/brand-voice$/);
  await opened.page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('Luciole'));
  return opened;
}

/** Bytes as base64url, by Node (an encoder we did not write). */
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

test('a share link carries the charter; a fresh browser opens it and takes it as its draft', async () => {
  const { context, page, errors } = await withExample();
  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#share-copy').click();
  const link = await page.locator('#share-link').inputValue();
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, new URL(suite.server.url).origin + new URL(suite.server.url).pathname);
  assert.match(url.hash, /^#\/shared\/1\.[A-Za-z0-9_-]+$/);
  assert.ok(url.hash.length <= 16000, `${url.hash.length} characters`);
  // Node's zlib reads what the browser's CompressionStream wrote
  const charter = JSON.parse(inflateRawSync(Buffer.from(url.hash.slice('#/shared/1.'.length), 'base64url')).toString('utf8'));
  assert.equal(charter.meta.title, EXAMPLE.meta.title);
  assert.equal(charter.templates.length, EXAMPLE.templates.length);
  assert.ok((await page.locator('#share-status').textContent()).length > 0);
  assert.deepEqual(await axe(page), []);

  // a fresh browser context: nothing stored; the link shows the charter read-only
  const fresh = await openApp(suite.browser, link, { locale: 'en-GB' });
  await fresh.page.locator('#shared-charter h1').waitFor();
  assert.equal((await fresh.page.locator('#step-heading').textContent()).trim(), 'A charter shared with you');
  assert.match(await fresh.page.locator('#shared-charter h1').textContent(), /Luciole/);
  assert.ok(await fresh.page.locator('#shared-charter h2', { hasText: 'Reply templates' }).count());
  assert.equal(await fresh.page.evaluate(() => localStorage.getItem('porte-voix.draft')), null, 'viewing saves nothing');
  assert.deepEqual(await axe(fresh.page), []);
  // its draft is blank: "Open as my draft" takes it at once
  await fresh.page.locator('#shared-open').click();
  await fresh.page.waitForURL(/#\/brand-voice$/);
  await fresh.page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('Luciole'));
  assert.equal((await stored(fresh.page)).meta.title, EXAMPLE.meta.title);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();

  // a browser with a draft of its own is asked first, and the replaced draft is kept
  const other = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'brand-voice' });
  await other.page.locator('#f-meta-title').fill('My own workshop draft');
  await other.page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('My own workshop draft'));
  await other.page.goto(link);
  await other.page.locator('#shared-open').click();
  await other.page.locator('#shared-replace-heading').waitFor();
  assert.equal((await stored(other.page)).meta.title, 'My own workshop draft', 'nothing replaced before confirming');
  await other.page.locator('#shared-replace-confirm').click();
  await other.page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('Luciole'));
  await other.page.goto(`${suite.server.url}#/history`);
  await other.page.locator('.revision[data-reason=BeforeReplace]', { hasText: 'My own workshop draft' }).waitFor();
  assert.deepEqual([...errors, ...other.errors], []);
  await other.context.close();
  await context.close();
});

/** Records what the page hands to `navigator.share`, as a phone's share sheet would take it. */
function shareSheet() {
  window.__shared = [];
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (data) => {
      window.__shared.push(data);
    },
  });
}

test('a participant sends changes back; the facilitator combines them from the link, on a page of its own', async () => {
  // the participant took the facilitator's charter, changed a reply, and sends it back
  const participant = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', initScript: shareSheet });
  await participant.page.locator('#example-en').click();
  await participant.page.waitForURL(/#\/brand-voice$/);
  await participant.page.goto(`${suite.server.url}#/templates`);
  const area = participant.page.locator('#template-1-body-en');
  await area.fill('Hello {{first_name}}, thank you for telling us: we are on it today.');
  await participant.page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('we are on it today'));
  await participant.page.goto(`${suite.server.url}#/review`);
  // the contents list leads to the panel, far down on a phone
  await participant.page.locator('#jump-share').click();
  assert.equal(await participant.page.evaluate(() => document.activeElement.id), 'share-heading');
  await participant.page.locator('#share-send').click();
  await participant.page.locator('#share-status', { hasText: 'Sent.' }).waitFor();
  const [sent] = await participant.page.evaluate(() => window.__shared);
  assert.match(sent.text, /open the link and choose “Combine with my draft”/);
  assert.equal(sent.url, await participant.page.locator('#share-link').inputValue());
  assert.deepEqual(participant.errors, []);
  await participant.context.close();

  // the facilitator has the example as their draft, and opens the participant's link
  const { context, page, errors } = await withExample();
  await page.goto(sent.url);
  await page.locator('#shared-charter h1').waitFor();
  // a page of its own: no step list, no task statuses, no preview of the own draft
  assert.equal(await page.locator('.step-nav').isVisible(), false);
  assert.equal(await page.locator('aside.side').isVisible(), false);
  assert.deepEqual(await axe(page), []);
  await page.locator('#shared-combine').click();
  await page.locator('#combine-heading').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'combine-heading');
  const conflict = page.locator('.conflict', { hasText: 'Reply templates' });
  assert.match(await conflict.locator('table').textContent(), /we are on it today/);
  await conflict.locator('input[id$="-theirs"]').check();
  assert.deepEqual(await axe(page), []);
  await page.locator('#combine-confirm').click();
  await page.locator('#notice', { hasText: 'Charters combined' }).waitFor();
  // back in the wizard, on the draft, which now holds the participant's reply
  await page.locator('.step-nav').waitFor({ state: 'visible' });
  assert.doesNotMatch(page.url(), /#\/shared\//);
  await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('we are on it today'));
  assert.equal((await stored(page)).templates[0].body.en, 'Hello {{first_name}}, thank you for telling us: we are on it today.');
  await page.goto(`${suite.server.url}#/history`);
  await page.locator('.revision[data-reason=BeforeCombine]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a share sheet, "Send my changes" copies the link and says what the facilitator does with it', async () => {
  const { context, page, errors } = await withExample();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${suite.server.url}#/review`);
  assert.equal(await page.evaluate(() => 'share' in navigator), false, 'this desktop Chromium has no share sheet');
  await page.locator('#share-send').click();
  await page.locator('#share-status', { hasText: 'Link copied' }).waitFor();
  assert.match(await page.locator('#share-status').textContent(), /facilitator.*combine it with their draft/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#share-link').inputValue());
  assert.deepEqual(errors, []);
  await context.close();
});

test('damaged, cut, oversized and foreign links are refused with a reason, and the draft is intact', async () => {
  const { context, page, errors } = await withExample();
  const before = await page.evaluate(() => localStorage.getItem('porte-voix.draft'));
  const good = b64url(deflateRawSync(Buffer.from(JSON.stringify(EXAMPLE))));
  const cases = [
    ['#/shared/1.' + good.slice(0, 40) + '!' + good.slice(41), /character 41 of its data is not allowed/],
    ['#/shared/1.' + good.slice(0, Math.floor(good.length / 2)), /incomplete|damaged/],
    ['#/shared/1.' + good.slice(0, 4 * 100 + 1), /incomplete/],
    ['#/shared/2.' + good, /another version of Porte-voix/],
    ['#/shared/1.' + 'A'.repeat(16001), /more than the 16000/],
    ['#/shared/1.' + b64url(Buffer.from('not deflate at all, just text')), /damaged or incomplete/],
    ['#/shared/1.' + b64url(deflateRawSync(Buffer.from('{"format":"porte-voix/charter","version":99}'))), /newer|version/i],
    ['#/shared/1.' + b64url(deflateRawSync(Buffer.from('{"format": "other"'))), /./],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`${suite.server.url}${fragment}`);
    await page.reload();
    const error = page.locator('#shared-error');
    await error.waitFor();
    assert.match(await error.textContent(), message, fragment.slice(0, 60));
    assert.match(await error.textContent(), /draft was not changed/);
    assert.equal(await page.locator('#shared-open').count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('porte-voix.draft')), before, fragment.slice(0, 60));
  }
  // back to the draft, as it was
  await page.locator('#shared-back').click();
  await page.locator('#step-heading').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('porte-voix.draft')), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a charter too large for a link says to share the file, and makes no link', async () => {
  const large = execFileSync(GENERATE, ['42', 'large'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, {
    locale: 'en-GB',
    step: 'review',
    initScript: (draft) => localStorage.getItem('porte-voix.draft') || localStorage.setItem('porte-voix.draft', draft),
    initArg: large,
  });
  await page.locator('#share-copy').click();
  const error = page.locator('#share-error');
  await error.waitFor();
  assert.match(await error.textContent(), /This link would be \d+ characters long: more than the 16000 .* Share the file instead/);
  assert.equal(await page.locator('#share-link').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Their charter: the example with one persona changed, one added, the title changed. */
function theirs() {
  const c = structuredClone(EXAMPLE);
  c.meta.title = 'Group B';
  c.personas[0].age = { min: 41, max: 49 };
  c.personas.push({ id: c.personas[0].id, name: 'Nadia, night-shift nurse', age: { min: 30, max: 40 }, interests: ['sleep'], digital_behaviours: [], expectations: [], channels: [] });
  return Buffer.from(JSON.stringify(c));
}

async function combine(page, choose) {
  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#combine-file').setInputFiles({ name: 'group-b.charter.json', mimeType: 'application/json', buffer: theirs() });
  await page.locator('#combine-heading').waitFor();
  assert.match(await page.locator('#combine-summary').textContent(), /Added: 1 new item\..*Different: 2 items/);
  const persona = page.locator('.conflict', { hasText: 'Personas' });
  assert.match(await persona.locator('table').textContent(), /age\/min.*41/s);
  await persona.locator(`input[id$="-${choose}"]`).check();
  return persona;
}

test('combining a participant charter: new items added, a conflict resolved each way, one revision', async () => {
  for (const [choice, expectMin, expectCount] of [['theirs', 41, 4], ['mine', EXAMPLE.personas[0].age.min, 4], ['both', EXAMPLE.personas[0].age.min, 5]]) {
    const { context, page, errors } = await withExample();
    await combine(page, choice);
    if (choice === 'theirs') assert.deepEqual(await axe(page), []);
    await page.locator('#combine-confirm').click();
    await page.locator('#notice', { hasText: 'Charters combined' }).waitFor();
    await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('night-shift nurse'));
    const draft = await stored(page);
    assert.equal(draft.personas[0].age.min, expectMin, choice);
    assert.equal(draft.personas.length, expectCount, choice);
    assert.equal(draft.meta.title, EXAMPLE.meta.title, 'the title conflict was left on "keep mine"');
    const ids = draft.personas.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, `ids unique: ${ids}`);
    // Nadia came with the id of the draft's first persona: she got a fresh one
    assert.notEqual(draft.personas.find((p) => p.name.startsWith('Nadia')).id, EXAMPLE.personas[0].id);
    // one revision: the draft as it was, which compares with the draft
    await page.goto(`${suite.server.url}#/history`);
    const revision = page.locator('.revision[data-reason=BeforeCombine]');
    await revision.waitFor();
    assert.equal(await revision.count(), 1);
    await revision.locator('button[id$="-compare"]').click();
    await page.locator('#changes-heading').waitFor();
    const changes = await page.locator('#changes-list').textContent();
    assert.match(changes, /Added: Nadia, night-shift nurse/);
    if (choice === 'theirs') assert.match(changes, /age\/min: \d+ → 41/);
    if (choice === 'theirs') assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('compare with a file, download the changes and the web page', async () => {
  const { context, page, errors } = await withExample();
  await page.goto(`${suite.server.url}#/brand-voice`);
  await page.locator('#f-meta-version_label').fill('1.1');
  await page.waitForFunction(() => localStorage.getItem('porte-voix.draft')?.includes('"1.1"'));
  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#compare-file').setInputFiles({ name: 'v1.charter.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(EXAMPLE)) });
  await page.locator('#changes-heading').waitFor();
  assert.match(await page.locator('#changes-heading').textContent(), /Changes since 1\.0/);
  assert.match(await page.locator('#changes-list').textContent(), /meta\/version_label: 1\.0 — November workshop → 1\.1/);
  const changes = await download(page, '#download-changes');
  assert.match(changes.name, /-changes\.md$/);
  assert.match(changes.text, /^# Changes: 1\.0 — November workshop → 1\.1\n/);
  const md = await download(page, '#download-markdown-with-changes');
  assert.match(md.text, /\n## Changes since 1\.0 — November workshop\n/);
  await page.locator('#changes-close').click();
  // a file that is not a charter: a reason, and nothing opens
  await page.locator('#compare-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1, "a": 2}') });
  await page.locator('#workshop-error').waitFor();
  assert.equal(await page.locator('#changes').count(), 0);
  const html = await download(page, '#download-html');
  assert.match(html.name, /-charter\.html$/);
  assert.match(html.text, /^<!DOCTYPE html>\n<html lang="en">/);
  assert.ok(!/<script/i.test(html.text));
  assert.deepEqual(errors, []);
  await context.close();
});
