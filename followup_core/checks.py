"""The draft checker: the guide's "what to avoid" and "key elements" as findings with spans.

The rules themselves live in :mod:`followup_core.rules` as data; this module
compiles them once and evaluates each *kind* with a small function. Spans are
Python code-point indices into the exact text given (nothing is trimmed or
normalised first), so the page can highlight them without recounting.

Example:
    >>> [f.rule for f in check_text("Hey, any update?! I need this job ASAP.", channel="email")]
    ['too_casual', 'pushy', 'missing_close', 'too_short']
    >>> [f.rule for f in check_text("Hey, any update?! I need this job ASAP.",
    ...                             channel="email", stage="thank_you")][:2]
    ['missing_thanks', 'too_casual']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import Any, Self

from .args import MAX_TEXT_CHARS, read_choice, read_flag, read_optional_choice
from .errors import InputError
from .rules import (
    CLAUSE_MAX_WORDS,
    FAMILY_GAP_WORDS,
    FAMILY_LONG_GAP_WORDS,
    FAMILY_MARKS,
    FAMILY_SLOTS,
    FILLERS,
    LATIN_CAPITAL,
    LEADS,
    LOWERCASE_MIN_STARTS,
    MAX_FILLERS,
    RULES,
    SELF_FOCUS_MIN,
    SELF_FOCUS_RATIO,
    SEVERITIES,
    SHORT_CLAUSE_WORDS,
    SHOUTING_RUN_LETTERS,
    SHOUTING_RUN_WORDS,
    TRAILS,
    Rule,
    Severity,
)
from .schema import CHANNEL_BY_ID, CHANNEL_IDS, LINKEDIN_FREE_CONNECTION_LIMIT, STAGE_IDS

Span = tuple[int, int]

__all__ = [
    "CheckRequest",
    "Finding",
    "check_text",
    "count_words",
    "describe_size",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One piece of advice about a text.

    Attributes:
        rule: The rule's id (``pushy``, ``placeholder`` ...).
        severity: ``error``, ``warning`` or ``tip``.
        message: A sentence saying what to change.
        spans: ``(start, end)`` code-point ranges of the words concerned; empty
            when the advice is about the text as a whole.
        section: The guide's page and anchor, e.g. ``avoid/#pushy``.
    """

    rule: str
    severity: Severity
    message: str
    spans: tuple[Span, ...]
    section: str

    def to_json(self) -> dict[str, Any]:
        """The bridge's shape: spans as ``[[start, end], ...]``."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "spans": [[start, end] for start, end in self.spans],
            "section": self.section,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckRequest:
    """A pasted draft and what it is for, validated from the bridge's arguments."""

    text: str
    channel: str
    stage: str | None = None
    limit: int | None = None

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> Self:
        """Read ``text``, ``channel``, ``stage`` and ``linkedin_free_account``.

        The text is kept exactly as given (no trimming), so spans match it.
        """
        text = args.get("text")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise InputError("text", "The draft to check must be text.", code="type")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                "text",
                f"The draft is {len(text):,} characters long; the checker reads up to "
                f"{MAX_TEXT_CHARS:,}.",
                code="too_long",
            )
        channel = read_choice(args, "channel", CHANNEL_IDS, default="email", label="channel")
        stage = read_optional_choice(args, "stage", STAGE_IDS, label="stage")
        free = read_flag(args, "linkedin_free_account")
        limit = (
            LINKEDIN_FREE_CONNECTION_LIMIT if free and channel == "linkedin_connection" else None
        )
        return cls(text=text, channel=channel, stage=stage, limit=limit)

    @property
    def effective_limit(self) -> int | None:
        """The character limit the text is held to: the sender's own, else the channel's."""
        return self.limit if self.limit is not None else CHANNEL_BY_ID[self.channel].limit


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of letters or digits, joined by ' or -.

    Example:
        >>> count_words("I'm glad we talked — a well-run team!")
        7
    """
    return len(_WORD.findall(text))


def describe_size(*, words: int, chars: int, limit: int | None) -> str:
    """The count a reader checks before sending: against the limit where the channel has one.

    Example:
        >>> describe_size(words=48, chars=284, limit=300)
        '284 of 300 characters, within the limit (48 words).'
        >>> describe_size(words=1, chars=5, limit=None)
        '1 word, 5 characters.'
    """
    word_text = f"{words:,} word{'' if words == 1 else 's'}"
    if limit:
        verdict = "within" if chars <= limit else f"{chars - limit:,} over"
        return f"{chars:,} of {limit:,} characters, {verdict} the limit ({word_text})."
    return f"{word_text}, {chars:,} character{'' if chars == 1 else 's'}."


def check_text(
    text: str, *, channel: str, stage: str | None = None, limit: int | None = None
) -> tuple[Finding, ...]:
    """Check a draft against the guide's advice.

    Args:
        text: The draft exactly as the reader has it; spans index into it.
        channel: ``email``, ``linkedin_message`` or ``linkedin_connection``.
        stage: What the message is for, or ``None`` for pasted text; some rules
            (a specific detail, an open-ended close) depend on it.
        limit: A character limit replacing the channel's own (200 for a
            connection note from a free LinkedIn account).

    Returns:
        Findings ordered by severity (errors first), then by position; advice
        about the whole text comes before advice about a place in it.
    """
    if channel not in CHANNEL_IDS:
        raise InputError("channel", f"Unknown channel; use one of: {', '.join(CHANNEL_IDS)}.")
    if stage is not None and stage not in STAGE_IDS:
        raise InputError("stage", f"Unknown stage; use one of: {', '.join(STAGE_IDS)}.")
    if not text.strip():
        return ()
    context = _Context(
        text=text,
        channel=channel,
        limit=limit if limit is not None else CHANNEL_BY_ID[channel].limit,
        lower=text.lower(),
        phrase_hits=_phrase_hits(text, _active(stage, channel)),
        words=count_words(text),
        sheltered=_sheltered(
            text,
            spelled_out := list(_SPELLED_OUT.finditer(text)),
            acronyms := _named_acronyms(text, spelled_out),
        ),
        greeted=_greeted(text),
        acronyms=acronyms,
    )
    findings = [
        finding
        for rule in RULES
        if _applies(rule, stage, channel)
        for finding in (_EVALUATORS[rule.kind](rule, context),)
        if finding is not None
    ]
    findings.sort(key=_order)
    marked = [_line_whole(text, _marked(text, finding)) for finding in _marked_once(findings)]
    return tuple(sorted(_one_register_mark(text, marked), key=_order))


# --- evaluation ---------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A word of letters (with inner apostrophes), not part of a longer word with digits.
_LETTER_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’][^\W\d_]+)*(?!\w)")
# What may stand between two words of one run of capitals: spaces and light punctuation.
_RUN_GAP = re.compile(r"[ \t,;:/&-]*")
# The first word of a sentence: at the start, after a line break, or after . ! ? and a space.
_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?…][\"'”’)]*[ \t]+)\s*([^\W\d_][\w'’]*)")
_EXCLAMATIONS = re.compile(r"[!！]+")
# "Let me know" asks about them, so its "me" is not the writer talking about themselves.
# The writer as the subject of the note. Not counted: "me" as what the interviewer did
# something for ("showing me round", "for having me"), and "my" on the evidence the guide asks
# for ("my weld repair rate", "my last contract", "my 6G coding").
_SELF = re.compile(
    r"(?<![\w'’])(?:I|(?<!(?i:let) )(?<!ing )(?<!ed )(?i:me)|(?i:mine|myself)"
    r"|(?i:my)(?![ \t]+(?:[\w-]+[ \t]+)?"  # one word may stand between: "my last contract"
    r"(?i:experience|record|track|rate|results?|work|portfolio|qualifications?"
    r"|certifications?|certificates?|licen[cs]es?|degree|coding|tickets?|training|contract"
    r"|role|job|team|projects?|research|thesis|publications?|references?|referees?|CV|r[ée]sum[ée]"
    r"|skills?|placement|apprenticeship|shifts?|clients?|patients?|students?|figures|data)\b))"
    r"(?!\w)"
)
_OTHER = re.compile(r"(?<![\w'’])(?i:you|your|yours|yourself|yourselves|team|teams|company)(?!\w)")
_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
_MAX_QUOTED = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    text: str
    channel: str
    limit: int | None
    lower: str
    phrase_hits: Mapping[str, list[Span]]
    words: int
    sheltered: Sequence[_Shelter]
    greeted: frozenset[int]
    #: Acronyms the text spells out, which are names wherever it writes them (see
    #: :func:`_named_acronyms`).
    acronyms: frozenset[str]

    def pattern(self, rule: Rule) -> re.Pattern[str] | None:
        """The rule's patterns left to scan for: none with ``openers`` or absent ``hints``."""
        if rule.openers:
            return None
        if rule.hints and not any(hint in self.lower for hint in rule.hints):
            return None
        return _patterns()[rule.id]

    def names_acronym(self, start: int, end: int) -> bool:
        """Whether the span is one of the text's named acronyms (with its "'s"), so that no
        rule reads it as a request, a placeholder or shouting: "the NAME (National
        Antimicrobial Monitoring Exchange) pilot"."""
        word = self.text[start:end].removesuffix("'s").removesuffix("’s")
        return word in self.acronyms

    def spans(self, rule: Rule) -> list[Span]:
        """Where the rule's phrases and patterns occur, in order."""
        spans = list(self.phrase_hits.get(rule.id, ()))
        pattern = self.pattern(rule)
        if pattern is not None:
            spans.extend(m.span() for m in pattern.finditer(self.text) if m.end() > m.start())
        if self.acronyms and spans:
            spans = [span for span in spans if not self.names_acronym(*span)]
        if rule.work_nouns and spans:
            spans = [span for span in spans if not _names_work(self.text, span[1], rule)]
        if spans:
            spans = [span for span in spans if not _someone_elses(self.text, *span)]
        if rule.reader_tone and spans and self.greeted:
            spans = [span for span in spans if not _greeted_at(self.greeted, *span)]
        if rule.reader_tone and spans:
            spans = [
                (_lead_fillers(self.text, start), _trail(self.text, end))
                for start, end in spans
                if not _inside(_past_leads(self.text, start, end), end, self.sheltered)
            ]
        if rule.lead_words and spans:
            spans = [(_lead_words(self.text, start, rule.lead_words), end) for start, end in spans]
        return _merged(spans)


# What shelters a word from being read as the writer's tone: a quotation (the employer's own
# words), a file name, or a run of capitalised words it shares with a word it does not cover
# (a name, a title or a product: "Urgent Care Partners", "Desperate Housewives", "Project ASAP").
#: The longest span that can shelter a word (a quotation, a file name, a name).
_SHELTER_MAX = 400
_QUOTED = re.compile(
    r'“[^”\n]{1,200}”|"[^"\n]{1,200}"|‘[^’\n]{1,200}’(?!\w)'
    r"|(?<![\w'’])'(?=\w)[^'\n]{1,200}(?<=[\w.!?])'(?!\w)"
)
_FILE_NAME = re.compile(
    r"[\w.-]*\w\.(?i:pdf|docx?|pptx?|xlsx?|odt|rtf|txt|md|zip|png|jpe?g|key|pages|csv)(?!\w)"
)
# An acronym followed by what it stands for: "the ASAP (Accelerated Skills Programme)",
# "ASAP, the Aviation Safety Action Program".
_SPELLED_OUT = re.compile(
    r"\b([A-Z]{2,})(?:[ \t]*\((?=[^()\n]*[a-z])[A-Z][^()\n]{1,80}\)"
    # ... or with an article first, when the words after it are a name: "ASAP (the Automated
    # Shift Allocation Platform)".
    r"|[ \t]*\((?:the|an?)[ \t]+(?:[A-Z][\w-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){1,6}[A-Z][\w-]*\)"
    r"|,[ \t]+(?:the|your|our|their|its)[ \t]+(?:[A-Z][\w-]+[ \t]+){1,5}[A-Z][\w-]+)"
)
# What makes a word in capitals a label: a hyphen joining it to a word that goes on to a noun
# ("URGENT-category re-attendances"), unless that word is the writer's own ("ASAP-ish").
_LABEL_TAIL = (
    r"(?:-(?!(?:ish|please|pls|now|asap|only|and|or|if|so|but|as|me|you|thanks)\b)[a-z]{2,})+"
    r"(?=[ \t]+[a-z])"
)
# An acronym where a noun stands is a name, not a request: "moving from spreadsheets to ASAP",
# "the switch onto ASAP by March", "our ASAP is"; and a word in capitals joined by a hyphen
# into a label before a noun: "a drop in URGENT-category re-attendances".
_NOUN_ACRONYM = re.compile(
    r"(?<![\w'’])(?:(?i:to|into|onto|from)[ \t]+[A-Z]{2,}(?=[ \t]*(?:[,.;:)\n]|$)"
    r"|[ \t]+(?i:by|before|in|next|this|for|and|from|over|within|across|last|later|at|on)\b)"
    r"|(?i:the|our|your|their|its|his|her|my)[ \t]+[A-Z]{2,}(?=[ \t]*(?:[,.;:)\n]|$)"
    r"|[ \t]+(?i:is|was|has|had|will|would|can|could|does|did|goes|went|helps|runs|handles"
    r"|replaces|lets)\b)"
    rf"|[A-Z]{{2,}}{_LABEL_TAIL})"
)
# Someone greeted by name ("Hi Hope,", "Dear Grace Ellis,"): each capitalised word of the name
# is that person wherever else the text writes it in mid-sentence ("thanks, Hope").
_GREETED = re.compile(
    r"(?m)^[ \t]*(?:Hi|Hello|Hey|Hiya|Dear|Morning|Good[ \t]+(?:morning|afternoon|evening))"
    r"[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][a-z][\w'’-]*)[ \t]*,"
)
# What the employer asked for or said, reported to the end of its clause: "You asked me to
# confirm as soon as possible", "the recruiter said they need someone urgently". What they
# said *they* would do ("you said you'd decide by Friday") is the writer's to hold them to.
# Who speaks or decides on the employer's side, after "the": "the panel", "the other firm".
_THEIR_SIDE = (
    r"(?:company|employer|firm|organi[sz]ation|business|practice|hospital|school|bank|agency"
    r"|client|recruiter|team|board|panel|hiring[ \t]+manager)"
)
_REPORTED = re.compile(
    rf"(?<![\w'’])(?i:you|they|he|she|the[ \t]+{_THEIR_SIDE})"
    r"(?:[ \t]+(?:also|kindly|specifically|clearly|had|have|both))?[ \t]+"
    r"(?i:asked|said|mentioned|told[ \t]+me|wanted|requested|stressed|emphasi[sz]ed"
    r"|explained|noted|wrote)[ \t]+(?i:me|us|that(?![ \t]+you)|they|the|your|it|this|how|what"
    r"|whether|if)(?!\w)"
    r"[^.!?;,\n—–]{0,200}"
)
_CAPITALISED = r"(?:[A-Z][\w'’&-]+|[A-Z]\.)"
_NAME_RUN = re.compile(
    r"(?<![\w'’])(?!(?:Hi|Hey|Hiya|Heya|Hello|Howya|Howdy|Alright|Mornin|Morning|G['’]day|Sup|Oi|Dear|Yo"
    r"|Thanks|Thank|Sorry|Please|Just|So|Any|I|Cheers|Honestly"
    r"|Frankly|Really|Seriously|Again|Still|Also|Sadly|Unfortunately)\b)"
    rf"{_CAPITALISED}(?:[ \t]+(?:(?:of|for|the|and|or|de|la|du|von|van|&)[ \t]+)?{_CAPITALISED})+"
)


# A title in mid-sentence may start with any word and hold short small words: "seen Sorry to
# Bother You at the festival", "watching Hey Duggee".
_TITLE_RUN = re.compile(
    rf"(?<![\w'’]){_CAPITALISED}"
    r"(?:[ \t]+(?:(?:of|for|the|and|or|to|a|an|in|on|at|de|la|du|von|van|&)[ \t]+)?"
    rf"{_CAPITALISED})+"
)

_Shelter = tuple[int, int, bool]


def _sheltered(
    text: str, spelled_out: Sequence[re.Match[str]], acronyms: frozenset[str]
) -> list[_Shelter]:
    """The sheltering spans in order, each with whether it shelters a match as long as itself.

    A run of capitalised words in mid-sentence is a name even when a rule's words fill it
    ("the Need This Job campaign"); at the start of a sentence or in a subject line, where
    writers capitalise their own words, it shelters only a match it goes beyond.
    """
    spans = [(*m.span(), False) for m in _QUOTED.finditer(text)]
    spans += [(*m.span(), False) for m in _FILE_NAME.finditer(text)]
    spans += [(*m.span(), False) for m in spelled_out]
    # An acronym the text spells out as a name is that name wherever else it stands.
    spans += [(*m.span(), True) for m in _glossed(text, acronyms)]
    spans += [(*m.span(), False) for m in _REPORTED.finditer(text)]
    spans += [(*m.span(), True) for m in _NOUN_ACRONYM.finditer(text)]
    spans += [(*m.span(), _mid_sentence(text, m.start())) for m in _NAME_RUN.finditer(text)]
    # A title that starts with a greeting's or an apology's word is a name only in mid-sentence
    # ("watching Hey Duggee"); at the start of a line it greets someone ("Hey Tom").
    spans += [
        (*m.span(), True) for m in _TITLE_RUN.finditer(text) if _mid_sentence(text, m.start())
    ]
    return sorted(spans)


def _greeted(text: str) -> frozenset[int]:
    """Where the words of a greeted name start and end, in the greeting and wherever else the
    text writes them in mid-sentence: "Hi Hope," ... "thanks, Hope"."""
    names = {
        word
        for found in _GREETED.finditer(text)
        for word in found.group(1).split()
        if word[0].isupper() and word[1:2].islower()
    }
    if not names:
        return frozenset()
    uses = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(names))) + r")(?![\w'’-])"
    )
    return frozenset(
        edge
        for found in uses.finditer(text)
        if _mid_sentence(text, found.start())
        for edge in found.span()
    )


def _greeted_at(greeted: frozenset[int], start: int, end: int) -> bool:
    """Whether a match starts or ends on a greeted name, which is then not its word."""
    return start in greeted or end in greeted


def _named_acronyms(text: str, spelled_out: Sequence[re.Match[str]]) -> frozenset[str]:
    """The acronyms the text spells out, in brackets or after a comma ("ASAP (Automated Shift
    Allocation Platform)", "ASAP, your new Automated Scheduling and Planning tool") or anywhere
    else as the initials of a run of capitalised words ("the AGAIN study (Ageing, Gait and
    Injury in Nigeria)"): each is a name, not a request or a shout, wherever the text writes it.
    """
    glossed = {found.group(1) for found in spelled_out}
    candidates = set(_ACRONYM.findall(text)) - glossed
    if not candidates:
        return frozenset(glossed)
    words = list(_SPELLING_WORD.finditer(text))
    return frozenset(glossed | {word for word in candidates if _initials_in(word, words)})


# A word in capitals that could stand for a name: three to eight letters.
_ACRONYM = re.compile(r"(?<![\w'’])[A-Z]{3,8}(?![\w'’])")
# The words of a run that may spell an acronym, with what may stand between two of them.
_SPELLING_WORD = re.compile(r"[^\W\d_][\w'’]*|&")
_SPELLING_GAP = re.compile(r"[ \t,/-]+")
# Small words a name may hold, which an acronym may take a letter from or leave out ("Ageing,
# Gait and Injury in Nigeria": AGAIN).
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "to", "at", "&", "de", "la"})


def _initials_in(acronym: str, words: Sequence[re.Match[str]]) -> bool:
    """Whether a run of capitalised words of the text has the acronym's letters as initials,
    each small word giving its letter or none, and is not the acronym's everyday sense ("As
    Soon As Possible")."""
    for index, word in enumerate(words):
        if word.group()[0] == acronym[0] and word.group()[1:2].islower():
            end = _spelled_to(acronym, words, index)
            if (
                end is not None
                and " ".join(found.group().lower() for found in words[index:end])
                not in _EVERYDAY_SENSES
            ):
                return True
    return False


# What writers spell out in capitals as their own words, not as a name.
_EVERYDAY_SENSES = frozenset(
    {"as soon as possible", "for your information", "to be decided", "to be confirmed"}
)


def _spelled_to(acronym: str, words: Sequence[re.Match[str]], start: int) -> int | None:
    """Where the words from ``start`` end once they spell ``acronym``, ending on a capitalised
    word, with only spaces, commas, slashes or hyphens between them; None if they do not.

    Each small word may give its letter or none, so the words are walked as a set of
    (letters spelled, next word) states: at most the acronym's length times the run's words.
    """
    states = {(0, start)}
    last_word = min(len(words), start + 2 * len(acronym) + 2)
    while states:
        following = set()
        for letter, index in states:
            if index == last_word or (
                index > start
                and not _SPELLING_GAP.fullmatch(
                    words[index].string, words[index - 1].end(), words[index].start()
                )
            ):
                continue
            word = words[index].group()
            small = word.lower() in _SMALL_WORDS
            capitalised = word[0].isupper() and (len(word) == 1 or not word.isupper())
            if (capitalised or small) and word[0].upper() == acronym[letter]:
                if letter + 1 == len(acronym):
                    if capitalised:
                        return index + 1
                else:
                    following.add((letter + 1, index + 1))
            if small and letter > 0:
                following.add((letter, index + 1))
        states = following
    return None


def _glossed(text: str, acronyms: frozenset[str]) -> list[re.Match[str]]:
    """Every use, in capitals, of an acronym the text spells out ("ASAP (Automated Shift
    Allocation Platform)" ... "ASAP's suggestions")."""
    if not acronyms:
        return []
    uses = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(acronyms)) + r")(?![\w-])")
    return list(uses.finditer(text))


def _mid_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 40) : at].rstrip(' \t"“(')
    line = text.rfind("\n", 0, at) + 1
    return (
        bool(before) and before[-1] not in ".!?:\n…" and text[line : line + 8].lower() != "subject:"
    )


def _inside(start: int, end: int, sheltered: Sequence[_Shelter]) -> bool:
    """Whether a match lies inside a sheltering span (and, for most, does not fill it)."""
    index = bisect_right(sheltered, (start, len(sheltered) and sheltered[-1][1] + end + 1, True))
    for a, b, whole in reversed(sheltered[:index]):
        if a <= start and end <= b and (whole or (a, b) != (start, end)):
            return True
        if start - a > _SHELTER_MAX:
            return False
    return False


_LEAD_SET = frozenset(FILLERS) | frozenset(LEADS)
_TRAIL_WORDS = "|".join(trail.replace(" ", r"[ \t]+") for trail in TRAILS)
_TRAIL = re.compile(rf"(?i:(?:,?[ \t]+(?:{_TRAIL_WORDS})(?!\w)){{0,3}})(?:[ \t]*[!?！？]{{1,8}})?")
_WORD_TAIL = re.compile(r"[^\W_][\w'’-]*[ \t,]*$")


def _lead_fillers(text: str, start: int) -> int:
    """Where a match starts once the words that carry it join it: intensifiers and hedges,
    the writer as subject and an article ("I'm *really* ...", "*a very* fast learner")."""
    for _ in range(MAX_FILLERS + 3):
        end = start
        while end > 0 and text[end - 1] in " \t,":
            end -= 1
        begin = end
        while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'’"):
            begin -= 1
        word = text[begin:end].lower().replace("’", "'")
        if end == start or begin == end or word not in _LEAD_SET:
            return start
        if begin > 0 and text[begin - 1].isalnum():
            return start
        start = begin
    return start


_LEAD_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?[ \t]+")


def _past_leads(text: str, start: int, end: int) -> int:
    """Where a match starts once the words that only carry it are left out ("the" in "the
    Compensation & Benefits Analyst role"), so that a name it sits in still shelters it."""
    while (found := _LEAD_WORD.match(text, start, end)) and found.group().split()[
        0
    ].lower().replace("’", "'") in _LEAD_SET:
        start = found.end()
    return start


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _names_work(text: str, end: int, rule: Rule) -> bool:
    """Whether the word after a match makes it the name of a piece of work."""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1).lower() in rule.work_nouns


# A need, wish or deadline with someone else as its subject is news the writer passes on, not
# a demand they make: "the other firm *needs an answer by Friday*", "they want someone fast".
_NEEDING = re.compile(
    r"(?i:needs?|needed|wants?|wanted|expects?|expected|requires?|required|must|would[ \t]+like"
    r"|ha(?:ve|s)[ \t]+to|asked[ \t]+for)(?!\w)"
)
_SOMEONE_ELSE = re.compile(
    r"(?i:(?<![\w'’])(?:they|he|she|who|which"
    rf"|(?:the|their|that|this)[ \t]+(?:other[ \t]+)?(?:{_THEIR_SIDE}|offer))"
    r"(?:[ \t]+(?:also|still|now|really|only|apparently|both|all))?[ \t]+)$"
)


def _someone_elses(text: str, start: int, end: int) -> bool:
    """Whether a match is a need or deadline whose subject is someone else."""
    return bool(_NEEDING.match(text, start, end)) and bool(
        _SOMEONE_ELSE.search(text, max(0, start - 48), start)
    )


def _trail(text: str, end: int) -> int:
    """Where a match ends once the words that finish it join it ("again", "to me", "!!")."""
    found = _TRAIL.match(text, end)
    return found.end() if found else end


def _lead_words(text: str, start: int, count: int) -> int:
    """Where a mark starts once up to ``count`` words of its sentence before it join it."""
    for _ in range(count):
        found = _WORD_TAIL.search(text, max(0, start - 40), start)
        if found is None or found.start() == start:
            break
        start = found.start()
    return start


def _merged(spans: list[Span]) -> list[Span]:
    """The spans in order, overlapping ones joined: one stretch of text, one mark."""
    kept: list[Span] = []
    for start, end in sorted(spans):
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
        else:
            kept.append((start, end))
    return kept


def _phrase_pattern(phrase: str) -> str:
    # No look-behind: phrases are only tried where a word starts (see _phrase_hits).
    body = re.escape(phrase).replace("\\ ", " ").replace("'", "['’ʼ]").replace(" ", r"\s+")
    return body + (r"(?!\w)" if phrase[-1:].isalnum() else "")


def _compile(rule: Rule) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in rule.patterns)) if rule.patterns else None


_Candidates = tuple[tuple[str, re.Pattern[str]], ...]


_TOKEN = re.compile(r"\w+")


# The rules' patterns are compiled on the first check, not on import: compiled, they hold
# about 15 MB, and a first start keeps its memory snapshot only while the heap is still
# within Pyodide's initial memory (the worker's warm-up plans, it does not check).
@cache
def _patterns() -> Mapping[str, re.Pattern[str] | None]:
    return MappingProxyType({rule.id: _compile(rule) for rule in RULES})


def _index_phrases(rules: Sequence[Rule]) -> dict[str, dict[str, _Candidates]]:
    """Phrases keyed by their first two words: one pattern per rule and key, longest first.

    A check then visits each word of the text once and tries only the few
    patterns whose first word it is and whose second word follows it (``""``
    for one-word phrases), so a text of 10,000 "I"s costs no regex at all. A
    rule's patterns are keyed the same way, by their ``openers`` and ``""``.
    """
    grouped: dict[str, dict[str, dict[str, list[str]]]] = {}
    for rule in rules:
        for phrase in rule.phrases:
            words = _TOKEN.findall(phrase)
            if not words or not phrase[0].isalpha():
                raise ValueError(f"Phrase {phrase!r} in rule {rule.id} must start with a letter.")
            first, second = words[0].lower(), words[1].lower() if len(words) > 1 else ""
            by_second = grouped.setdefault(first, {}).setdefault(second, {})
            by_second.setdefault(rule.id, []).append(phrase)
    index: dict[str, dict[str, _Candidates]] = {
        first: {
            second: tuple((rule_id, _phrase_regex(phrases)) for rule_id, phrases in by_rule.items())
            for second, by_rule in by_second.items()
        }
        for first, by_second in grouped.items()
    }
    _add_openers(index, rules)
    return index


def _add_openers(index: dict[str, dict[str, _Candidates]], rules: Sequence[Rule]) -> None:
    """Key each rule's patterns by its ``openers`` (one or two words), beside the phrases."""
    for rule in rules:
        pattern = _patterns()[rule.id]
        for opener in sorted(rule.openers):
            words = opener.split()
            if pattern is None or not 0 < len(words) < 3 or _TOKEN.findall(opener) != words:
                raise ValueError(f"Opener {opener!r} in rule {rule.id} needs patterns and words.")
            first, second = words[0], words[1] if len(words) > 1 else ""
            keyed = index.setdefault(first, {})
            keyed[second] = (*keyed.get(second, ()), (rule.id, pattern))


def _phrase_regex(phrases: Sequence[str]) -> re.Pattern[str]:
    longest_first = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(_phrase_pattern(p) for p in longest_first), re.IGNORECASE)


@cache
def _phrases() -> dict[str, dict[str, _Candidates]]:
    return _index_phrases(RULES)


# --- families -------------------------------------------------------------------


# At most a few fillers between two words: bounded, so a run of "really really ..." costs a
# family a fixed number of steps wherever it starts, and a check stays linear in the text.
_WORD_END = r"(?!\w|-\w)"


def _choice(words: Sequence[str]) -> str:
    """One regex for a choice of template words, as a tree of shared beginnings.

    The engine then reads each letter once, instead of trying every word in turn, which keeps
    families cheap where they are tried at every "I" or "you". Where one word is the start of
    another ("need", "need*"), the longer reading is tried first, as a longest-first list would.
    """
    tails = [
        r"\w*" if word.endswith("*") else (_WORD_END if word[-1:].isalnum() else "")
        for word in words
    ]
    # Whole words only: one word-end after the tree rather than one at each of its leaves,
    # which reads the same and keeps the compiled family smaller.
    shared = _WORD_END if set(tails) == {_WORD_END} else ""
    tree: dict[str, Any] = {}
    for word, tail in zip(words, tails, strict=True):
        node = tree
        for char in word.removesuffix("*").lower():
            node = node.setdefault(char, {})
        node.setdefault("", []).append("" if shared else tail)
    return _branches(tree) + shared


def _branches(node: dict[str, Any]) -> str:
    options = [
        (
            r"\s+"
            if char == "_"
            else "['’ʼ]"
            if char == "'"
            else re.escape(char) + "+"
            if char in _MARKED
            else re.escape(char)
        )
        + _branches(child)
        for char, child in sorted(node.items())
        if char
    ]
    # A stem ("need*") before the whole word ("need"): both end here, the stem reads further.
    options += sorted(node.get("", ()), key=lambda tail: tail != r"\w*")
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


# Families are matched against a view of the text in which every filler ("really", "kind of")
# is a run of its own private-use character, as long as the words it stands for: offsets stay
# the same, and "any filler may stand here" is a short character class instead of a list of
# sixty words repeated between every two words of every family (which made compiling the
# families the slowest part of a first check).
# Fillers of two words ("kind of") stay words in the view, since a family may spell them as two
# of its own ("what sort of package"); the separator lists them instead.
_MARKS: Mapping[str, str] = MappingProxyType(
    {filler: chr(0xE000 + index) for index, filler in enumerate(FILLERS) if "_" not in filler}
)
_TWO_WORD_FILLERS = [filler for filler in FILLERS if "_" in filler]
_MARKED = frozenset(_MARKS.values())
_ANY_MARK = f"[{chr(0xE000)}-{chr(0xE000 + len(FILLERS) - 1)}]"
_FILLER_WORD = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(
        re.escape(filler).replace(" ", r"\s+") for filler in sorted(_MARKS, key=len, reverse=True)
    )
    + r")(?![\w'’])",
    re.IGNORECASE,
)


def _filler_view(text: str) -> str:
    """The text with each filler written as a run of its own mark (see ``_MARKS``)."""
    return _FILLER_WORD.sub(
        lambda found: _MARKS[" ".join(found.group().lower().split())] * len(found.group()), text
    )


def _marked_words(word: str) -> list[str]:
    """A template word as the filler view spells it: the fillers in it as their marks; a stem
    that is a filler ("ever*") also as the mark, since the view writes the whole word so."""
    spelled = [_MARKS.get(part.lower(), part) for part in word.removesuffix("*").split("_")]
    marked = "_".join(spelled)
    if marked == word.removesuffix("*"):
        return [word]
    if word.endswith("*"):
        return [word, marked] if len(spelled) == 1 else [marked + "*"]
    return [marked]


_SEP = rf"(?:,?\s+(?:{_ANY_MARK}+|{_choice(_TWO_WORD_FILLERS)})){{0,{MAX_FILLERS}}},?\s+"
_GAP = rf"(?:{_SEP}[^\W_][\w'’-]*){{0,{FAMILY_GAP_WORDS}}}?"
_LONG_GAP = rf"(?:[ \t]+(?:[^\W_][\w'’-]*|{_ANY_MARK}+)){{0,{FAMILY_LONG_GAP_WORDS}}}?"


@cache
def _family_token(token: str) -> tuple[str, bool]:
    """A token's regex and whether it attaches to the word before it (a mark)."""
    if token.startswith("{") and token.endswith("}"):
        name = token[1:-1]
        if name in FAMILY_MARKS:
            return f"(?:{FAMILY_MARKS[name]})", True
        return f"(?:{FAMILY_SLOTS[name]})", False
    if "{" in token or "}" in token:
        raise ValueError(f"A named part stands alone as a word of a family, not in {token!r}.")
    words = [spelled for word in token.split("|") for spelled in _marked_words(word)]
    return "(?:" + _choice(words) + ")", False


@cache
def compile_family(template: str) -> str:
    """The regular expression of a family template (see :mod:`followup_core.rules`).

    Example:
        >>> import re
        >>> family = re.compile(compile_family("I need* this|the job"), re.IGNORECASE)
        >>> text = "I really, truly need this job"
        >>> found = family.match(_filler_view(text))
        >>> text[found.start() : found.end()]
        'I really, truly need this job'
    """
    return _compile_tokens(template.split(), first=True)


def _compile_tokens(tokens: Sequence[str], *, first: bool) -> str:
    if not tokens:
        return ""
    token, rest = tokens[0], tokens[1:]
    optional = len(token) > 1 and token.endswith("?")
    token = token.removesuffix("?") if optional else token
    if token == "~":
        if first:
            raise ValueError("A family cannot start with a gap.")
        return _LONG_GAP + _compile_tokens(rest, first=False)
    if token == "...":
        if first:
            raise ValueError("A family cannot start with a gap.")
        if rest and len(rest[0]) > 1 and rest[0].endswith("?"):
            # A gap before an optional word: take both when the word is there.
            regex, attached = _family_token(rest[0].removesuffix("?"))
            piece = regex if attached else _SEP + regex
            return f"(?:{_GAP}{piece})?" + _compile_tokens(rest[1:], first=False)
        return _GAP + _compile_tokens(rest, first=False)
    regex, attached = _family_token(token)
    if first:
        whole = regex + _compile_tokens(rest, first=False)
        if optional:
            return f"(?:{whole}|{_compile_tokens(rest, first=True)})"
        return whole
    piece = regex if attached else _SEP + regex
    return (f"(?:{piece})?" if optional else piece) + _compile_tokens(rest, first=False)


def _first_words(tokens: Sequence[str]) -> set[str]:
    """The lower-case words (or ``prefix*``) a family's matches can start with."""
    token = tokens[0]
    optional = len(token) > 1 and token.endswith("?")
    token = token.removesuffix("?") if optional else token
    if token in ("...", "~") or token.startswith("{"):
        raise ValueError(f"A family must start with a word, not {token!r}.")
    keys = set()
    for word in token.split("|"):
        head = _TOKEN.match(word.replace("_", " ").replace("'", " "))
        if head is None:
            raise ValueError(f"Family word {word!r} must start with a letter.")
        whole = head.group() == word.removesuffix("*").replace("_", " ").split(" ")[0]
        keys.add(head.group().lower() + ("*" if word.endswith("*") and whole else ""))
    if optional:
        keys |= _first_words(tokens[1:])
    return keys


# A family as the index keeps it: its rule, its template (compiled only when first needed),
# and the words it cannot match without: for each word it requires, the literal beginnings
# of its spellings, one of which the text must hold.
_Family = tuple[str, str, tuple[tuple[str, ...], ...]]
_Families = tuple[_Family, ...]


def _required(tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """For each word after the first that a family cannot match without, the lower-case
    beginnings of its spellings (up to a space, an apostrophe or a stem's end)."""
    needed = []
    for token in tokens[1:]:
        if token in ("...", "~") or token.startswith("{") or (len(token) > 1 and token[-1] == "?"):
            continue
        beginnings = tuple(
            sorted({re.split(r"[_'*]", word, maxsplit=1)[0].lower() for word in token.split("|")})
        )
        if all(beginnings):
            needed.append(beginnings)
    return tuple(needed)


def _index_families(
    rules: Sequence[Rule],
) -> tuple[dict[str, _Families], tuple[tuple[str, _Families], ...]]:
    """Families keyed by the words they start with; those starting with a stem by its prefix."""
    grouped: dict[str, list[_Family]] = {}
    for rule in rules:
        for template in rule.families:
            tokens = template.split()
            family = (rule.id, template, _required(tokens))
            for key in _first_words(tokens):
                grouped.setdefault(key, []).append(family)
    words = {key: tuple(value) for key, value in grouped.items() if not key.endswith("*")}
    stems = tuple((key[:-1], tuple(value)) for key, value in grouped.items() if key.endswith("*"))
    return words, stems


@cache
def _families() -> tuple[dict[str, _Families], tuple[tuple[str, _Families], ...]]:
    return _index_families(RULES)


@cache
def _family_regex(template: str) -> re.Pattern[str]:
    """A family, compiled the first time a text holds all the words it needs."""
    return re.compile(compile_family(template), re.IGNORECASE)


_SEEN_WORDS: dict[str, _Families] = {}
_SEEN_WORDS_MAX = 4096


def _family_candidates(word: str) -> _Families:
    """The families a word can start: by the whole word, or by a stem it starts with."""
    found = _SEEN_WORDS.get(word)
    if found is None:
        families, family_stems = _families()
        found = families.get(word, ())
        for stem, keyed in family_stems:
            if word.startswith(stem):
                found = (*found, *keyed)
        if len(_SEEN_WORDS) >= _SEEN_WORDS_MAX:
            _SEEN_WORDS.clear()
        _SEEN_WORDS[word] = found
    return found


def _possible(families: _Families, lower: str, active: frozenset[str]) -> _Candidates:
    """The families of active rules whose every needed word the text holds, compiled: most of
    the thousands of families never reach the regex compiler, which keeps a first check fast."""
    return tuple(
        (rule_id, _family_regex(template))
        for rule_id, template, needed in families
        if rule_id in active and all(any(b in lower for b in group) for group in needed)
    )


def _longest_families(candidates: _Candidates, view: str, start: int) -> dict[str, int]:
    """Where each rule's longest family match at ``start`` ends ("Another fortnight? Right."
    rather than "Another fortnight?")."""
    ends: dict[str, int] = {}
    for rule_id, pattern in candidates:
        found = pattern.match(view, start)
        if found is not None and found.end() > start and found.end() > ends.get(rule_id, -1):
            ends[rule_id] = found.end()
    return ends


_ACTIVE: dict[tuple[str | None, str], frozenset[str]] = {}


def _active(stage: str | None, channel: str) -> frozenset[str]:
    """The ids of the rules that apply to a stage and channel."""
    key = (stage, channel)
    if key not in _ACTIVE:
        _ACTIVE[key] = frozenset(rule.id for rule in RULES if _applies(rule, stage, channel))
    return _ACTIVE[key]


def _phrase_hits(text: str, active: frozenset[str]) -> dict[str, list[Span]]:
    """The phrase and family matches of the ``active`` rules, and their patterns' where they
    have ``openers``.

    All found in one pass over the words of ``text``.
    """
    hits: dict[str, list[Span]] = {}
    tokens = list(_TOKEN.finditer(text))
    view = _filler_view(text)
    lower = text.lower()
    possible: dict[str, _Candidates] = {}
    for index, token in enumerate(tokens):
        word = token.group().lower()
        start = token.start()
        if word not in possible:
            possible[word] = _possible(_family_candidates(word), lower, active)
        for rule_id, end in _longest_families(possible[word], view, start).items():
            hits.setdefault(rule_id, []).append((start, end))
        by_second = _phrases().get(word)
        if not by_second:
            continue
        following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        for key in ("", following) if following else ("",):
            for rule_id, pattern in by_second.get(key, ()):
                if rule_id not in active:
                    continue
                found = pattern.match(text, start)
                if found and found.end() > found.start():
                    hits.setdefault(rule_id, []).append((start, found.end()))
    return hits


def _applies(rule: Rule, stage: str | None, channel: str) -> bool:
    if rule.channels is not None and channel not in rule.channels:
        return False
    if stage is None:
        return rule.without_stage
    return rule.stages is None or stage in rule.stages


def _finding(rule: Rule, spans: Sequence[Span] = (), **values: object) -> Finding:
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        message=rule.message.format(**values),
        spans=tuple(spans),
        section=rule.section,
    )


def _quoted(text: str, spans: Sequence[Span]) -> str:
    distinct: list[str] = []
    for start, end in spans:
        word = " ".join(text[start:end].split())
        if word not in distinct:
            distinct.append(word)
    shown = ", ".join(f"“{word}”" for word in distinct[:_MAX_QUOTED])
    more = len(distinct) - _MAX_QUOTED
    return f"({shown} and {more} more)" if more > 0 else f"({shown})"


def _match(rule: Rule, context: _Context) -> Finding | None:
    if rule.unless_text and _unless(rule.unless_text).search(context.text):
        return None
    spans = context.spans(rule)
    if not spans:
        return None
    return _finding(rule, spans, found=_quoted(context.text, spans), count=len(spans))


_RULE_BY_ID = MappingProxyType({rule.id: rule for rule in RULES})


def _marked(text: str, finding: Finding) -> Finding:
    """A tone finding marks what the reader rewrites: its clause (see :func:`_clause`), with
    its marks separated by nothing but spaces joined into one."""
    rule = _RULE_BY_ID[finding.rule]
    if not finding.spans:
        return finding
    if not (rule.reader_tone or rule.marks_words):
        return replace(finding, spans=tuple(_owning(text, *span) for span in finding.spans))
    if not rule.reader_tone:
        marks = [_owning(text, _articled(text, start), end) for start, end in finding.spans]
    elif rule.marks_words:
        marks = _merged([_short_stretch(text, *span) for span in finding.spans])
    else:
        marks = _merged([_clause(text, *span, longest=CLAUSE_MAX_WORDS) for span in finding.spans])
    between = _BETWEEN_WORDS if rule.marks_words else _BETWEEN_CLAUSES
    joined = _joined(text, marks, between, phrases=rule.marks_words)
    if rule.reader_tone and not rule.marks_words:
        joined = [
            (start, _sentence_stop(text, _consequence(text, start, _conceded(text, start, end))))
            for start, end in joined
        ]
    return replace(finding, spans=tuple(joined))


# What a subject line's words start after ("Subject: Re: "), and what ends a greeting's line
# after its words ("Hi all,", "To whom it may concern:").
_SUBJECT_PREFIX = re.compile(r"[ \t]*(?i:subject)[ \t]*:[ \t]*(?:(?i:re|fwd?|fw)[ \t]*:[ \t]*)*\Z")
_LINE_TAIL = re.compile(r"[ \t]*[,:][ \t]*(?=\n|\Z)")


def _line_whole(text: str, finding: Finding) -> Finding:
    """A mark that starts a subject line's words takes its "Subject:" ("*Subject: Following up
    again*"), and one that runs from a line's start to the comma or colon that ends it takes
    that comma ("*To whom it may concern,*"): the reader rewrites the line, greeting or
    subject, as it stands."""
    spans = []
    for start, end in finding.spans:
        line = text.rfind("\n", 0, start) + 1
        if start > line and _SUBJECT_PREFIX.match(text, line, start):
            start = line + len(text[line:start]) - len(text[line:start].lstrip())
        elif not text[line:start].strip() and (tail := _LINE_TAIL.match(text, end)):
            end = tail.end()
            while text[end - 1] in " \t":
                end -= 1
        spans.append((start, end))
    return finding if tuple(spans) == finding.spans else replace(finding, spans=tuple(spans))


# A condition and what the writer will do if it is met are one threat: "*Unless I hear from
# you by Monday, I will take it that the post is filled.*"
_CONDITION = re.compile(r"(?i:if|unless|should|failing|absent|without|otherwise)(?!\w)")
_THEN_I = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:then)[ \t]+)?(?:I|we)(?:['’]ll|['’]d|[ \t]+(?:will|shall|would|must"
    r"|may|might|am[ \t]+going[ \t]+to|have[ \t]+to))(?!\w)"
)


def _consequence(text: str, start: int, end: int) -> int:
    """Where a conditional clause's mark ends once the writer's "I will ..." after it joins it."""
    if _CONDITION.match(text, start) and (then := _THEN_I.match(text, end)):
        return _clause(text, then.end(), then.end(), longest=CLAUSE_MAX_WORDS)[1]
    return end


# A clause that concedes before it presses ("I know you said Friday, *but* ..."): the "but"
# is part of the fault.
_CONCEDING = re.compile(
    r"(?i:I[ \t]+know|I[ \t]+realis|I[ \t]+realiz|I[ \t]+understand|I['’]m[ \t]+aware"
    r"|I[ \t]+am[ \t]+aware|I[ \t]+appreciate|I[ \t]+get[ \t]+that|I[ \t]+know[ \t]+that"
    r"|although|though|while|even[ \t]+though)\b"
)
_BUT_AFTER = re.compile(r"(?i:[ \t]*,?[ \t]*(?:but|yet|however)(?!\w))")


def _conceded(text: str, start: int, end: int) -> int:
    """Where a conceding clause's mark ends once the "but" after it joins it."""
    if _CONCEDING.match(text, start):
        found = _BUT_AFTER.match(text, end)
        if found:
            return found.end()
    return end


def _owning(text: str, start: int, end: int) -> Span:
    """A mark with what it owns after it ("XX years' experience", "the undersigned's
    candidacy") or the rest of its web name ("Booking*.com*")."""
    owner = _OWNED.match(text, end) or _DOMAIN_TAIL.match(text, end)
    if owner is None and _OWNER_AT_END.search(text, max(start, end - 40), end):
        owner = _NEXT_WORD.match(text, end)  # "thx for Monday's *interview*"
    return (start, owner.end() if owner else end)


def _sentence_stop(text: str, end: int) -> int:
    """A clause mark that ends its sentence takes the full stop (or the colon of "URGENT:"):
    the sentence is what goes."""
    after = text[end + 1 : end + 2]
    if text[end : end + 1] in (".", ":") and (not after or after.isspace() or after in "\"'”’)"):
        return end + 1
    return end


def _wordy(text: str, end: int, start: int) -> bool:
    """Whether two marks may join: over a short word only when both are words ("profoundest
    gratitude for the esteemed"), not emoji ("👋 and 👍" stay two)."""
    if not text[end:start].strip():
        return True
    return text[end - 1].isalnum() and (text[start].isalnum() or text[start] in "$€£¥₹")


def _short_stretch(text: str, start: int, end: int) -> Span:
    """A word-choice finding marks a short sentence ("Awesome, thanks so much!") or a short
    clause ("hey jen") it stands in whole, and otherwise its own words."""
    sentence = _clause(text, start, end, longest=SHORT_CLAUSE_WORDS, ends=_SENTENCE_END)
    if sentence != (start, end):
        return sentence
    start, end = _clause(text, start, end, longest=SHORT_CLAUSE_WORDS)
    return (_subjected(text, _articled(text, start)), _owning(text, start, _object(text, end))[1])


def _articled(text: str, start: int) -> int:
    """Where a word-choice mark starts once the article before it joins it."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    return article.start() if article else start


# A word-choice mark that starts on its verb takes the "it" or "that" it says it of: "*it was
# honestly super fun*", "*that sounds* epic".
_COPULA = re.compile(
    r"(?i:was|is|were|are|felt|feels|seemed|seems|sounded|sounds|looked|looks)(?![\w'’-])"
)
# ... or the thing it says them of, with its article, when it starts the clause: "and *the van
# tour was* well good 👍", not "the tour of *the kitchen was*".
_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:it|that|this|which|everything)|(?:(?<=\A)|(?<=\n)|(?<=[.!?,;:] )"
    r"|(?<=[.!?,;:]  )|(?<=\band )|(?<=\bbut )|(?<=\bAnd )|(?<=\bBut ))(?i:the|your|our|this"
    r"|that)(?:[ \t]+[^\W\d_][\w'’-]*){1,3})[ \t]+\Z"
)


def _subjected(text: str, start: int) -> int:
    """Where a word-choice mark that starts on its verb starts once its subject joins it."""
    if not _COPULA.match(text, start):
        return start
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 48), start)
    return subject.start() if subject else start


# A phrase does not stop at its preposition: "in anticipation of *your favourable
# determination*" is one formula, and the reader rewrites it whole.
_HANGING = re.compile(r"(?<![\w'’])(?i:of|for|to|with|at|on|in|from|about|your|the|an?)\Z")


def _object(text: str, end: int) -> int:
    """Where a word-choice mark that ends on a preposition or article ends once the short
    rest of its clause (what that word governs) joins it."""
    if not _HANGING.search(text, max(0, end - 6), end):
        return end
    _, finish = _clause(text, end, end, longest=CLAUSE_MAX_WORDS)
    return finish if 0 < count_words(text[end:finish]) <= SHORT_CLAUSE_WORDS else end


# An article before a word-choice mark and what it owns after it join it: "*an* offer from
# Acme", "the undersigned*'s candidacy*".
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:an?|the)[ \t]+\Z")
_OWNED = re.compile(r"(?:['’]s|(?<=s)['’])[ \t]+[^\W\d_]+")
# A mark that ends on a name's possessive ("Monday's", "Acme's"), not on "it's" or "that's".
_OWNER_AT_END = re.compile(
    r"(?<![\w'’])(?!(?:It|That|What|Let|He|She|There|Here|Who|Where)['’])[A-Z][\w-]*['’]s\Z"
)
_DOMAIN_TAIL = re.compile(
    r"(?<=\w)\.(?:com|org|net|io|co|ai|dev|app|uk|de|fr|in|au|ca|nz|za|ng|ke|sg|ie)"
    r"(?:\.[a-z]{2})?(?!\w|\.\w)"
)


# Between two marks of one word-choice finding: spaces, or one word ("profoundest gratitude
# *for* the esteemed privilege", "Acme *at* $128,000", "gr8 *chatting* w/ u").
_BETWEEN_WORDS = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+)?")
# Between two phrases (not single words) of one word-choice finding: up to two short words and
# commas ("I would be obliged *if you* would revert", "I remain*, Madam,* yours faithfully").
_BETWEEN_PHRASES = re.compile(r"[ \t]*,?[ \t]*(?:[^\W\d_]{1,6}[ \t]*,?[ \t]*){0,2}")
_BETWEEN_CLAUSES = re.compile(
    r"[ \t]*[,;:]?[ \t]*(?:(?i:though|however|then|too|honestly|frankly|really|and|but|so)"
    r"[ \t]*[,;:]?[ \t]*)?"
)


def _phrase(text: str, start: int, end: int) -> bool:
    """Whether a mark is a phrase of words rather than one word."""
    return " " in text[start:end].strip()


def _joined(
    text: str, spans: Sequence[Span], between: re.Pattern[str], *, phrases: bool
) -> list[Span]:
    """Marks of one finding joined where only ``between`` separates them: "Kindly revert at
    your earliest convenience" is one stiff phrase, and "I'm terribly sorry, I feel awful
    about this" one apology, not two. With ``phrases``, two marks of several words each also
    join across two short words ("I would be obliged if you would revert")."""
    kept: list[Span] = []
    for start, end in spans:
        if (
            kept
            and _wordy(text, kept[-1][1], start)
            and (
                between.fullmatch(text, kept[-1][1], start)
                or (
                    phrases
                    and _phrase(text, *kept[-1])
                    and _phrase(text, start, end)
                    and _BETWEEN_PHRASES.fullmatch(text, kept[-1][1], start)
                )
            )
        ):
            kept[-1] = (kept[-1][0], end)
        else:
            kept.append((start, end))
    return kept


# Where a clause ends: a sentence's end, a line break, a semicolon, colon, dash, bracket or comma.
_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bSt)[.…](?=\s|$)|[!?;\n—–]|(?<!\d):|:(?!\d)|,(?=\s)|\s-\s"
    # A bracket ends a clause, except one glued into a word: "401(k)", "reason(s)".
    r"|(?<!\w)\(|\((?!\w{1,4}\))|(?<!\(\w)(?<!\(\w\w)(?<!\(\w\w\w)(?<!\(\w\w\w\w)\)"
)
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bSt)[.…](?=\s|$)|[!?\n]"
)
_CLAUSE_MARKS = re.compile(r"[ \t]*[!?！？]*")
# A plea or a tag question tacked on after a comma: "speed things up, kindly?", "Fourth time's
# the charm, right?".
_CLOSING_PLEA = re.compile(
    r",[ \t]*(?:(?i:kindly|please|pls|plz)(?=[ \t]*(?:[.!?！？]|$))"
    r"|(?i:right|yeah|yes|no|eh|huh|surely|innit|correct|true)(?=[ \t]*[?？]))[ \t]*[!?！？]*",
    re.MULTILINE,
)


def _clause_start(text: str, start: int, ends: re.Pattern[str]) -> int:
    """Where the clause holding ``start`` begins: the last end before it, looked for close by
    first (most clauses are short), then as far back as a clause may reach."""
    for reach in (80, _SHELTER_MAX):
        window = max(0, start - reach)
        before = [found.end() for found in ends.finditer(text, window, start)]
        if before:
            return before[-1]
        if window == 0:
            return 0
    return window


def _clause(
    text: str, start: int, end: int, *, longest: int, ends: re.Pattern[str] | None = None
) -> Span:
    """The clause around a tone finding: the reader rewrites a clause, not a word, so the mark
    takes it whole when it has at most ``longest`` words (past that, the words alone).
    ``ends`` says where a stretch ends (a clause's ends by default; a sentence's)."""
    ends = ends or _CLAUSE_END
    begin = _carried(text, _clause_start(text, start, ends))
    if end > start and (
        text[end - 1] in "!?！？"
        or (text[end - 1] == "." and text[end : end + 1] in ("", " ", "\n"))
    ):
        finish = end  # the finding already ends the clause, or its sentence, with its own marks
    else:
        # Looked for within reach: a long text without punctuation must not be scanned to its
        # end once per finding.
        after = ends.search(text, end, end + _SHELTER_MAX)
        finish = after.start() if after is not None else min(len(text), end + _SHELTER_MAX)
        found = _CLAUSE_MARKS.match(text, finish)
        finish = found.end() if found else finish
        # A plea or a tag question tacked on after a comma ends the same clause: "speed things
        # up, kindly?", "Fourth time's the charm, right?".
        plea = _CLOSING_PLEA.match(text, finish)
        finish = plea.end() if plea else finish
    while begin < start and text[begin] in " \t\"'“‘":
        begin += 1
    while finish > end and text[finish - 1] in " \t":
        finish -= 1
    if finish < end or count_words(text[begin:finish]) > longest:
        return (start, end)
    return (begin, finish)


def _carried(text: str, begin: int) -> int:
    """A clause's start once a comma-parted run of words that only carry it joins it ("I'd
    really, *truly appreciate ...*"), when that run is all there is since the last end."""
    lead = _lead_fillers(text, begin)
    if lead < begin and _AFTER_AN_END.search(text, max(0, lead - 40), lead):
        return lead
    return begin


# What may stand before such a run: the start, an end of a clause, and perhaps a conjunction.
_AFTER_AN_END = re.compile(r"(?:\A|[.!?…;:\n—–(,])[ \t]*(?:(?i:and|but|so|or|yet)[ \t]+)?\Z")


@cache
def _unless(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _absent(rule: Rule, context: _Context) -> Finding | None:
    if context.phrase_hits.get(rule.id):
        return None
    pattern = context.pattern(rule)
    if pattern is not None and pattern.search(context.text):
        return None
    return _finding(rule)


def _shouting(rule: Rule, context: _Context) -> Finding | None:
    text = context.text
    # Capitals in a file name are its name: "Okafor-CV-FINAL.pdf".
    files = [found.span() for found in _FILE_NAME.finditer(text)]
    # The mark takes the writer as subject and the words that carry the capitals, as a reader
    # quotes them: "*I am SO EXCITED*", "*I'm just SO HAPPY*".
    spans = [
        (_lead_fillers(text, run[0].start()), run[-1].end())
        for run in _capital_runs(text)
        if _loud(rule, run)
        and not _NAME_GOES_ON.match(text, run[-1].end())
        and not (len(run) == 1 and _LABEL_GOES_ON.match(text, run[-1].end()))
        and not all(word.group() in context.acronyms for word in run)
        and not any(a <= run[0].start() and run[-1].end() <= b for a, b in files)
    ]
    if not spans:
        return None
    return _finding(rule, spans, found=_quoted(text, spans), count=len(spans))


# Capitals that a capitalised word goes on from are the start of a name ("the NEED
# Foundation", "URGENT Care Partners"), not shouting.
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
# ... and so are capitals joined by a hyphen into a label ("URGENT-category cases").
_LABEL_GOES_ON = re.compile(_LABEL_TAIL)


def _capital_runs(text: str) -> list[list[re.Match[str]]]:
    """Words in capitals, grouped into runs that only spaces or light punctuation separate."""
    runs: list[list[re.Match[str]]] = []
    for word in _LETTER_WORD.finditer(text):
        if not word.group().isupper():
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _RUN_GAP.fullmatch(text, last.end(), word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _loud(rule: Rule, run: Sequence[re.Match[str]]) -> bool:
    """Whether a run of capitals is shouting (see :mod:`followup_core.rules`)."""
    words = [
        word.group().upper()
        for word in run
        if word.group().upper() not in rule.ignore and word.group().upper().strip("X")
    ]
    if any(word in rule.loud for word in words):
        return True
    if sum(word in rule.common for word in words) >= 2:
        return True
    long_words = [word for word in words if len(word) >= 2]
    letters = sum(len(word) for word in long_words)
    return len(long_words) >= SHOUTING_RUN_WORDS and letters >= SHOUTING_RUN_LETTERS


def _lowercase(rule: Rule, context: _Context) -> Finding | None:
    starts = [m.span(1) for m in _SENTENCE_START.finditer(context.text)]
    small = [(a, b) for a, b in starts if context.text[a].islower()]
    if len(small) < LOWERCASE_MIN_STARTS or 2 * len(small) <= len(starts):
        return None
    return _finding(rule, small, found=_quoted(context.text, small), count=len(small))


def _exclamations(rule: Rule, context: _Context) -> Finding | None:
    runs = [m.span() for m in _EXCLAMATIONS.finditer(context.text)]
    count = sum(end - start for start, end in runs)
    if count < 2:
        return None
    runs = [(_lead_words(context.text, start, rule.lead_words), end) for start, end in runs]
    return _finding(rule, runs, count=count)


def _self_focus(rule: Rule, context: _Context) -> Finding | None:
    self_count = len(_SELF.findall(context.text))
    other_count = len(_OTHER.findall(context.text))
    if self_count < SELF_FOCUS_MIN or self_count <= SELF_FOCUS_RATIO * other_count:
        return None
    return _finding(rule, self_count=self_count, other_count=other_count)


def _max_words(rule: Rule, context: _Context) -> Finding | None:
    limit = rule.words.get(context.channel)
    words = context.words
    if limit is None or words <= limit:
        return None
    return _finding(rule, words=words, limit=limit)


def _min_words(rule: Rule, context: _Context) -> Finding | None:
    limit = rule.words.get(context.channel)
    words = context.words
    if limit is None or words >= limit:
        return None
    return _finding(rule, words=words, limit=limit)


def _channel_limit(rule: Rule, context: _Context) -> Finding | None:
    chars = len(context.text)
    if context.limit is None or chars <= context.limit:
        return None
    return _finding(rule, [(context.limit, chars)], chars=chars, limit=context.limit)


_CAPITAL_WORD = re.compile(rf"(?<![\w'’]){LATIN_CAPITAL}[\w&-]*")


def _other_employer(rule: Rule, context: _Context) -> Finding | None:
    """An employer named once, where the writer sees their future, while the subject line or
    "the role at ..." names another: a name left over from an earlier application. The rule's
    ``unless_text`` finds the names the message is written to (it is not a veto here)."""
    text = context.text
    pattern = _patterns()[rule.id]
    futures = list(pattern.finditer(text)) if pattern is not None else []
    if not futures:
        return None
    named: set[str] = set()
    for found in _unless(rule.unless_text).finditer(text):
        if found.group("subject") is not None:
            named.update(word.lower() for word in _CAPITAL_WORD.findall(found.group("subject")))
        elif not any(f.start() < found.end() and found.start() < f.end() for f in futures):
            named.add(found.group("named").lower())
    spans = []
    for found in futures if named else ():
        key = _CAPITAL_WORD.findall(found.group("name"))[0].lower()
        if key in named or len(re.findall(rf"(?<!\w){re.escape(key)}", context.lower)) > 1:
            continue
        spans.append(found.span())
    if not spans:
        return None
    return _finding(rule, spans, found=_quoted(text, spans), count=len(spans))


_EVALUATORS: Mapping[str, Callable[[Rule, _Context], Finding | None]] = MappingProxyType(
    {
        "other_employer": _other_employer,
        "match": _match,
        "absent": _absent,
        "shouting": _shouting,
        "lowercase": _lowercase,
        "exclamations": _exclamations,
        "self_focus": _self_focus,
        "max_words": _max_words,
        "min_words": _min_words,
        "channel_limit": _channel_limit,
    }
)


def _marked_once(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings with each stretch of text marked once: a span that an earlier finding
    already marks is left out of a later one, and a finding left with no span is dropped.
    (Two rules may read the same words, such as "any update?!" in a thank-you.)"""
    claimed: set[Span] = set()
    kept: dict[int, Finding] = {}
    # Marks that reach back over the words before them ("ASAP !"), and a sentence's first word
    # marked for its small letter ("hey", "gr8"), claim their spans last, so the rule that reads
    # those words keeps them.
    for index, finding in sorted(
        enumerate(findings), key=lambda pair: (pair[1].rule in _CLAIMING_LAST, pair[0])
    ):
        spans = tuple(span for span in finding.spans if span not in claimed)
        if finding.spans and not spans:
            continue
        claimed.update(spans)
        kept[index] = finding if spans == finding.spans else replace(finding, spans=spans)
    return tuple(kept[index] for index in sorted(kept))


_REACHING_BACK = frozenset(rule.id for rule in RULES if rule.lead_words)
_CLAIMING_LAST = _REACHING_BACK | {"lowercase"}


# Rules about the register of words (slang, stiffness, "!!!", capitals): one stretch of words
# has one register, so their marks that overlap or touch are shown as one.
_REGISTER = frozenset(rule.id for rule in RULES if rule.section == "avoid/#tone")


def _touching(text: str, end: int, start: int) -> bool:
    """Whether a mark starting at ``start`` continues one ending at ``end``: nothing but spaces
    between, and not a new sentence ("Thanks! Great!" are two; "at all!! 😊" is one)."""
    if text[end:start].strip(" \t"):
        return False
    return not (text[end - 1 : end] in ".!?…" and text[start : start + 1].isalnum())


def _one_register_mark(text: str, findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings with register marks that overlap or touch (nothing but spaces between)
    joined into one stretch ("Gutted to be honest" and "😞"; "😄" inside "was proper class
    😄"), kept by the finding with the longest of them; a finding left with no mark is
    dropped. The reader rewrites the stretch once, in one register."""
    marks = sorted(
        (start, end, index)
        for index, finding in enumerate(findings)
        if finding.rule in _REGISTER
        for start, end in finding.spans
    )
    groups: list[list[tuple[int, int, int]]] = []
    for mark in marks:
        if groups:
            reach = max(end for _, end, _ in groups[-1])
            if mark[0] <= reach or _touching(text, reach, mark[0]):
                groups[-1].append(mark)
                continue
        groups.append([mark])
    spans: dict[int, list[Span]] = {}
    for group in groups:
        start, end = group[0][0], max(end for _, end, _ in group)
        owner = min(group, key=lambda mark: (mark[0] - mark[1], mark[2]))[2]
        spans.setdefault(owner, []).append((start, end))
    kept: list[Finding] = []
    for index, finding in enumerate(findings):
        if finding.rule not in _REGISTER or not finding.spans:
            kept.append(finding)
        elif index in spans:
            joined = tuple(spans[index])
            kept.append(finding if joined == finding.spans else replace(finding, spans=joined))
    return tuple(kept)


def _order(finding: Finding) -> tuple[int, int, str]:
    position = finding.spans[0][0] if finding.spans else -1
    return (_RANK[finding.severity], position, finding.rule)
