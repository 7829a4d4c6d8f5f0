// End-to-end: a phone, 390×844 (issue 20). On every step, with a blank charter and the example,
// in French and in English: the step's heading is within 300 px of the top, one of its controls
// is on the first screen, and nothing is wider than the screen. The step list unfolds from one
// button and folds again when a step opens. Each screen is kept as a screenshot in
// target/screenshots/ for people to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { openApp, useServerAndBrowser } from './harness.mjs';

const STEPS = ['start', 'brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates', 'review'];
const PHONE = { width: 390, height: 844 };
const SHOTS = resolve(import.meta.dirname, '../../target/screenshots');

const suite = useServerAndBrowser();

for (const [locale, example, lang] of [['fr-FR', '#example-fr', 'fr'], ['en-GB', '#example-en', 'en']]) {
  for (const charter of ['blank', 'example']) {
    test(`on a phone every step starts on the first screen: ${lang}, ${charter} charter`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale, viewport: PHONE });
      if (charter === 'example') {
        await page.locator(example).click();
        await page.waitForURL(/#\/brand-voice$/);
      }
      const found = [];
      for (const step of STEPS) {
        await page.goto(`${suite.server.url}#/${step}`);
        await page.locator('#step-heading').waitFor();
        await page.locator('.loading-heading').waitFor({ state: 'detached' });
        await page.evaluate(() => window.scrollTo(0, 0));
        const geometry = await page.evaluate(() => {
          const heading = document.querySelector('#step-heading').getBoundingClientRect();
          // the step's first control, in reading order, that a person can see
          const control = [...document.querySelectorAll('main .step :is(input, textarea, select, button, a[href], summary)')]
            .find((el) => el.offsetParent !== null);
          return {
            heading: heading.top,
            control: control ? control.getBoundingClientRect().top : Infinity,
            width: document.documentElement.scrollWidth,
          };
        });
        await page.screenshot({ path: join(SHOTS, `phone-${lang}-${charter}-${step}.png`) });
        if (geometry.heading > 300) found.push(`${step}: heading at ${geometry.heading} px`);
        if (geometry.control >= PHONE.height) found.push(`${step}: first control at ${geometry.control} px`);
        if (geometry.width > PHONE.width) found.push(`${step}: ${geometry.width} px wide`);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('on a phone the step list unfolds from one button and folds when a step opens', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB', viewport: PHONE, step: 'personas' });
  await page.locator('#step-heading').waitFor();
  const menu = page.locator('#step-menu');
  assert.equal(await menu.innerText(), 'Steps: 3 of 10');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#step-list').isVisible(), false);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await page.locator('#step-list a', { hasText: 'Channels' }).click();
  await page.locator('#step-heading', { hasText: 'Step 4 of 10: Channels' }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#step-list').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone a shared charter opens on its own page, its actions on the first screen', async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const lang of ['fr', 'en']) {
    // the link a participant sends, made by Node's zlib (not our code)
    const example = readFileSync(resolve(import.meta.dirname, `../../public/examples/luciole-${lang}.charter.json`));
    const link = `${suite.server.url}#/shared/1.${deflateRawSync(example).toString('base64url')}`;
    const { context, page, errors } = await openApp(suite.browser, link, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', viewport: PHONE });
    await page.locator('#shared-charter h1').waitFor();
    const geometry = await page.evaluate(() => ({
      heading: document.querySelector('#step-heading').getBoundingClientRect().top,
      open: document.querySelector('#shared-open').getBoundingClientRect().bottom,
      combine: document.querySelector('#shared-combine').getBoundingClientRect().bottom,
      width: document.documentElement.scrollWidth,
      menu: document.querySelector('#step-menu')?.offsetParent != null,
    }));
    await page.screenshot({ path: join(SHOTS, `phone-${lang}-shared.png`) });
    assert.ok(geometry.heading <= 300, `heading at ${geometry.heading} px`);
    assert.ok(geometry.open <= PHONE.height && geometry.combine <= PHONE.height, JSON.stringify(geometry));
    assert.ok(geometry.width <= PHONE.width, `${geometry.width} px wide`);
    assert.equal(geometry.menu, false, 'no step menu on a shared charter');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
