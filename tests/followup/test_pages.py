"""Follow-up pages: the action tracker and its downloads, an action's page with its forms, an officer's and a
member's own pages, the recommendations page, the meeting page's actions arising, and their query counts."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from followup import workflow
from followup.models import Action, ActionResponse
from tests.factories import (
    ActionFactory,
    ActionResponseFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    MeetingFactory,
    MemberUserFactory,
    MinutesPublishedMeetingFactory,
    OfficerFactory,
    OfficerUserFactory,
    OverdueActionFactory,
    RecommendationFactory,
    TeamFactory,
)
from tests.responses import error_summary

pytestmark = pytest.mark.django_db
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
SESSION_AND_USER = 2  # a signed-in request reads its session and its user
ACTIONS = reverse("action-list")


def text_of(response) -> str:
    return response.content.decode()


def listed(response) -> list[Action]:
    return [row.record for row in response.context["table"].paginated_rows]


@pytest.fixture
def officer_client(client):
    """An officer signed in, as `client.person`."""
    person = OfficerFactory()
    client.force_login(OfficerUserFactory(person=person))
    client.person = person
    return client


@pytest.fixture
def reviewer_client(client):
    client.force_login(DemocraticServicesUserFactory())
    return client


# --- the tracker ------------------------------------------------------------------------------------------


class TestActionTracker:
    @pytest.fixture
    def actions(self):
        education = CommitteeFactory(name="Education Overview and Scrutiny Committee")
        team = TeamFactory(members=[OfficerFactory(family_name="Lea")])
        return {
            "late": OverdueActionFactory(description="Provide the tribunal figures."),
            "on_time": ActionFactory(description="Correct the table on page 30."),
            "team": ActionFactory(owner=None, team=team, description="Report the EHCP data."),
            "other": ActionFactory(
                resolution__minute__meeting__committee=education, description="Share the letter."
            ),
            "done": ActionFactory(status=Action.Status.COMPLETED, description="Circulate the plan."),
        }

    @pytest.mark.parametrize(
        "params, expected",
        [
            ({"overdue": "yes"}, ["late"]),
            ({"status": "completed"}, ["done"]),
            ({"text": "tribunal"}, ["late"]),
        ],
    )
    def test_filters(self, client, actions, params, expected):
        assert set(listed(client.get(ACTIONS, params))) == {actions[name] for name in expected}

    def test_filter_by_committee_officer_team_and_due_dates(self, client, actions):
        other = actions["other"]
        assert listed(client.get(ACTIONS, {"committee": other.committee_id})) == [other]
        assert listed(client.get(ACTIONS, {"owner": actions["late"].owner_id})) == [actions["late"]]
        assert listed(client.get(ACTIONS, {"team": actions["team"].team_id})) == [actions["team"]]
        member = actions["team"].team.members.get()
        assert listed(client.get(ACTIONS, {"owner": member.pk})) == [actions["team"]]  # their team's too
        today = timezone.localdate()
        window = {"due_from": (today - timedelta(days=11)).isoformat(), "due_to": today.isoformat()}
        assert listed(client.get(ACTIONS, window)) == [actions["late"]]

    def test_text_search_reads_only_responses_the_reader_may_see(self, client, actions):
        ActionResponseFactory(
            action=actions["on_time"], text="Awaiting the figures from the tribunal service."
        )
        assert actions["on_time"] not in listed(client.get(ACTIONS, {"text": "tribunal service"}))
        client.force_login(DemocraticServicesUserFactory())
        assert actions["on_time"] in listed(client.get(ACTIONS, {"text": "tribunal service"}))

    def test_bad_filter_input_gets_a_message_not_an_error(self, client, actions):
        response = client.get(ACTIONS, {"due_from": "31/02/2024", "overdue": "perhaps"})
        assert response.status_code == 200
        assert "Enter a valid date" in text_of(response)
        assert text_of(response).count("govuk-error-message") == 2
        # Summarised at the top of the page too, each linking to its field.
        assert len(error_summary(response)) == 2
        assert 'href="#id_due_from"' in text_of(response)

    def test_csv_and_excel_downloads_carry_the_plain_values(self, client, actions):
        workflow.submit_response(actions["late"], text='=HYPERLINK("x")', responded_by=actions["late"].owner)
        reviewer = DemocraticServicesUserFactory()
        workflow.accept_response(actions["late"], user=reviewer)
        response = client.get(ACTIONS, {"committee": actions["late"].committee_id, "_export": "csv"})
        rows = list(csv.DictReader(io.StringIO(response.content.decode())))
        row = next(r for r in rows if r["Action"] == actions["late"].reference)
        assert row["Status"] == "Completed"
        assert row["Latest response"].startswith('\'=HYPERLINK("x")')  # neutralised for spreadsheets
        assert row["What was asked"] == "Provide the tribunal figures."

        response = client.get(ACTIONS, {"overdue": "yes", "_export": "xlsx"})
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        header, *values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert header[:3] == ["Action", "Committee", "From"]
        assert [row[0] for row in values] == []  # the late action is now completed, so none is overdue

    def test_overdue_shows_in_words_not_colour_alone(self, client, actions):
        page = text_of(client.get(ACTIONS, {"overdue": "yes"}))
        assert ">Overdue</strong>" in page

    def test_paginates(self, client):
        ActionFactory.create_batch(26)
        response = client.get(ACTIONS)
        assert len(listed(response)) == 25
        assert "Page 1 of 2" in text_of(response)

    def test_queries_do_not_grow(self, client, django_assert_max_num_queries):
        ActionFactory()
        # count, rows (with latest response), and the committee, officer and team choices of the filters
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 5):
            client.get(ACTIONS)
        ActionFactory.create_batch(15, owner=None, team=TeamFactory())
        OverdueActionFactory.create_batch(5)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 5):
            client.get(ACTIONS)


# --- an action's page -------------------------------------------------------------------------------------


class TestActionPage:
    def test_shows_the_request_its_source_and_timeline(self, client):
        action = ActionResponseFactory(outcome="accepted", action__status="completed").action
        page = text_of(client.get(action.get_absolute_url()))
        assert action.description in page
        assert f"#minute-{action.minute.number}" in page
        assert "Of 120 tribunal appeals" in page
        assert "Action raised" in page

    def test_the_public_reads_accepted_responses_only(self, client):
        action = ActionFactory()
        ActionResponseFactory(action=action, text="Accepted answer.", outcome="accepted")
        ActionResponseFactory(action=action, text="Returned answer.", outcome="returned", return_reason="No.")
        ActionResponseFactory(action=action, text="Answer awaiting review.")
        page = text_of(client.get(action.get_absolute_url()))
        assert "Accepted answer." in page
        assert "Returned answer." not in page and "Answer awaiting review." not in page
        client.force_login(MemberUserFactory(committee=action.committee))
        page = text_of(client.get(action.get_absolute_url()))
        assert "Returned answer." in page and "Answer awaiting review." in page

    def test_the_owner_answers_with_attachments(self, officer_client, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        action = ActionFactory(owner=officer_client.person)
        with io.BytesIO(b"%PDF-1.4 figures") as upload:
            upload.name = "figures.pdf"
            response = officer_client.post(
                action.get_absolute_url(),
                {
                    "respond": "1",
                    "kind": "answer",
                    "text": "The figures are attached.",
                    "attachments": [upload],
                },
            )
        assert response.status_code == 302
        response = ActionResponse.objects.get(action=action)
        assert (response.text, response.responded_by) == ("The figures are attached.", officer_client.person)
        assert response.attachments.get().filename == "figures.pdf"
        page = officer_client.get(action.get_absolute_url(), follow=True)
        assert "Your response has been sent to Democratic Services." in text_of(page)

    @pytest.mark.parametrize(
        "data, message",
        [
            ({"kind": "answer", "text": "   "}, "Enter your response"),
            ({"text": "An answer."}, "Select whether this is an answer or a progress update"),
            ({"kind": "final", "text": "An answer."}, "Select a valid choice"),
        ],
    )
    def test_a_bad_response_gets_a_clear_message_and_saves_nothing(self, officer_client, data, message):
        action = ActionFactory(owner=officer_client.person)
        response = officer_client.post(action.get_absolute_url(), {"respond": "1", **data})
        assert response.status_code == 200
        page = text_of(response)
        assert message in page
        assert "<title>Error:" in page
        assert "govuk-error-summary" in page
        assert not ActionResponse.objects.exists()
        assert Action.objects.get(pk=action.pk).status == Action.Status.OPEN

    @pytest.mark.parametrize(
        "name, content, message",
        [
            ("figures.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "is not a file type we accept"),
            ("archive.zip", b"PK\x03\x04 an archive", "is not a file type we accept"),
            ("empty.pdf", b"", "The submitted file is empty"),
        ],
    )
    def test_an_attachment_is_checked_by_its_content(self, officer_client, name, content, message):
        action = ActionFactory(owner=officer_client.person)
        upload = io.BytesIO(content)
        upload.name = name
        response = officer_client.post(
            action.get_absolute_url(),
            {"respond": "1", "kind": "answer", "text": "See attached.", "attachments": [upload]},
        )
        assert message in text_of(response)
        assert not ActionResponse.objects.exists()

    def test_an_attachment_over_the_size_limit_is_refused(self, officer_client, settings):
        settings.ATTACHMENT_MAX_MEGABYTES = 1
        action = ActionFactory(owner=officer_client.person)
        upload = io.BytesIO(b"%PDF-1.4" + b"0" * (1024 * 1024))
        upload.name = "big.pdf"
        response = officer_client.post(
            action.get_absolute_url(),
            {"respond": "1", "kind": "answer", "text": "Big.", "attachments": [upload]},
        )
        assert "big.pdf is larger than 1 MB" in text_of(response)
        assert not ActionResponse.objects.exists()

    def test_democratic_services_accept_or_return_with_a_reason(self, reviewer_client):
        action = ActionResponseFactory().action
        response = reviewer_client.post(action.get_absolute_url(), {"review": "1", "decision": "return"})
        assert "Enter why the response is being returned" in text_of(response)
        assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED

        reviewer_client.post(
            action.get_absolute_url(), {"review": "1", "decision": "return", "reason": "Add 2023's figures."}
        )
        assert Action.objects.get(pk=action.pk).status == Action.Status.IN_PROGRESS
        ActionResponseFactory(action=action)
        Action.objects.filter(pk=action.pk).update(status=Action.Status.RESPONSE_SUBMITTED)
        reviewer_client.post(action.get_absolute_url(), {"review": "1", "decision": "accept"})
        assert Action.objects.get(pk=action.pk).status == Action.Status.COMPLETED

    def test_democratic_services_are_not_offered_their_own_answer_to_review(self, client):
        author, colleague = DemocraticServicesUserFactory(), DemocraticServicesUserFactory()
        action = ActionFactory()
        client.force_login(author)
        client.post(
            action.get_absolute_url(), {"respond": "1", "kind": "answer", "text": "As the officer said."}
        )
        assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED

        page = client.get(action.get_absolute_url())
        assert "review_form" not in page.context
        assert "Save the decision" not in text_of(page)
        assert "You sent the answer awaiting review, so someone else in Democratic Services" in text_of(page)
        assert (
            client.post(action.get_absolute_url(), {"review": "1", "decision": "accept"}).status_code == 403
        )
        assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED

        client.force_login(colleague)
        page = client.get(action.get_absolute_url())
        assert "Save the decision" in text_of(page)
        client.post(action.get_absolute_url(), {"review": "1", "decision": "accept"})
        assert Action.objects.get(pk=action.pk).status == Action.Status.COMPLETED

    def test_only_democratic_services_review(self, officer_client):
        action = ActionResponseFactory(action__owner=officer_client.person).action
        response = officer_client.post(action.get_absolute_url(), {"review": "1", "decision": "accept"})
        assert response.status_code == 403
        assert Action.objects.get(pk=action.pk).status == Action.Status.RESPONSE_SUBMITTED

    def test_queries_do_not_grow_with_the_timeline(self, reviewer_client, django_assert_max_num_queries):
        small = ActionResponseFactory().action
        large = ActionResponseFactory().action
        for _ in range(8):
            ActionResponseFactory(
                action=large, outcome="returned", reviewed_by=DemocraticServicesUserFactory()
            )
        large.description = "Changed by Democratic Services."
        large.owner = OfficerFactory()
        large.save()
        # action, permission rules, responses and attachments, history with users, names of changed owners
        budget = REQUEST_TRANSACTION + SESSION_AND_USER + 14
        with django_assert_max_num_queries(budget):
            reviewer_client.get(small.get_absolute_url())
        with django_assert_max_num_queries(budget):
            reviewer_client.get(large.get_absolute_url())


# --- own pages --------------------------------------------------------------------------------------------


class TestOwnPages:
    def test_my_actions_lists_the_officers_and_their_teams_actions(self, officer_client):
        own = ActionFactory(owner=officer_client.person)
        team = ActionFactory(owner=None, team=TeamFactory(members=[officer_client.person]))
        led = ActionFactory(owner=None, team=TeamFactory(lead=officer_client.person))
        ActionFactory()  # someone else's
        response = officer_client.get(reverse("my-actions"))
        assert set(listed(response)) == {own, team, led}

    def test_my_actions_needs_a_sign_in(self, client):
        response = client.get(reverse("my-actions"))
        assert response.status_code == 302 and response.url.startswith(reverse("sign-in"))

    def test_a_members_page_shows_their_committees_meetings_and_actions(self, client):
        committee = CommitteeFactory()
        client.force_login(MemberUserFactory(committee=committee))
        meeting = MeetingFactory(committee=committee)
        overdue = OverdueActionFactory(resolution__minute__meeting__committee=committee)
        elsewhere = OverdueActionFactory()
        response = client.get(reverse("my-home"))
        page = text_of(response)
        assert meeting.get_absolute_url() in page
        assert overdue.get_absolute_url() in page and elsewhere.get_absolute_url() not in page
        assert "1 of them is past its due date" in page

    def test_democratic_services_see_what_needs_them(self, reviewer_client):
        ActionResponseFactory()
        OverdueActionFactory.create_batch(2)
        RecommendationFactory(sent_on=timezone.localdate() - timedelta(days=90))
        page = text_of(reviewer_client.get(reverse("my-home")))
        assert "1 response awaiting review" in page
        assert "2 overdue actions" in page
        assert "1 overdue response from the executive" in page

    def test_own_pages_queries_do_not_grow(self, client, django_assert_max_num_queries):
        committee = CommitteeFactory()
        person = OfficerFactory()
        client.force_login(MemberUserFactory(committee=committee))
        officer = OfficerUserFactory(person=person)
        ActionFactory(resolution__minute__meeting__committee=committee, owner=person)
        # committees sat on, person, user and group permissions, meetings, actions, overdue count,
        # own actions, whether they own indicators
        home_budget = REQUEST_TRANSACTION + SESSION_AND_USER + 9
        with django_assert_max_num_queries(home_budget):
            client.get(reverse("my-home"))
        ActionFactory.create_batch(10, resolution__minute__meeting__committee=committee, owner=person)
        MeetingFactory.create_batch(5, committee=committee)
        with django_assert_max_num_queries(home_budget):
            client.get(reverse("my-home"))
        client.force_login(officer)
        # person, user and group permissions, committees sat on (whose responses they read), count, the
        # filters' committees, officers and teams, rows
        with django_assert_max_num_queries(REQUEST_TRANSACTION + SESSION_AND_USER + 9):
            client.get(reverse("my-actions"))


# --- recommendations --------------------------------------------------------------------------------------


class TestRecommendations:
    def test_overdue_responses_are_shown_to_the_public(self, client):
        today = timezone.localdate()
        late = RecommendationFactory(sent_on=today - timedelta(days=90))
        RecommendationFactory(sent_on=today - timedelta(days=5))
        response = client.get(reverse("recommendation-list"))
        page = text_of(response)
        assert "1 response from the executive is overdue" in page
        assert listed(client.get(reverse("recommendation-list"), {"response": "overdue"})) == [late]

    def test_recommendations_of_unpublished_minutes_are_hidden(self, client):
        hidden = RecommendationFactory(resolution__minute__meeting__status="held")
        assert hidden not in listed(client.get(reverse("recommendation-list")))

    def test_queries_do_not_grow(self, client, django_assert_max_num_queries):
        RecommendationFactory()
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 4):  # overdue count, count, rows, committees
            client.get(reverse("recommendation-list"))
        RecommendationFactory.create_batch(10)
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 4):
            client.get(reverse("recommendation-list"))


# --- the next meeting's actions arising -------------------------------------------------------------------


class TestActionsArising:
    def test_the_next_meeting_shows_the_actions_of_earlier_ones(self, client):
        held = MinutesPublishedMeetingFactory()
        action = ActionFactory(resolution__minute__meeting=held)
        ActionResponseFactory(action=action, text="Accepted so far.", outcome="accepted")
        next_meeting = MeetingFactory(committee=held.committee)
        page = text_of(client.get(next_meeting.get_absolute_url()))
        assert "Actions arising from previous meetings" in page
        assert action.get_absolute_url() in page and "Accepted so far." in page

    def test_a_held_meeting_does_not_show_them(self, client):
        held = MinutesPublishedMeetingFactory()
        ActionFactory(resolution__minute__meeting__committee=held.committee)
        assert "Actions arising" not in text_of(client.get(held.get_absolute_url()))

    def test_queries_do_not_grow(self, client, django_assert_max_num_queries):
        held = MinutesPublishedMeetingFactory()
        next_meeting = MeetingFactory(committee=held.committee)
        ActionResponseFactory(action__resolution__minute__meeting=held, outcome="accepted")
        # meeting, approvals, questions accepted for Question Time, actions arising and their responses
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 5):
            client.get(next_meeting.get_absolute_url())
        for _ in range(10):
            ActionResponseFactory(action__resolution__minute__meeting=held, outcome="accepted")
        with django_assert_max_num_queries(REQUEST_TRANSACTION + 5):
            client.get(next_meeting.get_absolute_url())


def test_visible_to_and_the_see_rule_agree():
    """The tracker's queryset and the action page's rule answer the same question the same way."""
    actions = [
        ActionFactory(),
        ActionFactory(exempt=True),
        ActionFactory(resolution__minute__meeting__status="held"),
    ]
    users = [
        AnonymousUser(),
        MemberUserFactory(committee=actions[1].committee),
        DemocraticServicesUserFactory(),
    ]
    for user in users:
        visible = set(Action.objects.visible_to(user))
        for action in actions:
            assert user.has_perm("followup.see_action", action) is (action in visible)
