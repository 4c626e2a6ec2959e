// @ts-check
// What the tools keep in this browser's localStorage: one record for both, so
// one switch decides whether anything is kept and one "Clear everything"
// forgets all of it. Each tool has a section of its own inside the record.
// Storage can be disabled, full, or hold data from another version or another
// hand: every call reports a problem instead of throwing, and data it cannot
// read is set aside rather than trusted.
//
//   {v: SCHEMA_VERSION, save: true, savedAt: "...", state: {draft: {...}, timing: {...}}}
//   {v: SCHEMA_VERSION, save: false}                                        saving off

export const STORAGE_KEY = "followup:entries";
export const SCHEMA_VERSION = 2;
/** Where version 1 kept the builder's entries alone; read once, then moved into the shared record. */
const OLD_BUILDER_KEY = "followup:draft-builder";

/** @typedef {"unavailable" | "unreadable"} Problem  storage off, blocked or full / corrupt or old data */
/** @typedef {Record<string, any>} Sections  each tool's entries under its own name */
/** @typedef {{save: boolean, state: Sections | null}} StoredRecord */
/** @typedef {StoredRecord & {problem: Problem | null}} Loaded */
/** @typedef {{removed: boolean, save: boolean, state: Sections | null}} Change */

/**
 * Whether saving starts on when nothing is kept yet: the site's setting
 * (mkdocs.yml, `extra.followup_save_by_default`), which the page carries in
 * its tool configuration. On unless the site says otherwise.
 * @returns {boolean}
 */
export function saveByDefault() {
  const element = document.getElementById("followup-config");
  if (!element) return true;
  try {
    return JSON.parse(element.textContent || "{}").save_by_default !== false;
  } catch {
    return true; // a page without a readable configuration keeps the guide's default
  }
}

export class Store {
  /** @param {string} [key] */
  constructor(key = STORAGE_KEY) {
    this.key = key;
  }

  /**
   * The reader's choice and every section kept; with nothing kept, the site's default choice.
   * @returns {Loaded}
   */
  load() {
    let raw;
    try {
      raw = window.localStorage.getItem(this.key) ?? this.#migrate();
    } catch {
      return { save: saveByDefault(), state: null, problem: "unavailable" };
    }
    if (raw === null) return { save: saveByDefault(), state: null, problem: null };
    const record = parseRecord(raw);
    if (!record) {
      this.erase();
      return { save: saveByDefault(), state: null, problem: "unreadable" };
    }
    return { ...record, problem: null };
  }

  /**
   * The builder's entries from version 1, moved into a record of this version.
   * @returns {string | null}
   */
  #migrate() {
    const old = window.localStorage.getItem(OLD_BUILDER_KEY);
    if (old === null) return null;
    window.localStorage.removeItem(OLD_BUILDER_KEY);
    let record;
    try {
      record = JSON.parse(old);
    } catch {
      return null; // unreadable old data is dropped, as this version's would be
    }
    if (record?.v !== 1) return null;
    const moved = record.save
      ? { v: SCHEMA_VERSION, save: true, savedAt: record.savedAt, state: { draft: record.state } }
      : { v: SCHEMA_VERSION, save: false };
    const raw = JSON.stringify(moved);
    window.localStorage.setItem(this.key, raw);
    return raw;
  }

  /**
   * Calls onChange({removed, save, state}) when another tab or window of this
   * site changes the record (the browser's `storage` event never fires in the
   * tab that wrote). Records this version cannot read are ignored.
   * @param {(change: Change) => void} onChange
   * @returns {() => void} the unsubscribe
   */
  watch(onChange) {
    /** @param {StorageEvent} event */
    const onStorage = (event) => {
      if (event.key !== this.key && event.key !== null) return; // null: storage.clear()
      if (event.newValue === null) {
        onChange({ removed: true, save: true, state: null });
        return;
      }
      const record = parseRecord(event.newValue);
      if (record) onChange({ removed: false, ...record });
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }

  /**
   * Keeps one tool's section (saving on), leaving the other tools' sections as they are.
   * @param {string} section
   * @param {any} value
   * @returns {Problem | null}
   */
  saveSection(section, value) {
    const kept = this.load();
    const state = { ...(kept.save && kept.state ? kept.state : {}), [section]: value };
    return this.#write({ v: SCHEMA_VERSION, save: true, savedAt: new Date().toISOString(), state });
  }

  /**
   * Keeps only the reader's choice not to save: every section is dropped in the same step.
   * @returns {Problem | null}
   */
  saveOff() {
    return this.#write({ v: SCHEMA_VERSION, save: false });
  }

  /**
   * @param {object} record
   * @returns {Problem | null}
   */
  #write(record) {
    try {
      window.localStorage.setItem(this.key, JSON.stringify(record));
      return null;
    } catch {
      return "unavailable";
    }
  }

  /**
   * Forgets everything kept.
   * @returns {Problem | null}
   */
  erase() {
    try {
      window.localStorage.removeItem(this.key);
      return null;
    } catch {
      return "unavailable";
    }
  }
}

/**
 * {save, state} from a stored string, or null when it is not this version's record.
 * @param {string} raw
 * @returns {StoredRecord | null}
 */
function parseRecord(raw) {
  let record;
  try {
    record = JSON.parse(raw);
  } catch {
    return null;
  }
  const valid =
    record !== null &&
    typeof record === "object" &&
    record.v === SCHEMA_VERSION &&
    typeof record.save === "boolean" &&
    (!record.save || (record.state !== null && typeof record.state === "object" && !Array.isArray(record.state)));
  return valid ? { save: record.save, state: record.save ? record.state : null } : null;
}

// --- between the tools on this tab -------------------------------------------------

/** @type {Map<string, any>} entries handed from one tool to another, kept in memory only */
const handed = new Map();

/**
 * Hands entries to another tool of this tab (for example the plan's step to the
 * builder). They live in memory only, so they survive instant navigation but not
 * a reload; a tool that saves writes them into its stored section as well.
 * @param {string} section
 * @param {any} value
 */
export function handTo(section, value) {
  handed.set(section, value);
}

/**
 * What was handed to a section, once: taking it removes it.
 * @param {string} section
 * @returns {any}
 */
export function takeHanded(section) {
  const value = handed.get(section);
  handed.delete(section);
  return value ?? null;
}

/** @type {Map<string, any>} each tool's latest entries on this tab, whether or not they are saved */
const latest = new Map();

/**
 * Notes a tool's current entries, so another tool of this tab can use them
 * (the calculator names the builder's contact in its calendar events).
 * @param {string} section
 * @param {any} value
 */
export function noteLatest(section, value) {
  latest.set(section, value);
}

/** Forgets every tool's entries held in memory ("Clear everything", here or in another tab). */
export function forgetLatest() {
  latest.clear();
  handed.clear();
}

/**
 * A tool's latest entries on this tab, else its kept section, else null.
 * @param {Store} store
 * @param {string} section
 * @returns {any}
 */
export function latestOf(store, section) {
  if (latest.has(section)) return latest.get(section);
  const kept = store.load();
  return kept.state?.[section] ?? null;
}
