// @ts-check
// The tab list over several drafts (one per interviewer), as the ARIA tabs pattern
// asks: one tab in the tab order, arrow keys move between tabs, Home and End go to
// the first and last, and a click or a move shows that tab's panel.

import { slot } from "./dom.js";

/** Keys that move to the next (1) or previous (-1) tab. */
const MOVES = /** @type {Record<string, number>} */ ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 });

/**
 * Marks tab `index` selected and shows its panel alone.
 * @param {HTMLElement} root
 * @param {number} index
 * @param {{focus?: boolean}} [options] focus: move the focus to the tab (a keyboard move)
 */
export function selectTab(root, index, { focus = false } = {}) {
  const tabs = /** @type {HTMLElement[]} */ ([...slot(root, "tabs").children]);
  tabs.forEach((tab, i) => {
    const selected = i === index;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
  });
  const panels = /** @type {HTMLElement[]} */ ([...slot(root, "drafts").children]);
  panels.forEach((panel, i) => {
    panel.hidden = i !== index;
  });
}

/**
 * Listens to the tab list's keys and clicks; returns the function that stops listening.
 * @param {HTMLElement} root
 * @param {{count: () => number, selected: () => number, choose: (index: number, options: {focus?: boolean}) => void}} tabs
 *   how many tabs there are, which is selected, and what choosing one does
 * @returns {() => void}
 */
export function bindTabs(root, { count, selected, choose }) {
  const list = slot(root, "tabs");

  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    const tab = /** @type {Element} */ (event.target).closest('[role="tab"]');
    if (!tab) return;
    const total = count();
    /** @type {number | null} */
    let index = null;
    if (event.key in MOVES) index = (selected() + MOVES[event.key] + total) % total;
    else if (event.key === "Home") index = 0;
    else if (event.key === "End") index = total - 1;
    if (index === null) return;
    event.preventDefault();
    choose(index, { focus: true });
  };

  /** @param {MouseEvent} event */
  const onClick = (event) => {
    const tab = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest('[role="tab"]'));
    if (tab) choose(Number(tab.dataset.index), {});
  };

  list.addEventListener("keydown", onKey);
  list.addEventListener("click", onClick);
  return () => {
    list.removeEventListener("keydown", onKey);
    list.removeEventListener("click", onClick);
  };
}
