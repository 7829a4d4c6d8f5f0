// End-to-end: "Send to another tool" in Review & export. Each file is downloaded and read back
// by an independent parser (JSON.parse, js-yaml); what does not fit is listed under the tool
// and its links lead to the field; the ids typed in the panel end up in the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadAll } from 'js-yaml';
import { download, openApp, useServerAndBrowser } from './harness.mjs';

const suite = useServerAndBrowser();

async function openReview(locale, example) {
  const opened = await openApp(suite.browser, suite.server.url, { locale });
  await opened.page.locator(example).click();
  await opened.page.waitForURL(/#\/brand-voice$/);
  await opened.page.goto(`${suite.server.url}#/review`);
  await opened.page.locator('#tools-heading').waitFor();
  return opened;
}

test('every tool downloads a file its own parser reads, with the count shown', async () => {
  const { context, page, errors } = await openReview('en-GB', '#example-en');
  // the ids only the team's tools know
  await page.locator('#tool-freshdesk-folder').fill('4200');
  await page.locator('#tool-discord-channel').fill('123456789012345678');
  const files = {};
  for (const slug of ['zendesk', 'freshdesk', 'helpscout', 'gorgias', 'front', 'discord-automod', 'reddit-automod']) {
    const { name, text } = await download(page, `#send-${slug}`);
    assert.match(name, new RegExp(`^luciole-.*-${slug}-[a-z-]+\\.(json|yaml)$`), name);
    files[slug] = slug === 'reddit-automod' ? loadAll(text).filter(Boolean) : JSON.parse(text);
    const count = await page.locator(`#tool-${slug}-count`).innerText();
    const items = {
      zendesk: () => files.zendesk.length,
      freshdesk: () => files.freshdesk.canned_responses.length,
      helpscout: () => files.helpscout.length,
      gorgias: () => files.gorgias.length,
      front: () => files.front.length,
      'discord-automod': () => files['discord-automod'].length,
      'reddit-automod': () => files['reddit-automod'].length,
    }[slug]();
    assert.ok(items > 0, slug);
    assert.ok(count.startsWith(`${items} ${items === 1 ? 'item' : 'items'}`), `${slug}: ${count}`);
  }
  // Zendesk: the reply as HTML, placeholders in Zendesk's own syntax
  const macro = files.zendesk[0].macro;
  const html = macro.actions.find((a) => a.field === 'comment_value_html').value;
  assert.match(html, /^<p>/);
  assert.match(html, /\{\{ticket\.requester\.first_name\}\}/);
  // Gorgias holds both languages
  assert.deepEqual([...new Set(files.gorgias.map((m) => m.language))].sort(), ['en', 'fr']);
  // Discord: within the documented limits
  for (const rule of files['discord-automod']) {
    assert.ok(rule.trigger_metadata.keyword_filter.every((k) => k.length <= 60));
    assert.ok(rule.trigger_metadata.regex_patterns.length <= 10);
  }
  // AutoModerator: one rule per document, each with its reason
  assert.ok(files['reddit-automod'].every((rule) => rule.type === 'any' && rule.action_reason));
  assert.deepEqual(errors, []);
  await context.close();
});

test('what does not fit is listed with its reason, and the link leads to the field', async () => {
  const { context, page, errors } = await openReview('en-GB', '#example-en');
  const notes = page.locator('#tool-zendesk .tool-notes');
  await notes.locator('summary').click();
  const note = notes.locator('li', { hasText: 'no equivalent for {{status_page}}' });
  await note.waitFor();
  await note.locator('a').click();
  await page.waitForURL(/#\/templates$/);
  // the focused field is the template body the note is about
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-body-en'));
  assert.match(await page.evaluate(() => document.activeElement.value), /\{\{status_page\}\}/);

  // what a placeholder stands for decides whether it maps: once {{first_name}} stands for
  // nothing, Zendesk cannot fill it and more replies get a note
  await page.goto(`${suite.server.url}#/review`);
  const before = await page.locator('#tool-zendesk-count').innerText();
  await page.goto(`${suite.server.url}#/templates`);
  await page.locator('#placeholder-1-stands_for').selectOption({ index: 0 });
  await page.goto(`${suite.server.url}#/review`);
  const after = await page.locator('#tool-zendesk-count').innerText();
  assert.notEqual(after, before, 'clearing what first_name stands for adds notes');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the ids typed in the panel go into the files; without them what needs them is left out and said', async () => {
  const { context, page, errors } = await openReview('fr-FR', '#example-fr');
  await page.locator('#tool-freshdesk .tool-notes summary').click();
  await page.locator('#tool-freshdesk .tool-notes li.left-out', { hasText: 'sans dossier' }).waitFor();
  let { text } = await download(page, '#send-freshdesk');
  assert.deepEqual(JSON.parse(text).canned_responses, []);
  ({ text } = await download(page, '#send-discord-automod'));
  assert.ok(JSON.parse(text).flatMap((r) => r.actions).every((a) => a.type !== 2), 'no alert without a channel');

  await page.locator('#tool-freshdesk-folder').fill('4200');
  await page.locator('#tool-discord-channel').fill('123456789012345678');
  await page.locator('#tool-freshdesk .tool-notes li.left-out').waitFor({ state: 'detached' });
  ({ text } = await download(page, '#send-freshdesk'));
  const responses = JSON.parse(text).canned_responses;
  assert.ok(responses.length > 0 && responses.every((r) => r.folder_id === 4200));
  ({ text } = await download(page, '#send-discord-automod'));
  const alerts = JSON.parse(text).flatMap((r) => r.actions).filter((a) => a.type === 2);
  assert.ok(alerts.length > 0 && alerts.every((a) => a.metadata.channel_id === '123456789012345678'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid moderation pattern is flagged at the field and left out of Discord, with the reason', async () => {
  const { context, page, errors } = await openApp(suite.browser, suite.server.url, { locale: 'en-GB' });
  await page.locator('#example-en').click();
  await page.waitForURL(/#\/brand-voice$/);
  await page.goto(`${suite.server.url}#/moderation`);
  const patterns = page.locator('#rule-2-patterns');
  await patterns.fill('bit\\.ly/\\w+\nspam(?=bot)');
  await page.locator('#rule-2-patterns-problem').getByText('“spam(?=bot)”: not a valid regular expression').waitFor();
  assert.equal(await patterns.getAttribute('aria-invalid'), 'true');

  await page.goto(`${suite.server.url}#/review`);
  await page.locator('#tool-discord-automod .tool-notes summary').click();
  await page.locator('#tool-discord-automod .tool-notes li.left-out', { hasText: 'look-around' }).waitFor();
  const { text } = await download(page, '#send-discord-automod');
  const all = JSON.parse(text).flatMap((r) => r.trigger_metadata.regex_patterns);
  assert.ok(all.includes('bit\\.ly/\\w+'));
  assert.ok(!all.includes('spam(?=bot)'), 'the invalid pattern is not in the file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each API tool offers its import script, and every tool says how to import', async () => {
  const { context, page, errors } = await openReview('en-GB', '#example-en');
  await page.locator('#tool-helpscout-mailbox').fill('77');
  const { name, text } = await download(page, '#script-helpscout');
  assert.match(name, /-helpscout-import\.sh$/);
  assert.match(text, /^#!\/bin\/sh\n/);
  assert.match(text, /mailboxes\/\$\{HELPSCOUT_MAILBOX_ID:-77\}\/saved-replies/);
  assert.equal(await page.locator('#script-reddit-automod').count(), 0, 'AutoModerator has no API');
  await page.locator('#tool-reddit-automod .tool-steps summary').click();
  assert.match(await page.locator('#tool-reddit-automod-steps').innerText(), /wiki\/config\/automoderator/);
  assert.deepEqual(errors, []);
  await context.close();
});
