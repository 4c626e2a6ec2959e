"""The time-zone picker's list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from followup_core.zones import time_zone_names


def test_lists_real_places_sorted_and_loadable() -> None:
    names = time_zone_names()
    assert list(names) == sorted(names)
    assert {"Europe/London", "America/New_York", "Australia/Lord_Howe", "UTC"} <= set(names)
    for name in names:
        ZoneInfo(name)


def test_leaves_out_aliases_and_non_places() -> None:
    names = set(time_zone_names())
    assert not names & {"US/Eastern", "Etc/GMT+5", "posixrules", "Factory", "localtime"}
    assert not [name for name in names if name.startswith(("Canada/", "Brazil/"))]
