// End-to-end: the reply checker in the template editor, in French and in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useServerAndBrowser } from './harness.mjs';

const suite = useServerAndBrowser();

const cases = [
  {
    locale: 'en-GB',
    example: '#example-en',
    area: '#template-1-body-en',
    bad: "Sorry, but it's the carrier's fault.",
    excuse: 'Sorry, but',
    good: 'Hello {{first_name}}, we understand how frustrating this is and we are sorry. We have chased the carrier and we are messaging you privately with an update.',
    clear: 'Review: nothing to flag.',
    sample: 'Hello Camille, we understand',
  },
  {
    locale: 'fr-FR',
    example: '#example-fr',
    area: '#template-1-body-fr',
    bad: "Désolés, mais c'est la faute du transporteur. Malheureusement on ne peut rien faire.",
    excuse: 'Désolés, mais',
    good: 'Bonjour {{first_name}}, nous comprenons votre agacement et nous en sommes désolés. Nous avons relancé le transporteur et nous vous écrivons en privé.',
    clear: 'Relecture : rien à signaler.',
    sample: 'Bonjour Camille, nous comprenons',
  },
];

for (const c of cases) {
  test(`a bad complaint reply is explained, then clears once fixed (${c.locale})`, async () => {
    const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: c.locale });
    await page.locator(c.example).click();
    await page.waitForURL(/#\/brand-voice$/);
    await page.goto(`${suite.server.url}#/templates`);
    const area = page.locator(c.area);
    const findings = page.locator(`${c.area}-findings`);
    await area.fill(c.bad);
    for (const rule of ['no-excuse', 'empathy-first', 'next-step', 'private-channel', 'name']) {
      await findings.locator(`li[data-rule="${rule}"]`).first().waitFor();
    }
    if (c.locale === "fr-FR") await findings.locator("li[data-rule=\"avoid-words\"]").first().waitFor();
    // the quote selects its span in the text
    await findings.locator('li[data-rule="no-excuse"] button').click();
    const selected = await area.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.equal(selected, c.excuse);
    assert.equal(await page.evaluate(() => document.activeElement?.id), c.area.slice(1));

    await area.fill(c.good);
    await findings.getByText(c.clear).waitFor();
    assert.equal(await findings.locator('li').count(), 0);
    // the preview shows the reply with the placeholders' sample values
    await page.getByTestId('preview').getByText(c.sample).first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('practice: write the three replies, get feedback, keep the best as templates', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await page.goto(`${suite.server.url}#/templates`);
  // the step's code arrives on demand: count its cards once it is there
  await page.locator('#practice summary').waitFor();
  const templates = await page.getByTestId('template').count();
  await page.locator('#practice summary').click();
  await page.locator('#practice-scenario').selectOption({ label: 'A troll under every post' });
  await page.locator('#practice-lang').selectOption({ label: 'English' });
  assert.match(await page.locator('#practice .incoming').last().innerText(), /LOL/);

  const troll = page.locator('#practice-troll');
  await troll.fill('LOL, nice try genius.');
  const findings = page.locator('#practice-troll-findings');
  await findings.locator('li[data-rule="neutral"]').first().waitFor();
  await findings.locator('li[data-rule="rules-recall"]').waitFor();
  await troll.fill('Hello, we keep exchanges here respectful, as our rules say. Feel free to rephrase and we will gladly answer.');
  await findings.getByText('Review: nothing to flag.').waitFor();
  // an empty box gets no verdict
  await troll.fill('');
  await page.waitForFunction(() => document.querySelector('#practice-troll-findings .findings-summary')?.textContent === '');
  await troll.fill('Hello, we keep exchanges here respectful, as our rules say. Feel free to rephrase and we will gladly answer.');
  await findings.getByText('Review: nothing to flag.').waitFor();
  await page.locator('#practice-troll-keep').click();
  await page.getByText('“A troll under every post — Troll or insult” was added to the templates, at the end of the list.').waitFor();
  assert.equal(await page.getByTestId('template').count(), templates + 1);
  const last = page.getByTestId('template').last();
  assert.equal(await last.locator('h2').innerText(), 'A troll under every post — Troll or insult');
  assert.match(await last.locator('textarea[id$="-body-en"]').inputValue(), /^Hello, we keep exchanges/);

  await page.locator('#practice-positive').fill('Thank you so much {{first_name}}!');
  await page.locator('#practice-positive-findings').getByText('Review: nothing to flag.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing {{ in a reply offers the defined placeholders, by keyboard and by mouse', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await page.goto(`${suite.server.url}#/templates`);
  const area = page.locator('#template-2-body-en');
  await area.fill('');
  await area.focus();
  await page.keyboard.type('Hi {{');
  const list = page.locator('#template-2-body-en-placeholders');
  await list.waitFor();
  assert.equal(await area.getAttribute('aria-controls'), 'template-2-body-en-placeholders');
  assert.equal(await area.getAttribute('aria-autocomplete'), 'list');
  assert.deepEqual(await list.locator('[role=option]').allInnerTexts(), [
    '{{first_name}}', '{{agent_name}}', '{{order_number}}', '{{delivery_date}}', '{{status_page}}',
  ]);
  await page.keyboard.type('ag');
  assert.deepEqual(await list.locator('[role=option]').allInnerTexts(), ['{{agent_name}}']);
  assert.equal(await area.getAttribute('aria-activedescendant'), 'template-2-body-en-placeholder-0');
  await page.keyboard.press('Enter');
  assert.equal(await area.inputValue(), 'Hi {{agent_name}}');
  assert.equal(await list.count(), 0);
  // typing goes on after the inserted placeholder
  await page.keyboard.type(' here, {{');
  await list.locator('[role=option]').nth(1).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.equal(await list.count(), 0, 'Escape closes the suggestions');
  await page.keyboard.type('f');
  await list.locator('[role=option]', { hasText: '{{first_name}}' }).click();
  assert.equal(await area.inputValue(), 'Hi {{agent_name}} here, {{first_name}}');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a template has shorter versions per channel, checked against the channel limit', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await page.goto(`${suite.server.url}#/templates`);
  // the example's late-delivery reply has a version for X
  const selected = await page.locator('#template-1-variants-0-channel_id').evaluate((s) => s.options[s.selectedIndex].text);
  assert.equal(selected, 'X @luciole');
  assert.match(await page.locator('#template-1-variants-0-body-en').inputValue(), /^\{\{first_name\}\}, we understand/);

  await page.locator('#template-2-variants-add').click();
  await page.locator('#template-2-variants-0-channel_id').selectOption({ label: 'X @luciole' });
  await page.locator('#template-2-variants-0-body-en').fill('x'.repeat(300));
  await page.locator('#template-2-variants-0-body-en-problem').getByText('300 characters: too long for the channel “X @luciole” (limit 280).').waitFor();
  await page.locator('#template-2-variants-0-body-en').fill('Short and sweet.');
  assert.equal(await page.locator('#template-2-variants-0-body-en-problem').count(), 0);
  await page.locator('#template-2-variants-0-remove').click();
  assert.equal(await page.locator('#template-2-variants-0-body-en').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a French charter writes its replies in French; English is offered, not marked missing; {{prénom}} is a name', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'fr-FR', step: 'templates' });
  await page.locator('#add-placeholders').click();
  const name = page.locator('input[id^="placeholder-"][id$="-name"]');
  await name.fill('prénom');
  await name.blur();
  await page.locator('#add-templates').click();
  const card = page.locator('[id^="template-"][id$="-body-fr"]');
  await card.waitFor();
  assert.match(await page.locator('#reply-languages').innerText(), /Langues des réponses : français\./);
  // only the charter's language: no English box, and so no "missing" under it
  assert.equal(await page.locator('textarea[id$="-body-en"]').count(), 0);
  await card.fill('Bonjour {{prénom}}, merci pour votre message : nous regardons cela aujourd’hui.');
  await card.blur();
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /n’est pas un nom de variable valide|n’est pas définie/);
  // English is one click away, for the whole charter
  await page.locator('#add-language-en').click();
  const english = page.locator('textarea[id$="-body-en"]');
  await english.first().waitFor();
  // the button is gone: focus went to the first English box, not to the page
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-body-en'));
  assert.match(await page.locator('#reply-languages').innerText(), /français, anglais\./);
  const hint = await page.locator(`#${await english.first().getAttribute('id')}-hint`).innerText();
  assert.match(hint, /Facultatif/);
  assert.equal(await page.locator('.language.missing').count(), 0);
  assert.equal(await page.locator('#add-language-en').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
