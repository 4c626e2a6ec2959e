"""Every page under its own policy, both tools in use: no violation, no request elsewhere.

What the watch covers:

- **Each page's document**, under the policy its ``<meta>`` delivers: an init
  script, which runs before any page script, hands every
  ``securitypolicyviolation`` event to the test as it happens.
- **The tools' Python worker and the theme's search worker.** A worker started
  from the site's own URL takes its policy from its own response headers, which
  a static host (GitHub Pages, this test's server) does not send: published,
  they run under no policy. Here both scripts are served with the visited
  page's policy as a header and a violation listener in front, so they are proven to
  run under the rules a header-sending host would give them; what they recorded
  is read from each worker before the page is left.
- **Every request** of the browser context, the workers' included
  (``context.on("request")`` sees them; the Pyodide wasm among them proves it).

Not watched for violations: the offline service worker, which Playwright does not
list among a page's workers; its requests are still recorded with the rest.

``-s`` shows a one-line summary: pages visited, requests checked, violations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import core_answer as core
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page, Route
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

START_MS = 60_000
TIMING = '[data-followup-tool="timing"]'
TIMING_READY = f'{TIMING}[data-state="ready"]'
DRAFT = '[data-followup-tool="draft"]'
DRAFT_SETTLED = f'{DRAFT}[data-state="ready"]:not([data-busy])'
WORKER_SCRIPTS = ("**/assets/followup/worker.mjs", "**/assets/javascripts/workers/search.*.js")
_POLICY_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')

#: Runs in every document before its own scripts; the binding outlives the page.
PAGE_RECORDER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__recordViolation(
    `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "?"}`
    + ` (${event.sourceFile || "?"}:${event.lineNumber}) ${event.sample || ""}`
  );
}, true);
"""
#: Put in front of a worker's script: the worker keeps what it saw until it is asked.
WORKER_RECORDER = """
self.__cspViolations = [];
self.addEventListener("securitypolicyviolation", (event) => {
  self.__cspViolations.push(
    `${self.location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "?"}`
    + ` (${event.sourceFile || "?"}:${event.lineNumber}) ${event.sample || ""}`
  );
});
"""


@dataclass
class Watch:
    """What one browser context did: its requests and its policy violations."""

    origin: str
    policy: str = ""  # the policy of the page being visited, served to its workers too
    requests: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    workers_read: int = 0

    def foreign(self) -> list[str]:
        """Requests that left the site's origin (data: and the site's own blob: are fine)."""
        own = (self.origin + "/", "data:", "blob:" + self.origin + "/")
        return [url for url in self.requests if not url.startswith(own)]

    def record(self, violation: str) -> None:
        self.violations.append(violation)

    def serve_worker(self, route: Route) -> None:
        response = route.fetch()
        headers = {
            key: value
            for key, value in response.headers.items()
            if key.lower() not in ("content-length", "content-security-policy")
        }
        headers["content-security-policy"] = self.policy
        route.fulfill(response=response, headers=headers, body=WORKER_RECORDER + response.text())

    def read_workers(self, page: Page) -> list[str]:
        """Violations the page's workers recorded (a worker without a recorder counts as one)."""
        seen: list[str] = []
        for worker in page.workers:
            seen += worker.evaluate(
                "self.__cspViolations || [`${self.location.pathname}: no recorder`]"
            )
            self.workers_read += 1
        return seen


@dataclass
class Report:
    """Totals over the whole run, for the summary line."""

    pages: list[str] = field(default_factory=list)
    requests: int = 0
    workers: int = 0
    violations: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"privacy and policy: {len(self.pages)} pages visited, {self.requests} requests "
            f"checked ({len(self.foreign)} to another origin), {self.workers} workers watched, "
            f"{len(self.violations)} policy violations"
        )


def policy_of(site_server: SiteServer, path: str) -> str:
    """The policy the built page at ``path`` delivers in its ``<meta>``."""
    path = path.split("#")[0]
    file = site_server.site.root / (path if path.endswith(".html") else path + "index.html")
    found = _POLICY_META.search(file.read_text(encoding="utf-8"))
    assert found, f"{path or 'home'} has no policy"
    return found.group(1)


@contextmanager
def watched(browser: Browser, site_server: SiteServer) -> Iterator[tuple[BrowserContext, Watch]]:
    """A fresh context whose requests and violations, workers' included, are recorded."""
    watch = Watch(origin=site_server.origin)
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        context.expose_function("__recordViolation", watch.record)
        context.add_init_script(PAGE_RECORDER)
        context.on("request", lambda request: watch.requests.append(request.url))
        for pattern in WORKER_SCRIPTS:
            context.route(pattern, watch.serve_worker)
        yield context, watch
    finally:
        dispose(context)


def search(page: Page, query: str, *, then: str = "Escape") -> None:
    """Open the theme's search, type, wait for its results, then close it or press Enter."""
    page.evaluate("document.activeElement?.blur()")  # "/" opens the search only from the page
    page.keyboard.press("/")
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.keyboard.press(then)


def expect_text(locator: Locator, text: str) -> None:
    from playwright.sync_api import expect

    expect(locator).to_have_text(text, timeout=15_000)


def use_the_calculator(page: Page) -> None:
    """Type a case, change it, add a day off, and take the plan as .ics and as text."""
    page.wait_for_selector(TIMING_READY, timeout=START_MS)
    tool = page.locator(TIMING)
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    tool.get_by_label("Your time zone").fill("Europe/London")
    tool.get_by_label("The interviewer’s time zone").fill("America/New_York")
    tool.get_by_label("They’ll decide by a date").check()
    check_in = tool.locator('[data-kind="check_in"] [data-slot="when"]')
    for decision in ("2026-12-04", "2026-12-09"):
        tool.get_by_label("Decision date").fill(decision)
        plan = core("plan", calculator_args(decision))
        expect_text(check_in, plan["display"]["steps"][1]["when"]["yours"])
    tool.get_by_text("The interviewer’s working week and days off").click()
    tool.get_by_role("button", name="Add a day off").click()
    tool.get_by_label("Day off").last.fill("2026-12-10")
    with page.expect_download():
        tool.get_by_role("button", name="Download for your calendar (.ics)").click()
    tool.get_by_role("button", name="Copy the plan as text").click()


def calculator_args(decision: str) -> dict[str, Any]:
    return {
        "interview_end": "2026-12-01T15:00",
        "candidate_tz": "Europe/London",
        "interviewer_tz": "America/New_York",
        "timeline": {"by": decision},
        "now": "2026-12-01T16:00:00.000Z",  # the step times shown do not depend on it
    }


def use_the_builder(page: Page) -> None:
    """Fill a draft, switch stage and channel, then check a pasted draft."""
    page.wait_for_selector(DRAFT_SETTLED, timeout=START_MS)
    tool = page.locator(DRAFT)
    body = tool.locator('[data-slot="body"]').first
    page.fill("#fd-person-1-name", "Daniel Okafor")
    page.fill("#fd-company", "Harbor Logistics")
    page.fill("#fd-candidate_name", "Priya Raman")
    page.wait_for_selector(DRAFT_SETTLED)
    assert "Harbor Logistics" in body.inner_text()
    before = body.inner_text()
    page.select_option("#fd-stage", "linkedin_note")
    page.select_option("#fd-channel", "linkedin_connection")
    page.wait_for_selector(DRAFT_SETTLED)
    assert body.inner_text() != before
    tool.get_by_label("Check a draft I wrote").check()
    tool.get_by_label("Paste your draft here").fill(
        "Hey, any update?! I really need this job ASAP."
    )
    page.wait_for_selector(f"{DRAFT_SETTLED} [data-slot='body'] mark")


def use_the_agenda(page: Page) -> None:
    """Add an interview, mark its thank-you sent, and download the calendar."""
    page.wait_for_selector(f'{AGENDA}[data-state="ready"]', timeout=START_MS)
    tool = page.locator(AGENDA)
    tool.get_by_label("Company").fill("Harbor Logistics")
    tool.get_by_label("Date of the interview").fill("2026-12-01")
    tool.get_by_label("Time it ended").fill("15:00")
    tool.get_by_label("Your time zone").fill("Europe/London")
    tool.get_by_role("button", name="Add to my follow-ups").click()
    item = tool.locator('li[data-stage="thank_you"]').first
    item.get_by_role("button", name="Mark as sent").click()
    item.get_by_role("button", name="Save").click()
    with page.expect_download():
        tool.get_by_role("button", name="Download every step for your calendar (.ics)").click()


#: The pages with a tool, as visited (the builder by its anchor).
TOOL_PATHS = ("timing/", "crafting/#builder", "follow-ups/")
AGENDA = '[data-followup-tool="agenda"]'


def visit(page: Page, watch: Watch, site_server: SiteServer, path: str) -> None:
    """Open one page, search it, use its tool if it has one, and collect its workers' findings.

    Every page runs the search worker; a tool page runs the Python worker as well.
    """
    watch.policy = policy_of(site_server, path)
    page.goto(site_server.url(path), wait_until="networkidle")
    search(page, "thank")
    if path == "timing/":
        use_the_calculator(page)
    elif path.startswith("crafting/"):
        use_the_builder(page)
    elif path == "follow-ups/":
        use_the_agenda(page)
    page.wait_for_load_state("networkidle")
    watch.violations += watch.read_workers(page)
    expected_workers = 2 if path in TOOL_PATHS else 1
    assert watch.workers_read == expected_workers, f"{path or 'home'}: workers went unwatched"


def runtime_requested(watch: Watch) -> bool:
    wasm = re.compile(
        re.escape(watch.origin) + r"/interview-followup/assets/followup/pyodide-[^/]+/"
        r"pyodide\.asm\.wasm$"
    )
    return any(wasm.match(url) for url in watch.requests)


def test_every_page_and_both_tools_keep_to_the_policy_and_the_site(
    browser: Browser, site_server: SiteServer, record_property: Any
) -> None:
    paths = [site_server.site.url_path(page) for page in site_server.site.pages()]
    paths = ["crafting/#builder" if path == "crafting/" else path for path in paths]
    report = Report()
    for path in [*paths, "404.html"]:
        with watched(browser, site_server) as (context, watch):
            page = context.new_page()
            visit(page, watch, site_server, path)
            if path in TOOL_PATHS:
                assert runtime_requested(watch), f"{path}: the worker's wasm request was not seen"
            report.pages.append(path)
            report.requests += len(watch.requests)
            report.workers += watch.workers_read
            report.violations += watch.violations
            report.foreign += watch.foreign()
    print("\n" + report.summary())
    record_property("pages_visited", len(report.pages))
    record_property("requests_checked", report.requests)
    record_property("workers_watched", report.workers)
    record_property("policy_violations", len(report.violations))
    assert {*TOOL_PATHS, "", "404.html"} <= set(report.pages)
    assert report.violations == []
    assert report.foreign == []


def test_instant_navigation_to_a_tool_keeps_to_every_policy_met(
    browser: Browser, site_server: SiteServer
) -> None:
    """Instant navigation adds each new page's policy to the ones already in force."""
    with watched(browser, site_server) as (context, watch):
        page = context.new_page()
        watch.policy = policy_of(site_server, "")
        page.goto(site_server.url(""), wait_until="networkidle")
        page.evaluate("window.__sameDocument = true")
        page.locator(".md-nav__link", has_text="Timing your follow-up").first.click()
        page.wait_for_selector(TIMING_READY, timeout=START_MS)
        page.locator(TIMING).get_by_label("Time it ended").fill("11:30")
        # Enter opens the best result; the search form is never submitted (form-action 'none').
        search(page, "linkedin", then="Enter")
        page.wait_for_url("**/channels/**")
        assert page.evaluate("window.__sameDocument") is True
        metas = page.locator('meta[http-equiv="Content-Security-Policy"]')
        assert metas.evaluate_all("all => all.map(m => m.content)") == [
            policy_of(site_server, "channels/")
        ]
        page.wait_for_load_state("networkidle")
        watch.violations += watch.read_workers(page)
        assert runtime_requested(watch)
        assert watch.violations == []
        assert watch.foreign() == []


def test_the_watch_sees_what_it_must_report(browser: Browser, site_server: SiteServer) -> None:
    """A blocked fetch from the page and from the worker is caught, so silence means clean."""
    with watched(browser, site_server) as (context, watch):
        page = context.new_page()
        watch.policy = policy_of(site_server, "timing/")
        page.goto(site_server.url("timing/"))
        page.wait_for_selector(TIMING_READY, timeout=START_MS)
        elsewhere = "http://192.0.2.1/never"  # TEST-NET-1: blocked before it is sent
        page.evaluate("url => fetch(url).catch(() => null)", elsewhere)
        python = next(w for w in page.workers if w.url.endswith("/worker.mjs"))
        python.evaluate("url => fetch(url).catch(() => null)", elsewhere)
        blocked = f"connect-src blocked {elsewhere}"

        def reported(where: Callable[[], list[str]]) -> bool:
            """Violation events are queued tasks: give them a moment to arrive."""
            for _ in range(50):
                if any(blocked in seen for seen in where()):
                    return True
                page.wait_for_timeout(100)
            return False

        assert reported(lambda: list(python.evaluate("self.__cspViolations"))), "worker"
        assert reported(lambda: watch.violations), "page"
        assert runtime_requested(watch)
