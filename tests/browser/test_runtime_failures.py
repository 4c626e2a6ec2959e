"""When the tools' Python cannot start, the page says so in words, and the guide still works.

The runtime's requests are made to fail for real (routed to a 404, or the worker's
WebAssembly taken away); the page must explain it within 15 seconds, offer a
retry, keep the build-time example in place, and leave the rest of the guide,
its templates and their copy buttons, fully usable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Route
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

DRAFT = '[data-followup-tool="draft"]'
TIMING = '[data-followup-tool="timing"]'
#: The promise: a failure is explained in words within this time.
EXPLAINED_WITHIN_MS = 15_000


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        yield context
    finally:
        dispose(context)


def without_webassembly(route: Route) -> None:
    """The worker as a browser without WebAssembly would run it."""
    response = route.fetch()
    body = "globalThis.WebAssembly = undefined;\n" + response.text()
    route.fulfill(response=response, body=body)


def assert_explained_with_retry(page: Page, tool: str, words: str) -> None:
    page.wait_for_selector(f'{tool}[data-state="error"]', timeout=EXPLAINED_WITHIN_MS)
    status = page.locator(tool).locator('[data-slot="status"]')
    assert words in status.inner_text()
    assert page.locator(tool).get_by_role("button", name="Try again").is_visible()


def test_without_webassembly_the_calculator_says_so(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.route("**/assets/followup/worker.mjs", without_webassembly)
    page.goto(site_server.url("timing/"))
    assert_explained_with_retry(page, TIMING, "does not support it")


def test_a_failed_runtime_leaves_the_example_the_guide_and_its_copy_buttons_working(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.route("**/*.wasm", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site_server.url("crafting/#builder"))
    assert_explained_with_retry(page, DRAFT, "could not start")
    example = page.locator(DRAFT).locator('[data-slot="drafts"]')
    assert "Hi Daniel," in example.inner_text(), "the build-time example draft is gone"

    page.evaluate("window.__sameDocument = true")
    page.locator(".md-nav__link", has_text="Templates").first.click()
    page.wait_for_url("**/templates/")
    button = page.locator('.md-typeset [data-md-type="copy"]').first
    code = button.locator("xpath=ancestor::pre[1]/code")
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip()
    assert copied.strip() == code.inner_text().strip()
    assert page.evaluate("window.__sameDocument") is True, "instant navigation broke"


def test_a_missing_offline_module_is_logged_not_left_unhandled(
    context: BrowserContext, site_server: SiteServer
) -> None:
    """Offline use is set up after Python is ready; if its module fails, the tools go on."""
    page = context.new_page()
    errors: list[str] = []
    warnings: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: warnings.append(message.text))
    page.route("**/assets/followup/keep-offline.js", lambda route: route.abort())
    page.goto(site_server.url("timing/"))
    page.wait_for_selector(f'{TIMING}[data-state="ready"]', timeout=60_000)
    page.wait_for_function(
        "performance.getEntriesByName('followup:ready').length > 0", timeout=30_000
    )
    page.wait_for_timeout(500)
    assert not errors, errors
    assert any("Offline use could not be set up" in text for text in warnings), warnings
