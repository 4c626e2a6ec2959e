// @ts-check
// A form's named controls as plain data and back, so a tool can keep its
// entries without a list of its fields: a field added to the markup is kept too.
//
//   text, date, number, select  -> the value as typed
//   radio group                 -> the chosen value
//   one checkbox                -> true / false
//   checkboxes sharing a name   -> the checked values
//   names listed as repeated    -> a list of values (fields the reader adds, like days off)

/** @typedef {Record<string, string | boolean | string[]>} Controls */

/**
 * @param {HTMLFormElement} form
 * @param {string} name
 * @returns {HTMLInputElement[]}
 */
function controlsNamed(form, name) {
  return /** @type {HTMLInputElement[]} */ ([...form.elements].filter((el) => /** @type {any} */ (el).name === name));
}

/**
 * @param {HTMLFormElement} form
 * @param {{skip?: string[], repeated?: string[]}} [options]
 * @returns {Controls}
 */
export function readControls(form, { skip = [], repeated = [] } = {}) {
  /** @type {Controls} */
  const state = {};
  const names = new Set([...form.elements].map((el) => /** @type {any} */ (el).name).filter(Boolean));
  for (const name of repeated) names.add(name);
  for (const name of names) {
    if (skip.includes(name)) continue;
    const controls = controlsNamed(form, name);
    const first = controls[0];
    if (repeated.includes(name)) state[name] = controls.map((control) => control.value);
    else if (first.type === "radio") state[name] = controls.find((control) => control.checked)?.value ?? "";
    else if (first.type === "checkbox" && controls.length === 1) state[name] = first.checked;
    else if (first.type === "checkbox") state[name] = controls.filter((c) => c.checked).map((c) => c.value);
    else state[name] = first.value;
  }
  return state;
}

/**
 * Puts kept values back: only into controls the form still has, only values of
 * the kind each control takes (kept data may come from an older page).
 * @param {HTMLFormElement} form
 * @param {any} state
 * @param {{skip?: string[], repeated?: string[], makeRoom?: (name: string, count: number) => void}} [options]
 *   makeRoom adds or removes a repeated field's controls until there are `count`
 */
export function writeControls(form, state, { skip = [], repeated = [], makeRoom = () => {} } = {}) {
  if (!state || typeof state !== "object") return;
  for (const [name, value] of Object.entries(state)) {
    if (skip.includes(name)) continue;
    if (repeated.includes(name)) {
      const values = Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
      makeRoom(name, values.length);
      controlsNamed(form, name).forEach((control, index) => {
        control.value = values[index] ?? "";
      });
      continue;
    }
    const controls = controlsNamed(form, name);
    if (!controls.length) continue;
    const first = controls[0];
    if (first.type === "radio" && typeof value === "string") {
      const chosen = controls.find((control) => control.value === value);
      if (chosen) chosen.checked = true;
    } else if (first.type === "checkbox" && controls.length === 1 && typeof value === "boolean") {
      first.checked = value;
    } else if (first.type === "checkbox" && Array.isArray(value)) {
      for (const control of controls) control.checked = value.includes(control.value);
    } else if (typeof value === "string" && first instanceof HTMLSelectElement) {
      if ([...first.options].some((option) => option.value === value)) first.value = value;
    } else if (typeof value === "string") {
      first.value = value;
    }
  }
}
