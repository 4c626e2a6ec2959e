// @ts-check
// What the calculator fills in for the reader, who has just left an interview:
// today's date and the last quarter hour on their clock, their time zone once the
// engine knows it, and their country where tzdata places that zone in exactly one
// (the build writes one country per zone into the markup). And the zone
// suggestions, built the first time a zone field is used rather than while the
// page loads.

import { controlsOf } from "./timing-form.js";

const pad = (/** @type {number} */ number) => String(number).padStart(2, "0");

/**
 * The reader's country from their time zone ("" where the zone names none, or several).
 * @param {HTMLFormElement} form
 * @param {string} zone
 */
export function countryOfZone(form, zone) {
  const holder = /** @type {HTMLElement | null} */ (form.querySelector("[data-zone-countries]"));
  const list = form.querySelector("#ft-zones");
  // The zone names wait in data-options until the suggestions are built (fillSuggestions).
  const options = [...(list?.querySelectorAll("option") || [])].map((option) => option.value).join(" ");
  const zones = (list?.getAttribute("data-options") || options).split(" ");
  const countries = (holder?.dataset.zoneCountries || "").split(" ");
  const country = zone ? countries[zones.indexOf(zone)] : undefined;
  return country && country !== "-" ? country : "";
}

/**
 * Fills in what is still empty: today, the last quarter hour, and (once the engine knows
 * it, "" until then) the reader's zone and its country.
 * @param {HTMLFormElement} form
 * @param {string} zone
 */
export function prefill(form, zone) {
  const now = new Date();
  const fields = controlsOf(form);
  if (!fields.interview_date.value) {
    fields.interview_date.value = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  if (!fields.interview_time.value) {
    fields.interview_time.value = `${pad(now.getHours())}:${pad(now.getMinutes() - (now.getMinutes() % 15))}`;
  }
  if (!fields.candidate_tz.value) fields.candidate_tz.value = zone;
  if (!fields.candidate_country.value) fields.candidate_country.value = countryOfZone(form, zone);
}

/**
 * The engine has found the reader's zone: it goes in unless the reader's own entry is there.
 * @param {HTMLFormElement} form
 * @param {string} zone
 * @returns {boolean} whether the form changed
 */
export function fillReaderZone(form, zone) {
  const fields = controlsOf(form);
  if (fields.candidate_tz.value) return false; // kept, or typed meanwhile
  fields.candidate_tz.value = zone;
  if (!fields.candidate_country.value) fields.candidate_country.value = countryOfZone(form, zone);
  return true;
}

/**
 * A suggestion list kept as one attribute (data-options: names separated by spaces) gets its
 * options the first time a field that uses it is focused, not while the page loads.
 * @param {Event} event
 */
export function fillSuggestions(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.list?.dataset.options) return;
  const list = input.list;
  const options = document.createDocumentFragment();
  for (const name of (list.dataset.options || "").split(" ")) {
    const option = document.createElement("option");
    option.value = name;
    options.append(option);
  }
  list.replaceChildren(options);
  delete list.dataset.options;
}
