// The service worker: after one visit the app starts with no network at all.
// tools/web-manifest.py replaces the MANIFEST line at build time with the
// version and the list of files of this build. Each version has a cache of its
// own, filled completely before the version can take over, so a page never
// mixes new JS with old wasm. The drafts live in IndexedDB (IDBFS) and are
// never touched here.
'use strict';
const MANIFEST = {"version": "dev", "files": []};  // MANIFEST (replaced at build time)
const CACHE_PREFIX = 'skillaid-';
const CACHE = CACHE_PREFIX + MANIFEST.version;

self.addEventListener('install', (event) => {
  // All or nothing: if one file fails, this version is not installed.
  // Requests go through the HTTP cache, so files the page just downloaded
  // are revalidated (304), not downloaded twice.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(MANIFEST.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys())
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The page asks the waiting version to take over once the user agrees.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = request.mode === 'navigate' ? 'index.html' : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  })());
});
