"""Vocabularies of the archive format and the rules (spec/archive-format.md, spec/reconnect-rules.md), defined once.

Each vocabulary is a ``StrEnum``: a member *is* its string, so it is stored, compared, put in JSON and
offered as an argparse choice as it is. The tuples (``CHANNELS`` …) are the same values in spec order,
for code that iterates; the maps between vocabularies (a kind's usual channel, the kind "done" records
for a channel) live here too. Every layer imports these; nothing else spells the values out.
``tests/test_vocab.py`` checks that ``interop/archive.schema.json`` lists exactly these values.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Final, NamedTuple


class Mode(StrEnum):
    JOB_SEEKER = "job_seeker"
    RECRUITER = "recruiter"


class PersonRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    CANDIDATE = "candidate"
    REFERRER = "referrer"
    PEER = "peer"
    OTHER = "other"


class EdgeKind(StrEnum):
    KNOWS = "knows"
    WORKED_WITH = "worked_with"
    REFERRED = "referred"
    FAMILY = "family"


class EdgeStrength(IntEnum):
    WEAK = 1
    MEDIUM = 2
    STRONG = 3


class OpeningStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class FeedFormat(StrEnum):
    """What a careers feed turned out to be (spec/cli.md, `openings watch`)."""

    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    PERSONIO = "personio"
    RSS = "rss"
    ATOM = "atom"
    JSONFEED = "jsonfeed"


class Stage(StrEnum):
    APPLIED = "applied"
    SCREEN = "screen"
    INTERVIEW = "interview"
    ONSITE = "onsite"
    FINAL = "final"
    OFFER = "offer"


class Outcome(StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"


class BoardColumn(StrEnum):
    """The columns of the Applications board: the stages, then the two ends that are not an offer."""

    APPLIED = "applied"
    SCREEN = "screen"
    INTERVIEW = "interview"
    ONSITE = "onsite"
    FINAL = "final"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Staleness(StrEnum):
    """How long since I last spoke to someone, against the check-in cadence (checkin_min/overdue_days)."""

    FRESH = "fresh"
    DUE = "due"
    OVERDUE = "overdue"
    NEVER = "never"  # no interaction at all


class ContactRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"


class InteractionKind(StrEnum):
    NOTE = "note"
    EMAIL = "email"
    LINKEDIN_MESSAGE = "linkedin_message"
    CONNECTION_REQUEST = "connection_request"
    CALL = "call"
    MEETING = "meeting"
    INTERVIEW = "interview"
    REJECTION = "rejection"
    INTRO_REQUEST = "intro_request"
    JOB_CHANGE = "job_change"


class Direction(StrEnum):
    OUT = "out"
    IN = "in"
    NONE = "none"


class Channel(StrEnum):
    EMAIL = "email"
    LINKEDIN_NOTE = "linkedin_note"
    LINKEDIN_MESSAGE = "linkedin_message"
    PHONE = "phone"
    IN_PERSON = "in_person"
    OTHER = "other"


class SuggestionState(StrEnum):
    """What the user did with a suggestion's key (spec/reconnect-rules.md, "Always")."""

    SNOOZED = "snoozed"
    DISMISSED = "dismissed"
    DONE = "done"


class DetectionKind(StrEnum):
    """What the mail import recognised a message as (spec/cli.md, the ``detected`` list)."""

    REJECTION = "rejection"
    INTERVIEW_INVITATION = "interview_invitation"
    APPLICATION_RECEIVED = "application_received"
    OFFER = "offer"


class DetectionState(StrEnum):
    """A detection waits for the user (pending) until accepted or dismissed."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


class Action(StrEnum):
    """Suggestion actions, in order of precedence (spec/reconnect-rules.md, "Always")."""

    REPLY_TO_REJECTION = "reply_to_rejection"
    REENGAGE_CANDIDATE = "reengage_candidate"
    ASK_ABOUT_OPENING = "ask_about_opening"
    ASK_FOR_INTRO = "ask_for_intro"
    CONGRATULATE_NEW_ROLE = "congratulate_new_role"
    CONNECT_LINKEDIN = "connect_linkedin"
    CHECK_IN = "check_in"


# The values in spec order, for code that iterates or offers choices.
MODES: Final = tuple(Mode)
PERSON_ROLES: Final = tuple(PersonRole)
EDGE_KINDS: Final = tuple(EdgeKind)
EDGE_STRENGTHS: Final = tuple(EdgeStrength)
OPENING_STATUSES: Final = tuple(OpeningStatus)
STAGES: Final = tuple(Stage)
OUTCOMES: Final = tuple(Outcome)
BOARD_COLUMNS: Final = tuple(BoardColumn)
CONTACT_ROLES: Final = tuple(ContactRole)
INTERACTION_KINDS: Final = tuple(InteractionKind)
DIRECTIONS: Final = tuple(Direction)
CHANNELS: Final = tuple(Channel)
SUGGESTION_STATES: Final = tuple(SuggestionState)
ACTIONS: Final = tuple(Action)
DETECTION_KINDS: Final = tuple(DetectionKind)

# Kinds that are records, not touches: they never move a timer and have no direction of their own.
UNDIRECTED_KINDS: Final = frozenset({InteractionKind.NOTE, InteractionKind.JOB_CHANGE})

# The channel an interaction of a kind usually travels on (a kind not listed has none: notes, records,
# intro requests). A rejection arrives by e-mail: the archive format's own example records it so, and the
# mail import recognises rejections in e-mail.
CHANNEL_OF_KIND: Final[dict[str, Channel]] = {
    InteractionKind.EMAIL: Channel.EMAIL,
    InteractionKind.LINKEDIN_MESSAGE: Channel.LINKEDIN_MESSAGE,
    InteractionKind.CONNECTION_REQUEST: Channel.LINKEDIN_NOTE,
    InteractionKind.CALL: Channel.PHONE,
    InteractionKind.MEETING: Channel.IN_PERSON,
    InteractionKind.INTERVIEW: Channel.IN_PERSON,
    InteractionKind.REJECTION: Channel.EMAIL,
}

# The kind "done" records for a suggestion sent over a channel ("kind from the channel",
# spec/reconnect-rules.md). It must be a touch (done "moves every timer"), so `other` (no address
# known: the user found some way) records an e-mail, the message the drafts are written as; the
# interaction keeps channel `other`, which says how it really went.
KIND_OF_CHANNEL: Final[dict[str, InteractionKind]] = {
    Channel.EMAIL: InteractionKind.EMAIL,
    Channel.LINKEDIN_NOTE: InteractionKind.CONNECTION_REQUEST,
    Channel.LINKEDIN_MESSAGE: InteractionKind.LINKEDIN_MESSAGE,
    Channel.PHONE: InteractionKind.CALL,
    Channel.IN_PERSON: InteractionKind.MEETING,
    Channel.OTHER: InteractionKind.EMAIL,
}


def default_channel(kind: str) -> Channel | None:
    """The channel an interaction of this kind usually travels on (None for notes and records)."""
    return CHANNEL_OF_KIND.get(kind)


class SuggestionKey(NamedTuple):  # NamedTuple: cheaper to define than a dataclass (README, Start-up)
    """A suggestion's key, ``action/person/opening`` (opening empty where none; spec/reconnect-rules.md).

    ``person`` and ``opening`` are ids as text: database ids in the database, the archive's own ids
    (``p1``, ``o7``) in an archive.
    """

    action: str
    person: str
    opening: str = ""

    @classmethod
    def parse(cls, text: str) -> SuggestionKey:
        """The key written as ``text``; ValueError unless it has three parts and a person."""
        parts = text.split("/")
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise ValueError(f"{text!r} is not a suggestion key (action/person/opening)")
        return cls(*parts)

    @classmethod
    def of(cls, action: str, person_id: int, opening_id: int | None = None) -> SuggestionKey:
        return cls(action, str(person_id), "" if opening_id is None else str(opening_id))

    def format(self) -> str:
        return f"{self.action}/{self.person}/{self.opening}"

    def with_ids(self, person: str, opening: str) -> SuggestionKey:
        """The same action for another person and opening (ids from another numbering)."""
        return SuggestionKey(self.action, person, opening)

    @property
    def person_id(self) -> int | None:
        """The person as a database id (None when it is not a number)."""
        return int(self.person) if self.person.isdigit() else None

    @property
    def opening_id(self) -> int | None:
        return int(self.opening) if self.opening.isdigit() else None


def suggestion_key(action: str, person_id: int, opening_id: int | None) -> str:
    """``SuggestionKey.of(action, person_id, opening_id).format()``, without the object (the plan makes many)."""
    return f"{action}/{person_id}/{'' if opening_id is None else opening_id}"


# Settings that are text, not numbers (core.settings.get_text / set_text), by key.
LINKEDIN_ME: Final = "linkedin_me"
"""Who the account owner of a LinkedIn export is, as the user said once: a full name or a profile URL."""
TEXT_SETTINGS: Final = (LINKEDIN_ME,)

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
ACTION_LABELS: Final[dict[str, str]] = {
    Action.REPLY_TO_REJECTION: "Reply to the rejection",
    Action.REENGAGE_CANDIDATE: "Re-engage a candidate",
    Action.ASK_ABOUT_OPENING: "Ask about a new opening",
    Action.ASK_FOR_INTRO: "Ask for an introduction",
    Action.CONGRATULATE_NEW_ROLE: "Congratulate on the new role",
    Action.CONNECT_LINKEDIN: "Connect on LinkedIn",
    Action.CHECK_IN: "Check in",
}
KIND_LABELS: Final[dict[str, str]] = {
    InteractionKind.NOTE: "Note",
    InteractionKind.EMAIL: "E-mail",
    InteractionKind.LINKEDIN_MESSAGE: "LinkedIn message",
    InteractionKind.CONNECTION_REQUEST: "Connection request",
    InteractionKind.CALL: "Call",
    InteractionKind.MEETING: "Meeting",
    InteractionKind.INTERVIEW: "Interview",
    InteractionKind.REJECTION: "Rejection",
    InteractionKind.INTRO_REQUEST: "Intro request",
    InteractionKind.JOB_CHANGE: "Job change",
}
ROLE_LABELS: Final[dict[str, str]] = {
    PersonRole.RECRUITER: "Recruiter",
    PersonRole.HIRING_MANAGER: "Hiring manager",
    PersonRole.INTERVIEWER: "Interviewer",
    PersonRole.CANDIDATE: "Candidate",
    PersonRole.REFERRER: "Referrer",
    PersonRole.PEER: "Peer",
    PersonRole.OTHER: "Other",
}
DIRECTION_LABELS: Final[dict[str, str]] = {
    Direction.OUT: "I reached them",
    Direction.IN: "They reached me",
    Direction.NONE: "No direction",
}
CHANNEL_LABELS: Final[dict[str, str]] = {
    Channel.EMAIL: "E-mail",
    Channel.LINKEDIN_NOTE: "LinkedIn connection note",
    Channel.LINKEDIN_MESSAGE: "LinkedIn message",
    Channel.PHONE: "Phone",
    Channel.IN_PERSON: "In person",
    Channel.OTHER: "Other",
}
