// Put first into every page the cross-engine tests and the benchmark serve to Firefox and
// WebKit (enginekit.add_probe): those drivers cannot run a script before a page's own, as
// Playwright's add_init_script does for Chromium. It records, from the first moment:
// - window.__followupProblems: policy violations, errors (scripts and failed resources),
//   unhandled rejections and console.error calls (WebKit's driver shows no console);
// - window.__readyAt: performance.now() when a tool first reports data-state="ready".
(() => {
  const seen = [];
  window.__followupProblems = seen;
  window.__readyAt = null;
  addEventListener("securitypolicyviolation", (event) => {
    seen.push(`policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
  });
  addEventListener(
    "error",
    (event) => {
      if (event instanceof ErrorEvent) seen.push(`error: ${event.message}`);
      else if (event.target instanceof Element) {
        const target = /** @type {any} */ (event.target);
        seen.push(`failed to load: ${target.src || target.href || target.tagName}`);
      }
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => seen.push(`unhandled rejection: ${event.reason}`));
  const error = console.error;
  console.error = function (...args) {
    seen.push(`console.error: ${args.map(String).join(" ")}`);
    return error.apply(this, args);
  };
  new MutationObserver((changes, observer) => {
    for (const change of changes) {
      const target = /** @type {HTMLElement} */ (change.target);
      if (target.dataset && target.dataset.state === "ready") {
        window.__readyAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
})();
