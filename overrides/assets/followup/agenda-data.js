// @ts-check
// "Your follow-ups" as data: the list of interviews kept in the shared store's
// `agenda` section (under the same save switch as the other tools), in the shape of
// the core's `agenda` operation and of the file the page exports. The calculator and
// the builder add to it through these functions; every date, state and sentence comes
// from the core (followup_core/agenda.py).

import { handTo, latestOf, noteLatest } from "./store.js";

/** The agenda's section of the shared store. */
export const SECTION = "agenda";

/**
 * A reply received.
 * @typedef {{kind: NonNullable<import("./contract.js").AgendaReply["kind"]>, at: string, new_date?: string}} Reply
 */

/**
 * One interview in progress, as the core's `agenda` operation reads it.
 * @typedef {object} Application
 * @property {string} id
 * @property {string} company
 * @property {string} role
 * @property {Record<string, unknown>} plan       the calculator's `plan` arguments, without `now`
 * @property {Record<string, unknown>} details    the builder's `draft` details (people included)
 * @property {Record<string, string>} sent        stage -> the moment it went (ISO)
 * @property {Reply[]} replies
 */

/**
 * The list as kept; the exported file adds the core's file version.
 * @typedef {{applications: Application[]}} AgendaFile
 */

/** @returns {AgendaFile} */
export function emptyAgenda() {
  return { applications: [] };
}

/** @returns {string} a new id, unique enough for one reader's list */
export function newId() {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `i-${random}`;
}

/**
 * The list on this tab: entries in memory, else the kept section, else empty.
 * @param {import("./store.js").Store} store
 * @returns {AgendaFile}
 */
export function currentAgenda(store) {
  const kept = latestOf(store, SECTION);
  return kept && Array.isArray(kept.applications) ? { applications: kept.applications } : emptyAgenda();
}

/**
 * Keeps the list: in memory for this visit, and in the store when saving is on.
 * @param {import("./store.js").Store} store
 * @param {AgendaFile} agenda
 * @param {boolean} save
 */
export function keepAgenda(store, agenda, save) {
  noteLatest(SECTION, agenda);
  if (save) store.saveSection(SECTION, agenda);
}

/**
 * The calculator's "Add to my follow-ups": adds or updates the interview it planned.
 * @param {import("./store.js").Store} store
 * @param {Record<string, unknown>} plan  the calculator's `plan` arguments
 * @param {boolean} save  whether the reader lets this browser keep entries
 * @returns {boolean} whether it was added (else updated)
 */
export function addPlanned(store, plan, save) {
  const { agenda, added } = withPlan(currentAgenda(store), plan, latestOf(store, "draft"));
  keepAgenda(store, agenda, save);
  return added;
}

/**
 * The builder's "Add to my follow-ups": updates the interview with the same company and
 * role in place, or hands the builder's entries to the follow-ups page's add form.
 * @param {import("./store.js").Store} store
 * @param {any} state  the builder's entries
 * @param {boolean} save
 * @returns {"updated" | "handed"}
 */
export function addFromBuilder(store, state, save) {
  const agenda = currentAgenda(store);
  const same = matchingBuilder(agenda, state);
  if (!same) {
    handTo(SECTION, fromBuilder(state));
    return "handed";
  }
  keepAgenda(store, replaceOne(agenda, { ...same, details: fromBuilder(state).details }), save);
  return "updated";
}

/** @param {unknown} value */
const text = (value) => (typeof value === "string" ? value.trim() : "");

/**
 * The builder's entries as an application's company, role and `draft` details.
 * @param {any} state  the builder's saved shape ({details, interviewers, ...}), or null
 * @returns {{company: string, role: string, details: Record<string, unknown>}}
 */
export function fromBuilder(state) {
  const details = state?.details && typeof state.details === "object" ? state.details : {};
  const people = Array.isArray(state?.interviewers) ? state.interviewers : [];
  return {
    company: text(details.company),
    role: text(details.role),
    details: { ...details, interviewers: people },
  };
}

/**
 * Adds an interview planned in the calculator, or updates the one planned for the
 * same moment and zone; the builder's entries (if any) name its company and people.
 * @param {AgendaFile} agenda
 * @param {Record<string, unknown>} plan  the calculator's `plan` arguments
 * @param {any} builder  the builder's entries, or null
 * @returns {{agenda: AgendaFile, added: boolean}}
 */
export function withPlan(agenda, plan, builder) {
  const { now: _now, ...args } = plan;
  const same = agenda.applications.find(
    (entry) => entry.plan.interview_end === args.interview_end && entry.plan.candidate_tz === args.candidate_tz,
  );
  const named = fromBuilder(builder);
  if (same) {
    const updated = { ...same, plan: args, company: same.company || named.company, role: same.role || named.role };
    return { agenda: replaceOne(agenda, updated), added: false };
  }
  /** @type {Application} */
  const entry = { id: newId(), ...named, plan: args, sent: {}, replies: [] };
  return { agenda: { ...agenda, applications: [...agenda.applications, entry] }, added: true };
}

/**
 * The interview the builder's entries are about (same company and role), if listed.
 * @param {AgendaFile} agenda
 * @param {any} builder
 * @returns {Application | null}
 */
export function matchingBuilder(agenda, builder) {
  const { company, role } = fromBuilder(builder);
  if (!company) return null;
  const same = (/** @type {string} */ a, /** @type {string} */ b) => a.toLowerCase() === b.toLowerCase();
  return agenda.applications.find((entry) => same(entry.company, company) && same(entry.role, role)) ?? null;
}

/**
 * The list with one application put in place of the one with its id.
 * @param {AgendaFile} agenda
 * @param {Application} entry
 * @returns {AgendaFile}
 */
export function replaceOne(agenda, entry) {
  return { ...agenda, applications: agenda.applications.map((each) => (each.id === entry.id ? entry : each)) };
}

/**
 * What an imported file holds: the list, or why it cannot be one of ours.
 * The applications themselves are then checked by the core.
 * @param {string} raw
 * @param {number} version  the core's file version (the tool's data-file-version)
 * @returns {{agenda: AgendaFile} | {problem: "notJson" | "notOurs" | "version"}}
 */
export function readFile(raw, version) {
  let document;
  try {
    document = JSON.parse(raw);
  } catch {
    return { problem: "notJson" };
  }
  if (!document || typeof document !== "object" || !Array.isArray(document.applications)) {
    return { problem: "notOurs" };
  }
  if (document.version !== version) return { problem: "version" };
  return { agenda: { applications: document.applications } };
}

/**
 * A moment typed in a datetime-local field (the browser's clock), as an ISO instant.
 * @param {string} value  "YYYY-MM-DDTHH:MM", or "" for now
 * @returns {string}
 */
export function instantOf(value) {
  const date = value ? new Date(value) : new Date();
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}

/** @returns {string} now on the browser's clock, as a datetime-local field takes it */
export function localNow() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}
