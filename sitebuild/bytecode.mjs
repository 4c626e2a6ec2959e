// Runs bytecode_compile.py inside Pyodide under Node, with HOST_DIR as /host (the zips to
// compile and jobs.json). Used by bytecode.py at build time; all logic is Python.
//
//   node bytecode.mjs PYODIDE_MJS SCRIPT_PY HOST_DIR
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideModule, script, hostDir] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(pyodideModule).href);
let printed = "";
const pyodide = await loadPyodide({ packages: [], stdout: (line) => (printed += `${line}\n`) });
pyodide.FS.mkdirTree("/host");
pyodide.mountNodeFS("/host", hostDir);
pyodide.runPython(readFileSync(script, "utf8"));
process.stdout.write(printed);
