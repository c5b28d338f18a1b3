"""Names split into given and family names for a vCard's N (core.person_values.given_and_family), and a person
known only by their address (named_by_address)."""

from __future__ import annotations

import pytest

from desktop.core.person_values import given_and_family, named_by_address


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Jürgen Müller, PhD", "Jürgen", "Müller"),  # a suffix is no family name
        ("Dr. Anna-Lena von der Heide", "Anna-Lena", "von der Heide"),  # a title goes, the particles stay
        ("Ng Wei Ming", "Wei Ming", "Ng"),  # a family name written first
        ("María José García Pérez", "María José", "García Pérez"),  # two given names, two family names
        ("Ada Lovelace", "Ada", "Lovelace"),
        ("Mary Ann Smith", "Mary Ann", "Smith"),
        ("Prince", "", "Prince"),  # one word: all of it is the family name
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Martin Luther King Jr.", "Martin Luther", "King"),
    ],
)
def test_a_name_splits_into_given_and_family_names(name: str, given: str, family: str) -> None:
    assert given_and_family(name) == (given, family)


def test_a_name_that_is_the_address_is_no_name() -> None:
    assert named_by_address("Tom@Acme.example", "tom@acme.example")
    assert not named_by_address("Tom Weber", "tom@acme.example")
    assert not named_by_address("tom@acme.example", None)
