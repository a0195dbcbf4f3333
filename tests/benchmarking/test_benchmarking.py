"""The benchmark's own arithmetic, and what it is there to show: every key page makes the same number of
queries, at most 20, however much data there is (two generated data sets of different sizes)."""

import pytest
from django.db import transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from benchmarking import harness
from benchmarking.synthetic import Scale, generate
from indicators.importing import import_file
from meetings.models import Minute

WRK_OUTPUT = """Running 30s test @ http://127.0.0.1:8765/meetings/4321/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    38.52ms   10.21ms 180.33ms   78.12%
    Req/Sec   208.40     25.11   270.00     70.00%
  Latency Distribution
     50%   36.80ms
     75%   43.12ms
     90%   51.40ms
     99%  812.00us{trailing}
  12470 requests in 30.02s, 512.36MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 4
Requests/sec:    415.38
Transfer/sec:     17.07MB
""".format(trailing="  ")  # wrk pads some of its lines with spaces


def test_the_percentile_is_the_nearest_rank():
    samples = [float(n) for n in range(1, 101)]
    assert harness.percentile(samples, 0.95) == 95.0
    assert harness.percentile(samples, 0.5) == 50.0
    assert harness.percentile([7.0], 0.95) == 7.0
    assert harness.percentile([3.0, 1.0, 2.0], 0.95) == 3.0


def test_wrk_output_is_read_with_every_error():
    summary = harness.wrk_summary(WRK_OUTPUT)
    assert summary["url"] == "http://127.0.0.1:8765/meetings/4321/"
    assert summary["requests"] == 12470
    assert summary["requests_per_second"] == 415.38
    assert summary["latency_ms"] == {"50": 36.8, "75": 43.12, "90": 51.4, "99": 0.81}
    assert (summary["errors"], summary["non_2xx_or_3xx"]) == (3, 4)
    table = harness.loadtest_markdown({"meeting": summary}, workers=5, connections=16)
    assert (
        "| meeting (`http://127.0.0.1:8765/meetings/4321/`) | 12,470 | 415.38 | 36.8 | 51.4 | 0.81 | 7 |"
        in table
    )


def test_the_dashboard_file_imports_with_a_figure_a_row(db):
    content = harness.dashboard_file(30)
    result = import_file("benchmark.csv", content)
    assert result.indicators_created == 30
    assert result.figures_created == 60  # the latest and the previous figure of each row


def queries_of_each_key_page() -> dict[str, tuple[int, int]]:
    counts = {}
    for page in harness.key_pages():
        client = Client()
        if page.signed_in_as:
            client.force_login(harness.get_user_model().objects.get(username=page.signed_in_as))
        with CaptureQueriesContext(harness.connection) as captured:
            status = client.get(page.url).status_code
        counts[page.name] = (status, len(captured))
    return counts


@pytest.mark.django_db
def test_every_key_page_makes_the_same_queries_on_a_larger_data_set():
    measured = {}
    for scale in ("tiny", "small"):
        with transaction.atomic():
            generate(Scale.named(scale))
            measured[scale] = queries_of_each_key_page()
            transaction.set_rollback(True)
    assert measured["tiny"] == measured["small"]
    for name, (status, queries) in measured["small"].items():
        assert status == 200, name
        assert queries <= harness.MAX_QUERIES, (name, queries)


@pytest.mark.django_db
def test_the_generated_minutes_run_on_through_each_municipal_year_as_the_settings_start_it(settings):
    """Minute numbers leave no gap a reason would have to explain, wherever the municipal year starts: here
    on 1 July, between the tiny set's first meeting (20 May) and its second."""
    settings.MUNICIPAL_YEAR_START = (7, 1)
    generate(Scale.named("tiny"))
    minutes = Minute.objects.select_related("meeting").order_by("committee", "municipal_year", "number")
    assert {minute.municipal_year for minute in minutes} == {
        minute.meeting.municipal_year.start_year for minute in minutes
    }
    assert len({minute.municipal_year for minute in minutes}) == 2
    assert [minute for minute in minutes if minute.number_gap() and not minute.number_gap_reason] == []
