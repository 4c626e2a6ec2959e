"""Calendar export: valid RFC 5545 that calendar apps (and the icalendar library) read back."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from followup_core.args import clean_text
from followup_core.ics import (
    MAX_LINE_OCTETS,
    CalendarFile,
    escape_text,
    fold_line,
    plan_to_ics,
)
from followup_core.timing import PlanRequest, make_plan

ARGS: dict[str, Any] = {
    "interview_end": "2026-12-01T15:00",
    "candidate_tz": "Europe/London",
    "interviewer_tz": "America/New_York",
    "timeline": {"by": "2026-12-04"},
    "now": "2026-12-01T15:30",
}


def export(args: dict[str, Any] = ARGS) -> tuple[PlanRequest, CalendarFile]:
    request = PlanRequest.from_args(args)
    return request, plan_to_ics(request, make_plan(request))


def dt(component: Any, name: str) -> Any:
    """A date-time or duration property's value (icalendar's types are too broad here)."""
    return component[name].dt


def unfold(content: str) -> str:
    return re.sub(r"\r\n[ \t]", "", content)


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def physical_lines(content: str) -> list[bytes]:
    data = content.encode("utf-8")
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


# --------------------------------------------------------------------------- the calendar file


def test_the_file_parses_with_one_event_per_step() -> None:
    request, calendar_file = export()
    plan = make_plan(request)
    calendar = Calendar.from_ical(calendar_file.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["METHOD"] == "PUBLISH"
    assert "PRODID" in calendar
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    for event, step in zip(events, plan.steps, strict=True):
        assert dt(event, "DTSTART") == step.recommended.astimezone(UTC)
        assert dt(event, "DTSTART").tzinfo is not None
        assert dt(event, "DURATION") == timedelta(minutes=15)
        assert dt(event, "DTSTAMP") == datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
        assert str(event["SUMMARY"]) == step.title
        description = str(event["DESCRIPTION"])
        assert step.reason in description
        assert "America/New_York" in description
        assert "Europe/London" in description
        assert str(event["UID"]).endswith("@followup.local")
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0]["ACTION"] == "DISPLAY"
        assert dt(alarms[0], "TRIGGER") == timedelta(minutes=-15)
        assert step.title in str(alarms[0]["DESCRIPTION"])
    assert "stop following up" in str(events[2]["DESCRIPTION"])


def test_the_check_in_event_is_at_the_planned_instant() -> None:
    _, calendar_file = export()
    events = Calendar.from_ical(calendar_file.content).walk("VEVENT")
    # Tuesday 8 December (the second working day after Friday 4), 10:00 in New York is 15:00 UTC.
    assert dt(events[1], "DTSTART") == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)
    assert "DTSTART:20261208T150000Z\r\n" in calendar_file.content


def test_the_file_is_crlf_and_folded() -> None:
    _, calendar_file = export()
    content = calendar_file.content
    assert content.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert content.endswith("END:VCALENDAR\r\n")
    assert "\n" not in content.replace("\r\n", "")
    assert "\r" not in content.replace("\r\n", "")
    lines = physical_lines(content)
    assert all(len(line) <= MAX_LINE_OCTETS for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the descriptions are long enough to fold


def test_the_filename_names_the_interview_day() -> None:
    _, calendar_file = export()
    assert calendar_file.filename == "follow-up-plan-2026-12-01.ics"
    assert calendar_file.to_json() == {
        "filename": calendar_file.filename,
        "content": calendar_file.content,
    }


def uids(calendar_file: CalendarFile) -> list[str]:
    return [str(event["UID"]) for event in Calendar.from_ical(calendar_file.content).walk("VEVENT")]


def test_uids_are_stable_across_exports_and_differ_between_plans() -> None:
    request, first = export()
    later = dataclasses.replace(request, now=request.now + timedelta(days=3))
    second = plan_to_ics(later, make_plan(later))
    assert uids(first) == uids(second)
    assert len(set(uids(first))) == 3
    _, other = export({**ARGS, "working_hours": ["08:00", "16:00"]})
    assert not set(uids(first)) & set(uids(other))
    assert uids(first)[0].startswith("thank-you-20261201T170000Z-")


def test_stamps_come_from_now_in_utc() -> None:
    _, calendar_file = export({**ARGS, "now": "2026-12-01T10:30:15-05:00"})
    assert "DTSTAMP:20261201T153015Z\r\n" in calendar_file.content


def test_no_vtimezone_is_needed_across_a_clock_change() -> None:
    args = {**ARGS, "interview_end": "2026-10-20T15:00", "timeline": {"by": "2026-10-30"}}
    request, calendar_file = export(args)
    assert "VTIMEZONE" not in calendar_file.content
    events = Calendar.from_ical(calendar_file.content).walk("VEVENT")
    for event, step in zip(events, make_plan(request).steps, strict=True):
        assert dt(event, "DTSTART") == step.recommended.astimezone(UTC)


# --------------------------------------------------------------------------- escaping and folding


def test_escape_text_escapes_the_four_specials() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree"
    assert escape_text("bell\x07 and tab\t") == "bell and tab\t"
    assert escape_text("café 👋 שלום") == "café 👋 שלום"


def test_fold_line_leaves_short_lines_alone() -> None:
    line = "SUMMARY:" + "x" * (MAX_LINE_OCTETS - len("SUMMARY:"))
    assert fold_line(line) == line
    assert fold_line(line + "y") == line + "\r\n y"
    assert fold_line("") == ""


def test_fold_line_never_splits_a_character_or_an_escape() -> None:
    folded = fold_line("DESCRIPTION:" + "👋" * 40)
    parts = folded.split("\r\n")
    assert [len(part.encode()) for part in parts] == [72, 73, 29]
    assert all(part.startswith(" ") for part in parts[1:])
    escaped = fold_line("X" * 74 + "\\n" + "Y")
    assert escaped == "X" * 74 + "\r\n \\nY"


text_for_calendars = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\r")
    | st.sampled_from(["\n", "\\", ";", ",", ":", '"', "\t", "é", "👋", "\u200d"]),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["SUMMARY:", "DESCRIPTION:", "X:"]))
def test_escape_and_fold_round_trip_any_text(text: str, name: str) -> None:
    folded = fold_line(name + escape_text(text))
    data = folded.encode("utf-8")
    for line in data.split(b"\r\n"):
        assert len(line) <= MAX_LINE_OCTETS
        line.decode("utf-8")  # each physical line is valid UTF-8 on its own
    value = unfold(folded)[len(name) :]
    assert unescape(value) == clean_text(text)
    assert "\r" not in value
    assert "\n" not in value


@settings(max_examples=200, deadline=None)
@given(text_for_calendars)
def test_clean_text_round_trips_exactly(text: str) -> None:
    assert unescape(unfold(fold_line(escape_text(text)))) == text


@settings(max_examples=150, deadline=None)
@given(text_for_calendars)
def test_the_icalendar_library_reads_our_text_back(text: str) -> None:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:x@followup.local",
        "DTSTAMP:20261201T153000Z",
        "DTSTART:20261201T170000Z",
        f"SUMMARY:{escape_text(text)}",
        f"DESCRIPTION:{escape_text(text)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    content = "".join(fold_line(line) + "\r\n" for line in lines)
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == text
    assert str(event["DESCRIPTION"]) == text


zones = st.sampled_from(
    ["Australia/Lord_Howe", "Pacific/Kiritimati", "Asia/Kathmandu", "America/Havana"]
)


@settings(max_examples=60, deadline=None)
@given(
    candidate_tz=zones,
    interviewer_tz=zones,
    minutes=st.integers(0, 3 * 365 * 1440),
    working_days=st.sets(st.integers(1, 7), min_size=1),
)
def test_any_plan_exports_a_readable_calendar(
    candidate_tz: str, interviewer_tz: str, minutes: int, working_days: set[int]
) -> None:
    end = datetime(2026, 1, 1) + timedelta(minutes=minutes)
    args = {
        "interview_end": end.isoformat(timespec="minutes"),
        "candidate_tz": candidate_tz,
        "interviewer_tz": interviewer_tz,
        "working_days": sorted(working_days),
        "now": end.isoformat(timespec="minutes"),
    }
    request, calendar_file = export(args)
    assert all(len(line) <= MAX_LINE_OCTETS for line in physical_lines(calendar_file.content))
    events = Calendar.from_ical(calendar_file.content).walk("VEVENT")
    steps = make_plan(request).steps
    assert [dt(event, "DTSTART") for event in events] == [
        step.recommended.astimezone(UTC) for step in steps
    ]


def summaries(calendar: CalendarFile) -> list[str]:
    parsed = Calendar.from_ical(calendar.content)
    return [str(event["SUMMARY"]) for event in parsed.walk("VEVENT")]


def test_events_name_the_contact_and_company_when_given() -> None:
    _, plain = export()
    _, named = export(
        {
            **ARGS,
            "contact": "Daniel Okafor",
            "interviewers": ["Daniel Okafor"],
            "company": "Harbor Logistics",
        }
    )
    assert summaries(plain) == ["Send your thank-you note", "Check in", "Final follow-up"]
    assert summaries(named) == [
        "Send your thank-you note to Daniel Okafor at Harbor Logistics",
        "Check in with Daniel Okafor at Harbor Logistics",
        "Send your final follow-up to Daniel Okafor at Harbor Logistics",
    ]
    _, company_only = export({**ARGS, "company": "Harbor; Logistics, Inc."})
    assert summaries(company_only)[1] == "Check in with Harbor; Logistics, Inc."
    # A panel's thank-yous go to each interviewer; the later messages to the one contact,
    # who may be someone else (a recruiter), never thanked for an interview here.
    _, panel = export(
        {
            **ARGS,
            "contact": "Amara Lewis",
            "interviewers": ["Daniel Okafor", "", "Sofia Lindqvist", "Marcus Bell"],
            "company": "Harbor Logistics",
        }
    )
    assert summaries(panel) == [
        "Send your thank-you notes to Daniel Okafor, Sofia Lindqvist and Marcus Bell"
        " at Harbor Logistics",
        "Check in with Amara Lewis at Harbor Logistics",
        "Send your final follow-up to Amara Lewis at Harbor Logistics",
    ]
    _, pair = export({**ARGS, "interviewers": ["Daniel Okafor", "Sofia Lindqvist"]})
    assert summaries(pair)[:2] == [
        "Send your thank-you notes to Daniel Okafor and Sofia Lindqvist",
        "Check in",
    ]
    # Naming them later changes the titles, not the events: a re-import replaces them.
    uids = [line for line in unfold(plain.content).split("\r\n") if line.startswith("UID:")]
    assert uids == [line for line in unfold(named.content).split("\r\n") if line.startswith("UID:")]
