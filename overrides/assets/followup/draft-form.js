// @ts-check
// The builder's form as data and back: what the reader typed, in the shape the
// store keeps ({mode, stage, channel, details, interviewers, ...}), and the bridge
// request (`draft` or `check`) it becomes. Saved data may come from an older page,
// so writing takes only what the form still has, and only text.

import { fromTemplate, slot } from "./dom.js";
import { addPerson } from "./draft-people.js";
import { named, refreshContacts } from "./draft-fields.js";

/**
 * The form's parts, found once.
 * @typedef {object} Parts
 * @property {HTMLFormElement} form
 * @property {HTMLElement} people        the list of interviewer cards (data-max: how many it takes)
 * @property {(HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[]} details  the detail fields
 * @property {string[]} subFields        each interviewer's field names ("name", "role")
 * @property {HTMLInputElement} save     the save switch
 * @property {HTMLElement} actionStatus  where copy and download say how they went
 */

/**
 * The builder's entries.
 * @typedef {object} DraftState
 * @property {"build" | "check"} mode
 * @property {string} stage
 * @property {string} channel
 * @property {boolean} linkedin_free_account
 * @property {Record<string, string>} details
 * @property {Record<string, string>[]} interviewers
 * @property {string} text              the reader's own draft, in "check" mode
 */

/**
 * @typedef {{op: "draft" | "check", args: Record<string, unknown>}} DraftCall
 */

/**
 * @param {HTMLElement} root the tool
 * @returns {Parts}
 */
export function partsOf(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
  const subs = /** @type {HTMLElement[]} */ ([...fromTemplate(root, "person").querySelectorAll("[data-sub]")]);
  return {
    form,
    people: slot(root, "people"),
    details: [...form.querySelectorAll(".followup-builder__details [name]")].map((element) => /** @type {any} */ (element)),
    subFields: subs.map((field) => field.dataset.sub || ""),
    save: named(form, "save"),
    actionStatus: slot(root, "action-status"),
  };
}

/**
 * The mode the reader chose: write a draft, or check their own.
 * @param {HTMLFormElement} form
 * @returns {"build" | "check"}
 */
export function modeOf(form) {
  const chosen = /** @type {HTMLInputElement} */ (form.querySelector('input[name="mode"]:checked'));
  return /** @type {"build" | "check"} */ (chosen.value);
}

/**
 * One interviewer card's field.
 * @param {Element} card
 * @param {string} name
 * @returns {HTMLInputElement}
 */
export function personField(card, name) {
  return /** @type {HTMLInputElement} */ (card.querySelector(`[name="${name}"]`));
}

/**
 * @param {Parts} parts
 * @returns {DraftState}
 */
export function readState(parts) {
  const { form } = parts;
  return {
    mode: modeOf(form),
    stage: named(form, "stage").value,
    channel: named(form, "channel").value,
    linkedin_free_account: named(form, "linkedin_free_account").checked,
    details: Object.fromEntries(parts.details.map((field) => [field.name, field.value])),
    interviewers: [...parts.people.children].map((card) =>
      Object.fromEntries(parts.subFields.map((name) => [name, personField(card, name).value])),
    ),
    text: named(form, "text").value,
  };
}

/**
 * Puts saved values back, taking only what the form still has and only text.
 * @param {HTMLElement} root
 * @param {Parts} parts
 * @param {any} state  kept entries, possibly from an older page
 */
export function writeState(root, parts, state) {
  const { form } = parts;
  const text = (/** @type {unknown} */ value) => (typeof value === "string" ? value : "");
  const choose = (/** @type {HTMLSelectElement} */ select, /** @type {unknown} */ value) => {
    if ([...select.options].some((option) => option.value === value)) select.value = /** @type {string} */ (value);
  };
  const mode = /** @type {HTMLInputElement} */ (
    form.querySelector(`input[name="mode"][value="${state.mode === "check" ? "check" : "build"}"]`)
  );
  mode.checked = true;
  choose(named(form, "stage"), state.stage);
  choose(named(form, "channel"), state.channel);
  // A free account unless the reader said theirs is paid: notes then fit either limit.
  named(form, "linkedin_free_account").checked = state.linkedin_free_account !== false;
  const details = state.details && typeof state.details === "object" ? state.details : {};
  for (const field of parts.details) field.value = text(details[field.name]);
  const people = Array.isArray(state.interviewers) ? state.interviewers : [];
  const max = Number(parts.people.dataset.max);
  parts.people.replaceChildren();
  for (const person of people.slice(0, max)) {
    const card = addPerson(root, parts);
    for (const name of parts.subFields) personField(card, name).value = text(person?.[name]);
  }
  if (!parts.people.children.length) addPerson(root, parts);
  refreshContacts(parts);
  const contact = named(form, "contact");
  if (contact) choose(contact, text(details.contact));
  named(form, "text").value = text(state.text);
}

/**
 * Empties the form as the page first showed it, with one empty interviewer card,
 * leaving the save switch as the reader set it.
 * @param {HTMLElement} root
 * @param {Parts} parts
 */
export function resetForm(root, parts) {
  const keepSaving = parts.save.checked;
  parts.form.reset();
  parts.save.checked = keepSaving;
  parts.people.replaceChildren();
  addPerson(root, parts);
}

/**
 * The reader's date today, as the core reads ``now``: it places dates written without a year
 * and tells a date still to come from one already past.
 * @returns {string}
 */
function today() {
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The bridge call for the entries: a draft from the details, or a check of the reader's text.
 * @param {DraftState} state
 * @returns {DraftCall}
 */
export function requestFor(state) {
  if (state.mode === "check") {
    return {
      op: "check",
      args: {
        text: state.text,
        stage: state.stage,
        channel: state.channel,
        linkedin_free_account: state.linkedin_free_account,
      },
    };
  }
  return {
    op: "draft",
    args: {
      stage: state.stage,
      channel: state.channel,
      linkedin_free_account: state.linkedin_free_account,
      now: today(),
      details: { ...state.details, interviewers: state.interviewers },
    },
  };
}
