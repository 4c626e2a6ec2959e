"""What the draft checker looks for, as data: adding a rule is adding one entry to ``RULES``.

Each :class:`Rule` names a *kind* (how it is evaluated, see :mod:`followup_core.checks`),
a severity, the guide section that explains it, a message, and the words or
patterns it needs. Phrases are plain text starting with a letter: the
checker matches them case-insensitively, on word boundaries, with any run of
spaces between words and either a straight or a curly apostrophe. Patterns are
regular expressions; one that starts with a literal character lets the regex
engine skip ahead quickly, which keeps a 20,000-character check fast.

Choices worth knowing:

* ``missing_detail`` runs only for the thank-you and the LinkedIn note (the two
  messages whose job is to recall the conversation) and never on pasted text
  without a stage, where the checker cannot know what the message is for.
* ``missing_close`` runs for every stage except ``reply_rejection``: a gracious
  reply to a "no" should not press for more conversation.
* ``missing_thanks`` runs everywhere, including pasted text: every follow-up
  the guide describes thanks the reader.
* ``self_focus`` has no spans: highlighting every "I" would bury the text; the
  message gives the counts instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Severity = Literal["error", "warning", "tip"]
Kind = Literal[
    "match",  # every match of the phrases/patterns is flagged
    "absent",  # flagged when none of the phrases/patterns occurs
    "shouting",  # all-caps words of four or more letters, minus ``ignore``
    "exclamations",  # more than one "!" in total, or "!!" anywhere
    "self_focus",  # I/me/my against you/your/team
    "max_words",  # more words than ``words[channel]``
    "min_words",  # fewer words than ``words[channel]``
    "channel_limit",  # more characters than the channel accepts
]

#: Severities in the order findings are listed.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "tip")

#: ``self_focus`` warns when the text says I/me/my at least this often ...
SELF_FOCUS_MIN = 8
#: ... and more than this many times as often as you/your/the team.
SELF_FOCUS_RATIO = 2.5

ALL_STAGES_BUT_REJECTION = frozenset(
    {"thank_you", "check_in", "final_follow_up", "reply_positive", "linkedin_note"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One thing the checker looks for.

    Attributes:
        id: Stable name shown to readers and used by tests.
        kind: How the rule is evaluated (see :data:`Kind`).
        severity: ``error`` (must fix), ``warning`` (should fix) or ``tip``.
        section: The guide's page and anchor that explains the advice.
        message: A sentence; may use ``{found}``, ``{count}``, ``{words}``,
            ``{limit}``, ``{chars}``, ``{self_count}``, ``{other_count}``.
        phrases: Plain phrases (see the module docstring for how they match).
        patterns: Regular expressions, used as written (use ``(?i:...)`` for case).
        ignore: Matches to skip, compared in upper case (``shouting``).
        words: Word-count thresholds per channel (``max_words``/``min_words``).
        stages: Stages the rule applies to; ``None`` for all.
        without_stage: Whether it applies to text checked without a stage.
    """

    id: str
    kind: Kind
    severity: Severity
    section: str
    message: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    ignore: frozenset[str] = frozenset()
    words: Mapping[str, int] = field(default_factory=dict)
    stages: frozenset[str] | None = None
    without_stage: bool = True


# Common acronyms that are written in capitals and are not shouting.
ACRONYMS = frozenset(
    """
    AJAX ASAP ASCII CCNA CISSP COBOL CUDA DICOM EMEA FAANG FIFA FIXME GAAP GDPR GMAT HIPAA
    HTML HTTP HTTPS IEEE IELTS IFRS IMAP JPEG JSON JIRA LINQ MATLAB MBTI MERN MIME NASA NASDAQ
    NATO NIST NOAA OAUTH OSHA PCIE PMBOK REST SMTP SOAP SPSS TODO TOEFL UCLA UEFA UNESCO
    UNICEF UNIX USAID USPS WCAG XHTML YAML
    """.upper().split()
)

# Pictographic code points that read as emoji in a message (Unicode "So" ranges
# for symbols, dingbats and the supplementary pictographs).
_PICTO = (
    "\u231a\u231b\u2328\u23cf\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0"
    "\u25fb-\u25fe\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55"
    "\u3030\u303d\u3297\u3299\U0001f000-\U0001f0ff\U0001f10d-\U0001f1e5"
    "\U0001f200-\U0001faff"
)
# One emoji as a reader sees it: a flag (two regional indicators), a keycap, or a
# pictograph with its presentation selector, skin tone and tags, joined by ZWJ.
_EMOJI_ONE = (
    "(?:[\U0001f1e6-\U0001f1ff]{1,2}"
    "|[0-9#*]\ufe0f?\u20e3"
    f"|[{_PICTO}][\ufe0e\ufe0f]?[\U0001f3fb-\U0001f3ff]?[\U000e0020-\U000e007f]*)"
)
EMOJI_PATTERN = f"{_EMOJI_ONE}(?:\u200d{_EMOJI_ONE})*\ufe0f?"

# HTML element names that look like ``<placeholder>`` but are markup.
_HTML_TAGS = (
    "a|abbr|b|blockquote|body|br|button|code|div|em|footer|form|h[1-6]|head|header|hr|html|i"
    "|iframe|img|input|label|li|link|main|meta|nav|ol|option|p|pre|s|script|section|select"
    "|small|span|strong|style|sub|sup|svg|table|td|textarea|th|title|tr|u|ul"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="placeholder",
        kind="match",
        severity="error",
        section="avoid/#placeholders",
        message="Leftover placeholder {found}: fill it in before sending.",
        patterns=(
            r"\[[^\[\]\n]{1,80}\]",
            r"\{\{?[^{}\n]{0,80}\}\}?",
            rf"<(?=[A-Za-z])(?!(?i:{_HTML_TAGS})\s*>)[A-Za-z][A-Za-z _'’.-]{{0,40}}>",
            # XXX; the look-behind comes after the first letter so the engine can skip ahead.
            r"[Xx](?<!\w[Xx])[Xx]{2,}(?!\w)",
            r"%[A-Z][A-Z_]{1,40}%",
        ),
        phrases=("lorem ipsum", "TODO", "FIXME"),
    ),
    Rule(
        id="channel_limit",
        kind="channel_limit",
        severity="error",
        section="channels/#linkedin",
        message=(
            "At {chars:,} characters this is over the {limit:,}-character limit for this "
            "channel; the highlighted part would be cut off."
        ),
    ),
    Rule(
        id="pushy",
        kind="match",
        severity="warning",
        section="avoid/#pushy",
        message=(
            "Pushy or desperate wording {found}: thank them and restate your interest instead "
            "of pressing for a reply."
        ),
        phrases=(
            "I really need this job",
            "I need this job",
            "need this job",
            "desperate",
            "desperately",
            "ASAP",
            "as soon as possible",
            "just checking in",
            "just following up",
            "following up again",
            "I haven't heard back",
            "I have not heard back",
            "haven't heard back",
            "have not heard back",
            "still haven't heard",
            "haven't heard from you",
            "please respond",
            "please reply",
            "please get back to me",
            "waiting for your reply",
            "waiting for your response",
            "waiting for a response",
            "still waiting",
            "why haven't you",
            "why have you not",
            "why didn't you",
            "I expect a response",
            "I expect to hear",
            "respond immediately",
            "urgent",
            "urgently",
            "I'm begging",
            "begging you",
            "as I said before",
            "as per my last email",
            "I'd do anything",
            "I will do anything",
            "final reminder",
        ),
        patterns=(r"[Aa](?<!\w[Aa])(?i:ny\s+updates?)\s*(?:\?\s*!|!\s*\?|\?{2,}|!{2,})[?!]*",),
    ),
    Rule(
        id="exclamations",
        kind="exclamations",
        severity="warning",
        section="avoid/#tone",
        message=(
            "There are {count} exclamation marks: one at most keeps the tone warm without "
            "sounding over-eager."
        ),
    ),
    Rule(
        id="shouting",
        kind="shouting",
        severity="warning",
        section="avoid/#tone",
        message="Words in capitals {found} read as shouting; write them in normal case.",
        ignore=ACRONYMS,
    ),
    Rule(
        id="self_focus",
        kind="self_focus",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "The text says I, me or my {self_count} times and you, your or the team only "
            "{other_count} times: turn a sentence or two toward what you can do for them."
        ),
    ),
    Rule(
        id="too_casual",
        kind="match",
        severity="warning",
        section="avoid/#tone",
        message="Too casual for a follow-up {found}: keep it friendly yet polished.",
        phrases=(
            "hey",
            "hiya",
            "gonna",
            "wanna",
            "gotta",
            "kinda",
            "sorta",
            "lol",
            "lmao",
            "omg",
            "thx",
            "thanx",
            "pls",
            "plz",
            "btw",
            "ttyl",
            "cya",
            "haha",
            "hahaha",
        ),
        patterns=(
            r"[Uu](?<![\w.'’-][Uu])[Rr]?(?![\w'’-]|\.\w)",
            EMOJI_PATTERN,
        ),
    ),
    Rule(
        id="too_formal",
        kind="match",
        severity="warning",
        section="avoid/#tone",
        message="Stiff, old-fashioned wording {found}: write as you spoke in the interview.",
        phrases=(
            "To whom it may concern",
            "Dear Sir or Madam",
            "Dear Sir/Madam",
            "Dear Sirs",
            "esteemed",
            "herewith",
            "hereby",
            "pursuant to",
            "I remain, yours faithfully",
            "yours faithfully",
            "the undersigned",
            "aforementioned",
            "heretofore",
            "enclosed please find",
            "kindly revert",
        ),
    ),
    Rule(
        id="too_long",
        kind="max_words",
        severity="warning",
        section="crafting/#concise",
        message="At {words} words this is long; aim for under {limit} so it is read in full.",
        words=MappingProxyType({"email": 200, "linkedin_message": 150}),
    ),
    Rule(
        id="too_short",
        kind="min_words",
        severity="tip",
        section="crafting/#concise",
        message=(
            "At {words} words this may feel abrupt; an email has room for thanks, a specific "
            "detail and your fit."
        ),
        words=MappingProxyType({"email": 40}),
    ),
    Rule(
        id="missing_thanks",
        kind="absent",
        severity="warning",
        section="crafting/#thanks",
        message="There is no thank-you: open by thanking them for their time.",
        phrases=(
            "thank",
            "thanks",
            "thanked",
            "thankful",
            "thanking",
            "grateful",
            "gratitude",
            "appreciate",
            "appreciated",
            "appreciating",
            "appreciation",
            "appreciative",
        ),
    ),
    Rule(
        id="missing_detail",
        kind="absent",
        severity="tip",
        section="crafting/#thanks",
        message=(
            "Nothing recalls the conversation itself: mention something specific you "
            "discussed so the note is clearly yours."
        ),
        phrases=(
            "discuss",
            "discussed",
            "discussing",
            "discussion",
            "talk",
            "talked",
            "talking",
            "conversation",
            "chat",
            "chatting",
            "mention",
            "mentioned",
            "learn",
            "learned",
            "learnt",
            "learning",
            "hearing",
            "to hear",
            "heard about",
            "you shared",
            "you described",
            "you explained",
            "you showed",
            "you said",
            "told me",
            "walked me through",
            "your thoughts",
            "your perspective",
            "your view",
        ),
        stages=frozenset({"thank_you", "linkedin_note"}),
        without_stage=False,
    ),
    Rule(
        id="missing_close",
        kind="absent",
        severity="tip",
        section="crafting/#close",
        message=(
            "There is no open-ended close: end by inviting questions, for example "
            "“Please let me know if I can share anything else.”"
        ),
        phrases=(
            "let me know",
            "happy to",
            "glad to",
            "feel free",
            "reach out",
            "if you have any",
            "if there is anything",
            "if there's anything",
            "look forward",
            "looking forward",
            "stay in touch",
            "stay connected",
            "keep in touch",
            "would welcome",
            "would love to",
            "hope to hear",
        ),
        patterns=(r"\?",),
        stages=ALL_STAGES_BUT_REJECTION,
    ),
)
