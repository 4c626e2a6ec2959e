"""A local stand-in for GitHub Pages that also counts the bytes it sends.

GitHub Pages compresses HTML, CSS, JavaScript, JSON, SVG and (as reported) wasm
with gzip on the fly, and sends ``Cache-Control: max-age=600`` with an ``ETag``.
This server does the same, so cold and warm visits cost what they would there.
Every response's size (headers and body as sent) is recorded for the benchmark.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import mimetypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sitekit import BuiltSite, SiteServer, _PagesHandler, serve_site

#: What GitHub Pages gzips; everything else (zip archives, wheels) goes as it is.
COMPRESSED_SUFFIXES = frozenset({".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".xml"})
CACHE_CONTROL = "max-age=600"


@dataclass
class Traffic:
    """Bytes sent per request path, since the last ``reset``."""

    sent: list[tuple[str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def reset(self) -> None:
        with self.lock:
            self.sent.clear()

    def total(self) -> int:
        with self.lock:
            return sum(size for _, size in self.sent)

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.sent]


class _GzipPagesHandler(_PagesHandler):
    """Serves files like GitHub Pages: gzip for text and wasm, a 10-minute cache, ETags."""

    _gzipped: dict[tuple[str, float], bytes] = {}  # noqa: RUF012 - a cache shared by all requests
    _gzip_lock = threading.Lock()

    def __init__(self, *args: Any, traffic: Traffic, **kwargs: Any) -> None:
        self.traffic = traffic
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self._sitemap() is not None:
            super().do_GET()
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self._send_bare(301, location=self.path.split("?")[0] + "/")
                return
            path = path / "index.html"
        if not path.is_file():
            self._send_bare(404)
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {
            "Content-Type": self._content_type(path),
            "Cache-Control": CACHE_CONTROL,
            "ETag": etag,
            "Last-Modified": email.utils.formatdate(path.stat().st_mtime, usegmt=True),
            "Vary": "Accept-Encoding",
        }
        if self.headers.get("If-None-Match") == etag:
            self._send(304, headers, b"")
            return
        if path.suffix in COMPRESSED_SUFFIXES and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = self._gzip_file(path)
            headers["Content-Encoding"] = "gzip"
        self._send(200, headers, body)

    def _content_type(self, path: Path) -> str:
        known = self.extensions_map.get(path.suffix)
        guessed = known or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return guessed + ("; charset=utf-8" if guessed.startswith("text/") else "")

    @classmethod
    def _gzip_file(cls, path: Path) -> bytes:
        key = (str(path), path.stat().st_mtime)
        with cls._gzip_lock:
            if key not in cls._gzipped:
                cls._gzipped[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
            return cls._gzipped[key]

    def _send_bare(self, code: int, *, location: str = "") -> None:
        headers = {"Location": location} if location else {}
        self._send(code, headers, b"")

    def _send(self, code: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(code)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        buffered: list[bytes] = getattr(self, "_headers_buffer", [])
        header_bytes = sum(len(line) for line in buffered)
        self.end_headers()
        if body:
            self.wfile.write(body)
        self.traffic.record(self.path, header_bytes + len(body))


def precompress(root: Path) -> None:
    """Gzip every compressible file once up front, so no visit pays for compressing."""
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in COMPRESSED_SUFFIXES:
            _GzipPagesHandler._gzip_file(path)


@contextmanager
def serve_like_pages(site: BuiltSite, traffic: Traffic) -> Iterator[SiteServer]:
    """Serve ``site`` under ``/interview-followup/`` with Pages' compression and caching."""
    precompress(site.root)
    with serve_site(site, _GzipPagesHandler, traffic=traffic) as server:
        yield server
