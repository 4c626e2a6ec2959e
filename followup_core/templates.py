"""Every word the draft builder writes, as data, plus the tiny renderer that fills it in.

A :class:`Template` exists for each stage on each channel. Its paragraphs are
*blocks*; each block holds a few *variants* (alternative phrasings), and each
variant is a tuple of sentences. The draft builder picks one variant per block
for each interviewer, so a panel gets distinct notes rather than copies with
the name swapped.

Sentences name the details they need as ``{field}``. When a field is empty the
renderer either shows a visible ``[placeholder]`` (the field is required for the
stage) or drops the whole sentence (it is optional), so an optional detail
never leaves a broken sentence behind. Values are inserted as plain data:
``str.format_map`` never re-reads a substituted value, so braces typed by a
reader come out literally.

Greetings: email opens with "Dear {first name}," — polished without the
stiffness of a surname after a conversation on first-name terms — and LinkedIn
opens with "Hi {first name},", matching that channel's lighter register.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

#: Stage ids in the order a candidate meets them.
STAGES: tuple[str, ...] = (
    "thank_you",
    "check_in",
    "final_follow_up",
    "reply_positive",
    "reply_rejection",
    "linkedin_note",
)
STAGE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "thank_you": "Thank-you note",
        "check_in": "Check-in after their deadline",
        "final_follow_up": "Final gentle follow-up",
        "reply_positive": "Reply to good news",
        "reply_rejection": "Reply to a rejection",
        "linkedin_note": "Note after connecting on LinkedIn",
    }
)

#: Channel ids, the most formal first.
CHANNELS: tuple[str, ...] = ("email", "linkedin_message", "linkedin_connection")
CHANNEL_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "email": "Email",
        "linkedin_message": "LinkedIn message",
        "linkedin_connection": "LinkedIn connection note",
    }
)
#: Hard character limits per channel (``None``: no limit, only a word-count guide).
CHANNEL_LIMITS: Mapping[str, int | None] = MappingProxyType(
    {"email": None, "linkedin_message": 8_000, "linkedin_connection": 300}
)
#: LinkedIn allows only 200 characters in a connection note from a free account.
LINKEDIN_FREE_CONNECTION_LIMIT = 200

Variant = tuple[str, ...]
Block = tuple[Variant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Template:
    """The wording of one stage on one channel.

    Attributes:
        subjects: Subject-line variants (``("",)`` for LinkedIn, which has none).
        greeting: The salutation line, or ``""`` when the first sentence greets.
        blocks: Paragraphs; each is a tuple of variants, each a tuple of sentences.
        signoffs: Closing-line variants (may span lines), or ``()`` for none.
    """

    subjects: tuple[str, ...]
    greeting: str
    blocks: tuple[Block, ...]
    signoffs: tuple[str, ...]


# Placeholder keys the sentences use, and the text shown when a required one is empty.
PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "name": "[interviewer's name]",
        "title": "[interviewer's title]",
        "company": "[company]",
        "role": "[role]",
        "when": "on [interview date]",
        "topic": "[topic you discussed]",
        "project": "[project they mentioned]",
        "contribution": "[how you could help]",
        "skill": "[your skill]",
        "example": "[an example of that skill]",
        "shared_interest": "[shared interest]",
        "timeline": "[the timeline they gave]",
        "signoff": "[your name]",
        "candidate_first": "[your name]",
    }
)

# The keys each stage cannot do without: an empty one shows its placeholder
# instead of dropping the sentence. Every other key is optional.
REQUIRED_KEYS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "thank_you": frozenset(
            {"name", "company", "role", "when", "topic", "project", "contribution", "skill"}
            | {"example", "signoff", "candidate_first"}
        ),
        "check_in": frozenset(
            {"name", "company", "role", "when", "timeline", "topic", "signoff", "candidate_first"}
        ),
        "final_follow_up": frozenset(
            {"name", "company", "role", "when", "topic", "signoff", "candidate_first"}
        ),
        "reply_positive": frozenset({"name", "company", "role", "signoff", "candidate_first"}),
        "reply_rejection": frozenset({"name", "company", "role", "signoff", "candidate_first"}),
        "linkedin_note": frozenset(
            {"name", "company", "role", "when", "topic", "signoff", "candidate_first"}
        ),
    }
)

_EMAIL_SIGNOFFS = (
    "Best regards,\n{signoff}",
    "Kind regards,\n{signoff}",
    "With thanks,\n{signoff}",
)
_MESSAGE_SIGNOFFS = (
    "Best,\n{candidate_first}",
    "Thanks again,\n{candidate_first}",
    "All the best,\n{candidate_first}",
)
_NO_SUBJECT = ("",)

_EMAIL: dict[str, Template] = {
    "thank_you": Template(
        subjects=(
            "Thank you – {role} interview",
            "Thank you for your time {when}",
            "Thank you – {role} interview at {company}",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "Thank you for taking the time to speak with me {when} about the {role} role"
                    " at {company}.",
                    "I especially enjoyed our conversation about {topic}.",
                    "Your view of that work as {title} gave me a clearer picture of the team.",
                    "It was also a pleasure to discover that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for meeting with me {when} to discuss the {role} position at"
                    " {company}.",
                    "Our discussion of {topic} was a highlight of the day.",
                    "Your perspective as {title} made the team's priorities much clearer.",
                    "I also enjoyed finding out that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for the thoughtful conversation {when} about the {role} role at"
                    " {company}.",
                    "I appreciated hearing your thoughts on {topic}.",
                    "Seeing the work from your side as {title} was especially useful.",
                    "It was a nice surprise to learn that we have {shared_interest} in common.",
                ),
            ),
            (
                (
                    "Hearing about {project} made me even more enthusiastic about joining your"
                    " team, and it is a close match for my experience in {skill}.",
                    "One example from my recent work: {example}.",
                    "Where I could help most: {contribution}.",
                ),
                (
                    "Since we spoke, I have been thinking about {project}.",
                    "It is the kind of challenge where experience in {skill} matters, and I would"
                    " enjoy bringing mine to your team.",
                    "To give one example: {example}.",
                    "As for how I could contribute: {contribution}.",
                ),
                (
                    "The work on {project} sounds like an exciting challenge for your team, and it"
                    " lines up closely with my experience in {skill}.",
                    "A concrete example: {example}.",
                    "How I would approach it: {contribution}.",
                ),
            ),
            (
                (
                    "If any questions come up, or more detail on my work would be useful, please"
                    " feel free to reach out.",
                    "I look forward to hearing about the next steps.",
                ),
                (
                    "If you have any questions about my background, I would be happy to talk"
                    " further.",
                    "Thank you again for your time and for a very enjoyable conversation.",
                ),
                (
                    "Please let me know if there is anything else I can share to help your"
                    " decision.",
                    "I look forward to staying in touch.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "check_in": Template(
        subjects=(
            "Following up on the {role} role",
            "Checking in on the {role} position",
            "{role} role at {company} – following up",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "I hope your week is going well.",
                    "Thank you again for speaking with me {when} about the {role} role at"
                    " {company}.",
                    "You mentioned that you expected to reach a decision {timeline}, so I wanted"
                    " to check in on where things stand.",
                ),
                (
                    "I hope you are well.",
                    "Thank you again for our conversation {when} about the {role} position at"
                    " {company}.",
                    "As you had hoped to have an update {timeline}, I thought I would check in on"
                    " the timeline.",
                ),
                (
                    "I hope all is well with you and the team.",
                    "I am grateful for the time you spent with me {when} discussing the {role}"
                    " role at {company}.",
                    "Since you planned to decide {timeline}, I wanted to ask whether there is any"
                    " news you can share.",
                ),
            ),
            (
                (
                    "I remain very interested in the role, especially after our conversation"
                    " about {topic}.",
                    "The work on {project} is exactly the kind of challenge I would enjoy taking"
                    " on.",
                ),
                (
                    "Our discussion of {topic} has stayed with me, and I am still very"
                    " enthusiastic about joining your team.",
                    "I would be glad to help with {project}.",
                ),
                (
                    "I am still very keen on the role, and I keep coming back to what you said"
                    " about {topic}.",
                    "The work on {project} sounds like a great next challenge.",
                ),
            ),
            (
                (
                    "I understand these decisions can take time, and I am happy to provide"
                    " anything else that would help.",
                ),
                (
                    "I know timelines often shift, so there is no rush.",
                    "If it would help to have anything further from me, please let me know.",
                ),
                (
                    "I appreciate that hiring decisions can take longer than planned.",
                    "Please feel free to reach out if you need anything else from me.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "final_follow_up": Template(
        subjects=(
            "{role} role – a brief follow-up",
            "A final note on the {role} role",
            "The {role} position – a short note",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "I hope you are doing well.",
                    "I wanted to send a brief note about the {role} role at {company}, which we"
                    " discussed {when}.",
                    "I am still very interested in the role and in contributing to your team's"
                    " work on {topic}.",
                ),
                (
                    "I hope things are going well at {company}.",
                    "I am writing one more time about the {role} position we discussed {when}.",
                    "My interest in the role has not changed, and I would still love to help your"
                    " team with {topic}.",
                ),
                (
                    "I hope your week is off to a good start.",
                    "I wanted to reach out a final time about the {role} role at {company} and"
                    " our conversation {when}.",
                    "The role remains a great match for what I want to do next, particularly"
                    " your team's work on {topic}.",
                ),
            ),
            (
                (
                    "If the team has decided to move in another direction, I completely"
                    " understand, and I am grateful for the time you gave me.",
                    "Either way, please let me know if there is anything I can provide.",
                ),
                (
                    "If the process has moved on, I understand; thank you for considering me.",
                    "I would be glad to stay in touch about future roles.",
                ),
                (
                    "If you have already made a decision, no reply is needed, and thank you"
                    " again for your time.",
                    "I would be happy to stay in touch about any future openings.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "reply_positive": Template(
        subjects=(
            "Thank you – next steps for the {role} role",
            "Thank you for the good news",
            "{role} role – thank you",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "Thank you so much for the good news about the {role} role at {company}.",
                    "I really appreciate you letting me know, and I am delighted to move forward.",
                    "Our conversation about {topic} left me even more excited about your team's"
                    " work.",
                ),
                (
                    "Thank you for getting back to me about the {role} position at {company}.",
                    "I was very happy to hear the news, and I appreciate the time you and the"
                    " team have put into the process.",
                    "I am keen to learn more about {project} and how your team approaches it.",
                ),
                (
                    "Thank you for your message and for the update on the {role} role at"
                    " {company}.",
                    "I am glad to be moving forward and grateful for your support so far.",
                    "I have kept thinking about {topic} since we spoke, and I am excited to"
                    " continue the conversation.",
                ),
            ),
            (
                (
                    "Please let me know what you need from me for the next steps; I am happy to"
                    " work around your schedule.",
                ),
                (
                    "If there is anything you would like me to prepare or send ahead of time,"
                    " please let me know.",
                ),
                (
                    "I am happy to provide any documents or availability you need.",
                    "Please feel free to reach out with any questions.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "reply_rejection": Template(
        subjects=(
            "Thank you – {role} role",
            "Thank you for the update on the {role} role",
            "Thank you for letting me know",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "Thank you for letting me know about your decision on the {role} role at"
                    " {company}.",
                    "While I am disappointed, I appreciate the time you and the team spent with"
                    " me.",
                    "I especially valued our conversation about {topic}.",
                ),
                (
                    "Thank you for getting back to me about the {role} position at {company}.",
                    "Although it is not the news I hoped for, I am grateful for the chance to"
                    " meet you and the team.",
                    "Our discussion of {topic} was a highlight of the process.",
                ),
                (
                    "Thank you for the update on the {role} role at {company}, and for the time"
                    " you gave me throughout the process.",
                    "I learned a lot from our conversation about {topic}.",
                ),
            ),
            (
                (
                    "If you are willing, I would be grateful for any brief feedback on my"
                    " interview that could help me grow.",
                    "I would welcome the chance to be considered for future roles at {company},"
                    " and I wish you and the team every success.",
                ),
                (
                    "If you have a moment and are comfortable sharing it, any brief feedback on"
                    " how I could improve would be very welcome.",
                    "I hope our paths cross again, and I would be glad to hear about future"
                    " openings that could be a fit.",
                ),
                (
                    "If you are open to it, I would appreciate a few words of feedback on where I"
                    " could have been stronger.",
                    "I remain very interested in {company} and hope to stay in touch about future"
                    " opportunities.",
                ),
            ),
        ),
        signoffs=_EMAIL_SIGNOFFS,
    ),
    "linkedin_note": Template(
        subjects=(
            "Staying in touch after our {role} conversation",
            "Thank you – and staying in touch",
            "Great to connect after the {role} interview",
        ),
        greeting="Dear {name},",
        blocks=(
            (
                (
                    "Thank you again for our conversation {when} about the {role} role at"
                    " {company}.",
                    "I enjoyed hearing your thoughts on {topic}.",
                    "It was also a pleasure to discover that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for taking the time to talk with me {when} about the {role}"
                    " position at {company}.",
                    "Our discussion of {topic} has stayed with me.",
                    "I was also glad to find that we have {shared_interest} in common.",
                ),
                (
                    "Thank you for the conversation {when} about the {role} role at {company}.",
                    "I learned a lot from what you shared about {topic}.",
                    "It was a nice surprise to learn that we have {shared_interest} in common.",
                ),
            ),
            (
                (
                    "I have sent you a connection request on LinkedIn, as I would be glad to stay"
                    " in touch whatever the outcome.",
                    "I will be following your team's progress on {project} with interest.",
                    "If there is anything I can share about my work, please feel free to reach"
                    " out.",
                ),
                (
                    "I would like to stay connected, so I have sent you an invitation on LinkedIn.",
                    "I look forward to seeing how {project} develops.",
                    "Please let me know if you have any questions in the meantime.",
                ),
                (
                    "I have also reached out on LinkedIn, as I would value staying in touch.",
                    "I would enjoy hearing how {project} goes for your team.",
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
        greeting="Hi {name},",
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
                    "Thank you for the great conversation {when} about the {role} position at"
                    " {company}.",
                    "I appreciated hearing your thoughts on {topic}.",
                    "Nice to discover we have {shared_interest} in common, too.",
                ),
            ),
            (
                (
                    "Hearing about {project} made me even more excited about the role, and it's a"
                    " great match for my experience in {skill}.",
                    "One example: {example}.",
                    "Where I could help: {contribution}.",
                ),
                (
                    "The work on {project} sounds like a great fit for my experience in {skill}.",
                    "For instance: {example}.",
                    "How I could contribute: {contribution}.",
                ),
                (
                    "I've been thinking about {project} since we spoke; it lines up well with my"
                    " experience in {skill}.",
                    "A recent example: {example}.",
                    "How I'd help: {contribution}.",
                ),
            ),
            (
                ("If any questions come up, feel free to message me here.",),
                ("Happy to share more about my work if that would help your team.",),
                ("Let me know if there's anything else I can share.",),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "check_in": Template(
        subjects=_NO_SUBJECT,
        greeting="Hi {name},",
        blocks=(
            (
                (
                    "I hope your week is going well.",
                    "Thanks again for speaking with me {when} about the {role} role at {company}.",
                    "You mentioned a decision {timeline}, so I wanted to check in on where things"
                    " stand.",
                ),
                (
                    "I hope you're well.",
                    "Thank you again for our conversation {when} about the {role} position at"
                    " {company}.",
                    "As you'd hoped to have an update {timeline}, I thought I'd check in.",
                ),
                (
                    "Hope all is well with you and the team.",
                    "I'm grateful for the time you spent with me {when} discussing the {role} role"
                    " at {company}.",
                    "Since you planned to decide {timeline}, I wanted to ask whether there's any"
                    " news.",
                ),
            ),
            (
                (
                    "I'm still very interested, especially after our conversation about {topic}.",
                    "No rush at all; happy to share anything else that would help.",
                ),
                (
                    "Our chat about {topic} has stayed with me, and I'm still very keen on the"
                    " role.",
                    "I know timelines shift, so no pressure.",
                    "Let me know if you need anything from me.",
                ),
                (
                    "I keep coming back to what you said about {topic}, and I'm still very"
                    " enthusiastic about the role.",
                    "Feel free to reach out if anything else would be useful.",
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "final_follow_up": Template(
        subjects=_NO_SUBJECT,
        greeting="Hi {name},",
        blocks=(
            (
                (
                    "I hope you're doing well.",
                    "I wanted to send one more short note about the {role} role at {company},"
                    " which we discussed {when}.",
                    "I'm still very interested, particularly in your team's work on {topic}.",
                ),
                (
                    "I hope things are going well at {company}.",
                    "I'm writing one last time about the {role} position we discussed {when}.",
                    "My interest hasn't changed, and I'd still love to help your team with"
                    " {topic}.",
                ),
                (
                    "Hope your week is off to a good start.",
                    "A final short note about the {role} role at {company} and our conversation"
                    " {when}.",
                    "The role still feels like a great match, especially your team's work on"
                    " {topic}.",
                ),
            ),
            (
                (
                    "If the team has moved in another direction, I completely understand; thank"
                    " you for your time either way.",
                    "I'd be glad to stay in touch.",
                ),
                (
                    "If the process has moved on, no reply is needed, and thanks again for"
                    " considering me.",
                    "Happy to stay connected for future roles.",
                ),
                (
                    "If you've already decided, I understand, and I'm grateful for the time you"
                    " gave me.",
                    "Feel free to reach out if anything changes.",
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "reply_positive": Template(
        subjects=_NO_SUBJECT,
        greeting="Hi {name},",
        blocks=(
            (
                (
                    "Thank you so much for the good news about the {role} role at {company}.",
                    "I'm delighted to move forward.",
                    "Our conversation about {topic} left me even more excited about your team's"
                    " work.",
                ),
                (
                    "Thanks for getting back to me about the {role} position at {company}.",
                    "I was really happy to hear the news.",
                    "I'm looking forward to learning more about {project}.",
                ),
                (
                    "Thank you for the update on the {role} role at {company}.",
                    "I'm glad to be moving forward and grateful for your support.",
                    "I've kept thinking about {topic} since we spoke.",
                ),
            ),
            (
                (
                    "Let me know what you need from me for the next steps; I'm happy to work"
                    " around your schedule.",
                ),
                ("If there's anything you'd like me to prepare, just let me know.",),
                ("Happy to share any documents or availability you need.",),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "reply_rejection": Template(
        subjects=_NO_SUBJECT,
        greeting="Hi {name},",
        blocks=(
            (
                (
                    "Thank you for letting me know about the {role} role at {company}.",
                    "I'm disappointed, but I really appreciate the time you and the team spent"
                    " with me.",
                    "I especially valued our conversation about {topic}.",
                ),
                (
                    "Thanks for getting back to me about the {role} position at {company}.",
                    "It's not the news I'd hoped for, but I'm grateful for the chance to meet you"
                    " and the team.",
                    "Our discussion of {topic} was a highlight for me.",
                ),
                (
                    "Thank you for the update on the {role} role at {company}, and for your time"
                    " throughout the process.",
                    "I learned a lot from our conversation about {topic}.",
                ),
            ),
            (
                (
                    "If you're willing, I'd be grateful for any brief feedback.",
                    "I'd welcome the chance to be considered for future roles, and I wish you and"
                    " the team every success.",
                ),
                (
                    "If you have a moment, any brief feedback would be very welcome.",
                    "I hope our paths cross again.",
                ),
                (
                    "If you're open to it, a few words of feedback would mean a lot.",
                    "I'd be glad to stay in touch about future openings.",
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
    "linkedin_note": Template(
        subjects=_NO_SUBJECT,
        greeting="Hi {name},",
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
                (
                    "I look forward to seeing how {project} develops.",
                    "Happy to stay in touch.",
                ),
            ),
        ),
        signoffs=_MESSAGE_SIGNOFFS,
    ),
}

# Connection notes: one short paragraph that greets in its first sentence, no sign-off
# (LinkedIn shows the sender), and no optional sentences, so realistic details fit 300.
_CONNECTION: dict[str, Template] = {
    "thank_you": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thank you for speaking with me {when} about the {role} role.",
                    "I enjoyed our conversation about {topic} and would be glad to stay connected.",
                ),
                (
                    "Hi {name}, thanks for your time {when} and the great conversation about"
                    " {topic}.",
                    "I'd be glad to stay in touch as the {role} process moves forward.",
                ),
                (
                    "Hi {name}, thank you for the {role} interview {when}.",
                    "Your thoughts on {topic} stayed with me; I'd be happy to stay connected.",
                ),
            ),
        ),
        signoffs=(),
    ),
    "check_in": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thanks again for the {role} interview {when}.",
                    "You mentioned a decision {timeline}, so I wanted to check in.",
                    "I'm still very interested and happy to share anything that would help.",
                ),
                (
                    "Hi {name}, thank you again for our conversation {when} about the {role} role.",
                    "As you'd hoped to decide {timeline}, I thought I'd check in; I'm still very"
                    " keen and glad to help with anything you need.",
                ),
                (
                    "Hi {name}, I'm grateful for your time {when} on the {role} interview.",
                    "Since you planned to decide {timeline}, I wanted to ask if there's any news.",
                    "Happy to share anything else that would help.",
                ),
            ),
        ),
        signoffs=(),
    ),
    "final_follow_up": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thank you again for considering me for the {role} role.",
                    "I'm still very interested; if the team has moved on, I understand and would"
                    " be glad to stay in touch.",
                ),
                (
                    "Hi {name}, a final short note on the {role} position: I'm still very keen.",
                    "If you've already decided, no reply is needed, and thank you for your time.",
                    "Happy to stay connected.",
                ),
                (
                    "Hi {name}, thanks again for the conversation {when} about the {role} role.",
                    "My interest hasn't changed; if the process has moved on, I understand and"
                    " would be happy to stay in touch.",
                ),
            ),
        ),
        signoffs=(),
    ),
    "reply_positive": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thank you for the good news about the {role} role.",
                    "I'm delighted to move forward and happy to help with whatever you need for"
                    " the next steps.",
                ),
                (
                    "Hi {name}, thanks for getting back to me about the {role} position.",
                    "I was really happy to hear the news; let me know what you need from me next.",
                ),
                (
                    "Hi {name}, thank you for the update on the {role} role.",
                    "I'm glad to be moving forward and happy to share any availability you need.",
                ),
            ),
        ),
        signoffs=(),
    ),
    "reply_rejection": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thank you for letting me know about the {role} role and for your"
                    " time.",
                    "If you're willing, I'd appreciate brief feedback.",
                    "I'd be glad to stay in touch for future roles at {company}.",
                ),
                (
                    "Hi {name}, thanks for the update on the {role} position.",
                    "I'm grateful for the chance to meet the team; any brief feedback would be"
                    " very welcome.",
                    "I hope our paths cross again.",
                ),
                (
                    "Hi {name}, thank you for your time throughout the {role} process.",
                    "If you're open to it, a few words of feedback would mean a lot.",
                    "I'd be happy to stay connected for future openings at {company}.",
                ),
            ),
        ),
        signoffs=(),
    ),
    "linkedin_note": Template(
        subjects=_NO_SUBJECT,
        greeting="",
        blocks=(
            (
                (
                    "Hi {name}, thank you for our conversation {when} about {topic}.",
                    "I enjoyed learning about {company} and would be glad to stay connected.",
                ),
                (
                    "Hi {name}, thanks again for the {role} interview {when}.",
                    "What you shared about {topic} stayed with me; I'd be happy to stay in touch.",
                ),
                (
                    "Hi {name}, thank you for the chat {when} about the {role} role.",
                    "Your thoughts on {topic} were great to hear, and I'd be glad to connect.",
                ),
            ),
        ),
        signoffs=(),
    ),
}

#: The wording of every stage on every channel: ``TEMPLATES[channel][stage]``.
TEMPLATES: Mapping[str, Mapping[str, Template]] = MappingProxyType(
    {
        "email": MappingProxyType(_EMAIL),
        "linkedin_message": MappingProxyType(_MESSAGE),
        "linkedin_connection": MappingProxyType(_CONNECTION),
    }
)

_FORMATTER = string.Formatter()


def keys_in(sentence: str) -> frozenset[str]:
    """The ``{field}`` names a sentence uses.

    Example:
        >>> sorted(keys_in("Thank you, {name}, for {topic}."))
        ['name', 'topic']
    """
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(sentence) if name)


class _Values(dict[str, str]):
    """A mapping that shows a placeholder for any key the caller forgot to supply."""

    def __missing__(self, key: str) -> str:
        return PLACEHOLDERS.get(key, f"[{key}]")


def fill(sentence: str, values: Mapping[str, str]) -> str:
    """Insert ``values`` into one sentence; inserted text is never re-interpreted.

    Example:
        >>> fill("Dear {name},", {"name": "{x} Ana"})
        'Dear {x} Ana,'
    """
    return sentence.format_map(_Values(values))


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldText:
    """How the form presents one detail: its label, a hint, and whether it spans lines."""

    id: str
    label: str
    hint: str
    multiline: bool = False


#: The reader's details in form order; hints show the phrasing the sentences expect.
DETAIL_FIELD_TEXT: tuple[FieldText, ...] = (
    FieldText(
        id="candidate_name", label="Your name", hint="As you sign messages, e.g. Priya Raman."
    ),
    FieldText(
        id="interviewers",
        label="Interviewers",
        hint="One entry per person (up to 10); each gets a note of their own.",
    ),
    FieldText(id="company", label="Company", hint="e.g. Harbor Logistics."),
    FieldText(id="role", label="Role", hint="The job title, e.g. Senior Data Engineer."),
    FieldText(
        id="interview_date",
        label="Interview date",
        hint="As you would write it, e.g. Tuesday or 1 December.",
    ),
    FieldText(
        id="topic",
        label="Topic you discussed",
        hint="Something specific from the conversation, e.g. moving the nightly batch jobs"
        " to streaming.",
    ),
    FieldText(
        id="project",
        label="Project or challenge they mentioned",
        hint="e.g. the shipment-tracking pipeline migration.",
    ),
    FieldText(
        id="contribution",
        label="How you could help with it",
        hint="A phrase or a sentence, e.g. I led a similar migration and can help plan the"
        " cut-over.",
    ),
    FieldText(
        id="skill",
        label="Your relevant skill",
        hint="Reads after “my experience in”, e.g. designing reliable data pipelines.",
    ),
    FieldText(
        id="example",
        label="A concrete example of that skill",
        hint="e.g. cutting pipeline failures by 60 % after moving to event-driven ingestion.",
    ),
    FieldText(
        id="shared_interest",
        label="Shared interest or mutual connection (optional)",
        hint="Reads after “we have”, before “in common”, e.g. a love of trail running.",
    ),
    FieldText(
        id="timeline",
        label="Their decision timeline",
        hint="What they told you, e.g. by Friday 4 December or within two weeks.",
    ),
    FieldText(
        id="signature",
        label="Signature (optional)",
        hint="Your sign-off lines; your name is used when this is empty.",
        multiline=True,
    ),
)

#: The per-interviewer fields, in form order.
INTERVIEWER_FIELD_TEXT: tuple[FieldText, ...] = (
    FieldText(id="name", label="Name", hint="e.g. Daniel Okafor."),
    FieldText(id="title", label="Title (optional)", hint="e.g. Engineering Manager."),
    FieldText(
        id="topic",
        label="Topic with this person (optional)",
        hint="What you discussed with them; the shared topic is used when empty.",
    ),
)
