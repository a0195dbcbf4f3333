"""Reports commissioned from officers: Democratic Services name each substantive item's lead officer on the
meeting's Reports page (deadlines from the timetable), the officer is emailed, uploads the draft and then the
final from /my/reports/ (the final becomes the item's report), Democratic Services are told, and late
reports show on the to-do list, block the agenda's publication and are chased with the actions.

The meeting is Tuesday 5 March 2024: its agenda is due by Monday 26 February, so with drafts ten and finals
three working days before that, the draft is due on Monday 12 February and the final on Wednesday 21
February (worked out by hand from the calendar)."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from followup import chasing
from meetings import report_requests
from meetings.admin import workspace
from meetings.models import AgendaItem, Document, Meeting, ReportRequest
from scrutiny.models import Message
from scrutiny.notifications import outbox
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    OverdueReportRequestFactory,
    PublishedAgendaMeetingFactory,
    ReportRequestFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
SITE = "https://committees.example.gov.uk"  # chasing_settings's (tests/conftest.py)
JANE = "jane.carter@example.gov.uk"
DS_ADDRESS = "democratic.services@example.gov.uk"
PDF = b"%PDF-1.4 the final report on school places"


@pytest.fixture(autouse=True)
def timetable(chasing_settings):
    chasing_settings.REPORT_DRAFT_WORKING_DAYS, chasing_settings.REPORT_FINAL_WORKING_DAYS = 10, 3
    return chasing_settings


@pytest.fixture
def staff(client):
    client.force_login(DemocraticServicesUserFactory(username="democratic.services", email=DS_ADDRESS))
    return client


@pytest.fixture
def jane():
    """An officer who signs in."""
    person = OfficerFactory(name="Jane Carter", family_name="Carter", email=JANE, job_title="Head of SEND")
    OfficerUserFactory(username="jane", email=JANE, person=person)
    return person


@pytest.fixture
def meeting():
    committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee", slug="cfosc")
    return MeetingFactory(committee=committee, start=datetime(2024, 3, 5, 14, tzinfo=LONDON))


@pytest.fixture
def item(meeting):
    AgendaItemFactory(
        meeting=meeting, number=1, title="Apologies for absence", kind=AgendaItem.Kind.PROCEDURAL
    )
    return AgendaItemFactory(meeting=meeting, number=2, title="School place sufficiency")


def reports_page(meeting) -> str:
    return reverse("admin:meetings_meeting_reports", args=[meeting.pk])


def upload(name="report.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def as_officer(client, person):
    client.force_login(person.user)
    return client


def stored_files(under: str) -> list[str]:
    root = Path(django_settings.MEDIA_ROOT) / under
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


# --- commissioning ----------------------------------------------------------------------------------------


def test_the_page_lists_substantive_items_with_the_timetables_deadlines(staff, item, jane):
    page = staff.get(reports_page(item.meeting)).content.decode()
    assert "2. School place sufficiency" in page
    assert "Apologies for absence" not in page  # procedural: no report
    assert f'name="item-{item.pk}-draft_due" value="2024-02-12"' in page
    assert f'name="item-{item.pk}-final_due" value="2024-02-21"' in page
    assert "Jane Carter, Head of SEND" in page
    assert "Monday 12 February 2024" in page and "Wednesday 21 February 2024" in page


def commission_jane(staff, item, jane, django_capture_on_commit_callbacks, **dates):
    data = {
        f"item-{item.pk}-officer": str(jane.pk),
        f"item-{item.pk}-draft_due": dates.get("draft_due", "2024-02-12"),
        f"item-{item.pk}-final_due": dates.get("final_due", "2024-02-21"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        return staff.post(reports_page(item.meeting), data)


def test_commissioning_emails_the_officer(staff, item, jane, mailoutbox, django_capture_on_commit_callbacks):
    response = commission_jane(staff, item, jane, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    request = ReportRequest.objects.get(agenda_item=item)
    assert (request.officer, request.draft_due, request.final_due, request.status) == (
        jane,
        date(2024, 2, 12),
        date(2024, 2, 21),
        "commissioned",
    )
    [email] = mailoutbox
    assert email.to == [JANE]
    assert email.subject == (
        "A report for you to write for the Children and Families Overview and Scrutiny Committee on "
        "5 March 2024: draft due 12 February 2024"
    )
    assert "Dear Jane Carter," in email.body
    assert "2. School place sufficiency" in email.body
    assert "Please upload your draft by Monday 12 February 2024, and the final report by Wednesday 21 " in (
        email.body
    )
    assert f"{SITE}/my/reports/{request.pk}/" in email.body
    message = Message.objects.get(kind="meetings.report_commissioned")
    assert (message.recipient, message.sent_at is not None) == (JANE, True)

    # Saving the page again changes nothing and emails nobody; moving the dates emails nobody either.
    commission_jane(staff, item, jane, django_capture_on_commit_callbacks)
    commission_jane(staff, item, jane, django_capture_on_commit_callbacks, final_due="2024-02-22")
    assert len(mailoutbox) == 1
    assert ReportRequest.objects.get(agenda_item=item).final_due == date(2024, 2, 22)


def test_a_draft_due_after_the_final_is_refused_and_nothing_saved(
    staff, item, jane, mailoutbox, django_capture_on_commit_callbacks
):
    response = commission_jane(
        staff, item, jane, django_capture_on_commit_callbacks, draft_due="2024-02-23", final_due="2024-02-21"
    )
    assert response.status_code == 200
    assert "The draft cannot be due after the final report." in response.content.decode()
    assert not ReportRequest.objects.exists()
    assert mailoutbox == []


def test_only_officers_who_sign_in_can_be_commissioned(item):
    with pytest.raises(Exception, match="not an officer who signs in"):
        report_requests.commission(item=item, officer=OfficerFactory())  # no sign-in
    procedural = AgendaItem.objects.get(meeting=item.meeting, number=1)
    with pytest.raises(Exception, match="procedural item"):
        report_requests.commission(item=procedural, officer=OfficerUserFactory().person)


# --- the officer's page -------------------------------------------------------------------------------------


@pytest.fixture
def commissioned(item, jane):
    return report_requests.commission(item=item, officer=jane)


def test_the_officer_uploads_the_draft_then_the_final_which_becomes_the_items_report(
    client, commissioned, jane, mailoutbox, django_capture_on_commit_callbacks, settings
):
    DemocraticServicesUserFactory(username="ds", email=DS_ADDRESS)
    as_officer(client, jane)
    listing = client.get(reverse("my-reports")).content.decode()
    assert "School place sufficiency" in listing
    assert "Draft due 12 February 2024, final due 21 February 2024." in listing

    url = reverse("my-report", args=[commissioned.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"stage": "draft", "file": upload("draft.pdf", b"%PDF-1.4 first draft")})
    assert response.status_code == 302
    commissioned.refresh_from_db()
    assert commissioned.status == "draft_received"
    assert commissioned.draft.read() == b"%PDF-1.4 first draft"
    assert not Document.objects.exists()
    assert [(email.to, email.subject) for email in mailoutbox if email.to != [JANE]] == [
        (
            [DS_ADDRESS],
            "Draft report received from Jane Carter: Children and Families Overview and Scrutiny Committee, "
            "5 March 2024",
        )
    ]
    assert "The final report is due by Wednesday 21 February 2024." in mailoutbox[-1].body

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"stage": "final", "file": upload("final.pdf")})
    assert response.status_code == 302
    commissioned.refresh_from_db()
    [document] = Document.objects.all()
    assert (document.agenda_item, document.kind, document.title) == (
        commissioned.agenda_item,
        "report",
        "School place sufficiency",
    )
    assert document.file.read() == PDF
    assert document.file.name.startswith("meetings/cfosc/2024-03-05/")
    assert (commissioned.status, commissioned.final) == ("final_received", document)
    assert mailoutbox[-1].subject.startswith("Final report received from Jane Carter")
    assert "It is now the item's report." in mailoutbox[-1].body

    # The final is in: the page says so, and another upload is refused until Democratic Services reopen it.
    page = client.get(url).content.decode()
    assert "The final report is in." in page and 'type="file"' not in page
    response = client.post(url, {"stage": "final", "file": upload("again.pdf", b"%PDF-1.4 again")})
    assert "The final report is in." in response.content.decode()
    assert Document.objects.get().file.read() == PDF

    report_requests.reopen(request=commissioned)
    client.post(url, {"stage": "final", "file": upload("corrected.pdf", b"%PDF-1.4 corrected")})
    [document] = Document.objects.all()  # the same paper, its file replaced
    assert document.file.read() == b"%PDF-1.4 corrected"
    assert not ReportRequest.objects.get().reopened


def test_uploads_are_refused_once_the_agenda_is_published_unless_reopened(client, commissioned, jane):
    Meeting.objects.filter(pk=commissioned.agenda_item.meeting_id).update(
        agenda_published_at=timezone.now(), status=Meeting.Status.AGENDA_PUBLISHED
    )
    as_officer(client, jane)
    url = reverse("my-report", args=[commissioned.pk])
    response = client.post(url, {"stage": "final", "file": upload()})
    assert "The agenda is published." in response.content.decode()
    assert not Document.objects.exists()
    report_requests.reopen(request=commissioned)
    assert client.post(url, {"stage": "final", "file": upload()}).status_code == 302
    assert Document.objects.get().agenda_item == commissioned.agenda_item


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "is not a file type we accept"),
        ("report.html", b"%PDF-1.4 a pdf called html", "which its name does not say"),
        ("report.pdf", b"%PDF-1.4" + b"0" * (1024 * 1024), "is larger than 1 MB"),
    ],
    ids=["executable", "misnamed", "too-big"],
)
def test_bad_files_are_refused_and_nothing_written(
    client, commissioned, jane, settings, mailoutbox, name, content, error
):
    settings.DOCUMENT_MAX_MEGABYTES = 1
    before = stored_files("")
    as_officer(client, jane)
    for stage in ("draft", "final"):
        response = client.post(
            reverse("my-report", args=[commissioned.pk]), {"stage": stage, "file": upload(name, content)}
        )
        assert response.status_code == 200
        assert error in response.content.decode()
    commissioned.refresh_from_db()
    assert (commissioned.status, commissioned.draft.name, commissioned.final) == ("commissioned", "", None)
    assert not Document.objects.exists()
    assert stored_files("") == before
    assert not Message.objects.filter(kind="meetings.report_received").exists()


def test_another_officer_can_neither_see_nor_upload_to_it(client, commissioned, jane):
    other = OfficerUserFactory(username="omar").person
    as_officer(client, other)
    listing = client.get(reverse("my-reports")).content.decode()
    assert "School place sufficiency" not in listing
    assert "No reports have been asked of you." in listing
    assert client.get(reverse("my-report", args=[commissioned.pk])).status_code == 404
    response = client.post(reverse("my-report", args=[commissioned.pk]), {"stage": "final", "file": upload()})
    assert response.status_code == 404
    assert not Document.objects.exists()
    # Nor read the draft.
    report_requests.upload_draft(request=commissioned, officer=jane, file=upload("draft.pdf"))
    assert client.get(reverse("report-draft-download", args=[commissioned.pk])).status_code == 404
    as_officer(client, jane)
    assert client.get(reverse("report-draft-download", args=[commissioned.pk])).status_code == 200


def test_the_workflow_refuses_anyone_but_the_lead_officer(commissioned):
    with pytest.raises(Exception, match="Only the report's lead officer"):
        report_requests.upload_final(request=commissioned, officer=OfficerFactory(), file=upload())
    assert not Document.objects.exists()


def test_a_withdrawn_report_leaves_the_officers_page(client, commissioned, jane):
    report_requests.withdraw(request=commissioned)
    as_officer(client, jane)
    assert "School place sufficiency" not in client.get(reverse("my-reports")).content.decode()
    assert client.get(reverse("my-report", args=[commissioned.pk])).status_code == 404


# --- late reports -------------------------------------------------------------------------------------


def run_chase(day: date, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return chasing.chase(day)


def chasers(kind: str) -> list[tuple[str, str]]:
    return list(Message.objects.filter(kind=kind).order_by("pk").values_list("recipient", "key"))


def test_chasing_reminds_once_before_each_deadline_and_chases_weekly_when_late(
    jane, item, mailoutbox, django_capture_on_commit_callbacks
):
    # Draft due Monday 12 February 2024, final Wednesday 21 February.
    request = report_requests.commission(item=item, officer=jane)
    Message.objects.all().delete()  # the commissioning email is not what is tested here
    # Thursday 8 February: the draft is due within three working days (Fri 9, Mon 12, Tue 13).
    run_chase(date(2024, 2, 8), django_capture_on_commit_callbacks)
    run_chase(date(2024, 2, 8), django_capture_on_commit_callbacks)  # the task run twice
    run_chase(date(2024, 2, 9), django_capture_on_commit_callbacks)  # and the next day
    assert chasers("followup.report_reminder") == [(JANE, f"report-{request.pk}:draft:due-2024-02-12")]
    reminder = mailoutbox[-1]
    assert reminder.subject == (
        "Reminder: your draft report for the Children and Families Overview and Scrutiny Committee on "
        "5 March 2024 is due 12 February 2024"
    )
    assert f"{SITE}/my/reports/{request.pk}/" in reminder.body

    # Wednesday 14 February (ISO week 7): the draft is two days late. Chased once that week, again the next.
    for day in (date(2024, 2, 14), date(2024, 2, 14), date(2024, 2, 16), date(2024, 2, 19)):
        run_chase(day, django_capture_on_commit_callbacks)
    assert chasers("followup.report_overdue") == [
        (JANE, f"report-{request.pk}:draft:2024-W07"),
        (JANE, f"report-{request.pk}:draft:2024-W08"),
    ]
    overdue = [email for email in mailoutbox if email.subject.startswith("Overdue")]
    assert len(overdue) == 2
    assert "was due on Monday 12 February 2024 and is now 2 days overdue" in overdue[0].body

    # The draft arrives: chasing turns to the final, which is reminded of once and not yet late.
    report_requests.upload_draft(request=request, officer=jane, file=upload("draft.pdf"))
    run_chase(date(2024, 2, 19), django_capture_on_commit_callbacks)
    run_chase(date(2024, 2, 19), django_capture_on_commit_callbacks)
    assert chasers("followup.report_reminder")[1:] == [(JANE, f"report-{request.pk}:final:due-2024-02-21")]
    assert len(chasers("followup.report_overdue")) == 2


def test_a_chaser_waiting_to_be_sent_is_dropped_once_the_report_arrives(jane, item, mailoutbox):
    request = report_requests.commission(item=item, officer=jane)
    chasing.plan_report_overdue(date(2024, 2, 14))
    report_requests.upload_draft(request=request, officer=jane, file=upload("draft.pdf"))
    Message.objects.exclude(kind="followup.report_overdue").delete()
    assert outbox.send_pending(date(2024, 2, 14)) == (0, 0)
    assert mailoutbox == []
    assert not Message.objects.filter(kind="followup.report_overdue").exists()


def test_nobody_is_chased_once_the_agenda_is_out_or_the_meeting_cancelled(mailoutbox):
    OverdueReportRequestFactory(agenda_item__meeting=PublishedAgendaMeetingFactory())
    OverdueReportRequestFactory(agenda_item__meeting=MeetingFactory(status="cancelled"))
    late = OverdueReportRequestFactory()
    assert list(ReportRequest.objects.overdue()) == [late]
    assert chasing.plan_report_overdue(timezone.localdate()) == 1
    assert [message.about for message in Message.objects.filter(kind="followup.report_overdue")] == [late]


def test_overdue_reports_block_the_agendas_publication(jane, item):
    request = report_requests.commission(item=item, officer=jane)
    on_time = AgendaItemFactory(meeting=item.meeting, number=3, title="Youth services")
    ReportRequestFactory(agenda_item=on_time)
    # Today is long after 12 February 2024. (The items' missing papers are warnings of meetings' own.)
    [blocker] = [b for b in workspace.blockers(item.meeting) if not b.warning]
    assert blocker.step == Meeting.Status.AGENDA_PUBLISHED
    assert blocker.text == (
        "A report overdue from its officer: 2. School place sufficiency "
        "(Jane Carter, draft due 12 February 2024)"
    )
    assert blocker.url == reports_page(item.meeting)
    report_requests.upload_final(request=request, officer=jane, file=upload())
    assert [b for b in workspace.blockers(item.meeting) if not b.warning] == []


def test_the_to_do_list_and_the_page_show_what_is_late(staff):
    late = OverdueReportRequestFactory(agenda_item__title="Home to school transport")
    ReportRequestFactory(agenda_item__title="Not due yet")
    home = staff.get(reverse("admin:index")).content.decode()
    section = home[home.index("Reports overdue from officers: ") :]
    section = section[: section.index("</div>")]
    assert "Reports overdue from officers: 1</a>" in section
    assert "Home to school transport: draft from" in section
    assert reports_page(late.agenda_item.meeting) in section
    assert "Not due yet" not in section
    listed = staff.get(reverse("admin:meetings_reportrequest_changelist"), {"overdue": "yes"})
    assert [row.pk for row in listed.context["cl"].result_list] == [late.pk]
    page = staff.get(reports_page(late.agenda_item.meeting)).content.decode()
    assert "Draft overdue" in page


# --- query budgets ------------------------------------------------------------------------------------

# Session, user, the meeting, its substantive items with their requests, the officers, and the admin's own.
REPORTS_PAGE_QUERIES = 9
# Session, user, person, how many reports (the page's count) and the reports with their items, meetings and
# committees; and the savepoint around the request's reading of the user, and its release.
MY_REPORTS_QUERIES = 7
MY_REPORT_QUERIES = MY_REPORTS_QUERIES - 1  # one report: nothing to count


@pytest.mark.parametrize("count", [3, 12])
def test_the_reports_page_has_a_query_budget(staff, meeting, django_assert_num_queries, count):
    for number in range(1, count + 1):
        item = AgendaItemFactory(meeting=meeting, number=number)
        if number % 2:
            ReportRequestFactory(agenda_item=item)
    with django_assert_num_queries(REPORTS_PAGE_QUERIES):
        response = staff.get(reports_page(meeting))
    assert response.content.decode().count('<th scope="row">') == count


@pytest.mark.parametrize("count", [2, 10])
def test_the_officers_page_has_a_query_budget(client, jane, django_assert_num_queries, count):
    ReportRequestFactory.create_batch(count, officer=jane)
    as_officer(client, jane)
    with django_assert_num_queries(MY_REPORTS_QUERIES):
        response = client.get(reverse("my-reports"))
    assert response.content.decode().count('href="/my/reports/') == count


def test_the_report_page_has_a_query_budget(client, commissioned, jane, django_assert_num_queries):
    as_officer(client, jane)
    with django_assert_num_queries(MY_REPORT_QUERIES):
        assert client.get(reverse("my-report", args=[commissioned.pk])).status_code == 200
