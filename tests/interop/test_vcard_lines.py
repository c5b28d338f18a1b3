"""The vCard content-line reader and writer (desktop/interop/vcard_lines.py): every text property keeps its commas,
semicolons and backslashes, escaped or not; vCard 2.1's quoted-printable, CHARSET, bare types and unfolded base64;
every kind of line end; a line that is no property drops only itself."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import people
from desktop.interop import vcard, vcard_lines

NOW = datetime(2026, 3, 1, 12, 0)


def _one(body: str, version: str = "3.0") -> vcard_lines.Card:
    [card] = vcard_lines.read_cards(f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n".encode(), "x.vcf")
    return card


def _contact(body: str) -> vcard.Contact:
    contact, _version, _left = vcard.contact_of(_one("FN:Someone\r\n" + body if "FN:" not in body else body))
    return contact


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("FN:Mr. John Richter, James Doe Sr.", "name", "Mr. John Richter, James Doe Sr."),  # unescaped comma
        ("FN:Richter\\, James", "name", "Richter, James"),
        ("FN:Back\\\\slash", "name", "Back\\slash"),
        ("TITLE:Director, Research", "title", "Director, Research"),
        ("TITLE:Director\\, Research\\; Europe", "title", "Director, Research; Europe"),
        ("TITLE:Director; Research", "title", "Director; Research"),  # unescaped semicolon in a text
        ("NOTE:one, two; three \\\\ four\\nfive", "notes", "one, two; three \\ four\nfive"),
        ("NOTE:a\\,b\\;c", "notes", "a,b;c"),
        ("ORG:Ballard\\; Partners, Inc.", "company", "Ballard; Partners, Inc."),  # ORG: commas are text
        ("ORG:Smith\\\\Jones", "company", "Smith\\Jones"),
        ("URL:http\\://www.linkedin.com/in/ann-x", "linkedin_url", "https://www.linkedin.com/in/ann-x"),
        ("X-SOCIALPROFILE;type=linkedin:https\\://linkedin.com/in/ann", "linkedin_url", "https://linkedin.com/in/ann"),
        ("ADR:;;;Frankfurt\\, Main;;;Germany", "location", "Frankfurt, Main, Germany"),
        ("TEL;WORK;VOICE:+49 69 1234", "phone", "+49 69 1234"),
    ],
)
def test_every_text_property_keeps_its_commas_semicolons_and_backslashes(line: str, field: str, expected: str) -> None:
    assert getattr(_contact(line + "\r\n"), field) == expected


def test_n_and_categories_split_at_what_is_not_escaped() -> None:
    contact = _contact("N:Doe\\, Jr.;Anna,Lena;;;\r\nCATEGORIES:a\\,b,c\\\\d,e\r\n")
    assert (contact.first_name, contact.last_name) == ("Anna Lena", "Doe, Jr.")
    assert contact.tags == ["a,b", "c\\d", "e"]


def test_quoted_printable_with_soft_breaks_and_charsets() -> None:
    card = _one(
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\nller\r\n"
        "TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Gesch=E4ftsf=FChrer=\r\nin\r\n"
        "NOTE;QUOTED-PRINTABLE;CHARSET=Windows-1252:Line one=0D=0ALine =80 two\r\n",
        "2.1",
    )
    contact, version, left = vcard.contact_of(card)
    assert (contact.name, contact.title, version) == ("Jürgen Müller", "Geschäftsführerin", "2.1")
    assert contact.notes == "Line one\nLine € two"
    assert left == []


def test_bare_types_and_pref_choose_the_email_and_phone() -> None:
    contact = _contact(
        "TEL;HOME;VOICE:+1 555 0100\r\nTEL;WORK;PREF:+1 555 0199\r\nEMAIL;INTERNET:home@x.example\r\n"
        "EMAIL;PREF;INTERNET:work@x.example\r\n"
    )
    assert (contact.email, contact.phone) == ("work@x.example", "+1 555 0199")
    assert contact.notes == "Other e-mail addresses: home@x.example\nOther phone numbers: +1 555 0100"


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r", "\r\r\n"])
def test_every_line_end_with_folding(end: str) -> None:
    text = end.join(["BEGIN:VCARD", "VERSION:3.0", "FN:Ann", "NOTE:one wo", " rd and", "\tthe rest", "END:VCARD", ""])
    [card] = vcard_lines.read_cards(text.encode(), "x.vcf")
    contact, _, _ = vcard.contact_of(card)
    assert (contact.name, contact.notes) == ("Ann", "one word andthe rest")
    assert [p.line for p in card.properties] == [2, 3, 4]


def test_a_2_1_base64_photo_over_several_lines_ends_at_the_empty_line() -> None:
    card = _one("FN:Ann\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\r\nSkZJRgABAQ\r\nAAAQABAAD=\r\n\r\nTITLE:CEO\r\n", "2.1")
    contact, _, left = vcard.contact_of(card)
    assert contact.title == "CEO"
    assert left == [(4, "PHOTO", "left out: Rebound keeps no pictures, sounds or keys")]


def test_a_line_that_is_no_property_drops_only_itself_with_its_line() -> None:
    card = _one("FN:Ann\r\n:::\r\nnot a property\r\nTITLE:CEO\r\n")
    contact, _, left = vcard.contact_of(card)
    assert (contact.name, contact.title) == ("Ann", "CEO")
    assert [(line, reason) for line, _, reason in left] == [
        (4, "not a property (no NAME: before the value)"),
        (5, "not a property (no NAME: before the value)"),
    ]


def test_quoted_parameters_may_hold_colons_and_semicolons() -> None:
    card = _one('FN:Ann\r\nEMAIL;TYPE="work;x:y";LABEL="a:b":ann@x.example\r\n')
    assert card.first("EMAIL") is not None and card.first("EMAIL").value == "ann@x.example"  # type: ignore[union-attr]


def test_escape_and_fold_write_what_the_reader_reads() -> None:
    text = "Zoë, Müller; \\ back\nnext line " + "€" * 40
    line = "NOTE:" + vcard_lines.escape_text(text)
    folded = vcard_lines.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    [card] = vcard_lines.read_cards(f"BEGIN:VCARD\r\nFN:A\r\n{folded}END:VCARD\r\n".encode(), "x.vcf")
    assert vcard_lines.text_value(card.all("NOTE")[0].value) == text


def test_an_email_only_contact_is_named_by_its_address_until_a_later_import_names_it(
    db: object, tmp_path: Path
) -> None:
    first = tmp_path / "only.vcf"
    first.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:ann@acme.example\r\nEND:VCARD\r\n", encoding="utf-8")
    vcard.run(first, now=NOW)
    pid = people.find_person("ann@acme.example")
    assert people.get_person(pid).name == "ann@acme.example"
    named = tmp_path / "named.csv"
    named.write_text("First Name,Last Name,E-mail Address,Company\r\nAnn,Archer,ann@acme.example,Acme\r\n", "utf-8")
    from desktop.interop import csv_people

    summary = csv_people.run(named, now=NOW)
    assert (summary.created, summary.updated) == (0, 1)
    ann = people.get_person(pid)
    assert (ann.name, ann.first_name, ann.company) == ("Ann Archer", "Ann", "Acme")
    assert people.find_person("Ann Archer") == pid  # the sort key follows the name
    again = csv_people.run(first.with_name("named.csv"), now=NOW)
    assert (again.updated, again.unchanged) == (0, 1)
    vcard.run(first, now=NOW)  # the address-only card again: it names no one, so it renames no one
    assert people.get_person(pid).name == "Ann Archer"


def test_a_linkedin_connection_with_the_address_names_the_contact(db: object, tmp_path: Path) -> None:
    from desktop.interop import linkedin

    only = tmp_path / "only.vcf"
    only.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:marta@globex.example\r\nEND:VCARD\r\n", encoding="utf-8")
    vcard.run(only, now=NOW)
    connections = tmp_path / "Connections.csv"
    connections.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "Marta,Kowalczyk,https://www.linkedin.com/in/marta-k,marta@globex.example,Globex,CTO,01 Feb 2026\r\n",
        encoding="utf-8",
    )
    linkedin.run(connections, now=NOW)
    marta = people.get_person(people.find_person("marta@globex.example"))
    assert (marta.name, marta.linkedin_url, marta.title) == (
        "Marta Kowalczyk", "https://www.linkedin.com/in/marta-k", "CTO",
    )  # fmt: skip
