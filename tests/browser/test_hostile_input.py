"""Hostile text in every text field of both tools is shown as text and breaks nothing.

Each payload gets one page load per tool, and that page puts it into every
text field in turn. Nothing may run (no dialog, no ``window.__pwned``), no
element may appear from typed text, what the page echoes must equal the
CPython core's answer, the calendar file, the mail link and the .txt file must
stay well formed, and the page must still answer a normal value afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
from sitekit import close_page, dispose
from sitekit import core_answer as core

from followup_core.args import MAX_FIELD_CHARS, MAX_TEXT_CHARS
from followup_core.bridge import handle

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

START_MS = 60_000
TIMING = '[data-followup-tool="timing"]'
DRAFT = '[data-followup-tool="draft"]'
DRAFT_SETTLED = f'{DRAFT}[data-state="ready"]:not([data-busy])'
STORAGE_KEY = "followup:entries"
FIXED_NOW = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)

#: Script and markup that would run or render if any of it reached the page as HTML.
MARKUP = {
    "img-onerror": '<img src=x onerror="window.__pwned=1">',
    "textarea-breakout": "</textarea><script>window.__pwned=1</script>",
    "javascript-url": "javascript:window.__pwned=1",
    "svg-onload": '"><svg onload=window.__pwned=1>',
}
#: Text that is merely unusual: wide, joined, stacked, or written right to left.
UNUSUAL = {
    "emoji-zwj": "Thanks 👩\u200d💻 and 👨\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈 🙏🏽",
    "combining-marks": "Zoe\u0308 Cafe\u0301 Z\u0334\u0321a\u0338\u034el\u0337\u0330g\u0335\u0323o",
    "right-to-left": "שלום مرحبا \u202etxt.exe\u202c Okafor",
}
PAYLOADS = {**MARKUP, **UNUSUAL}
#: 100 KB, far past every field's limit.
LONG = ("All work and no play makes a long field. " * 2_500)[:100_000]

#: Elements typed text could smuggle in; the tools' own markup has none of them.
INJECTABLE = "img, svg, script, iframe, object, embed, [onerror], [onload]"
COUNT_INJECTABLE = f"(tool) => tool.querySelectorAll({json.dumps(INJECTABLE)}).length"
#: The property names a calendar line may start with (RFC 5545, as the core writes them).
ICS_PROPERTIES = {
    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID",
    "DTSTAMP", "DTSTART", "DURATION", "SUMMARY", "DESCRIPTION", "TRANSP", "ACTION", "TRIGGER",
}  # fmt: skip


@pytest.fixture(scope="module")
def shared_context(browser: Browser) -> Iterator[BrowserContext]:
    """One profile for the module, so Python starts warm after the first page."""
    context = browser.new_context()
    # Each page starts from empty entries, whatever the page before it left.
    context.add_init_script(f"localStorage.removeItem({json.dumps(STORAGE_KEY)})")
    yield context
    dispose(context)


class Watch:
    """A page opened with an eye on dialogs, page errors and injected elements."""

    def __init__(self, context: BrowserContext, url: str, tool: str) -> None:
        self.page = context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._on_dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.clock.set_fixed_time(FIXED_NOW)
        self.page.goto(url)
        self.tool = self.page.locator(tool)
        self.page.wait_for_selector(f'{tool}[data-state="ready"]', timeout=START_MS)
        self.injectable = self.count_injectable()

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def count_injectable(self) -> int:
        return int(self.page.evaluate(COUNT_INJECTABLE, self.tool.element_handle()))

    def assert_nothing_ran(self) -> None:
        assert self.dialogs == []
        assert self.page.evaluate("typeof window.__pwned") == "undefined"
        assert self.count_injectable() == self.injectable
        assert self.errors == []

    def close(self) -> None:
        close_page(self.page)


@pytest.fixture
def open_tool(shared_context: BrowserContext, site_server: SiteServer) -> Iterator[Any]:
    """Opens a tool page in the shared profile; closes what it opened."""
    opened: list[Watch] = []

    def open_page(path: str, tool: str) -> Watch:
        watch = Watch(shared_context, site_server.url(path), tool)
        opened.append(watch)
        return watch

    yield open_page
    for watch in opened:
        watch.close()


def core_error(op: str, args: Mapping[str, Any]) -> dict[str, Any]:
    reply = json.loads(handle(json.dumps({"v": 1, "op": op, "args": args})))
    assert not reply["ok"], reply
    error: dict[str, Any] = reply["error"]
    return error


def error_for(tool: Locator, field: str) -> Locator:
    return tool.locator(f'[data-error-for="{field}"]')


def wait_shown(locator: Locator, text: str | re.Pattern[str]) -> None:
    from playwright.sync_api import expect

    expect(locator).to_be_visible(timeout=10_000)
    expect(locator).to_have_text(text, timeout=10_000)


# --- the timing calculator -----------------------------------------------------------


def plan_args(**changes: Any) -> dict[str, Any]:
    return {
        "interview_end": "2026-12-01T15:00",
        "candidate_tz": "Europe/London",
        "interviewer_tz": "America/New_York",
        "timeline": None,
        "working_days": [1, 2, 3, 4, 5],
        "working_hours": ["09:00", "17:00"],
        "holidays": [],
        "now": "2026-12-01T16:00:00.000Z",
        **changes,
    }


def assert_sound_calendar(content: str) -> None:
    """Every unfolded line is a known property, BEGIN/END pair up, nothing else breaks a line."""
    assert content.endswith("\r\n")
    physical = content.removesuffix("\r\n").split("\r\n")
    assert not [line for line in physical if "\r" in line or "\n" in line]
    unfolded: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    open_blocks: list[str] = []
    for line in unfolded:
        name = re.match(r"[A-Z][A-Z0-9-]*(?=[;:])", line)
        assert name, f"not a property line: {line!r}"
        assert name.group(0) in ICS_PROPERTIES, f"unexpected property: {line!r}"
        value = line.split(":", 1)[1]
        if name.group(0) == "BEGIN":
            open_blocks.append(value)
        elif name.group(0) == "END":
            assert open_blocks.pop() == value
    assert open_blocks == []
    icalendar.Calendar.from_ical(content)


@pytest.mark.parametrize("payload", [*PAYLOADS.values(), LONG], ids=[*PAYLOADS, "100kb"])
def test_timing_zone_fields_take_hostile_text_as_text(open_tool: Any, payload: str) -> None:
    watch: Watch = open_tool("timing/", TIMING)
    page, tool = watch.page, watch.tool
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    zones = {"candidate_tz": "#ft-candidate-tz", "interviewer_tz": "#ft-interviewer-tz"}
    for field, selector in zones.items():
        other = "interviewer_tz" if field == "candidate_tz" else "candidate_tz"
        page.fill(selector, payload)
        page.fill(zones[other], plan_args()[other])
        expected = core_error("plan", plan_args(**{field: payload}))
        assert expected["field"] == field
        wait_shown(error_for(tool, field), expected["message"])
        assert page.get_attribute(selector, "aria-invalid") == "true"
        assert tool.get_by_role("button", name="Download for your calendar (.ics)").is_disabled()
        page.fill(selector, plan_args()[field])
    countries = {
        "candidate_country": "#ft-candidate-country",
        "interviewer_country": "#ft-interviewer-country",
    }
    for field, selector in countries.items():
        page.fill(selector, payload)
        expected = core_error("plan", plan_args(**{field: payload}))
        assert expected["field"] == field
        wait_shown(error_for(tool, field), expected["message"])
        assert page.get_attribute(selector, "aria-invalid") == "true"
        page.fill(selector, "")
    # The page still answers, and its calendar file is whole.
    plan = core("plan", plan_args())
    from playwright.sync_api import expect

    expect(tool.locator('[data-slot="now"]')).to_have_text(plan["status"]["message"])
    with page.expect_download() as info:
        tool.get_by_role("button", name="Download for your calendar (.ics)").click()
    content = info.value.path().read_bytes().decode("utf-8")
    assert_sound_calendar(content)
    watch.assert_nothing_ran()


# --- the draft builder -----------------------------------------------------------------


def builder_fields(stage: str | None = "thank_you") -> tuple[list[str], list[str]]:
    """The builder's text fields (those the form shows for ``stage``, or all of them) and
    each interviewer's, as the core lists them."""
    fields = core("defaults", {})["detail_fields"]
    people = next(f for f in fields if f["kind"] == "people")
    details = [
        f["id"]
        for f in fields
        if f["kind"] == "text" and (stage is None or (stage in f["stages"] and not f["shown_when"]))
    ]
    return details, [sub["id"] for sub in people["fields"]]


def reveal(page: Page, name: str) -> None:
    """Chooses a stage (and contact) under which the form shows detail field ``name``."""
    field = next(f for f in core("defaults", {})["detail_fields"] if f["id"] == name)
    if page.input_value("#fd-stage") not in field["stages"]:
        page.select_option("#fd-stage", field["stages"][0])
    if field["shown_when"]:
        control, value = field["shown_when"].split("=")
        page.select_option(f"#fd-{control}", value)


def shown_draft(tool: Locator) -> dict[str, str]:
    panel = tool.locator('[data-slot="drafts"] > [data-slot="panel"]').first
    return {
        "to": panel.locator('[data-slot="to"]').text_content() or "",
        "subject": panel.locator('[data-slot="subject"]').text_content() or "",
        "body": panel.locator('[data-slot="body"]').text_content() or "",
    }


def fill_builder(page: Page, details: Mapping[str, str], person: Mapping[str, str]) -> None:
    for name, value in details.items():
        page.fill(f"#fd-{name}", value)
    for name, value in person.items():
        page.fill(f"#fd-person-1-{name}", value)
    page.wait_for_selector(DRAFT_SETTLED)


def core_draft(details: Mapping[str, str], person: Mapping[str, str]) -> dict[str, Any]:
    args = {"details": {**details, "interviewers": [dict(person)]}}
    draft: dict[str, Any] = core("draft", args)["drafts"][0]
    return draft


def assert_sound_mail_link(href: str, draft: Mapping[str, Any]) -> None:
    """One mailto: with a subject and a body only, decoding to the draft; no header breaks."""
    parts = urlsplit(href)
    assert (parts.scheme, parts.path) == ("mailto", "")
    assert not re.search(r"[\s<>\"]", href), "unencoded characters in the mail link"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == [draft["subject"]]
    assert not re.search(r"[\r\n]", draft["subject"])
    assert query["body"] == [draft["body"].replace("\n", "\r\n")]


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS)
def test_builder_fields_and_paste_box_take_hostile_text_as_text(
    open_tool: Any, payload: str
) -> None:
    watch: Watch = open_tool("crafting/", DRAFT)
    page, tool = watch.page, watch.tool
    page.wait_for_selector(DRAFT_SETTLED)
    detail_names, person_names = builder_fields()

    # Every field at once: the page shows exactly the core's text.
    details = dict.fromkeys(detail_names, payload)
    person = dict.fromkeys(person_names, payload)
    fill_builder(page, details, person)
    expected = core_draft(details, person)
    assert shown_draft(tool) == {key: expected[key] for key in ("to", "subject", "body")}
    if payload in MARKUP.values():
        assert payload in shown_draft(tool)["body"]
    watch.assert_nothing_ran()

    # Fewer fields, so the mail link fits: it and the .txt file stay well formed.
    details = {
        name: payload if name in ("candidate_name", "company", "role") else ""
        for name in detail_names
    }
    person = {**dict.fromkeys(person_names, ""), "name": payload}
    fill_builder(page, details, person)
    expected = core_draft(details, person)
    assert not expected["mailto"]["too_long"]
    panel = tool.locator('[data-slot="drafts"] > [data-slot="panel"]').first
    href = panel.get_by_role("link", name="Open in your mail app").get_attribute("href")
    assert_sound_mail_link(href or "", expected)
    with page.expect_download() as info:
        panel.get_by_role("button", name="Download as text (.txt)").click()
    text = info.value.path().read_bytes().decode("utf-8")
    assert text == expected["text"]
    header, _, _ = text.partition("\n\n")
    assert header == f"Subject: {expected['subject']}"
    assert re.fullmatch(r"[a-z0-9-]+\.txt", info.value.suggested_filename)

    # The paste box shows the pasted text as it is.
    tool.get_by_label("Check a draft I wrote").check()
    page.fill("#fd-text", payload)
    page.wait_for_selector(DRAFT_SETTLED)
    assert tool.locator('[data-slot="body"]').first.text_content() == payload
    watch.assert_nothing_ran()

    # And the page still answers an ordinary value.
    tool.get_by_label("Write it from my details").check()
    page.fill("#fd-company", "Harbor Logistics")
    page.wait_for_selector(DRAFT_SETTLED)
    assert "Harbor Logistics" in shown_draft(tool)["body"]
    watch.assert_nothing_ran()


def test_every_builder_field_over_its_limit_says_so_next_to_it(open_tool: Any) -> None:
    watch: Watch = open_tool("crafting/", DRAFT)
    page, tool = watch.page, watch.tool
    page.wait_for_selector(DRAFT_SETTLED)
    detail_names, person_names = builder_fields(stage=None)
    fields = {f"#fd-{name}": f"details.{name}" for name in detail_names}
    fields |= {f"#fd-person-1-{name}": f"details.interviewers.0.{name}" for name in person_names}
    for selector, field in fields.items():
        if field.count(".") == 1:
            reveal(page, field.removeprefix("details."))
        page.fill(selector, LONG)
        message = error_for(tool, field)
        wait_shown(
            message, re.compile(f"{len(LONG):,} characters long; the limit is {MAX_FIELD_CHARS:,}")
        )
        assert page.get_attribute(selector, "aria-invalid") == "true"
        error_id = message.get_attribute("id") or "?"
        assert error_id in (page.get_attribute(selector, "aria-describedby") or "")
        page.fill(selector, "")
        page.wait_for_selector(DRAFT_SETTLED)
        assert message.is_hidden()

    tool.get_by_label("Check a draft I wrote").check()
    page.fill("#fd-text", LONG)
    expected = core_error("check", {"text": LONG})
    assert f"{MAX_TEXT_CHARS:,}" in expected["message"]
    wait_shown(error_for(tool, "text"), expected["message"])
    page.fill("#fd-text", "Thank you for your time today.")
    page.wait_for_selector(DRAFT_SETTLED)
    assert (
        tool.locator('[data-slot="body"]').first.text_content() == "Thank you for your time today."
    )
    watch.assert_nothing_ran()


def test_a_request_too_large_in_all_is_explained_above_the_form(open_tool: Any) -> None:
    """Ten fields of 100 KB each: no single field is to blame, so the message sits on top."""
    watch: Watch = open_tool("crafting/", DRAFT)
    page, tool = watch.page, watch.tool
    page.wait_for_selector(DRAFT_SETTLED)
    detail_names, _ = builder_fields()
    assert len(detail_names) >= 10
    for name in detail_names[:10]:
        page.fill(f"#fd-{name}", LONG)
    message = error_for(tool, "request")
    wait_shown(message, re.compile(r"The request is too large \(1,0\d\d,\d{3} characters"))
    assert tool.locator('[data-slot="announce"]').text_content() == message.text_content()
    for name in detail_names[:10]:
        page.fill(f"#fd-{name}", "")
    page.wait_for_selector(DRAFT_SETTLED)
    assert message.is_hidden()
    watch.assert_nothing_ran()
