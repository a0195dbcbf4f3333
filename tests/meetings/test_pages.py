"""The public pages: what they show, what they hide, and how many queries they take."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    BallotCandidateFactory,
    CommitteeFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    ExemptAgendaItemFactory,
    ExemptDocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MemberQuestionFactory,
    MembershipFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PetitionFactory,
    PublicQuestionFactory,
    PublishedAgendaMeetingFactory,
    ResolutionFactory,
    UserFactory,
    VoteCastFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
# Every request runs in a transaction (ATOMIC_REQUESTS): its savepoint and release count as two queries.
REQUEST_TRANSACTION = 2


def page_text(response) -> str:
    return response.content.decode()


def full_meeting(meeting, size: int):
    """A meeting whose agenda, record and minutes each have `size` entries."""
    for n in range(1, size + 1):
        item = AgendaItemFactory(meeting=meeting, number=n)
        DocumentFactory(agenda_item=item)
        item.contacts.add(AttendanceFactory(meeting=meeting).person)
        DeclarationFactory(meeting=meeting, agenda_item=item)
        PublicQuestionFactory(meeting=meeting, position=n)
        MemberQuestionFactory(meeting=meeting, position=n)
        PetitionFactory(meeting=meeting)
        minute = MinuteFactory(meeting=meeting, agenda_item=item)
        DiscussionPointFactory(minute=minute, position=1)
        ResolutionFactory(minute=minute)
        vote = VoteFactory(minute=minute)
        VoteCastFactory(vote=vote, person=AttendanceFactory(meeting=meeting).person)
        BallotCandidateFactory(ballot__minute=minute, person=None, name="Mrs. A. Candidate")
    return meeting


class TestHomeAndCommittees:
    def test_home_lists_upcoming_meetings_and_committees(self, client):
        meeting = MeetingFactory(committee__name="Children and Families Overview and Scrutiny Committee")
        response = client.get(reverse("home"))
        assert response.status_code == 200
        assert "Children and Families Overview and Scrutiny Committee" in page_text(response)
        assert meeting.get_absolute_url() in page_text(response)

    def test_home_lists_recent_meetings_but_not_cancelled_ones(self, client):
        held = HeldMeetingFactory()
        cancelled = HeldMeetingFactory(status=Meeting.Status.CANCELLED)
        page = page_text(client.get(reverse("home")))
        assert held.get_absolute_url() in page and cancelled.get_absolute_url() not in page

    def test_home_queries_do_not_grow(self, client, django_assert_max_num_queries):
        MeetingFactory()
        HeldMeetingFactory()
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):  # upcoming, recent meetings, committees
            client.get(reverse("home"))
        MeetingFactory.create_batch(15)
        HeldMeetingFactory.create_batch(15)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):
            client.get(reverse("home"))

    def test_committee_list(self, client, django_assert_max_num_queries):
        CommitteeFactory.create_batch(3)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 2):  # count, committees
            response = client.get(reverse("committee-list"))
        assert response.status_code == 200
        assert response.context["committee_list"].count() == 3

    def test_committee_page_shows_current_members_chair_first_and_meetings(self, client):
        committee = CommitteeFactory()
        MembershipFactory(committee=committee, person__name="Mr. M. Frisby CC", person__family_name="Frisby")
        MembershipFactory(
            committee=committee,
            role="chairman",
            person__name="Mrs. H. J. Fryer CC",
            person__family_name="Fryer",
        )
        MembershipFactory(
            committee=committee, person__name="Mr. Gone CC", end_date=timezone.localdate() - timedelta(1)
        )
        MembershipFactory(
            committee=committee,
            role="co_opted",
            is_voting=False,
            voting_note="votes on education matters only",
            person__name="Mrs. C. Lewis",
        )
        past = HeldMeetingFactory(committee=committee)
        upcoming = MeetingFactory(committee=committee)
        response = client.get(committee.get_absolute_url())
        text = page_text(response)
        assert text.index("Mrs. H. J. Fryer CC (Chairman)") < text.index("Mr. M. Frisby CC")
        assert "Mr. Gone CC" not in text
        assert "non-voting: votes on education matters only" in text
        assert past.get_absolute_url() in text and upcoming.get_absolute_url() in text

    def test_committee_page_paginates_past_meetings(self, client):
        committee = CommitteeFactory()
        for days in range(1, 26):
            HeldMeetingFactory(committee=committee, start=timezone.now() - timedelta(days=days))
        response = client.get(committee.get_absolute_url())
        assert len(response.context["past_meetings"]) == 20
        assert len(client.get(committee.get_absolute_url() + "?page=2").context["past_meetings"]) == 5

    def test_committee_page_queries_do_not_grow(self, client, django_assert_max_num_queries):
        committee = CommitteeFactory()
        MembershipFactory(committee=committee)
        HeldMeetingFactory(committee=committee)
        MeetingFactory(committee=committee)
        with django_assert_max_num_queries(
            REQUEST_TRANSACTION + 5
        ):  # committee, past count and page, members, upcoming
            client.get(committee.get_absolute_url())
        MembershipFactory.create_batch(12, committee=committee)
        HeldMeetingFactory.create_batch(30, committee=committee)
        MeetingFactory.create_batch(12, committee=committee)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 5):
            client.get(committee.get_absolute_url())

    def test_unknown_committee_is_404(self, client):
        assert client.get(reverse("committee-detail", kwargs={"slug": "no-such"})).status_code == 404


class TestMeetingPage:
    def test_published_agenda_shows_items_papers_and_pages(self, client):
        item = AgendaItemFactory(title="Children's Innovation Partnership", page_start=61, page_end=68)
        document = DocumentFactory(agenda_item=item, title="Report of the Director")
        text = page_text(client.get(item.meeting.get_absolute_url()))
        assert "Children&#x27;s Innovation Partnership" in text
        assert "Pages 61 - 68" in text
        assert document.get_absolute_url() in text

    def test_unpublished_agenda_is_hidden_from_the_public_but_previewed_by_staff(
        self, client, democratic_services_user
    ):
        item = AgendaItemFactory(meeting=MeetingFactory(), title="Draft item not yet published")
        assert "Draft item not yet published" not in page_text(client.get(item.meeting.get_absolute_url()))
        client.force_login(democratic_services_user)
        text = page_text(client.get(item.meeting.get_absolute_url()))
        assert "Draft item not yet published" in text and "Preview" in text

    def test_record_and_minutes_show_once_published(self, client):
        meeting = full_meeting(MinutesPublishedMeetingFactory(), 1)
        resolution = meeting.minutes.get().resolutions.get()
        text = page_text(client.get(meeting.get_absolute_url()))
        assert resolution.text in text
        assert "Draft minutes" in text
        assert "Mrs Sue Whiting" in text
        assert "Chair of the Leicestershire Parent Carer Forum." in text
        assert "Keep the youth centre open" in text
        assert "(i) Members noted the information provided." in text

    def test_minutes_of_a_held_meeting_stay_hidden_until_published(self, client):
        meeting = HeldMeetingFactory()
        minute = MinuteFactory(meeting=meeting, heading="Unpublished heading")
        ResolutionFactory(minute=minute, text="That the secret draft be noted.")
        text = page_text(client.get(meeting.get_absolute_url()))
        assert "That the secret draft be noted." not in text
        assert "Unpublished heading" not in text

    def test_late_agenda_is_flagged(self, client):
        start = datetime(2024, 3, 5, 14, 0, tzinfo=LONDON)
        meeting = PublishedAgendaMeetingFactory(
            start=start, agenda_published_at=datetime(2024, 3, 1, 9, tzinfo=LONDON)
        )
        AgendaItemFactory(meeting=meeting)
        text = page_text(client.get(meeting.get_absolute_url()))
        assert "Published late" in text
        assert "26 February 2024" in text  # the deadline for a Tuesday 5 March 2024 meeting

    def test_approving_meeting_links_to_the_minutes_it_approved(self, client):
        approved = MinutesPublishedMeetingFactory(status=Meeting.Status.MINUTES_APPROVED)
        approver = PublishedAgendaMeetingFactory(committee=approved.committee)
        Meeting.objects.filter(pk=approved.pk).update(minutes_approved_at=approver)
        assert approved.get_absolute_url() in page_text(client.get(approver.get_absolute_url()))
        assert approver.get_absolute_url() in page_text(client.get(approved.get_absolute_url()))

    def test_meeting_page_queries_do_not_grow(self, client, django_assert_max_num_queries):
        small = full_meeting(MinutesPublishedMeetingFactory(), 1)
        large = full_meeting(MinutesPublishedMeetingFactory(), 12)
        with django_assert_max_num_queries(
            REQUEST_TRANSACTION + 18
        ):  # meeting, approvals, agenda packs, items, papers, contacts, 4 record parts, minutes + 6 parts
            client.get(small.get_absolute_url())
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 18):
            client.get(large.get_absolute_url())

    def test_unknown_meeting_is_404(self, client):
        assert client.get(reverse("meeting-detail", kwargs={"pk": 999999})).status_code == 404


class TestExemptMaterial:
    """An exempt item shows the public only its number, title and Schedule 12A paragraph."""

    @pytest.fixture
    def meeting_with_exempt_papers(self):
        meeting = MinutesPublishedMeetingFactory()
        exempt_item = ExemptAgendaItemFactory(
            meeting=meeting,
            number=11,
            report_by="Director of Corporate Resources",
            page_start=61,
            page_end=68,
        )
        DocumentFactory(agenda_item=exempt_item, title="Report: bids received")
        open_item = AgendaItemFactory(meeting=meeting, number=12)
        ExemptDocumentFactory(agenda_item=open_item)
        minute = MinuteFactory(
            meeting=meeting,
            agenda_item=exempt_item,
            heading="Children's home contract award",
            text="The Committee considered the prices offered by the three bidders.",
        )
        ResolutionFactory(minute=minute, text="That the contract be awarded to the lowest bidder.")
        return meeting

    def test_public_sees_only_number_title_and_paragraph(self, client, meeting_with_exempt_papers):
        text = page_text(client.get(meeting_with_exempt_papers.get_absolute_url()))
        assert "11. Children&#x27;s home contract award" in text
        assert "paragraph 3 of Schedule 12A" in text
        for secret in (
            "Confidential: the bids received",
            "Director of Corporate Resources",
            "Pages 61 - 68",
            "Report: bids received",
            "Appendix B: tender prices",
            "prices offered by the three bidders",
            "awarded to the lowest bidder",
        ):
            assert secret not in text, secret
        for document in meeting_with_exempt_papers.agenda_items.get(number=11).documents.all():
            assert document.get_absolute_url() not in text

    def test_entitled_staff_read_everything(
        self, client, democratic_services_user, meeting_with_exempt_papers
    ):
        client.force_login(democratic_services_user)
        text = page_text(client.get(meeting_with_exempt_papers.get_absolute_url()))
        for secret in (
            "Confidential: the bids received",
            "Report: bids received",
            "Appendix B: tender prices",
            "prices offered by the three bidders",
            "awarded to the lowest bidder",
        ):
            assert secret in text, secret

    def test_signed_in_user_without_entitlement_sees_no_exempt_material(
        self, client, meeting_with_exempt_papers
    ):
        client.force_login(UserFactory())
        text = page_text(client.get(meeting_with_exempt_papers.get_absolute_url()))
        assert "Appendix B: tender prices" not in text
        assert "awarded to the lowest bidder" not in text

    def test_exempt_documents_cannot_be_downloaded_by_the_public(self, client, meeting_with_exempt_papers):
        from meetings.models import Document

        for document in Document.objects.filter(exempt=True):
            response = client.get(document.get_absolute_url())
            assert response.status_code == 403
            assert b"confidential" not in response.content.lower()

    def test_entitled_staff_download_exempt_documents(
        self, client, democratic_services_user, meeting_with_exempt_papers
    ):
        from meetings.models import Document

        client.force_login(democratic_services_user)
        document = Document.objects.get(title="Appendix B: tender prices")
        response = client.get(document.get_absolute_url())
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 confidential prices"
        assert response["Cache-Control"] == "private, no-store"

    def test_exempt_resolutions_are_absent_from_the_tracker_and_its_export(
        self, client, meeting_with_exempt_papers
    ):
        ResolutionFactory(minute__meeting=meeting_with_exempt_papers, text="That the open report be noted.")
        text = page_text(client.get(reverse("resolution-list")))
        assert "That the open report be noted." in text
        assert "lowest bidder" not in text
        export = page_text(client.get(reverse("resolution-list") + "?_export=csv"))
        assert "That the open report be noted." in export
        assert "lowest bidder" not in export

    def test_entitled_staff_see_exempt_resolutions_in_the_tracker(
        self, client, democratic_services_user, meeting_with_exempt_papers
    ):
        client.force_login(democratic_services_user)
        assert "lowest bidder" in page_text(client.get(reverse("resolution-list")))


class TestDocumentDownload:
    def test_public_document_downloads(self, client):
        document = DocumentFactory()
        response = client.get(document.get_absolute_url())
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 report"

    def test_document_of_unpublished_agenda_is_not_found(self, client, democratic_services_user):
        document = DocumentFactory(agenda_item__meeting=MeetingFactory())
        assert client.get(document.get_absolute_url()).status_code == 404
        client.force_login(democratic_services_user)
        assert client.get(document.get_absolute_url()).status_code == 200


class TestCalendar:
    def test_month_lists_meetings_by_day(self, client):
        committee = CommitteeFactory(name="Children and Families Overview and Scrutiny Committee")
        MeetingFactory(committee=committee, start=datetime(2024, 3, 5, 14, tzinfo=LONDON))
        MeetingFactory(start=datetime(2024, 4, 2, 14, tzinfo=LONDON), committee__name="Scrutiny Commission")
        response = client.get(reverse("meeting-calendar-month", kwargs={"year": 2024, "month": 3}))
        text = page_text(response)
        assert "Tuesday 5 March" in text
        assert "Children and Families Overview and Scrutiny Committee" in text
        assert "Scrutiny Commission" not in text
        assert reverse("meeting-calendar-month", kwargs={"year": 2024, "month": 2}) in text
        assert reverse("meeting-calendar-month", kwargs={"year": 2024, "month": 4}) in text

    def test_current_month_by_default(self, client):
        MeetingFactory(start=timezone.now())
        response = client.get(reverse("meeting-calendar"))
        assert response.context["month"].month == timezone.localdate().month
        assert len(response.context["days"]) == 1

    def test_december_links_to_january(self, client):
        text = page_text(client.get(reverse("meeting-calendar-month", kwargs={"year": 2024, "month": 12})))
        assert reverse("meeting-calendar-month", kwargs={"year": 2025, "month": 1}) in text

    def test_impossible_month_is_404(self, client):
        assert client.get("/meetings/calendar/2024/13/").status_code == 404

    def test_calendar_queries_do_not_grow(self, client, django_assert_max_num_queries):
        def url():
            return reverse("meeting-calendar-month", kwargs={"year": 2024, "month": 3})

        MeetingFactory(start=datetime(2024, 3, 5, 14, tzinfo=LONDON))
        with django_assert_max_num_queries(
            REQUEST_TRANSACTION + 1
        ):  # the month's meetings with their committees
            client.get(url())
        for day in range(1, 28):
            MeetingFactory(start=datetime(2024, 3, day, 10, tzinfo=LONDON))
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 1):
            client.get(url())


class TestResolutionsTracker:
    @pytest.fixture
    def resolutions(self):
        january = MinutesPublishedMeetingFactory(
            start=datetime(2024, 1, 23, 14, tzinfo=LONDON), committee__name="Children and Families OSC"
        )
        march = MinutesPublishedMeetingFactory(start=datetime(2024, 3, 5, 14, tzinfo=LONDON))
        return {
            "noted": ResolutionFactory(
                minute__meeting=january,
                minute__number=53,
                kind="noted",
                text="That the update on the TSIL programme be noted.",
            ),
            "recommendation": ResolutionFactory(
                minute__meeting=january,
                minute__number=52,
                letter="b",
                kind="recommendation",
                text="That the comments now made be forwarded to the Scrutiny Commission.",
            ),
            "march": ResolutionFactory(
                minute__meeting=march,
                kind="request_for_information",
                text="That the Director be requested to provide figures on tribunals.",
            ),
        }

    def get(self, client, **params):
        return client.get(reverse("resolution-list"), params)

    def listed(self, response):
        return [row.record for row in response.context["table"].paginated_rows]

    def test_lists_published_resolutions_newest_meeting_first(self, client, resolutions):
        listed = self.listed(self.get(client))
        assert listed[0] == resolutions["march"]
        assert set(listed) == set(resolutions.values())

    def test_unpublished_minutes_are_not_listed(self, client, resolutions):
        hidden = ResolutionFactory(minute__meeting=HeldMeetingFactory(), text="That the draft be noted.")
        assert hidden not in self.listed(self.get(client))

    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"kind": "recommendation"}, ["recommendation"]),
            ({"text": "tsil"}, ["noted"]),
            ({"date_from": "2024-03-01"}, ["march"]),
            ({"date_to": "2024-01-31"}, ["noted", "recommendation"]),
            ({"date_from": "2024-01-23", "date_to": "2024-01-23", "kind": "noted"}, ["noted"]),
        ],
    )
    def test_filters(self, client, resolutions, params, expected):
        assert set(self.listed(self.get(client, **params))) == {resolutions[key] for key in expected}

    def test_filter_by_committee(self, client, resolutions):
        committee = resolutions["noted"].minute.meeting.committee
        listed = self.listed(self.get(client, committee=committee.pk))
        assert set(listed) == {resolutions["noted"], resolutions["recommendation"]}

    def test_sort_by_minute_reference(self, client, resolutions):
        listed = self.listed(
            self.get(client, committee=resolutions["noted"].minute.committee.pk, sort="reference")
        )
        assert listed == [resolutions["recommendation"], resolutions["noted"]]
        assert "52(b)" in page_text(self.get(client))

    def test_bad_filter_input_gets_a_clear_message_not_an_error(self, client, resolutions):
        response = self.get(client, date_from="23/01/2024x", committee="not-a-number", kind="made-up")
        assert response.status_code == 200
        text = page_text(response)
        assert "Enter a valid date." in text
        assert "Error:" in text

    def test_paginates(self, client):
        meeting = MinutesPublishedMeetingFactory()
        ResolutionFactory.create_batch(30, minute__meeting=meeting)
        assert len(self.listed(self.get(client))) == 25
        assert len(self.listed(self.get(client, page=2))) == 5

    def test_csv_export_respects_filters_and_neutralises_formulas(self, client, resolutions):
        ResolutionFactory(
            minute__meeting=resolutions["march"].minute.meeting,
            kind="decision",
            text='=HYPERLINK("http://evil.example")',
        )
        response = self.get(client, _export="csv", kind="decision")
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(page_text(response))))
        assert rows[0] == ["Meeting", "Committee", "Minute", "Resolution", "Kind"]
        assert len(rows) == 2
        assert rows[1][3].startswith("'=HYPERLINK")
        assert rows[1][0] == "2024-03-05"

    def test_tracker_queries_do_not_grow(self, client, django_assert_max_num_queries):
        meeting = MinutesPublishedMeetingFactory()
        ResolutionFactory(minute__meeting=meeting)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):  # count, page, committee choices
            self.get(client)
        ResolutionFactory.create_batch(40, minute__meeting=meeting)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):
            self.get(client)
