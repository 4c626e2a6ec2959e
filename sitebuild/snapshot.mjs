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
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideModule, stdlib, out, warmUp, ...wheels] = process.argv.slice(2);
process.argv[1] = "./this.program"; // Emscripten's "_" variable; a browser's value
let initial = 0;
for (const name of ["instantiate", "instantiateStreaming"]) {
  const native = WebAssembly[name].bind(WebAssembly);
  WebAssembly[name] = async (...args) => {
    const result = await native(...args);
    const memory = (result.instance ?? result).exports.memory;
    if (memory instanceof WebAssembly.Memory) initial = memory.buffer.byteLength;
    return result;
  };
}
const { loadPyodide } = await import(pathToFileURL(pyodideModule).href);
const pyodide = await loadPyodide({
  _makeSnapshot: true,
  stdLibURL: stdlib,
  packages: [],
  env: { PYTHONHASHSEED: "0" },
  stdout: () => {},
});
pyodide.FS.mkdirTree("/lib/followup");
const paths = wheels.map((pair) => {
  const [file, name] = pair.split("=");
  const path = `/lib/followup/${name}`;
  pyodide.FS.writeFile(path, readFileSync(file));
  return path;
});
pyodide.runPython(`import sys\nsys.path[0:0] = ${JSON.stringify(paths)}`);
const reply = JSON.parse(pyodide.pyimport("followup_core.bridge").handle(readFileSync(warmUp, "utf8")));
if (!reply.ok) throw new Error(`The warm-up failed: ${reply.error.message}`);
const heap = pyodide._module.HEAP8.length;
let size = 0;
if (initial > 0 && heap <= initial) {
  const bytes = pyodide.makeMemorySnapshot();
  writeFileSync(out, bytes);
  size = bytes.length;
}
process.stdout.write(`${JSON.stringify({ heap, initial, size })}\n`);
