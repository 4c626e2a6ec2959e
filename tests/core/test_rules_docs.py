"""The rules agree with the schema and with their docstring.

A rule's stages and channels are the schema's ids (refused otherwise when the rule is
made), and the module docstring says which stages each stage-bound rule skips, as the
code does.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from followup_core import rules
from followup_core.schema import CHANNEL_IDS, STAGE_IDS


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


def test_a_rules_stages_and_channels_are_the_schemas_ids() -> None:
    for rule in rules.RULES:
        assert rule.stages is None or rule.stages <= set(STAGE_IDS), rule.id
        assert rule.channels is None or rule.channels <= set(CHANNEL_IDS), rule.id
    rule = rules.RULES[0]
    with pytest.raises(ValueError, match="stages: “thanks” is not one of the schema's ids"):
        dataclasses.replace(rule, stages=frozenset({"thank_you", "thanks"}))
    with pytest.raises(ValueError, match="channels: “fax”"):
        dataclasses.replace(rule, channels={"fax"})
    written = dataclasses.replace(rule, stages=rules.SAYING_NO | {"competing_offer"})
    assert sorted(written.stages or ()) == ["competing_offer", "decline_offer", "withdraw"]
