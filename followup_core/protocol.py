"""The bridge's contract, declared once: each operation's arguments and result, and the version.

Every request is ``{"v": PROTOCOL_VERSION, "op": NAME, "args": ARGS}`` and every reply
either ``{"v", "ok": true, "result": RESULT}`` or ``{"v", "ok": false, "error": BridgeError,
"errors": [BridgeError, ...]}``. :data:`OPERATIONS` names each operation's ``ARGS`` and
``RESULT`` as the typed dictionaries below. The page's JavaScript types
(``overrides/assets/followup/contract.js``) are generated from this module by
``python -m sitebuild.contract``; a test fails when that file is stale, and another holds
the bridge's real replies to these shapes (:func:`mismatches`). The bridge itself does
not import this module: it reads :data:`PROTOCOL_VERSION` from ``_version.py``, so a
first start in the browser pays nothing for the shapes.

Adding an operation is one entry in :data:`OPERATIONS` (with its two shapes) plus its
handler in ``bridge.py``; CONTRIBUTING.md has the recipe.

Arguments are declared ``total=False``: the bridge reads every key as optional and names
a missing required one in its error. A shape with both kinds of key puts the optional
ones in a ``total=False`` subclass (``BridgeError``): Python 3.11 does not see
``NotRequired`` in a module with postponed annotations. Ids whose lists live in
:mod:`followup_core.schema` or :mod:`followup_core.timing` are typed with those modules'
``Literal`` aliases (:data:`VOCABULARIES`), so each vocabulary still has one owner.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal, TypedDict, Union, get_args, get_origin

from ._version import PROTOCOL_VERSION as PROTOCOL_VERSION
from .agenda import ReplyKind, StepState
from .rules import Severity
from .schema import Channel, FieldKind, Recipients, Stage, StepKind
from .timing import Pace, StatusKind, TimelineUnit

# --------------------------------------------------------------------------- errors


class _BridgeErrorBase(TypedDict):
    code: str
    field: str
    message: str


class BridgeError(_BridgeErrorBase, total=False):
    """What went wrong, naming the field (dotted for nested ones: ``timeline.by``).

    ``code`` is e.g. ``bad_value``, ``too_long`` or ``internal``; ``message`` a sentence
    for the reader. ``detail`` (``internal`` only) holds the exception and its traceback,
    which the worker logs to the console and removes: the page never receives it.
    """

    detail: str


# --------------------------------------------------------------------------- plan and ics


class Timeline(TypedDict, total=False):
    """What they said about their decision: a date (``by``) or a span (``within`` ``unit``)."""

    by: str
    within: int | None
    unit: TimelineUnit


class PublicHolidayTable(TypedDict, total=False):
    """One country's public holidays, as the build writes them: ``days`` holds
    ``[ISO date, name, [region codes]]`` (``"*"`` for the whole country)."""

    country: str
    years: list[int]
    days: list[tuple[str, str, list[str]]]


class PlanArgs(TypedDict, total=False):
    """The ``plan`` and ``ics`` arguments: dates as ISO 8601, zones as IANA names.

    ``null`` stands for "not given" wherever it is allowed: the default applies, or the
    error names the field.
    """

    interview_end: str
    candidate_tz: str
    interviewer_tz: str | None
    now: str
    timeline: Timeline | None
    working_days: list[int]
    working_hours: list[str]
    holidays: list[str]
    candidate_country: str | None
    interviewer_country: str | None
    public_holidays: dict[str, PublicHolidayTable]
    grace_working_days: int | None
    pace: Pace
    decision_imminent: bool
    contact: str
    company: str
    interviewers: list[str]


class PlanStep(TypedDict):
    """One message to send; ``recommended`` and the window are on the interviewer's clock."""

    kind: StepKind
    title: str
    recommended: str
    recommended_candidate: str
    window_start: str
    window_end: str
    reason: str
    fallback: bool
    write_by: str | None


class PlanStatus(TypedDict):
    """What to do now; ``until`` is when that changes, ``step`` the step it is about."""

    kind: StatusKind
    message: str
    until: str | None
    step: StepKind | None


class PlanStop(TypedDict):
    """When following up ends, and the sentence saying so."""

    after: str
    message: str


class BothClocks(TypedDict):
    """A moment in words on the reader's clock and the interviewer's (no ``theirs``: one zone)."""

    yours: str
    theirs: str | None


class StepDisplay(TypedDict):
    """A step's moments in words."""

    when: BothClocks
    window_start: BothClocks
    window_end: BothClocks


class PlanDisplay(TypedDict):
    """Every date of the plan in words, so the page formats none itself."""

    same_zone: bool
    interview_end: BothClocks
    steps: list[StepDisplay]
    stop: BothClocks


class PlanDraftDetails(TypedDict):
    """What the plan gives the draft builder's fields, in the core's words."""

    interview_date: str
    timeline: str | None


class PlanResult(TypedDict):
    """The ``plan`` result: at most three steps, then stop, and what to do now."""

    steps: list[PlanStep]
    status: PlanStatus
    stop: PlanStop
    interview_end: str
    candidate_tz: str
    interviewer_tz: str
    interviewer_country: str
    candidate_country: str
    deadline: str | None
    notes: list[str]
    display: PlanDisplay
    text: str
    draft_details: PlanDraftDetails


class IcsResult(TypedDict):
    """The ``ics`` result: a calendar file's name and its RFC 5545 text."""

    filename: str
    content: str


# --------------------------------------------------------------------------- draft and check


class DraftArgs(TypedDict, total=False):
    """The ``draft`` arguments; ``details`` holds the fields ``defaults`` lists, by id."""

    stage: Stage
    channel: Channel
    details: dict[str, object]
    linkedin_free_account: bool
    now: str


class Finding(TypedDict):
    """One thing the checker flags; spans count code points, as Python does."""

    rule: str
    severity: Severity
    message: str
    spans: list[tuple[int, int]]
    section: str


class Mailto(TypedDict):
    """A mail link, and whether it is too long for mail programs to open."""

    url: str
    too_long: bool


class Draft(TypedDict):
    """One draft; ``missing`` lists the details still to fill in (``details.role``)."""

    to: str
    subject: str
    body: str
    text: str
    filename: str
    words: int
    chars: int
    limit: int | None
    size: str
    mailto: Mailto | None
    missing: list[str]
    findings: list[Finding]
    stage: Stage
    channel: Channel


class DraftResult(TypedDict):
    """The ``draft`` result: a note per interviewer, or one message to the contact."""

    drafts: list[Draft]
    recipients: Recipients


class CheckArgs(TypedDict, total=False):
    """The ``check`` arguments: a pasted draft, kept exactly as given."""

    text: str
    channel: Channel
    stage: Stage | None
    linkedin_free_account: bool


class CheckResult(TypedDict):
    """The ``check`` result: the findings for a pasted draft and its size."""

    findings: list[Finding]
    words: int
    chars: int
    limit: int | None
    size: str


class MailtoArgs(TypedDict, total=False):
    """The ``mailto`` arguments."""

    to: str
    subject: str
    body: str


# --------------------------------------------------------------------------- defaults


class DefaultsArgs(TypedDict, total=False):
    """The ``defaults`` operation takes no arguments."""


class StageChoice(TypedDict):
    """A stage as the form offers it."""

    id: Stage
    label: str
    recipients: Recipients
    channels: list[Channel]
    section: str
    default_contact: Literal["interviewer", "other"]


class ChannelChoice(TypedDict):
    """A channel and its character limit (``None``: none)."""

    id: Channel
    label: str
    limit: int | None


class PersonField(TypedDict):
    """One field of an interviewer's card."""

    id: str
    label: str
    hint: str
    limit: int


class _DetailFieldBase(TypedDict):
    id: str
    label: str
    hint: str
    example: str
    kind: FieldKind
    limit: int
    multiline: bool
    required_for: list[Stage]
    stages: list[Stage]
    shown_when: str


class DetailField(_DetailFieldBase, total=False):
    """A detail field; the people field (``kind`` ``people``) also lists its sub-fields."""

    max_items: int
    fields: list[PersonField]


class Choice(TypedDict):
    """An id and its label."""

    id: str
    label: str


class Weekday(TypedDict):
    """An ISO weekday number (Monday is 1) and its name."""

    iso: int
    name: str


class GraceRange(TypedDict):
    """How many working days after their date a check-in waits: default and bounds."""

    default: int
    min: int
    max: int


class PaceChoice(TypedDict):
    """A pace of follow-ups, with the hint the form shows."""

    id: Pace
    label: str
    hint: str


class Limits(TypedDict):
    """The most characters a field, a pasted text and a mail link may hold."""

    field_chars: int
    text_chars: int
    mailto_chars: int


class DefaultsResult(TypedDict):
    """Everything a form needs to offer choices, so the page hard-codes none."""

    version: str
    stages: list[StageChoice]
    channels: list[ChannelChoice]
    linkedin_free_connection_limit: int
    detail_fields: list[DetailField]
    timeline_units: list[Choice]
    weekdays: list[Weekday]
    working_days: list[int]
    working_hours: list[str]
    grace_working_days: GraceRange
    paces: list[PaceChoice]
    default_pace: Pace
    imminent_window_hours: int
    time_zones: list[str]
    limits: Limits


# --------------------------------------------------------------------------- operations

#: The vocabularies the shapes use, by the name the JavaScript types give them.
VOCABULARIES: Final[Mapping[str, object]] = MappingProxyType(
    {
        "Stage": Stage,
        "Channel": Channel,
        "Recipients": Recipients,
        "FieldKind": FieldKind,
        "Severity": Severity,
        "StepKind": StepKind,
        "StatusKind": StatusKind,
        "TimelineUnit": TimelineUnit,
        "Pace": Pace,
    }
)


# --------------------------------------------------------------------------- agenda


class AgendaReply(TypedDict, total=False):
    """A reply the reader received; ``new_date`` only for a delay that named one."""

    kind: ReplyKind
    at: str
    new_date: str | None


class AgendaApplication(TypedDict, total=False):
    """One interview in progress: the plan's arguments plus what the builder and the agenda need."""

    id: str
    company: str
    role: str
    plan: PlanArgs
    details: dict[str, object]
    sent: dict[str, str]
    replies: list[AgendaReply]


class AgendaArgs(TypedDict, total=False):
    """The ``agenda`` arguments: every interview in progress, and the moment to judge them by."""

    applications: list[AgendaApplication]
    now: str
    calendar: bool


class AgendaWhen(TypedDict):
    """A step's moment in words, in the reader's zone and (when it differs) the interviewer's."""

    yours: str
    theirs: str | None


class AgendaItem(TypedDict):
    """One step of one interview; ``id`` is the interview's."""

    id: str
    stage: Stage
    label: str
    due: str
    due_theirs: str
    window_end: str
    state: StepState
    state_label: str
    title: str
    reason: str
    company: str
    role: str
    to: str
    sent_at: str | None
    when: AgendaWhen


class AgendaProblem(TypedDict):
    """An interview left out of the agenda; ``field`` is its path (``applications[1].plan.now``)."""

    id: str | None
    index: int
    field: str
    code: str
    message: str


class AgendaHeading(TypedDict):
    """How the page heads an interview, and the builder's details for it."""

    id: str
    company: str
    role: str
    title: str
    draft_details: dict[str, object]


class AgendaStateLabel(TypedDict):
    id: StepState
    label: str


class AgendaReplyKind(TypedDict):
    id: ReplyKind
    stage: Stage


class AgendaResult(TypedDict):
    """The ``agenda`` result: items sorted by ``due``, the interviews left out and why."""

    items: list[AgendaItem]
    problems: list[AgendaProblem]
    applications: list[AgendaHeading]
    file_version: int
    states: list[AgendaStateLabel]
    reply_kinds: list[AgendaReplyKind]
    calendar: IcsResult | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Operation:
    """One bridge operation: the typed dictionaries of its arguments and its result."""

    args: type
    result: type
    summary: str


#: Every operation the bridge answers, by name. ``bridge.OPS`` holds exactly these names.
OPERATIONS: Final[Mapping[str, Operation]] = MappingProxyType(
    {
        "plan": Operation(
            args=PlanArgs, result=PlanResult, summary="The follow-up plan and what to do now."
        ),
        "ics": Operation(
            args=PlanArgs, result=IcsResult, summary="The same plan as a calendar file."
        ),
        "draft": Operation(
            args=DraftArgs, result=DraftResult, summary="The drafts for a stage and channel."
        ),
        "check": Operation(
            args=CheckArgs, result=CheckResult, summary="The checker's findings for a text."
        ),
        "mailto": Operation(args=MailtoArgs, result=Mailto, summary="A mail link."),
        "defaults": Operation(
            args=DefaultsArgs, result=DefaultsResult, summary="The choices a form offers."
        ),
        "agenda": Operation(
            args=AgendaArgs, result=AgendaResult, summary="Every interview's steps and states."
        ),
    }
)


def mismatches(value: object, shape: object, path: str = "") -> list[str]:
    """Where ``value`` (decoded JSON) departs from ``shape`` (one of this module's annotations).

    A typed dictionary must have its required keys, no undeclared ones, and values of the
    declared types; a ``Literal`` one of its values; ``int`` any JSON number but a boolean.

    Example:
        >>> mismatches({"url": "mailto:", "too_long": "no", "x": 1}, Mailto)
        ['value.x: not declared', 'value.too_long: expected bool']
    """
    here = path or "value"
    if shape is object:
        return []
    if isinstance(shape, type) and typing.is_typeddict(shape):
        if not isinstance(value, dict):
            return [f"{here}: expected an object, got {value!r:.60}"]
        hints = typing.get_type_hints(shape)
        required: frozenset[str] = shape.__required_keys__  # type: ignore[attr-defined]
        problems = [f"{here}.{key}: missing" for key in sorted(required - value.keys())]
        problems += [f"{here}.{key}: not declared" for key in sorted(value.keys() - hints.keys())]
        for key in [key for key in hints if key in value]:
            problems += mismatches(value[key], hints[key], f"{here}.{key}")
        return problems
    origin, args = get_origin(shape), get_args(shape)
    if origin is Literal:
        return [] if value in args else [f"{here}: {value!r:.60} is not one of {args}"]
    if origin in (Union, types.UnionType):
        options = [mismatches(value, arg, path) for arg in args]
        return [] if any(not found for found in options) else min(options, key=len)
    if origin in (list, tuple):
        return _list_mismatches(value, origin, args, here)
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{here}: expected an object"]
        return [p for k, item in value.items() for p in mismatches(item, args[1], f"{here}.{k}")]
    if shape is type(None):
        return [] if value is None else [f"{here}: expected null, got {value!r:.60}"]
    if shape is int or shape is float:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return [] if number else [f"{here}: expected a number, got {value!r:.60}"]
    if isinstance(shape, type):
        return [] if isinstance(value, shape) else [f"{here}: expected {shape.__name__}"]
    raise TypeError(f"no check for {shape!r}")


def _list_mismatches(
    value: object, origin: object, args: tuple[object, ...], here: str
) -> list[str]:
    if not isinstance(value, list):
        return [f"{here}: expected a list, got {value!r:.60}"]
    if origin is tuple:
        if len(value) != len(args):
            return [f"{here}: expected {len(args)} items"]
        pairs = list(zip(value, args, strict=True))
    else:
        pairs = [(item, args[0]) for item in value]
    return [p for i, (item, arg) in enumerate(pairs) for p in mismatches(item, arg, f"{here}.{i}")]
