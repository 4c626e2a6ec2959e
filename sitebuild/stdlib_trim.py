"""Ship only the part of Python's standard library that the tools use.

Pyodide's ``python_stdlib.zip`` is 2.5 MB over the wire; the core and Pyodide's
own start-up load about 150 of its 600 files. At build time ``stdlib_probe.py``
runs inside Pyodide under Node (started as the browser's worker starts it) and
lists those files; this module writes a zip of just them, and a lock file with
Pyodide's metadata but no package list (the tools load no Pyodide packages).

Results are cached under ``build/stdlib/`` by a digest of everything that can
change them, so only the first build after a change pays for the probe (~5 s).
The in-Pyodide test suite proves the cut is enough: the core's tests fail if any
import made on the core's behalf reaches for a file left out.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Final

from sitebuild import BuildError

HERE: Final = Path(__file__).resolve().parent
ROOT: Final = HERE.parent
PROBE: Final = HERE / "stdlib_probe.py"
PROBE_RUNNER: Final = HERE / "stdlib_probe.mjs"
CACHE: Final = ROOT / "build" / "stdlib"
STDLIB_NAME: Final = "python_stdlib.zip"
LOCK_NAME: Final = "pyodide-lock.json"


def _digest(pyodide_dir: Path, wheels: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in (pyodide_dir / "package.json", PROBE, PROBE_RUNNER, *wheels):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def probe_used_files(pyodide_dir: Path, wheels: list[Path]) -> list[str]:
    """The stdlib zip members the core and Pyodide's start-up load (run under Node)."""
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is needed to build the site (it trims Python's library).")
    completed = subprocess.run(
        [node, str(PROBE_RUNNER), str(pyodide_dir / "pyodide.mjs"), str(PROBE), *map(str, wheels)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        used = json.loads(completed.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        used = None
    if completed.returncode != 0 or not isinstance(used, list) or not used:
        raise BuildError(
            "Probing which standard-library files the core uses failed:\n"
            + (completed.stderr or completed.stdout)[-2000:]
        )
    return [str(name) for name in used]


def write_trimmed_zip(full: Path, keep: set[str], target: Path) -> None:
    """``full`` with only the members in ``keep`` and their folders, recompressed."""
    folders = {name.rsplit("/", 1)[0] + "/" for name in keep if "/" in name}
    missing = keep - set(zipfile.ZipFile(full).namelist())
    if missing:
        raise BuildError(f"The probe named files that {full.name} lacks: {sorted(missing)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with zipfile.ZipFile(full) as source, zipfile.ZipFile(partial, "w") as out:
        for info in source.infolist():
            if info.filename in keep or info.filename in folders:
                out.writestr(info, source.read(info), zipfile.ZIP_DEFLATED, compresslevel=9)
    partial.replace(target)


def trimmed_stdlib(pyodide_dir: Path, wheels: list[Path]) -> Path:
    """The cut-down ``python_stdlib.zip`` for these wheels, built once and cached."""
    target = CACHE / _digest(pyodide_dir, wheels) / STDLIB_NAME
    if not target.is_file():
        used = probe_used_files(pyodide_dir, wheels)
        write_trimmed_zip(pyodide_dir / STDLIB_NAME, set(used), target)
    return target


def empty_lock(pyodide_dir: Path) -> str:
    """Pyodide's lock file without its package list: the tools install no Pyodide packages."""
    lock = json.loads((pyodide_dir / LOCK_NAME).read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, indent=1) + "\n"
