"""An .ics calendar of upcoming reconnects (RFC 5545, written with the icalendar library)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from desktop import vocab
from desktop.core.reconnect.engine import Engine
from desktop.core.reconnect.present import as_dict
from desktop.errors import InputError

MAX_DAYS = 3650


def calendar_for(engine: Engine, today: date, days: int) -> Calendar:
    """One all-day event per suggestion due from today to today + days (overdue ones on today)."""
    if not 0 <= days <= MAX_DAYS:
        raise InputError(f"--days {days}: give a number of days from 0 to {MAX_DAYS}")
    plan, later = engine.today_and_coming(today, days)
    calendar = Calendar()
    calendar.add("prodid", "-//Rebound//Reconnect plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Rebound: reconnects")
    stamp = datetime.combine(today, datetime.min.time())
    for suggestion in plan + later:
        card = as_dict(suggestion, engine.facts, today)
        day = max(suggestion.due, today)
        event = Event()
        event.add("uid", f"{suggestion.key.replace('/', '-')}@rebound.local")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"{vocab.ACTION_LABELS[suggestion.action]}: {card['person']['name']}")
        lines = [*card["why"], "", f"Channel: {vocab.CHANNEL_LABELS[suggestion.channel]}"]
        if card["draft"]["subject"]:
            lines.append(f"Subject: {card['draft']['subject']}")
        lines += ["", card["draft"]["body"]]
        event.add("description", "\n".join(lines))
        calendar.add_component(event)
    return calendar


def export_ics(engine: Engine, path: Path, today: date, days: int) -> int:
    """Write the calendar; returns the number of events."""
    calendar = calendar_for(engine, today, days)
    target = Path(path)
    try:
        target.write_bytes(calendar.to_ical())
    except OSError as error:
        raise InputError(f"{target}: cannot write the file ({error.strerror})") from error
    return len(calendar.subcomponents)
