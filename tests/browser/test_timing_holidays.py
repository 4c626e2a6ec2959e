"""Public holidays in the calculator: tables loaded in the browser only once a country is chosen.

The page's plan is compared with the CPython core's answer for the same inputs and the
same tables (made from the ``holidays`` package for the years the build covers).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import core_answer as core
from sitekit import fresh_page
from test_timing_tool import READY, START_MS, TOOL, expected_steps, shown_steps, wait_for_text

from followup_core.holiday_source import tables_for

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Request
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

#: The clock in these tests: Christmas Eve, just after the interview.
CHRISTMAS_EVE = datetime(2026, 12, 24, 15, 45, tzinfo=UTC)
#: The days the United Kingdom is closed between that interview and the new year.
CLOSED = ("25 December", "26 December", "28 December", "1 January")


def christmas_args(**changes: Any) -> dict[str, Any]:
    """What the form sends for the Christmas Eve case, with the tables the worker adds."""
    args: dict[str, Any] = {
        "interview_end": "2026-12-24T15:30",
        "candidate_tz": "Europe/London",
        "interviewer_tz": None,
        "candidate_country": "GB",
        "interviewer_country": None,
        "timeline": None,
        "working_days": [1, 2, 3, 4, 5],
        "working_hours": ["09:00", "17:00"],
        "holidays": [],
        "grace_working_days": 2,
        "pace": "usual",
        "decision_imminent": False,
        "now": CHRISTMAS_EVE.isoformat().replace("+00:00", ".000Z"),
        **changes,
    }
    # The build makes its tables for the years around the day it runs, as this does.
    args["public_holidays"] = tables_for(["GB"], date.today())
    return args


def holiday_requests(requests: list[Request]) -> list[str]:
    return [r.url for r in requests if "/assets/followup/holidays/" in r.url]


def test_christmas_eve_in_the_uk_recommends_no_holiday(
    browser: Browser, site_server: SiteServer
) -> None:
    with fresh_page(browser, timezone_id="UTC") as page:
        requests: list[Request] = []
        page.on("request", lambda request: requests.append(request))
        page.clock.set_fixed_time(CHRISTMAS_EVE)
        page.goto(site_server.url("timing/"))
        page.wait_for_selector(READY, timeout=START_MS)
        # A first answer without a country asks for no table at all.
        assert holiday_requests(requests) == []
        tool = page.locator(TOOL)
        tool.get_by_label("Date of the interview").fill("2026-12-24")
        tool.get_by_label("Time it ended").fill("15:30")
        tool.get_by_label("Your time zone").fill("Europe/London")
        tool.get_by_label("Your country or region").fill("GB")
        plan = core("plan", christmas_args())
        wait_for_text(tool.locator('[data-slot="now"]'), plan["status"]["message"])
        shown = shown_steps(tool)
        assert shown == expected_steps(plan)
        for step in shown:
            for day in CLOSED:
                assert f" {day}," not in step["when"], (day, step)
        assert "Tuesday 29 December" in shown[0]["when"]
        assert "Christmas Day on Friday 25 December" in shown[0]["reason"]
        notes = tool.locator('[data-slot="notes"]').inner_text()
        assert "New Year's Day" in notes
        # One index and one table, each fetched once however often the plan is recomputed.
        tool.get_by_label("Time it ended").fill("15:45")
        wait_for_text(
            tool.locator('[data-slot="now"]'),
            core("plan", christmas_args(interview_end="2026-12-24T15:45"))["status"]["message"],
        )
        files = [url.rsplit("/", 1)[-1] for url in holiday_requests(requests)]
        assert len(files) == 2, files
        assert files[0].startswith("index.")
        assert files[1].startswith("GB.")


def test_an_unknown_country_is_named_next_to_its_field(
    browser: Browser, site_server: SiteServer
) -> None:
    with fresh_page(browser, timezone_id="UTC") as page:
        page.clock.set_fixed_time(CHRISTMAS_EVE)
        page.goto(site_server.url("timing/"))
        page.wait_for_selector(READY, timeout=START_MS)
        tool = page.locator(TOOL)
        tool.get_by_label("The interviewer’s country or region").fill("GB-SCO")
        message = tool.locator('[data-error-for="interviewer_country"]')
        wait_for_text(message, core_error_message("GB-SCO"))
        assert "GB-SCT (Scotland)" in message.inner_text()


def core_error_message(code: str) -> str:
    import json

    from followup_core.bridge import handle

    args = {**christmas_args(), "candidate_country": "", "interviewer_country": code}
    reply = json.loads(handle(json.dumps({"v": 1, "op": "plan", "args": args})))
    assert not reply["ok"]
    return str(reply["error"]["message"])


def test_the_reader_s_country_is_filled_in_from_their_zone(
    browser: Browser, site_server: SiteServer
) -> None:
    with fresh_page(browser, timezone_id="Europe/London") as page:
        page.goto(site_server.url("timing/"))
        page.wait_for_selector(READY, timeout=START_MS)
        page.wait_for_function("() => document.querySelector('#ft-candidate-tz').value !== ''")
        assert page.input_value("#ft-candidate-country") == "GB"
        assert page.input_value("#ft-interviewer-country") == ""  # the same as the reader's
