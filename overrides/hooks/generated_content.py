"""MkDocs hook: expand the ``<!-- followup:… -->`` markers, naming the page on error.

The work is ``sitebuild.markers``; the ``sitebuild.extension`` Markdown extension
does the same for generators without hooks (and finds nothing left to do here).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitebuild import BuildError, markers


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Expand the page's markers before the Markdown is rendered."""
    try:
        expanded, _tools = markers.expand_page(markdown, where=f"docs/{page.file.src_uri}")
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
    return expanded
