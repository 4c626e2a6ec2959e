"""After one visit the tools start from a saved snapshot and work with the network off.

The first visit to a tool page restores the memory snapshot the site ships (or, without
it, makes one: core imported, the built-in example computed, before any reader input
reaches Python), keeps it, and registers the site's service worker (``offline.js``),
which keeps the runtime and the page. These tests take the real path: a real service
worker, Cache Storage and Pyodide in Chromium, with the browser context switched offline.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import OFFLINE_COPY_READY, SNAPSHOT_SAVED, BuiltSite, dispose, marks, serve_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TIMING = '[data-followup-tool="timing"]'
READY = f'{TIMING}[data-state="ready"]'
BUILDER_READY = '[data-followup-tool="draft"][data-state="ready"]:not([data-busy])'
START_MS = 60_000


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context
    finally:
        dispose(context)


def visit_once(page: Page, url: str) -> None:
    """A first visit that lasts until the offline copy and the snapshot are kept."""
    page.goto(url)
    page.wait_for_selector(READY, timeout=START_MS)
    page.wait_for_function(OFFLINE_COPY_READY, timeout=30_000)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)


def plan_title(page: Page) -> str:
    return (
        page.locator(TIMING)
        .locator('[data-slot="steps"] > li [data-slot="title"]')
        .first.inner_text()
    )


def test_a_tool_page_reloads_and_works_with_the_network_off(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    visit_once(page, site_server.url("timing/"))
    assert "followup:snapshot-site" in marks(page)

    context.set_offline(True)
    page.reload()
    page.wait_for_selector(READY, timeout=START_MS)
    assert "followup:snapshot-restored" in marks(page)
    tool = page.locator(TIMING)
    tool.get_by_label("They’ll decide by a date").check()
    tool.get_by_label("Decision date").fill("2026-12-04")
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    page.wait_for_function(
        '() => document.querySelector(\'[data-slot="steps"] > li[data-kind="check_in"]\')'
        " && !document.querySelector('.followup-tool--stale')",
        timeout=10_000,
    )
    assert page.locator(f"{TIMING} [data-slot='steps'] > li").count() >= 3
    assert plan_title(page)


def test_the_service_worker_is_scoped_to_the_sites_path(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    visit_once(page, site_server.url("timing/"))
    registration = page.evaluate(
        """async () => {
          const registration = await navigator.serviceWorker.ready;
          return {scope: registration.scope, script: registration.active.scriptURL};
        }"""
    )
    assert registration == {
        "scope": site_server.base_url,
        "script": site_server.url("offline.js"),
    }


def test_guide_pages_register_no_service_worker(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.goto(site_server.url("personalizing/"))
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    assert (
        page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 0
    )


def test_the_snapshot_holds_no_reader_input(
    context: BrowserContext, site_server: SiteServer
) -> None:
    """Saved entries reach Python only after the snapshot is taken on the first visit."""
    marker = "Zqxjvw Unlikely Marker Corp"
    saved = {
        "v": 1,
        "save": True,
        "savedAt": "2026-12-01T16:00:00.000Z",
        "state": {"details": {"company": marker}},
    }
    context.add_init_script(
        f"localStorage.setItem('followup:draft-builder', {json.dumps(json.dumps(saved))});"
    )
    page = context.new_page()
    page.goto(site_server.url("crafting/#builder"))
    page.wait_for_selector(BUILDER_READY, timeout=START_MS)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    assert marker in page.locator('[data-followup-tool="draft"] [data-slot="drafts"]').inner_text()
    found = page.evaluate(
        """async (marker) => {
          const name = (await caches.keys()).find((n) => n.startsWith("followup-python-"));
          const cache = await caches.open(name);
          const request = (await cache.keys()).find((r) => r.url.endsWith(".bin"));
          const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
          const needle = new TextEncoder().encode(marker);
          outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
            for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
            return {size: bytes.length, at: i};
          }
          return {size: bytes.length, at: -1};
        }""",
        marker,
    )
    assert found["size"] > 1_000_000, "not a memory snapshot"
    assert found["at"] == -1, "the reader's text was kept inside the snapshot"


def test_a_damaged_snapshot_is_replaced_and_the_tool_still_starts(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    visit_once(page, site_server.url("timing/"))
    page.evaluate(
        """async () => {
          const name = (await caches.keys()).find((n) => n.startsWith("followup-python-"));
          const cache = await caches.open(name);
          const request = (await cache.keys()).find((r) => r.url.endsWith(".bin"));
          await cache.put(request, new Response(new Uint8Array(4096).fill(7)));
        }"""
    )
    page.reload()
    page.wait_for_selector(READY, timeout=START_MS)
    assert "followup:snapshot-site" in marks(page)
    assert plan_title(page)
    # Polled while the new snapshot is being written: its cache may not hold it yet.
    page.wait_for_function(
        """async () => {
          const name = (await caches.keys()).find((n) => n.startsWith("followup-python-"));
          if (!name) return false;
          const cache = await caches.open(name);
          const request = (await cache.keys()).find((r) => r.url.endsWith(".bin"));
          const response = request && (await cache.match(request));
          return Boolean(response) && (await response.arrayBuffer()).byteLength > 1000000;
        }""",
        timeout=30_000,
    )


def _restamp(site_root: Path, old: str, new: str) -> None:
    """What a new build with a changed runtime does to the two files that name it."""
    for path in (site_root / "offline.js", site_root / "assets/followup/runtime.json"):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_new_runtime_replaces_the_offline_copy_and_the_snapshot(
    browser: Browser, built_site: BuiltSite, tmp_path: Path
) -> None:
    copy = BuiltSite(root=tmp_path / "site", site_url=built_site.site_url, log="")
    shutil.copytree(built_site.root, copy.root)
    manifest: dict[str, Any] = json.loads(
        (copy.root / "assets/followup/runtime.json").read_text(encoding="utf-8")
    )
    old = str(manifest["version"])
    new = "0" * len(old)
    with serve_site(copy) as server:
        context = browser.new_context()
        try:
            page = context.new_page()
            visit_once(page, server.url("timing/"))
            assert sorted(page.evaluate("caches.keys()")) == [
                f"followup-offline-{old}",
                f"followup-python-{old}",
            ]
            _restamp(copy.root, old, new)
            page.goto(server.url("timing/"))
            page.wait_for_selector(READY, timeout=START_MS)
            page.wait_for_function(
                f"""async () => {{
                  const names = await caches.keys();
                  return names.length > 0 && names.every((n) => n.endsWith("{new}"));
                }}""",
                timeout=30_000,
            )
        finally:
            dispose(context)


def start_without_site_snapshot(context: BrowserContext, **changes: str) -> None:
    """First visits start Python themselves (runtime.json names no site snapshot), with
    ``changes`` to the rest of the manifest."""

    def manifest_without_snapshot(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, json={**response.json(), "snapshot": "", **changes})

    context.route("**/assets/followup/runtime.json", manifest_without_snapshot)


#: The line of the worker after which its first-visit snapshot is taken.
WARM_UP_LINE = "    const warm = warmUp(handle, manifest);\n"
#: Grows Python's heap past the runtime's initial memory (wasm memory never shrinks).
GROW_HEAP = '    pyodide.runPython("bytearray(48 * 1024 * 1024)");\n'


def first_visit_keeping_no_snapshot(
    context: BrowserContext, site_server: SiteServer, *, because: str
) -> Page:
    """A first visit whose worker keeps no snapshot and warns with ``because``."""
    page = context.new_page()
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text))
    page.goto(site_server.url("timing/"))
    page.wait_for_selector(READY, timeout=START_MS)
    assert "followup:snapshot-none" in marks(page)
    assert any(because in text for text in warnings), warnings
    page.wait_for_function(OFFLINE_COPY_READY, timeout=30_000)
    assert not page.evaluate(SNAPSHOT_SAVED)
    return page


def test_a_snapshot_of_a_grown_heap_is_never_kept(
    context: BrowserContext, site_server: SiteServer
) -> None:
    """Pyodide restores into its initial memory without growing it: such a snapshot would break."""

    def grow_heap_before_the_snapshot(route: Any) -> None:
        source = route.fetch().text()
        assert source.count(WARM_UP_LINE) == 1, "the worker no longer warms up on this line"
        route.fulfill(
            body=source.replace(WARM_UP_LINE, WARM_UP_LINE + GROW_HEAP),
            headers={"Content-Type": "text/javascript"},
        )

    context.route("**/assets/followup/worker.mjs", grow_heap_before_the_snapshot)
    start_without_site_snapshot(context)
    page = first_visit_keeping_no_snapshot(context, site_server, because="the heap grew to")
    context.unroute_all(behavior="ignoreErrors")

    page.reload()
    page.wait_for_selector(READY, timeout=START_MS)
    assert "followup:snapshot-site" in marks(page)
    assert plan_title(page)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)


def test_a_failed_warm_up_keeps_no_snapshot(
    context: BrowserContext, site_server: SiteServer
) -> None:
    """The snapshot is taken after the warm-up request; if its answer is an error, none is kept."""

    start_without_site_snapshot(context, warm_up=json.dumps({"v": 0, "op": "plan", "args": {}}))
    page = first_visit_keeping_no_snapshot(context, site_server, because="the warm-up failed")
    assert plan_title(page), "the tool answers the reader all the same"


def test_a_snapshot_that_cannot_be_restored_falls_back_to_a_normal_start(
    context: BrowserContext, site_server: SiteServer
) -> None:
    """A kept snapshot too large for the initial memory (pyodide#6254) throws on restore."""
    page = context.new_page()
    visit_once(page, site_server.url("timing/"))
    size = page.evaluate(
        """async () => {
          const name = (await caches.keys()).find((n) => n.startsWith("followup-python-"));
          const cache = await caches.open(name);
          const request = (await cache.keys()).find((r) => r.url.endsWith(".bin"));
          const good = new Uint8Array(await (await cache.match(request)).arrayBuffer());
          const grown = new Uint8Array(good.length + 8 * 1024 * 1024);
          grown.set(good);
          await cache.put(request, new Response(grown));
          return grown.length;
        }"""
    )
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text))
    page.reload()
    page.wait_for_selector(READY, timeout=START_MS)
    assert any("could not be used" in text for text in warnings), warnings
    assert "followup:snapshot-site" in marks(page)
    assert plan_title(page)
    page.wait_for_function(
        """async (grownSize) => {
          const name = (await caches.keys()).find((n) => n.startsWith("followup-python-"));
          if (!name) return false;
          const cache = await caches.open(name);
          const request = (await cache.keys()).find((r) => r.url.endsWith(".bin"));
          if (!request) return false;
          const size = (await (await cache.match(request)).arrayBuffer()).byteLength;
          return size > 1000000 && size < grownSize;
        }""",
        arg=size,
        timeout=30_000,
    )
