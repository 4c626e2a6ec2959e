"""The time-zone database the core reads, and the zones a reader can pick from."""

from __future__ import annotations

import importlib.util
import zoneinfo
from functools import lru_cache
from zoneinfo import available_timezones

#: Names that exist in some databases but are not places a person lives in.
NOT_PLACES = frozenset({"Factory", "localtime", "posixrules", "leap-seconds.list"})
#: Whole copies of the database with other rules (``right/`` counts leap seconds).
NOT_A_ZONE_PREFIXES = ("posix/", "right/")
# Backward-compatible aliases kept in the database for old software.
_LEGACY_PREFIXES = (
    "Etc/",
    "SystemV/",
    "US/",
    *NOT_A_ZONE_PREFIXES,
    "Canada/",
    "Brazil/",
    "Chile/",
    "Mexico/",
)


@lru_cache(maxsize=1)
def time_zone_names() -> tuple[str, ...]:
    """Sorted IANA names of real places (``Area/City``) plus ``UTC``.

    Legacy aliases such as ``US/Eastern`` or ``EST5EDT`` still parse when typed,
    but the picker offers only the canonical ``Area/City`` style.
    """
    names = {
        name
        for name in available_timezones()
        if "/" in name and name not in NOT_PLACES and not name.startswith(_LEGACY_PREFIXES)
    }
    return tuple(sorted(names | {"UTC"}))


def use_bundled_tzdata() -> bool:
    """Read zones from the ``tzdata`` package rather than the system's files.

    The browser has only the ``tzdata`` wheel, so the command line and the site
    build call this to compute with the same database as the page. Applications
    call it once at start-up; the library itself never changes the search path.
    Returns whether the package is there (if not, the system's files are used).
    """
    if importlib.util.find_spec("tzdata") is None:
        return False
    if zoneinfo.TZPATH:
        # Zones already made stay as they are (they compare by identity): call this first.
        zoneinfo.reset_tzpath(to=[])
        time_zone_names.cache_clear()
        _zone_lookup.cache_clear()
    return True


@lru_cache(maxsize=1)
def _zone_lookup() -> tuple[dict[str, str], dict[str, str]]:
    """The picker's names by folded city (``new_york``) and by folded full name."""
    names = time_zone_names()
    by_city = {name.rsplit("/", 1)[-1].casefold(): name for name in names}
    return by_city, {name.casefold(): name for name in names}


#: Shorter texts are too ambiguous to correct by spelling.
MIN_GUESS_CHARS = 5


def suggest_zone(text: str) -> str | None:
    """The zone a reader probably meant: ``"new york"`` → ``America/New_York``.

    A city's name matches exactly (any case, spaces for underscores); otherwise
    the closest name by spelling, if one is close enough to be a fair guess.

    Example:
        >>> suggest_zone("new york"), suggest_zone("Europe/Londn"), suggest_zone("Mars")
        ('America/New_York', 'Europe/London', None)
    """
    wanted = text.strip().replace(" ", "_").casefold()
    if not wanted:
        return None
    by_city, folded = _zone_lookup()
    if wanted in by_city:
        return by_city[wanted]
    if len(wanted) < MIN_GUESS_CHARS:
        return None  # "EST" is no misspelling of "West"
    # Imported here, on a reader's first misspelling: a first start in the browser compiles
    # each module it imports from source, and this one is needed by no first answer.
    import difflib

    close = difflib.get_close_matches(wanted, list(folded), n=1, cutoff=0.8)
    if not close:
        close = difflib.get_close_matches(wanted, list(by_city), n=1, cutoff=0.8)
        return by_city[close[0]] if close else None
    return folded[close[0]]
