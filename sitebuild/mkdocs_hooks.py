"""The MkDocs adapter: ``hooks:`` in ``mkdocs.yml`` point here, and nothing else does.

The only module of the package that imports MkDocs; a generator without hooks
(Zensical) gets the same result from ``sitebuild.extension`` and
``python -m sitebuild.postbuild site/``.

- ``on_page_markdown`` expands the markers before the extension sees the page,
  so that an error names the page (the extension then finds none left);
- ``on_post_build`` runs the post-build pass after every build. Under
  ``mkdocs serve`` the pages get a visible note instead of their Content Security
  Policy (the server's live-reload script is inline and changes with every
  request); ``mkdocs build``, and so every published site, stays strict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sitebuild import BuildError, markers, postbuild

_serving = False


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Remember whether this run serves the site for editing."""
    global _serving
    _serving = command == "serve"


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Expand the page's markers before the Markdown is rendered."""
    try:
        expanded, _tools = markers.expand_page(markdown, where=f"docs/{page.file.src_uri}")
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
    return expanded


def on_post_build(*, config: MkDocsConfig) -> None:
    """Ship the runtime and finish every page, ``mkdocs serve`` included."""
    try:
        postbuild.run(Path(config.site_dir), serve=_serving)
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
