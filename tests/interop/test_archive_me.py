"""``me`` in the archive: name, mode, language, target roles, keywords and my own addresses come in and go out."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.profile import get_profile, my_emails
from desktop.errors import InputError
from desktop.interop.archive import FORMAT, VERSION, export_document, import_document


def _document(me: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "me": me}


def test_me_is_imported_into_the_profile_and_exported_again(db: object) -> None:
    me = {
        "name": "Jana Berg", "mode": "job_seeker", "language": "de", "target_roles": ["Data Analyst"],
        "keywords": ["sql", "python"], "emails": ["jana.berg@example.org", "jana@work.example"],
    }  # fmt: skip
    import_document(_document(me))
    profile = get_profile()
    assert (profile.name, profile.language, profile.target_roles, profile.keywords) == (
        "Jana Berg", "de", ["Data Analyst"], ["sql", "python"],
    )  # fmt: skip
    assert profile.emails == ["jana.berg@example.org", "jana@work.example"]
    assert export_document()["me"] == me


def test_my_addresses_are_added_to_the_ones_kept_without_repeats(db: object) -> None:
    import_document(_document({"emails": ["jana@work.example"]}))
    import_document(_document({"emails": ["JANA@work.example", "jana.berg@example.org"]}))
    assert my_emails() == ["jana@work.example", "jana.berg@example.org"]


def test_an_address_that_is_not_one_is_an_error_naming_it_and_nothing_is_written(db: object) -> None:
    with pytest.raises(InputError, match="me field emails: e-mail address 'jana at home' is not an e-mail address"):
        import_document(_document({"name": "Jana", "emails": ["jana@work.example", "jana at home"]}))
    assert my_emails() == []
    assert get_profile().name == ""
