"""Both tools pass axe-core's WCAG 2.2 A/AA checks in both colour schemes, filled in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest
from axe_audit import AXE, assert_no_violations, install_axe, violations
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOOL = '[data-followup-tool="timing"]'


@contextmanager
def _audited_page(
    browser: Browser, site_server: SiteServer, scheme: Any, path: str, ready: str
) -> Iterator[Page]:
    """A page of the guide in one colour scheme, with axe-core loaded, once ``ready`` shows."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run scripts/setup")
    context = browser.new_context(color_scheme=scheme)
    install_axe(context)
    try:
        page = context.new_page()
        page.goto(site_server.url(path))
        page.wait_for_selector(ready, timeout=60_000)
        yield page
    finally:
        dispose(context)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_calculator_has_no_axe_violations(
    browser: Browser, site_server: SiteServer, scheme: Any
) -> None:
    ready = f'{TOOL}[data-state="ready"]'
    with _audited_page(browser, site_server, scheme, "timing/", ready) as page:
        tool = page.locator(TOOL)
        # Every part on screen: a decision date (an invalid one, so a message shows),
        # the working week opened, and a day off added.
        tool.get_by_label("They’ll decide by a date").check()
        tool.get_by_label("Decision date").fill("2020-01-01")
        page.wait_for_selector('[data-error-for="timeline.by"]:not([hidden])')
        tool.locator("details.followup-more > summary").click()
        tool.get_by_role("button", name="Add a day off").click()
        assert_no_violations(violations(page, tool.element_handle()))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_draft_builder_has_no_axe_violations(
    browser: Browser, site_server: SiteServer, scheme: Any
) -> None:
    builder = '[data-followup-tool="draft"]'
    settled = f'{builder}[data-state="ready"]:not([data-busy])'
    with _audited_page(browser, site_server, scheme, "crafting/", settled) as page:
        tool = page.locator(builder)
        # Two interviewers (tabs), gaps listed, a field in error, findings marked...
        page.fill("#fd-person-1-name", "Daniel Okafor")
        tool.get_by_role("button", name="Add an interviewer").click()
        page.fill("#fd-person-2-name", "Sofia Lindqvist")
        page.fill("#fd-topic", "streaming, ASAP!!")
        page.fill("#fd-company", "x" * 1_001)
        page.wait_for_selector(f'{settled} [data-error-for="details.company"]:not([hidden])')
        assert_no_violations(violations(page, tool.element_handle()))
        # ... then the checker on a pasted draft.
        page.fill("#fd-company", "Harbor Logistics")
        tool.get_by_label("Check a draft I wrote").check()
        page.fill("#fd-text", "Hey, any update?! I really need this job ASAP.")
        page.wait_for_selector(f"{settled} mark")
        assert_no_violations(violations(page, tool.element_handle()))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_hovered_or_focused_button_keeps_its_contrast(
    browser: Browser, site_server: SiteServer, scheme: Any
) -> None:
    """A button takes the accent colour when hovered or focused; its text must stay readable."""
    ready = f'{TOOL}[data-state="ready"]'
    with _audited_page(browser, site_server, scheme, "timing/", ready) as page:
        tool = page.locator(TOOL)
        tool.locator("details.followup-more > summary").click()
        button = tool.get_by_role("button", name="Add a day off")
        button.hover()
        assert_no_violations(violations(page, button.element_handle()), " (hovered)")
        page.mouse.move(0, 0)
        button.focus()
        assert_no_violations(violations(page, button.element_handle()), " (focused)")
