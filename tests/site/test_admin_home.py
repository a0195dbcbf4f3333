"""The admin's home page: the clerk's to-do list, each section from the app that keeps its rows."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from followup.models import Action
from meetings.models import ReportRequest
from tests.factories import (
    ActionFactory,
    HeldMeetingFactory,
    IndicatorValueFactory,
    MeetingFactory,
    MinuteFactory,
    OnlinePetitionFactory,
    OverdueActionFactory,
    OverdueRecommendationFactory,
    OverdueReportRequestFactory,
    ReportRequestFactory,
    SubmittedQuestionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SECTIONS = [
    "Agendas to publish",
    "Reports overdue from officers",
    "Minutes to write",
    "Minutes to publish",
    "Responses to review",
    "Overdue actions",
    "Overdue recommendations",
    "Questions to moderate",
    "Petitions to moderate",
    "Figures to approve",
]


def _rows_of_each(count: int) -> dict:
    """`count` rows for each section of the list, and one row of each kind that must not show."""
    soon = timezone.now().replace(microsecond=0) + timedelta(days=4)
    written = HeldMeetingFactory.create_batch(count)
    for meeting in written:
        MinuteFactory(meeting=meeting)
    made = {
        "Agendas to publish": MeetingFactory.create_batch(count, start=soon),
        "Reports overdue from officers": OverdueReportRequestFactory.create_batch(count),
        "Minutes to write": HeldMeetingFactory.create_batch(count),
        "Minutes to publish": written,
        "Responses to review": ActionFactory.create_batch(count, status=Action.Status.RESPONSE_SUBMITTED),
        "Overdue actions": OverdueActionFactory.create_batch(count),
        "Overdue recommendations": OverdueRecommendationFactory.create_batch(count),
        "Questions to moderate": SubmittedQuestionFactory.create_batch(count),
        "Petitions to moderate": OnlinePetitionFactory.create_batch(count),
        "Figures to approve": IndicatorValueFactory.create_batch(count, status="submitted"),
    }
    # Not to do: a meeting months away, an action not yet due, a question already accepted.
    MeetingFactory(start=timezone.now() + timedelta(days=90))
    ActionFactory()
    ReportRequestFactory()
    SubmittedQuestionFactory(status="accepted")
    return made


def _section(page: str, title: str) -> str:
    """The HTML of one section of the to-do list."""
    start = page.rindex('<div class="module">', 0, page.index(f"{title}: "))
    end = page.find('<div class="module">', start + 1)
    return page[start:end]


def _change_url(row) -> str:
    """Where a row of the list is done: its change page, or a report's meeting's Reports page."""
    if isinstance(row, ReportRequest):
        return reverse("admin:meetings_meeting_reports", args=[row.agenda_item.meeting_id])
    return reverse(f"admin:{row._meta.app_label}_{row._meta.model_name}_change", args=[row.pk])


def test_each_section_counts_and_links_its_rows(client, democratic_services_user):
    made = _rows_of_each(2)
    client.force_login(democratic_services_user)
    page = client.get(reverse("admin:index")).content.decode()
    for title, rows in made.items():
        section = _section(page, title)
        assert f"{title}: 2</a>" in section, title
        for row in rows:
            assert _change_url(row) in section, title
    assert "publish by" in _section(page, "Agendas to publish")


def test_the_to_do_list_leads_the_page_before_the_apps(client, democratic_services_user):
    client.force_login(democratic_services_user)
    page = client.get(reverse("admin:index")).content.decode()
    assert page.index("Agendas to publish") < page.index("Access attempts")
    assert page.index("Figures to approve") < page.index("Access attempts")
    assert page.index("Follow-up: actions") < page.index("Staying informed") < page.index("Access attempts")
    assert "Minutes to write: 0</a>" in _section(page, "Minutes to write")
    assert "Nothing to do." in _section(page, "Minutes to write")


def test_an_item_done_leaves_the_list(client, democratic_services_user):
    question = SubmittedQuestionFactory()
    meeting = HeldMeetingFactory()
    client.force_login(democratic_services_user)
    page = client.get(reverse("admin:index")).content.decode()
    assert _change_url(question) in page
    assert _change_url(meeting) in _section(page, "Minutes to write")

    question.status = "accepted"
    question.save()
    MinuteFactory(meeting=meeting)
    page = client.get(reverse("admin:index")).content.decode()
    assert _change_url(question) not in page
    assert _change_url(meeting) not in _section(page, "Minutes to write")
    assert _change_url(meeting) in _section(page, "Minutes to publish")


def test_only_the_first_rows_show_with_a_link_to_all(client, democratic_services_user):
    OnlinePetitionFactory.create_batch(7)
    client.force_login(democratic_services_user)
    section = _section(client.get(reverse("admin:index")).content.decode(), "Petitions to moderate")
    assert section.count('<li><a href="/admin/participation/onlinepetition/') == 5
    assert '<a href="/admin/participation/onlinepetition/?status__exact=submitted">All 7</a>' in section


@pytest.mark.parametrize("title", SECTIONS)
def test_each_sections_link_to_all_lists_exactly_its_rows(client, democratic_services_user, title):
    made = _rows_of_each(1)
    client.force_login(democratic_services_user)
    page = client.get(reverse("admin:index")).content.decode()
    section = _section(page, title)
    more_url = section.split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    response = client.get(more_url)
    assert response.status_code == 200
    listed = response.context["cl"].result_list
    assert [row.pk for row in listed] == [row.pk for row in made[title]]


def test_a_section_shows_only_to_those_who_may_do_it(client):
    OnlinePetitionFactory()
    user = UserFactory(is_staff=True)
    client.force_login(user)
    page = client.get(reverse("admin:index")).content.decode()
    assert "Petitions to moderate" not in page


# The admin's own (session, user, its permissions, the recent-actions log), two per section (the count and
# the first rows), and the ways the committee types count an agenda's clear days, read once and then kept
# until a type changes.
HOME_QUERIES = 7 + 2 * len(SECTIONS) + 1


@pytest.mark.parametrize("count", [1, 10])
def test_the_home_page_has_a_query_budget(client, democratic_services_user, django_assert_num_queries, count):
    _rows_of_each(count)
    client.force_login(democratic_services_user)
    with django_assert_num_queries(HOME_QUERIES):
        assert client.get(reverse("admin:index")).status_code == 200
    with django_assert_num_queries(HOME_QUERIES - 1):
        assert client.get(reverse("admin:index")).status_code == 200
