// @ts-check
// The builder's buttons: add or remove an interviewer, jump between the form and
// the draft, go to a missing detail's field, and copy, download or mail a draft.
// What each did is said in the action line (its words in its data attributes).

import { copyAndSay, downloadAndSay, slot } from "./dom.js";
import { addPerson, removePerson } from "./draft-people.js";
import { missingField } from "./draft-render.js";

/** @typedef {import("./draft-form.js").Parts} Parts */
/** @typedef {import("./draft-render.js").View} View */

/**
 * Listens to the tool's clicks and the form's focus; returns the function that stops listening.
 * @param {HTMLElement} root
 * @param {Parts} parts
 * @param {View} view
 * @param {() => void} peopleChanged  a card was added or removed: show, keep and recompute
 * @returns {() => void}
 */
export function bindActions(root, parts, view, peopleChanged) {
  const { form } = parts;
  /** @type {Element | null} the form control the reader was last in, for "Back to the form" */
  let lastField = null;

  /** @param {MouseEvent} event */
  const onClick = async (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest("[data-action]"));
    if (!button || !root.contains(button)) return;
    const action = button.dataset.action;
    const panel = /** @type {HTMLElement | null} */ (button.closest('[data-slot="panel"]'));
    const draft = panel ? view.results[Number(panel.dataset.index)] : undefined;
    if (action === "add-person") {
      /** @type {HTMLInputElement} */ (addPerson(root, parts).querySelector("input")).focus();
      peopleChanged();
    } else if (action === "remove-person") {
      const card = /** @type {Element} */ (button.closest(".followup-person"));
      /** @type {HTMLInputElement} */ (removePerson(root, parts, card).querySelector("input")).focus();
      peopleChanged();
    } else if (action === "to-draft") {
      const title = slot(root, "result-title");
      title.scrollIntoView({ block: "start" });
      title.focus({ preventScroll: true });
    } else if (action === "to-problems") {
      // The GOV.UK pattern: the summary takes the focus, each problem a link to its field.
      // Centred: scrolling up brings the theme's "Back to top" button over the top of the screen.
      const summary = slot(root, "error-summary");
      summary.scrollIntoView({ block: "center" });
      summary.focus({ preventScroll: true });
    } else if (action === "to-form") {
      // Back to the field the reader left, or to the top of the form.
      const back = /** @type {HTMLElement} */ (
        lastField?.isConnected ? lastField : form.querySelector("input, select, textarea")
      );
      back.scrollIntoView({ block: "center" });
      back.focus({ preventScroll: true });
    } else if (action === "focus-field") {
      const field = missingField(root, button.dataset.path || "");
      if (field?.control) field.control.focus();
    } else if (action === "copy-subject" && draft) {
      await copyAndSay(parts.actionStatus, draft.subject, "copiedSubject");
    } else if (action === "copy-body" && draft?.body !== undefined) {
      await copyAndSay(parts.actionStatus, draft.body, "copiedBody");
    } else if (action === "download" && draft?.filename !== undefined && draft.text !== undefined) {
      downloadAndSay(parts.actionStatus, draft.filename, draft.text, "text/plain;charset=utf-8");
    }
  };

  /** @param {FocusEvent} event */
  const onFocusIn = (event) => {
    lastField = /** @type {Element} */ (event.target);
  };

  root.addEventListener("click", onClick);
  form.addEventListener("focusin", onFocusIn);
  return () => {
    root.removeEventListener("click", onClick);
    form.removeEventListener("focusin", onFocusIn);
  };
}
