"""The draft checker: each rule, its spans, its scope, hostile input, and speed."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_core.args import MAX_TEXT_CHARS
from followup_core.checks import CheckRequest, Finding, check_text, count_words
from followup_core.errors import InputError
from followup_core.rules import RULES, SEVERITIES
from followup_core.schema import CHANNEL_IDS, STAGE_IDS

GOOD = (
    "Dear Daniel,\n\nThank you for taking the time to speak with me on Tuesday about the Senior "
    "Data Engineer role at Harbor Logistics. I especially enjoyed our conversation about moving "
    "the nightly batch jobs to streaming.\n\nHearing about the shipment-tracking pipeline "
    "migration made me even more enthusiastic about joining your team. One example from my "
    "recent work: cutting pipeline failures by 60 % after moving to event-driven ingestion.\n\n"
    "If any questions come up, please feel free to reach out.\n\nBest regards,\nPriya Raman"
)

ANCHORS = {
    "avoid/#pushy",
    "avoid/#too-many",
    "avoid/#self-focus",
    "avoid/#tone",
    "avoid/#placeholders",
    "avoid/#apologies",
    "avoid/#guilt",
    "avoid/#reasons",
    "replies/#rejection",
    "crafting/#shape",
    "crafting/#subject",
    "channels/#linkedin-limits",
    "crafting/#concise",
    "crafting/#thanks",
    "crafting/#fit",
    "crafting/#close",
    "personalizing/#project",
    "personalizing/#shared",
    "channels/#email",
    "channels/#linkedin",
    "channels/#both",
    "situations/#competing-offer",
    "situations/#withdrawing",
}


def rules_of(text: str, **kwargs: Any) -> dict[str, Finding]:
    kwargs.setdefault("channel", "email")
    return {finding.rule: finding for finding in check_text(text, **kwargs)}


def flagged(text: str, rule: str, **kwargs: Any) -> list[str]:
    finding = rules_of(text, **kwargs).get(rule)
    return [text[start:end] for start, end in finding.spans] if finding else []


def test_a_good_thank_you_has_no_findings() -> None:
    assert check_text(GOOD, channel="email", stage="thank_you") == ()


def test_blank_text_has_nothing_to_say() -> None:
    assert check_text("  \n ", channel="email") == ()


def test_rules_are_data_with_known_sections_and_unique_ids() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.section in ANCHORS
        assert rule.severity in SEVERITIES
        assert rule.message[0].isupper()
        assert rule.message.endswith((".", "”"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I really need this job.", ["I really need this job"]),
        ("Send it asap", ["asap"]),
        ("Just checking in on this.", ["Just checking in"]),
        ("Any update?!", ["Any update?!"]),
        ("I haven’t heard back yet.", ["I haven’t heard back"]),
        ("I haven't heard back yet.", ["I haven't heard back"]),
        ("Please  respond as soon as possible.", ["Please  respond", "as soon as possible"]),
        ("I am waiting for your reply.", ["waiting for your reply"]),
        ("I'm desperate.", ["desperate"]),
        ("Following up again here.", ["Following up again"]),
        ("Why haven't you answered?", ["Why haven't you"]),
    ],
)
def test_pushy_phrases_are_flagged_exactly(text: str, expected: list[str]) -> None:
    assert flagged(text, "pushy") == expected


def test_pushy_phrases_respect_word_boundaries() -> None:
    assert flagged("The wasap tool and desperateness.", "pushy") == []
    assert flagged("I look forward to hearing from you.", "pushy") == []


def test_an_emoji_before_a_flagged_word_keeps_code_point_spans() -> None:
    text = "👨‍👩‍👧‍👦👍🏽 ASAP"
    finding = rules_of(text)["pushy"]
    assert finding.spans == ((text.index("ASAP"), len(text)),)
    assert text[slice(*finding.spans[0])] == "ASAP"


def test_exclamation_marks() -> None:
    assert flagged("Thank you!", "exclamations") == []
    assert flagged("Thank you!!", "exclamations") == ["!!"]
    assert flagged("Thanks! Great!", "exclamations") == ["!", "!"]


def test_shouting_ignores_acronyms_short_words_and_non_letters() -> None:
    text = "PLEASE read the HTML and JSON notes from NASA, the CEO, and COVID19 data."
    assert flagged(text, "shouting") == ["PLEASE"]


def test_self_focus_counts_without_spans() -> None:
    text = "I think I can. I will. I am sure my work shows me. I know I can do it. I, I."
    finding = rules_of(text)["self_focus"]
    assert finding.spans == ()
    assert "you" in finding.message
    balanced = "I think I can help you and your team; I know my work fits your team and you. " * 2
    assert "self_focus" not in rules_of(balanced)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hey Daniel, thx, gonna send it btw lol", ["Hey", "thx", "gonna", "btw", "lol"]),
        ("See u soon and ur notes", ["u", "ur"]),
        ("The U.S. team did a u-turn.", []),
        ("Thanks 👋🏽 and 👨‍👩‍👧 and 🇬🇧 and ❤️ and 1️⃣", ["👋🏽", "👨‍👩‍👧", "🇬🇧", "❤️", "1️⃣"]),
        ("Price: 10 € © 2026 — fine → ok ° ™", []),
    ],
)
def test_too_casual_words_and_whole_emoji_clusters(text: str, expected: list[str]) -> None:
    assert flagged(text, "too_casual") == expected


def test_too_formal() -> None:
    text = "To whom it may concern: herewith, pursuant to our esteemed talk."
    assert flagged(text, "too_formal") == [
        "To whom it may concern",
        "herewith",
        "pursuant to",
        "esteemed",
    ]


def test_placeholders_are_errors_with_a_span_each() -> None:
    text = "Dear [Name], {company} and {{role}} <name> XXX, Lorem ipsum. TODO <b>bold</b>"
    finding = rules_of(text)["placeholder"]
    assert finding.severity == "error"
    assert [text[a:b] for a, b in finding.spans] == [
        "[Name]",
        "{company}",
        "{{role}}",
        "<name>",
        "XXX",
        "Lorem ipsum",
        "TODO",
    ]


def test_length_rules_depend_on_channel() -> None:
    long_text = "Thank you for the conversation. " * 50 + "Let me know."
    assert rules_of(long_text)["too_long"].severity == "warning"
    assert "too_short" in rules_of("Thank you for the chat. Let me know.")
    assert "too_short" not in rules_of("Thanks for the chat.", channel="linkedin_connection")


def test_channel_limit_spans_the_part_that_would_be_cut() -> None:
    text = "Thank you for the conversation, glad to connect. " * 7
    finding = rules_of(text, channel="linkedin_connection")["channel_limit"]
    assert finding.severity == "error"
    assert finding.spans == ((300, len(text)),)
    under = text[:250]
    assert "channel_limit" not in rules_of(under, channel="linkedin_connection")
    assert "channel_limit" in rules_of(under, channel="linkedin_connection", limit=200)
    assert "channel_limit" not in rules_of(text * 20, channel="email")


def test_scope_of_the_missing_element_rules() -> None:
    bare = "Dear Ana, I hope you are well and that the week is going smoothly for the team."
    assert {"missing_thanks", "missing_close"} <= rules_of(bare).keys()
    assert "missing_detail" not in rules_of(bare)  # no stage: cannot know what it is for
    assert "missing_detail" in rules_of(bare, stage="thank_you")
    assert "missing_detail" not in rules_of(bare, stage="check_in")
    assert "missing_close" not in rules_of(bare, stage="reply_rejection")
    assert "missing_close" not in rules_of(bare + " Any questions?")


def test_findings_are_sorted_by_severity_then_position() -> None:
    text = "Hey [name], I need this job ASAP!! " * 2
    findings = check_text(text, channel="email")
    keys = [(SEVERITIES.index(f.severity), f.spans[0][0] if f.spans else -1) for f in findings]
    assert keys == sorted(keys)
    assert findings[0].severity == "error"


def test_finding_to_json_shape() -> None:
    finding = rules_of("Hey there")["too_casual"]
    assert finding.to_json() == {
        "rule": "too_casual",
        "severity": "warning",
        "message": finding.message,
        "spans": [[0, 3]],
        "section": "avoid/#tone",
    }


def test_count_words() -> None:
    assert count_words("I'm glad — a well-run team, 60 % faster!") == 7
    assert count_words("") == 0


def test_request_keeps_text_verbatim_and_validates_names() -> None:
    request = CheckRequest.from_args({"text": "  Hi\r\n", "channel": "linkedin_message"})
    assert request.text == "  Hi\r\n"
    assert request.stage is None
    free = CheckRequest.from_args(
        {"text": "x", "channel": "linkedin_connection", "linkedin_free_account": True}
    )
    assert free.limit == 200
    with pytest.raises(InputError) as error:
        CheckRequest.from_args({"text": "x" * (MAX_TEXT_CHARS + 1)})
    assert (error.value.field, error.value.code) == ("text", "too_long")
    for field, bad in (("channel", "fax"), ("stage", "haiku"), ("stage", 3)):
        with pytest.raises(InputError) as error:
            CheckRequest.from_args({"text": "x", field: bad})
        assert error.value.field == field
        if field == "channel":
            assert all(name in error.value.message for name in CHANNEL_IDS)


HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> '
    "שלום \u202eעולם\u202c مرحبا e\u0301\u0301\u0301 👨‍👩‍👧‍👦 [name] "
    "I really NEED this job!!! {x} XXX \u200d\ufe0f\U000e0067 "
)


#: A guard against runaway regular expressions, not a speed goal: checking ten times the
#: text may take at most this many times as long (linear is 10; quadratic would be 100).
#: Comparing the machine with itself keeps the guard steady on a slow or busy machine.
MAX_GROWTH = 30
#: Times below this are too short to compare (a clock tick, a cache miss).
TIMING_FLOOR_S = 0.002


def test_checking_time_grows_linearly_with_the_text() -> None:
    text = (HOSTILE * (MAX_TEXT_CHARS // len(HOSTILE) + 1))[:MAX_TEXT_CHARS]
    for sample in (text, "{" * MAX_TEXT_CHARS, "[" * MAX_TEXT_CHARS, "I " * 10_000):
        tenth = sample[: len(sample) // 10]
        small = max(min(_timed(tenth) for _ in range(3)), TIMING_FLOOR_S)
        large = min(_timed(sample) for _ in range(3))
        assert large < MAX_GROWTH * small, f"{large:.3f}s vs {small:.3f}s for {sample[:20]!r}"


def _timed(text: str) -> float:
    # Processor time, so a busy machine running other tests does not fail this one.
    start = time.process_time()
    findings = check_text(text, channel="linkedin_connection", stage="thank_you")
    elapsed = time.process_time() - start
    assert any(f.rule == "channel_limit" for f in findings)
    return elapsed


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from(list("!?[]{}<>'’ \n\u200d")),
        max_size=400,
    ),
    channel=st.sampled_from(CHANNEL_IDS),
    stage=st.none() | st.sampled_from(STAGE_IDS),
)
def test_check_never_raises_and_spans_are_in_bounds(
    text: str, channel: str, stage: str | None
) -> None:
    for finding in check_text(text, channel=channel, stage=stage):
        assert finding.severity in SEVERITIES
        for start, end in finding.spans:
            assert 0 <= start < end <= len(text)


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(max_size=30), suffix=st.text(max_size=30))
def test_a_pushy_phrase_is_found_wherever_it_sits(prefix: str, suffix: str) -> None:
    text = f"{prefix} ASAP {suffix}"
    spans = rules_of(text)["pushy"].spans
    assert (len(prefix) + 1, len(prefix) + 5) in spans
