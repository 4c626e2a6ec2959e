#!/usr/bin/env python3
"""Save screenshots of a few guide pages, light and dark, desktop and phone, to look at.

usage: .venv/bin/python scripts/screenshots.py [--out screenshots]

Builds the site into site/ (strict), serves it locally under
/interview-followup/ as GitHub Pages would, and writes PNGs named
PAGE-SCHEME-DEVICE[-PART].png: the top of each page, the first generated
example (plan table or draft) when the page has one, and each tool once its
Python has answered (``-tool``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sitekit import (  # noqa: E402 - found through the path set just above
    build_site,
    chromium_launch_options,
    serve_site,
)

PAGES = {"home": "", "timing": "timing/", "crafting": "crafting/", "templates": "templates/"}
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
SCHEMES: tuple[Literal["light", "dark"], ...] = ("light", "dark")
EXAMPLE = ".followup-plan, .followup-draft"
TOOL = "[data-followup-tool]"
TOOL_READY_MS = 60_000


def shoot(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    saved: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
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
                        tool = page.locator(TOOL).first
                        if tool.count():
                            page.wait_for_selector(
                                f'{TOOL}[data-state="ready"]', timeout=TOOL_READY_MS
                            )
                            # The sticky header would cover the top of a tall element's shot.
                            page.add_style_tag(content=".md-header{position:absolute}")
                            saved.append(out / f"{stem}-tool.png")
                            tool.screenshot(path=saved[-1])
                    context.close()
        finally:
            browser.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    site = build_site(ROOT / "site")
    args.out.mkdir(parents=True, exist_ok=True)
    with serve_site(site) as server:
        for path in shoot(server.base_url, args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
