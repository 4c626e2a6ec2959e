"""Mark every link that leaves the site with ``rel="noopener noreferrer"``.

The guide cites outside sources. A reader following one should not hand that
site a handle on this page (``noopener``) or tell it which page they came from
(``noreferrer``), which also matches what the privacy page promises. Authors
write plain Markdown links; the Markdown extension (``extension.py``) adds the
attribute at build time.
"""

from __future__ import annotations

import html
import re
from typing import Final
from urllib.parse import urlsplit

REL_TOKENS: Final = ("noopener", "noreferrer")
_A_START: Final = re.compile(r"<a\s[^>]*>", re.IGNORECASE)
_HREF: Final = re.compile(r"""\shref=(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_REL: Final = re.compile(r"""\srel=(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)


def origin(url: str) -> str:
    """``scheme://host[:port]`` of an absolute URL, ``""`` for a relative one."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.netloc else ""


def is_external(href: str, site_url: str) -> bool:
    """True for an http(s) link to any origin other than the site's own."""
    target = html.unescape(href).strip()
    if target.startswith("//"):
        target = "https:" + target
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        return False
    return origin(target) != origin(site_url)


def mark_tag(tag: str, site_url: str) -> str:
    """One ``<a ...>`` start tag, with the rel tokens added when it leaves the site."""
    href = _HREF.search(tag)
    if not href or not is_external(href.group(2), site_url):
        return tag
    rel = _REL.search(tag)
    if rel:
        tokens = rel.group(2).split()
        tokens += [t for t in REL_TOKENS if t not in (x.lower() for x in tokens)]
        return tag[: rel.start()] + f' rel="{" ".join(tokens)}"' + tag[rel.end() :]
    end = len(tag) - (2 if tag.endswith("/>") else 1)
    return tag[:end].rstrip() + f' rel="{" ".join(REL_TOKENS)}"' + tag[end:]


def mark_external_links(content: str, site_url: str) -> str:
    """Every external ``<a>`` in ``content`` marked ``noopener noreferrer``."""
    return _A_START.sub(lambda m: mark_tag(m.group(0), site_url), content)
