"""A fixed corpus of bridge requests, to compare CPython's replies with Pyodide's.

The page talks to the core only through :func:`followup_core.bridge.handle`, so
identical replies (string for string) for a wide corpus mean the browser shows
exactly what the tests on CPython checked. The corpus is built from fixed
lists and a seeded ``random.Random``: the same every run, on every machine.

Run as a script, it answers a JSON list of requests on stdin with the JSON list
of replies on stdout, the CPython side of the comparison. Both lists are ASCII
JSON, so lone surrogates survive the trip (``run_in_pyodide.mjs`` does the same).
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path
from typing import Any, NamedTuple

from followup_core.bridge import handle
from followup_core.schema import CHANNEL_IDS, STAGE_IDS


class Case(NamedTuple):
    """One request, with a name that says what it probes (shown when replies differ)."""

    name: str
    request: str


#: Zones with odd offsets, clock changes at midnight or by 30 minutes, negative DST,
#: recent rule changes, legacy aliases, and zones added lately.
ZONES = (
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "America/Havana",
    "America/Sao_Paulo",
    "Africa/Casablanca",
    "Asia/Tokyo",
    "Europe/Berlin",
    "America/Los_Angeles",
    "Asia/Gaza",
    "America/Asuncion",
    "Africa/Cairo",
    "America/Santiago",
    "Europe/Kyiv",
    "Asia/Tehran",
    "Australia/Sydney",
    "America/St_Johns",
    "Europe/Dublin",
    "Antarctica/Troll",
    "America/Nuuk",
    "Asia/Almaty",
    "America/Ciudad_Juarez",
    "America/Coyhaique",
    "Pacific/Apia",
    "UTC",
    "US/Eastern",
    "Europe/Kiev",
)
#: Wall times on days the clocks change (gaps and folds), a leap day and the year's end.
TRICKY_ENDS = (
    ("America/New_York", "2026-03-08T02:30"),
    ("America/New_York", "2026-11-01T01:30"),
    ("Europe/London", "2026-03-29T01:30"),
    ("Europe/London", "2026-10-25T01:30"),
    ("Australia/Lord_Howe", "2026-04-05T01:45"),
    ("Australia/Lord_Howe", "2026-10-04T02:15"),
    ("America/Havana", "2026-03-08T00:30"),
    ("America/Havana", "2026-11-01T00:30"),
    ("Pacific/Chatham", "2026-09-27T02:50"),
    ("Europe/Dublin", "2026-10-25T01:15"),
    ("Antarctica/Troll", "2026-03-29T01:30"),
    ("America/Santiago", "2026-09-06T00:30"),
    ("Europe/Berlin", "2028-02-29T16:00"),
    ("Pacific/Kiritimati", "2026-12-31T23:30"),
)
TIMELINES: tuple[dict[str, Any] | None, ...] = (
    None,
    {"by": "2026-12-04"},
    {"within": 2, "unit": "weeks"},
    {"within": 10, "unit": "working_days"},
    {"within": 3, "unit": "days"},
    {"within": 1, "unit": "days"},
)
#: Text a reader might type or paste: emoji with joiners, right-to-left scripts and
#: overrides, combining marks, HTML, control characters and a lone surrogate.
HOSTILE = (
    "👩🏽‍💻 Priya 🇳🇬",
    "שלום \u202eעולם\u202c",
    "مرحبا بكم في الفريق",
    "e\u0301\u0301\u0301 Zoë Ångström",
    '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "Tom & Jerry <tom@example.com>; a=b&c=d",
    "line one\r\nBcc: evil@example.com\rline three",
    "\x00\x1b[31mred\x7f\u2028\u2029\ufeff",
    "\ud800 lonely surrogate \udfff",
    "[Name] {company} %s {0} \\n \\\\",
    "I really NEED this job!!! ASAP!!!",
    "\u200d\ufe0f\U000e0067 zero width",
)
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
    "contact": "interviewer:1",
    "contact_name": "Amara Lewis",
    "materials": "two references",
    "offer_deadline": "by Friday 11 December",
    "start_date": "Monday 4 January",
    "next_step": "the final round on Thursday",
}
GOOD_NOTE = (
    "Dear Daniel,\n\nThank you for taking the time to speak with me on Tuesday about the Senior "
    "Data Engineer role at Harbor Logistics. I especially enjoyed our conversation about moving "
    "the nightly batch jobs to streaming.\n\nIf any questions come up, please feel free to reach "
    "out.\n\nBest regards,\nPriya Raman"
)


def request(op: str, args: Any = None, **envelope: Any) -> str:
    """A bridge request as the page sends it (unspecified ``args`` are left out)."""
    body: dict[str, Any] = {"v": 1, "op": op, **envelope}
    if args is not None:
        body["args"] = args
    return json.dumps(body, ensure_ascii=False)


def corpus() -> list[Case]:
    """Every case, in a fixed order, with unique names."""
    cases = [
        *_plans(),
        *_countries(),
        *_bad_plans(),
        *_drafts(),
        *_checks(),
        *_mailtos(),
        *_envelopes(),
        *_agendas(),
    ]
    names = [case.name for case in cases]
    if len(set(names)) != len(names):
        raise AssertionError("corpus case names must be unique")
    return cases


def _plans() -> list[Case]:
    rng = random.Random(20261201)
    cases: list[Case] = []
    for index, zone in enumerate(ZONES):
        args: dict[str, Any] = {
            "interview_end": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T15:00",
            "candidate_tz": zone,
            "interviewer_tz": ZONES[(index * 7 + 3) % len(ZONES)],
            "timeline": TIMELINES[index % len(TIMELINES)],
            "now": "2026-06-01T12:00",
        }
        cases.append(Case(f"plan/zone/{zone}", request("plan", args)))
        if index % 3 == 0:
            cases.append(Case(f"ics/zone/{zone}", request("ics", args)))
    for zone, wall in TRICKY_ENDS:
        args = {"interview_end": wall, "candidate_tz": zone, "now": wall}
        cases.append(Case(f"plan/tricky/{zone}/{wall}", request("plan", args)))
        cases.append(Case(f"ics/tricky/{zone}/{wall}", request("ics", args)))
    # The status at every stage of one schedule, from before the interview to long after.
    for now in (
        "2026-12-01T14:00",
        "2026-12-01T15:30",
        "2026-12-02T09:30",
        "2026-12-04T18:00",
        "2026-12-07T10:30",
        "2026-12-14T10:30",
        "2026-12-22T09:00",
        "2027-02-01T09:00",
        "2026-12-01T15:30Z",
        "2026-12-01T15:30+05:45",
    ):
        args = {
            "interview_end": "2026-12-01T15:00",
            "candidate_tz": "Europe/London",
            "interviewer_tz": "America/New_York",
            "timeline": {"by": "2026-12-04"},
            "now": now,
        }
        cases.append(Case(f"plan/now/{now}", request("plan", args)))
    # Random working weeks, hours, holidays and timelines.
    for number in range(40):
        days = sorted(rng.sample(range(1, 8), rng.randint(1, 7)))
        start = rng.randint(0, 20)
        hours = [f"{start:02d}:{rng.choice((0, 15, 30)):02d}", f"{start + 3:02d}:45"]
        holidays = [f"2026-12-{rng.randint(1, 31):02d}" for _ in range(rng.randint(0, 6))]
        args = {
            "interview_end": f"2026-{rng.randint(10, 12)}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "candidate_tz": rng.choice(ZONES),
            "interviewer_tz": rng.choice((*ZONES, None, "")),
            "timeline": rng.choice(TIMELINES),
            "working_days": days,
            "working_hours": hours,
            "holidays": holidays,
            "now": f"2026-{rng.randint(9, 12)}-{rng.randint(1, 28):02d}T12:00",
            # The reader's own choices: the wait after a stated date, the pace, an imminent call.
            "grace_working_days": rng.randint(1, 10),
            "pace": rng.choice(("usual", "slow")),
            "decision_imminent": rng.random() < 0.25,
        }
        op = "ics" if number % 4 == 0 else "plan"
        cases.append(Case(f"{op}/random/{number}", request(op, args)))
    return cases


#: The kept public-holiday tables of tests/core (made from the ``holidays`` package).
HOLIDAY_TABLES = Path(__file__).resolve().parents[1] / "core" / "holiday_tables.json"


def _countries() -> list[Case]:
    """Plans with public holidays: both hemispheres, regions, far zones, and bad codes."""
    tables = json.loads(HOLIDAY_TABLES.read_text(encoding="utf-8"))
    pairs = [
        ("Europe/London", "GB", "Europe/London", None, "2026-12-24T15:30"),
        ("Europe/London", "GB", "Europe/London", "GB-SCT", "2026-12-31T16:00"),
        ("Europe/Berlin", "DE-BY", "Asia/Tokyo", "JP", "2026-12-01T09:30"),
        ("Europe/Berlin", "DE", "Europe/London", "GB", "2027-01-05T16:00"),
        ("Australia/Sydney", "AU-NSW", "America/Los_Angeles", "US-CA", "2026-12-24T08:00"),
        ("Pacific/Auckland", "NZ", "America/Sao_Paulo", "BR", "2027-02-05T10:00"),
        ("Africa/Johannesburg", "ZA", "America/New_York", "US", "2026-11-25T17:00"),
        ("Asia/Tokyo", "jp", "Europe/London", "uk", "2027-04-28T18:00"),
    ]
    cases: list[Case] = []
    for zone, country, their_zone, theirs, end in pairs:
        codes = [country] + ([theirs] if theirs else [])
        wanted = {code.upper().split("-")[0].replace("UK", "GB") for code in codes}
        args: dict[str, Any] = {
            "interview_end": end,
            "candidate_tz": zone,
            "interviewer_tz": their_zone,
            "candidate_country": country,
            "interviewer_country": theirs,
            "now": end,
            "public_holidays": {code: tables[code] for code in sorted(wanted)},
        }
        for options in ({}, {"decision_imminent": True}, {"pace": "slow"}):
            name = f"{zone}/{country}/{theirs}/{sorted(options)}"
            cases.append(Case(f"plan/country/{name}", request("plan", {**args, **options})))
        cases.append(Case(f"ics/country/{zone}/{country}/{theirs}", request("ics", args)))
    bad: dict[str, dict[str, Any]] = {
        "unknown": {"candidate_country": "XX"},
        "region": {"interviewer_country": "GB-SCO"},
        "name": {"candidate_country": "germany"},
        "no_table": {"candidate_country": "GB"},
        "number": {"candidate_country": 44},
        "bad_table": {"candidate_country": "GB", "public_holidays": {"GB": {"days": 1}}},
        "bad_day": {
            "candidate_country": "GB",
            "public_holidays": {"GB": {"years": [2026, 2026], "days": [["2026-02-30", "x"]]}},
        },
    }
    base = {"interview_end": "2026-12-24T15:30", "candidate_tz": "Europe/London"}
    base["now"] = base["interview_end"]
    cases += [Case(f"plan/country/bad/{n}", request("plan", {**base, **a})) for n, a in bad.items()]
    return cases


def _bad_plans() -> list[Case]:
    base: dict[str, Any] = {
        "interview_end": "2026-12-01T15:00",
        "candidate_tz": "Europe/London",
        "interviewer_tz": "America/New_York",
        "timeline": {"by": "2026-12-04"},
        "now": "2026-12-01T15:30",
    }
    changes: list[tuple[str, dict[str, Any]]] = [
        ("zone/mars", {"candidate_tz": "Mars/Olympus_Mons"}),
        ("zone/typo", {"candidate_tz": "Europe/Londn"}),
        ("zone/traversal", {"candidate_tz": "../../etc/passwd"}),
        ("zone/absolute", {"candidate_tz": "/etc/localtime"}),
        ("zone/backslash", {"interviewer_tz": "Europe\\London"}),
        ("zone/blank", {"candidate_tz": "   "}),
        ("zone/number", {"candidate_tz": 42}),
        ("zone/long", {"candidate_tz": "A" * 100}),
        ("zone/emoji", {"interviewer_tz": "🌍/Earth"}),
        ("zone/localtime", {"candidate_tz": "localtime"}),
        ("zone/posixrules", {"candidate_tz": "posixrules"}),
        ("zone/right", {"candidate_tz": "right/Europe/London"}),
        ("zone/posix", {"candidate_tz": "posix/Europe/London"}),
        ("zone/factory", {"candidate_tz": "Factory"}),
        ("zone/est5edt", {"candidate_tz": "EST5EDT"}),
        ("zone/lowercase", {"candidate_tz": "europe/london"}),
        ("date/feb30", {"interview_end": "2026-02-30T10:00"}),
        ("date/month13", {"interview_end": "2026-13-01T10:00"}),
        ("date/hour25", {"interview_end": "2026-12-01T25:00"}),
        ("date/year0", {"interview_end": "0000-01-01T10:00"}),
        ("date/year9999", {"interview_end": "9999-12-31T23:59"}),
        ("date/offset25", {"interview_end": "2026-12-01T15:00+25:00"}),
        ("date/hour24", {"interview_end": "2026-12-01T24:00"}),
        ("date/space", {"interview_end": "2026-12-01 15:00"}),
        ("date/basic", {"interview_end": "20261201T1500"}),
        ("date/fraction", {"interview_end": "2026-12-01T15:00:59.999999"}),
        ("date/words", {"interview_end": "next Tuesday"}),
        ("date/rtl", {"interview_end": "\u202e2026-12-01T15:00"}),
        ("date/number", {"interview_end": 20261201}),
        ("now/missing", {"now": None}),
        ("now/far", {"now": "2199-12-31T23:59"}),
        ("now/hour24", {"now": "2026-12-31T24:00"}),
        ("timeline/before", {"timeline": {"by": "2026-11-01"}}),
        ("timeline/feb29", {"timeline": {"by": "2027-02-29"}}),
        ("timeline/too_far", {"timeline": {"by": "2028-12-04"}}),
        ("timeline/negative", {"timeline": {"within": -3, "unit": "days"}}),
        ("timeline/bool", {"timeline": {"within": True, "unit": "days"}}),
        ("timeline/unit", {"timeline": {"within": 2, "unit": "fortnights"}}),
        ("timeline/both", {"timeline": {"by": "2026-12-04", "within": 2, "unit": "days"}}),
        ("timeline/huge", {"timeline": {"within": 10**30, "unit": "weeks"}}),
        ("days/empty", {"working_days": []}),
        ("days/eight", {"working_days": [1, 2, 3, 4, 5, 6, 7, 1]}),
        ("days/duplicate", {"working_days": [1, 1]}),
        ("days/zero", {"working_days": [0]}),
        ("days/string", {"working_days": "Mon-Fri"}),
        ("hours/backwards", {"working_hours": ["17:00", "09:00"]}),
        ("hours/shape", {"working_hours": ["09:00"]}),
        ("hours/24", {"working_hours": ["09:00", "24:00"]}),
        ("hours/seconds", {"working_hours": ["09:00:30", "17:00:00"]}),
        ("hours/zulu", {"working_hours": ["09:00Z", "17:00"]}),
        ("holidays/feb29", {"holidays": ["2026-02-29"]}),
        ("holidays/too_many", {"holidays": ["2026-12-25"] * 367}),
        ("holidays/emoji", {"holidays": ["🎄"]}),
        ("holidays/iso_week", {"holidays": ["2026-W49-2"]}),
    ]
    return [
        Case(f"plan/bad/{name}", request("plan", {**base, **change})) for name, change in changes
    ]


def _drafts() -> list[Case]:
    cases = [
        Case(
            f"draft/{stage}/{channel}",
            request("draft", {"stage": stage, "channel": channel, "details": DETAILS}),
        )
        for stage, channel in itertools.product(STAGE_IDS, CHANNEL_IDS)
    ]
    for index, text in enumerate(HOSTILE):
        details = {
            **DETAILS,
            "candidate_name": text,
            "company": text,
            "topic": text,
            "interviewers": [{"name": text, "title": text, "topic": text}],
        }
        stage = STAGE_IDS[index % len(STAGE_IDS)]
        channel = CHANNEL_IDS[index % len(CHANNEL_IDS)]
        cases.append(
            Case(
                f"draft/hostile/{index}",
                request("draft", {"stage": stage, "channel": channel, "details": details}),
            )
        )
    odd: list[tuple[str, Any]] = [
        ("empty", {}),
        ("no_details", {"stage": "check_in", "channel": "email"}),
        (
            "free_linkedin",
            {
                "stage": "linkedin_note",
                "channel": "linkedin_connection",
                "details": DETAILS,
                "linkedin_free_account": True,
            },
        ),
        ("eleven", {"details": {"interviewers": [{"name": f"P{n}"} for n in range(11)]}}),
        ("long_field", {"details": {"company": "x" * 1_001}}),
        ("company_number", {"details": {"company": 7}}),
        ("interviewer_string", {"details": {"interviewers": ["Ana"]}}),
        ("stage_unknown", {"stage": "ghosting"}),
        ("channel_unknown", {"channel": "fax"}),
        ("flag_string", {"linkedin_free_account": "yes"}),
        ("honorific", {"details": {"interviewers": [{"name": "Dr. Ana María de la Cruz"}]}}),
        ("paid_linkedin", {"channel": "linkedin_connection", "linkedin_free_account": False}),
        (
            "dates",
            {
                "stage": "answer_delay",
                "now": "2026-12-07T09:00",
                "details": {
                    **DETAILS,
                    "new_timeline": "fri 11 dec",
                    "interview_date": "2026-12-01",
                },
            },
        ),
        ("date_passed", {"stage": "answer_delay", "now": "2026-12-20", "details": DETAILS}),
        ("date_relative", {"stage": "check_in", "details": {"timeline": "next Friday"}}),
        ("date_weekday", {"stage": "accept_offer", "details": {"start_date": "Sunday 1 Feb 2027"}}),
        ("now_bad", {"now": "soon"}),
    ]
    cases += [Case(f"draft/odd/{name}", request("draft", args)) for name, args in odd]
    return cases


def _checks() -> list[Case]:
    texts = (GOOD_NOTE, "", "Hey, any update?! I really need this job ASAP.", *HOSTILE)
    cases: list[Case] = []
    for index, text in enumerate(texts):
        channel = CHANNEL_IDS[index % len(CHANNEL_IDS)]
        stage = (None, *STAGE_IDS)[index % (len(STAGE_IDS) + 1)]
        args: dict[str, Any] = {"text": text, "channel": channel}
        if stage:
            args["stage"] = stage
        cases.append(Case(f"check/{index}", request("check", args)))
    odd: list[tuple[str, Any]] = [
        ("long", {"text": "I " * 10_000}),
        ("too_long", {"text": "x" * 20_001}),
        ("number", {"text": 5}),
        (
            "free_linkedin",
            {"text": "A" * 250, "channel": "linkedin_connection", "linkedin_free_account": True},
        ),
        ("bad_stage", {"text": "Hi", "stage": "ghosting"}),
        ("braces", {"text": "{" * 20_000}),
    ]
    cases += [Case(f"check/odd/{name}", request("check", args)) for name, args in odd]
    return cases


def _mailtos() -> list[Case]:
    addresses = (
        "d@example.com",
        "",
        "a@b.c\r\nBcc: evil@example.com",
        "a@b.c?cc=evil@example.com",
        "d@example.com, e@example.com",
        "not an address",
        "用户@例子.广告",
        "x" * 400 + "@example.com",
    )
    cases = [
        Case(
            f"mailto/{index}",
            request(
                "mailto", {"to": to, "subject": HOSTILE[index % len(HOSTILE)], "body": GOOD_NOTE}
            ),
        )
        for index, to in enumerate(addresses)
    ]
    cases += [
        Case("mailto/too_long", request("mailto", {"subject": "Hi", "body": "é" * 19_999})),
        Case("mailto/number", request("mailto", {"to": 1})),
        Case("mailto/body_list", request("mailto", {"body": ["a"]})),
    ]
    return cases


def _agendas() -> list[Case]:
    """The agenda over several zones, sends and replies, with bad applications among good ones."""
    rng = random.Random(20261226)
    cases: list[Case] = []
    for number in range(12):
        applications: list[dict[str, Any]] = []
        for index in range(rng.randint(1, 4)):
            zone = ZONES[rng.randrange(len(ZONES))]
            day = rng.randint(1, 28)
            application: dict[str, Any] = {
                "id": f"app-{index}",
                "company": HOSTILE[(number + index) % len(HOSTILE)][:60],
                "role": "Data Engineer",
                "plan": {
                    "interview_end": f"2026-11-{day:02d}T{rng.randint(7, 19):02d}:30",
                    "candidate_tz": zone,
                    "interviewer_tz": ZONES[rng.randrange(len(ZONES))],
                },
                "details": {"interviewers": [{"name": "Daniel Okafor"}]},
            }
            if rng.random() < 0.6:
                application["sent"] = {"thank_you": f"2026-11-{min(day + 1, 30):02d}T09:15"}
            if rng.random() < 0.5:
                kind = rng.choice(["positive", "negative", "delay", "offer"])
                reply: dict[str, Any] = {
                    "kind": kind,
                    "at": f"2026-12-{rng.randint(1, 9):02d}T12:00",
                }
                if kind == "delay" and rng.random() < 0.7:
                    reply["new_date"] = f"2026-12-{rng.randint(10, 28):02d}"
                application["replies"] = [reply]
            applications.append(application)
        args = {"applications": applications, "now": "2026-12-08T11:00", "calendar": number < 3}
        cases.append(Case(f"agenda/random/{number}", request("agenda", args)))
    bad = {
        "no_list": {"applications": {"id": "a"}, "now": "2026-12-08T11:00"},
        "bad_now": {"applications": [], "now": "yesterday"},
        "bad_zone": {
            "applications": [
                {"id": "a", "plan": {"interview_end": "2026-12-01T15:00", "candidate_tz": "UTC"}},
                {"id": "b", "plan": {"interview_end": "2026-12-01T15:00", "candidate_tz": "Mars"}},
            ],
            "now": "2026-12-08T11:00+00:00",
        },
        "odd_entries": {
            "applications": [1, None, {"id": ""}, {"id": "x", "plan": [], "sent": {"nope": 1}}],
            "now": "2026-12-08T11:00",
        },
    }
    cases += [Case(f"agenda/bad/{name}", request("agenda", args)) for name, args in bad.items()]
    return cases


def _envelopes() -> list[Case]:
    raw = [
        ("defaults", request("defaults")),
        ("defaults/args", request("defaults", {"ignored": True})),
        ("not_json", "not json"),
        ("empty", ""),
        ("null", "null"),
        ("list", "[1, 2]"),
        ("bom", "\ufeff" + request("defaults")),
        ("version2", '{"v": 2, "op": "plan"}'),
        ("version_true", '{"v": true, "op": "plan"}'),
        ("version_float", '{"v": 1.0, "op": "mailto"}'),
        ("no_op", '{"v": 1}'),
        ("op_number", '{"v": 1, "op": 3}'),
        ("op_unknown", '{"v": 1, "op": "launch"}'),
        ("op_hostile", request("<script>" + HOSTILE[0])),
        ("args_string", '{"v": 1, "op": "plan", "args": "x"}'),
        ("duplicate_keys", '{"v": 1, "op": "mailto", "op": "defaults"}'),
        ("nan", '{"v": NaN, "op": "mailto"}'),
        ("big_int", '{"v": 1' + "0" * 5000 + ', "op": "mailto"}'),
        ("raw_surrogate", '{"v": 1, "op": "mailto", "args": {"subject": "\ud83d"}}'),
        ("too_large", " " * 1_000_001),
        ("nesting/200", "[" * 200 + "]" * 200),
        ("nesting/open_200", "[" * 200),
        # Deep enough for CPython 3.11's recursion limit, not for 3.14's: known to differ.
        ("nesting/1500", "[" * 1_500 + "]" * 1_500),
        ("nesting/2500", "[" * 2_500 + "]" * 2_500),
    ]
    return [Case(f"envelope/{name}", text) for name, text in raw]


def answer(requests_json: str) -> str:
    """Replies to a JSON list of requests, as an ASCII JSON list (the same code runs in Pyodide)."""
    return json.dumps([handle(request) for request in json.loads(requests_json)])


if __name__ == "__main__":
    sys.stdout.write(answer(sys.stdin.read()))
