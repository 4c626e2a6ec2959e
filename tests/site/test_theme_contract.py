"""The theme adapter's contract: each thing the guide relies on from the theme, checked positively.

The site is built a second time without the hooks (so without the post-build pass),
which is the theme's own output. For every patch in ``sitebuild.theme.PATCHES``, the
theme still writes the markup the patch expects, the patch changes it, and the
published build holds the result. The same goes for the theme's CSS (the table rules
copied at build time, the custom properties and classes ``tools.css`` uses) and for
what ``theme.js`` uses of its scripts and storage. When the theme changes, or gives way
to its successor, a failure here names the patch that no longer applies.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sitekit import ROOT

from sitebuild import theme
from sitebuild.postbuild import STYLESHEET

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

ASSETS = ROOT / "overrides" / "assets" / "followup"


@pytest.fixture(scope="module")
def theme_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide as the theme alone writes it: the same config, no hooks, no post-build pass."""
    site = tmp_path_factory.mktemp("theme-output") / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "-", "--site-dir", str(site)],
        input="INHERIT: mkdocs.yml\nhooks: []\n",
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (site / "assets" / "followup" / "runtime.json").exists(), "the pass ran"
    return site


def _page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _text(site: Path, where: str) -> str:
    target = site / where
    files = sorted(target.rglob("*.*")) if target.is_dir() else [target]
    return "".join(path.read_text(encoding="utf-8") for path in files if path.suffix != ".map")


@pytest.mark.parametrize("patch", theme.PATCHES, ids=lambda patch: patch.name)
def test_each_patch_finds_the_themes_markup_and_leaves_its_result(
    patch: theme.Patch, theme_output: Path, built_site: BuiltSite
) -> None:
    raw = _page(theme_output, patch.page)
    assert patch.expects in raw, f"{patch.name}: the theme no longer writes {patch.expects!r}"
    patched = patch.apply(raw)
    assert patch.leaves in patched, f"{patch.name}: the patch no longer applies"
    assert patch.expects not in patched, f"{patch.name}: the patch left some of it unchanged"
    published = _page(built_site.root, patch.page)
    assert patch.leaves in published, f"{patch.name}: the build does not apply it"
    assert patch.expects not in published


def test_the_finished_page_is_every_patch_applied(theme_output: Path) -> None:
    raw = _page(theme_output, "")
    by_each = raw
    for patch in theme.PATCHES:
        by_each = patch.apply(by_each)
    assert theme.finish_page(raw) == by_each


def test_the_themes_table_rules_are_found_and_copied(
    theme_output: Path, built_site: BuiltSite
) -> None:
    rules = theme.table_rules(_text(theme_output, "assets/stylesheets"))
    assert theme.OWN_TABLE in rules
    assert theme.THEME_TABLE not in rules
    stylesheet = (built_site.root / STYLESHEET).read_text(encoding="utf-8")
    assert stylesheet.startswith(f"{theme.RULES_START}\n{rules}\n{theme.RULES_END}")


def test_the_themes_css_defines_what_tools_css_uses(theme_output: Path) -> None:
    """Every ``--md-*`` property and ``.md-*`` class the guide's stylesheet names exists."""
    own = (ASSETS / "tools.css").read_text(encoding="utf-8")
    theirs = _text(theme_output, "assets/stylesheets")
    scripts_and_pages = _text(theme_output, "assets/javascripts") + _page(theme_output, "timing")
    properties = set(re.findall(r"--md-[\w-]+", own))
    classes = set(re.findall(r"\.(md-[\w-]+)", own))
    assert len(properties) > 10
    assert len(classes) > 5
    assert not [name for name in sorted(properties) if f"{name}:" not in theirs]
    missing = [name for name in sorted(classes) if name not in theirs + scripts_and_pages]
    assert not missing


@pytest.mark.parametrize(("name", "where"), theme.SCRIPT_NEEDS)
def test_the_theme_provides_what_theme_js_uses(name: str, where: str, theme_output: Path) -> None:
    assert name in (ASSETS / "theme.js").read_text(encoding="utf-8"), f"theme.js: {name}"
    assert name in _text(theme_output, where), f"the theme's {where} has no {name}"
