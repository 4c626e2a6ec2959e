// @ts-check
// One tool's side of the shared save switch: restores the tool's section of the
// store when it mounts, keeps it on every change while the reader lets it,
// follows other tabs, and "Clear everything" empties every tool's entries.
// The wording of each message sits in the save line's data attributes.

import { Store, forgetLatest, noteLatest } from "./store.js";

/**
 * @typedef {object} SavingOptions
 * @property {HTMLElement} root        the tool, holding [name=save], [data-action=clear] and [data-slot=save-status]
 * @property {string} section          the tool's name in the store ("draft", "timing")
 * @property {() => any} read          the form as plain data
 * @property {(state: any) => void} write  puts kept data back into the form
 * @property {() => void} empty        empties the form (and recomputes)
 * @property {() => void} changed      the form changed from outside: recompute
 */

/**
 * @typedef {object} Saving
 * @property {() => void} keep       keeps the form now (after each change) and says how that went
 * @property {() => void} persist    keeps the form without a word (the page is going away)
 * @property {boolean} restored      whether kept entries were put back at mount
 * @property {() => void} unbind
 */

/**
 * @param {SavingOptions} options
 * @returns {Saving}
 */
export function bindSaving({ root, section, read, write, empty, changed }) {
  const store = new Store();
  const save = /** @type {HTMLInputElement} */ (root.querySelector('input[name="save"]'));
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-slot="save-status"]'));
  // True while the form holds entries this browser has not kept (saving off, or it failed).
  let unsaved = false;

  /** @param {string | null} news a key of the save line's data attributes, or null for silence */
  const say = (news) => {
    const text = news ? status.dataset[news] || "" : "";
    // The same words again would be read out again on every keystroke.
    if (status.textContent !== text) status.textContent = text;
  };

  /** Keeps the form if the reader lets it; returns the problem, or null. */
  const persist = () => {
    const state = read();
    noteLatest(section, state);
    if (!save.checked) {
      unsaved = true;
      return null;
    }
    const problem = store.saveSection(section, state);
    unsaved = problem !== null;
    return problem;
  };

  const keep = () => {
    const problem = persist();
    if (problem) say(problem);
    else if (save.checked) say(null);
  };

  const clearAll = () => {
    forgetLatest();
    empty();
    store.erase();
    if (!save.checked) store.saveOff();
    unsaved = false;
    say("cleared");
  };

  const onSaveChange = () => {
    if (save.checked) {
      keep();
    } else {
      // Written over the entries in one step: other tabs see "off", not "cleared".
      const problem = store.saveOff();
      if (problem) store.erase();
      unsaved = true;
      say(problem || "off");
    }
  };

  /** @param {MouseEvent} event */
  const onClick = (event) => {
    const target = /** @type {Element} */ (event.target);
    if (target.closest('[data-action="clear"]')) clearAll();
  };

  /** Puts entries saved by another tab in the form, keeping the reader's place. */
  const adopt = (/** @type {any} */ state) => {
    const active = document.activeElement;
    const focused = active && root.contains(active) ? active.id : "";
    write(state);
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
    changed();
  };

  // Another tab or window of this guide changed what is kept. Every keystroke is
  // saved at once, so a tab showing older entries would overwrite newer ones the
  // next time the reader types in it. Instead each tab follows the other:
  //  - entries saved elsewhere replace this form's, unless this tab holds entries
  //    it could not keep (saving off or failing here): those are never dropped
  //    silently; the reader is told and this tab keeps its own;
  //  - saving switched off elsewhere switches it off here, so nothing is kept
  //    against the reader's wish by a tab left open;
  //  - "Clear everything" elsewhere empties this form too.
  const stopWatching = store.watch((change) => {
    if (change.removed) {
      forgetLatest();
      empty();
      unsaved = false;
      say("clearedElsewhere");
    } else if (!change.save) {
      if (save.checked) say("offElsewhere");
      save.checked = false;
      unsaved = true;
    } else {
      const theirs = change.state?.[section];
      // Another tool's section changed: nothing to take from it here.
      if (theirs === undefined || JSON.stringify(theirs) === JSON.stringify(read())) return;
      if (unsaved) {
        say("changedElsewhere");
      } else {
        save.checked = true;
        adopt(theirs);
        say("updatedElsewhere");
      }
    }
  });

  // Start from what was kept, if the reader lets this browser keep it.
  const kept = store.load();
  save.checked = kept.save;
  unsaved = kept.problem === "unavailable";
  const mine = kept.state?.[section];
  if (mine && typeof mine === "object") {
    write(mine);
    say("restored");
  } else {
    say(kept.problem || (kept.save ? null : "off"));
  }
  noteLatest(section, read());
  for (const control of root.querySelectorAll("[name='save'], [data-action='clear']")) {
    /** @type {HTMLInputElement | HTMLButtonElement} */ (control).disabled = false;
  }

  save.addEventListener("change", onSaveChange);
  root.addEventListener("click", onClick);
  // The last keystrokes are kept even if the page goes away in between.
  window.addEventListener("pagehide", persist);

  return {
    keep,
    persist: () => void persist(),
    restored: Boolean(mine && typeof mine === "object"),
    unbind() {
      persist();
      stopWatching();
      save.removeEventListener("change", onSaveChange);
      root.removeEventListener("click", onClick);
      window.removeEventListener("pagehide", persist);
    },
  };
}
