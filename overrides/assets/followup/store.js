// @ts-check
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
    const record = parseRecord(raw);
    if (!record) {
      this.erase();
      return { save: true, state: null, problem: "unreadable" };
    }
    return { ...record, problem: null };
  }

  /**
   * Calls onChange({removed, save, state}) when another tab or window of this
   * site changes the key (the browser's `storage` event never fires in the tab
   * that wrote). Records this version cannot read are ignored. Returns the unsubscribe.
   */
  watch(onChange) {
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

/** {save, state} from a stored string, or null when it is not this version's record. */
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
    (!record.save || (record.state !== null && typeof record.state === "object"));
  return valid ? { save: record.save, state: record.save ? record.state : null } : null;
}
