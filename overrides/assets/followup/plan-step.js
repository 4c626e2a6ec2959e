// @ts-check
// What passes between the two tools: a step of the plan handed to the draft
// builder (its stage and the plan's dates, in the core's words), and the
// builder's interviewers, contact and company handed back for the calendar's event titles.
// Both sides use the builder's saved shape ({stage, details, interviewers, ...}),
// so this file is the only one outside the builder that knows it.

/** @typedef {import("./contract.js").Stage} Stage */

/**
 * @typedef {object} PlanStep
 * @property {Stage} stage                    the builder's stage for the step's message
 * @property {Record<string, string>} details the builder's fields the plan can fill
 * @property {Record<string, string>[]} [interviewers] the people met, when the step knows them
 *   (a step of "Your follow-ups" does; the calculator's does not)
 */

/**
 * The hand-over for one step: the stage its message is written with (a step of the
 * plan is written with the stage of the same id, StepKind being part of Stage), and
 * the core's `draft_details` for it, which are already the builder's fields by id. A
 * field the core leaves empty (null: no timeline stated) is cleared, so an old entry
 * is not sent by mistake.
 * @param {Stage} stage  the step's kind ("check_in"), or the stage that answers a reply
 * @param {Record<string, unknown>} dates  the core's `draft_details`
 * @returns {PlanStep}
 */
export function planStep(stage, dates) {
  const details = Object.entries(dates).map(([field, value]) => [field, typeof value === "string" ? value : ""]);
  return { stage, details: Object.fromEntries(details) };
}

/**
 * The builder's entries with a step of the plan written in: its stage, in
 * "write it" mode, with the plan's fields over the reader's.
 * @param {any} state  the builder's entries (possibly empty)
 * @param {PlanStep} step
 * @returns {any}
 */
export function withPlanStep(state, step) {
  const base = state && typeof state === "object" ? state : {};
  const details = base.details && typeof base.details === "object" ? base.details : {};
  const people = step.interviewers ? { interviewers: step.interviewers } : {};
  return { ...base, ...people, mode: "build", stage: step.stage, details: { ...details, ...step.details } };
}

/**
 * Whom the messages go to and where, from the builder's entries: the
 * interviewers with a name (each gets a thank-you); the contact the reader
 * chose for the later messages (an interviewer, or someone else by name), else
 * the first interviewer with a name; and the company.
 * @param {any} state  the builder's entries, or null
 * @returns {{contact: string, interviewers: string[], company: string}}
 */
export function contactOf(state) {
  const text = (/** @type {unknown} */ value) => (typeof value === "string" ? value.trim() : "");
  const details = state?.details && typeof state.details === "object" ? state.details : {};
  const people = Array.isArray(state?.interviewers) ? state.interviewers : [];
  const names = people.map((/** @type {any} */ person) => text(person?.name));
  const choice = text(details.contact);
  const chosen = /^interviewer:(\d+)$/.exec(choice);
  let contact = "";
  if (choice === "other") contact = text(details.contact_name);
  else if (chosen) contact = names[Number(chosen[1])] || "";
  const named = names.filter(Boolean);
  return { contact: contact || named[0] || "", interviewers: named, company: text(details.company) };
}
