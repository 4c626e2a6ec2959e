"""A guide page fetches the tools' runtime only when a reader heads for a tool.

Pointing at, focusing or touching a link to a page with a tool starts the
runtime's downloads into the HTTP cache at low priority; without such a sign a
guide page requests none of it, and with Save-Data on it requests none either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

CALCULATOR_LINK = 'article a[href$="timing/#calculator"]'
GUIDE_LINK = 'article a[href$="replies/#silence"]'
#: Files only the tools' Python needs (the runtime, its manifest, the wheels).
RUNTIME = (".wasm", ".whl", ".zip", "pyodide.mjs", "pyodide.asm.mjs", "runtime.json")
SAVE_DATA = "Object.defineProperty(navigator, 'connection', {value: {saveData: true}});"


def runtime_requests(page: Page) -> list[str]:
    """Collects, from now on, every request for a runtime file (the page's and its workers')."""
    seen: list[str] = []

    def record(request: Request) -> None:
        path = request.url.split("?")[0]
        if "/assets/followup/" in path and path.endswith(RUNTIME):
            seen.append(path.rsplit("/", 1)[-1])

    page.on("request", record)
    return seen


def open_home(page: Page, site_server: SiteServer) -> list[str]:
    seen = runtime_requests(page)
    page.goto(site_server.url(""))
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    return seen


def test_no_runtime_without_intent_and_the_runtime_after_pointing_at_a_tool_link(
    page: Page, site_server: SiteServer
) -> None:
    seen = open_home(page, site_server)
    page.hover(GUIDE_LINK)
    page.focus(GUIDE_LINK)
    page.wait_for_timeout(500)
    assert seen == [], "a guide page fetched the runtime with no reader heading for a tool"

    with page.expect_response(lambda response: response.url.endswith(".wasm")) as wasm:
        page.hover(CALCULATOR_LINK)
    assert wasm.value.ok
    page.wait_for_function(
        """() => performance.getEntriesByType("resource")
             .filter((entry) => entry.name.endsWith(".whl")).length === 2"""
    )
    assert {name.rsplit(".", 1)[-1] for name in seen} >= {"json", "wasm", "mjs", "zip", "whl"}
    assert seen.count("pyodide.asm.wasm") == 1


def test_focusing_a_tool_link_starts_the_runtime_too(page: Page, site_server: SiteServer) -> None:
    seen = open_home(page, site_server)
    with page.expect_response(lambda response: response.url.endswith(".wasm")):
        page.focus(CALCULATOR_LINK)
    assert "runtime.json" in seen


def test_save_data_turns_the_head_start_off(page: Page, site_server: SiteServer) -> None:
    page.add_init_script(SAVE_DATA)
    seen = open_home(page, site_server)
    page.hover(CALCULATOR_LINK)
    page.focus(CALCULATOR_LINK)
    page.wait_for_timeout(1000)
    assert seen == []


def test_a_missing_prefetch_module_is_logged_not_left_unhandled(
    page: Page, site_server: SiteServer
) -> None:
    """The head start is a bonus: if its module fails to load, the page says so and goes on."""
    errors: list[str] = []
    messages: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: messages.append(message.text))
    page.route("**/assets/followup/prefetch.js", lambda route: route.abort())
    open_home(page, site_server)
    page.hover(CALCULATOR_LINK)
    page.wait_for_timeout(1000)
    assert not errors, errors
    assert any("could not be fetched ahead" in text for text in messages), messages
