"""An ``internal`` error's detail reaches the console, never the page.

The bridge adds the exception and its traceback to an ``internal`` error's
``detail`` (``tests/core/test_bridge.py``). The worker logs it and passes the
reply on without it. No real request makes the core fail, so the worker is
served with a few lines in front that, for one marked request, make its bridge
answer as a failing core would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Route
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

TRACEBACK = 'Traceback (most recent call last):\n  File "x.py", line 1\nRuntimeError: boom'
FAILING_REPLY = json.dumps(
    {
        "v": 1,
        "ok": False,
        "error": {
            "code": "internal",
            "field": "",
            "message": "Something went wrong.",
            "detail": TRACEBACK,
        },
    }
)
#: Runs before the worker's own code; by the time a message arrives, ``bridge`` exists.
FAIL_ON_MARK = f"""
self.addEventListener("message", (event) => {{
  if (String(event.data.request).includes("__fail_here__")) {{
    bridge = () => {json.dumps(FAILING_REPLY)};
  }}
}});
"""


def prepend_failure(route: Route) -> None:
    response = route.fetch()
    route.fulfill(response=response, body=FAIL_ON_MARK + response.text())


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    try:
        yield context
    finally:
        dispose(context)


def test_the_detail_is_logged_and_never_reaches_the_page(
    context: BrowserContext, site_server: SiteServer
) -> None:
    page = context.new_page()
    page.route("**/assets/followup/worker.mjs", prepend_failure)
    page.goto(site_server.url("timing/"))
    page.wait_for_selector('[data-followup-tool="timing"][data-state="ready"]', timeout=60_000)

    def the_traceback(message: ConsoleMessage) -> bool:
        return message.type == "error" and TRACEBACK in message.text

    with page.expect_console_message(the_traceback, timeout=10_000):
        reply: dict[str, Any] = page.evaluate(
            """async (engineURL) => {
                const { getEngine } = await import(engineURL);
                return getEngine().call("plan", { note: "__fail_here__" });
            }""",
            site_server.url("assets/followup/engine.js"),
        )
    assert reply["ok"] is False
    assert reply["error"] == {"code": "internal", "field": "", "message": "Something went wrong."}
