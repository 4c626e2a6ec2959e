"""The draft builder's saved entries when there is more than one tab or no usable storage.

A second tab follows the first instead of overwriting it; storage that is full
or switched off is reported in the save line (a live region) and the builder
goes on working. Corrupt and old-format records, saving off and clearing in
one tab are ``test_draft_tool.py``'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOOL = '[data-followup-tool="draft"]'
SETTLED = f'{TOOL}[data-state="ready"]:not([data-busy])'
START_MS = 60_000
STORAGE_KEY = "followup:entries"
SAVE_STATUS = '[data-slot="save-status"]'
BODY = '[data-slot="panel"]:not([hidden]) [data-slot="body"]'

#: Every write refused, as in a browser whose storage quota is used up.
STORAGE_FULL = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""
#: Storage switched off: even reading window.localStorage throws, as with cookies blocked.
STORAGE_OFF = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("Access is denied for this document.", "SecurityError"); },
});
"""


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """One profile: its tabs share one localStorage, as a reader's do."""
    context = browser.new_context()
    yield context
    dispose(context)


def open_builder(context: BrowserContext, site_server: SiteServer, init: str = "") -> Page:
    page = context.new_page()
    if init:
        page.add_init_script(init)
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    return page


def saved(page: Page) -> Any:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})")
    return None if raw is None else json.loads(raw)


def wait_for_value(page: Page, selector: str, value: str) -> None:
    page.wait_for_function(
        # The field may not exist yet (a card the other tab added): wait for it too.
        "([selector, value]) => document.querySelector(selector)?.value === value",
        arg=[selector, value],
    )


def save_status(page: Page) -> str:
    return page.locator(SAVE_STATUS).inner_text()


def message(page: Page, name: str) -> str:
    """The save line's wording for ``name``, as the markup holds it."""
    return page.locator(SAVE_STATUS).get_attribute(f"data-{name}") or f"<no data-{name}>"


def wait_for_status(page: Page, name: str) -> None:
    page.wait_for_function(
        "([selector, name]) => {"
        "  const line = document.querySelector(selector);"
        "  return line.textContent === line.getAttribute('data-' + name);"
        "}",
        arg=[SAVE_STATUS, name],
    )


def test_a_second_tab_follows_the_first_instead_of_overwriting_it(
    context: BrowserContext, site_server: SiteServer
) -> None:
    first = open_builder(context, site_server)
    second = open_builder(context, site_server)
    first.fill("#fd-company", "Harbor Logistics")
    first.locator(TOOL).get_by_role("button", name="Add an interviewer").click()
    first.fill("#fd-person-2-name", "Sofia Lindqvist")

    # The second tab shows the first one's entries, and its draft is recomputed from them.
    wait_for_value(second, "#fd-person-2-name", "Sofia Lindqvist")
    assert second.input_value("#fd-company") == "Harbor Logistics"
    wait_for_status(second, "updated-elsewhere")
    second.wait_for_selector(SETTLED)
    assert "Harbor Logistics" in (second.locator(BODY).text_content() or "")

    # Typing in the second tab keeps the first tab's entries, and the first follows.
    second.fill("#fd-role", "Senior Data Engineer")
    second.wait_for_selector(SETTLED)
    details = saved(second)["state"]["draft"]["details"]
    assert (details["company"], details["role"]) == ("Harbor Logistics", "Senior Data Engineer")
    people = saved(second)["state"]["draft"]["interviewers"]
    assert [p["name"] for p in people] == ["", "Sofia Lindqvist"]
    wait_for_value(first, "#fd-role", "Senior Data Engineer")
    assert first.input_value("#fd-company") == "Harbor Logistics"
    assert second.locator(SAVE_STATUS).get_attribute("aria-live") == "polite"


def test_saving_off_and_clearing_in_one_tab_reach_the_other(
    context: BrowserContext, site_server: SiteServer
) -> None:
    first = open_builder(context, site_server)
    second = open_builder(context, site_server)
    first.fill("#fd-company", "Harbor Logistics")
    wait_for_value(second, "#fd-company", "Harbor Logistics")

    first.get_by_label("Keep what I type in this browser").uncheck()
    wait_for_status(second, "off-elsewhere")
    assert not second.is_checked('input[name="save"]')
    # The tab left open keeps the reader's choice: what it is given is not stored.
    second.fill("#fd-role", "Senior Data Engineer")
    second.wait_for_selector(SETTLED)
    assert saved(second) == {"v": 2, "save": False}
    assert second.input_value("#fd-company") == "Harbor Logistics"

    first.get_by_label("Keep what I type in this browser").check()
    first.fill("#fd-role", "Data Engineer")
    first.get_by_role("button", name="Clear everything").click()
    wait_for_value(second, "#fd-company", "")
    assert second.input_value("#fd-role") == ""
    wait_for_status(second, "cleared-elsewhere")
    assert saved(second) is None


def test_a_tab_that_could_not_save_keeps_its_own_entries(
    context: BrowserContext, site_server: SiteServer
) -> None:
    first = open_builder(context, site_server)
    second = open_builder(context, site_server, init=STORAGE_FULL)
    second.fill("#fd-company", "Northwind Freight")
    wait_for_status(second, "unavailable")
    first.fill("#fd-company", "Harbor Logistics")
    wait_for_status(second, "changed-elsewhere")
    assert second.input_value("#fd-company") == "Northwind Freight"


def test_full_storage_is_reported_and_the_builder_keeps_working(
    context: BrowserContext, site_server: SiteServer
) -> None:
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(STORAGE_FULL)
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(SETTLED)
    assert save_status(page) == message(page, "unavailable")
    page.fill("#fd-role", "Senior Data Engineer")
    page.wait_for_selector(SETTLED)
    body = page.locator(BODY).text_content() or ""
    assert "Harbor Logistics" in body
    assert "Senior Data Engineer" in body
    assert save_status(page) == message(page, "unavailable")
    assert errors == []


def test_storage_switched_off_is_reported_and_the_builder_works(
    context: BrowserContext, site_server: SiteServer
) -> None:
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack}"))
    page.add_init_script(STORAGE_OFF)
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    assert save_status(page) == message(page, "unavailable")
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(SETTLED)
    assert "Harbor Logistics" in (page.locator(BODY).text_content() or "")
    page.get_by_label("Keep what I type in this browser").uncheck()
    page.get_by_role("button", name="Clear everything").click()
    page.wait_for_selector(SETTLED)
    assert page.input_value("#fd-company") == ""
    # The theme's own scripts may trip over the missing storage; the tools' must not.
    assert [error for error in errors if "/assets/followup/" in error] == []
