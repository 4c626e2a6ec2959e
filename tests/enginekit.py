"""Firefox and WebKit, driven from Python through one small interface; shared by tests and bench.

Playwright's own Firefox and WebKit cannot be downloaded here, so each engine is Debian's:

- **Firefox ESR** through npm ``puppeteer-core`` over WebDriver BiDi (Debian ships no
  geckodriver): ``engines/firefox-driver.mjs`` runs under Node and answers one JSON line per
  command. A profile is a BiDi user context (its own cache and storage); a launch is ~7 s, a
  new profile a fraction of a second.
- **WebKitGTK** through PyPI ``selenium`` and Debian's ``WebKitWebDriver`` with the
  ``MiniBrowser`` in automation mode, on a private Xvfb display. A session is an ephemeral
  profile, so a new profile is a new session (~2 s).

Neither driver can run a script before a page's own, so ``add_probe`` writes
``engines/probe.js`` (errors, policy violations, the first ``ready``) into a copy of the site,
first thing in every page's head. Firefox also reports its console's errors, which include
violations the page never hears of (a prefetch, say).

``Chromium`` puts the tests' own Playwright Chromium behind the same interface, so a check
written once runs in all three engines. ``StoppableServer`` takes the site offline the way
a reader's network goes: nothing answers any more.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import urlsplit

from sitekit import (
    ROOT,
    SITE_PATH,
    BuiltSite,
    SiteServer,
    chromium_launch_options,
    dispose,
    serve_site,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, ViewportSize

ENGINES_DIR = Path(__file__).resolve().parent / "engines"
PROBE = ENGINES_DIR / "probe.js"
PROBE_NAME = "followup-probe.js"
FIREFOX_DRIVER = ENGINES_DIR / "firefox-driver.mjs"
#: Debian's Firefox ESR, else any Firefox on the PATH (GitHub's Ubuntu runners have one).
FIREFOX = os.environ.get("FOLLOWUP_FIREFOX") or (
    "/usr/bin/firefox-esr"
    if Path("/usr/bin/firefox-esr").exists()
    else shutil.which("firefox") or "/usr/bin/firefox-esr"
)
WEBKIT_DRIVER = os.environ.get("FOLLOWUP_WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver")
MINIBROWSER = os.environ.get(
    "FOLLOWUP_MINIBROWSER", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
)
EngineName = Literal["firefox", "webkit"]
#: The engines Debian provides beside Chromium (which Playwright drives everywhere else).
ENGINE_NAMES: tuple[EngineName, ...] = ("firefox", "webkit")
#: What a page's head starts with: the policy follows the charset (sitebuild/csp.py).
_CHARSET = '<meta charset="utf-8">'
_POLICY_START = '<meta http-equiv="Content-Security-Policy"'


class EngineMissing(RuntimeError):
    """The engine's browser or driver is not installed (scripts/setup installs them)."""


def add_probe(site: BuiltSite, copy: Path) -> BuiltSite:
    """A copy of ``site`` whose every page runs ``probe.js`` before anything else.

    It goes right after the page's policy (a same-origin script, which the policy allows),
    or after the charset where a page has none (the benchmark's stock page).
    """
    shutil.copytree(site.root, copy)
    shutil.copy2(PROBE, copy / PROBE_NAME)
    tag = f'<script src="{SITE_PATH}{PROBE_NAME}"></script>'
    for page in copy.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if _POLICY_START in html:
            end = html.index(">", html.index(_POLICY_START)) + 1
        elif _CHARSET in html:
            end = html.index(_CHARSET) + len(_CHARSET)
        else:
            continue
        page.write_text(html[:end] + tag + html[end:], encoding="utf-8")
    return BuiltSite(root=copy, site_url=site.site_url, log=site.log)


class StoppableServer:
    """The site on one local port, which can stop and start again: offline as a reader is.

    Stopped, nothing listens on the port and every connection is refused at once, as when
    the reader's network is gone; no request is intercepted, so the browser's own path
    (its service worker, its caches) answers or fails. Started again, it serves on the
    same port: the same origin, so the same storage in the browser.
    """

    def __init__(self, site: BuiltSite) -> None:
        self.site = site
        self._serving: AbstractContextManager[SiteServer] | None = None
        self.server = self._start(port=0)

    def _start(self, *, port: int) -> SiteServer:
        serving = serve_site(self.site, port=port)
        server = serving.__enter__()
        self._serving = serving
        return server

    def close(self) -> None:
        serving, self._serving = self._serving, None
        if serving is not None:
            serving.__exit__(None, None, None)

    @contextmanager
    def stopped(self) -> Iterator[None]:
        port = urlsplit(self.server.origin).port
        assert port
        self.close()
        try:
            yield
        finally:
            self.server = self._start(port=port)


@contextmanager
def serve_stoppable(site: BuiltSite) -> Iterator[StoppableServer]:
    """``sitekit.serve_site`` that a test can stop and start (for offline visits in any engine)."""
    server = StoppableServer(site)
    try:
        yield server
    finally:
        server.close()


class EnginePage(Protocol):
    """One tab, the same for both engines. ``fn`` is a JavaScript function's source."""

    def goto(self, url: str) -> None: ...
    def reload(self) -> None:
        """The browser's own reload, as its button does (not a new navigation)."""
        ...

    def evaluate(self, fn: str, arg: Any = None) -> Any: ...
    def type(self, selector: str, text: str) -> None: ...
    def click(self, selector: str) -> None: ...
    def engine_problems(self) -> list[str]:
        """What the engine itself reported since the last call (its console, where it shows one)."""
        ...


class Engine(Protocol):
    @property
    def name(self) -> str: ...

    def profile(self) -> AbstractContextManager[EnginePage]:
        """A tab in a fresh profile (no cache, no storage), closed afterwards."""
        ...

    def close(self) -> None: ...


def wait_for(page: EnginePage, fn: str, arg: Any = None, *, timeout_s: float = 60.0) -> Any:
    """Polls ``fn`` until it returns something truthy; ``TimeoutError`` with its last value."""
    deadline = time.monotonic() + timeout_s
    value = None
    while time.monotonic() < deadline:
        value = page.evaluate(fn, arg)
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"waited {timeout_s:.0f}s for {fn} (last value {value!r})")


def problems(page: EnginePage) -> list[str]:
    """Everything alarming on the page so far: the probe's record and the engine's console."""
    seen = page.evaluate("() => (window.__followupProblems || ['no probe']).splice(0)")
    return [*seen, *page.engine_problems()]


# The tools, as the tests in every engine see them -------------------------------------------

#: Seconds a first start may take: in WebKit on two busy cores, 10-25 s.
START_S = 120.0
TIMING = '[data-followup-tool="timing"]'
BUILDER = '[data-followup-tool="draft"]'
BODY = f'{BUILDER} [data-slot="panel"]:not([hidden]) [data-slot="body"]'
#: A tool answered: ready, and (the builder) no request in flight.
SETTLED = """(selector) => {
  const tool = document.querySelector(selector);
  return !!tool && tool.dataset.state === "ready" && !tool.hasAttribute("data-busy");
}"""
#: The page's own marks, the start-up's among them (``followup:snapshot-restored``).
MARKS = "() => performance.getEntriesByType('mark').map((mark) => mark.name)"
#: The tool's save line and the sentence it shows when nothing can be kept.
SAVE_STATUS = """(tool) => {
  const line = document.querySelector(tool).querySelector('[data-slot="save-status"]');
  return [line.textContent, line.dataset.unavailable];
}"""


def settle(page: EnginePage, tool: str) -> None:
    wait_for(page, SETTLED, tool, timeout_s=START_S)


def marks(page: EnginePage) -> list[str]:
    return list(page.evaluate(MARKS))


def wait_until_kept(page: EnginePage, text: str) -> None:
    """Until the tools' saved entries (``store.js``'s one record) hold ``text``."""
    wait_for(
        page,
        "(text) => !!localStorage.getItem('followup:entries')?.includes(text)",
        text,
        timeout_s=10,
    )


def type_company(page: EnginePage, company: str) -> None:
    """Types into the builder's company field and waits for the draft to show it."""
    page.evaluate("() => { document.querySelector('#fd-company').value = ''; }")
    page.type("#fd-company", company)
    wait_for(
        page,
        "([body, text]) => document.querySelector(body)?.textContent.includes(text)",
        [BODY, company],
        timeout_s=20,
    )


# Firefox ---------------------------------------------------------------------------------------


class _FirefoxDriver:
    """The Node process that drives Firefox; ``call`` sends a command and waits for its answer."""

    def __init__(self, prefs: dict[str, Any]) -> None:
        for need in (FIREFOX, shutil.which("node")):
            if not need or not Path(need).exists():
                raise EngineMissing(f"no Firefox ({FIREFOX}) or node: run scripts/setup")
        self.process = subprocess.Popen(
            ["node", str(FIREFOX_DRIVER)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "FOLLOWUP_FIREFOX": FIREFOX},
        )
        self.next_id = 0
        self.version = self.call("launch", prefs=prefs)

    def call(self, cmd: str, **arguments: Any) -> Any:
        assert self.process.stdin
        assert self.process.stdout
        self.next_id += 1
        self.process.stdin.write(json.dumps({"id": self.next_id, "cmd": cmd, **arguments}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the Firefox driver stopped (exit {self.process.poll()})")
        reply = json.loads(line)
        if not reply["ok"]:
            raise RuntimeError(f"Firefox {cmd}: {reply['error']}")
        return reply["value"]

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.call("quit")
            finally:
                assert self.process.stdin
                assert self.process.stdout
                self.process.stdin.close()
                self.process.stdout.close()
                try:
                    self.process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()


class _FirefoxPage:
    def __init__(self, driver: _FirefoxDriver, page: int) -> None:
        self.driver, self.page = driver, page

    def goto(self, url: str) -> None:
        self.driver.call("goto", page=self.page, url=url)

    def reload(self) -> None:
        self.driver.call("reload", page=self.page)

    def evaluate(self, fn: str, arg: Any = None) -> Any:
        return self.driver.call("evaluate", page=self.page, fn=fn, arg=arg)

    def type(self, selector: str, text: str) -> None:
        self.driver.call("type", page=self.page, selector=selector, text=text)

    def click(self, selector: str) -> None:
        self.driver.call("click", page=self.page, selector=selector)

    def engine_problems(self) -> list[str]:
        return list(self.driver.call("problems", page=self.page))


class Firefox:
    """Firefox ESR; ``prefs`` are Firefox preferences for the whole launch."""

    name: EngineName = "firefox"

    def __init__(self, prefs: dict[str, Any] | None = None) -> None:
        self.driver = _FirefoxDriver(prefs or {})

    @contextmanager
    def profile(self) -> Iterator[EnginePage]:
        context = self.driver.call("context")
        try:
            yield _FirefoxPage(self.driver, self.driver.call("page", context=context))
        finally:
            self.driver.call("closeContext", context=context)

    def close(self) -> None:
        self.driver.close()


# WebKit ----------------------------------------------------------------------------------------


class _Xvfb:
    """A private X display for the MiniBrowser (it has no headless mode)."""

    def __init__(self) -> None:
        if not shutil.which("Xvfb"):
            raise EngineMissing("no Xvfb: run scripts/setup (Debian's xvfb)")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            number += chunk
        os.close(read)
        self.display = ":" + number.decode().strip()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class _WebKitPage:
    def __init__(self, driver: Any) -> None:
        self.driver = driver

    def goto(self, url: str) -> None:
        self.driver.get(url)

    def reload(self) -> None:
        self.driver.refresh()

    def evaluate(self, fn: str, arg: Any = None) -> Any:
        script = (
            "const done = arguments[arguments.length - 1];"
            f"Promise.resolve().then(() => ({fn})(arguments[0]))"
            ".then((value) => done({ok: true, value: value === undefined ? null : value}),"
            " (error) => done({ok: false, error: String(error)}));"
        )
        reply = self.driver.execute_async_script(script, arg)
        if not reply["ok"]:
            raise RuntimeError(f"WebKit evaluate: {reply['error']}")
        return reply["value"]

    def type(self, selector: str, text: str) -> None:
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.CSS_SELECTOR, selector).send_keys(text)

    def click(self, selector: str) -> None:
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.CSS_SELECTOR, selector).click()

    def engine_problems(self) -> list[str]:
        return []  # WebKitWebDriver exposes no console: the probe is all there is


#: Seconds a WebKit session gets to close. On a busy machine ``quit`` sometimes never
#: returned (the MiniBrowser gone, WebKitWebDriver still waiting): its processes are then ended.
QUIT_S = 30.0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            found += [int(child), *_children(int(child))]
    return found


def _quit_within(driver: Any, seconds: float) -> None:
    """``driver.quit()``, or, if it hangs, the end of the driver's processes (ours only)."""
    closing = threading.Thread(target=driver.quit, name="webkit-quit", daemon=True)
    closing.start()
    closing.join(seconds)
    if not closing.is_alive():
        return
    process = driver.service.process
    for pid in [*_children(process.pid), process.pid]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    closing.join(10)


class WebKit:
    """WebKitGTK's MiniBrowser; every profile is a new ephemeral session."""

    name: EngineName = "webkit"

    def __init__(self) -> None:
        for need in (WEBKIT_DRIVER, MINIBROWSER):
            if not Path(need).exists():
                raise EngineMissing(f"no {need}: run scripts/setup (Debian's webkit2gtk-driver)")
        self.xvfb = _Xvfb()

    @contextmanager
    def profile(self, *arguments: str) -> Iterator[EnginePage]:
        """``arguments`` go to the MiniBrowser: its settings, such as
        ``--enable-html5-local-storage=false`` (``MiniBrowser --help-websettings``)."""
        from selenium import webdriver
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        options = Options()
        options.binary_location = MINIBROWSER
        for argument in ("--automation", *arguments):
            options.add_argument(argument)
        service = Service(WEBKIT_DRIVER, env={**os.environ, "DISPLAY": self.xvfb.display})
        with warnings.catch_warnings():
            # Selenium's own WebKitGTK class still passes an argument Selenium deprecated.
            warnings.filterwarnings("ignore", "setting remote_server_addr", DeprecationWarning)
            driver = webdriver.WebKitGTK(options=options, service=service)
        driver.set_script_timeout(180)
        driver.set_page_load_timeout(180)
        try:
            yield _WebKitPage(driver)
        finally:
            _quit_within(driver, QUIT_S)

    def close(self) -> None:
        self.xvfb.close()


# Chromium ----------------------------------------------------------------------------------------


VIEWPORT: ViewportSize = {"width": 1280, "height": 900}
#: Chromium's content setting "Don't allow sites to save data", as a profile's Preferences hold it.
_BLOCK_SITE_DATA = {"profile": {"default_content_setting_values": {"cookies": 2}}}


class ChromiumPage:
    """A Playwright page as an ``EnginePage``; ``log`` holds every console message so far."""

    def __init__(self, page: Page, seen: list[str], log: list[str]) -> None:
        self.page, self.seen, self.log = page, seen, log

    def goto(self, url: str) -> None:
        self.page.goto(url, timeout=180_000)

    def reload(self) -> None:
        self.page.reload(timeout=180_000)

    def evaluate(self, fn: str, arg: Any = None) -> Any:
        return self.page.evaluate(fn, arg)

    def type(self, selector: str, text: str) -> None:
        self.page.type(selector, text)

    def click(self, selector: str) -> None:
        self.page.click(selector)

    def engine_problems(self) -> list[str]:
        seen = list(self.seen)
        self.seen.clear()
        return seen


@contextmanager
def _chromium_tab(context: BrowserContext) -> Iterator[ChromiumPage]:
    """A page of ``context`` whose console (workers' included) and page errors are kept;
    the context is closed afterwards."""
    seen: list[str] = []
    log: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        log.append(f"{message.type}: {message.text}")
        if message.type == "error":
            seen.append(f"console: {message.text}")

    context.on("console", on_console)
    try:
        page = context.pages[0] if context.pages else context.new_page()
        page.on("pageerror", lambda error: seen.append(f"pageerror: {error}"))
        yield ChromiumPage(page, seen, log)
    finally:
        dispose(context)


class Chromium:
    """Chromium through Playwright, on a browser the caller owns (the tests' session one)."""

    name = "chromium"

    def __init__(self, browser: Browser) -> None:
        self.browser = browser

    @contextmanager
    def profile(self, *, quota: tuple[str, int] | None = None) -> Iterator[ChromiumPage]:
        """A new browser context; ``quota`` limits one origin's storage (origin, bytes)."""
        context = self.browser.new_context(viewport=VIEWPORT)
        with _chromium_tab(context) as tab:
            if quota:
                origin, size = quota
                session = context.new_cdp_session(tab.page)
                limit = {"origin": origin, "quotaSize": size}
                session.send("Storage.overrideQuotaForOrigin", limit)
            yield tab

    @contextmanager
    def blocking_site_data(self, folder: Path) -> Iterator[ChromiumPage]:
        """A profile in ``folder`` with Chromium's setting "Don't allow sites to save data"
        (its own browser: the setting lives in a profile's ``Preferences``)."""
        (folder / "Default").mkdir(parents=True)
        (folder / "Default" / "Preferences").write_text(json.dumps(_BLOCK_SITE_DATA))
        context = self.browser.browser_type.launch_persistent_context(
            folder, viewport=VIEWPORT, **chromium_launch_options()
        )
        with _chromium_tab(context) as tab:
            yield tab

    def close(self) -> None:
        """The browser is its owner's to close."""


def launch(name: EngineName, **options: Any) -> Engine:
    """Starts the named engine (``options`` go to Firefox: ``prefs``)."""
    return Firefox(**options) if name == "firefox" else WebKit()
