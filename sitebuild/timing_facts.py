"""The timing rules the guide states in words, written from the core's own constants and plans.

A page names a rule inline, anywhere in running text::

    The check-in goes out on <!-- followup:fact name=grace_day --> after their date.

and the build writes the phrase the core stands behind ("the second working
day"), so timing.md, templates.md, before-after.md, channels.md, checklists.md
and the home page cannot disagree with each other or with ``followup plan``.
The worked example's dates ("Tuesday 8 December") come from the ``plan``
operation over the examples in :mod:`followup_core.examples`, the counts from
:mod:`followup_core.timing`'s constants.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Final
from zoneinfo import ZoneInfo

from followup_core import examples
from followup_core.dates import day_words
from followup_core.timing import (
    CADENCES,
    GRACE_WORKING_DAYS,
    IMMINENT_MIN_DELAY,
    IMMINENT_WINDOW,
    ORDINALS,
    THANK_YOU_MIN_DELAY,
    THANK_YOU_WINDOW,
    WEEKDAY_NAMES,
)

#: An inline fact: ``<!-- followup:fact name=NAME -->``, anywhere in a line.
FACT: Final = re.compile(r"<!--\s*followup:fact\s+name=(?P<name>[a-z_]+)\s*-->")

Bridge = Callable[[str, Mapping[str, Any]], Mapping[str, Any]]

_NUMBERS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(days: int) -> str:
    """``5`` -> ``five working days``."""
    word = _NUMBERS[days - 1] if days <= len(_NUMBERS) else str(days)
    return f"{word} working day{'' if days == 1 else 's'}"


def _hours(span: timedelta) -> str:
    """``timedelta(hours=4)`` -> ``4 hours``."""
    count = int(span.total_seconds() // 3600)
    return f"{count} hour{'' if count == 1 else 's'}"


def _step(plan: Mapping[str, Any], kind: str) -> datetime:
    (step,) = [s for s in plan["steps"] if s["kind"] == kind]
    zone = ZoneInfo(examples.CANDIDATE_TZ)
    return datetime.fromisoformat(str(step["recommended"])).astimezone(zone)


def _day(moment: datetime) -> str:
    return day_words(moment.date(), moment.date())


def compute(bridge: Bridge) -> dict[str, str]:
    """Every fact by name, from the core's constants and its plans for the worked example."""
    usual, slow = CADENCES["usual"], CADENCES["slow"]
    dated = bridge("plan", examples.PLAN_EXAMPLES["deadline"])
    undated = bridge("plan", examples.PLAN_EXAMPLES["no-timeline"])
    check_in = _step(dated, "check_in")
    return {
        # The thank-you: how soon at the earliest, and within how long; the same when imminent.
        "thank_delay": _hours(THANK_YOU_MIN_DELAY),
        "thank_window": _hours(THANK_YOU_WINDOW),
        "imminent_delay": _hours(IMMINENT_MIN_DELAY),
        "imminent_window": _hours(IMMINENT_WINDOW),
        # The default grace after their stated date.
        "grace_day": f"the {ORDINALS[GRACE_WORKING_DAYS - 1]} working day",
        "grace_days": _count(GRACE_WORKING_DAYS),
        # With no stated date; between the check-in and the final note; at the slow pace.
        "no_date_days": _count(usual.check_in_after),
        "final_days": _count(usual.final_after),
        "slow_days": _count(slow.check_in_after),
        "slow_final_days": _count(slow.final_after),
        # Priya's schedule: they said Friday 4 December.
        "check_in_time": f"{check_in:%H:%M}",
        "example_check_in": _day(check_in),
        "example_check_in_weekday": WEEKDAY_NAMES[check_in.weekday()],
        "example_final": _day(_step(dated, "final_follow_up")),
        "example_no_date_check_in": _day(_step(undated, "check_in")),
        "example_no_date_final": _day(_step(undated, "final_follow_up")),
    }


@cache
def _real() -> Mapping[str, str]:
    from sitebuild.markers import call_bridge

    return compute(call_bridge)


def replace_facts(line: str, bridge: Bridge | None = None) -> str:
    """``line`` with each inline fact written out.

    Raises:
        ValueError: a fact the core does not state.
    """
    if "followup:fact" not in line:
        return line
    facts = _real() if bridge is None else compute(bridge)

    def one(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in facts:
            raise ValueError(f"unknown fact {name!r}; expected one of {sorted(facts)}")
        return facts[name]

    return FACT.sub(one, line)
