"""The content hook: markers in, core output out, bad markers fail the build loudly."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import markdown
import pytest

from followup_core import examples
from followup_core.checks import describe_size
from sitebuild import BuildError
from sitebuild import markers as gc
from sitebuild.external_links import is_external, mark_external_links

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# Replies shaped exactly like the bridge contract in the project notes.
DRAFT_REPLY: dict[str, Any] = {
    "drafts": [
        {
            "to": "Daniel Okafor",
            "subject": "Thank you *so* much <b>&</b> [link](x) _Data_ `x`",
            "body": "Dear Daniel,\n\nThank you for the talk about streaming.\n\n"
            "Best regards,\nPriya Raman",
            "words": 16,
            "chars": 92,
            "limit": None,
            "size": "16 words, 92 characters.",
            "missing": [],
            "findings": [],
        }
    ]
}
PLAN_REPLY: dict[str, Any] = {
    "steps": [
        {
            "kind": "thank_you",
            "title": "Send your thank-you note",
            "recommended": "2026-12-02T04:30:00-05:00",
            "recommended_candidate": "2026-12-02T09:30:00+00:00",
            "window_start": "2026-12-01T12:00:00-05:00",
            "window_end": "2026-12-03T10:00:00-05:00",
            "reason": "Within 24–48 hours | while it is fresh.",
        },
        {
            "kind": "check_in",
            "title": "Check in",
            "recommended": "2026-12-07T05:00:00-05:00",
            "recommended_candidate": "2026-12-07T10:00:00+00:00",
            "window_start": "2026-12-07T04:00:00-05:00",
            "window_end": "2026-12-08T12:00:00-05:00",
            "reason": "One working day after the date they gave.",
        },
    ],
    "status": {"kind": "waiting", "message": "Send the thank-you note first."},
}


def render(text: str) -> str:
    """Markdown → HTML with the site's own extensions."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(
        extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
    )
    return str(md.convert(text))


def panel_reply(n: int = 3, *, limit: int | None = None) -> dict[str, Any]:
    names = ["Daniel Okafor", "Sofia Lindqvist", 'Marcus "Mo" Bell'][:n]
    return {
        "drafts": [
            {
                **DRAFT_REPLY["drafts"][0],
                "to": name,
                "body": f"Dear {name},\n\nThanks.",
                "limit": limit,
                "size": describe_size(words=3, chars=len(f"Dear {name},\n\nThanks."), limit=limit),
            }
            for name in names
        ]
    }


def canned(reply: Mapping[str, Any]) -> gc.Bridge:
    def bridge(op: str, args: Mapping[str, Any]) -> Mapping[str, Any]:
        return reply

    return bridge


# --------------------------------------------------------------------------- drafts


def test_single_draft_shows_subject_body_and_count() -> None:
    text = gc.render_drafts(DRAFT_REPLY)
    assert "**To:** Daniel Okafor" in text
    assert "**Subject:** " in text
    assert "```{.text .followup-draft-body}\nDear Daniel,\n" in text
    assert "=== " not in text
    out = render(text)
    assert "<code>Dear Daniel,\n\nThank you for the talk about streaming." in out
    assert "16 words, 92 characters" in out


def test_subject_markup_is_shown_literally() -> None:
    out = render(gc.render_drafts(DRAFT_REPLY))
    subject = re.search(r"<strong>Subject:</strong> (.*?)</p>", out)
    assert subject
    assert html.unescape(subject.group(1)) == DRAFT_REPLY["drafts"][0]["subject"]


def test_panel_gets_one_tab_per_interviewer() -> None:
    text = gc.render_drafts(panel_reply())
    assert text.count('=== "To: ') == 3
    out = render(text)
    labels = re.findall(r"<label for=\"__tabbed_\d+_\d+\">(.*?)</label>", out)
    assert [html.unescape(label) for label in labels] == [
        "To: Daniel Okafor",
        "To: Sofia Lindqvist",
        'To: Marcus "Mo" Bell',
    ]
    assert out.count("<code>Dear ") == 3


def test_linkedin_draft_shows_the_limit() -> None:
    text = gc.render_drafts(panel_reply(1, limit=300))
    assert "of 300 characters, within the limit" in render(text)


def test_draft_over_the_limit_says_so() -> None:
    reply = panel_reply(1, limit=10)
    assert "over the limit" in gc.render_drafts(reply)


def test_body_with_backticks_gets_a_longer_fence() -> None:
    reply = {"drafts": [{**DRAFT_REPLY["drafts"][0], "body": "a ``` b\n```` c"}]}
    text = gc.render_drafts(reply)
    assert "`````{.text" in text
    assert "a ``` b\n```` c" in html.unescape(render(text))


# --------------------------------------------------------------------------- plans


def test_plan_table_shows_both_zones() -> None:
    text = gc.render_plan(
        PLAN_REPLY, candidate_tz="Europe/London", interviewer_tz="America/New_York"
    )
    assert text.startswith("| Step | When (interviewer's time) | When (candidate's time) | Why |\n")
    out = render(text)
    assert "<td>Wed 2 Dec 2026, 04:30 EST</td>" in out
    assert "<td>Wed 2 Dec 2026, 09:30 GMT</td>" in out
    assert "<td>Within 24–48 hours | while it is fresh.</td>" in out
    assert out.count("<tr>") == 3
    assert "<td>Send your thank-you note</td>" in out  # the step's title comes from the core
    assert (
        '<p class="followup-status"><strong>Right after the interview:</strong> '
        "Send the thank-you note first.</p>"
    ) in out


def test_format_when_names_the_zone() -> None:
    assert (
        gc.format_when("2026-12-02T09:30:00+00:00", "Europe/London") == "Wed 2 Dec 2026, 09:30 GMT"
    )


# --------------------------------------------------------------------------- markers


def test_markers_are_replaced_and_wrapped() -> None:
    page = "Intro\n\n<!-- followup:draft stage=thank_you channel=email example=single -->\n\nEnd"
    out = gc.replace_markers(page, where="docs/x.md", bridge=canned(DRAFT_REPLY))
    assert "followup:draft" not in out
    assert '<div class="followup-draft" markdown>' in out
    assert out.startswith("Intro\n")
    assert out.endswith("\nEnd")


def test_indented_marker_keeps_its_indentation() -> None:
    page = '!!! example "Plan"\n\n    <!-- followup:plan example=deadline -->\n'
    out = gc.replace_markers(page, where="docs/x.md", bridge=canned(PLAN_REPLY))
    assert "\n    | Step | When" in out
    assert "<div" not in out
    assert "<table>" in render(out)


def test_markers_inside_code_blocks_are_left_alone() -> None:
    page = "```markdown\n<!-- followup:plan example=nope -->\n```\n"
    assert gc.replace_markers(page, where="docs/x.md", bridge=canned(PLAN_REPLY)) == page


def test_the_bridge_receives_the_example_inputs() -> None:
    calls: list[tuple[str, Mapping[str, Any]]] = []

    def bridge(op: str, args: Mapping[str, Any]) -> Mapping[str, Any]:
        calls.append((op, args))
        return DRAFT_REPLY if op == "draft" else PLAN_REPLY

    gc.replace_markers(
        "<!-- followup:draft stage=check_in channel=linkedin_message example=panel -->\n"
        "<!-- followup:plan example=cross-zone -->",
        where="docs/x.md",
        bridge=bridge,
    )
    assert calls == [
        (
            "draft",
            {
                "stage": "check_in",
                "channel": "linkedin_message",
                "details": examples.DRAFT_EXAMPLES["panel"],
                "now": examples.DRAFT_NOW,
            },
        ),
        ("plan", examples.PLAN_EXAMPLES["cross-zone"]),
    ]


def test_examples_follow_the_guide_story() -> None:
    single = examples.DRAFT_EXAMPLES["single"]
    assert single["candidate_name"] == "Priya Raman"
    assert [p["name"] for p in examples.DRAFT_EXAMPLES["panel"]["interviewers"]] == [
        "Daniel Okafor",
        "Sofia Lindqvist",
        "Marcus Bell",
    ]
    for args in examples.STORY_PLANS.values():
        assert args["now"] == args["interview_end"] == "2026-12-01T15:00"
    for args in examples.CALENDAR_PLANS.values():
        assert args["now"] == args["interview_end"]
    assert examples.PLAN_EXAMPLES["cross-zone"]["interviewer_tz"] == "America/New_York"


@pytest.mark.parametrize(
    ("marker", "problem"),
    [
        ("<!-- followup:draft stage=thank_you channel=email -->", "missing attribute"),
        (
            "<!-- followup:draft stage=thank_you channel=email example=single x=1 -->",
            "unknown attribute",
        ),
        ("<!-- followup:plan example=deadline example=within -->", "given twice"),
        ("<!-- followup:graph example=deadline -->", "unknown marker kind"),
        ("<!-- followup:plan example=nowhere -->", "unknown plan example"),
        (
            "<!-- followup:draft stage=thank_you channel=email example=trio -->",
            "unknown draft example",
        ),
        ("<!-- followup:plan example='deadline' -->", "cannot read attribute"),
        ("<!-- followup:plan example=deadline --> trailing", "whole line"),
    ],
)
def test_bad_markers_fail_the_build_naming_page_and_marker(marker: str, problem: str) -> None:
    with pytest.raises(BuildError) as caught:
        gc.replace_markers(
            f"# Title\n\n{marker}\n", where="docs/timing.md", bridge=canned(PLAN_REPLY)
        )
    message = str(caught.value)
    assert message.startswith("docs/timing.md:3: ")
    assert marker.strip() in message
    assert problem in message


def test_error_reply_fails_the_build() -> None:
    def handle(request: str) -> str:
        assert json.loads(request)["v"] == 1
        error = {"code": "invalid", "field": "timeline.by", "message": "That date is in the past."}
        return json.dumps({"v": 1, "ok": False, "error": error})

    def bridge(op: str, args: Mapping[str, Any]) -> Mapping[str, Any]:
        return gc.call_bridge(op, args, handle=handle)

    with pytest.raises(BuildError, match=r"docs/t\.md:1: .*timeline\.by: That date is in the past"):
        gc.replace_markers(
            "<!-- followup:plan example=deadline -->", where="docs/t.md", bridge=bridge
        )


def test_call_bridge_sends_a_versioned_request() -> None:
    seen: list[dict[str, Any]] = []

    def handle(request: str) -> str:
        seen.append(json.loads(request))
        return json.dumps({"v": 1, "ok": True, "result": PLAN_REPLY})

    assert gc.call_bridge("plan", {"a": 1}, handle=handle) == PLAN_REPLY
    assert seen == [{"v": 1, "op": "plan", "args": {"a": 1}}]


# --------------------------------------------------------------------------- external links


def test_external_links_get_noopener_noreferrer() -> None:
    site = "https://example.github.io/interview-followup/"
    out = mark_external_links(
        '<a href="https://elsewhere.org/x">a</a> <a href="../timing/">b</a> '
        '<a href="https://example.github.io/interview-followup/why/">c</a> '
        '<a rel="nofollow" href="//cdn.example/y">d</a>',
        site,
    )
    assert '<a href="https://elsewhere.org/x" rel="noopener noreferrer">' in out
    assert '<a href="../timing/">' in out
    assert '<a href="https://example.github.io/interview-followup/why/">' in out
    assert '<a rel="nofollow noopener noreferrer" href="//cdn.example/y">' in out
    assert not is_external("mailto:someone@example.org", site)


# --------------------------------------------------------------------------- the real core


def _doc_markers() -> list[tuple[str, str, dict[str, str]]]:
    found = []
    for md in sorted(DOCS.glob("*.md")):
        for line in md.read_text(encoding="utf-8").splitlines():
            marker = gc.parse_marker(line)
            if marker is not None:
                found.append((md.name, marker[1], marker[2]))
    return found


def test_every_marker_in_the_guide_expands_through_the_real_bridge() -> None:
    from followup_core.bridge import handle  # the real one: no stand-in here

    markers = _doc_markers()
    assert markers, "the guide has no generated examples"
    for page, kind, attrs in markers:
        text = gc.expand(kind, attrs)
        assert text.strip(), f"{page}: {attrs}"
        if kind == "draft":
            args = {
                "stage": attrs["stage"],
                "channel": attrs["channel"],
                "details": examples.DRAFT_EXAMPLES[attrs["example"]],
                "now": examples.DRAFT_NOW,
            }
            reply = json.loads(handle(json.dumps({"v": 1, "op": "draft", "args": args})))
            for draft in reply["result"]["drafts"]:
                where = f"{page}: {attrs} to {draft['to']}"
                assert draft["missing"] == [], where
                errors = [f for f in draft["findings"] if f["severity"] == "error"]
                assert errors == [], where
                if draft.get("limit"):
                    assert draft["chars"] <= draft["limit"], where


def test_built_pages_contain_the_core_text(built_site: BuiltSite) -> None:
    from followup_core.bridge import handle  # the real one: no stand-in here

    for page, kind, attrs in _doc_markers():
        built_html = (built_site.root / page.removesuffix(".md") / "index.html").read_text("utf-8")
        built = html.unescape(built_html)
        if kind == "draft":
            args = {
                "stage": attrs["stage"],
                "channel": attrs["channel"],
                "details": examples.DRAFT_EXAMPLES[attrs["example"]],
                "now": examples.DRAFT_NOW,
            }
            reply = json.loads(handle(json.dumps({"v": 1, "op": "draft", "args": args})))
            for draft in reply["result"]["drafts"]:
                first_line = draft["body"].strip().split("\n")[0]
                assert first_line in built, f"{page}: {first_line}"
        elif kind == "tool":
            assert f'data-followup-tool="{attrs["name"]}"' in built_html, page
        else:
            plan_args = examples.plan_args(attrs["example"])
            reply = json.loads(handle(json.dumps({"v": 1, "op": "plan", "args": plan_args})))
            step = reply["result"]["steps"][0]
            when = gc.format_when(step["recommended_candidate"], plan_args["candidate_tz"])
            assert f"<td>{when}</td>" in built_html, f"{page}: {when}"
