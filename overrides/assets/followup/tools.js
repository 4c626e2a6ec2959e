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

/**
 * Gives each link in the page's text its full address in data-print-href, which
 * the print styles write after the link: on paper a link is only its address.
 */
function labelLinksForPrint() {
  for (const link of document.querySelectorAll(".md-content a[href]:not(.headerlink, .md-button)")) {
    if (!link.getAttribute("href").startsWith("#")) link.dataset.printHref = link.href;
  }
}

function sync() {
  labelLinksForPrint();
  for (const [root, instance] of mounted) {
    if (!root.isConnected) {
      if (instance) instance.unmount();
      mounted.delete(root);
    }
  }
  for (const root of document.querySelectorAll("[data-followup-tool]")) {
    if (!mounted.has(root)) {
      mountTool(root).catch((error) => {
        root.dataset.state = "error";
        console.error(error);
      });
    }
  }
}

if (window.document$) {
  window.document$.subscribe(sync);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", sync);
} else {
  sync();
}
