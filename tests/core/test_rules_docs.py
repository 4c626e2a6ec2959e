"""The rules module's docstring says which stages each stage-bound rule skips, as the code does."""

from __future__ import annotations

import re

from followup_core import rules
from followup_core.schema import STAGE_IDS


def test_the_docstring_names_every_stage_missing_close_skips() -> None:
    rule = next(rule for rule in rules.RULES if rule.id == "missing_close")
    assert rule.stages is not None
    skipped = set(STAGE_IDS) - rule.stages
    assert skipped
    doc = rules.__doc__ or ""
    start = doc.index("* ``missing_close``")
    paragraph = doc[start : doc.index("\n* ", start + 1)]
    said = paragraph.split(":", 1)[0]
    named = set(re.findall(r"``(\w+)``", said)) - {"missing_close"}
    assert named == skipped, f"the docstring says it skips {sorted(named)}"
