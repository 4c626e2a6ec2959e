"""Public-holiday tables for the browser: one small JSON file per country, made at build time.

The calculator's core takes public holidays as data (``followup_core.public_holidays``).
The browser never loads the ``holidays`` package (a 1.7 MB wheel, about a second to
unpack and import): instead each build writes, from that package, one table per
country for the years a plan made now can reach (last year to two years ahead),
under ``assets/followup/holidays/``, each named by a hash of its content, plus an
index of them. ``runtime.json`` names the index; the worker fetches it and a
country's table only once a reader chooses that country, so a plan without one
costs no extra request.

Making every table takes tens of seconds, so they are kept in ``build/holidays/``
under the package's version and the years, and reused by later builds.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Final

from followup_core.country_codes import COUNTRIES
from followup_core.holiday_source import holiday_table
from followup_core.public_holidays import table_years

ROOT: Final = Path(__file__).resolve().parents[1]
CACHE: Final = ROOT / "build" / "holidays"
#: Inside the runtime's folder (``assets/followup/``), like the wheels.
FOLDER: Final = "holidays"


def _version() -> str:
    from importlib.metadata import version

    return version("holidays")


def _cached_tables(years: tuple[int, int]) -> Path:
    """A folder with ``XX.json`` for every country, made once per package version and years."""
    folder = CACHE / f"{_version()}-{years[0]}-{years[1]}"
    done = folder / "done"
    if done.is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for code, (_, regions) in COUNTRIES.items():
        table = holiday_table(code, years, tuple(regions))
        text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
        (folder / f"{code}.json").write_text(text, encoding="utf-8")
    done.write_text("", encoding="utf-8")
    return folder


def _hashed(text: str, stem: str) -> str:
    return f"{stem}.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.json"


def install_holidays(runtime_dir: Path, today: date | None = None) -> str:
    """Write the tables and their index under ``runtime_dir``; the index's path, relative to it.

    The index: ``{"years": [first, last], "files": {"GB": "holidays/GB.<hash>.json", ...}}``.
    """
    years = table_years(today or date.today())
    cached = _cached_tables(years)
    target = runtime_dir / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    for code in COUNTRIES:
        text = (cached / f"{code}.json").read_text(encoding="utf-8")
        name = _hashed(text, code)
        if not (target / name).is_file():
            (target / name).write_text(text, encoding="utf-8")
        files[code] = f"{FOLDER}/{name}"
    index = json.dumps({"years": list(years), "files": files}, separators=(",", ":"))
    name = _hashed(index, "index")
    (target / name).write_text(index, encoding="utf-8")
    return f"{FOLDER}/{name}"


def zone_countries(zones: list[str]) -> list[str]:
    """For each zone, the one country tzdata's ``zone.tab`` places it in, or ``-``.

    The calculator fills in the reader's country from their zone only when this is
    unambiguous and the holiday data knows the country.
    """
    text = importlib.resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text("utf-8")
    country_of: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3 and fields[0] in COUNTRIES:
            country_of.setdefault(fields[2], fields[0])
    return [country_of.get(zone, "-") for zone in zones]
