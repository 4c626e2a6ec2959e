"""The agenda: every step of every application, moved by what was sent, closed by replies."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_core.agenda import (
    CHASING,
    REPLY_STAGES,
    STEP_STATES,
    agenda_result,
    make_agenda,
    read_applications,
)
from followup_core.bridge import handle
from followup_core.timing import PlanRequest, make_plan

NOW = "2026-12-08T11:00+00:00"
PLAN: dict[str, Any] = {
    "interview_end": "2026-12-01T15:00",
    "candidate_tz": "Europe/London",
    "interviewer_tz": "America/New_York",
    "timeline": {"by": "2026-12-04"},
}


def app(ident: str = "harbor", **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "company": "Harbor Logistics",
        "role": "Data Engineer",
        "plan": PLAN,
        **extra,
    }


def agenda(*applications: object, now: str = NOW) -> dict[str, Any]:
    reply = json.loads(
        handle(
            json.dumps(
                {"v": 1, "op": "agenda", "args": {"applications": list(applications), "now": now}}
            )
        )
    )
    assert reply["ok"], reply
    return reply["result"]  # type: ignore[no-any-return]


def by_stage(result: dict[str, Any], ident: str = "harbor") -> dict[str, dict[str, Any]]:
    return {item["stage"]: item for item in result["items"] if item["id"] == ident}


def plan_steps(now: str = NOW) -> dict[str, datetime]:
    steps = make_plan(PlanRequest.from_args({**PLAN, "now": now})).steps
    return {step.kind: step.recommended for step in steps}


def test_nothing_sent_follows_the_plan_with_states_from_now() -> None:
    items = by_stage(agenda(app()))
    planned = plan_steps()
    assert list(items) == ["thank_you", "check_in", "final_follow_up"]
    for stage, moment in planned.items():
        assert datetime.fromisoformat(items[stage]["due"]) == moment
    assert items["thank_you"]["state"] == "overdue"  # its 48 hours are long gone
    assert items["check_in"]["state"] == "upcoming"
    assert items["check_in"]["state_label"] == "Upcoming"


def test_a_step_sent_late_moves_the_later_steps_by_as_many_days() -> None:
    planned = plan_steps()
    late = planned["check_in"] + timedelta(days=2)
    items = by_stage(agenda(app(sent={"check_in": late.isoformat()})))
    assert items["check_in"]["state"] == "done"
    assert datetime.fromisoformat(items["check_in"]["sent_at"]) == late
    moved = datetime.fromisoformat(items["final_follow_up"]["due"])
    assert moved - planned["final_follow_up"] == timedelta(days=2)
    assert moved.astimezone(UTC).isoweekday() <= 5


def test_a_reply_closes_the_chase_and_offers_its_answer() -> None:
    for kind, stage in REPLY_STAGES.items():
        reply: dict[str, Any] = {"kind": kind, "at": "2026-12-07T12:00+00:00"}
        items = by_stage(agenda(app(replies=[reply])))
        assert items[stage]["state"] == "due", kind
        if kind != "delay":
            for chasing in CHASING:
                assert items[chasing]["state"] == "not_needed", (kind, chasing)
                assert "replied" in items[chasing]["reason"]


def test_a_delay_with_a_new_date_plans_the_check_in_again_from_it() -> None:
    reply = {"kind": "delay", "at": "2026-12-04T12:00", "new_date": "2026-12-18"}
    items = by_stage(agenda(app(replies=[reply])))
    check_in = datetime.fromisoformat(items["check_in"]["due"])
    assert check_in.date() > datetime(2026, 12, 18).date()
    assert items["check_in"]["state"] == "upcoming"
    assert items["answer_delay"]["state"] == "overdue"


def test_a_bad_application_is_named_and_the_others_still_come() -> None:
    bad = {"id": "moon", "plan": {**PLAN, "candidate_tz": "Mars/Base"}}
    result = agenda(app(), bad)
    assert {item["id"] for item in result["items"]} == {"harbor"}
    [problem] = result["problems"]
    assert problem["field"] == "applications[1].plan.candidate_tz"
    assert problem["id"] == "moon"
    assert "Mars/Base" in problem["message"]


def test_problems_name_each_bad_field_and_duplicates() -> None:
    result = agenda(
        app(),
        app(),
        {
            "id": "x",
            "plan": PLAN,
            "sent": {"hello": "2026-12-01T10:00"},
            "replies": [{"kind": "maybe"}],
        },
        {"plan": PLAN},
        7,
    )
    fields = [problem["field"] for problem in result["problems"]]
    assert fields == [
        "applications[1].id",
        "applications[2].sent.hello",
        "applications[2].replies[0].kind",
        "applications[3].id",
        "applications[4]",
    ]


def test_a_request_bad_as_a_whole_is_refused() -> None:
    for args, field in (
        ({"applications": {"id": "a"}, "now": NOW}, "applications"),
        ({"applications": [], "now": "soon"}, "now"),
        ({"now": NOW}, "applications"),
    ):
        reply = json.loads(handle(json.dumps({"v": 1, "op": "agenda", "args": args})))
        assert not reply["ok"]
        assert reply["error"]["field"] == field


def test_the_calendar_has_one_stable_event_per_step() -> None:
    args = {"applications": [app(), app("acme")], "now": NOW, "calendar": True}
    first = agenda_result(args)["calendar"]["content"]
    later = agenda_result({**args, "now": "2026-12-09T11:00+00:00"})["calendar"]["content"]
    events = icalendar.Calendar.from_ical(first).walk("VEVENT")
    assert len(events) == 6
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == 6
    later_uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(later).walk("VEVENT")]
    assert sorted(later_uids) == sorted(uids)
    sent = agenda_result({**args, "applications": [app(sent={"thank_you": NOW})]})
    [thanks] = [
        e
        for e in icalendar.Calendar.from_ical(sent["calendar"]["content"]).walk("VEVENT")
        if str(e["SUMMARY"]).startswith("Send your thank")
    ]
    assert str(thanks["STATUS"]) == "CANCELLED"


# --------------------------------------------------------------------------- properties

STAGES = ["thank_you", "check_in", "final_follow_up"]
EVENT = st.one_of(
    st.tuples(st.just("sent"), st.sampled_from(STAGES), st.integers(0, 30 * 24)),
    # Few distinct moments, so replies at the same moment come up often.
    st.tuples(st.just("reply"), st.sampled_from(sorted(REPLY_STAGES)), st.sampled_from([30, 200])),
)
START = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def _application(events: list[tuple[str, str, int]]) -> dict[str, Any]:
    sent: dict[str, str] = {}
    replies: list[dict[str, Any]] = []
    for what, name, hours in events:
        moment = (START + timedelta(hours=hours)).isoformat()
        if what == "sent":
            sent.setdefault(name, moment)
        else:
            reply: dict[str, Any] = {"kind": name, "at": moment}
            if name == "delay":
                reply["new_date"] = (START + timedelta(hours=hours, days=10)).date().isoformat()
            replies.append(reply)
    return app(sent=sent, replies=replies)


@settings(max_examples=60, deadline=None)
@given(st.lists(EVENT, max_size=6), st.randoms(use_true_random=False), st.integers(0, 40 * 24))
def test_any_order_of_sends_and_replies_gives_one_consistent_agenda(
    events: list[tuple[str, str, int]], shuffler: Any, now_hours: int
) -> None:
    now = (START + timedelta(hours=now_hours)).isoformat()
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    one = _application(events)
    two = _application(shuffled)
    # The same sends (the first one per stage) recorded in another order, and the same replies.
    two["sent"] = dict(reversed(list(one["sent"].items())))
    assert agenda(one, now=now)["items"] == agenda(two, now=now)["items"]


@settings(max_examples=60, deadline=None)
@given(st.lists(EVENT, max_size=6), st.integers(0, 40 * 24))
def test_a_sent_step_never_comes_back_and_states_agree_with_now(
    events: list[tuple[str, str, int]], now_hours: int
) -> None:
    now = START + timedelta(hours=now_hours)
    application = _application(events)
    result = agenda(application, now=now.isoformat())
    items = result["items"]
    assert [item["due"] for item in items] == sorted(
        (item["due"] for item in items), key=datetime.fromisoformat
    )
    for item in items:
        assert item["state"] in STEP_STATES
        due, end = datetime.fromisoformat(item["due"]), datetime.fromisoformat(item["window_end"])
        if item["stage"] in application["sent"]:
            assert item["state"] == "done"
            assert item["sent_at"] == item["due"]
        elif item["state"] == "upcoming":
            assert now < due
        elif item["state"] == "due":
            assert due <= now < end
        elif item["state"] == "overdue":
            assert now >= end
    stages = [item["stage"] for item in items]
    assert len(stages) == len(set(stages))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(STAGES), unique=True), st.integers(0, 20 * 24))
def test_sending_never_moves_a_step_before_the_one_sent(sent: list[str], late_hours: int) -> None:
    moments = plan_steps()
    marks = {stage: (moments[stage] + timedelta(hours=late_hours)).isoformat() for stage in sent}
    items = by_stage(agenda(app(sent=marks)))
    dues = [datetime.fromisoformat(items[stage]["due"]) for stage in STAGES]
    assert dues == sorted(dues)


def test_read_applications_keeps_their_order() -> None:
    good, problems = read_applications(
        [app("b"), app("a")], now=datetime(2026, 12, 8, 11, tzinfo=UTC)
    )
    assert [a.id for a in good] == ["b", "a"]
    assert not problems
    items = make_agenda(good, datetime(2026, 12, 8, 11, tzinfo=UTC))
    assert [item.id for item in items[:2]] == ["b", "a"]
