// @ts-check
// The tools' Python: one module worker loads the self-hosted Pyodide, installs the
// wheels listed in runtime.json, and answers JSON requests with followup_core's
// bridge. It holds no follow-up logic: it only moves strings in and out.
// The messages both ways are typed in protocol.js (with runtime.json's manifest), the
// bridge's requests and replies in contract.js (generated from followup_core/protocol.py).
// A call may name countries: their public-holiday tables are loaded and passed in with it;
// {type: "holidays", countries} fetches them ahead of the call.

/** @typedef {import("./protocol.js").CallMessage} CallMessage */
/** @typedef {import("./protocol.js").PageMessage} PageMessage */
/** @typedef {import("./protocol.js").WorkerMessage} WorkerMessage */
/** @typedef {import("./protocol.js").SnapshotUse} SnapshotUse */
/** @typedef {import("./protocol.js").Manifest} Manifest */
/** @typedef {import("./contract.js").BridgeReply} BridgeReply */
/** @typedef {import("./contract.js").ErrorReply} ErrorReply */

/**
 * The part of Pyodide's API this worker uses (loaded from a URL, so typed here).
 * @typedef {object} Pyodide
 * @property {{mkdirTree(path: string): void, writeFile(path: string, data: Uint8Array): void}} FS
 * @property {(code: string) => unknown} runPython
 * @property {(name: string) => {handle: (request: string) => string}} pyimport
 * @property {() => Uint8Array<ArrayBuffer>} makeMemorySnapshot
 * @property {{HEAP8: Int8Array}} _module
 */
/** @typedef {(options: Record<string, unknown>) => Promise<Pyodide>} LoadPyodide */
/** @typedef {(source: unknown, imports?: WebAssembly.Imports) => Promise<unknown>} Instantiate */

// Start-up profile: named moments of this worker's start (absolute times, so the page can
// place them on its own timeline), sent with the first answer for benchmarks to read.
/** @type {[string, number][]} */
const profile = [];
/** @param {string} name @param {number} [at] */
function mark(name, at = performance.now()) {
  profile.push([name, performance.timeOrigin + at]);
}
mark("worker-script");

const here = new URL(".", import.meta.url);
/** @type {((request: string) => string) | null} */
let bridge = null;
/** @type {CallMessage[]} */
const queued = [];
// The page's "begin" (engine.js): on a machine with few cores a first start downloads at
// once but computes (compiles the wasm, starts the interpreter) only after it, so that the
// page's own start keeps the processor. A start from a kept snapshot is light and goes at once.
/** @type {() => void} */
let begin = () => {};
const begun = new Promise((resolve) => {
  begin = () => {
    mark("begin");
    resolve(undefined);
  };
});

/** How this start used the memory snapshot. @type {SnapshotUse} */
let snapshotUse = "none";
// The bridge's version, from the manifest (runtime.json), for a reply the worker writes itself.
/** @type {number} */
let protocolVersion = 1;
// The wasm memory's size before any code ran: a snapshot must fit into it (see keepable).
let initialMemory = 0;

/** @param {WorkerMessage} message */
function post(message) {
  self.postMessage(message);
}

/** The reader's time zone, for the calculator's form (see the "zone" message in protocol.js). */
function readerZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return "";
  }
}

// A blocked WebAssembly compile (a Content-Security-Policy without 'wasm-unsafe-eval')
// makes loadPyodide wait forever; compiling the smallest valid module first turns
// that into an immediate, explainable failure.
function checkWebAssembly() {
  if (typeof WebAssembly !== "object") {
    throw new Error("This browser has WebAssembly turned off or does not support it.");
  }
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  } catch (error) {
    throw new Error(`This page is not allowed to run WebAssembly (${reason(error)}).`);
  }
}

/** @param {URL} url */
async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`Could not download ${url.pathname.split("/").pop()} (HTTP ${response.status}).`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

// Pyodide reports a failed WebAssembly instantiation (a 404, a truncated download)
// only as a console warning, and its start-up then waits forever. Watching the
// two instantiate calls turns that into a failure the page can explain.
function watchWasmFailures() {
  /** @type {(error: Error) => void} */
  let reject = () => {};
  /** @type {Promise<never>} */
  const failed = new Promise((_, rejectFailed) => {
    reject = rejectFailed;
  });
  const wasm = /** @type {Record<string, Instantiate>} */ (/** @type {unknown} */ (WebAssembly));
  nativeInstantiate = wasm.instantiate.bind(WebAssembly);
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const native = wasm[name].bind(WebAssembly);
    wasm[name] = (source, imports) => {
      mark("wasm-instantiate-start");
      return instantiateCompiled(native, source, imports).then(
        (/** @type {any} */ result) => {
          mark("wasm-instantiated");
          /** @type {WebAssembly.Instance} */
          const instance = result instanceof WebAssembly.Instance ? result : result.instance;
          const memory = instance.exports.memory;
          if (memory instanceof WebAssembly.Memory) {
            initialMemory = memory.buffer.byteLength;
            if (siteStatic) withStaticData(siteStatic, memory, instance.exports.__stack_low);
          }
          return result;
        },
        (/** @type {unknown} */ error) => {
          reject(new Error(`Python's WebAssembly runtime could not be loaded (${reason(error)}).`));
          throw error;
        },
      );
    };
  }
  return failed;
}

// When the worker's own downloads of the runtime started and ended (Resource Timing).
function markDownloads() {
  const entries = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType("resource"));
  for (const entry of entries) {
    const file = new URL(entry.name).pathname.split("/").pop() || "";
    if (file.endsWith(".wasm") || file.endsWith(".zip")) {
      const name = file.endsWith(".wasm") ? "wasm" : "stdlib";
      mark(`${name}-request`, entry.startTime);
      mark(`${name}-response-end`, entry.responseEnd);
    }
  }
}

// Wheels are pure zips: put on sys.path as they are, Python imports from them
// without unpacking (faster than installing, and the same on every start).
const WHEEL_DIR = "/lib/followup";

/**
 * @param {Pyodide} pyodide
 * @param {Uint8Array[]} wheels
 * @param {Manifest} manifest
 */
function placeWheels(pyodide, wheels, manifest) {
  pyodide.FS.mkdirTree(WHEEL_DIR);
  return manifest.wheels.map((name, index) => {
    const path = `${WHEEL_DIR}/${name.split("/").pop()}`;
    pyodide.FS.writeFile(path, wheels[index]);
    return path;
  });
}

// A memory snapshot of the started interpreter (core imported, first answer
// computed) lets later visits skip Python's start-up. It is made on a first visit
// before any reader's input reaches Python, so it holds only the built-in example,
// and kept in this browser's Cache Storage under the runtime's version.
const SNAPSHOT_CACHE = "followup-python-";

/** @param {Manifest} manifest */
function snapshotKey(manifest) {
  return new URL(`snapshot-${manifest.version}.bin`, here).href;
}

/** @param {Manifest} manifest */
async function readSnapshot(manifest) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE + manifest.version);
    const response = await cache.match(snapshotKey(manifest));
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage here (a private window, a policy): start normally
  }
}

// The manifest the snapshot was made with is kept beside it, so a later visit can
// start restoring at once and check runtime.json while it does.
const MANIFEST_KEY = new URL("snapshot-manifest.json", here).href;

/** @returns {Promise<Manifest | null>} */
async function rememberedManifest() {
  try {
    const names = (await caches.keys()).filter((name) => name.startsWith(SNAPSHOT_CACHE));
    if (names.length !== 1) return null;
    const response = await (await caches.open(names[0])).match(MANIFEST_KEY);
    return response ? await response.json() : null;
  } catch {
    return null;
  }
}

/** The site's current runtime.json, once start() has asked for it. @type {Promise<Manifest> | null} */
let latestManifest = null;

/** @returns {Promise<Manifest>} */
async function fetchManifest() {
  const response = await fetch(new URL("runtime.json", here), { cache: "no-cache" });
  if (!response.ok) throw new Error(`Could not download runtime.json (HTTP ${response.status}).`);
  return response.json();
}

/**
 * @param {Manifest} manifest
 * @param {Uint8Array<ArrayBuffer>} bytes
 */
async function writeSnapshot(manifest, bytes) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE + manifest.version);
    await cache.put(snapshotKey(manifest), new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    await cache.put(MANIFEST_KEY, new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/json" } }));
  } catch (error) {
    console.info("No Python snapshot kept for the next visit (storage full or refused):", error);
  }
}

/** @param {Manifest} manifest */
async function forgetSnapshot(manifest) {
  try {
    await caches.delete(SNAPSHOT_CACHE + manifest.version);
  } catch (error) {
    console.info("The kept Python snapshot could not be deleted:", error);
  }
}

// A first visit starts from the memory snapshot the site ships (sitebuild/snapshot.py): made
// at build time, with the core imported and the warm-up answered, so it holds nothing of any
// reader. Pages serves it gzipped as it is; it is decompressed while it downloads. The page
// names a worker that must start without it (engine.js: the reader saves data, the
// connection is slow, or it failed to restore).
/** @type {import("./protocol.js").WorkerName} */
const WITHOUT_SITE_SNAPSHOT = "followup-python-without-site-snapshot";

/**
 * The site's snapshot, decompressed; null when there is none or this worker must not use it.
 * @param {Manifest} manifest
 * @returns {Promise<Uint8Array<ArrayBuffer>> | null}
 */
function fetchSiteSnapshot(manifest) {
  if (!manifest.snapshot || self.name === WITHOUT_SITE_SNAPSHOT) return null;
  if (typeof DecompressionStream !== "function") return null;
  return fetch(new URL(manifest.snapshot, here)).then(async (response) => {
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const inflated = response.body.pipeThrough(new DecompressionStream("gzip"));
    const bytes = new Uint8Array(await new Response(inflated).arrayBuffer());
    mark("site-snapshot");
    return bytes;
  });
}

// The site's snapshot holds its static data (memory below the stack, which the wasm writes
// when it is instantiated) XORed with what the wasm writes there (sitebuild/snapshot.mjs), so
// that bytes nobody changed are zeros and compress away. Handed to Pyodide, it waits here
// until the wasm is instantiated; then the wasm's own bytes are XORed back in, before
// Pyodide copies the snapshot into memory.
/** @type {Uint8Array<ArrayBuffer> | null} */
let siteStatic = null;

/**
 * @param {Uint8Array<ArrayBuffer>} snapshot Pyodide's snapshot: a header, then the memory
 * @param {WebAssembly.Memory} memory as instantiation left it
 * @param {unknown} stackLow the wasm's __stack_low global: where the static data ends
 */
function withStaticData(snapshot, memory, stackLow) {
  siteStatic = null;
  const header = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2); // magic, header size
  const words = stackLow instanceof WebAssembly.Global ? stackLow.value >> 2 : 0;
  if (!words || snapshot.length < header[1] + 4 * words) {
    header[0] = 0; // not what it should be: Pyodide then refuses it (a restore that throws)
    return;
  }
  const own = new Uint32Array(memory.buffer, 0, words);
  const kept = new Uint32Array(snapshot.buffer, snapshot.byteOffset + header[1], words);
  for (let i = 0; i < words; i++) kept[i] ^= own[i];
}

// Drops a kept snapshot that cannot be used (damaged, or from a runtime the site no
// longer ships) and asks the page for a fresh worker, which starts without it.
/**
 * @param {Manifest} manifest
 * @returns {Promise<never>}
 */
async function startAfresh(manifest) {
  await forgetSnapshot(manifest);
  post({ type: "restart", without: "kept" });
  return new Promise(() => {}); // this worker is about to be replaced
}

/**
 * What a first answer needs, computed once before the snapshot is taken, so that restored
 * interpreters have time zones and wording loaded already: the manifest's warm-up request
 * (the guide's worked example, written in at build time). A snapshot is only worth keeping
 * when it worked.
 * @param {(request: string) => string} handle
 * @param {Manifest} manifest
 * @returns {boolean}
 */
function warmUp(handle, manifest) {
  /** @type {BridgeReply} */
  const reply = JSON.parse(handle(manifest.warm_up));
  if (reply.ok) return true;
  console.warn(`No Python snapshot for the next visit: the warm-up failed (${reply.error.message})`);
  return false;
}

// Pyodide asks for its wasm and standard library with fetch() only once its own module has
// loaded, and compiles the wasm only once its second module has. Here the wasm is fetched
// and compiled (compileStreaming works off this thread) while those modules load, and the
// standard library's response is handed over when Pyodide asks for it.
const EARLY_WASM = new Response(null); // what Pyodide's fetch of the wasm gets instead
/** @type {Instantiate} set by watchWasmFailures, once WebAssembly is known to exist */
let nativeInstantiate = () => Promise.reject(new Error("WebAssembly is not set up yet."));
/** @type {Promise<WebAssembly.Module> | null} */
let earlyWasmModule = null;

/**
 * When a response's body has all arrived (or its download failed): a copy of the body is
 * read and dropped, so whoever reads the response itself still gets it whole.
 * @param {Promise<Response>} response
 * @returns {Promise<void>}
 */
function arrivalOf(response) {
  // A broken download is reported by whoever reads the response itself.
  return response.then((whole) => whole.clone().body?.pipeTo(new WritableStream())).then(
    () => {},
    () => {},
  );
}

/**
 * @param {Promise<Response>} download
 * @param {Promise<unknown>} when
 */
function compileEarly(download, when) {
  const compiled = when.then(() => {
    mark("wasm-compile-start");
    return WebAssembly.compileStreaming(download);
  });
  const module = compiled.then((done) => {
    mark("wasm-compiled");
    return done;
  });
  module.catch(() => {}); // reported when Pyodide instantiates it
  earlyWasmModule = module;
  return EARLY_WASM;
}

/**
 * Pyodide's instantiateStreaming(fetch(wasm), imports) gets the module compiled early.
 * @param {Instantiate} native
 * @param {unknown} source
 * @param {WebAssembly.Imports} [imports]
 */
async function instantiateCompiled(native, source, imports) {
  if (earlyWasmModule && (await source) === EARLY_WASM) {
    const module = await earlyWasmModule;
    return { module, instance: await nativeInstantiate(module, imports) };
  }
  return native(source, imports);
}

// On a slow connection the downloads share its bandwidth, and the interpreter can start only
// when both the wasm and the standard library are here: the promise returned tells when, so
// that files needed after that (the wheels) do not slow them down. Reading a copy of each
// body also keeps the downloads going while the compile waits for `when`.
/**
 * @param {URL} wasm
 * @param {URL[]} others
 * @param {Promise<unknown>} when
 */
function handOver(wasm, others, when) {
  const early = new Map(others.map((url) => [url.href, fetch(url)]));
  const wasmDownload = fetch(wasm);
  // Before the compile reads the wasm's body: the copy must be taken first.
  const arrived = Promise.all([wasmDownload, ...early.values()].map(arrivalOf));
  early.set(wasm.href, Promise.resolve(compileEarly(wasmDownload, when)));
  for (const response of early.values()) response.catch(() => {}); // Pyodide reports failures
  const nativeFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const key = input instanceof Request ? input.url : String(input);
    const response = early.get(key);
    if (!response) return nativeFetch(input, init);
    early.delete(key); // a response body can be read once
    return response;
  };
  return arrived;
}

// Pyodide 314 restores a snapshot into its initial memory without growing it first
// (pyodide#6254): a snapshot of a heap that grew past that size could never be
// restored, so it is not kept at all.
/** @param {Pyodide} pyodide */
function keepable(pyodide) {
  const heap = pyodide._module.HEAP8.length;
  if (initialMemory > 0 && heap <= initialMemory) return true;
  console.warn(`No Python snapshot for the next visit: the heap grew to ${heap} bytes (initial ${initialMemory}).`);
  return false;
}

async function start() {
  checkWebAssembly();
  const wasmFailed = watchWasmFailures();
  wasmFailed.catch(() => {}); // after a successful start a late failure has no one to tell
  post({ type: "stage", stage: "runtime" });
  const current = fetchManifest();
  current.catch(() => {}); // awaited below, where a failure matters
  latestManifest = current;
  const remembered = await rememberedManifest();
  const manifest = remembered || (await current);
  protocolVersion = manifest.protocol ?? protocolVersion;
  const indexURL = new URL(manifest.pyodide, here);
  // The wasm (the longest download and compile) and the stdlib are asked for first, with
  // Pyodide's two modules at once, and a saved snapshot is read meanwhile; the wheels, needed
  // only once the interpreter runs, are asked for when the wasm and the stdlib have arrived.
  const site = remembered ? null : fetchSiteSnapshot(manifest);
  site?.catch(() => {}); // awaited below, where a failure means a normal start
  const computeWhen = remembered || site ? Promise.resolve() : begun;
  const startUpArrived = handOver(
    new URL("pyodide.asm.wasm", indexURL),
    [new URL(manifest.stdlib, here)],
    computeWhen,
  );
  import(new URL("pyodide.asm.mjs", indexURL).href).catch(() => {}); // loadPyodide imports it
  const wheels = startUpArrived.then(() =>
    Promise.all(manifest.wheels.map((name) => fetchBytes(new URL(name, here)))),
  );
  wheels.catch(() => {}); // a failed download is reported where it is awaited below
  // Once the start-up files are on their way: setting up the zone data takes tens of ms.
  post({ type: "zone", zone: readerZone() });
  const snapshot = readSnapshot(manifest);
  let loadPyodide;
  try {
    /** @type {{loadPyodide: LoadPyodide}} */
    ({ loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href));
    mark("pyodide-module");
  } catch (error) {
    if (!remembered) throw error;
    return startAfresh(remembered);
  }
  post({ type: "stage", stage: "python" });
  const options = {
    indexURL: indexURL.href,
    packageBaseUrl: indexURL.href, // never a CDN: every file comes from this site
    stdLibURL: new URL(manifest.stdlib, here).href, // only the part the core uses
    packages: [],
    stdout: () => {},
    stderr: (/** @type {string} */ line) => console.warn(line),
  };
  /** @param {Record<string, unknown>} extra */
  const load = (extra) => Promise.race([loadPyodide({ ...options, ...extra }), wasmFailed]);
  /** @param {Uint8Array<ArrayBuffer>} bytes */
  const restore = async (bytes) => {
    const restored = await load({ _loadSnapshot: bytes });
    mark("interpreter");
    placeWheels(restored, await wheels, manifest);
    mark("wheels");
    post({ type: "stage", stage: "packages" });
    return restored;
  };
  const saved = await snapshot;
  const shipped = saved ? null : await site?.catch((error) => {
    console.info("Python starts without the site's snapshot:", reason(error));
    return null;
  });
  let pyodide;
  if (saved) {
    try {
      pyodide = await restore(saved);
      snapshotUse = "restored";
    } catch (error) {
      // A failed restore can leave the runtime half set up: only a fresh worker is safe.
      console.warn("The saved Python snapshot could not be used; starting afresh.", error);
      return startAfresh(manifest);
    }
  } else if (shipped) {
    try {
      siteStatic = shipped;
      pyodide = await restore(shipped);
      snapshotUse = "site";
    } catch (error) {
      // As above; the fresh worker starts without the site's snapshot.
      console.warn("The site's Python snapshot could not be used; starting without it.", error);
      post({ type: "restart", without: "site" });
      return new Promise(() => {}); // this worker is about to be replaced
    }
  } else {
    await begun;
    pyodide = await load({ _makeSnapshot: true });
    mark("interpreter");
    post({ type: "stage", stage: "packages" });
    const paths = placeWheels(pyodide, await wheels, manifest);
    pyodide.runPython(`import sys\nsys.path[0:0] = ${JSON.stringify(paths)}`);
    mark("wheels");
  }
  if (remembered) {
    // Started from what the last visit kept: make sure the site still ships it.
    // Offline (runtime.json unreachable) the kept runtime is all there is, and it works.
    const latest = await current.catch(() => remembered);
    if (latest.version !== remembered.version) return startAfresh(remembered);
  }
  /** @type {(request: string) => string} */
  const handle = pyodide.pyimport("followup_core.bridge").handle;
  bridge = handle;
  mark("core-imported");
  if (shipped) {
    writeSnapshot(manifest, shipped); // the next visits read it from here; nothing waits for it
  } else if (!saved) {
    const warm = warmUp(handle, manifest);
    mark("warm-up");
    let bytes = null;
    try {
      if (warm && keepable(pyodide)) bytes = pyodide.makeMemorySnapshot();
    } catch (error) {
      console.warn("No Python snapshot for the next visit:", error);
    }
    mark("snapshot-made");
    if (bytes) {
      snapshotUse = "made";
      writeSnapshot(manifest, bytes); // after ready; nothing waits for it
    }
  }
}

/** An error's message, whatever was thrown. @param {unknown} error */
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An ``internal`` error's detail (the exception and its traceback) goes to the console for
 * whoever debugs it, and never to the page, which shows only the reply's message.
 * @param {string} reply
 */
function withoutDetail(reply) {
  if (!reply.includes('"detail"')) return reply;
  /** @type {BridgeReply} */
  const parsed = JSON.parse(reply);
  if (parsed.ok || parsed.error.detail === undefined) return reply;
  console.error(`followup_core.bridge: ${parsed.error.code} error\n${parsed.error.detail}`);
  const { detail: _logged, ...shown } = parsed.error;
  return JSON.stringify({ ...parsed, error: shown });
}

// Public holidays arrive as data (followup_core/public_holidays.py): one JSON table per
// country, listed in runtime.json's holiday index, each fetched the first time a request
// names its country, and never when none does.
/** @type {Promise<{files: Record<string, string>}> | null} */
let holidayIndex = null;
/** @type {Map<string, Promise<unknown>>} */
const holidayTables = new Map();

/** @param {URL} url */
async function fetchJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not download ${url.pathname.split("/").pop()} (HTTP ${response.status}).`);
  return response.json();
}

/**
 * A country's table, or null when the site has none (the core then names the field).
 * @param {string} country
 */
function holidayTable(country) {
  let table = holidayTables.get(country);
  if (!table) {
    holidayIndex ??= (latestManifest || fetchManifest()).then((manifest) => fetchJSON(new URL(manifest.holidays, here)));
    const index = holidayIndex;
    table = index.then((found) => {
      const file = Object.hasOwn(found.files, country) ? found.files[country] : null;
      return file ? fetchJSON(new URL(file, here)) : null;
    });
    table.catch((error) => {
      // Asked again on the next request: a failed download is not remembered.
      console.warn("Public holidays could not be loaded:", error);
      holidayTables.delete(country);
      if (holidayIndex === index) holidayIndex = null;
    });
    holidayTables.set(country, table);
  }
  return table.catch(() => null);
}

/**
 * The request with the named countries' tables in its args (those that could be loaded).
 * @param {CallMessage} message
 */
async function withHolidays({ id, request, countries = [] }) {
  const tables = await Promise.all(countries.map(holidayTable));
  const parsed = JSON.parse(request);
  const found = countries.map((country, index) => [country, tables[index]]).filter(([, table]) => table);
  parsed.args = { ...parsed.args, public_holidays: Object.fromEntries(found) };
  return { id, request: JSON.stringify(parsed) };
}

/** @param {CallMessage} message */
function receiveCall(message) {
  if (!message.countries?.length) {
    if (bridge) answer(message);
    else queued.push(message);
    return;
  }
  // Downloads start at once, alongside Python's own start; the answer waits for both.
  withHolidays(message).then(
    (ready) => {
      if (bridge) answer(ready);
      else queued.push(ready);
    },
    (error) => {
      // Sent without tables: the core then says which country's holidays are missing.
      console.error("A request could not be prepared:", error);
      const plain = { id: message.id, request: message.request };
      if (bridge) answer(plain);
      else queued.push(plain);
    },
  );
}

/** @param {CallMessage} message */
function answer({ id, request }) {
  let reply;
  try {
    reply = withoutDetail(/** @type {(request: string) => string} */ (bridge)(request));
  } catch (error) {
    // bridge.handle never raises; this only fires if the interpreter itself broke.
    console.error("The Python interpreter failed:", error);
    const broken = { code: "internal", field: "", message: String(error) };
    /** @type {ErrorReply} */
    const failure = { v: /** @type {ErrorReply["v"]} */ (protocolVersion), ok: false, error: broken, errors: [broken] };
    reply = JSON.stringify(failure);
  }
  if (profile.length > 0) {
    mark("first-answer");
    markDownloads();
    post({ type: "reply", id, reply, profile: profile.splice(0) });
  } else {
    post({ type: "reply", id, reply });
  }
}

self.addEventListener("message", (/** @type {MessageEvent<PageMessage>} */ event) => {
  const message = event.data;
  if (!("type" in message)) receiveCall(message);
  else if (message.type === "holidays") message.countries.forEach(holidayTable);
  else begin();
});

start().then(
  () => {
    post({ type: "stage", stage: "ready", snapshot: snapshotUse });
    for (const message of queued.splice(0)) answer(message);
  },
  (error) => post({ type: "failed", message: error && error.message ? error.message : String(error) }),
);
