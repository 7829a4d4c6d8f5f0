// A static server for a built site, on loopback: what scripts/serve, the end-to-end tests and
// the benchmarks use. Compressed with brotli (quality 11, as a static host precompresses) when
// asked. An unknown path is a 404; a folder is its index.html.
//   node scripts/static-server.mjs DIR [PORT]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on 127.0.0.1 (`port` 0: one the system picks). `brotli` compresses responses.
 * `files` (a Map of URL path to body) overrides what is on disk, for tests that ship a new
 * build. Returns `{ url, close }`.
 */
export async function serveDir(dir, { port = 0, brotli = false, files = new Map() } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let body = files.get(path.endsWith('/') ? `${path}index.html` : path);
    if (body === undefined) {
      if (!existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end('not found');
        return;
      }
      body = readFileSync(file);
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (brotli) {
      const key = `${file}\u0000${body.length}`;
      if (!cache.has(key)) cache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      body = cache.get(key);
      headers['content-encoding'] = 'br';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serveDir(dir, { port: Number(port) });
  console.log(`serving ${dir} on ${url}`);
}
