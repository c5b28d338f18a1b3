"""Team mode on a real PostgreSQL server (the session's throwaway cluster): opening by URL, the schema made by
the first desktop and migrated under an advisory lock, and every refusal as one line (exit 4) without the password.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import psycopg
import pytest

from desktop.cli import main
from desktop.core import people
from desktop.errors import DatabaseProblem
from desktop.store import migrations, postgres
from desktop.store.database import close_database, open_database
from desktop.store.models import DB, Person
from tests import pg_server
from tests.memory_keyring import install_memory_keyring
from tests.team_members import drop_members


@pytest.fixture
def empty_url(pg: pg_server.Server) -> Iterator[str]:
    """A new, empty database on the session's server (no schema yet)."""
    name = f"rebound_empty_{threading.get_ident()}_{id(pg)}"
    url = pg.create_database(name)
    yield url
    close_database()
    pg.drop_database(name)


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


def test_the_first_desktop_creates_the_schema_and_people_can_be_found_by_prefix_and_folded_accents(
    empty_url: str,
) -> None:
    db = open_database(empty_url)
    assert postgres.schema_version(db) == migrations.latest_version()
    Person.create(name="Zoë Ångström", sort_key="zoe angstrom", email="zoe@example.org")
    Person.create(name="Zoltan Berg", sort_key="zoltan berg")
    from desktop.store import search

    assert [Person.get_by_id(i).name for i in search.person_ids(db, "zo")] == ["Zoë Ångström", "Zoltan Berg"]
    assert [Person.get_by_id(i).name for i in search.person_ids(db, "angst zoe")] == ["Zoë Ångström"]
    assert search.person_count(db, "example") == 1


def test_two_desktops_starting_at_once_migrate_once_one_after_the_other(empty_url: str) -> None:
    outcomes: list[object] = []

    def start() -> None:
        try:
            postgres.open_postgres(empty_url).close()
            outcomes.append("ok")
        except Exception as error:  # noqa: BLE001 - the assertion below shows it
            outcomes.append(error)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["ok", "ok", "ok"]
    with psycopg.connect(empty_url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(migrations.latest_version(),)]


def test_a_wrong_password_is_one_line_exit_4_that_never_shows_the_password(
    pg: pg_server.Server, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg.url(pg_url.rsplit("/", 1)[1], password="hunter2-secret")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(url)
    assert "hunter2-secret" not in str(caught.value)
    assert "the password was refused" in str(caught.value)
    chain = [caught.value.__cause__, caught.value.__context__]
    assert caught.value.__suppress_context__ and all("hunter2-secret" not in repr(error) for error in chain)

    code = main(["--database-url", url, "people"])
    err = capsys.readouterr().err
    assert code == 4
    assert "hunter2-secret" not in err
    assert err.startswith("rebound: postgresql://rebound_admin@127.0.0.1:") and "password was refused" in err
    assert len(err.strip().splitlines()) == 1


def test_the_password_comes_from_the_keyring_when_the_url_has_none(
    pg: pg_server.Server, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import secrets

    install_memory_keyring(monkeypatch)
    name = pg_url.rsplit("/", 1)[1]
    bare = f"postgresql://{pg_server.SUPERUSER}@127.0.0.1:{pg.port}/{name}"
    assert main(["--database-url", bare, "people"]) == 4
    assert "no password" in capsys.readouterr().err
    secrets.set_team_password("127.0.0.1", pg.port, name, pg_server.SUPERUSER, pg.password)
    assert main(["--database-url", bare, "people", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_nothing_listening_is_a_clear_line_exit_4(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://someone:pw-xyz@127.0.0.1:{pg_server._free_port()}/rebound"
    assert main(["--database-url", url, "people"]) == 4
    err = capsys.readouterr().err
    assert "cannot reach the server" in err and "pw-xyz" not in err


def test_a_schema_newer_than_the_app_is_refused_and_left_alone(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    newer = migrations.latest_version() + 5
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = %s", [newer])
    assert main(["--database-url", pg_url, "people"]) == 4
    err = capsys.readouterr().err
    assert f"made by a newer Rebound (schema {newer}" in err and "nothing was changed" in err
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (newer,)


def test_a_role_that_may_not_create_the_schema_gets_one_line_and_no_half_made_schema(
    pg: pg_server.Server, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = empty_url.rsplit("/", 1)[1]
    with pg.admin(name) as conn:
        conn.execute("DROP ROLE IF EXISTS visitor")
        conn.execute("CREATE ROLE visitor LOGIN PASSWORD 'visitor-pw'")
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        code = main(["--database-url", pg.url(name, user="visitor", password="visitor-pw"), "people"])
        err = capsys.readouterr().err
        assert code == 4
        assert "the role visitor lacks a right this needs" in err and "visitor-pw" not in err
        assert _tables(empty_url) == set()
    finally:
        with pg.admin(name) as conn:
            conn.execute("DROP OWNED BY visitor")
            conn.execute("DROP ROLE visitor")


def test_the_server_going_away_mid_session_is_one_line_and_the_next_open_works_again() -> None:
    server = pg_server.start_server()
    try:
        url = server.create_database("lost")
        open_database(url)
        Person.create(name="Ada", sort_key="ada")
        server.stop("immediate")
        with pytest.raises(DatabaseProblem, match="the connection to the server was lost"):
            Person.create(name="Bea", sort_key="bea")
        close_database()
        server.start()
        open_database(url)
        assert [p.name for p in Person.select().order_by(Person.id)] == ["Ada"]
    finally:
        close_database()
        pg_server.remove_server(server)


def _schema_up_to(url: str, last: int) -> postgres.TeamDatabase:
    """The server database at ``url`` as a release that stopped at migration step ``last`` left it (open)."""
    address = postgres.parse_url(url)
    db = postgres.TeamDatabase(address, address.password)
    for number, step in migrations.steps():
        if number > last:
            break
        with db.atomic():
            step(db)
            db.execute_sql("INSERT INTO schema_version (id, version) VALUES (1, ?) "
                           "ON CONFLICT (id) DO UPDATE SET version = excluded.version", [number])  # fmt: skip
    return db


def test_a_schema_of_the_previous_release_upgrades_with_its_data(empty_url: str) -> None:
    """Steps 1–8 as the previous release left them, a job change recorded then; opening runs step 9 on it."""
    db = _schema_up_to(empty_url, 8)
    db.execute_sql("INSERT INTO person (name, sort_key) VALUES ('Ada', 'ada')")
    db.execute_sql(
        "INSERT INTO interaction (person_id, kind, direction, at, subject) "
        "VALUES (1, 'job_change', 'none', '2024-05-01 09:00:00', 'Acme GmbH → Globex AG')"
    )
    db.close()

    open_database(empty_url)
    from desktop.store.models import Interaction

    change = Interaction.get()
    assert (change.from_company, change.to_company) == ("Acme GmbH", "Globex AG")
    assert postgres.schema_version(DB.obj) == migrations.latest_version()


def test_a_schema_13_team_database_is_searched_after_step_14_and_its_members_keep_their_rights(
    pg: pg_server.Server, empty_url: str
) -> None:
    """People added before step 14 are found by prefix afterwards; a member granted rights on the tables of schema 13
    (as the README's step 1 did then) can still add a person, whose trigger writes the new prefix list."""
    old = _schema_up_to(empty_url, 13)
    old.execute_sql("INSERT INTO person (name, sort_key) VALUES ('Ada Weber', 'ada weber'), ('Tom Webb', 'tom webb')")
    old.close()
    name = empty_url.rsplit("/", 1)[1]
    ana = pg.url(name, user=f"ana_{name}", password="ana-pw")
    with pg.admin(name) as conn:
        conn.execute(f"CREATE ROLE ana_{name} LOGIN PASSWORD 'ana-pw'")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ana_{name}")
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ana_{name}")
    try:
        open_database(empty_url)  # the owner's desktop runs step 14
        assert postgres.schema_version(DB.obj) == migrations.latest_version()
        assert _search("web", 5) == ["Ada Weber", "Tom Webb"]
        close_database()

        open_database(ana)
        people.create_person({"name": "Weba Neu"})
        assert _search("web", 5) == ["Ada Weber", "Tom Webb", "Weba Neu"]
        assert _search("webe", 5) == ["Ada Weber"]
    finally:
        close_database()
        drop_members(pg, {"ana": ana})


def _search(text: str, size: int) -> list[str]:
    """The People page's first window of a search."""
    return [row.name for row in people.read_window(text, limit=size).rows]


def test_move_to_copies_a_personal_database_verifies_it_and_keeps_the_file(
    tmp_path: Path, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    personal = tmp_path / "me.db"
    assert main(["--db", str(personal), "demo"]) == 0
    before = personal.read_bytes()
    assert main(["--db", str(personal), "export", "json", str(tmp_path / "local.json")]) == 0
    capsys.readouterr()

    assert main(["--db", str(personal), "move-to", empty_url]) == 0
    err = capsys.readouterr().err
    assert "both sides' JSON export are identical" in err and f"{personal} is kept as it was" in err
    assert personal.read_bytes() == before

    assert main(["--database-url", empty_url, "export", "json", str(tmp_path / "server.json")]) == 0
    local = json.loads((tmp_path / "local.json").read_text())
    server = json.loads((tmp_path / "server.json").read_text())
    assert server["people"] == local["people"] and server["interactions"] == local["interactions"]
    assert len(server["people"]) > 10
    with psycopg.connect(empty_url) as conn:  # the server plans the first day with statistics, not guesses
        rows = conn.execute(
            "SELECT relname, last_vacuum IS NOT NULL, last_analyze IS NOT NULL "
            "FROM pg_stat_user_tables WHERE relname IN ('person', 'interaction')"
        ).fetchall()
    assert sorted(rows) == [("interaction", True, True), ("person", True, True)]

    # a second move onto the now filled server is refused, and changes nothing there
    assert main(["--db", str(personal), "move-to", empty_url]) == 4
    assert "already holds data; nothing was copied" in capsys.readouterr().err


def test_the_whole_days_facts_are_read_as_of_one_moment_while_a_colleague_writes(pg_url: str) -> None:
    """``one_pass_reads`` on a team server: one read-only snapshot, so a person a colleague adds between two of
    its statements is in none of them (their touches cannot arrive without them); afterwards they are there."""
    from desktop.core.reconnect.facts import load_facts
    from desktop.store.dialect import one_pass_reads

    db = open_database(pg_url)
    Person.create(name="Ada Early", sort_key="ada early")
    with one_pass_reads(db):
        before = Person.select().count()
        with psycopg.connect(pg_url, autocommit=True) as colleague:
            colleague.execute("INSERT INTO person (name, sort_key) VALUES ('Bea Meanwhile', 'bea meanwhile')")
        assert Person.select().count() == before == 1
    assert Person.select().count() == 2
    assert sorted(p.name for p in load_facts().people.values()) == ["Ada Early", "Bea Meanwhile"]


def test_rows_read_ahead_during_a_whole_read_are_of_its_moment_and_their_errors_reach_the_reader(pg_url: str) -> None:
    """``read_ahead`` inside ``one_pass_reads`` reads on a second connection (a thread), in the same snapshot: a
    person a colleague adds before the rows are taken is not in them; a statement that fails raises where the rows
    are taken, as a statement of this thread would."""
    from desktop.store.dialect import one_pass_reads, read_ahead

    db = open_database(pg_url)
    Person.create(name="Ada Early", sort_key="ada early")
    with one_pass_reads(db):
        with psycopg.connect(pg_url, autocommit=True) as colleague:
            colleague.execute("INSERT INTO person (name, sort_key) VALUES ('Bea Meanwhile', 'bea meanwhile')")
        ahead = read_ahead(db, [("SELECT name FROM person ORDER BY name", []), ("SELECT count(*) FROM person", [])])
        broken = read_ahead(db, [("SELECT no_such_column FROM person", [])])
        names, count = ahead()
        assert [row[0] for row in names] == ["Ada Early"] and list(count) == [(1,)]
        with pytest.raises(pw.ProgrammingError, match="no_such_column"):
            broken()
    assert [row[0] for row in read_ahead(db, [("SELECT name FROM person ORDER BY name", [])])()[0]] == [
        "Ada Early", "Bea Meanwhile",
    ]  # fmt: skip
