"""The LinkedIn data export: every file the importer reads, in every shape FORMAT.md lists, matched not duplicated."""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.core import people
from desktop.core.bulk_writer import Interactions
from desktop.core.timeline import timeline
from desktop.errors import Cancelled, InputError
from desktop.interop import linkedin
from desktop.interop.archive import dumps, export_document
from desktop.store import search
from desktop.store.database import close_database, open_sqlite
from desktop.store.models import DB, Person

SAMPLES = Path(__file__).parents[1] / "data" / "linkedin"
NOW = datetime(2026, 3, 1, 12, 0, 0)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
)


@pytest.fixture(autouse=True)
def _utc() -> Iterator[None]:
    """Message times are UTC in the file and local in the database: make local time UTC here."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _state() -> str:
    return dumps(export_document())


def _person(reference: str) -> Any:
    return people.get_person(people.find_person(reference))


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def _zip_of(folder: Path, target: Path, rename: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                name = file.relative_to(folder).as_posix()
                archive.write(file, (rename or {}).get(name, name))
    return target


# ---------------------------------------------------------------- Connections.csv


def test_connections_become_connected_people_with_clean_names(db: object) -> None:
    summary = linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    assert (summary.created, summary.updated, summary.skipped) == (7, 0, 0)
    names = [p.name for p in people.list_people()]
    assert names == [
        "Aiko Tanabe", "Catherine Nguyen", "Devon Reyes", "Jonah Feld", "Marta Kowalczyk", "Samuel Okafor",
        "Zoë Lefèvre-Martin",
    ]  # fmt: skip
    samuel = _person("https://www.linkedin.com/in/samuel-okafor-pmp")
    assert (samuel.first_name, samuel.last_name, samuel.company, samuel.title) == (
        "Samuel", "Okafor", "Tailspin Logistics", "Program Manager",
    )  # fmt: skip
    cathy = _person("cathy.nguyen@example.org")
    assert (cathy.first_name, cathy.title, cathy.company) == ("Catherine", 'VP, Sales "EMEA"', "Adventure Works")
    assert cathy.connected and cathy.connected_on == date(2020, 3, 30)
    devon = _person("Devon Reyes")
    assert (devon.company, devon.email, devon.connected_on) == (
        "Northwind Traders, Inc.", "devon.reyes@example.com", date(2025, 11, 3),
    )  # fmt: skip
    assert _person("Jonah Feld").company is None
    assert search.person_count(DB.obj, "zoe") == 1  # in the search index, accents folded


def _connections(rows: list[str], header: str = HEADER, preamble: bool = True) -> str:
    return (PREAMBLE if preamble else "") + "\n".join([header, *rows]) + "\n"


_NAME_PIECES = (
    "Ann", "zoë", "ZOË", "Zoe\u0308", "Seán", "O'Brien", "de la Cruz", "Okafor, PMP", "Smith MBA", "Ph.D.", "(Cathy)",
    '"Bob"', "🚀", "✨Jane✨", "  Lee  ", "Ng\u00a0Wei", "Straße", "İlker", "ΣΟΦΙΑ", "ﬁona", "Ｋａｉ", "¨",
    "\u0301", "-", "| Tom", "Dr. Who", "李", "Ö zil", "\u2003Em\u3000ma", "x\u200by", "",
)  # fmt: skip


def test_names_and_their_sort_keys_are_as_clean_name_and_sort_key_make_them(db: object, tmp_path: Path) -> None:
    """The importer cleans each distinct name cell once and joins the folds of the parts into the sort key: the
    same as cleaning and folding every row's whole name."""
    import csv
    import io
    import random

    from desktop.core.normalize import sort_key

    rng = random.Random(4)
    pairs = [
        (" ".join(rng.sample(_NAME_PIECES, rng.randint(0, 2))), " ".join(rng.sample(_NAME_PIECES, rng.randint(0, 2))))
        for _ in range(600)
    ]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER.split(","))
    for number, (first, last) in enumerate(pairs):
        writer.writerow([first, last, f"https://www.linkedin.com/in/p{number}", "", "", "", "14 Feb 2026"])
    linkedin.run(_write(tmp_path / "Connections.csv", buffer.getvalue()), now=NOW)
    stored = DB.obj.execute_sql("SELECT linkedin_key, name, first_name, last_name, sort_key FROM person").fetchall()
    by_url = {key: row for key, *row in stored}
    for number, (first, last) in enumerate(pairs):
        name, first_name, last_name = linkedin.clean_name(first.strip(), last.strip())
        if not name:
            continue  # the name comes from the URL
        assert by_url[f"linkedin.com/in/p{number}"] == [name, first_name or None, last_name or None, sort_key(name)]


VARIANTS = {
    "with preamble": (_connections([
        "Marta,Kowalczyk,https://www.linkedin.com/in/marta,,Fabrikam Robotics,Senior PM,14 Feb 2026",
        "Samuel,\"Okafor, PMP\",https://www.linkedin.com/in/samuel,,Tailspin,Program Manager,9 Jan 2023",
    ]), "utf-8"),
    "Excel re-save: no preamble, 01-Jul-25 dates": (_connections([
        "Marta,Kowalczyk,https://www.linkedin.com/in/marta,,Fabrikam Robotics,Senior PM,14-Feb-26",
        "Samuel,\"Okafor, PMP\",https://www.linkedin.com/in/samuel,,Tailspin,Program Manager,09-Jan-23",
    ], preamble=False), "utf-8"),
    "old export: no URL column": (_connections([
        "Marta,Kowalczyk,,Fabrikam Robotics,Senior PM,14 Feb 2026",
        "Samuel,\"Okafor, PMP\",,Tailspin,Program Manager,09 Jan 2023",
    ], header="First Name,Last Name,Email Address,Company,Position,Connected On", preamble=False), "utf-8"),
    "BOM and CRLF": (_connections([
        "Marta,Kowalczyk,https://www.linkedin.com/in/marta,,Fabrikam Robotics,Senior PM,14 Feb 2026",
        "Samuel,\"Okafor, PMP\",https://www.linkedin.com/in/samuel,,Tailspin,Program Manager,09 Jan 2023",
    ]).replace("\n", "\r\n"), "utf-8-sig"),
    "ISO dates": (_connections([
        "Marta,Kowalczyk,https://www.linkedin.com/in/marta,,Fabrikam Robotics,Senior PM,2026-02-14",
        "Samuel,\"Okafor, PMP\",https://www.linkedin.com/in/samuel,,Tailspin,Program Manager,2023-01-09",
    ]), "utf-8"),
    "columns in another order, quoted header, extra column": (_connections([
        "14 Feb 2026,Fabrikam Robotics,Kowalczyk,Marta,https://www.linkedin.com/in/marta,Senior PM,x",
        "09 Jan 2023,Tailspin,\"Okafor, PMP\",Samuel,https://www.linkedin.com/in/samuel,Program Manager,y",
    ], header='"Connected On", "Company" ,"LAST NAME",first name,Url,Position,Something New', preamble=False),
     "utf-8"),
}  # fmt: skip


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_shape_of_connections_reads_the_same(db: object, tmp_path: Path, variant: str) -> None:
    text, encoding = VARIANTS[variant]
    source = _write(tmp_path / "Connections.csv", text, encoding)
    summary = linkedin.run(source, now=NOW)
    assert (summary.created, summary.skipped) == (2, 0)
    found = {p.name: p for p in (people.get_person(r.id) for r in people.list_people())}
    assert set(found) == {"Marta Kowalczyk", "Samuel Okafor"}
    assert (found["Marta Kowalczyk"].company, found["Marta Kowalczyk"].title) == ("Fabrikam Robotics", "Senior PM")
    assert found["Marta Kowalczyk"].connected_on == date(2026, 2, 14)
    assert found["Samuel Okafor"].connected_on == date(2023, 1, 9)
    assert all(p.connected for p in found.values())
    before = _state()
    again = linkedin.run(source, now=NOW)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert _state() == before


def test_hidden_profiles_are_counted_and_skipped(db: object, tmp_path: Path) -> None:
    source = _write(
        tmp_path / "Connections.csv",
        _connections(
            [
                "Jonah,Feld,https://www.linkedin.com/in/jonahfeld,,,,02 May 2019",
                ",,,,,,07 Jun 2026",
                ",,,,,,08 Jun 2026",
            ]
        ),  # fmt: skip
    )
    summary = linkedin.run(source, now=NOW)
    assert (summary.created, summary.skipped) == (1, 2)
    assert summary.reasons == {"hidden or closed profile (no name, no URL)": 2}
    assert summary.errors == ["Connections.csv: hidden or closed profile (no name, no URL) (lines 6, 7)"]
    assert Person.select().count() == 1


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Samuel", "Okafor, PMP", "Samuel Okafor"),
        ("Catherine (Cathy)", "Nguyen", "Catherine Nguyen"),
        ('Robert "Bob"', "Smith MBA", "Robert Smith"),
        ("Jane", "Doe 🚀", "Jane Doe"),
        ("Seán", "O'Brien", "Seán O'Brien"),
        ("Ana", "de la Cruz, PhD, CPA", "Ana de la Cruz"),
        ("🚀", "", "🚀"),  # nothing would be left: the raw text stays
    ],
)
def test_credentials_nicknames_and_emoji_are_cleaned_from_names(first: str, last: str, expected: str) -> None:
    assert linkedin.clean_name(first, last)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("08 Feb 2026", date(2026, 2, 8)), ("8 Feb 2026", date(2026, 2, 8)), ("01-Jul-25", date(2025, 7, 1)),
     ("2026-02-08", date(2026, 2, 8)), ("Feb 8, 2026", date(2026, 2, 8)), ("08.02.2026", date(2026, 2, 8)),
     ("30 September 2020", date(2020, 9, 30)), ("01-Jul-99", date(1999, 7, 1))],
)  # fmt: skip
def test_connected_on_dates_in_every_known_form(text: str, expected: date) -> None:
    assert linkedin.parse_connected_on(text) == expected


@pytest.mark.parametrize("text", ["2026/02/08", "31 Feb 2026", "08 Foo 2026", "yesterday", "3026-01-01"])
def test_unknown_dates_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match=repr(text).replace("(", r"\(")):
        linkedin.parse_connected_on(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023-06-11 15:33:58 UTC", datetime(2023, 6, 11, 15, 33, 58)),
     ("1/29/26, 2:37 PM", datetime(2026, 1, 29, 14, 37)), ("7/1/25, 12:00 PM", datetime(2025, 7, 1, 12, 0)),
     ("12/3/25, 12:05 AM", datetime(2025, 12, 3, 0, 5)),
     ("2/11/2026, 9:42 AM", datetime(2026, 2, 11, 9, 42)), ("2024-01-05T10:00:00Z", datetime(2024, 1, 5, 10, 0)),
     ("2024-01-05 11:00:00+01:00", datetime(2024, 1, 5, 10, 0))],
)  # fmt: skip
def test_message_and_invitation_times(text: str, expected: datetime) -> None:
    assert linkedin.parse_timestamp(text) == expected


def test_message_times_are_converted_from_utc_to_local_time(db: object) -> None:
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    linkedin.run(SAMPLES / "messages.csv", now=NOW)
    marta = people.find_person("https://www.linkedin.com/in/marta-kowalczyk-3b1a29")
    assert timeline(marta)[0].at == datetime(2026, 2, 19, 9, 14, 51)  # 08:14:51 UTC is 09:14:51 in Berlin
    for utc, berlin in (("2026-03-29 00:59:59 UTC", datetime(2026, 3, 29, 1, 59, 59)),  # the clocks go forward
                        ("2026-03-29 01:00:00 UTC", datetime(2026, 3, 29, 3, 0)),
                        ("2026-07-01 12:00:00 UTC", datetime(2026, 7, 1, 14, 0))):  # fmt: skip
        assert linkedin.parse_timestamp(utc) == berlin


# ---------------------------------------------------------------- the whole export


def test_folder_import_reads_every_file_and_lists_the_others(db: object) -> None:
    summary = linkedin.run(SAMPLES, now=NOW)
    # 7 connections, 6 people and 6 requests from invitations, 6 messages, 2 applications; me: updated
    assert (summary.created, summary.updated, summary.unchanged, summary.skipped) == (27, 1, 0, 1)
    assert summary.files == [
        "Profile.csv: 1 row", "Connections.csv: 7 rows", "Invitations.csv: 6 rows", "messages.csv: 7 rows",
        "Job Applications.csv: 2 rows",
    ]  # fmt: skip
    assert summary.ignored == ["FORMAT.md", "Positions.csv", "messages_2023-2024_variant.csv"]
    assert summary.errors == ["messages.csv: draft, never sent (line 14)"]
    assert search.problems(DB.obj) == []


def test_messages_have_the_right_direction_and_plain_text(db: object) -> None:
    linkedin.run(SAMPLES, now=NOW)
    marta = people.find_person("https://www.linkedin.com/in/marta-kowalczyk-3b1a29")
    entries = [(e.kind, e.direction, e.at, e.channel) for e in timeline(marta)]
    assert entries == [
        ("linkedin_message", "in", datetime(2026, 2, 19, 8, 14, 51), "linkedin_message"),
        ("linkedin_message", "out", datetime(2026, 2, 18, 17, 2, 10), "linkedin_message"),
        ("linkedin_message", "in", datetime(2026, 2, 14, 10, 31, 7), "linkedin_message"),
    ]
    assert timeline(marta)[0].body == "Thanks Alex! Tuesday works.\nSend me the deck beforehand if you can."
    devon = timeline(people.find_person("Devon Reyes"))
    devon_messages = [e for e in devon if e.kind == "linkedin_message"]
    assert [(e.direction, e.subject) for e in devon_messages] == [("out", None), ("in", "Partnership idea")]
    assert devon_messages[1].body.startswith("Hi Alex,\n\nNorthwind is looking")
    # the group conversation: Aiko wrote to Alex and Jonah; the reply was a draft and never sent
    aiko = timeline(people.find_person("Aiko Tanabe"))
    assert [(e.direction, e.body) for e in aiko] == [("in", "Kick-off moved to 10:00 CET.")]
    assert timeline(people.find_person("Jonah Feld")) == []


def test_invitations_become_connection_requests_both_ways(db: object) -> None:
    linkedin.run(SAMPLES / "Invitations.csv", now=NOW)
    tomas = _person("https://www.linkedin.com/in/tomas-ibanez")
    assert (tomas.name, tomas.connected) == ("Tomás Ibáñez", False)
    [request] = timeline(tomas.id)
    assert (request.kind, request.direction, request.at, request.channel) == (
        "connection_request", "out", datetime(2026, 2, 11, 9, 42), "linkedin_note",
    )  # fmt: skip
    assert request.body == "Hi Tomás, great meeting you at the Lisbon meetup. Let's stay in touch!"
    [grace] = timeline(people.find_person("Grace Whitfield"))
    assert (grace.direction, grace.at) == ("in", datetime(2026, 1, 29, 14, 37))
    assert [e.at for e in timeline(people.find_person("Omar Haddad"))] == [datetime(2025, 7, 1, 12, 0)]
    assert "Alex Morgan" not in [p.name for p in people.list_people()]  # the owner is never a person


def test_profile_names_me_and_is_never_a_person(db: object) -> None:
    linkedin.run(SAMPLES, now=NOW)
    assert export_document()["me"]["name"] == "Alex Morgan"
    assert people.count_people("Alex Morgan") == 0


def test_job_applications_become_companies_openings_and_my_processes(db: object) -> None:
    linkedin.run(SAMPLES, now=NOW)
    document = export_document()
    companies = {c["id"]: c["name"] for c in document["companies"]}
    openings = {o["id"]: o for o in document["openings"]}
    assert sorted((companies[o["company"]], o["title"], o["url"]) for o in openings.values()) == [
        ("Litware", "Customer Success Manager", "https://www.linkedin.com/jobs/view/4100000002"),
        ("Northwind Traders, Inc.", "Partnerships Lead", "https://www.linkedin.com/jobs/view/4100000001"),
    ]
    processes = sorted(document["processes"], key=lambda r: r["started_on"])
    assert [(r["candidate"], r["stage_reached"], r["outcome"], r["started_on"]) for r in processes] == [
        (None, "applied", "pending", "2026-01-15"),
        (None, "applied", "pending", "2026-02-02"),
    ]
    devon = next(p["id"] for p in document["people"] if p["name"] == "Devon Reyes")
    assert processes[1]["contacts"] == [{"person": devon, "role": "recruiter"}]
    assert len([c for c in document["companies"] if c["name"].startswith("Northwind")]) == 1


def test_zip_folder_and_names_in_any_case_and_depth_give_the_same_database(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES, now=NOW)
    from_folder = _state()
    close_database()
    archive = _zip_of(
        SAMPLES, tmp_path / "Complete_LinkedInDataExport_03-01-2026.zip",
        {"Connections.csv": "export/CONNECTIONS.CSV", "Jobs/Job Applications.csv": "Jobs/job_applications.csv",
         "Invitations.csv": "invitations.csv"},
    )  # fmt: skip
    open_sqlite(tmp_path / "zip.db")
    summary = linkedin.run(archive, now=NOW)
    assert summary.ignored == ["FORMAT.md", "Positions.csv", "messages_2023-2024_variant.csv"]
    assert _state() == from_folder


def test_importing_the_same_export_twice_changes_nothing_byte_for_byte(db: object, tmp_path: Path) -> None:
    archive = _zip_of(SAMPLES, tmp_path / "Basic_LinkedInDataExport_03-01-2026.zip")
    linkedin.run(archive, now=NOW)
    before = _state()
    summary = linkedin.run(archive, now=datetime(2026, 3, 2, 8, 0))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 22)
    assert _state() == before


def test_next_months_export_adds_new_connections_and_spots_job_changes(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES, now=NOW)
    folder = tmp_path / "next"
    shutil.copytree(SAMPLES, folder)
    text = (folder / "Connections.csv").read_text(encoding="utf-8")
    text = text.replace("Fabrikam Robotics,Senior Product Manager", "Globex AG,Head of Product")
    text += "Nora,Lind,https://www.linkedin.com/in/noralind,,Fabrikam Robotics,Engineer,01 Mar 2026\n"
    (folder / "Connections.csv").write_text(text, encoding="utf-8")
    later = datetime(2026, 4, 2, 9, 30)
    summary = linkedin.run(folder, now=later)
    assert (summary.created, summary.updated) == (1, 1)
    assert Person.select().count() == 14  # 13 + Nora, no one twice
    marta = _person("https://www.linkedin.com/in/marta-kowalczyk-3b1a29")
    assert (marta.company, marta.title) == ("Globex AG", "Head of Product")
    change = timeline(marta.id)[0]
    assert (change.kind, change.direction, change.at, change.subject) == (
        "job_change", "none", later, "Fabrikam Robotics → Globex AG",
    )  # fmt: skip
    assert change.body == "Now Head of Product at Globex AG"
    before = _state()
    again = linkedin.run(folder, now=datetime(2026, 4, 3, 9, 30))
    assert (again.created, again.updated) == (0, 0)
    assert _state() == before


def test_an_edit_made_in_the_app_survives_a_reimport(db: object) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    marta = people.find_person("https://www.linkedin.com/in/marta-kowalczyk-3b1a29")
    people.update_person(marta, {"name": "Marta K.", "email": "marta@fabrikam.example", "notes": "met in Lisbon"})
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    after = people.get_person(marta)
    assert (after.name, after.email, after.notes) == ("Marta K.", "marta@fabrikam.example", "met in Lisbon")


# ---------------------------------------------------------------- messages.csv in its other shapes


MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
    "FOLDER,IS MESSAGE DRAFT"
)


def test_the_2023_variant_finds_the_owner_through_known_people(db: object) -> None:
    variant = SAMPLES / "messages_2023-2024_variant.csv"
    alone = linkedin.run(variant, now=NOW)  # one conversation, nothing known: which of the two is me?
    assert (alone.created, alone.skipped) == (0, 2)
    assert alone.reasons == {"cannot tell which participant is you": 2}
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    summary = linkedin.run(variant, now=NOW)
    assert (summary.created, summary.skipped) == (2, 0)
    devon = timeline(people.find_person("Devon Reyes"))
    assert [(e.direction, e.at) for e in devon] == [
        ("out", datetime(2024, 11, 4, 16, 2, 19)),
        ("in", datetime(2024, 11, 4, 15, 45)),
    ]


def test_the_profile_name_tells_the_owner_when_urls_tie(db: object, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(SAMPLES / "Profile.csv", folder / "Profile.csv")
    shutil.copy(SAMPLES / "messages_2023-2024_variant.csv", folder / "messages.csv")
    summary = linkedin.run(folder, now=NOW)
    assert summary.skipped == 0
    assert [p.name for p in people.list_people()] == ["Devon Reyes"]


def test_very_old_messages_with_a_direction_column(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    source = _write(
        tmp_path / "messages.csv",
        "FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"
        "Aiko Tanabe,Alex Morgan,2019-04-02 10:00:00 UTC,Hello,Nice to meet you,INCOMING,INBOX\n"
        "Alex Morgan,Aiko Tanabe,2019-04-02 11:00:00 UTC,,Likewise!,OUTGOING,INBOX\n"
        "Alex Morgan,Brand New,2019-04-03 11:00:00 UTC,,Hi there,OUTGOING,SENT\n",
    )
    summary = linkedin.run(source, now=NOW)
    assert summary.created == 4  # three messages and the one new person
    aiko = timeline(people.find_person("Aiko Tanabe"))
    assert [(e.direction, e.body) for e in aiko] == [("out", "Likewise!"), ("in", "Nice to meet you")]
    assert [e.direction for e in timeline(people.find_person("Brand New"))] == ["out"]


def test_strangers_who_wrote_become_people_and_system_rows_are_skipped(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    me = "https://www.linkedin.com/in/alexmorgan-crm"
    html = (
        '"<html><body><p>Hi Alex,</p><p>We have a <b>Data</b> role &amp; thought of you.</p><br/>'
        '<a href=""https://jobs.example/1"">Apply</a><script>track()</script></body></html>"'
    )
    source = _write(
        tmp_path / "messages.csv",
        f"{MESSAGES_HEADER}\n"
        f"c1,,Marta Kowalczyk,https://www.linkedin.com/in/marta-kowalczyk-3b1a29,Alex Morgan,{me},"
        "2026-02-01 10:00:00 UTC,,Hello,INBOX,No\n"
        f"c2,,Rita Recruiter,https://www.linkedin.com/in/rita-recruiter-77,Alex Morgan,{me},"
        f"2026-02-02 10:00:00 UTC,A role for you,{html},INBOX,No\n"
        f"c3,,LinkedIn Member,,Alex Morgan,{me},2026-02-03 10:00:00 UTC,,Hidden hello,INBOX,No\n"
        f"c4,,LinkedIn,,Alex Morgan,{me},2026-02-04 10:00:00 UTC,,Message request accepted,INBOX,No\n"
        f"c5,,Jonah Feld,https://www.linkedin.com/in/jonahfeld,Alex Morgan,{me},2026-02-05 10:00:00 UTC,,,INBOX,No\n"
        f"c6,,Alex Morgan,{me},Jonah Feld,https://www.linkedin.com/in/jonahfeld,2026-02-06 10:00:00 UTC,,"
        "Draft,INBOX,TRUE\n",
    )
    summary = linkedin.run(source, now=NOW)
    assert summary.reasons == {
        "the sender's profile is hidden": 1, "a LinkedIn system message": 1, "empty message": 1,
        "draft, never sent": 1,
    }  # fmt: skip
    rita = _person("https://www.linkedin.com/in/rita-recruiter-77")
    assert (rita.name, rita.connected) == ("Rita Recruiter", False)
    [inmail] = timeline(rita.id)
    assert (inmail.direction, inmail.subject) == ("in", "A role for you")
    assert inmail.body == "Hi Alex,\n\nWe have a Data role & thought of you.\n\nApply"


def test_a_group_message_i_sent_reaches_every_other_participant(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    me = "https://www.linkedin.com/in/alexmorgan-crm"
    source = _write(
        tmp_path / "messages.csv",
        f"{MESSAGES_HEADER}\n"
        f'g1,Launch,Alex Morgan,{me},"Aiko Tanabe, Jonah Feld",'
        '"https://www.linkedin.com/in/aiko-tanabe,https://www.linkedin.com/in/jonahfeld",'
        "2026-02-01 10:00:00 UTC,,See you all,INBOX,No\n"
        f'g1,Launch,Aiko Tanabe,https://www.linkedin.com/in/aiko-tanabe,"Alex Morgan, Jonah Feld",'
        f'"{me};https://www.linkedin.com/in/jonahfeld",2026-02-01 10:05:00 UTC,,Great,INBOX,No\n',
    )
    assert linkedin.run(source, now=NOW).created == 3
    assert [e.direction for e in timeline(people.find_person("Aiko Tanabe"))] == ["in", "out"]
    assert [e.direction for e in timeline(people.find_person("Jonah Feld"))] == ["out"]


# ---------------------------------------------------------------- preview, progress, cancel, failure


def test_preview_predicts_the_import_and_writes_nothing(db: object) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    before = _state()
    shown = linkedin.preview(SAMPLES, now=NOW)
    assert _state() == before
    assert shown.format == "LinkedIn data export (folder)"
    assert shown.columns == ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    assert shown.first_rows[3][:2] == ["Samuel", "Okafor, PMP"]
    assert len(shown.first_rows) == 5
    assert (shown.created, shown.updated, shown.unchanged, shown.skipped) == (20, 1, 7, 1)
    assert shown.reasons == {"draft, never sent": 1}
    assert shown.ignored == ["FORMAT.md", "Positions.csv", "messages_2023-2024_variant.csv"]
    summary = linkedin.run(SAMPLES, now=NOW)
    assert (summary.created, summary.updated, summary.unchanged, summary.skipped) == (20, 1, 7, 1)


def _many_connections(tmp_path: Path, count: int) -> Path:
    rows = [f"Person,Number {i},https://www.linkedin.com/in/person-{i},,Company {i % 50},Role,01 Jan 2024"
            for i in range(count)]  # fmt: skip
    return _write(tmp_path / "Connections.csv", _connections(rows))


def test_progress_is_reported_and_a_cancel_rolls_everything_back(db: object, tmp_path: Path) -> None:
    linkedin.run(SAMPLES, now=NOW)
    before = _state()
    source = _many_connections(tmp_path, 1200)
    with pytest.raises(Cancelled):
        linkedin.run(source, now=NOW, progress=lambda done, total: done < 600)
    assert _state() == before
    assert search.problems(DB.obj) == []
    seen: list[tuple[int, int]] = []
    linkedin.run(source, now=NOW, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1200, 1200)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen) and len(seen) >= 3


def test_a_failure_while_writing_leaves_the_database_as_it_was(
    db: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linkedin.run(SAMPLES / "Connections.csv", now=NOW)
    before = _state()

    def broken(self: Interactions) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(Interactions, "flush", broken)
    with pytest.raises(OSError, match="disk full"):
        linkedin.run(SAMPLES, now=NOW)
    assert _state() == before
    assert search.problems(DB.obj) == []


def test_a_bad_file_inside_the_export_imports_nothing(db: object, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(SAMPLES, folder)
    (folder / "messages.csv").write_text('"CONVERSATION ID","FROM","TO","DATE","CONTENT"\n"c1","A","B","2024', "utf-8")
    with pytest.raises(InputError, match=r"messages.csv: line 2: the file ends inside a quoted field"):
        linkedin.run(folder, now=NOW)
    assert Person.select().count() == 0


def test_a_lone_csv_that_is_no_export_file_is_refused(db: object, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a file of a LinkedIn export"):
        linkedin.run(SAMPLES / "Positions.csv", now=NOW)
    with pytest.raises(InputError, match="no such file or folder"):
        linkedin.run(tmp_path / "missing.zip", now=NOW)
