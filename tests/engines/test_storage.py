"""Private windows and storage limits, in each engine that can show them.

A reader's browser may keep storage only for the session (a private window), refuse it
(site data blocked), cap it (a small quota, or Safari evicting it), or have local storage
switched off. The tools must work in every case: no snapshot kept where it cannot be, no
error shown or logged, no policy broken, entries kept where storage allows, and one plain
sentence in the save line where it does not. Every test here ends with the probe's and the
console's record empty (``enginekit.problems``).

Chromium's test contexts and WebKit's driver sessions are already private-window-like
(kept only for the session), and ``test_engines.py`` runs every essential in them, a reload
keeping typed entries included; Firefox's tests there run in a normal profile, so its
private window is here.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from enginekit import (
    BUILDER,
    SAVE_STATUS,
    TIMING,
    Chromium,
    EnginePage,
    Firefox,
    WebKit,
    marks,
    problems,
    settle,
    type_company,
    wait_for,
    wait_until_kept,
)
from sitekit import OFFLINE_COPY_READY, SNAPSHOT_SAVED

if TYPE_CHECKING:
    from enginekit import StoppableServer
    from playwright.sync_api import Browser

pytestmark = pytest.mark.engines

RESTORED = "followup:snapshot-restored"
#: No service worker controls the page (asked without a call that could log a refusal).
NO_WORKER = "() => !navigator.serviceWorker?.controller"


def unavailable_sentence_shown(page: EnginePage, tool: str) -> bool:
    shown, sentence = page.evaluate(SAVE_STATUS, tool)
    return bool(sentence) and shown == sentence


@pytest.fixture(params=["chromium", "firefox"])
def site_data_blocked(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[AbstractContextManager[EnginePage]]:
    """A profile whose browser refuses every site's data: cookies, local storage, Cache Storage
    and service workers (Chromium's "Don't allow sites to save data"; Firefox's
    ``network.cookie.cookieBehavior: 2``). Each is a launch of its own."""
    if request.param == "chromium":
        browser: Browser = request.getfixturevalue("browser")
        yield Chromium(browser).blocking_site_data(tmp_path / "profile")
        return
    firefox = Firefox(prefs={"network.cookie.cookieBehavior": 2})
    try:
        yield firefox.profile()
    finally:
        firefox.close()


def test_with_site_data_blocked_the_tools_work_and_keep_nothing(
    engine_site: StoppableServer, site_data_blocked: AbstractContextManager[EnginePage]
) -> None:
    """Chromium and Firefox: WebKitGTK's MiniBrowser has no setting that blocks a site's data
    (``--cookies-policy=never`` leaves local storage and Cache Storage working), and its
    local storage switched off is the test below.

    Each visit starts Python afresh (no snapshot to restore), registers no service worker
    (Firefox would log the refused registration as an error), and the builder says in one
    sentence that entries last only until the page is left.
    """
    with site_data_blocked as page:
        for path, tool in (("timing/", TIMING), ("crafting/", BUILDER)):
            page.goto(engine_site.server.url(path))
            settle(page, tool)
            assert RESTORED not in marks(page), path
            assert page.evaluate(NO_WORKER), path
            assert problems(page) == [], path
        assert unavailable_sentence_shown(page, BUILDER)
        type_company(page, "Harbor Logistics")
        assert problems(page) == []


def test_with_local_storage_off_in_webkit_the_builder_says_so(
    engine_site: StoppableServer,
) -> None:
    """WebKit only: its setting turns ``window.localStorage`` into ``null`` instead of making
    it throw, as blocked storage does in Chromium and Firefox (the test above). Cache Storage
    still works there, so only the entries go: the builder answers, keeps what is typed for
    the page's life, and says so in one sentence."""
    webkit = WebKit()
    try:
        with webkit.profile("--enable-html5-local-storage=false") as page:
            page.goto(engine_site.server.url("crafting/"))
            assert page.evaluate("() => window.localStorage === null")
            settle(page, BUILDER)
            assert unavailable_sentence_shown(page, BUILDER)
            type_company(page, "Harbor Logistics")
            assert problems(page) == []
    finally:
        webkit.close()


def runtime_bytes(engine_site: StoppableServer) -> int:
    """What the offline copy of the runtime takes: the files ``runtime.json`` lists."""
    folder = engine_site.site.root / "assets" / "followup"
    manifest = json.loads((folder / "runtime.json").read_text(encoding="utf-8"))
    files = [*manifest["pyodide_files"], *manifest["wheels"]]
    return sum((folder / name).stat().st_size for name in files)


def test_with_a_small_quota_the_offline_copy_is_kept_but_no_snapshot(
    engine_site: StoppableServer, browser: Browser
) -> None:
    """Chromium only: DevTools limits one origin's quota in one context
    (``Storage.overrideQuotaForOrigin``). Firefox can only cap a whole profile, by a launch
    preference (``dom.quotaManager.temporaryStorage.fixedLimit``: the same outcome when
    tried by hand), and WebKitGTK's MiniBrowser has no quota setting.

    The quota holds the runtime's offline copy with 4 MB to spare, but not the memory
    snapshot (about 30 MB): the snapshot is refused quietly (the worker says so as
    information), and entries are still kept (local storage has its own limit).
    """
    quota = runtime_bytes(engine_site) + 4_000_000
    with Chromium(browser).profile(quota=(engine_site.server.origin, quota)) as page:
        page.goto(engine_site.server.url("crafting/"))
        settle(page, BUILDER)
        wait_for(page, OFFLINE_COPY_READY, timeout_s=60)
        deadline = time.monotonic() + 30
        while not any("QuotaExceededError" in line for line in page.log):
            assert time.monotonic() < deadline, page.log
            time.sleep(0.2)
        assert "followup:snapshot-site" in marks(page)
        assert not page.evaluate(SNAPSHOT_SAVED)
        type_company(page, "Harbor Logistics")
        wait_until_kept(page, "Harbor Logistics")
        assert not unavailable_sentence_shown(page, BUILDER)
        assert problems(page) == []


@pytest.fixture(scope="module")
def firefox_private() -> Iterator[Firefox]:
    """Firefox with every window private."""
    browser = Firefox(prefs={"browser.privatebrowsing.autostart": True})
    yield browser
    browser.close()


def test_a_private_window_in_firefox_keeps_the_snapshot_and_entries_for_its_session(
    engine_site: StoppableServer, firefox_private: Firefox
) -> None:
    """Firefox only (see the module's docstring for the other engines).

    Firefox 138 and later keep Cache Storage in memory in a private window (before, there
    was none), so a second visit in it starts from the snapshot; what is typed is kept;
    nothing is logged.
    """
    with firefox_private.profile() as page:
        for visit, mark in enumerate(("followup:snapshot-site", RESTORED)):
            page.goto(engine_site.server.url("timing/"))
            settle(page, TIMING)
            if visit == 0:
                wait_for(page, SNAPSHOT_SAVED, timeout_s=30)
            assert mark in marks(page)
            assert problems(page) == []
        page.goto(engine_site.server.url("crafting/"))
        settle(page, BUILDER)
        type_company(page, "Harbor Logistics")
        wait_until_kept(page, "Harbor Logistics")
        assert problems(page) == []
