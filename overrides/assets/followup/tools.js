// @ts-check
// Entry point, loaded on every page. It only looks for tool roots
// (data-followup-tool) and mounts them; pages without a tool load nothing more,
// and no Python at all. Material's document$ emits on the first load and after
// every instant navigation, so tools mount on each page they appear on, are
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
