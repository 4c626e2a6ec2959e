"""Properties of the interviewer's calendar: holidays, weekends and the reader's night.

Over interview times, pairs of zones in both hemispheres and across clock
changes, countries and their regions (tables from the ``holidays`` package) and
every option: a holiday never brings a message sooner, counts of working days
skip holidays, and the reasons never contradict the times.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import given
from test_timing_properties import FAST, build, days_off, plan_args, utc

from followup_core.timing import (
    CADENCES,
    READER_NIGHT,
    WRITE_BY,
    PlanRequest,
    format_moment,
    make_plan,
    resolve_local,
)


def working_days_between(request: PlanRequest, first: date, last: date) -> int:
    """The interviewer's working days in ``(first, last]``."""
    off = days_off(request)
    span = (first + timedelta(days=n) for n in range(1, (last - first).days + 1))
    return sum(1 for day in span if day.isoweekday() in request.working_days and day not in off)


@FAST
@given(plan_args())
def test_no_step_comes_earlier_because_of_a_holiday(args: dict[str, Any]) -> None:
    request, plan = build(args)
    plain = make_plan(dataclasses.replace(request, holidays=(), interviewer_public_holidays=None))
    for with_days_off, without in zip(plan.steps, plain.steps, strict=True):
        assert utc(with_days_off.recommended) >= utc(without.recommended), with_days_off.kind
    assert utc(plan.stop.after) >= utc(plain.stop.after)


@FAST
@given(plan_args())
def test_counts_of_working_days_skip_holidays(args: dict[str, Any]) -> None:
    request, plan = build({**args, "timeline": None, "decision_imminent": False})
    zone = request.zone
    cadence = CADENCES[request.pace]
    interview_day = plan.interview_end.astimezone(zone).date()
    check_day = plan.steps[1].recommended.astimezone(zone).date()
    final_day = plan.steps[2].recommended.astimezone(zone).date()
    counted = working_days_between(request, interview_day, check_day)
    if "thank-you window" in plan.steps[1].reason:
        assert counted >= cadence.check_in_after  # pushed past the thank-you's window
    else:
        assert counted == cadence.check_in_after
    assert working_days_between(request, check_day, final_day) == cadence.final_after


@FAST
@given(plan_args())
def test_the_reasons_never_contradict_the_times(args: dict[str, Any]) -> None:
    request, plan = build(args)
    zone, candidate = request.zone, request.candidate_tz
    own = request.candidate_public_holidays
    for step in plan.steps:
        mine = step.recommended.astimezone(candidate)
        clock = mine.time()
        at_night = clock >= READER_NIGHT[0] or clock < READER_NIGHT[1]
        # The night: said exactly when it is night on the reader's clock, with a time to write.
        assert ("in the night" in step.reason or "late at night" in step.reason) == at_night
        assert (step.write_by is not None) == at_night
        if step.write_by is not None:
            assert step.write_by < step.recommended
            assert utc(step.recommended) - utc(step.write_by) < timedelta(hours=12)
            evening = resolve_local(
                datetime.combine(step.write_by.date(), WRITE_BY), candidate
            ).instant
            assert utc(step.write_by) == utc(evening)
        # The reader's own holiday: named exactly when the moment falls on one.
        on_own = own is not None and mine.date() in own.days
        assert ("a public holiday where you are" in step.reason) == on_own
    thank_you = plan.steps[0]
    later = "start of their next working day" in thank_you.reason
    assert later == thank_you.fallback
    if later:
        # It says the next working day's start, and that is what it recommends.
        day = thank_you.recommended.astimezone(zone).date()
        start = resolve_local(datetime.combine(day, request.working_hours[0]), zone).instant
        assert utc(thank_you.recommended) == utc(start)
        if "their weekend" in thank_you.reason:
            end_day = plan.interview_end.astimezone(zone).date()
            between = [end_day + timedelta(days=n) for n in range((day - end_day).days)]
            assert any(d.isoweekday() not in request.working_days for d in between)
        public = request.interviewer_public_holidays
        if public is not None:
            end_day = plan.interview_end.astimezone(zone).date()
            year = utc(request.now).astimezone(candidate).year
            for holiday, name in public.days.items():
                words = format_moment(datetime.combine(holiday, time()), year).rsplit(",", 1)[0]
                named = f"{name} on {words}" in thank_you.reason
                # Named exactly when it stood between the interview and the note, on a weekday
                # they would otherwise work.
                in_the_way = end_day <= holiday < day
                working = holiday.isoweekday() in request.working_days
                assert named == (in_the_way and working), (holiday, name)
