"""sitebuild on its own: the Markdown extension, the post-build pass, the comparison.

These are what a generator without MkDocs hooks (Zensical) relies on, so they are
checked without MkDocs: plain Python-Markdown, and a copy of the built site.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import markdown
import pytest
from sitekit import ROOT

from followup_core import examples, schema
from sitebuild import (
    BuildError,
    compare,
    csp,
    markers,
    postbuild,
    theme,
    tool_forms,
)
from sitebuild.extension import FollowupExtension

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

SITE_URL = "https://example.github.io/interview-followup/"
#: The site's extensions that the generated Markdown uses, without MkDocs.
EXTENSIONS = ["attr_list", "md_in_html", "tables", "pymdownx.superfences", "pymdownx.tabbed"]
PAGE = """# Thanks

<!-- followup:draft stage=thank_you channel=email example=single -->

See [the source](https://www.example.org/study) and [our page](https://example.github.io/interview-followup/why/).
"""


def convert(text: str, *, with_extension: bool) -> str:
    extensions: list[markdown.Extension | str] = list(EXTENSIONS)
    if with_extension:
        extensions.append(FollowupExtension(site_url=SITE_URL))
    return markdown.Markdown(extensions=extensions).convert(text)


def test_the_extension_alone_renders_what_the_hook_path_renders() -> None:
    expanded, tools = markers.expand_page(PAGE, where="docs/t.md")
    assert tools == []
    by_extension = convert(PAGE, with_extension=True)
    assert by_extension == convert(expanded, with_extension=True)
    assert "followup:" not in by_extension
    draft = markers.call_bridge(
        "draft",
        {"stage": "thank_you", "channel": "email", "details": examples.DRAFT_EXAMPLES["single"]},
    )["drafts"][0]
    assert draft["body"].split("\n")[0] in by_extension


def test_the_extension_marks_only_links_that_leave_the_site() -> None:
    html = convert(PAGE, with_extension=True)
    (outside,) = re.findall(r'<a [^>]*href="https://www\.example\.org/study"[^>]*>', html)
    assert 'rel="noopener noreferrer"' in outside
    (own,) = re.findall(r'<a [^>]*href="https://example\.github\.io/[^"]*"[^>]*>', html)
    assert "rel=" not in own
    assert "rel=" not in convert(PAGE, with_extension=False)


def test_the_extension_places_a_tool_and_rejects_a_bad_marker() -> None:
    html = convert("<!-- followup:tool name=timing -->\n", with_extension=True)
    assert tool_forms.tools_in(html) == ["timing"]
    with pytest.raises(BuildError, match="unknown tool"):
        convert("<!-- followup:tool name=calendar -->\n", with_extension=True)
    twice = "<!-- followup:tool name=timing -->\n\n<!-- followup:tool name=timing -->\n"
    with pytest.raises(BuildError, match="only once"):
        convert(twice, with_extension=True)


def test_the_theme_override_knows_every_tool() -> None:
    """main.html finds tools by name in the page; its list must be tool_forms'."""
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    (listed,) = re.findall(r"{%-? for tool in (\[[^\]]*\]) -?%}", template)
    assert sorted(eval(listed)) == sorted(tool_forms.TOOLS)  # a plain literal list


def test_the_tools_take_the_steps_words_and_the_builders_address_from_the_schema() -> None:
    timing = tool_forms.render_tool("timing", markers.call_bridge)
    (steps,) = re.findall(r'<ol class="followup-timeline"[^>]*>', timing)
    (write,) = re.findall(r"data-write='([^']*)'", steps)
    assert json.loads(unescape(write)) == {step.id: step.write for step in schema.STEP_SPECS}
    assert f'data-builder="{schema.BUILDER_SECTION}"' in steps
    agenda = tool_forms.render_tool("agenda", markers.call_bridge)
    (link,) = re.findall(r'<a [^>]*data-action="write"[^>]*>', agenda)
    assert f'data-builder="{schema.BUILDER_SECTION}"' in link
    assert f'href="../{schema.BUILDER_SECTION}"' in agenda
    for markup in (timing, agenda):
        assert f'placeholder="e.g. {examples.CANDIDATE_TZ}"' in markup
        assert f'placeholder="e.g. {examples.REMOTE_INTERVIEWER_TZ}"' in markup


def test_the_builders_address_is_a_heading_of_the_built_guide(built_site: BuiltSite) -> None:
    page, anchor = schema.BUILDER_SECTION.split("#")
    built = (built_site.root / page / "index.html").read_text(encoding="utf-8")
    assert re.search(rf'<h[1-6][^>]* id="{anchor}"', built), schema.BUILDER_SECTION


HTML = (
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title>'
    "<script>var a = 1;</script></head><body>"
    '<div class="md-progress" data-md-component="progress" role="progressbar"></div>'
    "</body></html>"
)


def test_a_finished_page_has_its_policy_and_fixes_once_however_often_it_runs() -> None:
    once = postbuild.finish_page(HTML)
    assert once == postbuild.finish_page(once)
    assert once.count("Content-Security-Policy") == 1
    assert csp.script_hash("var a = 1;") in once
    assert once.count('aria-label="Loading the next page"') == 1


def test_a_progress_bar_the_theme_already_names_keeps_its_one_name() -> None:
    named = '<div data-md-component="progress" role="progressbar" aria-label="Loading"></div>'
    assert theme.fix_markup(named) == named


def test_serve_mode_leaves_a_note_instead_of_the_policy_and_keeps_no_referrer() -> None:
    served = postbuild.finish_page(HTML, serve=True)
    assert "http-equiv" not in served
    assert csp.SERVE_NOTE in served
    assert '<meta name="referrer" content="no-referrer">' in served
    assert postbuild.finish_page(served) == postbuild.finish_page(HTML), "a rebuild is strict"


def test_the_pass_runs_as_a_module_and_leaves_a_finished_site_as_it_was(
    built_site: BuiltSite, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site.root, site)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    done = subprocess.run(
        [sys.executable, "-m", "sitebuild.postbuild", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "finished" in done.stdout
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before


def test_the_pass_finishes_pages_a_generator_left_bare(
    built_site: BuiltSite, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site.root, site)
    page = site / "timing" / "index.html"
    finished = page.read_text(encoding="utf-8")
    policy = r'<meta http-equiv="Content-Security-Policy" [^>]*><meta name="referrer"[^>]*>'
    bare = re.sub(policy, "", finished)
    bare = bare.replace(theme.SEARCH_DIALOG_NAMED, theme.SEARCH_DIALOG)
    page.write_text(bare, encoding="utf-8")
    assert postbuild.finish_pages(site) == [page]
    assert page.read_text(encoding="utf-8") == finished


def test_the_pass_refuses_a_folder_without_a_site(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no built site"):
        postbuild.run(tmp_path)
    assert postbuild.main([str(tmp_path)]) == 1


def test_the_comparison_finds_a_tool_that_would_not_mount(
    built_site: BuiltSite, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    shutil.copytree(built_site.root, other)
    assert all(line.startswith(("same", "  ")) for line in compare.report(built_site.root, other))
    page = other / "crafting" / "index.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'id="followup-config"', 'id="gone"', text), encoding="utf-8")
    found = compare.report(built_site.root, other)
    assert "differs: tool mounts (3 pages)" in found
    assert any("crafting/index.html" in line and "NOT mount" in line for line in found)
