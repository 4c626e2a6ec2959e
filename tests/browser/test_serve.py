"""``scripts/serve``'s ``mkdocs serve``: no console errors, and live reload works.

The server injects an inline live-reload script into every page, with numbers
that change per request, so in serve mode the pages carry a note instead of
their policy (``sitebuild.csp.SERVE_NOTE``); published builds stay strict
(``tests/site/test_csp.py``). The server runs on a copy of ``docs/``, so the
edit that must trigger a reload never touches the repository's pages.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sitekit import ROOT, dispose

from sitebuild.csp import SERVE_NOTE

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage

pytestmark = pytest.mark.browser

#: The first build ships the runtime and may probe the standard library (cached after).
START_S = 180


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_served(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"mkdocs serve exited:\n{log.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"mkdocs serve did not answer at {url} within {START_S} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """``mkdocs serve`` as scripts/serve runs it, over a copy of the pages; (URL, docs copy)."""
    project = tmp_path_factory.mktemp("serve")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "overrides").symlink_to(ROOT / "overrides")
    for package in ("followup_core", "sitebuild"):
        (project / package).symlink_to(ROOT / package)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": url}
    log = project / "serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_served(url, server, log)
            yield url, project / "docs"
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def test_served_pages_log_no_console_errors_and_reload_on_an_edit(
    browser: Browser, served: tuple[str, Path]
) -> None:
    url, docs = served
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: errors.append(str(error)))

        page.goto(url)
        assert SERVE_NOTE in page.content()
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 0
        page.goto(url + "timing/")
        page.wait_for_selector('[data-followup-tool="timing"][data-state="ready"]', timeout=60_000)
        page.goto(url + "why/")
        page.wait_for_load_state("load")
        assert errors == []

        page.evaluate("window.__beforeTheEdit = true")
        why = docs / "why.md"
        why.write_text(why.read_text(encoding="utf-8") + "\n\nEdited while served.\n", "utf-8")
        page.wait_for_function("window.__beforeTheEdit === undefined", timeout=60_000)
        page.get_by_text("Edited while served.").wait_for(timeout=10_000)
        assert errors == []
    finally:
        dispose(context)
