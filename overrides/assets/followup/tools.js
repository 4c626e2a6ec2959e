// @ts-check
// Entry point, loaded on every page. It only looks for tool roots
// (data-followup-tool) and mounts them; pages without a tool load nothing more (but
// the theme adapter, theme.js, with the colour toggle), and no Python at all unless a
// reader heads for a tool (intentToUseATool). The theme signals the first load and every
// instant navigation (onEachPage), so tools mount on each page they appear on, are torn
// down when their page is left, and never mount twice.

import { TEXT, onEachPage, startPalette } from "./theme.js";

try {
  startPalette(whenIdle);
} catch (error) {
  console.error(error); // the toggle is the theme's; the tools below must mount regardless
}

/** @typedef {{unmount(): void}} Mounted */
/** @typedef {{mount(root: HTMLElement, engine: import("./engine.js").Engine): Mounted}} Tool */

/** @type {Record<string, () => Promise<Tool>>} */
const TOOLS = {
  timing: () => import("./timing-tool.js"),
  draft: () => import("./draft-tool.js"),
  agenda: () => import("./agenda-tool.js"),
};

/** @type {Map<HTMLElement, Mounted | null>} */
const mounted = new Map(); // root element -> {unmount()}, null while it mounts

/** @param {HTMLElement} root */
async function mountTool(root) {
  const load = TOOLS[root.dataset.followupTool || ""];
  if (!load) return;
  mounted.set(root, null); // claimed: a second emission must not mount it again
  // Python starts loading as soon as the engine arrives, while the tool's own module loads.
  const engine = import("./engine.js").then(({ getEngine }) => getEngine());
  const [started, tool] = await Promise.all([engine, load()]);
  if (!root.isConnected) {
    mounted.delete(root);
    return;
  }
  mounted.set(root, tool.mount(root, started));
  // The theme and the tool have started; once their first render is done too, Python may
  // take the processor (engine.js, FEW_CORES).
  whenIdle(() => started.begin());
}

/** @param {() => void} callback  runs when the page is idle, or within half a second */
function whenIdle(callback) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 0);
}

/**
 * Gives each link in the page's text its full address in data-print-href, which
 * the print styles write after the link: on paper a link is only its address.
 */
function labelLinksForPrint() {
  /** @type {NodeListOf<HTMLAnchorElement>} */
  const links = document.querySelectorAll(TEXT.links);
  for (const link of links) {
    if (!link.getAttribute("href")?.startsWith("#")) link.dataset.printHref = link.href;
  }
}

/** A line at least this long was broken only to fit the page's source, not by its writer. */
const WRAPPED_AT = 45;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;
const HEADER = /^(?:Subject|To|Cc):/i;

/**
 * The guide's example messages (```text blocks) are written in the source with
 * line breaks every 60-odd characters. Shown at body size on a phone those
 * breaks leave ragged half-lines, so each paragraph's broken lines are joined
 * again and the text wraps to the screen; the copy button then copies
 * paragraphs, as a mail app wants them. Short lines (greetings, sign-offs),
 * list items and header lines keep their breaks.
 */
function reflowMessages() {
  /** @type {NodeListOf<HTMLElement>} */
  const messages = document.querySelectorAll(TEXT.messages);
  for (const code of messages) {
    if (code.dataset.reflowed !== undefined || code.children.length) continue;
    const lines = (code.textContent || "").split("\n");
    const joined = [lines[0]];
    lines.slice(1).forEach((line, index) => {
      const previous = lines[index]; // as written, before any joining
      const broken = previous.length >= WRAPPED_AT && !HEADER.test(previous);
      if (broken && line.trim() && !LIST_ITEM.test(line)) joined[joined.length - 1] += ` ${line.trim()}`;
      else joined.push(line);
    });
    code.textContent = joined.join("\n");
    code.dataset.reflowed = "";
  }
}

function sync() {
  labelLinksForPrint();
  reflowMessages();
  for (const [root, instance] of mounted) {
    if (!root.isConnected) {
      if (instance) instance.unmount();
      mounted.delete(root);
    }
  }
  for (const root of document.querySelectorAll("[data-followup-tool]")) {
    if (!(root instanceof HTMLElement)) continue;
    if (!mounted.has(root)) {
      mountTool(root).catch((error) => {
        root.dataset.state = "error";
        console.error(error);
      });
    }
  }
}

// A link to a page with a tool, pointed at, focused or touched: the reader is likely
// heading there, so the runtime may start arriving. Pages with a tool have no list
// (their runtime is already starting); readers who asked to save data get nothing.
/** @param {Event} event */
function intentToUseATool(event) {
  const intent = document.getElementById("followup-intent");
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  const connection = /** @type {{connection?: {saveData?: boolean}}} */ (
    /** @type {unknown} */ (navigator)
  ).connection;
  if (!intent || !(link instanceof HTMLAnchorElement) || connection?.saveData) return;
  /** @type {{base: string, toolPages: string[]}} */
  const { base, toolPages } = JSON.parse(intent.textContent || "{}");
  const root = new URL(`${base}/`, window.location.href);
  const target = new URL(link.href, window.location.href);
  if (target.origin !== root.origin) return;
  if (!toolPages.some((page) => new URL(page, root).pathname === target.pathname)) return;
  import("./prefetch.js").then(
    ({ prefetchRuntime }) => prefetchRuntime(new URL("assets/followup/runtime.json", root)),
    // Only a head start: the tool page loads whatever is missing, so say why and go on.
    (error) => console.info("The tools' runtime could not be fetched ahead:", error),
  );
}

for (const type of ["pointerover", "focusin", "touchstart"]) {
  document.addEventListener(type, intentToUseATool, { passive: true });
}

onEachPage(sync);
