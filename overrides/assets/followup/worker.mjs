// The tools' Python: one module worker loads the self-hosted Pyodide, installs the
// wheels listed in runtime.json, and answers JSON requests with followup_core's
// bridge. It holds no follow-up logic: it only moves strings in and out.
//
// Messages in:  {id, request}            request is the bridge's JSON string
// Messages out: {type: "stage", stage}   "runtime" | "python" | "packages" | "ready"
//               {type: "failed", message}
//               {type: "reply", id, reply}

const here = new URL(".", import.meta.url);
let bridge = null;
const queued = [];

function post(message) {
  self.postMessage(message);
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
    throw new Error(`This page is not allowed to run WebAssembly (${error.message}).`);
  }
}

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
  let reject;
  const failed = new Promise((_, rejectFailed) => {
    reject = rejectFailed;
  });
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const native = WebAssembly[name].bind(WebAssembly);
    WebAssembly[name] = (...args) =>
      native(...args).catch((error) => {
        reject(new Error(`Python's WebAssembly runtime could not be loaded (${error.message}).`));
        throw error;
      });
  }
  return failed;
}

async function start() {
  checkWebAssembly();
  const wasmFailed = watchWasmFailures();
  wasmFailed.catch(() => {}); // after a successful start a late failure has no one to tell
  post({ type: "stage", stage: "runtime" });
  const manifestResponse = await fetch(new URL("runtime.json", here), { cache: "no-cache" });
  if (!manifestResponse.ok) {
    throw new Error(`Could not download runtime.json (HTTP ${manifestResponse.status}).`);
  }
  const manifest = await manifestResponse.json();
  const indexURL = new URL(manifest.pyodide, here);
  // The wheels download while the interpreter starts.
  const wheels = Promise.all(manifest.wheels.map((name) => fetchBytes(new URL(name, here))));
  wheels.catch(() => {}); // a failed download is reported where it is awaited below
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  post({ type: "stage", stage: "python" });
  const pyodide = await Promise.race([
    loadPyodide({
      indexURL: indexURL.href,
      packageBaseUrl: indexURL.href, // never a CDN: every file comes from this site
      packages: [],
      stdout: () => {},
      stderr: (line) => console.warn(line),
    }),
    wasmFailed,
  ]);
  post({ type: "stage", stage: "packages" });
  for (const bytes of await wheels) {
    pyodide.unpackArchive(bytes, "wheel");
  }
  bridge = pyodide.pyimport("followup_core.bridge").handle;
}

function answer({ id, request }) {
  let reply;
  try {
    reply = bridge(request);
  } catch (error) {
    // bridge.handle never raises; this only fires if the interpreter itself broke.
    reply = JSON.stringify({ v: 1, ok: false, error: { code: "internal", field: "", message: String(error) } });
  }
  post({ type: "reply", id, reply });
}

self.addEventListener("message", (event) => {
  if (bridge) answer(event.data);
  else queued.push(event.data);
});

start().then(
  () => {
    post({ type: "stage", stage: "ready" });
    for (const message of queued.splice(0)) answer(message);
  },
  (error) => post({ type: "failed", message: error && error.message ? error.message : String(error) }),
);
