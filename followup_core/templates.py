"""Every word the draft builder writes, as data, plus the tiny renderer that fills it in.

A :class:`Template` exists for each stage on each channel. Its paragraphs are
*blocks*; each block holds a few *variants* (alternative phrasings), and each
variant is a tuple of sentences. The draft builder picks one variant per block
for each recipient, so a panel gets distinct notes rather than copies with the
name swapped.

Sentences name the details they need as ``{key}``. A sentence may also be a
tuple of *alternatives*: the first whose details are all given is used, so an
optional detail changes the sentence instead of leaving a gap ("You mentioned
that you hoped to decide by Friday…" or, with no date, "I wanted to check in
on where things stand…"). A single sentence whose optional detail is empty is
dropped; only a detail the stage cannot do without (declared in
:mod:`followup_core.schema`, with the keys the wording reads it by and its
placeholder) shows a visible ``[placeholder]``. The key
``when`` is *soft*: when empty it simply vanishes from its sentence.

Values are inserted as plain data: ``str.format_map`` never re-reads a
substituted value, so braces typed by a reader come out literally.

Every message opens with "Hi {first name}," as every example in the guide does.
LinkedIn connection notes must fit the channel's limit whatever the details:
each has a ladder of ``shorter`` versions, tried in order until one fits, and
the last one names no detail at all (see :func:`connection_ladder`).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .schema import DETAIL_FIELD_SPECS, INTERVIEWER_FIELD_SPECS

__all__ = [
    "KEY_SOURCES",
    "PLACEHOLDERS",
    "SOFT_KEYS",
    "TEMPLATES",
    "Template",
    "fill",
    "keys_in",
]

#: One sentence, or alternatives of which the first whose details are all given is used.
Sentence = str | tuple[str, ...]
Variant = tuple[Sentence, ...]
Block = tuple[Variant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Template:
    """The wording of one stage on one channel.

    Attributes:
        subjects: Subject-line variants (``("",)`` for LinkedIn, which has none).
        greeting: The salutation line, or ``""`` when the first sentence greets.
        blocks: Paragraphs; each is a tuple of variants, each a tuple of sentences.
        signoffs: Closing-line variants (may span lines), or ``()`` for none.
        shorter: For notes with a hard limit: a ladder of shorter versions, tried in
            order when the note is too long; each rung holds variants (a panel's
            notes stay distinct as they shrink) and the last names no detail.
    """

    subjects: tuple[str, ...]
    greeting: str
    blocks: tuple[Block, ...]
    signoffs: tuple[str, ...]
    shorter: tuple[Block, ...] = ()


#: Every ``{key}`` the wording may use, with the detail it reads (a ``details`` field, or
#: ``person.X`` for the recipient's own) and its placeholder, from the fields' declarations.
_KEYS: Final = tuple(
    (key, source, spec.placeholder or "")
    for source, spec in (
        *((spec.id, spec) for spec in DETAIL_FIELD_SPECS),
        *((f"person.{spec.id}", spec) for spec in INTERVIEWER_FIELD_SPECS),
    )
    for key in spec.wording_keys
)
#: Which detail each key reads.
KEY_SOURCES: Final[Mapping[str, str]] = MappingProxyType({key: src for key, src, _ in _KEYS})
#: The text shown for a detail the stage needs and the reader has not given yet.
PLACEHOLDERS: Final[Mapping[str, str]] = MappingProxyType({key: text for key, _, text in _KEYS})
#: Keys that vanish from their sentence when empty instead of dropping it.
SOFT_KEYS: Final = frozenset({"when"})

_EMAIL_SIGNOFFS = (
    "Best regards,\n{signoff}",
    "Kind regards,\n{signoff}",
    "Warm regards,\n{signoff}",
)
_MESSAGE_SIGNOFFS = (
    "Best,\n{candidate_first}",
    "Kind regards,\n{candidate_first}",
    "All the best,\n{candidate_first}",
)
_NO_SUBJECT = ("",)
_HI = "Hi {name},"

_EMAIL: dict[str, Template] = {
    "thank_you": Template(
        subjects=(
            "Thank you: {role} interview",
            "{role} interview: thank you for your time",
            "Thank you: {role} interview at {company}",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for talking with me {when} about the {role} role at {company}.",
                    "I especially enjoyed our conversation about {topic}.",
                    "It was also good to find out that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for meeting with me {when} to discuss the {role} position at"
                    " {company}.",
                    "I particularly enjoyed hearing your thoughts on {topic}.",
                    "I was also glad to discover that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for the conversation {when} about the {role} role at {company}.",
                    "What you said about {topic} has stayed with me since.",
                    "It was a nice surprise to learn that we have {shared_interest} in common.",
                ),
            ),
            (
                (
                    (
                        "Hearing about {project} made me even keener on the role, and it is a"
                        " close match for my experience in {skill}.",
                        "Our conversation made me even keener on the role, which is a close match"
                        " for my experience in {skill}.",
                    ),
                    "For example, {example}.",
                ),
                (
                    (
                        "Since we spoke, I have been thinking about {project}, where my experience"
                        " in {skill} would be useful.",
                        "Since we spoke, I have been thinking about how my experience in {skill}"
                        " could help your team.",
                    ),
                    "To give one example, {example}.",
                ),
                (
                    (
                        "The work on {project} sounds like a challenge I would enjoy, and it lines"
                        " up closely with my experience in {skill}.",
                        "The role lines up closely with my experience in {skill}, the part of my"
                        " work I enjoy most.",
                    ),
                    "As one example, {example}.",
                ),
            ),
            (
                (
                    (
                        "If it would help, I would be happy to talk through how I would approach"
                        " {contribution}.",
                        "If it would help, I would be happy to follow up our conversation with a"
                        " few ideas in writing.",
                    ),
                    "Please don't hesitate to get in touch with any other questions.",
                ),
                (
                    (
                        "I would be glad to walk you through how I would approach {contribution},"
                        " if that would be useful.",
                        "I would be glad to send you a few written thoughts on what we discussed,"
                        " if that would be useful.",
                    ),
                    "It was a pleasure to meet you, and I hope we speak again.",
                ),
                (
                    (
                        "If a closer look at how I would approach {contribution} would help, just"
                        " let me know.",
                        "If some early thoughts on what we discussed would help, just let me know.",
                    ),
                    "I enjoyed meeting you, and I hope we can continue the discussion.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "check_in": Template(
        subjects=(
            "{role} role: checking in on timing",
            "Checking in on the {role} role",
            "{role} role at {company}: a question on timing",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "I hope your week is going well.",
                    "Thank you again for speaking with me {when} about the {role} role at"
                    " {company}.",
                    (
                        "You mentioned that you hoped to decide {timeline}, so I wanted to check"
                        " in.",
                        "I wanted to check in on how the process is going.",
                    ),
                ),
                (
                    "I hope you are well.",
                    "I enjoyed our conversation {when} about the {role} position at {company}.",
                    (
                        "As the plan was to reach a decision {timeline}, I thought I would check"
                        " in.",
                        "I thought I would check in on how things are going.",
                    ),
                ),
                (
                    "I hope all is well with you and the team.",
                    "I am grateful for the time you gave me {when} to discuss the {role} role at"
                    " {company}.",
                    (
                        "Since you expected to decide {timeline}, I wanted to follow up.",
                        "I wanted to follow up on my application.",
                    ),
                ),
            ),
            (
                (
                    (
                        "I am still very interested in the role, especially after the"
                        " conversation about {topic}.",
                        "I am still very interested in the role and in joining the team.",
                    ),
                ),
                (
                    (
                        "The discussion about {topic} has stayed with me, and I remain keen to"
                        " join the team.",
                        "I remain keen to join the team.",
                    ),
                ),
                (
                    (
                        "I keep coming back to the conversation about {topic}, and I am still very"
                        " keen on the role.",
                        "I am still very keen on the role.",
                    ),
                ),
            ),
            (
                (
                    "I understand these decisions can take time.",
                    "Is there any update on timing that you are able to share?",
                ),
                (
                    "I know timelines often shift.",
                    "Do you have a rough idea of when you expect to decide?",
                ),
                (
                    "I appreciate that hiring can take longer than planned.",
                    "Is there any news on the timing that you could share?",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "final_follow_up": Template(
        subjects=(
            "{role} role: a brief follow-up",
            "A final note on the {role} role",
            "{role} position: a final follow-up",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "I hope you and the team are doing well.",
                    "This is a brief note about the {role} role at {company}, following my"
                    " interview {when}.",
                    (
                        "The role still interests me very much, particularly the team's work on"
                        " {topic}.",
                        "The role and the team's work still interest me very much.",
                    ),
                ),
                (
                    "I hope things are going well at {company}.",
                    "I am writing one last time about the {role} position I interviewed for"
                    " {when}.",
                    (
                        "My interest has not changed, and I would still love to help the team"
                        " with {topic}.",
                        "My interest in the role has not changed.",
                    ),
                ),
                (
                    "I hope your week is off to a good start.",
                    "I wanted to reach out a final time about the {role} role at {company}.",
                    (
                        "I am still very keen on it, particularly the work on {topic}.",
                        "I am still very keen on it.",
                    ),
                ),
            ),
            (
                (
                    "If the team has decided to go in another direction, I understand completely,"
                    " and thank you for the time you gave me.",
                    "I would be glad to stay in touch about future roles.",
                ),
                (
                    "If the process has moved on, I understand; thank you for considering me.",
                    "I would be happy to stay in touch about future openings.",
                ),
                (
                    "If you have already made a decision, no reply is needed, and thank you again"
                    " for your time.",
                    "I would be happy to stay in touch about any future openings.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "reply_positive": Template(
        subjects=(
            "Thank you: next steps for the {role} role",
            "{role} role: thank you for the good news",
            "{role} role: next steps",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for the good news about the {role} role at {company}.",
                    "I really appreciate you letting me know, and the time you and the team have"
                    " given the process.",
                ),
                (
                    "Thank you for getting back to me about the {role} position at {company}; I"
                    " was very happy to hear the news.",
                    "I appreciate the time you and the team have given me.",
                ),
                (
                    "Thank you for your message and for the update on the {role} role at"
                    " {company}.",
                    "It is great news, and I am grateful for your support so far.",
                ),
            ),
            (
                (
                    (
                        "I am happy to confirm {next_step}.",
                        "Could you let me know what the next step involves, so that I can prepare?",
                    ),
                    (
                        "I am looking forward to talking more about {topic}.",
                        "I am looking forward to learning more about the team's work.",
                    ),
                ),
                (
                    (
                        "I can confirm {next_step}, and I will make sure I am prepared.",
                        "Please let me know the next steps and anything you need from me.",
                    ),
                    (
                        "The conversation about {topic} left me keen to hear more.",
                        "I am looking forward to the next conversation.",
                    ),
                ),
                (
                    (
                        "I have noted {next_step} and will be ready.",
                        "I would be glad to hear what the next step involves and how best to"
                        " prepare.",
                    ),
                    "I am looking forward to learning more about the team's plans.",
                ),
            ),
            (
                ("If you need anything else from me in the meantime, please let me know.",),
                ("Please let me know if you need anything from me in the meantime.",),
                ("If there is anything I should send or prepare, just let me know.",),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "reply_rejection": Template(
        subjects=(
            "{role} role: thank you for letting me know",
            "Your decision on the {role} role",
            "{role} role: thank you for your time",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for letting me know your decision on the {role} role at {company},"
                    " and for the time you and the team spent with me.",
                    (
                        "I enjoyed learning about {topic}, and I am sorry not to be part of it.",
                        "I enjoyed learning about the team's work.",
                    ),
                ),
                (
                    "Thank you for getting back to me about the {role} position at {company}.",
                    "It is not the news I had hoped for, but I am grateful for the chance to meet"
                    " the team.",
                    "The conversation about {topic} was a highlight for me.",
                ),
                (
                    "Thank you for the update on the {role} role at {company}, and for your time"
                    " throughout the process.",
                    "I learned a lot from the conversation about {topic}.",
                ),
            ),
            (
                (
                    "If you have a moment, I would welcome any feedback on my interview; I"
                    " understand if that is not possible.",
                    "I would be glad to be considered for future roles at {company}.",
                ),
                (
                    "If you are able to share any brief feedback, I would find it very helpful,"
                    " but I understand if not.",
                    "I hope our paths cross again, and I wish you and the team every success.",
                ),
                (
                    "If you are open to it, a few words of feedback would be very welcome.",
                    "I would be glad to stay in touch about future openings at {company}.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "linkedin_note": Template(
        subjects=(
            "Staying in touch after our {role} conversation",
            "A LinkedIn invitation after the {role} interview",
            "Connecting on LinkedIn after the {role} interview",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thanks again for our conversation {when} about the {role} role at {company};"
                    " I have sent you a connection request on LinkedIn.",
                    "I enjoyed hearing your thoughts on {topic}.",
                    "It was also good to find out that we have {shared_interest} in common.",
                ),
                (
                    "Thanks again for our talk {when} about the {role} position at {company}; I"
                    " would like to stay connected, so I have sent you an invitation on"
                    " LinkedIn.",
                    "The discussion about {topic} has stayed with me.",
                    "I was also glad to discover that we have {shared_interest} in common.",
                ),
                (
                    "Thanks again for the conversation {when} about the {role} role at {company};"
                    " I have also reached out on LinkedIn, as I would value staying in touch.",
                    "I learned a lot from what you shared about {topic}.",
                    "It was a nice surprise to learn that we have {shared_interest} in common.",
                ),
            ),
            (
                (
                    "I would be glad to stay in touch whatever the outcome.",
                    "I will be following the progress on {project} with interest.",
                    "If there is anything I can share about my work, please feel free to reach"
                    " out.",
                ),
                (
                    "I would enjoy hearing how {project} goes.",
                    "Please let me know if you have any questions in the meantime.",
                ),
                (
                    "I hope {project} goes well.",
                    "I would be happy to answer any questions you may have.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
}

_MESSAGE: dict[str, Template] = {
    "thank_you": Template(
        subjects=_NO_SUBJECT,
        greeting=_HI,
        blocks=(
            (
                (
                    "Thanks so much for speaking with me {when} about the {role} role at"
                    " {company}.",
                    "I really enjoyed our conversation about {topic}.",
                    "It was also great to find that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for your time {when} and for the conversation about the {role}"
                    " role at {company}.",
                    "What you shared about {topic} has stayed with me.",
                    "I also enjoyed learning that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for the conversation {when} about the {role} position at {company}.",
                    "I appreciated what you said about {topic}.",
                    "Nice to discover we have {shared_interest} in common, too.",
                ),
            ),
            (
                (
                    (
                        "Hearing about {project} made me even keener on the role; it's a close"
                        " match for my experience in {skill}.",
                        "The role is a close match for my experience in {skill}.",
                    ),
                    "For example, {example}.",
                ),
                (
                    (
                        "The work on {project} lines up well with my experience in {skill}.",
                        "The role lines up well with my experience in {skill}.",
                    ),
                    "To give one example, {example}.",
                ),
                (
                    (
                        "I've been thinking about {project} since we spoke; it fits my experience"
                        " in {skill}.",
                        "I've been thinking since we spoke about how my experience in {skill}"
                        " could help.",
                    ),
                    "As one example, {example}.",
                ),
            ),
            (
                (
                    (
                        "Happy to talk through how I'd approach {contribution} if that would help.",
                        "Happy to share my thinking on {topic} if that would help.",
                    ),
                ),
                (
                    (
                        "If it's useful, I'd be glad to walk you through how I'd approach"
                        " {contribution}.",
                        "If it's useful, I'd be glad to send a few thoughts on {topic}.",
                    ),
                ),
                (
                    (
                        "If it would help, I could walk you through how I'd approach"
                        " {contribution}.",
                        "Let me know if a few thoughts about {topic} would help.",
                    ),
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "linkedin_note": Template(
        subjects=_NO_SUBJECT,
        greeting=_HI,
        blocks=(
            (
                (
                    "Thanks for connecting, and thank you again for our conversation {when} about"
                    " the {role} role at {company}.",
                    "I enjoyed hearing your thoughts on {topic}.",
                    "It was also great to find that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for accepting my invitation, and for your time {when} discussing"
                    " the {role} position at {company}.",
                    "What you shared about {topic} has stayed with me.",
                    "Nice to discover we have {shared_interest} in common, too.",
                ),
                (
                    "Great to be connected here, and thanks again for the conversation {when}"
                    " about the {role} role at {company}.",
                    "I learned a lot from our talk about {topic}.",
                    "I also enjoyed learning that we have {shared_interest} in common.",
                ),
            ),
            (
                (
                    "I'll be following the progress on {project} with interest.",
                    "Feel free to reach out any time.",
                ),
                (
                    "I'd love to hear how {project} goes.",
                    "Let me know if there's anything I can share in the meantime.",
                ),
                ("I hope {project} goes well.", "Happy to stay in touch."),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
}


# --- the situations beyond the usual path (docs/situations.md) ------------------------

_EMAIL_SITUATIONS: dict[str, Template] = {
    "phone_screen_thanks": Template(
        subjects=(
            "Thank you for the call about the {role} role",
            "Thank you: {role} phone call",
            "{role} role: thank you for the call",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for the call {when} about the {role} role at {company}.",
                    "I enjoyed hearing more about {topic}.",
                ),
                (
                    "Thank you for taking the time to speak with me by phone {when} about the"
                    " {role} position at {company}.",
                    "It was good to hear more about {topic}.",
                ),
                (
                    "Thank you for the phone conversation {when} about the {role} role at"
                    " {company}.",
                    "What you said about {topic} made the role even more appealing.",
                ),
            ),
            (
                (
                    (
                        "I would welcome the chance to talk further about how my experience in"
                        " {skill} could help the team.",
                        "I would welcome the chance to talk further with the team.",
                    ),
                    "If anything else would help before the next step, please let me know.",
                ),
                (
                    (
                        "I am keen to continue, and to show how my experience in {skill} fits what"
                        " the team needs.",
                        "I am keen to continue to the next stage.",
                    ),
                    "Please don't hesitate to get in touch if you have any other questions.",
                ),
                (
                    (
                        "I am very interested in continuing, and I would be glad to say more about"
                        " my experience in {skill} in the next conversation.",
                        "I am very interested in continuing to the next stage.",
                    ),
                    "I would be happy to share anything else you need.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "recruiter_thanks": Template(
        subjects=(
            "Thank you for arranging my {role} interview",
            "{role} interview: thank you for arranging it",
            "{role} interview: thank you for your help",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for arranging my interview {when} for the {role} role at {company},"
                    " and for keeping me so well informed along the way.",
                ),
                (
                    "Thank you for all your help with my interview {when} for the {role} position"
                    " at {company}.",
                    "Your guidance beforehand made a real difference.",
                ),
                (
                    "Thank you for coordinating my interview {when} for the {role} role at"
                    " {company}.",
                    "I appreciated how clearly you explained each step.",
                ),
            ),
            (
                (
                    (
                        "I enjoyed meeting the team, especially the conversation about {topic},"
                        " and I am still very interested in the role.",
                        "I enjoyed meeting the team, and I am still very interested in the role.",
                    ),
                ),
                (
                    (
                        "The conversation about {topic} was a highlight, and my interest in the"
                        " role has only grown.",
                        "Meeting the team has made me even keener on the role.",
                    ),
                ),
                (
                    (
                        "I came away even keener on the role, particularly after the discussion"
                        " about {topic}.",
                        "I came away even keener on the role.",
                    ),
                ),
            ),
            (
                ("If there is anything else you need from me, please let me know.",),
                ("Please let me know if I can send anything that would help.",),
                ("If it would help to have anything further from me, just let me know.",),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "send_materials": Template(
        subjects=(
            "{role}: the materials you asked for",
            "Materials for the {role} role",
            "Following up with the materials for the {role} role",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you again for our conversation {when} about the {role} role at"
                    " {company}.",
                    "As promised, I have attached {materials}.",
                ),
                (
                    "Thank you for your message about the {role} position at {company}.",
                    "I have attached {materials}, as you asked.",
                ),
                (
                    "Thank you for your time {when} discussing the {role} role at {company}.",
                    "Following our conversation, I have attached {materials}.",
                ),
            ),
            (
                (
                    "If anything is missing, or you would like it in another format, please let me"
                    " know.",
                ),
                ("Please let me know if you need anything else, or the files in another format.",),
                ("If anything else would help, I would be glad to send it.",),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "answer_delay": Template(
        subjects=(
            "{role} role: thank you for the update",
            "{role} role: noted, and still very interested",
            "The {role} role: thanks for the update on timing",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for the update on the {role} role at {company}.",
                    (
                        "It is helpful to know that you now expect to decide {new_timeline}.",
                        "I appreciate you letting me know where things stand.",
                    ),
                ),
                (
                    "Thank you for keeping me informed about the {role} position at {company}.",
                    (
                        "I have noted that the decision is now expected {new_timeline}.",
                        "I appreciate you taking the time to let me know.",
                    ),
                ),
                (
                    "Thank you for letting me know that the {role} role at {company} needs a"
                    " little more time.",
                    (
                        "I have noted that you now plan to decide {new_timeline}.",
                        "I appreciate you keeping me in the loop.",
                    ),
                ),
            ),
            (
                (
                    "I am still very interested in the role.",
                    "If anything else from me would help in the meantime, please let me know.",
                ),
                (
                    "My interest in the role is as strong as ever.",
                    "Please don't hesitate to get in touch if you need anything further from me.",
                ),
                (
                    "I remain very keen on the role.",
                    "I would be glad to provide anything else that would help.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "competing_offer": Template(
        subjects=(
            "{role} role: a question about timing",
            "A question about the timeline for the {role} role",
            "{role} role: timing",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "I hope you are well, and thank you again for the interview {when} for the"
                    " {role} role at {company}.",
                ),
                ("Thank you again for your time during the {role} interviews at {company}.",),
                (
                    "I hope your week is going well, and thank you again for the conversation"
                    " {when} about the {role} role at {company}.",
                ),
            ),
            (
                (
                    "I wanted to let you know that I have received another offer, and I have been"
                    " asked to respond {offer_deadline}.",
                    "I am still very interested in this role, and I would like to make my decision"
                    " knowing where I stand with you.",
                ),
                (
                    "I have since received an offer from another company, which needs my answer"
                    " {offer_deadline}.",
                    "Because I am still very keen on the role at {company}, I wanted to tell you"
                    " before I decide.",
                ),
                (
                    "I have been offered another position and need to give my answer"
                    " {offer_deadline}.",
                    "My interest in joining your team has not changed, so I wanted to ask you"
                    " first.",
                ),
            ),
            (
                (
                    "Would it be possible to have an update on your timeline before then?",
                    "I completely understand if the process cannot move faster, and I am happy to"
                    " help in any way that would make it easier.",
                ),
                (
                    "Is there any chance your decision could come before that date?",
                    "If not, I understand entirely; I simply wanted you to have the full picture.",
                ),
                (
                    "Could you let me know whether an earlier decision might be possible?",
                    "I understand if the timing does not allow it, and I am grateful for your"
                    " consideration.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "accept_offer": Template(
        subjects=(
            "Accepting the {role} offer",
            "{role} offer: acceptance",
            "Happy to accept the {role} offer",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    (
                        "Thank you for your offer of {offer_date} for the {role} role at"
                        " {company}.",
                        "Thank you for the offer of the {role} role at {company}.",
                    ),
                    "I am delighted to accept it.",
                ),
                (
                    (
                        "Thank you for offering me the {role} position at {company} on"
                        " {offer_date}; I am very pleased to accept.",
                        "Thank you for offering me the {role} position at {company}; I am very"
                        " pleased to accept.",
                    ),
                ),
                (
                    (
                        "I am writing to accept your offer of {offer_date} for the {role} role at"
                        " {company}.",
                        "I am writing to accept your offer of the {role} role at {company}.",
                    ),
                ),
            ),
            (
                (
                    "I am happy with the terms as offered, including {package}.",
                    (
                        "I can confirm that I will start on {start_date}.",
                        "I would be glad to agree a start date with you.",
                    ),
                ),
                (
                    "I accept the terms set out in the offer, including {package}.",
                    (
                        "As agreed, my start date will be {start_date}.",
                        "Please let me know the proposed start date.",
                    ),
                ),
                (
                    "I confirm the terms as set out, including {package}.",
                    (
                        "I have noted my start date of {start_date}.",
                        "I would be happy to confirm a start date whenever suits you.",
                    ),
                ),
            ),
            (
                (
                    "Please let me know if you need any paperwork or information from me.",
                    "I am looking forward to joining the team.",
                ),
                (
                    "If there is anything I should complete or send before I start, please let me"
                    " know.",
                    "I am grateful to you and the team for a very positive process.",
                ),
                (
                    "Please send over anything you need me to sign or complete.",
                    "I am looking forward to getting started.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "decline_offer": Template(
        subjects=(
            "Declining the {role} offer",
            "{role} offer: my decision",
            "The {role} offer: declining with thanks",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you very much for offering me the {role} role at {company}, and for the"
                    " time you and the team spent with me.",
                    "After careful thought, I have decided to decline.",
                ),
                (
                    "Thank you for the offer of the {role} position at {company}; I am grateful for"
                    " your confidence in me.",
                    "After a great deal of thought, I have decided not to accept it.",
                ),
                (
                    "Thank you for the {role} offer, and for the care you and the team put into"
                    " the process.",
                    "It was not an easy decision, but I have decided to decline the offer.",
                ),
            ),
            (
                (
                    "I enjoyed getting to know the team, and I would be glad to stay in touch.",
                    "I hope our paths cross again.",
                ),
                ("I have a great deal of respect for {company}, and I hope we can stay in touch.",),
                (
                    "I would welcome the chance to stay in touch, and I wish you and the team every"
                    " success.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "withdraw": Template(
        subjects=(
            "Withdrawing from the {role} process",
            "{role} role: withdrawing my application",
            "My application for the {role} role",
        ),
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for considering me for the {role} role at {company}, and for the"
                    " time you have given me.",
                    "I am writing to let you know that I have decided to withdraw my application.",
                ),
                (
                    "Thank you for your time and interest in my application for the {role}"
                    " position at {company}.",
                    "I have decided to withdraw from the process, and I wanted to let you know as"
                    " soon as possible.",
                ),
                (
                    "Thank you again for the conversations about the {role} role at {company}.",
                    "After some thought, I would like to withdraw my application.",
                ),
            ),
            (
                ("I enjoyed learning about the team's work, and I hope our paths cross again.",),
                ("I have a high regard for the team, and I would be glad to stay in touch.",),
                ("Thank you again, and I wish you every success in filling the role.",),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
}
_EMAIL.update(_EMAIL_SITUATIONS)

_MESSAGE_SITUATIONS: dict[str, Template] = {
    "phone_screen_thanks": Template(
        subjects=_NO_SUBJECT,
        greeting=_HI,
        blocks=(
            (
                (
                    "Thanks for the call {when} about the {role} role at {company}.",
                    "I enjoyed hearing more about {topic}.",
                ),
                (
                    "Thank you for your time on the phone {when} about the {role} position at"
                    " {company}.",
                    "It was good to hear more about {topic}.",
                ),
                (
                    "Thank you for the call {when} about the {role} role at {company}.",
                    "What you said about {topic} made the role even more appealing.",
                ),
            ),
            (
                ("I'm keen to continue, and happy to share anything that would help.",),
                ("I'd welcome the chance to talk further; let me know if you need anything.",),
                ("I'm very interested in the next stage, and glad to answer any questions.",),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "recruiter_thanks": Template(
        subjects=_NO_SUBJECT,
        greeting=_HI,
        blocks=(
            (
                (
                    "Thank you for arranging my interview {when} for the {role} role at {company},"
                    " and for keeping me so well informed.",
                ),
                ("Thanks for all your help with my interview {when} for the {role} position.",),
                ("Thank you for coordinating my interview {when} for the {role} role.",),
            ),
            (
                (
                    "I enjoyed meeting the team and I'm still very interested.",
                    "Let me know if you need anything else from me.",
                ),
                (
                    "Meeting the team made me even keener on the role.",
                    "Happy to send anything that would help.",
                ),
                (
                    "I came away even keener on the role.",
                    "Let me know if there's anything else I can share.",
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
}
_MESSAGE.update(_MESSAGE_SITUATIONS)


def _note(*variants: Variant, shorter: tuple[Block, ...]) -> Template:
    """A connection note: one paragraph that greets in its first sentence, no sign-off
    (LinkedIn shows the sender), and a ladder of shorter versions for long details."""
    return Template(
        subjects=_NO_SUBJECT, greeting="", blocks=(variants,), signoffs=(), shorter=shorter
    )


# Connection notes. When a note is over the limit, the versions in ``shorter`` are tried in
# order: first the interview date and the company go, then the topic (or the decision date),
# then the role, then the name; the last version names nothing, so it always fits. The guide
# states this order on its channels page (docs/channels.md, "Connection note limits").
_CONNECTION: dict[str, Template] = {
    "phone_screen_thanks": _note(
        (
            "Hi {name}, thank you for the call {when} about the {role} role at {company}.",
            "I enjoyed hearing about {topic} and would be glad to stay connected.",
        ),
        (
            "Hi {name}, thanks for your time on the phone {when} and for telling me about {topic}.",
            "I'd be glad to stay in touch as the {role} process moves forward.",
        ),
        (
            "Hi {name}, thank you for the {role} call {when}.",
            "What you said about {topic} stayed with me; I'd be happy to stay connected.",
        ),
        shorter=(
            (
                (
                    "Hi {name}, thank you for the {role} call.",
                    "I enjoyed hearing about {topic}; I'd be glad to stay connected.",
                ),
                (
                    "Hi {name}, thanks for telling me about {topic}.",
                    "I'd be glad to stay in touch as the {role} process moves forward.",
                ),
                (
                    "Hi {name}, what you said about {topic} stayed with me after the {role} call.",
                    "I'd be happy to stay connected.",
                ),
            ),
            (("Hi {name}, thank you for the {role} call; I'd be glad to stay connected.",),),
            (("Hi {name}, thank you for the call; I'd be glad to stay connected.",),),
            (("Hi, thank you for the call; I'd be glad to stay connected.",),),
        ),
    ),
    "thank_you": _note(
        (
            "Hi {name}, thank you for speaking with me {when} about the {role} role at {company}.",
            "I enjoyed our conversation about {topic} and would be glad to stay connected.",
        ),
        (
            "Hi {name}, thanks for your time {when} and the conversation about {topic}.",
            "I'd be glad to stay in touch as the {role} process at {company} moves forward.",
        ),
        (
            "Hi {name}, thank you for the {role} interview {when}.",
            "Your thoughts on {topic} stayed with me; I'd be happy to stay connected.",
        ),
        shorter=(
            (
                (
                    "Hi {name}, thank you for the {role} interview.",
                    "I enjoyed our conversation about {topic}; I'd be glad to stay connected.",
                ),
                (
                    "Hi {name}, thanks for your time and the conversation about {topic}.",
                    "I'd be glad to stay in touch as the {role} process moves forward.",
                ),
                (
                    "Hi {name}, your thoughts on {topic} stayed with me after the {role}"
                    " interview.",
                    "I'd be happy to stay connected.",
                ),
            ),
            (("Hi {name}, thank you for the {role} interview; I'd be glad to stay connected.",),),
            (("Hi {name}, thank you for the interview; I'd be glad to stay connected.",),),
            (("Hi, thank you for the interview; I'd be glad to stay connected.",),),
        ),
    ),
    "linkedin_note": _note(
        (
            "Hi {name}, thank you for our conversation {when} about {topic}.",
            "I enjoyed learning about {company} and would be glad to stay connected.",
        ),
        (
            "Hi {name}, thanks again for the {role} interview {when}.",
            "What you shared about {topic} stayed with me; I'd be happy to stay in touch.",
        ),
        (
            "Hi {name}, thank you for the conversation {when} about the {role} role.",
            "Your thoughts on {topic} were great to hear, and I'd be glad to connect.",
        ),
        shorter=(
            (
                (
                    "Hi {name}, thank you for the {role} interview.",
                    "I enjoyed hearing your thoughts on {topic}; I'd be glad to stay connected.",
                ),
                (
                    "Hi {name}, thanks again for the {role} interview.",
                    "What you shared about {topic} stayed with me; I'd be happy to stay in touch.",
                ),
                (
                    "Hi {name}, thank you for the conversation about the {role} role.",
                    "Your thoughts on {topic} were great to hear; I'd be glad to connect.",
                ),
            ),
            (("Hi {name}, thank you for the {role} interview; I'd be glad to stay connected.",),),
            (("Hi {name}, thank you for the interview; I'd be glad to stay connected.",),),
            (("Hi, thank you for the interview; I'd be glad to stay connected.",),),
        ),
    ),
}

#: The wording of every stage on every channel: ``TEMPLATES[channel][stage]``.
TEMPLATES: Final[Mapping[str, Mapping[str, Template]]] = MappingProxyType(
    {
        "email": MappingProxyType(_EMAIL),
        "linkedin_message": MappingProxyType(_MESSAGE),
        "linkedin_connection": MappingProxyType(_CONNECTION),
    }
)

_FORMATTER = string.Formatter()


def keys_in(sentence: str) -> frozenset[str]:
    """The ``{key}`` names a sentence uses.

    Example:
        >>> sorted(keys_in("Thank you, {name}, for {topic}."))
        ['name', 'topic']
    """
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(sentence) if name)


def options_of(sentence: Sentence) -> tuple[str, ...]:
    """A sentence's alternatives, in order of preference (one, for a plain sentence)."""
    return (sentence,) if isinstance(sentence, str) else sentence


def all_texts(template: Template) -> tuple[str, ...]:
    """Every piece of wording in a template: subjects, greeting, sentences, sign-offs."""
    sentences = [
        option
        for variant in (*(v for block in (*template.blocks, *template.shorter) for v in block),)
        for sentence in variant
        for option in options_of(sentence)
    ]
    return (*template.subjects, template.greeting, *sentences, *template.signoffs)


class _Values(dict[str, str]):
    """A mapping that shows a placeholder for any key the caller forgot to supply."""

    def __missing__(self, key: str) -> str:
        return PLACEHOLDERS.get(key, f"[{key}]")


def fill(sentence: str, values: Mapping[str, str]) -> str:
    """Insert ``values`` into one sentence; inserted text is never re-interpreted.

    A soft key left empty vanishes along with the space before it.

    Example:
        >>> fill("Hi {name},", {"name": "{x} Ana"})
        'Hi {x} Ana,'
        >>> fill("Thank you for your time {when}.", {"when": ""})
        'Thank you for your time.'
    """
    for key in SOFT_KEYS:
        if not values.get(key):
            sentence = sentence.replace(" {" + key + "}", "").replace("{" + key + "} ", "")
    return sentence.format_map(_Values(values))
