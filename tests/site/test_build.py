"""The built guide: strict build, navigation, links, anchors, coverage of the brief, privacy."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from sitekit import ROOT, SITE_URL

if TYPE_CHECKING:
    from sitekit import BuiltSite

pytestmark = pytest.mark.site

DOCS = ROOT / "docs"
OWN_WORDS = ROOT.parent / "shared" / "tools" / "own_words.py"

#: Anchors other parts of the project (the draft checker, the tools) link to.
FIXED_ANCHORS: dict[str, tuple[str, ...]] = {
    "avoid/": ("pushy", "too-many", "self-focus", "tone", "placeholders"),
    "crafting/": ("concise", "thanks", "fit", "close"),
    "personalizing/": ("project", "shared"),
    "channels/": ("email", "linkedin", "both"),
    "timing/": (
        "thank-you",
        "stated-timeline",
        "reminder",
        "stop",
        "imminent",
        "grace",
        "slow-sectors",
        "how-many",
    ),
    "replies/": ("positive", "rejection", "silence"),
    "checklists/": ("thank-you", "check-in", "final", "replies", "situations"),
    "situations/": (
        "recruiter-thank-you",
        "phone-screen",
        "competing-offer",
        "withdrawing",
        "accepting-an-offer",
        "declining-an-offer",
        "answering-a-delay",
        "sending-materials",
    ),
    "sources/": ("at-a-glance", "accountemps-canada-2017", "topresume-2017", "timing-sources"),
}

#: Every topic of the source brief → the page and heading that answer it (None: the whole page).
BRIEF_TOPICS: dict[str, tuple[str, str | None]] = {
    "why following up matters": ("why/", None),
    "timing: within 24 to 48 hours": ("timing/", "thank-you"),
    "timing: respect a stated decision timeline": ("timing/", "stated-timeline"),
    "timing: one gentle reminder after the timeframe": ("timing/", "reminder"),
    "crafting: concise and professional": ("crafting/", "concise"),
    "crafting: thanks with specific details": ("crafting/", "thanks"),
    "crafting: interest and fit, with an example": ("crafting/", "fit"),
    "crafting: an open-ended close": ("crafting/", "close"),
    "personalizing: a project or challenge they mentioned": ("personalizing/", "project"),
    "personalizing: a shared interest or mutual connection": ("personalizing/", "shared"),
    "avoid: desperate or pushy": ("avoid/", "pushy"),
    "avoid: bombarding with messages": ("avoid/", "too-many"),
    "avoid: what you want instead of the value you bring": ("avoid/", "self-focus"),
    "avoid: too casual or too formal": ("avoid/", "tone"),
    "channels: email": ("channels/", "email"),
    "channels: LinkedIn": ("channels/", "linkedin"),
    "channels: using both": ("channels/", "both"),
    "responses: a positive reply": ("replies/", "positive"),
    "responses: a rejection, asking for feedback": ("replies/", "rejection"),
}

#: Elements whose URL the browser fetches on its own (not links a reader clicks).
FETCHED: dict[str, tuple[str, ...]] = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
#: ``<link rel>`` values that are metadata, not fetched resources.
LINK_METADATA = frozenset({"canonical", "prev", "next", "alternate"})
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""", re.I)
_JS_REMOTE = re.compile(r"""(?:import|importScripts|fetch)\s*\(\s*["'`](?:https?:)?//""")


# --------------------------------------------------------------------------- parsing


@dataclass
class ParsedPage:
    """What the link checks need from one built HTML file."""

    ids: set[str] = field(default_factory=set)
    headings: dict[str, str] = field(default_factory=dict)  # id -> tag
    anchors: list[dict[str, str]] = field(default_factory=list)  # <a> attributes
    fetched: list[tuple[str, str, str]] = field(default_factory=list)  # tag, attr, url
    styles: list[str] = field(default_factory=list)  # <style> bodies and style="" values


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.page.ids.add(values["id"])
            if re.fullmatch(r"h[1-6]", tag):
                self.page.headings[values["id"]] = tag
        if tag == "a":
            if "name" in values:
                self.page.ids.add(values["name"])
            if "href" in values:
                self.page.anchors.append(values)
        if "style" in values:
            self.page.styles.append(values["style"])
        rel = set(values.get("rel", "").lower().split())
        for attr in FETCHED.get(tag, ()):
            if attr in values and not (tag == "link" and rel & LINK_METADATA):
                self.page.fetched.append((tag, attr, values[attr]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.page.styles.append(data)


@cache
def parse(path: Path) -> ParsedPage:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def page_url(site: BuiltSite, path: Path) -> str:
    return site.site_url + site.url_path(path)


def target_file(site: BuiltSite, url: str) -> Path | None:
    """The built file an absolute URL under ``site_url`` points at, if it is internal."""
    if not url.startswith(site.site_url):
        return None
    rel = urlsplit(url).path[len(urlsplit(site.site_url).path) :]
    candidate = site.root / rel
    if rel == "" or rel.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


def internal_links(site: BuiltSite, path: Path) -> Iterator[tuple[str, Path, str]]:
    """``(href, target file, fragment)`` for every internal ``<a href>`` on a page."""
    base = page_url(site, path)
    for attrs in parse(path).anchors:
        href = attrs["href"]
        if href.startswith(("mailto:", "tel:", "javascript:")):
            continue
        url, fragment = urldefrag(urljoin(base, href))
        target = target_file(site, url)
        if target is not None:
            yield href, target, fragment


def is_other_origin(url: str, site_url: str = SITE_URL) -> bool:
    parts = urlsplit(url.strip())
    if url.strip().startswith("//"):
        return True
    if parts.scheme in ("", "data", "blob"):
        return False
    return f"{parts.scheme}://{parts.netloc}" != "{0.scheme}://{0.netloc}".format(
        urlsplit(site_url)
    )


# --------------------------------------------------------------------------- build and nav


def test_strict_build_passes_without_warnings(built_site: BuiltSite) -> None:
    assert "WARNING" not in built_site.log
    assert (built_site.root / "index.html").is_file()


def _nav_files(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_files(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_files(value)


def test_every_markdown_file_is_in_the_nav() -> None:
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    in_nav = set(_nav_files(config["nav"]))
    on_disk = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert on_disk - in_nav == set(), "pages missing from the nav"
    assert in_nav - on_disk == set(), "nav entries without a page"


def test_every_page_is_built(built_site: BuiltSite) -> None:
    for md in DOCS.rglob("*.md"):
        stem = md.relative_to(DOCS).with_suffix("").as_posix()
        built = built_site.root / ("index.html" if stem == "index" else f"{stem}/index.html")
        assert built.is_file(), f"{md.name} was not built"


def test_every_page_is_reachable_from_home(built_site: BuiltSite) -> None:
    home = built_site.root / "index.html"
    seen = {home}
    queue = [home]
    while queue:
        current = queue.pop()
        for _href, target, _fragment in internal_links(built_site, current):
            if target.suffix == ".html" and target.is_file() and target not in seen:
                seen.add(target)
                queue.append(target)
    unreachable = [built_site.url_path(p) for p in built_site.pages() if p not in seen]
    assert unreachable == []


# --------------------------------------------------------------------------- links, anchors


def test_internal_links_and_anchors_resolve(built_site: BuiltSite) -> None:
    broken: list[str] = []
    for path in [*built_site.pages(), built_site.root / "404.html"]:
        for href, target, fragment in internal_links(built_site, path):
            where = f"{built_site.url_path(path) or 'home'}: {href}"
            if not target.is_file():
                broken.append(f"{where} (no such file)")
            elif (
                fragment
                and not fragment.startswith("__")  # the theme's own controls
                and target.suffix == ".html"
                and fragment not in parse(target).ids
            ):
                broken.append(f"{where} (no #{fragment})")
    assert broken == []


@pytest.mark.parametrize(
    ("page", "anchor"),
    [(page, anchor) for page, anchors in FIXED_ANCHORS.items() for anchor in anchors],
)
def test_fixed_anchor_exists_on_a_heading(built_site: BuiltSite, page: str, anchor: str) -> None:
    parsed = parse(built_site.root / page / "index.html")
    assert anchor in parsed.headings, f"{page}#{anchor} is not a heading id"


@pytest.mark.parametrize(("topic", "where"), BRIEF_TOPICS.items(), ids=list(BRIEF_TOPICS))
def test_brief_topic_is_covered(
    built_site: BuiltSite, topic: str, where: tuple[str, str | None]
) -> None:
    page, anchor = where
    path = built_site.root / page / "index.html"
    assert path.is_file(), f"{topic}: no page {page}"
    if anchor is not None:
        assert anchor in parse(path).headings, f"{topic}: no heading #{anchor} on {page}"


# --------------------------------------------------------------------------- privacy


def test_html_fetches_nothing_from_another_origin(built_site: BuiltSite) -> None:
    offending: list[str] = []
    for path in built_site.root.rglob("*.html"):
        parsed = parse(path)
        for tag, attr, value in parsed.fetched:
            urls = [part.split()[0] for part in value.split(",") if part.strip()]
            if attr != "srcset":
                urls = [value]
            offending += [f"{path.name}: <{tag} {attr}={u}>" for u in urls if is_other_origin(u)]
        for style in parsed.styles:
            for match in _CSS_URL.finditer(style):
                url = match.group(2) or match.group(4) or ""
                if is_other_origin(url):
                    offending.append(f"{path.name}: style url({url})")
    assert offending == []


def test_css_and_js_fetch_nothing_from_another_origin(built_site: BuiltSite) -> None:
    offending: list[str] = []
    for css in built_site.root.rglob("*.css"):
        for match in _CSS_URL.finditer(css.read_text(encoding="utf-8")):
            url = match.group(2) or match.group(4) or ""
            if is_other_origin(url):
                offending.append(f"{css.relative_to(built_site.root)}: {url}")
    for js in built_site.root.rglob("*.js"):
        offending += [
            f"{js.relative_to(built_site.root)}: {m.group(0)}"
            for m in _JS_REMOTE.finditer(js.read_text(encoding="utf-8"))
        ]
    assert offending == []


def test_no_diagram_that_would_load_mermaid(built_site: BuiltSite) -> None:
    """Material's bundle fetches Mermaid from unpkg.com for any ``mermaid`` block."""
    for path in built_site.root.rglob("*.html"):
        assert 'class="mermaid"' not in path.read_text(encoding="utf-8"), path


def test_no_google_fonts(built_site: BuiltSite) -> None:
    for path in built_site.root.rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            text = path.read_text(encoding="utf-8")
            assert "fonts.googleapis.com" not in text, path
            assert "fonts.gstatic.com" not in text, path


def test_external_links_carry_noopener(built_site: BuiltSite) -> None:
    """Links out are allowed (sources), but never hand the other site this page."""
    missing: list[str] = []
    for path in built_site.root.rglob("*.html"):
        for attrs in parse(path).anchors:
            if is_other_origin(attrs["href"]) and not attrs["href"].startswith("mailto:"):
                rel = set(attrs.get("rel", "").split())
                if not {"noopener", "noreferrer"} <= rel:
                    missing.append(f"{built_site.url_path(path)}: {attrs['href']}")
    assert missing == []


# --------------------------------------------------------------------------- addresses


def test_sitemap_lists_every_page_under_site_url(built_site: BuiltSite) -> None:
    tree = ElementTree.parse(built_site.root / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {el.text or "" for el in tree.getroot().findall("s:url/s:loc", ns)}
    assert all(loc.startswith(SITE_URL) for loc in locs), locs
    expected = {SITE_URL + built_site.url_path(p) for p in built_site.pages()}
    assert locs == expected


def test_canonical_links_use_site_url(built_site: BuiltSite) -> None:
    for path in built_site.pages():
        html = path.read_text(encoding="utf-8")
        canonical = f'<link rel="canonical" href="{SITE_URL}{built_site.url_path(path)}">'
        assert canonical in html, path


def test_default_site_url_carries_a_repository_path() -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r"site_url:\s*(?:&\w+\s*)?!ENV\s*\[SITE_URL,\s*\"([^\"]+)\"\]", text)
    assert match, "site_url must come from SITE_URL with a default"
    assert urlsplit(match.group(1)).path.strip("/"), "the default needs a /REPO/ path"


# --------------------------------------------------------------------------- wording


def test_guide_is_in_its_own_words() -> None:
    if not OWN_WORDS.is_file():
        pytest.skip(f"{OWN_WORDS} is not present on this machine")
    proc = subprocess.run(
        [sys.executable, str(OWN_WORDS), "docs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
