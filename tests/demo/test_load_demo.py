"""manage.py load_demo: the Children and Families OSC from its real papers, however often it runs."""

from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.http import HttpRequest
from django.utils import timezone

from demo import meetings_data
from followup.models import Action, ActionResponse, Recommendation
from indicators.models import Indicator, IndicatorValue, PerformanceReport, ReportLine
from indicators.reports import summary
from meetings.models import (
    AgendaItem,
    Attendance,
    Declaration,
    DiscussionPoint,
    Document,
    Meeting,
    Minute,
    MinutesApprovedError,
    PublicQuestion,
    Resolution,
)
from participation import deadlines
from participation.models import OnlinePetition, Signature
from scrutiny.models import Committee, Membership, Person, Team

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
JANUARY = datetime(2024, 1, 23, 14, 0, tzinfo=LONDON)
MARCH = datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
MODELS = [
    Committee,
    Person,
    Membership,
    Meeting,
    AgendaItem,
    Document,
    Attendance,
    Declaration,
    PublicQuestion,
    Minute,
    DiscussionPoint,
    Resolution,
    Group,
    User,
    Team,
    Action,
    ActionResponse,
    Recommendation,
    Indicator,
    IndicatorValue,
    PerformanceReport,
    ReportLine,
    OnlinePetition,
    Signature,
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo():
    return load_demo()


@pytest.fixture
def january(demo):
    return Meeting.objects.get(committee__slug="children-and-families", start=JANUARY)


@pytest.fixture
def march(demo):
    return Meeting.objects.get(committee__slug="children-and-families", start=MARCH)


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_running_it_twice_creates_nothing_new(media_root):
    first = load_demo()
    before = counts()
    files = sorted(path.name for path in media_root.rglob("*") if path.is_file())
    document_files = set(Document.objects.values_list("pk", "file"))

    second = load_demo()

    assert counts() == before
    assert sorted(path.name for path in media_root.rglob("*") if path.is_file()) == files  # no re-upload
    assert set(Document.objects.values_list("pk", "file")) == document_files
    assert "Records created by this run: 0" in second
    assert "Records created by this run: 0" not in first
    assert Committee.objects.filter(slug="children-and-families").count() == 1


def test_it_prints_a_summary_and_the_demo_sign_in(demo):
    assert "Children and Families Overview and Scrutiny Committee" in demo
    assert "minutes 45-55" in demo
    sign_in = "Democratic Services: democratic.services / demo-password-ds (http://127.0.0.1:8000/admin/)"
    assert sign_in in demo


def test_people_and_memberships_are_as_printed(demo):
    committee = Committee.objects.get(slug="children-and-families")
    roles = dict(committee.memberships.values_list("person__name", "role"))
    assert roles["Mrs. H. J. Fryer CC"] == "chairman"
    assert roles["Mrs. C. Lewis"] == roles["Mr. R. Martin"] == "co_opted"
    assert len(roles) == 9
    assert "Mrs B. Seaton CC" not in roles
    assert Person.objects.get(name="Mr. R. Martin").kind == "co_opted"
    assert not Person.objects.exclude(party="").exists()  # the papers give no party
    moore = Person.objects.get(name="Jane Moore")
    assert (moore.kind, moore.job_title, moore.phone, moore.email) == (
        "officer",
        "Director of Children and Family Services",
        "0116 305 2649",
        "Jane.Moore@leics.gov.uk",
    )
    guests = Person.objects.filter(kind="guest")
    assert set(guests.values_list("organisation", flat=True)) == {"Newton Europe"}


def test_january_attendance(january):
    attendance = {a.person.name: a for a in january.attendances.select_related("person", "for_item")}
    assert attendance["Mrs. H. J. Fryer CC"].in_chair
    assert attendance["Mrs B. Seaton CC"].status == "present"
    assert attendance["Mrs B. Seaton CC"].substitute_for is None
    assert attendance["Mrs. D. Taylor CC"].role == "Cabinet Lead Member for Children and Families"
    assert attendance["Stephen Knight"].for_item.number == 9
    assert "Mr. L. Hadji-Nikolaou CC" not in attendance  # not present, and the papers give no apologies
    assert january.attendances.filter(status="present").count() == 9
    assert (january.location, january.contact_officer.name) == ("County Hall, Glenfield", "Damien Buckley")
    assert january.end == datetime(2024, 1, 23, 16, 1, tzinfo=LONDON)


def test_january_minutes_are_numbered_45_to_55_and_linked_to_items_1_to_11(january):
    minutes = list(january.minutes.select_related("agenda_item").order_by("number"))
    assert [m.number for m in minutes] == list(range(45, 56))
    assert [m.agenda_item.number for m in minutes] == list(range(1, 12))
    assert minutes[-1].resolutions.get().text == (
        "It was noted that the next meeting of the Commission would be held on 5 March 2024 at 14:00."
    )


def test_the_gap_before_minute_45_is_explained_and_none_other_is_left(january):
    """The papers start at minute 45 of 2023/24; the loader says why, as an importer of old papers must."""
    gaps = {minute.number: minute.number_gap_reason for minute in Minute.objects.all() if minute.number_gap()}
    assert gaps == {45: meetings_data.MINUTES_NOT_IMPORTED}
    assert "not imported" in meetings_data.MINUTES_NOT_IMPORTED


def test_minute_52_has_its_discussion_points_and_resolutions(january):
    minute = january.minutes.get(number=52)
    assert minute.agenda_item.number == 8
    assert minute.agenda_item.title == "Medium Term Financial Strategy 2024/25 - 2027/28."
    assert "'Agenda Item 8'" in minute.text
    points = list(minute.discussionpoints.all())
    assert len(points) == 12
    assert [p.position for p in points] == list(range(1, 13))
    assert points[11].numeral == "xii"
    assert [p.section for p in points] == (
        ["Service Transformation and Revenue Budget", "Growth"]
        + ["Savings"] * 5
        + ["High Needs"] * 4
        + ["Capital Programme"]
    )
    assert points[2].text.endswith(
        "The aim was to build homes in Leicestershire so that children and young people in care could "
        "continue to live within their communities."
    )  # the paragraph the page break split is whole again
    noted, forwarded = minute.resolutions.all()
    assert (noted.letter, noted.kind) == ("a", "noted")
    assert (forwarded.letter, forwarded.kind, forwarded.recommended_to) == (
        "b",
        "recommendation",
        "Scrutiny Commission",
    )
    assert forwarded.reference == "52(b)"


def test_a_single_resolution_has_no_letter(january):
    resolution = january.minutes.get(number=53).resolutions.get()
    assert (resolution.letter, resolution.kind, resolution.reference) == ("", "noted", "53")
    cabinet = january.minutes.get(number=54).resolutions.get(letter="b")
    assert (cabinet.kind, cabinet.recommended_to) == ("recommendation", "Cabinet")


def test_two_public_questions_with_supplementaries(january):
    whiting, warwick = january.publicquestions.order_by("position")
    assert (whiting.questioner, warwick.questioner) == ("Mrs Sue Whiting", "Mr David Warwick")
    for question in (whiting, warwick):
        assert question.response and question.supplementary_question and question.supplementary_answer
        assert question.answered_by.name == "Mrs. H. J. Fryer CC"
        assert question.supplementary_answered_by.name == "Jane Moore"
    assert whiting.question.startswith("“Could the Chair please state:\n\na) How many children")
    assert "\n\nc) How many children" in whiting.question
    assert whiting.question.endswith("September 2024?”")
    assert "support children with an EHCP in mainstream school, resource bases" in warwick.response
    assert warwick.supplementary_answer.startswith("At the invitation of the Chairman")


def test_mr_martins_declaration(january):
    declaration = january.declarations.get()
    assert declaration.person.name == "Mr. R. Martin"
    assert declaration.agenda_item.number == 9
    assert declaration.kind == "registerable"
    assert declaration.withdrew
    assert declaration.text == (
        "Mr. R. Martin declared a registerable interest, in respect of agenda item 9, as the Chair of the "
        "Leicestershire Parent Carer Forum. He undertook to not participate in the discussion of that item."
    )


def test_january_minutes_are_approved_at_the_march_meeting(january, march):
    assert january.status == Meeting.Status.MINUTES_APPROVED
    assert january.minutes_approved_at == march
    assert january.agenda_published_at == datetime(2024, 1, 12, 12, 0, tzinfo=LONDON)
    assert january.minutes_published_at == datetime(2024, 1, 30, 12, 0, tzinfo=LONDON)
    with pytest.raises(MinutesApprovedError):
        january.minutes.get(number=52).save()  # the signed record


def test_march_agenda_as_printed(march):
    assert march.status == Meeting.Status.AGENDA_PUBLISHED
    assert not march.agenda_is_late
    assert march.location == "Sparkenhoe Committee Room, County Hall, Glenfield"
    assert march.webcast_url == "http://www.leicestershire.gov.uk"
    items = {item.number: item for item in march.agenda_items.all()}
    assert sorted(items) == list(range(1, 15))
    pages = {number: (item.page_start, item.page_end) for number, item in items.items() if item.page_start}
    assert pages == {1: (5, 14), 8: (15, 32), 9: (33, 54), 10: (55, 60), 11: (61, 68), 12: (69, 76)}
    assert items[8].report_by == "Violence Reduction Network"
    assert items[12].report_by == "Chief Executive and Director of Children and Family Services"
    assert items[11].title == "Children's Innovation Partnership."
    assert items[13].summary == (
        "The next meeting of the Committee is scheduled to take place on Tuesday 4 June 2024 at 14:00."
    )
    procedural = {number for number, item in items.items() if item.kind == "procedural"}
    assert procedural == {1, 2, 3, 4, 5, 6, 7, 13, 14}
    assert set(items[10].contacts.values_list("name", flat=True)) == {"Sharon Cooke", "Kelda Claire"}
    assert set(items[12].contacts.values_list("name", flat=True)) == {
        "Jane Moore",
        "Sharon Cooke",
        "Emma Jones",
        "Alex Lea",
    }


def test_reports_are_stored_as_their_real_text(march):
    minutes = Document.objects.get(agenda_item__meeting=march, kind="minutes")
    assert minutes.agenda_item.number == 1
    with minutes.file.open("rb") as file:
        text = file.read().decode("utf-8")
    assert text.startswith("Minutes of a meeting of the Children and Families Overview and Scrutiny")
    assert "Question asked by Mrs Sue Whiting:\n\n“Could the Chair please state:" in text
    presentation = Document.objects.get(agenda_item__meeting=march, kind="presentation")
    assert presentation.agenda_item.number == 8
    assert Document.objects.filter(agenda_item__meeting=march, exempt=False).count() == 9


def test_exactly_one_exempt_document_under_item_11(march):
    exempt = Document.objects.get(exempt=True)
    assert exempt.agenda_item == march.agenda_items.get(number=11)
    assert exempt.exempt_paragraph == 3
    assert "DEMONSTRATION" in exempt.title
    with exempt.file.open("rb") as file:
        assert b"written for the demonstration" in file.read()
    assert not AgendaItem.objects.filter(exempt=True).exists()


def test_democratic_services_can_sign_in(demo, client):
    # The sign-in lock-out (django-axes) counts per request, so even the test client's sign-in passes one.
    assert client.login(request=HttpRequest(), username="democratic.services", password="demo-password-ds")
    user = User.objects.get(username="democratic.services")
    assert user.is_staff
    assert user.has_perm("meetings.read_exempt")
    assert user.has_perm("scrutiny.change_person")
    assert Person.objects.get(name="Damien Buckley").user == user


def test_a_changed_password_is_not_reset(demo):
    user = User.objects.get(username="democratic.services")
    user.set_password("a new secret of their own")
    user.save()

    output = load_demo()

    user.refresh_from_db()
    assert user.check_password("a new secret of their own")
    assert "demo-password-ds" not in output


def test_it_prints_a_sign_in_for_each_role(demo):
    for line in [
        "Member: councillor.fryer / demo-password-member (http://127.0.0.1:8000/my/)",
        "Officer: officer.moore / demo-password-officer (http://127.0.0.1:8000/actions/mine/)",
        "Officer: officer.lea / demo-password-officer (http://127.0.0.1:8000/performance/mine/)",
    ]:
        assert line in demo


def test_the_chairman_signs_in_as_a_member_and_reads_the_exempt_demo_appendix(demo, client, march):
    assert client.login(request=HttpRequest(), username="councillor.fryer", password="demo-password-member")
    user = User.objects.get(username="councillor.fryer")
    assert user.person.name == "Mrs. H. J. Fryer CC"
    assert list(user.groups.values_list("name", flat=True)) == ["Member"]
    exempt = Document.objects.get(agenda_item__meeting=march, exempt=True)
    assert client.get(exempt.get_absolute_url()).status_code == 200


def test_officers_sign_in_to_their_actions(demo, client):
    assert client.login(request=HttpRequest(), username="officer.moore", password="demo-password-officer")
    response = client.get("/actions/mine/")
    owners = {row.record.owner_name for row in response.context["table"].paginated_rows}
    assert owners == {"Jane Moore"}
    client.logout()
    assert client.login(request=HttpRequest(), username="officer.lea", password="demo-password-officer")
    response = client.get("/actions/mine/")
    assert {row.record.owner_name for row in response.context["table"].paginated_rows} == {
        "Business Intelligence Service"
    }


def test_follow_up_arises_from_the_january_minutes_in_every_state(demo, january):
    actions = Action.objects.filter(meeting=january).order_by("pk")
    assert [action.minute.number for action in actions] == [46, 52, 53, 52]
    assert [action.status for action in actions] == ["completed", "in_progress", "response_submitted", "open"]
    assert {action.due_date.isoformat() for action in actions} == {
        "2024-02-20"
    }  # ten working days before 5 March
    returned = ActionResponse.objects.get(outcome="returned")
    assert "corrected table is published" in returned.return_reason
    assert all("Illustrative" in response.text for response in ActionResponse.objects.all())


def test_one_recommendation_is_overdue(demo):
    cabinet = Recommendation.objects.get(body="Cabinet")
    assert cabinet.resolution.reference == "54(b)"
    assert cabinet.response_due.isoformat() == "2024-03-24"
    assert list(Recommendation.objects.overdue()) == [cabinet]
    assert Recommendation.objects.get(body="Scrutiny Commission").outcome == "accepted"


def test_loading_history_emails_nobody(demo, mailoutbox):
    assert mailoutbox == []


def test_the_four_seed_dashboards_are_the_committees_performance_history(demo, march):
    reports = PerformanceReport.objects.filter(committee__slug="children-and-families")
    assert list(reports.order_by("period__start").values_list("label", flat=True)) == [
        "Q2 2022/23",
        "Q3 2023/24",
        "Q2 2024/25",
        "Q1 2025/26",
    ]
    assert all(report.is_published for report in reports)
    q3 = reports.get(label="Q3 2023/24")
    assert q3.agenda_item == march.agenda_items.get(number=12)
    assert summary(q3)["summary"].startswith(
        "From 22 measures reported that have a national benchmark, three"
    )
    assert "Performance: 4 quarterly reports, 40 indicators" in demo


def test_an_indicator_has_figures_from_several_periods(demo):
    indicator = Indicator.objects.get(name="Care leavers EET")
    labels = set(indicator.values.published().values_list("period__label", flat=True))
    assert {"Q2 2022/23", "Q3 2023/24", "Q2 2024/25", "Q1 2025/26"} <= labels
    assert indicator.owner.name == "Alex Lea"


def test_one_figure_waits_for_approval(demo):
    waiting = IndicatorValue.objects.awaiting_approval().get()
    assert (waiting.indicator.name, waiting.period.label) == ("Care leavers EET", "Q2 2025/26")
    assert waiting.entered_by.username == "officer.lea"
    assert "Illustrative" in waiting.commentary


def test_the_committee_has_a_meeting_to_come_that_takes_questions(demo, client):
    upcoming = Meeting.objects.for_committee(Committee.objects.get(slug="children-and-families")).upcoming()
    meeting = upcoming.get()
    assert meeting.start.weekday() == 1 and timezone.localtime(meeting.start).hour == 14
    assert deadlines.why_questions_are_refused(meeting) is None
    assert meeting.agenda_items.first().title == "Minutes of the meeting held on 5 March 2024."
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Ask a question" in page
    assert "Actions arising from previous meetings" in page
    assert f"Next meeting (made for the demo): {meeting.date:%-d %B %Y}" in demo


def test_a_later_run_keeps_the_meeting_to_come(demo):
    meeting = Meeting.objects.upcoming().get()
    load_demo()
    assert Meeting.objects.upcoming().get() == meeting


def test_a_demo_petition_is_open_with_its_confirmed_signatures(demo, client):
    petition = OnlinePetition.objects.get()
    assert petition.is_open()
    assert petition.signature_count == 7 == petition.signatures.filter(confirmed_at__isnull=False).count()
    page = client.get(petition.get_absolute_url()).content.decode()
    assert "<strong>7</strong> signatures" in page
    assert petition.lead_petitioner_email not in page
    assert f"A demo petition with 7 signatures (http://127.0.0.1:8000{petition.get_absolute_url()})" in demo
