"""The follow-up schedule on real cases: deadlines, weekends, holidays, zones, clock changes."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from followup_core.errors import InputError, InputErrors
from followup_core.schema import STAGE_BY_ID, STEP_SPECS
from followup_core.timing import (
    CADENCES,
    CHECK_IN_AFTER_WORKING_DAYS,
    DEFAULT_WORKING_DAYS,
    DEFAULT_WORKING_HOURS,
    FINAL_AFTER_WORKING_DAYS,
    GRACE_RANGE,
    GRACE_WORKING_DAYS,
    IMMINENT_MIN_DELAY,
    IMMINENT_WINDOW,
    MAX_HOLIDAYS,
    MESSAGES,
    READER_NIGHT,
    THANK_YOU_MIN_DELAY,
    THANK_YOU_WINDOW,
    TIMELINE_UNITS,
    WRITE_BY,
    Plan,
    PlanRequest,
    Timeline,
    describe_plan_text,
    format_moment,
    format_zoned,
    make_plan,
    resolve_local,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

#: The calendar cases below check in on the first working day after a stated date, which
#: makes each one's arithmetic easy to follow; the default grace has tests of its own.
BASE: dict[str, Any] = {
    "interview_end": "2026-12-01T15:00",
    "candidate_tz": "Europe/London",
    "grace_working_days": 1,
    "now": "2026-12-01T15:30",
}


def plan_for(**changes: Any) -> Plan:
    return make_plan(PlanRequest.from_args({**BASE, **changes}))


def test_the_plans_steps_are_the_schemas_in_order_each_written_as_its_stage() -> None:
    plan = plan_for(timeline={"by": "2026-12-04"})
    assert [(step.kind, step.title) for step in plan.steps] == [
        (spec.id, spec.title) for spec in STEP_SPECS
    ]
    # The builder writes each step's message with the stage of the same id.
    assert all(spec.id in STAGE_BY_ID for spec in STEP_SPECS)
    assert [spec.id for spec in STEP_SPECS if not spec.chases] == ["thank_you"]


def local(plan: Plan, index: int) -> str:
    """A step's recommended time on the interviewer's wall clock, ``YYYY-MM-DD HH:MM Day``."""
    moment = plan.steps[index].recommended
    return moment.strftime("%Y-%m-%d %H:%M %a")


def at(text: str, zone: ZoneInfo = LONDON) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


# --------------------------------------------------------------------------- the defaults


def test_defaults_are_the_documented_ones() -> None:
    assert DEFAULT_WORKING_DAYS == (1, 2, 3, 4, 5)
    assert (time(9), time(17)) == DEFAULT_WORKING_HOURS
    assert timedelta(hours=48) == THANK_YOU_WINDOW
    assert timedelta(hours=2) == THANK_YOU_MIN_DELAY
    assert (time(22), time(7)) == READER_NIGHT
    assert time(20) == WRITE_BY
    assert CHECK_IN_AFTER_WORKING_DAYS == FINAL_AFTER_WORKING_DAYS == 5
    assert list(TIMELINE_UNITS) == ["days", "weeks", "working_days"]


def test_a_minimal_request_uses_the_defaults() -> None:
    request = PlanRequest.from_args(BASE)
    assert request.interviewer_tz is None
    assert request.zone == LONDON
    assert request.timeline is None
    assert request.working_days == DEFAULT_WORKING_DAYS
    assert request.working_hours == DEFAULT_WORKING_HOURS
    assert request.holidays == ()
    assert request.now == at("2026-12-01T15:30")


# --------------------------------------------------------------------------- the guide's examples


def test_deadline_friday_puts_the_check_in_on_monday() -> None:
    plan = plan_for(timeline={"by": "2026-12-04"})
    assert [step.kind for step in plan.steps] == ["thank_you", "check_in", "final_follow_up"]
    assert local(plan, 0) == "2026-12-02 09:00 Wed"  # 17:00 Tuesday is already after hours
    assert local(plan, 1) == "2026-12-07 10:00 Mon"
    assert local(plan, 2) == "2026-12-14 10:00 Mon"
    assert plan.stop.after == at("2026-12-21T10:00")
    assert plan.deadline == date(2026, 12, 4)
    assert "Friday 4 December" in plan.steps[1].reason


def test_no_timeline_means_five_working_days() -> None:
    plan = plan_for()
    assert local(plan, 1) == "2026-12-08 10:00 Tue"
    assert local(plan, 2) == "2026-12-15 10:00 Tue"
    assert plan.deadline is None
    assert "No decision date" in plan.steps[1].reason


@pytest.mark.parametrize(
    ("timeline", "deadline", "check_in"),
    [
        ({"within": 2, "unit": "weeks"}, "2026-12-15", "2026-12-16 10:00 Wed"),
        ({"within": 3, "unit": "days"}, "2026-12-04", "2026-12-07 10:00 Mon"),
        ({"within": 3, "unit": "working_days"}, "2026-12-04", "2026-12-07 10:00 Mon"),
        ({"within": 5, "unit": "working_days"}, "2026-12-08", "2026-12-09 10:00 Wed"),
        ({"within": 5, "unit": "days"}, "2026-12-06", "2026-12-07 10:00 Mon"),  # a Sunday
        ({"within": 1, "unit": "weeks"}, "2026-12-08", "2026-12-09 10:00 Wed"),
    ],
)
def test_spans_count_from_the_interview_date(
    timeline: dict[str, Any], deadline: str, check_in: str
) -> None:
    plan = plan_for(timeline=timeline)
    assert plan.deadline == date.fromisoformat(deadline)
    assert local(plan, 1) == check_in
    assert "within" in plan.steps[1].reason


def test_a_span_of_working_days_skips_holidays() -> None:
    plan = plan_for(timeline={"within": 3, "unit": "working_days"}, holidays=["2026-12-03"])
    assert plan.deadline == date(2026, 12, 7)
    assert local(plan, 1) == "2026-12-08 10:00 Tue"


def test_a_deadline_on_the_interview_day_still_waits_for_the_thank_you_window() -> None:
    plan = plan_for(timeline={"by": "2026-12-01"})
    # The first working day after the deadline is Wednesday, but the thank-you
    # window runs to Thursday 15:00, so the check-in moves to Friday morning.
    assert local(plan, 0) == "2026-12-02 09:00 Wed"
    assert local(plan, 1) == "2026-12-04 10:00 Fri"
    assert "thank-you window" in plan.steps[1].reason


# --------------------------------------------------------------------------- the thank-you


def test_thank_you_waits_at_least_two_hours_inside_working_hours() -> None:
    plan = plan_for(interview_end="2026-12-01T10:00", now="2026-12-01T10:00")
    assert local(plan, 0) == "2026-12-01 12:00 Tue"
    assert plan.steps[0].fallback is False


def test_friday_afternoon_with_time_left_is_sent_on_friday() -> None:
    plan = plan_for(interview_end="2026-12-04T14:00", now="2026-12-04T14:00")
    assert local(plan, 0) == "2026-12-04 16:00 Fri"


def test_friday_late_afternoon_waits_for_their_monday_never_the_weekend() -> None:
    # Monday 09:00 is 65 hours away, outside the 48-hour window: later, never earlier.
    plan = plan_for(interview_end="2026-12-04T16:00", now="2026-12-04T16:00")
    step = plan.steps[0]
    assert local(plan, 0) == "2026-12-07 09:00 Mon"
    assert step.fallback is True
    assert "because of their weekend" in step.reason
    assert "later, never earlier" in step.reason
    assert step.window_end == at("2026-12-07T17:00")
    assert local(plan, 1) == "2026-12-11 10:00 Fri"  # five working days after Friday


def test_friday_evening_waits_for_monday_morning() -> None:
    plan = plan_for(interview_end="2026-12-04T19:00", now="2026-12-04T19:00")
    assert local(plan, 0) == "2026-12-07 09:00 Mon"
    assert plan.steps[0].fallback is True


def test_a_new_york_interviewer_on_friday_evening_london_time_gets_monday() -> None:
    plan = plan_for(
        interview_end="2026-12-04T21:00",
        now="2026-12-04T21:00",
        interviewer_tz="America/New_York",
    )
    step = plan.steps[0]
    assert step.recommended == datetime(2026, 12, 7, 9, tzinfo=NEW_YORK)
    assert step.recommended_candidate == at("2026-12-07T14:00")
    assert "Monday 7 December 2026, 14:00 your time (09:00 theirs)" in describe_plan_text(plan)


def test_working_days_that_exclude_the_whole_window_wait_for_the_next_one() -> None:
    plan = plan_for(working_days=[1])  # Mondays only; the interview is on a Tuesday
    assert plan.steps[0].fallback is True
    assert local(plan, 0) == "2026-12-07 09:00 Mon"
    assert local(plan, 1) == "2027-01-04 10:00 Mon"  # the fifth Monday after
    assert local(plan, 2) == "2027-02-08 10:00 Mon"


def test_a_sunday_to_thursday_week() -> None:
    plan = plan_for(
        interview_end="2026-12-02T16:00",  # Wednesday
        now="2026-12-02T16:00",
        working_days=[7, 1, 2, 3, 4],
        candidate_tz="Asia/Jerusalem",
        timeline={"within": 2, "unit": "working_days"},
    )
    assert local(plan, 0) == "2026-12-03 09:00 Thu"
    assert plan.deadline == date(2026, 12, 6)  # Thursday, then Sunday
    assert local(plan, 1) == "2026-12-07 10:00 Mon"


def test_holidays_are_skipped() -> None:
    plan = plan_for(holidays=["2026-12-02"])
    assert local(plan, 0) == "2026-12-03 09:00 Thu"
    assert local(plan, 1) == "2026-12-09 10:00 Wed"


def test_the_christmas_break() -> None:
    holidays = ["2026-12-24", "2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30"]
    holidays += ["2026-12-31", "2027-01-01"]
    plan = plan_for(
        interview_end="2026-12-23T11:00",
        now="2026-12-23T12:00",
        timeline={"by": "2026-12-24"},
        holidays=holidays,
    )
    assert local(plan, 0) == "2026-12-23 13:00 Wed"
    assert local(plan, 1) == "2027-01-04 10:00 Mon"
    assert local(plan, 2) == "2027-01-11 10:00 Mon"


def test_short_working_hours_keep_the_check_in_inside_them() -> None:
    plan = plan_for(working_hours=["09:00", "09:30"])
    assert local(plan, 1) == "2026-12-08 09:15 Tue"


def test_custom_working_hours_move_the_check_in_hour() -> None:
    plan = plan_for(working_hours=["08:30", "16:30"], timeline={"by": "2026-12-04"})
    assert local(plan, 0) == "2026-12-02 08:30 Wed"
    assert local(plan, 1) == "2026-12-07 09:30 Mon"


# --------------------------------------------------------------------------- two time zones


def test_interviewer_in_new_york_gets_the_note_the_same_afternoon() -> None:
    plan = plan_for(interviewer_tz="America/New_York", timeline={"by": "2026-12-04"})
    thank_you = plan.steps[0]
    assert thank_you.recommended.isoformat(timespec="minutes") == "2026-12-01T12:00-05:00"
    assert thank_you.recommended_candidate.isoformat(timespec="minutes") == (
        "2026-12-01T17:00+00:00"
    )
    assert local(plan, 1) == "2026-12-07 10:00 Mon"
    assert plan.steps[1].recommended_candidate.strftime("%H:%M") == "15:00"
    assert thank_you.window_start.isoformat(timespec="minutes") == "2026-12-01T10:00-05:00"


def test_interviewer_in_tokyo_is_a_day_ahead() -> None:
    plan = plan_for(interviewer_tz="Asia/Tokyo", timeline={"by": "2026-12-02"})
    # 15:00 in London is 00:00 on Wednesday in Tokyo: the interview's date there is the 2nd.
    assert local(plan, 0) == "2026-12-02 09:00 Wed"
    assert plan.steps[0].recommended_candidate.strftime("%a %H:%M") == "Wed 00:00"
    assert local(plan, 1) == "2026-12-04 10:00 Fri"  # after the 48-hour window, too


def test_a_deadline_is_judged_by_the_interviewers_date() -> None:
    # In Tokyo the interview was on the 2nd, so "by the 1st" is before it.
    with pytest.raises(InputError) as caught:
        PlanRequest.from_args(
            {**BASE, "interviewer_tz": "Asia/Tokyo", "timeline": {"by": "2026-12-01"}}
        )
    assert caught.value.field == "timeline.by"


def test_now_with_an_offset_is_that_instant() -> None:
    request = PlanRequest.from_args({**BASE, "now": "2026-12-01T10:30-05:00"})
    assert request.now == at("2026-12-01T15:30")


def test_interview_end_with_an_offset_is_that_instant() -> None:
    plan = plan_for(interview_end="2026-12-01T10:00-05:00")
    assert plan.interview_end == at("2026-12-01T15:00")
    assert local(plan, 0) == "2026-12-02 09:00 Wed"


def test_interview_end_is_kept_to_the_minute() -> None:
    request = PlanRequest.from_args({**BASE, "interview_end": "2026-12-01T15:00:42.5"})
    assert request.interview_end == datetime(2026, 12, 1, 15, 0)


# --------------------------------------------------------------------------- clock changes


def test_resolve_local_moves_a_skipped_time_forward_by_the_gap() -> None:
    resolved = resolve_local(datetime(2026, 3, 8, 2, 30), NEW_YORK)
    assert resolved.shifted
    assert not resolved.ambiguous
    assert resolved.instant.isoformat() == "2026-03-08T03:30:00-04:00"
    lord_howe = resolve_local(datetime(2026, 10, 4, 2, 15), ZoneInfo("Australia/Lord_Howe"))
    assert lord_howe.instant.isoformat() == "2026-10-04T02:45:00+11:00"  # a 30-minute gap
    havana = resolve_local(datetime(2026, 3, 8, 0, 30), ZoneInfo("America/Havana"))
    assert havana.instant.isoformat() == "2026-03-08T01:30:00-04:00"  # the gap is at midnight


def test_resolve_local_takes_the_first_of_a_repeated_time() -> None:
    resolved = resolve_local(datetime(2026, 11, 1, 1, 30), NEW_YORK)
    assert resolved.ambiguous
    assert not resolved.shifted
    assert resolved.instant.utcoffset() == timedelta(hours=-4)
    london = resolve_local(datetime(2026, 10, 25, 1, 15), LONDON)
    assert london.instant.astimezone(UTC) == datetime(2026, 10, 25, 0, 15, tzinfo=UTC)


def test_resolve_local_leaves_ordinary_times_alone() -> None:
    resolved = resolve_local(datetime(2026, 12, 1, 15, 0), LONDON)
    assert not resolved.shifted
    assert not resolved.ambiguous
    assert resolved.instant == at("2026-12-01T15:00")


def test_an_interview_ending_in_a_gap_is_moved_forward_and_noted() -> None:
    plan = plan_for(
        interview_end="2026-03-08T02:30",
        candidate_tz="America/New_York",
        now="2026-03-08T12:00",
    )
    assert plan.interview_end.isoformat(timespec="minutes") == "2026-03-08T03:30-04:00"
    assert len(plan.notes) == 1
    assert "03:30" in plan.notes[0]


def test_an_interview_ending_in_a_fold_takes_the_first_one_and_says_so() -> None:
    plan = plan_for(
        interview_end="2026-11-01T01:30",
        candidate_tz="America/New_York",
        now="2026-11-01T12:00",
    )
    assert plan.interview_end.utcoffset() == timedelta(hours=-4)
    assert "twice" in plan.notes[0]


def test_working_hours_starting_in_a_gap_start_when_the_clock_exists() -> None:
    plan = plan_for(
        interview_end="2026-03-07T23:00",  # Saturday night
        candidate_tz="America/New_York",
        now="2026-03-07T23:00",
        working_days=[1, 2, 3, 4, 5, 6, 7],
        working_hours=["02:30", "17:00"],
    )
    assert plan.steps[0].recommended.isoformat(timespec="minutes") == "2026-03-08T03:30-04:00"


def test_a_check_in_across_the_spring_change_keeps_its_wall_time() -> None:
    plan = plan_for(
        interview_end="2027-03-23T15:00",
        now="2027-03-23T15:00",
        timeline={"by": "2027-03-26"},
    )
    assert local(plan, 1) == "2027-03-29 10:00 Mon"
    assert plan.steps[1].recommended.utcoffset() == timedelta(hours=1)  # BST now


# --------------------------------------------------------------------------- leap days


def test_a_leap_day_interview() -> None:
    plan = plan_for(
        interview_end="2028-02-29T15:00",
        now="2028-02-29T16:00",
        timeline={"within": 1, "unit": "days"},
    )
    assert plan.deadline == date(2028, 3, 1)
    assert local(plan, 0) == "2028-03-01 09:00 Wed"
    assert local(plan, 1) == "2028-03-03 10:00 Fri"


def test_a_leap_day_holiday() -> None:
    plan = plan_for(
        interview_end="2028-02-28T15:00", now="2028-02-28T15:00", holidays=["2028-02-29"]
    )
    assert local(plan, 0) == "2028-03-01 09:00 Wed"
    assert local(plan, 1) == "2028-03-07 10:00 Tue"


# --------------------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("now", "kind", "phrase", "step"),
    [
        ("2026-12-01T14:00", "not_yet_held", "hasn't finished", "thank_you"),
        ("2026-12-01T15:30", "wait", "Wait until Wednesday 2 December, 09:00 to send", "thank_you"),
        ("2026-12-02T09:00", "send_thank_you", "Send your thank-you note now", "thank_you"),
        ("2026-12-03T14:59", "send_thank_you", "before Thursday 3 December, 15:00", "thank_you"),
        (
            "2026-12-03T15:00",
            "wait",
            "Wait until Monday 7 December, 10:00 to check in.",
            "check_in",
        ),
        ("2026-12-07T10:00", "check_in", "Monday 14 December, 10:00", "check_in"),
        (
            "2026-12-14T10:00",
            "final_follow_up",
            "After Monday 21 December, 10:00",
            "final_follow_up",
        ),
        ("2026-12-21T10:00", "stop", "Stop and move on", None),
        ("2027-06-01T10:00", "stop", "Stop and move on", None),
    ],
)
def test_status_follows_now(now: str, kind: str, phrase: str, step: str | None) -> None:
    plan = plan_for(now=now, timeline={"by": "2026-12-04"})
    assert plan.status.kind == kind
    assert phrase in plan.status.message
    assert plan.status.step == step
    assert plan.to_json()["status"]["step"] == step


def test_status_times_are_in_the_candidates_zone() -> None:
    plan = plan_for(
        interviewer_tz="America/New_York", timeline={"by": "2026-12-04"}, now="2026-12-04T12:00"
    )
    assert plan.status.message == "Wait until Monday 7 December, 15:00 to check in."
    assert plan.status.until == at("2026-12-07T15:00")


def test_status_names_the_year_only_when_it_changes() -> None:
    plan = plan_for(working_days=[1], now="2026-12-08T16:00")
    assert plan.status.message == "Wait until Monday 4 January 2027, 10:00 to check in."


def test_messages_are_whole_sentences() -> None:
    for key, template in MESSAGES.items():
        first = template.strip()[0]
        assert first.isupper() or first == "{", key
        assert template.rstrip().endswith("."), key


# --------------------------------------------------------------------------- output


def test_to_json_has_the_contract_shape() -> None:
    result = plan_for(interviewer_tz="America/New_York", timeline={"by": "2026-12-04"}).to_json()
    json.dumps(result)
    iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d$")
    for step in result["steps"]:
        assert set(step) >= {
            "kind",
            "title",
            "recommended",
            "recommended_candidate",
            "window_start",
            "window_end",
            "reason",
        }
        for key in ("recommended", "recommended_candidate", "window_start", "window_end"):
            assert iso.match(step[key]), step[key]
        assert step["recommended"].endswith("-05:00")
        assert step["recommended_candidate"].endswith("+00:00")
    assert [step["title"] for step in result["steps"]] == [
        "Send your thank-you note",
        "Check in",
        "Final follow-up",
    ]
    assert set(result["status"]) >= {"kind", "message"}
    assert set(result["stop"]) == {"after", "message"}
    assert result["deadline"] == "2026-12-04"
    assert result["interviewer_tz"] == "America/New_York"


def test_check_in_window_ends_at_the_final_follow_up() -> None:
    plan = plan_for()
    thank, check, final = plan.steps
    assert thank.window_start == at("2026-12-01T15:00")
    assert thank.window_end == at("2026-12-03T15:00")
    assert check.window_start == check.recommended
    assert check.window_end == final.recommended
    assert final.window_end == plan.stop.after


def test_describe_plan_text_shows_both_zones_and_the_status() -> None:
    plan = plan_for(interviewer_tz="America/New_York", timeline={"by": "2026-12-04"})
    text = describe_plan_text(plan)
    assert "Europe/London" in text
    assert "America/New_York" in text
    assert (
        "1. Send your thank-you note: Tuesday 1 December 2026, 17:00 your time (12:00 theirs)"
        in (text)
    )
    assert "Monday 7 December 2026, 15:00 your time (10:00 theirs)" in text
    assert "Now: " + plan.status.message in text
    assert "Then stop" in text


def test_describe_plan_text_in_one_zone() -> None:
    text = describe_plan_text(plan_for())
    assert "times in Europe/London" in text
    assert "theirs" not in text


def test_format_moment() -> None:
    assert format_moment(datetime(2026, 12, 7, 10, 0), 2026) == "Monday 7 December, 10:00"
    assert format_moment(datetime(2026, 12, 7, 10, 0)) == "Monday 7 December 2026, 10:00"


def test_to_args_reads_back_to_the_same_request() -> None:
    args = {
        **BASE,
        "interviewer_tz": "America/New_York",
        "timeline": {"within": 2, "unit": "weeks"},
        "working_days": [5, 1, 2],
        "working_hours": ["08:30", "16:00"],
        "holidays": ["2026-12-25", "2026-12-24", "2026-12-25"],
    }
    request = PlanRequest.from_args(args)
    assert request.working_days == (1, 2, 5)
    assert request.holidays == (date(2026, 12, 24), date(2026, 12, 25))
    assert PlanRequest.from_args(request.to_args()) == request


def test_requests_can_be_built_directly() -> None:
    request = PlanRequest(
        interview_end=datetime(2026, 12, 1, 15, 0),
        candidate_tz=LONDON,
        timeline=Timeline(by=date(2026, 12, 4)),
        grace_working_days=1,
        now=at("2026-12-01T15:30"),
    )
    assert make_plan(request) == plan_for(timeline={"by": "2026-12-04"})
    later = dataclasses.replace(request, now=at("2026-12-07T11:00"))
    assert make_plan(later).status.kind == "check_in"


# --------------------------------------------------------------------------- the options


def test_option_defaults_are_the_documented_ones() -> None:
    assert GRACE_WORKING_DAYS == 2
    assert GRACE_RANGE == (1, 10)
    assert timedelta(hours=1) == IMMINENT_MIN_DELAY
    assert timedelta(hours=4) == IMMINENT_WINDOW
    assert list(CADENCES) == ["usual", "slow"]
    assert (CADENCES["slow"].check_in_after, CADENCES["slow"].final_after) == (10, 10)
    request = PlanRequest.from_args({**BASE, "grace_working_days": None})
    assert request.grace_working_days == GRACE_WORKING_DAYS
    assert (request.pace, request.decision_imminent) == ("usual", False)


def test_by_default_a_friday_deadline_gets_two_working_days_of_grace() -> None:
    plan = plan_for(timeline={"by": "2026-12-04"}, grace_working_days=None)
    assert local(plan, 1) == "2026-12-08 10:00 Tue"  # Monday, then Tuesday
    assert "second working day after" in plan.steps[1].reason
    assert local(plan, 2) == "2026-12-15 10:00 Tue"


@pytest.mark.parametrize(
    ("grace", "expected", "nth"),
    [
        (1, "2026-12-07 10:00 Mon", "first"),
        (3, "2026-12-09 10:00 Wed", "third"),
        (5, "2026-12-11 10:00 Fri", "fifth"),  # "a week after the date"
        (10, "2026-12-18 10:00 Fri", "tenth"),
    ],
)
def test_the_grace_is_counted_in_their_working_days(grace: int, expected: str, nth: str) -> None:
    plan = plan_for(timeline={"by": "2026-12-04"}, grace_working_days=grace)
    assert local(plan, 1) == expected
    assert f"the {nth} working day after" in plan.steps[1].reason


def test_the_grace_skips_holidays_and_applies_to_spans_too() -> None:
    plan = plan_for(
        timeline={"within": 2, "unit": "weeks"},  # ends Tuesday 15 December
        grace_working_days=2,
        holidays=["2026-12-16"],
    )
    assert local(plan, 1) == "2026-12-18 10:00 Fri"  # Thursday 17, then Friday 18


def test_the_grace_does_not_touch_a_plan_without_a_date() -> None:
    assert plan_for(grace_working_days=1) == plan_for(grace_working_days=7)


def test_an_imminent_decision_puts_the_thank_you_within_hours() -> None:
    plan = plan_for(
        interview_end="2026-12-01T11:00", now="2026-12-01T11:00", decision_imminent=True
    )
    thank_you = plan.steps[0]
    assert thank_you.recommended == at("2026-12-01T12:00")
    assert thank_you.window_end == at("2026-12-01T15:00")
    assert not thank_you.fallback
    assert thank_you.reason.startswith("They expect to decide very soon")
    assert "within 4 hours" in thank_you.reason
    assert "at least 1 hour after" in thank_you.reason
    usual = plan_for(interview_end="2026-12-01T11:00", now="2026-12-01T11:00")
    assert usual.steps[0].recommended == at("2026-12-01T13:00")  # two hours, 48-hour window


def test_an_imminent_decision_after_hours_goes_at_their_next_start() -> None:
    plan = plan_for(
        interview_end="2026-12-01T16:30", now="2026-12-01T16:30", decision_imminent=True
    )
    thank_you = plan.steps[0]
    assert thank_you.recommended == at("2026-12-02T09:00")  # never outside their hours
    assert thank_you.fallback
    assert "start of their next working day" in thank_you.reason
    # No date, but "within a day or so": Wednesday is the date, and the grace follows it.
    assert plan.deadline == date(2026, 12, 2)
    assert local(plan, 1) == "2026-12-03 10:00 Thu"
    assert plan.steps[1].reason.startswith("They expect to decide within a day or so")
    assert "No decision date was given" not in plan.steps[1].reason


def test_an_imminent_decision_with_a_next_day_deadline() -> None:
    plan = plan_for(
        interview_end="2026-12-01T15:00",
        decision_imminent=True,
        timeline={"by": "2026-12-02"},
        grace_working_days=None,
    )
    assert plan.steps[0].recommended == at("2026-12-01T16:00")
    assert local(plan, 1) == "2026-12-04 10:00 Fri"  # Thursday 3, then Friday 4


def test_a_slow_sector_doubles_every_gap() -> None:
    usual = plan_for()
    slow = plan_for(pace="slow")
    assert usual.steps[0] == slow.steps[0]
    assert local(usual, 1) == "2026-12-08 10:00 Tue"
    assert local(slow, 1) == "2026-12-15 10:00 Tue"  # ten working days
    assert local(slow, 2) == "2026-12-29 10:00 Tue"
    assert slow.stop.after.date() == date(2027, 1, 12)
    assert "10 working days after the interview" in slow.steps[1].reason
    assert "tends to decide slowly" in slow.steps[1].reason
    assert "10 working days later" in slow.steps[2].reason


def test_a_slow_sector_keeps_the_grace_after_a_stated_date() -> None:
    slow = plan_for(pace="slow", timeline={"by": "2026-12-04"}, grace_working_days=None)
    assert local(slow, 1) == "2026-12-08 10:00 Tue"
    assert local(slow, 2) == "2026-12-22 10:00 Tue"


def test_the_options_read_back_from_their_args() -> None:
    args = {**BASE, "grace_working_days": 4, "pace": "slow", "decision_imminent": True}
    request = PlanRequest.from_args(args)
    assert (request.grace_working_days, request.pace, request.decision_imminent) == (
        4,
        "slow",
        True,
    )
    assert PlanRequest.from_args(request.to_args()) == request


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"candidate_tz": "Mars/Olympus"}, "candidate_tz", "unknown_zone"),
        ({"candidate_tz": None}, "candidate_tz", "required"),
        ({"interviewer_tz": "Nowhere/Land"}, "interviewer_tz", "unknown_zone"),
        ({"interviewer_tz": 5}, "interviewer_tz", None),
        ({"interview_end": "2026-02-30T10:00"}, "interview_end", "invalid"),
        ({"interview_end": "2026-12-01T25:00"}, "interview_end", "invalid"),
        ({"interview_end": 1_700_000_000}, "interview_end", "type"),
        ({"interview_end": None}, "interview_end", "required"),
        ({"interview_end": "1800-01-01T10:00"}, "interview_end", "range"),
        ({"interview_end": "9999-12-31T23:59"}, "interview_end", "range"),
        ({"now": "yesterday"}, "now", "invalid"),
        ({"now": 12}, "now", "type"),
        ({"now": None}, "now", "required"),
        ({"holidays": ["2026-12-24", "2026-12-25", "2026-13-01"]}, "holidays.2", "invalid"),
        ({"holidays": ["2026-12-24", 20261225]}, "holidays.1", None),
        ({"holidays": "2026-12-25"}, "holidays", "type"),
        ({"holidays": {"a": 1}}, "holidays", "type"),
        ({"holidays": ["2026-12-25"] * (MAX_HOLIDAYS + 1)}, "holidays", "too_long"),
        ({"timeline": "by Friday"}, "timeline", "type"),
        ({"timeline": ["2026-12-04"]}, "timeline", "type"),
        ({"timeline": {"by": "2026-11-30"}}, "timeline.by", "before_interview"),
        ({"timeline": {"by": "2026-02-30"}}, "timeline.by", "invalid"),
        ({"timeline": {"by": "2028-01-01"}}, "timeline.by", "range"),
        ({"timeline": {"by": 20261204}}, "timeline.by", "type"),
        ({"timeline": {"by": "2026-12-04", "within": 2, "unit": "days"}}, "timeline", None),
        ({"timeline": {"within": -3, "unit": "days"}}, "timeline.within", "range"),
        ({"timeline": {"within": 0, "unit": "days"}}, "timeline.within", "range"),
        ({"timeline": {"within": 366, "unit": "days"}}, "timeline.within", "range"),
        ({"timeline": {"within": 53, "unit": "weeks"}}, "timeline.within", "range"),
        ({"timeline": {"within": 261, "unit": "working_days"}}, "timeline.within", "range"),
        ({"timeline": {"within": 10**100, "unit": "days"}}, "timeline.within", "range"),
        ({"timeline": {"within": 2.5, "unit": "days"}}, "timeline.within", "type"),
        ({"timeline": {"within": "2", "unit": "days"}}, "timeline.within", "type"),
        ({"timeline": {"within": True, "unit": "days"}}, "timeline.within", "type"),
        ({"timeline": {"within": 2, "unit": "fortnights"}}, "timeline.unit", "invalid"),
        ({"timeline": {"within": 2}}, "timeline.unit", "invalid"),
        ({"timeline": {"within": 2, "unit": ["days"]}}, "timeline.unit", "invalid"),
        ({"timeline": {"unit": "days"}}, "timeline.within", "required"),
        ({"working_days": []}, "working_days", "required"),
        ({"working_days": "12345"}, "working_days", "type"),
        ({"working_days": [0]}, "working_days.0", "invalid"),
        ({"working_days": [1, 8]}, "working_days.1", "invalid"),
        ({"working_days": [1, "2"]}, "working_days.1", "invalid"),
        ({"working_days": [True]}, "working_days.0", "invalid"),
        ({"working_days": [1, 2, 1]}, "working_days.2", "duplicate"),
        ({"working_days": [1, 2, 3, 4, 5, 6, 7, 1]}, "working_days", "too_long"),
        ({"working_hours": ["17:00", "09:00"]}, "working_hours", "invalid"),
        ({"working_hours": ["09:00", "09:00"]}, "working_hours", "invalid"),
        ({"working_hours": ["9am", "5pm"]}, "working_hours", "invalid"),
        ({"working_hours": ["09:00", "24:00"]}, "working_hours", "invalid"),
        ({"working_hours": ["09:00"]}, "working_hours", "type"),
        ({"working_hours": "09:00-17:00"}, "working_hours", "type"),
        ({"working_hours": [9, 17]}, "working_hours", "type"),
        ({"grace_working_days": 0}, "grace_working_days", "range"),
        ({"grace_working_days": 11}, "grace_working_days", "range"),
        ({"grace_working_days": 2.5}, "grace_working_days", "type"),
        ({"grace_working_days": "2"}, "grace_working_days", "type"),
        ({"grace_working_days": True}, "grace_working_days", "type"),
        ({"pace": "glacial"}, "pace", "invalid"),
        ({"pace": ["slow"]}, "pace", "invalid"),
        ({"decision_imminent": "yes"}, "decision_imminent", "type"),
        ({"decision_imminent": 1}, "decision_imminent", "type"),
    ],
)
def test_bad_input_names_its_field(changes: dict[str, Any], field: str, code: str | None) -> None:
    with pytest.raises(InputError) as caught:
        PlanRequest.from_args({**BASE, **changes})
    error = caught.value
    assert error.field == field
    if code is not None:
        assert error.code == code
    assert error.message[0].isupper() or error.message[0] == "“"
    assert error.message.rstrip().endswith((".", "?"))


@pytest.mark.parametrize("args", [None, "plan", 42, ["interview_end"]])
def test_arguments_must_be_an_object(args: Any) -> None:
    with pytest.raises(InputError) as caught:
        PlanRequest.from_args(args)
    assert caught.value.field == "args"


def test_empty_timeline_fields_mean_no_timeline() -> None:
    assert PlanRequest.from_args({**BASE, "timeline": {}}).timeline is None
    assert PlanRequest.from_args({**BASE, "timeline": {"by": None}}).timeline is None
    assert PlanRequest.from_args({**BASE, "interviewer_tz": ""}).interviewer_tz is None


def test_a_calendar_without_working_days_is_refused_not_looped() -> None:
    mondays = [(date(2026, 12, 7) + timedelta(weeks=week)).isoformat() for week in range(60)]
    request = PlanRequest.from_args({**BASE, "working_days": [1], "holidays": mondays})
    with pytest.raises(InputError) as caught:
        make_plan(request)
    assert caught.value.field == "holidays"
    assert caught.value.code == "no_working_day"
    assert "400 days" in caught.value.message


def test_far_years_are_fine() -> None:
    plan = plan_for(interview_end="2199-12-31T23:00", now="2199-12-31T23:30")
    assert plan.steps[2].recommended.year == 2200
    old = plan_for(
        interview_end="1900-01-02T15:00", now="1900-01-02T15:30", candidate_tz="Asia/Kathmandu"
    )
    assert old.steps[1].recommended.strftime("%H:%M") == "10:00"


# --------------------------------------------------------------------------- display


def test_display_gives_every_step_on_both_clocks() -> None:
    plan = plan_for(interviewer_tz="America/New_York", timeline={"by": "2026-12-04"})
    shown = plan.to_json()["display"]
    assert shown["same_zone"] is False
    assert len(shown["steps"]) == len(plan.steps)
    check_in = shown["steps"][1]["when"]
    assert check_in == {
        "yours": "Monday 7 December, 15:00 GMT",
        "theirs": "Monday 7 December, 10:00 EST",
    }
    assert shown["interview_end"]["theirs"] == "Tuesday 1 December, 10:00 EST"
    assert shown["stop"]["yours"] == format_zoned(plan.stop.after.astimezone(LONDON), 2026)


def test_display_leaves_theirs_out_when_the_zone_is_shared() -> None:
    shown = plan_for().to_json()["display"]
    assert shown["same_zone"] is True
    assert all(step["when"]["theirs"] is None for step in shown["steps"])


def test_plan_json_carries_the_plain_text_for_copying() -> None:
    plan = plan_for(timeline={"within": 2, "unit": "weeks"})
    assert plan.to_json()["text"] == describe_plan_text(plan)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kathmandu", "Monday 7 December, 10:00 UTC+05:45"),
        ("America/St_Johns", "Monday 7 December, 10:00 NST"),
        ("Europe/Berlin", "Monday 7 December, 10:00 CET"),
        ("America/Sao_Paulo", "Monday 7 December, 10:00 UTC-03:00"),
    ],
)
def test_format_zoned_names_the_clock(zone: str, expected: str) -> None:
    moment = datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo(zone))
    assert format_zoned(moment, 2026) == expected


# ----------------------------------------------------------- what a draft takes from the plan


def test_the_plan_gives_the_builder_its_dates_as_the_guide_writes_them() -> None:
    details = plan_for(timeline={"by": "2026-12-11"}).to_json()["draft_details"]
    assert details == {"interview_date": "Tuesday 1 December", "timeline": "by Friday 11 December"}
    within = plan_for(timeline={"within": 2, "unit": "weeks"}).to_json()["draft_details"]
    assert within == {"interview_date": "Tuesday 1 December", "timeline": "within 2 weeks"}
    assert plan_for(timeline=None).to_json()["draft_details"]["timeline"] is None


def test_a_date_in_another_year_keeps_its_year() -> None:
    details = plan_for(timeline={"by": "2027-01-08"}).to_json()["draft_details"]
    assert details["timeline"] == "by Friday 8 January 2027"


def test_contact_and_company_must_be_text() -> None:
    with pytest.raises(InputError) as caught:
        PlanRequest.from_args({**BASE, "contact": ["Daniel"]})
    assert caught.value.field == "contact"
    request = PlanRequest.from_args({**BASE, "contact": " Daniel Okafor ", "company": "Harbor"})
    assert (request.contact, request.company) == ("Daniel Okafor", "Harbor")


def test_interviewers_names_are_text_in_a_list_and_blanks_are_dropped() -> None:
    request = PlanRequest.from_args({**BASE, "interviewers": [" Ana Ruiz ", "", "Ben Ode"]})
    assert request.interviewers == ("Ana Ruiz", "Ben Ode")
    with pytest.raises(InputErrors) as caught:
        PlanRequest.from_args({**BASE, "interviewers": ["Ana", 7, "x" * 1001]})
    assert [error.field for error in caught.value.errors] == [
        "interviewers.1.name",
        "interviewers.2.name",
    ]
    with pytest.raises(InputError) as single:
        PlanRequest.from_args({**BASE, "interviewers": "Ana Ruiz"})
    assert single.value.field == "interviewers"
    with pytest.raises(InputError) as many:
        PlanRequest.from_args({**BASE, "interviewers": ["A"] * 11})
    assert many.value.code == "too_long"


def test_every_bad_field_is_reported_at_once() -> None:
    args = {**BASE, "candidate_tz": "Mars/Base", "grace_working_days": 99, "holidays": ["x"]}
    with pytest.raises(InputError) as caught:
        PlanRequest.from_args(args)
    fields = [error.field for error in getattr(caught.value, "errors", ())]
    assert fields[0] == caught.value.field == "candidate_tz"
    assert {"candidate_tz", "grace_working_days"} <= set(fields)
    assert any(field.startswith("holidays") for field in fields)
