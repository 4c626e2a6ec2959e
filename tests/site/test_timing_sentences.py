"""One guide: every timing rule the pages state in words agrees with ``followup plan``.

The expectations are read from the command line's own output for Priya's interview
(they said Friday 4 December; or they gave no date; or the sector is slow), not
from the facts module that writes the pages, so the two are checked against each
other. The pages are read as built.
"""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from followup_core import examples
from followup_core.cli import main
from sitebuild import timing_facts

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

DOCS = Path(__file__).resolve().parents[2] / "docs"
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)}) working (?:day|morning)\b", re.I)
_COUNT = re.compile(
    rf"\b({'|'.join(_NUMBERS)}|\d+) working days?\)?\W{{0,3}} (?:\([^)]*\) )?after "
    r"(?:the |an unanswered |a stated )?(interview|check-in|decision date|their date|date)",
    re.I,
)
_NAMES_A_STEP = re.compile(r"check-in|final (?:follow-up|note)|final, friendly", re.I)
#: A rule's number of hours stated in bold, as the schedule section states its rules.
_BOLD_HOURS = re.compile(r"\*\*(?:\d+|one|two|three|four) hours?\*\*", re.I)
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday) (\d{1,2}) December\b(?![^.|]*\bdecide)"
)


def _plan(*extra: str) -> str:
    out = io.StringIO()
    args = ["plan", examples.INTERVIEW_END, "--tz", examples.CANDIDATE_TZ]
    assert main([*args, "--now", examples.INTERVIEW_END, *extra], out=out) == 0
    return out.getvalue()


def _expected() -> dict[str, str]:
    """What ``followup plan`` says, in the words the pages use."""
    dated, undated, slow = _plan("--by", "2026-12-04"), _plan(), _plan("--pace", "slow")
    imminent = _plan("--by", "2026-12-02", "--imminent")

    def first(pattern: str, text: str) -> str:
        match = re.search(pattern, text)
        assert match, (pattern, text)
        return match[1]

    def count(pattern: str, text: str) -> str:
        number = int(first(pattern, text))
        return f"{_NUMBERS[number - 1]} working day{'' if number == 1 else 's'}"

    check_in = re.search(r"Check in: (\w+ \d+ December) 2026, (\d\d:\d\d)", dated)
    assert check_in
    grace = first(r"check in on the (\w+) working day after", dated)
    return {
        "thank_delay": first(r"first moment at least (\d+ hours?) after", dated),
        "thank_window": first(r"Thank them within (\d+ hours?):", dated),
        "imminent_delay": first(r"first moment at least (\d+ hours?) after", imminent),
        "imminent_window": first(r"send it within (\d+ hours?):", imminent),
        "grace_day": f"the {grace} working day",
        "grace_days": f"{_NUMBERS[_ORDINALS.index(grace)]} working days",
        "no_date_days": count(r"check in (\d+) working days after the interview", undated),
        "final_days": count(r"note (\d+) working days later", dated),
        "slow_days": count(r"check in (\d+) working days after the interview", slow),
        "slow_final_days": count(r"note (\d+) working days later", slow),
        "check_in_time": check_in[2],
        "example_check_in": check_in[1],
        "example_check_in_weekday": check_in[1].split()[0],
        "example_final": first(r"Final follow-up: (\w+ \d+ December) 2026", dated),
        "example_no_date_check_in": first(r"Check in: (\w+ \d+ December) 2026", undated),
        "example_no_date_final": first(r"Final follow-up: (\w+ \d+ December) 2026", undated),
    }


def _generated_reasons() -> list[str]:
    """The reasons the core gives in the guide's example schedules (some with other settings)."""
    from sitebuild.markers import call_bridge

    return [
        " ".join(str(step["reason"]).split())
        for name in examples.PLAN_EXAMPLES
        for step in call_bridge("plan", examples.plan_args(name))["steps"]
    ]


def _text(page: Path) -> str:
    """A built page's words: tags dropped, entities read, code blocks left out."""
    raw = page.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style|pre|code)\b.*?</\1>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", raw)).split())


def test_the_facts_the_pages_use_are_what_the_plan_says() -> None:
    from sitebuild.markers import call_bridge

    assert timing_facts.compute(call_bridge) == _expected()


def test_no_page_states_a_timing_rule_by_hand() -> None:
    for page in sorted(DOCS.glob("*.md")):
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
        for pattern in (_ORDINAL, _COUNT, _BOLD_HOURS):
            found = [m[0] for m in pattern.finditer(text)]
            assert found == [], f"{page.name}: write {found} as <!-- followup:fact … -->"


def test_every_pages_timing_sentences_agree_with_the_plan(built_site: BuiltSite) -> None:
    expected = _expected()
    grace = expected["grace_day"].split()[1]
    counts = {
        "interview": {expected["no_date_days"], expected["slow_days"]},
        "check-in": {expected["final_days"], expected["slow_final_days"]},
    }
    dates = {expected[k] for k in expected if k.startswith("example_") and " " in expected[k]}
    # The calculator's own example also shows when to stop.
    dates.add(re.findall(r"no reply by (\w+ \d+ December)", _plan("--by", "2026-12-04"))[0])
    # The holiday and far-zone examples are other interviews: their own dates are theirs.
    from sitebuild.markers import call_bridge

    for name in examples.CALENDAR_PLANS:
        reply = json.dumps(call_bridge("plan", examples.plan_args(name)), ensure_ascii=False)
        dates.update(m[0] for m in _DAY.finditer(reply))
    seen_grace = 0
    for page in built_site.pages():
        text = _text(page)
        for reason in _generated_reasons():  # the plan's own words, for other settings
            text = text.replace(reason, " ")
        for match in _ORDINAL.finditer(text):
            assert match[1].lower() == grace, f"{page}: “{match[0]}”, but the plan says {grace}"
            seen_grace += 1
        for match in _COUNT.finditer(text):
            words = f"{match[1].lower()} working day{'' if match[1] == 'one' else 's'}"
            allowed = counts.get(match[2].lower(), {expected["grace_days"]})
            assert words in allowed, f"{page}: “{match[0]}”; the plan says {sorted(allowed)}"
        # Priya's check-in and final follow-up, wherever a page names them.
        for sentence in re.split(r"(?<=[.|])\s", text):
            if _NAMES_A_STEP.search(sentence):
                for match in _DAY.finditer(sentence):
                    if int(match[1]) > 4:  # after the interview and their Friday
                        assert match[0] in dates, f"{page}: “{sentence}”"
    assert seen_grace >= 6  # timing, templates, before-after, channels, checklists, home
