"""The CSV column guesses: one table in interop, read by `rebound import csv` and the import wizard alike."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.interop import csv_people


@pytest.mark.parametrize(
    ("column", "field"),
    [("Full Name", "name"), ("E-Mail", "email"), ("e_mail_1", "email"), ("Vorname", "first_name"),
     ("LinkedIn URL", "linkedin_url"), ("Organisation", "company"), ("Job Title", "title"), ("City", "location"),
     ("Connected On", "connected_on"), ("Bemerkung", None), ("Arbeitgeber", None)],
)  # fmt: skip
def test_a_column_name_suggests_a_field(column: str, field: str | None) -> None:
    assert csv_people.guess_field(column) == field


def test_a_guess_outside_the_fields_on_offer_is_no_guess() -> None:
    assert csv_people.guess_field("Mail", ("name", "company")) is None


def test_the_guessed_mapping_lists_the_columns_in_order() -> None:
    assert csv_people.guess_mapping(["Org", "Notiz", "Mail", "Name"]) == {"Org": "company", "Mail": "email",
                                                                          "Name": "name"}  # fmt: skip


def test_reading_with_guesses_needs_a_name_column(tmp_path: Path) -> None:
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Mail,Org\nann@acme.example,Acme\n", encoding="utf-8")
    assert csv_people.read_csv(nameless, guess=True).mapping is None
    named = tmp_path / "named.csv"
    named.write_text("Name,Mail\nAnn Good,ann@acme.example\n", encoding="utf-8")
    assert csv_people.read_csv(named).mapping is None  # the wizard asks the user instead
    parsed = csv_people.read_csv(named, guess=True)
    assert parsed.mapping is not None
    assert [(c.name, c.email) for c in parsed.contacts] == [("Ann Good", "ann@acme.example")]
    assert csv_people.preview(named, now=datetime(2026, 3, 2, 9, 0)).needs_mapping is True
