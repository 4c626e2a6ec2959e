"""Compare two builds of the guide: pages, tool mounts, policies and search.

``scripts/zensical-check`` builds the guide with MkDocs and with Zensical, runs
``postbuild`` over both, then prints what this module finds::

    python -m sitebuild.compare MKDOCS_SITE OTHER_SITE

Each check prints one line that starts ``same`` or ``differs``, followed by the
details of a difference. The exit status is 0 either way: the report is the
product, not a gate.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

_TOOL_ROOT: Final = re.compile(r'data-followup-tool="(?P<name>[a-z_-]+)"')
_CONFIG: Final = re.compile(r'<script type="application/json" id="followup-config">(.*?)</script>')
_POLICY: Final = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
_HASH: Final = re.compile(r"'sha256-[^']*'")
#: Where each generator writes its search index.
SEARCH_INDEXES: Final = ("search/search_index.json", "search.json")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageFacts:
    """What one built page offers a reader: its tools, whether they can mount, its policy."""

    tools: tuple[str, ...]
    configured: tuple[str, ...]  # the tools named in <head>, which tools.js mounts
    policy: str | None

    @property
    def mounts(self) -> str:
        if not self.tools:
            return "no tool"
        state = "mounts" if self.configured == self.tools else "does NOT mount (no config)"
        return f"{', '.join(self.tools)} {state}"


def page_facts(html: str) -> PageFacts:
    tools = tuple(dict.fromkeys(m["name"] for m in _TOOL_ROOT.finditer(html)))
    config = _CONFIG.search(html)
    configured = tuple(json.loads(config.group(1)).get("tools", ())) if config else ()
    policy = _POLICY.search(html)
    return PageFacts(tools=tools, configured=configured, policy=policy and policy.group(1))


def pages(site: Path) -> dict[str, PageFacts]:
    """Every HTML page of ``site`` by its path."""
    return {
        path.relative_to(site).as_posix(): page_facts(path.read_text(encoding="utf-8"))
        for path in sorted(site.rglob("*.html"))
    }


def search_entries(site: Path) -> tuple[str, int] | None:
    """``(index file, number of entries)``, or ``None`` when the site has no search index."""
    for name in SEARCH_INDEXES:
        index = site / name
        if index.is_file():
            data = json.loads(index.read_text(encoding="utf-8"))
            entries = data.get("docs") or data.get("items") or []
            return name, len(entries)
    return None


def _directives(policy: str | None) -> dict[str, str]:
    if policy is None:
        return {}
    parts = (part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return {p[0]: _HASH.sub("'sha256-…'", p[1] if len(p) > 1 else "") for p in parts}


def report(reference: Path, other: Path) -> list[str]:
    """The comparison, one line per finding (``reference`` is the MkDocs build)."""
    lines: list[str] = []
    ours, theirs = pages(reference), pages(other)
    only_ours, only_theirs = sorted(ours.keys() - theirs), sorted(theirs.keys() - ours)
    verdict = "same" if not (only_ours or only_theirs) else "differs"
    lines.append(f"{verdict}: pages ({len(ours)} vs {len(theirs)})")
    lines += [f"  only in the MkDocs build: {name}" for name in only_ours]
    lines += [f"  only in the other build: {name}" for name in only_theirs]

    shared = sorted(ours.keys() & theirs.keys())
    mount_diffs = [
        f"  {name}: MkDocs {ours[name].mounts}; other {theirs[name].mounts}"
        for name in shared
        if ours[name].mounts != theirs[name].mounts
    ]
    with_tools = sum(1 for name in shared if ours[name].tools)
    lines.append(f"{'differs' if mount_diffs else 'same'}: tool mounts ({with_tools} pages)")
    lines += mount_diffs

    missing = [name for name in shared if theirs[name].policy is None]
    shape = [
        name
        for name in shared
        if theirs[name].policy is not None
        and _directives(ours[name].policy) != _directives(theirs[name].policy)
    ]
    hashes = [
        name
        for name in shared
        if name not in shape and theirs[name].policy and ours[name].policy != theirs[name].policy
    ]
    lines.append(f"{'differs' if missing or shape else 'same'}: CSP directives")
    lines += [f"  no policy: {name}" for name in missing]
    lines += [f"  other directives: {name}" for name in shape]
    lines.append(
        f"{'differs' if hashes else 'same'}: CSP inline-script hashes"
        + (f" ({len(hashes)} pages have other inline scripts, each hashed)" if hashes else "")
    )

    a, b = search_entries(reference), search_entries(other)
    same_search = a is not None and b is not None and a[1] == b[1]
    lines.append(
        f"{'same' if same_search else 'differs'}: search entries "
        f"(MkDocs: {_describe_search(a)}; other: {_describe_search(b)})"
    )

    files_ours = {p.relative_to(reference).as_posix() for p in reference.rglob("*") if p.is_file()}
    files_theirs = {p.relative_to(other).as_posix() for p in other.rglob("*") if p.is_file()}
    extra = sorted(files_theirs - files_ours)
    lacking = sorted(files_ours - files_theirs)
    lines.append(
        f"{'same' if not (extra or lacking) else 'differs'}: other files "
        f"({len(lacking)} only in MkDocs', {len(extra)} only in the other)"
    )
    lines += [f"  only in the MkDocs build: {name}" for name in lacking[:15]]
    lines += [f"  only in the other build: {name}" for name in extra[:15]]
    return lines


def _describe_search(found: tuple[str, int] | None) -> str:
    return "no index" if found is None else f"{found[0]}, {found[1]} entries"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sitebuild.compare", description=__doc__.splitlines()[0]
    )
    parser.add_argument("reference", type=Path, help="the MkDocs build")
    parser.add_argument("other", type=Path, help="the other generator's build")
    options = parser.parse_args(argv)
    for line in report(options.reference, options.other):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
