// @ts-check
// The draft builder's page side, wiring its parts together: the form as data and
// the bridge request it becomes (draft-form.js), the fields each mode, channel and
// stage shows (draft-fields.js), the core's drafts with the checker's findings
// marked in place (draft-render.js), the tabs between drafts (draft-tabs.js), the
// buttons (draft-actions.js), and the shared save switch (saving.js). Every
// sentence, rule, limit and file name comes from the core or from the markup.

import { bindStatus, clearFieldErrors, errorsOf, latestOnly, setText, showErrors } from "./dom.js";
import { bindActions } from "./draft-actions.js";
import { contactForStage, showMode } from "./draft-fields.js";
import { partsOf, readState, requestFor, resetForm, writeState } from "./draft-form.js";
import { addPerson } from "./draft-people.js";
import { render, showDockProblems, showDraft } from "./draft-render.js";
import { bindTabs } from "./draft-tabs.js";
import { addFromBuilder } from "./agenda-data.js";
import { withPlanStep } from "./plan-step.js";
import { bindSaving } from "./saving.js";
import { Store, takeHanded } from "./store.js";

/** @typedef {ReturnType<typeof import("./engine.js").getEngine>} Engine */
/** @typedef {import("./contract.js").Draft} Draft */
/** @typedef {import("./contract.js").CheckResult} CheckResult */
/** @typedef {import("./draft-render.js").View} View */

/** The builder's section of the shared store. */
const SECTION = "draft";

/**
 * @param {HTMLElement} root  the tool's markup (data-followup-tool="draft")
 * @param {Engine} engine
 * @returns {{unmount(): void}}
 */
export function mount(root, engine) {
  const parts = partsOf(root);
  const { form } = parts;
  /** @type {View} */
  const view = { mode: "build", text: "", results: [], selected: 0 };
  let requested = 0;

  const compute = latestOnly(async () => {
    const id = requested;
    const state = readState(parts);
    const { op, args } = requestFor(state);
    let reply;
    try {
      reply = await engine.call(op, args);
    } catch {
      return; // the engine failed or restarted: its status line says so, and a restart recomputes
    }
    clearFieldErrors(root);
    if (reply.ok) {
      view.mode = state.mode;
      view.text = state.text;
      view.results =
        op === "check"
          ? [{ .../** @type {CheckResult} */ (reply.result), to: "", subject: "", missing: [] }]
          : /** @type {{drafts: Draft[]}} */ (reply.result).drafts;
      render(root, view);
      root.classList.remove("followup-tool--stale");
    } else {
      showErrors(root, reply);
      showDockProblems(root, errorsOf(reply).length);
      root.classList.add("followup-tool--stale");
    }
    root.dataset.state = "ready";
    if (id === requested) delete root.dataset.busy;
  });

  const recompute = () => {
    requested += 1;
    root.dataset.busy = "true";
    if (engine.status.state === "ready") compute(undefined);
  };

  const emptyForm = () => {
    resetForm(root, parts);
    view.selected = 0;
    showMode(parts);
    setText(parts.actionStatus, "");
    recompute();
  };

  const saving = bindSaving({
    root,
    section: SECTION,
    read: () => readState(parts),
    write: (state) => {
      writeState(root, parts, state);
      showMode(parts);
    },
    empty: emptyForm,
    changed: recompute,
  });
  if (!saving.restored) addPerson(root, parts);
  // A step of the plan sent the reader here: its stage, dates and timeline go in the form.
  const handed = takeHanded(SECTION);
  if (handed) {
    writeState(root, parts, withPlanStep(readState(parts), handed));
    saving.keep();
  }
  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  showMode(parts);

  /** @param {Event} event */
  const onInput = (event) => {
    const name = /** @type {HTMLInputElement} */ (event.target).name;
    if (name === "save") return;
    if (name === "stage") contactForStage(parts);
    showMode(parts);
    setText(parts.actionStatus, "");
    saving.keep();
    recompute();
  };

  /** @param {SubmitEvent} event */
  const onSubmit = (event) => event.preventDefault();

  // "Add to my follow-ups": the interview with this company and role is updated here, or the
  // link goes on to the follow-ups page, whose add form takes these entries.
  /** @param {MouseEvent} event */
  const onAgenda = (event) => {
    const link = /** @type {Element} */ (event.target).closest("[data-action='add-agenda']");
    if (!link) return;
    const outcome = addFromBuilder(new Store(), readState(parts), parts.save.checked);
    if (outcome !== "updated") return;
    // Stays here: neither the browser nor the theme's instant navigation follows the link.
    event.preventDefault();
    event.stopPropagation();
    const said = /** @type {HTMLElement} */ (root.querySelector("[data-slot='agenda-status']"));
    setText(said, said.dataset.updated);
  };

  const stopActions = bindActions(root, parts, view, () => {
    showMode(parts);
    saving.keep();
    recompute();
  });
  const stopTabs = bindTabs(root, {
    count: () => view.results.length,
    selected: () => view.selected,
    choose: (index, options) => showDraft(root, view, index, options),
  });
  form.addEventListener("input", onInput);
  form.addEventListener("submit", onSubmit);
  root.addEventListener("click", onAgenda);
  const stopStatus = bindStatus(root, engine, recompute);

  return {
    unmount() {
      saving.unbind();
      stopStatus();
      stopActions();
      stopTabs();
      form.removeEventListener("input", onInput);
      form.removeEventListener("submit", onSubmit);
      root.removeEventListener("click", onAgenda);
    },
  };
}
