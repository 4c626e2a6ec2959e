"""Properties of every schedule, over odd zones, clock changes, leap days and any input."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from holiday_tables import CODES, tables
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from followup_core.errors import InputError
from followup_core.timing import (
    CADENCES,
    GRACE_RANGE,
    IMMINENT_MIN_DELAY,
    IMMINENT_WINDOW,
    THANK_YOU_MIN_DELAY,
    THANK_YOU_WINDOW,
    Plan,
    PlanRequest,
    make_plan,
    resolve_local,
)

ZONES = (
    "Australia/Lord_Howe",  # a 30-minute clock change
    "Pacific/Kiritimati",  # UTC+14
    "Asia/Kathmandu",  # UTC+5:45
    "America/Havana",  # clocks change at midnight
    "Europe/London",
    "America/New_York",
    # Far apart and in both hemispheres, for the interviewer's and the reader's clocks.
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "Asia/Tokyo",
    "Europe/Berlin",
)
#: Days around clock changes in these zones, and a leap day.
ANCHORS = (
    date(2026, 3, 8),  # New York and Havana spring forward
    date(2026, 3, 29),  # London springs forward
    date(2026, 4, 5),  # Lord Howe falls back
    date(2026, 10, 4),  # Lord Howe springs forward
    date(2026, 10, 25),  # London falls back
    date(2026, 11, 1),  # New York and Havana fall back
    date(2028, 2, 29),
    date(2026, 12, 1),
    date(2026, 12, 24),  # Christmas and the new year: public holidays in most tables
    date(2026, 4, 2),  # Easter: holidays that move, in both hemispheres
)
KINDS = ["thank_you", "check_in", "final_follow_up"]
STATUS_ORDER = ["not_yet_held", "wait", "send_thank_you", "wait", "check_in", "final_follow_up"]

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def plan_args(draw: st.DrawFn) -> dict[str, Any]:
    """Valid ``plan`` arguments, leaning towards clock changes and leap days."""
    day = draw(
        st.one_of(
            st.builds(
                lambda anchor, shift: anchor + timedelta(days=shift),
                st.sampled_from(ANCHORS),
                st.integers(-3, 3),
            ),
            st.dates(date(2024, 1, 1), date(2032, 12, 31)),
        )
    )
    minute = draw(st.integers(0, 24 * 60 - 1))
    end = datetime.combine(day, time()) + timedelta(minutes=minute)
    start_minute = draw(st.integers(0, 24 * 60 - 2))
    end_minute = draw(st.integers(start_minute + 1, 24 * 60 - 1))
    args: dict[str, Any] = {
        "interview_end": end.isoformat(timespec="minutes"),
        "candidate_tz": draw(st.sampled_from(ZONES)),
        "interviewer_tz": draw(st.none() | st.sampled_from(ZONES)),
        "working_days": sorted(draw(st.sets(st.integers(1, 7), min_size=1))),
        "working_hours": draw(
            st.sampled_from([["09:00", "17:00"], ["00:00", "23:59"]])
            | st.just([_clock(start_minute), _clock(end_minute)])
        ),
        "holidays": [
            (day + timedelta(days=offset)).isoformat()
            for offset in draw(st.lists(st.integers(-1, 40), max_size=12))
        ],
        "timeline": draw(
            st.none()
            | st.builds(lambda n: {"by": (day + timedelta(days=n)).isoformat()}, st.integers(1, 40))
            | st.builds(
                lambda n, unit: {"within": n, "unit": unit},
                st.integers(1, 20),
                st.sampled_from(["days", "weeks", "working_days"]),
            )
        ),
        "now": (end + timedelta(minutes=draw(st.integers(-3 * 1440, 120 * 1440)))).isoformat(),
    }
    # Every option, each left out now and then so its default is exercised too.
    options = {
        "grace_working_days": st.integers(*GRACE_RANGE),
        "pace": st.sampled_from(list(CADENCES)),
        "decision_imminent": st.booleans(),
    }
    for name, values in options.items():
        if draw(st.booleans()):
            args[name] = draw(values)
    # Public holidays of both hemispheres (tables from the ``holidays`` package, kept).
    for name in ("candidate_country", "interviewer_country"):
        if draw(st.booleans()):
            args[name] = draw(st.sampled_from(CODES))
    countries = {args[name].split("-")[0] for name in args if name.endswith("_country")}
    if countries:
        args["public_holidays"] = {country: tables()[country] for country in countries}
    return args


def days_off(request: PlanRequest) -> set[date]:
    """Every day the interviewer does not work besides their weekend: listed and public."""
    public = request.interviewer_public_holidays
    return set(request.holidays) | (set(public.days) if public else set())


def build(args: dict[str, Any]) -> tuple[PlanRequest, Plan]:
    """The request and its plan; the rare calendar with no working days is set aside."""
    try:
        request = PlanRequest.from_args(args)
        return request, make_plan(request)
    except InputError as error:
        assume(error.code in {"no_working_day", "before_interview"})
        raise AssertionError("unreachable") from error


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def in_slot(moment: datetime, zone: ZoneInfo, hours: tuple[time, time]) -> bool:
    """``moment`` lies in ``[start, end)`` of its own local day's hours, resolved by the rule."""
    day = moment.astimezone(zone).date()
    start = resolve_local(datetime.combine(day, hours[0]), zone).instant
    end = resolve_local(datetime.combine(day, hours[1]), zone).instant
    return utc(start) <= utc(moment) < utc(end)


def interview_instant(request: PlanRequest) -> datetime:
    end = request.interview_end
    if end.tzinfo is None:
        return utc(resolve_local(end, request.candidate_tz).instant)
    return utc(end)


@FAST
@given(plan_args())
@example(
    {
        "interview_end": "2028-02-29T15:00",
        "candidate_tz": "Europe/London",
        "holidays": ["2028-02-29", "2028-03-01"],
        "timeline": {"within": 1, "unit": "days"},
        "now": "2028-02-29T16:00",
    }
)
def test_steps_are_three_and_strictly_ordered(args: dict[str, Any]) -> None:
    _, plan = build(args)
    assert [step.kind for step in plan.steps] == KINDS  # never more than three messages
    times = [utc(step.recommended) for step in plan.steps] + [utc(plan.stop.after)]
    assert times == sorted(times)
    assert len(set(times)) == len(times)
    for step in plan.steps:
        assert utc(step.recommended) == utc(step.recommended_candidate)
        assert utc(step.window_start) <= utc(step.recommended) <= utc(step.window_end)
    assert utc(plan.steps[1].window_end) == utc(plan.steps[2].recommended)
    assert utc(plan.steps[2].window_end) == utc(plan.stop.after)
    assert utc(plan.steps[1].recommended) >= utc(plan.steps[0].window_end)


@FAST
@given(plan_args())
def test_recommended_times_fall_in_working_hours_on_working_days(args: dict[str, Any]) -> None:
    request, plan = build(args)
    zone = request.zone
    end = interview_instant(request)
    thank_you = plan.steps[0]
    delay, window = (
        (IMMINENT_MIN_DELAY, IMMINENT_WINDOW)
        if request.decision_imminent
        else (THANK_YOU_MIN_DELAY, THANK_YOU_WINDOW)
    )
    if thank_you.fallback:
        # No working hour in the window: their next one, later than the window, never earlier.
        assert utc(thank_you.recommended) > end + window
    else:
        assert end + delay <= utc(thank_you.recommended) <= end + window
        assert utc(thank_you.window_end) == end + window
    off = days_off(request)
    for step in plan.steps:  # the thank-you too, whatever the hour the interview ended
        day = step.recommended.astimezone(zone).date()
        assert day.isoweekday() in request.working_days, step
        assert day not in off, step
        assert in_slot(step.recommended, zone, request.working_hours), step


@FAST
@given(plan_args())
def test_check_in_never_comes_before_the_deadline_day_ends(args: dict[str, Any]) -> None:
    request, plan = build(args)
    check_in = plan.steps[1]
    if request.timeline is None:
        if request.decision_imminent:
            # "Within a day or so": the date is their first working day after the interview.
            assert plan.deadline is not None
            interview_day = interview_instant(request).astimezone(request.zone).date()
            assert plan.deadline > interview_day
            between = (interview_day + timedelta(days=n) for n in range(1, 400))
            off = days_off(request)
            assert plan.deadline == next(
                day
                for day in between
                if day.isoweekday() in request.working_days and day not in off
            )
        else:
            assert plan.deadline is None
        return
    assert plan.deadline is not None
    if request.timeline.by is not None:
        assert plan.deadline == request.timeline.by
    day_after = resolve_local(
        datetime.combine(plan.deadline + timedelta(days=1), time()), request.zone
    )
    assert utc(check_in.recommended) >= utc(day_after.instant)
    check_day = check_in.recommended.astimezone(request.zone).date()
    assert check_day > plan.deadline
    # At least the grace's number of their working days lie after the date, up to the check-in.
    working = [
        plan.deadline + timedelta(days=n)
        for n in range(1, (check_day - plan.deadline).days + 1)
        if (plan.deadline + timedelta(days=n)).isoweekday() in request.working_days
        and plan.deadline + timedelta(days=n) not in days_off(request)
    ]
    assert len(working) >= request.grace_working_days


@FAST
@given(plan_args())
def test_a_slow_pace_never_brings_a_message_sooner(args: dict[str, Any]) -> None:
    request, plan = build({**args, "pace": "usual"})
    slow = make_plan(dataclasses.replace(request, pace="slow"))
    assert slow.steps[0] == plan.steps[0]
    for fast_step, slow_step in zip(plan.steps[1:], slow.steps[1:], strict=True):
        assert utc(slow_step.recommended) >= utc(fast_step.recommended)
    assert utc(slow.stop.after) > utc(plan.stop.after)


@FAST
@given(plan_args(), st.integers(*GRACE_RANGE), st.integers(*GRACE_RANGE))
def test_more_grace_never_brings_the_check_in_sooner(
    args: dict[str, Any], first: int, second: int
) -> None:
    request, _ = build(args)
    low, high = sorted((first, second))
    sooner = make_plan(dataclasses.replace(request, grace_working_days=low))
    later = make_plan(dataclasses.replace(request, grace_working_days=high))
    assert utc(later.steps[1].recommended) >= utc(sooner.steps[1].recommended)


@FAST
@given(plan_args())
def test_every_time_shown_exists_on_its_clock(args: dict[str, Any]) -> None:
    request, plan = build(args)
    result = json.loads(json.dumps(plan.to_json()))
    zones = {
        "recommended": request.zone,
        "recommended_candidate": request.candidate_tz,
        "window_start": request.zone,
        "window_end": request.zone,
    }
    for step in result["steps"]:
        for key, zone in zones.items():
            shown = datetime.fromisoformat(step[key])
            assert shown.tzinfo is not None
            # The wall time and offset shown are what the zone's clock reads at that instant.
            on_clock = shown.astimezone(zone)
            assert on_clock.replace(tzinfo=None) == shown.replace(tzinfo=None), (key, step[key])
            assert on_clock.utcoffset() == shown.utcoffset()
            # ...and reading that wall time back by the documented rule finds the same
            # instant, unless it is the second pass through a repeated hour.
            resolved = resolve_local(shown.replace(tzinfo=None), zone)
            if not resolved.ambiguous:
                assert utc(resolved.instant) == utc(shown)


@FAST
@given(plan_args(), st.data())
def test_status_moves_forward_through_the_schedule(
    args: dict[str, Any], data: st.DataObject
) -> None:
    request, plan = build(args)
    moments = sorted(
        data.draw(
            st.lists(
                st.integers(-2 * 1440, 200 * 1440).map(
                    lambda minutes: interview_instant(request) + timedelta(minutes=minutes)
                ),
                min_size=2,
                max_size=6,
            )
        )
    )
    order = [*STATUS_ORDER, "stop"]
    positions = []
    for moment in moments:
        status = make_plan(dataclasses.replace(request, now=moment)).status
        assert status.message
        kind = status.kind
        if kind == "wait":
            position = 1 if utc(moment) < utc(plan.steps[0].recommended) else 3
        else:
            position = order.index(kind)
        positions.append(position)
    assert positions == sorted(positions)


@FAST
@given(plan_args())
def test_requests_read_back_from_their_args(args: dict[str, Any]) -> None:
    request, _ = build(args)
    assert PlanRequest.from_args(json.loads(json.dumps(request.to_args()))) == request


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
plan_keys = st.sampled_from(
    [
        "grace_working_days",
        "pace",
        "decision_imminent",
        "interview_end",
        "candidate_tz",
        "interviewer_tz",
        "timeline",
        "working_days",
        "working_hours",
        "holidays",
        "now",
    ]
)
near_valid = st.fixed_dictionaries(
    {
        "interview_end": st.sampled_from(["2026-12-01T15:00", "2026-03-08T02:30", "x"])
        | json_values,
        "candidate_tz": st.sampled_from(ZONES) | json_values,
        "now": st.sampled_from(["2026-12-02T10:00", "2026-12-01T10:00+05:00"]) | json_values,
    },
    optional={
        "interviewer_tz": st.sampled_from(ZONES) | json_values,
        "timeline": st.fixed_dictionaries(
            {},
            optional={
                "by": st.sampled_from(["2026-12-04", "2026-11-30", "2027-02-29"]) | json_values,
                "within": st.integers(-5, 400) | json_values,
                "unit": st.sampled_from(["days", "weeks", "working_days", "months"]) | json_values,
            },
        )
        | json_values,
        "working_days": st.lists(st.integers(-1, 8), max_size=9) | json_values,
        "working_hours": st.lists(st.sampled_from(["09:00", "17:00", "25:00", "00:00"]), max_size=3)
        | json_values,
        "holidays": st.lists(st.sampled_from(["2026-12-02", "2026-02-30", "x"]), max_size=4)
        | json_values,
        "grace_working_days": st.integers(-1, 12) | json_values,
        "pace": st.sampled_from(["usual", "slow", "fast"]) | json_values,
        "decision_imminent": st.booleans() | json_values,
    },
)


@settings(max_examples=300, deadline=None)
@given(json_values | st.dictionaries(plan_keys, json_values, max_size=8) | near_valid)
def test_from_args_raises_nothing_but_input_error(args: Any) -> None:
    outcome = _plan_or_error(args)
    if isinstance(outcome, InputError):
        assert outcome.field
        assert outcome.message
    else:
        json.dumps(outcome.to_json())


def _plan_or_error(args: Any) -> Plan | InputError:
    try:
        return make_plan(PlanRequest.from_args(args))
    except InputError as error:  # anything else fails the test
        return error
