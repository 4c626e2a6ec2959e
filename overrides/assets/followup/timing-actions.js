// @ts-check
// The calculator's buttons: add or remove a day off, write a step's message in the
// builder, download the plan for a calendar, copy it as text, and add it to "Your
// follow-ups". What each did is said in the action line (its words in its data
// attributes); the calendar file, the text and the plan itself are the core's.

import { addPlanned } from "./agenda-data.js";
import { copyAndSay, downloadAndSay, setText, slot } from "./dom.js";
import { contactOf, planStep, withPlanStep } from "./plan-step.js";
import { Store, handTo, latestOf } from "./store.js";
import { addDayOff, controlsOf, countriesOf, removeDayOff } from "./timing-form.js";

/** @typedef {import("./contract.js").PlanArgs} PlanArgs */
/** @typedef {import("./contract.js").PlanResult} PlanResult */
/** @typedef {import("./contract.js").StepKind} StepKind */
/** @typedef {import("./engine.js").Engine} Engine */

/** The builder's section of the shared store. */
const BUILDER = "draft";

/**
 * @typedef {object} TimingActions
 * @property {HTMLElement} root
 * @property {Engine} engine
 * @property {() => {args: PlanArgs, plan: PlanResult} | null} current  the answer on screen
 * @property {() => void} daysOffChanged  a day off was added or removed: keep the entries
 * @property {() => void} recompute
 */

/**
 * Listens to the tool's clicks; returns the function that stops listening.
 * @param {TimingActions} options
 * @returns {() => void}
 */
export function bindActions({ root, engine, current, daysOffChanged, recompute }) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
  const save = controlsOf(form).save;
  const line = slot(root, "action-status");
  const store = new Store();

  /**
   * The step's stage and the plan's dates go to the builder: in memory, and kept if saving is on.
   * @param {PlanResult} plan
   * @param {StepKind} kind
   */
  const handOver = (plan, kind) => {
    const step = planStep(kind, plan.draft_details);
    handTo(BUILDER, step);
    if (save.checked) store.saveSection(BUILDER, withPlanStep(latestOf(store, BUILDER), step));
  };

  /**
   * The plan as a calendar file; the builder's people and company name its events.
   * @param {PlanArgs} planArgs
   */
  const downloadCalendar = async (planArgs) => {
    const args = { ...planArgs, ...contactOf(latestOf(store, BUILDER)) };
    let reply;
    try {
      reply = await engine.call("ics", args, countriesOf(args));
    } catch {
      return; // the engine failed: its status line says so
    }
    if (reply.ok) downloadAndSay(line, reply.result.filename, reply.result.content, "text/calendar");
    else setText(line, reply.error.message);
  };

  /** @param {MouseEvent} event */
  const onClick = async (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-action]") : null;
    if (!(button instanceof HTMLElement) || !root.contains(button)) return;
    const action = button.dataset.action;
    const shown = current();
    if (action === "add-day-off") {
      addDayOff(root).querySelector("input")?.focus();
      daysOffChanged();
    } else if (action === "remove-day-off") {
      /** @type {HTMLElement | null} */ (removeDayOff(root, /** @type {HTMLElement} */ (button.closest("li"))))?.focus();
      daysOffChanged();
      recompute();
    } else if (action === "write" && shown) {
      // The link goes on to the builder (instant navigation keeps this tab's memory).
      const step = /** @type {HTMLElement} */ (button.closest("[data-kind]"));
      handOver(shown.plan, /** @type {StepKind} */ (step.dataset.kind));
    } else if (action === "download-ics" && shown) {
      await downloadCalendar(shown.args);
    } else if (action === "add-agenda" && shown) {
      const added = addPlanned(store, shown.args, save.checked);
      setText(line, added ? line.dataset.added : line.dataset.updated);
      slot(root, "agenda-link").hidden = false;
    } else if (action === "copy-text" && shown) {
      await copyAndSay(line, shown.plan.text, "copied");
    }
  };

  root.addEventListener("click", onClick);
  return () => root.removeEventListener("click", onClick);
}
