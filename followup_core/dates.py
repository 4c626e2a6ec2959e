"""Dates a reader types into a draft's details, read and phrased the way the guide writes them.

A reader may give a date as a date (``2026-12-11``, ``Friday 11 December``,
``11 Dec``, ``December 11th``), with or without a word before it (``by``,
``on``); the core then writes it itself, weekday included (``by Friday 11
December``), and checks the weekday the reader typed. A date given without a
year is placed in the year nearest the reference day (``now``). Words that
only make sense on the day they were said ("next Friday", "tomorrow") cannot
be restated later, so the reader is asked for the date instead. Other free
text is kept, with ``by`` put in front when it would not read after "to
decide".

Example:
    >>> from datetime import date
    >>> phrase_date("friday 11 dec", field="f", label="the date", ref=date(2026, 12, 1)).text
    'by Friday 11 December'
    >>> phrase_date("within two weeks", field="f", label="the date", ref=None).text
    'within two weeks'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from .errors import InputError
from .timing import MONTH_NAMES, WEEKDAY_NAMES

#: Words that may open a date phrase; the first is used when the reader gives none.
DEADLINE_WORDS: Final = ("by", "on", "before", "until")
_KEEP_OPENERS: Final = frozenset(
    {*DEADLINE_WORDS, "within", "in", "at", "after", "around", "over", "during", "sometime"}
)
_IN_OPENERS: Final = frozenset({"early", "mid", "late"})
#: Words that only mean something on the day they were said.
_DEICTIC: Final = re.compile(
    r"\b(next|this|coming|tomorrow|today|tonight|yesterday|weekend)\b", re.IGNORECASE
)
_MONTH_INDEX: Final = {name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_DAY_INDEX: Final = {name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
_WORD: Final = r"[A-Za-z]+\.?"
_ISO: Final = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_DAY_MONTH: Final = re.compile(
    rf"(?:(?P<wd>{_WORD}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    rf"(?P<mon>{_WORD})(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)
_MONTH_DAY: Final = re.compile(
    rf"(?:(?P<wd>{_WORD}),?\s+)?(?P<mon>{_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class PhrasedDate:
    """A detail as the draft writes it, and the day it names when it names one."""

    text: str
    day: date | None = None


def day_words(day: date, ref: date | None) -> str:
    """``Friday 11 December``; the year is added when it is not ``ref``'s.

    Example:
        >>> day_words(date(2027, 2, 1), date(2026, 12, 1))
        'Monday 1 February 2027'
    """
    text = f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return text if ref is not None and day.year == ref.year else f"{text} {day.year}"


def phrase_date(
    value: str,
    *,
    field: str,
    label: str,
    ref: date | None,
    opener: str = "by",
    future: bool = False,
    restated: bool = False,
) -> PhrasedDate:
    """The detail as the draft writes it.

    Args:
        value: What the reader typed (already on one line).
        field: The detail's path, for errors.
        label: The detail's name in a sentence, for errors.
        ref: Today, when the request says; without it a date with no year is kept as typed.
        opener: The word put before a date (``""``: none, the sentence has its own).
        future: The date must not have passed (a new date, an answer still to give).
        restated: The draft restates it days after it was said, so "next Friday" is refused.

    Raises:
        InputError: a date that does not exist, a weekday that does not match it, a
            date already past where a future one is needed, or words like "next Friday".
    """
    if not value:
        return PhrasedDate(text="")
    words = value.split(maxsplit=1)
    given = words[0].lower() if len(words) == 2 and words[0].lower() in DEADLINE_WORDS else ""
    rest = words[1] if given else value
    day = _read_day(rest, field=field, label=label, ref=ref)
    if day is None:
        if restated and _DEICTIC.search(value):
            raise InputError(
                field,
                f"“{value}” depends on the day it was said; write {label} as a date, "
                "e.g. by Friday 4 December.",
                code="invalid",
            )
        return PhrasedDate(text=_grammatical(value, opener))
    if future and ref is not None and day < ref:
        raise InputError(
            field,
            f"{day_words(day, None)} has already passed; give a day still to come, "
            "or leave it empty.",
            code="invalid",
        )
    lead = given or opener
    return PhrasedDate(text=f"{lead} {day_words(day, ref)}".strip(), day=day)


def _grammatical(value: str, opener: str) -> str:
    first = value.split()[0].lower().rstrip(",")
    if not opener or first in _KEEP_OPENERS:
        return value
    if first == "end":
        return f"{opener} the {value}"
    if first.split("-")[0] in _IN_OPENERS:
        return f"in {value}"
    return f"{opener} {value}"


def _read_day(text: str, *, field: str, label: str, ref: date | None) -> date | None:
    """The day ``text`` names, or ``None`` when it is not a plain date."""
    iso = _ISO.fullmatch(text)
    if iso:
        return _make(int(iso["y"]), int(iso["m"]), int(iso["d"]), field=field, label=label)
    match = _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if match is None:
        return None
    month = _MONTH_INDEX.get(match["mon"].rstrip(".")[:3].lower())
    weekday_word = match["wd"]
    weekday = _DAY_INDEX.get(weekday_word.rstrip(".")[:3].lower()) if weekday_word else None
    if month is None or (weekday_word and weekday is None):
        return None
    number = int(match["d"])
    if match["y"]:
        day = _make(int(match["y"]), month, number, field=field, label=label)
    elif ref is None:
        return None
    else:
        candidates = [_safe(year, month, number) for year in (ref.year - 1, ref.year, ref.year + 1)]
        real = [c for c in candidates if c is not None]
        if not real:
            raise InputError(field, f"“{text}” is not a date.", code="invalid")
        day = min(real, key=lambda c: abs(c - ref))
    if weekday is not None and weekday != day.weekday():
        raise InputError(
            field,
            f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year} is a "
            f"{WEEKDAY_NAMES[day.weekday()]}, not a {WEEKDAY_NAMES[weekday]}; check {label}.",
            code="invalid",
        )
    return day


def _safe(year: int, month: int, number: int) -> date | None:
    try:
        return date(year, month, number)
    except ValueError:
        return None


def _make(year: int, month: int, number: int, *, field: str, label: str) -> date:
    made = _safe(year, month, number)
    if made is None:
        raise InputError(field, f"There is no such day as that in {label}.", code="invalid")
    return made


__all__ = ["DEADLINE_WORDS", "PhrasedDate", "day_words", "phrase_date"]
