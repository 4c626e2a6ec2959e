"""The theme's start-up work done at build time: tables already wrapped, the toggle handed over."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from sitebuild import BuildError
from sitebuild.postbuild import STYLESHEET
from sitebuild.theme import (
    PALETTE_FORM,
    PALETTE_FORM_OWN,
    RULES_END,
    RULES_START,
    WRAPPER_CLOSE,
    WRAPPER_OPEN,
    add_table_rules,
    finish_page,
    table_rules,
    wrap_tables,
)

if TYPE_CHECKING:
    from pathlib import Path

    from sitekit import BuiltSite

pytestmark = pytest.mark.site

TABLE = (
    "<table>\n<thead><tr><th>Stage</th></tr></thead>"
    "<tbody><tr><td>Thank-you</td></tr></tbody>\n</table>"
)


def test_a_table_without_a_class_is_wrapped_as_the_theme_would_and_marked() -> None:
    page = f"<p>Before</p>{TABLE}<p>After</p>"
    wrapped = wrap_tables(page)
    assert wrapped == (
        f'<p>Before</p>{WRAPPER_OPEN}<table class="followup-table">'
        f"{TABLE.removeprefix('<table>')}{WRAPPER_CLOSE}<p>After</p>"
    )
    assert wrap_tables(wrapped) == wrapped, "a second pass wraps nothing again"


def test_a_table_with_a_class_is_left_alone_even_around_or_inside_a_wrapped_one() -> None:
    classed = '<table class="highlighttable"><tr><td>1</td></tr></table>'
    assert wrap_tables(classed) == classed
    nested = f'<table class="outer"><tr><td>{TABLE}</td></tr></table>'
    done = wrap_tables(nested)
    assert done.count(WRAPPER_OPEN) == 1
    assert done.endswith(f"{WRAPPER_CLOSE}</td></tr></table>"), (
        "the inner table's wrapper closes inside"
    )
    assert done.count("<div") == done.count("</div>")


def test_other_attributes_of_a_table_are_kept() -> None:
    assert wrap_tables('<table id="plan">x</table>') == (
        f'{WRAPPER_OPEN}<table class="followup-table" id="plan">x</table>{WRAPPER_CLOSE}'
    )
    named = '<table data-class="x">y</table>'  # an attribute named like class, but not class
    assert wrap_tables(named).startswith(WRAPPER_OPEN)


def test_the_colour_toggle_is_handed_over_once() -> None:
    header = f'<nav>{PALETTE_FORM}<input class="md-option"></form></nav>'
    once = finish_page(header)
    assert PALETTE_FORM_OWN in once
    assert PALETTE_FORM not in once
    assert finish_page(once) == once


THEME_CSS = (
    '@charset "utf-8";/*! a licence with a { brace */'
    ".md-typeset table:not([class]){font-size:.64rem}"
    '.md-typeset code,.md-typeset table:not([class]) th{content:"}{"}'
    "@font-face{font-family:x;src:url(x.woff2)}"
    "@media print{.md-typeset table:not([class]){display:table}.md-header{display:none}}"
    ".md-typeset :is(table:not([class]),p) td{color:red}"
    ".md-typeset__table table{width:100%}"
)


def test_the_theme_s_table_rules_are_kept_retargeted_and_nothing_else() -> None:
    assert table_rules(THEME_CSS) == (
        ".md-typeset table.followup-table{font-size:.64rem}"
        '.md-typeset table.followup-table th{content:"}{"}'
        "@media print{.md-typeset table.followup-table{display:table}}"
        ".md-typeset :is(table.followup-table,p) td{color:red}"
    )


def _site_with(tmp_path: Path, theme_css: str) -> Path:
    (tmp_path / "assets" / "stylesheets").mkdir(parents=True)
    (tmp_path / "assets" / "stylesheets" / "main.css").write_text(theme_css, encoding="utf-8")
    stylesheet = tmp_path / STYLESHEET
    stylesheet.parent.mkdir(parents=True)
    stylesheet.write_text("/* own */\n.followup-plan{margin:0}\n", encoding="utf-8")
    return stylesheet


def test_the_rules_go_first_in_the_guide_s_stylesheet_once_however_often_it_runs(
    tmp_path: Path,
) -> None:
    stylesheet = _site_with(tmp_path, THEME_CSS)
    add_table_rules(tmp_path, stylesheet)
    once = stylesheet.read_text(encoding="utf-8")
    assert once.startswith(RULES_START)
    assert once.index(table_rules(THEME_CSS)) < once.index(RULES_END) < once.index("/* own */")
    add_table_rules(tmp_path, stylesheet)
    assert stylesheet.read_text(encoding="utf-8") == once


def test_a_theme_without_such_rules_fails_the_build_instead_of_unstyled_tables(
    tmp_path: Path,
) -> None:
    stylesheet = _site_with(tmp_path, ".md-typeset table{font-size:1rem}")
    with pytest.raises(BuildError, match="no rule for table:not"):
        add_table_rules(tmp_path, stylesheet)


def test_every_built_table_is_wrapped_and_styled(built_site: BuiltSite) -> None:
    tables = 0
    for page in built_site.pages():
        html = page.read_text(encoding="utf-8")
        bare = re.findall(r"<table(?![^>]*class=)[^>]*>", html)
        assert not bare, f"{page}: {bare[:1]}"
        tables += html.count(f"{WRAPPER_OPEN}<table class=")
        assert PALETTE_FORM_OWN in html, page
    assert tables >= 8, "the guide's tables (timing alone has eight) are all wrapped"
    css = (built_site.root / STYLESHEET).read_text(encoding="utf-8")
    assert css.startswith(RULES_START)
    assert ".md-typeset table.followup-table{" in css
