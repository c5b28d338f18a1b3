"""Malformed inputs (tests/data/bad, made by make_bad_files.py; the big ones made here): each gives one clear line
naming the file, the line or entry and what is wrong, with exit code 3 and the database unchanged — or, where only
some rows are bad, those rows are skipped with their reason and the rest imported."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.errors import InputError
from desktop.interop import sources
from tests.cli.conftest import Rebound

BAD = Path(__file__).parents[1] / "data" / "bad"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


@dataclass(frozen=True)
class Refused:
    """Exit 3, one line holding these fragments, nothing written."""

    fragments: tuple[str, ...]


@dataclass(frozen=True)
class Skipped:
    """Exit 0: ``created`` new people, ``skipped`` rows skipped, these fragments in the output."""

    created: int
    skipped: int
    fragments: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # people who must be there afterwards


EXPECTED: dict[str, Refused | Skipped] = {
    "Basic_LinkedInDataExport_truncated.zip": Refused(("not a zip file, or a damaged one",)),
    "Complete_LinkedInDataExport_not_a_zip.zip": Refused(("not a zip file, or a damaged one",)),
    "LinkedInDataExport_bomb.zip": Refused(("Connections.csv: would expand to 4.0 GB", "refused (a zip bomb?)")),
    "LinkedInDataExport_empty.zip": Refused(("no Connections.csv", "found: no files")),
    "LinkedInDataExport_only_unknown_files.zip": Refused(("found: Rich_Media.csv, Ad_Targeting.csv",)),
    "LinkedInDataExport_bad_entry.zip": Refused(("messages.csv: line 2: not valid CSV",)),
    "Connections_utf16.csv": Skipped(1, 0, names=("Zoë Lefèvre-Martin",)),
    "Connections_utf16_without_bom.csv": Refused(("not a text file", "UTF-16 without a byte order mark")),
    "Connections_cp1252.csv": Skipped(1, 0, names=("Zoë Lefèvre-Martin",)),
    "Connections_undecodable.csv": Refused(("not text in UTF-8, UTF-16 or Windows-1252", "0x81")),
    "Connections_missing_header.csv": Refused(("no header row with 'First Name', 'Last Name' and 'Connected On'",)),
    "Connections_columns_reordered.csv": Skipped(1, 0, names=("Zoë Lefèvre-Martin",)),
    "Connections_extra_columns.csv": Skipped(1, 0, names=("Zoë Lefèvre-Martin",)),
    "Connections_nul_bytes.csv": Skipped(1, 1, ("the row holds NUL bytes (binary data) (line 3)",)),
    "Connections_other_date_formats.csv": Skipped(
        2, 0, ("line 2: 'Connected On' '2021/08/18' is not a date", "line 3: 'Connected On' '31 Foo 2026'")
    ),
    "Connections_hidden_rows_only.csv": Skipped(0, 2, ("hidden or closed profile (no name, no URL) (lines 2, 3)",)),
    "Connections_short_rows.csv": Skipped(1, 0, names=("Zoë Lefèvre-Martin",)),
    "Connections_binary_junk.csv": Refused(("not text in UTF-8, UTF-16 or Windows-1252",)),
    "Connections_empty.csv": Refused(("the file is empty",)),
    "messages_truncated.csv": Refused(("line 2: the file ends inside a quoted field (cut off?)",)),
    "messages_owner_unknown.csv": Skipped(0, 1, ("cannot tell which participant is you (line 2)",)),
    "Invitations_bad_dates.csv": Skipped(
        0, 2, ("'Sent At' 'yesterday at noon' is not a date and time", "'13/45/26, 11:05 AM'")
    ),
    "Positions_not_importable.csv": Refused(("not a file of a LinkedIn export",)),
    "contacts_formulas.csv": Skipped(
        1,
        2,
        ("the first name is a spreadsheet formula (line 2)", "the company is a spreadsheet formula (line 3)"),
        names=("Bob Fine",),
    ),  # fmt: skip
    "contacts_unknown_columns.csv": Refused(("'Kontakt', 'E-Post', 'Arbeitgeber'", "--map COLUMN=FIELD", "Fields:")),
    "contacts_only_commas.csv": Refused(("the file holds no values",)),
    "cards_without_end.vcf": Refused(("line 5: the card that begins here has no END:VCARD",)),
    "cards_broken_card.vcf": Skipped(
        2,
        1,
        (
            "not a property (no NAME: before the value) (line 8)",  # the line goes, the card stays
            "the card names no one (no FN, N, ORG or e-mail address) (line 10)",
        ),
    ),  # fmt: skip
    "cards_empty.vcf": Refused(("not a vCard file",)),
    "cards_not_a_vcard.vcf": Refused(("not a vCard file",)),
}


def _command(name: str) -> str:
    if name.endswith(".vcf"):
        return "vcard"
    return "csv" if name.startswith("contacts_") else "linkedin"


def test_every_bad_file_on_disk_has_an_expectation() -> None:
    on_disk = {p.name for p in BAD.iterdir() if p.suffix in (".zip", ".csv", ".vcf")}
    assert on_disk == set(EXPECTED)
    assert len(on_disk) >= 25
    assert all(p.stat().st_size < 1_000_000 for p in BAD.iterdir())


@pytest.fixture
def rebound(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Rebound:
    rebound = Rebound(capsys, db_path, tmp_path)
    rebound.load()  # a database with data in it: "unchanged" means something
    return rebound


def _check(rebound: Rebound, path: Path, command: str, expected: Refused | Skipped) -> None:
    before = rebound.state()
    result = rebound("import", command, path)
    if isinstance(expected, Refused):
        line = result.assert_one_line_error(3)
        assert line.startswith(f"rebound: {path}"), line
        for fragment in expected.fragments:
            assert fragment in line, line
        assert rebound.state() == before
        return
    assert result.code == 0, result.err
    first = result.out.splitlines()[0]
    people = f"{expected.created} new {'person' if expected.created == 1 else 'people'}"
    skipped = f", {expected.skipped} {'row' if expected.skipped == 1 else 'rows'} skipped" if expected.skipped else ""
    assert first.startswith(f"{path}: {people}, "), result.out
    assert first.endswith(" messages" + skipped) or first.endswith(" message" + skipped), result.out
    for fragment in expected.fragments:
        assert fragment in result.out, result.out
    names = rebound.names()
    for name in expected.names:
        assert name in names


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file(rebound: Rebound, name: str) -> None:
    _check(rebound, BAD / name, _command(name), EXPECTED[name])


def test_a_ten_megabyte_field_refuses_the_file_naming_the_line(rebound: Rebound, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + "Ann,Good,https://www.linkedin.com/in/ann,,Acme,CEO,01 Jan 2020\r\n"
        f'Bob,Big,https://www.linkedin.com/in/bob,,Acme,"{"x" * 10_000_000}",01 Jan 2020\r\n',
        encoding="utf-8",
    )
    _check(rebound, path, "linkedin", Refused(("line 3: a field is longer than 131,072 characters",)))


def test_a_real_zip_bomb_is_refused_before_it_is_inflated(
    rebound: Rebound, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An honest header this time: 50 MB of one CSV line compressed to a few kB, against a limit of 20 MB."""
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 20_000_000)
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("Connections.csv", "w") as entry:
            entry.write(HEADER.encode())
            for _ in range(50):
                entry.write(b"x" * 1_000_000)
    assert path.stat().st_size < 200_000
    inflated: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, *args: object, **kwargs: object) -> object:
        inflated.append(str(args[0]))
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    _check(rebound, path, "linkedin", Refused(("Connections.csv: would expand to 50 MB; entries over 20 MB",)))
    assert inflated == []  # refused on the declared size, before reading a byte of it


def test_reading_stops_at_the_cap_whatever_the_header_said() -> None:
    with pytest.raises(InputError, match=r"entry.csv: expands to more than 1 MB; refused \(a zip bomb\?\)"):
        sources.read_capped(io.BytesIO(b"x" * 3_000_000), 1_000_000, "entry.csv")
    assert sources.read_capped(io.BytesIO(b"abc"), 3, "small.csv") == b"abc"


def test_a_file_over_the_size_limit_is_refused_unread(
    rebound: Rebound, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1_000)
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nNOTE:" + "n" * 5_000 + "\r\nEND:VCARD\r\n", "utf-8")
    _check(rebound, path, "vcard", Refused(("the file is 5 kB; files over 1 kB are refused",)))
