// @ts-check
// Keeps the guide working offline after one visit to a tool page. Served from the
// site's root, so its scope is the whole site (under /REPO/ on GitHub Pages too).
// Registered by the tools' engine once Python is ready, never before: it must not
// compete with the first start-up.
//
// - Pages: network first, so a reader online always gets the newest; each page is
//   kept as it passes, and the kept copy is served when the network fails. No
//   navigation preload: in Firefox a failed preload fails the whole navigation, even
//   when this worker answers from its cache (a reload offline showed the browser's
//   error page), and on this site's small pages preloading saved nothing measurable.
// - Everything else (styles, scripts, the Python runtime): while the network works,
//   not touched at all, so the browser's own cache serves it at full speed (routing
//   every file through this worker made second visits ~0.3 s slower). Once a page
//   had to come from the kept copy, the files come from the kept copy too.
// - What is kept: the runtime (listed in runtime.json) when this worker installs,
//   and the files a tool page reports using. The build writes the runtime version
//   below: a new runtime means a new service worker, which deletes every older cache
//   of this site, the tools' memory snapshot of Python included.
// Only same-origin GET requests are touched; nothing is ever sent anywhere.

/** This file runs as a service worker (tsconfig.worker.json checks it with those globals). */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

const VERSION = "__FOLLOWUP_RUNTIME_VERSION__";
const PREFIX = "followup-";
const CACHE = `${PREFIX}offline-${VERSION}`;
const SCOPE = new URL(sw.registration.scope);

async function cacheRuntime() {
  const manifestURL = new URL("assets/followup/runtime.json", SCOPE);
  const response = await fetch(manifestURL);
  if (!response.ok) throw new Error(`runtime.json: HTTP ${response.status}`);
  const manifest = await response.clone().json();
  const files = [...manifest.pyodide_files, ...manifest.wheels].map((name) => new URL(name, manifestURL).href);
  const cache = await caches.open(CACHE);
  await cache.put(manifestURL, response); // kept as fetched, not asked for twice
  await cache.addAll(files);
}

sw.addEventListener("install", (event) => {
  // Usually from the HTTP cache: the page has just downloaded these files.
  event.waitUntil(cacheRuntime().then(() => sw.skipWaiting()));
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !name.endsWith(VERSION)) await caches.delete(name);
      }
      // An earlier version of this worker turned navigation preload on, and the setting
      // outlives it: turned off here (see the top of this file).
      if (sw.registration.navigationPreload) await sw.registration.navigationPreload.disable();
      await sw.clients.claim();
    })(),
  );
});

// The page sends the addresses it was built from (itself, its styles and scripts).
sw.addEventListener("message", (event) => {
  /** @type {string[]} */
  const urls = (event.data && event.data.cache) || [];
  const own = urls.filter((url) => new URL(url, SCOPE).origin === SCOPE.origin);
  // A file that cannot be kept (gone since the page loaded) only means it is missing offline.
  const keep = (/** @type {Cache} */ cache, /** @type {string} */ url) =>
    cache.add(url).catch((error) => console.info(`Not kept for offline use: ${url}`, error));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(own.map((url) => keep(cache, url)))));
});

// Set when a page could not be fetched: until one can again, files come from the cache.
// The cache keeps it too (OFFLINE_MARK): a browser may stop an idle service worker and start
// it again for the next request, and a worker started anew must not take the network for
// working. `undefined`: not known since this worker started.
/** @type {boolean | undefined} */
let offline;
const OFFLINE_MARK = new URL("followup-offline-mark", SCOPE).href;

/** @param {boolean} value */
async function setOffline(value) {
  if (offline === value) return;
  offline = value;
  const cache = await caches.open(CACHE);
  if (value) await cache.put(OFFLINE_MARK, new Response(""));
  else await cache.delete(OFFLINE_MARK);
}

async function isOffline() {
  if (offline === undefined) offline = (await (await caches.open(CACHE)).match(OFFLINE_MARK)) !== undefined;
  return offline;
}

/** @param {Request} request */
async function fromNetworkKeepingPage(request) {
  try {
    const response = await fetch(request);
    await setOffline(false);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (error) {
    await setOffline(true);
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/** @param {Request} request */
async function fromCacheThenNetwork(request) {
  const cached = await caches.match(request, { ignoreSearch: request.destination === "document" });
  return cached || fetch(request);
}

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (request.mode === "navigate") event.respondWith(fromNetworkKeepingPage(request));
  else if (offline) event.respondWith(fromCacheThenNetwork(request));
  else if (offline === undefined) {
    event.respondWith(isOffline().then((cached) => (cached ? fromCacheThenNetwork(request) : fetch(request))));
  }
});
