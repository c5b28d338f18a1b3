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

The statements run on both backends: ``date(…)`` is a function on SQLite and a cast on PostgreSQL, and the one
difference, counting days between two timestamps, comes from ``store/dialect.py``. Reply rates and response times
are one pass over the year's outbound messages (``_answers``), each finding its first answer with one seek in the
partial indexes of migration 12, whose conditions the statement names literally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop import vocab
from desktop.store.dialect import days_between
from desktop.store.models import DB
from desktop.vocab import InteractionKind, Outcome

MESSAGE_KINDS = (
    InteractionKind.EMAIL, InteractionKind.LINKEDIN_MESSAGE, InteractionKind.CONNECTION_REQUEST,
    InteractionKind.CALL, InteractionKind.INTRO_REQUEST,
)  # fmt: skip
_KINDS = ",".join(f"'{kind}'" for kind in MESSAGE_KINDS)  # as literals: the partial indexes' statements name them
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
    SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS(
             SELECT 1 FROM process_contact pc JOIN interaction i ON i.person_id = pc.person_id
              WHERE pc.process_id = r.id AND date(i.at) > r.ended_on AND i.kind != ?
                AND (i.direction = ? OR i.kind IN ({_marks(later)}))) THEN 1 ELSE 0 END), 0)
      FROM process r WHERE r.outcome = ? AND r.ended_on IS NOT NULL
    """
    count, turned = DB.execute_sql(
        sql, (InteractionKind.REJECTION, vocab.Direction.IN, *later, Outcome.REJECTED)
    ).fetchone()
    return TurnedRejections(int(count), int(turned))


def outreach_per_week(today: date, weeks: int = WEEKS) -> list[tuple[date, int]]:
    """(Monday, messages sent that week) for the ``weeks`` weeks up to the one of ``today``, oldest first."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=weeks - 1 - n) for n in range(weeks)]
    tomorrow = today + timedelta(days=1)
    # one count per week, each a range of the partial index interaction_sent (migration 12)
    sql = f"""
    WITH week(n, from_day, to_day) AS (VALUES {", ".join(f"({n}, ?, ?)" for n in range(weeks))})
    SELECT n, (SELECT COUNT(*) FROM interaction
                WHERE direction = '{vocab.Direction.OUT}' AND kind IN ({_KINDS})
                  AND at >= week.from_day AND at < week.to_day)
      FROM week ORDER BY n
    """
    params = [day for monday in mondays for day in (monday, min(monday + timedelta(weeks=1), tomorrow))]
    return [(mondays[int(n)], int(count)) for n, count in DB.execute_sql(sql, params).fetchall()]


@dataclass(frozen=True)
class ReplyRate:
    kind: str  # ReplyKind
    sent: int
    answered: int

    @property
    def rate(self) -> float:
        return self.answered / self.sent if self.sent else 0.0


@dataclass(frozen=True)
class ResponseTime:
    company_id: int
    company: str
    answered: int
    average_days: float


# For each message I sent from a day on: its kind of ask, whether it was outside a process, the person, and the
# days until their first answer (an inbound interaction, not a rejection; NULL when none came). Reply rates count the
# messages and those answered within the lapse; response times average the days of those by the person's company.
# The literal conditions match the partial indexes of migration 12 (interaction_sent, interaction_answer).
_ANSWERS = """
WITH sent AS MATERIALIZED (
  SELECT CASE WHEN o.kind = '{intro}' THEN '{intro_kind}' WHEN o.opening_id IS NOT NULL THEN '{opening_kind}'
              ELSE '{check_in_kind}' END AS ask,
         CASE WHEN o.process_id IS NULL THEN 1 ELSE 0 END AS outside, o.person_id, {delay} AS delay
    FROM interaction o
   WHERE o.direction = '{outbound}' AND o.kind IN ({kinds}) AND o.at >= ?
)
SELECT 'rate', ask, NULL, SUM(outside), SUM(CASE WHEN outside = 1 AND delay <= ? THEN 1 ELSE 0 END), NULL
  FROM sent GROUP BY ask
UNION ALL
SELECT * FROM (
  SELECT 'company', CAST(c.id AS TEXT), c.name, COUNT(*), COUNT(*), AVG(sent.delay)
    FROM sent JOIN person p ON p.id = sent.person_id JOIN company c ON c.id = p.company_id
   WHERE sent.delay <= ?
   GROUP BY c.id ORDER BY 6, c.name_key LIMIT ?
) AS fastest
"""
# the first answer after a message: one seek in interaction_answer (NULL when none came, and so is its delay)
_FIRST_ANSWER = """(SELECT a.at FROM interaction a
    WHERE a.person_id = o.person_id AND a.direction = '{inbound}' AND a.kind != '{rejection}' AND a.at > o.at
    ORDER BY a.at LIMIT 1)"""


def _answers(lapse_days: int, since: date, limit: int) -> tuple[list[ReplyRate], list[ResponseTime]]:
    """Reply rates and the ``limit`` fastest-answering companies, for my messages sent from ``since`` on: one pass."""
    answer = _FIRST_ANSWER.format(inbound=vocab.Direction.IN, rejection=InteractionKind.REJECTION)
    sql = _ANSWERS.format(
        intro=InteractionKind.INTRO_REQUEST, intro_kind=ReplyKind.INTRO_REQUEST, opening_kind=ReplyKind.OPENING_ASK,
        check_in_kind=ReplyKind.CHECK_IN, outbound=vocab.Direction.OUT,
        kinds=_KINDS, delay=days_between(answer, "o.at"),
    )  # fmt: skip
    rates: dict[str, tuple[int, int]] = {}
    times = []
    for part, key, name, sent, answered, days in DB.execute_sql(sql, (since, lapse_days, lapse_days, limit)):
        if part == "rate":
            rates[key] = (int(sent), int(answered))
        else:
            times.append(ResponseTime(int(key), name, int(answered), round(float(days), 2)))
    return [ReplyRate(kind, *rates.get(kind, (0, 0))) for kind in REPLY_KINDS], times


def reply_rates(lapse_days: int, since: date = date.min) -> list[ReplyRate]:
    """Check-ins, opening asks and intro requests sent from ``since`` on: how many, how many answered in
    ``lapse_days``."""
    return _answers(lapse_days, since, 0)[0]


def response_times(lapse_days: int, since: date = date.min, limit: int = 20) -> list[ResponseTime]:
    """Companies by how fast their people answered my messages sent from ``since`` on (fastest first; ``limit``
    companies)."""
    return _answers(lapse_days, since, limit)[1]


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
    """Everyone not archived, by days since their last contact (the day of it: the days between the two dates)."""
    # bucket n holds the last contacts from the day (today - 30n - 29) to (today - 30n): those before the start of
    # day (today - 30n + 1) and not before the start of day (today - 30(n+1) + 1); compared as they are stored
    starts = [today - timedelta(days=BUCKET_DAYS * n - 1) for n in range(1, BUCKETS)]
    cases = " ".join(f"WHEN last_contact >= ? THEN {n}" for n in range(BUCKETS - 1))
    sql = f"""
    SELECT CASE WHEN last_contact IS NULL THEN -1 {cases} ELSE {BUCKETS - 1} END, COUNT(*)
      FROM person WHERE archived = 0 GROUP BY 1
    """
    buckets = [0] * BUCKETS
    never = 0
    for bucket, count in DB.execute_sql(sql, starts).fetchall():
        if int(bucket) < 0:
            never = int(count)
        else:
            buckets[int(bucket)] += int(count)
    return ContactAges(buckets, never)


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
        funnel(), turned_rejections(), outreach_per_week(today), *_answers(lapse, year_ago, 20), contact_ages(today),
        cadence,
    )  # fmt: skip
