"""The labels of the vocabularies (``desktop/vocab.py``) as the interface shows them, marked for translation.

The vocabularies stay English in core; the interface translates a label where it shows it (``tr(label, VOCABULARY)``,
through ``kit/formatting.py``'s label functions). A test keeps this list equal to the vocabularies.
"""

from __future__ import annotations

from desktop.gui.kit.i18n import VOCABULARY, tr_noop

LABELS = (  # vocab's *_LABELS tables
    tr_noop("Reply to the rejection", VOCABULARY),
    tr_noop("Re-engage a candidate", VOCABULARY),
    tr_noop("Ask about a new opening", VOCABULARY),
    tr_noop("Ask for an introduction", VOCABULARY),
    tr_noop("Congratulate on the new role", VOCABULARY),
    tr_noop("Connect on LinkedIn", VOCABULARY),
    tr_noop("Check in", VOCABULARY),
    tr_noop("Note", VOCABULARY),
    tr_noop("E-mail", VOCABULARY),
    tr_noop("LinkedIn message", VOCABULARY),
    tr_noop("Connection request", VOCABULARY),
    tr_noop("Call", VOCABULARY),
    tr_noop("Meeting", VOCABULARY),
    tr_noop("Interview", VOCABULARY),
    tr_noop("Rejection", VOCABULARY),
    tr_noop("Intro request", VOCABULARY),
    tr_noop("Job change", VOCABULARY),
    tr_noop("Recruiter", VOCABULARY),
    tr_noop("Hiring manager", VOCABULARY),
    tr_noop("Interviewer", VOCABULARY),
    tr_noop("Candidate", VOCABULARY),
    tr_noop("Referrer", VOCABULARY),
    tr_noop("Peer", VOCABULARY),
    tr_noop("Other", VOCABULARY),
    tr_noop("I reached them", VOCABULARY),
    tr_noop("They reached me", VOCABULARY),
    tr_noop("No direction", VOCABULARY),
    tr_noop("LinkedIn connection note", VOCABULARY),
    tr_noop("Phone", VOCABULARY),
    tr_noop("In person", VOCABULARY),
)
WORDS = (  # vocabularies shown by word_label (stages, outcomes, edge kinds, opening states)
    tr_noop("Knows", VOCABULARY),
    tr_noop("Worked with", VOCABULARY),
    tr_noop("Referred", VOCABULARY),
    tr_noop("Family", VOCABULARY),
    tr_noop("Applied", VOCABULARY),
    tr_noop("Screen", VOCABULARY),
    tr_noop("Onsite", VOCABULARY),
    tr_noop("Final", VOCABULARY),
    tr_noop("Offer", VOCABULARY),
    tr_noop("Pending", VOCABULARY),
    tr_noop("Rejected", VOCABULARY),
    tr_noop("Withdrawn", VOCABULARY),
    tr_noop("Open", VOCABULARY),
    tr_noop("Closed", VOCABULARY),
    tr_noop("weak", VOCABULARY),
    tr_noop("medium", VOCABULARY),
    tr_noop("strong", VOCABULARY),
)
