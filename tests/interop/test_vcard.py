"""vCard 3.0 and 4.0 in and out: several e-mails, phones and URLs, LinkedIn among them, tags, folding, non-ASCII."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import vobject

from desktop.core import people
from desktop.core.timeline import timeline
from desktop.errors import InputError
from desktop.interop import vcard
from desktop.interop.archive import dumps, export_document
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import Person

NOW = datetime(2026, 3, 1, 12, 0)

CARDS_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Zoë Lefèvre-Martin\r\n"
    "N:Lefèvre-Martin;Zoë;;;\r\n"
    "ORG:Wide World Importers;Purchasing\r\n"
    "TITLE:Head of Buying\\, EMEA\r\n"
    "EMAIL;TYPE=INTERNET,WORK:zoe@wwi.example\r\n"
    "EMAIL;TYPE=INTERNET,HOME:zoe.private@mail.example\r\n"
    "TEL;TYPE=CELL:+33 6 12 34 56 78\r\n"
    "TEL;TYPE=WORK:+33 1 23 45 67 89\r\n"
    "URL:https://wwi.example/team/zoe\r\n"
    "URL:https://www.linkedin.com/in/zoe-lefevre-martin-0a4b5c/\r\n"
    "CATEGORIES:Suppliers,Paris\r\n"
    "ADR;TYPE=WORK:;;1 Rue de Rivoli;Paris;;75001;France\r\n"
    "NOTE:Met at the Lyon fair. She prefers e-mail over calls and answers within a da\r\n"
    " y or two\\; mention the pilot.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Okafor;Samuel;;;\r\n"
    "EMAIL:samuel@tailspin.example\r\n"
    "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/samuel-okafor-pmp\r\n"
    "END:VCARD\r\n"
)
CARD_40 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Jürgen Groß\r\n"
    "N:Groß;Jürgen;;;\r\n"
    "ORG:Blauberg Analytics\r\n"
    "EMAIL;PREF=1:mailto:juergen@blauberg.example\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+49-30-1234567\r\n"
    "URL;TYPE=linkedin:https://linkedin.com/in/juergengross\r\n"
    "CATEGORIES:recruiter\r\n"
    "END:VCARD\r\n"
)


def _write(tmp_path: Path, text: str, name: str = "contacts.vcf") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_vcard_3_with_several_addresses_phones_and_urls(db: object, tmp_path: Path) -> None:
    summary = vcard.run(_write(tmp_path, CARDS_30), now=NOW)
    assert (summary.created, summary.skipped) == (2, 0)
    zoe = people.get_person(people.find_person("zoe@wwi.example"))
    assert (zoe.name, zoe.first_name, zoe.last_name) == ("Zoë Lefèvre-Martin", "Zoë", "Lefèvre-Martin")
    assert (zoe.company, zoe.title, zoe.phone) == ("Wide World Importers", "Head of Buying, EMEA", "+33 6 12 34 56 78")
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe-lefevre-martin-0a4b5c/"
    assert people.find_person("https://linkedin.com/in/zoe-lefevre-martin-0a4b5c") == zoe.id  # normalized key
    assert zoe.tags == ["Paris", "Suppliers"]
    assert zoe.location == "Paris, France"
    assert zoe.notes is not None
    notes = zoe.notes.splitlines()
    assert notes[0] == (
        "Met at the Lyon fair. She prefers e-mail over calls and answers within a day or two; mention the pilot."
    )  # the folded line, unfolded and unescaped
    assert "Other e-mail addresses: zoe.private@mail.example" in notes
    assert "Other phone numbers: +33 1 23 45 67 89" in notes
    assert "Web: https://wwi.example/team/zoe" in notes
    samuel = people.get_person(people.find_person("https://www.linkedin.com/in/samuel-okafor-pmp"))
    assert (samuel.name, samuel.email) == ("Samuel Okafor", "samuel@tailspin.example")  # no FN: the N


def test_vcard_4_with_uris_and_a_linkedin_url(db: object, tmp_path: Path) -> None:
    shown = vcard.preview(_write(tmp_path, CARD_40), now=NOW)
    assert shown.format == "vCard 4.0"
    assert shown.first_rows == [
        ["Jürgen Groß", "juergen@blauberg.example", "Blauberg Analytics", "", "https://linkedin.com/in/juergengross"]
    ]
    assert (shown.created, Person.select().count()) == (1, 0)
    vcard.run(_write(tmp_path, CARD_40), now=NOW)
    jurgen = people.get_person(people.find_person("juergen@blauberg.example"))
    assert (jurgen.phone, jurgen.tags, jurgen.linkedin_url) == (
        "+49-30-1234567", ["recruiter"], "https://linkedin.com/in/juergengross",
    )  # fmt: skip


def test_reimport_changes_nothing_and_a_new_company_is_a_job_change(db: object, tmp_path: Path) -> None:
    path = _write(tmp_path, CARDS_30 + CARD_40)
    vcard.run(path, now=NOW)
    before = dumps(export_document())
    again = vcard.run(path, now=NOW)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert dumps(export_document()) == before
    moved = _write(tmp_path, CARD_40.replace("ORG:Blauberg Analytics", "ORG:Globex AG"), "moved.vcf")
    later = datetime(2026, 4, 1, 9, 0)
    assert vcard.run(moved, now=later).updated == 1
    jurgen = people.find_person("juergen@blauberg.example")
    [change] = timeline(jurgen)
    assert (change.kind, change.subject, change.at) == ("job_change", "Blauberg Analytics → Globex AG", later)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_gives_the_same_people(db: object, tmp_path: Path, version: str) -> None:
    vcard.run(_write(tmp_path, CARDS_30 + CARD_40), now=NOW)
    people.create_person({"name": "Ünal Çelik", "first_name": "Ünal", "last_name": "Çelik", "company": "Øresund Café",
                          "notes": "línea 1\nline 2; with, marks"})  # fmt: skip
    first = export_document()
    target = tmp_path / "out.vcf"
    assert vcard.export_vcard(target, version=version) == 4
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 4 and f"VERSION:{version}" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.splitlines())  # folded
    cards = list(vobject.readComponents(text))
    assert [c.fn.value for c in cards] == ["Jürgen Groß", "Samuel Okafor", "Ünal Çelik", "Zoë Lefèvre-Martin"]
    close_database()
    open_sqlite(tmp_path / "second.db")
    summary = vcard.run(target, now=NOW)
    assert (summary.created, summary.skipped) == (4, 0)
    second = export_document()
    fields = ("name", "first_name", "last_name", "email", "phone", "linkedin_url", "title", "tags", "location", "notes")
    assert [{k: p[k] for k in fields} for p in second["people"]] == sorted(
        ({k: p[k] for k in fields} for p in first["people"]), key=lambda p: people.sort_key(p["name"])
    )


def test_export_vcard_refuses_an_unknown_version(db: object, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="vCard version '2.1' is not one of 3.0, 4.0"):
        vcard.export_vcard(tmp_path / "x.vcf", version="2.1")


def test_a_bad_line_drops_only_itself_a_nameless_card_is_skipped_a_cut_off_file_refused(
    db: object, tmp_path: Path
) -> None:
    broken = CARDS_30 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Junk\r\n:::\r\nEND:VCARD\r\n"
    broken += "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
    summary = vcard.run(_write(tmp_path, broken), now=NOW)
    assert (summary.created, summary.skipped) == (3, 1)
    assert people.find_person("Junk") is not None  # the card keeps what it could say
    assert summary.errors == [
        "contacts.vcf: the card names no one (no FN, N, ORG or e-mail address) (line 29)",
        "contacts.vcf: ORG shortened to the organisation: Purchasing (line 5)",
        "contacts.vcf: ADR shortened to the city, region and country (line 14)",
        "contacts.vcf: not a property (no NAME: before the value) (line 27)",
    ]
    with pytest.raises(InputError, match=r"cut.vcf: line 1: the card that begins here has no END:VCARD"):
        vcard.run(_write(tmp_path, CARDS_30[:200], "cut.vcf"), now=NOW)
    with pytest.raises(InputError, match=r"nested.vcf: line 1: the card that begins here has no END:VCARD"):
        vcard.run(_write(tmp_path, "BEGIN:VCARD\r\nFN:A\r\n" + CARD_40, "nested.vcf"), now=NOW)
