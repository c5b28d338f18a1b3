"""`rebound import linkedin|vcard|csv` and `rebound export vcard|csv` (spec/cli.md)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from tests.cli.conftest import Rebound
from tests.cli.helpers import row_counts

LINKEDIN = Path(__file__).parents[1] / "data" / "linkedin"
SUMMARY_KEYS = {"created", "updated", "unchanged", "skipped", "errors"}
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Good\r\nEMAIL:ann@acme.example\r\nORG:Acme GmbH\r\nEND:VCARD\r\n"


def test_import_linkedin_folder_prints_what_it_read_and_what_it_ignored(rebound: Rebound) -> None:
    result = rebound("import", "linkedin", LINKEDIN)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"{LINKEDIN}: 13 new people, 12 messages, 1 row skipped"
    assert "  read: Connections.csv: 7 rows" in lines
    assert "  ignored (not read): FORMAT.md, Positions.csv, messages_2023-2024_variant.csv" in lines
    assert "  - messages.csv: draft, never sent (line 14)" in lines
    assert "Catherine Nguyen" in rebound.names()
    assert "Alex Morgan" not in rebound.names()


def test_import_linkedin_zip_twice_with_json_summary(rebound: Rebound, tmp_path: Path) -> None:
    archive = tmp_path / "Complete_LinkedInDataExport_03-01-2026.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as export:
        for file in LINKEDIN.rglob("*.csv"):
            export.write(file, file.relative_to(LINKEDIN).as_posix())
    first = rebound("import", "linkedin", archive, "--json")
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    assert set(summary) == SUMMARY_KEYS
    assert (summary["created"], summary["skipped"]) == (27, 1)
    before = rebound.state()
    again = json.loads(rebound("import", "linkedin", archive, "--json").out)
    assert again == {"created": 0, "updated": 0, "unchanged": 22, "skipped": 1,
                     "errors": ["messages.csv: draft, never sent (line 14)"]}  # fmt: skip
    assert rebound.state() == before


def _connections_with_12_hidden_rows(folder: Path) -> Path:
    """A Connections.csv whose lines 3–8, 10, 12, 13 and 15–17 are hidden profiles (no name, no URL)."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    hidden = {3, 4, 5, 6, 7, 8, 10, 12, 13, 15, 16, 17}
    for number in range(2, 18):
        lines.append(",,,,,,07 Jun 2026" if number in hidden else f"Ann{number},Good,,,Acme GmbH,Analyst,01 Feb 2026")
    path = folder / "Connections.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_import_lists_every_skipped_row_with_runs_of_lines_as_ranges(rebound: Rebound, tmp_path: Path) -> None:
    path = _connections_with_12_hidden_rows(tmp_path)
    expected = "Connections.csv: hidden or closed profile (no name, no URL) (lines 3–8, 10, 12, 13, 15–17)"
    result = rebound("import", "linkedin", path)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"{path}: 4 new people, 0 messages, 12 rows skipped"
    assert f"  - {expected}" in lines
    assert not any("more" in line for line in lines)
    again = json.loads(rebound("import", "linkedin", path, "--json").out)
    assert again == {"created": 0, "updated": 0, "unchanged": 4, "skipped": 12, "errors": [expected]}


def test_import_vcard_names_the_line_of_every_card_it_skipped(rebound: Rebound, tmp_path: Path) -> None:
    nameless = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
    cards = tmp_path / "contacts.vcf"
    cards.write_text(CARD + nameless * 12, encoding="utf-8")  # the good card is 6 lines, each nameless one 4
    summary = json.loads(rebound("import", "vcard", cards, "--json").out)
    starts = ", ".join(str(7 + 4 * n) for n in range(12))
    error = f"contacts.vcf: the card names no one (no FN, N, ORG or e-mail address) (lines {starts})"
    assert summary == {"created": 1, "updated": 0, "unchanged": 0, "skipped": 12, "errors": [error]}


def test_import_linkedin_single_csv(rebound: Rebound) -> None:
    result = rebound("import", "linkedin", LINKEDIN / "Connections.csv", "--json")
    assert json.loads(result.out)["created"] == 7
    assert [p["connected"] for p in rebound.people()] == [True] * 7


def test_import_vcard_and_export_it_again(rebound: Rebound, tmp_path: Path) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_text(CARD, encoding="utf-8")
    result = rebound("import", "vcard", cards, "--json")
    assert json.loads(result.out) == {"created": 1, "updated": 0, "unchanged": 0, "skipped": 0, "errors": []}
    rebound.load()
    target = tmp_path / "out.vcf"
    exported = rebound("export", "vcard", target)
    assert exported.code == 0 and exported.err.strip() == f"{target}: exported 6 people"
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 6 and "FN:Zoë Martin" in text and "CATEGORIES:acme,berlin" in text


def test_import_csv_needs_a_mapping_for_columns_it_cannot_guess(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Kontakt,E-Post,Arbeitgeber\nAnn Good,ann@acme.example,Acme\n", encoding="utf-8")
    line = rebound("import", "csv", path).assert_one_line_error(3)
    assert "Columns: 'Kontakt', 'E-Post', 'Arbeitgeber'" in line and "Fields: name, first_name" in line
    assert not rebound.db_path.exists()  # the file is checked before the database is even opened
    result = rebound("import", "csv", path, "--map", "Kontakt=name", "--map", "E-Post=email", "--json")
    assert json.loads(result.out)["created"] == 1
    assert rebound.people()[0]["email"] == "ann@acme.example"
    bad = rebound("import", "csv", path, "--map", "E-Post=mail")
    assert "'mail' is not a field" in bad.assert_one_line_error(3)


def test_import_csv_without_a_map_uses_the_column_guesses_of_the_wizard(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Full Name,Mail,Org,Bemerkung\nAnn Good,ann@acme.example,Acme,met in Berlin\n", encoding="utf-8")
    result = rebound("import", "csv", path)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"{path}: 1 new person, 0 messages",
        "  read: people.csv: 1 row",
        "  read: people.csv: guessed columns (Full Name → name, Mail → email, Org → company)",
        "  - people.csv: column 'Bemerkung' left out: no field reads it (line 2)",
    ]
    [ann] = rebound.people()
    assert (ann["name"], ann["email"], ann["company"]) == ("Ann Good", "ann@acme.example", "Acme")


def test_export_csv_opens_cleanly_in_spreadsheets(rebound: Rebound, tmp_path: Path) -> None:
    rebound.load()
    target = tmp_path / "people.csv"
    result = rebound("export", "csv", target)
    assert result.code == 0, result.err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Name,First Name,Last Name,E-mail,Phone,LinkedIn,Company,Title")
    assert len([line for line in lines if line]) == 6


def test_bad_files_exit_3_with_one_line_and_write_nothing(rebound: Rebound, tmp_path: Path) -> None:
    rebound.load()
    before = rebound.state()
    cut = tmp_path / "export"
    shutil.copytree(LINKEDIN, cut)
    (cut / "Invitations.csv").write_bytes(b"\xff\xfe" + "From,To,Sent At\n".encode("utf-16-le")[:-1])
    for command, path, fragment in (
        ("linkedin", tmp_path / "missing.zip", "no such file or folder"),
        ("linkedin", cut, "Invitations.csv: not valid UTF-16 text"),
        ("vcard", LINKEDIN / "Connections.csv", "not a vCard file"),
        ("csv", tmp_path / "missing.csv", "cannot read the file"),
    ):
        line = rebound("import", command, path).assert_one_line_error(3)
        assert str(path) in line and fragment in line, line
    assert rebound.state() == before
    assert row_counts(rebound.db_path)["person"] == 5
