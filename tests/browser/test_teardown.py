"""Closing a context never leaves a route handler to fail a later test.

The flake this guards against: a handler still waiting in ``route.fetch()`` when
its test's context was closed raised ``TargetClosedError`` into the next test.
``sitekit.dispose`` removes the handlers (their errors ignored) before closing.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import pytest
from sitekit import dispose

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Route
    from sitekit import SiteServer

pytestmark = pytest.mark.browser


def test_a_handler_caught_mid_fetch_by_teardown_harms_nothing_after(
    browser: Browser, site_server: SiteServer
) -> None:
    # A server that accepts connections and never answers: the fetch stays in flight.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        started: list[str] = []

        def hold(route: Route) -> None:
            started.append(route.request.url)
            route.fetch(url=f"http://127.0.0.1:{port}/", timeout=60_000)
            route.fulfill(status=204)

        context = browser.new_context()
        context.route("**/held", hold)
        page = context.new_page()
        page.goto(site_server.url())
        page.evaluate("() => { fetch('held').catch(() => {}); }")
        while not started:
            page.wait_for_timeout(50)
        dispose(context)

        # The next test's work: it must not receive the abandoned handler's error.
        after = browser.new_context()
        try:
            page = after.new_page()
            page.goto(site_server.url("why/"))
            assert page.title()
        finally:
            dispose(after)
