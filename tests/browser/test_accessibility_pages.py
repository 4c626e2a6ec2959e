"""Every built page passes axe-core's WCAG 2.2 A/AA checks, in both colour schemes.

Tool pages are scanned once their tool is ready (their filled-in states are
``test_tool_accessibility.py``'s); the theme's search dialog is scanned open,
with a query typed and its results listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from axe_audit import AXE, assert_no_violations, describe, install_axe, violations
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

START_MS = 60_000
#: Ready, and (for the draft builder) its newest input answered.
TOOL_SETTLED = '[data-followup-tool][data-state="ready"]:not([data-busy])'
#: A word the guide uses on many pages, so the dialog lists several results.
QUERY = "thank"


@pytest.fixture(params=["light", "dark"])
def scheme_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """One page, kept across the scan so Python loads once, in each system colour scheme."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run scripts/setup")
    context = browser.new_context(color_scheme=request.param)
    install_axe(context)
    try:
        yield context.new_page()
    finally:
        dispose(context)


def open_page(page: Page, url: str) -> None:
    """Loads ``url`` and waits until every tool on it has answered."""
    page.goto(url)
    tools = page.locator("[data-followup-tool]").count()
    if tools:
        page.wait_for_function(
            "([selector, count]) => document.querySelectorAll(selector).length === count",
            arg=[TOOL_SETTLED, tools],
            timeout=START_MS,
        )


def test_every_page_has_no_axe_violations(scheme_page: Page, site_server: SiteServer) -> None:
    site = site_server.site
    paths = [site.url_path(page) for page in site.pages()]
    assert len(paths) >= 13
    found: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        open_page(scheme_page, site_server.url(path))
        if problems := violations(scheme_page):
            found[path or "(home)"] = problems
    report = "\n\n".join(f"{path}\n{describe(problems)}" for path, problems in found.items())
    if found:
        pytest.fail(f"axe found violations on {len(found)} of {len(paths)} pages:\n{report}")


def test_search_dialog_with_results_has_no_axe_violations(
    scheme_page: Page, site_server: SiteServer
) -> None:
    page = scheme_page
    open_page(page, site_server.url(""))
    page.keyboard.press("/")  # the theme's shortcut: opens the search dialog
    page.wait_for_selector(".md-search__input:focus")
    page.keyboard.type(QUERY)
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    assert_no_violations(violations(page), " with the search open")
