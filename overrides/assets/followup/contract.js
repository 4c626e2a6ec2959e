// @ts-check
// GENERATED from followup_core/protocol.py by `python -m sitebuild.contract`: do not edit.
// The bridge's contract: the version every request carries, and each operation's
// arguments and result. protocol.js types the messages between page and worker that carry
// them; the tools import these types through JSDoc, which costs no request at start-up.

/** The protocol's version: every request carries it as `v`. @type {ProtocolVersion} */
export const PROTOCOL_VERSION = 1;

/** @typedef {1} ProtocolVersion */

/** @typedef {"thank_you" | "phone_screen_thanks" | "recruiter_thanks" | "send_materials" | "check_in" | "answer_delay" | "competing_offer" | "final_follow_up" | "reply_positive" | "accept_offer" | "decline_offer" | "reply_rejection" | "withdraw" | "linkedin_note"} Stage */

/** @typedef {"email" | "linkedin_message" | "linkedin_connection"} Channel */

/** @typedef {"each_interviewer" | "contact"} Recipients */

/** @typedef {"text" | "people" | "contact"} FieldKind */

/** @typedef {"error" | "warning" | "tip"} Severity */

/** @typedef {"thank_you" | "check_in" | "final_follow_up"} StepKind */

/** @typedef {"not_yet_held" | "wait" | "send_thank_you" | "check_in" | "final_follow_up" | "stop"} StatusKind */

/** @typedef {"days" | "weeks" | "working_days"} TimelineUnit */

/** @typedef {"usual" | "slow"} Pace */

/**
 * What went wrong, naming the field (dotted for nested ones: `timeline.by`). `code` is e.g.
 * `bad_value`, `too_long` or `internal`; `message` a sentence for the reader. `detail`
 * (`internal` only) holds the exception and its traceback, which the worker logs to the
 * console and removes: the page never receives it.
 * @typedef {object} BridgeError
 * @property {string} code
 * @property {string} field
 * @property {string} message
 * @property {string} [detail]
 */

/**
 * The `plan` and `ics` arguments: dates as ISO 8601, zones as IANA names. `null` stands for
 * "not given" wherever it is allowed: the default applies, or the error names the field.
 * @typedef {object} PlanArgs
 * @property {string} [interview_end]
 * @property {string} [candidate_tz]
 * @property {string | null} [interviewer_tz]
 * @property {string} [now]
 * @property {Timeline | null} [timeline]
 * @property {number[]} [working_days]
 * @property {string[]} [working_hours]
 * @property {string[]} [holidays]
 * @property {string | null} [candidate_country]
 * @property {string | null} [interviewer_country]
 * @property {Record<string, PublicHolidayTable>} [public_holidays]
 * @property {number | null} [grace_working_days]
 * @property {Pace} [pace]
 * @property {boolean} [decision_imminent]
 * @property {string} [contact]
 * @property {string} [company]
 * @property {string[]} [interviewers]
 */

/**
 * The `plan` result: at most three steps, then stop, and what to do now.
 * @typedef {object} PlanResult
 * @property {PlanStep[]} steps
 * @property {PlanStatus} status
 * @property {PlanStop} stop
 * @property {string} interview_end
 * @property {string} candidate_tz
 * @property {string} interviewer_tz
 * @property {string} interviewer_country
 * @property {string} candidate_country
 * @property {string | null} deadline
 * @property {string[]} notes
 * @property {PlanDisplay} display
 * @property {string} text
 * @property {PlanDraftDetails} draft_details
 */

/**
 * The `ics` result: a calendar file's name and its RFC 5545 text.
 * @typedef {object} IcsResult
 * @property {string} filename
 * @property {string} content
 */

/**
 * The `draft` arguments; `details` holds the fields `defaults` lists, by id.
 * @typedef {object} DraftArgs
 * @property {Stage} [stage]
 * @property {Channel} [channel]
 * @property {Record<string, unknown>} [details]
 * @property {boolean} [linkedin_free_account]
 * @property {string} [now]
 */

/**
 * The `draft` result: a note per interviewer, or one message to the contact.
 * @typedef {object} DraftResult
 * @property {Draft[]} drafts
 * @property {Recipients} recipients
 */

/**
 * The `check` arguments: a pasted draft, kept exactly as given.
 * @typedef {object} CheckArgs
 * @property {string} [text]
 * @property {Channel} [channel]
 * @property {Stage | null} [stage]
 * @property {boolean} [linkedin_free_account]
 */

/**
 * The `check` result: the findings for a pasted draft and its size.
 * @typedef {object} CheckResult
 * @property {Finding[]} findings
 * @property {number} words
 * @property {number} chars
 * @property {number | null} limit
 * @property {string} size
 */

/**
 * The `mailto` arguments.
 * @typedef {object} MailtoArgs
 * @property {string} [to]
 * @property {string} [subject]
 * @property {string} [body]
 */

/**
 * A mail link, and whether it is too long for mail programs to open.
 * @typedef {object} Mailto
 * @property {string} url
 * @property {boolean} too_long
 */

/**
 * The `defaults` operation takes no arguments.
 * @typedef {object} DefaultsArgs
 */

/**
 * Everything a form needs to offer choices, so the page hard-codes none.
 * @typedef {object} DefaultsResult
 * @property {string} version
 * @property {StageChoice[]} stages
 * @property {ChannelChoice[]} channels
 * @property {number} linkedin_free_connection_limit
 * @property {DetailField[]} detail_fields
 * @property {Choice[]} timeline_units
 * @property {Weekday[]} weekdays
 * @property {number[]} working_days
 * @property {string[]} working_hours
 * @property {GraceRange} grace_working_days
 * @property {PaceChoice[]} paces
 * @property {Pace} default_pace
 * @property {number} imminent_window_hours
 * @property {string[]} time_zones
 * @property {Limits} limits
 */

/**
 * The `agenda` arguments: every interview in progress, and the moment to judge them by.
 * @typedef {object} AgendaArgs
 * @property {AgendaApplication[]} [applications]
 * @property {string} [now]
 * @property {boolean} [calendar]
 */

/**
 * The `agenda` result: items sorted by `due`, the interviews left out and why.
 * @typedef {object} AgendaResult
 * @property {AgendaItem[]} items
 * @property {AgendaProblem[]} problems
 * @property {AgendaHeading[]} applications
 * @property {number} file_version
 * @property {AgendaStateLabel[]} states
 * @property {AgendaReplyKind[]} reply_kinds
 * @property {IcsResult | null} calendar
 */

/**
 * What they said about their decision: a date (`by`) or a span (`within` `unit`).
 * @typedef {object} Timeline
 * @property {string} [by]
 * @property {number | null} [within]
 * @property {TimelineUnit} [unit]
 */

/**
 * One country's public holidays, as the build writes them: `days` holds `[ISO date, name,
 * [region codes]]` (`"*"` for the whole country).
 * @typedef {object} PublicHolidayTable
 * @property {string} [country]
 * @property {number[]} [years]
 * @property {[string, string, string[]][]} [days]
 */

/**
 * One message to send; `recommended` and the window are on the interviewer's clock.
 * @typedef {object} PlanStep
 * @property {StepKind} kind
 * @property {string} title
 * @property {string} recommended
 * @property {string} recommended_candidate
 * @property {string} window_start
 * @property {string} window_end
 * @property {string} reason
 * @property {boolean} fallback
 * @property {string | null} write_by
 */

/**
 * What to do now; `until` is when that changes, `step` the step it is about.
 * @typedef {object} PlanStatus
 * @property {StatusKind} kind
 * @property {string} message
 * @property {string | null} until
 * @property {StepKind | null} step
 */

/**
 * When following up ends, and the sentence saying so.
 * @typedef {object} PlanStop
 * @property {string} after
 * @property {string} message
 */

/**
 * Every date of the plan in words, so the page formats none itself.
 * @typedef {object} PlanDisplay
 * @property {boolean} same_zone
 * @property {BothClocks} interview_end
 * @property {StepDisplay[]} steps
 * @property {BothClocks} stop
 */

/**
 * What the plan gives the draft builder's fields, in the core's words.
 * @typedef {object} PlanDraftDetails
 * @property {string} interview_date
 * @property {string | null} timeline
 */

/**
 * One draft; `missing` lists the details still to fill in (`details.role`).
 * @typedef {object} Draft
 * @property {string} to
 * @property {string} subject
 * @property {string} body
 * @property {string} text
 * @property {string} filename
 * @property {number} words
 * @property {number} chars
 * @property {number | null} limit
 * @property {string} size
 * @property {Mailto | null} mailto
 * @property {string[]} missing
 * @property {Finding[]} findings
 * @property {Stage} stage
 * @property {Channel} channel
 */

/**
 * One thing the checker flags; spans count code points, as Python does.
 * @typedef {object} Finding
 * @property {string} rule
 * @property {Severity} severity
 * @property {string} message
 * @property {[number, number][]} spans
 * @property {string} section
 */

/**
 * A stage as the form offers it.
 * @typedef {object} StageChoice
 * @property {Stage} id
 * @property {string} label
 * @property {Recipients} recipients
 * @property {Channel[]} channels
 * @property {string} section
 * @property {"interviewer" | "other"} default_contact
 */

/**
 * A channel and its character limit (`None`: none).
 * @typedef {object} ChannelChoice
 * @property {Channel} id
 * @property {string} label
 * @property {number | null} limit
 */

/**
 * A detail field; the people field (`kind` `people`) also lists its sub-fields.
 * @typedef {object} DetailField
 * @property {string} id
 * @property {string} label
 * @property {string} hint
 * @property {string} example
 * @property {FieldKind} kind
 * @property {number} limit
 * @property {boolean} multiline
 * @property {Stage[]} required_for
 * @property {Stage[]} stages
 * @property {string} shown_when
 * @property {number} [max_items]
 * @property {PersonField[]} [fields]
 */

/**
 * An id and its label.
 * @typedef {object} Choice
 * @property {string} id
 * @property {string} label
 */

/**
 * An ISO weekday number (Monday is 1) and its name.
 * @typedef {object} Weekday
 * @property {number} iso
 * @property {string} name
 */

/**
 * How many working days after their date a check-in waits: default and bounds.
 * @typedef {object} GraceRange
 * @property {number} default
 * @property {number} min
 * @property {number} max
 */

/**
 * A pace of follow-ups, with the hint the form shows.
 * @typedef {object} PaceChoice
 * @property {Pace} id
 * @property {string} label
 * @property {string} hint
 */

/**
 * The most characters a field, a pasted text and a mail link may hold.
 * @typedef {object} Limits
 * @property {number} field_chars
 * @property {number} text_chars
 * @property {number} mailto_chars
 */

/**
 * One interview in progress: the plan's arguments plus what the builder and the agenda need.
 * @typedef {object} AgendaApplication
 * @property {string} [id]
 * @property {string} [company]
 * @property {string} [role]
 * @property {PlanArgs} [plan]
 * @property {Record<string, unknown>} [details]
 * @property {Record<string, string>} [sent]
 * @property {AgendaReply[]} [replies]
 */

/**
 * One step of one interview; `id` is the interview's.
 * @typedef {object} AgendaItem
 * @property {string} id
 * @property {Stage} stage
 * @property {string} label
 * @property {string} due
 * @property {string} due_theirs
 * @property {string} window_end
 * @property {"done" | "due" | "overdue" | "upcoming" | "not_needed"} state
 * @property {string} state_label
 * @property {string} title
 * @property {string} reason
 * @property {string} company
 * @property {string} role
 * @property {string} to
 * @property {string | null} sent_at
 * @property {AgendaWhen} when
 */

/**
 * An interview left out of the agenda; `field` is its path (`applications[1].plan.now`).
 * @typedef {object} AgendaProblem
 * @property {string | null} id
 * @property {number} index
 * @property {string} field
 * @property {string} code
 * @property {string} message
 */

/**
 * How the page heads an interview, and the builder's details for it.
 * @typedef {object} AgendaHeading
 * @property {string} id
 * @property {string} company
 * @property {string} role
 * @property {string} title
 * @property {Record<string, unknown>} draft_details
 */

/**
 * @typedef {object} AgendaStateLabel
 * @property {"done" | "due" | "overdue" | "upcoming" | "not_needed"} id
 * @property {string} label
 */

/**
 * @typedef {object} AgendaReplyKind
 * @property {"positive" | "negative" | "delay" | "offer"} id
 * @property {Stage} stage
 */

/**
 * A moment in words on the reader's clock and the interviewer's (no `theirs`: one zone).
 * @typedef {object} BothClocks
 * @property {string} yours
 * @property {string | null} theirs
 */

/**
 * A step's moments in words.
 * @typedef {object} StepDisplay
 * @property {BothClocks} when
 * @property {BothClocks} window_start
 * @property {BothClocks} window_end
 */

/**
 * One field of an interviewer's card.
 * @typedef {object} PersonField
 * @property {string} id
 * @property {string} label
 * @property {string} hint
 * @property {number} limit
 */

/**
 * A reply the reader received; `new_date` only for a delay that named one.
 * @typedef {object} AgendaReply
 * @property {"positive" | "negative" | "delay" | "offer"} [kind]
 * @property {string} [at]
 * @property {string | null} [new_date]
 */

/**
 * A step's moment in words, in the reader's zone and (when it differs) the interviewer's.
 * @typedef {object} AgendaWhen
 * @property {string} yours
 * @property {string | null} theirs
 */

/**
 * Each operation's arguments and result, by name.
 * @typedef {object} Operations
 * @property {{args: PlanArgs, result: PlanResult}} plan The follow-up plan and what to do now.
 * @property {{args: PlanArgs, result: IcsResult}} ics The same plan as a calendar file.
 * @property {{args: DraftArgs, result: DraftResult}} draft The drafts for a stage and channel.
 * @property {{args: CheckArgs, result: CheckResult}} check The checker's findings for a text.
 * @property {{args: MailtoArgs, result: Mailto}} mailto A mail link.
 * @property {{args: DefaultsArgs, result: DefaultsResult}} defaults The choices a form offers.
 * @property {{args: AgendaArgs, result: AgendaResult}} agenda Every interview's steps and states.
 */

/** @typedef {keyof Operations} Op */

/**
 * A bridge request, sent as JSON text.
 * @template {Op} [O=Op]
 * @typedef {{v: ProtocolVersion, op: O, args: Operations[O]["args"]}} BridgeRequest
 */

/**
 * A successful reply to operation O.
 * @template {Op} [O=Op]
 * @typedef {{v: ProtocolVersion, ok: true, result: Operations[O]["result"]}} OkReply
 */

/**
 * A failed reply: `error` is the first problem, `errors` every bad field at once.
 * @typedef {{v: ProtocolVersion, ok: false, error: BridgeError, errors: BridgeError[]}} ErrorReply
 */

/**
 * A bridge reply to operation O, received as JSON text.
 * @template {Op} [O=Op]
 * @typedef {OkReply<O> | ErrorReply} BridgeReply
 */
