"""Every page in headless Chromium: no third-party requests, no console errors, phone-friendly.

The site is served under ``/interview-followup/`` on a random local port (see
``conftest.py``), the way GitHub Pages serves a project site.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, ViewportSize
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
#: The guide's pages as site-relative URLs (home is ""), known without building.
PAGES = sorted("" if md.stem == "index" else f"{md.stem}/" for md in (ROOT / "docs").glob("*.md"))
PHONE: ViewportSize = {"width": 390, "height": 844}


@pytest.fixture
def phone_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        yield context.new_page()
    finally:
        dispose(context)


def test_every_page_is_known(site_server: SiteServer) -> None:
    built = sorted(site_server.site.url_path(p) for p in site_server.site.pages())
    assert built == PAGES


@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
def test_page_loads_cleanly_from_its_own_origin(
    site_server: SiteServer, page: Page, path: str
) -> None:
    requests: list[str] = []
    problems: list[str] = []

    def on_request(request: Request) -> None:
        requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    response = page.goto(site_server.url(path), wait_until="networkidle")
    assert response is not None
    assert response.status == 200
    # Open the search once so its worker and index load too.
    page.keyboard.press("/")
    page.wait_for_load_state("networkidle")

    elsewhere = [
        url
        for url in requests
        if not url.startswith(site_server.origin + "/") and not url.startswith("data:")
    ]
    assert elsewhere == []
    assert problems == []


def test_navigation_is_instant(site_server: SiteServer, page: Page) -> None:
    """Following a nav link swaps the content without reloading the page."""
    # Instant navigation takes over only links listed in the sitemap, once it has arrived.
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.goto(site_server.url(), wait_until="networkidle")
    page.evaluate("window.__followupMarker = 1")
    link = page.locator('nav.md-nav--primary a.md-nav__link[href$="/timing/"]').first
    link.click()
    page.wait_for_url(site_server.url("timing/"))
    # A function, not an expression: the page's policy forbids eval after a full reload.
    page.wait_for_function(
        "() => document.title.startsWith('Timing') || !!document.querySelector('#thank-you')"
    )
    assert page.evaluate("window.__followupMarker") == 1, "the click caused a full reload"
    assert page.locator("#thank-you").count() == 1


def test_palette_toggle_reaches_dark(site_server: SiteServer, page: Page) -> None:
    page.goto(site_server.url(), wait_until="networkidle")

    def scheme() -> str:
        return str(page.evaluate("document.body.dataset.mdColorScheme"))

    light_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for _ in range(3):  # automatic → light → dark
        if scheme() == "slate":
            break
        page.locator("form[data-followup-palette] label:visible").first.click()
    assert scheme() == "slate"
    dark_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark_bg != light_bg


def test_automatic_palette_follows_the_system(site_server: SiteServer, browser: Browser) -> None:
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(site_server.url(), wait_until="networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    finally:
        dispose(context)


@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
def test_no_horizontal_overflow_on_a_phone(
    site_server: SiteServer, phone_page: Page, path: str
) -> None:
    phone_page.goto(site_server.url(path), wait_until="networkidle")
    width = phone_page.evaluate("document.scrollingElement.scrollWidth")
    inner = phone_page.evaluate("window.innerWidth")
    assert width <= inner, f"{path or 'home'} is {width}px wide on a {inner}px screen"


#: The style of each wrapped table on the page next to that of a classless copy, the kind the
#: theme's own rules style, placed beside it (sitebuild/theme.py copies those rules).
TABLE_STYLES = """() => {
  const look = (element) => {
    const style = getComputedStyle(element);
    return ["display", "font-size", "border-top", "border-radius", "padding", "text-align",
            "vertical-align", "background-color", "min-width", "max-width", "overflow-x"]
      .map((name) => style.getPropertyValue(name)).join(" ");
  };
  const looks = (table) => [table, ...table.querySelectorAll("th, td")].map(look);
  return [...document.querySelectorAll("article table.followup-table")].map((table) => {
    const copy = table.cloneNode(true);
    copy.removeAttribute("class");
    table.after(copy);
    const pair = [looks(table), looks(copy)];
    copy.remove();
    return pair;
  });
}"""


@pytest.mark.parametrize("path", ["avoid/", "channels/"])
def test_tables_wrapped_at_build_time_look_as_the_theme_styles_its_own(
    site_server: SiteServer, page: Page, path: str
) -> None:
    page.goto(site_server.url(path), wait_until="load")
    pairs = page.evaluate(TABLE_STYLES)
    assert pairs, f"{path} has wrapped tables"
    for wrapped, theirs in pairs:
        assert wrapped == theirs
    assert page.locator("article table:not([class])").count() == 0
    assert page.locator(".md-typeset__table > table.followup-table").count() == len(pairs)
