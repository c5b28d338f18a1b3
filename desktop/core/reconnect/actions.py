"""Acting on a suggestion: done (records the outbound interaction), snooze, dismiss, and undo.

Snooze, dismiss and the undos return what they changed (the suggestion states and the key's person).
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.changes import Changes, Written, person_changed, suggestion_acted_on
from desktop.errors import InputError
from desktop.store.models import DB, Interaction, SuggestionState
from desktop.vocab import KIND_OF_CHANNEL, Direction, SuggestionKey
from desktop.vocab import SuggestionState as State


def _set(key: str, state: str, until: date | None) -> None:
    SuggestionState.insert(key=key, state=state, until=until).on_conflict_replace().execute()


def _acted_on(key: str) -> Changes:
    """The suggestion states changed, and (when the key names one) that person's suggestions."""
    try:
        return suggestion_acted_on(int(SuggestionKey.parse(key).person))
    except ValueError:
        return Changes(suggestion_states=True)


def mark_done(
    key: str, person_id: int, channel: str, body: str, at: datetime, subject: str | None = None,
    opening_id: int | None = None,
) -> Written[int]:  # fmt: skip
    """Record what was sent (moving every timer) and close the key; returns the interaction id."""
    from desktop.core.timeline import log_interaction  # lazy: Today's cards are built before the first paint

    if channel not in KIND_OF_CHANNEL:
        raise InputError(f"channel {channel!r} is unknown")
    with DB.atomic():
        logged = log_interaction(
            person_id, KIND_OF_CHANNEL[channel], Direction.OUT, at, channel=channel, subject=subject or None,
            body=body, opening_id=opening_id,
        )  # fmt: skip
        _set(key, State.DONE, at.date())
    return Written(logged.value, _acted_on(key) | person_changed(person_id, logged.value))


def snooze(key: str, until: date, today: date) -> Changes:
    if until <= today:
        raise InputError(f"snooze until a day after today ({today}), not {until}")
    _set(key, State.SNOOZED, until)
    return _acted_on(key)


def dismiss(key: str) -> Changes:
    _set(key, State.DISMISSED, None)
    return _acted_on(key)


def previous_state(key: str) -> tuple[str, date | None] | None:
    row = SuggestionState.get_or_none(SuggestionState.key == key)
    return (row.state, row.until) if row else None


def restore_state(key: str, state: tuple[str, date | None] | None) -> Changes:
    """Undo a snooze or dismiss: put back what the key had before."""
    if state is None:
        SuggestionState.delete().where(SuggestionState.key == key).execute()
    else:
        _set(key, state[0], state[1])
    return _acted_on(key)


def undo_done(key: str, state: tuple[str, date | None] | None, interaction_id: int | None) -> Changes:
    """Undo a Mark done (or a sent e-mail): the logged interaction leaves the timeline, the key is as before.

    A sent e-mail has left: only what Rebound recorded of it is taken back.
    """
    with DB.atomic():
        if interaction_id is not None:
            Interaction.delete().where(Interaction.id == interaction_id).execute()
        changes = restore_state(key, state)
    return changes if interaction_id is None else changes | Changes(interactions=frozenset({interaction_id}))
