"""Calendar export: the follow-up plan as an RFC 5545 ``.ics`` file.

One event per step at its send time, each with a reminder: 15 minutes before,
or, for a message due in the reader's night, at 20:00 the evening before
(``Step.write_by``), when they can write it and schedule it. The plan lands in
any calendar app. Times are written in UTC (``...Z``), which every app reads
without a ``VTIMEZONE`` block. All text goes through :func:`escape_text` and
every line through :func:`fold_line`, so nothing typed can break the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from .args import clean_text
from .timing import Plan, PlanRequest, Step, format_moment, step_summary

#: Identifies the producer, as RFC 5545 requires.
PRODID: Final = "-//Interview Follow-Up Guide//followup-core//EN"
#: The domain part of every event's UID.
UID_DOMAIN: Final = "followup.local"
#: How long each event lasts in the calendar.
EVENT_DURATION: Final = "PT15M"
#: When the reminder pops up, relative to the event (unless the reader will be asleep).
ALARM_TRIGGER: Final = "-PT15M"
#: Every sentence the calendar adds, in one place.
ICS_MESSAGES: Final = {
    "alarm": "{summary}: {when} your time.",
    "alarm_night": (
        "{summary}: due at {when} your time, in your night. Write it now and schedule it to "
        "send then."
    ),
}
#: The longest physical line RFC 5545 allows, in octets, without the CRLF.
MAX_LINE_OCTETS: Final = 75

_CRLF: Final = "\r\n"
_TOKEN: Final = re.compile(r"\\.|.", re.DOTALL)
_ESCAPES: Final = {"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"}


@dataclass(frozen=True, slots=True, kw_only=True)
class CalendarFile:
    """A calendar file ready to save: its suggested name and its text (CRLF line ends)."""

    filename: str
    content: str

    def to_json(self) -> dict[str, Any]:
        """The bridge's ``ics`` result."""
        return {"filename": self.filename, "content": self.content}


def escape_text(value: str) -> str:
    r"""Escape a TEXT value (RFC 5545 §3.3.11).

    Line ends become ``\n``; backslash, semicolon and comma are escaped;
    other control characters, which TEXT may not hold, are dropped.

    Example:
        >>> escape_text("Call back; bring CV, notes\nThanks\\")
        'Call back\\; bring CV\\, notes\\nThanks\\\\'
    """
    return "".join(_ESCAPES.get(char, char) for char in clean_text(value))


def fold_line(line: str) -> str:
    """Fold one content line to at most 75 octets per physical line (RFC 5545 §3.1).

    Continuation lines start with a single space. A line is never split
    inside a UTF-8 character or between a backslash and the character it
    escapes. ``line`` must not contain line breaks (escape them first).

    Example:
        >>> folded = fold_line("DESCRIPTION:" + "é" * 40)
        >>> [len(part.encode()) for part in folded.split("\\r\\n")]
        [74, 19]
    """
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_LINE_OCTETS
    for match in _TOKEN.finditer(line):
        token = match.group()
        octets = len(token.encode("utf-8"))
        if size + octets > limit and current:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(token)
        size += octets
    parts.append("".join(current))
    return (_CRLF + " ").join(parts)


def plan_to_ics(request: PlanRequest, plan: Plan) -> CalendarFile:
    """The plan as a calendar: one event per step, each with a reminder.

    UIDs depend only on the step, its time and the request (not on ``now``),
    so importing an updated plan again replaces events instead of doubling them.
    """
    stamp = _utc_stamp(request.now)
    digest = _request_digest(request)
    lines: list[str] = []
    for step in plan.steps:
        lines += _event(step, plan, summary=step_summary(step, request), stamp=stamp, digest=digest)
    filename = f"follow-up-plan-{plan.interview_end.date().isoformat()}.ics"
    return calendar_file(lines, name="Interview follow-up plan", filename=filename)


def calendar_file(events: list[str], *, name: str, filename: str) -> CalendarFile:
    """Unfolded event lines wrapped in a calendar, each line folded, CRLF line ends."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        *events,
        "END:VCALENDAR",
    ]
    content = "".join(fold_line(line) + _CRLF for line in lines)
    return CalendarFile(filename=filename, content=content)


def calendar_event(
    *, uid: str, start: datetime, summary: str, description: str, now: datetime, cancelled: bool
) -> list[str]:
    """One event's unfolded lines: a reminder when it is open, ``STATUS:CANCELLED`` when not.

    Example:
        >>> at = datetime(2026, 12, 8, 10, tzinfo=UTC)
        >>> calendar_event(uid="check-in-1", start=at, summary="Check in", description="",
        ...     now=at, cancelled=True)[1:5]
        ['UID:check-in-1@followup.local', 'DTSTAMP:20261208T100000Z', \
'DTSTART:20261208T100000Z', 'DURATION:PT15M']
    """
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}@{UID_DOMAIN}",
        f"DTSTAMP:{_utc_stamp(now)}",
        f"DTSTART:{_utc_stamp(start)}",
        f"DURATION:{EVENT_DURATION}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
    ]
    if cancelled:
        lines.append("STATUS:CANCELLED")
    else:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{ALARM_TRIGGER}",
            f"DESCRIPTION:{escape_text(summary)}",
            "END:VALARM",
        ]
    return [*lines, "END:VEVENT"]


def _event(step: Step, plan: Plan, *, summary: str, stamp: str, digest: str) -> list[str]:
    start = _utc_stamp(step.recommended)
    uid = f"{step.kind.replace('_', '-')}-{start}-{digest}@{UID_DOMAIN}"
    you = plan.candidate_tz
    them = plan.interviewer_tz
    description = [
        step.reason,
        "",
        f"Send at: {format_moment(step.recommended_candidate)} your time ({you.key}).",
        (
            f"Window, the interviewer's time ({them.key}): "
            f"{format_moment(step.window_start)} to {format_moment(step.window_end)}."
        ),
        (
            f"Window, your time ({you.key}): {format_moment(step.window_start.astimezone(you))} "
            f"to {format_moment(step.window_end.astimezone(you))}."
        ),
    ]
    if step.kind == "final_follow_up":
        description += ["", plan.stop.message]
    words = {"summary": summary, "when": format_moment(step.recommended_candidate)}
    if step.write_by is None:
        trigger = f"TRIGGER:{ALARM_TRIGGER}"
        alarm = ICS_MESSAGES["alarm"].format(**words)
    else:
        trigger = f"TRIGGER;VALUE=DATE-TIME:{_utc_stamp(step.write_by)}"
        alarm = ICS_MESSAGES["alarm_night"].format(**words)
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{start}",
        f"DURATION:{EVENT_DURATION}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        trigger,
        f"DESCRIPTION:{escape_text(alarm)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _request_digest(request: PlanRequest) -> str:
    """A short hash of everything that shapes the plan, except ``now`` and the names.

    Naming the interviewers or the contact later changes the events' titles, not their identity.
    """
    args = request.to_args()
    for name in ("now", "contact", "interviewers", "company"):
        del args[name]
    canonical = json.dumps(args, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
