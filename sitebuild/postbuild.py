"""Finish a built site: the browser's runtime, the theme fixes, each page's policy.

One pass over the output folder, whichever generator wrote it::

    python -m sitebuild.postbuild site/

It ships the runtime (``runtime.install_runtime``: Pyodide, the cut-down
standard library, the wheels, ``runtime.json``, the stamped service worker),
copies the theme's table rules into the guide's stylesheet (``theme``), then
rewrites every HTML page: the theme's patches (``theme.finish_page``) first, the
Content Security Policy last, since the policy hashes the page's inline scripts as
they end up.
Running it twice leaves the same site.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sitebuild import BuildError, csp, theme
from sitebuild.runtime import SITE_FOLDER, Runtime, install_runtime

#: The guide's own stylesheet, which receives the theme's table rules (``theme``).
STYLESHEET = SITE_FOLDER / "tools.css"


def finish_page(html: str, *, serve: bool = False) -> str:
    """One page as it is published (``serve``: as ``mkdocs serve`` shows it, see ``csp``)."""
    fixed = theme.finish_page(html)
    return csp.add_policy(fixed, serve=serve)


def finish_pages(site_dir: Path, *, serve: bool = False) -> list[Path]:
    """Finish every HTML file under ``site_dir`` in place; the files that changed."""
    changed: list[Path] = []
    for path in sorted(site_dir.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        try:
            finished = finish_page(text, serve=serve)
        except BuildError as exc:
            raise BuildError(f"{path.relative_to(site_dir)}: {exc}") from exc
        if finished != text:
            path.write_text(finished, encoding="utf-8")
            changed.append(path)
    return changed


def run(site_dir: Path, *, serve: bool = False) -> Runtime:
    """The whole pass over ``site_dir``; the runtime it shipped."""
    if not (site_dir / "index.html").is_file():
        raise BuildError(f"{site_dir} holds no built site (no index.html)")
    runtime = install_runtime(site_dir)
    theme.add_table_rules(site_dir, site_dir / STYLESHEET)
    finish_pages(site_dir, serve=serve)
    return runtime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sitebuild.postbuild", description=__doc__.splitlines()[0]
    )
    parser.add_argument("site_dir", type=Path, help="the folder the generator built, e.g. site/")
    parser.add_argument(
        "--serve", action="store_true", help="for a local preview server: no policy, a note"
    )
    options = parser.parse_args(argv)
    try:
        runtime = run(options.site_dir, serve=options.serve)
    except BuildError as exc:
        print(f"postbuild: {exc}", file=sys.stderr)
        return 1
    print(f"postbuild: {options.site_dir} finished (runtime {runtime.version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
