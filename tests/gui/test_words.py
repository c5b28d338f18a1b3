"""One date style, one quote style, relevance as words: how the engine's facts read on screen."""

from __future__ import annotations

from datetime import date

from desktop.gui.kit.suggestion_text import due_short, due_text, match_words, readable, relevance_sentence


def test_the_engines_facts_read_in_the_apps_date_and_quote_style() -> None:
    assert readable("Tom turned you down for 'Data Analyst' at Acme on 2026-03-01") == (
        "Tom turned you down for ‘Data Analyst’ at Acme on 1 Mar 2026",
        None,
    )
    assert readable("James O'Connor wrote on 2026-11-27; best by 2026-11-29") == (
        "James O'Connor wrote on 27 Nov 2026; best by 29 Nov 2026",  # an apostrophe is not a quote
        None,
    )


def test_relevance_reads_as_words_with_the_number_in_the_tooltip() -> None:
    assert readable("Acme posted 'BI Analyst' on 2026-03-02 (relevance 0.62)") == (
        "Acme posted ‘BI Analyst’ on 2 Mar 2026 (partial match)",
        "Relevance 0.62 of 1",
    )
    assert [match_words(score) for score in (1.0, 0.8, 0.79, 0.5, 0.49)] == [
        "strong match", "strong match", "partial match", "partial match", "weak match",
    ]  # fmt: skip
    assert relevance_sentence("Relevance to you: 0.44 (threshold 0.50)") == "Relevance to you: weak match"


def test_one_word_for_a_suggestion_past_its_day() -> None:
    today = date(2026, 3, 2)
    assert due_short(date(2026, 2, 27), False, today) == "Overdue, 3 days"  # not yet "overdue" to the engine
    assert due_text(date(2026, 2, 27), False, today) == "Overdue: due 27 Feb 2026, 3 days ago"
    assert [due_short(date(2026, 3, day), False, today) for day in (2, 3, 9)] == [
        "Due today", "Due tomorrow", "Due in 7 days",
    ]  # fmt: skip


def test_dates_read_in_the_users_locale_and_english_stays_day_month_year() -> None:
    from collections.abc import Iterator
    from contextlib import contextmanager
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from desktop.gui.kit.formatting import format_date, format_datetime

    @contextmanager
    def locale(language: QLocale.Language) -> Iterator[None]:
        before = QLocale()
        QLocale.setDefault(QLocale(language))
        try:
            yield
        finally:
            QLocale.setDefault(before)

    with locale(QLocale.Language.German):
        assert format_date(date(2026, 11, 27)) == "27. Nov. 2026"
        assert format_date(date(2026, 5, 2)) == "2. Mai 2026"  # not shortened: no full stop
        assert format_datetime(datetime(2026, 3, 1, 9, 30)) == "1. März 2026, 09:30"
        assert readable("Tom wrote on 2026-11-27")[0] == "Tom wrote on 27. Nov. 2026"
    with locale(QLocale.Language.English):
        assert format_date(date(2026, 11, 27)) == "27 Nov 2026"
        assert format_datetime(datetime(2026, 3, 1, 9, 30)) == "1 Mar 2026, 09:30"
    assert format_date(None) == ""
