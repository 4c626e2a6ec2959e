// @ts-check
// Shows the core's answer: one panel per draft (recipient, subject, the body with
// each finding marked in place, its size, the details still missing as chips that
// lead to their fields, the findings with links into the guide, and the mail
// link), tabs when there are several, and the phone's dock line. Text goes in as
// text only; the wording sits in the markup's templates and data attributes.

import { fromTemplate, guideURL, setText, slot, utf16Offsets } from "./dom.js";
import { selectTab } from "./draft-tabs.js";

/** @typedef {import("./contract.js").Draft} Draft */
/** @typedef {import("./contract.js").Finding} Finding */

/**
 * One draft as shown: a built draft, or the reader's checked text dressed as one
 * (no recipient, subject, gaps, file or mail link).
 * @typedef {Pick<Draft, "to" | "subject" | "size" | "findings" | "missing">
 *   & Partial<Pick<Draft, "body" | "text" | "filename" | "mailto">>} Shown
 */

/**
 * What the result area shows.
 * @typedef {object} View
 * @property {"build" | "check"} mode
 * @property {string} text        the checked text, in "check" mode
 * @property {Shown[]} results
 * @property {number} selected    the tab shown
 */

/**
 * The text with each finding's spans wrapped in <mark>; spans arrive in code points.
 * @param {HTMLElement} root
 * @param {string} text
 * @param {Finding[]} findings
 * @returns {Node[]}
 */
function markedBody(root, text, findings) {
  const offsets = utf16Offsets(text);
  const spans = findings
    .flatMap((finding) =>
      finding.spans.map(([start, end]) => ({ start: offsets[start], end: offsets[end], finding })),
    )
    .filter((span) => span.start !== undefined && span.end !== undefined && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  /** @type {Node[]} */
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

/**
 * @param {HTMLElement} root
 * @param {Finding} finding
 * @returns {HTMLElement}
 */
function findingItem(root, finding) {
  const item = fromTemplate(root, "finding");
  const severity = slot(item, "severity");
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  setText(severity, severity.dataset[finding.severity] || finding.severity);
  setText(slot(item, "message"), finding.message);
  const link = /** @type {HTMLAnchorElement} */ (slot(item, "link"));
  if (finding.section) link.href = guideURL(finding.section);
  else /** @type {HTMLElement} */ (link.closest("p")).hidden = true;
  return item;
}

/**
 * Where in the form a missing detail ("details.interviewers.0.name") is typed, and its name.
 * @param {HTMLElement} root
 * @param {string} path
 * @returns {{label: string, control: HTMLElement | null} | null}
 */
export function missingField(root, path) {
  const area = root.querySelector(`[data-field="${CSS.escape(path)}"]`);
  if (!area) return null;
  /** @type {HTMLElement | null} */
  const control = area.querySelector("input, textarea, select");
  if (area.matches("fieldset")) {
    return { label: /** @type {Element} */ (area.querySelector("legend")).textContent || "", control };
  }
  const label = /** @type {Element} */ (area.querySelector("label")).textContent || "";
  const card = area.closest(".followup-person");
  return { label: card ? `${slot(card, "person-title").textContent}: ${label}` : label, control };
}

/**
 * Fills one panel with draft `index` of the view.
 * @param {HTMLElement} root
 * @param {HTMLElement} panel
 * @param {View} view
 * @param {number} index
 */
function fillPanel(root, panel, view, index) {
  const result = view.results[index];
  const checking = view.mode === "check";
  const text = (checking ? view.text : result.body) ?? "";
  panel.dataset.index = String(index);
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
      const chip = /** @type {HTMLButtonElement} */ (item.querySelector("button"));
      chip.dataset.path = path;
      setText(chip, field.label);
      return [item];
    }),
  );
  slot(panel, "missing-wrap").hidden = missing.length === 0;

  slot(panel, "findings").replaceChildren(...result.findings.map((finding) => findingItem(root, finding)));
  slot(panel, "findings-none").hidden = result.findings.length > 0 || !text.trim();
  slot(panel, "actions").hidden = checking;

  const mailto = /** @type {HTMLAnchorElement} */ (slot(panel, "mailto"));
  const mail = checking ? null : result.mailto;
  mailto.hidden = !mail || mail.too_long;
  if (mail && !mail.too_long) mailto.href = mail.url;
  else mailto.removeAttribute("href");
  slot(panel, "mailto-too-long").hidden = !mail || !mail.too_long;
}

/**
 * The phone's dock: the shown draft's size and how many things the checker flags.
 * @param {HTMLElement} root
 * @param {Shown} result
 */
function fillDock(root, result) {
  showDockPart(root, false);
  setText(slot(root, "dock-size"), result.size);
  setCount(slot(root, "dock-findings"), result.findings.length);
}

/**
 * A count in words, from the element's data-none (if any), data-one and data-many ("{count} …").
 * @param {HTMLElement} element
 * @param {number} count
 */
function setCount(element, count) {
  const { none, one, many } = element.dataset;
  const words = count === 0 && none !== undefined ? none : count === 1 ? one : many;
  setText(element, (words || "").replace("{count}", String(count)));
}

/**
 * The dock's figures and "See the draft", or its count of problems and "See the problems".
 * @param {HTMLElement} root
 * @param {boolean} problems
 */
function showDockPart(root, problems) {
  slot(root, "dock-figures").hidden = problems;
  slot(root, "dock-problems").hidden = !problems;
  /** @type {HTMLElement} */ (root.querySelector('[data-action="to-draft"]')).hidden = problems;
  /** @type {HTMLElement} */ (root.querySelector('[data-action="to-problems"]')).hidden = !problems;
}

/**
 * The dock while the form has problems: how many, not the figures of a draft that no longer
 * matches the form (the next good draft brings the figures back).
 * @param {HTMLElement} root
 * @param {number} count
 */
export function showDockProblems(root, count) {
  setCount(slot(root, "dock-problems"), count);
  showDockPart(root, true);
}

/**
 * Shows draft `index`: its tab and panel, and its figures in the dock.
 * @param {HTMLElement} root
 * @param {View} view
 * @param {number} index
 * @param {{focus?: boolean}} [options]
 */
export function showDraft(root, view, index, options = {}) {
  view.selected = index;
  selectTab(root, index, options);
  if (view.results[index]) fillDock(root, view.results[index]);
}

/**
 * Replaces the result area with the view's drafts, keeping the tab shown where it still exists.
 * @param {HTMLElement} root
 * @param {View} view
 */
export function render(root, view) {
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
      tab.dataset.index = String(index);
      setText(tab, result.to);
      return tab;
    }),
  );
  tabs.hidden = !several;
  panels.replaceChildren(
    ...view.results.map((_result, index) => {
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
  showDraft(root, view, Math.min(view.selected, view.results.length - 1));
}
