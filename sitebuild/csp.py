"""Put a Content Security Policy and a no-referrer rule at the top of every page.

GitHub Pages cannot send headers, so the policy travels in a
``<meta http-equiv>``. A meta policy only governs what the parser meets after
it, so it goes right after ``<meta charset>``, before any script, stylesheet or
link. The theme's inline scripts differ from page to page (one carries the
page's depth), so each page's policy lists the sha256 of exactly its own inline
scripts, computed from the finished HTML.

``postbuild`` runs this last on every finished page: anything changing a page
after it could change a script it has already hashed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from sitebuild import BuildError

#: The policy of every page, one place for all of it. Each directive allows only what
#: the guide and its tools really load; anything unnamed falls back to ``'none'``.
POLICY: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "default-src": ("'none'",),
        # The theme's and the tools' files, plus the page's own inline scripts (their
        # hashes are added per page). Pyodide compiles WebAssembly, which needs
        # 'wasm-unsafe-eval'; nothing needs 'unsafe-eval' (JavaScript eval).
        "script-src": ("'self'", "'wasm-unsafe-eval'"),
        # The tools' Python worker and the theme's search worker (a service worker
        # would come from the site as well).
        "worker-src": ("'self'",),
        # fetch(): the search index, instant navigation, and the worker's runtime files.
        "connect-src": ("'self'",),
        # The theme draws some icons as SVG data: URLs in its stylesheet.
        "img-src": ("'self'", "data:"),
        # Stylesheets from the site only. Neither the theme nor the tools write a
        # style attribute or a <style> element; they set styles through the CSSOM
        # (element.style), which style-src does not govern, so no 'unsafe-inline'.
        "style-src": ("'self'",),
        "font-src": ("'self'",),
        "manifest-src": ("'self'",),
        # No <base> may redirect the site's relative URLs.
        "base-uri": ("'none'",),
        # Nothing is ever submitted: the search form only filters in the page.
        "form-action": ("'none'",),
        "object-src": ("'none'",),
    }
)
#: The directive that receives each page's inline-script hashes.
HASHED_DIRECTIVE: Final = "script-src"
#: Links to other sites must not learn which page the reader came from.
REFERRER: Final = "no-referrer"

#: ``type`` values that make a ``<script>`` run (HTML's JavaScript MIME types and
#: ``module``); any other type is a data block, which never runs and needs no hash.
_SCRIPT_TYPES: Final = frozenset(
    {
        "",
        "module",
        *(
            f"{prefix}/{name}"
            for prefix in ("text", "application")
            for name in ("javascript", "ecmascript", "x-javascript", "x-ecmascript")
        ),
        *(f"text/javascript1.{minor}" for minor in range(6)),
        "text/jscript",
        "text/livescript",
    }
)
_SCRIPT: Final = re.compile(
    r"""<script\b(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>(?P<body>.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_ATTR: Final = re.compile(
    r"""(?P<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'>]+)))?"""
)
_HEAD_START: Final = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_CHARSET: Final = re.compile(r"\s*<meta\s+charset=[^>]*>", re.IGNORECASE)
_EXISTING_POLICY: Final = re.compile(r"<meta\b[^>]*content-security-policy", re.IGNORECASE)


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        value = match["dq"] if match["dq"] is not None else match["sq"] or match["bare"] or ""
        found.setdefault(match["name"].lower(), value)
    return found


def runs_as_script(attrs: Mapping[str, str]) -> bool:
    """True for an inline script the browser executes, False for a data block."""
    return "src" not in attrs and attrs.get("type", "").strip().lower() in _SCRIPT_TYPES


def script_hash(body: str) -> str:
    """The CSP source for one inline script (the browser hashes its text as UTF-8)."""
    normalised = body.replace("\r\n", "\n").replace("\r", "\n")  # as the HTML parser reads it
    digest = hashlib.sha256(normalised.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_script_hashes(html: str) -> list[str]:
    """The hash of each executed inline script in ``html``, in page order, once each."""
    hashes: dict[str, None] = {}
    for match in _SCRIPT.finditer(html):
        if runs_as_script(_attributes(match["attrs"])):
            hashes[script_hash(match["body"])] = None
    return list(hashes)


def policy_text(script_hashes: Iterable[str] = ()) -> str:
    """:data:`POLICY` as a header value, with ``script_hashes`` allowed as scripts."""
    extra = tuple(script_hashes)
    return "; ".join(
        " ".join((name, *sources, *(extra if name == HASHED_DIRECTIVE else ())))
        for name, sources in POLICY.items()
    )


#: Left where the policy would stand in a page served for editing (see ``add_policy``).
SERVE_NOTE: Final = (
    "<!-- No Content-Security-Policy while editing: mkdocs serve adds an inline live-reload"
    " script that changes with every request, which no hash can allow. Published builds"
    " carry the policy (sitebuild/csp.py). -->"
)
_REFERRER_META: Final = f'<meta name="referrer" content="{REFERRER}">'
#: What an earlier pass wrote (``mkdocs serve --dirty`` keeps pages it did not rebuild).
_OWN_TAGS: Final = re.compile(
    r'(?:<meta http-equiv="Content-Security-Policy" content="[^"]*">|'
    + re.escape(SERVE_NOTE)
    + ")"
    + re.escape(_REFERRER_META)
)


def head_tags(policy: str) -> str:
    """The two ``<meta>`` elements that open every page's ``<head>``."""
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">{_REFERRER_META}'


def add_policy(html: str, *, serve: bool = False) -> str:
    """``html`` with its own policy inserted after ``<meta charset>`` (or ``<head>``).

    With ``serve``, for ``mkdocs serve`` only, a visible note stands in for the policy.
    A page this function already finished gets its tags replaced, not doubled.
    """
    html = _OWN_TAGS.sub("", html, count=1)
    if _EXISTING_POLICY.search(html):
        raise BuildError("A page already carries a Content-Security-Policy; csp.py owns it.")
    head = _HEAD_START.search(html)
    if head is None:
        raise BuildError("A page has no <head> to put its Content-Security-Policy in.")
    at = head.end()
    charset = _CHARSET.match(html, at)
    if charset:
        at = charset.end()
    if serve:
        tags = SERVE_NOTE + _REFERRER_META
    else:
        tags = head_tags(policy_text(inline_script_hashes(html)))
    return html[:at] + tags + html[at:]
