"""The setting for shared computers: built with saving off, nothing is kept until the reader asks.

One extra build, with ``extra.followup_save_by_default`` set to false through
its environment variable (mkdocs.yml reads ``FOLLOWUP_SAVE_BY_DEFAULT``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from sitekit import SiteServer, build_site, fresh_page, serve_site

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser

TIMING_READY = '[data-followup-tool="timing"][data-state="ready"]'
BUILDER_SETTLED = '[data-followup-tool="draft"][data-state="ready"]:not([data-busy])'
START_MS = 60_000


@pytest.fixture(scope="module")
def shared_computer_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FOLLOWUP_SAVE_BY_DEFAULT", "false")
        site = build_site(tmp_path_factory.mktemp("shared") / "site")
    with serve_site(site) as server:
        yield server


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with fresh_page(browser) as page:
        yield page


def everything_stored(page: Page) -> dict[str, str]:
    """All of localStorage but the theme's own settings (such as the palette: ".__palette")."""
    entries: dict[str, str] = dict(page.evaluate("Object.entries(localStorage)"))
    theirs = {key: value for key, value in entries.items() if ".__" in key}
    assert not [value for value in theirs.values() if "Harbor" in value or "2026" in value]
    return {key: value for key, value in entries.items() if key not in theirs}


def test_nothing_is_stored_until_the_reader_switches_saving_on(
    shared_computer_site: SiteServer, page: Page
) -> None:
    page.goto(shared_computer_site.url("crafting/"))
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    switch = page.locator('[data-followup-tool="draft"] input[name="save"]')
    assert not switch.is_checked()
    assert "Saving is off" in page.locator('[data-slot="save-status"]').inner_text()
    page.fill("#fd-person-1-name", "Daniel Okafor")
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(BUILDER_SETTLED)

    page.goto(shared_computer_site.url("timing/"))
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    assert not page.locator('[data-followup-tool="timing"] input[name="save"]').is_checked()
    page.get_by_label("They’ll decide by a date").check()
    page.get_by_label("Decision date").fill("2026-12-11")
    page.wait_for_selector(TIMING_READY)
    assert everything_stored(page) == {}

    # Switched on, the calculator's entries are kept, and survive a reload.
    page.locator('[data-followup-tool="timing"]').get_by_label(
        "Keep what I type in this browser"
    ).check()
    record = json.loads(everything_stored(page)["followup:entries"])
    assert record["save"] is True
    assert record["state"]["timing"]["timeline_by"] == "2026-12-11"
    page.reload()
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    assert page.input_value("#ft-by") == "2026-12-11"
    assert page.locator('[data-followup-tool="timing"] input[name="save"]').is_checked()
