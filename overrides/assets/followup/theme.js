// @ts-check
// The theme adapter: everything the page's JavaScript knows about Material for MkDocs.
// The build's side (its markup and CSS) is sitebuild/theme.py; tests/site/test_theme_contract.py
// checks that the theme still provides each thing listed here:
//
// - `document$`: the theme's stream of pages (instant navigation), in `onEachPage`;
// - `__md_get` / `__md_set` and the `__palette` key: the theme's storage for the colours;
// - the colour toggle's `data-md-color-media` (and `-scheme`, `-primary`, `-accent`)
//   attributes, on its inputs and on <body>, and the `[data-md-color-switching]` rule
//   that holds transitions while colours change;
// - `.md-content` (the page's text) and `.md-typeset .language-text pre > code` (its
//   example messages), in the selectors of `TEXT`.
//
// The colour toggle in the header: automatic (the system's), light, dark.
//
// The theme's script ran it by setting every colour again on each load and adding
// two <meta> elements, and the browser restyled the whole page for each of those
// (sitebuild/theme.py hands the toggle over by marking its form
// data-followup-palette). The theme's inline script at the top of <body> has already
// applied a remembered choice before the first paint, so a load changes only what
// still differs, usually nothing. A choice is applied and remembered the way the theme
// does it, in its own storage, so the theme's inline script applies it on the next page.

/** Where the theme puts the page's text, for the tools' own work on it. */
export const TEXT = {
  /** Links in the page's text, but its headings' anchors and its buttons. */
  links: ".md-content a[href]:not(.headerlink, .md-button)",
  /** The guide's example messages (```text blocks). */
  messages: ".md-typeset .language-text pre > code",
};

/**
 * Calls `next` for the first page and after every instant navigation (the theme's
 * `document$`); without it, once the document has loaded.
 * @param {() => void} next
 */
export function onEachPage(next) {
  const pages = /** @type {{document$?: {subscribe(next: () => void): unknown}}} */ (
    /** @type {unknown} */ (window)
  ).document$;
  if (pages) {
    pages.subscribe(next);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", next);
  } else {
    next();
  }
}

/** @typedef {{media: string, scheme: string, primary: string, accent: string}} Colors */
/** @typedef {{index: number, color: Colors}} Palette */

/**
 * The theme's storage helpers, defined by its inline script in <head>.
 * @type {{__md_get?: (key: string) => unknown, __md_set?: (key: string, value: unknown) => void}}
 */
const theme = /** @type {any} */ (window);

const KEY = "__palette";
const AUTOMATIC = "(prefers-color-scheme)";
const prefersLight = window.matchMedia("(prefers-color-scheme: light)");

/** The remembered palette; nothing when storage is off (reading it can throw). */
function remembered() {
  try {
    return /** @type {Partial<Palette> | null | undefined} */ (theme.__md_get?.(KEY));
  } catch {
    return null;
  }
}

/** What storage holds (as JSON), read once at start, so unchanged palettes are not written again. */
let kept = "";

/** @param {Palette} palette */
function remember(palette) {
  const json = JSON.stringify(palette);
  if (json === kept) return;
  kept = json;
  try {
    theme.__md_set?.(KEY, palette);
  } catch {
    // Storage off or full: the choice holds on this page only.
  }
}

/** @param {HTMLInputElement} input @returns {Colors} */
function colorsOf(input) {
  const data = input.dataset;
  return {
    media: data.mdColorMedia || "",
    scheme: data.mdColorScheme || "",
    primary: data.mdColorPrimary || "",
    accent: data.mdColorAccent || "",
  };
}

/**
 * The colours option `index` stands for now: the automatic one takes those of the
 * option for the system's current scheme.
 * @param {HTMLInputElement[]} inputs @param {number} index @returns {Palette}
 */
function paletteAt(inputs, index) {
  const color = colorsOf(inputs[index]);
  if (color.media === AUTOMATIC) {
    const system = prefersLight.matches ? "(prefers-color-scheme: light)" : "(prefers-color-scheme: dark)";
    const match = inputs.find((input) => input.dataset.mdColorMedia === system);
    if (match) Object.assign(color, colorsOf(match), { media: AUTOMATIC });
  }
  return { index, color };
}

/**
 * @param {HTMLInputElement[]} inputs @param {Partial<Palette> | null | undefined} stored
 * @returns {number} the remembered option, or the first the system matches
 */
function startingIndex(inputs, stored) {
  const index =
    typeof stored?.index === "number"
      ? stored.index
      : inputs.findIndex((input) => window.matchMedia(input.dataset.mdColorMedia || "").matches);
  return Math.max(0, Math.min(index, inputs.length - 1));
}

/**
 * Sets on <body> only the colours that differ; while they change, transitions are off
 * (the theme's [data-md-color-switching] rule), as when the theme switches.
 * @param {Colors} color
 */
function paint(color) {
  const body = document.body;
  const changes = Object.entries(color).filter(([key, value]) => body.getAttribute(`data-md-color-${key}`) !== value);
  const restyles = changes.some(([key]) => key !== "media");
  if (restyles) body.setAttribute("data-md-color-switching", "");
  for (const [key, value] of changes) body.setAttribute(`data-md-color-${key}`, value);
  if (restyles) setTimeout(() => body.removeAttribute("data-md-color-switching"));
}

/**
 * The browser's own colours follow the page: its bar (theme-color) takes the header's
 * colour, and a dark page asks for dark scroll bars and controls (color-scheme). A
 * light page needs no color-scheme element, so a light first load restyles nothing here.
 */
function matchBrowserColors() {
  const header = document.querySelector("header");
  if (!header) return;
  const style = window.getComputedStyle(header);
  const rgb = style.backgroundColor.match(/\d+/g) || [];
  metaNamed("theme-color", true).content = `#${rgb.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, "0")).join("")}`;
  const scheme = style.colorScheme;
  const meta = metaNamed("color-scheme", !["normal", "light"].includes(scheme));
  if (meta && meta.content !== scheme) meta.content = scheme;
}

/**
 * @overload @param {string} name @param {true} create @returns {HTMLMetaElement}
 * @overload @param {string} name @param {boolean} create @returns {HTMLMetaElement | null}
 * @param {string} name @param {boolean} create
 */
function metaNamed(name, create) {
  let meta = document.head.querySelector(`meta[name="${name}"]`);
  if (!(meta instanceof HTMLMetaElement) && create) {
    meta = Object.assign(document.createElement("meta"), { name });
    document.head.append(meta);
  }
  return meta instanceof HTMLMetaElement ? meta : null;
}

/**
 * Takes over the toggle handed over at build time; without it, the theme keeps its own.
 * @param {(callback: () => void) => void} whenIdle  runs a callback once the page is idle
 */
export function startPalette(whenIdle) {
  const form = document.querySelector("form[data-followup-palette]");
  if (!form) return;
  const inputs = [...form.querySelectorAll("input")];
  if (!inputs.length) return;
  const stored = remembered();
  kept = JSON.stringify(stored ?? null);
  let current = paletteAt(inputs, startingIndex(inputs, stored));

  /** @param {Palette} palette */
  const show = (palette) => {
    current = palette;
    paint(palette.color);
    // The visible button is the one after the chosen option; it chooses the next.
    inputs.forEach((input, index) => {
      const button = input.nextElementSibling;
      if (button instanceof HTMLElement && button.hidden !== (index !== palette.index)) {
        button.hidden = index !== palette.index;
      }
    });
    // Kept even when never chosen: the theme's inline script then paints the next page
    // in the system's scheme before its first paint. Written only when it changed.
    remember(palette);
  };

  /** A reader's choice, or the system's change: the browser's colours follow at once. @param {number} index */
  const choose = (index) => {
    show(paletteAt(inputs, index));
    matchBrowserColors();
  };

  show(current);
  // Read once the page has its styles, so reading them costs nothing.
  whenIdle(matchBrowserColors);

  inputs.forEach((input, index) => input.addEventListener("change", () => choose(index)));
  // Enter moves on to the next option, as the theme's toggle does.
  form.addEventListener("keydown", (event) => {
    if (!(event instanceof KeyboardEvent) || event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(current.index + 1) % inputs.length];
    next.click();
    next.focus();
  });
  // The automatic option follows the system while the page is open.
  prefersLight.addEventListener("change", () => {
    if (current.color.media === AUTOMATIC) choose(current.index);
  });
}
