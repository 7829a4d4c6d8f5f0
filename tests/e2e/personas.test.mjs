// End-to-end: the Personas step in the release build, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { download, openApp, useServerAndBrowser } from './harness.mjs';

const suite = useServerAndBrowser();

/** Adds a persona and types its name; returns the new card's name input. */
async function addPersona(page, name) {
  const before = await page.getByTestId('persona').count();
  await page.locator('#add-personas').click();
  const card = page.getByTestId('persona').nth(before);
  const input = card.locator('input[type="text"]').first();
  // the new card's name field takes focus, so typing goes straight into it
  await assertFocused(input);
  await page.keyboard.type(name);
  return input;
}

async function assertFocused(locator) {
  await locator.page().waitForFunction(
    (el) => document.activeElement === el,
    await locator.elementHandle(),
  );
}

test('two personas survive a reload', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { step: 'personas' });
  await addPersona(page, 'Léa, étudiante');
  const card = page.getByTestId('persona').first();
  await card.getByLabel('À partir de').fill('18');
  await card.getByLabel('Jusqu’à').fill('25');
  await card.getByLabel('Centres d’intérêt').fill('mode\nseconde main');
  await card.getByLabel('TikTok').check();
  await addPersona(page, 'Marc, parent pressé');
  // the autosave is debounced: wait for the status line to confirm
  await page.getByTestId('save-status').filter({ hasText: 'Enregistré à' }).waitFor();

  await page.reload();
  const name = (i) => page.getByTestId('persona').nth(i).getByLabel('Nom du persona');
  await name(1).waitFor();
  assert.equal(await name(0).inputValue(), 'Léa, étudiante');
  assert.equal(await name(1).inputValue(), 'Marc, parent pressé');
  const first = page.getByTestId('persona').first();
  assert.equal(await first.getByLabel('À partir de').inputValue(), '18');
  assert.equal(await first.getByLabel('Centres d’intérêt').inputValue(), 'mode\nseconde main');
  assert.equal(await first.getByLabel('TikTok').isChecked(), true);
  // the preview shows the restored personas as rendered Markdown
  const preview = page.getByTestId('preview');
  assert.equal(await preview.locator('h3').first().innerText(), 'Léa, étudiante');
  assert.match(await preview.innerText(), /18 à 25 ans/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language follows the browser, switches, and is remembered', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', step: 'personas' });
  assert.equal(await page.locator('#add-personas').innerText(), 'Add a persona');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByLabel('Interface language').selectOption('fr');
  assert.equal(await page.locator('#add-personas').innerText(), 'Ajouter un persona');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.title(), 'Étape 3 sur 10 : Personas — Porte-voix');
  await page.reload();
  await page.locator('#add-personas').waitFor();
  assert.equal(await page.locator('#add-personas').innerText(), 'Ajouter un persona');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the JSON download parses and holds the personas', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-US', step: 'personas' });
  await addPersona(page, 'Inès');
  await page.getByTestId('persona').first().getByLabel('Expectations and pain points').fill('fast answers\n\n  no jargon ');
  await page.getByTestId('persona').first().getByLabel('Instagram').check();
  await page.goto(`${suite.server.url}#/review`);
  const json = await download(page, '#download-json');
  assert.equal(json.name, 'charter.charter.json');
  const data = JSON.parse(json.text);
  assert.equal(data.format, 'porte-voix/charter');
  assert.equal(data.version, 1);
  assert.equal(data.personas.length, 1);
  assert.equal(data.personas[0].name, 'Inès');
  assert.deepEqual(data.personas[0].expectations, ['fast answers', 'no jargon']);
  assert.deepEqual(data.personas[0].channels, ['instagram']);
  assert.match(data.meta.last_updated, /^\d{4}-\d{2}-\d{2}$/);

  // each download is confirmed with its file's name (issue 20)
  await page.locator('.copy-status', { hasText: 'Downloaded: charter.charter.json' }).waitFor();
  const md = await download(page, '#download-markdown');
  assert.equal(md.name, 'charter-charter.md');
  await page.locator('.copy-status', { hasText: 'Downloaded: charter-charter.md' }).waitFor();
  assert.match(md.text, /^## Personas$/m);
  assert.match(md.text, /^### Inès$/m);
  assert.deepEqual(errors, []);
  await context.close();
});

test('remove, undo, duplicate and reorder by keyboard', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-US', step: 'personas' });
  await addPersona(page, 'Alpha');
  await addPersona(page, 'Beta');
  const names = () => page.getByTestId('persona').locator('h2').allInnerTexts();
  assert.deepEqual(await names(), ['Alpha', 'Beta']);

  // Move Beta up with the keyboard: focus its button and press Enter.
  const beta = page.getByTestId('persona').nth(1);
  await beta.getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="persona"] h2')?.textContent === 'Beta');
  assert.deepEqual(await names(), ['Beta', 'Alpha']);
  // Beta reached the top, so focus lands on its "Move down" (its "Move up" is now disabled)
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move down');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="persona"] h2')?.textContent === 'Alpha');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Move up');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="persona"] h2')?.textContent === 'Beta');

  await page.getByTestId('persona').first().getByRole('button', { name: 'Duplicate' }).click();
  assert.deepEqual(await names(), ['Beta', 'Beta', 'Alpha']);

  await page.getByTestId('persona').last().getByRole('button', { name: 'Remove' }).click();
  assert.deepEqual(await names(), ['Beta', 'Beta']);
  await page.getByText('“Alpha” was removed.').waitFor();
  // focus is on Undo, so Enter restores it
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="persona"]').length === 3);
  assert.deepEqual(await names(), ['Beta', 'Beta', 'Alpha']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('user text in the preview is shown, never run', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-US', step: 'personas' });
  await addPersona(page, '<img src=x onerror=alert(1)>');
  const card = page.getByTestId('persona').first();
  await card.getByLabel('Interests').fill('[click](javascript:alert(2))\n<script>alert(3)</script>');
  const preview = page.getByTestId('preview');
  await preview.getByText('<img src=x onerror=alert(1)>').waitFor();
  assert.equal(await preview.locator('img, script').count(), 0);
  const hrefs = await preview.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an age out of range is flagged and not stored', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-US', step: 'personas' });
  await addPersona(page, 'Zoé');
  const from = page.getByTestId('persona').first().getByLabel('From');
  await from.fill('30');
  await from.fill('300');
  assert.equal(await from.getAttribute('aria-invalid'), 'true');
  await page.getByText('Enter a whole age between 0 and 120.').waitFor();
  assert.match(await page.getByTestId('preview').innerText(), /30 and over/);
  await from.fill('31');
  assert.equal(await from.getAttribute('aria-invalid'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});
