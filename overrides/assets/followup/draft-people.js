// @ts-check
// The interviewer cards: as many as the reader adds (up to the list's data-max),
// each numbered, with ids, labels and error slots that name its place
// ("details.interviewers.1.name"), so the core's errors land on the right card.

import { fromTemplate, setText, slot } from "./dom.js";

/** @typedef {import("./draft-form.js").Parts} Parts */

/**
 * Gives each card its number, ids, labels and error slots after a change.
 * @param {HTMLElement} root
 * @param {Parts} parts
 */
export function renumberPeople(root, parts) {
  const cards = [...parts.people.children];
  cards.forEach((card, index) => {
    const number = index + 1;
    const title = slot(card, "person-title");
    setText(title, `${title.dataset.title} ${number}`);
    setText(slot(card, "remove-who"), ` ${(title.dataset.title || "").toLowerCase()} ${number}`);
    /** @type {HTMLElement} */ (card.querySelector('[data-action="remove-person"]')).hidden = cards.length === 1;
    /** @type {NodeListOf<HTMLElement>} */
    const fields = card.querySelectorAll("[data-sub]");
    for (const field of fields) {
      const path = `details.interviewers.${index}.${field.dataset.sub}`;
      const id = `fd-person-${number}-${field.dataset.sub}`;
      const control = /** @type {HTMLInputElement} */ (field.querySelector("input"));
      const hint = /** @type {HTMLElement} */ (field.querySelector(".followup-hint"));
      const error = /** @type {HTMLElement} */ (field.querySelector(".followup-error"));
      field.dataset.field = path;
      control.id = id;
      /** @type {HTMLLabelElement} */ (field.querySelector("label")).htmlFor = id;
      hint.id = `${id}-hint`;
      error.id = `${id}-error`;
      error.dataset.errorFor = path;
      control.setAttribute("aria-describedby", `${hint.id} ${error.id}`);
    }
  });
  const full = cards.length >= Number(parts.people.dataset.max);
  /** @type {HTMLElement} */ (root.querySelector('[data-action="add-person"]')).hidden = full;
  slot(root, "people-full").hidden = !full;
}

/**
 * Adds an empty card at the end of the list.
 * @param {HTMLElement} root
 * @param {Parts} parts
 * @returns {HTMLElement} the new card
 */
export function addPerson(root, parts) {
  const card = fromTemplate(root, "person");
  parts.people.append(card);
  renumberPeople(root, parts);
  return card;
}

/**
 * Removes a card and returns the one the focus should move to (the next, else the one before).
 * @param {HTMLElement} root
 * @param {Parts} parts
 * @param {Element} card
 * @returns {Element}
 */
export function removePerson(root, parts, card) {
  const next = /** @type {Element} */ (card.nextElementSibling || card.previousElementSibling);
  card.remove();
  renumberPeople(root, parts);
  return next;
}
