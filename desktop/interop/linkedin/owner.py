"""The account owner of an export: ``me``, never one of the people (FORMAT.md: the profile URL in nearly every
conversation and invitation)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.normalize import fold, linkedin_key, profile_url
from desktop.interop.linkedin.export import Export
from desktop.interop.linkedin.values import _cell, _urls


@dataclass(frozen=True)
class Owner:
    url_key: str | None
    name_key: str | None

    def is_me(self, url_key: str | None, name: str) -> bool:
        if url_key and self.url_key:
            return url_key == self.url_key
        return bool(self.name_key) and fold(name) == self.name_key


class Keys:
    """Normal forms of the URLs and names of an export, each computed once (they repeat a lot)."""

    def __init__(self) -> None:
        self._urls: dict[str, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}

    def urls(self, cell: str) -> tuple[str, ...]:
        """The profile keys in a cell (one URL, or several joined by ``;`` or ``,``)."""
        try:
            return self._urls[cell]
        except KeyError:
            found = tuple(dict.fromkeys(k for u in _urls(cell) if (k := linkedin_key(u))))
            self._urls[cell] = found
            return found

    def url(self, cell: str) -> str | None:
        found = self.urls(cell) if cell else ()
        return found[0] if found else (linkedin_key(cell) if cell else None)

    def name(self, text: str) -> str:
        try:
            return self._names[text]
        except KeyError:
            found = self._names[text] = fold(text)
            return found


def is_profile_url(text: str) -> bool:
    """Whether what the user said they are (``--me``) is a profile URL rather than a name."""
    return "linkedin.com/" in text.casefold() or "://" in text


def owner_of(me: str) -> Owner:
    """The owner the user named: by profile URL, or by full name."""
    if is_profile_url(me):
        return Owner(linkedin_key(profile_url(me)), None)
    return Owner(None, fold(me))


def participants(export: Export) -> list[str]:
    """The senders and recipients of messages.csv, most messages first (each once, as written): whom the user
    picks from when the export cannot tell which of them is the account owner."""
    counts: Counter[str] = Counter()
    for table in export.tables.get("messages", []):
        sender, recipients = table.at("from"), table.at("to")
        for _, row in table.rows:
            names = [row[sender], *row[recipients].split(", ")]
            counts.update(name for cell in names if (name := " ".join(cell.split())))
    return [name for name, _ in counts.most_common()]


def find_owner(
    export: Export, profile_name: str | None, connection_urls: set[str], keys: Keys | None = None
) -> Owner | None:
    """The account owner: the profile URL in nearly every conversation and invitation (FORMAT.md).

    Ties are broken by the owner's name (Profile.csv or ``me``) and by not being one of the connections.
    Without URLs, the name that appears in every conversation. None when it cannot be told.
    """
    keys = keys or Keys()
    url_cells: dict[str, set[str]] = {}  # conversation → the raw URL cells seen in it
    name_cells: dict[str, set[str]] = {}
    url_names: dict[str, str] = {}  # raw sender URL → sender name
    invitation_urls: list[tuple[str, str]] = []
    for table in export.tables.get("messages", []):
        conversation = table.at("conversation id")
        sender_url, recipient_urls = table.at("sender profile url"), table.at("recipient profile urls")
        sender, recipients = table.at("from"), table.at("to")
        seen = dict.fromkeys(
            (row[conversation] or str(line), row[sender_url], row[recipient_urls], row[sender], row[recipients])
            for line, row in table.rows
        )  # each distinct combination once, in file order: a conversation repeats the same few
        for key, from_url, to_urls, from_name, to_names in seen:
            cells = url_cells.get(key)
            if cells is None:
                cells = url_cells[key] = set()
                name_cells[key] = set()
            cells.add(from_url)
            cells.add(to_urls)
            url_names.setdefault(from_url, from_name.strip())
            name_cells[key].add(from_name.strip())
            name_cells[key].add(to_names.strip())
    for table in export.tables.get("invitations", []):
        inviter, invitee = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
        inviter_name, invitee_name = table.index("from"), table.index("to")
        for _, row in table.rows:
            invitation_urls.append((_cell(row, inviter), _cell(row, inviter_name)))
            invitation_urls.append((_cell(row, invitee), _cell(row, invitee_name)))
    by_url: Counter[str] = Counter()
    names_of: dict[str, str] = {}
    for cells in url_cells.values():
        by_url.update({k for cell in cells if cell for k in keys.urls(cell)})
    for cell, name in url_names.items():
        if cell and (k := keys.url(cell)):
            names_of.setdefault(k, name)
    for cell, name in invitation_urls:
        if cell and (k := keys.url(cell)):
            by_url[k] += 1
            names_of.setdefault(k, name)
    wanted = fold(profile_name) if profile_name else None

    def pick(counts: Counter[str], name_of: Callable[[str], str]) -> str | None:
        ranked = [(n, k) for k, n in counts.most_common() if k not in connection_urls]
        if not ranked:
            return None
        best = ranked[0][0]
        top = [k for n, k in ranked if n == best]
        if len(top) > 1 and wanted:
            top = [k for k in top if keys.name(name_of(k)) == wanted] or top
        return top[0] if len(top) == 1 else None

    url = pick(by_url, lambda k: names_of.get(k, ""))
    if url is not None:
        return Owner(url, keys.name(names_of.get(url, "")) or wanted)
    by_name: Counter[str] = Counter()  # no URLs to go by: the names
    for cells in name_cells.values():
        found = {keys.name(n) for cell in cells for n in cell.split(", ") if n.strip()}
        by_name.update(found - {""})
    for _, name in invitation_urls:
        if name:
            by_name[keys.name(name)] += 1
    owner_name = pick(by_name, lambda k: k)
    if owner_name is not None:
        return Owner(None, owner_name)
    if wanted and wanted in by_name:
        return Owner(None, wanted)
    return None
