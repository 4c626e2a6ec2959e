"""MkDocs hook: run ``sitebuild.postbuild`` over the built site after every build.

Under ``mkdocs serve`` the pages get a visible note instead of their Content
Security Policy (the server's live-reload script is inline and changes with
every request); ``mkdocs build`` and so every published site stay strict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from sitebuild import BuildError, postbuild

_serving = False


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Remember whether this run serves the site for editing."""
    global _serving
    _serving = command == "serve"


def on_post_build(*, config: MkDocsConfig) -> None:
    """Ship the runtime and finish every page, ``mkdocs serve`` included."""
    try:
        postbuild.run(Path(config.site_dir), serve=_serving)
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
