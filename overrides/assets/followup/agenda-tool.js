// @ts-check
// "Your follow-ups", the page side: keeps the list of interviews (agenda-data.js, under the
// shared save switch), asks the core's `agenda` operation what each step's state is, and
// shows Today, Coming up and each interview. Every date, state and sentence comes from the
// core or from the markup; this file only moves values.

import { bindStatus, clearFieldErrors, downloadText, fromTemplate, guideURL, latestOnly, setText, showErrors, slot } from "./dom.js";
import { SECTION, currentAgenda, emptyAgenda, instantOf, localNow, newId, readFile, replaceOne } from "./agenda-data.js";
import { planStep, withPlanStep } from "./plan-step.js";
import { bindSaving } from "./saving.js";
import { Store, handTo, latestOf, takeHanded } from "./store.js";

/** @typedef {import("./agenda-data.js").AgendaFile} AgendaFile */
/** @typedef {import("./agenda-data.js").Application} Application */
/** @typedef {ReturnType<typeof import("./engine.js").getEngine>} Engine */

/** The builder's section of the shared store. */
const BUILDER = "draft";
/** The states listed under Today; every other open step comes under Coming up. */
const TODAY = ["overdue", "due"];
const REFRESH_MS = 60000; // "due now" follows the clock

/**
 * @param {Element} root
 * @param {string} name
 * @returns {HTMLElement}
 */
const part = (root, name) => /** @type {HTMLElement} */ (slot(root, name));

/**
 * @param {Element} within
 * @param {string} name
 * @returns {HTMLInputElement}
 */
const input = (within, name) => /** @type {HTMLInputElement} */ (within.querySelector(`[name="${name}"]`));

/**
 * The add form as the calculator's `plan` arguments (the core judges every value).
 * @param {HTMLFormElement} form
 * @returns {Record<string, unknown>}
 */
function planArgs(form) {
  const value = (/** @type {string} */ name) => input(form, name).value.trim();
  const [date, time, by] = [value("interview_date"), value("interview_time"), value("timeline_by")];
  return {
    interview_end: date && time ? `${date}T${time}` : "",
    candidate_tz: value("candidate_tz"),
    interviewer_tz: value("interviewer_tz") || null,
    timeline: by ? { by } : null,
  };
}

/**
 * @param {HTMLElement} root  the tool's markup (data-followup-tool="agenda")
 * @param {Engine} engine
 * @returns {{unmount(): void}}
 */
export function mount(root, engine) {
  const version = Number(root.dataset.fileVersion);
  const store = new Store();
  const form = /** @type {HTMLFormElement} */ (part(root, "add-form"));
  const status = part(root, "action-status");
  const confirmImport = part(root, "import-confirm");
  const save = input(root, "save");
  /** @type {AgendaFile} */
  let agenda = currentAgenda(store); // read before the save switch notes its own
  /** @type {any} the core's last answer */
  let result = null;
  /** @type {AgendaFile | null} a file waiting for the reader's word */
  let pending = null;
  /** @type {{company: string, role: string, details: Record<string, unknown>} | null} */
  let fromBuilder = null;

  /** @param {string} news  a key of the status line's data attributes */
  const say = (news, extra = "") => setText(status, `${status.dataset[news] || ""}${extra}`);

  const saving = bindSaving({
    root,
    section: SECTION,
    read: () => agenda,
    write: (state) => {
      agenda = state && Array.isArray(state.applications) ? { applications: state.applications } : emptyAgenda();
    },
    empty: () => {
      agenda = emptyAgenda();
      recompute();
    },
    changed: () => recompute(),
  });
  if (!saving.restored && agenda.applications.length) saving.keep(); // entries of this visit

  /** @param {AgendaFile} next */
  const change = (next) => {
    agenda = next;
    saving.keep();
    recompute();
  };

  const compute = latestOnly(async () => {
    let reply;
    try {
      reply = await engine.call("agenda", { applications: agenda.applications, now: new Date().toISOString() });
    } catch {
      return; // the engine failed: its status line says so
    }
    if (reply.ok) {
      result = reply.result;
      render(reply.result);
    }
    for (const control of root.querySelectorAll("[data-action='download-ics'], [data-action='export'], [data-action='import']")) {
      /** @type {HTMLButtonElement} */ (control).disabled = false;
    }
    root.dataset.state = "ready";
  });

  const recompute = () => {
    if (engine.status.state === "ready") compute(undefined);
  };

  /** @param {any} answer */
  const render = (answer) => {
    const titles = new Map(answer.applications.map((/** @type {any} */ entry) => [entry.id, entry.title]));
    const problems = part(root, "problems");
    part(problems, "problem-list").replaceChildren(
      ...answer.problems.map((/** @type {any} */ problem) => {
        const item = document.createElement("li");
        item.textContent = `${problem.field}: ${problem.message}`;
        return item;
      }),
    );
    problems.hidden = answer.problems.length === 0;
    const today = answer.items.filter((/** @type {any} */ item) => TODAY.includes(item.state));
    const next = answer.items.filter((/** @type {any} */ item) => item.state === "upcoming");
    for (const [name, items] of /** @type {[string, any[]][]} */ ([["today", today], ["next", next]])) {
      part(root, name).replaceChildren(...items.map((item) => itemView(item, titles.get(item.id))));
      part(root, `${name}-empty`).hidden = items.length > 0;
    }
    part(root, "apps").replaceChildren(...answer.applications.map((/** @type {any} */ entry) => applicationView(entry, answer.items)));
    part(root, "apps-empty").hidden = answer.applications.length > 0;
  };

  /**
   * @param {any} item  one of the core's items
   * @param {string} title  its interview's title
   */
  const itemView = (item, title) => {
    const view = /** @type {HTMLElement} */ (fromTemplate(root, "item"));
    view.dataset.id = item.id;
    view.dataset.stage = item.stage;
    view.dataset.state = item.state;
    setText(part(view, "title"), item.title);
    setText(part(view, "state"), `${item.state_label}:`);
    setText(part(view, "when"), item.when.yours);
    setText(part(view, "theirs"), item.when.theirs);
    part(view, "theirs-wrap").hidden = !item.when.theirs;
    setText(part(view, "app"), title);
    setText(part(view, "reason"), item.reason);
    // The builder's address is the schema's, written into the link's markup at build time.
    const write = /** @type {HTMLAnchorElement} */ (part(view, "write"));
    write.href = guideURL(write.dataset.builder || "");
    setText(part(view, "write-what"), `: ${item.title}`);
    setText(part(view, "mark-what"), `: ${item.title}`);
    return view;
  };

  /**
   * @param {any} entry  one of the core's applications
   * @param {any[]} items
   */
  const applicationView = (entry, items) => {
    const view = /** @type {HTMLElement} */ (fromTemplate(root, "application"));
    view.dataset.id = entry.id;
    setText(part(view, "title"), entry.title);
    part(view, "steps").replaceChildren(
      ...items
        .filter((item) => item.id === entry.id)
        .map((item) => {
          const step = /** @type {HTMLElement} */ (fromTemplate(root, "step"));
          step.dataset.state = item.state;
          setText(part(step, "state"), `${item.state_label}:`);
          setText(part(step, "label"), item.label);
          setText(part(step, "when"), item.when.yours);
          return step;
        }),
    );
    input(view, "reply_at").value = localNow();
    setText(part(view, "delete-what"), `: ${entry.title}`);
    const question = part(view, "delete-question");
    setText(question, (question.dataset.words || "").replace("{name}", entry.title));
    return view;
  };

  /** @param {string} id */
  const application = (id) => agenda.applications.find((entry) => entry.id === id);

  /**
   * The builder opens on this step, filled in with the interview's people and dates.
   * @param {Application} entry
   * @param {import("./contract.js").Stage} stage
   */
  const handOver = (entry, stage) => {
    const dates = result?.applications.find((/** @type {any} */ each) => each.id === entry.id)?.draft_details;
    const { interviewers, ...rest } = entry.details || {};
    const texts = Object.fromEntries(Object.entries(rest).filter(([, value]) => typeof value === "string"));
    const step = planStep(stage, dates || {});
    const full = {
      ...step,
      details: { ...texts, company: entry.company, role: entry.role, ...step.details },
      interviewers: Array.isArray(interviewers) ? interviewers : [],
    };
    handTo(BUILDER, full);
    if (save.checked) store.saveSection(BUILDER, withPlanStep(latestOf(store, BUILDER), full));
  };

  /** @param {MouseEvent} event */
  const onClick = (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest("[data-action]"));
    if (!button || !root.contains(button)) return;
    const action = button.dataset.action;
    const holder = /** @type {HTMLElement | null} */ (button.closest("[data-id]"));
    const entry = holder ? application(holder.dataset.id || "") : undefined;
    if (action === "write" && entry && holder) {
      handOver(entry, /** @type {import("./contract.js").Stage} */ (holder.dataset.stage));
    } else if (action === "mark-sent" && holder) {
      const box = part(holder, "sent-form");
      box.hidden = false;
      input(box, "sent_at").value = localNow();
      input(box, "sent_at").focus();
    } else if (action === "cancel-sent" && holder) {
      part(holder, "sent-form").hidden = true;
      /** @type {HTMLElement} */ (holder.querySelector("[data-action='mark-sent']")).focus();
    } else if (action === "confirm-sent" && entry && holder) {
      const at = instantOf(input(holder, "sent_at").value);
      change(replaceOne(agenda, { ...entry, sent: { ...entry.sent, [holder.dataset.stage || ""]: at } }));
      say("marked");
      document.getElementById("fa-today-title")?.focus(); // the item it was on is gone
    } else if (action === "record-reply" && entry && holder) {
      const checked = /** @type {HTMLInputElement} */ (holder.querySelector("[name='kind']:checked"));
      const kind = /** @type {import("./agenda-data.js").Reply["kind"]} */ (checked.value);
      /** @type {import("./agenda-data.js").Reply} */
      const reply = { kind, at: instantOf(input(holder, "reply_at").value) };
      const newDate = input(holder, "new_date").value;
      if (kind === "delay" && newDate) reply.new_date = newDate;
      change(replaceOne(agenda, { ...entry, replies: [...(entry.replies || []), reply] }));
      say("replied");
      document.getElementById("fa-today-title")?.focus(); // the reply's answer comes first
    } else if (action === "delete" && holder) {
      part(holder, "delete-confirm").hidden = false;
      /** @type {HTMLElement} */ (holder.querySelector("[data-action='delete-no']")).focus();
    } else if (action === "delete-no" && holder) {
      part(holder, "delete-confirm").hidden = true;
      /** @type {HTMLElement} */ (holder.querySelector("[data-action='delete']")).focus();
    } else if (action === "delete-yes" && entry) {
      change({ ...agenda, applications: agenda.applications.filter((each) => each.id !== entry.id) });
      say("deleted");
      document.getElementById("fa-apps-title")?.focus();
    } else if (action === "download-ics") {
      downloadCalendar();
    } else if (action === "export") {
      if (!agenda.applications.length) return say("empty");
      const name = "follow-ups.json";
      downloadText(name, `${JSON.stringify({ version, applications: agenda.applications }, null, 2)}\n`, "application/json");
      say("exported", ` ${name}`);
    } else if (action === "import-replace" && pending) {
      change(pending);
      pending = null;
      confirmImport.hidden = true;
      say("imported");
    } else if (action === "import-cancel") {
      pending = null;
      confirmImport.hidden = true;
      say("kept");
    }
  };

  const downloadCalendar = async () => {
    let reply;
    try {
      reply = await engine.call("agenda", { applications: agenda.applications, now: new Date().toISOString(), calendar: true });
    } catch {
      return;
    }
    if (!reply.ok) return setText(status, reply.error.message);
    const calendar = reply.result.calendar;
    if (!calendar) return;
    const { filename, content } = calendar;
    downloadText(filename, content, "text/calendar");
    say("downloaded", ` ${filename}`);
  };

  /** @param {File} file */
  const importFile = async (file) => {
    const read = readFile(await file.text(), version);
    if ("problem" in read) return say(read.problem);
    let reply;
    try {
      reply = await engine.call("agenda", { applications: read.agenda.applications, now: new Date().toISOString() });
    } catch {
      return;
    }
    const problems = reply.ok ? reply.result.problems : [reply.error];
    if (problems.length) {
      return say("invalid", problems.slice(0, 3).map((/** @type {any} */ p) => `${p.field}: ${p.message}`).join(" "));
    }
    if (!agenda.applications.length) {
      change(read.agenda);
      return say("imported");
    }
    pending = read.agenda;
    const question = part(confirmImport, "import-question");
    setText(
      question,
      (question.dataset.words || "")
        .replace("{file}", String(read.agenda.applications.length))
        .replace("{mine}", String(agenda.applications.length)),
    );
    confirmImport.hidden = false;
    /** @type {HTMLElement} */ (confirmImport.querySelector("[data-action='import-replace']")).focus();
  };

  /** @param {Event} event */
  const onChange = (event) => {
    const target = /** @type {HTMLInputElement} */ (event.target);
    if (target.dataset.action === "import" && target.files?.length) {
      const [file] = target.files;
      target.value = "";
      importFile(file);
    } else if (target.name === "kind") {
      const holder = /** @type {HTMLElement} */ (target.closest("[data-id]"));
      part(holder, "new-date-wrap").hidden = target.value !== "delay";
    }
  };

  /** @param {SubmitEvent} event */
  const onSubmit = async (event) => {
    event.preventDefault();
    const plan = planArgs(form);
    let reply;
    try {
      reply = await engine.call("plan", { ...plan, now: new Date().toISOString() });
    } catch {
      return;
    }
    clearFieldErrors(form);
    if (!reply.ok) return showErrors(form, reply);
    const company = input(form, "company").value.trim();
    const role = input(form, "role").value.trim();
    const contact = input(form, "contact").value.trim();
    const people = fromBuilder?.details.interviewers;
    const details = fromBuilder?.details ?? (contact ? { interviewers: [{ name: contact }] } : {});
    if (contact && !people) details.interviewers = [{ name: contact }];
    /** @type {Application} */
    const entry = { id: newId(), company, role, plan, details, sent: {}, replies: [] };
    change({ ...agenda, applications: [...agenda.applications, entry] });
    fromBuilder = null;
    form.reset();
    input(form, "candidate_tz").value = plan.candidate_tz ? String(plan.candidate_tz) : "";
    say("added");
  };

  // The builder sent the reader here to add its interview: its company, role and people.
  const handed = takeHanded(SECTION);
  if (handed) {
    fromBuilder = handed;
    input(form, "company").value = handed.company || "";
    input(form, "role").value = handed.role || "";
    const first = Array.isArray(handed.details?.interviewers) ? handed.details.interviewers[0]?.name : "";
    input(form, "contact").value = first || "";
  }
  engine.readerZone.then((/** @type {string} */ zone) => {
    if (!input(form, "candidate_tz").value) input(form, "candidate_tz").value = zone;
  });
  for (const fieldset of form.querySelectorAll("fieldset")) /** @type {HTMLFieldSetElement} */ (fieldset).disabled = false;

  root.addEventListener("click", onClick);
  root.addEventListener("change", onChange);
  form.addEventListener("submit", onSubmit);
  const refresh = setInterval(recompute, REFRESH_MS);
  const stopStatus = bindStatus(root, engine, recompute);
  if (handed) input(form, "interview_date").focus();

  return {
    unmount() {
      saving.unbind();
      stopStatus();
      clearInterval(refresh);
      root.removeEventListener("click", onClick);
      root.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    },
  };
}
