"""axe-core in a Playwright page: the WCAG 2.0 to 2.2 A/AA rules plus ``target-size``.

axe goes in as an init script: the pages' Content Security Policy blocks
inline scripts, so ``add_script_tag`` would be refused, and switching the
policy off would audit a page readers never see. The violations come back as
plain data; ``describe`` turns them into lines a person can act on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ElementHandle, Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

#: axe-core's WCAG A and AA rules, 2.0 to 2.2, plus target-size (off by default).
RUN_AXE = """async (root) => {
  const result = await axe.run(root || document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    rules: {"target-size": {enabled: true}},
  });
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary})),
  }));
}"""


def install_axe(context: BrowserContext) -> None:
    """Makes ``window.axe`` available on every page the context opens from now on."""
    context.add_init_script(path=AXE)


#: True once no CSS transition or animation is running: colours measured mid-fade (the
#: theme fades search results in) are neither the start's nor the end's.
SETTLED = "() => document.getAnimations().every((a) => a.playState !== 'running')"


def violations(page: Page, root: ElementHandle | None = None) -> list[dict[str, Any]]:
    """axe's violations in ``root`` (the whole document by default), once nothing is fading."""
    page.wait_for_function(SETTLED, timeout=10_000)
    return cast(list[dict[str, Any]], page.evaluate(RUN_AXE, root))


def describe(found: list[dict[str, Any]]) -> str:
    """One paragraph per rule: its id and help, then each failing element and why."""
    lines: list[str] = []
    for violation in found:
        lines.append(f"{violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            summary = " ".join(str(node["summary"]).split())
            lines.append(f"    {node['target']}\n        {summary}")
    return "\n".join(lines)


def assert_no_violations(found: list[dict[str, Any]], where: str = "") -> None:
    """Fails with axe's findings spelled out, one rule and element to a line."""
    assert found == [], f"axe found violations{where}:\n{describe(found)}"
