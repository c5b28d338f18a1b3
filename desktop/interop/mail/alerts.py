"""Job-alert mails (LinkedIn, StepStone, Indeed, XING, Greenhouse and Lever notifications) → openings at the
companies already in Rebound.

An alert lists openings as links: the anchor text is the title, and the line after it names the company (and the
location, "Nordwind AG · Berlin"). Plain-text alerts write the title, then "company · location", then the URL.
Greenhouse and Lever name the company in the subject ("New jobs at Nordwind AG"). Only openings at a company of
Rebound are kept (the alert itself is never stored); an opening is matched to the company's open openings by title,
so the same role from a careers feed and from an alert is one opening: the alert's opening has no URL (an alert's
links are the job board's tracking links), and the feed, reading the role later, gives it its URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.normalize import company_key
from desktop.interop.mail.message import MailMessage
from desktop.store.models import DB, Opening
from desktop.vocab import OpeningStatus

ALERT_SENDERS = (
    "linkedin.com", "stepstone.de", "stepstone.com", "indeed.com", "indeedmail.com", "xing.com", "mail.xing.com",
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co",
)  # fmt: skip
_ALERT_WORDS = re.compile(
    r"job\s*alert|jobs?\s+(?:for\s+you|you\s+(?:may|might)|matching|that\s+match)|new\s+jobs?|recommended\s+jobs?|"
    r"new\s+(?:job|role|opening|position)s?\s+(?:at|posted)|Jobs?,?\s+die\s+zu\s+(?:Ihnen|dir)\s+passen|"
    r"neue\s+(?:Jobs|Stellenangebote|Stellen)|Job-?Alarm|Suchauftrag|Jobempfehlung",
    re.IGNORECASE,
)
_JOB_URL = re.compile(
    r"https?://(?:[\w-]+\.)*(?:linkedin\.com/(?:comm/)?jobs/view|stepstone\.(?:de|com)/(?:stellenangebote|job)|"
    r"indeed\.com/(?:viewjob|rc/clk|pagead)|xing\.com/jobs/[\w-]+-\d+(?![\w/-])|greenhouse\.io/[\w-]+/jobs|"
    r"lever\.co/[\w-]+/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}(?![\w/-]))\S*",
    re.IGNORECASE,
)
_AT_COMPANY = re.compile(
    r"\b(?:jobs?|roles?|openings?|positions?|postings?)\s+(?:at|bei)\s+(?P<company>[^\n:!,]{2,60}?)\s*(?:[:!,]|$)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[·•|–-]\s+")
MAX_OPENINGS = 100  # of one alert


@dataclass(frozen=True)
class AlertOpening:
    company: str
    title: str
    location: str | None
    url: str


def _domain_is(address: str, domains: tuple[str, ...]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in domains)


def is_alert_sender(address: str) -> bool:
    """Whether the address is one job boards send alerts from (the message may be an alert)."""
    return _domain_is(address, ALERT_SENDERS)


def is_alert(message: MailMessage) -> bool:
    if message.sender is None or not is_alert_sender(message.sender.email):
        return False
    return bool(_ALERT_WORDS.search(message.subject) or _ALERT_WORDS.search(message.text[:2000]))


def _company_and_place(line: str) -> tuple[str, str | None]:
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    company = parts[0].strip()
    return company, (parts[1].strip() or None) if len(parts) > 1 else None


def openings_in(message: MailMessage) -> list[AlertOpening]:
    """The openings an alert lists (company as the alert writes it; matched to Rebound's companies on writing)."""
    lines = [line.strip() for line in message.text.splitlines()]
    subject_company = _AT_COMPANY.search(message.subject)
    fixed = subject_company.group("company").strip() if subject_company else None
    found: list[AlertOpening] = []
    seen: set[tuple[str, str]] = set()
    listed: set[str] = set()  # URLs of openings found: a job's later links (a "Job ansehen" button) are no title

    def add(title: str, company: str, location: str | None, url: str) -> None:
        title = " ".join(title.split())
        if not (2 <= len(title) <= 200) or not company or len(found) >= MAX_OPENINGS:
            return
        key = (company_key(company), title.casefold())
        if key not in seen:
            seen.add(key)
            found.append(AlertOpening(company.strip(), title, location, url))
            listed.add(url)

    if message.links:  # HTML: the anchor is the title; the company follows on the next line
        for anchor, url in message.links:
            if not _JOB_URL.match(url) or not anchor or url in listed:
                continue
            company, location = fixed, None
            if company is None:
                index = next((i for i, line in enumerate(lines) if line == anchor), None)
                following = [line for line in lines[index + 1 : index + 4] if line] if index is not None else []
                if following:
                    company, location = _company_and_place(following[0])
            if company:
                add(anchor, company, location, url)
        return found
    for index, line in enumerate(lines):  # plain text: title, "company · place", URL
        url_match = _JOB_URL.search(line)
        if not url_match:
            continue
        before = [candidate for candidate in lines[max(index - 3, 0) : index] if candidate]
        if fixed is not None and before:
            add(before[-1], fixed, None, url_match.group())
        elif len(before) >= 2:
            company, location = _company_and_place(before[-1])
            add(before[-2], company, location, url_match.group())
    return found


def write_openings(openings: list[AlertOpening], company_names: dict[int, str], today: date) -> int:
    """Add the openings at companies of Rebound that are not there yet (by title); returns how many were added."""
    by_key = {company_key(name): company_id for company_id, name in company_names.items()}
    added = 0
    for opening in openings:
        company_id = by_key.get(company_key(opening.company))
        if company_id is None:
            continue
        rows = DB.obj.execute_sql(
            "SELECT title FROM opening WHERE company_id = ? AND status = ?", [company_id, OpeningStatus.OPEN]
        ).fetchall()
        titles = {str(title).casefold() for (title,) in rows}
        if opening.title.casefold() in titles:
            continue
        Opening.create(
            company=company_id, title=opening.title, url=None, keywords=[], status=OpeningStatus.OPEN,
            discovered_on=today, mine=False,
        )  # fmt: skip
        added += 1
    return added
