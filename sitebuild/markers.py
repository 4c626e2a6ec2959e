"""Replace the guide's content markers with text the core produces.

A page asks for a worked example with a marker on a line of its own::

    <!-- followup:draft stage=thank_you channel=email example=single -->
    <!-- followup:plan example=deadline -->

and for a timing rule in words with an inline fact (``timing_facts``)::

    The check-in goes out on <!-- followup:fact name=grace_day --> after their date.

The expansion sends the example's inputs (``examples.py``) through the same JSON
bridge the browser uses and writes the reply as Markdown, so the guide shows
exactly what the tools produce. Any problem (an unknown attribute or example,
an error reply) fails the build and names the page and the marker.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from followup_core import examples
from followup_core.zones import use_bundled_tzdata
from sitebuild import BuildError, timing_facts, tool_forms

# The examples are computed with the time-zone database the browser has (tzdata).
use_bundled_tzdata()

#: A whole marker line: indentation, kind, attributes.
MARKER: Final = re.compile(r"^(?P<indent>[ \t]*)<!--\s*followup:(?P<kind>\S+)(?P<attrs>.*?)-->\s*$")
#: Anything that looks like it was meant to be a marker.
MARKER_START: Final = re.compile(r"^[ \t]*<!--\s*followup\b")
_ATTR: Final = re.compile(r"^(?P<key>[a-z_]+)=(?P<value>[A-Za-z0-9_-]+)$")
_FENCE: Final = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")

#: Required attributes for each kind of marker.
KINDS: Final[Mapping[str, frozenset[str]]] = {
    "draft": frozenset({"stage", "channel", "example"}),
    "plan": frozenset({"example"}),
    "tool": frozenset({"name"}),
}

# The characters Python-Markdown lets a backslash escape with this site's extensions
# (``Markdown.ESCAPED_CHARS``); ``<`` and ``&`` become entities instead.
_MARKDOWN_SPECIAL: Final = frozenset("\\`*_{}[]()>#+-.!|")

Bridge = Callable[[str, Mapping[str, Any]], Mapping[str, Any]]


class BridgeError(Exception):
    """The core answered with an error reply instead of a result."""


# --------------------------------------------------------------------------- bridge


def call_bridge(
    op: str, args: Mapping[str, Any], *, handle: Callable[[str], str] | None = None
) -> Mapping[str, Any]:
    """Send one request through ``followup_core.bridge.handle`` and return its result.

    Args:
        op: The bridge operation (``draft``, ``plan``, ...).
        args: Its arguments, exactly as the browser would send them.
        handle: Stands in for the real bridge in tests.

    Raises:
        BridgeError: the bridge cannot be imported or answered with an error.
    """
    if handle is None:
        try:
            from followup_core.bridge import handle as bridge_handle
        except ImportError as exc:
            raise BridgeError(f"followup_core.bridge cannot be imported ({exc})") from exc
        handle = bridge_handle

    reply = json.loads(handle(json.dumps({"v": 1, "op": op, "args": args})))
    if not isinstance(reply, dict) or reply.get("v") != 1:
        raise BridgeError(f"unexpected reply shape: {reply!r}")
    if not reply.get("ok"):
        error = reply.get("error") or {}
        raise BridgeError(
            f"{error.get('code', 'error')} in {error.get('field') or 'request'}: "
            f"{error.get('message', 'no message')}"
        )
    result = reply.get("result")
    if not isinstance(result, dict):
        raise BridgeError(f"reply has no result object: {reply!r}")
    return result


# --------------------------------------------------------------------------- escaping


def escape_inline(text: str) -> str:
    """Make ``text`` show literally in running Markdown text (no markup, no HTML)."""
    text = " ".join(text.split())
    escaped = html.escape(text, quote=False)
    out: list[str] = []
    i = 0
    while i < len(escaped):
        # Leave the entities html.escape produced intact.
        entity = re.match(r"&(?:amp|lt|gt);", escaped[i:])
        if entity:
            out.append(entity.group(0))
            i += len(entity.group(0))
            continue
        ch = escaped[i]
        out.append("\\" + ch if ch in _MARKDOWN_SPECIAL else ch)
        i += 1
    return "".join(out)


def escape_title(text: str) -> str:
    """Text for a quoted content-tab title (``=== "..."``)."""
    return escape_inline(text).replace('"', "&quot;")


def _fence_for(body: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    return "`" * max(3, longest + 1)


# --------------------------------------------------------------------------- drafts


def render_draft(draft: Mapping[str, Any], *, show_to: bool) -> list[str]:
    """One draft as Markdown lines: subject, body in a copyable block, the count."""
    header: list[str] = []
    if show_to:
        header.append(f"**To:** {escape_inline(str(draft['to']))}")
    subject = str(draft.get("subject") or "")
    if subject:
        header.append(f"**Subject:** {escape_inline(subject)}")
    # One paragraph, one line each, like the header of a message.
    lines = [*(f"{line}<br>" for line in header[:-1]), *header[-1:]]
    if header:
        lines.append("")
    body = str(draft["body"]).rstrip("\n")
    fence = _fence_for(body)
    lines += [f"{fence}{{.text .followup-draft-body}}", *body.split("\n"), fence, ""]
    lines += [escape_inline(str(draft["size"])), "{ .followup-count }", ""]
    return lines


def render_drafts(result: Mapping[str, Any]) -> str:
    """The ``draft`` result as Markdown: one content tab per interviewer when there are several."""
    drafts: Sequence[Mapping[str, Any]] = result["drafts"]
    if not drafts:
        raise BridgeError("the draft reply holds no drafts")
    if len(drafts) == 1:
        return "\n".join(render_draft(drafts[0], show_to=True)).rstrip() + "\n"
    lines: list[str] = []
    for draft in drafts:
        lines += [f'=== "To: {escape_title(str(draft["to"]))}"', ""]
        for line in render_draft(draft, show_to=False):
            lines.append(f"    {line}" if line else "")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- plans


def format_when(value: str, zone: str) -> str:
    """``2026-12-02T09:30:00+00:00`` → ``Wed 2 Dec 2026, 09:30 GMT`` in ``zone``."""
    moment = datetime.fromisoformat(value).astimezone(ZoneInfo(zone))
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M} {moment.tzname()}"


def _cell(text: str) -> str:
    return escape_inline(text) or " "


def render_plan(result: Mapping[str, Any], *, candidate_tz: str, interviewer_tz: str) -> str:
    """The ``plan`` result as a Markdown table, with the status line under it."""
    steps: Sequence[Mapping[str, Any]] = result["steps"]
    lines = [
        "| Step | When (interviewer's time) | When (candidate's time) | Why |",
        "| --- | --- | --- | --- |",
    ]
    for step in steps:
        label = str(step.get("title") or step["kind"])  # the core's own wording
        lines.append(
            "| "
            + " | ".join(
                [
                    _cell(label),
                    _cell(format_when(str(step["recommended"]), interviewer_tz)),
                    _cell(format_when(str(step["recommended_candidate"]), candidate_tz)),
                    _cell(str(step.get("reason") or "")),
                ]
            )
            + " |"
        )
    status = result.get("status") or {}
    message = str(status.get("message") or "") if isinstance(status, Mapping) else ""
    if message:
        # The examples are computed as of the interview's end (see examples.py).
        lines += [
            "",
            f"**Right after the interview:** {escape_inline(message)}",
            "{ .followup-status }",
        ]
    for note in result.get("notes") or ():
        lines += ["", f"**Note:** {escape_inline(str(note))}"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- markers


def parse_marker(line: str) -> tuple[str, str, dict[str, str]] | None:
    """``(indent, kind, attributes)`` for a marker line, ``None`` for any other line.

    Raises:
        ValueError: the line looks like a marker but is not a valid one.
    """
    if not MARKER_START.match(line):
        return None
    match = MARKER.match(line)
    if not match:
        raise ValueError("a marker must be a whole line: <!-- followup:KIND key=value ... -->")
    kind = match["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown marker kind {kind!r}; expected one of {sorted(KINDS)}")
    attrs: dict[str, str] = {}
    for token in match["attrs"].split():
        attr = _ATTR.match(token)
        if not attr:
            raise ValueError(f"cannot read attribute {token!r}; write key=value")
        key = attr["key"]
        if key not in KINDS[kind]:
            raise ValueError(
                f"unknown attribute {key!r} for {kind}; expected {sorted(KINDS[kind])}"
            )
        if key in attrs:
            raise ValueError(f"attribute {key!r} given twice")
        attrs[key] = attr["value"]
    missing = KINDS[kind] - attrs.keys()
    if missing:
        raise ValueError(f"missing attribute(s) {sorted(missing)} for {kind}")
    return match["indent"], kind, attrs


def expand(kind: str, attrs: Mapping[str, str], bridge: Bridge = call_bridge) -> str:
    """The Markdown a valid marker stands for."""
    if kind == "tool":
        return tool_forms.render_tool(attrs["name"], bridge)
    name = attrs["example"]
    if kind == "draft":
        if name not in examples.DRAFT_EXAMPLES:
            raise ValueError(
                f"unknown draft example {name!r}; expected one of {sorted(examples.DRAFT_EXAMPLES)}"
            )
        args = {
            "stage": attrs["stage"],
            "channel": attrs["channel"],
            "details": examples.DRAFT_EXAMPLES[name],
            "now": examples.DRAFT_NOW,
        }
        return render_drafts(bridge("draft", args))
    if name not in examples.PLAN_EXAMPLES:
        raise ValueError(
            f"unknown plan example {name!r}; expected one of {sorted(examples.PLAN_EXAMPLES)}"
        )
    plan_args = examples.plan_args(name)
    candidate_tz = str(plan_args["candidate_tz"])
    return render_plan(
        bridge("plan", plan_args),
        candidate_tz=candidate_tz,
        interviewer_tz=str(plan_args.get("interviewer_tz") or candidate_tz),
    )


def replace_markers(markdown: str, *, where: str, bridge: Bridge = call_bridge) -> str:
    """Replace every marker line in ``markdown`` (outside fenced code) with its content.

    Raises:
        BuildError: naming ``where``, the line and the marker, for any bad marker.
    """
    out: list[str] = []
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=1):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening["fence"][0] == fence[0] and len(opening["fence"]) >= len(fence):
                fence = None
            out.append(line)
            continue
        if opening:
            fence = opening["fence"]
            out.append(line)
            continue
        try:
            line = timing_facts.replace_facts(line)
            marker = parse_marker(line)
            if marker is None:
                out.append(line)
                continue
            indent, kind, attrs = marker
            if kind == "tool" and indent:
                raise ValueError("a tool must be placed at the top level of the page")
            content = expand(kind, attrs, bridge)
        except (ValueError, KeyError, TypeError, BridgeError) as exc:
            raise BuildError(
                f"{where}:{number}: cannot expand marker {line.strip()!r}: {exc}"
            ) from exc
        if kind == "tool":
            pass  # already one raw-HTML block
        elif not indent:
            # At the top level a wrapper gives the tool styles a hook; inside
            # indented blocks raw HTML would not be recognised, so go bare.
            content = f'<div class="followup-{kind}" markdown>\n\n{content}\n</div>\n'
        out += ["", *(f"{indent}{part}" if part else "" for part in content.split("\n"))]
    return "\n".join(out)


def expand_page(
    markdown: str, *, where: str, bridge: Bridge = call_bridge
) -> tuple[str, list[str]]:
    """The page with its markers expanded, and the tools it places (each at most once).

    Raises:
        BuildError: a bad marker (see ``replace_markers``) or a tool placed twice.
    """
    expanded = replace_markers(markdown, where=where, bridge=bridge)
    tools = tool_forms.tools_in(expanded)
    if len(tools) != len(tool_forms.TOOL_ROOT.findall(expanded)):
        raise BuildError(f"{where}: a tool can appear only once per page")
    return expanded, tools
