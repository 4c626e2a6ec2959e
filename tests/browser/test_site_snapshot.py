"""A first visit starts from the snapshot the site ships, and works without it.

The build makes a memory snapshot of Python with the core imported and warmed up
(``sitebuild/snapshot.py``); a first visit restores it instead of starting Python. When
that file is missing, damaged, or restores with an error, the same visit still ends with
a working tool and no console error: a download or decompression that fails means a normal
start in the same worker; a restore that throws means a fresh worker that starts without
the site's snapshot (a failed restore can leave the runtime half set up). A first visit
that restores it, and a return visit from the copy it kept, are in ``test_offline.py``.
"""

from __future__ import annotations

import gzip
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import SNAPSHOT_SAVED, dispose, marks

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Route
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TIMING = '[data-followup-tool="timing"]'
READY = f'{TIMING}[data-state="ready"]'
START_MS = 60_000
SITE_SNAPSHOT = "**/assets/followup/pyodide-*/python-snapshot.*.gz"
#: Pyodide's snapshot magic number and header size, a build id nobody has, then 30 MiB of
#: memory (Pyodide refuses it), or none at all (the worker cannot put the static data back).
FOREIGN_SNAPSHOT = gzip.compress(struct.pack("<II", 1886286592, 48) + bytes(40 + (30 << 20)))
SHORT_SNAPSHOT = gzip.compress(struct.pack("<II", 1886286592, 48) + bytes(40))


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context
    finally:
        dispose(context)


def first_visit(context: BrowserContext, site_server: SiteServer) -> tuple[Page, list[str]]:
    """The calculator, visited until its snapshot is kept; its console messages."""
    page = context.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: messages.append(f"pageerror: {error}"))
    page.goto(site_server.url("timing/"))
    page.wait_for_selector(READY, timeout=START_MS)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    steps = page.locator(f'{TIMING} [data-slot="steps"] > li')
    assert steps.count() >= 3
    return page, messages


def errors(messages: list[str]) -> list[str]:
    return [text for text in messages if text.startswith(("error:", "pageerror:"))]


@pytest.mark.parametrize(
    "fulfil",
    [
        pytest.param(lambda route: route.fulfill(status=404, body="gone"), id="missing"),
        pytest.param(lambda route: route.fulfill(body=b"\x1f\x8b" + bytes(500)), id="damaged"),
    ],
)
def test_without_a_usable_site_snapshot_python_starts_normally_in_the_same_worker(
    context: BrowserContext, site_server: SiteServer, fulfil: Any
) -> None:
    context.route(SITE_SNAPSHOT, fulfil)
    page, messages = first_visit(context, site_server)
    assert "followup:snapshot-made" in marks(page)
    assert marks(page).count("followup:worker") == 1
    assert errors(messages) == []
    assert any("starts without the site's snapshot" in text for text in messages), messages


@pytest.mark.parametrize("body", [FOREIGN_SNAPSHOT, SHORT_SNAPSHOT], ids=["foreign", "short"])
def test_a_site_snapshot_whose_restore_throws_gives_way_to_a_fresh_worker(
    context: BrowserContext, site_server: SiteServer, body: bytes
) -> None:
    def serve(route: Route) -> None:
        route.fulfill(body=body, headers={"Content-Type": "application/gzip"})

    context.route(SITE_SNAPSHOT, serve)
    page, messages = first_visit(context, site_server)
    assert "followup:snapshot-made" in marks(page)
    assert marks(page).count("followup:worker") == 2
    assert errors(messages) == []
    assert any("site's Python snapshot could not be used" in text for text in messages), messages


@pytest.mark.parametrize(
    "connection",
    [
        pytest.param("{saveData: true, effectiveType: '4g'}", id="save-data"),
        pytest.param("{saveData: false, effectiveType: '3g'}", id="slow"),
    ],
)
def test_a_reader_saving_data_or_on_a_slow_connection_is_not_sent_the_snapshot(
    context: BrowserContext, site_server: SiteServer, connection: str
) -> None:
    """Its megabytes would cost them more than Python's own start (DEVELOPMENT.md, Speed)."""
    script = f"Object.defineProperty(navigator, 'connection', {{value: {connection}}})"
    context.add_init_script(script)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page, messages = first_visit(context, site_server)
    assert "followup:snapshot-made" in marks(page)
    assert errors(messages) == []
    assert [url for url in requested if ".gz" in url] == []
