"""The follow-up schedule: when to thank, when to check in, when to stop.

Everything here is pure. The interview's end, the time zones and ``now`` are
passed in, so the same request gives the same plan in CPython and in the
browser. Working hours are judged in the interviewer's zone (a note should land
at a desk); every moment is also shown in the candidate's zone (that is when
they press send).

Local wall times that do not exist or occur twice (clock changes) are resolved
by one documented rule, :func:`resolve_local`, so no recommended time is ever a
time the interviewer's clock does not show.

Example (the guide's worked example: an interview in London that ended on
Tuesday 1 December at 15:00, and a decision promised by Friday 4 December):
    >>> from followup_core.examples import STORY_PLANS
    >>> request = PlanRequest.from_args(STORY_PLANS["deadline"])
    >>> [step.recommended.isoformat(timespec="minutes") for step in make_plan(request).steps]
    ['2026-12-02T09:00+00:00', '2026-12-08T10:00+00:00', '2026-12-15T10:00+00:00']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from types import MappingProxyType
from typing import Any, Final, Literal, Self
from zoneinfo import ZoneInfo

from .args import (
    Args,
    ErrorCollector,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_zone,
    read_list,
    read_text,
    require_mapping,
)
from .errors import InputError
from .examples import INTERVIEW_END
from .public_holidays import PublicHolidays, read_country, read_public_holidays, tables_json
from .schema import MAX_INTERVIEWERS, STAGE_BY_ID, STEP_BY_ID, StepKind

StatusKind = Literal[
    "not_yet_held", "wait", "send_thank_you", "check_in", "final_follow_up", "stop"
]
TimelineUnit = Literal["days", "weeks", "working_days"]
Pace = Literal["usual", "slow"]

#: ISO weekday numbers (Monday = 1 ... Sunday = 7) the interviewer works by default.
DEFAULT_WORKING_DAYS: Final[tuple[int, ...]] = (1, 2, 3, 4, 5)
#: The interviewer's working day by default, ``[start, end)`` on their wall clock.
DEFAULT_WORKING_HOURS: Final[tuple[time, time]] = (time(9, 0), time(17, 0))
#: How long after the interview a thank-you note still reads as timely.
THANK_YOU_WINDOW: Final = timedelta(hours=48)
#: A note sent sooner than this after the interview can look pre-written.
THANK_YOU_MIN_DELAY: Final = timedelta(hours=2)
#: The reader's night, ``[start, end)`` on their own clock: a message due then is written
#: beforehand and scheduled.
READER_NIGHT: Final[tuple[time, time]] = (time(22, 0), time(7, 0))
#: A message due in the reader's night is best written by this hour of the evening before;
#: the calendar's reminder goes off then.
WRITE_BY: Final = time(20, 0)
#: When they expect to decide very soon: the thank-you goes at least this long after the end...
IMMINENT_MIN_DELAY: Final = timedelta(hours=1)
#: ...and within this long of it, so it is read before they decide.
IMMINENT_WINDOW: Final = timedelta(hours=4)
#: With no stated timeline, the check-in comes this many working days after the interview.
CHECK_IN_AFTER_WORKING_DAYS: Final = 5
#: The final follow-up comes this many working days after the check-in.
FINAL_AFTER_WORKING_DAYS: Final = 5
#: After the final follow-up, wait this many working days more, then stop.
STOP_AFTER_WORKING_DAYS: Final = 5
#: After a stated decision date, the check-in goes out on this working day after it (the
#: second: career advice ranges from "a day or two past the date" to "a week"; see
#: docs/timing.md#grace for the sources).
GRACE_WORKING_DAYS: Final = 2
#: The grace a reader may choose, in working days: the day after, up to two weeks.
GRACE_RANGE: Final[tuple[int, int]] = (1, 10)
#: Check-ins go out this long after the working day starts (10:00 for a 09:00 start).
CHECK_IN_AFTER_START: Final = timedelta(hours=1)
#: The ways a decision timeline can be stated, with the largest span accepted for each.
TIMELINE_UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {"days": 365, "weeks": 52, "working_days": 260}
)
#: The latest stated decision date accepted, counted from the interview's date.
MAX_DEADLINE_DAYS: Final = 365
#: The most holiday dates a request may list.
MAX_HOLIDAYS: Final = 366
#: How far ahead to look for a working day before giving up on the calendar.
MAX_SEARCH_DAYS: Final = 400
#: Years accepted for the interview and ``now``: far enough, and never near overflow.
YEAR_RANGE: Final[tuple[int, int]] = (1900, 2200)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cadence:
    """How far apart the later messages go, in the interviewer's working days.

    Attributes:
        label: The choice as a form shows it.
        hint: One line on when to choose it.
        check_in_after: With no stated timeline, the check-in's distance from the interview.
        final_after: The final follow-up's distance from the check-in.
        stop_after: How long the final follow-up's window runs before it is time to stop.
    """

    label: str
    hint: str
    check_in_after: int
    final_after: int
    stop_after: int


#: The paces a plan can follow; "slow" doubles every gap for sectors that decide slowly.
CADENCES: Final[Mapping[Pace, Cadence]] = MappingProxyType(
    {
        "usual": Cadence(
            label="Most employers",
            hint="About a week between messages.",
            check_in_after=CHECK_IN_AFTER_WORKING_DAYS,
            final_after=FINAL_AFTER_WORKING_DAYS,
            stop_after=STOP_AFTER_WORKING_DAYS,
        ),
        "slow": Cadence(
            label="A slow-deciding sector (public sector, universities)",
            hint="About two weeks between messages: panels, approvals and checks take longer.",
            check_in_after=2 * CHECK_IN_AFTER_WORKING_DAYS,
            final_after=2 * FINAL_AFTER_WORKING_DAYS,
            stop_after=2 * STOP_AFTER_WORKING_DAYS,
        ),
    }
)
DEFAULT_PACE: Final[Pace] = "usual"

#: Phrases, not sentences: calendar titles once the reader has named a contact or a
#: company, and the plan's dates as a draft's sentences take them ("…to decide {timeline}").
PHRASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "summary_thank_you": "Send your thank-you note to {who}",
        "summary_thank_you_several": "Send your thank-you notes to {who}",
        "summary_check_in": "Check in with {who}",
        "summary_final_follow_up": "Send your final follow-up to {who}",
        "who_at": "{contact} at {company}",
        "draft_timeline_by": "by {deadline}",
        "draft_timeline_within": "within {span}",
        # What keeps a thank-you window free of the interviewer's working hours.
        "blocked_end_of_day": "the time of day",
        "blocked_weekend": "their weekend",
        "blocked_holiday": "the public holiday {days}",
        "blocked_holidays": "the public holidays {days}",
        "holiday_on_day": "{name} on {day}",
        "blocked_day_off": "their day off on {days}",
        "blocked_days_off": "their days off on {days}",
    }
)

#: Every sentence the schedule shows, in one place; ``{...}`` are filled in.
MESSAGES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "reason_thank_you": (
            "Thank them within {window_hours} hours: this is the first moment at least "
            "{delay_hours} hours after the interview that falls in the interviewer's working hours."
        ),
        "reason_thank_you_late": (
            "None of the interviewer's working hours fall within {window_hours} hours of the "
            "interview, because of {blocked}, so send it at the start of their next working "
            "day: a weekend or a holiday moves the note later, never earlier."
        ),
        "reason_thank_you_imminent": (
            "They expect to decide very soon, so keep it short and send it within {window}: this "
            "is the first moment at least {delay} after the interview that falls in the "
            "interviewer's working hours."
        ),
        "reason_thank_you_imminent_after_hours": (
            "They expect to decide very soon, but none of the interviewer's working hours fall "
            "within {window} of the interview, because of {blocked}, so send it at the start "
            "of their next working day, before they sit down to decide."
        ),
        "reason_check_in_imminent": (
            "They expect to decide within a day or so, that is by {deadline}; if you have heard "
            "nothing, check in on the {nth} working day after that, which leaves room for the "
            "decision to slip."
        ),
        "reason_night_late": (
            " For you that is {yours}, late at night ({theirs} for them): write it earlier that "
            "evening and schedule it to send at that time."
        ),
        "reason_night_early": (
            " For you that is {yours}, in the night ({theirs} for them): write it the evening "
            "before and schedule it to send at that time."
        ),
        "reason_own_holiday": (
            " {day} is {name}, a public holiday where you are; it is a working day for them, "
            "so schedule the message if you will be away."
        ),
        "note_public_holidays": (
            "Not counted as the interviewer's working days (public holidays in {place}): {days}."
        ),
        "note_holidays_unknown": (
            "The public holidays of {place} are known here for {first} to {last} only; dates "
            "outside those years skip none."
        ),
        "reason_check_in_by": (
            "They said they would decide by {deadline}; check in on the {nth} working day after "
            "that date on their calendar, which leaves room for the date to slip."
        ),
        "reason_check_in_within": (
            "They said they would decide within {span}, which ends on {deadline}; check in on the "
            "{nth} working day after that, which leaves room for the date to slip."
        ),
        "reason_check_in_none": (
            "No decision date was given, so check in {count} working days after the interview."
        ),
        "reason_slow_pace": " That is twice the usual gap: this sector tends to decide slowly.",
        "reason_check_in_after_thanks": (
            " It is also after the {window_hours}-hour thank-you window, so the two notes don't "
            "crowd each other."
        ),
        "reason_final": (
            "Only if your check-in got no reply: one last, friendly note {count} working days "
            "later."
        ),
        "stop": (
            "If there is still no reply by {after}, stop following up and move on; "
            "answer warmly if they write later."
        ),
        "status_not_yet_held": (
            "Your interview hasn't finished yet. Once it ends at {end}, plan to send your "
            "thank-you note at {thank_you}."
        ),
        "status_wait_thank_you": "Wait until {until} to send your thank-you note.",
        "status_wait_thank_you_night": (
            "Your thank-you note is due at {until}, in your night: write it before then (by "
            "{write_by} is a good time) and schedule it."
        ),
        "status_send_thank_you": (
            "Send your thank-you note now: it is best sent before {until}, and sooner is better."
        ),
        "status_wait_check_in": "Wait until {until} to check in.",
        "status_wait_check_in_night": (
            "Wait for now. Your check-in is due at {until}, in your night: write it the evening "
            "before (by {write_by}) and schedule it."
        ),
        "status_check_in": (
            "Check in now with one short, friendly note. If there's no reply, send a final "
            "follow-up from {until}."
        ),
        "status_final_follow_up": (
            "Send your final follow-up now, if you haven't heard back. After {until}, stop and "
            "move on."
        ),
        "status_stop": (
            "Stop and move on: you have followed up enough. If they write back, reply warmly."
        ),
        "note_shifted": (
            "{what} {wall} does not exist in {zone} (the clocks go forward), so {shifted} is used."
        ),
        "note_ambiguous": (
            "{what} {wall} happens twice in {zone} (the clocks go back); the first one is used."
        ),
    }
)

#: ``{nth}`` in the check-in's reason, for each grace the reader may choose.
_ORDINALS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Public names for the wording above, for the draft builder and the guide's build.
ORDINALS: Final = _ORDINALS
WEEKDAY_NAMES: Final = _WEEKDAYS
MONTH_NAMES: Final = _MONTHS
#: Each timeline unit's name, singular and plural.
UNIT_NAMES: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "days": ("day", "days"),
        "weeks": ("week", "weeks"),
        "working_days": ("working day", "working days"),
    }
)


# --------------------------------------------------------------------------- local times


@dataclass(frozen=True, slots=True, kw_only=True)
class LocalTime:
    """A wall-clock time pinned to one real instant.

    Attributes:
        instant: The aware moment, in the zone it was resolved in.
        shifted: The wall time fell in a gap (clocks went forward) and was moved
            forward by the gap's length.
        ambiguous: The wall time happened twice (clocks went back); the earlier
            instant was taken.
    """

    instant: datetime
    shifted: bool
    ambiguous: bool


def resolve_local(wall: datetime, zone: ZoneInfo) -> LocalTime:
    """Pin a naive wall time in ``zone`` to one instant that the clock really shows.

    The rule, like ``whenever``'s ``disambiguate="later"`` for gaps and
    ``"earlier"`` for folds:

    * a time skipped by a clock change moves forward by the gap (02:30 on a
      night the clocks jump 02:00→03:00 becomes 03:30);
    * a time that happens twice is the first (``fold=0``) occurrence.

    Python gives exactly this for ``fold=0``: inside a gap it applies the offset
    from before the change. The UTC round-trip then shows the wall time that
    really exists, which is how a gap is detected.

    Example:
        >>> ny = ZoneInfo("America/New_York")
        >>> resolve_local(datetime(2026, 3, 8, 2, 30), ny).instant.isoformat()
        '2026-03-08T03:30:00-04:00'
        >>> resolve_local(datetime(2026, 11, 1, 1, 30), ny).instant.isoformat()
        '2026-11-01T01:30:00-04:00'
    """
    naive = wall.replace(tzinfo=None, fold=0)
    first = naive.replace(tzinfo=zone)
    instant = first.astimezone(UTC).astimezone(zone)
    shifted = instant.replace(tzinfo=None, fold=0) != naive
    ambiguous = not shifted and first.utcoffset() != naive.replace(tzinfo=zone, fold=1).utcoffset()
    return LocalTime(instant=instant, shifted=shifted, ambiguous=ambiguous)


def _utc(wall: datetime, zone: ZoneInfo) -> datetime:
    return resolve_local(wall, zone).instant.astimezone(UTC)


# --------------------------------------------------------------------------- the request


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """What the interviewer said about when they would decide.

    Exactly one of ``by`` (a date) or ``within`` with ``unit`` is set; "no
    timeline" is ``PlanRequest.timeline = None``. ``unit`` says which kind of
    days a span counts, never guessed: ``days`` (calendar), ``weeks`` or
    ``working_days`` (the interviewer's working days, skipping holidays).
    """

    by: date | None = None
    within: int | None = None
    unit: TimelineUnit | None = None

    def to_args(self) -> dict[str, Any]:
        """The bridge's ``timeline`` object for this timeline."""
        if self.by is not None:
            return {"by": self.by.isoformat()}
        return {"within": self.within, "unit": self.unit}


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanRequest:
    """Everything the schedule depends on.

    Attributes:
        interview_end: When the interview ended. Naive: a wall time in
            ``candidate_tz`` (resolved by :func:`resolve_local`). Aware: that
            exact instant.
        candidate_tz: The candidate's zone.
        interviewer_tz: The interviewer's zone; ``None`` means the candidate's.
        timeline: The stated decision timeline, or ``None``.
        working_days: The interviewer's ISO weekdays (1 = Monday).
        working_hours: The interviewer's ``[start, end)`` wall-clock hours.
        holidays: Extra non-working dates in the interviewer's zone (the reader's own list).
        interviewer_public_holidays: The public holidays of the interviewer's country or
            region; not working days, like ``holidays``.
        candidate_public_holidays: The reader's own public holidays: they move nothing,
            but a step that falls on one says so.
        grace_working_days: After a stated decision date, check in on this
            working day after it (1 = the first working day after).
        pace: How far apart the later messages go (:data:`CADENCES`).
        decision_imminent: They expect to decide within a day or so: the
            thank-you goes within hours (:data:`IMMINENT_WINDOW`).
        now: The current instant (aware), always passed in.
        contact: Who the later messages go to, for calendar titles only ("" if unnamed).
        interviewers: Everyone met, for the titles of messages that go to each of
            them (the thank-you), as the draft builder's stages say.
        company: The company, for calendar titles only ("" if unnamed).
    """

    interview_end: datetime
    candidate_tz: ZoneInfo
    interviewer_tz: ZoneInfo | None = None
    timeline: Timeline | None = None
    working_days: tuple[int, ...] = DEFAULT_WORKING_DAYS
    working_hours: tuple[time, time] = DEFAULT_WORKING_HOURS
    holidays: tuple[date, ...] = ()
    interviewer_public_holidays: PublicHolidays | None = None
    candidate_public_holidays: PublicHolidays | None = None
    grace_working_days: int = GRACE_WORKING_DAYS
    pace: Pace = DEFAULT_PACE
    decision_imminent: bool = False
    now: datetime
    contact: str = ""
    interviewers: tuple[str, ...] = ()
    company: str = ""

    @property
    def zone(self) -> ZoneInfo:
        """The interviewer's zone, falling back to the candidate's."""
        return self.interviewer_tz or self.candidate_tz

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> Self:
        """Read the bridge's ``plan`` arguments, naming every bad field at once."""
        args = require_mapping(args, "args")
        collect = ErrorCollector()
        candidate_tz = collect.read(
            partial(parse_zone, args.get("candidate_tz"), "candidate_tz", label="yourself"), None
        )
        interviewer_tz = collect.read(partial(_read_interviewer_zone, args), None)
        # A bad zone of one's own is reported, and the times are still read (against UTC).
        read_moment = partial(_read_moment, args, zone=candidate_tz or ZoneInfo("UTC"))
        interview_end = collect.read(partial(read_moment, "interview_end", "interview end"), None)
        now = collect.read(partial(read_moment, "now", "current date and time"), None)
        timeline = collect.read(partial(_read_timeline, args.get("timeline")), None)
        working_days = collect.read(
            partial(_read_working_days, args.get("working_days")), DEFAULT_WORKING_DAYS
        )
        working_hours = collect.read(
            partial(_read_working_hours, args.get("working_hours")), DEFAULT_WORKING_HOURS
        )
        no_days: tuple[date, ...] = ()
        holidays = collect.read(partial(_read_holidays, args.get("holidays")), no_days)
        candidate_public = collect.read(partial(_read_places, args, "candidate_country"), None)
        interviewer_public = collect.read(
            partial(_read_places, args, "interviewer_country"), candidate_public
        )
        if args.get("interviewer_country") in (None, ""):
            interviewer_public = candidate_public  # their country defaults to the reader's
        grace = collect.read(
            partial(_read_grace, args.get("grace_working_days")), GRACE_WORKING_DAYS
        )
        pace = collect.read(partial(_read_pace, args.get("pace")), DEFAULT_PACE)
        imminent = collect.read(
            partial(_read_flag, args.get("decision_imminent"), "decision_imminent"), False
        )
        contact = collect.read(partial(read_text, args, "contact", label="contact's name"), "")
        company = collect.read(partial(read_text, args, "company", label="company"), "")
        no_names: tuple[str, ...] = ()
        interviewers = collect.read(partial(_read_names, args), no_names)
        collect.raise_if_any()
        if candidate_tz is None or interview_end is None or now is None:
            raise AssertionError("every error was raised above")  # pragma: no cover
        if now.tzinfo is None:
            now = resolve_local(now, candidate_tz).instant
        request = cls(
            interview_end=interview_end,
            candidate_tz=candidate_tz,
            interviewer_tz=interviewer_tz,
            timeline=timeline,
            working_days=working_days,
            working_hours=working_hours,
            holidays=holidays,
            interviewer_public_holidays=interviewer_public,
            candidate_public_holidays=candidate_public,
            grace_working_days=grace,
            pace=pace,
            decision_imminent=imminent,
            now=now,
            contact=contact,
            interviewers=interviewers,
            company=company,
        )
        zone = interviewer_tz or candidate_tz
        _check_deadline(request.timeline, _interview_instant(request).astimezone(zone).date())
        return request

    def to_args(self) -> dict[str, Any]:
        """The bridge arguments that read back to this request (used for stable ids too)."""
        return {
            "interview_end": self.interview_end.isoformat(),
            "candidate_tz": self.candidate_tz.key,
            "interviewer_tz": self.interviewer_tz.key if self.interviewer_tz else None,
            "timeline": self.timeline.to_args() if self.timeline else None,
            "working_days": list(self.working_days),
            "working_hours": [_clock(self.working_hours[0]), _clock(self.working_hours[1])],
            "holidays": [day.isoformat() for day in self.holidays],
            "interviewer_country": _code(self.interviewer_public_holidays),
            "candidate_country": _code(self.candidate_public_holidays),
            "public_holidays": tables_json(
                self.interviewer_public_holidays, self.candidate_public_holidays
            ),
            "grace_working_days": self.grace_working_days,
            "pace": self.pace,
            "decision_imminent": self.decision_imminent,
            "now": self.now.isoformat(),
            "contact": self.contact,
            "interviewers": list(self.interviewers),
            "company": self.company,
        }


def _code(found: PublicHolidays | None) -> str:
    return found.code if found else ""


#: Who each country field belongs to, in its error messages.
_COUNTRY_LABELS: Final = {
    "candidate_country": "your country or region",
    "interviewer_country": "the interviewer's country or region",
}


def _read_places(args: Args, name: str) -> PublicHolidays | None:
    """The public holidays of the country or region in ``args[name]``, if one is named."""
    code = read_country(args.get(name), name, label=_COUNTRY_LABELS[name])
    if not code:
        return None
    return read_public_holidays(code, args.get("public_holidays"), name)


def _clock(value: time) -> str:
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def _read_names(args: Args) -> tuple[str, ...]:
    """The interviewers' names, blanks left out (a row the reader has not filled in yet)."""
    names = read_list(args, "interviewers", max_items=MAX_INTERVIEWERS, label="interviewers' names")
    collect = ErrorCollector()
    read = [
        collect.read(partial(read_text, {"name": name}, "name", prefix=f"interviewers.{i}"), "")
        for i, name in enumerate(names)
    ]
    collect.raise_if_any()
    return tuple(name for name in read if name)


def _names_in_prose(names: Sequence[str]) -> str:
    """``Ana``, ``Ana and Ben``, ``Ana, Ben and Cy``."""
    if len(names) < 3:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _read_interviewer_zone(args: Args) -> ZoneInfo | None:
    value = args.get("interviewer_tz")
    if value is None or value == "":
        return None
    return parse_zone(value, "interviewer_tz", label="the interviewer")


def _read_moment(args: Args, name: str, label: str, *, zone: ZoneInfo) -> datetime:
    value = args.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError(name, f"The {label} must be text such as {INTERVIEW_END}.", code="type")
    moment = parse_datetime(value, name, label=label)
    if name == "interview_end":  # the schedule works to the minute
        moment = moment.replace(second=0, microsecond=0)
    low, high = YEAR_RANGE
    if not low <= moment.year <= high:
        raise InputError(
            name, f"The {label} must be between the years {low} and {high}.", code="range"
        )
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(zone)
        except (OverflowError, ValueError):
            raise InputError(name, f"The {label} is out of range.", code="range") from None
    return moment


def _read_timeline(value: object) -> Timeline | None:
    if value is None:
        return None
    data = require_mapping(value, "timeline")
    by, within, unit = data.get("by"), data.get("within"), data.get("unit")
    if by is None and within is None:
        if unit is not None:
            raise InputError(
                "timeline.within", "Give the number of days or weeks too.", code="required"
            )
        return None
    if by is not None and within is not None:
        raise InputError(
            "timeline", "Give either a decision date or a span, not both.", code="invalid"
        )
    if by is not None:
        if not isinstance(by, str):
            raise InputError("timeline.by", "Enter the decision date as YYYY-MM-DD.", code="type")
        return Timeline(by=parse_date(by, "timeline.by", label="decision date"))
    if not isinstance(unit, str) or unit not in TIMELINE_UNITS:
        choices = ", ".join(UNIT_NAMES[name][1] for name in TIMELINE_UNITS)
        raise InputError(
            "timeline.unit", f"Choose the span's unit: one of {choices}.", code="invalid"
        )
    largest = TIMELINE_UNITS[unit]
    if isinstance(within, bool) or not isinstance(within, int):
        raise InputError("timeline.within", "The span must be a whole number.", code="type")
    if not 1 <= within <= largest:
        raise InputError(
            "timeline.within",
            f"The span must be between 1 and {largest} {UNIT_NAMES[unit][1]}; got {within}.",
            code="range",
        )
    return Timeline(within=within, unit=_as_unit(unit))


def _as_unit(unit: str) -> TimelineUnit:
    if unit == "days":
        return "days"
    if unit == "weeks":
        return "weeks"
    return "working_days"


def _read_working_days(value: object) -> tuple[int, ...]:
    if value is None:
        return DEFAULT_WORKING_DAYS
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InputError("working_days", "The working days must be a list of 1 to 7.", code="type")
    if not value:
        raise InputError("working_days", "Choose at least one working day.", code="required")
    if len(value) > 7:
        raise InputError("working_days", "A week has only seven days.", code="too_long")
    days: list[int] = []
    for index, day in enumerate(value):
        name = f"working_days.{index}"
        if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 7:
            raise InputError(
                name, "Working days are numbers from 1 (Monday) to 7 (Sunday).", code="invalid"
            )
        if day in days:
            raise InputError(name, f"{_WEEKDAYS[day - 1]} is listed twice.", code="duplicate")
        days.append(day)
    return tuple(sorted(days))


def _read_working_hours(value: object) -> tuple[time, time]:
    if value is None:
        return DEFAULT_WORKING_HOURS
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or len(value) != 2:
        raise InputError(
            "working_hours",
            'Give the working hours as a start and an end, such as ["09:00", "17:00"].',
            code="type",
        )
    start = parse_clock(value[0], "working_hours", label="start of the working day")
    end = parse_clock(value[1], "working_hours", label="end of the working day")
    if end <= start:
        raise InputError(
            "working_hours", "The working day must end after it starts.", code="invalid"
        )
    return (start.replace(microsecond=0), end.replace(microsecond=0))


def _read_holidays(value: object) -> tuple[date, ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InputError("holidays", "The holidays must be a list of dates.", code="type")
    if len(value) > MAX_HOLIDAYS:
        raise InputError(
            "holidays",
            f"At most {MAX_HOLIDAYS} holidays are allowed; got {len(value)}.",
            code="too_long",
        )
    days = {
        parse_date(item, f"holidays.{index}", label="holiday") for index, item in enumerate(value)
    }
    return tuple(sorted(days))


def _read_grace(value: object) -> int:
    if value is None:
        return GRACE_WORKING_DAYS
    low, high = GRACE_RANGE
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(
            "grace_working_days", "The working days to wait must be a whole number.", code="type"
        )
    if not low <= value <= high:
        raise InputError(
            "grace_working_days",
            f"Wait between {low} and {high} working days after their date; got {value}.",
            code="range",
        )
    return value


def _read_pace(value: object) -> Pace:
    if value is None:
        return DEFAULT_PACE
    for pace in CADENCES:
        if value == pace:
            return pace
    choices = ", ".join(f"“{pace}”" for pace in CADENCES)
    raise InputError("pace", f"Choose the pace: one of {choices}.", code="invalid")


def _read_flag(value: object, name: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InputError(name, "This choice must be true or false.", code="type")
    return value


def _check_deadline(timeline: Timeline | None, interview_day: date) -> None:
    if timeline is None or timeline.by is None:
        return
    if timeline.by < interview_day:
        raise InputError(
            "timeline.by",
            f"The decision date {_day(timeline.by)} is before the interview "
            f"({_day(interview_day)}).",
            code="before_interview",
        )
    if (timeline.by - interview_day).days > MAX_DEADLINE_DAYS:
        raise InputError(
            "timeline.by",
            f"The decision date must be within {MAX_DEADLINE_DAYS} days of the interview.",
            code="range",
        )


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """One message to send: when, within what window, and why.

    ``recommended`` and the window are in the interviewer's zone;
    ``recommended_candidate`` is the same instant in the candidate's zone.
    ``write_by`` (the candidate's zone) is set when that instant falls in the
    reader's night (:data:`READER_NIGHT`): the evening hour by which to write the
    message and schedule it, where a calendar's reminder goes.
    """

    kind: StepKind
    title: str
    recommended: datetime
    recommended_candidate: datetime
    window_start: datetime
    window_end: datetime
    reason: str
    fallback: bool = False
    write_by: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's step object (plus ``title``, ``fallback`` and ``write_by``)."""
        return {
            "kind": self.kind,
            "title": self.title,
            "recommended": _iso(self.recommended),
            "recommended_candidate": _iso(self.recommended_candidate),
            "window_start": _iso(self.window_start),
            "window_end": _iso(self.window_end),
            "reason": self.reason,
            "fallback": self.fallback,
            "write_by": _iso(self.write_by) if self.write_by else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Status:
    """What to do at ``now``; ``until`` (candidate's zone) is when that changes.

    ``step`` is the step this is about (the one due now, or the next one), so a
    page can point at it; ``None`` once it is time to stop.
    """

    kind: StatusKind
    message: str
    until: datetime | None = None
    step: StepKind | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's status object (plus ``until`` and ``step``)."""
        return {
            "kind": self.kind,
            "message": self.message,
            "until": _iso(self.until) if self.until else None,
            "step": self.step,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Stop:
    """When following up ends (candidate's zone), and the sentence saying so."""

    after: datetime
    message: str

    def to_json(self) -> dict[str, Any]:
        """``{"after", "message"}``."""
        return {"after": _iso(self.after), "message": self.message}


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The schedule: at most three steps, then stop, and what to do now."""

    interview_end: datetime
    candidate_tz: ZoneInfo
    interviewer_tz: ZoneInfo
    deadline: date | None
    steps: tuple[Step, ...]
    stop: Stop
    status: Status
    notes: tuple[str, ...] = field(default=())
    draft_details: DraftDetails | None = None
    interviewer_country: str = ""
    candidate_country: str = ""

    def to_json(self) -> dict[str, Any]:
        """The bridge's ``plan`` result."""
        return {
            "steps": [step.to_json() for step in self.steps],
            "status": self.status.to_json(),
            "stop": self.stop.to_json(),
            "interview_end": _iso(self.interview_end),
            "candidate_tz": self.candidate_tz.key,
            "interviewer_tz": self.interviewer_tz.key,
            "interviewer_country": self.interviewer_country,
            "candidate_country": self.candidate_country,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "notes": list(self.notes),
            "display": describe_plan_display(self),
            "text": describe_plan_text(self),
            "draft_details": self.draft_details.to_json() if self.draft_details else None,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftDetails:
    """What the plan knows that a draft needs, in the words the draft builder's fields take.

    ``interview_date`` is the interview's day on the reader's clock ("Tuesday 1
    December"); ``timeline`` the stated decision ("by Friday 4 December", "within
    2 weeks"), or ``None`` when none was stated.
    """

    interview_date: str
    timeline: str | None

    def to_json(self) -> dict[str, Any]:
        """``{"interview_date", "timeline"}``."""
        return {"interview_date": self.interview_date, "timeline": self.timeline}


def step_summary(step: Step, request: PlanRequest) -> str:
    """A step as a calendar event's title, naming whom it goes to and the company when known.

    A thank-you goes to each interviewer (the builder writes one note per person),
    so its title names them all; the later messages go to the one contact.

    Example:
        >>> from datetime import UTC
        >>> at = datetime(2026, 12, 7, 10, tzinfo=UTC)
        >>> step = Step(kind="check_in", title="Check in", recommended=at,
        ...     recommended_candidate=at, window_start=at, window_end=at, reason="")
        >>> request = PlanRequest(interview_end=at, candidate_tz=ZoneInfo("UTC"), now=at,
        ...     contact="Daniel Okafor", company="Harbor Logistics")
        >>> step_summary(step, request)
        'Check in with Daniel Okafor at Harbor Logistics'
        >>> panel = PlanRequest(interview_end=at, candidate_tz=ZoneInfo("UTC"), now=at,
        ...     interviewers=("Daniel Okafor", "Sofia Lindqvist", "Marcus Bell"))
        >>> step_summary(Step(kind="thank_you", title="", recommended=at,
        ...     recommended_candidate=at, window_start=at, window_end=at, reason=""), panel)
        'Send your thank-you notes to Daniel Okafor, Sofia Lindqvist and Marcus Bell'
    """
    phrase = f"summary_{step.kind}"
    if STAGE_BY_ID[step.kind].recipients == "each_interviewer":
        people = _names_in_prose(request.interviewers)
        if len(request.interviewers) > 1:
            phrase = f"summary_{step.kind}_several"
    else:
        people = request.contact
    company = request.company
    who = PHRASES["who_at"].format(contact=people, company=company)
    if not (people and company):
        who = people or company
    return PHRASES[phrase].format(who=who) if who else step.title


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


class _Calendar:
    """Working slots on one wall clock: which days count, and their hours as instants."""

    def __init__(
        self,
        *,
        zone: ZoneInfo,
        days: tuple[int, ...],
        hours: tuple[time, time],
        holidays: tuple[date, ...] = (),
        public: PublicHolidays | None = None,
        field_name: str = "working_days",
    ) -> None:
        self.zone = zone
        self.days = frozenset(days)
        self.hours = hours
        self.public = public
        known = {} if public is None else public.days
        self.holidays = frozenset(holidays) | frozenset(known)
        self.field_name = field_name
        span = datetime.combine(date.min, hours[1]) - datetime.combine(date.min, hours[0])
        self.meeting_clock = (
            datetime.combine(date.min, hours[0]) + min(CHECK_IN_AFTER_START, span / 2)
        ).time()

    def slot(self, day: date) -> tuple[datetime, datetime] | None:
        """The working hours of ``day`` as UTC instants, or ``None`` if it isn't a working day.

        A day whose working hours fall apart on a clock change (the start
        lands on another date, or the end no longer follows the start) is
        treated as not a working day rather than guessed at.
        """
        if day.isoweekday() not in self.days or day in self.holidays:
            return None
        start = _utc(datetime.combine(day, self.hours[0]), self.zone)
        end = _utc(datetime.combine(day, self.hours[1]), self.zone)
        if end <= start or self._date(start) != day or self._date(end) != day:
            return None
        return start, end

    def _date(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def date_of(self, instant: datetime) -> date:
        """The date on this calendar's wall clock at ``instant``."""
        return self._date(instant)

    def first_moment(self, earliest: datetime, latest: datetime) -> datetime | None:
        """The first instant ``>= earliest`` inside working hours, if it is ``<= latest``."""
        day = self._date(earliest)
        while day <= self._date(latest):
            slot = self.slot(day)
            if slot is not None and earliest < slot[1]:
                moment = max(earliest, slot[0])
                return moment if moment <= latest else None
            day += timedelta(days=1)
        return None

    def next_moment(self, earliest: datetime) -> datetime:
        """The first instant ``>= earliest`` inside working hours, however far."""
        day = self._date(earliest)
        slot = self.slot(day)
        if slot is not None and earliest < slot[1]:
            return max(earliest, slot[0])
        return self.start_of(self.next_working_day(day))

    def start_of(self, day: date) -> datetime:
        """When working day ``day`` starts."""
        slot = self.slot(day)
        assert slot is not None, "start_of needs a working day"
        return slot[0]

    def end_of(self, day: date) -> datetime:
        """When working day ``day`` ends."""
        slot = self.slot(day)
        assert slot is not None, "end_of needs a working day"
        return slot[1]

    def blocked(self, start: datetime, until: datetime, ref_year: int) -> str:
        """What keeps the working hours between two instants empty, in words.

        ``their weekend``, ``Christmas Day (Friday 25 December), a public holiday
        there``, or ``the end of their working day`` when nothing but the clock does.
        """
        weekend = False
        public: list[str] = []
        days_off: list[str] = []
        day = self._date(start)
        names = {} if self.public is None else self.public.days
        while day < self._date(until):
            if day.isoweekday() not in self.days:
                weekend = True
            elif day in names:
                words = {"name": names[day], "day": _day(day, ref_year)}
                public.append(PHRASES["holiday_on_day"].format(**words))
            elif day in self.holidays:
                days_off.append(_day(day, ref_year))
            day += timedelta(days=1)
        parts = [PHRASES["blocked_weekend"]] if weekend else []
        for found, one, several in (
            (public, "blocked_holiday", "blocked_holidays"),
            (days_off, "blocked_day_off", "blocked_days_off"),
        ):
            if found:
                key = one if len(found) == 1 else several
                parts.append(PHRASES[key].format(days=_names_in_prose(found)))
        return _names_in_prose(parts or [PHRASES["blocked_end_of_day"]])

    def next_working_day(self, after: date) -> date:
        """The first working day strictly after ``after``."""
        day = after
        for _ in range(MAX_SEARCH_DAYS):
            day += timedelta(days=1)
            if self.slot(day) is not None:
                return day
        raise InputError(
            self.field_name,
            f"There is no working day in the {MAX_SEARCH_DAYS} days after {_day(after)}; "
            "check the working days and holidays.",
            code="no_working_day",
        )

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start``."""
        day = start
        for _ in range(count):
            day = self.next_working_day(day)
        return day

    def meeting_time(self, day: date) -> datetime:
        """The usual sending time on working day ``day`` (start + 1 h, inside the slot)."""
        slot = self.slot(day)
        assert slot is not None, "meeting_time needs a working day"
        moment = _utc(datetime.combine(day, self.meeting_clock), self.zone)
        if not slot[0] <= moment < slot[1]:
            return slot[0]
        return moment


def make_plan(request: PlanRequest) -> Plan:
    """Work out the thank-you, check-in and final follow-up, and what to do at ``now``.

    The rules (each number is a module constant):

    * Working days are the interviewer's: their weekdays, minus the days off the
      reader lists and the public holidays of their country or region.
    * Thank-you: the first moment at least 2 h after the interview inside the
      interviewer's working hours on a working day, if that is within 48 h;
      otherwise the start of their next working day (``Step.fallback``): later,
      never earlier. When a decision is imminent: the first working moment from
      1 h to 4 h after the interview, or else the start of their next working day
      (see :func:`_thank_you`).
    * Check-in: start + 1 h (10:00) on the ``grace_working_days``-th working day
      after the stated deadline's day (the second by default), or on the 5th
      working day after the interview if none was stated (10th at the slow
      pace). "Within a day or so" with no date counts their next working day as
      the date. It also never comes before the thank-you window has closed
      (this only matters for a deadline within a day or two of the interview).
    * Final follow-up: same hour, 5 working days after the check-in (10 at the
      slow pace); its window runs as long again, after which: stop.

    Raises:
        InputError: When the working days and holidays leave no working day
            within :data:`MAX_SEARCH_DAYS` of a step, or a date is out of range.
    """
    candidate, zone = request.candidate_tz, request.zone
    _check_deadline(request.timeline, _interview_instant(request).astimezone(zone).date())
    calendar = _Calendar(
        zone=zone,
        days=request.working_days,
        hours=request.working_hours,
        holidays=request.holidays,
        public=request.interviewer_public_holidays,
        field_name="holidays" if request.holidays else "working_days",
    )
    end = _interview_instant(request)
    ref_year = _as_utc(request.now, candidate).astimezone(candidate).year
    thanks = _thank_you(request, calendar, end, ref_year)
    check = _check_in(request, calendar, end, thanks, ref_year)
    cadence = CADENCES[request.pace]
    final_day = calendar.add_working_days(check.day, cadence.final_after)
    final_at = calendar.meeting_time(final_day)
    stop_at = calendar.meeting_time(calendar.add_working_days(final_day, cadence.stop_after))
    final_reason = MESSAGES["reason_final"].format(count=cadence.final_after)
    if request.pace != DEFAULT_PACE:
        final_reason += MESSAGES["reason_slow_pace"]
    steps = (
        _step(
            request,
            "thank_you",
            (end, thanks.at, thanks.window_end),
            thanks.reason,
            ref_year=ref_year,
            fallback=thanks.fallback,
        ),
        _step(request, "check_in", (check.at, check.at, final_at), check.reason, ref_year=ref_year),
        _step(
            request,
            "final_follow_up",
            (final_at, final_at, stop_at),
            final_reason,
            ref_year=ref_year,
        ),
    )
    marks = _Marks(
        end=end,
        thank=thanks.at,
        thank_end=thanks.window_end,
        check=check.at,
        final=final_at,
        stop=stop_at,
    )
    return _assemble(request, steps, marks, check.deadline, ref_year)


@dataclass(frozen=True, slots=True, kw_only=True)
class _ThankYou:
    at: datetime
    window_end: datetime
    reason: str
    fallback: bool = False


def _thank_you(
    request: PlanRequest, calendar: _Calendar, end: datetime, ref_year: int
) -> _ThankYou:
    """When to send the thank-you, and why; the rule depends on how soon they decide."""
    if request.decision_imminent:
        return _thank_you_imminent(calendar, end, ref_year)
    window_end = end + THANK_YOU_WINDOW
    numbers = {
        "window_hours": _hours(THANK_YOU_WINDOW),
        "delay_hours": _hours(THANK_YOU_MIN_DELAY),
    }
    at = calendar.first_moment(end + THANK_YOU_MIN_DELAY, window_end)
    if at is not None:
        return _ThankYou(
            at=at, window_end=window_end, reason=MESSAGES["reason_thank_you"].format(**numbers)
        )
    # No working hour in the window: their next one, later than the window, never earlier.
    at = calendar.next_moment(window_end)
    reason = MESSAGES["reason_thank_you_late"].format(
        blocked=calendar.blocked(end, at, ref_year), **numbers
    )
    until = calendar.end_of(calendar.date_of(at))
    return _ThankYou(at=at, window_end=until, reason=reason, fallback=True)


def _thank_you_imminent(calendar: _Calendar, end: datetime, ref_year: int) -> _ThankYou:
    """Within hours, in their working hours if any fall in the window, else their next start.

    The note then waits at the top of the interviewer's inbox when they sit down,
    before they decide.
    """
    window_end = end + IMMINENT_WINDOW
    words = {"window": _duration(IMMINENT_WINDOW), "delay": _duration(IMMINENT_MIN_DELAY)}
    at = calendar.first_moment(end + IMMINENT_MIN_DELAY, window_end)
    if at is not None:
        reason = MESSAGES["reason_thank_you_imminent"].format(**words)
        return _ThankYou(at=at, window_end=window_end, reason=reason)
    at = calendar.next_moment(window_end)
    reason = MESSAGES["reason_thank_you_imminent_after_hours"].format(
        blocked=calendar.blocked(end, at, ref_year), **words
    )
    until = calendar.end_of(calendar.date_of(at))
    return _ThankYou(at=at, window_end=until, reason=reason, fallback=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class _CheckIn:
    day: date
    at: datetime
    reason: str
    deadline: date | None


def _check_in(
    request: PlanRequest, calendar: _Calendar, end: datetime, thanks: _ThankYou, ref_year: int
) -> _CheckIn:
    """The check-in: a grace after their date, or the pace's gap after the interview."""
    cadence = CADENCES[request.pace]
    timeline = request.timeline
    interview_day = calendar.date_of(end)
    deadline = _deadline(timeline, interview_day, calendar)
    if deadline is None and request.decision_imminent:
        # "Within a day or so": their next working day is the date, with the usual grace.
        deadline = calendar.next_working_day(interview_day)
        day = calendar.add_working_days(deadline, request.grace_working_days)
        reason = MESSAGES["reason_check_in_imminent"].format(
            deadline=_day(deadline, ref_year), nth=_ORDINALS[request.grace_working_days - 1]
        )
    elif timeline is None or deadline is None:
        day = calendar.add_working_days(interview_day, cadence.check_in_after)
        reason = MESSAGES["reason_check_in_none"].format(count=cadence.check_in_after)
        if request.pace != DEFAULT_PACE:
            reason += MESSAGES["reason_slow_pace"]
    else:
        day = calendar.add_working_days(deadline, request.grace_working_days)
        nth = _ORDINALS[request.grace_working_days - 1]
        if timeline.by is not None:
            reason = MESSAGES["reason_check_in_by"].format(
                deadline=_day(deadline, ref_year), nth=nth
            )
        else:
            reason = MESSAGES["reason_check_in_within"].format(
                span=_span(timeline), deadline=_day(deadline, ref_year), nth=nth
            )
    at = calendar.meeting_time(day)
    if at < thanks.window_end or at <= thanks.at:
        while at < thanks.window_end or at <= thanks.at:
            day = calendar.next_working_day(day)
            at = calendar.meeting_time(day)
        window = IMMINENT_WINDOW if request.decision_imminent else THANK_YOU_WINDOW
        reason += MESSAGES["reason_check_in_after_thanks"].format(window_hours=_hours(window))
    return _CheckIn(day=day, at=at, reason=reason, deadline=deadline)


def _step(
    request: PlanRequest,
    kind: StepKind,
    span: tuple[datetime, datetime, datetime],
    reason: str,
    *,
    ref_year: int,
    fallback: bool = False,
) -> Step:
    """One step from its window's start, its recommended moment and its window's end.

    When the moment falls in the reader's night the reason says so, with both
    clocks, and ``write_by`` is the evening before; when it falls on one of the
    reader's own public holidays the reason says that too (it moves nothing).
    """
    start, at, until = span
    zone, candidate = request.zone, request.candidate_tz
    mine = at.astimezone(candidate)
    write_by = reader_write_by(mine)
    if write_by is not None:
        late = mine.time() >= READER_NIGHT[0]
        reason += MESSAGES["reason_night_late" if late else "reason_night_early"].format(
            yours=format_moment(mine, ref_year), theirs=format_moment(at.astimezone(zone), ref_year)
        )
    own = request.candidate_public_holidays
    if own is not None and mine.date() in own.days:
        reason += MESSAGES["reason_own_holiday"].format(
            day=_day(mine.date(), ref_year), name=own.days[mine.date()]
        )
    return Step(
        kind=kind,
        title=STEP_BY_ID[kind].title,
        recommended=at.astimezone(zone),
        recommended_candidate=mine,
        window_start=start.astimezone(zone),
        window_end=until.astimezone(zone),
        reason=reason,
        fallback=fallback,
        write_by=write_by,
    )


def reader_write_by(moment: datetime) -> datetime | None:
    """For a moment in the reader's night (on ``moment``'s own clock), when to write it.

    :data:`WRITE_BY` on the evening before (the same evening from 22:00 on);
    ``None`` outside the night.

    Example:
        >>> berlin = ZoneInfo("Europe/Berlin")
        >>> reader_write_by(datetime(2026, 12, 2, 1, 0, tzinfo=berlin)).isoformat()
        '2026-12-01T20:00:00+01:00'
        >>> reader_write_by(datetime(2026, 12, 2, 9, 0, tzinfo=berlin)) is None
        True
    """
    clock = moment.time().replace(tzinfo=None)
    start, end = READER_NIGHT
    if end <= clock < start:
        return None
    evening = moment.date() if clock >= start else moment.date() - timedelta(days=1)
    zone = moment.tzinfo
    assert isinstance(zone, ZoneInfo), "the reader's moment carries their zone"
    return resolve_local(datetime.combine(evening, WRITE_BY), zone).instant


def _assemble(
    request: PlanRequest,
    steps: tuple[Step, ...],
    marks: _Marks,
    deadline: date | None,
    ref_year: int,
) -> Plan:
    candidate = request.candidate_tz

    def when(instant: datetime) -> str:
        return format_moment(instant.astimezone(candidate), ref_year)

    stop = Stop(
        after=marks.stop.astimezone(candidate),
        message=MESSAGES["stop"].format(after=when(marks.stop)),
    )
    return Plan(
        interview_end=marks.end.astimezone(candidate),
        candidate_tz=candidate,
        interviewer_tz=request.zone,
        deadline=deadline,
        steps=steps,
        stop=stop,
        status=_status(_as_utc(request.now, candidate), marks, when, candidate, steps),
        notes=(*_notes(request), *_holiday_notes(request, marks, ref_year)),
        interviewer_country=_code(request.interviewer_public_holidays),
        candidate_country=_code(request.candidate_public_holidays),
        draft_details=_draft_details(request, marks.end.astimezone(candidate).date(), ref_year),
    )


def _draft_details(request: PlanRequest, interview_day: date, ref_year: int) -> DraftDetails:
    timeline = request.timeline
    words = None
    if timeline is not None and timeline.by is not None:
        words = PHRASES["draft_timeline_by"].format(deadline=_day(timeline.by, ref_year))
    elif timeline is not None:
        words = PHRASES["draft_timeline_within"].format(span=_span(timeline))
    return DraftDetails(interview_date=_day(interview_day, ref_year), timeline=words)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Marks:
    end: datetime
    thank: datetime
    thank_end: datetime
    check: datetime
    final: datetime
    stop: datetime


def _status(
    now: datetime,
    marks: _Marks,
    when: Callable[[datetime], str],
    candidate: ZoneInfo,
    steps: tuple[Step, ...],
) -> Status:
    """Which part of the schedule ``now`` falls in; each boundary belongs to the later part.

    While waiting for a step due in the reader's night, it says to write and schedule it.
    """
    write_by = {step.kind: step.write_by for step in steps}
    if now < marks.end:
        message = MESSAGES["status_not_yet_held"].format(
            end=when(marks.end), thank_you=when(marks.thank)
        )
        return Status(
            kind="not_yet_held",
            message=message,
            until=marks.end.astimezone(candidate),
            step="thank_you",
        )
    table: tuple[tuple[datetime, StatusKind, str, StepKind], ...] = (
        (marks.thank, "wait", "status_wait_thank_you", "thank_you"),
        (marks.thank_end, "send_thank_you", "status_send_thank_you", "thank_you"),
        (marks.check, "wait", "status_wait_check_in", "check_in"),
        (marks.final, "check_in", "status_check_in", "check_in"),
        (marks.stop, "final_follow_up", "status_final_follow_up", "final_follow_up"),
    )
    for until, kind, key, step in table:
        if now < until:
            night = write_by.get(step) if kind == "wait" else None
            if night is not None:
                message = MESSAGES[f"{key}_night"].format(until=when(until), write_by=when(night))
            else:
                message = MESSAGES[key].format(until=when(until))
            return Status(kind=kind, message=message, until=until.astimezone(candidate), step=step)
    return Status(kind="stop", message=MESSAGES["status_stop"])


def _deadline(timeline: Timeline | None, interview_day: date, calendar: _Calendar) -> date | None:
    if timeline is None:
        return None
    if timeline.by is not None:
        return timeline.by
    count = timeline.within or 0
    if timeline.unit == "working_days":
        return calendar.add_working_days(interview_day, count)
    return interview_day + timedelta(days=count * (7 if timeline.unit == "weeks" else 1))


def _interview_instant(request: PlanRequest) -> datetime:
    return _as_utc(request.interview_end, request.candidate_tz)


def _as_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        return _utc(moment, zone)
    return moment.astimezone(UTC)


def _notes(request: PlanRequest) -> tuple[str, ...]:
    """Say so when the interview's end needed :func:`resolve_local`'s rule."""
    moment = request.interview_end
    if moment.tzinfo is not None:
        return ()
    local = resolve_local(moment, request.candidate_tz)
    words = {"what": "The interview end", "wall": moment.strftime("%H:%M")}
    words["zone"] = request.candidate_tz.key
    if local.shifted:
        return (MESSAGES["note_shifted"].format(shifted=local.instant.strftime("%H:%M"), **words),)
    if local.ambiguous:
        return (MESSAGES["note_ambiguous"].format(**words),)
    return ()


def _holiday_notes(request: PlanRequest, marks: _Marks, ref_year: int) -> tuple[str, ...]:
    """Which of the interviewer's public holidays the plan skipped, and what is not known."""
    public = request.interviewer_public_holidays
    if public is None:
        return ()
    zone = request.zone
    first, last = marks.end.astimezone(zone).date(), marks.stop.astimezone(zone).date()
    skipped = [
        PHRASES["holiday_on_day"].format(name=name, day=_day(day, ref_year))
        for day, name in sorted(public.days.items())
        if first <= day <= last and day.isoweekday() in request.working_days
    ]
    notes: list[str] = []
    if skipped:
        notes.append(
            MESSAGES["note_public_holidays"].format(
                days=_names_in_prose(skipped), place=public.place
            )
        )
    if not (public.covers(first) and public.covers(last)):
        notes.append(
            MESSAGES["note_holidays_unknown"].format(
                place=public.place, first=public.years[0], last=public.years[1]
            )
        )
    return tuple(notes)


def _hours(span: timedelta) -> int:
    return int(span.total_seconds() // 3600)


def _duration(span: timedelta) -> str:
    """``1 hour``, ``4 hours``: a whole number of hours in words."""
    hours = _hours(span)
    return f"{hours} hour" if hours == 1 else f"{hours} hours"


def _span(timeline: Timeline) -> str:
    count = timeline.within or 0
    singular, plural = UNIT_NAMES[timeline.unit or "days"]
    return f"{count} {singular if count == 1 else plural}"


def _day(day: date, ref_year: int | None = None) -> str:
    """``Friday 4 December 2026``; the year is left out when it is ``ref_year``."""
    text = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == ref_year else f"{text} {day.year}"


def format_moment(moment: datetime, ref_year: int | None = None) -> str:
    """A moment as people write it, on ``moment``'s own wall clock.

    The year is left out when it is ``ref_year``.

    Example:
        >>> format_moment(datetime(2026, 12, 7, 10, 0), 2026)
        'Monday 7 December, 10:00'
        >>> format_moment(datetime(2027, 1, 4, 10, 0), 2026)
        'Monday 4 January 2027, 10:00'
    """
    return f"{_day(moment.date(), ref_year)}, {moment.strftime('%H:%M')}"


def format_zoned(moment: datetime, ref_year: int | None = None) -> str:
    """:func:`format_moment` plus the zone's abbreviation, so two clocks can't be confused.

    Example:
        >>> format_zoned(datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo("Europe/London")), 2026)
        'Monday 7 December, 10:00 GMT'
    """
    abbreviation = moment.tzname() or ""
    # Zones without a letter abbreviation report an offset such as "+0545": show it as UTC+05:45.
    if abbreviation[:1] in "+-" and abbreviation[1:].isdigit():
        hours, minutes = abbreviation[1:3], abbreviation[3:5] or "00"
        abbreviation = f"UTC{abbreviation[0]}{hours}:{minutes}"
    return f"{format_moment(moment, ref_year)} {abbreviation}".rstrip()


def describe_plan_display(plan: Plan) -> dict[str, Any]:
    """Every date in the plan as words on both clocks, so a page formats nothing itself.

    ``theirs`` is ``None`` when both people share a zone.
    """
    candidate, zone = plan.candidate_tz, plan.interviewer_tz
    same = candidate.key == zone.key
    year = plan.interview_end.astimezone(candidate).year

    def both(instant: datetime) -> dict[str, str | None]:
        theirs = None if same else format_zoned(instant.astimezone(zone), year)
        return {"yours": format_zoned(instant.astimezone(candidate), year), "theirs": theirs}

    return {
        "same_zone": same,
        "interview_end": both(plan.interview_end),
        "steps": [
            {
                "when": both(step.recommended),
                "window_start": both(step.window_start),
                "window_end": both(step.window_end),
            }
            for step in plan.steps
        ],
        "stop": both(plan.stop.after),
    }


# --------------------------------------------------------------------------- plain text


def describe_plan_text(plan: Plan) -> str:
    """A short plain-text timeline for the command line, in both zones, with the status."""
    candidate, zone = plan.candidate_tz, plan.interviewer_tz
    same = candidate.key == zone.key

    def both(instant: datetime) -> str:
        mine, theirs = instant.astimezone(candidate), instant.astimezone(zone)
        if same:
            return format_moment(mine)
        other = theirs.strftime("%H:%M")
        if theirs.date() != mine.date():
            other = format_moment(theirs, theirs.year)
        return f"{format_moment(mine)} your time ({other} theirs)"

    if same:
        header = f"Follow-up plan (times in {candidate.key})"
    else:
        header = f"Follow-up plan (your time: {candidate.key}; the interviewer's: {zone.key})"
    lines = [header, f"Interview ended: {both(plan.interview_end)}", ""]
    for number, step in enumerate(plan.steps, start=1):
        lines.append(f"{number}. {step.title}: {both(step.recommended)}")
        lines.append(f"   Window: {both(step.window_start)} to {both(step.window_end)}")
        lines.append(f"   {step.reason}")
    lines += ["", f"Then stop: {plan.stop.message}"]
    lines += [f"Note: {note}" for note in plan.notes]
    lines += ["", f"Now: {plan.status.message}"]
    return "\n".join(lines) + "\n"
