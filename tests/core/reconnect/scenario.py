"""A small builder for reconnect-rule scenarios: people, touches, openings and processes relative to a fixed day.

Everything is written through the core functions (people, timeline, openings, processes, network,
settings); process contacts and the profile have no core writer and are written as rows. ``World.plan``
asks a fresh ``Engine`` — exactly what the Today page and `rebound suggest` do.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.core import network, openings, people, processes, settings, timeline
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from desktop.core.reconnect.suggestion import Suggestion
from desktop.store.models import Process, ProcessContact, Profile

TODAY = date(2026, 3, 2)

Day = date | int  # a date, or a number of days after the world's today (negative: before)


class World:
    """One scenario on the test's database. Day arguments named ``*_ago`` count back from ``today``."""

    def __init__(self, today: date = TODAY, **me: Any) -> None:
        self.today = today
        profile = {
            "name": "Jana Berg",
            "mode": "job_seeker",
            "language": "en",
            "target_roles": ["Data Analyst"],
            "keywords": [],
        }
        profile.update(me)
        Profile.insert(id=1, **profile).on_conflict_replace().execute()

    # ------------------------------------------------------------ time

    def ago(self, days: int) -> date:
        return self.today - timedelta(days)

    def at(self, days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
        return datetime.combine(self.ago(days_ago), time(hour, minute))

    def day(self, when: Day = 0) -> date:
        return when if isinstance(when, date) else self.today + timedelta(when)

    # ------------------------------------------------------------ records

    def me(self, **fields: Any) -> None:
        Profile.update(**fields).where(Profile.id == 1).execute()

    def set(self, key: str, value: int | float) -> None:
        settings.set_setting(key, value)

    def person(
        self,
        name: str,
        company: str | None = None,
        *,
        email: bool | str = True,
        linkedin: bool = False,
        connected: bool = False,
        **fields: Any,
    ) -> int:
        slug = name.lower().replace(" ", ".")
        if email is True:  # an address made of the name ("<b>x</b>" gives "bxb@example.com": one that is valid)
            email = f"{''.join(ch for ch in slug if ch.isalnum() or ch in '.-_')}@example.com"
        record: dict[str, Any] = {
            "name": name,
            "company": company,
            "email": email or None,
            "connected": connected,
            **fields,
        }
        if linkedin:
            record["linkedin_url"] = f"https://www.linkedin.com/in/{slug.replace('.', '-')}"
        return people.create_person(record).value

    def update(self, person_id: int, **changes: Any) -> None:
        people.update_person(person_id, changes)

    def wrote(
        self,
        person_id: int,
        days_ago: int,
        kind: str = "email",
        hour: int = 10,
        opening: int | None = None,
        minute: int = 0,
    ) -> int:
        """An outbound touch."""
        return timeline.log_interaction(
            person_id,
            kind,
            "out",
            self.at(days_ago, hour, minute),
            channel=timeline.default_channel(kind),
            body="Hello",
            opening_id=opening,
        ).value

    def heard(self, person_id: int, days_ago: int, kind: str = "email", hour: int = 10) -> int:
        """An inbound touch."""
        return timeline.log_interaction(
            person_id, kind, "in", self.at(days_ago, hour), channel=timeline.default_channel(kind), body="Hi there"
        ).value

    def note(self, person_id: int, days_ago: int, hour: int = 10) -> int:
        return timeline.add_note(person_id, "Met at a meetup", self.at(days_ago, hour)).value

    def job_change(
        self, person_id: int, days_ago: int, from_company: str = "Acme GmbH", to_company: str = "Globex AG"
    ) -> int:
        return timeline.log_interaction(
            person_id, "job_change", "none", self.at(days_ago, 8), from_company=from_company, to_company=to_company
        ).value

    def opening(
        self,
        title: str,
        company: str = "Acme GmbH",
        days_ago: int | None = 10,
        *,
        keywords: Iterable[str] = (),
        mine: bool = False,
        status: str = "open",
    ) -> int:
        discovered = self.ago(days_ago) if days_ago is not None else None
        return openings.add_opening(company, title, discovered, keywords=list(keywords), mine=mine, status=status).value

    def rejected_by(
        self,
        person_id: int,
        days_ago: int,
        company: str = "Acme GmbH",
        title: str = "Data Analyst",
        stage: str = "interview",
        hour: int = 9,
        role: str = "recruiter",
    ) -> processes.LoggedRejection:
        """My own process, rejected by this person (an inbound rejection linked to the process)."""
        return processes.log_rejection(
            person_id, company, title, stage, self.at(days_ago, hour), text="Sorry", contact_role=role
        )

    def process(
        self,
        opening: int,
        *,
        contacts: Iterable[tuple[int, str]] = (),
        candidate: int | None = None,
        stage: str | None = "interview",
        outcome: str = "rejected",
        ended_ago: int | None = None,
    ) -> int:
        """A process without any interaction (no rejection message): only its record and contacts."""
        ended = self.ago(ended_ago) if ended_ago is not None else None
        row = Process.create(
            opening=opening, candidate=candidate, stage_reached=stage, outcome=outcome, started_on=None, ended_on=ended
        )
        for person_id, role in contacts:
            ProcessContact.create(process=row.id, person=person_id, role=role)
        return int(row.id)

    def rejection_message(self, person_id: int, process_id: int, days_ago: int, hour: int = 9) -> int:
        opening = Process.get_by_id(process_id).opening_id
        return timeline.log_interaction(
            person_id,
            "rejection",
            "in",
            self.at(days_ago, hour),
            channel="email",
            body="Sorry",
            opening_id=opening,
            process_id=process_id,
        ).value

    def edge(self, a: int, b: int, strength: int = 1) -> None:
        network.connect(a, b, "knows", strength)

    # ------------------------------------------------------------ what the user sees

    def engine(self) -> Engine:
        return Engine()

    def plan(self, when: Day = 0) -> list[Suggestion]:
        return Engine().day_plan(self.day(when))

    def coming(self, when: Day = 0) -> list[Suggestion]:
        return Engine().today_and_coming(self.day(when))[1]

    def cards(self, when: Day = 0, drafts: bool = False) -> list[dict[str, Any]]:
        engine = Engine()
        today = self.day(when)
        return [as_dict(s, engine.facts, today, with_draft=drafts) for s in engine.day_plan(today)]

    def seen(self, when: Day = 0) -> list[tuple[str, str]]:
        """(action, person name) of the day's plan, in the order of the day."""
        return [(c["action"], c["person"]["name"]) for c in self.cards(when)]

    def card(self, person_id: int, when: Day = 0) -> dict[str, Any] | None:
        """The person's suggestion of the day, if any."""
        found = [c for c in self.cards(when) if c["person"]["id"] == person_id]
        assert len(found) <= 1, found
        return found[0] if found else None

    def action(self, person_id: int, when: Day = 0) -> str | None:
        found = self.card(person_id, when)
        return found["action"] if found else None

    def of(self, action: str, when: Day = 0) -> list[dict[str, Any]]:
        return [c for c in self.cards(when) if c["action"] == action]
