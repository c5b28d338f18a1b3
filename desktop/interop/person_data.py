"""One person's data as a JSON document: everything Rebound holds about them, for a data subject access request.

The profile, the timeline, the processes and the connections (of the other person only the name
and the tie), read through core; the file is written atomically.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.network import connections_of
from desktop.core.people import get_person
from desktop.core.processes import processes_of
from desktop.core.timeline import timeline
from desktop.interop.people_export import write_atomically

PERSON_DATA_FORMAT = "rebound-person-data"
PERSON_DATA_VERSION = 1


@dataclass(frozen=True)
class PersonExport:
    """What the person export wrote: whom, and how much."""

    name: str
    interactions: int
    processes: int
    connections: int


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def person_document(person_id: int, now: datetime) -> dict[str, Any]:
    """Everything Rebound holds about one person, as a JSON-ready document (read through core)."""
    person = asdict(get_person(person_id))
    del person["id"]  # the database's own number means nothing outside it
    return {
        "format": PERSON_DATA_FORMAT,
        "version": PERSON_DATA_VERSION,
        "exported_at": now,
        "about": "Everything Rebound holds about this person: profile, timeline, processes and connections.",
        "person": person,
        "timeline": [
            {key: value for key, value in asdict(entry).items() if key != "id"} for entry in timeline(person_id)
        ],
        "processes": [
            {key: value for key, value in asdict(process).items() if key != "id"} for process in processes_of(person_id)
        ],
        "connections": [  # whom they know: the name and the tie, nothing else about the other person
            {"name": other.name, "kind": other.kind, "strength": other.strength, "since": other.since}
            for other in connections_of(person_id)
        ],
    }


def export_person(person_id: int, path: Path, now: datetime) -> PersonExport:
    """Write ``person_document`` to ``path`` (atomically); returns what it holds."""
    document = person_document(person_id, now)
    text = json.dumps(document, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))
    return PersonExport(
        document["person"]["name"], len(document["timeline"]), len(document["processes"]), len(document["connections"])
    )
