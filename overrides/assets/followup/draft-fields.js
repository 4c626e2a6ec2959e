// @ts-check
// Which fields the form shows: those of the chosen mode ("write it" or "check it"),
// channel and stage (the schema's `stages` and `shown_when`, written into the
// markup as data-stages and data-shown-when), and the contact list, which offers
// each interviewer by the name typed so far.

import { setText } from "./dom.js";

/** @typedef {import("./draft-form.js").Parts} Parts */

/**
 * The form's control of that name (a select, an input), or null where the form has none.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @returns {any}
 */
export function named(form, name) {
  return form.elements.namedItem(name);
}

/**
 * Offers each interviewer, by the name typed so far, as the contact for later messages.
 * @param {Parts} parts
 */
export function refreshContacts(parts) {
  /** @type {HTMLSelectElement | null} */
  const select = named(parts.form, "contact");
  if (!select) return;
  const chosen = select.value;
  const names = [...parts.people.children].map((card, index) => {
    const name = /** @type {HTMLInputElement} */ (card.querySelector('[name="name"]')).value.trim();
    return name || `Interviewer ${index + 1}`;
  });
  const first = /** @type {HTMLOptionElement} */ (select.options[0]);
  const other = /** @type {HTMLOptionElement} */ (select.querySelector('option[value="other"]'));
  setText(first, names.length ? `${names[0]} (the first interviewer)` : first.dataset.firstInterviewer);
  first.value = "interviewer:0";
  const options = names.slice(1).map((name, index) => {
    const option = document.createElement("option");
    option.value = `interviewer:${index + 1}`;
    option.textContent = name;
    return option;
  });
  select.replaceChildren(first, ...options, other);
  select.value = [...select.options].some((option) => option.value === chosen) ? chosen : first.value;
}

/**
 * A stage written to someone other than an interviewer (a recruiter's thank-you) starts there.
 * @param {Parts} parts
 */
export function contactForStage(parts) {
  /** @type {HTMLSelectElement | null} */
  const select = named(parts.form, "contact");
  /** @type {HTMLSelectElement} */
  const stages = named(parts.form, "stage");
  const stage = stages.selectedOptions[0];
  if (select && stage?.dataset.defaultContact === "other") select.value = "other";
}

/**
 * Shows only the fields the chosen stage uses (the schema's `stages` and `shown_when`).
 * @param {Parts} parts
 */
export function showFieldsFor(parts) {
  refreshContacts(parts);
  const stage = named(parts.form, "stage").value;
  /** @type {NodeListOf<HTMLElement>} */
  const fields = parts.form.querySelectorAll("[data-stages]");
  for (const field of fields) {
    const [name, value] = (field.dataset.shownWhen || "=").split("=");
    const shown = !name || named(parts.form, name)?.value === value;
    field.hidden = !(field.dataset.stages || "").split(" ").includes(stage) || !shown;
  }
}

/**
 * Shows the fieldsets of the chosen mode, the parts of the chosen channel, and the stage's fields.
 * @param {Parts} parts
 */
export function showMode(parts) {
  const { form } = parts;
  const mode = /** @type {HTMLInputElement} */ (form.querySelector('input[name="mode"]:checked')).value;
  /** @type {NodeListOf<HTMLElement>} */
  const fieldsets = form.querySelectorAll("[data-mode]");
  for (const fieldset of fieldsets) fieldset.hidden = fieldset.dataset.mode !== mode;
  const channel = named(form, "channel").value;
  /** @type {NodeListOf<HTMLElement>} */
  const channelParts = form.querySelectorAll("[data-channel-only]");
  for (const part of channelParts) part.hidden = part.dataset.channelOnly !== channel;
  showFieldsFor(parts);
}
