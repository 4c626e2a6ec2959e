"""The vocabulary: stages, channels, detail fields and the plan's steps, each declared once.

Everything else is derived from these declarations: the request parser in
:mod:`followup_core.draft`, the wording's keys and placeholders
(:mod:`followup_core.templates`), the "still missing" lists, the bridge's
``defaults`` (which the page renders its form from), the plan's step titles,
the tools' markup (rendered at build time), the JavaScript types
(``contract.js``), the command line's options and the tests' fixtures. Adding a
stage or a field is one entry here plus its wording in
:mod:`followup_core.templates`.

Example:
    >>> STAGE_BY_ID["check_in"].recipients
    'contact'
    >>> FIELD_BY_ID["skill"].needed_by
    ('thank_you',)
    >>> FIELD_BY_ID["interview_date"].wording_keys
    ('when',)
    >>> STEP_BY_ID["check_in"].write
    'this check-in'
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Generic, Literal, TypeVar, overload

from .args import MAX_FIELD_CHARS

Stage = Literal[
    "thank_you",
    "phone_screen_thanks",
    "recruiter_thanks",
    "send_materials",
    "check_in",
    "answer_delay",
    "competing_offer",
    "final_follow_up",
    "reply_positive",
    "accept_offer",
    "decline_offer",
    "reply_rejection",
    "withdraw",
    "linkedin_note",
]
Channel = Literal["email", "linkedin_message", "linkedin_connection"]
#: Who a stage's messages go to: a note to each person met, or one message to one contact.
Recipients = Literal["each_interviewer", "contact"]
#: How a detail is entered: one text, a list of people, or the choice of a contact.
FieldKind = Literal["text", "people", "contact"]
#: The follow-up plan's steps; each is also the stage its message is written for.
StepKind = Literal["thank_you", "check_in", "final_follow_up"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelSpec:
    """A place to send a message: its label and hard character limit (``None``: none)."""

    id: Channel
    label: str
    limit: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StageSpec:
    """One moment in the follow-up, and who its messages go to.

    Attributes:
        id: The stage's id in requests and replies.
        label: How the form names it.
        recipients: ``each_interviewer`` (a distinct note per person met) or
            ``contact`` (exactly one message, to the contact the reader chose).
        section: The guide's page and anchor for this stage's template.
        channels: Where it may be sent (every channel unless narrowed).
        default_contact: Who a ``contact`` stage writes to when the reader has
            not chosen: the first interviewer, or someone else (a recruiter).
    """

    id: Stage
    label: str
    recipients: Recipients
    section: str
    channels: tuple[Channel, ...] = ("email", "linkedin_message", "linkedin_connection")
    default_contact: Literal["interviewer", "other"] = "interviewer"

    def to_json(self) -> dict[str, Any]:
        """The shape ``defaults`` gives the page."""
        return {
            "id": self.id,
            "label": self.label,
            "recipients": self.recipients,
            "channels": list(self.channels),
            "section": self.section,
            "default_contact": self.default_contact,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSpec:
    """One detail the reader gives, and everything the form and command line say about it.

    Attributes:
        id: The key under ``details`` (or under each interviewer).
        label: The form's label; errors name the field by it.
        hint: What to write; ``example`` is appended as "e.g. …" when set.
        example: The guide's worked example's value (Priya Raman's), or ``""``.
        cli_help: The command line's help for ``--id`` (``""``: set through another option).
        needed_by: Stages whose email shows a ``[placeholder]`` while it is
            empty. Every other stage reads naturally without it.
        kind: ``text``, ``people`` (the interviewers) or ``contact``.
        multiline: Whether line breaks are kept (a signature).
        clause: Whether it sits inside a sentence, so a trailing full stop or
            comma is dropped.
        limit: The most characters accepted.
        stages: Which stages use it at all (``()``: every stage).
        shown_when: ``"field=value"``: the form shows it only then (``""``: always).
        date_opener: For a date: the word the core puts before it (``"by"``, or ``""``
            when the sentence has its own); ``None`` for a field that is not a date.
        date_future: The date must still be to come when the draft is written.
        date_restated: Said earlier and restated days later, so words such as "next
            Friday" are refused and the date asked for.
        placeholder: What a draft shows in its place while a stage that needs it has it
            empty (``"[company]"``); ``None`` for a field the wording does not read.
        keys: The wording's names for it (``{when}``) when they are not its id.
    """

    id: str
    label: str
    hint: str
    example: str = ""
    cli_help: str = ""
    needed_by: tuple[Stage, ...] = ()
    kind: FieldKind = "text"
    multiline: bool = False
    clause: bool = False
    limit: int = MAX_FIELD_CHARS
    stages: tuple[Stage, ...] = ()
    shown_when: str = ""
    date_opener: str | None = None
    date_future: bool = False
    date_restated: bool = False
    placeholder: str | None = None
    keys: tuple[str, ...] = ()

    @property
    def wording_keys(self) -> tuple[str, ...]:
        """The ``{key}`` names the wording reads it by (none for a field it does not read)."""
        if self.placeholder is None:
            return ()
        return self.keys or (self.id,)

    @property
    def full_hint(self) -> str:
        """The hint with the worked example's value, as the form shows it."""
        return f"{self.hint} e.g. {self.example}." if self.example else self.hint

    def to_json(self) -> dict[str, Any]:
        """The shape ``defaults`` gives the page."""
        return {
            "id": self.id,
            "label": self.label,
            "hint": self.full_hint,
            "example": self.example,
            "kind": self.kind,
            "limit": self.limit,
            "multiline": self.multiline,
            "required_for": list(self.needed_by),
            "stages": list(self.stages or STAGE_IDS),
            "shown_when": self.shown_when,
        }


CHANNEL_SPECS: Final[tuple[ChannelSpec, ...]] = (
    ChannelSpec(id="email", label="Email", limit=None),
    ChannelSpec(id="linkedin_message", label="LinkedIn message", limit=8_000),
    ChannelSpec(id="linkedin_connection", label="LinkedIn connection note", limit=300),
)
#: LinkedIn allows only 200 characters in a connection note from a free account.
LINKEDIN_FREE_CONNECTION_LIMIT: Final = 200

_ALL: Final[tuple[Stage, ...]] = typing.get_args(Stage)
_EMAIL_ONLY: Final[tuple[Channel, ...]] = ("email",)
_NO_NOTE: Final[tuple[Channel, ...]] = ("email", "linkedin_message")

STAGE_SPECS: Final[tuple[StageSpec, ...]] = (
    StageSpec(
        id="thank_you",
        label="Thank-you note",
        recipients="each_interviewer",
        section="templates/#thank-you",
    ),
    StageSpec(
        id="phone_screen_thanks",
        label="Thank-you after a phone screen",
        recipients="each_interviewer",
        section="situations/#phone-screen",
    ),
    StageSpec(
        id="recruiter_thanks",
        label="Thank-you to a recruiter or coordinator",
        recipients="contact",
        section="situations/#recruiter-thank-you",
        channels=_NO_NOTE,
        default_contact="other",
    ),
    StageSpec(
        id="send_materials",
        label="Sending what they asked for",
        recipients="contact",
        section="situations/#sending-materials",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="check_in",
        label="Check-in after their date",
        recipients="contact",
        section="templates/#check-in",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="answer_delay",
        label="Reply when they need more time",
        recipients="contact",
        section="situations/#answering-a-delay",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="competing_offer",
        label="Asking about timing (another offer)",
        recipients="contact",
        section="situations/#competing-offer",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="final_follow_up",
        label="Final gentle follow-up",
        recipients="contact",
        section="templates/#final-follow-up",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="reply_positive",
        label="Reply to good news",
        recipients="contact",
        section="templates/#reply-positive",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="accept_offer",
        label="Accepting an offer",
        recipients="contact",
        section="situations/#accepting-an-offer",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="decline_offer",
        label="Declining an offer",
        recipients="contact",
        section="situations/#declining-an-offer",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="reply_rejection",
        label="Reply to a rejection",
        recipients="contact",
        section="templates/#reply-rejection",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="withdraw",
        label="Withdrawing from the process",
        recipients="contact",
        section="situations/#withdrawing",
        channels=_EMAIL_ONLY,
    ),
    StageSpec(
        id="linkedin_note",
        label="Note after connecting on LinkedIn",
        recipients="each_interviewer",
        section="templates/#linkedin-note",
    ),
)

_CONTACT_STAGES: Final = tuple(s.id for s in STAGE_SPECS if s.recipients == "contact")

#: The reader's details in form order.
DETAIL_FIELD_SPECS: Final[tuple[FieldSpec, ...]] = (
    FieldSpec(
        id="candidate_name",
        label="Your name",
        hint="As you sign your messages,",
        example="Priya Raman",
        cli_help="your name, as you sign messages",
        needed_by=_ALL,
        placeholder="[your name]",
        keys=("signoff", "candidate_first"),
    ),
    FieldSpec(
        id="interviewers",
        label="Interviewers",
        hint="One entry per person you met (up to 10); each gets a thank-you of their own.",
        cli_help=(
            "one per interviewer: NAME|TITLE|TOPIC|EXAMPLE, all but the name optional (the"
            " example: a result of yours that fits their topic)"
        ),
        needed_by=_ALL,
        kind="people",
    ),
    FieldSpec(
        id="contact",
        label="Who to write to after the thank-you",
        hint=(
            "A check-in, a final note or a reply goes to one person only: usually whoever told"
            " you when they would decide. The first interviewer unless you choose."
        ),
        cli_help=(
            "who later messages go to: the number of an --interviewer (1 is the first), or"
            " NAME|TITLE of someone else, such as a recruiter"
        ),
        kind="contact",
        stages=_CONTACT_STAGES,
    ),
    FieldSpec(
        id="contact_name",
        label="Their name",
        hint="The recruiter or coordinator you will write to,",
        example="Amara Lewis",
        needed_by=_CONTACT_STAGES,
        stages=_CONTACT_STAGES,
        shown_when="contact=other",
    ),
    FieldSpec(
        id="contact_title",
        label="Their role (optional)",
        hint="How they introduced themselves,",
        example="Recruiter",
        stages=_CONTACT_STAGES,
        shown_when="contact=other",
    ),
    FieldSpec(
        id="company",
        label="Company",
        hint="The organisation's name,",
        example="Harbor Logistics",
        cli_help="the company",
        needed_by=_ALL,
        placeholder="[company]",
    ),
    FieldSpec(
        id="role",
        label="Role",
        hint="The exact job title,",
        example="Senior Data Engineer",
        cli_help="the role you interviewed for",
        needed_by=_ALL,
        placeholder="[role]",
    ),
    FieldSpec(
        id="interview_date",
        label="Interview date (optional)",
        hint="As you would write it in a sentence,",
        example="Tuesday 1 December",
        cli_help="when the interview was, as you would write it (e.g. Tuesday)",
        stages=(
            "thank_you",
            "phone_screen_thanks",
            "recruiter_thanks",
            "send_materials",
            "check_in",
            "competing_offer",
            "final_follow_up",
            "linkedin_note",
        ),
        date_opener="",
        placeholder="",
        keys=("when",),
    ),
    FieldSpec(
        id="topic",
        label="Topic you discussed",
        hint="Something specific from the conversation,",
        example="moving the nightly batch jobs to streaming",
        cli_help="a specific topic you discussed",
        needed_by=("thank_you", "phone_screen_thanks", "linkedin_note"),
        clause=True,
        stages=(
            "thank_you",
            "phone_screen_thanks",
            "recruiter_thanks",
            "check_in",
            "final_follow_up",
            "reply_positive",
            "reply_rejection",
            "linkedin_note",
        ),
        placeholder="[topic you discussed]",
    ),
    FieldSpec(
        id="project",
        label="Project or challenge they mentioned (optional)",
        hint="Reads after “the work on” or “hearing about”,",
        example="the shipment-tracking pipeline migration",
        cli_help="a project or challenge the team mentioned",
        clause=True,
        stages=("thank_you", "linkedin_note"),
        placeholder="[project they mentioned]",
    ),
    FieldSpec(
        id="skill",
        label="Your relevant skill",
        hint="Reads after “my experience in”,",
        example="designing reliable data pipelines",
        cli_help="a skill that fits the role (reads after 'my experience in')",
        needed_by=("thank_you",),
        clause=True,
        stages=("thank_you", "phone_screen_thanks"),
        placeholder="[your skill]",
    ),
    FieldSpec(
        id="example",
        label="A concrete example of that skill",
        hint="One result, as a sentence starting with “I”,",
        example="I cut pipeline failures by 60% after we moved to event-driven ingestion",
        cli_help="one concrete result, as a sentence starting with 'I'",
        needed_by=("thank_you",),
        clause=True,
        stages=("thank_you",),
        placeholder="[an example of that skill]",
    ),
    FieldSpec(
        id="contribution",
        label="Something you could walk them through (optional)",
        hint="What you would gladly explain if it helps; reads after “how I would approach”,",
        example="late and out-of-order events in the new streaming pipeline",
        cli_help="something you could walk them through (reads after 'how I would approach')",
        clause=True,
        stages=("thank_you",),
        placeholder="[something you could walk them through]",
    ),
    FieldSpec(
        id="shared_interest",
        label="Shared interest or mutual connection (optional)",
        hint="Reads after “we have” and before “in common”, e.g. a love of trail running.",
        cli_help="a shared interest or mutual connection",
        clause=True,
        stages=("thank_you", "linkedin_note"),
        placeholder="[shared interest]",
    ),
    FieldSpec(
        id="timeline",
        label="When they said they would decide (optional)",
        hint="The date they gave (not “next week”: the note goes out days later); leave"
        " empty if they did not say,",
        example="by Friday 4 December",
        cli_help="when they said they would decide (e.g. 'by Friday 4 December')",
        clause=True,
        stages=("check_in",),
        date_opener="by",
        date_restated=True,
        placeholder="[when they said they would decide]",
    ),
    FieldSpec(
        id="new_timeline",
        label="When they now expect to decide (optional)",
        hint="The new date they gave; leave empty if they gave none,",
        example="by Friday 11 December",
        cli_help="the new date they gave (e.g. 'by Friday 11 December' or 2026-12-11)",
        clause=True,
        stages=("answer_delay",),
        date_opener="by",
        date_future=True,
        placeholder="[when they now expect to decide]",
    ),
    FieldSpec(
        id="materials",
        label="What you are sending",
        hint="Reads after “I have attached”,",
        example="the pipeline design document and two references",
        cli_help="what you are sending (reads after 'I have attached')",
        needed_by=("send_materials",),
        clause=True,
        stages=("send_materials",),
        placeholder="[what you are sending]",
    ),
    FieldSpec(
        id="offer_deadline",
        label="When you must answer the other offer",
        hint="As you would write it,",
        example="by Friday 11 December",
        cli_help="when you must answer the other offer (e.g. 'by Friday 11 December')",
        needed_by=("competing_offer",),
        clause=True,
        stages=("competing_offer",),
        date_opener="by",
        date_future=True,
        placeholder="[when you must answer the other offer]",
    ),
    FieldSpec(
        id="start_date",
        label="Start date (optional)",
        hint="The day you agreed to start,",
        example="Monday 1 February",
        cli_help="the start date you agreed (e.g. 'Monday 4 January')",
        clause=True,
        stages=("accept_offer",),
        date_opener="",
        date_future=True,
        placeholder="[your start date]",
    ),
    FieldSpec(
        id="package",
        label="Salary or package (optional)",
        hint="As the offer states it, to confirm it back,",
        example="a salary of £85,000 a year",
        cli_help="the salary or package offered, to confirm it back",
        clause=True,
        stages=("accept_offer",),
        placeholder="[the salary or package]",
    ),
    FieldSpec(
        id="offer_date",
        label="Date of the offer (optional)",
        hint="When they made the offer or dated the letter,",
        example="Wednesday 16 December",
        cli_help="the date of the offer or its letter (e.g. 2026-12-16)",
        clause=True,
        stages=("accept_offer",),
        date_opener="",
        placeholder="[the date of the offer]",
    ),
    FieldSpec(
        id="next_step",
        label="The next step they proposed (optional)",
        hint="To confirm it back,",
        example="the final round on Thursday 10 December at 10:00",
        cli_help="the next step they proposed, to confirm it back",
        clause=True,
        stages=("reply_positive",),
        placeholder="[the next step]",
    ),
    FieldSpec(
        id="signature",
        label="Signature (optional)",
        hint="Your sign-off lines; your name is used when this is empty.",
        cli_help="your sign-off; use \\n for new lines",
        multiline=True,
    ),
)

#: The fields of each interviewer, in form order.
INTERVIEWER_FIELD_SPECS: Final[tuple[FieldSpec, ...]] = (
    FieldSpec(
        id="name",
        label="Name",
        hint="Their full name,",
        example="Daniel Okafor",
        needed_by=_ALL,
        placeholder="[their name]",
    ),
    FieldSpec(
        id="title", label="Title (optional)", hint="Their job title,", example="Engineering Manager"
    ),
    FieldSpec(
        id="topic",
        label="Topic with this person (optional)",
        hint="What you discussed with them; the shared topic is used when empty.",
        clause=True,
    ),
    FieldSpec(
        id="example",
        label="An example for this person (optional)",
        hint=(
            "One result that fits their topic, as a sentence starting with “I”; the first"
            " person's note uses the shared example."
        ),
        clause=True,
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class StepSpec:
    """One step of the follow-up plan; its message is written with the stage of the same id.

    Attributes:
        id: The step's kind in the plan, and the draft builder's stage for its message.
        title: How the plan names it.
        write: What its link to the draft builder offers to write ("Write this check-in").
        chases: Whether it chases an answer, so that any reply makes it unnecessary.
    """

    id: StepKind
    title: str
    write: str
    chases: bool


#: The plan's steps, in order.
STEP_SPECS: Final[tuple[StepSpec, ...]] = (
    StepSpec(
        id="thank_you",
        title="Send your thank-you note",
        write="this thank-you note",
        chases=False,
    ),
    StepSpec(id="check_in", title="Check in", write="this check-in", chases=True),
    StepSpec(
        id="final_follow_up", title="Final follow-up", write="this final follow-up", chases=True
    ),
)
#: The draft builder's place in the guide (page and anchor): where a step's link leads.
BUILDER_SECTION: Final = "crafting/#builder"

#: Stage ids in the order a candidate meets them.
STAGE_IDS: Final[tuple[Stage, ...]] = tuple(spec.id for spec in STAGE_SPECS)
#: Channel ids, the most formal first.
CHANNEL_IDS: Final[tuple[Channel, ...]] = tuple(spec.id for spec in CHANNEL_SPECS)
#: The plan's step kinds, in order.
STEP_KINDS: Final[tuple[StepKind, ...]] = tuple(spec.id for spec in STEP_SPECS)
STEP_BY_ID: Final[Mapping[str, StepSpec]] = MappingProxyType({s.id: s for s in STEP_SPECS})
STAGE_BY_ID: Final[Mapping[str, StageSpec]] = MappingProxyType({s.id: s for s in STAGE_SPECS})
CHANNEL_BY_ID: Final[Mapping[str, ChannelSpec]] = MappingProxyType({c.id: c for c in CHANNEL_SPECS})
FIELD_BY_ID: Final[Mapping[str, FieldSpec]] = MappingProxyType(
    {f.id: f for f in DETAIL_FIELD_SPECS}
)
INTERVIEWER_FIELD_BY_ID: Final[Mapping[str, FieldSpec]] = MappingProxyType(
    {f.id: f for f in INTERVIEWER_FIELD_SPECS}
)
#: The text fields read straight from ``details`` (people and the contact choice aside).
TEXT_FIELDS: Final[tuple[FieldSpec, ...]] = tuple(f for f in DETAIL_FIELD_SPECS if f.kind == "text")


_Id = TypeVar("_Id", bound=str)


class IdSet(Generic[_Id]):
    """A dataclass field holding some of one vocabulary's ids (stages, channels), or ``None``.

    Data may write the set any way (``SAYING_NO | {"competing_offer"}``); it is kept as a
    ``frozenset`` read with the vocabulary's type, and an id the vocabulary does not declare
    is refused, by name, when the object is made. ``None``, the default, stands for all.
    The class holding it has no ``__slots__`` (a slot would replace this descriptor).

    Example:
        >>> @dataclass(frozen=True)
        ... class Only:
        ...     stages: IdSet[Stage] = IdSet(STAGE_IDS)
        >>> sorted(Only(stages={"withdraw"}).stages or ())
        ['withdraw']
        >>> Only(stages={"thanks"})
        Traceback (most recent call last):
        ValueError: stages: “thanks” is not one of the schema's ids.
    """

    def __init__(self, known: tuple[_Id, ...]) -> None:
        self._known = frozenset(known)
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> None: ...  # the dataclass's default
    @overload
    def __get__(self, obj: object, owner: type) -> frozenset[_Id] | None: ...
    def __get__(self, obj: object | None, owner: type) -> frozenset[_Id] | None:
        if obj is None:
            return None
        return typing.cast("frozenset[_Id] | None", vars(obj).get(self._name))

    def __set__(self, obj: object, value: AbstractSet[str] | None) -> None:
        if value is not None:
            for unknown in sorted(set(value) - self._known):
                raise ValueError(f"{self._name}: “{unknown}” is not one of the schema's ids.")
        vars(obj)[self._name] = None if value is None else frozenset(value)


def field_label(path: str) -> str:
    """The form's label for a dotted detail path, lower-cased for use inside a sentence.

    Example:
        >>> field_label("details.interviewers.2.name")
        "interviewer 3's name"
        >>> field_label("details.candidate_name")
        'your name'
    """
    parts = path.split(".")
    if parts[0] == "details":
        parts = parts[1:]
    if len(parts) >= 3 and parts[0] == "interviewers" and parts[1].isdigit():
        sub = INTERVIEWER_FIELD_BY_ID.get(parts[2])
        what = _bare(sub.label) if sub else parts[2]
        return f"interviewer {int(parts[1]) + 1}'s {what}"
    spec = FIELD_BY_ID.get(parts[0]) if parts else None
    return _bare(spec.label) if spec else path.replace("_", " ")


def _bare(label: str) -> str:
    """``"Topic you discussed (optional)"`` -> ``"topic you discussed"``."""
    text = label.removesuffix(" (optional)")
    return text[0].lower() + text[1:] if text and not text[:2].isupper() else text


def stage_channels_json() -> list[dict[str, Any]]:
    """Channels as ``defaults`` gives them."""
    return [{"id": c.id, "label": c.label, "limit": c.limit} for c in CHANNEL_SPECS]


def detail_fields_json() -> list[dict[str, Any]]:
    """Every detail field as ``defaults`` gives it; the people field lists its sub-fields."""
    fields = []
    for spec in DETAIL_FIELD_SPECS:
        shape = spec.to_json()
        if spec.kind == "people":
            shape["max_items"] = MAX_INTERVIEWERS
            shape["fields"] = [
                {"id": sub.id, "label": sub.label, "hint": sub.full_hint, "limit": sub.limit}
                for sub in INTERVIEWER_FIELD_SPECS
            ]
        fields.append(shape)
    return fields


#: A panel larger than this is unusual; each person gets a note of their own.
MAX_INTERVIEWERS: Final = 10
