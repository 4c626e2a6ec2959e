"""The checker against its labelled corpus, and the corpus against the guide it stands for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from checker_corpus import (
    ALL_FAULTY,
    ALL_GOOD,
    BATCHES,
    FAULTY,
    FIXED_BATCHES,
    GOOD,
    GOOD_EXAMPLES,
    GUIDE_FAULTS,
    MAX_FALSE_WARNINGS,
    MIN_RECALL,
    NOT_IN_TEXT,
    Batch,
    Draft,
    false_warnings,
    find_phrase,
    measure,
    miss_key,
    missed_phrases,
    published_examples,
    published_good_drafts,
)

from followup_core.checks import check_text
from followup_core.rules import RULES

RULE_IDS = {rule.id for rule in RULES}
# The guide's pages are not copied into Pyodide, where the checks of the guide are skipped.
DOCS = Path(__file__).resolve().parents[2] / "docs"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="the guide's pages are not here")


def test_the_corpus_is_large_enough_and_well_formed() -> None:
    assert len(FAULTY) >= 40
    assert len(ALL_GOOD) >= 20
    assert len(ALL_FAULTY) + len(ALL_GOOD) >= 60
    names = [draft.name for draft in (*ALL_FAULTY, *ALL_GOOD)]
    assert len(names) == len(set(names))
    for draft in ALL_FAULTY:
        assert draft.expect or draft.whole, draft.name
        for phrase in draft.expect:
            assert find_phrase(draft.text, phrase) is not None, (draft.name, phrase)
        assert set(draft.whole) <= RULE_IDS, draft.name
    assert all(not draft.expect and not draft.whole for draft in ALL_GOOD)


def test_recall_meets_its_target() -> None:
    figures = measure()
    assert figures.recall >= MIN_RECALL, f"{figures.recall:.1%}; missed: {figures.missed}"


def test_no_false_warnings_in_all() -> None:
    assert measure().false_warnings <= MAX_FALSE_WARNINGS


@pytest.mark.parametrize("draft", GOOD, ids=lambda draft: draft.name)
def test_a_good_draft_gets_no_warning(draft: Draft) -> None:
    assert false_warnings(draft) == [], [
        (f.rule, [draft.text[a:b] for a, b in f.spans]) for f in false_warnings(draft)
    ]


@pytest.mark.parametrize("draft", [d for d in FAULTY if d.whole], ids=lambda draft: draft.name)
def test_faults_of_the_whole_text_are_reported(draft: Draft) -> None:
    assert set(draft.whole) <= {finding.rule for finding in draft.findings()}


def test_a_phrase_nothing_flags_counts_as_missed() -> None:
    draft = Draft(name="plain", text="Thank you for Tuesday, Daniel.", expect=("Tuesday",))
    assert missed_phrases(draft) == ["Tuesday"]
    assert find_phrase("super fun, lmk if u can", "u") == (len("super fun, lmk if "), 19)


def test_every_fault_the_guide_names_is_caught() -> None:
    for page, fault, stands_for in GUIDE_FAULTS:
        if stands_for in RULE_IDS:
            drafts = [d for d in FAULTY if stands_for in d.whole]
            assert drafts, (page, fault)
            for draft in drafts:
                assert stands_for in {f.rule for f in draft.findings()}, (page, fault)
            continue
        drafts = [d for d in FAULTY if stands_for in d.expect]
        assert drafts, f"{page}: “{fault}” stands for {stands_for!r}, which no draft expects"
        for draft in drafts:
            assert stands_for not in missed_phrases(draft), (page, fault, draft.name)


# --- the guide's pages ----------------------------------------------------------

_BOLD_LEAD = re.compile(r"^\s*- \*\*(.+?)\*\*", re.MULTILINE)
_TABLE_ROW = re.compile(r"^\|\s*(.+?)\s*\|", re.MULTILINE)


def _failure_boxes(text: str) -> list[str]:
    """The bold lead-in of every item in a "What's wrong" box."""
    leads: list[str] = []
    for box in re.split(r"^!!! ", text, flags=re.MULTILINE)[1:]:
        if box.startswith("failure"):
            body = box.split("\n\n", 1)[0]
            leads += _BOLD_LEAD.findall(body)
    return leads


def _left_column(text: str, header: str) -> list[str]:
    """The first cell of each row of the table whose first header cell is ``header``."""
    start = text.index(f"| {header} |")
    table = text[start:].split("\n\n", 1)[0]
    cells = _TABLE_ROW.findall(table)[2:]  # after the header and the |---| row
    return [cell.strip('"') for cell in cells if cell.startswith('"')]


def _right_column(text: str, header: str) -> list[str]:
    """The second cell of each row of the table whose first header cell is ``header``."""
    start = text.index(f"| {header} |")
    table = text[start:].split("\n\n", 1)[0]
    rows = re.findall(r"^\|[^|\n]*\|\s*(.+?)\s*\|", table, flags=re.MULTILINE)[2:]
    return [cell.strip('"') for cell in rows if cell.startswith('"')]


TABLES = (
    ("avoid", "Sounds desperate or pushy"),
    ("avoid", "About you"),
    ("avoid", "Blames or sets terms"),
    ("crafting", "Closed or pushy"),
)


def _named_faults() -> list[tuple[str, str]]:
    before_after = (DOCS / "before-after.md").read_text(encoding="utf-8")
    avoid = (DOCS / "avoid.md").read_text(encoding="utf-8")
    crafting = (DOCS / "crafting.md").read_text(encoding="utf-8")
    pages = {"avoid": avoid, "crafting": crafting}
    named = [("before-after", lead) for lead in _failure_boxes(before_after)]
    for page, header in TABLES:
        named += [(page, cell) for cell in _left_column(pages[page], header)]
    return named


@needs_docs
def test_the_corpus_covers_every_fault_in_the_guides_boxes_and_tables() -> None:
    named = _named_faults()
    assert len(named) >= 30  # the parser really found the boxes and tables
    listed = {fault for _, fault, _ in (*GUIDE_FAULTS, *NOT_IN_TEXT)}
    unlisted = [(page, fault) for page, fault in named if fault not in listed]
    assert unlisted == [], "faults the guide names that the corpus does not list"


@needs_docs
def test_the_guides_better_versions_get_no_warning() -> None:
    better = [
        cell
        for page, header in TABLES
        for cell in _right_column((DOCS / f"{page}.md").read_text(encoding="utf-8"), header)
    ]
    assert len(better) >= 12
    for cell in better:
        marked = [f.rule for f in check_text(cell, channel="email") if f.spans]
        assert marked == [], (cell, marked)


@needs_docs
def test_every_rule_points_to_a_real_section_of_the_guide() -> None:
    for rule in RULES:
        page, anchor = rule.section.split("/#")
        source = (DOCS / f"{page}.md").read_text(encoding="utf-8")
        assert f"{{#{anchor}}}" in source, rule.section


@needs_docs
def test_guide_faults_point_to_real_sections() -> None:
    for section, _, _ in (*GUIDE_FAULTS, *NOT_IN_TEXT):
        page, anchor = section.split("/#")
        assert f"{{#{anchor}}}" in (DOCS / f"{page}.md").read_text(encoding="utf-8"), section


def test_patterns_keyed_by_openers_start_only_at_those_words() -> None:
    """A full scan finds no match that the one pass over the words would not try."""
    texts = [draft.text for draft in (*FAULTY, *GOOD)]
    for rule in RULES:
        if not rule.openers:
            continue
        scan = re.compile("|".join(f"(?:{pattern})" for pattern in rule.patterns))
        for text in texts:
            for match in scan.finditer(text):
                words = [word.lower() for word in re.findall(r"\w+", text[match.start() :])[:2]]
                key = " ".join(words)
                assert words[0] in rule.openers or key in rule.openers, (rule.id, match.group())


# --- the guide's good examples, as published ------------------------------------------------


@needs_docs
def test_every_good_example_the_guide_lists_is_still_published() -> None:
    shown = {(e.page, e.anchor, e.label) for e in published_examples()}
    assert set(GOOD_EXAMPLES) <= shown, set(GOOD_EXAMPLES) - shown
    assert len(published_good_drafts()) == len(GOOD_EXAMPLES)


@needs_docs
def test_the_guides_good_examples_get_no_warning_as_published() -> None:
    # One test, not one per example: the pages are not inside Pyodide, and the tests that
    # run there must be the ones collected here.
    drafts = published_good_drafts()
    assert len(drafts) >= 15
    noisy = {
        draft.name: [(f.rule, [draft.text[a:b] for a, b in f.spans]) for f in warnings]
        for draft in drafts
        if (warnings := false_warnings(draft))
    }
    assert noisy == {}


@needs_docs
def test_no_good_example_of_the_guide_is_copied_into_the_corpus() -> None:
    published = {" ".join(d.text.split()) for d in published_good_drafts()}
    for draft in (*GOOD, *FAULTY):
        assert " ".join(draft.text.split()) not in published, draft.name


# --- batches written from the guide alone ----------------------------------------------------


def test_every_batch_has_its_first_sight_record_and_enough_drafts() -> None:
    assert BATCHES, "tests/core/corpus/ holds no batch"
    for batch in BATCHES:
        assert batch.first_sight is not None, f"{batch.name} was never measured at first sight"
        assert len(batch.faulty) >= 20, batch.name
        assert len(batch.good) >= 10, batch.name
        assert batch.first_sight.expected == sum(len(d.expect) for d in batch.faulty)
        assert batch.first_sight.good == len(batch.good)
        assert len(batch.first_sight.rules_commit) == 40


def test_only_the_newest_round_may_wait_for_its_fixes() -> None:
    """A pending batch stays out of the targets, so only the latest round may be (the batches
    measured at first sight on the rules of the latest measurement): older ones hold."""
    seen = [batch.first_sight for batch in BATCHES if batch.first_sight is not None]
    newest = max(seen, key=lambda first_sight: first_sight.measured)
    older = [
        b for b in BATCHES if b.first_sight and b.first_sight.rules_commit != newest.rules_commit
    ]
    assert older
    assert all(batch.pending is None for batch in older)


@pytest.mark.parametrize("batch", BATCHES, ids=lambda batch: batch.name)
def test_a_batch_is_a_regression_set_once_fixed(batch: Batch) -> None:
    if batch.pending is not None:
        pytest.skip(f"{batch.name}: fixes pending ({batch.pending})")
    figures = measure(batch.faulty, batch.good)
    missed = {miss_key(name, phrase) for name, phrase in figures.missed}
    # Exactly the recorded misses: no phrase the fixed rules caught is lost, and a miss that
    # is caught now leaves <batch>.misses.txt.
    assert missed == batch.known_misses, (missed - batch.known_misses, batch.known_misses - missed)
    assert figures.false_warnings <= MAX_FALSE_WARNINGS, figures.noisy


def test_the_recorded_misses_are_few() -> None:
    """A batch is fixed when the rules catch at least MIN_RECALL of it, or all but the misses
    its file explains (each with a reason after ``#``)."""
    for batch in FIXED_BATCHES:
        figures = measure(batch.faulty, batch.good)
        if figures.recall < MIN_RECALL:
            path = batch.path.with_name(batch.path.name.removesuffix(".json") + ".misses.txt")
            reasons = [line for line in path.read_text("utf-8").splitlines() if "#" in line]
            assert len(reasons) >= len(batch.known_misses), f"{path.name}: say why for each"


@needs_docs
def test_the_corpus_before_drafts_are_the_guides_as_published() -> None:
    """The faulty "Before" drafts stand for the guide's own, word for word (wrapping aside)."""
    before = {
        e.anchor: " ".join(e.text.split())
        for e in published_examples()
        if e.page == "before-after" and e.label == "Before"
    }
    assert len(before) == 5
    for draft in FAULTY:
        if draft.name.startswith("before_"):
            assert " ".join(draft.text.split()) in before.values(), draft.name
