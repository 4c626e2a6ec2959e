// @ts-check
// The page's side of the bridge: one module worker per tab, shared by every tool
// and kept across instant navigation. Requests are the bridge's JSON; replies are
// matched to requests by id. The engine reports its state to subscribers:
//   {state: "loading" | "ready" | "error", stage, slow, message}
// The messages are typed once, in protocol.js; the bridge's requests and replies, and its
// version, in contract.js (generated from followup_core/protocol.py).

import { PROTOCOL_VERSION } from "./contract.js";

/** @typedef {import("./contract.js").Op} Op */
/** @typedef {import("./contract.js").BridgeReply} BridgeReply */
/** @typedef {import("./contract.js").Operations} Operations */
/** @typedef {import("./protocol.js").CallMessage} CallMessage */
/** @typedef {import("./protocol.js").BeginMessage} BeginMessage */
/** @typedef {import("./protocol.js").HolidaysMessage} HolidaysMessage */
/** @typedef {import("./protocol.js").WorkerMessage} WorkerMessage */
/** @typedef {{state: "loading" | "ready" | "error", stage: string, slow: boolean, message: string}} Status */
/** @typedef {{resolve: (reply: BridgeReply) => void, reject: (error: Error) => void}} Waiting */

const SLOW_AFTER_MS = 10000; // well inside the promised 15 seconds
/**
 * With this many cores or fewer, a first start of Python (compiling the wasm, then seconds of
 * the interpreter's own start) takes the core the page needs for its own start (the theme's
 * script, the tool's first render), and the page stalls while it loads. There the worker
 * downloads at once but waits for `begin` before it computes; with more cores both run side
 * by side from the start.
 */
const FEW_CORES = 2;

/** What the browser says of the connection (Network Information; Chromium only). */
/** @typedef {{saveData?: boolean, effectiveType?: string}} Connection */
/** Connections too slow for the site's snapshot: its megabytes cost more than Python's start. */
const SLOW_CONNECTIONS = ["slow-2g", "2g", "3g"];

/**
 * Whether a first start may download the snapshot the site ships (sitebuild/snapshot.py):
 * not when the reader asked to save data, nor when the browser says the connection is slow.
 * Where it says nothing (Firefox, Safari), yes: much faster on fast links, and at 20 Mbit/s
 * within 0.8 s of a plain start on a calm desktop and ahead of it on a busier or slower
 * processor (DEVELOPMENT.md, "Speed"). Chromium's estimated downlink is not used: capped at
 * 10 Mbit/s, and a guess before it has seen any traffic.
 */
export function siteSnapshotFits() {
  const { connection } = /** @type {{connection?: Connection}} */ (navigator);
  return !connection || !(connection.saveData || SLOW_CONNECTIONS.includes(connection.effectiveType || ""));
}

/**
 * Puts the worker's start-up moments (absolute times) on this page's timeline as marks.
 * @param {[string, number][]} profile
 */
function placeProfile(profile) {
  for (const [name, at] of profile) {
    performance.mark(`followup:worker:${name}`, { startTime: Math.max(0, at - performance.timeOrigin) });
  }
}

export class Engine {
  /** @param {URL} workerURL */
  constructor(workerURL) {
    this.workerURL = workerURL;
    /** @type {Set<(status: Status) => void>} */
    this.listeners = new Set();
    /** @type {Map<number, Waiting>} */
    this.pending = new Map();
    this.nextId = 1;
    this.restarts = 0;
    /** Whether a first start may use the site's snapshot (until one failed to restore). */
    this.siteSnapshot = siteSnapshotFits();
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.slowTimer = undefined;
    /** @type {Status} */
    this.status = { state: "loading", stage: "starting", slow: false, message: "" };
    /** @type {(zone: string) => void} */
    this.setZone = () => {};
    /** The reader's time zone, read by the worker (protocol.js, "zone"); the first worker's counts. */
    this.readerZone = new Promise((resolve) => {
      this.setZone = resolve;
    });
    // Whether Python may take the processor yet: at once with cores to spare, or when the
    // page has loaded; a tool that has mounted says so sooner (begin).
    this.begun = (navigator.hardwareConcurrency || FEW_CORES + 1) > FEW_CORES || document.readyState === "complete";
    if (!this.begun) window.addEventListener("load", () => this.begin(), { once: true });
    /** @type {Worker} */
    this.worker = this.start();
  }

  /** The page's own start is over: a first start of Python may compute now (once per worker). */
  begin() {
    if (this.begun) return;
    this.begun = true;
    this.post({ type: "begin" });
  }

  /**
   * The reader chose these countries: the worker may fetch their public holidays already.
   * @param {string[]} countries
   */
  prepare(countries) {
    if (countries.length) this.post({ type: "holidays", countries });
  }

  /** @param {CallMessage | BeginMessage | HolidaysMessage} message */
  post(message) {
    this.worker.postMessage(message);
  }

  /** Starts a worker and returns it (also kept as this.worker). */
  start() {
    performance.mark("followup:worker");
    this.status = { state: "loading", stage: "starting", slow: false, message: "" };
    /** @type {import("./protocol.js").WorkerName} */
    const name = this.siteSnapshot ? "followup-python" : "followup-python-without-site-snapshot";
    const worker = new Worker(this.workerURL, { type: "module", name });
    this.worker = worker;
    worker.addEventListener("message", (event) => this.receive(event.data));
    if (this.begun) this.post({ type: "begin" });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.fail(event.message || "its script could not be loaded.");
    });
    clearTimeout(this.slowTimer);
    // loadPyodide can hang without failing (a blocked download, a policy):
    // after a while say so, and keep waiting in case it is only slow.
    this.slowTimer = setTimeout(() => {
      if (this.status.state === "loading") this.update({ slow: true });
    }, SLOW_AFTER_MS);
    this.emit();
    return worker;
  }

  /** @param {WorkerMessage} message */
  receive(message) {
    if (message.type === "zone") {
      this.setZone(message.zone);
    } else if (message.type === "reply") {
      if (message.profile) placeProfile(message.profile);
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      waiting.resolve(JSON.parse(message.reply));
    } else if (message.type === "stage") {
      // Marks on the page's timeline let benchmarks see where start-up time goes.
      performance.mark(`followup:${message.stage}`);
      const ready = message.stage === "ready";
      if (ready) {
        clearTimeout(this.slowTimer);
        this.restarts = 0;
        performance.mark(`followup:snapshot-${message.snapshot}`);
        // Only now, so that it never competes with the first start-up.
        import("./keep-offline.js").then(
          ({ keepOffline }) => keepOffline(),
          // Offline use is a bonus: the tools work without it, so say why and go on.
          (error) => console.warn("Offline use could not be set up:", error),
        );
      }
      this.update({ state: ready ? "ready" : "loading", stage: message.stage, slow: ready ? false : this.status.slow });
    } else if (message.type === "restart") {
      // A kept snapshot was stale or damaged and is gone, or the site's could not be restored;
      // more than twice in a row means storage misbehaves.
      if (message.without === "site") this.siteSnapshot = false;
      this.restarts += 1;
      if (this.restarts > 2) this.fail("the copy of Python kept in this browser could not be replaced.");
      else this.retry();
    } else if (message.type === "failed") {
      this.fail(message.message);
    }
  }

  /** @param {string} message */
  fail(message) {
    clearTimeout(this.slowTimer);
    this.update({ state: "error", slow: false, message });
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }

  /** @param {Partial<Status>} changes */
  update(changes) {
    this.status = { ...this.status, ...changes };
    this.emit();
  }

  emit() {
    for (const listener of this.listeners) listener(this.status);
  }

  /**
   * Calls listener now and on every change; returns the function that stops it.
   * @param {(status: Status) => void} listener
   */
  subscribe(listener) {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  retry() {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error("restarted"));
    this.pending.clear();
    this.start();
  }

  /**
   * One bridge call: resolves to the reply object ({ok, result} or {ok: false, error, errors}).
   * @template {Op} O
   * @param {O} op
   * @param {Operations[O]["args"]} args
   * @param {string[]} [countries] countries whose public holidays the worker passes in
   * @returns {Promise<import("./contract.js").BridgeReply<O>>}
   */
  call(op, args, countries = []) {
    const id = this.nextId++;
    /** @type {import("./contract.js").BridgeRequest<O>} */
    const request = { v: PROTOCOL_VERSION, op, args };
    return new Promise((resolve, reject) => {
      // The worker's reply is the bridge's answer to this very request.
      const settle = /** @type {(reply: BridgeReply) => void} */ (resolve);
      this.pending.set(id, { resolve: settle, reject });
      const body = JSON.stringify(request);
      this.post(countries.length ? { id, request: body, countries } : { id, request: body });
    });
  }
}

/** @type {Engine | null} */
let engine = null;

/** The tab's engine, started on first use. */
export function getEngine() {
  if (!engine) engine = new Engine(new URL("./worker.mjs", import.meta.url));
  return engine;
}
