"""Render the tools' markup at build time, from the core's own choices and answers.

A page places a tool with a marker on a line of its own::

    <!-- followup:tool name=timing -->

The form's choices and defaults come from the bridge's ``defaults`` operation,
the plan's steps and the builder's address from :mod:`followup_core.schema`,
and the result area holds the core's answer for an example
(:mod:`followup_core.examples`), so the page reads well before its Python has
loaded, or without JavaScript at all. The browser script fills the same markup
with live answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Final

import jinja2
import markupsafe

from followup_core import examples, schema
from sitebuild import holiday_files

Bridge = Callable[[str, Mapping[str, Any]], Mapping[str, Any]]

PARTIALS: Final = Path(__file__).resolve().parents[1] / "overrides" / "partials" / "followup"
#: The example the timing calculator shows before it has computed the reader's own plan.
TIMING_EXAMPLE: Final = "cross-zone"
#: ``data-followup-tool="NAME"`` on a tool's root element.
TOOL_ROOT: Final = re.compile(r'data-followup-tool="(?P<name>[a-z_-]+)"')

_environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(PARTIALS),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _keep_newlines(text: str) -> markupsafe.Markup:
    """Escaped text whose line breaks survive as character references.

    The tool is one raw-HTML block, which a blank line would end, and
    ``white-space: pre-wrap`` turns the references back into line breaks.
    """
    return markupsafe.escape(text).replace("\n", markupsafe.Markup("&#10;"))


_environment.filters["keep_newlines"] = _keep_newlines


def _timing(bridge: Bridge) -> str:
    example = bridge("plan", examples.PLAN_EXAMPLES[TIMING_EXAMPLE])
    shown = example["display"]
    by = date.fromisoformat(example["deadline"])
    title = (
        f"Example: the interview ended {shown['interview_end']['yours']} "
        f"({shown['interview_end']['theirs']} for the interviewer), "
        f"and they said they would decide by {by:%A} {by.day} {by:%B}."
    )
    defaults = bridge("defaults", {})
    return _environment.get_template("timing-tool.html").render(
        defaults=defaults,
        example=example,
        example_title=title,
        example_zones=(examples.CANDIDATE_TZ, examples.REMOTE_INTERVIEWER_TZ),
        zone_countries=holiday_files.zone_countries(list(defaults["time_zones"])),
        write={step.id: step.write for step in schema.STEP_SPECS},
        builder=schema.BUILDER_SECTION,
    )


def _draft(bridge: Bridge) -> str:
    args = {
        "stage": "thank_you",
        "channel": "email",
        "details": examples.DRAFT_EXAMPLES["single"],
        "now": examples.DRAFT_NOW,
    }
    example = bridge("draft", args)
    details = examples.DRAFT_EXAMPLES["single"]
    title = (
        f"Example: {details['candidate_name']}’s thank-you to "
        f"{example['drafts'][0]['to']}, built from the details in the guide."
    )
    return _environment.get_template("draft-tool.html").render(
        defaults=bridge("defaults", {}), example=example, example_title=title
    )


def _agenda(bridge: Bridge) -> str:
    empty = bridge("agenda", {"applications": [], "now": "2026-01-01T00:00+00:00"})
    return _environment.get_template("agenda-tool.html").render(
        file_version=empty["file_version"],
        example_zones=(examples.CANDIDATE_TZ, examples.REMOTE_INTERVIEWER_TZ),
        builder=schema.BUILDER_SECTION,
    )


TOOLS: Final[Mapping[str, Callable[[Bridge], str]]] = {
    "timing": _timing,
    "draft": _draft,
    "agenda": _agenda,
}


def render_tool(name: str, bridge: Bridge) -> str:
    """The tool's HTML as one raw-HTML block: no blank lines, so Markdown leaves it whole."""
    if name not in TOOLS:
        raise ValueError(f"unknown tool {name!r}; expected one of {sorted(TOOLS)}")
    markup = TOOLS[name](bridge)
    return "\n".join(line for line in markup.splitlines() if line.strip()) + "\n"


def tools_in(html: str) -> list[str]:
    """The tools placed in a rendered page, in order (each at most once)."""
    return list(dict.fromkeys(match["name"] for match in TOOL_ROOT.finditer(html)))
