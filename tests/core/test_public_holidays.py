"""Public holidays in the plan: codes, tables from the ``holidays`` package, and real cases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from holiday_tables import FIXTURE, make_tables, tables

from followup_core.bridge import handle
from followup_core.errors import InputError, InputErrors
from followup_core.ics import plan_to_ics
from followup_core.public_holidays import read_country, read_public_holidays, table_years
from followup_core.timing import Plan, PlanRequest, describe_plan_text, make_plan

LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")
CODES_MODULE = Path(__file__).resolve().parents[2] / "followup_core" / "country_codes.py"


def plan_for(**args: Any) -> Plan:
    countries = {str(args[name]).split("-")[0] for name in args if name.endswith("_country")}
    full = {"public_holidays": {c: tables()[c] for c in countries if c in tables()}, **args}
    return make_plan(PlanRequest.from_args(full))


# --------------------------------------------------------------------------- the data


def test_the_kept_tables_match_the_installed_package() -> None:
    pytest.importorskip("holidays")  # not in the Pyodide run, which reads the kept tables
    assert json.loads(FIXTURE.read_text(encoding="utf-8")) == make_tables(), (
        "The holidays package changed: run python tests/core/holiday_tables.py"
    )


def test_the_generated_code_list_matches_the_installed_package() -> None:
    pytest.importorskip("holidays")
    from followup_core.holiday_source import render_country_codes

    assert CODES_MODULE.read_text(encoding="utf-8") == render_country_codes(), (
        "The holidays package changed: run python -m followup_core.holiday_source"
    )


def test_tables_cover_last_year_to_two_years_ahead() -> None:
    assert table_years(date(2026, 12, 2)) == (2025, 2028)


def test_a_table_marks_days_off_of_one_region_only() -> None:
    pytest.importorskip("holidays")
    from followup_core.holiday_source import holiday_table

    days = {entry[0]: entry for entry in holiday_table("GB", (2026, 2027))["days"]}
    assert days["2026-12-25"] == ["2026-12-25", "Christmas Day"]  # everywhere
    assert days["2027-01-04"][2] == ["SCT"]  # Scotland's observed 2 January
    assert "" not in days["2026-11-30"][2]  # Saint Andrew's Day, not the whole country


# --------------------------------------------------------------------------- the codes


@pytest.mark.parametrize(
    ("typed", "code"),
    [("GB", "GB"), ("gb", "GB"), (" gb-sct ", "GB-SCT"), ("us_ca", "US-CA"), ("UK", "GB")],
)
def test_codes_are_read_in_their_usual_spelling(typed: str, code: str) -> None:
    assert read_country(typed, "candidate_country", label="country") == code


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("GB-SCO", "GB-SCT (Scotland)"), ("germany", "DE (Germany)"), ("DE-BAY", "DE-BY")],
)
def test_an_unknown_code_names_the_field_and_the_nearest_codes(typed: str, suggested: str) -> None:
    with pytest.raises(InputError) as caught:
        read_country(typed, "interviewer_country", label="interviewer's country")
    assert caught.value.field == "interviewer_country"
    assert caught.value.code == "unknown_country"
    assert suggested in caught.value.message
    assert caught.value.message.count(".") <= 3  # one sentence and its suggestion


def test_blank_means_none_and_other_types_are_refused() -> None:
    assert read_country("", "candidate_country", label="country") == ""
    assert read_country(None, "candidate_country", label="country") == ""
    with pytest.raises(InputError):
        read_country(44, "candidate_country", label="country")


def test_a_country_without_its_table_is_named() -> None:
    with pytest.raises(InputError) as caught:
        read_public_holidays("GB", {}, "interviewer_country")
    assert caught.value.field == "interviewer_country"
    assert "United Kingdom" in caught.value.message


def test_the_bridge_names_every_bad_country_field_at_once() -> None:
    args = {
        "interview_end": "2026-12-24T15:30",
        "candidate_tz": "Europe/London",
        "now": "2026-12-24T15:30",
        "candidate_country": "XX",
        "interviewer_country": "GB-SCO",
    }
    reply = json.loads(handle(json.dumps({"v": 1, "op": "plan", "args": args})))
    assert not reply["ok"]
    assert [error["field"] for error in reply["errors"]] == [
        "candidate_country",
        "interviewer_country",
    ]


# --------------------------------------------------------------------------- real cases


def test_christmas_in_the_uk_recommends_no_holiday() -> None:
    plan = plan_for(
        interview_end="2026-12-24T15:30",
        candidate_tz="Europe/London",
        now="2026-12-24T15:30",
        candidate_country="GB",
    )
    closed = {date(2026, 12, 25), date(2026, 12, 26), date(2026, 12, 28), date(2027, 1, 1)}
    for step in plan.steps:
        assert step.recommended.date() not in closed
        assert step.recommended.weekday() < 5
    assert plan.steps[0].recommended == datetime(2026, 12, 29, 9, tzinfo=LONDON)
    assert "Christmas Day on Friday 25 December" in plan.steps[0].reason
    assert "later, never earlier" in plan.steps[0].reason
    # Five working days: 29, 30, 31 December, 4 and 5 January (1 January is a holiday).
    assert plan.steps[1].recommended == datetime(2027, 1, 5, 10, tzinfo=LONDON)
    assert plan.interviewer_country == plan.candidate_country == "GB"
    assert any("New Year's Day on Friday 1 January 2027" in note for note in plan.notes)


def test_the_slow_pace_skips_the_holidays_too() -> None:
    plan = plan_for(
        interview_end="2026-12-21T11:00",
        candidate_tz="Europe/London",
        now="2026-12-21T11:00",
        candidate_country="GB",
        pace="slow",
    )
    # Ten working days from Monday 21 December: 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7 Jan.
    assert plan.steps[1].recommended.date() == date(2027, 1, 7)


def test_a_scottish_interviewer_keeps_the_second_of_january() -> None:
    england = plan_for(
        interview_end="2026-12-31T16:00",
        candidate_tz="Europe/London",
        now="2026-12-31T16:00",
        candidate_country="GB",
    )
    scotland = plan_for(
        interview_end="2026-12-31T16:00",
        candidate_tz="Europe/London",
        now="2026-12-31T16:00",
        candidate_country="GB",
        interviewer_country="GB-SCT",
    )
    assert england.steps[0].recommended.date() == date(2027, 1, 4)
    assert scotland.steps[0].recommended.date() == date(2027, 1, 5)  # 4 January is observed
    assert "Scotland (United Kingdom)" in " ".join(scotland.notes)


def test_the_readers_own_holiday_is_mentioned_and_moves_nothing() -> None:
    args: dict[str, Any] = {
        "interview_end": "2027-01-05T16:00",
        "candidate_tz": "Europe/Berlin",
        "interviewer_tz": "Europe/London",
        "now": "2027-01-05T16:00",
        "interviewer_country": "GB",
    }
    without = plan_for(**args)
    bavaria = plan_for(**args, candidate_country="DE-BY")
    assert bavaria.steps[0].recommended == without.steps[0].recommended
    assert bavaria.steps[0].recommended_candidate == datetime(2027, 1, 6, 10, tzinfo=BERLIN)
    assert "Wednesday 6 January is Epiphany, a public holiday where you are" in (
        bavaria.steps[0].reason
    )
    assert "public holiday where you are" not in without.steps[0].reason


def test_a_plan_past_the_tables_years_says_so() -> None:
    plan = plan_for(
        interview_end="2034-12-20T11:00",
        candidate_tz="Europe/London",
        now="2034-12-20T11:00",
        candidate_country="GB",
        pace="slow",
    )
    assert any("known here for 2023 to 2034 only" in note for note in plan.notes)


def test_a_request_with_countries_reads_back_from_its_args() -> None:
    args = {
        "interview_end": "2026-12-24T15:30",
        "candidate_tz": "Europe/Berlin",
        "interviewer_tz": "Europe/London",
        "now": "2026-12-24T15:30",
        "candidate_country": "DE-BY",
        "interviewer_country": "GB-SCT",
        "public_holidays": {"GB": tables()["GB"], "DE": tables()["DE"]},
    }
    request = PlanRequest.from_args(args)
    again = PlanRequest.from_args(request.to_args())
    assert again == request
    assert make_plan(again) == make_plan(request)


# --------------------------------------------------------------------------- far zones


def test_a_tokyo_interviewer_and_a_berlin_reader_schedule_at_night() -> None:
    plan = plan_for(
        interview_end="2026-12-01T17:30",
        candidate_tz="Europe/Berlin",
        interviewer_tz="Asia/Tokyo",
        now="2026-12-01T17:30",
        candidate_country="DE",
        interviewer_country="JP",
    )
    thank_you = plan.steps[0]
    assert thank_you.recommended == datetime(2026, 12, 2, 9, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert thank_you.recommended_candidate == datetime(2026, 12, 2, 1, tzinfo=BERLIN)
    assert thank_you.write_by == datetime(2026, 12, 1, 20, tzinfo=BERLIN)
    assert "Wednesday 2 December, 01:00, in the night" in thank_you.reason
    assert "Wednesday 2 December, 09:00 for them" in thank_you.reason
    assert "evening before and schedule it" in thank_you.reason
    assert "schedule it" in plan.status.message
    assert "01:00 your time (09:00 theirs)" in describe_plan_text(plan)


def test_the_calendar_reminds_a_night_message_the_evening_before() -> None:
    icalendar = pytest.importorskip("icalendar")
    args = {
        "interview_end": "2026-12-01T17:30",
        "candidate_tz": "Europe/Berlin",
        "interviewer_tz": "Asia/Tokyo",
        "now": "2026-12-01T17:30",
    }
    request = PlanRequest.from_args(args)
    calendar = icalendar.Calendar.from_ical(plan_to_ics(request, make_plan(request)).content)
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime(2026, 12, 2, 0, tzinfo=UTC)  # 09:00 in Tokyo
    trigger = event.walk("VALARM")[0].decoded("TRIGGER")
    assert trigger == datetime(2026, 12, 1, 19, tzinfo=UTC)  # 20:00 in Berlin, the evening before
    assert "Write it now and schedule it" in str(event.walk("VALARM")[0]["DESCRIPTION"])


def test_a_daytime_message_keeps_the_short_reminder() -> None:
    request = PlanRequest.from_args(
        {"interview_end": "2026-12-01T15:00", "candidate_tz": "Europe/London", "now": "2026-12-01"}
    )
    plan = make_plan(request)
    assert all(step.write_by is None for step in plan.steps)
    assert "TRIGGER:-PT15M" in plan_to_ics(request, plan).content


def test_several_errors_still_come_together() -> None:
    with pytest.raises(InputErrors) as caught:
        PlanRequest.from_args(
            {"candidate_tz": "Mars/Base", "interview_end": "x", "candidate_country": "ZZ"}
        )
    assert "candidate_country" in [error.field for error in caught.value.errors]
