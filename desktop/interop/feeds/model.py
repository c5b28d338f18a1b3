"""What a feed gives: postings, and a problem per entry that could not be used."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.vocab import FeedFormat


class FeedError(Exception):
    """The feed as a whole could not be read (one line for the watch summary)."""


@dataclass(frozen=True)
class Posting:
    """One opening as a feed lists it; ``key`` is stable across reads (the provider's id, else the URL)."""

    key: str
    title: str
    url: str
    location: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class EntryProblem:
    """Entry ``number`` (1-based, in feed order) and what is wrong with it; ``skipped`` when nothing was used."""

    number: int
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"entry {self.number}: {self.message}"


@dataclass
class FeedPage:
    format: FeedFormat
    postings: list[Posting] = field(default_factory=list)
    problems: list[EntryProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the page as a whole (encoding read otherwise, …)
    next_url: str | None = None
