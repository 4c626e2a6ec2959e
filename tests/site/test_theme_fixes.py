"""The theme's accessible names: each gap closed on every built page, and only where it matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sitebuild.theme import (
    PROGRESS_NAMED,
    SEARCH_DIALOG_NAMED,
    STORAGE_HELPERS,
    STORAGE_HELPERS_GUARDED,
    TASK_BOX,
    TASK_BOX_HIDDEN,
    fix_markup,
)

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site


def test_every_page_names_its_search_dialog_and_progress_bar(built_site: BuiltSite) -> None:
    task_lists = 0
    for page in built_site.pages():
        html = page.read_text(encoding="utf-8")
        assert SEARCH_DIALOG_NAMED in html, page
        assert PROGRESS_NAMED in html, page
        assert "&amp;amp;" not in html, page
        assert TASK_BOX not in html, page
        assert '<link rel="next"' not in html, page
        assert STORAGE_HELPERS not in html, page
        assert STORAGE_HELPERS_GUARDED in html, page
        task_lists += html.count(TASK_BOX_HIDDEN)
    # Positively: the boxes are there, hidden (a changed theme would leave none to find).
    assert task_lists >= 10, "no hidden task-list box: the fix no longer matches the theme"


def test_the_next_page_hint_goes_and_the_footers_next_link_stays() -> None:
    """Firefox would prefetch the hinted page, a violation of ``default-src 'none'``."""
    head = '<link rel="prev" href="..">\n      \n        <link rel="next" href="../timing/">\n'
    assert fix_markup(head) == '<link rel="prev" href="..">\n      \n'
    footer = '<a href="../timing/" class="md-footer__link md-footer__link--next" rel="next">'
    assert fix_markup(footer) == footer


def test_labels_escaped_twice_are_unescaped_once_and_nothing_else_changes() -> None:
    footer = '<a class="md-footer__link" aria-label="Next: Before &amp;amp; after">'
    assert fix_markup(footer) == footer.replace("&amp;amp;", "&amp;")
    prose = "<p>Write &amp;amp; as an entity</p>"
    assert fix_markup(prose) == prose
    assert (
        fix_markup(TASK_BOX + "</label> Read it aloud")
        == TASK_BOX_HIDDEN + "</label> Read it aloud"
    )
