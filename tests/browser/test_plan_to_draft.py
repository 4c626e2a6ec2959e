"""From the plan to the message: one store, one save switch, one clear, for both tools.

A step of the calculator's plan opens the builder on that stage, filled in with
the plan's dates as the core writes them; the builder's contact and company
name the calculator's calendar events; the calculator's entries survive a
reload and instant navigation; nothing goes into the address.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import pytest
from sitekit import core_answer as core
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TIMING = '[data-followup-tool="timing"]'
BUILDER = '[data-followup-tool="draft"]'
TIMING_READY = f'{TIMING}[data-state="ready"]'
BUILDER_SETTLED = f'{BUILDER}[data-state="ready"]:not([data-busy])'
START_MS = 60_000
STORAGE_KEY = "followup:entries"
FIXED_NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
BODY = f'{BUILDER} [data-slot="panel"]:not([hidden]) [data-slot="body"]'


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    dispose(context)


def open_calculator(context: BrowserContext, site_server: SiteServer) -> Page:
    page = context.new_page()
    page.clock.set_fixed_time(FIXED_NOW)
    page.goto(site_server.url("timing/"))
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    return page


def fill_plan(page: Page, by: str = "2026-12-11") -> None:
    tool = page.locator(TIMING)
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    tool.get_by_label("Your time zone").fill("Europe/London")
    tool.get_by_label("They’ll decide by a date").check()
    tool.get_by_label("Decision date").fill(by)
    page.wait_for_function(
        "sel => [...document.querySelectorAll(sel)].some(li => li.textContent.includes('11 Dec'))",
        arg=f'{TIMING} [data-slot="steps"] > li',
    )


def plan_args(by: str = "2026-12-11") -> dict[str, Any]:
    return {
        "interview_end": "2026-12-01T15:00",
        "candidate_tz": "Europe/London",
        "timeline": {"by": by},
        "now": FIXED_NOW.isoformat(),
    }


def stored(page: Page) -> Any:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})")
    return None if raw is None else json.loads(raw)


def assert_builder_has_the_check_in(page: Page) -> None:
    dates = core("plan", plan_args())["draft_details"]
    assert dates == {"interview_date": "Tuesday 1 December", "timeline": "by Friday 11 December"}
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    assert page.input_value("#fd-stage") == "check_in"
    assert page.input_value("#fd-timeline") == dates["timeline"]
    assert page.input_value("#fd-interview_date") == dates["interview_date"]
    assert dates["timeline"] in page.locator(BODY).inner_text()


def test_write_this_check_in_opens_the_builder_filled_in(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_calculator(context, site_server)
    addresses: list[str] = []
    page.on("framenavigated", lambda frame: addresses.append(frame.url))
    fill_plan(page)
    page.evaluate("window.__samePage = true")
    links = page.locator(f'{TIMING} [data-slot="steps"]').get_by_role(
        "link", name=re.compile("^Write")
    )
    assert links.all_inner_texts() == [
        "Write this thank-you note",
        "Write this check-in",
        "Write this final follow-up",
    ]
    page.get_by_role("link", name="Write this check-in").click()
    page.wait_for_url(re.compile(r"/crafting/"))
    assert_builder_has_the_check_in(page)
    assert page.evaluate("window.__samePage") is True  # instant navigation, no reload

    page.reload()
    assert_builder_has_the_check_in(page)
    # Nothing typed or planned went into an address.
    for address in [*addresses, page.url]:
        assert "2026" not in address
        assert "December" not in address


def test_the_builders_names_title_the_calendar_events(
    context: BrowserContext, site_server: SiteServer, tmp_path: Path
) -> None:
    page = context.new_page()
    page.clock.set_fixed_time(FIXED_NOW)
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    page.fill("#fd-person-1-name", "Daniel Okafor")
    page.locator('[data-followup-tool="draft"]').get_by_role(
        "button", name="Add an interviewer"
    ).click()
    page.fill("#fd-person-2-name", "Sofia Lindqvist")
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(BUILDER_SETTLED)
    # Through the navigation, without a reload.
    page.locator(".md-nav__link", has_text="Timing your follow-up").first.click()
    page.wait_for_url(re.compile(r"/timing/"))
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    fill_plan(page)
    # Both interviewers get a thank-you; the later messages go to the one contact.
    assert calendar_titles(page, tmp_path) == [
        "Send your thank-you notes to Daniel Okafor and Sofia Lindqvist at Harbor Logistics",
        "Check in with Daniel Okafor at Harbor Logistics",
        "Send your final follow-up to Daniel Okafor at Harbor Logistics",
    ]


def calendar_titles(page: Page, tmp_path: Path) -> list[str]:
    """The titles of the events in the calculator's .ics download."""
    with page.expect_download() as info:
        page.get_by_role("button", name="Download for your calendar (.ics)").click()
    path = tmp_path / "plan.ics"
    info.value.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_calculator_entries_survive_a_reload_and_instant_navigation(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_calculator(context, site_server)
    fill_plan(page)
    tool = page.locator(TIMING)
    tool.locator("summary").click()
    tool.get_by_role("button", name="Add a day off").click()
    tool.get_by_label("Day off").fill("2026-12-24")
    page.wait_for_function(
        f"() => JSON.parse(localStorage.getItem('{STORAGE_KEY}')).state.timing.holidays[0]"
        " === '2026-12-24'"
    )
    record = stored(page)
    assert record["save"] is True
    assert record["state"]["timing"]["timeline_by"] == "2026-12-11"

    def assert_kept() -> None:
        page.wait_for_selector(TIMING_READY, timeout=START_MS)
        assert page.input_value("#ft-by") == "2026-12-11"
        assert page.is_checked(f'{TIMING} input[name="timeline"][value="by"]')
        assert page.input_value(f'{TIMING} input[name="holidays"]') == "2026-12-24"
        assert "back" in tool.locator('[data-slot="save-status"]').inner_text()

    page.reload()
    assert_kept()
    page.evaluate("window.__samePage = true")
    page.locator(".md-nav__link", has_text="Personalizing").first.click()
    page.wait_for_url(re.compile(r"/personalizing/"))
    page.go_back()
    page.wait_for_url(re.compile(r"/timing/"))
    assert_kept()
    assert page.evaluate("window.__samePage") is True


def test_one_switch_and_one_clear_for_both_tools(
    context: BrowserContext, site_server: SiteServer, tmp_path: Path
) -> None:
    page = open_calculator(context, site_server)
    fill_plan(page)
    page.get_by_role("link", name="Write this check-in").click()
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(BUILDER_SETTLED)
    assert set(stored(page)["state"]) == {"timing", "draft"}

    page.get_by_role("button", name="Clear everything").click()
    assert stored(page) is None
    page.go_back()
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    assert page.input_value("#ft-by") == ""
    assert not page.is_checked(f'{TIMING} input[name="timeline"][value="by"]')
    # The cleared names are gone from this tab's memory too: the events name no one.
    fill_plan(page)
    assert "Harbor" not in " ".join(calendar_titles(page, tmp_path))

    # Off in the calculator is off in the builder.
    page.locator(TIMING).get_by_label("Keep what I type in this browser").uncheck()
    assert stored(page) == {"v": 2, "save": False}
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    assert not page.is_checked(f'{BUILDER} input[name="save"]')
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(BUILDER_SETTLED)
    assert stored(page) == {"v": 2, "save": False}


def test_version_one_builder_entries_move_into_the_shared_record(
    context: BrowserContext, site_server: SiteServer
) -> None:
    old = {
        "v": 1,
        "save": True,
        "savedAt": "2026-11-01T10:00:00Z",
        "state": {"details": {"company": "Harbor"}},
    }
    context.add_init_script(
        "if (!sessionStorage.getItem('seeded')) {"
        f" localStorage.setItem('followup:draft-builder', {json.dumps(json.dumps(old))});"
        " sessionStorage.setItem('seeded', '1'); }"
    )
    page = context.new_page()
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(BUILDER_SETTLED, timeout=START_MS)
    assert page.input_value("#fd-company") == "Harbor"
    assert page.evaluate("localStorage.getItem('followup:draft-builder')") is None
    assert stored(page)["state"]["draft"]["details"]["company"] == "Harbor"
