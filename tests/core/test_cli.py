"""The command line: the same core as the bridge, readable output, clear errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from followup_core import bridge
from followup_core.cli import main

PLAN = ["2026-12-01T15:00", "--tz", "Europe/London", "--by", "2026-12-04"]
NOW = ["--now", "2026-12-01T15:30"]
#: What ``PLAN`` and ``NOW`` send the bridge.
PLAN_ARGS = {
    "interview_end": "2026-12-01T15:00",
    "candidate_tz": "Europe/London",
    "timeline": {"by": "2026-12-04"},
    "now": "2026-12-01T15:30",
    "holidays": [],
}


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_plan_prints_a_readable_timeline() -> None:
    status, text = run_cli("plan", *PLAN, *NOW)
    assert status == 0
    assert "thank-you" in text.lower()
    # The check-in: the second working day after Friday 4 December.
    assert "Check in: Tuesday 8 December 2026, 10:00" in text


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--grace", "1"], "Check in: Monday 7 December 2026, 10:00"),
        (["--grace", "5"], "Check in: Friday 11 December 2026, 10:00"),
        (["--pace", "slow"], "Final follow-up: Tuesday 22 December 2026, 10:00"),
        (["--imminent"], "Send your thank-you note: Tuesday 1 December 2026, 16:00"),
    ],
)
def test_plan_options_reach_the_core(options: list[str], expected: str) -> None:
    status, text = run_cli("plan", *PLAN, *NOW, *options)
    assert status == 0
    assert expected in text
    _, default = run_cli("plan", *PLAN, *NOW)
    assert expected not in default


def test_a_grace_out_of_range_names_its_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", *PLAN, *NOW, "--grace", "0"]) == 2
    assert "grace_working_days" in capsys.readouterr().err


def test_the_issues_friday_evening_in_new_york_goes_on_monday() -> None:
    status, text = run_cli(
        "plan", "2026-12-04T21:00", "--tz", "Europe/London",
        "--interviewer-tz", "America/New_York", "--now", "2026-12-04T21:00",
    )  # fmt: skip
    assert status == 0
    assert "Send your thank-you note: Monday 7 December 2026, 14:00 your time (09:00 theirs)" in (
        text
    )
    assert "because of their weekend" in text


def test_country_brings_the_public_holidays_from_the_holidays_package() -> None:
    pytest.importorskip("holidays")  # the in-Pyodide run has no copy of it
    status, text = run_cli(
        "plan", "2026-12-24T15:30", "--tz", "Europe/London", "--country", "GB",
        "--now", "2026-12-24T15:30",
    )  # fmt: skip
    assert status == 0
    steps = [line for line in text.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert len(steps) == 3
    for closed in ("25 December", "26 December", "28 December", "1 January"):
        assert not any(f" {closed} " in line for line in steps), closed
    assert "Send your thank-you note: Tuesday 29 December 2026, 09:00" in text
    assert "Check in: Tuesday 5 January 2027, 10:00" in text


def test_interviewer_country_is_theirs_and_country_is_yours() -> None:
    pytest.importorskip("holidays")
    status, text = run_cli(
        "plan", "2027-01-05T16:00", "--tz", "Europe/Berlin", "--interviewer-tz",
        "Europe/London", "--country", "de-by", "--interviewer-country", "GB",
        "--now", "2027-01-05T16:00", "--json",
    )  # fmt: skip
    assert status == 0
    result = json.loads(text)
    assert (result["candidate_country"], result["interviewer_country"]) == ("DE-BY", "GB")
    assert "Epiphany, a public holiday where you are" in result["steps"][0]["reason"]


def test_an_unknown_country_names_its_field(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("holidays")
    assert main(["plan", *PLAN, *NOW, "--interviewer-country", "GB-SCO"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("followup: interviewer_country: ")
    assert "GB-SCT (Scotland)" in error


def test_plan_json_is_the_bridge_result() -> None:
    status, text = run_cli("plan", *PLAN, *NOW, "--json")
    assert status == 0
    assert json.loads(text) == bridge.run("plan", PLAN_ARGS)


def test_ics_writes_a_calendar_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    status, _ = run_cli("ics", *PLAN, *NOW, "-o", str(target))
    assert status == 0
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 3


def test_draft_uses_each_interviewer() -> None:
    status, text = run_cli(
        "draft",
        "--interviewer", "Daniel Okafor|Engineering Manager|streaming",
        "--interviewer", "Sofia Lindqvist",
        "--candidate-name", "Priya Raman",
        "--company", "Harbor Logistics",
        "--role", "Senior Data Engineer",
    )  # fmt: skip
    assert status == 0
    assert "Daniel" in text
    assert "Sofia" in text
    assert "[" in text  # missing details show as visible placeholders


def test_check_reads_a_file_and_fails_on_errors(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Dear [name], thanks!! I really need this job ASAP.", encoding="utf-8")
    status, text = run_cli("check", str(draft))
    assert status == 1  # a leftover placeholder is an error
    assert "ASAP" in text


def test_bad_input_exits_2_with_the_field(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run_cli("plan", "2026-12-01T15:00", "--tz", "Nowhere/Land", *NOW)
    assert status == 2
    assert "candidate_tz" in capsys.readouterr().err


def test_missing_file_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run_cli("check", "/nonexistent/draft.txt")
    assert status == 2
    assert "Cannot read" in capsys.readouterr().err


def test_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "followup_core", "plan", *PLAN, *NOW, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["steps"][0]["kind"] == "thank_you"


def _summaries(*options: str) -> list[str]:
    status, text = run_cli("ics", *PLAN, *NOW, "-o", "-", *options)
    assert status == 0
    return [str(event["SUMMARY"]) for event in Calendar.from_ical(text).walk("VEVENT")]


def test_ics_events_name_the_panel_the_contact_and_the_company() -> None:
    panel = [
        "--interviewer", "Daniel Okafor|Engineering Manager|streaming",
        "--interviewer", "Sofia Lindqvist",
        "--interviewer", "Marcus Bell",
        "--company", "Harbor Logistics",
    ]  # fmt: skip
    assert _summaries(*panel, "--contact", "2") == [
        "Send your thank-you notes to Daniel Okafor, Sofia Lindqvist and Marcus Bell "
        "at Harbor Logistics",
        "Check in with Sofia Lindqvist at Harbor Logistics",
        "Send your final follow-up to Sofia Lindqvist at Harbor Logistics",
    ]
    # As in the builder, the later messages go to the first interviewer unless told otherwise.
    assert _summaries(*panel)[1] == "Check in with Daniel Okafor at Harbor Logistics"
    # Someone else, such as a recruiter, by name.
    assert _summaries("--contact", "Lena Park|Recruiter")[1:] == [
        "Check in with Lena Park",
        "Send your final follow-up to Lena Park",
    ]
    assert _summaries()[1] == "Check in"


def test_ics_json_carries_the_names_to_the_bridge() -> None:
    options = ["--interviewer", "Ana Diaz", "--company", "Acme"]
    status, text = run_cli("ics", *PLAN, *NOW, "--json", *options)
    assert status == 0
    args = {
        **PLAN_ARGS,
        "interviewers": ["Ana Diaz"],
        "contact": "Ana Diaz",
        "company": "Acme",
    }
    assert json.loads(text) == bridge.run("ics", args)


def test_a_contact_number_past_the_interviewers_names_its_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ics", *PLAN, *NOW, "-o", "-", "--interviewer", "Ana", "--contact", "2"]) == 2
    assert "--contact 2 names no --interviewer" in capsys.readouterr().err


def test_check_takes_the_linkedin_account_like_the_bridge(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Hi Daniel, thank you for the interview. " * 6, encoding="utf-8")  # 240
    channel = ("--channel", "linkedin_connection")
    assert run_cli("check", str(note), *channel)[0] == 0  # the channel's own 300
    status, text = run_cli("check", str(note), *channel, "--free-account")
    assert status == 1
    assert "200" in text
    assert run_cli("check", str(note), *channel, "--paid-account")[0] == 0


def test_draft_fits_a_free_account_unless_told_and_phrases_dates_from_now() -> None:
    base = (
        "draft", "--interviewer", "Daniel Okafor||" + "moving batch jobs to streaming " * 4,
        "--candidate-name", "Priya Raman", "--company", "Harbor Logistics",
        "--role", "Senior Data Engineer", "--interview-date", "2026-12-01",
        "--channel", "linkedin_connection", "--now", "2026-12-02",
    )  # fmt: skip
    assert "(limit 200)" in run_cli(*base)[1]
    assert "(limit 300)" in run_cli(*base, "--paid-account")[1]
    status, text = run_cli(*base[:-4], "--stage", "answer_delay", "--now", "2026-12-07",
                           "--new-timeline", "fri 11 dec")  # fmt: skip
    assert status == 0
    assert "decide by Friday 11 December." in text


AGENDA_FILE = {
    "version": 1,
    "applications": [
        {
            "id": "harbor",
            "company": "Harbor Logistics",
            "plan": {k: v for k, v in PLAN_ARGS.items() if k != "now"},
            "details": {"interviewers": [{"name": "Daniel Okafor"}]},
            "sent": {"thank_you": "2026-12-02T09:30"},
        },
        {"id": "moon", "plan": {**PLAN_ARGS, "candidate_tz": "Mars/Base"}},
    ],
}


def test_agenda_prints_today_and_next_as_the_bridge_gives_them(tmp_path: Path) -> None:
    saved = tmp_path / "follow-ups.json"
    saved.write_text(json.dumps(AGENDA_FILE), encoding="utf-8")
    status, text = run_cli("agenda", str(saved), "--now", "2026-12-08T11:00")
    assert status == 0
    today, upcoming = text.split("Today\n")[1].split("Coming up\n")
    assert (
        "- Due now: Check in with Daniel Okafor at Harbor Logistics — Tuesday 8 December" in today
    )
    assert "Send your final follow-up" in upcoming
    assert "Left out: applications[1].plan.candidate_tz:" in text
    status, raw = run_cli("agenda", str(saved), "--now", "2026-12-08T11:00", "--json")
    args = {"applications": AGENDA_FILE["applications"], "now": "2026-12-08T11:00"}
    assert json.loads(raw) == bridge.run("agenda", args)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"notes": []}', "not a follow-ups file"),
        ('{"version": 7, "applications": []}', "version 7"),
        ("{broken", "not valid JSON"),
    ],
)
def test_agenda_names_a_file_that_is_not_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    saved = tmp_path / "other.json"
    saved.write_text(content, encoding="utf-8")
    status, _ = run_cli("agenda", str(saved), "--now", "2026-12-08T11:00")
    assert status == 2
    assert said in capsys.readouterr().err
