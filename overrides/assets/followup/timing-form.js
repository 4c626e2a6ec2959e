// @ts-check
// The calculator's form as data: the bridge's `plan` arguments it becomes, the
// entries the store keeps, and the parts that come and go (the timeline's fields,
// the days off). Values go to the core as typed: the core judges them and names
// the field of any that is wrong.

import { checkedValue, fromTemplate, slot } from "./dom.js";
import { readControls, writeControls } from "./formstate.js";

/** @typedef {import("./contract.js").PlanArgs} PlanArgs */
/** @typedef {import("./contract.js").Timeline} Timeline */
/**
 * The form's controls by name (timing-tool.html); a select or a box reads the same way here.
 * @typedef {Record<string, HTMLInputElement>} Controls
 */

/** Fields the reader adds as many of as they need; kept as lists. */
const REPEATED = ["holidays"];
/** The save switch belongs to the store, not to the entries. */
const SKIP = ["save"];

/**
 * @param {HTMLFormElement} form
 * @returns {Controls}
 */
export const controlsOf = (form) => /** @type {Controls} */ (/** @type {unknown} */ (form.elements));

/**
 * What they said about the decision, as the core takes it: nothing, a date, or a span.
 * @param {HTMLFormElement} form
 * @returns {Timeline | null}
 */
function timelineOf(form) {
  const fields = controlsOf(form);
  const kind = checkedValue(form, "timeline");
  if (kind === "by") return { by: fields.timeline_by.value };
  if (kind !== "within") return null;
  const within = fields.timeline_within.value.trim();
  const unit = /** @type {Timeline["unit"]} */ (fields.timeline_unit.value);
  return { within: within === "" ? null : Number(within), unit };
}

/**
 * The form as the bridge's `plan` arguments; values are passed as typed, the core judges them.
 * @param {HTMLFormElement} form
 * @returns {PlanArgs}
 */
export function readArgs(form) {
  const fields = controlsOf(form);
  const date = fields.interview_date.value;
  const time = fields.interview_time.value;
  const grace = fields.grace_working_days.value.trim();
  return {
    interview_end: date && time ? `${date}T${time}` : "",
    candidate_tz: fields.candidate_tz.value,
    interviewer_tz: fields.interviewer_tz.value || null,
    candidate_country: fields.candidate_country.value,
    // Blank: the core takes the reader's country for the interviewer too.
    interviewer_country: fields.interviewer_country.value || null,
    timeline: timelineOf(form),
    working_days: [...form.querySelectorAll('input[name="working_days"]:checked')].map((box) =>
      Number(/** @type {HTMLInputElement} */ (box).value),
    ),
    working_hours: [fields.working_start.value, fields.working_end.value],
    holidays: [...form.querySelectorAll('input[name="holidays"]')]
      .map((input) => /** @type {HTMLInputElement} */ (input).value)
      .filter(Boolean),
    // Empty means "the default"; anything else goes as typed, and the core names a bad value.
    grace_working_days: grace === "" ? null : Number(grace),
    pace: /** @type {PlanArgs["pace"]} */ (checkedValue(form, "pace")),
    decision_imminent: fields.decision_imminent.checked,
    now: new Date().toISOString(),
  };
}

/**
 * The countries (ISO 3166-1) whose public-holiday tables the engine fetches before it asks
 * the core: "gb-sct" needs GB's table. The core reads the codes themselves.
 * @param {PlanArgs} args
 * @returns {string[]}
 */
export function countriesOf(args) {
  const codes = [args.candidate_country, args.interviewer_country].map((code) =>
    String(code || "").trim().toUpperCase().replace(/_/g, "-").split("-")[0],
  );
  return [...new Set(codes.filter(Boolean))];
}

/**
 * Shows the fields of the timeline the reader chose; a part may belong to several choices
 * (data-timeline-part="by within").
 * @param {HTMLFormElement} form
 */
export function showTimelinePart(form) {
  const kind = checkedValue(form, "timeline");
  /** @type {NodeListOf<HTMLElement>} */
  const parts = form.querySelectorAll("[data-timeline-part]");
  for (const part of parts) {
    part.hidden = !(part.dataset.timelinePart || "").split(" ").includes(kind);
  }
}

/**
 * One more day-off field, from the markup's template.
 * @param {HTMLElement} root
 * @returns {HTMLElement} the new entry
 */
export function addDayOff(root) {
  const item = fromTemplate(root, "day-off");
  slot(root, "days-off").append(item);
  return item;
}

/**
 * Removes a day-off entry.
 * @param {HTMLElement} root
 * @param {HTMLElement} item
 * @returns {HTMLElement | null} where the focus goes: a neighbour's field, or the add button
 */
export function removeDayOff(root, item) {
  const next = item.nextElementSibling || item.previousElementSibling;
  item.remove();
  return next ? next.querySelector("input") : root.querySelector('[data-action="add-day-off"]');
}

/**
 * As many day-off fields as there are kept values.
 * @param {HTMLElement} root
 * @param {number} count
 */
function makeRoom(root, count) {
  const list = slot(root, "days-off");
  while (list.lastElementChild && list.children.length > count) list.lastElementChild.remove();
  while (list.children.length < count) addDayOff(root);
}

/**
 * The reader's entries as the store keeps them.
 * @param {HTMLFormElement} form
 */
export function readEntries(form) {
  return readControls(form, { skip: SKIP, repeated: REPEATED });
}

/**
 * Puts kept entries back, with as many days off as they hold.
 * @param {HTMLElement} root
 * @param {HTMLFormElement} form
 * @param {unknown} state
 */
export function writeEntries(root, form, state) {
  writeControls(form, state, { skip: SKIP, repeated: REPEATED, makeRoom: (_name, count) => makeRoom(root, count) });
  showTimelinePart(form);
}

/**
 * Empties the form (the save switch stays as the reader set it).
 * @param {HTMLElement} root
 * @param {HTMLFormElement} form
 */
export function emptyEntries(root, form) {
  const save = controlsOf(form).save;
  const keep = save.checked;
  form.reset();
  save.checked = keep;
  makeRoom(root, 0);
  showTimelinePart(form);
}
