"""Writing what ``export.read_export`` read: the owner's name, the connections, the conversations and my job
applications, through the one bulk writer (``core.bulk_writer``), in the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from desktop.core.bulk_writer import Companies, Interactions, People, insert_row
from desktop.core.normalize import company_key, fold
from desktop.core.person_values import person_values
from desktop.core.settings import get_text, set_text
from desktop.interop.linkedin.connections import read_connections
from desktop.interop.linkedin.export import KINDS, Export
from desktop.interop.linkedin.messages import Conversations, unknown_owner
from desktop.interop.linkedin.owner import Keys, Owner, find_owner, is_profile_url, owner_of, participants
from desktop.interop.linkedin.values import _cell, _slug_name, clean_name, parse_timestamp
from desktop.interop.people_import import ImportSummary, Progress, Tracker, counted
from desktop.store.models import DB
from desktop.texts import say
from desktop.vocab import LINKEDIN_ME


class _Writer:
    """One import of an export: reads its tables in order (the owner once the connections are known) and writes."""

    def __init__(self, export: Export, now: datetime, progress: Progress | None, me: str | None = None) -> None:
        self.export = export
        self.me = me.strip() if me and me.strip() else None  # who the owner is, as the user said it now
        self.now = now
        total = sum(len(t.rows) for tables in export.tables.values() for t in tables)
        self.track = Tracker(total, progress)
        self.companies = Companies()
        self.people = People(self.companies, now)
        self.interactions = Interactions()
        self.names_to_url: dict[str, str | None] = {}  # folded connection name → URL key (None: ambiguous)
        self.owner: Owner | None = None
        self.keys = Keys()
        self.persons: dict[tuple[str, str], int | None] = {}  # (URL, name) of a message → person

    def _has_conversations(self) -> bool:
        """Messages or invitations: what the owner is told by, and the only readers of the connections' keys."""
        return bool(self.export.tables.get("messages") or self.export.tables.get("invitations"))

    def run(self) -> ImportSummary:
        profile_name = self.import_profile()
        connection_urls = self.import_connections()
        if self.me is not None:
            set_text(LINKEDIN_ME, self.me)  # asked once, remembered: the next import knows
        me = self.me or get_text(LINKEDIN_ME)
        if me is not None and is_profile_url(me):
            self.owner = owner_of(me)
        elif not self._has_conversations():
            self.owner = owner_of(me) if me is not None else None  # no conversation to tell the owner by
        else:  # the owner is never one of the people: everyone known by URL is someone else
            self.owner = find_owner(
                self.export, me or profile_name or self._me_name(), connection_urls | set(self.people.by_url), self.keys
            )
            if me is not None and (self.owner is None or self.owner.name_key != fold(me)):
                self.owner = owner_of(me)  # the user's word over the export's counts
        conversations = Conversations(self.export, self.track, self.owner, self.keys, self._person)
        pending = conversations.read_invitations() + conversations.read_messages()
        if self.owner is None and self.track.summary.reasons.get(unknown_owner()):
            shown = ", ".join(participants(self.export)[:8])
            self.track.note(
                say('say which participant is you (rebound import linkedin --me "Your Name" or your profile URL; '
                    "the import wizard asks): {shown}").format(shown=shown)
            )  # fmt: skip
        self.people.flush()
        touched = {pid for _, pids, *_ in pending for pid in pids} | {pid for pid, *_ in self.people.job_changes}
        kinds = ("linkedin_message", "connection_request", "job_change")
        self.interactions.load({pid for pid in touched if not self.people.is_new(pid)}, kinds)
        self.people.write_job_changes(self.interactions)
        for _, pids, kind, direction, at, subject, body in pending:
            channel = "linkedin_message" if kind == "linkedin_message" else "linkedin_note"
            for pid in pids:
                created = self.interactions.add(pid, kind, direction, at, channel, subject, body)
                self.track.count(created, False, step=False)
        self.interactions.flush()
        self.import_applications()
        summary = self.track.finish()
        for kind in KINDS:
            for table in self.export.tables.get(kind, []):
                summary.files.append(f"{table.name}: {counted(len(table.rows), 'row')}")
        summary.ignored = list(self.export.ignored)
        return summary

    @staticmethod
    def _me_name() -> str | None:
        row = DB.obj.execute_sql("SELECT name FROM profile WHERE id = 1").fetchone()
        return row[0] if row and row[0] else None

    def import_profile(self) -> str | None:
        name = None
        for table in self.export.tables.get("profile", []):
            first, last = table.index("first name"), table.index("last name")
            for _, row in table.rows[:1]:
                name = clean_name(_cell(row, first), _cell(row, last))[0] or None
            for _ in table.rows:
                self.track.step()
        if name is None:
            return None
        row = DB.obj.execute_sql("SELECT name FROM profile WHERE id = 1").fetchone()
        if row is None:
            insert_row("profile", {"id": 1, "name": name})
            self.track.count(False, True, step=False)
        elif not row[0]:
            DB.obj.execute_sql("UPDATE profile SET name = ? WHERE id = 1", [name])
            self.track.count(False, True, step=False)
        else:
            self.track.count(False, False, step=False)
        return name

    def import_connections(self) -> set[str]:
        """People from Connections.csv; returns their URL keys (gathered only for messages and invitations to match)."""
        connections = self.export.tables.get("connections", [])
        found = read_connections(connections, self.track, self.companies, keys=self._has_conversations())
        self.names_to_url = found.names_to_url
        self.people.merge_all(found.records, self.track.counted)
        return found.urls

    def _person(self, url: str, name: str) -> int | None:
        """The person of a message or invitation, created when new (a stranger who wrote); None for the owner."""
        try:
            return self.persons[url, name]
        except KeyError:
            found = self.persons[url, name] = self._find_person(url, name)
            return found

    def _find_person(self, url: str, name: str) -> int | None:
        key = self.keys.url(url) if url else None
        name = clean_name(name, "")[0] if name else ""
        if self.owner is not None and self.owner.is_me(key, name):
            return None
        if key:
            found = self.people.by_url.get(key)
            if found is not None:
                return found
        elif name:
            known = self.names_to_url.get(fold(name))
            if known:
                return self.people.by_url.get(known)
            found = self.people.by_unique_name(name)
            if found is not None:
                return found
        if not name:
            name = _slug_name(url)
        result = self.people.merge(person_values(name, linkedin_url=url or None))
        if result.created:
            self.track.summary.created += 1
        return result.id

    def import_applications(self) -> None:
        """Jobs/Job Applications.csv: the company, the opening (by URL, else company + title) and my process."""
        openings_by_url: dict[str, int] = {}
        openings_by_title: dict[tuple[int, str], list[tuple[int, str | None]]] = {}
        if self.export.tables.get("applications"):
            for oid, company_id, title, url in DB.obj.execute_sql(
                "SELECT id, company_id, title, url FROM opening ORDER BY id"
            ).fetchall():
                if url:
                    openings_by_url.setdefault(url, oid)
                openings_by_title.setdefault((company_id, fold(title)), []).append((oid, url))
        mine = {opening for (opening,) in DB.obj.execute_sql(
            "SELECT opening_id FROM process WHERE candidate_id IS NULL").fetchall()}  # fmt: skip
        for table in self.export.tables.get("applications", []):
            applied, company, title = (
                table.index("application date"),
                table.index("company name"),
                table.index("job title"),
            )
            url_at, contact = table.index("job url"), table.index("contact email")
            for line, row in table.rows:
                self.track.step()
                if not _cell(row, company) or not company_key(_cell(row, company)) or not _cell(row, title):
                    self.track.skip(say("no company or job title"), table.name, line, step=False)
                    continue
                day = None
                if _cell(row, applied):
                    try:
                        day = parse_timestamp(_cell(row, applied)).date()
                    except ValueError as error:
                        self.track.note(
                            say("{source}: line {line}: 'Application Date' {error}; left out").format(
                                source=table.name, line=line, error=error
                            )
                        )
                company_id = self.companies.id_for(_cell(row, company))
                assert company_id is not None
                self.companies.flush()
                url = _cell(row, url_at)
                url = url if url.lower().startswith(("http://", "https://")) else None
                opening = openings_by_url.get(url) if url else None
                if opening is None:
                    for oid, known_url in openings_by_title.get((company_id, fold(_cell(row, title))), []):
                        if not (url and known_url):
                            opening = oid
                            break
                if opening is None:
                    opening = insert_row(
                        "opening", {"company_id": company_id, "title": _cell(row, title), "url": url,
                                    "status": "closed", "discovered_on": day},
                    )  # fmt: skip
                    if url:
                        openings_by_url[url] = opening
                    openings_by_title.setdefault((company_id, fold(_cell(row, title))), []).append((opening, url))
                if opening in mine:
                    self.track.count(False, False, step=False)
                    continue
                process = insert_row(
                    "process", {"opening_id": opening, "stage_reached": "applied", "outcome": "pending",
                                "started_on": day},
                )  # fmt: skip
                mine.add(opening)
                email = _cell(row, contact).casefold()
                recruiter = self.people.by_email.get(email) if email else None
                if recruiter is not None:
                    insert_row("process_contact", {"process_id": process, "person_id": recruiter, "role": "recruiter"})
                self.track.count(True, False, step=False)
