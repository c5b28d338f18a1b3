"""The Rebound JSON archive (spec/archive-format.md): validate, import (matching, all-or-nothing), export.

An import checks the whole document first — shape against the JSON Schema, then dates and
references between records — and only then writes, inside one transaction. A bad file
raises ``InputError`` naming the file, the record and the field; nothing is written.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import jsonschema_rs
import peewee as pw

import desktop
from desktop.core import profile as profile_core
from desktop.core import settings as settings_core
from desktop.core.bulk_writer import Interactions, People, writing
from desktop.core.dates import iso_date, iso_datetime, parse_date, parse_datetime
from desktop.core.normalize import company_key, fold
from desktop.core.person_values import stored_values
from desktop.core.timeline import job_change_companies
from desktop.errors import InputError
from desktop.interop.people_import import ImportSummary, Progress, Tracker
from desktop.store.models import (
    DB,
    BaseModel,
    Company,
    Connection,
    Interaction,
    Opening,
    Person,
    PersonTag,
    Process,
    ProcessContact,
    Profile,
    SuggestionState,
    Tag,
)
from desktop.vocab import InteractionKind as Kind
from desktop.vocab import SuggestionKey
from desktop.vocab import SuggestionState as State

FORMAT = "rebound-archive"
VERSION = 1
SECTIONS = ("companies", "people", "connections", "openings", "processes", "interactions", "suggestion_states")
PERSON_FIELDS = (
    "first_name", "last_name", "email", "phone", "linkedin_url", "title", "role", "connected", "connected_on",
    "language", "do_not_contact", "archived", "skills", "location", "notes",
)  # fmt: skip
__all__ = ["ImportSummary", "Progress", "export_archive", "export_document", "import_archive", "import_document"]


@cache
def _validator() -> jsonschema_rs.Draft202012Validator:
    schema = json.loads(files("desktop.interop").joinpath("archive.schema.json").read_text(encoding="utf-8"))
    return jsonschema_rs.Draft202012Validator(schema)


# ---------------------------------------------------------------- reading and checking


def read_document(path: Path) -> dict[str, Any]:
    """Parse the file; a JSON error names the line and column."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror})") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (byte {error.start})") from error
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: line {error.lineno} column {error.colno}: not valid JSON ({error.msg})") from error
    if not isinstance(document, dict):
        raise InputError(f"{path}: not a Rebound archive (the document is not a JSON object)")
    return document


def _where(document: dict[str, Any], path: list[Any]) -> str:
    """A readable name for the place of an error: ``people[3] (id p4)``."""
    if not path:
        return "the document"
    if len(path) >= 2 and isinstance(path[1], int):
        section, index = path[0], path[1]
        record = document.get(section, [])[index] if isinstance(document.get(section), list) else None
        label = f"{section}[{index}]"
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            label += f" (id {record['id']})"
        rest = [str(p) if not isinstance(p, int) else f"[{p}]" for p in path[2:]]
        return label + (" field " + ".".join(rest).replace(".[", "[") if rest else "")
    return ".".join(str(p) for p in path)


def _describe(error: jsonschema_rs.ValidationError) -> str:
    kind = error.kind
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
        return f"unknown field {sorted(kind.unexpected)[0]!r}"
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
        return f"{kind.property!r} is missing"
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Enum):
        return f"{error.instance!r} is not one of {', '.join(repr(v) for v in kind.options)}"
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Constant):
        return f"must be {kind.expected_value!r}, not {error.instance!r}"
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Pattern):
        return f"{error.instance!r} does not have the expected form"
    return error.message


def validate_shape(document: dict[str, Any], source: str) -> None:
    if document.get("format") != FORMAT:
        raise InputError(f'{source}: not a Rebound archive ("format" must be {FORMAT!r})')
    validator = _validator()
    if validator.is_valid(document):
        return
    errors = sorted(validator.iter_errors(document), key=lambda e: [(isinstance(p, str), p) for p in e.instance_path])
    first = errors[0]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    raise InputError(f"{source}: {_where(document, list(first.instance_path))}: {_describe(first)}{more}")


def _check_dates(document: dict[str, Any], source: str) -> None:
    date_fields = {
        "people": ("connected_on",),
        "connections": ("since",),
        "openings": ("discovered_on",),
        "processes": ("started_on", "ended_on"),
        "suggestion_states": ("until",),
    }
    for section, names in date_fields.items():
        for index, record in enumerate(document.get(section, [])):
            for name in names:
                if record.get(name) is not None:
                    try:
                        parse_date(record[name])
                    except ValueError as error:
                        raise InputError(f"{source}: {_where(document, [section, index, name])}: {error}") from None
    for index, record in enumerate(document.get("interactions", [])):
        try:
            parse_datetime(record["at"])
        except ValueError as error:
            raise InputError(f"{source}: {_where(document, ['interactions', index, 'at'])}: {error}") from None


def _check_references(document: dict[str, Any], source: str) -> None:
    ids: dict[str, set[str]] = {}
    for section in ("companies", "people", "openings", "processes"):
        seen: set[str] = set()
        for index, record in enumerate(document.get(section, [])):
            if record["id"] in seen:
                raise InputError(f"{source}: {_where(document, [section, index])}: id {record['id']!r} is used twice")
            seen.add(record["id"])
        ids[section] = seen

    def need(section: str, index: int, name: str, value: Any, target: str) -> None:
        if value is not None and value not in ids[target]:
            what = {"companies": "company", "people": "person", "openings": "opening", "processes": "process"}[target]
            raise InputError(
                f"{source}: {_where(document, [section, index, name])}: {value!r} is not a {what} of this archive"
            )

    for i, r in enumerate(document.get("people", [])):
        need("people", i, "company", r.get("company"), "companies")
    for i, r in enumerate(document.get("connections", [])):
        need("connections", i, "a", r["a"], "people")
        need("connections", i, "b", r["b"], "people")
        if r["a"] == r["b"]:
            raise InputError(f"{source}: {_where(document, ['connections', i])}: a person cannot know themselves")
    for i, r in enumerate(document.get("openings", [])):
        need("openings", i, "company", r["company"], "companies")
    for i, r in enumerate(document.get("processes", [])):
        need("processes", i, "opening", r["opening"], "openings")
        need("processes", i, "candidate", r.get("candidate"), "people")
        for j, contact in enumerate(r.get("contacts", [])):
            need("processes", i, f"contacts[{j}].person", contact["person"], "people")
    for i, r in enumerate(document.get("interactions", [])):
        need("interactions", i, "person", r["person"], "people")
        need("interactions", i, "opening", r.get("opening"), "openings")
        need("interactions", i, "process", r.get("process"), "processes")
    for i, r in enumerate(document.get("suggestion_states", [])):
        key = SuggestionKey.parse(r["key"])  # the schema's pattern holds: three parts, a person
        need("suggestion_states", i, "key", key.person, "people")
        if key.opening:
            need("suggestion_states", i, "key", key.opening, "openings")
        if r["state"] == State.SNOOZED and not r.get("until"):
            raise InputError(f"{source}: {_where(document, ['suggestion_states', i])}: a snoozed state needs 'until'")


def validate_document(document: dict[str, Any], source: str) -> None:
    """Everything an import checks before writing: shape, dates, references."""
    validate_shape(document, source)
    _check_dates(document, source)
    _check_references(document, source)


# ---------------------------------------------------------------- importing


class _Importer:
    """Writes one validated document; call inside a transaction."""

    def __init__(self, document: dict[str, Any], progress: Progress | None = None) -> None:
        self.doc = document
        self.track = Tracker(sum(len(document.get(section, [])) for section in SECTIONS), progress)
        self.summary = self.track.summary
        self.companies: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.openings: dict[str, int] = {}
        self.processes: dict[str, int] = {}
        self.writer: People | None = None

    def _step(self, count: int = 1) -> None:
        """Report progress every few hundred records; a False answer cancels (the transaction rolls back)."""
        self.track.step(count)

    def _count(self, created: bool, changed: bool) -> None:
        self.track.count(created, changed)

    def _update(self, model: pw.Model, values: dict[str, Any]) -> bool:
        changed = {k: v for k, v in values.items() if getattr(model, k) != v}
        if changed:
            for key, value in changed.items():
                setattr(model, key, value)
            model.save(only=[getattr(type(model), k) for k in changed])
        return bool(changed)

    def run(self) -> ImportSummary:
        self.profile_and_settings()
        self.import_companies()
        self.import_people()
        self.import_connections()
        self.import_openings()
        self.import_processes()
        self.import_interactions()
        self.import_suggestion_states()
        return self.track.finish()

    def profile_and_settings(self) -> None:
        me = self.doc.get("me")
        if me is not None:
            profile, _ = Profile.get_or_create(id=1)
            self._update(profile, {k: v for k, v in me.items() if k != "emails"})
            if "emails" in me:
                try:
                    profile_core.add_my_emails(me["emails"])
                except InputError as error:
                    raise InputError(f"me field emails: {error}") from None
        for key, value in (self.doc.get("settings") or {}).items():
            settings_core.set_setting(key, value)

    def import_companies(self) -> None:
        by_key = {c.name_key: c for c in Company.select()}
        for index, record in enumerate(self.doc.get("companies", [])):
            key = company_key(record["name"])
            if not key:
                raise InputError(
                    f"companies[{index}] (id {record['id']}) field name: {record['name']!r} has no letters or digits"
                )
            values = {k: record[k] for k in ("domain", "careers_url", "notes") if k in record}
            company = by_key.get(key)
            if company is None:
                company = by_key[key] = _insert(Company, name=record["name"].strip(), name_key=key, **values)
                self._count(True, False)
            else:
                self._count(False, self._update(company, values))
            self.companies[record["id"]] = company.id

    def _person_values(self, record: dict[str, Any]) -> dict[str, Any]:
        """The person columns an archive record sets (absent fields are left alone)."""
        values: dict[str, Any] = {k: record[k] for k in PERSON_FIELDS if k in record}
        if "connected_on" in values:
            values["connected_on"] = parse_date(values["connected_on"]) if values["connected_on"] else None
        values["name"] = record["name"]
        if "company" in record:
            values["company_id"] = self.companies.get(record["company"]) if record["company"] else None
        return stored_values(values)

    def import_people(self) -> None:
        """Matched as every import matches people (people_import.People); every field given overwrites."""
        writer = self.writer = People()
        records = [(record, self._person_values(record)) for record in self.doc.get("people", [])]
        writer.prefetch(values for _, values in records)
        for record, values in records:
            result = writer.replace(values, record.get("tags"))
            self.people[record["id"]] = result.id
            self._count(result.created, result.changed)
        writer.flush()

    def import_connections(self) -> None:
        edges = {(e.a_id, e.b_id): e for e in Connection.select()}
        for record in self.doc.get("connections", []):
            a, b = sorted((self.people[record["a"]], self.people[record["b"]]))
            if a == b:
                self.summary.skipped += 1
                self._step()
                self.summary.errors.append(f"connection {record['a']}–{record['b']}: both are the same person here")
                continue
            values = {k: record[k] for k in ("kind", "strength") if k in record}
            if "since" in record:
                values["since"] = parse_date(record["since"]) if record["since"] else None
            edge = edges.get((a, b))
            if edge is None:
                edges[a, b] = _insert(Connection, a=a, b=b, **values)
                self._count(True, False)
            else:
                self._count(False, self._update(edge, values))

    def import_openings(self) -> None:
        by_url: dict[str, list[Opening]] = {}  # the openings that had this URL (each checked: an update may change it)
        by_company: dict[int, list[Opening]] = {}
        for stored in Opening.select().order_by(Opening.id):
            if stored.url:
                by_url.setdefault(stored.url, []).append(stored)
            by_company.setdefault(stored.company_id, []).append(stored)
        for record in self.doc.get("openings", []):
            company_id = self.companies[record["company"]]
            values: dict[str, Any] = {k: record[k] for k in ("url", "keywords", "status", "mine") if k in record}
            if "discovered_on" in record:
                values["discovered_on"] = parse_date(record["discovered_on"]) if record["discovered_on"] else None
            url = record.get("url")
            opening = next((o for o in by_url.get(url, ()) if o.url == url), None) if url else None
            if opening is None:  # company + title, unless both have URLs and they differ
                title_key = fold(record["title"])
                for candidate in by_company.get(company_id, ()):
                    if fold(candidate.title) == title_key and not (record.get("url") and candidate.url):
                        opening = candidate
                        break
            if opening is None:
                opening = _insert(Opening, company=company_id, title=record["title"], **values)
                by_company.setdefault(company_id, []).append(opening)
                self._count(True, False)
            else:
                values["title"] = record["title"]
                self._count(False, self._update(opening, values))
            if opening.url and opening not in by_url.setdefault(opening.url, []):
                by_url[opening.url].append(opening)
            self.openings[record["id"]] = opening.id

    def import_processes(self) -> None:
        found: dict[tuple[int, int | None], Process] = {}
        for stored in Process.select().order_by(Process.id):
            found.setdefault((stored.opening_id, stored.candidate_id), stored)
        links: Any = ProcessContact.select(ProcessContact.process, ProcessContact.person, ProcessContact.role)
        contacts: set[tuple[int, int, str]] = set(links.tuples())
        for record in self.doc.get("processes", []):
            opening_id = self.openings[record["opening"]]
            candidate_id = self.people[record["candidate"]] if record.get("candidate") else None
            values: dict[str, Any] = {k: record[k] for k in ("stage_reached", "outcome", "reason") if k in record}
            for name in ("started_on", "ended_on"):
                if name in record:
                    values[name] = parse_date(record[name]) if record[name] else None
            process = found.get((opening_id, candidate_id))
            created = process is None
            if process is None:
                process = found[opening_id, candidate_id] = _insert(
                    Process, opening=opening_id, candidate=candidate_id, **values
                )
                changed = False
            else:
                changed = self._update(process, values)
            for contact in record.get("contacts", []):
                link = (process.id, self.people[contact["person"]], contact["role"])
                if link not in contacts:
                    contacts.add(link)
                    _insert(ProcessContact, process=link[0], person=link[1], role=link[2])
                    changed = changed or not created
            self.processes[record["id"]] = process.id
            self._count(created, changed)

    def import_interactions(self) -> None:
        interactions = Interactions()
        interactions.load(self.writer.existing if self.writer is not None else ())
        for record in self.doc.get("interactions", []):
            self._step()
            # an archive carries a job change as its subject line only (the format has no fields for the companies)
            moved = job_change_companies(record.get("subject")) if record["kind"] == Kind.JOB_CHANGE else (None, None)
            created = interactions.add(
                self.people[record["person"]], record["kind"], record["direction"], parse_datetime(record["at"]),
                record.get("channel"), record.get("subject"), record.get("body"),
                self.openings[record["opening"]] if record.get("opening") else None,
                self.processes[record["process"]] if record.get("process") else None,
                *moved,
            )  # fmt: skip
            if not created:
                self.summary.unchanged += 1
        self.summary.created += interactions.flush()

    def import_suggestion_states(self) -> None:
        states = {state.key: state for state in SuggestionState.select()}
        for record in self.doc.get("suggestion_states", []):
            archived = SuggestionKey.parse(record["key"])
            opening = str(self.openings[archived.opening]) if archived.opening else ""
            key = archived.with_ids(str(self.people[archived.person]), opening).format()
            until = parse_date(record["until"]) if record.get("until") else None
            state = states.get(key)
            if state is None:
                states[key] = _insert(SuggestionState, key=key, state=record["state"], until=until)
                self._count(True, False)
            else:
                self._count(False, self._update(state, {"state": record["state"], "until": until}))


M = TypeVar("M", bound=BaseModel)


def _insert(model: type[M], **values: Any) -> M:
    """``model.create(**values)`` in plain SQL: the instance fills the defaults as ``create`` does, its row goes in
    with one parameterised INSERT (peewee's query builder costs 50–100 µs a row, the statement a few).
    Returns the instance with its new id (a table keyed by a column of its own keeps that key)."""
    instance = model(**values)
    fields = [f for f in model._meta.sorted_fields if f.name in instance.__data__ and not isinstance(f, pw.AutoField)]
    columns = ", ".join(f.column_name for f in fields)
    marks = ", ".join("?" * len(fields))
    cursor = DB.obj.cursor().execute(
        f"INSERT INTO {model._meta.table_name} ({columns}) VALUES ({marks})",
        [f.db_value(instance.__data__[f.name]) for f in fields],
    )
    if isinstance(model._meta.primary_key, pw.AutoField):
        instance.id = cursor.lastrowid
    return instance


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def import_document(
    document: dict[str, Any], source: str = "archive", validated: bool = False, progress: Progress | None = None
) -> ImportSummary:
    """Validate (unless the caller just did), then write the whole document in one transaction."""
    if not validated:
        validate_document(document, source)
    try:
        with writing(
            people=len(document.get("people", [])), interactions=len(document.get("interactions", []))
        ) as kept:
            summary = _Importer(document, progress).run()
        return kept.apply(summary)
    except InputError as error:  # found while writing: everything was rolled back
        if str(error).startswith(f"{source}: "):
            raise
        raise InputError(f"{source}: {error}") from error


def import_archive(path: Path, progress: Progress | None = None) -> ImportSummary:
    """Import a file; ``progress(done, total)`` is called as records are written and may return False to cancel."""
    return import_document(read_document(path), str(path), progress=progress)


# ---------------------------------------------------------------- exporting


def export_document() -> dict[str, Any]:
    """The whole database as an archive document (ids renumbered c1…, p1…, o1…, r1…)."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "generator": f"Rebound {desktop.__version__}"}
    profile = Profile.get_or_none(Profile.id == 1)
    if profile is not None:
        document["me"] = {
            "name": profile.name, "mode": profile.mode, "language": profile.language,
            "target_roles": profile.target_roles, "keywords": profile.keywords,
        }  # fmt: skip
    emails = profile_core.my_emails()
    if emails:
        document.setdefault("me", {})["emails"] = emails
    stored = settings_core.stored_settings()
    if stored:
        document["settings"] = stored

    companies = {c.id: f"c{n}" for n, c in enumerate(Company.select(Company.id).order_by(Company.id), 1)}
    document["companies"] = [
        {"id": companies[c.id], "name": c.name, "domain": c.domain, "careers_url": c.careers_url, "notes": c.notes}
        for c in Company.select().order_by(Company.id)
    ]
    people = {p.id: f"p{n}" for n, p in enumerate(Person.select(Person.id).order_by(Person.id), 1)}
    tags: dict[int, list[str]] = {}
    pairs: Any = PersonTag.select(PersonTag.person, Tag.name).join(Tag).order_by(PersonTag.id).tuples()
    for pid, name in pairs:
        tags.setdefault(pid, []).append(name)
    document["people"] = []
    for p in Person.select().order_by(Person.id):
        record: dict[str, Any] = {"id": people[p.id], "name": p.name}
        for name in PERSON_FIELDS:
            record[name] = getattr(p, name)
        record["company"] = companies.get(p.company_id) if p.company_id else None
        record["connected"] = bool(p.connected)
        record["do_not_contact"] = bool(p.do_not_contact)
        record["archived"] = bool(p.archived)
        record["connected_on"] = iso_date(p.connected_on)
        record["tags"] = tags.get(p.id, [])
        if record["role"] is None:
            del record["role"]  # the schema has no null role
        document["people"].append(record)
    document["connections"] = [
        {"a": people[e.a_id], "b": people[e.b_id], "kind": e.kind, "strength": e.strength,
         "since": iso_date(e.since)}
        for e in Connection.select().order_by(Connection.id)
    ]  # fmt: skip
    openings = {o.id: f"o{n}" for n, o in enumerate(Opening.select(Opening.id).order_by(Opening.id), 1)}
    document["openings"] = [
        {"id": openings[o.id], "company": companies[o.company_id], "title": o.title, "url": o.url,
         "keywords": o.keywords, "status": o.status, "discovered_on": iso_date(o.discovered_on),
         "mine": bool(o.mine)}
        for o in Opening.select().order_by(Opening.id)
    ]  # fmt: skip
    processes = {r.id: f"r{n}" for n, r in enumerate(Process.select(Process.id).order_by(Process.id), 1)}
    contacts: dict[int, list[dict[str, str]]] = {}
    for c in ProcessContact.select().order_by(ProcessContact.id):
        contacts.setdefault(c.process_id, []).append({"person": people[c.person_id], "role": c.role})
    document["processes"] = []
    for r in Process.select().order_by(Process.id):
        process: dict[str, Any] = {
            "id": processes[r.id], "opening": openings[r.opening_id],
            "candidate": people[r.candidate_id] if r.candidate_id else None, "stage_reached": r.stage_reached,
            "outcome": r.outcome, "started_on": iso_date(r.started_on), "ended_on": iso_date(r.ended_on),
            "reason": r.reason, "contacts": contacts.get(r.id, []),
        }  # fmt: skip
        if process["stage_reached"] is None:
            del process["stage_reached"]  # the schema has no null stage
        document["processes"].append(process)
    document["interactions"] = [
        {"person": people[i.person_id], "kind": i.kind, "direction": i.direction,
         "at": iso_datetime(_as_datetime(i.at)), "channel": i.channel, "subject": i.subject, "body": i.body,
         "opening": openings[i.opening_id] if i.opening_id else None,
         "process": processes[i.process_id] if i.process_id else None}
        for i in Interaction.select().order_by(Interaction.at, Interaction.id).iterator()
    ]  # fmt: skip
    document["suggestion_states"] = []
    for s in SuggestionState.select().order_by(SuggestionState.key):
        key = SuggestionKey.parse(s.key)
        if key.person_id not in people:
            continue
        local_opening = openings.get(key.opening_id, "") if key.opening_id is not None else ""
        document["suggestion_states"].append(
            {"key": key.with_ids(people[key.person_id], local_opening).format(), "state": s.state,
             "until": iso_date(s.until)}
        )  # fmt: skip
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_archive(path: Path) -> int:
    """Write the archive to ``path`` (atomically: a temporary file renamed into place); returns people count."""
    document = export_document()
    target = Path(path)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        temporary.write_text(dumps(document), encoding="utf-8")
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(f"{target}: cannot write the file ({error.strerror})") from error
    return len(document["people"])


def shift_dates(document: dict[str, Any], days: int) -> dict[str, Any]:
    """A copy of the document with every date and time moved by ``days`` (keeps the demo fresh)."""
    from datetime import timedelta

    delta = timedelta(days=days)

    def move_date(value: str | None) -> str | None:
        return (date.fromisoformat(value) + delta).isoformat() if value else value

    shifted = json.loads(json.dumps(document))
    for p in shifted.get("people", []):
        p["connected_on"] = move_date(p.get("connected_on"))
    for c in shifted.get("connections", []):
        c["since"] = move_date(c.get("since"))
    for o in shifted.get("openings", []):
        o["discovered_on"] = move_date(o.get("discovered_on"))
    for r in shifted.get("processes", []):
        r["started_on"] = move_date(r.get("started_on"))
        r["ended_on"] = move_date(r.get("ended_on"))
    for i in shifted.get("interactions", []):
        i["at"] = iso_datetime(parse_datetime(i["at"]) + delta)
    for s in shifted.get("suggestion_states", []):
        s["until"] = move_date(s.get("until"))
    return shifted
