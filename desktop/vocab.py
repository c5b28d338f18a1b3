"""Vocabularies of the archive format and the rules (spec/archive-format.md), defined once.

Every layer imports these; nothing else spells the values out.
"""

from __future__ import annotations

from typing import Final

MODES: Final = ("job_seeker", "recruiter")
PERSON_ROLES: Final = ("recruiter", "hiring_manager", "interviewer", "candidate", "referrer", "peer", "other")
EDGE_KINDS: Final = ("knows", "worked_with", "referred", "family")
EDGE_STRENGTHS: Final = (1, 2, 3)
OPENING_STATUSES: Final = ("open", "closed")
STAGES: Final = ("applied", "screen", "interview", "onsite", "final", "offer")
OUTCOMES: Final = ("pending", "rejected", "offer", "withdrawn")
CONTACT_ROLES: Final = ("recruiter", "hiring_manager", "interviewer", "referrer")
INTERACTION_KINDS: Final = (
    "note",
    "email",
    "linkedin_message",
    "connection_request",
    "call",
    "meeting",
    "interview",
    "rejection",
    "intro_request",
    "job_change",
)
DIRECTIONS: Final = ("out", "in", "none")
CHANNELS: Final = ("email", "linkedin_note", "linkedin_message", "phone", "in_person", "other")
SUGGESTION_STATES: Final = ("snoozed", "dismissed", "done")

# Suggestion actions in order of precedence (spec/reconnect-rules.md, "Always").
ACTIONS: Final = (
    "reply_to_rejection",
    "reengage_candidate",
    "ask_about_opening",
    "ask_for_intro",
    "congratulate_new_role",
    "connect_linkedin",
    "check_in",
)
ACTION_LABELS: Final = {
    "reply_to_rejection": "Reply to the rejection",
    "reengage_candidate": "Re-engage a candidate",
    "ask_about_opening": "Ask about a new opening",
    "ask_for_intro": "Ask for an introduction",
    "congratulate_new_role": "Congratulate on the new role",
    "connect_linkedin": "Connect on LinkedIn",
    "check_in": "Check in",
}

# Settings of the rules engine and their defaults (spec/reconnect-rules.md, "Settings").
SETTING_DEFAULTS: Final[dict[str, int | float]] = {
    "reply_window_days": 2,
    "reply_lapse_days": 14,
    "checkin_min_days": 90,
    "checkin_overdue_days": 120,
    "event_min_days": 30,
    "max_unanswered": 2,
    "opening_fresh_days": 45,
    "job_change_fresh_days": 30,
    "relevance_threshold": 0.5,
    "connect_note_limit": 300,
}

# Human labels, for display only.
KIND_LABELS: Final = {
    "note": "Note",
    "email": "E-mail",
    "linkedin_message": "LinkedIn message",
    "connection_request": "Connection request",
    "call": "Call",
    "meeting": "Meeting",
    "interview": "Interview",
    "rejection": "Rejection",
    "intro_request": "Intro request",
    "job_change": "Job change",
}
ROLE_LABELS: Final = {
    "recruiter": "Recruiter",
    "hiring_manager": "Hiring manager",
    "interviewer": "Interviewer",
    "candidate": "Candidate",
    "referrer": "Referrer",
    "peer": "Peer",
    "other": "Other",
}
DIRECTION_LABELS: Final = {"out": "I reached them", "in": "They reached me", "none": "No direction"}
CHANNEL_LABELS: Final = {
    "email": "E-mail",
    "linkedin_note": "LinkedIn connection note",
    "linkedin_message": "LinkedIn message",
    "phone": "Phone",
    "in_person": "In person",
    "other": "Other",
}
