"""People from and to CSV: Google and Outlook headers recognised, other files mapped, a spreadsheet-safe export."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import people
from desktop.errors import InputError
from desktop.interop import csv_people
from desktop.interop.archive import dumps, export_document
from desktop.store.database import close_database, open_sqlite

NOW = datetime(2026, 3, 1, 12, 0)

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,Birthday,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Organization Name,Organization Title,Website 1 - Label,Website 1 - Value\r\n"
    "Tom,,Weber,,,,,Met at a meetup,Recruiters ::: * myContacts,* Work,tom@acme.example ::: t.weber@mail.example,"
    ",,Mobile,+49 170 1234567,Acme GmbH,Senior Recruiter,Profile,https://www.linkedin.com/in/tomweber\r\n"
    "Zoë,Anne,Martin,,,,,,* starred,,zm@globex.example,Home,zoe@mail.example,,,Globex AG,Engineering Manager,,\r\n"
)
OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Initials,Web Page,Gender,Birthday,Anniversary,Location,Language,"
    "Internet Free Busy,Notes,E-mail Address,E-mail 2 Address,E-mail 3 Address,Primary Phone,Home Phone,"
    "Home Phone 2,Mobile Phone,Pager,Home Fax,Home Address,Home Street,Home City,Company,Job Title,Department,"
    "Business City,Categories\r\n"
    "Ali,,Khan,,,,https://www.linkedin.com/in/alikhan,,,,,,,Data person,ali@acme.example,,,,,,+49 151 999,,,,,,"
    "Acme GmbH,Data Lead,,Berlin,Interviewers;Berlin\r\n"
)


def _write(tmp_path: Path, text: str, name: str = "contacts.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_google_contacts_csv_is_recognised(db: object, tmp_path: Path) -> None:
    path = _write(tmp_path, GOOGLE, encoding="utf-8-sig")
    shown = csv_people.preview(path, now=NOW)
    assert (shown.format, shown.needs_mapping, shown.created) == ("Google Contacts CSV", False, 2)
    assert shown.mapping["E-mail 1 - Value"] == "email" and shown.mapping["Organization Name"] == "company"
    summary = csv_people.run(path, now=NOW)
    assert (summary.created, summary.skipped) == (2, 0)
    tom = people.get_person(people.find_person("tom@acme.example"))
    assert (tom.name, tom.company, tom.title, tom.phone) == (
        "Tom Weber",
        "Acme GmbH",
        "Senior Recruiter",
        "+49 170 1234567",
    )
    assert tom.linkedin_url == "https://www.linkedin.com/in/tomweber"
    assert tom.tags == ["Recruiters"]  # Google's own groups (* myContacts) are not tags
    assert tom.notes == "Met at a meetup\nOther e-mail addresses: t.weber@mail.example"
    zoe = people.get_person(people.find_person("zm@globex.example"))
    assert (zoe.name, zoe.tags) == ("Zoë Anne Martin", [])


def test_outlook_csv_is_recognised(db: object, tmp_path: Path) -> None:
    summary = csv_people.run(_write(tmp_path, OUTLOOK), now=NOW)
    assert summary.created == 1
    ali = people.get_person(people.find_person("ali@acme.example"))
    assert (ali.name, ali.company, ali.title, ali.phone, ali.location) == (
        "Ali Khan", "Acme GmbH", "Data Lead", "+49 151 999", "Berlin",
    )  # fmt: skip
    assert ali.linkedin_url == "https://www.linkedin.com/in/alikhan"
    assert (ali.tags, ali.notes) == (["Berlin", "Interviewers"], "Data person")


def test_other_csvs_are_imported_with_the_users_mapping(db: object, tmp_path: Path) -> None:
    path = _write(tmp_path, "Full Name;Mail;Org\nAnn Good,ann@acme.example,Acme\n".replace(";", ","))
    with pytest.raises(InputError) as caught:
        csv_people.run(path, now=NOW)
    message = str(caught.value)
    assert message.startswith(f"{path}: the columns are not ones Rebound knows")
    assert "Columns: 'Full Name', 'Mail', 'Org'" in message
    assert "Fields: name, first_name, last_name, email, phone, linkedin_url, company, title" in message
    shown = csv_people.preview(path, now=NOW)
    assert (shown.needs_mapping, shown.columns, shown.first_rows) == (
        True, ["Full Name", "Mail", "Org"], [["Ann Good", "ann@acme.example", "Acme"]],
    )  # fmt: skip
    assert "email" in shown.fields
    mapping = csv_people.parse_map_options(["Full Name=name", "mail=email", " Org = company"])
    summary = csv_people.run(path, now=NOW, mapping=mapping)
    assert summary.created == 1
    ann = people.get_person(people.find_person("ann@acme.example"))
    assert (ann.name, ann.company) == ("Ann Good", "Acme")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["Full Name=nickname"], "'nickname' is not a field; fields: name,"),
        (["Name=name"], "there is no column 'Name'; the columns are 'Full Name', 'Mail', 'Org'"),
        (["Mail=email"], "map a column to name (or to first_name and last_name)"),
        (["Full Name"], "give COLUMN=FIELD"),
    ],
)
def test_a_wrong_mapping_says_what_is_wrong(db: object, tmp_path: Path, options: list[str], message: str) -> None:
    path = _write(tmp_path, "Full Name,Mail,Org\nAnn Good,ann@acme.example,Acme\n")
    with pytest.raises(InputError) as caught:
        csv_people.run(path, now=NOW, mapping=csv_people.parse_map_options(options))
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("cell", "written"),
    [("=1+1", "'=1+1"), ("+49 30 1234", "'+49 30 1234"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tTabbed", "'\tTabbed"), ("\rReturn", "'\rReturn"), ("Plain", "Plain"), ("O'Brien", "O'Brien")],
)  # fmt: skip
def test_cells_that_start_like_formulas_are_neutralised(cell: str, written: str) -> None:
    assert csv_people.neutralise(cell) == written


def test_export_is_utf8_with_bom_safe_for_spreadsheets_and_reimports_exactly(db: object, tmp_path: Path) -> None:
    people.create_person({
        "name": "=HYPERLINK(\"http://evil.example\")", "title": "@boss", "phone": "+49 30 1234567",
        "notes": "-- call first\nthen write", "company": "Müller & Söhne", "tags": ["a", "b"], "role": "recruiter",
        "email": "evil@acme.example",
    })  # fmt: skip
    people.create_person({"name": "Zoë Lefèvre", "connected": True, "linkedin_url": "https://www.linkedin.com/in/zl"})
    target = tmp_path / "people.csv"
    assert csv_people.export_csv(target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Name", "First Name", "Last Name"]
    evil = rows[1]
    assert evil[0] == '\'=HYPERLINK("http://evil.example")' and evil[7] == "'@boss" and evil[4] == "'+49 30 1234567"
    assert all(not cell.startswith(csv_people.DANGEROUS_START) for row in rows for cell in row)
    assert rows[2][0] == "Zoë Lefèvre" and rows[2][11] == "yes"
    first = export_document()
    close_database()
    open_sqlite(tmp_path / "second.db")
    summary = csv_people.run(target, now=NOW)
    assert (summary.created, summary.skipped) == (1, 1)  # our own export, read back; the formula name is refused
    assert summary.errors == ["people.csv: the name is a spreadsheet formula (line 2)"]
    zoe = people.get_person(people.find_person("Zoë Lefèvre"))
    assert (zoe.connected, zoe.linkedin_url) == (True, "https://www.linkedin.com/in/zl")
    assert first["people"][1]["name"] == "Zoë Lefèvre"


def test_own_export_round_trips_values_that_start_like_formulas(db: object, tmp_path: Path) -> None:
    people.create_person({
        "name": "Ann Minus", "title": "-", "phone": "+49 30 1234567", "notes": "-- call first\nthen write",
        "company": "Müller & Söhne", "tags": ["a", "b"], "role": "recruiter", "email": "ann@acme.example",
    })  # fmt: skip
    first = dumps(export_document())
    target = tmp_path / "people.csv"
    csv_people.export_csv(target)
    close_database()
    open_sqlite(tmp_path / "second.db")
    assert csv_people.run(target, now=NOW).created == 1
    assert dumps(export_document()) == first
    before = dumps(export_document())
    assert csv_people.run(target, now=NOW).unchanged == 1
    assert dumps(export_document()) == before
