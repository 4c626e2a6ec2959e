"""A labelled corpus for the draft checker, and the figures it is held to.

Each faulty draft lists the phrases a warning's (or an error's) span must cover;
each good draft must get no warning and no error (tips are allowed: they are
suggestions, not faults). ``GUIDE_FAULTS`` ties every fault the guide names, in
the "What's wrong" boxes of before-after.md and the tables of avoid.md and
crafting.md, to the phrase in the corpus that stands for it; ``NOT_IN_TEXT``
lists the faults no checker can see in the words alone, with the reason.

Print the figures::

    .venv/bin/python -m tests.core.checker_corpus

Recall is the share of expected phrases that some warning or error covers from
end to end; false warnings are warnings or errors on the good drafts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from followup_core.checks import Finding, check_text
from followup_core.schema import STAGE_SPECS

#: The targets the corpus test keeps.
MIN_RECALL = 0.98
MAX_FALSE_WARNINGS = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """One labelled draft.

    Attributes:
        name: A short id, unique in the corpus.
        text: The draft exactly as a reader would paste it.
        expect: Phrases of ``text`` that a warning's or error's span must cover.
        whole: Rules expected to speak about the text as a whole (no span).
        stage: What the draft is for, or ``None`` for pasted text.
        channel: ``email``, ``linkedin_message`` or ``linkedin_connection``.
        free_account: Held to the 200-character limit of a free LinkedIn account.
    """

    name: str
    text: str
    expect: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()
    stage: str | None = None
    channel: str = "email"
    free_account: bool = False

    def findings(self) -> tuple[Finding, ...]:
        """What the checker says about this draft (worked out once per run: several tests
        measure the same drafts, and the checker is a pure function of them)."""
        return _checked(self.text, self.channel, self.stage, 200 if self.free_account else None)


@cache
def _checked(text: str, channel: str, stage: str | None, limit: int | None) -> tuple[Finding, ...]:
    return check_text(text, channel=channel, stage=stage, limit=limit)


def _lines(*lines: str) -> str:
    return "\n".join(lines)


# --- faulty drafts -------------------------------------------------------------

FAULTY: tuple[Draft, ...] = (
    # before-after.md, 1. The thank-you email, "Before".
    Draft(
        name="before_thank_you",
        stage="thank_you",
        text=_lines(
            "Subject: Interview",
            "",
            "Dear Hiring Manager,",
            "",
            "I just wanted to say thank you for the interview today. I am very passionate about "
            "data and I think I would be a great fit for your company. I am a hard worker and a "
            "fast learner and I am really hoping to get this job as it would be a big step for my "
            "career.",
            "",
            "Please let me know as soon as possible what you decide.",
            "",
            "Thanks,",
            "Priya",
        ),
        expect=(
            "Subject: Interview",
            "Dear Hiring Manager",
            "passionate",
            "great fit",
            "hard worker",
            "fast learner",
            "hoping to get this job",
            "a big step for my career",
            "as soon as possible",
        ),
        whole=("missing_detail",),
    ),
    # before-after.md, 2. The check-in, "Before".
    Draft(
        name="before_check_in",
        stage="check_in",
        text=_lines(
            "Subject: Following up again",
            "",
            "Hi Daniel,",
            "",
            "Sorry to bother you again! I haven't heard anything since my interview and I'm "
            "getting a bit anxious. Have you made a decision yet?? I really need to know because "
            "I have other things going on.",
            "",
            "Priya",
        ),
        expect=(
            "Following up again",
            "Sorry to bother you again",
            "I haven't heard anything",
            "getting a bit anxious",
            "Have you made a decision",
            "??",
            "I really need to know",
        ),
    ),
    # before-after.md, 3. The final follow-up, "Before".
    Draft(
        name="before_final",
        stage="final_follow_up",
        text=_lines(
            "Subject: Still waiting",
            "",
            "Hi all,",
            "",
            "I've now emailed twice with no reply, which is disappointing. I would appreciate the "
            "courtesy of a response either way. If I don't hear back by Friday I'll assume I "
            "didn't get it.",
            "",
            "Priya",
        ),
        expect=(
            "Still waiting",
            "Hi all",
            "I've now emailed twice",
            "with no reply",
            "disappointing",
            "courtesy of a response",
            "If I don't hear back by Friday I'll assume",
        ),
    ),
    # before-after.md, 4. The LinkedIn connection note, "Before" (free account).
    Draft(
        name="before_linkedin",
        stage="linkedin_note",
        channel="linkedin_connection",
        free_account=True,
        text=(
            "Hi Daniel! Great meeting you today. As I mentioned, I have 8 years' experience in "
            "data engineering, including Spark, Kafka, Airflow, dbt, Snowflake and AWS, and I led "
            "a migration that reduced failures by 60%. I'd love to join Harbor Logistics and "
            "think I'd be a great addition. Please connect!"
        ),
        expect=(
            "Spark, Kafka, Airflow, dbt, Snowflake and AWS",
            "I'd love to join",
            "great addition",
            "Please connect!",
        ),
        whole=("missing_thanks",),
    ),
    # before-after.md, 5. Replying to a rejection, "Before".
    Draft(
        name="before_rejection",
        stage="reply_rejection",
        text=_lines(
            "Hi Daniel,",
            "",
            "I'm really surprised by this. I thought the interview went well and I have more "
            "experience than most people in this field. Can you tell me exactly why I wasn't "
            "chosen and who you hired instead?",
            "",
            "Priya",
        ),
        expect=(
            "surprised by this",
            "I thought the interview went well",
            "more experience than most people",
            "why I wasn't chosen",
            "who you hired instead",
        ),
        whole=("missing_thanks",),
    ),
    # avoid.md, "A desperate or pushy tone": one draft per row of the table.
    Draft(
        name="avoid_really_really",
        text="Hi Daniel, thank you again for Tuesday. I really, really need this job.",
        expect=("I really, really need this job",),
    ),
    Draft(
        name="avoid_any_update_at_all",
        text="Hi Daniel, thanks for your time last week. Please, any update at all would mean so "
        "much.",
        expect=("any update at all", "would mean so much"),
    ),
    Draft(
        name="avoid_following_up_again",
        text="Hi Daniel, I haven't heard anything, so I'm following up again. Thanks, Priya",
        expect=("I haven't heard anything", "following up again"),
    ),
    Draft(
        name="avoid_need_to_know_by",
        text="Hi Daniel, thank you for the interview. I need to know by Thursday. Priya",
        expect=("I need to know by Thursday",),
    ),
    Draft(
        name="avoid_best_candidate",
        text="Hi Daniel, thank you for meeting me. I'm sure I'm the best candidate you've seen.",
        expect=("the best candidate",),
    ),
    Draft(
        name="avoid_sorry_to_bother",
        text="Hi Daniel, sorry to bother you again! Thanks for Tuesday. Best, Priya",
        expect=("sorry to bother you again",),
    ),
    # avoid.md, the paragraph under that table.
    Draft(
        name="avoid_stacks_and_apologies",
        text=_lines(
            "Hi Daniel,",
            "Thank you so much for the interview!!! I am sorry to keep emailing, and apologies "
            "for the bother. I am desperate for good news and I beg you to decide soon, this is "
            "urgent.",
            "Priya",
        ),
        expect=(
            "!!!",
            "sorry to keep emailing",
            "apologies for the bother",
            "desperate",
            "I beg you",
            "urgent",
        ),
    ),
    # avoid.md, "Apologizing for writing", "Guilt and ultimatums", "Asking why, or who got the job".
    Draft(
        name="avoid_apologies_section",
        text="Hi Daniel, sorry to bother you. I hate to pester you, and apologies for emailing "
        "again, but thank you for Tuesday.",
        expect=("sorry to bother you", "I hate to pester you", "apologies for emailing again"),
    ),
    Draft(
        name="avoid_guilt_table",
        text=_lines(
            "Hi Daniel,",
            "Thank you for your time. I've emailed twice with no reply, which is disappointing. "
            "Per my last email, I'm still waiting for an answer. If I don't hear back by Friday "
            "I'll assume I didn't get it.",
        ),
        expect=(
            "I've emailed twice",
            "with no reply",
            "disappointing",
            "Per my last email",
            "still waiting",
            "If I don't hear back by Friday I'll assume",
        ),
    ),
    Draft(
        name="avoid_reasons_section",
        stage="reply_rejection",
        text="Hi Daniel, thank you for letting me know. Why wasn't I chosen? Who did you hire "
        "instead?",
        expect=("Why wasn't I chosen?", "Who did you hire instead?"),
    ),
    # avoid.md, "Too many messages".
    Draft(
        name="avoid_spam_resend",
        stage="thank_you",
        text=_lines(
            "Hi Daniel,",
            "I'm sending my thank-you again in case the first went to spam. Thank you for talking "
            "with me about the streaming migration yesterday.",
            "Priya",
        ),
        expect=("in case the first went to spam",),
    ),
    Draft(
        name="avoid_bumping",
        stage="check_in",
        text="Hi Daniel, just bumping this to the top of your inbox. Thanks, Priya",
        expect=("bumping this",),
    ),
    Draft(
        name="avoid_third_email",
        stage="final_follow_up",
        text=_lines(
            "Hi Daniel,",
            "This is my third email about the Senior Data Engineer role, and I also left you a "
            "voicemail. Thank you for considering me.",
            "Priya",
        ),
        expect=("This is my third email", "left you a voicemail"),
    ),
    # avoid.md, "Talking only about what you want": the paragraph and the table.
    Draft(
        name="avoid_all_about_me",
        text=_lines(
            "Hi Daniel,",
            "Thanks for the interview. I would love this job. I think I'd really enjoy it. I'm "
            "hoping to hear back soon. I need to make a decision about my next step.",
            "Priya",
        ),
        expect=("I would love this job", "hoping to hear back soon", "my next step"),
    ),
    Draft(
        name="avoid_love_to_work_at",
        text="Hi Daniel, thank you for your time. I'd love to work at Harbor Logistics. I'm eager "
        "to hear your decision.",
        expect=("I'd love to work at", "eager to hear your decision"),
    ),
    Draft(
        name="avoid_great_step",
        text="Hi Daniel, thank you for Tuesday. This role would be a great step for my career.",
        expect=("a great step for my career",),
    ),
    # avoid.md, "Too casual or too formal".
    Draft(
        name="avoid_too_casual",
        text=_lines(
            "hey dan!! thx for the chat yesterday, was super fun 😊",
            "lmk if u need anything else from me. cheers, P",
        ),
        expect=("hey", "!!", "thx", "super fun", "😊", "lmk", "u", "cheers"),
    ),
    Draft(
        name="avoid_too_formal",
        text=_lines(
            "Dear Mr. Okafor,",
            "I write to convey my most sincere gratitude for the esteemed opportunity to be "
            "considered for the aforementioned position.",
            "I remain, Sir, your humble servant in anticipation of your favorable reply.",
        ),
        expect=(
            "I write to convey",
            "most sincere gratitude",
            "esteemed",
            "aforementioned",
            "I remain, Sir",
            "your humble servant",
            "in anticipation of your favorable reply",
        ),
    ),
    # avoid.md, "Leftover placeholders and template traces".
    Draft(
        name="avoid_placeholders",
        text=_lines(
            "Hi {first name},",
            "Thank you for the <role> interview at [Company] on XX. I enjoyed hearing about "
            "(insert detail here), e.g. the migration.",
            "Best, NAME",
            "Start date: TBD",
        ),
        expect=(
            "{first name}",
            "<role>",
            "[Company]",
            "XX",
            "insert detail here",
            "e.g.",
            "NAME",
            "TBD",
        ),
    ),
    # crafting.md, "An open-ended close": the left column of the table.
    Draft(
        name="crafting_decision_soon",
        text="Hi Daniel, thank you for Tuesday's conversation. I look forward to hearing your "
        "decision soon.",
        expect=("look forward to hearing your decision",),
    ),
    Draft(
        name="crafting_let_me_know_by",
        text="Hi Daniel, thank you for the interview on Tuesday. Please let me know by Friday.",
        expect=("let me know by Friday",),
    ),
    Draft(
        name="crafting_expect_an_offer",
        text="Hi Daniel, thanks again for your time on Tuesday. When can I expect an offer?",
        expect=("When can I expect an offer?",),
    ),
    # crafting.md, "Interest and fit" and "Subject lines".
    Draft(
        name="crafting_passionate_fast_learner",
        stage="thank_you",
        text="Hi Daniel, thank you for talking with me about the streaming plan. I'm passionate "
        "and a fast learner. Please let me know if I can share anything else.",
        expect=("passionate", "fast learner"),
    ),
    Draft(
        name="crafting_quick_question",
        text=_lines(
            "Subject: Quick question!",
            "",
            "Hi Daniel, thank you for Tuesday. Is there any update on timing?",
        ),
        expect=("Subject: Quick question!",),
    ),
    Draft(
        name="crafting_again_in_capitals",
        text=_lines(
            "Subject: Following up AGAIN",
            "",
            "Hi Daniel, thank you for Tuesday. Is there any update on timing?",
        ),
        expect=("Following up AGAIN", "AGAIN"),
    ),
    # replies.md, "A no", "About asking for feedback" and "A yes, or the next round".
    Draft(
        name="replies_are_you_sure",
        stage="reply_rejection",
        text="Hi Daniel, thank you for letting me know. Are you sure? I was the strongest "
        "candidate on paper. I'd be glad to be considered for future roles.",
        expect=("Are you sure?", "the strongest candidate"),
    ),
    Draft(
        name="replies_disagree_feedback",
        stage="reply_rejection",
        text="Hi Daniel, thank you for the feedback, but I disagree with it and would ask you to "
        "reconsider your decision.",
        expect=("I disagree", "reconsider your decision"),
    ),
    Draft(
        name="replies_salary_in_thank_you",
        stage="thank_you",
        text="Hi Daniel, thank you for talking with me about the streaming plan. Could you also "
        "tell me the salary range and what the benefits package includes? Please let me know if "
        "I can share anything else.",
        expect=("salary range", "benefits package"),
    ),
    # channels.md, "Don't use LinkedIn to get around their process".
    Draft(
        name="channels_linkedin_decision",
        channel="linkedin_message",
        text="Hi Daniel, thanks again for Tuesday. Have you decided yet? When will I hear back?",
        expect=("Have you decided yet?", "When will I hear back?"),
    ),
    # Further faults of the same families, in other words.
    Draft(
        name="ultimatum_end_of_day",
        text="Dear Ana, thank you for the interview. Please respond by end of day tomorrow.",
        expect=("respond by end of day",),
    ),
    Draft(
        name="ultimatum_other_offer_threat",
        text="Dear Ana, thank you for the interview. If I don't hear from you by Monday, I will "
        "accept another offer.",
        expect=("If I don't hear from you by Monday, I will accept another offer",),
    ),
    Draft(
        name="ultimatum_answer_by",
        text="Hello Ana, thanks for your time. I expect an answer by Wednesday 9 December.",
        expect=("I expect an answer by Wednesday",),
    ),
    Draft(
        name="counting_three_times",
        text="Dear Ana, thank you for your time. I have emailed you three times now about the "
        "Analyst role.",
        expect=("I have emailed you three times",),
    ),
    Draft(
        name="counting_fourth_message",
        text="Dear Ana, thanks for meeting me. This is my 4th message, so yet another follow-up "
        "from me.",
        expect=("This is my 4th message", "yet another follow-up"),
    ),
    Draft(
        name="guilt_common_courtesy",
        text="Dear Ana, thank you for the interview. It has been two weeks with no response. "
        "Common courtesy would be to reply, and the least you could do is let me know.",
        expect=("with no response", "Common courtesy", "the least you could do"),
    ),
    Draft(
        name="guilt_ghosted",
        text="Dear Ana, thanks for the interview. I feel like I've been ghosted, which is quite "
        "unprofessional.",
        expect=("ghosted", "unprofessional"),
    ),
    Draft(
        name="guilt_per_my_last_email",
        text="Dear Ana, thank you for your time. Per my last email, I am still waiting for an "
        "answer. Kindly revert at the earliest.",
        expect=("Per my last email", "still waiting", "Kindly revert"),
    ),
    Draft(
        name="reasons_what_did_i_do_wrong",
        stage="reply_rejection",
        text="Dear Ana, thank you for letting me know. What did I do wrong? Who got the job?",
        expect=("What did I do wrong?", "Who got the job?"),
    ),
    Draft(
        name="reasons_tell_me_why",
        stage="reply_rejection",
        text="Dear Ana, thanks for telling me. Please tell me why I was rejected and who you "
        "chose instead.",
        expect=("tell me why I was rejected", "who you chose instead"),
    ),
    Draft(
        name="punctuation_stacked",
        text="Dear Ana, thank you for the interview. Any news?! Is the role still open???",
        expect=("?!", "???"),
    ),
    Draft(
        name="punctuation_interrobang",
        text="Hi Ana, thanks for your time. What happened?!?",
        expect=("?!?",),
    ),
    Draft(
        name="claims_buzzwords",
        stage="thank_you",
        text="Dear Ana, thank you for telling me about the QGIS migration. I am a team player, a "
        "self-starter and results-driven, so I'm the perfect candidate. I'm happy to share more.",
        expect=("team player", "self-starter", "results-driven", "perfect candidate"),
    ),
    Draft(
        name="career_self_focus",
        text="Dear Ana, thank you for the interview. The job would help me advance my career, and "
        "I'd like to know about the salary and the bonus.",
        expect=("advance my career", "salary", "bonus"),
    ),
    Draft(
        name="slang",
        text="Hi guys, thanks for the awesome chat! I'm stoked about the role, it sounds super "
        "cool tbh.",
        expect=("Hi guys", "awesome", "stoked", "super cool", "tbh"),
    ),
    Draft(
        name="legalese",
        text="Dear Ana, please be advised that I herewith confirm my interest, as per our "
        "conversation. Thank you.",
        expect=("please be advised", "herewith", "as per our conversation"),
    ),
    Draft(
        name="shouting_run",
        text="Dear Ana, thank you for the interview. PLEASE LET ME KNOW WHAT YOU DECIDE. I am "
        "VERY interested.",
        expect=("PLEASE LET ME KNOW WHAT YOU DECIDE", "VERY"),
    ),
    Draft(
        name="urgent_request",
        text="Dear Ana, thank you for the interview. This is urgent: I need an answer today.",
        expect=("urgent", "I need an answer today"),
    ),
    Draft(
        name="apology_hate_to_bother",
        text="Hi Ana, I hate to bother you, and I apologize for emailing again. Thank you for the "
        "interview.",
        expect=("I hate to bother you", "I apologize for emailing again"),
    ),
    Draft(
        name="apology_not_a_bother",
        text="Hi Ana, I hope I'm not bothering you. Thanks for your time on Monday.",
        expect=("I hope I'm not bothering you",),
    ),
    # The same families again, worded differently from the rules' own examples.
    Draft(
        name="varied_check_in",
        stage="check_in",
        text=_lines(
            "Hi Ms. Chen,",
            "",
            "I'm so sorry to chase you on this. It's been three weeks and still no word, so I "
            "thought I'd try again. Could you please let me know by tomorrow whether I got the "
            "job?",
            "",
            "Thanks,",
            "Ravi",
        ),
        expect=("I'm so sorry to chase you", "still no word", "let me know by tomorrow"),
    ),
    Draft(
        name="varied_final",
        stage="final_follow_up",
        text=_lines(
            "Dear Mr. Lopez,",
            "",
            "This is my fifth attempt to reach you. I find it rude not to have had the courtesy "
            "of a reply, and I would expect a response within 48 hours. Thank you.",
            "",
            "Jon",
        ),
        expect=(
            "This is my fifth attempt",
            "rude",
            "courtesy of a reply",
            "expect a response within 48 hours",
        ),
    ),
    Draft(
        name="varied_thank_you",
        stage="thank_you",
        text=_lines(
            "Hello there,",
            "",
            "Thanks for today's chat about the SOC 2 audit. I'm a highly motivated, "
            "detail-oriented professional and would be the ideal candidate. Landing this role "
            "would be a huge step in my career, and I'd like to discuss the compensation package "
            "soon. Looking forward to your offer.",
            "",
            "Best,",
            "Kim",
        ),
        expect=(
            "Hello there",
            "highly motivated",
            "detail-oriented",
            "ideal candidate",
            "a huge step in my career",
            "compensation package",
            "Looking forward to your offer",
        ),
    ),
    Draft(
        name="varied_rejection",
        stage="reply_rejection",
        text=_lines(
            "Hi Sam,",
            "",
            "Thanks for the update, though I'm shocked at the decision. Could you explain why "
            "you didn't choose me, and who was hired? I don't agree with the outcome.",
            "",
            "Lee",
        ),
        expect=(
            "shocked at the decision",
            "explain why you didn't choose me",
            "who was hired?",
            "I don't agree",
        ),
    ),
    Draft(
        name="varied_linkedin_message",
        channel="linkedin_message",
        text="Hey Sam!! Thanks heaps for the chat, it was legit awesome. Any news yet?? When "
        "will you decide? Cheers",
        expect=("Hey", "!!", "legit", "awesome", "??", "When will you decide?"),
    ),
    Draft(
        name="varied_shouting",
        text="Dear Ms. Park, THANK YOU for the interview. I am REALLY keen and would LOVE to hear "
        "back.",
        expect=("THANK YOU", "REALLY", "LOVE"),
    ),
    Draft(
        name="varied_counting",
        text="Dear Ms. Park, thank you for your time. I have sent you several emails, and I "
        "have reached out to you repeatedly since the interview.",
        expect=("I have sent you several emails", "I have reached out to you repeatedly"),
    ),
    Draft(
        name="varied_legalese",
        text="Dear Ms. Park, further to the interview, please find herewith my references. "
        "Kindly do the needful and revert back at your earliest. Thank you.",
        expect=("herewith", "do the needful", "revert back"),
    ),
    Draft(
        name="varied_placeholder",
        text="Dear [Hiring Manager name], thank you for the interview for the ROLE position at "
        "COMPANY. I enjoyed discussing INSERT TOPIC HERE.",
        expect=("[Hiring Manager name]", "ROLE", "COMPANY", "INSERT TOPIC HERE"),
    ),
    Draft(
        name="varied_sorry_follow_up",
        text="Hi Ana, apologies for following up again, and thanks again for your time. I hope "
        "to hear back soon.",
        expect=("apologies for following up again", "hope to hear back soon"),
    ),
    Draft(
        name="pleading_mean_the_world",
        text="Hi Ana, thank you for the interview. Any news would mean the world to me, I'm "
        "begging you.",
        expect=("would mean the world", "begging you"),
    ),
    # situations.md: the traps of a competing-offer note and of saying no.
    Draft(
        name="competing_offer_ultimatum",
        stage="competing_offer",
        text=_lines(
            "Hi Daniel,",
            "",
            "Thank you again for the interview on Tuesday. I have another offer, and unless you "
            "can match it by Friday I'll have to accept it. They're offering a lot more.",
            "",
            "Best regards,",
            "Priya",
        ),
        expect=("unless you", "match it", "I'll have to accept", "They're offering"),
    ),
    Draft(
        name="competing_offer_better_offer",
        stage="competing_offer",
        text=_lines(
            "Hi Daniel,",
            "",
            "Thank you for your time last week. I now have a better offer on the table, so I "
            "would like to know where I stand. Is there any chance of an update before Friday? "
            "I understand if not.",
            "",
            "Best regards,",
            "Priya",
        ),
        expect=("better offer",),
    ),
    Draft(
        name="withdraw_over_explained",
        stage="withdraw",
        text=_lines(
            "Hi Jonas,",
            "",
            "Thank you for your time. To be honest, the process was slow and the salary was "
            "lower than I expected, so I have decided to withdraw my application. I apologize "
            "for any trouble this causes.",
            "",
            "Best regards,",
            "Priya Raman",
        ),
        expect=("To be honest", "the process was", "I apologize"),
    ),
    Draft(
        name="decline_reopening_terms",
        stage="decline_offer",
        text=_lines(
            "Hi Elena,",
            "",
            "Thank you for the offer of Data Engineer at Northwind Freight. I have to decline, "
            "unless you can raise the base salary, because another company offered more.",
            "",
            "Best regards,",
            "Priya Raman",
        ),
        expect=("unless you",),
    ),
)


# --- good drafts ---------------------------------------------------------------

#: Good drafts beside the guide's own examples, which are read from docs/ as published (see
#: ``published_good_drafts``), never copied here.
GOOD: tuple[Draft, ...] = (
    # avoid.md's confident rewrites, in a full message.
    Draft(
        name="avoid_confident_deadline",
        stage="check_in",
        text=_lines(
            "Hi Daniel,",
            "",
            "Thank you again for our conversation on 1 December. I wanted to check in on the "
            "Senior Data Engineer role; I'm excited about the role and the team.",
            "",
            "I have another offer to answer by Thursday. Is there any chance of an update before "
            "then? If there's anything else you need from me to make your decision, just say.",
            "",
            "Best regards,",
            "Priya",
        ),
    ),
    # Acronyms and product names in capitals are not shouting.
    Draft(
        name="acronyms_gis",
        stage="thank_you",
        text=_lines(
            "Hi Marta,",
            "",
            "Thank you for talking with me on Monday about the GIS Analyst role at KPMG. I "
            "enjoyed hearing how your team is moving its flood maps from ArcGIS to QGIS and "
            "PostGIS.",
            "",
            "At the NHS I built a QGIS plugin that cut report preparation from two days to three "
            "hours, and I'd enjoy bringing that to the migration. I also run STEM outreach "
            "sessions on AWS and SQL for local schools.",
            "",
            "If it would help, I'm happy to share the plugin's code.",
            "",
            "Best regards,",
            "Tomás",
        ),
    ),
    Draft(
        name="acronyms_hvac",
        stage="check_in",
        text=_lines(
            "Dear Mr. Byrne,",
            "",
            "Thank you again for meeting me on 3 March about the HVAC Controls Engineer post at "
            "ABB. I'm still very keen on the BMS upgrade we discussed, and on the ISO 50001 "
            "audit your team described.",
            "",
            "Is there any update on timing? If there is anything else I can send, such as my "
            "CIBSE membership details, please let me know.",
            "",
            "Kind regards,",
            "Aoife Ní Bhriain",
        ),
    ),
    Draft(
        name="acronyms_upper_company",
        stage="linkedin_note",
        channel="linkedin_connection",
        text="Hi Sam, thank you for Friday's talk about moving the IKEA and LEGO feeds into "
        "BigQuery with dbt. I'd be glad to stay in touch. Best, Jo",
    ),
    # A trigger word inside a job title or a proper noun is not pressure.
    Draft(
        name="urgent_care_nurse",
        stage="thank_you",
        text=_lines(
            "Hi Grace,",
            "",
            "Thank you for meeting me on Wednesday about the Urgent Care Nurse post. I enjoyed "
            "hearing how the team triages walk-in patients during the winter peak.",
            "",
            "In my current post at the Urgent Treatment Centre I helped bring our average wait "
            "down from four hours to under two, and I'd like to bring that experience to your "
            "clinic.",
            "",
            "Please let me know if I can share anything else.",
            "",
            "Best regards,",
            "Oluwaseun Adebayo-Okonkwo",
        ),
    ),
    Draft(
        name="urgent_response_coordinator",
        stage="check_in",
        text=_lines(
            "Hi Dmitri,",
            "",
            "Thank you again for the conversation on 12 May about the Urgent Response "
            "Coordinator role. I remain very interested, especially in the new dispatch rota you "
            "described.",
            "",
            "Is there any update on timing? I'm happy to send references if that would help.",
            "",
            "Best regards,",
            "Lena",
        ),
    ),
    Draft(
        name="urgent_cases_in_the_work",
        stage="thank_you",
        text=_lines(
            "Hi Grace,",
            "",
            "Thank you for showing me around the ward on Friday. I was pleasantly surprised by "
            "how calmly the night team triages urgent cases, and by the new handover board.",
            "",
            "On my current ward I introduced a similar board, and missed handover items fell by "
            "half within two months. I'd be glad to share how we set it up.",
            "",
            "Best regards,",
            "Maya",
        ),
    ),
    Draft(
        name="hvac_keeping_rooms_cool",
        stage="thank_you",
        text=_lines(
            "Hi Mr. Byrne,",
            "",
            "Thank you for the tour of the data centre on Tuesday. I enjoyed hearing how your "
            "team keeps the server rooms cool with free-air cooling for most of the year.",
            "",
            "At KPMG UK LLP I ran the HVAC retrofit of two sites, which cut energy use by 18%. "
            "If it would help, I can send the case study.",
            "",
            "Kind regards,",
            "Aoife",
        ),
    ),
    Draft(
        name="short_list_in_a_note",
        stage="linkedin_note",
        channel="linkedin_connection",
        free_account=True,
        text="Hi Ana, thanks for the chat about Spark, Kafka and dbt at Acme. I'd be glad to stay "
        "in touch. Best, Lee",
    ),
    Draft(
        name="offer_in_writing",
        stage="reply_positive",
        text=_lines(
            "Hi Ana,",
            "",
            "Thank you for the call this morning; I'm very pleased to hear about the offer. Could "
            "you send the details in writing, including the salary and the start date? I'll "
            "reply by Friday 11 December.",
            "",
            "Please let me know if you need anything from me in the meantime.",
            "",
            "Best regards,",
            "Sam",
        ),
    ),
    # Long names.
    Draft(
        name="long_names",
        stage="thank_you",
        text=_lines(
            "Dear Dr. Ana María de la Cruz-Villanueva,",
            "",
            "Thank you for speaking with me on Thursday about the Clinical Data Manager role at "
            "the Instituto Nacional de Investigaciones Biomédicas y Tecnológicas. I especially "
            "appreciated your account of the registry you are building for rare diseases.",
            "",
            "In my last post I designed the data checks for a 40-site trial, which halved the "
            "queries raised at monitoring visits; I would be glad to bring that to your registry.",
            "",
            "Please let me know if any further information would help.",
            "",
            "With best wishes,",
            "Venkatanarasimharajuvaripeta Subrahmanyam",
        ),
    ),
    # A non-native writer's polite formality.
    Draft(
        name="polite_formality",
        stage="thank_you",
        text=_lines(
            "Dear Mr. Tanaka,",
            "",
            "Thank you very much for the interview on Tuesday for the Logistics Coordinator "
            "position. I was very glad to learn about your plan to open the new warehouse in "
            "Osaka next spring.",
            "",
            "In my present company I coordinated the move of our stock to a new site, and we "
            "finished one week early with no lost orders. I would be honoured to support your "
            "team with the new warehouse.",
            "",
            "Kindly let me know if you need any further documents from my side; kindly find "
            "attached my certificates. I am looking forward to your kind reply.",
            "",
            "Yours sincerely,",
            "Nguyen Thi Mai",
        ),
    ),
    Draft(
        name="polite_formality_check_in",
        stage="check_in",
        text=_lines(
            "Dear Ms. Schneider,",
            "",
            "I hope this message finds you well. Thank you once more for the interview on 2 "
            "June for the Junior Accountant position. You mentioned that a decision was "
            "expected by the end of June, so I would like to kindly ask whether there is any "
            "news.",
            "",
            "I remain very interested in the position. If any other documents would be useful, "
            "I would be glad to send them.",
            "",
            "With kind regards,",
            "Mehmet Yılmaz",
        ),
    ),
    # More well-made messages for each stage.
    Draft(
        name="offer_reply",
        stage="reply_positive",
        text=_lines(
            "Hi Ana,",
            "",
            "Thank you so much for the offer, and apologies for my slow reply; I was travelling "
            "yesterday. I'm very pleased, and I'd like to take a few days to read the details. "
            "Could I come back to you by Friday 11 December?",
            "",
            "If it's easier to talk it through, I'd be glad to arrange a call.",
            "",
            "Best regards,",
            "Sam",
        ),
    ),
    Draft(
        name="honest_disappointment",
        stage="reply_rejection",
        text=_lines(
            "Hi Ana,",
            "",
            "Thank you for letting me know. While I'm disappointed, I appreciate the time you "
            "and the team spent with me, and I learned a lot from our talk about the CRM "
            "migration.",
            "",
            "If you are open to it, I would value a few words of feedback. I'd be glad to be "
            "considered for future roles.",
            "",
            "All the best,",
            "Sam",
        ),
    ),
    Draft(
        name="final_no_reply_needed",
        stage="final_follow_up",
        text=_lines(
            "Hi Ana,",
            "",
            "I wanted to send a brief note about the Product Designer role we discussed on 4 "
            "November. I'm still very interested, particularly in the onboarding redesign. Thank "
            "you again for your time.",
            "",
            "If you have already made a decision, no reply is needed. I'd be happy to stay in "
            "touch about future openings.",
            "",
            "Best regards,",
            "Sam",
        ),
    ),
    Draft(
        name="linkedin_message_thanks",
        stage="linkedin_note",
        channel="linkedin_message",
        text="Hi Ana, great to connect, and thanks again for Tuesday's chat about the UX "
        "research backlog. I'd be glad to stay in touch. Best, Sam",
    ),
    Draft(
        name="delay_reply",
        stage="reply_positive",
        text=_lines(
            "Hi Ana,",
            "",
            "Thank you for the update, and for letting me know the decision will take another two "
            "weeks. I'm still very interested in the role and in the data platform work.",
            "",
            "If anything else would help in the meantime, I'm happy to share more.",
            "",
            "Best regards,",
            "Sam",
        ),
    ),
)


# --- the guide's faults ---------------------------------------------------------

#: Every fault the guide names that a checker can see in the words: the page, the guide's
#: own wording, and the expected phrase that stands for it in the corpus (or, for a fault
#: of the text as a whole, the rule a faulty draft expects in ``whole``).
GUIDE_FAULTS: tuple[tuple[str, str, str], ...] = (
    # before-after.md "What's wrong" boxes, by their bold lead-in.
    ("before-after/#thank-you", "Generic greeting and subject.", "Dear Hiring Manager"),
    ("before-after/#thank-you", "Generic greeting and subject.", "Subject: Interview"),
    ("before-after/#thank-you", "Adjectives instead of evidence.", "passionate"),
    ("before-after/#thank-you", "Adjectives instead of evidence.", "hard worker"),
    ("before-after/#thank-you", "Adjectives instead of evidence.", "fast learner"),
    ("before-after/#thank-you", "Self-focus.", "hoping to get this job"),
    ("before-after/#thank-you", "Self-focus.", "a big step for my career"),
    ("before-after/#thank-you", "Closed, pressuring ending.", "as soon as possible"),
    ("before-after/#check-in", '"Again" and "Sorry to bother you"', "Following up again"),
    ("before-after/#check-in", '"Again" and "Sorry to bother you"', "Sorry to bother you again"),
    ("before-after/#check-in", "Anxiety and double question marks", "getting a bit anxious"),
    ("before-after/#check-in", "Anxiety and double question marks", "??"),
    ("before-after/#check-in", '"I really need to know"', "I really need to know"),
    ("before-after/#final", "Too soon, too wide.", "Hi all"),
    ("before-after/#final", "Guilt and an ultimatum.", "disappointing"),
    ("before-after/#final", "Guilt and an ultimatum.", "courtesy of a response"),
    (
        "before-after/#final",
        "Guilt and an ultimatum.",
        "If I don't hear back by Friday I'll assume",
    ),
    ("before-after/#linkedin", "Too long.", "Please connect!"),
    (
        "before-after/#linkedin",
        "A résumé, not a note.",
        "Spark, Kafka, Airflow, dbt, Snowflake and AWS",
    ),
    ("before-after/#linkedin", "Self-focused ending.", "I'd love to join"),
    ("before-after/#rejection", "Argues with the decision.", "surprised by this"),
    ("before-after/#rejection", "Argues with the decision.", "more experience than most people"),
    ("before-after/#rejection", "Demands feedback", "why I wasn't chosen"),
    ("before-after/#rejection", "Demands feedback", "who you hired instead"),
    # avoid.md tables (left column) and the paragraph under the first one.
    ("avoid/#pushy", "I really, really need this job.", "I really, really need this job"),
    ("avoid/#pushy", "Please, any update at all would mean so much.", "would mean so much"),
    (
        "avoid/#pushy",
        "I haven't heard anything, so I'm following up again.",
        "I haven't heard anything",
    ),
    ("avoid/#pushy", "I need to know by Thursday.", "I need to know by Thursday"),
    ("avoid/#pushy", "I'm sure I'm the best candidate you've seen.", "the best candidate"),
    ("avoid/#pushy", "Sorry to bother you again!", "sorry to bother you again"),
    ("avoid/#pushy", "stacks of exclamation marks", "!!!"),
    ("avoid/#pushy", "repeated apologies", "apologies for the bother"),
    ("avoid/#pushy", "desperate, beg or urgent", "I beg you"),
    ("avoid/#pushy", "deadlines you set for them", "respond by end of day"),
    ("avoid/#pushy", "doubled or mixed punctuation", "?!"),
    ("avoid/#apologies", "Sorry to bother you", "sorry to bother you"),
    ("avoid/#apologies", "I hate to pester you", "I hate to pester you"),
    ("avoid/#apologies", "apologies for emailing again", "apologies for emailing again"),
    (
        "avoid/#guilt",
        "I've emailed twice with no reply, which is disappointing.",
        "I've emailed twice",
    ),
    (
        "avoid/#guilt",
        "If I don't hear back by Friday I'll assume I didn't get it.",
        "If I don't hear back by Friday I'll assume",
    ),
    (
        "avoid/#guilt",
        "Per my last email, I'm still waiting for an answer.",
        "Per my last email",
    ),
    ("avoid/#reasons", "Why wasn't I chosen?", "Why wasn't I chosen?"),
    ("avoid/#reasons", "Who did you hire instead?", "Who did you hire instead?"),
    ("avoid/#too-many", "in case the first went to spam", "in case the first went to spam"),
    ("avoid/#too-many", "bumping", "bumping this"),
    ("avoid/#too-many", "this is my third email", "This is my third email"),
    ("avoid/#too-many", "leaving a voicemail on top of an email", "left you a voicemail"),
    ("avoid/#self-focus", "I'd love to work at Harbor Logistics.", "I'd love to work at"),
    ("avoid/#self-focus", "I'm eager to hear your decision.", "eager to hear your decision"),
    (
        "avoid/#self-focus",
        "This role would be a great step for my career.",
        "a great step for my career",
    ),
    (
        "avoid/#self-focus",
        "Could you tell me the salary range and the benefits?",
        "salary range",
    ),
    ("avoid/#tone", "text-speak, emoji", "lmk"),
    ("avoid/#tone", "Stiff, wordy, and impersonal.", "your humble servant"),
    ("avoid/#tone", "no capitals", "cheers"),
    ("before-after/#thank-you", "No detail.", "missing_detail"),
    ("before-after/#rejection", "No thanks", "missing_thanks"),
    ("avoid/#tone", "Slang", "super fun"),
    ("avoid/#tone", "office legalese", "please be advised"),
    ("avoid/#placeholders", "square or curly brackets", "{first name}"),
    ("avoid/#placeholders", "all-caps fillers", "TBD"),
    ("avoid/#placeholders", "insert detail here", "insert detail here"),
    # crafting.md, the close table's left column, fit and subject lines.
    (
        "crafting/#close",
        "I look forward to hearing your decision soon.",
        "look forward to hearing your decision",
    ),
    ("crafting/#close", "Please let me know by Friday.", "let me know by Friday"),
    ("crafting/#close", "When can I expect an offer?", "When can I expect an offer?"),
    ("crafting/#fit", "I'm passionate and a fast learner", "fast learner"),
    ("crafting/#subject", "Quick question!", "Subject: Quick question!"),
    ("crafting/#subject", "Following up AGAIN", "Following up AGAIN"),
    # replies.md and channels.md.
    ("replies/#rejection", 'no "are you sure?"', "Are you sure?"),
    ("replies/#feedback", "That's not the time to argue your case.", "I disagree"),
    ("replies/#positive", "Negotiation belongs in a separate, later conversation.", "salary range"),
    ("channels/#linkedin", "to ask for a decision", "Have you decided yet?"),
)

#: Faults the guide names that no checker can see in the words alone, and why.
NOT_IN_TEXT: tuple[tuple[str, str, str], ...] = (
    ("before-after/#thank-you", 'Sent "today,"', "timing: the calculator's job"),
    ("before-after/#check-in", "Too early.", "timing: the calculator's job"),
    ("before-after/#check-in", "No context.", "the role and date it lacks are not in the text"),
    ("before-after/#final", "Burns the bridge.", "the effect of the faults flagged above"),
    ("before-after/#rejection", "Closes the door", "absence of an offer to stay in touch"),
    ("avoid/#too-many", "a check-in before the date", "timing: the calculator's job"),
    ("avoid/#placeholders", "the wrong company", "needs knowledge of the application"),
)


# --- the guide's published examples ----------------------------------------------

#: The guide's pages, read as published (absent inside Pyodide, where those checks are skipped).
DOCS = Path(__file__).resolve().parents[2] / "docs"

#: Where the guide shows a message as good, and what it is for: (page, section anchor, label)
#: -> (stage, channel, free account). The label is the ``### After`` heading, the ``=== "Tab"``
#: or "" for a block of its own. A block the guide shows that is not listed here is a "Before"
#: or a deliberately weak example; a test checks that every listed one is still there.
GOOD_EXAMPLES: dict[tuple[str, str, str], tuple[str, str, bool]] = {
    ("before-after", "thank-you", "After"): ("thank_you", "email", False),
    ("before-after", "check-in", "After"): ("check_in", "email", False),
    ("before-after", "final", "After"): ("final_follow_up", "email", False),
    ("before-after", "linkedin", "After"): ("linkedin_note", "linkedin_connection", True),
    ("before-after", "rejection", "After"): ("reply_rejection", "email", False),
    ("crafting", "worked-example", ""): ("thank_you", "email", False),
    ("avoid", "tone", "About right"): ("thank_you", "linkedin_message", False),
    ("replies", "positive", ""): ("reply_positive", "email", False),
    ("replies", "rejection", ""): ("reply_rejection", "email", False),
    ("channels", "linkedin-limits", ""): ("linkedin_note", "linkedin_connection", True),
    # situations.md: each section's example is the stage whose guide section it is.
    **{
        ("situations", spec.section.split("/#")[1], ""): (spec.id, "email", False)
        for spec in STAGE_SPECS
        if spec.section.startswith("situations/#")
    },
}

_HEADING = re.compile(r"^#{2,3} (.+?)(?: \{#([\w-]+)\})?\s*$")
_TAB = re.compile(r'^=== "(.+)"\s*$')
_FENCE = re.compile(r"^(\s*)```text\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A message block the guide shows, read from its page."""

    page: str
    anchor: str
    label: str
    text: str


def published_examples(docs: Path = DOCS) -> list[Example]:
    """Every ```` ```text ```` block of the guide, with the section and label it sits under."""
    examples: list[Example] = []
    for path in sorted(docs.glob("*.md")):
        anchor = label = ""
        lines = path.read_text(encoding="utf-8").splitlines()
        index = 0
        while index < len(lines):
            line = lines[index]
            heading, tab, fence = _HEADING.match(line), _TAB.match(line), _FENCE.match(line)
            if heading:
                if heading.group(2):
                    anchor, label = heading.group(2), ""
                else:
                    label = heading.group(1).strip()
            elif tab:
                label = tab.group(1)
            elif fence:
                indent = len(fence.group(1))
                body: list[str] = []
                index += 1
                while lines[index].strip() != "```":
                    body.append(lines[index][indent:])
                    index += 1
                text = "\n".join(body)
                examples.append(Example(page=path.stem, anchor=anchor, label=label, text=text))
            index += 1
    return examples


def published_good_drafts(docs: Path = DOCS) -> tuple[Draft, ...]:
    """The guide's good examples, as published, as drafts of the stage they are for."""
    drafts = []
    for example in published_examples(docs):
        key = (example.page, example.anchor, example.label)
        if key in GOOD_EXAMPLES:
            stage, channel, free = GOOD_EXAMPLES[key]
            drafts.append(
                Draft(
                    name=f"docs/{example.page}#{example.anchor} {example.label}".strip(),
                    text=example.text.strip("\n"),
                    stage=stage,
                    channel=channel,
                    free_account=free,
                )
            )
    return tuple(drafts)


# --- batches -------------------------------------------------------------------

#: Batches of drafts written from the guide alone, each beside the record of how the rules
#: did on it at first sight (``<batch>.first-sight.json``), before any rule changed for it.
CORPUS_DIR = Path(__file__).resolve().with_name("corpus")
_FIRST_SIGHT_SUFFIX = ".first-sight.json"
_PENDING_SUFFIX = ".pending.txt"
_MISSES_SUFFIX = ".misses.txt"


@dataclass(frozen=True, slots=True, kw_only=True)
class FirstSight:
    """How the rules did on a batch the first time they saw it.

    Attributes:
        covered: Expected phrases a warning or an error covered.
        expected: Expected phrases in the batch.
        false_warnings: Warnings and errors on the batch's good drafts.
        good: Good drafts in the batch.
        rules_commit: The commit whose rules were measured.
        measured: When (ISO date and time, UTC).
    """

    covered: int
    expected: int
    false_warnings: int
    good: int
    rules_commit: str
    measured: str

    @property
    def recall(self) -> float:
        """Share of expected phrases covered at first sight."""
        return self.covered / self.expected if self.expected else 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Batch:
    """A batch of labelled drafts from ``tests/core/corpus/``."""

    name: str
    written: str
    faulty: tuple[Draft, ...]
    good: tuple[Draft, ...]
    first_sight: FirstSight | None
    path: Path
    #: Why the batch's misses are not fixed yet (``<batch>.pending.txt``), or ``None``. A
    #: pending batch keeps its first-sight record but stays out of the whole corpus's
    #: figures until its fixes land; only the newest round (batches measured on the same
    #: rules commit) may be pending.
    pending: str | None = None
    #: The phrases the fixed rules still miss (``<batch>.misses.txt``, one ``name: phrase``
    #: a line, ``#`` for why): a fixed batch must miss exactly these, so it never loses a
    #: phrase it once caught, and a miss that gets caught leaves the list.
    known_misses: frozenset[str] = frozenset()


def _str(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key} must be text, not {value!r}")
    return value


def _draft(item: dict[str, Any], batch: str, *, faulty: bool) -> Draft:
    where = f"{batch}/{item.get('name')}"
    expect = item.get("expect", []) if faulty else []
    if not isinstance(expect, list) or not all(isinstance(p, str) for p in expect):
        raise ValueError(f"{where}: expect must be a list of phrases")
    stage = item.get("stage")
    if stage is not None and not isinstance(stage, str):
        raise ValueError(f"{where}: stage must be text or null")
    return Draft(
        name=f"{batch}/{_str(item, 'name', where)}",
        text=_str(item, "text", where),
        expect=tuple(expect),
        stage=stage,
        channel=item.get("channel") or "email",
        free_account=bool(item.get("free_account", False)),
    )


def load_batch(path: Path) -> Batch:
    """Read a batch file and the first-sight record beside it (if there is one yet)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    name = _str(data, "batch", path.name)
    record = path.with_name(path.name.removesuffix(".json") + _FIRST_SIGHT_SUFFIX)
    first_sight = None
    if record.is_file():
        figures = json.loads(record.read_text(encoding="utf-8"))
        first_sight = FirstSight(
            covered=int(figures["covered"]),
            expected=int(figures["expected"]),
            false_warnings=int(figures["false_warnings"]),
            good=int(figures["good"]),
            rules_commit=str(figures["rules_commit"]),
            measured=str(figures["measured"]),
        )
    note = path.with_name(path.name.removesuffix(".json") + _PENDING_SUFFIX)
    misses = path.with_name(path.name.removesuffix(".json") + _MISSES_SUFFIX)
    return Batch(
        known_misses=frozenset(_miss_lines(misses)) if misses.is_file() else frozenset(),
        name=name,
        pending=note.read_text(encoding="utf-8").strip() if note.is_file() else None,
        written=_str(data, "written", name),
        faulty=tuple(_draft(item, name, faulty=True) for item in data["faulty"]),
        good=tuple(_draft(item, name, faulty=False) for item in data["good"]),
        first_sight=first_sight,
        path=path,
    )


def _miss_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def miss_key(name: str, phrase: str) -> str:
    """How a miss is written in ``<batch>.misses.txt``."""
    return f"{name}: {phrase}"


def load_batches(folder: Path = CORPUS_DIR) -> tuple[Batch, ...]:
    """Every batch in ``folder``, oldest first (batch files are named by date)."""
    if not folder.is_dir():
        return ()
    paths = sorted(
        path for path in folder.glob("*.json") if not path.name.endswith(_FIRST_SIGHT_SUFFIX)
    )
    return tuple(load_batch(path) for path in paths)


BATCHES: tuple[Batch, ...] = load_batches()
#: The batches whose misses have been fixed: a regression set, part of the whole corpus.
FIXED_BATCHES: tuple[Batch, ...] = tuple(batch for batch in BATCHES if batch.pending is None)


# --- figures -------------------------------------------------------------------


def _reported(findings: Sequence[Finding]) -> list[tuple[int, int]]:
    return [span for f in findings if f.severity in ("error", "warning") for span in f.spans]


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` first occurs in ``text`` as whole words ("u" is not the u of "super")."""
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    found = re.search(before + re.escape(phrase) + after, text)
    return found.span() if found else None


def missed_phrases(draft: Draft) -> list[str]:
    """The expected phrases of ``draft`` that no warning's or error's span covers."""
    spans = _reported(draft.findings())
    missed = []
    for phrase in draft.expect:
        where = find_phrase(draft.text, phrase)
        if where is None or not any(a <= where[0] and where[1] <= b for a, b in spans):
            missed.append(phrase)
    return missed


def false_warnings(draft: Draft) -> list[Finding]:
    """Warnings and errors on a draft that should have none."""
    return [f for f in draft.findings() if f.severity in ("error", "warning")]


@dataclass(frozen=True, slots=True, kw_only=True)
class Figures:
    """How the checker does on a set of drafts."""

    faulty: int
    good: int
    expected: int
    covered: int
    false_warnings: int
    missed: tuple[tuple[str, str], ...]
    noisy: tuple[tuple[str, str], ...]

    @property
    def recall(self) -> float:
        """Share of expected phrases covered by a warning's or error's span."""
        return self.covered / self.expected if self.expected else 1.0


def measure(faulty: Sequence[Draft] | None = None, good: Sequence[Draft] | None = None) -> Figures:
    """Run the checker over some drafts; by default the whole corpus (with every batch)."""
    if faulty is None:
        faulty = ALL_FAULTY
    if good is None:
        good = ALL_GOOD
    missed = tuple((d.name, phrase) for d in faulty for phrase in missed_phrases(d))
    noisy = tuple(
        (d.name, f"{f.rule}: {[d.text[a:b] for a, b in f.spans]}")
        for d in good
        for f in false_warnings(d)
    )
    expected = sum(len(d.expect) for d in faulty)
    return Figures(
        faulty=len(faulty),
        good=len(good),
        expected=expected,
        covered=expected - len(missed),
        false_warnings=len(noisy),
        missed=missed,
        noisy=noisy,
    )


#: The whole corpus: the drafts above and every batch.
ALL_FAULTY: tuple[Draft, ...] = (
    *FAULTY,
    *(d for batch in FIXED_BATCHES for d in batch.faulty),
)
ALL_GOOD: tuple[Draft, ...] = (
    *GOOD,
    *(published_good_drafts() if DOCS.is_dir() else ()),
    *(d for batch in FIXED_BATCHES for d in batch.good),
)


def _figure(covered: int, expected: int, false_warnings: int, good: int) -> str:
    recall = covered / expected if expected else 1.0
    return (
        f"recall {covered} of {expected} ({recall:.1%}), "
        f"false warnings {false_warnings} on {good} good drafts"
    )


def _rules_commit() -> str:
    """The commit of the rules as they stand; refuses when they have uncommitted changes."""
    root = Path(__file__).resolve().parents[2]
    rules = ["followup_core/rules.py", "followup_core/checks.py"]

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    if git("status", "--porcelain", "--", *rules):
        raise SystemExit("Commit the rules first: a first-sight figure names their commit.")
    return git("rev-parse", "HEAD")


def record_first_sight(path: Path, *, now: str) -> Path:
    """Measure a new batch with the committed rules and write its first-sight record."""
    batch = load_batch(path)
    if batch.first_sight is not None:
        raise SystemExit(f"{batch.name} was already measured at first sight.")
    figures = measure(batch.faulty, batch.good)
    record = path.with_name(path.name.removesuffix(".json") + _FIRST_SIGHT_SUFFIX)
    data = {
        "batch": batch.name,
        "measured": now,
        "rules_commit": _rules_commit(),
        "faulty": figures.faulty,
        "good": figures.good,
        "covered": figures.covered,
        "expected": figures.expected,
        "false_warnings": figures.false_warnings,
        "missed": [f"{name}: {phrase}" for name, phrase in figures.missed],
        "noisy": [f"{name}: {what}" for name, what in figures.noisy],
    }
    record.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def main(argv: Sequence[str] = ()) -> int:
    """Print the figures of each batch and of the whole corpus; exit 1 when a target is missed.

    ``--first-sight BATCH.json`` instead measures a new batch with the committed rules and
    writes its first-sight record beside it.
    """
    if len(argv) == 2 and argv[0] == "--first-sight":
        when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ")
        print(f"wrote {record_first_sight(Path(argv[1]), now=when)}")
        return 0
    verbose = "--verbose" in argv or "-v" in argv
    for batch in BATCHES:
        now = measure(batch.faulty, batch.good)
        print(f"batch {batch.name} (written {batch.written}): {now.faulty} faulty, {now.good} good")
        seen = batch.first_sight
        if seen is None:
            print("  first sight: not recorded")
        else:
            print(
                f"  first sight ({seen.measured[:10]}, rules {seen.rules_commit[:10]}): "
                + _figure(seen.covered, seen.expected, seen.false_warnings, seen.good)
            )
        print("  now: " + _figure(now.covered, now.expected, now.false_warnings, now.good))
        if batch.pending is not None:
            print(f"  fixes pending (not in the whole corpus yet): {batch.pending}")
        elif batch.known_misses:
            print(f"  still missed after its fixes, as recorded: {len(batch.known_misses)}")
    figures = measure()
    print(f"whole corpus: {figures.faulty} faulty, {figures.good} good drafts")
    print(
        f"recall: {figures.covered} of {figures.expected} expected phrases covered "
        f"({figures.recall:.1%}; target {MIN_RECALL:.0%})"
    )
    print(f"false warnings on good drafts: {figures.false_warnings} (target {MAX_FALSE_WARNINGS})")
    if verbose or figures.recall < MIN_RECALL or figures.false_warnings > MAX_FALSE_WARNINGS:
        for name, phrase in figures.missed:
            print(f"  missed  {name}: {phrase!r}")
        for name, what in figures.noisy:
            print(f"  noisy   {name}: {what}")
    met = figures.recall >= MIN_RECALL and figures.false_warnings <= MAX_FALSE_WARNINGS
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
