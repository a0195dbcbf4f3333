"""A large, realistic data set for benchmarks: many committees over many municipal years, shaped like the seed
papers (the same procedural items, minute numbering, resolution kinds, actions with responses, quarterly and
monthly indicator figures with revisions). Everything is written with bulk_create in batches, so a million
rows take minutes, on SQLite and PostgreSQL alike.

The text is made from the phrases of a scrutiny report (prose.py), so search and page sizes are realistic;
nothing here is real council business."""

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone

from followup.models import Action, ActionResponse, Recommendation
from indicators import periods
from indicators.models import Indicator, IndicatorValue, Outcome, Period, Target, Theme
from meetings import standard_items
from meetings.models import AgendaItem, Attendance, Document, Meeting, Minute, PublicQuestion, Resolution
from papers.models import DocumentText
from scrutiny import generations, item_wording
from scrutiny.models import Committee, Membership, Person
from search import index

from . import prose

LONDON = ZoneInfo("Europe/London")
# The standard items as a committee's first agenda prints them.
OPENING_ITEMS, CLOSING_ITEMS = (
    [item_wording.fill(wording, previous_meeting_on=None, committee="") for wording in wordings]
    for wordings in (standard_items.OPENING_ITEMS, standard_items.CLOSING_ITEMS)
)
BATCH = 5000

SUBJECTS = [
    "Medium Term Financial Strategy",
    "Transforming SEND and Inclusion",
    "Children's Innovation Partnership",
    "Quarterly Performance Report",
    "Unaccompanied Asylum-Seeking Children",
    "Continuous Improvement Plan",
    "Departmental Plan",
    "Elective Home Education",
    "Youth Justice Plan",
    "Fostering and Adoption Service",
    "Highways Maintenance Programme",
    "Adult Social Care Charging Policy",
    "Library Services Review",
    "Climate Change Action Plan",
    "Waste Management Strategy",
]
DISCUSSION = [
    "Members noted that all financial controls would be reviewed on an ongoing basis.",
    "The Director assured members that children would be placed in settings that met their needs.",
    "Concern was raised relating to the demand for tribunals within the SEND Service.",
    "Members noted that there was an error in the table on page 30 of the report.",
    "The Director agreed to respond to concerns outside of the meeting.",
    "A member suggested that earlier engagement with parents and carers would reduce complaints.",
]
RESOLUTIONS = [
    ("noted", "That the report regarding the {subject} and information now provided be noted."),
    (
        "request_for_information",
        "That the Director be requested to provide the Committee with {subject} figures.",
    ),
    ("recommendation", "That the comments now made on the {subject} be forwarded to the Cabinet."),
    ("decision", "That the {subject} be considered again at the next meeting."),
]
REPORT_TEXT = (
    "The purpose of the report is to present the Committee with an update on the {subject}. "
    "The Committee is asked to note the report and comment on the proposals.\n"
)
# Each synthetic paper says a dozen of prose.py's sentences, so a word of them is in some of the synthetic
# papers, not all ("tribunal" in about one in seven), as in a real archive.
SENTENCES_PER_PAPER = 12
PAPER_SENTENCES = prose.sentences()
QUESTION = (
    "Could the Chair please state how many children were waiting for an Education, Health and Care Plan "
    "assessment at the end of the last quarter, and how many of those had waited more than 20 weeks?"
)


@dataclass
class Scale:
    committees: int
    years: int
    meetings_per_year: int
    report_items_per_meeting: int
    resolutions_per_minute: float
    actions: int
    indicators: int
    months: int  # monthly indicator periods
    revisions: tuple[int, int]  # revisions of each figure, at least and at most

    @classmethod
    def named(cls, name: str) -> "Scale":
        return {
            # 40 committees × 15 years × 8 meetings × (9 procedural + 12 reports) ≈ 100,000 agenda items.
            "large": cls(40, 15, 8, 12, 2.5, 30_000, 500, 180, (3, 9)),
            "small": cls(3, 2, 6, 4, 2.5, 200, 40, 24, (1, 3)),
            # For the tests: the same shapes, a fraction of the rows.
            "tiny": cls(2, 1, 3, 2, 2.5, 10, 6, 6, (1, 2)),
        }[name]


@dataclass
class Generated:
    counts: dict[str, int]
    seconds: float


def _bulk(model, rows, counts) -> list:
    created = []
    for start in range(0, len(rows), BATCH):
        created += model.objects.bulk_create(rows[start : start + BATCH], batch_size=BATCH)
    counts[model.__name__] = counts.get(model.__name__, 0) + len(rows)
    return created


@transaction.atomic
def generate(scale: Scale, *, seed: int = 2024, first_year: int | None = None) -> Generated:
    started = timezone.now()
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    first_year = first_year or timezone.localdate().year - scale.years
    officers = _bulk(
        Person,
        [
            Person(name=f"Officer {n}", family_name=f"Officer{n:04d}", kind="officer", job_title="Director")
            for n in range(max(20, scale.committees * 2))
        ],
        counts,
    )
    councillors = _bulk(
        Person,
        [
            Person(name=f"Mr. A. Member{n} CC", family_name=f"Member{n:04d}", kind="councillor")
            for n in range(scale.committees * 10)
        ],
        counts,
    )
    committees = _bulk(
        Committee,
        [
            Committee(name=f"Overview and Scrutiny Committee {n}", slug=f"synthetic-{n}")
            for n in range(scale.committees)
        ],
        counts,
    )
    _bulk(
        Membership,
        [
            Membership(
                committee=committee, person=councillors[c * 10 + m], role="chairman" if m == 0 else "member"
            )
            for c, committee in enumerate(committees)
            for m in range(10)
        ],
        counts,
    )
    document_file = default_storage.save(
        "synthetic/report.txt", ContentFile(REPORT_TEXT.format(subject="service").encode())
    )

    meetings = _bulk(
        Meeting,
        [
            Meeting(
                committee=committee,
                start=datetime.combine(
                    date(first_year + y, 5, 20) + timedelta(weeks=6 * m), time(14), LONDON
                ),
                status=Meeting.Status.MINUTES_APPROVED,
                agenda_published_at=datetime.combine(
                    date(first_year + y, 5, 6) + timedelta(weeks=6 * m), time(9), LONDON
                ),
                minutes_published_at=datetime.combine(
                    date(first_year + y, 6, 1) + timedelta(weeks=6 * m), time(9), LONDON
                ),
                location="County Hall, Glenfield",
            )
            for committee in committees
            for y in range(scale.years)
            for m in range(scale.meetings_per_year)
        ],
        counts,
    )
    items, minutes = [], []
    number_in_year: dict[tuple[int, int], int] = {}
    for meeting in meetings:
        titles = (
            OPENING_ITEMS
            + [f"{rng.choice(SUBJECTS)} {n}." for n in range(scale.report_items_per_meeting)]
            + CLOSING_ITEMS
        )
        for number, title in enumerate(titles, start=1):
            report = title not in OPENING_ITEMS and title not in CLOSING_ITEMS
            items.append(
                AgendaItem(
                    meeting=meeting,
                    number=number,
                    title=title,
                    kind="report" if report else "procedural",
                    report_by="Director of Children and Family Services" if report else "",
                    exempt=(exempt := report and rng.random() < 0.02),
                    exempt_paragraph=3 if exempt else None,
                )
            )
    items = _bulk(AgendaItem, items, counts)
    for item in items:
        meeting = item.meeting
        year = meeting.municipal_year.start_year  # as Minute numbers them: the settings say when it starts
        key = (meeting.committee_id, year)
        number_in_year[key] = number_in_year.get(key, 0) + 1
        minutes.append(
            Minute(
                meeting=meeting,
                agenda_item=item,
                number=number_in_year[key],
                heading=item.title,
                text=f"The Committee considered a report of the Director. {rng.choice(DISCUSSION)}",
                exempt=item.exempt,
                committee_id=meeting.committee_id,
                municipal_year=year,
            )
        )
    minutes = _bulk(Minute, minutes, counts)
    documents = [
        Document(
            agenda_item=item,
            title=f"Report: {item.title}",
            kind="report",
            file=document_file,
            exempt=item.exempt,
            exempt_paragraph=item.exempt_paragraph,
        )
        for item in items
        if item.kind == "report"
    ]
    documents = _bulk(Document, documents, counts)
    # Their text, as papers.tasks.extract_text would have read it from each upload.
    _bulk(
        DocumentText,
        [
            DocumentText(
                document=document,
                text=REPORT_TEXT.format(subject=document.agenda_item.title)
                + " ".join(rng.sample(PAPER_SENTENCES, SENTENCES_PER_PAPER)),
                pages=rng.randint(4, 30),
            )
            for document in documents
        ],
        counts,
    )
    resolutions = []
    for minute in minutes:
        if minute.agenda_item.title in CLOSING_ITEMS[:1]:  # "Date of next meeting."
            resolutions.append(
                Resolution(minute=minute, kind="decision", text="That the next meeting be held at 14:00.")
            )
        if minute.agenda_item.kind != "report":
            continue
        how_many = int(scale.resolutions_per_minute) + (rng.random() < scale.resolutions_per_minute % 1)
        for position in range(1, how_many + 1):
            kind, text = rng.choice(RESOLUTIONS)
            resolutions.append(
                Resolution(
                    minute=minute,
                    position=position,
                    letter="abcdefgh"[position - 1] if how_many > 1 else "",
                    kind=kind,
                    text=text.format(subject=rng.choice(SUBJECTS)),
                    recommended_to="Cabinet" if kind == "recommendation" else "",
                )
            )
    resolutions = _bulk(Resolution, resolutions, counts)
    _generate_record(rng, meetings, committees, councillors, officers, counts)
    _generate_follow_up(rng, scale, resolutions, officers, counts)
    _generate_indicators(rng, scale, committees, officers, counts)
    ContentType.objects.clear_cache()
    # As the receivers would have kept it, had the rows not been written in bulk.
    counts["SearchEntry"] = sum(index.rebuild().values())
    generations.forget_everything()
    return Generated(counts, (timezone.now() - started).total_seconds())


def analyse() -> None:
    """Fresh statistics for the query planner, as autovacuum (PostgreSQL) would gather in time after rows
    arrive in bulk: without them the planner guesses row counts and picks slow plans."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def _generate_record(rng, meetings, committees, councillors, officers, counts):
    """What each meeting's minutes record besides the minutes: attendance and a public question."""
    members = {committee.pk: councillors[c * 10 : c * 10 + 10] for c, committee in enumerate(committees)}
    _bulk(
        Attendance,
        [
            Attendance(
                meeting=meeting,
                person=person,
                # The Chairman is in the chair; a member now and then sends apologies.
                status="present" if position == 0 or rng.random() >= 0.1 else "apologies",
                in_chair=position == 0,
            )
            for meeting in meetings
            for position, person in enumerate(members[meeting.committee_id])
        ],
        counts,
    )
    _bulk(
        PublicQuestion,
        [
            PublicQuestion(
                meeting=meeting,
                questioner="Mrs Sue Whiting",
                question=QUESTION,
                response="The information requested is set out in the written response to members.",
                answered_by=rng.choice(officers),
            )
            for meeting in meetings
            if rng.random() < 0.5
        ],
        counts,
    )


def _generate_follow_up(rng, scale, resolutions, officers, counts):
    requests = [resolution for resolution in resolutions if resolution.kind == "request_for_information"]
    chosen = rng.sample(requests, min(scale.actions, len(requests)))
    today = timezone.localdate()
    actions = _bulk(
        Action,
        [
            Action(
                committee_id=resolution.minute.committee_id,
                meeting_id=resolution.minute.meeting_id,
                resolution=resolution,
                minute=resolution.minute,
                description=resolution.text,
                owner=rng.choice(officers),
                due_date=resolution.minute.meeting.start.date() + timedelta(days=35),
                status=rng.choice(
                    ["completed"] * 6 + ["open", "in_progress", "response_submitted", "withdrawn"]
                ),
                exempt=resolution.minute.exempt,
                closed_at=timezone.now(),
                created_at=resolution.minute.meeting.start,
            )
            for resolution in chosen
        ],
        counts,
    )
    for action in actions:
        if action.status not in Action.CLOSED:
            action.closed_at = None
            if rng.random() < 0.2:
                action.due_date = today + timedelta(days=rng.randint(1, 60))
    Action.objects.bulk_update(actions, ["closed_at", "due_date"], batch_size=BATCH)
    outcome = {"completed": "accepted", "response_submitted": "awaiting_review", "in_progress": "returned"}
    _bulk(
        ActionResponse,
        [
            ActionResponse(
                action=action,
                text="The figures requested are set out below. " + rng.choice(DISCUSSION),
                responded_by=action.owner,
                submitted_at=datetime.combine(action.due_date - timedelta(days=3), time(10), LONDON),
                outcome=outcome.get(action.status, "not_for_review"),
                kind="progress" if action.status == "open" else "answer",
            )
            for action in actions
            if action.status != "withdrawn"
        ],
        counts,
    )
    recommendations = [resolution for resolution in resolutions if resolution.kind == "recommendation"][:2000]
    _bulk(
        Recommendation,
        [
            Recommendation(
                resolution=resolution,
                body="Cabinet",
                sent_on=resolution.minute.meeting.start.date() + timedelta(days=1),
                response_due=resolution.minute.meeting.start.date() + timedelta(days=62),
                response_received_on=resolution.minute.meeting.start.date() + timedelta(days=50),
                outcome="accepted",
                response_text="The Cabinet agreed the recommendation.",
            )
            for resolution in recommendations
        ],
        counts,
    )


def _generate_indicators(rng, scale, committees, officers, counts):
    outcomes = _bulk(
        Outcome, [Outcome(name=f"Outcome {n}: help every child", position=n) for n in range(5)], counts
    )
    themes = _bulk(
        Theme,
        [Theme(name=name) for name in ["Social Care", "Education", "SEND", "Early Years", "Youth Justice"]],
        counts,
    )
    indicators = _bulk(
        Indicator,
        [
            Indicator(
                name=f"Indicator {n}: children seen within timescales",
                outcome=outcomes[n % len(outcomes)],
                theme=themes[n % len(themes)],
                value_type="percent",
                decimals=1,
                polarity=rng.choice(["high", "low", "none"]),
                frequency="month",
                period_type=periods.PeriodType.MONTH,
                owner=rng.choice(officers),
            )
            for n in range(scale.indicators)
        ],
        counts,
    )
    Indicator.committees.through.objects.bulk_create(
        [
            Indicator.committees.through(indicator=indicator, committee=committees[n % len(committees)])
            for n, indicator in enumerate(indicators)
        ],
        batch_size=BATCH,
    )
    today = timezone.localdate()
    month_starts = []
    start = date(today.year, today.month, 1)
    for _ in range(scale.months):
        start = (start - timedelta(days=1)).replace(day=1)
        month_starts.append(start)
    existing = {period.start: period for period in Period.objects.filter(type=periods.PeriodType.MONTH)}
    new_periods = [
        Period(
            type=periods.PeriodType.MONTH,
            start=start,
            end=periods.span(periods.PeriodType.MONTH, start).end,
            label=periods.label_for(periods.PeriodType.MONTH, start),
        )
        for start in month_starts
        if start not in existing
    ]
    for period in _bulk(Period, new_periods, counts):
        existing[period.start] = period
    month_periods = [existing[start] for start in sorted(month_starts)]
    _bulk(
        Target,
        [
            Target(
                indicator=indicator,
                financial_year=year,
                comparator=">" if indicator.polarity != "low" else "<",
                value=Decimal(60 + rng.randint(0, 30)),
            )
            for indicator in indicators
            for year in {periods.financial_year_of(period.start) for period in month_periods}
        ],
        counts,
    )
    values, now = [], timezone.now()
    for indicator in indicators:
        level = Decimal(rng.randint(40, 90))
        for period in month_periods:
            level = max(Decimal(0), min(Decimal(100), level + Decimal(rng.randint(-20, 20)) / 10))
            revisions = rng.randint(*scale.revisions)
            for revision in range(1, revisions + 1):
                values.append(
                    IndicatorValue(
                        indicator=indicator,
                        period=period,
                        revision=revision,
                        value=level + Decimal(revision - revisions) / 10,
                        status="published",
                        quartile=rng.randint(1, 4) if indicator.polarity != "none" else None,
                        entered_at=now,
                        approved_at=now,
                        published_at=now,
                    )
                )
        if len(values) >= BATCH * 4:
            _bulk(IndicatorValue, values, counts)
            values = []
    _bulk(IndicatorValue, values, counts)
    # The dashboard's pointers to each indicator's latest and previous figures, as publishing sets them.
    latest = {}
    for value in (
        IndicatorValue.objects.filter(indicator__in=indicators)
        .order_by("indicator", "period__start", "revision")
        .values_list("indicator", "pk", "period__start")
    ):
        latest.setdefault(value[0], []).append(value)
    for indicator in indicators:
        figures = latest[indicator.pk]
        by_period = {}
        for _, pk, start in figures:
            by_period[start] = pk
        starts = sorted(by_period)
        indicator.latest_value_id = by_period[starts[-1]]
        indicator.previous_value_id = by_period[starts[-2]] if len(starts) > 1 else None
    Indicator.objects.bulk_update(indicators, ["latest_value", "previous_value"], batch_size=BATCH)
