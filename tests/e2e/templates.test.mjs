// End-to-end: the reply checker in the template editor, in French and in English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openApp, serveDist } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

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
    const { context, page, errors } = await openApp(browser, server.url, { locale: c.locale });
    await page.locator(c.example).click();
    await page.locator('#step-heading').waitFor();
    await page.goto(`${server.url}#/templates`);
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
