"""Public-holiday tables for the core's tests, made from the ``holidays`` package.

The core's tests also run inside Pyodide, which has no copy of ``holidays``, so
the tables are kept in ``holiday_tables.json`` beside this file, exactly as
:func:`followup_core.holiday_source.holiday_table` makes them;
``tests/core/test_public_holidays.py`` checks that they still match the
installed package (and says how to refresh them). Both hemispheres, weekends
on other days, and subdivisions with holidays of their own.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Final

FIXTURE: Final = Path(__file__).with_name("holiday_tables.json")
#: Each country kept, with the subdivisions kept for it.
PLACES: Final[dict[str, tuple[str, ...]]] = {
    "GB": ("SCT",),
    "US": ("CA",),
    "AU": ("NSW",),
    "NZ": (),
    "JP": (),
    "DE": ("BY",),
    "BR": (),
    "ZA": (),
}
#: The years kept: every date the property tests' plans can reach.
YEARS: Final = (2023, 2034)
#: Every code a test may name.
CODES: Final = tuple(
    code
    for country, subs in PLACES.items()
    for code in (country, *(f"{country}-{s}" for s in subs))
)


def make_tables() -> dict[str, Any]:
    """The tables, fresh from the installed ``holidays`` package."""
    from followup_core.holiday_source import holiday_table

    return {country: holiday_table(country, YEARS, subs) for country, subs in PLACES.items()}


@cache
def tables() -> dict[str, Any]:
    """The kept tables, by ISO 3166-1 code."""
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


if __name__ == "__main__":  # refresh: python tests/core/holiday_tables.py
    FIXTURE.write_text(json.dumps(make_tables(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"Wrote {FIXTURE}")
