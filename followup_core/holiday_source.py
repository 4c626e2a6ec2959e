"""Public-holiday tables made from the ``holidays`` package (Open World Holidays Framework).

The plan takes public holidays as data (:mod:`followup_core.public_holidays`): a
table per country, in the same JSON whether it was computed here or loaded by
the browser. Only the command line, the site build and the tests import this
module, and it imports ``holidays`` only when called, so the core itself never
needs the package (the browser does not load it, and the in-Pyodide test run has
no copy of it: its tests live in tests/core/test_public_holidays.py and skip there).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .public_holidays import ALL_OF_COUNTRY, table_years

#: Names are asked for in this language where a country's data has it, else its own.
LANGUAGE = "en_US"


def _module() -> Any:
    import holidays  # only here: the core never depends on it

    return holidays


def _country_names() -> dict[str, str]:
    """``{"GB": "United Kingdom", ...}`` from the package's registry of classes."""
    from holidays.registry import COUNTRIES

    names: dict[str, str] = {}
    for entry in COUNTRIES.values():
        class_name, code = entry[0], entry[1]
        names[code] = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
    return names


def country_codes() -> dict[str, tuple[str, dict[str, str]]]:
    """Every supported ISO 3166-1 code with its name and its subdivisions' codes and names."""
    holidays = _module()
    names = _country_names()
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for code, subdivisions in sorted(holidays.list_supported_countries().items()):
        if code not in names:
            continue  # alpha-3 codes and other aliases of the same countries
        calendar = holidays.country_holidays(code, years=())
        aliases = getattr(calendar, "subdivisions_aliases", {}) or {}
        by_code: dict[str, str] = {}
        for alias, sub in aliases.items():
            by_code.setdefault(sub, alias)
        found[code] = (names.get(code, code), {sub: by_code.get(sub, sub) for sub in subdivisions})
    return found


def country_aliases() -> dict[str, str]:
    """Two-letter names the package also accepts that are not ISO codes: ``{"UK": "GB"}``."""
    from holidays.registry import COUNTRIES

    return {
        alias: entry[1]
        for entry in COUNTRIES.values()
        for alias in entry[3:]
        if len(alias) == 2 and alias.isupper()
    }


def _days(code: str, subdiv: str | None, years: range) -> dict[date, str]:
    holidays = _module()
    calendar = holidays.country_holidays(code, years=years, subdiv=subdiv)
    if LANGUAGE in (getattr(calendar, "supported_languages", ()) or ()):
        calendar = holidays.country_holidays(code, years=years, subdiv=subdiv, language=LANGUAGE)
    return {day: str(name) for day, name in calendar.items()}


def holiday_table(
    code: str, years: tuple[int, int], subdivisions: Sequence[str] | None = None
) -> dict[str, Any]:
    """One country's public holidays for ``years`` (inclusive), as the core reads them.

    ``days`` lists ``[date, name]`` for a day off in the whole country and each of its
    subdivisions, and ``[date, name, [regions]]`` otherwise, where a region is a
    subdivision's code or ``""`` for the country taken as a whole.
    """
    span = range(years[0], years[1] + 1)
    regions: Mapping[str, str | None] = {
        ALL_OF_COUNTRY: None,
        **{sub: sub for sub in (subdivisions if subdivisions is not None else _subdivisions(code))},
    }
    where: dict[tuple[date, str], list[str]] = {}
    for region, subdiv in regions.items():
        for day, name in _days(code, subdiv, span).items():
            where.setdefault((day, name), []).append(region)
    everywhere = list(regions)
    days: list[list[Any]] = []
    for (day, name), found in sorted(where.items()):
        entry: list[Any] = [day.isoformat(), name]
        if found != everywhere:
            entry.append(found)
        days.append(entry)
    return {"country": code, "years": list(years), "days": days}


def _subdivisions(code: str) -> tuple[str, ...]:
    return tuple(_module().list_supported_countries().get(code, ()))


def tables_for(codes: Sequence[str], today: date) -> dict[str, dict[str, Any]]:
    """The tables the plan request needs for these codes (``GB``, ``GB-SCT``), by country.

    Covers the years :func:`followup_core.public_holidays.table_years` gives for ``today``,
    as the site's build does; unknown codes are left for the core to name.
    """
    known = _country_names()
    aliases = country_aliases()
    tables: dict[str, dict[str, Any]] = {}
    for text in codes:
        country = text.strip().upper().split("-", 1)[0]
        country = aliases.get(country, country)
        if country in known and country not in tables:
            tables[country] = holiday_table(country, table_years(today))
    return tables


def render_country_codes() -> str:
    """The source of ``followup_core/country_codes.py``, generated from the package."""
    holidays = _module()
    lines = [
        '"""Every country and subdivision the public-holiday tables know: GENERATED, do not edit.',
        "",
        f"Made from holidays {holidays.__version__} by ``python -m followup_core.holiday_source``;",
        "tests/core/test_public_holidays.py fails when it no longer matches the installed package.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "#: ISO 3166-1 code -> (the country's name, {subdivision code: its name}).",
        "COUNTRIES: Final[dict[str, tuple[str, dict[str, str]]]] = {",
    ]
    for code, (name, subs) in country_codes().items():
        lines.append(f"    {code!r}: ({name!r}, {subs!r}),")
    lines += [
        "}",
        "#: Other two-letter names for a country, read as its ISO code.",
        f"ALIASES: Final[dict[str, str]] = {country_aliases()!r}",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - regenerates the committed index
    from pathlib import Path

    target = Path(__file__).with_name("country_codes.py")
    target.write_text(render_country_codes(), encoding="utf-8")
    print(f"Wrote {target}")
