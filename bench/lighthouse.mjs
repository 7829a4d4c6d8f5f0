// Lighthouse 12 (pinned 12.2.3: npm ci refuses locks made with 12.3–13.4 here, and 13 needs
// Node 22), its mobile preset with its default simulated throttling, against the release build
// and the stack's floor (bench/floor, built the same way by bench/mobile.mjs's buildFloor), both
// served brotli-compressed, in one run. Debian's Chromium; nothing is downloaded. Prints the
// scores, LCP and TBT (medians of RUNS runs); asserts nothing.
//
//   scripts/build-release && node bench/lighthouse.mjs       (RUNS=3 by default)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { join, resolve } from 'node:path';
import { serveDir } from '../scripts/static-server.mjs';
import { buildFloor } from './mobile.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);
const APP_DIST = process.env.PORTE_VOIX_DIST ?? join(ROOT, 'dist');

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      failed,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const floorDist = buildFloor();
const app = await serveDir(APP_DIST, { brotli: true });
const floor = await serveDir(floorDist, { brotli: true });
const results = { app: [], floor: [] };
for (let i = 0; i < RUNS; i++) {
  results.app.push(await audit(app.url));
  results.floor.push(await audit(floor.url));
}
await app.close();
await floor.close();

const m = (who, key) => median(results[who].map((r) => r[key]));
console.log(`Lighthouse 12.2.3, mobile preset (simulated throttling), brotli served, median of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}`);
console.log('| figure | Porte-voix | stack floor |');
console.log('| --- | --- | --- |');
for (const [label, key] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['best practices', 'bestPractices']]) {
  console.log(`| ${label} | ${m('app', key)} | ${m('floor', key)} |`);
}
for (const [label, key] of [['first contentful paint', 'fcp'], ['largest contentful paint', 'lcp'], ['total blocking time', 'tbt']]) {
  console.log(`| ${label} | ${(m('app', key) / 1000).toFixed(2)} s | ${(m('floor', key) / 1000).toFixed(2)} s |`);
}
const failed = [...new Set(results.app.flatMap((r) => r.failed))];
if (failed.length) console.log(`audits Porte-voix fails in some run: ${failed.join(', ')}`);
