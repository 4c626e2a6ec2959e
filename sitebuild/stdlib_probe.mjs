// Starts Pyodide under Node the way the tools' worker starts it in the browser
// (wheels as zips on sys.path, snapshot mode on), then runs stdlib_probe.py and
// prints what it prints. Used by runtime.py at build time; all logic is Python.
//
//   node stdlib_probe.mjs PYODIDE_MJS PROBE_PY WHEEL...
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideModule, probe, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(pyodideModule).href);
let printed = "";
const pyodide = await loadPyodide({ _makeSnapshot: true, stdout: (line) => (printed += `${line}\n`) });
pyodide.FS.mkdirTree("/lib/followup");
const paths = wheels.map((wheel) => {
  const path = `/lib/followup/${basename(wheel)}`;
  pyodide.FS.writeFile(path, readFileSync(wheel));
  return path;
});
pyodide.runPython(`import sys\nsys.path[0:0] = ${JSON.stringify(paths)}`);
pyodide.runPython(readFileSync(probe, "utf8"));
pyodide.makeMemorySnapshot();
process.stdout.write(printed);
