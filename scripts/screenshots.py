#!/usr/bin/env python3
"""Save screenshots of a few guide pages, light and dark, desktop and phone, to look at.

usage: .venv/bin/python scripts/screenshots.py [--no-build] [--out screenshots]

Builds the site into site/ (strict) unless --no-build, serves it locally under
/interview-followup/ as GitHub Pages would, and writes PNGs named
PAGE-SCHEME-DEVICE[-PART].png: the top of each page, plus the first generated
example (plan table or draft) when the page has one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "/interview-followup/"
PAGES = {"home": "", "timing": "timing/", "templates": "templates/"}
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
SCHEMES = ("light", "dark")
EXAMPLE = ".followup-plan, .followup-draft"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class _Handler(SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(PREFIX) :])

    def log_message(self, format: str, *args: Any) -> None:
        pass


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def launch_options() -> dict[str, Any]:
    choice = os.environ.get("FOLLOWUP_CHROMIUM", "/usr/bin/chromium")
    options: dict[str, Any] = {"headless": True, "args": CHROMIUM_ARGS}
    if choice != "playwright":
        options["executable_path"] = choice
    return options


def shoot(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    saved: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options())
        try:
            for scheme in SCHEMES:
                for device, options in DEVICES.items():
                    context = browser.new_context(color_scheme=scheme, **options)
                    page = context.new_page()
                    for name, path in PAGES.items():
                        page.goto(base + path, wait_until="networkidle")
                        stem = f"{name}-{scheme}-{device}"
                        saved.append(out / f"{stem}.png")
                        page.screenshot(path=saved[-1])
                        example = page.locator(EXAMPLE).first
                        if example.count():
                            example.scroll_into_view_if_needed()
                            page.evaluate("window.scrollBy(0, -80)")
                            saved.append(out / f"{stem}-example.png")
                            page.screenshot(path=saved[-1])
                    context.close()
        finally:
            browser.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="use the site/ already built")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    site = ROOT / "site"
    if not args.no_build:
        build(site)
    if not (site / "index.html").is_file():
        parser.error("no site/index.html: build first (drop --no-build)")
    args.out.mkdir(parents=True, exist_ok=True)

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
        for path in shoot(base, args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    finally:
        server.shutdown()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
