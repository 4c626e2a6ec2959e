// Makes the memory snapshot a reader's first visit starts from: Pyodide under Node, started
// as the tools' worker starts it (the shipped standard library, the wheels under their
// shipped names on sys.path, snapshot mode on), the core imported and the warm-up request
// answered, then Pyodide's makeMemorySnapshot(). Used by snapshot.py at build time.
//
//   node snapshot.mjs PYODIDE_MJS STDLIB_ZIP OUT WARM_UP_JSON WHEEL=SHIPPED_NAME...
//
// Prints one JSON line: {"heap": bytes, "initial": bytes, "size": bytes written (0: none)}.
// Nothing of this machine goes in: the environment Python sees is Pyodide's own, with the
// program name a browser gives it, and the hash seed fixed.
//
// Smaller to send, same interpreter: memory that holds nothing (the allocator's free chunks,
// the stack below its pointer) is zeroed, and the static data (memory below the stack,
// which the wasm itself writes when it is instantiated) is XORed with what the wasm writes
// there, so the bytes nobody changed become zeros. worker.mjs XORs them back right after
// instantiating the wasm. Before it is written, the snapshot is restored in a second
// interpreter here, which must answer the warm-up exactly as the first did.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideModule, stdlib, out, warmUp, ...wheels] = process.argv.slice(2);
process.argv[1] = "./this.program"; // Emscripten's "_" variable; a browser's value

/** What the latest instantiation left in memory below the stack (the static data). */
let instantiated = { size: 0, image: new Uint8Array(0) };
for (const name of ["instantiate", "instantiateStreaming"]) {
  const native = WebAssembly[name].bind(WebAssembly);
  WebAssembly[name] = async (...args) => {
    const result = await native(...args);
    const exports = (result.instance ?? result).exports;
    const memory = exports.memory;
    if (memory instanceof WebAssembly.Memory) {
      instantiated = {
        size: memory.buffer.byteLength,
        image: new Uint8Array(memory.buffer.slice(0, exports.__stack_low.value)),
      };
    }
    return result;
  };
}
const { loadPyodide } = await import(pathToFileURL(pyodideModule).href);
const options = { stdLibURL: stdlib, packages: [], env: { PYTHONHASHSEED: "0" }, stdout: () => {} };
const request = readFileSync(warmUp, "utf8");

/** Writes the wheels where the worker writes them; their paths. */
function placeWheels(pyodide) {
  pyodide.FS.mkdirTree("/lib/followup");
  return wheels.map((pair) => {
    const [file, name] = pair.split("=");
    const path = `/lib/followup/${name}`;
    pyodide.FS.writeFile(path, readFileSync(file));
    return path;
  });
}

/** Zeroes the free chunks of the allocator (dlmalloc: an 8-byte header, then the links). */
function zeroFreeChunks(module) {
  const words = module.HEAPU32;
  const end = words[module._emscripten_get_sbrk_ptr() >> 2];
  const chunks = [];
  let at = module.___heap_base;
  while (at < end) {
    const head = words[(at + 4) >> 2];
    const size = head & ~7;
    if (size < 16 || at + size > end) return; // not the layout expected: leave it all
    if (!(head & 2) && size > 32) chunks.push([at + 32, at + size]); // free: keep its links
    at += size;
  }
  if (at !== end) return;
  for (const [from, to] of chunks) module.HEAPU8.fill(0, from, to);
}

const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
const { size: initial, image } = instantiated;
const paths = placeWheels(pyodide);
pyodide.runPython(`import sys\nsys.path[0:0] = ${JSON.stringify(paths)}`);
const answer = pyodide.pyimport("followup_core.bridge").handle(request);
if (!JSON.parse(answer).ok) throw new Error(`The warm-up failed: ${answer}`);
pyodide.runPython("import gc\ngc.collect()");
const module = pyodide._module;
const heap = module.HEAP8.length;
let size = 0;
if (initial > 0 && heap <= initial) {
  zeroFreeChunks(module);
  module.HEAPU8.fill(0, module._emscripten_stack_get_end(), module._emscripten_stack_get_current());
  const bytes = pyodide.makeMemorySnapshot();
  const restored = await loadPyodide({ ...options, _loadSnapshot: bytes });
  placeWheels(restored);
  const again = restored.pyimport("followup_core.bridge").handle(request);
  if (again !== answer) throw new Error("The snapshot, restored, answers the warm-up differently.");
  const start = new Uint32Array(bytes.buffer, bytes.byteOffset, 2)[1]; // Pyodide's header size
  const words = image.length >> 2; // as the worker XORs them back: word by word
  const own = new Uint32Array(image.buffer, 0, words);
  const kept = new Uint32Array(bytes.buffer, bytes.byteOffset + start, words);
  for (let i = 0; i < words; i++) kept[i] ^= own[i];
  writeFileSync(out, bytes);
  size = bytes.length;
}
process.stdout.write(`${JSON.stringify({ heap, initial, size })}\n`);
