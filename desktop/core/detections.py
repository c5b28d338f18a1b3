"""What the mail import recognised, waiting for the user: list, accept, dismiss. Nothing is decided without them.

Accepting a detection does what the user would have typed:

- a rejection: my process at that company (the one for the role named, else the only open one) ends rejected,
  created when missing; its sender — offered as a new person when Rebound did not know them and they are a human,
  not a robot — is its contact and the rejection is on their timeline, so the reply suggestion follows at once;
- an interview invitation: the process moves to the interview stage (created when missing);
- an application confirmation: the process exists (created at the applied stage when missing);
- an offer: the process reaches the offer stage with the outcome offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop import vocab
from desktop.core.changes import Changes
from desktop.core.companies import company_for_name
from desktop.core.detect.senders import company_from_domain, domain_of, is_robot
from desktop.core.normalize import email_key
from desktop.core.openings import find_or_add_opening
from desktop.core.people import create_person
from desktop.core.timeline import log_interaction
from desktop.errors import InputError, NotFound
from desktop.store.models import DB, Company, Detection, Opening, Person, Process, ProcessContact
from desktop.vocab import DetectionKind, DetectionState, Stage

UNNAMED_ROLE = "Unnamed role"
_STAGE_ORDER: dict[str, int] = {str(stage): number for number, stage in enumerate(vocab.STAGES)}
_STAGE_OF: dict[str, Stage] = {
    DetectionKind.APPLICATION_RECEIVED: Stage.APPLIED,
    DetectionKind.INTERVIEW_INVITATION: Stage.INTERVIEW,
    DetectionKind.OFFER: Stage.OFFER,
}
KIND_WORDS: dict[str, str] = {  # "Looks like {word} from …"
    DetectionKind.REJECTION: "a rejection",
    DetectionKind.INTERVIEW_INVITATION: "an interview invitation",
    DetectionKind.APPLICATION_RECEIVED: "an application confirmation",
    DetectionKind.OFFER: "an offer",
}


@dataclass(frozen=True)
class DetectionView:
    id: int
    message_id: str | None
    kind: str
    sender: str
    sender_name: str | None
    person_id: int | None
    person_name: str | None
    company: str | None
    role: str | None
    at: datetime
    subject: str | None
    confidence: float
    why: tuple[str, ...]
    state: str

    @property
    def human(self) -> bool:
        """A person to offer as new (not a no-reply address or an applicant-tracking robot)."""
        return not is_robot(self.sender)

    @property
    def company_guess(self) -> str | None:
        return self.company or company_from_domain(domain_of(self.sender))

    def sentence(self) -> str:
        """ "Looks like a rejection from Nordwind AG for BI Analyst"."""
        where = self.company_guess or self.sender_name or self.sender
        role = f" for {self.role}" if self.role else ""
        return f"Looks like {KIND_WORDS.get(self.kind, self.kind)} from {where}{role}"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "message_id": self.message_id, "kind": str(self.kind), "from": self.sender,
            "company": self.company, "role": self.role, "date": self.at.date().isoformat(),
            "confidence": self.confidence, "why": list(self.why), "state": str(self.state),
        }  # fmt: skip


def _view(row: Detection, names: dict[int, str]) -> DetectionView:
    at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(str(row.at))
    return DetectionView(
        id=int(row.id), message_id=row.message_id, kind=row.kind, sender=row.sender, sender_name=row.sender_name,
        person_id=row.person_id, person_name=names.get(row.person_id) if row.person_id else None,
        company=row.company, role=row.role, at=at, subject=row.subject, confidence=float(row.confidence),
        why=tuple(row.why), state=row.state,
    )  # fmt: skip


def list_detections(state: str | None = DetectionState.PENDING) -> list[DetectionView]:
    """Detections in the order of the messages' dates (only those in ``state``; None for all)."""
    query = Detection.select().order_by(Detection.at, Detection.id)
    if state is not None:
        query = query.where(Detection.state == state)
    rows = list(query)
    ids = {r.person_id for r in rows if r.person_id}
    names = {p.id: p.name for p in Person.select(Person.id, Person.name).where(Person.id.in_(ids))} if ids else {}
    return [_view(row, names) for row in rows]


def get_detection(detection_id: int) -> DetectionView:
    row = Detection.get_or_none(Detection.id == detection_id)
    if row is None:
        raise NotFound(f"no detection with id {detection_id}")
    names = {}
    if row.person_id:
        person = Person.get_or_none(Person.id == row.person_id)
        names = {row.person_id: person.name} if person else {}
    return _view(row, names)


def _pending(detection_id: int) -> DetectionView:
    view = get_detection(detection_id)
    if view.state != DetectionState.PENDING:
        raise InputError(f"detection {detection_id} was already {view.state}")
    return view


def dismiss(detection_id: int, today: date) -> Changes:
    """ "Not a rejection": the detection is put away; nothing else changes."""
    _pending(detection_id)
    Detection.update(state=DetectionState.DISMISSED, decided_on=today).where(Detection.id == detection_id).execute()
    return Changes(settings=True)


def _person_for(view: DetectionView) -> int | None:
    """The sender as a person of Rebound: known, found by address, or new (humans only)."""
    if view.person_id is not None and Person.get_or_none(Person.id == view.person_id) is not None:
        return view.person_id
    found = Person.get_or_none(Person.email_key == email_key(view.sender))
    if found is not None:
        return int(found.id)
    if not view.human:
        return None
    name = view.sender_name or view.sender.partition("@")[0].replace(".", " ").title()
    role = vocab.PersonRole.RECRUITER if view.kind != DetectionKind.OFFER else None
    return create_person({"name": name, "email": view.sender, "company": view.company_guess, "role": role}).value


def _process_for(company: Company, role: str | None) -> Process | None:
    """My own process at the company: for the role named, else the only one still open."""
    mine = list(
        Process.select(Process, Opening).join(Opening)
        .where((Opening.company == company.id) & Process.candidate.is_null())
        .order_by(Process.id.desc())
    )  # fmt: skip
    if role:
        for process in mine:
            if process.opening.title.casefold() == role.casefold():
                return process
    pending = [p for p in mine if p.outcome == vocab.Outcome.PENDING]
    return pending[0] if len(pending) == 1 else None


def accept(detection_id: int, today: date) -> Changes:
    """Do what the detection says (see the module's docstring); returns what changed."""
    view = _pending(detection_id)
    company_name = view.company_guess or domain_of(view.sender)
    with DB.atomic():
        person_id = _person_for(view)
        company = company_for_name(company_name)
        assert company is not None
        process = _process_for(company, view.role)
        title = view.role or (process.opening.title if process is not None else UNNAMED_ROLE)
        if process is None:
            opening_id = find_or_add_opening(company.name, title, view.at.date())
            process = Process.create(
                opening=opening_id, candidate=None, stage_reached=Stage.APPLIED, outcome=vocab.Outcome.PENDING,
                started_on=view.at.date(),
            )  # fmt: skip
        if person_id is not None:
            role = vocab.ContactRole.RECRUITER
            if (
                not ProcessContact.select()
                .where((ProcessContact.process == process.id) & (ProcessContact.person == person_id))
                .exists()
            ):
                ProcessContact.create(process=process.id, person=person_id, role=role)
        interaction_id = None
        if view.kind == DetectionKind.REJECTION:
            process.outcome, process.ended_on = vocab.Outcome.REJECTED, view.at.date()
            process.save()
            if person_id is not None:
                interaction_id = log_interaction(
                    person_id, "rejection", "in", view.at, channel="email",
                    subject=view.subject or f"{title} at {company.name}", body="; ".join(view.why),
                    opening_id=process.opening_id, process_id=process.id,
                ).value  # fmt: skip
        else:
            stage = _STAGE_OF[view.kind]
            if _STAGE_ORDER.get(process.stage_reached or "", -1) < _STAGE_ORDER[stage]:
                process.stage_reached = stage
            if view.kind == DetectionKind.OFFER:
                process.outcome = vocab.Outcome.OFFER
            process.save()
        Detection.update(state=DetectionState.ACCEPTED, decided_on=today, person=person_id).where(
            Detection.id == detection_id
        ).execute()
    people = frozenset({person_id}) if person_id is not None else frozenset()
    interactions = frozenset({interaction_id}) if interaction_id is not None else frozenset()
    return Changes(people=people, interactions=interactions, openings=True, processes=True, companies=True)
