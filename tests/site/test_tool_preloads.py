"""A tool split into modules preloads its parts with it, in step with its imports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitekit import BuiltSite

pytestmark = pytest.mark.site

ASSETS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "followup"
IMPORT = re.compile(r'^import [^;]*? from "\./([\w-]+\.js)";', re.MULTILINE)
PRELOAD = re.compile(r'<link rel="modulepreload" href="\.\./assets/followup/([\w.-]+)">')


def _parts(entry: str, prefix: str) -> set[str]:
    """The modules named ``prefix*`` that ``entry`` imports, directly or through each other."""
    found: set[str] = set()
    waiting = [entry]
    while waiting:
        text = (ASSETS / waiting.pop()).read_text(encoding="utf-8")
        for name in IMPORT.findall(text):
            if name.startswith(prefix) and name not in found:
                found.add(name)
                waiting.append(name)
    return found


@pytest.mark.parametrize(("page", "tool"), [("crafting", "draft"), ("timing", "timing")])
def test_a_split_tool_preloads_exactly_its_parts(
    built_site: BuiltSite, page: str, tool: str
) -> None:
    html = (built_site.root / page / "index.html").read_text(encoding="utf-8")
    preloaded = set(PRELOAD.findall(html))
    parts = _parts(f"{tool}-tool.js", f"{tool}-")
    assert len(parts) >= 4
    assert {name for name in preloaded if name.startswith(f"{tool}-")} == parts | {
        f"{tool}-tool.js"
    }
    for name in preloaded:
        assert (built_site.root / "assets" / "followup" / name).is_file(), name


def test_guide_pages_preload_only_what_the_entry_imports_and_no_tool(
    built_site: BuiltSite,
) -> None:
    """Every page's entry (tools.js) imports the theme adapter; a guide page preloads just that."""
    html = (built_site.root / "personalizing" / "index.html").read_text(encoding="utf-8")
    entry = set(IMPORT.findall((ASSETS / "tools.js").read_text(encoding="utf-8")))
    assert entry == {"theme.js"}
    assert set(PRELOAD.findall(html)) == entry
