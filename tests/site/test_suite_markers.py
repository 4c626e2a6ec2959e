"""Every slow test file carries its folder's marker, so ``-m "not site"`` and the like select it.

The fast loop (``pytest tests/core``) and ``-m`` selections rely on each file under
``tests/site``, ``tests/browser`` and ``tests/pyodide`` declaring the marker named after
its folder (pyproject.toml lists them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.site

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", ["site", "browser", "pyodide"])
def test_each_test_file_declares_its_folders_marker(folder: str) -> None:
    files = sorted((TESTS / folder).glob("test_*.py"))
    assert files
    unmarked = [
        path.name
        for path in files
        if f"pytestmark = pytest.mark.{folder}\n" not in path.read_text(encoding="utf-8")
    ]
    assert not unmarked, f"tests/{folder}: no pytestmark = pytest.mark.{folder}"
