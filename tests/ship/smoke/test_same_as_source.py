"""Bad starts give the frozen app the same one-line message and exit code as the installed wheel — never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ship.smoke.conftest import Built, Ran, Session


def _both(session: Session, built: Built, wheel_venv: Path, env: dict[str, str], *args: str) -> tuple[Ran, Ran]:
    return session.run(built.frozen, *args, env=env), session.run(wheel_venv, *args, env=env)


def _a_file(session: Session, name: str) -> Path:
    path = session.scratch / name
    path.write_text("", encoding="utf-8")
    return path


def test_no_writable_home(built: Built, session: Session, wheel_venv: Path) -> None:
    env = session.home("no-home")
    home = _a_file(session, "home-is-a-file")
    env.update(HOME=str(home))
    del env["XDG_DATA_HOME"], env["XDG_CONFIG_HOME"]

    frozen, source = _both(session, built, wheel_venv, env, "suggest", "--json")

    assert (frozen.code, frozen.out, frozen.err) == (source.code, source.out, source.err)
    assert frozen.code == 4
    assert frozen.err == (
        f"rebound: {home}/.local/share/Rebound: cannot create Rebound's data folder (Not a directory); "
        "choose the database with --db PATH or $REBOUND_DATABASE_URL\n"
    )


@pytest.mark.parametrize("encryption", [[], ["--no-encryption"]], ids=["encrypted", "plain"])
def test_a_database_on_a_missing_drive(built: Built, session: Session, wheel_venv: Path, encryption: list[str]) -> None:
    drive = _a_file(session, "unplugged-drive")  # a folder that cannot exist, even for root
    database = drive / "Rebound" / "rebound.db"
    env = session.home("drive")

    frozen, source = _both(session, built, wheel_venv, env, *encryption, "--db", str(database), "demo")

    assert (frozen.code, frozen.out, frozen.err) == (source.code, source.out, source.err)
    assert frozen.code == 4
    assert frozen.err == f"rebound: {database}: cannot create the database (Not a directory)\n"


def test_a_broken_keyring(built: Built, session: Session, wheel_venv: Path) -> None:
    env = session.home("keyring-gone")
    database = session.scratch / "keyring-gone" / "locked.db"
    created = session.run(built.frozen, "--db", str(database), "demo", env=env)
    assert created.code == 0, created.err
    broken = {**env, "DBUS_SESSION_BUS_ADDRESS": f"unix:path={session.scratch / 'no-bus-here'}"}

    frozen, source = _both(session, built, wheel_venv, broken, "--db", str(database), "suggest", "--json")

    assert (frozen.code, frozen.out, frozen.err) == (source.code, source.out, source.err)
    assert frozen.code == 4
    assert frozen.err.startswith("rebound: ") and str(database) in frozen.err and "keyring" in frozen.err, frozen.err
    assert frozen.err.count("\n") == 1 and "Traceback" not in frozen.err
