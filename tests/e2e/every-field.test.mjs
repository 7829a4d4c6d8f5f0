// End-to-end: every field of the charter has a control in the wizard. A charter is built from
// the committed JSON Schema alone (every text field holding a marker of its own), imported, and
// every marker must be the value of some input or textarea on some step: a field added to the
// types but forgotten by the views fails here. (The native test `every_field.rs` checks the
// Markdown the same way.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, useServerAndBrowser } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const STEPS = ['brand-voice', 'personas', 'channels', 'response-times', 'moderation', 'crisis', 'engagement', 'templates'];
/** Keys whose values are not text a person writes (ids, references, the export date). */
const NOT_WRITTEN = new Set(['$schema', 'format', 'id', 'persona_ids', 'channel_ids', 'channel_id', 'last_updated', 'start', 'end']);

/** An instance of the schema with every property present; texts are markers. */
function instance(root, at, key, markers) {
  if (at.$ref) return instance(root, root.$defs[at.$ref.replace('#/$defs/', '')], key, markers);
  const options = at.anyOf ?? at.oneOf;
  if (options) return instance(root, options.find((o) => o.type !== 'null'), key, markers);
  if ('const' in at) return at.const;
  if (at.enum) return at.enum[0];
  const type = Array.isArray(at.type) ? at.type.find((t) => t !== 'null') : at.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(at.properties ?? {}).map(([name, p]) => [name, instance(root, p, name, markers)]));
    case 'array':
      return [instance(root, at.items, key, markers)];
    case 'integer':
      return Math.max(1, at.minimum ?? 1);
    case 'string': {
      if (key === 'start') return '09:00';
      if (key === 'end') return '18:00';
      if (NOT_WRITTEN.has(key)) return `${key}-1`;
      const marker = `⟦${markers.length}⟧`;
      markers.push({ key, marker });
      return marker;
    }
    default:
      throw new Error(`no instance for ${type} at ${key}`);
  }
}

const suite = useServerAndBrowser();

test('every field written by the team has a control in the wizard', async () => {
  const schema = JSON.parse(await readFile(join(ROOT, 'public/schema/charter-1.schema.json'), 'utf8'));
  const markers = [];
  const charter = instance(schema, schema, '', markers);
  charter.format = 'porte-voix/charter';
  charter.version = 1;
  charter.channels[0].id = 'channel_ids-1';
  assert.ok(markers.length >= 50, `${markers.length} texts`);
  const file = join(await mkdtemp(join(tmpdir(), 'porte-voix-every-')), 'every.charter.json');
  await writeFile(file, JSON.stringify(charter));

  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#import-file').setInputFiles(file);
  await page.waitForURL(/#\/brand-voice$/);
  const shown = new Set();
  for (const step of STEPS) {
    await page.goto(`${suite.server.url}#/${step}`);
    await page.locator('#step-heading').waitFor();
    await page.waitForFunction((s) => document.querySelector('#step-heading')?.textContent.includes(s) || true, step);
    const values = await page.$$eval('input, textarea', (controls) => controls.map((c) => c.value));
    for (const value of values) for (const m of value.match(/⟦\d+⟧/g) ?? []) shown.add(m);
  }
  const missing = markers.filter(({ marker }) => !shown.has(marker));
  assert.deepEqual(missing, [], 'fields without a control');
  assert.deepEqual(errors, []);
  await context.close();
});
