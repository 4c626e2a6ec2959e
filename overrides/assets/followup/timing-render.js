// @ts-check
// The core's plan on screen. Each step is a copy of the markup's step <template>
// with the core's words set into its slots; the step "what to do now" is about
// gets its badge; each step whose message the builder writes gets a link there.
// The link's words and the builder's address are the schema's, written into the
// list's data attributes at build time (data-write, data-builder).

import { fromTemplate, guideURL, setText, slot, textItems } from "./dom.js";

/** @typedef {import("./contract.js").PlanResult} PlanResult */
/** @typedef {import("./contract.js").PlanStep} PlanStep */
/** @typedef {import("./contract.js").StepDisplay} StepDisplay */
/** @typedef {import("./contract.js").StepKind} StepKind */

/**
 * One step as a list item.
 * @param {HTMLElement} root
 * @param {PlanStep} step
 * @param {StepDisplay} shown  its moments in words
 * @param {Partial<Record<StepKind, string>>} write  what each step's link offers to write
 */
function stepItem(root, step, shown, write) {
  const item = fromTemplate(root, "step");
  item.dataset.kind = step.kind;
  setText(slot(item, "title"), step.title);
  setText(slot(item, "when"), shown.when.yours);
  setText(slot(item, "theirs"), shown.when.theirs);
  slot(item, "theirs-wrap").hidden = !shown.when.theirs;
  setText(slot(item, "window-start"), shown.window_start.yours);
  setText(slot(item, "window-end"), shown.window_end.yours);
  setText(slot(item, "reason"), step.reason);
  const words = write[step.kind];
  if (words) {
    const steps = slot(root, "steps");
    setText(slot(item, "write-what"), words);
    /** @type {HTMLAnchorElement} */ (slot(item, "write")).href = guideURL(steps.dataset.builder || "");
    slot(item, "write-wrap").hidden = false;
  }
  return item;
}

/**
 * Marks the step "what to do now" is about: due now, or the next one to wait for.
 * @param {HTMLElement} item
 * @param {PlanResult["status"]} status
 * @param {HTMLElement} steps  the list, holding the badges' words
 */
function badge(item, status, steps) {
  const waiting = status.kind === "wait" || status.kind === "not_yet_held";
  item.setAttribute("aria-current", "step");
  setText(slot(item, "badge"), waiting ? steps.dataset.badgeNext : steps.dataset.badgeNow);
  slot(item, "badge").hidden = false;
}

/**
 * Shows the core's plan: what to do now, each step, when to stop, and the notes.
 * @param {HTMLElement} root
 * @param {PlanResult} plan
 */
export function renderPlan(root, plan) {
  const title = slot(root, "result-title");
  setText(title, title.dataset.live);
  setText(slot(root, "now"), plan.status.message);
  const steps = slot(root, "steps");
  /** @type {Partial<Record<StepKind, string>>} */
  const write = JSON.parse(steps.dataset.write || "{}");
  steps.replaceChildren(
    ...plan.steps.map((step, index) => {
      const item = stepItem(root, step, plan.display.steps[index], write);
      if (step.kind === plan.status.step) badge(item, plan.status, steps);
      return item;
    }),
  );
  setText(slot(root, "stop"), plan.stop.message);
  const notes = slot(root, "notes");
  notes.replaceChildren(...textItems(plan.notes));
  notes.hidden = plan.notes.length === 0;
}
