"""Imported inside Pyodide before pytest: catch the core needing a file the site leaves out.

The run starts on the site's cut-down standard library (``--stdlib``); the full
one is appended last to sys.path (``--full-stdlib``) only so that pytest and
hypothesis find what they need. This finder, first on ``sys.meta_path``,

* lets packages that came from the cut-down zip find their other submodules in
  the full one (their ``__path__`` points into the cut-down zip only), and
* records every import that resolves to the full zip while a ``followup_core``
  frame is on the stack: something the shipped zip lacks. ``pyodide_conftest.py``
  fails the run when any is recorded.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import MutableSequence, Sequence
from types import FrameType

FULL_STDLIB = "/lib/full_stdlib.zip"
SHIPPED = next(path for path in sys.path if path.endswith(".zip") and path != FULL_STDLIB)
MISSING_FROM_SHIPPED: set[str] = set()


def _core_is_running() -> bool:
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if str(frame.f_globals.get("__name__", "")).startswith("followup_core"):
            return True
        frame = frame.f_back
    return False


class ShippedStdlibWatch(importlib.abc.MetaPathFinder):
    """Finds nothing itself; see the module docstring."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: object = None
    ) -> None:
        if isinstance(path, MutableSequence):
            for entry in list(path):
                twin = FULL_STDLIB + entry[len(SHIPPED) :]
                if entry.startswith(SHIPPED + "/") and twin not in path:
                    path.append(twin)
        if _core_is_running():
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is not None and str(spec.origin or "").startswith(FULL_STDLIB + "/"):
                MISSING_FROM_SHIPPED.add(name)


sys.meta_path.insert(0, ShippedStdlibWatch())
