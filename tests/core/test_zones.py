"""The time-zone picker's list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from followup_core.args import parse_zone
from followup_core.errors import InputError
from followup_core.zones import suggest_zone, time_zone_names


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


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("London", "Europe/London"),
        ("new york", "America/New_York"),
        ("  sao paulo ", "America/Sao_Paulo"),
        ("Europe/Londn", "Europe/London"),
        ("Tokio", "Asia/Tokyo"),
    ],
)
def test_a_city_or_a_typo_gets_a_suggestion(typed: str, meant: str) -> None:
    assert suggest_zone(typed) == meant
    with pytest.raises(InputError) as caught:
        parse_zone(typed, "candidate_tz")
    assert f"did you mean {meant}?" in caught.value.message


@pytest.mark.parametrize("typed", ["Mars/Olympus", "EST5", "xyz", "", "Pacific"])
def test_no_wild_guesses(typed: str) -> None:
    assert suggest_zone(typed) is None
