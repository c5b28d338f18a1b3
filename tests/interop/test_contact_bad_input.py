"""Contact files that are no contact files, or hold far too much (issue 13, "Bad input"): a clear line naming the
file, the line and the reason, nothing written, memory bounded (measured here by tracemalloc, not by time)."""

from __future__ import annotations

import base64
import tracemalloc
from pathlib import Path

import pytest

from desktop.interop import vcard
from tests.cli.conftest import Rebound
from tests.interop.test_people_import_bad_files import Refused, Skipped, _check


@pytest.fixture
def rebound(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Rebound:
    rebound = Rebound(capsys, db_path, tmp_path)
    rebound.load()  # a database with data in it: "unchanged" means something
    return rebound


def test_a_pdf_renamed_vcf_is_not_a_vcard(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 400)
    _check(rebound, path, "vcard", Refused(("contacts.vcf: not a vCard file (no BEGIN:VCARD … END:VCARD)",)))


def test_a_binary_file_is_not_a_csv(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(bytes(range(256)) * 400)
    _check(rebound, path, "csv", Refused(("contacts.csv: not text in UTF-8, UTF-16 or Windows-1252 (byte 129",)))


def test_a_card_with_ten_thousand_properties_is_skipped_naming_its_line(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    huge = "".join(f"X-FIELD-{n}:value {n}\r\n" for n in range(10_000))
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Good\r\nEND:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Fields\r\n{huge}END:VCARD\r\n",
        encoding="utf-8",
    )
    _check(rebound, path, "vcard", Skipped(1, 1, ("contacts.vcf: the card has more than 2,000 properties (line 5)",)))
    assert "Many Fields" not in rebound.names()


def test_a_fifty_megabyte_photo_is_left_out_with_its_line_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    photo = base64.b64encode(b"\xff\xd8" + b"\x00" * 37_500_000).decode("ascii")  # 50 MB of base64
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
        for start in range(0, len(photo), 74):
            out.write(photo[start : start + 74] + "\r\n ")
        out.write("\r\nEMAIL:ann@photo.example\r\nEND:VCARD\r\n")
    del photo
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    try:
        parsed = vcard.read_cards(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(c.name, c.email) for c in parsed.contacts] == [("Ann Photo", "ann@photo.example")]
    assert vcard.left_out("contacts.vcf", parsed.left) == [
        "contacts.vcf: PHOTO left out: Rebound keeps no pictures, sounds or keys (line 4)"
    ]
    assert peak < 5 * path.stat().st_size  # the file, its text and its lines: never the photo joined again


def test_a_csv_with_a_hundred_thousand_columns_is_refused(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(",".join(f"Column {n}" for n in range(100_000)) + "\r\nAnn\r\n", encoding="utf-8")
    _check(rebound, path, "csv", Refused(("contacts.csv: line 1: 100,000 columns; files with over 2,000 are refused",)))


def test_a_ten_megabyte_cell_refuses_the_contacts_csv_naming_the_line(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(f'Name,Notes\r\nAnn,short\r\nBob,"{"x" * 10_000_000}"\r\n', encoding="utf-8")
    _check(rebound, path, "csv", Refused(("contacts.csv: line 3: a field is longer than 131,072 characters",)))


def test_a_ten_megabyte_note_in_a_card_drops_only_the_note(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Long\r\nNOTE:{'n' * 10_000_000}\r\nEND:VCARD\r\n", "utf-8")
    _check(
        rebound,
        path,
        "vcard",
        Skipped(
            1, 0, ("NOTE left out: the value is 10,000,000 characters long; over 1,000,000 are not read (line 4)",)
        ),
    )
