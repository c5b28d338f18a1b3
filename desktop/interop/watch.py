"""Watch the careers feeds of companies: new openings in, vanished ones closed, each feed read politely.

Where things are kept (the ``setting`` table, no migration): ``watch.enabled`` (the global switch, on unless
switched off), ``watch.company.<id>`` (``{"watch": bool, "mine": bool}``: opt-in per company; the feed URL is
the company's ``careers_url``) and ``watch.state.<id>`` (per feed: the URL it belongs to, ETag, Last-Modified, the
day last read, failures in a row and the day of the next try, the feed's keys → opening ids, the location and
closing day of those openings).

Politeness: only opted-in companies, at most one read per feed per day (``force`` overrides), conditional
requests, a timeout, backoff after failures (1, 2, 4 … 32 days), at most 8 connections at once. Reading runs in
threads (no database there); every write happens on the calling thread, one transaction per feed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop.core.changes import Changes, Written
from desktop.core.companies import company_for_name
from desktop.errors import InputError, NotFound
from desktop.interop.feeds import FeedRead, feed_url, read_feed
from desktop.interop.feeds.http import MAX_BYTES, TIMEOUT_SECONDS
from desktop.interop.feeds.urls import is_web_url
from desktop.store.models import DB, Company, Opening, Setting
from desktop.vocab import OpeningStatus

ENABLED_KEY = "watch.enabled"
MAX_CONNECTIONS = 8
MAX_BACKOFF_DAYS = 32

Progress = Callable[[int, int], bool]  # (done, total) → go on?


def _company_key(company_id: int) -> str:
    return f"watch.company.{company_id}"


def _state_key(company_id: int) -> str:
    return f"watch.state.{company_id}"


def _save(key: str, value: object) -> None:
    Setting.insert(key=key, value=json.dumps(value, sort_keys=True)).on_conflict_replace().execute()


# ---------------------------------------------------------------- settings: the global switch, opt-in per company


def watching_enabled() -> bool:
    row = Setting.get_or_none(Setting.key == ENABLED_KEY)
    return row is None or json.loads(row.value) is not False


def set_watching_enabled(enabled: bool) -> Changes:
    if enabled:
        Setting.delete().where(Setting.key == ENABLED_KEY).execute()
    else:
        _save(ENABLED_KEY, False)
    return Changes(settings=True)


@dataclass(frozen=True)
class CompanyWatch:
    company_id: int
    company: str
    careers_url: str | None
    watch: bool
    mine: bool  # the openings are my own roles to fill (a recruiter watching their own board)

    @property
    def feed(self) -> str | None:
        return feed_url(self.careers_url) if self.careers_url else None


def _all(prefix: str) -> dict[int, dict[str, Any]]:
    """Every ``<prefix><company id>`` setting, in one query."""
    found: dict[int, dict[str, Any]] = {}
    for row in Setting.select().where(Setting.key.startswith(prefix)):
        try:
            value = json.loads(row.value)
            found[int(row.key[len(prefix) :])] = value if isinstance(value, dict) else {}
        except ValueError:
            continue
    return found


def company_watches() -> list[CompanyWatch]:
    """Every company with its watch setting, by name (for Settings → Companies)."""
    configs = _all("watch.company.")
    return [
        CompanyWatch(c.id, c.name, c.careers_url, configs.get(c.id, {}).get("watch") is True,
                     configs.get(c.id, {}).get("mine") is True)
        for c in Company.select().order_by(Company.name_key)
    ]  # fmt: skip


def set_company_watch(
    company: str | int, *, watch: bool, careers_url: str | None = None, mine: bool = False
) -> Written[int]:
    """Opt a company in (or out); ``careers_url`` (a careers page or feed URL) replaces the stored one when given."""
    if isinstance(company, int):
        found = Company.get_or_none(Company.id == company)
        if found is None:
            raise NotFound(f"no company with id {company}")
    else:
        found = company_for_name(company)
        if found is None:
            raise InputError("a watched company needs a name")
    with DB.atomic():
        if careers_url is not None:
            url = careers_url.strip() or None
            if url is not None and not is_web_url(url):
                raise InputError(f"careers URL {url[:80]!r} must start with http:// or https://")
            Company.update(careers_url=url).where(Company.id == found.id).execute()
            found.careers_url = url
        if watch and not found.careers_url:
            raise InputError(f"{found.name}: give a careers page or feed URL to watch")
        _save(_company_key(found.id), {"watch": bool(watch), "mine": bool(mine)})
    return Written(int(found.id), Changes(companies=True))


# ---------------------------------------------------------------- the run


@dataclass
class FeedReport:
    """One feed's line in the watch summary (spec/cli.md: ``openings watch --json``)."""

    company: str
    feed: str
    format: str | None = None
    new: int = 0
    closed: int = 0
    unchanged: int = 0
    error: str | None = None
    skipped: str | None = None  # why the feed was not read this time (read today, backing off)
    problems: list[str] = field(default_factory=list)  # per entry
    notes: list[str] = field(default_factory=list)
    new_openings: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"company": self.company, "feed": self.feed, "format": self.format, "new": self.new,
                "closed": self.closed, "unchanged": self.unchanged, "error": self.error}  # fmt: skip

    def line(self) -> str:
        if self.skipped:
            return f"{self.company}: {self.skipped}"
        if self.error:
            return f"{self.company}: error — {self.error}"
        return (f"{self.company}: {self.format}, {self.new} new, {self.closed} closed, {self.unchanged} unchanged"
                + (f", {len(self.problems)} entries with problems" if self.problems else ""))  # fmt: skip


def _due(state: dict[str, Any], feed: str, today: date, force: bool) -> str | None:
    """Why the feed is not read today, or None."""
    if force or state.get("feed") != feed:
        return None
    if state.get("checked_on") == today.isoformat():
        return "read today already (at most once a day)"
    retry_on = state.get("retry_on")
    if isinstance(retry_on, str) and retry_on > today.isoformat():
        return f"backing off after {state.get('failures', 1)} failed reads; next try on {retry_on}"
    return None


def _apply(watch: CompanyWatch, feed: str, result: FeedRead, state: dict[str, Any], today: date) -> FeedReport:
    """Write what one feed read gave (one transaction); returns its summary line."""
    report = FeedReport(watch.company, feed, str(result.format) if result.format else state.get("format"))
    report.notes.extend(result.notes)
    report.problems.extend(str(p) for p in result.problems)
    if state.get("feed") != feed:  # a new feed URL starts afresh (its keys belong to the old one)
        state = {"feed": feed}
    seen: dict[str, int] = {str(k): int(v) for k, v in dict(state.get("seen", {})).items()}
    state["checked_on"] = today.isoformat()
    if result.error is not None:
        failures = int(state.get("failures", 0)) + 1
        state["failures"] = failures
        state["retry_on"] = (today + timedelta(days=min(2 ** (failures - 1), MAX_BACKOFF_DAYS))).isoformat()
        report.error = result.error
        _save(_state_key(watch.company_id), state)
        return report
    state["failures"], state["retry_on"] = 0, None
    state["etag"], state["last_modified"] = result.etag, result.last_modified
    if result.not_modified:
        report.unchanged = len(set(seen.values()) - {int(k) for k in dict(state.get("closed_on", {}))})
        _save(_state_key(watch.company_id), state)
        return report
    state["format"] = report.format
    where: dict[str, str] = dict(state.get("where", {}))
    closed_on: dict[str, str] = dict(state.get("closed_on", {}))
    existing = {o.id: o for o in Opening.select().where(Opening.company == watch.company_id)}
    by_url = {o.url: o for o in existing.values() if o.url}
    by_title = {o.title.casefold(): o for o in existing.values() if not o.url and o.status == OpeningStatus.OPEN}
    current: set[str] = set()
    for posting in result.postings:
        if posting.key in current:
            report.problems.append(f"{posting.title[:60]!r} listed twice; read once")
            continue
        current.add(posting.key)
        opening = existing.get(seen.get(posting.key, -1)) or by_url.get(posting.url)
        if opening is None and (opening := by_title.pop(posting.title.casefold(), None)) is not None:
            opening.url = posting.url
            opening.save()
        if opening is None:
            opening = Opening.create(company=watch.company_id, title=posting.title, url=posting.url, keywords=[],
                                     status=OpeningStatus.OPEN, discovered_on=today, mine=watch.mine)  # fmt: skip
            report.new += 1
            report.new_openings.append(int(opening.id))
        elif opening.status != OpeningStatus.OPEN:
            Opening.update(status=OpeningStatus.OPEN).where(Opening.id == opening.id).execute()
            closed_on.pop(str(opening.id), None)
            report.new += 1
            report.new_openings.append(int(opening.id))
        else:
            report.unchanged += 1
        seen[posting.key] = int(opening.id)
        if posting.location:
            where[str(opening.id)] = posting.location
    for key, opening_id in seen.items():
        if key in current:
            continue
        opening = existing.get(opening_id)
        if opening is not None and opening.status == OpeningStatus.OPEN:
            Opening.update(status=OpeningStatus.CLOSED).where(Opening.id == opening_id).execute()
            closed_on[str(opening_id)] = today.isoformat()
            report.closed += 1
    state.update(seen={k: v for k, v in seen.items() if v in existing or k in current}, where=where,
                 closed_on=closed_on)  # fmt: skip
    _save(_state_key(watch.company_id), state)
    return report


def watched_feeds() -> list[tuple[CompanyWatch, str]]:
    """The opted-in companies that have a feed, by name."""
    watches = [w for w in company_watches() if w.watch and w.feed]
    return [(w, str(w.feed)) for w in watches]


def watch_written(reports: list[FeedReport]) -> Written[list[FeedReport]]:
    """A watch run's reports and what it changed: the openings, when a feed brought new ones or closed some."""
    return Written(reports, Changes(openings=any(r.new or r.closed for r in reports)))


def run_watch(
    today: date,
    *,
    force: bool = False,
    progress: Progress | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    connections: int = MAX_CONNECTIONS,
) -> list[FeedReport]:
    """Read every due feed (at most ``connections`` at once), write what they gave; one report per watched feed.

    A failing feed never stops the others; ``progress(done, total)`` returning False cancels what has not been
    read yet (what was written stays: each feed is its own transaction). Nothing is read while switched off.
    """
    if not watching_enabled():
        return []
    feeds = watched_feeds()
    states = _all("watch.state.")
    reports: dict[int, FeedReport] = {}
    due: list[tuple[CompanyWatch, str, dict[str, Any]]] = []
    for watch, feed in feeds:
        state = states.get(watch.company_id, {})
        reason = _due(state, feed, today, force)
        if reason is None:
            due.append((watch, feed, state))
        else:
            reports[watch.company_id] = FeedReport(watch.company, feed, state.get("format"), skipped=reason)
    total, done = len(due), 0
    if progress is not None and not progress(0, total):
        return [reports[w.company_id] for w, _ in feeds if w.company_id in reports]
    width = max(1, min(connections, MAX_CONNECTIONS))
    with ThreadPoolExecutor(max_workers=width) as pool:
        waiting: dict[Future[FeedRead], tuple[CompanyWatch, str, dict[str, Any]]] = {}
        queue = list(reversed(due))
        cancelled = False
        while queue or waiting:
            while queue and not cancelled and len(waiting) < width:  # never more requests than connections
                watch, feed, state = queue.pop()
                same = state.get("feed") == feed
                future = pool.submit(read_feed, feed, etag=state.get("etag") if same else None,
                                     last_modified=state.get("last_modified") if same else None,
                                     timeout=timeout, max_bytes=max_bytes)  # fmt: skip
                waiting[future] = (watch, feed, state)
            if cancelled:
                for watch, feed, _state in queue:
                    reports[watch.company_id] = FeedReport(watch.company, feed, skipped="cancelled; not read")
                queue.clear()
            if not waiting:
                break
            finished, _ = wait(list(waiting), return_when=FIRST_COMPLETED)
            for future in finished:
                watch, feed, state = waiting.pop(future)
                with DB.atomic():
                    reports[watch.company_id] = _apply(watch, feed, future.result(), state, today)
                done += 1
                if progress is not None and not cancelled and not progress(done, total):
                    cancelled = True
    return [reports[w.company_id] for w, _ in feeds if w.company_id in reports]


def feed_facts(opening_id: int) -> dict[str, str]:
    """Location and closing day of an opening read from a feed (empty for others)."""
    opening = Opening.get_or_none(Opening.id == opening_id)
    if opening is None:
        return {}
    row = Setting.get_or_none(Setting.key == _state_key(opening.company_id))
    state = json.loads(row.value) if row is not None else {}
    facts = {}
    if where := state.get("where", {}).get(str(opening_id)):
        facts["location"] = where
    if closed := state.get("closed_on", {}).get(str(opening_id)):
        facts["closed_on"] = closed
    return facts


@dataclass(frozen=True)
class NewOpening:
    id: int
    title: str
    location: str | None
    url: str | None
    relevance: float


def new_openings(reports: list[FeedReport]) -> list[NewOpening]:
    """The openings a watch added (or reopened), with their relevance to me (spec: Terms, ``relevance``)."""
    ids = [opening_id for report in reports for opening_id in report.new_openings]
    if not ids:
        return []
    from desktop.core.reconnect.facts import load_facts
    from desktop.core.reconnect.relevance import relevance
    from desktop.core.reconnect.rules.terms import my_titles

    facts = load_facts()
    titles, keywords = my_titles(facts), list(facts.keywords)
    found = []
    for opening in Opening.select().where(Opening.id.in_(ids)).order_by(Opening.id):
        score = relevance(opening.title, opening.keywords, titles, keywords)
        found.append(NewOpening(opening.id, opening.title, feed_facts(opening.id).get("location"), opening.url,
                                round(score, 2)))  # fmt: skip
    return found
