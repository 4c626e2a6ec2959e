"""Plan, write and check the follow-up after a job interview.

The package is pure Python with no runtime dependencies, so the very same code
runs under CPython (tests, the command line) and in the reader's browser
through Pyodide. The browser calls only :func:`followup_core.bridge.handle`;
Python callers can use the typed API re-exported here.

Example (the guide's worked example):
    >>> from followup_core import PlanRequest, make_plan
    >>> from followup_core.examples import STORY_PLANS
    >>> plan = make_plan(PlanRequest.from_args(STORY_PLANS["deadline"]))
    >>> [step.recommended.strftime("%a %d %b %H:%M") for step in plan.steps]
    ['Wed 02 Dec 09:00', 'Mon 07 Dec 10:00', 'Mon 14 Dec 10:00']
"""

from __future__ import annotations

from ._version import __version__
from .bridge import handle
from .checks import CheckRequest, Finding, check_text
from .draft import Draft, DraftRequest, build_drafts
from .errors import InputError
from .ics import CalendarFile, plan_to_ics
from .mailto import MailtoLink, mailto_link
from .timing import Plan, PlanRequest, Status, Step, Timeline, make_plan

__all__ = [
    "CalendarFile",
    "CheckRequest",
    "Draft",
    "DraftRequest",
    "Finding",
    "InputError",
    "MailtoLink",
    "Plan",
    "PlanRequest",
    "Status",
    "Step",
    "Timeline",
    "__version__",
    "build_drafts",
    "check_text",
    "handle",
    "mailto_link",
    "make_plan",
    "plan_to_ics",
]
