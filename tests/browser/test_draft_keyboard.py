"""The draft builder from the keyboard alone: fill it in, pick a draft, copy it.

No clicks and no ``fill``: Tab, typing, arrow keys and Enter, as a reader who
cannot use a mouse works. Every stop inside the tool must show where the focus
is, and the copied message must be the CPython core's draft for what was typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import core_answer as core
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOOL = '[data-followup-tool="draft"]'
SETTLED = f'{TOOL}[data-state="ready"]:not([data-busy])'
START_MS = 60_000
#: More Tab presses than any one stretch of the form needs.
MAX_TABS = 80

PEOPLE = (
    {"name": "Daniel Okafor", "title": "Engineering Manager"},
    {"name": "Sofia Lindqvist", "title": "Product Lead"},
)
DETAILS = {
    "candidate_name": "Priya Raman",
    "company": "Harbor Logistics",
    "role": "Senior Data Engineer",
    "signature": "Priya Raman\n+44 20 7946 0000",
}

#: The focused element, and whether a focus ring (outline or box-shadow) is drawn on it.
FOCUS_STATE = """(tool) => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const name = (el.id ? "#" + el.id : "") + (el.dataset.action ? `[${el.dataset.action}]` : "");
  return {
    inTool: tool.contains(el),
    visible: outline || style.boxShadow !== "none",
    what: `${el.tagName.toLowerCase()}${name} "${(el.textContent || el.value || "").slice(0, 30)}"`,
  };
}"""


class Keyboard:
    """Moves through the page with Tab, checking the focus ring at every stop in the tool."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.tool = page.locator(TOOL).element_handle()
        self.stops: list[str] = []
        self.unseen: list[str] = []

    def note_focus(self) -> None:
        state: dict[str, Any] = self.page.evaluate(FOCUS_STATE, self.tool)
        if state["inTool"]:
            self.stops.append(state["what"])
            if not state["visible"]:
                self.unseen.append(state["what"])

    def tab_to(self, selector: str) -> None:
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Tab")
            self.note_focus()
            if self.page.evaluate("(s) => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"{MAX_TABS} presses of Tab never reached {selector}")

    def type_into(self, selector: str, text: str) -> None:
        self.tab_to(selector)
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.note_focus()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh profile that may use the clipboard."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        yield context.new_page()
    finally:
        dispose(context)


def test_the_builder_is_filled_and_copied_by_keyboard_alone(
    page: Page, site_server: SiteServer
) -> None:
    # The address's fragment puts the keyboard's starting point at the tool's heading.
    page.goto(site_server.url("crafting/#builder"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    keys = Keyboard(page)

    keys.tab_to("#fd-stage")
    keys.press("End")  # a closed list box takes its last choice
    stages = core("defaults", {})["stages"]
    stage = stages[-1]["id"]
    assert stages[-1]["recipients"] == "each_interviewer"  # a note to each of the two
    assert page.input_value("#fd-stage") == stage

    first, second = PEOPLE
    keys.type_into("#fd-person-1-name", first["name"])
    keys.type_into("#fd-person-1-title", first["title"])
    keys.tab_to('[data-action="add-person"]')
    keys.press("Enter")  # the new card's first field takes the focus
    assert page.evaluate("document.activeElement.id") == "fd-person-2-name"
    page.keyboard.type(second["name"])
    keys.type_into("#fd-person-2-title", second["title"])
    for name, value in DETAILS.items():
        keys.type_into(f"#fd-{name}", value)
    page.wait_for_selector(SETTLED)

    # The second interviewer's draft: the tab list by arrow key, then on to its copy button.
    keys.tab_to('[role="tab"][aria-selected="true"]')
    keys.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent") == second["name"]
    keys.tab_to('[data-slot="panel"]:not([hidden]) [data-action="copy-body"]')
    keys.press("Enter")
    status = page.locator(TOOL).locator('[data-slot="action-status"]')
    page.wait_for_function("(el) => el.textContent.includes('copied')", arg=status.element_handle())

    people = [{**person, "topic": ""} for person in PEOPLE]
    details = {**DETAILS, "interviewers": people}
    expected = core("draft", {"stage": stage, "channel": "email", "details": details})
    assert page.evaluate("navigator.clipboard.readText()") == expected["drafts"][1]["body"]
    assert len(keys.stops) > len(DETAILS) + 6
    assert keys.unseen == [], f"no visible focus on: {keys.unseen}"
