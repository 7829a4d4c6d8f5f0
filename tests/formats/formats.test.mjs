// The exported formats, checked by independent tools rather than by our own code:
// ajv (JSON Schema 2020-12), markdownlint-cli2, html-validate, and commonmark.js, the CommonMark reference
// parser, for the heading outline. Runs the native `porte-voix` CLI and the `generate`
// example (built by `cargo test -p porte-voix-charter`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { Parser } from 'commonmark';
import { HtmlValidate } from 'html-validate';
import { EXAMPLES, ROOT, generated as generatedIn, render } from './cli.mjs';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const work = mkdtempSync(join(tmpdir(), 'porte-voix-formats-'));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A generated charter written to a file. */
const generated = (seed) => generatedIn(work, seed);

const schema = readJson(join(ROOT, 'public/schema/charter-1.schema.json'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateCharter = ajv.compile(schema);

test('the schema is a valid draft 2020-12 schema with an $id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^urn:porte-voix:schema:charter:1$/);
});

test('the example charters validate against the schema', () => {
  for (const file of EXAMPLES) {
    const ok = validateCharter(readJson(file));
    assert.ok(ok, `${file}: ${ajv.errorsText(validateCharter.errors)}`);
  }
});

test('generated charters with hostile text validate against the schema', () => {
  for (const seed of SEEDS) {
    const ok = validateCharter(readJson(generated(seed)));
    assert.ok(ok, `seed ${seed}: ${ajv.errorsText(validateCharter.errors)}`);
  }
});

test('the schema rejects what is not a charter of this version', () => {
  const good = readJson(EXAMPLES[0]);
  const broken = [
    { ...good, version: 2 },
    { ...good, format: 'something/else' },
    { ...good, personas: {} },
    { ...good, channels: [{ ...good.channels[0], platform: 'myspace' }] },
    { ...good, personas: [{ ...good.personas[0], age: { min: 300 } }] },
    (({ format, ...rest }) => rest)(good),
  ];
  for (const charter of broken) assert.equal(validateCharter(charter), false, JSON.stringify(charter).slice(0, 80));
});

test('every Markdown output passes markdownlint (line length aside)', () => {
  const files = [];
  for (const file of [...EXAMPLES, ...SEEDS.slice(0, 6).map(generated)]) {
    for (const format of ['markdown', 'templates-markdown']) {
      const out = join(work, `${file.split('/').pop()}.${format}.md`);
      writeFileSync(out, render(file, format));
      files.push(out);
    }
  }
  const lint = spawnSync(
    join(ROOT, 'node_modules/.bin/markdownlint-cli2'),
    ['--config', join(ROOT, 'tests/formats/markdownlint.jsonc'), ...files],
    { encoding: 'utf8' },
  );
  assert.equal(lint.status, 0, `${lint.stdout}\n${lint.stderr}`);
});

/** Headings as [level, text] read by commonmark.js. */
function outline(markdown) {
  const walker = new Parser().parse(markdown).walker();
  const headings = [];
  let event;
  let current = null;
  while ((event = walker.next())) {
    const { node, entering } = event;
    if (node.type === 'heading') {
      if (entering) current = { level: node.level, text: '' };
      else {
        headings.push([current.level, current.text]);
        current = null;
      }
    } else if (current && entering && (node.type === 'text' || node.type === 'code')) {
      current.text += node.literal;
    }
  }
  return headings;
}

// the placeholders come last, as the team's appendix (issue 20)
const SECTIONS = {
  fr: ['Ton et voix', 'Personas', 'Canaux', 'Délais de réponse', 'Modération', 'Plan de crise', 'Animation et écoute', 'Modèles de réponse', 'Annexe pour l’équipe : variables des modèles'],
  en: ['Tone of voice', 'Personas', 'Channels', 'Response times', 'Moderation', 'Crisis plan', 'Engagement and listening', 'Reply templates', 'Appendix for the team: template placeholders'],
};

test('the heading outline, read by a CommonMark parser, follows the sections and the data', () => {
  for (const file of EXAMPLES) {
    const charter = readJson(file);
    const headings = outline(render(file, 'markdown'));
    assert.deepEqual(headings.filter(([level]) => level === 1), [[1, charter.meta.title]]);
    assert.deepEqual(headings.filter(([level]) => level === 2).map(([, text]) => text), SECTIONS[charter.meta.language]);
    // each persona, channel and template is a level-3 heading under its section, in order
    const under = (section) => {
      const start = headings.findIndex(([level, text]) => level === 2 && text === section);
      const end = headings.findIndex(([level], i) => i > start && level === 2);
      return headings.slice(start + 1, end === -1 ? undefined : end).filter(([level]) => level === 3).map(([, text]) => text);
    };
    const s = SECTIONS[charter.meta.language];
    assert.deepEqual(under(s[1]), charter.personas.map((p) => p.name));
    assert.deepEqual(under(s[2]), charter.channels.map((c) => c.name));
    assert.deepEqual(under(s[7]), charter.templates.map((t) => t.title));
  }
});

test('hostile text keeps the outline: no heading comes from user text', () => {
  for (const seed of SEEDS) {
    const file = generated(seed);
    const charter = readJson(file);
    const headings = outline(render(file, 'markdown'));
    assert.equal(headings.filter(([level]) => level === 1).length, 1, `seed ${seed}`);
    assert.deepEqual(headings.filter(([level]) => level === 2).map(([, text]) => text), SECTIONS[charter.meta.language], `seed ${seed}`);
    assert.equal(headings.filter(([level]) => level === 3).length >= charter.personas.length + charter.channels.length, true);
  }
});

test('a young charter publishes what is decided: empty sections are left out, headings and contents alike', async () => {
  for (const file of EXAMPLES) {
    const charter = readJson(file);
    charter.moderation.house_rules = [];
    charter.moderation.troll_policy = '';
    charter.moderation.rules = [];
    charter.engagement.rituals = [];
    for (const key of Object.keys(charter.engagement.listening)) charter.engagement.listening[key] = [];
    charter.placeholders = [];
    charter.templates = [];
    const young = join(work, `young-${charter.meta.language}.charter.json`);
    writeFileSync(young, JSON.stringify(charter));
    const s = SECTIONS[charter.meta.language];
    const kept = s.filter((_, i) => ![4, 6, 7, 8].includes(i));
    const markdown = render(young, 'markdown');
    assert.deepEqual(outline(markdown).filter(([level]) => level === 2).map(([, text]) => text), kept);
    assert.doesNotMatch(markdown, /Rien pour l’instant|Nothing yet/);
    // the web page: valid, and its table of contents lists the same sections
    const page = render(young, 'html');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:document'] }).validateString(page);
    assert.ok(report.valid, JSON.stringify(report.results.flatMap((r) => r.messages.map((m) => m.message))));
    assert.doesNotMatch(page, /Rien pour l’instant|Nothing yet/);
    for (const gone of s.filter((t) => !kept.includes(t))) assert.ok(!page.includes(`>${gone}<`), `${gone} is still in the page`);
  }
});

test('the templates JSON export is a flat list, one entry per template and language', () => {
  for (const file of EXAMPLES) {
    const charter = readJson(file);
    const entries = JSON.parse(render(file, 'templates-json'));
    assert.ok(Array.isArray(entries));
    const expected = charter.templates.flatMap((t) => ['fr', 'en'].filter((l) => t.body[l]?.trim()).map((l) => `${t.id}/${l}`));
    assert.deepEqual(entries.map((e) => `${e.id}/${e.language}`).sort(), expected.sort());
    for (const entry of entries) {
      assert.deepEqual(Object.keys(entry), ['id', 'title', 'situation', 'channels', 'visibility', 'language', 'body', 'follow_up', 'placeholders']);
      for (const name of entry.body.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        assert.ok(entry.placeholders.some((p) => p.name === name[1] && p.sample), `${entry.id}: ${name[1]}`);
      }
    }
  }
});
