"""A database with the people the mail fixtures write to and from (tests/data/mail/make_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.people import create_person
from desktop.core.profile import add_my_emails

MAIL = Path(__file__).parents[2] / "data" / "mail"


@pytest.fixture
def mail_db(db: object, utc: None) -> Iterator[dict[str, int]]:
    """Tom Weber (Acme GmbH) and Eva Klein (Nordwind AG, recruiter); my address jana.berg@example.org."""
    tom = create_person({"name": "Tom Weber", "email": "tom@acme.example", "company": "Acme GmbH"}).value
    eva = create_person(
        {"name": "Eva Klein", "email": "Eva.Klein@nordwind.example", "company": "Nordwind AG", "role": "recruiter"}
    ).value
    add_my_emails(["jana.berg@example.org"])
    yield {"tom": tom, "eva": eva}
