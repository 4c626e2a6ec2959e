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
* ``missing_close`` runs for every stage except ``reply_rejection``,
  ``decline_offer`` and ``withdraw``: a gracious reply to a "no", or a "no" of
  one's own, should not press for more conversation. An open close offers
  something or invites questions ("let me know if", "happy to", "feel free",
  "stay in touch", an easy question such as "Is there any update on timing?").
  A bare "?" or "I look forward to ..." is not one: "When can I expect an
  offer?" asks for a decision, and ``decision_demand`` flags it.
* ``missing_thanks`` runs everywhere, including pasted text: every follow-up
  the guide describes thanks the reader.
* ``self_focus`` has no spans: highlighting every "I" would bury the text; the
  message gives the counts instead.
* ``shouting``: capitals are shouting when they spell ordinary words, not when
  they spell a name. A word in ``loud`` ("PLEASE", "NEED", "AGAIN") is shouting
  on its own; otherwise a run of words in capitals is shouting when two of its
  words are ordinary ones from ``common`` ("LET ME KNOW"), or when it is long
  (four or more words of two letters or more, 16 letters in all). So QGIS,
  KPMG, HVAC, STEM, AWS or "KPMG UK LLP" pass, and "PLEASE REPLY" does not.
* A trigger word that starts a name is not pressure: "Urgent" followed by
  another capitalised word ("Urgent Care Nurse") is a job title or a place.
* ``claims`` flags the adjectives the guide calls claims ("hard worker",
  "passionate", "great fit") wherever they appear, even next to evidence: the
  evidence is what persuades, so the adjective can go.
* ``pay_talk`` runs for every stage except the reply to good news, where an
  offer may be on the table; even there, the guide keeps negotiation for later.
* ``tool_list`` runs for LinkedIn connection notes only: in an email a list of
  skills can be fine, in 200 characters it crowds out the conversation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from .schema import STAGE_IDS

Severity = Literal["error", "warning", "tip"]
Kind = Literal[
    "match",  # every match of the phrases/patterns is flagged
    "absent",  # flagged when none of the phrases/patterns occurs
    "shouting",  # ordinary words in capitals (see the module docstring)
    "lowercase",  # sentences that start with a small letter, when most of them do
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
#: ``lowercase`` speaks when at least this many sentences, and most, start with a small letter.
LOWERCASE_MIN_STARTS = 3
#: ``shouting``: a run of capitals this long is shouting whatever its words.
SHOUTING_RUN_WORDS = 4
SHOUTING_RUN_LETTERS = 16

#: Messages that close a door gracefully need not press for more conversation.
ALL_STAGES_BUT_REJECTION = frozenset(STAGE_IDS) - {"reply_rejection", "decline_offer", "withdraw"}
#: Where an offer may be on the table, pay is a fair subject; everywhere else it is self-focus.
ALL_STAGES_BUT_GOOD_NEWS = frozenset(STAGE_IDS) - {"reply_positive", "accept_offer"}
#: Saying no: a withdrawal or a refusal of an offer.
SAYING_NO = frozenset({"withdraw", "decline_offer"})


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
        openers: The lower-case words every match of ``patterns`` starts with.
            When given, the patterns are tried only where one of these words
            starts, in the same single pass over the words as the phrases.
        hints: Lower-case fragments, one of which the text must contain before
            the patterns are tried: a cheap filter that keeps long texts fast.
        ignore: Matches to skip, compared in upper case (``shouting``).
        loud: Words that are shouting on their own in capitals (``shouting``).
        common: Ordinary words; two in a run of capitals make it shouting.
        words: Word-count thresholds per channel (``max_words``/``min_words``).
        stages: Stages the rule applies to; ``None`` for all.
        channels: Channels the rule applies to; ``None`` for all.
        without_stage: Whether it applies to text checked without a stage.
    """

    id: str
    kind: Kind
    severity: Severity
    section: str
    message: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    openers: frozenset[str] = frozenset()
    hints: tuple[str, ...] = ()
    ignore: frozenset[str] = frozenset()
    loud: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()
    words: Mapping[str, int] = field(default_factory=dict)
    stages: frozenset[str] | None = None
    channels: frozenset[str] | None = None
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

# Words people put in capitals for stress; none is a common acronym.
LOUD_WORDS = frozenset(
    """
    PLEASE NEED NEEDED REALLY VERY AGAIN STILL NOW TODAY SOON IMMEDIATELY URGENT URGENTLY
    IMPORTANT MUST ANYTHING UPDATE REPLY RESPOND RESPONSE ANSWER DECISION WAITING WAIT
    HEAR KNOW WANT LOVE THANK THANKS YOU YOUR MUCH MORE BEST GREAT AMAZING AWESOME EXCITED
    THRILLED HAPPY PERFECT DEFINITELY ABSOLUTELY TOTALLY EXTREMELY TRULY HIGHLY SERIOUSLY
    HONESTLY NEVER ALWAYS EVERY NOT YES HELP JOB HIRE HIRED
    """.upper().split()
)

# Ordinary short words: two of them in one run of capitals make it a shouted phrase.
# Words that double as common acronyms (IT, US, OR, ON, IN, AM, PM, OK, HR, ME) are left out.
COMMON_WORDS = frozenset(
    """
    THE AND TO OF FOR WITH THIS THAT WHAT WHEN WHY HOW WHO LET MY WE OUR IS ARE WAS BE
    BEEN HAVE HAS HAD DO DID DOES DECIDE BACK FROM ABOUT CAN COULD WOULD WILL SHOULD JUST GET
    SEND WRITE CALL EMAIL TIME DAY WEEK WORK TEAM OFFER INTERVIEW POSITION ROLE HIRING NEWS
    YET IF BUT AT BY AN SO ANY ALL NO ME
    """.upper().split()
)

# Times a deadline names: a weekday, a date, "end of day", "tomorrow" ...
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WHEN = (
    r"(?:(?:this|next|the\s+end\s+of(?:\s+the)?|end\s+of(?:\s+the)?|close\s+of)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|day"
    r"|today|tomorrow|tonight|noon|midday|eod|cob|business"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm))(?!\w)"
)
_BY_WHEN = rf"(?:(?:by|before|no\s+later\s+than|until)\s+{_WHEN}|within\s+\d+\s+\w+)"

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
            r"X(?<!\wX)X(?!\w)",
            r"%[A-Z][A-Z_]{1,40}%",
            # A filler word in capitals standing alone: "Best, NAME".
            r"(?<![A-Z][ \t])(?<!\w)(?:FIRST[ \t]NAME|NAME|COMPANY|ROLE|JOB[ \t]TITLE|TITLE"
            r"|DATE|INTERVIEWER)(?!\w)(?![ \t]+[A-Z]{2})",
            r"[Ii](?<!\w[Ii])(?i:nsert\s+(?:[\w'’-]+\s+){0,4}?here)(?!\w)",
        ),
        phrases=("lorem ipsum", "TODO", "FIXME", "TBD", "TBC"),
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
            "I haven't heard anything",
            "I have not heard anything",
            "haven't heard anything",
            "have not heard anything",
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
            "I'm begging",
            "begging you",
            "I beg you",
            "as I said before",
            "I'd do anything",
            "I will do anything",
            "final reminder",
            "any update at all",
            "would mean so much",
            "would mean the world",
            "anxiously awaiting",
        ),
        patterns=(
            r"[Aa](?<!\w[Aa])(?i:ny\s+updates?)\s*(?:\?\s*!|!\s*\?|\?{2,}|!{2,})[?!]*",
            r"I(?<!\wI)(?i:\s+(?:really,?\s+){2,}need\s+this\s+job)",
            r"I(?<!\wI)(?i:\s+(?:really\s+)?need\s+to\s+know)(?!\s+(?i:by|before)\b)",
            r"[Gg](?<!\w[Gg])(?i:etting\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|very\s+|really\s+"
            r"|so\s+)?(?:anxious|nervous|worried|impatient|desperate))",
            # "urgent" about the message itself; not in a name ("Urgent Care Nurse") or a
            # description of the work ("triaging urgent cases").
            r"[Uu](?<!\w[Uu])(?:rgently|RGENTLY|RGENT)(?!\w)",
            r"(?:u(?<!\wu)rgent|U(?<!\wU)rgent(?![ \t]+[A-Z]))(?=\s*(?:[:!.,;)]|$)"
            r"|\s+(?i:request|matter|reply|response|answer|decision|update|attention|question"
            r"|follow|need|news)\b)",
            r"(?=\w)\b(?i:(?:is|it['’]s|this\s+is|very|quite|rather|really|extremely|most|so)\s+)"
            r"(?:urgent|URGENT|Urgent(?![ \t]+[A-Z]))(?!\w)",
        ),
        openers=frozenset(
            {"any", "i really", "i need", "getting", "urgent", "urgently", "is", "it", "this"}
            | {"very", "quite", "rather", "really", "extremely", "most", "so"}
        ),
    ),
    Rule(
        id="apology",
        kind="match",
        severity="warning",
        section="avoid/#apologies",
        message=(
            "Apologizing for writing {found} makes your message sound like a nuisance; a polite "
            "follow-up is no bother, so leave the apology out."
        ),
        phrases=(
            "I hate to bother you",
            "hate to bother you",
            "I hate to pester you",
            "hate to pester you",
            "hate to bug you",
            "I hope I'm not bothering you",
            "I hope I am not bothering you",
            "hope I'm not bothering you",
            "I don't want to be a bother",
            "I don't mean to bother you",
            "don't mean to bother you",
            "don't mean to pester you",
            "hope this isn't a bother",
            "not to be a pest",
        ),
        patterns=(
            r"(?=\w)\b(?i:(?:I\s+(?:am\s+)?|I['’]m\s+)?(?:so\s+|very\s+|really\s+)?"
            r"(?:sorry|apologi[sz]e|apologies)\s+(?:(?:to|for)\s+)?(?:(?:the|this|my|another)\s+)?"
            r"(?:keep(?:ing)?\s+)?(?:bother|bug|disturb|trouble|pester|nag|chas|email|e-mail|writ"
            r"|messag|follow|reach|contact|intru|interrupt|spam|flood|clog|repeat|nudg|ping)\w*"
            r"(?:[ -]up)?(?:\s+(?:you|again|once\s+more)){0,2})",
        ),
        openers=frozenset(
            {"i am", "i m", "i apologize", "i apologise", "so", "very", "really", "sorry"}
            | {"apologize", "apologise", "apologies"}
        ),
    ),
    Rule(
        id="guilt",
        kind="match",
        severity="warning",
        section="avoid/#guilt",
        message=(
            "Wording that blames them for the wait {found}: they will remember it, so say you "
            "are still interested instead."
        ),
        phrases=(
            "the courtesy of a response",
            "the courtesy of a reply",
            "the courtesy of an answer",
            "courtesy of a response",
            "courtesy of a reply",
            "common courtesy",
            "basic courtesy",
            "simple courtesy",
            "disappointing",
            "disappointed that you",
            "disappointed not to have heard",
            "disappointed not to hear",
            "disappointed by your silence",
            "the least you could do",
            "the least you can do",
            "ghosted",
            "ghosting",
            "unprofessional",
            "rude",
            "disrespectful",
            "I deserve a response",
            "I deserve an answer",
            "I deserve to know",
            "with no reply",
            "with no response",
            "with no answer",
            "without a reply",
            "without a response",
            "without any reply",
            "without any response",
            "no reply from you",
            "no response from you",
            "still no reply",
            "still no response",
            "still no word",
            "left me hanging",
            "keeping me hanging",
            "keeping me waiting",
            "kept me waiting",
            "per my last email",
            "per my previous email",
            "as I said in my last email",
            "as I mentioned in my last email",
            "as stated in my previous email",
        ),
    ),
    Rule(
        id="ultimatum",
        kind="match",
        severity="warning",
        section="avoid/#guilt",
        message=(
            "A deadline or condition you set for them {found} reads as an ultimatum; if you have "
            "a real deadline, such as another offer, state it as a fact and ask."
        ),
        patterns=(
            r"(?i:if\s+I\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not|won['’]t|can['’]t)\s+"
            r"(?:hear|get|receive)(?:\s+(?:back|anything|a\s+reply|a\s+response|an\s+answer"
            rf"|from\s+you))*(?:\s+{_BY_WHEN})?(?:,?\s+(?:then\s+)?I(?:['’]ll|\s+will|\s+shall)"
            r"\s+(?:assume|take\s+(?:it|that)|have\s+to|need\s+to|accept|withdraw|move\s+on"
            r"|go\s+elsewhere|look\s+elsewhere|consider)(?:\s+(?:another|other|a\s+different)"
            r"\s+(?:offer|offers|role|job|position|options))?)?)",
            r"(?=\w)\b(?i:(?:I\s+)?(?:really\s+)?(?:need|expect|want|require|must\s+have|must\s+get"
            r"|would\s+like)\s+(?:to\s+know|to\s+hear(?:\s+back)?(?:\s+from\s+you)?"
            r"|an?\s+(?:answer|decision|response|reply|update)"
            r"|your\s+(?:answer|decision|response|reply))\s+"
            rf"(?:{_BY_WHEN}|today|tomorrow|tonight|this\s+week|immediately|right\s+away"
            r"|straight\s+away)(?!\w))",
            r"(?=\w)\b(?i:(?:let\s+me\s+know|get\s+back\s+to\s+me|answer\s+me|tell\s+me|(?:please|kindly)"
            rf"\s+(?:respond|reply|write\s+back|answer))\s+{_BY_WHEN})",
            r"I(?<!\wI)(?:['’]ll|\s+will)\s+(?i:assume)(?!\w)",
        ),
        openers=frozenset(
            {"if", "i really", "i need", "i expect", "i want", "i require", "i must", "i would"}
            | {"i ll", "i will", "really", "need", "expect", "want", "require", "must", "would"}
            | {"let", "get", "answer", "tell", "please", "kindly"}
        ),
    ),
    Rule(
        id="counting",
        kind="match",
        severity="warning",
        section="avoid/#too-many",
        message=(
            "Counting or resending your own messages {found} tells them you are keeping score; "
            "one check-in and one final note are enough."
        ),
        phrases=(
            "yet another follow-up",
            "yet another email",
            "yet another message",
            "yet another reminder",
            "bumping this",
            "bumping my email",
            "bumping my message",
            "just bumping",
            "bump this",
            "left you a voicemail",
            "left a voicemail",
            "also messaged you on LinkedIn",
            "resending my",
        ),
        patterns=(
            r"(?i:this\s+is\s+(?:now\s+)?(?:my|the)\s+(?:second|third|fourth|fifth|sixth|2nd|3rd"
            r"|4th|5th|6th|nth|umpteenth)\s+(?:email|e-mail|message|note|attempt|try|time"
            r"|follow[- ]?up|reminder|request))",
            r"I(?<!\wI)(?i:(?:['’]ve|\s+have)\s+(?:now\s+|already\s+)?(?:emailed|e-mailed|written"
            r"|messaged|contacted|called|phoned|followed\s+up|reached\s+out|tried(?:\s+to\s+reach"
            r"\s+you)?)(?:\s+(?:to\s+)?you)?\s+(?:twice|three\s+times|four\s+times"
            r"|several\s+times|multiple\s+times|a\s+few\s+times|many\s+times|\d+\s+times"
            r"|more\s+than\s+once|repeatedly))",
            r"I(?<!\wI)(?i:(?:['’]ve|\s+have)\s+(?:now\s+|already\s+)?sent\s+(?:you\s+)?(?:two"
            r"|three|four|several|multiple|a\s+few|many)\s+(?:emails|messages|notes))",
            r"(?i:in\s+case\s+(?:the|my|it|you|this)\b[^.!?\n]{0,40}?(?:spam|junk|missed|lost"
            r"|didn['’]t\s+(?:see|get|receive|arrive)|never\s+arrived|bounced))",
        ),
        openers=frozenset({"this", "i ve", "i have", "in"}),
    ),
    Rule(
        id="reasons",
        kind="match",
        severity="warning",
        section="avoid/#reasons",
        message=(
            "Asking why, or who got the job {found}, puts them in a spot: most companies "
            "cannot share that. Ask once, lightly, for any feedback they can give."
        ),
        phrases=("what went wrong", "what I did wrong", "where did I go wrong"),
        patterns=(
            r"(?i:who\s+(?:you\s+(?:hired|chose|picked|selected|went\s+with|offered\s+(?:it|the"
            r"\s+(?:job|role|position))\s+to)|(?:got|gets|was\s+given|was\s+offered)\s+the"
            r"\s+(?:job|role|position|offer)|was\s+(?:hired|chosen|selected|picked))(?:\s+instead)?"
            r"(?:\s+of\s+me)?\??)",
            r"(?=\w)\b(?i:(?:(?:tell\s+me|explain|let\s+me\s+know)\s+)?(?:exactly\s+|precisely\s+)?why\s+"
            r"(?:I\s+(?:wasn['’]t|was\s+not|didn['’]t|did\s+not|was)\s+(?:chosen|selected|picked"
            r"|hired|successful|rejected|get\s+(?:it|the\s+(?:job|role|position|offer))"
            r"|turned\s+down|make\s+it)|you\s+(?:rejected\s+me|didn['’]t\s+(?:choose|pick|hire"
            r"|select)\s+me|chose\s+someone\s+else)))",
            r"(?i:what\s+did\s+I\s+do\s+wrong\??)",
            r"(?i:why\s+(?:wasn['’]t|was|didn['’]t|did|weren['’]t)\s+I\s+(?:not\s+)?(?:chosen"
            r"|selected|picked|hired|successful|rejected|get\s+(?:it|the\s+(?:job|role|position"
            r"|offer)))\??)",
            r"(?i:who\s+did\s+you\s+(?:hire|choose|pick|select|go\s+with|offer\s+(?:it|the"
            r"\s+(?:job|role|position))\s+to)(?:\s+instead)?(?:\s+of\s+me)?\??)",
        ),
        openers=frozenset({"who", "tell", "explain", "let", "exactly", "precisely", "why", "what"}),
    ),
    Rule(
        id="arguing",
        kind="match",
        severity="warning",
        section="replies/#rejection",
        message=(
            "Arguing with the decision {found} will not change it and is what they will "
            "remember; thank them and leave the door open instead."
        ),
        phrases=(
            "I thought the interview went well",
            "I thought the interview went great",
            "reconsider your decision",
            "reconsider my application",
            "please reconsider",
            "I disagree",
            "I don't agree",
            "I do not agree",
            "you made a mistake",
            "you have made a mistake",
            "the wrong decision",
            "you'll regret",
            "your loss",
        ),
        patterns=(
            r"(?i:are\s+you\s+sure(?:\s+about\s+(?:this|that|your\s+decision))?\??)",
            r"(?=\w)\b(?i:(?:really\s+|very\s+|quite\s+)?(?:surprised|shocked|stunned)\s+(?:by|at|to\s+"
            r"(?:hear|learn|read))\s+(?:this|that|the\s+(?:news|decision|outcome)"
            r"|your\s+decision))",
            r"(?i:more\s+(?:experience|qualifications|skills)\s+than\s+(?:most|the\s+others"
            r"|anyone|any\s+other|other)(?:\s+(?:people|candidates|applicants))?)",
            r"(?i:(?:more|better)\s+qualified\s+than)",
        ),
        openers=frozenset(
            {"are", "really", "very", "quite", "surprised", "shocked", "stunned", "more", "better"}
        ),
    ),
    Rule(
        id="decision_demand",
        kind="match",
        severity="warning",
        section="crafting/#close",
        message=(
            "Asking for their decision {found} closes the conversation; end with an offer "
            "instead, such as “If anything else would help, I'm happy to share more.”"
        ),
        phrases=(
            "what you decide",
            "what you decided",
            "let me know your decision",
            "tell me your decision",
            "eager to hear your decision",
            "keen to hear your decision",
            "waiting to hear your decision",
            "hoping to hear your decision",
        ),
        patterns=(
            r"(?i:have\s+you\s+(?:decided|made\s+(?:a|your|the)\s+decision)\s+yet\??)",
            r"(?i:look(?:ing)?\s+forward\s+to\s+(?:hearing\s+(?:about\s+)?|receiving\s+"
            r"|getting\s+)?(?:your|the|an)\s+(?:decision|offer|answer|verdict))",
            r"(?i:(?:hope|hoping)\s+to\s+hear\s+back\s+(?:soon|shortly|quickly))",
            r"[Ww](?<!\w[Ww])(?i:hen\s+(?:can|will|should|do)\s+I\s+(?:expect|hear|know|get"
            r"|receive|find\s+out)[^.!?\n]{0,80}\?)",
            r"[Ww](?<!\w[Ww])(?i:hen\s+will\s+(?:you|a\s+decision)\s+(?:decide|be\s+made"
            r"|make\s+(?:a|your)\s+decision)[^.!?\n]{0,80}\?)",
        ),
        openers=frozenset({"have", "look", "looking", "hope", "hoping", "when"}),
    ),
    Rule(
        id="punctuation",
        kind="match",
        severity="warning",
        section="avoid/#pushy",
        message=("Stacked punctuation {found} reads as impatience; one question mark is enough."),
        # Not after "any update", where ``pushy`` already marks "any update?!" as a whole.
        patterns=(r"(?<!(?i:update))(?<!(?i:updates))(?:[?？][?!？！]+|[!！]+[?？][?!？！]*)",),
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
        loud=LOUD_WORDS,
        common=COMMON_WORDS,
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
        id="career_focus",
        kind="match",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "Wording about what you want {found}: say what you would bring to their work instead."
        ),
        phrases=(
            "for my career",
            "advance my career",
            "boost my career",
            "grow my career",
            "my career growth",
            "my career goals",
            "my career progression",
            "my next step",
            "I would love this job",
            "I'd love this job",
            "I want this job",
            "I really want this job",
            "hoping to get this job",
            "hope to get this job",
            "I'd love to join",
            "I would love to join",
            "I'd love to work at",
            "I would love to work at",
            "I'd love to work for",
            "I would love to work for",
            "my dream job",
        ),
        patterns=(
            r"(?=\w)\b(?i:(?:a\s+)?(?:big|great|huge|good|major|important|next|natural|logical|real)"
            r"\s+step\s+(?:for|in|forward\s+in|up\s+in)\s+my\s+career)",
        ),
        openers=frozenset(
            {"a", "big", "great", "huge", "good", "major", "important", "next", "natural"}
            | {"logical", "real"}
        ),
    ),
    Rule(
        id="pay_talk",
        kind="match",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "Pay and benefits {found} belong in a later conversation, once they make an offer; "
            "keep this note about the role."
        ),
        phrases=(
            "salary",
            "salary range",
            "salary band",
            "salaries",
            "compensation package",
            "the compensation",
            "remuneration",
            "pay range",
            "pay rise",
            "benefits package",
            "health benefits",
            "the bonus",
            "bonus structure",
            "bonus scheme",
            "signing bonus",
            "sign-on bonus",
            "stock options",
            "vacation days",
            "holiday allowance",
            "paid time off",
            "PTO",
            "relocation package",
            "the perks",
        ),
        stages=ALL_STAGES_BUT_GOOD_NEWS,
    ),
    Rule(
        id="claims",
        kind="match",
        severity="warning",
        section="crafting/#fit",
        message=(
            "A claim anyone could make {found}: show it with one example instead, such as a "
            "result you achieved."
        ),
        phrases=(
            "hard worker",
            "hard-working",
            "hardworking",
            "hard working",
            "fast learner",
            "quick learner",
            "quick study",
            "team player",
            "self-starter",
            "self starter",
            "go-getter",
            "detail-oriented",
            "detail oriented",
            "results-driven",
            "results driven",
            "results-oriented",
            "highly motivated",
            "self-motivated",
            "passionate",
            "my passion for",
            "great fit",
            "perfect fit",
            "ideal fit",
            "excellent fit",
            "strong fit",
            "great addition",
            "valuable addition",
            "great asset",
            "valuable asset",
            "the best candidate",
            "the strongest candidate",
            "the perfect candidate",
            "the ideal candidate",
            "perfect candidate",
            "ideal candidate",
            "best person for the job",
            "perfect for this role",
            "perfect for the role",
            "think outside the box",
            "people person",
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
            "lmk",
            "tbh",
            "idk",
            "imo",
            "imho",
            "tysm",
            "smh",
        ),
        patterns=(
            r"[Uu](?<![\w.'’-][Uu])[Rr]?(?![\w'’-]|\.\w)",
            EMOJI_PATTERN,
        ),
    ),
    Rule(
        id="slang",
        kind="match",
        severity="warning",
        section="avoid/#tone",
        message=("Slang {found} sounds offhand in a follow-up: use plain, everyday words."),
        phrases=(
            "awesome",
            "super fun",
            "super cool",
            "super excited",
            "super keen",
            "super happy",
            "stoked",
            "pumped",
            "psyched",
            "dude",
            "hi guys",
            "hello guys",
            "you guys",
            "so cool",
            "really cool",
            "pretty cool",
            "that's cool",
            "legit",
            "no biggie",
            "my bad",
            "gotcha",
            "yeah",
            "yep",
            "yup",
            "nope",
            "crush it",
            "crushing it",
            "nailed it",
            "rockstar",
            "vibes",
        ),
    ),
    Rule(
        id="lowercase",
        kind="lowercase",
        severity="warning",
        section="avoid/#tone",
        message=(
            "Sentences that start with a small letter {found} look hurried; a capital at the "
            "start of each sentence and name shows care."
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
            "hereinafter",
            "enclosed please find",
            "kindly revert",
            "please revert",
            "revert back",
            "do the needful",
            "please be advised",
            "be advised that",
            "I write to convey",
            "most sincere gratitude",
            "humble servant",
            "your humble servant",
            "favorable reply",
            "favourable reply",
        ),
        patterns=(
            r"I(?<!\wI)\s+(?i:remain,\s+(?:Sir|Madam|yours))",
            r"(?i:in\s+anticipation\s+of\s+your\s+(?:kind\s+)?(?:favou?rable\s+)?(?:reply"
            r"|response))",
            r"(?i:as\s+per\s+(?:our|your|my|the)\s+(?:conversation|discussion|call|email|e-mail"
            r"|message|interview|meeting))",
        ),
        openers=frozenset({"i remain", "in", "as"}),
    ),
    Rule(
        id="generic_greeting",
        kind="match",
        severity="warning",
        section="crafting/#shape",
        message=(
            "Greeting without a name {found}: greet the person you are writing to by name, so "
            "it does not read like a form letter."
        ),
        patterns=(
            r"(?im:^[ \t]*(?:dear|hi|hello)[ \t]+(?:hiring[ \t]+(?:manager|team)|recruiter"
            r"|recruitment[ \t]+team|all|everyone|everybody|team|there|folks)(?!\w))",
        ),
        hints=("dear", "hi", "hello"),
    ),
    Rule(
        id="vague_subject",
        kind="match",
        severity="warning",
        section="crafting/#subject",
        message=(
            "Vague subject line {found}: name the role so they can find it later, as in "
            "“Thank you: Senior Data Engineer interview”."
        ),
        patterns=(
            r"(?im:^[ \t]*subject:[ \t]*(?:re:[ \t]*)?(?:interview|follow(?:ing)?[ -]?up"
            r"|checking[ \t]+in|hello|hi|hey|update|quick[ \t]+question|question|job"
            r"|application|urgent|important|thank[ \t]+you|thanks)?[ \t]*[?!.]*[ \t]*$)",
        ),
        hints=("subject:",),
    ),
    Rule(
        id="tool_list",
        kind="match",
        severity="warning",
        section="channels/#linkedin-limits",
        message=(
            "A list such as {found} reads like a résumé; a connection note has room for one "
            "detail from your conversation."
        ),
        patterns=(
            r"(?=\w)\b(?:[\w.+#/-]+,[ \t]+){3,}[\w.+#/-]+,?[ \t]+(?:and|&)[ \t]+[\w.+#/-]+"
            r"|(?=\w)\b(?:[\w.+#/-]+,[ \t]+){4,}[\w.+#/-]+",
        ),
        hints=(",",),
        channels=frozenset({"linkedin_connection"}),
    ),
    Rule(
        id="template_trace",
        kind="match",
        severity="warning",
        section="avoid/#placeholders",
        message=(
            "Template wording {found} is easy to leave in by mistake: make sure the sentence "
            "reads as your own."
        ),
        phrases=("e.g.",),
    ),
    Rule(
        id="bargaining",
        kind="match",
        severity="warning",
        section="situations/#competing-offer",
        message=(
            "Bargaining {found} turns a question into a negotiation: say you have an offer and "
            "when you must answer, then ask; leave the other offer's terms and any conditions out."
        ),
        phrases=(
            "match the offer",
            "match their offer",
            "match it",
            "beat the offer",
            "beat their offer",
            "better offer",
            "higher offer",
            "unless you",
            "or I will accept",
            "or I'll accept",
            "or else",
            "I'll have to accept",
            "I will have to accept",
            "no choice but",
            "counter offer",
            "counteroffer",
            "counter-offer",
            "outbid",
            "they are offering",
            "they're offering",
            "they offered me",
            "bidding war",
        ),
        stages=frozenset({"competing_offer"}) | SAYING_NO,
    ),
    Rule(
        id="over_explaining",
        kind="match",
        severity="warning",
        section="situations/#withdrawing",
        message=(
            "Explaining at length {found}: saying no needs no justification and no comment on "
            "their process or offer; one clause of reason, or none, is enough."
        ),
        phrases=(
            "to be honest",
            "honestly",
            "long story",
            "the reason is",
            "the reasons are",
            "my reasons",
            "I felt that",
            "I didn't feel",
            "I did not feel",
            "your process",
            "the process was",
            "the interview process was",
            "the salary was",
            "the pay was",
            "too low",
            "lower than I",
            "I apologize",
            "I apologise",
            "apologies for",
        ),
        stages=SAYING_NO,
    ),
    Rule(
        id="saying_no_at_length",
        kind="max_words",
        severity="tip",
        section="situations/#withdrawing",
        message=(
            "At {words} words this is longer than saying no needs; aim for under {limit}: "
            "thanks, the decision, and a kind word."
        ),
        words=MappingProxyType({"email": 110, "linkedin_message": 80}),
        stages=SAYING_NO,
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
            "There is no open-ended close: end by offering something or inviting questions, "
            "for example “Please let me know if I can share anything else.”"
        ),
        phrases=(
            "let me know if",
            "let me know whether",
            "let me know what you need",
            "let me know what else",
            "let me know how I can",
            "let me know who",
            "if it would help",
            "if it helps",
            "if helpful",
            "if useful",
            "if it's useful",
            "if it is useful",
            "if that would help",
            "would help, just let me know",
            "if you need",
            "happy to",
            "glad to",
            "feel free",
            "reach out",
            "get in touch",
            "any questions",
            "any other questions",
            "don't hesitate",
            "do not hesitate",
            "would welcome",
            "would value",
            "stay in touch",
            "keep in touch",
            "stay connected",
            "if there is anything",
            "if there's anything",
            "if anything",
            "anything else",
            "just say",
        ),
        # An easy question they can answer in a line; "When can I expect ...?" is not one.
        patterns=(
            r"(?=\w)\b(?i:(?:is|are)\s+there\s+any(?:thing)?\b[^.!?\n]{0,120}\?)",
            r"(?=\w)\b(?i:(?:could|would|can|shall|should)\s+(?:I|you|we)\b[^.!?\n]{0,120}\?)",
        ),
        openers=frozenset({"is", "are", "could", "would", "can", "shall", "should"}),
        stages=ALL_STAGES_BUT_REJECTION,
    ),
)
