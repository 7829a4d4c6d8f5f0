// The Content-Security-Policy of the released page, added to index.html as a <meta> at the top
// of <head> (scripts/build.mjs calls it). The loader is the page's only inline script: it is
// allowed by its SHA-256 hash, nothing else inline is; WebAssembly needs 'wasm-unsafe-eval';
// the service worker and the manifest come from the site. Headers a <meta> cannot carry
// (frame-ancestors, …) are listed in the README for hosts to add.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Writes the policy into the page at `path`; returns it. */
export function addPolicy(path) {
  let html = readFileSync(path, 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter((m) => !/\ssrc=/.test(m[0]));
  if (inline.length !== 1) throw new Error(`csp: expected the one inline loader, found ${inline.length} inline scripts`);
  const hash = createHash('sha256').update(inline[0][1], 'utf8').digest('base64');
  const policy = [
    "default-src 'none'",
    `script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // after the charset, which must come first
  html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  if (!html.includes('http-equiv="Content-Security-Policy"')) throw new Error('csp: no <meta charset="utf-8" /> to place the policy after');
  writeFileSync(path, html);
  return policy;
}
