"""Private interactions on a team server: one database role per team member, row-level security (schema 11).

Alice's private note is hers alone — not through plain SQL as Bob, not through any `rebound` command Bob runs —
while what she logs as not private is everyone's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from desktop.cli import main
from desktop.store.database import close_database, open_database
from desktop.store.models import Interaction, Person
from tests import pg_server

MEMBERS = ("alice", "bob")
GRANTS = [
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
]


@pytest.fixture
def team(pg: pg_server.Server, pg_url: str) -> Iterator[dict[str, str]]:
    """The URL of each member's own role on a fresh team database."""
    name = pg_url.rsplit("/", 1)[1]
    roles = {member: f"{member}_{name}" for member in MEMBERS}
    with pg.admin(name) as conn:
        for role in roles.values():
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{role}-pw'")
            for grant in GRANTS:
                conn.execute(grant.format(role=role))
    yield {member: pg.url(name, user=role, password=f"{role}-pw") for member, role in roles.items()}
    close_database()
    with pg.admin(name) as conn:
        for role in roles.values():
            conn.execute(f"DROP OWNED BY {role}")
    pg.drop_database(name)
    with pg.admin() as conn:
        for role in roles.values():
            conn.execute(f"DROP ROLE {role}")


def _alice_logs(url: str) -> None:
    open_database(url)
    ada = Person.create(name="Ada Client", sort_key="ada client")
    Interaction.create(person=ada, kind="note", direction="none", at="2026-03-01 10:00:00",
                       subject="salary expectations", body="private: wants 95k", private=True)  # fmt: skip
    Interaction.create(person=ada, kind="email", direction="out", at="2026-03-02 10:00:00",
                       subject="interview booked", body="Tuesday 10:00")  # fmt: skip
    close_database()


def test_a_private_note_is_its_authors_alone_in_plain_sql_and_every_command(
    team: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _alice_logs(team["alice"])

    with psycopg.connect(team["bob"]) as conn:
        assert conn.execute("SELECT subject FROM interaction ORDER BY at").fetchall() == [("interview booked",)]
        assert conn.execute("SELECT count(*) FROM interaction WHERE body LIKE '%%95k%%'").fetchone() == (0,)
        # what Bob cannot see he cannot change or delete either
        assert conn.execute("UPDATE interaction SET private = 0 WHERE private = 1").rowcount == 0
        assert conn.execute("DELETE FROM interaction WHERE private = 1").rowcount == 0
    with psycopg.connect(team["alice"]) as conn:
        rows = conn.execute("SELECT subject, author FROM interaction ORDER BY at").fetchall()
        assert [subject for subject, _ in rows] == ["salary expectations", "interview booked"]
        assert rows[0][1].startswith("alice_")

    assert main(["--database-url", team["bob"], "export", "json", str(tmp_path / "bob.json")]) == 0
    assert main(["--database-url", team["alice"], "export", "json", str(tmp_path / "alice.json")]) == 0
    bob = json.loads((tmp_path / "bob.json").read_text())
    alice = json.loads((tmp_path / "alice.json").read_text())
    assert [i["subject"] for i in bob["interactions"]] == ["interview booked"]
    assert [i["subject"] for i in alice["interactions"]] == ["salary expectations", "interview booked"]
    assert main(["--database-url", team["bob"], "people", "--json"]) == 0
    listed = capsys.readouterr().out
    assert "Ada Client" in listed and "95k" not in listed and "salary" not in listed
    for output in (tmp_path / "bob.json").read_text(), capsys.readouterr().err:
        assert "95k" not in output and "salary expectations" not in output
