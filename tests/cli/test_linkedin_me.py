"""`rebound import linkedin messages.csv --me …`: a messages.csv without Profile.csv cannot tell which participant
is the account owner; the user says it once (full name or profile URL) and later imports remember it."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.settings import get_text
from desktop.interop import linkedin
from desktop.store.database import close_database, open_sqlite
from desktop.vocab import LINKEDIN_ME
from tests.cli.conftest import Rebound

MESSAGES = (
    "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\r\n"
    "c1,Ann Archer,https://www.linkedin.com/in/ann,Bob Brandt,https://www.linkedin.com/in/bob,"
    "2026-02-19 08:14:51 UTC,Hello Bob\r\n"
    "c1,Bob Brandt,https://www.linkedin.com/in/bob,Ann Archer,https://www.linkedin.com/in/ann,"
    "2026-02-19 09:02:10 UTC,Hi Ann\r\n"
)


def _messages(tmp_path: Path, name: str = "messages.csv") -> Path:
    path = tmp_path / name
    path.write_text(MESSAGES, encoding="utf-8")
    return path


def test_without_me_every_message_is_skipped_and_the_summary_names_the_participants(
    rebound: Rebound, tmp_path: Path
) -> None:
    result = rebound("import", "linkedin", _messages(tmp_path))
    assert result.code == 0, result.err
    assert "  - messages.csv: cannot tell which participant is you (lines 2, 3)" in result.out.splitlines()
    assert (
        '  - say which participant is you (rebound import linkedin --me "Your Name" or your profile URL; '
        "the import wizard asks): Ann Archer, Bob Brandt"
    ) in result.out.splitlines()
    assert rebound.names() == []


def test_me_as_a_name_imports_the_messages_and_is_remembered(rebound: Rebound, tmp_path: Path) -> None:
    result = rebound("import", "linkedin", _messages(tmp_path), "--me", "Ann Archer", "--json")
    assert json.loads(result.out)["errors"] == []
    assert rebound.names() == ["Bob Brandt"]  # Ann is the owner, never one of the people
    bob = rebound.people()[0]
    later = _messages(tmp_path, "later.csv")
    later.write_text(MESSAGES.replace("c1,", "c2,").replace("Hello Bob", "Still there?"), encoding="utf-8")
    again = json.loads(rebound("import", "linkedin", later, "--json").out)  # no --me: the answer is remembered
    assert (again["created"], again["skipped"], again["errors"]) == (1, 0, [])
    assert rebound.names() == ["Bob Brandt"]
    assert rebound.people()[0]["id"] == bob["id"]


def test_me_as_a_profile_url(rebound: Rebound, tmp_path: Path) -> None:
    result = rebound("import", "linkedin", _messages(tmp_path), "--me", "http://linkedin.com/in/bob/", "--json")
    assert json.loads(result.out)["skipped"] == 0
    assert rebound.names() == ["Ann Archer"]
    open_sqlite(rebound.db_path)
    try:
        assert get_text(LINKEDIN_ME) == "http://linkedin.com/in/bob/"
    finally:
        close_database()


def test_the_preview_offers_the_participants_to_pick_from(db: object, tmp_path: Path) -> None:
    from datetime import datetime

    shown = linkedin.preview(_messages(tmp_path), now=datetime(2026, 3, 1))
    assert shown.participants == ["Ann Archer", "Bob Brandt"]
    picked = linkedin.preview(_messages(tmp_path), now=datetime(2026, 3, 1), me="Bob Brandt")
    assert (picked.participants, picked.skipped, picked.new_people) == ([], 0, 1)
    assert get_text(LINKEDIN_ME) is None  # a preview writes nothing, not even the answer
