"""The worked examples the guide shows, as plain bridge arguments.

The guide's prose follows one candidate, Priya Raman, through one interview;
every generated draft and schedule starts from these inputs, so the prose and
the generated text cannot drift apart. Plans take ``now`` at the end of the
interview, which makes every build produce the same pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

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
}
_MARCUS: Final[Mapping[str, str]] = {
    "name": "Marcus Bell",
    "title": "Senior Data Engineer",
    "topic": "on-call and data-quality alerts",
}

_DETAILS: Final[Mapping[str, Any]] = {
    "candidate_name": "Priya Raman",
    "company": "Harbor Logistics",
    "role": "Senior Data Engineer",
    "interview_date": "Tuesday 1 December",
    "topic": "moving the nightly batch jobs to streaming",
    "project": "the shipment-tracking pipeline migration",
    "contribution": (
        "handling late and out-of-order events when the tracking pipeline moves to streaming"
    ),
    "skill": "designing reliable data pipelines",
    "example": "I cut pipeline failures by 60 % after we moved to event-driven ingestion",
    "shared_interest": "",
    "timeline": "by Friday 4 December",
    "signature": "Priya Raman",
}

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

#: Arguments for the ``plan`` operation, by example name.
PLAN_EXAMPLES: Final[Mapping[str, Mapping[str, Any]]] = {
    # They said they would decide by Friday 4 December.
    "deadline": {**_PLAN_BASE, "timeline": {"by": "2026-12-04"}},
    # Nobody mentioned when they would decide.
    "no-timeline": {**_PLAN_BASE, "timeline": None},
    # "We'll get back to you within two weeks."
    "within": {**_PLAN_BASE, "timeline": {"within": 2, "unit": "weeks"}},
    # Same deadline, but the interviewer works in New York.
    "cross-zone": {
        **_PLAN_BASE,
        "interviewer_tz": REMOTE_INTERVIEWER_TZ,
        "timeline": {"by": "2026-12-04"},
    },
}
