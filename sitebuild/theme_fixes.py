"""Accessible names the theme's and the task lists' markup lacks, added to the built pages.

axe-core (WCAG 2.2 A/AA) finds a few problems in markup this site does not
write itself. Copying the theme's templates to change one attribute would
freeze them at one version, so ``postbuild`` edits the finished HTML instead,
each fix matching one exact piece of markup and nothing else:

- the search dialog (``role="dialog"``) has no name;
- the instant-navigation progress bar (``role="progressbar"``) has no name;
- the footer's previous/next links escape a title twice in ``aria-label``
  ("Before &amp;amp; after"), so the label no longer matches the visible text;
- task-list check boxes are drawn, disabled and never ticked, with no label:
  they are decoration on a plain list, so assistive technology skips them and
  reads the list item itself.

Two fixes are for the console rather than for axe. The theme's inline storage helpers
read ``localStorage`` in a default parameter, outside their ``try``: where a reader has
blocked site data (Firefox throws ``SecurityError`` on that read) every page logged an
uncaught error before anything else ran. The helpers are rewritten to read it inside the
``try``, with the same behaviour otherwise (``null`` when nothing can be read). And the
theme's ``<link rel="next">`` hint goes: the theme's ``<link rel="next">``
hint goes. Firefox prefetches the page it names, and under the policy's
``default-src 'none'`` (prefetches fall under no narrower directive) that request is
a violation, logged twice on every page. Allowing it would mean ``default-src
'self'``, which opens every directive the policy does not name; the hint buys a
reader little (instant navigation fetches a page when its link is followed, and
search engines no longer read it), so the page goes without it.
"""

from __future__ import annotations

import re
from typing import Final

SEARCH_DIALOG: Final = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_DIALOG_NAMED: Final = SEARCH_DIALOG.replace(
    'role="dialog"', 'role="dialog" aria-label="Search"'
)
PROGRESS: Final = 'data-md-component="progress" role="progressbar"'
PROGRESS_NAMED: Final = PROGRESS + ' aria-label="Loading the next page"'
#: Only where no name follows (Zensical's theme names it; a second pass finds it named).
_UNNAMED_PROGRESS: Final = re.compile(re.escape(PROGRESS) + r"(?! aria-label=)")
_TWICE_ESCAPED_LABEL: Final = re.compile(r'aria-label="[^"]*&amp;amp;[^"]*"')
TASK_BOX: Final = '<label class="task-list-control"><input type="checkbox" disabled/>'
TASK_BOX_HIDDEN: Final = TASK_BOX.replace("disabled/>", 'disabled aria-hidden="true"/>')
#: The theme's storage helpers as it writes them, and the same with every read guarded.
STORAGE_HELPERS: Final = (
    '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    "__md_set=(e,_,t=localStorage,a=__md_scope)=>"
    '{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)
STORAGE_HELPERS_GUARDED: Final = (
    "__md_get=(e,_,t=__md_scope)=>"
    '{try{return JSON.parse((_||localStorage).getItem(t.pathname+"."+e))}catch(e){return null}},'
    "__md_set=(e,_,t,a=__md_scope)=>"
    '{try{(t||localStorage).setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)
#: The theme's hint to the next page in the nav, which Firefox prefetches.
NEXT_PAGE_HINT: Final = re.compile(r'[ \t]*<link rel="next" href="[^"]*">\n?')


def _unescape_once(match: re.Match[str]) -> str:
    return match.group(0).replace("&amp;amp;", "&amp;")


def fix_markup(html: str) -> str:
    """The page with each known gap in the theme's markup closed."""
    html = html.replace(SEARCH_DIALOG, SEARCH_DIALOG_NAMED)
    html = _UNNAMED_PROGRESS.sub(PROGRESS_NAMED, html)
    html = _TWICE_ESCAPED_LABEL.sub(_unescape_once, html)
    html = NEXT_PAGE_HINT.sub("", html)
    html = html.replace(STORAGE_HELPERS, STORAGE_HELPERS_GUARDED)
    return html.replace(TASK_BOX, TASK_BOX_HIDDEN)
