// End-to-end: when problems show (issue 20, after GOV.UK's design system). A blank charter walked
// through every step shows no error until the person leaves a field or presses Continue; then
// the step list says each step's errors, exactly the ones Review lists; a new item is not born
// red; a charter that opens with content (an example, an import) shows its problems at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useServerAndBrowser } from './harness.mjs';

const STEPS = ['brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates'];

const suite = useServerAndBrowser();

/** The step's own view is there and the draft has been checked. */
async function settled(page) {
  await page.locator('#step-heading').waitFor();
  await page.locator('.loading-heading').waitFor({ state: 'detached' });
  await page.locator('.step-nav[data-checked=true]').waitFor();
}

/** What the person sees of problems: messages under fields, invalid controls, step errors. */
async function shownProblems(page) {
  return {
    messages: await page.locator('main .problem').allInnerTexts(),
    invalid: await page.locator('main [aria-invalid=true]').count(),
    steps: await page.locator('.step-nav .step-errors').allInnerTexts(),
  };
}

test('a blank charter walked through every step shows no error until a step is left, then exactly what Review lists', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#new-charter').click();
  await page.waitForURL(/#\/brand-voice$/);
  const statuses = [];
  for (const [i, step] of STEPS.entries()) {
    await settled(page);
    assert.ok(page.url().endsWith(`#/${step}`), page.url());
    const shown = await shownProblems(page);
    assert.deepEqual(shown.messages, [], `${step}: no message under a field`);
    assert.equal(shown.invalid, 0, `${step}: no field marked invalid`);
    // only the steps already left may say their errors
    assert.ok(shown.steps.length <= i, `${step}: ${shown.steps}`);
    await page.locator('#step-continue').click();
    statuses.push(await page.locator('.step-nav li').nth(i + 1).locator('.step-status').innerText());
  }
  // Review: everything, as before
  await settled(page);
  const summary = await page.locator('#error-summary li').allInnerTexts();
  assert.equal(summary.length, 2, summary.join('\n'));
  assert.match(summary.join('\n'), /Give the charter a title/);
  assert.match(summary.join('\n'), /no spokesperson/);
  // the step list says the errors of the steps that have them; nothing was written in the others
  assert.deepEqual(statuses, ['1 error', 'Not started', 'Not started', 'Not started', 'Not started', '1 error', 'Not started', 'Not started']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a field shows its problem once the person leaves it, and a new item is not born red', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'fr-FR' });
  await page.locator('#new-charter').click();
  await page.waitForURL(/#\/brand-voice$/);
  await settled(page);
  const title = page.locator('#f-meta-title');
  await title.focus();
  assert.equal(await title.getAttribute('aria-invalid'), 'false');
  await page.keyboard.press('Tab');
  await page.locator('#f-meta-title-problem').getByText('Donnez un titre à la charte.').waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  // fixed as the person types, without leaving the field again
  await title.fill('Charte de la boulangerie');
  await page.locator('#f-meta-title-problem').waitFor({ state: 'detached' });

  await page.goto(`${suite.server.url}#/personas`);
  await settled(page);
  await page.locator('#add-personas').click();
  const card = page.getByTestId('persona').first();
  // the new card's name field has the focus
  const name = card.locator('input[type="text"]').first();
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=persona] input'));
  assert.deepEqual((await shownProblems(page)).messages, [], 'a new persona is not born red');
  assert.equal(await name.getAttribute('aria-invalid'), 'false');
  await page.keyboard.press('Tab');
  await card.locator('.problem', { hasText: 'Donnez un nom à ce persona.' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an example opens with its problems shown at once', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await settled(page);
  await page.locator('#f-meta-title').fill('');
  // no need to leave the field: the example's Brand & voice held something when it opened
  await page.locator('#f-meta-title-problem').getByText('Give the charter a title.').waitFor();
  assert.deepEqual(await page.locator('.step-nav .step-errors').allInnerTexts(), ['1 error']);
  assert.deepEqual(errors, []);
  await context.close();
});
