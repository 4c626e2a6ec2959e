// Run followup_core's checks inside Pyodide under Node, the way the browser runs the core.
//
//   node run_in_pyodide.mjs [--wheel PATH]... [--file FS_PATH=HOST_PATH]...
//        [--cwd FS_DIR] [--parity IN=OUT] [--stdlib ZIP] [--full-stdlib ZIP]
//        [-- PYTEST_ARGS...]
//
// --wheel   unpack a pure wheel into Pyodide's site-packages (offline; no micropip)
// --file    copy a host file into Pyodide's file system
// --cwd     working directory inside Pyodide for the pytest run
// --parity  IN is a JSON list of request strings; each goes through
//           followup_core.bridge.handle and the JSON list of replies is written to OUT
//           (both JSON documents are ASCII, so lone surrogates survive the trip)
// --stdlib  the standard library zip to start with (the site's cut-down one);
//           default: Pyodide's full one
// --full-stdlib  after the parity run, before pytest: the full zip, put LAST on sys.path,
//           so pytest's own needs are met while the shipped zip is still searched first
// --        everything after it is passed to pytest.main; without it pytest is not run
//
// Exit code: pytest's, 0 when only --parity ran, 70 when the harness itself failed.
// Used by test_core_in_pyodide.py, which describes why.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYODIDE = pathToFileURL(resolve(ROOT, "node_modules", "pyodide", "pyodide.mjs")).href;

function parseArgs(argv) {
  const options = { wheels: [], files: [], cwd: null, parity: null, stdlib: null, fullStdlib: null, pytest: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--") {
      options.pytest = argv.slice(i + 1);
      break;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--wheel") options.wheels.push(value);
    else if (flag === "--file") options.files.push(splitPair(value, flag));
    else if (flag === "--cwd") options.cwd = value;
    else if (flag === "--stdlib") options.stdlib = value;
    else if (flag === "--full-stdlib") options.fullStdlib = value;
    else if (flag === "--parity") options.parity = splitPair(value, flag);
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

function splitPair(value, flag) {
  const at = value.indexOf("=");
  if (at <= 0) throw new Error(`${flag} expects A=B, got ${value}`);
  return [value.slice(0, at), value.slice(at + 1)];
}

// Where --full-stdlib lands; stdlib_watch.py watches imports that resolve there.
const FULL_STDLIB = "/lib/full_stdlib.zip";

// Answer every request with the installed core; the same three lines run on CPython (parity.py).
const PARITY = `
import json
from followup_core.bridge import handle
json.dumps([handle(request) for request in json.loads(requests_json)])
`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { loadPyodide } = await import(PYODIDE);
  const pyodide = await loadPyodide(options.stdlib ? { stdLibURL: options.stdlib } : {});
  // Python's output goes to ours byte for byte (pytest's progress dots stay on one line);
  // copied, because the bytes are a view into Pyodide's memory.
  const passTo = (stream) => ({
    write: (bytes) => {
      stream.write(Buffer.from(bytes));
      return bytes.length;
    },
  });
  pyodide.setStdout(passTo(process.stdout));
  pyodide.setStderr(passTo(process.stderr));

  // Into site-packages, as an installer would (the default is the working directory).
  const extractDir = pyodide.runPython("import site\nsite.getsitepackages()[0]");
  for (const wheel of options.wheels) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir });
  }
  for (const [target, source] of options.files) {
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")) || "/");
    pyodide.FS.writeFile(target, readFileSync(source));
  }

  // Parity first, on a fresh interpreter that pytest has not touched.
  if (options.parity) {
    const [input, output] = options.parity;
    const scope = pyodide.toPy({ requests_json: readFileSync(input, "utf8") });
    const replies = pyodide.runPython(PARITY, { globals: scope });
    scope.destroy();
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, replies);
  }

  if (options.pytest === null) return 0;
  if (options.fullStdlib) {
    pyodide.FS.writeFile(FULL_STDLIB, readFileSync(options.fullStdlib));
    pyodide.FS.writeFile("/lib/stdlib_watch.py", readFileSync(resolve(ROOT, "tests", "pyodide", "stdlib_watch.py")));
    pyodide.runPython(`import sys\nsys.path.append(${JSON.stringify(FULL_STDLIB)})\nsys.path.insert(0, "/lib")\nimport stdlib_watch\nsys.path.remove("/lib")`);
  }
  if (options.cwd) {
    pyodide.FS.mkdirTree(options.cwd);
    pyodide.FS.chdir(options.cwd);
  }
  const scope = pyodide.toPy({ argv: options.pytest });
  const code = pyodide.runPython("import pytest\nint(pytest.main(list(argv)))", { globals: scope });
  scope.destroy();
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 70;
  },
);
