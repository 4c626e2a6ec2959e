"""Both tools in Firefox ESR and WebKitGTK, and the checks every engine needs in Chromium too.

The essentials in each engine (``enginekit``), one browser per engine for the session: both
tools start and answer, typing updates the draft and keeps it, the plan's "Write this" link
opens the builder, a return visit starts from the kept snapshot, hostile text in every field
runs nothing. Each engine makes one first (cold) visit per session, in ``visited``'s
profile; the tests after it are return visits in that profile. WebKit's profile is an
ephemeral session, kept only for the session like a private window.

Chromium (the session's Playwright browser) joins the tests marked ``IN_EVERY_ENGINE``: the
first visit, offline as a reader goes offline, and no error or policy violation on any page
of the guide. The other essentials are tested in Chromium, in more depth, by
``tests/browser`` (``test_draft_tool.py``, ``test_plan_to_draft.py``, ``test_offline.py``,
``test_hostile_input.py``), so they are not repeated here. Private windows and storage
limits are ``test_storage.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from enginekit import (
    BODY,
    BUILDER,
    ENGINE_NAMES,
    START_S,
    TIMING,
    Chromium,
    Engine,
    EngineMissing,
    EnginePage,
    launch,
    marks,
    problems,
    settle,
    type_company,
    wait_for,
    wait_until_kept,
)
from sitekit import OFFLINE_COPY_READY, SNAPSHOT_SAVED

if TYPE_CHECKING:
    from enginekit import StoppableServer

pytestmark = pytest.mark.engines

#: The tests that run in Chromium as well (the two Debian engines keep their param indices,
#: so pytest still groups every test by engine and starts each browser once).
IN_EVERY_ENGINE = pytest.mark.parametrize("engine", [*ENGINE_NAMES, "chromium"], indirect=True)
STEPS = f'{TIMING} [data-slot="steps"] > li'
#: Animations that never end (each repaints the page on every frame while Python starts).
ENDLESS_ANIMATIONS = """() => document.getAnimations()
  .filter((animation) => animation.effect?.getComputedTiming().iterations === Infinity)
  .map((animation) => animation.animationName || String(animation))"""
#: Script and markup that would run if any of it reached the page as HTML.
HOSTILE = (
    '<img src=x onerror="window.__pwned=1">',
    "</textarea><script>window.__pwned=1</script>",
    "javascript:window.__pwned=1",
    '"><svg onload=window.__pwned=1>',
)
#: Every text field of a tool gets a payload (in turn), as if typed; returns how many.
FILL_EVERY_FIELD = """([selector, payloads]) => {
  const fields = document.querySelector(selector)
    .querySelectorAll('input[type="text"], input:not([type]), textarea');
  fields.forEach((field, index) => {
    field.value = payloads[index % payloads.length];
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  });
  return fields.length;
}"""
INJECTED = """(selector) => document.querySelector(selector)
  .querySelectorAll("img, svg, script, iframe, object, embed, [onerror], [onload]").length"""


@pytest.fixture(scope="session", params=ENGINE_NAMES)
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """One browser per engine (pytest groups the tests by it); Chromium is the session's."""
    if request.param == "chromium":
        yield Chromium(request.getfixturevalue("browser"))
        return
    try:
        started = launch(request.param)
    except EngineMissing as missing:
        pytest.fail(str(missing))
    try:
        yield started
    finally:
        started.close()


@pytest.fixture(scope="module")
def visited(engine: Engine, engine_site: StoppableServer) -> Iterator[tuple[EnginePage, list[str]]]:
    """A profile after one first visit to the calculator, with what ran while it loaded.

    The visit lasts until the snapshot and the offline copy are kept, where the engine
    keeps them (every engine does here).
    """
    with engine.profile() as page:
        page.goto(engine_site.server.url("timing/"))
        # Until the tool has mounted (its markup arrives as "static", the page without script).
        wait_for(
            page,
            "(tool) => document.querySelector(tool).dataset.state !== 'static'",
            TIMING,
            timeout_s=START_S,
        )
        while_loading = page.evaluate(
            f"""() => [document.querySelector({json.dumps(TIMING)}).dataset.state,
                       ...({ENDLESS_ANIMATIONS})()]"""
        )
        settle(page, TIMING)
        wait_for(page, SNAPSHOT_SAVED, timeout_s=30)
        wait_for(page, OFFLINE_COPY_READY, timeout_s=30)
        yield page, list(while_loading)


@IN_EVERY_ENGINE
def test_a_first_visit_answers_with_nothing_moving_while_python_starts(
    visited: tuple[EnginePage, list[str]],
) -> None:
    page, while_loading = visited
    state, *endless = while_loading
    assert state == "loading"  # the check below ran while Python was starting
    assert endless == []
    assert "followup:snapshot-site" in marks(page)  # the build's snapshot restores here too
    assert page.evaluate(f"() => document.querySelectorAll({json.dumps(STEPS)}).length") >= 3
    assert problems(page) == []


@IN_EVERY_ENGINE
def test_the_tools_work_offline_after_a_first_visit(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """As a reader goes offline: the server stops (connections refused), the reader reloads.

    Nothing intercepts a request (in Firefox, interception over WebDriver BiDi bypasses the
    service worker): the reload goes through the browser's own path, so the page comes from
    the service worker's copy and Python from the kept snapshot. Firefox failed here while
    the worker turned on navigation preload (its failed preload failed the navigation).
    """
    page, _ = visited
    page.goto(engine_site.server.url("timing/"))
    settle(page, TIMING)
    page.evaluate("() => { window.__followupLeft = true; }")
    with engine_site.stopped():
        page.reload()
        assert page.evaluate("() => window.__followupLeft === undefined")  # a new page
        settle(page, TIMING)
        assert "followup:snapshot-restored" in marks(page)
        assert page.evaluate(f"() => document.querySelectorAll({json.dumps(STEPS)}).length") >= 3
        assert problems(page) == []


def test_the_builder_answers_and_typing_updates_the_draft(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """What was typed is kept in the profile's storage (for its session, in WebKit's).

    Firefox and WebKit: Chromium's, reload included, are ``tests/browser/test_draft_tool.py``.
    """
    page, _ = visited
    page.goto(engine_site.server.url("crafting/"))
    settle(page, BUILDER)
    type_company(page, "Harbor Logistics")
    wait_until_kept(page, "Harbor Logistics")
    assert problems(page) == []


def test_write_this_opens_the_builder_on_that_stage(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """Firefox and WebKit: Chromium's is ``tests/browser/test_plan_to_draft.py``."""
    page, _ = visited
    page.goto(engine_site.server.url("timing/"))
    settle(page, TIMING)
    link = f'{TIMING} li[data-kind="check_in"] [data-action="write"]'
    page.click(link)
    wait_for(page, "() => location.pathname.endsWith('/crafting/')", timeout_s=20)
    settle(page, BUILDER)
    assert page.evaluate("() => document.querySelector('#fd-stage').value") == "check_in"
    assert page.evaluate(f"() => document.querySelector({json.dumps(BODY)}).textContent")
    assert problems(page) == []


def test_a_return_visit_starts_from_the_kept_snapshot(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """Firefox and WebKit: Chromium's is ``tests/browser/test_offline.py``."""
    page, _ = visited
    page.goto(engine_site.server.url("timing/"))
    settle(page, TIMING)
    assert "followup:snapshot-restored" in marks(page)
    assert problems(page) == []


def test_hostile_text_in_every_field_runs_nothing(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """Firefox and WebKit: Chromium's, with more payloads, is
    ``tests/browser/test_hostile_input.py``."""
    page, _ = visited
    for path, tool in (("timing/", TIMING), ("crafting/", BUILDER)):
        page.goto(engine_site.server.url(path))
        settle(page, tool)
        before = page.evaluate(INJECTED, tool)
        for turn in range(len(HOSTILE)):
            payloads = HOSTILE[turn:] + HOSTILE[:turn]  # each field gets each payload once
            assert page.evaluate(FILL_EVERY_FIELD, [tool, list(payloads)]) >= 1
            settle(page, tool)
        assert page.evaluate("() => window.__pwned === undefined"), path
        assert page.evaluate(INJECTED, tool) == before, path
        assert problems(page) == [], path


@IN_EVERY_ENGINE
def test_no_page_logs_an_error_or_breaks_the_policy(
    visited: tuple[EnginePage, list[str]], engine_site: StoppableServer
) -> None:
    """Every page of the guide: Firefox's console and the probe (errors, violations)."""
    page, _ = visited
    site = engine_site.server.site
    for built in site.pages():
        path = site.url_path(built)
        page.goto(engine_site.server.url(path))
        # The probe is the page's first script: once it is there, this is the new page.
        wait_for(page, "() => Array.isArray(window.__followupProblems)", timeout_s=30)
        for tool in (TIMING, BUILDER):
            if page.evaluate(f"() => !!document.querySelector({json.dumps(tool)})"):
                settle(page, tool)
        assert problems(page) == [], path


@IN_EVERY_ENGINE
def test_the_probe_sees_what_it_must(visited: tuple[EnginePage, list[str]]) -> None:
    """The checks above can fail: an error and a violation on a page are both caught."""
    page, _ = visited
    page.evaluate(
        """() => {
          console.error("a test error");
          const image = new Image();
          image.src = "https://example.com/pixel.png";  // img-src allows the site only
          document.body.append(image);
          return new Promise((resolve) => setTimeout(resolve, 300));
        }"""
    )
    seen = " ".join(problems(page))
    assert "a test error" in seen
    assert "img-src" in seen or "example.com" in seen
