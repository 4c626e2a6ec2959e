"""The list of time zones a reader can pick from, wherever the core runs."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

# Names that exist in the database but are not places a person lives in.
_NOT_PLACES = frozenset({"Factory", "localtime", "posixrules", "leap-seconds.list"})
# Backward-compatible aliases kept in the database for old software.
_LEGACY_PREFIXES = (
    "Etc/",
    "SystemV/",
    "US/",
    "posix/",
    "right/",
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
        if "/" in name and name not in _NOT_PLACES and not name.startswith(_LEGACY_PREFIXES)
    }
    return tuple(sorted(names | {"UTC"}))
