"""Short fault excerpts by family, and innocent look-alikes, as a regression set for the rules.

Each file in ``tests/core/corpus/excerpts/`` was written from the guide alone, one fault family
at a time (12–20 wordings of each fault the guide names, in many registers and Englishes), with
innocent sentences that look like faults to a keyword list. The families were widened against
them, so they say nothing about text the rules have not seen (the batches in
``tests/core/corpus/`` do): they keep what was learnt. ``<file>.misses.txt`` lists what the rules
still miss (``#N: phrase``) and the look-alikes they still flag (``trap #N: rule``); a test holds
the rules to exactly that list, so a catch is never lost and a new catch leaves the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from followup_core.checks import check_text
from followup_core.rules import RULES

EXCERPTS_DIR = Path(__file__).resolve().with_name("corpus") / "excerpts"
#: Rules that speak about a place in a text; an excerpt is too short for the others.
_SPAN_KINDS = frozenset({"match", "shouting"})
_KIND = {rule.id: rule.kind for rule in RULES}


@dataclass(frozen=True, slots=True)
class ExcerptSet:
    """One file of excerpts and the misses recorded for it."""

    path: Path
    faults: tuple[dict[str, str], ...]
    traps: tuple[dict[str, str], ...]
    recorded: frozenset[str]


def excerpt_sets(folder: Path = EXCERPTS_DIR) -> tuple[ExcerptSet, ...]:
    """Every excerpt file, with its recorded misses."""
    sets = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        misses = path.with_name(path.name.removesuffix(".json") + ".misses.txt")
        lines = misses.read_text(encoding="utf-8").splitlines() if misses.is_file() else []
        sets.append(
            ExcerptSet(
                path=path,
                faults=tuple(data["faults"]),
                traps=tuple(data["traps"]),
                recorded=frozenset(line for line in lines if line.strip()),
            )
        )
    return tuple(sets)


def _warned(item: dict[str, str]) -> Iterator[tuple[str, tuple[int, int]]]:
    findings = check_text(item["text"], channel=item.get("channel") or "email", stage=item["stage"])
    for finding in findings:
        if finding.severity in ("error", "warning"):
            for span in finding.spans:
                yield finding.rule, span


def misses(excerpts: ExcerptSet) -> set[str]:
    """The fault phrases no warning covers, and the look-alikes a rule about a place flags."""
    found = set()
    for number, item in enumerate(excerpts.faults):
        start = item["text"].find(item["expect"])
        end = start + len(item["expect"])
        if start < 0 or not any(a <= start and end <= b for _, (a, b) in _warned(item)):
            found.add(f"#{number}: {item['expect']}")
    for number, item in enumerate(excerpts.traps):
        for rule in sorted({rule for rule, _ in _warned(item) if _KIND[rule] in _SPAN_KINDS}):
            found.add(f"trap #{number}: {rule}")
    return found
