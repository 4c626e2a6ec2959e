"""Tool pages start Python before anything else; guide pages only say where the tools are."""

from __future__ import annotations

import json
import re

import pytest
from sitekit import BuiltSite

pytestmark = pytest.mark.site

INTENT = re.compile(r'<script type="application/json" id="followup-intent">([^<]*)</script>')


def _html(site: BuiltSite, path: str) -> str:
    return (site.root / path / "index.html").read_text(encoding="utf-8")


def test_tool_pages_request_python_before_the_themes_stylesheets(built_site: BuiltSite) -> None:
    for path in ("timing", "crafting", "follow-ups"):
        html = _html(built_site, path)
        start = html.index("assets/followup/start.js")
        assert start < html.index('rel="stylesheet"'), path
        assert start < html.index("<script>"), f"{path}: after the theme's inline script"
        assert '<link rel="modulepreload" href="../assets/followup/worker.mjs">' in html


def test_guide_pages_list_exactly_the_pages_that_host_a_tool(built_site: BuiltSite) -> None:
    hosts = sorted(
        built_site.url_path(page)
        for page in built_site.pages()
        if "data-followup-tool=" in page.read_text(encoding="utf-8")
    )
    assert hosts == ["crafting/", "follow-ups/", "timing/"]
    for page in built_site.pages():
        html = page.read_text(encoding="utf-8")
        found = INTENT.search(html)
        if built_site.url_path(page) in hosts:
            assert found is None
            continue
        assert found, built_site.url_path(page)
        assert sorted(json.loads(found.group(1))["toolPages"]) == hosts
        assert "start.js" not in html


def test_tool_pages_preload_what_the_engine_imports(built_site: BuiltSite) -> None:
    """The engine's own imports (the bridge's version, contract.js) load with it, not after."""
    engine = (built_site.root / "assets" / "followup" / "engine.js").read_text(encoding="utf-8")
    imported = re.findall(r'^import [^;]*? from "\./([\w-]+\.js)";', engine, re.MULTILINE)
    assert "contract.js" in imported
    for path in ("timing", "crafting"):
        html = _html(built_site, path)
        for name in imported:
            assert f'<link rel="modulepreload" href="../assets/followup/{name}">' in html, path
