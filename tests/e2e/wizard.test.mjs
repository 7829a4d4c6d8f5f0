// End-to-end: the whole wizard in the release build, in headless Chromium.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { download, openApp, useServerAndBrowser } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE_EN = join(ROOT, 'public/examples/luciole-en.charter.json');
const STEPS = ['start', 'brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review'];

const suite = useServerAndBrowser();
let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'porte-voix-e2e-'));
});

/** Focuses an element and presses a key, as a keyboard user would after tabbing to it. */
async function press(page, selector, key = 'Enter') {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

/** Focuses a field and types into it. */
async function type(page, selector, text) {
  await page.locator(selector).focus();
  await page.keyboard.type(text);
}

/** Presses an Add button and types into the field that takes focus. */
async function addAndType(page, selector, focusId, text) {
  await press(page, selector);
  await page.waitForFunction((id) => document.activeElement?.id === id, focusId);
  await page.keyboard.type(text);
}

async function expectHeading(page, text) {
  await page.waitForFunction((t) => document.querySelector('#step-heading')?.textContent === t, text);
}

/** Imports a charter file through the Start step's file input. */
async function importFile(page, path) {
  await page.goto(`${suite.server.url}#/start`);
  await page.locator('#import-file').setInputFiles(path);
}

test('a charter built from scratch by keyboard and mouse survives export and import in a fresh profile', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await expectHeading(page, 'Step 1 of 10: Start');
  await press(page, '#new-charter');

  // Brand & voice, and focus moved to the new step's heading
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  assert.equal(await page.title(), 'Step 2 of 10: Brand & voice — Porte-voix');
  await type(page, '#f-meta-title', 'Hibou charter');
  await type(page, '#f-meta-brand', 'Hibou');
  await press(page, '#f-voice-tone-add');
  await type(page, '#f-voice-tone-0-description', 'Warm and direct');
  await press(page, '#f-voice-words_to_avoid-add');
  await type(page, '#f-voice-words_to_avoid-0-text', 'unfortunately');
  await press(page, '#step-continue');

  // Personas: the new card's name field takes focus
  await expectHeading(page, 'Step 3 of 10: Personas');
  await addAndType(page, '#add-personas', 'persona-1-name', 'Camille');
  await press(page, '#persona-1-channels-0', 'Space');
  await press(page, '#step-continue');

  // Channels: pick a platform, add it with the mouse
  await expectHeading(page, 'Step 4 of 10: Channels');
  await page.locator('#new-channel-platform').selectOption({ label: 'Instagram' });
  await page.locator('#add-channel').click();
  assert.equal(await page.locator('#channel-1-reply_length_limit').inputValue(), '2200', 'platform default');
  await page.locator('#channel-1-name').fill('Instagram @hibou');
  await press(page, '#channel-1-persona_ids-0', 'Space');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 5 of 10: Response times');
  await type(page, '#channel-1-rt-complaint', '2 h');
  await type(page, '#channel-1-rt-crisis', '30 min');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 6 of 10: Moderation');
  await type(page, '#f-moderation-house_rules', 'Be kind\nNo spam');
  await addAndType(page, '#add-rules', 'rule-1-covers', 'Insults and threats');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 7 of 10: Crisis plan');
  await type(page, '#f-crisis-spokesperson-name', 'Nadia');
  await addAndType(page, '#add-escalation', 'step-1-role', 'Head of care');
  await addAndType(page, '#add-holding_statements', 'statement-1-title', 'Outage');
  await type(page, '#statement-1-body-en', 'We are on it.');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 8 of 10: Engagement and listening');
  await addAndType(page, '#add-rituals', 'ritual-1-name', 'Monthly live');
  await press(page, '#ritual-1-channel_ids-0', 'Space');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 9 of 10: Reply templates');
  await addAndType(page, '#add-placeholders', 'placeholder-1-name', 'first_name');
  await type(page, '#placeholder-1-sample', 'Léa');
  await addAndType(page, '#add-templates', 'template-1-title', 'Late delivery');
  await type(page, '#template-1-body-en', 'Hello {{first_name}}, we are sorry. We will message you privately.');
  // the charter is in English: French is a language the team adds for its replies
  await press(page, '#add-language-fr');
  await type(page, '#template-1-body-fr', 'Bonjour {{first_name}}, désolés. Nous vous écrivons en privé.');
  await press(page, '#step-continue');

  await expectHeading(page, 'Step 10 of 10: Review & export');
  if (await page.locator('#error-summary').count()) assert.fail(await page.locator('#error-summary').innerText());
  await page.locator('#no-problems').waitFor();
  const first = await download(page, '#download-json');
  assert.equal(first.name, 'hibou-charter.charter.json');
  const exported = JSON.parse(first.text);
  assert.equal(exported.templates[0].body.en, 'Hello {{first_name}}, we are sorry. We will message you privately.');
  assert.deepEqual(exported.moderation.house_rules, ['Be kind', 'No spam']);
  assert.deepEqual(exported.response_times.targets.map((t) => [t.channel_id, t.situation, t.target.value, t.target.unit]), [
    ['channel-1', 'complaint', 2, 'hours'],
    ['channel-1', 'crisis', 30, 'minutes'],
  ]);
  assert.deepEqual(errors, []);
  await context.close();

  // A fresh browser profile imports the file and exports the very same JSON.
  const file = join(work, first.name);
  await writeFile(file, first.text);
  const fresh = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await importFile(fresh.page, file);
  await expectHeading(fresh.page, 'Step 2 of 10: Brand & voice');
  assert.equal(await fresh.page.locator('#f-meta-title').inputValue(), 'Hibou charter');
  await fresh.page.goto(`${suite.server.url}#/review`);
  const second = await download(fresh.page, '#download-json');
  assert.equal(second.text, first.text);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
});

test('a charter full of markup and script links runs no script anywhere', async () => {
  const charter = JSON.parse(await readFile(EXAMPLE_EN, 'utf8'));
  const img = '<img src=x onerror=alert(1)>';
  const link = '[x](javascript:alert(1))';
  charter.meta.title = `${img} ${link}`;
  charter.meta.brand = '<script>alert(2)</script>';
  charter.personas[0].name = img;
  charter.personas[0].interests = [link, '<svg onload=alert(3)>'];
  charter.channels[0].name = `${link} ${img}`;
  charter.moderation.house_rules = [img, link];
  charter.crisis.holding_statements[0].body.en = `${img}\n${link}`;
  charter.templates[0].title = img;
  charter.templates[0].body.en = `Hello ${img} ${link} <a href="javascript:alert(4)">x</a>`;
  const file = join(work, 'hostile.charter.json');
  await writeFile(file, JSON.stringify(charter));

  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await importFile(page, file);
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  for (const step of STEPS) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    await page.waitForTimeout(50);
    const preview = page.getByTestId('preview');
    assert.equal(await preview.locator('img, script, svg, iframe').count(), 0, step);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), `${step}: ${hrefs}`);
    assert.equal(await page.locator('main img, main script, main svg').count(), 0, step);
  }
  // the text is there, as text
  await page.goto(`${suite.server.url}#/personas`);
  await page.getByTestId('preview').getByText(img).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('every step with the example loaded has no axe violations (WCAG 2.2 AA)', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  const report = [];
  for (const step of STEPS) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    await page.waitForTimeout(50);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of result.violations) {
      report.push(`${step}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  assert.deepEqual(report, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failed import leaves the draft untouched and says why', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  const title = await page.locator('#f-meta-title').inputValue();

  const broken = join(work, 'broken.json');
  await writeFile(broken, '{\n  "format": "porte-voix/charter",\n  "version": 1,\n  oops\n}');
  await importFile(page, broken);
  const alert = page.locator('#import-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /line 4, column 3/);
  assert.match(await alert.innerText(), /Your current draft was not changed/);
  await page.waitForFunction(() => document.activeElement?.id === 'import-error');

  const newer = join(work, 'newer.json');
  await writeFile(newer, JSON.stringify({ format: 'porte-voix/charter', version: 9 }));
  // dropped rather than picked this time
  const dataTransfer = await page.evaluateHandle(async (text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'newer.json', { type: 'application/json' }));
    return dt;
  }, await readFile(newer, 'utf8'));
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  await page.waitForFunction(() => /newer Porte-voix/.test(document.querySelector('#import-error')?.textContent ?? ''));

  await page.goto(`${suite.server.url}#/brand-voice`);
  assert.equal(await page.locator('#f-meta-title').inputValue(), title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('replacing a draft asks first and offers a backup', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-fr').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  await page.getByTestId('save-status').filter({ hasText: 'Saved at' }).waitFor();
  await page.goto(`${suite.server.url}#/start`);
  assert.match(await page.getByTestId('resume-summary').innerText(), /3 personas, 8 templates, saved/);
  await page.locator('#new-charter').click();
  await page.waitForFunction(() => document.activeElement?.id === 'replace-heading');
  const backup = await download(page, '#backup-download');
  assert.equal(JSON.parse(backup.text).meta.brand, 'Luciole');
  await page.locator('#replace-cancel').click();
  await page.goto(`${suite.server.url}#/brand-voice`);
  assert.match(await page.locator('#f-meta-title').inputValue(), /Luciole/);
  await page.goto(`${suite.server.url}#/start`);
  await page.locator('#new-charter').click();
  await page.locator('#replace-confirm').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  assert.equal(await page.locator('#f-meta-title').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage unavailable the app keeps working in memory and says so', async () => {
  const initScript = () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  };
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'personas', initScript });
  await page.locator('#add-personas').click();
  await page.waitForFunction(() => document.activeElement?.id === 'persona-1-name');
  await page.keyboard.type('Camille');
  const status = page.getByTestId('save-status');
  await status.filter({ hasText: 'Browser storage is unavailable or full' }).waitFor();
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('#persona-1-heading').innerText(), 'Camille');
  await page.goto(`${suite.server.url}#/review`);
  const json = await download(page, '#download-json');
  assert.equal(JSON.parse(json.text).personas[0].name, 'Camille');
  assert.deepEqual(errors.filter((e) => !/QuotaExceeded/.test(e)), []);
  await context.close();
});

test('the error summary links to the field, in whichever step it lives', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'review' });
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Give the charter a title/);
  await summary.getByRole('link', { name: 'The crisis plan has no spokesperson: name the person who speaks for the brand.' }).click();
  await expectHeading(page, 'Step 7 of 10: Crisis plan');
  await page.waitForFunction(() => document.activeElement?.id === 'f-crisis-spokesperson-name');
  await page.keyboard.type('Nadia');
  await page.goto(`${suite.server.url}#/review`);
  await summary.waitFor();
  assert.doesNotMatch(await summary.innerText(), /spokesperson/);
  // the Change links of the summary open their step
  await page.locator('#change-personas').click();
  await expectHeading(page, 'Step 3 of 10: Personas');
  assert.deepEqual(errors, []);
  await context.close();
});

test('every step is usable at 320 px wide: nothing scrolls sideways', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'fr-FR', viewport: { width: 320, height: 640 } });
  await page.locator('#example-fr').click();
  await page.waitForURL(/#\/brand-voice$/);
  for (const step of STEPS) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${step}: the page is ${width} px wide`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('every list duplicates, removes with undo, and reorders with Alt+Arrow keys', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  const lists = [
    ['personas', 'persona'],
    ['channels', 'channel'],
    ['moderation', 'rule'],
    ['crisis', 'step'],
    ['crisis', 'statement'],
    ['engagement', 'ritual'],
    ['templates', 'placeholder'],
    ['templates', 'template'],
  ];
  for (const [step, kind] of lists) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    const cards = page.getByTestId(kind);
    const ids = () => cards.evaluateAll((els) => els.map((el) => el.dataset.id));
    const before = await ids();
    assert.ok(before.length >= 2, `${kind}: the example has at least two`);

    await cards.first().getByRole('button', { name: 'Duplicate', exact: true }).click();
    await page.waitForFunction(([k, n]) => document.querySelectorAll(`[data-testid="${k}"]`).length === n, [kind, before.length + 1]);
    const copy = (await ids())[1];
    assert.ok(!before.includes(copy), `${kind}: the copy has a new id`);

    await cards.nth(1).getByRole('button', { name: 'Remove', exact: true }).click();
    await page.locator('#undo-button').waitFor();
    assert.deepEqual(await ids(), before, `${kind}: removing the copy`);
    await cards.first().getByRole('button', { name: 'Remove', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'undo-button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(([k, n]) => document.querySelectorAll(`[data-testid="${k}"]`).length === n, [kind, before.length]);
    assert.deepEqual(await ids(), before, `${kind}: undo puts it back in place`);

    // Alt+ArrowDown from a field inside the first card moves it down, and focus stays there
    const field = cards.first().locator('input, textarea').first();
    await field.focus();
    const fieldId = await field.getAttribute('id');
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(([k, id]) => document.querySelectorAll(`[data-testid="${k}"]`)[1]?.dataset.id === id, [kind, before[0]]);
    await page.waitForFunction((id) => document.activeElement?.id === id, fieldId);
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(([k, id]) => document.querySelector(`[data-testid="${k}"]`)?.dataset.id === id, [kind, before[0]]);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the charter can be copied to the clipboard and printed without the form', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
  await page.locator('#example-en').click();
  await expectHeading(page, 'Step 2 of 10: Brand & voice');
  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#copy-markdown').click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(markdown, /^# Luciole community response charter\n/);
  await page.locator('#copy-json').click();
  const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(json.meta.brand, 'Luciole');

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.step-nav', 'main', '.preview summary']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  assert.equal(await page.getByTestId('preview').locator('h1').innerText(), 'Luciole community response charter');
  assert.ok(await page.getByTestId('preview').locator('h2').first().isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('on every step, Tab alone reaches every control, with no trap', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  for (const step of STEPS) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    // every enabled, shown control of the page, by id (what a closed <details> holds is hidden)
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, a[href], summary')]
        .filter((el) => !el.disabled && el.offsetParent !== null && el.id)
        .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
        .map((el) => el.id),
    );
    await page.locator('body').focus();
    const reached = new Set();
    for (let i = 0; i < controls.length + 50; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id) reached.add(id);
    }
    const missed = controls.filter((id) => !reached.has(id));
    assert.deepEqual(missed, [], `${step}: not reachable with Tab`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
