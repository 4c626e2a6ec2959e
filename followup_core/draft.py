"""Subject and body for each stage and channel, one distinct draft per interviewer.

The wording lives in :mod:`followup_core.templates`; this module reads the
reader's details, picks phrasing variants by interviewer so a panel never gets
copies with only the name swapped, fills the sentences, and runs the checker on
the result. Missing required details become visible ``[placeholders]`` and are
listed by field; missing optional ones simply drop their sentence.

Example:
    >>> request = DraftRequest.from_args({"details": {"interviewers": [{"name": "Ana Ruiz"}]}})
    >>> draft = build_drafts(request)[0]
    >>> draft.body.splitlines()[0], draft.to
    ('Dear Ana,', 'Ana Ruiz')
    >>> "details.company" in draft.missing
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Self

from .args import MAX_FIELD_CHARS, read_choice, read_flag, read_list, read_text, require_mapping
from .checks import Finding, check_text, count_words, describe_size
from .mailto import MailtoLink, mailto_link
from .templates import (
    CHANNEL_LABELS,
    CHANNEL_LIMITS,
    CHANNELS,
    DETAIL_FIELD_TEXT,
    INTERVIEWER_FIELD_TEXT,
    LINKEDIN_FREE_CONNECTION_LIMIT,
    PLACEHOLDERS,
    REQUIRED_KEYS,
    STAGE_LABELS,
    STAGES,
    TEMPLATES,
    Block,
    Template,
    fill,
    keys_in,
)

__all__ = [
    "CHANNELS",
    "CHANNEL_LABELS",
    "CHANNEL_LIMITS",
    "DETAIL_FIELDS",
    "LINKEDIN_FREE_CONNECTION_LIMIT",
    "MAX_INTERVIEWERS",
    "STAGES",
    "STAGE_LABELS",
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

#: A panel larger than this is unusual; each person gets a note of their own.
MAX_INTERVIEWERS = 10

# Which detail each template key comes from ("{i}" is the interviewer's index).
_KEY_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "name": "interviewers.{i}.name",
        "title": "interviewers.{i}.title",
        "company": "company",
        "role": "role",
        "when": "interview_date",
        "topic": "topic",
        "project": "project",
        "contribution": "contribution",
        "skill": "skill",
        "example": "example",
        "shared_interest": "shared_interest",
        "timeline": "timeline",
        "signoff": "candidate_name",
        "candidate_first": "candidate_name",
    }
)
# Fields that sit inside a sentence: a trailing full stop or comma is dropped.
_CLAUSE_FIELDS = frozenset(
    {"topic", "project", "contribution", "skill", "example", "shared_interest", "timeline"}
)
# A date written like these already reads as a time ("yesterday"), so no "on" goes before it.
_NO_ON = frozenset(
    {"on", "yesterday", "today", "this", "last", "earlier", "in", "at", "during", "over"}
)
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"})


def _required_for(field_id: str) -> list[str]:
    return [
        stage
        for stage in STAGES
        if any(_KEY_FIELDS[key].split(".")[0] == field_id for key in REQUIRED_KEYS[stage])
    ]


#: The details form, built from the core so the page hard-codes none of it:
#: ``{id, label, hint, multiline, required_for}`` in display order. ``required_for``
#: names the stages whose email shows a placeholder when the field is empty
#: (the shorter channels use a subset).
DETAIL_FIELDS: tuple[Mapping[str, Any], ...] = tuple(
    MappingProxyType(
        {
            "id": text.id,
            "label": text.label,
            "hint": text.hint,
            "multiline": text.multiline,
            "required_for": _required_for(text.id),
            **(
                {
                    "max_items": MAX_INTERVIEWERS,
                    "fields": [
                        {"id": sub.id, "label": sub.label, "hint": sub.hint}
                        for sub in INTERVIEWER_FIELD_TEXT
                    ],
                }
                if text.id == "interviewers"
                else {}
            ),
        }
    )
    for text in DETAIL_FIELD_TEXT
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Interviewer:
    """One person the candidate met; ``title`` and ``topic`` are optional."""

    name: str = ""
    title: str = ""
    topic: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Details:
    """What the reader told us about the interview; every field may be empty."""

    candidate_name: str = ""
    interviewers: tuple[Interviewer, ...] = ()
    company: str = ""
    role: str = ""
    interview_date: str = ""
    topic: str = ""
    project: str = ""
    contribution: str = ""
    skill: str = ""
    example: str = ""
    shared_interest: str = ""
    timeline: str = ""
    signature: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, Any], *, prefix: str = "details") -> Self:
        """Read the ``details`` object, naming ``details.field`` on any error."""
        values = {
            name: _one_line(read_text(args, name, prefix=prefix, label=_label(name)), name)
            for name in (
                "candidate_name",
                "company",
                "role",
                "interview_date",
                "topic",
                "project",
                "contribution",
                "skill",
                "example",
                "shared_interest",
                "timeline",
            )
        }
        signature = read_text(args, "signature", prefix=prefix, max_chars=MAX_FIELD_CHARS)
        people = read_list(
            args, "interviewers", prefix=prefix, max_items=MAX_INTERVIEWERS, label="interviewers"
        )
        interviewers = tuple(
            _interviewer(item, f"{prefix}.interviewers.{index}")
            for index, item in enumerate(people)
        )
        return cls(**values, signature=signature, interviewers=interviewers)


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftRequest:
    """Which message to write, where, and from what details."""

    stage: str = "thank_you"
    channel: str = "email"
    details: Details = Details()
    linkedin_free_account: bool = False

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> Self:
        """Read ``stage``, ``channel``, ``details`` and ``linkedin_free_account``.

        Stage and channel default to a thank-you email when absent.
        """
        stage = read_choice(args, "stage", STAGES, default="thank_you", label="stage")
        channel = read_choice(args, "channel", CHANNELS, default="email", label="channel")
        raw = args.get("details")
        details = Details.from_args(require_mapping({} if raw is None else raw, "details"))
        free = read_flag(args, "linkedin_free_account")
        return cls(stage=stage, channel=channel, details=details, linkedin_free_account=free)

    @property
    def limit(self) -> int | None:
        """The channel's character limit for this sender."""
        if self.channel == "linkedin_connection" and self.linkedin_free_account:
            return LINKEDIN_FREE_CONNECTION_LIMIT
        return CHANNEL_LIMITS[self.channel]


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
        decomposed = unicodedata.normalize("NFKD", f"{STAGE_LABELS[self.stage]} {self.to}")
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


def build_drafts(request: DraftRequest) -> tuple[Draft, ...]:
    """One draft per interviewer, or one addressed to a placeholder when none is named."""
    people = request.details.interviewers or (Interviewer(),)
    drafts = tuple(_draft(request, person, index) for index, person in enumerate(people))
    if request.details.interviewers:
        return drafts
    only = drafts[0]
    others = (field for field in only.missing if not field.startswith("details.interviewers."))
    return (replace(only, missing=_ordered(("details.interviewers", *others))),)


def describe_drafts_text(drafts: Sequence[Draft]) -> str:
    """The drafts as plain text for a terminal, one block per interviewer."""
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


class _Renderer:
    """Fills sentences for one interviewer, noting each required detail left empty."""

    def __init__(self, values: Mapping[str, str], required: frozenset[str], index: int) -> None:
        self.values = values
        self.required = required
        self.index = index
        self.missing: set[str] = set()

    def sentence(self, text: str) -> str | None:
        keys = keys_in(text)
        empty = {key for key in keys if not self.values.get(key)}
        if empty - self.required:
            return None  # an optional detail is empty: the sentence goes
        filled = dict(self.values)
        for key in empty:
            filled[key] = PLACEHOLDERS.get(key, f"[{key}]")
            self.missing.add("details." + _KEY_FIELDS.get(key, key).format(i=self.index))
        return fill(text, filled)

    def block(self, block: Block, choice: int) -> str:
        sentences = (self.sentence(text) for text in block[choice % len(block)])
        return " ".join(text for text in sentences if text)

    def first(self, options: Sequence[str], choice: int) -> str:
        """The chosen option, or the next one that survives, or ``""``."""
        for step in range(len(options)):
            text = self.sentence(options[(choice + step) % len(options)])
            if text is not None:
                return text
        return ""


def _draft(request: DraftRequest, person: Interviewer, index: int) -> Draft:
    template = TEMPLATES[request.channel][request.stage]
    values = _values(request.details, person)
    renderer = _Renderer(values, REQUIRED_KEYS[request.stage], index)
    subject = renderer.first(template.subjects, _choice(index, 0, len(template.subjects)))
    parts = [renderer.sentence(template.greeting) or ""] if template.greeting else []
    for number, block in enumerate(template.blocks, start=1):
        parts.append(renderer.block(block, _choice(index, number, len(block))))
    parts.append(_signoff(template, renderer, values, index))
    body = "\n\n".join(part for part in parts if part)
    limit = request.limit
    return Draft(
        to=person.name or PLACEHOLDERS["name"],
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


def _signoff(template: Template, renderer: _Renderer, values: Mapping[str, str], i: int) -> str:
    if not template.signoffs:
        return ""
    signature = values.get("signoff", "")
    first_line = signature.splitlines()[0].rstrip() if signature else ""
    if first_line.endswith(",") and "{signoff}" in template.signoffs[0]:
        return signature  # the reader's signature already has its closing words
    return renderer.first(template.signoffs, _choice(i, len(template.blocks) + 1, 3))


def _choice(index: int, block: int, size: int) -> int:
    """Which variant of ``block`` interviewer ``index`` gets.

    The index is read as digits in base ``size`` and block ``k`` takes
    ``d0 + k·d1 + k²·d2``: the first ``size`` people get entirely different
    phrasing in every block, and with three variants and four or more blocks
    the first ten people all get different combinations.
    """
    size = max(size, 1)
    d0, d1, d2 = index % size, index // size % size, index // (size * size)
    return (d0 + block * d1 + block * block * d2) % size


def _values(details: Details, person: Interviewer) -> dict[str, str]:
    signoff = details.signature or details.candidate_name
    first = (
        details.candidate_name.split()[0]
        if details.candidate_name
        else (details.signature.splitlines()[0].strip() if details.signature else "")
    )
    return {
        "name": _greeting_name(person.name),
        "title": person.title,
        "company": details.company,
        "role": details.role,
        "when": _when(details.interview_date),
        "topic": person.topic or details.topic,
        "project": details.project,
        "contribution": details.contribution,
        "skill": details.skill,
        "example": details.example,
        "shared_interest": details.shared_interest,
        "timeline": details.timeline,
        "signoff": signoff,
        "candidate_first": first,
    }


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


def _one_line(value: str, name: str) -> str:
    value = " ".join(value.split())
    if name in _CLAUSE_FIELDS:
        value = value.rstrip(" ,;:")
        if value.endswith(".") and not value.endswith(".."):
            value = value[:-1].rstrip()
    return value


def _label(name: str) -> str:
    return name.replace("_", " ")


def _interviewer(item: object, field: str) -> Interviewer:
    if isinstance(item, str):
        item = {"name": item}
    person = require_mapping(item, field)
    values = {
        name: _one_line(read_text(person, name, prefix=field, label=f"interviewer's {name}"), name)
        for name in ("name", "title", "topic")
    }
    return Interviewer(**values)


_FIELD_ORDER = {text.id: rank for rank, text in enumerate(DETAIL_FIELD_TEXT)}
_SUB_ORDER = {text.id: rank for rank, text in enumerate(INTERVIEWER_FIELD_TEXT)}


def _ordered(fields: Sequence[str] | set[str]) -> tuple[str, ...]:
    def key(field: str) -> tuple[int, int, int]:
        parts = field.split(".")
        top = _FIELD_ORDER.get(parts[1], len(_FIELD_ORDER)) if len(parts) > 1 else -1
        if len(parts) >= 4 and parts[2].isdigit():
            return (top, int(parts[2]), _SUB_ORDER.get(parts[3], 0))
        return (top, -1, 0)

    return tuple(sorted(dict.fromkeys(fields), key=key))
