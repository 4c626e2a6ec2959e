"""Run inside Pyodide at build time: which standard-library files does the core use?

The build ships a ``python_stdlib.zip`` cut down to these files (see
``runtime.trim_stdlib``). The probe starts the core exactly as the browser's
worker does, sends every bridge operation, including the failing paths (bad
zones get suggestions, bad dates get messages, an unexpected failure gets its
traceback as detail), then lists every module loaded from the standard
library's zip. Pyodide's own start-up modules are in that list too, because the
probe runs in the same interpreter.

Prints one JSON list of zip member names.
"""

from __future__ import annotations

import json
import sys

from followup_core import bridge
from followup_core._version import PROTOCOL_VERSION
from followup_core.bridge import handle
from followup_core.examples import DRAFT_EXAMPLES, PLAN_EXAMPLES

STDLIB_ZIP = next(path for path in sys.path if path.endswith(".zip") and "/python3" in path)

_PLAN = {
    **PLAN_EXAMPLES["cross-zone"],
    "working_days": [1, 2, 3, 4, 5],
    "working_hours": ["09:00", "17:00"],
    "holidays": ["2026-12-25"],
}
_DETAILS = DRAFT_EXAMPLES["single"]
REQUESTS = [
    {"op": "defaults", "args": {}},
    {"op": "plan", "args": _PLAN},
    {"op": "plan", "args": {**_PLAN, "timeline": {"days": 5, "unit": "business_days"}}},
    {"op": "plan", "args": {**_PLAN, "candidate_tz": "Europe/Londn"}},
    {"op": "plan", "args": {**_PLAN, "interview_end": "2026-02-30T15:00"}},
    {"op": "ics", "args": _PLAN},
    # A country: its code read (a misspelt one suggests others) and a holiday table read.
    {"op": "plan", "args": {**_PLAN, "candidate_country": "GB-SCO"}},
    {
        "op": "plan",
        "args": {
            **_PLAN,
            "candidate_country": "gb",
            "public_holidays": {
                "GB": {"country": "GB", "years": [2026, 2026], "days": [["2026-12-02", "A day"]]}
            },
        },
    },
    *(
        {"op": "draft", "args": {"stage": stage, "channel": channel, "details": _DETAILS}}
        for stage in ("thank_you", "check_in", "final", "reply_positive", "reply_negative")
        for channel in ("email", "linkedin_message", "linkedin_connection")
    ),
    {"op": "check", "args": {"text": "Hey, any update?! ASAP 🙏 [x] \u202e", "stage": "check_in"}},
    {"op": "mailto", "args": {"to": "a@example.com", "subject": "Thanks – é", "body": "A\nB"}},
    {
        "op": "agenda",
        "args": {
            "now": "2026-12-08T11:00",
            "calendar": True,
            "applications": [
                {
                    "id": "a",
                    "plan": _PLAN,
                    "details": _DETAILS,
                    "sent": {"thank_you": "2026-12-02T10:00"},
                },
                {"id": "b", "plan": {**_PLAN, "candidate_tz": "Mars"}},
            ],
        },
    },
    {"op": "nonsense", "args": {}},
]


def used_members() -> list[str]:
    """Zip member names of every loaded standard-library module, with their packages."""
    prefix = STDLIB_ZIP + "/"
    members: set[str] = set()
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if origin.startswith(prefix):
            members.add(origin[len(prefix) :])
    return sorted(members)


def _fail(args: object) -> dict[str, object]:
    raise RuntimeError("the probe's own failure")


def main() -> None:
    for request in REQUESTS:
        handle(json.dumps({"v": PROTOCOL_VERSION, **request}))
    handle("{not json")
    # An unexpected failure: its reply's detail formats a traceback, which loads modules too.
    bridge.OPS = {**bridge.OPS, "probe_failure": _fail}
    failing: dict[str, object] = {"v": PROTOCOL_VERSION, "op": "probe_failure", "args": {}}
    reply = json.loads(handle(json.dumps(failing)))
    assert "RuntimeError" in reply["error"]["detail"], reply
    print(json.dumps(used_members()))


main()
