// The draft builder's page side: reads the form into the bridge's `draft` (or
// `check`) arguments, shows the core's drafts with the checker's findings marked
// in place, and offers copy, mail and download. Every sentence, rule, limit and
// file name comes from the core or from the markup; this file only moves values.

import {
  bindStatus,
  clearFieldErrors,
  copyText,
  downloadText,
  fromTemplate,
  guideURL,
  latestOnly,
  showErrors,
  slot,
  utf16Offsets,
} from "./dom.js";
import { withPlanStep } from "./plan-step.js";
import { bindSaving } from "./saving.js";
import { takeHanded } from "./store.js";

/** The builder's section of the shared store. */
const SECTION = "draft";

function setText(element, text) {
  element.textContent = text ?? "";
}

/** The form's parts, found once. */
function partsOf(root) {
  const form = root.querySelector("form");
  return {
    form,
    people: slot(root, "people"),
    details: [...form.querySelectorAll(".followup-builder__details [name]")],
    subFields: [...fromTemplate(root, "person").querySelectorAll("[data-sub]")].map((field) => field.dataset.sub),
    save: form.elements.save,
    actionStatus: slot(root, "action-status"),
  };
}

// --- the form as data --------------------------------------------------------

function readState(parts) {
  const fields = parts.form.elements;
  return {
    mode: parts.form.querySelector('input[name="mode"]:checked').value,
    stage: fields.stage.value,
    channel: fields.channel.value,
    linkedin_free_account: fields.linkedin_free_account.checked,
    details: Object.fromEntries(parts.details.map((control) => [control.name, control.value])),
    interviewers: [...parts.people.children].map((card) =>
      Object.fromEntries(parts.subFields.map((name) => [name, card.querySelector(`[name="${name}"]`).value])),
    ),
    text: fields.text.value,
  };
}

/** Puts saved values back, taking only what the form still has and only text. */
function writeState(root, parts, state) {
  const fields = parts.form.elements;
  const text = (value) => (typeof value === "string" ? value : "");
  const choose = (select, value) => {
    if ([...select.options].some((option) => option.value === value)) select.value = value;
  };
  const mode = parts.form.querySelector(`input[name="mode"][value="${state.mode === "check" ? "check" : "build"}"]`);
  mode.checked = true;
  choose(fields.stage, state.stage);
  choose(fields.channel, state.channel);
  fields.linkedin_free_account.checked = state.linkedin_free_account === true;
  const details = state.details && typeof state.details === "object" ? state.details : {};
  for (const control of parts.details) control.value = text(details[control.name]);
  const people = Array.isArray(state.interviewers) ? state.interviewers : [];
  const max = Number(parts.people.dataset.max);
  parts.people.replaceChildren();
  for (const person of people.slice(0, max)) {
    const card = addPerson(root, parts);
    for (const name of parts.subFields) card.querySelector(`[name="${name}"]`).value = text(person?.[name]);
  }
  if (!parts.people.children.length) addPerson(root, parts);
  refreshContacts(parts);
  if (fields.contact) choose(fields.contact, text(details.contact));
  fields.text.value = text(state.text);
}

function requestFor(state) {
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
      details: { ...state.details, interviewers: state.interviewers },
    },
  };
}

// --- fields for the chosen stage --------------------------------------------------

/** Offers each interviewer, by the name typed so far, as the contact for later messages. */
function refreshContacts(parts) {
  const select = parts.form.elements.contact;
  if (!select) return;
  const chosen = select.value;
  const names = [...parts.people.children].map((card, index) => {
    const name = card.querySelector('[name="name"]').value.trim();
    return name || `Interviewer ${index + 1}`;
  });
  const [first, other] = [select.options[0], select.querySelector('option[value="other"]')];
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

/** A stage written to someone other than an interviewer (a recruiter's thank-you) starts there. */
function contactForStage(parts) {
  const select = parts.form.elements.contact;
  const stage = parts.form.elements.stage.selectedOptions[0];
  if (select && stage?.dataset.defaultContact === "other") select.value = "other";
}

/** Shows only the fields the chosen stage uses (the schema's `stages` and `shown_when`). */
function showFieldsFor(parts) {
  refreshContacts(parts);
  const stage = parts.form.elements.stage.value;
  for (const field of parts.form.querySelectorAll("[data-stages]")) {
    const [name, value] = (field.dataset.shownWhen || "=").split("=");
    const shown = !name || parts.form.elements[name]?.value === value;
    field.hidden = !field.dataset.stages.split(" ").includes(stage) || !shown;
  }
}

// --- interviewers --------------------------------------------------------------

/** Gives each card its number, ids, labels and error slots after a change. */
function renumberPeople(root, parts) {
  const cards = [...parts.people.children];
  cards.forEach((card, index) => {
    const number = index + 1;
    const title = slot(card, "person-title");
    setText(title, `${title.dataset.title} ${number}`);
    setText(slot(card, "remove-who"), ` ${title.dataset.title.toLowerCase()} ${number}`);
    card.querySelector('[data-action="remove-person"]').hidden = cards.length === 1;
    for (const field of card.querySelectorAll("[data-sub]")) {
      const path = `details.interviewers.${index}.${field.dataset.sub}`;
      const id = `fd-person-${number}-${field.dataset.sub}`;
      const control = field.querySelector("input");
      const hint = field.querySelector(".followup-hint");
      const error = field.querySelector(".followup-error");
      field.dataset.field = path;
      control.id = id;
      field.querySelector("label").htmlFor = id;
      hint.id = `${id}-hint`;
      error.id = `${id}-error`;
      error.dataset.errorFor = path;
      control.setAttribute("aria-describedby", `${hint.id} ${error.id}`);
    }
  });
  const full = cards.length >= Number(parts.people.dataset.max);
  root.querySelector('[data-action="add-person"]').hidden = full;
  slot(root, "people-full").hidden = !full;
}

function addPerson(root, parts) {
  const card = fromTemplate(root, "person");
  parts.people.append(card);
  renumberPeople(root, parts);
  return card;
}

// --- showing the core's answer ------------------------------------------------------

/** The text with each finding's spans wrapped in <mark>; spans arrive in code points. */
function markedBody(root, text, findings) {
  const offsets = utf16Offsets(text);
  const spans = findings
    .flatMap((finding) =>
      finding.spans.map(([start, end]) => ({ start: offsets[start], end: offsets[end], finding })),
    )
    .filter((span) => span.start !== undefined && span.end !== undefined && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let position = 0;
  for (const span of spans) {
    if (span.start < position) continue; // overlaps one already marked
    nodes.push(document.createTextNode(text.slice(position, span.start)));
    const mark = fromTemplate(root, "mark");
    mark.dataset.rule = span.finding.rule;
    mark.dataset.severity = span.finding.severity;
    mark.textContent = text.slice(span.start, span.end);
    nodes.push(mark);
    position = span.end;
  }
  nodes.push(document.createTextNode(text.slice(position)));
  return nodes;
}

function findingItem(root, finding) {
  const item = fromTemplate(root, "finding");
  const severity = slot(item, "severity");
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  setText(severity, severity.dataset[finding.severity] || finding.severity);
  setText(slot(item, "message"), finding.message);
  const link = slot(item, "link");
  if (finding.section) link.href = guideURL(finding.section);
  else link.closest("p").hidden = true;
  return item;
}

/** Where in the form a missing detail ("details.interviewers.0.name") is typed, and its name. */
function missingField(root, path) {
  const area = root.querySelector(`[data-field="${CSS.escape(path)}"]`);
  if (!area) return null;
  const control = area.querySelector("input, textarea, select");
  if (area.matches("fieldset")) {
    return { label: area.querySelector("legend").textContent, control };
  }
  const label = area.querySelector("label").textContent;
  const card = area.closest(".followup-person");
  return { label: card ? `${slot(card, "person-title").textContent}: ${label}` : label, control };
}

function fillPanel(root, panel, view, index) {
  const result = view.results[index];
  const checking = view.mode === "check";
  const text = checking ? view.text : result.body;
  panel.dataset.index = index;
  setText(slot(panel, "to"), result.to);
  slot(panel, "to-row").hidden = checking;
  setText(slot(panel, "subject"), result.subject);
  slot(panel, "subject-row").hidden = checking || !result.subject;
  slot(panel, "body").replaceChildren(...markedBody(root, text, result.findings));
  setText(slot(panel, "size"), result.size);

  const missing = checking ? [] : result.missing;
  slot(panel, "missing").replaceChildren(
    ...missing.flatMap((path) => {
      const field = missingField(root, path);
      if (!field) return [];
      const item = fromTemplate(root, "missing");
      const chip = item.querySelector("button");
      chip.dataset.path = path;
      setText(chip, field.label);
      return [item];
    }),
  );
  slot(panel, "missing-wrap").hidden = missing.length === 0;

  slot(panel, "findings").replaceChildren(...result.findings.map((finding) => findingItem(root, finding)));
  slot(panel, "findings-none").hidden = result.findings.length > 0 || !text.trim();
  slot(panel, "actions").hidden = checking;

  const mailto = slot(panel, "mailto");
  const mail = checking ? null : result.mailto;
  mailto.hidden = !mail || mail.too_long;
  if (mail && !mail.too_long) mailto.href = mail.url;
  else mailto.removeAttribute("href");
  slot(panel, "mailto-too-long").hidden = !mail || !mail.too_long;
}

/** The phone's dock: the shown draft's size and how many things the checker flags. */
function fillDock(root, result) {
  setText(slot(root, "dock-size"), result.size);
  const findings = slot(root, "dock-findings");
  const count = result.findings.length;
  const words = count === 0 ? findings.dataset.none : count === 1 ? findings.dataset.one : findings.dataset.many;
  setText(findings, words.replace("{count}", String(count)));
}

function selectTab(root, view, index, { focus = false } = {}) {
  view.selected = index;
  const tabs = [...slot(root, "tabs").children];
  tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
  });
  [...slot(root, "drafts").children].forEach((panel, i) => {
    panel.hidden = i !== index;
  });
  if (view.results[index]) fillDock(root, view.results[index]);
}

function render(root, view) {
  const title = slot(root, "result-title");
  const several = view.results.length > 1;
  setText(
    title,
    view.mode === "check" ? title.dataset.liveCheck : several ? title.dataset.liveSeveral : title.dataset.live,
  );
  const tabs = slot(root, "tabs");
  const panels = slot(root, "drafts");
  tabs.replaceChildren(
    ...(several ? view.results : []).map((result, index) => {
      const tab = fromTemplate(root, "tab");
      tab.id = `fd-tab-${index + 1}`;
      tab.setAttribute("aria-controls", `fd-panel-${index + 1}`);
      tab.dataset.index = index;
      setText(tab, result.to);
      return tab;
    }),
  );
  tabs.hidden = !several;
  panels.replaceChildren(
    ...view.results.map((result, index) => {
      const panel = fromTemplate(root, "panel");
      if (several) {
        panel.id = `fd-panel-${index + 1}`;
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", `fd-tab-${index + 1}`);
      }
      fillPanel(root, panel, view, index);
      return panel;
    }),
  );
  selectTab(root, view, Math.min(view.selected, view.results.length - 1));
}

// --- the tool -------------------------------------------------------------------

export function mount(root, engine) {
  const parts = partsOf(root);
  const { form } = parts;
  const view = { mode: "build", text: "", results: [], selected: 0 };
  let requested = 0;
  let lastField = null; // the form control the reader was last in, for "Back to the form"

  const showMode = () => {
    const mode = form.querySelector('input[name="mode"]:checked').value;
    for (const fieldset of form.querySelectorAll("[data-mode]")) fieldset.hidden = fieldset.dataset.mode !== mode;
    const channel = form.elements.channel.value;
    for (const part of form.querySelectorAll("[data-channel-only]")) part.hidden = part.dataset.channelOnly !== channel;
    showFieldsFor(parts);
  };

  const compute = latestOnly(async () => {
    const id = requested;
    const state = readState(parts);
    const { op, args } = requestFor(state);
    let reply;
    try {
      reply = await engine.call(op, args);
    } catch {
      return; // the engine failed: its status line says so
    }
    clearFieldErrors(root);
    if (reply.ok) {
      view.mode = state.mode;
      view.text = state.text;
      view.results = op === "check" ? [{ ...reply.result, to: "", subject: "", missing: [] }] : reply.result.drafts;
      render(root, view);
      root.classList.remove("followup-tool--stale");
    } else {
      showErrors(root, reply);
      root.classList.add("followup-tool--stale");
    }
    root.dataset.state = "ready";
    if (id === requested) delete root.dataset.busy;
  });

  const recompute = () => {
    requested += 1;
    root.dataset.busy = "true";
    if (engine.status.state === "ready") compute();
  };

  const emptyForm = () => {
    const keepSaving = parts.save.checked;
    form.reset();
    parts.save.checked = keepSaving;
    parts.people.replaceChildren();
    addPerson(root, parts);
    view.selected = 0;
    showMode();
    setText(parts.actionStatus, "");
    recompute();
  };

  const saving = bindSaving({
    root,
    section: SECTION,
    read: () => readState(parts),
    write: (state) => {
      writeState(root, parts, state);
      showMode();
    },
    empty: emptyForm,
    changed: recompute,
  });
  if (!saving.restored) addPerson(root, parts);
  // A step of the plan sent the reader here: its stage, dates and timeline go in the form.
  const handed = takeHanded(SECTION);
  if (handed) {
    writeState(root, parts, withPlanStep(readState(parts), handed));
    saving.keep();
  }
  for (const fieldset of form.querySelectorAll("fieldset")) fieldset.disabled = false;
  showMode();

  const onClick = async (event) => {
    const button = event.target.closest("[data-action]");
    if (!button || !root.contains(button)) return;
    const action = button.dataset.action;
    const panel = button.closest('[data-slot="panel"]');
    const draft = panel && view.results[Number(panel.dataset.index)];
    if (action === "add-person") {
      addPerson(root, parts).querySelector("input").focus();
      showMode();
      saving.keep();
      recompute();
    } else if (action === "remove-person") {
      const card = button.closest(".followup-person");
      const next = card.nextElementSibling || card.previousElementSibling;
      card.remove();
      renumberPeople(root, parts);
      next.querySelector("input").focus();
      showMode();
      saving.keep();
      recompute();
    } else if (action === "to-draft") {
      const title = slot(root, "result-title");
      title.scrollIntoView({ block: "start" });
      title.focus({ preventScroll: true });
    } else if (action === "to-form") {
      // Back to the field the reader left, or to the top of the form.
      const back = lastField?.isConnected ? lastField : form.querySelector("input, select, textarea");
      back.scrollIntoView({ block: "center" });
      back.focus({ preventScroll: true });
    } else if (action === "focus-field") {
      const field = missingField(root, button.dataset.path);
      if (field?.control) field.control.focus();
    } else if (action === "copy-subject" && draft) {
      await copy(draft.subject, "copiedSubject");
    } else if (action === "copy-body" && draft) {
      await copy(draft.body, "copiedBody");
    } else if (action === "download" && draft) {
      downloadText(draft.filename, draft.text, "text/plain;charset=utf-8");
      setText(parts.actionStatus, `${parts.actionStatus.dataset.downloaded} ${draft.filename}`);
    }
  };

  const copy = async (text, said) => {
    try {
      await copyText(text);
      setText(parts.actionStatus, parts.actionStatus.dataset[said]);
    } catch {
      setText(parts.actionStatus, parts.actionStatus.dataset.copyFailed);
    }
  };

  const onTabKey = (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (!tab) return;
    const count = view.results.length;
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let index = null;
    if (event.key in moves) index = (view.selected + moves[event.key] + count) % count;
    else if (event.key === "Home") index = 0;
    else if (event.key === "End") index = count - 1;
    if (index === null) return;
    event.preventDefault();
    selectTab(root, view, index, { focus: true });
  };

  const onTabClick = (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) selectTab(root, view, Number(tab.dataset.index));
  };

  const onInput = (event) => {
    if (event.target.name === "save") return;
    if (event.target.name === "stage") contactForStage(parts);
    showMode();
    setText(parts.actionStatus, "");
    saving.keep();
    recompute();
  };

  const onFocusIn = (event) => {
    lastField = event.target;
  };

  form.addEventListener("input", onInput);
  form.addEventListener("focusin", onFocusIn);
  form.addEventListener("submit", (event) => event.preventDefault());
  root.addEventListener("click", onClick);
  slot(root, "tabs").addEventListener("keydown", onTabKey);
  slot(root, "tabs").addEventListener("click", onTabClick);
  const stopStatus = bindStatus(root, engine, recompute);

  return {
    unmount() {
      saving.unbind();
      stopStatus();
      form.removeEventListener("input", onInput);
      form.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("click", onClick);
    },
  };
}
