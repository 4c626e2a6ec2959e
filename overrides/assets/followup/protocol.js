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
 * Page to worker: one bridge request (its JSON text) and the id its reply will carry.
 * @typedef {object} CallMessage
 * @property {number} id
 * @property {string} request
 */

/** @typedef {"runtime" | "python" | "packages" | "ready"} Stage */
/** @typedef {"restored" | "made" | "none"} SnapshotUse */

/**
 * Worker to page.
 * @typedef {{type: "stage", stage: Stage, snapshot?: SnapshotUse}
 *   | {type: "failed", message: string}
 *   | {type: "restart"}
 *   | {type: "reply", id: number, reply: string, profile?: [string, number][]}} WorkerMessage
 */

export {};
