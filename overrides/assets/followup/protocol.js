// @ts-check
// The messages between the page (engine.js) and the Python worker (worker.mjs), and the
// bridge's requests and replies they carry (followup_core/bridge.py), typed once.
//
// Types only: both ends import them through JSDoc (`@typedef {import("./protocol.js").X}`),
// which costs neither the page nor the worker a request at start-up.

/** @typedef {"plan" | "ics" | "draft" | "check" | "mailto" | "defaults"} Op */

/**
 * A bridge request, sent as JSON text.
 * @typedef {object} BridgeRequest
 * @property {1} v
 * @property {Op} op
 * @property {Record<string, unknown>} args
 */

/**
 * What went wrong, naming the field (dotted for nested ones: "timeline.by").
 * @typedef {object} BridgeError
 * @property {string} code e.g. "bad_value", "too_long", "internal"
 * @property {string} field
 * @property {string} message a sentence for the reader
 * @property {string} [detail] ``internal`` only: the exception and its traceback, which the
 *   worker logs to the console and removes; the page never receives it
 */

/**
 * A bridge reply, received as JSON text.
 * @typedef {{v: 1, ok: true, result: any} | {v: 1, ok: false, error: BridgeError}} BridgeReply
 */

/**
 * One thing the checker flags: spans count code points, as Python does.
 * @typedef {object} Finding
 * @property {string} rule
 * @property {"error" | "warning" | "tip"} severity
 * @property {string} message
 * @property {[number, number][]} spans
 * @property {string | null} section the guide's page and anchor that explain it ("avoid/#pushy")
 */

/** @typedef {{url: string, too_long: boolean}} Mailto */

/**
 * One draft of the `draft` reply (`{drafts: Draft[], recipients}`).
 * @typedef {object} Draft
 * @property {string} to
 * @property {string} subject
 * @property {string} body
 * @property {string} text      subject and body as one file
 * @property {string} filename
 * @property {number} words
 * @property {number} chars
 * @property {number | null} limit
 * @property {string} size      the size in words, for the reader
 * @property {Mailto | null} mailto
 * @property {string[]} missing details still to fill in ("details.interviewers.0.name")
 * @property {Finding[]} findings
 * @property {string} stage
 * @property {string} channel
 */

/**
 * The `check` reply: the findings for a pasted draft and its size.
 * @typedef {object} CheckResult
 * @property {Finding[]} findings
 * @property {number} words
 * @property {number} chars
 * @property {number | null} limit
 * @property {string} size
 */

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

/** @typedef {"runtime" | "python" | "packages" | "ready"} Stage */
/** @typedef {"restored" | "made" | "none"} SnapshotUse */

/**
 * Worker to page. "zone" comes once the start-up files are requested, before "ready": the
 * reader's time zone (an IANA name, "" when the browser gives none), read in the worker
 * because a page's first Intl.DateTimeFormat sets up the browser's time-zone data, 25 to
 * 50 ms that the page's own thread would otherwise pay.
 * @typedef {{type: "zone", zone: string}
 *   | {type: "stage", stage: Stage, snapshot?: SnapshotUse}
 *   | {type: "failed", message: string}
 *   | {type: "restart"}
 *   | {type: "reply", id: number, reply: string, profile?: [string, number][]}} WorkerMessage
 */

export {};
