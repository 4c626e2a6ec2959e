"""Run inside Pyodide at build time: compile the zips the site ships to bytecode.

Neither Pyodide's standard library nor a wheel carries bytecode, so a first start compiles
every module it imports from source: most of Python's own start in the browser (Pyodide
imports asyncio, ssl, zipfile and their friends before any of our code) and of the core's
import. Compiled here, by the very Python the browser runs, the modules load from
``.pyc`` files instead. Each ``.py`` member becomes an unchecked hash-based ``.pyc``
(zipimport then loads it without looking for a source, PEP 552) and the source is left
out; every other member is copied as it is.

Reads ``/host/jobs.json``, a list of ``[source zip, compiled zip]`` under ``/host``. The
file names tracebacks show are those the browser's worker gives: the standard library's
own path for ``python_stdlib.zip``, ``/lib/followup/NAME/`` for a wheel.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import sys
import zipfile

HOST = "/host"
STDLIB_NAME = "python_stdlib.zip"
STDLIB_PATH = next(path for path in sys.path if path.endswith(".zip"))
WHEEL_DIR = "/lib/followup"
MAGIC = importlib.util.MAGIC_NUMBER
FLAGS_UNCHECKED = (1).to_bytes(4, "little")  # hash-based, not checked against a source


def compiled(source: bytes, filename: str) -> bytes:
    """The ``.pyc`` file of one module, as ``py_compile`` writes it with UNCHECKED_HASH."""
    code = compile(source, filename, "exec", dont_inherit=True)
    return MAGIC + FLAGS_UNCHECKED + importlib.util.source_hash(source) + marshal.dumps(code)


def compile_zip(source: str, target: str) -> None:
    name = source.rsplit("/", 1)[-1]
    prefix = f"{STDLIB_PATH}/" if name == STDLIB_NAME else f"{WHEEL_DIR}/{name}/"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename.endswith(".py"):
                member = zipfile.ZipInfo(info.filename + "c", info.date_time)
                data = compiled(data, prefix + info.filename)
            else:
                member = info
            out.writestr(member, data, zipfile.ZIP_DEFLATED, compresslevel=9)


def main() -> None:
    with open(f"{HOST}/jobs.json", encoding="utf-8") as jobs:
        for source, target in json.load(jobs):
            compile_zip(f"{HOST}/{source}", f"{HOST}/{target}")
    print("compiled")


main()
