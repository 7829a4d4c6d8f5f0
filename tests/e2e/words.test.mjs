// End-to-end: the words people read. Every step of a blank charter and of the example, in
// French and in English, with every folded panel opened and the Review summary shown: no count
// is written with a bracketed plural ("persona(s)", "nouveau(x)"), and no count of zero is
// written as the digit before its noun ("0 étape", "0 rules"): zero is said in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useServerAndBrowser } from './harness.mjs';

const STEPS = ['start', 'brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review'];
/** A bracketed plural ending: "(s)", "(x)", "(es)", "(e)" (as in "créé(e)"). */
const BRACKETED = /\p{L}\((?:s|x|es|e)\)/u;
/** Zero before a noun: "0 erreur", "0 warnings" (a time such as "0 h" or "10" does not match). */
const ZERO = /(?<![\d.,:])\b0 \p{L}{2,}/u;

const suite = useServerAndBrowser();

/** The visible text of the current step with every <details> opened. */
async function visibleText(page) {
  await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
  return page.locator('body').innerText();
}

for (const [locale, example, lang] of [['fr-FR', '#example-fr', 'fr'], ['en-GB', '#example-en', 'en']]) {
  for (const charter of ['blank', 'example']) {
    test(`no bracketed plural and no "0 <noun>": ${lang}, ${charter} charter, every step`, async () => {
      const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale });
      await page.locator(charter === 'blank' ? '#new-charter' : example).click();
      await page.waitForURL(/#\/brand-voice$/);
      const found = [];
      for (const step of STEPS) {
        await page.goto(`${suite.server.url}#/${step}`);
        await page.locator('#step-heading').waitFor();
        // the step's own view, not the place it holds while its code loads
        await page.locator('.loading-heading').waitFor({ state: 'detached' });
        const text = await visibleText(page);
        for (const line of text.split('\n')) {
          if (BRACKETED.test(line) || ZERO.test(line)) found.push(`${step}: ${line.trim()}`);
        }
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
