"""Public holidays as data: the codes a plan takes, and the tables it reads them from.

A plan request names countries by ISO 3166-1 code (``"GB"``) or ISO 3166-2
subdivision (``"GB-SCT"``) and carries, under ``public_holidays``, one table per
country. The tables are made from the ``holidays`` package (Open World Holidays
Framework): by :mod:`followup_core.holiday_source` for the command line and the
tests, and by the site's build for the browser, which loads a country's table
only once a reader chooses it. No date is written here by hand.

The list of known codes (:mod:`followup_core.country_codes`, generated from the
same package) is imported only when a request names a country.

Example:
    >>> table = {"country": "GB", "years": [2026, 2026], "days": [
    ...     ["2026-12-25", "Christmas Day"], ["2026-11-30", "Saint Andrew's Day", ["SCT"]]]}
    >>> scotland = read_public_holidays("GB-SCT", {"GB": table}, "interviewer_country")
    >>> scotland.place, sorted(day.isoformat() for day in scotland.days)
    ('Scotland (United Kingdom)', ['2026-11-30', '2026-12-25'])
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from .args import parse_date, require_mapping
from .errors import InputError

#: A table's region for the country taken as a whole (no subdivision given).
ALL_OF_COUNTRY: Final = ""
#: The site's tables cover from this many years before the build's year...
YEARS_BEFORE: Final = 1
#: ...to this many after it: every date a plan made now can reach.
YEARS_AFTER: Final = 2
#: The longest code accepted: ``GB-SCT`` is six characters; subdivision codes reach ten.
MAX_CODE_CHARS: Final = 12


def table_years(today: date) -> tuple[int, int]:
    """The years a table made ``today`` covers: last year to two years ahead."""
    return (today.year - YEARS_BEFORE, today.year + YEARS_AFTER)


@dataclass(frozen=True, slots=True, kw_only=True)
class PublicHolidays:
    """One place's public holidays, for the years its table covers.

    Attributes:
        code: The code as the plan uses it (``"GB"``, ``"GB-SCT"``).
        place: Its name in words (``"Scotland (United Kingdom)"``).
        days: Each public holiday's date and name.
        years: The first and last year the table covers; outside them, nothing is known.
    """

    code: str
    place: str
    days: Mapping[date, str]
    years: tuple[int, int]

    def covers(self, day: date) -> bool:
        """Whether the table says anything about ``day``'s year."""
        return self.years[0] <= day.year <= self.years[1]


def _codes() -> dict[str, tuple[str, dict[str, str]]]:
    # Imported on a request that names a country: a first answer without one never pays for it.
    from .country_codes import COUNTRIES

    return COUNTRIES


def _aliases() -> dict[str, str]:
    from .country_codes import ALIASES

    return ALIASES


def read_country(value: object, field: str, *, label: str) -> str:
    """A known ISO 3166-1 or 3166-2 code in its usual spelling (``"gb-sct"`` → ``"GB-SCT"``).

    ``""`` when absent or blank. An unknown code gets one sentence naming the
    field and the nearest known codes.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        what = label[:1].upper() + label[1:]
        raise InputError(field, f"{what} must be a country code such as GB.", code="type")
    text = value.strip()
    if not text:
        return ""
    if len(text) > MAX_CODE_CHARS:
        text = text[:MAX_CODE_CHARS] + "…"
    code = text.upper().replace("_", "-")
    country, _, sub = code.partition("-")
    country = _aliases().get(country, country)
    known = _codes()
    if country in known and (not sub or sub in known[country][1]):
        return f"{country}-{sub}" if sub else country
    near = _nearest(text, known)
    hint = f" Did you mean {_or_list(near)}?" if near else ""
    raise InputError(
        field,
        f"“{text}” is not a country or region code the public-holiday data knows "
        f"(ISO 3166, such as GB, US-CA or DE-BY).{hint}",
        code="unknown_country",
    )


def _nearest(text: str, known: Mapping[str, tuple[str, Mapping[str, str]]]) -> list[str]:
    """Up to three known codes near ``text``: by code, by the place's name, or a region's."""
    import difflib  # only on a mistyped code, like zones.suggest_zone

    wanted = text.strip().upper().replace("_", "-")
    country, _, sub = wanted.partition("-")
    if country in known and sub:
        regions = known[country][1]
        by_name = {name.casefold(): code for code, name in regions.items()}
        near = difflib.get_close_matches(sub, list(regions), n=3, cutoff=0.5)
        near += [
            by_name[name]
            for name in difflib.get_close_matches(sub.casefold(), list(by_name), n=3, cutoff=0.6)
        ]
        return [f"{country}-{code} ({regions[code]})" for code in dict.fromkeys(near)][:3]
    names = {name.casefold(): code for code, (name, _) in known.items()}
    near = [names[name] for name in difflib.get_close_matches(text.casefold(), list(names), n=3)]
    near += difflib.get_close_matches(country, list(known), n=3, cutoff=0.5)
    return [f"{code} ({known[code][0]})" for code in dict.fromkeys(near)][:3]


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def place_name(code: str) -> str:
    """``"GB-SCT"`` → ``"Scotland (United Kingdom)"``; ``"GB"`` → ``"United Kingdom"``."""
    country, _, sub = code.partition("-")
    name, regions = _codes()[country]
    return f"{regions[sub]} ({name})" if sub else name


def read_public_holidays(code: str, tables: object, field: str) -> PublicHolidays:
    """``code``'s public holidays out of the request's ``public_holidays`` tables."""
    country, _, sub = code.partition("-")
    all_tables = require_mapping(tables if tables is not None else {}, "public_holidays")
    table = all_tables.get(country)
    where = f"public_holidays.{country}"
    if table is None:
        raise InputError(
            field,
            f"Public holidays could not be loaded for {place_name(code)} ({code}); "
            "try again, or list the days off by hand.",
            code="unavailable",
        )
    data = require_mapping(table, where)
    years = data.get("years")
    if (
        not isinstance(years, list)
        or len(years) != 2
        or not all(isinstance(y, int) and not isinstance(y, bool) for y in years)
        or years[0] > years[1]
    ):
        raise InputError(f"{where}.years", "The table needs its first and last year.", code="type")
    region = sub or ALL_OF_COUNTRY
    days: dict[date, str] = {}
    entries = data.get("days")
    if not isinstance(entries, list):
        raise InputError(f"{where}.days", "The table's days must be a list.", code="type")
    for index, entry in enumerate(entries):
        day, name, regions = _entry(entry, f"{where}.days.{index}")
        if regions is None or region in regions:
            days.setdefault(day, name)
    return PublicHolidays(
        code=code, place=place_name(code), days=days, years=(int(years[0]), int(years[1]))
    )


def _entry(entry: object, field: str) -> tuple[date, str, tuple[str, ...] | None]:
    if not isinstance(entry, list) or len(entry) not in (2, 3):
        raise InputError(field, "Each day is [date, name] or [date, name, regions].", code="type")
    day = parse_date(entry[0], field, label="holiday")
    name = entry[1] if isinstance(entry[1], str) else ""
    if len(entry) == 2:
        return day, name, None
    regions = entry[2]
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        raise InputError(field, "A day's regions must be a list of codes.", code="type")
    return day, name, tuple(regions)


def tables_json(*holidays: PublicHolidays | None) -> dict[str, Any]:
    """The smallest ``public_holidays`` that reads back to these places' days."""
    tables: dict[str, Any] = {}
    seen: set[str] = set()
    for found in holidays:
        if found is None or found.code in seen:
            continue
        seen.add(found.code)
        country, _, sub = found.code.partition("-")
        entry = tables.setdefault(country, {"country": country, "years": list(found.years)})
        days = entry.setdefault("days", [])
        region = sub or ALL_OF_COUNTRY
        for day, name in sorted(found.days.items()):
            days.append([day.isoformat(), name, [region]])
    return tables
