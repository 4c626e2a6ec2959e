"""Example messages read at body size on a phone; checklists and templates print cleanly.

Example messages are the ```text blocks of the guide and the generated drafts
(both carry ``language-text``). Printing goes through Chromium's own
print-to-PDF, and the PDF's text is read back with ``pypdf``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from sitekit import fresh_page

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from sitekit import SiteServer

pytestmark = pytest.mark.browser

MESSAGE = ".md-typeset .language-text pre > code"
#: The smallest text size an example message may have on a phone, in CSS pixels.
MIN_PX = 16.0


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    with fresh_page(
        browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    ) as page:
        yield page


def pages_with_messages(site_server: SiteServer) -> list[str]:
    site = site_server.site
    return [site.url_path(p) for p in site.pages() if "language-text" in p.read_text("utf-8")]


def test_the_guide_has_example_messages_on_its_pages(site_server: SiteServer) -> None:
    found = pages_with_messages(site_server)
    # The pages that show messages: before/after, replies, templates, crafting, avoid, channels.
    for path in ("before-after/", "replies/", "templates/", "crafting/", "avoid/", "channels/"):
        assert path in found


def test_no_example_message_is_below_body_size_on_a_phone(
    site_server: SiteServer, phone: Page
) -> None:
    too_small: list[str] = []
    counted = 0
    for path in pages_with_messages(site_server):
        phone.goto(site_server.url(path))
        sizes = phone.eval_on_selector_all(
            MESSAGE,
            """codes => codes.map(code => {
                // Every piece of text inside, including the highlighter's spans.
                const parts = [code, ...code.querySelectorAll("*")];
                return Math.min(...parts.map(el => parseFloat(getComputedStyle(el).fontSize)));
            })""",
        )
        counted += len(sizes)
        too_small += [f"{path} #{n}: {size} px" for n, size in enumerate(sizes) if size < MIN_PX]
        wide = phone.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, f"{path} scrolls sideways ({wide} px)"
    assert counted >= 20
    assert not too_small


def test_example_messages_wrap_to_the_screen_but_keep_their_short_lines(
    site_server: SiteServer, phone: Page
) -> None:
    phone.goto(site_server.url("replies/"))
    phone.wait_for_selector("code[data-reflowed]")
    text = phone.locator(MESSAGE).first.inner_text()
    # Broken in the page's source after "10:00"; one paragraph on screen.
    assert "Thursday 10 December at 10:00 works well for me" in text
    assert "\n\nBest regards,\nPriya" in text
    assert text.startswith("Hi Daniel,\n\n")


def test_after_examples_can_be_copied_but_before_examples_cannot(
    site_server: SiteServer, page: Page
) -> None:
    page.goto(site_server.url("before-after/"))
    page.wait_for_selector(".language-text .md-code__button", state="attached")

    def copy_buttons_after(heading: str) -> int:
        return int(
            page.evaluate(
                """id => {
                    let el = document.getElementById(id).nextElementSibling;
                    while (!el.classList.contains("language-text")) el = el.nextElementSibling;
                    const button = el.querySelector(".md-code__button");
                    return button && button.checkVisibility() ? 1 : 0;
                }""",
                heading,
            )
        )

    assert copy_buttons_after("before") == 0
    assert copy_buttons_after("after") == 1


def pdf_text(page: Page) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("path", ["checklists/", "templates/"])
def test_page_prints_without_navigation_or_controls(
    site_server: SiteServer, page: Page, path: str
) -> None:
    page.goto(site_server.url(path))
    content = re.sub(r"\s+", " ", page.inner_text(".md-content"))
    nav = page.eval_on_selector_all(
        ".md-nav--primary .md-nav__link", "links => links.map(l => l.textContent.trim())"
    )
    # Navigation labels the page's own text does not also use, such as "Why follow up".
    nav_only = {label for label in nav if label and label not in content}
    assert len(nav_only) >= 5
    page.emulate_media(media="print")
    pages, text = pdf_text(page)
    assert pages > 0
    assert page.title().split(" - ")[0] in text
    assert not [label for label in nav_only if label in text]
    for control in ("Copy to clipboard", "Skip to content", "Back to top"):
        assert control not in text
    # Links come with their address.
    assert site_server.base_url in text.replace(" ", "")


def test_checklist_boxes_print_as_boxes(site_server: SiteServer, page: Page) -> None:
    page.goto(site_server.url("checklists/"))
    page.emulate_media(media="print")
    box = page.eval_on_selector(
        ".task-list-indicator",
        """el => {
            const style = getComputedStyle(el, "::before");
            return [style.borderTopStyle, style.borderTopWidth, style.maskImage];
        }""",
    )
    assert box[0] == "solid"
    assert float(box[1].removesuffix("px")) >= 1
    assert box[2] == "none"
