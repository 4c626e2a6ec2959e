"""``followup`` on the command line: the same core and the same checks as the web tools.

Each command turns its options into the bridge's argument dictionary and runs
it through the very code the browser calls, so a terminal and a web page can
never disagree. ``--json`` prints the bridge's result unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from ._version import __version__
from .agenda import applications_in_file, describe_agenda_text
from .bridge import run
from .checks import CheckRequest, check_text
from .draft import DraftRequest, build_drafts, describe_drafts_text
from .errors import InputError
from .examples import INTERVIEW_END
from .holiday_source import tables_for
from .ics import plan_to_ics
from .schema import (
    CHANNEL_BY_ID,
    CHANNEL_IDS,
    FIELD_BY_ID,
    LINKEDIN_FREE_CONNECTION_LIMIT,
    STAGE_IDS,
    TEXT_FIELDS,
)
from .timing import (
    CADENCES,
    DEFAULT_PACE,
    GRACE_WORKING_DAYS,
    TIMELINE_UNITS,
    PlanRequest,
    describe_plan_text,
    make_plan,
)
from .zones import use_bundled_tzdata

# The detail options come from the field schema (fields without help are set by another option).
_DETAIL_OPTIONS = tuple((spec.id, spec.cli_help) for spec in TEXT_FIELDS if spec.cli_help)


def wall_clock_now() -> datetime:
    """The one place that reads the real clock: the current time, with its offset."""
    return datetime.now().astimezone()


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 fine, 2 bad input)."""
    stdout = out or sys.stdout
    use_bundled_tzdata()  # the database the browser has, so both give the same dates
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        return int(options.command(options, stdout))
    except InputError as error:
        print(f"followup: {error.field}: {error.message}", file=sys.stderr)
        return 2


def _plan_args(options: argparse.Namespace) -> dict[str, Any]:
    timeline: dict[str, Any] | None = None
    if options.by and options.within is not None:
        raise InputError("timeline", "Give either --by or --within, not both.")
    if options.by:
        timeline = {"by": options.by}
    elif options.within is not None:
        timeline = {"within": options.within, "unit": options.unit}
    args: dict[str, Any] = {
        "interview_end": options.interview_end,
        "candidate_tz": options.tz,
        "timeline": timeline,
        "now": options.now or wall_clock_now().isoformat(timespec="minutes"),
        "holidays": options.holiday,
        "grace_working_days": options.grace,
        "pace": options.pace,
        "decision_imminent": options.imminent,
    }
    if options.interviewer_tz:
        args["interviewer_tz"] = options.interviewer_tz
    countries = {
        "candidate_country": options.country,
        "interviewer_country": options.interviewer_country,
    }
    chosen = {name: code for name, code in countries.items() if code}
    if chosen:
        args.update(chosen)
        try:
            args["public_holidays"] = tables_for(list(chosen.values()), _today(args["now"]))
        except ImportError:
            raise InputError(
                next(iter(chosen)),
                "Public holidays need the holidays package: pip install holidays.",
                code="unavailable",
            ) from None
    if options.working_days:
        try:
            args["working_days"] = [int(day) for day in options.working_days.split(",")]
        except ValueError:
            raise InputError(
                "working_days", "List working days as ISO numbers, e.g. 1,2,3,4,5."
            ) from None
    if options.hours:
        args["working_hours"] = options.hours.split("-", 1)
    return args


def _today(now: str) -> date:
    """The date the holiday tables are made around: ``--now``'s, else the real clock's."""
    try:
        return date.fromisoformat(now[:10])
    except ValueError:
        return wall_clock_now().date()  # the core names the bad --now


def _cmd_plan(options: argparse.Namespace, out: TextIO) -> int:
    args = _plan_args(options)
    if options.json:
        _print_json(run("plan", args), out)
    else:
        out.write(describe_plan_text(make_plan(PlanRequest.from_args(args))) + "\n")
    return 0


def _calendar_names(options: argparse.Namespace) -> dict[str, Any]:
    """Whom the events name: the interviewers (thank-yous), the contact (later steps), the company.

    ``--interviewer`` takes the draft command's ``NAME|TITLE|TOPIC`` too, and keeps the name;
    ``--contact 2`` is the second of them, and with no ``--contact`` the later steps go to
    the first, as in the builder.
    """
    names = [_interviewer(text)["name"] for text in options.interviewer]
    args: dict[str, Any] = {"interviewers": names} if names else {}
    chosen = _contact(options.contact) if options.contact else {"contact": "interviewer:0"}
    if chosen["contact"] == "other":
        args["contact"] = chosen["contact_name"]
    else:
        index = int(chosen["contact"].removeprefix("interviewer:"))
        if index < len(names):
            args["contact"] = names[index]
        elif options.contact:
            raise InputError("contact", f"--contact {index + 1} names no --interviewer.")
    if options.company:
        args["company"] = options.company
    return args


def _cmd_ics(options: argparse.Namespace, out: TextIO) -> int:
    args = {**_plan_args(options), **_calendar_names(options)}
    if options.json:
        _print_json(run("ics", args), out)
        return 0
    request = PlanRequest.from_args(args)
    calendar = plan_to_ics(request, make_plan(request))
    if options.output == "-":
        out.write(calendar.content)
    else:
        target = Path(options.output or calendar.filename)
        target.write_text(calendar.content, encoding="utf-8", newline="")
        out.write(f"Wrote {target}\n")
    return 0


def _draft_args(options: argparse.Namespace) -> dict[str, Any]:
    details: dict[str, Any] = {}
    if options.details:
        try:
            loaded = json.loads(_read_file(options.details, "details"))
        except ValueError:
            raise InputError("details", "The details file is not valid JSON.") from None
        if not isinstance(loaded, dict):
            raise InputError("details", "The details file must hold a JSON object.")
        details.update(loaded)
    for name, _ in _DETAIL_OPTIONS:
        value = getattr(options, name)
        if value is not None:
            details[name] = value.replace("\\n", "\n")
    if options.interviewer:
        details["interviewers"] = [_interviewer(text) for text in options.interviewer]
    if options.contact:
        details.update(_contact(options.contact))
    args: dict[str, Any] = {
        "stage": options.stage,
        "channel": options.channel,
        "details": details,
        "now": options.now or wall_clock_now().date().isoformat(),
        **_account(options),
    }
    return args


def _interviewer(text: str) -> dict[str, str]:
    """``NAME|TITLE|TOPIC|EXAMPLE``, every part after the name optional."""
    parts = [*(part.strip() for part in text.split("|", 3)), "", "", ""]
    return {"name": parts[0], "title": parts[1], "topic": parts[2], "example": parts[3]}


def _contact(text: str) -> dict[str, str]:
    """``--contact 2`` picks the second --interviewer; anything else names someone else."""
    if text.strip().isdigit():
        number = int(text)
        if number < 1:
            raise InputError("details.contact", "Number interviewers from 1.")
        return {"contact": f"interviewer:{number - 1}"}
    name, _, title = text.partition("|")
    return {"contact": "other", "contact_name": name.strip(), "contact_title": title.strip()}


def _cmd_draft(options: argparse.Namespace, out: TextIO) -> int:
    args = _draft_args(options)
    if options.json:
        _print_json(run("draft", args), out)
    else:
        out.write(describe_drafts_text(build_drafts(DraftRequest.from_args(args))) + "\n")
    return 0


def _cmd_check(options: argparse.Namespace, out: TextIO) -> int:
    text = sys.stdin.read() if options.file == "-" else _read_file(options.file, "file")
    args: dict[str, Any] = {"text": text, "channel": options.channel, **_account(options)}
    if options.stage:
        args["stage"] = options.stage
    if options.json:
        _print_json(run("check", args), out)
        return 0
    request = CheckRequest.from_args(args)
    findings = check_text(
        request.text, channel=request.channel, stage=request.stage, limit=request.limit
    )
    if not findings:
        out.write("No problems found.\n")
    for finding in findings:
        quoted = ", ".join(f"“{request.text[start:end]}”" for start, end in finding.spans[:5])
        where = f" {quoted}" if quoted else ""
        out.write(f"{finding.severity:>7}  {finding.rule}:{where} {finding.message}\n")
    return 1 if any(finding.severity == "error" for finding in findings) else 0


def _cmd_agenda(options: argparse.Namespace, out: TextIO) -> int:
    try:
        document = json.loads(_read_file(options.file, "file"))
    except ValueError:
        raise InputError("file", f"{options.file} is not valid JSON.") from None
    args = {
        "applications": applications_in_file(document),
        "now": options.now or wall_clock_now().isoformat(timespec="minutes"),
    }
    result = run("agenda", args)
    if options.json:
        _print_json(result, out)
    else:
        out.write(describe_agenda_text(result))
    return 0


def _read_file(path: str, field: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(field, f"Cannot read {path}: {error.__class__.__name__}.") from None


def _print_json(result: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup",
        description="Plan, write and check the follow-up after a job interview.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    for name, helptext, action in (
        ("plan", "when to send the thank-you, check in, and stop", _cmd_plan),
        ("ics", "the same plan as a calendar file (.ics)", _cmd_ics),
    ):
        sub = commands.add_parser(name, help=helptext, description=helptext)
        sub.set_defaults(command=action)
        sub.add_argument("interview_end", help=f"when the interview ended, e.g. {INTERVIEW_END}")
        sub.add_argument("--tz", required=True, help="your IANA time zone, e.g. Europe/London")
        sub.add_argument("--interviewer-tz", help="the interviewer's time zone (default: yours)")
        sub.add_argument("--by", help="the date they said they would decide by (YYYY-MM-DD)")
        sub.add_argument("--within", type=int, help="they said they would decide within N ...")
        sub.add_argument("--unit", choices=TIMELINE_UNITS, default="days", help="... of this")
        sub.add_argument("--working-days", help="ISO weekdays, default 1,2,3,4,5 (Mon-Fri)")
        sub.add_argument("--hours", help="the interviewer's working hours, default 09:00-17:00")
        sub.add_argument("--holiday", action="append", default=[], help="a day off, YYYY-MM-DD")
        sub.add_argument(
            "--country",
            help="your country or region (ISO 3166: GB, US-CA, DE-BY): its public holidays are "
            "mentioned, and are the interviewer's too unless --interviewer-country says otherwise",
        )
        sub.add_argument(
            "--interviewer-country",
            help="the interviewer's country or region: its public holidays are not working days",
        )
        sub.add_argument(
            "--grace",
            type=int,
            default=GRACE_WORKING_DAYS,
            metavar="N",
            help=f"check in on the Nth working day after their date (default {GRACE_WORKING_DAYS})",
        )
        sub.add_argument(
            "--pace",
            choices=CADENCES,
            default=DEFAULT_PACE,
            help="slow: twice the gaps, for sectors that decide slowly (public sector, academia)",
        )
        sub.add_argument(
            "--imminent",
            action="store_true",
            help="they decide within a day or so: a short thank-you within hours",
        )
        sub.add_argument("--now", help="pretend it is this moment (default: the real clock)")
        sub.add_argument("--json", action="store_true", help="print the bridge's JSON result")
        if name == "ics":
            sub.add_argument("-o", "--output", help="file to write, or - for standard output")
            sub.add_argument(
                "--interviewer",
                action="append",
                default=[],
                metavar="NAME",
                help="someone you met, named in the thank-you's event (repeat for a panel)",
            )
            sub.add_argument(
                "--contact",
                metavar="N|NAME",
                help="whom the check-in and final follow-up go to: the Nth --interviewer or a "
                "name (default: the first --interviewer)",
            )
            sub.add_argument("--company", help="the company, named in every event")

    draft = commands.add_parser("draft", help="write the message for a stage and channel")
    draft.set_defaults(command=_cmd_draft)
    draft.add_argument("--stage", choices=STAGE_IDS, default="thank_you")
    draft.add_argument("--channel", choices=CHANNEL_IDS, default="email")
    draft.add_argument(
        "--interviewer",
        action="append",
        metavar="NAME|TITLE|TOPIC|EXAMPLE",
        help=FIELD_BY_ID["interviewers"].cli_help,
    )
    draft.add_argument("--contact", metavar="N|NAME|TITLE", help=FIELD_BY_ID["contact"].cli_help)
    draft.add_argument("--details", metavar="FILE", help="a JSON file with any of the details")
    for name, helptext in _DETAIL_OPTIONS:
        draft.add_argument("--" + name.replace("_", "-"), dest=name, help=helptext)
    _add_account_options(draft)
    draft.add_argument("--now", help="pretend it is this day (default: today), e.g. 2026-12-08")
    draft.add_argument("--json", action="store_true", help="print the bridge's JSON result")

    check = commands.add_parser("check", help="check a draft against the guide's advice")
    check.set_defaults(command=_cmd_check)
    check.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input")
    check.add_argument("--channel", choices=CHANNEL_IDS, default="email")
    check.add_argument("--stage", choices=STAGE_IDS)
    _add_account_options(check)
    check.add_argument("--json", action="store_true", help="print the bridge's JSON result")

    agenda = commands.add_parser(
        "agenda", help="what is due today and next, from the follow-ups page's exported file"
    )
    agenda.set_defaults(command=_cmd_agenda)
    agenda.add_argument("file", help="the .json file the page exports")
    agenda.add_argument("--now", help="pretend it is this moment (default: the real clock)")
    agenda.add_argument("--json", action="store_true", help="print the bridge's JSON result")
    return parser


def _add_account_options(command: argparse.ArgumentParser) -> None:
    """``--free-account`` and ``--paid-account``: which LinkedIn limit a connection note has."""
    account = command.add_mutually_exclusive_group()
    account.add_argument(
        "--free-account",
        dest="linkedin_free_account",
        action="store_true",
        default=None,
        help=f"LinkedIn free account ({LINKEDIN_FREE_CONNECTION_LIMIT}-character connection notes)",
    )
    account.add_argument(
        "--paid-account",
        dest="linkedin_free_account",
        action="store_false",
        help="LinkedIn paid (Premium) account: connection notes up to "
        f"{CHANNEL_BY_ID['linkedin_connection'].limit} characters",
    )


def _account(options: argparse.Namespace) -> dict[str, Any]:
    """The bridge's ``linkedin_free_account`` when the reader said which account they have."""
    chosen = options.linkedin_free_account
    return {} if chosen is None else {"linkedin_free_account": chosen}
