"""relevance(): title similarity after cleaning, or keyword overlap |A∩B|/|A| (A = the opening's keywords)."""

from __future__ import annotations

import pytest

from desktop.core.reconnect.relevance import clean_title, relevance

TARGET = ["Data Analyst"]


def test_a_senior_version_of_the_target_role_is_relevant() -> None:
    assert relevance("Senior Data Analyst", [], TARGET, []) >= 0.9


def test_an_unrelated_role_is_not() -> None:
    assert relevance("Office Manager", [], TARGET, []) < 0.5


@pytest.mark.parametrize(
    "title",
    ["Senior Data Analyst", "Sr. Data Analyst", "Junior Data Analyst", "Jr Data Analyst", "Lead Data Analyst",
     "Principal Data Analyst", "Staff Data Analyst", "Head Data Analyst", "Data Analyst II", "Data Analyst III",
     "Data Analyst IV", "Data Analyst I", "Data Analyst Intern", "SENIOR DATA ANALYST"],
)  # fmt: skip
def test_seniority_words_are_dropped(title: str) -> None:
    assert clean_title(title) == "data analyst"
    assert relevance(title, [], TARGET, []) == 1.0
    assert relevance("Data Analyst", [], [title], []) == 1.0


@pytest.mark.parametrize("title", ["Data-Analyst", "Data Analyst!", "(Data) Analyst", "Data/Analyst", "data, analyst."])
def test_punctuation_is_ignored(title: str) -> None:
    assert clean_title(title) == "data analyst"
    assert relevance(title, [], TARGET, []) == 1.0


def test_seniority_words_inside_other_words_stay() -> None:
    assert clean_title("Leading Staffing Intern Ship") == "leading staffing ship"


def test_the_best_title_counts() -> None:
    assert relevance("Data Analyst", [], ["Office Manager", "Data Analyst"], []) == 1.0
    assert relevance("Data Analyst", [], ["Office Manager"], []) < 0.5


def test_no_titles_and_no_keywords_is_zero() -> None:
    assert relevance("Data Analyst", [], [], []) == 0.0


def test_keyword_overlap_is_the_share_of_the_openings_keywords() -> None:
    assert relevance("Office Manager", ["sql", "python", "tableau"], TARGET, ["sql", "python"]) == pytest.approx(2 / 3)


def test_keyword_overlap_is_measured_against_the_opening_side() -> None:
    assert relevance("Office Manager", ["sql"], TARGET, ["sql", "python", "excel", "r"]) == 1.0
    assert relevance("Office Manager", ["sql", "python", "excel", "r"], [], ["sql"]) == 0.25  # no title to score


def test_keyword_overlap_beats_a_weaker_title_score() -> None:
    """ "Office Manager" against the target "Data Analyst" scores 4/13 on the title; half the keywords win over it."""
    assert relevance("Office Manager", [], TARGET, []) == pytest.approx(4 / 13)
    assert relevance("Office Manager", ["sql", "python", "excel", "r"], TARGET, ["sql", "python"]) == 0.5


def test_keyword_overlap_is_case_insensitive() -> None:
    assert relevance("Office Manager", ["SQL", "Python"], [], ["sql", "PYTHON"]) == 1.0


def test_keywords_match_without_case_as_unicode_defines_it() -> None:
    """German keywords typed in capitals: "STRASSE" is "Straße", "MASS" is "Maß" (lower-casing alone keeps the ß)."""
    assert relevance("Sachbearbeiter", ["Straße", "Maß"], [], ["STRASSE", "MASS"]) == 1.0
    assert relevance("Sachbearbeiter", ["Straße", "Maß"], [], ["strasse"]) == 0.5


def test_keywords_need_both_sides() -> None:
    assert relevance("Office Manager", [], TARGET, ["sql"]) == relevance("Office Manager", [], TARGET, [])
    assert relevance("Office Manager", ["sql"], TARGET, []) == relevance("Office Manager", [], TARGET, [])


def test_the_higher_of_title_and_keywords_wins() -> None:
    title_only = relevance("Data Analyst", [], TARGET, [])
    assert relevance("Data Analyst", ["sql", "python"], TARGET, ["java"]) == title_only == 1.0
    assert relevance("Office Manager", ["sql", "python"], TARGET, ["sql", "python"]) == 1.0


@pytest.mark.parametrize("title", ["Data Analyst", "Office Manager", "Senior", "", "Data Manager", "BI Analyst"])
def test_scores_stay_within_zero_and_one(title: str) -> None:
    assert 0.0 <= relevance(title, ["a"], TARGET + ["Senior"], ["a", "b"]) <= 1.0
    assert 0.0 <= relevance(title, [], TARGET, []) <= 1.0


def test_title_similarity_is_rapidfuzz_token_set_ratio() -> None:
    """'Data Manager' vs 'Data Analyst': token_set_ratio 66.67 → 0.6667."""
    assert relevance("Data Manager", [], TARGET, []) == pytest.approx(2 / 3)


def test_a_blank_keyword_from_an_archive_counts_for_nothing() -> None:
    # an archive's opening may carry " " as a keyword (its schema asks one character); the overlap is of words
    assert relevance("Office Manager", ["SQL", " "], TARGET, ["sql"]) == 1.0
