"""What the user counts: people and messages (not records), for the words after an import or the demo."""

from __future__ import annotations

from desktop.store.models import Interaction, Person
from desktop.vocab import Direction


def people_and_messages() -> tuple[int, int]:
    """How many people, and how many messages (interactions to or from them), are in the database."""
    people = Person.select().count()
    messages = Interaction.select().where(Interaction.direction.in_((Direction.IN, Direction.OUT))).count()
    return people, messages


def people_and_messages_text(people: int, messages: int) -> str:
    """``13 people, 9 messages`` (``1 person, 1 message``)."""
    return (
        f"{people:,} {'person' if people == 1 else 'people'}, {messages:,} {'message' if messages == 1 else 'messages'}"
    )
