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

export async function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
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
