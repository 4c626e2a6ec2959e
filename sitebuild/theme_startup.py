"""The theme's start-up work on every page load, done once at build time instead.

On a two-core machine a page of this guide spends most of its start-up restyling
itself: the theme's script changes the page in ways that make the browser compute
the style of every element again, once per change. Two of those changes are the
same on every load, so the build makes them:

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
  the toggle to ``palette.js``, which changes only what differs.

Both match the theme's exact markup; where a theme writes it differently nothing
changes and the theme's script does the work as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from sitebuild import BuildError

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
    "/* The theme's table rules, for tables wrapped at build time (sitebuild/theme_startup.py) */"
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
    """The page with its colour toggle left to ``palette.js`` instead of the theme's script."""
    return html.replace(PALETTE_FORM, PALETTE_FORM_OWN)


def finish_page(html: str) -> str:
    """Both changes to one page; a finished page stays as it is."""
    return hand_over_palette(wrap_tables(html))


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
            "build time would lose their style (see sitebuild/theme_startup.py)"
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
