// @ts-check
// Intent prefetch: when a reader points at, focuses or touches a link to a page with a
// tool, the tools' runtime starts downloading into the browser's HTTP cache at low
// priority, so the tool page finds it there. Nothing is fetched without such a sign,
// nothing when the reader asked to save data, and each file at most once per page.
// The page's own worker then reads the same files from the cache.

let started = false;

/**
 * The runtime's files, the one that takes longest to arrive (the wasm) first, then the
 * snapshot a first visit starts from (when the site ships one and the connection fits it).
 * @param {import("./protocol.js").Manifest} manifest
 * @returns {Promise<string[]>}
 */
async function runtimeFiles(manifest) {
  const files = [...manifest.pyodide_files, ...manifest.wheels];
  files.sort((a, b) => Number(b.endsWith(".wasm")) - Number(a.endsWith(".wasm")));
  const { siteSnapshotFits } = await import("./engine.js");
  if (manifest.snapshot && siteSnapshotFits()) files.splice(1, 0, manifest.snapshot);
  return files;
}

/** @param {URL} url */
async function intoCache(url) {
  const response = await fetch(url, { priority: "low" });
  // Read to the end and drop: only the HTTP cache's copy is wanted.
  if (response.body) await response.body.pipeTo(new WritableStream());
}

/**
 * Starts the runtime's downloads once.
 * @param {URL} manifestURL  runtime.json
 */
export async function prefetchRuntime(manifestURL) {
  if (started) return;
  started = true;
  try {
    const response = await fetch(manifestURL, { priority: "low" });
    if (!response.ok) return;
    /** @type {import("./protocol.js").Manifest} */
    const manifest = await response.json();
    // One file at a time: parallel downloads would hold the connections (six per host over
    // HTTP/1.1) that the click's own requests need. Once a tool is on the page (the reader
    // clicked), its worker asks for what is still missing, at its own priority.
    for (const name of ["engine.js", "worker.mjs", ...(await runtimeFiles(manifest))]) {
      if (document.querySelector("[data-followup-tool]")) return;
      await intoCache(new URL(name, manifestURL));
    }
  } catch (error) {
    // Only a head start: the tool page downloads whatever is missing.
    console.info("The tools' runtime could not be fetched ahead:", error instanceof Error ? error.message : error);
  }
}
