"""The theme adapter: everything the build knows about Material for MkDocs' output.

The guide's pages come from the theme's templates and stylesheets; the build changes
a few things in them (``postbuild`` calls :func:`finish_page` on every page and
:func:`add_table_rules` once). Each change matches the theme's exact markup and is
listed in :data:`PATCHES` with the markup it expects and what it leaves behind, so
``tests/site/test_theme_contract.py`` builds the site with and without these changes
and checks each one positively: the theme still writes what it expects, and the
finished page holds the result. That test is the checklist for the theme's successor.

What the guide relies on from the theme, by place:

- **Markup** (here): the search dialog and progress bar, the footer's previous/next
  labels, task-list boxes, tables without a class, the header's colour toggle
  (:data:`PATCHES`).
- **CSS** (here, :func:`table_rules`): the theme's rules for ``table:not([class])``,
  copied for the tables wrapped at build time. ``tools.css`` styles the tools with the
  theme's custom properties (``--md-*``) and classes (``.md-typeset``, ``.md-button``);
  the contract test checks that the theme still defines each one it uses.
- **JavaScript and storage** (``overrides/assets/followup/theme.js``): ``document$``
  (instant navigation), ``__md_get``/``__md_set`` and the ``__palette`` key, the
  toggle's ``data-md-color-*`` attributes, and the selectors of the page's text.
- **Templates** (``overrides/main.html``): the ``styles`` and ``extrahead`` blocks.

Two fixes are for the console rather than for axe. The theme's inline storage helpers
read ``localStorage`` in a default parameter, outside their ``try``: where a reader has
blocked site data (Firefox throws ``SecurityError`` on that read) every page logged an
uncaught error before anything else ran. The helpers are rewritten to read it inside the
``try``, with the same behaviour otherwise (``null`` when nothing can be read). And the
theme's ``<link rel="next">`` hint goes: Firefox prefetches the page it names, and under
the policy's ``default-src 'none'`` (prefetches fall under no narrower directive) that
request is a violation, logged twice on every page. Allowing it would mean ``default-src
'self'``, which opens every directive the policy does not name; the hint buys a reader
little (instant navigation fetches a page when its link is followed), so the page goes
without it.

Accessible names the theme's markup lacks (axe-core, WCAG 2.2 A/AA), closed here
rather than by copying the theme's templates, which would freeze them at one version:

- the search dialog (``role="dialog"``) has no name;
- the instant-navigation progress bar (``role="progressbar"``) has no name;
- the footer's previous/next links escape a title twice in ``aria-label``
  ("Before &amp;amp; after"), so the label no longer matches the visible text;
- task-list check boxes are drawn, disabled and never ticked, with no label:
  they are decoration on a plain list, so assistive technology skips them and
  reads the list item itself.

Start-up work the theme's script repeats on every load, done once here instead: on a
two-core machine a page of this guide spent most of its start-up restyling itself,
once per change the script made:

- **Tables.** The script moves each table without a class into two ``<div>``
  elements that let it scroll sideways on a phone. A moved table is styled and
  laid out again from scratch; on the timing page, with its worked schedules,
  that was the longest piece of style work of the load (about 45 ms here, four
  times that on Lighthouse's simulated phone). The build writes the wrapper into
  the page and gives the table a class (``WRAPPED``) so that the script leaves
  it where it is. The theme's rules for tables without a class are copied, with
  their selector retargeted to that class, to the top of the guide's stylesheet,
  so the tables look exactly as before (``table_rules``).
- **The colour toggle.** On every load the theme's script set the colours the
  page already had (a change each time, whatever the value), and created two
  ``<meta>`` elements, each of which restyles the page. ``PALETTE_FORM`` hands
  the toggle to ``theme.js``, which changes only what differs.

Where a theme writes its markup differently, nothing changes and the theme's own
script does the work as before; the contract test says which patch stopped applying.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sitebuild import BuildError

# --------------------------------------------------------------------------- accessible names

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


# --------------------------------------------------------------------------- start-up work

#: The class a table gets once it is wrapped; the theme's script only moves tables without one.
WRAPPED: Final = "followup-table"
#: The theme's selector for the tables its script wraps, and what the copied rules say instead.
THEME_TABLE: Final = "table:not([class])"
OWN_TABLE: Final = f"table.{WRAPPED}"
#: The wrapper the theme's script builds (its ``renderTable``).
WRAPPER_OPEN: Final = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
WRAPPER_CLOSE: Final = "</div></div>"

PALETTE_FORM: Final = '<form class="md-header__option" data-md-component="palette">'
PALETTE_FORM_OWN: Final = '<form class="md-header__option" data-followup-palette>'

#: Where the copied rules sit in the guide's stylesheet: first, where the theme's own
#: rules would be in the cascade, so that the guide's rules still win a tie. A second
#: pass replaces them.
RULES_START: Final = (
    "/* The theme's table rules, for tables wrapped at build time (sitebuild/theme.py) */"
)
RULES_END: Final = "/* The guide's own rules */"

_TABLE_TAG: Final = re.compile(r"<table\b([^>]*)>|</table>")
_CLASS_ATTRIBUTE: Final = re.compile(r"(?<![\w-])class=")
#: At-rules whose block holds more rules (the rest, such as @font-face, hold no tables).
_GROUPING: Final = ("@media", "@supports", "@layer", "@container")


def wrap_tables(html: str) -> str:
    """The page with each table the theme's script would move already in place."""
    out: list[str] = []
    wrapped: list[bool] = []  # per open table: did this pass wrap it?
    position = 0
    for match in _TABLE_TAG.finditer(html):
        out.append(html[position : match.start()])
        position = match.end()
        if match.group(0) == "</table>":
            out.append("</table>" + (WRAPPER_CLOSE if wrapped and wrapped.pop() else ""))
        elif _CLASS_ATTRIBUTE.search(match.group(1)):
            wrapped.append(False)
            out.append(match.group(0))
        else:
            wrapped.append(True)
            out.append(f'{WRAPPER_OPEN}<table class="{WRAPPED}"{match.group(1)}>')
    out.append(html[position:])
    return "".join(out)


def hand_over_palette(html: str) -> str:
    """The page with its colour toggle left to ``theme.js`` instead of the theme's script."""
    return html.replace(PALETTE_FORM, PALETTE_FORM_OWN)


def finish_page(html: str) -> str:
    """Every change to one page (names, tables, toggle); a finished page stays as it is."""
    return hand_over_palette(wrap_tables(fix_markup(html)))


def table_rules(theme_css: str) -> str:
    """The theme's rules for tables without a class, retargeted to wrapped tables.

    Only the selectors that name such a table are kept from each rule; grouping
    rules (``@media print``) keep their condition.
    """
    rules: list[str] = []
    for prelude, body in _blocks(theme_css):
        if prelude.startswith(_GROUPING):
            inner = table_rules(body)
            if inner:
                rules.append(f"{prelude}{{{inner}}}")
        elif not prelude.startswith("@"):
            selectors = [s for s in _split_selectors(prelude) if THEME_TABLE in s]
            if selectors:
                retargeted = ",".join(s.replace(THEME_TABLE, OWN_TABLE) for s in selectors)
                rules.append(f"{retargeted}{{{body}}}")
    return "".join(rules)


def add_table_rules(site_dir: Path, stylesheet: Path) -> None:
    """Copy the built theme's table rules (its ``assets/stylesheets``) into ``stylesheet``."""
    theme_css = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((site_dir / "assets" / "stylesheets").rglob("*.css"))
    )
    rules = table_rules(theme_css)
    if not rules:
        raise BuildError(
            f"the theme's stylesheets have no rule for {THEME_TABLE}: the tables wrapped at "
            "build time would lose their style (see sitebuild/theme.py)"
        )
    text = stylesheet.read_text(encoding="utf-8")
    own = text.split(RULES_END, 1)[1].lstrip("\n") if RULES_END in text else text
    finished = f"{RULES_START}\n{rules}\n{RULES_END}\n\n{own}"
    if finished != text:
        stylesheet.write_text(finished, encoding="utf-8")


def _blocks(css: str) -> Iterator[tuple[str, str]]:
    """Each top-level ``prelude { body }`` of a stylesheet, strings and comments respected.

    Statements without a block (``@charset "utf-8";``) are skipped.
    """
    depth = 0
    prelude_start = body_start = 0
    prelude = ""
    index = 0
    while index < len(css):
        char = css[index]
        if char in "\"'":
            end = index + 1
            while end < len(css) and css[end] != char:
                end += 2 if css[end] == "\\" else 1
            index = end + 1
            continue
        if css.startswith("/*", index):
            end = css.find("*/", index + 2)
            index = len(css) if end < 0 else end + 2
            if depth == 0:
                prelude_start = index
            continue
        if char == "{":
            if depth == 0:
                prelude = css[prelude_start:index].strip()
                body_start = index + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                yield prelude, css[body_start:index]
                prelude_start = index + 1
        elif char == ";" and depth == 0:
            prelude_start = index + 1
        index += 1


def _split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside ``:is(…)``)."""
    selectors: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            selectors.append(prelude[start:index].strip())
            start = index + 1
    selectors.append(prelude[start:].strip())
    return selectors


# --------------------------------------------------------------------------- the contract


@dataclass(frozen=True, slots=True, kw_only=True)
class Patch:
    """One change to the theme's markup, and how to see that it still applies.

    Attributes:
        name: What it does, for a failing test's message.
        page: A page (its path in the site, ``""`` for the home page) where the theme
            writes ``expects``.
        expects: Markup the theme writes there, which the patch changes.
        leaves: Markup the finished page holds instead.
        apply: The change itself (an ``html -> html`` function of this module).
    """

    name: str
    page: str
    expects: str
    leaves: str
    apply: Callable[[str], str]


#: Every change the build makes to the theme's pages (``finish_page`` applies them all).
PATCHES: Final[tuple[Patch, ...]] = (
    Patch(
        name="the search dialog gets a name",
        page="",
        expects=SEARCH_DIALOG,
        leaves=SEARCH_DIALOG_NAMED,
        apply=fix_markup,
    ),
    Patch(
        name="the progress bar gets a name",
        page="",
        expects=PROGRESS + ">",
        leaves=PROGRESS_NAMED,
        apply=fix_markup,
    ),
    Patch(
        name="a footer label escaped twice is unescaped once",
        page="channels/",
        expects='aria-label="Next: Before &amp;amp; after"',
        leaves='aria-label="Next: Before &amp; after"',
        apply=fix_markup,
    ),
    Patch(
        name="task-list boxes are hidden from assistive technology",
        page="checklists/",
        expects=TASK_BOX,
        leaves=TASK_BOX_HIDDEN,
        apply=fix_markup,
    ),
    Patch(
        name="the theme's storage helpers read storage inside their try",
        page="",
        expects=STORAGE_HELPERS,
        leaves=STORAGE_HELPERS_GUARDED,
        apply=fix_markup,
    ),
    Patch(
        name="the next-page hint goes (the previous-page one stays)",
        page="timing/",
        expects='<link rel="next"',
        leaves='<link rel="prev"',
        apply=fix_markup,
    ),
    Patch(
        name="tables arrive wrapped as the theme's script would wrap them",
        page="timing/",
        expects="<table>",
        leaves=f'{WRAPPER_OPEN}<table class="{WRAPPED}">',
        apply=wrap_tables,
    ),
    Patch(
        name="the colour toggle is handed to theme.js",
        page="",
        expects=PALETTE_FORM,
        leaves=PALETTE_FORM_OWN,
        apply=hand_over_palette,
    ),
)

#: What ``theme.js`` uses of the theme's scripts, storage and attributes, and where in the
#: theme's output each one is found (a file of the built site, or a folder of them).
SCRIPT_NEEDS: Final[tuple[tuple[str, str], ...]] = (
    ("document$", "assets/javascripts"),
    ("__md_get", "index.html"),
    ("__md_set", "index.html"),
    ("__palette", "index.html"),
    ("data-md-color-media", "index.html"),
    ("data-md-color-switching", "assets/stylesheets"),
)
