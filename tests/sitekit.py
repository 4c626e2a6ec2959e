"""Build, serve and browse the guide the way readers meet it; shared by tests and scripts.

The site is built with ``mkdocs build --strict`` and served under
``/interview-followup/``, the path GitHub Pages gives a project site, so
relative links and the base URL are exercised as they will be published.
Headless Chromium is Debian's unless ``FOLLOWUP_CHROMIUM`` says otherwise.
"""

from __future__ import annotations

import gzip
import os
import socketserver
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

ROOT = Path(__file__).resolve().parent.parent
#: The address the test build pretends to be published at (a GitHub Pages project site).
SITE_URL = "https://example.github.io/interview-followup/"
SITE_PATH = urlsplit(SITE_URL).path

#: Chromium flags that keep a headless run quiet, offline-friendly and container-safe.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class BuiltSite:
    """A finished strict build: where it is and what MkDocs printed."""

    root: Path
    site_url: str
    log: str

    def pages(self) -> list[Path]:
        """Every built page (``404.html`` is the theme's, not a guide page)."""
        return sorted(p for p in self.root.rglob("*.html") if p.name != "404.html")

    def url_path(self, page: Path) -> str:
        """The site-relative URL of a built page: ``""`` for home, ``"timing/"`` and so on."""
        rel = page.relative_to(self.root).as_posix()
        return rel.removesuffix("index.html")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteServer:
    """The built site served locally under the same path it has on GitHub Pages."""

    base_url: str  # e.g. http://127.0.0.1:40123/interview-followup/
    origin: str  # e.g. http://127.0.0.1:40123
    site: BuiltSite

    def url(self, path: str = "") -> str:
        return self.base_url + path


class BuildFailed(RuntimeError):
    """``mkdocs build --strict`` failed or warned; the message holds its log."""


def build_site(site_dir: Path, *, site_url: str = SITE_URL) -> BuiltSite:
    """Run the strict build the way ``scripts/build`` does; any warning is a failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise BuildFailed(f"mkdocs build --strict failed:\n{log}")
    warnings = [line for line in log.splitlines() if "WARNING" in line]
    if warnings:
        raise BuildFailed("the build printed warnings:\n" + "\n".join(warnings))
    return BuiltSite(root=site_dir, site_url=site_url, log=log)


class _PagesHandler(SimpleHTTPRequestHandler):
    """Serve ``directory`` under ``SITE_PATH`` only, like a GitHub Pages project site.

    ``sitemap.xml`` is rewritten to this server's address: Material's instant
    navigation only takes over links listed there and keeps the sitemap's
    port, so an unrewritten sitemap would silently turn it off.
    """

    extensions_map = {  # noqa: RUF012 - the base class declares it as a plain dict
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def __init__(self, *args: Any, site_url: str, **kwargs: Any) -> None:
        self.site_url = site_url
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        clean = urlsplit(path).path
        if not clean.startswith(SITE_PATH):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + clean[len(SITE_PATH) :])

    def _sitemap(self) -> bytes | None:
        clean = urlsplit(self.path).path
        if clean not in (SITE_PATH + "sitemap.xml", SITE_PATH + "sitemap.xml.gz"):
            return None
        local = _origin(self.server) + SITE_PATH
        text = (Path(self.directory) / "sitemap.xml").read_text(encoding="utf-8")
        data = text.replace(self.site_url, local).encode("utf-8")
        return gzip.compress(data, mtime=0) if clean.endswith(".gz") else data

    def _send_sitemap(self, data: bytes, *, body: bool) -> None:
        gz = self.path.endswith(".gz")
        self.send_response(200)
        self.send_header("Content-Type", "application/gzip" if gz else "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def do_GET(self) -> None:
        data = self._sitemap()
        if data is None:
            super().do_GET()
        else:
            self._send_sitemap(data, body=True)

    def do_HEAD(self) -> None:
        data = self._sitemap()
        if data is None:
            super().do_HEAD()
        else:
            self._send_sitemap(data, body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


def _origin(server: socketserver.BaseServer) -> str:
    host, port = cast(tuple[str, int], server.server_address)[:2]
    return f"http://{host}:{port}"


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser closing a connection early is not a test failure."""


def chromium_launch_options() -> dict[str, Any]:
    """Which Chromium to drive: ``FOLLOWUP_CHROMIUM`` (a path, or ``playwright``)."""
    choice = os.environ.get("FOLLOWUP_CHROMIUM", "/usr/bin/chromium")
    options: dict[str, Any] = {"headless": True, "args": CHROMIUM_ARGS}
    if choice != "playwright":
        if not Path(choice).exists():
            raise FileNotFoundError(
                f"no Chromium at {choice}: run scripts/setup, or set FOLLOWUP_CHROMIUM to a "
                "Chromium binary (or to 'playwright' for Playwright's own browser)"
            )
        options["executable_path"] = choice
    return options


@contextmanager
def serve_site(
    site: BuiltSite,
    handler_class: type[_PagesHandler] = _PagesHandler,
    *,
    port: int = 0,
    **handler_options: Any,
) -> Iterator[SiteServer]:
    """Serve ``site`` at ``http://127.0.0.1:PORT/interview-followup/`` (a random free port).

    ``handler_class`` and ``handler_options`` let the benchmark serve with compression;
    ``port`` serves again where an earlier server stopped (the same origin, so the same
    storage in the browser).
    """
    handler = partial(
        handler_class, directory=str(site.root), site_url=site.site_url, **handler_options
    )
    server = _QuietServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    origin = _origin(server)
    try:
        yield SiteServer(base_url=origin + SITE_PATH, origin=origin, site=site)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def marks(page: Page) -> list[str]:
    """The names of the performance marks the page and its worker have set so far."""
    return list(page.evaluate("performance.getEntriesByType('mark').map((m) => m.name)"))


def close_page(page: Page) -> None:
    """Close a page after removing its route handlers (see ``dispose``)."""
    if not page.is_closed():
        page.unroute_all(behavior="ignoreErrors")
        page.close()


def dispose(context: BrowserContext) -> None:
    """Close a browser context so that nothing of it outlives its test.

    Route handlers go first, with their errors ignored: a handler still waiting on
    ``route.fetch()`` (a service worker's late request, say) would otherwise raise
    ``TargetClosedError`` into whichever test the driver serves next. Closing the
    context then ends its pages and service workers.
    """
    for page in context.pages:
        close_page(page)
    context.unroute_all(behavior="ignoreErrors")
    context.close()


#: Waits until the service worker controls the page and has cached the runtime.
OFFLINE_COPY_READY = """async () => {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) return false;
  const names = await caches.keys();
  const offline = names.find((name) => name.startsWith("followup-offline-"));
  if (!offline) return false;
  const cache = await caches.open(offline);
  const keys = (await cache.keys()).map((request) => request.url);
  return keys.some((url) => url.endsWith("pyodide.asm.wasm"))
    && keys.some((url) => url.split("#")[0] === location.href.split("#")[0])
    && !!registration.active;
}"""

#: True in a page once its worker has kept the memory snapshot and its manifest (Cache Storage).
SNAPSHOT_SAVED = """async () => {
  const names = await caches.keys();
  const name = names.find((n) => n.startsWith("followup-python-"));
  if (!name) return false;
  const keys = await (await caches.open(name)).keys();
  return keys.some((request) => request.url.endsWith(".bin"))
    && keys.some((request) => request.url.endsWith("snapshot-manifest.json"));
}"""


@contextmanager
def fresh_page(browser: Browser, **options: Any) -> Iterator[Page]:
    """A page in a new context with ``options`` (viewport, phone), disposed of afterwards."""
    context = browser.new_context(**options)
    try:
        yield context.new_page()
    finally:
        dispose(context)


def core_answer(op: str, args: Any) -> dict[str, Any]:
    """The CPython core's result for one bridge request, as a tool page's would be."""
    import json

    from followup_core.bridge import handle

    reply = json.loads(handle(json.dumps({"v": 1, "op": op, "args": args})))
    assert reply["ok"], reply
    return cast(dict[str, Any], reply["result"])
