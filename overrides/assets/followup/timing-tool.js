// @ts-check
// The timing calculator's page side: reads the form into the bridge's `plan`
// arguments, shows the core's answer, and offers the core's .ics file and text.
// Every date, rule and sentence comes from the core; this file only moves values.

import {
  bindStatus,
  clearFieldErrors,
  copyText,
  downloadText,
  fromTemplate,
  guideURL,
  latestOnly,
  setText,
  showErrors,
  slot,
} from "./dom.js";
import { addPlanned } from "./agenda-data.js";
import { readControls, writeControls } from "./formstate.js";
import { contactOf, planStep, withPlanStep } from "./plan-step.js";
import { bindSaving } from "./saving.js";
import { Store, handTo, latestOf } from "./store.js";

/** @typedef {import("./contract.js").PlanArgs} PlanArgs */
/** @typedef {import("./contract.js").PlanResult} PlanResult */
/** @typedef {import("./contract.js").Timeline} Timeline */
/** @typedef {import("./engine.js").Engine} Engine */
/**
 * The form's controls by name (timing-tool.html); a select or a box reads the same way here.
 * @typedef {Record<string, HTMLInputElement>} Controls
 */

/** @param {HTMLFormElement} form */
const controlsOf = (form) => /** @type {Controls} */ (/** @type {unknown} */ (form.elements));

/**
 * The value of the checked radio button called name.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
const checkedValue = (form, name) =>
  /** @type {HTMLInputElement} */ (form.querySelector(`input[name="${name}"]:checked`)).value;

/** The calculator's section of the shared store, and the builder's. */
const SECTION = "timing";
const BUILDER = "draft";
/** Fields the reader adds as many of as they need; kept as lists. */
const REPEATED = ["holidays"];

const REFRESH_MS = 60000; // "what to do now" follows the clock

const pad = (/** @type {number} */ number) => String(number).padStart(2, "0");

/**
 * Today's date and the last quarter hour, on the reader's clock: they have just left an
 * interview. Their time zone too, once the engine knows it ("" until then).
 * @param {HTMLFormElement} form
 * @param {string} zone
 */
function prefill(form, zone) {
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
 * The reader's country from their time zone, when tzdata places the zone in exactly one
 * country that the holiday data knows ("" otherwise): the build lists one per zone, in the
 * zone list's order.
 * @param {HTMLFormElement} form
 * @param {string} zone
 */
function countryOfZone(form, zone) {
  const holder = /** @type {HTMLElement | null} */ (form.querySelector("[data-zone-countries]"));
  const list = form.querySelector("#ft-zones");
  const zones = (list?.getAttribute("data-options") || [...(list?.querySelectorAll("option") || [])].map((o) => o.value).join(" ")).split(" ");
  const countries = (holder?.dataset.zoneCountries || "").split(" ");
  const country = zone ? countries[zones.indexOf(zone)] : undefined;
  return country && country !== "-" ? country : "";
}

/**
 * The countries (ISO 3166-1) whose public holidays a request needs: "gb-sct" needs GB's table.
 * @param {Record<string, unknown>} args
 */
function countriesOf(args) {
  const codes = [args.candidate_country, args.interviewer_country].map((code) =>
    String(code || "").trim().toUpperCase().replace(/_/g, "-").split("-")[0],
  );
  return [...new Set(codes.filter(Boolean))];
}

/**
 * A suggestion list kept as one attribute (data-options: names separated by spaces) gets its
 * options the first time a field that uses it is focused, not while the page loads.
 * @param {Event} event
 */
function fillSuggestions(event) {
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

/**
 * The form as the bridge's `plan` arguments; values are passed as typed, the core judges them.
 * @param {HTMLFormElement} form
 * @returns {PlanArgs}
 */
function readArgs(form) {
  const fields = controlsOf(form);
  const date = fields.interview_date.value;
  const time = fields.interview_time.value;
  const kind = checkedValue(form, "timeline");
  /** @type {Timeline | null} */
  let timeline = null;
  if (kind === "by") {
    timeline = { by: fields.timeline_by.value };
  } else if (kind === "within") {
    const within = fields.timeline_within.value.trim();
    const unit = /** @type {Timeline["unit"]} */ (fields.timeline_unit.value);
    timeline = { within: within === "" ? null : Number(within), unit };
  }
  const grace = fields.grace_working_days.value.trim();
  return {
    interview_end: date && time ? `${date}T${time}` : "",
    candidate_tz: fields.candidate_tz.value,
    interviewer_tz: fields.interviewer_tz.value || null,
    candidate_country: fields.candidate_country.value,
    // Blank: the core takes the reader's country for the interviewer too.
    interviewer_country: fields.interviewer_country.value || null,
    timeline,
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
 * "check_in" -> "CheckIn", as a data attribute's name reads in `dataset`.
 * @param {string} kind
 */
function camel(kind) {
  return kind.replace(/(^|_)([a-z])/g, (/** @type {string} */ _, /** @type {string} */ __, /** @type {string} */ letter) =>
    letter.toUpperCase(),
  );
}

/**
 * @param {HTMLElement} root
 * @param {PlanResult} plan
 */
function renderPlan(root, plan) {
  const title = slot(root, "result-title");
  setText(title, title.dataset.live);
  setText(slot(root, "now"), plan.status.message);
  const steps = slot(root, "steps");
  steps.replaceChildren(
    ...plan.steps.map((step, index) => {
      const shown = plan.display.steps[index];
      const item = fromTemplate(root, "step");
      item.dataset.kind = step.kind;
      setText(slot(item, "title"), step.title);
      setText(slot(item, "when"), shown.when.yours);
      setText(slot(item, "theirs"), shown.when.theirs);
      slot(item, "theirs-wrap").hidden = !shown.when.theirs;
      setText(slot(item, "window-start"), shown.window_start.yours);
      setText(slot(item, "window-end"), shown.window_end.yours);
      setText(slot(item, "reason"), step.reason);
      const words = steps.dataset[`write${camel(step.kind)}`];
      if (words) {
        setText(slot(item, "write-what"), words);
        /** @type {HTMLAnchorElement} */ (slot(item, "write")).href = guideURL(steps.dataset.builder || "");
        slot(item, "write-wrap").hidden = false;
      }
      // The step "what to do now" is about: due now, or the next one to wait for.
      if (step.kind === plan.status.step) {
        const waiting = plan.status.kind === "wait" || plan.status.kind === "not_yet_held";
        item.setAttribute("aria-current", "step");
        setText(slot(item, "badge"), waiting ? steps.dataset.badgeNext : steps.dataset.badgeNow);
        slot(item, "badge").hidden = false;
      }
      return item;
    }),
  );
  setText(slot(root, "stop"), plan.stop.message);
  const notes = slot(root, "notes");
  notes.replaceChildren(
    ...plan.notes.map((note) => {
      const item = document.createElement("li");
      item.textContent = note;
      return item;
    }),
  );
  notes.hidden = plan.notes.length === 0;
}

/**
 * @param {HTMLElement} root
 * @param {Engine} engine
 */
export function mount(root, engine) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
  const fields = controlsOf(form);
  /** @type {NodeListOf<HTMLButtonElement>} */
  const actions = root.querySelectorAll(
    "[data-action='download-ics'], [data-action='copy-text'], [data-action='add-agenda']",
  );
  const actionStatus = slot(root, "action-status");
  const store = new Store();
  /** @type {{args: PlanArgs, plan: PlanResult} | null} */
  let current = null; // the answer on screen
  let zone = ""; // the reader's, from the engine

  function showTimelinePart() {
    const kind = checkedValue(form, "timeline");
    // A part may belong to several choices: data-timeline-part="by within".
    /** @type {NodeListOf<HTMLElement>} */
    const parts = form.querySelectorAll("[data-timeline-part]");
    for (const part of parts) {
      part.hidden = !(part.dataset.timelinePart || "").split(" ").includes(kind);
    }
  }

  const addDayOff = () => {
    const item = fromTemplate(root, "day-off");
    slot(root, "days-off").append(item);
    return item;
  };
  /**
   * As many day-off fields as kept values.
   * @param {string} _name
   * @param {number} count
   */
  const makeRoom = (_name, count) => {
    const list = slot(root, "days-off");
    while (list.lastElementChild && list.children.length > count) list.lastElementChild.remove();
    while (list.children.length < count) addDayOff();
  };
  const saving = bindSaving({
    root,
    section: SECTION,
    read: () => readControls(form, { skip: ["save"], repeated: REPEATED }),
    write: (state) => {
      writeControls(form, state, { skip: ["save"], repeated: REPEATED, makeRoom });
      showTimelinePart();
    },
    empty: () => {
      const keep = fields.save.checked;
      form.reset();
      fields.save.checked = keep;
      makeRoom("holidays", 0);
      prefill(form, zone);
      showTimelinePart();
      setText(actionStatus, "");
      recompute();
    },
    changed: () => recompute(),
  });

  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  prefill(form, zone);
  engine.readerZone.then((/** @type {string} */ readerZone) => {
    zone = readerZone;
    if (fields.candidate_tz.value) return; // kept, or typed meanwhile
    fields.candidate_tz.value = zone;
    if (!fields.candidate_country.value) fields.candidate_country.value = countryOfZone(form, zone);
    recompute();
  });

  showTimelinePart();
  engine.prepare(countriesOf(readArgs(form))); // kept entries: their tables on their way now

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

  /** @param {MouseEvent} event */
  const onClick = async (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-action]") : null;
    if (!(button instanceof HTMLElement) || !root.contains(button)) return;
    const action = button.dataset.action;
    if (action === "add-day-off") {
      addDayOff().querySelector("input")?.focus();
      saving.keep();
    } else if (action === "remove-day-off") {
      const item = /** @type {HTMLElement} */ (button.closest("li"));
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      /** @type {HTMLElement | null} */
      const focus = next ? next.querySelector("input") : root.querySelector('[data-action="add-day-off"]');
      focus?.focus();
      saving.keep();
      recompute();
    } else if (action === "write" && current) {
      // The link goes on to the builder (instant navigation keeps this tab's memory).
      const step = /** @type {HTMLElement} */ (button.closest("[data-kind]"));
      handOver(current.plan, step.dataset.kind || "");
    } else if (action === "download-ics" && current) {
      let reply;
      try {
        // The builder's people and company name the events ("Check in with …").
        const args = { ...current.args, ...contactOf(latestOf(store, BUILDER)) };
        reply = await engine.call("ics", args, countriesOf(args));
      } catch {
        return; // the engine failed: its status line says so
      }
      if (reply.ok) {
        downloadText(reply.result.filename, reply.result.content, "text/calendar");
        setText(actionStatus, `${actionStatus.dataset.downloaded} ${reply.result.filename}`);
      } else {
        setText(actionStatus, reply.error.message);
      }
    } else if (action === "add-agenda" && current) {
      const added = addPlanned(store, current.args, fields.save.checked);
      setText(actionStatus, added ? actionStatus.dataset.added : actionStatus.dataset.updated);
      slot(root, "agenda-link").hidden = false;
    } else if (action === "copy-text" && current) {
      try {
        await copyText(current.plan.text);
        setText(actionStatus, actionStatus.dataset.copied);
      } catch {
        setText(actionStatus, actionStatus.dataset.copyFailed);
      }
    }
  };

  /**
   * The step's stage and the plan's dates go to the builder: in memory, and kept if saving is on.
   * @param {PlanResult} plan
   * @param {string} kind
   */
  const handOver = (plan, kind) => {
    const step = planStep(kind, plan.draft_details);
    handTo(BUILDER, step);
    if (fields.save.checked) store.saveSection(BUILDER, withPlanStep(latestOf(store, BUILDER), step));
  };

  /** @param {Event} event */
  const onInput = (event) => {
    const name = /** @type {HTMLInputElement} */ (event.target).name;
    if (name === "save") return;
    if (name === "timeline") showTimelinePart();
    setText(actionStatus, "");
    saving.keep();
    recompute();
  };

  form.addEventListener("input", onInput);
  form.addEventListener("focusin", fillSuggestions);
  form.addEventListener("submit", (event) => event.preventDefault());
  root.addEventListener("click", onClick);
  const refresh = setInterval(recompute, REFRESH_MS);
  const stopStatus = bindStatus(root, engine, recompute);

  return {
    unmount() {
      saving.unbind();
      stopStatus();
      clearInterval(refresh);
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusin", fillSuggestions);
      root.removeEventListener("click", onClick);
    },
  };
}
