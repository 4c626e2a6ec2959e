// @ts-check
// Registers the site's offline service worker (offline.js at the site's root) once
// the tools' Python is ready, and hands it the addresses this page was built from,
// so the page, the guide's styles and the tools work again without a network.
// Browsers without service workers (or with them turned off) simply skip this.

import { guideURL } from "./dom.js";

function sameOriginResources() {
  const urls = [window.location.href.split("#")[0]];
  for (const entry of performance.getEntriesByType("resource")) {
    if (new URL(entry.name).origin === window.location.origin) urls.push(entry.name);
  }
  return urls;
}

/** Whether this page may use Cache Storage (refused with site data blocked, Firefox: SecurityError). */
async function canKeepFiles() {
  try {
    await caches.keys();
    return true;
  } catch {
    return false; // nothing could be kept, so there is nothing to register for
  }
}

export async function keepOffline() {
  // With storage refused, a registration fails too, and Firefox logs that failure as an
  // error even when it is caught: ask first.
  if (!("serviceWorker" in navigator) || !(await canKeepFiles())) return;
  try {
    const root = new URL(guideURL(""));
    const registration = await navigator.serviceWorker.register(new URL("offline.js", root), { scope: root.pathname });
    const worker = registration.active || registration.waiting || registration.installing;
    const send = (/** @type {ServiceWorker} */ target) => target.postMessage({ cache: sameOriginResources() });
    if (registration.active) {
      send(registration.active);
    } else if (worker) {
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated") send(worker);
      });
    }
  } catch (error) {
    // Private windows and some policies refuse service workers: the page still works online.
    console.info("The guide cannot keep an offline copy in this browser:", error instanceof Error ? error.message : error);
  }
}
