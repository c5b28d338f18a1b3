"""The conversations of an export: messages.csv (``linkedin_message``) and Invitations.csv (``connection_request``)
→ the interactions to write, each with the people besides me (someone who wrote and is not yet known is created)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.interop.linkedin.export import Export
from desktop.interop.linkedin.owner import Keys, Owner
from desktop.interop.linkedin.values import _cell, _urls, parse_timestamp, plain_text
from desktop.interop.people_import import Tracker
from desktop.texts import say

_SYSTEM_SENDERS = {"", "linkedin"}
_HIDDEN = {"linkedin member"}
_SYSTEM_TEXTS = {"message request accepted", "you are now connected", "this message has been deleted",
                 "this conversation was deleted"}  # fmt: skip


def unknown_owner() -> str:
    """The reason the rows whose sender cannot be placed are skipped (looked up in the summary by it)."""
    return say("cannot tell which participant is you")


def _message_problem(
    row: list[str], draft: int, sender: int, sender_url: int, content: int, subject: int
) -> str | None:
    """Why a messages.csv row is not a message between people (None when it is one)."""
    if "\x00" in "".join(row):
        return say("the row holds NUL bytes (binary data)")
    if row[draft] and row[draft].strip().casefold() in ("yes", "true", "1"):
        return say("draft, never sent")
    if not row[sender_url].strip():
        name = row[sender].strip().casefold()
        if name in _HIDDEN:
            return say("the sender's profile is hidden")
        if name in _SYSTEM_SENDERS:
            return say("a LinkedIn system message")
    text = row[content].strip()
    if not text and not row[subject].strip():
        return say("empty message")
    if len(text) < 40 and text.casefold().rstrip(".") in _SYSTEM_TEXTS:
        return say("a LinkedIn system message")
    return None


Pending = tuple[int, list[int], str, str, datetime, str | None, str | None]
"""line, people, kind, direction, at, subject, body of an interaction to write"""


class Conversations:
    """Reads the messages and invitations once the owner is known; ``person(url, name)`` is the person of a
    participant (created when new), None for the owner."""

    def __init__(
        self, export: Export, track: Tracker, owner: Owner | None, keys: Keys, person: Callable[[str, str], int | None]
    ) -> None:
        self.export = export
        self.track = track
        self.owner = owner
        self.keys = keys
        self._person = person
        self.recipients: dict[tuple[str, str], list[int]] = {}  # (URL cell, name cell) → the people besides me

    def _recipients(self, url_cell: str, name_cell: str) -> list[int]:
        """The people a message of mine went to: URLs picked out by pattern, names paired with them when they can be."""
        to_urls = _urls(url_cell)
        names = [n.strip() for n in name_cell.split(", ")] if name_cell else []
        if to_urls and len(names) != len(to_urls):
            names = [""] * len(to_urls)
        others = list(zip(to_urls, names, strict=True)) if to_urls else [("", n) for n in names]
        pids = []
        for url, name in others:
            if not url and (not name or name.casefold() in _HIDDEN):
                continue
            pid = self._person(url, name)
            if pid is not None:
                pids.append(pid)
        return pids

    def read_invitations(self) -> list[Pending]:
        pending: list[Pending] = []
        for table in self.export.tables.get("invitations", []):
            sender, recipient, sent = table.index("from"), table.index("to"), table.index("sent at")
            message, direction = table.index("message"), table.index("direction")
            inviter, invitee = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
            for line, row in table.rows:
                self.track.step()
                way = _cell(row, direction).casefold()
                if way not in ("incoming", "outgoing"):
                    if self.owner is None:
                        self.track.skip(
                            say("cannot tell which side is you (no Direction)"), table.name, line, step=False
                        )
                        continue
                    mine = self.owner.is_me(self.keys.url(_cell(row, inviter)), _cell(row, sender))
                    way = "outgoing" if mine else "incoming"
                if way == "outgoing":
                    url, name, arrow = _cell(row, invitee), _cell(row, recipient), "out"
                else:
                    url, name, arrow = _cell(row, inviter), _cell(row, sender), "in"
                if not url and (not name or name.casefold() in _HIDDEN):
                    self.track.skip(say("the other side's profile is hidden"), table.name, line, step=False)
                    continue
                try:
                    at = parse_timestamp(_cell(row, sent))
                except ValueError as error:
                    self.track.skip(say("'Sent At' {error}").format(error=error), table.name, line, step=False)
                    continue
                pid = self._person(url, name)
                if pid is None:
                    self.track.skip(say("an invitation to or from yourself"), table.name, line, step=False)
                    continue
                body = plain_text(_cell(row, message)) or None
                pending.append((line, [pid], "connection_request", arrow, at, None, body))
        return pending

    def read_messages(self) -> list[Pending]:
        pending: list[Pending] = []
        for table in self.export.tables.get("messages", []):
            sender, sender_url = table.at("from"), table.at("sender profile url")
            recipients, recipient_urls = table.at("to"), table.at("recipient profile urls")
            sent, subject_at, content = table.at("date"), table.at("subject"), table.at("content")
            draft, direction = table.at("is message draft"), table.at("direction")
            step, skip, name = self.track.step, self.track.skip, table.name
            senders: dict[tuple[str, str], bool] = {}  # (URL, name) of a sender → is it me
            mine: bool | None
            for line, row in table.rows:
                step()
                problem = _message_problem(row, draft, sender, sender_url, content, subject_at)
                if problem:
                    skip(problem, name, line, step=False)
                    continue
                try:
                    at = parse_timestamp(row[sent])
                except ValueError as error:
                    skip(say("DATE {error}").format(error=error), name, line, step=False)
                    continue
                from_url, from_name = row[sender_url].strip(), row[sender].strip()
                way = row[direction].strip().casefold()
                if way in ("incoming", "outgoing"):
                    mine = way == "outgoing"
                elif self.owner is None:
                    skip(unknown_owner(), name, line, step=False)
                    continue
                else:
                    mine = senders.get((from_url, from_name))
                    if mine is None:
                        key = self.keys.url(from_url) if from_url else None
                        mine = senders[from_url, from_name] = self.owner.is_me(key, from_name)
                if mine:
                    cells = (row[recipient_urls].strip(), row[recipients].strip())
                    pids = self.recipients.get(cells)
                    if pids is None:
                        pids = self.recipients[cells] = self._recipients(*cells)
                    arrow = "out"
                else:
                    pid = self._person(from_url, from_name)
                    pids = [pid] if pid is not None else []
                    arrow = "in"
                if not pids:
                    skip(say("no one but you in the conversation"), name, line, step=False)
                    continue
                body = plain_text(row[content]) or None
                subject = (plain_text(row[subject_at]) or None) if row[subject_at] else None
                pending.append((line, pids, "linkedin_message", arrow, at, subject, body))
        return pending
