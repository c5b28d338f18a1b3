"""One valid e-mail address (``normalize.is_email``), the same wherever an address comes in or goes out: the person
form, a mail link, a Google/Outlook CSV, a vCard and LinkedIn's Connections.csv all keep or refuse the same ones."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import links, people
from desktop.core.normalize import is_email
from desktop.errors import InputError
from desktop.interop import csv_people, linkedin, vcard

NOW = datetime(2026, 3, 1, 12, 0)

VALID = [
    "tom@acme.example",
    "Tom.Weber+crm@acme-gmbh.example",
    "o'neil@mail.example",
    "zoë@acme.example",  # letters beyond ASCII before the @
    "ann@mail.acme.co",
    "a@b.io",
    "x_1@x-1.example",
]
INVALID = [
    "",
    "tom",
    "tom@",
    "@acme.example",
    "tom@acme",  # no dot in the host
    "tom@acme.c",  # a one-letter top-level domain
    "tom@acme.123",  # a top-level domain of digits
    "tom at acme.example",
    "tom@@acme.example",
    "tom@acme@mail.example",
    "tom@ acme.example",
    " tom@acme.example",  # the text as given: callers trim it first
    "tom@acme.example\n",
    "<tom@acme.example>",
    "Tom <tom@acme.example>",
    '"tom"@acme.example',
    "tom(work)@acme.example",
    "a@b.example,c@d.example",
    "a@b.example;c@d.example",
    "tom:x@acme.example",
    "tom@-acme.example",
    "tom@acme-.example",
    "tom@bücher.example",  # a host beyond ASCII: no mail link could be made to it
    "tom@acme.example?bcc=spy.example",
]


@pytest.mark.parametrize("address", VALID)
def test_an_e_mail_address_is_valid(address: str) -> None:
    assert is_email(address)


@pytest.mark.parametrize("address", INVALID)
def test_text_that_is_not_one_plain_address_is_not_valid(address: str) -> None:
    assert not is_email(address)


def test_none_is_not_an_address() -> None:
    assert not is_email(None)


# Addresses as they arrive trimmed from a form or a file, valid or not; each place must agree with is_email.
TRIMMED = [a for a in VALID + INVALID if a and a == a.strip()]


@pytest.mark.parametrize("address", TRIMMED)
def test_the_person_form_takes_exactly_the_valid_addresses(db: object, address: str) -> None:
    if is_email(address):
        pid = people.create_person({"name": "Ann Good", "email": address}).value
        assert people.get_person(pid).email == address
    else:
        with pytest.raises(InputError, match="is not valid"):
            people.create_person({"name": "Ann Good", "email": address})
        assert people.count_people() == 0


@pytest.mark.parametrize("address", TRIMMED)
def test_a_mail_link_is_made_to_exactly_the_valid_addresses(address: str) -> None:
    url = links.mail_url(address, "Hi")
    assert (url is not None) == is_email(address)
    if url is not None:
        assert links.safe_url(url) == url


def _csv(rows: list[list[str]], preamble: str = "") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return preamble + buffer.getvalue()


@pytest.mark.parametrize("address", TRIMMED)
def test_a_contacts_csv_keeps_exactly_the_valid_addresses_as_the_e_mail(
    db: object, tmp_path: Path, address: str
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(_csv([["Name", "E-mail 1 - Value"], ["Ann Good", address]]), encoding="utf-8")
    assert csv_people.run(path, now=NOW).created == 1
    ann = people.get_person(people.find_person("Ann Good"))
    if is_email(address):
        assert (ann.email, ann.notes) == (address, None)
    else:  # nothing is lost: the text is kept in the notes
        assert (ann.email, ann.notes) == (None, f"Other e-mail addresses: {address}")


@pytest.mark.parametrize(
    "address", ["tom@acme.example", "Tom.Weber+crm@acme-gmbh.example", "tom@acme", "tom at acme.example"]
)
def test_a_vcard_keeps_exactly_the_valid_addresses_as_the_e_mail(db: object, tmp_path: Path, address: str) -> None:
    path = tmp_path / "ann.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Good\r\nEMAIL:{address}\r\nEND:VCARD\r\n", encoding="utf-8")
    assert vcard.run(path, now=NOW).created == 1
    ann = people.get_person(people.find_person("Ann Good"))
    if is_email(address):
        assert (ann.email, ann.notes) == (address, None)
    else:
        assert (ann.email, ann.notes) == (None, f"Other e-mail addresses: {address}")


@pytest.mark.parametrize("address", TRIMMED)
def test_linkedin_connections_keep_exactly_the_valid_addresses(db: object, tmp_path: Path, address: str) -> None:
    path = tmp_path / "Connections.csv"
    rows = [
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        ["Ann", "Good", "https://www.linkedin.com/in/ann-good", address, "", "", "14 Feb 2026"],
    ]
    path.write_text(_csv(rows), encoding="utf-8")
    summary = linkedin.run(path, now=NOW)
    ann = people.get_person(people.find_person("https://www.linkedin.com/in/ann-good"))
    if is_email(address):
        assert (summary.created, ann.email, summary.errors) == (1, address, [])
    else:
        assert (summary.created, ann.email) == (1, None)
        assert summary.errors == [f"Connections.csv: line 2: e-mail {address!r} is not valid; left out"]
