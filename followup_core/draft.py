"""Subject and body for each stage and channel, addressed as the guide says.

A thank-you (and a note after connecting) goes to each interviewer, each
worded a little differently so a panel never compares copies with only the
name swapped. Every later message (a check-in, a final note, a reply) goes to
one contact the reader chooses: the first interviewer unless they choose
another, or someone else such as a recruiter.

The wording lives in :mod:`followup_core.templates` and the fields in
:mod:`followup_core.schema`; this module reads the reader's details, picks
the phrasing, fills the sentences, keeps connection notes within their limit
and runs the checker on the result.

Example:
    >>> request = DraftRequest.from_args({"details": {"interviewers": [{"name": "Ana Ruiz"}]}})
    >>> draft = build_drafts(request)[0]
    >>> draft.body.splitlines()[0], draft.to
    ('Hi Ana,', 'Ana Ruiz')
    >>> "details.company" in draft.missing
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from types import MappingProxyType
from typing import Any, Self

from .args import ErrorCollector, read_choice, read_flag, read_list, read_text, require_mapping
from .checks import Finding, check_text, count_words, describe_size
from .dates import phrase_date
from .errors import InputError
from .mailto import MailtoLink, mailto_link
from .schema import (
    CHANNEL_BY_ID,
    CHANNEL_IDS,
    DETAIL_FIELD_SPECS,
    FIELD_BY_ID,
    INTERVIEWER_FIELD_SPECS,
    LINKEDIN_FREE_CONNECTION_LIMIT,
    MAX_INTERVIEWERS,
    STAGE_BY_ID,
    STAGE_IDS,
    TEXT_FIELDS,
    FieldSpec,
    field_label,
)
from .templates import (
    KEY_SOURCES,
    PLACEHOLDERS,
    SOFT_KEYS,
    TEMPLATES,
    Block,
    Sentence,
    Template,
    Variant,
    fill,
    keys_in,
    options_of,
)

__all__ = [
    "Contact",
    "Details",
    "Draft",
    "DraftRequest",
    "Interviewer",
    "build_drafts",
    "describe_drafts_text",
]

# Saved drafts are named from ASCII letters and digits only, so every system accepts the name.
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_MAX_FILENAME_STEM = 60
# A date written like these already reads as a time ("yesterday"), so no "on" goes before it.
_NO_ON = frozenset(
    {"on", "yesterday", "today", "this", "last", "earlier", "in", "at", "during", "over"}
)
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"})
#: How a request names an interviewer as the contact: ``interviewer:0`` is the first.
_CONTACT_INTERVIEWER = re.compile(r"interviewer:(\d{1,2})")
CONTACT_OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Interviewer:
    """One person the candidate met; ``title``, ``topic`` and ``example`` are optional."""

    name: str = ""
    title: str = ""
    topic: str = ""
    example: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """Who the messages after the thank-you go to.

    ``interviewer`` is the index of one of the interviewers; ``None`` means
    someone else (a recruiter or coordinator), named by ``name`` and ``title``.
    When the reader has not chosen, the stage's ``default_contact`` decides.
    """

    interviewer: int | None = 0
    name: str = ""
    title: str = ""
    chosen: bool = False  # False: the stage's own default applies


@dataclass(frozen=True, slots=True, kw_only=True)
class Details:
    """What the reader told us: every text field by id (``""`` when not given), the
    interviewers, and the contact for later messages."""

    text: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    interviewers: tuple[Interviewer, ...] = ()
    contact: Contact = Contact()

    def __getitem__(self, field_id: str) -> str:
        return self.text.get(field_id, "")

    @classmethod
    def from_args(
        cls,
        args: Mapping[str, Any],
        *,
        prefix: str = "details",
        today: date | None = None,
        stage: str | None = None,
    ) -> Self:
        """Read the ``details`` object, naming every bad ``details.field`` at once.

        Dates the ``stage`` uses are phrased by the core (``by Friday 11
        December``), in the year nearest ``today`` when the reader gives none;
        a date kept for another stage is not judged against this one.
        """
        collect = ErrorCollector()
        text = {
            spec.id: collect.read(
                partial(_read_field, args, spec, prefix, today, phrase=_uses(stage, spec)),
                "",
            )
            for spec in TEXT_FIELDS
        }
        read_people = partial(
            read_list, args, "interviewers", prefix=prefix, max_items=MAX_INTERVIEWERS
        )
        people: list[Any] = collect.read(partial(read_people, label="interviewers"), [])
        interviewers = tuple(
            collect.read(partial(_interviewer, item, f"{prefix}.interviewers.{i}"), Interviewer())
            for i, item in enumerate(people)
        )
        contact = collect.read(lambda: _contact(args, text, len(interviewers), prefix), Contact())
        collect.raise_if_any()
        return cls(text=MappingProxyType(text), interviewers=interviewers, contact=contact)


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftRequest:
    """Which message to write, where, and from what details."""

    stage: str = "thank_you"
    channel: str = "email"
    details: Details = Details()
    linkedin_free_account: bool = True

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> Self:
        """Read ``stage``, ``channel``, ``now``, ``details`` and ``linkedin_free_account``.

        Stage and channel default to a thank-you email when absent. ``now`` (a
        date, or a moment whose date is used) places dates given without a year
        and tells a date still to come from one already past. Connection notes
        fit a free account's limit unless ``linkedin_free_account`` is false (a
        paid account). Every bad field is reported at once
        (:class:`~followup_core.errors.InputErrors`).
        """
        collect = ErrorCollector()
        stage = collect.read(
            lambda: read_choice(args, "stage", STAGE_IDS, default="thank_you", label="stage"),
            "thank_you",
        )
        channel = collect.read(
            lambda: read_choice(args, "channel", CHANNEL_IDS, default="email", label="channel"),
            "email",
        )
        allowed = STAGE_BY_ID[stage].channels
        if channel not in allowed:
            choices = " or ".join(CHANNEL_BY_ID[c].label for c in allowed)
            collect.errors.append(
                InputError(
                    "channel",
                    f"{CHANNEL_BY_ID[channel].label} does not suit “{STAGE_BY_ID[stage].label}”; "
                    f"choose {choices}.",
                )
            )
        raw = args.get("details")
        today = collect.read(lambda: _read_today(args), None)
        details = collect.read(
            lambda: Details.from_args(
                require_mapping({} if raw is None else raw, "details"), today=today, stage=stage
            ),
            Details(),
        )
        free = collect.read(
            lambda: (
                args.get("linkedin_free_account") is None
                or read_flag(args, "linkedin_free_account")
            ),
            True,
        )
        collect.raise_if_any()
        return cls(stage=stage, channel=channel, details=details, linkedin_free_account=free)

    @property
    def limit(self) -> int | None:
        """The channel's character limit for this sender."""
        if self.channel == "linkedin_connection" and self.linkedin_free_account:
            return LINKEDIN_FREE_CONNECTION_LIMIT
        return CHANNEL_BY_ID[self.channel].limit


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """One message, ready to copy, with what is missing and what the checker says.

    ``findings`` come from checking ``body`` for the draft's stage and channel,
    so their spans index into ``body``.
    """

    to: str
    subject: str
    body: str
    words: int
    chars: int
    limit: int | None
    missing: tuple[str, ...]
    findings: tuple[Finding, ...]
    stage: str
    channel: str

    @property
    def text(self) -> str:
        """The draft as one plain text, to copy or save: the subject line, then the body."""
        return f"Subject: {self.subject}\n\n{self.body}\n" if self.subject else f"{self.body}\n"

    @property
    def filename(self) -> str:
        """A file name for the saved draft, e.g. ``thank-you-note-daniel-okafor.txt``."""
        decomposed = unicodedata.normalize("NFKD", f"{STAGE_BY_ID[self.stage].label} {self.to}")
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        words = _ASCII_WORD.findall(bare.lower())
        return "-".join(words)[:_MAX_FILENAME_STEM].strip("-") + ".txt"

    @property
    def mailto(self) -> MailtoLink | None:
        """A link that opens the reader's mail program with this email; ``None`` off email."""
        if self.channel != "email":
            return None
        return mailto_link(to="", subject=self.subject, body=self.body)

    def to_json(self) -> dict[str, Any]:
        """The bridge's shape for one draft."""
        return {
            "to": self.to,
            "subject": self.subject,
            "body": self.body,
            "text": self.text,
            "filename": self.filename,
            "words": self.words,
            "chars": self.chars,
            "limit": self.limit,
            "size": describe_size(words=self.words, chars=self.chars, limit=self.limit),
            "mailto": self.mailto.to_json() if self.mailto else None,
            "missing": list(self.missing),
            "findings": [finding.to_json() for finding in self.findings],
            "stage": self.stage,
            "channel": self.channel,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class _Recipient:
    """Who one draft goes to, and where its details come from."""

    person: Interviewer
    name_field: str  # the detail to fill in when the name is missing
    variant: int  # which phrasing this person gets
    placeholder_field: str | None = None  # set when nobody is named at all


#: The one draft written before any interviewer is named: it asks for the interviewers.
_NOBODY_NAMED = _Recipient(
    person=Interviewer(), name_field="", variant=0, placeholder_field="details.interviewers"
)


def recipients_for(request: DraftRequest) -> tuple[_Recipient, ...]:
    """Each interviewer for a thank-you; exactly one contact for every later stage."""
    details = request.details
    people = details.interviewers
    if STAGE_BY_ID[request.stage].recipients == "each_interviewer":
        if not people:
            return (_NOBODY_NAMED,)
        return tuple(
            _Recipient(person=person, name_field=f"details.interviewers.{i}.name", variant=i)
            for i, person in enumerate(people)
        )
    contact = details.contact
    if not contact.chosen and STAGE_BY_ID[request.stage].default_contact == "other":
        contact = replace(contact, interviewer=None)
    if contact.interviewer is None:
        return (
            _Recipient(
                person=Interviewer(name=contact.name, title=contact.title),
                name_field="details.contact_name",
                variant=0,
            ),
        )
    if not people:
        return (_NOBODY_NAMED,)
    index = contact.interviewer
    return (
        _Recipient(
            person=people[index], name_field=f"details.interviewers.{index}.name", variant=0
        ),
    )


def build_drafts(request: DraftRequest) -> tuple[Draft, ...]:
    """The drafts for this stage: one per interviewer, or one for the chosen contact."""
    drafts = []
    for recipient in recipients_for(request):
        draft = _draft(request, recipient)
        if recipient.placeholder_field:
            others = (f for f in draft.missing if not f.startswith("details.interviewers."))
            draft = replace(draft, missing=_ordered((recipient.placeholder_field, *others)))
        drafts.append(draft)
    return tuple(drafts)


def describe_drafts_text(drafts: Sequence[Draft]) -> str:
    """The drafts as plain text for a terminal, one block per recipient."""
    blocks: list[str] = []
    for number, draft in enumerate(drafts, start=1):
        lines = [f"── Draft {number} of {len(drafts)}: to {draft.to}"]
        if draft.subject:
            lines.append(f"Subject: {draft.subject}")
        lines += ["", draft.body, ""]
        size = f"{draft.words} words, {draft.chars:,} characters"
        if draft.limit is not None:
            size += f" (limit {draft.limit:,})"
        lines.append(size)
        if draft.missing:
            lines.append("Missing: " + ", ".join(draft.missing))
        for finding in draft.findings:
            lines.append(f"{finding.severity:>7}  {finding.rule}: {finding.message}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- building one draft ---------------------------------------------------------


def _required_keys(stage: str) -> frozenset[str]:
    """The template keys this stage cannot do without, from the fields' ``needed_by``."""
    required = set()
    for key, source in KEY_SOURCES.items():
        spec = FIELD_BY_ID["interviewers"] if source.startswith("person.") else FIELD_BY_ID[source]
        if stage in spec.needed_by:
            required.add(key)
    return frozenset(required)


class _Renderer:
    """Fills sentences for one recipient, noting each required detail left empty."""

    def __init__(self, values: Mapping[str, str], required: frozenset[str], name_field: str):
        self.values = values
        self.required = required
        self.name_field = name_field
        self.missing: set[str] = set()

    def _field(self, key: str) -> str:
        source = KEY_SOURCES.get(key, key)
        return self.name_field if source == "person.name" else f"details.{source}"

    def one(self, text: str) -> str | None:
        """One sentence filled in, or ``None`` when an optional detail is empty."""
        empty = {key for key in keys_in(text) - SOFT_KEYS if not self.values.get(key)}
        if empty - self.required:
            return None
        filled = dict(self.values)
        for key in empty:
            filled[key] = PLACEHOLDERS[key]
            if self._field(key):
                self.missing.add(self._field(key))
        return fill(text, filled)

    def sentence(self, sentence: Sentence) -> str | None:
        """The first alternative that reads without a gap, or ``None``."""
        for option in options_of(sentence):
            text = self.one(option)
            if text is not None:
                return text
        return None

    def variant(self, variant: Variant) -> str:
        return " ".join(text for text in map(self.sentence, variant) if text)

    def block(self, block: Block, choice: int) -> str:
        return self.variant(block[choice % len(block)])

    def first(self, options: Sequence[str], choice: int) -> str:
        """The chosen option, or the next one that survives, or ``""``."""
        for step in range(len(options)):
            text = self.one(options[(choice + step) % len(options)])
            if text is not None:
                return text
        return ""


def _draft(request: DraftRequest, recipient: _Recipient) -> Draft:
    template = TEMPLATES[request.channel][request.stage]
    index = recipient.variant
    lead = index == 0
    values = _values(request.details, recipient.person, lead=lead)
    # Only the first note of a panel may lean on the shared example; the others take
    # their own example, or else an offer on their own topic, so no two read alike.
    required = _required_keys(request.stage) - (_LEAD_ONLY if not lead else frozenset())
    renderer = _Renderer(values, required, recipient.name_field)
    subject = renderer.first(template.subjects, _choice(index, 0, len(template.subjects)))
    parts = [renderer.one(template.greeting) or ""] if template.greeting else []
    for number, block in enumerate(template.blocks, start=1):
        parts.append(renderer.block(block, _choice(index, number, len(block))))
    parts.append(_signoff(template, renderer, values, index))
    body = "\n\n".join(part for part in parts if part)
    limit = request.limit
    if limit is not None and len(body) > limit:
        body, renderer = _shorter(template, values, required, recipient, limit, body, renderer)
    return Draft(
        to=recipient.person.name or PLACEHOLDERS["name"],
        subject=subject,
        body=body,
        words=count_words(body),
        chars=len(body),
        limit=limit,
        missing=_ordered(renderer.missing),
        findings=check_text(body, channel=request.channel, stage=request.stage, limit=limit),
        stage=request.stage,
        channel=request.channel,
    )


def _shorter(
    template: Template,
    values: Mapping[str, str],
    required: frozenset[str],
    recipient: _Recipient,
    limit: int,
    body: str,
    renderer: _Renderer,
) -> tuple[str, _Renderer]:
    """The first of the template's shorter versions that fits, else the note as it was.

    Each rung offers variants, and each recipient keeps to their own, so a panel's
    notes stay distinct as they shrink.
    """
    for rung in template.shorter:
        shorter = _Renderer(values, required, recipient.name_field)
        text = shorter.block(rung, recipient.variant)
        if len(text) <= limit:
            return text, shorter
    return body, renderer


def _signoff(template: Template, renderer: _Renderer, values: Mapping[str, str], i: int) -> str:
    if not template.signoffs:
        return ""
    signature = values.get("signoff", "")
    first_line = signature.splitlines()[0].rstrip() if signature else ""
    if first_line.endswith(",") and "{signoff}" in template.signoffs[0]:
        return signature  # the reader's signature already has its closing words
    return renderer.first(template.signoffs, _choice(i, len(template.blocks) + 1, 3))


def _choice(index: int, block: int, size: int) -> int:
    """Which variant of ``block`` recipient ``index`` gets.

    The index is read as digits in base ``size`` and block ``k`` takes
    ``d0 + k·d1 + k²·d2``: the first ``size`` people get entirely different
    phrasing in every block, and with three variants and four or more blocks
    the first ten people all get different combinations.
    """
    size = max(size, 1)
    d0, d1, d2 = index % size, index // size % size, index // (size * size)
    return (d0 + block * d1 + block * block * d2) % size


#: Details that only the first note of a panel uses (the others draw on their own topic).
_LEAD_ONLY = frozenset({"example", "project", "contribution"})


def _values(details: Details, person: Interviewer, *, lead: bool = True) -> dict[str, str]:
    """The value of every template key for one recipient.

    ``lead`` is the first (or only) recipient: the shared example, project and
    offer are theirs; everyone else gets their own example, if the reader gave one.
    """
    values = {
        key: details[source]
        for key, source in KEY_SOURCES.items()
        if not source.startswith("person.")
    }
    name = details["candidate_name"]
    signature = details["signature"]
    values.update(
        name=_greeting_name(person.name),
        when=_when(details["interview_date"]),
        topic=person.topic or details["topic"],
        example=person.example or (details["example"] if lead else ""),
        signoff=signature or name,
        candidate_first=(
            name.split()[0] if name else (signature.splitlines()[0].strip() if signature else "")
        ),
    )
    if not lead:
        values.update(project="", contribution="")
    return values


def _greeting_name(full: str) -> str:
    """First name, or title and surname when the reader wrote one (``Dr. Lee``)."""
    words = full.split()
    if not words:
        return ""
    if len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
        return f"{words[0]} {words[-1]}"
    return words[0]


def _when(date_text: str) -> str:
    if not date_text:
        return ""
    first = date_text.split()[0].lower()
    return date_text if first in _NO_ON else f"on {date_text}"


# --- reading the request ---------------------------------------------------------


def _uses(stage: str | None, spec: FieldSpec) -> bool:
    """Whether ``stage`` writes this field (``None``: judge every field)."""
    return stage is None or not spec.stages or stage in spec.stages


def _read_today(args: Mapping[str, Any]) -> date | None:
    """``now`` as a day: ``2027-03-05`` or ``2027-03-05T09:30``; ``None`` when absent."""
    value = args.get("now")
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError("now", "Write now as a date, e.g. 2026-12-01.", code="invalid")


def _read_field(
    args: Mapping[str, Any],
    spec: FieldSpec,
    prefix: str,
    today: date | None = None,
    *,
    phrase: bool = True,
) -> str:
    """One text field, with the form's label in any error and its own length limit.

    A date is phrased (and judged) only when ``phrase``: when the stage writes it.
    """
    label = field_label(f"{prefix}.{spec.id}")
    value = read_text(args, spec.id, prefix=prefix, max_chars=spec.limit, label=label)
    if spec.multiline:
        return value
    value = _one_line(value, spec)
    if spec.date_opener is None or not phrase:
        return value
    return phrase_date(
        value,
        field=f"{prefix}.{spec.id}",
        label=label,
        ref=today,
        opener=spec.date_opener,
        future=spec.date_future,
        restated=spec.date_restated,
    ).text


#: A number and its percent sign are written together, as the guide writes them (60%).
_SPACED_PERCENT = re.compile(r"(\d) +%")


def _one_line(value: str, spec: FieldSpec) -> str:
    value = _SPACED_PERCENT.sub(r"\1%", " ".join(value.split()))
    if spec.clause:
        value = value.rstrip(" ,;:")
        if value.endswith(".") and not value.endswith(".."):
            value = value[:-1].rstrip()
    return value


def _interviewer(item: object, field: str) -> Interviewer:
    if isinstance(item, str):
        item = {"name": item}
    person = require_mapping(item, field)
    collect = ErrorCollector()
    values = {
        spec.id: collect.read(partial(_read_field, person, spec, field), "")
        for spec in INTERVIEWER_FIELD_SPECS
    }
    collect.raise_if_any()
    return Interviewer(**values)


def _contact(args: Mapping[str, Any], text: Mapping[str, str], count: int, prefix: str) -> Contact:
    """The ``contact`` choice: ``""`` (the first interviewer), ``interviewer:N`` or ``other``."""
    field = f"{prefix}.contact"
    value = args.get("contact")
    someone_else = Contact(interviewer=None, name=text["contact_name"], title=text["contact_title"])
    if value is None or value == "":
        return replace(someone_else, interviewer=0, chosen=False)
    if value == CONTACT_OTHER:
        return replace(someone_else, chosen=True)
    match = _CONTACT_INTERVIEWER.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InputError(
            field,
            "Choose one of your interviewers, or someone else such as a recruiter.",
            code="invalid",
        )
    index = int(match[1])
    if index >= max(count, 1):
        raise InputError(
            field,
            f"The contact is interviewer {index + 1}, but only {count} "
            f"{'is' if count == 1 else 'are'} listed; choose again.",
            code="invalid",
        )
    return Contact(interviewer=index, chosen=True)


_FIELD_ORDER = {spec.id: rank for rank, spec in enumerate(DETAIL_FIELD_SPECS)}
_SUB_ORDER = {spec.id: rank for rank, spec in enumerate(INTERVIEWER_FIELD_SPECS)}


def _ordered(fields: Sequence[str] | set[str]) -> tuple[str, ...]:
    """Missing fields in the form's order, so the list reads top to bottom."""

    def key(field: str) -> tuple[int, int, int]:
        parts = field.split(".")
        top = _FIELD_ORDER.get(parts[1], len(_FIELD_ORDER)) if len(parts) > 1 else -1
        if len(parts) >= 4 and parts[2].isdigit():
            return (top, int(parts[2]), _SUB_ORDER.get(parts[3], 0))
        return (top, -1, 0)

    return tuple(sorted(dict.fromkeys(fields), key=key))
