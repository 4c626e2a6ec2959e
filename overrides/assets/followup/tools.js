// @ts-check
// Entry point, loaded on every page. It only looks for tool roots
// (data-followup-tool) and mounts them; pages without a tool load nothing more,
// and no Python at all unless a reader heads for a tool (intentToUseATool). Material's
// document$ emits on the first load and after every instant navigation, so tools mount on each page they appear on, are
// torn down when their page is left, and never mount twice.

const TOOLS = {
  timing: () => import("./timing-tool.js"),
  draft: () => import("./draft-tool.js"),
};

const mounted = new Map(); // root element -> {unmount()}

async function mountTool(root) {
  const load = TOOLS[root.dataset.followupTool];
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
}

function sync() {
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
  import("./prefetch.js").then(({ prefetchRuntime }) =>
    prefetchRuntime(new URL("assets/followup/runtime.json", root)),
  );
}

for (const type of ["pointerover", "focusin", "touchstart"]) {
  document.addEventListener(type, intentToUseATool, { passive: true });
}

/** Material's stream of new pages (instant navigation), when the theme provides it. */
const documentPages = /** @type {{document$?: {subscribe(next: () => void): unknown}}} */ (
  /** @type {unknown} */ (window)
).document$;
if (documentPages) {
  documentPages.subscribe(sync);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", sync);
} else {
  sync();
}
