"""The only door between the browser and the core: one JSON string in, one JSON string out.

The page's worker calls :func:`handle` for every request. It never raises: bad
input comes back as ``{"ok": false, "error": {...}}`` naming the field, and an
unexpected failure comes back as an ``internal`` error with a sentence to show
instead of a traceback; the traceback travels in the error's ``detail``, which the
worker logs to the browser's console and the page never shows.

Example:
    >>> import json
    >>> reply = json.loads(handle('{"v": 1, "op": "mailto", "args": {"subject": "Hi"}}'))
    >>> reply["ok"], reply["result"]["url"]
    (True, 'mailto:?subject=Hi')
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._version import PROTOCOL_VERSION, __version__
from .agenda import agenda_result
from .args import MAX_FIELD_CHARS, MAX_TEXT_CHARS, require_mapping
from .checks import CheckRequest, check_text, count_words, describe_size
from .draft import DraftRequest, build_drafts
from .errors import InputError
from .ics import plan_to_ics
from .mailto import MAILTO_MAX_CHARS, MailtoRequest, mailto_link
from .schema import (
    LINKEDIN_FREE_CONNECTION_LIMIT,
    STAGE_BY_ID,
    STAGE_SPECS,
    detail_fields_json,
    stage_channels_json,
)
from .timing import (
    CADENCES,
    DEFAULT_PACE,
    DEFAULT_WORKING_DAYS,
    DEFAULT_WORKING_HOURS,
    GRACE_RANGE,
    GRACE_WORKING_DAYS,
    IMMINENT_WINDOW,
    TIMELINE_UNITS,
    UNIT_NAMES,
    PlanRequest,
    make_plan,
)
from .zones import time_zone_names

#: Requests larger than this are refused before parsing (a pasted draft is far smaller).
MAX_REQUEST_CHARS = 1_000_000

Result = dict[str, Any]
Op = Callable[[Mapping[str, Any]], Result]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _plan(args: Mapping[str, Any]) -> Result:
    return make_plan(PlanRequest.from_args(args)).to_json()


def _ics(args: Mapping[str, Any]) -> Result:
    request = PlanRequest.from_args(args)
    return plan_to_ics(request, make_plan(request)).to_json()


def _draft(args: Mapping[str, Any]) -> Result:
    request = DraftRequest.from_args(args)
    drafts = build_drafts(request)
    return {
        "drafts": [draft.to_json() for draft in drafts],
        "recipients": STAGE_BY_ID[request.stage].recipients,
    }


def _check(args: Mapping[str, Any]) -> Result:
    request = CheckRequest.from_args(args)
    findings = check_text(
        request.text, channel=request.channel, stage=request.stage, limit=request.limit
    )
    words, chars, limit = count_words(request.text), len(request.text), request.effective_limit
    return {
        "findings": [finding.to_json() for finding in findings],
        "words": words,
        "chars": chars,
        "limit": limit,
        "size": describe_size(words=words, chars=chars, limit=limit),
    }


def _mailto(args: Mapping[str, Any]) -> Result:
    request = MailtoRequest.from_args(args)
    return mailto_link(to=request.to, subject=request.subject, body=request.body).to_json()


def _defaults(args: Mapping[str, Any]) -> Result:
    """Everything a form needs to offer choices, so the page hard-codes none."""
    start, end = DEFAULT_WORKING_HOURS
    return {
        "version": __version__,
        "stages": [stage.to_json() for stage in STAGE_SPECS],
        "channels": stage_channels_json(),
        "linkedin_free_connection_limit": LINKEDIN_FREE_CONNECTION_LIMIT,
        "detail_fields": detail_fields_json(),
        "timeline_units": [{"id": unit, "label": UNIT_NAMES[unit][1]} for unit in TIMELINE_UNITS],
        "weekdays": [{"iso": n, "name": name} for n, name in enumerate(_WEEKDAY_NAMES, start=1)],
        "working_days": sorted(DEFAULT_WORKING_DAYS),
        "working_hours": [start.strftime("%H:%M"), end.strftime("%H:%M")],
        "grace_working_days": {
            "default": GRACE_WORKING_DAYS,
            "min": GRACE_RANGE[0],
            "max": GRACE_RANGE[1],
        },
        "paces": [
            {"id": pace, "label": cadence.label, "hint": cadence.hint}
            for pace, cadence in CADENCES.items()
        ],
        "default_pace": DEFAULT_PACE,
        "imminent_window_hours": int(IMMINENT_WINDOW.total_seconds() // 3600),
        "time_zones": list(time_zone_names()),
        "limits": {
            "field_chars": MAX_FIELD_CHARS,
            "text_chars": MAX_TEXT_CHARS,
            "mailto_chars": MAILTO_MAX_CHARS,
        },
    }


def _agenda(args: Mapping[str, Any]) -> Result:
    return agenda_result(args)


#: Each operation's handler; ``protocol.OPERATIONS`` declares its arguments and result.
OPS: Mapping[str, Op] = {
    "agenda": _agenda,
    "check": _check,
    "defaults": _defaults,
    "draft": _draft,
    "ics": _ics,
    "mailto": _mailto,
    "plan": _plan,
}


def run(op: str, args: Mapping[str, Any]) -> Result:
    """Run one operation on already-decoded arguments; raises :class:`InputError`.

    The command line uses this directly; the browser goes through :func:`handle`.
    """
    action = OPS.get(op)
    if action is None:
        choices = ", ".join(sorted(OPS))
        raise InputError("op", f"Unknown operation “{str(op)[:40]}”; use one of: {choices}.")
    return action(args)


def handle(request: str) -> str:
    """Answer one JSON request with one JSON reply; never raises."""
    try:
        result = _dispatch(request)
    except InputError as error:
        return _reply_errors(getattr(error, "errors", (error,)))
    except Exception as error:
        return _reply_error(
            "internal",
            "",
            f"Something went wrong inside the tool ({type(error).__name__}). "
            "Please try again; your text has not been sent anywhere.",
            # For whoever debugs it: the worker logs this to the console, never shows it.
            detail="".join(traceback.format_exception(error)),
        )
    return json.dumps({"v": PROTOCOL_VERSION, "ok": True, "result": result}, ensure_ascii=False)


#: The deepest nesting of lists and objects a request may have. Real requests need
#: four; Pyodide's interpreter dies (a JavaScript stack overflow) at a few thousand,
#: where CPython merely raises, so the limit is checked before parsing.
MAX_NESTING = 64

# A JSON string (escapes included), and anything that is not a bracket.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting_depth(text: str) -> int:
    """How deeply ``text``'s brackets nest, ignoring brackets inside strings.

    Example:
        >>> _nesting_depth('{"a": [1, {"b": "[[["}]}')
        3
    """
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _dispatch(request: str) -> Result:
    if not isinstance(request, str):
        raise InputError("request", "The request must be a JSON string.", code="bad_request")
    if len(request) > MAX_REQUEST_CHARS:
        raise InputError(
            "request",
            f"The request is too large ({len(request):,} characters; "
            f"the limit is {MAX_REQUEST_CHARS:,}).",
            code="too_long",
        )
    # A text with fewer brackets than the limit cannot nest deeper: skip the scan.
    brackets = request.count("[") + request.count("{")
    if brackets > MAX_NESTING and _nesting_depth(request) > MAX_NESTING:
        raise InputError(
            "request", "The request is nested too deeply to be a real one.", code="bad_json"
        )
    try:
        decoded = json.loads(request)
    except (ValueError, RecursionError):
        raise InputError("request", "The request is not valid JSON.", code="bad_json") from None
    envelope = require_mapping(decoded, "request")
    version = envelope.get("v")
    if version != PROTOCOL_VERSION or isinstance(version, bool):
        raise InputError(
            "v", f"This tool speaks version {PROTOCOL_VERSION} of the protocol.", code="version"
        )
    op = envelope.get("op")
    if not isinstance(op, str):
        raise InputError("op", "Name the operation to run.", code="required")
    raw_args = envelope.get("args")
    args = {} if raw_args is None else require_mapping(raw_args, "args")
    return run(op, args)


def _reply_error(code: str, field: str, message: str, *, detail: str | None = None) -> str:
    """A failure reply for one problem; ``detail`` (a traceback) is for the console only."""
    return _reply_errors((InputError(field, message, code=code),), detail=detail)


def _reply_errors(errors: Sequence[InputError], *, detail: str | None = None) -> str:
    """A failure reply: ``error`` is the first problem, ``errors`` every one of them."""
    shapes: list[dict[str, str]] = [
        {"code": e.code, "field": e.field, "message": e.message} for e in errors
    ]
    first = shapes[0] if detail is None else {**shapes[0], "detail": detail}
    reply = {"v": PROTOCOL_VERSION, "ok": False, "error": first, "errors": shapes}
    return json.dumps(reply, ensure_ascii=False)
