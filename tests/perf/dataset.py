"""Deterministic synthetic data for the benchmarks: a 100k-people database and a 10k-people archive.

Everything is drawn from one seeded ``random.Random``; nothing depends on the clock, on
hash order or on the machine, so the same generator version always yields the same rows.
Dates are spread over the three years before the fixed ``ANCHOR``.

The database is written through ``open_sqlite`` (migrated schema, FTS5 tables and their
triggers) with raw ``executemany`` in one transaction. The search index is filled in one
pass at the end (``search.bulk_insert``, as the archive importer does), not by one trigger
call per row; ``verify_fast_build`` proves on a small world that this gives the same
schema, rows and index entries as letting the triggers run (``bench_generate --verify``).
Rows are shaped like the ones ``desktop.core.people`` / ``desktop.core.timeline`` write
(sort_key, email_key, linkedin_key, company.name_key, 0/1 booleans, ISO dates,
'YYYY-MM-DD HH:MM:SS' datetimes, JSON lists with ensure_ascii=False).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
import os
import queue
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import peewee as pw

from desktop import vocab
from desktop.core.normalize import company_key, email_key, fold, linkedin_key, sort_key

# Bump when the generated data changes: cached files carry it in their name and are rebuilt.
GENERATOR_VERSION = 4
SEED = 20260301
ANCHOR = datetime(2026, 11, 1, 0, 0, 0)  # "now" of the synthetic data; history covers 3 years before it
HISTORY_SECONDS = 3 * 365 * 24 * 3600

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"


@dataclass(frozen=True)
class Sizes:
    people: int
    interactions: int
    companies: int
    tags: int
    connections: int
    openings: int
    processes: int
    suggestion_states: int


FULL = Sizes(
    people=100_000, interactions=1_000_000, companies=5_000, tags=60, connections=5_000, openings=1_500,
    processes=800, suggestion_states=300,
)  # fmt: skip
ARCHIVE = Sizes(
    people=10_000, interactions=100_000, companies=1_000, tags=40, connections=1_000, openings=300,
    processes=150, suggestion_states=50,
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Word lists (weighted towards the front: earlier entries are drawn more often).

FIRST_NAMES = (
    "Anna", "Thomas", "Maria", "Michael", "Julia", "Daniel", "Laura", "David", "Sarah", "Jan", "Lena", "Max",
    "Sophie", "Lukas", "Emma", "Paul", "Mia", "Felix", "Hannah", "Jonas", "Lea", "Tim", "Lisa", "Tom", "Nina",
    "Alexander", "Katharina", "Stefan", "Sandra", "Markus", "Christina", "Andreas", "Claudia", "Jürgen", "Zoë",
    "Chloé", "José", "François", "Björn", "Søren", "Øystein", "Łukasz", "Zoé", "Renée", "André", "Jörg", "Günter",
    "Mário", "Inés", "Agnès", "Dörte", "Ümit", "Çağla", "Ségolène", "Noémie", "Hélène", "Bärbel", "Åsa", "Håkon",
    "Małgorzata", "Dağhan", "Jiří", "Tomáš", "Zoltán", "Ádám", "Piotr", "Oliver", "James", "Emily", "Olivia",
    "Noah", "Liam", "Ava", "Isabella", "Ethan", "Mason", "Charlotte", "Amelia", "Harper", "Lucas", "Benjamin",
    "Elijah", "Aria", "Mateo", "Sofia", "Valentina", "Camila", "Santiago", "Diego", "Lucía", "Martina", "Hugo",
    "Léa", "Manon", "Louis", "Gabriel", "Arthur", "Jules", "Chiara", "Giulia", "Francesco", "Alessandro",
    "Lorenzo", "Matteo", "Aisha", "Fatima", "Omar", "Yusuf", "Mehmet", "Elif", "Ayşe", "Priya", "Rahul", "Arjun",
    "Ananya", "Wei", "Jing", "Hiroshi", "Yuki", "Sakura", "Min-jun", "Seo-yeon", "Kwame", "Amara", "Chidi",
    "Ngozi", "Ingrid", "Astrid", "Sven", "Lars", "Erik", "Freya", "Nils", "Maja", "Karolina", "Katarzyna",
    "Ivana", "Nikola", "Dimitri", "Olga", "Sergei", "Anastasia", "Eleni", "Yannis", "Siobhán", "Seán", "Niamh",
    "Aoife", "Cian", "Rhys", "Ffion", "Morgan", "Alex", "Sam", "Robin", "Kim", "Charlie", "Jamie", "Toni",
)  # fmt: skip
LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
    "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich",
    "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein",
    "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte",
    "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt",
    "Sauer", "Arnold", "Wolff", "Pfeiffer", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
    "Davis", "Rodriguez", "Martinez", "Hernández", "López", "González", "Wilson", "Anderson", "Taylor", "Moore",
    "Jackson", "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "Núñez", "Muñoz", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Chevalier", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
    "Romano", "Colombo", "Ricci", "Marino", "Greco", "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
    "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dvořák", "Novák", "Svoboda", "Horváth",
    "Nagy", "Kovács", "Szabó", "Tóth", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Andersson",
    "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Hansen", "Jensen", "Nielsen", "Pedersen",
    "Kristiansen", "Ødegaard", "Sørensen", "Håland", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Ivanov",
    "Petrov", "Popescu", "Ionescu", "Papadopoulos", "O'Brien", "O'Connor", "Murphy", "Kelly", "Byrne", "Ó Súilleabháin",
    "van der Berg", "de Vries", "van Dijk", "Bakker", "Janssen", "Visser", "de Jong", "Smit", "Meijer", "Mulder",
    "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Khan", "Ali", "Hussain", "Chen", "Wang", "Li", "Zhang", "Liu",
    "Nguyen", "Tran", "Kim", "Park", "Choi", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Okafor", "Mensah",
    "Adeyemi", "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Gonçalves", "Fernandes",
)  # fmt: skip
COMPANY_STEMS = (
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Nordwind", "Blauberg", "Sonnenfeld", "Lindenhof",
    "Alpenglühen", "Rheinwerk", "Elbflorenz", "Kupfer", "Silberstreif", "Eichhorn", "Falkner", "Morgenrot",
    "Weitblick", "Brückner", "Hafenkran", "Leuchtturm", "Nebelhorn", "Fjord", "Aurora", "Polaris", "Zenith",
    "Quantum", "Vertex", "Helix", "Nimbus", "Cobalt", "Saffron", "Juniper", "Cedar", "Maple", "Willow", "Harbor",
    "Summit", "Beacon", "Meridian", "Orbit", "Pioneer", "Lumen", "Atlas", "Kestrel", "Osprey", "Heron", "Lynx",
    "Otter", "Bison", "Coral", "Ember", "Granite", "Indigo", "Jasper", "Lagoon", "Mosaic", "Nova", "Onyx",
    "Prism", "Quill", "Riverbend", "Sapphire", "Tundra", "Velvet", "Wavelength", "Yonder", "Zephyr", "Äquator",
    "Übersee", "Öko", "Château", "Café Crème", "Señor", "Mañana", "Smörgås", "Fjäll", "Łódź", "Kraków",
)  # fmt: skip
COMPANY_WORDS = (
    "Analytics", "Labs", "Systems", "Software", "Solutions", "Consulting", "Logistics", "Energy", "Health",
    "Robotics", "Data", "Cloud", "Networks", "Capital", "Partners", "Media", "Foods", "Mobility", "Insurance",
    "Bank", "Pharma", "Bio", "Digital", "Works", "Studio", "Group", "Technologies", "Ventures", "Retail",
    "Manufacturing", "Aerospace", "Security", "Games", "Learning", "Travel", "Bau", "Werke", "Versicherung",
)  # fmt: skip
COMPANY_SUFFIXES = ("GmbH", "AG", "SE", "Inc.", "Ltd", "LLC", "B.V.", "S.A.", "Oy", "AB", "KG", "", "", "", "")
TITLES = (
    "Senior Recruiter", "Recruiter", "Technical Recruiter", "Talent Acquisition Partner", "Head of Talent",
    "HR Business Partner", "People Partner", "Hiring Manager", "Engineering Manager", "Head of Engineering",
    "VP Engineering", "CTO", "CEO", "Founder", "Co-Founder", "Data Analyst", "Senior Data Analyst",
    "Data Scientist", "Machine Learning Engineer", "Data Engineer", "Analytics Engineer", "Software Engineer",
    "Senior Software Engineer", "Staff Engineer", "Principal Engineer", "Backend Developer", "Frontend Developer",
    "Full-Stack Developer", "DevOps Engineer", "Site Reliability Engineer", "Product Manager",
    "Senior Product Manager", "Product Owner", "UX Designer", "UX Researcher", "Designer", "Project Manager",
    "Scrum Master", "Team Lead", "Business Analyst", "BI Developer", "Controller", "Finance Manager",
    "Marketing Manager", "Sales Manager", "Account Executive", "Customer Success Manager", "Consultant",
    "Senior Consultant", "Managing Director", "Geschäftsführer", "Personalreferentin", "Entwicklungsleiter",
    "Teamleiterin Datenanalyse", "Werkstudent", "Praktikantin", "QA Engineer", "Security Engineer",
)  # fmt: skip
CITIES = (
    "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden",
    "Nürnberg", "Wien", "Zürich", "Genève", "Amsterdam", "Rotterdam", "Brussels", "Paris", "Lyon", "London",
    "Manchester", "Dublin", "Madrid", "Barcelona", "Lisbon", "Milano", "Roma", "Kraków", "Warszawa", "Praha",
    "Budapest", "København", "Stockholm", "Göteborg", "Oslo", "Helsinki", "Tallinn", "İstanbul", "New York",
    "San Francisco", "Toronto", "Remote",
)  # fmt: skip
SKILLS = (
    "sql", "python", "excel", "tableau", "power bi", "statistics", "r", "spark", "dbt", "airflow", "java",
    "kotlin", "typescript", "react", "go", "rust", "kubernetes", "aws", "gcp", "azure", "sourcing", "interviewing",
    "negotiation", "employer branding", "product discovery", "figma", "machine learning", "pytorch", "nlp",
)  # fmt: skip
TAG_WORDS = (
    "berlin", "munich", "hamburg", "remote", "fintech", "healthtech", "agency", "in-house", "silver-medalist",
    "alumni", "meetup", "conference-2024", "conference-2025", "referral", "warm", "cold", "former-colleague",
    "mentor", "hiring", "startup", "enterprise", "data", "engineering", "product", "design", "sales", "leadership",
    "university", "bootcamp", "pycon", "linkedin", "close-friend", "follow-up", "vip", "german-speaking",
    "english-only", "visa-sponsor", "part-time", "freelance", "ex-acme", "ex-globex", "speaker", "author",
    "investor", "advisor", "coach", "volunteer", "open-source", "podcast", "newsletter", "café-meetup",
    "münchen-2024", "zürich", "düsseldorf", "köln", "frühstück", "öffentlicher-dienst", "übersee", "relocation",
    "night-owl", "early-bird",
)  # fmt: skip
EVENTS = ("PyCon DE", "a meetup", "the career fair", "Data Council", "a webinar", "the alumni evening", "a hackathon")
TOPICS = (
    "the data platform", "the new analytics team", "hiring plans for next quarter", "remote work", "the SQL test",
    "dbt and Airflow", "salary bands", "the team's roadmap", "a referral", "the onsite loop", "the reorg",
)  # fmt: skip
REASONS = (
    "Went with an internal candidate", "Position was put on hold", "Another candidate had more domain experience",
    "Salary expectations did not match", "Role was cancelled after the reorg", "Not enough leadership experience",
)  # fmt: skip

# kind → (weight, directions with weights, channels)
KIND_SHAPES: dict[str, tuple[int, tuple[tuple[str, int], ...], tuple[str | None, ...]]] = {
    "email": (30, (("out", 5), ("in", 5)), ("email",)),
    "linkedin_message": (20, (("out", 5), ("in", 5)), ("linkedin_message",)),
    "note": (14, (("none", 1),), (None,)),
    "call": (8, (("out", 3), ("in", 2)), ("phone",)),
    "meeting": (7, (("out", 1), ("in", 1), ("none", 1)), ("in_person", "other")),
    "connection_request": (6, (("out", 3), ("in", 1)), ("linkedin_note",)),
    "interview": (5, (("in", 1), ("none", 1)), ("in_person", "phone", "other")),
    "rejection": (3, (("in", 1),), ("email", "phone")),
    "intro_request": (3, (("out", 2), ("in", 1)), ("email", "linkedin_message")),
    "job_change": (4, (("none", 1),), (None,)),
}
assert tuple(sorted(KIND_SHAPES)) == tuple(sorted(vocab.INTERACTION_KINDS))
assert all(c is None or c in vocab.CHANNELS for _, _, cs in KIND_SHAPES.values() for c in cs)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "email": ("Quick question", "Following up", "Re: {title} role", "Coffee next week?", "Your application",
              "Thanks for your time", "Intro: {first} ↔ {other}", "Kurze Frage", "Nachfrage zu {company}"),
    "linkedin_message": ("", "Hello {first}", "Re: our chat"),
    "rejection": ("Your application at {company}", "Update on the {title} position", "Ihre Bewerbung bei {company}"),
    "intro_request": ("Intro to {other}?", "Could you introduce me to {other}?"),
    "interview": ("{title} interview", "Onsite at {company}", "Technical interview"),
}  # fmt: skip
BODIES: dict[str, tuple[str, ...]] = {
    "email": (
        "Hi {first}, thanks for the chat about {topic}. Happy to send my portfolio.",
        "Hi {first}, just following up on the {title} role at {company}. Any news?",
        "Hallo {first}, vielen Dank für das Gespräch über {topic}. Viele Grüße",
        "Thanks {first}! Let's talk again in a few weeks about {topic}.",
        "Great to hear from you. I'd love to learn more about {company}.",
        "Hi {first}, here is the SQL exercise we discussed. Best, Jana",
    ),
    "linkedin_message": (
        "Hi {first}, congrats on the new role at {company}!",
        "Thanks for connecting, {first}. Met you at {event}.",
        "Hi {first}, saw that {company} is hiring a {title}. Is the team still growing?",
        "Happy new year, {first}! Hope all is well at {company}.",
        "Danke {first}, bis bald!",
    ),
    "note": (
        "Met at {event}; talked about {topic}.",
        "{first} prefers e-mail over phone. Mentioned {topic}.",
        "Follow up after the summer. Interested in {topic}.",
        "Knows the hiring manager at {company}.",
        "Sehr freundlich, Interesse an {topic}.",
    ),
    "call": ("Call about {topic}.", "Short call, {first} will get back next week.", "Phone screen for {title}."),
    "meeting": ("Coffee with {first} in {city}.", "Lunch, discussed {topic}.", "Met at {event}."),
    "connection_request": (
        "Hi {first}, thanks for the interview — I'd love to stay in touch.",
        "Hi {first}, we met at {event}. Happy to connect!",
        "",
    ),
    "interview": ("Interview for {title} with {first}: {topic}.", "Onsite loop, four rounds; {first} was friendly."),
    "rejection": (
        "Thank you for your interest in the {title} role. We decided to move forward with another candidate.",
        "Leider haben wir uns für eine andere Kandidatin entschieden.",
    ),
    "intro_request": ("Could you introduce me to {other} at {company}?", "{first} offered an intro to {other}."),
    "job_change": ("", "Saw the announcement on LinkedIn."),
}  # fmt: skip


def _cum_weights(count: int, skew: float) -> list[float]:
    """Cumulative Zipf-like weights: entry i drawn with weight 1 / (i + 1) ** skew."""
    total = 0.0
    out: list[float] = []
    for i in range(count):
        total += 1.0 / (i + 1) ** skew
        out.append(total)
    return out


def _ascii_slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------------------------
# The synthetic world, shared by the database writer and the archive writer.


class CompanySpec(NamedTuple):
    name: str
    domain: str
    careers_url: str | None


class PersonSpec(NamedTuple):
    name: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    linkedin_url: str | None
    company: int | None  # index into companies
    title: str | None
    role: str | None
    connected: bool
    connected_on: date | None
    language: str | None
    do_not_contact: bool
    archived: bool
    skills: list[str]
    location: str | None
    notes: str | None


class ConnectionSpec(NamedTuple):
    a: int
    b: int
    kind: str
    strength: int
    since: date | None


class OpeningSpec(NamedTuple):
    company: int
    title: str
    url: str
    keywords: list[str]
    status: str
    discovered_on: date
    mine: bool


class ProcessSpec(NamedTuple):
    opening: int
    candidate: int | None
    stage_reached: str
    outcome: str
    started_on: date
    ended_on: date | None
    reason: str | None
    contacts: list[tuple[int, str]]  # (person index, role)


class InteractionSpec(NamedTuple):
    person: int
    kind: str
    direction: str
    at: str  # 'YYYY-MM-DD HH:MM:SS', as a DateTimeField stores it
    channel: str | None
    subject: str | None
    body: str | None
    opening: int | None
    process: int | None


@dataclass
class World:
    sizes: Sizes
    seed: int
    companies: list[CompanySpec] = field(default_factory=list)
    people: list[PersonSpec] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    person_tags: list[tuple[int, int]] = field(default_factory=list)  # (person, tag), sorted
    connections: list[ConnectionSpec] = field(default_factory=list)
    openings: list[OpeningSpec] = field(default_factory=list)
    processes: list[ProcessSpec] = field(default_factory=list)
    # (action, person, opening or None, state, until); keys are action/person/opening
    suggestion_states: list[tuple[str, int, int | None, str, date | None]] = field(default_factory=list)

    def interactions(self) -> Iterator[InteractionSpec]:
        """The interactions in time order (so ids grow with time), generated lazily."""
        return _interactions(self)


def _day(rng: random.Random, start_days_ago: int = 3 * 365, end_days_ago: int = 0) -> date:
    return (ANCHOR - timedelta(days=rng.randint(end_days_ago, start_days_ago))).date()


def make_world(sizes: Sizes, seed: int = SEED) -> World:
    rng = random.Random(seed)
    world = World(sizes=sizes, seed=seed)

    # companies: unique by normalized name
    keys: set[str] = set()
    while len(world.companies) < sizes.companies:
        stem = rng.choice(COMPANY_STEMS)
        word = rng.choice(COMPANY_WORDS)
        suffix = rng.choice(COMPANY_SUFFIXES)
        pattern = rng.random()
        if pattern < 0.15:
            name = f"{stem} & {rng.choice(LAST_NAMES)}"
        elif pattern < 0.25:
            name = f"{rng.choice(LAST_NAMES)} {word}"
        else:
            name = f"{stem} {word}"
        if suffix:
            name = f"{name} {suffix}"
        key = company_key(name)
        if key in keys:
            name = f"{name} {rng.choice(CITIES)}"
            key = company_key(name)
            if key in keys:
                continue
        keys.add(key)
        domain = f"{_ascii_slug(name)[:40]}.example"
        careers = f"https://{domain}/careers" if rng.random() < 0.6 else None
        world.companies.append(CompanySpec(name, domain, careers))

    # people
    first_weights = _cum_weights(len(FIRST_NAMES), 0.7)
    last_weights = _cum_weights(len(LAST_NAMES), 0.8)
    company_weights = _cum_weights(sizes.companies, 0.6)
    emails: set[str] = set()
    # name + company is unique: the importer's last-resort match would merge two such people
    named: set[tuple[str, int | None]] = set()
    for index in range(sizes.people):
        while True:
            first = rng.choices(FIRST_NAMES, cum_weights=first_weights)[0]
            last = rng.choices(LAST_NAMES, cum_weights=last_weights)[0]
            if rng.random() < 0.04:  # double-barrelled
                last = f"{last}-{rng.choices(LAST_NAMES, cum_weights=last_weights)[0]}"
            name = f"{first} {last}"
            company = (
                rng.choices(range(sizes.companies), cum_weights=company_weights)[0] if rng.random() < 0.9 else None
            )
            if (sort_key(name), company) not in named:
                named.add((sort_key(name), company))
                break
        slug_first, slug_last = _ascii_slug(first), _ascii_slug(last)
        email = None
        if rng.random() < 0.85:
            domain = world.companies[company].domain if company is not None and rng.random() < 0.7 else "mail.example"
            local = f"{slug_first}.{slug_last}"
            email = f"{local}@{domain}"
            n = 2
            while email.lower() in emails:
                email = f"{local}{n}@{domain}"
                n += 1
            emails.add(email.lower())
        linkedin = f"https://www.linkedin.com/in/{slug_first}-{slug_last}-{index:x}" if rng.random() < 0.75 else None
        if email is None and linkedin is None:  # every person stays matchable on import
            linkedin = f"https://www.linkedin.com/in/{slug_first}{slug_last}{index:x}/"
        connected = rng.random() < 0.55
        world.people.append(
            PersonSpec(
                name=name,
                first_name=first,
                last_name=last,
                email=email,
                phone=f"+49 {rng.randint(30, 899)} {rng.randint(100000, 9999999)}" if rng.random() < 0.3 else None,
                linkedin_url=linkedin,
                company=company,
                title=rng.choice(TITLES) if rng.random() < 0.92 else None,
                role=rng.choice(vocab.PERSON_ROLES) if rng.random() < 0.8 else None,
                connected=connected,
                connected_on=_day(rng) if connected and rng.random() < 0.8 else None,
                language=rng.choice(("en", "de", "fr", "es")) if rng.random() < 0.3 else None,
                do_not_contact=rng.random() < 0.01,
                archived=rng.random() < 0.02,
                skills=rng.sample(SKILLS, rng.randint(0, 4)) if rng.random() < 0.4 else [],
                location=rng.choice(CITIES) if rng.random() < 0.7 else None,
                notes=f"Met at {rng.choice(EVENTS)}." if rng.random() < 0.05 else None,
            )  # fmt: skip
        )

    # tags: about a third of the people carry 1-3
    world.tags = list(TAG_WORDS[: sizes.tags])
    tag_weights = _cum_weights(len(world.tags), 0.9)
    for person in range(sizes.people):
        if rng.random() < 0.33:
            chosen = sorted({rng.choices(range(len(world.tags)), cum_weights=tag_weights)[0] for _ in range(3)})
            world.person_tags.extend((person, tag) for tag in chosen[: rng.randint(1, 3)])

    # connections: unique undirected pairs, a < b
    pairs: set[tuple[int, int]] = set()
    while len(world.connections) < sizes.connections:
        a, b = rng.randrange(sizes.people), rng.randrange(sizes.people)
        if a == b:
            continue
        a, b = min(a, b), max(a, b)
        if (a, b) in pairs:
            continue
        pairs.add((a, b))
        world.connections.append(
            ConnectionSpec(a, b, rng.choice(vocab.EDGE_KINDS), rng.choice(vocab.EDGE_STRENGTHS),
                           _day(rng, 10 * 365) if rng.random() < 0.5 else None)
        )  # fmt: skip

    # openings: unique URLs, and unique company + title (the importer's second way to match them)
    posted: set[tuple[int, str]] = set()
    for index in range(sizes.openings):
        company, title = rng.randrange(sizes.companies), rng.choice(TITLES)
        while (company, title) in posted:
            company, title = rng.randrange(sizes.companies), rng.choice(TITLES)
        posted.add((company, title))
        world.openings.append(
            OpeningSpec(
                company=company,
                title=title,
                url=f"https://{world.companies[company].domain}/jobs/{index + 1}",
                keywords=rng.sample(SKILLS, rng.randint(0, 4)),
                status="open" if rng.random() < 0.4 else "closed",
                discovered_on=_day(rng, 2 * 365),
                mine=rng.random() < 0.1,
            )
        )

    # processes with their contacts (people of the opening's company when there are some)
    by_company: dict[int, list[int]] = {}
    for index, person in enumerate(world.people):
        if person.company is not None:
            by_company.setdefault(person.company, []).append(index)
    loops: set[tuple[int, int | None]] = set()  # opening + candidate is unique (how the importer matches them)
    for _ in range(sizes.processes):
        opening = rng.randrange(sizes.openings)
        candidate = rng.randrange(sizes.people) if rng.random() < 0.2 else None
        while (opening, candidate) in loops:
            opening = rng.randrange(sizes.openings)
        loops.add((opening, candidate))
        staff = by_company.get(world.openings[opening].company) or [rng.randrange(sizes.people)]
        outcome = rng.choices(vocab.OUTCOMES, weights=(2, 6, 1, 1))[0]
        started = _day(rng, 2 * 365, 60)
        contacts: dict[tuple[int, str], None] = {}
        for _ in range(rng.randint(1, 3)):
            contacts[(rng.choice(staff), rng.choice(vocab.CONTACT_ROLES))] = None
        world.processes.append(
            ProcessSpec(
                opening=opening,
                candidate=candidate,
                stage_reached=rng.choice(vocab.STAGES),
                outcome=outcome,
                started_on=started,
                ended_on=None if outcome == "pending" else started + timedelta(days=rng.randint(7, 60)),
                reason=rng.choice(REASONS) if outcome == "rejected" else None,
                contacts=list(contacts),
            )
        )

    # suggestion states
    seen: set[tuple[str, int, int | None]] = set()
    while len(world.suggestion_states) < sizes.suggestion_states:
        action = rng.choice(("check_in", "ask_about_opening", "congratulate_new_role", "reply_to_rejection"))
        person = rng.randrange(sizes.people)
        opening = rng.randrange(sizes.openings) if action == "ask_about_opening" else None
        if (action, person, opening) in seen:
            continue
        seen.add((action, person, opening))
        state = rng.choice(vocab.SUGGESTION_STATES)
        until = (ANCHOR + timedelta(days=rng.randint(1, 120))).date() if state == "snoozed" else None
        world.suggestion_states.append((action, person, opening, state, until))
    return world


def _interactions(world: World) -> Iterator[InteractionSpec]:
    sizes = world.sizes
    rng = random.Random(world.seed * 7 + 1)
    rnd = rng.random
    # distinct timestamps (so no two interactions of one person can ever be duplicates), in order
    stamps = sorted(rng.sample(range(HISTORY_SECONDS), sizes.interactions))
    # skewed activity: a few people have hundreds of interactions, many have a handful, some none
    activity = [min(rng.paretovariate(1.5), 60.0) if rnd() < 0.95 else 0.0 for _ in range(sizes.people)]
    owners = rng.choices(range(sizes.people), weights=activity, k=sizes.interactions)
    kind_names = list(KIND_SHAPES)
    kinds = rng.choices(kind_names, cum_weights=_cum_from([KIND_SHAPES[k][0] for k in kind_names]),
                        k=sizes.interactions)  # fmt: skip
    # processes: each one's contacts get linked interactions (interview, rejection)
    linked: dict[int, tuple[int, int]] = {}  # interaction slot → (process, opening)
    for number, process in enumerate(world.processes):
        for person, _role in process.contacts:
            for _ in range(2):
                slot = rng.randrange(sizes.interactions)
                owners[slot] = person
                kinds[slot] = rng.choice(("interview", "rejection"))
                linked[slot] = (number, process.opening)
    # per kind: directions expanded by weight, channels, subject and body templates
    shapes = {
        kind: (
            [d for d, w in directions for _ in range(w)],
            channels,
            SUBJECTS.get(kind, ("",)),
            BODIES[kind],
        )
        for kind, (_, directions, channels) in KIND_SHAPES.items()
    }
    start = ANCHOR - timedelta(seconds=HISTORY_SECONDS)
    days = [(start.date() + timedelta(days=n)).isoformat() for n in range(HISTORY_SECONDS // 86400 + 2)]
    offset = start.hour * 3600 + start.minute * 60 + start.second
    people, companies, company_count = world.people, world.companies, len(world.companies)
    people_count = len(people)

    def pick(seq: tuple[str, ...] | list[str] | tuple[str | None, ...]) -> Any:
        return seq[int(rnd() * len(seq))]

    for slot in range(sizes.interactions):
        owner, kind = owners[slot], kinds[slot]
        person = people[owner]
        directions, channels, subjects, bodies = shapes[kind]
        seconds = stamps[slot] + offset
        day, second = divmod(seconds, 86400)
        hour, second = divmod(second, 3600)
        minute, second = divmod(second, 60)
        company = companies[person.company if person.company is not None else int(rnd() * company_count)].name
        fill = {
            "first": person.first_name,
            "other": people[int(rnd() * people_count)].name,
            "company": company,
            "title": person.title or "Data Analyst",
            "topic": pick(TOPICS),
            "event": pick(EVENTS),
            "city": person.location or "Berlin",
        }
        if kind == "job_change":
            subject = f"{companies[int(rnd() * company_count)].name} → {company}"
        else:
            subject = pick(subjects).format_map(fill)
        body = pick(bodies).format_map(fill)
        process_opening = linked.get(slot)
        yield InteractionSpec(
            person=owner,
            kind=kind,
            direction=pick(directions),
            at=f"{days[day]} {hour:02d}:{minute:02d}:{second:02d}",
            channel=pick(channels),
            subject=subject or None,
            body=body or None,
            opening=process_opening[1] if process_opening else None,
            process=process_opening[0] if process_opening else None,
        )


def _cum_from(weights: list[int]) -> list[float]:
    total = 0.0
    out = []
    for w in weights:
        total += w
        out.append(total)
    return out


# --------------------------------------------------------------------------------------------
# The database


def _json_list(words: list[str]) -> str:
    return json.dumps(list(words), ensure_ascii=False)  # as JSONListField writes it


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@contextmanager
def _search_index_paused(db: pw.Database, paused: bool) -> Iterator[None]:
    """Index the bulk-loaded rows in one pass at the end instead of one trigger call per row.

    Uses the store's own ``search.bulk_insert`` (what the archive importer uses); when the
    store has none, the triggers are set aside and re-created from their exact stored SQL,
    and ``search.rebuild`` fills the indexes. Must run inside the transaction.
    """
    from desktop.store import search

    if not paused:
        yield
        return
    bulk_insert = getattr(search, "bulk_insert", None)
    if bulk_insert is not None:
        with bulk_insert(db):
            yield
        return
    triggers = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid").fetchall()
    for name, _sql in triggers:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        db.execute_sql(sql)
    search.rebuild(db)


def _produced_in_background(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    """Chunks of ``rows``, made by a helper thread (sqlite3 releases the GIL while it executes)."""
    chunks: queue.Queue[list[tuple[Any, ...]] | BaseException | None] = queue.Queue(maxsize=4)

    def produce() -> None:
        try:
            while chunk := list(itertools.islice(rows, size)):
                chunks.put(chunk)
            chunks.put(None)
        except BaseException as error:  # handed to the consumer
            chunks.put(error)

    worker = threading.Thread(target=produce, name="bench-rows", daemon=True)
    worker.start()
    while (item := chunks.get()) is not None:
        if isinstance(item, BaseException):
            raise item
        yield item
    worker.join()


@dataclass
class BuildReport:
    path: Path
    seconds: float
    phases: dict[str, float]
    counts: dict[str, int]


def build_database(path: Path, sizes: Sizes = FULL, seed: int = SEED, triggers: bool = False) -> BuildReport:
    """Create a fresh database at ``path`` (replacing one there) filled with the synthetic world.

    With ``triggers=False`` (the default, much faster) the search index is filled in one
    pass at the end (``_search_index_paused``); ``verify_fast_build`` checks that this yields
    the same database as letting the triggers index row by row.
    """
    from desktop.store.database import close_database, open_sqlite

    started = time.perf_counter()
    phases: dict[str, float] = {}

    def phase(name: str, since: float) -> float:
        now = time.perf_counter()
        phases[name] = now - since
        return now

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    mark = time.perf_counter()
    world = make_world(sizes, seed)
    mark = phase("world (python)", mark)
    db = open_sqlite(path)
    mark = phase("open + migrate", mark)
    conn = db.connection()
    conn.execute("PRAGMA cache_size = -1048576")  # 1 GiB page cache for the bulk load only (random index inserts)
    try:
        with db.atomic(), _search_index_paused(db, paused=not triggers):
            conn.execute(
                "INSERT OR REPLACE INTO profile (id, name, mode, language, target_roles, keywords) "
                "VALUES (1, ?, 'job_seeker', 'en', ?, ?)",
                ("Jana Berg", _json_list(["Data Analyst", "Analytics Engineer"]), _json_list(["sql", "python"])),
            )
            conn.executemany(
                "INSERT INTO company (id, name, name_key, domain, careers_url) VALUES (?, ?, ?, ?, ?)",
                ((i + 1, c.name, company_key(c.name), c.domain, c.careers_url) for i, c in enumerate(world.companies)),
            )
            conn.executemany(
                "INSERT INTO person (id, name, sort_key, first_name, last_name, email, email_key, phone, "
                "linkedin_url, linkedin_key, company_id, title, role, connected, connected_on, language, "
                "do_not_contact, archived, skills, location, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        i + 1,
                        p.name,
                        sort_key(p.name),
                        p.first_name,
                        p.last_name,
                        p.email,
                        email_key(p.email),
                        p.phone,
                        p.linkedin_url,
                        linkedin_key(p.linkedin_url),
                        p.company + 1 if p.company is not None else None,
                        p.title,
                        p.role,
                        int(p.connected),
                        _iso(p.connected_on),
                        p.language,
                        int(p.do_not_contact),
                        int(p.archived),
                        _json_list(p.skills),
                        p.location,
                        p.notes,
                    )  # fmt: skip
                    for i, p in enumerate(world.people)
                ),
            )
            mark = phase("companies + people" + (" (+ FTS triggers)" if triggers else ""), mark)
            conn.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", ((i + 1, t) for i, t in enumerate(world.tags)))
            conn.executemany(
                "INSERT INTO person_tag (person_id, tag_id) VALUES (?, ?)",
                ((p + 1, t + 1) for p, t in world.person_tags),
            )
            mark = phase("tags" + (" (+ FTS triggers)" if triggers else ""), mark)
            conn.executemany(
                "INSERT INTO connection (a_id, b_id, kind, strength, since) VALUES (?, ?, ?, ?, ?)",
                ((c.a + 1, c.b + 1, c.kind, c.strength, _iso(c.since)) for c in world.connections),
            )
            conn.executemany(
                "INSERT INTO opening (id, company_id, title, url, keywords, status, discovered_on, mine) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        i + 1,
                        o.company + 1,
                        o.title,
                        o.url,
                        _json_list(o.keywords),
                        o.status,
                        _iso(o.discovered_on),
                        int(o.mine),
                    )
                    for i, o in enumerate(world.openings)
                ),  # fmt: skip
            )
            conn.executemany(
                "INSERT INTO process (id, opening_id, candidate_id, stage_reached, outcome, started_on, ended_on, "
                "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        i + 1,
                        r.opening + 1,
                        r.candidate + 1 if r.candidate is not None else None,
                        r.stage_reached,
                        r.outcome,
                        _iso(r.started_on),
                        _iso(r.ended_on),
                        r.reason,
                    )
                    for i, r in enumerate(world.processes)
                ),  # fmt: skip
            )
            conn.executemany(
                "INSERT INTO process_contact (process_id, person_id, role) VALUES (?, ?, ?)",
                ((i + 1, person + 1, role) for i, r in enumerate(world.processes) for person, role in r.contacts),
            )
            conn.executemany(
                "INSERT INTO suggestion_state (key, state, until) VALUES (?, ?, ?)",
                (
                    (f"{action}/{person + 1}/{opening + 1 if opening is not None else ''}", state, _iso(until))
                    for action, person, opening, state, until in world.suggestion_states
                ),
            )
            mark = phase("edges, openings, processes", mark)
            rows = (
                (
                    x.person + 1,
                    x.kind,
                    x.direction,
                    x.at,
                    x.channel,
                    x.subject,
                    x.body,
                    x.opening + 1 if x.opening is not None else None,
                    x.process + 1 if x.process is not None else None,
                )  # fmt: skip
                for x in world.interactions()
            )
            sql = (
                "INSERT INTO interaction (person_id, kind, direction, at, channel, subject, body, opening_id, "
                "process_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            for chunk in _produced_in_background(rows, 20_000):  # SQLite works while Python makes the next rows
                conn.executemany(sql, chunk)
            mark = phase("interactions" + (" (+ FTS triggers)" if triggers else ""), mark)
        mark = phase("search index + commit" if not triggers else "commit", mark)
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mark = phase("optimize + checkpoint", mark)
        counts = {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("company", "person", "tag", "person_tag", "connection", "opening", "process", "interaction")
        }
    finally:
        close_database()
    return BuildReport(path=path, seconds=time.perf_counter() - started, phases=phases, counts=counts)


def database_fingerprint(path: Path) -> dict[str, Any]:
    """Everything a user or a query can see: schema, every row, every search-index entry."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        fingerprint: dict[str, Any] = {
            "schema": sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                             key=repr),
        }  # fmt: skip
        fts = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")}
        shadow = {f"{name}_{part}" for name in fts for part in ("data", "idx", "docsize", "config", "content")}
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if name not in shadow and not name.startswith("sqlite_")
        ]
        for table in tables:
            rows = conn.execute(f"SELECT rowid, * FROM {table}").fetchall()
            fingerprint[f"rows:{table}"] = sorted(rows, key=repr)
        for table in sorted(fts):
            conn.execute(f"CREATE VIRTUAL TABLE temp.vocab_{table} USING fts5vocab(main, {table}, instance)")
            fingerprint[f"index:{table}"] = sorted(conn.execute(f"SELECT * FROM temp.vocab_{table}").fetchall(),
                                                   key=repr)  # fmt: skip
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        return fingerprint
    finally:
        conn.close()


def verify_fast_build(folder: Path, sizes: Sizes | None = None) -> list[str]:
    """Build one small world with and one without the triggers; the differences (empty = identical)."""
    sizes = sizes or Sizes(
        people=3_000, interactions=30_000, companies=300, tags=40, connections=300, openings=60, processes=30,
        suggestion_states=20,
    )  # fmt: skip
    slow = build_database(folder / "with-triggers.db", sizes, triggers=True).path
    fast = build_database(folder / "bulk-then-rebuild.db", sizes, triggers=False).path
    a, b = database_fingerprint(slow), database_fingerprint(fast)
    problems = [f"{key}: differs" for key in sorted(set(a) | set(b)) if a.get(key) != b.get(key)]
    if not any(key.startswith("index:") for key in a):
        problems.append("no search index found to compare")
    return problems


def _digest_of(db: pw.SqliteDatabase) -> str:
    statements = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"
    ).fetchall()
    return hashlib.sha256(repr(statements).encode()).hexdigest()[:10]


def schema_digest() -> str:
    """A short digest of the schema the migrations create today (cached files are rebuilt when it changes)."""
    from desktop.store.database import migrate

    memory = pw.SqliteDatabase(":memory:")
    try:
        migrate(memory)
        return _digest_of(memory)
    finally:
        memory.close()


def _migrated_forward(old: Path, path: Path) -> bool:
    """Bring an older cached file of the same data up to today's schema, as a user's file is; False if it differs."""
    import sqlite3

    from desktop.store.database import migrate

    scratch = path.with_name(path.name + ".migrating")
    scratch.unlink(missing_ok=True)
    source, copy = sqlite3.connect(old), sqlite3.connect(scratch)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    db = pw.SqliteDatabase(str(scratch))
    try:
        migrate(db)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        same = _digest_of(db) == schema_digest()
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    if same:
        os.replace(scratch, path)
    else:
        scratch.unlink(missing_ok=True)
    return same


def database_path(sizes: Sizes = FULL) -> Path:
    return BENCH_DIR / f"people-{sizes.people}-g{GENERATOR_VERSION}-{schema_digest()}.db"


def _in_a_child(build: Any, *args: Any) -> Any:
    """``build(*args)`` in a forked process; its result. The bench process itself stays small: Linux records
    the peak memory of a process at its ``exec`` in the new program's ``ru_maxrss``, so every child a bench
    spawns after building the 100k set in-process reported that build's 750 MB as its own peak."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(build, args)


def cached_database(sizes: Sizes = FULL, rebuild: bool = False) -> tuple[Path, BuildReport | None]:
    """The cached benchmark database, built when missing (or out of date); the report when built now."""
    path = database_path(sizes)
    if path.exists() and not rebuild:
        return path, None
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    older = sorted(BENCH_DIR.glob(f"people-{sizes.people}-g{GENERATOR_VERSION}-*.db"), key=os.path.getmtime)
    if not rebuild and older and _migrated_forward(older[-1], path):
        for old in older:
            old.unlink()
        return path, None
    for old in BENCH_DIR.glob(f"people-{sizes.people}-g*.db*"):
        if old.name != path.name:
            old.unlink()
    scratch = path.with_name(path.name + ".building")
    report = _in_a_child(build_database, scratch, sizes)
    for suffix in ("-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    os.replace(scratch, path)
    report.path = path
    return path, report


# --------------------------------------------------------------------------------------------
# The archive (spec/archive-format.md)


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Optional fields may be omitted: drop the empty ones."""
    return {k: v for k, v in record.items() if v is not None and v != [] and v is not False}


def archive_document(sizes: Sizes = ARCHIVE, seed: int = SEED) -> dict[str, Any]:
    world = make_world(sizes, seed)
    tags_of: dict[int, list[str]] = {}
    for person, tag in world.person_tags:
        tags_of.setdefault(person, []).append(world.tags[tag])
    return {
        "format": "rebound-archive",
        "version": 1,
        "me": {"name": "Jana Berg", "mode": "job_seeker", "language": "en",
               "target_roles": ["Data Analyst", "Analytics Engineer"], "keywords": ["sql", "python"]},
        "settings": {"checkin_min_days": 90},
        "companies": [
            _compact({"id": f"c{i + 1}", "name": c.name, "domain": c.domain, "careers_url": c.careers_url})
            for i, c in enumerate(world.companies)
        ],
        "people": [
            _compact({
                "id": f"p{i + 1}", "name": p.name, "first_name": p.first_name, "last_name": p.last_name,
                "email": p.email, "phone": p.phone, "linkedin_url": p.linkedin_url,
                "company": f"c{p.company + 1}" if p.company is not None else None, "title": p.title,
                "role": p.role, "connected": p.connected, "connected_on": _iso(p.connected_on),
                "language": p.language, "do_not_contact": p.do_not_contact, "archived": p.archived,
                "tags": tags_of.get(i, []), "skills": p.skills, "location": p.location, "notes": p.notes,
            })
            for i, p in enumerate(world.people)
        ],
        "connections": [
            _compact({"a": f"p{c.a + 1}", "b": f"p{c.b + 1}", "kind": c.kind, "strength": c.strength,
                      "since": _iso(c.since)})
            for c in world.connections
        ],
        "openings": [
            {"id": f"o{i + 1}", "company": f"c{o.company + 1}", "title": o.title, "url": o.url,
             "keywords": o.keywords, "status": o.status, "discovered_on": _iso(o.discovered_on), "mine": o.mine}
            for i, o in enumerate(world.openings)
        ],
        "processes": [
            _compact({
                "id": f"r{i + 1}", "opening": f"o{r.opening + 1}",
                "candidate": f"p{r.candidate + 1}" if r.candidate is not None else None,
                "stage_reached": r.stage_reached, "outcome": r.outcome, "started_on": _iso(r.started_on),
                "ended_on": _iso(r.ended_on), "reason": r.reason,
                "contacts": [{"person": f"p{person + 1}", "role": role} for person, role in r.contacts],
            })
            for i, r in enumerate(world.processes)
        ],
        "interactions": [
            _compact({
                "person": f"p{x.person + 1}", "kind": x.kind, "direction": x.direction,
                "at": x.at.replace(" ", "T"), "channel": x.channel, "subject": x.subject,
                "body": x.body, "opening": f"o{x.opening + 1}" if x.opening is not None else None,
                "process": f"r{x.process + 1}" if x.process is not None else None,
            })
            for x in world.interactions()
        ],
        "suggestion_states": [
            _compact({"key": f"{action}/p{person + 1}/{f'o{opening + 1}' if opening is not None else ''}",
                      "state": state, "until": _iso(until)})
            for action, person, opening, state, until in world.suggestion_states
        ],
    }  # fmt: skip


def archive_path(sizes: Sizes = ARCHIVE) -> Path:
    return BENCH_DIR / f"archive-{sizes.people}-g{GENERATOR_VERSION}.json"


def cached_archive(sizes: Sizes = ARCHIVE, rebuild: bool = False) -> tuple[Path, dict[str, int]]:
    """The cached archive file (built when missing) and the record counts it holds."""
    path = archive_path(sizes)
    expected = {
        "companies": sizes.companies, "people": sizes.people, "interactions": sizes.interactions,
        "connections": sizes.connections, "openings": sizes.openings, "processes": sizes.processes,
    }  # fmt: skip
    if path.exists() and not rebuild:
        return path, expected
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    for old in BENCH_DIR.glob(f"archive-{sizes.people}-g*.json"):
        if old != path:
            old.unlink()
    document = archive_document(sizes)
    scratch = path.with_name(path.name + ".building")
    scratch.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(scratch, path)
    return path, expected
