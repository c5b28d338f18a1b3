"""What every import of people shares: matching (archive-format.md), fill-not-overwrite, job changes, the summary,
reading files in any encoding, and the one door for an import wizard (contacts.detect / preview / run)."""

from __future__ import annotations

import codecs
import re
import unicodedata
import zipfile
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import people
from desktop.core.bulk_writer import Companies, People, writing
from desktop.core.normalize import fold, linkedin_key
from desktop.core.person_values import person_values
from desktop.core.timeline import timeline
from desktop.errors import Cancelled, InputError
from desktop.interop import contacts
from desktop.interop.archive import dumps, export_document
from desktop.interop.people_import import Contact, Tracker, line_ranges, write_contacts
from desktop.interop.sources import column_key, decode_text, read_table
from desktop.store import search
from desktop.store.models import DB, Person

NOW = datetime(2026, 3, 1, 12, 0)
DATA = Path(__file__).parents[1] / "data"


def _import(*entries: Contact, now: datetime = NOW) -> tuple[int, int, int]:
    with writing():
        summary = write_contacts(list(entries), [], "test", now, None)
    return summary.created, summary.updated, summary.unchanged


# ---------------------------------------------------------------- matching


def test_people_match_by_linkedin_url_then_email_then_name_and_company(db: object) -> None:
    tom = people.create_person({"name": "Tom Weber", "linkedin_url": "https://www.linkedin.com/in/tomweber",
                                "email": "tom@acme.example", "company": "Acme GmbH"}).value  # fmt: skip
    zoe = people.create_person({"name": "Zoë Martin", "email": "zm@globex.example"}).value
    ali = people.create_person({"name": "Ali Khan", "company": "Acme GmbH"}).value
    assert _import(
        Contact(1, "T. Weber", linkedin_url="http://LinkedIn.com/in/TomWeber/?trk=x", email="other@x.example"),
        Contact(2, "Zoe M.", email="ZM@Globex.example"),
        Contact(3, "ali khan", company="ACME GmbH", title="Data Lead"),
    ) == (0, 1, 2)  # Tom (by URL) and Zoë (by e-mail) unchanged: their e-mail stays; Ali's title filled
    assert Person.select().count() == 3
    assert people.get_person(tom).email == "tom@acme.example"
    assert people.get_person(ali).title == "Data Lead"
    assert people.get_person(zoe).name == "Zoë Martin"  # the name is never overwritten by an import


def test_name_and_company_do_not_merge_people_whose_email_or_url_differ(db: object) -> None:
    people.create_person({"name": "Sam Lee", "company": "Acme GmbH", "email": "sam@acme.example"})
    people.create_person({"name": "Kim Park", "company": "Acme GmbH", "linkedin_url": "https://linkedin.com/in/kp"})
    assert _import(
        Contact(1, "Sam Lee", company="Acme GmbH", email="sam.lee@other.example"),
        Contact(2, "Kim Park", company="Acme GmbH", linkedin_url="https://linkedin.com/in/kim-park-2"),
        Contact(3, "Sam Lee", company="Globex AG"),
    ) == (3, 0, 0)


def test_contact_lists_fill_empty_fields_track_company_and_add_tags(db: object) -> None:
    pid = people.create_person({"name": "Ann Good", "email": "ann@acme.example", "phone": "+49 1", "tags": ["mine"],
                                "company": "Acme GmbH", "title": "Engineer"}).value  # fmt: skip
    assert _import(Contact(1, "Ann Good", email="ann@acme.example", phone="+49 2", location="Berlin",
                           title="Staff Engineer", tags=["imported"])) == (0, 1, 0)  # fmt: skip
    ann = people.get_person(pid)
    assert (ann.phone, ann.location, ann.title, ann.company) == ("+49 1", "Berlin", "Staff Engineer", "Acme GmbH")
    assert ann.tags == ["imported", "mine"]
    assert timeline(pid) == []  # same company, new title: a promotion, not a job change


def test_a_company_change_is_a_job_change_once(db: object) -> None:
    pid = people.create_person({"name": "Ann Good", "email": "ann@acme.example", "company": "Acme GmbH"}).value
    later = datetime(2026, 5, 4, 10, 0)
    assert _import(Contact(1, "Ann Good", email="ann@acme.example", company="Globex AG", title="CTO"), now=later) == (
        0, 1, 0,
    )  # fmt: skip
    [change] = timeline(pid)
    assert (change.kind, change.direction, change.subject, change.body, change.at, change.channel) == (
        "job_change", "none", "Acme GmbH → Globex AG", "Now CTO at Globex AG", later, None,
    )  # fmt: skip
    assert _import(Contact(1, "Ann Good", email="ann@acme.example", company="Globex AG", title="CTO")) == (0, 0, 1)
    assert len(timeline(pid)) == 1


def test_a_person_twice_in_one_file_is_written_once_and_reimport_changes_nothing(db: object) -> None:
    first = Contact(1, "Ann Good", email="ann@acme.example", company="Acme GmbH")
    second = Contact(2, "Ann Good", email="ann@acme.example", company="Globex AG", phone="+49 1")
    assert _import(first, second) == (1, 1, 0)
    before = dumps(export_document())
    assert _import(first, second) == (0, 0, 2)
    assert dumps(export_document()) == before
    ann = people.get_person(people.find_person("ann@acme.example"))
    assert (ann.company, ann.phone) == ("Acme GmbH", "+49 1")  # the first row has the say; the second fills
    assert timeline(ann.id) == []


def test_people_written_in_bulk_are_in_the_search_index(db: object) -> None:
    _import(*(Contact(i, f"Person {i}", company="Zürich Versicherung", tags=["bulk"]) for i in range(50)))
    assert search.person_count(DB.obj, "zurich") == 50
    assert search.person_count(DB.obj, "bulk") == 50
    assert search.problems(DB.obj) == []


def test_writers_share_companies_and_never_create_one_twice(db: object) -> None:
    with writing():
        companies = Companies()
        assert companies.id_for("Acme GmbH") == companies.id_for("  ACME gmbh ")
        assert companies.id_for("") is None and companies.id_for("—") is None
        writer = People(companies, NOW)
        values = person_values("Ann", company_id=companies.id_for("Acme GmbH"), email=" ")
        assert "email" not in values  # blank values change nothing
        assert writer.merge(values).created
        writer.flush()
    assert DB.obj.execute_sql("SELECT name FROM company").fetchall() == [("Acme GmbH",)]


# ---------------------------------------------------------------- the summary


def test_skipped_rows_are_grouped_by_reason_with_every_line() -> None:
    track = Tracker(total=20)
    for line in (4, 9, 10, 11, 12, 20, 21, 30, 31, 32, 33, 34, 40):
        track.skip("hidden or closed profile", "Connections.csv", line)
    track.skip("draft, never sent", "messages.csv", 14)
    track.note("Connections.csv: line 3: e-mail 'x' is not valid; left out")
    summary = track.finish()
    assert summary.skipped == 14
    assert summary.errors == [
        "Connections.csv: hidden or closed profile (lines 4, 9–12, 20, 21, 30–34, 40)",
        "messages.csv: draft, never sent (line 14)",
        "Connections.csv: line 3: e-mail 'x' is not valid; left out",
    ]
    assert summary.reasons == {"hidden or closed profile": 13, "draft, never sent": 1}
    assert set(summary.as_dict()) == {"created", "updated", "unchanged", "skipped", "errors"}


def test_rows_skipped_without_a_line_are_still_counted_in_the_summary() -> None:
    track = Tracker(total=10)
    track.skip("no name", "cards.vcf")
    track.skip("no name", "cards.vcf")
    track.skip("no name", "cards.vcf", 7)
    track.skip("empty", "other.vcf")
    track.skip("unreadable")
    track.skip("unreadable")
    assert track.finish().errors == [
        "cards.vcf: no name (line 7 and 2 rows without a line)",
        "other.vcf: empty",
        "unreadable (2 rows)",
    ]


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        ([], ""),
        ([7], "7"),
        ([6, 7], "6, 7"),
        ([5, 6, 7], "5–7"),
        ([97, 12, 43, 40, 41, 42], "12, 40–43, 97"),
        ([3, 3, 4, 5, 9, 11, 12], "3–5, 9, 11, 12"),
    ],
)
def test_line_ranges_collapse_runs_of_three_or_more(lines: list[int], text: str) -> None:
    assert line_ranges(lines) == text


@given(st.sets(st.integers(min_value=1, max_value=200)))
def test_line_ranges_name_every_line_and_nothing_else(lines: set[int]) -> None:
    named: set[int] = set()
    for part in filter(None, line_ranges(lines).split(", ")):
        first, _, last = part.partition("–")
        named.update(range(int(first), int(last or first) + 1))
    assert named == lines


def test_progress_false_cancels() -> None:
    track = Tracker(total=1000, progress=lambda done, total: done < 500)
    with pytest.raises(Cancelled):
        for _ in range(1000):
            track.step()
    assert track.done == 500


# ---------------------------------------------------------------- reading files


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Zoë,Ünal".encode(), "Zoë,Ünal"),
        (codecs.BOM_UTF8 + "Zoë".encode(), "Zoë"),
        ("Zoë,Ünal".encode("utf-16"), "Zoë,Ünal"),
        (codecs.BOM_UTF16_BE + "Zoë".encode("utf-16-be"), "Zoë"),
        ("Zoë – “quoted”".encode("cp1252"), "Zoë – “quoted”"),
    ],
)
def test_text_is_decoded_whatever_the_spreadsheet_saved(raw: bytes, text: str) -> None:
    assert decode_text(raw, "f.csv") == text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("Zoë".encode("utf-16-le") * 50, "UTF-16 without a byte order mark"),
        (b"ok\x81\x8d", "not text in UTF-8, UTF-16 or Windows-1252 (byte 2 is 0x81)"),
        (bytes(range(1, 32)) * 20, "not a text file (binary data)"),
    ],
)
def test_binary_or_undecodable_files_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=r"^f.csv: .*" + message.replace("(", r"\(").replace(")", r"\)")):
        decode_text(raw, "f.csv")


def test_columns_are_found_by_name_after_a_preamble() -> None:
    assert column_key(' \ufeff"Connected On" ') == "connected on"
    text = 'Notes:\n"A paragraph, with a comma"\n\n"Last Name", FIRST NAME ,Connected On\nMorgan,Alex,01 Jan 2020\n'
    table = read_table(text, "c.csv", lambda keys: {"first name", "connected on"} <= keys, "a header")
    assert (table.header_line, table.index("first name"), table.index("LAST NAME")) == (4, 1, 0)
    assert table.rows == [(5, ["Morgan", "Alex", "01 Jan 2020", ""])]  # and a blank cell for missing columns
    assert table.at("email address") == -1


# ---------------------------------------------------------------- one door for the wizard


def test_the_format_of_a_path_is_detected_by_its_content(db: object, tmp_path: Path) -> None:
    linkedin = DATA / "linkedin"
    renamed = tmp_path / "download.txt"
    renamed.write_bytes((linkedin / "Connections.csv").read_bytes())
    card = tmp_path / "card.txt"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n", encoding="utf-8")
    plain = tmp_path / "people.csv"
    plain.write_text("Name,Mail\nAnn,ann@x.example\n", encoding="utf-8")
    export = tmp_path / "Basic_LinkedInDataExport_03-01-2026.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.write(linkedin / "Profile.csv", "Profile.csv")
    found = {
        p.name: contacts.detect(p)
        for p in (linkedin, renamed, card, plain, export, DATA / "archives" / "spec-example.json")
    }
    assert found == {"linkedin": "linkedin", "download.txt": "linkedin", "card.txt": "vcard", "people.csv": "csv",
                     export.name: "linkedin", "spec-example.json": "json"}  # fmt: skip
    assert contacts.preview(plain, now=NOW).needs_mapping
    summary = contacts.run(plain, now=NOW, mapping={"Name": "name", "Mail": "email"})
    assert summary.created == 1
    shown = contacts.preview(DATA / "archives" / "spec-example.json", now=NOW)
    assert (shown.format, shown.created) == ("Rebound archive (JSON)", 8)
    assert Person.select().count() == 1


# ---------------------------------------------------------------- the fast paths give the same keys

_names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_urls = st.one_of(
    st.from_regex(r"https?://(www\.)?[A-Za-z0-9.-]{1,20}(/[A-Za-z0-9_%./~-]{0,30})?", fullmatch=True),
    st.from_regex(r"https://www\.linkedin\.com/in/[A-Za-z0-9_%./~?#:@ -]{0,30}", fullmatch=True),  # as exports
    st.text(max_size=40),
)


def _fold_as_defined(text: str) -> str:
    """``normalize.fold`` written out plainly: NFKD, combining marks dropped, case-folded, whitespace runs → one
    space, trimmed (the shipped one takes shortcuts)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


_tricky = st.text(
    alphabet=st.sampled_from(
        list("aZ zß\t\n\r\x0b\x1c\x1f\x85\xa0\u2003\u3000\u0308\u0301é ëİıſKﬁ²①Ǆ㎏¨´") + ["\U0001d400"]
    ),
    max_size=20,
)


@given(text=st.one_of(_names, _tricky, st.from_regex(r"[ \tA-Za-z'.-]{0,30}", fullmatch=True)))
def test_fold_is_as_defined(text: str) -> None:
    assert fold(text) == _fold_as_defined(text)


@given(first=_names, last=_names)
def test_a_name_given_in_parts_is_joined_and_sorts_as_the_whole_name(first: str, last: str) -> None:
    if not (first.strip() or last.strip()):
        with pytest.raises(ValueError, match="needs a name"):
            person_values(None, first_name=first, last_name=last)
        return
    values = person_values(None, first_name=first, last_name=last)
    assert values["name"] == f"{first.strip()} {last.strip()}".strip()
    assert values["sort_key"] == fold(values["name"]) == person_values(values["name"])["sort_key"]


def test_a_name_given_in_parts_by_hand() -> None:
    assert person_values(None, first_name=" Zoë ", last_name="Lefèvre-Martin") == {
        "name": "Zoë Lefèvre-Martin", "sort_key": "zoe lefevre-martin", "first_name": "Zoë",
        "last_name": "Lefèvre-Martin",
    }  # fmt: skip
    assert person_values(None, last_name="Okafor")["sort_key"] == "okafor"


def _linkedin_key_as_defined(url: str) -> str | None:
    """``normalize.linkedin_key`` written out plainly (the shipped one takes shortcuts for plain URLs): lower case,
    no scheme, no ``www.``, no query or fragment, no trailing slash; text ``urlsplit`` refuses is its own key."""
    if not url.strip():
        return None
    text = url.strip().lower()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return text.split("://", 1)[1].rstrip("/") or None
    host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    return f"{host}{parts.path.rstrip('/')}" or None


@given(url=_urls)
def test_the_linkedin_key_is_as_defined(url: str) -> None:
    assert linkedin_key(url) == _linkedin_key_as_defined(url)


@pytest.mark.parametrize(
    ("url", "key"),
    [("https://www.linkedin.com/in/TomWeber/", "linkedin.com/in/tomweber"),
     ("http://LinkedIn.com/in/TomWeber/?trk=x", "linkedin.com/in/tomweber"),
     ("linkedin.com/in/tomweber", "linkedin.com/in/tomweber"),
     ("https://www.linkedin.com/in/ann[1", "linkedin.com/in/ann[1"),
     ("https://www.linkedin.com/in/\u212aai-Jo/", "linkedin.com/in/kai-jo"),  # a Kelvin sign: not the plain way
     ("https://www.linkedin.com/in/\u0130lker\u017f", "linkedin.com/in/i\u0307lker\u017f"),
     ("  ", None)],
)  # fmt: skip
def test_linkedin_keys_by_hand(url: str, key: str | None) -> None:
    assert linkedin_key(url) == key


def test_a_url_that_urlsplit_refuses_does_not_break_an_import(db: object) -> None:
    assert _import(Contact(1, "Ann Good", linkedin_url="https://www.linkedin.com/in/ann[1")) == (1, 0, 0)
    assert people.get_person(people.find_person("Ann Good")).linkedin_url == "https://www.linkedin.com/in/ann[1"


def test_new_people_are_written_with_only_the_columns_some_of_them_have(db: object) -> None:
    """``People.flush`` leaves out the columns no queued person has: they are stored as NULL or their default."""
    assert _import(Contact(1, "Ann Good", phone="+49 30 1"), Contact(2, "Bob Fine", connected=True)) == (2, 0, 0)
    rows = DB.obj.execute_sql(
        "SELECT name, phone, email, connected, do_not_contact, archived, skills, notes, last_contact FROM person "
        "ORDER BY id"
    ).fetchall()
    assert rows == [("Ann Good", "+49 30 1", None, 0, 0, 0, "[]", None, None),
                    ("Bob Fine", None, None, 1, 0, 0, "[]", None, None)]  # fmt: skip


def test_the_summary_sentence_counts_people_and_messages_in_singular_and_plural() -> None:
    from desktop.interop.people_import import ImportSummary

    one = ImportSummary(created=9, updated=3, unchanged=2, skipped=1, new_people=1, people_updated=1, messages=1)
    assert one.sentence() == "1 new person, 1 person updated, 1 message, 1 row skipped"
    many = ImportSummary(created=40, new_people=1204, people_updated=3, messages=0, skipped=0)
    assert many.sentence() == "1,204 new people, 3 people updated, 0 messages"
