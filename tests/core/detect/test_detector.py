"""The detector: its corpus held to the budget, and the reasons a user reads."""

from __future__ import annotations

from desktop.core.detect import detect
from desktop.vocab import DetectionKind
from tests.detect_corpus import corpus, evaluate


def test_the_corpus_has_at_least_200_labelled_messages_with_hard_negatives() -> None:
    rows = corpus()
    assert len(rows) >= 200
    assert sum(row["label"] == "none" for row in rows) >= 80


def test_rejections_and_invitations_meet_the_precision_and_recall_budget() -> None:
    scores, mistakes = evaluate(corpus())
    for kind in ("rejection", "interview_invitation"):
        assert scores[kind].precision >= 0.97, (kind, mistakes)
        assert scores[kind].recall >= 0.90, (kind, mistakes)


def test_no_negative_of_the_held_out_part_is_taken_for_a_step() -> None:
    scores, mistakes = evaluate(corpus("held_out"))
    assert [m for m in mistakes if m[1] == "none"] == []


def test_a_german_rejection_names_the_phrases_that_made_it_one() -> None:
    finding = detect(
        "Ihre Bewerbung als BI Analyst",
        "Sehr geehrte Frau Berg,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
        "Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen",
    )
    assert finding is not None
    assert finding.kind == DetectionKind.REJECTION
    assert finding.why == ("'leider … nicht berücksichtigen'", "'nach sorgfältiger Prüfung'", "'leider'")
    assert finding.confidence == 0.85  # 1 − (1 − 0.75)(1 − 0.3)(1 − 0.15) = 0.85125


def test_a_rescheduled_meeting_is_no_rejection() -> None:
    assert detect("Meeting moved", "Unfortunately the meeting moves to Thursday. We regret to inform you.") is None


def test_a_quoted_rejection_in_my_reply_is_not_read() -> None:
    text = (
        "Thanks for letting me know!\n\nOn Mon, 2 Nov 2026, Eva wrote:\n"
        "> we have decided to move forward with other candidates"
    )
    assert detect("Re: Your application", text) is None


def test_an_offer_wins_over_the_thank_you_it_also_says() -> None:
    finding = detect("Offer", "Thank you for your application. We are delighted to offer you the role of BI Analyst.")
    assert finding is not None and finding.kind == DetectionKind.OFFER
