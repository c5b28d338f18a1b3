"""Who sent a message: a human or a robot (no-reply, an applicant-tracking system), and from which company.

A robot is never offered as a new person. The company comes from a company of Rebound whose domain (or whose
people's addresses) the sender's domain is, else from the signature ("… | Nordwind AG", "Nordwind AG" on its own
line under the name), else from the domain itself ("nordwind.example" → "Nordwind"). The role a message is about
comes from an opening of that company named in it, else from the usual phrasings ("your application for BI
Analyst", "Ihre Bewerbung als BI Analyst").
"""

from __future__ import annotations

import re

ROBOT_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer-daemon|postmaster|bounce[s]?|"
    r"jobs?|careers?|talent|recruiting|hiring|applications?|apply|hr|info|hello|team|support|alerts?|news(?:letter)?|"
    r"bewerbung(?:en)?|karriere|personal|no\.reply)(?:[+._-].*)?$",
    re.IGNORECASE,
)
# Applicant-tracking systems and job boards: their addresses are robots whatever the local part.
ROBOT_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "hire.lever.co", "workday.com", "myworkday.com",
    "smartrecruiters.com", "personio.de", "personio.com", "recruitee.com", "workable.com", "bamboohr.com",
    "successfactors.com", "icims.com", "taleo.net", "jobvite.com", "ashbyhq.com", "join.com", "softgarden.io",
    "softgarden.de", "linkedin.com", "stepstone.de", "stepstone.com", "indeed.com", "xing.com", "glassdoor.com",
)  # fmt: skip
FREE_MAIL = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com yahoo.com icloud.com me.com gmx.de gmx.net web.de "
    "t-online.de posteo.de mailbox.org proton.me protonmail.com aol.com freenet.de".split()
)
_COMPANY_SUFFIX = re.compile(r"\b(?:GmbH|AG|SE|KG|Ltd|Inc|LLC|plc|S\.A\.|B\.V\.|UG|Co\.? ?KG|GmbH & Co\.? KG)\b\.?")
_ROLE = re.compile(
    r"(?:application\s+(?:for|to)\s+(?:the\s+)?(?:position\s+(?:of\s+)?|role\s+(?:of\s+)?)?|"
    r"applying\s+(?:for|to)\s+(?:the\s+)?(?:position\s+(?:of\s+)?|role\s+(?:of\s+)?)?|"
    r"(?:position|role)\s+(?:of|as)\s+|Bewerbung\s+(?:als|für\s+die\s+(?:Position|Stelle)(?:\s+als)?|auf\s+die\s+(?:Position|Stelle)(?:\s+als)?)\s+|"
    r"Position\s+als\s+|Stelle\s+als\s+)"
    r"[\"'„“‘]?(?P<role>[A-Z][\w/&+().#-]*(?:\s+[\w/&+().#-]+){0,5}?)[\"'“”’]?"
    r"(?=\s*(?:\(|[.,;:!]|\s+(?:at|bei|with|in|has|have|is|was|und|and|we|wir|-|–)\b|$))",
    re.MULTILINE,
)


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


def is_robot(address: str) -> bool:
    local, _, domain = address.lower().rpartition("@")
    if ROBOT_LOCAL.match(local):
        return True
    return any(domain == d or domain.endswith("." + d) for d in ROBOT_DOMAINS)


def company_from_signature(text: str, sender_name: str) -> str | None:
    """A line of the signature that is a company name ("Nordwind AG", "Talent Team | Nordwind AG")."""
    lines = [line.strip() for line in text.strip().splitlines()[-12:] if line.strip()]
    for line in reversed(lines):
        for part in re.split(r"\s*[|·•,–-]\s+", line):
            part = part.strip()
            if 2 < len(part) <= 60 and _COMPANY_SUFFIX.search(part) and part != sender_name:
                match = re.search(r"([A-ZÄÖÜ][\w&.' -]{0,50}?\s" + _COMPANY_SUFFIX.pattern + ")", part)
                if match:
                    return match.group(1).strip()
    return None


def company_from_domain(domain: str) -> str | None:
    """ "nordwind.example" → "Nordwind"; nothing for free-mail and robot domains."""
    if not domain or domain in FREE_MAIL or any(domain == d or domain.endswith("." + d) for d in ROBOT_DOMAINS):
        return None
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    name = labels[-2] if labels[-2] not in ("co", "com", "org") or len(labels) < 3 else labels[-3]
    if name in ("mail", "email", "jobs", "careers", "hr"):
        return None
    return name.replace("-", " ").title()


def role_in(subject: str, text: str, titles: list[str]) -> str | None:
    """The role a message is about: an opening title named in it, else the usual phrasings."""
    haystack = f"{subject}\n{text[:4000]}".casefold()
    for title in sorted(titles, key=len, reverse=True):
        if title and title.casefold() in haystack:
            return title
    for source in (subject, text[:4000]):
        match = _ROLE.search(source)
        if match:
            role = match.group("role").strip(" .,'\"")
            if 2 <= len(role) <= 80:
                return role
    return None
