// The exports to other tools, checked by what we did not write: Discord's own OpenAPI request
// schema (ajv), Node's JSON.parse for every character, and the import scripts run with the real
// `sh` and `curl` against a local HTTP server that checks every request (method, path,
// credentials, body; Discord's bodies against the schema again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { EXAMPLES, ROOT, generated as generatedIn, render } from './cli.mjs';

const VENDOR = join(ROOT, '../shared/vendor');
const work = mkdtempSync(join(tmpdir(), 'porte-voix-tools-'));

/** The ids only the team's tools know, as the panel and the CLI take them. */
const IDS = ['--freshdesk-folder', '4200', '--discord-alert-channel', '123456789012345678', '--helpscout-mailbox', '77'];

const generated = (seed) => generatedIn(work, seed);

const discordSchema = JSON.parse(readFileSync(join(VENDOR, 'discord/create-auto-moderation-rule.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { snowflake: true, int32: true } });
const validateDiscord = ajv.compile(discordSchema);

test("every Discord request body passes Discord's own schema, with and without an alert channel", () => {
  const files = [...EXAMPLES, ...Array.from({ length: 20 }, (_, i) => generated(i))];
  let bodies = 0;
  for (const file of files) {
    for (const args of [[], IDS]) {
      for (const body of JSON.parse(render(file, 'discord-automod', args))) {
        assert.ok(validateDiscord(body), `${file} ${args.join(' ')}: ${ajv.errorsText(validateDiscord.errors)}\n${JSON.stringify(body)}`);
        bodies++;
      }
    }
  }
  assert.ok(bodies > 20, `only ${bodies} bodies checked`);
  // the schema is the vendor's: a null channel, as the exports wrote before, is refused
  assert.equal(validateDiscord({ name: 'x', event_type: 1, trigger_type: 1, actions: [{ type: 2, metadata: { channel_id: null } }] }), false);
});

/** Text from other people: every character that has broken a JSON or YAML file. */
const HOSTILE = "Ligne\u2028action: approve\u2029--- # x: 'y' \"z\" \u0085\u007f\u009b e\u0301 👩🏽‍🚀 مرحبا \u202etxet\u202c";

function hostileCharter() {
  const charter = JSON.parse(readFileSync(EXAMPLES[1], 'utf8'));
  charter.templates.forEach((t, i) => {
    t.title = `${HOSTILE} ${i}`;
  });
  charter.moderation.rules[0].keywords = ['A\u2028B: c', 'e\u0301 👩🏽‍🚀', 'مرحبا'];
  const path = join(work, 'hostile.charter.json');
  writeFileSync(path, JSON.stringify(charter));
  return { path, charter };
}

/** Every string in a parsed value. */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

test('every JSON export carries any character to JSON.parse as written', () => {
  const { path, charter } = hostileCharter();
  for (const tool of ['zendesk', 'freshdesk', 'helpscout', 'gorgias', 'front']) {
    const all = strings(JSON.parse(render(path, tool, IDS)));
    charter.templates.forEach((t, i) => {
      assert.ok(all.some((s) => s.startsWith(`${HOSTILE} ${i}`)), `${tool}: the title of template ${i}`);
    });
  }
  const discord = strings(JSON.parse(render(path, 'discord-automod', IDS)));
  for (const keyword of charter.moderation.rules[0].keywords) assert.ok(discord.includes(keyword), keyword);
});

// ---- the import scripts against a local server ------------------------------------------

const TOKENS = {
  ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'cm@acme.test', ZENDESK_API_TOKEN: 'zd-secret',
  FRESHDESK_DOMAIN: 'acme', FRESHDESK_API_KEY: 'fd-secret',
  HELPSCOUT_TOKEN: 'hs-secret',
  GORGIAS_DOMAIN: 'acme', GORGIAS_EMAIL: 'cm@acme.test', GORGIAS_API_KEY: 'gg-secret',
  FRONT_API_TOKEN: 'fr-secret',
  DISCORD_GUILD_ID: '987654321098765432', DISCORD_BOT_TOKEN: 'dc-secret',
};
const basic = (user) => `Basic ${Buffer.from(user).toString('base64')}`;

/** What each tool's server expects: path, credentials, and how many requests the file makes. */
const EXPECTED = {
  zendesk: { path: '/api/v2/macros', auth: basic('cm@acme.test/token:zd-secret'), requests: (file) => file.length },
  freshdesk: { path: '/api/v2/canned_responses/create_multiple', auth: basic('fd-secret:X'), requests: () => 1 },
  helpscout: { path: '/v2/mailboxes/77/saved-replies', auth: 'Bearer hs-secret', requests: (file) => file.length },
  gorgias: { path: '/api/macros', auth: basic('cm@acme.test:gg-secret'), requests: (file) => file.length },
  front: { path: '/message_templates', auth: 'Bearer fr-secret', requests: (file) => file.length },
  'discord-automod': { path: '/api/v10/guilds/987654321098765432/auto-moderation/rules', auth: 'Bot dc-secret', requests: (file) => file.length },
};

/** A server that records each request and answers `status(n)` to the n-th (from 1). */
async function mockServer(status) {
  const requests = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      const code = status(requests.length);
      res.writeHead(code, { 'Content-Type': 'application/json' });
      res.end(code < 300 ? '{"id": 1}' : '{"error": "RecordInvalid", "description": "mock refusal"}');
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { requests, url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Runs a script with sh; resolves with its status and output. */
function runScript(script, base) {
  return new Promise((ok) => {
    const child = spawn('sh', [script], { env: { PATH: process.env.PATH, ...TOKENS, PORTE_VOIX_API_BASE: base } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => ok({ status, stdout, stderr }));
  });
}

for (const [tool, expected] of Object.entries(EXPECTED)) {
  test(`the ${tool} import script sends each body once, as the vendor expects, and stops at the first refusal`, async () => {
    const { path } = hostileCharter();
    const file = JSON.parse(render(path, tool, IDS));
    const count = expected.requests(file);
    assert.ok(count > 0, `${tool}: nothing to send`);
    const script = join(work, `${tool}.sh`);
    writeFileSync(script, render(path, tool, [...IDS, '--script']));
    for (const secret of Object.values(TOKENS).filter((v) => v.endsWith('-secret'))) {
      assert.ok(!readFileSync(script, 'utf8').includes(secret), 'no secret in the script');
    }

    const ok = await mockServer(() => 201);
    const run = await runScript(script, ok.url);
    await ok.close();
    assert.equal(run.status, 0, run.stderr);
    assert.equal(ok.requests.length, count);
    const sent = tool === 'freshdesk' ? [file] : file;
    ok.requests.forEach((request, i) => {
      assert.equal(request.method, 'POST');
      assert.equal(request.url, expected.path);
      assert.equal(request.headers.authorization, expected.auth);
      assert.match(request.headers['content-type'], /^application\/json/);
      const body = JSON.parse(request.body);
      assert.deepEqual(body, sent[i], `${tool}: request ${i + 1} is the file's body ${i + 1}`);
      if (tool === 'discord-automod') assert.ok(validateDiscord(body), ajv.errorsText(validateDiscord.errors));
    });
    assert.equal(run.stdout.trim().split('\n').filter((l) => /^(Created|Créé)/.test(l)).length, count);

    // the second request is refused: nothing more is sent, and the script says what was created
    if (count > 1) {
      const refusing = await mockServer((n) => (n === 2 ? 422 : 201));
      const failed = await runScript(script, refusing.url);
      await refusing.close();
      assert.equal(failed.status, 1);
      assert.equal(refusing.requests.length, 2, 'stops at the first error');
      assert.match(failed.stderr, /HTTP 422/);
      assert.match(failed.stderr, /mock refusal/);
      assert.match(failed.stderr, /^Items created before the error: 1$/m);
    }
  });
}

test('an import script without its credentials says which is missing and sends nothing', async () => {
  const script = join(work, 'zendesk-missing.sh');
  writeFileSync(script, render(EXAMPLES[1], 'zendesk', ['--script']));
  const run = spawnSync('sh', [script], { encoding: 'utf8', env: { PATH: process.env.PATH, ZENDESK_SUBDOMAIN: 'acme' } });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /ZENDESK_EMAIL/);
});
