"""The rules keep what the excerpts by family taught them (see ``tests/core/excerpts.py``)."""

from __future__ import annotations

from excerpts import excerpt_sets, misses

SETS = excerpt_sets()


def test_there_are_excerpts_with_traps() -> None:
    assert len(SETS) >= 4
    assert sum(len(s.faults) for s in SETS) >= 2_000
    assert sum(len(s.traps) for s in SETS) >= 300


def test_the_rules_miss_exactly_what_is_recorded() -> None:
    # One test for every file: inside Pyodide it is left out by its one name (see
    # tests/pyodide/test_core_in_pyodide.py).
    for excerpts in SETS:
        now = misses(excerpts)
        # A catch lost fails, and so does a new one still listed: the list stays the truth.
        lost, caught = sorted(now - excerpts.recorded), sorted(excerpts.recorded - now)
        assert now == excerpts.recorded, (excerpts.path.name, lost, caught)
        # Few enough to be worth keeping as a regression set.
        assert len(now) <= len(excerpts.faults) // 5, excerpts.path.name
