"""Acting on a suggestion: done (records the outbound interaction), snooze, dismiss, and undo."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.timeline import log_interaction
from desktop.errors import InputError
from desktop.store.models import DB, Interaction, SuggestionState
from desktop.vocab import KIND_OF_CHANNEL, Direction
from desktop.vocab import SuggestionState as State


def _set(key: str, state: str, until: date | None) -> None:
    SuggestionState.insert(key=key, state=state, until=until).on_conflict_replace().execute()


def mark_done(
    key: str, person_id: int, channel: str, body: str, at: datetime, subject: str | None = None,
    opening_id: int | None = None,
) -> int:  # fmt: skip
    """Record what was sent (moving every timer) and close the key; returns the interaction id."""
    if channel not in KIND_OF_CHANNEL:
        raise InputError(f"channel {channel!r} is unknown")
    with DB.atomic():
        interaction_id = log_interaction(
            person_id, KIND_OF_CHANNEL[channel], Direction.OUT, at, channel=channel, subject=subject or None,
            body=body, opening_id=opening_id,
        )  # fmt: skip
        _set(key, State.DONE, at.date())
    return interaction_id


def snooze(key: str, until: date, today: date) -> None:
    if until <= today:
        raise InputError(f"snooze until a day after today ({today}), not {until}")
    _set(key, State.SNOOZED, until)


def dismiss(key: str) -> None:
    _set(key, State.DISMISSED, None)


def previous_state(key: str) -> tuple[str, date | None] | None:
    row = SuggestionState.get_or_none(SuggestionState.key == key)
    return (row.state, row.until) if row else None


def restore_state(key: str, state: tuple[str, date | None] | None) -> None:
    """Undo a snooze or dismiss: put back what the key had before."""
    if state is None:
        SuggestionState.delete().where(SuggestionState.key == key).execute()
    else:
        _set(key, state[0], state[1])


def undo_done(key: str, state: tuple[str, date | None] | None, interaction_id: int | None) -> None:
    """Undo a Mark done (or a sent e-mail): the logged interaction leaves the timeline, the key is as before.

    A sent e-mail has left: only what Rebound recorded of it is taken back.
    """
    with DB.atomic():
        if interaction_id is not None:
            Interaction.delete().where(Interaction.id == interaction_id).execute()
        restore_state(key, state)
