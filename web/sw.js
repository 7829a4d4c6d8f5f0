// Porte-voix's service worker: the app works offline after one visit. It keeps every file of
// one build (scripts/build.mjs writes the list and the build's name here) in a cache named
// after that build, answers from it, and removes the caches of older builds once it takes over.
// A new build waits: the app says "a new version is ready" and the person chooses when to
// reload (it then asks this worker to take over), never in the middle of typing.
const VERSION = '{{version}}';
const FILES = '{{files}}';
const CACHE = `porte-voix-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('porte-voix-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // every page of the app (whatever its query and fragment) is this build's index.html
  const page = request.mode === 'navigate';
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(page ? './' : request, { ignoreSearch: page }))
      .then((kept) => kept ?? fetch(request)),
  );
});
