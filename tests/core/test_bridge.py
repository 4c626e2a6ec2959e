"""The JSON bridge: the contract's shapes, field-named errors, and never raising."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_core import bridge
from followup_core.args import MAX_TEXT_CHARS
from followup_core.bridge import MAX_NESTING, _nesting_depth, handle
from followup_core.schema import STAGE_IDS

PLAN_ARGS: dict[str, Any] = {
    "interview_end": "2026-12-01T15:00",
    "candidate_tz": "Europe/London",
    "interviewer_tz": "America/New_York",
    "timeline": {"by": "2026-12-04"},
    "now": "2026-12-01T15:30",
}
DETAILS: dict[str, Any] = {
    "candidate_name": "Priya Raman",
    "interviewers": [
        {"name": "Daniel Okafor", "title": "Engineering Manager", "topic": "streaming"},
        {"name": "Sofia Lindqvist", "title": "Product Lead", "topic": "delivery ETAs"},
    ],
    "company": "Harbor Logistics",
    "role": "Senior Data Engineer",
    "interview_date": "Tuesday",
    "topic": "moving the nightly batch jobs to streaming",
    "project": "the shipment-tracking pipeline migration",
    "contribution": "I led a similar migration and can help plan the cut-over",
    "skill": "designing reliable data pipelines",
    "example": "cutting pipeline failures by 60 % after moving to event-driven ingestion",
    "shared_interest": "",
    "timeline": "by Friday",
    "signature": "Priya Raman",
}


def call(op: str, args: Any = None, **envelope: Any) -> dict[str, Any]:
    request = {"v": 1, "op": op, "args": args, **envelope}
    reply = json.loads(bridge.handle(json.dumps(request)))
    assert reply["v"] == 1
    return reply  # type: ignore[no-any-return]


def test_plan_reply_has_the_contract_shape() -> None:
    reply = call("plan", PLAN_ARGS)
    assert reply["ok"] is True
    result = reply["result"]
    kinds = [step["kind"] for step in result["steps"]]
    assert kinds == ["thank_you", "check_in", "final_follow_up"]
    for step in result["steps"]:
        assert {"recommended", "recommended_candidate", "window_start", "window_end", "reason"} <= (
            step.keys()
        )
        assert step["recommended"].endswith("-05:00")  # the interviewer's zone, in winter
        assert step["recommended_candidate"].endswith("+00:00")
    assert set(result["status"]) >= {"kind", "message"}


def test_draft_reply_gives_one_draft_per_interviewer() -> None:
    reply = call("draft", {"stage": "thank_you", "channel": "email", "details": DETAILS})
    assert reply["ok"] is True
    drafts = reply["result"]["drafts"]
    assert [draft["to"] for draft in drafts] == ["Daniel Okafor", "Sofia Lindqvist"]
    for draft in drafts:
        keys = {"to", "subject", "body", "words", "chars", "limit", "missing", "findings"}
        assert keys <= draft.keys()
        assert draft["missing"] == []


def test_later_stages_give_exactly_one_draft_to_the_contact() -> None:
    for stage in ("check_in", "final_follow_up", "reply_positive", "reply_rejection"):
        reply = call("draft", {"stage": stage, "channel": "email", "details": DETAILS})
        assert reply["result"]["recipients"] == "contact"
        assert [draft["to"] for draft in reply["result"]["drafts"]] == ["Daniel Okafor"]
        chosen = {**DETAILS, "contact": "interviewer:1"}
        reply = call("draft", {"stage": stage, "channel": "email", "details": chosen})
        assert [draft["to"] for draft in reply["result"]["drafts"]] == ["Sofia Lindqvist"]
    thanks = call("draft", {"stage": "thank_you", "details": DETAILS})["result"]
    assert thanks["recipients"] == "each_interviewer"


def test_every_bad_field_comes_back_at_once_and_the_first_leads() -> None:
    details = {**DETAILS, "company": 7, "role": ["x"], "interviewers": [{"name": 5}]}
    reply = call("draft", {"stage": "thank_you", "channel": "fax", "details": details})
    assert reply["ok"] is False
    fields = [error["field"] for error in reply["errors"]]
    assert fields == ["channel", "details.company", "details.role", "details.interviewers.0.name"]
    assert reply["error"] == reply["errors"][0]
    single = call("plan", {**PLAN_ARGS, "candidate_tz": "Mars/Olympus"})
    assert single["errors"] == [single["error"]]


def test_check_reply_lists_findings_with_spans() -> None:
    text = "Hey, any update?! I really need this job ASAP."
    reply = call("check", {"text": text, "channel": "email"})
    assert reply["ok"] is True
    rules = {finding["rule"] for finding in reply["result"]["findings"]}
    assert rules  # the checker has something to say about this text
    for finding in reply["result"]["findings"]:
        assert finding["severity"] in {"error", "warning", "tip"}
        for start, end in finding["spans"]:
            assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("args", "limit", "size"),
    [
        ({"text": "Thanks 😀 a lot", "channel": "email"}, None, "3 words, 14 characters."),
        (
            {"text": "x" * 250, "channel": "linkedin_connection", "linkedin_free_account": True},
            200,
            "250 of 200 characters, 50 over the limit (1 word).",
        ),
        (
            {"text": "Hi there", "channel": "linkedin_connection"},
            300,
            "8 of 300 characters, within the limit (2 words).",
        ),
    ],
)
def test_check_reply_counts_against_the_channel_limit(
    args: dict[str, Any], limit: int | None, size: str
) -> None:
    result = call("check", args)["result"]
    assert result["chars"] == len(args["text"])
    assert (result["limit"], result["size"]) == (limit, size)


def test_ics_and_mailto_replies() -> None:
    ics = call("ics", PLAN_ARGS)["result"]
    assert ics["filename"].endswith(".ics")
    assert ics["content"].startswith("BEGIN:VCALENDAR\r\n")
    mail = call("mailto", {"to": "d@example.com", "subject": "Thanks", "body": "Hi"})["result"]
    assert mail == {"url": "mailto:d@example.com?subject=Thanks&body=Hi", "too_long": False}


def test_defaults_come_from_the_core() -> None:
    result = call("defaults")["result"]
    assert [stage["id"] for stage in result["stages"]] == list(STAGE_IDS)
    recipients = {stage["id"]: stage["recipients"] for stage in result["stages"]}
    assert recipients["thank_you"] == "each_interviewer"
    assert recipients["check_in"] == "contact"
    assert all(
        stage["section"].startswith(("templates/#", "situations/#")) for stage in result["stages"]
    )
    fields = [field["id"] for field in result["detail_fields"]]
    assert fields[:3] == ["candidate_name", "interviewers", "contact"]
    assert "Europe/London" in result["time_zones"]
    assert result["working_hours"] == ["09:00", "17:00"]
    assert result["working_days"] == [1, 2, 3, 4, 5]
    assert result["grace_working_days"] == {"default": 2, "min": 1, "max": 10}
    assert [pace["id"] for pace in result["paces"]] == ["usual", "slow"]
    assert all(pace["label"] and pace["hint"] for pace in result["paces"])
    assert result["default_pace"] == "usual"
    assert result["imminent_window_hours"] == 4
    channel_limits = {channel["id"]: channel["limit"] for channel in result["channels"]}
    assert channel_limits["linkedin_connection"] == 300


@pytest.mark.parametrize(
    ("op", "args", "field", "code"),
    [
        ("plan", {**PLAN_ARGS, "candidate_tz": "Mars/Olympus"}, "candidate_tz", "unknown_zone"),
        ("plan", {**PLAN_ARGS, "interview_end": "2026-02-30T10:00"}, "interview_end", "invalid"),
        ("plan", {**PLAN_ARGS, "timeline": {"by": "2026-11-01"}}, "timeline.by", None),
        ("plan", {**PLAN_ARGS, "grace_working_days": 20}, "grace_working_days", "range"),
        ("plan", {**PLAN_ARGS, "pace": "fast"}, "pace", "invalid"),
        (
            "plan",
            {**PLAN_ARGS, "timeline": {"within": -3, "unit": "days"}},
            "timeline.within",
            None,
        ),
        (
            "draft",
            {"stage": "thank_you", "channel": "email", "details": {"company": 7}},
            "details.company",
            None,
        ),
        ("draft", {"stage": "haiku", "channel": "email", "details": {}}, "stage", None),
        ("check", {"text": "x" * 100_001, "channel": "email"}, "text", "too_long"),
        ("mailto", {"to": "a@b.c\r\nBcc: evil@example.com", "subject": "", "body": ""}, "to", None),
    ],
)
def test_bad_input_names_its_field(op: str, args: Any, field: str, code: str | None) -> None:
    reply = call(op, args)
    assert reply["ok"] is False
    assert reply["error"]["field"] == field
    if code:
        assert reply["error"]["code"] == code
    message = reply["error"]["message"]
    assert message[0].isupper() or message.startswith("“")  # a sentence, maybe quoting input
    assert message.rstrip().endswith((".", "?"))


@pytest.mark.parametrize(
    ("request_text", "field", "code"),
    [
        ("not json", "request", "bad_json"),
        ("[1, 2]", "request", "type"),
        ('{"v": 2, "op": "plan"}', "v", "version"),
        ('{"v": true, "op": "plan"}', "v", "version"),
        ('{"v": 1}', "op", "required"),
        ('{"v": 1, "op": "launch"}', "op", "invalid"),
        ('{"v": 1, "op": "plan", "args": "x"}', "args", "type"),
        ("[" * 100_000, "request", "bad_json"),
        (" " * 1_000_001, "request", "too_long"),
    ],
)
def test_malformed_envelopes_are_refused_in_words(request_text: str, field: str, code: str) -> None:
    reply = json.loads(bridge.handle(request_text))
    assert reply["ok"] is False
    assert reply["error"]["field"] == field
    assert reply["error"]["code"] == code


def test_an_unexpected_failure_becomes_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(args: Any) -> dict[str, Any]:
        raise RuntimeError("secret internals")

    monkeypatch.setitem(bridge.OPS, "plan", explode)
    reply = call("plan", PLAN_ARGS)
    assert reply["ok"] is False
    assert reply["error"]["code"] == "internal"
    assert "secret internals" not in reply["error"]["message"]
    detail = reply["error"]["detail"]
    assert detail.startswith("Traceback (most recent call last):")
    assert "in explode" in detail
    assert detail.rstrip().endswith("RuntimeError: secret internals")


def test_only_internal_errors_carry_a_detail() -> None:
    reply = call("plan", {**PLAN_ARGS, "candidate_tz": "Mars/Base"})
    assert reply["ok"] is False
    assert "detail" not in reply["error"]


def test_user_text_comes_back_as_data_not_markup() -> None:
    hostile = '<img src=x onerror="alert(1)"></textarea><script>alert(2)</script> שלום 👋'
    details = {**DETAILS, "topic": hostile, "interviewers": [{"name": "Daniel"}]}
    reply = call("draft", {"stage": "thank_you", "channel": "email", "details": details})
    assert hostile in reply["result"]["drafts"][0]["body"]  # verbatim: escaping is the page's job


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
plan_keys = st.sampled_from([*sorted(PLAN_ARGS), "working_days", "working_hours", "holidays"])


@settings(max_examples=300, deadline=None)
@given(
    op=st.sampled_from([*sorted(bridge.OPS), "nope"]),
    args=st.one_of(
        json_values,
        st.dictionaries(plan_keys, json_values, max_size=6),
        st.fixed_dictionaries({}, optional={"details": json_values, "text": json_values}),
    ),
)
def test_the_bridge_never_raises_on_arbitrary_json(op: str, args: Any) -> None:
    raw = bridge.handle(json.dumps({"v": 1, "op": op, "args": args}))
    reply = json.loads(raw)
    assert reply["ok"] in (True, False)
    if not reply["ok"]:
        assert reply["error"]["code"] != "internal", reply["error"]
        assert reply["error"]["message"]


@pytest.mark.parametrize("depth", [65, 1_500, 100_000])
def test_deep_nesting_is_refused_before_parsing(depth: int) -> None:
    # Pyodide's parser overflows the JavaScript stack (killing the page's Python)
    # long before CPython's raises RecursionError: the bridge must refuse first.
    reply = json.loads(handle("[" * depth + "]" * depth))
    assert reply["error"]["code"] == "bad_json"
    assert "nested too deeply" in reply["error"]["message"]


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = "[{" * 5_000
    request = {"v": 1, "op": "check", "args": {"text": text[:MAX_TEXT_CHARS]}}
    reply = json.loads(handle(json.dumps(request)))
    assert reply["ok"], reply


def test_real_requests_nest_far_below_the_limit() -> None:
    request = {"v": 1, "op": "plan", "args": {"timeline": {"within": 2, "unit": "weeks"}}}
    assert _nesting_depth(json.dumps(request)) == 3 < MAX_NESTING


def test_a_plan_with_several_bad_fields_names_them_all() -> None:
    args = {
        **PLAN_ARGS,
        "candidate_tz": "Mars/Base",
        "interview_end": "2026-02-30T10:00",
        "working_hours": ["25:00", "17:00"],
        "holidays": ["someday"],
    }
    reply = call("plan", args)
    fields = [error["field"] for error in reply["errors"]]
    assert fields == ["candidate_tz", "interview_end", "working_hours", "holidays.0"]
    assert reply["error"]["field"] == "candidate_tz"
