"""The numbers behind the Insights charts, each counted by SQL over the store (the GUI only draws them).

Definitions (the README's glossary repeats them):

- **Funnel**: every process that ended (rejected, withdrawn or an offer), by the stage it reached; the
  processes still open are counted apart.
- **Rejection turned into a conversation**: a rejected process whose contact later (on a day after the
  rejection) wrote to me, or met or called me.
- **Outreach**: messages I sent (e-mail, LinkedIn message or note, call, intro request), per week
  (weeks start on Monday), for the 52 weeks up to today.
- **Reply rate**: of the messages I sent outside a process in the last 12 months, the share the person
  answered (any interaction from them, not a rejection) within ``reply_lapse_days``. An intro request is
  its own kind; a message linked to an opening is an opening ask; any other message is a check-in.
- **Response time per company**: for messages of the last 12 months answered within ``reply_lapse_days``, the
  average days until the answer, by the company the person is at.
- **Days since last contact**: each person's days since their newest interaction, in 30-day buckets
  (the last one is "360 days or more"); people never contacted are counted apart.

These statements use SQLite's date functions (``date``, ``julianday``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop import vocab
from desktop.store.models import DB
from desktop.vocab import InteractionKind, Outcome

MESSAGE_KINDS = (
    InteractionKind.EMAIL, InteractionKind.LINKEDIN_MESSAGE, InteractionKind.CONNECTION_REQUEST,
    InteractionKind.CALL, InteractionKind.INTRO_REQUEST,
)  # fmt: skip
WEEKS = 52
BUCKET_DAYS = 30
BUCKETS = 13  # 0–29 … 330–359, then 360 or more


class ReplyKind:
    CHECK_IN = "check_in"
    OPENING_ASK = "opening_ask"
    INTRO_REQUEST = "intro_request"


REPLY_KINDS = (ReplyKind.CHECK_IN, ReplyKind.OPENING_ASK, ReplyKind.INTRO_REQUEST)


def _marks(values: tuple[str, ...]) -> str:
    return ",".join("?" * len(values))


@dataclass(frozen=True)
class Funnel:
    ended_at: dict[str, int]  # stage → processes that ended there (every stage, in order)
    still_open: int


def funnel() -> Funnel:
    rows = DB.execute_sql(
        "SELECT COALESCE(stage_reached, ?), outcome = ?, COUNT(*) FROM process GROUP BY 1, 2",
        (vocab.Stage.APPLIED, Outcome.PENDING),
    ).fetchall()
    ended = {str(stage): 0 for stage in vocab.STAGES}
    still_open = 0
    for stage, pending, count in rows:
        if pending:
            still_open += int(count)
        else:
            ended[stage if stage in ended else vocab.Stage.APPLIED] += int(count)
    return Funnel(ended, still_open)


@dataclass(frozen=True)
class TurnedRejections:
    rejections: int
    turned: int  # followed by a conversation with the process's contact

    @property
    def share(self) -> float:
        return self.turned / self.rejections if self.rejections else 0.0


def turned_rejections() -> TurnedRejections:
    later = (InteractionKind.CALL, InteractionKind.MEETING, InteractionKind.INTERVIEW)
    sql = f"""
    SELECT COUNT(*), COALESCE(SUM(EXISTS(
             SELECT 1 FROM process_contact pc JOIN interaction i ON i.person_id = pc.person_id
              WHERE pc.process_id = r.id AND date(i.at) > r.ended_on AND i.kind != ?
                AND (i.direction = ? OR i.kind IN ({_marks(later)})))), 0)
      FROM process r WHERE r.outcome = ? AND r.ended_on IS NOT NULL
    """
    count, turned = DB.execute_sql(
        sql, (InteractionKind.REJECTION, vocab.Direction.IN, *later, Outcome.REJECTED)
    ).fetchone()
    return TurnedRejections(int(count), int(turned))


def outreach_per_week(today: date, weeks: int = WEEKS) -> list[tuple[date, int]]:
    """(Monday, messages sent that week) for the ``weeks`` weeks up to the one of ``today``, oldest first."""
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=weeks - 1)
    sql = f"""
    SELECT date(at), COUNT(*) FROM interaction
     WHERE direction = ? AND kind IN ({_marks(MESSAGE_KINDS)}) AND at >= ? AND at < ?
     GROUP BY date(at)
    """
    params = (vocab.Direction.OUT, *MESSAGE_KINDS, first.isoformat(), (today + timedelta(days=1)).isoformat())
    counts = dict.fromkeys((first + timedelta(weeks=n) for n in range(weeks)), 0)
    for day, count in DB.execute_sql(sql, params).fetchall():
        sent = date.fromisoformat(str(day)[:10])
        counts[sent - timedelta(days=sent.weekday())] += int(count)
    return sorted(counts.items())


@dataclass(frozen=True)
class ReplyRate:
    kind: str  # ReplyKind
    sent: int
    answered: int

    @property
    def rate(self) -> float:
        return self.answered / self.sent if self.sent else 0.0


_ANSWER = """
SELECT MIN(a.at) FROM interaction a
 WHERE a.person_id = o.person_id AND a.direction = ? AND a.kind != ? AND a.at > o.at
   AND julianday(a.at) - julianday(o.at) <= ?
"""


def reply_rates(lapse_days: int, since: date = date.min) -> list[ReplyRate]:
    """Check-ins, opening asks and intro requests sent from ``since`` on: how many, how many answered in
    ``lapse_days``."""
    sql = f"""
    SELECT CASE WHEN o.kind = ? THEN ? WHEN o.opening_id IS NOT NULL THEN ? ELSE ? END, COUNT(*),
           SUM(({_ANSWER}) IS NOT NULL)
      FROM interaction o
     WHERE o.direction = ? AND o.kind IN ({_marks(MESSAGE_KINDS)}) AND o.process_id IS NULL AND o.at >= ?
     GROUP BY 1
    """
    params = (
        InteractionKind.INTRO_REQUEST, ReplyKind.INTRO_REQUEST, ReplyKind.OPENING_ASK, ReplyKind.CHECK_IN,
        vocab.Direction.IN, InteractionKind.REJECTION, lapse_days, vocab.Direction.OUT, *MESSAGE_KINDS,
        since.isoformat(),
    )  # fmt: skip
    found = {kind: (int(sent), int(answered)) for kind, sent, answered in DB.execute_sql(sql, params).fetchall()}
    return [ReplyRate(kind, *found.get(kind, (0, 0))) for kind in REPLY_KINDS]


@dataclass(frozen=True)
class ResponseTime:
    company_id: int
    company: str
    answered: int
    average_days: float


def response_times(lapse_days: int, since: date = date.min, limit: int = 20) -> list[ResponseTime]:
    """Companies by how fast their people answered my messages sent from ``since`` on (fastest first; ``limit``
    companies)."""
    sql = f"""
    SELECT c.id, c.name, COUNT(*), AVG(julianday(x.answer) - julianday(x.at)) FROM (
        SELECT o.person_id, o.at, ({_ANSWER}) AS answer FROM interaction o
         WHERE o.direction = ? AND o.kind IN ({_marks(MESSAGE_KINDS)}) AND o.at >= ?
    ) x JOIN person p ON p.id = x.person_id JOIN company c ON c.id = p.company_id
     WHERE x.answer IS NOT NULL
     GROUP BY c.id ORDER BY 4, c.name_key LIMIT ?
    """
    params = (
        vocab.Direction.IN, InteractionKind.REJECTION, lapse_days, vocab.Direction.OUT, *MESSAGE_KINDS,
        since.isoformat(), limit,
    )  # fmt: skip
    return [
        ResponseTime(int(cid), name, int(count), round(float(days), 2))
        for cid, name, count, days in DB.execute_sql(sql, params).fetchall()
    ]


@dataclass(frozen=True)
class ContactAges:
    buckets: list[int]  # people per 30 days since last contact; the last bucket is 360 days or more
    never: int

    @staticmethod
    def label_days(bucket: int) -> tuple[int, int | None]:
        """The days a bucket covers: (first, last), last None for the open-ended bucket."""
        first = bucket * BUCKET_DAYS
        return (first, None) if bucket == BUCKETS - 1 else (first, first + BUCKET_DAYS - 1)


def contact_ages(today: date) -> ContactAges:
    """Everyone not archived, by days since their last contact."""
    sql = """
    SELECT MIN(MAX(CAST(julianday(?) - julianday(date(last_contact)) AS INTEGER), 0) / ?, ?), COUNT(*)
      FROM person WHERE archived = 0 AND last_contact IS NOT NULL GROUP BY 1
    """
    buckets = [0] * BUCKETS
    for bucket, count in DB.execute_sql(sql, (today.isoformat(), BUCKET_DAYS, BUCKETS - 1)).fetchall():
        buckets[int(bucket)] += int(count)
    never = DB.execute_sql("SELECT COUNT(*) FROM person WHERE archived = 0 AND last_contact IS NULL").fetchone()[0]
    return ContactAges(buckets, int(never))


@dataclass(frozen=True)
class Insights:
    funnel: Funnel
    turned: TurnedRejections
    outreach: list[tuple[date, int]]
    replies: list[ReplyRate]
    response_times: list[ResponseTime]
    ages: ContactAges
    cadence: tuple[int, int]  # checkin_min_days, checkin_overdue_days: the histogram's two lines


def insights(today: date, settings: dict[str, int | float]) -> Insights:
    """Every number of the Insights page."""
    lapse = int(settings.get("reply_lapse_days", vocab.SETTING_DEFAULTS["reply_lapse_days"]))
    cadence = (int(settings["checkin_min_days"]), int(settings["checkin_overdue_days"]))
    year_ago = today - timedelta(days=365)
    return Insights(
        funnel(), turned_rejections(), outreach_per_week(today), reply_rates(lapse, year_ago),
        response_times(lapse, year_ago),
        contact_ages(today), cadence,
    )  # fmt: skip
