"""An erasure holds against every way data comes back: a JSON archive made before it, a LinkedIn, vCard or CSV
re-import of the same person; the summary says how many were left out, never who. Lifting the record (on
purpose) lets the person come back."""

from __future__ import annotations

import json
from pathlib import Path

from tests.faults.conftest import DEMO, REPO, Rebound

LINKEDIN = REPO / "tests" / "data" / "linkedin"


def _names(rebound: Rebound) -> list[str]:
    return [p["name"] for p in json.loads(rebound("people", "--json").ok())]


def _summary(rebound: Rebound, *args: object) -> dict[str, object]:
    result: dict[str, object] = json.loads(rebound(*args, "--json").ok())
    return result


def test_a_json_archive_made_before_an_erasure_does_not_bring_the_person_back(plain: Rebound, tmp_path: Path) -> None:
    plain("import", "json", DEMO).ok()
    archive = tmp_path / "before.json"
    plain("export", "json", archive).ok()
    (erased,) = [p for p in json.loads(plain("people", "--json").ok()) if p["email"]][:1]
    plain("erase", str(erased["id"]), "--yes").ok()

    summary = _summary(plain, "import", "json", archive)
    printed = plain("import", "json", archive).ok()

    assert erased["name"] not in _names(plain)
    assert summary["created"] == 0  # nothing of them came back
    skipped = summary["skipped"]
    assert isinstance(skipped, int) and skipped > 1  # the person and what was about them alone
    assert summary["errors"] == [f"{skipped} records left out: they were about 1 person erased earlier (Settings → "
                                 f"Privacy can lift an erasure)"]  # fmt: skip
    assert erased["name"] not in printed and erased["email"] not in printed  # how many, never who
    assert f"{skipped} records left out" in printed


def test_a_linkedin_reimport_does_not_bring_the_person_back(plain: Rebound) -> None:
    plain("import", "linkedin", LINKEDIN).ok()
    plain("erase", "https://www.linkedin.com/in/devonreyes", "--yes").ok()
    summary = _summary(plain, "import", "linkedin", LINKEDIN)
    assert "Devon Reyes" not in _names(plain)
    skipped, errors = summary["skipped"], summary["errors"]
    assert isinstance(skipped, int) and skipped >= 1
    assert isinstance(errors, list) and any("left out" in str(e) for e in errors)


def test_a_vcard_and_a_csv_reimport_do_not_bring_the_person_back(plain: Rebound, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\nEMAIL:vera@example.org\r\nORG:Acme\r\nEND:VCARD\r\n"
                     "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Stay\r\nEMAIL:kim@example.org\r\nEND:VCARD\r\n")  # fmt: skip
    table = tmp_path / "people.csv"
    table.write_text("name,email\nVera Card,VERA@example.org\nCasey Table,casey@example.org\n", encoding="utf-8")
    plain("import", "vcard", cards).ok()
    plain("erase", "vera@example.org", "--yes").ok()

    from_cards = _summary(plain, "import", "vcard", cards)
    from_table = _summary(plain, "import", "csv", table, "--map", "name=name", "--map", "email=email")

    assert sorted(_names(plain)) == ["Casey Table", "Kim Stay"]
    assert (from_cards["skipped"], from_cards["created"]) == (1, 0)
    assert (from_table["skipped"], from_table["created"]) == (1, 1)


def test_lifting_an_erasure_lets_the_person_come_back(plain: Rebound, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\nEMAIL:vera@example.org\r\nEND:VCARD\r\n")
    plain("import", "vcard", cards).ok()
    plain("erase", "vera@example.org", "--yes").ok()
    plain("import", "vcard", cards).ok()
    assert _names(plain) == []
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(plain.db)) as connection:
        (record,) = [row[0] for row in connection.execute("SELECT id FROM erasure")]
    lifted = Rebound(plain.db)
    command = f"from desktop.store.database import open_sqlite; from desktop.core import erase; from pathlib import " \
              f"Path; open_sqlite(Path({str(plain.db)!r})); print(erase.lift({record}).value)"  # fmt: skip
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", command], env=lifted.env(), cwd=REPO, capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr
    plain("import", "vcard", cards).ok()
    assert _names(plain) == ["Vera Card"]
