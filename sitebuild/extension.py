"""The guide's Python-Markdown extension: markers in, the core's output out.

MkDocs and Zensical both load ``markdown_extensions`` from ``mkdocs.yml``, hooks
or not, so this is where the page-level build logic lives:

- a preprocessor expands ``<!-- followup:… -->`` marker lines (``markers``)
  before any other, as the text was written;
- a postprocessor marks links that leave the site ``rel="noopener noreferrer"``
  (``external_links``), given the site's address as ``site_url``.

Under MkDocs the ``mkdocs_hooks`` adapter expands the markers first (so an error
names the page); the preprocessor then finds none left.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from sitebuild import external_links, markers

#: Before every other preprocessor (pymdownx's runs at 35, Markdown's own at 30 and below).
MARKERS_PRIORITY = 40


class _Markers(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if "followup" not in text:
            return lines
        expanded, _tools = markers.expand_page(text, where="a page")
        return expanded.split("\n")


class _ExternalLinks(Postprocessor):
    def __init__(self, md: Markdown, site_url: str) -> None:
        super().__init__(md)
        self.site_url = site_url

    def run(self, text: str) -> str:
        return external_links.mark_external_links(text, self.site_url)


class FollowupExtension(Extension):
    """Registers the marker preprocessor and the external-link postprocessor."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {"site_url": ["", "The site's own address; links elsewhere are marked."]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_Markers(md), "followup_markers", MARKERS_PRIORITY)
        site_url = str(self.getConfig("site_url"))
        md.postprocessors.register(_ExternalLinks(md, site_url), "followup_external_links", 5)


def makeExtension(**kwargs: Any) -> FollowupExtension:
    """The entry point Python-Markdown calls for ``sitebuild.extension``."""
    return FollowupExtension(**kwargs)
