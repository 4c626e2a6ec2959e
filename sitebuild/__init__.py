"""Build-time Python for the guide that no site generator owns.

- ``markers`` (with ``tool_forms`` and ``followup_core.examples``) expands the pages'
  ``<!-- followup:… -->`` markers into the core's own output, and ``extension``
  runs it as a Python-Markdown extension, which MkDocs and Zensical both load
  from ``markdown_extensions``; it also marks links that leave the site.
- ``postbuild`` finishes a built ``site/`` folder in one pass: the browser's
  runtime (``runtime``, ``stdlib_trim``), the theme's patches (``theme``, the one
  module that knows the theme's markup and CSS) and each page's Content Security
  Policy (``csp``). Run it with
  ``python -m sitebuild.postbuild site/``.

``mkdocs_hooks`` only adapts these modules for MkDocs' ``hooks:`` (and is the one
module that imports MkDocs), so a build by a generator that runs no hooks loses
nothing it cannot get back by calling them.
"""

from __future__ import annotations


class BuildError(Exception):
    """A problem that must fail the build; the message says what and where."""


__all__ = ["BuildError"]
