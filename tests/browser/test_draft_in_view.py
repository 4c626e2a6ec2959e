"""The builder's draft stays in view while the reader types.

Wide screens show the form and the draft side by side, the draft held on
screen; phones keep one column with a dock (the draft's size and the checker's
count) and links down to the draft and back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import fresh_page

from followup_core.args import MAX_FIELD_CHARS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOOL = '[data-followup-tool="draft"]'
SETTLED = f'{TOOL}[data-state="ready"]:not([data-busy])'
START_MS = 60_000
BODY = f'{TOOL} [data-slot="panel"]:not([hidden]) [data-slot="body"]'
FIRST_FIELD = f"{TOOL} form input[type=text]"
WORD = "Zanzibar"

#: Where ``word`` is drawn in the shown draft's body, and what the browser draws on top of it.
WHERE_IS = """([selector, word]) => {
    const body = document.querySelector(selector);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {top: box.top, bottom: box.bottom, left: box.left, right: box.right,
                drawnInBody: Boolean(top && body.contains(top))};
    }
    return null;
}"""


def on_screen(box: Any, height: int) -> bool:
    """Whether a bounding box (or None) lies wholly between the top and bottom of the screen."""
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def uncovered(page: Page, selector: str) -> bool:
    """Whether the element's middle is drawn on screen, not under the header or the dock."""
    return bool(
        page.eval_on_selector(
            selector,
            """el => {
                const box = el.getBoundingClientRect();
                const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
                const top = document.elementFromPoint(x, y);
                return Boolean(top && (el === top || el.contains(top)));
            }""",
        )
    )


def open_builder(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(SETTLED, timeout=START_MS)


def test_typing_in_the_first_field_shows_in_the_draft_without_scrolling(
    site_server: SiteServer, page: Page
) -> None:
    open_builder(page, site_server)
    field = page.locator(FIRST_FIELD).first
    field.focus()  # the browser brings the field into view; nothing else scrolls after this
    scrolled = page.evaluate("window.scrollY")
    field.press_sequentially(WORD)
    page.wait_for_function(
        "([selector, word]) => document.querySelector(selector).textContent.includes(word)",
        arg=[BODY, WORD],
    )
    page.wait_for_selector(SETTLED)
    assert page.evaluate("window.scrollY") == scrolled
    where: dict[str, Any] = page.evaluate(WHERE_IS, [BODY, WORD])
    assert where is not None
    height = page.viewport_size["height"] if page.viewport_size else 900
    assert on_screen({"y": where["top"], "height": where["bottom"] - where["top"]}, height)
    assert where["drawnInBody"], "something covers the new text"
    # The field typed in is on screen as well.
    assert on_screen(field.bounding_box(), height)


def test_the_wide_page_gives_the_table_of_contents_room_to_the_draft(
    site_server: SiteServer, page: Page
) -> None:
    open_builder(page, site_server)
    form = page.locator(f"{TOOL} form").bounding_box()
    result = page.locator(f'{TOOL} [data-slot="result"]').bounding_box()
    assert form is not None
    assert result is not None
    assert result["x"] >= form["x"] + form["width"]  # side by side
    assert not page.locator(".md-sidebar--secondary").is_visible()
    assert not page.locator(f'{TOOL} [data-slot="dock"]').is_visible()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    with fresh_page(
        browser, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    ) as page:
        yield page


def test_phone_layout_has_a_dock_and_no_sideways_scrolling(
    site_server: SiteServer, phone: Page
) -> None:
    open_builder(phone, site_server)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    field = phone.locator(FIRST_FIELD).first
    field.focus()
    field.press_sequentially(WORD)
    phone.wait_for_function(
        "([selector, word]) => document.querySelector(selector).textContent.includes(word)",
        arg=[BODY, WORD],
    )
    phone.wait_for_selector(SETTLED)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    # The dock sits at the bottom of the screen, with the shown draft's size.
    dock = phone.locator(f'{TOOL} [data-slot="dock"]')
    box = dock.bounding_box()
    assert box is not None
    assert abs(box["y"] + box["height"] - 740) <= 1
    size = phone.locator(f'{TOOL} [data-slot="panel"]:not([hidden]) [data-slot="size"]')
    assert phone.locator('[data-slot="dock-size"]').inner_text() == size.inner_text()
    findings = phone.locator(f'{TOOL} [data-slot="panel"]:not([hidden]) .followup-finding')
    flagged = phone.locator('[data-slot="dock-findings"]').inner_text()
    assert flagged.startswith(str(findings.count()) if findings.count() else "nothing")

    # Down to the draft, and back to the field.
    dock.get_by_role("button", name="See the draft").click()
    title = phone.locator("#fd-result-title")
    assert title.evaluate("el => el === document.activeElement")
    assert on_screen(title.bounding_box(), 740)
    assert uncovered(phone, "#fd-result-title")
    phone.get_by_role("button", name="Back to the form").click()
    assert field.evaluate("el => el === document.activeElement")
    assert on_screen(field.bounding_box(), 740)
    assert uncovered(phone, FIRST_FIELD)


def test_with_problems_in_the_form_the_dock_counts_them_and_leads_to_the_summary(
    site_server: SiteServer, phone: Page
) -> None:
    """The draft on show is an older one then, so its figures would mislead."""
    open_builder(phone, site_server)
    dock = phone.locator(f'{TOOL} [data-slot="dock"]')
    assert dock.get_by_role("button", name="See the draft").is_visible()
    too_long = "x" * (MAX_FIELD_CHARS + 1)
    phone.fill("#fd-company", too_long)
    phone.fill("#fd-role", too_long)
    problems = dock.locator('[data-slot="dock-problems"]')
    problems.wait_for(state="visible", timeout=10_000)
    assert problems.inner_text() == "2 problems to fix"
    assert dock.locator('[data-slot="dock-figures"]').is_hidden()
    assert dock.get_by_role("button", name="See the draft").is_hidden()
    dock.get_by_role("button", name="See the problems").click()
    summary = phone.locator(f'{TOOL} [data-slot="error-summary"]')
    assert summary.evaluate("el => el === document.activeElement")
    assert on_screen(summary.bounding_box(), 740)
    assert uncovered(phone, f'{TOOL} [data-slot="error-summary"] h3')

    # Fixed, the draft's figures come back.
    phone.fill("#fd-company", "Harbor Logistics")
    phone.fill("#fd-role", "Senior Data Engineer")
    dock.locator('[data-slot="dock-figures"]').wait_for(state="visible", timeout=10_000)
    assert problems.is_hidden()
    assert dock.get_by_role("button", name="See the draft").is_visible()
