"""The draft builder in a real Chromium, on the real core in a real Pyodide.

What the page shows is compared with what ``followup_core.bridge`` answers on
CPython for the same details, so the page can neither invent nor drop a word.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sitekit import core_answer as core
from sitekit import dispose

from followup_core import examples
from followup_core.mailto import MAILTO_MAX_CHARS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TOOL = '[data-followup-tool="draft"]'
#: Ready, and the newest input has been answered.
SETTLED = f'{TOOL}[data-state="ready"]:not([data-busy])'
START_MS = 60_000
STORAGE_KEY = "followup:entries"

DETAILS: Mapping[str, str] = {
    "candidate_name": "Priya Raman",
    "company": "Harbor Logistics",
    "role": "Senior Data Engineer",
    "interview_date": "Tuesday 1 December",
    "topic": "moving the nightly batch jobs to streaming",
    "project": "the shipment-tracking pipeline migration",
    "contribution": "planning the cut-over",
    "skill": "designing reliable data pipelines",
    "example": "I cut pipeline failures by 60 %",
    "shared_interest": "",
    "timeline": "by Friday 4 December",
    "signature": "Priya Raman\n+44 20 7946 0000",
}
PEOPLE = (
    {"name": "Daniel Okafor", "title": "Engineering Manager", "topic": ""},
    {"name": "Sofia Lindqvist", "title": "Product Lead", "topic": "how delivery ETAs are shown"},
)
#: The worked example the page shows before (or without) its script.
SINGLE = examples.DRAFT_EXAMPLES["single"]
PUSHY = "Hey 😀 Daniel, any update?! I really need this job ASAP 🙏 thanks"


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh profile (empty storage) that may use the clipboard."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context
    dispose(context)


def open_builder(context: BrowserContext, site_server: SiteServer) -> Page:
    page = context.new_page()
    page.goto(site_server.url("crafting/"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    return page


def settled(page: Page) -> Locator:
    page.wait_for_selector(SETTLED)
    return page.locator(TOOL)


def fill_details(page: Page, details: Mapping[str, str] = DETAILS) -> None:
    """Types each detail the form shows for its current stage (the others stay empty)."""
    for name, value in details.items():
        if page.is_visible(f"#fd-{name}"):
            page.fill(f"#fd-{name}", value)


def fill_people(page: Page, people: tuple[Mapping[str, str], ...] = PEOPLE) -> None:
    for number, person in enumerate(people, start=1):
        if number > 1:
            page.get_by_role("button", name="Add an interviewer").click()
        for name, value in person.items():
            page.fill(f"#fd-person-{number}-{name}", value)


def draft_args(stage: str = "thank_you", channel: str = "email", **details: str) -> dict[str, Any]:
    return {
        "stage": stage,
        "channel": channel,
        "linkedin_free_account": True,  # until the reader says the account is paid
        "now": date.today().isoformat(),  # the page sends the reader's date
        "details": {**DETAILS, **details, "interviewers": [dict(p) for p in PEOPLE]},
    }


def panels(tool: Locator) -> Locator:
    return tool.locator('[data-slot="drafts"] > [data-slot="panel"]')


def test_two_interviewers_get_the_cores_own_drafts(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    fill_details(page)
    tool = settled(page)
    expected = core("draft", draft_args())["drafts"]
    tabs = tool.get_by_role("tab")
    assert tabs.all_inner_texts() == [person["name"] for person in PEOPLE]
    assert panels(tool).count() == 2
    for index, draft in enumerate(expected):
        tabs.nth(index).click()
        panel = panels(tool).nth(index)
        assert panel.is_visible()
        assert not panels(tool).nth(1 - index).is_visible()
        assert panel.locator('[data-slot="to"]').inner_text() == draft["to"]
        assert panel.locator('[data-slot="subject"]').inner_text() == draft["subject"]
        assert panel.locator('[data-slot="body"]').text_content() == draft["body"]
        assert panel.locator('[data-slot="size"]').inner_text() == draft["size"]
        assert panel.locator(".followup-finding").count() == len(draft["findings"])
        assert panel.locator('[data-slot="missing-wrap"]').is_hidden()
    # The two notes differ in more than the name.
    first, second = (
        d["body"].replace(p["name"].split()[0], "") for d, p in zip(expected, PEOPLE, strict=True)
    )
    assert first != second
    assert "Product Lead" not in first


def test_stage_and_channel_change_the_draft(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    fill_details(page)
    page.select_option("#fd-stage", "linkedin_note")
    page.select_option("#fd-channel", "linkedin_connection")
    assert page.get_by_label("I have a free LinkedIn account").is_checked()
    tool = settled(page)
    args = {**draft_args("linkedin_note", "linkedin_connection"), "linkedin_free_account": True}
    expected = core("draft", args)["drafts"][0]
    panel = panels(tool).first
    assert panel.locator('[data-slot="body"]').text_content() == expected["body"]
    assert panel.locator('[data-slot="size"]').inner_text() == expected["size"]
    assert "of 200 characters" in expected["size"]
    # No subject and no mail link for LinkedIn.
    assert panel.locator('[data-slot="subject-row"]').is_hidden()
    assert panel.locator('[data-slot="mailto"]').is_hidden()


def test_missing_details_are_listed_and_lead_to_their_field(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    page.fill("#fd-person-1-name", "Daniel Okafor")
    tool = settled(page)
    panel = panels(tool).first
    chips = panel.locator('[data-slot="missing"] button')
    expected = core(
        "draft",
        {"details": {"interviewers": [{"name": "Daniel Okafor", "title": "", "topic": ""}]}},
    )["drafts"][0]["missing"]
    assert chips.count() == len(expected) > 3
    assert "[company]" in panel.locator('[data-slot="body"]').inner_text()
    panel.get_by_role("button", name="Company", exact=True).click()
    assert page.evaluate("document.activeElement.id") == "fd-company"


def test_a_pasted_pushy_draft_is_marked_at_the_right_words(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    page.get_by_label("Check a draft I wrote").check()
    page.get_by_label("Paste your draft here").fill(PUSHY)
    tool = settled(page)
    result = core("check", {"text": PUSHY, "channel": "email", "stage": "thank_you"})
    # The core counts code points; slicing in Python gives the words the page must mark. Two
    # findings may mark one clause: the page marks a stretch once, the first (and longest) that
    # starts there.
    spans = sorted(
        ((start, end) for f in result["findings"] for start, end in f["spans"]),
        key=lambda span: (span[0], -span[1]),
    )
    expected: list[str] = []
    reached = 0
    for start, end in spans:
        if start >= reached:
            expected.append(PUSHY[start:end])
            reached = end
    marks = tool.locator('[data-slot="body"] mark').all_inner_texts()
    assert marks == expected
    assert any("ASAP" in mark for mark in marks)
    assert any("I really need this job" in mark for mark in marks)
    assert tool.locator('[data-slot="body"]').text_content() == PUSHY
    findings = tool.locator(".followup-finding")
    assert findings.count() == len(result["findings"])
    pushy = tool.locator('.followup-finding[data-rule="pushy"]')
    href = pushy.get_by_role("link").get_attribute("href")
    assert href is not None
    assert href.endswith("/interview-followup/avoid/#pushy")
    # In check mode there is nothing to send: no recipient, subject or actions.
    assert tool.locator('[data-slot="to-row"]').is_hidden()
    assert tool.locator('[data-slot="actions"]').is_hidden()


def test_the_mail_link_decodes_to_the_subject_and_body(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page, PEOPLE[:1])
    fill_details(page)
    tool = settled(page)
    link = panels(tool).first.get_by_role("link", name="Open in your mail app")
    href = link.get_attribute("href")
    assert href is not None
    assert href.startswith("mailto:?")
    query = parse_qs(urlsplit(href).query, keep_blank_values=True, strict_parsing=True)
    expected = core(
        "draft",
        {**draft_args(), "details": {**draft_args()["details"], "interviewers": [PEOPLE[0]]}},
    )
    draft = expected["drafts"][0]
    assert query["subject"] == [draft["subject"]]
    assert query["body"] == [draft["body"].replace("\n", "\r\n")]
    assert set(query) == {"subject", "body"}


def test_a_body_too_long_for_a_mail_link_offers_copying_instead(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page, PEOPLE[:1])
    long_example = "I rebuilt the ingestion layer, " * 30
    fill_details(page, {**DETAILS, "example": long_example.strip()})
    tool = settled(page)
    panel = panels(tool).first
    assert panel.get_by_role("link", name="Open in your mail app").count() == 0
    assert panel.locator('[data-slot="mailto-too-long"]').is_visible()
    body = panel.locator('[data-slot="body"]').text_content() or ""
    assert len(body) > MAILTO_MAX_CHARS / 3
    panel.get_by_role("button", name="Copy message").click()
    expect_status(tool, "Message copied")
    assert page.evaluate("navigator.clipboard.readText()") == body


def expect_status(tool: Locator, text: str) -> None:
    status = tool.locator('[data-slot="action-status"]')
    status.page.wait_for_function(
        "([el, text]) => el.textContent.includes(text)", arg=[status.element_handle(), text]
    )


def test_copy_subject_and_download_the_text_file(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    fill_details(page)
    tool = settled(page)
    tool.get_by_role("tab").nth(1).click()
    draft = core("draft", draft_args())["drafts"][1]
    panel = panels(tool).nth(1)
    panel.get_by_role("button", name="Copy subject").click()
    expect_status(tool, "Subject copied")
    assert page.evaluate("navigator.clipboard.readText()") == draft["subject"]
    with page.expect_download() as info:
        panel.get_by_role("button", name="Download as text (.txt)").click()
    download = info.value
    assert download.suggested_filename == draft["filename"] == "thank-you-note-sofia-lindqvist.txt"
    path = download.path()
    assert path.read_text(encoding="utf-8") == draft["text"]
    assert draft["text"].startswith(f"Subject: {draft['subject']}\n\n")


def test_tabs_work_from_the_keyboard(context: BrowserContext, site_server: SiteServer) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    tool = settled(page)
    tabs = tool.get_by_role("tab")
    tabs.first.focus()
    page.keyboard.press("ArrowRight")
    assert tabs.nth(1).get_attribute("aria-selected") == "true"
    assert page.evaluate("document.activeElement.textContent") == PEOPLE[1]["name"]
    assert panels(tool).nth(1).is_visible()
    page.keyboard.press("ArrowRight")  # wraps around
    assert tabs.first.get_attribute("aria-selected") == "true"
    page.keyboard.press("End")
    assert tabs.nth(1).get_attribute("aria-selected") == "true"


def test_interviewers_can_be_added_and_removed(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page, (*PEOPLE, {"name": "Marcus Bell"}))
    tool = settled(page)
    assert tool.get_by_role("tab").all_inner_texts() == [
        "Daniel Okafor",
        "Sofia Lindqvist",
        "Marcus Bell",
    ]
    tool.get_by_role("button", name="Remove interviewer 2").click()
    tool = settled(page)
    assert tool.get_by_role("tab").all_inner_texts() == ["Daniel Okafor", "Marcus Bell"]
    # Focus moves to the card that took the removed one's place, now number 2.
    assert page.evaluate("document.activeElement.id") == "fd-person-2-name"
    assert page.input_value("#fd-person-2-name") == "Marcus Bell"
    assert tool.get_by_label("Name", exact=True).count() == 2


def test_a_field_over_the_limit_gets_a_message_next_to_it(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    page.fill("#fd-company", "x" * 1_001)
    tool = settled(page)
    error = tool.locator('[data-error-for="details.company"]')
    assert error.is_visible()
    assert "1,000" in error.inner_text()
    assert page.get_attribute("#fd-company", "aria-invalid") == "true"
    assert "fd-details.company-error" in (
        page.get_attribute("#fd-company", "aria-describedby") or ""
    )
    page.fill("#fd-company", "Harbor Logistics")
    settled(page)
    assert error.is_hidden()


def saved(page: Page) -> Any:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})")
    return None if raw is None else json.loads(raw)


def test_entries_survive_a_reload_and_an_instant_navigation_round_trip(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    fill_details(page)
    page.get_by_label("Check a draft I wrote").check()
    page.get_by_label("Paste your draft here").fill(PUSHY)
    settled(page)
    record = saved(page)
    assert record["v"] == 2
    assert record["save"] is True
    assert record["state"]["draft"]["interviewers"][1]["name"] == PEOPLE[1]["name"]

    page.reload()
    page.wait_for_selector(SETTLED, timeout=START_MS)
    assert_restored(page)

    # Instant navigation: away through the nav and back, without a full page load.
    page.evaluate("window.__samePage = true")
    page.locator(".md-nav__link", has_text="Personalizing").first.click()
    page.wait_for_url(re.compile(r"/personalizing/(#.*)?$"))
    page.go_back()
    # The theme's section tracking may have put the tool's heading in the address.
    page.wait_for_url(re.compile(r"/crafting/(#.*)?$"))
    page.wait_for_selector(SETTLED, timeout=START_MS)
    assert page.evaluate("window.__samePage") is True
    assert_restored(page)


def assert_restored(page: Page) -> None:
    tool = page.locator(TOOL)
    assert page.is_checked('input[name="mode"][value="check"]')
    assert page.input_value("#fd-text") == PUSHY
    assert page.input_value("#fd-person-2-name") == PEOPLE[1]["name"]
    assert page.input_value("#fd-signature") == DETAILS["signature"]
    assert page.input_value("#fd-company") == DETAILS["company"]
    assert "back" in tool.locator('[data-slot="save-status"]').inner_text()
    assert any("ASAP" in mark for mark in tool.locator('[data-slot="body"] mark').all_inner_texts())


def test_clear_empties_the_form_and_the_browsers_copy(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = open_builder(context, site_server)
    fill_people(page)
    fill_details(page)
    settled(page)
    assert saved(page) is not None
    page.get_by_role("button", name="Clear everything").click()
    tool = settled(page)
    assert page.input_value("#fd-company") == ""
    assert page.locator(".followup-person").count() == 1
    assert page.input_value("#fd-person-1-name") == ""
    assert "Cleared" in tool.locator('[data-slot="save-status"]').inner_text()
    # Nothing typed is left in storage, and a reload brings nothing back.
    assert "Priya" not in json.dumps(saved(page))
    page.reload()
    page.wait_for_selector(SETTLED, timeout=START_MS)
    assert page.input_value("#fd-company") == ""
    assert page.input_value("#fd-person-1-name") == ""


def test_saving_can_be_switched_off(context: BrowserContext, site_server: SiteServer) -> None:
    page = open_builder(context, site_server)
    page.fill("#fd-company", "Harbor Logistics")
    settled(page)
    page.get_by_label("Keep what I type in this browser").uncheck()
    assert saved(page) == {"v": 2, "save": False}
    page.fill("#fd-role", "Senior Data Engineer")
    settled(page)
    assert saved(page) == {"v": 2, "save": False}
    page.reload()
    page.wait_for_selector(SETTLED, timeout=START_MS)
    assert page.input_value("#fd-company") == ""
    assert not page.is_checked('input[name="save"]')
    assert "Saving is off" in page.locator('[data-slot="save-status"]').inner_text()


def test_without_javascript_the_builder_shows_the_cores_example(
    browser: Browser, site_server: SiteServer
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_server.url("crafting/"))
        tool = page.locator(TOOL)
        example = core("draft", {"stage": "thank_you", "channel": "email", "details": SINGLE})
        body = tool.locator('[data-slot="body"]')
        assert body.text_content() == example["drafts"][0]["body"]
        assert "\n\n" in (body.inner_text() or "")  # paragraphs survive the raw-HTML block
        assert tool.locator('[data-slot="size"]').inner_text() == example["drafts"][0]["size"]
        assert "needs JavaScript" in tool.locator('[data-slot="status"]').inner_text()
        assert tool.locator(".followup-actions").is_hidden()
        assert page.locator("#fd-stage").is_disabled()
        assert page.locator("#fd-company").is_disabled()
    finally:
        dispose(context)


@pytest.mark.parametrize("stored", ["{not json", '{"v": 0, "save": true, "state": {}}', "[]"])
def test_unreadable_saved_entries_are_set_aside_with_a_message(
    context: BrowserContext, site_server: SiteServer, stored: str
) -> None:
    context.add_init_script(
        f"localStorage.setItem({json.dumps(STORAGE_KEY)}, {json.dumps(stored)})"
    )
    page = context.new_page()
    page.goto(site_server.url("crafting/"))
    tool = page.locator(SETTLED)
    tool.wait_for(timeout=START_MS)
    assert "could not be read" in tool.locator('[data-slot="save-status"]').inner_text()
    assert page.input_value("#fd-company") == ""
    page.fill("#fd-company", "Harbor Logistics")
    settled(page)
    assert saved(page)["state"]["draft"]["details"]["company"] == "Harbor Logistics"
