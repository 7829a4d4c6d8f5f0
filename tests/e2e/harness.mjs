// Shared by the end-to-end tests: serves the release build (dist/) on a free loopback port
// and launches Debian's Chromium through playwright-core. Nothing is downloaded.
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDir } from '../../scripts/static-server.mjs';

const DIST = resolve(process.env.PORTE_VOIX_DIST ?? 'dist');

/** Starts a static server for dist/ on 127.0.0.1 and a port the OS picks. */
export async function serveDist(options = {}) {
  return serveDir(DIST, options);
}

/**
 * For a test file: serves dist/ and launches the browser before its tests, stops both after.
 * Returns `{ server, browser }`, filled once the tests start.
 */
export function useServerAndBrowser() {
  const suite = {};
  before(async () => {
    suite.server = await serveDist();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Opens the app in a fresh browser context (empty storage) with the given browser locale,
 * at a step (`#/personas`) if given. Page errors and console errors are collected so tests
 * can assert there were none, and any dialog (an `alert` from injected script) is an error.
 * `initScript` (with its argument `initArg`) runs before the app in every page of the context.
 */
export async function openApp(browser, url, { locale = 'fr-FR', step = '', viewport, initScript, initArg } = {}) {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: viewport ?? { width: 1280, height: 900 } });
  if (initScript) await context.addInitScript(initScript, initArg);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push(`unexpected dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(step ? `${url}#/${step}` : url);
  await page.locator('#step-heading').waitFor();
  return { context, page, errors };
}

/** Downloads what a button offers; returns the file name and the text. */
export async function download(page, selector) {
  const { readFile } = await import('node:fs/promises');
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}
