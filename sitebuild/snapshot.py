"""A memory snapshot of the started Python, made at build time for readers' first visits.

A first start in the browser spends seconds on Python's own start, the core's import and
the warm-up; a memory snapshot of an interpreter that has done all three restores in a
fraction of that (Pyodide's experimental ``makeMemorySnapshot``/``_loadSnapshot``).
``snapshot.mjs`` makes one under Node with the files the site ships: the cut-down
standard library and the wheels under their shipped names (the interpreter caches each
zip's table of contents, so only these exact bytes fit it). It holds nothing of a reader
(it is made before any exists) and nothing of the build machine (Pyodide's own
environment, a fixed hash seed).

Pyodide 314 restores into its initial memory without growing it (pyodide#6254): when the
heap has grown past that size no snapshot is written, and the site ships none (the
worker then starts as before). The file is gzipped here, because GitHub Pages serves
unknown binary types as they are; the worker decompresses it with
``DecompressionStream``. It is cached under ``build/snapshot/`` by a digest of everything
that makes it, and named by that digest: the bytes differ a little from build to build
(clock readings), the interpreter they restore does not.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sitebuild import BuildError

HERE: Final = Path(__file__).resolve().parent
RUNNER: Final = HERE / "snapshot.mjs"
CACHE: Final = HERE.parent / "build" / "snapshot"
#: ``name.<digest>.gz``: served as it is (Pages compresses no ``.gz``), gunzipped by the worker.
STEM: Final = "python-snapshot"


@dataclass(frozen=True, slots=True)
class Shipped:
    """A wheel as the build has it and the name the site serves it under."""

    path: Path
    name: str


def _digest(pyodide_dir: Path, stdlib: Path, wheels: list[Shipped], warm_up: str) -> str:
    digest = hashlib.sha256()
    for path in (pyodide_dir / "package.json", RUNNER, Path(__file__), stdlib):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for wheel in wheels:
        digest.update(wheel.name.encode())
        digest.update(wheel.path.read_bytes())
    digest.update(warm_up.encode())
    return digest.hexdigest()[:16]


def _make(pyodide_dir: Path, stdlib: Path, wheels: list[Shipped], warm_up: str, raw: Path) -> int:
    """Run ``snapshot.mjs``; the snapshot's size in bytes, 0 when the heap grew too far."""
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is needed to build the site (it makes Python's snapshot).")
    request = raw.with_suffix(".json")
    request.write_text(warm_up, encoding="utf-8")
    completed = subprocess.run(
        [
            node,
            str(RUNNER),
            str(pyodide_dir / "pyodide.mjs"),
            str(stdlib),
            str(raw),
            str(request),
            *(f"{wheel.path}={wheel.name}" for wheel in wheels),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": str(Path(node).parent), "TZ": "UTC", "LANG": "C.UTF-8"},
    )
    try:
        report = json.loads(completed.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        report = None
    if completed.returncode != 0 or not isinstance(report, dict):
        raise BuildError(
            "Making Python's memory snapshot failed:\n"
            + (completed.stderr or completed.stdout)[-2000:]
        )
    if not report["size"]:
        print(
            f"snapshot: none shipped, the heap grew to {report['heap']} bytes"
            f" (initial {report['initial']}; pyodide#6254)"
        )
    return int(report["size"])


def site_snapshot(
    pyodide_dir: Path, stdlib: Path, wheels: list[Shipped], warm_up: str
) -> Path | None:
    """The gzipped snapshot for these exact files, built once and cached; None if none fits."""
    digest = _digest(pyodide_dir, stdlib, wheels, warm_up)
    folder = CACHE / digest
    target = folder / f"{STEM}.{digest}.gz"
    none = folder / "none"
    if target.is_file():
        return target
    if none.is_file():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as work:
        raw = Path(work) / "snapshot.bin"
        if not _make(pyodide_dir, stdlib, wheels, warm_up, raw):
            none.touch()
            return None
        partial = Path(work) / target.name
        partial.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=9, mtime=0))
        partial.replace(target)
    return target
