#!/usr/bin/env python3
"""Write resources/demo/demo.json (a job seeker) and demo-recruiter.json (a recruiter with silver-medalist
candidates), the Rebound demo archives (format "rebound-archive", version 1): two personas, one network.

Deterministic: a fixed seed, no network, no clock. Every date is written relative to
DEMO_ANCHOR ("today" for the demo); the application shifts all dates by (real today - anchor)
when it loads the file, so the demo never goes stale. Message bodies therefore never name a
weekday, month, season or year.

Usage:  python tools/make_demo.py [--schema PATH/TO/archive.schema.json] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktop import vocab  # noqa: E402 - the one definition of the vocabularies

DEMO_ANCHOR = "2026-11-26"
SEED = 20261126
OUT = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo.json"
RECRUITER_OUT = OUT.with_name("demo-recruiter.json")  # the recruiter persona: silver medalists to re-engage

ANCHOR = date.fromisoformat(DEMO_ANCHOR)
ME = "Jana"

Record = dict[str, Any]
JOB_SEEKER_ME: Record = {
    "name": "Jana Berg",
    "mode": "job_seeker",
    "language": "en",
    "target_roles": ["Data Analyst", "Analytics Engineer"],
    "keywords": ["sql", "python", "dbt", "tableau"],
}
RECRUITER_ME: Record = {  # the recruiter's demo is a persona of her own (issue 16), not Jana
    "name": "Mara Köhler",
    "mode": "recruiter",
    "language": "en",
    "target_roles": ["Analytics Engineer", "BI Developer"],
    "keywords": ["dbt", "sql", "python", "power bi"],
}


def day(ago: int) -> str:
    """The date `ago` days before the anchor (negative: after it)."""
    return (ANCHOR - timedelta(days=ago)).isoformat()


def stamp(ago: int, hhmm: str) -> str:
    return f"{day(ago)}T{hhmm}:00"


# --------------------------------------------------------------------------------------------
# Companies
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Company:
    id: str
    name: str
    domain: str
    careers_path: str = "careers"
    notes: str | None = None


# fmt: off
COMPANIES: list[Company] = [
    Company("c1", "Nordlicht Analytics GmbH", "nordlicht.example", "jobs",
            "Energy-market data provider, ~200 people. Analytics team reports to Zoë Martin."),
    Company("c2", "Globex Retail AG", "globex.example", "karriere"),
    Company("c3", "Brightwave Health", "brightwave.example", "careers",
            "Clinical-trial software. Amsterdam office, remote-friendly."),
    Company("c4", "Kestrel Mobility", "kestrel.example", "jobs"),
    Company("c5", "Tidewater Bank", "tidewater.example", "careers"),
    Company("c6", "Polaris Energy", "polaris-energy.example", "karriere",
            "Power trading in Hamburg. Interview loop: recruiter, team, case study."),
    Company("c7", "Lumen Games", "lumengames.example", "jobs"),
    Company("c8", "Quillstone Publishing", "quillstone.example", "careers"),
    Company("c9", "Hafenstadt Logistik GmbH", "hafenstadt.example", "karriere",
            "Mittelstand logistics; interviews in German."),
    Company("c10", "Orbitly", "orbitly.example", "careers"),
    Company("c11", "Vantage Insurance", "vantage.example", "careers"),
    Company("c12", "Aurora Payments", "aurora-pay.example", "careers",
            "Recruiting client: Analytics Engineer search (Tobias Brandt)."),
]
# fmt: on
COMPANY = {c.id: c for c in COMPANIES}


def company_record(c: Company) -> Record:
    return {
        "id": c.id,
        "name": c.name,
        "domain": c.domain,
        "careers_url": f"https://{c.domain}/{c.careers_path}",
        "notes": c.notes,
    }


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    company: str | None
    title: str
    role: str
    location: str
    email: bool = False
    linkedin: bool = True
    connected: int | None = None  # days before the anchor the LinkedIn connection was made
    language: str | None = None
    tags: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    phone: str | None = None
    do_not_contact: bool = False
    archived: bool = False
    notes: str | None = None


# fmt: off
PEOPLE: list[Person] = [
    # c1 Nordlicht Analytics
    Person("p1", "Tom Weber", "c1", "Senior Recruiter", "recruiter", "Berlin", email=True, connected=280,
           tags=("nordlicht", "responsive"), phone="+49 30 5550 1182"),
    Person("p2", "Zoë Martin", "c1", "Head of Analytics", "hiring_manager", "Berlin",
           tags=("nordlicht", "speaker")),
    Person("p3", "Jürgen Krüger", "c1", "Senior Data Engineer", "interviewer", "Berlin", connected=277,
           language="de", tags=("nordlicht",)),
    Person("p4", "Leonie Schulz", "c1", "Analytics Lead", "interviewer", "Berlin"),
    # c2 Globex Retail
    Person("p5", "Agnieszka Wójcik", "c2", "Talent Acquisition Partner", "recruiter", "Munich", email=True,
           connected=377, tags=("globex",)),
    Person("p6", "Maximilian Braun", "c2", "Director Data Platform", "hiring_manager", "Munich", email=True,
           tags=("globex",)),
    Person("p7", "Priya Raman", "c10", "Senior Analytics Engineer", "interviewer", "Munich", connected=384,
           tags=("dbt",)),
    Person("p8", "Felix Wagner", "c2", "Staff Data Engineer", "interviewer", "Munich"),
    # c3 Brightwave Health
    Person("p9", "Sanne de Vries", "c3", "Recruiter", "recruiter", "Amsterdam", email=True),
    Person("p10", "Daan Bakker", "c3", "Manager Clinical Operations Analytics", "hiring_manager", "Amsterdam",
           email=True),
    Person("p11", "Fatima El Amrani", "c3", "Data Analyst", "interviewer", "Amsterdam"),
    # c4 Kestrel Mobility
    Person("p12", "Hannah Fischer", "c4", "Recruiter", "recruiter", "Berlin", email=True, connected=460,
           tags=("kestrel",), phone="+49 30 5550 7731"),
    Person("p13", "Oliver Grant", "c12", "Director of Analytics", "hiring_manager", "Berlin", email=True),
    Person("p14", "Clara Neumann", "c4", "Talent Partner", "recruiter", "Berlin", email=True, connected=800,
           tags=("client",)),
    # c5 Tidewater Bank
    Person("p15", "James O'Connor", "c5", "Talent Acquisition Lead", "recruiter", "Frankfurt", email=True,
           connected=640),
    Person("p16", "Elena Petrova", "c5", "Risk Analytics Manager", "hiring_manager", "Frankfurt"),
    Person("p17", "Marcus Lindqvist", "c5", "Quantitative Analyst", "peer", "Frankfurt", connected=1300,
           tags=("university", "friend")),
    # c6 Polaris Energy
    Person("p18", "Katrin Vogel", "c6", "Senior Recruiterin", "recruiter", "Hamburg", email=True,
           linkedin=False, language="de", tags=("polaris",)),
    Person("p19", "Henrik Larsen", "c6", "Head of Trading Analytics", "hiring_manager", "Hamburg", email=True,
           tags=("polaris",)),
    Person("p20", "Ayşe Demir", "c6", "Senior Data Analyst", "interviewer", "Hamburg", connected=26),
    Person("p21", "Niklas Berger", "c6", "Data Scientist", "interviewer", "Hamburg", linkedin=False),
    # c7 Lumen Games
    Person("p22", "Søren Madsen", "c7", "Senior Analytics Engineer", "peer", "Copenhagen", email=True,
           connected=1100, tags=("meetup", "friend"),
           notes="Former Globex analytics engineer; knows the Globex and Lumen teams well."),
    Person("p23", "Freja Nielsen", "c7", "Talent Acquisition Specialist", "recruiter", "Copenhagen", email=True,
           connected=228, tags=("lumen",)),
    Person("p24", "Mikkel Holm", "c7", "Product Analytics Lead", "hiring_manager", "Copenhagen", email=True,
           tags=("lumen",)),
    Person("p25", "Astrid Lund", "c7", "Game Analyst", "interviewer", "Copenhagen"),
    # c8 Quillstone Publishing
    Person("p26", "Rosalind Achebe", "c8", "Senior Recruiter", "recruiter", "London", email=True, connected=250),
    Person("p27", "Edward Hale", "c8", "Head of Audience Data", "hiring_manager", "London", linkedin=False),
    # c9 Hafenstadt Logistik
    Person("p28", "Sabine Hartmann", "c9", "Personalreferentin", "recruiter", "Hamburg", email=True,
           language="de"),
    Person("p29", "Matthias Köhler", "c9", "Teamleiter Business Intelligence", "hiring_manager", "Hamburg",
           email=True, language="de"),
    Person("p30", "Julia Schröder", "c9", "BI-Entwicklerin", "interviewer", "Hamburg", language="de"),
    # c10 Orbitly
    Person("p31", "Siobhán Byrne", "c10", "Technical Recruiter", "recruiter", "Dublin", email=True,
           connected=157),
    Person("p32", "Arjun Mehta", "c10", "Analytics Engineering Manager", "hiring_manager", "Dublin", email=True,
           connected=131, tags=("orbitly", "great-manager")),
    Person("p33", "Chloé Dubois", "c10", "Analytics Engineer", "interviewer", "Lyon", connected=138),
    # c11 Vantage Insurance
    Person("p34", "Luca Bernasconi", "c11", "Talent Acquisition Partner", "recruiter", "Zurich", email=True),
    Person("p35", "Nadia Keller", "c11", "Head of Data & Analytics", "hiring_manager", "Zurich", email=True),
    # c12 Aurora Payments (recruiting client)
    Person("p36", "Tobias Brandt", "c12", "VP Data", "hiring_manager", "Berlin", email=True, connected=900,
           tags=("client",)),
    # no company
    Person("p37", "Marta Kowalski", None, "Freelance Data Consultant", "referrer", "Berlin", email=True,
           connected=1500, tags=("mentor", "former-manager"), phone="+49 170 5550 214",
           notes="My manager at my previous job. Happy to act as a reference."),
    Person("p38", "David Cohen", None, "Organiser, Berlin Data Meetup", "peer", "Berlin", email=True,
           connected=1000, tags=("meetup",)),
    Person("p39", "Bernd Ostermann", None, "Agency Recruiter", "other", "Cologne", email=True,
           do_not_contact=True, tags=("agency",),
           notes="Keeps sending unrelated sales roles. Asked him twice to stop."),
    Person("p40", "Lisa Brenner", None, "Former Recruiter at Kestrel Mobility", "other", "Berlin",
           linkedin=False, archived=True, notes="Left recruiting; now teaches at a vocational school."),
    # recruiter's corner: candidates I represent
    Person("p41", "Amara Okafor", None, "Analytics Engineer", "candidate", "Berlin", email=True, connected=600,
           tags=("talent-pool",), skills=("sql", "python", "dbt", "looker", "airflow"),
           phone="+49 160 5550 389"),
    Person("p42", "Lukas Hoffmann", None, "BI Analyst", "candidate", "Leipzig", email=True, language="de",
           tags=("talent-pool",), skills=("tableau", "sql", "excel", "power bi")),
    Person("p43", "Mei Tanaka", None, "Analytics Engineer", "candidate", "Berlin", email=True, connected=420,
           tags=("talent-pool",), skills=("python", "dbt", "snowflake", "sql", "airflow")),
    Person("p44", "Rafael Souza", None, "BI Developer", "candidate", "Lisbon", email=True,
           tags=("talent-pool", "remote"), skills=("power bi", "sql", "dbt", "python")),
    Person("p45", "Ingrid Solberg", None, "Data Analyst", "candidate", "Oslo", email=True,
           tags=("talent-pool",), skills=("sql", "r", "tableau", "dbt")),
    # c11 again: the referrer for the Vantage process
    Person("p46", "Noor Haddad", "c11", "Senior Data Scientist", "referrer", "Zurich", email=True,
           connected=700, tags=("referral",)),
]
# fmt: on
PERSON = {p.id: p for p in PEOPLE}

ASCII_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ł": "l", "ı": "i", "'": ""})


def ascii_slug(text: str, sep: str = "-") -> str:
    folded = unicodedata.normalize("NFKD", text.translate(ASCII_FOLD))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", sep, plain).strip(sep)


def split_name(name: str) -> tuple[str, str]:
    first, _, last = name.partition(" ")
    return first, last


def linkedin_slug(p: Person, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return ascii_slug(p.name, "")
    if style == 1:
        return ascii_slug(p.name)
    return f"{ascii_slug(p.name)}-{rng.randrange(16**6):06x}"


def email_address(p: Person) -> str:
    first, last = split_name(p.name)
    domain = COMPANY[p.company].domain if p.company else "mail.example"
    return f"{ascii_slug(first, '')}.{ascii_slug(last, '')}@{domain}"


def person_record(p: Person, rng: random.Random) -> Record:
    first, last = split_name(p.name)
    return {
        "id": p.id,
        "name": p.name,
        "first_name": first,
        "last_name": last,
        "email": email_address(p) if p.email else None,
        "phone": p.phone,
        "linkedin_url": f"https://www.linkedin.com/in/{linkedin_slug(p, rng)}" if p.linkedin else None,
        "company": p.company,
        "title": p.title,
        "role": p.role,
        "connected": p.connected is not None,
        "connected_on": day(p.connected) if p.connected is not None else None,
        "language": p.language,
        "do_not_contact": p.do_not_contact,
        "archived": p.archived,
        "tags": list(p.tags),
        "skills": list(p.skills),
        "location": p.location,
        "notes": p.notes,
    }


# --------------------------------------------------------------------------------------------
# Mutual connections (undirected edges between people)
# --------------------------------------------------------------------------------------------

# (a, b, kind, strength, since: days before the anchor or None)
# fmt: off
CONNECTIONS: list[tuple[str, str, str, int, int | None]] = [
    ("p22", "p5", "worked_with", 3, 1600),   # Søren ↔ Agnieszka (both at Globex)
    ("p22", "p7", "worked_with", 2, 1400),   # Søren ↔ Priya
    ("p22", "p24", "worked_with", 2, 265),   # Søren ↔ Mikkel (Lumen)
    ("p22", "p23", "knows", 2, 265),         # Søren ↔ Freja
    ("p7", "p32", "knows", 2, 16),           # Priya ↔ Arjun (Orbitly)
    ("p37", "p32", "worked_with", 3, 2200),  # Marta ↔ Arjun
    ("p37", "p1", "knows", 1, None),         # Marta ↔ Tom
    ("p37", "p19", "knows", 1, 300),         # Marta ↔ Henrik (conference)
    ("p3", "p20", "knows", 2, None),         # Jürgen ↔ Ayşe
    ("p38", "p2", "knows", 2, 900),          # David ↔ Zoë (meetup speaker)
    ("p38", "p11", "knows", 1, None),        # David ↔ Fatima
    ("p38", "p22", "knows", 3, 1200),        # David ↔ Søren
    ("p12", "p13", "worked_with", 2, 1100),  # Hannah ↔ Oliver (Kestrel)
    ("p13", "p36", "worked_with", 2, 164),   # Oliver ↔ Tobias (Aurora)
    ("p28", "p29", "worked_with", 3, None),  # Sabine ↔ Matthias
    ("p46", "p35", "worked_with", 2, 900),   # Noor ↔ Nadia
    ("p46", "p34", "knows", 2, None),        # Noor ↔ Luca
    ("p31", "p32", "worked_with", 2, None),  # Siobhán ↔ Arjun
    ("p16", "p17", "worked_with", 2, 700),   # Elena ↔ Marcus
    ("p10", "p11", "worked_with", 3, None),  # Daan ↔ Fatima
    ("p14", "p41", "referred", 2, 305),      # Clara ↔ Amara
    ("p41", "p43", "knows", 1, None),        # Amara ↔ Mei
    ("p18", "p21", "worked_with", 1, None),  # Katrin ↔ Niklas
]
# fmt: on


def connection_record(a: str, b: str, kind: str, strength: int, since: int | None) -> Record:
    return {"a": a, "b": b, "kind": kind, "strength": strength, "since": day(since) if since is not None else None}


# --------------------------------------------------------------------------------------------
# Openings
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opening:
    id: str
    company: str
    title: str
    number: int  # the posting's number on the careers site
    keywords: tuple[str, ...]
    status: str
    discovered: int  # days before the anchor
    mine: bool = False


# fmt: off
OPENINGS: list[Opening] = [
    Opening("o1", "c1", "Data Analyst", 117, ("sql", "python", "tableau", "forecasting"), "closed", 330),
    Opening("o2", "c2", "Analytics Engineer", 2041, ("dbt", "sql", "kafka", "python"), "closed", 435),
    Opening("o3", "c3", "Data Analyst, Clinical Operations", 88, ("sql", "tableau", "cdisc"), "closed", 45),
    Opening("o4", "c4", "BI Analyst", 310, ("power bi", "sql", "dax"), "closed", 485),
    Opening("o5", "c5", "Analytics Engineer", 77310, ("dbt", "sql", "snowflake"), "closed", 525),
    Opening("o6", "c6", "Data Analyst, Trading", 54, ("sql", "python", "forecasting", "tableau"), "closed", 50),
    Opening("o7", "c7", "Product Analyst", 612, ("sql", "python", "experimentation", "looker"), "closed", 262),
    Opening("o8", "c8", "Data Analyst, Audience", 19, ("sql", "python", "ga4"), "closed", 275),
    Opening("o9", "c9", "Datenanalyst (m/w/d)", 2207, ("sql", "sap bw", "power bi"), "closed", 205),
    Opening("o10", "c10", "Analytics Engineer", 431, ("dbt", "sql", "python", "bigquery"), "closed", 170),
    Opening("o11", "c11", "Senior Data Analyst", 9120, ("sql", "python", "tableau", "pricing"), "open", 28),
    Opening("o12", "c5", "Data Analyst, Risk", 78002, ("sql", "python", "ifrs 9"), "closed", 33),
    # new since the last rejections: what the Today page should notice
    Opening("o13", "c1", "Senior Data Analyst", 131, ("sql", "python", "tableau", "dbt"), "open", 8),
    Opening("o14", "c1", "Data Engineer", 133, ("python", "sql", "airflow", "spark"), "open", 16),
    Opening("o15", "c2", "Analytics Engineer, Pricing", 2188, ("dbt", "sql", "python", "pricing"), "open", 21),
    Opening("o16", "c7", "Data Analyst, Live Ops", 655, ("sql", "python", "tableau", "experimentation"),
            "open", 37),
    Opening("o17", "c4", "Marketing Coordinator", 342, ("campaigns", "content", "events"), "open", 11),
    Opening("o18", "c8", "Data Analyst", 23, ("sql", "ga4", "looker"), "open", 150),
    # recruiter's corner: roles I fill (mine) and a client role a candidate of mine went for
    Opening("o19", "c4", "Analytics Engineer", 318, ("dbt", "sql", "python", "kafka"), "closed", 310, mine=True),
    Opening("o20", "c1", "Analytics Engineer", 124, ("dbt", "sql", "snowflake", "airflow"), "closed", 228),
    Opening("o21", "c2", "BI Developer", 2150, ("power bi", "sql", "azure"), "closed", 155),
    Opening("o22", "c12", "Analytics Engineer", 58, ("sql", "dbt", "python", "snowflake"), "open", 14, mine=True),
]
# fmt: on
OPENING = {o.id: o for o in OPENINGS}


def opening_record(o: Opening) -> Record:
    return {
        "id": o.id,
        "company": o.company,
        "title": o.title,
        "url": f"https://{COMPANY[o.company].domain}/{COMPANY[o.company].careers_path}/{o.number}",
        "keywords": list(o.keywords),
        "status": o.status,
        "discovered_on": day(o.discovered),
        "mine": o.mine,
    }


# --------------------------------------------------------------------------------------------
# Processes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Process:
    id: str
    opening: str
    stage: str
    outcome: str
    started: int
    ended: int | None
    reason: str | None
    contacts: tuple[tuple[str, str], ...]
    candidate: str | None = None
    rejection: str | None = None  # the text of the rejection message, for outcome "rejected"


# fmt: off
PROCESSES: list[Process] = [
    Process("r1", "o1", "final", "rejected", 320, 282,
            "Went with a finalist with energy-market domain experience",
            (("p1", "recruiter"), ("p2", "hiring_manager"), ("p3", "interviewer"), ("p4", "interviewer")),
            rejection="""\
Hi Jana,

thank you again for the time you invested in our process, including the final conversation \
with Zoë. This was a genuinely close decision. In the end we offered the role to a candidate \
with several years of experience in energy-market data, which is where the team will spend \
most of its time in the coming year.

Your case study was one of the strongest we saw, and Zoë asked me to tell you so. I'd like to \
keep in touch: we expect to grow the team again later on.

All the best,
Tom"""),
    Process("r2", "o2", "onsite", "rejected", 430, 380,
            "Hired a candidate with production streaming experience (Kafka/Flink)",
            (("p5", "recruiter"), ("p6", "hiring_manager"), ("p7", "interviewer"), ("p8", "interviewer")),
            rejection="""\
Dear Jana,

thank you for coming to Munich for the onsite day. The panel appreciated your dbt modelling \
exercise and your questions about our data contracts. After a lot of discussion we decided to \
move forward with a candidate who has more hands-on experience with our streaming stack \
(Kafka and Flink).

I know this is disappointing after such a long process. I'd be happy to give you more detailed \
feedback on a short call if that would help.

Kind regards,
Agnieszka"""),
    Process("r3", "o3", "interview", "rejected", 40, 4,
            "Needed deep CDISC / clinical-trial data knowledge from day one",
            (("p9", "recruiter"), ("p10", "hiring_manager"), ("p11", "interviewer")),
            rejection="""\
Hi Jana,

thank you for your interviews with Daan and Fatima. We were impressed by your SQL work and by \
the way you explained your dashboard redesign. Unfortunately we have decided not to move \
forward: the role needs someone with deep knowledge of clinical-trial data standards (CDISC) \
from the start, and we felt the ramp-up would be too long for the current project timeline.

I'm sorry to bring this news, and I wish you every success in your search.

Best regards,
Sanne"""),
    Process("r4", "o4", "screen", "rejected", 480, 462, "Role focused on Power BI administration",
            (("p12", "recruiter"), ("p13", "hiring_manager")),
            rejection="""\
Hi Jana,

thanks for the good conversation last week. After reviewing all applications with Oliver, \
we've decided to continue with candidates who have more Power BI administration experience, \
since the role is mostly about our Power BI rollout.

Please don't let this discourage you from applying to Kestrel again. I'll keep your profile \
in mind.

Best,
Hannah"""),
    Process("r5", "o5", "applied", "rejected", 520, 505, "Not shortlisted (high application volume)",
            (("p15", "recruiter"),),
            rejection="""\
Dear Jana Berg,

Thank you for your interest in the Analytics Engineer position at Tidewater Bank. We have \
received a large number of applications and, after careful review, we will not be progressing \
your application further at this time.

We will keep your details on file for future opportunities.

Kind regards,
James O'Connor
Talent Acquisition, Tidewater Bank"""),
    Process("r6", "o6", "final", "rejected", 45, 7, "Chose a candidate with power-trading experience",
            (("p18", "recruiter"), ("p19", "hiring_manager"), ("p20", "interviewer"), ("p21", "interviewer")),
            rejection="""\
Hallo Jana,

vielen Dank für die Gespräche mit Henrik, Ayşe und Niklas und für die ausführliche \
Fallstudie. Die Entscheidung ist uns wirklich schwergefallen. Am Ende haben wir uns für eine \
Kandidatin entschieden, die bereits mehrere Jahre im Stromhandel gearbeitet hat.

Henrik hat ausdrücklich betont, wie gut ihm Ihre Präsentation gefallen hat. Wir würden uns \
freuen, mit Ihnen in Kontakt zu bleiben.

Viele Grüße
Katrin Vogel"""),
    Process("r7", "o7", "interview", "rejected", 260, 230,
            "Other candidates had live-service game telemetry experience",
            (("p23", "recruiter"), ("p24", "hiring_manager"), ("p25", "interviewer")),
            rejection="""\
Hi Jana,

thank you for interviewing with Mikkel and Astrid. They enjoyed the conversation, especially \
your take on retention cohorts. We have decided to move forward with candidates whose \
experience with live-service game telemetry is a closer match for this role.

We'd be happy to hear from you again for future analytics roles at Lumen.

Best wishes,
Freja"""),
    Process("r8", "o8", "screen", "withdrawn", 270, 255,
            "Withdrew: role changed to four office days a week in London",
            (("p26", "recruiter"), ("p27", "hiring_manager"))),
    Process("r9", "o9", "interview", "rejected", 200, 172,
            "Chose a candidate with SAP BW and warehouse-process experience",
            (("p28", "recruiter"), ("p29", "hiring_manager"), ("p30", "interviewer")),
            rejection="""\
Hallo Jana,

vielen Dank für Ihr Interesse an Hafenstadt Logistik und das angenehme Gespräch mit Herrn \
Köhler und Frau Schröder. Nach sorgfältiger Abwägung haben wir uns für eine Bewerberin \
entschieden, die bereits Erfahrung mit SAP BW und unseren Lagerprozessen mitbringt.

Diese Entscheidung ist keine Bewertung Ihrer fachlichen Qualifikation. Gern würden wir Ihre \
Unterlagen für zukünftige Positionen berücksichtigen.

Mit freundlichen Grüßen
Sabine Hartmann"""),
    Process("r10", "o10", "offer", "offer", 165, 118, "Offer declined: relocation to Dublin required",
            (("p31", "recruiter"), ("p32", "hiring_manager"), ("p33", "interviewer"), ("p37", "referrer"))),
    Process("r11", "o11", "interview", "pending", 24, None, None,
            (("p34", "recruiter"), ("p35", "hiring_manager"), ("p46", "referrer"))),
    Process("r12", "o12", "screen", "rejected", 30, 9, "Needed IFRS 9 credit-risk reporting experience",
            (("p15", "recruiter"), ("p16", "hiring_manager")),
            rejection="""\
Hi Jana,

thanks for speaking with me about the Data Analyst, Risk role. After discussing with Elena, \
we've decided to move forward with candidates who have direct experience with regulatory \
credit-risk reporting (IFRS 9), which the team needs from day one.

I enjoyed our conversation and I'm sorry it isn't better news this time. I'll keep you in \
mind for the analytics roles we're planning to open.

Best regards,
James"""),
    # recruiter's corner: candidates I represent
    Process("r13", "o19", "onsite", "rejected", 300, 262, "Client chose a candidate with Kafka streaming experience",
            (("p14", "recruiter"), ("p13", "hiring_manager")), candidate="p41",
            rejection="""\
Hi Jana,

thanks for presenting Amara for the Analytics Engineer role. The panel liked her a lot; her \
dbt project structure was the best we saw. In the end the team chose a candidate with more \
streaming experience (Kafka), which matters for the telematics pipeline.

Please pass on our thanks to Amara. We would happily consider her again.

Best,
Clara"""),
    Process("r14", "o20", "final", "rejected", 220, 185, "Filled by an internal transfer",
            (("p1", "recruiter"), ("p2", "hiring_manager"), ("p3", "interviewer")), candidate="p43",
            rejection="""\
Hi Jana,

I'm afraid I have to close Mei's application for the Analytics Engineer role. She was one of \
two finalists and Zoë was impressed, but a senior engineer from our platform team asked to \
transfer into the role, and internal moves take priority under our policy.

Mei has nothing to reproach herself for. Please tell her we'd be glad to see her again.

Best,
Tom"""),
    Process("r15", "o19", "interview", "rejected", 298, 276, "Not enough depth in data modelling",
            (("p14", "recruiter"), ("p13", "hiring_manager")), candidate="p42",
            rejection="""\
Hi Jana,

thank you for introducing Lukas. He was well prepared and very pleasant, but in the technical \
interview the team missed depth in data modelling, which this role needs from the start.

We won't move forward with him for this position.

Best,
Clara"""),
    Process("r16", "o21", "onsite", "rejected", 150, 118, "Client hired a candidate with Azure Synapse experience",
            (("p6", "hiring_manager"), ("p8", "interviewer")), candidate="p44",
            rejection="""\
Hello Jana,

thanks for bringing Rafael to our attention. He did well on the onsite day, and his Power BI \
portfolio was excellent. We have decided on a candidate with hands-on Azure Synapse \
experience, as the migration starts immediately.

Please share our feedback with Rafael, and feel free to send him our way again.

Regards,
Maximilian"""),
    Process("r17", "o22", "screen", "pending", 8, None, None, (("p36", "hiring_manager"),), candidate="p45"),
]
# fmt: on
PROCESS = {r.id: r for r in PROCESSES}


def process_record(r: Process) -> Record:
    return {
        "id": r.id,
        "opening": r.opening,
        "candidate": r.candidate,
        "stage_reached": r.stage,
        "outcome": r.outcome,
        "started_on": day(r.started),
        "ended_on": day(r.ended) if r.ended is not None else None,
        "reason": r.reason,
        "contacts": [{"person": p, "role": role} for p, role in r.contacts],
    }


# --------------------------------------------------------------------------------------------
# Process stories: each step becomes one interaction, linked to the process and its opening
# --------------------------------------------------------------------------------------------

# step -> (kind, direction, channel); channel None for interviews means "chosen per round"
STEPS: dict[str, tuple[str, str, str | None]] = {
    "apply_note": ("note", "none", None),
    "apply": ("email", "out", "email"),
    "ack": ("email", "in", "email"),
    "screen": ("call", "in", "phone"),
    "interview": ("interview", "in", None),
    "thanks": ("email", "out", "email"),
    "reject": ("rejection", "in", "email"),
    "reply_note": ("connection_request", "out", "linkedin_note"),
    "reply_email": ("email", "out", "email"),
    "offer": ("call", "in", "phone"),
    "decline": ("email", "out", "email"),
    "withdraw": ("email", "out", "email"),
    "withdraw_ack": ("email", "in", "email"),
    # recruiter's corner
    "brief": ("call", "out", "phone"),
    "submit": ("email", "out", "email"),
    "client_ok": ("email", "in", "email"),
    "prep": ("call", "out", "phone"),
    "debrief": ("call", "out", "phone"),
}

SUBJECTS: dict[str, dict[str, str | None]] = {
    "apply_note": {"en": "Applied online"},
    "apply": {"en": "Application: {title}", "de": "Bewerbung: {title}"},
    "ack": {"en": "Re: Application: {title}", "de": "AW: Bewerbung: {title}"},
    "screen": {"en": "Screening call"},
    "interview": {"en": "{extra}: {title}"},
    "thanks": {"en": "Thank you", "de": "Vielen Dank"},
    "reject": {"en": "Your application for {title}", "de": "Ihre Bewerbung als {title}"},
    "reply_note": {"en": None},
    "reply_email": {"en": "Re: Your application for {title}", "de": "AW: Ihre Bewerbung als {title}"},
    "offer": {"en": "Offer call"},
    "decline": {"en": "Offer: {title}"},
    "withdraw": {"en": "Withdrawing my application"},
    "withdraw_ack": {"en": "Re: Withdrawing my application"},
    "brief": {"en": "Briefing: {title} at {company}"},
    "submit": {"en": "Candidate for {title}: {cand}"},
    "client_ok": {"en": "Re: Candidate for {title}: {cand}"},
    "prep": {"en": "Prep call before the {extra}"},
    "debrief": {"en": "Feedback call"},
    "reject_candidate": {"en": "Re: Candidate for {title}: {cand}"},
}

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "apply_note": {
        "en": [
            """\
Applied for {title} at {company} through the careers portal. No recruiter named on the \
posting; {first} signs the confirmation e-mail.
Cover letter focused on the dbt migration and the pricing dashboards."""
        ]
    },
    "apply": {
        "en": [
            """\
Hi {first},

I have just applied for the {title} position at {company}. Over the last four years I built \
the reporting layer of a mid-sized online retailer in SQL and dbt, and I led the move of our \
dashboards to Tableau.

I'd be glad to tell you more if the profile fits.

Best regards,
Jana Berg""",
            """\
Hello {first},

I saw the {title} opening at {company} and sent in my application this morning. The mix of \
stakeholder work and modelling in dbt is exactly what I enjoy most.

If it helps, I'm happy to share a short write-up of a recent analytics project.

Kind regards,
Jana""",
        ],
        "de": [
            """\
Hallo {first},

ich habe mich heute auf die Stelle „{title}“ bei {company} beworben. In den letzten vier \
Jahren habe ich die Reporting-Landschaft eines Onlinehändlers mit SQL, dbt und Tableau \
aufgebaut.

Über ein kurzes Gespräch würde ich mich sehr freuen.

Viele Grüße
Jana Berg"""
        ],
    },
    "ack": {
        "en": [
            """\
Hi Jana,

thanks for applying for the {title} role. Your background looks like a good match, and I'd \
like to set up a 30-minute call to learn more.

Would one of the next few afternoons work for you?

Best,
{first}""",
            """\
Hi Jana,

thank you for your application. The hiring team would like to move you to a first \
conversation with me. Could you pick a slot in my calendar for next week?

Best regards,
{first}""",
        ],
        "de": [
            """\
Hallo Jana,

vielen Dank für Ihre Bewerbung als {title}. Ihr Profil hat uns neugierig gemacht. Hätten Sie \
in den nächsten Tagen Zeit für ein kurzes Telefonat?

Viele Grüße
{first_last}"""
        ],
    },
    "screen": {
        "en": [
            """\
30-minute screen with {first}. We went through my current projects, notice period (one month) \
and salary expectations, which fit their range.
Next step: interview with {hm}.""",
            """\
Phone screen with {first}. Mostly questions about SQL depth, stakeholder management and why \
I'm looking. Hybrid, two office days a week.
{first} will come back within a week; {hm} is the hiring manager.""",
            """\
Screening call with {first}. The team is six people and reports to {hm}. They liked the dbt \
migration story and asked about forecasting experience.
Salary range confirmed; the process has three rounds.""",
        ]
    },
    "interview": {"en": ["{extra} with {first} ({their_title}). We covered {topic}.\n{mood}"]},
    "thanks": {
        "en": [
            """\
Hi {first},

thank you for the conversation today. I particularly enjoyed discussing {extra}; it made the \
role feel very concrete.

Looking forward to hearing about next steps.

Best,
Jana""",
            """\
Hi {first},

many thanks for your time today. Our exchange about {extra} stayed with me on the way home, \
and I'm even more excited about the role now.

Best regards,
Jana""",
        ],
        "de": [
            """\
Hallo {first},

vielen Dank für das angenehme Gespräch heute. Besonders der Austausch über {extra} hat mir \
gefallen.

Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Jana"""
        ],
    },
    "reply_note": {
        "en": [
            "Hi {first}, thank you for letting me know and for a fair, well-run process. I enjoyed meeting the "
            "{company} team and would be glad to stay in touch for future roles. All the best, Jana",
            "Hi {first}, thanks for the honest feedback. Disappointing, of course, but I learned a lot from the "
            "interviews. I'd love to stay connected in case a similar role opens up. Best, Jana",
        ]
    },
    "reply_email": {
        "en": [
            """\
Hi {first},

thank you for letting me know, and for being so transparent throughout the process. Of course \
I'm disappointed, but I really enjoyed meeting the team and learned a lot from the \
conversations.

If a similar role opens up at {company}, I'd be glad to be considered again. And if you have \
a moment, I'd appreciate any feedback on where I could have been stronger.

Best regards,
Jana"""
        ],
        "de": [
            """\
Hallo {first},

vielen Dank für Ihre offene Rückmeldung. Natürlich bin ich etwas enttäuscht, aber die \
Gespräche mit dem Team haben mir viel Freude gemacht.

Wenn sich bei {company} wieder eine passende Stelle ergibt, würde ich mich über eine \
Nachricht sehr freuen.

Viele Grüße
Jana Berg"""
        ],
    },
    "offer": {
        "en": [
            """\
{first} called with the offer: senior salary band, 28 days of holiday, start in six weeks. \
The catch: the role is fully on-site in Dublin.
Asked for a week to decide."""
        ]
    },
    "decline": {
        "en": [
            """\
Hi {first},

thank you again for the offer and for how smoothly you ran the process. After a lot of \
thought I have decided to decline: I can't relocate to Dublin at the moment, and the role \
needs to be on-site.

I really enjoyed meeting {hm} and the team, and I hope our paths cross again.

Best regards,
Jana"""
        ]
    },
    "withdraw": {
        "en": [
            """\
Hi {first},

thank you for the screening call and for explaining the new office policy. After thinking it \
over, I'd like to withdraw my application: four office days a week in London isn't something \
I can commit to from Berlin.

I'm sorry not to continue, and I'd be glad to hear about future roles with a more flexible \
setup.

Best,
Jana"""
        ]
    },
    "withdraw_ack": {
        "en": [
            """\
Hi Jana,

understood, and thanks for letting me know so quickly. I'll note your preference for hybrid \
roles and reach out if one comes up.

Kind regards,
{first}"""
        ]
    },
    "brief": {
        "en": [
            """\
Briefing call with {cand_first} about the {title} role at {company}. Motivated, available in \
one month, salary expectation within the client's band.
Agreed to submit the profile this week."""
        ]
    },
    "submit": {
        "en": [
            """\
Hi {first},

as discussed, I'd like to present {cand} for the {title} role. {cand_first} has {extra}.

CV and a short summary are attached. {cand_first} is available for interviews next week.

Best regards,
Jana"""
        ]
    },
    "client_ok": {
        "en": [
            """\
Hi Jana,

thanks for sending {cand_first}'s profile; it looks like a strong match. Could you share \
availability for a first interview?

Best,
{first}"""
        ]
    },
    "prep": {
        "en": [
            """\
Prep call with {cand_first} before the {extra}. Went through likely questions, the team's \
stack and who is on the panel.
{cand_first} feels well prepared."""
        ]
    },
    "debrief": {
        "en": [
            """\
Called {cand_first} with the news and the client's feedback. Disappointed, but took it very \
professionally.
Asked to be considered first for the next similar role; added to my shortlist."""
        ]
    },
}

INTERVIEW_TOPICS = [
    "a SQL exercise on cohort retention with window functions",
    "modelling a dbt project for orders and refunds",
    "a live critique of one of their Tableau dashboards",
    "how I'd define and defend a north-star metric",
    "an A/B test with a sample-ratio mismatch",
    "data-quality checks and ownership between teams",
    "a take-home case on churn drivers",
    "forecasting demand with messy seasonality",
]
INTERVIEW_MOODS = [
    "Good rapport; we ran slightly over time.",
    "Felt solid, though I was slow on the last question.",
    "Lots of follow-up questions, which I take as a good sign.",
    "Friendly and very structured. They asked for examples with numbers.",
    "Tough but fair. I should prepare more on stakeholder conflicts.",
]

# process id -> [(days before anchor, "HH:MM", step, person, extra)]
Story = list[tuple[int, str, str, str, str | None]]
# fmt: off
STORIES: dict[str, Story] = {
    "r5": [
        (520, "21:14", "apply_note", "p15", None),
        (505, "06:02", "reject", "p15", None),
    ],
    "r4": [
        (480, "09:40", "apply", "p12", None),
        (477, "14:05", "ack", "p12", None),
        (472, "15:00", "screen", "p12", None),
        (462, "11:20", "reject", "p12", None),
        (461, "18:45", "reply_note", "p12", None),
    ],
    "r2": [
        (430, "08:55", "apply", "p5", None),
        (426, "16:10", "ack", "p5", None),
        (421, "10:00", "screen", "p5", None),
        (406, "14:00", "interview", "p7", "Technical interview"),
        (406, "15:00", "interview", "p8", "Technical interview"),
        (405, "09:15", "thanks", "p5", "the data-contract setup"),
        (391, "10:00", "interview", "p6", "Onsite: hiring manager"),
        (391, "11:30", "interview", "p7", "Onsite: dbt pairing exercise"),
        (391, "14:00", "interview", "p8", "Onsite: system design"),
        (390, "08:30", "thanks", "p6", "the roadmap for the data platform"),
        (380, "17:05", "reject", "p5", None),
        (379, "09:20", "reply_email", "p5", None),
    ],
    "r1": [
        (320, "07:50", "apply", "p1", None),
        (317, "12:30", "ack", "p1", None),
        (312, "16:00", "screen", "p1", None),
        (300, "10:00", "interview", "p2", "First interview"),
        (300, "11:00", "interview", "p4", "First interview"),
        (290, "13:00", "interview", "p3", "Case study presentation"),
        (290, "14:00", "interview", "p4", "Case study presentation"),
        (289, "09:00", "thanks", "p1", "the case-study debrief"),
        (284, "16:30", "interview", "p2", "Final interview"),
        (282, "15:40", "reject", "p1", None),
        (281, "08:10", "reply_note", "p1", None),
    ],
    "r8": [
        (270, "10:20", "apply", "p26", None),
        (266, "11:00", "ack", "p26", None),
        (262, "13:30", "screen", "p26", None),
        (255, "09:05", "withdraw", "p26", None),
        (254, "15:30", "withdraw_ack", "p26", None),
    ],
    "r7": [
        (260, "19:30", "apply", "p23", None),
        (256, "10:10", "ack", "p23", None),
        (250, "14:00", "screen", "p23", None),
        (238, "10:00", "interview", "p24", "Product analytics interview"),
        (238, "11:00", "interview", "p25", "SQL interview"),
        (237, "08:45", "thanks", "p24", "how the team measures the success of live events"),
        (230, "13:15", "reject", "p23", None),
        (229, "09:30", "reply_note", "p23", None),
    ],
    "r9": [
        (200, "08:30", "apply", "p28", None),
        (197, "10:45", "ack", "p28", None),
        (192, "11:00", "screen", "p28", None),
        (180, "10:00", "interview", "p29", "Technical interview (in German)"),
        (180, "11:00", "interview", "p30", "SQL exercise"),
        (179, "09:10", "thanks", "p29", "die Ideen für die neue Lagerkennzahlen-Plattform"),
        (172, "14:20", "reject", "p28", None),
        (171, "10:00", "reply_email", "p28", None),
    ],
    "r10": [
        (165, "09:00", "apply", "p31", None),
        (162, "17:20", "ack", "p31", None),
        (158, "15:30", "screen", "p31", None),
        (150, "14:00", "interview", "p33", "Technical interview"),
        (149, "08:40", "thanks", "p31", "the dbt testing strategy"),
        (140, "10:00", "interview", "p32", "Onsite: hiring manager"),
        (140, "11:30", "interview", "p33", "Onsite: modelling exercise"),
        (132, "16:00", "interview", "p32", "Final interview"),
        (125, "12:10", "offer", "p31", None),
        (118, "10:30", "decline", "p31", None),
    ],
    "r3": [
        (40, "08:20", "apply", "p9", None),
        (36, "13:40", "ack", "p9", None),
        (33, "10:30", "screen", "p9", None),
        (20, "09:30", "interview", "p10", "Hiring manager interview"),
        (20, "10:30", "interview", "p11", "SQL exercise"),
        (19, "08:15", "thanks", "p10", "the trial-site performance dashboards"),
        (4, "16:45", "reject", "p9", None),  # recent, not answered yet
    ],
    "r6": [
        (45, "07:45", "apply", "p18", None),
        (42, "11:30", "ack", "p18", None),
        (38, "14:00", "screen", "p18", None),
        (28, "10:00", "interview", "p19", "First interview"),
        (28, "11:00", "interview", "p20", "SQL and Python exercise"),
        (27, "09:00", "thanks", "p19", "forecasting intraday prices"),
        (16, "13:00", "interview", "p19", "Final round: case study presentation"),
        (16, "14:30", "interview", "p21", "Final round: case study presentation"),
        (7, "10:05", "reject", "p18", None),  # recent, not answered yet
    ],
    "r12": [
        (30, "12:00", "apply", "p15", None),
        (26, "09:30", "ack", "p15", None),
        (19, "16:00", "screen", "p15", None),
        (9, "11:45", "reject", "p15", None),  # recent, not answered yet
    ],
    "r11": [
        (24, "08:00", "apply", "p34", None),
        (21, "15:10", "ack", "p34", None),
        (14, "10:00", "screen", "p34", None),
        (5, "14:00", "interview", "p35", "First interview"),
        (4, "09:20", "thanks", "p35", "monitoring pricing models in production"),
    ],
    # recruiter's corner
    "r13": [
        (305, "17:00", "brief", "p41", None),
        (300, "09:30", "submit", "p14",
         "four years of analytics engineering, a dbt project of 400+ models and strong Looker skills"),
        (296, "12:00", "client_ok", "p14", None),
        (282, "18:10", "prep", "p41", "first interview"),
        (270, "19:00", "prep", "p41", "onsite day"),
        (262, "10:20", "reject", "p14", None),
        (262, "12:30", "debrief", "p41", None),
    ],
    "r15": [
        (299, "16:30", "brief", "p42", None),
        (298, "10:15", "submit", "p14", "five years of BI work in Tableau and Power BI for a retail chain"),
        (276, "09:50", "reject", "p14", None),
        (276, "17:45", "debrief", "p42", None),
    ],
    "r14": [
        (225, "18:00", "brief", "p43", None),
        (222, "09:10", "submit", "p1",
         "built a Snowflake and dbt platform from scratch at a fintech and runs Airflow in production"),
        (218, "14:20", "client_ok", "p1", None),
        (200, "19:30", "prep", "p43", "onsite day"),
        (192, "18:30", "prep", "p43", "final round"),
        (185, "11:00", "reject", "p1", None),
        (185, "16:00", "debrief", "p43", None),
    ],
    "r16": [
        (152, "17:30", "brief", "p44", None),
        (150, "08:50", "submit", "p6", "six years of Power BI development and a solid SQL and dbt background"),
        (146, "15:00", "client_ok", "p6", None),
        (126, "18:00", "prep", "p44", "onsite day"),
        (118, "09:40", "reject", "p6", None),
        (118, "13:15", "debrief", "p44", None),
    ],
    "r17": [
        (12, "18:00", "brief", "p45", None),
        (8, "09:00", "submit", "p36", "strong SQL and R, Tableau dashboards for a logistics company, and dbt"),
        (5, "16:40", "client_ok", "p36", None),
    ],
}
# fmt: on


def interview_channel(label: str) -> str:
    return "in_person" if label.startswith(("Onsite", "Final", "Case study")) else "other"


def pick(rng: random.Random, options: dict[str, list[str]], language: str) -> str:
    return rng.choice(options.get(language) or options["en"])


def subject_for(step: str, language: str, candidate: bool) -> str | None:
    key = "reject_candidate" if step == "reject" and candidate else step
    options = SUBJECTS[key]
    return options.get(language, options["en"])


def story_interactions(r: Process, story: Story, rng: random.Random) -> list[Record]:
    opening = OPENING[r.opening]
    hm = next((PERSON[p] for p, role in r.contacts if role == "hiring_manager"), None)
    cand = PERSON[r.candidate] if r.candidate else None
    out = []
    for ago, hhmm, step, pid, extra in story:
        person = PERSON[pid]
        language = person.language or "en"
        kind, direction, channel = STEPS[step]
        context = {
            "first": split_name(person.name)[0],
            "first_last": person.name,
            "their_title": person.title,
            "title": opening.title,
            "company": COMPANY[opening.company].name,
            "hm": split_name(hm.name)[0] if hm else "the hiring manager",
            "cand": cand.name if cand else "",
            "cand_first": split_name(cand.name)[0] if cand else "",
            "extra": extra or "",
            "topic": rng.choice(INTERVIEW_TOPICS),
            "mood": rng.choice(INTERVIEW_MOODS),
        }
        if step == "reject":
            assert r.rejection, r.id
            body = r.rejection
        else:
            body = pick(rng, TEMPLATES[step], language).format(**context)
        if step == "interview":
            channel = interview_channel(extra or "")
        subject = subject_for(step, language, cand is not None)
        out.append(
            {
                "person": pid,
                "kind": kind,
                "direction": direction,
                "at": stamp(ago, hhmm),
                "channel": channel,
                "subject": subject.format(**context) if subject else None,
                "body": body,
                "opening": r.opening,
                "process": r.id,
            }
        )
    return out


# --------------------------------------------------------------------------------------------
# Everything else in the timeline: replies, check-ins, notes, meetups, job changes, intros
# --------------------------------------------------------------------------------------------

# (days before anchor, "HH:MM", person, kind, direction, channel, subject, body)
Touch = tuple[int, str, str, str, str, str | None, str | None, str]
# fmt: off
TOUCHES: list[Touch] = [
    # Tom Weber (Nordlicht): replied to the rejection as a connection note, stayed in touch
    (281, "08:20", "p1", "note", "none", None, None, """\
Tom told me on the phone that the decision was between me and one other finalist.
He prefers LinkedIn for quick things and e-mail for anything formal."""),
    (280, "12:05", "p1", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana, thanks for the kind note, accepted with pleasure. Honestly, it was a close call. Let's keep "
     "in touch; I'll ping you when we open the next analyst role."),
    (160, "09:15", "p1", "email", "out", "email", "Checking in", """\
Hi Tom,

it's been a few months since the Nordlicht process, so I wanted to say hello. I've since \
finished a dbt certification and rebuilt a forecasting model for a retail client as a \
freelancer.

How is the team getting on with the new market-data platform?

Best,
Jana"""),
    (158, "13:40", "p1", "email", "in", "email", "Re: Checking in", """\
Hi Jana,

great to hear from you, and congratulations on the certification! The platform went live \
and we're now swamped with requests, which is a good problem to have. Nothing open for your \
profile right now, but the budget for next year looks promising.

Best,
Tom"""),
    (62, "10:30", "p1", "linkedin_message", "out", "linkedin_message", None,
     "Hi Tom, I saw your post about Nordlicht's new Hamburg office. Congratulations to the whole team! "
     "I hope the move goes smoothly."),
    (60, "08:50", "p1", "linkedin_message", "in", "linkedin_message", None,
     "Thanks Jana! It's been a wild few weeks. Coffee next time I'm at the Berlin office?"),
    # Zoë Martin: connection request still pending; David offered an intro
    (280, "19:10", "p2", "connection_request", "out", "linkedin_note", None,
     "Hi Zoë, thank you for the final conversation at Nordlicht. I learned a lot about how your team "
     "works with the trading desk and would be glad to stay connected. Best, Jana"),
    (150, "22:00", "p2", "note", "none", None, None, """\
Zoë spoke at the Berlin Data Meetup about metric layers. Great talk, very practical.
She mentioned they will hire analysts again next year. My connection request is still pending."""),
    (148, "10:05", "p38", "intro_request", "out", "email", "Intro to Zoë Martin?", """\
Hi David,

thanks again for organising the meetup. Could you introduce me to Zoë Martin? I interviewed \
with her team at Nordlicht and my LinkedIn request is still pending; I'd love to follow up on \
her talk about metric layers.

Thanks a lot,
Jana"""),
    (147, "18:20", "p38", "email", "in", "email", "Re: Intro to Zoë Martin?", """\
Hi Jana,

of course. I've sent her a short note with your name; she remembered your case study! \
Give her a few days, she's travelling a lot at the moment.

Cheers,
David"""),
    # Jürgen Krüger (German)
    (278, "21:05", "p3", "connection_request", "in", "linkedin_note", None,
     "Hallo Jana, hat mich gefreut, dich bei der Fallstudie kennenzulernen. Lass uns gern in Kontakt "
     "bleiben! Jürgen"),
    (270, "12:30", "p3", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana, ich habe den Vortrag über dbt-Tests gefunden, den ich im Gespräch erwähnt hatte. Er heißt "
     "„Testing in Production, Politely“ und ist auf YouTube. Viel Spaß beim Anschauen! Jürgen"),
    (269, "08:40", "p3", "linkedin_message", "out", "linkedin_message", None,
     "Danke dir, Jürgen! Ich schaue ihn mir am Wochenende an. Schöne Grüße ins Team, Jana"),
    (125, "17:50", "p3", "linkedin_message", "out", "linkedin_message", None,
     "Hallo Jürgen, ich habe gelesen, dass ihr eure Pipelines auf Dagster umgestellt habt. Wie sind eure "
     "Erfahrungen bisher? Ich überlege, es in einem Kundenprojekt einzusetzen. Viele Grüße, Jana"),
    (123, "19:20", "p3", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana, bisher sehr gut! Die Asset-Sicht hilft uns enorm beim Debuggen. Wenn du magst, zeige ich "
     "dir das mal bei einem Kaffee. Grüße, Jürgen"),
    # Agnieszka Wójcik (Globex): good start, then two messages without an answer
    (378, "14:00", "p5", "email", "in", "email", "Re: Your application for Analytics Engineer", """\
Hi Jana,

thank you for such a gracious reply. I'd be happy to walk you through the panel's feedback. \
How about a 20-minute call later this week?

Best,
Agnieszka"""),
    (378, "18:30", "p5", "connection_request", "out", "linkedin_note", None,
     "Hi Agnieszka, thanks again for offering a feedback call, I'm looking forward to it. I'd be glad to "
     "stay connected. Jana"),
    (372, "11:00", "p5", "call", "out", "phone", "Feedback call", """\
Feedback call with Agnieszka.
Strengths: dbt modelling, clear communication, good questions.
Gaps: no production experience with streaming (Kafka/Flink); my system-design answer stayed \
too high-level.
She suggested I apply again when the batch analytics team grows."""),
    (200, "10:10", "p5", "linkedin_message", "out", "linkedin_message", None,
     "Hi Agnieszka, I hope all is well in Munich! Since our feedback call I've been working on streaming "
     "pipelines in a freelance project (Kafka + dbt). I'd love to hear how the analytics team is doing."),
    (75, "09:35", "p5", "email", "out", "email", "Quick hello from Berlin", """\
Hi Agnieszka,

I'm following up on my LinkedIn message from a while ago. I have now shipped two \
Kafka-to-warehouse pipelines in production, which was the gap the panel pointed out.

If the analytics engineering team is growing again, I'd love to hear about it.

Best regards,
Jana"""),
    # Priya Raman: moved to Orbitly recently
    (385, "20:15", "p7", "connection_request", "out", "linkedin_note", None,
     "Hi Priya, thanks for the dbt pairing session at Globex. It was the most fun part of the onsite! "
     "I'd be glad to stay in touch. Jana"),
    (200, "12:00", "p7", "linkedin_message", "out", "linkedin_message", None,
     "Hi Priya, I just read your post on incremental models. The part about late-arriving data saved me "
     "a day of debugging this week. Thank you!"),
    (199, "19:40", "p7", "linkedin_message", "in", "linkedin_message", None,
     "So glad it helped! How's the search going? If you ever want a second pair of eyes on a take-home, "
     "just let me know."),
    (16, "08:00", "p7", "job_change", "none", None, "Globex Retail AG → Orbitly",
     "Priya announced on LinkedIn that she has joined Orbitly as Senior Analytics Engineer."),
    # Hannah Fischer (Kestrel): last outbound ~3.5 months ago
    (300, "11:15", "p12", "linkedin_message", "out", "linkedin_message", None,
     "Hi Hannah, I've been deepening my Power BI skills since we spoke, including the PL-300 "
     "certification. Are there any analytics roles coming up at Kestrel?"),
    (298, "16:20", "p12", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana, congratulations on the certification! Nothing right now, but I've added a note to your "
     "profile in our system. Lisa has left us, so I'm covering her roles too. Busy times!"),
    (108, "09:50", "p12", "linkedin_message", "out", "linkedin_message", None,
     "Hi Hannah, a quick hello from Berlin. I saw Kestrel launched the new scooter pricing in Munich, "
     "congratulations! I'm still looking for my next analytics role and would be glad to hear if "
     "anything comes up."),
    # Oliver Grant: moved from Kestrel to the Aurora client
    (164, "08:00", "p13", "job_change", "none", None, "Kestrel Mobility → Aurora Payments",
     "Oliver moved to Aurora Payments as Director of Analytics (LinkedIn update)."),
    # Marcus Lindqvist (friend at Tidewater)
    (330, "19:00", "p17", "call", "out", "phone", "Catch-up", """\
Long call with Marcus about life at Tidewater. Their analytics org is split between risk and \
retail; retail is the friendlier place to start.
He offered to refer me if something comes up."""),
    (20, "18:30", "p17", "linkedin_message", "in", "linkedin_message", None,
     "Heard you had a screen with James for Elena's team. Fingers crossed! She's tough but fair."),
    (20, "21:10", "p17", "linkedin_message", "out", "linkedin_message", None,
     "Thanks Marcus! The screen went OK, now I'm waiting. I'll tell you how it goes."),
    # Ayşe Demir (Polaris)
    (27, "20:10", "p20", "connection_request", "in", "linkedin_note", None,
     "Hi Jana, it was a pleasure talking SQL with you today. Let's stay connected! Ayşe"),
    # Søren Madsen: close contact, ex-Globex, now Lumen; the warm path to Agnieszka
    (410, "19:30", "p22", "meeting", "out", "in_person", "Coffee with Søren", """\
Coffee after the meetup. Søren gave me tips for the Globex onsite: they care about data \
contracts and ownership, and the panel likes whiteboarding.
He knows Agnieszka well from his time there."""),
    (265, "09:00", "p22", "job_change", "none", None, "Globex Retail AG → Lumen Games",
     "Søren started as Senior Analytics Engineer at Lumen Games in Copenhagen."),
    (264, "12:10", "p22", "linkedin_message", "out", "linkedin_message", None,
     "Congratulations on the move to Copenhagen, Søren! Lumen is lucky to have you. If you ever hear of "
     "product analytics roles there, I'd love to know."),
    (263, "22:05", "p22", "linkedin_message", "in", "linkedin_message", None,
     "Thanks Jana! Actually, there's a Product Analyst role opening soon. I'll send you the link when "
     "it's live and put in a word with Freja."),
    (261, "10:00", "p22", "linkedin_message", "in", "linkedin_message", None,
     "Here it is: the Product Analyst role is live on our careers page. I've told Freja to look out for "
     "your application."),
    (120, "18:00", "p22", "meeting", "out", "other", "Video call with Søren", """\
Video catch-up. He's settled in well at Lumen; the live-ops team is growing and will need an \
analyst soon.
He also mentioned that Agnieszka at Globex is recruiting for a new pricing team."""),
    (58, "11:20", "p22", "email", "out", "email", "Thanks!", """\
Hi Søren,

thanks again for the tip about the live-ops team. I've set a reminder to check your careers \
page every week.

Talk soon,
Jana"""),
    (57, "08:05", "p22", "email", "in", "email", "Re: Thanks!", """\
Anytime! I'll let you know the minute it's up. Say hi to David from me.

Søren"""),
    # Freja Nielsen (Lumen)
    (228, "10:45", "p23", "linkedin_message", "in", "linkedin_message", None,
     "Thanks for the lovely note, Jana. Connected! Mikkel really enjoyed your interview, so please do "
     "keep an eye on our careers page."),
    (140, "15:00", "p23", "linkedin_message", "out", "linkedin_message", None,
     "Hi Freja, I hope the big release went well! I'm still following Lumen closely and would love to "
     "hear when analytics roles open."),
    (139, "09:25", "p23", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana! Nothing right now, but the live-ops team plans to hire in a few months. I'll keep you "
     "posted."),
    # Mikkel Holm (Lumen): check-in overdue
    (236, "16:00", "p24", "email", "in", "email", "Re: Thank you", """\
Hi Jana,

thanks for the note, I enjoyed it too. Freja will be in touch about next steps soon.

Best,
Mikkel"""),
    (129, "10:15", "p24", "email", "out", "email", "Hello from Berlin", """\
Hi Mikkel,

it's been a while since my interview at Lumen. I wanted to share a short write-up on \
retention cohorts for live-service games that our conversation inspired.

I'd be glad to hear what you think.

Best regards,
Jana"""),
    # Rosalind Achebe (Quillstone): two messages without an answer
    (110, "14:30", "p26", "email", "out", "email", "Checking in", """\
Hi Rosalind,

I hope things are going well at Quillstone. When I withdrew it was only because of the four \
office days; I'm still very interested in the audience team's work.

If there's ever a role with a more flexible setup, I'd love to hear about it.

Best,
Jana"""),
    (80, "09:00", "p26", "linkedin_message", "out", "linkedin_message", None,
     "Hi Rosalind, just following up on my e-mail from a few weeks ago. No pressure at all, I know how "
     "busy recruiting gets. I hope you're well!"),
    # Sabine Hartmann and Matthias Köhler (Hafenstadt, German)
    (170, "11:30", "p28", "email", "in", "email", "AW: AW: Ihre Bewerbung als Datenanalyst (m/w/d)", """\
Hallo Jana,

vielen Dank für Ihre freundliche Antwort. Ich habe Ihr Profil in unserem Talentpool vermerkt \
und melde mich, sobald sich etwas Passendes ergibt.

Viele Grüße
Sabine Hartmann"""),
    (178, "13:10", "p29", "email", "in", "email", "AW: Vielen Dank", """\
Hallo Jana,

danke für Ihre nette Nachricht, das Gespräch hat uns ebenfalls Freude gemacht. Frau Hartmann \
meldet sich in Kürze bei Ihnen.

Viele Grüße
Matthias Köhler"""),
    (98, "08:30", "p29", "email", "out", "email", "Kurzer Gruß aus Berlin", """\
Hallo Herr Köhler,

ich hoffe, bei Hafenstadt läuft alles gut und die neue Lagerkennzahlen-Plattform ist \
inzwischen live. Ich habe mich in den letzten Monaten intensiv mit SAP-Datenquellen \
beschäftigt, also genau mit dem Thema, das im Gespräch noch gefehlt hat.

Falls Sie wieder jemanden für das BI-Team suchen, würde ich mich über eine kurze Nachricht \
freuen.

Viele Grüße
Jana Berg"""),
    # Orbitly: after declining the offer
    (118, "11:00", "p32", "email", "out", "email", "Thank you", """\
Hi Arjun,

I wanted to thank you personally for the process and the offer. Turning it down was genuinely \
hard; the only reason is that I can't relocate to Dublin right now.

I hope we get to work together one day.

Warm regards,
Jana"""),
    (118, "16:20", "p31", "email", "in", "email", "Re: Offer: Analytics Engineer", """\
Hi Jana,

I completely understand, and thank you for being so open about it. Arjun was disappointed but \
said the door is open if the remote policy ever changes, and so do I.

All the best,
Siobhán"""),
    (117, "09:45", "p32", "email", "in", "email", "Re: Thank you", """\
Hi Jana,

thank you for the kind words. I understand completely, and I hope our paths cross again. If \
we ever open a fully remote role, you'll be the first person I call.

Best,
Arjun"""),
    (139, "20:30", "p33", "connection_request", "in", "linkedin_note", None,
     "Hi Jana, great pairing session today! Let's keep in touch. Chloé"),
    # Noor Haddad: the referral into Vantage
    (38, "19:15", "p46", "linkedin_message", "out", "linkedin_message", None,
     "Hi Noor, I saw Vantage is hiring a Senior Data Analyst for the pricing team. Since you work next to "
     "that team, would you be comfortable referring me? Happy to send my CV and a short summary."),
    (37, "08:30", "p46", "linkedin_message", "in", "linkedin_message", None,
     "Of course! Send me your CV and I'll submit it through our referral tool today. Nadia is great to "
     "work for."),
    (31, "13:00", "p46", "email", "in", "email", "Referral submitted", """\
Hi Jana,

I've submitted the referral; you should hear from Luca in the talent team soon.

Good luck!
Noor"""),
    (30, "09:00", "p46", "email", "out", "email", "Re: Referral submitted", """\
Thank you so much, Noor! I really appreciate it and will keep you posted.

Jana"""),
    # Marta Kowalski: mentor and former manager
    (480, "12:00", "p37", "call", "out", "phone", "Catch-up with Marta", """\
Catch-up with Marta about my search. Her advice: focus on companies where analytics sits close \
to the product, and don't undersell the dbt migration project.
She offered to be a reference."""),
    (170, "09:20", "p37", "intro_request", "out", "email", "Intro to Arjun Mehta at Orbitly?", """\
Hi Marta,

I saw that Orbitly is hiring an Analytics Engineer, and I remember you worked with Arjun Mehta \
a few years ago. Would you be comfortable introducing me to him?

I'm happy to send a short blurb you can forward.

Thank you!
Jana"""),
    (168, "18:00", "p37", "email", "in", "email", "Re: Intro to Arjun Mehta at Orbitly?", """\
Hi Jana,

done: I've written to Arjun and copied you. He's a great manager; I think you'd get along \
very well.

Marta"""),
    (118, "19:30", "p37", "call", "out", "phone", "Told Marta about the offer",
     "Told Marta I declined the Orbitly offer because of the relocation. She agreed it was the right call "
     "and will keep her ears open for roles in Berlin."),
    (40, "12:30", "p37", "meeting", "in", "in_person", "Lunch with Marta", """\
Marta invited me to lunch in Kreuzberg. Marta is freelancing for two energy companies and thinks the Polaris role \
is a great fit.
She knows Henrik Larsen from a conference and will mention my name."""),
    # David Cohen: Berlin Data Meetup
    (400, "21:00", "p38", "meeting", "in", "in_person", "Berlin Data Meetup", """\
First time at the Berlin Data Meetup. David invited me to give a lightning talk at a later \
edition.
Met Søren there as well."""),
    (210, "20:45", "p38", "meeting", "out", "in_person", "Lightning talk at the meetup",
     "Gave a five-minute lightning talk on migrating dashboards to dbt metrics. David asked me to do a "
     "longer slot some time."),
    (60, "19:00", "p38", "meeting", "in", "in_person", "Berlin Data Meetup", """\
Meetup on data contracts. Chatted with David and with Søren, who was visiting from Copenhagen.
David suggested I run a hands-on dbt workshop at one of the next meetups."""),
    # Bernd Ostermann: do not contact
    (300, "08:10", "p39", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana, exciting opportunity for a Field Sales Manager in Cologne, great package plus company "
     "car! Interested? Call me!"),
    (299, "09:30", "p39", "linkedin_message", "out", "linkedin_message", None,
     "Hi Bernd, thanks, but I'm only looking at data analytics roles. Please don't send me sales "
     "positions."),
    (240, "08:05", "p39", "email", "in", "email", "Top opportunity: Key Account Manager", """\
Dear Jana,

I have an outstanding opportunity for a Key Account Manager in the insurance sector. \
Attractive base salary, uncapped commission.

Looking forward to your call!
Bernd Ostermann"""),
    (240, "08:30", "p39", "note", "none", None, None,
     "Second unrelated sales role after I asked him to stop. Marked as do-not-contact."),
    # Lisa Brenner: archived
    (500, "10:00", "p40", "note", "none", None, None,
     "Lisa forwarded my CV to Hannah for the BI Analyst role at Kestrel. She is leaving recruiting soon."),
    # Recruiter's corner: candidates and the client
    (262, "13:00", "p41", "note", "none", None, None, """\
Silver medalist at Kestrel: reached the onsite, lost only on Kafka experience.
Strong dbt and Looker, great communicator. Open to Berlin or remote; one month's notice."""),
    (90, "18:00", "p41", "linkedin_message", "out", "linkedin_message", None,
     "Hi Amara, how's the contract going? I'm building my list for analytics engineering roles again and "
     "you're at the top of it. Can we catch up in the next few weeks?"),
    (89, "20:00", "p41", "linkedin_message", "in", "linkedin_message", None,
     "Hi Jana! My contract ends soon, so the timing is perfect. Let's talk."),
    (275, "20:15", "p42", "email", "in", "email", "Danke für das Feedback", """\
Hallo Jana,

danke für das ehrliche Feedback zu Kestrel. Datenmodellierung nehme ich mir jetzt gezielt vor; \
ich mache gerade den dbt-Fundamentals-Kurs.

Melde dich gern, wenn etwas Passendes kommt!
Lukas"""),
    (184, "08:40", "p43", "email", "in", "email", "Thank you", """\
Hi Jana,

thanks for calling me yesterday and for fighting for me until the end. Losing to an internal \
move is easier to accept than I expected.

Please keep me in mind for the next analytics engineering role.

Mei"""),
    (117, "21:00", "p44", "email", "in", "email", "Thanks for the call", """\
Hi Jana,

thank you for the feedback from Globex. Azure Synapse is now on my learning list. I'm still \
open to remote roles in Germany, so let me know when something fits.

Obrigado,
Rafael"""),
    (11, "07:55", "p45", "email", "in", "email", "Updated CV", """\
Hi Jana,

as promised, here is my updated CV with the Tableau and dbt projects from the last year. \
Thanks for thinking of me for the Aurora role!

Best,
Ingrid"""),
    (185, "16:30", "p43", "note", "none", None, None, """\
Mei lost the Nordlicht final only to an internal transfer. Excellent Snowflake and Airflow \
depth.
Prefers Berlin, hybrid. Wants a team with a proper on-call rotation."""),
    (60, "10:00", "p36", "meeting", "out", "other", "Client call with Aurora", """\
Call with Tobias about Aurora's hiring plan. They will open an Analytics Engineer role soon; \
budget approved for one senior hire.
Oliver Grant (ex-Kestrel) now runs analytics there, which helps: he already knows my candidates."""),
]
# fmt: on


def touch_record(t: Touch) -> Record:
    ago, hhmm, pid, kind, direction, channel, subject, body = t
    return {
        "person": pid,
        "kind": kind,
        "direction": direction,
        "at": stamp(ago, hhmm),
        "channel": channel,
        "subject": subject,
        "body": body,
        "opening": None,
        "process": None,
    }


# --------------------------------------------------------------------------------------------
# Suggestion states
# --------------------------------------------------------------------------------------------

SUGGESTION_STATES: list[Record] = [
    {"key": "check_in/p38/", "state": "snoozed", "until": day(-14)},
    {"key": "connect_linkedin/p4/", "state": "dismissed", "until": None},
]


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------


def build(rng: random.Random) -> Record:
    people = [person_record(p, rng) for p in PEOPLE]
    interactions = [touch_record(t) for t in TOUCHES]
    for r in PROCESSES:
        interactions += story_interactions(r, STORIES.get(r.id, []), rng)
    order = {p.id: i for i, p in enumerate(PEOPLE)}
    interactions.sort(key=lambda i: (i["at"], order[i["person"]], i["kind"]))
    return {
        "format": "rebound-archive",
        "version": 1,
        "me": JOB_SEEKER_ME,
        "companies": [company_record(c) for c in COMPANIES],
        "people": people,
        "connections": [connection_record(*c) for c in CONNECTIONS],
        "openings": [opening_record(o) for o in OPENINGS],
        "processes": [process_record(r) for r in PROCESSES],
        "interactions": interactions,
        "suggestion_states": SUGGESTION_STATES,
    }


# --------------------------------------------------------------------------------------------
# Checks: references, uniqueness, dates and the minimums the demo promises
# --------------------------------------------------------------------------------------------

TOUCH_DIRECTIONS = ("in", "out")


def _ids(records: Iterable[Record]) -> set[str]:
    return {r["id"] for r in records}


def check(doc: Record) -> dict[str, Any]:
    """Raise AssertionError on any inconsistency; return the counts worth printing."""
    people, companies = _ids(doc["people"]), _ids(doc["companies"])
    openings, processes = _ids(doc["openings"]), _ids(doc["processes"])
    person_by_id = {p["id"]: p for p in doc["people"]}
    for p in doc["people"]:
        assert p["company"] is None or p["company"] in companies, p["id"]
        assert p["connected"] == (p["connected_on"] is not None), p["id"]
    for c in doc["connections"]:
        assert c["a"] in people and c["b"] in people and c["a"] != c["b"], c
    assert len({frozenset((c["a"], c["b"])) for c in doc["connections"]}) == len(doc["connections"])
    for o in doc["openings"]:
        assert o["company"] in companies, o["id"]
    for r in doc["processes"]:
        assert r["opening"] in openings, r["id"]
        assert r["candidate"] is None or person_by_id[r["candidate"]]["role"] == "candidate", r["id"]
        assert all(c["person"] in people for c in r["contacts"]), r["id"]
        assert (r["outcome"] == "pending") == (r["ended_on"] is None), r["id"]
    process_opening = {r["id"]: r["opening"] for r in doc["processes"]}
    seen: set[tuple[str, ...]] = set()
    horizon = (ANCHOR - timedelta(days=548)).isoformat()
    for i in doc["interactions"]:
        assert "id" not in i
        assert i["person"] in people, i
        assert i["opening"] is None or i["opening"] in openings, i
        assert i["process"] is None or process_opening[i["process"]] == i["opening"], i
        datetime.fromisoformat(i["at"])
        assert horizon <= i["at"] <= f"{DEMO_ANCHOR}T23:59:59", i["at"]
        key = (i["person"], i["kind"], i["direction"], i["at"], i["body"])
        assert key not in seen, key
        seen.add(key)
        if i["kind"] == "email":
            assert person_by_id[i["person"]]["email"], f"e-mail with {i['person']}, who has no address"
        if i["channel"] == "linkedin_note":
            assert len(i["body"]) <= 300, f"connection note too long: {i['body']!r}"
        if i["kind"] in ("note", "job_change"):
            assert i["direction"] == "none", i
        if i["kind"] == "rejection":
            assert i["direction"] == "in" and i["process"] and i["opening"], i
        assert "<" not in (i["body"] or ""), "bodies are plain text"
    for s in doc["suggestion_states"]:
        action, pid, oid = s["key"].split("/")
        assert pid in people and (not oid or oid in openings), s

    # the Today page needs work to show: unanswered recent rejections, check-ins, stalled contacts
    def ago(at: str) -> int:
        return (ANCHOR - date.fromisoformat(at[:10])).days

    touches = [i for i in doc["interactions"] if i["direction"] in TOUCH_DIRECTIONS]
    last_out: dict[str, str] = {}
    last_in: dict[str, str] = {}
    for i in touches:
        target = last_out if i["direction"] == "out" else last_in
        target[i["person"]] = max(target.get(i["person"], ""), i["at"])
    unanswered = Counter(
        i["person"] for i in touches if i["direction"] == "out" and i["at"] > last_in.get(i["person"], "")
    )
    own = {r["id"] for r in doc["processes"] if r["candidate"] is None}
    recent_unreplied = sorted(
        i["process"]
        for i in doc["interactions"]
        if i["kind"] == "rejection"
        and i["process"] in own
        and ago(i["at"]) <= 10
        and last_out.get(i["person"], "") < i["at"]
    )
    new_open = [
        o["id"] for o in doc["openings"] if o["status"] == "open" and not o["mine"] and ago(o["discovered_on"]) <= 45
    ]
    silver = [
        r["candidate"]
        for r in doc["processes"]
        if r["candidate"] and r["stage_reached"] in ("onsite", "final") and r["outcome"] == "rejected"
    ]
    counts: dict[str, Any] = {
        "companies": len(companies),
        "people": len(people),
        "people by role": dict(Counter(p["role"] for p in doc["people"])),
        "with linkedin_url": sum(1 for p in doc["people"] if p["linkedin_url"]),
        "with email": sum(1 for p in doc["people"] if p["email"]),
        "connected": sum(1 for p in doc["people"] if p["connected"]),
        "language de": sum(1 for p in doc["people"] if p["language"] == "de"),
        "connections": len(doc["connections"]),
        "openings": len(openings),
        "openings open & new (<=45 days, not mine)": new_open,
        "openings mine": [o["id"] for o in doc["openings"] if o["mine"]],
        "processes": len(processes),
        "processes by outcome": dict(Counter(r["outcome"] for r in doc["processes"])),
        "own processes by stage": dict(Counter(r["stage_reached"] for r in doc["processes"] if r["candidate"] is None)),
        "silver medalists": silver,
        "interactions": len(doc["interactions"]),
        "interactions by kind": dict(Counter(i["kind"] for i in doc["interactions"])),
        "first interaction": doc["interactions"][0]["at"],
        "last interaction": doc["interactions"][-1]["at"],
        "recent rejections without reply": recent_unreplied,
        "last outbound 95-130 days ago": sorted(
            (p for p, at in last_out.items() if 95 <= ago(at) <= 130), key=lambda p: int(p[1:])
        ),
        "2+ unanswered outbound": sorted((p for p, n in unanswered.items() if n >= 2), key=lambda p: int(p[1:])),
        "suggestion_states": len(doc["suggestion_states"]),
    }
    roles = counts["people by role"]
    kinds = counts["interactions by kind"]
    assert counts["people"] >= 40 and counts["companies"] >= 8 and counts["connections"] >= 10
    assert all(roles.get(r) for r in vocab.PERSON_ROLES)
    assert counts["processes"] >= 10 and counts["openings"] >= 5 and counts["interactions"] >= 150
    assert all(kinds.get(k) for k in vocab.INTERACTION_KINDS)  # every kind of interaction shows up
    assert 2 <= kinds["job_change"] <= 3
    assert len(recent_unreplied) >= 2 and len(new_open) >= 3 and silver
    assert counts["last outbound 95-130 days ago"] and counts["2+ unanswered outbound"]
    return counts


def validate_schema(doc: Record, schema_path: Path) -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        print(f"schema: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    if errors:
        raise SystemExit(f"{len(errors)} schema error(s)")


def persona(doc: Record, mode: str) -> Record:
    """One persona's archive from the whole set: the job seeker without the recruiter's corner (candidates,
    roles I fill, their processes), the recruiter without the job seeker's own applications."""
    out = {key: (list(value) if isinstance(value, list) else value) for key, value in doc.items()}
    if mode == "job_seeker":
        gone_people = {p["id"] for p in doc["people"] if p["role"] == "candidate"}
        gone_openings = {o["id"] for o in doc["openings"] if o["mine"]}
        gone_processes = {
            r["id"] for r in doc["processes"] if r["candidate"] is not None or r["opening"] in gone_openings
        }
    else:
        gone_people, gone_openings = set(), set()
        gone_processes = {r["id"] for r in doc["processes"] if r["candidate"] is None}
        out["me"] = RECRUITER_ME
    out["people"] = [p for p in doc["people"] if p["id"] not in gone_people]
    out["openings"] = [o for o in doc["openings"] if o["id"] not in gone_openings]
    out["processes"] = [r for r in doc["processes"] if r["id"] not in gone_processes]
    out["connections"] = [c for c in doc["connections"] if c["a"] not in gone_people and c["b"] not in gone_people]
    out["interactions"] = [
        i
        for i in doc["interactions"]
        if i["person"] not in gone_people and i["process"] not in gone_processes and i["opening"] not in gone_openings
    ]
    out["suggestion_states"] = [
        s for s in doc["suggestion_states"] if not set(s["key"].split("/")) & (gone_people | gone_openings)
    ]
    if mode == "recruiter":
        out["interactions"] = recruiter_touches(doc, out["interactions"], gone_processes)
    return out


def recruiter_touches(doc: Record, interactions: list[Record], gone_processes: set[str]) -> list[Record]:
    """The recruiter is a persona of her own: none of the job seeker's applications (the talks with the
    contacts of processes that were only the job seeker's are gone with them), and the messages that are
    left address her by her own name."""
    kept_contacts = {c["person"] for r in doc["processes"] if r["id"] not in gone_processes for c in r["contacts"]}
    seekers_contacts = {
        c["person"] for r in doc["processes"] if r["id"] in gone_processes for c in r["contacts"]
    } - kept_contacts
    first, full = ME, JOB_SEEKER_ME["name"]
    own_first, own_full = RECRUITER_ME["name"].split()[0], RECRUITER_ME["name"]
    kept = []
    for i in interactions:
        if i["process"] is None and i["person"] in seekers_contacts:
            continue
        renamed = dict(i)
        for field in ("subject", "body"):
            if renamed.get(field):
                renamed[field] = re.sub(rf"\b{first}\b", own_first, renamed[field].replace(full, own_full))
        kept.append(renamed)
    return kept


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the archive")
    parser.add_argument("--schema", type=Path, help="validate against this archive.schema.json")
    args = parser.parse_args(argv)

    doc = build(random.Random(SEED))
    counts = check(doc)
    if args.schema:
        validate_schema(doc, args.schema)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for mode, path in (("job_seeker", args.out), ("recruiter", args.out.with_name(RECRUITER_OUT.name))):
        written = persona(doc, mode)
        if args.schema:
            validate_schema(written, args.schema)
        path.write_text(json.dumps(written, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}: {len(written['people'])} people, {len(written['processes'])} processes")
    for name, value in counts.items():
        print(f"  {name}: {value} (both personas together)")


if __name__ == "__main__":
    main()
