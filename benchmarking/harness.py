"""Measuring the key pages on a data set (manage.py generate_data): for each, the median and 95th percentile
of the server's time over many requests and the number of queries one request makes; and the same for a bare
Django view that returns a fixed string, so that each page is also given as a ratio to it (which says how
much of the time is the page's own, whatever the machine). Also the two long jobs with goals of their own:
importing a 10,000-row dashboard and building a 300-page agenda pack.

Requests go through Django's test client in this process, with every middleware: the time is the server's,
without the network. The long jobs run inside a transaction that is rolled back, leaving the data as it
was."""

import csv
import io
import math
import os
import platform
import re
import statistics
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta

import django
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from benchmarking import synthetic
from followup.models import Action, ActionResponse
from indicators.importing import import_file
from indicators.models import Indicator, IndicatorValue
from meetings.models import AgendaItem, Document, Meeting, Resolution
from papers.packs import PackBuilder
from scrutiny.models import Committee, Person
from search.models import SearchEntry

# The goals of issue 6, on PostgreSQL with the large data set on a two-core machine.
MAX_QUERIES = 20
P95_GOAL_MS = 150
SLOW_PAGE_P95_GOAL_MS = 300  # search, and the dashboard of 500 indicators
SLOW_PAGES = {"search", "dashboard"}
IMPORT_ROWS, IMPORT_GOAL_SECONDS = 10_000, 30
PACK_PAGES, PACK_GOAL_SECONDS = 300, 20
WARM_UP = 5
BENCHMARK_OFFICER = "benchmark.officer"


@dataclass
class Page:
    name: str
    url: str
    signed_in_as: str | None = None  # a username


@dataclass
class Measurement:
    name: str
    url: str
    status: int
    queries: int
    median_ms: float
    p95_ms: float
    ratio_to_bare: float = 0.0
    goal_ms: int = 0
    meets_goals: bool = False


@dataclass
class Results:
    label: str
    database: str
    database_version: str
    machine: str
    measured_on: str
    requests: int
    data: dict[str, int]
    bare: Measurement
    pages: list[Measurement] = field(default_factory=list)
    jobs: dict[str, dict] = field(default_factory=dict)

    def as_json(self) -> dict:
        return asdict(self)


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest sample with at least `fraction` of them at or below it."""
    return sorted(samples)[max(1, math.ceil(fraction * len(samples))) - 1]


def measure(client: Client, name: str, url: str, requests: int) -> Measurement:
    for _ in range(WARM_UP):
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    queries = len(captured)  # read now: the next request empties the connection's log it reads from
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    return Measurement(
        name=name,
        url=url,
        status=response.status_code,
        queries=queries,
        median_ms=round(statistics.median(samples), 2),
        p95_ms=round(percentile(samples, 0.95), 2),
    )


def benchmark_officer() -> str:
    """A sign-in for the officer who owns the most actions, for "My actions"."""
    person = (
        Person.objects.filter(kind=Person.Kind.OFFICER)
        .annotate(owned=Count("actions"))
        .order_by("-owned", "pk")
        .first()
    )
    user = get_user_model().objects.filter(username=BENCHMARK_OFFICER).first()
    if user is None:
        user = get_user_model().objects.create_user(BENCHMARK_OFFICER)
    if person.user_id != user.pk:
        Person.objects.filter(user=user).update(user=None)
        person.user = user
        person.save(update_fields=["user"])
    return user.username


def key_pages() -> list[Page]:
    """The pages issue 6 names, each at its largest in the data: the busiest committee, its latest meeting
    with published minutes, the indicator with the most figures."""
    committee = Committee.objects.annotate(meetings_held=Count("meetings")).order_by("-meetings_held", "pk")[
        0
    ]
    meeting = (
        Meeting.objects.for_committee(committee)
        .with_minutes_published()
        .annotate(items=Count("agenda_items"))
        .order_by("-start")[0]
    )
    indicator = Indicator.objects.annotate(figures=Count("values")).order_by("-figures", "pk")[0]
    return [
        Page("home", reverse("home")),
        Page("committee", committee.get_absolute_url()),
        Page("meeting", meeting.get_absolute_url()),
        Page("resolutions", reverse("resolution-list")),
        Page(
            "resolutions filtered",
            f"{reverse('resolution-list')}?committee={committee.pk}&kind=request_for_information&text=figures",
        ),
        Page("actions", reverse("action-list")),
        Page("my actions", reverse("my-actions"), signed_in_as=benchmark_officer()),
        Page("dashboard", reverse("performance-dashboard")),
        Page("indicator", indicator.get_absolute_url()),
        Page("search", f"{reverse('search')}?q=tribunal"),
        Page("api", reverse("opendata:resolution-list")),
    ]


def database_version() -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SHOW server_version" if connection.vendor == "postgresql" else "SELECT sqlite_version()"
        )
        return f"{connection.display_name} {cursor.fetchone()[0]}"


def data_counts() -> dict[str, int]:
    models = [
        Committee,
        Meeting,
        AgendaItem,
        Document,
        Resolution,
        Action,
        ActionResponse,
        Indicator,
        IndicatorValue,
        SearchEntry,
    ]
    return {str(model._meta.verbose_name_plural): model.objects.count() for model in models}


def run(label: str, requests: int = 60, jobs: bool = True) -> Results:
    # Statistics as autovacuum keeps them: the long jobs of an earlier run rolled back 10,000 rows, whose
    # dead versions would otherwise mislead the planner until autovacuum next comes round.
    synthetic.analyse()
    client = Client()
    bare = measure(client, "bare Django view", reverse("benchmark-bare"), requests)
    results = Results(
        label,
        connection.vendor,
        database_version(),
        f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"Django {django.get_version()}",
        timezone.localdate().isoformat(),
        requests,
        data_counts(),
        bare,
    )
    for page in key_pages():
        page_client = Client()
        if page.signed_in_as:
            page_client.force_login(get_user_model().objects.get(username=page.signed_in_as))
        measured = measure(page_client, page.name, page.url, requests)
        measured.ratio_to_bare = round(measured.median_ms / bare.median_ms, 1)
        measured.goal_ms = SLOW_PAGE_P95_GOAL_MS if page.name in SLOW_PAGES else P95_GOAL_MS
        measured.meets_goals = (
            measured.status == 200 and measured.queries <= MAX_QUERIES and measured.p95_ms <= measured.goal_ms
        )
        results.pages.append(measured)
    if jobs:
        results.jobs = {"import": time_dashboard_import(), "agenda pack": time_agenda_pack()}
    return results


# --- the long jobs -------------------------------------------------------------------------------------

DASHBOARD_COLUMNS = [
    "Topic",
    "Theme",
    "Indicator",
    "Value Type",
    "Polarity",
    "Reporting Frequency",
    "Previous Period",
    "Previous Value",
    "Latest Period",
    "Latest Value",
    "Trend",
    "Target",
    "Status RAG",
    "National benchmark (quartile 1 = top)",
    "Most recent Statistical Neighbour average",
]


def dashboard_file(rows: int) -> bytes:
    """A dashboard in the papers' columns with `rows` indicators, shaped like seed 003's."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DASHBOARD_COLUMNS)
    for n in range(rows):
        previous, latest = 60 + n % 30, 60 + (n * 7) % 30
        writer.writerow(
            [
                f"Outcome {n % 5}: help every child",
                ["Social Care", "Education", "SEND", "Early Years", "Youth Justice"][n % 5],
                f"Imported indicator {n}: children seen within timescales",
                "Percent",
                "High = Good" if n % 2 else "Low = Good",
                "Quarter",
                "Q2 2023/24",
                f"{previous}.0%",
                "Q3 2023/24",
                f"{latest}.0%",
                "",
                f">{70}%" if n % 2 else f"<{70}%",
                "",
                str(1 + n % 4),
                f"{65}.0%",
            ]
        )
    return out.getvalue().encode()


def _timed_and_undone(job) -> tuple[float, object]:
    with transaction.atomic():
        started = time.perf_counter()
        outcome = job()
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    return seconds, outcome


def time_dashboard_import(rows: int = IMPORT_ROWS) -> dict:
    content = dashboard_file(rows)
    seconds, result = _timed_and_undone(lambda: import_file("benchmark.csv", content, report_label=None))
    return {
        "rows": rows,
        "seconds": round(seconds, 1),
        "goal_seconds": IMPORT_GOAL_SECONDS,
        "meets_goal": seconds <= IMPORT_GOAL_SECONDS and result.figures_created >= rows,
    }


def pdf_of(pages: int, title: str) -> bytes:
    """A report of `pages` A4 pages of text, as a council's PDF is."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(72, 770, f"{title}, page {page}")
        pdf.setFont("Helvetica", 11)
        for line in range(40):
            pdf.drawString(
                72, 740 - line * 16, "The Committee is asked to note the report and comment on it."
            )
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def time_agenda_pack(pages: int = PACK_PAGES, reports: int = 15) -> dict:
    def build():
        committee = Committee.objects.create(name="Benchmark committee", slug="benchmark-pack")
        meeting = Meeting.objects.create(
            committee=committee, start=timezone.now() + timedelta(days=30), location="County Hall"
        )
        report = pdf_of(pages // reports, "Report")
        for number in range(1, reports + 1):
            item = AgendaItem.objects.create(
                meeting=meeting, number=number, title=f"Report {number}", kind=AgendaItem.Kind.REPORT
            )
            document = Document(agenda_item=item, title=f"Report {number}", kind=Document.Kind.REPORT)
            document.file.save(f"report-{number}.pdf", ContentFile(report), save=True)
        return PackBuilder(meeting, pad_to_odd_pages=settings.PACK_PAD_TO_ODD_PAGES).build()

    seconds, built = _timed_and_undone(build)
    return {
        "pages": built.pages,
        "seconds": round(seconds, 1),
        "goal_seconds": PACK_GOAL_SECONDS,
        "meets_goal": seconds <= PACK_GOAL_SECONDS and built.pages >= pages,
    }


# --- the report -----------------------------------------------------------------------------------------


MARKDOWN_INTRODUCTION = f"""# Benchmarks

Written by `make benchmark` (benchmarks/run, benchmarking/harness.py); the README's "Speed and scale" says
what the figures mean and what was changed to reach them. Server time, in this process, through every
middleware: the median and 95th percentile of the requests to each page after five to warm up, and the
queries one request makes. The goals (issue 6) are for PostgreSQL with the large data set: at most
{MAX_QUERIES} queries a page, the same at both sizes, and a 95th percentile of at most {P95_GOAL_MS} ms
({SLOW_PAGE_P95_GOAL_MS} ms for search and the dashboard). SQLite, the embedded demo's database, is measured
against the same figures for comparison only.
"""


def markdown(runs: list[dict]) -> str:
    """One table per run (a database and a data set), then the long jobs."""
    lines = [MARKDOWN_INTRODUCTION]
    for run_ in runs:
        bare = run_["bare"]
        goals = "meets the goals" if run_["database"] == "postgresql" else "within them (PostgreSQL's)"
        lines += [
            f"## {run_['label']}",
            "",
            f"{run_['database_version']}; {run_['machine']}; {run_['requests']} requests a page; measured on "
            f"{run_['measured_on']}.",
            "",
            "Data: " + ", ".join(f"{count:,} {name}" for name, count in run_["data"].items()) + ".",
            "",
            f"| page | queries | median ms | p95 ms | median ÷ bare view | p95 goal ms | {goals} |",
            "|---|---:|---:|---:|---:|---:|---|",
            f"| bare Django view | {bare['queries']} | {bare['median_ms']} | {bare['p95_ms']} | 1 | | |",
        ]
        for page in run_["pages"]:
            lines.append(
                f"| {page['name']} (`{page['url']}`) | {page['queries']} | {page['median_ms']} | "
                f"{page['p95_ms']} | {page['ratio_to_bare']} | {page['goal_ms']} | "
                f"{'yes' if page['meets_goals'] else 'no'} |"
            )
        for name, job in run_.get("jobs", {}).items():
            size = f"{job['rows']:,} rows" if "rows" in job else f"{job['pages']} pages"
            lines.append("")
            lines.append(
                f"{name.capitalize()} of {size}: {job['seconds']} s (goal {job['goal_seconds']} s: "
                f"{'met' if job['meets_goal'] else 'missed'})."
            )
        lines.append("")
    return "\n".join(lines)


# --- the load test (benchmarks/loadtest runs wrk against gunicorn) ------------------------------------

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return round(float(number) * UNITS_MS[unit], 2)


def wrk_summary(output: str) -> dict:
    """What wrk printed (with --latency): requests, requests a second, the latency percentiles, and errors of
    every kind (sockets, timeouts, and responses other than 2xx or 3xx)."""
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "url": re.search(r"@ (\S+)", output)[1],
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "latency_ms": {
            percent: _milliseconds(value)
            for percent, value in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", output, re.M)
        },
        "errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "non_2xx_or_3xx": int(non_2xx[1]) if non_2xx else 0,
    }


def loadtest_markdown(summaries: dict[str, dict], *, workers: int, connections: int) -> str:
    lines = [
        "# Load test",
        "",
        f"gunicorn with {workers} sync workers on 127.0.0.1, wrk with {connections} connections for 30 s a "
        f"page ({os.cpu_count()} cores, shared by wrk, gunicorn and PostgreSQL; the large data set; the "
        "cache in Redis, as in production; `make loadtest`). Each page is requested for 10 s first, "
        "unmeasured, so each worker has compiled its templates. An error is a timeout (2 s), a failed "
        "connection or any response but 2xx or 3xx.",
        "",
        "| page | requests | requests a second | p50 ms | p90 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, summary in summaries.items():
        latency = summary["latency_ms"]
        errors = summary["errors"] + summary["non_2xx_or_3xx"]
        lines.append(
            f"| {name} (`{summary['url']}`) | {summary['requests']:,} | {summary['requests_per_second']} | "
            f"{latency.get('50')} | {latency.get('90')} | {latency.get('99')} | {errors} |"
        )
    return "\n".join(lines) + "\n"
