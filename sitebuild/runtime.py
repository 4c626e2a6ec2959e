"""Ship the browser's Python inside the built site, so no request leaves its origin.

After every build (``postbuild``) this copies the Pyodide runtime files from
``node_modules/pyodide`` (pinned by ``package-lock.json``), builds
``followup_core`` as a pure wheel with ``python -m build``, adds the pinned
browser wheels that ``scripts/setup`` downloaded (``tzdata``), and writes
``assets/followup/runtime.json``: the one list the worker loads from, with the
bridge's protocol version and the request it answers before keeping a snapshot.

Wheel names carry a hash of their content, so a changed core is never served
from a stale cache; the Pyodide folder carries its version for the same reason.
The manifest's ``version`` names that whole set: the worker keys its cached
memory snapshot by it, and the offline service worker (``offline.js`` at the
site's root, so its scope is the whole site) gets it written in, so a new
runtime installs a new service worker that drops the old caches.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from followup_core.examples import WARM_UP
from followup_core.protocol import PROTOCOL_VERSION
from sitebuild import BuildError, bytecode, holiday_files, snapshot, stdlib_trim

ROOT: Final = Path(__file__).resolve().parents[1]
PYODIDE_PACKAGE: Final = ROOT / "node_modules" / "pyodide"
#: The files the browser needs as npm ships them (no type stubs, source maps, consoles or
#: README). The standard library and the lock file are shipped cut down (stdlib_trim.py).
RUNTIME_FILES: Final = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
)
BROWSER_WHEELS_LIST: Final = ROOT / "scripts" / "browser-wheels.txt"
BROWSER_WHEELS_DIR: Final = ROOT / "build" / "wheels" / "browser"
CORE_WHEEL_CACHE: Final = ROOT / "build" / "wheels" / "core"
#: Where the runtime lands inside the built site.
SITE_FOLDER: Final = Path("assets") / "followup"
MANIFEST_NAME: Final = "runtime.json"
#: The offline service worker, copied by the theme to the site's root; the build writes in
#: the runtime version where this placeholder stands.
SERVICE_WORKER: Final = "offline.js"
VERSION_PLACEHOLDER: Final = "__FOLLOWUP_RUNTIME_VERSION__"

_PIN: Final = re.compile(r"^\s*(?P<name>[A-Za-z0-9_.-]+)==(?P<version>[A-Za-z0-9_.+-]+)")
_SETUP_HINT: Final = "Run scripts/setup first."


@dataclass(frozen=True, slots=True)
class Runtime:
    """What a build ships: the Pyodide version and folder, and the wheels in install order."""

    pyodide_version: str
    pyodide_folder: str
    stdlib: str
    wheels: tuple[str, ...]
    holidays: str = ""
    #: The request a first start answers before its memory snapshot (the worked example).
    warm_up: str = WARM_UP
    #: The gzipped memory snapshot a first visit starts from (snapshot.py); "" if none fits.
    snapshot: str = ""

    @property
    def version(self) -> str:
        """Changes whenever any shipped runtime file (their names carry it) or the warm-up could."""
        names = "\n".join(
            (self.pyodide_folder, self.stdlib, *self.wheels, self.warm_up, self.snapshot)
        )
        return hashlib.sha256(names.encode()).hexdigest()[:16]

    def to_json(self) -> dict[str, object]:
        """The manifest the worker reads; paths are relative to the manifest."""
        return {
            "version": self.version,
            "pyodide_version": self.pyodide_version,
            "pyodide": f"{self.pyodide_folder}/",
            "stdlib": self.stdlib,
            "pyodide_files": [
                *(f"{self.pyodide_folder}/{name}" for name in RUNTIME_FILES),
                f"{self.pyodide_folder}/{stdlib_trim.LOCK_NAME}",
                self.stdlib,
            ],
            "wheels": list(self.wheels),
            # Restored by a first visit instead of starting Python; not kept for offline use
            # (the worker keeps its own copy of what it restored).
            "snapshot": self.snapshot,
            # The public-holiday tables' index (holiday_files.py): fetched only on a country.
            "holidays": self.holidays,
            "protocol": PROTOCOL_VERSION,
            "warm_up": self.warm_up,
        }


def pyodide_version() -> str:
    """The installed npm package's version (``npm ci`` installs exactly the locked one)."""
    package = PYODIDE_PACKAGE / "package.json"
    if not package.is_file():
        raise BuildError(f"Pyodide is not installed in {PYODIDE_PACKAGE}. {_SETUP_HINT}")
    return str(json.loads(package.read_text(encoding="utf-8"))["version"])


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _wheel_name_and_version(path: Path) -> tuple[str, str]:
    """``tzdata-2026.6-py2.py3-none-any.whl`` → ``("tzdata", "2026.6")``."""
    name, version = path.name.split("-", 2)[:2]
    return _normalise(name), version


def browser_wheels() -> list[Path]:
    """The downloaded wheel for each pin in ``scripts/browser-wheels.txt``, in its order."""
    found: list[Path] = []
    for line in BROWSER_WHEELS_LIST.read_text(encoding="utf-8").splitlines():
        pin = _PIN.match(line)
        if not pin:
            continue
        wanted = (_normalise(pin["name"]), pin["version"])
        matches = sorted(
            path
            for path in BROWSER_WHEELS_DIR.glob("*.whl")
            if _wheel_name_and_version(path) == wanted
        )
        if not matches:
            raise BuildError(
                f"The wheel {pin['name']}=={pin['version']} is missing from "
                f"{BROWSER_WHEELS_DIR}. {_SETUP_HINT}"
            )
        found.append(matches[-1])
    return found


def _core_sources_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "followup_core").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    return digest.hexdigest()[:16]


def build_core_wheel() -> Path:
    """``followup_core`` as a ``py3-none-any`` wheel, rebuilt only when its sources change.

    ``--no-isolation`` uses the hatchling installed by the ``dev`` extras, so the
    build needs no network and takes about a second.
    """
    outdir = CORE_WHEEL_CACHE / _core_sources_digest()
    wheels = sorted(outdir.glob("followup_core-*-py3-none-any.whl"))
    if wheels:
        return wheels[-1]
    outdir.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(outdir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wheels = sorted(outdir.glob("followup_core-*-py3-none-any.whl"))
    if completed.returncode != 0 or not wheels:
        shutil.rmtree(outdir, ignore_errors=True)
        raise BuildError(f"Building the core wheel failed:\n{completed.stderr[-2000:]}")
    return wheels[-1]


def _content_name(path: Path) -> str:
    """``name.whl`` → ``name.<hash>.whl``: a new name whenever the bytes change."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{path.stem}.{digest}{path.suffix}"


def _copy_if_changed(source: Path, target: Path) -> None:
    if (
        target.is_file()
        and target.stat().st_size == source.stat().st_size
        and target.stat().st_mtime >= source.stat().st_mtime
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def shipped_python() -> tuple[Path, list[Path]]:
    """The standard library and the wheels as the site ships them: cut down, compiled."""
    wheels = [*browser_wheels(), build_core_wheel()]
    stdlib = stdlib_trim.trimmed_stdlib(PYODIDE_PACKAGE, wheels)
    compiled_stdlib, *compiled_wheels = bytecode.compiled(PYODIDE_PACKAGE, [stdlib, *wheels])
    return compiled_stdlib, compiled_wheels


def install_runtime(site_dir: Path) -> Runtime:
    """Copy the runtime and wheels under ``site_dir`` and write the manifest."""
    version = pyodide_version()
    folder = f"pyodide-{version}"
    dest = site_dir / SITE_FOLDER
    for name in RUNTIME_FILES:
        source = PYODIDE_PACKAGE / name
        if not source.is_file():
            raise BuildError(f"{source} is missing. {_SETUP_HINT}")
        _copy_if_changed(source, dest / folder / name)
    (dest / folder / stdlib_trim.LOCK_NAME).write_text(
        stdlib_trim.empty_lock(PYODIDE_PACKAGE), encoding="utf-8"
    )
    stdlib_zip, wheel_paths = shipped_python()
    stdlib = f"{folder}/{_content_name(stdlib_zip)}"
    _copy_if_changed(stdlib_zip, dest / stdlib)
    wheels: list[str] = []
    for wheel in wheel_paths:
        name = f"wheels/{_content_name(wheel)}"
        _copy_if_changed(wheel, dest / name)
        wheels.append(name)
    shipped = [
        snapshot.Shipped(path, name.rsplit("/", 1)[-1])
        for path, name in zip(wheel_paths, wheels, strict=True)
    ]
    made = snapshot.site_snapshot(PYODIDE_PACKAGE, stdlib_zip, shipped, WARM_UP)
    if made:
        _copy_if_changed(made, dest / folder / made.name)
    runtime = Runtime(
        pyodide_version=version,
        pyodide_folder=folder,
        stdlib=stdlib,
        wheels=tuple(wheels),
        holidays=holiday_files.install_holidays(dest),
        snapshot=f"{folder}/{made.name}" if made else "",
    )
    (dest / MANIFEST_NAME).write_text(json.dumps(runtime.to_json(), indent=2) + "\n", "utf-8")
    stamp_service_worker(site_dir / SERVICE_WORKER, runtime.version)
    return runtime


def stamp_service_worker(path: Path, version: str) -> None:
    """Write the runtime version into the copied service worker (once per build)."""
    if not path.is_file():
        raise BuildError(f"{path} is missing: the theme should have copied overrides/{path.name}.")
    text = path.read_text(encoding="utf-8")
    if VERSION_PLACEHOLDER in text:
        path.write_text(text.replace(VERSION_PLACEHOLDER, version), encoding="utf-8")
