"""Shared fixtures: the strictly built guide, a local Pages-like server, headless Chromium.

The building and serving live in ``sitekit.py`` (the screenshot script uses
them too); here they become session fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from enginekit import StoppableServer, add_probe, serve_stoppable
from sitekit import (
    BuiltSite,
    SiteServer,
    build_site,
    chromium_launch_options,
    close_page,
    dispose,
    serve_site,
)

from followup_core.zones import use_bundled_tzdata

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

# Compute with the time-zone database the browser has, as the command line and the build do.
use_bundled_tzdata()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The guide, built once per session with ``mkdocs build --strict``."""
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_server(built_site: BuiltSite) -> Iterator[SiteServer]:
    """The built site at ``http://127.0.0.1:PORT/interview-followup/`` (random port)."""
    with serve_site(built_site) as server:
        yield server


@pytest.fixture(scope="session")
def engine_site(
    built_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StoppableServer]:
    """The same build with the probe first in every page (``tests/engines``), stoppable."""
    probed = add_probe(built_site, tmp_path_factory.mktemp("engines") / "site")
    with serve_stoppable(probed) as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**chromium_launch_options())
        try:
            yield chromium
        finally:
            for context in chromium.contexts:
                dispose(context)
            chromium.close()


@pytest.fixture(autouse=True)
def _no_page_outlives_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Close, routes first, any page a browser test opened and left open.

    Tests close their contexts through ``sitekit.dispose``; this catches a page left in a
    context that lives longer than the test (a module's shared profile).
    """
    if "browser" not in request.fixturenames:
        yield
        return
    browser: Browser = request.getfixturevalue("browser")
    before = {id(page) for context in browser.contexts for page in context.pages}
    yield
    for context in browser.contexts:
        for page in context.pages:
            if id(page) not in before:
                close_page(page)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh browser context (no shared cache, storage or palette choice)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        dispose(context)
