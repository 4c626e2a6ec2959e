"""Ship Python's bytecode: the standard library and the wheels compiled inside Pyodide.

A first start in the browser spends most of its Python time compiling modules from source
(Pyodide's own start imports about a hundred of them before ours). ``bytecode_compile.py``
runs inside the site's own Pyodide under Node (``bytecode.mjs``), so the bytecode fits the
browser's Python exactly, and turns every ``.py`` of a zip into a ``.pyc`` (no source
kept). Results are cached under ``build/bytecode/`` by a digest of everything that can
change them; compiling is deterministic, so the shipped names (hashes of the bytes) only
change when a source does.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from sitebuild import BuildError

HERE: Final = Path(__file__).resolve().parent
SCRIPT: Final = HERE / "bytecode_compile.py"
RUNNER: Final = HERE / "bytecode.mjs"
CACHE: Final = HERE.parent / "build" / "bytecode"


def _digest(pyodide_dir: Path, zips: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in (pyodide_dir / "package.json", SCRIPT, RUNNER, *zips):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def compiled(pyodide_dir: Path, zips: list[Path]) -> list[Path]:
    """Each zip (the library, then the wheels) with its modules as bytecode, in order."""
    folder = CACHE / _digest(pyodide_dir, zips)
    targets = [folder / path.name for path in zips]
    if all(target.is_file() for target in targets):
        return targets
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is needed to build the site (it compiles Python's bytecode).")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as work:
        host = Path(work)
        jobs = []
        for index, path in enumerate(zips):
            (host / str(index)).mkdir()
            shutil.copyfile(path, host / str(index) / path.name)
            jobs.append([f"{index}/{path.name}", f"{index}/compiled-{path.name}"])
        (host / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
        completed = subprocess.run(
            [node, str(RUNNER), str(pyodide_dir / "pyodide.mjs"), str(SCRIPT), str(host)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if completed.returncode != 0 or "compiled" not in completed.stdout:
            output = completed.stderr or completed.stdout
            raise BuildError(f"Compiling Python's bytecode failed:\n{output[-2000:]}")
        for (_, target), final in zip(jobs, targets, strict=True):
            (host / target).replace(final)
            final.chmod(0o644)  # Node's file system writes them open to all
    return targets
