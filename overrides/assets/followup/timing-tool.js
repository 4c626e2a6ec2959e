// @ts-check
// The timing calculator's page side, wiring its parts together: the form as the
// bridge's `plan` arguments and as kept entries (timing-form.js), what is filled
// in for the reader (timing-reader.js), the core's plan on screen
// (timing-render.js), the buttons (timing-actions.js), and the shared save switch
// (saving.js). Every date, rule and sentence comes from the core or the markup.

import { bindStatus, clearFieldErrors, latestOnly, setText, showErrors, slot } from "./dom.js";
import { bindSaving } from "./saving.js";
import { bindActions } from "./timing-actions.js";
import { countriesOf, emptyEntries, readArgs, readEntries, showTimelinePart, writeEntries } from "./timing-form.js";
import { fillReaderZone, fillSuggestions, prefill } from "./timing-reader.js";
import { renderPlan } from "./timing-render.js";

/** @typedef {import("./contract.js").PlanArgs} PlanArgs */
/** @typedef {import("./contract.js").PlanResult} PlanResult */
/** @typedef {import("./engine.js").Engine} Engine */

/** The calculator's section of the shared store. */
const SECTION = "timing";
const REFRESH_MS = 60000; // "what to do now" follows the clock

/**
 * @param {HTMLElement} root  the tool's markup (data-followup-tool="timing")
 * @param {Engine} engine
 * @returns {{unmount(): void}}
 */
export function mount(root, engine) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
  /** @type {NodeListOf<HTMLButtonElement>} */
  const actions = root.querySelectorAll(
    "[data-action='download-ics'], [data-action='copy-text'], [data-action='add-agenda']",
  );
  const actionStatus = slot(root, "action-status");
  /** @type {{args: PlanArgs, plan: PlanResult} | null} */
  let current = null; // the answer on screen
  let zone = ""; // the reader's, from the engine

  const compute = latestOnly(async () => {
    const args = readArgs(form);
    let reply;
    try {
      reply = await engine.call("plan", args, countriesOf(args));
    } catch {
      return; // the engine failed: its status line says so
    }
    clearFieldErrors(root);
    if (reply.ok) {
      current = { args, plan: reply.result };
      renderPlan(root, reply.result);
      root.classList.remove("followup-tool--stale");
    } else {
      showErrors(root, reply);
      root.classList.add("followup-tool--stale");
    }
    for (const button of actions) button.disabled = !reply.ok;
    root.dataset.state = "ready";
  });

  const recompute = () => {
    if (engine.status.state === "ready") compute(undefined);
    else engine.prepare(countriesOf(readArgs(form))); // tables on their way while Python starts
  };

  const saving = bindSaving({
    root,
    section: SECTION,
    read: () => readEntries(form),
    write: (state) => writeEntries(root, form, state),
    empty: () => {
      emptyEntries(root, form);
      prefill(form, zone);
      setText(actionStatus, "");
      recompute();
    },
    changed: () => recompute(),
  });

  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  prefill(form, zone);
  engine.readerZone.then((/** @type {string} */ readerZone) => {
    zone = readerZone;
    if (fillReaderZone(form, zone)) recompute();
  });
  showTimelinePart(form);
  engine.prepare(countriesOf(readArgs(form))); // kept entries: their tables on their way now

  /** @param {Event} event */
  const onInput = (event) => {
    const name = /** @type {HTMLInputElement} */ (event.target).name;
    if (name === "save") return;
    if (name === "timeline") showTimelinePart(form);
    setText(actionStatus, "");
    saving.keep();
    recompute();
  };

  form.addEventListener("input", onInput);
  form.addEventListener("focusin", fillSuggestions);
  form.addEventListener("submit", (event) => event.preventDefault());
  const stopActions = bindActions({
    root,
    engine,
    current: () => current,
    daysOffChanged: () => saving.keep(),
    recompute,
  });
  const refresh = setInterval(recompute, REFRESH_MS);
  const stopStatus = bindStatus(root, engine, recompute);

  return {
    unmount() {
      saving.unbind();
      stopStatus();
      stopActions();
      clearInterval(refresh);
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusin", fillSuggestions);
    },
  };
}
