// @ts-check
// The messages between the page (engine.js) and the Python worker (worker.mjs), typed once.
// The bridge's requests and replies they carry are typed in contract.js, generated from
// followup_core/protocol.py.
//
// Types only: both ends import them through JSDoc (`@typedef {import("./protocol.js").X}`),
// which costs neither the page nor the worker a request at start-up.

/**
 * Page to worker: one bridge request (its JSON text) and the id its reply will carry.
 * `countries` (ISO 3166-1 codes) asks the worker to load those countries' public-holiday
 * tables (runtime.json's `holidays` index) and pass them in as the request's
 * `args.public_holidays` (followup_core/public_holidays.py); absent, nothing is loaded.
 * @typedef {object} CallMessage
 * @property {number} id
 * @property {string} request
 * @property {string[]} [countries]
 */

/**
 * Page to worker, once per worker: the page's own start is over, so a first start of Python
 * may take the processor now (see Engine.begin in engine.js).
 * @typedef {{type: "begin"}} BeginMessage
 */

/**
 * Page to worker: the reader has chosen these countries (ISO 3166-1), so their public-holiday
 * tables may be fetched now, while Python starts, rather than with the first request.
 * @typedef {{type: "holidays", countries: string[]}} HolidaysMessage
 */

/** @typedef {CallMessage | BeginMessage | HolidaysMessage} PageMessage */

/**
 * The worker's name (new Worker's `name` option), which it reads as `self.name`: whether
 * a first start may restore the snapshot the site ships.
 * @typedef {"followup-python" | "followup-python-without-site-snapshot"} WorkerName
 */

/** @typedef {"runtime" | "python" | "packages" | "ready"} Stage */
/**
 * How a start used a memory snapshot: "site" restored the one the site ships (a first visit),
 * "restored" the one kept in this browser, "made" made one to keep, "none" neither.
 * @typedef {"site" | "restored" | "made" | "none"} SnapshotUse
 */

/**
 * Worker to page. "restart": a snapshot could not be restored, so the page starts a fresh
 * worker; "kept" (the one this browser kept) is deleted already, "site" (the one the site
 * ships) the next worker must not try again (its name says so, see worker.mjs).
 * "zone" comes once the start-up files are requested, before "ready": the
 * reader's time zone (an IANA name, "" when the browser gives none), read in the worker
 * because a page's first Intl.DateTimeFormat sets up the browser's time-zone data, 25 to
 * 50 ms that the page's own thread would otherwise pay.
 * @typedef {{type: "zone", zone: string}
 *   | {type: "stage", stage: Stage, snapshot?: SnapshotUse}
 *   | {type: "failed", message: string}
 *   | {type: "restart", without: "kept" | "site"}
 *   | {type: "reply", id: number, reply: string, profile?: [string, number][]}} WorkerMessage
 */

/**
 * What the worker loads (assets/followup/runtime.json, written by sitebuild/runtime.py).
 * `warm_up` is the request a first start answers before its memory snapshot is taken.
 * @typedef {object} Manifest
 * @property {string} version
 * @property {string} pyodide_version
 * @property {string} pyodide
 * @property {string} stdlib
 * @property {string[]} pyodide_files the runtime's files (the intent prefetch fetches them)
 * @property {string[]} wheels
 * @property {string} snapshot the gzipped memory snapshot a first visit starts from, "" if none
 * @property {number} protocol
 * @property {string} warm_up
 * @property {string} holidays the public-holiday index (sitebuild/holiday_files.py), "" if none
 */

export {};
