"""LinkedIn import boundaries: who a message belongs to when names repeat, and who the account owner is.

Written against ``linkedin.run`` on export files, so it holds whatever shape the importer takes inside.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import people
from desktop.core.timeline import timeline
from desktop.errors import NotFound
from desktop.interop import linkedin

NOW = datetime(2026, 3, 1, 12, 0, 0)
ME = "https://www.linkedin.com/in/alexmorgan-crm"
SAM_ONE = "https://www.linkedin.com/in/sam-lee-1"
SAM_TWO = "https://www.linkedin.com/in/sam-lee-2"
CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    f"Sam,Lee,{SAM_ONE},,Acme GmbH,Engineer,01 Feb 2026\n"
    f"Sam,Lee,{SAM_TWO},,Globex AG,Designer,02 Feb 2026\n"
    "Aiko,Tanabe,https://www.linkedin.com/in/aiko-tanabe,,Contoso,Analyst,03 Feb 2026\n"
)
OLD_MESSAGES = (
    "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"
    "Sam Lee,Alex Morgan,2019-04-02 10:00:00 UTC,Hello,Which Sam am I?,INCOMING,INBOX\n"
    "Aiko Tanabe,Alex Morgan,2019-04-03 10:00:00 UTC,Hello,Only one Aiko,INCOMING,INBOX\n"
)
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
    "FOLDER,IS MESSAGE DRAFT\n"
)


@pytest.fixture(autouse=True)
def _utc() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _bodies(reference: str) -> list[str | None]:
    return [e.body for e in timeline(people.find_person(reference))]


def test_a_message_from_one_of_two_connections_of_the_same_name_is_pinned_to_neither(
    db: object, tmp_path: Path
) -> None:
    """Same export: two connections named "Sam Lee", a message from "Sam Lee" without a profile URL."""
    folder = tmp_path / "export"
    _write(folder / "Connections.csv", CONNECTIONS)
    _write(folder / "messages.csv", OLD_MESSAGES)

    linkedin.run(folder, now=NOW)

    assert _bodies(SAM_ONE) == []
    assert _bodies(SAM_TWO) == []
    assert _bodies("https://www.linkedin.com/in/aiko-tanabe") == ["Only one Aiko"]  # a unique name is matched


def test_the_same_holds_when_the_connections_came_in_an_earlier_import(db: object, tmp_path: Path) -> None:
    linkedin.run(_write(tmp_path / "first" / "Connections.csv", CONNECTIONS), now=NOW)
    linkedin.run(_write(tmp_path / "later" / "messages.csv", OLD_MESSAGES), now=NOW)

    assert _bodies(SAM_ONE) == []
    assert _bodies(SAM_TWO) == []
    assert _bodies("https://www.linkedin.com/in/aiko-tanabe") == ["Only one Aiko"]


def test_the_owner_is_recognised_when_only_their_side_of_a_row_has_no_url(db: object, tmp_path: Path) -> None:
    """The owner is known by URL from the other rows; one row of mine has no sender URL: still me, never a person."""
    aiko = "https://www.linkedin.com/in/aiko-tanabe"
    jonah_url = "https://www.linkedin.com/in/jonahfeld"
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,Aiko Tanabe,{aiko},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + f"c1,,Alex Morgan,{ME},Aiko Tanabe,{aiko},2026-02-01 11:00:00 UTC,,Hi Aiko,INBOX,No\n"
        + f"c2,,Jonah Feld,{jonah_url},Alex Morgan,{ME},2026-02-02 10:00:00 UTC,,Yo,INBOX,No\n"
        + f"c2,,Alex Morgan,,Jonah Feld,{jonah_url},2026-02-02 11:00:00 UTC,,Hey,INBOX,No\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Jonah Feld"]
    jonah = timeline(people.find_person(jonah_url))
    assert [(e.direction, e.body) for e in jonah] == [("out", "Hey"), ("in", "Yo")]


def test_the_owner_known_only_by_name_is_recognised_on_a_row_that_carries_a_url(db: object, tmp_path: Path) -> None:
    """Invitations without URLs tell the owner by name; a row that gives the owner's URL is still the owner's."""
    folder = tmp_path / "export"
    _write(
        folder / "Invitations.csv",
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        '"Alex Morgan","Priya Raman","2/18/26, 4:07 PM",,,,\n'
        '"Alex Morgan","Hugo Brandt","2/17/26, 4:07 PM",,,,\n'
        f'"Alex Morgan","Tomás Ibáñez","2/16/26, 4:07 PM",,,{ME},\n',
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Hugo Brandt", "Priya Raman", "Tomás Ibáñez"]
    assert [e.direction for e in timeline(people.find_person("Tomás Ibáñez"))] == ["out"]


INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
PRIYA, HUGO, GRACE = (
    "https://www.linkedin.com/in/priya-raman-87b2c1",
    "https://www.linkedin.com/in/hugo-brandt-4410a2",
    "https://www.linkedin.com/in/gracewhitfield",
)


def _directions(reference: str) -> list[tuple[str, str | None]]:
    return [(e.direction, e.kind) for e in timeline(people.find_person(reference))]


def test_invitations_without_a_direction_are_told_apart_by_the_owners_url(db: object, tmp_path: Path) -> None:
    """No Direction column values: the URL found in every invitation is the owner's; who invited whom follows."""
    source = _write(
        tmp_path / "Invitations.csv",
        INVITATIONS_HEADER
        + f'Alex Morgan,Priya Raman,"2/18/26, 4:07 PM",Hello Priya,,{ME},{PRIYA}\n'
        + f'Hugo Brandt,Alex Morgan,"2/11/26, 9:42 AM",,,{HUGO},{ME}\n'
        + f'Alex Morgan,Grace Whitfield,"1/29/26, 2:37 PM",,,{ME},{GRACE}\n',
    )

    summary = linkedin.run(source, now=NOW)

    assert (summary.created, summary.skipped) == (6, 0)  # three people, three requests
    assert sorted(p.name for p in people.list_people()) == ["Grace Whitfield", "Hugo Brandt", "Priya Raman"]
    assert _directions(PRIYA) == [("out", "connection_request")]
    assert _directions(HUGO) == [("in", "connection_request")]
    assert _directions(GRACE) == [("out", "connection_request")]
    assert [e.body for e in timeline(people.find_person(PRIYA))] == ["Hello Priya"]


def test_without_urls_the_name_in_every_conversation_is_the_owner(db: object, tmp_path: Path) -> None:
    """Messages without profile URLs or a direction: "Alex Morgan" is in all three conversations, so Alex is me;
    a group message of mine reaches both other people."""
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + "c1,,Aiko Tanabe,,Alex Morgan,,2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + "c1,,Alex Morgan,,Aiko Tanabe,,2026-02-01 11:00:00 UTC,,Hi Aiko,INBOX,No\n"
        + "c2,,Jonah Feld,,Alex Morgan,,2026-02-02 10:00:00 UTC,,Yo,INBOX,No\n"
        + 'c3,,Alex Morgan,,"Priya Raman, Hugo Brandt",,2026-02-03 10:00:00 UTC,,Hello both,INBOX,No\n',
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Hugo Brandt", "Jonah Feld", "Priya Raman"]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Aiko Tanabe"))] == [
        ("out", "Hi Aiko"), ("in", "Hi Alex"),
    ]  # fmt: skip
    assert [e.direction for e in timeline(people.find_person("Jonah Feld"))] == ["in"]
    assert [e.body for e in timeline(people.find_person("Priya Raman"))] == ["Hello both"]
    assert [e.body for e in timeline(people.find_person("Hugo Brandt"))] == ["Hello both"]


def test_the_profile_name_tells_the_owner_when_names_tie(db: object, tmp_path: Path) -> None:
    """One conversation between two people, no URLs: either could be me; Profile.csv says which."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nDevon,Reyes,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + "c1,,Alex Morgan,,Devon Reyes,,2026-02-01 10:00:00 UTC,,Hello Devon,INBOX,No\n"
        + "c1,,Devon Reyes,,Alex Morgan,,2026-02-01 11:00:00 UTC,,Hello Alex,INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert [p.name for p in people.list_people()] == ["Alex Morgan"]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Alex Morgan"))] == [
        ("out", "Hello Alex"), ("in", "Hello Devon"),
    ]  # fmt: skip


def test_the_owners_name_from_their_url_recognises_a_row_of_theirs_without_one(db: object, tmp_path: Path) -> None:
    """The owner (by URL) is called "Alex Morgan" in their rows; an invitation of theirs with no URL is still theirs."""
    source = _write(
        tmp_path / "Invitations.csv",
        INVITATIONS_HEADER
        + f'Alex Morgan,Priya Raman,"2/18/26, 4:07 PM",,,{ME},{PRIYA}\n'
        + f'Hugo Brandt,Alex Morgan,"2/11/26, 9:42 AM",,,{HUGO},{ME}\n'
        + f'Alex Morgan,Grace Whitfield,"1/29/26, 2:37 PM",,,,{GRACE}\n',
    )

    linkedin.run(source, now=NOW)

    assert sorted(p.name for p in people.list_people()) == ["Grace Whitfield", "Hugo Brandt", "Priya Raman"]
    assert _directions(GRACE) == [("out", "connection_request")]


def test_a_stranger_without_a_name_is_named_from_their_profile_url(db: object, tmp_path: Path) -> None:
    rita = "https://www.linkedin.com/in/rita-recruiter-77"
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,,{rita},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,A role for you,INBOX,No\n"
        + f"c2,,Aiko Tanabe,https://www.linkedin.com/in/aiko-tanabe,Alex Morgan,{ME},2026-02-02 10:00:00 UTC,,Hi,"
        "INBOX,No\n",
    )

    linkedin.run(source, now=NOW)

    person = people.get_person(people.find_person(rita))
    assert (person.name, person.linkedin_url) == ("Rita Recruiter", rita)
    assert [e.body for e in timeline(person.id)] == ["A role for you"]


def test_a_message_without_a_url_goes_to_the_one_connection_of_that_name_though_a_contact_shares_it(
    db: object, tmp_path: Path
) -> None:
    """An address-book "Aiko Tanabe" (no LinkedIn) and one LinkedIn connection of that name: LinkedIn's message from
    "Aiko Tanabe" is the connection's, not the address-book card's and not a third Aiko."""
    people.create_person({"name": "Aiko Tanabe", "company": "Initech", "email": "aiko@initech.example"})
    folder = tmp_path / "export"
    _write(folder / "Connections.csv", CONNECTIONS)
    _write(folder / "messages.csv", OLD_MESSAGES)

    linkedin.run(folder, now=NOW)

    assert _bodies("https://www.linkedin.com/in/aiko-tanabe") == ["Only one Aiko"]
    assert _bodies("aiko@initech.example") == []
    assert sum(p.name == "Aiko Tanabe" for p in people.list_people()) == 2


NAMESAKE = "https://www.linkedin.com/in/alex-morgan-berlin"  # another Alex Morgan: the owner's namesake
AIKO = "https://www.linkedin.com/in/aiko-tanabe"
JONAH = "https://www.linkedin.com/in/jonahfeld"


def test_the_owner_is_told_by_url_from_senders_and_recipients_so_a_namesake_stays_a_person(
    db: object, tmp_path: Path
) -> None:
    """No Profile.csv, no invitations. The owner's URL is in every conversation: as a recipient beside Priya in two,
    alone in one, as the only sender in the last; another "Alex Morgan" wrote too. Neither the senders nor the
    recipients alone single the owner out, both together do; the namesake is a person with their message."""
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + f'c1,,Aiko Tanabe,{AIKO},"Alex Morgan, Priya Raman","{ME};{PRIYA}",2026-02-01 10:00,,Hi all,INBOX,No\n'
        + f'c2,,Jonah Feld,{JONAH},"Alex Morgan, Priya Raman","{ME};{PRIYA}",2026-02-02 10:00:00 UTC,,Yo,INBOX,No\n'
        + f"c3,,Alex Morgan,{NAMESAKE},Alex Morgan,{ME},2026-02-03 10:00:00 UTC,,Hello namesake,INBOX,No\n"
        + f'c4,,Alex Morgan,{ME},"Priya Raman, Hugo Brandt","{PRIYA};{HUGO}",2026-02-04 10:00:00 UTC,,Group,INBOX,No\n',
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == [
        "Aiko Tanabe", "Alex Morgan", "Hugo Brandt", "Jonah Feld", "Priya Raman",
    ]  # fmt: skip
    assert [(e.direction, e.body) for e in timeline(people.find_person(NAMESAKE))] == [("in", "Hello namesake")]
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [("in", "Hi all")]
    assert [(e.direction, e.body) for e in timeline(people.find_person(HUGO))] == [("out", "Group")]
    with pytest.raises(NotFound):
        people.find_person(ME)  # the owner is never one of the people


def test_the_profile_name_breaks_a_tie_of_urls_so_a_namesake_stays_a_person(db: object, tmp_path: Path) -> None:
    """Aiko's URL and the owner's are in both conversations (a tie); Profile.csv names the owner, and of the two tied
    URLs only the owner's wrote as "Alex Morgan". The other Alex Morgan, who wrote to us both, is a person."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nAlex,Morgan,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,Aiko Tanabe,{AIKO},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + f"c1,,Alex Morgan,{ME},Aiko Tanabe,{AIKO},2026-02-01 11:00:00 UTC,,Hi Aiko,INBOX,No\n"
        + f'c2,,Alex Morgan,{NAMESAKE},"Alex Morgan, Aiko Tanabe","{ME};{AIKO}",2026-02-02 10:00:00 UTC,,Hello both,'
        "INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Alex Morgan"]
    assert [(e.direction, e.body) for e in timeline(people.find_person(NAMESAKE))] == [("in", "Hello both")]
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [
        ("out", "Hi Aiko"),
        ("in", "Hi Alex"),
    ]


def test_a_single_received_message_is_read_with_the_profile_name_when_the_owner_never_wrote(
    db: object, tmp_path: Path
) -> None:
    """One message to the owner, who never wrote from their URL: the two URLs tie, the owner's has no name of its own;
    Profile.csv's name says who is me."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nAlex,Morgan,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER + f"c1,,Aiko Tanabe,{AIKO},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi,INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert [p.name for p in people.list_people()] == ["Aiko Tanabe"]
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [("in", "Hi")]


@pytest.mark.parametrize("owner_side", ["inviter", "invitee"])
def test_invitations_break_a_tie_of_the_messages_so_a_namesake_stays_a_person(
    db: object, tmp_path: Path, owner_side: str
) -> None:
    """Two conversations with Aiko: her URL and the owner's are in both (a tie). The invitations — where the owner
    is only the inviter, or only the invitee — decide; the owner's namesake in them is a person, not me."""
    folder = tmp_path / "export"
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,Aiko Tanabe,{AIKO},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + f"c2,,Alex Morgan,{ME},Aiko Tanabe,{AIKO},2026-02-02 10:00:00 UTC,,Hi Aiko,INBOX,No\n",
    )
    if owner_side == "inviter":
        rows = f'Alex Morgan,Priya Raman,"2/18/26, 4:07 PM",,,{ME},{PRIYA}\n'
        rows += f'Alex Morgan,Alex Morgan,"2/17/26, 4:07 PM",,,{ME},{NAMESAKE}\n'
        expected = "out"
    else:
        rows = f'Priya Raman,Alex Morgan,"2/18/26, 4:07 PM",,,{PRIYA},{ME}\n'
        rows += f'Alex Morgan,Alex Morgan,"2/17/26, 4:07 PM",,,{NAMESAKE},{ME}\n'
        expected = "in"
    _write(folder / "Invitations.csv", INVITATIONS_HEADER + rows)

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Alex Morgan", "Priya Raman"]
    assert _directions(NAMESAKE) == [(expected, "connection_request")]
    assert _directions(PRIYA) == [(expected, "connection_request")]
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [
        ("out", "Hi Aiko"),
        ("in", "Hi Alex"),
    ]


def test_a_profile_name_found_in_no_conversation_is_no_guess_and_the_messages_are_set_aside(
    db: object, tmp_path: Path
) -> None:
    """Profile.csv says "Devon Reyes", but the one conversation is between two other names and has no URLs: Rebound
    cannot tell which of them is me, so it imports neither as a person and says why."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nDevon,Reyes,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + "c1,,Alex Morgan,,Kim Lee,,2026-02-01 10:00:00 UTC,,Hello Kim,INBOX,No\n"
        + "c1,,Kim Lee,,Alex Morgan,,2026-02-01 11:00:00 UTC,,Hello Alex,INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert people.list_people() == []
    assert summary.skipped == 2
    assert summary.reasons == {"cannot tell which participant is you": 2}


def test_a_connection_tied_with_the_owner_is_not_taken_for_the_owner(db: object, tmp_path: Path) -> None:
    """One conversation between the owner and Aiko, both with URLs and no Profile.csv: a tie, which Connections.csv
    breaks — Aiko is a connection, so the other URL is mine."""
    folder = tmp_path / "export"
    _write(folder / "Connections.csv", CONNECTIONS)
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,Aiko Tanabe,{AIKO},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + f"c1,,Alex Morgan,{ME},Aiko Tanabe,{AIKO},2026-02-01 11:00:00 UTC,,Hi Aiko,INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [
        ("out", "Hi Aiko"),
        ("in", "Hi Alex"),
    ]
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Sam Lee", "Sam Lee"]


def test_rows_without_a_conversation_id_each_count_as_a_conversation(db: object, tmp_path: Path) -> None:
    """No conversation ids, no URLs, no Direction: "Alex Morgan" is in every row, so Alex is me."""
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + ",,Aiko Tanabe,,Alex Morgan,,2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + ",,Alex Morgan,,Aiko Tanabe,,2026-02-01 11:00:00 UTC,,Hi Aiko,INBOX,No\n"
        + ",,Jonah Feld,,Alex Morgan,,2026-02-02 10:00:00 UTC,,Yo,INBOX,No\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Jonah Feld"]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Jonah Feld"))] == [("in", "Yo")]


def test_the_profile_name_recognises_a_row_of_mine_without_a_url_when_my_url_never_wrote(
    db: object, tmp_path: Path
) -> None:
    """My URL is told by count but only ever as a recipient, so it has no name of its own; Profile.csv's name then
    recognises the one row I sent without a URL."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nAlex,Morgan,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + f"c1,,Aiko Tanabe,{AIKO},Alex Morgan,{ME},2026-02-01 10:00:00 UTC,,Hi Alex,INBOX,No\n"
        + f"c2,,Jonah Feld,{JONAH},Alex Morgan,{ME},2026-02-02 10:00:00 UTC,,Yo,INBOX,No\n"
        + f"c3,,Priya Raman,{PRIYA},Alex Morgan,{ME},2026-02-03 10:00:00 UTC,,Hello,INBOX,No\n"
        + f"c1,,Alex Morgan,,Aiko Tanabe,{AIKO},2026-02-04 10:00:00 UTC,,Hi Aiko,INBOX,No\n",
    )

    summary = linkedin.run(folder, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Aiko Tanabe", "Jonah Feld", "Priya Raman"]
    assert [(e.direction, e.body) for e in timeline(people.find_person(AIKO))] == [
        ("out", "Hi Aiko"),
        ("in", "Hi Alex"),
    ]


def test_without_urls_a_group_of_recipients_is_read_name_by_name(db: object, tmp_path: Path) -> None:
    """No URLs: "Alex Morgan" is in every conversation only as one of a group of recipients, and once as sender."""
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + 'c1,,Aiko Tanabe,,"Alex Morgan, Priya Raman",,2026-02-01 10:00:00 UTC,,Hi both,INBOX,No\n'
        + 'c2,,Jonah Feld,,"Alex Morgan, Priya Raman",,2026-02-02 10:00:00 UTC,,Yo both,INBOX,No\n'
        + "c3,,Alex Morgan,,Aiko Tanabe,,2026-02-03 10:00:00 UTC,,Hi Aiko,INBOX,No\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert "Alex Morgan" not in [p.name for p in people.list_people()]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Aiko Tanabe"))] == [
        ("out", "Hi Aiko"), ("in", "Hi both"),
    ]  # fmt: skip
    assert [(e.direction, e.body) for e in timeline(people.find_person("Jonah Feld"))] == [("in", "Yo both")]


def test_invitations_without_urls_tell_the_owner_by_the_name_in_every_one(db: object, tmp_path: Path) -> None:
    """No URLs, no Direction: Alex Morgan invited one person and was invited by two; Alex is me."""
    source = _write(
        tmp_path / "Invitations.csv",
        INVITATIONS_HEADER
        + 'Alex Morgan,Priya Raman,"2/18/26, 4:07 PM",,,,\n'
        + 'Hugo Brandt,Alex Morgan,"2/17/26, 4:07 PM",,,,\n'
        + 'Kim Lee,Alex Morgan,"2/16/26, 4:07 PM",,,,\n',
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert sorted(p.name for p in people.list_people()) == ["Hugo Brandt", "Kim Lee", "Priya Raman"]
    assert _directions("Priya Raman") == [("out", "connection_request")]
    assert _directions("Kim Lee") == [("in", "connection_request")]
    assert _directions("Hugo Brandt") == [("in", "connection_request")]


def test_a_one_message_export_with_a_direction_needs_no_owner(db: object, tmp_path: Path) -> None:
    """An old export with one incoming message: two names, so no telling which is me by count — the Direction
    column says the message came in from Sam."""
    source = _write(
        tmp_path / "messages.csv",
        "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"
        "Sam Lee,Alex Morgan,2019-04-02 10:00:00 UTC,Hello,Are you still looking?,INCOMING,INBOX\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert [p.name for p in people.list_people()] == ["Sam Lee"]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Sam Lee"))] == [
        ("in", "Are you still looking?")
    ]


def test_the_profile_name_in_fewer_conversations_than_two_others_is_still_the_owner(db: object, tmp_path: Path) -> None:
    """No URLs. Two names are in both conversations and tie; Profile.csv's "Devon Reyes" is in only one (the other
    is a group thread Devon left): neither of the two is told apart, but Devon is named and present, so Devon is me."""
    folder = tmp_path / "export"
    _write(folder / "Profile.csv", "First Name,Last Name,Headline\nDevon,Reyes,Partnerships\n")
    _write(
        folder / "messages.csv",
        MESSAGES_HEADER
        + 'c1,,Devon Reyes,,"Alex Morgan, Kim Lee",,2026-02-01 10:00:00 UTC,,Hello both,INBOX,No\n'
        + "c2,,Alex Morgan,,Kim Lee,,2026-02-02 10:00:00 UTC,,Just us,INBOX,No\n",
    )

    linkedin.run(folder, now=NOW)

    assert sorted(p.name for p in people.list_people()) == ["Alex Morgan", "Kim Lee"]
    assert [(e.direction, e.body) for e in timeline(people.find_person("Alex Morgan"))][-1] == ("out", "Hello both")


def test_a_name_of_accent_marks_only_does_not_outweigh_the_owner(db: object, tmp_path: Path) -> None:
    """No URLs, no Profile.csv: Alex writes with two members whose names are a lone accent mark ("´", "¨"). Such a
    name folds to nothing and counts for no one, so Alex, in both conversations, is the owner."""
    source = _write(
        tmp_path / "messages.csv",
        MESSAGES_HEADER
        + "c1,,Alex Morgan,,´,,2026-02-01 10:00:00 UTC,,Hi,INBOX,No\n"
        + "c2,,¨,,Alex Morgan,,2026-02-02 10:00:00 UTC,,Hello,INBOX,No\n",
    )

    summary = linkedin.run(source, now=NOW)

    assert summary.skipped == 0
    assert "Alex Morgan" not in [p.name for p in people.list_people()]


def test_an_invitation_without_a_url_goes_to_the_one_connection_of_that_name_though_a_contact_shares_it(
    db: object, tmp_path: Path
) -> None:
    """As for a message: an export of connections and invitations only (no messages) still matches an invitation
    without a URL to the one connection of that name, not to the address-book card of the same name."""
    people.create_person({"name": "Aiko Tanabe", "company": "Initech", "email": "aiko@initech.example"})
    folder = tmp_path / "export"
    _write(folder / "Connections.csv", CONNECTIONS)
    _write(folder / "Invitations.csv", INVITATIONS_HEADER + f'Aiko Tanabe,Alex Morgan,"2/18/26, 4:07 PM",Hi,,,{ME}\n')

    linkedin.run(folder, now=NOW)

    assert _directions(AIKO) == [("in", "connection_request")]
    assert _directions("aiko@initech.example") == []
    assert sum(p.name == "Aiko Tanabe" for p in people.list_people()) == 2
