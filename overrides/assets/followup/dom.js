// @ts-check
// Small DOM helpers the tools share. Text only ever goes in through textContent
// or form values: nothing a reader types is parsed as HTML.

/** @typedef {import("./engine.js").Engine} Engine */
/** @typedef {import("./contract.js").BridgeError} BridgeError */
/** @typedef {import("./contract.js").ErrorReply} ErrorReply */

/**
 * The element for data-slot="name" inside root (the tools' templates provide each one).
 * @param {ParentNode} root
 * @param {string} name
 * @returns {HTMLElement}
 */
export function slot(root, name) {
  return /** @type {HTMLElement} */ (root.querySelector(`[data-slot="${name}"]`));
}

/**
 * Sets an element's text; nothing (null, undefined) empties it.
 * @param {Element} element
 * @param {string | null | undefined} text
 */
export function setText(element, text) {
  element.textContent = text ?? "";
}

/**
 * The value of the checked radio button called name inside within ("" when none is).
 * @param {ParentNode} within
 * @param {string} name
 */
export function checkedValue(within, name) {
  const chosen = within.querySelector(`input[name="${name}"]:checked`);
  return chosen instanceof HTMLInputElement ? chosen.value : "";
}

/**
 * List items holding each text, as text.
 * @param {string[]} texts
 * @returns {HTMLLIElement[]}
 */
export function textItems(texts) {
  return texts.map((text) => {
    const item = document.createElement("li");
    item.textContent = text;
    return item;
  });
}

/**
 * A copy of <template data-template="name">'s first element.
 * @param {ParentNode} root
 * @param {string} name
 * @returns {HTMLElement}
 */
export function fromTemplate(root, name) {
  const template = /** @type {HTMLTemplateElement} */ (root.querySelector(`template[data-template="${name}"]`));
  return /** @type {HTMLElement} */ (template.content.firstElementChild?.cloneNode(true));
}

/**
 * Shows the engine's start-up state in the tool's status line (wording from the
 * line's data attributes) and wires its retry button. Returns the unsubscribe.
 * @param {HTMLElement} root
 * @param {Engine} engine
 * @param {() => void} onReady
 */
export function bindStatus(root, engine, onReady) {
  const line = slot(root, "status");
  const retry = /** @type {HTMLElement} */ (root.querySelector('[data-action="retry"]'));
  const onRetry = () => engine.retry();
  retry.addEventListener("click", onRetry);
  let wasReady = false;
  const stop = engine.subscribe((status) => {
    if (status.state === "error") {
      root.dataset.state = "error";
      line.textContent = line.dataset.failed + status.message;
      retry.hidden = false;
    } else if (status.state === "loading") {
      if (root.dataset.state !== "error" || !status.slow) root.dataset.state = "loading";
      // Each start-up stage has its own words where the markup provides them.
      const stage = line.dataset[`stage${status.stage.charAt(0).toUpperCase()}${status.stage.slice(1)}`];
      line.textContent = (status.slow ? line.dataset.slow : stage || line.dataset.loading) ?? "";
      retry.hidden = !status.slow;
    } else {
      line.textContent = line.dataset.ready ?? "";
      retry.hidden = true;
    }
    if (status.state === "ready" && !wasReady) onReady();
    wasReady = status.state === "ready";
  });
  return () => {
    stop();
    retry.removeEventListener("click", onRetry);
  };
}

/**
 * Clears every field message, invalid mark and the error summary in root.
 * @param {HTMLElement} root
 */
export function clearFieldErrors(root) {
  const announce = slot(root, "announce");
  if (announce) announce.textContent = "";
  const summary = slot(root, "error-summary");
  if (summary) {
    summary.hidden = true;
    slot(summary, "error-list").replaceChildren();
  }
  for (const message of root.querySelectorAll("[data-error-for]")) {
    if (!(message instanceof HTMLElement)) continue;
    message.hidden = true;
    message.textContent = "";
  }
  for (const control of root.querySelectorAll('[aria-invalid="true"]')) {
    control.removeAttribute("aria-invalid");
  }
}

/**
 * Puts the core's error next to the field it names ("timeline.by", "holidays.2"):
 * the nearest message slot for the field or its parent, and marks the field's
 * controls invalid. Returns the message element, or null if none matches.
 * @param {HTMLElement} root
 * @param {BridgeError} error
 * @returns {HTMLElement | null}
 */
export function showFieldError(root, error) {
  const parts = String(error.field || "").split(".");
  for (let length = parts.length; length > 0; length--) {
    const field = parts.slice(0, length).join(".");
    const message = root.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (!(message instanceof HTMLElement)) continue;
    // A second problem with the same field joins the first.
    message.textContent = message.hidden ? error.message : `${message.textContent} ${error.message}`;
    message.hidden = false;
    // Screen readers hear the problem as it appears, without leaving the field.
    const announce = slot(root, "announce");
    if (announce) announce.textContent = error.message;
    for (const area of root.querySelectorAll(`[data-field="${CSS.escape(field)}"]`)) {
      for (const control of area.querySelectorAll("input, select, textarea")) {
        control.setAttribute("aria-invalid", "true");
      }
    }
    return message;
  }
  // A problem no field owns (the request as a whole is too large) goes above the form.
  if (error.field !== "request") return showFieldError(root, { ...error, field: "request" });
  return null;
}

/**
 * Every problem a failed reply names (`errors`; older replies carry only `error`).
 * @param {ErrorReply} reply
 * @returns {BridgeError[]}
 */
export function errorsOf(reply) {
  return Array.isArray(reply.errors) && reply.errors.length ? reply.errors : [reply.error];
}

/**
 * Shows every problem of a failed reply at once: each next to its field, and
 * all of them in the form's summary ("There is a problem", the GOV.UK Design
 * System's pattern), each a link that takes the reader to its field.
 * `errors` lists them all; older replies carry only `error`.
 * @param {HTMLElement} root
 * @param {ErrorReply} reply
 */
export function showErrors(root, reply) {
  const errors = errorsOf(reply);
  const shown = errors.map((error) => ({ error, message: showFieldError(root, error) }));
  const announce = slot(root, "announce");
  if (announce) announce.textContent = errors.map((error) => error.message).join(" ");
  const summary = slot(root, "error-summary");
  if (!summary) return;
  slot(summary, "error-list").replaceChildren(
    ...shown.map(({ error, message }) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      const control = message ? controlFor(root, message) : null;
      link.href = `#${control?.id || message?.id || ""}`;
      link.textContent = error.message;
      link.addEventListener("click", (event) => {
        // The theme's instant navigation would take the link over and move the focus away.
        event.preventDefault();
        event.stopPropagation();
        if (!control) return;
        const details = control.closest("details");
        if (details) details.open = true; // a field inside a closed section
        control.focus({ preventScroll: true });
        control.scrollIntoView({ block: "center" });
      });
      item.append(link);
      return item;
    }),
  );
  summary.hidden = false;
}

/**
 * The control a field message describes (its first one, for a group).
 * @param {HTMLElement} root
 * @param {HTMLElement} message
 * @returns {HTMLElement | null}
 */
function controlFor(root, message) {
  const described = root.querySelector(`[aria-describedby~="${CSS.escape(message.id)}"]`);
  if (described instanceof HTMLElement) return described;
  const field = message.dataset.errorFor || "";
  return root.querySelector(`[data-field="${CSS.escape(field)}"] :is(input, select, textarea)`);
}

/**
 * Copies text to the clipboard; falls back to a hidden text area where the API is missing.
 * @param {string} text
 */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

/**
 * Copies text and says how that went in an action line, whose data attributes hold the
 * words: `said` on success, `copyFailed` when the browser refuses (the reader then copies
 * by hand).
 * @param {HTMLElement} line
 * @param {string} text
 * @param {string} said
 */
export async function copyAndSay(line, text, said) {
  try {
    await copyText(text);
    setText(line, line.dataset[said]);
  } catch {
    // Refused by the browser (no permission, no clipboard): the line says to copy by hand.
    setText(line, line.dataset.copyFailed);
  }
}

/**
 * Saves text as a file and names it in an action line (its `downloaded` words first).
 * @param {HTMLElement} line
 * @param {string} filename
 * @param {string} content
 * @param {string} type
 */
export function downloadAndSay(line, filename, content, type) {
  downloadText(filename, content, type);
  setText(line, `${line.dataset.downloaded} ${filename}`);
}

/**
 * Saves text as a file through a temporary link (no network involved).
 * @param {string} filename
 * @param {string} content
 * @param {string} type
 */
export function downloadText(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Wraps an async computation so that only the newest input is computed:
 * while one call runs, later calls replace each other and the last runs next.
 * Answers as you type with no debounce delay, and never shows a stale answer.
 * @template T
 * @param {(input: T) => Promise<void>} compute
 * @returns {(input: T) => Promise<void>}
 */
export function latestOnly(compute) {
  let running = false;
  /** @type {{input: T} | null} */
  let queued = null;
  /** @param {T} input */
  return async function run(input) {
    if (running) {
      queued = { input };
      return;
    }
    running = true;
    try {
      await compute(input);
    } finally {
      running = false;
      if (queued) {
        const next = queued;
        queued = null;
        run(next.input);
      }
    }
  };
}

/**
 * The address of a guide page named by the core ("avoid/#pushy"), resolved from
 * the site's root as the theme records it for the current page.
 * @param {string} section
 */
export function guideURL(section) {
  const config = document.getElementById("followup-config");
  // Without a configuration (written by the theme on tool pages) the page sits at the root.
  const base = (config && JSON.parse(config.textContent || "{}").base) || ".";
  return new URL(section, new URL(`${base}/`, window.location.href)).href;
}

/**
 * For each code-point index of text (as Python counts), the matching UTF-16 index.
 * @param {string} text
 */
export function utf16Offsets(text) {
  const offsets = [0];
  let position = 0;
  for (const character of text) {
    position += character.length;
    offsets.push(position);
  }
  return offsets;
}
