"""The header's colour toggle (theme.js): the theme's behaviour, without restyling every load.

The theme's own script set the page's colours again on each load and added two
``<meta>`` elements, each a restyle of the whole page. These tests hold the
toggle to what a reader sees (automatic → light → dark, remembered across pages,
Enter, the system's scheme) and a load to changing nothing it does not have to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOGGLE = "form[data-followup-palette]"

#: Records, from before any script of the page runs, every change a load makes to the
#: page's colours: the attributes on <body> after the theme's inline script has set
#: them (the "body-ready" mark), and every <meta name="color-scheme"> that appears.
RECORD_COLOUR_CHANGES = """
window.__colourChanges = [];
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === "attributes" && window.__bodyReady) {
      window.__colourChanges.push(record.attributeName);
    }
    for (const node of record.addedNodes) {
      if (node.nodeName === "META" && node.getAttribute("name") === "color-scheme") {
        window.__colourChanges.push("meta color-scheme");
      }
    }
  }
}).observe(document, {subtree: true, childList: true, attributes: true,
  attributeFilter: ["data-md-color-switching", "data-md-color-scheme",
                    "data-md-color-primary", "data-md-color-accent"]});
document.addEventListener("readystatechange", () => { window.__bodyReady = true; }, {once: true});
"""


@pytest.fixture(params=["light", "dark"])
def scheme_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(color_scheme=request.param)
    context.add_init_script(RECORD_COLOUR_CHANGES)
    try:
        yield context.new_page()
    finally:
        dispose(context)


def _settled(page: Page, url: str) -> None:
    page.goto(url, wait_until="load")
    # The browser's colours are matched once the page is idle.
    page.wait_for_function("() => !!document.querySelector('meta[name=theme-color]')")


def _scheme(page: Page) -> str:
    return str(page.evaluate("document.body.dataset.mdColorScheme"))


def _state(page: Page) -> dict[str, Any]:
    return dict(
        page.evaluate(
            """() => ({
          scheme: document.body.dataset.mdColorScheme,
          primary: document.body.dataset.mdColorPrimary,
          accent: document.body.dataset.mdColorAccent,
          colorScheme: document.querySelector('meta[name=color-scheme]')?.content ?? null,
          themeColor: document.querySelector('meta[name=theme-color]').content,
          header: getComputedStyle(document.querySelector('header')).backgroundColor,
          buttons: [...document.querySelectorAll('form[data-followup-palette] label')]
            .map((label) => !label.hidden),
        })"""
        )
    )


def _hex(rgb: str) -> str:
    channels = [int(part) for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    return "#" + "".join(f"{c:02x}" for c in channels)


def test_the_theme_s_own_toggle_is_not_started(site_server: SiteServer, page: Page) -> None:
    page.goto(site_server.url(), wait_until="load")
    assert page.locator("[data-md-component=palette]").count() == 0
    assert page.locator(f"{TOGGLE} label:visible").count() == 1


def test_a_light_first_visit_and_every_later_load_change_no_colour(
    site_server: SiteServer, browser: Browser
) -> None:
    context = browser.new_context(color_scheme="light")
    context.add_init_script(RECORD_COLOUR_CHANGES)
    try:
        page = context.new_page()
        for path in ["", "timing/", "crafting/"]:
            _settled(page, site_server.url(path))
            assert page.evaluate("window.__colourChanges") == [], path
            state = _state(page)
            assert (state["scheme"], state["primary"], state["accent"]) == (
                "default",
                "teal",
                "deep-orange",
            )
            assert state["colorScheme"] is None, "a light page needs no color-scheme element"
            assert state["themeColor"] == _hex(state["header"])
            assert state["buttons"] == [True, False, False], "the automatic option's button"
    finally:
        dispose(context)


def test_the_toggle_goes_round_and_a_choice_holds_on_the_next_page(
    site_server: SiteServer, scheme_page: Page
) -> None:
    page = scheme_page
    _settled(page, site_server.url())
    seen = []
    for _ in range(3):  # automatic → light → dark → automatic
        page.locator(f"{TOGGLE} label:visible").click()
        seen.append(_scheme(page))
        state = _state(page)
        assert state["themeColor"] == _hex(state["header"])
        if state["scheme"] == "slate":
            assert state["colorScheme"] == "dark", "dark scroll bars and controls"
        elif state["colorScheme"] is not None:
            assert state["colorScheme"] == "light"
    system = (
        "slate"
        if page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        else "default"
    )
    assert seen == ["default", "slate", system]

    page.locator(f"{TOGGLE} label:visible").click()  # light, chosen on purpose
    page.locator(f"{TOGGLE} label:visible").click()  # then dark
    _settled(page, site_server.url("timing/"))
    assert _scheme(page) == "slate"
    assert _state(page)["buttons"] == [False, False, True]
    assert "data-md-color-switching" not in page.evaluate("window.__colourChanges"), (
        "the theme's inline script applied the remembered choice; the load changed no colour"
    )


def test_enter_on_the_toggle_moves_to_the_next_option(site_server: SiteServer, page: Page) -> None:
    page.emulate_media(color_scheme="light")
    _settled(page, site_server.url())
    page.locator(f"{TOGGLE} input").first.focus()
    page.keyboard.press("Enter")  # automatic → light
    page.keyboard.press("Enter")  # light → dark
    assert _scheme(page) == "slate"
    assert page.evaluate("document.activeElement.id") == "__palette_2"


def test_the_automatic_option_follows_the_system_while_the_page_is_open(
    site_server: SiteServer, page: Page
) -> None:
    page.emulate_media(color_scheme="light")
    _settled(page, site_server.url())
    assert _scheme(page) == "default"
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    page.wait_for_function(
        "() => document.querySelector('meta[name=color-scheme]')?.content === 'dark'"
    )


def test_with_storage_switched_off_the_toggle_still_works_on_the_page(
    site_server: SiteServer, page: Page
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack}"))
    page.add_init_script(
        """Object.defineProperty(window, "localStorage", {
          get() { throw new DOMException("Access is denied.", "SecurityError"); },
        });"""
    )
    page.emulate_media(color_scheme="light")
    _settled(page, site_server.url())
    page.locator(f"{TOGGLE} label:visible").click()  # automatic → light
    page.locator(f"{TOGGLE} label:visible").click()  # light → dark
    assert _scheme(page) == "slate"
    assert [error for error in errors if "/assets/followup/" in error] == []


def test_the_toggle_keeps_working_after_instant_navigation(
    site_server: SiteServer, page: Page
) -> None:
    """The header, and the toggle in it, stay when the theme swaps in the next page's content."""
    page.emulate_media(color_scheme="light")
    _settled(page, site_server.url())
    page.evaluate("window.__followupMarker = 1")
    page.locator('nav.md-nav--primary a.md-nav__link[href$="/timing/"]').first.click()
    page.wait_for_url(site_server.url("timing/"))
    page.wait_for_function("() => !!document.querySelector('#thank-you')")
    assert page.evaluate("window.__followupMarker") == 1, "the click caused a full reload"
    page.locator(f"{TOGGLE} label:visible").click()  # automatic → light
    page.locator(f"{TOGGLE} label:visible").click()  # light → dark
    assert _scheme(page) == "slate"
    assert _state(page)["colorScheme"] == "dark"
