"""Every problem at once: a summary at the top of each tool's form, each message by its field.

The summary follows the GOV.UK Design System's pattern: "There is a problem",
then one link per error that takes the reader to its field; each message also
sits next to its field, heard as "Error: …" by screen readers. The messages are
the CPython core's, for the same entries.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from followup_core.args import MAX_FIELD_CHARS
from followup_core.bridge import handle

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

START_MS = 60_000
LONG = "x" * (MAX_FIELD_CHARS + 1)


def core_errors(op: str, args: dict[str, Any]) -> list[dict[str, str]]:
    reply = json.loads(handle(json.dumps({"v": 1, "op": op, "args": args})))
    assert reply["ok"] is False
    assert reply["error"] == reply["errors"][0]
    errors: list[dict[str, str]] = reply["errors"]
    return errors


def summary_of(tool: Locator) -> Locator:
    return tool.locator('[data-slot="error-summary"]')


def assert_summary_lists(tool: Locator, errors: list[dict[str, str]]) -> None:
    summary = summary_of(tool)
    summary.wait_for(state="visible", timeout=10_000)
    assert summary.get_by_role("heading").inner_text() == "There is a problem"
    tool.page.wait_for_function(
        "([el, n]) => el.querySelectorAll('a').length === n",
        arg=[summary.element_handle(), len(errors)],
        timeout=10_000,
    )
    assert summary.get_by_role("link").all_inner_texts() == [e["message"] for e in errors]
    for error in errors:
        message = tool.locator(f'[data-error-for="{error["field"]}"]')
        assert error["message"] in message.inner_text()
        # Heard as "Error: …"; seen with a warning sign only.
        spoken = message.evaluate("el => getComputedStyle(el, '::before').content")
        assert "Error:" in spoken


def test_the_builder_lists_several_bad_fields_at_once(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url("crafting/"))
    tool = page.locator('[data-followup-tool="draft"]')
    page.wait_for_selector('[data-followup-tool="draft"][data-state="ready"]', timeout=START_MS)
    assert summary_of(tool).is_hidden()
    page.fill("#fd-person-1-name", LONG)
    page.fill("#fd-company", LONG)
    page.fill("#fd-role", LONG)
    errors = core_errors(
        "draft",
        {
            "stage": "thank_you",
            "channel": "email",
            "details": {"company": LONG, "role": LONG, "interviewers": [{"name": LONG}]},
        },
    )
    assert len(errors) == 3
    assert_summary_lists(tool, errors)

    # Each link takes the reader to its field.
    summary_of(tool).get_by_role("link", name=errors[1]["message"]).click()
    assert page.evaluate("document.activeElement.id") == "fd-role"
    summary_of(tool).get_by_role("link", name=errors[2]["message"]).click()
    assert page.evaluate("document.activeElement.id") == "fd-person-1-name"

    # Fixed, the summary goes away with its messages.
    for field in ("#fd-person-1-name", "#fd-company", "#fd-role"):
        page.fill(field, "Harbor")
    summary_of(tool).wait_for(state="hidden", timeout=10_000)
    assert tool.locator("[data-error-for]:not([hidden])").count() == 0


def test_the_calculator_has_the_same_summary(page: Page, site_server: SiteServer) -> None:
    page.goto(site_server.url("timing/"))
    tool = page.locator('[data-followup-tool="timing"]')
    page.wait_for_selector('[data-followup-tool="timing"][data-state="ready"]', timeout=START_MS)
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    tool.get_by_label("Your time zone").fill("Mars/Olympus_Mons")
    tool.get_by_label("They’ll decide by a date").check()
    tool.get_by_label("Decision date").fill("2026-12-11")
    tool.get_by_label("Working days to wait after their date").fill("30")
    args = {
        "interview_end": "2026-12-01T15:00",
        "candidate_tz": "Mars/Olympus_Mons",
        "timeline": {"by": "2026-12-11"},
        "grace_working_days": 30,
        "now": "2026-12-01T16:00:00Z",
    }
    errors = core_errors("plan", args)
    assert [error["field"] for error in errors] == ["candidate_tz", "grace_working_days"]
    assert_summary_lists(tool, errors)
    page.locator("body").focus()
    summary_of(tool).get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "ft-candidate-tz"
