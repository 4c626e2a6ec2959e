// What a tool keeps in this browser's localStorage, under one key per tool,
// wrapped with a schema version. Storage can be disabled, full, or hold data
// from another version or another hand: every call reports a problem instead
// of throwing, and data it cannot read is set aside rather than trusted.
//
//   {v: SCHEMA_VERSION, save: true, savedAt: "...", state: {...}}  saving on
//   {v: SCHEMA_VERSION, save: false}                               saving off

export const SCHEMA_VERSION = 1;

/** "unavailable" (storage off, blocked or full) or "unreadable" (corrupt or old data). */
export class Store {
  constructor(key) {
    this.key = key;
  }

  /** {save, state, problem}: save is the reader's choice, state the kept entries or null. */
  load() {
    let raw;
    try {
      raw = window.localStorage.getItem(this.key);
    } catch {
      return { save: true, state: null, problem: "unavailable" };
    }
    if (raw === null) return { save: true, state: null, problem: null };
    let record;
    try {
      record = JSON.parse(raw);
    } catch {
      record = null;
    }
    const valid =
      record !== null &&
      typeof record === "object" &&
      record.v === SCHEMA_VERSION &&
      typeof record.save === "boolean" &&
      (!record.save || (record.state !== null && typeof record.state === "object"));
    if (!valid) {
      this.erase();
      return { save: true, state: null, problem: "unreadable" };
    }
    return { save: record.save, state: record.save ? record.state : null, problem: null };
  }

  /** Keeps state (saving on), or only the choice not to save; returns a problem or null. */
  save(state, { save = true } = {}) {
    const record = save
      ? { v: SCHEMA_VERSION, save: true, savedAt: new Date().toISOString(), state }
      : { v: SCHEMA_VERSION, save: false };
    try {
      window.localStorage.setItem(this.key, JSON.stringify(record));
      return null;
    } catch {
      return "unavailable";
    }
  }

  /** Forgets everything kept under this key. */
  erase() {
    try {
      window.localStorage.removeItem(this.key);
      return null;
    } catch {
      return "unavailable";
    }
  }
}
