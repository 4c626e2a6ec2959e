#!/usr/bin/env python3
"""How fast the guide's tools are, measured against a stock Pyodide page in the same run.

usage: .venv/bin/python bench/load.py [--runs 5] [--edits 50] [--json bench/results.json]
                                      [--engine chromium|firefox|webkit|all]

Builds the site (strict) into a temporary folder, adds a stock reference page
(``bench/stock.html``: ``loadPyodide()`` with default options on the main thread,
the full standard library, the same wheels, one call into the core) and serves
both like GitHub Pages (``pages_server.py``: gzip, a 10-minute cache). In headless
Chromium it then measures:

- time from navigation start to the first computed result on screen, for the
  timing calculator and for the stock page; cold (a fresh profile) and warm (a
  second visit in the same persistent profile), on localhost and on an emulated
  20/5 Mbit/s, 40 ms connection (DevTools ``Network.emulateNetworkConditions``,
  which Chromium also applies to the page's workers: checked at start);
- bytes on the wire for a cold visit;
- bytes of Python or wasm that guide pages without a tool request (must be 0);
- keystroke-to-updated-preview latency in the draft builder;
- the checker's first and later answers in the builder's "check a draft I wrote" mode, in a
  fresh worker each run: the guide's five "before" drafts pasted at once, then the first
  20,000 characters of ``docs/avoid.md`` (the checker compiles a family of words only the
  first time a text holds all its words, so a first check costs more than later ones);
- the time of ``mkdocs build --strict``.

Prints a table, with the ratios against the stock page and the targets, and
writes the same figures as JSON.

``--engine firefox``, ``webkit`` or ``all`` measures the same cold and warm loads in
Debian's Firefox ESR and WebKitGTK too (``tests/enginekit.py``), on localhost only (their
drivers cannot throttle a connection), and prints the same table for each. A cold visit is
a fresh profile (Firefox: a new user context; WebKit: a new ephemeral session), a warm one a
second visit in it. Those drivers cannot run a script before a page's own, so both pages,
ours and stock, get the same first script (``tests/engines/probe.js``) that records the
first result; the other parts (journey, guides, keys, Lighthouse, code cache) are
Chromium's only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from followup_core.examples import WARM_UP

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "tests" / "core"))

from checker_corpus import published_examples  # noqa: E402
from enginekit import (  # noqa: E402
    ENGINE_NAMES,
    PROBE,
    Engine,
    EngineName,
    EnginePage,
    add_probe,
    launch,
    wait_for,
)
from pages_server import Traffic, serve_like_pages  # noqa: E402
from sitekit import (  # noqa: E402
    CHROMIUM_ARGS,
    SITE_URL,
    BuiltSite,
    SiteServer,
    build_site,
    chromium_launch_options,
)

TOOL_PAGE = "timing/"
BUILDER_PAGE = "crafting/"
STOCK_PAGE = "bench-stock/"
#: The journey: a reader on the home page points at the calculator's link, then clicks.
HOME_PAGE = ""
STOCK_HOME_PAGE = "bench-stock-home/"
CALCULATOR_LINK = 'a[href$="timing/#calculator"]'
STOCK_LINK = 'a[href$="bench-stock/"]'
HOVER_S = 0.5
JOURNEY_TARGET = 0.6
GUIDE_PAGES = ("", "why/", "personalizing/", "templates/", "replies/")
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
#: Files that only the tools' Python needs; a guide page must request none of them.
PYTHON_SUFFIXES = (".wasm", ".whl", ".zip", ".bin", ".gz", "pyodide.mjs", "pyodide.asm.mjs")
TIMEOUT_MS = 180_000
#: A reader stays on the page at least this long after the first answer; work the
#: page does after its first answer (caching for the next visit) gets this time.
STAY_S = 3.0

#: The emulated connection: DevTools takes bytes per second and milliseconds.
NETWORKS: dict[str, dict[str, float] | None] = {
    "localhost": None,
    "throttled": {"latency": 40, "downloadThroughput": 20e6 / 8, "uploadThroughput": 5e6 / 8},
}
#: The goals, as ratios to the stock page (or absolute where said).
TARGETS = {
    ("localhost", "cold"): 0.5,
    ("localhost", "warm"): 0.35,
    ("throttled", "cold"): 0.9,
    ("throttled", "warm"): 0.35,
}
#: The goals in Firefox and WebKit (localhost only), as ratios to the stock page.
ENGINE_TARGETS = {("localhost", "cold"): 1.0, ("localhost", "warm"): 0.35}
ENGINE_LABELS = {
    "firefox": "Firefox ESR (Debian)",
    "webkit": "WebKitGTK MiniBrowser (Debian, Xvfb)",
}
KEYSTROKE_TARGETS_MS = {"median": 16.0, "p95": 50.0}
BUILD_TARGET_S = 10.0

#: Records performance.now() when an element first reports data-state="ready" (and the
#: page's errors): the first script of every page, in every engine.
RECORD_READY = PROBE.read_text(encoding="utf-8")

#: ``--country``: a reader who chose a country on an earlier visit (their kept entries), so
#: the first answer needs that country's public holidays. Only on pages whose address
#: carries ``?bench-country=CODE``; the page itself ignores the query.
KEEP_COUNTRY = """
(() => {
  const code = new URLSearchParams(location.search).get("bench-country");
  if (!code) return;
  const record = { v: 2, save: true, savedAt: new Date().toISOString(),
                   state: { timing: { candidate_country: code } } };
  localStorage.setItem("followup:entries", JSON.stringify(record));
})();
"""

#: Main-thread long tasks (start, duration), for the stage profile.
RECORD_LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
"""

#: Where each page's start-up marks live: the tools' worker sends its marks with the
#: first answer and the engine puts them on the page's timeline; the stock page marks
#: its own. Resource Timing fills in the downloads the page made itself (stock).
MARK_PREFIXES = {
    "ours": "followup:worker:",
    "country": "followup:worker:",
    "before": "followup:worker:",
    "plain": "followup:worker:",
    "sw-wasm": "followup:worker:",
    "stock": "stock:",
}
#: The service worker's rule for files other than pages, and the variant that serves the
#: wasm from its kept copy even online (for the V8 code-cache comparison).
SW_RULE = "  else if (offline) event.respondWith(fromCacheThenNetwork(request));"
SW_RULE_WASM = (
    '  else if (offline || url.pathname.endsWith(".wasm"))'
    " event.respondWith(fromCacheThenNetwork(request));"
)
READ_STAGES = """(prefix) => {
  const at = {};
  const navigation = performance.getEntriesByType("navigation")[0];
  at["first-byte"] = navigation.responseStart;
  for (const mark of performance.getEntriesByType("mark")) {
    if (mark.name.startsWith(prefix)) at[mark.name.slice(prefix.length)] = mark.startTime;
    if (mark.name === "followup:worker") at["worker-created"] = mark.startTime;
  }
  for (const entry of performance.getEntriesByType("resource")) {
    const file = entry.name.split("?")[0].split("/").pop();
    if (!file.endsWith(".wasm") && !file.endsWith(".zip")) continue;
    const name = file.endsWith(".wasm") ? "wasm" : "stdlib";
    at[`${name}-request`] ??= entry.startTime;
    at[`${name}-response-end`] ??= entry.responseEnd;
  }
  at["result-on-screen"] = window.__readyAt;
  const tasks = window.__longTasks || [];
  const sum = (list) => list.reduce((total, [, duration]) => total + duration, 0);
  at["long-tasks-before-result"] = sum(tasks.filter(([start]) => start < window.__readyAt));
  at["long-tasks-after-result"] = sum(tasks.filter(([start]) => start >= window.__readyAt));
  return at;
}"""
#: The stages of a start-up, in the order they happen (ms from navigation start;
#: the long-task rows are sums of main-thread tasks over 50 ms).
STAGES = (
    ("first-byte", "navigation to first byte"),
    ("worker-created", "worker created (page)"),
    ("worker-script", "worker script running"),
    ("pyodide-module", "pyodide.mjs loaded"),
    ("wasm-request", "wasm request start"),
    ("begin", "page says begin (few cores only)"),
    ("wasm-compile-start", "wasm compile start (ours: early)"),
    ("wasm-compiled", "wasm compiled (ours: early)"),
    ("wasm-instantiate-start", "wasm compile/instantiate start"),
    ("wasm-response-end", "wasm response end"),
    ("wasm-instantiated", "wasm instantiated"),
    ("stdlib-request", "stdlib request start"),
    ("stdlib-response-end", "stdlib downloaded (mounted)"),
    ("site-snapshot", "site's snapshot downloaded (first visit)"),
    ("interpreter", "interpreter ready"),
    ("wheels", "wheels on sys.path"),
    ("core-imported", "core imported"),
    ("warm-up", "warm-up answer (first visit)"),
    ("snapshot-made", "snapshot made (first visit)"),
    ("first-answer", "first answer (in Python)"),
    ("result-on-screen", "first result on screen"),
    ("long-tasks-before-result", "main-thread long tasks before (sum)"),
    ("long-tasks-after-result", "main-thread long tasks after, 3 s (sum)"),
)

#: From a key press (the event's own time stamp) to the moment the draft on screen
#: contains the edited field's new value ("updated"), and to the start of the next
#: frame after that ("painted": what a 60 Hz screen adds, up to 16.7 ms).
RECORD_KEYSTROKES = """
(() => {
  const field = document.getElementById("fd-company");
  const drafts = document.querySelector('[data-followup-tool="draft"] [data-slot="drafts"]');
  window.__key = { at: 0, updated: 0, painted: 0 };
  document.addEventListener("keydown", (event) => {
    window.__key = { at: event.timeStamp, updated: 0, painted: 0 };
  }, true);
  new MutationObserver(() => {
    const key = window.__key;
    if (key.updated || !key.at || !drafts.textContent.includes(field.value.trim())) return;
    key.updated = performance.now();
    requestAnimationFrame(() => { key.painted = performance.now(); });
  }).observe(drafts, { subtree: true, childList: true, characterData: true });
})();
"""


def add_stock_page(site_root: Path) -> None:
    """The reference page, with its own full copy of the npm runtime (nothing trimmed)."""
    folder = site_root / STOCK_PAGE
    (folder / "pyodide").mkdir(parents=True)
    for name in RUNTIME_FILES:
        shutil.copy2(ROOT / "node_modules" / "pyodide" / name, folder / "pyodide" / name)
    html = (BENCH / "stock.html").read_text(encoding="utf-8")
    (folder / "index.html").write_text(html.replace("__REQUEST__", WARM_UP), "utf-8")
    home = site_root / STOCK_HOME_PAGE
    home.mkdir(parents=True)
    (home / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title></head>'
        '<body><p>Want your own dates? Try the <a href="../bench-stock/">timing calculator</a>.'
        "</p></body></html>",
        "utf-8",
    )


def open_page(context: Any, network: str) -> Any:
    """A new tab with the network profile applied before anything loads."""
    page = context.new_page()
    conditions = NETWORKS[network]
    if conditions:
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", {"offline": False, **conditions})
    return page


def wait_until_quiet(traffic: Traffic, *, quiet_s: float = 1.0, limit_s: float = 30.0) -> None:
    """Until the server has sent nothing for ``quiet_s`` (downloads after the first answer)."""
    deadline = time.monotonic() + limit_s
    seen = len(traffic.paths())
    last_change = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now_seen = len(traffic.paths())
        if now_seen != seen:
            seen, last_change = now_seen, time.monotonic()
        elif time.monotonic() - last_change >= quiet_s:
            return


def visit(context: Any, url: str, network: str, traffic: Traffic, prefix: str) -> dict[str, Any]:
    """Seconds to the first computed result, the bytes the visit cost, and its stages."""
    page = open_page(context, network)
    try:
        page.add_init_script(RECORD_READY)
        page.add_init_script(RECORD_LONG_TASKS)
        page.add_init_script(KEEP_COUNTRY)
        traffic.reset()
        page.goto(url)
        page.wait_for_function("() => window.__readyAt !== null", timeout=TIMEOUT_MS)
        ready_s = float(page.evaluate("window.__readyAt")) / 1000
        return _after_ready(page.evaluate, ready_s, traffic, prefix, f"{url} {network}")
    finally:
        page.close()


def cold_and_warm(
    playwright: Any, url: str, network: str, traffic: Traffic, prefix: str
) -> dict[str, dict[str, Any]]:
    """A fresh profile visited twice: a cold visit, then a warm one."""
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, viewport={"width": 1280, "height": 900}, **chromium_launch_options()
        )
        try:
            cold = visit(context, url, network, traffic, prefix)
            return {"cold": cold, "warm": visit(context, url, network, traffic, prefix)}
        finally:
            context.close()


def engine_visit(page: EnginePage, url: str, traffic: Traffic, prefix: str) -> dict[str, Any]:
    """``visit`` in Firefox or WebKit: the probe (first script of the page) records the result."""
    traffic.reset()
    page.goto(url)
    ready_s = float(wait_for(page, "() => window.__readyAt", timeout_s=TIMEOUT_MS / 1000)) / 1000
    return _after_ready(page.evaluate, ready_s, traffic, prefix, url)


def _after_ready(
    evaluate: Any, ready_s: float, traffic: Traffic, prefix: str, label: str
) -> dict[str, Any]:
    """What a visit records once its first result is on screen: the stages and the bytes."""
    time.sleep(STAY_S)
    stages = {
        name: round(float(value))
        for name, value in evaluate(READ_STAGES, prefix).items()
        if value is not None
    }
    wait_until_quiet(traffic)
    if "--verbose" in sys.argv:
        print(f"    {label}: {ready_s:.2f}s {stages}", flush=True)
    return {"ready_s": ready_s, "bytes": float(traffic.total()), "stages": stages}


def engine_cold_and_warm(
    engine: Engine, url: str, traffic: Traffic, prefix: str
) -> dict[str, dict[str, Any]]:
    """A fresh profile visited twice, as ``cold_and_warm`` does in Chromium."""
    with engine.profile() as page:
        cold = engine_visit(page, url, traffic, prefix)
        return {"cold": cold, "warm": engine_visit(page, url, traffic, prefix)}


def measure_engine_loads(
    engine: Engine, urls: dict[str, str], traffic: Traffic, runs: int
) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """``measure_loads`` in Firefox or WebKit, on localhost; pages take turns in each run."""
    samples: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for run in range(runs):
        print(f"{engine.name}: measuring, run {run + 1} of {runs}…", flush=True)
        for name, url in urls.items():
            visits = engine_cold_and_warm(engine, url, traffic, MARK_PREFIXES[name])
            for kind, sample in visits.items():
                samples.setdefault(kind, {}).setdefault(name, []).append(sample)
    return {
        "localhost": {
            kind: {name: summarise(values) for name, values in pages.items()}
            for kind, pages in samples.items()
        }
    }


def measure_other_engine(
    name: EngineName, site: BuiltSite, tmp: Path, variants: dict[str, BuiltSite], runs: int
) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """Ours (and the variants) against stock in Firefox or WebKit, the probe first in each."""
    traffic = Traffic()
    with ExitStack() as stack:
        probed = add_probe(site, tmp / f"probed-{name}")
        server = stack.enter_context(serve_like_pages(probed, traffic))
        urls = {"ours": server.url(TOOL_PAGE)}
        for variant, built in variants.items():
            copy = add_probe(built, tmp / f"probed-{variant}-{name}")
            urls[variant] = stack.enter_context(serve_like_pages(copy, traffic)).url(TOOL_PAGE)
        urls["stock"] = server.url(STOCK_PAGE)
        engine = launch(name)
        stack.callback(engine.close)
        return measure_engine_loads(engine, urls, traffic, runs)


#: The click's time, kept across a full page load (the stock page's link is a plain one).
RECORD_CLICK = """
document.addEventListener("click", (event) => {
  sessionStorage.setItem("clickAt", String(performance.timeOrigin + event.timeStamp));
}, true);
"""


def journey_visit(playwright: Any, start_url: str, link: str, network: str) -> dict[str, float]:
    """A fresh profile: open the start page, point at the tool's link for a moment, click.

    Returns seconds from the click to the first computed result.
    """
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, viewport={"width": 1280, "height": 900}, **chromium_launch_options()
        )
        try:
            page = open_page(context, network)
            page.add_init_script(RECORD_READY)
            page.add_init_script(RECORD_CLICK)
            page.goto(start_url)
            page.wait_for_load_state("load")
            page.hover(link)
            time.sleep(HOVER_S)
            page.click(link)
            page.wait_for_function("() => window.__readyAt !== null", timeout=TIMEOUT_MS)
            click_to_ready = page.evaluate(
                "performance.timeOrigin + window.__readyAt"
                " - Number(sessionStorage.getItem('clickAt'))"
            )
            return {"ready_s": float(click_to_ready) / 1000}
        finally:
            context.close()


def measure_journey(
    playwright: Any, server: SiteServer, runs: int, variants: dict[str, SiteServer]
) -> dict[str, dict[str, dict[str, Any]]]:
    """Click to first result after 500 ms of pointing at the link, ours and stock, cold."""
    starts = {"ours": (server.url(HOME_PAGE), CALCULATOR_LINK)}
    for variant, variant_server in variants.items():
        starts[variant] = (variant_server.url(HOME_PAGE), CALCULATOR_LINK)
    starts["stock"] = (server.url(STOCK_HOME_PAGE), STOCK_LINK)
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for network in NETWORKS:
        times: dict[str, list[float]] = {name: [] for name in starts}
        for run in range(runs):
            print(f"journey on {network}, run {run + 1} of {runs}…", flush=True)
            for name, (url, link) in starts.items():
                times[name].append(journey_visit(playwright, url, link, network)["ready_s"])
        results[network] = {
            name: {"median_s": round(statistics.median(values), 3), "samples": values}
            for name, values in times.items()
        }
    return results


def report_journey(journey: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Click to first result, ours against stock."""
    print(f"\njourney: home, point at the calculator link {HOVER_S:.1f} s, click; click to result")
    rows = []
    for network, pair in journey.items():
        ours, stock = pair["ours"]["median_s"], pair["stock"]["median_s"]
        value = round(ours / stock, 3)
        row = {"network": network, "ours_s": ours, "stock_s": stock, "ratio": value}
        line = (
            f"{network:<10}cold  {ours:>8.2f}s{stock:>8.2f}s{value:>8.2f}{JOURNEY_TARGET:>8.2f}"
            f"  {'yes' if value <= JOURNEY_TARGET else 'NO '}"
        )
        for variant in _variants(pair):
            row[f"{variant}_s"] = pair[variant]["median_s"]
            row[f"{variant}_ratio"] = round(row[f"{variant}_s"] / stock, 3)
            line += f"{row[f'{variant}_s']:>8.2f}s{row[f'{variant}_ratio']:>8.2f}"
        rows.append(row)
        print(line)
    return rows


LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_TARGET = 95


def lighthouse_page(url: str) -> dict[str, float]:
    """Lighthouse's mobile preset (its default) on one page: the four scores and TBT."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    completed = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        env={**os.environ, "CHROME_PATH": os.environ.get("FOLLOWUP_CHROMIUM", "/usr/bin/chromium")},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    audit = json.loads(completed.stdout)
    scores = {
        name: round(audit["categories"][name]["score"] * 100) for name in LIGHTHOUSE_CATEGORIES
    }
    return {**scores, "tbt_ms": round(audit["audits"]["total-blocking-time"]["numericValue"])}


def measure_lighthouse(server: SiteServer, runs: int = 1) -> dict[str, dict[str, float]]:
    """Every page of the guide, one after the other; each figure the median of ``runs``.

    One run's total blocking time moves by a few hundred milliseconds from run to
    run on this machine, so a page's score is only worth quoting as a median.
    """
    results = {}
    for page in server.site.pages():
        path = server.site.url_path(page)
        if path.startswith("bench-"):
            continue
        print(f"lighthouse /{path} ({runs} run{'s' if runs > 1 else ''})…", flush=True)
        samples = [lighthouse_page(server.url(path)) for _ in range(runs)]
        results[path] = {name: statistics.median(s[name] for s in samples) for name in samples[0]}
    return results


def report_lighthouse(results: dict[str, dict[str, float]]) -> None:
    print(f"\nLighthouse 12 mobile preset (target: performance >= {LIGHTHOUSE_TARGET}, others 100)")
    print(f"{'page':<20}{'perf':>6}{'a11y':>6}{'best':>6}{'seo':>6}{'TBT ms':>8}")
    for path, row in results.items():
        print(
            f"{'/' + path:<20}{row['performance']:>6}{row['accessibility']:>6}"
            f"{row['best-practices']:>6}{row['seo']:>6}{row['tbt_ms']:>8}"
        )


def wasm_from_service_worker(site: BuiltSite, tmp: Path) -> BuiltSite:
    """A copy of the site whose service worker serves the wasm from its copy, online too."""
    copy = tmp / "sw-wasm-site"
    shutil.copytree(site.root, copy)
    worker = copy / "offline.js"
    source = worker.read_text(encoding="utf-8")
    if source.count(SW_RULE) != 1:
        raise RuntimeError("offline.js no longer has the rule the code-cache check changes")
    worker.write_text(source.replace(SW_RULE, SW_RULE_WASM), encoding="utf-8")
    return BuiltSite(root=copy, site_url=site.site_url, log="")


def measure_code_cache(
    playwright: Any, urls: dict[str, str], traffic: Traffic, runs: int
) -> dict[str, dict[str, Any]]:
    """Warm visits on localhost with the wasm from the HTTP cache (ours) or the service worker."""
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in urls}
    for run in range(runs):
        print(f"code cache check, run {run + 1} of {runs}…", flush=True)
        for name, url in urls.items():
            samples[name].append(
                cold_and_warm(playwright, url, "localhost", traffic, MARK_PREFIXES[name])["warm"]
            )
    results = {name: summarise(values) for name, values in samples.items()}
    print("\nwarm visits, localhost: wasm from the HTTP cache (ours) or the service worker's copy")
    for name, figures in results.items():
        stages = figures["stages_ms"]
        start = stages.get("wasm-compile-start", stages.get("wasm-instantiate-start", 0))
        print(
            f"{name:<10}{figures['median_s']:>8.2f}s   wasm from compile start to instantiated "
            f"{stages.get('wasm-instantiated', 0) - start} ms"
        )
    return results


def without_site_snapshot(site: BuiltSite, tmp: Path) -> BuiltSite:
    """A copy of the site that ships no snapshot: every first visit starts Python itself."""
    copy = tmp / "plain-site"
    shutil.copytree(site.root, copy)
    manifest_path = copy / "assets" / "followup" / "runtime.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    (copy / "assets" / "followup" / manifest["snapshot"]).unlink()
    manifest["snapshot"] = ""
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return BuiltSite(root=copy, site_url=site.site_url, log="")


def build_before(ref: str, tmp: Path) -> BuiltSite:
    """The site as commit ``ref`` built it, with this checkout's runtime and wheels."""
    tree = tmp / "before-tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    for shared in ("node_modules", "build"):
        (tree / shared).symlink_to(ROOT / shared)
    site_dir = tmp / "before-site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=tree,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL},
        capture_output=True,
        check=True,
    )
    return BuiltSite(root=site_dir, site_url=SITE_URL, log="")


def check_worker_throttling(playwright: Any, server: SiteServer) -> float:
    """Seconds a worker takes to fetch the 9.6 MB wasm on the emulated connection.

    Proves that the emulation reaches workers' requests too: unthrottled this
    takes a fraction of a second, throttled about 1.4 s (3.5 MB gzipped at 2.5 MB/s).
    """
    browser = playwright.chromium.launch(**chromium_launch_options())
    try:
        context = browser.new_context()
        page = open_page(context, "throttled")
        page.goto(server.url(STOCK_PAGE))
        wasm = server.url(STOCK_PAGE + "pyodide/pyodide.asm.wasm?worker-check")
        script = (
            "const t = performance.now();"
            f"const r = await fetch({json.dumps(wasm)});"
            "await r.arrayBuffer(); postMessage(performance.now() - t);"
        )
        elapsed_ms = page.evaluate(
            """(script) => new Promise((resolve) => {
                 const url = URL.createObjectURL(new Blob([script], {type: "text/javascript"}));
                 const worker = new Worker(url, {type: "module"});
                 worker.onmessage = (event) => resolve(event.data);
               })""",
            script,
        )
        return float(elapsed_ms) / 1000
    finally:
        browser.close()


def guide_page_python_bytes(playwright: Any, server: SiteServer, traffic: Traffic) -> int:
    """Bytes of Python or wasm the guide pages without a tool requested (cold)."""
    browser = playwright.chromium.launch(**chromium_launch_options())
    total = 0
    try:
        for path in GUIDE_PAGES:
            context = browser.new_context()
            page = context.new_page()
            traffic.reset()
            page.goto(server.url(path), wait_until="load")
            time.sleep(1.0)
            wait_until_quiet(traffic, quiet_s=0.5)
            total += sum(
                size
                for sent_path, size in traffic.sent
                if "/assets/followup/" in sent_path
                and sent_path.split("?")[0].endswith((*PYTHON_SUFFIXES, "runtime.json"))
            )
            context.close()
    finally:
        browser.close()
    return total


def open_builder(browser: Any, server: SiteServer) -> Any:
    """The draft builder in a fresh context (its own worker), once its first draft is shown."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url(BUILDER_PAGE + "#builder"))
    page.wait_for_selector(
        '[data-followup-tool="draft"][data-state="ready"]:not([data-busy])', timeout=TIMEOUT_MS
    )
    return page


def keystroke_latency(playwright: Any, server: SiteServer, edits: int) -> dict[str, list[float]]:
    """Milliseconds from each key press in the builder's company field to the new draft."""
    browser = playwright.chromium.launch(**chromium_launch_options())
    try:
        page = open_builder(browser, server)
        page.evaluate(RECORD_KEYSTROKES)
        page.click("#fd-company")
        samples: dict[str, list[float]] = {"updated": [], "painted": []}
        text = ("Harbor Logistics International and Partners " * 3)[:edits]
        for character in text:
            page.keyboard.type(character)
            page.wait_for_function("() => window.__key.painted > 0", timeout=10_000)
            key = page.evaluate("window.__key")
            samples["updated"].append(float(key["updated"] - key["at"]))
            samples["painted"].append(float(key["painted"] - key["at"]))
            time.sleep(0.08)  # a brisk typist: about 12 keys a second
        return samples
    finally:
        browser.close()


#: Pastes ``text`` into the checker's field and resolves with the milliseconds to its answer.
TIME_CHECK = """
async (text) => {
  const root = document.querySelector('[data-followup-tool="draft"]');
  const field = document.getElementById("fd-text");
  const started = performance.now();
  field.value = text;
  field.dispatchEvent(new Event("input", { bubbles: true }));
  while (root.dataset.busy) await new Promise((resolve) => setTimeout(resolve, 2));
  return performance.now() - started;
}
"""


#: What the reader changes before the checker's second answer.
EDIT = " Thank you."


def check_texts() -> dict[str, str]:
    """What a reader might paste: the guide's "before" drafts, and a long page of faults."""
    befores = [
        example.text
        for example in published_examples()
        if example.page == "before-after" and example.label == "Before"
    ]
    avoid = (ROOT / "docs" / "avoid.md").read_text(encoding="utf-8")
    return {
        "befores": "\n\n".join(befores),
        "avoid.md": (avoid * (1 + 20_000 // len(avoid)))[:20_000],
    }


def check_latency(playwright: Any, server: SiteServer, runs: int) -> dict[str, list[float]]:
    """Milliseconds from pasting each text to the checker's answer: first sight, then an edit."""
    texts = check_texts()
    samples: dict[str, list[float]] = {}
    browser = playwright.chromium.launch(**chromium_launch_options())
    try:
        for run in range(runs):
            print(f"checker answers, run {run + 1} of {runs}…", flush=True)
            page = open_builder(browser, server)
            page.check('input[name="mode"][value="check"]')
            page.wait_for_selector(
                '[data-followup-tool="draft"]:not([data-busy])', timeout=TIMEOUT_MS
            )
            for name, text in texts.items():
                edited = text[: -len(EDIT)] + EDIT  # as long as the text: 20,000 is the limit
                for visit, pasted in (("first", text), ("edited", edited)):
                    ms = page.evaluate(TIME_CHECK, pasted)
                    samples.setdefault(f"{name} {visit}", []).append(float(ms))
            page.context.close()
        return samples
    finally:
        browser.close()


def report_checks(checks: dict[str, list[float]]) -> dict[str, Any]:
    """The checker's answers in Pyodide: median and slowest of the runs, per text and visit."""
    texts = {name: len(text) for name, text in check_texts().items()}
    figures: dict[str, Any] = {}
    for key, values in checks.items():
        name = key.rsplit(" ", 1)[0]
        figures[key] = {
            "chars": texts[name],
            "median": round(statistics.median(values)),
            "max": round(max(values)),
        }
        print(
            f"checker in Pyodide, {key} ({texts[name]:,} characters, {len(values)} fresh"
            f" workers): median {figures[key]['median']} ms, slowest {figures[key]['max']} ms"
        )
    return {**figures, "samples": {k: [round(v) for v in vs] for k, vs in checks.items()}}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summarise(samples: list[dict[str, Any]]) -> dict[str, Any]:
    times = [sample["ready_s"] for sample in samples]
    stages = {
        name: round(statistics.median(values))
        for name, _ in STAGES
        if (values := [s["stages"][name] for s in samples if name in s["stages"]])
    }
    return {
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "median_bytes": int(statistics.median(sample["bytes"] for sample in samples)),
        "stages_ms": stages,
    }


def print_stages(network: str, visits: dict[str, dict[str, Any]]) -> None:
    """One table per network: each stage's median time from navigation start, ours and stock."""
    columns = [(kind, name) for kind, pages in visits.items() for name in pages]
    print(f"\nstart-up stages on {network}, ms from navigation start (medians)")
    print(f"{'stage':<42}" + "".join(f"{kind + ' ' + name:>12}" for kind, name in columns))
    for key, label in STAGES:
        cells = [visits[kind][name]["stages_ms"].get(key) for kind, name in columns]
        if any(cell is not None for cell in cells):
            print(f"{label:<42}" + "".join(f"{'-' if c is None else c:>12}" for c in cells))


def measure_loads(
    playwright: Any, urls: dict[str, str], traffic: Traffic, runs: int
) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """Every page cold then warm, ``runs`` times per network; pages take turns in each run,
    so a busy moment of the shared machine does not land on one page only."""
    loads: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for network in NETWORKS:
        samples: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for run in range(runs):
            print(f"measuring on {network}, run {run + 1} of {runs}…", flush=True)
            for name, url in urls.items():
                visits = cold_and_warm(playwright, url, network, traffic, MARK_PREFIXES[name])
                for kind, sample in visits.items():
                    samples.setdefault(kind, {}).setdefault(name, []).append(sample)
        loads[network] = {
            kind: {name: summarise(values) for name, values in pages.items()}
            for kind, pages in samples.items()
        }
    return loads


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh profiles per page and network")
    parser.add_argument("--edits", type=int, default=50, help="key presses in the draft builder")
    parser.add_argument("--verbose", action="store_true", help="print every visit and its marks")
    parser.add_argument("--json", type=Path, default=BENCH / "results.json")
    parser.add_argument(
        "--before",
        metavar="REF",
        help="also measure the tool page as git commit REF built it, in the same run",
    )
    parser.add_argument(
        "--without-snapshot",
        action="store_true",
        help="also measure the tool page with no snapshot shipped (a first start of Python)",
    )
    parser.add_argument(
        "--country",
        metavar="CODE",
        help="also measure the tool page for a reader who chose this country before (loads)",
    )
    parser.add_argument(
        "--lighthouse-runs", type=int, default=1, help="Lighthouse runs per page (medians)"
    )
    parser.add_argument(
        "--parts",
        default="loads,journey,guides,keys,checks",
        help="comma-separated: loads, journey, guides (runtime bytes on guide pages), keys,"
        " checks (the checker's first and later answers);"
        " also lighthouse (about a minute per page) and codecache (wasm from the service worker)",
    )
    parser.add_argument(
        "--engine",
        choices=("chromium", *ENGINE_NAMES, "all"),
        default="chromium",
        help="the browser engine(s) to measure; Firefox and WebKit measure loads only",
    )
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    engines = ["chromium", *ENGINE_NAMES] if args.engine == "all" else [args.engine]
    if "chromium" not in engines:
        parts = set()
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
        f"Python {platform.python_version()}, headless Chromium"
    )
    engine_machine = machine.removesuffix(", headless Chromium")
    with tempfile.TemporaryDirectory(prefix="followup-bench-site-") as tmp:
        started = time.perf_counter()
        site = build_site(Path(tmp) / "site")
        build_s = time.perf_counter() - started
        add_stock_page(site.root)
        traffic = Traffic()
        loads: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
        guide_bytes: int | None = None
        keys: dict[str, list[float]] | None = None
        checks: dict[str, list[float]] | None = None
        journey: dict[str, dict[str, dict[str, Any]]] | None = None
        lighthouse: dict[str, dict[str, float]] | None = None
        code_cache: dict[str, dict[str, Any]] | None = None
        worker_fetch_s: float | None = None
        engine_loads: dict[EngineName, dict[str, dict[str, dict[str, dict[str, Any]]]]] = {}
        variant_sites: dict[str, BuiltSite] = {}
        if args.before:
            variant_sites["before"] = build_before(args.before, Path(tmp))
        if args.without_snapshot:
            variant_sites["plain"] = without_site_snapshot(site, Path(tmp))
        with ExitStack() as stack:
            server = stack.enter_context(serve_like_pages(site, traffic))
            variants = {
                name: stack.enter_context(serve_like_pages(built, traffic))
                for name, built in variant_sites.items()
            }
            urls = {
                "ours": server.url(TOOL_PAGE),
                **{name: variant.url(TOOL_PAGE) for name, variant in variants.items()},
                "stock": server.url(STOCK_PAGE),
            }
            if args.country:
                country = server.url(TOOL_PAGE) + f"?bench-country={args.country}"
                urls = {"ours": urls["ours"], "country": country, **urls}
            if "chromium" in engines:
                playwright = stack.enter_context(sync_playwright())
                worker_fetch_s = check_worker_throttling(playwright, server)
                print(f"worker fetch of the wasm, throttled: {worker_fetch_s:.2f}s", flush=True)
            if "loads" in parts:
                loads = measure_loads(playwright, urls, traffic, args.runs)
            if "journey" in parts:
                journey = measure_journey(playwright, server, args.runs, variants)
            if "codecache" in parts:
                variant = stack.enter_context(
                    serve_like_pages(wasm_from_service_worker(site, Path(tmp)), traffic)
                )
                code_cache = measure_code_cache(
                    playwright,
                    {"ours": urls["ours"], "sw-wasm": variant.url(TOOL_PAGE)},
                    traffic,
                    args.runs,
                )
            if "lighthouse" in parts:
                lighthouse = measure_lighthouse(server, args.lighthouse_runs)
            if "guides" in parts:
                guide_bytes = guide_page_python_bytes(playwright, server, traffic)
            if "keys" in parts:
                keys = keystroke_latency(playwright, server, args.edits)
            if "checks" in parts:
                checks = check_latency(playwright, server, args.runs)
        for name in ENGINE_NAMES:
            if name in engines:
                engine_loads[name] = measure_other_engine(
                    name, site, Path(tmp), variant_sites, args.runs
                )

    results = report(loads, guide_bytes, keys, build_s, worker_fetch_s, machine, args.runs)
    if engine_loads:
        results["engines"] = {}
    for engine_name, measured in engine_loads.items():
        label = f"{engine_machine}, {ENGINE_LABELS[engine_name]}"
        results["engines"][engine_name] = report_loads(
            measured, label, args.runs, targets=ENGINE_TARGETS
        )
    if checks is not None:
        results["check_ms"] = report_checks(checks)
    if journey is not None:
        results["journey"] = {"loads": journey, "ratios": report_journey(journey)}
    if lighthouse is not None:
        report_lighthouse(lighthouse)
        results["lighthouse"] = lighthouse
    if code_cache is not None:
        results["code_cache_warm"] = code_cache
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


def report(
    loads: dict[str, dict[str, dict[str, dict[str, Any]]]],
    guide_bytes: int | None,
    keys: dict[str, list[float]] | None,
    build_s: float,
    worker_fetch_s: float | None,
    machine: str,
    runs: int,
) -> dict[str, Any]:
    """Print the tables; return the same figures for the JSON file (parts not run left out)."""
    results: dict[str, Any] = {
        "machine": machine,
        "runs": runs,
        "tool_page": TOOL_PAGE,
        "networks": NETWORKS,
        "mkdocs_build_s": round(build_s, 2),
    }
    if worker_fetch_s is not None:
        results["worker_fetch_throttled_s"] = round(worker_fetch_s, 3)
    if loads:
        results.update(report_loads(loads, machine, runs))
    if guide_bytes is not None:
        print(
            f"Python/wasm bytes requested by guide pages without a tool: {guide_bytes} (target 0)"
        )
        results["guide_pages_python_bytes"] = guide_bytes
    if keys is not None:
        results["keystroke_ms"] = report_keys(keys)
    print(f"mkdocs build --strict: {build_s:.2f}s (target {BUILD_TARGET_S:.0f})")
    return results


def ratio(ours: float, stock: float) -> float:
    return round(ours / stock, 3)


def report_loads(
    loads: dict[str, dict[str, dict[str, dict[str, Any]]]],
    machine: str,
    runs: int,
    *,
    targets: dict[tuple[str, str], float] = TARGETS,
) -> dict[str, Any]:
    """Times to the first result, ours (and each variant measured) against stock."""
    if "--verbose" in sys.argv:
        for network, visits in loads.items():
            print_stages(network, visits)
    variants = _variants(loads["localhost"]["cold"])
    print(f"\n{machine}; {runs} runs each; tool page /{TOOL_PAGE} vs stock page")
    print(
        f"{'network':<10}{'visit':<6}{'ours':>9}{'stock':>9}{'ratio':>8}{'target':>8}  ok"
        + "".join(f"{variant:>9}{'ratio':>8}" for variant in variants)
    )
    rows = []
    for network, visits in loads.items():
        for visit_kind, pair in visits.items():
            ours, stock = pair["ours"]["median_s"], pair["stock"]["median_s"]
            target = targets[(network, visit_kind)]
            value = ratio(ours, stock)
            row: dict[str, Any] = {
                "network": network,
                "visit": visit_kind,
                "ratio": value,
                "target": target,
            }
            line = (
                f"{network:<10}{visit_kind:<6}{ours:>8.2f}s{stock:>8.2f}s{value:>8.2f}"
                f"{target:>8.2f}  {'yes' if value <= target else 'NO '}"
            )
            for variant in variants:
                seconds = pair[variant]["median_s"]
                row[f"{variant}_ratio"] = ratio(seconds, stock)
                line += f"{seconds:>8.2f}s{row[f'{variant}_ratio']:>8.2f}"
            rows.append(row)
            print(line)
    cold = loads["localhost"]["cold"]
    ours_bytes, stock_bytes = cold["ours"]["median_bytes"], cold["stock"]["median_bytes"]
    bytes_ratio = ratio(ours_bytes, stock_bytes)
    print(
        f"cold bytes on the wire: ours {ours_bytes / 1e6:.2f} MB, stock {stock_bytes / 1e6:.2f} MB,"
        f" ratio {bytes_ratio:.2f} (target 1.00) {'yes' if bytes_ratio <= 1 else 'NO'}"
        + "".join(f"; {name} {cold[name]['median_bytes'] / 1e6:.2f} MB" for name in variants)
    )
    return {
        "loads": loads,
        "ratios": rows,
        "cold_bytes": {
            "ours": ours_bytes,
            "stock": stock_bytes,
            "ratio": bytes_ratio,
            **{variant: cold[variant]["median_bytes"] for variant in variants},
        },
    }


def _variants(pages: dict[str, Any]) -> list[str]:
    """The pages measured besides ours and stock (before, plain, country), in their order."""
    return [name for name in pages if name not in ("ours", "stock")]


def report_keys(keys: dict[str, list[float]]) -> dict[str, Any]:
    """Key press to updated draft in the builder: median and p95."""
    figures = {
        moment: {
            "median": round(statistics.median(values), 2),
            "p95": round(percentile(values, 0.95), 2),
        }
        for moment, values in keys.items()
    }
    for moment, figure in figures.items():
        print(
            f"draft builder, key press to new draft {moment} ({len(keys[moment])} edits): "
            f"median {figure['median']:.1f} ms, p95 {figure['p95']:.1f} ms (targets 16 and 50)"
        )
    return {
        **figures,
        "samples": {moment: [round(v, 2) for v in values] for moment, values in keys.items()},
        "targets": KEYSTROKE_TARGETS_MS,
    }


if __name__ == "__main__":
    sys.exit(main())
