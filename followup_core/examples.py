"""The guide's worked example, as plain bridge arguments: declared here and nowhere else.

The guide's prose follows one candidate, Priya Raman, through one interview;
every generated draft and schedule starts from these inputs, so the prose and
the generated text cannot drift apart. The site's markers and tool forms, the
browser worker's warm-up (written into ``runtime.json`` at build time), the
stdlib probe, the command line's help and the tests import them from here; the
reader's details (Priya Raman's) are the ``example`` values of
:mod:`followup_core.schema`'s fields. Plans take ``now`` at the end of the
interview, which makes every build produce the same pages.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from ._version import PROTOCOL_VERSION
from .schema import TEXT_FIELDS

#: Where the candidate is (the interview was 14:00–15:00 London time).
CANDIDATE_TZ: Final = "Europe/London"
#: Where the interviewer sits in the cross-zone example.
REMOTE_INTERVIEWER_TZ: Final = "America/New_York"
#: The interview ended on Tuesday 1 December 2026 at 15:00, London time.
INTERVIEW_END: Final = "2026-12-01T15:00"

_DANIEL: Final[Mapping[str, str]] = {
    "name": "Daniel Okafor",
    "title": "Engineering Manager",
    "topic": "moving the nightly batch jobs to streaming",
}
_SOFIA: Final[Mapping[str, str]] = {
    "name": "Sofia Lindqvist",
    "title": "Product Lead",
    "topic": "how delivery ETAs are shown to customers",
    # A second example, for her topic: the shared one belongs to Daniel's note.
    "example": "I built the live order-tracking feed that customers see in the app",
}
_MARCUS: Final[Mapping[str, str]] = {
    "name": "Marcus Bell",
    "title": "Senior Data Engineer",
    "topic": "on-call and data-quality alerts",
}

# Priya's details are the worked example the core's field schema declares.
_DETAILS: Final[Mapping[str, Any]] = {
    **{spec.id: spec.example for spec in TEXT_FIELDS if spec.example},
    "signature": "Priya Raman",
}

#: The day the drafts are written (``now`` for the ``draft`` operation): the interview's own,
#: so the dates the reader gives are placed and phrased the same way on every build.
DRAFT_NOW: Final = INTERVIEW_END[:10]

#: ``details`` for the ``draft`` operation, by example name.
DRAFT_EXAMPLES: Final[Mapping[str, Mapping[str, Any]]] = {
    "single": {**_DETAILS, "interviewers": [dict(_DANIEL)]},
    "panel": {**_DETAILS, "interviewers": [dict(_DANIEL), dict(_SOFIA), dict(_MARCUS)]},
}

_PLAN_BASE: Final[Mapping[str, Any]] = {
    "interview_end": INTERVIEW_END,
    "candidate_tz": CANDIDATE_TZ,
    "interviewer_tz": CANDIDATE_TZ,
    "now": INTERVIEW_END,
}

#: Priya's interview, as the guide's story follows it: ``plan`` arguments by example name.
STORY_PLANS: Final[Mapping[str, Mapping[str, Any]]] = {
    # They said they would decide by Friday 4 December.
    "deadline": {**_PLAN_BASE, "timeline": {"by": "2026-12-04"}},
    # Nobody mentioned when they would decide.
    "no-timeline": {**_PLAN_BASE, "timeline": None},
    # "We'll get back to you within two weeks."
    "within": {**_PLAN_BASE, "timeline": {"within": 2, "unit": "weeks"}},
    # They said Friday, and the reader would rather wait a week after it, as some career
    # centres advise.
    "grace-week": {**_PLAN_BASE, "timeline": {"by": "2026-12-04"}, "grace_working_days": 5},
    # "We're deciding tomorrow morning": a short thank-you within hours.
    "imminent": {**_PLAN_BASE, "timeline": {"by": "2026-12-02"}, "decision_imminent": True},
    # A public-sector or university role with no stated date: twice the usual gaps.
    "slow": {**_PLAN_BASE, "timeline": None, "pace": "slow"},
    # Same deadline, but the interviewer works in New York.
    "cross-zone": {
        **_PLAN_BASE,
        "interviewer_tz": REMOTE_INTERVIEWER_TZ,
        "timeline": {"by": "2026-12-04"},
    },
}

#: Cases of the interviewer's calendar, away from the story's dates: ``plan`` arguments.
CALENDAR_PLANS: Final[Mapping[str, Mapping[str, Any]]] = {
    # An interview on Christmas Eve in the UK: the public holidays come from the holidays
    # package (examples.plan_args adds the table), and no message lands on one.
    "holiday": {
        "interview_end": "2026-12-24T15:30",
        "candidate_tz": CANDIDATE_TZ,
        "candidate_country": "GB",
        "now": "2026-12-24T15:30",
    },
    # A reader in Berlin, an interviewer in Tokyo, eight hours ahead: their mornings are the
    # reader's nights, so each message is written the evening before and scheduled.
    "far-zone": {
        "interview_end": "2026-12-01T09:30",
        "candidate_tz": "Europe/Berlin",
        "interviewer_tz": "Asia/Tokyo",
        "candidate_country": "DE",
        "interviewer_country": "JP",
        "now": "2026-12-01T09:30",
    },
}

#: Every ``plan`` example a page can name.
PLAN_EXAMPLES: Final[Mapping[str, Mapping[str, Any]]] = {**STORY_PLANS, **CALENDAR_PLANS}


def plan_args(name: str) -> dict[str, Any]:
    """The example's ``plan`` arguments with the public-holiday tables the browser would add.

    The tables come from the ``holidays`` package for the years around the example's
    ``now``, as the command line makes them.
    """
    from datetime import date

    from followup_core.holiday_source import tables_for

    args = dict(PLAN_EXAMPLES[name])
    codes = [str(args[key]) for key in ("candidate_country", "interviewer_country") if key in args]
    if codes:
        args["public_holidays"] = tables_for(codes, date.fromisoformat(str(args["now"])[:10]))
    return args


#: The request the browser's worker answers before it keeps a memory snapshot, so that a
#: restored interpreter has the time zones and wording loaded already (runtime.json).
WARM_UP: Final = json.dumps(
    {"v": PROTOCOL_VERSION, "op": "plan", "args": STORY_PLANS["cross-zone"]},
    ensure_ascii=False,
)
