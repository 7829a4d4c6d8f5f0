// The published HTML page, checked by what we did not write: html-validate (its recommended
// rules and its document rules), and the page opened in headless Chromium, where axe-core finds
// no violation, the browser's own parser finds no script, no event attribute and no link but
// http(s), mailto and the page's anchors, and no request leaves the page.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import AxeBuilder from '@axe-core/playwright';
import { EXAMPLES, generated as generatedIn, render } from './cli.mjs';
import { launchBrowser } from '../e2e/harness.mjs';

const work = mkdtempSync(join(tmpdir(), 'porte-voix-publish-'));
const validator = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] });

/** Text that tries to get markup, scripts, requests and links into the page. */
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=https://tracker.example/p.gif onerror=alert(1)>',
  '[x](javascript:alert(1))', '[y](JaVa\tScRiPt:alert(1))', '<a href="data:text/html,x">d</a>',
  '![pixel](https://tracker.example/q.gif)', '<div lang="en">', '</div>', '<style>*{}</style>',
  '" onmouseover="x', '<iframe src=https://a.example>', '<link rel=stylesheet href=https://a.example/s.css>',
  'e\u0301 👩🏽‍🚀 مرحبا \u202etxet\u202c', '[ok](https://ok.example)', 'mail@ok.example',
].join(' ');

function hostileCharter() {
  const charter = JSON.parse(readFileSync(EXAMPLES[0], 'utf8'));
  charter.meta.title = `Charte ${HOSTILE}`;
  charter.meta.brand = HOSTILE;
  charter.personas[0].name = HOSTILE;
  charter.templates.forEach((t, i) => {
    t.title = `${HOSTILE} ${i}`;
    t.body.fr = `${HOSTILE}\n\n${HOSTILE}`;
    t.body.en = HOSTILE;
  });
  // past 20,000 characters the page writes a text as HTML escaped by us, not as Markdown
  charter.templates[1].body.fr = `${HOSTILE}\n`.repeat(120);
  charter.moderation.house_rules = [HOSTILE, '# not a heading', '<!-- open comment'];
  const path = join(work, 'hostile.charter.json');
  writeFileSync(path, JSON.stringify(charter));
  return path;
}

const files = () => [...EXAMPLES, hostileCharter(), ...Array.from({ length: 4 }, (_, i) => generatedIn(work, i))];

test('every page passes html-validate (recommended and document rules)', async () => {
  for (const file of files()) {
    const page = render(file, 'html');
    const report = await validator.validateString(page);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    assert.ok(report.valid, `${file}:\n${messages.join('\n')}`);
  }
  // the validator is not blind: a script with an inline handler and a duplicate id is refused
  const bad = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><main><p id="a" id="a">x</p><img src="x"></main></body></html>');
  assert.equal(bad.valid, false);
});

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('in Chromium: axe finds nothing, no script, no handler, safe links only, no request', async () => {
  for (const file of files()) {
    const html = render(file, 'html');
    // bypassCSP lets axe in; the page's own policy is checked below as written
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requests = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === 'http://publish.test/page.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      requests.push(url);
      return route.abort();
    });
    await page.goto('http://publish.test/page.html');
    const facts = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        scripts: document.scripts.length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
        hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')),
        srcs: all.filter((el) => el.hasAttribute('src')).length,
        lang: document.documentElement.lang,
        otherLang: [...document.querySelectorAll('main [lang]')].map((el) => el.lang),
        tocTargets: [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href')).filter((h) => !document.getElementById(h.slice(1))),
        policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
        h1: document.querySelectorAll('h1').length,
      };
    });
    assert.equal(facts.scripts, 0, file);
    assert.deepEqual(facts.handlers, [], file);
    assert.equal(facts.srcs, 0, file);
    for (const href of facts.hrefs) assert.match(href, /^(https?:|mailto:|#)/i, `${file}: ${href}`);
    assert.deepEqual(facts.tocTargets, [], `${file}: contents lead nowhere`);
    assert.equal(facts.h1, 1, file);
    assert.match(facts.policy, /default-src 'none'/);
    assert.deepEqual(requests, [], `${file} asked for ${requests.join(', ')}`);
    const charter = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(facts.lang, charter.meta?.language ?? 'fr', file);
    const other = facts.lang === 'fr' ? 'en' : 'fr';
    assert.ok(facts.otherLang.every((l) => l === other), `${file}: ${facts.otherLang}`);
    // a template with text in both languages shows the other one, marked
    if ((charter.templates ?? []).some((t) => t.body?.fr?.trim() && t.body?.en?.trim())) {
      assert.ok(facts.otherLang.length > 0, `${file}: no text marked in ${other}`);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], file);
    await context.close();
  }
});

test('on a phone (390×844) the tables read as labelled cards and nothing is wider than the screen; on a laptop they stay tables', async () => {
  for (const file of files()) {
    const html = render(file, 'html');
    for (const [viewport, narrow] of [[{ width: 390, height: 844 }, true], [{ width: 1280, height: 800 }, false]]) {
      const context = await browser.newContext({ bypassCSP: true, viewport });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto('http://publish.test/page.html');
      const facts = await page.evaluate(() => {
        const tables = [...document.querySelectorAll('main table')];
        // each body cell against its column's heading, as the browser's parser built them
        const mislabelled = tables.flatMap((table) => {
          const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
          return [...table.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children]
            .map((td, i) => [td, heads[i]])
            .filter(([td, head]) => td.dataset.label !== head)
            .map(([td, head]) => `${td.dataset.label} ≠ ${head}`));
        });
        return {
          tables: tables.length,
          displays: [...new Set(tables.map((t) => getComputedStyle(t).display))],
          // on a card each line shows its label above the value
          labels: [...new Set([...document.querySelectorAll('main tbody td')].map((td) => getComputedStyle(td, '::before').display))],
          mislabelled,
          width: document.documentElement.scrollWidth,
          footer: document.querySelector('body > footer')?.textContent.trim() ?? '',
        };
      });
      assert.ok(facts.tables > 0, `${file}: a table to look at`);
      assert.deepEqual(facts.mislabelled, [], file);
      assert.deepEqual(facts.displays, [narrow ? 'block' : 'table'], file);
      if (narrow) assert.deepEqual(facts.labels, ['block'], file);
      assert.ok(facts.width <= viewport.width, `${file}: ${facts.width} px wide at ${viewport.width}`);
      const charter = JSON.parse(readFileSync(file, 'utf8'));
      if (charter.meta?.brand?.trim() && !charter.meta.brand.includes('<')) assert.ok(facts.footer.includes(charter.meta.brand.trim()), `${file}: footer ${facts.footer}`);
      if (charter.meta?.version_label?.trim()) assert.ok(facts.footer.includes(charter.meta.version_label.trim()), `${file}: footer ${facts.footer}`);
      if (narrow) {
        const axe = await new AxeBuilder({ page }).analyze();
        assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `${file} at 390 px`);
      }
      await context.close();
    }
  }
});
