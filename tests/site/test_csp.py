"""The built pages' Content Security Policy and referrer rule, and the publishing workflow.

The pages are read with the standard library's HTML parser, not with the hook's
own code, so a mistake in the hook cannot hide in its test.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml  # type: ignore[import-untyped]  # PyYAML, a dependency of MkDocs
from sitekit import ROOT

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
#: Every directive the guide's policy must set, with the sources it must carry exactly
#: (script-src is checked apart: it also lists each page's hashes).
REQUIRED: dict[str, list[str]] = {
    "default-src": ["'none'"],
    "worker-src": ["'self'"],
    "connect-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "object-src": ["'none'"],
}
SCRIPT_BASE = ["'self'", "'wasm-unsafe-eval'"]
#: Elements that fetch or apply something; none may come before the policy.
LOADING = frozenset({"script", "link", "style"})
#: The ``<script type>`` values browsers run; the rest are data blocks (JSON here).
RUNNABLE_TYPES = frozenset({"", "module", "text/javascript", "application/javascript"})
#: The permissions each job of the Pages workflow needs, and nothing more.
JOB_PERMISSIONS: dict[str, dict[str, str]] = {
    # Check out the code and run the tests.
    "test": {"contents": "read"},
    # Check out the code; configure-pages reads the Pages settings to learn the site address.
    "build": {"contents": "read", "pages": "read"},
    # Publish the artifact, proving with an OIDC token which workflow made it.
    "deploy": {"pages": "write", "id-token": "write"},
}
_PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


class _Head(HTMLParser):
    """Collects what matters for the policy: start tags in order and the inline scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.inline_scripts: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append((tag, values))
        runnable = values.get("type", "").strip().lower() in RUNNABLE_TYPES
        if tag == "script" and "src" not in values and runnable:
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.inline_scripts.append("".join(self._script))
            self._script = None

    def metas(self, key: str, value: str) -> list[str]:
        """The ``content`` of every ``<meta KEY=VALUE>``."""
        return [
            attrs.get("content", "")
            for tag, attrs in self.tags
            if tag == "meta" and attrs.get(key, "").lower() == value.lower()
        ]


def read_head(page: Path) -> _Head:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def directives(policy: str) -> dict[str, list[str]]:
    parsed: dict[str, list[str]] = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        assert name not in parsed, f"{name} is set twice"
        parsed[name] = sources
    return parsed


def sha256_source(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def every_page(site: BuiltSite) -> list[Path]:
    """The guide's pages and the theme's 404 page."""
    return [*site.pages(), site.root / "404.html"]


def page_ids(site: BuiltSite) -> Iterator[tuple[str, _Head]]:
    for page in every_page(site):
        yield page.relative_to(site.root).as_posix(), read_head(page)


def test_every_page_opens_with_its_policy(built_site: BuiltSite) -> None:
    for name, head in page_ids(built_site):
        policies = head.metas("http-equiv", "Content-Security-Policy")
        assert len(policies) == 1, name
        position = next(
            i
            for i, (tag, attrs) in enumerate(head.tags)
            if attrs.get("http-equiv") == "Content-Security-Policy"
        )
        first_loading = next(i for i, (tag, _) in enumerate(head.tags) if tag in LOADING)
        assert position < first_loading, f"{name}: something loads before the policy"
        assert [tag for tag, _ in head.tags[:3]] == ["html", "head", "meta"], name
        assert "charset" in head.tags[2][1], f"{name}: <meta charset> must stay first"


def test_every_inline_script_is_hashed_and_no_other(built_site: BuiltSite) -> None:
    for name, head in page_ids(built_site):
        (policy,) = head.metas("http-equiv", "Content-Security-Policy")
        script_src = directives(policy)["script-src"]
        assert script_src[: len(SCRIPT_BASE)] == SCRIPT_BASE, name
        hashes = script_src[len(SCRIPT_BASE) :]
        assert head.inline_scripts, f"{name}: the theme's inline scripts were not found"
        assert sorted(hashes) == sorted({sha256_source(s) for s in head.inline_scripts}), name


def test_pages_at_different_depths_get_different_hashes(built_site: BuiltSite) -> None:
    """The theme's first inline script names the site root relative to the page."""
    home = read_head(built_site.root / "index.html").metas("http-equiv", "Content-Security-Policy")
    timing = read_head(built_site.root / "timing" / "index.html").metas(
        "http-equiv", "Content-Security-Policy"
    )
    assert home != timing


def test_the_policy_sets_every_directive_and_never_unsafe_eval(built_site: BuiltSite) -> None:
    for name, head in page_ids(built_site):
        (policy,) = head.metas("http-equiv", "Content-Security-Policy")
        parsed = directives(policy)
        assert "'unsafe-eval'" not in policy, name
        assert "'unsafe-inline'" not in policy, name
        assert {key: parsed.get(key) for key in REQUIRED} == REQUIRED, name
        assert set(parsed) == {*REQUIRED, "script-src"}, name


def test_every_page_sends_no_referrer(built_site: BuiltSite) -> None:
    for name, head in page_ids(built_site):
        assert head.metas("name", "referrer") == ["no-referrer"], name


# The publishing workflow -----------------------------------------------------------------


def workflow() -> dict[str, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def uses(node: Any) -> Iterator[str]:
    """Every ``uses:`` value anywhere in the workflow (steps and reusable workflows)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uses":
                yield str(value)
            else:
                yield from uses(value)
    elif isinstance(node, list):
        for item in node:
            yield from uses(item)


def test_every_action_is_pinned_to_a_full_commit() -> None:
    found = list(uses(workflow()))
    assert found, "no actions found: is the workflow still where the test looks?"
    assert [u for u in found if not _PINNED.match(u)] == []


def test_the_workflow_grants_nothing_by_default() -> None:
    assert workflow()["permissions"] == {}


def test_each_job_has_only_the_permissions_pages_needs() -> None:
    jobs = workflow()["jobs"]
    assert {name: job.get("permissions") for name, job in jobs.items()} == JOB_PERMISSIONS


def test_nothing_is_built_or_deployed_unless_the_tests_pass() -> None:
    jobs = workflow()["jobs"]
    assert jobs["build"]["needs"] == "test"
    assert jobs["deploy"]["needs"] == "build"
    commands = "\n".join(str(step.get("run", "")) for step in jobs["test"]["steps"])
    assert "scripts/test" in commands


def test_checkout_keeps_no_credentials() -> None:
    steps = [step for job in workflow()["jobs"].values() for step in job.get("steps", [])]
    checkouts = [s for s in steps if str(s.get("uses", "")).startswith("actions/checkout@")]
    assert checkouts
    for step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False
