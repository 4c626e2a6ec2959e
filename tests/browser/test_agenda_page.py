"""Your follow-ups: interviews added from both tools, marked sent, answered, kept and moved.

The page's lists are compared with the core's own answer for the same entries,
and the exported file gives the command line the same items.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import pytest
from axe_audit import AXE, assert_no_violations, install_axe, violations
from sitekit import OFFLINE_COPY_READY, SNAPSHOT_SAVED, dispose
from sitekit import core_answer as core

from followup_core.cli import main as cli

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

AGENDA = '[data-followup-tool="agenda"]'
TIMING = '[data-followup-tool="timing"]'
BUILDER = '[data-followup-tool="draft"]'
READY = '[data-state="ready"]'
START_MS = 60_000
STORAGE_KEY = "followup:entries"
FIXED_NOW = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)

#: Three interviews at different stages, as the page keeps them.
THREE: list[dict[str, Any]] = [
    {
        "id": "harbor",
        "company": "Harbor Logistics",
        "role": "Senior Data Engineer",
        "plan": {
            "interview_end": "2026-12-01T15:00",
            "candidate_tz": "Europe/London",
            "interviewer_tz": "America/New_York",
            "timeline": {"by": "2026-12-04"},
        },
        "details": {"interviewers": [{"name": "Daniel Okafor"}, {"name": "Sofia Lindqvist"}]},
        "sent": {"thank_you": "2026-12-01T18:10:00.000Z"},
        "replies": [],
    },
    {
        "id": "northwind",
        "company": "Northwind Health",
        "role": "Analytics Lead",
        "plan": {
            "interview_end": "2026-12-07T10:00",
            "candidate_tz": "Europe/London",
            "timeline": None,
        },
        "details": {"interviewers": [{"name": "Amara Singh"}]},
        "sent": {},
        "replies": [],
    },
    {
        "id": "fjord",
        "company": "Fjord Energy",
        "role": "Platform Engineer",
        "plan": {
            "interview_end": "2026-11-20T14:00",
            "candidate_tz": "Europe/London",
            "interviewer_tz": "Europe/Oslo",
            "timeline": {"by": "2026-11-27"},
        },
        "details": {"interviewers": [{"name": "Ingrid Berg"}]},
        "sent": {"thank_you": "2026-11-20T17:00:00.000Z"},
        "replies": [{"kind": "delay", "at": "2026-12-01T09:00:00.000Z", "new_date": "2026-12-14"}],
    },
]


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield context
    dispose(context)


def seed(page: Page, applications: list[dict[str, Any]]) -> None:
    """Puts a list in the shared store as the page keeps it, before the tool starts."""
    record = {"v": 2, "save": True, "savedAt": "2026-12-08T10:00:00Z"}
    record["state"] = {"agenda": {"applications": applications}}
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1'); "
        f"localStorage.setItem({json.dumps(STORAGE_KEY)}, {json.dumps(json.dumps(record))}); }}"
    )


def open_agenda(context: BrowserContext, site_server: SiteServer, seeded: Any = None) -> Page:
    page = context.new_page()
    page.clock.set_fixed_time(FIXED_NOW)
    if seeded is not None:
        seed(page, seeded)
    page.goto(site_server.url("follow-ups/"))
    page.wait_for_selector(f"{AGENDA}{READY}", timeout=START_MS)
    return page


def shown(page: Page) -> dict[str, list[list[str]]]:
    """Today's and the coming items as the page shows them: (state, title, when)."""
    lists: dict[str, list[list[str]]] = page.evaluate(
        """(tool) => Object.fromEntries(['today', 'next'].map((name) => [name,
            [...document.querySelectorAll(`${tool} [data-slot="${name}"] > li`)].map((li) => [
              li.querySelector('[data-slot="state"]').textContent.replace(/:$/, ''),
              li.querySelector('[data-slot="title"]').textContent,
              li.querySelector('[data-slot="when"]').textContent,
            ])]))""",
        AGENDA,
    )
    return lists


def expected(applications: list[dict[str, Any]]) -> dict[str, list[list[str]]]:
    """The same lists from the CPython core."""
    items = core("agenda", {"applications": applications, "now": FIXED_NOW.isoformat()})["items"]
    pick = {"today": ("overdue", "due"), "next": ("upcoming",)}
    return {
        name: [
            [item["state_label"], item["title"], item["when"]["yours"]]
            for item in items
            if item["state"] in states
        ]
        for name, states in pick.items()
    }


def kept(page: Page) -> list[dict[str, Any]]:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})")
    record = json.loads(raw) if raw else {}
    return list((record.get("state") or {}).get("agenda", {}).get("applications", []))


#: The lists the core's answer fills (the status line changes before they do).
LISTS = f'{AGENDA} :is([data-slot="today"], [data-slot="next"], [data-slot="apps"])'


def settle(page: Page, before: Any) -> None:
    """Waits for the lists to change from ``before``."""
    page.wait_for_function(
        "([lists, old]) => [...document.querySelectorAll(lists)].map((l) => l.innerText)"
        ".join('|') !== old",
        arg=[LISTS, before],
    )


def text_of(page: Page) -> str:
    return str(
        page.evaluate(
            "(lists) => [...document.querySelectorAll(lists)].map((l) => l.innerText).join('|')",
            LISTS,
        )
    )


def test_an_interview_added_in_the_calculator_is_marked_sent_answered_and_kept(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.clock.set_fixed_time(datetime(2026, 12, 1, 16, 0, tzinfo=UTC))
    page.goto(site_server.url("timing/"))
    page.wait_for_selector(f"{TIMING}{READY}", timeout=START_MS)
    tool = page.locator(TIMING)
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    tool.get_by_label("Your time zone").fill("Europe/London")
    tool.get_by_label("They’ll decide by a date").check()
    tool.get_by_label("Decision date").fill("2026-12-04")
    page.wait_for_function(
        "sel => [...document.querySelectorAll(sel)].some(li => li.textContent.includes('8 Dec'))",
        arg=f'{TIMING} [data-slot="steps"] > li',
    )
    tool.get_by_role("button", name="Add to my follow-ups").click()
    assert tool.locator('[data-slot="action-status"]').inner_text() == "Added to your follow-ups."
    tool.get_by_role("button", name="Add to my follow-ups").click()  # the same plan: updated
    assert "Updated" in tool.locator('[data-slot="action-status"]').inner_text()
    [added] = kept(page)
    assert added["plan"]["interview_end"] == "2026-12-01T15:00"
    assert "now" not in added["plan"]

    page.clock.set_fixed_time(FIXED_NOW)
    tool.get_by_role("link", name="See your follow-ups").click()
    page.wait_for_selector(f"{AGENDA}{READY}", timeout=START_MS)
    page.wait_for_selector(f'{AGENDA} [data-slot="today"] > li')
    assert shown(page) == expected([added])
    # The thank-you was never marked: overdue. Mark it sent, at the moment typed.
    thanks = page.locator(f'{AGENDA} [data-slot="today"] > li[data-stage="thank_you"]')
    thanks.get_by_role("button", name="Mark as sent").click()
    thanks.get_by_label("When you sent it").fill("2026-12-01T18:30")
    before = text_of(page)
    thanks.get_by_role("button", name="Save").click()
    settle(page, before)
    [marked] = kept(page)
    assert set(marked["sent"]) == {"thank_you"}
    assert shown(page) == expected([marked])
    assert not page.locator(f'{AGENDA} [data-slot="today"] > li[data-stage="thank_you"]').count()

    # A reply: they need more time, with a new date. The check-in moves after it.
    interview = page.locator(f'{AGENDA} [data-slot="apps"] > li')
    interview.locator("summary").click()
    interview.get_by_label("They need more time").check()
    interview.get_by_label("Their new date").fill("2026-12-16")
    before = text_of(page)
    interview.get_by_role("button", name="Record the reply").click()
    settle(page, before)
    [answered] = kept(page)
    assert answered["replies"][0]["kind"] == "delay"
    assert answered["replies"][0]["new_date"] == "2026-12-16"
    lists = shown(page)
    assert lists == expected([answered])
    assert any("Reply when they need more time" in title for _, title, _ in lists["today"])
    check_in = next(when for _, title, when in lists["next"] if title.startswith("Check in"))
    assert "December" in check_in
    assert int(check_in.split()[1]) > 16

    page.reload()
    page.wait_for_selector(f"{AGENDA}{READY}", timeout=START_MS)
    page.wait_for_selector(f'{AGENDA} [data-slot="today"] > li')
    assert shown(page) == lists


def test_an_interview_added_from_the_builder_opens_in_the_builder_again(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.clock.set_fixed_time(FIXED_NOW)
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(f"{BUILDER}{READY}", timeout=START_MS)
    builder = page.locator(BUILDER)
    builder.get_by_label("Company").fill("Harbor Logistics")
    builder.get_by_label("Role", exact=True).fill("Data Engineer")
    builder.locator('[name="name"]').first.fill("Daniel Okafor")
    builder.get_by_role("link", name="Add this interview to my follow-ups").click()
    page.wait_for_selector(f"{AGENDA}{READY}", timeout=START_MS)
    agenda = page.locator(AGENDA)
    assert agenda.get_by_label("Company").input_value() == "Harbor Logistics"
    assert agenda.get_by_label("Role").input_value() == "Data Engineer"
    agenda.get_by_label("Date of the interview").fill("2026-12-07")
    agenda.get_by_label("Time it ended").fill("10:00")
    agenda.get_by_label("Your time zone").fill("Mars/Base")
    agenda.get_by_role("button", name="Add to my follow-ups").click()
    error = agenda.locator('[data-error-for="candidate_tz"]')
    error.wait_for()
    assert "Mars/Base" in error.inner_text()
    assert not kept(page)
    agenda.get_by_label("Your time zone").fill("Europe/London")
    agenda.get_by_role("button", name="Add to my follow-ups").click()
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    [added] = kept(page)
    assert added["company"] == "Harbor Logistics"
    assert added["details"]["interviewers"][0]["name"] == "Daniel Okafor"
    assert shown(page) == expected([added])

    # Write this: the builder opens on the step's stage, with the interview's people and dates.
    item = page.locator(f'{AGENDA} [data-slot="today"] > li[data-stage="thank_you"]')
    item.get_by_role("link", name="Write this").click()
    page.wait_for_selector(f"{BUILDER}{READY}:not([data-busy])", timeout=START_MS)
    builder = page.locator(BUILDER)
    assert builder.locator('[name="stage"]').input_value() == "thank_you"
    assert builder.get_by_label("Company").input_value() == "Harbor Logistics"
    assert builder.locator('[name="name"]').first.input_value() == "Daniel Okafor"
    assert builder.locator('[name="interview_date"]').input_value() == "Monday 7 December"

    # From the builder again, the same company and role update the interview in place.
    builder.locator('[name="name"]').first.fill("Sofia Lindqvist")
    builder.get_by_role("link", name="Add this interview to my follow-ups").click()
    assert "Updated" in builder.locator('[data-slot="agenda-status"]').inner_text()
    [updated] = kept(page)
    assert updated["details"]["interviewers"][0]["name"] == "Sofia Lindqvist"
    assert updated["id"] == added["id"]


def test_export_clear_import_gives_the_same_agenda_and_the_command_line_agrees(
    context: BrowserContext, site_server: SiteServer, tmp_path: Path
) -> None:
    page = open_agenda(context, site_server, THREE)
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    before = shown(page)
    assert before == expected(THREE)
    assert len(before["today"]) >= 2
    tool = page.locator(AGENDA)
    with page.expect_download() as download:
        tool.get_by_role("button", name="Export my list (.json)").click()
    exported = tmp_path / "follow-ups.json"
    download.value.save_as(exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert [entry["id"] for entry in document["applications"]] == ["harbor", "northwind", "fjord"]

    with page.expect_download() as download:
        tool.get_by_role("button", name="Download every step for your calendar (.ics)").click()
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert len({str(event["UID"]) for event in events}) == len(events) >= 9

    tool.get_by_role("button", name="Clear everything").click()
    page.wait_for_selector(f'{AGENDA} [data-slot="apps-empty"]:not([hidden])')
    assert shown(page) == {"today": [], "next": []}
    assert kept(page) == []

    tool.locator('[data-action="import"]').set_input_files(str(exported))
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    assert "Imported" in tool.locator('[data-slot="action-status"]').inner_text()
    assert shown(page) == before
    page.reload()
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li', timeout=START_MS)
    assert shown(page) == before

    # The command line, on the exported file, prints the very same items.
    out = io.StringIO()
    assert cli(["agenda", str(exported), "--now", FIXED_NOW.isoformat()], out=out) == 0
    printed = out.getvalue()
    today, coming = printed.split("\nToday\n")[1].split("\nComing up\n")
    for part, name in ((today, "today"), (coming, "next")):
        lines = [line for line in part.splitlines() if line.startswith("- ")]
        assert [line.split(" — ")[0] for line in lines] == [
            f"- {state}: {title}" for state, title, _ in before[name]
        ]
        assert [line.split(" — ")[1].split(" (")[0] for line in lines] == [
            when for _, _, when in before[name]
        ]


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "damaged"),
        ('{"notes": ["a"]}', "not a follow-ups file"),
        ('{"version": 9, "applications": []}', "another version"),
        (
            '{"version": 1, "applications": [{"id": "x", "plan": {"candidate_tz": "Mars"}}]}',
            "applications[0].plan",
        ),
    ],
)
def test_a_damaged_or_foreign_file_changes_nothing(
    context: BrowserContext, site_server: SiteServer, tmp_path: Path, content: str, said: str
) -> None:
    page = open_agenda(context, site_server, THREE[:1])
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    before = shown(page)
    bad = tmp_path / "other.json"
    bad.write_text(content, encoding="utf-8")
    tool = page.locator(AGENDA)
    tool.locator('[data-action="import"]').set_input_files(str(bad))
    status = tool.locator('[data-slot="action-status"]')
    page.wait_for_function(
        "([el, words]) => document.querySelector(el).textContent.includes(words)",
        arg=[f'{AGENDA} [data-slot="action-status"]', said],
    )
    assert "Nothing" in status.inner_text() or "nothing" in status.inner_text()
    assert shown(page) == before
    assert [entry["id"] for entry in kept(page)] == ["harbor"]


def test_an_import_over_a_list_asks_first(
    context: BrowserContext, site_server: SiteServer, tmp_path: Path
) -> None:
    page = open_agenda(context, site_server, THREE[:1])
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"version": 1, "applications": THREE[1:]}), encoding="utf-8")
    tool = page.locator(AGENDA)
    tool.locator('[data-action="import"]').set_input_files(str(other))
    question = tool.locator('[data-slot="import-question"]')
    question.wait_for()
    assert question.inner_text() == (
        "The file holds 2 interviews; your list has 1. Replace your list with the file’s?"
    )
    tool.get_by_role("button", name="Keep my list").click()
    assert [entry["id"] for entry in kept(page)] == ["harbor"]
    tool.locator('[data-action="import"]').set_input_files(str(other))
    tool.get_by_role("button", name="Replace my list").click()
    page.wait_for_function("() => document.querySelectorAll('[data-slot=apps] > li').length === 2")
    assert [entry["id"] for entry in kept(page)] == ["northwind", "fjord"]


def test_with_saving_off_the_list_lasts_the_visit_and_says_so(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_agenda(context, site_server, THREE[:1])
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    tool = page.locator(AGENDA)
    tool.get_by_label("Keep what I type in this browser").uncheck()
    assert "Saving is off" in tool.locator('[data-slot="save-status"]').inner_text()
    assert kept(page) == []
    item = tool.locator('[data-slot="next"] > li[data-stage="check_in"]')
    item.get_by_role("button", name="Mark as sent").click()
    before = text_of(page)
    item.get_by_role("button", name="Save").click()
    settle(page, before)
    assert kept(page) == []
    assert "Sent: Check-in after their date" in text_of(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_agenda_has_no_axe_violations(
    browser: Browser, site_server: SiteServer, scheme: Any
) -> None:
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run scripts/setup")
    context = browser.new_context(color_scheme=scheme)
    install_axe(context)
    try:
        page = open_agenda(context, site_server, THREE)
        page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
        tool = page.locator(AGENDA)
        # Every part on screen: a mark-as-sent box, a reply form with its new date, a
        # delete question.
        tool.locator('[data-slot="today"] > li').first.get_by_role(
            "button", name="Mark as sent"
        ).click()
        interview = tool.locator('[data-slot="apps"] > li').first
        interview.locator("summary").click()
        interview.get_by_label("They need more time").check()
        interview.get_by_role("button", name="Delete this interview").click()
        assert_no_violations(violations(page, tool.element_handle()))
    finally:
        dispose(context)


def test_the_agenda_fits_a_phone_and_works_by_keyboard(
    browser: Browser, site_server: SiteServer
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True)
    try:
        page = open_agenda(context, site_server, THREE)
        page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        # Mark as sent by keyboard alone: focus, Enter, type, Enter on Save.
        first = page.locator(f'{AGENDA} [data-slot="today"] > li').first
        stage = first.get_attribute("data-stage")
        first.get_by_role("button", name="Mark as sent").focus()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.name") == "sent_at"
        for _ in range(8):  # the date and time field's parts, then Save
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.dataset.action") == "confirm-sent":
                break
        before = text_of(page)
        page.keyboard.press("Enter")
        settle(page, before)
        assert any(stage in entry["sent"] for entry in kept(page))
    finally:
        dispose(context)


def test_the_agenda_works_offline_after_a_first_visit(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_agenda(context, site_server, THREE)
    page.wait_for_function(OFFLINE_COPY_READY, timeout=30_000)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    before = shown(page)
    context.set_offline(True)
    page.reload()
    page.wait_for_selector(f"{AGENDA}{READY}", timeout=START_MS)
    page.wait_for_selector(f'{AGENDA} [data-slot="apps"] > li')
    assert shown(page) == before
    item = page.locator(f'{AGENDA} [data-slot="today"] > li').first
    item.get_by_role("button", name="Mark as sent").click()
    item.get_by_role("button", name="Save").click()
    page.wait_for_function(
        "n => document.querySelectorAll('[data-slot=today] > li').length === n",
        arg=len(before["today"]) - 1,
    )
