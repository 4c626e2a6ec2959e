// Keeps the guide working offline after one visit to a tool page. Served from the
// site's root, so its scope is the whole site (under /REPO/ on GitHub Pages too).
// Registered by the tools' engine once Python is ready, never before: it must not
// compete with the first start-up.
//
// - Runtime files (the versioned Pyodide folder, content-hashed wheels) and the
//   theme's hashed bundles never change under their names: cache first.
// - Everything else (pages, runtime.json, the tools' own scripts): network first,
//   so a reader online always gets the newest; the cached copy when offline.
// - The build writes the runtime version below. A new runtime means a new service
//   worker, which deletes every older cache of this site, the worker's memory
//   snapshot of Python included.
// Only same-origin GET requests are touched; nothing is ever sent anywhere.

const VERSION = "__FOLLOWUP_RUNTIME_VERSION__";
const PREFIX = "followup-";
const CACHE = `${PREFIX}offline-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const IMMUTABLE = [/\/assets\/followup\/pyodide-[^/]+\//, /\/assets\/followup\/wheels\//, /\.[0-9a-f]{8}\.min\.(js|css)$/];

async function cacheRuntime() {
  const manifestURL = new URL("assets/followup/runtime.json", SCOPE);
  const manifest = await (await fetch(manifestURL)).json();
  const files = [...manifest.pyodide_files, ...manifest.wheels].map((name) => new URL(name, manifestURL).href);
  const cache = await caches.open(CACHE);
  await cache.addAll([manifestURL.href, ...files]);
}

self.addEventListener("install", (event) => {
  // Usually from the HTTP cache: the page has just downloaded these files.
  event.waitUntil(cacheRuntime().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !name.endsWith(VERSION)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page sends the addresses it was built from (itself, its styles and scripts).
self.addEventListener("message", (event) => {
  const urls = (event.data && event.data.cache) || [];
  const own = urls.filter((url) => new URL(url, SCOPE).origin === SCOPE.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(own.map((url) => cache.add(url).catch(() => {})))));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const immutable = IMMUTABLE.some((pattern) => pattern.test(url.pathname));
  event.respondWith(immutable ? cacheFirst(request) : networkFirst(request));
});
