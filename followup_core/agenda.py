"""Your follow-ups: every step of every interview in progress, and which are due at ``now``.

An application is the timing calculator's plan request plus the company, the role,
the people met (the draft builder's details), the messages already sent (stage →
moment) and the replies received. The plan itself always comes from
:func:`followup_core.timing.make_plan`; this module only decides what has
happened since:

* A step marked sent is ``done``; the later steps of the plan move by as many
  days as it went out late (or early), on the interviewer's working days, at the
  hour the plan chose.
* A reply closes the chasing steps (the check-in and the final follow-up) that
  were not sent, and offers the stage that answers it (good news, a no, a delay,
  an offer). A delay with a new date plans the chasing steps again from that
  date; a delay without one moves them by the time that passed since the
  check-in's slot was chosen.
* Every other step is ``upcoming`` before its moment, ``due`` inside its window
  and ``overdue`` after it.

The clock is passed in; nothing here reads it.

Example (the guide's worked example, a week on, the thank-you sent):
    >>> from followup_core.examples import STORY_PLANS
    >>> now = parse_now("2026-12-08T11:00")
    >>> agenda = make_agenda(read_applications([{
    ...     "id": "harbor", "company": "Harbor Logistics",
    ...     "plan": STORY_PLANS["deadline"],
    ...     "sent": {"thank_you": "2026-12-02T09:30"},
    ... }], now=now)[0], now)
    >>> [(item.stage, item.state) for item in agenda]
    [('thank_you', 'done'), ('check_in', 'due'), ('final_follow_up', 'upcoming')]
"""

from __future__ import annotations

import hashlib
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Final, Literal

from .args import parse_date, parse_datetime, read_list, read_text, require_mapping
from .draft import Details
from .errors import InputError, InputErrors
from .ics import CalendarFile, calendar_event, calendar_file
from .schema import STAGE_BY_ID, STAGE_IDS, STEP_SPECS, Stage, StepKind
from .timing import (
    PlanRequest,
    Step,
    Timeline,
    format_zoned,
    make_plan,
    resolve_local,
    step_summary,
)

ReplyKind = Literal["positive", "negative", "delay", "offer"]
StepState = Literal["done", "due", "overdue", "upcoming", "not_needed"]

#: Reply kinds, each with the stage that answers it.
REPLY_STAGES: Final[Mapping[ReplyKind, Stage]] = MappingProxyType(
    {
        "positive": "reply_positive",
        "negative": "reply_rejection",
        "delay": "answer_delay",
        "offer": "accept_offer",
    }
)
REPLY_KINDS: Final[tuple[ReplyKind, ...]] = typing.get_args(ReplyKind)
STEP_STATES: Final[tuple[StepState, ...]] = typing.get_args(StepState)
#: The plan's steps that chase an answer; a reply makes them unnecessary.
CHASING: Final[frozenset[StepKind]] = frozenset(step.id for step in STEP_SPECS if step.chases)
#: Stages after which nothing more is sent for that application.
CLOSING: Final[frozenset[Stage]] = frozenset({"withdraw", "decline_offer", "accept_offer"})
#: How long an answer to a reply stays "due" before it is "overdue".
REPLY_WINDOW: Final = timedelta(days=2)
#: The most applications one agenda holds, and replies one application holds.
MAX_APPLICATIONS: Final = 200
MAX_REPLIES: Final = 50
#: The longest application id accepted.
MAX_ID_CHARS: Final = 100

#: Every sentence the agenda adds to the plan's, kept together.
MESSAGES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "state_done": "Sent",
        "state_due": "Due now",
        "state_overdue": "Overdue",
        "state_upcoming": "Upcoming",
        "state_not_needed": "No longer needed",
        "reason_reply_positive": "They replied with good news; answer within a day or two.",
        "reason_reply_negative": "They said no; a short, gracious reply keeps the door open.",
        "reason_reply_delay": "They need more time; a brief reply says you are still interested.",
        "reason_reply_offer": "They made an offer; answer it, or ask for the time you need.",
        "reason_sent": "You marked this as sent.",
        "reason_closed_reply": "Not needed: they replied on {when}.",
        "reason_closed_stage": "Not needed: you sent “{stage}” on {when}.",
        "title_to": "{label}: {who}",
        "who_at": "{people} at {company}",
        "unnamed": "Application {number}",
        "duplicate_id": "Another application above already uses the id “{id}”.",
        "sent_stage": "“{stage}” is not a stage this tool knows.",
        "new_date_only_delay": "Only a delay reply has a new date.",
        "calendar_name": "Interview follow-ups",
        "heading": "Your follow-ups",
        "today": "Today",
        "next": "Coming up",
        "nothing_today": "Nothing is due today.",
        "nothing_next": "Nothing else is planned.",
        "theirs": "{when} theirs",
        "left_out": "Left out: {field}: {message}",
        "file_not_ours": (
            "This file is not a follow-ups file from this guide: it has no list of applications."
        ),
        "file_version": "This file is version {version}; this tool reads version {ours}.",
    }
)
#: The version of the file the page exports and the command line reads.
FILE_VERSION: Final = 1
#: The states listed under "Today", and under "Coming up".
TODAY_STATES: Final[tuple[StepState, ...]] = ("overdue", "due")
NEXT_STATES: Final[tuple[StepState, ...]] = ("upcoming",)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """A reply received: its kind, when it came, and (for a delay) the new decision date."""

    kind: ReplyKind
    at: datetime
    new_date: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Application:
    """One interview in progress, as the agenda reads it.

    ``plan`` has the agenda's ``now`` and the names from ``details`` written in;
    ``sent`` holds aware moments; ``replies`` are in the order they came.
    """

    id: str
    company: str
    role: str
    plan: PlanRequest
    details: Details
    sent: Mapping[str, datetime]
    replies: tuple[Reply, ...]
    position: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One step of one application, and its state at ``now``.

    ``due`` and ``window_end`` are in the candidate's zone, ``due_theirs`` the same
    moment on the interviewer's clock; for a step already sent, ``due`` is when it went.
    """

    id: str
    stage: str
    due: datetime
    due_theirs: datetime
    window_end: datetime
    state: StepState
    title: str
    reason: str
    company: str
    role: str
    to: str
    sent_at: datetime | None
    position: int
    ref_year: int

    def to_json(self) -> dict[str, Any]:
        """The bridge's item: ``id`` is the application's."""
        same = self.due.tzinfo == self.due_theirs.tzinfo
        return {
            "id": self.id,
            "stage": self.stage,
            "label": STAGE_BY_ID[self.stage].label,
            "due": _iso(self.due),
            "due_theirs": _iso(self.due_theirs),
            "window_end": _iso(self.window_end),
            "state": self.state,
            "state_label": MESSAGES[f"state_{self.state}"],
            "title": self.title,
            "reason": self.reason,
            "company": self.company,
            "role": self.role,
            "to": self.to,
            "sent_at": _iso(self.sent_at) if self.sent_at else None,
            "when": {
                "yours": format_zoned(self.due, self.ref_year),
                "theirs": None if same else format_zoned(self.due_theirs, self.ref_year),
            },
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """An application left out of the agenda, and why (the field names its path)."""

    id: str | None
    index: int
    field: str
    code: str
    message: str

    def to_json(self) -> dict[str, Any]:
        """``{"id", "index", "field", "code", "message"}``."""
        return {
            "id": self.id,
            "index": self.index,
            "field": self.field,
            "code": self.code,
            "message": self.message,
        }


def parse_now(value: object) -> datetime:
    """The agenda's ``now``: an ISO date-time; without an offset, each application's own zone."""
    return parse_datetime(value, "now", label="current date and time")


def read_applications(raw: object, *, now: datetime) -> tuple[list[Application], list[Problem]]:
    """Read the ``applications`` list: the good ones, and a problem for each bad one.

    A list that is not a list (or is too long) is bad as a whole and raises
    :class:`InputError`; one bad application only adds a :class:`Problem`.
    ``now`` is written into every plan (a naive one is read in each plan's zone).
    """
    if not isinstance(raw, list):
        raise InputError("applications", "Give the applications as a list.", code="type")
    items = read_list(
        {"applications": raw}, "applications", max_items=MAX_APPLICATIONS, label="applications"
    )
    good: list[Application] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, entry in enumerate(items):
        prefix = f"applications[{index}]"
        raw_id = entry.get("id") if isinstance(entry, Mapping) else None
        shown_id = raw_id if isinstance(raw_id, str) else None
        try:
            application = _read_application(entry, prefix, index, now)
            if application.id in seen:
                raise InputError(
                    f"{prefix}.id",
                    MESSAGES["duplicate_id"].format(id=application.id[:40]),
                    code="duplicate",
                )
        except InputError as error:
            for each in getattr(error, "errors", (error,)):
                problems.append(
                    Problem(
                        id=shown_id,
                        index=index,
                        field=_under(prefix, each.field),
                        code=each.code,
                        message=each.message,
                    )
                )
            continue
        seen.add(application.id)
        good.append(application)
    return good, problems


def _under(prefix: str, field: str) -> str:
    """``applications[1]`` + ``plan.candidate_tz``, unless the field is already full."""
    return field if field.startswith(prefix) else f"{prefix}.{field}"


def _read_application(entry: object, prefix: str, index: int, now: datetime) -> Application:
    args = require_mapping(entry, prefix)
    errors: list[InputError] = []
    ident = ""
    try:
        ident = read_text(args, "id", prefix=prefix, required=True, max_chars=MAX_ID_CHARS)
    except InputError as error:
        errors.append(error)
    company = role = ""
    try:
        company = read_text(args, "company", prefix=prefix)
        role = read_text(args, "role", prefix=prefix)
    except InputError as error:
        errors.append(error)
    details = Details()
    raw_details = args.get("details")
    try:
        details = Details.from_args(
            require_mapping({} if raw_details is None else raw_details, f"{prefix}.details"),
            prefix=f"{prefix}.details",
        )
    except InputError as error:
        errors.extend(getattr(error, "errors", (error,)))
    plan: PlanRequest | None = None
    try:
        plan = _read_plan(args, prefix, company, details, now)
    except InputError as error:
        errors.extend(getattr(error, "errors", (error,)))
    zone = plan.candidate_tz if plan else None
    sent: dict[str, datetime] = {}
    replies: tuple[Reply, ...] = ()
    try:
        sent = _read_sent(args.get("sent"), f"{prefix}.sent", plan)
    except InputError as error:
        errors.extend(getattr(error, "errors", (error,)))
    try:
        replies = _read_replies(args, prefix, plan)
    except InputError as error:
        errors.extend(getattr(error, "errors", (error,)))
    if errors:
        raise InputErrors([replace_field(e, prefix) for e in errors])
    if plan is None or zone is None:
        raise AssertionError("a missing plan was reported above")  # pragma: no cover
    return Application(
        id=ident,
        company=company,
        role=role,
        plan=plan,
        details=details,
        sent=MappingProxyType(sent),
        replies=replies,
        position=index,
    )


def replace_field(error: InputError, prefix: str) -> InputError:
    """The same error, its field under ``prefix``."""
    return InputError(_under(prefix, error.field), error.message, code=error.code)


def _read_plan(
    args: Mapping[str, Any],
    prefix: str,
    company: str,
    details: Details,
    now: datetime,
) -> PlanRequest:
    raw = args.get("plan")
    if raw is None:
        raise InputError(f"{prefix}.plan", "Each application needs its plan.", code="required")
    plan_args = dict(require_mapping(raw, f"{prefix}.plan"))
    plan_args["now"] = now.isoformat()
    names = [person.name for person in details.interviewers if person.name]
    if names and not plan_args.get("interviewers"):
        plan_args["interviewers"] = names
    contact = _contact_name(details)
    if contact and not plan_args.get("contact"):
        plan_args["contact"] = contact
    if company and not plan_args.get("company"):
        plan_args["company"] = company
    try:
        return PlanRequest.from_args(plan_args)
    except InputError as error:
        raise InputErrors(
            [replace_field(e, f"{prefix}.plan") for e in getattr(error, "errors", (error,))]
        ) from None


def _contact_name(details: Details) -> str:
    """Whom the later messages go to, as the builder chooses: the contact, else interviewer 1."""
    contact = details.contact
    if contact.interviewer is None:
        return contact.name
    if contact.interviewer < len(details.interviewers):
        return details.interviewers[contact.interviewer].name
    return ""


def _read_sent(raw: object, field: str, plan: PlanRequest | None) -> dict[str, datetime]:
    if raw is None:
        return {}
    given = require_mapping(raw, field)
    errors: list[InputError] = []
    sent: dict[str, datetime] = {}
    for stage, moment in given.items():
        if stage not in STAGE_BY_ID:
            errors.append(
                InputError(
                    f"{field}.{str(stage)[:40]}",
                    MESSAGES["sent_stage"].format(stage=str(stage)[:40]),
                    code="invalid",
                )
            )
            continue
        try:
            sent[stage] = _aware(parse_datetime(moment, f"{field}.{stage}"), plan)
        except InputError as error:
            errors.append(error)
    if errors:
        raise InputErrors(errors)
    return sent


def _read_replies(
    args: Mapping[str, Any], prefix: str, plan: PlanRequest | None
) -> tuple[Reply, ...]:
    items = read_list(args, "replies", prefix=prefix, max_items=MAX_REPLIES, label="replies")
    errors: list[InputError] = []
    replies: list[Reply] = []
    for number, raw in enumerate(items):
        field = f"{prefix}.replies[{number}]"
        try:
            reply = require_mapping(raw, field)
            kind = reply.get("kind")
            if kind not in REPLY_KINDS:
                raise InputError(
                    f"{field}.kind",
                    f"Say what kind of reply it was: {', '.join(REPLY_KINDS)}.",
                    code="invalid",
                )
            at = _aware(parse_datetime(reply.get("at"), f"{field}.at", label="reply's date"), plan)
            new_date = None
            if reply.get("new_date") not in (None, ""):
                if kind != "delay":
                    raise InputError(
                        f"{field}.new_date", MESSAGES["new_date_only_delay"], code="invalid"
                    )
                new_date = parse_date(reply["new_date"], f"{field}.new_date", label="new date")
            replies.append(Reply(kind=typing.cast(ReplyKind, kind), at=at, new_date=new_date))
        except InputError as error:
            errors.append(error)
    if errors:
        raise InputErrors(errors)
    # Replies at the same moment are taken in one fixed order, whatever order they were given.
    return tuple(
        sorted(
            replies,
            key=lambda reply: (reply.at, REPLY_KINDS.index(reply.kind), reply.new_date or date.min),
        )
    )


def _aware(moment: datetime, plan: PlanRequest | None) -> datetime:
    """A moment without an offset is a wall time in the candidate's zone."""
    if moment.tzinfo is not None or plan is None:
        return moment
    return resolve_local(moment, plan.candidate_tz).instant


# --------------------------------------------------------------------------- the agenda


def make_agenda(applications: Sequence[Application], now: datetime) -> list[Item]:
    """Every step of every application with its state at ``now``, sorted by ``due``."""
    items: list[Item] = []
    for application in applications:
        items += application_items(application, now)
    return sorted(items, key=lambda item: (item.due, item.position, _stage_order(item.stage)))


def _stage_order(stage: str) -> int:
    return STAGE_IDS.index(typing.cast(Stage, stage))


def application_items(application: Application, now: datetime) -> list[Item]:
    """One application's steps, planned, moved by what was sent, closed by replies."""
    request = application.plan
    instant = _aware(now, request) if now.tzinfo is None else now
    steps = _moved_steps(application)
    closed = _closed_at(application)
    items: list[Item] = []
    for step in steps:
        sent = application.sent.get(step.kind)
        items.append(_plan_item(application, step, sent, closed, instant))
    for reply in reversed(application.replies):
        answer = REPLY_STAGES[reply.kind]
        if any(item.stage == answer for item in items):
            continue  # an earlier reply of the same kind: the latest one is answered
        items.append(_reply_item(application, reply, answer, instant))
    planned = {item.stage for item in items}
    for stage, moment in application.sent.items():
        if stage not in planned:
            items.append(_sent_item(application, stage, moment))
    return items


def _moved_steps(application: Application) -> list[Step]:
    """The plan's steps, re-planned after a delay and moved by each step sent before them."""
    request = _replanned(application)
    steps = list(make_plan(request).steps)
    for number, step in enumerate(steps):
        sent = application.sent.get(step.kind)
        if sent is None:
            continue
        zone = request.zone
        days = (sent.astimezone(zone).date() - step.recommended.astimezone(zone).date()).days
        if days == 0:
            continue
        for later in range(number + 1, len(steps)):
            if steps[later].kind not in application.sent:
                steps[later] = _shift(steps[later], days, request)
    return steps


def _replanned(application: Application) -> PlanRequest:
    """The plan request, with the latest delay's new date as their decision date."""
    request = application.plan
    for reply in application.replies:
        if reply.kind == "delay" and reply.new_date is not None:
            request = replace(request, timeline=Timeline(by=reply.new_date))
    return request


def _shift(step: Step, days: int, request: PlanRequest) -> Step:
    """``step`` moved by ``days``, then on to the interviewer's next working day, same hour."""
    zone = request.zone
    local = step.recommended.astimezone(zone).replace(tzinfo=None) + timedelta(days=days)
    for _ in range(400):
        if local.isoweekday() in request.working_days and local.date() not in request.holidays:
            break
        local += timedelta(days=1)
    at = resolve_local(local, zone).instant
    moved = at - step.recommended
    return replace(
        step,
        recommended=at.astimezone(zone),
        recommended_candidate=at.astimezone(request.candidate_tz),
        window_start=step.window_start + moved,
        window_end=step.window_end + moved,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Closed:
    """When the chasing stopped (and why), and when everything stopped."""

    chasing: datetime | None = None
    chasing_reason: str = ""
    everything: datetime | None = None
    everything_reason: str = ""


def _closed_at(application: Application) -> _Closed:
    """A reply (other than a delay) closes the chasing; a closing stage sent closes all."""
    chasing: datetime | None = None
    reason = ""
    for reply in application.replies:
        if reply.kind == "delay":
            chasing, reason = None, ""  # the chase goes on, towards the new date
        else:
            chasing = reply.at
            reason = MESSAGES["reason_closed_reply"].format(when=_when(reply.at, application))
    everything: datetime | None = None
    everything_reason = ""
    for stage, moment in application.sent.items():
        if stage in CLOSING and (everything is None or moment < everything):
            everything = moment
            everything_reason = MESSAGES["reason_closed_stage"].format(
                stage=STAGE_BY_ID[stage].label, when=_when(moment, application)
            )
    negative = any(reply.kind == "negative" for reply in application.replies)
    if negative and everything is None:
        everything, everything_reason = chasing, reason
    return _Closed(
        chasing=chasing,
        chasing_reason=reason,
        everything=everything,
        everything_reason=everything_reason,
    )


def _when(moment: datetime, application: Application) -> str:
    zone = application.plan.candidate_tz
    return format_zoned(moment.astimezone(zone), _ref_year(application))


def _ref_year(application: Application) -> int:
    return application.plan.now.astimezone(application.plan.candidate_tz).year


def _state(due: datetime, window_end: datetime, now: datetime) -> StepState:
    if now < due:
        return "upcoming"
    return "due" if now < window_end else "overdue"


def _plan_item(
    application: Application,
    step: Step,
    sent: datetime | None,
    closed: _Closed,
    now: datetime,
) -> Item:
    request = application.plan
    state: StepState
    reason = step.reason
    if sent is not None:
        state, due = "done", sent
    elif closed.everything is not None:
        state, due, reason = "not_needed", step.recommended, closed.everything_reason
    elif step.kind in CHASING and closed.chasing is not None:
        state, due, reason = "not_needed", step.recommended, closed.chasing_reason
    else:
        state, due = _state(step.recommended, step.window_end, now), step.recommended
    return _item(
        application,
        stage=step.kind,
        due=due,
        window_end=step.window_end,
        state=state,
        title=step_summary(step, request),
        reason=reason,
        sent=sent,
    )


def _reply_item(application: Application, reply: Reply, stage: Stage, now: datetime) -> Item:
    sent = application.sent.get(stage)
    window_end = reply.at + REPLY_WINDOW
    if sent is not None:
        state: StepState = "done"
    elif application.sent.keys() & CLOSING and stage not in CLOSING:
        state = "not_needed"
    else:
        state = _state(reply.at, window_end, now)
    return _item(
        application,
        stage=stage,
        due=sent or reply.at,
        window_end=window_end,
        state=state,
        title=_title(application, stage),
        reason=MESSAGES[f"reason_reply_{reply.kind}"],
        sent=sent,
    )


def _sent_item(application: Application, stage: str, moment: datetime) -> Item:
    return _item(
        application,
        stage=stage,
        due=moment,
        window_end=moment,
        state="done",
        title=_title(application, stage),
        reason=MESSAGES["reason_sent"],
        sent=moment,
    )


def _title(application: Application, stage: str) -> str:
    """``Reply to good news to Daniel Okafor at Harbor Logistics``, or just the label."""
    spec = STAGE_BY_ID[stage]
    request = application.plan
    if spec.recipients == "each_interviewer":
        people = ", ".join(request.interviewers)
    else:
        people = request.contact
    company = application.company or request.company
    who = MESSAGES["who_at"].format(people=people, company=company)
    if not (people and company):
        who = people or company
    return MESSAGES["title_to"].format(label=spec.label, who=who) if who else spec.label


def _item(
    application: Application,
    *,
    stage: str,
    due: datetime,
    window_end: datetime,
    state: StepState,
    title: str,
    reason: str,
    sent: datetime | None,
) -> Item:
    request = application.plan
    candidate, zone = request.candidate_tz, request.zone
    spec = STAGE_BY_ID[stage]
    to = (
        ", ".join(request.interviewers)
        if spec.recipients == "each_interviewer"
        else request.contact
    )
    return Item(
        id=application.id,
        stage=stage,
        due=due.astimezone(candidate),
        due_theirs=due.astimezone(zone),
        window_end=window_end.astimezone(candidate),
        state=state,
        title=title,
        reason=reason,
        company=application.company or request.company,
        role=application.role,
        to=to,
        sent_at=sent.astimezone(candidate) if sent else None,
        position=application.position,
        ref_year=_ref_year(application),
    )


# --------------------------------------------------------------------------- the calendar


def agenda_calendar(items: Sequence[Item], now: datetime) -> CalendarFile:
    """One calendar for every application: an event with a reminder per open step.

    Each event's UID depends only on the application's id and the stage, so
    importing the file again moves events instead of doubling them; a step sent
    or no longer needed comes as a cancelled event with the same UID.
    """
    events: list[str] = []
    for item in items:
        digest = hashlib.sha256(item.id.encode("utf-8")).hexdigest()[:16]
        events += calendar_event(
            uid=f"{item.stage.replace('_', '-')}-{digest}",
            start=item.due,
            summary=item.title,
            description=item.reason,
            now=now,
            cancelled=item.state in ("done", "not_needed"),
        )
    return calendar_file(events, name=MESSAGES["calendar_name"], filename="follow-ups.ics")


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


# --------------------------------------------------------------------------- the bridge op


def agenda_result(args: Mapping[str, Any]) -> dict[str, Any]:
    """The bridge's ``agenda`` result: items sorted by ``due``, problems, and (asked) a calendar."""
    args = require_mapping(args, "args")
    now = parse_now(args.get("now"))
    want_calendar = args.get("calendar")
    if want_calendar is not None and not isinstance(want_calendar, bool):
        raise InputError("calendar", "The calendar option must be true or false.", code="type")
    if "applications" not in args:
        raise InputError("applications", "Give the applications as a list.", code="required")
    applications, problems = read_applications(args["applications"], now=now)
    items = make_agenda(applications, now)
    result: dict[str, Any] = {
        "items": [item.to_json() for item in items],
        "problems": [problem.to_json() for problem in problems],
        "applications": [
            {
                "id": a.id,
                "company": a.company,
                "role": a.role,
                "title": _name(a),
                "draft_details": _draft_details(a),
            }
            for a in applications
        ],
        "file_version": FILE_VERSION,
        "states": [{"id": state, "label": MESSAGES[f"state_{state}"]} for state in STEP_STATES],
        "reply_kinds": [{"id": kind, "stage": REPLY_STAGES[kind]} for kind in REPLY_KINDS],
    }
    result["calendar"] = None  # asked for with ``calendar: true``
    if want_calendar:
        stamp = applications[0].plan.now if applications else _aware_utc(now)
        result["calendar"] = agenda_calendar(items, stamp).to_json()
    return result


def applications_in_file(document: object) -> object:
    """The ``applications`` of an exported file (``{"version": 1, "applications": [...]}``)."""
    if not isinstance(document, Mapping) or "applications" not in document:
        raise InputError("file", MESSAGES["file_not_ours"], code="not_ours")
    version = document.get("version")
    if version != FILE_VERSION or isinstance(version, bool):
        shown = str(version)[:20]
        raise InputError(
            "version",
            MESSAGES["file_version"].format(version=shown, ours=FILE_VERSION),
            code="version",
        )
    return document["applications"]


def describe_agenda_text(result: Mapping[str, Any]) -> str:
    """The bridge's agenda result as the command line prints it: today, then what comes next."""
    lines = [MESSAGES["heading"], ""]
    for heading, states, nothing in (
        ("today", TODAY_STATES, "nothing_today"),
        ("next", NEXT_STATES, "nothing_next"),
    ):
        lines.append(MESSAGES[heading])
        chosen = [item for item in result["items"] if item["state"] in states]
        lines += [_item_line(item) for item in chosen] or [f"  {MESSAGES[nothing]}"]
        lines.append("")
    lines += [
        MESSAGES["left_out"].format(field=problem["field"], message=problem["message"])
        for problem in result["problems"]
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _item_line(item: Mapping[str, Any]) -> str:
    """``- Overdue: Check in with … — Tuesday 8 December, 10:00 GMT (05:00 EST theirs)``."""
    when = item["when"]["yours"]
    if item["when"]["theirs"]:
        when += f" ({MESSAGES['theirs'].format(when=item['when']['theirs'])})"
    return f"- {item['state_label']}: {item['title']} — {when}"


def _aware_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _draft_details(application: Application) -> dict[str, Any]:
    """The plan's dates in the builder's words (after a delay, the new date)."""
    details = make_plan(_replanned(application)).draft_details
    return details.to_json() if details else {}


def _name(application: Application) -> str:
    """How the page heads an application: company and role, or its number."""
    parts = [part for part in (application.company, application.role) if part]
    return " — ".join(parts) or MESSAGES["unnamed"].format(number=application.position + 1)


__all__ = [
    "FILE_VERSION",
    "REPLY_KINDS",
    "REPLY_STAGES",
    "STEP_STATES",
    "Application",
    "Item",
    "Problem",
    "Reply",
    "agenda_calendar",
    "agenda_result",
    "application_items",
    "applications_in_file",
    "describe_agenda_text",
    "make_agenda",
    "parse_now",
    "read_applications",
]
