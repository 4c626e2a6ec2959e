"""What the draft checker looks for, as data: adding a rule is adding one entry to ``RULES``.

Each :class:`Rule` names a *kind* (how it is evaluated, see :mod:`followup_core.checks`),
a severity, the guide section that explains it, a message, and the words or
patterns it needs. Phrases are plain text starting with a letter: the
checker matches them case-insensitively, on word boundaries, with any run of
spaces between words and either a straight or a curly apostrophe. Patterns are
regular expressions; one that starts with a literal character lets the regex
engine skip ahead quickly, which keeps a 20,000-character check fast.

Families describe a fault by meaning rather than by sentence. A family is a
template of words separated by spaces, matched case-insensitively:

* ``a|b|c`` is one word out of several; ``_`` joins words into one choice
  (``have_not``); ``'`` is either apostrophe.
* ``stem*`` is the stem with any ending: ``bother*`` is bother, bothers,
  bothered, bothering.
* ``word?`` may be left out.
* ``...`` stands for up to ``FAMILY_GAP_WORDS`` other words of the same clause, and ``~``
  for up to ``FAMILY_LONG_GAP_WORDS`` words with no punctuation between them ("apologies *if
  this is a double* reminder"), for families whose first word already says what they are.
* ``{name}`` is a named part from ``FAMILY_SLOTS`` (a deadline, a sum of money, a
  capitalised name, any word, a text-speak "u" or "ya" in small letters) or ``FAMILY_MARKS`` (a
  question mark, stacked marks such as "??", the rest of the clause, its end), which attach to the
  word before them.
* Between any two words, any of ``FILLERS`` may stand ("I *really*, *truly*
  need this job", "would *really* mean the world", "what *exactly* did I do
  wrong"), so an intensifier or a hedge never hides a fault.

So ``"why ... I|me ...? select*|chos*|..."`` catches "Why wasn't I chosen?" and
"why exactly I wasn't selected" alike. A family must start with a word, which
keys it in the checker's single pass over the words of the text.

Rules that judge the writer's tone (``reader_tone``) leave alone the words of
someone else: a quotation ("as soon as possible" in their own words), a file
name ("Moreau-ASAP-plan.pdf") and a name, which is a run of capitalised words
the match shares with another ("Desperate Housewives", "Urgent Care Partners",
"Project ASAP"), or fills in mid-sentence ("the Need This Job campaign"), and an acronym
followed by its capitalised expansion ("ASAP (the Automated Shift Allocation Platform)"), which
is then that name wherever else the text writes it; "ASAP" taking a possessive ("ASAP's
suggestions"), standing where a noun stands ("moving from spreadsheets to ASAP") or joined by a
hyphen into a label ("URGENT-category cases") is a name too, and so is the person greeted ("Hi
Hope,"), wherever the text writes the name in mid-sentence. A
title-case subject line or sentence start is the writer's own. Their findings
mark the phrase as a reader would quote it: the intensifiers, the writer as
subject and an article before it ("I'm *so* sorry", "a very fast learner"), and
"again", "to me" or "!!" after it.

What a finding marks: a rule that judges what a clause says (pushy, guilt, claims ...) marks
the clause it sits in, from the comma, semicolon, dash or sentence end before it to the one
after (up to ``CLAUSE_MAX_WORDS``), because that is what the reader rewrites; marks of one
finding with only a comma between them are one mark, and a plea tacked on after a comma at the
end of a request is part of it ("speed things up on your side, kindly?"). A rule about word choice
(``marks_words``: slang, too casual, too formal) marks its words, with the "it", "that" or the
thing that starts its clause ("it was super fun", "and the van tour was well good 👍"), or a
clause of up to ``SHORT_CLAUSE_WORDS`` such as "hey jen". The message quotes the words that
matched. A mark that starts a subject line's words takes its "Subject:" ("Subject: Following up
again"), and one that runs from a line's start to the comma or colon ending it takes that mark
("To whom it may concern,"): a greeting or a subject is rewritten as the line it is.

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
* ``missing_thanks`` runs for the messages whose job includes thanks (``THANKING``):
  the guide's own check-in, final follow-up, note about another offer and
  sending of materials get to the point without one, so those stages, and
  pasted text whose stage the checker cannot know, are not asked for it.
* ``self_focus`` has no spans: highlighting every "I" would bury the text; the
  message gives the counts instead.
* ``shouting``: capitals are shouting when they spell ordinary words, not when
  they spell a name. A word in ``loud`` ("PLEASE", "NEED", "AGAIN") is shouting
  on its own; otherwise a run of words in capitals is shouting when two of its
  words are ordinary ones from ``common`` ("LET ME KNOW"), or when it is long
  (four or more words of two letters or more, 16 letters in all). So QGIS,
  KPMG, HVAC, STEM, AWS or "KPMG UK LLP" pass, and "PLEASE REPLY" does not. The mark takes
  the writer as subject and the words that carry the capitals ("I am SO EXCITED"), as a
  reader quotes it.
* A trigger word that starts a name is not pressure: "Urgent" followed by
  another capitalised word ("Urgent Care Nurse") is a job title or a place.
* ``claims`` flags the adjectives the guide calls claims ("hard worker",
  "passionate", "great fit") wherever they appear, even next to evidence: the
  evidence is what persuades, so the adjective can go. A "natural fit" is a claim when the writer
  is the one who fits ("I'd be a natural fit"), not when it is said of something the writer did
  ("That seems a natural fit with the routine you described").
* ``open_availability`` flags, in a reply to a yes, coming "any time you want" instead of
  repeating back the date and time they proposed; "any time on Thursday" answers their question.
* ``pay_talk`` flags any mention of pay, except where it may come up unasked
  (``PAY_STAGES``: a reply to good news, an acceptance that restates the salary,
  a phone-screen thank-you confirming the figure they asked for). There,
  ``reopening_terms`` flags asking about pay ranges, bonuses and holidays, or
  reopening the terms ("assuming we can still bump the signing bonus"), or holding the next
  round back until the pay is known ("Before I commit to another round, could you confirm the
  salary?"): the guide keeps negotiation for a separate conversation.
* ``conditional_acceptance`` flags a condition inside an acceptance ("provided you
  can ...", "on the understanding that ...", "once those are settled I will sign"): the guide
  says to accept once anything to negotiate is settled. In an acceptance ``reopening_terms``
  also flags a term argued ("the probation, which I feel is too long").
* ``other_offer_details`` flags the other employer's name and figures in a note
  about a competing offer; "an offer from another company" is what the guide
  writes.
* Stage-bound families: asking for news only in a thank-you (``news_request``),
  writing before their date only while waiting (``too_early``), a phone call to
  chase or extras nobody asked for only before there is an answer
  (``WAITING``), going around the process on LinkedIn (``around_the_process``) and, while
  waiting, in email too (``going_around``: "I've also written to your CEO").
* ``frustration`` (saying the wait is frustrating or has upset your plans) runs while you
  wait for an answer, and in a withdrawal or a refusal ("the six weeks it took to hear
  anything"), not in a reply to a no, where "disappointed" is allowed.
* Replies and decisions have rules of their own, each bound to its stage: ``hedged_acceptance``
  (a tentative yes, or a key term left to a shrug: "Start date whenever works for you I
  guess", "Start date sounds roughly okay", "We can sort the start date out later"; "a start
  date whenever suits you" is the plain way to leave it to them),
  ``offer_bluff`` (an offer not in hand used as leverage: "nothing is on paper yet"), and
  after a no ``strengths_after_no`` (credentials listed to argue),
  ``disputing_no`` (arguing with the decision or the feedback, or threatening to take it over
  their heads: "if I don't get it I will follow up with HR") and ``feedback_demand`` (scores,
  a breakdown, insisting on feedback), ``why_not_me`` (the reasons behind a no); accepting
  sight unseen (``unseen_offer``) and saying no after their deadline has passed (``late_no``).
* ``presuming_the_job`` flags writing as if the job were yours while you wait ("pencil in a
  start date", "When can I start?"); an acceptance or a reply to a yes may say so.
* ``panel_in_one`` flags a thank-you or a LinkedIn note greeting several people ("Hi Anika,
  Rohan and Mei", "Hi all"): each interviewer gets a note of their own.
* ``sent_too_soon`` flags a thank-you written from the car park ("just walked out to my
  truck"), ``perks_question`` asking about leave or bonuses after a phone screen (where a pay
  figure they asked for is fine), ``materials`` files not everyone can open (.pages, .key),
  referees not asked yet ("I haven't told Tommy you'll be calling") and a delay apologised for
  or excused ("sorry for the delay, my laptop died"), and ``surprised_by_no`` a reply to a no
  that says it came as a shock or that the interview went well.
* ``pitch_to_recruiter`` (the case for your fit in a note to a recruiter, who arranges the
  process rather than judging skills) and ``deadline_after_no`` (a date set for them in a reply
  to a no) keep to their stage. Rules that only make sense for one stage do not run on pasted
  text whose stage the checker cannot know.
* ``own_plans`` (your own planning as the reason to hurry them: "my lease runs out on the
  20th") and ``copying_in`` (other
  people copied into a check-in) run only while you wait for an answer.
* ``second_channel`` flags, in an emailed check-in, final follow-up, reply to a delay or note
  about another offer, the same question sent on LinkedIn or a chat app as well ("dropped him
  a note on LinkedIn", "and sent a message on LinkedIn to Mrs Ade"), and in a LinkedIn message
  for those stages the same question already emailed ("I had emailed Ms. Priyanka from HR
  yesterday also"); a LinkedIn note after the thank-you email is what the guide suggests, so the
  thank-you stages are left alone, and so is a connection request or their own message ("the
  message you sent on LinkedIn").
* ``pay_talk`` leaves a pay word alone when it names the work ("salary benchmarking",
  ``work_nouns``), and a placeholder in braces is not one when it is part of a path
  ("/orders/{order_id}").
* ``tool_list`` runs for LinkedIn connection notes only: in an email a list of
  skills can be fine, in 200 characters it crowds out the conversation. ``cv_list`` makes the
  same check for a LinkedIn note sent as a message, and ``cv_recap`` flags a recap of the CV
  ("To recap my CV:", "Top 3 reasons to hire me") in a thank-you or a LinkedIn note. A list
  of credentials or figures ("CELTA, JLPT N1, 9 years in Kyushu high schools") counts as such
  a list.
* ``generic_thanks`` flags thanks and praise anyone could send ("Thank you for your time
  today.", "the mission resonates with me", "add you to my professional network") in a
  thank-you or a LinkedIn note that recalls nothing of the conversation, and in pasted text:
  the guide calls such thanks polite and forgettable. Everyone's concerns nodded at together
  ("hearing about each of your priorities") recall none of them. A single line of thanks followed by
  another sentence is left alone.
* While you wait: ``turning_up`` flags a visit announced or made ("I'll pass by your offices"),
  ``no_grace`` a check-in sent the moment their date passed ("you said you'd decide by
  yesterday"), ``asked_not_to_chase`` writing after being asked not to, and ``personal_stakes``
  what the job would do for the writer's life or career ("my family is counting on this").
* Saying no and another offer: ``curt_no`` flags a curt or cutting refusal ("thanks but no
  thanks", "somewhere that actually values people"), with a sorry tossed after it ("got
  something better. Sorry!!") and a parting dig ("funnily enough", "maybe next time you will
  move faster", "if you ever sort out your onboarding"); in a refusal ``bargaining`` flags a
  "no, unless" and a no held open on their terms ("If that changes let me know");
  ``offer_ultimatum`` an ultimatum built on the other offer ("either you come back to me by
  Thursday or I take the other role").
* ``rambling`` flags the padding the guide's concise section cuts: remarks on the note's own
  length ("sorry this is such an essay"), tangents and stock fillers ("long story short").
* ``other_employer`` flags an employer named once, where the writer pictures the job ("join
  the team at Acme", "contribute to Acme's growth", "to lead the care team at Acme"), while
  the subject line or "the role at ..." names another: a name left over from an earlier
  application. ``leftover_contact`` does the same for thanks passed on to someone at a firm
  the message names nowhere else ("please pass my thanks on to Sigrid at Fjordline"), and
  ``praised_other_employer`` for praise of a firm a refusal names nowhere else ("impressed by
  Ørsted's safety culture" in a refusal written to SSE). ``leftover_name`` flags, in a thank-you
  or a LinkedIn note, someone thanked by name mid-message ("thanks again, Karthik, for ...")
  who is neither the person greeted nor named anywhere else: each note goes to one person.
* ``values_dig`` flags an employer's own values held up against how they treated the writer
  ("particularly from a union that talks about respect at work"): guilt, in other words.
* ``over_explaining`` lets a refusal give one reason ("my husband and I are relocating"), but
  flags home life told thing after thing ("my husband has a new shift pattern and my son is
  starting at a different school", or "my father's health is not good, my wife has a new job"),
  a verdict on their process or their interviewers ("I don't
  think your hiring is very respectful", "the second interviewer wasn't really listening"), a
  full explanation announced ("To explain fully: ..."), what the family thinks of it ("my
  husband thinks I'm mad") and another offer that pays more.
* ``relay_pitch`` flags a recruiter's thank-you that asks the recruiter to carry the writer's
  case to the panel ("so you can pass it on"): that note thanks the recruiter for their help.
* Marks of the register rules (slang, stiffness, "!!!", capitals) that overlap or touch are
  shown as one stretch ("Gutted to be honest 😞", "was proper class 😄"). A sentence's first
  word that ``lowercase`` and a word-choice rule both mark is the word-choice rule's, which
  takes what goes with it ("hey Dom!", "gr8 to meet u").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from .schema import CHANNEL_IDS, STAGE_IDS, Channel, IdSet, Stage

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
    "other_employer",  # an employer named once where the writer sees their future, not elsewhere
]

#: Severities in the order findings are listed.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "tip")

#: A capital letter of any Latin script, which starts a name ("Ørsted", "Étoile").
LATIN_CAPITAL = "[A-ZÀ-ÖØ-Þ]"

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
#: Saying no: a withdrawal or a refusal of an offer.
SAYING_NO = frozenset({"withdraw", "decline_offer"})
#: Messages whose job includes thanks, as the guide's examples do; a check-in, a final note, a
#: note about another offer and the materials they asked for get to the point instead.
THANKING = frozenset(STAGE_IDS) - {
    "check_in",
    "final_follow_up",
    "competing_offer",
    "send_materials",
}
#: Where pay may come up unasked: an offer on the table (accepted, welcomed or declined with
#: thanks for its terms), or a screener who asked for a figure.
PAY_STAGES = frozenset({"reply_positive", "accept_offer", "phone_screen_thanks", "decline_offer"})
#: Where the terms are settled or refused: reopening them there is a negotiation.
TERMS_STAGES = frozenset({"reply_positive", "accept_offer", "decline_offer", "withdraw"})
#: Messages sent while waiting, which a phone call or a second channel would chase.
WAITING = frozenset(STAGE_IDS) - {"reply_positive", "accept_offer", "decline_offer", "withdraw"}


@dataclass(frozen=True, kw_only=True)  # no slots: stages and channels are IdSet descriptors
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
        stages: Stages the rule applies to; ``None`` for all. Read as ``Stage`` ids:
            an id the schema does not declare is refused when the rule is made.
        channels: Channels the rule applies to; ``None`` for all (checked the same way).
        without_stage: Whether it applies to text checked without a stage.
        families: Templates that describe a family of wordings by meaning (see the
            module docstring); matched case-insensitively, like phrases.
        reader_tone: The words judge the writer's tone: a match inside a quotation,
            a file name or a name (a run of capitalised words it shares) is not
            flagged, and intensifiers just before a match join its span.
        lead_words: Up to this many words of the sentence before a match join its
            span ("yet??", not just "??").
        work_nouns: Words that, right after a match, make it the name of a piece of work
            ("salary *benchmarking*", "pay *bands*"): such a match is not flagged.
        unless_text: A regular expression; a text it matches is about the rule's own subject
            (a reward analyst's thank-you talks about pay), so the rule does not speak. For
            ``other_employer`` it finds the employer a message is written to instead.
        marks_words: The rule is about words, not what a clause says: a ``reader_tone`` rule
            about word choice ("gonna", "pursuant to") marks the words, or a sentence or
            clause of up to ``SHORT_CLAUSE_WORDS`` that holds them ("hey jen"); its marks,
            like those of any such rule, join where a space or one short word parts them
            ("Acme *at* $128,000"). Other ``reader_tone`` rules judge what a clause says, so
            they mark the clause (up to ``CLAUSE_MAX_WORDS``), which is what the reader
            rewrites.
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
    stages: IdSet[Stage] = IdSet(STAGE_IDS)
    channels: IdSet[Channel] = IdSet(CHANNEL_IDS)
    without_stage: bool = True
    families: tuple[str, ...] = ()
    reader_tone: bool = False
    lead_words: int = 0
    marks_words: bool = False
    work_nouns: frozenset[str] = frozenset()
    unless_text: str = ""


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

#: Intensifiers and hedges a family allows between any two of its words ("I *really*, *truly*
#: need this job"); a match of a ``reader_tone`` rule also takes those just before it.
FILLERS: tuple[str, ...] = (
    "really",
    "truly",
    "just",
    "so",
    "very",
    "quite",
    "genuinely",
    "honestly",
    "actually",
    "simply",
    "sincerely",
    "absolutely",
    "completely",
    "totally",
    "deeply",
    "extremely",
    "incredibly",
    "desperately",
    "seriously",
    "still",
    "also",
    "kindly",
    "much",
    "far",
    "way",
    "even",
    "ever",
    "now",
    "already",
    "literally",
    "definitely",
    "certainly",
    "frankly",
    "rather",
    "super",
    "awfully",
    "terribly",
    "most",
    "more",
    "exactly",
    "precisely",
    "possibly",
    "probably",
    "perhaps",
    "maybe",
    "clearly",
    "obviously",
    "highly",
    "pretty",
    "somewhat",
    "slightly",
    "practically",
    "basically",
    "humbly",
    "respectfully",
    "a_bit",
    "a_little",
    "do",
    "kind_of",
    "sort_of",
    "kinda",
    "sorta",
)
#: Words before a match of a ``reader_tone`` rule that join its span, besides the fillers: the
#: writer as subject, and an article.
LEADS: tuple[str, ...] = tuple(
    [
        "i",
        "i'm",
        "i'll",
        "i'd",
        "i've",
        "we",
        "we're",
        "we'll",
        "am",
        "was",
        "will",
        "would",
        "have",
        "had",
        "be",
        "a",
        "an",
        "the",
    ]
)
#: Words after such a match that join its span, and any "!" or "?" right after them.
TRAILS: tuple[str, ...] = (
    "again",
    "too",
    "yet",
    "already",
    "anymore",
    "any more",
    "please",
    "instead",
    "to me",
    "for me",
    "at all",
    "as well",
    "once more",
    "no later",
    "at the latest",
    "at the very latest",
    "latest",
    "or else",
    "to be honest",
    "if I'm honest",
    "if I am honest",
    "to be frank",
    "to be fair",
    "honestly",
    "frankly",
    "tbh",
    "I suppose",
    "I guess",
    "I reckon",
    "then",
    "eh",
    "lol",
)
# Any trouble a writer apologises for: bothering, chasing, writing again, cluttering an inbox.
_TROUBLE = (
    "bother*|bug|bugs|bugging|pester*|disturb*|troubl*|nag|nags|nagging|chas*|email*|e-mail*"
    "|writ*|messag*|follow*|reach*|contact*|intru*|interrupt*|spam*|clutter*|flood*|clog*"
    "|repeat*|nudg*|ping*|inconvenien*|nuisance|annoy*|hassl*|impos*|remind*|burden*|persist*"
    "|wast*|fill*|crowd*|overload*|bombard*|swamp*"
)
# Going round the person who runs the process: writing over their head, asking one person
# to hurry another, skipping a stage, a number found elsewhere (around_the_process, going_around).
_GOING_AROUND: tuple[str, ...] = (
    "come|coming|came|go|going|went|turn|turning straight|direct|directly to you"
    "|the_hiring_manager|the_decision-maker",
    "written|wrote|writing|emailed|emailing|messaged|contacted|reached_out_to|escalated_to|cc'd"
    "|copied to? your|the CEO|MD|managing_director|founder|co-founder|director|head_of_department"
    "|HOD|head_of_HR|HR_director|boss|chairman|chair|board|president|VP|partner|principal",
    "rather_than|instead_of wait|waiting|wait_on|waiting_on|wait_for|waiting_for|going|go"
    "|going_through|go_through on|for|through? the|your? agency|recruiter|portal|HR"
    "|recruitment_team|talent_team|system|process|usual_channels",
    "bypass|circumvent|sidestep|go_around|get_around|get_round|work_around|short-circuit the|your"
    " ~? portal|process|recruiter|agency|HR|assessment|stage|stages|round|rounds|pipeline"
    "|formalities|red_tape|channels",
    "I|me|we|can_I|could_I|may_I|I_could|I_might skip|jump|bypass the|this|that ~? queue|line"
    "|stage|round|assessment|test|task|exercise|interview|step|process|rounds|stages",
    "nudge|prod|poke|chase|hurry|push|remind|lean_on|have_a_word_with|put_in_a_word_with|speak_to"
    "|talk_to him|her|them for_me|on_my_behalf|about_me|about_my_application",
    "nudge|prod|poke|chase|hurry|push|remind|lean_on|have_a_word_with|put_in_a_word_with|speak_to"
    "|talk_to Mr.|Mrs.|Ms.|Dr.|Mr|Mrs|Ms|Dr? {name} for_me|on_my_behalf|about_me"
    "|about_my_application",
    "escalate|escalating|escalated my|the|this ...? file|application|case|candidacy|candidature"
    "|CV|matter|query|request",
    "tagged|tag|tagging|mentioned you|the_hiring_manager|your_CEO|your_boss in|on a|my"
    "|the post|comment|tweet|story|thread",
    "backdoor|back-door|back_door|side-door|side_door way|route|path|entry|channel|option",
    "found|got|tracked_down|dug_up|looked_up|got_hold_of your personal|private|home|mobile|cell"
    "|direct|WhatsApp number|email|address|contact|details",
    "gave|passed|shared|passed_on me your personal|private|home|mobile|cell|WhatsApp? number"
    "|email|contact|details",
    "slide|sliding|slid into your DMs|DMs|inbox|messages",
    "went|go|going|gone over|above|around|round the|your|her|his|their ~? head|heads",
)
# Sorry and apologies as people type them: "sory", "soz", "appologies", "apologys".
_SORRY = (
    "sorry|sory|sorrry|sorryy|sorri|soz|sozz|sry|srry|sowwy|apologies|apologys|appologies"
    "|apologise|apologize|appologise|appologize|apols|apologizing|apologising"
)
# Everyone on a panel addressed at once: "give each of you a ring", "call you all".
_EVERY_ONE_OF_YOU = (
    "each_of_you|all_of_you|you_all|you_both|both_of_you|all_three_of_you|the_three_of_you"
    "|the_two_of_you|all_four_of_you|the_four_of_you|everyone_on_the_panel"
)
# Channels besides email on which the same question is sent again (second_channel).
_SECOND_CHANNELS = "LinkedIn|InMail|WhatsApp|Messenger|Instagram|Facebook|Twitter|Insta"
# A short message sent there: "a note", "a quick DM", "the same question".
_SENT_NOTE = (
    "a|an|the_same|another|one|a_similar|a_separate ...? note|message|line|DM|InMail|ping|nudge"
    "|reminder|question|query|request"
)
# Days of the week, as a chaser counts them: "I checked in on Monday and it's Wednesday now".
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A decision asked for as a question of "yet": "reached a decision on the role yet".
_DECISION = "decision|decisions|verdict|choice|final_decision|hiring_decision"
# When the writer sent a message, as a chaser counts them: "I sent email yesterday and the day
# before" (counting).
_SENT_WHEN = (
    "yesterday|today|this_morning|last_night|earlier_today|earlier_this_week|last_week"
    "|two_days_ago|three_days_ago|a_few_days_ago|on_Monday|on_Tuesday|on_Wednesday"
    "|on_Thursday|on_Friday|on_Saturday|on_Sunday|last_Monday|last_Tuesday|last_Wednesday"
    "|last_Thursday|last_Friday"
)
_SENT_AGAIN_WHEN = (
    "the_day_before|the_day_before_that|the_week_before|the_week_before_that|before_that"
    "|the_previous_day|again|yesterday|today|this_morning|last_week|two_days_ago|on_Monday"
    "|on_Tuesday|on_Wednesday|on_Thursday|on_Friday"
)
# A message sent as one writes of it with no "the" or "my": "sent email", "sent a message".
_AN_EMAIL = (
    "email|emails|e-mail|mail|mails|message|messages|note|notes|an_email|an_e-mail|a_mail"
    "|a_message|a_note|my_email|my_message|my_note|two_emails|two_messages|a_follow-up"
)
# The writer about to write, before a verb that is also a noun ("I'll message you").
_I_ABOUT_TO = (
    "I|I'll|I_will|I'd|I_would|I_could|I_can|I_might|I_may|I_shall|I'm_going_to|I_am_going_to"
    "|I_plan_to|I_thought_I'd|will|would|could|can|might|may|shall|going_to|gonna|to|and|or|we"
    "|we'll|we_will"
)
# The writer, or the writer's next step after "and": "and sent a message on LinkedIn".
_I_AND = "I|I've|I_have|I_had|I'd|we|we've|we_have|and|plus|then|and_then|and_have|and_had"
# A message sent on another channel, "request" left out: a connection request is what the
# guide suggests after a thank-you.
_A_NOTE_THERE = (
    "a|an|the_same|another|one|a_similar|a_separate ...? note|message|line|DM|InMail|ping"
    "|nudge|reminder|question|query"
)
# The writer's own messages told over as unanswered (counting): "I wrote two times already".
_I_WROTE_TO_YOU = (
    "I|I've|I_have|I_had|we|we've wrote|written|emailed|e-mailed|mailed|messaged|called|phoned"
    "|rang|contacted|tried you|to_you|u|here?"
)
# A reply not had to the writer's own message (pushy): "Haven't had a reply to my email".
_NO_REPLY_HAD = (
    "haven't|have_not|hadn't|had_not|not|never|yet_to|not_yet had|received|got|gotten|get"
    "|receive a|any|an reply|response|answer|word|acknowledgement|acknowledgment|reply_back"
    "|response_back|answer_back to_my|on_my|about_my|regarding_my|from_you|from_anyone"
    "|from_your_side"
)
# Nobody answered the writer (pushy, blaming them for the silence): "nobody answered me".
_NOBODY = "nobody|no_one|no-one|noone|not_one_person"
_ANSWERED = (
    "answered|replied|responded|got_back|gotten_back|wrote_back|written_back|came_back"
    "|come_back|bothered_to_reply|bothered_to_answer|bothered_to_respond|bothered_to_get_back"
)
_MY_MESSAGES = (
    "emails|email|messages|message|mails|mail|calls|call|notes|note|letters|letter|voicemail"
    "|voicemails|follow-ups|follow-up|application|applications"
)
# A mention that the writer is dropping in on them, excused in advance (apology): "hope you
# don't mind me popping up here too".
_DROPPING_IN = (
    "popp*|pop|dropp*|jump*|slid*|hopp*|turn*|show*|butt*|barg*|intrud*|contact*|reach*"
    "|writ*|messag*|ping*|email*"
)
# A question of when someone on their side decides, in a note of thanks (news_request).
_DECIDING = (
    "deciding|decide|choosing|choose|picking|pick|making_a_decision|making_the_call"
    "|making_their_decision|making_her_decision|making_his_decision|going_to_decide"
    "|likely_to_decide|planning_to_decide|hoping_to_decide|expecting_to_decide|getting_back"
    "|coming_back_to_me|announcing"
)
# A home whose lease runs out, given as the reason to hurry (own_plans).
_MY_LEASE = (
    "lease|tenancy|sublet|sublease|rental_agreement|tenancy_agreement|rental_contract|rental"
    "|lease_agreement"
)
_RUNS_OUT = (
    "runs|run|running|ends|ending|expires|expiring|finishes|finishing|is_up|'s_up|will_be_up"
    "|will_run|will_end|will_expire|will_finish|comes_to_an_end|is_ending|is_expiring"
    "|is_running"
)
# The people who decide, chased through someone else: "find out from the panel for me today".
_DECIDERS = (
    "panel|interviewers|hiring_manager|hiring_team|committee|decision-makers|decision_makers"
    "|decision-maker|decision_maker|board|panel_members|selection_panel|interview_panel"
)
# Asking a go-between to get the answer out of them (pushy).
_FIND_OUT = (
    "find_out|finding_out|check|checking|check_with|checking_with|ask|asking|chase|chasing"
    "|chase_up|chasing_up|get_an_answer|get_a_decision|get_word|sound_out|prod|push"
)
# Soon, as a time set for someone else: "for me today", "right now".
_RIGHT_AWAY = (
    "today|tonight|now|asap|right_away|straight_away|this_week|tomorrow|immediately|this_morning"
    "|this_afternoon|first_thing|ASAP"
)
# Glad to know, as a softened deadline: "would be sound to know before the weekend".
_GOOD_TO = (
    "good|great|sound|nice|handy|helpful|useful|ideal|grand|brilliant|lovely|ace|champion"
    "|perfect|super|amazing|fab|class|magic|mint|wicked|cool|best"
)
# What knowing means there: the answer, put many ways.
_TO_KNOW = (
    "know|hear|hear_back|find_out|have_an_answer|get_an_answer|have_a_decision|get_a_decision"
    "|have_news|get_news|hear_something|know_either_way|know_one_way_or_the_other|have_word"
    "|get_word|hear_the_outcome|know_the_outcome|have_the_outcome|get_the_outcome"
)
# Writing to every one of them at once (copying_in, panel_in_one).
_TO_ALL_OF_YOU = (
    f"{_EVERY_ONE_OF_YOU}|you_three|you_four|all_five_of_you|the_five_of_you|every_one_of_you"
    "|the_whole_panel|the_entire_panel|the_whole_lot_of_you"
)
# Who wrote, and the verb: "I've written to", "I'm sending this to".
_I_WROTE = (
    "I've|I_have|I|I'm|I_am|I'll|I_will|we've|we_have|we|we're|we_are|I'd|I_had"
    " written|wrote|writing|write|emailed|emailing|email|messaged|messaging|sent|sending|send"
    "|addressed|addressing|address|copied|copying"
)
# How much more, said without a figure: "a fair bit more than your budget" (offer_bluff).
_HOW_MUCH_MORE = (
    "a_fair_bit|a_good_bit|a_bit|a_lot|quite_a_bit|quite_a_lot|a_good_deal|a_great_deal|way|much"
    "|far|well|significantly|considerably|substantially|comfortably|noticeably|markedly|rather"
    "|somewhat|a_little|a_touch|a_chunk|a_decent_chunk|miles"
)
# What the employer can pay, as a note about another offer compares it.
_THEIR_FIGURE = "budget|band|range|offer|figure|ceiling|salary|package|pay|number|rate"
# Told in a message on one channel that the same thing went by email (second_channel).
_EMAILED = (
    "emailed|e-mailed|mailed|emailing|written_to|wrote_to|writing_to|sent_an_email_to"
    "|dropped_an_email_to|dropped_a_mail_to|sent_a_mail_to"
)
_JUST_NOW = (
    "yesterday|this_morning|earlier_today|earlier|last_night|also|too|as_well|already|separately"
    "|about_this|about_the_same|the_same_question"
)
# Greeted by a title of respect, as a panel is in many Englishes: "Ma'am Liza", "Sir Paolo".
_RESPECT = r"(?:Mr|Ms|Mrs|Dr|Prof|Mx|Sir|Ma['’]am|Madam|Miss|Mme)"
# Other processes, offers or interviews the writer says were set aside to wait (guilt).
_ON_HOLD = (
    "processes|applications|offers|interviews|opportunities|options|roles|jobs|companies"
    "|conversations|leads|prospects"
)
# Someone copied in, with a title or not: "Mme Girard", "M. Petit", "Dr Osei".
_COPIED = r"(?:(?:M|Mme|Mlle|Mr|Ms|Mrs|Mx|Dr|Prof|Herr|Frau|Sr|Sra)\.?[ \t]+)?[A-Z][\w'’-]+"
# Words for a wait that put it on them, besides ``_LET_DOWN``: "which is a bit rough".
_GRUMBLE = (
    "rough|inconvenient|a_nuisance|a_hassle|a_pain|galling|irritating|maddening|tiresome|trying"
    "|wearing|a_drag|not_great|not_good_enough|a_joke|ridiculous|unhelpful|hard_going|hard_to_plan"
    "|really_not_ideal|less_than_ideal|far_from_ideal|a_real_shame|a_great_shame|such_a_shame"
    "|a_crying_shame|a_bit_of_a_shame|a_real_pity|a_great_pity|such_a_pity|a_bit_of_a_pity"
)
# The people who decide, as the writer would hurry them through a go-between: "push the owners
# along", "hurry the directors up" (pushy).
_BOSSES = (
    "owners|owner|directors|director|partners|managers|manager|bosses|boss|management"
    "|leadership|leadership_team|senior_team|head_office|higher-ups|higher_ups|powers_that_be"
    "|founders|founder|head_chef|principal|headteacher|CEO|MD|GM|panel|committee|board"
    "|hiring_manager|hiring_team|decision-makers|decision_makers|interviewers|HR|them"
)
# Asked of them: "Can you please ...", "I'd be grateful if you could ..." (pushy).
_CAN_YOU = "can|could|would|will|please|pls|kindly|perhaps|maybe|able_to|way_to|possible_to"
# A wait called long: "another two weeks is a long time for me" (frustration).
_LONG_WAIT = (
    "a_long_time|a_long_wait|a_long_while|quite_a_wait|quite_a_while|an_age|ages|forever"
    "|an_eternity|a_lifetime|a_big_ask|a_lot_to_ask|too_long|way_too_long|a_long_stretch"
    "|a_long_way_off|hard_going|a_struggle|hard|difficult|tough"
)
# How a wait is judged: "is", "feels like", "seems" (frustration).
_WAIT_IS = "is|seems|feels|sounds|'s|would_be|will_be|feels_like|seems_like|sounds_like|is_really"
# A decision or an offer, as the writer awaits it: "an offer", "a decision" (decision_demand).
_AWAITED_ONE = "an|a offer|answer|yes|job_offer|offer_of_employment"
_DECIDED_ONE = "a|the|your|their|any decision|verdict|final_decision|outcome|final_answer"
# Arriving, of a decision or an offer: "be coming through", "go out", "be made" (decision_demand).
_ARRIVES = (
    "coming|come|comes|arrive|arriving|land|landing|through|out|ready|sent|made|issued"
    "|expected|due|happen|happening|likely|reached|taken|known|announced|forthcoming"
)
# What they were told or promised, held against a delay: "a real shame, I was told the 1st".
_WAS_TOLD = (
    "I_was|we_were|I'd_been|we'd_been|I_had_been|we_had_been|I've_been|we've_been|I_have_been"
    " told|promised|assured|led_to_believe|given_to_understand|informed"
)
# Their date, kept or not: "stick to the date this time", "honour the new deadline".
_KEEP_DATE = "stick*|keep*|honour*|honor*|respect*|abide*|adher*"
_THEIR_DATE = (
    "the|this|your|that|the_new|this_new|your_new|the_revised|these|your_own ...? date|dates"
    "|deadline|timeline|timeframe|timescale|schedule|word|promise|commitment|plan"
)
# Still there for them, the writer's hedge: "I can't promise I'll still be free".
_STILL_THERE = (
    "free|available|interested|on_the_market|around|looking|in_the_market|in_the_running|keen"
    "|open_to_it|able_to_wait|able_to_hold_on"
)
# Other approaches the writer says they refused for them: "rejected other calls".
_OTHER_CALLS = (
    "calls|call|invites|invitations|approaches|enquiries|inquiries|recruiters|employers"
    "|companies|firms|chances|openings|callbacks|call-backs|shortlists|headhunters"
)
# A person greeted by name, with a title or not: "Ms. Tan", "Wei Ling", "Rajesh".
_PERSON = rf"(?:{_RESPECT}\.?[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
# A note addressed to a whole panel: "To the interview panel:".
_TO_THE_PANEL = (
    r"(?m:^)(?i:to[ \t]+(?:the[ \t]+)?(?:whole[ \t]+|entire[ \t]+)?(?:interview(?:ing)?[ \t]+"
    r"|hiring[ \t]+|selection[ \t]+|recruitment[ \t]+)?(?:panel|committee|team)(?:[ \t]+members)?)"
    r"(?=[ \t]*[:,])"
)
# Register word lists (too_casual, slang, too_formal, generic_greeting).
# The words for meeting someone that a text-speak "you" ends: "gr8 to meet u", "lovely
# chatting w u", "nice to see ya".
_MEETING_WORDS = (
    "meet|see|chat_with|chat_to|talk_to|talk_with|speak_with|speak_to|hear_from|catch_up_with"
    "|connect_with|meet_with|chat_w|talk_w|chat_w/|talk_w/"
)
# What a leader runs at a place of work, before the place: "(lead) the care team at", "(run)
# the night shift at" (``other_employer``).
_LED_AT = (
    r"(?=[ \t]+(?:the|your)[ \t]+(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}?(?-i:[a-z])[\w-]*[ \t]+at"
    r"[ \t]+(?-i:[A-Z]))"
)
_MEETING_ING = (
    "meeting|seeing|chatting_with|chatting_to|talking_to|talking_with|speaking_with"
    "|speaking_to|hearing_from|catching_up_with|connecting_with|chatting_w|chatting_w/"
)
# Slang for "good" in any English that is slang after any verb: "sounds heaps good", "was
# bussin", "is the bee's knees".
_SLANG_GOOD = (
    "bussin|bussin'|shiok|lush|heaps_good|well_good|dead_good|mad_good|hella_good|the_craic"
    "|good_craic|great_craic|grand_craic|class_craic|pure_class|absolute_class|dead_class"
    "|well_class|chill|mad_chill|dead_sound|sound_as|banging|bangin'|lekker|grouse|bonza|bonzer"
    "|noice|gnarly|goated|peng|top_drawer|straight_fire|lowkey_fire|low-key_fire|the_bee's_knees"
    "|the_cat's_pyjamas|the_cat's_pajamas|the_cat's_whiskers|the_dog's_bollocks|my_jam"
    "|totes_my_jam|a_vibe|a_whole_vibe|a_banger|a_blast|a_riot|a_hoot|a_ripper|a_corker"
    "|a_belter|a_beaut|a_doozy|da_bomb|the_bomb|sweet_as|mint|ace|epic|dope|rad|wicked"
    "|a_cracker|a_stonker|a_scorcher|a_cracking_one|a_good_'un|a_good_un"
)
# Slang intensifiers ("mad", "dead", "hella") and what they make slang: "mad chill", "hella
# cool", "dead interesting", "lowkey fire".
_SLANG_VERY = (
    "proper|mad|dead|hella|lowkey|low-key|highkey|high-key|totes|pure|bare|crazy|mega|uber|heaps"
    "|super_duper|duper|stupid|wicked|well_proper|right_proper|mega_mega|dead_proper"
)
_SLANG_STRONG = (
    _SLANG_GOOD + "|fire|lit|craic|savage|sick|legit|good|nice|cool|fun|excited|keen|happy"
    "|buzzing|chuffed|decent|quality|interesting|grand|amazing|helpful|useful|impressive|great"
    "|brilliant|lovely|smooth|easy|glad|stoked|pumped|hyped|vibey|nervous|grateful"
    "|thankful|impressed|inspired|interested|curious|appreciated|appreciative|proud"
    "|class|sound|deadly|unreal|gas|buzzin|buzzin'|made_up|delighted|thrilled|honoured"
    "|honored|sweet|solid|awesome|epic|dope|rad|mint|ace|sick|insane|nuts|bonkers|wild"
)
# Casual praise and cheer that an emoji or a laugh right after it belongs to: "proper class
# 😄", "seriously sick 🔥", "it was awesome haha", "Woohoo!!! 🎉".
_CASUAL_CHEER = (
    _SLANG_STRONG + "|awesome|amazing|epic|sick|class|fab|fabulous|brill|brilliant|fantastic"
    "|lovely|perfect|great|super|fun|cool|exciting|excited|keen|stoked|chuffed|wicked|woohoo"
    "|woo-hoo|yay|yayy|yippee|hooray|hurray|whoop|whoop_whoop|woot|wahoo|congrats|thanks|thx"
    "|cheers|ta|ty|tysm|haha|hahaha|lol|lmao|hehe|yess|yesss|yasss|omg|wow|woah|whoa|phew"
    "|scenes|vibes|vibe|fire|lit|banger|legend|legends|goals|win|dream"
)
# Over-excitement as people say it in chat: "bouncing off the walls", "buzzing like mad".
_GIDDY = (
    "like_mad|like_crazy|like_anything|like_nobody's_business|like_a_kid|like_a_child"
    "|like_a_little_kid|to_bits|to_pieces|to_the_max|off_the_charts|off_the_scale|beyond_words"
    "|out_of_my_mind|out_of_my_skull|off_my_head|as_anything|as_heck|as_hell|af"
)
# Capitals for stress beyond ``LOUD_WORDS``: "the best interview of my LIFE", "SO excited".
_MORE_LOUD = frozenset(
    """
    SO SOOO LIFE DREAM EVER WOW YAY YAYY LOVED ADORE EXCITING INCREDIBLE FANTASTIC BRILLIANT
    WONDERFUL SUPER MEGA HUGE THRILLED STOKED PUMPED BUZZING GRATEFUL APPRECIATE APPRECIATED
    FINALLY CANNOT CAN'T WAIT LOVE LOVING BEST WORST PLEASEEE SOOOO YESSS
    """.upper().split()
)
# Slang words that need no company: Gen Z, text-speak and regional slang from Lagos to Leeds.
_SLANG_WORDS = (
    "mad_busy|hella_busy|bare_busy|well_busy|proper_busy|bussin|bussin'|shiok|fixin'|fixin"
    "|fixing_to|finna|tryna|iykyk|no_cap|periodt|slaps|it_slaps"
    "|hits_different|main_character_energy|rent_free|lives_rent_free|understood_the_assignment"
    "|say_less|big_W|vibe_check|sheesh|ayo|ayy|yeet|oof|welp|yass|yas|yaas|yasss|slay|slayed"
    "|slaying|istg|lekker|eish|sharp_sharp|yebo|omo|oga|chale|yaar|alamak|walao|chur|sweet_as"
    "|good_onya|good_on_ya|onya|deadset|dead-set|fair_dinkum|bonza|grouse|strewth|arvo|brekkie"
    "|innit|bruv|blud|wagwan|bless_up|irie|braw|dinnae|cannae|chuffed_to_bits|sound_as_a_pound"
    "|proper_job|the_bee's_knees|the_cat's_pyjamas|the_cat's_pajamas|the_cat's_whiskers"
    "|the_dog's_bollocks|the_mutt's_nuts|my_jam|totes_my_jam|glow-up|glowup|glow_up|the_fam"
    "|my_fam|fambam|fam_bam|cool_cool|cool_cool_cool|howdy_partner|top_of_the_morning"
    "|top_o'_the_morning|greetings_and_salutations|ahoy|ahoy_there|bless_your_heart"
    "|bless_ur_heart|bless_yer_heart|bless_your_cotton_socks|bless_your_little_heart"
    "|absolute_scenes|proper_scenes|unreal_scenes|you_lot_are_sound|on_fleek"
    "|ate_and_left_no_crumbs|living_my_best_life|caught_a_vibe|vibing_with|big_up|big_ups"
    "|respect_bruv|nuff_respect|no_wahala|sharp-sharp|now-now|just_now_now|ja_nee|shame_man"
    "|ag_man|jinne|yoh|yho|eish_man|boet|thanks_a_mil|cheers_a_mil|deadly_stuff|gas_craic"
    "|savage_craic|what_a_session|grand_job|fair_play_to_ya|fair_play_to_you|ya_legend"
    "|you_legend|stoked_as|keen_as_mustard|no_worries_mate|heaps_keen|reckon_so"
    "|timepass|full_josh|jhakaas|ekdum|bindaas|chill_maar|what_a_vibe|rizz|vibes_were_immaculate"
    "|immaculate_vibes|slay_queen|bestie_vibes|yous|youse|yiz|yinz|sawa|sawa_sawa|poa|niaje"
    "|asante_sana|fiti|e_choke|e_don_cast|e_sweet_me|e_enter|no_shaking|how_body|wetin_dey"
    "|sana_all|sana_ol|salamat_po|maraming_salamat|charot|lodi|petmalu|werpa|beshie|besh"
)
# Laughter that ends a clause ("your loss lol"), in lower case or capitals, not "LoL Discord".
_LAUGH = (
    r"(?:lol|LOL|lolz|lolol|lmao|LMAO|lmfao|rofl|ha(?:ha)+|HA(?:HA)+|he(?:he)+|jk|xD|XD)"
    r"(?![\w'’])(?![ \t]*\w)"
)
# Text-speak words that keep marks of their own inside such a clause.
_TEXT_SPEAK = r"(?i:btw|gonna|wanna|gotta|thx|ur?|omg|tbh|idk|imo|ngl|fr|lmk|pls|plz)(?![\w'’])"
# What slang asks for when it asks for news: "any tea on where things are at?", "any goss".
_SLANG_NEWS = "goss|gossip|scoop|deets|whispers|intel|4-1-1|411|lowdown|low-down"
# The second word of what slang thanks for, when it is two: "thx heaps for the trial *shift*",
# "ta muchly for the site *visit*".
_THANKED_EVENT = (
    "shift|visit|interview|call|chat|tour|meeting|day|session|trial|test|task|assessment"
    "|catch-up|catchup|coffee|lunch|walkthrough|walk-through|demo|screen|round|invite"
    "|invitation|opportunity|offer|feedback|update|info|yesterday|today|earlier"
)
# Slang for "all is well", with who or what it says it of: "Then we're golden", "and it's all
# gucci", "everything's hunky-dory"; not "a golden opportunity" or "Golden Gate".
_ALL_GOOD = (
    "we're|we_are|we'll_be|we_will_be|we'd_be|we_would_be|we_should_be|you're|you_are|I'm"
    "|I_am|I'll_be|everything's|everything_is|everything_will_be|all's|all_is|it's_all"
    "|it_is_all|that's_all|that_is_all all? golden|gucci|peachy|hunky-dory|hunky_dory|sweet_as"
    "|copacetic {end}"
)
# A goodbye from a chat that stands as the sign-off line: "See ya,", "Later!", "Talk later".
_CHAT_GOODBYE = (
    r"(?:see[ \t]+ya|see[ \t]+yah|see[ \t]+yas|cya|c[ \t]+ya|catch[ \t]+ya|later|later[ \t]+gator"
    r"|l8r|l8rs|l8ers|talk[ \t]+later|chat[ \t]+later|speak[ \t]+later|ttyl|ttys"
    r"|over[ \t]+and[ \t]+out|adios|sayonara|smell[ \t]+ya[ \t]+later)"
)
# Legalese that points back at a thing instead of naming it, with what it governs: "for the
# aforesaid post", "in the above-mentioned role".
_LEGAL_POINTER = (
    "aforesaid|aforementioned|afore-mentioned|above-mentioned|abovementioned|above_mentioned"
    "|undermentioned|under-mentioned|above-named|abovenamed|said_above"
)
_LEGAL_POINTER_FAMILY = (
    "for|of|in|on|to|about|regarding|concerning|re|under|with|against the|your|my|this|that?"
    f" {_LEGAL_POINTER} {{word}}"
)
# An offer or a letter referred to in a clerk's words, with where it lies: "the esteemed offer
# contained in your letter", "your kind proposal as embodied in the letter of appointment".
_LEGAL_OFFER_FAMILY = (
    "esteemed|gracious|august|honourable|honorable|benevolent offer|proposal|letter"
    "|communication|appointment|invitation ...? contained|embodied|enclosed|comprised|set_forth"
    "|conveyed in|within|herein|therein your|the|thy {word}? letter|correspondence"
    "|communication|email|e-mail|mail|missive|message|note"
)
# Thanks said with "cheers", and what it thanks for: "cheers for sorting the Zoom links"; not
# the noun ("the cheers for the apprentices", "three cheers for"), a name ("the Cheers for
# Peers scheme") nor a quotation.
_CHEERS_FOR = (
    r"[Cc](?<![\w'’-][Cc])(?<![\"“‘][Cc])(?<![Tt]he [Cc])(?<!of [Cc])(?<![Tt]hree [Cc])"
    r"(?<!loud [Cc])(?<!big [Cc])(?<!with [Cc])heers(?:[ \t]+(?i:again|so[ \t]+much|heaps"
    r"|loads|a[ \t]+lot|a[ \t]+million|very[ \t]+much))?[ \t]+for(?![\w'’-])"
    r"(?:[ \t]+[^.!?;,:\n\"“”()]{0,160}[^\s.!?;,:\n\"“”()])?"
)
# "Heaps" for "very" with the verb that says it: "was heaps fun 😀", "sounds heaps good".
_HEAPS_FAMILY = (
    "was|is|were|are|been|be|sounds|sounded|looks|looked|seems|seemed|felt|feels|it's|that's"
    f"|it_was|twas heaps {_SLANG_STRONG} {{emoji}}?"
)
# Ordinary words that, with another, make a run of capitals a shouted phrase: "NO IDEA".
_MORE_COMMON = frozenset({"IDEA", "CLUE", "WHERE", "STAND", "NOTHING", "HEARD", "WORD"})

# A value left as a slot: "[DATE]", "{salary}", "<amount>", "$XX,XXX", "XX", "___".
_VALUE_SLOT = (
    r"(?:\[[A-Za-z][A-Za-z _/-]{0,30}\]|\{\{?[A-Za-z][A-Za-z _/-]{0,30}\}\}?"
    r"|<[A-Za-z][A-Za-z _/-]{0,30}>|[$£€]?X(?<!\wX)X{1,4}(?:,X{3})*(?:[kK])?|_{3,})(?![\w'’-])"
)
# ... with the words that ask for it, marked whole: "a start date of [DATE]", "a salary of
# $XX,XXX", "my mobile number is XXXX", "the deadline: {date}".
_SLOT_WITH_ITS_NOUN = (
    r"(?<![\w'’-])(?:(?i:a|an|the|my|your|our|their|his|her)[ \t]+)?(?i:(?:(?:start(?:ing)?"
    r"|joining|commencement|end|leaving|interview|closing)[ \t]+)?date|salary|base[ \t]+salary"
    r"|pay|wage|rate|day[ \t]+rate|figure|amount|sum|bonus|package|CTC|deadline|notice[ \t]+"
    r"period|(?:(?:phone|mobile|cell|contact|reference)[ \t]+)?number|phone|mobile|extension"
    r"|start[ \t]+time|time)[ \t]+(?:of|is|was|will[ \t]+be|would[ \t]+be|on|at|as|:)[ \t]+"
    + _VALUE_SLOT
    # ... with what it counts ("my notice period is XX weeks"),
    + r"(?:[ \t]+(?i:weeks?|days?|months?|years?|hours?|per[ \t]+(?:year|annum|month|hour|day)"
    r"|a[ \t]+(?:year|month|week|day|hour))(?![\w'’-]))?"
    # ... but a day left as XX takes its month, which another pattern marks ("XX January 2027").
     + r"(?![ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
)
# The dot of a short form inside a list: "incl.", "esp.", "e.g.", "approx.", "i.e.".
_SHORT_FORM_DOT = (
    r"(?<=\bincl)\.|(?<=\besp)\.|(?<=\bapprox)\.|(?<=\bexp)\.|(?<=\be)\.(?=g\.)|(?<=\be\.g)\."
    r"|(?<=\bi)\.(?=e\.)|(?<=\bi\.e)\."
)
# A phone number with some digits left as X: "98480 XXXXX", "+44 20 7946 XXXX", "555-XXXX".
_NUMBER_WITH_XX = (
    r"(?<![\w+.,/-])(?:\+\d{1,3}[ \t.-]?(?:\(?\d{1,5}\)?[ \t.-]?)*|\(?\d{3,5}\)?[ \t.-]?"
    r"(?:\d{2,5}[ \t.-]?)*)X{2,}(?:[ \t.-]?(?:X{2,}|\d{2,}))*(?![\w-])"
)
# A slot as the subject of a clause takes the clause: "if XX needs anything further".
_SLOT_AS_SUBJECT = (
    r"(?<![\w'’-])(?i:if|when|whether|once|unless|until|because|so|and|but|that)[ \t]+"
    r"(?:X(?<!\wX)X{1,3}|\[[A-Za-z][A-Za-z ]{0,30}\]|\{\{?[A-Za-z][A-Za-z ]{0,30}\}\}?)"
    r"(?![\w'’-])[ \t]+(?=(?i:needs|has|is|was|will|would|can|could|should|may|might|wants"
    r"|asks|said|says|mentioned|requires|prefers|decides|gets|comes)\b)[a-z]+"
    r"(?:[ \t]+[a-z][\w'’-]*){0,4}"
)
# Thanks that end on a nickname, however far after it: "cheers for the trial shift on Saturday
# mate", "thanks for sorting all that out bro"; not a mate of someone's ("to your running mate").
# Words that make "mate" someone's rather than the reader's: "your running mate", "a first mate".
_MATE_OWNERS = (
    "a|an|the|your|my|his|her|their|our|this|that|any|every|team|running|class|flat|room|house"
    "|ship|first|second|play|work|bunk|soul|study|gym|school|old|new|best|good|fellow|tent|lab"
    "|desk|office|drinking|golf|tennis|squash|reading|coding|pub|dad|mum|mom|big|little|kid"
    "|baby|twin|fire|head|sous|police|union|scout|pen|shift|training|onboarding|induction"
    "|walking|hiking|surf|rowing|chief"
)
_THANKS_MATE = (
    r"(?<![\w'’-])(?i:cheers|thanks|thank[ \t]+you|thank[ \t]+u|ta|thx|nice[ \t]+one)"
    r"(?:[ \t]+[\w'’-]+){1,8}?[ \t]+"
    + "".join(rf"(?<!\b{word} )(?<!\b{word.capitalize()} )" for word in _MATE_OWNERS.split("|"))
    + r"(?:mate|matey|m8|bro|bruv|dude|fella|hun|babe)"
    r"(?=[ \t]*(?:[.!?,;\n]|$|x{1,3}(?![\w'’-])))"
)
# Yorkshire and Lancashire "owt" and "nowt" for anything and nothing: "if you need owt else".
# In small letters: "OWT" is an offshore wind turbine.
_SLANG_OWT = r"(?<![\w'’-])[Nn]?owt(?:[ \t]+(?:else|at[ \t]+all|like[ \t]+that))?(?![\w'’-])"
# Blanks of one kind in a row, apart or separated by a comma or the like, are one gap to
# fill: "[Reference name], [phone number]", "{first name} {surname}", "<name>, <email>".
_BLANKS = (
    r"\[[A-Za-z][^\[\]\n]{0,40}\]",
    # ... not a field of code ("{tenant_id}") nor a tag of HTML ("<b>").
    r"\{\{?(?![\w.]+_(?:id|ids|key|keys|uuid|hash|ts|idx)\})[A-Za-z][^{}\n:]{0,40}\}\}?",
    r"<(?!(?i:a|b|i|p|q|s|u|br|hr|em|li|ol|ul|td|tr|th|dd|dt|dl|div|span|strong|code|pre|img"
    r"|sub|sup|small|table|h[1-6])[ \t]*>)[A-Za-z][^<>@\n]{0,40}>",
)
_BLANKS_IN_A_ROW = (
    r"(?<![\w\]/$])(?<!masked as )(?<!anonymised as )(?<!anonymized as )(?<!redacted as )"
    r"(?<!referred to as )(?<!labelled as )(?<!labeled as )(?<!called )(?:"
    + "|".join(
        rf"{blank}(?:[ \t]*[,;/|:–-][ \t]*{blank}|[ \t]+(?:(?:at|on)[ \t]+)?{blank})+"
        for blank in _BLANKS
    )
    + r")(?![ \t]*\((?i:masked|anonymi[sz]ed|redacted|confidential|under NDA))"
    r"(?![ \t]+(?i:tokens?|placeholders?|syntax|notation|markers?|macros?|tags?|variables?"
    r"|fields?|interpolations?|merge)\b)"
)
# Slang for a busy spell ("things have been mental", "work's been nuts"), not a field of care
# ("my work has been mental health nursing").
_SLANG_BUSY = (
    r"(?i:(?:things|life|work|everything|it|stuff|the[ \t]+week|this[ \t]+week|the[ \t]+month"
    r"|this[ \t]+month|the[ \t]+(?:past|last)[ \t]+(?:few[ \t]+|couple[ \t]+of[ \t]+)?(?:days"
    r"|weeks))(?:['’](?:s|ve)[ \t]+been|[ \t]+(?:has|have|had)[ \t]+been|[ \t]+(?:is|are|was"
    r"|were|got)|['’]s)[ \t]+(?:(?:a[ \t]+bit|a[ \t]+little|absolutely|totally|proper|properly"
    r"|pretty|quite|so|utterly|completely|well|just|bloody|a[ \t]+tad)[ \t]+)?(?:mental|bonkers"
    r"|nuts|manic|carnage|mad|crazy|insane|chaos|chaotic))(?![\w'’-])"
    r"(?![ \t]+(?i:health|illness|wellbeing|well-being|state|load|note|arithmetic|maths?"
    r"|models?|nursing|care|services?)\b)"
)
# "Gig" for a job, with the title it shortens: "the Barista Trainer gig", "this weekend gig";
# not the gig economy or a show.
_SLANG_GIG = (
    r"(?i:(?:the|this|that|your|a)[ \t]+(?:(?-i:[A-Z][\w'’-]*)[ \t]+){0,3}"
    r"(?:[a-z][\w-]*[ \t]+){0,2}gigs?)(?![\w'’-])"
    r"(?![ \t]+(?i:economy|workers?|work|platforms?|apps?|venues?|guides?"
    r"|listings?|posters?|tickets?|photography|bags?|reviews?|last|tonight|lineup|line-up)\b)"
    r"(?![ \t]+(?:at|in)[ \t]+the[ \t]+[A-Z])"
)
# A kiss or a hug to sign off: "Hugs, Aoife", "Love, Chiamaka xx", "x Poppy".
_SIGN_OFF_HUG = (
    r"(?:(?i:lots[ \t]+of|all[ \t]+my|much|big|with|loads[ \t]+of|sending)[ \t]+)?"
    r"(?i:love|luv|hugs?|kisses|xoxo|hugs[ \t]+and[ \t]+kisses|love[ \t]+and[ \t]+hugs"
    r"|love[ \t]+ya|peace|peace[ \t]+out|toodles|toodle-oo|ciao|cheerio|bye+|bye[ \t]+for[ \t]+now"
    r"|ta-ra|tata|ta[ \t]+ta|laters|love[ \t]+and[ \t]+light|peace[ \t]+and[ \t]+love"
    r"|warm[ \t]+hugs"
    r"|hugs[ \t]+and[ \t]+love|love[ \t]+always|all[ \t]+the[ \t]+love|love[ \t]+you"
    r"|blessings[ \t]+and[ \t]+love|your[ \t]+new[ \t]+bestie|your[ \t]+bestie|bestie)"
)
# A day of the month as a legal letter dates it: "the 3rd instant".
_ORDINAL_ENDINGS = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_DAY_OF_MONTH = "|".join(f"{day}{_ORDINAL_ENDINGS.get(day, 'th')}" for day in range(1, 32))
# Stiff adjectives for an employer: "your reputed organisation", "this august institution".
_GRAND = (
    "esteemed|reputed|august|illustrious|distinguished|venerable|revered|renowned|reputable"
    "|prestigious|noble|honourable|honorable|respected|great_and_esteemed"
)
# What a form letter calls the employer and the job.
_INSTITUTION = (
    "institution|organisation|organization|company|firm|establishment|concern|office|house"
    "|enterprise|bank|school|university|hospital|ministry|department|agency|corporation|body"
    "|team|panel|board|committee|opportunity|position|post|vacancy|role"
)
# The verbs of a legal notice, in every form: "hereby acknowledges", "herewith submit".
_NOTICE_VERBS = (
    "acknowledg*|confirm*|accept*|submit*|withdraw*|tender*|convey*|extend*|express*|declare*"
    "|notif*|inform*|request*|wish*|thank*|appl*|resign*|declin*|giv*|place*|record*"
    "|undertak*|certif*|agree*|signif*|offer*|present*|transmit*|forward*|attach*|enclos*"
    "|append*|furnish*|send*|sends|sent|provid*|intimat*|communicat*|register*|lodg*"
)

# Words for the writer's own character: a list of them is a claim, not evidence.
_TRAITS = (
    "diligent|meticulous|driven|hard-working|hardworking|compassionate|dedicated"
    "|detail-oriented|detail-focused|motivated|self-motivated|passionate|enthusiastic|reliable"
    "|dependable|organised|organized|proactive|dynamic|results-driven|results-oriented"
    "|goal-oriented|conscientious|tenacious|ambitious|energetic|personable|adaptable|resilient"
    "|committed|loyal|punctual|caring|thorough|hungry|tireless|determined|versatile"
)
# Nouns of the same kind: "a natural leader and a great communicator".
_PERSON_CLAIM_NOUNS = (
    "leader|communicator|problem-solver|problem_solver|self-starter|go-getter|team_player"
    "|people_person|fast_learner|quick_learner|hard_worker|perfectionist|multitasker|achiever"
    "|overachiever|high-achiever|high_achiever|visionary|innovator|rock_star|rockstar|ninja"
    "|asset|all-rounder|hustler|doer"
)
# With "fit", which is said of a thing as well as of the writer ("That seems a natural fit with
# the routine you described"): a claim where the writer is the one who fits.
_CLAIM_NOUNS = _PERSON_CLAIM_NOUNS + "|fit"
# Certainty stamped on a claim: "the perfect fit, no question", "hands down the best candidate".
_BEYOND_DOUBT = (
    "no_question|no_doubt|no_doubt_about_it|no_question_about_it|without_a_doubt"
    "|without_question|beyond_doubt|beyond_a_doubt|beyond_any_doubt|hands_down|bar_none"
    "|no_contest|for_sure|for_certain|full_stop|end_of_story|trust_me|believe_me"
    "|no_two_ways_about_it|no_ifs_or_buts|mark_my_words"
)
# The writer as the one for the job, which a claim of certainty stamps.
_BEST_FIT = (
    "best|perfect|ideal|right|strongest|obvious|natural|top fit|candidate|choice|person|match"
    "|hire|pick|man|woman"
)
# Words that make a claim noun a claim about character: "a natural leader", "a strong
# communicator", "a quick learner".
_CLAIM_ADJECTIVES = "natural|born|great|strong|excellent|proven|real|true|gifted|genuine"
# A way in that the writer says they need: "I really need a foot in the door", "my big break".
_WAY_IN = (
    "foot_in_the_door|toe_in_the_door|foot_through_the_door|foot_in|big_break|first_break"
    "|lucky_break|leg_up|leg-up|first_chance|first_step_on_the_ladder|foot_on_the_ladder"
)
# A slot for a day or a time: "{date}", "[TIME]", "<interview slot>", "DATE".
_WHEN_SLOT = (
    r"(?:\[(?=[^\[\]\n]{0,30}(?i:date|time|day|hour|slot|when))[A-Za-z][^\[\]\n]{0,30}\]"
    r"|\{\{?(?=[^{}\n]{0,30}(?i:date|time|day|hour|slot|when))[A-Za-z][^{}\n:]{0,30}\}\}?"
    r"|<(?=[^<>\n]{0,30}(?i:date|time|day|hour|slot|when))[A-Za-z][^<>@\n]{0,30}>"
    r"|(?:DATE|TIME|DAY)(?![\w'’-])(?![ \t]+[A-Z0-9]))"
)
# ... left with its "on" or "at", and the slots of one moment as one gap: "I will attend on
# {date} at [TIME]", "see you at <time> on <day>": the day and time are what the reply confirms.
_WHEN_LEFT_AS_SLOTS = (
    r"(?<![\w'’-])(?i:on|at|by|for|from|before|until)[ \t]+"
    + _WHEN_SLOT
    + r"(?:[ \t]*(?:,|@|-|–|(?i:at|on|from|between|and|to))[ \t]*(?:(?i:at|on)[ \t]+)?"
    + _WHEN_SLOT
    + r")*"
)
# A person left as a slot after meeting or speaking with them, with the team beside them:
# "meeting NAME and the team", "to speak with [interviewer name]", "thank {manager}".
_PERSON_SLOT = (
    r"(?:\[(?=[^\[\]\n]{0,30}(?i:name|interviewer|manager|recruiter|contact|person))"
    r"[A-Za-z][^\[\]\n]{0,30}\]"
    r"|\{\{?(?=[^{}\n]{0,30}(?i:name|interviewer|manager|recruiter|contact|person))"
    r"[A-Za-z][^{}\n:]{0,30}\}\}?"
    r"|<(?=[^<>\n]{0,30}(?i:name|interviewer|manager|recruiter|contact|person))"
    r"[A-Za-z][^<>@\n]{0,30}>"
    r"|(?:(?:FIRST|FULL)[ \t]?)?NAME|INTERVIEWER|HIRING[ \t]MANAGER|RECRUITER)(?![\w'’/-])"
)
_MEETING_A_SLOT = (
    r"(?<![\w'’-])(?i:meet|meets|meeting|met|see|seeing|thank|thanking|(?:speak|speaking|talk"
    r"|talking|chat|chatting|catch(?:ing)?[ \t]+up|work|working)[ \t]+(?:with|to))[ \t]+"
    r"(?:(?-i:Mr|Mrs|Ms|Mx|Dr)\.?[ \t]+)?"
    + _PERSON_SLOT
    + r"(?:[ \t]+(?:and|&)[ \t]+(?:the|your|his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+)?"
    r"(?i:team|panel|crew|colleagues|group|department|others|rest[ \t]+of[ \t]+the[ \t]+team)"
    r"(?![\w'’-]))?"
)
# Too busy, told as the reason something came late: "late, been absolutely flat out".
_SWAMPED = (
    "flat_out|swamped|snowed_under|slammed|run_off_my_feet|rushed_off_my_feet|up_to_my_eyeballs"
    "|up_to_my_ears|drowning|buried|busy|crazy_busy|mad_busy|manic|hectic|mental|non-stop"
    "|nonstop|under_the_pump|in_the_weeds|overloaded|overwhelmed|stretched|rammed|chocka"
)
_BEEN = (
    "been|I've_been|I_have_been|I_was|I'm|I_am|we've_been|we_were|it's_been|it_has_been"
    "|things_have_been|things've_been|work's_been|work_has_been|life's_been|life_has_been"
)
# An answer the writer says they will wait for: "I will be waiting for your feedback" (a
# reply or a response waited for is ``pushy``'s).
_AWAITED = (
    "feedback|decision|verdict|answer|call|word|news|result|results|outcome|revert|update"
    "|confirmation"
)
# The writer as the one who will do it: "I will", "I'll", "I promise to".
_I_PROMISE = (
    "I'll|I_will|I_shall|I_promise_to|I_promise_I'll|I_promise_I_will|I_swear_I'll"
    "|I_assure_you_I'll|I_assure_you_I_will|I_vow_to|I'm_going_to|I_am_going_to"
)
# The best the reader will see, said of the writer: "the best chef you'll see this week".
_YOU_WILL_SEE = (
    "you'll|you_will|you've|you_have|you'd|you_would|you_could|you_can|you're_likely_to"
    "|you_are_likely_to|you're_going_to|you_are_going_to|you're_ever_going_to|you_ever"
    "|you're_gonna|you_can_hope_to|you've_got|you_have_got|you'll_have|you_will_have"
)
_SEEN = (
    "see|meet|find|get|hire|interview|come_across|seen|met|found|interviewed|had|hired"
    "|taste|tasted|work_with|worked_with|get_through_the_door"
)
# Pay asked about by name: "may I know the salary range", "could I ask about the bonus".
_PAY_ASKED = (
    "salary|salaries|salary_range|salary_band|salary_scale|pay|pay_range|pay_band|pay_scale"
    "|pay_grade|wage|wages|bonus|bonuses|package|compensation|remuneration|benefits|perks"
    "|commission|OTE|CTC|pension|allowance|allowances|increment|increments|annual_leave|PTO"
)
# Coming to the next round made to wait for the pay: "before I commit to coming in".
_COMMIT_TO_COME = (
    "commit*|agree*|confirm*|say_yes|come|coming|attend*|travel*|book*|go_ahead|accept"
    "|make_the_trip|take_the_time_off"
)
# Others said to be after the writer, which inflates the competition: "a couple of others
# sniffing around", "headhunters knocking on my door".
_SUITORS = (
    "others|other_companies|other_employers|other_firms|other_groups|other_places|other_outfits"
    "|other_agencies|other_practices|other_pharmacies|other_hospitals|other_schools"
    "|other_chains|recruiters|headhunters|competitors|rivals|suitors"
)
_CIRCLING = (
    "sniffing|sniffing_around|sniffing_round|circling_me|hovering|knocking_on_my_door"
    "|knocking_at_my_door|banging_down_my_door|beating_down_my_door|beating_a_path_to_my_door"
    "|queuing_up|queueing_up|lining_up_for_me|clamouring|clamoring|chasing_me|courting_me"
    "|fighting_over_me|are_after_me|keen_on_me|keen_to_snap_me_up|interested_in_me"
    "|circling_around_me|tapping_me_up|poaching_me|trying_to_poach_me"
)
# The writer's own kit or household failing, told as the reason something came late:
# "my laptop died", "the wifi went down", "my kid was sick".
_KIT = (
    "laptop|computer|PC|Mac|MacBook|internet|wifi|Wi-Fi|broadband|printer|scanner|hard_drive"
    "|hard_disk|phone|charger|connection|router|email|inbox"
)
_KIT_FAILED = (
    "died|crashed|broke|broke_down|packed_up|packed_in|gave_up|gave_out|froze|stopped_working"
    "|went_down|went_kaput|got_corrupted|corrupted|was_down|were_down|played_up|failed|blew_up"
    "|conked_out|went_on_the_blink"
)
_HOUSEHOLD = "kid|kids|son|daughter|child|children|baby|toddler|little_one|partner|wife|husband"
# Coming to the next round at any time at all, where the guide repeats back their date: "I will
# come any time you want", "I'm available whenever".
_COME_IN = (
    "come|come_in|come_by|attend|be_there|make_it|pop_in|drop_in|travel|meet|interview|do_it"
    "|do|be_available|make_myself_available|fit_it_in|be_free"
)
_ANY_TIME = (
    "any_time|anytime|any_day|whenever|whatever_day|whatever_time|any_time_at_all"
    "|any_day_at_all|any_hour|any_date"
)
# A job the writer says they need, by the kind of job it is: "a permanent post", "a steady job".
_SECURE_JOB = (
    "permanent|steady|stable|secure|full-time|proper|regular|reliable|long-term|paid|salaried"
    " job|post|role|position|contract|income|wage|salary|placement|paycheck|paycheque"
)
# Time off and working from home asked about by its size: "the number of vacation days".
_DAYS_OFF = (
    "vacation|holiday|leave|annual_leave|PTO|home_office|home-office|WFH|remote|remote_work"
    "|paid_leave|paid_holiday days|weeks"
)
# What a "TBD" in brackets leaves open ("start date (TBD)"), rather than spells out.
_OPEN_SLOTS = (
    *("date", "time", "day", "venue", "room", "location", "start", "salary", "pay", "rate"),
    *("name", "title", "amount", "figure", "details", "link", "address", "deadline", "budget"),
    *("hours", "schedule", "place", "notice"),
)
# Praise after a thanks that says nothing of the talk: "it was a good one", "really enjoyed
# it", "it was a pleasure and an honour", "I learnt a lot of things", "so much to think about".
_EMPTY_PRAISE = (
    r"(?:(?:(?:it|that|this|the[ \t]+(?:chat|conversation|interview|call|meeting|talk|day))"
    r"(?:[ \t]+was|['’]s[ \t]+been|[ \t]+has[ \t]+been|[ \t]+is|['’]s)[ \t]+|was[ \t]+|what[ \t]+"
    r"an?[ \t]+)?(?:(?:a|an)[ \t]+(?=\w+[ \t]))?(?:(?:really|very|so|truly|most|extremely"
    r"|super|such|quite|incredibly|proper"
    r"|genuinely|absolutely)[ \t]+)*(?:(?:a|an)[ \t]+)?(?:good|great|grand|lovely|nice"
    r"|informative|helpful|useful|interesting|insightful|enjoyable|fun|awesome|brilliant"
    r"|fantastic|wonderful|amazing|pleasure|honou?r|privilege|treat|valuable|productive|ace"
    r"|class|cracking|fab|fabulous|excellent|superb|pleasant|eye-opening|eye[ \t]+opener"
    r"|worthwhile|positive|inspiring)(?:[ \t]+(?:one|chat|conversation|experience|talk"
    r"|meeting|session|day|time|overall|all[ \t]+round|indeed)|[ \t]+and[ \t]+(?:a[ \t]+|an"
    r"[ \t]+)?(?:pleasure|honou?r|privilege|treat|informative|helpful|useful|interesting"
    r"|enjoyable|fun|inspiring))*"
    r"|(?:I[ \t]+)?(?:(?:really|proper|thoroughly|truly|very[ \t]+much|so|genuinely)[ \t]+)*"
    r"(?:enjoyed|loved|liked)[ \t]+(?:it|that|every[ \t]+minute|the[ \t]+(?:chat|conversation"
    r"|interview|call|meeting|talk|day))(?:[ \t]+(?:a[ \t]+lot|very[ \t]+much|so[ \t]+much"
    r"|overall|immensely|thoroughly))?"
    r"|I[ \t]+(?:learnt|learned|gained|got|took[ \t]+away)[ \t]+(?:so[ \t]+much|a[ \t]+lot"
    r"|loads|heaps|plenty|a[ \t]+great[ \t]+deal)(?:[ \t]+of[ \t]+(?:things|stuff|new"
    r"[ \t]+things))?"
    r"|you[ \t]+(?:gave|have[ \t]+given|['’]ve[ \t]+given)[ \t]+me[ \t]+(?:so[ \t]+much"
    r"|a[ \t]+lot|plenty|loads|lots)[ \t]+to[ \t]+think[ \t]+about"
    r"|(?:truly|really|definitely)?[ \t]*one[ \t]+for[ \t]+the[ \t]+books)"
)
# One item of a list in a note, up to six words ("9 years in Kyushu high schools"), and one that
# holds a code or a number ("JLPT N1", "15 yrs sales"): a list of them is a résumé.
_LIST_WORD = r"[\w£$€+#/&'’-]+(?:\.[\w+#/&'’-]+)*"
_LIST_ITEM = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,5}}"
_CODE_ITEM = rf"(?=[^,.;:!?\n]{{0,40}}?(?:\b[A-Z][A-Z0-9]+\b|\d)){_LIST_ITEM}"
# More words for the writer's character, beside ``_TRAITS``: "sincere, disciplined and ...".
_MORE_TRAITS = (
    "creative|curious|sincere|disciplined|honest|humble|friendly|flexible|positive|innovative"
    "|analytical|confident|efficient|focused|patient|responsible|trustworthy|hard_working"
    "|self-driven|team-oriented|customer-focused|people-oriented|solution-oriented|eager"
    "|outgoing|charismatic|fearless|unstoppable|obsessive|relentless|self-disciplined"
    "|quick-thinking|resourceful|detail_oriented|multi-talented|talented|gifted|keen"
    "|God-fearing|god-fearing|prayerful|principled|upright|decent|straightforward|assertive"
    "|self-confident|tech-savvy|hands-on|well-organised|well-organized|well-rounded|ambitious"
    "|result-oriented|result-driven|outcome-driven|outcome-focused|target-driven"
    "|performance-driven|high-performing|high-energy|self-directed|growth-minded"
)
# The same claims as nouns: "I bring energy, enthusiasm and dedication".
_QUALITIES = (
    "energy|enthusiasm|dedication|passion|drive|commitment|positivity|determination|grit"
    "|loyalty|hunger|a_positive_attitude|a_can-do_attitude|a_great_attitude|work_ethic"
    "|a_strong_work_ethic|motivation|integrity|professionalism|creativity|dynamism|tenacity"
)
# More nouns for the writer as a type: "a born salesperson", "a natural closer".
_MORE_CLAIM_NOUNS = (
    "salesperson|salesman|saleswoman|seller|closer|networker|organiser|organizer|planner"
    "|motivator|negotiator|storyteller|fixer|people-person|entrepreneur|nurturer|listener"
    "|strategist|self-learner|grafter|workhorse|powerhouse|natural|talent|hire|winner"
    "|problem_solver|troubleshooter|team-player|quick_study"
)
# What a résumé is made of, when a note recaps it: "a summary of my key qualifications".
_CV_PARTS = (
    "CV|resume|résumé|qualifications|skills|strengths|experience|credentials|certs"
    "|certifications|achievements|background|work_history|career|track_record|roles"
    "|previous_roles|employment_history|profile|key_skills|key_achievements|key_qualifications"
    "|key_strengths|core_skills|core_strengths|skill_set|skillset|expertise|accomplishments"
    "|elevator_pitch|pitch|selling_points|USP|USPs|suitability|fit|candidacy|value|case"
)
# What an offer's terms are made of: pay, time off, hours, title and dates.
_TERMS = (
    "salary|pay|base|bonus|package|equity|stock|holiday|holidays|vacation|leave|pto|relocation"
    "|compensation|rate|allowance|differential|overtime|premium|stipend|commission|hours"
    "|schedule|rota|shifts|title|terms|benefits|pension|mileage|uplift|increment|spine_point"
    "|grade|band|notice_period|start_date|sign-on|signing_bonus|remote_days|days_off"
)
# Changing those terms once they are on the table.
_REOPEN = (
    "revisit|renegotiate|rediscuss|reopen|revise|adjust|tweak|bump|raise|increase|improve"
    "|sweeten|top_up|boost|discuss_again|go_back_to|look_again_at|come_back_to|push_on"
    "|push_for|negotiate|negotiating|renegotiating|revisiting|reconsider|reconsidering"
)
# Feelings about their pace that put it on them: "which is a bit disheartening".
_LET_DOWN = (
    "disheartening|discouraging|frustrating|disappointing|demoralising|demoralizing|deflating"
    "|upsetting|annoying|stressful|nerve-wracking|worrying|unsettling|exhausting|draining"
    "|a_shame|a_pity|a_letdown|a_let-down|not_ideal|hard_to_take|tough"
)
# The people and things at home a withdrawal may be tempted to explain: "my husband's shifts".
_HOME = (
    "husband|wife|partner|spouse|son|daughter|kids|children|child|mum|mom|dad|mother|father"
    "|parents|family|boyfriend|girlfriend|fiancé|fiance|fiancée|childcare|nursery|landlord"
    "|car|lease|mortgage|house|flat|health|back|commute"
)
_HOMES = "|".join(word + "'s" for word in _HOME.split("|"))
# How a hiring process is run, when a refusal comments on it: "your hiring", "the take-home".
_THEIR_PROCESS = (
    "process|processes|hiring|recruitment|recruiting|interviews|interviewing|interview_process"
    "|hiring_process|assessment|assessments|take-home|take-home_test|test|tests|communication"
    "|approach|treatment_of_candidates"
)
# What a process is said not to be: "not very respectful of candidates' time".
_FAIR_PROCESS = (
    "respectful|considerate|fair|professional|courteous|reasonable|proportionate|transparent"
    "|well_run|well-run|well_organised|well_organized|organised|organized|respectful_of"
)
# Time given to the next step, when a reply to a yes holds it back: "before I commit to another
# 4 hours of panels", "before giving up yet another afternoon".
_GIVE_TIME = (
    "commit*|giv*|spend*|sink*|invest*|sacrific*|set_aside|put_in|putting_in|take|taking"
    "|book*|block*|lose|losing"
)
_TIME_GIVEN = (
    "hours|hour|days|day|afternoon|afternoons|morning|mornings|evening|evenings|round|rounds"
    "|stage|stages|panel|panels|interview|interviews|trip|trips|visit|visits|day_off|days_off"
    "|leave_day|leave_days"
)
# The other offer's figures in a refusal: "The other company came in at $98k", "a better
# pension".
_RICHER = "better|higher|bigger|larger|richer|more_generous|fatter|stronger|nicer"
_PERKS = (
    "match|pension|bonus|salary|base|package|benefits|equity|pay|rate|day_rate|allowance"
    "|relocation|stock|RSUs|super|superannuation|401k|401(k)|healthcare|insurance|leave"
    "|holiday_allowance|signing_bonus|sign-on_bonus|commission|payout"
)
# Home life as a regular expression, for a list of it run together with commas: "my father's
# health is not good, my wife has just joined a new job".
_HOME_RE = "|".join(_HOME.split("|"))
# Settling or agreeing a term, when an acceptance leaves it for later: "We can sort the start
# date out later", "we still need to sort out the parking allowance".
_SORT_OUT = (
    "sort*|work_out|figure_out|iron_out|thrash_out|hammer_out|nail_down|pin_down|firm_up"
    "|finalis*|finaliz*|agree|agree_on|settle|confirm|discuss|tie_down|deal_with"
)
# Later, some other time: a key term left for after the yes.
_LATER = (
    "later|later_on|another_time|some_other_time|down_the_line|down_the_road|nearer_the_time"
    "|closer_to_the_time|in_due_course|at_some_point|further_down_the_line|as_we_go|after"
    "|afterwards|when_I_start|once_I_start|on_the_day|closer_to_the_date|nearer_the_date"
)
# A shrug in front of "okay" about a key term: "Start date sounds roughly okay".
# The terms an acceptance leaves open, not the writer's own arrangements ("my notice period").
_OPEN_TERMS = "|".join(
    term
    for term in _TERMS.split("|")
    if term not in {"notice_period", "hours", "schedule", "rota", "shifts", "leave", "title"}
)
# Feedback asked for item by item: "point by point", "question by question".
_ITEM_BY_ITEM = (
    "point_by_point|point-by-point|line_by_line|line-by-line|blow_by_blow|blow-by-blow"
    "|question_by_question|question-by-question|answer_by_answer|item_by_item"
    "|mistake_by_mistake|one_by_one|chapter_and_verse"
)
_ROUGHLY = (
    "roughly|more_or_less|broadly|kind_of|sort_of|kinda|sorta|probably|mostly|about|vaguely"
    "|largely|in_theory|I_guess|I_suppose|I_think|ish"
)
# The offhand remark that makes a no a dig: "I've accepted another job, funnily enough".
_SNIDE = (
    "funnily_enough|amusingly_enough|ironically_enough|surprise_surprise|go_figure"
    "|shock_horror|what_a_surprise|who_would_have_thought|who'd_have_thought"
    "|who_would've_thought|fancy_that|imagine_that"
)
# Faster, sooner: what a parting jab says they should be next time.
_FASTER = (
    "faster|quicker|sooner|more_quickly|more_promptly|quicker_off_the_mark|more_decisively"
    "|on_time|in_time"
)
# Their process, when a refusal hopes they will one day fix it: "if you ever sort out your
# onboarding process".
_THEIR_MESS = (
    f"{_THEIR_PROCESS}|onboarding|act|comms|admin|paperwork|systems|HR|organisation"
    "|organization|priorities|offers|pay_scales|salaries"
)
# The people at home whose opinion a refusal may report: "my husband thinks I'm mad".
_KIN = (
    "husband|wife|partner|spouse|son|daughter|kids|children|mum|mom|dad|mother|father|parents"
    "|family|boyfriend|girlfriend|fiancé|fiance|fiancée|fiancee|other_half|sister|brother"
    "|friend|friends|flatmate|housemate|in-laws|mother-in-law|father-in-law|gran|nan|grandma"
)
# What they say of the writer or the decision: "thinks I'm mad", "says it's a mistake".
_KIN_SAY = (
    "think*|thought|reckon*|say*|said|told_me|tells_me|keeps_telling_me|kept_telling_me"
    "|keeps_saying|kept_saying|warned_me|warns_me|insist*|believe*|swear*|swore|is_convinced"
    "|was_convinced"
)
_KIN_VERDICT = (
    "I'm|I_am|I'd_be|I_would_be|I_was|I've|I_have|I'd|I_should|I_shouldn't|I_ought|I_must_be"
    "|I'm_being|I_was_being|it's|it_is|it_was|it_would_be|it'd_be|this_is|that's|that_is"
)
# The terms that, changed, would turn a no into a yes: "if that changes", "should the budget
# move".
_CHANGED_TERMS = (
    "that|this|the_salary|the_budget|the_offer|the_package|the_figure|the_number|the_numbers"
    "|the_pay|the_band|the_base|the_rate|the_terms|the_money|your_budget|your_offer"
    "|your_position|the_position_on_pay|the_remote_policy|the_hours"
)
_CHANGES = (
    "change|changes|changed|shift|shifts|move|moves|moved|improve|improves|improved|budge|budges"
)
# Come back to me: what a refusal asks once those terms change.
_COME_BACK = (
    "let_me_know|please_let_me_know|get_in_touch|be_in_touch|give_me_a_shout"
    "|give_me_a_call|give_me_a_ring|drop_me_a_line|reach_out|get_back_to_me|come_back_to_me"
    "|I'm_all_ears|I'd_be_all_ears|I'm_still_interested|I'd_still_be_interested|I'd_reconsider"
    "|I'd_happily_reconsider|I'd_be_glad_to_hear|I'd_love_to_hear|I'd_be_happy_to_hear"
    "|you_know_where_I_am|you_know_where_to_find_me|my_door_is_open|I'd_be_open"
)
# A key term of an acceptance, and the shrug that leaves it vague: "Start date whenever works
# for you I guess".
_KEY_TERMS = (
    "start|start_date|starting_date|first_day|salary|pay|title|job_title|package|base|terms"
    "|offer|contract|notice"
)
_SHRUG = (
    "I_guess|I_suppose|I_reckon|or_whatever|or_something|whatever|I'm_easy|not_fussed"
    "|I'm_not_fussed|dunno|idk|who_knows"
)
# Someone above the reader, in a threat after a no: "I will follow up with HR".
_HIGHER_UP = (
    "HR|HR_department|HR_team|HR_director|head_of_HR|human_resources|people_team|manager"
    "|line_manager|boss|director|CEO|MD|managing_director|head_of_department|HOD|dean|principal"
    "|chair|superiors|senior_management|management|board|ombudsman|regulator|union|lawyer"
    "|solicitor|attorney|legal_team|legal_department|tribunal|vice-chancellor|provost|registrar"
    "|my_lawyer|my_solicitor|my_attorney|my_union|my_MP"
)
# Taking it to them: "take it up with", "raise this with", "escalate to".
_ESCALATE = (
    "take_this_up|take_it_up|take_the_matter_up|taking_this_up|taking_it_up|raise_this|raise_it"
    "|raise_the_matter|raising_this|raising_it|take_this|take_it|taking_this|taking_it"
    "|take_the_matter|pursue_this|pursue_it|pursue_the_matter|pursuing_this|pursuing_it"
    "|escalat*|complain*|report_this|report_it|reporting_this|reporting_it|lodge_a_complaint"
    "|file_a_complaint|make_a_complaint"
)
# ... and the milder ways, which are threats only with a condition: "if I don't get it I will
# follow up with HR".
_GO_TO = (
    f"{_ESCALATE}|follow_up|following_up|follow_this_up|follow_it_up|contact|contacting|email"
    "|emailing|write|writing|go|going|speak|speaking|talk|talking|get_in_touch|be_in_touch"
    "|reach_out|call|ring|cc|copy_in|involve|bring_in|get"
)
_I_WILL = (
    "I'll|I_will|I_shall|I'm_going_to|I_must|I'll_have_to|I_will_have_to|I'd_have_to"
    "|I_may_have_to|I_might_have_to|I'll_be|I_will_be|I_intend_to|I_plan_to"
    "|I_reserve_the_right_to|then_I'll|then_I_will"
)
# Their process or people judged as such in a refusal: "which I found not so professional".
_UNFAIR_PROCESS = (
    "unprofessional|disrespectful|inconsiderate|unfair|discourteous|disorganised|disorganized"
    "|chaotic|rude|sloppy|amateurish"
)
# Interviewers who did not listen, faulted in a refusal: "the second interviewer wasn't
# really listening".
_INTERVIEWERS = (
    "interviewer|interviewers|panel|panellist|panellists|panelist|panelists|hiring_manager"
    "|recruiter|chair"
)
_NOT_ATTENDING = (
    "listening|listen|listened|engaged|interested|paying_attention|pay_attention|prepared"
    "|read_my_CV|read_my_application|look_up|looked_up|make_eye_contact|made_eye_contact|care"
    "|cared|bother|bothered"
)
_DISENGAGED = (
    "distracted|uninterested|disinterested|bored|dismissive|disengaged|unprepared|checked_out"
    "|half-asleep|rude"
)
# Open points settled before signing, in an acceptance: "Once those are settled I will sign".
_SETTLED = (
    "settled|sorted|sorted_out|agreed|agreed_on|resolved|ironed_out|cleared_up|addressed|fixed"
    "|squared_away|hammered_out|clarified"
)
# Terms judged in an acceptance: "the probation, which I feel is too long".
_TOO_MUCH = (
    "long|short|low|high|much|little|few|many|strict|restrictive|steep|heavy|tight|lengthy"
    "|demanding|harsh"
)
# Every currency by its sign or its code, before or after the sum: "₪42,000", "42 000 NIS",
# "TRY 85.000", "Kč 60 000", "R$ 9.500", "18 lakh", "500k zł", "40 grand".
_CURRENCY_SIGNS = "$¢£¤¥֏؋৳฿៛₠-₿﷼﹩＄￠￡￥￦"
_CURRENCY_CODES = (
    r"(?-i:USD|EUR|GBP|CAD|AUD|NZD|SGD|HKD|AED|ZAR|KES|NGN|PHP|PLN|MXN|BRL|CHF|SEK|NOK|DKK|JPY"
    r"|CNY|RMB|KRW|INR|ILS|NIS|TRY|RUB|UAH|VND|THB|IDR|MYR|TWD|EGP|SAR|QAR|KWD|BHD|OMR|JOD|CZK"
    r"|HUF|RON|BGN|ISK|COP|CLP|PEN|ARS|UYU|GHS|TZS|UGX|RWF|ETB|MAD|TND|PKR|BDT|LKR|NPR|KZT|GEL"
    r"|AMD|AZN|RSD|XOF|XAF|ZMW|BWP|NAD|MUR|JMD|TTD|DOP|CRC|GTQ|KSh|Ksh|Rs\.?|Rp|RM|TL|Kč|zł|Ft"
    r"|kr|R\$|S/|HK\$|NT\$|US\$|A\$|C\$|NZ\$|S\$)"
)
_CURRENCY_WORDS = (
    r"(?i:shekels?|roubles?|rubles?|yen|yuan|renminbi|lira|liras|lire|rand|naira|pesos?|reais"
    r"|zlotys?|złoty|kronor|krona|kroner|krone|francs?|dirhams?|riyals?|rials?|ringgit|baht|dong"
    r"|rupiah|rupees?|forints?|lei|korun[ay]?|hryvnias?|cedis?|shillings?|dinars?|euros?|pounds"
    r"|dollars|quid|bucks|grand|lakhs?|lacs?|crores?|LPA)"
)
_SUM_NUMBER = (
    r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?(?![\d.,]\d)"
)
_SUM_SCALE = r"(?:[ \t]?(?i:[km]|thousand|million|mil|lakhs?|crores?)(?!\w))?"
#: A sum in any currency, with how often and what comes on top: "₪42,000 a month plus RSUs".
_ANY_SUM = (
    rf"(?:(?:[{_CURRENCY_SIGNS}]|{_CURRENCY_CODES})[ \t\u00a0]?(?:{_SUM_NUMBER}){_SUM_SCALE}"
    rf"(?:[ \t]?{_CURRENCY_CODES}(?!\w))?"
    rf"|(?:{_SUM_NUMBER}){_SUM_SCALE}[ \t\u00a0]?(?:[{_CURRENCY_SIGNS}]|{_CURRENCY_CODES}(?!\w)"
    rf"|{_CURRENCY_WORDS}(?!\w)))"
    r"(?:[ \t]+(?i:gross|net|base|basic|CTC|total|all-in|before[ \t]+tax|after[ \t]+tax))?"
    r"(?:[ \t]+(?i:a|per|each|every)[ \t]+(?i:year|month|annum|week|hour|day))?"
    r"(?:[ \t]+(?i:monthly|annually|yearly|p\.?a\.?|p/m|pm))?"
    r"(?:,?[ \t]+(?i:plus|\+|and|with|on[ \t]+top[ \t]+of)[ \t]+(?:(?i:an?|the|full)[ \t]+)?"
    r"(?:\d+[ \t]?%[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?i:bonus|bonuses|equity|stock|shares|options"
    r"|RSUs|ESOPs?|commission|car|pension|relocation|benefits|allowance|housing|13th[ \t]+month"
    r"|medical(?:[ \t]+aid)?|healthcare)(?!\w)(?:[ \t]+(?i:allowance|scheme|package|plan"
    r"|contribution|cover|benefits?|budget|grant|stipend|match|bonus|options|uplift)(?!\w))?){0,3}"
)
# Pay and perks named in a question, beyond ``_PERKS``: "what the shift allowance and pension
# look like".
_PERK_WORDS = (
    "allowance|allowances|shift_allowance|on-call_allowance|standby_allowance|pension|pensions"
    "|pension_scheme|pension_plan|overtime|overtime_pay|shift_premium|night_premium|shift_pay"
    "|weekend_premium|shift_differential|shift_differentials|per_diem|per_diems|tips|tronc"
    "|service_charge|holiday_pay|sick_leave|benefits|benefit|perks|leave|holidays|holiday"
    "|healthcare|health_cover|insurance|bonus|bonuses|salary|pay|wage|wages|package"
    "|compensation|remuneration|commission|equity|relocation|rota_allowance|uniform_allowance"
    "|travel_allowance|car_allowance|expenses|pay_scale|salary_scale|pay_band|salary_band"
    "|entitlement|holiday_entitlement|leave_entitlement|annual_leave_entitlement|premium"
    "|night_premium|night_shift_premium|shift_premium|unsocial_hours|unsocial_hours_pay"
    "|call-out_pay|callout_pay|on-call_pay|standby_pay|weighting|London_weighting"
)
# The same without the words that also name work ("a premium tier", "the package manager").
_PERK_PAY = (
    "shift_allowance|on-call_allowance|standby_allowance|uniform_allowance|travel_allowance"
    "|car_allowance|rota_allowance|pension|pensions|pension_scheme|pension_plan|overtime_pay"
    "|overtime_rate|shift_premium|night_premium|night_shift_premium|shift_pay|holiday_pay"
    "|sick_pay|sick_leave|London_weighting|call-out_pay|callout_pay|on-call_pay|standby_pay"
    "|unsocial_hours_pay|holiday_entitlement|leave_entitlement|annual_leave_entitlement"
    "|annual_leave|bonus|bonuses|salary|pay|wage|wages|healthcare|health_insurance"
    "|per_diem|per_diems|tronc|shift_differential"
)
# Perks beyond the ones in ``_PERKS``, named in other Englishes: "medical aid", "13th month".
_MORE_PERKS = (
    "medical_aid|cellphone_allowance|phone_allowance|mobile_allowance|data_allowance"
    "|internet_allowance|transport_allowance|travel_allowance|housing_allowance|meal_allowance"
    "|lunch_allowance|fuel_allowance|fuel_card|13th_cheque|13th_month|13th-month_pay"
    "|thirteenth_month|provident_fund|gratuity|HMO|medical_scheme|company_phone|company_laptop"
    "|laptop_allowance|home_office_allowance|learning_budget|training_budget|wellness_allowance"
    "|tuition_reimbursement|stock_grant|share_scheme|car_scheme|company_vehicle|free_parking"
    "|free_lunch|free_lunches|creche|childcare_vouchers|leave_days|holiday_days|days_off"
    "|medical_allowance|health_cover|life_insurance|dental|vision_cover|fuel|petrol"
)
# A sum with its currency written as letters or after it: "KSh 320,000 a month", "R720 000 a
# year", "4,000 euros gross per month".
_CODED_FIGURE = (
    r"(?:(?:(?-i:KSh|Ksh|KES|Rs\.?|INR|USD|EUR|GBP|CAD|AUD|NZD|MXN|ZAR|NGN|AED|SGD|CHF|SEK|NOK"
    r"|DKK|PLN|BRL|JPY|RM|PHP|R))[ \t]?\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?"
    r"|\d[\d,. ]*\d[ \t]?(?i:euros?|pounds|dollars|rand|shillings|pesos|rupees|dirhams|yen"
    r"|ringgit|naira|francs)(?!\w))"
    r"(?:[ \t]+(?i:gross|net|base|CTC))?(?:[ \t]+(?i:a|per)[ \t]+(?i:year|month|annum|week"
    r"|hour))?"
)
# Another employer named by its place in the story: "the other company, Atlassian".
_NAMED_RIVAL = (
    r"(?i:the[ \t]+other[ \t]+(?:company|firm|employer|studio|agency|business|organisation"
    r"|organization|practice|offer)|(?:your|a)[ \t]+(?:direct[ \t]+|main[ \t]+|biggest[ \t]+"
    r"|closest[ \t]+|nearest[ \t]+|local[ \t]+)?(?:competitor|rival))[ \t]*(?:,|\(|–|—|-)"
    r"[ \t]*(?-i:[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
)
# Another employer named as the one offering: "Ocado are being very generous", "Canva's come
# through", "Shopify is paying 20% more", "the Shopify package".
_RIVAL_OFFERS = (
    r"(?-i:(?!(?:Another|A|An|The|One|Other|Someone|Somebody|They|He|She|It|We|I|You|Your|My"
    r"|Our|This|That|Their|His|Her|Its|If|So|But|And|Yes|Thanks|Thank|Please|Dear|Hi|Hello"
    r"|Best|Kind|Regards)\b)[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
    r"(?:['’]s)?[ \t]+(?i:offered|is[ \t]+offering|are[ \t]+offering|is[ \t]+paying"
    r"|are[ \t]+paying|pays|(?:is|are)[ \t]+being[ \t]+(?:very[ \t]+|really[ \t]+|quite[ \t]+"
    r"|extremely[ \t]+|so[ \t]+)?generous|offer[ \t]+is|package[ \t]+is|come[ \t]+through"
    r"|has[ \t]+come[ \t]+through|have[ \t]+come[ \t]+through|came[ \t]+through)"
    r"(?:[ \t]+(?:\d+(?:[.,]\d+)?[ \t]?%[ \t]+(?i:more|higher|above|extra)"
    r"(?:[ \t]+(?i:than)[ \t]+(?i:your|the)[ \t]+(?i:range|offer|budget|figure))?))?"
)
# What a job pays and gives beyond the work, asked about before there is an offer.
_PERKS = (
    "salary|salaries|pay|wage|wages|bonus|bonuses|stock_options|share_options|equity_package"
    "|RSUs|pension_contribution|pension_contributions|pension_scheme|employer_pension"
    "|health_insurance|private_health*|medical_insurance|medical_cover|dental_plan"
    "|dental_cover|dental_insurance|benefits_package|perks|holiday_allowance|vacation_days"
    "|annual_leave|PTO|paid_time_off|parental_leave|maternity_leave|paternity_leave|sick_pay"
    "|company_car|car_allowance|relocation_package|relocation_costs|relocation_support"
    "|relocation_allowance|overtime_pay|overtime_rate|commission|OTE|CTC|sign-on_bonus"
    "|signing_bonus|joining_bonus|gym_membership|profit_share|profit-sharing"
    "|remote-work_policy|remote_work_policy|WFH_policy|hybrid_policy|remote_days|WFH_days"
    "|stipend|allowances"
)
# Pay alone: what "talk numbers" and "once I know what ..." are about.
_PAY = (
    "salary|pay|base|base_salary|bonus|package|equity|stock|compensation|comp|rate|day_rate"
    "|remuneration|wage|wages|money|numbers|figures|OTE|CTC|benefits|perks|relocation"
    "|signing_bonus|sign-on_bonus|allowance"
)
# Harm a writer apologises for causing by saying no.
_FUSS = (
    "problem|problems|trouble|inconvenience|hassle|difficulty|difficulties|headache|headaches"
    "|bother|disruption|extra_work|mess|stress|disappointment"
)
# The other employer's figure as written: "£47,126 plus the high-cost-area supplement",
# "140K CAD base", "₹32 lakh", "€92,000 base plus a 15% bonus".
_OFFER_FIGURE = (
    r"(?:(?:A|C|NZ|US|HK|S|R)?[£$€¥₹][ \t]?\d[\d,.]*|\d[\d,.]*[ \t]?[kK](?!\w)|\d[\d,.]*[ \t]?"
    r"(?i:pounds|dollars|euros|usd|gbp|eur|lpa|lakhs?|crores?)(?!\w))"
    r"(?:[ \t]?(?i:[kKmM]|lakhs?|crores?|thousand|million|LPA)(?!\w))?"
    r"(?:[ \t]+(?i:CAD|USD|AUD|NZD|EUR|GBP|SGD|INR|ZAR|BRL|CHF))?"
    r"(?:[ \t]+(?i:base|salary|basic|gross|a[ \t]+year|per[ \t]+year|per[ \t]+annum|p\.?a\.?|total"
    r"|package|ote|a[ \t]+month|per[ \t]+month|an[ \t]+hour|per[ \t]+hour|CTC))?"
    r"(?:[ \t]+(?i:plus|\+|and|with)[ \t]+(?:(?i:a|an|the|full)[ \t]+)?(?:\d+[ \t]?%[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,2}?(?i:bonus|supplement|allowance|super|superannuation|equity|stock"
    r"|shares|options|RSUs|commission|car|pension|relocation|benefits|remote)"
    r"(?:[ \t]+(?i:allowance|scheme|package|plan|contribution|benefits?|budget|grant|stipend"
    r"|match|bonus|options|uplift|days?|working)(?!\w))?)?"
)
#: How many fillers may stand between two words of a family (a bound keeps checks linear).
MAX_FILLERS = 3
#: A tone finding marks its whole clause when the clause has at most this many words.
CLAUSE_MAX_WORDS = 30
#: A finding about word choice marks its clause only when the clause is this short ("hey jen").
SHORT_CLAUSE_WORDS = 4
#: How many other words ``...`` in a family may stand for, within one clause.
FAMILY_GAP_WORDS = 3
#: How many words ``~`` in a family may stand for, with nothing but spaces between them.
FAMILY_LONG_GAP_WORDS = 8

# Times a deadline names: a weekday, a date, "end of day", "tomorrow" ...
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WHEN = (
    r"(?:(?:this|next|the\s+end\s+of|end\s+of|close\s+of|the)\s+){0,2}"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|day"
    r"|today|tomorrow|tonight|noon|midday|eod|cob|business"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm))(?!\w)"
    r"(?:\s+(?:today|tomorrow|tonight|this\s+week|next\s+week|at\s+the\s+latest|latest|itself"
    r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?!\w)){0,2}"
)
_BY_WHEN = rf"(?:(?:by|before|no\s+later\s+than|until)\s+{_WHEN}|within\s+\d+\s+\w+)"
# A sum of money: "£85,000", "€92k", "85k", "$120,000 base".
MONEY_PATTERN = (
    r"(?:(?:A|C|NZ|US|HK|S|R)?[£$€¥₹₦₱₩]\s?\d[\d,.]*(?:\s?[kKmM](?!\w))?|\d[\d,.]*\s?[kK](?!\w)"
    r"|(?-i:KSh|Ksh|Rs\.?|INR|USD|EUR|GBP|CAD|AUD|NZD|SGD|HKD|AED|ZAR|KES|NGN|PHP|PLN|MXN|BRL"
    r"|CHF|SEK|NOK|DKK|JPY|CNY|R)[ \t]?\d[\d,.]*(?:\s?[kKmM](?!\w))?"
    r"|\d[\d,.]*\s?(?:pounds|dollars|euros|usd|gbp|eur|cad|aud|lpa|lakhs?|crores?|zł|pln)(?!\w))"
    r"(?:\s+(?:base|salary|a\s+year|per\s+year|per\s+annum|p\.?a\.?|total|package|ote"
    r"|a\s+month|per\s+month|monthly|an\s+hour|per\s+hour|a\s+day|per\s+day))?"
    r"(?:\s+(?:plus|\+|and|with)\s+(?:equity|stock|shares|options|a\s+bonus|bonus|benefits))?"
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

#: Named parts a family may use as ``{name}``, each a regular expression for words.
FAMILY_SLOTS: Mapping[str, str] = MappingProxyType(
    {
        "when": rf"(?:{_BY_WHEN}|today|tomorrow|tonight|this\s+week|immediately|right\s+away)",
        "money": MONEY_PATTERN,
        # Capitalised words, case-sensitive: an employer's or a school's name.
        "name": r"(?-i:[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|the|and|&)[ \t]+)?[A-Z][\w&'’-]*){0,4})",
        "word": r"[^\W_][\w'’-]*",
        # A person by name, with a title or not, case-sensitive: "Ms. Priyanka", "Sir Paolo".
        "person": f"(?-i:{_PERSON})",
        # "You" in text-speak, in small letters, so not a name ("Yu Chen", "U Thant").
        "u": r"(?-i:u|ya|yous)(?![\w'’-])",
        # ... and "ya" alone, in small letters, where a "u" has marks of its own: "See ya".
        "ya": r"(?-i:ya|yah|yas|yous|youse)(?![\w'’-])",
        "percent": r"\d+(?:[.,]\d+)?[ \t]?(?:%|percent|per[ \t]+cent)",
        # How many: "three", "a couple of", "11".
        "count": r"(?:\d+|a[ \t]+couple[ \t]+of|a[ \t]+few|several|multiple|two|three|four|five"
        r"|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a[ \t]+dozen|dozens[ \t]+of)",
    }
)
#: Named parts that attach to the word before them, without a space: punctuation, the rest of
#: a clause.
FAMILY_MARKS: Mapping[str, str] = MappingProxyType(
    {
        "q": r"[ \t]*\?+",
        "bang": r"[ \t]*!+",
        # Stacked punctuation with a question mark: "??", "?!", "!?".
        "qq": r"[ \t]*(?:\?[?!]+|!+\?[?!]*)",
        "rest": r",?[ \t]+[^.!?;\n]{0,200}[^\s.!?;\n,]",
        # The end of a clause after the word: "I'd like this job." but not "the job's scope".
        "end": r"(?=[ \t]*(?:[.!?,;\n]|$|(?:and|but|very|so|a[ \t]+lot)(?![\w'’-])))",
        # The rest of a question, up to its question mark.
        "toq": r"[^.!?\n]{0,80}\?",
        # A tossed-off apology right after the clause: "got something better. Sorry!!".
        "sorry": rf"[ \t]*[.,;!]*[ \t]+(?i:{_SORRY})(?![\w'’])[ \t]*[!.]*",
        # An emoji right after the word: "was epic 🔥".
        "emoji": rf"[ \t]*{EMOJI_PATTERN}",
        # A wait that is for them, not for something the writer will do: "wait another week
        # (to hear)", not "wait another week to send my references" or "before starting".
        "for_them": r"(?![^.!?;\n]*?\b(?:to|before)[ \t]+(?!hear|know|find|learn)\w)",
        # A regret that is the writer's own no, not their delay: "It's a shame I can't accept",
        # "a pity not to be joining you", "a shame to turn it down".
        # A chance asked for, not one the job gives: "give me a chance (to prove myself)", not
        # "the role would give me a chance to use my SQL".
        "asked": (
            r"(?![ \t]+to[ \t]+(?:use|apply|learn|build|develop|grow|bring|put|deepen|broaden"
            r"|lead|contribute|mentor|work[ \t]+(?:on|across|alongside)|take[ \t]+on)(?![\w'’-]))"
        ),
        "not_mine": (
            r"(?![ \t,]+(?:that[ \t]+)?(?:I|we)(?![\w'’])[^.!?;\n]{0,30}?(?<![\w'’])"
            r"(?:can[’']?t|cannot|couldn[’']?t|won[’']?t|unable|not[ \t]+able|have[ \t]+to"
            r"|had[ \t]+to|must|need[ \t]+to|decline|declin|withdraw|turn|miss|say[ \t]+no"
            r"|not[ \t]+be|won[’']?t[ \t]+be)"
            r"|[ \t]+(?:not[ \t]+to[ \t]+(?:be[ \t]+(?:joining|working|part|able)|join|accept|take)"
            r"|to[ \t]+(?:say|decline|turn|miss|withdraw|pass|step|leave)))"
        ),
    }
)


# HTML element names that look like ``<placeholder>`` but are markup.
_HTML_TAGS = (
    "a|abbr|b|blockquote|body|br|button|code|div|em|footer|form|h[1-6]|head|header|hr|html|i"
    "|iframe|img|input|label|li|link|main|meta|nav|ol|option|p|pre|s|script|section|select"
    "|small|span|strong|style|sub|sup|svg|table|td|textarea|th|title|tr|u|ul"
)

# Questions about pay and perks, asked by both pay_talk and perks_question.
_PAY_QUESTIONS: tuple[str, ...] = (
    "budget|salary_budget|pay_budget ...? for this|the hire|role|position|post|vacancy",
    f"is|are the|your? {_PAY} negotiable|flexible|fixed|open_to_negotiation|up_for_discussion",
    "CTC|OTE|salary|pay|package|remuneration|compensation offered|on_offer for? this|the"
    "|this_job|post|role|position|job?",
    f"whether|if there's|there_is|there_are|you_offer|you_have|it_includes|the_role_has"
    f"|it_comes_with|you_provide|they_offer any|a|an? ...? {_PERKS}",
    f"do|does|would|will|could|whether|if you|the_role|the_job|the_company|the_position"
    f"|it|this_role|the_post ...? provide*|offer*|includ*|come_with|comes_with|give*"
    f"|cover*|pay_for|pays_for|reimburse*|contribute*|have|has ...? a|an|any|the? ...?"
    f" {_PERKS} {{rest}}?",
    "overtime|extra_hours|weekend_work|weekends|night_shifts|nights|on-call|on_call|travel"
    " ...? paid|compensated|remunerated|time_and_a_half|reimbursed|covered",
    "cover|pay_for|reimburse|help_with|contribute_to ...? relocation|moving|travel"
    "|commuting ...? costs|expenses|fees|allowance?",
)

# A slot on a line of a list: "NAME", "TBD", "XX", "[email]", "{phone}", "<name>", "___".
_LINE_SLOT = (
    r"(?:(?:FULL[ \t])?NAME|PHONE|EMAIL|TITLE|COMPANY|ROLE|DATE|NUMBER|TB[DCA]|XX{1,3}"
    r"|\[[A-Za-z][^\[\]\n]{0,30}\]|\{[A-Za-z][^{}\n]{0,30}\}|<[A-Za-z][^<>@\n]{0,30}>|_{3,})"
    r"(?![\w'’-])"
)

# Words that a Roman numeral numbers: "chapter XX of", "Vol. XXX", "Louis XX".
_ROMAN_LEADS = tuple(
    f"{first}{rest}"
    for word in (
        "chapter",
        "ch.",
        "volume",
        "vol.",
        "book",
        "act",
        "canto",
        "psalm",
        "scene",
        "tome",
        "tomo",
        "Kapitel",
        "chapitre",
        "capítulo",
        "capitolo",
        "Pope",
        "Louis",
        "Pius",
        "Olympiad",
    )
    for first, rest in (
        (word[0].upper(), word[1:].replace(".", r"\.")),
        (word[0].lower(), word[1:].replace(".", r"\.")),
    )
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="placeholder",
        kind="match",
        severity="error",
        section="avoid/#placeholders",
        message="Leftover placeholder {found}: fill it in before sending.",
        patterns=(
            # Blanks in a row are one gap: "1. [Reference name], [phone number]".
            _BLANKS_IN_A_ROW,
            # A slot with the words that ask for it, a number partly left as X, and a slot as
            # the subject of its clause (see their definitions).
            _SLOT_WITH_ITS_NOUN,
            _NUMBER_WITH_XX,
            _SLOT_AS_SUBJECT,
            # A sum left as a slot with its currency after it: "[figure] EUR", "{amount} euros".
            r"(?:\[[A-Za-z][^\[\]\n]{0,40}\]|\{[A-Za-z][^{}\n]{0,40}\})[ \t]?(?:USD|EUR|GBP|KES"
            r"|KSh|Ksh|NGN|ZAR|INR|AUD|CAD|NZD|SGD|AED|(?i:euros?|dollars?|pounds?|rupees?"
            r"|shillings?|rand|naira|dirhams?))(?!\w)",
            # A greeting to a slot is marked with its slot: "Hi [Recruiter]", "Dear {Hiring
            # Manager}", "Hello <name>".
            r"(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Dd]ear|[Gg]reetings|[Mm]orning|[Gg]ood[ \t]+"
            r"(?:morning|afternoon|evening))[ \t]+(?:\[[A-Za-z][^\[\]\n]{0,40}\]"
            r"|\{\{?[A-Za-z][^{}\n]{0,40}\}\}?|<[A-Za-z][^<>@\n]{0,40}>)(?:[ \t]*,)?",
            # The employer left as a slot takes the words that ask for it: "the team at [Company]",
            # "bring this experience to {Company}", "joining <Organisation>".
            r"(?:(?<![\w'’-])(?:(?i:bring|brings|brought|bringing|contribute|contributing|add"
            r"|adding|offer|offering|help|helping)(?:[ \t]+[\w'’-]+){0,2}?[ \t]+|(?i:the|your)"
            r"[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+)?(?i:at|to|with|for|join|joining|from|of)[ \t]+)?"
            r"(?<![\w$])(?:\[|\{\{?|<)(?i:(?:the[ \t]+)?(?:company|employer|organi[sz]ation"
            r"|firm|business|agency|school|hospital|practice|client)(?:[ \t_]+name)?)(?:\]|\}\}?|>)"
            r"(?:['’]s)?(?![ \t]+(?i:placeholders?|tokens?|fields?|variables?|tags?|merge|syntax"
            r"|notation|markers?|macros?)\b)",
            # Slots left on one line of a list are one gap, with the line's label: "Referee 2:
            # NAME, phone TBD", "Contact: [name], [email]".
            r"(?m:^)[ \t]*(?:[-*•][ \t]*)?[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+)?(?:[ \t]*#?\d+)?[ \t]*:"
            rf"[ \t]*{_LINE_SLOT}(?:[ \t]*[,;/|–-][ \t]*(?:[A-Za-z.]+[ \t]*:?[ \t]+){{0,2}}"
            rf"{_LINE_SLOT})+",
            # A slot in square brackets, but not an index in code ("arr[i]") or a name the
            # writer says is masked on purpose ("masked as [Client A]", "[Client A] (anonymised)").
            r"(?<![\w\]])(?<!masked as )(?<!anonymised as )(?<!anonymized as )(?<!redacted as )"
            r"(?<!referred to as )(?<!labelled as )(?<!labeled as )(?<!renamed )(?<!called )"
            r"\[(?![\d ,–-]+\])[^\[\]\n]{1,80}\]"
            # ... nor a bracket glued to a word, which is part of a name ("the [Re]Build scheme").
            r"(?![A-Za-z]{2})"
            r"(?![ \t]*\((?i:masked|anonymi[sz]ed|redacted|confidential|under NDA))"
            # ... nor a notation the writer talks about: "any {...} or [[...]] token".
            r"(?!\]?(?:[ \t]+(?:or|and|/)[ \t]+\S{1,40})?[ \t]+(?i:tokens?|placeholders?|syntax"
            r"|notation|markers?|macros?|tags?|variables?|fields?|interpolations?|labels?|badges?"
            r"|flags?|prefix(?:es)?|suffix(?:es)?|banners?)\b)",
            r"\((?i:insert|add|paste|put|your|link|name|enter|mention|describe|write|include|list"
            r"|fill|state|specific|something|detail|details|company|role|position|interviewer"
            r"|date|job)\b[^()\n]{0,60}\)",
            # A bracketed slot of one word: "Thanks for discussing (topic)".
            r"\((?i:topic|project|skill|skills|example|achievement|result|team|department|title"
            r"|subject|reason|accomplishment|city|location|industry|field|salary|product|client"
            r"|manager|xyz)\)",
            # A slot in braces, but not a path ("/orders/{id}") or a dictionary in code.
            r"(?<![/\w$])\{\{?(?![^{}\n]{0,80}:[ \t])"
            # ... nor a field of code ("keyed on {tenant_id}").
            r"(?![\w.]+_(?:id|ids|key|keys|uuid|hash|ts|idx)\}|[\w.]+(?-i:Id|ID|Key)\})"
            r"[^{}\n]{0,80}\}\}?"
            r"(?![ \t]+(?i:merge|tag|tags|variable|variables|field|fields|token|tokens|syntax))"
            r"(?![ \t]+(?:or|and|/)[ \t]+\S{1,40}[ \t]+(?i:tokens?|placeholders?|syntax|notation"
            r"|markers?|macros?|tags?|variables?|fields?)\b)"
            r"(?![ \t]+(?i:placeholders?|notation|markers?|macros?|interpolations?)\b)",
            # A slot in angle brackets, numbered or not ("<referee 2 name>", "<Name #1>"), but not
            # an HTML tag.
            rf"<(?=[A-Za-z])(?!(?i:{_HTML_TAGS})\s*>)[A-Za-z][A-Za-z0-9 _'’.#-]{{0,40}}>",
            # A date or a time left as its format: "DD/MM/YYYY", "on MM/DD", "at XX:XX".
            r"(?<![\w/.:-])(?:(?:DD|MM|YYYY|YY|HH)(?:[/.:-](?:DD|MM|YYYY|YY|HH|SS)){1,2}"
            r"|X(?<!\wX)X:XX)(?![\w/:-])(?!\.\w)(?![ \t]+(?i:format|formats|strings?|patterns?"
            r"|fields?|columns?|notation|timestamps?|times|values?|clock)\b)",
            # A subject line left with a slot is the template's subject: it is marked whole
            # ("Subject: Withdrawal from the XX process", "Subject: Thank you, [Name]"), though
            # not for a mail system's tag ("[EXTERNAL]").
            r"(?:Subject|SUBJECT|subject)(?<![^\n]Subject)(?<![^\n]SUBJECT)(?<![^\n]subject)"
            r"[ \t]*:[^\n]*?(?<![\w\]])(?:X{2,4}(?![\w'’])|\[(?!(?i:ext|external|spam|suspected"
            r"|caution|warning|secure|encrypt|confidential|sensitive|bulk|marketing|fwd?|re)\b)"
            r"[^\[\]\n]{1,60}\]|\{[^{}\n]{1,60}\}|<[A-Za-z][^<>@\n]{0,40}>|_{3,}"
            r"|(?:COMPANY|EMPLOYER|ROLE|POSITION|NAME|JOB[ \t]TITLE|DATE)(?![\w'’-])"
            r"(?![ \t]+[A-Z]{2})"
            r"|(?:Company|Employer|Job|Role|Position|Candidate|Your)[ \t]+(?:Name|Title)(?![\w-]))"
            r"[^\n]*",
            # A sum left as a slot takes its currency: "KES [amount]", "$[salary]k".
            r"(?<![\w$£€¥₹₦])(?:USD|EUR|GBP|KES|KSh|Ksh|NGN|ZAR|INR|AUD|CAD|NZD|SGD|AED|JPY|CNY|CHF"
            r"|SEK|NOK|DKK|PLN|BRL|MXN|GHS|UGX|TZS|PHP|MYR|HKD|Rs\.?|R|[$£€¥₹₦])[ \t]?"
            r"(?:\[[A-Za-z][^\[\]\n]{0,40}\]|\{[A-Za-z][^{}\n]{0,40}\}|<[A-Za-z][^<>\n]{0,30}>)"
            r"(?:[kKmM](?!\w))?",
            # Slots left as XX and joined: "Application No. XXXX-XXXX".
            r"X(?<!\wX)X{1,3}(?:-X{2,4})+(?![\w-])",
            # XXX; the look-behind comes after the first letter so the engine can skip ahead.
            r"[Xx](?<!\w[Xx])"
            + "".join(rf"(?<!{w} [Xx])" for w in _ROMAN_LEADS)
            + r"[Xx]{2,}(?!\w)",
            r"%[A-Z][A-Z_]{1,40}%",
            # A note to self with what it says ("TODO: add detail"), slots left as XX a few words
            # apart ("the XX role at XX") or joined ("XXXX-XXXX").
            r"(?<![\w-])(?:TODO|FIXME|TBC|TK)[ \t]*:[ \t]*[^.!?\n,;]{1,40}",
            r"(?:the[ \t]+)?X(?<!\wX)X{1,3}(?:[ \t]+[a-z][\w'’-]*){1,3}[ \t]+(?:the[ \t]+)?X{2,4}"
            r"(?![\w-])",
            # A signature left as the template's: "Your Name", "Your Full Name".
            r"(?m:^[ \t]*Your[ \t]+(?:Full[ \t]+|First[ \t]+)?Name[ \t]*$)",
            # A slot in capitals that says what it stands for: "NAME OF PROJECT".
            r"(?:NAME|TITLE|DATE)[ \t]+OF[ \t]+(?:THE[ \t]+)?[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?(?!\w)",
            # A stand-in company: "XYZ Company", "ABC Corp".
            r"(?:XYZ|ABC|XXX|ACME)[ \t]+(?i:Company|Corp(?:oration)?|Ltd|Inc|Group|Organi[sz]ation"
            r"|Industries|Firm|Agency)(?!\w)",
            # A blank line to write on: "Hi ___,", "e.g. ___", "the ____ role".
            r"(?:(?:(?:Hi|Hello|Hey|Dear)|(?i:e\.g\.|about|on|for|at|with|from|of|in|to|the|my"
            r"|your|our|join|joining))[ \t]+)?_(?<!\w_)_{2,}(?:[ \t]*,)?",
            # A filler word in capitals standing alone: "Best, NAME", "COMPANY's growth", but
            # not a field in a list of them ("columns NAME, EMAIL and START_DATE").
            r"(?<![A-Z][ \t])(?<![\w./-])(?<![A-Z_],[ \t])(?:FIRST[ \t]?NAME|LAST[ \t]?NAME"
            r"|FULL[ \t]?NAME|NAME|COMPANY|EMPLOYER|ROLE|JOB[ \t]TITLE|TITLE|DATE|INTERVIEWER"
            r"|HIRING[ \t]MANAGER|RECRUITER|CITY)(?:['’]s)?(?![\w/-])(?![ \t]+[A-Z]{2})"
            r"(?![ \t]*,[ \t]*[A-Z][A-Z_]{2,}\b)"
            # ... with the team it stands in: "Declan and NAME in rostering".
            r"(?:(?<=NAME)[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?[a-z][\w-]+(?![\w-]))?"
            # An acronym before a lower-case noun ("its NAME accreditation"), unless the noun is
            # what the slot stands for ("the ROLE position").
            r"(?![ \t]+(?!(?:position|role|job|post|opening|vacancy|team|office|growth|mission"
            r"|success|values|products?|customers?|clients?)\b)[a-z]{4,})",
            r"[Ii](?<!\w[Ii])(?i:nsert\s+(?:[\w'’-]+\s+){0,4}?here)(?!\w)",
            # An instruction or a slot in capitals: "INSERT PROJECT", "YOUR NAME".
            r"(?<!\w)(?:INSERT|ADD|ENTER|PUT|FILL[ \t]IN|YOUR|THEIR|CANDIDATE|MANAGER|INTERVIEWER"
            r"|RECRUITER|CONTACT|CLIENT|HIRING)"
            r"(?:[ \t_]+[A-Z][A-Z'’]+){1,4}(?!\w)",
            r"(?<![A-Z][ \t])(?<!\w)(?:PROJECT|TOPIC|DETAIL|DETAILS|SKILL|RESULT|POSITION"
            r"|ACHIEVEMENT|EXAMPLE|SURNAME|LASTNAME|FIRSTNAME|LAST[ \t]NAME|DEPARTMENT)(?:['’]s)?"
            r"(?!\w)(?![ \t]+[A-Z]{2})",
            # "TBD" or "TBC", unless it starts a name ("TBD Studio") or says what is still open
            # ("still marked TBD"); with what it counts ("TBD weeks") it is a slot, and "is TBD"
            # marks the words it stands for.
            r"(?:(?<![\w'’-])(?:is|are|was|be)[ \t]+)?[Tt](?<!\w[Tt])(?i:b[dca])(?!\w)(?:[ \t]+"
            r"(?i:weeks?|days?|months?|years?|hours?|k|%))",
            r"(?:(?<![\w'’-])(?:is|are|was|be)[ \t]+"
            # ... as do the words it stands in: "available to start from TBD".
            r"|(?<![\w'’-])(?:by|until|till|before|after|from)[ \t]+"
            r"|(?<![\w'’-])(?:(?:available|free|able|ready)[ \t]+to[ \t]+)?(?:start|begin|join)"
            r"(?:ing)?[ \t]+(?:(?:from|on|by|in)[ \t]+)?"
            # ... and the day or date it leaves without a time: "Thursday at TBD", "the 14th at
            # TBC", "tomorrow, time TBD".
            r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]omorrow|[Tt]oday|\d{1,2}(?:st|nd"
            r"|rd|th)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[ \t]+\d{1,2}"
            r"(?:st|nd|rd|th)?)(?:[ \t]+(?:at|@|from)|,?[ \t]+(?:time|start|venue|room|location)"
            r"(?:[ \t]+(?:is|of))?)[ \t]+"
            # ... and the date or time it leaves open, with its article: "Start date TBD",
            # "joining date: TBC", "a start date of TBD".
            r"|(?<![\w'’-])(?i:(?:(?:a|an|the|my|your|our)[ \t]+)?(?:start(?:ing)?|joining"
            r"|commencement|end|finish|leaving|return|relocation|interview|meeting|call|visit"
            r"|induction|onboarding|notice)[ \t]+(?:date|day|time|period|slot))"
            r"(?:[ \t]*[:–—-]|[ \t]+(?:is|of|stays|remains|(?:is[ \t]+|are[ \t]+)?still"
            r"|(?:would|will|could|might|may|should|can|must)(?:[ \t]+(?:still|probably|likely"
            r"|have[ \t]+to))?[ \t]+(?:be|stay|remain)))?[ \t]+)?"
            # ... nor an acronym the writer spells out in brackets ("the tuberculosis dashboard
            # (TBD)", "trunk-based development (TBD)"), though "start date (TBD)" is a slot.
            r"(?!(?<=[a-z][ \t]\()"
            + "".join(rf"(?<!{slot} \()" for slot in _OPEN_SLOTS)
            + r"[Tt](?i:b[dca])\))"
            # ... nor a code with a number ("the TBD-4 turbine line").
            r"[Tt](?<!\w[Tt])(?<!marked T)(?i:b[dca])(?!\w)(?!-\w)"
            r"(?![ \t]+[A-Z][a-z])"
            # A label the writer talks about ("the TBD column", "stuck in 'TBD' status"), or the
            # name of a piece of work ("the TBD dashboard", "TBD write-up").
            r"(?!['’\"”]?[ \t]+(?i:columns?|status|statuses|labels?|tags?|states?|fields?|lanes?"
            r"|buckets?|tickets?|items?|cards?|stages?|flags?|markers?|workflows?|items?|rows?"
            r"|entries|entry|placeholders?|values?|dashboards?|apps?|tools?|platforms?|pipelines?"
            r"|trackers?|portals?|databases?|reports?|write-ups?|papers?|stud(?:y|ies)|trials?"
            r"|surveys?|maps?|datasets?|models?|systems?|screening|clinics?|programmes?|cohorts?"
            r"|registry|registries|software|library|libraries|modules?|repos?|repository)\b)"
            # With the noun it stands before, a slot for what it should name: "contribute to TBD
            # initiatives".
            r"(?:[ \t]+(?!(?:and|or|for|on|until|till|at|in|by|as|but|so|yet|which|that|because"
            r"|since|pending|depending|subject|given|once|due|to|from|with|while|if|though"
            r"|although|then|when|is|are|was|were|will"
            r"|would|can|could|should|the|a|an|this|these|those|right|now|still|for|of|i|we|you"
            r"|they|it|he|she|my|your|our|their|its)(?![\w'’-]))[a-z][\w-]*)?",
            # Slots in capitals a word or two apart are one gap: "on DATE for the ROLE".
            r"(?:(?-i:on|for|at|in|with|from|to|as)[ \t]+(?:the[ \t]+)?)?"
            r"(?<![\w-])(?:DATE|ROLE|NAME|COMPANY|TITLE|POSITION|PROJECT|TOPIC|TEAM|DEPARTMENT"
            r"|INTERVIEWER|MANAGER|CITY)(?:[ \t]+(?-i:for|at|in|on|with|of|and|the|my|your|as"
            r"|to)){1,3}"
            r"[ \t]+(?:DATE|ROLE|NAME|COMPANY|TITLE|POSITION|PROJECT|TOPIC|TEAM|DEPARTMENT"
            r"|INTERVIEWER|MANAGER|CITY)(?![\w-])",
            # Question marks or a letter standing for a word or a number: "the ??? team", "start
            # on ??", "by X%", "N years of experience", "Hi $FIRST_NAME", "Hi FNAME".
            r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bon )|(?<=\bat )|(?<=\bin )|(?<=\bby )"
            r"|(?<=\bof )|(?<=\bfor )|(?<=\bto )|(?<=\bis )|(?<=\bmy )|(?<=\byour )|(?<=\bHi )"
            r"|(?<=\bDear )|(?<=\bHello )|(?<=\bwith )|(?<=\bfrom )|(?<=\band )|(?<=\babout )"
            r"|(?<=\bmeet )|(?<=\bmet )|(?<=\bjoin )|(?<=\bjoining ))\?{2,}",
            r"(?:(?<=\bby )|(?<=\bto )|(?<=\bup )|(?<=\bdown )|(?<=\bover )|(?<=\bnearly )"
            r"|(?<=\babout )|(?<=\baround )|(?<=\bwith ))X(?=[ \t]?%)",
            r"(?<![\w.$€£-])[XN](?=[ \t]+(?:years?|yrs?|months?|weeks?|people|projects?"
            r"|clients?|stores?|sites?|staff|direct[ \t]+reports)\b)",
            r"\$\{?(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|NAME|COMPANY(?:_NAME)?|ROLE|TITLE|DATE"
            r"|FNAME"
            r"|LNAME|first_?name|last_?name|name|company|role|firstName|FirstName)\}?(?!\w)",
            r"(?<![\w-])(?:FNAME|LNAME|FIRSTNAME|LASTNAME|FULLNAME|COMPANY_NAME|ROLE_NAME|JOB_TITLE"
            r"|FIRST_NAME|LAST_NAME|HIRING_MANAGER|INTERVIEWER_NAME)(?![\w-])",
            # A title with no name after it: "Dear Mr. ,".
            r"(?:Dear|Hi|Hello)[ \t]+(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof)\.?[ \t]*(?=[,:]|[ \t]*$)"
            r"(?<![ \t]Miss)",
            # A short blank to fill in: "by __%", "$__k", "__ years".
            r"_(?<![\w]_)_(?![\w])(?:[ \t]*%)?",
            # A slot set off by stars or double angles: "***INSERT DETAIL***", "<<Company>>".
            r"\*{1,3}(?=[ \t]*(?:INSERT|ADD|ENTER|PUT|FILL|YOUR|THEIR|NAME|COMPANY|ROLE|DATE|DETAIL"
            r"|PROJECT|POSITION|TITLE|INTERVIEWER|JOB|TOPIC|(?i:insert|add|your)\b))[^*\n]{1,60}"
            r"\*{1,3}",
            r"<<[ \t]*[A-Za-z][^<>\n]{0,60}>>",
            # A greeting to a slot ("Hi NAME"), and a number left as XX with what it counts.
            r"(?:Hi|Hello|Hey|Dear)[ \t]+(?:FIRST[ \t]NAME|NAME|INTERVIEWER|MANAGER)(?!\w)"
            r"(?:[ \t]+HERE(?!\w))?",
            # A date with XX for its day, marked whole: "Monday XX January 2027", "a start date
            # of XX January".
            r"(?:(?:[Aa]n?|[Tt]he|[Mm]y|[Yy]our|[Oo]ur)[ \t]+(?:start[ \t]+)?date[ \t]+(?:of|is"
            r"|on)[ \t]+)?"
            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+)?X(?<![\w]X)X{1,3}(?!\w)"
            r"(?:[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December)(?:[ \t]+\d{4})?"
            r"|(?<=day[ \t]XX)|(?<=day[ \t]XXX))",
            # Several slots left as XX: "My references are XX and XX".
            r"X(?<!\wX)X{1,3}(?:[ \t]*,[ \t]*X{2,4})*[ \t]+(?:and|&|or)[ \t]+X{2,4}(?!\w)"
            r"(?![ \t]+(?i:century|centuries|chromosomes?))",
            # A number or a date left as XX ("XX years' experience", "on XX/XX"), but not the
            # genetics of XX and XY.
            # ... with the word that asks for it ("With XX years of experience"), nor a Roman
            # numeral that numbers a part of a book ("chapter XX of", "Vol. XXX").
            r"(?:(?:the|[Ww]ith|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]fter|[Mm]y"
            r"|[Hh]aving)[ \t]+)?X(?<!\wX)(?<!XY and X)(?<!XY/X)"
            + "".join(rf"(?<!{w} X)" for w in _ROMAN_LEADS)
            + r"X{1,3}(?:/(?:X{2,4}|\d{2,4})){0,2}(?!\w)"
            r"(?!-\w)(?![ \t]+(?i:chromosomes?|karyotypes?|genotypes?|females?|males?)\b)"
            r"(?![ \t]*(?:/|and|or|&|,)[ \t]*X[XY]\b)%?"
            # A century in Roman numerals: "siglo XX", "the XX century", "XX secolo".
            r"(?<![Ss]iglo XX)(?<![Ss]iglo XXX)(?<![Ss]écolo XX)(?<![Ss]ecolo XX)(?<![Ss]éculo XX)"
            r"(?<![Ss]iècle XX)(?<![Ss]ec\. XX)(?<![Ww]iek XX)(?<![Ww]ieku XX)"
            r"(?![ \t]+(?i:century|centuries|siècle|secolo|século|Jahrhundert|wiek|wieku|th\b))"
            r"(?:[ \t]+[a-z][\w-]*['’]?){0,2}(?:(?<=[ \t]of)[ \t]+[a-z][\w-]*)?",
            # A slot named in words: "COMPANY NAME", "Dr. Surname", "Hiring Manager Name".
            r"(?<![\w-])(?:COMPANY|EMPLOYER|HIRING[ \t]MANAGER|MANAGER|INTERVIEWER|RECRUITER|ROLE"
            r"|JOB|POSITION|CANDIDATE|CONTACT|CLIENT|FIRST|LAST|FULL|TEAM|DEPARTMENT|PROJECT"
            r"|PRODUCT"
            r"|SCHOOL|UNIVERSITY|HR)[ \t]+(?:NAME|TITLE)(?!\w)",
            r"(?<![\w-])(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?/)?(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?[ \t]+"
            r"(?:Surname|Lastname|Last[ \t]Name"
            r"|Firstname|First[ \t]Name|So-and-[Ss]o|Soandso|Name|LASTNAME|SURNAME)(?![\w-])",
            r"(?:(?<![\w-])(?i:join|joining|at|with|for|from|to)[ \t]+)?"
            r"(?<![\w-])(?:Hiring[ \t]+Manager|Interviewer|Recruiter|Company|Manager|Contact"
            r"|Candidate|Employer|Panel(?:ist)?)(?:['’]s)?[ \t]+(?:Name|First[ \t]Name|Surname)"
            r"(?![\w-])",
            r"(?:Hi|Hello|Dear|Hey)[ \t]+(?:Name|First[ \t]?[Nn]ame|Surname|Lastname)(?![\w-])"
            r"(?![ \t]+[A-Z])",
            # ... a sum left as XX ("$XX,XXX", "£XXk"), the slot's own instruction ("NAME HERE"),
            # a stand-in employer ("the XYZ position", "joining Company X"), a signature left as
            # "Firstname Lastname", a day and time left in capitals ("on DAY at TIME") and a date
            # left as its format ("DD/MM/YYYY", "XX:XX").
            r"[$£€]X{1,3}(?:,X{3})*(?:[kK]|,000)?(?!\w)",
            r"X(?<!\wX)X{1,2},X{3}(?!\w)",
            r"(?<![\w-])(?:NAME|COMPANY|ROLE|DATE|DETAIL|DETAILS|LINK|TITLE|PROJECT|TEXT|URL"
            r"|NUMBER)[ \t]+HERE(?![\w-])",
            r"(?:(?<=\bthe )|(?<=\bat )|(?<=\bwith )|(?<=\bfor )|(?<=\bjoin )|(?<=\bjoining ))"
            r"(?:XYZ(?:[ \t]+(?:position|role|job|post|team|project|company|opening|vacancy"
            r"|department))?|ABC[ \t]+(?:position|role|job|post|opening|vacancy))(?![\w'’-])",
            r"(?:(?<=\bjoin )|(?<=\bjoining )|(?<=\bto )|(?<=\bfor )|(?<=\bwith ))"
            r"(?:Company|Employer|Organi[sz]ation)[ \t]+(?:X|XYZ|ABC|Name)(?![\w'’-])",
            r"(?<![\w-])(?:First[ \t]?[Nn]ame|FIRST[ \t]?NAME)[ \t]+(?:Last[ \t]?[Nn]ame|Surname"
            r"|LAST[ \t]?NAME|SURNAME)(?![\w-])(?![ \t]+(?i:fields?|columns?|boxes|box|format))",
            r"(?:(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bfrom )|(?<=\buntil ))(?:DAY|DATE|TIME"
            r"|LOCATION|ADDRESS|VENUE|LINK)(?:[ \t]+(?:at|on|in)[ \t]+(?:DAY|DATE|TIME|LOCATION"
            r"|ADDRESS|VENUE))?(?![\w-])(?![ \t]+[A-Z])(?![ \t]+(?i:magazine|zone))",
            # A day and time left as slots, with the "on" and "at" that hold them, and a person
            # left as a slot after meeting them (see their definitions); last, so that a longer
            # gap found from the same word is kept ("on DATE for the ROLE").
            _WHEN_LEFT_AS_SLOTS,
            _MEETING_A_SLOT,
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
            # "ASAP" asked of them, not a programme's name: an acronym after "the", "our" or
            # another determiner, or followed by lower-case words that name a thing ("the ASAP
            # graduate audit programme", "ASAP scheme", SAP's "ASAP rollout"); "an ASAP answer"
            # is still asked of them.
            r"(?<!\b(?i:the) )(?<!\b(?i:our) )(?<!\b(?i:your) )(?<!\b(?i:their) )"
            r"(?<!\b(?i:this) )(?<!\b(?i:that) )(?<!\b(?i:its) )(?<!\w)(?i:asap)(?!\w)"
            # ... nor a possessive, which only a name takes: "more of ASAP's suggestions".
            r"(?!['’]s(?!\w))"
            r"(?![ \t]+(?:graduate|programmes?|programs?|schemes?|projects?|initiatives?"
            r"|teams?|courses?|pathways?|tracks?|cohorts?|intakes?|rotations?|framework"
            r"|modules?|audits?|units?|streams?|networks?|awards?|fellowships?|internships?"
            r"|platforms?|system|tools?|process|trainees?|apprentice\w*|students?|partners?"
            r"|members?|alumni|office|centre|center|desk"
            # ... or a method named by it: "a similar ASAP rollout", "ASAP methodology".
            r"|roll-?outs?|methodolog(?:y|ies)|methods?|phases?|implementations?|deployments?"
            r"|migrations?|roadmaps?|blueprints?|go-lives?|accelerators?|templates?)\b)",
            # "as soon as possible" asked of them, not the writer's own news ("to let you know
            # as soon as possible").
            r"(?i:(?<!you know )(?<!tell you )(?<!told you )(?<!lling you )(?<!to you )(?<!\w)"
            # ... nor what they asked of the writer ("You asked me to confirm as soon as possible").
            r"(?<!me to confirm )(?<!me to reply )(?<!me to respond )(?<!me to answer )"
            r"(?<!me to decide )(?<!me to sign )(?<!me to send )(?<!me to return )"
            r"as\s+soon\s+as\s+possible)",
            # Still waiting on them, not callers "still waiting 40 minutes on hold" or a "Still
            # Waiting" dashboard.
            # ... nor the work itself: "4,000 negatives still waiting to be catalogued".
            r"(?:[Ss]till|STILL)\s+(?:waiting|WAITING)(?!\s+\d)(?!\s+(?i:to\s+be\s+(?!told\b"
            r"|informed\b|contacted\b|called\b|notified\b|updated\b|considered\b|invited\b"
            r"|interviewed\b|offered\b|hired\b|given\b|seen\b)\w+))(?!\s+(?i:on\s+hold|in\s+line"
            r"|in\s+the\s+queue|in\s+a\s+queue))",
            r"[Aa](?<!\w[Aa])(?i:ny\s+updates?)\s*(?:\?\s*!|!\s*\?|\?{2,}|!{2,})[?!]*",
            r"I(?<!\wI)(?i:\s+(?:really,?\s+){2,}need\s+this\s+job)",
            r"I(?<!\wI)(?i:\s+(?:really\s+)?need\s+to\s+know)(?!\s+(?i:by|before)\b)",
            r"[Gg](?<!\w[Gg])(?i:etting\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|very\s+|really\s+"
            r"|so\s+)?(?:anxious|nervous|worried|impatient|desperate))",
            # "urgent" about the message itself; not in a name ("Urgent Care Nurse") or a
            # description of the work ("triaging urgent cases").
            # "URGENT:" with the demand after it, as one mark.
            r"U(?<!\wU)(?:RGENT|rgent)[ \t]*:(?:[ \t]*(?i:(?:I\s+)?(?:need|require|want"
            r"|must\s+have)\s+(?:your|a|an)\s+(?:decision|answer|reply|response)))?",
            r"[Uu](?<!\w[Uu])(?:rgently|RGENTLY|RGENT)(?!\w)",
            # Not the work itself: "everything is urgent", "every claim felt urgent".
            r"(?<!felt )(?<!feel )(?<!feels )(?<!seemed )(?<!seems )(?<!thing is )(?<!thing was )"
            # ... nor the work asked about: "how I'd handle an urgent request".
            r"(?<!handle an )(?<!handling an )(?<!handled an )(?<!handle )(?<!handling )"
            r"(?<!manage an )(?<!managing an )(?<!triage )(?<!triaging )(?<!field an )"
            r"(?:u(?<!\wu)rgent|U(?<!\wU)rgent(?![ \t]+[A-Z]))(?=\s*(?:[:!.,;)]|$)"
            r"|\s+(?i:request|matter|reply|response|answer|decision|update|attention|question"
            r"|follow|need|news)\b"
            # ... or as a plea of its own: "Urgent please!", "urgent pls".
            r"|\s+(?i:please|pls|plz)(?![\w-]))",
            r"(?<!thing )(?=\w)\b(?i:(?:is|it['’]s|this\s+is|very|quite|rather|really|extremely"
            r"|most|so)\s+)"
            r"(?:urgent|URGENT|Urgent(?![ \t]+[A-Z]))(?!\w)",
        ),
        openers=frozenset(
            {"any", "i really", "i need", "getting", "urgent", "urgently", "is", "it", "this"}
            | {"as", "still", "asap"}
            | {"very", "quite", "rather", "really", "extremely", "most", "so"}
        ),
        families=(
            "my visa|permit|work_permit|residency|stay|future depends|hinges|rides|relies|depend"
            " on",
            "lying|lay|been_lying|was_lying awake",
            "biting|chewing|bit my nails|fingernails",
            "sweating bullets|it_out",
            "worried|sick sick|with_worry",
            "climbing|climb the walls",
            "would|could|will|it'd|that'd|it'll make all_the_difference|a_world_of_difference"
            "|a_huge_difference"
            "|a_real_difference for|to me|us|my_family|my_situation",
            "appealing|appeal|pleading|begging to you to? consider|hire|select|choose|take|give me",
            "in genuine|real|great|dire|urgent|serious|desperate|sore need of this|the|that|a|an"
            "|any"
            " opportunity|job|role|work|position|employment|post|break",
            "my|our last|only|final real|remaining? shot|hope|hope_left|throw_of_the_dice"
            "|roll_of_the_dice|roll_of_the_die|chance_saloon|resort|lifeline|hurrah|stand",
            "my|our last|only|final real|remaining chance",
            "put|putting|pinned|pinning|placed|placing|pin|place|rest|resting all|every? my|our"
            "|of_my hopes"
            " in|on",
            "give|sell|trade my left_arm|right_arm|soul|firstborn|eye_teeth for",
            "see your way to|clear_to",
            "find it in your heart to",
            "means|mean|meant|would_mean|will_mean more to me than",
            "yes|offer|job|role|position|apprenticeship|placement|internship|contract|place ...?"
            " would|will"
            "|could|'d save|rescue me|us|my_life|my_family|my_year",
            "decide|decided|consider|considered positively|favourably|favorably|in_my_favour"
            "|in_my_favor"
            " for? me|my_case|my_application|my_candidature|my_candidacy?",
            "grateful|thankful for any|just_a|even_a|one|one_more chance|shot|opportunity"
            "|consideration"
            " at_all?",
            "doing|do me a|the biggest|huge|massive|enormous|great|real favour|favor",
            "I|we need*|have_to|must to land|secure|get|find|grab something|anything|a_job|work"
            "|a_role"
            "|a_position|an_offer|a_contract",
            "give|grant me this|that chance|shot|opportunity|job|role",
            "bundle|bag of nerves",
            "nervous|emotional|total|complete|absolute wreck",
            "stomach|stomach's|tummy|gut|insides ...? in|into knots|a_knot|turmoil",
            "heart|heart's ...? in my mouth|throat",
            "keep|keeps|kept|I'm|I've_been replaying|rerunning|going_over|reliving|overthinking"
            "|rehashing the|our|my? interview|conversation|answers",
            "worry|worried|tense|nervous|anxious|stressed|stressing|restless ...? about|for|over"
            " the|my result|outcome|decision|selection",
            "keep|keeps|kept|been|constantly checking|refreshing my|the phone|inbox|email|emails"
            "|mail"
            "|notifications",
            "this|the job|role|offer|position is|was|has_been saving|saved|a_lifesaver|a_lifeline"
            "|a_godsend for? me|my_life|us",
            "I_was|I've_been|I'm|we_were|we've_been|I_am running|ran out of options|money|savings",
            "fingers|everything crossed I|I'll|for_me|we|that_I {rest}?",
            "bump|move|push|put|fast-track|nudge me up|higher|to_the_top|to_the_front"
            "|forward ...? the?"
            " list|queue|pile|order|pipeline",
            "I'd|I_would|I'll|I_will be so|forever|eternally|hugely|incredibly|so_so grateful"
            "|thankful"
            "|indebted if",
            # Pleading for crumbs, however spelt: "so, so greatful for literally any news".
            "so|forever|eternally|hugely|incredibly|sooo|soooo grateful|greatful|gratefull"
            "|greatfull|thankful|thankfull|indebted for|if ...? literally|absolutely|just|even"
            " any|anything|a_word|one_line|a_line|a_one-liner",
            "literally|absolutely|quite_literally any|anything news|word|update|updates|info"
            "|information|reply|response|answer|feedback|crumb|scrap|hint|sign",
            "greatful|gratefull|greatfull|thankfull for|if ~ news|word|update|updates|reply"
            "|response|answer|anything",
            # A hint of the outcome begged for, or whether there is any chance left: "Any hint
            # you could give me would be amazing", "Please tell me if I still have any chance".
            "any hint|clue|inkling|crumb|scrap|tip-off|whisper|glimmer|sneak_peek|indication"
            " ...? you|at_all ...? could|can|might|would|are_able_to|were_able_to ...? give|share"
            "|offer|drop|pass_on|provide|let_slip",
            "tell|let|say|confirm|advise|know me|us|know? if|whether I have|stand|got any|a"
            "|some? chance|hope|shot|hope_left",
            "do|can I have|stand|be_in_with any|a|some? chance|shot|hope {q}",
            "still|yet awaiting|expecting|anticipating a|an|your|any|some? reply|response|answer"
            "|decision|update|news|word|revert|outcome",
            "just_please|please_just|I_beg_you|I_beg_you_to|please_please consider|hire|pick"
            "|choose|take|give_me_a_chance|give_me_a_shot|don't_forget me?",
            # A timeline set for them: "booked in for this week if at all possible".
            "book*|schedul*|arrang*|set_up|lined_up|line_up|fix*|organis*|organiz*|get_it_in"
            "|sort* ~ if_at_all_possible|at_the_latest|as_a_priority|as_a_matter_of_priority",
            "keen|eager|anxious|impatient|itching|need to move|get_moving|get_going|press_on"
            "|crack_on|push_on quickly|fast|swiftly|rapidly|at_pace|asap|quicker|faster",
            "keen|eager|anxious|impatient|itching|need to move|push|hurry|speed things|this|it"
            "|matters along|up",
            "keen|eager|anxious|impatient|desperate|dying|itching to know|hear"
            "|find_out ...? soonest"
            "|asap|soon|quickly|immediately|right_away|at_once|today|now",
            "can't|cannot|can_not wait to hear_back|hear_from_you|hear_your_decision"
            "|hear_the_outcome|hear_the_news|know|find_out|get_an_answer",
            "I need* to know|to_hear|to_find_out where_I_stand|where_things_stand|either_way"
            "|one_way"
            "|something|anything|the_outcome|the_decision|what's_happening|what's_going_on|soon",
            _NO_REPLY_HAD,
            f"{_NOBODY} has|had|have? {_ANSWERED} me|to_me {{end}}",
            f"{_NOBODY} has|had|have? {_ANSWERED} my|to_my|any_of_my|to_any_of_my|either_of_my"
            f" {_MY_MESSAGES}",
            "haven't|have_not|hasn't|not|never heard|had|received|got a_peep|a_word|a_thing"
            "|a_squeak"
            "|a_whisper|zilch|a_dicky_bird|a_single_word|so_much_as",
            # Staking everything on this one job.
            "counting|relying|banking|depending|pinning_my_hopes|pinning_everything on this|you|it"
            "|the_job|the_role|this_one|this_role|this_job|this_position|this_opportunity",
            "fingers|everything crossed for me|us",
            "I'm|I_am|I've_been|I_feel|I'm_feeling|I_get anxious|nervous|worried|stressed"
            "|impatient|on_edge|losing_sleep",
            "please|can_you|could_you? hurry_up|speed_up|rush|fast-track|expedite the|your|my?"
            " decision|process|application|answer",
            "I deserve|deserved|earned this|the|a|that|one|another? chance|job|role|opportunity"
            "|shot|position|offer",
            "please please|pls",
            # Needing the job, whatever intensifiers stand between the words.
            "I|I'm|I_am|we need* this|the|that job|role|position|opportunity|work|post|place|one"
            "|gig|break",
            # Needing a way in: "I really need a foot in the door", "all I need is my first
            # break", "I just need to get my foot in".
            f"I|I'm|I_am need|need_to_get|need_to_find|need_to_land|desperate_for|crying_out_for"
            f" a|my|one|some|that|this {_WAY_IN}",
            f"all I|I'm need|want|ask_for|am_asking_for|asking_for is a|my|one|some {_WAY_IN}",
            # Not wanting to wait: "I'd really rather not wait another three weeks", "I don't
            # want to wait much longer".
            "I'd|I_would|I'd_much|I_would_much rather|prefer not|not_to wait|be_kept_waiting"
            "|have_to_wait|keep_waiting|hang_on|hold_on|hang_around|sit_around another|a_further"
            "|an_extra|much_longer|any_longer|longer|that_long|this_long|so_long {for_them}",
            "I don't|do_not|can't|cannot|really_don't want|wish|fancy|afford to? wait|waiting"
            "|be_kept_waiting|hang_on|hang_around|sit_around another|a_further|an_extra"
            "|much_longer|any_longer|that_long|this_long|so_long {for_them}",
            "I'd|I_would|I'd_much|I_would_much rather|prefer not|not_to wait|be_kept_waiting"
            "|have_to_wait|keep_waiting {count} more|further|extra|additional {for_them}",
            "I don't|do_not|can't|cannot|really_don't want|wish|fancy|afford to? wait|waiting"
            "|be_kept_waiting|keep_waiting {count} more|further|extra|additional {for_them}",
            "how_much|how_badly|how_desperately I|we need|want this|the|that? job|role|post"
            "|position|work|opportunity|chance",
            # What a reply would mean to them.
            "would|will|it'd|that'd|it'll mean so_much|the_world|a_lot|everything|a_great_deal to?"
            " me|us?",
            # Pleading and bargaining with themselves.
            "please|pls give|grant|offer me a|an|one|this|that chance|shot|opportunity",
            # ... with no article: "please give me chance for next round".
            "please|pls give|grant|offer me chance|opportunity for|in|at|to|of|on",
            "give me a|one|just_one chance|shot {asked}",
            "I'm|I_am|I beg|begging|plead|pleading|implore|imploring you?",
            "I'd|I_would|I'll|I_will do anything|whatever_it_takes|whatever_you_need",
            "I can't|cannot|can_not|won't|will_not|couldn't keep|go_on? wait|waiting|hang_about"
            "|hang_around|hang_on|hold_on|hold_out|sit_tight|sit_on_my_hands|wait_around"
            "|stay_in_limbo|hold_off forever|much_longer|any_longer|indefinitely|anymore|any_more"
            "|longer_anymore|longer_any_more|longer_now|any_longer_now|any_more_longer"
            "|a_lot_longer",
            "waiting|awaiting|await eagerly|anxiously|impatiently|keenly? for? your|a|the good"
            "|kind|positive|favourable|favorable|early|quick|prompt reply|response|answer|news"
            "|decision|revert",
            "update_me|inform_me|let_me_know|tell_me about|on|regarding? my_status|the_status"
            "|my_application_status|my_result|the_result|my_selection|the_outcome|my_candidature"
            " ...? soon|asap|quickly|at_the_earliest|at_your_earliest|immediately|urgently",
            "request|requesting|humbly_request|kindly_request you to? consider|select|shortlist"
            "|review|choose|hire my|me profile|application|candidature|candidacy|CV|resume?",
            "I promise|swear|guarantee I|I'll|I_will won't|will_not|wouldn't|never let_you_down"
            "|disappoint_you|regret_it",
            "you won't|will_not|wouldn't|will_never regret hiring|choosing|picking|it",
            "is|are|you're|you_are|it's my|our last|only|final hope|chance|shot",
            "yet|still|and_still|but_still nothing|no_word|no_reply|no_response|no_news|silence",
            "nothing|no_word|no_reply|no_news yet|so_far|since|at_all {q}?",
            "on|sitting_on pins_and_needles|tenterhooks|the_edge_of_my_seat",
            "I'm|I_am|I|we're running|ran|run out of patience|options|money|savings|time",
            "another|a_second|one_more|one_last chance|opportunity|shot to prove|show|demonstrate"
            " myself|my_worth|what_I_can_do",
            "chance|opportunity|shot to prove myself|my_worth|my_value",
            "I|I'm|I_am hope|hoping|praying|pray I|I'll get|land|win|receive it|the_job|the_role"
            "|the_offer|this_one|this_job|the_position|an_offer",
            "my savings|money|funds|finances|cash are|is|have running|run|ran|gone|going out|low"
            "|dry?",
            "I can't|cannot|can_no_longer afford",
            # Pushing the application along, or telling them to hurry.
            "please? push|fast-track|expedite|hurry|speed_up|prioriti*|prioriz* my|the application"
            "|candidacy|case|file|decision|process|outcome|result|verdict|answer|hiring|selection"
            "|review|paperwork|shortlisting|things|matters",
            "put|putting in a good? word",
            "have|having a|a_quick|a_good word with {name} about|for|on my|me",
            "I|we need*|have_to|must to? start|get|find|begin work|working|a_job|employed|earning"
            "|an_income|paid soon|asap|urgently|quickly|right_away|again|now",
            "I|we need* the|this money|income|salary|paycheck|paycheque",
            "my family|kids|children|rent|mortgage|bills|future|livelihood|everything is|are"
            " depending|depends|relying|relies|counting|riding on this|the|you|it job|role"
            "|offer|position?",
            "I|I've can't|cannot|couldn't|haven't|have_not been_able_to? sleep|stop_thinking|eat",
            "any|a crumb|scrap|morsel|shred|sliver|speck of news|information|feedback|update|hope",
            "hope|hoping|trust ...? the|this last|final postponement|delay|extension|push|slip",
            "I've|I_have|I|we've|we_have|still ...? heard|received|got|gotten nothing|not_a_thing"
            "|not_a_word|no_reply|no_response|no_answer|no_news|no_update|no_word",
            "means|meant|would_mean|will_mean|mean so_much|the_world|a_lot|everything"
            "|a_great_deal|more_than_anything|more_than_you_know to me",
            "checking|refreshing|watching|checked|refreshed my|the inbox|email|emails|phone"
            " every|constantly|non-stop|hourly|all_day|day_and_night ...? hour|minute|day?",
            "last|final chance to|for you_to? reply|respond|answer|get_back|let_me_know|decide"
            "|hear|contact",
            "you|you'll|you'd may|might|should|will|would|better? want_to|need_to|have_to? move"
            "|act|decide|hurry fast|quickly|soon|now",
            # Saying they have heard nothing, however it is put.
            "haven't|have_not|hasn't|has_not|hadn't|didn't|did_not heard|hear|received|got|gotten"
            " anything|back|a_thing|a_word|a_reply|a_response|an_answer|nothing from_you"
            "|from_anyone|from_anybody|from_the_team|back? since|yet|at_all?",
            "still waiting|waited for|on|to_hear a|an|your|any|some? answer|reply|response"
            "|decision|update|news|word|feedback?",
            "any update|updates|news|word|response|reply|answer|feedback|information at_all",
            "following|follow up again|once_more|one_more_time|yet_again",
            # Inventing or inflating a rival's interest to hurry them.
            "several|multiple|other|many|a_few|two|three|a_couple_of|a_number_of companies"
            "|employers|firms|recruiters|organisations|organizations ...? competing|fighting"
            "|chasing|courting|interested|circling for|in|over? me?",
            "just checking|following|touching|circling in|up|base|back again|once_more",
            "two|three|four|five|several|multiple|many|numerous|a_few|a_couple_of|a_number_of"
            "|other|various other? offers|interviews from|with|at ...? big|bigger|major|top|large"
            "|larger|leading|huge|well-known|famous|prestigious|better|great|top-tier|big-name"
            " companies|firms|names|brands|employers|players|organisations|organizations|banks"
            "|corporations",
            "everyone|everybody|all_of_them|they_all|both_of_them|every_company|companies"
            "|employers|recruiters wants|want|needs|need|expects|expect|is_pushing|are_pushing"
            "|is_pressing|are_pressing|is_urging|are_urging|is_asking|are_asking me to? join|start"
            "|decide|sign|commit|answer|respond|accept|move ...? quickly|soon|fast|immediately"
            "|right_away|now|asap|urgently|straight_away|this_week",
            # Asking for speed: "let me know ASAP", "kindly revert at the earliest".
            "please? let_me_know|get_back_to_me|tell_me|write_back|revert|update_me|inform_me"
            " ...? ASAP|as_soon_as_possible|at_the_earliest"
            "|right_away|immediately|urgently|straight_away|without_delay|promptly",
            # ... but not what they asked the writer to do ("You asked me to confirm ASAP").
            "please|kindly|pls|plz|can_you|could_you|would_you|can_u|could_u advise|confirm ...?"
            " ASAP|as_soon_as_possible|at_the_earliest|right_away|immediately|urgently"
            "|straight_away|without_delay|promptly",
            # Telling them not to delay again.
            "please? don't|do_not|try_not_to ...? push*|delay*|postpon*|mov*|shift*|slip*|drag*"
            "|put it|this|the_date|the_decision|the_timeline|the_process|things|everything back"
            "|out|again|further|any_further|any_longer|off",
            "no|without more|further|additional|other delays|postponements|extensions|slippage",
            "hope|hoping|trust ...? won't|will_not|doesn't|does_not|wouldn't|isn't|aren't ...? slip"
            "|push*|delay*|postpon*|be_pushed|get_pushed|be_delayed|get_delayed|be_postponed"
            "|be_more_delays|be_any_more_delays|be_further_delays|be_another_delay ...? again"
            "|further|back|out|any_further?",
            # Impatience: "Anything at all yet??".
            "anything|any_news|any_word|any_update|any_updates|any_progress|any_movement"
            "|any_answer|any_reply|any_feedback|anything_new at_all yet? {q}",
            "anything|any_news|any_word|any_update|any_updates|any_progress|any_movement"
            "|anything_new at_all? yet? {qq}",
            # Leaning on a contact, or asking someone to hurry the people deciding.
            "hope|hoping|hoped|trust|surely|presumably that|this|it|his_word|her_word|their_word"
            "|my_connection|the_referral|the_recommendation|his_recommendation"
            "|her_recommendation ...? counts|count|carries|carry|goes|go|means|will_count"
            "|will_carry|will_go|helps|will_help ...? for_something|for_a_lot|for_much"
            "|some_weight|in_my_favour|in_my_favor|a_long_way",
            "nudg*|hurry|hurri*|chase|chasing|prod|prodding|speed_up|lean_on|poke|hustle"
            " ...? the|your? hiring_committee|hiring_manager|hiring_team|committee|panel"
            "|recruiter|recruiters|HR|decision-makers|decision_makers|decision-maker"
            "|decision_maker|board along|forward|up|on|for_me|on_my_behalf|a_bit|a_little?",
            # Pushing them, not a date pushed back: "push the panel along".
            "push|pushes|pushing|pushed ...? the|your? hiring_committee|hiring_manager|hiring_team"
            "|committee|panel|recruiter|recruiters|HR|decision-makers|decision_makers"
            "|decision-maker|decision_maker|board along|forward|for_me|on_my_behalf|a_bit|a_little"
            "|to_decide|for_a_decision|for_an_answer",
            "badly|sorely|desperately|really|truly need* this|it|this_one|the_job|the_role"
            "|the_work|the_money|the_income",
            # ... said after the need: "I need it so badly for my family", "need this job more
            # than anything".
            "I|we need*|needed this|it|this_one|this_job|this_role|this_position|the_job|the_role"
            "|the_position|the_work|the_money|the_income|this_opportunity ...? badly|desperately"
            "|sorely|so_bad|so_much|more_than_anything|more_than_you_know|more_than_ever",
            # A go-between asked to hurry the people deciding: "Can you please push the owners
            # along a bit?", "could you hurry the directors up".
            f"{_CAN_YOU} ...? push*|nudg*|prod|prodding|poke|lean_on|hustle|chivvy|chivvy_along"
            f" ...? the|your|their? {_BOSSES} along|a_bit|a_little|for_me|on_my_behalf"
            "|to_decide|into_deciding|for_a_decision|for_an_answer",
            f"{_CAN_YOU} ...? hurry|hurry_up|chase|chase_up|speed|speed_up|gee|gee_up|hasten"
            f" ...? the|your|their? {_BOSSES} up|along|a_bit|a_little|for_me|on_my_behalf",
            "in need of this|the|that|a work|job|role|position|income|opportunity|employment",
            "too_proud|above to? beg|plead|grovel|ask",
            "don't|do_not|wouldn't|won't know what I'll|I'd|I_will|I_would|I'm_going_to|to do",
            "one I ...? cannot|can't|can_not|couldn't|mustn't afford_to? lose|miss"
            "|miss_out_on|pass_up",
            "can't|cannot|can_not|couldn't afford to lose|miss|miss_out_on|pass_up"
            "|let_slip this|it|this_one|out",
            "would|will|it'd|that'd|it'll|it_would|that_would be such_a|a|an|a_huge|a_great"
            "|a_massive|an_enormous relief|weight_off_my_mind|weight_off_my_shoulders|godsend"
            "|lifesaver|lifeline",
            "put|set|ease my mind|me at_ease|at_rest|out_of_my_misery",
            "put me out_of_my_misery",
            "smallest|tiniest|slightest|least crumb|scrap|hint|shred|morsel|sliver|bit"
            "|word of news|information|feedback|update|hope",
            "I need* to hear|know|find_out something|anything|soon|either_way"
            "|one_way_or_another|where_I_stand|what's_happening",
            "plee*|pleaa*|pleasee*|pleeze|plz|plzz*|pweeze|pwease|pleaseeee*",
            "eternally|forever|everlastingly|endlessly grateful|thankful|indebted|in_your_debt",
            "check|checks|keep_checking|I've_been_checking|been_checking my|the inbox|email"
            "|emails|phone|mail|messages|voicemail every|constantly|non-stop|hourly|all_day"
            "|day_and_night|obsessively ...? hour|minute|day|few_minutes?",
            "I'd|I_would give anything|everything|my_right_arm for|to",
            "pronto|post-haste|posthaste|double-quick|on_the_double",
            "matter_of_urgency|utmost_urgency|top_priority|high_priority|urgent_matter",
            "time is|'s of_the_essence|running_out|ticking|short",
            "clock is|'s ticking",
            "answer|reply|response|decision|update|word|back|verdict without_delay"
            "|without_further_delay|at_your_soonest|soonest_possible|by_return|at_once"
            "|forthwith|promptly",
            "soonest possible|possible_time|possible_moment",
            "please hurry|hurry_up|be_quick|move_quickly|speed_things_up|speed_it_up"
            "|get_a_move_on|step_on_it|move_fast",
            "hurry|speed|move|push things|it|this|matters|the_process up|along",
            "quick|fast|speedy|swift|prompt|early answer|reply|response|decision ~ would"
            "|will be wise|smart|advisable|sensible|in_your_interest|your_best_bet"
            "|a_good_idea",
            "don't|do_not leave it|this|things too_long|too_late",
            "keep|hold myself|me available|open|on_hold|free ~ indefinitely|forever|much_longer",
            "can't|cannot|can_not hold_on|hang_on|hang_around|wait_around much_longer"
            "|indefinitely|forever|any_longer|for_long",
            "need* clarity|certainty|an_answer|a_decision|a_reply|to_know now|today"
            "|immediately|asap|urgently|this_week",
            "big|major|important|life-changing|life decisions|choices ~ soon|shortly"
            "|this_week|imminently",
            "the_moment|the_minute|the_second|the_instant ~ hint|inkling|whiff|sniff|decide"
            "|decided|decision|news|word|outcome",
            "expecting|expect|awaiting|anticipating|about_to_get|due an|another|a_competing"
            "|a_rival|other|more offer|offers|call|calls ~ any day|moment|minute|week now?",
            "offer|offers from another|other|a_different|a_rival|a_competing firm|company"
            "|employer|organisation|organization|bank|agency|hospital|school|trust"
            "|place any day|moment|minute now?",
            "nothing|none_of_it|not_yet|isn't|is_not|not|don't|do_not|haven't ~ on_paper"
            "|in_writing|official_yet|officially_yet",
            "verbal-ish|verbalish|semi-official|sort-of|kind-of|possible|potential|likely"
            "|probable|pending|rumoured|rumored offer|offers",
            "likely|bound|sure|expect|expecting|going|set|poised to get|receive|land ~ offer"
            "|offers",
            "good|fair|decent|strong|real chance|likelihood|possibility I'll|I_will|I_might"
            "|I_may|I_could|I'm_going_to get|receive|land|have ~ offer|offers",
            "I may|might|could|will|'ll|should soon? have|get|receive|land an|another"
            "|a_competing|other|more offer|offers",
            "offer|offers ~ on_its_way|on_their_way|in_the_pipeline|in_the_works|imminent"
            "|around_the_corner|incoming",
            "hypothetically|theoretically|in_theory|suppose|supposing|what_if|say if? I got"
            "|get|had|have|received|receive|were_to_get|were_to_receive another|an"
            "|a_competing|a_rival|other offer|offers",
            "offer|offers ... more_or_less|of_sorts|in_principle|on_the_cards",
            "other|more|several|multiple|plenty_of|lots_of|a_few options|irons|opportunities"
            "|alternatives on_the_table|in_the_fire|in_play|out_there|available",
            "I have|I've_got|I've other? options|alternatives|choices so|and|too|as_well"
            "|on_the_table|out_there|elsewhere|available",
            "let's_say|let's_just_say|put_it_this_way|suffice_it_to_say"
            "|let's_just_put_it_this_way ~ options|offers|interest|alternatives|irons",
            "wait|waiting|suspense|uncertainty|not_knowing|silence ~ killing_me|torture|agony"
            "|eating_at_me|driving_me_crazy|driving_me_mad|unbearable|stressing_me_out"
            "|keeping_me_up|getting_to_me",
            "haven't|have_not|not|barely|hardly|can't|cannot been? sleeping|slept|sleep",
            "anxiety|stress|nerves|stress_levels|worry ~ through_the_roof|off_the_charts"
            "|sky-high|shot|frayed|in_tatters|at_breaking_point|killing_me",
            "worried|afraid|scared|fear|fearing|concerned|anxious ~ forgotten|overlooked|lost"
            "|ignored|dropped|passed_over",
            "nervous|anxious|emotional wreck|mess",
            "stressing|freaking|stresses|freaks|stressed|freaked me out",
            "losing|lost my mind|marbles|sanity|sleep",
            "I'm|I_am|I_feel|I'm_feeling|feel|feeling|getting|growing|becoming"
            "|I've_been tense|jittery|antsy|restless|jumpy|panicky|uneasy|twitchy|frazzled"
            "|a_wreck|a_mess|in_knots|sick_with_worry|beside_myself|anxious|nervous|on_edge",
            "counting|relying|depending|banking on me|me_getting|my_getting|me_landing",
            "hope|pray|praying|hoping you pick|choose|select|hire|take me",
            "kindly kindly",
            "pretty please",
            "on|down_on my knees|bended_knee",
            "fast-track|fast_track|expedite|speed|rush|hurry|bump|move me|my_application"
            "|my_candidacy up|through|forward|along|to|ahead",
            "my|our savings|money|funds|cash|benefits|severance|runway|visa|lease run|runs"
            "|ran|will_run|are_running|is_running|have_run|will_be_gone|expire|expires out"
            "|dry|low?",
            "and|but|yet|still heard|got|received nothing|zilch|zero|nada back?",
            "would|will|it'd|that'd|it'll make my whole? day|week|month|year",
            "can't|cannot|couldn't stop refreshing|checking|looking_at my|the inbox|email"
            "|emails|phone|mail",
            "keep|keeps|kept refreshing my|the inbox|email|emails|phone|mail",
            "dying|itching|bursting|aching to know|hear|find_out",
            "put|get|take me out_of_my misery|suspense",
            "hear|get|receive anything|something at_all|whatsoever",
            "bills|debts|arrears ~? piling_up|mounting|stacking_up|overdue",
            "my|the rent|mortgage|bills is|are due|overdue",
            "counting the days|hours|minutes",
            "word with the|your recruiter|hiring_manager|HR|team|panel|boss|manager|committee",
            "turned_down|declined|passed_on|given_up|turned_away ~? other|another|two"
            "|several offers|interviews|roles|jobs|opportunities for this|for_you|waiting",
            "put|putting|kept|keeping my life|plans|career|everything on_hold",
            # Not heard yet, put formally: "I am yet to receive feedback".
            "I_am|I'm|I've|I_have|I_had|I'd|we_are|we're|still yet to hear|receive|get"
            "|see ...? feedback|reply|response|answer|word|news|anything|update|back|outcome"
            "|decision|from",
            # Pleading for any reply at all: "even a one-line reply would do".
            "even|just a|one|single|quick|short|brief|two-line|one-line ...? reply|response"
            "|answer|word|line|email|note|update|yes_or_no would|will|could|'d make|mean|do"
            "|help",
            # Needing to hear from them: "I need to hear from you before then".
            "need|needed|must to? hear|get_an_answer|get_a_decision|have_an_answer"
            "|have_your_answer|have_a_decision|have_your_decision from_you|back|soon|before"
            "|by|today|this_week|quickly|urgently",
            "need|needed|crave|craving some|a_bit_of|a_little|real certainty|closure|peace_of_mind",
            # Claiming they will not meet anyone better: "I doubt you've met anyone better".
            "doubt|bet|guarantee|promise|swear you'll|you've|you'd|you_will|you_have|you_would"
            " ...? meet|met|see|seen|find|found|interview|interviewed|get anyone|anybody"
            "|someone|a_candidate better|stronger|more",
            "best|strongest|finest|top bloke|candidate|person|applicant|hire|guy|fit|one"
            " you'll|you_will|you've|you_have|you'd|you_could|you're_going_to see|meet|find"
            "|get|interview|hire|seen|met|found|interviewed",
            # The job as the answer to the writer's life: "would change everything for me".
            "would|will|could|it'd|it'll|that'd change|transform everything for me|us"
            "|my_family|our_family",
            "would|will|could|it'd|it'll|that'd change|transform my|our life|lives|world"
            "|future|family's_life|family's_future",
            # Pleading, however it is put: "appealing to your good heart", "abeg".
            "appeal*|plead*|beg|begging|pray*|request* to|at|with your good? heart|kindness|mercy"
            "|generosity|goodwill|conscience|compassion|sympathy|benevolence|good_offices",
            "throw*|threw|cast*|casting myself on|upon|at your|the mercy|kindness|goodwill"
            "|compassion",
            "have|show|take mercy|pity on me|us|my_situation|my_case|my_plight|my_family"
            "|my_circumstances|my_application|a_poor_candidate",
            "with folded|joined|clasped hands",
            "give|gimme|grant us|me a|one|just_one|this|that chance|shot|break {asked}",
            "abeg|biko {rest}?",
            "praying|pray that? you'll|you_will|you say|pick|choose|select|hire|take|give|offer",
            "crossing|crossed|keeping everything|all_my_fingers|fingers_and_toes"
            "|my_fingers_and_toes",
            "hoping|hope|hoped against hope",
            "spare|give a thought|moment|minute|glance for|to my application|candidacy"
            "|candidature|CV|resume|me",
            "something anything",
            "sooner rather than later would|will|'d|is be? grand|great|good|ideal|appreciated"
            "|nice|lovely|brilliant|perfect|best|helpful|handy|mint|ace",
            "the sooner the better",
            # A date set for them as a wish: "Would be great to know before the weekend".
            "would|will|it'd|it_would|that'd|it'll be great|good|ideal|helpful|nice|lovely"
            "|brilliant|perfect|appreciated|handy|amazing|useful|super to know|hear|hear_back"
            "|find_out|have_an_answer|have_your_answer|have_a_decision|have_your_decision"
            "|get_an_answer|get_a_decision|have_news|get_news {when}",
            "knowing|hearing|hearing_back|an_answer|a_decision|your_answer|your_decision|news"
            " {when} would|will|'d be great|good|ideal|helpful|nice|lovely|brilliant|perfect"
            "|appreciated|handy|amazing|useful|super",
            "hate|shame|pity for you to? miss_out|lose|let_me_go|let_me_slip|pass_on_me|pass_me_up",
            "miss|missing out on me|someone_like_me|a_candidate_like_me|my_talents",
            "get|put|got your|their skates|running_shoes on",
            "chop_chop|shake_a_leg|look_lively|pull_your_finger_out|pull_your_fingers_out"
            "|snap_to_it|jump_to_it|hop_to_it|get_your_act_together",
            "ball's|ball_is|ball_is_now|ball's_now in your|their|the_company's court",
            # What hangs on the job for the writer: the savings, the family, the house.
            "would|will|could|it'd|it'll|that'd|it_would|it_will turn|change my|our whole|entire?"
            " life|lives|fortunes|year|situation around|round",
            "the|my|our savings|money|funds|cash|nest_egg|severance are|is|have|has nearly|almost"
            "|all|practically|pretty_much gone|spent|used_up|exhausted|dried_up|depleted|finished"
            "|run_out|running_out",
            "I'm|I_am|as|being|I've_been|I'm_now the|a sole|only|main breadwinner|earner|provider",
            "sole|only|main breadwinner|earner|provider for|of|in my|our",
            "is|it's|it_is|this_is|that's|that_is|would_be|will_be|offer_is|role_is|job_is ...?"
            " make-or-break|do-or-die|life-or-death|make_or_break|do_or_die|life_or_death",
            "answer|an_answer to my|our prayers",
            "if|should this|it|the_role|the_job|the_offer|this_one falls|fall|fell through"
            "|doesn't_come_through|does_not_come_through|doesn't_work_out|does_not_work_out",
            "for him|her|my_father|my_dad|my_mother|my_mum|my_mom|my_late_father|my_late_mother"
            "|my_family|my_kids|my_children|my_parents as_much_as|more_than|as_well_as for? me"
            "|myself",
            "I'm|I_am|I've_been|I_have_been|we're|we_are|we've_been|I|we drowning|buried"
            "|up_to_my_neck|up_to_my_eyeballs|neck-deep|knee-deep|swimming in ...? debt|debts"
            "|loans|bills|arrears",
            "would|will|could be a|my|our life_raft|life-raft|lifeboat|lifeline|godsend|rescue"
            "|salvation",
            "paying|covering|footing his|her|their|my|our|the_family's hospital|medical|treatment"
            "|school|care|funeral bills|fees|costs",
            "my|our family|kids|children|household|parents|little_ones is|are suffering"
            "|struggling|starving|going_hungry|in_need",
            "juggling {count} part-time|side|zero-hours? jobs|gigs",
            "my|our whole|entire future|life|livelihood|everything|career hinges|rides|depends"
            "|relies on",
            "told|announced_to|informed|promised my family|parents|friends|wife|husband|partner"
            "|kids|mum|mom|dad|folks|relatives|everyone I|I've|I'd|I'll got|get|have|landed"
            "|be_starting|been_offered",
            "difference between keeping|losing|paying|making_rent|eating|staying|sinking|surviving",
            "game-changer|game_changer|life-changer|life_changer|lifesaver for me|us|my ...?"
            " family|kids|household|life|situation",
            "would|will|could|it'd|it'll|that'd help|support|feed|save|sustain my|our family"
            "|household|kids|children|parents|loved_ones",
            "I've|I_have|I've_got|I_have_got|we've|we_have|we've_got a|the|my|our? mortgage|rent"
            "|bills|family|kids|mouths|debts|loans to think_about|pay|feed|support|cover"
            "|worry_about",
            "mouths to feed",
            "mean* the absolute|whole|entire|actual world",
            # Anxiety shown to the reader: the phone, the inbox, the nerves.
            "refreshing|glued_to|staring_at|stalking|obsessively_checking|constantly_checking my"
            "|the ...? inbox|email|emails|phone|mail|notifications|spam_folder|junk_folder"
            "|mailbox|spam|junk",
            "can't|cannot|couldn't|can_not stop checking|refreshing|looking_at my|the spam|junk"
            "|spam_folder|junk_folder|voicemail|notifications|messages|texts|LinkedIn",
            "my nerves are|is|'re|have_been|were shredded|shot|frayed|in_tatters|gone|wrecked"
            "|fried|jangling|on_edge|in_bits|shattered",
            "lowkey|highkey|lowk stressing|stressed|panicking|freaking|anxious|nervous|dying"
            "|spiralling|spiraling|shook",
            "stressing|panicking|spiralling|spiraling|fretting|agonising|agonizing|obsessing"
            " about|over this|it|the_result|the_outcome|the_decision|the_role|the_job"
            "|my_application|whether",
            "every_time|whenever|each_time my phone|inbox|email|laptop buzzes|pings|rings|dings"
            "|lights_up|goes_off|vibrates",
            "replaying|overthinking|rerunning|reliving|rehashing|second-guessing|dissecting"
            "|obsessing_over|going_over every|each|all_of|all ...? answer|answers|question"
            "|questions|word|moment|minute|thing",
            "doing|does|did|done my head in",
            "driving|drives|driven me up_the_wall|round_the_bend|round_the_twist|bananas|nuts"
            "|crazy|mad|insane|spare|to_distraction",
            "am|I'm|feel|feeling|getting|got|become|became tensed|tense|tensed_up",
            "I'm|I_am|I've_been|hands_are|hands_were shaking|trembling|quivering|a_shaking_mess",
            "waiting|wait|silence|not_knowing|not-knowing|limbo|uncertainty ~ rollercoaster"
            "|roller-coaster|roller_coaster|torture|agony|nightmare|ordeal|purgatory|hell"
            "|doing_my_head_in",
            "am|I'm|I've_been|I_have_been eagerly|anxiously|impatiently|nervously|keenly waiting"
            "|awaiting",
            "eagerly|anxiously|impatiently|nervously waiting|awaiting for|on? your|the|a reply"
            "|response|decision|news|outcome|result|feedback|revert|update|word",
            "how_much_longer|how_long I|I'll can|could|will be_able_to? hang_on|hold_on|wait"
            "|keep_waiting|hold_out|last|stay_available",
            # Pleading in pidgin with what is asked: 'abeg, help me'.
            "abeg|biko help|assist|consider|check|update me|us|my",
            # Not heard, put formally; rivals of any kind courting; the job as a sure thing.
            "yet to receive|hear|get|see ...? communication|correspondence|information|intimation"
            "|feedback|reply|response|word|news|update|email|mail|call|letter|acknowledgement"
            "|acknowledgment|contact|notification|revert|outcome|decision|result|anything",
            "several|multiple|other|many|a_few|two|three|a_couple_of|a_number_of ...? hospitals"
            "|schools|banks|agencies|studios|practices|trusts|clinics|councils|labs|startups"
            "|start-ups|places|outfits|hotels|restaurants|brands|consultancies|universities"
            "|charities ...? competing|fighting|chasing|courting|interested|circling|sniffing"
            "|after for|in|over|around? me?",
            "make|makes|made|making me a|the shoo-in|shoe-in|sure_thing|safe_bet|no-brainer"
            "|obvious_choice|natural_choice|slam_dunk|dead_cert|front-runner|frontrunner"
            "|clear_winner|standout",
            "I'm|I_am|I'd_be|I_would_be|I'll_be a|the shoo-in|shoe-in|sure_thing|safe_bet"
            "|no-brainer|slam_dunk|dead_cert|clear_winner",
            # More of the same: wits' end, out of my mind, devastated if not, no options left.
            "at|reached my wits|wits'|wit's end",
            "heart skips|jumps|races|leaps|stops|sinks|pounds a_beat? every_time|whenever"
            "|each_time",
            "going|gone|I'm|I_am out_of my mind|head|skull",
            "I'd|I_would|I'll|I_will|would be devastated|gutted|heartbroken|crushed|shattered"
            "|destroyed",
            "no|zero other|more options|alternatives|choices|irons_in_the_fire left|remaining",
            "no|no_other income|savings|safety_net|nothing_to_fall_back_on"
            "|nothing_else_to_fall_back_on",
            "how I'll|I_will|I'd|I_would|we'll|we_will|to feed|support|provide_for|pay|cover"
            "|keep_up_with my|our|the ~? kids|family|children|rent|bills|mortgage|loans|debts",
            "without this|that job|role|position|offer|income I|I'll|I'd|we|my|our",
            "starting|beginning|I'm|I_am|fast ~? losing|to_lose hope|heart|faith",
            # Asking for priority, begging in text-speak, rivals queuing up.
            "on|as priority|a_priority_basis|an_urgent_basis|urgent_basis|top_priority",
            "im|Im|i'm|I_am|am begging|pleading|imploring",
            "begging|pleading at_this_point|here|now",
            "application|candidacy|CV|email|note|message|file|I|I've|I'd|I'm|me ~? fell|fallen"
            "|falling|slipped|slipping|slip|fall|gone|got_lost through the cracks|net",
            "lining_up|queuing_up|queueing_up|queuing|queueing|fighting|clamouring|clamoring to"
            " hire|offer|interview|get|snap_up|grab|poach me",
            "don't|do_not wait too_long|much_longer|around|any_longer",
            # Any news at all, the inbox every hour, a bone thrown.
            "any|anything news|word|update|updates|information|feedback|thing whatsoever",
            "I'm|I_am|I've_been|am|been going|gone crazy|mad|insane|nuts|bananas|stir-crazy"
            "|round_the_bend|loopy|spare",
            "refresh|refreshes|refreshed|check|checks my|the inbox|email|emails|phone|mail|spam"
            "|notifications every|each|about_every hour|minute|five_minutes|ten_minutes|half_hour"
            "|few_minutes|morning|night|day",
            "help a girl|guy|sister|brother|lad|gal|fella|mate|bro|sis out",
            "throw|toss me|us a bone|crumb|lifeline|scrap",
            "need|crave|want|deserve closure|certainty",
            # Waiting by the phone, news wanted the second it comes, 'once again' pressed.
            "waiting|sitting|hovering|camped by|next_to|beside|over the|my phone|inbox|laptop",
            "the_second|the_minute|the_instant you|they hear|get|know|have|decide",
            "once_again|yet_again|again_and_again ~? checking|following_up|chasing|requesting"
            "|asking_for|an_update|any_update|I'd_like_an_update|I_would_like_an_update",
            # A reply hurried in other words: 'let me know as soon as you can what you've decided'.
            "know|me|back|reply|respond|answer|decide|update|hear|confirm|revert|decision|word|news"
            "|outcome ~? as_soon_as_you_can|as_soon_as_you're_able|as_soon_as_you_are_able"
            "|as_quickly_as_you_can|as_fast_as_you_can|as_soon_as_humanly_possible"
            "|as_quickly_as_possible|as_fast_as_possible|the_moment_you_can|the_minute_you_can"
            "|the_second_you_can",
            "treat|treating|handle|handling|deal_with|process|review|look_at|look_into"
            "|consider this|it|my_application|my_file|my_case|my_candidacy|the_matter as"
            "|with a? matter_of_priority|matter_of_urgency|priority|top_priority|urgent|urgency",
            "sorted|done|moving|settled|decided|wrapped_up|over_the_line|finalised"
            "|finalized ~? sharpish|pronto|double_quick|on_the_double|PDQ|quick_smart|quick-smart",
            "bite|biting|bit your|the hand|hands|arm off",
            "at_your_mercy|at_the_mercy_of_your|throwing_myself_on_your_mercy",
            "I'm|I_am|I've_been|I_feel|I'm_feeling|I_was bit|a_bit|a_little|such|quite|total"
            "|complete of? a|an wreck|mess|state|basket_case|nervous_wreck",
            "checking|checked|check my|the spam|junk|spam_folder|junk_folder",
            "checking|checked|check my|the inbox|phone|email|emails|mail"
            "|notifications ~? like_a_madwoman|like_a_madman|like_crazy|like_mad|like_a_hawk"
            "|obsessively|constantly|every_hour|every_few_minutes|every_five_minutes|hourly"
            "|non-stop|nonstop|religiously|compulsively",
            # The work of a panel hurried: "Could the panel perhaps reconvene before the 18th?"
            "could|can|would|might|will the|your panel|committee|board|interviewers|hiring_team"
            "|decision-makers|partners|you ...? reconvene|convene|regroup|bring_forward|expedite"
            "|speed_up|fast-track|accelerate ~? before|sooner|earlier|any_earlier|any_sooner"
            "|ahead_of|in_time|this_week|by",
            "bring|brought|bringing|move|moving the|your|their decision|deliberations|verdict"
            "|sign-off|decision_date|decision_meeting forward|up",
            # Any answer begged for: "a yes or a no, anything", "even a no would do".
            "yes or a? no anything|something|whatever|please|either_way|at_this_point",
            "even a no|rejection|no_thanks would|will|is ...? fine|welcome|better|okay|ok|do|help"
            "|something|a_relief",
            "anything|something at_all? even a no|rejection|one-liner|one-line_reply",
            # Hoping a note wins the job: "I really hope this seals the deal!"
            "hope|hoping|hopefully|trust|pray|praying|here's_hoping|fingers_crossed this|that|it"
            "|these|they|my_portfolio|my_samples|my_references|my_application ...? seal*|clinch*"
            "|swing*|nail* it|the_deal|things|the_job|the_role|matters",
            "hope|hoping|hopefully|trust|pray|praying|here's_hoping|fingers_crossed this|that|it"
            "|these|they ...? tip*|tilt*|swing* the balance|scales|decision|odds",
            "hope|hoping|hopefully|trust|here's_hoping this|that|it ...? get*|land*|win*|put*"
            " me over_the_line|over_the_top|the_job|the_role|the_offer|the_nod|the_gig|the_edge"
            "|an_edge|ahead",
            # A steady income needed: "I genuinely need something steady".
            "I|we need* something|a_job|work|a_role|a_position|an_income|income|a_wage|a_salary"
            " steady|stable|secure|regular|reliable|dependable|permanent",
            "I|we need* steady|stable|secure|regular|reliable|dependable work|income|employment"
            "|money|pay|hours|job|wage|paycheck|paycheque",
            "I|we need* stability|security|some_stability|financial_stability|job_security"
            "|financial_security|a_steady_income|a_regular_income|a_stable_income",
            # Nothing come through: "I still haven't seen anything come through".
            "haven't|have_not|hasn't|didn't|did_not|not seen|had|received|got|spotted anything"
            "|a_thing|any_email|an_email|a_reply|a_response|any_news|any_word come_through"
            "|arrive|land|from_you|in_my_inbox|back",
            # Writing again because nothing came back: "so I'm trying once more".
            "so|hence|therefore|thus|which_is_why|that's_why|and_so I'm|I_am|I'll|I_will|I've"
            "|I_have|I_thought_I'd|I_figured_I'd|I'd|I_wanted_to ...? try|trying|tried|write"
            "|writing|written|follow_up|following_up|followed_up|chase|chasing|chased|check_in"
            "|checking_in|reach_out|reaching_out|email|emailing|nudge|nudging|ping|pinging|bump"
            "|bumping|resend|resending|get_in_touch|getting_in_touch|give_it|giving_it ...?"
            " once_more|again|one_more_time|another_time|a_second_time|once_again|another_go"
            "|another_shot|another_try|one_last_time|here_too|here_as_well|on_here_too",
            # Hurrying them for the writer's sake: "fast-track things so I don't lose out".
            "fast-track|fast_track|fasttrack|fast-tracking|expedite|expediting|hurry|hurrying"
            "|speed_up|speeding_up|rush|rushing|accelerate|accelerating|hasten|push_through"
            "|move_along|bring_forward|hurry_along|chivvy_along things|matters|my_application"
            "|my_candidacy|the_decision|your_decision|a_decision|the_hiring_process"
            "|the_recruitment_process|your_process|my_process|the_offer|an_offer|my_offer"
            "|the_timeline|your_timeline|it_along|things_along|things_up|proceedings|my_file",
            "so|so_that|lest|in_case|or|otherwise|before I|we don't|do_not|won't|will_not"
            "|wouldn't|dont|might|may|could|end_up|risk lose_out|miss_out_on_this"
            "|miss_out_on_the_role|miss_out_on_this_role|miss_out_on_the_opportunity"
            "|miss_out_on_this_opportunity|lose_the_other_offer|lose_the_other_one"
            "|losing_out|missing_out_on_this|lose_this_chance|lose_the_chance",
            "at|reached|hit|near|nearing|approaching the? end of my|one's rope|tether",
            "at|reached|hit|near|nearing|approaching breaking_point|my_breaking_point|rock_bottom"
            "|the_end_of_the_line|my_limit",
            "running|run|running_on|ran on? empty|fumes|on_empty|on_fumes",
            # The decision chased through a go-between, on the writer's clock: "Would you be
            # able to find out from the panel for me today?", "check with the hiring manager on
            # my behalf by Friday".
            f"{_FIND_OUT} ...? from|with? the|your {_DECIDERS} ...? for_me|on_my_behalf ...?"
            f" {_RIGHT_AWAY}",
            f"{_FIND_OUT} ...? from|with? the|your {_DECIDERS} ...? for_me|on_my_behalf ...?"
            " {when}",
            # Their decision asked for now instead of on their date: "Could you not just make
            # the decision now?", "Can't the panel decide this week?"
            "could|can|couldn't|can't|would|wouldn't|will|won't|is_there_no_way|why_can't"
            "|why_couldn't you|ye|they|the_panel|the_team|HR not? make|reach|take|come_to|give_me"
            " the|a|your|their decision|call|verdict|answer|choice ...? now|already|sooner|earlier"
            "|today|tonight|right_away|straight_away|immediately|quicker|faster|this_week",
            "could|can|couldn't|can't|would|wouldn't|is_there_no_way|why_can't|why_couldn't you|ye"
            "|they|the_panel|the_team|HR not? decide|choose|make_up_your_mind|make_your_minds_up"
            "|make_up_their_minds ...? now|already|sooner|earlier|today|tonight|right_away"
            "|straight_away|immediately|quicker|faster|this_week",
            # A plea that opens the request: "Please, any update at all would be so appreciated".
            "please|pls|plz|kindly|I_beg_you any|some update|updates|news|word|reply|response"
            "|answer|feedback|information|info at_all|whatsoever",
        ),
        # "the desperate shortage of substitute teachers" is the work, not the writer.
        work_nouns=frozenset({"shortage", "shortages"}),
        reader_tone=True,
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
            # Two apologies in one sentence: "So sorry for the delay, and apologies again",
            # "Apologies for any inconvenience caused, I really am sorry".
            r"(?=[SsAaIiMm])\b(?i:(?:so\s+|very\s+|really\s+|truly\s+|terribly\s+|my\s+)?"
            r"(?:sorry|apologies|apologise|apologize|sincere\s+apologies)\b[^.!?\n]{1,80}?"
            r"(?:[,;]|\s[–—-])[^.!?\n]{0,40}?\b(?:sorry|apologies|apologise|apologize|apologi[sz]ing)\b"
            r"(?:\s+(?:again|once\s+more|for\s+that))?)",
            # The apology said twice over: "I'm so so sorry, I really am", "sorry, truly I am".
            r"(?i:sorry)[ \t]*,[ \t]*(?i:I[ \t]+(?:really|truly|genuinely|honestly"
            r"|sincerely|so|very|do)[ \t]+(?:am|do)|(?:really|truly|genuinely|honestly|sincerely)"
            r"[ \t]*,?[ \t]+I[ \t]+(?:am|do))(?![ \t]*(?:[\w'’]))",
        ),
        openers=frozenset(
            {"i am", "i m", "i apologize", "i apologise", "so", "very", "really", "sorry"}
            | {"apologize", "apologise", "apologies"}
        ),
        families=(
            # Pleading not to be held against: "Please don't be cross with me", "don't hate me".
            "please|pls|plz|I_hope|hope|hoping don't|do_not|won't|you_won't|you're_not|you_aren't"
            " be? too? cross|angry|mad|upset|annoyed|hate|resent|think_badly_of|think_less_of"
            "|hold_this_against|hold_it_against with|at? me",
            "hope|trust I'm|I_am|this_is|this_isn't|I'm_not ...? not? intruding|overstepping"
            "|imposing|a_bother|a_nuisance|a_pest|too_pushy|too_forward",
            "hate|don't_want|do_not_want to be that|the|one_of_those candidate|candidates|person"
            "|guy"
            "|girl|applicant|one|annoying_one",
            "being ...? a|an pest|pain|nuisance|nag|bother|menace|headache|annoyance",
            # The writer as the nuisance: "I know I've been a pest", "I must seem such a nag".
            "I've|I_have|I'm|I_am|I_was|I_must|I_may|I_might|I_feel|I_probably ...? a|an|such_a"
            "|such_an|a_bit_of_a|a_bit_of_an|bit_of_a|something_of_a|a_real|a_right|a_total"
            "|a_complete pest|nuisance|nag|pain|bother|menace|annoyance|pain_in_the_neck"
            "|pain_in_the_backside|thorn_in_your_side",
            "mea culpa",
            "last thing you need|want in|cluttering|clogging? your|the? inbox",
            "sory|sry|srry|sorrry|soz|sozz|sorry|apologies to|for spring*|springing|dropping"
            "|landing this|it"
            " on you",
            "taking|take up? more|any_more|extra|further|so_much|a_lot|even_more of your valuable"
            "|precious"
            "|busy? time",
            "I_know|I_realise|I_realize|I_appreciate you're|you_are|you've_been|you_must_be"
            " slammed|swamped"
            "|snowed_under|drowning|flat_out",
            "it's|it_has|things_have been a|such_a|quite_a hectic|busy|crazy|mad|manic|chaotic|hard"
            "|long|rough week|few_days|time|month|fortnight",
            "rambled|waffled|babbled|stumbled|fumbled|blanked|froze|mumbled|went_on|got_flustered"
            "|got_nervous|messed_up|botched ...? sorry|apologies|apologise|apologize|forgive",
            "sorry|apologies|apologise|apologize for|about my|that|the rambling|waffling|nerves"
            "|answer"
            "|answers|stumble|blank|mistake",
            # Apologising for reaching out at all ("apologies for the cold-ish request").
            "apologies|sorry|apologise|apologize|forgive_me for|about the|this|my ...? cold"
            "|cold-ish|coldish|unexpected"
            "|random|unsolicited|out-of-the-blue|sudden|unannounced ...? request|message|note"
            "|invite"
            "|invitation|approach|connection|email|add",
            # Regret stacked on the apology for a no: "I am very sorry, I must unfortunately
            # withdraw", "sorry, but I'm afraid I have to decline".
            "sorry|apologies|apologise|apologize ... unfortunately|regrettably|sadly|afraid ...?"
            " withdraw|withdrawing|decline|declining|pull_out|pulling_out|turn_down|turning_down"
            "|turn_it_down|turn_this_down|step_back|step_away|bow_out|say_no|back_out",
            # Apologising at length for a no.
            "I'm|I_am|I_feel terribly|awfully|incredibly|deeply|extremely|truly|so|very"
            "|really sorry",
            "I feel|felt awful|terrible|dreadful|bad|guilty about|for this|it|that|doing_this",
            "I'm|I_am|I_was|I_feel sorry about|for the|my ...? question|answer|case|task"
            "|test|exercise|presentation|mistake|blunder|slip|stumble|interview|performance"
            " question|answer|study|exercise|task?",
            "sorry|apologies this|it|these|that is|are|was|were? late|delayed|overdue|slow",
            "apologies|apologise|apologize|sorry in advance for|about this|my|the message"
            "|email|note|letter",
            "sorry about|for the|my ...? question|answer|case|task|test|exercise"
            "|presentation|mistake|blunder|slip|stumble|interview|performance",
            "I'm|I_am|I_feel|I_was|I_felt embarrassed|ashamed|mortified|humiliated",
            "please don't|do_not|try_not_to hold|count it|this|that|my_answer"
            "|my_mistake against me",
            # Sorry, apologies, forgive or excuse me, for any trouble of writing.
            f"I'm|I_am? sorry|apologies|apologise|apologize|apologising|apologizing|forgive|excuse"
            f"|pardon ...? {_TROUBLE} you|you_again|your_time|your_valuable_time|your_inbox?"
            " on_here|here|on_linkedin|over_here? too|again"
            f"|as_well|once_more? {{bang}}?",
            f"hate|don't_want|do_not_want|don't_mean|do_not_mean|wouldn't_want|not_trying"
            "|not_meaning|not_wanting to? keep|continue? be? a|an|such_a? nuisance|pest|bother"
            "|pain|burden"
            f"|{_TROUBLE} you|your_inbox|your_time|you_again?",
            f"hope|hoping I'm_not|I_am_not|this_isn't|this_is_not|it_isn't|it's_not|it_is_not"
            f"|that's_not|I_haven't|I_won't|this_won't|I'm_not_being|not ...? {_TROUBLE}|a_bother"
            f"|too_much",
            f"at_the_risk_of ...? {_TROUBLE}|a_pest",
            "clutter*|flood*|spam*|clog*|fill*|crowd*|jam*|overload*|bombard*|swamp*|bury*"
            "|burying up? your|the? inbox|mailbox",
            "sorry|apologies|apologise|apologize to|for? be|being a|an|such_a|so_much_of_a ...?"
            " pain"
            "|pest|nuisance|bother|burden|nag|hassle|annoyance|headache|distraction",
            "I|I'll|I_will|I'd|who|candidate|one|person|someone keep|keeps|keeping|kept chasing"
            "|emailing|writing_to_you|messaging|bothering|pestering|following_up|nagging|pinging"
            "|checking_in|reaching_out",
            "I'm|I_am|I_must_be|I_may_be|I_might_be ...? annoying|bothering|pestering|bugging"
            "|hassling|nagging|irritating|spamming|disturbing|troubling you|your_team",
            # Grovelling: "I feel terrible about it".
            "I_feel|I_felt|I'm_feeling|I_am_feeling|feeling terrible|awful|horrible|dreadful"
            "|guilty|bad about|for it|this|that|the_delay|the_wait|the_late_reply|my_late_reply"
            "|keeping_you|taking_so_long|the_trouble|the_inconvenience",
            "sry|soz|srry|sowwy|apols|sorry|apologies ...? bug|bother|pester|disturb|nag|spam"
            "|ping|bugging|bothering|pestering u|ya|you",
            "sry|soz|srry|apols|sorry|apologies|apologise|apologize for|about the|any"
            "|all_the bother|trouble|hassle|nuisance|intrusion|imposition|pestering|spam"
            "|nagging",
            "apolog*|sorry|forgive|excuse ~ taking_up|using_up|eating_into|occupying|stealing"
            "|wasting|taking ~ your|more_of_your|so_much_of_your|up_your time|inbox|day",
            "sorry|apologies ~ to be that|the|one_of_those candidate|person|applicant|guy|girl|one",
            "sorry|apologies|apologise|apologize ~ back-and-forth|flurry|barrage|stream"
            "|string|deluge|avalanche|volley|spate|onslaught|so_many|all_these|all_the"
            "|too_many|multiple|repeated ~ emails|messages|notes|follow-ups|questions",
            "apologies|sorry|apologise|apologize if|in_case ~ double|duplicate|second|repeat"
            "|extra|third|another ~ reminder|email|message|note|nudge|follow-up|chaser",
            "can't|cannot|couldn't apolog* enough",
            # Apologising for pressing them: "Sorry to pile on the pressure".
            "sorry|apologies|apologise|apologize|apologising|apologizing to|for|if|about pile"
            "|piling|put|putting|add|adding|heap|heaping|ramp|ramping|pile_on|put_on|heap_on"
            "|add_to|ramp_up ...? pressure",
            "sorry|apologies|apologise|apologize|apologising|apologizing to|for|if|about push"
            "|pushing|rush|rushing|hurry|hurrying|press|pressing|pressure|pressuring|pressurise"
            "|pressurising|pressurize|pressurizing|chase|chasing|hound|hounding|hassle"
            "|hassling you|things|this|the_process|the_decision",
            "apolog* profusely|a_thousand_times|again_and_again",
            "sorry sorry",
            "forgive|excuse|pardon my|the tardiness|lateness|belatedness|delay|slowness",
            "unforgivably|inexcusably|embarrassingly|shamefully|horribly|terribly"
            "|woefully late|belated|overdue",
            "kicking myself|beating_myself_up",
            "forgive|excuse|pardon my terrible|awful|poor|dreadful|bad|weak|shaky"
            "|disastrous performance|answer|answers|interview|presentation|showing",
            "I was|I_felt such|an|a_total|a_complete mess|idiot|wreck|disaster|fool|train_wreck",
            "so bad|terrible|awful|useless|hopeless at the|that|my",
            "apologies|apology|sorry|apologise|apologize if|in_case ~ twice|times|duplicates"
            "|duplicate|double|more_than_once",
            "I was|I_felt|I've_been|I_must_have_been such_a|such_an|an|a_total"
            "|a_complete mess|idiot|wreck|disaster|fool|train_wreck",
            "apologise|apologize|apologising|apologizing|apologies again|once_again|once_more for",
            "feel|felt|feeling awful|terrible|horrible|dreadful|bad|sick|gutted about|over my"
            "|the answer|answers|performance|presentation|interview|mistake|response|blunder"
            "|stumble|slip",
            "hold|count my|it|this|that|the ~ against me",
            "forgive|excuse|pardon me for pulling_out|withdrawing|backing_out"
            "|changing_my_mind|letting_you_down|messing_you_around|wasting_your_time",
            "feel|felt|feeling terrible|awful|bad|guilty|dreadful ~ letting|let you|everyone"
            "|the_team",
            "messing|mucking|jerking you|everyone|the_team around|about",
            "worst possible|imaginable timing|moment",
            f"don't|do_not|won't mind me|my {_DROPPING_IN}",
            f"don't|do_not|won't mind if|that I|I'm {_DROPPING_IN}",
            "don't|do_not|won't mind me|my chas*|follow*|nudg*|ping*|writ*|email*|messag*"
            "|bother*|pester*|check*|reach*|bump*|poke*|prod*",
            f"feel|felt|feeling bad|guilty|awful|terrible about|for {_TROUBLE}",
            "sorry|apologies if I'm|I_am|I've_been|I_was being? a|an|such_a nuisance|pest"
            "|pain|bother|annoying|pushy|too_pushy|too_much",
            # Apologising for asking at all, in advance, or over and over.
            "apologies|apologise|apologize|sorry in advance",
            "overstepping|intruding|imposing|presuming by|in even? asking|writing|emailing"
            "|reaching_out|following_up|checking_in",
            "sorry|apologies for|about barging|bursting|crashing|storming|butting|popping|landing"
            "|dropping into|in|on your|the inbox|day|desk",
            "feel|felt|feeling awful|terrible|bad|guilty|horrible even? sending|writing|asking"
            "|emailing",
            "sorry again|once_more",
            "no|not wanting|wanting|wishing to be a nuisance|pest|bother|pain|burden",
            "beg|begging your pardon|forgiveness",
            # The writer as the unwelcome one: 'the last person you want to hear from'.
            "last person|candidate|one|email|message|thing you want|need|wish to? hear_from|see"
            "|deal_with|read",
            # 'Sorry, me again!'
            "sorry|apologies|soz|sry me again",
            "me again sorry|apologies|soz|sry|I_know",
            "it's|its|it_is me again",
            # 'Sorry to keep on at you.'
            "sorry|apologies|apologise|apologize to|for|about keep|keeping on_at_you|going_on"
            "|bugging|hassling|chasing|pestering|nagging|at_you",
            "keep|keeping|kept on at you",
            # Sorry as it is mistyped, for any trouble of writing: "Sory to be a nuisance".
            f"{_SORRY} to|for|about|if ...? be|being|am|I'm a|an|such_a|so_much_of_a ...? pain"
            "|pest|nuisance|bother|burden|nag|hassle|annoyance|headache|distraction",
            f"{_SORRY} to|for|about|if|again the|my|this|all_the|any|another|keep|keeping|being"
            f"|so_much? {_TROUBLE} you|your_inbox|your_time|again?",
            # Sorry for pushing in: "Sorry to jump the queue like this".
            f"{_SORRY} to|for|about|if ...? jump*|skip*|cut*|queue-jump*|barg*|butt*|push*"
            "|muscl*|elbow* in|ahead|the_queue|the_line|in_line|in_front|the_order",
            f"{_SORRY} to|for|about|if ...? queue-jump*|queue-jumping|line-jump*|line-cutting"
            "|queue-barging",
            # Dreading the message itself: "I hate to do this".
            "hate|hated|loathe|dread|dreaded to|having_to do|write|send|be_doing|be_writing"
            "|be_sending this|it|so",
            "it|this pains|saddens|grieves me to do|write|send|say",
            # Sorry it is late, by any measure: 'So sorry this is a day late'.
            "sorry|sory|soz|sry|srry|apologies|apols|apologise|apologize|apologising"
            "|apologizing this|it|these|that|my_reply|my_email|my_note|the_documents|the_files is"
            "|are|was|were|'s|comes|arrives|has_come|got_to_you ...? late|delayed|overdue|behind"
            "|belated|tardy|last-minute|behind_schedule",
            "I|I'm|I_am|I've_been|I_was feel|felt|feeling|been_feeling terrible|awful|dreadful"
            "|horrible|rotten|wretched|guilty|bad|sick {rest}?",
            "feel|felt|feeling terrible|awful|dreadful|horrible|rotten|wretched|guilty|bad doing"
            "|writing|sending|saying|asking|pinging|chasing|emailing|messaging|bothering"
            "|pulling_out|withdrawing|backing_out|having_to|letting",
            "hope|hoping|trust|please|pls|plz ...? you? can|will|'ll|could|would|might"
            "|won't? ever? forgive|pardon|excuse me|us|this|my|the",
            "can|will|could|would you ever? forgive|pardon|excuse me|us {q}?",
            "I'm|I_am|I've_always_been|I_can_be|I_was|I'm_such|I_am_such ...? hopeless|useless"
            "|terrible|awful|rubbish|dreadful|bad|pants|a_disaster|the_worst|a_nightmare"
            "|disorganised|disorganized|scatty|scatterbrained|hopeless_at|useless_at with|at"
            "|about deadlines|admin|dates|email|emails|paperwork|time|timekeeping|organisation"
            "|organization|keeping_track|remembering|replying|attachments|technology|tech"
            "|computers|forms|these_things|this_stuff|getting_back|responding|my_inbox|details"
            "|post|my_email",
            "such|a_total|a_complete|an_absolute a|an? scatterbrain|scatterbrained|numpty|idiot"
            "|muppet|klutz|airhead|disaster|mess",
            "my bad|mistake|fault {bang}?",
            "silly|stupid|dozy|daft|clumsy me",
            "sorry|sory|soz|sry|srry|apologies|apols|apologise|apologize|apologising"
            "|apologizing if|that|for ~? I|my rambled|rambling|waffled|waffling|went_on|babbled"
            "|babbling|talked_too_much|overran|ran_over|was_nervous|was_all_over_the_place"
            "|got_flustered",
            "not to be that|the|one_of_those person|candidate|guy|girl|applicant|one",
            "sorry|sory|soz|sry|srry|apologies|apols|apologise|apologize|apologising"
            "|apologizing to|for|about ...? jump*|slid*|pop*|drop*|land*|barg*|burst*|crash*"
            "|storm*|butt*|turn*|show*|appear*|sneak*|creep* into|in|up_in|on your|the inbox"
            "|mailbox|day|desk|DMs|messages",
            "better|more_important|bigger|more_pressing things to_do|to_be_doing|to_worry_about"
            "|to_deal_with|on_your_plate|to_get_on_with than",
            "sorry|sory|soz|sry|srry|apologies|apols|apologise|apologize|apologising"
            "|apologizing for|about|that|if ~ late|belatedly|overdue|delayed|tardy"
            "|behind_schedule",
            # Promising to stop being a nuisance: "the last time I'll nag you".
            "last|final time|email|message|note|one I'll|I_will|I_shall|I'm_going_to|I ...? nag*"
            "|bother*|pester*|bug|bugging|trouble*|hassl*|badger*|hound*|harass*|spam*|annoy*"
            "|irritat*|disturb*",
            "won't|will_not|shan't|shall_not|never|not|stop|quit ...? nag*|bother*|pester*|bug"
            "|bugging|hassl*|badger*|hound*|harass*|spam*|annoy* you|u ...? again|anymore"
            "|any_more|after_this|further|from_now_on|any_longer",
            "promise|swear|vow ...? not to|to_stop|to_quit ...? nag*|bother*|pester*|bug|bugging"
            "|hassl*|badger*|hound*|harass*|spam*|annoy*",
            "I'll|I_will|I_shall|I_promise_I'll|I_promise_to leave|let you in_peace|alone",
            "stop|quit|cease ...? nag*|bother*|pester*|bug|bugging|hassl*|badger*|hound*|spam*"
            "|annoy* you|u",
            # A bare or repeated sorry: "Again, really sorry!", "Apologies again."
            "again|once_again|once_more sorry|sory|soz|sry|srry|apologies|apols|my_apologies",
            f"{_SORRY} {{bang}}",
            "apologies|my_apologies|apols again|once_again|once_more|twice",
        ),
        # "a pest control technician", "a pain management nurse": the work, not the writer.
        work_nouns=frozenset(
            {"control", "controller", "controllers", "management", "medicine", "clinic", "relief"}
            | {"specialist", "specialists"}
        ),
        reader_tone=True,
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
        patterns=(
            # The earlier email held up with the wait: "As per my previous email, I'm still
            # waiting", "per my last message, I have yet to hear".
            r"[Pp](?<!\w[Pp])(?i:er\s+my\s+(?:previous|last|earlier|prior|original|first)\s+"
            r"(?:e-?mails?|messages?|notes?|mails?|letters?)[ \t]*[,;–—-]?[ \t]*"
            r"(?:(?:and|but|yet|so)\s+)?(?:I['’]?m|I\s+am"
            r"|I['’]ve|I\s+have|I)\s+(?:still\s+|yet\s+)?(?:been\s+)?(?:waiting|awaiting"
            r"|not\s+heard|haven['’]t\s+heard|yet\s+to))",
            # Interest given with a shrug: "Guess I'm still interested", "Suppose I'm still in".
            r"[GgSs](?<!\w[GgSs])(?<![,;:]\s[GgSs])(?<![,;:][GgSs])(?i:uess|uppose|['’]pose)\s+I"
            r"(?:['’]m|\s+am|['’]d\s+(?:still\s+)?be|\s+remain)\s+(?:(?:still|really|very|quite"
            r"|definitely|genuinely|very\s+much)\s+){0,3}(?:interested|keen)\b",
            # Thanks with a shrug after it: "OK, thanks for the heads-up I guess."
            r"[TtCc](?<!\w[TtCc])(?i:(?:hanks|hank\s+you|heers)\b[^.!?;\n]{0,60}?,?[ \t]+I\s+"
            r"(?:guess|suppose|s['’]pose|reckon))(?=[ \t]*(?:[.!?\n]|$))",
        ),
        families=(
            "not even an|a acknowledgement|acknowledgment|reply|response|automated_reply|auto-reply"
            "|word|note|line",
            "simple|quick|short yes_or_no|acknowledgement|one-line_reply|one-liner|line would"
            "|could do"
            "|suffice|be_enough",
            "only polite|fair|decent|courteous|right|reasonable|proper to reply|respond|let_me_know"
            "|get_back|receive|get|hear|hear_back|be_given|be_told|be_informed|be_updated|expect"
            "|know",
            "per|as_per my|our last|previous|earlier|prior mail|mails|email|emails|message"
            "|messages|note"
            "|trail|thread",
            # The wait, not their work ("the pilot's results were disappointing").
            "which|that's|that_is|it's|it_is|this_is|which_is|which_was|that_was|it_was|it's_been"
            "|it_has_been|this_has_been|this_was|that_has_been ...? disappointing",
            "which|that ~ is|was|seems|feels|looks a_little|a_bit|rather|somewhat|quite|frankly"
            " disappointing|unprofessional|rude",
            "which|that's ...? a bit|little|tad much|rich",
            "reply|response|answer|email|note|acknowledgement ...? doesn't|does_not|wouldn't|won't"
            "|can't"
            " take long|much|a_minute|a_second|two_minutes|five_minutes|much_time|that_long",
            "only takes|take|took a_minute|a_second|two_minutes|five_minutes|seconds to reply"
            "|respond"
            "|answer|acknowledge",
            "told|said|promised I'd|I_would|we'd|we_would hear back? last|by_last|yesterday"
            "|earlier",
            "I_am|I'm|I_have|I've|we_are yet to receive|hear|get any|a|your? revert|reply|response"
            "|answer|word|news|update|acknowledgement",
            "have_not|haven't|has_not|hasn't|had_not|hadn't yet|still received|had|got|gotten any|a"
            "|your? reply|response|answer|revert|word|acknowledgement",
            "expected|expect|hoped_for|deserve|deserved ...? at_least|at_the_very_least a|an|the"
            "|some?"
            " response|reply|answer|acknowledgement|courtesy",
            "goalposts|goal_posts|goal-posts keep|kept|have|seem|are ...? moving|moved|shifting"
            "|changing",
            "nothing|not_a_thing|no_word|not_a_word ...? has|have come|come_back|come_through back?"
            " from|on your side|end|you",
            "you wouldn't|would_not|won't|would_never|didn't ...? ignore|ignored|disregard"
            "|overlook",
            "nobody|no_one|no-one ...? has|have|had ...? come_back|came_back|got_back|gotten_back"
            "|replied"
            "|responded|answered|been_in_touch|followed_up|reached_out|written|called",
            "feel|feeling|felt a_bit|a_little? forgotten|ignored|overlooked|invisible|left_out"
            "|in_the_dark"
            "|out_of_the_loop|like_an_afterthought",
            # A sarcastic guess at why they have not answered.
            "guess|suppose|presumably|apparently|clearly|obviously|evidently ... busy|full|swamped"
            "|slammed|overflowing|hectic|snowed_under|buried|forgotten|forgot|lost",
            # ... however far the guess stands from it: "I guess everyone at Harcourt Schools
            # Trust must be very busy", "presumably the whole team must all be swamped".
            "guess|suppose|s'pose|presumably|apparently|clearly|obviously|evidently ~ must ...?"
            " be|have_been busy|swamped|slammed|snowed_under|rushed_off_their_feet|flat_out"
            "|run_off_their_feet|rushed_off_your_feet|run_off_your_feet|up_to_their_eyes"
            "|up_to_your_eyes",
            # What they said at the interview, thrown back at a new date: "I was told at the
            # interview it would be sorted by this week".
            f"{_WAS_TOLD} ~? it|things|this|everything|a_decision|the_decision|the_outcome"
            "|I|we|it_all would|'d|was_going_to|were_going_to|should|will be? sorted|decided"
            "|done|settled|finalised|finalized|confirmed|wrapped_up|made|resolved|known|through"
            "|finished|hear|know|have_an_answer|get_an_answer|hear_back|be_told",
            "fine|ok|okay|alright|whatever but",
            "it's|it_is|that's|that_is|it_would_be ...? basic|common|simple"
            "|elementary courtesy|manners|decency|politeness to {word}",
            "hoping|hope|I_hope|I'm_hoping|surely|perhaps|maybe you ...? manage|handle"
            "|spare|do that|this much|little",
            "as I mentioned|said|noted|wrote|explained|stated in|before|previously|already ..."
            " emails|email|messages|message|notes|note",
            "fed_up|sick_and_tired|sick_of|tired_of with|of? waiting|chasing|hearing_nothing"
            "|the_wait|the_silence?",
            "you|your_team|your_company|they ...? don't|do_not|didn't|did_not value|respect"
            "|care_about|appreciate|think_about candidates'|my|people's|applicants'|our"
            "|the_candidates' time|effort|applications",
            "leav*|left|kept|been_left in_the_dark|hanging|in_limbo",
            "isn't|is_not|wasn't|not|hardly too_much|a_lot|so_much|unreasonable to ask|expect"
            "|request",
            # Blame for the wait, however it is worded.
            "the least a|an|any? candidate|applicant|person|one|you|anyone|I|they ...? deserve*"
            "|could|can|should|expect*",
            "leav*|left|keep*|kept candidates|people|applicants|me|us|everyone hanging|waiting"
            "|in_the_dark|guessing|in_limbo",
            "I|candidates|applicants|people|everyone deserve|deserves a|an|to|some|better|at_least"
            "|the_courtesy",
            "it's|it_is|it_was|this_is|that's|that_is|it_has_been|has_been frustrating"
            "|disappointing|upsetting|unacceptable|unfair|annoying|rude|poor_form|bad_form"
            " to_hear|to_learn|to_read|to_see|news?",
            # Calling the way they treat candidates unprofessional.
            "unprofessional|rude|unfair|disrespectful|unacceptable|inconsiderate|discourteous"
            "|poor_form|bad_form|bad_manners|not_fair|not_professional|not_very_professional"
            "|not_respectful of? you|them|your_team|the_company|the_firm? to {rest}",
            # Counting the time they have waited.
            "I've|I_have|I|I_had|I'd|we've|we_have ...? waited|waiting|been_waiting|kept_waiting"
            " for|over|nearly|almost|more_than? {word}? days|weeks|months|ages|forever|long_enough"
            "|so_long|too_long|a_long_time|a_month|a_week|over_a_week|over_a_month|patiently",
            "after|having waited|waiting ...? days|weeks|months|ages|so_long|this_long|a_month",
            # Expecting an answer "by now", or saying it cannot take this long.
            "heard|hear|reply|response|answer|decision|word|news|update|something|anything ...?"
            " by_now|before_now",
            "I'd|I_would|I|I_had|would? have? expected|hoped|assumed|thought ...? by_now|sooner"
            "|before_now",
            "can't|cannot|shouldn't|should_not|couldn't|surely_doesn't|surely_can't|why_does_it"
            "|why_is_it take|be_taking|taking this|that|so long|much_time",
            "get|have|receive|hear|give_me? some|any|at_least_some kind|sort|form of answer|reply"
            "|response|decision|update|acknowledgement|acknowledgment|feedback|word|closure",
            "another|this|the|yet_another|one_more|a_second|a_further delay|postponement"
            "|extension|wait ...? is|was|has_been|feels|seems ...? frustrating|disappointing"
            "|annoying|upsetting|unacceptable|unfair|a_letdown|a_let-down",
            "not|never to? get|receive|have|hear any|a|an? reply|response|answer|word|acknowledg*"
            "|update",
            "no_one|nobody|no-one ...? bother*|car*|had|took|taken|thought ...? to? repl*|respon*"
            "|answer*|writ*|get_back|let_me_know|acknowledg*|tell",
            "you|your_team|they|anyone haven't|have_not|hasn't|didn't|did_not|never|couldn't"
            "|could_not|can't|won't ...? bother*|car*|the_decency|the_courtesy|repl*|respon*"
            "|answer*|got_back|get_back|acknowledg*",
            "process|interviews|hiring|communication|timeline|recruitment|experience has_been"
            "|have_been|was|were|is|are|seemed|felt|seems|feels slow|disorgani*|chaotic|messy"
            "|confusing|frustrating|unprofessional|poor|badly_organi*|poorly_organi*|poorly_run"
            "|drawn-out|lengthy|endless and_slow|and_disorgani*|and_chaotic|and_messy"
            "|and_confusing|and_frustrating|and_unprofessional|and_poorly_organi*|and_drawn-out?",
            "it's|it_has|it_has_now been weeks|ages|forever|so_long|too_long|far_too_long"
            "|a_long_time",
            "I'm|I_am|I_feel|I'm_feeling|I_was|I_felt annoyed|let_down|ignored|insulted|cheated"
            "|misled|deceived|strung_along|messed_around|mistreated|wronged"
            "|disrespected|offended|fobbed_off",
            "I? expected|had_expected|would_have_expected better|more_from|more_of"
            "|more_professionalism",
            "per|further_to|as_per my|our last|previous|earlier|prior|original ...? email|emails"
            "|e-mail|message|messages|note|notes|mail|mails|correspondence|communication"
            "|communications|letter|letters|reminder|reminders|enquiry|inquiry|query|voicemail"
            "|voicemails|DM|DMs|follow-up|follow-ups",
            # The letter-writer's "per my correspondence of the 3rd", "pursuant to my prior
            # communication".
            "per|as_per|pursuant_to|further_to|with_reference_to|in_reference_to|referring_to my"
            "|our ...? correspondence|communication|communications|chasers|reminders",
            "zero|not_a_single|not_one communication|contact|update|updates|reply|replies"
            "|response|responses|word|email|call",
            "radio_silence|complete_silence|total_silence|deafening_silence",
            "the decent|professional|polite|courteous|respectful thing|thing_to_do",
            "common|basic decency|respect|manners",
            "is|are anyone|anybody|someone|you ...? reading|getting|receiving|seeing|checking"
            " these|my emails|messages|notes|inbox {q}?",
            "I've|I_have|I_was|I've_been|I_have_been been? more_than|nothing_but|very|extremely"
            "|incredibly|remarkably|really? patient|understanding",
            "this|that|so hard|difficult|complicated|much_to_ask to get|hear|receive ...? answer"
            "|reply|response|decision|update|word",
            "second|third|fourth|umpteenth|yet_another delay|delays|postponement|postponements",
            "and|but|yet|you|they|still didn't|did_not|never|failed_to deliver|follow_through"
            "|come_through",
            "yet|and_yet|but here_we_are|here_I_am {rest}?",
            "can't|cannot|couldn't|won't even? send|give|manage|spare|provide a simple"
            "|a_quick|a_short|a_basic|a_one-line|a_brief|one update|reply|email|answer"
            "|response|note|line",
            "given_that|considering|after_all|seeing_as ~ I took|I've_taken|I_spent|I_put_in"
            "|I_drove|I_travelled|I_traveled|I_prepared",
            "assum*|guess|suppose|take_it|gather|presume you've|you_have|you|the_team|they've"
            "|they lost interest",
            "isn't|is_not|wasn't|not|hardly|surely_isn't|surely_not much|a_big|a_huge|big"
            "|huge to? ask",
            "seems|is|it's|that's|such a small|a_tiny|a_simple|a_reasonable ask|request"
            "|favour|favor|thing_to_ask",
            "actually|really? comes|happens|arrives|lands|sticks|holds|goes_ahead"
            "|materialises|materializes ~ this_time|for_once",
            "reply|response|update|answer|acknowledgement|acknowledgment|word|email"
            "|call ~ would_have_been|might_have_been|would've_been nice|good|courteous|polite"
            "|appreciated|the_least",
            "courtesy of an? update|acknowledgement|acknowledgment|email|call|note|word"
            "|heads-up|line",
            "not even|not_so_much_as|without_even|no an? acknowledgement|acknowledgment|reply"
            "|response|courtesy|email|line|word",
            "surely|someone|somebody|anyone ~ could|might|should have? replied|responded"
            "|answered|got_back|written",
            "anyone|anybody|someone|somebody ~ reading|seeing|getting|receiving"
            "|checking these|this|them|my_emails|my_messages {q}",
            "at_least get|have|receive|hear|deserve|expect a|an|some reply|response|answer"
            "|acknowledgement|acknowledgment|word|update",
            # Blame for the wait, more ways: what they promised, what the writer expected, sarcasm.
            "expected|had_expected|would_have_expected|hoped_for|deserved|deserve more?"
            " consideration|courtesy|respect|communication|transparency|professionalism|care"
            "|decency|regard",
            "I'd|I_would have|'ve thought|expected|assumed|hoped|imagined a|an|your|the company"
            "|firm|organisation|organization|business|team|employer|outfit|department|recruiter"
            "|agency",
            "and|now|so here_we_are|here_I_am ~? with|and|still nothing|no|not|silence|zilch|nada",
            "here_we_are|here_I_am ~ nothing|no_word|no_news|no_reply|silence|still_waiting"
            "|still_nothing|without_a_word",
            "it_is|it's|it_was|it_has_been|most|very|deeply|highly regrettable|lamentable"
            "|deplorable|disgraceful|shameful|inexcusable that|how",
            "honouring|honoring|honour|honor that|it|this|your_word|your_promise|your_commitment"
            "|the_timeline|the_date|what_you_said|your_assurance|your_assurances",
            "don't|do_not|dont think|believe ~? too_much|unreasonable|a_big_ask|asking_a_lot"
            "|asking_too_much",
            "nobody|no_one|no-one fit|go|wan reply|respond|answer|call|get_back",
            "I've_been|I_have_been|I_was|I_feel|I_felt|I'm_being|I_am_being|I've_felt"
            "|made_me_feel treated|handled|processed like|as a|an|just_a|nothing_more_than_a"
            " number|statistic|afterthought|nobody|nuisance|commodity|cog|ticket",
            "you|they did promise|assure|guarantee",
            "took you at your word",
            "the least I'd|I_would|I_could|one_would|one_could|anyone_would|you'd|you_could|I_can"
            "|I_should expect|ask|hope_for|have_expected",
            "strung|stringing|string|strings me|us|candidates|people|applicants? along",
            "bless your|their|his|her|y'all's heart|hearts|little_heart|little_hearts",
            "to|for which no|nothing acknowledgement|acknowledgment|reply|response|answer|word"
            " ...? has|have been? received|come|arrived|forthcoming|returned",
            "despite|in_spite_of|notwithstanding ...? several|multiple|repeated|numerous|many"
            "|countless|my|your|previous|earlier|prior ...? reminders|emails|e-mails|follow-ups"
            "|messages|requests|assurances|promises|chasers|mails",
            # A hope that it holds this time: "Hopefully it won't slip again", "I hope this time
            # you will stick to the date".
            "it|this|that|things|the_date|the_new_date|the_timeline|the_decision|the_deadline"
            "|the_schedule|the_process|the_start won't|will_not|doesn't|does_not|wouldn't"
            "|isn't_going_to|shan't slip|move|change|shift|drag|slide|be_pushed|be_delayed"
            "|get_pushed|get_delayed|be_postponed|be_moved|be_extended|get_moved ...? again"
            "|a_second_time|another_time|twice|this_time|yet_again|once_more",
            "this_time|for_once|on_this_occasion|at_least_this_time you|you'll|you_will|you_can"
            "|you_do|they|they'll|they_will|the_team|the_team_will|HR|HR_will|everyone ...?"
            f" {_KEEP_DATE} to|by|with? {_THEIR_DATE}",
            f"{_KEEP_DATE} to|by|with? {_THEIR_DATE} ~? this_time|for_once|on_this_occasion"
            "|on_this_one|at_least_this_time",
            # Grudging interest: "I suppose I'm still interested".
            "I_suppose|I_guess|I_s'pose|I_reckon|I_presume|so_I_guess I'm|I_am|I'd_be|I_remain"
            "|I'm_still|I_am_still|I'd_still_be|I_would_still_be|I_still_am|I'll_stay"
            "|I'll_remain still? interested|keen|up_for_it|open_to_it",
            # A shrug at what was missed: "Would've been nice to get a heads-up either way".
            "would've_been|would_have_been|might_have_been|might've_been|could_have_been"
            "|could've_been|it'd_have_been nice|good|courteous|polite|decent|helpful|appreciated"
            "|great|considerate|professional|lovely to? get|have|receive|hear|be_given|be_sent"
            "|be_told ...? a|an|some|any|the|one ...? reply|response|answer|heads-up|update|word"
            "|acknowledg*|line|news|decision|courtesy|notice|warning",
            # Other approaches turned down for them: "have rejected other calls because of you".
            "turned_down|turning_down|declined|declining|rejected|rejecting|refused|refusing"
            "|passed_on|said_no_to|saying_no_to|ignored|ignoring|dropped|skipped|turned_away"
            "|let_go_of other|all_other|my_other|any_other|several_other|two_other|a_few_other"
            f"|many_other|some_other ...? interview? {_OTHER_CALLS} ~? because_of|for|due_to"
            "|on_account_of|for_the_sake_of|to_wait_for|waiting_for|while_waiting_for"
            "|while_I_wait_for|while_I_waited_for|in_favour_of|in_favor_of|to_hold_out_for"
            "|to_stay_free_for you|your|yours|this|the_role|the_position|the_job",
            "don't|do_not|never let it|this|things|the_date|the_timeline|the_decision slip|drag"
            "|slide|happen|lapse again|further|another_time|a_second_time",
            "think|thought|thinking|assume|assumed|assuming|figured|guess|guessed|wonder|wondered"
            " you'd|you_had|you've|you_have|they'd|they_had|they've|everyone_had forgotten|forgot"
            "|lost|lost_track_of|given_up_on|ghosted|binned|shelved me|about_me|my_application"
            "|all_about_me",
            "lost|walkabout|astray|missing|AWOL ~? somewhere_between|at_your_end|on_your_end"
            "|your_end|on_your_side|in_your_system|in_your_inbox|in_the_ether|in_cyberspace"
            "|in_the_void",
            "which I'm_sure|I_am_sure|I_trust|I_presume|I_assume|no_doubt|surely you've|you_have"
            "|you'd|you_will_have|you read|seen|received|got|noticed",
            "same urgency|speed|haste|pace|promptness|efficiency|swiftness|enthusiasm ~ suggest"
            "|suggests|shown|so_far|to_date|up_to_now|thus_far|weeks|days|months",
            "saw|spotted|noticed|spot|see ~? on|via LinkedIn|Instagram|Twitter|Facebook"
            "|your_profile|your_feed|your_status|your_calendar that? you|you're|you_were|you've"
            "|you_have were|are|been|have_been? back|active|online|posting|around|returned"
            "|in_the_office",
            "time|bandwidth|capacity for some|other|certain things|stuff|people|priorities"
            "|matters|candidates",
            "ever get|gets|got|getting round|around to deciding|decide|replying|reply|answering"
            "|answer|responding|respond|it|a_decision|making|me|my|getting_back|writing|looking",
            "that's|that_is|this_is|clearly|obviously|apparently how things|it|you|they work"
            "|works|roll|operate|do_things over_there|there|at_your_end|in_your_world"
            "|at_your_company|at_your_place",
            "per|as_per|kindly_refer_to|refer_to|further_to the trail|thread|chain|email|mail"
            "|emails|mails|one|correspondence below|beneath|underneath|before_that|above|earlier",
            "answer|reply|decision|response|news|update|word ~ sometime|some_time|at_some_point"
            "|before|within this|next year|century|decade|lifetime|millennium",
            "it's|it_is|that's|that_is only|just my career|life|livelihood|future|rent|mortgage",
            "shocking|surprising|shock_horror|what_a_shock|big_shock|quelle_surprise I know",
            "surprise_surprise|colour_me_surprised|color_me_surprised|quelle_surprise"
            "|who_could_have_guessed|who'd_have_thought",
            "surprised|shocked|amazed|astonished|puzzled|baffled ~ taking|taken|takes|take this"
            "|so|that long",
            "moved|progressed|advanced|happened|come_through ~? quicker|faster|further|sooner"
            "|along|forward by_now|before_now",
            "retired|dead|grey|gray|pensioned_off|drawing_my_pension|collecting_my_pension"
            "|in_my_grave|a_grandparent ~? before|by_the_time I|you|they|anyone hear|get|decide"
            "|reply|respond|get_back|make",
            # Their own date thrown back: 'even though you mentioned the panel will conclude'.
            "even_though|despite_the_fact_that you|they|the_panel|HR|the_team mentioned|said"
            "|told_me|indicated|promised|stated|assured_me ~ by|would|will|'d",
            # The wait thrown back, more ways.
            "not as an|a|one|single acknowledgement|acknowledgment|reply|response|email|line|word"
            "|peep|squeak",
            "it's|it_is|that's|that_is only|just my|our whole|entire? career|life|livelihood"
            "|future|rent|mortgage|family",
            "went|gone|go|ended_up|landed|got_sent|sent straight|right? to|into your|the trash"
            "|bin|deleted|recycle_bin|deleted_folder|shredder",
            "not getting any younger",
            # Silence named with a shrug, and 'so am I'.
            "crickets|tumbleweed|tumbleweeds|radio_silence|total_silence|dead_silence ~? from|on"
            "|at your|their end|side|since|so_far|yet",
            "not a peep|squeak|whisper|sausage|dicky_bird|murmur ~? since|from|so_far|yet",
            "surely someone|somebody|anyone|one_of_you ~? can|could|must be_able_to? give|tell"
            "|send|let_me_know|update|answer|reply",
            "busy but|and? so_am_I|so_is_everyone|we_all_are|aren't_we_all|who_isn't",
            # Reading the silence aloud, and what the writer is owed.
            "safe|fair|right|okay|ok to assume|conclude|take_it I|I'm|I've|that didn't|did_not"
            "|wasn't|haven't|am_not|got|was|have",
            "take|read|interpret|treat|understand the|your|this|all_this silence|quiet"
            "|radio_silence as|to_mean",
            "take_it|gather|assume|conclude|guess|infer ~? from the|your|this silence|quiet"
            "|lack_of_reply|lack_of_response|lack_of_news|radio_silence",
            "no_news|silence is|means bad|good news|a_no|no",
            "owed|owe_me an|a|some answer|reply|response|explanation|update|decision|courtesy",
            "earned|merited|entitled_to ~? a|an|some reply|response|answer|update|decision"
            "|acknowledgement|explanation",
            "is this thing|mic|microphone|inbox on|working {q}",
            "was_promised|were_promised|was_told|were_told|was_assured an|a|the answer|decision"
            "|reply|response|update|outcome ~? last|by|on|before|within",
            # 'Per my email of last week'.
            "per|as_per my|our email|mail|message|note|letter|emails|messages of|from|dated|sent"
            "|on",
            # Cold, passive-aggressive legalese: "for the avoidance of doubt".
            "for_the_avoidance_of_doubt|as_previously_stated|as_previously_mentioned"
            "|as_already_stated|as_I_have_already_stated|as_I've_already_said"
            "|as_I_have_already_said|to_reiterate|I_repeat|once_again_I_must",
            # What the writer would have liked from them: "I'd have appreciated at least a reply".
            "appreciated|expected|hoped_for|liked|welcomed|deserved|appreciate|expect|deserve"
            "|hoping_for|hoped|thought_I'd_get|thought_I_would_get ...? at_least"
            "|at_the_very_least|even a|an|the|some ~? response|reply|answer"
            "|acknowledgement|acknowledgment|courtesy|word|line|note|update|email|heads-up|call",
            # Let down by them: "I can't help feeling a little let down".
            "feel|feels|feeling|felt|left_feeling|leaves_me_feeling|left_me_feeling ...? let_down"
            "|let-down|hurt|ignored|forgotten|overlooked|snubbed|brushed_off|fobbed_off|ghosted"
            "|slighted|disregarded|neglected|abandoned|sidelined|disrespected|unappreciated"
            "|dismissed|strung_along|messed_around|mucked_about|kept_in_the_dark|left_hanging"
            "|left_in_the_dark|invisible|forgotten_about",
            # Others set aside to wait for them: "I've put other processes on hold while I wait".
            f"put|putting|placed|placing|kept|keeping|paused|pausing|parked|parking ...? other"
            f"|my_other|all_other|several|a_couple_of|two|three|a_few|a_number_of ...? {_ON_HOLD}"
            " ~? on_hold|on_ice|on_pause|aside|to_one_side",
            f"held|holding|been_holding|holding_back|held_back|hold off_on|off|back_on ...? other"
            f"|my_other|all_other|any_other|several|a_couple_of|two|three|a_few ...? {_ON_HOLD}",
            f"turned_down|declined|passed_on|passed_up|cancelled|canceled|withdrew_from"
            f"|pulled_out_of|said_no_to|rejected|ignored ...? other|another|two|several"
            f"|a_couple_of|a_few|an ...? offer|{_ON_HOLD}|interview ~? for_you|for_this|to_wait"
            "|while_I_wait|while_waiting|waiting_on|waiting_for_you|because_of_you",
            # Their silence read aloud: 'hopefully you're not ignoring me'.
            "ignoring|ignored|avoiding|avoided|dodging|dodged|blanking|blanked|snubbing|snubbed"
            "|ducking|ducked|stonewalling|stonewalled|screening me|us|my_emails|my_calls"
            "|my_messages|my_texts|my_voicemails",
            "forgotten|forgot about? me|my_application|all_about_me {q}?",
            "finally reply|replied|replying|respond|responded|responding|answer|answered"
            "|answering|write_back|wrote_back",
            "finally get|getting|got|gotten|come|coming|came back|round|around to me|us",
            "finally bother*|deign*|manag*|find*|found|took to_reply|to_respond|to_answer"
            "|to_get_back|to_write_back|the_time {rest}?",
            "finally get|getting|got|gotten back|round|around to? me|us? only|just took|taken"
            "|taking {count}? day|days|week|weeks|month|months|ages|forever|a_month|a_week"
            "|a_fortnight|long_enough",
            "only|just took|taken|taking you|them|y'all|your_team|HR|the_company|the_panel"
            "|the_firm|the_team ~? day|days|week|weeks|month|months|fortnight|age",
            "took|taken|taking you|them|y'all|your_team|HR long|long_enough {rest}?",
            "you|they|then|everyone|everybody|HR|your_team|the_team|the_company|the_firm"
            "|the_recruiter ~? went|go|gone|going dark|silent|quiet|AWOL|MIA|missing"
            "|off_the_radar|off-grid|radio_silent|to_ground",
            "isn't|is_not|wasn't|not|hardly|never a great|good|professional|brilliant look|image",
            "doesn't|does_not|didn't|hardly|won't|can't|does|reflects|reflect reflect"
            "|reflects well|badly|poorly on you|your|the company|firm|team|organisation"
            "|organization|business|employer|brand|department|process",
            "you|you're|you_are|you_were|you've_been|they|they're|they_are|they_were|they've_been"
            "|your_team_is|HR_is|how ~? slow|sluggish|tardy to? reply|respond|answer|get_back"
            "|decide|come_back|revert|replying|responding|answering",
            "slow|sluggish|tardy you|they|your_team|HR are|were|have_been|'ve_been|'re to reply"
            "|respond|answer|get_back|decide|come_back|revert",
            "silence|wait|quiet|radio_silence|lack_of_reply|lack_of_response|lack_of_news"
            "|lack_of_contact ~? has_been|is|was|feels|felt|has_felt|seems hurtful|upsetting"
            "|painful|insulting|disrespectful|demoralising|demoralizing|disheartening"
            "|discourteous|rude|hurtful",
            "note|register|record|express|voice|place_on_record|put_on_record my dissatisfaction"
            "|displeasure|annoyance|unhappiness|discontent|frustration",
            "silence|lack_of_reply|lack_of_response|no_reply|no_response|quiet speaks|says|said"
            "|spoke volumes|for_itself|a_lot",
            "someone|somebody|you|they|your_team|HR|the_team|anyone|one_of_you"
            "|the_ball ~? dropped|drop|dropping|was_dropped the? ball",
            "waiting|waited|been_waiting since|for ~ without|with_no|with_nothing|and_no"
            "|and_nothing|yet_no|but_no|and_still_no|and_still_nothing any? communication|contact"
            "|word|reply|response|news|update|acknowledgement|acknowledgment|answer|feedback",
            "bit|tad rich|cheeky",
            "you'd_think|you_would_think|surely|I'd_have_thought|one_would_think"
            "|I_would_have_thought ~ could|can|would|might manage|spare|send|muster|find_time_for"
            "|fire_off a|an|one? email|reply|response|line|note|update|acknowledgement|answer",
            "you|they|someone|somebody|anyone|HR|the_team|your_team could|might|should"
            "|would at_least|at_the_very_least ~? have? let|replied|responded|written|called|told"
            "|emailed|acknowledged|sent|dropped|got_back|given|updated|informed",
            "forgotten|forgot about? little_old_me|poor_old_me|poor_me|yours_truly",
            "well|wow|gosh|so|oh that|it|this only|just took|taken ~? day|days|week|weeks|month"
            "|months|fortnight|ages|forever",
            # A dig at their standing: "not what I expected from a kitchen of your reputation".
            "not|hardly|never|isn't|wasn't|less_than|below|beneath|short_of what? I|one|anyone"
            "|I'd|one_would|you'd|I_would|I_had ...? expect*|hoped_for|anticipat* from|of a|an"
            "|such_a|one ~? of your|such|its|their reputation|standing|calibre|caliber|stature"
            "|prestige|renown|profile",
            "not|hardly|never|isn't|wasn't|less_than|below|beneath what? I|one|anyone|I'd"
            "|one_would|you'd|I_would|I_had ...? expect*|hoped_for|anticipat* from|of a|an|one"
            " ~? like yours|you|your_company|your_firm|your_team",
            "surprised|surprising|disappointing|disappointed|unexpected|shocked|shocking"
            "|puzzling|odd|strange ~ for|from a|an|such_a ~? of your|such|its reputation"
            "|standing|calibre|caliber|stature|prestige|renown",
            # Thanks given grudgingly: "thanks for finally getting back to me".
            "thanks|thank_you|cheers|ta for finally|eventually|at_last getting_back|replying"
            "|responding|letting_me_know|updating_me|telling_me|writing|answering",
            # Left unanswered, said with a shrug: "being left on read is just how kitchens hire".
            "left|leaving|leave|leaves|being_left|been_left|get_left|getting_left|got_left ...?"
            " on read|seen|delivered",
            "just|simply|apparently|clearly|obviously|evidently|I_guess|I_suppose how|what ~?"
            " hire|hires|hiring|recruit|recruits|recruiting|works|work|operate|operates|goes|go"
            "|do_things|does_things|treat_candidates|treats_candidates|treat_people"
            "|treats_people these_days|nowadays|round_here|over_there|in_your_industry"
            "|in_this_industry|in_this_sector|in_hospitality|in_this_business",
            "par_for_the_course|the_done_thing|how_it_works|how_it_goes|the_way_it_works"
            "|the_way_it_goes|how_things_work|how_things_are_done|the_new_normal"
            "|standard_practice|common_practice|normal_practice|standard_procedure these_days"
            "|nowadays|in_recruitment|in_hiring|with_recruiters|for_candidates|for_applicants",
            # Relief that reads as a dig: "Finally, some news!", "At last, a reply!".
            "finally|at_last|at_long_last|about_time some|a|an|any? news|word|reply|response"
            "|answer|update|contact|decision|progress|movement {bang}",
            "about_time|high_time|not_before_time|and_not_before_time|about_bloody_time|at_long_last"
            " too? {bang}",
            "finally|at_last|at_long_last some|a|an|any? news|word|reply|response|answer"
            "|update|contact ~? from_you|from_your_side|from_your_end|from_the_team|from_HR",
            # Others turned down to wait for them: "I did turn down two other interviews".
            f"turn_down|turning_down|decline|declining|pass_on|passing_on|pass_up|passing_up"
            f"|cancel|cancelling|canceling|withdraw_from|withdrawing_from|pull_out_of"
            f"|pulling_out_of|say_no_to|saying_no_to|reject|rejecting|skip|skipped|skipping"
            f"|drop|dropped|dropping|walk_away_from|walked_away_from|give_up|gave_up|giving_up"
            f"|miss|missed|missing|sacrifice|sacrificed|sacrificing|forgo|forwent|forgone"
            f"|forgoing|put_off|putting_off|postpone|postponed|let_go_of|turned_away"
            f"|turn_away ...? other|another|two|three|four|several|a_couple_of|a_few|an|all"
            f"|both|my_other|multiple|a_number_of ...? offer|offers|{_ON_HOLD}|interview|job"
            f"|role|opportunity|position ~? for_you|for_this|for_this_one|to_wait"
            f"|while_I_wait|while_I_waited|while_waiting|waiting_on|waiting_for_you"
            f"|because_of_you|on_your_account|for_your_sake|to_stay_available"
            f"|to_keep_myself_free|to_hold_out|so_I_could_wait|in_order_to_wait"
            f"|to_be_available|in_the_hope|hoping",
            # An answer claimed as a debt: "I think I'm owed the courtesy of a yes or no".
            "I'm|I_am|I_was|I_feel_I'm|we're|we_are|candidates_are|applicants_are|people_are"
            "|everyone_is|anyone_is ...? owed|entitled_to ...? the|a|an|some|at_least|basic ...?"
            " courtesy|reply|response|answer|yes_or_no|yes/no|decision|explanation|acknowledg*"
            "|word|update|closure",
            "you|they|your_team owe|owed me|us|candidates|applicants|people|everyone ...? the|a"
            "|an|some|at_least ...? courtesy|reply|response|answer|yes_or_no|decision"
            "|explanation|acknowledg*|word|update",
            "courtesy of a|an|some? yes_or_no|yes/no|decision|answer|straight_answer|outcome",
            # Thanks with a sting: "Thanks for finally sending the link", "nice of you to
            # finally reply".
            "thanks|thank_you|cheers|thx for finally|at_last|eventually {rest}?",
            "nice|good|kind|decent|great|big of you|them to? finally|at_last|eventually",
            # Their lateness counted: "only twenty minutes after we were meant to start".
            "only|just|a_mere|a_full|barely {count} minutes|mins|hours|hrs|days|weeks after|past"
            "|later_than ~ meant|supposed|due|scheduled|planned|set_to",
        ),
        reader_tone=True,
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
            # Not a polite note announced for that day: "If I haven't heard by the 20th, I'll
            # send a short note".
            r"(?!(?i:if\s+I(?:\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not)|(?:['’]ve|\s+have)"
            r"\s+(?:still\s+)?not)\s+(?:hear|get|receive)"
            r"\w*[^.!?;\n]{0,60}?,?\s+(?:then\s+)?I(?:['’]ll|\s+will|\s+shall|\s+may|\s+might)\s+"
            r"(?:(?:just|simply|briefly|quickly)\s+)?(?:send|write|drop|follow|check|reach|email"
            r"|touch\s+base|be\s+in\s+touch|get\s+in\s+touch|try|nudge|ping)\b))"
            # ... however the "not" is put: "If I've not heard by Friday I'll take it".
            r"(?i:if\s+I(?:\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not|won['’]t|can['’]t)"
            r"|(?:['’]ve|\s+have)\s+(?:still\s+)?not)\s+"
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
            r"(?=\w)\b(?i:(?:let\s+me\s+know|get\s+back\s+to\s+me|answer\s+me|tell\s+me|(?:please"
            r"|kindly)"
            rf"\s+(?:respond|reply|write\s+back|answer))\s+{_BY_WHEN})",
            r"I(?<!\wI)(?:['’]ll|\s+will)\s+(?i:assume)(?!\w)",
            # Now or never, take it or leave it, make or break; not a campaign or a policy named
            # in title case ("The Now or Never limited-edition campaign").
            r"(?!(?-i:Now\s+or\s+Never|Take\s+It\s+or\s+Leave\s+It|Make\s+or\s+Break)\b)"
            r"(?i:now\s+or\s+never|take\s+it\s+or\s+leave\s+it|make\s+or\s+break)(?!\w)",
        ),
        openers=frozenset(
            {"if", "i really", "i need", "i expect", "i want", "i require", "i must", "i would"}
            | {"i ll", "i will", "really", "need", "expect", "want", "require", "must", "would"}
            | {"let", "get", "answer", "tell", "please", "kindly", "now", "take", "make"}
        ),
        families=(
            "can|will|could only hold|wait|keep_it_open|keep_this_open|keep_my_options_open"
            "|hold_off"
            " ...? until|till|so_long|much_longer|another",
            "absent|without|failing|lacking|barring ...? reply|response|news|answer|word|decision"
            "|confirmation|update ~? {when}",
            "in_the_absence_of ...? reply|response|news|answer|word|decision|confirmation|update"
            " ~? {when}",
            "silence|no_reply|no_response|no_answer|no_news|no_word ~ will|would|shall be? taken"
            "|read"
            "|treated|understood|interpreted|considered as a? no|rejection|decline",
            "please|kindly plan|act|proceed|govern_yourself|govern_yourselves accordingly",
            "appreciated|grateful|helpful|appreciate_it if ...? decision|answer|outcome|reply"
            "|response"
            "|result|status ...? {when}",
            "request_you|requesting_you|request_you_to|kindly_request|I_request ~? confirm|update"
            "|share|revert|respond|reply|decide|inform|advise ~ {when}",
            "NLT|N.L.T. {word}",
            "give|giving|I'll_give|I'm_giving it|this|things|them|the_week|the_process {when}",
            "consider|treat|regard|deem the|this|my matter|application|file|candidacy closed|dead"
            "|over|finished|concluded",
            "no|nothing reply|answer|response|word|news|update|decision by|before|till|until tmrw"
            "|tmr"
            "|tmrrw|2moro|2morrow|tomoz|EOW|eow|COB",
            "expecting|expect|awaiting|anticipating a_couple_of|a_few|several|two|three|some|other"
            " ...? other? offers|interviews",
            # Their answer hedged with a threat: "I cannot promise I am still free".
            "can't|cannot|can_not|couldn't|won't_be_able_to|unable_to|am_unable_to ...? promise"
            "|guarantee|say|be_sure|commit|swear|confirm ...? I'll|I_will|I'm|I_am|I'd|I_would"
            f"|that_I'll|that_I_will|that_I'm|that_I_am ...? still be? {_STILL_THERE}",
            "I|I'll|I_might|I_may|I_could ...? not_be|won't_be|will_not_be available|on_the_market"
            "|free|around for_long|much_longer|forever|long",
            "make_sure|ensure|see_that|promise_me|guarantee it|this|the_date|the_decision|things"
            " doesn't|does_not|won't|will_not ...? slip|move|change|shift|drag|go|happen {rest}?",
            "need|want|require|must_have|expect answer|decision|reply|response|verdict",
            "no_point|not_much_point|little_point|there's_no_point|not_worth_it|pointless {rest}",
            "make_sure|ensure|see_that|see_to_it_that I|we hear|get|have|receive ...? {when}",
            # What the writer will do if nothing comes, however it is put.
            "if|unless nothing|no_news|no_word|no_reply|no_answer|no_offer|no_decision ...? comes"
            "|arrives|lands|comes_through|turns_up|reaches_me|happens {when} {rest}?",
            "if|unless there's|there_is|I_get|I_have|I_see|I've_had no|nothing ...? response|reply"
            "|answer|word|news|decision|update|offer {when} {rest}?",
            "if|unless nothing|no_news|no_word|no_reply|no_answer|no_offer|no_decision ...? comes"
            "|arrives"
            "|lands|comes_through|turns_up|reaches_me|is_forthcoming|happens ...? {when}? I'll"
            "|I_will|I'm_going_to|I_shall|I'd|I_must|I'll_have_to {rest}?",
            # A date set for their answer, softened.
            "ideally|preferably|if_possible|at_the_latest|latest {when}",
            "last|final chance|warning",
            "expecting|expect|awaiting|about_to_receive|due_to_receive|going_to_get an"
            "|another|a_competing|a_rival offer elsewhere|from_elsewhere|soon ...? day"
            "|moment|week|minute now?",
            "after|past|beyond|otherwise|or|if_not ...? I'll|I_will|I_shall|I'd"
            "|I_would be? forced|obliged|compelled|have|need|going to? withdraw|pull_out"
            "|move_on|accept|look_elsewhere",
            "I'll|I_will|I_shall|I'd|I_would expect|need|want|require a|an|your? decision"
            "|answer|reply|response|offer|update by|before|no_later_than the? {word}",
            "let_me_know|get_back_to_me|tell_me|write_back_to_me ...? {when}",
            "please|kindly reply|respond|answer|write_back|confirm ...? {when}",
            # Asked as a question: "Can you confirm by the 12th at the latest?"
            "can|could|would|will you be_able_to? confirm|decide|reply|respond|answer|revert"
            "|advise|update_me|come_back_to_me|get_back_to_me|make_a_decision|make_the_decision"
            "|finalise|finalize|confirm_either_way|confirm_one_way_or_the_other|give_me_an_answer"
            "|give_me_a_decision {when}",
            "I'd|I_would appreciate|like|welcome ...? a|an|your decision|answer|response|reply"
            "|verdict {when}",
            # A deadline they are told to meet, however it is put.
            "I|I'll|I'd|I_will|I_would|I_must|we need*|expect*|require*|want|must_have|must_get"
            " your|an|a|the final|firm|clear|definite|definitive|proper|straight? answer|decision"
            "|reply|response|verdict|confirmation {when}",
            "your final answer|decision|reply|response|verdict {when}",
            "unless I|we hear|get|receive|have ...? {when} {rest}?",
            # Whoever stays silent: "If nobody gets back to me by Monday".
            "if|unless nobody|no_one|noone|no-one|nobody_there|nobody_else gets|get|replies"
            "|responds|writes|answers|calls|comes|comes_back|reaches_out|contacts|emails"
            "|bothers|has|decides ...? {when} {rest}?",
            "reply|respond|answer|write_back|decide|confirm ...? {when} or|otherwise|else"
            "|failing_which {rest}",
            "need*|want|must|have_to|require* to? know|hear|hear_back|find_out ...? {when}",
            "give|giving|allow|allowing you|the_team|you_all {when}",
            # A condition on their silence, and what the writer will read into it.
            "if I|we hear|get|receive nothing|no_reply|no_response|no_answer|no_word|no_news"
            "|no_update|nothing_back|no_decision ...? {when}? {rest}?",
            "if you|they don't|do_not|can't|cannot|haven't|have_not|won't|are_unable_to reply"
            "|respond|answer|get_back|get_back_to_me|come_back_to_me|decide|let_me_know|confirm"
            "|give_me_an_answer|give_me_a_decision|give_me_an_update|make_a_decision ...? {when}"
            " {rest}?",
            "I'll|I_will|I_shall|I'd|I_would|we'll|should_I|shall_I|can_I|do_I|I? take|treat|read"
            "|interpret|consider that|it|your_silence|silence|no_reply|no_response|no_news|this"
            " ...? as|means|to_mean a|an|your? no|rejection|decline|pass",
            "get|have|receive|hear|know|give_me|give_us an|a|your|the|some? final? answer|decision"
            "|reply|response"
            "|verdict|update|news|word back? {when}",
            "otherwise|or_else|else|failing_that|if_not|or I'll|I_will|I_shall|I'm_going_to|I'd"
            "|I_would|I_must|I_have_to|I'll_have_to|I_will_have_to sign*|accept*|take|go|move"
            "|withdraw*|assume|look|consider|pursue {rest}?",
            "should I not hear|get|receive ~ {when}",
            "I'll|I_will|I_shall take_it|assume|conclude|gather that? I|I'm|I've wasn't"
            "|was_not|haven't|have_not|didn't|not|am_not unsuccessful|successful|selected"
            "|chosen|through",
            "understand|take|read|interpret|treat it|that|this|your_silence|silence"
            "|no_reply as a|an rejection|no|decline",
            "no|nothing|silence reply|answer|response|word|news|decision|update|offer? {when}",
            "final|last notice|ultimatum",
            "you|you've have|got until|till|til {word}",
            "insist|insisting on|upon a|an|your decision|answer|reply|response|verdict|offer",
            "failure|failing to respond|reply|answer|get_back|decide|confirm",
            "after_which|beyond_which|past_which|failing_which|at_which_point ~ offer"
            "|elsewhere|other|withdraw|accept|sign|gone|move_on|wins|take",
            "or|otherwise|else I'm|I_am|I'll_be gone|out|done|off|walking|leaving|history",
            "like|want|need|expect|require|appreciate|insist_on|request|revert_with ~? a|an"
            "|your decision|answer|verdict|reply|response within",
            "answer|decision|reply|response {when} would_be|is|will_be required|needed"
            "|necessary|essential|mandatory",
            "please|kindly revert|get_back|come_back|advise|decide|let_me_know ...? {when}",
            "need|needing|want|require|expect an|a|your|the answer|decision|reply|response"
            "|verdict by|before|no_later_than|until the? {word}",
            "appreciate|like|welcome|need|want|expect ...? a|an|your final|firm|definite"
            "|clear|definitive decision|answer|response|reply|verdict {when}",
            "hope|hoping|expect|expecting|want|wanting|like|require to hear|know"
            "|hear_back ...? {when}",
            "know|hear|have|get ~ {when} at_the_latest|latest|no_later|sharp|without_fail",
            "if|unless you|they can't|cannot|can_not|won't|aren't_able_to|are_unable_to match"
            "|meet|beat|move|speed_up ~ I'll|I_will|I'd|I_would|I_must|I'm_going_to {rest}?",
            "you've_got|giving_you|I'll_give_you|I'm_giving_you|I_can_give_you {count} hours"
            "|days|working_days|business_days",
            "you_have {count} hours",
            # Terms set for them in other words: 'or I walk', 'not a day longer'.
            "let_me_know|tell_me|get_back_to_me|give_me_a_shout|give_us_a_shout"
            "|flick_me_a_message|let_us_know|hit_me_up ~ by|before arvo|tonight|tomoz|tmrw"
            "|tomorrow|COB|EOD|close_of_play|close_of_business|end_of_play|lunch|lunchtime|midday"
            "|noon|the_weekend|the_end_of",
            "can't|cannot|can_not|couldn't|won't promise|guarantee|say ...? I'll|I_will|I'd"
            "|I_would|I'm|I_am|I_can still be|stay|remain available|around|on_the_market|free"
            "|interested|waiting|here|open|an_option|in_the_running",
            "should|if I|we not|don't|do_not|haven't|have_not|fail_to hear|get|receive {rest}"
            " I'll|I_will|I_shall|I_must|we'll|we_will|we_shall|I_would|I'd consider|deem|take_it"
            "|assume|treat|regard|withdraw|accept|proceed|move_on|conclude|go_ahead|sign"
            "|look_elsewhere",
            "should|if|unless no|nothing response|reply|answer|word|decision|news|confirmation"
            "|offer|update ~? be|is|has_been|comes|arrives received|forthcoming|come|arrived|sent"
            " {rest}?",
            "deem|consider|treat|regard|take my|the|this candidacy|candidature|application"
            "|interest ~? withdrawn|closed|lapsed|void|cancelled|canceled|over|terminated"
            "|at_an_end|dead",
            "candidature|candidacy|application|interest|availability ~? will|shall|would lapse"
            "|expire|stand_withdrawn|be_withdrawn|be_deemed_withdrawn|be_void|become_void"
            "|be_closed|lapse_automatically",
            "otherwise|or|or_else|else|failing_that|if_not|failing_which I walk|withdraw|pull_out"
            "|move_on|walk_away|walk",
            "otherwise|or|or_else|else|failing_that|if_not|failing_which I take|accept|sign"
            "|go_with|say_yes_to|commit_to the|their|that other|other|rival|competing|second"
            " offer|role|job|one|position|theirs|offer",
            "otherwise|or_else|else|if_not no|have_no|I_have_no|I've_no|I_have_got_no choice"
            "|option|other_choice|other_option|alternative",
            "or|otherwise|else lose|miss_out_on|risk_losing me|out",
            "after_that|after_which|beyond_that|past_that|then|or|otherwise I'm|I_am|I'll_be"
            "|I_will_be gone|history|outta_here|out_of_here|walking|walking_away",
            "after_that|after_which|beyond_that|past_that|after_then ~ off_the_table"
            "|out_of_the_running|withdrawn|walking_away|moving_on|taken_elsewhere",
            "not|and_not|but_not a|one day|week|minute|moment|second longer|more|beyond|past|after",
            "silence|no_reply|no_response|no_answer|no_news|no_word ~ will|would|shall be? taken"
            "|read|treated|understood|interpreted|considered|regarded as|to_mean ~? answer|no"
            "|refusal|rejection|decision|decline",
            "clock|time|patience|window runs|run|will_run|ran|'ll_run|expires|will_expire|ends"
            "|will_end out? at|on|by|come|after|next|this|tomorrow|tonight|today|monday|tuesday"
            "|wednesday|thursday|friday|saturday|sunday|midnight|noon|the_end",
            "time's|time_is up on|by|after|at|come",
            "my|our|the patience has|is|'s|will|won't|isn't|is_not|does ...? shelf_life|limit"
            "|limits|expiry|expiry_date|sell-by_date|running_out|running_thin|wearing_thin"
            "|wearing_out|finite|limited|run_out|expire|expires",
            "hard|firm|strict|absolute|drop-dead|drop_dead deadline|cut-off|cutoff on|for|at your"
            "|you side|end|team?",
            "setting|set|giving|given|imposing myself|you|them a cut-off|cutoff|time_limit"
            "|time-limit",
            "either you|they ~ {when} or",
            "either you|they ~ by|before|within|until|till ~? or I|I'll|I_will|I'm|else|otherwise",
            "how_much_longer|how_long I|I'll can|could|will be_able_to? keep_this_open"
            "|keep_my_options_open|hold_off|hold_out|stay_available|keep_them_waiting",
            # A reply due within a count of days, or their answer needed.
            "receive|get|have|expect|need|require|want|obliged|grateful|appreciate ~ response|reply"
            "|answer|decision|confirmation|revert|update ~? within {count} working|business"
            "|calendar? days|hours|weeks",
            "need|want|require|must_have your|an|a final|firm|quick? answer|decision|reply"
            "|response|verdict",
            # Their answer wanted on the writer's date.
            "need*|want|require|must_have yours {when}",
            "need*|want|require|must_have yours now|asap",
            # A date for their answer, softened.
            "appreciate|like|welcome|prefer|love knowing|hearing|to_know|to_hear|an_answer"
            "|a_decision|news|word {when}",
            "ideally|preferably ~ {when}",
            # Glad of their answer by the writer's date: "Would be sound to know before the
            # weekend", "It'd be great to hear back by Friday".
            f"would|it'd|that'd|it'll|that'll|twould be {_GOOD_TO} to {_TO_KNOW} {{when}}",
            # An answer expected on the writer's terms: 'I trust I'll have your answer first thing'.
            "trust|expect|assume|presume I'll|I_will|I_shall|I_can|we'll have|get|receive"
            "|see your|an|a|the answer|decision|reply|response|verdict|offer|outcome {rest}?",
            "expect|expecting|await|awaiting|anticipate|anticipating|require|requiring|need"
            "|needing your|a|an|the ...? decision|answer|reply|response|verdict|confirmation"
            "|outcome ~? no_later_than|by|before|within|latest|at_the_latest",
            "closure|certainty|clarity|resolution|an_answer|a_decision"
            "|a_verdict ~? one_way_or_the_other|either_way|one_way_or_another {when}",
            "requested|request|required|require|requests that the|my|a|your result|outcome"
            "|decision|response|reply|answer|verdict ~ within|by|before|no_later_than",
            "for|grateful_for|appreciate|like|need|want|expect|welcome a|an|your|some reply"
            "|response|answer|decision|update|word|news|confirmation|outcome|verdict {when} ~?"
            " if_at_all_possible|if_possible|ideally|please|at_the_latest|without_fail",
            "y'all|ya'll|yall|you_all|you_guys|you_lot have|got|'ve_got until|till|til {word}",
            "if|unless ~ count|consider|take me out|off",
            "if|unless ~ I'm|I_am|I'll|I_will|I'll_be|I_will_be pulling_out|withdrawing|walking"
            "|walking_away|gone|done|moving_on|out_of_here",
            # Their answer made a condition on a date: "If I don't have an offer from you by noon".
            "if|unless|should I|we don't|do_not|haven't|have_not|didn't|can't|won't|dont|havent"
            "|fail_to have|get|receive|see|got|gotten|had|hold ...? offer|answer|reply|response"
            "|decision|word|news|confirmation|update|verdict|outcome|something|anything"
            "|paperwork|contract|letter|yes ~? {when} {rest}?",
            "I'll|I_will|I'd|I_would|I_may|I_might|I'm_going_to|we'll be_left_with|have no"
            "|little other? choice|option|alternative but|than",
            "unless I|we get|have|receive|see|hear ...? offer|answer|reply|response|decision"
            "|word|news|confirmation|verdict|something|anything|yes ~? {when}",
            "unless you|they can|could make|send|give|get|put ...? me? an|a|your|the offer|answer"
            "|decision|verdict|paperwork|contract ~? {when}",
            # A veiled threat: "I might have something else coming through".
            "I_might|I_may|I_could|I'll|I_will|I_should|I'm_likely_to|I_expect_to|I_am_likely_to"
            "|might|may|could have|get|receive|be_getting|be_receiving|hear_about|land|be_offered"
            " ...? something_else|another_offer|other_offers|another_opportunity"
            "|other_opportunities|other_options|another_option|an_offer|other_things"
            "|another_role|other_roles|something_other|something_elsewhere ~? coming_through"
            "|come_through|coming_up|come_up|lined_up|in_the_pipeline|on_the_table"
            "|on_the_horizon|in_the_works|landing|coming_in|soon|shortly|any_day|imminently"
            "|any_day_now|before_then|in_the_meantime|by_then",
        ),
        reader_tone=True,
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
            # "Again" set off in a subject or aside: "Following up (again)", "Chasing - again".
            r"(?i:(?:follow(?:ing)?[- ]?up|chasing|checking[- ]in|nudg(?:e|ing)|bump(?:ing)?"
            r"|reminder|writing|emailing|pinging)[ \t]*(?:[(\[][ \t]*|[-–—,:][ \t]*)again[ \t]*"
            r"[)\]!?]*|follow[- ]?up[ \t]*(?:#|no\.?[ \t]*|number[ \t]+|\()[ \t]*[2-9]\)?)",
            # A subject replied to again and again: "Re: Re: Re: Junior Architect application".
            r"(?i:re[ \t]*:(?:[ \t]*re[ \t]*:){2,})",
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
            r"|buried"
            r"|didn['’]t\s+(?:see|get|receive|arrive)|never\s+arrived|bounced))",
            # "Me again!" opening a sentence.
            r"(?:(?<=\A)|(?<=[.!?\n])|(?<=[.!?][ \t]))[Mm]e[ \t]+again(?!\w)[!.]*",
        ),
        openers=frozenset(
            {
                "this",
                "i ve",
                "i have",
                "in",
                "me",
                "re",
                "follow",
                "following",
                "followup",
                "chasing",
                "checking",
                "nudge",
                "nudging",
                "bump",
                "bumping",
                "reminder",
                "writing",
                "emailing",
                "pinging",
            }
        ),
        families=(
            "resending|re-sending|re-sent|resent|reposting|re-posting my|this|the ...? text|thanks"
            "|thank-you|note|message|email|words here|again|below|too|to_be_safe|just_in_case",
            "copied|pasted|copy-pasted|re-pasted my message|email|note|thank-you ...? again",
            # The messages counted by their days: "I had written on Monday and Wednesday also".
            "I|I've|I_had|I_have|I'd|we ...? written|wrote|emailed|e-mailed|messaged|mailed"
            "|followed_up|chased|reached_out|checked_in|nudged|pinged|called|phoned|rang ~? on"
            f"|last {_WEEKDAYS} and|&|then|plus|as_well_as|again|and_then|and_again on|last"
            f"|again_on? {_WEEKDAYS}",
            # Messages counted by day in other words: "I sent email yesterday and the day before",
            # "I emailed you on Monday and again today".
            "I|I've|I_had|I_have|I'd|we|we've sent|dropped|fired_off|shot|sent_you|dropped_you"
            f" {_AN_EMAIL} {_SENT_WHEN} and|&|then|plus|and_then|as_well_as {_SENT_AGAIN_WHEN}",
            "I|I've|I_had|I_have|I'd|we|we've emailed|e-mailed|messaged|mailed|wrote|written"
            "|wrote_to|written_to|pinged|chased|nudged|followed_up|checked_in|reached_out"
            f"|contacted you|u|to_you? {_SENT_WHEN} and|&|then|plus|and_then|as_well_as"
            f" {_SENT_AGAIN_WHEN}",
            # A voicemail counted on top of the email: "I also left one voicemail in your phone".
            "I|I've|I_have|I_had|I'd|we|we've left|dropped|sent you|him|her? one|another|a_second"
            "|a_third|two|three|a|an|a_quick|a_short|a_brief ...? voicemail|voicemails"
            "|voice_message|voice_messages|voice_mail|voice-mail|answerphone_message ...? phone"
            "|mobile|cell|line|number|landline|extension|desk|office|voicemail|inbox?",
            # The same note sent again by another way: "the same thank you I emailed this
            # morning".
            "same|identical thank_you|thank-you|thanks|note|message ~? as_the_one|as_what|that"
            "|which? I|I've|I_had|I_have emailed|e-mailed|mailed|sent_by_email|sent_via_email"
            "|sent_you|wrote_you|wrote_to_you|sent_over_email",
            "copied|pasted|copy-pasted|put my|the|this previous|earlier|original|last message"
            "|email|note below|underneath|again",
            "in_case the|my first|last|previous|earlier|other|original? one|email|message|note"
            "|thank-you?"
            " didn't|did_not|never|doesn't|hasn't land|arrive|get_through|reach_you|come_through"
            "|go_through|show_up",
            "ignore|disregard this|it? if you've|you_have|you? already? received|got|seen|have"
            " this|it"
            "|my_note|the_first|the_original",
            "same content|message|note|email|text|wording|question as before|earlier|yesterday"
            "|last_time|the_first|my_last",
            "spam|junk filters|filter|folder|folders can_be|are|might|may|must_have|ate|eat|caught"
            "|catch|swallowed|grabbed",
            "chasing|chase up|this_up|along? again|once_again|yet_again|once_more|one_more_time",
            "following|follow up once_again|yet_again|anew",
            "popp*|pop|bounc*|slid*|slipp*|dropp* this|it|my_note|my_email|my_message? back into"
            "|in|to"
            "|up|on your|the? inbox|mailbox|radar|list|pile|feed|queue",
            "nudg*|bump* this|it|my_note|my_email|my_message up|back_up ~? your? inbox|list|pile"
            "|queue"
            "|again|one_more_time|once_more",
            "reminder|chaser|nudge {count}",
            "my|our emails|messages|mails|follow-ups of|dated|sent_on the? {word} {rest}?",
            "have|has gone|been|remain|remained unanswered|unreturned|without_reply|without_a_reply"
            "|without_a_response",
            "only|just|yep|hello|hi|hey me again",
            "reinforc*|reiterat*|restat*|echo*|repeat* my|the previous|earlier|last|prior|original"
            " email"
            "|message|note|request|question|mail",
            "no answer|reply|response to my last|previous|earlier|first|other email|message|note"
            "|follow-up|mail",
            "third|fourth|fifth|3rd|4th|5th time lucky|time's_the_charm|time_is_the_charm|pays",
            "my|this_is_my 2nd|3rd|4th|5th|6th|second|third|fourth|fifth|sixth msg|message|mail"
            "|email"
            "|note|follow-up|followup|attempt|chaser|try|reminder",
            "ping|pinging|message|messaging|nudge|nudging you? here|on_here|over_here|on_LinkedIn"
            " too"
            "|as_well|also",
            "mirroring|duplicating|duplicate|echoing my email|message|note|thank-you|thanks"
            "|check-in",
            "also|as_well texted|whatsapped|WhatsApped|DMed|DM'd",
            "texted|whatsapped|WhatsApped|DMed|DM'd {name} as_well|too|also",
            "texted|messaged|emailed|called|rang|phoned {name} and emailed|texted|messaged|called"
            "|rang"
            "|phoned",
            "also|too drop|shoot|fire|send you a|an WhatsApp|DM|InMail|voice_note|SMS",
            "followed_up|follow_up|chased|chasing by|via post|letter|snail_mail|fax|courier",
            "left|leaving|dropped a|another note|message|card|letter with|for|at your|the"
            " receptionist"
            "|front_desk|concierge|security|gatekeeper",
            "follow_up|check_in|chase|check_back|ping_you|nudge weekly|daily|every|each|regularly",
            "keep|keeping you posted|updated|informed weekly|daily|regularly|every|each",
            "hear from me again ~? regardless|anyway|either_way",
            "I_know|I_realise|I_realize|I'm_aware|I_appreciate ...? only|just|already wrote|emailed"
            "|messaged|sent|checked_in|followed_up|got_in_touch|wrote_to_you",
            "two|three|four|several|multiple|a_few|2|3 emails|messages|notes|calls"
            "|follow-ups ...? without"
            "|with_no|and_no|but_no|unanswered|ignored ...? answer|reply|response|word?",
            "also|already asked|requested|chased|emailed for|about? feedback|an_update|a_reply"
            "|a_response",
            "circl*|loop* back ...? again|once_again|yet_again|once_more",
            # Saying a message was lost, sent twice, copied or announced again.
            "my|the last|previous|earlier|other|first ...? email|emails|message|messages|note"
            "|notes ...?"
            " got|get|went|may_have|might_have|must_have|have|has|seem_to_have ...? lost|missed"
            "|buried|astray|to_spam|into_spam|overlooked|through_the_cracks",
            "sent|asked|put|posted|messaged|emailed|dropped you? the_same|this|the|a_similar"
            "|my question"
            "|message|note|email ...? on|via|through|over|by LinkedIn|email|WhatsApp|text|Twitter"
            "|phone",
            "I'll|I_will|I'm_going_to|I_plan_to|I'll_just ...? ping|chase|nudge|bump|poke|follow_up"
            "|check_in|write|email|message|call|ring|contact|get_in_touch ...? again|once_more",
            # Sending the same thing again, or chasing it in other words.
            "sending|forwarding|resending|re-sending|bumping|re-forwarding this|it|my_note|my_email"
            "|my_message|my_thank-you|this_up ...? again|once_more|back_to_the_top",
            "in_case ... spam|junk|missed|lost|astray|buried|arrive|arrived|reach|reached|through",
            "nudging|chasing|pinging|poking|bugging|prodding|bumping you|this|it? again|once_more",
            "resending|re-sending|re-sent|resubmitting my|this|the? ...? email|message|note"
            "|thank-you|thank_you|thanks|application from|of|sent? yesterday|earlier"
            "|last_week|this_morning|last_night|monday|tuesday|wednesday|thursday|friday",
            "left|leaving you? a voicemail|voice_message|voice_mail on|at your"
            "|the ...? line|phone|number|mobile|desk|voicemail",
            "messaged|emailed|contacted|written_to|pinged|reached_out_to you? here"
            "|on_LinkedIn|by_email|by_phone and|and_also|as_well_as|or by|on|via|over email"
            "|e-mail|LinkedIn|phone|text|here",
            "the|this? second|third|fourth|fifth|2nd|3rd|4th|umpteenth time the|that|you|it"
            "|this ...? moved|changed|slipped|shifted|postponed|delayed|pushed|been_pushed"
            "|been_delayed|been_moved",
            "for the? second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth time",
            "resent|forwarding_again|sending_again my|this|the ...? email|message|note|application",
            "resending|re-sending|re-sent|resubmitting my|this|the? ...? email|message|note"
            "|application",
            "one|yet_another email|message|note|follow-up|reminder too_many",
            "did|has|have my|the last|previous|earlier|first? email|message|note|application get"
            "|go|been? lost|missed|buried|through|overlooked {q}?",
            "did|have you get|got|receive|received|see|seen my last|previous|earlier|other email"
            "|message|note|emails|messages {q}?",
            "keep|keeps|keeping|continue|continuing checking_in|following_up|writing|emailing"
            "|chasing|reaching_out ...? every|each|until|till {rest}?",
            # The same message sent on another channel.
            "I|I've|I_have messaged|emailed|wrote_to|written_to|contacted|pinged|called|texted"
            "|reached_out_to ...? on|via|through|over LinkedIn|WhatsApp|Twitter|text|your_mobile"
            "|your_phone",
            # The same question sent by another route, or chased by phone.
            "I|I've|I_have emailed|e-mailed|messaged|wrote|written|called|phoned|rang|texted"
            "|contacted you? about|regarding this|it|the_role|my_application yesterday|earlier"
            "|last_week|this_morning|too|as_well|already?",
            "left|leaving you? a voicemail|voice_message|voice_mail",
            # A voicemail left for them or someone named: "left Mark a voicemail this morning".
            "left|leaving|leave you|him|her|u a|an|another|two|three|several ...? voicemail"
            "|voicemails|voice-mail|voice_mail|voice_message|voice_messages|answerphone_message"
            "|answerphone_messages",
            "left|leaving|leave {name} a|an|another|two|three|several ...? voicemail|voicemails"
            "|voice-mail|voice_mail|voice_message|voice_messages|answerphone_message"
            "|answerphone_messages",
            f"left|leaving|leave {_EVERY_ONE_OF_YOU} a|an|another ...? voicemail|voicemails"
            "|voice-mail|voice_mail|voice_message|voice_messages|answerphone_message",
            # Days counted since the last chaser: "I checked in on Monday and it's Wednesday now".
            "checked_in|emailed|e-mailed|wrote|wrote_to_you|messaged|followed_up|chased|nudged"
            "|pinged|got_in_touch|reached_out|emailed_you|messaged_you|contacted_you"
            f"|sent_my_check-in|sent_my_email|sent_my_note on? {_WEEKDAYS} ...? it's|it_is"
            f"|today_is|today's|now_it's|it's_now|it_is_now now|already|only? {_WEEKDAYS}",
            "left|leaving a|another message|note|voicemail with|for|at|on your|the ...? assistant"
            "|office|desk|reception|colleague|team|phone|machine|mobile|secretary|PA",
            "tried|tried_calling|tried_phoning|tried_ringing|called|phoned|rang|emailed ...? twice"
            "|three_times|several_times|a_few_times|repeatedly|multiple_times|many_times"
            "|more_than_once",
            "copied|cc'd|cc'ed|cced|looped|looping|copying in? the_whole_panel|everyone"
            "|all_three|the_panel|your_manager|your_boss|the_CEO|HR",
            # Saying this is the last message, or pointing at earlier chasers.
            "this_is|this_will_be|consider_this|treat_this_as my|the|your last|final attempt|try"
            "|reminder|chance|warning",
            "consider_this|treat_this_as|take_this_as my|the|your last|final email|message|note"
            "|follow-up|time",
            "my|our last|previous|earlier|prior|recent? follow-up|follow-ups|followup|reminder"
            "|reminders|chaser|chasers|nudge|nudges from|of|sent|on? last_week|last_month"
            "|yesterday|earlier|this_week|Monday|Tuesday|Wednesday|Thursday|Friday?",
            # Bumping a message to the top of their inbox.
            "bump*|float*|resurfac*|bring*|mov*|push*|nudg*|send*|put* this|it|my_email"
            "|my_message|my_note|this_email|this_message|this_thread|my_previous_email"
            "|my_last_email|my_application ...? back? up? to_the_top_of_your_inbox"
            "|to_the_top_of_the_pile|to_the_top_of_your_pile|to_the_top|up_your_inbox"
            "|to_the_front|to_the_front_of_your_inbox|up_the_pile|top_of_your_inbox",
            "bump*|resurfac* this|it|my_email|my_message|my_note|this_email|this_message"
            "|this_thread|my_application up|back_up?",
            "reaching_out|writing|emailing|messaging|checking_in|checking_back_in"
            "|checking_back|touching_base|getting_in_touch|pinging|nudging"
            "|contacting|chasing to_you|you|to_ask|here? again|once_again|yet_again|once_more"
            "|one_more_time|a_second_time",
            "once_more|once_again|yet_again I'm|I_am|I reaching_out|writing|checking_in"
            "|following_up|getting_in_touch|emailing|messaging",
            "another|one_more|a_second|a_third|a_further|yet_another|one_last quick|little"
            "|small|gentle|friendly? follow-up|followup|nudge|reminder|check-in|checkin"
            "|chaser|bump|ping|poke",
            "another|yet_another|one_more email|message|note|line from_me",
            "here_I_am|it's_me|it's_only_me|it_is_me|yes_it's_me again",
            "second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|nth time_asking"
            "|time_of_asking|follow-up|followup|reminder|nudge|check-in|attempt|chaser",
            "nudge|bump|reminder|follow-up|ping|check-in #2|#3|#4|no._2|no._3|number_two|2.0",
            "two|three|four|five|six|several|multiple|2|3|4|5 emails|messages|notes"
            "|follow-ups|followups|chasers|reminders|voicemails|calls|attempts now|so_far"
            "|already|and_counting|from_me|later|unanswered|without_reply|with_no_reply",
            "my|the two|three|four|several|multiple|2|3 previous|earlier|prior|last|recent"
            "|unanswered emails|messages|notes|follow-ups|voicemails|calls|attempts",
            "two|three|several|multiple|both|2|3 emails|messages|notes|calls"
            "|voicemails before_it|before_that|before_this|prior|previously|already|so_far"
            "|since|unanswered",
            "following|further_to|after|since|on_top_of|despite my|the voicemail"
            "|voice_message|text|texts|LinkedIn_message|InMail|DM|call|calls|voicemails",
            "and|then|plus again on|last|yesterday|this|earlier",
            "multiple|several|numerous|repeated|many|countless|a_few|two|three|four attempts"
            "|tries|efforts|calls ~ reach|contact|get_hold|get_in_touch|get_through",
            "my earlier|previous|prior|other|unanswered messages|emails|notes|follow-ups"
            "|voicemails",
            "gentle|quick|friendly|little|small|polite|soft|light|just_a bump|nudge|ping|poke",
            "bump|bumping|bumped {bang}",
            "float*|resurfac*|rais*|lift*|pull* this|it|my_email|my_message|my_note"
            "|this_thread|the_thread|this_email|my_thread ~ back_up|up_again|again|to_the_top"
            "|up_top",
            "forwarding|resending|re-sending|re-forwarding|reposting|re-posting|pasting"
            "|double-posting|copying|sending my previous|earlier|last|original|first"
            "|thank-you|thank_you email|message|note|thanks",
            "forwarding|resending|re-sending|re-forwarding|reposting|re-posting|pasting"
            "|double-posting|copying|repeating my email|message|note|thank-you|thanks ~? here"
            "|below|again|too|as_well|via|on|from_earlier|once_more",
            "repeating|restating|reiterating what I wrote|said|sent|emailed",
            "same note|message|question|thanks|thank-you|email|text|check-in ~ LinkedIn|email"
            "|WhatsApp|text|DM|InMail|Twitter|phone|voicemail|here",
            "word_for_word|verbatim ~ what|my|emailed|sent|wrote",
            "copy-paste|copy-pasted|copy_and_paste|cut-and-paste style|job|version|thanks|note",
            "so|so_that it's|it_is|you_have_it|you_get_it|you_see_it in|on both places|inboxes"
            "|channels|spots|apps",
            "summarise|summarize|repeat|restate|recap ~ again here",
            "DM'd|DMed|DM'ed|dm'd|whatsapped|WhatsApped|inboxed|slacked you|u",
            "sent|dropped|fired_off|shot you? a|an WhatsApp|text|DM|InMail|voice_note"
            "|voicemail|LinkedIn_message|message_there|message_on_LinkedIn too|as_well|also",
            "as_well_as|on_top_of|in_addition_to|alongside|and_now|and_also ~? this|my|by|via"
            "|over email|mail|e-mail|message|note|voicemail|call|text|LinkedIn|InMail|DM"
            "|phone",
            "following_up|checking_in|writing|messaging|pinging_you|reaching_out here|on_here"
            "|over_here|on_LinkedIn|via_LinkedIn too|as_well|also",
            "my email|voicemail|message|call|text|InMail|DM and|plus|& my? LinkedIn? text"
            "|voicemail|message|call|email|InMail|DM",
            "by|via|over|through|on email|phone|LinkedIn|WhatsApp|text|InMail|DM|Slack"
            "|voicemail email|phone|LinkedIn|WhatsApp|text|InMail|DM|voicemail and|& email"
            "|phone|LinkedIn|WhatsApp|text|voicemail|InMail|DM",
            "to_cover_all_bases|to_cover_all_my_bases|covering_all_bases|belt_and_braces"
            "|belt_and_suspenders",
            "did|have|has you|it get|got|receive|received|see|seen|hear"
            "|listen_to my voicemail|voice_message|text|texts|call|calls|InMail|DM|messages"
            "|emails|LinkedIn_message",
            "messaged|emailed|called|contacted|pinged|texted|rang|phoned your|the assistant"
            "|PA|secretary|receptionist|office_manager",
            "and_then_again|then_again ~ after|after_that",
            "every|each few_days|day|week|couple_of_days|other_day|monday|tuesday|wednesday"
            "|thursday|friday|morning|afternoon until|till|so|in_case|to_keep",
            "weekly|daily|regular|frequent emails|messages|check-ins|reminders|nudges from_me",
            "keep|keeps|keeping|continue|continuing|carry_on|will_keep to? follow_up"
            "|following_up|checking_in|pinging|nudging|poking|bugging|chasing|emailing"
            "|messaging|reaching_out|checking_back|reminding ~ you|u|regularly|until|till"
            "|every|each|weekly|daily|on_this",
            "keep|keeps|keeping doing_so|at_it",
            "and the week|Monday|one|day after_that",
            "try|trying one_more_time|once_more|one_last_time|my_luck",
            "check|checking|ask|asking yet_again|once_again|one_more_time|once_more|again",
            "despite|beyond|after|following|since|further_to my|the earlier|previous? final"
            "|'final'|last|so-called_final|supposedly_final follow-up|followup|note|email"
            "|message|check-in|reminder",
            "said|promised|told_you I'd|I_would|this_would|it_would|my_last|that ~ stop|last"
            "|final|leave_it ~ but",
            "last-last|final-final|really_last|very_last|absolute_last|last_last check-in"
            "|email|note|message|follow-up|time|nudge",
            "last|previous|other two|three|four|several|few ~ went|were|have_gone|remain"
            "|have unanswered|ignored|unread|unreturned",
            "double|doubling|doubled up here|on_here|on_LinkedIn|over_here|and|with|by",
            "double-posting|double_posting|doubleposting",
            "thought_I'd|I_thought_I'd|I'll|I'd|figured_I'd try here|you_here|this_channel"
            "|LinkedIn|you_on_LinkedIn|you_on_here too|as_well|instead|also",
            "check-in|checkin|email|note|message|follow-up|reminder|nudge on|last monday"
            "|tuesday|wednesday|thursday|friday|yesterday ~ and|but it's|it_is|today_is"
            "|today's now? monday|tuesday|wednesday|thursday|friday|only",
            "circl*|loop* back on|to|regarding|about my ~? email|message|note|last|previous"
            "|earlier",
            "per|as_per|as_mentioned_in|as_I_said_in|as_I_mentioned_in"
            "|further_to my voicemail|voice_message|call|text|InMail|DM|LinkedIn_message",
            "also|already messaged|pinged|texted|DMed|DM'd ~? on|via"
            "|through|over LinkedIn|WhatsApp|text|phone|Twitter|Instagram",
            "did|has|have my|the last|previous|earlier|first? email|message|note|emails"
            "|messages reach|arrive|get_through|land|come_through",
            # A tally of attempts as a time: "Three emails and two phone calls later".
            "two|three|four|five|six|seven|several|multiple|numerous|countless|many|a_few"
            "|a_couple_of|a_dozen emails|messages|notes|calls|phone_calls|voicemails|texts"
            "|follow-ups|followups|reminders|chasers|attempts|nudges ...? later",
            # Pointing them to a voicemail on top of the email: "the voicemail I left".
            "voicemail|voicemails|voice_message|voice_messages|voice_mail|voice_note I|I've"
            "|I_have|I_had|I'd left|sent|recorded",
            # Chasing on a second channel, or keeping score in other words.
            "ping|message|DM|try|nudge|reach|catch you here|on_here|over_here|on_this_app"
            "|on_LinkedIn|on_WhatsApp too|as_well|in_case|just_in_case|also|instead",
            "messaged|pinged|texted|DMed|DM'd|whatsapped|called|rang|phoned|emailed you ~? on|via"
            "|through|over WhatsApp|Telegram|Signal|Messenger|Instagram|Twitter|text|SMS|Slack"
            "|Teams|your_mobile|your_cell|your_personal",
            "texted|rang|called|phoned|messaged|whatsapped|rung|tried your|you_on_your work"
            "|personal|private? mobile|cell|phone|number|landline|desk_line|extension|WhatsApp",
            "in_case|in_case_that|if email|emails|LinkedIn|email's|email_is isn't|is_not|wasn't"
            "|not your|their thing|preference|channel|cup_of_tea",
            "voicemail|voice_mail|voice-mail|answerphone|answering_machine ~? was|is|'s full"
            "|not_working",
            "exhausted|tried_every|tried_all|used_every|used_all email|phone|LinkedIn|channels"
            "|avenues|routes|options|means {rest}?",
            "also|already rang|called|phoned|rung|texted|tried {name}",
            "also|already rang|called|phoned|rung|texted|tried your_colleague|your_assistant"
            "|recruitment|HR|reception|the_recruiter|your_PA|your_office|your_team",
            "say|repeat|send|post|share|mention it|this|the_same|that here|on_here|on_LinkedIn"
            "|over_here too|as_well|again",
            "doubling|doubled|double up|down to_be_safe|just_in_case|in_case|on_both|on_channels"
            "|here|on_the_email|with_an_email|on_email",
            "double-texting|double-texted|double-text|triple-texting|triple-texted"
            "|double-emailing|double-messaging|double-posting|double_texting",
            "mirroring|mirror|echoing|echo|repeating|duplicating|copying|same_as|same_message_as"
            "|same_note_as|a_copy_of the|my ~? email|message|note|mail|thank-you|thank_you I|I've"
            "|I_have|I_just|I_also sent|emailed|wrote",
            "left|leaving {count} voicemails|voice_messages|voice_notes|messages",
            "left|leaving a|another voicemail|voice_message|voice_note|message on|with|at your"
            "|the ~? line|phone|mobile|machine|answerphone|voicemail|extension|number",
            "drop|ping|email|write|check_in|follow_up|nudge|chase|touch_base|reach_out|message"
            "|call|bump ~ every|each few|couple_of|other|two|three|second|third|2|3 days|day"
            "|weeks|mornings",
            "no_fewer_than|no_less_than|not_less_than {count} occasions|times|emails|messages"
            "|reminders|follow-ups|letters|mails|attempts|separate_occasions|different_occasions",
            "saw|seen|see|received|got|read|noticed my|the earlier|previous|prior|last notes"
            "|emails|e-mails|messages|mails|reminders|follow-ups {rest}?",
            "previous|last|earlier|prior|past {count} mails|emails|e-mails|messages|notes|letters"
            "|reminders|follow-ups|nudges|chasers|voicemails|calls",
            "another|one_more|yet_another|a_further wee|little|small|gentle|quick|friendly|tiny"
            "|polite|soft nudge|poke|prod|bump|reminder|ping|chaser|follow-up|prompt",
            # Channels listed, and a chat app used to chase.
            "exhausted|tried|used|tried_every|tried_all email|phone|LinkedIn|calls|text|texts"
            "|WhatsApp phone|LinkedIn|email|calls|text|WhatsApp and|& phone|LinkedIn|email|calls"
            "|text|WhatsApp|voicemail",
            "WhatsApped|whatsapped|WhatsApp'd|whatsapp'd|DMed|DM'd you",
            # Bumping a note to the top, in any verb.
            "popping|pop|popped|bumping|bump|bumped|floating|float|floated|moving|move|pushing"
            "|push|nudging|nudge|bringing|bring|sending|send|putting|put this|it|my_email"
            "|my_message|my_note ~? top|front of your|the inbox|pile|list|queue|mailbox|mind",
            # Chasing a note sent hours before.
            "following_up|follow_up|chasing|checking_in|circling_back|bumping|nudging on|about|re"
            "|regarding my|the email|message|note|mail|letter from|of|sent yesterday|this_morning"
            "|last_night|earlier_today|an_hour_ago|a_few_hours_ago",
            # Announcing the next chaser.
            "hear from me again|once_more",
            # ... with a date or a reason: "I'll follow up next week in case you've had time".
            "I'll|I_will|I'm_going_to|I_plan_to|I_intend_to|I_shall|I'd_like_to|I_may|I_might"
            "|I'll_just|I'll_probably|I_will_probably ~? follow_up|check_back|check_in"
            "|check_again|touch_base|circle_back|chase|nudge|ping|write_again|email_again"
            "|try_again|get_back_in_touch|follow_up_again|keep_checking|keep_following_up"
            "|keep_chasing|keep_trying|drop_you_a_line|drop_you_another_line|send_a_reminder"
            "|send_another|nudge_you|chase_you|ping_you ~? next_week|next_month|in_a_week"
            "|in_a_fortnight|in_a_few_days|in_a_couple_of_weeks|in_a_couple_of_days|in_two_weeks"
            "|in_a_week's_time|tomorrow|on_monday|on_tuesday|on_wednesday|on_thursday|on_friday"
            "|every_few_days|every_week|each_week|every_day|daily|weekly|regularly|periodically"
            "|in_case|to_see_if|to_see_whether|once_more|until|till|in_any_case|anyway|regardless",
            # Time kept since the last message: "two weeks since I last wrote".
            "since I|I've|my last|previous|earlier wrote|written|emailed|email|e-mail|note"
            "|message|messaged|check-in|follow-up|followed_up|chased|chaser|reminder|nudge"
            "|got_in_touch|reached_out|contacted_you|checked_in",
            "since I wrote|emailed|messaged|chased|checked_in|followed_up|got_in_touch last"
            "|previously",
            # The next in a series: "so here's a fourth", "third time lucky", "email number four".
            "third|3rd|fourth|4th time lucky|time's_the_charm|time_is_the_charm|time_round"
            "|time_of_asking|time_of_writing|time_I've_written|time_I've_asked",
            "email|message|note|attempt|nudge|reminder|follow-up|chaser number|no. three|four"
            "|five|six|3|4|5|6",
            "here's|here_is|here_comes|hence|so_here's|this_is a|my|the|another third|fourth"
            "|fifth|sixth|seventh|3rd|4th|5th|6th",
            "here's|here_is|here_comes|hence|so_here's|this_is a|my|the|another|one_more|yet"
            " second|2nd|another|further email|message|note|reminder|nudge|chaser|follow-up"
            "|followup|attempt|try",
            # Times chased, however it is put: "I've now chased three times".
            "chased|emailed|written_to_you|wrote_to_you|messaged|followed_up|contacted_you"
            "|reached_out|been_in_touch|nudged|pinged|checked_in ...? twice"
            "|three_times|four_times|five_times|several_times|multiple_times|numerous_times"
            "|many_times|a_few_times|a_couple_of_times|repeatedly",
            "chased|emailed|written_to_you|wrote_to_you|messaged|followed_up|contacted_you"
            "|reached_out|been_in_touch|nudged|pinged|checked_in ...?"
            " {count} times|occasions",
            # Times written, told over with the silence after them: "I wrote two times already
            # and nobody answered me".
            f"{_I_WROTE_TO_YOU} {{count}} times|occasions {{end}}",
            f"{_I_WROTE_TO_YOU} {{count}} times|occasions already|now|so_far|before|before_this"
            "|previously|without|with_no|yet",
            # The last message that was not: 'my last email was supposed to be my final one, but'.
            "supposed|meant|intended|going|planned to? be my|the last|final|only"
            "|one_and_only ~? one|email|message|note|follow-up|check-in|chaser|nudge|time|word",
            "one_more|another|one_last|one_final|a_last|a_final|a_further|a_third|a_fourth"
            "|one_more_try|another_try ~? couldn't|can't|cannot|won't|wouldn't|doesn't|shouldn't"
            "|could_not|will_not hurt|harm|do_any_harm|do_harm",
            "again ~ and|then|and_then|or|and_again the|every? week|one|day|month|time|fortnight"
            "|monday|friday after|following|after_that|after_next",
            "third|3rd|fourth|4th|fifth|5th time's|time_is|times the charm",
            "my|the last|previous|earlier|prior|past few|couple|couple_of|several|two|three|four"
            "|handful_of ...? messages|emails|e-mails|notes|mails|texts|voicemails|follow-ups"
            "|nudges|reminders",
            "emailed|e-mailed|messaged|texted|called|rang|phoned|wrote_to|DMed|DM'd|pinged"
            "|WhatsApped|whatsapped|voicemailed you|u ~? this_morning|earlier|earlier_today"
            "|yesterday|last_night|just_now|an_hour_ago|a_moment_ago|this_afternoon"
            "|already ~? too|as_well|also",
            "slide|slid|sliding|pop|popped|popping|jump|jumped|jumping|hop|hopped|hopping in|into"
            "|on here|on_here|over_here|your_DMs|the_DMs|your_inbox_here too|as_well|also",
            "called|rang|phoned|rung|texted|messaged|emailed|asked|tried your|the colleague"
            "|deputy|team_member|coworker|co-worker|manager|boss|assistant|PA|secretary"
            "|receptionist|office_manager {name}?",
            "did|have|has my|the emails|email|messages|message|notes|note ~? end_up|ended_up|go"
            "|gone|went|land|landed|get_caught|got_caught|disappear|disappeared in|into your"
            "|the? spam|junk|spam_folder|junk_folder|void",
            "told_myself|promised_myself|swore|vowed|I_said|I'd_said|I_had_said ~ last"
            "|final ~? email|message|note|nudge|chaser|follow-up|one|time|check-in",
            "one_last|one_final|one_more|a_final|a_last try|attempt|shot|go|nudge|push|email"
            "|message ~? before|then I give_up|stop|move_on|call_it_a_day|leave_it|let_it_go"
            "|throw_in_the_towel",
            # The note made sure of by another route: "just to make sure it reaches you".
            "make_sure|ensure|be_sure|check|make_certain it|this|my_note|my_message|my_email"
            "|my_thanks|my_thank-you reaches|reached|gets_to|got_to|lands_with|landed_with"
            "|finds|found you",
            # Chasing on a chat app or social network: "Tried to reach you via Instagram too".
            "tried|trying|try to? reach|contact|get_hold_of|get_through_to|message|catch|find"
            " you ~? via|on|through|over Instagram|Facebook|WhatsApp|Twitter|TikTok|Messenger"
            "|Signal|Telegram|Snapchat|text|SMS|Insta|IG",
            # The same note sent on a second channel: "Have sent the same on email also".
            "also|too dropping|sending|shooting|firing|dropped|sent|shot|fired you|u a|an|this"
            "|the_same|another|quick? note|message|line|ping|reminder|nudge|DM|email ...? on|via"
            "|over|through|by LinkedIn|email|e-mail|WhatsApp|text|SMS|InMail|Messenger"
            "|Instagram|here",
            "same|identical message|note|email|thing|query|question ...? sent|going|posted|gone"
            "|went to|on|via|over|through your? inbox|email|e-mail|LinkedIn|WhatsApp|DMs",
            "emailed|e-mailed|messaged|texted|sent|DMed|DM'd|pinged|WhatsApped|whatsapped|mailed"
            " you|u the|an? same|identical|same_thing|same_note|same_message|same_question"
            "|same_query|identical_note|identical_message",
            "sent|send|sending|posted|shared|forwarded|emailed|copied|mailed|messaged|dropped"
            "|put the? same|identical|duplicate|same_message|same_note|same_thing|same_query"
            "|same_question|this_message|this_note ...? on|via|by|through|over|to|in ...? email"
            "|e-mail|mail|LinkedIn|inbox|WhatsApp|text|DM|DMs|InMail|Slack|Teams|Messenger"
            "|Instagram|SMS",
            "I'm|I_am|so_I'm|so_I_am|I'm_now|I_am_now|and_I'm ~? trying|messaging|writing"
            "|reaching_out|pinging|contacting_you|getting_in_touch|checking_in|following_up"
            "|asking|chasing|nudging you|u|to_you|to_u? here|on_here|over_here|this_way"
            "|via_LinkedIn|on_LinkedIn"
            "|through_LinkedIn|by_email|via_email|on_email|over_email|on_WhatsApp|via_text"
            "|by_text|via_this_channel|on_this_channel|through_this_channel too|as_well|also"
            "|instead|in_parallel|in_case",
            # The next chaser booked for a day: "I'll drop you a line next Tuesday".
            "I'll|I_will|I'm_going_to|I_plan_to|I_intend_to|I_shall|I'd_like_to|I_may|I_might"
            "|I'll_just|I'll_probably|I_will_probably|I'll_aim_to ~? follow_up|check_back"
            "|check_in|check_again|touch_base|circle_back|chase|nudge|ping|write_again"
            "|email_again|try_again|get_back_in_touch|follow_up_again|drop_you_a_line"
            "|drop_you_another_line|drop_you_a_note|drop_you_an_email|drop_you_a_message"
            "|shoot_you_an_email|shoot_you_a_note|shoot_you_a_message|give_you_a_shout"
            "|send_a_reminder|send_another|nudge_you|chase_you|ping_you|reconnect"
            "|check_in_again|touch_base_again ~? next|this|on|come|this_coming? monday|tuesday"
            "|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri",
        ),
        reader_tone=True,
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
            r"(?=\w)\b(?i:(?:(?:tell\s+me|explain|let\s+me\s+know)\s+)?(?:exactly\s+"
            r"|precisely\s+)?why\s+"
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
        families=(
            "send|give|provide|email|share me|us? ...? detailed|full|proper|written|comprehensive"
            "|complete|thorough|itemised|itemized feedback|breakdown|explanation|reasons",
            "where|how|why I|we fell|came|was|were short|lacking|behind|weaker|down|lost_out",
            "whether|who|which ...? job|role|position|offer|post went|has_gone|had_gone|was_given"
            "|was_offered|was_awarded to",
            "I'd|I_would|I|I'll|I_will|we'd need|want|must_have|must_get|expect|require ...?"
            " proper|real|full|detailed|honest|actual|some feedback|explanation|reasons|answers",
            # What counted against them, and who was chosen instead.
            "tipped|swung|tilted the_balance|the_scales|the_decision|it against|away_from me|my",
            "counted|weighed|went|worked|told against me|my",
            "the|that person|candidate|one|applicant|hire|individual you|they|the_team"
            "|the_panel ...?"
            " went_with|chose|picked|hired|selected|appointed|offered|preferred ...? had|has|have"
            "|brought|bring|offered|offer|over|instead|rather_than|ahead_of|above|is|was"
            "|were {toq}",
            "the|that person|candidate|one|applicant|hire|individual you|they|the_team"
            "|the_panel ...? went_with|chose|picked|hired|selected|appointed|offered|preferred"
            " had|has|have|brought|bring|offered|over|instead|rather_than|ahead_of|above|that_I"
            "|which_I",
            "whether|if|was|is|were|did|does|has|had the|that person|candidate|one|applicant|hire"
            "|individual you|they|the_team|the_panel ...? went_with|chose|picked|hired|selected"
            "|appointed|offered|preferred",
            "how_many|how_many_other|how_many_more|who_else ...? candidates|applicants|people"
            "|finalists"
            "|others ...? are|were|is|still|left|through|in_the_running|shortlisted|interviewing"
            "|competing|being_considered|up_against",
            "who_else am|is|are|was I|we? up_against|competing|in_the_running|being_considered",
            "did|have I do|say|get something|anything wrong {q}?",
            "why ... I|me ...? failed|fell_short|lost_out|lost|missed_out|wasn't_enough"
            "|was_not_enough {q}?",
            # Why they were not chosen, whatever the order of the words.
            "why ... I|me ...? select*|chos*|pick*|hired|successful|unsuccessful|reject*"
            "|shortlist*|turned_down|overlooked|passed_over|not_good_enough {q}?",
            "why ... I|me ...? get|got|make|made|progress*|advanc* it|the_job|the_role"
            "|the_position|the_offer|the_post|through|further|to_the_next {q}?",
            "why did|do|would|have? you|they|the_team ...? chose|choose|picked|pick|went_with"
            "|go_with|selected|select"
            "|hired|hire|preferred|prefer|offered ...? someone|somebody|another|the_other|them|him"
            "|her|a_different else|instead|over_me? {q}?",
            # Who got the job, and what the other candidate had.
            "who ... got|get*|gets|was_given|was_offered|took|landed|won|receiv* the|this job|role"
            "|position|offer|post|place {q}?",
            "who ...? you|they|the_team ...? hir*|cho*|pick*|select*|went_with|offer*|gave"
            "|appointed {q}?",
            # The same in other words: "who did you end up going with?", "who'd you settle on".
            "who|who'd|whom|who'd|who's ...? you|ya|u|yous|ye|y'all|they|the_team|the_panel"
            "|the_committee ...? go_with|going_with|gone_with|go_for|going_for|gone_for|went_for"
            "|settle_on|settled_on|settling_on|opt_for|opted_for|opting_for|decide_on|decided_on"
            "|plump_for|plumped_for|land_on|landed_on|end_up_with|ended_up_with|award*"
            "|bring_on|brought_on|take_on|took_on|sign|signed|recruit|recruited|give_it_to"
            "|gave_it_to|given_it_to|offer_it_to|offered_it_to {q}?",
            "which|what candidate|applicant|person|finalist|one ...? you|ya|ye|yous|they|the_team"
            "|the_panel ...? go_for|went_for|go_with|went_with|choose|chose|pick|picked|hire|hired"
            "|select|selected|settle_on|settled_on|offer_it_to|appoint|appointed {q}?",
            "who|who's|who_was|who_is the lucky|successful|chosen|winning one|candidate|person"
            "|applicant|winner|hire|appointee {q}?",
            "who|whom ...? ended_up_getting|ended_up_landing|ended_up_taking|ended_up_winning"
            "|finally_got|eventually_got ...? it|the_job|the_role|the_post|the_position|the_offer"
            "|the_nod {q}?",
            "who|whom ...? got|gets|landed|was_given|was_offered|has_been_offered|ended_up_with"
            "|walked_away_with|bagged|nabbed ...? it|the_nod|the_spot|the_gig|the_offer {q}",
            "who|which the? successful|other|chosen candidate|applicant|person was|is",
            # Who was preferred, in other words: "which candidate was ultimately preferred",
            # "which applicant you favoured", "whose application was chosen".
            "which|what|whose candidate|candidacy|applicant|application|person|finalist"
            "|individual|profile ...? was|were|got|had_been|has_been|ended_up|you|they|the_panel"
            "|the_team ...? preferred|favoured|favored|chosen|selected|picked|successful"
            "|appointed|hired|recommended|shortlisted|prefer|favour|favor|chose|picked",
            "who|whom ...? was|were|had_been|has_been|you|they|the_panel|the_team ...?"
            " preferred|favoured|favored|prefer|favour|favor|rated_higher|ranked_higher"
            "|ranked_first|recommended|put_forward {toq}",
            "what|how ...? the_successful|the_other|the_chosen|the_winning|the_hired|the_selected"
            "|that|this candidate|applicant|person ...? had|has|have|did|offered|brought|showed",
            "what|how they|he|she had|has|have|offered|brought|did that|which I? didn't|did_not"
            "|don't|lack*|couldn't|could_not|wasn't|was_not",
            "what|how made|makes|set them|him|her|the_other ...? apart|better|stronger|different"
            "|stand_out",
            # Demanding feedback rather than asking for it lightly.
            "I'd|I_would|I|I'll|I_will|we'd expect|demand|require|insist_on|deserve|am_owed ...?"
            " feedback|an_explanation|explanations|a_reason|reasons|a_breakdown|a_debrief"
            "|to_know_why|to_understand_why|a_justification|justification|the_reason"
            "|the_reasons|the_reasoning|why",
            "I|I'm|I_am have_a_right|have_the_right|entitled|owed to? know|an_explanation"
            "|a_reason|reasons|the_reason|why|feedback",
            "the_name|the_identity|the_background|the_profile|the_cv|the_experience|details of?"
            " the|whoever person|candidate|applicant|individual ...? you|they|who hir*|cho*"
            "|pick*|select*|went_with|offer*|got|was_hired",
            "what|where ...? did I do|go|get ...? wrong",
            "which|what candidate|applicant|person|profile ...? was|got|has_been|were|is|had_been"
            " selected|chosen|hired|picked|appointed|successful|offered",
            "what|how did|does|do they|he|she|the_other_candidate|the_successful_candidate"
            "|the_other_person|the_successful_applicant ...? have|offer|bring|do|show that|which I"
            " didn't|did_not|don't|lacked|couldn't|wasn't|haven't",
            # Choosing someone over them: "what made you pick someone else over me?".
            "pick*|chose|choose|choos*|select*|prefer*|hire|hired|went_with|go_with|going_with"
            "|appoint*|favour*|favor* someone|somebody|another|the_other|them|him|her|whoever|a"
            "|an|the ...? else? ...? over|instead_of|rather_than|ahead_of|above me {q}?",
            "made|makes|make you|the_panel|them|the_team ...? pick|choose|go_with|select|prefer"
            "|hire|decide|appoint|favour|favor {toq}?",
            # The reason for the no, in any words: "the specific reasons I was rejected".
            "reason|reasons|grounds|reasoning|basis|rationale ...? I|my_application|my_candidacy"
            "|my_candidature|my_CV ...? was|were|wasn't|didn't ...? rejected|turned_down|declined"
            "|unsuccessful|not_selected|not_chosen|not_shortlisted|not_successful|selected|chosen"
            "|progressed|shortlisted|successful|rejected",
            "reason|reasons|grounds|reasoning|rationale|basis ...? for|behind not? selecting"
            "|choosing|picking|hiring|rejecting|turning_down|declining|shortlisting|progressing"
            "|appointing me|my|someone|somebody|another|the_other|him|her|them",
            "reason|reasons|grounds|reasoning|rationale|basis ...? for|behind the_rejection"
            "|my_rejection|this_rejection|not_selecting|not_choosing|not_hiring|not_progressing"
            "|not_shortlisting|the_decision_not_to|your_decision_not_to|the_no|this_no",
            "tell_me|explain|know|understand|ask|wondering|curious|share ...? why it|this|that was"
            "|is"
            "|'s a? no|not_me|a_rejection|a_pass|unsuccessful {q}?",
            "on what grounds|basis {rest}?",
            "can|could|would|will you ...? justify|defend|explain this|the|that|your decision"
            "|choice|rejection|outcome {q}?",
            "full|detailed|complete|proper|itemised|itemized breakdown|explanation|account|list"
            " of|on why|how|where|what",
            "why I|I'm|I_am|we ...? wasn't|was_not|am_not|weren't|didn't|did_not|couldn't good"
            "|enough|right|suitable|strong|qualified|experienced|the_right|make|measure_up|cut_it"
            "|get|progress|succeed|fit",
            "why you|they|the_panel|the_team ...? think|thought|feel|felt|believe|believed|decided"
            "|concluded|judged I|I'm|I_am|I_was|me ...? not|wasn't|isn't|am_not|was_not|wouldn't"
            "|lacked|lack|unsuitable|not_right|not_the_right",
            "what|where exactly? went|go|did_it_go|did_things_go wrong",
            "compared_to|compared_with|against|versus|vs|relative_to|next_to the|other|successful"
            "|chosen|winning|selected ...? candidate|candidates|finalists|finalist|applicants"
            "|applicant|person|people|hire|shortlist|field|others",
            "how did|do|does I|my_application|my_interview|my_performance rank|score|stack_up"
            "|fare|compare|place|measure_up|come_out {rest}?",
            "was|is it|this|that because of? my|I age|gender|accent|background|race|ethnicity"
            "|nationality|disability|qualifications|experience|lack|CV|answers|answer|salary"
            "|expectations|weren't|wasn't|didn't|was|had|don't|couldn't|am|I'm {toq}?",
            # Who was hired, and what they had.
            "who ...? was|were|got|has_been|had_been|is|gets ...? appointed|hired|chosen|selected"
            "|picked|successful|given_the_job|offered_the_role|offered_the_job|offered_the_post"
            "|the_successful_candidate|the_new_hire",
            "know|ask|tell_me|wondering|curious|wonder|share ...? who ...? got|landed|won|gets|took"
            " it|the_job|the_role|the_position|the_post|the_offer|the_spot|the_place",
            "who beat|pipped|edged|outdid|outshone me ...? to_it|out|to_the_job|to_the_role",
            "successful|chosen|other|winning|new|selected|preferred|appointed candidate's"
            "|applicant's|hire's|person's|finalist's background|experience|cv|profile|name"
            "|qualifications|credentials|details|record|identity",
            "was|were|is the|your new_hire|successful_candidate|successful_applicant"
            "|other_candidate|chosen_candidate|person_you_hired|person_you_chose|winning_candidate"
            " ...? more|better experienced|qualified|senior|skilled|suited|local|junior|cheaper",
            "did|have|had you|they ...? go_with|gone_with|went_with|hire|hired|choose|chosen"
            "|pick|picked|appoint|appointed the|a|an|someone|somebody|an_internal|the_internal"
            " ...? guy|person|candidate|woman|man|lady|one|applicant|internal|from|who|with|at"
            " {toq}?",
            "which|what candidate|applicant|person|one|finalist ...? you|they|the_panel|the_team"
            " ...? went_with|chose|picked|hired|selected|appointed|offered|preferred|decided_on",
            "who_else ...? is|are|was|were ...? in_the_process|in_the_running|left|remaining"
            "|shortlisted|on_the_shortlist|through|interviewing|under_consideration|in_contention"
            "|being_interviewed|still_in|going_for|applying|competing|up_for_it",
            "was|were|is|did the|your successful|chosen|new|winning|selected|appointed|other"
            " candidate|applicant|hire|person|one ...? internal|external|already_working|an_insider"
            "|from_inside|from_within|someone_internal|a_referral {q}?",
            "why was|wasn't|were|is|did my application|candidacy|candidature|CV|interview|profile"
            " ...? unsuccessful|rejected|turned_down|not_successful|not_progressed|declined"
            "|not_enough|fail|not_selected|not_shortlisted",
            "what_was_it|what_part|which_part|what_aspect|which_aspect|what_exactly|what_in"
            "|what_about about|of|in my {rest}?",
            "tipped|swung|tilted|tip|swing|tilt it|the_balance|the_scales|things|the_decision in"
            "|towards the_other|their|his|her|someone_else's|another|the_successful|the_chosen"
            " ...? favour|favor|direction",
            "who|whom ...? got|get|gets|landed|won|bagged|snagged the|this|that gig|spot|vacancy"
            "|opening|place|nod {q}?",
            "who|whom did|has|had the|this|that job|role|position|post|offer|gig|spot|place go"
            "|gone|went to? {q}?",
            "why ... I|me ...? didn't|did_not|couldn't|wasn't_able_to|failed_to|wouldn't make|get"
            "|reach|pass the_cut|the_shortlist|the_final|the_next_round|the_grade|the_list|through"
            " {q}?",
            "why didn't|did_not|couldn't|wasn't|weren't|don't I|we ...? make|get|reach|pass|make_it"
            "|get_through|progress|advance the_cut|the_shortlist|the_final|the_next_round|the_grade"
            "|the_list|through|further|it|the_job|the_role|the_position|the_offer|the_post {q}?",
            "please|could_you|can_you|would_you|kindly|I'd_like_you_to|I_need_you_to ...? explain"
            "|justify|share|outline|clarify|set_out the|your? reason|reasons|reasoning|rationale"
            "|grounds|basis ...? for|behind|of your|this|the|that decision|choice|rejection"
            "|outcome",
            # Who was appointed, and how they compared: 'whom you appointed', 'an internal hire'.
            "whom ...? you|they|the_panel|the_team|the_committee ...? hir*|cho*|pick*|select*"
            "|went_with|offer*|gave|appoint*|interview*",
            "was|is it|this|that an|a ...? internal|external|inside hire|candidate"
            "|appointment|applicant|person|promotion {q}?",
            "how did|does|do the|that|your other|successful|chosen|winning|selected|final"
            "|new? finalist|candidate|applicant|person|hire|appointee compare|stack_up"
            "|measure_up|differ",
            "the_name|the_identity|the_names|name|identity of the|your|that successful|chosen"
            "|other|new|winning|selected|appointed candidate|applicant|person|hire|finalist"
            "|appointee",
            "what|which ...? ruled|knocked|screened|cut|cost|sank|sunk me ...? out|the_job"
            "|the_role|the_offer|the_post",
            "is|was it someone|somebody|anyone|anybody I ...? know|might_know|would_know|know_of",
            "are|were there many|lots_of|a_lot_of|several|other|still|more ...? candidates"
            "|applicants|people|finalists ...? still|left|in_the_running|in_contention"
            "|being_considered|shortlisted|competing",
        ),
        reader_tone=True,
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
            # The doubt and its tag: "Are you sure, though?", "r u 100% sure about that??".
            r"(?i:(?:are|r)\s+(?:you|u|ya)(?:\s+(?:really|absolutely|completely|totally|quite"
            r"|definitely|100\s?%|a\s+hundred\s+percent))?\s+(?:sure|certain|positive)"
            r"(?:\s+about\s+(?:this|that|it|your\s+decision|the\s+decision|your\s+choice))?"
            r"(?:\s*,?\s*(?:though|tho|then|about\s+that|about\s+this|of\s+that|on\s+that"
            r"|on\s+this)(?!\w))?(?:\s*[?!]+)?)",
            r"(?=\w)\b(?i:(?:really\s+|very\s+|quite\s+)?(?:surprised|shocked|stunned|baffled"
            r"|puzzled"
            r"|confused|floored)\s+(?:by|at|to\s+"
            r"(?:hear|learn|read))\s+(?:this|that|the\s+(?:news|decision|outcome)"
            r"|your\s+decision))",
            r"(?i:more\s+(?:experience|qualifications|skills)\s+than\s+(?:most|the\s+others"
            r"|anyone|any\s+other|other)(?:\s+(?:people|candidates|applicants))?)",
            r"(?i:(?:more|better)\s+qualified\s+than)",
        ),
        openers=frozenset(
            {
                "are",
                "r",
                "really",
                "very",
                "quite",
                "surprised",
                "shocked",
                "stunned",
                "more",
                "better",
            }
        ),
        families=(
            "doubt_I'll|doubt_I_will|I'll_never|I_will_never|I_won't_be|I_will_not_be"
            "|I'm_not_going_to"
            "|I_wouldn't ...? apply*|recommend*|consider*|bother*|work* ...? again|anymore"
            "|in_future|ever",
            "my|the scores|score|marks|ranking|rankings|results|ratings|assessment against|versus"
            "|vs"
            "|compared_with|compared_to|relative_to|next_to the|other|those",
            "I'd_like|I_would_like|I_want|please_send|send_me|give_me|I_need"
            "|I'd_appreciate a|the? full|complete|detailed|proper? breakdown|copy|list"
            "|record of my|the scores|marks|scoring|results|ratings|assessment|evaluation"
            "|notes",
            "could|can|would you at_least|at_the_very_least tell|say|explain|let_me_know|give me?",
            "what|how the|that? other|successful|winning|chosen? finalist|candidate"
            "|applicant|person did|had|has|brought|offered|does better|differently|more",
            # Calling the decision unfair or wrong.
            "don't|do_not think|believe|feel ...? that's|this_is|it's|it_is|that_is|it_was"
            "|this_was|the_decision_is|the_decision_was fair|right|justified|correct|just",
            "that's|this_is|it's|it_is|that_is|this_was|it_was|the_decision_is|the_decision_was"
            " unfair|unjust|not_fair|not_right|wrong",
            "isn't|wasn't|is_not|was_not|hardly fair|justified|just",
            # "Right" only of the decision: "if the timing isn't right" is a courtesy.
            "that|this|it|decision|outcome|choice|result isn't|wasn't|is_not|was_not|hardly right",
            # Doubting or disputing the no.
            "are|were you sure|certain|positive ...? about? this|that|the|your? decision|choice"
            "|outcome? {q}?",
            "there ... some|a|an mistake|error|misunderstanding|mix-up|mixup|oversight",
            "you|you've|you're|you_have|you_are|you'll_be|you'd_be|you_would_be|you_will_be"
            "|you_may_be|you_might_be made|make|making|are_making|have_made a|the|an|such_a ...?"
            " mistake|error|wrong_call|wrong_decision|wrong_choice|misjudgement|misjudgment here"
            "|there|with_this|with_me?",
            "this|that|it is|was|seems|'s a|the mistake|wrong_decision|wrong_call",
            "please? reconsider* my|your|the|this application|candidacy|candidature|decision|me|it"
            "|choice",
            "find|found|finding this|that|the|your decision|outcome|news|rejection hard|difficult"
            "|impossible to accept|understand|believe|swallow",
            "decision|outcome|rejection is|was hard|difficult|impossible to accept|understand"
            "|believe|swallow",
            "you've|you_have|you|they|the_panel|the_team|the_committee ...? overlooked|ignored"
            "|underestimated|undervalued|dismissed|discounted|failed_to_see|didn't_see"
            "|did_not_see|didn't_consider|did_not_consider|misjudged|misread|failed_to_recognise"
            "|failed_to_recognize my|what_I ...? experience|skills|record|track_record|background"
            "|results|qualifications|expertise|ability|abilities|potential|value|strengths",
            "I|I've|I_have|I_had ...? performed|did|interviewed|presented|answered|scored|fared"
            " better|stronger than"
            " the_others|the_other_candidates|anyone|anybody|everyone|the_rest|other_candidates"
            "|others|them|the_other_applicants",
            "you|you've|you_have|the_panel|the_team|they|the_committee|your_team ...? got|get"
            "|have_got this|it|the_decision|that|me wrong",
            "that's|this_is|it's|this_was|that_was ...? a|an|the ...? big|huge|serious|grave"
            "|terrible|real|costly|massive mistake|error|misjudgement|misjudgment",
            "mistake|error|misjudgement|misjudgment on_your_part|by_you|by_your_team",
            "you'll|you_will|you'd|you're_going_to be_sorry|live_to_regret",
            "appeal|challenge|contest|dispute|overturn|question|appealing|reverse|revise|rethink"
            " the|this|your decision|outcome|result|rejection",
            "you|u|you_guys|u_guys|y'all|ya'll|your_team|your_company|the_company|they ...? are"
            "|'re|r|will_be|'ll_be|would_be missing_out|the_ones_missing_out|losing_out",
            "you're|youre|ur|your missing_out|losing_out",
            "surprised|shocked|stunned|baffled|puzzled|confused|floored by|at|to_hear|to_learn"
            "|to_read|with this|the|your news|decision|outcome|result|response|rejection|feedback",
            "anyone|anybody|someone|somebody|they|he|she|the_other_candidate"
            "|the_successful_candidate could|would|might|can be|have_been ...? more|better"
            " qualified|suited|experienced|skilled|prepared",
            "you|you'll|you'd|you_will|you_would|u|u'd|ya|ye|ye'd|yous|youse|yous'd|y'all|ya'll"
            "|yall|you_guys|u_guys|you_lot|you_all|you_people|youse_guys|yiz|yez|yinz ...?"
            " reconsider*|rethink|think_again|re-think|re-consider|think_about_it_again"
            "|take_another_look|have_another_look|look_again|look_at_it_again|give_it_another_look"
            "|give_me_another_look|give_me_another_chance|give_my_application_another_look"
            "|revisit_it|revisit_this|revisit_the_decision|revisit_your_decision|review_it_again"
            "|look_over_it_again about? it"
            "|this"
            "|that|your_decision|the_decision|your_choice|me|my_application|my_candidacy?",
            "much|far|way|a_lot|significantly? more|better experience|experienced|qualified"
            "|skilled|suited|skills|qualifications than|compared_to most|anyone|the_others"
            "|the_other|other|any|them|him|her|whoever|the_person|the_successful people|candidates"
            "|applicants|others?",
            "I thought|felt|believed|was_sure|was_certain ...? the|my? interview|interviews|it"
            "|things ...? went|had_gone ...? well|great|perfectly|brilliantly",
            "better|stronger|more_suitable|more_qualified|more_experienced|more_capable fit"
            "|candidate|hire than whoever|the_person|the_candidate|anyone_else|the_other|the_others"
            "|other_candidates|the_successful|the_one_you|the_person_you",
        ),
        reader_tone=True,
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
            r"[Ww](?<!\w[Ww])(?i:hen\s+(?:can|could|might|will|would|shall|should"
            r"|do)\s+I\s+(?:expect|hear|know|get"
            r"|receive|find\s+out)[^.!?\n]{0,80}\?"
            # ... and the date the writer suggests after it: "When will I know? Tomorrow?"
            rf"(?:[ \t]+(?:{_WHEN}|by\s+{_WHEN}|soon|this\s+week)[ \t]*\?+)?)",
            r"[Ww](?<!\w[Ww])(?i:hen\s+will\s+(?:you|a\s+decision)\s+(?:decide|be\s+made"
            r"|make\s+(?:a|your)\s+decision|be\s+(?:making|reaching|taking)\s+(?:a|your|the"
            r"|any)\s+decision|be\s+deciding|reach\s+(?:a|your)\s+decision|come\s+to\s+(?:a"
            r"|your)\s+decision)[^.!?\n]{0,80}\?"
            rf"(?:[ \t]+(?:{_WHEN}|by\s+{_WHEN}|soon|this\s+week)[ \t]*\?+)?)",
        ),
        openers=frozenset({"have", "look", "looking", "hope", "hoping", "when"}),
        families=(
            "did|have I get|got|landed|secured it|the_job|the_role|the_position|the_offer {q}",
            # A yes or no demanded: "I'd appreciate a quick yes or no", "just a simple yes/no".
            # Impatience for the answer: "I'm really eager to hear back from you".
            "eager|anxious|impatient|dying|desperate|itching|can't_wait|cannot_wait|can_not_wait"
            " to hear|get|find_out|learn|know back|from_you|the_outcome|the_result|the_results"
            "|the_news|your_answer|the_answer|whether|if|one_way_or_the_other",
            "appreciate|need|want|like|expect|require|get|have|give_me|send_me|just|simple|quick"
            "|straight|clear|plain a? quick|simple|straight|clear|plain|firm? yes_or_no|yes/no"
            "|yes-or-no|yay_or_nay|answer_either_way|answer_one_way_or_the_other",
            "intimate|intimating me|us? the|my? result|outcome|decision|status|selection",
            "decision|answer|offer|outcome|verdict ...? will|would|should be? forthcoming",
            "what's|what_is|so_what's the|your verdict|decision|outcome {q}",
            "until_when|till_when|by_when I will|shall|can|would receive|get|have|hear your|the|a"
            " decision|answer|result|verdict",
            "wrap|wrapping|close|closing|tie|tying this|things|it|matters|everything up|off ~? on"
            " your side|end",
            "reached|made|come_to|arrived_at a|the|your conclusion|decision|verdict ...? by_now|yet"
            "|already",
            "kept|keep|keeping|leave|left|leaving me|us? in suspense|limbo",
            "appreciate|like|expect|request|welcome a|an|your prompt|quick|speedy|swift|fast|rapid"
            "|early|immediate decision|verdict",
            "let_me_know|tell_me|inform_me|update_me either_way|one_way_or_the_other"
            "|one_way_or_another"
            " soon|asap|quickly|shortly|promptly|this_week|today",
            "confirm|tell_me|let_me_know|inform_me whether|if I've|I_have|I_was|I_am|I'm|I been?"
            " successful|selected|chosen|hired|through|shortlisted",
            "confirm my selection|hiring",
            "waiting|awaiting ...? for? your|the final decision|verdict|selection",
            # The writer waiting on their answer: "I will be waiting for your feedback".
            "I'll|I_will|I_shall|I'm|I_am|I'd|I_would|I_remain|I'll_remain|I_will_remain be?"
            f" waiting|awaiting|await for|on? your kind|valued|esteemed|good? {_AWAITED}",
            "wait|waiting to hear|know|find_out that? I|I've got|get|landed|won|been_selected"
            "|made_it ...? it|the_job|the_role|the_offer|the_position?",
            "decided|decision on|about the? {name}? role|position|job|post|vacancy yet {qq}",
            "your positive|favourable|favorable response|reply|answer|decision|outcome|news",
            # Asking what they have decided, in other words.
            "I'm|I_am|I ...? eager|keen|anxious|excited|waiting|dying|impatient to hear|know|learn"
            "|find_out what|how|whether|if you|your? decide*|decision|outcome|result",
            # ... with or without who it comes from: "I hope to hear back from you very soon".
            # ... with how soon said another way: "I'm hoping to hear back real soon!"
            "I'm|I_am? hoping|hope|hoped to hear|hear_something|hear_anything back? from_you"
            "|from_the_team|from_you_all|from_the_panel|from_someone? real_soon|real_quick"
            "|pretty_soon|super_soon|right_soon|any_day|any_day_now|quick|quickly|in_no_time"
            "|sooner_than_later|ASAP",
            # When the offer or the decision will come: "So when would an offer be coming
            # through?", "when the decision is likely to be made?"
            f"when would|will|might|could|should|shall|can|do|does|is|are {_AWAITED_ONE} ...?"
            f" be? {_ARRIVES} {{toq}}",
            f"when would|will|might|could|should|shall|can|do|does|is|are {_DECIDED_ONE} ...?"
            f" be? {_ARRIVES} {{toq}}",
            f"when|whether {_AWAITED_ONE} might|will|would|could|is_likely_to|is_going_to ...?"
            f" be? {_ARRIVES} {{toq}}",
            f"when|whether {_DECIDED_ONE} might|will|would|could|is_likely_to|is_going_to ...?"
            f" be? {_ARRIVES} {{toq}}",
            "I'm|I_am? hoping|hope|hoped to hear|hear_something|hear_anything back? from_you"
            "|from_the_team|from_you_all|from_the_panel|from_someone? soon|shortly|quickly"
            "|promptly|asap|before_long|sooner_rather_than_later",
            "looking_forward|look_forward|hoping|hope|expecting|awaiting|await|waiting to? your?"
            " hear"
            "|hearing|reply|response|answer ...? soonest|at_the_earliest|at_your_earliest"
            "|forthwith|urgently",
            "hearing|hear your|the decision|verdict|answer|outcome soon|shortly|quickly?",
            "could|can|would|will|please? you? tell_me|let_me_know|inform_me|confirm if|whether I"
            "|I've|I'm got|get|getting|succeeded|successful|have_got the|this? job|role|position"
            "|offer|it?",
            "did|do|have|will I get|got|land*|win the|this? job|role|position|offer|it {q}?",
            "has|have a_decision|you|they|the_team ...? decided|been_made|made_a_decision|chosen"
            "|picked yet? {q}",
            "how_soon|how_quickly will|can|could|might|would|do you|the_team|a_decision|I|we ...?"
            " decide|know|make|have|let|get|reach|come_to|hear {toq}",
            "if|whether I|I've|I_have made_it|make_it|passed|progressed|advanced|moved_forward"
            "|got_through|went_through|am_through|was_successful|was_selected|was_shortlisted"
            "|have_been_selected|have_been_shortlisted {rest}?",
            "hopefully|hoping|hope|fingers_crossed|praying ...? with|for good_news|positive_news"
            "|a_yes|an_offer|the_offer|a_positive_outcome|a_positive_answer|the_job"
            "|the_good_news",
            "can't|cannot|couldn't wait to? hear|know|find_out|learn your|the|if|whether|what"
            " ...? decision|decide*|answer|outcome|verdict|result|news|got|get",
            "expect* to? receive|get|hear_about|see|have an|a|your|my offer|decision|answer"
            "|contract|yes",
            "hoping|hope|hoped to? receive|get an|your|a offer|yes",
            "hope|hoping|hoped to? hear|receive|get good|positive|great|happy news|tidings",
            "waiting|awaiting|await eagerly|anxiously|impatiently|keenly|with_bated_breath",
            "expecting|expect|await|awaiting your|a|an decision|answer|reply|offer|yes by",
            "hear|hearing from_you? with an|the|your|good offer|news|yes|decision",
            "made_up|make_up your|their mind|minds",
            "made|reached|taken|make a|the|your call|decision|choice yet? {qq}",
            "appreciate|like|love knowing|to_know|hearing|to_hear soon|quickly|shortly|asap"
            "|promptly",
            # Demanding the decision itself, or certainty: 'a straight answer', 'by return'.
            "need|want|require|deserve|expect|demand|appreciate|like a|an|some straight|direct"
            "|honest|definitive|definite|final|firm|proper|plain|straight-up|unambiguous answer"
            "|decision|yes_or_no|response|reply|verdict|outcome",
            "whether|if I've|I_have|I_had been successful|unsuccessful|selected|shortlisted"
            "|chosen|hired",
            "confirm|advise|revert|respond|reply|inform|update|let_me_know|outcome|status|result"
            "|apprised|informed|notified|updated ~ by_return|by_return_of_post|by_return_email",
            "apprised|informed|notified|advised ~? of the|my outcome|result|decision|status ~?"
            " at_the_earliest|forthwith|soonest|at_your_earliest|asap|promptly|immediately",
            "is|so_is|was|will it a? yes or a? no",
            "yes or a? no {q}",
            "tell|give me|it straight|straight_up|like_it_is|bluntly|plainly|without_sugar-coating",
            "no sugar-coating|sugarcoating|sugar_coating",
            "where do|does|did I stand {q}",
            "communicate|share|send|convey|intimate|release|declare|announce the|my final? result"
            "|results|outcome|decision|verdict|status ~? at_the_earliest|asap|soonest"
            "|at_your_earliest|immediately|urgently|promptly|quickly|forthwith|by_return",
            "I|I_will|I_would|I_shall|I_do require|demand|insist_on written|formal|official?"
            " confirmation|notification|notice|word of? the|my? outcome|result|decision",
            "even|just|if_only off_the_record|unofficially|informally|between_us"
            "|between_you_and_me|on_the_quiet|on_the_down-low",
            "heads-up|heads_up|hint|steer|tip-off|whisper on|about|as_to whether|if I made|got"
            "|passed|am|I'm|I've",
            "can|could|would|will you guarantee|promise|assure_me I'll|I_will|I hear|get|have"
            "|receive|know",
            "need* to know|to_hear one_way_or_the_other|one_way_or_another|either_way|yes_or_no"
            "|for_sure|for_certain",
            "get_back|revert|come_back|write_back|reply|respond|return to? me? with the|my|your"
            " outcome|decision|result|verdict|answer",
            "grateful|thankful|obliged|appreciate ~ favourable|favorable|positive reply|response"
            "|answer|decision|outcome",
            "favourable|favorable|positive reply|response|answer|decision|outcome ~?"
            " at_the_earliest|soonest|at_your_earliest|asap|promptly|quickly",
            "chance|hope|possibility|prospect of|for a|an yes|offer|decision|answer|verdict"
            " before|by|this|today|tomorrow|tonight|soon|next",
            "await|awaiting your|the determination|verdict|ruling|adjudication|pronouncement",
            "await|awaiting your|the decision ~? in_due_course",
            # The yes or no pressed for: 'Am I still in the running or not?', 'did I make the cut?'.
            "am|are|is I|we|my_application ~ or not {q}",
            "did|have|do I make|made the? cut|it|grade|shortlist|final_round ~? {q}",
            "or what {q}",
            # The decision asked of them, or where the writer ranks.
            "could|can|would|will you|u decide|make_a_decision|make_your_decision"
            "|reach_a_decision|come_to_a_decision|make_up_your_mind ~? {when}",
            "could|can|would|will you|u decide|make_a_decision|make_your_decision"
            "|reach_a_decision|come_to_a_decision|make_up_your_mind soon|quickly|faster|sooner",
            "whether|if I'm|I_am the|your preferred|top|first|leading|favourite|favorite"
            "|number_one|strongest|main candidate|choice|pick|option",
            "am|are I|we ~? first|top|preferred|number_one|second|backup|back-up choice|pick"
            "|candidate|option",
            "give|send|provide me|us a|an|your straight|direct|definitive|definite|final|firm"
            "|proper|plain|clear answer|decision|yes_or_no|verdict",
            "want|need|deserve|demand|have_a_right to know where I|we stand|things_stand"
            "|my_application_stands",
            # The status or a positive reply asked for.
            "advise|update_me|inform_me|revert|confirm|share on|about|regarding|with? my|the"
            " selection_status|application_status|final_status|selection|result|outcome",
            "hoping|hope|hoped|awaiting|expecting|anticipating|looking_forward_to"
            "|in_anticipation_of|in_expectation_of for? a|an|your positive|favourable|favorable"
            " reply|response|answer|outcome|revert",
            # A decision presumed made by now: "Surely a decision has been reached?"
            "surely|presumably|doubtless|undoubtedly ...? a|the|some|your decision|verdict|choice"
            "|outcome|selection|call ...? has|have|must|should|'s|is been? reached|made|taken"
            "|decided|settled|final|done|in",
            "surely|presumably ...? you|the_panel|the_team|they|someone ...? has|have|must|should"
            "|'ve have? decided|chosen|picked|made_a_decision|reached_a_decision|made_up_your_mind"
            "|come_to_a_decision",
            "decision|verdict|choice|outcome must|should|ought_to have_been|be made|reached|taken"
            "|decided|in ...? by_now|already|at_this_point|at_this_stage",
            "decided|chosen|picked|been_made|been_reached|been_taken|finalised|finalized"
            "|concluded ...? by_now|by_this_point|by_this_stage",
            "you|the_panel|the_team|they must|should|ought_to have decided|chosen|picked"
            "|made_a_decision|reached_a_decision|made_up_your_mind ...? by_now|already"
            "|at_this_point|at_this_stage",
            # The decision asked for in other words: 'what you've decided', 'with the verdict'.
            "what you've|you_have|the_panel|the_panel_has|the_team|the_team_has|they've|they_have"
            "|you decided|chosen|picked|concluded|settled_on",
            "drop_me_a_line|send_me_a_note|shoot_me_an_email|flick_me_a_message|give_me_a_shout"
            "|drop_me_an_email|ping_me|message_me|text_me|email_me|get_back_to_me ~? with the"
            "|your verdict|decision|answer|outcome|result|final_answer",
            "forward|expecting|awaiting|hoping_for to? the|your|some|hearing good|great|positive"
            "|happy|exciting news|tidings|outcome",
            "hoping|hope|hoped to? get|receive|see that|the|an|your|my offer_letter|offer"
            "|contract|yes",
            "favoured|favored|blessed|graced|honoured|honored with a|an|your positive|favourable"
            "|favorable|kind|early|prompt response|reply|answer|decision|outcome",
            "waiting|awaiting ...? on your|the final? decision|verdict|answer|word|call|response"
            "|reply|say",
            "whether|if I|I've|I_have made|make|passed|got_through the cut|grade|shortlist"
            "|next_round|final_round|next_stage",
            # Good news hoped for: "I hope to hear some good news from you very soon".
            "hope|hoping|hoped|looking_forward|look_forward|trust|await|awaiting|praying|wish"
            "|wishing to? hear|hearing|receive|receiving|get|getting|read|reading some|any|the"
            "|a_bit_of? good|positive|great|happy|favourable|favorable|encouraging|exciting"
            "|welcome news|tidings|word",
            "hope|hoping|here's_hoping|fingers_crossed it's|it_is|it'll_be|it_will_be|the_news_is"
            " good_news|a_yes|positive_news|an_offer|positive|favourable|favorable",
        ),
        reader_tone=True,
    ),
    Rule(
        id="punctuation",
        kind="match",
        severity="warning",
        section="avoid/#pushy",
        message=("Stacked punctuation {found} reads as impatience; one question mark is enough."),
        # Not after "any update", where ``pushy`` already marks "any update?!" as a whole.
        patterns=(
            r"(?<!(?i:any update))(?<!(?i:any updates))(?<![?!？！])"
            r"(?!(?<=[ \t])(?:[?？][?!？！]+|[!！]+[?？][?!？！]*)[ \t]+[a-z])"
            r"(?:[?？][?!？！]+|[!！]+[?？][?!？！]*)",
            # Dots run into a question or an exclamation: "Is the role still open....?"
            r"(?<![.])\.{2,}[?？!！]+",
        ),
        lead_words=3,
        reader_tone=True,
    ),
    Rule(
        id="going_around",
        kind="match",
        severity="warning",
        section="avoid/#too-many",
        message=(
            "Going around the person running the process {found}: check-ins go to whoever gave "
            "you the timeline, and one person owns the decision."
        ),
        families=_GOING_AROUND,
        reader_tone=True,
        # LinkedIn has around_the_process; before an answer, by email.
        channels=frozenset({"email"}),
        stages=WAITING,
        without_stage=False,
    ),
    Rule(
        id="turning_up",
        kind="match",
        severity="warning",
        section="avoid/#too-many",
        message=(
            "Turning up in person {found} to chase a decision puts them on the spot; one check-in "
            "by email is enough."
        ),
        families=(
            "intend_to|plan_to|planning_to|going_to|will|I'll|shall|I_shall|I'd_like_to|hoping_to"
            "|thought_I'd|I_may|I_might|gonna|I'm_going_to ~? visit|drop_by|drop_in|drop_into"
            "|pop_in|pop_by|pop_into|stop_by|stop_in|swing_by|come_by|come_in|come_round|pass_by"
            "|call_in|call_by|call_at|turn_up|show_up|head_over|come_over ~? at|to|into|by? your"
            "|the ~? office|offices|site|building|branch|HQ|headquarters|premises|reception"
            "|front_desk|desk|store|clinic|hospital|school|campus",
            "dropping_in|dropping_by|popping_in|popping_by|popping_into|stopping_by|swinging_by"
            "|coming_by|calling_in|calling_by|passing_by|heading_over|turning_up|showing_up to|at"
            "|into|by? your|the ~? office|offices|site|building|branch|HQ|headquarters|premises"
            "|reception|front_desk|desk|store|clinic",
            "popped|dropped|stopped|swung|called|waited|hung_around|loitered in|into|by|round|at"
            "|outside|in_at|by_at your|the? reception|front_desk|office|offices|building|lobby"
            "|foyer|HQ|premises|desk",
            "waited|hung_around|loitered|lingered|hung_about outside|in_reception|in_the_lobby"
            "|by_your_office|by_your_desk|by_the_lift|at_the_door",
            "catch|grab|corner|ambush|doorstep you ~? in_person|face_to_face|after|outside"
            "|in_the_corridor|at_the_office|for_a_minute|for_a_moment|for_five_minutes",
            "get|have|hear an|the|your answer|decision|update|word|verdict face_to_face|in_person",
            # Something left in person to chase: "I left a handwritten card at your front desk".
            "left|dropped|dropped_off|handed_in|delivered|popped|brought|hand-delivered|posted"
            " ...? card|note|letter|copy|CV|resume|résumé|gift|parcel|package|envelope|portfolio"
            " ~? at|with|on|to|through your|the ~? front_desk|reception|receptionist|office|desk"
            "|door|doorstep|building|lobby|security|letterbox|mailbox",
            # A visit in other words: 'I might swing past your office', 'wait in reception'.
            "swing|swinging|pop|popping|drop|dropping|nip|nipping|come|coming|call|calling|stop"
            "|stopping|walk|walking|head|heading|wander|wandering past|round|over|down|along"
            "|across|in_person to? your|the ~? office|offices|building|site|branch|HQ"
            "|headquarters|reception|premises|desk|front_desk|store|clinic|school|campus",
            "come|coming|pop|popping|nip|nipping|drop|dropping|call|calling in|by|round"
            "|over? in_person|face_to_face|personally to? ask|check|wait|hear|find_out",
            "wait|waiting|sit|sitting|hang_around|hang_about|camp|camping in|at reception"
            "|the_lobby|the_foyer|your_office|the_front_desk|the_waiting_room"
            "|your_building ~? until|till|for|in_case",
        ),
        reader_tone=True,
        stages=frozenset({"check_in", "final_follow_up", "answer_delay", "competing_offer"}),
        without_stage=False,
    ),
    Rule(
        id="no_grace",
        kind="match",
        severity="warning",
        section="timing/#grace",
        message=(
            "Writing the moment their date has passed {found} leaves them no grace; dates slip, so "
            "check in a day or two after it."
        ),
        families=(
            "decide|decision|hear|hear_back|back|answer|outcome|date|deadline|timeline|day ~? by"
            "|on|was|passed|ended|expired|closed yesterday|last_night|this_morning|at_midnight"
            "|an_hour_ago|hours_ago|earlier_today",
            "end_of_play|close_of_business|close_of_play|end_of_day|COB|EOD|midnight|5pm"
            " yesterday|last_night",
            "yesterday|last_night was the|your day|date|deadline|cut-off",
            "the_moment|the_minute|the_second|the_instant|the_hour|right_on_cue|on_the_dot ~? the"
            "|your? date|deadline|timeline|two_weeks|fortnight|week ~? ticked|passed|expired"
            "|ran_out|was_up|were_up|are_up|ended|came|hit|over",
            "morning|minute|hour|moment|instant after|following your|the stated|given|agreed"
            "|promised? date|deadline|cut-off",
            "following|follow|writing|reaching|checking up|out|in? right_away|straight_away"
            "|immediately|first_thing|at_once|this_very_morning",
            "hour|hours|minutes past|after the|your close_of_business|deadline|date|cut-off"
            "|end_of_day|end_of_play",
            "as_of|since|from|at midnight|12am|00:00",
            "it's|it_is|it's_now|now the morning|dawn|first_hour after|of|following",
            "passed|ended|finished|expired|lapsed|closed|ran_out|was_up ~? hours|minutes|an_hour"
            " ago",
            # The date passed only today: "As the deadline you gave passed at 5 pm today".
            "passed|ended|finished|expired|lapsed|closed|ran_out|was_up ~ today|tonight"
            "|this_morning|this_afternoon|this_evening|last_night|an_hour_ago",
            "deadline|date|cut-off was|passed|ended yesterday|last_night|Thursday|Friday|Monday"
            "|Tuesday|Wednesday it's|it_is|today_is|today's|and_it's|now Friday|Saturday|Monday"
            "|Tuesday|Wednesday|Thursday|the_next_day|the_day_after",
        ),
        reader_tone=True,
        stages=frozenset({"check_in"}),
        without_stage=False,
    ),
    Rule(
        id="asked_not_to_chase",
        kind="match",
        severity="warning",
        section="timing/#reminder",
        message=(
            "They asked you not to chase {found}: when they said they'll be in touch, the "
            "thank-you is your only message."
        ),
        families=(
            "no_need|not_to|needn't|need_not|shouldn't|should_not|do_not|don't|asked_us_not_to"
            "|asked_me_not_to|told_us_not_to|told_me_not_to|please_do_not|please_don't to?"
            " follow_up|chase|check_in|write|email|contact_us|contact|get_in_touch|reach_out",
            "sit|sitting tight|it_out ~? not_great|bad|terrible|can't|couldn't|here's|but|anyway",
            "not_great|bad|terrible|hopeless|useless at sitting|waiting|sitting_tight"
            "|being_patient",
            "doing_it|writing|asking|checking_in|following_up|chasing|emailing|writing_to_you"
            " anyway|regardless|all_the_same|nonetheless|nevertheless",
            "make|making an exception|bend the|your|that|this? rule|rules|policy|it",
            # Asking for the rule to be bent: "I hoped you'd make an exception", "bend it".
            "make|making|made an exception|allowance",
            "bend|bending|waive|waiving the|your|that|this? rule|rules|policy|it",
            "stretch|stretching|relax|relaxing|break|breaking the|your|that|this? rule|rules"
            "|policy",
            "exception|exceptions for me|in_my_case|just_this_once|this_once",
            "despite|even_though|although your|you note|message|email|policy|request|instruction"
            "|said|told|asked|mentioned",
            "ignore|ignoring|disregard|disregarding|going_against|go_against your|the|their"
            " request|instruction|policy|note|rule|advice|wishes",
            "safe|better than sorry",
        ),
        reader_tone=True,
        stages=frozenset({"check_in", "final_follow_up"}),
        without_stage=False,
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
        lead_words=12,
    ),
    Rule(
        id="shouting",
        kind="shouting",
        severity="warning",
        section="avoid/#tone",
        message="Words in capitals {found} read as shouting; write them in normal case.",
        ignore=ACRONYMS,
        loud=LOUD_WORDS | _MORE_LOUD,
        common=COMMON_WORDS | _MORE_COMMON,
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
        stages=frozenset(STAGE_IDS)
        - {"accept_offer", "decline_offer", "withdraw", "reply_rejection"},
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
            r"(?=\w)\b(?i:(?:a\s+)?(?:big|great|huge|good|major|important|next|natural|logical"
            r"|real)"
            r"\s+step\s+(?:for|in|forward\s+in|up\s+in)\s+my\s+career)",
            # Wanting to join them, with the request to connect that rides on it: "I'd love to
            # join Arden Structures. Please connect!"
            r"(?=\w)\b(?:(?i:I['’]d|I\s+would|I['’]m|I\s+am|would)\s+)?(?i:really\s+|so\s+)?(?i:love|like"
            r"|want|keen|eager|dying|hoping)\s+to\s+(?i:join|work\s+(?:at|for|with)|be\s+part\s+of)"
            r"\s[^.!?\n]{1,60}[.!,;]+[ \t]+(?i:please\s+|pls\s+|do\s+)?(?i:connect|add\s+me"
            r"|accept(?:\s+my\s+(?:request|invite|invitation))?)[ \t]*[.!]*",
        ),
        openers=frozenset(
            {"a", "big", "great", "huge", "good", "major", "important", "next", "natural"}
            | {"logical", "real", "i", "would", "love", "keen", "eager"}
        ),
        families=(
            "the|a|my biggest|largest|huge|massive|next|real|great step|leap|move|boost up? ~"
            " of|in|for my whole? career|life",
            "right|perfect|ideal|natural|logical|obvious? next step|move|chapter for me"
            "|in_my_career"
            "|for_my_career",
            "has|have|had always? been|was|is my dream|ambition|goal|aspiration|life's_goal",
            "dream* of|about working at|for|with|joining",
            # Joining them as the writer's dream: "Would be a dream to join your studio", "a
            # dream come true to work with you".
            "dream|dream_come_true|dream-come-true to|if_I_could|if_I_got_to|if_I_get_to join"
            "|work|be_part_of|be_a_part_of|be_on|be_in|land|get|be_hired_by|be_hired_at"
            "|be_picked|be_chosen",
            # What the job would do for the writer, in any words.
            "a|an? massive|huge|big|great|real|major|giant|significant|important step_up|leap|boost"
            "|stepping_stone|springboard|break|launchpad|leg_up|career_move for|to me|my",
            "start*|launch*|begin*|kick*_off|build*|grow*|develop*|further* my career",
            # Wanting to work there, however strongly.
            "I'd|I_would|I|I'm love|like|want|dying|eager|keen|hoping|hope to work at|for {name}?",
            "I'd|I_would|I|I'm love|want|dying|hoping|hope to join {name}?",
            # Wanting in, however it is said: "I'd really, really love to be part of it", "would
            # be thrilled to come on board", "I'm keen to be a part of the team".
            "I'd|I_would|I|I'm|I_am|would|would_be|I'd_be|I_would_be|I'd_just|I_just love|like|want"
            "|dying|keen|eager|hoping"
            "|hope|thrilled|delighted|excited|desperate to be_part_of|be_a_part_of|be_on|be_among"
            "|join|come_aboard|come_on_board|get_on_board|be_involved_in|be_in_on it|this|that"
            "|the_team|your_team|the_studio|your_studio|the_firm|your_firm|the_project|the_journey"
            "|what_you're_building|what_you_are_building|all_of_it|it_all|the_practice|the_crew",
            # What the job would do for the writer.
            "would|will|could|it'd|it'll|that'd be|mean|do|give ...? huge|big|great|massive"
            "|important|significant|amazing|wonderful|fantastic|life-changing|game-changing"
            "|game-changer|deal|step|step_up|boost|dream|wonders|so_much|a_lot|springboard"
            "|stepping_stone|launchpad|leg_up|win for|to|in my career|CV|resume|résumé|development"
            "|growth|future"
            "|prospects|profile",
            "boost*|advanc*|accelerat*|kickstart*|jumpstart*|jump-start*|elevat*|fast-track*"
            "|launch*|further_my|furthering_my my? career|CV|resume|prospects",
            "would|will|could|it'd|it'll|that'd|it_would|this_would|this_job_would ...? change"
            "|transform|turn_around|save my life|career|future|family's_life|world",
            "my|a dream job|company|role|employer|position|workplace",
            # What the job would set the writer up for: "would really set me up career-wise".
            "would|will|could|it'd|it'll|that'd|that_would|this_would|should|it_would set|sets"
            " me up career-wise|careerwise|career_wise|for_life|for_my_career|for_the_future"
            "|professionally|nicely|for_good|long-term",
            "great|good|huge|big|amazing|brilliant|massive|perfect|ideal|right|best|smart|wise"
            " for_me|move|step|fit|opportunity career-wise|careerwise|career_wise",
            "look|looks|would_look great|good|amazing|impressive|fantastic|brilliant on my CV"
            "|resume|résumé|LinkedIn|profile",
            "a|the|my ...? step|move|stepping_stone|progression for|in|forward_in|up_in|toward"
            "|towards my career",
            # Asking how soon the job leads to the next one.
            "how soon|quickly|fast|long_until|long_before|long_it_takes I|I'd|one|someone"
            " could|can|would|might|will? be|get promoted|promotion|moved_up|move_up|progress",
            # Pleading to be accepted as a connection.
            "please|pls|plz accept|approve my|this|the|our? connection? request|invitation|invite",
            # What the job does for the writer: "such a great step for me".
            "great|big|huge|massive|major|amazing|fantastic|brilliant|real|giant|important"
            " step|leap|boost|jump|move|stepping_stone|stepping-stone|springboard"
            " for|in me|my_career|my_development|my_CV|my_resume|my_growth",
            # Wanting the job itself, and what it is worth to the writer: "I would really, truly
            # love this job", "make sure it's worth my while", "what's in it for me".
            "I'd|I_would|I|I'm|I_am love|adore|want|crave this|the job|role|position|post|gig",
            "I'd|I_would like|enjoy this|the|that job|role|position|post|gig {end}",
            "I'd|I_would|I'll|I_will|I_think_I'd|I_know_I'd|I_think_I'll|I_know_I'll|I_feel_I'd"
            "|I_think_I_would|I_know_I_would enjoy|love|like it|this|the_job|the_role|this_job"
            "|this_role|working_there|working_here|working_with_you {end}",
            "worth my|our while",
            "what's|what_is|what_would_be|what_will_be in it for me|us",
            "worth it|the_move|the_switch|the_jump|the_change|the_risk|leaving for me|us",
            "make|makes|making financial|economic sense for me|us",
            # What the job would add to the writer's career: "the break my career needs", "the
            # next rung on the ladder", "open a lot of doors for me", "tick all my boxes".
            "break|boost|lift|push|leg_up|step_up|shot_in_the_arm|change|kick my career|CV|résumé"
            "|resume|profile needs|needed|deserves",
            "next|higher rung on|of|up the|my? career? ladder",
            "open|opens|opening ...? doors for me",
            "tick|ticks|ticking all my boxes",
            "permit*|allow*|enabl*|let|lets me to? develop|grow|build|improve|expand|hone|sharpen"
            " my competences|competencies|skills|skillset|knowledge|abilities|career|profile",
            "for my personal|professional|own development|growth|benefit|advancement|progression",
            "I'd|I_would|I|I'll|I_will get|gain so_much|a_lot|loads|heaps|tons|plenty out_of",
            "exactly|just|precisely what I want|need next",
            "been waiting|hoping|looking|searching years|ages|forever|so_long for",
            # The job as the writer's escape, prize or polish: "the making of me", "my ticket
            # out", "the title I've been chasing", "grow my personal brand", "the glow-up my CV
            # needs", "get back on the ladder", "the experience I'm missing".
            "the making of me",
            "my|a ticket|golden_ticket|passport|way|escape_route out|out_of|away_from",
            "title|promotion|raise|pay_rise|step_up|seniority|recognition|break|salary|job|role"
            " I've|I_have|I_had|I'd been chasing|after|wanting|waiting_for|hoping_for|dreaming_of"
            "|working_towards|working_toward|angling_for|gunning_for",
            "grow*|build*|boost*|rais*|strengthen*|develop*|expand*|polish*|pad|padding|beef_up"
            "|burnish* my personal brand|profile",
            "grow*|boost*|rais*|polish*|pad|padding|beef_up|burnish|bulk_up|jazz_up|spruce_up my"
            " personal_brand|profile|network|CV|résumé|resume|portfolio|LinkedIn",
            "wanted|want|dreamed_of|dreamt_of|longed_for|craved|been_after|been_chasing"
            "|been_wanting"
            " ...? for myself",
            "experience|skills|exposure|credentials|credential|qualification|qualifications"
            "|seniority|box|boxes|gap|gaps I'm|I_am|I've_been|I_was missing|lacking|short_of"
            "|without",
            "tick|ticking|check|checking off|off_my_list the? {word}? experience|box|boxes",
            "would|will|could|it'd|it'll|that'd|this'd|that_would|this_would|it_would sort|sorts"
            " me out",
            "glow-up|glow_up|glowup|makeover|upgrade|boost|lift|shot_in_the_arm|kick|refresh"
            "|reboot my CV|résumé|resume|career|profile|LinkedIn needs|deserves|could_use|needed"
            "|is_crying_out_for",
            "get|getting|climb|climbing|step|stepping|back on|onto the? career? ladder",
            "I_want_to|I'd_love_to|I_would_love_to|I_hope_to|I'm_hoping_to|I'm_keen_to"
            "|I'm_eager_to|I_am_eager_to|I_am_keen_to|I_am_hoping_to|hoping_to|looking_to"
            " gain|acquire|broaden|deepen|pick_up|upskill ...? my? experience"
            "|exposure|skills|knowledge|skillset|skill_set|horizons|CV",
            "my big|lucky break|breakthrough",
            "my foot|toe in the door",
            "feather in my cap",
            "addition to my CV|résumé|resume|portfolio|profile",
            "earning|paid|earn what I'm|I_am|I'm_worth|I_deserve worth|deserve",
            "earning|paid|earn what I deserve|I'm_worth",
            "prestige|kudos|status|name|brand of|that_comes_with working|being_at|being_with"
            " for|at|with? you|your|a|such",
            "drawn|attracted to working for|at|with a big|well-known|famous|prestigious|top name"
            "|brand|company|firm",
            "it's|that's|it_has|this_has|this_is|that_is|it_is always|long been my dream|ambition"
            "|goal|aspiration|life's_goal|wish",
            "build_up|building_up|bulk_out|fill_out|flesh_out my CV|résumé|resume|portfolio"
            "|profile|experience",
            # Connecting for the writer's sake: "please accept so I stay on your radar".
            "stay|staying|keep_me|keeping_me|remain|remaining|be|get on your radar",
            "so|so_that|that_way|to_make_sure I|I'm|I_am|I_can ...? stay|keep|remain|be top|front"
            " of_mind|of_your_mind",
        ),
        reader_tone=True,
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
            # The word misspelt: "the salery range", "renumeration".
            "salery",
            "sallary",
            "salaray",
            "renumeration",
            "renumaration",
            "remunaration",
            "salary range",
            "salary band",
            "salaries",
            "compensation package",
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
        # "the compensation", but not "the compensation-analytics dashboard".
        patterns=(
            r"[Tt](?<!\w[Tt])(?i:he[ \t]+compensation)(?![\w-])",
            # A retirement plan by its US name: "the 401(k) match", "403(b)".
            r"(?<!\w)(?:(?i:the|your|a|any)[ \t]+)?(?:(?i:pay[ \t]+band|salary|bonus)[ \t]+"
            r"(?i:and|&)[ \t]+(?:(?i:the)[ \t]+)?)?40[13](?:\((?i:k|b)\)|[ \t-]?(?i:k|b)(?!\w))"
            r"(?:[ \t]+(?i:match|matching|plan|contribution|contributions|scheme))?",
        ),
        hints=("compensation", "401", "403"),
        families=(
            "benefits|perks|healthcare|insurance|pension|leave|holiday|bonus ...? start|kick_in"
            "|begin"
            "|apply|vest from? day_one|immediately|straight_away",
            "I'd|I_would hate|not_want|rather_not to waste|lose everyone's|your|anyone's"
            "|our|my time",
            "what|how_much the|my? salary|pay|compensation|package|bonus|rate|wage|benefits would"
            "|will|might|could|is|are|looks ...? be|like|look_like|include?",
            "send|tell|give|share|forward|confirm me? the|your? starting|base|annual|actual"
            "|expected? salary|pay|compensation|benefits ...? package|range|details|band?",
            # Asking for the details of pay, a pension or a bonus, or what the role's budget is.
            "details|breakdown|specifics|information|info of|on|about the|your? pension|bonus"
            "|salary|pay|benefits|holiday|compensation|perks|remuneration ...? and|or the?"
            " pension|bonus|salary|pay|benefits|holiday|compensation|perks|remuneration"
            " scheme|plan|package|policy|allowance?",
            "details|breakdown|specifics|information|info of|on|about the|your? pension|bonus"
            "|salary|pay|benefits|holiday|compensation|perks|remuneration scheme|plan|package"
            "|policy|allowance?",
            "what's|what_is|what_would_be the|your? actual|real|starting|base|annual? budget"
            "|salary|pay|rate|range|compensation for|of this|the role|position|job|post|hire"
            "|vacancy|opening {q}",
            # What the job pays, asked in any words: "how much does the role pay?".
            "how_much|what does|will|would|might the|this|it|that role|job|position|post|it"
            " ...? pay|offer|earn|come_to|pay_out",
            "what's|what_is|what_would_be|what_will_be|how's|how_is|how_much_is the|your? pay"
            "|salary|wage|wages|rate|compensation|package|money|bonus|CTC|OTE|day_rate"
            "|hourly_rate|remuneration like|for|on|roughly {q}?",
            *_PAY_QUESTIONS,
            f"confirm|clarify|outline|explain|tell_me|let_me_know|send|share ...? the|your"
            f"|any ...? {_PERKS} {{rest}}?",
            f"is|are there a|an|any {{word}}? {_PERKS}",
            "how_much|what the|this|that role|job|position|post|it pays|paid|would_pay|will_pay"
            "|is_paid|earns",
            # Wanting more money from the job: "the extra pay would finally let us get ahead".
            "extra|higher|better|bigger|increased|improved|additional|larger|fatter|more pay"
            "|salary|wage|wages|paycheck|paycheque|pay_packet|earnings|income|money ...? would"
            "|will|could|should|means|would_mean|will_mean ...? let|help|allow|mean|make|change"
            "|cover|give|get|pay",
            # "What kind of money are we talking?"
            "what kind|sort|level|ballpark of money|salary|pay|package|budget|figure|figures"
            "|numbers|compensation|rate is|are|were|would ...? we|you talking|looking_at"
            "|thinking|offering|considering",
            # The money as the draw: "the extra money would sort me right out", "come in handy".
            "extra|higher|better|bigger|increased|improved|additional|larger|fatter|more|the"
            " money|pay|salary|wage|wages|dosh|cash|paycheck|paycheque|pay_packet|earnings|income"
            " ...? would|will|could|should ...? sort|set|see|tide|fix|solve|sort_out"
            "|transform|come_in_handy|go_a_long_way|be_handy|be_a_big_help|be_a_godsend"
            "|be_a_lifesaver|be_life-changing|be_a_game-changer|make_a_huge_difference"
            "|make_a_big_difference|make_a_real_difference|really_help|help_out|take_the_pressure"
            "|ease|clear|pay_off|get_me_out|be_nice|be_lovely|be_great|be_welcome|be_brilliant"
            "|be_amazing|be_ace|be_sweet|not_hurt|not_go_amiss|be_a_bonus|be_a_plus|be_a_relief",
            # Pay as the reason for wanting the job: "the money's the main draw for me".
            "money|money's|the_pay|pay's|pay_is|salary|salary's|cash|cash's|wage|wages|package"
            "|pay_rise|payrise|pay_bump|raise ...? main|big|biggest|real|major|key|huge|number_one"
            "|top|primary ...? draw|attraction|appeal|pull|motivator|motivation|selling_point"
            "|reason|incentive|carrot",
            "pay|salary|wage rise|raise|bump|increase|jump|boost|hike|uplift ...? would|will"
            "|could|means|would_mean ...? let|help|allow|mean|make|change|cover|give",
            "what's|what_is|how_much_is|what'd_be|what_would_be|whats the|your|my ...? base"
            "|base_salary|day_rate|hourly_rate|OTE|CTC|comp|compensation|remuneration|salary"
            "|pay|wage|bonus {toq}",
        ),
        reader_tone=True,
        stages=frozenset(STAGE_IDS) - PAY_STAGES,
        # "salary benchmarking", "the pay bands", "the pay review": pay as the work's subject.
        # A job whose subject is pay: its notes talk about salaries as the work.
        unless_text=(
            r"(?i:\b(?:reward|rewards|compensation|payroll|pay|benefits|comp[ \t]*&[ \t]*ben)"
            r"[ \t]+(?:analyst|manager|specialist|lead|partner|consultant|officer|administrator"
            r"|advisor|adviser|director|associate|coordinator)\b"
            # An insurance term, not pay: "the bonus-malus pricing model".
            r"|\bbonus-malus\b"
            # Pay as the subject of the work: "the bonus-calculation bug in the commissions engine".
            r"|\b(?:bonus|bonuses|commission|commissions|salary|payroll|pay)-(?:calculation"
            r"|calculations|calc|engine|logic|module|service|rules|pipeline|system|batch)\b)"
        ),
        work_nouns=frozenset(
            [
                "banding",
                "bandings",
                "calibration",
                "levelling",
                "leveling",
                "harmonisation",
                "benchmarking",
                "benchmark",
                "benchmarks",
                "accrual",
                "accruals",
                "ledger",
                "ledgers",
                "survey",
                "surveys",
                "data",
                "structure",
                "structures",
                "review",
                "reviews",
                "analysis",
                "analyses",
                "modelling",
                "modeling",
                "software",
                "system",
                "systems",
                "module",
                "project",
                "projects",
                "team",
                "function",
                "audit",
                "audits",
                "administration",
                "processing",
                "reporting",
                "transparency",
                "policy",
                "policies",
                "framework",
                "frameworks",
                "grading",
                "strategy",
                "process",
                "processes",
                "tool",
                "tools",
                "platform",
                "dashboard",
                "dashboards",
                "database",
                "history",
                "histories",
                "pool",
                "pools",
                "calculation",
                "calculations",
                "model",
                "models",
                "analytics",
                # The plan as the work: "the 401(k) enrolment workflow".
                "enrolment",
                "enrollment",
                "enrolments",
                "enrollments",
                "workflow",
                "workflows",
                "compliance",
                "testing",
                "recordkeeping",
                "rollover",
                "rollovers",
                "filings",
                "migration",
                "onboarding",
            ]
        ),
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
        families=(
            "I'm|I_am|I'd_be|I'll_be|I_was a shoo-in|shoo_in|dead_cert|sure_thing|slam_dunk"
            "|safe_bet|lock_for_the_job",
            # Beating the others: "outshone the other candidates", "far above the rest".
            "above|ahead_of|beyond|better_than|outclass*|outshine*|outshone|outperform*|outdid"
            "|outdo|eclipse*|surpass*|outscor*|outrank* the|all|any? rest|others|competition"
            "|pool|field"
            "|other_candidates|other_applicants|other_interviewees|everyone_else|anyone_else"
            "|shortlist",
            "head_and_shoulders|miles|leagues|a_cut|streets above|ahead|better",
            "hiring|choosing|picking|selecting|appointing|passing_on_me|overlooking_me|rejecting_me"
            " anyone|someone|anybody|another_candidate|another_applicant|somebody? else? would"
            "|will ...? be a? mistake|error|loss|shame|missed_opportunity|regret",
            # ... with the people they met between: "surely nobody you met is better than me".
            "nobody|no_one|no-one|noone|none_of_them|none_of_the_others|no_other_candidate"
            "|no_other_applicant|not_one_of_them ~? is|was|'s|will_be|would_be|could_be|can_be"
            "|has_been|were|are better|stronger|more_qualified|more_suited|more_experienced"
            "|a_better_fit|a_better_match than me|I|myself|mine",
            "surely you|you've|ye haven't|have_not|didn't|did_not|won't|can't_have|couldn't_have"
            "|cannot_have ...? met|seen|found|interviewed|come_across|had anyone|anybody|someone"
            "|a_candidate ...? better|stronger|more_qualified|more_suited",
            "nobody|no_one|no-one|noone better|more suited|qualified|placed|equipped|prepared"
            "|fitted|positioned|experienced|capable|fit",
            "nobody|no_one|no-one|none_of_them ...? know*|understand*|does|do|can_do|handle*"
            "|run*|sell*|manage*|lead*|code*|build* ...? better|more than me|I|myself",
            "another|any_other|a_better|one_more|a_stronger|an_applicant|a_candidate|anyone"
            " applicant|candidate|person|hire|engineer|nurse|teacher|analyst? at|on|of my level"
            "|calibre|caliber|standard",
            "im|i'm|i_am|ima ...? def|defo|deffo the|your best|perfect|ideal|right|strongest|top"
            " fit|candidate|hire|choice|person|pick|match",
            "def|defo|deffo the|your best|perfect|ideal|right|strongest|top fit|candidate|hire"
            "|choice|person|pick|match",
            "end_of_story|hands_down|bar_none|no_contest|simple_as_that|no_doubt_about_it"
            "|no_question_about_it|full_stop",
            # Certainty stamped on the claim: "I'm the perfect fit, no question", "No doubt I'm
            # the right person for this role".
            f"I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be|I_was the|a|an|your? {_BEST_FIT} for?"
            f" the|this|your? role|job|position|post|team|company|you? {_BEYOND_DOUBT}",
            f"{_BEYOND_DOUBT} I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be the|a|an|your?"
            f" {_BEST_FIT}",
            "I'm|I_am|I'd_be|I_was|I'll_be|I_would_be ...? the most experienced|qualified|capable"
            "|suitable|skilled|accomplished|senior|knowledgeable|prepared|committed|dedicated"
            "|deserving|worthy|competent|well-rounded"
            " {word}",
            "tick*|check* every|all_the|all_your|all_of_your box|boxes",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_know_I'm ...? the right|perfect|ideal|best man"
            "|woman|guy|gal|girl|lady for",
            "can-do|go-getter|never-say-die|whatever-it-takes|can_do attitude|spirit|mindset",
            "are|is|was|were second_to_none|unmatched|unrivalled|unrivaled|unparalleled|unbeatable"
            "|without_equal",
            "my ~ is|are a|an perfect|ideal|exact|total|complete|100% match|fit",
            "an|a asset|boon to the|your team|company|organisation|organization|department|group"
            "|practice|firm|ward|business|school|clinic",
            # Qualities as nouns: "I bring energy, enthusiasm and dedication".
            f"bring|offer|bringing|offering|brings|offers|have|possess {_QUALITIES} ...? and|&"
            f" {_QUALITIES}",
            f"bring|offer|bringing|offering|brings|offers|possess tons_of|plenty_of|lots_of"
            f"|bags_of|buckets_of|boundless|endless|unmatched|unrivalled|unrivaled {_QUALITIES}",
            # A list of character words, with those of ``_MORE_TRAITS``.
            f"{_TRAITS}|{_MORE_TRAITS} {_TRAITS}|{_MORE_TRAITS}? {_TRAITS}|{_MORE_TRAITS}? and|&"
            f" a|an? {_TRAITS}|{_MORE_TRAITS}|{_CLAIM_NOUNS}|{_MORE_CLAIM_NOUNS}",
            f"a|an natural|born|true|real|gifted|proven|genuine {_MORE_CLAIM_NOUNS}"
            f"|{_PERSON_CLAIM_NOUNS}",
            f"I'm|I_am|I've_always_been|I_consider_myself|I'd_describe_myself_as|myself_as ...? a"
            f"|an? {_MORE_TRAITS} {_MORE_TRAITS}|{_TRAITS}|{_CLAIM_NOUNS}|{_MORE_CLAIM_NOUNS}",
            "in_three_words|in_a_nutshell|in_one_word that's|that_is|that_sums_up me|myself",
            "that's|that_is me in_three_words|in_a_nutshell|in_one_word|all_over",
            "doubt|don't_think|do_not_think|can't_imagine|cannot_imagine you'll|you_will|you'd"
            "|you_would|you_could|you_can ...? find|meet|see|get|hire|interview anyone|anybody"
            "|someone ...? better|stronger|more",
            # Self-descriptions with a noun: "a natural leader and a great communicator".
            f"a|an natural|born|great|excellent|strong|effective|exceptional|outstanding|proven"
            "|true"
            f"|real|gifted|skilled|strategic|creative ...? {_PERSON_CLAIM_NOUNS}",
            "I'm|I_am|I'd_be|I_would_be|I_think_I'm|I_believe_I'm|I_feel_I'm exactly|precisely|just"
            " the_kind|the_sort|the_type of {word} you|your|the_team",
            # A recommendation put in someone else's mouth: "told me you'd snap me up".
            "you'd|you_would|you'll|you_will|they'd|they_would ...? snap_me_up|hire_me|love_me"
            "|want_me"
            "|jump_at|be_lucky_to_have_me|be_mad_not_to|be_crazy_not_to|be_foolish_not_to"
            "|kick_yourselves|regret_it",
            # A list of character words ("diligent, meticulous and highly driven").
            f"{_TRAITS} {_TRAITS}? and|& {_TRAITS}",
            f"a|an {_TRAITS} {_TRAITS} {{word}}?",
            f"I'm|I_am|I've_always_been|I_consider_myself|I'd_describe_myself_as|myself_as ...? a"
            "|an?"
            f" {_TRAITS}",
            "a|an? amazing|great|perfect|ideal|excellent|fantastic|brilliant|wonderful"
            "|incredible|awesome|superb|outstanding|exceptional|obvious|tremendous fit",
            "I'd_be|I_would_be|I'm|I_am|I'll_be|I_will_be|I_think_I'd_be|I_know_I'd_be|I'd_make"
            "|I_would_make|I'll_make|I_will_make|I_could_be|feel_like|felt_like|myself_as|me_as"
            " a|an good|strong|natural|solid|real|right|terrific|top|born|true|genuine|proven"
            "|gifted fit|match",
            "I'm|I_am|I'd_be|I_would_be ...? exactly|precisely|just who|what you're|you_are"
            "|you've_been"
            "|you_have_been|you_were looking_for|after|seeking|searching_for|need",
            "projects|work|things|products|teams|plans|ideas ...? all sound*|seem*"
            "|look* exciting|amazing|great|interesting|fascinating|incredible|awesome|cool",
            # A stack of claims: "a results-driven professional with a strong work ethic".
            "results-driven|results-oriented|goal-oriented|goal-driven|detail-oriented"
            "|self-motivated|motivated|hard-working|hardworking|dedicated|driven|dynamic"
            "|passionate|proactive professional|individual|person|candidate|go-getter"
            "|self-starter|worker|achiever|team_player|learner with|who_has|who_brings a|an"
            " strong|solid|excellent|great|exceptional|tireless|unmatched|unrivalled work_ethic"
            "|attitude|drive|can-do_attitude|passion",
            "results-driven|results-oriented|goal-oriented|goal-driven|detail-oriented"
            "|self-motivated|motivated|hard-working|hardworking|dedicated|driven|dynamic"
            "|passionate|proactive professional|individual|person|candidate|go-getter"
            "|self-starter|worker|achiever|team_player|learner",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be ...? best|strongest|finest|smartest"
            "|perfect|ideal|right|top hire|choice|candidate|decision|investment you ...? make"
            "|find|hire|get|have|meet",
            "aced|nailed|smashed|crushed|rocked|killed|owned|bossed the|my"
            "|that|every|each|both? interview|interviews|presentation|case_study|task|review"
            "|portfolio_review|assessment|assessments|test|tests|exercise|panel|round|rounds|demo"
            "|pitch|tech_test|technical|challenge|questions|whiteboard|role-play|roleplay"
            "|in-tray|case|stage|stages",
            "knocked|hit the|it|that|them out of the park",
            "I'm|I_am the one|person|candidate you're|you_are|you_have_been|you've_been|you_were"
            " looking_for"
            "|searching_for|need",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be ...? perfect|ideal|made|born|right for "
            "the_team|your_team|the_company|you_all|"
            "this|the_role|the_job|the_position|it|you",
            "you won't|will_not|wouldn't|will_never|won't_ever|can't|cannot|couldn't find|get|see"
            "|meet|hire ...? better|stronger|more_qualified|anyone_better|anybody_better"
            "|someone_better",
            # Claims anyone could make, with their intensifiers and objects.
            "a|an? fast|quick|rapid|eager learner|study",
            "passionate about|for|in? {word}?",
            # Boasts: the best, the strongest, better than anyone.
            "I'm|I_am|I_was|I'd_be|I_would_be|I'll_be|I_will_be ...? the|a|an|your? best|strongest"
            "|perfect|ideal|right|top|most_qualified|obvious|only|great|excellent|fantastic"
            "|valuable candidate|person|fit|hire|choice|applicant|addition|asset|match|one",
            "nobody|no_one|no-one|none else|of_them? ...? match*|beat|compar*|rival|outperform|top"
            "|come_close|comes_close|came_close|comes_near|measures_up|holds_a_candle|touch me|my"
            "|to_me|to_my? experience|skills|record|track_record|background"
            "|results|qualifications|portfolio?",
            "you won't|will_not|wouldn't|will_never|won't_ever find|get|see|meet anyone|anybody"
            "|someone|a_candidate ...? better|stronger|more",
            # The same boast about the people already seen: "I doubt you've met anyone better
            # suited", and the best in plain words: "Reckon I'm the best bloke you'll see".
            "doubt|don't_think|do_not_think|can't_imagine|cannot_imagine|bet you've|you_have"
            "|you'll_have|you_will_have|you'd_have|you_would_have met|seen|found|interviewed|had"
            "|come_across anyone|anybody|someone|a_candidate ...? better|stronger|more",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be ...? the|your best|strongest|top|ideal"
            "|perfect|right bloke|guy|chap|fella|woman|lady|gal|lad|worker|pick|bet|option|tradie"
            "|operator|tradesman|tradesperson",
            # Beating every other applicant: "I doubt any other applicant can match my
            # background", "no other candidate can touch that", "I'm confident I'm their
            # strongest option", "I'd be a great add to your studio".
            "doubt|don't_think|do_not_think|can't_imagine|cannot_imagine|can't_see|cannot_see"
            "|don't_believe|do_not_believe|wonder_if|question_whether anyone|anybody|any|another"
            "|many|other|whoever ~ can|could|will|would|is_able_to|are_able_to|would_be_able_to"
            " match|beat|equal|rival|top|better|touch|outdo|compete|come_close|measure_up"
            "|bring_the_same|offer_the_same",
            "no_other|not_one_other|no_single|not_a_single|not_one|no applicant|applicants"
            "|candidate|candidates|person|one|interviewee|contender ...? can|could|will|would"
            "|is_likely_to|comes|came ...? match|beat|equal|rival|top|touch|compare|close|near"
            "|outdo|measure_up|hold_a_candle",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be|I_was|me ...? the|your|their|his|her"
            "|its best|strongest|top|ideal|perfect|obvious|clear|standout|safest|stand-out"
            "|number-one|number_one candidate|option|choice|pick|bet|applicant|hire|contender"
            "|profile",
            "a|an great|valuable|perfect|excellent|fantastic|wonderful|ideal|real|amazing|huge"
            "|strong|solid|brilliant|awesome|big|top|incredible|massive|terrific add|get|catch"
            "|pickup|pick-up|acquisition|signing to|for your|the|this|any {word}?",
            # More of the same boast: "I blew the competition out of the water", "who else could
            # do what I do?", "I pick things up at lightning speed", "an unmatched work ethic",
            # "I'm wired for this kind of work", "lucky to have someone with my energy", "a bit
            # of a rockstar", "I never drop the ball".
            "blew|blown|blow|blowing the|my competition|rest|field|others|other_candidates"
            " out_of_the_water|away|off_the_map",
            "left|leave|leaving the|my competition|rest|field|others|other_candidates"
            " in_the_dust|standing|for_dust|in_my_wake",
            "who_else|what_other_candidate|which_other_candidate|what_other_applicant"
            "|which_other_applicant can|could|would|will|is_going_to do|bring|offer|match"
            "|deliver|give_you what|all_that|everything I|me",
            "pick*|learn*|soak*|absorb*|grasp*|master*|adapt*|catch_on ~ at|with lightning"
            "|breakneck|warp|supersonic|light speed|pace",
            "a|an|my unmatched|unrivalled|unrivaled|unparalleled|unbeatable|tireless|relentless"
            "|incredible|exceptional|second-to-none|unwavering|impeccable|unstoppable"
            "|unshakeable|unshakable work_ethic|can-do_attitude|drive|hunger|energy",
            "I'm|I_am|I've_always_been|I_was|I'm_just|I_am_just|I'm_naturally wired|hardwired"
            "|hard-wired|built|cut_out|programmed for this|that|it|these|such|the|roles|jobs|work"
            "|this_kind|this_sort|this_type",
            "lucky|fortunate|blessed to have|get|land someone|somebody|a_person|a_candidate"
            "|anyone|me with|like my|me",
            "bit|something of a superstar|rockstar|rock_star|star|legend|genius|wizard|whizz|whiz"
            "|guru|ninja|machine|natural|powerhouse|pro|maestro",
            "never|not_once|don't_ever|do_not_ever drop|dropped|drops the ball",
            "I'm|I_am|I_was|I'd_be|I_would_be|I_could_do_it|I_can_do_it|I_can|I_could|me ...?"
            " better|stronger|more_qualified than anyone|anybody|any_other|the_other|the_rest"
            "|everyone",
            "I'm|I_am|I'd_be|I_would_be the_whole|the_complete|the_total package",
            "I'm|I_am|I'd_be|I_would_be exactly|precisely|just? what|who you|your ...? need*"
            "|want*|are_looking_for|have_been_looking_for|is_missing|are_missing|lack*"
            "|is_looking_for",
            "great|valuable|perfect|excellent|fantastic|wonderful|ideal|real|incredible|amazing"
            "|huge|tremendous|invaluable|enormous|outstanding|exceptional|massive|brilliant"
            " addition|asset to?"
            " your|the? team|company?",
            # Comparing yourself with the other candidates.
            "nobody|no_one|no-one|none_of_the_others|no_other_candidate|no_other_applicant"
            "|none_of_the_other_candidates else? ...? you|you've|you_have|you'll|you_will|you're"
            " ...? met|interviewed|saw|seen|see|meet|interview|spoke_to|speak_to|considered"
            "|shortlisted ...? has|have|had|can|could|will|would|brings|offers {word}",
            # A boast put in someone else's mouth, or "exactly the hire you need".
            "says|said|thinks|thought|believes|believed|reckons|told_me|tells_me|assured_me"
            "|agrees|agreed ...? I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be|I_was ...? hire"
            "|candidate|person|fit|match|choice|addition|asset {rest}?",
            "whoever|the_person|the_other_candidate|the_successful_candidate|the_candidate|anyone"
            " ...? can't|cannot|couldn't|doesn't|does_not|don't|didn't|won't ...? have|match|bring"
            "|offer|beat my|my_level_of ...? experience|track_record|record|skills|background"
            "|results|qualifications|expertise|knowledge",
            "I'm|I_am|I'd_be|I_would_be exactly|precisely|just the|what ...? hire|candidate|person"
            "|fit|one|profile|match you|your ...? need*|want*|are_looking_for|have_been_looking_for"
            "|seek*",
            # Boasts by other words: "you'd be hard pressed to find a stronger candidate",
            # "hiring me would be a no-brainer", "I'd be a steal at any price".
            "hard-pressed|hard_pressed|struggle|struggling ...? to find|get|see|meet|hire ...?"
            " a|an|anyone|anybody|someone ...? stronger|better|more_qualified|more_suitable"
            "|more_capable|more_experienced",
            "hiring|choosing|picking|selecting|appointing|taking_on|employing me ~ no-brainer"
            "|no_brainer|easy_decision|easy_choice|easy_call|obvious_choice|simple_decision"
            "|obvious_decision|safe_bet|sure_thing",
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be|me ...? a|an|the? no-brainer|no_brainer"
            "|steal|bargain|safe_bet|sure_thing|easy_decision|easy_choice|obvious_choice|easy_call",
            "decision|choice ~ is|should_be|will_be|must_be ...? an? easy|simple|obvious|clear"
            " one|call|choice|decision",
            "we_both_know|you_know|we_all_know|let's_face_it I ...? aced|nailed|smashed|crushed"
            "|killed|owned|rocked",
            "I|I_think_I|I_really|I_totally|I_definitely aced|nailed|smashed|crushed|killed"
            "|owned it|that|today",
            "nobody|no_one|no-one|noone|none else|other? on|in your|the list|shortlist|pool|pile"
            "|field",
            "no|not_one single|other|one_other? applicant|candidate|candidates|applicants"
            "|interviewee|person|contender ...? brings|bring|has|have|offers|offer|combines"
            "|matches|can_match|comes_close|will_bring|could_bring|can_offer",
            "nobody|no_one|no-one|noone else? will|would|can|could|is_going_to ...? bring|offer"
            "|give|deliver|do what|everything|all I|that_I",
            "the|your other|others|other_candidates|other_applicants|rest|competition ...? can't"
            "|cannot|couldn't|won't|don't|will_never ...? touch|match|beat|compete_with"
            "|compare_to|come_close|hold_a_candle",
            "I|I'm|I_am|I_must_be|I_should_be|I'd_be|I_would_be|must_be|should_be ...? at|on the"
            " top of your|the shortlist|pile|pack|rankings|candidates|list",
            # Effort and character as slogans: "I give 110%", "passion is in my DNA", "I always
            # go above and beyond", "strong learning ability".
            "give|giving|gives|gave {percent}",
            "give|giving|gives|gave it? my|one's all|everything|110_percent|110_per_cent",
            "in|runs_in|run_in|part_of my DNA|blood|veins|bones",
            "I|who|and always|consistently|really? go|goes|going above_and_beyond|the_extra_mile",
            "and_have|I_have|I've|I_possess|and_possess|I_bring|my strong|excellent|great"
            "|outstanding|exceptional|superb|good|fast|quick learning|communication"
            "|interpersonal|people|leadership|organisational|organizational|analytical"
            "|problem-solving|multitasking ability|abilities|skills|capacity",
            # Boasts by comparison or by rank: "in a league of my own", "the number one
            # candidate", "the top 1% of engineers", "a 10x engineer", "the best they've ever
            # worked with", "the easiest decision you make all year".
            "league|class of|all my|her|his own",
            # The same in text-speak and slang: "I'd slay this role", "im literally perfect for
            # this", "ur not gonna find better", "I'm built different", "a whizz with numbers".
            "I'd|I_would|I'll|I_will|I_could|I_can|gonna|I'm_gonna|id|ill slay|smash|nail|crush"
            "|ace|rock|own it|this|this_role|this_job|the_role|the_job",
            "im|i'm|I_m perfect|ideal|made|born|right|the_one for this|the|you|it",
            "you|ur|u|you're|you_are|youre not? gonna|going_to|ever find|get|meet|see ...? better"
            "|anyone_better|someone_better|a_better",
            "I'm|I_am|im built different",
            "real MVP",
            "the GOAT",
            "I'm|I_am|im a|an total|absolute|complete|real|bit_of_a? boss|beast|machine|pro"
            "|whizz|whiz|wizard|genius|natural|ace|dab_hand|star|shark at|with"
            "|when_it_comes_to|in",
            "dab hand at|with",
            "I'd|I_would|I'll|I_will|me ...? be a|an massive|huge|big|real|great|total win|coup"
            "|catch|score|steal|gain|get for you|your|the",
            "sound as a pound",
            "safe pair of hands",
            "solid as a rock",
            "good|reliable|hard-working|hardworking|solid|dependable|loyal|honest|safe|committed"
            " as they come|as_they_get|as_it_gets",
            "hire|choose|pick|take_on|give_me_the_job me? and|& you'll|you_will|you_won't see"
            "|regret|look_back|thank_me|be_glad|be_amazed",
            "nobody|no_one|no-one|noone else? has|have|offers|brings my|this|the_same combination"
            "|mix|blend|range|breadth|depth",
            "my unique|rare|one-of-a-kind|unmatched|special|exceptional combination|blend|mix"
            "|skill_set|skillset|set_of_skills|profile|background",
            "a|an unique|rare|one-of-a-kind|unmatched combination|blend|mix of skills|experience"
            "|expertise|talents|abilities",
            "I'm|I_am a|an unique|one-of-a-kind|exceptional|extraordinary|rare|special candidate"
            "|applicant|talent|hire|find|profile",
            "I|me|myself stand|standing out from|above the crowd|rest|others|pack|competition"
            "|field|other_candidates",
            "makes|make|made|making me stand out",
            # The best of the field, said as a dare: "I'd be amazed if anyone else you've met comes
            # close", "I doubt anybody else can match that", "you won't find a better fit".
            "amazed|surprised|shocked|astonished|stunned if|should anyone|anybody|someone"
            "|any_other|another ~ come*|came|get*|got|beat*|match*|top*|outdo*|rival*|touch*"
            "|compete* close|near|me|that|this|my|with",
            "doubt|bet|guarantee|reckon that? anyone|anybody|any_other|another|many|few ~ come*"
            "|came|beat*|match*|top*|outdo*|rival*|touch* me|that|this|close|near",
            "nobody|no_one|no-one|noone|none_of_them|none_of_the_others else? ~ come*|came"
            "|beat*|match*|top*|rival* close|near|me|that|this",
            "won't|will_not|wouldn't|would_not|never|couldn't|could_not|struggle_to|hard-pressed_to"
            " find|meet|get|see|hire a|anyone|anybody|someone better|stronger|more_qualified"
            "|better-qualified|better-suited|more_committed candidate|person|fit|hire|applicant"
            "|match|than_me|for_the_role|for_this_role|for_the_job|for_this_job",
            "head and shoulders above|over the|other|others|rest|field|competition",
            "I|I'll|I_will|I_shall|I_would|I'd won't|will_not|shall_not|never|would_not|wouldn't"
            " disappoint|let_you_down|let_anyone_down|fail_you",
            "assure|promise|guarantee you|the_panel|the_board of my dedication|commitment|loyalty"
            "|diligence|best|hard_work|competence|capability|excellence|total_commitment",
            "I_shall_be|I_will_be|I'll_be|I'd_be|I_would_be|I_can_be|I_could_be|I'm|I_am a|an"
            " great|real|valuable|huge|true|definite|tremendous|invaluable|major|key? asset|boon"
            "|addition|gain|acquisition",
            "possess|have|tick all|every the? qualities|skills|attributes|requirements|criteria"
            "|competencies you|the_role|the_job|the_position require*|need*|are_looking_for|seek"
            "|want|listed|asked_for",
            f"I'm|I_am|I've_always_been|as|myself a|an {_TRAITS}|{_MORE_TRAITS} professional"
            "|individual|person|worker|employee|leader|candidate|manager|engineer|nurse|teacher"
            "|team_member",
            "better_placed|better-placed|better_suited|better-suited|better_equipped"
            "|better_qualified|best_placed|best_suited than anyone|anybody|everyone|the_rest|most"
            "|any_other",
            "I'd|I_would|I'll|I_will|I_could|I_can smash|nail|crush|ace|rock it|this"
            "|this_job|the_job|the_role|this_role",
            "I_was|I_feel|I_felt|I've_always_felt born|made for this|the role|job|work|position"
            "|post|team",
            "my name ~ all over it",
            "I'm|I_am|I'd_be|I_could_be|I_can_be ...? the|your answer|solution to all? your",
            "bring|brings|bringing|I_have|I've_got|offer|offering|possess a|my wealth|breadth|depth"
            "|raft|plethora|host|vast_array|treasure_trove of experience|knowledge|expertise"
            "|skills",
            "I|I_know_I|I_believe_I|I_think_I|I'm_sure_I I've|have|got|possess what it takes",
            "am|I'm|I_am|I_was second_to_none|unmatched|unrivalled|unbeatable|untouchable"
            "|peerless|without_equal|without_peer",
            "I'm|I_am your guy|girl|man|woman|person|gal|lad|candidate|hire|answer|solution",
            "no_one|nobody|no-one|noone|none ~ like I can|like_I_do|like_me|as_well_as_I_can"
            "|as_well_as_me|quite_like_me",
            "I'm|I_am|I'd_be|I_would_be|I_could_be|hiring_me|me|I'll_be ...? the best thing ~"
            " happen|happened|happens to your|the|this ...? team|company|department"
            "|business|firm|organisation|organization|ward|school|practice",
            "your|the search ends|is_over|can_end|can_stop|stops here|now|with_me",
            "look|search no further",
            "I'm|I_am|I'd_be|I_would_be ...? the|your man|woman|person|guy|gal|girl|lad|one"
            "|candidate for the|this|your job|role|position|post",
            "I|I'd|I_would|I'll|I_will|I_can|I_could|ready_to|able_to hit the ground|floor running",
            "I|I_really thrive|thriving|excel|excelling|flourish|work_best|perform_best"
            "|do_my_best_work under pressure|in_fast-paced|in_high-pressure|on_a_challenge"
            "|on_challenges|in_a_crisis|on_deadlines",
            "I never|don't|won't|do_not|will_not back_down|shy_away|run_away|give_up|walk_away"
            " from|on? a? challenge|challenges|anything",
            "I love|relish|embrace|welcome|live_for a? challenge|challenges|pressure",
            "known_for|famous_for|renowned_for|reputation_for going|goes|go the_extra_mile"
            "|above_and_beyond",
            "my attention_to_detail|eye_for_detail|work_ethic|communication|people_skills"
            "|leadership|problem-solving|organisation|organization|interpersonal_skills"
            "|communication_skills ...? is|are excellent|impeccable|outstanding|exceptional|superb"
            "|second_to_none|unmatched|top-notch|first-class|brilliant|amazing|flawless",
            "bit|something of a perfectionist|workaholic|stickler|overachiever|high-achiever",
            "kicking|kick yourself|yourselves|themselves",
            "says|said|say|tells|told|will_tell|would_tell|can_tell|will_say|would_say ~ I'm|I_am"
            "|I_was the? best|irreplaceable|indispensable|brilliant|a_star|a_legend|a_genius"
            "|amazing|exceptional|outstanding|a_natural|a_rock|invaluable",
            "I'm|I_am|I'd_be|I_would_be basically? overqualified|over-qualified",
            "piece_of_cake|walk_in_the_park|doddle|breeze|cakewalk|child's_play|easy_peasy for me",
            "do|run|handle this|it|the_job|the_role|this_job|this_role in my sleep"
            "|with_my_eyes_closed"
            "|standing_on_my_head|blindfolded|with_one_hand_tied_behind_my_back",
            "know|knows the|your Minister|minister|Governor|governor|Commissioner|Senator|MP"
            "|Chairman|chairman|CEO|MD|founder|owner|president|Permanent_Secretary|PS|DG"
            "|Director-General personally|socially|well|from",
            "your|the CEO|CFO|COO|CTO|CIO|MD|founder|chairman|chairwoman|director|boss|head|VP"
            "|minister|governor|partner|principal|dean ~ recommended|urged I|me to? apply",
            "my|I_have_a|I've_got_a|I've_a|I_bring_a|with_a|and_a proven|demonstrable|demonstrated"
            "|impeccable|stellar|exemplary track_record|record of? success|excellence|results"
            "|delivering|delivery|achievement|achievements",
            "I'm|I_am|as|I've_always_been|I_consider_myself|myself|being a|an consummate|true"
            "|seasoned|accomplished|dynamic|dedicated|motivated|driven|passionate|results-focused"
            " professional|individual|operator",
            "the|among_the|one_of_the best|greatest at what I do",
            "I'm|I_am|I've_been|I_was|ranked|rated|named|voted|myself ...? one_of_the|among_the"
            " best|top|finest|leading|strongest|most_experienced"
            "|most_accomplished|most_sought-after {word} ...? in|on the? country|region|industry"
            "|city|market|field|state|world|business|sector|trade|game|county|province|continent"
            "|UK|US|Africa|Europe|Asia",
            "nobody|no_one|no-one|noone|none ...? will|would|can|could work_harder|care_more"
            "|try_harder|put_in_more|want_it_more|give_more than me|I",
            "I|I've never failed|fail|disappoint|let_anyone_down|let_anybody_down|miss|missed",
            # The best they will see, and effort promised instead of shown: "I'm the best chef
            # you'll see this week", "I will work very hard and not disappoint you".
            "I'm|I_am|I'd_be|I_would_be|I'll_be|I_will_be|I_was probably|easily|likely|by_far"
            "|hands_down|surely|undoubtedly? the|your best|strongest|finest|greatest|top {word}?"
            f" {{word}}? {_YOU_WILL_SEE} {_SEEN}",
            f"{_I_PROMISE} ~ and|to not|never disappoint|let_you_down|let_anyone_down"
            "|let_the_team_down|fail_you",
            f"{_I_PROMISE}|I'd|I_would work|working hard|harder|tirelessly|day_and_night"
            "|night_and_day|around_the_clock|round_the_clock|my_hardest",
            "won't|will_not|wouldn't|will_never|never ...? regret|be_sorry_about|be_sorry_for"
            " hiring|choosing|picking|selecting|taking_a_chance_on|appointing|taking_on me",
            "I'm|I_am the GOAT",
            "outshine*|outshone|outperform*|outclass*|outscor*|outsell*|outsold|outwork*|outpac*"
            " my|all_my|most_of_my peers|colleagues|co-workers|coworkers|teammates|team|cohort"
            "|classmates|rivals|competitors|counterparts",
            "I'm|I_am|I've_always_been|I_consider_myself|I'd_say_I'm|I'm_known_as|known_as a|an"
            "|the? superstar|star_performer|top_performer|high_performer|high-performer|A-player"
            "|guru|wizard|whizz|whiz|maestro|ninja|rockstar|legend|unicorn|powerhouse|machine",
            "friends|mates|pals|friendly with your|the ...? CEO|MD|founder|chairman|chairwoman"
            "|chair|director|boss|head|president|owner|partner|VP|board|managing_director"
            "|chief_executive",
            "know|knows your|the CEO|MD|founder|chairman|chairwoman|director|boss|owner|president"
            "|chief_executive|managing_director personally|well|socially|from|for_years",
            "referred|recommended|put_forward|introduced by your|the CEO|MD|founder|chairman"
            "|chairwoman|director|boss|owner|president|chief_executive|managing_director|board",
            "has|have|had|will_have|may_have|might_have already? told|mentioned|spoken_to"
            "|talked_to|briefed you|the_panel about|of me",
            "I've|I_have|I_know ...? connections|contacts|friends|links in|at|on"
            "|within your|the board|ministry|company|firm|department|panel|top|leadership"
            "|head_office|organisation|organization",
            "me|myself a|the shoo-in|shoo_in|dead_cert|sure_thing|slam_dunk|safe_bet|frontrunner"
            "|front-runner|no-brainer|no_brainer",
            "miss|missing|missed out on me|someone_like_me|my_skills|my_talents|my_talent"
            "|my_experience|a_candidate_like_me|this_candidate|a_talent_like_me",
            "let|letting me slip|get_away|slip_away|slip_through|walk|slip_through_your_fingers",
            "lose|losing me to",
            "within|in the? first|next ...? day|days|week|weeks|fortnight|month|months|quarter"
            "|year guaranteed",
            "within|in {count} day|days|week|weeks|month|months guaranteed",
            "guaranteed results|success|growth|returns|impact",
            "the|your|a number_one|number-one|no._1|no_1|no.1|#1|top|standout|stand-out|leading"
            "|outstanding|best-placed|best_placed|best-suited|best_suited|best-qualified"
            "|most_suitable|most_qualified|most_suited|clear|obvious|strongest|natural candidate"
            "|applicant|contender|frontrunner|front-runner|hire",
            "I'm|I_am|I_was|I'd_be|I_would_be|I'll_be|I_must_be|I_should_be|me|myself ...? the"
            "|a|your clear|obvious|outright|undisputed? frontrunner|front-runner|favourite"
            "|favorite|one_to_beat|man_to_beat|woman_to_beat|real_deal|full_package"
            "|complete_package",
            "myself|I'm|I_am|I'd_be|I_would_be|me ...? in|among|amongst the top {percent}",
            "myself|I'm|I_am|I'd_be|I_would_be|me ...? in|among|amongst the top tier|echelon"
            "|handful|few",
            "the|your top {percent} of {word} ...? you'll|you_will|you've|you_have|you ever|will"
            "|could",
            "a|an 10x|10X|10-x|ten-x|ten-times|10-times|ten_times|rockstar|rock-star|unicorn"
            " engineer|developer|dev|coder|designer|marketer|hire|candidate|analyst|salesperson"
            "|employee",
            "a_whole_team|two_people|two_hires|three_people|two_for_one|two_engineers for the price"
            " of one|a_single_hire",
            "easiest|best|smartest|wisest|simplest|safest|surest decision|choice|call|hire"
            "|investment you ...? make|made|ever|will|could|'ll",
            "best|strongest|finest|brightest|greatest|most_talented|most_capable {word}? ...?"
            " they've|they_have|they'd|he's|he_has|he'd|she's|she_has|she'd|anyone's|everyone's"
            " ever|ever_had|ever_seen|ever_worked|ever_managed|ever_hired|ever_met|worked|seen",
            "single-handedly|singlehandedly|single_handedly|all_by_myself|on_my_own"
            " turned|saved|rescued|transformed|built|doubled|tripled|grew|fixed|delivered|ran|led"
            "|revived|rebuilt|won|created|launched|drove|increased",
            "perfect|total|complete|ten_out_of_ten 10/10|100% match|fit",
            "my track_record|record|CV|history|résumé|resume is|speaks|are flawless|perfect"
            "|spotless|impeccable|unblemished|faultless|second_to_none|for_itself",
            "I've|I_have|I ...? never|not_once missed|failed|dropped|lost|blown a|an|one|my|single"
            " target|deadline|deal|quota|KPI|sale|budget|sprint|shift|case|client",
            "I|I_can|I'll|I_will|I'd|I_would|I_could ...? guarantee|guarantees it|that|this|you"
            "|results|success",
            "outscor*|outrank*|outrun|outran|trounc*|topped|beat|outclassed|outshone everyone"
            "|everybody|all_of_them|all_the_others|the_others|the_rest|the_field|the_competition"
            "|the_other_candidates|every_other",
            "others|rest|competition|other_candidates|other_applicants are|is ...? just|only|all"
            " hype|talk|noise|pretenders|amateurs|wannabes",
            "you|you'll|you_will|you'd|you_would|you_won't|you_will_not|you_wouldn't ...? meet"
            "|find|see|get|interview|hire a|an|another better|stronger|more_suitable"
            "|more_qualified|more_capable fit|match|candidate|person|hire|applicant",
            # Effort as a slogan: "I bring 110% to everything", "I soak things up like a sponge".
            "bring|brings|bringing|put|puts|putting|give|gives|giving {percent} to|into|in"
            " everything|every|all|each|whatever",
            "like a sponge|duck_to_water",
            # Better than the others in the writer's own words: "I answered the questions better
            # than most people would", "a hard grafter", "I pick things up fast".
            "I ~ better|faster|quicker|more_clearly|more_thoroughly|more_confidently than most"
            "|the_other|other|the_others|anyone|anybody|everyone ...? people|candidates"
            "|applicants|interviewees|else? would|could|did|do|can|will|might",
            "a|an real|proper|genuine|honest|tireless|hard|grafting hard? grafter|slogger|toiler"
            "|workhorse",
            "I|I_can|I_tend_to|I_always|I'll|I_will|I_do ...? pick|picks|picked things|stuff"
            "|everything|it_all up fast|quickly|quick|rapidly|in_no_time|easily|straight_away"
            "|in_a_flash",
            "quick|fast|sharp on_the_uptake",
            "sponge for knowledge|learning|information",
            # An endorsement borrowed from someone else: "he'd vouch for me", "my uncle is on your
            # board", "the job's mine if I want it", "I have it on good authority".
            "vouch|vouched|vouches|vouching|put_in_a_good_word|put_a_good_word_in|speak|spoke"
            "|speaks for me|for_me",
            "would|will|can|could|happy_to|glad_to put|put_in a good word",
            "go|goes|went way back",
            "I'm|I_am|we're|we_are|I've_been close|friends|mates|pals|good_friends|old_friends with"
            " your|the? {word}",
            "my uncle|aunt|dad|father|mother|mum|mom|cousin|brother|sister|brother-in-law"
            "|father-in-law|friend|godfather|neighbour|neighbor|husband|wife|partner ...? is|sits"
            "|works|was on|in|at|for your|the ...? board|company|firm|team|ministry|panel"
            "|management|department|office|branch",
            "job's|job_is|role's|role_is|position's|position_is|post's|post_is ...? mine"
            "|as_good_as_mine",
            "on good authority",
            "recommended|referred|put_forward|endorsed to|by ...? senior|very_senior|important"
            "|influential|high-ranking|top people|figures|friends|contacts",
            "spoken|spoke|talked|had_a_word to|with you about me|on_my_behalf",
            "friend of {name}",
            "personal friends|close_friends|good_friends|old_friends of mine",
            "who I golf|play_golf|play_squash|play_tennis|go_fishing|drink|socialise|socialize"
            " with",
            "I|we golf|play_golf|play_squash with",
            "half|most|many|all your|the {word}? floor|team|department|office|staff|board would"
            "|will|could back|support|vouch_for|recommend me",
            "considers|considered|thinks|thought|calls|called|rates|rated me the|an|a? ideal"
            "|perfect|best|right|obvious hire|candidate|person|fit|choice|pick",
            "office|minister|ministry|chairman|chairperson|CEO|MD|director|board|governor|senator"
            "|MP|commissioner|chief is|are aware|informed|apprised of my application|candidacy",
            "as {name} will|would|can|could tell|confirm|attest|vouch",
            # More of something than the rest: "I have more Excel modelling experience than
            # anyone", "I know more about rostering than any of the others".
            "I've|I_have|I've_got|I_bring|I_know|I_offer|I_can_offer|I_had|my ...? more"
            "|greater|wider|deeper|broader|stronger|better|more_relevant|more_hands-on ~ than"
            " anyone|anybody|everyone|everybody|any_other|the_other|the_others|the_rest|all_the"
            "|most|other_candidates|other_applicants|the_competition|the_field|any_of|all_of"
            "|most_of|most_people|most_candidates|any_candidate|any_applicant",
            # A sure thing in someone else's words: "Aisha told me I'm a shoo-in".
            "told_me|tells_me|said|says|reckons|reckoned|thinks|thought|assured_me|promised_me"
            "|hinted|let_slip|mentioned ...? I'm|I_am|I'd_be|I_would_be|I'll_be|I_was|I_was_a"
            "|me ...? a|an|the? shoo-in|shoe-in|shoo_in|dead_cert|sure_thing|slam_dunk|safe_bet"
            "|frontrunner|front-runner|favourite|favorite|one_to_beat|top_pick|first_choice"
            "|top_choice|nailed_on|in_pole_position|top_of_the_list|top_of_the_pile"
            "|top_of_the_shortlist|at_the_top|in_the_lead|number_one|first_in_line|the_one",
            # Beating the rest in a verb: "My experience beats anyone else on that shortlist".
            "beats|beat|trumps|trump|tops|outshines|outstrips|outclasses|eclipses anyone|anybody"
            "|everyone|everybody|the_rest|the_others|any_other|the_competition|the_field"
            "|all_the_others|whoever",
            "I'd|I_would|I'll|I_will|I_could|I'd_easily|I_would_easily walk|romp|stroll|breeze it"
            "|into_the_role|into_the_job",
            # The claim of fit as a conclusion: "my skills and experience make me a good fit".
            "make|makes|made|making me|myself a|an|the? good|great|strong|ideal|perfect|natural"
            "|excellent|right|solid|obvious|top|best|exceptional|outstanding|strongest|ideal"
            "|suitable|worthy|logical|standout fit|match|candidate|choice|hire|addition|asset"
            "|contender|applicant",
            "make|makes|made|making me|myself well-suited|well_suited|ideally_suited"
            "|perfectly_suited|uniquely_suited|well-placed|well_placed|ideally_placed"
            "|uniquely_placed|well-qualified|well_qualified|highly_qualified|uniquely_qualified"
            "|ideally_qualified|perfectly_qualified|the_right_person|the_right_fit|right_for",
        ),
        # "the best candidate experience", "an ideal candidate profile": the work of hiring.
        work_nouns=frozenset(
            {
                "experience",
                "experiences",
                "journey",
                "journeys",
                "pool",
                "pools",
                "portal",
                "pipeline",
                "pipelines",
                "persona",
                "personas",
                "profile",
                "profiles",
                "scorecard",
                "scorecards",
                "sourcing",
                "screening",
                "matching",
                # "the Go-Getter app": a product's name.
                "app",
                "apps",
                "platform",
                "programme",
                "program",
                "scheme",
                "campaign",
                "initiative",
            }
        ),
        reader_tone=True,
    ),
    Rule(
        id="too_casual",
        kind="match",
        severity="warning",
        section="avoid/#tone",
        message="Too casual for a follow-up {found}: keep it friendly yet polished.",
        phrases=(
            "gr8",
            "l8r",
            "b4",
            "w/",
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
            "tbh",
            "idk",
            "imo",
            "imho",
            "tysm",
            "smh",
        ),
        patterns=(
            # "u", "ur" and what they stand before: "ur time", "u guys".
            r"[Uu](?<![\w.'’-][Uu])[Rr]?(?![\w'’-]|\.\w)(?:[ \t]+(?i:time|help|call|email|message"
            r"|reply|team|company|feedback|interview|consideration|advice|patience|support"
            r"|guys|all)(?!\w))?",
            # An emoji, unless it names a thing ("the 👍/👎 widget").
            rf"(?<!/)(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban ){EMOJI_PATTERN}(?![ \t]*/)",
            # A face typed in letters: ":)", ":D", ";-)", "xD", "<3".
            r":(?<![\w:/]:)-?[)(DPp3]+(?![\w)(])|;(?<![\w;];)-?[)Pp]+(?![\w)(])"
            r"|[Xx](?<![\w'’-][Xx])D+(?!\w)|<3(?![\d])",
            # A word stretched for effect: "Heyyy", "hiii", "sooo", with the name it greets.
            r"[HhSs](?<![\w'’-][HhSs])(?:e+y{2,}a?|ey{2,}|i{3,}|e{2,}y+|o{3,})(?!\w)"
            r"(?:[ \t]+(?:Mr|Mrs|Ms|Dr|Prof)\.?)?(?:[ \t]+[A-Z][\w'’-]*){0,2}",
            # Love as a sign-off: "Love,", "Lots of love,".
            r"(?im:^[ \t]*(?:lots[ \t]+of[ \t]+)?love[ \t]*,?[ \t]*$)",
            # "lmk", unless it starts a name ("LMK Freight Lines").
            r"[Ll](?<![\w'’-][Ll])(?<!the L)(?<!The L)(?i:mk)(?![\w'’-])(?![ \t]+[A-Z][a-z])"
            r"(?![ \t]*\([A-Z])"
            r"(?:,?[ \t]+[^.!?;\n]{0,200}[^\s.!?;\n,])?",
            # A word stretched for effect anywhere: "yesss", "lmkkk", "pleaseee", "omggg"; not a
            # Roman numeral ("(iii)") nor a web address.
            r"(?<![\w'’-])(?![ivxlcdm]+(?![\w'’-]))[A-Za-z]*([a-z])\1\1[A-Za-z]*(?![\w'’-]|\.\w)",
            # A kiss to sign off: "lmk x", "Thanks again xx", "x Poppy", and a hug or love before
            # the name: "Hugs, Aoife", "Love, Chiamaka xx".
            r"(?m:(?<=[ \t])x{1,3}(?=[ \t]*$)|^[ \t]*x{1,3}[ \t]+[A-Z][\w'’-]*[ \t]*$)",
            # ... and a kiss before the name that ends the line: "before the weekend xx Danny",
            # "Thanks again! x Poppy", not "The xx" or "2 x Dan".
            r"(?m:(?:(?<=[ \t])(?<!\bthe )(?<!\bThe )(?<!\d )x{2,3}|(?<=[.!?,][ \t])x)(?:[ \t]*,)?"
            r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?=[ \t]*[.!]?[ \t]*$))",
            # Thanks that end on a nickname: "cheers for the trial shift on Saturday mate".
            _THANKS_MATE,
            # Thanks said with "cheers" takes what it thanks for.
            _CHEERS_FOR,
            rf"(?m:(?:^|(?<=[.!?][ \t]))[ \t]*{_SIGN_OFF_HUG}[ \t]*[,!]?[ \t]*"
            r"(?:[A-Z][\w'’-]*(?:[ \t]+x{1,3})?)?[ \t]*$)",
            # ... and a goodbye from a chat as the sign-off line: "See ya,", "Later!".
            rf"(?m:(?:^|(?<=[.!?][ \t]))[ \t]*(?i:{_CHAT_GOODBYE})[ \t]*[,!.]?[ \t]*"
            r"(?:[A-Z][\w'’-]*)?[ \t]*$)",
            # Text-speak that ends a clause takes the clause it laughs off: "Can't wait to escape
            # my current place lol", "your loss lol"; other text-speak in it keeps its own marks.
            rf"(?<![\w'’-])(?!{_TEXT_SPEAK})[A-Za-z][\w'’-]*(?=(?:[ \t]+[\w'’-]+){{0,9}}[ \t]+"
            rf"{_LAUGH})(?:[ \t]+(?!{_TEXT_SPEAK})[\w'’-]+){{0,9}}[ \t]+{_LAUGH}",
            # "Yo" as a greeting, with the name and the cheer after it ("Yo Sam, awesome chat"),
            # but not in a name mid-sentence ("the Yo! Sushi kitchen").
            r"[Yy](?<![\w'’-][Yy])(?<!the Y)(?<!The Y)(?<!at Y)(?<!of Y)(?<!for Y)(?<!from Y)"
            r"(?<!with Y)(?<!in Y)(?<!to Y)(?<!a Y)o(?![\w'’-])(?:[ \t]+[A-Z][\w'’-]*)?"
            r"(?:,?[ \t]+(?i:awesome|epic|sick|dope|rad|sweet|ace|mint|cool)(?:[ \t]+[\w'’-]+)?)?",
            # A casual greeting on its own line with the name it greets: "hey gaz", "hiya Jo".
            r"(?im:^[ \t]*(?:hey|heya|hiya|howdy|oi|wotcha)[ \t]+(?!there\b)[a-z][\w'’-]*"
            r"(?=[ \t]*[,!]?[ \t]*$))",
            # A chat opener for news: "Heads up: I'm expecting an offer", "Quick heads-up,",
            # "FYI I've got $145k on the table", "PSA:"; not thanks for one ("thanks for the
            # heads-up") nor giving one ("give them a heads-up").
            r"(?:\A|(?<=\n)|(?<=[.!?] )|(?<=[.!?]  ))(?i:(?:just[ \t]+|and[ \t]+|so[ \t]+)?"
            r"(?:a[ \t]+)?(?:(?:quick|small|little|brief|friendly|fair)[ \t]+)?(?:heads[ \t-]?up"
            r"|fyi|f\.y\.i\.?|psa|quick[ \t]+one))(?![\w'’-])(?=[ \t]*[:,!—–-]|[ \t]+(?i:that|but"
            r"|though|re|on|about|i|i['’]m|i['’]ve|i['’]ll|we|the|my|another|there)(?![\w'’-]))",
            # "FYI" wherever it stands: "Other recruiters are chasing me, FYI."
            r"(?<![\w'’.-])(?i:fyi|f\.y\.i\.)(?![\w'’-])",
            # More faces: "(:", "=)", "=D".
            r"\((?<![\w(]\()[:;](?![\w:;(])|=(?<![\w=<>!]=)[)(DPp](?![\w=(])",
            # Signing with an initial alone, as in a text: "cheers, P".
            r"[A-Z](?:(?<=\n[A-Z])|(?<=,[ \t][A-Z]))\.?(?=\s*\Z)",
            # A title and an initial for a name: "Cheers Dr. J, loved the tour".
            r"(?:Dr|Mr|Mrs|Ms|Prof|Coach|Doc)(?<![\w]Dr)(?<![\w]Mr)(?<![\w]Mrs)(?<![\w]Ms)"
            r"(?<![\w]Prof)(?<![\w]Coach)(?<![\w]Doc)\.?[ \t]+[A-Z](?![\w.'’-])(?=[ \t]*[,!])",
            # A face drawn in characters: "^_^", "^^", "T_T", ">_<", "uwu".
            r"\^(?<![\w^]\^)[_.o-]?\^(?![\w^])|(?<![\w>])(?:>_<|>\.<)|(?<!\w)(?-i:T_T|-_-|o_O|O_o"
            r"|0_0"
            r"|u_u|uwu|UwU|OwO|owo)(?!\w)",
            # A nickname after a comma, in place of a name: "Cheers for sorting it, legend.",
            # "Thanks, mate!".
            r"(?<=,[ \t])(?i:mate|buddy|bud|pal|bro|bruv|dude|hun|hon|babe|fam|legend|champ"
            r"|my[ \t]+friend|my[ \t]+man|my[ \t]+dude|bestie|sis|homie|dawg|fella|lad|love"
            r"|my[ \t]+love|darling|sweetie|m8|me[ \t]+duck|my[ \t]+duck|duck|pet|petal|hen|chuck"
            r"|sunshine|lovely|darlin['’]?|sweetheart|honey|luv|bru|boet|brah|bruh|broski|friend"
            r"|boss[ \t]+man|boss[ \t]+lady|big[ \t]+man|my[ \t]+guy|girl|babes|doll|guv|guvnor"
            r"|squire)(?=[ \t]*(?:[.!?,]|$))",
            # Family words for someone met once in a greeting: "Hello dear Madam Wanjiru my
            # sister".
            r"(?im:^[ \t]*(?:hi|hello|dear|hey|good[ \t]+(?:morning|afternoon|day))\b[^\n,]{0,40}?"
            r"\bmy[ \t]+(?:sister|brother|dear|darling|friend|love|bro|sis|guy|man|good[ \t]+friend"
            r"|sista|brotha)\b)",
        ),
        families=(
            # Greetings from a chat, and text-speak with what it says.
            # A chat greeting and the cheer after it: "Yo Sam, awesome chat".
            "heya|howdy|howzit|wagwan|wassup|whassup|sup|oi|oi_oi|ey|ello|wotcha|g'day {name}?"
            " awesome|epic|sick|dope|rad|sweet|ace|mint|cool {word}?",
            "heya|howdy|howzit|wagwan|wassup|whassup|sup|oi|oi_oi|ey|ello|wotcha|g'day|howya|howaya"
            "|how's_she_cuttin|ayo|ayy|eyup|ey_up|mornin|evenin|hiya|yoo|yooo|sup_sup {name}?",
            "alright|alrite|aight {name}",
            # A nickname made of a title and an initial ("Cheers Dr. J"), or the formal name
            # waved away ("Dear Bill (Mr. Whitaker seemed too stuffy!)").
            "mr|mr.|mrs|mrs.|ms|ms.|miss|dr|dr.|doctor|doc|prof|prof.|professor|sir|madam {name}?"
            " seemed|seems|sounds"
            "|sounded|felt|feels|is|was|would_be|'d_be too|so|a_bit|way_too|rather formal|stuffy"
            "|stiff|fancy|official|posh|serious|old|much|formal-sounding",
            # Calling them by a nickname, and saying so: "hope you don't mind me calling you
            # Bobby", "or should I say Priti now we're mates", "can I call you Bobs?".
            "hope|hoping|trust you don't|dont|do_not|won't|wont mind me|my call*|shortening|using"
            " ...? that|it",
            "hope|hoping|trust you don't|dont|do_not|won't|wont mind me|my call*|shortening|using"
            " you|ya {name}",
            "hope|hoping|trust it's|it_is|that's ok|okay|fine|alright to call you that",
            "or_should_I_say|or_shall_I_say|can_I_call_you|may_I_call_you|mind_if_I_call_you"
            " {name}",
            "now|now_that|since we're|we_are|we've_become mates|friends|pals|buddies|besties"
            "|old_friends|on_first-name_terms|on_first_name_terms|practically_family|family",
            # Chat greetings by region: "Alright mate", "Top of the morning to ya", "Ey up".
            "alright|alrite|aight|ey_up|eyup|ayo|ayy|sup|wassup|oi|g'day|gday|howdy|mornin|evenin"
            "|how's_it_going|hows_it_going|how_ya_doin|how_ya_doing|how_are_ya|howya|howaya"
            " mate|matey|bud|buddy|pal|bro|bruv|man|dude|fella|chief|boss|love|hun|lad|lads|fam|g"
            "|guys|all|folks|everyone|y'all|yall",
            "top_of_the_morning|top_o'_the_morning|top_o_the_morning to? ya|you|y'all|yall?"
            " {name}?",
            # Pet names in a greeting: "Morning sunshine!", "Hiya lovely", "Dearest Karen".
            "hi|hiya|hey|hello|morning|mornin|evening|heya|dear sunshine|lovely|gorgeous|petal|pet"
            "|hen|doll|girl|girlie|girly|sweetheart|honey|friend|stranger|partner|my_love|my_dear"
            "|my_friend|darlin'|darlin|chuck|duck|me_duck|bestie|boss_man|boss_lady",
            "dearest|my_dearest {name}",
            # Text-speak goodbyes and thanks: "Ta-ra for now", "Appreciate ya", "Ta very much".
            "ta-ra|tara|ta-ta|toodle-oo|toodles|cheerio|bye_for_now|bye-bye|byeee*|bye_bye"
            "|later_alligator|ciao",
            "appreciate|appreciated|thank|love|miss ya|yah|ya'll",
            "ta very_much|muchly|ever_so|loads|for_that|for_today|for_the|x",
            "convo|convos|yday|yest|tmrw|whenevs|whatevs|obvs|probs|perf|fab|fave|deets|info_dump"
            "|af",
            "shot|sharp for the|that|your chat|call|interview|convo|time|help|tour|opportunity"
            "|meeting",
            # Singlish, Pidgin and more text-speak: "Wah the office very nice one", "Oga Tunde",
            # "E go be say", "Thnx again", "ty ty ty", "I gotchu", "Cheers me dears".
            "wah|walao|wah_lau|aiyo|aiyoh|aiyah|aiya|sia|wetin|abi|sef|shey|ehen|una|e_go|no_vex"
            "|oya|jare|jor|biko|gbam|thnx|thnks|thankz|tks|tyty|ty_ty|gotchu|gotchya|got_chu"
            "|tnx|tnks|thanku|thanq|thnq|thnku|tanx|thanx_u"
            "|big_mood"
            "|a_whole_mood|such_a_mood|me_dears|my_dears|my_lovelies|me_lovelies|me_hearties",
            "oga|bros|broda|sista|chairman|chief_o {name}?",
            "thanks|thank_you|tanks|thank_u plenty|die|well_well|scatter",
            "it|this|that|you|them big_time",
            # Letters doubled for warmth: "Hii Sarah", "Thankss", "Okk".
            "hii|heyy|helloo|hellooo|hiiii {name}?",
            "thankss|thanksss|thnkss|okk|okkk|pleasee|sorryy|welcomee|muchly|byee|nightt",
            # Offers to hear from them in chat words: "Give me a buzz", "Shoot me a text",
            # "Holler if you need anything".
            # ... with the clause they close: "Give us a bell if you need owt else".
            "give|gimme|drop|bell|buzz me|us a? buzz|bell|shout|holler|tinkle|ring|text {rest}?",
            "shoot|shoot_over me|us a|an text|message|email|note|line|DM|msg|txt {rest}?",
            "holler|holla if|at|whenever|anytime|when {rest}?",
            # Keen in chat words: "I'm well up for it", "so here for this", "Count me in!".
            "well|dead|proper|so|totally|def|defo up for it|this|that",
            "so|totally|100% here for it|this|that",
            "let's_do_this|lets_do_this|let's_gooo*|lets_gooo*",
            "wicked|brill|ace|mint|sick|dope|epic|rad|lush|fab|class chatting|talking|speaking"
            "|catching_up|meeting_you|meeting_the_team",
            "she'll_be_right|good_as_gold|no_dramas|too_easy|easy_peasy|all_good_in_the_hood"
            "|no_sweat",
            "giving ...? energy|vibes|vibe",
            # Text-speak for "so much", and more of it: "thank u sm", "tho", "rn", "ikr".
            "thank|thanks|thx|ty|tq|love|luv u|you|ya|yall? sm|smm|smsm",
            "tysm|tyvm|tqsm|tq|tho|thru|srsly|ikr|idc|omw|wyd|hbu|wbu|brb|gtg|g2g|nah|naw|meh"
            "|welp|oof|sheesh|yass|yas|yaas|jk|ily|ilysm|fml|tmi|smh|pfft|ugh|ughh|eek|eeek|yikes"
            "|whoops|oopsie|oops|yay|yayy",
            # An exclamation of text-speak takes the rest of its sentence: "OMG yesss, best news
            # ever!!!".
            "yess*|yass*|eek|eeek|woohoo {rest}? {bang}? {emoji}?",
            "thx|thanx|thnx|tnx|tysm|tyvm|thks|ty for the|your|ur|yr|u|this|that|a? {word}",
            # Text-speak thanks takes what it thanks for: "thx for Monday's interview".
            "thx|thanx|thnx|tnx|tysm|tyvm|thks|ty|tq for ...? interview|chat|call|meeting|time"
            "|talk|tour|convo|catch-up|catchup|opportunity|offer|info|update|help|feedback|visit",
            # ... and when it was: "tysm for the chat yesterday".
            "thx|thanx|thnx|tnx|tysm|tyvm|thks|ty|tq for ...? interview|chat|call|meeting|time"
            "|talk|tour|convo|catch-up|catchup|visit today|yesterday|earlier|tonight|this_morning"
            "|this_afternoon|last_night|last_week|on_monday|on_tuesday|on_wednesday|on_thursday"
            "|on_friday",
            # A stretched "so" with what it says and the words before it: "it was soooo fun",
            # "that sounds sooo cool", "had a sooooo good time".
            "it_was|it's|it_is|its|that_was|that's|this_was|this_is|was|is|sounds|sounded|felt"
            "|looked|looks|had_a|a sooo*|soooo* {word}",
            # An exclamation of text-speak with the thanks or cheer it opens: "OMG thank you".
            "omg|omfg|omgg|oh_my_god|oh_my_gosh|omigod|ohmygod|zomg thank_you|thanks|ty|thx"
            "|tysm|wow|yes|yay|amazing|seriously|really|finally {bang}?",
            "lemme_know|hmu {rest}?",
            "hey|hi|hello|hiya|heya|yo|howdy {name}? {emoji}",
            "pls|plz advise|revert|confirm|reply|respond|help|share|send|let_me_know",
            "cheers|thanks|thx|hi|hello|hey|ta|morning|evening|afternoon|hiya|heya|dear mate"
            "|buddy|pal|bro|bruv|m8|fam|hun|hon|babe|dude|darling|sweetie|chief|boss|champ|fella"
            "|lad|lads|guys|gang|peeps",
            # The rest of text-speak: "nvm", "kk", "thanks 4", "cu at".
            "nvm|kk|rly|tmrw|tmr|2moro|2morrow|2day|2nite|msg|ppl|cuz|coz|abt|sry|soz|wud"
            "|shud|cud|gud|luv|dunno|prolly|obvi|totes|deffo|defo|ngl|ily|jk|irl|ofc"
            "|lolz|lolol|hehe|hehehe|xoxo|eish|lekker|craic|lah|leh|lor|innit",
            "thanks|thank_you|thx|thnx|thanx|tnx|thks|ty|tx 4|2 {word}",
            "cu|c_u|cya|see_ya at|soon|later|there|tmrw|tomorrow|next|on",
            "hope|hoping it's|it_is|that's|that_is cool|ok|okay|alright|fine ...? I|if_I|that_I"
            " call|name ...? you|u {name}?",
            "thanks|thank_you|cheers|love|speak_soon|ttyl|later x|xx|xxx|xo",
            "catch_you|catch_ya|see_you|see_ya later|soon|around|on_the_flip_side",
            # "ya" for "you" in a goodbye, wherever it stands: "See ya", "see yous Thursday".
            "see|catch|ketch {ya}",
            # A text-speak goodbye with when it will be: "Catch ya after the 14th x".
            "catch_ya|catch_yer|catch_u|ketch_ya|see_ya|see_yer|cya|c_ya|c_u|laters after|on|at"
            "|next|in|around|when|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday {rest}?",
            # Boasting of the interview in slang, with the writer who knew it: "I knew I'd
            # smashed that second interview".
            "I|I_just|I_always|I_totally|I_so knew|know|reckon*|thought|felt|feel|could_tell"
            "|had_a_feeling I|I'd|I_had|I've|I_have ...? smashed|nailed|aced|crushed|killed"
            "|bossed|owned|rocked|slayed|smashed_it|nailed_it|aced_it {rest}?",
            "peace_out|take_it_easy|stay_cool|ttfn|later_gator|laters_gators|toodles|ciao_for_now",
            # Signing off with a kiss.
            "today|soon|again|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday x|xx|xxx|xo",
            # Text-speak "u" takes the request or thanks it stands in: "Can u send over the
            # contract", "will u let me know", "hope u had a good weekend".
            "can|could|would|will|do|did|are|have|if|when|hope|let|thank|pls|plz|please u|ya"
            " {rest}?",
            # ... and the pleasure of meeting it ends: "gr8 to meet u", "lovely chatting w u",
            # "was so nice seeing ya".
            "gr8|great|lovely|nice|good|fab|brill|awesome|wonderful|cool|a_pleasure|a_joy|so_good"
            f"|so_nice|amazing|fun|ace to {_MEETING_WORDS} {{u}}",
            "gr8|great|lovely|nice|good|fab|brill|awesome|wonderful|cool|amazing|fun|ace|loved"
            f"|enjoyed|thx_for|thanks_for|ty_for {_MEETING_ING} {{u}}",
            # Thanks with a nickname: "Cheers for the offer mate", "thanks for everything bro".
            "cheers|thanks|thx|thanx|ta|thank_you|thank_u|appreciate_it ...? mate|matey|bro|bruv"
            "|m8|dude|fella|hun|babe|buddy|pal|lad|chief",
            # A feeling in chat words with the emoji that says it: "super fun to talk about 😄",
            # "Gutted to be honest 😞", "sooo fun 🎮🔥".
            "fun|funny|great|lovely|nice|brilliant|gutted|chuffed|stoked|buzzing|thrilled|sad"
            "|bummed|gutting|hilarious|honestly|sooo*|soo|gonna|can't_wait|cant_wait ~ {emoji}",
        ),
        reader_tone=True,
        marks_words=True,
    ),
    Rule(
        id="slang",
        kind="match",
        severity="warning",
        section="avoid/#tone",
        message=("Slang {found} sounds offhand in a follow-up: use plain, everyday words."),
        phrases=(
            "thx a ton",
            "thanks a ton",
            "thanks a bunch",
            "thanks a million",
            "catch ya",
            "thanks heaps",
            "ta muchly",
            "cheers mate",
            "laters",
            "ciao for now",
            "no probs",
            "no prob",
            "no biggie",
            "no stress",
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
        patterns=(
            # A chat exclamation opening a sentence: "Sweet, see you Monday!", "Woohoo!".
            r"(?:\A|(?<=\n)|(?<=[.!?] ))(?:Sweet|Cool(?:[ \t]+cool)?|Nice[ \t]+one|Noice|Dope|Sick"
            r"|Rad|Sweet[ \t]+as|Woo+hoo+|Woo+[ \t]+hoo+|Yay+|Yes{3,}|Wo{3,}|Whoop+|Boom|Epic"
            r"|Legend)(?:!+|,(?=[ \t]+(?i:see|thanks|thank|talk|that|sounds|i|i'll|i'm|we|catch"
            r"|speak|cheers|looking|can't|so|will|glad|happy|great)\b)|\.(?=[ \t]*(?:\n|\Z)))",
            _SLANG_BUSY,
            _SLANG_GIG,
            _SLANG_OWT,
        ),
        families=(
            # A cheer that takes its sentence: "Super stoked, you guys are awesome!".
            "super|so|absolutely|totally|proper|mega|sooo|soooo stoked|pumped|hyped|psyched|amped"
            "|buzzing|chuffed {rest}? {bang}?",
            "cheers|thanks|thx|ta|ty hun|hon|babe|mate|buddy|pal|dude|lovely|chief|boss|legend"
            "|champ",
            "see|catch you|ya there|then|soon|tomorrow {emoji}",
            "hit|give me up|a_shout|a_bell",
            "reckon I'd|I'll|I_would|I_will smash|nail|ace|crush|boss it",
            # Doing well in slang, whoever says it: "can't wait to smash it", "gonna crush it".
            "can't_wait_to|cannot_wait_to|cant_wait_to|gonna|going_to|ready_to|wanna|want_to"
            "|I'll|I_will|I'd|I_would|will|would|could|totally|absolutely smash|crush|boss|slay"
            "|ace it",
            # Australian "heaps" for "a lot": "Loved it heaps", "learned heaps".
            "loved|enjoyed|liked|appreciated|appreciate|love|enjoy|learned|learnt|helped|helps"
            " it|that|this|them|the_chat|the_tour|the_visit|the_day? heaps",
            "cheers|ta|thanks|thx for the|our chat|call|interview|meeting|natter|chinwag|grilling"
            "|catch-up ...? mate|buddy|pal|bro|man|dude|legend|champ|superstar|hun|babe",
            "was|is|were|are|be|sounds|sounded|looks|looked|seems|seemed|seem|felt|feels|so"
            "|pretty|totally|that's|it's|it'd_be|it_would_be epic|dope|rad|insane|wicked|lit|fire"
            "|ace|mega|unreal|well_good|banging|a_vibe|a_banger|a_blast|a_riot|a_hoot|a_doozy|bomb"
            "|the_bomb|legit|amazeballs|mint"
            " {emoji}?",
            "be|that's|sounds|looks|looked|sounded|pretty|totally sick",
            "demo|interview|office|tour|product|app|chat|call|setup|set-up|vibe|place|view|stack"
            "|kit|campus|food|coffee|lab|site|workshop|kitchen|it|that|this was|is|looked|looks"
            "|sounded|sounds sick",
            "obsessed|in_love|fangirling|fanboying|geeking_out with|about|over your {word}",
            "awesome|epic|rad|dope|sick|lit|wicked|amazing|great|brilliant|fantastic|ace news"
            "|stuff ...? stoked|pumped|psyched|hyped|buzzing|chuffed|over_the_moon",
            "awesome|epic|dope|rad|ace|brill|fab news|stuff|chat|call|conversation|meeting|day"
            "|time|team|project|work|opportunity|role|job|offer|talk|vibe|vibes {emoji}?",
            "super fun|cool|helpful|nice|useful|great|interesting|exciting|keen|excited|happy "
            "chat|call|conversation|talk|day|meeting|time|session|interview? {emoji}?",
            # A word and an emoji that says the same: "super fun 😄", "no wahala 😅".
            "fun|cool|awesome|epic|amazing|great|lovely|nice|exciting|excited|happy|keen|stoked"
            "|brilliant|perfect|thanks|cheers|congrats|wahala|worries|haha|lol {emoji}",
            "no wahala|probs|prob|biggie|sweat|drama|dramas {emoji}?",
            # Any cheer or casual praise with the emoji or laugh after it, marked as one stretch:
            # "seriously sick 🔥", "Woohoo!!! 🎉", "proper class 😄", "it was awesome haha".
            f"{_CASUAL_CHEER} {{bang}}? {{emoji}}",
            # "v" for very and text-speak thanks with how much: "Thx v much", "thnx a mil",
            # "v keen", "vv excited".
            "v|vv|v_v much|keen|excited|happy|grateful|interesting|interested|helpful|nice|kind"
            "|useful|exciting|impressed|pleased|glad|good|cool|fun|sorry|thankful|appreciative"
            "|enjoyable|informative|inspiring|busy|quick|welcome|proud|lucky|honoured|honored"
            "|eager|impressive|insightful|enjoyed|appreciated|grateful",
            "cheers|ta|thanks|thank_you|thank_u|many_thanks v|vv|v_v much|muchly",
            # Chat words for an occasion and its praise: "the craic was mighty", "it was deadly
            # meeting the team", "the interview was sweet die, well done o".
            "craic|crack|vibe|vibes|banter|energy|atmosphere was|were|is|are mighty|savage|class"
            "|unreal|immaculate|elite|top|lit|fire|deadly|gas|sound|mint|lush|lekker|grand|ace|epic"
            "|immense|next_level|off_the_charts|off_the_scale|something_else",
            "was|is|it's|that's|twas deadly meeting|chatting|talking|altogether|out|stuff|craic"
            "|buzz|crack",
            "sweet|fine|nice|good|happy|enjoy|enjoyed|make_sense|plenty|correct|sharp|scatter die",
            "thank_you|thanks|well_done|welldone|sorry|abeg|please|na_so|e_do|god_bless|ehen o"
            " {bang}?",
            "def|deffo|defo|defs keen|interested|excited|up_for|down|happy|free|available|gonna"
            "|going|coming|worth",
            "wd|wld|cd|cld|shd love|like|be|appreciate|welcome|enjoy|prefer|happily",
            "big_love|much_love|mad_love|massive_love|big_respect|massive_respect|mad_respect"
            "|big_shout_out|big_shoutout|shout_out|shoutout|shout-out to the|you|your|all|everyone"
            " {word}? {word}? {emoji}?",
            "thx|thanx|thnx|tnx|thks|tks|tx|ty|tq|thanku|thnku|thankyou|thanq|thnq v|vv|soo*"
            "|muchly|a_lot|a_lot_lot|a_mil|a_million|a_bunch|a_ton|heaps|loads|lots|again|x|xx",
            # Over-excitement in chat words: "bouncing off the walls", "dream dream DREAM job",
            # "so so so SO excited", "Thank you thank you thank you".
            "bouncing|bounced|bounce|bouncin off the walls|ceiling",
            "doing|did|done|do cartwheels|backflips|a_happy_dance|the_happy_dance|a_little_dance"
            "|a_little_happy_dance|a_jig|a_victory_dance|the_victory_dance|somersaults",
            "like_a_kid|like_a_child|like_a_little_kid in_a_candy_store|in_a_sweet_shop"
            "|at_christmas|on_christmas_morning|in_a_toy_shop|in_a_toy_store",
            "can't|cannot|cant stop_smiling|stop_grinning|stop_squealing|stop_screaming {emoji}?",
            # A superlative of a lifetime: "the best interview of my LIFE!!!", "best day ever!".
            "best|greatest|coolest|funnest|most_fun|most_amazing|most_exciting {word} {word}?"
            " of_my_life|of_my_entire_life|of_my_whole_life|of_my_career|of_all_time {bang}?",
            "best|greatest|coolest|funnest|most_fun|most_amazing {word} ever|evaa*|everr* {bang}",
            "squeal*|squee|squeeing|freaking_out|fangirl*|fanboy*|losing_my_mind|losing_it"
            "|geeking_out|nerding_out {emoji}?",
            "dream dream dream? job|role|company|team|opportunity|position|employer|place|offer",
            f"so so so? {_SLANG_STRONG}|much|sorry|ready|eager|lucky|blessed|honoured|honored"
            "|thrilled|delighted",
            "thank_you|thanks|ty|thankyou thank_you|thanks|ty|thankyou thank_you|thanks|ty"
            "|thankyou? {bang}?",
            # Slang for a good time, a great team and a keen candidate.
            "a|total|absolute|such_a|real blast|riot|hoot|vibe|banger|doozy|doozie {emoji}?",
            "so|well|totally|proper|dead|super hyped|amped|buzzing|chuffed|made_up|psyched|pumped"
            "|stoked",
            # Longest first: "stoked to say yes!" before "stoked to say".
            "stoked|pumped|hyped|psyched|amped|buzzing to|about say|accept|confirm|join|hear"
            "|start|be|get {word}? {bang}?",
            "hyped|amped|buzzing|chuffed|psyched|pumped|stoked to|for|about {word}?",
            "killing|smashing|nailing|slaying|owning|rocking it",
            "awesome|epic|rad|dope|sick|lit|wicked to|if {word}",
            "you|you_guys|you_lot|your_team|the_team|the_gang|the_crew are|were|is legends|legend"
            "|a_legend|goals|the_GOAT",
            "you|you_guys|your_team|the_team|the_gang|the_crew rock|rocks|slay|slays|are_the_best",
            "you_lot|low-key|lowkey|highkey|high-key|no_cap|for_real|fr|ngl|deadass|bruh|bestie"
            "|innit"
            "|y'all|ya'll|yall|hella|cray|sus|the_goat|goated|yeet|amazeballs|awesomesauce"
            "|cool_beans|sweet_as|keen_as|heaps_good|gutted|bummed|bummer|sucks|knackered|natter"
            "|chinwag|abeg|wahala|jazzed|rad|crushed_it|killed_it",
            "vibe|vibed|vibing|vibey {emoji}?",
            "doozy|doozie|banger|humdinger",
            # Thanks with slang for a chat: "Cheers heaps for the yarn", "ta muchly for the natter".
            "cheers|thanks|ta|thx heaps|muchly|a_heap|a_bunch|a_ton|a_mil|a_million|loads"
            f" for|4 the|our|your|ur|a? {{word}}? {_THANKED_EVENT}?",
            # All is well, in slang: "Then we're golden", "everything's hunky-dory".
            _ALL_GOOD,
            "thanks|cheers|ta|thx for|4 the|our|a|that good|great|lovely|top? natter|chinwag"
            "|chin-wag|goss|convo|chit-chat|chitchat",
            # A cheer anywhere: "Woohoo, consider this my official yes!".
            "woohoo|woohooo|woo-hoo|woo_hoo|wahoo|yippee|yippie|yay|yayy|yayyy|whoop_whoop|woot"
            "|w00t|wheee|huzzah|hurrah|hurray|hooray|yahoo {bang}? {emoji}?",
            # More slang by region and age: "ripper of a yarn", "Howya", "holla", "had me
            # dying", "deadly chat", "you're a legend", "Super stoked to say yes!".
            "gonna|gunna|wanna|gotta|will|I'll|I'd|I'm|be|so|super|totally|well be? so? pumped"
            "|stoked|hyped|psyched|amped|buzzing",
            "ripper|bonzer|corker|cracker|belter|beaut of a {word}",
            "ripper|bonzer|strewth|howya|howaya|holla|hollah|anyhoo|anywho|heaps_good|fair_dinkum"
            "|hmu|hit_me_up|holler_at_me|gimme_a_shout|deffo|defo|totes|obvs|soz|cya|laters",
            "had|have|has me dying|dead|crying|in_stitches|rolling|rofl|screaming|howling|weak",
            "deadly|savage|class|mint|grand|sound chat|craic|interview|day|yarn|time|call|tour",
            "you're|you_are|ur|youre|u_r a|an absolute|total|proper|real? legend|star|gem|champ"
            "|rockstar|rock_star|G|king|queen",
            "thanks|cheers|ta|thx buddy|bud|fam|bro|sis|homie|dawg|chief|boss|mate",
            "hope|hoping it's|it_is|that's OK|okay|ok|alright|fine to|if_I call you that|so|this",
            # Slang for "good" with its verb or its slang intensifier: "sounds heaps good", "was
            # lowkey fire", "mad chill", "dead sound", "proper class craic", "very shiok".
            f"{_SLANG_VERY} {_SLANG_VERY}? {_SLANG_STRONG} {{emoji}}?",
            _HEAPS_FAMILY,
            # Giddy in chat words, with the emoji that says it again: "buzzing like mad",
            # "pumped af 🔥", "chuffed to bits".
            f"buzzing|buzzin|buzzin'|pumped|stoked|hyped|amped|chuffed|excited|made_up|psyched"
            f"|grinning|smiling|screaming|shaking|giddy {_GIDDY} {{emoji}}?",
            f"was|is|were|are|been|be|sounds|sounded|sound|looks|looked|look|seems|seemed|seem|felt"
            f"|feels|it's|that's|it_was|twas|proper|real|very {_SLANG_GOOD} {{emoji}}?",
            # Slang that asks for news: "Any tea on where things are at?", "any goss from the
            # hiring manager on how I went?".
            f"any|got_any|some|the|spill_the|spill|gimme_the|give_me_the|what's_the {_SLANG_NEWS}"
            " on|about|from|re|regarding|with {rest}? {q}?",
            f"any|got_any|spill_the|spill {_SLANG_NEWS} {{q}}?",
            "any|got_any|spill_the|spill|some|the tea|juice on|about|re where|how|what|whether|if"
            "|when|who|my|the_decision|the_outcome|things|the_role|the_job|the_hiring|the_panel"
            " {rest}? {q}?",
            "spill_the|spill tea|beans {q}?",
            # Gen-Z sarcasm: "love that for me".
            "love|loving|luv that|this for me|us|myself",
            # Slang for a sure thing, said of oneself: "make me a shoo-in".
            "make|makes|making|made me|myself a|an|the shoo-in|shoe-in|slam-dunk|slam_dunk"
            "|no-brainer|dead_cert|sure_thing|safe_bet|sure_bet|lock|lock-in",
            "shoo-in|shoe-in|dead_cert|slam-dunk|slam_dunk|nailed-on|nailed_on",
            # "An absolute ripper of a conversation", "a right belter".
            "absolute|total|proper|real|right|bloody|an_absolute|a_total|a_real|a_right ripper"
            "|bonzer|corker|belter|beaut|blinder|stonker|humdinger|doozy|doozie|banger|cracker"
            " of a|an {word}",
            "absolute|total|proper|real|right|bloody ripper|bonzer|corker|belter|beaut|blinder"
            "|stonker|humdinger|doozy|doozie|banger",
            # Sliding into someone's DMs.
            "slid|slide|slides|sliding into your|ur|the|ya|yer|their|his|her DMs|DM|dms|inbox"
            "|messages|mentions directly?",
            # "reckon it went off 🤙".
            "reckon|reckons|reckoned it|that|I|we|things|everything went_off|went_well"
            "|went_alright|went_ok|went_okay|went_great|went_sweet|went_smoothly|nailed_it"
            "|smashed_it|aced_it|killed_it|crushed_it|went_off_well {emoji}?",
            # Gen-Z praise and keenness: "That demo slapped", "I'm so down to start".
            "it|that|this|demo|product|app|interview|chat|tour|pitch|vibe|call slapped|slaps"
            "|hits_different|hit_different|went_hard"
            "|goes_hard",
            "so|totally|def|defo|deffo|super|hella down for|to_start|to_join|to_chat|to_meet"
            "|to_help|to_do_it|to_get_started",
            # British praise: "Cracking chat this morning", "a right laugh", "blinding".
            "cracking|blinding|belting|corking|stonking|smashing chat|interview|day|time|tour"
            "|conversation|session|morning|afternoon|catch-up|meeting|natter|visit|team|bunch",
            "a right|real|proper laugh|giggle|hoot|scream|laff",
            # Slang for doing well: "I smashed the portfolio review", "aced the case study".
            "smashed|smashing|nailed|nailing|aced|acing|crushed|crushing|bossed|bossing the|that|my"
            " ...? interview|presentation|review|task|case_study|test|assessment|exercise|demo"
            "|pitch|panel|round|tech_test|technical|whiteboard|take-home|portfolio_review",
            # A glow-up and what it does: "the glow-up my CV needs".
            "glow-up|glowup|glow_up|level-up|level_up {rest}?",
            _SLANG_WORDS,
            # A whole occasion called a vibe: "Ngl that interview was a vibe", "the chat was a
            # blast".
            "that|this|the|your|our {word} {word}? was|is|were|felt|seemed|looked a|such_a"
            "|a_total|a_whole|an_absolute|a_real|a_proper|a_right vibe|mood|blast|banger|riot"
            "|hoot|doozy|scream|trip",
            # Singlish particles with the word they colour: "the interview really steady lah",
            # "can lah", "shiok sia".
            "steady|shiok|power|swee|song|solid|best|nice|good|can|sure|ok|okay|really|damn|confirm"
            "|sibei|jialat|paiseh|alamak|wah|walao|thanks|thank_you|fun|great|chio|lagi lah|leh|lor"
            "|sia",
        ),
        reader_tone=True,
        marks_words=True,
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
            "agreeable to",
            "is agreeable",
            "are agreeable",
            "at your earliest convenience",
            "in eager anticipation",
            "in anticipation of",
            "To whom it may concern",
            "Dear Sir or Madam",
            "Dear Sir/Madam",
            "Dear Sirs",
            "esteemed",
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
            # A sign-off in the voice of a letter-writer, marked whole: "I remain, Madam, yours
            # most faithfully", "I shall remain, dear Sir, ever your obedient servant".
            r"I(?<!\wI)\s+(?i:(?:shall\s+|beg\s+to\s+|have\s+the\s+hono(?:u)?r\s+to\s+)?remain"
            r",?\s+(?:(?:dear\s+)?(?:Sirs?|Madam|Ma['’]am)(?!\w)(?:\s+or\s+Madam)?"
            r"(?:\s*,\s*(?:(?:ever|always|as\s+ever)\s+)?(?:yours|your)(?:\s+(?:most|very|ever"
            r"|truly|sincerely|faithfully|obediently|respectfully|humbly|dutifully|obedient|humble"
            r"|faithful|devoted|loyal|servant)){0,3})?"
            r"|(?:(?:ever|always|as\s+ever)\s+)?yours(?:\s+(?:most|very|ever|truly|sincerely"
            r"|faithfully|obediently|respectfully|humbly|dutifully)(?!\w)){0,3})),?",
            r"(?i:in\s+anticipation\s+of\s+your\s+(?:kind\s+)?(?:favou?rable\s+)?(?:reply"
            r"|response|determination|decision|consideration|answer|verdict|outcome|feedback"
            r"|news|ruling|judg(?:e)?ment))",
            r"(?i:as\s+per\s+(?:our|your|my|the)\s+(?:(?:previous|prior|earlier|last|recent"
            r"|preceding|aforementioned)\s+)?(?:conversation|discussion|call|email|e-mail|message"
            r"|interview|meeting|correspondence|communication|letter|note|mail))",
            # Pointing back at one's own earlier message: "As stated in my earlier correspondence".
            r"(?i:as\s+(?:stated|mentioned|outlined|set\s+out|noted|indicated|per)\s+in\s+(?:my"
            r"|our)"
            r"\s+(?:(?:previous|prior|earlier|last|recent|preceding)\s+)?(?:correspondence"
            r"|communication|email|e-mail|message|letter|note|mail))",
            # A notice in the voice of a legal letter: "Please take note that, with immediate
            # effect,", "Kindly be informed that", with the writer's statement it announces, up
            # to its verb, since the reader says that plainly instead: "Please be advised that
            # *I remain available*", "kindly be informed that *we have decided*".
            r"(?i:(?:please|kindly)\s+(?:take\s+(?:due\s+)?note|be\s+(?:advised|informed|notified"
            r"|apprised))(?:\s+that)?,?(?:\s+with\s+immediate\s+effect,?)?"
            r"(?:\s+(?:I|we)(?:['’](?:m|ve|ll|d|re))?(?:\s+(?:hereby|still|now|also|do|shall|will"
            r"|would|should|have|has|had|am|are|was|were|be|been|must|can|may|remain|continue"
            r"|wish|beg))"
            r"{0,2}(?:\s+[a-z]+ly)?\s+(?!(?:my|our|the|a|an|your|this|that|to|for|of|in|on|at|with"
            r"|by|from|and|but|or|as|if|so)(?![\w'’-]))[a-z][\w'’-]*)?)",
            r"(?i:with\s+(?:immediate|effect\s+from|prompt)\s+(?:effect|immediately)?,?)",
            # "Thanking you," as a sign-off line.
            r"(?i:thanking[ \t]+you)(?:[ \t]+(?i:in[ \t]+(?:anticipation|advance)|once[ \t]+again"
            r"|sir"
            r"|madam|ma|kindly))?[ \t]*[,.!]?(?=[ \t]*(?:\n|$))",
            # "Herewith", but not a kind of template ("a herewith-style template").
            r"(?i:herewith)(?![\w'’-])",
        ),
        openers=frozenset(
            {
                "i remain",
                "i shall",
                "i beg",
                "i have",
                "in",
                "as",
                "please",
                "kindly",
                "with",
                "herewith",
                "thanking you",
            }
        ),
        families=(
            # Thanks sent in a letter-writer's words, marked whole: "I write herewith to convey my
            # most sincere gratitude", "hereby to tender my humble thanks".
            "write|writes herewith|hereby to convey|tender|express|extend|offer|record"
            "|place_on_record ...? my|our ~? gratitude|thanks|appreciation|thankfulness",
            "write|writes to convey|tender|record|place_on_record ...? my|our ~? gratitude|thanks"
            "|appreciation|thankfulness",
            "herewith|hereby to? convey|tender|express|extend|offer|record|place_on_record ...? my"
            "|our ~? gratitude|thanks|appreciation|thankfulness",
            # Enclosing in a clerk's words, with what is enclosed: "I enclose herewith a copy".
            "I|we|please|kindly enclose|attach|submit|forward|transmit|append|return|send|find"
            " herewith|hereto|hereby|herein|hereunder {rest}?",
            # Longer readings first: "I have the honour to remain, Madam", "at your service and
            # command", "Pursuant to our meeting of December 1", "apprised of the outcome".
            "have_the_honour|have_the_honor to remain|be Sir|Madam|Ma'am|Sirs|yours {rest}?",
            "at your|thy disposal|service|command|beck_and_call and|& disposal|service|command"
            "|pleasure",
            # Waiting at their service on a ruling: "at your disposal pending your esteemed
            # decision", "at your service until you reach a decision".
            "at your|thy entire|full|complete|utmost? disposal|service|command|beck_and_call"
            " pending|awaiting|until|till|for|whilst|while ~ decision|decisions|reply|response"
            "|verdict|determination|deliberation|deliberations|consideration|ruling|revert"
            "|instructions|instruction|pleasure|judgement|judgment|outcome",
            "pending your|the esteemed|kind|favourable|favorable|gracious|valued|good|benevolent"
            " decision|reply|response|verdict|determination|deliberation|deliberations"
            "|consideration|ruling|revert|judgement|judgment",
            "pursuant|further|further_to|with_regard_to|in_reference_to|with_reference_to"
            "|reference_is_made|reference_being_made to? our|your|my|the interview|conversation"
            "|discussion|call|meeting|application|email|letter|message|correspondence"
            "|communication of|on|dated the? {word} {word}?",
            f"of|on|dated|from|since|held the? {_DAY_OF_MONTH} instant|inst|inst.|ultimo|ult."
            "|proximo|prox.",
            "apprised|apprise|apprising|be_apprised|kept_apprised of|on|regarding|as_to {rest}?",
            "respectfully|humbly refer|direct|draw|invite {rest}?",
            # The words of a legal letter: "I shall furnish them forthwith", "the 4th inst.".
            "forthwith|herein|hereunder|hereto|hereof|henceforth"
            "|heretofore|missive|undersigned|aforesaid|salutations|obedient|beseech|behoves"
            "|behooves",
            "shall furnish|apprise|avail|tender|revert|endeavour|endeavor {word}?",
            "furnish|furnished ...? you|them|him|her|the_required|the_requested|herewith",
            "the|of|on {word} inst.|ult.|prox.|inst|ult|prox",
            # A grand way to give thanks or accept: "I hereby formally signify my acceptance".
            "hereby|herewith|do_hereby formally? signify|confirm|accept|tender|convey|extend"
            "|express|acknowledge|notify|inform|give|submit|request|offer|wish|declare|record ...?"
            " my|our|the|a? {word}? attendance|availability|participation|interest|candidacy"
            "|application|intention|acceptance|gratitude|thanks|appreciation|resignation"
            "|withdrawal|notice|receipt|decision|request|status_update|update|sincere|heartfelt"
            "|deepest|profound",
            # A thing pointed back at, not named, with what it governs: "for the aforesaid post";
            # and an offer placed in a letter: "the esteemed offer contained in your letter".
            _LEGAL_POINTER_FAMILY,
            _LEGAL_OFFER_FAMILY,
            "herewith|herein|hereunder|enclosed_herein|enclosed_herewith|attached_herewith"
            "|attached_herein please|kindly? find* attached|enclosed|below|herewith|herein?",
            "with|it_is_with the? utmost|deepest|greatest|profound|sincerest|humblest|highest"
            " respect|humility|gratitude|pleasure|regret|esteem|deference ...? that? I|we? extend"
            "|express|convey|offer|submit|write|tender|accept|acknowledge|present ...? my|our|these"
            "? thanks|gratitude|appreciation|words|acceptance|regards",
            "utmost|deepest|profound|greatest|humblest humility|respect|esteem|deference"
            "|consideration|regard",
            "privilege|honour|honor|favour|favor of your|an audience|company|time|consideration",
            "have_the_honour|have_the_honor|am_honoured|am_honored|deem_it_an_honour"
            "|deem_it_an_honor|distinct_honour|distinct_honor to? {word}?",
            "pray|do_pray accept|forgive|excuse|allow|permit",
            "thanking you in anticipation|in_advance|kindly",
            "await*|anticipat* your|the gracious|kind|esteemed|favourable|favorable|valued|good"
            "|earliest|prompt|benevolent|kind_and_favourable|kind_and_favorable reply|response"
            "|decision|consideration|answer|revert|communication|missive|verdict",
            "illustrious|esteemed|distinguished|venerable|revered"
            " institution|organisation|organization|company|firm|establishment|office|invitation"
            "|communication|letter|correspondence|consideration|attention|reply|response|panel"
            "|committee|self|selves|house|enterprise|concern",
            "in_the_most|in_the_strongest|in_the_warmest formal|sincere|respectful|cordial terms"
            "|manner",
            "I_remain|I_shall_remain|remaining at|yours your? disposal|service|command",
            "at your|thy disposal|service|command|beck_and_call",
            "most|my_most|warmest|kindest|respectful cordial|respectful|humble|esteemed"
            " salutations|regards|greetings|compliments|respects",
            "re-forward*|reforward*|re-send*|re-circulat* ...? for_visibility|for_your_attention"
            "|for_your_perusal|for_your_kind_attention|below",
            "for your? visibility|perusal|kind_perusal|kind_attention|necessary_action"
            "|further_necessary",
            "reiterat* my|our|the previous|prior|earlier|last email|message|note|letter"
            "|correspondence|communication|request",
            "my|our|the|your previous|prior|earlier|last|aforementioned|preceding correspondence"
            "|communication|communique|missive|epistle",
            "not_yet_received|yet_to_receive|not_received|not_been_in_receipt|awaiting_receipt"
            " a|any? reply|response|acknowledgement|acknowledgment to|of my|the prior|previous"
            "|earlier|last? communication|correspondence|letter|email|message",
            "in_receipt_of|acknowledge_receipt_of|confirm_receipt_of your? esteemed|kind|good"
            "? communication|letter|email|message|invitation|offer|correspondence",
            "beyond measure|words|expression|compare",
            # Ceremonial thanks: "my most profound and sincere gratitude for the honour of being
            # considered", "humbled and honoured", "the distinct privilege of being interviewed".
            "most? profound|deep|deepest|sincere|sincerest|heartfelt|humble|humblest|utmost"
            "|earnest|warmest and|& most? profound|sincere|heartfelt|deepest|humble|abiding"
            "|lasting|eternal|earnest gratitude|thanks|appreciation|respect|regards",
            "gratitude|thanks|appreciation|grateful|thankful|indebted|obliged for|at the|this"
            "|such_an|so_great_an great|distinct|singular|immense|signal? honour|honor|privilege",
            "honour|honor|privilege|distinction of being|having_been|having considered|interviewed"
            "|shortlisted|invited|received|selected|granted|afforded|given|chosen|heard",
            "humbled_and_honoured|honoured_and_humbled|humbled_and_honored|honored_and_humbled"
            "|deeply_humbled|most_humbled|profoundly_honoured|profoundly_honored",
            "solemnly pledge|promise|undertake|swear|declare|vow|affirm|assure",
            "pledge|pledging my unwavering|undying|total|complete|full|utmost|unreserved? loyalty"
            "|allegiance|fealty|devotion|commitment|dedication|service",
            "your|his|her excellency|lordship|ladyship|worship|honour's|honor's",
            # A notice in the words of a registry or a contract: "further intimation", "time is
            # of the essence", "as the Firm deems fit".
            "further|any|an|the|due|prior|formal|written|kind|necessary|your|early|timely?"
            " intimation|intimations",
            "time_is_of_the_essence"
            "|in_witness_whereof|save_as_aforesaid|save_as_otherwise_provided|as_the_case_may_be"
            "|howsoever|whomsoever|the_said_firm|the_said_company",
            "deem|deems|deemed fit|expedient|meet",
            "your|thy good_self|goodself|good_selves|good_offices",
            # A petition's wording: "I beg to inform you", "I earnestly solicit your favour",
            # "renew the assurances of my highest consideration", "with a heart full of gratitude".
            "beg|begs to inform|state|submit|acknowledge|request|remain|apply|report|bring|refer"
            "|enclose|forward|intimate|notify|thank|express|convey",
            "earnestly|humbly|respectfully solicit|beseech|entreat|crave|pray",
            "solicit|soliciting your|the favour|favor|kind|esteemed|good|indulgence|consideration"
            "|patronage|blessings",
            "renew|accept|receive the? assurances|assurance of my|our {rest}?",
            "heart full|filled|overflowing of|with gratitude|thanks|joy|appreciation",
            "with_a_grateful_heart|with_a_thankful_heart|with_gratitude_in_my_heart",
            "PFA|PFB|prepone|preponed|do_the_needful",
            "kindly|please|do intimate|inform_me_the",
            "this|that|my|our|the|your missive|epistle|communique",
            "unto me|us|you|thee|myself",
            "token of my|our deepest|sincere|profound|utmost|humble? gratitude|appreciation"
            "|thanks|esteem|regard",
            "courtesy you extended|afforded|accorded|showed",
            "opportunity|courtesy|privilege|kindness afforded|accorded|extended|vouchsafed to|unto"
            " me|myself|the_undersigned",
            "most obliged|indebted",
            "pleased|delighted|happy|glad|honoured|honored|writing to hereby|herewith confirm"
            "|accept"
            "|acknowledge|inform",
            "I write|am_writing herewith|hereby|to_convey|to_express|to_inform|to_acknowledge",
            "await*|anticipat* your|the esteemed|kind|favourable|favorable|valued|good decision"
            "|reply"
            "|response|verdict|consideration",
            "acknowledge|confirm receipt of",
            "acknowledging|confirming receipt of",
            # Office English for "it": "I thank you for same", "kindly acknowledge same".
            "thank|thanking|thanks you? for|regarding same",
            "acknowledge|acknowledging|confirm|confirming|note|noted|find|revert_on|action same",
            # The undersigned as the subject of a sentence: "The undersigned wishes to express".
            "undersigned wishes|wish|begs|beg|hereby|humbly|respectfully|would|is|has|had|will"
            "|shall|requests|writes|remains|acknowledges|confirms|takes|seeks|appreciates|thanks"
            "|expresses|submits|avails|looks",
            "please|kindly advise|revert|apprise ...? on|of|regarding|as_to the? status|outcome"
            "|position",
            "at your earliest|soonest|first_opportunity",
            "profound*|deepest|utmost|sincerest|humblest|most_sincere|most_profound gratitude"
            "|thanks"
            "|appreciation|obligation",
            "esteemed|distinguished|honoured|honored|great privilege|honour|honor|opportunity|firm",
            "I_will_be|I_would_be|I_shall_be|I'll_be|I'd_be ...? obliged|indebted",
            "pursuant|further|further_to|with_regard_to|in_reference_to to? our|your|my|the"
            " interview|conversation|discussion|call|meeting|application|email|letter|message",
            "please? find herewith|hereby|enclosed",
            "i? humbly|respectfully await*|request*|hope|remain {rest}",
            # "With reference to the interview held on the 3rd", "Permit me to express", "Please
            # acknowledge receipt", "at your entire disposal", "I trust the above is in order",
            # "I await your reply with keen interest", "Very respectfully,".
            "with|in reference|regard to our|your|my|the interview|interview_held|conversation"
            "|discussion|call|meeting|application|letter|correspondence|communication",
            "permit|allow me to express|extend|convey|offer|tender|place|record",
            "please|kindly acknowledge|confirm receipt",
            "at your|thy entire|full|complete|utmost|every disposal|service|command",
            "trust|hope|assume the_above|all_the_above|the_same|the_foregoing|the_enclosed"
            "|everything_above|this is|are|will_be in_order|in_good_order|satisfactory|to_your"
            "_satisfaction",
            "await|awaiting your|the reply|response|decision|answer|verdict|revert with keen|great"
            "|eager|bated|much interest|anticipation|breath",
            "very|most respectfully|obediently|faithfully|humbly|dutifully",
            "yours obediently|humbly|dutifully|very_faithfully|ever_faithfully|most_obediently"
            "|most_faithfully|most_humbly",
            # A letter's opening: "Please accept this correspondence as my thanks", "Kindly
            # receive this communication", "I hope this correspondence finds you well".
            "please|kindly|do_kindly accept|receive|consider|treat this|the_present|the_enclosed"
            "|my|our correspondence|communication|missive|communique|epistle|letter_as|email_as"
            "|mail_as|note_as|message_as {rest}?",
            "this|the_present correspondence finds|serves|is|confirms|constitutes|acknowledges",
            # Being obliged for a reply, marked with what it asks: "I would be obliged if you
            # would revert", "much obliged should you let me know".
            "obliged|beholden to_you? if|should|were|would you|one {rest}?",
            "obliged|beholden for your|an|a|the|any prompt|early|kind|swift|timely? reply"
            "|response|revert|answer|update|confirmation|reconsideration",
            "your|this|such|our? esteemed opportunity|company|organisation|organization"
            "|institution|firm|team"
            "|colleagues|self|position",
            # What the aforementioned word names: "the aforementioned Associate position".
            "aforementioned|aforesaid|abovementioned|above-mentioned {name}? position|role"
            "|post|job|vacancy|opening|interview|meeting|application|matter|correspondence|email"
            "|letter|date|documents|document|candidacy|offer|team|firm|company",
            "aforementioned|aforesaid|abovementioned|above-mentioned {word}",
            # Going on the record: "I wish to place on record my sincere gratitude".
            "wish|want|like|beg|must|should_like|would_like to place|put on|upon record {rest}?",
            "place|places|placed|placing|put|putting on|upon record {rest}?",
            # Office shorthand asking for a reply: "Please advise at your earliest convenience".
            "please|kindly advise|revert|confirm|respond|reply|update_me|get_back_to_me"
            " at_your_earliest_convenience|at_your_earliest|at_the_earliest|soonest|forthwith"
            "|by_return|by_return_of_post",
            "deepest|most_sincere|sincerest|humblest|utmost|profound ...? gratitude|thanks"
            "|appreciation|respect|regards",
            # More of the letter-writer's formulas: "I humbly express my deepest gratitude",
            # "apprise the undersigned", "is hereby acknowledged", "Be informed that", "the
            # above-captioned matter", "Further to the foregoing", "my most distinguished
            # sentiments", "your good office".
            "humbly|respectfully|most_humbly express|submit|convey|extend|offer|tender|beseech"
            "|request|pray|entreat|implore|solicit|acknowledge|thank",
            "apprise|apprised|apprising|appraise_me|entreat|implore|vouchsafe|beseeching",
            "it_is|is|are|be|am|was hereby respectfully? acknowledged|confirmed|noted|accepted"
            "|submitted|informed|advised|requested|certified|declared|notified",
            "hereby respectfully? acknowledged|confirmed|noted|accepted|submitted|informed|advised"
            "|requested|certified|declared|notified",
            "submit|tender|convey|extend|proffer|present my|our most? humble|humblest|sincere"
            "|sincerest|deepest|profound|heartfelt gratitude|thanks|appreciation|respects",
            "humble|humblest gratitude|thanks|appreciation|respects|request|submission|self",
            "please|kindly find herein|hereunder|hereinbelow",
            "find herein|herewith|hereunder|hereinafter|hereto|hereinbelow",
            "please|kindly be informed|notified|apprised that?",
            "be informed|notified|apprised that",
            "above-captioned|above_captioned|captioned|above-referenced|above_referenced"
            "|above-named|above_named|under-mentioned|undermentioned {word}?",
            "further_to|pursuant_to|in_view_of|notwithstanding|in_light_of|subsequent_to|as_per"
            " the foregoing|aforesaid|above|aforementioned",
            "foregoing|hereinabove|hereinbefore|whereof|wherein|thereto|thereof|therewith",
            "my|our|the expression|assurance of my|our most? distinguished|highest|respectful"
            "|devoted|sincere|high sentiments|consideration|regards|salutations|esteem",
            "my|our most? distinguished|respectful|devoted|highest sentiments|salutations"
            "|consideration",
            "distinguished|respectful|devoted sentiments|salutations",
            "your good office|offices|self|selves|graces",
            "await*|anticipat* your|the esteemed|kind|favourable|favorable|valued|earliest|prompt",
            # The verbs of a legal notice in every form: "The undersigned hereby acknowledges",
            # "I hereby withdraw", "Herewith my signed copy".
            f"hereby|herewith|do_hereby formally? respectfully? {_NOTICE_VERBS}",
            "herewith|hereunder|attached_herewith|enclosed_herewith my|our|the|a|please {rest}?",
            # The dating and filing of a legal letter: "of even date", "vide my email dated",
            # "as previously communicated", "Reference is made to", "the said position".
            "of|dated even date",
            "vide my|our|the|your|letter|email|mail|reference|ref ...? dated|of|no {word}",
            "vide",
            "videlicet|inter_alia|mutatis_mutandis|ipso_facto|ad_interim",
            "as previously|earlier|already|hitherto communicated|conveyed|intimated|notified",
            "bring|brings|bringing|brought to your|the good|kind notice|attention|cognizance"
            "|cognisance",
            "to your good|kind notice|cognizance|cognisance",
            "reference is|was|being made to|of",
            "please|kindly|pls action|actioned {rest}?",
            "action accordingly|the_needful|the_same",
            "per|as_per the? below|trail|thread",
            "the|said said position|post|role|job|vacancy|interview|matter|application|email|mail"
            "|letter|company|organisation|organization|date|document|documents|offer|candidature"
            "|candidacy|opportunity|meeting|institution",
            "remain|remains|remaining desirous",
            # "I shall remain ever grateful", "I remain yours sincerely", "humbly inform", "I take
            # the liberty", "avail myself of", "I have the pleasure of informing you", "assuring
            # you of my best services", "Yours respectfully", "Respectfully submitted".
            "remain|remaining ever|forever|eternally grateful|thankful|indebted",
            # Office closings: "Awaiting your response.", "Your timely response will be highly
            # appreciated", "your anticipated cooperation", "I shall be grateful for an early
            # reply", "I trust this email meets you well", "I am constrained to write", "Do
            # kindly let me know", "This mail is to kindly remind you".
            "awaiting_your|awaiting_a|awaiting_the response|reply|revert|feedback|answer|update"
            "|kind_reply|kind_response|favourable|favorable|earliest",
            "your|an|a earliest|early|prompt|timely|urgent|kind|swift|speedy|quick|positive"
            " response|reply|attention|action|consideration|revert|feedback|cooperation will|would"
            "|shall be highly|greatly|much|most|deeply? appreciated",
            "anticipated|usual|kind|esteemed cooperation|co-operation",
            "your|my|our anticipated consideration|response|reply|understanding|support"
            "|kind_consideration|kind_cooperation|kind_understanding|kind_response",
            "grateful|obliged|thankful for an|your early|earliest|prompt|favourable|favorable|kind"
            "|timely|positive reply|response|revert|consideration",
            "meets|meet|met|reach*|find*|finds you in_good_health|in_good_spirits"
            "|in_the_best_of_health|in_high_spirits|in_sound_health",
            "meets|meet you well",
            "constrained|compelled|obliged to write|inform|remind|bring|follow|request",
            "do kindly|please_do_kindly",
            "this_mail_is_to|this_email_is_to|this_letter_is_to|this_is_to|this_serves_to remind"
            "|follow_up|enquire|inquire|request|seek|know|draw|check|humbly|respectfully",
            "I_remain|I_shall_remain|I_beg_to_remain|I_have_the_honour_to_remain"
            "|I_remain_ever yours"
            "|your|ever|as_ever {rest}?",
            "humbly|respectfully|most_humbly|most_respectfully inform|notify|state|bring|apprise"
            "|seek"
            "|remind|draw|wish|write",
            "take|taking|took|taken the liberty",
            "avail|availing myself|ourselves|yourself|yourselves",
            "pray_permit_me|kindly_permit_me|do_permit_me to",
            "have|had the_pleasure|the_honour|the_honor of|to inform*|advis*|acknowledg*|submit*"
            "|notif*|enclos*|attach*|forward*|transmit*|intimat*",
            "acknowledge|confirm the receipt",
            "assur* you|the_panel|the_board of my|our {rest}?",
            "thanking you and|&|while {rest}?",
            "yours respectfully|obediently|in_service|in_his_service|at_your_service"
            "|most_respectfully|most_obediently|most_humbly|most_faithfully|ever_obediently",
            "respectfully|obediently|dutifully|humbly yours|submitted",
            # More of the office letter: "The same may kindly be intimated to me", "with
            # reference to the above subject", "your favourable consideration", "my fervent
            # hope", "Pray, do let me know", "I should be much obliged", "With deepest
            # reverence", "Herein enclosed is my portfolio".
            "intimat* to? me|us|the_undersigned|the_same",
            "the_same may|shall|will|can|be|is|has|have ...? intimat*|communicat*|convey*"
            "|forward*|shar*|sen*|not*|consider*|process*|acknowledg*",
            "the|above above subject|matter|reference|position|post|vacancy|role",
            "with_reference_to|in_reference_to|with_respect_to the above|same|foregoing",
            "your|my|our|the favourable|favorable|kind|esteemed|benevolent|sympathetic"
            " consideration|perusal|attention|approval|response",
            "fervent|ardent|earnest hope|wish|desire|prayer|request|plea|entreaty",
            "pray do|tell|inform|advise|consider|let|kindly|grant|favour|favor",
            "I_should_be|should_be|shall_be|would_be|will_be|be much|most|highly|greatly|deeply"
            "|ever|so|very? obliged|beholden",
            "with|in the? utmost|deepest|deep|greatest|profound|sincerest|humblest|highest|all_due"
            "|due respect|reverence|humility|deference|esteem|veneration|obeisance|regard"
            # ... and the second noun of a pair: "with the utmost respect and deference".
            " and_respect|and_reverence|and_humility|and_deference|and_esteem|and_veneration"
            "|and_regard|and_gratitude|and_admiration|and_devotion|and_obedience|and_consideration"
            "|and_sincerity|and_loyalty?",
            "herein|herewith|hereunder|hereto enclosed|attached|included|contained|appended"
            "|set_out|listed|below|annexed|is|are",
            # The same the other way round, with whom it is for: "enclosed herewith for your
            # perusal", "attached hereto for your kind reference".
            "enclosed|attached|included|appended|annexed|submitted|forwarded|furnished|provided"
            " herewith|hereto|herein|hereunder for? your? kind? perusal|reference|consideration"
            "|attention|records|review?",
            # Thanks announced in a clerk's words: "Herewith I wish to express my deepest
            # gratitude", "Hereby we would like to extend our thanks".
            "herewith|hereby I|we? wish|would_like|want|beg|desire|write|am_writing to express"
            "|convey|extend|offer|tender|record|place_on_record my|our ...? gratitude|thanks"
            "|appreciation|thankfulness",
            "desirous|be_it_known|know_ye|let_it_be_known|whereas|wherefore|hitherto|thereunto"
            "|hereunto",
            "this_is_to|this_serves_to|this_letter_serves_to|this_mail_is_to|this_email_is_to"
            " inform|notify|bring|confirm|acknowledge|request|intimate|certify|apprise",
            # "Revert" for a reply: "Your prompt revert", "awaiting your revert", "revert to me".
            "your|a|the|await*|awaiting prompt|early|quick|kind|positive|favourable|favorable"
            "|timely|speedy|urgent|earliest revert",
            "prompt|early|quick|kind|positive|favourable|favorable|timely|speedy|urgent|earliest"
            " revert",
            "your|await_your|awaiting_your|anticipating_your revert",
            "revert|reverting back|to_me|to_us|to_the_undersigned|at_the_earliest"
            "|at_your_earliest|soonest|asap|positively|accordingly",
            # A grand way to give thanks: "I write to formally tender my thanks".
            "formally? tender*|proffer*|render* my|our humble? sincere? heartfelt? deepest? thanks"
            "|gratitude|appreciation|apologies|regrets|acceptance|withdrawal|candidature",
            "the|this subject interview|position|role|post|vacancy|application|meeting|email|mail",
            "duly noted|acknowledged|received|considered",
            "noted_with_thanks|received_with_thanks|well_noted|duly_received",
            # "the opportunity afforded me", "I should like to express", "I remain at the
            # disposal of", "the distinct pleasure", "my utmost pleasure", "Be assured of",
            # "I submit myself to your judgement", "Sequel to my interview", "Consequent upon",
            # "In furtherance of", "intimate you of", "Please be guided accordingly", "necessary
            # action", "Please note the same".
            "afforded|accorded me|to_me|unto_me",
            "extended|granted unto_me",
            "should_like|shall_like to express|convey|extend|place|record|thank|offer|tender",
            "remain|remaining at_the_disposal|at_the_service|at_the_command of",
            "distinct|singular|great pleasure|honour|honor|privilege of|to writing|write|inform"
            "|express|convey",
            "my|our utmost pleasure|honour|honor|privilege|gratitude|respect",
            "be|rest assured of my|our",
            "submit|submitting myself|ourselves to",
            "sequel|consequent|subsequent|further_to|in_furtherance to|upon|of my|our|the"
            " interview|application|meeting|discussion|conversation|call|letter|email",
            "in_furtherance_of|in_pursuance_of|in_pursuance_to|in_continuation_of"
            "|in_continuation_to",
            "intimat* you|the_panel|the_board|us of|about|that",
            "be guided accordingly",
            "necessary action|actions|perusal|information_and_necessary_action",
            "please|kindly note the same",
            "noted_and_acknowledged|acknowledged_and_noted",
            # Awaiting a ruling: "await your determination in due course".
            "await*|anticipat*|expect*|look*_forward_to your|the|their determination|deliberation"
            "|deliberations|adjudication|pleasure|ruling|good_pleasure|gracious_pleasure"
            "|kind_revert|kind_response|kind_reply in_due_course?",
            # The voice of a petitioner: "May it please the panel", "unworthy of the time", "I am
            # but a humble applicant", "your servant", "I shall ever pray", "I pray that you will
            # look upon my candidature", "favour me with a reply", "granting me audience".
            "your|thy gracious|good pleasure|favour|favor|benevolence|indulgence|magnanimity",
            "may_it_please|if_it_please|if_it_pleases|may_it_so_please the|your {word}?",
            "unworthy|undeserving of? the|your|such|this|so_much? {word}?",
            "humble|humblest|lowly|unworthy|obedient applicant|candidate|servant|petitioner"
            "|supplicant|aspirant|seeker|person",
            "I_am_but|am_but|I'm_but a|an|your humble|lowly|mere|poor|simple|unworthy",
            "your|thy servant|petitioner|supplicant",
            "bestow*|confer*|vouchsafe*|accord* ...? upon|unto me|myself|us|the_undersigned",
            "I|we|shall|humbly|do|ever|will pray that|you|for|thee|thine|your",
            "shall|will|do ever|forever|always|continually pray",
            "look|looked|looking upon|kindly_upon|favourably_upon|favorably_upon my|our|the"
            " candidature|application|candidacy|request|case|petition|plea",
            "with kind_indulgence|indulgence|benevolence|magnanimity|clemency",
            "favour|favor me|us|the_undersigned with",
            "beseech*|entreat*|implore* you|thee|your {rest}?",
            "forever|ever|eternally|everlastingly|greatly ...? indebted|beholden|obliged",
            "beholden",
            "thou|thee|thine|hast|hath|doth|dost|shalt|art_thou|wilt_thou|prithee|forsooth"
            "|mayhap|perchance|whence|thence|hither|thither",
            "grant*|accord*|afford*|giv* me|us|the_undersigned an? audience",
            "at your|thy|your_honour's feet|behest|pleasure",
            "beg|begs|begging|crave|craves|craving your|thy pardon|indulgence|forgiveness|leave"
            "|kind_indulgence|kind_permission {rest}?",
            # Office requests for news: "Kindly get back to me with the outcome", "kindly let me
            # know the position either way", "a favourable reply at the earliest".
            "kindly ~ outcome|status|result|results|decision|feedback|position|verdict"
            "|selection_status|development|developments|progress {rest}?",
            "please|pls|do revert|intimate|apprise ~ outcome|status|result|results|decision"
            "|feedback|position|verdict|selection_status {rest}?",
            "at the earliest|soonest|earliest_possible|first_opportunity"
            "|first_available_opportunity",
            # A grand name for the employer: "eager to join your reputed organisation".
            f"eager|desirous|keen|anxious|hopeful to join|serve|be_part_of|be_a_part_of|work_with"
            f"|work_for|work_in|contribute_to your|the|this {_GRAND} {_INSTITUTION}",
            f"your|this|such|our {_GRAND} {_INSTITUTION}",
            # Bureaucratic passives about their silence: "I am yet to receive any
            # communication", "any feedback till date", "to which no acknowledgement has been
            # received", "within five working days of the date of this letter".
            "yet_to_receive|not_yet_received|not_received|yet_to_hear|not_been_in_receipt_of"
            " any|a? communication|correspondence|intimation|revert|acknowledgement"
            "|acknowledgment",
            "yet_to_receive|not_yet_received|not_received|yet_to_hear|not_been_in_receipt_of"
            " any|a? feedback|reply|response|update|word|news|information till_date|as_on_date"
            "|as_of_date",
            "till_date|as_on_date",
            "to_which|to_whom|for_which? no acknowledgement|acknowledgment|communication"
            "|intimation|response|reply|answer has|have|was|were been? received|forthcoming|made"
            "|issued|given",
            "within {count} working|business|calendar|clear days|weeks of|from the_date_of_this"
            "|receipt_of_this|receipt_hereof|the_date_hereof letter|email|mail|notice"
            "|communication|correspondence?",
            "of|from the_date_hereof|receipt_hereof|the_date_of_this_letter|the_date_of_this_email",
            "as|since|because I_am|I'm eagerly|anxiously waiting|awaiting|anticipating",
            "eagerly|anxiously await*|waiting|anticipating your|the outcome|decision|reply"
            "|response|verdict|feedback|revert",
        ),
        reader_tone=True,
        marks_words=True,
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
            r"(?im:^[ \t]*(?:dear|hi|hello|hey|greetings|respected|good[ \t]+(?:day|morning"
            r"|afternoon|evening))[ \t]+(?:to[ \t]+)?(?:(?:the|all|my)[ \t]+)?"
            # A title of respect before the role: "Dear Respected Panel Member", "Dear Valued
            # Employer", "Dear Concerned Authority".
            r"(?:(?:respected|esteemed|valued|honou?red|distinguished|concerned|relevant"
            r"|appropriate|responsible|kind|good|most[ \t]+respected|dear|prospective|future"
            r"|potential|new)[ \t]+)?"
            # ... or a title: "Dear Ms. Hiring Manager".
            r"(?:(?:mr|mrs|ms|mx|miss|dr|sir|madam)\.?[ \t]+(?=hiring|recruit|hr|talent"
            r"|interview|manager|employer))?"
            r"(?:hiring[ \t]+(?:manager|team"
            r"|authority|authorities|department|committee|panel|lead|officer|personnel)"
            r"|recruiters?|recruitment[ \t]+(?:team|department|officer|manager)"
            r"|recruiting[ \t]+(?:team|manager|department|officer|committee|panel|board|staff"
            r"|personnel|coordinator)"
            r"|hr(?:[ \t]+(?:department|team|manager|officer|dept\.?))?|human[ \t]+resources"
            r"(?:[ \t]+(?:department|team|manager|officer))?|talent[ \t]+(?:acquisition|team)"
            r"(?:[ \t]+(?:team|department|partner|specialist))?|people[ \t]+team"
            r"|interviewers?|interview[ \t]+team|managers?|employer|company"
            # "Sir/Madam", "Ma'am/Sir", "Sir or Ma'am".
            r"|(?:madam|ma['’]?am|mam|ma|sirs?)(?:[ \t]*(?:/|or|and/or|&)[ \t]*(?:madam|ma['’]?am"
            r"|mam|ma|sirs?))?"
            r"|whoever[ \t]+(?:reads|is[ \t]+reading|receives|gets|opens)[ \t]+this"
            r"|all|everyone|everybody|team|there|folks"
            r"|(?:members[ \t]+of[ \t]+the[ \t]+)?(?:interview[ \t]+|selection[ \t]+|hiring[ \t]+"
            r"|search[ \t]+)?(?:panel|committee|board)"
            # More readers anyone could be: "Dear Concerned Authority", "Dear Sir/Ma", "Dear
            # Hiring Professional", "Dear Talent Team", "Dear Team Lead".
            r"|(?:concerned[ \t]+)?authorit(?:y|ies)|concerned|sir[ \t]*/[ \t]*ma"
            r"|ma[ \t]*/[ \t]*sir"
            r"|(?:hiring|recruiting|recruitment|talent|hr)[ \t]+(?:professional|official|partner"
            r"|specialist|representative|staff|personnel|coordinator|lead|director|executive)s?"
            r"|talent[ \t]+team|team[ \t]+(?:lead|leader|manager)|department[ \t]+head"
            r"|head[ \t]+of[ \t]+department|director|recipient|reader|applicant[ \t]+reviewer"
            r"|(?:ladies[ \t]+and[ \t]+)?gentlemen|colleagues|friends|sir[ \t]+or[ \t]+madam"
            r"|madam[ \t]+or[ \t]+sir|mr[ \t]*/[ \t]*ms|ms[ \t]*/[ \t]*mr)"
            # ... and a word for one of them: "Dear Hiring Team Member", "Dear Panel Member(s)".
            r"(?:[ \t]+(?:members?|member\(s\)|representatives?|officials?))?"
            # ... but not a title before a name ("Hi Ma'am Rowena").
            r"(?![\w'’])(?![ \t]+[A-Z][a-z]),?)",
            # A greeting with no name at all: "Greetings,", "Good morning,", "Hello,".
            r"(?im:^[ \t]*(?:greetings|good[ \t]+(?:day|morning|afternoon|evening)|hello|hi|hey"
            r"|dear)[ \t]*[,!:]?[ \t]*$)",
            # Greetings for any day and any reader: "Greetings of the day!", "Dear Mr. or Ms.".
            r"(?i:(?:greetings|compliments)[ \t]+of[ \t]+the[ \t]+(?:day|season|morning|evening))",
            # A title of respect with no greeting and no name: "Esteemed Hiring Manager,".
            r"(?im:^[ \t]*(?:respected|esteemed|honou?red|distinguished|valued)[ \t]+(?:hiring"
            r"[ \t]+(?:manager|team|committee|panel)|recruiters?|interviewers?|panel|committee"
            r"|sirs?|madam|ma['’]am|team|members|colleagues|hr[ \t]+(?:team|manager)"
            r"|(?:selection|interview)[ \t]+(?:panel|committee|board))[ \t]*[,:!]?[ \t]*$)",
            r"(?i:(?:dear|hi|hello|good[ \t]+(?:morning|afternoon|day))[ \t]+(?:mr|mrs|ms|mx|miss"
            r"|sir|madam)\.?[ \t]*(?:or|/|and/or)[ \t]*(?:mr|mrs|ms|mx|miss|sir|madam|ma)\.?"
            # ... with the role in place of a name: "Dear Mr/Ms Hiring Manager".
            r"(?:[ \t]+(?:hiring[ \t]+manager|recruiter|interviewer|manager|director|officer"
            r"|applicant|candidate|hr[ \t]+manager))?)",
            # A letter addressed to a role: "To the Hiring Manager,", "Attn: Hiring Manager".
            r"(?im:^[ \t]*(?:to|attn\.?:?|attention:?|fao:?|for[ \t]+the[ \t]+attention[ \t]+of:?)"
            r"[ \t]+(?:the[ \t]+)?(?:hiring[ \t]+(?:manager|team|committee|panel)|recruiters?"
            r"|recruit(?:ment|ing)[ \t]+(?:team|manager|officer)|hr(?:[ \t]+(?:department|manager"
            r"|team))?|human[ \t]+resources(?:[ \t]+(?:department|team))?|talent[ \t]+acquisition"
            r"(?:[ \t]+team)?|interview[ \t]+panel|(?:selection|search)[ \t]+committee|people"
            r"[ \t]+team)[ \t]*[,:]?[ \t]*$)",
            # Everyone and no one: "to all concerned", "to all whom it may concern".
            r"(?i:to[ \t]+(?:all|those)[ \t]+(?:concerned|(?:whom[ \t]+)?it[ \t]+may"
            r"[ \t]+concern))",
            r"(?i:to[ \t]+(?:whoever|whomever|whom[ \t]+it[ \t]+may[ \t]+concern)[ \t]+"
            r"(?:reads|is[ \t]+reading|receives|gets|opens|may[ \t]+concern)(?:[ \t]+this)?)",
        ),
        families=(
            # A reader the writer cannot name: "Hiya, whoever's reading this", "I hope this
            # reaches the right person", "apologies, I didn't catch your name", "Good day to
            # the person in charge".
            "whoever's|whoever|whomever|whoever_is|whoever_may_be reading|reads|receives|gets"
            "|opens|sees|handles|checks this|my|these",
            "whoever's|whoever|whoever_is in_charge|handling_this|responsible",
            "I_hope|I'm_hoping|I_am_hoping|I_trust|hope|hoping|trust|trusting this|my|the email"
            "|mail|message|note|letter|enquiry? reaches"
            "|finds|gets_to|lands_with|goes_to|lands_on_the_desk_of the right|correct|appropriate"
            " person|people|desk|inbox|department|team|recipient|individual",
            "I_didn't|I_did_not|I_never|didn't|did_not|never catch|get|got|caught"
            " your|the_interviewer's name|names",
            "I_don't|I_do_not|I_didn't|don't|do_not|didn't|did_not know|remember"
            " your|the_interviewer's name|names",
            "I_forgot|I've_forgotten|I_can't_remember|I_cannot_remember|forgot|forgotten"
            "|can't_remember|cannot_remember|can't_recall|cannot_recall your name",
            "not_sure|unsure|don't_know|do_not_know who|whom to_address|I_should_address|to_send"
            "|this_should_go_to",
            "dear|hello|hi|greetings|good_day|good_morning|good_afternoon|good_evening to? the"
            " person|people|individual|officer|gentleman|lady in_charge|responsible",
            # "Hello everyone" in other languages: "Bonjour à tous", "Hola a todos", "Hallo
            # zusammen", "Ciao a tutti".
            "bonjour|salut|coucou|bonsoir|hola|buenos_días|buenos_dias|buenas|olá|ola|oi|bom_dia"
            "|hallo|guten_Tag|moin|servus|ciao|buongiorno|salve|hej|hoi|dag à|a? tous|toutes"
            "|tout_le_monde|todos|todas|tutti|alle|allerseits|zusammen|iedereen|allemaal|allihop"
            "|alle_sammen|everyone|all",
        ),
        hints=(
            "dear",
            "hi",
            "hello",
            "hey",
            "greetings",
            "respected",
            "good",
            "whoever",
            "whom",
            "compliments",
            "concerned",
            "to ",
            "attn",
            "attention",
            "fao",
        ),
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
            r"|checking[ \t]+in|hello|hi+|hey+|yo|update|quick[ \t]+(?:question|thing|one|note|q)"
            r"|question|job|application|urgent|important|thank[ \t]+you|thanks|news|any[ \t]+news"
            r"|me[ \t]+again|it['’]s[ \t]+me|hello[ \t]+again|wondering|hmm+|status)?[ \t]*[?!.]*"
            r"[ \t]*$)",
            # A subject of nothing but vague words: "Interview follow-up", "My application".
            r"(?im:^[ \t]*subject:[ \t]*(?:re:[ \t]*)?(?:\(no[ \t]+subject\)|(?:(?:my|the|our|your"
            r"|a|quick|interview|application|job|role|position|follow(?:ing)?[ -]?up|thank|you"
            r"|thanks|checking|check[ -]?in|in|update|status|question|hello|hi|hey|news|any|from|me"
            r"|again|just|following|on|about|re|note|message|email|touching|base|reaching|out"
            r"|hoping|to|hear|back|for|time|today|yesterday)(?![\w'’])[ \t,:–-]*){2,8})[?!.]*"
            r"[ \t]*$)",
            # The writer's own subject (not a reply in their thread, which keeps its subject)
            # that could head any email: "Me", "cheers", "files", "Fwd: thanks", "My candidacy",
            # "Update please", "So... any news?".
            r"(?im:^[ \t]*subject:[ \t]*(?:(?:fwd?|fw):[ \t]*)*(?:me|you|us|cheers|ta|thx|ty"
            r"|thank[ \t]+u|tysm|thanks|thank[ \t]+you|files?|docs?|documents?|attachments?"
            r"|attached"
            r"|stuff|things?|info|information|details|fyi|misc|ps|p\.s\.|one[ \t]+more[ \t]+thing"
            # What they asked for, unnamed: "stuff you asked for", "the docs you wanted".
            r"|(?:the[ \t]+|those[ \t]+|some[ \t]+|my[ \t]+)?(?:stuff|things?|bits|bits[ \t]+and"
            r"[ \t]+bobs|files?|docs?|documents?|info|details|attachments?|materials?|what)[ \t]+"
            r"(?:(?:that[ \t]+)?(?:you|u)[ \t]+(?:asked[ \t]+(?:me[ \t]+)?for|wanted|needed"
            r"|requested|mentioned)|as[ \t]+(?:requested|promised|discussed)|from[ \t]+me"
            r"|I[ \t]+promised(?:[ \t]+you)?)"
            r"|as[ \t]+requested|as[ \t]+promised|as[ \t]+discussed|here[ \t]+you[ \t]+go"
            r"|here[ \t]+it"
            r"[ \t]+is|see[ \t]+attached|for[ \t]+you|for[ \t]+your[ \t]+review|note|a[ \t]+note"
            r"|a[ \t]+quick[ \t]+note|hiya|heya|greetings|hey[ \t]+there|hi[ \t]+there"
            # "Just a thought", "A quick favour", "One small request".
            r"|(?:(?:just|only)[ \t]+)?(?:a|an|one)[ \t]+(?:(?:quick|small|little|tiny|brief|short"
            r"|last|final|other)[ \t]+)?(?:thought|favou?r|idea|request|ask|question|query|update"
            r"|thing|point)"
            r"|hello[ \t]+there"
            r"|good[ \t]+news|great[ \t]+news|yay+|woo+hoo+|yes+|ok(?:ay)?|sorted|done|reply"
            r"|response"
            r"|answer|query|enquiry|inquiry|request|decision|my[ \t]+decision|that[ \t]+job"
            r"|the[ \t]+job|the[ \t]+role|the[ \t]+position|my[ \t]+interview|our[ \t]+chat"
            r"|our[ \t]+call|today|yesterday|last[ \t]+week|(?:thanks|thank[ \t]+you|cheers)[ \t]+"
            r"(?:again|so[ \t]+much|a[ \t]+lot|heaps|for[ \t]+(?:today|yesterday|everything"
            r"|the[ \t]+chat|the[ \t]+call|your[ \t]+time)))[ \t]*[?!.]*[ \t]*$)",
            r"(?im:^[ \t]*subject:[ \t]*(?:(?:fwd?|fw):[ \t]*)*(?:(?:my|the|our|your|a|quick"
            r"|interview|application|job|role|position|follow(?:ing)?[ -]?up|thank|you|thanks"
            r"|checking|check[ -]?in|in|update|status|question|hello|hi|hey|news|any|from|me|again"
            r"|just|following|on|about|note|message|email|touching|base|reaching|out|hoping|to"
            r"|hear|back|for|time|today|yesterday|candidacy|candidature|decision|thoughts|next"
            r"|steps?|waiting|please|so|chat|call|conversation|interested|still|keen|pending"
            r"|outcome|results?|feedback|regarding|request|query|reminder|nudge|ping|gentle"
            # ... "Phone screen", "Video call", "Screening call".
            r"|phone|telephone|video|screen|screening|zoom|teams"
            r"|friendly|kind|kindly|small|brief|short|another|one|more|last|final|soon|asap"
            r"|tomorrow|week|now|offer|discussion|meeting|catch[ -]?up|word|great|good|lovely|nice"
            r"|loved|enjoyed|enjoying|meeting|alive|little|reminder|hello|hi|hey|there|all|well"
            r"|touch|thx|ty|cheers)(?![\w'’])"
            # ... and the face or emoji after it: "Checking in :)", "Thanks 😊".
            rf"[ \t,:–.…-]*){{1,8}}[?!.]*(?:[ \t]*(?::-?[)D]|;-?\)|{EMOJI_PATTERN}))*[ \t]*$)",
            # Greetings from the writer, and nothing else: "Hello from Priya".
            r"(?im:^[ \t]*subject:[ \t]*(?:hello|hi|hey|greetings|a[ \t]+note|a[ \t]+message"
            r"|news|an[ \t]+update)[ \t]+from[ \t]+(?-i:[A-Z][\w'’-]*)"
            r"(?:[ \t]+(?-i:[A-Z][\w'’-]*))?[ \t]*[?!.]*[ \t]*$)",
            # Clickbait, urgency and counting: "You won't believe this", "Re: Re: Re: Any news?",
            # "2nd reminder: application status", "Action required: decision on my candidacy".
            r"(?im:^[ \t]*subject:[ \t]*(?:(?:fwd?|fw):[ \t]*)*(?:(?:re:[ \t]*){2,}"
            # Forwarded again and again, or numbered: "FW: FW: my application", "Follow-up #3".
            r"|(?:(?<=fw: )|(?<=fwd: )|(?<=fw:)|(?<=fwd:))fwd?:"
            r"|(?:re:[ \t]*)?(?:follow[ -]?up|reminder|attempt|email|message|try|request|chaser"
            r"|nudge|ping)[ \t]*(?:#|no\.?|number)[ \t]*\d+|(?:re:[ \t]*)?[(\[]?"
            r"(?:\d+(?:st|nd|rd|th)[ \t]+(?:reminder|follow[ -]?up|attempt|email|try|request)"
            r"|(?:final|last|second|third|another|friendly|gentle)[ \t]+(?:reminder|notice"
            r"|attempt|chance)|reminder|important|urgent(?![ \t]+(?-i:[A-Z][a-z]))|asap"
            r"|action[ \t]+(?:required|needed)"
            r"|time[ -]sensitive|response[ \t]+(?:needed|required|requested)|please[ \t]+(?:respond"
            r"|reply|read|answer|open|help)|did[ \t]+you[ \t]+(?:forget|see|get|receive|miss)"
            r"|have[ \t]+you[ \t]+forgotten|you[ \t]+won['’]t[ \t]+believe|guess[ \t]+what"
            r"|(?:you['’]ll[ \t]+)?never[ \t]+guess|guess[ \t]+who|you[ \t]+need[ \t]+to[ \t]+see"
            r"|read[ \t]+(?:this|me)|open[ \t]+(?:this|me)|don['’]t[ \t]+(?:ignore|miss|forget)"
            r"|still[ \t]+waiting|waiting[ \t]+for|why[ \t]+(?:no|haven['’]t|didn['’]t)"
            r"|last[ \t]+chance|must[ \t]+read|remember[ \t]+me"
            r"|forgot(?:ten)?[ \t]+(?:about[ \t]+)?me"
            r"|no[ \t]+reply|no[ \t]+response|hello\?+|hi\?+|anyone[ \t]+there|bump|ping"
            # "Something you need to see", "One thing you'll want to know", "This is for you".
            r"|(?:something|one[ \t]+(?:more[ \t]+)?thing|a[ \t]+(?:little[ \t]+)?something|this"
            r"(?:[ \t]+is)?)[ \t]+(?:(?:special|important|exciting|big|new|great)[ \t]+)?"
            r"(?:(?:just[ \t]+)?for[ \t]+you(?![ \t]*\w)|you['’]ll[ \t]+(?:want|love|like)"
            r"|you[ \t]+(?:need|have|must|should|ought|want|might[ \t]+want|may[ \t]+want)[ \t]+to"
            r"[ \t]+(?:see|know|read|hear|open))"
            r"|wow|omg|finally|big[ \t]+news|exciting[ \t]+news|you['’]ll[ \t]+want"
            # Selling oneself in the subject: "Your next superstar hire", "Hire me!", "The
            # candidate you've been looking for", "Look no further".
            r"|your[ \t]+(?:next|new|future|newest|perfect|ideal|dream|missing|best|top|secret)"
            r"[ \t]+(?:[\w-]+[ \t]+){0,2}(?:hire|superstar|rock[ \t]?star|star|employee"
            r"|team[ \t]+member|candidate|addition|asset|weapon|piece|mvp|ninja|unicorn|legend)"
            r"|(?:the[ \t]+)?best[ \t]+(?:hire|candidate|decision|investment)|you[ \t]+need[ \t]+me"
            r"|still[ \t]+(?:interested|here|waiting|keen|hoping)|decision[ \t]+time|thoughts\?"
            r"|hire[ \t]+me|why[ \t]+you[ \t]+should[ \t]+hire|(?:the|your)[ \t]+(?:candidate"
            r"|person"
            r"|hire|one)[ \t]+you['’]?(?:ve|[ \t]+have)?[ \t]+been[ \t]+(?:looking|waiting"
            r"|searching)|your[ \t]+search[ \t]+(?:is[ \t]+over|ends)|look[ \t]+no[ \t]+further"
            r"|before[ \t]+you[ \t]+decide|don['’]t[ \t]+hire|stop[ \t]+(?:looking"
            r"|searching)|problem[ \t]+solved|game[ -]?changer|breaking[ \t]+news|shocking"
            r"|unbelievable"
            r"|you['’]ll[ \t]+love|you[ \t]+won['’]t[ \t]+regret|best[ \t]+(?:candidate|decision"
            r"|hire)|(?:a|the)[ \t]+no[ -]brainer|trust[ \t]+me|quick[ \t]+favou?r"
            # Demanding the answer in the subject: "Need an answer", "Awaiting your decision",
            # "What's the verdict?", "Well??".
            r"|need(?:ing)?[ \t]+(?:an?[ \t]+|your[ \t]+)?(?:answer|reply|response|decision"
            r"|verdict)|(?:answer|reply|decision|verdict)[ \t]+(?:needed|required|requested|please"
            r"|pending)|awaiting[ \t]+(?:your[ \t]+|a[ \t]+)?(?:reply|response|answer|decision"
            r"|verdict|feedback)|what['’]?s[ \t]+the[ \t]+(?:verdict|holdup|hold-up|delay)"
            r"|verdict\?|well[ \t]*\?|so[ \t]*\?)(?![\w'’]))"
            r"[^\n]{0,120})",
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
            # The last item takes the rest of its name: "CSM, Six Sigma Black Belt".
            r"(?=\w)\b(?:[\w.+#/-]+,[ \t]+){3,}[\w.+#/-]+,?[ \t]+(?:and|&)[ \t]+[\w.+#/-]+"
            r"(?:[ \t]+(?-i:[A-Z][\w.+#/-]*))*"
            r"|(?=\w)\b(?:[\w.+#/-]+,[ \t]+){4,}[\w.+#/-]+(?:[ \t]+(?-i:[A-Z][\w.+#/-]*))*",
            # Four or more names of tools, some of two or three words: "Figma, Illustrator, After
            # Effects, Blender & Webflow".
            r"(?=[A-Z0-9])(?<![\w.+#/-])(?-i:[A-Z0-9][\w.+#/-]*(?:[ \t]+[A-Z0-9][\w.+#/-]*){0,2})"
            r"(?:,[ \t]+(?-i:[A-Z0-9][\w.+#/-]*(?:[ \t]+[A-Z0-9][\w.+#/-]*){0,2})){2,},?[ \t]+"
            r"(?:and|&)[ \t]+(?-i:[A-Z0-9][\w.+#/-]*(?:[ \t]+[A-Z0-9][\w.+#/-]*){0,2})",
            # Years of experience and a list of tools: "10 yrs in SAP FICO, S/4HANA and IFRS 16".
            r"(?:(?:[Ww]ith|[Hh]aving|I[ \t]+have|I['’]ve(?:[ \t]+got)?)[ \t]+)?"
            # ... or with the trade between: "7 yrs cabin crew experience on A350 and B787".
            r"\d+\+?[ \t]*(?i:yrs?|years?)['’]?(?:[ \t]+(?i:of))?"
            r"(?:(?:[ \t]+(?-i:[a-z])[\w-]*){0,3}?[ \t]+(?i:experience|exp))?"
            r"(?:[ \t]+(?i:in|of|with|across|using|on)|(?=[ \t]+[A-Z0-9]))"
            # A dot that closes a short form ends no list: "12 yrs in geotech incl. PLAXIS, ...".
            rf"[ \t]+(?:[^.!?;\n,]|{_SHORT_FORM_DOT}){{1,60}},"
            rf"(?:[^.!?;\n]|{_SHORT_FORM_DOT}){{0,150}}?"
            r"[ \t](?:and|&)[ \t]+[^\s.!?;\n,]+(?:[ \t]+[A-Z0-9][^\s.!?;\n,]*)*",
            # Short items, two of them codes or numbers: "HCPC reg, 9 yrs frontline, ALS, PHTLS";
            # a dot inside a word ends no sentence ("B.Tech, MBA, PMP, CSM, Six Sigma Black Belt").
            r"(?=[\w])(?<![\w.+#/&'’-])(?=(?:(?:[^.!?\n,]|\.(?=\w)){0,60},){3})"
            r"(?=(?:[^.!?\n]|\.(?=\w)){0,240}?(?:\b[A-Z]{2,}|\d))"
            r"(?:[\w.+#/&'’-]+(?:[ \t]+[\w.+#/&'’-]+){0,3},[ \t]+){3,}"
            r"[\w.+#/&'’-]+(?:[ \t]+[\w.+#/&'’-]+){0,2}",
            # Three credentials or figures, the first two with a code or a number: "PMP, PRINCE2
            # and Scrum Master", "CELTA, JLPT N1, 9 years in Kyushu", "15 yrs sales, top rep".
            rf"(?<![\w.+#/&'’-]){_CODE_ITEM},[ \t]+{_CODE_ITEM}(?:,[ \t]+{_LIST_ITEM})*"
            rf"(?:,[ \t]+{_LIST_ITEM}|,?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM})"
            rf"(?:,?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM})?",
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
        # A bracketed example or instruction left in: "(e.g. previous restaurant)".
        patterns=(
            # "e.g." with the example it gives, to the end of a short clause: the note's example
            # is what the reader rewrites ("the A321 retrofit, e.g. the bit about the EASA
            # paperwork").
            r"(?<![\w.])(?i:e\.g\.?|eg\.)(?:[ \t]+[^\s.,;:!?()–—]+){1,8}(?=[ \t]*(?:[.,;:!?)–—\n]"
            r"|\Z))",
            r"\((?i:e\.g\.|i\.e\.|eg\b|ie\b|such\s+as|insert|add\s|for\s+example|example:|optional"
            r"|delete\b|choose\b|pick\s+one|select\b|note:|tip:|replace\b|customi[sz]e"
            r"|personali[sz]e"
            r"|if\s+applicable|as\s+appropriate)[^()\n]{0,60}\)",
            # An example standing where the words should be: "the e.g. bridge inspection backlog".
            r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\byour )|(?<=\bour )|(?<=\bmy )|(?<=\babout )"
            r"|(?<=\bon )|(?<=\bof )|(?<=\bfor )|(?<=\bwith )|(?<=\blike )|(?<=\bregarding )"
            # ... or after any preposition or verb of being: "my background in e.g. supply chain".
            r"|(?<=\bin )|(?<=\bat )|(?<=\bto )|(?<=\bas )|(?<=\bby )|(?<=\bfrom )|(?<=\binto )"
            r"|(?<=\bacross )|(?<=\baround )|(?<=\bduring )|(?<=\bunder )|(?<=\bover )"
            r"|(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<=\bbe )|(?<=\btheir )"
            r"|(?<=\bhis )|(?<=\bher )|(?<=\bits ))"
            r"(?i:e\.g\.|eg\.|i\.e\.)(?:[ \t]+[\w'’-]+){1,3}",
        ),
        hints=("(", "e.g", "eg.", "i.e"),
        # A role named by a form letter: "the position at your company".
        families=(
            "the|this|a|an? position|role|job|opening|vacancy|post|opportunity at|with|in your"
            " company"
            "|organisation"
            "|organization|firm|institution|esteemed_company|esteemed_organisation"
            "|esteemed_organization|esteemed_institution",
            # The employer's aims with no name to them: "your organization's success", "your
            # company's mission".
            "your company's|organisation's|organization's|firm's|institution's|employer's success"
            "|growth|mission|goals|vision|values|future|continued_success|objectives|culture",
        ),
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
            "outbid",
            "they are offering",
            "they're offering",
            "they offered me",
            "bidding war",
        ),
        stages=frozenset({"competing_offer"}) | SAYING_NO,
        without_stage=False,
        families=(
            # More money as the price of the other offer: "If you could go a bit higher".
            "if|provided|as_long_as|should you|your_team|the_budget|the_offer|the_salary|it can"
            "|could|will|would|were_able_to ...? go|come|stretch|creep|nudge ...? higher|north"
            "|a_bit_higher|a_little_higher|any_higher",
            "I'd|I_would|I'll|I_will|I'd_be_happy_to|I'd_gladly ...? happily|gladly|definitely"
            "|willingly? turn|tell|let them|the_other_offer|the_other_company|it|that_offer"
            " down|go|decline|no",
            "if|provided|as_long_as you|your_team can|could|will|would match|beat|better|top|equal"
            " ...? {rest}?",
            "I'm|I_am|I'll_be|I_will_be yours|all_yours|in|on_board|sold if|provided|as_long_as",
            "I'd|I_would|I'll|I_will|I_could say_yes|accept|sign|reconsider|take_it"
            "|agree if|provided|as_long_as you ...? went|go|came|come|moved|move|increased"
            "|increase|raised|raise|matched|match|improved|improve up|higher|to?",
            "make|put_forward|send|submit|come_back_with|propose|consider|offer|table|expect"
            "|welcome a|an|your? counter_offer|counteroffer|counter-offer|counterproposal"
            "|counter-proposal",
            "counter_offer|counteroffer|counter-offer from you|from_your|from_the_team",
            # A condition on the no: "no, unless ...".
            "no|not|nope|decline|down|pass|out unless|except_if|except_when",
            # The no held open on their terms: "If that changes let me know".
            f"if|should|once|when|in_case {_CHANGED_TERMS} ...? {_CHANGES} ...? {_COME_BACK}",
            f"{_COME_BACK} ...? if|should|once|when|in_case {_CHANGED_TERMS} ...? {_CHANGES}",
            # "Unless" as a word of a name ("the Unless Studio team") is not a condition.
            "unless you|your|the|we|I|there|it|a|an|this|that|something|someone|they|my|our"
            "|its|I'm|you're|we're|there's|things|anything|he|she|HR {rest}?",
            "unless ...? remote|fully_remote|WFH|hybrid|salary|pay|budget|figure|number|offer"
            "|package|base|bonus|equity|title|increase|raise|bump|better|more|higher|improved"
            "|revised|possible|negotiable|on_the_table|flexible|match*|mov*|chang*|revis*"
            "|reconsider*|improv*|increas*|rais*|sweeten*|budg*|shift*|offer*|pay*|come_up"
            "|relocation|hours|terms {rest}?",
            "I'd|I_would|I_could|I_might|I_may|I_will|I'll|would|could ...? reconsider"
            "|change_my_mind|think_again|accept|be_open|be_tempted|be_persuaded|stay|come_back"
            "|sign|join if|provided|providing|as_long_as|assuming|only_if|should {rest}",
            # Asking them to match or beat the other offer.
            "you'll|you_will|you'd|you_would|you ...? need_to|have_to|must match|beat|better|top"
            "|equal|improve_on|exceed that|this|their|it|them|the_offer|their_offer"
            "|the_other_offer|that_offer|that_figure|that_number",
            "could|can|would|will|are you|you're|you_are|your_team ...? able_to|willing_to"
            "|prepared_to? match|beat|better|top|equal|improve_on|improve_upon that|this|their"
            "|the_other|the|it|them ...? number|figure|offer|salary|package|amount|sum|one|it?"
            " {q}?",
            # The terms that would turn the no into a yes: "if the package improved".
            f"if|should|were|once|unless the|your|my|a ...? {_TERMS} ...? improv*|increas*"
            "|went_up|goes_up|go_up|rose|rises|rise|chang*|upgrad*|bump*|rais*|doubled|moved"
            "|matched|were_higher|was_higher|were_better|was_better|got_better|came_up"
            "|were_upgraded|was_upgraded|were_raised|was_raised",
            "if|provided|providing|as_long_as|should|were you|your_team|the_company|they ...?"
            " matched|match|beat|bettered|topped|equalled|equaled|improved|increased|raised|upped"
            "|sweetened|doubled|came_up|went_up|reconsidered {rest}?",
            "if|provided|providing|as_long_as|should you|your_team|the_company|they can|could"
            "|will|would|were_able_to|are_able_to ...? give|offer|pay|do|find|stretch_to|go_to"
            "|manage|add ...? {percent}",
            "if|provided|providing|as_long_as|should you|your_team|the_company|they can|could"
            "|will|would|were_able_to|are_able_to ...? give|offer|pay|do|find|stretch_to|go_to"
            "|manage|add ...? {money}",
            "if|provided|providing|as_long_as|should you|your_team|the_company|they can|could"
            "|will|would|were_able_to|are_able_to ...? give|offer|pay|do|find|stretch_to|go_to"
            "|manage|add ...? more|extra|higher|better|another|an_extra|a_higher|a_better"
            "|a_bigger|bigger",
            "might|could|would|may|will|can change_my_mind|make_me_reconsider|sway_me"
            "|tip_the_balance"
            "|tip_it|tempt_me|win_me_over|make_the_difference|change_things|change_my_decision"
            "|persuade_me|convince_me|bring_me_round|bring_me_around",
            "come_back|get_back|circle_back|return|revert|reach_out|be_in_touch ...? with|if a|an"
            "|your? better|higher|improved|bigger|revised|sweeter|stronger|more_competitive"
            "|new|different ...? number|offer|figure|package|salary|deal|terms|rate|proposal",
            "better|higher|improved|bigger|revised|sweeter|stronger|more_competitive number|figure"
            "|package|salary|deal|terms|rate|proposal|counteroffer|counter-offer",
            "at|for|on that|this|the_current|the_proposed|the_offered|this_level_of"
            "|that_level_of|those|these salary|figure|number|rate|pay|level|price|package|money"
            "|base|terms|numbers|figures",
            "as_it_stands|as_it_is|in_its_current_form|as_currently_structured|as_offered"
            "|as_written|as_currently_offered|at_the_current_level|on_these_terms"
            "|on_the_current_terms|under_the_current_terms|at_the_current_salary",
            "door|my_door is|remains|'s|stays open|ajar if|should|provided|providing|as_long_as"
            "|once|when",
            "think_again|reconsider|change_my_mind|rethink|take_another_look|look_again"
            "|come_round|come_around if|provided|providing|as_long_as|should|once|were",
            "reconsider|think_again|change_my_mind|accept|say_yes|sign|rethink|be_tempted"
            "|be_interested|come_on_board at|for|with|if_it_were|if_it_was ...? {money}",
            # Asking them to match the other figure: 'I trust you'll want to at least match that'.
            "match|beat|better|top|equal|exceed ...? that|their|the|this|the_other ...?"
            " figure|number|package|salary|rate|amount",
            "hope|expect|trust|assume|imagine yours|your_offer|your_figure|your_number"
            "|your_package ...? will|would|can|could be? higher|better|more|bigger"
            "|competitive|match",
            "you'd_better|you_had_better|you'd_best|better_hurry|better_be_quick"
            "|better_move_fast|better_get_a_move_on",
            "need|want|expect you to decide|choose|commit|answer|confirm|come_back"
            "|make_up_your_mind ...? by|before|within|today|tomorrow|this_week",
            "similar|comparable|equivalent|matching|the_same|same|equal figure|number|level"
            "|salary|package|amount|offer|terms|pay",
            "whoever|whichever|who_ever ...? pays|offers|bids|puts_up|comes_up_with|gives ...?"
            " more|most|higher|the_most|the_highest|the_better|better|best",
            "highest|top|best bidder|bid",
            "bidding_war|auction|bidding",
            "at_least|can_you|could_you|would_you|will_you|you'd_need_to|you'll_need_to"
            "|you_need_to|if_you_can|if_you_could|unless_you_can|I'd_need_you_to|I_need_you_to"
            "|happy_to_let_you|you'd_have_to|you'll_have_to ...? match|beat|top|better|equal"
            "|meet|exceed|outbid|come_close_to|come_near|get_close_to|improve_on|go_higher_than"
            "|go_above|counter|compete_with|outdo|trump",
            "match|beat|top|exceed|outbid|counter|outdo|trump {name}",
            "match|beat|top|exceed|outbid|counter|outdo|trump that|this|it|theirs|their|what"
            "|the_other|the_offer|the_package|the_number|the_figure|the_competing|them",
            "can|could|will|would your_side|your_end|you|your_company|your_team|you_guys"
            "|your_firm ...? come_close|get_close|come_near|get_near|go_higher|go_further"
            "|do_better|improve|compete|match_it|beat_it|top_it|counter|come_up|step_up {toq}?",
            "go|come|get higher_than|above|over|beyond|past",
            "if|once|when|provided|as_long_as ...? the numbers|figures|money|package|terms"
            "|offer|maths|math ...? line_up|add_up|match|work|stack_up|compare|beat",
            "in_case|hope|hoping|if ...? that|this|it helps|help|informs|inform|shapes|shape"
            "|guides|guide|focuses|focus your|the thinking|offer|number|numbers|figures|budget"
            "|counter|counteroffer|calculations|maths|math|package",
            "what can|could you|your_side|your_end|you_guys do|offer|come_up_with"
            "|put_on_the_table {q}?",
            "what|numbers|number|figure|figures|offer|package you|you'd|you'll|you_would"
            "|you_will need|have|got to? beat|match|top|better|exceed|outbid",
            "it's|it_is|the_job's|the_role's|I'm yours|all_yours",
            "and I'm|and_I_am yours|in|sold|on_board|signing|there",
            "ball's|ball_is in your court",
            "make|making it|this worth my while",
            "your|the best|final|top|highest|best_and_final offer|number|figure|price|bid {q}?",
            "sweeten|beef_up|top_up|up the|your|this deal|offer|package|pot",
            "up|upping|raise|raising the ante|stakes",
            "name your|a price|figure|number",
            "if|provided|as_long_as|were|had ...? the money|pay|salary|package|numbers|offer"
            "|figures|offers ...? were|was|is|are|been ...? the_same|equal|comparable|similar"
            "|matched|level|closer|competitive|on_par|in_line|a_bit_closer",
            "their|the_other|the_competing|the_rival offer|package|deal|terms ...? is|are|was"
            " ...? generous|attractive|competitive|lucrative|higher|better|bigger|stronger"
            "|substantially_better|very_generous|hard_to_turn_down|hard_to_refuse"
            "|hard_to_say_no_to",
            "beats|beat|trumps|tops|outstrips|outdoes|blows ...? yours|your_offer|your_package"
            "|you ...? on|in|out|hands_down|easily",
            # The other side's money held up: "another firm is prepared to pay more".
            "prepared|willing|ready|happy|able|keen|offering|offered to? pay|offer|give"
            "|go ...? more"
            "|higher|better|extra|above|over|a_lot_more|significantly_more|considerably_more",
            "whoever|whichever|who_ever comes_in|offers|pays|bids|goes|puts_up ...? highest|most"
            "|more|best|higher|the_most|the_highest|the_best|first",
            "what|who you're|you_are|you'll_be|you_will_be|we're ...? up_against|competing_with"
            "|competing_against|dealing_with|facing",
            # Asking them to match: "kindly revise accordingly", "I trust you will respond in kind".
            "revise|adjust|review|reconsider|sweeten|improve|increase|raise|bump|update|rework ...?"
            " accordingly|in_kind|to_match|to_compete|to_suit|in_line|upward|upwards",
            "respond|reply|react|act|answer|follow in_kind|suit|accordingly|likewise",
        ),
        reader_tone=True,
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
            "the salary was",
            "the pay was",
            "too low",
            "lower than I",
            "I apologize",
            "I apologise",
            "apologies for",
        ),
        # Reasons numbered one by one: "First, the location; second, the hybrid policy".
        patterns=(
            # Home life listed with commas, thing after thing: "my father's health is not good,
            # my wife has just joined a new job".
            rf"(?i:my|our)[ \t]+(?i:{_HOME_RE})(?:['’]s)?(?![\w'’-])[^.;:!?\n,]{{3,60}},[ \t]+"
            rf"(?:(?i:and|plus|also|while)[ \t]+)?(?i:my|our)[ \t]+(?i:{_HOME_RE})(?:['’]s)?"
            r"(?![\w'’-])[ \t]+[^.;!?\n,]{3,80}",
            r"(?i:first(?:ly)?|first[ \t]+of[ \t]+all),?[ \t]+[^;.!?\n]{1,60};[ \t]+"
            r"(?i:second(?:ly)?|then|next|also)(?!\w)(?:,?[ \t]+[^;.!?\n,]{1,60})?",
            # The same list as bare ordinals: "Firstly... secondly... and lastly, the commute".
            r"(?i:first(?:ly)?)(?:\.{2,3}|…)[ \t]+(?i:second(?:ly)?)(?:\.{2,3}|…)?",
            # A remark on the note's length with its apology: "(well, not that short, sorry!)".
            r"(?i:not)[ \t]+(?i:that|so|very|exactly|quite|all[ \t]+that)[ \t]+(?i:short|brief"
            r"|quick)(?:[ \t]*,?[ \t]*(?i:sorry|soz|sry|apologies|oops|ha|haha|lol))?[ \t]*!*",
            # The break-up line, both halves: "It's not you, it's me".
            r"(?i:it['’]?s|it[ \t]+is)[ \t]+(?i:not|nothing[ \t]+to[ \t]+do[ \t]+with)[ \t]+"
            r"(?i:you|about[ \t]+you|your[ \t]+fault|the[ \t]+team|the[ \t]+company)"
            r"(?:[ \t]+(?i:guys|all))?[ \t]*[,;:—–-]+[ \t]*(?i:it['’]?s|it[ \t]+is|but)[ \t]+"
            r"(?:(?i:really|honestly|just|all|genuinely|truly)[ \t]+)?(?i:me|on[ \t]+me"
            r"|my[ \t]+(?:fault|problem|issue|stuff|situation|circumstances))(?!\w)",
            # Reasons numbered as a list: "Reasons: 1) the salary, 2) the commute".
            r"(?i:(?:my|the)[ \t]+)?(?i:reasons)[ \t]*:[ \t]*(?:\(?[1a][).:]|[-•*])[ \t]*"
            r"[^,;\n.]{1,40}",
            # The stock filler with its aside: "Long story short (well, not that short)".
            r"(?i:long[ \t]+story[ \t]+short)[ \t]*\([^()\n]{1,40}\)",
            # A full explanation announced, and its first reason: "To explain fully: my partner
            # has been offered a job in Bristol".
            r"(?i:to|let[ \t]+me)[ \t]+(?i:explain)[ \t]+(?i:fully|properly|in[ \t]+full"
            r"|in[ \t]+detail|at[ \t]+length|everything|(?:the|my)[ \t]+(?:whole|full|entire)"
            r"[ \t]+(?:situation|story|picture|reasoning))[ \t]*(?::|[—–]|[ \t]-)[ \t]*"
            r"[^.!?;\n,]{1,80}",
        ),
        openers=frozenset(
            {"first", "firstly", "not", "it", "its", "reasons", "my", "our", "the", "long"}
            | {"to explain", "let me"}
        ),
        stages=SAYING_NO,
        families=(
            # Their process judged: "I don't think your hiring is very respectful".
            "don't|do_not|didn't|did_not|can't_say|wouldn't_say|never think|feel|find|believe"
            f"|say ...? your|the|this|their {_THEIR_PROCESS} ...? is|was|has_been|were|are|felt"
            f"|seemed|seems ...? {_FAIR_PROCESS}",
            f"your|the|this|their {_THEIR_PROCESS} ...? isn't|is_not|wasn't|was_not|hasn't_been"
            "|has_not_been|aren't|weren't|doesn't_seem|didn't_seem|doesn't_feel|didn't_feel"
            f" ...? {_FAIR_PROCESS}|disrespectful|inconsiderate|unfair|unprofessional"
            "|discourteous|unreasonable|disproportionate",
            f"your|the|this|their {_THEIR_PROCESS} ...? is|was|has_been|were|are|felt|seemed"
            "|seems ...? disrespectful|inconsiderate|unfair|unprofessional|discourteous"
            "|unreasonable|disproportionate|not_respectful|not_fair|not_professional",
            # Home life told at length, one thing after another: "My husband has a new shift
            # pattern and my son is starting at a different school".
            f"my|our {_HOME} has|have|is|are|was|were|got|gets|starts|started|works|needs|needed"
            f"|just|now|recently ~ and|plus|while|also my|our|the {_HOME}|school|kids|move|rent",
            f"my|our {_HOMES} ~ and|plus|while|also my|our|the {_HOME}|school|kids|move|rent",
            # What the family thinks of it: "my husband thinks I'm mad".
            f"my|our {_KIN} ...? {_KIN_SAY} ...? {_KIN_VERDICT}",
            f"the|your|their {_TERMS} is|was|were|felt|seemed a_bit_of_a_letdown|a_letdown"
            "|a_let-down"
            "|disappointing|underwhelming|a_disappointment|not_what_I_hoped|not_enough",
            "paying|pays|offering|offers|pay|earn|earning ...? {percent} more|higher|better|extra",
            # The other offer's figures: "came in at $98k", "with a better 401(k) match".
            "came|come|comes|coming in|back ...? at|with {money}",
            "other|another|their|competing|rival|new company|firm|employer|offer|role|job|one"
            "|team|place|business|practice|organisation|organization ...? pays|paid|paying|offers"
            "|offered|offering|is|was|came|comes ...? {money}",
            f"with|and|plus|offers|offered|offering|has|had|gives|gave a|an {_RICHER} ...? "
            f"{_PERKS}",
            "paying|pays|offering|offers|offered me|us? more|better|higher|a_lot_more"
            "|significantly_more|considerably_more|substantially_more",
            "long|many|lots_of|a_lot_of|several|much|endless ...? conversations|discussions|talks"
            "|soul-searching|deliberation",
            "made|makes|left|leaves me ...? question*|doubt*|wonder*|unsure|uncertain"
            "|concerned whether"
            "|if|about {rest}?",
            # Their pace blamed: "the six-week gap between the second and third rounds made it
            # hard".
            "made_it|makes_it|made_things|made|make_it hard|harder|difficult|tough|tricky"
            "|impossible|challenging to stay|remain|keep|feel|be committed|engaged|interested"
            "|enthusiastic|motivated|excited|invested|focused|on_board|positive|confident|keen"
            "|patient|hopeful|optimistic",
            "the|a|that|this|such_a|such_a_long|the_long {word}? gap|gaps|wait|waits|delay|delays"
            "|lull|pause|silence|lag|stretch|hold-up|hold-ups|waiting_time|breaks between|after"
            "|before|since ...? rounds|interviews|stages|steps|the_first|the_second|the_third"
            "|the_final|the_last|our|my|each|the_interview|the_interviews {rest}?",
            # One more reason stacked on: "plus my current boss offered me a small raise".
            "plus|on_top_of_that|on_top_of_this|on_top_of_which|what's_more|what_is_more"
            "|not_to_mention|besides|besides_that|and_besides|added_to_that|in_addition"
            "|additionally|and_then_there's|then_there's|and_also|as_well_as_that ...? my|our"
            "|the|I|I've|I'm current|present|existing|old|own? ...? boss|manager|employer|company"
            "|firm|team|director|job|workplace|partner|wife|husband|family|kids|children|landlord"
            "|lease|mortgage|commute|visa|counteroffer|counter-offer|raise|rise|pay_rise"
            "|promotion|bonus|offered|got|received|was_offered|have_been_offered|accepted"
            "|decided|promised {rest}?",
            "values|treats|pays|respects|looks_after|supports its|their|it's staff|people|employees"
            "|team|workers ...? more|better",
            "the|your interview|process|panel|team|hiring|communication ...? felt|seemed|was"
            "|were ...?"
            " disorgani*|chaotic|rushed|messy|confusing|unprofessional|cold|awkward|slow",
            f"the|your|their {_TERMS} is|was|were|are|seemed|felt ...? under|below|less|lower"
            "|short_of"
            "|not_competitive|too_low|uncompetitive|not_enough|behind",
            "process|interviews|hiring|recruitment|timeline|wait|it has|have|had taken|dragged"
            "|gone_on"
            "|run_on|stretched ...? longer|too_long|so_long|forever|ages|more_time|months|weeks",
            # Comments on their process when saying no.
            "lack|absence of updates|communication|feedback|contact|news|information|clarity"
            "|organisation|organization|structure",
            "gap|gaps|delay|delays|wait|waits|weeks|silence between|after|since rounds|interviews"
            "|stages|steps|the_interview|the_interviews|the_rounds|my_interview",
            "your|the? panel|interview|interviewer|interviewers|meeting|call ran|started"
            "|was|were ...? late|over|behind",
            # The interview itself faulted: "the second interview overran by an hour".
            "the|your|my|that|this|each|every|both|all|one|two|three ...? interview|interviews"
            "|round|rounds|panel|meeting|call|assessment|session|stage|day"
            "|screen|slot|visit ...? overran|overrun|overruns|overrunning|ran_over|ran_late"
            "|ran_long|ran_behind|went_over|went_on|dragged|dragged_on|started_late|began_late"
            "|kicked_off_late|was_late|were_late|was_delayed|were_delayed|was_rescheduled"
            "|were_rescheduled|got_rescheduled|kept_being_rescheduled|kept_moving|kept_being_moved"
            "|was_moved|got_moved|was_cancelled|was_canceled|got_cancelled|got_canceled"
            "|was_postponed|got_postponed|was_pushed_back|got_pushed_back|overlapped|clashed"
            "|over-ran|ran_an_hour_over|took_far_longer|took_much_longer|took_longer",
            "kept|left me? ...? waiting|hanging_around|sat|sitting|standing ...? for|over|nearly"
            "|almost|well_over ...? hour|hours|minutes|mins|an_hour|half_an_hour|ages|forever"
            "|an_age",
            "one|the|an|your? interviewer|interviewers|panellist|panelist|manager ...? was"
            "|were|kept|sat on|checking|looking_at his|her|their phone|phones|laptop|email",
            "found|got|accepted|taken|have ...? something|a_role|a_job|an_offer"
            "|another_role|another_job|one that|which pays|offers|paying better|more",
            "explain|justify|set_out|go_through|walk_you_through my|this|our? decision|reasons"
            "|reasoning|choice",
            "secondly|thirdly|another_reason|the_second_reason|the_other_reason|a_further_reason",
            "I'm|I_am|I? sorry|apologies|apologise|apologize for|about any? the? inconvenience"
            "|trouble|disruption|mess|hassle|confusion|wasted_time|time_wasted",
            "well|far|way|a_bit|slightly|significantly? below|under|beneath|lower_than market"
            "|the_market|expectations|my_expectations|what_I_expected|what_I_need"
            "|what_I_was_hoping|industry|average|competitive",
            "not|wasn't|isn't|was_not|is_not ...? competitive|what_I_expected|in_line|at_market"
            "|attractive_enough",
            "didn't|did_not|doesn't|does_not|don't|won't ...? meet|match|reflect my|our?"
            " expectations|needs|requirements|experience|worth|value",
            "frankly|in_all_honesty|truth_be_told|to_be_frank",
            # Apologising for saying no.
            "I'm|I_am|I_feel|I? sorry|apologies|apologise|apologize|apologising|apologizing"
            " to_do_this|to_do_that|to_have_to|for_doing_this|to_let_you_down|to_disappoint"
            "|for_letting_you_down|to_back_out|for_backing_out|to_pull_out|for_pulling_out"
            "|to_withdraw|to_decline|to_say_no|to_turn_this_down|to_turn_it_down|about_this"
            "|for_this|for_the_change_of_heart|to_write_this|to_send_this|to_change_my_mind",
            # Their pay or terms against what the writer hoped for.
            "lower|less|smaller|worse|below than I|I'd|I_had|we|we'd|what_I|what_we ...? hoped"
            "|expected|wanted|needed|need|was_hoping|had_hoped|anticipated|earn|make|am_earning"
            "|looking_for|was_looking_for for?",
            # Comments on their process or terms: "three rounds felt like a lot".
            "a|an|the|your|this|that|these|those|all_the|two|three|four|five|several|multiple"
            " ...? process|interview*|round*|stage*|exercise*|task*|assignment*|assessment*|test*"
            "|take-home*|case_stud*|presentation*|commute|travel|hours|shift*|workload|salary|pay"
            "|offer|package|probation*|notice_period|contract|location|rota|schedule ...? felt"
            "|feel*|seem*|sound*|look*|was|were|is|are ...? like_a_lot|too|overly|excessive*"
            "|unreasonabl*|a_bit_much|a_lot|demanding|disappointing|underwhelming|lengthy"
            "|disorgani* {rest}?",
            "a_bit|a_little|somewhat|frankly? insulting|derisory|laughable|a_joke|underwhelming"
            "|lowball*|low-ball*|an_insult",
            # Of their process or offer, not of the writer's own reason ("the commute would be
            # too long for me" is a reason in a clause, which the guide allows).
            "process|interview|interviews|rounds|stages|offer|salary|pay|package|base|bonus"
            "|timeline|timescale|timeframe|wait|waiting|hours|contract|probation|notice|schedule"
            "|rota|terms|assessment|task|take-home|test|tests|budget|figure|number|rate|benefits"
            "|it|that|this|which|everything|things|decision|recruitment|hiring|feedback|response"
            "|reply|turnaround|leave|holiday|allowance|equity|range|band|workload|expectations"
            "|requirements|period|months|weeks|days ...? seem*|felt|feel*|sound*|look*|is|was"
            "|were|are|would_be|will_be|be"
            "|taken|took|take|taking|lasted|dragged|dragged_on too|overly"
            "|excessively|unreasonably"
            "|a_bit_too|far_too|way_too|too_much|a_bit_much|a_lot long|much|short|low|high|far"
            "|slow|demanding|strict|rigid"
            "|many|little|few|lengthy|heavy|stressful|restrictive|inflexible|risky {rest}?",
            # How long their process took: "the six weeks it took to hear anything".
            "the|those|these|all_those|all_the|after|over|nearly|almost|a_full|a_whole|several"
            "|many {count}? week*|month*|day*|rounds ~ took|taken|to_hear|of_waiting|of_silence"
            "|wait*|without|it_took|it's_taken|it_has_taken|it_had_taken|went_by|passed",
            "process|interviews|hiring|recruitment|timeline|wait|it|things|everything|rounds"
            "|decision|response|reply|feedback|scheduling took|takes|taking|has_taken|had_taken"
            "|dragged|dragged_on|went_on|drags|drew_on ...? so|too|very|far_too|way_too|a_long"
            "|ages|forever|longer|weeks|months|long|an_age|an_eternity",
            # Their systems and people failing: "the portal crashed twice".
            "portal|system|website|site|platform|link|app|software|ATS|form|forms|video_call"
            "|call|zoom|teams|tech|technology|login|upload|helpline|hotline ...? crashed|broke"
            "|failed|froze|kept_crashing|didn't_work|did_not_work|wasn't_working|went_down"
            "|kept_failing|glitched|was_broken|was_down|kept_freezing|timed_out|logged_me_out"
            "|was_unusable|was_a_nightmare|kept_dropping {rest}?",
            "you|your_team|your_company|the_company|they|the_team|HR|recruiters|the_recruiter"
            "|nobody|no_one|no-one|the_recruiters|your_recruiters ...? never|rarely|seldom"
            "|didn't|did_not|don't|do_not|failed_to|couldn't|could_not|doesn't ...? answer*"
            "|repl*|respond*|return*|get_back|got_back|call*_back|pick*_up|pick_up|follow*_up"
            "|communicat* {rest}?",
            "put_off|turned_off|discouraged|deterred|dismayed|unimpressed|underwhelmed|let_down"
            " by|with {rest}?",
            "constant|repeated|endless|continual|continuous|frequent|never-ending|last-minute"
            "|multiple|all_the|so_much|so_many ...? rescheduling|reschedules|delays|changes"
            "|cancellations|postponements|chasing|silence|back-and-forth|radio_silence"
            "|moving_goalposts|no-shows",
            "too|way_too|far_too|so many|much hoops|hoops_to_jump_through|rounds|stages|steps"
            "|interviews|tasks|hurdles|forms|tests|assessments|paperwork|bureaucracy|red_tape"
            "|admin|calls",
            "hoops|red_tape|jump_through",
            "red_flag|red_flags|a_red_flag|warning_sign|warning_signs|alarm_bells"
            "|spoke_volumes|speaks_volumes|said_it_all|says_it_all|told_me_all|told_me_everything"
            "|was_telling|was_revealing|didn't_inspire_confidence|did_not_inspire_confidence",
            # A dig at their process as the reason: "being kept waiting five weeks without a
            # word didn't fill me with confidence", "hardly inspired much faith".
            "didn't|did_not|doesn't|does_not|hardly|failed_to|wouldn't|won't|never|scarcely"
            "|barely ...? fill|filled|fills|inspire|inspired|inspires|instil|instill|instilled"
            "|give|gave|gives|leave|left ...? me|one|anyone|much|a_lot_of|great|a_great_deal_of"
            " ...? with? confidence|faith|trust|reassurance|hope",
            "being|been|was|were|getting|got ...? kept|left ...? waiting|hanging|dangling"
            "|in_the_dark|on_hold|in_limbo",
            "kept|left me|us waiting|hanging|dangling|in_the_dark|in_limbo ~ without|with_no|for",
            "told|showed|taught me ...? everything|all|enough I? ...? needed|need|had to? know|see",
            # Their process or their people judged in a clause of its own: "which I found not so
            # professional", "the second interviewer wasn't really listening".
            "which I? found|find|thought|think|felt|feel|considered|consider|would_call|call|was"
            "|is|were|seemed|seems|struck_me_as|came_across_as to_be? not|hardly|far_from"
            f"|anything_but|less_than {_FAIR_PROCESS}",
            "which I? didn't|did_not|don't|do_not|wouldn't|would_not|couldn't|could_not ...? find"
            f"|call|consider ...? {_FAIR_PROCESS}",
            "which wasn't|isn't|weren't|was_not|is_not|didn't_seem|doesn't_seem|didn't_feel"
            f"|doesn't_feel|hardly_seemed {_FAIR_PROCESS}",
            "which|I_found_it|I_found_that|I_found_this|I_thought_it|I_thought_that ...?"
            f" {_UNFAIR_PROCESS}",
            f"{_INTERVIEWERS} ...? wasn't|was_not|weren't|were_not|didn't|did_not|never|barely"
            f"|hardly|couldn't|could_not ...? {_NOT_ATTENDING}",
            f"{_INTERVIEWERS} ...? was|were|seemed|looked|felt|came_across_as ...? {_DISENGAGED}",
            # Disparaging the offer or the employer they turn down.
            "didn't|did_not|failed_to|never|wasn't_able_to|couldn't impress|excite|inspire|convince"
            "|grab|wow|win_me_over me?",
            "outdated|old-fashioned|behind_the_times|antiquated|archaic|stingy|meagre|meager"
            "|mediocre|subpar|sub-par|uninspiring|depressing|dull|dreary|shabby|toxic"
            "|dysfunctional|second-rate|amateurish|unprofessional|stuffy|soulless|dead-end"
            "|penny-pinching|miserly|backward|cheap",
            "no_offence|no_offense|don't_take_this_the_wrong_way|not_to_be_rude"
            "|with_all_due_respect|I_hate_to_say_it|I'm_afraid_to_say|no_disrespect",
            "lowest|weakest|worst|least_competitive|least_attractive|least_generous|smallest"
            "|poorest|stingiest|cheapest of|I|offer|one|among|out_of|by",
            "as {word} as the|your|you|it|was ...? advert|ad|advertisement|job_description|JD"
            "|job_ad"
            "|listing|posting|recruiter|description|made_out|suggested|promised|described|implied"
            "|claimed|said|indicated|advertised|sold|billed|pitched",
            "that's|that_is|which_is|who_are|that_are|who's|that_was|which_was more|better|far_more"
            "|much_more serious|committed|invested|professional|organised|organized|respectful"
            "|supportive|ambitious|innovative|forward-thinking|modern|progressive|generous"
            "|competitive|grown-up|mature|well-run",
            "stuck|living|trapped in the? past|dark_ages|stone_age|nineties|90s|eighties|80s"
            "|last_century|last_decade|19*|20*",
            "better|healthier|nicer|stronger|more_supportive|more_positive|more_professional"
            "|more_generous|fairer culture|deal|environment|workplace|leadership|management|team"
            "|employer|benefits|conditions|people|package",
            # Explaining at length: "let me explain the whole situation".
            "whole|full|entire|complete|long situation|story|background|picture|timeline|context"
            "|history|saga|rundown|run-down|account|explanation",
            "here's|here_is|here_are|below_is|below_are the|my full? timeline|story|background"
            "|reasons|reasoning|details|context|explanation|breakdown|rundown",
            "set_out|set|explain*|detail*|list*|outline*|go_into|going_into|walk_you_through"
            "|describe"
            "|lay_out|laid_out|go_through|run_through|spell_out ...? below|in_detail|in_details"
            "|at_length|in_full|one_by_one|point_by_point|each_of_them|each_one|all_reasons"
            "|all_the_reasons|all_my_reasons|now|everything",
            "several|many|various|numerous|multiple|a_number_of|a_few|a_couple_of|complicated"
            "|complex|different|a_host_of|a_range_of|a_variety_of|a_mix_of|a_combination_of"
            " reasons|factors|considerations",
            "mix|combination|multitude|host|variety|myriad|blend of personal|financial|career"
            "|family|professional|practical|logistical|several|many|different|various",
            "reasons|reasoning|situation|decision|story|why is|are|was|were ...? complicated"
            "|complex|many|several|numerous|varied|long|involved|a_long_story|multi-layered"
            "|nuanced",
            "as_for|regarding|in_terms_of the why|the_reasons|my_reasons|the_reasoning",
            "pros-and-cons|pros_and_cons|pros/cons|pro-and-con|pros_&_cons|spreadsheet"
            "|weighed_everything_up|long_and_hard|soul-searching|sleepless",
            "talked|spoke|consulted|discussed_it with|to my partner|my_family|my_wife|my_husband"
            "|my_mentor|my_parents|my_manager|my_friends|everyone",
            # Who was consulted before deciding: "talked it over with my partner and my mentor".
            "talked|talking|spoke|spoken|speaking|consulted|consulting|discussed|discussing"
            "|chatted|chatting|conferred|checked|sat_down ...? with|to my|our ...? partner|family"
            "|wife"
            "|husband|mentor|mentors|parents|manager|friends|spouse|fiancé|fiancée|fiance"
            "|fiancee|girlfriend|boyfriend|kids|children|mum|mom|dad|loved_ones|other_half"
            "|household|old_boss|former_boss|career_coach|coach|therapist",
            "understand|know|see exactly? how|why I reached|came_to|made|arrived_at this|my|the"
            " decision|conclusion|choice",
            # Apologising over and over for saying no.
            "wast* everyone's|your|the_panel's|the_team's|anyone's|people's|so_much_of_your"
            "|all_your|all_of_your|all_that|so_much ...? time|effort|energy",
            "forgive|pardon|excuse me|this|my ...? for? pulling_out|withdrawing|backing_out"
            "|changing|declining|saying|the|this|timing|u-turn|late",
            "hope_you|hope_you_can|hope_you'll|please forgive|pardon|excuse me|this|my",
            "let|letting|let's you|everyone|the_team|people|anyone|all_of_you|you_all ...? down",
            "feel|felt|feeling ...? terrible|awful|bad|guilty|horrible|dreadful|rotten|sick"
            "|mortified|ashamed|embarrassed about|for|that|doing|letting|having|to|after|this",
            "worst|terrible|awful|bad|poor|horrible|dreadful possible? timing|time|moment",
            "can't|cannot|can_not|couldn't apologi*|say_sorry|say_how_sorry|express_how_sorry"
            " ...? enough",
            "regret ...? caus*|put*|giv*|creat*|mak* ...? you? ...? this|any|the|such|so_much"
            f" {_FUSS}",
            f"caus*|creat*|mak* ...? you|everyone|the_team ...? this|any|the|such|so_much {_FUSS}",
            "mess*|muck*|jerk*|string*|led|lead*|leading ...? you|everyone|the_team|people ...?"
            " around|about|along|on",
            "owe you|everyone|the_team|all_of_you ...? a|an|my ...? apology|apologies",
            "many|a_thousand|a_million|huge|massive|sincere|deepest|profuse|profound|my_sincerest"
            "|my_deepest|my_humblest|humble|endless apologies",
            "sorry sorry",
            "didn't|did_not|doesn't|does_not|couldn't|can't|cannot|wouldn't compare|compete"
            "|stack_up|measure_up|come_close|match_up {rest}?",
            "found|find|thought|considered the|your|this|their ...? process|interview|interviews"
            "|experience|panel|team|communication|recruitment|hiring|office|culture|salary|package"
            "|offer|role|assessment|onboarding ...? disorgani*|chaotic|confusing|frustrating"
            "|unprofessional|slow|cold|rude|messy|rushed|underwhelming|disappointing|lacking|poor"
            "|stressful|exhausting|tedious|impersonal|unclear|too_long|excessive|outdated|low"
            "|insulting|off-putting|a_mess|a_shambles",
            "process|recruitment|hiring|interviews|timeline|communication|experience|wait"
            "|response_time|turnaround has_been|have_been|had_been|'s_been|is|was|felt|seemed|were"
            " ...? slow|painfully_slow|drawn_out|drawn-out|long|lengthy|disorgani*|chaotic"
            "|confusing|frustrating|exhausting|tedious|a_nightmare|a_mess|a_shambles|a_joke|poor"
            "|painful|sluggish|glacial|endless",
            "it's_been|it_has_been|it_had_been|after|having_waited|I've_waited|I_waited"
            "|I've_been_waiting|I_have_been_waiting|I_had_waited ...? {count}? weeks|months|days"
            "|week|month ...? since|with_no|without|and_no|and_still|of_silence|to_hear"
            "|for_a_reply|for_an_answer|for_news",
            "nobody|no_one|no-one|no_one_ever|nobody_ever got_back|replied|responded|answered"
            "|called|emailed|followed_up|picked_up|contacted|bothered|updated|told|let_me_know"
            "|returned|came_back {rest}?",
            "found|find|thought|considered the|your|this|their ...? salary|pay|package|offer|rate"
            "|base|bonus ...? well_below|far_below|below|under|beneath|short_of|less_than"
            "|lower_than|not_enough|too_low|lacking|a_letdown|a_let-down",
            "was|had_been|were|I_was|I'd_been|I_had_been expecting|hoping_for|anticipating"
            "|looking_for ...? more|higher|better|bigger|a_higher|a_better|a_bigger|a_larger"
            "|something_higher|something_better",
            "there_are|there_were|there's|I_have|I've_got|I_had|I_have_got {count} ...? reasons"
            "|factors|considerations|main_reasons",
            "to be candid|blunt|brutally_honest",
            "in_the_interest_of_transparency|in_the_interests_of_transparency|in_full_transparency"
            "|full_disclosure|in_all_transparency|in_all_candour|in_all_candor",
            # Doubt and criticism in a no: 'I've agonised over this', 'the interview put me off'.
            "agonised|agonized|agonising|agonizing|wrestled|wrestling|went_back_and_forth"
            "|gone_back_and_forth|going_back_and_forth|torn ...? over|about|with|for ...?"
            " this|it|the_decision|days|weeks",
            "pro/con|pro-con|pros_and_cons|pros-and-cons|spreadsheet|spreadsheets lists|list"
            "|table|tables",
            "made|drew_up|written|wrote spreadsheets|lists|pro/con_lists|a_spreadsheet",
            "walk|take you through every|each|all_the factor|factors|reason|reasons"
            "|consideration|considerations",
            "don't|do_not|won't|will_not think_badly|think_less|hold_it_against|be_angry"
            "|be_upset|be_mad of|me|with",
            "you're|you_are|you_aren't|you_are_not|you're_not not? angry|upset|mad|annoyed"
            "|cross|offended",
            "put|puts|putting me off",
            "disorganised|disorganized|chaotic|shambolic|messy|sloppy|rushed|unprofessional"
            "|badly_run|poorly_run final|first|second|last|whole|entire? round|process"
            "|interview|interviews|stage|day",
            "unpaid work|labour|labor|consulting",
            "treated|treat|treating me|candidates better|worse|badly|poorly|with_more_respect",
            "didn't|did_not|don't|do_not really|fully|seem_to? value|appreciate|respect what|my|me",
            "Glassdoor|Indeed ...? reviews|review|comments|ratings ...? about|on|of your",
            "interviewer's|interviewers'|director's|manager's|panel's attitude|tone|manner"
            "|behaviour|behavior|questions|comments",
            "deepest|sincerest|profuse|profound|humblest|heartfelt ...? apologies|apology|regrets",
            "found|find|felt the|your|this ...? process|thing|experience|interviews"
            "|whole_thing|day|recruitment ...? disorganised|disorganized|chaotic|shambolic"
            "|messy|unprofessional|a_mess|poor|badly_run|poorly_run",
            "process|experience|interviews|recruitment|organisation|organization"
            "|communication ...? was|were|seemed|felt ...? very|quite|rather|really|pretty"
            "|so? disorganised|disorganized|chaotic|shambolic|messy|sloppy|unprofessional"
            "|badly_run|poorly_run|a_mess|a_shambles",
            "free|unpaid consultancy|consulting|labour|labor|work|advice|strategy|spec_work",
            "could|might|would|should do_with|use|benefit_from|need|needs ...? a|some ...?"
            " rethink|overhaul|revamp|shake-up|shakeup|rework|review|refresh|streamlining|work"
            "|re-think",
            "is|was|are|were|seems|seemed|felt|feels|sounds|looks ...? like? excessive|overkill"
            "|out_of_proportion|disproportionate|a_bit_much|over_the_top|OTT|unreasonable"
            "|ridiculous|absurd|insane|crazy|unnecessary|overboard|extreme|onerous|heavy-handed"
            "|a_joke|a_farce|a_shambles|chaotic|disorganised|disorganized|unprofessional|a_mess"
            "|all_over_the_place|a_circus|a_slog|exploitative|insulting|derisory|laughable"
            "|an_insult|a_lowball|lowball|stingy|cheap|a_bit_light|on_the_light_side"
            "|on_the_low_side|miserly|paltry|measly|pitiful",
            "panel|interviewer|interviewers|team|recruiter|hiring_manager|process|you|your_team"
            "|everyone|he|she|they ...? seemed|seems|was|were|appeared|came_across|felt ...?"
            " unprepared|disorganised|disorganized|distracted|rude|dismissive|uninterested"
            "|disinterested|unprofessional|chaotic|clueless|unengaged|disengaged|bored|arrogant"
            "|condescending|patronising|patronizing|late|hostile|cold",
            "wasn't|was_not|isn't|is_not|not ...? a great|good look",
            "bad|poor|terrible|awful|shocking look|show",
            "some|a_bit_of|a_little|my|honest|friendly|constructive feedback for you"
            "|on_your_process|on_your_hiring|on_the_process",
            "kept|keep|keeps|was|were ...? checking|looking_at|on|scrolling his|her|their phone"
            "|phones|email|emails|laptop|watch",
            "here's|here_is|let_me_give_you|let_me_explain|let_me_walk_you_through"
            "|I'll_walk_you_through|let_me_lay_out ...? everything|the_whole|all|the_full"
            "|the_long|the_entire ...? that|story|backstory|background|thought_process"
            "|reasoning|context|picture|saga|history|reasons",
            "want|like|need|wanted|would_like|owe_you|owe_it_to_you ...? to? explain|tell_you"
            "|walk_you_through|give_you|set_out|lay_out ...? fully|in_full|in_detail|everything"
            "|properly|at_length|in_depth|the_whole|the_full|my_whole|my_full|the_full_story"
            "|the_background|my_reasoning|my_thought_process|my_thinking|the_context"
            "|the_backstory|myself|where_I'm_coming_from",
            "feel|felt|feeling terrible|awful|horrible|dreadful|bad|guilty|rotten|sick|wretched"
            "|horrid|so_bad|really_bad|like_a_traitor|like_a_fraud",
            "it's|it_is|its not you",
            "sorry|apologies|apologise|apologize|pardon|forgive_me ...? for|about the|this|my"
            " essay|novel|long_email|long_message|length|ramble|rambling|wall_of_text|epistle"
            "|saga|long_read|lengthy_email|lengthy_note|long_note|long-windedness|novella|book"
            "|TED_talk",
            "bear_with_me|hear_me_out|indulge_me|humour_me|humor_me",
            "my|the whole|full|entire|complete thought_process|thinking|reasoning|story"
            "|backstory|saga|journey|decision-making|rationale|background|situation|picture",
            "this_is|this's|it's|it_is ...? a long|lengthy|longish|long-winded email|message"
            "|note|one|read",
            "long_story_short|to_cut_a_long_story_short|not_that_short|long_story",
            "firstly|first_of_all|first_off|to_start_with ...? secondly|second|next|then",
            "thinking|mulling|going_back_and_forth|weighing|agonising|agonizing|wrestling"
            "|struggling ...? it|this|things ...? over|through|up|out",
            "a_mix|a_combination|a_whole_host|a_host|a_number|lots|loads|all_sorts of reasons"
            "|factors|things|issues|considerations",
            "then|and_then|plus|on_top_of_that|also|and|after_that my partner|partner's|mum|mom"
            "|dad|landlord|kids|family|wife|husband|rent|commute|health|mortgage|childcare",
            "offered|offering|paying|pays|pay|give|giving|gave ...? me? {percent} more|higher"
            "|above ...? than? your|the ...? range|offer|band|budget|salary|figure",
            "more|higher|better ...? than your|the_offered range|offer|band|budget|salary"
            "|figure|package|pay",
            "beg|begging your pardon|forgiveness|indulgence|understanding",
            "not_that_short sorry {bang}?",
            "where do|shall|should|to I? begin|start {q}?",
            "quite|such|what|quite_a|such_a|a_long|a_real|a_bit_of the? journey|rollercoaster"
            "|roller-coaster|roller_coaster|saga|ride|odyssey|emotional_rollercoaster",
            "process|interview|interviews|rounds|stages|offer|salary|pay|package|base|test|task"
            "|take-home|assignment|assessment|timeline|wait|waiting|hours|contract|probation|it"
            "|that|this|which|exercise|case_study|presentation|paperwork|forms ...? was|is|were"
            "|are|felt|seemed|seems|feels|looked|sounds|got ...? absurdly|ridiculously|insanely"
            "|crazily|unreasonably|stupidly|excessively|needlessly|unnecessarily|overly"
            "|laughably|criminally|punishingly|hugely|massively|weirdly|oddly|strangely"
            "|bizarrely|painfully|embarrassingly|shockingly|woefully|comically ...? long|short"
            "|low|slow|lengthy|demanding|complicated|complex|disorganised|disorganized"
            "|drawn-out|convoluted|bureaucratic|time-consuming|chaotic|tedious|repetitive"
            "|intrusive|invasive|stingy|mean|tight|cheap|badly_run|poor|unprofessional|low-ball"
            "|lowball|underwhelming|disappointing|embarrassing|insulting|derisory|pitiful"
            "|measly|paltry",
            "offer|package|salary|pay|base|figure|number|rate ...? was|is|were|felt|seemed ...?"
            " embarrassing|insulting|derisory|pitiful|measly|paltry|a_joke|laughable"
            "|a_slap_in_the_face|an_insult|peanuts|below_market|under_market|well_below"
            "|way_below|miles_below|lowball|low-ball|stingy|tight",
            "suggest|recommend|advise|urge ...? you|your_team|that_you ...? look_at|rethink"
            "|review|reconsider|revisit|reflect_on|work_on|fix|sort_out|improve ...? how|your"
            "|the ...? you? run|runs|handle|handles|treat|treats|process|interviews|hiring"
            "|recruitment|candidates",
            "never|not ...? once|even ...? called|rang|emailed|wrote|replied|responded|got ...?"
            " me? back",
            "too_short|too_precious ...? for six-round|multi-round|endless|unpaid|five-round"
            " ...? interviews|processes|take-homes|tasks|rounds",
            "life's|life_is too short for|to",
            # The size of their process as a reason: "four interview rounds plus a take-home".
            "three|four|five|six|seven|eight|nine|ten|3|4|5|6|7|8|9|10|multiple|endless|so_many"
            "|countless|umpteen ...? rounds|stages|interviews|calls ...? plus|on_top_of"
            "|followed_by|as_well_as|then|and_then|and|with|+ ...? a|an|the|two|three ...?"
            " take-home|take-homes|test|tests|task|tasks|assignment|assignments|case_study"
            "|presentation|assessment|assessment_centre|exercise|project",
            "ate|eaten|eating|took|taken|swallowed|consumed|wiped_out|killed|used_up|devoured"
            "|burned|burnt|ruined|cost_me|took_up|ate_up my|an|a ...? whole|entire|full ...?"
            " weekend|weekends|evening|evenings|week|Saturday|Sunday|bank_holiday",
            "somewhere|anywhere|a_place|a_company|a_firm|an_organisation|an_organization with"
            "|like that|this|your|such_a ...? culture|management|attitude|reputation|process"
            "|approach",
            # What they could not offer, and what their silence showed: "which you couldn't match".
            "which|that|something you|your_company|your_team|your_offer|the_role|they couldn't"
            "|could_not|can't|cannot|didn't|did_not|won't|wouldn't|weren't_able_to ...? match|beat"
            "|meet|offer|compete_with|equal|provide|give|top",
            "which|that|this|it tells|told|says|said|shows|showed|speaks ...? me"
            "|you ...? everything"
            "|all|a_lot|volumes|plenty|enough|all_I_need_to_know|what_I_need_to_know",
            # The size of their process against the job: "five rounds for a junior role is a lot".
            "two|three|four|five|six|seven|eight|nine|ten|multiple|several|many|so_many|endless"
            "|all_these|all_those ...? rounds|interviews|stages|tasks|assessments|take-homes|steps"
            " for|just_for|on a|an|one|the|this ...? junior|entry-level|graduate|mid-level|simple"
            "|basic|single|part-time|temporary|temp|contract? ...? role|job|position|post|vacancy"
            "|gig",
            # The story from its start: "I should go back to last spring", "(sorry, it's actually
            # long)".
            "go|going|rewind|take_you|cast_my_mind|cast_your_mind|think ...? back ...? to|over last"
            "|the_start|the_beginning|when|early|the_day|the_summer|the_spring|the_winter"
            "|the_autumn"
            "|the_year|the_time|a_few|two|three|four|five|six|several",
            "sorry|apologies|soz|sry? it's|it_is|this_is actually|quite|rather|a_bit|very"
            "|pretty ...? long|a_long_one"
            "|a_saga|an_essay|a_novel|a_story",
            "forgive|pardon|excuse me|us ...? forgive|pardon|please|for_this|for_doing_this"
            "|for_withdrawing|for_pulling_out|for_backing_out|for_saying_no",
            # Private matters given as the reason: "My mother has been unwell", "my dad's in
            # hospital", "I've been diagnosed with", "we're going through a divorce".
            "my|our mother|mother's|mum|mum's|mom|mom's|mam|mam's|father|father's|dad|dad's"
            "|parent|parents|parent's|wife|wife's|husband|husband's|partner|partner's|spouse"
            "|son|son's|daughter|daughter's|child|child's|kids|baby|grandmother|grandma|gran|nan"
            "|nana|granny|grandfather|grandad|granddad|grandpa|sister|sister's|brother|brother's"
            "|aunt|uncle|mother-in-law|father-in-law|fiancé|fiancée|fiance|fiancee|family_member"
            "|health|own_health|mental_health|condition|pregnancy|marriage|divorce|separation"
            " ...? has|have|had|is|'s|was|were|been|has_been|had_been|'s_been|have_been|fell"
            "|got|became|recently|suddenly|just|now|taken|gone|went? ...? unwell|ill|sick|poorly"
            "|seriously_ill|terminally_ill|critically_ill|very_ill|not_well|not_been_well|in_hospital"
            "|hospitalised|hospitalized|admitted|diagnosed|undergoing|in_treatment|having_treatment"
            "|having_chemo|on_chemo|chemo|in_chemo|recovering|in_recovery|frail|bedridden"
            "|deteriorat*|declin*|worse|worsening|struggling|passed|passed_away|died|dying"
            "|poorly|had_a_stroke|had_a_fall|had_a_heart_attack|had_surgery|having_surgery"
            "|needs_care|needs_me|needs_looking_after|in_a_care_home|in_hospice|in_palliative_care"
            "|pregnant|expecting_a_baby|expecting_our_first|in_a_bad_way|in_a_bad_place",
            "I|I've|I_have|I'm|I_am|I_was|I_had|we|we've|we're|we_are|we_were ...? diagnosed"
            "|hospitalised|hospitalized|signed_off|off_sick|bereaved|grieving|pregnant"
            "|expecting_a_baby|expecting_our|separating|divorcing|getting_divorced|burnt_out"
            "|burned_out|in_therapy|having_IVF|undergoing_treatment|in_treatment|having_chemo",
            "going_through|dealing_with|coping_with|battling|fighting|caring_for|looking_after"
            "|nursing|recovering_from|struggling_with|grieving|mourning ...? illness|cancer"
            "|surgery|operation|divorce|separation|break-up|breakup|bereavement|loss|miscarriage"
            "|pregnancy|IVF|depression|anxiety|burnout|breakdown|condition|diagnosis|treatment"
            "|chemo|health_issues|health_problems|mother|mum|mom|father|dad|parents|parent"
            "|grandmother|grandfather|gran|nan|family_emergency|personal_crisis"
            "|a_lot_personally|a_lot_at_home|a_difficult_time|a_hard_time|a_rough_time"
            "|a_tough_time|a_rough_patch|a_tough_patch|personal_issues|personal_problems"
            "|family_issues|family_problems|health_scare|a_health_scare",
            "death|passing|loss|funeral|illness|diagnosis|surgery|operation|stroke|cancer"
            "|dementia|divorce|separation|break-up|breakup|miscarriage|pregnancy|IVF|bereavement"
            " of|in my|our ~ family|mother|mum|mom|father|dad|parents|parent|wife|husband|partner"
            "|grandmother|grandfather|gran|nan|child|son|daughter|baby|sister|brother|aunt|uncle"
            "|marriage|relationship",
            # Their process remarked on as a cause: "the way the second-round presentation was
            # scheduled at a day's notice made the decision easier".
            "the_way|how|the_manner_in_which|the_fact_that ~ process|interview*|round*"
            "|presentation*|assessment*|task*|test*|stage*|recruitment|hiring|offer|scheduling"
            "|communication*|negotiation*|call*|meeting*|feedback|exercise*|case_stud*"
            "|take-home*|panel|paperwork|onboarding ~ was|were|got|had_been|has_been|have_been"
            "|kept_being|kept_getting ...? scheduled|rescheduled|handled|run|managed|organised"
            "|organized|arranged|communicated|conducted|structured|set_up|rushed|changed|dealt_with"
            "|done|moved|postponed|cancelled|canceled|sprung|dropped|announced|booked|timed"
            "|delayed|dragged_out|drawn_out|put_together|planned|thrown_together ~ made|makes"
            "|didn't|did_not|doesn't|played|tipped|sealed|settled|clinched|swung|helped|factored"
            "|was_a_factor|weighed|contributed|confirmed|put_me|left_me|gave_me|told_me|showed_me"
            "|said_a_lot|spoke_volumes|was_telling|was_part",
            "scheduled|rescheduled|arranged|booked|moved|changed|called|cancelled|canceled|sprung"
            "|set|set_up|organised|organized|dropped|announced|brought_forward|pushed_back"
            "|confirmed|sent|requested|demanded|asked_for ...? at|with|on|given ...? a_day's"
            "|one_day's|24_hours'|24_hours|24_hrs|48_hours'|48_hours|a_few_hours'|an_hour's"
            "|two_hours'|no|zero|barely_any|next_to_no|less_than_a_day's|less_than_24_hours'"
            "|such_short|very_short|really_short|ridiculously_short|absurdly_short|so_little"
            "|hardly_any|virtually_no notice",
            # The apology and the guilt together: "I'm so sorry, I feel awful doing this".
            "sorry|apologies ...? and? I|I'm|I_am feel|felt|am|feeling ...? awful|terrible|dreadful"
            "|bad|guilty|horrible|rotten|sick|wretched",
        ),
        reader_tone=True,
    ),
    Rule(
        id="reopening_terms",
        kind="match",
        severity="warning",
        section="replies/#positive",
        message=(
            "Asking about or reopening the terms {found} turns this message into a negotiation; "
            "settle pay and conditions in a separate conversation, before you decide."
        ),
        families=(
            # Terms still open inside the yes: "we still need to sort out the parking allowance".
            "still|yet ...? need|needs|have|has|got|'ve_got ...? to? "
            f"{_SORT_OUT} ...? the|a|an|our|your|some|any|my? ...? {_OPEN_TERMS}",
            # A talk about pay asked for: "could we chat about the package before Thursday?"
            "chat|talk|speak|discuss|go_over|go_through|run_through|touch_on|talk_through"
            "|catch_up|have_a_word|have_a_conversation about|on|over|re|regarding? the|my|your"
            "|a? package|salary|pay|compensation|base_salary|base_pay|day_rate|hourly_rate|bonus"
            "|equity|benefits_package|remuneration|money|pay_band|salary_band"
            "|relocation_package|relocation_support|signing_bonus|sign-on_bonus|OTE|CTC|comp"
            "|comp_band|comp_range|pay_range|salary_range|compensation_band|compensation_range",
            # The next step held back for a condition: "Before I commit to another 4 hours".
            f"before|prior_to I|we? {_GIVE_TIME} ...? another|a_further|yet_another|more ...? "
            f"{_TIME_GIVEN}",
            # A floor set for the pay: "at least 35 LPA".
            "at_least|no_less_than|a_minimum_of|minimum_of|upwards_of|not_below {money}",
            f"what's|what_is|what_would_be|how_much_is|how_much_would_be the ...? {_TERMS}",
            f"{_TERMS} ...? negotiable|flexible|up_for_discussion|open_to_negotiation"
            "|up_for_negotiation",
            # Reopening any part of the terms, not only pay.
            f"{_REOPEN} ...? the|my|your|a|an|some|that|this? ...? {_TERMS}",
            f"{_TERMS} ...? could|can|might|would go|move|come|be_bumped|be_raised|be_increased"
            "|be_revisited"
            " up|higher|further",
            "revisit|renegotiate|rediscuss|review|change|adjust|reopen the|my ...? length"
            "|term|terms|contract|duration|hours|title|date|notice|probation"
            "|period before I|we sign|accept|start|agree|confirm",
            "discuss|talk_about|talk_through|go_over|negotiate|ask_about|understand_more_about"
            "|like_to_understand|want_to_understand|need_to_understand|better_understand ...?"
            " the|my"
            "|your? housing|car|transport|travel|meal|phone|childcare|annual|parental|sick|shift"
            "|uniform|overseas|hardship|London|weighting? salary|pay|compensation|package|bonus"
            "|benefits|equity|holiday|vacation"
            "|relocation|allowance|leave|pto|stock|options|shares|signing_bonus|remote_work"
            "|working_from_home package|details|policy|terms|budget?",
            "assuming|provided|providing|as_long_as|if|on_condition_that|so_long_as|only_if ...?"
            " bump|raise|increase|match|beat|offer|pay|go_up_to|come_up_to|meet ...? {money}",
            # Raising, adding to or revisiting pay and conditions, with or without a condition.
            "assuming|provided|providing|as_long_as|if|on_condition_that|so_long_as|only_if ...? "
            "bump|raise|increase|improve|sweeten|top_up|boost|revisit|renegotiate|negotiate|adjust"
            "|add|match|beat ...? the|my|your|a|an|some? ...? salary|pay|base|bonus|package|offer"
            "|equity|stock|options|holiday|vacation|leave|pto|relocation|compensation|rate|figure"
            "|terms|allowance|days",
            "bump|raise|increase|improve|sweeten|top_up|boost|revisit|renegotiate|adjust|add"
            " ...? the|my|your|a|an|some? ...? salary|pay|base|bonus|package|equity|stock|holiday"
            "|vacation|leave|pto|relocation|compensation|rate|allowance",
            "go|come|move up to? {money}",
            # A term argued in the acceptance: "the probation, which I feel is too long".
            "which|that|this|it I feel|felt|think|thought|find|found|believe|consider ...? is|are"
            f"|was|were|seems|would_be|to_be? too|overly|excessively|unreasonably {_TOO_MUCH}",
            f"{_TERMS}|probation|probation_period|notice_period|notice ...? is|are|seems|feels"
            f"|looks|sounds ...? too|overly|excessively|unreasonably {_TOO_MUCH}",
            # Asking what the job pays before there is an offer to discuss.
            "the? salary|pay|compensation|wage range|band|bracket|scale for|of? the|this? "
            "position|role|job|post?",
            "whether|if there's|there_is|there_are|you_offer|the_role_has|it_includes any|a|an? "
            "signing|sign-on|joining|annual|performance? bonus|bonuses|equity|stock|shares"
            "|relocation|allowance|pension|healthcare|benefits",
            "how many|much vacation|holiday|annual_leave|pto|leave|days_off|paid_time_off"
            "|sick_days|bonus|salary|pay|equity|stock ...? offer|give|get|include|pay|provide",
            "what|what's|what_is the? salary|pay|bonus|package|compensation|benefits|equity "
            "is|are|would_be|looks_like",
            "tell|send|give|share me? the|your? starting|base|annual|actual? salary|pay|bonus"
            "|package|compensation|rate",
            # Asking them to confirm the pay; restating it ("I confirm the salary of $95,000 as
            # set out in your letter") is what an acceptance should do.
            "confirm me? the|your? starting|base|annual|actual? salary|pay|bonus|package"
            "|compensation|rate {toq}",
            "btw|by_the_way|also|and|so|oh? what's|what_is|how's|how_is the|my? salary|pay"
            "|bonus|package|compensation|benefits|equity like|looking",
            # Asking for the range, or setting new terms: "I'd want at least 30 days".
            "can|could we|you make|set|bring|get|move|raise|bump the|my salary|base|pay|bonus"
            "|package|figure|offer ...? {money}",
            "can|could we|you make|set|bring|get|move|raise|bump the|my salary|base|pay|bonus"
            "|package|figure|offer higher|more|bigger",
            "confirm|clarify|share|send|tell_me|give_me|let_me_know|check|ask_about|know what?"
            " the|your? salary|pay|compensation|wage|bonus|equity range|band|bracket|scale"
            "|structure|banding",
            "I'd|I_would|I|I'll|I_will|we'd|we_would need|want|require|expect|ask_for|must_have"
            "|would_need|would_want the|my|a ...? start_date|salary|title|bonus|holiday|leave"
            "|hours|notice_period|relocation|package|date|base|pay|rate ...? moved|changed|pushed"
            "|pushed_back|brought_forward|increased|raised|adjusted|revised|extended|reduced"
            "|to_move|to_change|to_increase",
            "I'd|I_would|I|I'll|I_will|we'd|we_would need|want|expect|require|ask_for|insist_on"
            "|would_need|would_want|would_expect ...? at_least|a_minimum_of|no_less_than|minimum"
            " {word} {word}?",
            # Room to move on the terms: "is there any flexibility on the base salary?".
            "any|some|much flexibility|room|wiggle_room|leeway|scope|latitude|give|movement"
            "|negotiation on|in|around|with|to|regarding|about {rest}",
            f"flexibility|wiggle_room|leeway|latitude on|in|around|with|regarding|about the|my"
            f"|your? ...? {_PAY}",
            "before I|we confirm|commit|sign|say_yes|go_ahead|proceed|lock_it_in though|however"
            "|first",
            # A floor or a ceiling set for the pay: "anything below £70,000", "above 90k".
            "won't|will_not|wouldn't|would_not|can't|cannot|couldn't|could_not|don't|do_not"
            "|not_able_to|unable_to ...? consider|accept|look_at|entertain|take|go|settle_for"
            "|work_for|move_for ...? anything|a_figure|an_offer|a_salary|less|a_package|something"
            "|a_number below|under|less_than|lower_than|beneath|short_of {rest}?",
            f"the|my|your|a|an|that|this|any {_PAY} ...? will|would|is|can|could|must|should"
            "|needs_to|has_to ...? be? above|over"
            "|at_least|north_of|more_than|no_less_than|below|under|in_excess_of|a_minimum_of"
            " {money}",
            # Raising the terms for talk: "discuss remote days, bonus and equity", "talk numbers".
            f"discuss|talk_about|talk_through|go_over|negotiate|cover|look_at|explore the|my"
            f"|your|a|an|some|any? higher|better|bigger|increased|improved|extra|additional"
            f"|{_TERMS} {{rest}}?",
            "talk|discuss|talking|discussing|get_into|go_over numbers|money|figures|comp|dollars"
            "|pounds|brass_tacks|terms|the_package|the_numbers|the_money",
            f"once|until|after|when|before I|we ...? know|see|hear|get|have|understand|confirm"
            f" ...? what|how_much the|my|your? {_PAY}",
            f"come|comes|came with|include|includes a|an|any? {_PAY}",
            # Terms left open or changed after a yes.
            f"higher|bigger|larger|increased|improved {_TERMS}",
            "extra|additional|another|more|one_more|a_further|an_additional {word}? week's|weeks'"
            "|day's|days'|weeks|days|week|day ...? holiday|holidays|leave|vacation|pto|off"
            "|remote|wfh|annual_leave",
            "hoping|hope|wanting|like|hoped for|to_get|to_secure|to_see|to_negotiate|to_discuss"
            " an|a|some|more|the ...? extra|additional|higher|better|bigger|increased",
            "pending|depending_on|dependent_on agreement|confirmation|approval|sign-off|resolution"
            "|a_decision|discussion|clarity on|of|about|over|around {rest}?",
            f"once|when|after|as_soon_as|if|provided the|my|your {_TERMS} ...? is|are|has_been"
            "|have_been|gets|get|can_be|could_be|were|was improved|increased|raised|revised"
            "|bumped|adjusted|upped|sweetened|boosted|topped_up|matched",
            f"the|my|your|a|an|that|this|our|any {_TERMS} ...? can|could|might|would|will|should"
            " be|go|come|move ...? higher|more"
            "|bigger|better|larger|up|increased|raised|bumped|improved|revisited"
            "|renegotiated|adjusted|topped_up|upgraded",
            f"argue|haggle|quibble|wrangle|fight|hash_out|thrash_out|bargain|negotiate ...? about"
            f"|over|on|out? the|my|your|a? ...? {_TERMS}",
            f"the|my|your|a|an|that|this|our|any {_TERMS} ~ is|are|remains|remain still|yet? open"
            "|unresolved|outstanding"
            "|up_in_the_air|to_be_agreed|to_be_confirmed|under_discussion|being_discussed"
            "|not_settled|not_agreed|undecided|unsettled",
            "propose|make|put_forward|submit|send|offer|table a|my|the counter|counteroffer"
            "|counter-offer|counter_offer|counter-proposal|counterproposal|counter_proposal",
            f"could|can|would|might the|my|your {_PAY}|start_date|title|job_title|notice_period"
            "|holiday|holidays|leave|annual_leave|probation|contract ...? move|shift|change"
            "|be_moved"
            "|be_changed|be_pushed|be_brought|go_up|increase|rise|be_increased|be_raised"
            "|be_extended|be_reduced|be_improved|be_upgraded",
            f"like|want|need|prefer|expect the|my {_TERMS} ...? changed|moved|raised|increased"
            "|upgraded|adjusted|revised|amended|bumped|improved|extended|switched|altered",
            # Settling pay first, or asking them to stretch: 'could we settle the salary first?'.
            "could_we|can_we|shall_we|should_we|would_we|let's|let_us|we_need_to|we_should"
            "|I'd_like_to|I_would_like_to ...? settle|agree|agree_on|sort|sort_out"
            "|nail_down|pin_down|iron_out|hammer_out|fix|finalise|finalize ...?"
            f" the|my|your|our? {_PAY}",
            "stretch|stretched|stretching|budge|bump|bumped|push|pushed|go_up|come_up|move_up"
            "|go_higher|get_up ...? to|as_far_as|as_high_as {money}",
            "I'd|I_would|I'll|I_will|I_might|I_could|happy_to|willing_to|glad_to ...?"
            " reconsider|rethink|think_again|change_my_mind|look_at_it_again",
            "all_ears|soft_no|no_for_now|a_no_for_now",
            # A better offer invited ("open to a counteroffer", "any chance of a revised
            # package?"); not one already accepted from someone else ("I've accepted a
            # counteroffer from my current employer").
            "open|welcome|consider|entertain|hear|see|expect|expecting|hoping|hope|room|chance"
            "|possibility|appreciate|love|like|want|keen|interested|make|send|put_together|should|if"
            "|come_back_with|get|receive ...? a|an|any|your|the|some counter-offer|counteroffer"
            "|counter_offer|counteroffers|revised_offer|improved_offer|sweetened_offer"
            "|revised_package|improved_package|revised_figure|better_offer",
            "would|could|might go_a_long_way|tip_the_balance|change_my_mind|change_things"
            "|make_the_difference|swing_it|sway_me",
            "if|should|perhaps|maybe you|they ...? can|could|were_able_to|are_able_to ...?"
            " revise|revisit|improve|sweeten|increase|raise|adjust|budge|stretch|bump|up"
            f"|review|shift ...? it|them|the|this|that|your? ...? {_PAY}|offer|numbers|figure"
            "|figures",
            f"if the|your|this {_PAY} were|was|is|could_be|came|went ...? higher|better|more"
            "|increased|improved|raised",
            "the numbers|figures|package|offer|salary|pay don't|do_not|doesn't|does_not"
            "|didn't ...? quite? work|add_up|stack_up",
            "sort_out|sorted_out|iron_out|ironed_out|nail_down|nailed_down|pin_down"
            "|pinned_down|hammer_out|hammered_out|work_out|worked_out|figure_out|tweak|settle"
            f" ...? the|any|a_few|some|our? {_PAY}|contract|terms|remote_days|WFH"
            "|working_from_home|equity_details|salary_details",
            "pending|subject_to|conditional_on|contingent_on ...? tweaks|changes|amendments"
            "|edits|revisions|adjustments|a_few_tweaks|some_tweaks",
            "keep|keep_on|still talking|discussing|negotiating|chatting about|over ...? the"
            f"|my? working_from_home|remote|WFH|hybrid|{_PAY}",
            "if|should|perhaps|maybe you|they ...? can|could|were_able_to|are_able_to revise"
            "|sweeten|budge|stretch|improve|revisit {rest}?",
            "want|need|expect|would_like|I'd_like|asking_for|ask_for ...? {percent} more"
            "|extra|higher|on_top",
            "so|so_that|and|then we|I can|could|might ...? negotiate|haggle|talk_numbers"
            "|discuss_terms",
            "once|after|when we've|we_have|we|I've|I_have|you've|you_have ...? agreed|settled"
            "|sorted|discussed|confirmed|nailed_down|ironed_out ...? on? the|a|my|your?"
            f" {_PAY}",
            f"if|should the|your|this ...? {_PAY} ...? could|can|were_to|would ...? go|move"
            "|rise|come_up|get|reach|increase",
            f"should|if the|your ...? {_PAY} ...? be|get|were|is ...? revised|improved"
            "|increased|raised|reviewed|adjusted|changed|bumped|sweetened",
            f"review|revisit|reassess|look_again_at|bump|raise my|the ...? {_PAY} ...? after"
            "|in|at|once|when|within|by",
            "know|sure|confirm|assured|reassured ...? the|my|your? ...? package|salary|pay"
            "|offer|compensation ...? is|will_be|would_be|are ...? competitive|fair|in_line"
            "|at_market|generous|right",
            # A term asked to rise: "Could the car allowance go up to 2,000 before I sign?".
            f"could|can|might|would|will the|my|your ...? {_TERMS} ...? go|move|come|be_raised"
            "|be_increased|be_bumped|be_topped_up|rise up|higher|further|above {toq}",
            # A term still wanted changed: "I'd still like the car allowance raised".
            "like|want|need|hope|hoping|expect|prefer|ask_for|asking_for|looking_for ...? the|my"
            f"|a|an|some ...? {_TERMS} ...? raised|increased|bumped|bumped_up|topped_up|revisited"
            "|improved|adjusted|reviewed|upped|lifted|matched|extended|renegotiated|sweetened"
            "|reconsidered|looked_at_again|brought_up|moved_up|revised",
            "need|needs|require|requires|want|expect|looking_for|hoping_for|insist_on|ask_for"
            "|after ...? {count} ...? days|day WFH|remote|from_home|at_home|working_from_home"
            "|hybrid|off|a_week|per_week|in_office|in_the_office",
            "need|require|want|expect|looking_for|hoping_for|insist_on|ask_for|ask_about"
            "|discuss|chat_about|talk_about|sort_out|agree|lock_in|confirm_I_can|check_I_can"
            "|get|have ...? WFH|remote_days|remote_work|remote_working|work_from_home"
            "|working_from_home|hybrid_working|hybrid_arrangement|four-day_week|4-day_week"
            "|flexible_hours|flexi-time|flexitime|compressed_hours|part-time_hours|job_share"
            "|remote-first|fully_remote|flexible_working",
            "any|some flex|flexibility|wiggle_room|room|movement|give|leeway|scope|budge"
            "|headroom on|with|in|around the|that|your ...? number|figure|salary|pay|base|offer"
            "|package|rate|money|comp|compensation|title|start_date|terms|bonus|equity|holiday"
            "|leave|relocation|allowance",
            "lock_in|lock_down|nail_down|pin_down|firm_up|sort_out|bump_up ...? a|the|my ...?"
            " title|level|grade|band|salary|rate|bonus|package|equity|remote|hybrid|WFH"
            "|start_date|terms|seniority",
            "Senior|Lead|Principal|Staff|Head|Manager|Director ...? rather_than|instead_of|not"
            "|over Mid|Mid-level|Junior|Associate|Senior|Manager|Lead|Analyst|Executive",
            "my|our expectation|expectations|ask|asking|number|figure|target|minimum|floor"
            "|bottom_line|walk-away|walkaway ...? is|are|was|would_be|sits|will_be|remains ...?"
            " {money}",
            "my|our expectation|expectations|ask|asking|number|figure|target|minimum|floor"
            "|bottom_line|walk-away|walkaway ...? is|are|was|would_be|sits|will_be|remains ...?"
            " around|about|closer|nearer|at_least|north|upwards|somewhere|in_the_region"
            "|in_the_range|in_the_ballpark|higher|above|more",
            "north_of|upwards_of|in_excess_of|closer_to|nearer_to|in_the_region_of"
            "|in_the_ballpark_of|ballpark|something_like|something_north_of|something_closer_to"
            "|something_nearer ...? {money}",
            "provided|providing|as_long_as|so_long_as|assuming|on_condition|subject_to ...? we"
            "|you|I ...? can|could ...? chat|talk|discuss|agree|sort|settle|confirm|look_at"
            "|go_over|revisit|negotiate|cover",
            f"{_TERMS}|probation|probation_period|notice|contract|start|term|sign-on_bonus ...?"
            " be? sweetened|bumped|raised|increased|improved|topped_up|boosted|revisited"
            "|revised|adjusted|upped|nudged_up|rounded_up|guaranteed|reduced|shortened|extended"
            "|waived|doubled|matched|brought_forward|pushed_back|moved|changed",
            "understand|know|see|discuss|clarify|get_clarity_on|get_a_sense_of|go_through"
            "|walk_through ...? the|your|my ...? full|whole|complete|total|overall ...? comp"
            "|compensation|pay|salary|package|benefits|reward|remuneration|bonus|equity ...?"
            " structure|breakdown|picture|details|package|plan|scheme|setup|situation",
            "come_back|return|get_back|revert ...? with|to_me_with a|an ...? better|improved"
            "|higher|bigger|stronger|revised|new|sweeter|fatter ...? one|offer|number|figure"
            "|package|deal",
            "had|were|should the|your|it ...? offer|salary|title|package|base|pay|figure|number"
            "|rate|bonus|role|terms|budget been|come_in|included|gone|matched|be|come|go",
            "should|if|were|in_case|if_ever|whenever you|your_team|the_company|they ...? revise"
            "|improve|raise|increase|reconsider|revisit|sweeten|rework|adjust|bump|up|better"
            "|match|relook|review|up_the|move_on ...? it|the_offer|the_package|the_salary"
            "|the_terms|the_figure|the_number|your_offer|the_base|the_pay|the_numbers",
            "barring|short_of|without|absent|unless_there's|unless_there_is"
            "|unless_you_can_offer ...? a|an|some ...? significant|substantial|big|major"
            "|meaningful|serious|sizeable|sizable|decent ...? uplift|increase|raise|bump"
            "|improvement|rise|jump|boost|change|top-up|hike|adjustment|revision",
            "if|unless|once|should|when|in_case ...? the|your numbers|figures|money|package"
            "|offer|salary|budget|terms|comp|base|rate|pay|number ...? change|changes|improve"
            "|improves|move|moves|shift|shifts|go_up|goes_up|increase|increases|look_different"
            "|looks_different|get_better|gets_better|come_up|comes_up|match|matches|catch_up"
            "|catches_up",
            "it'd|that'd|I'd|we'd|it_would|that_would|this_would|I_would|would|it_might|might"
            " ...? be|have_been a_different_story|a_different_matter|a_different_conversation"
            "|another_story|another_matter|a_yes|an_easy_yes|a_no-brainer|a_different_answer"
            "|an_instant_yes",
            "I'd|I_would|would ...? have? said|say yes|a_yes on_the_spot|immediately"
            "|straight_away|in_a_heartbeat|without_hesitation",
            "this|the_current|the_present|the_existing|that ...? version|iteration|form"
            "|incarnation|draft|shape of? the|this|your? offer|package|contract",
            "at|on this|that|the_current|the_present|the_existing|those|these figure|number"
            "|level|price|rate|salary|figures|numbers|terms|package|budget|money",
            "the_current|the_present|the_existing|this_current ...? offer|package|proposal"
            "|figure|terms",
            "too_late to ask|request|add|change|negotiate|get|have|tweak|raise|push|squeeze",
            "one_tiny_ask|one_small_ask|one_last_ask|one_more_ask|small_ask|tiny_ask|quick_ask"
            "|last_ask|cheeky_ask|cheeky_request|one_cheeky|little_favour|little_favor",
            "on|at|to {money} ...? instead_of|rather_than|not|over|as_opposed_to",
            "start|come_in|begin|join on|at {count} instead_of|rather_than|not|over|as_opposed_to",
            "make|making it|that {count} ...? weeks|weeks'|week's|days|days'|months ...?"
            " holiday|holidays|vacation|leave|PTO|off|notice|probation ...? rather_than"
            "|instead_of|not|over",
            "changes|amendments|edits|tweaks|redlines|markups|mark-ups|revisions|comments"
            "|corrections|alterations|suggestions to|on|in the|my|your contract|offer|letter"
            "|offer_letter|terms|agreement|paperwork|draft",
            "marked|redlined|tracked|highlighted|suggested|proposed ...? changes|amendments"
            "|edits|tweaks|redlines",
            "consider|look_at|think_about|entertain ...? increasing|raising|improving|boosting"
            "|bumping|adding|topping_up|upping|reviewing|revising|extending|reducing|shortening"
            f"|doubling|matching ...? the|my|a|an ...? {_TERMS}",
            f"review ...? the|my ...? {_TERMS} ...? upward|upwards|up|higher|again",
            f"round|rounding|nudge|nudging|edge|tick ...? the|my|that|this|it ...? {_TERMS}? up"
            "|upward|upwards|higher",
            f"{_TERMS} ...? upward|upwards",
            "on_top|on_top_of_that|as_well|in_addition|additionally|also ...? a|an|some|the"
            " laptop|phone|car|parking|gym|housing|travel|relocation|home-office|home_office"
            "|learning|training allowance|budget|stipend|bonus|space|membership",
            "laptop|phone|car|parking|gym|housing|travel|home-office|home_office|learning"
            "|training|wellness|internet|mobile|meal|fuel allowance|budget|stipend on_top"
            "|as_well|too|in_addition",
            "bumping|raising|increasing|improving|sweetening|topping_up|boosting|upping|nudging"
            f"|revisiting ...? the|my|your|a|that ...? {_TERMS}",
            "the|your|that|this {money} ...? is|be|was ...? negotiable|flexible"
            "|up_for_discussion|open_to_negotiation|fixed|final|firm|movable|moveable",
            "won't|will_not|can't|cannot|couldn't|wouldn't|not_prepared_to|unwilling_to ...? go"
            "|accept|consider|take|settle|work|come below|under|for_less_than|less_than"
            "|lower_than {money}",
            "is|was the|your|that|this {money} final|firm|negotiable|fixed|flexible"
            "|set_in_stone|the_best_you_can_do|the_limit|the_max|the_top",
            "wiggle_room|room_to_move|room_for_manoeuvre|room_for_maneuver|leeway|headroom",
            f"{_TERMS}|budget|budgets|numbers|figures|money|they|you ...? stretch|stretches"
            "|stretching|stretched|grows|grow|allows|allow|loosens|loosen|frees_up|free_up",
            "revisit|reconsider|reopen|look_again_at|talk_again_about ...? it|this|things|that"
            " ...? if|should|once|provided|unless",
            "revisit|reconsider|reopen|talk_again|think_again|reassess if|should|once|provided"
            "|unless",
            "is|was the_role|the_salary|the_pay|the_offer|it|the_base|the_package|the_figure"
            " still ...? {money}",
            "or is|are that|this|it|there flexible|negotiable|fixed|firm|room|wiggle_room"
            "|movement|flex|set_in_stone",
            "need|want|require|expect|looking_for|hoping_for ...? a|an|the|some ...? relocation"
            "|signing|sign-on|joining|housing|car|welcome|retention ...? package|bonus"
            "|allowance|budget|support|stipend|payment",
            # The terms as what tips the decision: "It would make the decision a lot easier".
            "would|could|will|might|that'd|it'd|which'd ...? make|makes ...? the|my|this|our"
            " ...? decision|choice|call|move|yes|it|things ...? easier|simpler|a_no-brainer"
            "|an_easy_one|straightforward|an_easy_yes|much_easier|a_lot_easier|far_easier"
            "|so_much_easier|a_whole_lot_easier",
            "would|could|will|might|that'd|it'd|which'd ...? tip|swing|sway|clinch|seal|settle"
            "|sweeten ...? it|the_balance|the_scales|the_deal|things|my_decision|the_decision"
            "|matters",
            "help|helps|helping me ...? decide|make_up_my_mind|make_my_decision|make_the_decision"
            "|say_yes|commit|sign",
            # Asking for more once the yes is given: "could we push the base up a little?".
            "push|bump|nudge|move|bring|get|edge|round|inch|lift|tweak ...? the|my|that|this"
            "|your ...?"
            " base|salary|pay|rate|figure|number|offer|package|bonus|day_rate|allowance"
            "|budget ...? up"
            "|upwards|higher|a_bit|a_little|a_touch",
            "now_that|now|since|seeing_as|given_that ...? I've|I_have|I ...? said_yes|accepted"
            "|signed"
            "|agreed|committed|confirmed ...? can|could|may|shall|might we|I",
            # Second thoughts on the terms accepted: "on reflection the start date doesn't work".
            "on_reflection|having_slept_on_it|having_thought_about_it|thinking_about_it"
            "|on_second_thoughts|on_second_thought|having_reflected|now_I_think_about_it"
            "|looking_again"
            "|having_looked_again ~ the|my|your|this salary|pay|base|package|terms|notice|hours"
            "|location|title|bonus|holiday|leave|relocation|start_date|start|rate|offer|contract"
            "|figure"
            "|allowance|probation",
            "the|your|this|that salary|pay|base|package|offer|rate|figure|bonus|allowance|number"
            " is|'s|seems|feels|looks ...? a_touch|a_bit|a_little|a_tad|slightly|rather|somewhat"
            "|quite"
            "|too ...? low|light|short|tight|stingy|lean|under|below",
            "back on|onto the table",
            # The next round held back for the pay: "I won't commit to another round until I
            # know the salary".
            "commit*|agree*|come|attend* ...? another|a_further|a_second|a_third|the_next"
            "|the_final|any_more|more round|rounds|interview|interviews|stage|stages ...? until"
            f"|before|unless ...? {_PAY_ASKED}",
            # Terms still hoped for in the yes: "though I'm still hoping for the £5k uplift".
            "still|also ...? hoping|hope|expecting|counting_on|assuming|keen|angling"
            "|pushing ...? for"
            "|on|to_get|to_see|to_secure ...? the|a|an|that|some ...? uplift|increase|raise|bump"
            "|rise"
            "|bonus|signing_bonus|more|extra|higher|top-up|adjustment|improvement|sweetener",
            "still|also ...? hoping|hope|expecting|counting_on|assuming|angling|pushing ...? for|on"
            "|to_get|to_see|to_secure the|a|an|that|some? {money} uplift|increase|raise|bump|rise"
            "|bonus|signing_bonus|more|extra|top-up|adjustment|sweetener",
            # Going on only on their terms: "otherwise it probably doesn't make sense to continue".
            "otherwise|failing_that|or_else|if_not|if_not_then|without_that|without_it"
            "|if_that's_not_possible|if_that_isn't_possible|if_that's_not_doable|if_that_can't"
            "|if_you_can't|if_we_can't|if_it's_lower|if_it's_less|if_it's_below ...? it|it's"
            "|it_is|there|there's|there_is|there'd_be|this|that|I|I'd|I_would|we ...? doesn't"
            "|does_not|don't|do_not|wouldn't|would_not|won't|will_not|isn't|is_not|makes_no"
            "|make_no|no|see_no|can't|cannot|hardly|little ...? make|makes|sense|point|worth"
            "|worthwhile|justify|justified",
            "otherwise|failing_that|or_else|if_not|without_that|if_that's_not_possible"
            "|if_that_isn't_possible|if_that's_not_doable|if_you_can't|if_we_can't ~ I'll|I_will"
            "|I'd|I_would|I_may|I_might|I_must|I'll_have_to|I'd_have_to|I_would_have_to"
            "|I_will_have_to|I'm_afraid_I'll|I'm_afraid_I'd|we'll|we_should ...? withdraw"
            "|pull_out|step_back|step_away|bow_out|walk_away|drop_out|decline|look_elsewhere"
            "|end_things|call_it_a_day|not_continue|not_proceed|not_come_in|not_move_forward",
        ),
        patterns=(
            # The next step held back until the terms are talked about: "Before I confirm
            # Wednesday, can we talk about the day rate?", "until we agree the package, I'd
            # like to revisit the salary".
            r"(?i:(?<![\w'’])(?:before|until)\s+(?:I|we)\s+(?:confirm|accept|agree|commit|book"
            r"|lock\s+in|sign|say\s+yes|go\s+ahead|come|attend|travel|schedule|sit)\w*"
            r"[^.!?;\n]{0,60}?,\s*(?:(?:can|could|may"
            r"|shall)\s+(?:we|I)\s+(?:(?:quickly|briefly|first|just)\s+)?(?:talk|chat|speak"
            r"|discuss|go\s+over|revisit|touch\s+on|ask)|I['’]?d\s+like\s+to\s+(?:talk|discuss"
            r"|revisit|raise|ask)|I\s+would\s+like\s+to\s+(?:talk|discuss|revisit|raise|ask)"
            r"|(?:let['’]?s|we\s+should|we\s+need\s+to)\s+(?:talk|discuss|revisit)"
            # ... or the terms asked to be confirmed first: "Before I commit to another round,
            # could you confirm the salary is at least $95k?"
            r"|(?:can|could|would|will)\s+you\s+(?:(?:please|kindly|quickly|first|just)\s+)?"
            r"(?:confirm|tell\s+me|let\s+me\s+know|share|clarify|check|give\s+me)"
            r"|I(?:['’]d|\s+would)?\s+(?:need|want|like)\s+to\s+(?:know|check|confirm"
            r"|understand))"
            r"(?:\s+(?:about|over|on|whether|if|that|what))?\s+(?:the\s+|my\s+|your\s+|a\s+)?"
            r"(?:(?:base|starting|annual)\s+)?(?:comp(?:ensation)?\s+(?:band|range|bracket)|day\s+rate"
            r"|hourly\s+rate|rate|salary|pay|package|compensation|bonus|equity|benefits"
            r"|remuneration|money|terms|relocation|notice\s+period|holidays?|leave|title))",
        ),
        openers=frozenset({"before", "until"}),
        reader_tone=True,
        stages=TERMS_STAGES,
    ),
    Rule(
        id="conditional_acceptance",
        kind="match",
        severity="warning",
        section="situations/#accepting-an-offer",
        message=(
            "A condition in your acceptance {found} reopens the offer: settle anything you want "
            "to negotiate first, then accept plainly."
        ),
        families=(
            # A yes that waits on the terms: "count me in, pending the salary review".
            "pending|contingent_on|contingent_upon|dependent_on|conditional_on ...? the|a|my|our"
            f"|your ...? {_TERMS}|discussion|conversation|negotiation|negotiations|agreement"
            "|review",
            "if|unless those|that|this|these|it|they can't|cannot|isn't|aren't|won't|can_not ...?"
            " I'll|I_will|I'd|I_may|I_might|I_would ...? need_to|have_to ...? rethink|reconsider"
            "|withdraw|decline|walk_away|look_elsewhere",
            "as_long_as|on_condition_that|on_the_condition_that|so_long_as|only_if"
            "|on_the_understanding_that {rest}",
            # "on the assumption that the relocation package goes up", "on the basis that ...".
            "on|under|with|in the|my|our assumption|assumptions|expectation|basis|premise"
            "|understanding|proviso|belief|footing that {rest}?",
            "accept*|acceptance|yes|sign*|join*|agree* ~ expecting|trusting|presuming"
            "|supposing|given that? the|my|your|you|we ...? will|would|can|could|'ll ...? go_up"
            "|goes_up|increase|rise|be_raised|be_increased|be_matched|match|improve|be_revised",
            # "Provided" as a word of a name ("Provided Solutions") is not a condition.
            "provided|providing|assuming that|you|we|the|I|it|my|your|there|all|everything|this"
            "|they|both|a|an|our|nothing|no|HR|someone|I'm|I_am|we're|you're|there's {rest}?",
            # "subject to" my condition, not the offer's own ("the offer is subject to references").
            "accept*|acceptance|yes|sign*|join*|on_board|agree* ~ subject_to|contingent_on"
            "|conditional_on|dependent_on {rest}",
            "subject_to|contingent_on|conditional_on|dependent_on you|your|my|us|a|an|the|some"
            " ...? agreeing|agreement|increas*|rais*|review*|revisit*|chang*|improv*|match*"
            "|adjust*|confirm*_that|bump*|extra|additional|higher|better|more|remote|flexib*"
            "|negotiat*|renegotiat* {rest}?",
            "on|with|under one|a|two|the_following condition|conditions|proviso|caveat {rest}?",
            "if|as_long_as|provided|providing the|my title|salary|start_date|base|bonus|package"
            "|role|hours|location|contract|notice_period|leave|holiday|pay|rate|equity ...? can"
            "|could|would|will|were|is|gets moved|changed|raised|increased|go_up|goes_up|move"
            "|change|be_moved|be_changed|be_raised|be_increased|be_adjusted|be_brought_forward"
            "|be_pushed|be_pushed_back|be_extended {rest}?",
            "accept|accepting|say_yes|commit if|provided|providing|as_long_as|assuming|so_long_as"
            "|only_if you|your_team|the_company|we can|could|will|would|agree|are_able|make|match"
            "|increase|raise|improve|add|include|give|offer|meet|move|bump|up {rest}?",
            # Signing held back until a term moves: "I'll sign as soon as the allowance is sorted".
            "sign|signing|sign_off|countersign|accept ...? as_soon_as|once|when|after|until the"
            f"|my|your ...? {_TERMS} ...? is|are|has|have|gets|get ...? sorted|raised|increased"
            "|bumped|improved|revised|adjusted|matched|changed|ironed_out|topped_up",
            "accept|sign|say_yes|agree|commit|come_aboard|come_on_board|join ...? were|should"
            "|if|once|provided|providing|assuming|subject_to|as_long_as|so_long_as|on_condition"
            "|on_the_condition|on_the_understanding|contingent_on|conditional_on"
            "|dependent_on|depending_on|but_only_if|only_if",
            # Signing held back until the open points are settled: "Once those are settled I will
            # sign", "when the allowance has been agreed, I'll happily accept".
            "once|when|as_soon_as|after|until ...? are|is|have_been|has_been|get|gets|'re|'s"
            f" {_SETTLED} ...? I'll|I_will|I_can|I_shall|I'd|I_would|we_can ...? sign|accept"
            "|countersign|confirm|commit|return|formally_accept",
            # "pending" a term or a talk (above), not the employer's own checks ("I accept,
            # pending the usual background checks").
            "without_prejudice|in_principle|subject_to_contract|subject_to_further"
            "|pending_further|pending_negotiation|pending_discussion|subject_to_negotiation"
            "|subject_to_agreement",
            "yes|accept|acceptance|agree ...? but|except|unless|only ...? if|when|once|provided",
            "on|with|under the|one|a|this|that|just_one|only_one|a_single ...? proviso|caveat"
            "|condition|stipulation|strings_attached|string_attached|precondition|pre-condition",
            "conditional|contingent|dependent|dependant|subject upon|on|to",
            "one|a|just_one|only_one|single condition|caveat|proviso|catch|stipulation|ask"
            "|request though|however|first",
            # A yes held open on a question: "my acceptance, pending the remote-work question".
            "pending|awaiting|subject_to|contingent_on|dependent_on|conditional_on ~ question"
            "|questions|issue|issues|point|points|matter|query|queries|clarification|answer|answers"
            "|conversation|chat|discussion",
        ),
        reader_tone=True,
        stages=frozenset({"accept_offer"}),
    ),
    Rule(
        id="other_offer_details",
        kind="match",
        severity="warning",
        section="situations/#competing-offer",
        message=(
            "The other offer's details {found}: leave out the other company's name and the "
            "figures unless they ask; they need only the date you must answer by."
        ),
        patterns=(
            # The offer by name with its sum in any currency: "an offer from Wix for ₪42,000 a
            # month", "a package at Nubank worth R$ 22.000".
            r"(?:(?i:an?|the|their|this|that|my)[ \t]+)?(?:(?i:written|firm|formal|verbal)[ \t]+)?"
            r"(?i:offer|package|contract|role|job|position|post)[ \t]+(?i:from|at|with|by)[ \t]+"
            r"(?!(?i:another|a|an|the|one|other)\b)[A-Z][\w&'’-]*"
            r"(?:\.(?:com|io|ai|co|org|net|de|nl|fr|app|dev)\b)?(?:[ \t]+[A-Z][\w&'’-]*){0,5}"
            r",?[ \t]+(?i:for|at|of|paying|worth|on|with|offering|totalling|totaling)[ \t]+"
            r"(?:(?i:around|about|roughly|nearly|almost|over|just[ \t]+over|well[ \t]+over|upwards"
            r"[ \t]+of|close[ \t]+to|some|a[ \t]+base[ \t]+of|a[ \t]+salary[ \t]+of)[ \t]+)?"
            + _ANY_SUM,
            # A sum in any grouping ("R780 000", "€65.000") with what comes on top of it: "plus a
            # 15% bonus", "and a 13th month".
            r"(?:(?:A|C|NZ|US|HK|S)?[£$€¥₹₦₱₩][ \t]?|(?-i:R|KSh|Ksh|Rs\.?|INR|USD|EUR|GBP|CAD|AUD"
            r"|NZD|SGD|HKD|AED|ZAR|KES|NGN|PHP|PLN|MXN|BRL|CHF|SEK|NOK|DKK)[ \t]?)"
            r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])"
            r"(?:[ \t]?(?i:[kKmM]|thousand|million)(?!\w))?"
            r"(?:[ \t]+(?i:base|salary|basic|gross|a[ \t]+year|per[ \t]+year|per[ \t]+annum"
            r"|p\.?a\.?|total|package|CTC|a[ \t]+month|per[ \t]+month))?"
            r"(?:,?[ \t]+(?i:plus|\+|and|with|on[ \t]+top[ \t]+of)[ \t]+"
            r"(?:(?i:an?|the|full)[ \t]+)?"
            r"(?:\d+(?:[.,]\d+)?[ \t]?(?:%|(?i:per[ \t]?cent))[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
            r"(?i:bonus|bonuses|supplement|allowance|super|superannuation|equity|stock|shares"
            r"|options|RSUs|commission|car|pension|relocation|benefits|medical(?:[ \t]+aid)?"
            r"|13th[ \t]+month|13th[ \t]+cheque|thirteenth[ \t]+month|housing|healthcare)(?!\w)"
            r"(?:[ \t]+(?i:allowance|scheme|package|plan|contribution|cover|benefits?|budget|grant"
            r"|stipend|match|bonus|options|uplift)(?!\w))?){0,3}",
            # An employer by name: "Deloitte Digital has offered me", "an offer from Acme", and
            # what they offered: "a coordinator role at $92,000 plus super".
            r"(?!(?:Another|A|An|The|One|Other|Someone|Somebody|They|He|She|It|We|I)\b)"
            r"[A-Z][\w&'’-]*(?:\.(?:com|io|ai|co|org|net|de|nl|fr|app|dev)\b)?"
            r"(?:[ \t]+[A-Z][\w&'’-]*){0,5}[ \t]+(?:(?i:has|have)[ \t]+)?"
            r"(?i:(?:just|now|also|already)[ \t]+)?(?i:offered[ \t]+me|made[ \t]+me[ \t]+an?"
            r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:offer|proposal)|(?:came|come|got)[ \t]+"
            r"(?:back(?:[ \t]+to[ \t]+me)?[ \t]+with|in[ \t]+at)"
            rf")(?:(?:[ \t]+(?i:an?|the)(?:[ \t]+[\w-]+){{0,3}}?[ \t]+(?i:role|job|position|post"
            r"|contract|offer|package))?(?:[ \t]+(?i:of|at|on|for|paying|with|worth|offering))?"
            r"(?:[ \t]+(?i:roughly|around|about|nearly|almost|over|some|approximately|approx\.?"
            r"|just[ \t]+over|well[ \t]+over|close[ \t]+to|upwards[ \t]+of|a[ \t]+good"
            r"|an[ \t]+extra|a[ \t]+further|a[ \t]+full))?"
            rf"(?:[ \t]*{_OFFER_FIGURE}(?:[ \t]+(?i:more|higher|above|extra|on[ \t]+top))?"
            r"|[ \t]+(?:an?[ \t]+)?~?\d+(?:[.,]\d+)?[ \t]?(?:%|(?i:per[ \t]?cent))(?:[ \t]+"
            r"(?i:more|higher|above|extra|over|on[ \t]+top|raise|rise|increase|uplift|bump"
            r"|pay[ \t]+rise|pay[ \t]+raise|premium)))?)?",
            r"(?:(?i:the|their|this|that|an|a)[ \t]+)?(?i:offer|package|contract)"
            r"(?:[ \t]+(?i:in[ \t]+hand|in[ \t]+writing|on[ \t]+the[ \t]+table))?[ \t]+"
            r"(?i:from|at|with|by)[ \t]+(?!(?i:another|a|an|the|one|other)\b)"
            r"[A-Z][\w&'’-]*(?:\.(?:com|io|ai|co|org|net|de|nl|fr|app|dev)\b)?"
            r"(?:[ \t]+[A-Z][\w&'’-]*){0,5}"
            r"(?:[ \t]+(?i:at|as|for)[ \t]+"
            r"(?:[A-Z]{1,3}[ \t-]?\d{1,2}|(?i:level|grade|band)[ \t]+\d+))?",
            # The figures: a sum of money, or how much more it is.
            _OFFER_FIGURE + r"(?:[ \t]+(?i:more|higher|above|extra|on[ \t]+top))?",
            # A sum more than theirs: "4,000 more per month".
            r"\d{1,3}(?:[,.]\d{3})+(?:[ \t]+(?i:more|extra|higher|on[ \t]+top))(?:[ \t]+(?i:per|a)"
            r"[ \t]+(?i:month|year|annum|week|hour))?",
            # They, the other employer, giving more: "they give me 30% more".
            r"(?i:they(?:['’]re|[ \t]+are|['’]ve|[ \t]+have)?[ \t]+(?:give|giving|offer|offering"
            r"|offered|pay|paying|pays)[ \t]+me)[ \t]+(?:\d+[ \t]?%[ \t]+(?i:more|higher|extra)"
            rf"|{_OFFER_FIGURE})",
            # What the other employer wants: "Amazon wants me to start in two weeks".
            r"(?!(?:Another|A|An|The|One|Other|They|He|She|It|We|I|You|Everyone)\b)"
            r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}[ \t]+(?i:wants|needs|has[ \t]+asked"
            r"|asked|expects|would[ \t]+like)[ \t]+me[ \t]+to[ \t]+(?i:start|join|answer|decide"
            r"|sign|respond|confirm|accept)(?!\w)",
            r"\d+(?:[.,]\d+)?[ \t]?(?:%|(?i:per[ \t]?cent))[ \t]+(?i:more|higher|above|extra|over"
            r"|on[ \t]+top)",
            # The other employer waiting for an answer: "Accenture wants an answer by Friday".
            r"(?!(?:Another|A|An|The|One|Other|They|He|She|It|We|I|You|Everyone)\b)"
            r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}[ \t]+(?i:wants|needs|expects|requires"
            r"|has[ \t]+asked[ \t]+for|asked[ \t]+for|is[ \t]+waiting[ \t]+for)[ \t]+"
            r"(?i:an?|my|the)[ \t]+(?i:answer|decision|reply|response|yes)(?!\w)",
            # The name given in passing: "(it's Canva, actually)", "your competitor, Maersk".
            r"\((?i:it['’]s|it[ \t]+is|namely|i\.e\.?)[ \t]+[A-Z][^()\n]{0,40}\)",
            r"(?i:your)[ \t]+(?i:competitor|rival|competition|biggest[ \t]+competitor"
            r"|main[ \t]+competitor)(?:[ \t]+(?i:across|down|up)[ \t]+the[ \t]+(?i:road|street))?"
            r"(?:,?[ \t]+[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})?",
            # The other employer's offer by name: "hard to say no to Accenture's package".
            r"(?!(?:Another|A|An|The|One|Other|Your|My|Our|Their|Its|This|That|Company|Team"
            r"|Firm|Employer|Everyone|Someone)\b)[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3}['’]s"
            r"[ \t]+(?:(?i:generous|attractive|better|bigger|higher|latest|new|final|written|full)"
            r"[ \t]+)?(?i:package|offer|contract|deal|figures|numbers|salary|terms|proposal)(?!\w)",
            # Rivals named as in the running: "Google and Meta are both in the mix".
            r"(?!(?:Another|A|An|The|One|Other|They|He|She|It|We|I|You|Both|Some|Two|Three)\b)"
            r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w&'’-]*){0,4}[ \t]+(?:are|is"
            r"|['’]s|['’]re)[ \t]+(?:(?:both|also|all|still|very|now|already)[ \t]+)*(?:in[ \t]+"
            r"the[ \t]+(?:mix|running|picture|frame)|circling|courting[ \t]+me|chasing[ \t]+me"
            r"|sniffing[ \t]+around|after[ \t]+me|in[ \t]+talks[ \t]+with[ \t]+me)(?!\w)",
            _CODED_FIGURE,
            _NAMED_RIVAL,
            _RIVAL_OFFERS,
            r"(?i:the)[ \t]+(?-i:[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})[ \t]+(?i:package"
            r"|offer|contract|deal|figures|numbers)(?!\w)",
            r"(?i:forward|send|share|show)[ \t]+(?i:you[ \t]+)?(?i:their|the|my|a[ \t]+copy[ \t]+of"
            r"[ \t]+(?:their|the|my))[ \t]+(?i:offer[ \t]+letter|written[ \t]+offer|contract)",
            # The sum alone, in any currency: "₪42,000", "85.000 TRY", "R$ 9.500 por mês".
            _ANY_SUM,
        ),
        # What the other offer holds: "their offer includes a company car".
        families=(
            "their|the_other offer|package|deal ...? includes|include|comes_with|come_with"
            "|gives_me|has|offers|pays",
            "put|putting|placed|placing|laid|laying|tabled|offered|offering|dangled|dangling"
            " ... {money} ...? on|onto the? table",
            "come|came|coming back|in ...? with|at {money}",
            # A sum held, with its terms: "I've got $145k base on the table".
            "I've|I_have|I|I'm|I_am|I'd|we've|we_have ...? got|have|had|holding|hold|sitting_on"
            "|been_offered|received|landed|secured|looking_at|being_offered|on ...? an? ...?"
            " offer|package|deal|role|job|contract? ...? of|at|for|worth|paying? {money}"
            " base|basic|salary|plus|total|TC|OTE|package|all-in|a_year|per_year|per_annum"
            "|annually|guaranteed|bonus|equity|stock|RSUs? ...? on_the_table|in_hand"
            "|in_writing|on_paper|on_offer|guaranteed?",
            "confirm|confirmed|already_confirm|offered|offer|offering|quoted|quote {money}",
            "come|came|coming back|in with|at {money}",
            "other|their|competing|rival|second|alternative offer|role|package|position|job is|was"
            " ...? at|with|from {name}",
        ),
        stages=frozenset({"competing_offer"}),
        without_stage=False,
        marks_words=True,
    ),
    Rule(
        id="news_request",
        kind="match",
        severity="warning",
        section="situations/#recruiter-thank-you",
        message=(
            "Asking for news {found} turns a thank-you into a check-in; that is for later, "
            "after the date they gave you."
        ),
        families=(
            "are_there|how_many|any many|other|more candidates|applicants|people still?"
            " in_the_running|left|in_the_process|being_considered|in_contention {q}?",
            "which way ~ leaning|lean|leans|tilting|swinging",
            "sense|idea|inkling|indication|feel|read|impression ~ how I came_across|fared"
            "|performed|went_down|was_received|compared|measured_up|stacked_up",
            "how I came_across|fared|measured_up|stacked_up|was_received|went_down|compared {toq}",
            "hint|clue|inkling|heads-up|steer would|could|'d|will be|help|mean|do",
            "any|an|a|even_a early|unofficial|informal|sneak|advance|little|small|quick hint|hints"
            "|clue|clues|inkling|heads-up|steer",
            "where|how I|we|things|it|my_application ...? stand|stands|standing|am|is_going"
            "|are_going"
            " {toq}",
            "when|how_soon ...? will|would|do|can|should I|we hear|know|find_out|get ...? {toq}",
            "has|have|did|what_did|what_has the|your|anyone|they ...? said|say|mentioned|mention"
            "|thought"
            "|think|fed_back|shared anything|much|something ...? about|on|of me|my|how {toq}",
            "did|has|have|what_did the|your panel|team|interviewers|they|anyone|the_manager say"
            "|mention"
            "|think|feel|share|make anything|much|of ...? about me|my|of_me",
            "any|some word|news|update|updates|decision|progress|idea {toq}",
            "have|has you|they|the_team|the_hiring_manager|a_decision ...? decided|heard"
            "|been_made|made_a_decision|chosen {toq}",
            "when you'll|you_will|you_expect_to|you_plan_to|you_might|you're_likely_to"
            "|the_team_will"
            "|a_decision_will|you_hope_to ...? decide|make_a_decision|have_a_decision"
            "|reach_a_decision|be_deciding|be_made|let_me_know|get_back|announce {toq}",
            "whether|if I'm|I_am|I've|I_have|I_made|I_got through|made_it|progressed|advanced"
            "|shortlisted|still_in",
            "did|have|will I make|made|get|got|pass|passed|progress|progressed|go"
            "|get_through ~? shortlist|cut|next_round|next_stage|final_round|list|through",
            "how do|did you think it|I went|did|performed|came_across",
            "how did|do|have I do|done|go|perform|performed|come_across|fare|fared",
            "what|how are|'re my chances|odds|prospects",
            "any|some feedback|thoughts|impressions|reaction|word|news|update ~ yet|so_far",
            "update_me|inform_me|let_me_know|tell_me|advise_me ~ status|outcome|progress"
            "|standing|where_I_stand",
            "have|has you|anyone|they heard anything|something|back|much|news|word",
            "tell|let_me_know|inform|update me? sooner|earlier|faster|quicker",
            "between_us|between_you_and_me|off_the_record|on_the_quiet|confidentially|unofficially",
            "when they'll|they_will|they're_likely_to|the_team_will|the_panel_will"
            "|the_manager_will|they_might|they_expect_to|they_plan_to ...? decide|make|reach"
            "|come_to|have|announce|let",
            "any early|initial|first|preliminary feedback|thoughts|impressions|signals"
            "|read|indication|verdict",
            "when|how_soon I'll|I_will|we'll|I'd|I_might|I_can_expect_to hear|know|find_out"
            "|get ...? {toq}",
            "has|have|did the|your ~ said|say|mentioned|shared|decided anything|something"
            "|much yet|so_far {q}?",
            "they|the_panel|the_team|he|she|the_hiring_manager|the_manager liked|like"
            "|were_impressed_with|rated|thought_of me|my",
            "any|some hints|hint|clues|clue|signs|sense|read|gossip on|about|as_to how|whether|if",
            # News by other words: "any whispers from Deepak on how I did?", "any goss from the
            # hiring manager", "please chase Mr Adeyemi on my behalf and revert".
            "any|some|a_few|a_bit_of|the whispers|whisper|goss|gossip|tea|intel|scoop|dirt|word"
            "|vibes|vibe|signals|noises|murmurs|feelers|info|news ~ from|on|about|as_to how"
            "|whether|if|where|what|the_panel|the_hiring_manager|the_manager",
            "how I went|did|performed|got_on|went_over|did_in|came_off|stacked {toq}",
            "chase|chasing|ping|pinging|nudge|nudging|hassle|push|prod|poke|follow_up_with ~ on"
            " my behalf",
            "chase|chasing|ping|pinging|nudge|nudging|hassle|prod|poke ~ for an? update|answer"
            "|decision|news|feedback",
            "and|then|kindly|please|pls|and_kindly revert|revert_back|revert_to_me|update_me",
            "heard anything|something|much|owt|back ...? {toq}",
            "timeline|timeframe|time_frame|timescale|timescales|ETA|idea_of_timing for|on the|a"
            "|your decision|outcome|next_steps|process|hiring_decision {toq}",
            "hear|find_out how I did|went|performed|got_on|came_across|fared",
            # Their decision asked for in a note of thanks: "Have you and Jesper had a chance to
            # decide yet?", "would be so grateful to know either way".
            "have|has|did you|they|the_team|the_panel|everyone|you_both|you_two|you_all ~ had|got"
            "|found a_chance|the_chance|time|a_moment|an_opportunity to decide|make_a_decision"
            "|reach_a_decision|come_to_a_decision|make_a_call|make_up_your_mind|make_up_your_minds"
            "|make_up_their_minds|settle_on|choose|pick|finalise|finalize|confer|deliberate"
            "|compare_notes",
            "have|has you|they|the_team|the_panel|everyone ~ decided|made_up_your_mind"
            "|made_up_your_minds|made_up_their_minds|made_a_decision|reached_a_decision"
            "|come_to_a_decision|made_a_call|made_the_call|settled|chosen|picked|finalised"
            "|finalized yet",
            "know|hear|find_out|learn|be_told|be_informed ...? either_way|one_way_or_the_other"
            "|one_way_or_another|whichever_way_it_goes|either_way_it_goes|your_decision"
            "|what_you_decide|what_you've_decided|what_you_decided|where_I_stand|yes_or_no",
            "any feedback|thoughts|word|news|update on|about|regarding my|the interview"
            "|application|performance|chances|candidacy|outcome|decision",
            "where are you|things|we at|up_to ...? {toq}",
            "what did|do the|your? panel|team|they|interviewers|manager|hiring_manager|client"
            " think|say|feel|make_of_it|make_of_me {toq}",
            "am I through|shortlisted|still_in_the_running|in_the_running|progressing"
            "|moving_forward|going_through|on_the_shortlist",
            "spill|spilling the tea|beans|goss",
            "let_me_know|tell_me|fill_me_in_on|share what they|the_panel|he|she|the_team"
            "|the_manager|the_client said|thought|made|felt",
            "how did|do it go|I_do|I_come_across|things_go ~ from|on their|your|the_panel's"
            "|the_client's|the_team's|the_manager's side|end|perspective",
            # When someone decides, asked by name: "when is Aroha deciding?"
            f"when|how_soon|roughly_when is|are|will|would|does|do|might {{name}} ...? {_DECIDING}"
            " {toq}",
            "when|how_soon|roughly_when is|are|will|would|might they|the_panel|the_team"
            "|the_manager|the_client|the_hiring_manager|he|she|you|everyone"
            f" ...? {_DECIDING} {{toq}}",
            "when|how_soon will|would|do|does|might they|the_panel|the_team|the_manager"
            "|the_client|the_hiring_manager|he|she decide|make|reach|get_back|let_me_know|come_back"
            "|choose",
            "keep|keeping me posted|updated|informed|in_the_loop|in_the_know",
            "let_me_know|tell_me|give_me_a_heads-up|fill_me_in|update_me on? how I did|went"
            "|performed|got_on|fared|came_across",
            "let_me_know|tell_me|inform_me|update_me|advise_me|notify_me of|about? the|your"
            " outcome|result|decision|verdict",
            # A decision asked after by other words: "Has Herr Brandt already come to a
            # decision?", "Have they reached a verdict yet?", "Has a decision been made?".
            # Only the decision itself: "Did the board reach a decision on the new clinic?" asks
            # about their work.
            "has|have|did|is|are ...? come|came|reach*|arrived|arrive|made|make|taken|take"
            "|settled|landed ...? to|at|on? a|any|their|his|her|the|a_final decision|verdict"
            "|choice|call|conclusion|outcome yet|already|so_far|about_me|on_me|on_my_application"
            "|about_my_application|on_the_role|about_the_role|on_the_position|on_this_role? {q}",
            "has|have|is a|the|any decision|verdict|choice|call|outcome ...? been? made|reached"
            "|taken|decided|come|settled|through|in yet|already|so_far? {q}",
            "how the|your? panel|team|interviewers|they|hiring_manager|manager|he|she ...? felt"
            "|thought|feel|think|rated_me|found_me|reacted|saw_me|viewed_me {toq}",
            "made|make|making up his|her|their|your|its mind|minds yet|already|so_far|about_me"
            "|on_me? {q}",
            "has|have|did ...? decided|chosen|picked|settled|selected yet|already|anything"
            "|anyone|so_far? {q}",
            "is|are|has|have ...? decision|decisions|verdict|outcome|shortlist ~ out|made|in"
            "|decided|done|finalised|finalized|ready|through yet|already|so_far? {q}",
            # Where the writer stands, without a question: 'I'd really like to know where I stand'.
            "know|hear|find_out|understand|clarity_on|clarity_about|sense_of|idea_of"
            "|update_on where I|we|things|my_application stand|stands|am|are",
            "like|love|want|wanted|keen|eager|hoping|hope to know|hear|find_out|learn how I did"
            "|got_on|went|fared|came_across|performed",
            "I'm|I_am|am_I|I'm_still|still|reckon_I'm in with a|any|much|half_a|a_good|a_real"
            "|a_decent chance|shot|hope",
            "had|have|get|got a|the|any chance|time|opportunity|moment to discuss|review|consider"
            "|go_over|compare|debrief|talk_about|meet_about ~ yet|already|so_far",
            "had|have|get|got a|the|any chance|time|opportunity|moment to discuss {toq}",
            "hear|know|find_out|learn how it|things|the_interview|the_panel|the_interviewers"
            "|I went|felt|thought|did|got_on|came_across|fared|went_down|landed|looked|seemed",
            # Whether they have decided, asked of the recruiter: "Do you know yet whether
            # they've decided?"
            "know|heard|hear|idea|tell_me|say yet? whether|if they've|they_have|they|the_panel"
            "|the_team|anyone|the_hiring_manager|the_manager|the_client|he|she|he's|she's ~?"
            " decided|chosen|picked|settled|made_a_decision|made_their_decision"
            "|reached_a_decision|come_to_a_decision|made_up_their_minds|made_up_his_mind"
            "|made_up_her_mind {toq}",
            "if|whether the|your? hiring_manager|panel|interviewers|manager|client|he"
            "|she ~? said|mentioned|thought|felt|fed_back|shared|made anything|much"
            "|something? about|of me|my",
        ),
        reader_tone=True,
        stages=frozenset({"thank_you", "phone_screen_thanks", "recruiter_thanks", "linkedin_note"}),
        without_stage=False,
    ),
    Rule(
        id="too_early",
        kind="match",
        severity="warning",
        section="timing/#stated-timeline",
        message=(
            "Writing before the date they gave you {found}: wait until their date has passed, "
            "unless you have a real deadline such as another offer."
        ),
        patterns=(
            # An earlier note dated a few days back: "my check-in on Monday (two days ago)".
            r"(?i:(?:check-in|check\s+in|email|note|message|follow-up|reminder)\s+(?:on|from|of|last)"
            r"\s+\w+\s*\((?:only\s+|just\s+)?(?:one|two|three|four|a\s+couple\s+of|couple\s+of|a\s+few"
            r"|1|2|3|4)\s+days?\s+ago\))",
        ),
        openers=frozenset({"check", "email", "note", "message", "follow", "reminder"}),
        families=(
            # Asking to know before their date: "is there any way to find out sooner?"
            "find_out|hear|hear_back|know|learn|get_an_answer|get_news|get_a_decision"
            "|have_an_answer"
            "|be_told|be_updated ~? sooner|any_sooner|quicker|any_quicker|faster|before_then"
            "|ahead_of_then|ahead_of_that|before_that",
            "give|share|drop|send me|us a|an|any|some hint|clue|inkling|sneak_peek",
            "hint|clue|inkling|heads-up|steer would|could|'d|will be|help|mean",
            "any|an|a|even_a early|unofficial|informal|sneak|advance hint|hints|clue|clues|inkling"
            "|heads-up|steer|verdict",
            "in_case|whether you've|you_have|you_might_have|you_may_have|the_team_has"
            "|the_panel_has"
            " already decided|chosen|made_a_decision|made_up_your_mind|picked",
            "my|the tentative|provisional outcome|verdict|selection",
            "pre-empt|preempt|pre-empting|preempting|get_ahead_of|jump_ahead_of your|the timeline"
            "|decision"
            "|process|date|schedule",
            "only been|been_only a|an|one|two|three|four|five|a_couple|a_few day|days|hour|hours"
            "|business_days|working_days|week",
            "deadline|date|timeline|two_weeks|fortnight|week ~ hasn't|has_not|isn't|is_not|haven't"
            "|have_not passed|arrived|elapsed|come|up|over|here",
            "asked|told|said|requested ~ not to chase|follow_up|check_in|contact|call|email|write"
            "|nudge",
            "said|mentioned|told_me|told_us|estimated {word} weeks|week|days|fortnight but|though"
            "|yet",
            "news|decision|outcome|verdict ...? already {q}?",
            "it's|it_is only|just|still monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            "|early",
            "get_in|got_in|jump_in|write|check_in|reach_out|email|message|chase|nudge ...? ahead_of"
            "|before that|it|then|the_date|your_date|the_deadline|the_decision|Friday|Monday",
            # Writing before the date, by the writer's own count.
            "check*|writ*|messag*|email*|reach*|follow*|contact*|nudg*|ping* ...? a_couple_of"
            "|a_few|a|one|two|three|several? day|days|week|weeks|bit|little early|ahead_of_time"
            "|too_soon|ahead_of_schedule|before_your_date"
            "|before_the_date|before_the_deadline",
            # Announcing the next chaser before the new date has come.
            "I'll|I_will|I_plan_to|I'm_going_to|I'll_aim_to|I_intend_to touch_base|check_in"
            "|follow_up"
            "|chase|nudge|ping_you|write|get_in_touch|reach_out ...? again? on|before|this"
            "|early_next"
            "|next|the {word}",
            "jump*|jumping the_gun",
            "check|checking|write|writing|reach*|follow*|get*_in_touch in|out|up? a_bit|a_little"
            "|slightly|so? early|earlier_than_planned|ahead_of_time|before_your_date"
            "|before_the_date",
            "I_know|I_realise|I_realize|I_understand|I'm_aware|although|though|even_though|while"
            " ...? it's|it_is|this_is|I'm|I_am a_bit|a_little|slightly|rather|somewhat? early"
            "|premature|ahead_of_schedule|too_soon|before_your_date|before_the_date",
            "before|ahead_of your|their stated|planned|expected? decision? date|deadline",
            "before|ahead_of the stated|planned|expected|decision date|deadline",
            "before|ahead_of the date|deadline|timeline|day you|they|the_recruiter gave|set"
            "|mentioned|said|stated|named|promised|suggested",
            "won't|will_not|aren't|isn't|not|wasn't ...? decid*|due|expected|planned|making"
            "|made ...? until|till",
            "know|realise|realize|understand|appreciate|aware|although|though ~ said"
            "|mentioned|told|due|until|till|expect|expected|planned|promised|decide|decided"
            "|deciding|hear|runs|comes|timeline|deadline|date ~ monday|tuesday|wednesday"
            "|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|week|weeks|month"
            "|fortnight|days|tomorrow|end|mid-*|1*|2*|3*|4*|5*|6*|7*|8*|9*|jan*|feb*|march"
            "|april|june|july|aug*|sept*|oct*|nov*|dec* ~ but|still|though|yet",
            "any news|update|updates|word|decision|progress|movement|indication"
            "|hint ~ already|early|ahead_of_schedule|so_soon|this_early|before_then {q}?",
            "any news|update|updates|word|progress|indication ~ for_me now {q}",
            "give|get|share|have|offer|provide|any|is_there|there's me? an|a? early|advance|sneak"
            " indication|hint|inkling|heads-up|heads_up|verdict|steer|read|peek|preview|idea",
            "sneak peek|preview|peak at|of|on the|your? outcome|decision|result|verdict|shortlist",
            "still,|nonetheless,|nevertheless,|regardless,|anyway, ~ news|update|word"
            "|indication|idea|hint|decision|answer|outcome {toq}",
            "ask|asking now|early|anyway|ahead_of_time|in_advance {rest}?",
            "couldn't|could_not|can't|cannot wait until|till|for your|the|their? {word}",
            "few|couple|several|two|three ...? days|weeks short_of|shy_of|ahead_of"
            "|before your|the|their stated|planned|expected|agreed? timeline|date|deadline"
            "|decision_date|schedule",
            "though|although|know|realise|realize|aware it's|it_is|we're|we_are|this_is"
            "|today_is ~? before|ahead_of|early|short_of",
            "you're|you_are|you_might_be|you_may_be|the_team_is|things_are|it's"
            "|the_decision_is ahead_of schedule|time|plan",
            "chance|any_chance you|you've|you_have|they|they've|the_team|the_panel"
            "|a_decision already know|decided|have|made|chosen|picked|reached|been",
            "couldn't|could_not|can't|won't|wouldn't hurt to ask|check|enquire|inquire",
            "no_harm_in asking|checking|enquiring|inquiring",
            "decision|decisions has|have|was|were|might_have|may_have been? made|reached"
            "|taken early|ahead_of_schedule|ahead_of_time|sooner",
            "get|got|getting a_jump|a_head_start|ahead on|of it|this|things|the_date|the_deadline",
            "I'll|I_will|I_plan_to|I'm_going_to|I_intend_to check_back|check_in|follow_up"
            "|touch_base|chase|ping_you|drop_you_a_line|nudge_you|email_you|write"
            "|be_in_touch ~ in ~ day|days|week|weeks|couple_of_days",
            "update|news|word ~ anyway|regardless|in_the_meantime|meanwhile|in_the_interim {rest}?",
            "send|give|provide|share|get me? an|a? interim|weekly|daily|regular|periodic|progress"
            " status? update|updates|report|reports|status_reports",
            "whether|has|have anything|something ~ changed|moved|shifted|progressed|developed",
            "today's|today_is|it's_now|now_it's|it_is_now|it's_only|it's_still ~ monday|tuesday"
            "|wednesday|thursday|friday|1*|2*|3*|4*|5*|6*|7*|8*|9* but|though|yet|still",
            "see|check|know|ask if|whether you've|you_have|you're|you_are|they've|they_have"
            "|the_team_has finished|done|wrapped_up|completed|concluded",
            "I'll|I_will|I_plan_to|I'm_going_to|I_intend_to|I'll_aim_to check_back"
            "|check_back_in|circle_back|touch_base_again|follow_up_again|come_back_to_you"
            "|get_back_in_touch ~ next|on|this|before|early|tomorrow",
            "thought_I'd|I_thought_I'd|I'd|I'll|I'm|I_wanted_to|wanted_to|decided_to|figured_I'd"
            " get|jump|cut in|ahead early|first",
            "not|isn't|aren't at|past|near your|the|their deadline|date yet",
            "only|just been {count} days|day|week since",
            "getting_in_touch|get_in_touch|got_in_touch|writing|emailing|checking_in"
            "|reaching_out|asking a_bit|a_little|slightly|so? early|ahead_of_schedule"
            "|ahead_of_time|before_your_date|prematurely",
            # Writing before their date: 'a bit premature', 'ahead of your decision'.
            "it's|it_has|it_is|it_was|it_had been about|around|roughly|nearly|almost|barely|only"
            "|just|under|less_than? a_couple_of|two|three|four|five|2|3|4|5 days|working_days"
            "|business_days",
            "ahead_of|before|in_advance_of|prior_to your|the|their ~? decision|deadline"
            "|decision_date|announcement|shortlisting|verdict ~? could|can|may|might|would"
            "|is_there|are_there|any|I_wondered|I_was_wondering|I_wanted_to_ask|just_checking"
            "|wanted_to_check|I'd_love",
            "head_start|jump|early_start|jump_start on|with hearing|finding_out|knowing|the_news"
            "|the_decision|news",
            "made_up|made|reached its|your|their|a mind|minds|decision ~? since this_morning"
            "|yesterday|we_spoke|the_interview|I_left|this_afternoon|our_call|lunch|earlier",
            "any|an|a|even_a|some early|unofficial|advance|preliminary|first word|news|indication"
            "|sense|read|signal|verdict|update|idea",
            "bit|little|too|rather|slightly|somewhat|probably|perhaps|maybe|possibly|be|is|it's"
            " premature|prematurely",
            "not_to|don't_want_to|without_wanting_to|I_don't_mean_to|not_wanting_to pre-empt"
            "|preempt|jump_the_gun|rush|hurry|get_ahead_of|second-guess the|your|their? committee"
            "|panel|process|decision|team|timeline",
            "jumping|jump|jumped the gun",
            # Asking before they decide.
            "before|ahead_of|prior_to you|they|the_panel|the_team|the_committee decide|decides"
            "|make_a_decision|meet|meets|finalise|finalize|choose ~? is_there|are_there|any|could"
            "|can|may|might|would|I_wanted",
            # Their date known and passed over: 'I know the panel only sits on the 14th'.
            "I_know|I_realise|I_realize|I'm_aware|I_am_aware|I_understand|I_appreciate"
            "|aware ~ only sits|sit|meets|meet|convenes|convene|reconvenes|decides|decide|meeting"
            "|sitting|deciding on|until|till|next|after|in",
            "get|got|getting|stay|keep ahead of the|your|their ~? deadline|date|decision|timeline"
            "|announcement|cut-off",
            "couldn't|could_not|can't|cannot resist asking|checking|writing|enquiring|inquiring"
            "|emailing|getting_in_touch|a_peek|peeking|asking_early",
            "doesn't|does_not|don't|do_not|won't|isn't|aren't|not ...? meet*|sit|sits|conven*"
            "|reconven*|finish*|wrap*|conclud*|review*|decid* ...? until|till",
            "before|ahead_of your|their|the stated|planned|expected|given|agreed? timeline"
            "|timeframe|time_frame|timescale|schedule|announcement|decision_date",
            "before|ahead_of|until {word} rolls_around|comes_around|rolls_round|comes_round"
            "|arrives|comes",
            "which way ~ leaning|lean|leans|tilting|swinging|heading|going",
            "sneak peek|preview|peak at|of|on where_I_stand|where_things_stand|how_I_did"
            "|how_it's_looking|how_things_look|my_chances|my_status|my_standing",
            "any|an|a|some interim|provisional|tentative|initial|informal indication|update|news"
            "|word|steer|verdict|feedback|read",
            "tell_me|let_me_know|inform_me|confirm|say|share|advise now|already|at_this_stage"
            "|at_this_point|early if|whether|where|how",
        ),
        reader_tone=True,
        stages=frozenset(
            {
                "check_in",
                "final_follow_up",
                "thank_you",
                "send_materials",
                "answer_delay",
                "phone_screen_thanks",
                "recruiter_thanks",
            }
        ),
    ),
    Rule(
        id="social_media",
        kind="match",
        severity="warning",
        section="personalizing/#shared",
        message=(
            "Their personal social media {found} is not something they shared with you; keep "
            "to what came up in the interview or is clearly public."
        ),
        families=(
            "your|his|her ...? SoundCloud|Goodreads|TikTok|TikToks|Letterboxd|Untappd"
            "|Airbnb_listing|Airbnb_listings",
            "Facebook|Instagram|Insta|TikTok|Strava|Twitter|Snapchat|Snap tells|told|says|said"
            "|showed"
            "|reminded me",
            "your|his|her wedding|engagement|honeymoon|baby|gift registry|blog|album|website|pics",
            "on your|his|her partner's|wife's|husband's|daughter's|son's|kid's|kids'|mum's|mom's"
            "|dad's|family's|sister's|brother's|friend's|personal|private page|profile|feed"
            "|account|wall|stories|story|posts|photos|blog|Instagram|Facebook",
            "photos|pictures|posts|stories|videos|reels|pics|post|photo ...? on"
            "|from your? Instagram"
            "|Facebook|TikTok|Insta|IG|Strava|socials|feed|Twitter|Threads|YouTube",
            "your|his|her ...? Insta|IG|FB|Strava|Pinterest|Threads|Bluesky|BeReal|YouTube|Reddit"
            "|Twitch",
            "your|his|her ...? Instagram|Facebook|TikTok|Twitter|Snapchat|socials|social_media"
            "|holiday_photos|vacation_photos|family_photos|personal_account|personal_page"
            "|personal_profile",
            "your|his|her ...? tweet|tweets|Insta_story|selfie|selfies|holiday_pics"
            "|holiday_snaps|vacation_pics|family_pics|wedding_photos|wedding_pics"
            "|beach_photos|personal_blog|old_blog|travel_blog|travel_posts",
            "found|read|saw|came_across|stumbled_on|dug_up your old|personal|private"
            "|travel blog|posts|photos|account|profile|page",
            "saw|noticed|read|spotted|found|learned|learnt on|from|via|through your? Facebook"
            "|Instagram|Insta|TikTok|Twitter|Strava|socials|social_media|online|the_internet"
            "|Google",
            "looked_up|found|googled|searched|tracked_down|found_out where_you_live"
            "|your_address|your_house|your_home|your_street|your_neighbourhood"
            "|your_neighborhood",
            "saw|noticed|read|spotted|found|learned|learnt online|on_social_media|on_socials",
            # A private matter seen in their posts: "saw your post about your holiday in Crete".
            "saw|seen|spotted|caught|read|loved|liked|enjoyed the|your|that|those ...? post|posts"
            "|photos|photo|pics|pic|pictures|picture|update|updates|story|stories|reel|reels"
            "|video|videos|snaps|status about|of|from|on|with ...? your|the ...? dog|dogs|cat|cats"
            "|pet|pets|puppy|pup|kitten|baby|newborn|kids|children|son|daughter|wife|husband"
            "|boyfriend|girlfriend|wedding|honeymoon|engagement|holiday|holidays"
            "|vacation|birthday|anniversary|surgery|divorce|mum|mom|dad|parents"
            "|funeral|hen_do|stag_do|baby_shower|gender_reveal {rest}?",
        ),
        patterns=(
            # The private matter first, the post after: "Hope your dog Biscuit is feeling
            # better, saw the post!"
            r"(?i:dog|cat|pet|puppy|pup|kitten|baby|newborn|kids|son|daughter|wife|husband"
            r"|wedding|honeymoon|engagement|holiday|vacation|birthday|anniversary|mum|mom"
            r"|dad)(?!\w)[^.!?\n]{0,60}?"
            r"[,;–—-][ \t]*(?:(?i:I|I['’]ve|just)[ \t]+)?(?i:saw|seen|spotted|caught|read)"
            r"[ \t]+(?i:the|your|that|it[ \t]+on|it[ \t]+in[ \t]+your)[ \t]+(?i:posts?|photos?"
            r"|pics?|pictures?|update|story|stories|reels?|videos?|snaps|status|feed|Insta"
            r"|Instagram|Facebook|socials)(?!\w)",
        ),
        hints=("saw", "seen", "spotted", "caught", "read"),
        reader_tone=True,
    ),
    Rule(
        id="around_the_process",
        kind="match",
        severity="warning",
        section="channels/#linkedin-messages",
        message=(
            "Going around the person running the process {found}: check-ins go to whoever gave "
            "you the timeline, by email."
        ),
        families=(
            "come|coming|came|go|going|went|write|writing straight|direct|directly to you"
            "|the_source",
            "inside track|scoop|info|information|word|line|story",
            "insider news|info|scoop|word|knowledge|tip|view",
            "skip|cut|cut_out|bypass|sidestep|avoid|jump the middleman|middle_man|recruiter|agency"
            "|HR"
            "|red_tape|formalities|queue|gatekeeper",
            "go|going|went|get|getting around|round|behind {name}",
            "go|going|went|get|getting over {name} head",
            "won't|will_not|wouldn't|don't tell|mention_to|let_on_to {name}",
            "between_us|between_you_and_me|off_the_record|on_the_quiet|on_the_QT|on_the_down-low",
            "wait|waiting on|for the|your recruiter|agency|HR|recruitment_team|talent_team",
            "you'd|you_would|you_might|you_may know|have better|more|sooner|faster|quicker|first",
            "check|find_out|ask|enquire|inquire internally|in-house|with_the_team|with_HR"
            "|with_the_panel",
            "faster|quicker|easier|simpler|quickest|easiest to? ask|check|reach|message|get_hold_of"
            "|contact you? here|directly|direct|on_here",
            "rather_than|instead_of|not_through|without_going_through|bypassing the|your? recruiter"
            "|recruiters|agency|HR|recruitment_team|talent_team|hiring_coordinator|coordinator",
            "rather_than|instead_of|bypassing {name}",
            "picked|chosen|selected|hired|settled_on|gone_with|decided_on someone|anyone"
            "|a_candidate yet?",
            "made its|their|your mind|minds up?",
            # A decision asked for on LinkedIn: "Have you reached a decision on the role yet?"
            "you|you've|you_have|you_all|the_team|the_panel|they|they've|the_committee"
            "|the_hiring_team|the_board|everyone ~? reached|made|come_to|arrived_at|taken"
            f"|settled_on|got_to ~? {_DECISION} ~? yet",
            f"has|have a|the|any|your final? {_DECISION}|call ~? been made|reached|taken"
            "|finalised|finalized ~? yet",
            f"is|was|are there a|any final? {_DECISION}|outcome ~? yet",
            f"any {_DECISION}|outcome ~? yet {{q}}",
            "you|the_team|the_panel|they|the_committee|everyone ~? decided|chosen|picked|settled"
            " ~? yet {q}",
            "do_you_know|would_you_know|any_idea|any_chance_you_know if|whether|where I'm|I_am|I've"
            "|I|things|we|the_panel|the_decision",
            "unofficial|informal|off-the-record|early|quiet heads-up|heads_up|word|steer|hint"
            "|tip-off"
            "|answer|read",
            # Asking the interviewer instead of whoever runs the process.
            "ask|asking|contact*|message|messaging|reach_out_to|reaching_out_to|reached_out_to"
            "|writing_to|write_to|check_with"
            "|come_to"
            "|chase|chasing you directly|personally|instead|rather_than",
            "I know|realise|realize|understand|appreciate {name} is|'s running|handling"
            "|managing|leading|coordinating the|this process|hiring|recruitment|search but",
            "I_know|I_realise|I_realize|I_understand|I'm_aware|although|though|even_though|while"
            "|since ... is|are running|handling|managing|leading|coordinating|in_charge_of"
            "|responsible_for|organising|organizing the|this|my? process|hiring|recruitment"
            "|search|application|interviews",
            "going|go|went|get around|round|over|past|behind HR|the_recruiter|recruitment"
            "|the_process|the_hiring_team",
            "check|look|chase|follow_up|ask_around|find_out|enquire|inquire on|into|about|up_on"
            " my|the application|candidacy|status|file|progress",
            "tell_me|let_me_know|share|give_me|find_out|check the|my|any outcome|result|decision"
            "|status|verdict",
            "skip*|bypass*|sidestep*|circumvent*|going_around|go_around|going_round"
            "|get_around|avoid* ~? HR|recruiter|recruiting|agency|recruitment|process"
            "|channels|people_ops|talent",
            "straight|direct|directly to_the_source|to_the_top|to_the_decision-maker"
            "|to_the_hiring_manager",
            "reaching_out_to|reached_out_to|reach_out_to|writing_to|messaging|pinging|ping|pinged"
            "|message|messaged|DM|DMing|DMed|write_to|wrote_to|contact|contacted"
            "|contacting|try|trying|asking you here|on_here|on_LinkedIn? directly|personally",
            "recruiter|agency|HR|recruiting_team|people_ops|talent_team ~? slow|hasn't"
            "|has_not|haven't|isn't|aren't|didn't",
            "between_us|off_the_record|between_you_and_me|on_the_quiet|confidentially|unofficially",
            "before|ahead_of HR|the_recruiter|recruiting|the_agency they? do|does|officially",
            "rather_than|instead_of through|via|going_through|asking HR|the_recruiter"
            "|recruiting|the_agency",
            "rather_than|instead_of through|via|going_through|asking {name}",
            "you'd|you_would|you'll|you_might|you_may|you_probably know|have ~? where_I_stand"
            "|the_status|the_outcome|the_latest|the_answer",
            "since|as|because you're|you_are|you make|have the_hiring_manager"
            "|the_decision-maker|the_decision_maker|the_final_decision_maker"
            "|the_final_decision-maker|the_one_deciding|the_one_who_decides|the_final_authority|the_final_call|the_final_say|the_last_word|the_boss"
            "|in_charge",
            "going|go|went|get around|round|outside|past the? usual|normal|proper"
            "|official channels|route|process",
            "how did|do|have I do|done|go|perform|performed|come_across|fare|fared",
            "recruiter|HR|recruiting|agency|recruitment_team|talent_team|people_team"
            "|people_ops ~ handling|running|managing|owns|leads|in_charge ~ but",
            *_GOING_AROUND,
            # The same chase sent by email to them and the recruiter: "I've emailed both you and
            # Jenna as well".
            "emailed|messaged|contacted|written_to|wrote_to|texted|pinged|asked|reached_out_to"
            " both? you and {name} as_well|too|also|separately|just_to_be_safe|in_case",
            "emailed|messaged|contacted|written_to|wrote_to|texted|pinged|asked|reached_out_to"
            " both? {name} and you as_well|too|also|separately|just_to_be_safe|in_case",
        ),
        reader_tone=True,
        channels=frozenset({"linkedin_message", "linkedin_connection"}),
    ),
    Rule(
        id="phone_chase",
        kind="match",
        severity="warning",
        section="channels/#other",
        message=(
            "A phone call to chase {found} puts them on the spot; call only if they invited you to."
        ),
        families=(
            "try|trying|tried ringing|calling|phoning the|your switchboard|reception|front_desk"
            "|main_line"
            "|office|desk|mobile|number",
            "ring|ringing|call|calling|phone|phoning the|your switchboard|reception|front_desk"
            "|main_line",
            "give|giving your office|desk|reception|switchboard a ring|call|buzz|bell|tinkle",
            "follow this|it|up ...? with|by a ...? call|phone_call|ring|visit",
            "call|ring|phone me back? with|about the|your outcome|decision|result|answer|news",
            "pick_up|answer next_time|the_phone|your_phone|your_mobile",
            "I'll|I_will|I_may|I_might|I'm_going_to|I_plan_to|I_intend_to|I'd_like_to|I_could"
            "|planning_to|going_to ...? call|phone|ring|give_you_a_call|give_you_a_ring"
            "|try_your_phone|try_calling|drop_by|stop_by|pop_in|swing_by|show_up|turn_up|pop_round"
            "|pop_by|drop_in|walk_in you|your_office|your_desk|your_mobile|your_phone|the_office"
            "|reception|HR|the_recruiter|your_team|in|round?",
            "tried|tried_calling|tried_phoning|tried_ringing|tried_to_call"
            "|tried_to_reach_you_at|been_trying|trying your|the ~? office|mobile|line|number"
            "|desk|cell|phone|reception|landline|extension|switchboard",
            "trying|tried|try to? reach|get_hold_of|get_through_to|catch you by|on|over phone"
            "|the_phone|telephone|your_mobile|your_cell",
            "rang|called|phoned|buzzed|ring|call|phone|telephone reception|your_office"
            "|your_desk|your_mobile|your_cell|the_office|HR|the_HR_department|your_assistant"
            "|the_switchboard|the_front_desk",
            "dropped|stopped|popped|swung|came|drop|stop|pop|swing|come by|in|round|into the"
            "|your front_desk|reception|office|building|site|HR",
            "best|a|your number|time to call|ring|phone|reach you",
            "can|could|may|might I|we call|ring|phone|buzz you",
            "give|giving you a buzz|bell|call|ring|tinkle",
            # A call for every one of them: "give each of you a ring tomorrow".
            f"give|giving|gave {_EVERY_ONE_OF_YOU}|everyone|everybody a|an quick|brief|short"
            "|wee|little|courtesy|follow-up? buzz|bell|call|ring|tinkle|phone_call|phone",
            "I'll|I_will|I_shall|will|I'm_going_to|going_to|I_plan_to|plan_to|planning_to"
            "|I_intend_to|I_may|I_might|I'd_like_to|I'll_try_to|I'm_hoping_to ...? call|ring|phone"
            f"|buzz|telephone|be_calling|be_ringing|be_phoning {_EVERY_ONE_OF_YOU}"
            "|each_of_the_panel|you_each|you_individually",
            "give|giving you a|an quick|brief|short|wee|little|courtesy|follow-up|quick_follow-up"
            " buzz|bell|call|ring|tinkle|phone_call|phone",
            "expect a call|phone_call|ring from me",
            "is_it_alright|is_it_ok|is_it_okay|would_it_be_ok|would_it_be_alright"
            "|would_it_be_okay|if I ring|rang|call|called|phone|phoned|telephone|telephoned",
            "I'll|I_will|I_may|I_might|I'm_going_to|I_plan_to try|call|ring|phone"
            "|text ~? your cell|mobile|office|number|line|desk",
            "I'll|I_will|I_may|I_might|I'm_going_to|I_plan_to try|call|ring|phone your"
            "|the direct_line|landline|extension|work_number|office_number|desk_phone",
            "time|moment|number for_me? to call|phone|ring|reach you",
            # A call announced or booked for them: 'I'll buzz you Monday', 'be expecting my call'.
            "I'll|I_will|I_shall|will|I'm_going_to|gonna|going_to|I_plan_to|I_intend_to ~? ring"
            "|call|phone|buzz|bell|telephone you|your|the_office|the_team",
            "I'll|I_will|I_shall|I'm_going_to|I_plan_to|I_intend_to be phoning|calling|ringing"
            "|buzzing|telephoning|giving_you_a_call|giving_you_a_ring",
            "hop|jump|get on a|the quick? call|phone_call|zoom|teams|video_call w|with u|you|ya",
            "pencilled|penciled|booked|scheduled|set_up|put|popped|blocked|sent ~? a|an call"
            "|phone_call|quick_call|invite|calendar_invite|meeting_invite|meeting|slot|15-minute"
            "|10-minute|30-minute ~? to|with|for|in you|your|the_team|call|diary|calendar",
            "sent|sending|send|dropped|popped you a|an calendar|meeting|Teams|Zoom|Google_Meet"
            "|Outlook invite|invitation|hold|request",
            "be expecting|expect|await|keep_an_ear_out_for my call|ring|phone_call",
            "keep|have your phone|mobile|cell|line nearby|handy|close|on|free|switched_on",
            "call|ring|phone you|your_office ~? to|and enquire|inquire|ask|follow_up|check"
            "|discuss|get|find_out|chase|go_over",
            # A call already made to chase.
            "called|rang|phoned|rung|tried|telephoned the|your ~? switchboard|main_line|desk_line"
            "|direct_line|mobile|cell|landline|extension",
            # A call announced in other words: 'I'll try you on the office line'.
            "try|trying|tried|ring|call|phone|catch|reach|get you|u on|at|via|through|over the"
            "|your ~? line|number|phone|mobile|cell|landline|extension|desk_phone|switchboard"
            "|blower|office|work_number|direct_line|work|desk",
            "try|trying|tried|ring|call|phone|catch|reach you|u by|over phone|telephone|the_phone",
            "gave|give|giving the|your front_desk|reception|office|desk|switchboard|HR|assistant"
            "|PA|receptionist a quick|brief|short|wee|little|courtesy? ring|call|buzz|bell|tinkle",
            "pick_up|answer|pick_up_the_phone|answer_the_phone|answer_your_phone when|if"
            "|next_time I call|ring|phone|try|buzz",
            "missed call|calls from|are|were me|from_me|mine",
            # Calls kept up until they answer: "I'll keep calling reception until I hear".
            "I'll|I_will|I|I'm_going_to|I_plan_to|I_intend_to|I_shall|I'd|I'll_have_to"
            "|I_will_have_to keep|continue|carry_on|go_on to? calling|ringing|phoning|telephoning"
            "|call|ring|phone|telephone you|u|reception|HR|the_office|your_office"
            "|the_switchboard|the_front_desk|your_desk|your_mobile|your_number|your_line"
            "|your_assistant|until|till|every|each|daily|back|around|round",
            # A text on top of the email: "I also dropped you a text", "I'll text you too".
            "dropped|sent|shot|fired_off|fired|popped|pinged|drop|send|shoot|fire|pop|ping"
            "|dropping|sending you a|an quick|short|brief|little? text|SMS|WhatsApp"
            "|text_message|iMessage|voice_note|voice_message",
            "I'll|I_will|I_may|I_might|I'm_going_to|I|I've|I_have texted|text|SMSed|SMS'd"
            "|whatsapped|WhatsApped you|your_mobile|your_phone|your_cell|your_number",
        ),
        reader_tone=True,
        stages=WAITING,
    ),
    Rule(
        id="extras",
        kind="match",
        severity="warning",
        section="situations/#sending-materials",
        message=(
            "Something they did not ask for {found}: send only what they asked for; this is not "
            "the moment for a second cover letter."
        ),
        families=(
            # A plan for their business nobody asked for: "a 12-point plan", "my step-by-step
            # roadmap for fixing your checkout funnel", "a prototype to replace your CRM".
            "step-by-step|point-by-point|comprehensive|end-to-end|thorough ...? plan|strategy"
            "|roadmap|proposal|blueprint|playbook|overhaul|critique|teardown",
            "detailed|full|complete|whole|entire ...? plan|strategy|roadmap|proposal|blueprint"
            "|playbook|overhaul|audit|critique|teardown ...? for|of|to|on your",
            "plan|plans|strategy|roadmap|proposal|deck|audit|analysis|chart|prototype|mock-up"
            "|mockup|redesign|blueprint|playbook|framework|SQL|code|script|model|things|changes"
            "|ideas|steps|recommendations|thoughts|suggestions|fixes|doc|document ...? to|for|on"
            " fix*|overhaul*|rebuild*|replac*|restructur*|redesign*|revamp*|transform*|turn_around"
            "|turning_around|improv*|reorganis*|reorganiz*|scrap*|reinvent*|modernis*|moderniz*"
            "|rework*|rethink*|streamlin*|solv* your {word}?",
            "how I'd|I_would|to|you_could|you_should|we_could|I'd_go_about|I_would_go_about fix*"
            "|overhaul*|rebuild*|replac*|restructur*|redesign*|revamp*|transform*|turn_around"
            "|improv*|reorganis*|reorganiz*|scrap*|reinvent*|rework*|rethink*|streamlin*|solv*"
            " your|the|it",
            "things|changes|fixes|improvements|recommendations I'd|I_would|I'll|I_will|I'd_like_to"
            "|you_should|your_team_should change|fix|overhaul|scrap|do|improve|make|implement"
            "|introduce",
            "here's|here_is|below_is|below_are|attached_is|see_below ...? how_to|how_I'd"
            "|how_I_would|how_you_could|how_you_should|what_you_should|what_your_team_should"
            "|what_I'd|what_I_would|my_fix|my_solution|my_alternative|the_fix|the_solution fix"
            "|solve|change|improve|do|overhaul|rebuild|restructure|turn|it|this",
            "what_your_team_should|what_you_should|what_you_need_to|what_I'd|what_I_would"
            " do|change|fix ...? in {count} steps|stages|phases|moves",
            "your ~ is|are wrong|broken|outdated|flawed|inefficient|a_mess|all_wrong",
            "your ~ needs|need scrapping|fixing|replacing|a_rethink|an_overhaul|rethinking"
            "|rebuilding|overhauling|rewriting|redoing",
            "my alternative|fix|solution|proposal|counter-proposal is|are below|attached|enclosed",
            "full|complete|new|proposed|detailed|entire reorganisation|reorganization|reorg"
            "|restructuring|org_chart|organisation_chart|organization_chart|restructure",
            "everything|all_that's|all_the_things|what's|all_that_is broken|wrong|outdated"
            "|broken_about|wrong_with on|in|with|about your|the",
            "spent|spend my|the weekend|evening|evenings|night|nights|week ...? building|making"
            "|designing|drafting|writing|mocking_up|prototyping|redesigning|rebuilding|analysing"
            "|analyzing|auditing",
            # Extras with the materials: "an updated cover letter", "three extra writing samples".
            "a|an|my? updated|improved|rewritten|re-written|tailored|new|second|revised"
            " cover_letter|covering_letter|motivation_letter|personal_statement",
            "two|three|four|five|six|several|a_few|some|a_couple_of|couple_of|few extra|additional"
            "|bonus|more writing_samples|samples|letters|references|certificates|photos|documents"
            "|examples|projects|case_studies|designs|reports|articles|pieces|files|links|videos"
            "|testimonials|recommendations|letters_of_recommendation|reviews",
            "unprompted|unasked|unsolicited|uninvited|off_my_own_bat|on_my_own_initiative",
            "video|clip|recording|reel|vlog|selfie_video introducing|presenting|about|of myself|me",
            "some|a_few|several|extra|bonus|a_couple_of photos|pictures|videos|clips|snaps from|of"
            " my",
            "threw_in|throw_in|tossed_in|chucked_in|popped_in|slipped_in|thrown_in|added_in {rest}",
            "you didn't|did_not|never|haven't|have_not|hadn't ask*|request* for? it|this|them"
            "|these|that|one",
            "I_know_you_didn't_ask|although_you_didn't_ask|even_though_you_didn't_ask"
            "|not_that_you_asked|you_didn't_ask_for_it {rest}?",
            "send|sending|attach|attaching|enclose|include|add also|additionally|as_well {rest}",
            "my? passport|passport_copy|driving_licence|driving_license|driver's_license"
            "|birth_certificate|national_ID|bank_details|payslips|pay_slips|tax_returns"
            "|medical_records|bank_statements|bank_statement|utility_bill|utility_bills"
            "|marriage_certificate|school_report|school_reports|GCSE_certificates|GCSE_results"
            " and|& my? passport|passport_copy|driving_licence|driving_license"
            "|driver's_license|birth_certificate|national_ID|bank_details|payslips|pay_slips"
            "|bank_statements|bank_statement|utility_bill|utility_bills|school_report"
            "|school_reports",
            "plus|also|and my|a|an ...? transcript|transcripts|certificates|records|dissertation"
            "|thesis"
            "|reports",
            "also|as_well|additionally|too attached|included|enclosed|added|sent|thrown_in {rest}",
            "full|entire|complete|whole portfolio|back_catalogue|archive|body_of_work"
            "|list_of_projects",
            "video intro|introduction|pitch|CV|resume|message|presentation|reel",
            "as_well|too|also just_in_case|for_good_measure|in_case_it_helps",
            "attach*|enclos*|includ*|add*|sent|sending ... just_in_case|for_good_measure|unasked"
            "|unprompted|in_case_it_helps|in_case_it's_useful|in_case_you're_interested",
            "a|an|my? second|another|new|additional|extra|fresh|revised|longer cover_letter"
            "|covering_letter|motivation_letter|letter_of_motivation|personal_statement",
            "attach*|enclos*|includ*|added|I'm_adding|I_am_adding|I'll_add|I_will_add|let_me_add"
            "|I'd_add|I_add|also_add|sent|sending|put_in|thrown_in ...? second|another"
            "|additional|extra|bonus|unsolicited|few_more|few_extra|some_extra|some_more {word}"
            " {word}?",
            "attach*|enclos*|includ*|added|I'm_adding|I_am_adding|I'll_add|I_will_add|let_me_add"
            "|I'd_add|I_add|also_add|sent|sending|put_in|thrown_in ...? a|an|my? second"
            "|another|new|additional|extra|fresh|longer cover_letter|covering_letter"
            "|motivation_letter|letter_of_motivation|personal_statement",
            # Work nobody asked for on their own product: "a brand audit of your website".
            "took_the_liberty_of|taken_the_liberty_of {rest}",
            "two|three|four|five|six|seven|eight|ten|several|a_few|extra|additional|some_extra"
            " {word} ...? instead_of|rather_than|more_than the"
            "|just_the {rest}?",
            "went_ahead_and|gone_ahead_and attach*|enclos*|includ*|add*|put_together|prepar*"
            "|drafted|made|created|mock*|design*|redesign*|sketch*|build*|built|wrote|written"
            "|draft*|creat* {rest}?",
            "for completeness|thoroughness|good_measure",
            # Extras beside the work asked for: "ten more articles I'm proud of", "my whole
            # Dropbox folder", "my personality test results and a headshot", "my Spotify
            # Wrapped, for a bit of personality", "marksheets from class 10 onwards".
            "seven|eight|nine|ten|a_dozen|dozens_of|twenty|loads_of|lots_of|plenty_of|heaps_of"
            "|a_bunch_of|a_load_of|all_my|all_of_my|all_the|every extra|additional|bonus|more"
            "|other? writing_samples|samples|articles|pieces|essays|posts|projects|case_studies"
            "|designs|reports|certificates|certs|references|testimonials|photos|videos|clips",
            "whole|entire|full|complete Dropbox|Google_Drive|Drive|OneDrive|iCloud|hard_drive"
            "|desktop|SharePoint|folder|folders|library|collection|catalogue|catalog|drive"
            "|archive|archives|back_catalogue|back_catalog|body_of_work|output|portfolio",
            "everything|every_thing|every_piece|every_article|every_project I've|I_have|I ever?"
            " written|wrote|published|designed|built|produced|created|shot|drawn",
            "my|a|an|the personality|psychometric|Myers-Briggs|MBTI|DISC|enneagram"
            "|StrengthsFinder|CliftonStrengths|aptitude|IQ test|tests|results|profile|report"
            "|type|assessment|scores|score",
            "and|plus|a|my|also|with headshot|head-shot|head_shot|selfie|selfies|photo_of_myself"
            "|portrait_of_myself",
            "my Spotify|Strava|Goodreads|Letterboxd|horoscope|star_sign|birth_chart|playlist"
            "|playlists|Wrapped",
            "certificates|certs|badges|certifications from|on|via Coursera|Udemy"
            "|LinkedIn_Learning|edX|Skillshare|Khan_Academy|FutureLearn|Codecademy",
            "marksheets|mark_sheets|mark-sheets|report_cards|school_report_cards|class_10|class_12"
            "|tenth_grade|O-level_certificates|SSC_certificate|HSC_certificate",
            "see|show|know|get_to_know|meet my|the creative|fun|personal|other|human|softer"
            "|lighter|artistic|silly|wild side|sides",
            "for|with|to_add|adds|add a bit|touch|dash|hint|spot|splash of|some? personality"
            "|fun|flair|colour|color",
            "wedding|hobby|side-hustle|side_hustle|travel|cooking|gaming|fan|poetry|personal_blog"
            " ...? site|website|blog|channel|page|Instagram|account|YouTube",
            "while_I'm_at_it|while_I_am_at_it {rest}?",
            "summary|overview|list|rundown|run-down|breakdown of my strengths|skills|achievements"
            "|qualifications|key_strengths|selling_points|strong_points|best_qualities",
            # A critique or a plan for their work in a thank-you: "I'd rip it out and start
            # again", "the main mistake you're making", "where your strategy goes wrong".
            "rip_it_out|rip_them_out|rip_it_up|tear_it_down|tear_it_all_down|burn_it_down"
            "|scrap_it_all|scrap_the_lot|bin_the_lot|bin_it_all|gut_it|start_again_from_scratch",
            "welcome|free to implement|adopt|roll_out|run_with|steal|put_into_practice",
            "I'd|I_would|I'll|I_will|I_plan_to|I'd_start_by|I_would_start_by|I'd_begin_by"
            " ...? scrap*|axe|axing|ditch*|abolish*|kill|killing|bin|binning|rip_out|gut|gutting"
            "|overhaul*|restructur*|reorganis*|reorganiz* your|the|all|most|half",
            "mistake|mistakes|error|errors|blunder|blunders you're|you_are|you've|you_have"
            "|your_team_is|your_team's|your_team_are|you_keep making|made|making",
            "showing|outlining|of|explaining|on|illustrating how|where your ~ should|ought_to"
            "|needs_to|need_to|must|goes_wrong|go_wrong|went_wrong|is_going_wrong|fails|falls_down",
            "your ~ has|have|contains|suffers_from|is_full_of ...? flaws|flaw|mistakes|errors"
            "|blunders|holes|weaknesses|shortcomings|design_flaws",
            "rewrote|rewritten|redesigned|redrew|redrawn|rebuilt|rebranded|reworked|re-designed"
            "|re-wrote|mocked_up|overhauled|restructured|reorganised|reorganized|re-imagined"
            "|reimagined|drew_up|drawn_up|sketched_out ...? your|a_new|new|a_fresh|an_improved"
            "|an_alternative",
            "just_to_be_thorough|just_to_be_safe|just_to_be_complete {rest}?",
            "a|an|my ...? audit*|analysis|analyses|plan|proposal|strategy|deck|report|mock-up*"
            "|mockup*|redesign*|roadmap|critique|teardown|breakdown|wireframe*|prototype*|pitch"
            "|overhaul|review of|for|on your|the_company's current|existing|present? website|site"
            "|app|homepage|brand|branding|marketing|social_media|product|products|menu|codebase"
            "|onboarding|checkout|campaign*|content|UX|UI|design|strategy|processes flow|process"
            "|page|pages|experience|funnel|journey|system|pipeline|site?",
            # Everything, unasked: "my transcripts from primary school onwards", "a zip of my entire
            # GitHub", "the 20-page report I've prepared on your competitors".
            "from primary|secondary|high|grade|nursery|junior|middle school|kindergarten|year_one"
            "|GCSEs|O-levels|A-levels|the_cradle|birth ...? onwards|on|up|through|upwards|till_now"
            "|to_date|to_now",
            "zip|archive|dump|copy|export|backup|folder|link ...? of my|the entire|whole|complete"
            "|full ...? GitHub|portfolio|repo|repos|repositories|archive|drive|Dropbox"
            "|back_catalogue"
            "|body_of_work|hard_drive|codebase|projects|publications",
            "report|analysis|audit|deck|review|teardown|breakdown|deep-dive|deep_dive|study|memo"
            "|white_paper|whitepaper ...? I've|I_have|I ...? prepared|written|done|put_together"
            "|made"
            "|drafted|created|compiled|produced ...? on|for|about|of|into your|the competitors"
            "|competition|market|business|product|app|site|website|company|strategy|sector",
            "audited|reviewed|analysed|analyzed|tore_down|went_through|stress-tested|tested"
            "|pen-tested|critiqued ...? your|the ...? app|site|website|product|codebase|strategy"
            "|competitors|marketing|funnel|platform|checkout|onboarding",
            "attached|attaching|enclosed|enclosing|including|included|listed|found|spotted|logged"
            " {count} ...? bugs|issues|errors|typos|problems|flaws|fixes|ideas|suggestions"
            "|improvements|recommendations",
            "and|plus|also|as_well_as ...? a|my ...? reading_list|bibliography|book_list|playlist"
            "|mood_board|moodboard|vision_board|manifesto|life_story|family_tree",
        ),
        patterns=(
            # A plan by its size: "a 12-point plan", "a ten-page strategy", "a 90-day roadmap".
            r"(?i:(?<![\w-])(?:\d+(?:-\d+){0,3}|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve"
            r"|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)[- ](?:page|point|step"
            r"|slide|part|day|week|month)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:plan|strategy|roadmap"
            r"|proposal|blueprint|playbook|audit|overhaul|critique|teardown)s?(?!\w))",
        ),
        hints=("page", "point", "step", "slide", "part", "day", "week", "month"),
        reader_tone=True,
        stages=WAITING,
    ),
    Rule(
        id="frustration",
        kind="match",
        severity="warning",
        section="avoid/#guilt",
        message=(
            "Saying the wait is {found} won't make it faster, and they will remember it: say "
            "you are still interested instead."
        ),
        patterns=(
            # Resigned sarcasm with its tag: "Guess I'll just keep waiting by the phone, then."
            r"(?i:(?:I\s+)?(?:guess|suppose|reckon)\s+I(?:['’]ll|\s+will|\s+shall)\s+(?:just\s+)?"
            r"(?:keep|carry\s+on|go\s+on|continue|sit\s+(?:here\s+)?|stay)\s*(?:on\s+)?"
            r"(?:waiting|wait|hoping|holding)[^.!?\n]{0,40}?(?:,[ \t]*(?:then|I\s+suppose"
            r"|I\s+guess|eh|huh))?(?=[ \t]*[.!?\n]|$))",
        ),
        families=(
            "another|yet_another|one_more|more|further delay|postponement|wait|week|extension {q}",
            # Messages thrown away: "or just going straight in the bin", "into the void".
            "going|go|goes|gone|went|ending_up|end_up|ends_up|landing|land|lands|disappearing"
            "|vanishing|falling straight|directly? in|into|to|down the? bin|dustbin|trash|rubbish"
            "|wastebasket|wastepaper_basket|shredder|void|abyss|ether|black_hole",
            "constant|endless|repeated|continual|continuous|never-ending|ongoing|countless|multiple"
            "|all_these|so_many postponements|delays|extensions|hold-ups|holdups|reschedules"
            "|reschedulings|changes|slips",
            "appreciated|liked|preferred|been_nice|been_good|been_helpful knowing|hearing|to_know"
            "|to_hear"
            "|being_told|a_heads-up ~? earlier|sooner|in_advance|before",
            "hoped|expected|thought ~ more organised|organized|efficient|prompt|professional"
            "|together",
            "counting|relying|banking on hearing|news|an_answer|a_decision|hearing_back",
            "was|had rather hoping|hoped for|to news|an_answer|a_decision|an_update|hear|know",
            "awkward|tricky|difficult|hard|complicated|inconvenient ...? my|on_my end|side",
            "makes|make|making|made things|life|planning awkward|tricky|difficult|hard|complicated",
            "what|what's|what_is ...? the? hold-up|holdup|hold_up|snag {toq}?",
            "firm|definite|fixed|proper|real|solid date|deadline|answer ...? this_time|for_once",
            "at_least fix|set|agree|get|have|give|name a|some|the? firm|definite|fixed|proper"
            "|real? date"
            "|deadline",
            "guess|suppose I'll|I_will|I_have_to|we'll|I_just keep|have_to|just|carry_on wait"
            "|waiting"
            "|hang_on|sit_tight|hanging_on",
            "surprised|puzzled|baffled|confused|disappointed|concerned|worried ...? that|nobody"
            "|no_one"
            "|not_to_have|I_haven't|I've_not|there's_been_no|to_hear_nothing|not_to_hear",
            f"this|that|it|which|that's|it's|this_is|which_is|it_has_been|it's_been|that_is|it_is"
            f"|it_was|that_was|this_was|has_been|is|was ...? {_LET_DOWN} {{not_mine}}",
            "I'm|I_am|I_was|I_feel|I_felt|I'm_feeling|I've_been|leaves_me|left_me"
            " ...? disheartened|discouraged|frustrated|deflated|demoralised|demoralized|annoyed"
            "|exasperated|fed_up|let_down|in_limbo",
            # What the delay has cost the writer's own plans.
            "I'd|I_had|I've|I_have planned|arranged|organised|organized|booked|built ...? around"
            "|for the|your original|first|old|earlier date|timeline|deadline|schedule",
            "which|that|this|it|that's|it's|this_is|which_is|it_has_been|it's_been|that_is"
            f"|it_is|it_was|delay|wait|process ...? {_GRUMBLE} {{not_mine}}",
            "disappointed|frustrated|annoyed|irritated|upset|unhappy ~ slipped|moved|changed"
            "|delayed|pushed|postponed|dragged|slid|shifted|extended",
            "hoped|expected|thought you'd|you_would|you_were|the_team_would be? more"
            "|better organised|organized|efficient|professional|prompt|reliable",
            "expecting|hoping_for|hoped_for better|more",
            "dragged|dragging|drags on|out",
            "doesn't|does_not|hardly|won't|not inspire|inspiring confidence|trust",
            "sigh|sighs|ugh|argh",
            "I'd_have_thought|I_would_have_thought|I'd_have_expected"
            "|I_would_have_expected ~ worth|would|could|at_least|more",
            "you'll|you_will|you've|you_have|you'd have? lost|lose me",
            "surprised|amazed|shocked|disappointed ~ can't|cannot|couldn't|won't|wouldn't"
            "|unable make|move|speed|accommodate|budge|bend|flex|change",
            "but|so|oh_well whatever",
            "I gave|offered you the|a|every|your chance|opportunity",
            "even for your|a first-choice|top|best|preferred|strongest candidate",
            "telling|tell the other ~ you weren't|you_couldn't|you_wouldn't|you_didn't",
            "thanks|thank_you for nothing",
            "expected more urgency|flexibility|respect|from",
            "heard|got|received|had nothing|no_reply|no_response|no_word|no_news"
            "|zilch back? which|and_that|and_this|which_is|which_was"
            f"|which_feels ...? {_LET_DOWN}|{_GRUMBLE} {{not_mine}}",
            "that's|that_is|this_is|it's|which_is the|a second|third|fourth|fifth"
            "|umpteenth one|delay|time|postponement|change|extension",
            "thrown|threw|throws|messed_up|upended|disrupted|derailed|wrecked|ruined"
            "|complicated ~? my plans|schedule|life|arrangements|diary|calendar",
            "bit|a_bit|quite|such|rather|a_real of? a? letdown|let-down|blow|disappointment|drag",
            # How long it all took, held against them.
            "weeks|months|ages|days|long|forever|time it|the_process|things|everything took|takes"
            "|had_taken|has_taken|was_taking to? hear|reply|respond|decide|get_back|come_back",
            "process|wait|decision|recruitment|hiring|it|everything took|has_taken|had_taken"
            "|dragged ~? longer|far_longer|much_longer|so_long|too_long|forever|ages|weeks|months",
            # Judging the new wait: "Another two weeks is a bit much".
            "another|yet_another|a_further|further|more|extra {count}? day|days|week|weeks"
            "|fortnight|month|months|wait is|seems|feels|sounds|'s|would_be|will_be a_bit_much"
            "|a_little_much|too_much|a_lot|excessive|ridiculous|unreasonable|a_stretch|a_joke"
            "|frustrating|disappointing|hard_to_swallow|hard_to_take|rough|tough|painful|long",
            # ... or called long: "another two weeks is a long time for me", "two more weeks
            # feels like an age".
            "another|yet_another|a_further|further|more|extra {count}? day|days|week|weeks"
            f"|fortnight|month|months|wait|delay {_WAIT_IS} {_LONG_WAIT}",
            "two|three|four|five|six|several|a_few|a_couple_of|ten more|extra|further day|days"
            f"|week|weeks|fortnight|fortnights|month|months {_WAIT_IS} {_LONG_WAIT}",
            # Their inbox as a void: "my last two emails vanished into the void".
            "vanished|disappeared|lost|swallowed|fell|fallen|gone|went|sucked|disappearing"
            "|vanishing|falling|sinking|sank|sunk ~ void|ether|abyss|black_hole|oblivion",
            # The wait called long, or a sigh: 'taking forever', 'Another fortnight? Right.'
            "another|yet_another|one_more|a_further|further fortnight|month|two_weeks|three_weeks"
            "|few_weeks|couple_of_weeks|week|weeks|months|days|delay|wait|postponement {q} right"
            "|great|wonderful|brilliant|lovely|marvellous|fantastic|perfect|fab|cool|okay|ok|sure"
            "|fine",
            "another|yet_another|one_more|a_further|further fortnight|month|two_weeks|three_weeks"
            "|few_weeks|couple_of_weeks|week_or_two|weeks|months|days|ten_days|round|postponement"
            "|delay {q}",
            "long|long_time|while|ages to keep|leave someone|somebody|anyone|a_person|a_candidate"
            "|people|candidates|me waiting|hanging|in_limbo|in_the_dark",
            "it|it's|this|this's|things|wait|waiting|process|decision ...? taking|dragging|drags"
            "|dragged|takes|took forever|ages|an_age|an_eternity|a_lifetime|yonks|donkey's_years",
            "sitting|sat|twiddling|twiddled on? my hands|thumbs",
            "which|that ~? is|was|seems|feels|looks|strikes_me_as|sounds excessive|unreasonable"
            "|ridiculous|absurd|a_stretch|a_bit_much|too_long|over_the_top|unacceptable"
            "|a_long_time|glacial|a_while",
            "days|weeks|months have|had? turned|become|stretched|rolled into|to? weeks|months"
            "|years",
            "still none the wiser",
            # Left not knowing, said as a complaint: "I still have NO IDEA where I stand".
            "still|yet have|got|had ...? no|zero|not_a|not_the_faintest|not_the_slightest|little"
            " idea|clue|notion|inkling where|what|whether|how I|things|we|my_application ~? stand*"
            "|am|is|are",
            # Longer than they said.
            "longer than I_was_told|promised|I_was_promised|you_said|you_told_me|advertised"
            "|you_indicated|quoted|agreed|we_agreed",
            # A resigned 'fine, I'll wait', and the wait measured against what was said.
            "fine|okay|ok|right|sure I'll|I_will|I_guess_I'll|I_suppose_I'll wait|hang_on"
            "|sit_tight|keep_waiting",
            "not_ideal|not_great|frustrating|disappointing|annoying|a_shame|a_pity|a_letdown"
            "|a_let-down given|considering|after what I_was_told|you_said|I_was_promised"
            "|we_agreed|you_told_me",
            # A delay called a shame next to what was promised: "a real shame, I was told".
            "that's|that_is|that_was|it's|it_is|it_was|this_is|which_is|which_was|what|such|how"
            "|bit|a ...? shame|pity|letdown|let-down|bummer|blow|disappointing|frustrating"
            f"|annoying|not_ideal|not_great ...? {_WAS_TOLD}",
            # Their date thrown back: 'you did say we'd know by the 20th'.
            "you|they|HR|the_panel|the_team|the_recruiter did|had say|said|tell_me|tell_us"
            "|told_me|told_us|promise|promised|mention|mentioned|indicate|indicated|assure_me"
            "|assure_us {rest}?",
            "vanish|disappear|fall|sink|go|get_lost|drop ~ void|ether|abyss|black_hole|oblivion",
            "disappointing|frustrating|annoying|a_shame|a_pity|not_ideal|not_great|a_letdown"
            "|a_pain|a_bit_much given|considering|since|as|when|after|because you|they|HR|we_were"
            "|I_was said|told|promised|mentioned|indicated|had_said|'d_said",
            # What they were hoped to give: "I must say I had hoped for certainty".
            "I_had|I'd|had|we_had|we'd hoped|expected|wanted|been_hoping|been_counting_on for|on"
            "|to? certainty|clarity|closure|a_decision|an_answer|an_outcome|news|resolution"
            "|a_firm_date|a_result|a_verdict|an_update|answers|some_certainty|some_clarity"
            "|a_quicker|a_faster|something_sooner|to_know|to_hear|to_have_an_answer"
            "|to_have_heard",
            "must_say|have_to_say|I_confess|I'll_admit|I_admit|admittedly|I_won't_lie"
            "|I_won't_pretend ~? disappointed|hoped|expected|thought|frustrated|let_down"
            "|surprised|deflated",
            # The silence and how it feels, in one breath: "Still no word, which is disheartening".
            "still|yet|so_far|as_yet no|not_a|not_any|nothing_in_the_way_of word|news|reply"
            "|response|answer|update|feedback|contact|communication|decision|outcome ...?"
            " which|and_that|and_this|which_is|which_was|which_feels|that's|and_it's"
            f"|and_it_is ...? {_LET_DOWN}|{_GRUMBLE}",
            "still|yet haven't|have_not|hasn't|have|not heard|had|received|got|gotten anything"
            "|a_thing|a_word|back|word ...? which|and_that|and_this|which_is|which_was"
            f"|which_feels|that's|and_it's|and_it_is ...? {_LET_DOWN}|{_GRUMBLE}",
            "no|still_no|not_a|not_any|zero|nothing_in_the_way_of word|news|reply|response|answer"
            "|update|feedback|contact|communication|decision|outcome ...? which|and_that"
            "|and_this|which_is|which_was|which_feels|which_has_been|that's|and_that's"
            f"|and_that's_been|and_it's|and_it's_been|and_it_is ...? {_LET_DOWN}|{_GRUMBLE}",
            "still|yet|so_far nothing|zilch|nada|not_a_thing|not_a_peep|not_a_word ...? which"
            "|and_that|and_this|which_is|which_was|which_feels|which_has_been|that's|and_that's"
            f"|and_that's_been|and_it's|and_it's_been ...? {_LET_DOWN}|{_GRUMBLE}",
            "haven't|have_not|hasn't|not heard|had|received|got|gotten anything|a_thing|a_word"
            "|back|word|a_peep ...? which|and_that|and_this|which_is|which_was|which_feels"
            "|which_has_been|that's|and_that's|and_that's_been|and_it's|and_it's_been ...?"
            f" {_LET_DOWN}|{_GRUMBLE}",
            "end|ends of my|one's rope|tether",
            "at|reached my wits|wits'|wit's end",
        ),
        reader_tone=True,
        stages=frozenset(
            {"check_in", "final_follow_up", "answer_delay", "competing_offer", "send_materials"}
        )
        | SAYING_NO,
        without_stage=False,
    ),
    Rule(
        id="surprised_by_no",
        kind="match",
        severity="warning",
        section="replies/#rejection",
        message=(
            "Saying the no surprised you {found} asks them to defend it; thank them and keep the "
            "door open instead."
        ),
        patterns=(
            # "I'm surprised", but not "surprised and pleased by how much the team cared".
            r"(?<![\w'’])I(?:['’]m|[ \t]+am|[ \t]+was|['’]ve[ \t]+been|[ \t]+have[ \t]+been)"
            r"(?:,?[ \t]+(?i:a[ \t]+bit|a[ \t]+little|really|very|so|quite|frankly|honestly"
            r"|genuinely|rather|somewhat|truly|pretty|slightly|more[ \t]+than[ \t]+a[ \t]+little"
            r"|must[ \t]+say|have[ \t]+to[ \t]+say|admit|,))*,?[ \t]+"
            r"(?i:surprised|suprised|surprized|suprized|surpised)"
            r"(?![ \t]+(?i:and[ \t]+(?:pleased|delighted|impressed|happy|glad|touched|moved"
            r"|thrilled|heartened|encouraged|grateful)|by[ \t]+how[ \t]+(?:much|well|warm"
            r"|friendly|kind|welcoming|quickly|many)))(?![\w-])",
        ),
        hints=("surprised", "suprised", "surprized", "suprized", "surpised"),
        families=(
            "exactly|precisely just? what|the_thing you|the_team said|asked_for|wanted|needed"
            "|described|were_looking_for",
            "struggling|struggle|struggled|finding_it_hard|hard|difficult"
            "|impossible ...? to understand"
            "|accept|make_sense_of|see_why|believe|process",
            "scored|came|finished|graduated|ranked|placed top|first|highest|best of|in my"
            "|the cohort"
            "|class|year|group|batch|intake",
            "caught|took|threw|knocked me off_guard|by_surprise|aback|for_six",
            "came as|was a|quite_a|a_real|a_big|such_a|something_of_a? surprise|shock|blow",
            "I'm|I_am|I_was|I'm_a_bit|I_was_a_bit shocked|stunned|baffled|puzzled"
            "|confused"
            "|taken_aback|blindsided",
            "I felt|thought|believed|was_sure|was_confident|had_the_impression|really_felt ...?"
            " interview|interviews|round|rounds|it|things|presentation|task|everything ...? went"
            "|had_gone|was_going really? well|great|strongly|brilliantly|so_well|perfectly",
            "I felt|thought|believed|was_sure|was_confident|had_the_impression ...? went|had_gone"
            "|was_going well|great|strongly|brilliantly|so_well|perfectly",
            # The no as a shock, in other words: "I didn't see this coming".
            "didn't|did_not|never|couldn't|could_not|wouldn't_have see|seen|expect|expected"
            "|anticipate|anticipated|predict|predicted this|that|it|a_no|this_outcome|this_result"
            "|the_news|the_rejection ...? coming?",
            "wasn't|was_not|weren't|wasn't_at_all expecting|prepared_for|ready_for a_no|this|that"
            "|the_news|the_outcome|a_rejection|to_hear|to_be_turned_down|this_outcome",
            "out_of_nowhere|out_of_the_blue|a_bolt_from_the_blue|from_left_field|left_field"
            "|a_bombshell|a_gut_punch|a_kick_in_the_teeth|a_slap_in_the_face",
            "gobsmacked|flabbergasted|dumbfounded|speechless|lost_for_words|at_a_loss_for_words"
            "|in_shock|in_disbelief|blindsided|knocked_sideways|reeling",
            "this|that|it|the_news|the_decision|your_email|your_message is|was|'s|came|comes"
            "|has_been"
            " ...? a|such_a|quite_a|a_real|a_huge|a_big|a_complete|a_total? shock|surprise|blow"
            "|bombshell|bolt",
            "blindsided|floored|stunned|shocked|threw|knocked|caught me",
            "felt|seemed|looked|sounded like it|things|the_interview|we went|was_going|were_going"
            " ...? well|brilliantly|great|perfectly|really_well|so_well",
            "in_the_bag|nailed_it|a_sure_thing|a_done_deal|a_shoo-in|shoo-in|in_the_bag|sure_thing",
            "can't|cannot|couldn't|could_not believe this|that|the_news|what_I'm_reading"
            "|it's_a_no|I_didn't_get_it|I_wasn't_chosen|I_wasn't_successful",
            "not|wasn't|isn't what|the_outcome|the_result I expected|was_expecting"
            "|anticipated|saw_coming",
            "thought|felt|believed|sensed|was_sure|was_certain|reckoned ...? we|I|things|it"
            " ...? clicked|got_on|hit_it_off|had_a_connection|had_great_chemistry|connected"
            "|bonded|vibed|gelled|jelled|were_on_the_same_page|got_along|got_on_so_well"
            "|got_on_like_a_house_on_fire",
            "felt|thought|believed|was_sure|was_certain|reckoned|knew ...? I|we ...? smashed"
            "|nailed|aced|killed|crushed|smashed_it|nailed_it|aced_it|did_well|did_great"
            "|did_brilliantly|performed_well|did_really_well|knocked_it_out_of_the_park"
            "|hit_it_out_of_the_park|shone|excelled|had_it|had_it_in_the_bag",
            "without_a_hitch|like_clockwork|swimmingly|like_a_dream|like_a_house_on_fire",
            "floored|gobsmacked|stunned|flabbergasted|blindsided"
            # Not "blown away", which after a no is mostly praise ("blown away by the team").
            "|speechless|dumbfounded|thrown|knocked_sideways|taken_aback|caught_off_guard",
            "convinced|certain|sure|positive|confident ...? the|that_the|this ...? job|role"
            "|post|position|offer ...? was|were|would_be ...? mine|in_the_bag|a_done_deal"
            "|coming",
            "never|didn't|did_not|hadn't|had_not ...? in_a_million_years|in_my_wildest_dreams"
            " ...? did|would ...? I? expect*|see|imagin*|think|anticipat*",
            "never ...? expected|anticipated|imagined|saw|pictured|thought ...? a|this|that|the"
            " ...? no|rejection|outcome|result|news|email",
            "total|complete|utter|absolute|real|huge|massive|big shock|surprise|bombshell"
            "|curveball|curve_ball",
            "out_of_the_blue|out_of_nowhere|bolt_from_the_blue|left_field|from_left_field"
            "|from_nowhere",
            "reeling|winded|floored|dumbstruck|shell-shocked|shellshocked",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="own_plans",
        kind="match",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "Your own planning {found} is not a reason for them to decide sooner; if a real "
            "deadline exists, such as another offer, say so plainly."
        ),
        families=(
            "I need*|have_to|must|want to? quit|leave|resign_from|hand_in_my_notice_at my"
            " current? actual? job|position|role|post|employer ...? quickly|soon|asap|fast|now",
            "I'd_hoped|I_had_hoped|I_was_hoping|I_wanted|I_needed|I'd_wanted|I'd_planned"
            "|I_had_planned"
            " to plan|organise|organize|arrange|book|sort_out|finalise|finalize|make_plans",
            "hoping|hoped|wanted|needed|need|want|like|liked to know|hear|find_out sooner|earlier"
            "|soon"
            "|quickly|faster|by_then",
            "as|because|since I have|I've_got|I'm_juggling|there_are other|several|a_few|more"
            " interviews|offers|applications|processes|options|companies",
            "and|so|so_that|as|because|since I_can|I_need_to|I_have_to|I_must|I've_got_to"
            "|I'd_like_to plan|sort_out|figure_out|organise|organize|arrange|decide_on|make_plans"
            "|make_arrangements|plan_ahead|work_out",
            "need_to|have_to|must|got_to|want_to|I_need_to plan|organise|organize|sort_out"
            "|sort|arrange|figure_out|work_out|finalise|finalize my|our life|future|plans"
            "|finances|move|relocation|next_steps|year|schedule|diary|calendar|childcare"
            "|notice|options",
            "trying_to|hoping_to|looking_to|I'm_trying_to plan|organise|organize|arrange"
            "|sort_out my|our move|relocation|notice|life|finances|holiday|wedding|plans"
            "|future",
            # A lease running out as the reason to hurry: "my lease runs out on the 20th".
            f"my|our {_MY_LEASE} ~? {_RUNS_OUT} ~? on|at|by|in|before|this|next|at_the_end_of"
            "|end_of|around the? {word}",
            f"the {_MY_LEASE} on|for my|our ~? {_RUNS_OUT} ~? on|at|by|in|before|this|next"
            "|at_the_end_of|end_of|around the? {word}",
            "holiday|vacation|trip|flight|flights|wedding|move|lease|notice ~? booked|planned"
            "|coming_up|due|ending ~ need|want to? know|hear|an_answer|a_decision",
        ),
        reader_tone=True,
        stages=frozenset({"check_in", "final_follow_up", "answer_delay", "thank_you"}),
        without_stage=False,
    ),
    Rule(
        id="copying_in",
        kind="match",
        severity="warning",
        section="avoid/#too-many",
        message=(
            "Copying others in {found} turns a check-in into pressure; write to your one contact."
        ),
        patterns=(
            # Copying named people in: "I copy also Mme Girard and M. Petit".
            rf"(?:(?<!\w)(?i:I|I['’]m|I\s+am|I['’]ve|I\s+have)[ \t]+(?i:copy|copying|copied|cc"
            rf"|cc['’]?d|cc['’]ing|bcc|bcc['’]?d)(?:[ \t]+(?i:also|in|too))*"
            rf"|(?<!\w)(?i:copy|copying|cc|bcc)"
            rf"(?:[ \t]+(?i:also|in|too))+)[ \t]+{_COPIED}(?:[ \t]*(?:,|and|&)[ \t]*{_COPIED})*",
            rf"(?m:^)(?:Hi|Hello|Dear|Hey|Good\s+(?:morning|afternoon|evening|day))[ \t]*,?[ \t]+"
            rf"{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*[ \t]*,?[ \t]+(?:and|&)[ \t]+{_PERSON},?",
            r"(?m:^)(?i:(?:hi|hello|dear|hey)[ \t]+(?:all|everyone|both|team|panel|"
            r"all\s+three|the\s+panel|you\s+all))(?!\w)"
            # ... with the rest of the greeting: "Hi everyone on the panel,".
            r"(?:[ \t]+(?i:on|in|from|of)[ \t]+(?i:the|your)[ \t]+(?i:interview[ \t]+)?"
            r"(?i:panel|team|committee|hiring[ \t]+team|board))?,?",
            _TO_THE_PANEL,
        ),
        families=(
            "copy|cc|bcc also|too|in {name}",
            "copy|cc|bcc also|too|in your|the manager|boss|team|colleague|colleagues|recruiter"
            "|panel|HR|director|head",
            "writing|emailing|messaging|sending|asking|addressing ...? to? you_all|all_of_you"
            "|you_both"
            "|both_of_you|the_three_of_you|all_three_of_you|the_whole_panel|the_entire_panel"
            "|each_of_you",
            "included|including|added|adding|copied|copying ...? each|all|every|both|the_rest"
            "|the_other"
            " ~? of? my|the|your? interviewers|panel|panelists|panellists",
            "copied|cc'd|cc'ed|cced|cc'ing|copying|looped|looping|bcc'd|bcc'ed in? {name}",
            "copied|cc'd|cc'ed|cced|cc'ing|copying|looped|looping|bcc'd|bcc'ed in? your|the|HR"
            "|each|every|both"
            "|everyone|all {word}?",
            "writing|sending|asking|emailing|messaging|reaching_out|checking_with|sent"
            "|sending ...? to? everyone|everybody|each|all|both|every|the_whole|the_entire",
            "separately|individually|each with|asking? the_same question|check-in|note|message",
            "any_of_you|one_of_you|either_of_you|whichever_of_you",
            # Saying the note went to all of them: "I've written to all three of you".
            f"{_I_WROTE} ~? to {_TO_ALL_OF_YOU}",
            "whoever sees|reads|gets|picks_up|opens this|it",
            "also|separately emailed|messaged|contacted|asked|written_to"
            "|reached_out_to {name} and {name}",
            # Writing to each interviewer: 'I've emailed each of the four interviewers'.
            "emailed|messaged|written_to|wrote_to|contacted|asked|reached_out_to|pinged|called ~?"
            " each|every|all|both of? the|your ~? interviewers|panelists|panellists|panel|members"
            "|interviewer",
            # Others kept in copy: 'marking all three interviewers in CC'.
            "marking|marked|putting|put|keeping|kept|adding|added|including|included|looping"
            "|looped ~ in|on|into cc|CC|Cc|bcc|copy|the_loop",
            # The other interviewers asked too.
            "messaged|emailed|contacted|written_to|wrote_to|asked|pinged|reached_out_to|called"
            " the|your other|rest_of_the|remaining|other_two|other_three interviewers|panelists"
            "|panellists|panel_members|members_of_the_panel",
            # Two people asked at once.
            "reached_out_to|emailed|messaged|contacted|asked|written_to|pinged {name} and {name}"
            " as_well|too|also|separately",
            # The same question put to someone else: "I emailed Hannah the same question too".
            "emailed|messaged|asked|wrote_to|written_to|pinged|texted|contacted|sent|put_to"
            "|asking|emailing|messaging {name} the|this|that same|identical question|note"
            "|message|email|thing|query",
            "put|sent|raised|asked|emailed the|this|that same|identical question|note|message"
            "|email|query ~ to|with {name}",
        ),
        reader_tone=True,
        stages=frozenset({"check_in", "final_follow_up", "answer_delay"}) | SAYING_NO,
        without_stage=False,
    ),
    Rule(
        id="second_channel",
        kind="match",
        severity="warning",
        section="channels/#both",
        message=(
            "The same question on a second channel {found} counts as too many messages: keep "
            "check-ins to one email."
        ),
        families=(
            # A note sent on LinkedIn or a chat app as well: "dropped him a note on LinkedIn".
            "dropped|dropping|drop|sent|sending|send|shot|shooting|shoot|popped|popping|pop"
            "|fired_off|firing_off|fire_off|wrote|written|writing|left|leaving you|him|her|u"
            f" {_SENT_NOTE} ~? on|via|over|through|in {_SECOND_CHANNELS}",
            "dropped|dropping|drop|sent|sending|send|shot|shooting|shoot|popped|popping|pop"
            "|fired_off|firing_off|fire_off|wrote|written|writing|left|leaving {name}"
            f" {_SENT_NOTE} ~? on|via|over|through|in {_SECOND_CHANNELS}",
            "sent|sending|send|dropped|dropping|drop|posted|posting|left|leaving|wrote|writing"
            f" {_SENT_NOTE} to|for you|him|her ~? on|via|over|through|in {_SECOND_CHANNELS}",
            "sent|sending|send|dropped|dropping|drop|posted|posting|left|leaving|wrote|writing"
            f" {_SENT_NOTE} to|for {{name}} ~? on|via|over|through|in {_SECOND_CHANNELS}",
            # Sent there with no one named before the note: "and sent a message on LinkedIn to
            # Mrs Oyelaran".
            f"{_I_AND} sent|dropped|shot|fired_off|popped|left {_A_NOTE_THERE} ...? on|via|over"
            f"|through|in {_SECOND_CHANNELS}",
            # Them messaged or tried there: "pinged Mark on LinkedIn", "I'll try you on WhatsApp".
            "messaged|pinged|DMed|DM'd|InMailed|contacted|wrote_to|written_to|reached_out_to"
            "|write_to|reach_out_to|messaging|pinging|DMing|contacting|writing_to"
            "|reaching_out_to|try|trying|tried|catch|catching you|him|her|u"
            f" ~? on|via|over|through {_SECOND_CHANNELS}",
            "messaged|pinged|DMed|DM'd|InMailed|contacted|wrote_to|written_to|reached_out_to"
            "|write_to|reach_out_to|messaging|pinging|DMing|contacting|writing_to"
            "|reaching_out_to|try|trying|tried|catch|catching {name}"
            f" ~? on|via|over|through {_SECOND_CHANNELS}",
            # The verbs that are also nouns, said by the writer: "I'll message you on LinkedIn",
            # not "the message you sent on LinkedIn".
            f"{_I_ABOUT_TO} message|ping|DM|InMail|contact you|him|her|u ~? on|via|over|through"
            f" {_SECOND_CHANNELS}",
            f"{_I_ABOUT_TO} message|ping|DM|InMail|contact {{name}} ~? on|via|over|through"
            f" {_SECOND_CHANNELS}",
            # On LinkedIn, the same question already emailed: "I had emailed Ms. Priyanka from
            # HR yesterday also".
            f"{_EMAILED} {{person}} ~? {_JUST_NOW}",
            f"{_EMAILED} HR|the_recruiter|your_recruiter|recruitment|the_hiring_team"
            f"|talent_acquisition|your_colleague|your_team|the_team ~? {_JUST_NOW}",
        ),
        reader_tone=True,
        # A LinkedIn note after the thank-you email is what the guide suggests; a check-in
        # sent there too doubles up.
        channels=frozenset({"email", "linkedin_message"}),
        stages=frozenset({"check_in", "final_follow_up", "answer_delay", "competing_offer"}),
        without_stage=False,
    ),
    Rule(
        id="deadline_after_no",
        kind="match",
        severity="warning",
        section="replies/#feedback",
        message=(
            "A date set for them {found} after a no reads as a demand; ask for feedback lightly, "
            "with no deadline."
        ),
        patterns=(rf"(?=\w)\b(?i:{_BY_WHEN})(?!\w)",),
        hints=("by", "before", "no later", "until", "within"),
        # A time set without "by": "feedback this week", "the scores asap".
        families=(
            "feedback|breakdown|scores|explanation|debrief|notes|reasons|reasoning ...? asap"
            "|promptly|urgently|straight_away|right_away|at_your_earliest_convenience"
            "|as_soon_as_possible|by_return|at_the_earliest|without_delay|this_week_please"
            "|in_the_next_few_days|in_the_next_day_or_two|first_thing|soon_please",
            # A window set for them: "within the next 48 hours", "in the next two working days".
            "grateful|appreciate|appreciated|expect|need|want|like|send|share|provide|forward"
            "|reply_to_me|respond_to_me|get_back_to_me|come_back_to_me|hear_back|hear_from_you ~"
            " within|in_the_next|over_the_next the? next? {count}? hours|days|working_days"
            "|business_days|week|24h|48h|72h|hrs",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="pitch_to_recruiter",
        kind="match",
        severity="warning",
        section="situations/#recruiter-thank-you",
        message=(
            "Making the case for your fit {found} in a note to the recruiter: they arrange the "
            "process rather than judge your skills, so thank them for that instead."
        ),
        families=(
            # Reminding them of the case for you: "I'd also like to remind you that I've led
            # teams", "a summary of my key qualifications", "To recap my strengths".
            "remind|reminding you|the_panel|them|everyone|the_team ...? that? I|I've|I_have|I'm"
            "|I_am|my",
            f"recap*|summar*|rundown|run-down|reminder|re-list|relist|rehash*|restat*|reiterat*"
            f"|overview|outline|list ...? of|all? my|why {_CV_PARTS}|I'm|I_am|I'd|my",
            "tell|let|remind|inform|mention_to|pass_on_to|share_with|relay_to|flag_to|highlight_to"
            "|mention|share|relay|flag the_panel|the_hiring_manager|the_manager"
            "|them|the_team|the_interviewers|everyone ...? that? I|I've|I_have|I'm|I_am|my",
            "stress|emphasise|emphasize|highlight|underline|push|flag|champion|advocate_for"
            "|put_forward my|me ~ to|with the_panel|the_hiring_manager|the_manager|the_interviewers"
            "|them",
            # Recapping the case for whoever decides: "Just to recap for the committee", "to
            # summarise for the panel", "a quick rundown for the hiring manager".
            "recap*|summar*|sum_up|sum_it_up|reiterat*|restat*|rundown|run-down|reminder|overview"
            " ...? for|to the|your committee|panel|board|hiring_manager|hiring_team|interviewers"
            "|selection_committee|search_committee|hiring_committee|decision-makers"
            "|decision_makers|manager|assessors|faculty|department|director",
            # Stressing the fit, or sending the strengths on with the CV: "I just wanted to stress
            # again how perfectly my background fits the brief", "re-share it with the panel
            # along with my strengths".
            "stress*|emphasi*|emphasiz*|underlin*|highlight*|reiterat*|repeat* ...? how|just_how"
            " well|perfectly|closely|strongly|ideally|neatly|exactly",
            "along_with|together_with|alongside|plus|and_also my strengths|achievements|key_skills"
            "|selling_points|highlights|case|pitch|suitability|credentials",
            "put|putting in a word for me",
            "put_in_a_good_word|put_a_good_word_in|vouch_for_me|advocate_for_me|push_my_application"
            "|champion_my_application",
            "keep_in_mind|bear_in_mind|note|remember ...? that? I've|I_have|I'm|I_am|I've_got|my",
            "I've|I_have|I've_got|I_have_got|I_possess the|all_the exact|right|perfect|relevant"
            "|necessary|required skills|experience|background|qualifications|profile",
            "my ~ is|are|makes|make exactly|precisely|just what ...? need*|want*|looking_for|after",
            "my ~ make|makes me the|a|an perfect|ideal|right|obvious|strong|great|best|strongest"
            "|most_suitable|most_qualified|natural|clear|standout|top person|fit"
            "|candidate|choice|hire|match",
            "I'm|I_am confident|sure|certain ...? my|I ~ exactly|precisely|just_what|perfect|ideal",
            # Being what they need: "I'm confident I'm what Hollis Foods needs".
            "I'm|I_am|I'd_be|I_would_be|I'll_be exactly|precisely|just? what|who ...? need*|want*"
            "|looking_for|are_after|require*|search*_for",
            "see|show|demonstrate|prove* my|why|how fit|suitability|I'm|I_am|I'd|I_would",
            "why my {word}? background|experience|skills|profile|CV|record suits|fits|matches"
            "|is_right_for|makes_me",
            "hit_the_ground_running|hit_the_floor_running|add_value_from_day_one"
            "|contribute_from_day_one|make_an_impact_from_day_one|be_productive_from_day_one",
            "I|I'd|I_would|I'll|I_will|I_can|I_could hit the ground|floor running",
            "with|as_a|as_an {word}? ...? decade|decades|years of|in experience?",
            "I've|I_have|I've_got|I_have_got|I_bring|I_hold|I've_held|with ...? {word}? years"
            "|decade"
            "|decades of|in|as",
            "so|just_so|in_case you|the_panel|they|the_manager|the_hiring_manager have|know|see"
            "|can_pass_on|can_share|pass_on it|this|that ...? for|to|before|with the|your panel"
            "|hiring_manager|interviewers|manager|team|decision",
            "I'd|I_would|I'll|I_will|I_think_I'd be ...? real|great|huge|valuable|strong asset"
            "|addition|fit|hire",
            # A result or a reminder slipped in: "As you know, I delivered the water project 12%
            # under budget", "For what it's worth I reckon my 7 years ...".
            "as you_know|you_may_know|you'll_know|you_will_know|you_saw|you'll_have_seen"
            "|you_will_have_seen|you_may_recall|you'll_recall|a_reminder|you_can_see I|I've"
            "|I_have|I'm|I_am|my",
            "delivered|led|grew|built|cut|saved|increased|reduced|scaled|launched|won|doubled"
            "|tripled|achieved|exceeded|beat|hit|ran|managed|closed|generated|drove ~ {percent}",
            "delivered|led|ran|managed|finished|completed|shipped|brought_in ~ under|within|on"
            "|ahead_of budget|schedule|time|target",
            "for_what_it's_worth|FWIW|fwiw I|I'm|I_am|I've|I_have|I_reckon|I_think|I_believe|my",
            "my experience|background|skills|profile|skillset|skill_set|CV ~ aligns|align"
            "|matches|match|maps|fits perfectly|closely|exactly|neatly|strongly|well? with|to"
            "|onto",
            # A record slipped in: "I've led warehouse teams of 40 across three sites", "I also
            # ran the night shift", "I hit every pick-rate target last year".
            "I|I've|I_have|I_also|I've_also|I_have_also|I_previously|I_successfully|I_personally"
            " led|lead|managed|manage|ran|run|supervised|supervise|headed|head|oversaw|overseen"
            "|oversee|coached|mentored|trained|built|grew|grown|scaled ...? teams|team|crews"
            "|crew|staff|departments|department|sites|site|branches|stores|shifts|shift|projects"
            "|people|operations|a_workforce",
            "I|I've|I_have|I_also|I've_also|I_have_also led|managed|ran|supervised|headed|oversaw"
            "|overseen|trained|coached|mentored {count}",
            "I|I've|I_have|I_also|I've_also|I_consistently|I've_consistently hit|met|beat"
            "|exceeded|smashed|surpassed|outperformed|topped every|all|each|my ...? target|targets"
            "|KPI|KPIs|quota|quotas|goal|goals|budget|budgets",
            "as you'll|you'll|you_will|you_can|you_may|you_might ...? see|seen|noticed|note"
            "|tell from|on|in my CV|résumé|resume|application|profile|portfolio|LinkedIn",
            "I_was|I've_been|I_have_been|I'm|I_am|I_was_also|I_was_previously responsible"
            "|accountable|in_charge for|of ...? a|the|my? team|teams|crew|crews|staff|department"
            "|site|sites|budget|budgets|branch|store|shift|project|projects|operations",
            "pass|passing|relay|relaying on|along that? I'm|I_am|I've|I_have|I_hold|I_was",
            "as my CV|résumé|resume|application|profile|portfolio|record shows|show|showed"
            "|demonstrates|demonstrate|outlines|sets_out|details|highlights",
            # The writer's character offered as the case: "I'm a quick learner, so ...", "I'm a
            # natural communicator", "I pick new systems up fast".
            f"I'm|I_am|I've_always_been|I_consider_myself|I_see_myself_as|I'd_describe_myself_as"
            f" a|an {_CLAIM_ADJECTIVES}|{_TRAITS}|{_MORE_TRAITS}? {_CLAIM_NOUNS}",
            "I learn|adapt|pick_things_up|pick_up_new_things|pick_up_new_systems"
            "|pick_new_systems_up|pick_up_new_software|get_up_to_speed quickly|fast|rapidly"
            "|in_no_time",
        ),
        reader_tone=True,
        stages=frozenset({"recruiter_thanks"}),
        without_stage=False,
    ),
    Rule(
        id="closing_door",
        kind="match",
        severity="warning",
        section="situations/#declining-an-offer",
        message=(
            "Closing the door {found}: keep it open; you may want to work with them, or they "
            "with you, later."
        ),
        families=(
            "no_need|there's_no_need|don't|do_not|please_don't|please_do_not ...? to? keep|hold"
            "|retain|store my details|CV|information|profile|application|data ...? on_file"
            "|for_future|on_record",
            "don't|do_not|please_don't|please_do_not contact|email|call|message me ...? again"
            "|in_future|about_future",
            "I'll|I_will|I'd|I_would never|not ...? apply|work|consider|recommend ...? again|here"
            "|there|for_you",
            # Ruling out any future with them, in other words.
            "don't|do_not|can't|cannot|couldn't|could_not|no_longer see|imagine|picture myself"
            " ...? apply*|reapply*|working|work*|interview*|coming_back|returning|joining|being"
            "|trying ...? again|here|there|with_you|for_you|with_your|for_your|at_your|to_your"
            "|with_the|for_the|with_this|for_this",
            "I_won't|I_will_not|I'll_not|I_doubt_I'll|I_doubt_I_will|I_don't_think_I'll"
            "|I'm_not_going_to|I_shan't|won't_be|I_can't_see_myself|never_going_to ...? apply*"
            "|reapply*|bother*|consider*|return*|come_back|coming_back|be_back|be_applying"
            "|be_in_touch|be_reapplying|try ...? again|in_future|in_the_future|anymore|any_more"
            "|here|there|with_you|with_your|to_you|to_your|future|for_future|for_any_future",
            "remove|delete|erase|take|wipe me|my ...? details|data|CV|profile|information|name"
            "|application ...? from|off your|the list|lists|database|system|records|talent_pool"
            "|mailing_list|books|files",
            "not|no_longer|never interested in|in_hearing_about any? future|further|other roles"
            "|opportunities|openings|positions|vacancies|contact",
            "lose|delete|bin my number|details|email|contact",
            "burn*|burning|burnt|burned ...? bridges|bridge|my_bridges",
            "this|that is|'s|will_be the_last|goodbye|farewell you'll|you_will hear|see from|of me",
            "won't|will_not|shan't|wouldn't|would_not be hearing|seeing from|of me ...? again"
            "|anymore|any_more",
            "you|you'll|you_will won't|will_not|shan't|never hear|see from|of me ...? again"
            "|anymore",
            "no|any|further|future need|point|reason to? contact|keep|reach_out|get_in_touch"
            "|email|call ...? me",
            # Bridges burnt after a no: 'remove me from your talent pool', 'thanks for nothing'.
            "remove|delete|take|strike me|my_details|my_name|my_CV|my_profile ...? from|off"
            " your|the talent_pool|database|list|lists|records|system|books|mailing_list",
            "thanks_for_nothing|more_fool_you|your_loss|good_riddance|never_again"
            "|you'll_need_it|you_will_need_it|dodged_a_bullet|I_dodged_a_bullet|it's_a_relief"
            "|what_a_relief",
            "take|taking my skills|talents|talent|experience|expertise|business elsewhere",
            "share|post|leave|write ...? my|a|an ...? experience|review|honest_review ...? on"
            " Glassdoor|Indeed|LinkedIn|Reddit",
            "Glassdoor|Indeed ...? review|reviews|post",
            "don't|do_not|no_need_to|never bother|ever contacting|contact|emailing|calling"
            "|reaching_out",
            "wasting|wasted|waste ...? my|two|three|a_week|a_month|weeks|months|all_that ...?"
            " time|weeks|days|months|effort",
            "wasn't|was_not|never_was|wasn't_even ...? that|all_that|really|particularly|very"
            " keen|interested|bothered|fussed|sold ...? on the|this|your? role|job|position"
            "|company|anyway",
            "won't|will_not|shan't|I'll_never|I_will_never ...? trouble|bother|contact"
            "|apply_to|apply_with|approach|email ...? you|again",
            "won't|will_not|shan't|I'll_never|I_will_never ...? trouble|bother|contact"
            "|apply_to|apply_with|approach|email {word} again",
            "isn't|is_not|wasn't|was_not ...? the_right_place|a_place|the_place for talented"
            "|good|skilled|real people|engineers|talent",
            "worth the wait|hassle|delay you|your|they ...? put",
            "stop wasting|stop_chasing my|your ...? time|breath",
            "obviously|clearly not|aren't|are_not|weren't ...? interested",
            "understand|got|get|hear the_message|the_hint|the_point ...? loud_and_clear|clearly",
            "guess|I_guess that's|that_is|it's a no|no_then",
            # A sulky shrug at the no: "I suppose I'll just have to look elsewhere then".
            "have_to|need_to|got_to|gotta|better|must ...? look|search|try|go|apply|hunt|seek"
            "|turn|take_my_chances|take_my_talents ...? elsewhere|somewhere_else|someplace_else"
            "|other_places|further_afield",
            "suppose|guess|reckon|presume|expect I'll|I|I'd|I_will ...? just|have_to|better|go"
            "|keep|must ...? look*|search*|apply*|elsewhere|move_on|moving_on|try_elsewhere"
            "|somewhere_else|back_to",
            "back_to_the_drawing_board|back_to_square_one|back_to_the_job_boards"
            "|back_to_the_job_hunt|back_to_the_job_search|back_to_job_hunting ...? then|I_guess"
            "|I_suppose|it_is|it_seems|again",
            "won't|will_not|shan't|I'll_never|I_will_never|never ...? be? applying|apply"
            "|working|work|bothering ...? to|with|for|at ~ again|anymore|in_future",
            # A parting jab at whoever they chose: "Good luck finding someone who can actually
            # animate", "enjoy training someone half as experienced".
            "good_luck|best_of_luck|have_fun|enjoy|lol_good_luck finding|replacing|hiring|training"
            "|getting|with someone|somebody|anyone|anybody|another|your_new_hire|the_new_hire"
            "|whoever ...? actually|even|half|better|as_good|as_qualified|as_experienced"
            "|more_qualified|more_experienced|like_me|my|me|cheaper|cheap|properly|lol|lmao",
            "do_not|don't|dont|never|please_do_not|please_don't|kindly_do_not|kindly_don't"
            " reach_out|contact_me|contact_us|email_me|call_me|message_me|write_to_me"
            "|get_in_touch|bother_me|approach_me|send_me|add_me|keep_me|ping_me ...? again"
            "|anymore|any_more|further|ever|in_future",
            "do_not|don't|never|please_do_not|please_don't|kindly_do_not reach_out|contact"
            "|email|call|message|write",
            "bridge|bridges ...? burnt|burned|burning|torched|gone|well_and_truly_burnt"
            "|up_in_flames",
            "burn*|torch*|burnt ...? the|this|that|my|our|any|all|every ...? bridge|bridges|boats",
            "review|reviews|rating|ratings|post|write-up|writeup|thread|comment on|to|over_on"
            " Glassdoor|Trustpilot|Reddit|Indeed|Google|LinkedIn|Twitter|TikTok|Blind|Fishbowl"
            "|AmbitionBox",
            "shar*|tell*|warn*|post*|spread* ...? this|it|my_experience|the_word|everyone"
            "|about_this ...? with|to|among|across ...? the|my|our|all|every|professional ...?"
            " institute|Institute|network|contacts|cohort|followers|colleagues|peers|community"
            "|union|professional_body|regulator|press|members|classmates|friends|alumni|group"
            "|groups|connections|circle",
            "tell*|warn*|let ~ network|contacts|cohort|followers|colleagues|peers|community"
            "|friends|connections|everyone|everybody|alumni|classmates ...? why|about_this"
            "|about_you|about_it|how|what_happened|know_why|know_how|know_what|exactly",
            "lost|lose|losing ...? a|an|one|me_as_a|yourself_a ...? customer|client|user"
            "|shopper|patient|account|advocate|fan|supporter|subscriber|member|ally|ambassador",
            "won't|will_not|shan't|shall_not|wouldn't|would_not|would_never|will_never|never"
            "|no_longer|can't|cannot ...? be? recommend*|endors*|refer*|vouch* ...? your|you"
            "|the|this|them|anyone|anybody|my|friends|people",
            "darken* your|the|their door|doorstep|doors|doorway",
            "won't|shan't|will_not|shall_not|never|won't_ever|will_never ...? be? troubl*"
            "|bother*|apply*|darken*|waste* ...? you|your|the|them ...? again|ever|anymore"
            "|any_more|in_future|further",
            "won't|shan't|will_not|shall_not|never|won't_ever|will_never ...? be? troubl*"
            "|bother*|apply*|darken*|waste* ...? to? {name} again|ever|anymore|any_more"
            "|in_future|further",
            "done|finished|through with you|your|this|the|them ...? company|firm|lot"
            "|organisation|organization|place|outfit|bank|agency|people|process",
            "I'm|I_am|we're ...? done|finished|through with|dealing_with you|your|this|them",
            "shan't|won't|will_not|shall_not|never ...? be? troubl*|bother*|pester*|burden* {name}",
            "shan't|won't|will_not|shall_not|never ...? be? troubl*|bother*|pester*|burden* you"
            "|your|them|the ...? again|further|with|any_more|anymore",
            "make_sure|ensure|see_to_it ...? everyone|everybody|people|others|the_world"
            "|my_network|the_industry|my_colleagues|my_contacts ...? knows|know|hears|hear"
            "|finds_out|find_out|is_aware|are_aware|learns|learn",
            "how you|your_company|your_firm|you_people|your_team treat|treated|handle|handled"
            " candidates|applicants|people|me|job-seekers|jobseekers",
            "warn*|put*|steer*|scar* ...? others|people|everyone|friends|colleagues|anyone|folk"
            "|them ...? off|against|away_from|clear_of ...? applying|working|joining|you|this"
            "|your",
            "rais*|lodg*|fil*|mak*|submit*|escalat*|put_in|putting_in ...? a|an ...? formal"
            "|official? complaint|grievance|case|appeal",
            "complain*|escalat*|report* ...? this|it|you ...? to|with ...? your|the ...? HR"
            "|HR_director|CEO|board|ombudsman|regulator|manager|boss|head|director|MD"
            "|managing_director|union|lawyer|solicitor|attorney|tribunal",
            "in_touch|speaking|talking|writing ...? with|to your|the ...? HR|HR_director|CEO|MD"
            "|managing_director|director|board|boss|manager|head|ombudsman|regulator|union"
            "|lawyer|solicitor|attorney ...? about|regarding|over this|it|the|how",
        ),
        reader_tone=True,
        stages=SAYING_NO | {"reply_rejection", "final_follow_up"},
        without_stage=False,
    ),
    Rule(
        id="panel_in_one",
        kind="match",
        severity="warning",
        section="personalizing/#each-interviewer",
        message=(
            "One note to the whole panel {found}: write to each interviewer separately, each "
            "note with something from your conversation with that person."
        ),
        patterns=(
            rf"(?m:^)(?:Hi|Hello|Dear|Hey|Good\s+(?:morning|afternoon|evening|day)|Thank\s+you|Thanks"
            rf"|Many\s+thanks)[ \t]*,?[ \t]+{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*[ \t]*,?[ \t]+"
            rf"(?:and|&)[ \t]+{_PERSON},?",
            r"(?m:^)(?i:(?:hi|hello|dear|hey)[ \t]+(?:all|everyone|both|team|panel|"
            r"all\s+three|the\s+panel|you\s+all))(?!\w)",
            _TO_THE_PANEL,
        ),
        families=(
            "thanks|thank_you|grateful|hi|hello|dear to? the|all? three_of_you|four_of_you"
            "|five_of_you"
            "|two_of_you|you_three|you_four {rest}?",
            "bcc'd|bcc'ing|bcc'ed|bcced|cc'd|cced|cc'ed|copied ~ interviewers|panellists|panelists"
            "|panel|colleagues",
            "one|a_single combined|joint|group|collective note|email|message|thank-you",
            "three_of_you|four_of_you|five_of_you|two_of_you|you_three|you_four {rest}?",
            # Greeting or thanking everyone at once, or saying the note goes to all of them.
            "thank_you|thanks|many_thanks|hello|hi|hey|greetings|dear all|everyone|everybody|team"
            " {bang}",
            "thank_you|thanks|many_thanks|hello|hi|hey|greetings|dear all|everyone|everybody"
            "|all_of_you|each_of_you|both_of_you|you_all|y'all|you_both|both|collectively"
            "|team|panel {rest}?",
            "hello|greetings|hi|hey to all_of_you|everyone|you_all|each_of_you|all {rest}?",
            "writing|sending|send|write|addressing|emailing ~ to each|all|everyone|everybody"
            "|the_whole|the_entire|both|you_all|all_of_you|each_of_you {rest}?",
            "one|a_single|the_same note|email|message|thank-you|thanks to|for all|everyone"
            "|the_whole|each|both|every {rest}?",
            "cc'd|cc'ing|cced|cc'ed|bcc'd|bcc'ing|bcc'ed|bcced|copied|copying|looped"
            "|looping ~ whole|entire|each|every|all|everyone|both|panel {rest}?",
            "each_of_you|all_of_you|both_of_you|all_three_of_you|all_four_of_you|you_both {rest}?",
            "get|gets|receive|receives|see|sees the_same thank-you|thanks|note|message|email|words",
            # The one note sent to everyone: "I'm sending you all the same note".
            "I'm|I_am|I've|I_have|I'll|I_will|I|we're|we? sending|send|sent|writing|emailing"
            "|giving|copying you_all|all_of_you|you_both"
            "|both_of_you|each_of_you|everyone|everybody|you_three|the_three_of_you"
            "|all_three_of_you|the_panel ~? the_same|one|a_single|a_joint|a_combined|this_one note"
            "|email|message|thank-you|thank_you|thanks|words|reply",
            # Saying they are all on the one email: "I've put you all on one email".
            "I've|I_have|I|I'm|I_am|we've|we put|putting|included|including|added|adding|lumped"
            "|lumping|grouped|grouping|bundled|kept|keeping|got|have|popped|cc'd|copied you_all"
            "|all_of_you|everyone|everybody"
            "|you_both|both_of_you|you_three|you_lot|you_guys|the_whole_panel|the_panel|you"
            " together? on|in|into|onto one|a_single|the_same|this|a_group|a_joint|a_combined"
            "|one_big email|note|message|thread|reply|thank-you",
            "dear|hello|hi|hey|greetings the? interview|hiring|selection|recruitment"
            "|search? panel|committee|panelists|panellists members?",
            "thank_you|thanks|grateful to the? whole|entire|full panel|committee|all_of_you"
            "|each_of_you {rest}?",
            # The note to all in other words or languages: "To the four of you who interviewed
            # me", "hope you don't mind the group email", "reply-all'ing to the invite",
            # "Bonjour à tous".
            "to|for the|all? two_of_you|three_of_you|four_of_you|five_of_you|both_of_you|lot_of_you"
            " {rest}?",
            "the|this|my|a group|joint|combined|collective|shared|round-robin email|note|message"
            "|thank-you|reply|mail",
            "reply-all|reply-all'ing|reply-alling|replying-all|replying_all|replying_to_all"
            "|reply_all|reply_to_all|hitting_reply_all|hit_reply_all {rest}?",
            "y'all|yall|you_guys|you_lot|youse|all_y'all {rest}?",
            # The writer sending it to them all: "I'm sending this to all three of you".
            f"{_I_WROTE} ~? to {_TO_ALL_OF_YOU} {{rest}}?",
            "same|identical note|email|message|thank-you|words to|for|going_to|goes_to|sent_to"
            "|also_to {name}",
            "bonjour|salut|coucou|hola|olá|hallo|ciao|buongiorno|hej|hoi à|a? tous|toutes"
            "|tout_le_monde|todos|todas|tutti|alle|allerseits|zusammen|iedereen|allemaal|allihop",
        ),
        stages=frozenset({"thank_you", "linkedin_note"}),
        without_stage=False,
    ),
    Rule(
        id="sent_too_soon",
        kind="match",
        severity="warning",
        section="timing/#thank-you",
        message=(
            "Writing {found} so soon after the interview reads as pre-written; give it an hour "
            "or two and send it from somewhere calm."
        ),
        families=(
            "haven't|have_not|not_even|barely|before_I've|before_I_even left|got_home|reached_home"
            "|made_it_home|got_to_my_car|got_to_the_car|started_the_car|left_the_building"
            "|left_the_parking_lot|left_the_car_park",
            "still in|at|outside the|your car_park|carpark|parking_lot|lobby|reception|foyer",
            "writing|sending|typing|texting this|to_you|you_this? from|in|on|outside the|my|your"
            " ...? ute|driveway|carpark|forecourt|foyer|garage|stairwell|footpath|pavement|kerb"
            "|curb|doorstep|bus_stop|tram|subway|metro|tube|lobby|corridor|waiting_room|car"
            "|car_park",
            "just|only_just jumped|hopped|got|climbed|sat in|into the|my ute|car|truck|van|cab"
            "|taxi|uber"
            "|train|bus",
            "just|literally_just|only_just got|hung|logged|came|hopped|jumped off|out_of our|the"
            "|your Zoom"
            "|call|Teams|Meet|interview|video_call|phone",
            "hear from me so|this quickly|soon|fast",
            "had|have this|my|the note|email|message|thank-you|thanks ready|drafted|written"
            "|prepared"
            " before|ahead|in_advance",
            "wrote|drafted|prepared|written this|the|my note|email|message|thank-you before"
            "|ahead_of"
            "|in_advance|prior_to",
            "writing|sending|typing this? from|in|on|outside the|my|your ...? car|truck|van"
            "|parking_lot"
            "|car_park|lobby|train|bus|station|reception|lift|elevator|cab|taxi",
            "just|only_just walked|stepped|got|came|left|headed|hopped|jumped out|outside|back"
            "|into|in|from|to ... car|truck|van|parking_lot|parking|car_park|lobby|building"
            "|office|interview|train|bus|station|street|lift|elevator|meeting|cab|taxi",
            "writing|sending|typing this? from|in|on the|my|your car|truck|van|parking_lot|car_park"
            "|lobby|train|bus|station|reception|lift|elevator|cab|taxi|phone",
            "still in|sitting_in|outside|parked_outside the|your|my car_park|parking_lot|lobby"
            "|car|truck|van|building|office|reception",
            "before I forget|forgot",
            "minutes|moments|seconds after|since ...? interview|we_finished|leaving|we_spoke"
            "|our_chat|our_call|walking_out",
            "just|only_just|literally hung_up|got_off_the_phone|got_off_the_call"
            "|came_off_the_call|got_off_zoom|logged_off|left_the_call|left_the_zoom"
            "|left_the_building|walked_out|stepped_out|finished_the_call|finished_our_call"
            "|ended_the_call",
            "ended|finished|dropped|wrapped_up|closed|concluded|over|ended_only|hung_up"
            "|left ~ minute|minutes|mins|min|moment|moments|second|seconds|secs|instant ago",
            "ended|finished|dropped|wrapped_up|concluded|over just_now|moments_ago|a_moment_ago",
            "as_soon_as|the_moment|the_second|the_minute|the_instant|right_after"
            "|straight_after|immediately_after|just_after|within_minutes_of|within_seconds_of"
            "|seconds_after|minutes_after ~ closed|left|leaving|ended|finished|hung_up"
            "|walked_out|logged_off|stepped_out|we_finished|we_hung_up|we_spoke|our_call"
            "|our_interview|our_meeting|our_chat|our_conversation|the_call|the_interview"
            "|the_meeting|the_zoom|the_teams_call|we_wrapped_up|we_said_goodbye",
            "haven't|have_not|hadn't|before_I've|before_I_have|before_I_had"
            "|before_I even? left|exited|closed|shut|got_out_of|walked_out_of"
            "|made_it_out_of ~? building|office|car_park|parking_lot|laptop|zoom|call|tab"
            "|premises|room|site",
            "before I even? close|shut|leave|exit|get_out_of|walk_out_of|log_off"
            "|hang_up ~? laptop|building|office|car_park|parking_lot|zoom|call|tab|premises"
            "|room|site|phone",
            "drafted|wrote|prepared|pre-wrote|prewrote|typed|composed this|my|the thank-you"
            "|note|email|message|thanks before|ahead_of|during",
            "mins|minutes|min|seconds|secs|moments after|since ~? call|meeting|zoom"
            "|teams|chat|session|conversation|interview|it|we_finished|we_spoke|leaving"
            "|we_hung_up",
            "minutes|mins|moments|seconds have|has? passed|gone_by|elapsed since",
            "I'm|I_am|here_I_am|currently|sitting|standing|waiting|still|writing_this"
            "|typing_this|sending_this ...? in|on|at|from the|my|your lift|elevator|lobby"
            "|car_park|parking_lot|parking_garage|parking_area|garage|reception"
            "|reception_area|train|bus|tube|taxi|cab|stairwell|foyer|waiting_room|bus_stop"
            "|train_station|station|platform|front_steps|car|truck|van",
            "writing|sending|typing|texting|emailing|messaging this|you|this_note"
            "|these_lines? from|in|on|at the|my|your|a ~? car|truck|van|parking_lot|car_park"
            "|parking_garage|parking_area|garage|lobby|train|bus|tube|station|reception"
            "|reception_area|lift|elevator|cab|taxi|foyer|waiting_room|bus_stop|stairwell"
            "|front_steps|corridor|hallway",
            "still in|sitting_in|outside|parked_outside|parked_in the|your|my parking_garage"
            "|parking_area|garage|reception_area|foyer|waiting_room|lift|elevator|bus_stop"
            "|corridor|hallway",
            "sending|send|writing|typing|firing_off|shooting_off this|you|this_note"
            "|this_thank-you|my_thanks immediately|straight_away|right_away|instantly|already",
            "fresh|straight|hot|just out_of|from our|the|my interview|call|meeting|zoom|chat",
            "haven't|have_not|not even? made_it|got|gotten to|back_to|out_to my|the car|home"
            "|station|train|bus|office|desk",
            "writing|sending|typing|texting this|you|this_note? from|in|at the|a coffee_shop"
            "|cafe|café|coffee_place|coffee_bar|canteen|waiting_area|pub"
            "|bench ~? across_the_street|across_the_road|next_door|round_the_corner"
            "|around_the_corner|downstairs|outside|nearby",
            "I'm|I_am|sat|sitting|standing|waiting in|at|on the waiting_area|canteen|bench"
            "|coffee_shop|cafe|café ~? downstairs|outside|across_the_street|across_the_road"
            "|next_door|nearby",
            "wrote|typed|written|penned|drafted this|these_lines|this_note ...? on|in|at"
            "|from the|my bus|train|tube|taxi|cab|car|lift|elevator|lobby|car_park"
            "|parking_lot|station|platform|way_home",
            "thank-you|thanks|note|message|email|this from|in|at the|your|my ~? car_park"
            "|parking_lot|parking_garage|parking_area|lobby|reception|lift|elevator|train|bus"
            "|tram|tube|taxi|cab|bus_stop|platform|station|foyer|waiting_room",
            "just|only_just left|exited your|the office|building|interview|premises|site"
            "|hospital|clinic|store|warehouse|call|meeting",
            "I'm|I_am|here_I_am|currently|sitting|standing|still ...? in|on|at the|my tram"
            "|metro|subway|underground|ferry|plane|flight|uber|train_home|bus_home|way_home",
            "before_I'd|before_I_had|before_I've even? left|exited|got_out_of"
            "|made_it_out_of the|your|my building|office|car_park|parking_lot|premises|site"
            "|room",
            # Sending it from where the interview ended: 'Firing this off from the car park'.
            "writing|firing|sending|typing|tapping|shooting|dashing|banging|knocking|bashing"
            "|emailing|messaging|thumbing ~? from|in|at the|your|my car_park|carpark|parking_lot"
            "|parking_garage|car|truck|ute|van|lobby|reception|foyer|bus_stop|lift|elevator"
            "|waiting_room|stairwell|building's_steps|front_steps",
            # Minutes out of the room.
            "minutes|moments|seconds out_of|after|since|from|after_leaving the|our|my|your?"
            " interview|meeting|call|chat|office|building",
        ),
        reader_tone=True,
        stages=frozenset({"thank_you", "phone_screen_thanks", "recruiter_thanks", "linkedin_note"}),
        without_stage=False,
    ),
    Rule(
        id="perks_question",
        kind="match",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "Asking about {found} before there is an offer puts what you want first; it comes "
            "up, and can be discussed, once they make one."
        ),
        families=(
            # Time off counted in a question: "the number of vacation days and how many home
            # office days are possible?"
            f"the|how_many|how_much number_of? {_DAYS_OFF} {{toq}}",
            # How big the perk is, or whether there is one: "how generous the pension is", "what
            # the on-call allowance comes to", "Is there a shift allowance?".
            f"how generous|good|big|much|high|decent|competitive the|your {{word}}? {_PERK_PAY}"
            " is|are|would_be|will_be",
            f"what|how_much the|your {{word}}? {_PERK_WORDS} comes_to|come_to|amounts_to"
            "|adds_up_to|works_out_at|works_out_as|pays|is_worth",
            f"is|are there a|an|any {{word}}? {_PERK_PAY} {{toq}}",
            f"how_much|what is|are|would_be|will_be the|your {{word}}? {_PERK_PAY} {{q}}",
            # A floor set above the current pay: "I'd be looking for at least 20% more".
            "looking_for|looking_at|expecting|expect|need|want|would_want|would_need|after"
            "|hoping_for|targeting|aiming_for|require|would_require|won't_move_for|wouldn't_move_for"
            "|won't_consider|wouldn't_consider ...? at_least|a_minimum_of|minimum|no_less_than"
            "|not_less_than|upwards_of {percent} more|increase|uplift|rise|raise|bump|on_top|above"
            "|hike|jump|over {rest}?",
            # How the pay and perks look, one or two of them: "what the shift allowance and
            # pension look like", "how the overtime and holiday pay work".
            f"what|how the|your|any {{word}}? {_PERKS}|{_MORE_PERKS}|{_PERK_WORDS} and|&|or"
            f"|plus|+ the|your? {{word}}? {_PERKS}|{_MORE_PERKS}|{_PERK_WORDS} look|looks|looked"
            "|would_look|will_look|might_look|is|are|would_be|will_be|work|works|would_work"
            "|work_out|are_structured|is_structured|are_calculated|is_calculated|compare"
            "|stack_up",
            f"what|how the|your {{word}}? {_PERKS}|{_MORE_PERKS}|{_PERK_WORDS} look|looks"
            "|would_look|will_look|might_look|would_be|will_be like|look_like {q}?",
            f"how the|your {{word}}? {_PERKS}|{_MORE_PERKS}|{_PERK_WORDS} work|works|would_work"
            "|operate|operates|is_structured|are_structured|is_calculated|are_calculated|is_paid"
            "|are_paid {q}",
            f"what|which kind|sort|type|level of {_PERKS}|{_MORE_PERKS}|{_PERK_WORDS} ...? is|are"
            "|would|do|does|you|comes|come|goes|go|the_role|this_role|the_job|the_post|on_offer"
            "|offered|available",
            # "Whats the bonus like?", with or without its apostrophe.
            # Living costs covered abroad: "does the package include accommodation".
            "does|do|would|will|whether|if|could|can ~ include*|come_with|comes_with|cover*"
            "|provide*|offer*|pay_for|pays_for|fund|funds|sponsor|sponsors ...? accommodation"
            "|housing|lodging|lodgings|a_flat|an_apartment|staff_housing|staff_accommodation"
            "|flights|flights_home|annual_flights|air_tickets|airfare|air_fare|home_leave|visa"
            "|visas|visa_costs|school_fees|schooling|tuition|a_car|transport|meals|a_driver"
            "|family_visas|medical|healthcare|insurance|a_phone|uniforms|laundry|relocation|board"
            "|food|utilities|end-of-service|end_of_service",
            "whats|wats|wots|what's|what_is|hows|how's|how_is the|your bonus|bonuses|pension"
            "|benefits|perks|leave|holiday|holidays|PTO|healthcare|insurance|commission|OTE"
            "|package|overtime|allowance like|situation|scheme|structure|policy|entitlement",
            "tell_me|share|confirm|let_me_know|send_me|give_me ...? the|your base|starting|annual"
            "|actual? salary|pay|commission|bonus|OTE|rate|split|package",
            "how many|much ...? days|hours|weeks ...? remote|from_home|WFH|off|leave|holiday"
            "|vacation",
            "free|discounted|subsidised|subsidized|complimentary|staff ...? flights|travel|parking"
            "|meals|lunches|lunch|food|gym|membership|tickets|accommodation|housing|transport"
            "|childcare|standby",
            "how many|much ...? days? of? annual_leave|holiday*|vacation*|PTO|paid_time_off|leave"
            "|sick_days|days_off|bonus*|overtime|remote_days|WFH_days|home_working_days",
            "what|what's|what_are|what_is|whether|if ...? the|your|any? annual_leave"
            "|holiday_allowance|vacation_policy|PTO|pension|bonus|bonuses|benefits|perks"
            "|leave_policy|parental_leave|remote_policy|overtime_rate|sick_pay|health_insurance",
            # The rest of a list of perks: "the bonus structure, equity and remote-work policy".
            "details|information|info|specifics|breakdown|particulars on|about|of|regarding the"
            "|your"
            f"|any? {_PERKS} {{rest}}",
            f"the|my|your|a|an|any {_PERKS} ...? kick_in|kicks_in|start|starts|begin|begins|apply"
            "|applies|vest|vests"
            "|become_available ...? right_away|straight_away|immediately|from_day_one"
            "|on_day_one|from_the_start|after_probation|from_the_first_day {rest}?",
            "when|does|do|will ...? the? {word}? benefits|insurance|dental|healthcare|pension"
            "|bonus|leave|holiday|cover|plan|coverage kick_in|start|begin|apply|vest",
            "what's|what_is|what_would_be|what_will_be|how's|how_is|how_much_is|how_much_would_be"
            "|what the|your? pay|salary|wage|wages|rate|compensation|package|money|bonus|CTC|OTE"
            "|day_rate|hourly_rate|remuneration|commission like|for|on|roughly|range|be {q}?",
            "what|how_much|what's would|will|does|is|might ...? the|my ...? wage|salary|pay|rate"
            "|package|CTC|OTE|commission|bonus be|look_like|come_to|work_out",
            "how_much|what does|will|would|might the|this|it|that role|job|position|post|it ...?"
            " pay|earn|come_to|pay_out",
            *_PAY_QUESTIONS,
            "what|what's the|your? salary|pay|wage|compensation|bonus|OTE band|range|bracket|scale"
            "|level|grade|banding|structure is|are|would_be|looks_like|for|like",
            f"is|are there a|an|any {{word}}? {_PERKS}",
            "how_much|what the|this|that role|job|position|post|it pays|paid|would_pay|will_pay"
            "|is_paid|earns|offers|would_offer",
            # Pay and benefits in other words: 'the band for this level', 'is relocation covered'.
            "band|banding|pay_band|salary_band|pay_grade|pay_scale|salary_range|pay_range for"
            "|of|at this|the|that|your level|role|position|grade|post|job",
            "is|are|would|will relocation|healthcare|parking|pension|visa_costs|moving_costs"
            "|the_move|travel be? covered|included|paid|provided|reimbursed|funded",
            "know|ask|hear|understand|learn|find_out ...? about? ...? the? pension"
            "|pension_contributions|healthcare|health_insurance|benefits|perks|bonus|bonuses"
            "|holidays|leave|vacation|equity|vesting|vesting_schedule|stock_options|CTC"
            "|take-home|take-home_pay|hourly_rate|day_rate",
            "the_CTC|the_take-home|take-home_pay|the_vesting|vesting_schedule|the_salary_band"
            "|the_pay_band",
            # Pay asked about outright: "may I know the salary range and the bonus", "I'd like
            # to ask about the pay band".
            "may_I|can_I|could_I|might_I|like_to|love_to|wanted_to|want_to|wish_to|hoping_to"
            "|keen_to know|ask|enquire|inquire|find_out|check|clarify about|on|what|what_is"
            f"|what's|what_are|regarding|re|how_much? the|your? {_PAY_ASKED}",
            # Coming in made to wait for the pay: "before I commit to coming in, what's the
            # salary?", "I'd need to know the pay before I agree to travel".
            f"before|until I|we ...? {_COMMIT_TO_COME} ...? what's|what_is|what|how_much|whether"
            f"|if ...? {_PAY_ASKED}",
            "know|knowing|hear|discuss|sort|settle|agree|figure_out|clarify|sort_out the|your?"
            f" {_PAY_ASKED} ...? before|until I|we ...? {_COMMIT_TO_COME}",
            # A question about a figure, not the figure a screener asked for ("As you asked, my
            # salary expectation is around £60,000" is the answer they wanted).
            "pay|salary|package|rate|compensation|CTC ~ around|about|roughly|approximately"
            "|circa {money} {toq}",
            "what the|an|your|my? offer|package|salary|pay|compensation would|will|might"
            "|could look_like|be|involve|include",
            "salary|pay|package|CTC|compensation|bonus|equity|rate|base|OTE|benefits ...? be"
            "|is|are ...? negotiable|flexible|up_for_discussion|open_to_negotiation",
            # The rate asked outright: "what's the hourly rate and do leads share the tips?".
            "what's|what_is|what_are|how_much_is|how_much's|what's_the_going|what_would_be"
            "|whats the|your hourly_rate|hourly_pay|hourly_wage|day_rate|pay_rate|rate_of_pay"
            "|starting_salary|starting_pay|starting_rate|base_salary|base_pay|salary|wage|wages"
            "|pay_scale|pay_band|salary_band|OTE|CTC",
            "do|does|will|would|whether|if ...? shift_leads|staff|employees|the_team|we|I|team"
            "|supervisors|leads|baristas|servers ...? share|split|keep|get|receive ...? the? tips"
            "|gratuities|tronc|service_charge",
            "role|job|position|post|company|you|it|they ...? pay|pays|offer|offers|compensate"
            "|compensates|cover|covers|reimburse|reimburses ...? overtime|time_and_a_half"
            "|double_time|mileage|travel|expenses|relocation|bonuses|commission|a_bonus|a_car"
            "|parking|lunch|meals|childcare|tuition|fuel|petrol|a_phone|a_cellphone",
            "want|like|need|prefer|have|hope|plan|expect ...? to? start|begin|join"
            "|come_on_board ...? after|once|until|not_before|no_earlier_than|no_sooner_than"
            "|following ...? my|the ...? sabbatical|holiday|holidays|vacation|trip|travels"
            "|gap_year|honeymoon|wedding|break|time_off|leave|annual_leave|bonus|bonus_payout"
            "|summer|festival|safari",
            "what's|what_is|how's|how_is|how_about|what_about|the_story|the_deal|the_score"
            f"|the_situation|is_there|are_there ~ {_PERKS}|{_MORE_PERKS}",
            f"does|do|will|would|whether|curious|wondering ~ {_MORE_PERKS}",
            "come_with|comes_with|include|includes|provide|provides|there's_a|there_is_a|any"
            f" ...? {_MORE_PERKS}",
            "could|can|may|might|would I|we ...? work|be|do|stay|operate|be_based ...?"
            " from_home|remotely|remote|hybrid|from_abroad|flexible_hours|part-time|four_days"
            "|a_four-day_week|compressed_hours|flexitime|flexi-time|from_another_city"
            "|from_overseas",
            "work_from_home|WFH|remote_work|remote_working|working_from_home|hybrid_working"
            "|home_working ...? policy|days|options|arrangement|possible|allowed|an_option"
            "|available|ok|okay|offered {q}?",
            "ask|know|wondering|curious|tell_me|share|check ...? what|how the|your? package"
            "|benefits|perks|compensation|comp|remuneration|salary|pay|bonus|OTE|CTC ...? is"
            "|are|looks|would_be|might_be ...? like",
            "share|send|give|explain|outline|tell_me|walk_me_through|break_down ...? the|your"
            " ...? full|whole|complete|total|overall ...? comp|compensation|pay|salary|reward"
            "|remuneration|bonus|equity|OTE ...? breakdown|structure|bands|band|range|figures",
            f"eligible|qualify|entitled|eligibility|entitlement for|to ...? {_PERKS}"
            f"|{_MORE_PERKS}|stock|options|shares|equity|a_bonus|bonus|bonuses|overtime|leave"
            "|holidays|benefits",
            "any|some flex|flexibility|wiggle_room|leeway|room|scope on|with|around|for|in"
            " remote|WFH|hybrid|home_working|working_from_home|remote_working|the_hours|salary"
            "|pay|the_salary|the_pay|leave|holidays|the_package|the_bonus",
            "is|are parking|lunch|lunches|food|coffee|gym|travel|transport|childcare|meals"
            "|snacks|parking_spaces|breakfast|drinks|the_gym|the_canteen|the_parking ...? free"
            "|paid|covered|subsidised|subsidized|included|provided|reimbursed|complimentary"
            "|on_the_house",
            "at_least|a_minimum_of|minimum|no_less_than|no_fewer_than {count} ...? days|days'"
            "|weeks|weeks'|day's|week's ...? holiday|holidays|leave|vacation|PTO|off"
            "|annual_leave",
            "bring|bringing my|a|our dog|dogs|pet|pets|puppy|cat ...? to|into|in work"
            "|the_office|the_workplace",
            "dog-friendly|pet-friendly|dogs_allowed|pets_allowed|dog_friendly|pet_friendly",
            "how does|do|would|will the|your ...? bonus|bonuses|commission|OTE|equity|stock"
            "|share|shares|pension|benefits|overtime|holiday|leave|incentive|profit-share"
            "|profit_share|RSU|RSUs|ESOP ...? scheme|structure|plan|policy|system|package|pool"
            "|programme|program ...? work|works|operate|operates|look|looks|function|pay_out"
            "|payout",
            "would|will|do|does|could I|we|staff|employees|new_starters|new_hires ...? get"
            "|receive|be_given|be_provided_with|be_issued|have ...? a|an|any|the|my_own ...?"
            " laptop|phone|company_phone|car|company_car|bonus|allowance|stipend|budget"
            "|equipment|kit|shares|equity|options|parking_space|gym_membership|MacBook|iPhone"
            "|mobile|home-office_budget",
            # The range asked in other words: "what's the ballpark for the package?".
            "ballpark|ball-park|ball_park|rough_idea|rough_figure|indicative_figure|guide_figure"
            "|ballpark_figure|going_rate ...? for|on|of|is ...? the|your|this ...? package|salary"
            "|pay"
            "|comp|compensation|rate|base|role|position|job|post",
            "wiggle_room|flexibility|room|leeway|headroom|scope|movement|room_to_move|give ...? on"
            "|in"
            "|with|around the|your ...? base|salary|pay|package|offer|number|figure|rate|bonus"
            "|comp",
            "is|what's the budget|number|figure|range|salary|pay|band|rate|package ...? closer"
            "|nearer"
            "|more|nearer_to|closer_to|nearer_the|more_like|around|about|roughly|in_the {toq}",
            "what|what's|how_much would|will|is ...? take-home|take_home|net_pay|the_net|in-hand"
            "|in_hand"
            "|the_take-home|after-tax|after_tax ...? be|come_to|work_out|pay|look_like?",
            # Flexible work and housing as perks: "any WFH Fridays?", "is housing provided?".
            "do|does|would|will|could|can|is|are ...? you|you_guys|the_team|the_role|the_company"
            "|there|it|they ...? do|offer|have|allow|get|support|run ...? a|an|any|the ...?"
            " four-day_week|4-day_week|four_day_week|WFH|work_from_home|working_from_home"
            "|remote_days|remote_Fridays|WFH_Fridays|flexi-time|flexitime|flexible_hours"
            "|compressed_hours|nine-day_fortnight|9-day_fortnight|summer_hours|duvet_days {rest}?",
            "is|are|would|will housing|accommodation|a_car|a_company_car|parking|flights|a_flight"
            "|schooling|school_fees|a_phone|a_laptop|visa|visa_costs|relocation|the_move"
            "|the_relocation"
            "|health_cover|medical_cover ...? be? provided|covered|included|paid|offered|available"
            "|reimbursed|sorted|funded",
            "is|are|would|will|does the|a|an|any|your ...? 13th_month|thirteenth_month|13th-month"
            "|HMO"
            "|medical_aid|health_card|car_allowance|housing_allowance|meal_allowance"
            "|transport_allowance"
            " ...? pay|bonus|cover|plan? ...? included|provided|covered|offered|part_of_the_package"
            "|standard|paid|given",
            # The terms as the condition of coming: "I want to make sure it's worth my while".
            "make_sure|ensure|check|see_if|see_whether|know_if|know_whether|confirm|be_sure ...?"
            " it's|it_is|it'll_be|it_will_be|it_would_be|this_is|the_move_is|the_role_is"
            "|the_job_is|it'd_be ...? worth my|the while|move|switch|jump|leap|trip|commute",
        ),
        # Their work, not a perk: "how the benefits platform handles pension auto-enrolment".
        work_nouns=frozenset(
            {
                "changed",
                "platform",
                "platforms",
                "system",
                "systems",
                "module",
                "engine",
                "ledger",
                "accrual",
                "accruals",
                "tool",
                "tooling",
                "app",
                "database",
                "migration",
                "pipeline",
                "processing",
                "reporting",
                "calculation",
                "calculations",
                "dashboard",
                "portal",
                "software",
                "audit",
                "analytics",
                "administration",
                "provider",
                "providers",
                "team",
                "project",
                "data",
                "benchmarking",
                "modelling",
                "modeling",
            }
        ),
        reader_tone=True,
        stages=frozenset(
            {"phone_screen_thanks", "reply_positive", "thank_you", "recruiter_thanks"}
            | {"check_in", "linkedin_note"}
        ),
        without_stage=False,
    ),
    Rule(
        id="open_availability",
        kind="match",
        severity="warning",
        section="replies/#positive",
        message=(
            "Saying you can come at any time {found} leaves the next step open; repeat back the "
            "date and time they proposed, so any mix-up surfaces now."
        ),
        families=(
            # Any time at all: "I will come any time you want, any day", "I can make it
            # whenever suits you", "I'm available any day."
            f"{_COME_IN} ...? {_ANY_TIME} {{end}}",
            f"{_COME_IN} ...? {_ANY_TIME} you|that_you ...? want|like|wish|prefer|choose|say"
            "|decide|name|pick|need",
            f"{_COME_IN} ...? {_ANY_TIME} suits|suits_you|works|works_for_you|is_best|is_easiest"
            "|is_convenient|is_good|is_convenient_for_you",
            "I'm|I_am|I'll_be|I_will_be|I_can_be|I_can_make_myself available|free|flexible ...?"
            f" {_ANY_TIME}|all_week|every_day|24/7|round_the_clock|any_time_of_day {{end}}",
            "any_day|any_day_at_all|any_day_or_time|any_time_any_day|any_day_any_time"
            "|any_time_at_all|any_day_of_the_week {end}",
        ),
        reader_tone=True,
        stages=frozenset({"reply_positive"}),
        without_stage=False,
    ),
    Rule(
        id="materials",
        kind="match",
        severity="warning",
        section="situations/#sending-materials",
        message=(
            "Check this before you send {found}: send files anyone can open (PDF for "
            "documents), and ask your referees before you pass on their details."
        ),
        patterns=(
            r"(?:(?<![\w.-])[\w-]+(?:\(\d+\))?)?\.(?i:pages|key|numbers|heic|rar|7z|odg|wpd)(?!\w)"
            r"(?:[ \t]+(?i:file|files|document|doc|format|version|attachment))?",
            r"(?=\w)\b(?:Pages|Keynote|Numbers)[ \t]+(?i:file|files|document|format|version)\b",
            # Source files of design tools, which need the tool to open: "as .ai files",
            # "Poster_v2.psd"; a web address ("acme.ai") is not one.
            r"(?<![\w.])\.(?i:ai|psd|indd|sketch|fig|xd|cdr|afdesign|afphoto|idml)(?!\w)"
            r"(?:[ \t]+(?i:file|files|document|documents|format|version|versions))?"
            r"|(?<![\w.-])[\w-]+\.(?i:psd|indd|sketch|cdr|afdesign|afphoto|idml)(?!\w)",
            # A file name that says nothing: "Document1.pdf", "CV.pdf", "scan_0042.jpg".
            # A name with nothing but a number or a version: "Document1", "scan_final_v3".
            r"(?<![\w.-])(?i:document|untitled|scan|img|image)(?:[ _-]?(?i:final|new|v\d+|\d+))+"
            r"(?![\w-]|\.\w|[ _-]?\(\d+\)\.\w)",
            r"(?<![\w.-])(?i:document|untitled|scan|img|image|file|new|copy|draft|final|cv|resume"
            r"|résumé|portfolio|cover[ _-]?letter|attachment)(?:[ _-]?(?i:final|new|latest|updated"
            r"|copy|draft|v\d+[a-z]?|\d+|really[ _-]?final|reallyfinal|final[ _-]?final|finalfinal"
            r"|use[ _-]?this|this[ _-]?one|fixed|revised|edit|edited|old|ok|good|real|last))*"
            r"(?:[ _-]?\(\d+\))?"
            r"\.(?i:pdf|docx?|pptx?|xlsx?|odt|rtf|txt|png|jpe?g|zip)(?!\w)",
            # The same name in quotes: "Please find 'untitled.odt' attached."
            r"['‘\"“](?i:document|untitled|scan|img|image|new|copy|draft|final)[\w() -]{0,30}"
            r"\.(?i:pdf|docx?|pptx?|xlsx?|odt|rtf|txt|png|jpe?g|zip|pages|key|numbers)['’\"”]",
            # A file too big for most inboxes: "a 220 MB PowerPoint file".
            r"(?<![\w.])(?:[2-9]\d|\d{3,})(?:[.,]\d+)?[ \t]?(?i:MB|megabytes?)(?!\w)"
            r"|(?<![\w.])\d+(?:[.,]\d+)?[ \t]?(?i:GB|gigabytes?)(?!\w)",
        ),
        hints=(
            "mb",
            "gb",
            "megabyte",
            "gigabyte",
            "document",
            "untitled",
            "scan",
            "img",
            "image",
            ".pages",
            ".key",
            ".numbers",
            ".heic",
            ".rar",
            ".7z",
            ".odg",
            ".wpd",
            "pages",
            "keynote",
            "numbers",
            ".pdf",
            ".doc",
            ".ppt",
            ".xls",
            ".odt",
            ".rtf",
            ".txt",
            ".png",
            ".jp",
            ".zip",
            # Design files: "Portfolio_final_FINAL_v3.indd".
            ".ai",
            ".psd",
            ".indd",
            ".idml",
            ".sketch",
            ".fig",
            ".xd",
            ".cdr",
            ".afdesign",
            ".afphoto",
        ),
        families=(
            # Files not everyone can open: "you'll need WinRAR to open it", "a photo of a
            # handwritten list", "hopefully it opens on your side".
            "need*|requir* WinRAR|7-Zip|7zip|a_Mac|Mac|macOS|Keynote|Pages|Sketch|Photoshop"
            "|Illustrator|InDesign|LibreOffice|OpenOffice|special_software|a_special_program"
            "|an_account|a_login|a_password|Java|Flash|a_plugin|a_plug-in|software|an_app|the_app"
            "|to_unzip|to_extract|to_install|to_download ...? to? open|view|read|see|play|run"
            "|access|unzip|extract|it|them",
            "photo*|picture*|snap|screenshot*|phone_photo* of a|my|the? handwritten|hand-written"
            "|handwriting|scribbled|printed|paper list|note|notes|copy|CV|resume|form|page|pages"
            "|document|references|certificate*",
            "hopefully|hope|fingers_crossed ...? it|they|this|the_file|the_link|the_files|the_links"
            "|the_attachment opens|open|works|work|loads|load|plays|displays|comes_through"
            "|goes_through|downloads",
            "the_one|the_file|it's|it_is without|with_no|missing|lacking my|a name",
            "file_name|filename|file_names|filenames is|are|was just|only|simply",
            # Links not checked: "I haven't tested it", "you might get a 404".
            "haven't|have_not|didn't|did_not|not|never|yet_to|couldn't|could_not tested|test"
            "|checked|check|tried|try|opened|verified|verify|double-checked ...? it|the|my|them"
            "|whether|if|sharing|permissions|settings|link|links|access",
            "not|unsure|uncertain|no_idea ...? sure|certain|100%|whether|if ~ link|links|folder"
            "|file|files|public|shared|access|accessible|open|opens|works|work|working|permissions"
            "|settings|expired|expire|live",
            "not 100%|a_hundred_percent|one_hundred_percent sure|certain",
            "link|links|folder|file|drive|repo|portfolio|site|album|page should|might|may|probably"
            "|hopefully be|work|open? public|shared|accessible|viewable|open|working|live|fine|ok"
            "|okay",
            "need|have|may_need|might_need|must|will_need to? request|ask_for access|permission",
            "link|links|folder|file|files|drive|repo|portfolio|site|album|page|video might_not"
            "|may_not|won't|will_not|doesn't|does_not|probably_won't|might_only|may_only work|open"
            "|load|play",
            "the|a second|other|remaining|rest_of_the|last half|part|batch|lot|bit|files|documents"
            "|attachments|ones ...? tomorrow|later|separately|next_week|in_a_bit|shortly|soon"
            "|after|tonight",
            "send|sending|forward|follow_up_with the_rest|the_remainder|the_others|the_other_files"
            "|the_remaining ...? later|tomorrow|separately|next_week|shortly|soon|tonight",
            "request|requesting access|permission",
            # A link that may be shut: "if the link asks for a password", "set to 'only me'",
            # "not sure if you can see it from outside".
            "asks|ask|prompts|prompt|requires|require|needs ...? you? for a|an? password|passcode"
            "|login|sign-in|access_code|permission|access",
            "set|sets|setting to|as ...? only|private|restricted|internal|hidden|unlisted"
            "|friends_only|only_me|just_me",
            "not|unsure|uncertain|no_idea ...? sure|certain|whether|if ~ see|view|access|open"
            " it|them|this|the_link|the_folder|the_file ~ from_outside|outside|externally"
            "|off-network|off_the_network|outside_the_company|from_your_side|on_your_side|at_all",
            "send|sending me|us an? access|permission|sharing request",
            "send|give|share|forward the|a|my? password|passcode|login|access_code|credentials"
            " if|when|once|on|upon",
            "might|may|could|will|probably get|see|hit|receive a|an? 404|403|error|access_denied"
            "|permission_denied|login_page|login_screen|sign-in_page",
            "only? work*|open*|load* if|when|once you're|you_are|you_have|you've ...? logged_in"
            "|signed_in|a_member|added|invited|given_access|have_access|on_my_team|logged",
            "might|may|will|could|should expire|lapse|time_out|stop_working in|within|after|soon"
            "|by|tomorrow|before",
            "try|retry a_few|several|a_couple_of|multiple|a_couple times",
            "sometimes|occasionally|often it's|it_is|it_can_be|it_gets buggy|glitchy|flaky|slow"
            "|temperamental|patchy|unreliable|down",
            "ping|message|email|text|tell|let|give me|know ...? if|when it's|it_is|they're"
            "|the_link_is|the_file_is|the_folder_is locked|private|restricted|blocked|broken"
            "|not_public|not_shared|denied|inaccessible",
            "change|fix|update|sort|open_up|unlock|adjust|sort_out ...? the|my? sharing|permissions"
            "|access|privacy",
            "once|when|after|as_soon_as I've|I_have|I ...? tracked|track|found|find|dug_up|dig_up"
            "|got_hold_of|get_hold_of|located|locate them|him|her|my_referees|their_details"
            "|down",
            "private|locked|restricted|password-protected|password_protected|invite-only for_now"
            "|at_the_moment|right_now|currently",
            "in|as Keynote|Pages|Numbers|Sketch|HEIC|RAR|Publisher|iWork|WordPerfect format|file"
            "|files?",
            "may|might|won't|will_not|doesn't|does_not|wouldn't|can't ...? open|work|play|display"
            "|load on|in Windows|a_PC|PC|PCs|Android|Chrome|Outlook|your_machine|your_computer"
            "|your_laptop|older_versions|all_devices|every_device",
            # Referees not asked: "we haven't spoken in years", "without checking with him".
            "haven't|have_not|not|never spoken|talked|been_in_touch|had_contact|caught_up ...? in"
            "|for years|ages|a_while|a_long_time|decades|since",
            "after|once you've|you_have called|contacted|rung|emailed|spoken_to|phoned them|him"
            "|her",
            "without checking|asking|telling|warning|informing|letting|consulting ...? him|her"
            "|them|my_referees|first|know",
            "he|she|they|neither|none_of_them has|have|had no_idea|not_a_clue|no_clue|no_warning",
            "referee|referees|reference|references|my_referee|my_reference|my_manager"
            "|my_old_manager|my_boss|my_former_manager|he|she|he's|she's|they're|they_are|he_is"
            "|she_is doesn't|does_not|isn't|is_not"
            "|aren't|are_not|won't ...? know*|expect*|aware|warned|prepared|ready",
            "give|giving|send|sending them|him|her|my_referees|my_references|both a? heads-up"
            "|heads_up|quick_heads-up|warning|head's_up later|soon|tomorrow|next_week|after|once"
            "|when|tonight|at_some_point|if",
            "may|might|probably|possibly|won't|don't|wouldn't|can't|may_not|might_not remember"
            "|recall|recognise|recognize me",
            "didn't|did_not|haven't|have_not|never inform*|tell|told|ask|asked|warn*|contact*"
            "|notif*|check_with|let ...? them|him|her ...? before|beforehand|first|yet|in_advance"
            "|know",
            "they|my_referees|my_references|referees|references|neither_of_them|either_of_them"
            " don't|do_not|won't|will_not|doesn't|aren't|are_not|isn't ...? know*|expect*|aware"
            "|warned|prepared",
            # A referee not told, by name: "I haven't actually told Tommy you'll be calling".
            "haven't|have_not|hadn't|had_not|didn't|did_not|never|not|not_yet|yet_to told|tell"
            "|asked|ask|warned|warn|informed|inform|contacted|contact|alerted|alert|let"
            "|checked_with|check_with|spoken_to|speak_to|mentioned_it_to|cleared_it_with"
            " {person} ...? you'll|you_will|you_might|you_may|you'd|you_would|you're|you_are"
            "|that_you|to_expect|about_this|about_it|about_you|yet|first|beforehand|in_advance"
            "|know",
            # Materials split across emails: "the first of four emails", "part 2 is coming".
            "first|second|third|fourth|one|part|email|message of {count} emails|messages|parts"
            "|batches|instalments|installments",
            "in|by|via|with|under a|another|my|the separate|second|different|new|next|follow-up"
            "|later|earlier|previous|other email|message|thread|mail|reply",
            "in|by|via|with another|a_second|a_separate|a_different|a_follow-up|a_new email|message"
            "|mail|thread",
            "part|no.|number|batch|instalment|installment {count} is|are|will|comes|coming"
            "|follow*|to_follow|separately|tomorrow|later|in_my_next",
            "started|starting|opened|opening|created|creating a|another new|separate|fresh"
            " thread|chain|email_thread",
            "one_by_one|one_at_a_time|piece_by_piece|bit_by_bit|in_batches|in_dribs_and_drabs"
            "|as_I_find_them|as_I_go|as_I_get_them",
            "one|another|an more|extra|additional? attachment|file|document|thing I|that_I"
            " forgot|missed|left_out",
            "forgot_to_attach|forgot_the_attachment|missed_the_attachment|forgot_to_include",
            "follow-up|follow_up|following_up|further|addendum|adding to|on my|the previous|last"
            "|earlier|first|other email|message|note",
            "split*|spread*|divid*|break*|broke|broken ...? across|over|into|between ...? emails"
            "|messages|parts|batches|mails",
            "another|one_more|yet_another|a_second|a_third email|message|mail from me sorry"
            "|apologies|again?",
            # Late without a word: "a week late", "it slipped my mind", "life got in the way".
            "a|one|two|three|four|several|few|couple_of|full day|days|week|weeks|month late"
            "|overdue|behind",
            "completely|totally|clean|clear forgot|forgotten",
            "forgot|forgotten to send|to_attach|about_it|about_them|about_this|to_follow_up",
            "been {count} days|weeks|months since",
            "asked|requested|asked_for|wanted ...? {count} days|weeks|months ago|back",
            "missed|blew|overshot|forgot the|my ...? date|deadline|day ...? I gave|I_promised|I_set"
            "|you_set|we_agreed",
            "finally getting_round|getting_around|got_round|got_around|sending|attaching|here",
            "life|work|things|stuff|everything got|gets in_the_way|on_top_of_me|away_from_me"
            "|busy|hectic|crazy|mad",
            "I_know_I_said|I_know_I_promised|I'd_promised|I_had_promised {rest}?",
            "sorry|apologies|apologise|apologize for? the|my delay|delays|lateness|late ...? in?"
            " sending|getting|these|this|the",
            "later|longer than planned|promised|expected|I_said|agreed|hoped|I_promised|I_planned"
            "|I_hoped|I_expected|I_agreed|I_intended|we_agreed|I'd_hoped|I'd_promised|intended"
            "|I_meant_to",
            # Split or sent some day: "in separate emails", "Email 1 of 4", "whenever I get a
            # chance", "will follow at some point", "see my next few emails".
            "in|as|by|via|over|across separate|individual|several|multiple|different|two|three"
            "|four|five emails|messages|mails|batches",
            "email|message|mail|part|batch|attachment {count} of {count}",
            "whenever|when|once I get|have|find|grab a? chance|moment|minute|sec|second|time",
            "follow|come|arrive|send|sending|get_to_you|reach_you|be_sent at_some_point"
            "|eventually|sometime|some_time|in_due_course|when_I_can|whenever_I_can|later_on",
            "next|following|upcoming few|couple_of|two|three|four|several emails|messages|mails",
            "slipped my mind",
            # Sorry for the delay, and the excuse for it: "So sorry for the delay, my laptop
            # died", "late because the wifi went down", "behind as my kid was ill".
            "sorry|apologies|apologise|apologize|apologising|apologizing for|about the|my|this"
            " delay|delays|lateness|hold-up|holdup|wait",
            "delay|delays|late|lateness|hold-up|holdup|behind ...? because|as|since|but|when? my"
            f"|the|our ...? {_KIT} {_KIT_FAILED}",
            "delay|delays|late|lateness|hold-up|holdup|behind ...? because|as|since|but|when? my"
            f"|the|our {_HOUSEHOLD} was|were|got|fell|has_been|had_been|'s_been sick|ill|unwell"
            "|poorly",
            "slipped_through_the_cracks|fell_off_my_radar|better_late_than_never|without_warning",
            # ... or too busy: "two days late, been absolutely flat out".
            f"late|delay|delays|delayed|lateness|hold-up|holdup|behind|overdue ...? {_BEEN}"
            f" {_SWAMPED}",
            "send*|sent|getting|get ...? this|these|it|them so|this|very late",
            "at last|long_last",
            "haven't|have_not|not|yet_to|didn't|did_not ...? told|warned|asked|contacted|informed"
            "|spoken_to|checked_with|mentioned_it_to|given ...? them|him|her|my_referees"
            "|my_references|referees|references|either|both",
            "haven't|have_not|not|yet_to|didn't|did_not|couldn't|hadn't|had_not ...? had_a_chance"
            "|had_the_chance|had_chance|had_time|had_the_time|had_a_moment|found_time"
            "|found_the_time|got_a_chance|got_the_chance|gotten_a_chance|get_a_chance"
            "|get_the_chance|get_time|get_the_time|find_time|find_the_time|have_time"
            "|have_the_time|have_a_chance|have_the_chance|get_round|get_around|got_round"
            "|got_around|gotten_around|managed|been_able ...? to? tell*|warn*|ask*|contact*|let"
            "|give|giving|inform*|check_with|checking_with|ring*|call*|email* ...? them|him|her"
            "|my_referees|my_references"
            "|referees|references|either_of_them|both|either|neither|either_referee|my_referee"
            "|both_referees|both_of_them|the_referees|any_of_them|my_reference",
            "let|letting them|him|her|my_referees|both know|aware later|shortly|soon|tomorrow"
            "|tonight|next_week|in_due_course|once|after|when|afterwards",
            # Referees caught unawares: "surprise Joanna with a call", "they may be surprised",
            # "I hope she remembers me", "won't have seen my message asking".
            "surprise ...? with a|your call|ring|phone_call|email|message",
            "he|she|they|he'll|she'll|they'll|both|he's|she's|they're may|might|will|could"
            "|would|probably? be? surprised|caught_off_guard|taken_aback|startled|puzzled",
            "hope|sure|hopefully|think|expect|assume|bet|trust he|she|they|he'll|she'll|they'll"
            " still? remember*|recall*|recognis*|recogniz* me",
            "won't|will_not|hasn't|has_not|haven't|have_not|may_not|might_not|probably_hasn't"
            "|probably_won't have? seen|read|had|received|got|answered|replied_to my|the message"
            "|email|text|request|note|voicemail",
            "found|got|took|pulled|grabbed|copied|dug_up|tracked_down|scraped|lifted ~ number"
            "|numbers|mobile|phone|details|email|emails|address|names|contacts ~ from|on|off"
            "|online|via|through",
            "which|that I got|found|took|grabbed|pulled|copied|dug_up from|off|on|online",
            "they|my_referees|my_references|referees|references|neither_of_them|either_of_them"
            " don't|do_not|won't|will_not|doesn't|aren't ...? know|expect|be_expecting|aware",
            # Referees' details passed on before they were asked: "I've listed my referees' phone
            # numbers below so you can ring them straight away".
            "listed|included|added|attached|put|given|enclosed|pasted|shared|sent ...? my|the|their"
            " referees'|references'|referees|references|referee|reference ...? phone|mobile"
            "|personal"
            "|home|direct|private ...? numbers|number|contact_details|details|emails|addresses",
            "ring|call|phone|contact|email|text|reach ...? them|my_referees|my_references ...?"
            " straight_away|right_away|now|directly|anytime|whenever|today|immediately",
        ),
        reader_tone=True,
        stages=frozenset({"send_materials", "recruiter_thanks", "phone_screen_thanks"}),
        without_stage=False,
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
        id="hedged_acceptance",
        kind="match",
        severity="warning",
        section="situations/#accepting-an-offer",
        message=(
            "A hedged yes {found} leaves them unsure you have accepted: decide first, then say "
            "plainly that you accept."
        ),
        # A yes given in odds: "I'm 90% sure I'll accept".
        patterns=(
            r"\d{1,2}(?:[.,]\d+)?[ \t]?(?:%|(?i:per[ \t]?cent))[ \t]+(?i:sure|certain|confident"
            r"|decided|there|a[ \t]+yes|yes|in(?=[ \t]*(?:[.!,;]|$)))(?!\w)",
            # A yes with its doubt in brackets: "Yes (probably) to the offer!".
            r"(?i:yes|accepted|accept|I['’]m[ \t]+in|in)[ \t]*\((?i:probably|maybe|likely"
            r"|I[ \t]+think|I[ \t]+guess|ish|tentatively|provisionally|for[ \t]+now|kind[ \t]+of"
            r"|sort[ \t]+of)\)",
        ),
        hints=("%", "percent", "per cent", "("),
        families=(
            # A key term left for later, or waved through with a shrug: "We can sort the start date
            # and all that out later", "Start date sounds roughly okay".
            f"{_SORT_OUT} ...? the|my|a|our|your|any? {_KEY_TERMS} ~ {_LATER} {{end}}",
            f"{_KEY_TERMS} ~ can|could|will|'ll|to_be|is_to_be ...? {_SORT_OUT}|sorted|agreed"
            "|settled|discussed|finalised|finalized|worked_out|figured_out|ironed_out ...?"
            f" {_LATER} {{end}}",
            f"{_KEY_TERMS} ...? sounds|seems|looks|is|feels|works|'s {_ROUGHLY} okay|ok|fine"
            "|alright|all_right|good|reasonable|acceptable|workable|doable",
            "leaning|leaning_towards|leaning_toward|inclined|minded|tempted|edging|veering ...? to"
            "|towards|toward? accept*|say*_yes|sign*|going_ahead|taking_it|taking_the|take_the"
            "|take_it|go_ahead",
            "tentative*|provisional*|conditional|soft|qualified|partial|cautious|cautiously"
            "|in-principle yes|acceptance|accept*|agreement|go-ahead|sign-off",
            "accept*|yes|taking|take|sign*|on_board ...? provisionally|tentatively|in_principle"
            "|for_now|for_the_moment|for_the_time_being|more_or_less|sort_of|kind_of|kinda|sorta"
            "|ish",
            "think|guess|suppose|reckon|almost_sure|fairly_sure|pretty_sure|quite_sure|nearly_sure"
            "|almost_certain|mostly_sure|99%_sure|probably|most_likely ...? I'm|I'll|I_will|I_am|I"
            "|I'd|I_would|this_is|this_counts_as ...? going_to|gonna|be? accept*|say_yes|in"
            "|sign|on_board|take_it|take_the_job|take_the_offer|take_the_role|taking_the_job"
            "|taking_the_offer|taking_the_role|taking_it|go_ahead|a_yes|yes|my_acceptance",
            "still|yet mulling*|thinking_it_over|thinking_about_it|thinking_it_through|weighing*"
            "|deciding|considering_it|deliberating|chewing_it_over|pondering|going_back_and_forth"
            "|torn|unsure|undecided|on_the_fence|sitting_on_it",
            "pending|subject_to a? few? more? thoughts|thought|consideration|reflection"
            "|sleeping_on_it|a_think|a_night's_sleep",
            "unless something|anything changes|comes_up|crops_up|happens|else_comes_up|better"
            "|changes_my_mind",
            "can|could|may|might serve_as|count_as|stand_as|do_as|act_as ...? my|an|a? acceptance"
            "|yes|confirmation",
            "I? guess|suppose|think I accept|I'm_in|I_am_in|yes|it's_a_yes|that's_a_yes {q}?",
            "count_me_in|I'm_in|I_am_in|sign_me_up|I'm_on_board|I'm_yours ...? probably|maybe"
            "|perhaps|I_think|I_guess|I_suppose|most_likely|likely|ish|tentatively|provisionally"
            "|for_now",
            "leaning|leaning_towards|leaning_toward|inclined|tempted|edging|veering towards|toward"
            "|to yes|a_yes|the_offer|taking_it|taking_the_job|taking_the_role|saying_yes",
            # A yes given with a shrug or a way out: 'Sure, why not', 'pending nothing else'.
            "sure_why_not|why_not_I'll|yeah_I'm_in|yeah_go_on|go_on_then|I'll_give_it_a_go"
            "|give_it_a_go|give_it_a_shot|give_it_a_whirl|give_it_a_try|might_as_well"
            "|I_might_as_well",
            "pending|unless|provided|providing|as_long_as|assuming|if nothing|no_other_offer"
            "|no_better_offer|nothing_better ...? else? ...? comes|coming|turns|turning|pops"
            "|popping up|along|in|through",
            "should_be_able_to|ought_to_be_able_to|hope_to_be_able_to|expect_to_be_able_to"
            " accept|say_yes|sign|confirm",
            "most_likely|more_than_likely|in_all_likelihood|all_being_well|all_things_being_equal",
            "keep|keeping|leave|leaving my|our options|door|doors open",
            # A key term left to a shrug: "Start date whenever works for you I guess".
            f"{_KEY_TERMS} ~ {_SHRUG} {{end}}",
            f"I_guess|I_suppose|I_reckon ...? {_KEY_TERMS} ...? whenever|whatever|any_time|anytime"
            "|any_day|is_fine|works|will_do|doesn't_matter",
            "not_fussed|don't_mind|couldn't_care_less|doesn't_matter|don't_care|I'm_easy ...? about"
            f"|on|re|regarding|with|when|which ...? the|my|a|I? {_KEY_TERMS}",
            "maybe-yes|maybe_yes|soft_yes|tentative_yes|provisional_yes|qualified_yes|yes-ish"
            "|yesish|leaning_yes|leaning_towards_yes|probably_yes|likely_yes|yes_in_principle"
            "|sort_of_yes|kind_of_yes|a_maybe|a_probable_yes|a_likely_yes|pencil_me_in",
            "minded|inclined|leaning|tempted|likely|hoping|planning|intending to|towards accept"
            "|accepting|say_yes|saying_yes",
            "let's|let_us|we'll|I'll|wait_and ...? see|see_how how? ...? goes|it_goes|things_go"
            "|the_week_goes|it_pans_out",
            "for_now|for_the_time_being|provisionally|tentatively|in_theory|on_paper|pending"
            "|for_the_moment ...? accept|yes",
            "accept|yes ...? for_now|for_the_time_being|provisionally|tentatively|in_theory"
            "|in_principle|for_the_moment",
            "think|thinking it|this|things over|through",
            "sleep_on_it|sleep_on_this|mull_it_over|mull_this_over|mull_it|have_a_think"
            "|have_a_little_think|take_the_weekend|take_a_few_days|take_a_day_or_two"
            "|take_some_time|chew_on_it|chew_it_over|weigh_it_up|weigh_things_up|think_on_it",
            "check|confirm|talk|speak|discuss|run_it_by|run_this_by|run_it_past|clear_it"
            "|square_it ...? with|past|by my|our ...? partner|wife|husband|family|spouse"
            "|parents|other_half|lawyer|accountant|current_employer|boss|manager|mum|dad|mom"
            "|fiancé|fiance|fiancée|girlfriend|boyfriend",
            "waiting|wait|hearing ...? on|for|from ...? one|another|the|an|my ...? other|more"
            "|last ...? offer|offers|company|employer|interview|process|application|firm",
            "looking|leaning|heading|tending|edging ...? like|towards|toward ...? a yes"
            "|acceptance|accepting",
            "pretty|fairly|reasonably|almost|nearly|ninety|99%|90% sure|certain|confident ...?"
            " I'll|I_will|I'm|I_am|it's|it_will_be ...? accept|accepting|a_yes|yes|take_it"
            "|say_yes",
        ),
        reader_tone=True,
        stages=frozenset({"accept_offer"}),
        without_stage=False,
    ),
    Rule(
        id="offer_bluff",
        kind="match",
        severity="warning",
        section="situations/#competing-offer",
        message=(
            "An offer that is not in hand {found} is not one to use: mention another offer only "
            "when it is real and written, and never inflate it."
        ),
        # The hedge in its brackets, as an editor underlines it: "(well, sort of)".
        patterns=(
            r"\((?i:well|ok|okay|er|erm|um|uh),?[ \t]+(?i:nearly|almost|sort[ \t]+of|kind[ \t]+of"
            r"|kinda|sorta|more[ \t]+or[ \t]+less|not[ \t]+quite|pretty[ \t]+much|practically"
            r"|ish|not[ \t]+yet|not[ \t]+officially|unofficially|an?[ \t]+(?:verbal|unofficial"
            r"|informal|soft|provisional|tentative|likely)[ \t]+one)[ \t]*[.!…]*\)",
        ),
        families=(
            # An offer still to come used as leverage: "I'm in final talks elsewhere", "a verbal".
            "final|late|advanced|last|closing talks|stages|rounds|round|conversations"
            "|discussions|negotiations elsewhere|with_another|with_other|at_another|at_other",
            "a|the verbal|verbal_offer|verbal_yes|handshake_offer|soft_offer from|at|with"
            " ...? another|other|a_different|one",
            "nothing|none_of_it signed|official|confirmed|formal|on_paper|in_writing|finalised"
            "|finalized yet|as_yet",
            # An offer still to come: "I'm expecting an offer any day now".
            "expecting|expect|anticipating|anticipate|awaiting|await ...? an|another|other|more"
            "|a_second|a_formal|a_written|offers ...? offer|offers|elsewhere|from",
            "nothing|isn't|it's_not|none_of_it|none_of_this|nothing's|not_yet ...? on_paper"
            "|in_writing|official|confirmed_in_writing",
            "don't|do_not|haven't|have_not|didn't ...? technically|actually|officially? have|got"
            "|received the|an offer|offers ...? in_writing|on_paper|yet|officially",
            "don't|do_not|haven't|have_not|didn't ...? technically|actually|officially? have|got"
            " it in_writing|on_paper",
            "likely|probably|soon|chance|may|might|expect_to|about_to|going_to|set_to ...? get"
            "|receive|land|have offers|an_offer|another_offer|a_second_offer|multiple_offers"
            "|several_offers|other_offers",
            "likely|probably|soon|chance|may|might|expect_to|about_to|going_to|set_to"
            "|bound_to|sure_to ...? get|receive|have|land|be_getting|be_offered|be_made"
            " an|another|other|offers|more|some|a_few|multiple|several|a_second ...? offer|offers"
            "|one",
            "should get|receive|have|land|be_getting|be_offered|be_made an|another|other|offers"
            "|more|some|a_few|multiple|several|a_second ...? offer|offers|one",
            "offer|offers ...? is|are|'s ...? probably|likely|possibly? on_its_way|on_the_way"
            "|coming_soon|coming_through|imminent|in_the_pipeline|in_the_works|around_the_corner"
            "|forthcoming",
            "told it's|told_it_is|told_one_is|told_an_offer_is|told_the_offer_is",
            "verbal-ish|verbalish|sort-of|semi-official|semi-formal|unofficial|almost|nearly"
            "|practically|basically|all_but|virtually|as_good_as|more_or_less|kind_of|sort_of an|a?"
            " offer|offers|yes",
            "hypothetically|theoretically|suppose|supposing|what_if|say|imagine if? I got|get"
            "|had|have|received|were_to_get|was_to_get|were_offered another|an|other|a_competing"
            "|a_better|a_rival offer|offers|one",
            "if I got|get|had|received|were_to_get|was_to_get|were_offered another|other"
            "|a_competing|a_better|a_rival|a_second offer|offers",
            "let's_just_say|let's_say|suffice_to_say|suffice_it_to_say|put_it_this_way I|I've"
            "|I'm|there ...? have|got|are|is|am ...? other|more|plenty_of|lots_of|options|offers"
            "|irons",
            "courted|chased|headhunted|approached|pursued|wooed|fought_over|circled|in_demand"
            "|hotly_pursued by? several|multiple|many|other|a_few|lots_of|loads_of|a_number_of|top"
            "|other_companies|competitors|rivals",
            "three|several|multiple|a_couple|a_couple_of|two|four|five|a_few|a_number_of|various"
            "|plenty_of|lots_of|loads_of other? ...? offers ...? on_the_table|in_hand|lined_up"
            "|waiting|in_play|to_choose_from|more_or_less {rest}?",
            "offer|package ...? is|'s|pays ...? basically|practically|nearly|almost|about|roughly? "
            "double|twice|triple|treble|two_times|three_times|50%_more",
            "an offer|a_package|a_deal I|you can't|cannot|couldn't|could_not refuse",
            "confident|sure|certain|hopeful|optimistic|expect|expecting|anticipate ...? get|receive"
            "|land|be_made|be_offered|have an|another|other|offers|more|a_second|a_formal ...?"
            " offer|offers|one",
            "though|although|but|even_though|even_if|while it|it's|it_is|that|this|the_offer"
            "|the_other_one|nothing isn't|is_not|'s_not|hasn't_been|has_not_been|not|not_yet"
            "|isn't_yet|is_yet_to_be|has_yet_to_be|hasn't|has_not ...? confirmed|official|signed"
            "|in_writing|formal|finalised|finalized|on_paper|guaranteed|definite|come_through"
            "|arrived|been_made|been_confirmed",
            "about_to|going_to|set_to|likely_to|expected_to|due_to|poised_to|ready_to make|give"
            "|extend|send|offer me? an|a? offer|offers|one",
            # An offer still to come as leverage: "very likely to offer me a post soon".
            "likely|probably|about|set|going|poised|bound|sure|expected|due|ready|close|keen"
            "|planning|certain|tipped to offer|make|give|extend me ...? a|an ...? post|role|job"
            "|position|contract|place|spot|seat|offer",
            "close_to|on_the_verge_of|on_the_cusp_of|in_line_for|on_track_for getting|receiving"
            "|landing|securing? an|another|a_second|other offer|offers",
            # An offer still to come, or a hint of one: 'pretty sure they'll offer me something'.
            "they'll|they_will|they're_going_to|they're_likely_to|they're_about_to"
            "|they'll_likely|they'll_probably|they_should ...? offer|make_me_an_offer"
            "|make_an_offer|come_through_with_an_offer",
            "hint|hints|whiff|sniff|indication|indications|signal|signals|noises|murmurs|talk"
            " of|about|at an|another? offer|offers",
            "act|proceed|behave|treat_this|treat_it ...? as_if|as_though there|I|it",
            "close_to|about_to|on_the_verge_of|poised_to|set_to|likely_to ...? make|making"
            "|offer|offering me an? offer|one",
            "a_lot_of|lots_of|plenty_of|considerable|strong|significant|huge|real ...?"
            " interest in my|me",
            "multiple|several|other|many|a_few|two|three offers|options|opportunities|irons"
            "|interviews in|on ...? the? pipeline|the_table|the_fire|play",
            "other|several|multiple options|offers|opportunities|processes ...? I'm|I_am ...?"
            " juggling|weighing|fielding|considering",
            "off_the_market|snap_me_up|snapped_up",
            "recruiters|headhunters|companies|employers|firms ...? have_been|are|'ve_been"
            "|keep ...? in_touch|calling|contacting|chasing|reaching_out|approaching|circling",
            "other|several|two|three|a_few|multiple companies|firms|employers|organisations"
            "|organizations|places are|is ...? moving ...? quickly|fast|faster",
            "final_rounds|final_round|final_stages|late_stages|advanced_stages"
            "|final_interviews with {count}? other|another|several|a_few|more firms|companies"
            "|employers|studios|places",
            "think|reckon|believe|suspect|guess|imagine I'll|I_will|I'm_going_to"
            "|I'm_likely_to|I'd ...? get|receive|land|be_made|be_offered|have ...? an|another"
            "|a|one|other ...? offer|offers",
            "offer|offers ...? is|are|'s ...? likely|expected|due|set|about|bound|sure to"
            " come|arrive|land|follow|materialise|materialize",
            "other|more|further|two|three|several|a_few|multiple interviews|processes|offers"
            "|options ...? lined_up"
            "|coming_up|in_the_diary|scheduled|in_progress|on_the_go|underway",
            "offer|offers ...? is|are|'s coming|arriving|forthcoming|incoming|imminent",
            "almost|virtually|practically|pretty|fairly|as_good_as|all_but|basically"
            "|more_or_less certain|certainly|guaranteed|definitely|sure|signed|confirmed|done"
            "|a_done_deal|in_the_bag|there|secured|mine",
            "done_deal|in_the_bag|as_good_as_mine|as_good_as_signed|a_formality"
            "|just_a_formality|only_a_formality|sewn_up|locked_in|a_sure_thing|a_dead_cert"
            "|a_certainty",
            "could|might|may|will|should|likely_to|set_to|about_to|going_to|expect_to"
            "|expected_to|expecting ~ offer|offers|something|paperwork|a_contract|contracts"
            "|letter ...? over? shortly|soon|any_day|any_day_now|any_moment|imminently"
            "|this_week|next_week|in_the_coming_days|before_long",
            "likely|probably|expect|expecting|should|could|may|might|will ~ offers by|before"
            "|within|soon|shortly|next_week|this_week",
            "in high|huge|great|hot|big demand",
            "much|highly|hot|very|really|quite|so in_demand|sought_after|sought-after",
            "spoilt|spoiled for choice",
            "ringing|buzzing|blowing_up off_the_hook|nonstop|non-stop",
            "other|several|many|multiple|plenty_of|lots_of|a_few|loads_of|various|a_number_of"
            " ...? firms|companies|employers|organisations|organizations|banks|hospitals"
            "|agencies|recruiters|teams|places|people|schools|startups|studios ...? are"
            "|have_been|were ...? keen|interested|chasing|after|courting|circling|sniffing"
            "|knocking|calling|keen_on_me|in_touch",
            "fighting|competing|clamouring|clamoring|queuing|queueing|lining_up|scrambling"
            "|falling_over_themselves|vying|battling|bidding ...? over|for|to_get|to_hire"
            "|to_sign me|my_services",
            "begging|chasing|pursuing|courting|wooing|hounding|poaching|knocking_on_my_door"
            " ...? me|for_me|to_have_me|to_hire_me|to_get_me",
            "want|wants|wanted|keen_on ...? me badly|desperately|big_time|yesterday",
            "headhunted|poached|approached|courted|chased|pursued|wooed|tapped ...? by {count}"
            " of? your|other|rival|competing ...? direct? rivals|rival|competitors|competitor"
            "|firms|banks|companies|agencies|employers|recruiters",
            "headhunted|poached|approached|courted|chased|pursued|wooed|tapped ...? by several"
            "|multiple|a_few|two|three|other|rival|competing|your ...? direct? rivals|rival"
            "|competitors|competitor|firms|banks|companies|agencies|employers|recruiters",
            "coming_out_of_my_ears|out_of_my_ears|by_the_bucketload|left_right_and_centre"
            "|left_right_and_center|galore|up_to_my_eyeballs|piling_up|stacking_up|rolling_in"
            "|flooding_in|pouring_in|queuing_up",
            "more|far_more|much_more|a_lot_more|considerably_more|way_more generous|lucrative"
            "|attractive|competitive|rewarding|substantial than yours|your|what_you|you",
            "roughly|nearly|almost|about|around|close_to|practically|basically|at_least double"
            "|twice|triple|treble",
            "worth|pays|paying|offering ...? a_lot|way|much|far|significantly|considerably"
            "|substantially more|better than yours|your|what_you",
            # How much more, without a figure: "probably a fair bit more than your budget".
            f"{_HOW_MUCH_MORE} more|higher|above|over|beyond than? your|what_you ...?"
            f" {_THEIR_FIGURE}",
            "grand|thousand|lakh|lakhs|K|quid|bucks ...? more|higher|above|over|better|extra|up"
            " ...? than|on your|the ...? band|range|offer|budget|package|figure|number|salary"
            "|ceiling",
            "mad|crazy|insane|foolish|stupid|daft|silly|nuts to refuse|decline|turn_down"
            "|pass_up|say_no|ignore|turn_it_down|pass_on",
            "offer|one I|you can't|cannot|couldn't refuse|turn_down|pass_up|say_no_to",
            "offers|options|irons_in_the_fire|things_brewing|conversations|processes ...?"
            " brewing|cooking|in_the_pipeline|in_the_works|lined_up|on_the_go|on_the_boil"
            "|in_play|pending",
            "courting|wooing|chasing|circling|sniffing_around|after|eyeing me",
            "a|an {percent} hike|raise|increase|jump|uplift|bump|rise|premium|more|higher"
            "|increment ...? on|over|above|than ...? my|your|the ...? current|existing|present"
            " ...? CTC|salary|pay|package|offer|band|range|base",
            "verbal|informal|unofficial|unwritten|handshake|soft ...? offer|yes|agreement",
            "close_to|near|on_the_verge_of|about_to_get|about_to_receive|expecting|due|awaiting"
            " ...? an|a|another|other|second|more|further ...? offer|offers",
            "final|last|late|advanced rounds|stages|stage|round elsewhere|with_other"
            "|with_another|with_two|with_several|at_other|at_another|with_a_competitor"
            "|with_a_couple|with_three|with_a_few|with_multiple",
            "recruiters|headhunters ~ rang|ringing|calling|called|messaging|messaged|emailing"
            "|emailed|contacting|contacted|approaching|approached|reaching_out|reached_out"
            "|hounding|chasing|pinging|pinged|DMing|DMing_me|sliding_into",
            "fielding|juggling|weighing|entertaining|getting|attracting|receiving|having ...?"
            " interest|approaches|calls|enquiries|inquiries|offers|options|conversations from"
            "|with several|multiple|other|a_few|a_number_of|various|lots_of|plenty_of",
            "in_talks|in_discussions|in_conversations|in_conversation|talking|speaking"
            "|interviewing|in_process|in_processes|in_final_talks ...? with|at|elsewhere ...?"
            " others|other|another|several|a_few|multiple|elsewhere|competitors|a_competitor"
            "|rivals",
            # The offer hedged as it is claimed: "a verbal offer, well, nearly", "(well, sort of)"
            "well|ok|okay|er|erm|um nearly|almost|sort_of|kind_of|kinda|sorta|more_or_less"
            "|not_quite"
            "|pretty_much|practically|ish",
            "offers|offer|things|options|opportunities|something ...? brewing|cooking|bubbling"
            "|percolating|simmering|in_the_works|in_the_pipeline|on_the_boil|on_the_go",
            "verbal|unofficial|informal|soft|provisional|tentative|likely|probable|near"
            "|in-principle"
            " ...? offer|offers",
            "offer|offers in_principle",
            # An offer claimed with a hedge: "I've more or less got an offer".
            "more_or_less|basically|practically|pretty_much|all_but|virtually|as_good_as|almost"
            "|nearly|just_about|effectively|essentially|kind_of|sort_of|kinda|sorta got|have"
            "|secured|landed|received|been_given|been_made an|the|another|a_second|a_competing"
            "|a_firm|a_job? offer|offers",
            "more_or_less|basically|practically|pretty_much|all_but|virtually|as_good_as|almost"
            "|nearly|just_about|effectively|essentially|kind_of|sort_of|kinda|sorta been_offered"
            "|offered me? the|a|another job|role|post|position|contract|place",
            # The competition inflated: "a couple of others sniffing around".
            f"{_SUITORS} ...? {_CIRCLING}",
        ),
        reader_tone=True,
        stages=frozenset(
            {"competing_offer", "check_in", "final_follow_up", "answer_delay", "thank_you"}
        ),
        without_stage=False,
    ),
    Rule(
        id="strengths_after_no",
        kind="match",
        severity="warning",
        section="replies/#rejection",
        message=(
            "Listing your strengths after a no {found} argues with the decision; thank them, ask "
            "lightly for feedback and leave the door open instead."
        ),
        patterns=(
            # Credentials counted, brackets and all: "I hold both the CA (Singapore) and CPA
            # Australia qualifications".
            r"(?<![\w'’])I(?:[ \t]+(?i:hold|have|possess|earned|bring|completed|passed)"
            r"|['’]ve[ \t]+(?i:got|earned|completed|gained|passed))[ \t]+(?i:both|all[ \t]+three"
            r"|all[ \t]+four|two|three|four|several|multiple)[ \t]+[^.!?;\n]{0,60}?"
            r"(?i:qualifications|certifications|degrees|designations|credentials|accreditations"
            r"|licences|licenses|diplomas|exams|charters)(?!\w)",
            # The record counted in hours, flights or cases, in any grouping: "hold 1,450 hours
            # including 600 on type", "have logged 2.300 sectors", "with 12,000+ hours".
            r"(?<![\w'’])(?i:hold|holding|have|having|had|with|logged|log|clocked|clocking"
            r"|amassed|accumulated|racked|built|bring|bringing|possess|got|completed|flown|flew"
            r"|done|did|performed|delivered|handled|treated|placed|closed|sold)"
            r"(?:[ \t]+(?i:up|over|more[ \t]+than|nearly|almost|around|about|some|well[ \t]+over"
            r"|upwards[ \t]+of|close[ \t]+to|in[ \t]+excess[ \t]+of|north[ \t]+of|a[ \t]+total"
            r"[ \t]+of|total))*[ \t]+(?:\d{1,3}(?:[,. \u00a0’']\d{3})+|\d{2,})\+?(?:[ \t]+(?i:total"
            r"|flight"
            r"|flying|logged|PIC|command|sea|seagoing|clinical|teaching|billable|supervised|dive"
            r"|jump|TT|turbine|jet|multi-engine|multi-crew|instructional|patient|contact|classroom"
            r"|case|project))?[ \t]+(?i:hours|hrs|sectors|flights|landings|sorties|dives|jumps"
            r"|placements|shifts|cases|deliveries|surgeries|procedures|operations|installs"
            r"|installations|welds|patients|students|clients|accounts|transactions|tickets"
            r"|calls|projects|deals|units|homes|miles|nautical[ \t]+miles|km|kilometres"
            r"|kilometers)(?!\w)",
            # A credential by its letters: "I hold my CPC", "I've got a full HGV Class 1 licence".
            r"(?<![\w'’])I(?:[ \t]+(?i:also[ \t]+)?(?i:hold|possess|earned|gained|obtained|passed"
            r"|have[ \t]+(?:earned|gained|obtained|passed))|['’]ve[ \t]+(?i:also[ \t]+)?"
            r"(?i:got|earned|gained|obtained|passed))[ \t]+(?:(?i:my|a|an|both|the|full|current"
            r"|valid|a[ \t]+full|a[ \t]+valid|a[ \t]+current)[ \t]+)?(?!(?:CV|PDF|ID|NDA|URL)\b)"
            r"[A-Z][A-Z0-9&+/-]{1,7}(?![\w'’])(?=[ \t]*(?:[,.;:!)\n]|\Z)|[ \t]+(?i:and|plus|as"
            r"[ \t]+well|too|licen[cs]e|card|ticket|certificate|certification|qualification"
            r"|accreditation|registration|status|class|level|part|first|with[ \t]+(?:distinction"
            r"|merit|honours|honors))(?!\w))",
        ),
        hints=(
            *("hold", "possess", "earned", "gained", "obtained", "passed", "ve got"),
            *("both", "two", "three", "four", "several", "multiple"),
            *("hours", "hrs", "sectors", "flights", "landings", "cases", "procedures", "patients"),
            *("installs", "welds", "deliveries", "shifts", "clients", "miles", "dives", "deals"),
        ),
        families=(
            "just_to_remind_you|to_remind_you|as_a_reminder|let_me_remind_you|I'd_remind_you"
            "|may_I_remind_you|I_would_remind_you|lest_we_forget {rest}",
            "bear|keep|take in_mind|into_account|into_consideration that? I|I've|I'm|I_have|I_am"
            "|my {rest}",
            "I'd_like_to|I_would_like_to|let_me|allow_me_to|may_I|I_want_to|I_must|I_should"
            "|I'd_just|I_would_just|I_feel_I_should|I_feel_I_must|I_need_to ...? point_out"
            "|stress|emphasi*|restate|reiterate|underline|remind_you|highlight|re-emphasi* {rest}?",
            "no_other|no|none_of_the_other|nobody_else|no_one_else|nobody|no_one|no-one"
            " candidate|applicant|one|person|finalist ...? will|would|could|can|has|had|have"
            " ...? my|me|match|bring|offer",
            "in_case it|this|that|my_experience|this_point|my_background was|got|has_been|went"
            " overlooked|missed|lost|unclear|not_clear|unnoticed|forgotten|under-appreciated",
            "especially|particularly|despite|in_spite_of|what_with given|considering|of? my"
            " ...? track_record|experience|background|record|qualifications|credentials|expertise"
            "|skills|years|degree|MBA|PhD|results|achievements|network|portfolio",
            "me|I'm|I_am|I_was ...? more_than|eminently|fully|well|highly|perfectly|over|very"
            "|exceptionally|uniquely|ideally qualified|suited|equipped|placed|overqualified",
            "for_the_record {rest}",
            "not_sure|unsure|don't_know|wonder|wondering|I_wonder|I_hope if|whether that|this|it"
            "|my_experience|my_background|all_this|my_strengths ...? came_across|came_through"
            "|was_clear|was_noticed|registered|got_across|was_picked_up|was_apparent|was_obvious"
            "|was_seen",
            "please note|remember|re-read|reread|revisit|look_again_at|see_again again? my|that_I"
            "|that_my skills|experience|qualifications|background|CV|record"
            "|track_record|portfolio|credentials|achievements|results",
            "perhaps|maybe|I_think|I_fear|I_worry|possibly|I_suspect my CV|application|interview"
            "|answers|cover_letter|resume|résumé|portfolio didn't|did_not|failed_to|may_not_have"
            "|might_not_have|doesn't|does_not|couldn't ...? highlight|show|convey|reflect|capture"
            "|mention|make_clear|do_justice|get_across|showcase",
            "I was|graduated|finished|came|ranked|placed top|first|highest|best of|in my|the"
            " class|year|cohort|intake|batch|programme|program|school|department",
            "with|after|having|given|despite|considering my? {count} years|yrs|decades|years'"
            " ...? in|of|as|at|experience|running|leading|working {rest}?",
            "I have|I've|I've_got|I_hold|I_bring|I_possess {count} years|yrs|decades|degrees"
            "|certifications|languages|patents|papers|publications {rest}?",
            "I've|I_have|I led|run|ran|managed|delivered|built|won|launched|shipped|closed|trained"
            "|supervised|grown|raised|handled {count} {rest}?",
            "I speak|hold|have|possess {count}? languages|a_PMP|a_PRINCE2|a_CFA|an_MBA|a_PhD"
            "|a_masters|a_master's|CFA|PMP|PRINCE2|chartered {rest}?",
            "my portfolio|CV|record|track_record|résumé|resume|qualifications|credentials|results"
            " ~ includes|include|shows|show|proves|prove|speaks|speak|demonstrates|demonstrate"
            "|covers|cover|spans|span {rest}?",
            "restate|reiterate|recap|summari*|remind_you_of|outline|list what|all I|I? bring"
            "|offer|can_offer|have_to_offer|would_bring|could_bring",
            "strong|proven|extensive|solid|unmatched|unique|rare track_record|record|background"
            "|mix|combination|skill_set|skillset|blend|profile {rest}?",
            # A credential claimed after the no: "I'm coded to ASME IX in 6G".
            "I'm|I_am|I've_been|I_have_been|I_was|I_became|I_got ...? certified|qualified|coded"
            "|licensed|chartered|accredited|ticketed|endorsed|type-rated|fluent in|to|as|for|on|at"
            " {rest}?",
            # The record said to deserve more: "should surely count for something".
            "surely|should|must|ought_to|shouldn't|doesn't|didn't|don't|does|do|did|would ~ count"
            "|counts|counted|matter|matters|mattered|weigh|weighs|weighed for|in something"
            "|anything|nothing|more|my_favour|my_favor",
            "my ~ count|counts|counted|weigh|weighs|weighed for|in something|anything|nothing"
            "|more|my_favour|my_favor",
            "should|ought_to|surely_should|must have counted|mattered|weighed|carried|been_worth"
            "|been_enough|put_me|got_me|made_the_difference|been_considered|been_taken_into_account"
            "|counted_for_more|counted_for_something",
            # The record held up against the no: 'given my two monographs', 'for three seasons'.
            "given|considering|despite|in_light_of|in_view_of my ...? years|decades|seasons"
            "|monographs|publications|books|papers|degrees|certifications|qualifications"
            "|patents|awards|credentials|record|track_record|background|experience",
            # A distinction or an honour held up: "given my ACCA distinction and eight years".
            "given|considering|despite|in_light_of|in_view_of|with|after|having my ...?"
            " distinction|distinctions|first|first-class|first-class_degree|honours|honors|merit"
            "|medal|prize|scholarship|award|top_marks|top_grade|A*|A-levels|licence|license"
            "|chartership|fellowship|accreditation|PhD|MBA|masters|master's|doctorate|portfolio"
            "|references|reviews|appraisals|ratings|results|grades|scores|numbers|figures",
            # Measured against the others: "more Excel experience than anyone in my class".
            "I|I've|I_have|I_had|I_bring|I'm|I_am|I_was|my|me ...? more|better|stronger|deeper"
            "|broader|wider|greater|richer|longer|more_relevant|more_hands-on|more_direct"
            "|better_qualified|more_qualified|more_experienced ...? than anyone|anybody|any"
            "|most|whoever|them|him|her|the_others|the_rest|the_other|the_successful|everyone"
            "|everybody|all",
            # The record set against the field: "which is more than most people applying".
            "more|better|longer|stronger|further|greater|higher|deeper|broader|ahead than|of"
            " most|many|nearly_all|almost_all|all|the_other|other|the_rest_of|the_typical"
            "|your_typical|the_average|your_average|the_usual|any ...? people|candidates"
            "|applicants|others|finalists|contenders|interviewees|competitors|rivals|folk|folks"
            "|the_field|the_pack|the_competition|the_pool|engineers|graduates|hires|peers"
            "|candidate|applicant|person|finalist|interviewee|engineer|graduate|hire|one",
            "which|that|this|that's|which's|it's ...? is|was|are|puts_me|put_me|makes_me"
            "|sets_me ...? rare|unusual|uncommon|unique|exceptional|a_rarity|hard_to_find"
            "|not_common|not_something_many|not_something_most|more_than_most|above_average"
            "|top_of_the_field|ahead_of_the_field|ahead_of_most",
            "not_many|few|very_few|hardly_any|not_a_lot_of|precious_few|only_a_handful_of"
            " people|candidates|applicants|others|engineers|nurses|folk|people_applying"
            "|in_my_field|in_this_field|in_the_industry ...? can|could|have|has|hold|bring|boast"
            "|claim|say|offer|match",
            "few|not_many|hardly_any|very_few|no_other candidates|applicants|people|others"
            "|finalists|contenders ...? can|could|will|would|are_able_to ...? match|equal|rival"
            "|beat|touch|top|compete_with|offer|bring",
            "nobody|no_one|no-one|none_of_them|none_of_the_others|no_other_candidate|few_people"
            " ...? has|had|have|brings|brought|could_bring|can_match|could_match|matches|matched"
            " ...? more|as_much|better|my ...? than|as me? {rest}?",
            "as|just_as|every_bit_as|at_least_as qualified|experienced|capable|skilled|strong"
            "|good as|than anyone|anybody|whoever|the_others|the_person|the_candidate|them|him"
            "|her",
            "for|over|across {count} years|seasons|decades|summers|winters|months",
            "I|I've|I_have ...? hold|have|possess|earned|got|completed {count}? master's"
            "|masters|degrees|diplomas|PhDs|doctorates|certificates|certifications"
            "|publications|patents|awards",
            "my portfolio|references|record|track_record|CV|résumé|resume|results|reviews"
            "|appraisals|credentials ...? is|are|was|were ...? award-winning|outstanding"
            "|excellent|exceptional|impeccable|stellar|glowing|second_to_none",
            "exceed|exceeds|surpass|surpasses|outstrip|outstrips|go_beyond|goes_beyond ...?"
            " what|the ...? role|job|position|requirements|criteria|spec|brief|needs|requires"
            "|asked",
            "more_than|over|well_over|upwards_of|nearly|almost|close_to a_decade|decades"
            "|two_decades|three_decades|a_dozen_years|twenty_years|fifteen_years|ten_years of"
            "|in experience|the_field|the_industry|the_trade|this_field|the_sector",
            # The record in other words: "I've got four years", "passed my ITC first time".
            "got|had|bring|brings|bringing|clocked|clocked_up|racked_up|logged {count} years|yrs"
            "|decades|years' {rest}?",
            "qualified|passed|cleared|aced|sailed_through|smashed my|the|all|both|every|as|in"
            " ...? exams|exam|CA|CPA_exam"
            "|papers|boards|finals|ITC|CPA|CFA|ACCA|ACA|CIMA|bar|QE|qualifications|board_exam"
            "|licensure ...? first_time|first-time|the_first_time|first_attempt|at_first_attempt"
            "|on_the_first_attempt|at_the_first_attempt|first_go|first_try|first_sitting"
            "|with_distinction|with_honours|with_honors {rest}?",
            "trust|hope|assume|presume|take_it it|this|that was|has_been|had_been noted"
            "|considered|taken_into_account|clear|seen|recognised|recognized|factored_in"
            "|on_record|borne_in_mind|appreciated|picked_up|spotted",
            "point_out|remind_you|draw_your_attention_to|stress|emphasise|emphasize|underline"
            "|highlight|flag|note|add|mention ...? that|again_that nobody|no_one|none|only_I"
            "|I've|I_have|I_hold|I_led|I_was|I_had|I_did|I_already|I_speak|I_delivered|I_built"
            "|I_managed|I_ran|I_bring|I_possess|I'm_the_only|I_am_the_only|I_actually|my|I'm"
            "|I_am",
            "might|may|can|could|must|let_me|allow_me_to|I'd_like_to|I_would_like_to I? add"
            "|mention|note|point_out|stress|remind_you ...? that? I|I've|I'm|my|nobody|no_one",
            "bears|bear repeating|mentioning|noting|emphasising|emphasizing|restating"
            "|pointing_out|remembering|saying",
            "so_you_have|so_you've_got|to_give_you|for the|a full|complete|whole|fuller|bigger"
            "|true picture",
            "just_so_you_know|for_the_record|in_case_you_missed_it|in_case_it_was_missed"
            "|in_case_it_got_missed|lest_we_forget|in_case_it_slipped|in_case_it_got_lost",
            "worth bearing|keeping|remembering|noting|mentioning|pointing_out|flagging"
            "|considering|highlighting|knowing",
            "you|the_panel|they|the_team|the_committee ...? may|might|must|probably|perhaps"
            " ...? have? missed|overlooked|not_noticed|not_seen|forgotten|not_realised"
            "|not_realized|failed_to_notice|failed_to_see|glossed_over|skipped",
            "don't|didn't|do_not|did_not|not_sure|doubt|wonder_if|may_not|might_not"
            "|clearly_didn't|fear ~ came|come|got|get|was|were ...? across|through|noticed"
            "|appreciated|understood|recognised|recognized|conveyed|clear",
            "recap|summarise|summarize|restate|reiterate|remind_you_of|list|run_through|go_over"
            "|go_through|spell_out|outline|set_out ...? my|the strengths|skills|experience"
            "|credentials|achievements|qualifications|record|track_record|case|selling_points"
            "|value|suitability|fit|CV|background",
            "blow|blowing my own|my trumpet|horn",
            "toot|tooting my own? horn",
            "not_to_brag|without_bragging|not_to_boast|without_boasting|humblebrag|humble_brag"
            "|not_to_show_off",
            "employee|worker|salesperson|nurse|teacher|engineer|agent|manager|rep|associate"
            "|staff_member of the? year|month|quarter",
            "still|firmly|truly|stand_by believe|think|feel|maintain|reckon ...? my|that_my"
            "|that ...? {count} years",
            "still|firmly|truly believe|think|feel|maintain|reckon ...? my|that_my|that|I|I'm"
            "|I_am ...? years|experience|record|track_record|skills|background|qualifications"
            "|expertise|credentials|profile|stronger|better|best|right|ideal|perfect",
            "I hold|have|possess|bring|earned|published ...? PhD|doctorate|degree|masters|MBA"
            "|patents|papers|publications|certifications|qualifications {rest}",
            # Every requirement met: "I hit every requirement on the posting", "ticked all the
            # boxes".
            "I|I've|I_have|I_more_than|I_actually|I_clearly|I_easily|my_application|my_CV"
            "|my_profile|my_experience ...? hit|hits|met|meet|meets|ticked|tick|ticks|checked"
            "|check|checks|fulfil*|fulfill*|satisfied|satisfy|satisfies|matched|match|matches"
            "|covered|cover|covers|exceeded|exceed|exceeds|nailed|ticked_off ...? every|all|each"
            "|all_of|every_one_of|each_one_of|every_single|each_and_every ...? requirement*"
            "|criteri*|box|boxes|point|points|bullet|bullets|qualification*|skill|skills|line"
            "|competenc*|essential|essentials|must-have*|item|items|condition|conditions",
            "I|my_profile|my_CV|my_résumé|my_resume|my_experience|my_background|my_skills ...?"
            " match|matches|matched|fit|fits|mirror|mirrors|mirrored|mapped_onto|map_onto ...?"
            " the|your ...? job_description|JD|job_spec|spec|specification|posting|job_posting"
            "|advert|job_ad|ad|listing|brief|person_spec|person_specification|requirements"
            "|criteria|vacancy {rest}?",
            # An achievement counted: "I've broken three front-page investigations".
            "I|I've|I_have|I_had|I_also|I've_also|I_personally ...? broke|broken|published|wrote"
            "|written|authored|co-authored|secured|landed|won|saved|generated|brought_in|placed"
            "|recruited|hired|mentored|taught|coached|designed|developed|created|founded|opened"
            "|sold|negotiated|exposed|uncovered|produced|directed|organised|organized|exceeded"
            "|beat|doubled|tripled|cut|reduced|grew|scaled|implemented|rolled_out|deployed"
            "|migrated|automated|filed|argued|treated|nursed|delivered|performed|translated"
            "|edited|reported|investigated|audited|commissioned|completed|finished|passed"
            "|achieved|earned|presented|chaired|captained|coordinated|onboarded|resolved"
            "|turned_around {count} {rest}?",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="disputing_no",
        kind="match",
        severity="warning",
        section="replies/#feedback",
        message=(
            "Disputing the decision or the feedback {found}, or threatening to take it further, "
            "will not change it; thank them for it, even if you disagree, and leave the door open."
        ),
        patterns=(
            # Grudging thanks: "thanks for finally getting back to me, I suppose".
            r"(?i:thanks|thank[ \t]+you|cheers|ta)(?!\w)[^.!?\n]{0,80}?,?[ \t]*\(?"
            r"(?i:I[ \t]+suppose|I[ \t]+guess|I[ \t]+s['’]pose|I[ \t]+reckon|I[ \t]+gather"
            r"|or[ \t]+whatever|whatever)(?!\w)\)?(?=[ \t]*(?:[.!?…)\n]|$))",
            # "So much for 'we'll be in touch'" opening a sentence; "thank you so much for" is
            # thanks.
            r"(?<![\w,;:'’][ \t])(?<![\w,;:'’])(?i:(?:well|oh|ah|huh|yeah|right|great)[ \t]*,?"
            r"[ \t]+)?(?i:so[ \t]+much[ \t]+for)(?!\w)[^.!?\n]{0,80}",
            # Their words in scare quotes: "Hope the 'culture fit' works out for you" (a name in
            # quotes, "the 'Project Falcon' launch", is no sneer).
            r"(?i:hope|good[ \t]+luck[ \t]+with|enjoy)[ \t]+(?:(?i:the|your|that|all[ \t]+that)"
            r"[ \t]+)?['‘\"“](?-i:[a-z])[^'’\"”\n]{1,39}['’\"”]",
        ),
        openers=frozenset(
            {"so", "well", "oh", "ah", "huh", "yeah", "right", "great", "hope", "good", "enjoy"}
            | {"thanks", "thank", "cheers", "ta"}
        ),
        families=(
            # "I don't think the panel saw my best work."
            "don't|didn't|do_not|did_not|never think|feel|believe ...? you|the_panel|they"
            "|the_interviewers|the_team|anyone ...? saw|see|got_to_see|caught|had_a_chance_to_see"
            "|gave_me_a_chance_to_show ...? my|the ...? best|full|real|true",
            "don't|do_not|can't|cannot|didn't ...? think|believe|feel|accept|agree|see ...? it's"
            "|that's|this_is|that_is|it_is|it_was|that_was|the_feedback|the_comment|that|this"
            "|the_assessment|the_point|your_feedback|the_decision ...? accurate|fair|correct"
            "|true|right|justified|a_fair|an_accurate|the_full_picture",
            "that's|this_is|it's|that_is|it_is|the_feedback_is|that_was|it_was|this_was not|hardly"
            "|isn't|wasn't a? fair|accurate|true|correct|right|balanced|reasonable"
            "|honest assessment"
            "|reflection|picture|characterisation|characterization|summary|description|view"
            "|account|representation|judgement|judgment",
            "feedback|comment|comments|assessment|point|remark|remarks|claim|criticism|observation"
            "|impression|conclusion|suggestion|that|this ~ is|was|are|were|seems|sounds|feels ...?"
            " untrue|inaccurate|incorrect|unfair|false|not_true|not_accurate|not_correct|not_fair"
            "|unfounded|baseless|mistaken|misleading|off_the_mark|off-base|off_base"
            "|wide_of_the_mark"
            "|unjustified|unwarranted|harsh",
            "push_back|pushback|take_issue|quibble|argue ...? on|with|against the|that|this|your"
            " ...? point|feedback|comment|comments|assessment|suggestion|view|claim|conclusion"
            "|decision|characterisation|characterization",
            "you|they|the_panel|panel|interviewer|interviewers|the_interviewers|the_team"
            "|the_committee|assessor|assessors|your_panel|your_team ...? misunderstood|misread"
            "|misinterpreted|misheard|misjudged|misrepresented|mischaracteri*|underestimated"
            "|undervalued|overlooked|got_wrong",
            "interviewer|interviewers|panel|panellist|panelist|panellists|assessor|assessors|you"
            "|they was|were|are|is|got_it wrong|mistaken|incorrect|misinformed|unfair|biased"
            "|wrong_about",
            "I|I've|I_had|I_did|I_have did|actually|in_fact|definitely|clearly|certainly cover*"
            "|address*|answer*|mention*|discuss*|explain*|demonstrat*|show*|talk*|provid*"
            "|describ*|present*",
            "have_to|must|would|I'd|beg_to|respectfully|strongly|need_to|going_to|can't_help_but"
            "|slightly|somewhat disagree",
            "explain|show|clarify why|how that's|that_is|it's|this_is|that_was|it_was a|not",
            "there's|there_has|there_have|there_was|there_must_be|there_might_be|there_may_be"
            "|surely_there's|that's|this_is|it's|that_was|it_was|this_was ...? a|an|some ...?"
            " mistake|error|misunderstanding|mix-up|mixup|oversight|miscommunication"
            "|misinterpretation",
            "the|your|those question|questions|brief|task|case_study|instructions|exercise|format"
            "|test ...? were|was|seemed ...? unclear|ambiguous|confusing|vague|poorly_worded"
            "|badly_worded|misleading|unfair|badly_designed|poorly_designed",
            "doesn't|does_not|didn't|did_not|don't|do_not match|reflect|fit|square_with|tally_with"
            "|line_up_with|capture how|what|my|the ...? interview|it|things|I went|happened"
            "|experience|performance|felt|did",
            "can't|cannot|don't|do_not|struggle_to|fail_to|can_not|couldn't|could_not|still"
            " understand|see|comprehend|fathom|believe|get|figure_out how|why {rest}",
            "can't|cannot|don't|couldn't|still believe|understand you|they|the_panel ...? passed"
            "|passed_on|turned_down|rejected|said_no|didn't_choose|overlooked|went_with"
            "|chose",
            "this|that|it|the_decision|the_outcome|the_process|the_result|this_decision seems"
            "|feels|sounds|looks|appears|seemed|felt|is|was ...? unfair|unjust|wrong|harsh"
            "|arbitrary|not_fair|premature|rushed|bizarre|baffling|inexplicable",
            "badly|poorly|terribly|unprofessionally run|organised|organized|conducted|managed"
            "|structured|designed",
            "could|can|would|please you? double-check*|recheck|re-check|check_again|look_again"
            "|take_another_look|have_another_look|re-evaluate|reassess|re-examine",
            "revisit|review|re-evaluate|reassess|re-examine|change|look_again_at|re-open|reopen the"
            "|this|your decision|outcome|assessment|scores|scoring|case",
            "another|a_second|one_more|a_fresh chance|shot|opportunity|go|try|interview|round"
            "|meeting|hearing to? prove|demonstrate|change_your_mind|convince|persuade",
            "mistake|error|misjudgement|misjudgment|oversight|the_wrong_call|wrong_call ...?"
            " not|not_to|in_not|to_not|in_rejecting|to_reject|in_passing",
            "don't|do_not|can't|cannot|still_don't|honestly_don't|just_don't understand|get|accept"
            "|comprehend|see this|the|your|that decision|outcome|rejection|choice|result",
            "feedback|comment|comments|assessment|criticism|remark|remarks|verdict|evaluation"
            "|scoring|marking|conclusion ~ is|was|are|were|seems|sounds|feels ...? wrong|not_right"
            "|way_off|mistaken|incorrect|unfair",
            "please|you|kindly|ask_you_to|could_you|would_you|can_you|you_could|you_would ...?"
            " look_at|look_over|review|read|reassess|re-read|go_over|go_through ...? my"
            " application|candidacy|CV|case|answers|interview|assessment ...? again|once_more"
            "|afresh|a_second_time",
            "overturn*|reverse|reversing|appeal|appealing|challenging|contesting|disputing this"
            "|that|it|the_no|the_rejection|my_rejection",
            "panel|interviewers|committee|team|assessors|recruiters|they|you|HR got|get|have_got"
            "|'ve_got this|it|that|the_decision|me ...? wrong|badly_wrong|all_wrong",
            "you|they|the_panel|the_interviewers|your_team|nobody|no_one ...? didn't|did_not|never"
            "|failed_to|can't_have|couldn't_have|cannot_have|obviously_didn't ...? read|look_at"
            "|review|consider|listen_to|hear|understand|take_in|look_properly_at my|what_I",
            "appeal*|challeng*|contest*|disput*|overturn*|question|questioning|reverse|reversing"
            "|revise|revising|rethink|rethinking the|this|your|that decision|outcome|result"
            "|rejection|choice",
            "decision|outcome|rejection|result ...? could|can|might|may|would|will be? reversed"
            "|overturned|revisited|reconsidered|reviewed|changed|looked_at_again|rethought"
            "|revised|appealed",
            # Not reconciling the no with how it went: 'hard to square with how well it went'.
            "hard|difficult|impossible|tricky|tough|struggle|struggling|can't|cannot|couldn't"
            "|unable to? square|reconcile|tally",
            "don't|do_not|can't|cannot|still_don't ...? understand|get|accept|comprehend"
            "|follow the|this|your|that decision|outcome|rejection|choice|result|reasoning",
            "this|that|it|the_decision|the_outcome|the_result doesn't|does_not|just_doesn't"
            "|didn't make_sense|add_up",
            "another|a_second|one_more|a_fresh go|shot|try|crack|attempt|chance ...? at|on"
            " ...? the|that|your technical|interview|round|test|assessment|task|exercise"
            "|case_study|presentation|panel|final",
            "didn't|did_not|failed_to|may_not_have|might_not_have|couldn't|wasn't_able_to"
            " ...? appreciate|grasp|recognise|recognize|value|understand|see my|what_I"
            "|the_depth|the_extent|the_value",
            "at_odds|inconsistent|in_contradiction|in_conflict|incompatible|contradicts"
            "|contradicted|contradictory with|to? what|the|how|your|my",
            "you|they|the_panel|the_team|the_interviewers ...? have|haven't|didn't|did_not"
            "|couldn't|never ...? not? ...? seen|see|recognised|recognized|appreciated"
            "|grasped|noticed ...? my full|true|real|whole potential|ability|abilities|worth"
            "|value|capabilities",
            "refuse|refusing|won't|will_not to? accept|believe|agree that|the|this|your|it",
            "can't|cannot|can_not|couldn't|could_not|struggling_to|struggle_to get|wrap my|me"
            " head|mind|noggin around|round it|this|that|the_decision|the_outcome|the_news",
            "signals|signs|vibes|indications|cues|body_language|everything|everyone ...?"
            " pointed|suggested|said|indicated|pointing the_other_way|otherwise|to_a_yes"
            "|to_an_offer|towards_a_yes",
            "reasons|reasoning|feedback|decision|logic|rationale|explanation|it|this|that|which"
            " ...? don't|doesn't|do_not|does_not|didn't|did_not|won't stack_up|add_up|hold_up"
            "|hold_water|make_sense|wash|fly|ring_true",
            "how can|could|is|was|did this|that|it be|happen|have_happened|possible"
            "|happen_after {q}?",
            "how_come {toq}",
            "premature|hasty|rash|unfair|early|soon|quick|wrong|harsh to rule|write|count|cross"
            "|dismiss|discount me? out|off",
            "don't|do_not|didn't|did_not think|believe|feel|reckon ...? process|decision"
            "|assessment|panel|interview|selection|outcome|it|this|that|things was|is|were"
            "|has_been fair|just|right|objective|balanced|impartial|transparent|fair_to_me"
            "|above_board",
            "process|decision|assessment|panel|interview|selection|outcome|whole_thing"
            "|shortlisting ...? was|is|were|felt|feels|seems|seemed|looks|looked ...? like?"
            " unfair|biased|rigged|a_sham|a_stitch-up|a_stitch_up|a_formality"
            "|a_foregone_conclusion|stacked|flawed|fixed|predetermined|pre-determined"
            "|a_done_deal|a_box-ticking_exercise|a_tick-box_exercise|a_joke|a_farce|a_charade"
            "|a_fix|a_setup|a_set-up|for_show|just_for_show",
            "decision|choice|outcome|job|role|it|post|appointment ...? was|had_been|were"
            "|'d_been already? made|decided|sewn_up|settled|fixed|predetermined|a_done_deal"
            "|in_the_bag|a_formality|agreed before|long_before|from_the_start|all_along"
            "|beforehand|in_advance|from_day_one",
            "you|you'd|you_had|you've|they|they'd|the_panel|the_team ...? already|always ...?"
            " decided|chosen|picked|made_up_your_mind|had_someone_in_mind|had_someone_lined_up"
            "|had_an_internal_candidate|had_your_candidate|knew_who",
            "panel|you|they|committee|team|you've|you_have|you're|interviewers|board"
            "|decision-makers|hiring_manager ...? has|have|'ve|are|is? got|gotten|getting this"
            "|that|it|me one? wrong|badly_wrong|all_wrong|the_wrong_way_round",
            "a|an|the|such_a|what_a|really_a ...? bad|poor|terrible|questionable|dodgy|rubbish"
            "|strange|odd|weird|short-sighted|shortsighted|hasty|silly|big|huge|costly|baffling"
            "|bizarre call|decision|choice|move|judgement|judgment",
            "turn-up|turn_up|turnup for the books",
            "cheers|thanks|thank_you|ta|thanks_a_lot|thanks_a_bunch|thanks_a_million for"
            " nothing|nowt|wasting_my_time|the_waste_of_time|stringing_me_along|the_runaround"
            "|the_run-around|the_ghosting|ghosting_me",
            "hope|hoping|good_luck_with|best_of_luck_with ...? the|your|that ...? culture_fit"
            "|fit|new_hire|chosen_one|golden_child|favourite|favorite|internal_candidate"
            "|cheaper_option|mate|nephew|friend ...? works|work|working|goes|go|pans ...? out"
            "|well",
            "I'd|I_would be lying|lyin'",
            "love|loving that|this for me",
            "finally|eventually|at_long_last|at_last ...? get|got|getting|gets|found_the_time"
            "|finding_the_time|bothered|bothering|deigning|deigned ...? round|around|back|to"
            " ...? tell*|reply*|respond*|answer*|let*|writ*|me|to",
            "finally|at_last|at_long_last telling|replying|responding|answering|letting_me_know"
            "|getting_back|writing|bothering",
            "someone|somebody|whoever|a_candidate|an_applicant|a_person cheaper|younger"
            "|less_qualified|less_experienced|more_compliant|who_costs_less|on_less_money"
            "|who'll_work_for_less|who_will_work_for_less|in_your_pocket|better_connected"
            "|with_connections",
            "never|don't|do_not|won't|wouldn't|will_never hire|employ|pick|choose|take_on"
            "|consider|want people|someone|anyone|somebody|candidates|applicants|folk|folks"
            " like|from|with me|my_background|us|mine|my_profile",
            "reward*|favour*|favor*|prefer*|value*|priorit* confidence|style|charisma|talk"
            "|looks|connections|who_you_know|networking|polish|buzzwords|spin|bluster|swagger"
            "|form over|above|rather_than|instead_of competence|substance|skill|skills|ability"
            "|experience|merit|results|talent",
            "competent|qualified|capable|skilled|experienced|good|decent|talented|real|serious"
            " ...? for_once|for_a_change",
            "string|strings|stringing|strung people|candidates|applicants|me|us|everyone|folk"
            "|folks along",
            "left|leaving|leave|kept|keeping people|candidates|applicants|me|us hanging"
            "|dangling|in_limbo|in_the_dark",
            "copy-paste|copy-and-paste|copy_paste|copy_and_paste|cut-and-paste|cut_and_paste"
            "|form|templated|automated|canned|boilerplate|generic|stock|auto-generated ...?"
            " email|reply|response|rejection|message|letter|note {rest}?",
            "went|go|goes|gone|going|all|was|were ...? straight? in|into|down|to the? bin|trash"
            "|rubbish|drain|shredder|wastebasket|waste|nothing",
            "unpaid|free work|labour|labor|consulting|consultancy|hours {rest}?",
            "what would|do I know {rest}?",
            "what_a|well_what_a surprise|shock|shocker|surprise_that_is",
            "don't|do_not|can't|cannot|won't|will_not|refuse_to|couldn't accept|agree_with|buy"
            "|recognise|recognize that|this|the_feedback|your_feedback|your_assessment|it"
            "|the_idea|the_suggestion|the_claim|the_characterisation|the_characterization",
            "contest|dispute|challenge|question|reject|take_issue_with|push_back_on|object_to"
            "|quibble_with ...? the|that|this|your ...? idea|claim|suggestion|notion|assessment"
            "|characterisation|characterization|feedback|view|point|comment|comments|conclusion"
            "|finding|statement|assertion|description|verdict|judgement|judgment|impression"
            "|criticism",
            "beg_to_differ|respectfully_disagree|strongly_disagree|must_disagree"
            "|have_to_disagree|couldn't_disagree_more|take_exception",
            "I've|I_have|I_had|I managed|led|ran|run|built|delivered|supervised|headed|trained"
            "|taught|handled|done|shipped|launched ...? {word} {bang}",
            "feedback|assessment|critique|comments|notes|review|evaluation|score|scores|marks"
            "|rating|verdict|judgement|judgment|comment ...? is|was|are|were|seems|seemed|feels"
            "|felt|sounds ...? rubbish|nonsense|wrong|inaccurate|unfair|incorrect|untrue"
            "|baseless|unfounded|ridiculous|absurd|laughable|a_joke|way_off|off_base"
            "|off_the_mark|wide_of_the_mark|misguided|mistaken|false|not_accurate|not_true"
            "|not_fair|not_correct|bollocks|BS|rich|unjustified|misplaced|a_stretch"
            "|a_misreading|a_mischaracterisation|a_mischaracterization|contradictory|garbage"
            "|trash|bogus|harsh|off",
            "that's|that_is|this_is|it's|it_is|which_is|that_was|this_was|which_was|that|this"
            " not|isn't|wasn't|hardly accurate|true|correct|fair|what_happened|how_it_went"
            "|how_it_happened|the_case|how_I_remember_it|my_recollection|a_fair_read"
            "|a_fair_reading|a_fair_reflection|a_fair_assessment|a_fair_summary|the_whole_story"
            "|entirely_fair|entirely_accurate|a_fair_picture|how_I_saw_it",
            "correct|set|put ...? the|a|my record|record_straight",
            "set|put the|things|matters record|things|matters ...? straight|right",
            "not_sure|unsure|doubt|don't_think|don't_believe|wonder_if|question_whether"
            "|not_convinced ...? that's|that_is|it's|it_is|this_is|that_was|it_was|this_was"
            "|that|this ...? a|an|the fair|accurate|true|correct|reasonable|right|balanced read"
            "|reading|reflection|assessment|summary|picture|account|take|characterisation"
            "|characterization|description|view|judgement|judgment",
            "respond|reply|answer|address|rebut|go_through|take|counter|tackle|refute ...?"
            " point_by_point|each_point|each_of_the_points|each_concern|each_of_the_concerns"
            "|line_by_line|item_by_item|in_turn|one_by_one|the_points|the_concerns|your_points"
            "|your_concerns",
            "point_by_point|line_by_line",
            "any|a|chance|possibility|room_for|hope_of|scope_for|hope_for|open_to|consider ...?"
            " of? a|an? U-turn|u-turn|rethink|change_of_heart|second_look|second_thoughts"
            "|re-think|reversal|reconsideration|fresh_look|another_look|second_chance"
            "|second_bite|another_chance|another_shot|one_more_shot|another_go|re-run|rerun"
            "|redo|do-over|do_over|retake|retest|re-interview|reinterview|second_crack"
            "|another_crack|another_try|one_more_chance|one_more_go|last_chance|final_chance"
            "|re-think|re-evaluation|reevaluation|review",
            "is|was|are the|this|that|your|my ...? decision|outcome|choice|result|verdict"
            "|selection|rejection ...? set_in_stone|final|irreversible|irrevocable|definite"
            "|binding|closed|sealed|done_and_dusted|fixed|absolute|firm|non-negotiable"
            "|locked_in {toq}",
            "wiggle_room|room_to_change_it|room_to_manoeuvre|room_to_maneuver"
            "|room_for_manoeuvre|room_for_maneuver|leeway|room_to_move",
            "don't|do_not|please_don't|please_do_not close|shut|slam the|that|this door|book"
            " ...? yet|on_this_one|on_this_role|on_my_application|on_me_yet|just_yet|completely",
            "give|grant|offer|allow|let me|it|my_application|my_candidacy|my_CV|my_file|us ...?"
            " a|another|one_more|one_last ...? second|fresh|last|final|further|another? look"
            "|glance|read|chance|go|shot|try|hearing|review|round|crack|bite|stab|look-in"
            "|audition|opportunity",
            "one_more|another|a_second|one_last ...? shot|go|crack|bite|stab|do-over|try"
            "|audition|chance_to_prove|chance_to_show|opportunity_to_prove",
            "prove|show|demonstrate it|myself|my_worth|my_value|what_I_can_do|you_wrong"
            "|them_wrong|the_panel_wrong",
            "back in|into|on the_running|contention|the_mix|the_frame|consideration"
            "|the_shortlist|the_process|the_race|the_game|play",
            "request|lodge|file|submit|make|raise|launch|seek ...? a|an formal|official? appeal"
            "|review|grievance|reconsideration|re-evaluation|re-review|re-assessment"
            "|reassessment|challenge",
            "appeal*|challenge|contest|dispute|overturn ...? against? the|this|your|that ...?"
            " panel's|committee's|board's|hiring|selection ...? decision|outcome|result"
            "|rejection|recommendation|verdict|ruling|selection|finding",
            "revisit|rethink|reassess|re-assess|reevaluate|re-evaluate|reconsider|reverse"
            "|overturn|revise|re-examine|reexamine|relook_at|look_again_at ...? its|their|the"
            "|your|this|that decision|outcome|choice|verdict|rejection|selection|ruling"
            "|recommendation|call",
            "decide|choose|judge|assess|evaluate|consider|rethink|look|review me|it? again"
            "|afresh|anew|once_more",
            # Offering a trial to overturn the no ("let me do a paid trial project"), not
            # thanks for one ("thank you for Saturday's trial shift").
            "do|doing|offer|offering|propose|proposing|suggest|suggesting|try|trying|give_me"
            "|let_me_do|let_me_try|work|working ...? a|an ...? paid|unpaid|free|short|one-week"
            "|one-day|week-long ...? trial|test|tryout|try-out week|day|period|shift|project"
            "|month|run|basis|task|assignment|placement",
            "hold|keep|leave|put my|me|the application|CV|file|name ...? in|on the|your ...?"
            " pile|file|stack|drawer|back_pocket ...? in_case|should|if ...? the|your|they|he"
            "|she preferred|chosen|successful|first|other|first-choice ...? candidate|person"
            "|choice|one ...? falls|fall|drops|drop|pulls|pull|doesn't|does_not|backs|back"
            "|declines",
            "in_case|should|if the|your preferred|chosen|successful|first|other|first-choice"
            "|top candidate|person|choice|one|applicant|hire ...? falls|fall|drops|drop|pulls"
            "|pull|backs|back|declines|decline|doesn't_work_out|does_not_work_out|turns_it_down"
            "|says_no|falls_through",
            "no_way|any_way|any_chance|chance|possibility ...? the|you|they|your ...? panel"
            "|team|committee|board|you|they ...? would|could|might|will|can ...? look_at"
            "|reconsider|review|revisit|rethink|re-examine|take_another_look ...? it|this|my|me"
            " ...? again|afresh",
            "look|looking|have_a_look|take_a_look|glance at it|this|my_application|me|my_CV"
            "|my_file|my_case again|afresh",
            "that's|that_is that then? {bang}?",
            "it's|it_is|its not you it's|it_is|its|but me",
            "makes|make|made|making no|little|zero|absolutely_no sense",
            "willing|able|prepared|open|persuaded|possible|minded to think_again|reconsider"
            "|rethink|revisit|look_again|change_your_mind|change_its_mind|change_their_mind"
            "|reverse",
            "change|changing your|the_panel's|their|its|the_team's|the_committee's mind|minds"
            "|decision",
            "anything|something I ...? can|could do|say to change|reverse|turn|sway|alter",
            "second|another|further|follow-up|extra|additional interview|chance|round"
            "|conversation|call|meeting|shot|try ...? to show|to_prove|to_demonstrate"
            "|to_convince|so_I_can_show|so_I_can_prove|to_change",
            "show|demonstrate|prove you|them|the_panel? what I can|could do|offer|deliver|bring",
            "another|yet_another|typical|just_another|one_more company|firm|employer"
            "|organisation|organization|recruiter|place|outfit that|which|who doesn't|does_not"
            "|won't|can't|don't|didn't value|respect|care|hire|appreciate|want|read|understand"
            "|see",
            "how|why|what on_earth|the_hell|the_heck|in_the_world|in_god's_name|the_fuck|the_f",
            "enjoy|good_luck_with|have_fun_with your|the|their mediocre|second-rate|cheap"
            "|cheaper|inferior|lesser|budget|B-team|sub-par|subpar|second-best|safe ...? hire"
            "|choice|candidate|pick",
            "mediocre|second-rate|inferior|sub-par|subpar|second-best|cheaper ...? hire"
            "|candidate|choice|pick|person|replacement",
            "dodged|dodge|dodging|dodges a|that|this|the bullet",
            "bullet dodged",
            "thanks|thank_you|cheers|great|cool|fine|okay|ok|noted I_guess|I_suppose {bang}?",
            "cool cool cool?",
            "that's|that_is|bit|pretty|quite|a_bit|that's_a_bit|that's_pretty rich {rest}?",
            "rich coming_from|from_a|from_you|given {rest}?",
            "fundamentally|profoundly|wholeheartedly|vehemently|firmly|completely|entirely"
            "|utterly|respectfully|politely|must|have_to|strongly|really|totally disagree"
            "|reject|contest|dispute",
            "disagree|disagreeing with the|your|that|this point|comment|comments|assessment"
            "|feedback|view|finding|conclusion|characterisation|characterization|remark"
            "|suggestion|decision|outcome|verdict|notes|score|scoring",
            "never|wasn't_ever|was_never|never_really|never_even|weren't_ever in_the_running"
            "|in_contention|stood_a_chance|had_a_chance|in_the_frame|in_with_a_shot"
            "|a_real_candidate|a_serious_candidate|really_considered|seriously_considered",
            "ye'll|you'll|you_will|ya'll|youll|u'll|you're_gonna|you're_going_to|you'll_live_to"
            "|you_may|you_might ...? regret|rue",
            # The polite sneer: "I'm sure the panel knows what it's doing", "you know best".
            "know|knows|knew what they're|they_are|it's|it_is|you're|you_are|they_were|it_was"
            "|you_were|he's|she's|theyre|youre|its doing",
            "clearly|obviously|evidently|apparently|presumably|I'm_sure|I_am_sure|no_doubt"
            "|I_guess|I_suppose you|they|the_panel|the_team|the_committee|your_team|HR|management"
            " know|knows|knew better|best",
            "I'm_sure|I_am_sure|no_doubt|I_guess|I_suppose|presumably|obviously|clearly you|they"
            "|the_panel|the_team|the_committee ...? had|have|has your|their|its reasons",
            "I'm_sure|I_am_sure|no_doubt|I_trust|I_guess|I_suppose|presumably you|they|the_panel"
            "|the_team|the_committee ...? made|make|have_made|has_made the|a right|best|correct"
            "|wisest call|choice|decision {emoji}",
            # Pressing for a way round the no: "Is there really nothing that can be done?".
            "is_there|there's|surely|is_there_really really? nothing|no_way|no_chance|no_room"
            "|no_possibility|nothing_at_all ...? that? ...? can|could|I_can|you_can|we_can ...? be?"
            " done|do|change|salvage|reconsider|fix|rescue|persuade|move",
            "create|make|find|open|carve_out|add|set_up ...? a|another|second|new|different|extra"
            " ...? position|role|job|post|spot|place|opening|vacancy|seat ...? for me",
            "talk|bring|win|persuade|convince|sway|coax you|the_panel|them|her|him|the_team"
            "|everyone"
            " ...? round|around|over|otherwise|to_reconsider|to_change|back",
            "change|changing your|the_panel's|their|the_team's|the_committee's mind|minds",
            # The interview called a success: "I nailed every question".
            "nailed|aced|smashed|crushed|killed|rocked|owned|breezed_through|sailed_through ...? it"
            "|every|each|all|the|that|this|my ...? question|questions|interview|round|task|case"
            "|presentation|test|assessment|answer|answers?",
            # The panel accused of not reading: "Did the panel even read my CV?".
            "did|do|does|have|has|had the|you|they|anyone|anybody|your_team|the_panel|the_recruiter"
            "|somebody|someone even|actually|ever|bother_to|really ...? read|look_at|open|see|check"
            "|review|glance_at|looked_at my|the",
            # The wait thrown back with the thanks: "only took five weeks", "took you long enough".
            "only|just|merely took|taken ...? weeks|months|days|ages|forever|an_age|a_month"
            "|a_fortnight|a_year|an_eternity",
            "took|taken you|ya|u|y'all|them|the_team ...? long_enough|ages|forever|an_age"
            "|an_eternity|a_while",
            # A reproach for what never came: "I did request it ... and never received any".
            "never|not_once|still_haven't|still_have_not|haven't_yet|have_yet_to|never_actually"
            " ...? received|receive|got|gotten|get|heard|been_sent|been_given|was_sent|was_given"
            "|sent|given|offered|provided|shared"
            " any|one|it|anything|a_thing|a_word|a_reply|a_response|an_answer|back|feedback"
            "|a_single|a_response|an_acknowledg*|acknowledg*",
            # Threatening to take it over their head: "I'll be raising this with HR", "if I
            # don't get it I will follow up with HR", "failing that, I'll go to your manager".
            f"{_I_WILL} ...? {_ESCALATE} ...? with|to your|the|a? {_HIGHER_UP}",
            f"if|unless|should {{rest}} {_I_WILL} ...? {_GO_TO} ...? with|to? your|the|a?"
            f" {_HIGHER_UP}",
            "otherwise|or|or_else|else|failing_that|failing_which|if_not|without_it|without_that"
            f"|without_which|absent_that|in_which_case {_I_WILL} ...? {_GO_TO} ...? with|to? your"
            f"|the|a? {_HIGHER_UP}",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="feedback_demand",
        kind="match",
        severity="warning",
        section="replies/#feedback",
        message=(
            "Pressing for feedback {found} puts them in a spot: many cannot give scores or "
            "notes. Ask once, lightly, and make it easy to decline."
        ),
        patterns=(
            # Their answer refused in quotes: "I'm not accepting 'we don't give feedback' as an
            # answer".
            r"(?i:not|won['’]t|will[ \t]+not|refuse[ \t]+to|can['’]t|cannot)[ \t]+"
            r"(?i:accept(?:ing)?|tak(?:e|ing)|settl(?:e|ing)[ \t]+for)[ \t]+['‘\"“].{1,60}?['’\"”]"
            r"(?=[ \t]+(?i:as|for))",
        ),
        openers=frozenset({"not", "won", "will", "refuse", "can", "cannot"}),
        families=(
            # Feedback asked for item by item: "exactly where I went wrong, point by point?".
            f"{_ITEM_BY_ITEM} {{q}}",
            f"tell|explain|list|show|outline|set_out|break_down|go_through|walk_me_through"
            f"|take_me_through|run_me_through|spell_out ~ {_ITEM_BY_ITEM}",
            # The feedback demanded as "it" once it has been named: "Please provide it."
            "please|kindly|just|so_please provide|share|give_me|hand_over|release|disclose|supply"
            " it|them|this|that|the_feedback|my_feedback|those|the_notes|the_scores {bang}?",
            "see|view|get|have|receive|access ...? a_copy_of? my|the scores|scoresheet"
            "|score_sheet|scoring|scorecard|marks|marking_sheet|rubric|scoring_matrix"
            "|interview_notes|evaluation|assessment_notes|panel_notes",
            "my|the|your|panel's|interviewers'|individual|interview|test|technical|assessment"
            " scores|score|scorecard|scorecards|score_sheet|score_sheets|scoresheet"
            "|scoring_sheet|scoring_sheets|marking_scheme|mark_sheet|ratings|rankings|marks"
            "|interview_notes|assessment_notes {rest}?",
            "detailed|thorough|in-depth|comprehensive written|full|complete feedback",
            "breakdown|break-down|itemised|itemized|point-by-point|point_by_point|line-by-line"
            "|stage-by-stage|question-by-question|blow-by-blow|full|complete|comprehensive ...?"
            " feedback|breakdown|explanation|account|report|debrief {rest}?",
            "where I|we lost|dropped|gained|scored|missed|fell ...? points|marks|short",
            "I|I'll|I_will|I_would|I'd must|have_to|need_to|going_to|will_have_to"
            "|would_have_to insist|press|push|ask_again|chase|follow_up ...? on|that|for|you"
            "|again {rest}?",
            "surely you|your_team|HR|they|the_panel can|could ...? make an? exception|share"
            "|give|tell|send|provide|explain|manage|find",
            "I'd|I_would|I|I'll|I_will|we'd expect|demand|require|insist_on|deserve ...? at_least"
            "|at_minimum|at_the_very_least|a_minimum_of {rest}?",
            "at_minimum|at_the_very_least|at_a_minimum|the_least_you_could_do {rest}?",
            "following_up|follow_up|chasing|chase|writing_again|asking_again|checking_again"
            "|nudging|reminding_you ...? on|about|regarding my|the ...? feedback|request"
            "|feedback_request|earlier_request|previous_request",
            "asked|requested|requested_feedback ...? for? ...? feedback ...? last|a|two|on|and"
            " ...? haven't|have_not|not|still|never|yet {rest}?",
            "feedback is|would_be ...? essential|vital|crucial|important|necessary|non-negotiable"
            "|the_least|owed|due {rest}?",
            "given|considering|after the|all_the|the_amount_of|how_much time|effort|hours|work"
            "|energy I|I've|I_have ...? invested|spent|put_in|gave|given|devoted",
            "feedback|scores|marks|breakdown|comments|notes on|for|from|per|at|across each|every"
            "|all_the stage|stages|round|rounds|question|questions|competency|competencies"
            "|criterion|criteria|section|interviewer|part {rest}?",
            "send|share|give|forward|email|provide|show ...? me? the|my|your ...? panel's"
            "|interviewers'|interviewer's|assessors'|scoring|marking|evaluation|written notes"
            "|scorecards|scores|score_sheet|scoresheet|scoring_sheet|marks|feedback_forms"
            "|assessment|ratings",
            "send|share|forward|provide|give|show|release|pass_on|email me? the|my|your|any ...?"
            " notes|scores|scoring|scorecards|scorecard|marks|marking|ratings|evaluation"
            "|evaluations"
            "|assessment_notes|feedback_forms|score_sheets from|on|of|about my|the interview"
            "|interviews|assessment|test|presentation|case_study|panel|application|performance",
            "copy|copies of the|my|your ...? interview|panel's|assessment|interviewers'|scoring"
            " ...? scoring|scores|scorecard|scorecards|notes|marks|ratings|evaluation"
            "|feedback_form|feedback_forms|sheet|sheets",
            "see|read|access|view|have|get|receive the|my|your ...? panel's|interviewers'"
            "|interviewer's|assessors' notes|scores|scoring|scorecards|marks|ratings|comments"
            "|evaluation",
            # Feedback as a need or a right: 'I'll need feedback', 'you must give me feedback'.
            "I'll|I_will|I|I'd|I_would|I_do|I_still need|require feedback|an_explanation"
            "|a_debrief|a_breakdown|the_scores|answers|closure",
            "you must|have_to|need_to|have_got_to|are_obliged_to|should ...? give|send|share"
            "|provide|tell ...? me? ...? feedback|an_explanation|a_reason|reasons|the_reasons"
            "|the_scores|why",
            "owe|owed|owes me ...? feedback|an_explanation|a_reason|an_answer|reasons|the_courtesy",
            "insist|demand|require ...? on? a|an|some ...? call|meeting|debrief|conversation"
            "|explanation|answer|response|phone_call",
            "30-minute|20-minute|15-minute|45-minute|60-minute|hour-long|half-hour|one-hour"
            "|1-hour|10-minute call|meeting|session|debrief|conversation|chat",
            "evaluation|evaluations|assessment|assessments|notes|write-up|write-ups|scorecard"
            "|scorecards|report|reports|comments from|of|by each|every|all_the|the_individual"
            "|individual interviewer|interviewers|panellist|panelist|panellists|panelists"
            "|assessor|assessors|member",
            "interview|panel|assessor|assessment|interviewer|interviewers' notes|scoresheet"
            "|scoresheets|scorecard|scorecards|scoring_sheet|score_sheet|scoring_sheets",
            "detailed|formal|full|written|complete|thorough justification|rationale"
            "|account_of_why|debrief",
            "exception ...? to|in|for ...? any|the|your|my|this ...? policy|no-feedback|rule"
            "|rules|case",
            "where|what it|things|I went|go wrong",
            "I|I'd|I'll|I_will|I_would|we ...? expect|demand|require|insist_on|need|want"
            "|deserve|am_owed|am_entitled_to|must_have|must_receive|must_get|will_need ...? a"
            "|an|the|some|at_least ...? detailed|full|proper|written|complete|thorough|itemised"
            "|itemized|formal|comprehensive|real|actual|honest|clear|specific|point-by-point"
            "|line-by-line|in-depth|written|proper_written? breakdown|critique|debrief"
            "|explanation|report|account|justification|scores|notes|scoresheet|scorecard"
            "|score_sheet|marking|rationale|analysis|appraisal|evaluation|feedback",
            "sent|send|emailed|email|forwarded|forward|provided|shared|delivered ...? over"
            "|across|through? today|tonight|tomorrow|immediately|asap|ASAP|right_away|this_week"
            "|at_once|straight_away|promptly|at_the_earliest|by_return|forthwith|without_delay"
            "|within",
            "owed|due|entitled_to|deserve|deserved|earned|merit ...? at_least|the_courtesy_of"
            "|the_decency_of|a|an|some|proper|real|honest|decent ...? feedback|explanation"
            "|reason|answer|reply|response|debrief|closure",
            "explain|justify|break_down|walk_me_through|go_through|account_for|detail ...? each"
            "|every|all|the_individual|my|the ...? mark|marks|score|scores|rating|ratings|grade"
            "|grades|competency|competencies|criterion|criteria|question|answer",
            "score|rate|mark|grade|rank|assess me|my ...? on|against|for each|every|all ...?"
            " competency|competencies|criterion|criteria|question|area|skill|dimension",
            "my right|entitlement|prerogative to know|see|have|receive|ask|get|be_told",
            "it's|it_is|it's_only|that's_only|it_would_only_be ...? my? right|fair|only_fair"
            "|reasonable|basic_courtesy|common_courtesy|the_least_you_can_do"
            "|the_least_you_could_do to? know|tell|explain|give|share|provide|hear|let",
            "the_least you|your_team|they|the_company|the_panel can|could|owe|should do|offer"
            "|give|provide|manage",
            "not|won't|will_not|refuse_to|can't|cannot|am_not ...? accept*|tak* ...? no|that"
            "|this|it ~ as|for an|the? answer|response|excuse|reply|final_answer",
            "not|won't|will_not|refuse_to|can't|cannot|am_not ...? accept*|tak* ...? we|you"
            " don't|do_not|can't|cannot|won't give|provide|offer|share feedback|notes|reasons",
            "request*|ask*|want|demand*|require|submit ...? a? copies|copy|all|my|the ...? of?"
            " all|the|my? ...? notes|records|scores|scoresheets|score_sheets|data|files"
            "|interview_notes|information|paperwork|documents|scoring|marks|assessments",
            "data_protection|GDPR|subject_access|subject_access_request|DSAR"
            "|freedom_of_information|FOI|FOIA|my_legal_rights|legal_right|legally_entitled"
            "|POPIA|data_privacy_act",
            "no feedback ...? no closure|peace|answers|respect|sleep",
            "any|some joy|news|word|update|updates|luck|progress|movement|sign|follow-up"
            "|follow_up on|with|about|re|regarding|for|of the|that|my ...? feedback|notes"
            "|debrief",
            "as|like ...? I|I've ...? asked|requested|mentioned|said|wrote ...? {count}? twice"
            "|before|already|previously|last_time|earlier|again|times|more_than_once"
            "|a_few_times|several_times",
            "as previously|already|earlier requested|asked|mentioned|stated|raised",
            "make|making|grant|granting an exception|exceptions",
            "my|the|that|earlier|previous|last feedback request|query|question|email|note|ask"
            "|enquiry|inquiry",
            "my|the|that|earlier|previous|last request|email|note|question for|about|on"
            "|regarding feedback",
            "that|the|my feedback is|was ...? coming|on_its_way|forthcoming|going_to_come"
            "|sorted|ready",
            "feedback ...? request|query|email ...? remains|remain|is|still ...? outstanding"
            "|unanswered|pending|unacknowledged|ignored|open",
            "understand|know|realise|realize|appreciate|aware|heard|noted|get ~ policy|policies"
            "|usually|normally|generally|don't|do_not|can't|cannot ...? but|however|though"
            "|still|nonetheless|nevertheless|even_so|yet",
            "haven't|have_not|never|yet_to|didn't|did_not|still_haven't|still_not ...? received"
            "|got|gotten|had|seen|heard ...? the|any|that|my feedback|notes|debrief",
            "feedback|notes|debrief you|they|the_panel ...? promised|offered|said|mentioned"
            "|agreed|committed",
            "look_forward_to|expect|await|awaiting ...? your|the ...? detailed|full|written"
            "|complete|thorough|formal ...? feedback|breakdown|critique|explanation|debrief",
            "failing|without|absent|in_the_absence_of|if_I_don't_get|if_I_do_not_receive"
            "|if_I_haven't_received ...? feedback|a_response|a_reply|an_answer|an_explanation"
            " ...? I'll|I_will|I|I_shall ...? escalate|complain|follow_up|chase|write_again"
            "|take|raise",
            "keep|continue|carry_on ...? asking|chasing|emailing|writing|following_up|pushing"
            " ...? until|till|til",
            "escalat* this|it|the_matter|my_request|further",
            # Chasing again after the no: "I'll follow up next week in case you've had time".
            "I'll|I_will|I_shall|I'm_going_to|I_plan_to|I'll_just|I_may|I_might ...? follow_up"
            "|chase|check_back|circle_back|nudge|ping|email_again|write_again|call|ring"
            "|phone|give_you_a_call|give_you_a_ring|give_you_a_bell|be_in_touch_again"
            "|get_in_touch_again|get_back_in_touch|touch_base_again|reach_out_again"
            "|drop_you_a_line|drop_you_another_line|message_again ...? next_week|next_month"
            "|next_Monday|next_Tuesday|next_Wednesday|next_Thursday|next_Friday|next_few_days"
            "|next_couple_of_days|tomorrow"
            "|later|again|in_case|until|till|early|towards|toward|in_a|in_two|in_a_few"
            "|in_a_couple|on_Monday|on_Tuesday|on_Wednesday|on_Thursday|on_Friday|after_the"
            "|at_the_end|at_the_start|this_week|if_I_don't|if_I_haven't|if_I_do_not|if_nothing"
            "|if_there's_nothing {rest}?",
            "I'll|I_will|I_shall|I'm_going_to|I_plan_to|I'll_just|I_may|I_might|expect_me_to"
            " ...? chase|nudge|ping|remind|bug|pester|follow_up_with|check_with you|the_panel|HR"
            "|them|again|up ...? for|about|on|re|regarding|over ...? the|your|any|that|this|my?"
            " feedback|notes|debrief|reasons|scores|answer|response|reply",
            "follow_up|following_up|chase|chasing|check_back|circle_back|nudge|ping|write_again"
            "|email_again|try_again ...? in_case|if|once|when ...? you've|you_have|you|they've"
            "|they_have|the_panel_has had_time|had_a_chance|had_a_moment|found_time"
            "|found_the_time|got_round|got_around|managed",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="why_not_me",
        kind="match",
        severity="warning",
        section="avoid/#reasons",
        message=(
            "Asking for the reasons {found} puts them in a spot: most companies cannot share "
            "them. Ask once, lightly, for any feedback they can give."
        ),
        patterns=(
            # The reasons with a plural in brackets: "revert with the reason(s) for my rejection".
            r"(?i:reason|ground|factor|criterion|criteria)\((?i:s|a)\)(?:[ \t]+(?i:for|behind"
            r"|why|of)[ \t]+[^.!?;\n]{0,60}?(?i:rejection|application|decision|outcome|no"
            r"|candidacy|unsuccessful|not[ \t]+(?:selected|chosen|successful|progressing)))?",
        ),
        hints=("(s)", "(a)"),
        families=(
            # The same question in text-speak: "y wasnt i picked?", "whyd i not get it".
            "y|wy|whyd|why'd|whys wasnt|wasn't|didnt|didn't|werent|weren't|was_i_not|did_i_not"
            "|wasn't_i|didn't_i|i_wasnt|i_didnt|i_wasn't|i_didn't|not ...? i|me|my|I|it ...?"
            " picked|chosen|selected|hired|shortlisted|successful|good_enough|the_one|offered"
            "|get_it|get_the_job|make_it|make_the_cut|me",
            "reason|reasons|reasoning|rationale|thinking|grounds|basis|logic|motivation ...? for"
            "|behind|of ...? the|this|your|my|that ...? decision|non-selection|nonselection"
            "|rejection|outcome|choice|verdict|no",
            "why ...? it|this|that was|is|'s a? no|not_me|a_rejection|a_pass|unsuccessful",
            "why ...? the|your decision|panel|team|committee went|chose|decided|preferred",
            "reason|reasons I|why_I ...? wasn't|was_not|didn't|did_not|couldn't|hadn't"
            "|weren't ...? taken|moved|brought|progressed|shortlisted|chosen|selected"
            "|successful|invited|get|make|progress|go|put",
            "deciding|decisive|determining|clinching factor|factors|point|difference|issue|reason",
            "what|which ...? key|main|biggest|real factor|factors|difference|reason",
            "what|which ...? swung|tipped|clinched|decided|settled it|things|the_decision|matters",
            "knowing|to_know|to_hear|to_learn|to_understand|to_see|share|sharing|explain"
            "|explaining ...? the|your rationale|reasoning|reasons|thinking",
            "why ...? my|the profile|application|candidacy|candidature|CV|resume|résumé ...?"
            " was|were|is|has|wasn't|hasn't ...? not? ...? retained|kept|considered|accepted"
            "|taken|shortlisted|selected|successful|rejected|declined",
            "who|whom ...? is|was|'s the lucky|successful|chosen|winning one|person|candidate"
            "|winner|applicant",
            # Who got the job instead: "was the role given to an internal candidate?".
            "was|did|has|were|is|had the|this|that? role|job|position|post|offer|it|vacancy ...?"
            " given|gone|go|went|offered|awarded|filled|taken to|internally|by|with {toq}",
            "internal|in-house|inside|existing|external candidate|candidates|applicant|applicants"
            "|hire|person|employee {toq}",
            "hire|hired|appoint|appointed|promote|promoted|go_with|went_with|gone_with|choose"
            "|chose ...? someone|somebody|internally|from_within|in-house|an_internal {toq}",
            "who|whom ...? got|landed|won|received|took|gets|was_offered|was_given|ended_up_with"
            "|beat_me_to the|this|that? role|job|position|post|offer|it {q}?",
            "someone's|somebody's|someone|somebody|the_boss's|the_CEO's|the_manager's|a_friend"
            "|a_relative|an_insider|a_mate ...? cousin|friend|mate|nephew|niece|relative|son"
            "|daughter|pal|buddy|favourite|favorite|golden_child? get|got|landed|land|win|won"
            "|take|took|bag|bagged it|the_job|the_role|the_post|the_position|the_gig",
            "was|were|is|did|does|has|had|how|what|which|whether|who ~ the|your|that chosen"
            "|successful|winning|appointed|selected|preferred|lucky|new|other ...? one|person"
            "|applicant|candidate|hire|appointee|individual|finalist|guy|woman|man|lady|recruit"
            "|winner {toq}",
            "know|hear|learn|understand|ask|see|find_out ~ about? the|your|that chosen"
            "|successful|winning|appointed|selected|preferred|lucky|new|other ...? one|person"
            "|applicant|candidate|hire|appointee|individual|finalist|guy|woman|man|lady|recruit"
            "|winner",
            "share|send|see|know|tell|name|forward|show|profile|LinkedIn|CV|details|background"
            " ~ whoever|whomever got|landed|won|took|bagged|snagged|gets|nabbed it|the_job"
            "|the_role|the_post|the_offer|the_gig|the_spot",
            "who|whom ...? ended_up|finally|eventually? landing|getting|winning|taking|bagging"
            "|snagging|nabbing|securing|landed|secured|nabbed|clinched|clinching it|the_job"
            "|the_role|the_position|the_post|the_offer|the_gig|the_spot|the_place",
            "who|whom snagged|bagged|nabbed|nicked|scooped|clinched|secured|grabbed|swiped"
            "|landed|won|got|took|beat_me_to it|the_job|the_role|the_post|the_spot|the_gig",
            "what|how|which ...? your|the|that|this new|chosen|successful|winning|appointed"
            "|selected|preferred|lucky|other hire|recruit|appointee|one|person|candidate"
            "|applicant|finalist|guy|woman|man|lady ...? have|has|had|got|bring|brought|offer"
            "|offered|show|showed|do|did",
            "want|need|like|wish|dying|desperate|have|got to? know|understand|find_out|hear"
            " what|why it_was|it_is|went_wrong|happened|I_did|I_lacked|I_was_missing"
            "|I_got_wrong|was_missing|held_me_back|let_me_down|cost_me",
            "what_was_it|what_is_it|what's_it|what_exactly_was_it about me|myself|my_profile"
            "|my_face",
            "where|how|why|in_what_way|in_which_way|in_which_areas|what_areas|which_areas did"
            "|do|have I|we ...? fall|fell|come|came|go|went|slip|slipped|drop|dropped short"
            "|wrong|down|behind|off|under",
            "revert|respond|reply|write|get_back|come_back ...? with|about|on the|your reason"
            "|reasons|reasoning|rationale|grounds|basis",
            # Who they chose, asked of them: "who you ended up going with", "who you picked".
            "who|whom you|you_guys|u|ya|they|the_panel|the_team|the_company|the_committee ...?"
            " ended_up|eventually|finally|decided_to|chose_to|opted_to|have|had|did|went|gone"
            "|going|go|picked|pick|picking|chose|chosen|choose|choosing|selected|selecting"
            "|select|hired|hiring|hire|appointed|appointing|offered|offering|settled_on"
            "|settling_on|opted_for|opting_for|gave_it_to|gave_the_job_to|gave_the_role_to"
            "|decided_on|plumped_for|went_for|going_for|preferred",
            "who|whom did|have|had|do|would you|u|ya|they|the_panel|the_team ...? end_up"
            "|ended_up|finally|eventually|decide_to|opt_to? go|gone|going|pick|picked|choose"
            "|chosen|hire|hired|select|selected|appoint|appointed|offer|offered|give|given"
            "|settle|settled|decide|decided|plump|plumped|opt|opted|go_for|gone_for|end_up"
            "|with|on|for|it_to|the_job_to|the_role_to",
            # What the chosen one had over the writer: "what made them a better fit than me".
            "what|why|how|which_bit|in_what_way|in_which_way|where ...? made|makes|make|did|do"
            "|does|was|were|is|are|put|puts|gave|gives|got|had|has ...? them|him|her|they|he"
            "|she|the_other|the_others|the_other_candidate|the_other_person|that_person"
            "|the_successful_candidate|the_successful_applicant|the_chosen_candidate|the_winner"
            "|the_new_hire|the_person_you_chose|the_person_you_hired|whoever|the_one ...? a"
            "|the|an? better|stronger|more|preferable|superior|ahead|stand_out|edge|advantage"
            "|over|above|beat|outshine|outshone|outrank|outranked|pip|pipped|beyond",
            "what|why|how ...? better|stronger|more_suitable|more_qualified|more_experienced"
            "|more_impressive|a_better_fit|a_better_match|the_better_fit|preferable ...? than|over"
            " me|myself|mine|I|I_was|I_am|my_application|my_profile {toq}",
            "what|where|which I|we lacked|lack|was_lacking|were_lacking|was_missing|missed"
            "|fell_short_on|didn't_have|did_not_have|failed_at|flunked",
            "what|which was|were|'s|is the|my dealbreaker|deal-breaker|deal_breaker"
            "|sticking_point|stumbling_block|clincher|deciding_factor|decider|red_flag"
            "|final_straw|differentiator|difference|turning_point|tipping_point"
            "|nail_in_the_coffin",
            "was|is it|this|that ...? my|the accent|age|gender|race|name|skin|religion|hijab"
            "|weight|looks|face|nationality|visa|disability|background|degree|school|university"
            " {toq}",
            "how_come|why_cannot|why_can't|why_not_me|why_me {toq}?",
            "how_come cannot|can't|not|no {toq}?",
            "why ... I|me ...? put_through|taken_forward|moved_forward|progressed|invited"
            "|considered|called|contacted|interviewed|given_a_chance|given_a_shot|put_forward"
            "|shortlisted|passed",
            "what|which_part|which_bit|what_part|what_bit was|were|is wrong|lacking|missing"
            "|weak|off|the_problem|the_issue|not_good_enough|not_up_to_scratch with|in|about my"
            "|me",
            "who's|who_is|who_was|who_are|who_were ...? the|your|that new|lucky|chosen"
            "|successful|other ...? guy|girl|person|hire|one|candidate|recruit|starter|woman"
            "|man|lady|appointee|bloke|chap|fella|dude {q}?",
            "lose|lost|losing|drop|dropped|dropping marks|points",
            "explanation|account|justification|breakdown|rationale|details of|for|behind the"
            "|your|the_panel's|their|its|the_committee's reasoning|rationale|decision|scoring"
            "|choice|thinking|deliberations",
            "put|puts|putting you|the_panel|them|the_team off {toq}?",
            "what|which ...? made|makes|was the difference|deciding_factor|decider|gap {toq}",
            "how ...? the|my other|fellow|remaining ...? finalists|candidates|applicants"
            "|interviewees compared|stacked_up|fared|did|ranked|scored",
            "how_many ...? people|candidates|applicants|others ...? applied|interviewed"
            "|were_shortlisted|were_interviewed|went_for_it|were_in_the_running|made_the_final",
            "was|were I|we close|near|nearly_there|a_close_second|runner-up|second"
            "|the_runner_up {toq}",
            "where|how did|do I|we rank|place|come|finish|score|stand {toq}?",
            "what ...? was|were my score|scores|ranking|rank|mark|marks|position",
            # Asked to be walked through it: "help me understand how I missed out".
            "help|helping me understand|see|make_sense_of|get_my_head_around|figure_out ...? how"
            "|why"
            "|what|where",
            # The grounds demanded in a formal register: "kindly furnish the grounds".
            "furnish|provide|supply|state|set_out|disclose|communicate|give|share|outline|specify"
            "|clarify|explain ...? me? ...? the|your|with_the ...? grounds|reasons|reasoning"
            "|rationale"
            "|basis|justification|criteria",
            "was|is it something|anything I said|did|wrote|wore|answered|mentioned|got_wrong {toq}",
            "what|so_what happened|went_wrong|changed {q}",
            # A guess at the reason: "Was I too old for the team?".
            "was|were|am I|me too|not|not_quite old|young|junior|senior|expensive|inexperienced"
            "|experienced|overqualified|underqualified|quiet|nervous|loud|slow|technical|academic"
            "|local|foreign|qualified|confident|strong|a_fit|the_right_fit|good_enough|pricey|keen"
            "|polished|outgoing|chatty|reserved|corporate|hands-on {toq}",
            # Who was hired, their name or profile: "the successful candidate's LinkedIn".
            "the|your|that successful|chosen|winning|new|appointed|selected|preferred|other"
            " candidate's|applicant's|person's|hire's|appointee's|finalist's|recruit's ...?"
            " LinkedIn|profile|CV|name|background|details|qualifications|experience|résumé|resume"
            "|credentials|record|track_record|portfolio",
            "name|names|identity|qualifications|background|details|CV|profile|experience"
            "|credentials"
            " of|behind the|your|that appointee|successful|chosen|winning|selected|new|preferred"
            "|other|appointed ...? candidate|applicant|hire|person|one|recruit|finalist?",
            "who|whom ...? beat|pipped|edged|outdid|outshone|outranked|trumped|bested|piped me|it",
            "compare|measure|benchmark|stack|weigh|set ...? my|me|myself ...? CV|profile|background"
            "|experience|application|record ...? with|against|to|up_against whoever|whomever"
            " was_offered|was_given|got_offered|was_appointed|was_hired|was_chosen|was_selected|got"
            "|landed|won|you_hired|you_chose|you_picked|you_went_with|you_appointed|you_offered",
            "curious|wondering|nosy|interested about|who|what|how ...? the|your shortlist|finalists"
            "|other_candidates|competition|field|pool|other_applicants|successful_candidate",
            # An explanation owed: "I'm going to need an explanation for this".
            "need|want|demand|expect|require|deserve|am_owed|am_entitled_to ...? an|some|a"
            "|a_proper|a_full|a_real|a_clear ...? explanation|justification|answer|account|reason"
            "|reasons",
            # What was missing: "what exactly was missing from my application".
            "what|which_part|which_parts|which_bit|which_bits|what_part|what_parts|which_skills"
            "|which_areas|what_areas|what_skills ...? was|were|is|are|seemed|felt|came_across_as"
            " missing|lacking|absent|wanting|weak|weaker|not_strong_enough|not_good_enough|short"
            " from|in|about|with my|me|the_application|the_interview|the_answers",
            # What they found wanting: "what exactly the panel saw as lacking".
            "what|where|what_did|where_did|what_do|what_does|which_areas|which_parts"
            "|which_skills|which_areas_did|which_parts_did|which_skills_did you|the_panel"
            "|the_committee|the_board|they|the_team|the_interviewers|the_hiring_manager"
            "|the_assessors|the_panelists|the_panellists|the_client|HR|the_hiring_team ...? saw"
            "|see|found|find|felt|feel|thought|think|considered|consider|judged|deemed|viewed"
            "|regarded|perceived|identified|spotted|noticed|flagged ... lacking|missing|wanting"
            "|weak|weaker|insufficient|inadequate|weak_points|weak_spots|weak_areas|weaknesses"
            "|shortcomings|gaps|blind_spots|not_good_enough|deficient|short|a_gap|a_weakness"
            "|a_shortcoming|not_enough|not_up_to_scratch|not_up_to_par|not_strong_enough"
            "|a_concern|concerns|a_red_flag|red_flags|the_deal-breaker|the_dealbreaker"
            "|the_problem|the_issue",
        ),
        reader_tone=True,
        stages=frozenset({"reply_rejection"}),
        without_stage=False,
    ),
    Rule(
        id="unseen_offer",
        kind="match",
        severity="warning",
        section="situations/#accepting-an-offer",
        message=(
            "Accepting before you have seen the terms {found}: thank them, ask for the offer in "
            "writing and say when you will reply; a yes on the spot is not expected."
        ),
        families=(
            "no_need|there's_no_need|don't_need|do_not_need|needn't ...? to? send|put|see|bother"
            "|write ...? anything|it|the_offer|the_contract|the_letter|the_paperwork|a_letter"
            "|a_contract ...? in_writing|written|over|down",
            "without seeing|reading|having_seen|having_read|waiting_for|checking|looking_at ...?"
            " the|a|any ...? written|offer|contract|letter|paperwork|terms|details|numbers",
            "whatever the terms|salary|package|details|offer|pay|conditions|numbers|money are|is"
            "|may_be|might_be",
            "whatever you're|you_are|you're_able_to|you_can|you_want_to offering|paying|offer|pay",
            "don't|do_not|won't|will_not ...? even? need|have|want|bother to? see|read|look_at"
            " ...? the|a|any ...? contract|letter|paperwork|offer|terms|details|fine_print",
            "don't_care|do_not_care|couldn't_care_less ...? about|what the|what ...? details"
            "|terms|salary|pay|package|contract|numbers|money|conditions",
            "on_the_spot|sight_unseen|no_need_for_time|no_time_to_think|without_thinking"
            "|without_a_second_thought",
            "skip|skipping|forget|bypass|ditch the|any paperwork|contract|formalities"
            "|written_offer|letter|offer_letter",
            "haven't|have_not|not_yet|yet_to ...? seen|read|received|got|had ...? the|a|any"
            " ...? letter|contract|offer_letter|written_offer|paperwork|offer_in_writing",
            "regardless|whatever_happens|no_matter_what|come_what_may|sight_unseen",
            "no_need|there's_no_need|don't_need|do_not_need|needn't ...? to? think"
            "|sleep_on_it|mull|consider|weigh|reflect|time_to_think",
            "when_do_I_start|when_can_I_start|when_I_start|when_to_start|when_shall_I_start"
            "|where_do_I_sign|where_do_I_sign_up",
            "no_need|don't_need|do_not_need|needn't|won't_need|no_point ...? to? send|see|read"
            "|review|look_at|wait_for|bother_with ...? the|an|any|a ...? offer_letter|letter"
            "|paperwork|contract|details|terms|offer|written_offer|fine_print|small_print",
            "whatever|regardless_of|irrespective_of|no_matter ...? the ...? salary|terms|pay"
            "|package|details|contract|offer|money|numbers|conditions|figure|number|fine_print",
            "sight_unseen",
            "without|before seeing|reading|looking_at|reviewing|checking|getting ...? the|any"
            "|an|a ...? offer|contract|terms|paperwork|letter|details|numbers|figures|salary"
            "|written_offer|offer_letter",
            "don't|do_not|no_need_to|needn't ...? even? need|have ...? to? see|read|check"
            "|review ...? the|any ...? numbers|figures|salary|terms|details|contract|paperwork"
            "|offer_letter|letter",
            # A yes ahead of the paper: "happy to accept before I see the written offer".
            "accept|accepting|sign|signing|commit|committing|say_yes|saying_yes ...? before"
            "|ahead_of|prior_to|without_even I|even|having ...? see|seen|seeing|read|reading"
            "|receive|received|receiving|get|getting|got ...? the|a|any|your|it ...? written"
            "|offer|contract|paperwork|letter|terms|details|numbers|figures",
        ),
        reader_tone=True,
        stages=frozenset({"reply_positive", "accept_offer"}),
        without_stage=False,
    ),
    Rule(
        id="late_no",
        kind="match",
        severity="warning",
        section="situations/#declining-an-offer",
        message=(
            "Saying no late {found} leaves them without the time they needed; tell them as soon "
            "as you have decided, and well before their date."
        ),
        families=(
            "your|the|their deadline|response_date|reply_date|date ...? was|passed|has_passed"
            "|had_passed|expired|has_expired|went_by|is_past",
            "missed|past|after|passed|beyond|overshot the|your ...? deadline|response_date"
            "|reply-by_date|reply_date|date_you_asked_for|date_you_gave|date_you_set",
            "sitting|sat|been_sitting on your|the|this offer|decision|email",
            "should_have|should've|ought_to_have|meant_to|was_meaning_to ...? told|tell|let_you"
            "_know|written|said|mentioned|replied|emailed ...? sooner|earlier|before|weeks_ago"
            "|days_ago|last_week|ages_ago",
            # Another job taken long ago, or already started.
            "accepted|signed|took|joined ...? another|a_new|the_other|elsewhere ...? job|role"
            "|position|offer|contract|post|company|firm|employer|organisation|organization"
            "|business|agency|studio|practice ...? {count}? weeks|months|a_month|a_fortnight"
            "|ages ago",
            "started|began|starting|joined ...? another|my_new|a_new|the_other|elsewhere ...?"
            " job|role|position|post|company|firm|employer|organisation|organization|business"
            "|agency|studio|practice ...? {count}? weeks|days|months|ago|last|yesterday|on_Monday"
            "|on_Tuesday|on_Wednesday|on_Thursday|on_Friday|already|this_week|today",
            # Pulling out of it, not thanks for it ("Thank you for this morning's call").
            "pull*|withdraw*|cancel*|drop*|back*|bail*|miss*|skip*|from|out_of|attend|make_it_to"
            "|come_to|coming_to|decline*|notice ~ tomorrow's|today's|tonight's|this_afternoon's"
            "|this_morning's ~ interview|meeting|round|final|assessment|call|panel|start|first_day",
            "pull*|withdraw*|cancel*|drop*|back*|bail*|tell*|let*|sorry|apolog*|decline*"
            "|no-show|notice ~ the_day_before|the_night_before|the_morning_of|hours_before"
            "|the_day_of|the_eve_of|on_the_day|an_hour_before|minutes_before",
            "at_the_last_minute|last-minute|last_minute",
            # Left to the last moment: 'cutting it fine', 'I kept you waiting while I sorted out'.
            "until|till|to|at|in|on the last|final|eleventh hour|minute|moment|day|few_hours",
            "today|tonight|this_afternoon|yesterday is|was the|your deadline|cut-off|cutoff"
            "|response_date|reply_date",
            "get_round_to|get_around_to|got_round_to|got_around_to|getting_round_to"
            "|getting_around_to writing|replying|telling|emailing|letting|answering"
            "|responding|this",
            "cutting_it_fine|cutting_it_close|cut_it_fine|cut_it_close|under_the_wire"
            "|down_to_the_wire|in_the_nick_of_time|at_the_eleventh_hour|left_it_late"
            "|leaving_it_late|left_this_late|leaving_this_late|left_it_so_late",
            "held|holding|hung|hanging|kept|keeping onto|on|on_to this|your|the offer"
            "|decision|role|place",
            "kept|left you|the_team|everyone waiting|hanging|in_limbo|on_hold",
            "belatedly|belated|tardily|late_in_the_day|at_this_late_stage|at_the_eleventh_hour"
            "|eleventh-hour|last-minute|last_minute|at_the_last_minute|so_late|this_late"
            "|very_late|rather_late|a_bit_late|quite_late|late_reply"
            "|late_response",
            "accepted|signed|took|joined|started|taken|signed_on|committed ~ last_month"
            "|last_week|last_year|back_in|weeks_ago|months_ago|a_while_ago|a_while_back"
            "|some_time_ago|a_month_ago|a_week_ago|a_fortnight_ago|days_ago|earlier_this_month"
            "|earlier_this_week|ages_ago|a_few_weeks_back|a_few_weeks_ago|last_Monday"
            "|last_Friday|already|a_couple_of_weeks_ago",
            "forgot|forgotten|forget|neglected|failed|omitted to? let_you_know|tell_you"
            "|inform_you|reply|respond|get_back|answer|update_you|write|confirm|mention"
            "|follow_up|say",
            "never|didn't|did_not|haven't|have_not|forgot_to got|get|gotten|came|come ...? back"
            "|round|around to? you",
            "going|gone|went|been quiet|silent|dark|AWOL|MIA|missing|off_the_radar|radio_silent"
            "|MIA",
            "was|were|am meant|supposed|due|scheduled|expected|set to? revert|reply|respond"
            "|answer|decide|confirm|get_back|start|join|sign|begin|report|come_back"
            "|let_you_know|be_in",
            "leaving|left|leave it|this|things ...? so|this|too|rather|a_bit|very ...? late"
            "|long|last-minute|last_minute",
            "leaving|left|leave it|this|things to the last_minute|eleventh_hour|last_moment",
            "pull*|withdraw*|cancel*|back*|drop*|bail*|bow*|not_coming|not_going_to_make ~ in"
            "|within an|one|two|three|a_few|a_couple_of|half_an hour|hour's|hours|minutes|mins",
            "pull*|withdraw*|cancel*|back*|drop*|bail*|bow* ~ today's|tomorrow's|tonight's"
            "|this_morning's|this_afternoon's",
            "sorry|apologies|apologise|apologize ...? for|about the|my ...? late|lateness|tardy"
            "|belated",
            "past|after|beyond|missed|over|blew|blown the|your ...? deadline|cut-off|cutoff|date",
            "meant|intended|planned|was_going|should_have|ought_to_have ...? to? reply|respond"
            "|write|get_back|answer|tell_you|let_you_know|decline|confirm ...? last_month"
            "|last_week|back_in|weeks_ago|months_ago|a_while_ago|a_while_back|some_time_ago"
            "|a_month_ago|a_week_ago|a_fortnight_ago|days_ago|ages_ago|sooner|earlier"
            "|before_now|long_ago|much_sooner|a_lot_sooner|weeks|days|ages",
            "day|morning|night|eve|hour|hours|evening|afternoon of|before the|my|our|your"
            " interview|onsite|meeting|assessment|call|start|induction|first_day|panel",
            "only_now|just_now|only_just|finally getting|writing|replying|responding"
            "|letting_you_know|telling_you|getting_back|coming_back",
            "this|it has|'s|have taken|took|been_taking so|this|too|rather|such_a ...? long"
            "|a_while|ages",
            "this's|it's|this_has|it_has taken|been so|this|too|rather|such_a ...? long|a_while"
            "|ages",
            "should|ought|could ...? have come|been_sent|reached_you|arrived|been_with_you"
            "|gone_out ...? sooner|earlier|before_now|a_while_ago|weeks_ago|days_ago",
            "sat_on|sitting_on|held_onto|hung_onto|holding_onto|sat_on_it|sat_on_this ...? this"
            "|it|the_offer|your_offer|my_decision|my_answer ...? too|for|far|way|a_bit|rather"
            "|longer",
            "dropped|dropping the ball",
            "in_the_lurch|high_and_dry|in_a_bind|in_a_fix|on_the_hop|short-handed|short_handed",
        ),
        reader_tone=True,
        stages=SAYING_NO,
        without_stage=False,
    ),
    Rule(
        id="curt_no",
        kind="match",
        severity="warning",
        section="situations/#declining-an-offer",
        message=(
            "A curt or cutting no {found} is what they will remember: thank them, give a reason "
            "in a clause or none, and leave on good terms."
        ),
        patterns=(
            # A no of a word or two, as a sentence of its own: "Pass.", "Count me out.".
            r"(?i:(?:(?:I['’]ll|I[ \t]+will|I['’]m[ \t]+gonna|gonna|I[ \t]+think[ \t]+I['’]ll"
            r"|think[ \t]+I['’]ll|a[ \t]+hard|hard)[ \t]+)?pass|(?:withdraw|remove|drop|scratch)"
            r"[ \t]+me|count[ \t]+me[ \t]+out|I['’]m[ \t]+out|no[ \t]+thanks|no[ \t]+thank[ \t]+you"
            r"|bye|cya|later|peace[ \t]+out|I['’]m[ \t]+good)(?=[ \t]*[.!](?!\w))",
            # "Not for me, thanks." as a sentence of its own; "it's not for me" is a reason.
            r"(?<![\w'’][ \t])(?<![\w'’])(?i:not[ \t]+for[ \t]+me(?:,?[ \t]+(?:thanks|cheers|ta"
            r"|sorry|mate))?)(?=[ \t]*[.!](?!\w))",
        ),
        openers=frozenset(
            {
                "i",
                "gonna",
                "think",
                "a",
                "hard",
                "not",
                "pass",
                "withdraw",
                "remove",
                "drop",
                "scratch",
                "count",
                "no",
                "bye",
                "cya",
                "later",
                "peace",
            }
        ),
        families=(
            # A parting dig: "I've accepted another job, funnily enough", "Maybe next time you
            # will move faster with good candidates", "if you ever sort out your onboarding".
            _SNIDE,
            "next_time|in_future|in_the_future|going_forward|another_time ...? you|you'll"
            f"|you_will|your_team|your_company|they|they'll ... {_FASTER}",
            f"{_FASTER} ... next_time|in_future|in_the_future|going_forward|with_good_candidates"
            "|with_candidates|with_the_next_one|with_your_next_candidate",
            "if|when|once|should you|your_team|they|the_company ...? ever|finally|eventually"
            "|someday|one_day ...? sort*|fix*|improv*|speed*|tidy*|straighten*|overhaul*"
            f"|clean_up|cleans_up|modernis*|moderniz* ...? your|the|their|that ...? {_THEIR_MESS}",
            "if|when|once|should you|your_team|they ...? ever|finally|eventually get|gets your"
            "|their|its|the act|house|stuff|things together|in_order",
            # The better thing, with the sorry tossed after it: "got something better. Sorry!!".
            "found|got|have|landed|taken|got_myself|going_with ...? something|somewhere|a_job"
            "|a_role|an_offer|one|a_place|an_option ...? better|much_better|way_better"
            "|more_interesting|bigger|that_pays_better|that_pays_more {sorry}?",
            "got|have|had|took|taking|found|accepted a|an better|bigger|superior|juicier|sweeter"
            " offer|deal|package|gig {sorry}?",
            "nah|nope|naw|nahh|nup ...? I'm|im|I_am|we're|thanks|thx|ta|cheers|not|sorry|good|pass",
            "no_longer|don't|do_not ...? require|need|want ...? your|the|this ...? offer"
            "|services|position|role|job",
            "not_interested|no_longer_interested ...? anymore|any_more|now|thanks|ta|cheers"
            "|sorry|bye {bang}?",
            "thanks|thank_you but no thanks|thank_you",
            "hard|flat|big|straight|solid no|nope|pass|NO",
            "not worth my|the time|effort|while|bother|energy|trouble",
            "waste|wasting|wasted of? my|our time",
            "a|an proper|real|serious|decent|actual|grown-up company|firm|employer|organisation"
            "|organization|outfit|business|operation|team",
            "somewhere|someplace|a_company|a_place|an_employer|a_firm|an_organisation"
            "|an_organization|a_team|people|employers ~ that|who|which actually|really|genuinely"
            "|properly? value|values|respect|respects|appreciate|appreciates|care|cares|pay|pays"
            "|treat|treats|know|knows ...? people|staff|employees|candidates|talent|its_people"
            "|their_people|me|my_time|properly|fairly|what_I'm_worth|decently|their_staff"
            "|what_they're_doing|what_they_are_doing",
            "cancel|scrap|drop|ditch|bin my|the interview|application|slot|meeting|call {bang}?",
            "so I'm|I_am out|off|done {sorry}?",
            "I'm|I_am off|out {bang} {sorry}?",
            "good_luck|best_of_luck|all_the_best|good_riddance ...? with|finding ...? that"
            "|someone|anyone ...? who|happy|willing|desperate|mug|sucker|fool|who'll|who_will",
            "hopefully|hope|I_hope you|they find someone|somebody|anyone who's|who_is|who'll"
            "|who_will|willing|happy|desperate|prepared ...? with|to|for that|this|the|those"
            " salary|pay|money|offer|package|figure|terms|hours|rate",
            "lost|losing interest|the_will|patience",
            "not_bothered|can't_be_bothered|couldn't_be_bothered|don't_care",
            "sorry|but|so|yeah ...? no_way|nah|nope {bang}?",
            "yeah nah|nope",
        ),
        reader_tone=True,
        stages=SAYING_NO,
        without_stage=False,
    ),
    Rule(
        id="offer_ultimatum",
        kind="match",
        severity="warning",
        section="situations/#competing-offer",
        message=(
            "An ultimatum {found} turns your deadline into a threat: say when you must answer "
            "the other offer, and ask whether they could let you know by then."
        ),
        families=(
            "either ~ or I|I'll|I_will|I'm|I_am|I_shall|we|else|I_walk|I_take",
            "can't|cannot|can_not|won't_be_able_to|unable_to|couldn't promise|guarantee|say ...?"
            " I'll|I_will|I'd|I_would|I|that_I|that ...? still? be available|around|free"
            "|on_the_market|here|interested|able_to_wait|in_the_running|waiting|open|single"
            "|up_for_grabs|in_play",
            "can't|cannot|won't|will_not|unable_to ...? hold|wait|hang_on|stall|keep ...?"
            " on|off|out|them|the_other|the_offer|it|forever|much_longer|indefinitely"
            "|any_longer|past|beyond|after",
            "deem|consider|treat|take|regard ...? my|the|our application|candidacy|candidature"
            "|interest|offer|silence|application_as ...? withdrawn|closed|lapsed|dead|over|void"
            "|rescinded|a_no|a_rejection|declined|finished",
            "assume|take_it|take_that_as|consider_that|read_that_as|treat_that_as ...? you're"
            "|you_are|you|it's|that's|it_is|that_is|the_answer_is ...? not_interested|a_no|no"
            "|passing|out|not_keen|not_interested",
            "hard|firm|strict|final|absolute|drop-dead deadline|cut-off|cutoff|limit for|on"
            " you|your_side|your_end|your_team|yourselves|your_part",
            "consider|treat|take|regard|see ...? a|as_a|as|this|that|the ...? hard|firm|strict"
            "|final|absolute|drop-dead|non-negotiable deadline|cut-off|cutoff|limit",
            "after_that|otherwise|or_else|if_not|failing_that|beyond_that|past_that|else|or ...?"
            " I'm|I_am|I'll_be|I_will_be|I'll|I_will|I|I_shall|I'm_off ...? gone|off|out|walk"
            "|walking|leave|leaving|take_it|take_the_other|taking_the_other|accept_the_other"
            "|accepting|sign_with|signing_with|go_with|going_with|move_on|moving_on"
            "|out_of_here|outta_here|elsewhere|lost|sign|signing|accept|taking_the_job"
            "|take_the_job|taking_the_offer|take_the_offer|taking_their|take_their|taking_it"
            "|joining_them|join_them|going_elsewhere|go_elsewhere|taking_that|take_that",
            "or|otherwise|else lose|losing|you'll_lose|you_lose|risk_losing|miss_out_on me",
            # The price of a yes, with the threat after it: "Match it and I'm all yours,
            # otherwise I'll have to walk" (the threat half is the family above).
            "match|beat|top|better|equal|meet|beat_or_match|match_or_beat ...? it|that|this|them"
            "|their_offer|the_offer|the_other_offer|their_number|the_number|that_number"
            "|the_figure|that_figure|the_package|that_package|the_salary|that_salary|the_money"
            "|their_package and|&|n|then ...? I'm|I_am|I'll|I_will|I'll_be|I_will_be|you've_got"
            "|you_have|you'll_have|you've|it's|that's ...? all_yours|yours|in|sold|signing|sign"
            "|on_board|aboard|done|staying|here|a_yes|me|a_deal|deal",
            "if_you|if_you_can|if_you_could|unless_you|unless_you_can ...? match|beat|top|better"
            "|equal|meet ...? it|that|this|them|their_offer|the_offer|the_other_offer"
            "|their_number|the_number|that_number|the_figure|that_figure|the_package|the_salary"
            " I'm|I_am|I'll|I_will|I'll_be|I_will_be|you've_got|you_have|it's ...? all_yours"
            "|yours|in|sold|signing|sign|on_board|aboard|done|staying|a_yes|gone|off|out"
            "|walking|taking|accepting|signing_with",
            "time's|time_is|clock's|clock_is up|ticking|running_out|running",
            "now_or_never|take_it_or_leave_it|last_chance|final_chance|use_it_or_lose_it"
            "|speak_now|make_or_break",
            # An answer asked of them, not the one owed to the other employer: "I need an answer
            # by Friday" is an ultimatum, "I need to give them an answer by Friday" is the fact
            # the guide asks for.
            "need|want|must_have|require|needs|wants|expect|demand|insist_on"
            " you_to_give_me|you_to_send_me|you_to_make|you_to_come_back_with|from_you|to_have"
            "|to_get|to_hear|to_receive|to_know|to_see|to_be_given|to_be_told|back|back_from_you"
            "|to_have_your|to_get_your|to_hear_your|to_know_your? a|your|an|the ...? yes|answer"
            "|decision|reply|verdict|offer|response ...? or|otherwise|by|before|this_week|today"
            "|tomorrow|within",
            "get|put ...? your|the|a skates|skates_on|skates|a_wriggle_on|a_shift_on|a_move_on"
            "|a_hustle_on",
            "skates|wriggle|hustle on",
            "ball's|ball_is ...? in your court",
            "hate|hating for you to miss_out|lose_out ...? on me",
            "no|otherwise_no choice|option|alternative",
            "need|want|must_have|require your ...? answer|decision|reply|yes|verdict",
            "tick tock|tock",
            "tick-tock|ticktock",
            "my|our hard|drop-dead|absolute|non-negotiable cut-off|cutoff|deadline|limit",
            "you'll|you_will|you'd|you_would|you_may|you_might|better|best ...? want|need|have"
            " ...? to? be|move|act ...? quick|quickly|fast|sharpish|soon|now|promptly|swiftly",
            "finalise|finalize|sign|seal|close|wrap_up ...? it|the_deal|things|the_offer"
            "|the_contract ...? tomorrow|today|tonight|this_week|on_Monday|on_Friday|soon",
            "may|might|will|would|could|I'll|I'd|I_may|I_might|I_will ...? have|need ...? to?"
            " go_with|take|accept|pursue|sign_with|sign|go_for ...? another|the_other|other"
            "|a_different ...? offer|role|option|company|opportunity|opportunities|job|position",
            # A threat to take the other offer unless they pay more: "unless you go higher".
            "unless|if_not|otherwise|or ...? you|your_team|they|the_company|we ...? go|come|move"
            "|offer|pay|bid|can_go|can_come|can_offer ...? higher|up|more|better|above|over",
            # Their deadline set: "Y'all have till Friday to make me an offer".
            "have|got|get|has until|till|til|by|before ~ to make|get|send|put"
            "|come_back_with|decide|match ...? me|it|a|an|your ...? offer|decision|answer|yes",
            "count|counting me out",
            "I'm|I_am|I'll_be|I_will_be|I'll|I_will pulling|pull|walking|walk|bowing|bow|backing"
            "|back out|away",
        ),
        reader_tone=True,
        stages=frozenset({"competing_offer", "answer_delay"}),
        without_stage=False,
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
        stages=THANKING,
        without_stage=False,
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
        families=("learn*|learnt about|that|how|what|of|more_about",),
    ),
    Rule(
        id="generic_thanks",
        kind="match",
        severity="warning",
        section="crafting/#thanks",
        message=(
            "Thanks anyone could write {found}: add one detail only this interviewer would "
            "recognise, such as a problem they described."
        ),
        # A sentence of thanks that stops before any detail, in a note that recalls none.
        patterns=(
            r"(?:\A|(?<=\n)|(?<=[.!?:,] )|(?<=[.!?] {2}))(?:(?i:either[ \t]+way|again|anyway|first"
            r"(?:[ \t]+of[ \t]+all)?|firstly|once[ \t]+again),?[ \t]+)?(?i:(?:(?:I[ \t]+)?"
            r"(?:(?:just[ \t]+)?(?:a[ \t]+)?(?:quick|short|brief|little)[ \t]+(?:note|line|message"
            r"|email)[ \t]+to[ \t]+say[ \t]+)?"
            r"(?:(?:just[ \t]+)?(?:wanted|want|would[ \t]+like|['’]d[ \t]+like|wish|wished)[ \t]+to"
            r"[ \t]+)?(?:thank"
            r"|thanks|many[ \t]+thanks|much[ \t]+appreciated|I[ \t]+appreciate|I[ \t]+appreciated"
            r"|I['’]m[ \t]+grateful|I[ \t]+am[ \t]+grateful)(?:[ \t]+(?:you|again|so[ \t]+much"
            r"|very[ \t]+much|all|both|a[ \t]+(?:million|mil|bunch|lot|ton|heap)|loads|heaps|tons"
            r"|muchly))*[ \t]+(?:for|you)[ \t]+(?:(?:your|the|a|an|this"
            r"|such[ \t]+a"
            r"|taking[ \t]+the[ \t]+time[ \t]+to)[ \t]+)?(?:(?:valuable|precious|kind|generous"
            r"|great|lovely|wonderful|good|nice|pleasant|productive|informative|insightful"
            r"|enjoyable|interesting)[ \t]+)?(?:time|consideration|opportunity(?:[ \t]+to[ \t]+"
            r"(?:interview|meet|speak|talk|chat)(?:[ \t]+(?:with|to)[ \t]+(?:you|me"
            r"|the[ \t]+team))?)?"
            r"|interview(?:[ \t]+opportunity)?|conversation|chat|call|meeting|talk|discussion"
            r"|meet[ \t]+with[ \t]+me"
            r"|(?:meeting|speaking|talking|chatting)[ \t]+(?:with|to)[ \t]+me|meeting[ \t]+me"
            r"|(?:seeing|having|inviting)[ \t]+me(?:[ \t]+in)?|interviewing[ \t]+me|considering"
            r"[ \t]+(?:me|my[ \t]+application)(?:[ \t]+for[ \t]+(?:the|this)[ \t]+(?:position|role"
            r"|job|opportunity|post))?"
            r"|speak[ \t]+with[ \t]+me|talk[ \t]+with[ \t]+me|telling[ \t]+me[ \t]+about[ \t]+the"
            r"[ \t]+(?:position|role|job|company|opportunity|team))"
            r"|it[ \t]+was[ \t]+(?:a[ \t]+pleasure|great|nice|lovely|good"
            r"|wonderful)[ \t]+(?:to[ \t]+"
            r"meet|meeting|to[ \t]+speak[ \t]+with|speaking[ \t]+with|talking[ \t]+(?:with|to)"
            r"|to[ \t]+talk[ \t]+(?:with|to)|learning[ \t]+about|to[ \t]+learn[ \t]+about"
            r"|hearing[ \t]+about|to[ \t]+hear[ \t]+about)[ \t]+(?:you|the[ \t]+team|the[ \t]+role"
            r"|the[ \t]+company|the[ \t]+position|the[ \t]+opportunity|your[ \t]+team)"
            r"(?:[ \t]+and[ \t]+(?:the|your)[ \t]+(?:team|company|role|position))?"
            r"|I[ \t]+(?:really[ \t]+|truly[ \t]+|greatly[ \t]+|do[ \t]+)?appreciate(?:d)?[ \t]+"
            r"(?:your|the)[ \t]+(?:valuable[ \t]+)?(?:time|consideration)"
            r"|I[ \t]+(?:enjoyed|appreciated|liked)[ \t]+(?:our|the)[ \t]+(?:conversation|chat"
            r"|interview|meeting|talk|call|discussion)(?:[ \t]+and[ \t]+learned[ \t]+a[ \t]+lot)?"
            r"|I[ \t]+appreciated[ \t]+(?:the[ \t]+(?:chance"
            r"|opportunity)[ \t]+to[ \t]+meet[ \t]+you"
            r"[ \t]+and[ \t]+|(?:hearing|learning)[ \t]+)?(?:learn(?:ing)?[ \t]+)?more[ \t]+about"
            r"[ \t]+the[ \t]+(?:opportunity|role|position|company|team|job)"
            r"|everything[ \t]+you[ \t]+(?:shared|said|told[ \t]+me)[ \t]+was[ \t]+(?:very[ \t]+)?"
            r"(?:informative|helpful|interesting|insightful|useful)"
            r"|I[ \t]+was[ \t]+(?:very[ \t]+|really[ \t]+|so[ \t]+)?impressed[ \t]+(?:by|with)"
            r"[ \t]+(?:your|the)[ \t]+(?:organi[sz]ation|company|team|firm|business)"
            r"|your[ \t]+(?:company|organi[sz]ation|team|firm)[ \t]+(?:seems|sounds|looks)[ \t]+"
            r"like[ \t]+a[ \t]+(?:great|wonderful|fantastic|amazing)[ \t]+place[ \t]+to[ \t]+work"
            r"|the[ \t]+(?:work|role|job|position)[ \t]+(?:you[ \t]+do[ \t]+)?(?:sounds|seems"
            r"|looks)[ \t]+(?:really[ \t]+|very[ \t]+|so[ \t]+)?(?:exciting|interesting|great"
            r"|amazing|fascinating))"
            r"(?:[ \t]+(?:today|yesterday|earlier(?:[ \t]+today)?|this[ \t]+(?:morning|afternoon"
            r"|evening|week)|on[ \t]+the"
            r"[ \t]+phone(?:[ \t]+today)?|on[ \t]+\w+day(?:[ \t]+(?:morning|afternoon))?))?"
            r"(?:[ \t]+and[ \t]+(?:for[ \t]+)?(?:(?:your|the)[ \t]+)?(?:consideration|attention"
            r"|help|everything|all[ \t]+(?:of[ \t]+)?(?:your[ \t]+)?help|hospitality|time|welcome"
            r"|patience)(?:[ \t]+(?:today|yesterday|earlier))?)?[ \t]*[.!])",
            # The same thanks in other words, ending its clause before any detail ("Thanks so
            # much for the call today, ...", "Thanks for taking the time to talk with me
            # yesterday, and sorry ...", "Cheers for having me in on Tuesday", "I appreciate you
            # making the time to meet me", "I wish to express my sincere gratitude for the
            # interview held on the above date"), with the praise that adds nothing after it
            # ("..., it was really informative", "...; really enjoyed it", "..., I learnt a lot").
            r"(?:\A|(?<=\n)|(?<=[.!?:,;] )|(?<=[.!?] {2}))(?i:(?:(?:again|anyway|first(?:[ \t]+of"
            r"[ \t]+all)?|firstly|once[ \t]+again|just),?[ \t]+)?(?:(?:I|we)[ \t]+)?"
            r"(?:(?:just|really|also|first|truly|sincerely)[ \t]+)?(?:(?:wanted|want|would[ \t]+"
            r"like|['’]d[ \t]+like|wish|wished|write|am[ \t]+writing|['’]m[ \t]+writing)[ \t]+to"
            r"[ \t]+(?:say[ \t]+)?)?(?:(?:just[ \t]+)?(?:a[ \t]+)?(?:quick|short|brief|little)"
            r"[ \t]+(?:note|line|message|email)[ \t]+to[ \t]+say[ \t]+)?(?:thank(?:s|you|[ \t]+"
            r"you|[ \t]+u)?|many[ \t]+thanks"
            r"|(?:big|huge|massive|special)[ \t]+thanks|a[ \t]+(?:big|huge|quick|massive)[ \t]+"
            r"thank(?:s|[ \t]+you)|cheers|thx|tysm|ty|ta|(?:(?:I|we)[ \t]+)?(?:really[ \t]+"
            r"|truly[ \t]+|greatly[ \t]+|do[ \t]+|so[ \t]+)?appreciated?|(?:I['’]m|I[ \t]+am|I"
            r"[ \t]+was|we['’]re|we[ \t]+are)[ \t]+(?:so[ \t]+|very[ \t]+|really[ \t]+|truly[ \t]+"
            r"|most[ \t]+|extremely[ \t]+|deeply[ \t]+)?(?:grateful|thankful)|(?:express|extend"
            r"|convey|offer|send|give)[ \t]+(?:you[ \t]+)?(?:my|our)[ \t]+(?:(?:sincere|sincerest"
            r"|heartfelt|deepest|deep|warmest|warm|profound|humble|most[ \t]+sincere)[ \t]+)?"
            r"(?:gratitude|thanks|appreciation))(?:[ \t]+(?:you|u|again|so[ \t]+much|very[ \t]+much"
            r"|ever[ \t]+so[ \t]+much|ever[ \t]+so|a[ \t]+(?:million|lot|bunch|ton|heap)|loads"
            r"|heaps|tons|kindly|once[ \t]+again|both|all|sincerely|truly|really|most|sir|madam"
            r"|ma['’]am))*[ \t]+"
            r"(?:for[ \t]+)?(?:(?:(?:all[ \t]+)?(?:your|the)[ \t]+info(?:rmation)?"
            r"|(?:your|the|a|an|this|our|today['’]s|yesterday['’]s|such[ \t]+an?)"
            r"[ \t]+(?:(?:valuable|precious|kind|generous|great|lovely|wonderful|good|nice"
            r"|pleasant|productive|informative|insightful|enjoyable|interesting|quick|short|brief"
            r"|phone|video|zoom|teams|virtual|online|in-person|intro|introductory|first|second"
            r"|final|initial|screening|follow-up|recent|warm|friendly)[ \t]+){0,3}(?:time"
            r"|call|interview(?:[ \t]+experience)?|chat|conversation|meeting|talk|discussion"
            r"|catch[ -]?up|opportunity|chance|invitation|invite|consideration|visit|welcome"
            r"|hospitality|session|screen|phone[ \t]+screen|yarn|natter|audience|experience))"
            # ... "held on the above date", "you granted me".
            r"(?:[ \t]+(?:held|conducted|scheduled|granted)[ \t]+(?:on[ \t]+(?:the[ \t]+above"
            r"[ \t]+date|\w+day)|today|yesterday)|[ \t]+you[ \t]+(?:granted|gave|offered"
            r"|extended)[ \t]+(?:me|us))?"
            r"|(?:(?:you|your)[ \t]+)?(?:taking|making|finding|giving|setting[ \t]+aside|carving"
            r"[ \t]+out)[ \t]+(?:the[ \t]+|some[ \t]+)?time(?:[ \t]+out)?(?:[ \t]+(?:of|from|in)"
            r"[ \t]+your[ \t]+(?:busy[ \t]+|hectic[ \t]+|packed[ \t]+)?(?:day|schedule|week"
            r"|diary|calendar))?(?:[ \t]+(?:to[ \t]+)?(?:meet|speak|talk|chat|interview|see"
            r"|catch[ \t]+up)(?:[ \t]+(?:with|to))?[ \t]+(?:me|us))?"
            r"|(?:(?:you|your)[ \t]+)?(?:meeting|speaking|talking|chatting|catching[ \t]+up)"
            r"(?:[ \t]+(?:with|to))?[ \t]+me"
            r"|(?:(?:you|your)[ \t]+)?(?:having|seeing|inviting|hosting|fitting|squeezing"
            r"|interviewing|considering|meeting|welcoming|receiving)[ \t]+me(?:[ \t]+in)?"
            r"|(?:(?:you|your)[ \t]+)?(?:giving|offering|granting)[ \t]+me[ \t]+(?:the|this|a|an)"
            r"[ \t]+(?:chance|opportunity)(?:[ \t]+to[ \t]+(?:interview|meet|speak|talk|chat)"
            r"(?:[ \t]+(?:with|to)[ \t]+(?:you|the[ \t]+team))?)?"
            r"|(?:(?:you|your)[ \t]+)?telling[ \t]+me[ \t]+(?:(?:all|more)[ \t]+)?about[ \t]+"
            r"(?:the|your)[ \t]+(?:role|position|job|company|team|organi[sz]ation|opportunity)"
            r"(?:[ \t]+and[ \t]+(?:the|your)[ \t]+(?:role|position|job|company|team"
            r"|organi[sz]ation))?"
            # ... or only for when it was, with nothing but praise after it: "ta very much for
            # yesterday, it was grand".
            r"|(?=(?:yesterday|today|earlier|this[ \t]+(?:morning|afternoon)|(?:on[ \t]+)?\w+day)"
            rf"[ \t]*[,;][ \t]*(?:and[ \t]+)?(?:{_EMPTY_PRAISE})[ \t]*(?:[.!]|\s|$)))"
            # ... with the job as its heading says it, and when and where the talk was.
            r"(?:[ \t]+(?:for|about|regarding|on)[ \t]+(?:the|this|my)[ \t]+(?:(?-i:[A-Z][\w&'’-]*)"
            r"[ \t]+){0,5}(?:role|position|job|post|vacancy|opening|opportunity))?"
            r"(?:[ \t]*(?:today|yesterday|earlier(?:[ \t]+today)?|this[ \t]+(?:morning|afternoon"
            r"|evening|week)|last[ \t]+(?:night|week|\w+day)|on[ \t]+(?:the[ \t]+phone|zoom"
            r"|teams|\w+day)(?:[ \t]+(?:morning|afternoon))?|\w+day|over[ \t]+(?:the[ \t]+phone"
            r"|zoom|teams|video)|in[ \t]+person)){0,2}"
            r"(?:[ \t]+and[ \t]+(?:for[ \t]+)?(?:(?:your|the)[ \t]+)?(?:consideration|attention"
            r"|help|everything|hospitality|time|welcome|patience)(?:[ \t]+(?:today|yesterday"
            r"|earlier))?)?"
            # ... where its clause ends: praise that adds nothing and a full stop, a full stop, or
            # a comma before anything but a detail.
            rf"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?(?:{_EMPTY_PRAISE})[ \t]*(?:[.!]+|(?=\s|$))"
            r"|[ \t]*[.!]+|(?=[,;][ \t]+(?!(?:and[ \t]+(?:for|especially|particularly|in[ \t]+"
            r"particular|also)|especially|particularly|in[ \t]+particular|not[ \t]+least|above"
            r"[ \t]+all|which|where|when|including|about|on|regarding|with|for|as|because"
            r"|since|from|during|after)\b))))",
        ),
        hints=(
            "thank",
            "appreciat",
            "grateful",
            "gratitude",
            "cheers",
            "thx",
            "tysm",
            "ty ",
            "ta ",
            "pleasure",
            "enjoyed",
            "impressed",
            "seems",
            "sounds",
            "shared",
            "it was",
        ),
        # Praise and thanks anyone could send, and a connection note that could go to anyone.
        families=(
            "great|good|nice|lovely|wonderful|interesting|helpful to learn|hear|find_out more?"
            " about the|your company|role|team|organisation|organization|position|business|firm"
            "|opportunity",
            "learning|hearing|finding_out more? about your|the organisation|organization|company"
            "|team|business|firm|role",
            "everything|all you|that_you shared|said|told_me|discussed|described|mentioned"
            " sounded|was|seemed|sounds|seems|were ...? interesting|informative|fascinating"
            "|helpful|insightful|useful|great|exciting|amazing|inspiring",
            "all|everything the projects|things|work|ideas you mentioned|described|discussed"
            "|shared were|was|sounded|sound ...? fascinating|interesting|exciting|great|amazing",
            "opportunity|chance to interview|meet|speak|talk for|about the|this position|role|job"
            "|post|opportunity",
            "the|your work|team|company|role|job|culture|organisation|organization sounds|seems"
            "|looks|is ...? exciting|great|amazing|interesting|fascinating|wonderful|fantastic",
            "out_of|from your busy schedule|day|calendar",
            "amazing|great|wonderful|fantastic|fun|brilliant|excellent place|company|team to work"
            " for|at|with?",
            "clearly|obviously|really|definitely? have|has a great|amazing|wonderful|fantastic"
            "|strong|positive|lovely culture|team|vibe|atmosphere",
            "your|the insights|insight into|on|about the role|position|company|team|job"
            "|organisation|organization",
            "mission|values|vision|ethos resonates|resonate|resonated|aligns|align|aligned with me"
            "|my",
            "learned|learnt|learn so_much|a_lot|a_great_deal about what_you_do|the_company"
            "|the_role|your_team|the_team|your_company|the_organisation|the_organization",
            "it_was|was|it's_been|what a wonderful|great|amazing|lovely|valuable|rewarding"
            "|fantastic|memorable experience",
            "great|nice|good|lovely|wonderful|pleasure to meet|meeting|chat_with|chatting_with"
            "|speak_with|speaking_with you today|yesterday|earlier|this_week",
            # Everyone's concerns nodded at together, none of them named: "hearing about each of
            # your priorities", "your respective perspectives on the strategy".
            "each_of_your|your_respective|each_of_your_respective|your_different|your_various"
            "|your_individual|each_of_your_individual|each_of_your_different priorities"
            "|perspectives|insights|views|goals|concerns|areas|visions|remits|agendas|viewpoints"
            "|angles|backgrounds|focuses|interests",
            # A connection note anyone could send: "I'd like to add you to my professional
            # network", "saw your profile and wanted to connect", "I am open to work".
            "add|adding you to|as my|a? professional? network|connections|contact|contacts",
            "grow|growing|expand|expanding|build|building|widen|widening my|our? professional?"
            " network|connections",
            "accept|accepting my invitation|invite|request|connection_request",
            "connect with me {q}",
            "saw|seen|came_across|found|viewed|noticed your profile",
            "I_am|I'm|currently open to work|opportunities|new_opportunities",
            "for job|career|new|any opportunities|openings|vacancies",
            # Thanks that trail off: "for your time and everything", "your help with everything",
            # "for considering my application".
            "time|help|chat|effort|support|hospitality and|& everything|all_that|stuff|that|co",
            "help|support|assistance with everything|it_all|all_of_it|all_that",
            "thank|thanks|thank_you|thx|grateful|appreciate|appreciated ...? for? considering"
            "|reviewing|looking_at|taking_a_look_at|reading my application|candidacy|CV|résumé"
            "|resume|profile|me",
            # Thanks for everything and nothing: "Thank you for everything today", "your time
            # and attention", "all the info about the company", "much appreciated".
            "thank|thanks|thank_you|thankyou|grateful|appreciate|cheers for everything|all_of_it"
            "|all_that|all_your_help|all_the_help",
            "your time and attention|consideration|patience|energy|effort",
            "all|the info|information|details|insights|insight|background|overview about|on|into"
            " the|your company|role|team|organisation|organization|position|business|firm|job",
            "and|to learn|hear|find_out more about the|your role|company|team|position"
            "|organisation|organization|business|firm|opportunity",
            "much appreciated|obliged",
            "good|great stuff all_round|all_around|overall",
            "I really? appreciate|appreciated it|your_time|the_time|the_opportunity|the_chance",
            "appreciate|appreciated|grateful_for you|your taking|making the? time",
            "opportunity|chance to interview|meet|speak|talk|discuss for|about the|this|your ...?"
            " position|role|job|post|vacancy|opening",
            "warm|kind|lovely|friendly welcome|reception|hospitality",
            "cheers|ta|thx|tnx|ty|tysm for the|your? chat|call|interview|meeting|catch-up"
            "|catch_up|time|today|yesterday|earlier",
            "thank|thanks|thx|ty u|you|ya so? much? for ur|your time|consideration|help",
            "I really? appreciate|appreciated your consideration|your_patience",
            "what a|an amazing|awesome|incredible|great|fantastic|brilliant|wonderful|cool"
            " company|team|place|organisation|organization|office|culture|outfit|bunch|crew|vibe",
            "such a|an great|amazing|lovely|cool|nice|awesome|fantastic|brilliant|wonderful vibe"
            "|atmosphere|team|place|office|culture|energy|bunch|crew|company",
            "you_guys|you_all|y'all|you're|you_are|you_guys_are|you_all_are|y'all_are doing|do"
            " amazing|awesome|incredible|great|cool"
            "|exciting|fantastic things|stuff|work",
            "office|team|place|space|culture|vibe|energy is|was|seemed|seems|looks so? cool"
            "|awesome|lovely|sick|lit|dope|fab",
            "everyone|everybody was|were|seemed|seems so? nice|lovely|friendly|welcoming|great"
            "|amazing|awesome|kind",
            "impressed|inspired by|with your|the company's|organisation's|organization's|team's"
            "|firm's values|mission|culture|vision|ethos|reputation|growth|success|values",
            "grateful|thankful for the|this|that chance|opportunity",
            "opportunity|chance to meet|see the|your team|office|site|facility|premises|place",
            "taking|took time|the_time out to|of meet|see|speak|talk|interview|chat",
            "honour|honor|privilege|pleasure to be|being interviewed|considered|shortlisted"
            "|invited|selected",
            # Praise anyone could send: "second to none", "at the cutting edge of the industry",
            # "a world-class outfit", "blown away by everything", "the energy was electric".
            "culture|company|organisation|organization|place|office|energy|atmosphere|vibe"
            "|environment ...? sounds|seems|is|was|looks|seemed|sounded|looked|felt second_to_none"
            "|world-class|unrivalled|unrivaled|unmatched|unparalleled|electric|phenomenal"
            "|next-level|top-notch|infectious"
            "|incredible|amazing|out_of_this_world|mind-blowing|unreal",
            "at|on the cutting_edge|forefront|leading_edge|bleeding_edge|vanguard of the|your?"
            " industry|field|sector|market|profession|game",
            "world-class|world_class|top-notch|first-class|first-rate|best-in-class|top-tier"
            "|cutting-edge|class outfit|organisation|organization|company|team|operation|firm"
            "|place|setup|set-up|business|employer|institution",
            "blown_away|bowled_over|amazed|wowed|in_awe|awestruck|impressed by|with|of everything"
            "|it_all|all_of_it|the_whole_thing|all_I_saw|what_I_saw|the_whole_place",
            "energy|buzz|vibe|atmosphere in|around|at the office|room|place|building|site|floor"
            " was|is|felt ...? electric|infectious|palpable|amazing|incredible|unreal",
            "so much|many going_on|happening|exciting_things",
            # Projects praised without one of them named: "Sounds like lots of exciting projects
            # going on", "Your projects sound exciting" (the guide's own "too vague").
            "sounds|sounded|seems|seemed|looks|looked like there's|there_are|there_is|you've_got"
            "|you_have|you've|you_have_got|you're_working_on|you_are_working_on? lots_of|a_lot_of"
            "|so_many|plenty_of|loads_of|heaps_of|tons_of|many|some|a_few|several"
            "|a_number_of|all_sorts_of exciting|interesting|great|cool|amazing|fascinating|big"
            "|awesome|fun projects|initiatives|developments|plans",
            "lots_of|a_lot_of|so_many|plenty_of|loads_of|heaps_of|tons_of|all_sorts_of exciting"
            "|interesting|great|cool|amazing|fascinating|big|awesome|fun projects|initiatives"
            "|developments|plans going_on|happening|underway|under_way|in_the_pipeline"
            "|in_the_works|on_the_go|coming_up",
            "your|the projects|initiatives|plans|roadmap sound|sounds|seem|seems|look|looks"
            "|are ...? exciting|interesting|great|cool|amazing|fascinating|awesome|fun",
            "many|lots_of|so_many|various|a_range_of|all_sorts_of|a_variety_of interesting"
            "|fascinating|great|exciting|important topics|things|subjects|areas|points|issues",
            # A talk about nothing in particular: "our discussion on various matters".
            "discussion|conversation|chat|talk|exchange on|about|of|regarding|covering various"
            "|many|several|numerous|different|sundry|diverse|a_range_of|a_variety_of matters"
            "|topics|things|subjects|issues|points|areas|aspects",
            "game-changing|groundbreaking|ground-breaking|revolutionary|trailblazing|pioneering"
            "|industry-leading|disruptive|visionary approach|work|company|vision|ideas|product",
            "truly|totally|absolutely|genuinely|simply game-changing|groundbreaking"
            "|ground-breaking|revolutionary|trailblazing|pioneering|inspiring",
            "oozes|exudes|radiates|brims_with|bursting_with|buzzing_with|overflowing_with passion"
            "|energy|dynamism|positivity|excellence|talent|innovation|creativity|professionalism",
            "you're|you_are|you_seem|you_seem_like|your_company_is|it's|it_is|such a|an"
            " forward-thinking|people-first|progressive|innovative|dynamic|customer-first"
            "|people-centric|people-focused|employee-first|values-driven|purpose-driven"
            "|mission-driven|inclusive|impressive|exciting|great|amazing|wonderful|fantastic"
            " place|company|organisation|organization|employer|outfit|firm|business|team|kind"
            "|sort",
            "you're|you_are|you_seem|your_company_is|it's|it_is|such a|an forward-thinking"
            "|people-first|progressive|customer-first|people-centric|people-focused|employee-first"
            "|values-driven|purpose-driven|mission-driven",
            "forward-thinking|people-first|progressive|customer-first|people-centric|people-focused"
            "|employee-first|values-driven|purpose-driven|mission-driven kind|sort|type of? place"
            "|company|organisation|organization|employer|outfit|firm",
            "not a|one dud|duff_one|bad_one|weak_one|bad_apple among|in them|the_lot|the_bunch",
            "great|lovely|nice|good|fantastic|brilliant bunch|crowd|lot|group of people?",
        ),
        # A note that recalls something of the conversation elsewhere has done the work.
        unless_text=(
            # ... and a line of thanks and one more sentence is an excerpt: whether the note
            # recalls anything is a tip about a whole draft (``missing_detail``).
            r"\A[^\n]*?[.!?][ \t]+[A-Z][^\n]*\Z|"
            r"(?i:(?<!everything )(?<!all )(?<!that )\byou\s+(?:described|explained|mentioned"
            r"|showed|shared|said|told|walked|raised"
            r"|asked|outlined|noted|pointed)|(?<!forward to )\bhearing\s+(?:how|about"
            # ... though not everyone's concerns lumped together ("about each of your
            # priorities"), which recall none of them,
            r"(?!\s+(?:each\s+of\s+your|your\s+(?:respective|different|various|individual))\b)"
            r"|that|why"
            # ... nor "hearing your decision", which is still to come.
            r"|what|your(?!\s+(?:decision|response|reply|answer|news|thoughts|verdict|feedback"
            r"|views?|outcome)\b))|\b(?:your"
            r"|the)\s+(?:plan|plans|point|question|questions|story|comment|demo|idea|example"
            r"|description|tour|move|push|focus|approach)\s+(?:to|that|about|on|of|for|with|in)"
            r"|\bespecially\b|\bin\s+particular\b|\bparticularly\b|\babout\s+how\b"
            # A talk "on many interesting topics" recalls none of them.
            r"|\bdiscuss(?!ions?\s+(?:about|on|around|of)\s+(?:many|various|several|lots|so\s+many"
            r"|a\s+(?:range|variety|number|lot)|all\s+sorts|different|a\s+few)\b)"
            r"|\btalking\s+(?:about|through)|\b(?:chat|conversation|talk)\s+(?:about|on"
            r"|around)\b(?!\s+(?:many|various|several|lots|so\s+many|a\s+(?:range|variety|number"
            r"|lot)|all\s+sorts|different|a\s+few)\b)|walk(?:ed|ing)?\s+me\s+through|showed\s+me|\btour\s+of\b|\bhow\s+you(?:'re"
            r"|’re|\s+are|\s+plan)|\blearn(?:ed|ing|t)?\s+(?:how|that|why)\b|\bstayed\s+with\s+me"
            r"|\bstruck\s+by\b|\bstood\s+out\b|\b(?:useful|helpful|good|great|interesting|glad"
            r"|pleased|fascinating|reassuring|nice|exciting|encouraging)\s+to\s+(?:hear|learn"
            r"|see)\b(?!\s+more\s+about\s+(?:the|your)\s+(?:company|role|team|organi[sz]ation"
            r"|position|business|firm|opportunity)\b)"
            r"|\bthat\s+you(?:'re|’re|\s+are|\s+will|\s+plan)\b)"
        ),
        reader_tone=True,
        stages=frozenset({"thank_you", "phone_screen_thanks", "linkedin_note"}),
    ),
    Rule(
        id="cv_recap",
        kind="match",
        severity="warning",
        section="crafting/#fit",
        message=(
            "A recap of your CV {found} turns the note into a second application: they have "
            "your CV; one detail from the conversation does more."
        ),
        patterns=(
            # "Reminder: I increased retention 32%", "Quick recap: ...", "In short: ...".
            r"(?i:(?<![\w-])(?:quick[ \t]+|brief[ \t]+|short[ \t]+|a[ \t]+)?(?:reminder|recap"
            r"|summary|tl;?dr|in[ \t]+short|in[ \t]+summary|to[ \t]+recap|to[ \t]+summari[sz]e"
            r"|as[ \t]+a[ \t]+reminder)[ \t]*:[ \t]*[^.!?\n]{1,150})",
            # A heading for a list of skills: "Key tools: Figma, Sketch, ...", "My certs: ...".
            r"(?i:(?<![\w-])(?:(?:key|core|top|main|my)[ \t]+)?(?:tools|skills|strengths|certs"
            r"|certifications|qualifications|languages|technologies|stack|tech[ \t]+stack"
            r"|credentials|achievements|highlights)[ \t]*:[ \t]*[^.!?\n]{1,150})",
        ),
        hints=("reminder", "recap", "summary", "tl;dr", "tldr", "in short", "summari", ":"),
        families=(
            f"recap*|summar*|rundown|run-down|reminder|re-list|relist|rehash*|restat*|reiterat*"
            f"|overview|bullet_list|list ...? of|all? my|why {_CV_PARTS}|I'm|I_am|I'd|my",
            f"attach*|enclos*|includ*|resend*|re-send*|re-attach*|sent|sending my|the {_CV_PARTS}"
            f" again|once_more|as_well",
            "remind|reminding you|them ...? that? I|I've|I_have|I'm|I_am|my",
            "in_case|just_in_case you forgot|missed_it|didn't_see|don't_remember|need_a_reminder"
            " {rest}?",
            "in_case|just_in_case|if it|this helps|might_help your|the? decision|deciding|choice"
            "|decision-making",
            "reasons|reason to|why you_should? hire|choose|pick|select|interview me",
            "why I'd|I_would|I'm|I_am be? perfect|ideal|right|a_great_fit|the_best|a_good_fit"
            "|the_right_person|the_perfect_person|the_ideal_candidate",
            f"my {_CV_PARTS} include*|cover*|are_as_follows|at_a_glance",
            "elevator pitch|spiel",
            "full|entire|complete|whole work|employment|career history|record|background",
            # More recaps: "To remind you of my background", "a summary of my entire career",
            # "pasted my work history below", "Point by point, here is why ...".
            f"remind|reminding|refresh_your_memory you|them? of|on|about my {_CV_PARTS}",
            "summar*|recap*|overview|rundown|run-down of my entire|whole|full|complete career"
            "|work_history|background|experience|CV|resume|résumé|employment_history",
            f"pasted|copied|listed|set_out|laid_out|outlined|re-pasted|included my|the ...?"
            f" {_CV_PARTS} below|here|underneath|beneath|in_full|in_this_email",
            "point_by_point|line_by_line|item_by_item|requirement_by_requirement|bullet_by_bullet"
            " {rest}?",
            "matches|meets|covers|ticks|addresses each|every line|requirement|criterion|point"
            "|bullet|item|box",
            "full|entire|complete|whole list|rundown|summary|breakdown of my? {word}? skills"
            "|qualifications|experience|certifications|credentials|achievements|tools",
            # The CV retold or pointed to: "As outlined in my CV, I have ...", "My career began
            # in 2009", "Quick reminder of what I bring:", "I'd refer you to my application".
            "as outlined|stated|detailed|listed|mentioned|shown|noted|set_out|indicated|described"
            "|highlighted|per in|on my CV|résumé|resume|application|cover_letter|profile"
            "|LinkedIn",
            "per my CV|résumé|resume|application",
            "refer|direct|point you|the_board|the_panel|the_committee|them ...? to my CV|résumé"
            "|resume|application|cover_letter|profile|record",
            "my career began|started|kicked_off|took_off|commenced in|at|with|as|back",
            "recap*|summar*|reminder|rundown|run-down|overview|refresher|reminders of|on me"
            "|myself|what_I_bring|what_I_offer|what_I_can_do|what_I've_done|who_I_am|what_I_do"
            "|my_profile|why_I'm|why_I_am",
            "summar*|overview|rundown|run-down|list of my key|core|main? competencies|competences"
            "|capabilities|attributes|selling_points|strengths|skills",
            "my work|employment|career|professional history|background|experience|qualifications"
            "|credentials|CV|résumé|resume|achievements again|once_more|one_more_time|in_brief"
            "|below|in_full",
            "walk|take|run|talk you|them through my {word}? experience|background|career|CV"
            "|résumé|resume|history|qualifications|achievements once_more|again|one_more_time"
            "|briefly",
            "as you'll_have_seen|you_will_have_seen|you_can_see|you'll_see|you_will_see|you_saw"
            "|my_CV_shows|my_résumé_shows|my_resume_shows|my_application_shows ...? I've|I_have|I"
            "|my",
            "I've|I_have held|had|worked_in roles|positions|posts|jobs at|with|in {name}",
            "reiterate|recap|summarise|summarize|sum_up|remind_you ...? I've|I_have|I_bring"
            "|I_hold|my ~ years|experience|background|skills|qualifications|track_record|degree"
            "|certifications",
            f"refresher|reminder|recap|rundown|overview|summary on|of my {_CV_PARTS}",
            "my CV|résumé|resume|profile ...? attached|enclosed|included|below again|once_more",
            f"brief|short|quick|potted ...? history|overview|tour|timeline of my {_CV_PARTS}"
            "|employment",
            "find|see below my CV|résumé|resume|profile"
            "|credentials|qualifications|certificates|certifications|background|experience"
            "|achievements|career_history|work_history|employment_history",
            # Reasons, an introduction or a plan set out for them: "Here are 3 reasons I'm a fit",
            # "let me tell you a bit more about myself", "outline in brief my key competencies",
            # "my 5-year plan for your team", "the rest of my pitch is in my About section".
            "here_are|here's|here_is|below_are|these_are 2|3|4|5|two|three|four|five|a_few|some"
            "|my|the_top reasons|ways|things|points|facts reason*? I'm|I_am|I'd|I_would|why|you"
            "|to|about",
            "let_me|allow_me_to|I'd_like_to|I_would_like_to|I_want_to|I_wanted_to tell|share"
            "|give you ...? a_bit|a_little|more|a_quick_overview ...? about|of myself|me|my"
            "|my_background",
            "outline|summar*|list|set_out|spell_out ...? in_brief|briefly|below ...? my key|core"
            "|main? competencies|skills|strengths|qualifications|achievements|credentials",
            "my 1-year|2-year|3-year|5-year|10-year|90-day|30-60-90|first-year plan|plan|roadmap"
            "|vision",
            "the|my rest|remainder of my pitch|story|intro|introduction|background|profile",
            "go_through|look_at|check_out|review|read my portfolio|CV|resume|résumé|profile"
            "|website ...? resume|CV|résumé|cover_letter|portfolio|certificates",
        ),
        reader_tone=True,
        stages=frozenset(
            {"thank_you", "linkedin_note", "phone_screen_thanks", "check_in", "final_follow_up"}
        ),
        without_stage=False,
    ),
    Rule(
        id="cv_list",
        kind="match",
        severity="warning",
        section="channels/#linkedin-messages",
        message=(
            "A list such as {found} reads like a résumé; a LinkedIn note has room for one detail "
            "from your conversation, and the email makes the case."
        ),
        patterns=(
            r"(?=[\w])(?<![\w.+#/&'’-])(?=(?:[^.!?\n,]{0,60},){3})(?=[^.!?\n]{0,240}?(?:\b[A-Z]{2,}|\d))"
            r"(?:[\w.+#/&'’-]+(?:[ \t]+[\w.+#/&'’-]+){0,3},[ \t]+){3,}"
            r"[\w.+#/&'’-]+(?:[ \t]+[\w.+#/&'’-]+){0,2}",
            # Three credentials or figures, the first two with a code or a number: "PMP, PRINCE2
            # and Scrum Master", "CELTA, JLPT N1, 9 years in Kyushu", "15 yrs sales, top rep".
            rf"(?<![\w.+#/&'’-]){_CODE_ITEM},[ \t]+{_CODE_ITEM}(?:,[ \t]+{_LIST_ITEM})*"
            rf"(?:,[ \t]+{_LIST_ITEM}|,?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM})"
            rf"(?:,?[ \t]+(?:and|&)[ \t]+{_LIST_ITEM})?",
        ),
        hints=(",",),
        stages=frozenset({"linkedin_note"}),
        channels=frozenset({"linkedin_message"}),
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
    Rule(
        id="presuming_the_job",
        kind="match",
        severity="warning",
        section="crafting/#close",
        message=(
            "Writing as if the job were already yours {found} presumes their decision; end with "
            "an offer instead, such as “If anything else would help, I'm happy to share more.”"
        ),
        families=(
            "look*|can't_wait|cannot_wait|excited|eager|keen to? forward? to? receiving|getting"
            "|seeing|signing|receive|get|see|sign your|the|my offer|contract|offer_letter"
            "|paperwork",
            "pencil*|plan|planning|lock|locking|firm|firming in|down|up? a|my|the start_date"
            "|first_day|first_shift",
            "when|what_day can|could|do|shall|should|would|will|might I start {toq}",
            "my first day|week|month|shift|fortnight look|looks like|involve|be_like|include",
            "see|seeing you on|at my first day|shift|morning",
            # Acting on a job not offered: notice handed in, bank details, a new team, a first
            # day, "basically in the bag", "once I'm on board".
            "handed|handing|hand|given|gave|put|putting|tendered|tendering|submitted|sent in? my"
            " notice|resignation",
            "already resigned|quit|told_my_boss|told_my_manager|given_notice",
            "my new team|colleagues|teammates|team-mates|workmates|co-workers|coworkers",
            "on|for|before|by|after my first day|week|shift|morning|month|day_on_the_job",
            "told|tell|telling|announced|informed ...? {word}? that? I got|I've_got|I_have_got"
            "|I'd_got|I_had_got|I've_landed|I_landed|I'd_landed the|this|that? job|role|position"
            "|post|gig",
            "see|catch you {word}? {word}? boss|new_boss|colleague|teammate|team-mate|coworker",
            "bank|banking|payroll|tax|direct_deposit|pension|PAN|NI|TFN|SSN details|info"
            "|information|form|forms|number|account for? payroll?",
            "I_assume|I_presume|I_take_it|I_expect|presumably|I_trust|I_suppose the|my|an? offer"
            "|offer_letter|contract|paperwork|appointment_letter|position|job|role ...? will|is"
            "|should|would|'ll follow|come|arrive|be|follows|mine",
            "working|to_work|starting|start with you|you_all|the_team|all_of_you|everyone|y'all"
            " ...? from|starting|come|on next|Monday|the",
            "once|for_when|as_soon_as|after I'm|I_am|I've_been|I_get|I_come on_board|onboard"
            "|onboarded|aboard|in_post|in_the_role|in_the_seat|in_the_door|through_the_door"
            "|settled_in|hired",
            "for_when|as_soon_as I start|join|begin|start_work|come_on_board|come_aboard",
            "once|after I start|begin|join|start_work {word}? role|job|team|position|post|company"
            "|firm|you|here|Monday|Tuesday|Wednesday|Thursday|Friday|properly",
            "once|after I start|begin|join|start_work|come_on_board|come_aboard {bang}",
            "in_the_bag|a_done_deal|just_a_formality|a_mere_formality|a_formality|sewn_up"
            "|as_good_as_mine|as_good_as_done|signed,_sealed",
            "it's|it_is|this_is|job's|job_is basically|practically|pretty_much|all_but|just? in"
            " the bag",
            "updat*|chang*|announc*|post* my|on_my LinkedIn|profile|headline|status|bio|socials"
            " to_say|saying|that|with_the_news|to_show|to_reflect",
            "my joining|onboarding|induction|orientation formalities|date|kit|paperwork"
            "|documents|pack",
            "for|about|regarding|before my joining",
            "plann*|arrang*|book*|sort*|organis*|organiz* my commute|childcare|season_ticket"
            "|train_pass|leaving_do",
            "told|informed|tell|telling my|the current? boss|manager|employer|team|landlord"
            "|colleagues ...? I'm|I_am|I'll_be leaving|quitting|resigning|moving|off|going",
            "moving|relocating|move|relocate to {name} for the job|role|position|post",
            "to my first day|week|shift|morning|month|paycheck|pay_cheque|payslip|pay_day",
            "can't|cannot|can_not wait to start|begin|get_started|join|dive_in|get_stuck_in"
            "|meet_the_team|be_part|start_work",
            "please|kindly|pls|can_you|could_you send|email|forward|post me? the|my contract"
            "|offer_letter|employment_contract"
            "|onboarding_documents|onboarding_pack|welcome_pack|start_date",
            "when I'm|I_am on_board|onboard|in_the_role|in_post|in_the_seat|part_of_the_team"
            "|settled_in",
            "my future team|colleagues|teammates|manager|boss|co-workers|coworkers|workmates|desk"
            "|office",
            "look*|excited|can't_wait ...? forward? to joining|starting_with|starting_at"
            "|becoming_part_of|being_part_of your|the team|company|organisation|organization"
            "|firm|practice|ward|school|crew|you",
            "I_will|I'll|I_shall|I_can resume|report_for_duty|report_to_work|resume_work"
            "|resume_duty on|at|next|from|by|immediately|Monday|Tuesday|Wednesday|Thursday"
            "|Friday",
            "when|what_date|which_date|what_day should|shall|can|do|will I resume|start_work"
            "|report_for_duty|report_to_work",
            "reading_up|preparing|prepping|getting_ready|studying|swotting_up for my new role|job"
            "|position|post",
            "cleared|blocked|freed|blocked_out|cleared_out my calendar|diary|schedule ~ for the"
            "|my start|first_week|first_day|new_role|new_job",
            "when|where do|will|can|should|shall I get|collect|pick_up|receive|be_given my"
            " badge|laptop|keys|uniform|login|logins|access|parking_permit|ID|ID_card|lanyard"
            "|desk|email_account|locker|PPE",
            "consider|take this|it my|as_my|as_a acceptance|yes",
            "I accept|I'll_accept|I_would_accept|I'd_accept in_advance|already|on_the_spot",
            "what's|what_is|when's|when_is|what_will_be my start_date|starting_date"
            "|joining_date|first_day|start|first_shift",
            "my new desk|workstation|locker|badge|lanyard|uniform",
            "see|seeing you on|in|at the team|Christmas_party|holiday_party|office_party"
            "|team_party|standup|stand-up|away_day|offsite",
            "being|becoming your colleague|teammate|team-mate|coworker|co-worker|newest",
            "given|gave|handed|give|served my landlord|employer|boss|manager|work their? notice",
            "given|gave|handed|served notice on my flat|lease|tenancy|house|place",
            "sketch*|mapp*|map|maps|draft*|plann*|plan|plans|outlin* out? my first {count} days"
            "|weeks|months",
            "what|what's the dress_code|parking|uniform|start_time ...? for|on my? first|when",
        ),
        # While waiting for an answer, not in a note about another offer or a reply to a no.
        stages=WAITING - {"competing_offer", "reply_rejection"},
        without_stage=False,
        reader_tone=True,
    ),
    Rule(
        id="leftover_contact",
        kind="other_employer",
        severity="warning",
        section="avoid/#placeholders",
        message=(
            "Thanks passed on to someone at an employer the message names nowhere else {found}: "
            "check the name is not left over from another application."
        ),
        # Thanks or regards passed on to a person at a firm: "please pass my thanks on to
        # Sigrid at Fjordline", "say hello to Tom from Acme", "my regards to Dr Lee at Medway".
        patterns=(
            r"(?i:(?:thanks|thank[ \t]+you|gratitude|appreciation|regards|best[ \t]+wishes|best"
            r"|greetings|hello|hi|wishes|love)[ \t]+(?:(?:on|along|back)[ \t]+)?(?:to|for)[ \t]+"
            r"|(?:thank|greet)[ \t]+)"
            r"(?:(?-i:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+)?(?-i:[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)"
            r"[ \t]+(?i:at|from|over[ \t]+at|in)[ \t]+"
            r"(?P<name>(?-i:[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,3}))",
        ),
        # The employer the message is written to: the subject line's names, or "the process at
        # Nordlys Energi", "the role with Acme".
        unless_text=(
            r"(?m:^(?i:subject):(?P<subject>.*)"
            r"|(?:(?<!my current )(?<!my previous )(?<!my last )(?<!my old )"
            r"(?i:role|position|opening|job|vacancy|post|team|interview|opportunity|department"
            r"|unit|ward|store|branch|office|offer|day|visit|morning|afternoon|process"
            r"|application|recruitment|programme|program|scheme|panel|interviews)[ \t]+(?i:at|with"
            r"|in|for)"
            r"|(?i:showing[ \t]+me[ \t]+(?:a)?round|tour[ \t]+of|visit[ \t]+to|welcome[ \t]+to"
            r"|offer[ \t]+from|invitation[ \t]+from|everyone[ \t]+at|team[ \t]+at))[ \t]+"
            r"(?P<named>[A-Z][\w&'’-]*))"
        ),
        stages=frozenset(STAGE_IDS) - {"recruiter_thanks"},
        without_stage=False,
    ),
    Rule(
        id="other_employer",
        kind="other_employer",
        severity="warning",
        section="avoid/#placeholders",
        message=(
            "An employer named once, where you picture yourself working {found}, is not the "
            "one the rest of the message names: check it is not left over from another "
            "application."
        ),
        # Where the writer sees their future ("join the team at Acme", "help build Acme",
        # "contribute to Acme's growth"): the employer named there is the one written to.
        patterns=(
            # A verb in capitals after a word is part of a name ("Brennan Building Services").
            r"(?i:\b(?!(?<=\w[ \t])(?-i:[A-Z]))"
            r"(?:join(?:ing)?|be(?:coming)?[ \t]+(?:a[ \t]+)?part[ \t]+of"
            # "a strong addition to the Flipkart analytics team", "suit Capgemini's clients",
            # "follow Old Mutual's journey".
            r"|(?:addition|asset|boon)[ \t]+to"
            r"|(?:suit|serve|delight|win(?:[ \t]+over)?)(?:s|ed|ing)?(?=[ \t]+[A-Z][\w&-]*"
            r"(?:[ \t]+[A-Z][\w&-]*){0,3}['’]s[ \t]+(?:clients|customers|users|patients|members"
            r"|students|guests|shoppers|readers|audience)\b)"
            r"|follow(?:ing)?(?=[ \t]+[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3}['’]s[ \t]+"
            r"(?:journey|growth|story|progress|mission|success)\b)"
            r"|(?:contribut(?:e|ing)|bring(?:ing)?|appl(?:y|ying))(?:[ \t]+[\w'’-]+){0,3}?[ \t]+to"
            # ... and with more brought to the team at a firm: "bring my 11 years on commercial
            # fit-outs to the crew at Acme" (not "bringing the rig in Kiel up to DIN EN 12266").
            r"|(?:contribut(?:e|ing)|bring(?:ing)?)(?:[ \t]+[\w'’-]+){4,6}?[ \t]+to(?=[ \t]+"
            r"(?:the|your)[ \t]+(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}?(?-i:[a-z])[\w-]*[ \t]+(?:at|with)"
            r"[ \t]+(?-i:[A-Z]))"
            r"|tr(?:y|ying)(?:[ \t]+[\w'’-]+){0,4}?[ \t]+on"
            # ... but not help offered on a condition ("if that would help Acme Ltd."): that is an
            # offer, not the writer pictured in the job.
            r"|(?<!if that would )(?<!if it would )(?<!if this would )(?<!if that will )"
            r"(?<!if it will )(?<!if that might )(?<!if it might )(?<!if that could )"
            r"(?<!if it could )(?<!if that'd )(?<!if that’d )(?<!if it'd )(?<!if it’d )"
            r"help(?:ing)?(?:[ \t]+to)?(?:[ \t]+(?:build|grow|shape))?|build(?:ing)?|grow(?:ing)?"
            # "hit the ground running at Acme", "settle in at Acme", "thrive at Acme".
            r"|hit(?:ting)?[ \t]+the[ \t]+ground[ \t]+running[ \t]+(?:at|with)"
            r"|(?:settl(?:e|ing)[ \t]+in|fit(?:ting)?[ \t]+in|thriv(?:e|ing)"
            r"|get(?:ting)?[ \t]+stuck[ \t]+in)[ \t]+(?:at|with)"
            # "to lead the care team at Acme", "the prospect of running the kitchen at Acme"; not
            # the writer's own job ("I currently lead the team at Kilbarry").
            r"|(?:(?<=\bto )|(?<=['’]d )|(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bcan ))"
            rf"(?:lead|run|manage|head(?:[ \t]+up)?|oversee|supervise|coordinate){_LED_AT}"
            r"|(?:(?<=\bto )|(?<=\bof )|(?<=\babout )|(?<=\bfor ))(?:leading|running|managing"
            rf"|heading(?:[ \t]+up)?|overseeing|supervising|coordinating){_LED_AT}"
            # "to work at Acme", "working with Acme"; not the noun ("the forecasting work at").
            r"|working[ \t]+(?:at|for|with|alongside)|(?:(?<=\bto )|(?<=\bI )|(?<=\bwe )"
            r"|(?<=['’]d )|(?<=\bwill )|(?<=\bcould )|(?<=\bcan )|(?<=\band )|(?<=\bor ))work"
            r"[ \t]+(?:at|for|with))"
            # "the data team at Acme"; not a title ("the Head of Compensation").
            r"[ \t]+(?:(?:the|your)[ \t]+(?:(?-i:[a-z])[\w-]*[ \t]+){0,2}?(?-i:[a-z])[\w-]*[ \t]+"
            r"(?:at|of|in)[ \t]+"
            # "joining everyone at Hollybank High", "working with you all at Acme".
            r"|(?:everyone|everybody|all[ \t]+of[ \t]+you|you[ \t]+all|the[ \t]+whole[ \t]+team"
            r"|all[ \t]+the[ \t]+(?:team|staff|people|folks))[ \t]+(?:at|in|over[ \t]+at)[ \t]+"
            r"|(?P<the>the[ \t]+))?)"
            r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,4})"
            # "joining the Deloitte tax team": a name after "the" is the employer's only
            # when a team, firm or group follows it.
            r"(?(the)(?=[ \t]+(?:[\w-]+[ \t]+){0,2}?(?i:team|teams|firm|family|crew"
            r"|practice|department|squad|office|company|organi[sz]ation|panel|board|leadership"
            r"|people|staff)\b))",
        ),
        # Where a message names the employer it is written to: the subject line's name, or
        # "the role at Acme", "your team with Acme".
        unless_text=(
            r"(?m:^(?i:subject):(?P<subject>.*)"
            r"|(?:(?<!my current )(?<!my previous )(?<!my last )(?<!my old )"
            r"(?i:role|position|opening|job|vacancy|post|team|interview|opportunity|department"
            r"|unit|ward|store|branch|office|offer|day|visit|morning|afternoon)[ \t]+(?i:at|with"
            r"|in)"
            # ... or "showing me round Harbor Logistics", "my day at Monzo", "a tour of Acme".
            r"|(?i:showing[ \t]+me[ \t]+(?:a)?round|tour[ \t]+of|visit[ \t]+to|welcome[ \t]+to"
            r"|offer[ \t]+from|invitation[ \t]+from))[ \t]+"
            r"(?P<named>[A-Z][\w&'’-]*))"
        ),
        stages=frozenset(STAGE_IDS) - {"competing_offer", "decline_offer", "withdraw"},
        without_stage=False,
        reader_tone=True,
    ),
    Rule(
        id="leftover_name",
        kind="other_employer",
        severity="warning",
        section="avoid/#placeholders",
        message=(
            "Someone thanked by name {found} who is not the person the note greets: check the "
            "name is not left over from another note."
        ),
        # A name called out in thanks mid-message: "thanks again, Karthik, for the whiteboard
        # exercise", "and thank you, Priya, for the tour", "Thanks too, Sam, for ...".
        patterns=(
            r"(?i:thank(?:s|[ \t]+you)(?:[ \t]+(?:again|also|too|as[ \t]+well|so[ \t]+much"
            r"|very[ \t]+much|once[ \t]+more))?)[ \t]*,[ \t]+"
            r"(?P<name>(?-i:[A-Z][a-z'’-]+))[ \t]*,[ \t]+(?i:for|to|it|I|your|you|again)(?![\w'’])",
        ),
        # The person the message greets: "Hi Meera,", "Dear Mr. Hoffmann".
        unless_text=(
            r"(?P<subject>(?!))|(?m:^[ \t]*(?i:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon"
            r"|evening|day))[ \t]+(?:(?-i:Mr|Mrs|Ms|Mx|Dr|Prof|Ma['’]am|Sir)\.?[ \t]+)?"
            r"(?P<named>(?-i:[A-Z][\w'’-]*)))"
        ),
        stages=frozenset({"thank_you", "linkedin_note", "recruiter_thanks", "phone_screen_thanks"}),
        without_stage=False,
        reader_tone=True,
    ),
    Rule(
        id="praised_other_employer",
        kind="other_employer",
        severity="warning",
        section="avoid/#placeholders",
        message=(
            "Praise for an employer the message names nowhere else {found}: check the name is "
            "not left over from another application."
        ),
        # Praise for what a firm does, in a refusal that names another: "I was really impressed
        # by Vestas's safety culture", "I admired Acme's approach to training".
        patterns=(
            r"(?i:\b(?:(?:impressed|struck|inspired|moved|taken|won[ \t]+over|blown[ \t]+away)"
            r"[ \t]+(?:by|with)|(?:admire[sd]?|admiring|loved|enjoyed|appreciated|respected"
            rf"|valued)(?=[ \t]+{LATIN_CAPITAL}))[ \t]+(?:the[ \t]+)?"
            rf"(?P<name>(?-i:{LATIN_CAPITAL}[\w&-]*"
            rf"(?:[ \t]+(?:&[ \t]+)?{LATIN_CAPITAL}[\w&-]*){{0,3}}))['’]s?"
            r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:culture|values|approach|mission|ethos|vision|people"
            r"|team|teams|commitment|focus|record|standards|work|projects|sites?|operations"
            r"|reputation|training|leadership))",
        ),
        # The employer the message is written to: the subject line's names, "everyone at SSE",
        # "the offer from Acme", "the role at Acme".
        unless_text=(
            r"(?m:^(?i:subject):(?P<subject>.*)"
            r"|(?:(?<!my current )(?<!my previous )(?<!my last )(?<!my old )"
            r"(?i:role|position|opening|job|vacancy|post|team|interview|opportunity|department"
            r"|unit|ward|store|branch|office|offer|day|visit|process|application|panel)[ \t]+"
            r"(?i:at|with|in|for)"
            r"|(?i:tour[ \t]+of|visit[ \t]+to|offer[ \t]+from|everyone[ \t]+at|team[ \t]+at"
            r"|everybody[ \t]+at|all[ \t]+at))[ \t]+"
            rf"(?P<named>{LATIN_CAPITAL}[\w&'’-]*))"
        ),
        stages=frozenset({"decline_offer"}),
        without_stage=False,
        reader_tone=True,
    ),
    Rule(
        id="personal_stakes",
        kind="match",
        severity="warning",
        section="avoid/#self-focus",
        message=(
            "What the job would do for your life {found} makes the note about your needs: say "
            "what you would bring to their work instead."
        ),
        families=(
            "mean|means|meant the absolute? world|everything|so_much|a_great_deal|a_huge_amount"
            " to me|us|my_family",
            # The family waiting, counting on it, or helped by it.
            "my|our family|families|wife|husband|partner|kids|children|parents|mum|mom|dad"
            "|household|whole_family|little_family|loved_ones ...? is|are|has_been|have_been|were"
            " ...? waiting|praying|hoping|counting_on|relying_on|depending_on|suffering"
            "|struggling|rooting|anxious|starving|going_hungry|waiting_to_hear|waiting_to_know"
            "|excited|thrilled|hopeful|nervous|on_edge|over_the_moon",
            "help|helps|support|feed|provide_for|look_after|mean_so_much_to|mean_a_lot_to"
            "|mean_the_world_to|change_things_for|make_a_difference_for|make_a_difference_to"
            "|sort_out|transform_life_for my|our family|household|kids|children|parents|mum|mom"
            "|dad|little_family|loved_ones|wife|husband",
            "game-changer|game_changer|life-changer|life_changer|lifeline|life_raft|life-raft"
            "|lifesaver|life-saver|godsend|blessing|dream_come_true for|to me|my|us|our",
            "answer to my|our prayers",
            # A life on hold, or their answer for the writer's nerves: "I can't keep my life on
            # hold indefinitely", "I'd like this sorted for my own peace of mind".
            "keep|keeping|kept|put|putting|leave|leaving|left|hold|holding|have my|our life|lives"
            "|plans|future|career|family|world|everything on_hold|in_limbo|on_pause|on_ice"
            "|in_suspense|in_suspension",
            "my|our life|lives|future|world|everything is|are|has_been|have_been|was ...? on_hold"
            "|in_limbo|on_pause|on_ice|in_suspense|at_a_standstill",
            "for|for_the_sake_of|to_protect|to_preserve|to_save|out_of_concern_for my|our own?"
            " peace_of_mind|piece_of_mind|sanity|mental_health|nerves|stress_levels|wellbeing"
            "|well-being",
            "put|set|ease|settle my|our mind|minds at_rest|at_ease|to_rest",
            "I'm|I_am|I've_been|I_have_been losing sleep",
            "sole|main|only|primary breadwinner|earner|provider",
            "breadwinner",
            "mortgage|bills|loans|debts|mouths|dependants|dependents to think_about|pay|feed"
            "|support|consider|cover|provide_for|look_after",
            "family|kids|children to feed|provide_for",
            "savings|money|funds|cash|redundancy_money|severance|benefits ...? are|is|have|has"
            " ...? gone|running_out|run_out|nearly_gone|almost_gone|dwindling|running_low"
            "|drying_up|dried_up|exhausted|used_up",
            "make-or-break|make_or_break",
            # The job as the writer's growth, while waiting (a decline may give that reason).
            "springboard|launchpad|launch_pad|stepping_stone|stepping-stone into|to|towards a|an"
            "|my",
            "opportunity|chance|platform|place|environment for me to learn|grow|develop|gain"
            "|build|expand|broaden|upskill|progress|advance|shine",
            "where|in_which I can|could|would|will|might grow|learn|develop|progress|advance"
            "|thrive|flourish|upskill|build_my|further_my",
            "always|long wanted|dreamed|dreamt|hoped|longed|aspired to work|be in|at|for|with|as",
            "achieve|reach|fulfil|fulfill|realise|realize|attain|unlock my goals|ambitions|dreams"
            "|aspirations|potential|career_goals|objectives",
            "keen|eager|hoping|want|wanting|looking|excited|chance|opportunity|able to develop"
            "|improve|sharpen|hone|grow|expand|broaden|enhance|upgrade my skills|skillset"
            "|skill_set|knowledge|expertise|abilities|capabilities",
            "enhance*|boost*|further*|advanc*|accelerat*|support*|aid* my professional|personal"
            "|career? development|growth|progression|aspirations|ambitions|prospects",
            "platform|springboard|launchpad|launch_pad|stepping_stone|stepping-stone for|into|to"
            " my growth|development|career|future",
            "help|helps|allow|allows|enable|enables|let|lets me grow|develop|progress|advance"
            "|upskill|flourish|learn_and_grow|grow_and_learn|learn_and_develop",
            "learning|growth|development experience|opportunity for me",
            "I'd|I_would|I_could|I'll|I_will get_to|be_able_to learn|grow ...? so_much|a_lot"
            "|loads|heaps|tons|plenty",
            "baby|child|little_one on the way",
            "I'm|I_am a single mother|mom|mum|father|dad|parent",
            "wits'|wit's|wits end",
            "wits_end|rope's_end|tether's_end|end_of_my_tether|end_of_my_rope",
            "end|ends of my|one's rope|tether",
            "struggling|struggle|suffering financially|with_money|to_make_ends_meet",
            "riding|resting|hanging|hinging on this|it for me|for_us",
            "so much|everything|a_lot|my_future ...? riding|resting|hanging|hinging on this|it",
            "turned|turning down|declined|passed_on|put_off|cancelled|put_on_hold other|several"
            "|two|three|all_other|all_my_other|a_few interviews|offers|jobs|opportunities|roles"
            "|applications",
            "put|putting|puts my|our life|lives|everything|plans|search|job_search on hold",
            "need|needed a break|win|lifeline|fresh_start|lucky_break",
            "my husband|wife|partner|spouse|dad|father|mum|mother|mom|parents ...? has|have|is|are"
            "|was|were ...? unemployed|out_of_work|jobless|laid_off|made_redundant|sick|unwell|ill"
            "|in_hospital|bedridden|disabled",
            "my {count} children|kids|little_ones|dependants|dependents",
            "I_have|I've_got|I've {count} dependants|dependents|mouths_to_feed|little_ones"
            "|young_children",
            "rent|mortgage|bills|school_fees|tuition|loan|loans is|are due|overdue|piling_up"
            "|mounting|stacking_up",
            "really|desperately|badly need this_job|this_role|this_one|this_position|this_post"
            "|this_opportunity|the_money|the_income|the_work|a_job|a_win|a_break",
            "consider my candidature|candidacy|application|case favourably|favorably|positively"
            "|kindly|sympathetically",
            "exposure|experience|training|mentoring|mentorship|title|salary|perks|benefits"
            "|flexibility would|will be great|amazing|brilliant|perfect|fantastic|invaluable|ideal"
            "|so_good|really_good|a_big_help for|to me",
            "hope|hoping|praying|pray I get|land|bag|secure|am_chosen|am_selected|get_picked the"
            "|this job|role|position|post|offer",
            "exactly|just|precisely what I need|I'm_looking_for|I_am_looking_for"
            "|I've_been_looking_for right_now|now|at_this_stage|at_this_point|in_my_life"
            "|in_my_career",
            "hours|flexibility|location|commute|hybrid|remote_working would|will really? suit"
            "|help me|my|us",
            "nothing|no_work|no_job|no_income|nothing_else lined_up|coming_in|on_the_horizon",
            "dream come true",
            "dream*|dreamt|dreamed of|about this|a_role_like_this|a_job_like_this|this_role"
            "|this_job|working_here|this_opportunity|working_for_you|joining_you",
            "pays|pay|paying|cover|covers the bills|rent|mortgage",
            "applying|job-hunting|job_hunting|searching|looking|unemployed|out_of_work for"
            " {count} months|years|weeks",
            "applying|job-hunting|job_hunting|job_searching for ages|so_long|forever|months",
            "applied to|for {count} jobs|roles|positions|companies|places|vacancies",
            "after|following|had so_many|countless|endless|a_string_of|dozens_of|so_many|a_lot_of"
            "|nothing_but rejections|knock-backs|knockbacks",
            "I've_had|I_have_had|I_had|after|following|we've_had a|such_a tough|hard|rough"
            "|difficult|brutal|awful|terrible year|few_years|few_months|stretch|patch"
            "|couple_of_years"
            "|couple_of_months",
            "exposed|stuck|in_trouble|screwed|sunk|finished|done_for|in_a_bind|in_a_hole"
            "|in_real_trouble|in_a_tight_spot|in_a_difficult_position ...? if this|it falls"
            "|doesn't|does_not|goes ...? through|work_out|happen|south|apart",
            "drowning|buried|swimming|up_to_my_neck|up_to_my_eyeballs in debt|debts|loans"
            "|student_loans|bills|arrears",
            "paying|pay|cover|covering|afford ...? hospital|medical|school|tuition|care_home bills"
            "|fees|costs",
            "juggling|juggle|working {count} part-time? jobs|gigs|shifts|side_hustles",
            "juggling|juggle part-time? jobs|gigs|side_hustles",
            "future|life|everything|livelihood|career|fate|survival ...? hinges|hinge|depends"
            "|depend|rests|rides|hangs on this|it|your|you",
            "jobless|unemployed|out_of_work|without_work|without_a_job|between_jobs|on_benefits"
            " for|since {word}",
            "keep|keeping our|my house|home|flat|apartment|place and|or los*",
            "turn|turns|turning my|our ...? life|lives|world|fortunes|luck around|round",
            # Where the job fits the writer's life: "five minutes from my flat", "suits me
            # perfectly".
            "minutes|mins|min|walk|drive|stroll|bus_ride|ride|commute from|to my flat|house|home"
            "|place|door|doorstep|apartment|kids'_school",
            "this|the_role|the_job|the_position|the_post|the_hours|the_location|this_role|this_job"
            "|the_salary|the_pay|it_all ...? suits|would_suit|will_suit|fits|would_fit me|my_needs"
            "|my_lifestyle|my_situation|my_life perfectly|down_to_the_ground|to_a_T|to_a_tee"
            "|so_well|really_well|nicely",
            "need|want|looking_for something|a_job|a_role|work stable|steady|secure|regular"
            "|permanent|reliable|local|close_to_home|nearby",
            # A secure job needed, or the writer's own plans and decision as the reason to
            # answer: "I really need a permanent post", "as I need to plan my week", "this is
            # important for my decision whether I continue".
            f"I|we|I'm|I_am need*|needing|in_need_of a|an {_SECURE_JOB}",
            "as|because|since|so|cos I|we need|have|must|want|got to plan|organise"
            "|organize|arrange|sort_out|sort|schedule my|our week|weekend|diary|calendar|schedule"
            "|month|time|plans|life|other_interviews|notice",
            "important|crucial|key|essential|vital|decisive|relevant|necessary for|to|in my|our"
            " decision|decision-making|choice|deciding ...? whether|if",
            # Wanting the job, or the wait, as the writer's own: "eager to join your reputed
            # organisation", "over the moon to land this one", "as I am eagerly waiting".
            "eager|keen|dying|desperate|itching|raring|longing|hungry to join|be_part_of"
            "|work_for|work_at|get_into|get_a_foot_in your|the|this ...? team|organisation"
            "|organization|company|firm|practice|group|hospital|school|business|institution"
            "|outfit|establishment|family|crew|ranks|door",
            "land|landing|bag|bagging|snag|snagging|nab|nabbing|secure|securing|win|winning|clinch"
            "|clinching this|the|that one|role|job|gig|position|post|spot|place|opportunity"
            "|offer",
            "I_am|I'm|am|I|I've_been|I_have_been|we_are|we're eagerly|anxiously|nervously"
            "|impatiently waiting|awaiting",
            # What the pay would do for the writer: "the extra money would sort me right out",
            # "the pay rise would really help us out", "that salary would be a lifesaver".
            "money|pay|salary|cash|income|wage|wages|dosh|raise|rise|bump|paycheck|paycheque"
            "|pay_packet|payslip|bonus|overtime ~ would|will|could|should|is_going_to"
            "|would_really ...? sort|help|set|tide|bail|dig|straighten|get me|us|my_family"
            " right? out|up|over",
            "money|pay|salary|cash|income|wage|wages|dosh|raise|rise|bump|paycheck|paycheque"
            "|pay_packet|bonus|overtime ~ would|will|could|should ...? come_in_handy_for_me"
            "|help_me_a_lot|help_me_out|go_a_long_way_for_me|change_my_life|change_our_lives"
            "|be_a_big_help_to_me|be_a_lifesaver_for_me|pay_off_my|clear_my|cover_my"
            "|help_with_my|mean_I_can",
            "would|will|could sort|set|straighten me|us|my_life|my_finances right? out",
            # "... would make a real difference to retention" is about their work: the writer
            # must be the one helped, unless the words are the writer's own money.
            "money|pay|salary|cash|income|wage|wages|dosh|raise|rise|bump|paycheck|paycheque"
            "|pay_packet|bonus|overtime ~ would|will|could|should ...? make a|all_the|such_a ...?"
            " difference to|for me|us|my|our",
            "money|pay|salary|cash|income|wage|wages|dosh|raise|rise|bump|paycheck|paycheque"
            "|pay_packet|bonus|overtime ~ would|will|could|should ...? be ...? life-changing"
            "|life_changing|lifesaver|life-saver|lifeline|godsend|game-changer|game_changer"
            "|a_big_deal|a_huge_deal|huge|massive|a_big_help|a_huge_help for|to me|us|my|our",
            "money|cash|dosh|payrise|pay_rise|pay_bump|extra_income|extra_pay|higher_salary"
            "|bigger_salary|better_salary|better_pay|higher_pay|bigger_paycheck|bigger_paycheque"
            " would|will|could|should ...? be ...? life-changing|life_changing|lifesaver"
            "|life-saver|lifeline|godsend|game-changer|game_changer",
            # The writer's next move, life and hardships as the reason to answer: "I need to make
            # some decisions about my next move", "a shorter commute", "move closer to my
            # family", "my rent's due", "a hard time mentally", "kindly consider my plight".
            "need|have|got to make|take ...? decision|decisions|call|choices about|on|regarding"
            " my next|future|plans|career|life|situation",
            "figure_out|work_out|plan|decide|sort_out|think_about my next move|step|steps|chapter",
            "short|shorter|easier|quicker|nicer commute",
            "job|role|work|position with better|shorter|nicer|more_flexible|fewer|saner hours|pay"
            "|balance|commute",
            "commute|hours|location|flexibility|schedule|salary|pay|perks would|will be perfect"
            "|ideal|great|brilliant|amazing for me|us|my_family",
            "move|moving|relocate|relocating|be|live closer|nearer to my|our family|parents|partner"
            "|kids|children|mum|mom|dad|home",
            "finally? let|allow|enable me|us ...? move|relocate to",
            "enjoy|love the flexibility|perks|benefits|hybrid_setup|remote_working"
            "|work-life_balance|hours|commute",
            "title|name|logo|brand on my LinkedIn|CV|profile|résumé|resume",
            "stability|security|balance|flexibility|progression|change|challenge|break I've|I_have"
            "|I'd been looking|searching|hoping|waiting|longing for",
            "ideal|perfect|best|great way|route|path|opportunity to get|break into",
            "need|want|could_use a change|break|escape from|away_from my current? boss|job|manager"
            "|employer|company|role",
            "rent's|mortgage's due|overdue",
            "scraping|scrimping|barely_getting|struggling_to_get by|along",
            "help|helping|pay|paying|cover|covering|afford|affording with? her|his|their|my|mum's"
            "|dad's|mom's care|medical|hospital|treatment|nursing|care_home bills|fees|costs",
            "hard|tough|rough|difficult|dark|awful time|patch|place|period mentally|emotionally",
            "on antidepressants|anti-depressants|medication_for_anxiety|medication_for_depression",
            "crying|cried|sobbing|in_tears every|each|most night|day|morning|evening",
            "crying|cried myself to sleep",
            "threaten*|facing|face|risk_of eviction|repossession|foreclosure|homelessness",
            "my|our plight",
            "move|moving back in with|home_to my|his|her|our parents|mum|mom|family|in-laws",
            "all my|our eggs in",
            # Other chances given up for them: "I've turned down two other interviews", "I've
            # been holding other companies off", "I've put everything else on hold".
            "turned_down|turning_down|turned_away|declined|declining|passed_on|passing_on"
            "|said_no_to|walked_away_from|pulled_out_of|pulling_out_of|withdrawn_from|withdrew_from"
            "|dropped_out_of|skipped|skipping ...? other|another|more|further|several|two|three"
            "|four|a_few|a_couple_of|all_my|my_other ...? interviews|interview|offers|offer|jobs"
            "|opportunities|roles|applications|processes",
            "holding|held|hold|keeping|kept|keep ...? other|another|the_other|several|two|three"
            " ...? companies|employers|firms|offers|recruiters|schools|hospitals|agencies"
            "|interviews|people off|at_bay|waiting|hanging|on_hold",
            "put|putting|puts|placed|placing ...? everything|everything_else|all_else|my_life"
            "|my_plans|my_other_plans|life|plans|other_things|other_stuff|other_plans ...? on"
            " hold|ice|pause",
            # Other chances set aside for them: "I've put a couple of other processes on hold
            # while I wait", "I've paused my other applications".
            "put|putting|puts|placed|placing|parked|parking|paused|pausing|shelved|shelving"
            "|froze|frozen|freezing ~ other|my_other|all_other|all_my_other|several|the_other"
            " ...? processes|process|applications|interviews|offers|options|opportunities|roles"
            "|leads|conversations|jobs|searches ...? on? hold|ice|pause|the_back_burner|aside",
            "paused|pausing|froze|frozen|freezing|shelved|shelving|suspended|suspending|halted"
            "|halting|stopped|stopping|parked|parking ~ other|my_other|all_other|all_my_other"
            "|several|the_other ...? processes|applications|interviews|offers|options"
            "|opportunities|roles|leads|conversations|job_search|search|job-hunting|job_hunting",
            "paused|pausing|stopped|stopping|halted|suspended|shelved|froze|frozen|ended|called_off"
            "|put_on_hold my|the job_search|job-search|search|job_hunt|job-hunt|job_hunting"
            "|job-hunting|hunt|applications",
            "stopped|quit|given_up|gave_up applying|looking|interviewing elsewhere|anywhere_else"
            "|for_other_roles|for_other_jobs",
            "holding|held|hold off on|off ~ other|my_other|all_other|all_my_other|several"
            " ...? processes|applications|interviews|offers|options|opportunities|roles",
        ),
        # While waiting for an answer: an acceptance may say what the job means to you.
        stages=WAITING,
        without_stage=False,
        reader_tone=True,
    ),
    Rule(
        id="relay_pitch",
        kind="match",
        severity="warning",
        section="situations/#recruiter-thank-you",
        message=(
            "Asking the recruiter to pass your case on {found}: they arrange the process rather "
            "than judge your skills, so keep the note to your thanks."
        ),
        families=(
            # "so you can pass it on", "so please pass that on".
            "so|so_that|just_so|in_case you|they ...? can|could|may|might|want_to|wish_to"
            " ...? pass|relay|forward|feed it|this|that|them|these ~? on|along|back|upstream",
            "so|so_do|and_do please|kindly|do pass|relay|feed|forward that|this|it on|along",
        ),
        reader_tone=True,
        stages=frozenset({"recruiter_thanks"}),
        without_stage=False,
    ),
    Rule(
        id="values_dig",
        kind="match",
        severity="warning",
        section="avoid/#guilt",
        message=(
            "Holding their own values up against the wait {found} is a dig they will remember "
            "for the wrong reasons: say what you need without it."
        ),
        families=(
            # "particularly from a union that talks about respect at work", "especially for a
            # company that prides itself on candidate experience".
            "particularly|especially|esp|all_the_more|even_more|even_more_so|ironic|ironically"
            "|rich|odd|strange|surprising from|for|coming_from a|an|the|such_a|your ~ that|which"
            "|who ...? talks|talk|talked|preaches|preach|prides|pride|claims|claim|boasts|boast"
            "|champions|champion|professes|profess|trumpets|advertises|promotes|markets|bills"
            "|brands|sells|speaks|speak|campaigns|campaign|harps|bangs|goes_on|go_on|says|say"
            "|is_supposed|are_supposed|is_meant|are_meant|supposedly|apparently|allegedly"
            "|publicly|so_proudly|proudly|so_loudly|loudly",
            # "for all your talk about people first", "despite all the posts about candidate care".
            "for|despite|given|with all|all_that|all_this|all_of your|the|that|this talk|rhetoric"
            "|slogans|posts|messaging|posturing|preaching|speeches|statements|values|claims"
            "|branding|marketing|hashtags|banners about|of|on",
            "not|hardly|scarcely|barely exactly|quite|very? living|practising|practicing|walking"
            "|in_keeping_with|in_line_with|consistent_with|reflecting|living_up_to your|the|its"
            "|their own? values|mission|ethos|principles|charter|motto|slogan|talk|brand|promise",
            "so much for your|the|all_that|all_the? respect|values|ethos|principles|commitment"
            "|culture|candidate_experience|people_first|transparency|talk",
        ),
        reader_tone=True,
        stages=frozenset(
            {
                "check_in",
                "final_follow_up",
                "answer_delay",
                "withdraw",
                "decline_offer",
                "reply_rejection",
            }
        ),
        without_stage=False,
    ),
    Rule(
        id="rambling",
        kind="match",
        severity="warning",
        section="crafting/#concise",
        message=(
            "Padding {found}: a follow-up is read between meetings; cut it and keep to the point."
        ),
        families=(
            # Saying the text is long, or wandering off: "I know I'm going on a bit", "sorry
            # this is such an essay", "this is a bit of a tangent", "apropos of nothing".
            "I'm|I_am|I've_been|I_keep|me going|rambling|banging|droning on a_bit|and_on"
            "|at_length|too_long|forever",
            "rambling|waffling|droning_on|banging_on|rabbiting_on|babbling|blathering",
            "such a|an essay|novel|wall_of_text|tome|saga|long_email|long_message|long_note",
            "sorry|apologies|apologise|apologize|excuse for|about the|this|my essay|novel"
            "|wall_of_text|tome|length|long_email|long_message|long_note|rambling|waffle",
            "bit|slight|small|quick|brief|little|random|total|complete of? a tangent",
            "off on a tangent",
            "apropos of nothing",
            "as an aside",
            "on a|an side|unrelated|random|completely_different note",
            "it goes without saying",
            "needless to say",
            "when all is said and done",
            "long story short",
            "to_cut|to_make|cutting|making a long story short",
            "could|can|might write|go_on|talk|ramble pages|an_essay|a_book|all_day|forever"
            "|for_hours|for_days|for_ages",
            "lot|lots|much|plenty|loads|tons to say|to_add about|on each|every|all|everything",
            # Pointing back at itself: "the points made in my previous paragraphs", "further to
            # all of the above", "to summarise my summary", "back to what I was saying".
            "my|the previous|earlier|preceding|above|prior paragraphs|paragraph|points|sections"
            "|section",
            "all of the above",
            "summari*|summar*|recap* my summary|summaries|recap",
            "back|return|returning|get_back to what I was|I'd_been|I_had_been saying",
            "explain|tell_you|share|describe|update_you_on how my week|weekend|day|month|summer"
            "|holiday|morning has|went|was|has_been",
            "PPS|PPPS",
            "bear with me",
            "I digress",
            "where was I",
            "point|thought number? nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty of",
            "reach|reaching out and|to drop|send|shoot|write|pen",
            "drop|dropping|shoot|shooting you a|this quick|short|little? line|note to say",
            # More of the same: "a bit of an essay", "I've gone on a bit", "grab a coffee, this
            # one's a long read", "let me start from my first summer job", "which I'll describe in
            # detail below", "summarised every question you asked", "add a few paragraphs".
            "bit of an|a essay|novel|saga|ramble|epic|tome",
            "I've|I_have gone|rambled|waffled|droned on",
            "a long|lengthy read",
            "there's|there_is a_lot|lots|loads|plenty here|below|to_get_through|to_read",
            "grab|get|make|pour a|yourself_a coffee|cuppa|tea|brew",
            "point|thought number? six|seven|eight of",
            "start|begin|go_back from|with|to my first|very_first|earliest ...? job|role|summer_job"
            "|jobs",
            "summari*|recap*|answered|went_through|listed every|each|all_the question|questions"
            " you asked",
            "describe|explain|outline|detail|go_through each? ...? in detail|at_length|in_full"
            " below",
            "recap|summarise|summarize|go_over|run_through our ~ chat|call|conversation|interview"
            "|meeting|discussion in_full|point_by_point|in_detail|step_by_step|blow_by_blow",
            "add|include|write|attach a_few|some|several|a_couple_of|a_couple_more|a_few_more"
            "|more paragraphs|pages",
            # Views promised on everything at once: "I have ideas on all of it".
            "ideas|thoughts|views|opinions|suggestions|plans on|about all_of_it|all_of_that"
            "|all_of_them|everything|the_lot|each_of_them|every_one_of_them|all_of_those",
        ),
        reader_tone=True,
    ),
)
