#!/usr/bin/env python3
"""How long a tool page takes to show its first computed result, cold and warm.

usage: .venv/bin/python bench/load.py [--runs 5] [--json bench/results.json]

Builds the site (strict), serves it locally under /interview-followup/ as GitHub
Pages would, and opens the timing calculator in headless Chromium:

- cold: a fresh browser profile, so every file comes over the network;
- warm: a second visit in the same profile (a persistent profile, because the
  default context's cache is too small to keep the 9.6 MB wasm).

The time is measured in the page, from navigation start to the moment the tool's
``data-state`` becomes ``ready`` (its first answer is on screen). Prints a table
and writes the same figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sitekit import build_site, chromium_launch_options, serve_site  # noqa: E402

TOOL_PAGE = "timing/"
TIMEOUT_MS = 120_000
VERBOSE = "--verbose" in sys.argv

#: Records performance.now() when a tool first reports data-state="ready".
RECORD_READY = """
window.__readyAt = null;
new MutationObserver((changes, observer) => {
  for (const change of changes) {
    if (change.target.dataset && change.target.dataset.state === "ready") {
      window.__readyAt = performance.now();
      observer.disconnect();
      return;
    }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
"""


def time_to_ready(context: Any, url: str) -> float:
    """Seconds from navigation start to the tool's first result, in a new tab."""
    page = context.new_page()
    try:
        page.add_init_script(RECORD_READY)
        page.goto(url)
        page.wait_for_function("window.__readyAt !== null", timeout=TIMEOUT_MS)
        if VERBOSE:
            marks = page.evaluate(
                "performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)])"
            )
            print("   ", marks, "ready", round(page.evaluate("window.__readyAt")))
        return float(page.evaluate("window.__readyAt")) / 1000
    finally:
        page.close()


def measure(url: str, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    cold: list[float] = []
    warm: list[float] = []
    options = chromium_launch_options()
    with sync_playwright() as playwright:
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="followup-bench-") as profile:
                context = playwright.chromium.launch_persistent_context(
                    profile, viewport={"width": 1280, "height": 900}, **options
                )
                try:
                    cold.append(time_to_ready(context, url))
                    warm.append(time_to_ready(context, url))
                finally:
                    context.close()
    return {"cold": cold, "warm": warm}


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median_s": round(statistics.median(values), 3),
        "min_s": round(min(values), 3),
        "max_s": round(max(values), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--verbose", action="store_true", help="print start-up marks per visit")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()

    started = time.perf_counter()
    site = build_site(ROOT / "site")
    build_s = time.perf_counter() - started
    with serve_site(site) as server:
        samples = measure(server.url(TOOL_PAGE), args.runs)

    results: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
        "runs": args.runs,
        "page": TOOL_PAGE,
        "mkdocs_build_s": round(build_s, 2),
        "localhost": {kind: summary(values) for kind, values in samples.items()},
        "samples_s": {kind: [round(v, 3) for v in values] for kind, values in samples.items()},
    }
    print(f"Tool page /{TOOL_PAGE} on localhost, {args.runs} runs, {results['machine']}")
    print(f"{'visit':<8}{'median':>10}{'min':>10}{'max':>10}")
    for kind, figures in results["localhost"].items():
        print(
            f"{kind:<8}{figures['median_s']:>9.2f}s{figures['min_s']:>9.2f}s"
            f"{figures['max_s']:>9.2f}s"
        )
    print(f"mkdocs build --strict: {build_s:.2f}s")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
