"""Following up what committees asked, in the browser: officers answer their actions, Democratic Services
return or accept the answers, and the public reads what was accepted. Every page is checked against
WCAG 2.2 AA."""

import re
from dataclasses import dataclass

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from followup.models import Action
from meetings.models import Meeting
from tests.browser.axe import assert_accessible
from tests.browser.steps import assert_error_summary, sign_in
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
    OverdueRecommendationFactory,
    RecommendationFactory,
    TeamFactory,
)

PDF = b"%PDF-1.4\n% Tribunal appeals 2023\n"
FIRST_ANSWER = "Of 120 tribunal appeals in 2023, most were decided in favour of the parent."
RETURN_REASON = "Say how many appeals were decided for the parent, and compare with the national figure."
SECOND_ANSWER = "Of 120 tribunal appeals in 2023, 114 (95%) were decided for the parent; nationally 98%."
HOME_HEADING = "Committee meetings, agendas and minutes"


@dataclass
class FollowUp:
    committee: object
    held: Meeting
    officer_user: object
    action: Action


@pytest.fixture
def follow_up() -> FollowUp:
    """An action from a committee's published minutes, owned by an officer who signs in."""
    committee = CommitteeFactory(
        name="Children and Families Overview and Scrutiny Committee", slug="children-and-families"
    )
    held = MinutesPublishedMeetingFactory(committee=committee)
    officer = OfficerFactory(name="Jane Moore", family_name="Moore")
    officer_user = OfficerUserFactory(username="jane.moore", person=officer)
    action = ActionFactory(
        resolution__minute__meeting=held,
        owner=officer,
        description="The Director to provide the committee with the number of tribunal appeals in 2023.",
    )
    return FollowUp(committee, held, officer_user, action)


def status_of(page: Page):
    return page.locator(".govuk-summary-list__row", has_text="Status").locator("dd")


def timeline_event(page: Page, text: str):
    return page.locator(".app-timeline__event", has_text=text)


def timeline_titles(page: Page):
    return page.locator(".app-timeline__event h3")


def success_banner(page: Page):
    return page.locator(".govuk-notification-banner--success")


class TestOfficerAnswersAnAction:
    def test_sign_in_find_the_action_and_answer_it_with_a_file(self, page: Page, follow_up: FollowUp):
        action = follow_up.action
        sign_in(page, "jane.moore")
        expect(page).to_have_url(re.compile(re.escape(reverse("my-home")) + "$"))
        expect(page.get_by_role("heading", name="Actions for you to answer")).to_be_visible()

        page.get_by_role("link", name="All your actions").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Your actions")
        expect(page.get_by_role("status")).to_have_text("1 action")
        page.get_by_role("table").get_by_role("link", name=action.reference, exact=True).click()
        expect(page).to_have_url(re.compile(re.escape(action.get_absolute_url()) + "$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Action {action.reference}")
        expect(page.get_by_role("heading", name="Respond to this action")).to_be_visible()
        expect(status_of(page)).to_have_text("Open")

        # Sending nothing says what is missing.
        page.get_by_role("button", name="Send the response").click()
        assert_error_summary(page, "Enter your response")
        expect(page).to_have_title(re.compile(f"^Error: Action {action.reference}"))
        page.locator(".govuk-error-summary").get_by_role("link", name="Enter your response").click()
        expect(page.get_by_label("Your response")).to_be_focused()

        expect(page.get_by_label("Answer for the committee to accept")).to_be_checked()
        page.get_by_label("Your response").fill(FIRST_ANSWER)
        page.get_by_label("Attach files (optional)").set_input_files(
            {"name": "tribunal-appeals.pdf", "mimeType": "application/pdf", "buffer": PDF}
        )
        page.get_by_role("button", name="Send the response").click()

        expect(page).to_have_url(re.compile(re.escape(action.get_absolute_url()) + "$"))
        expect(page).not_to_have_title(re.compile("^Error"))
        expect(success_banner(page)).to_contain_text("Your response has been sent to Democratic Services.")
        expect(status_of(page)).to_have_text("Response submitted")
        response = timeline_event(page, FIRST_ANSWER)
        expect(response).to_have_count(1)
        expect(response.get_by_role("heading")).to_have_text("Answer for the committee to accept")
        expect(response).to_contain_text("Jane Moore")
        expect(response.locator(".govuk-tag")).to_have_text("Awaiting review")
        attachment = response.get_by_role("link", name="tribunal-appeals.pdf")
        expect(attachment).to_have_attribute("href", re.compile(r"^/actions/attachments/\d+/$"))
        # The file the officer attached is the one served back to them.
        download = page.request.get(attachment.get_attribute("href"))
        assert download.ok, download.status
        assert download.body() == PDF
        assert_accessible(page)


class TestReview:
    def test_return_then_accept_and_the_public_reads_only_the_accepted_answer(
        self, page: Page, follow_up: FollowUp, other_browser
    ):
        action = follow_up.action
        action.status = Action.Status.RESPONSE_SUBMITTED
        action.save()
        ActionResponseFactory(action=action, text=FIRST_ANSWER, submitted_by=follow_up.officer_user)
        DemocraticServicesUserFactory(username="democratic.services")

        # Democratic Services find the answer from their page.
        sign_in(page, "democratic.services")
        page.get_by_role("link", name="1 response awaiting review").click()
        expect(page.get_by_role("status")).to_have_text("1 action")
        page.get_by_role("table").get_by_role("link", name=action.reference, exact=True).click()
        expect(page.get_by_role("heading", name="Review the response")).to_be_visible()
        expect(timeline_event(page, FIRST_ANSWER).locator(".govuk-tag")).to_have_text("Awaiting review")

        # Returning an answer needs a reason.
        page.get_by_label("No: return it to the officer").check()
        page.get_by_role("button", name="Save the decision").click()
        assert_error_summary(page, "Enter why the response is being returned")
        expect(status_of(page)).to_have_text("Response submitted")
        expect(page.get_by_label("No: return it to the officer")).to_be_checked()

        page.get_by_label("Why is it being returned?").fill(RETURN_REASON)
        page.get_by_role("button", name="Save the decision").click()
        expect(success_banner(page)).to_contain_text("The response has been returned to the officer.")
        expect(status_of(page)).to_have_text("In progress")
        expect(page.get_by_role("heading", name="Review the response")).to_have_count(0)

        # The officer, in their own browser, reads why and answers again.
        officer_page = other_browser()
        sign_in(officer_page, "jane.moore")
        officer_page.goto(action.get_absolute_url())
        expect(status_of(officer_page)).to_have_text("In progress")
        returned = timeline_event(officer_page, "Response returned")
        expect(returned).to_contain_text(RETURN_REASON)
        expect(timeline_titles(officer_page)).to_have_text(
            ["Action raised", "Answer for the committee to accept", "Response returned"]
        )
        expect(timeline_event(officer_page, FIRST_ANSWER).locator(".govuk-tag")).to_have_count(0)
        officer_page.get_by_label("Your response").fill(SECOND_ANSWER)
        officer_page.get_by_role("button", name="Send the response").click()
        expect(success_banner(officer_page)).to_contain_text("sent to Democratic Services")
        expect(timeline_event(officer_page, SECOND_ANSWER).locator(".govuk-tag")).to_have_text(
            "Awaiting review"
        )

        # Democratic Services accept it, which completes the action.
        page.reload()
        expect(status_of(page)).to_have_text("Response submitted")
        page.get_by_label("Yes: accept it and complete the action").check()
        page.get_by_role("button", name="Save the decision").click()
        expect(success_banner(page)).to_contain_text(f"Action {action.reference} is completed.")
        expect(status_of(page)).to_have_text("Completed")
        expect(timeline_titles(page)).to_have_text(
            [
                "Action raised",
                "Answer for the committee to accept",
                "Response returned",
                "Answer for the committee to accept",
                "Response accepted: action completed",
            ]
        )
        expect(page.get_by_role("heading", name="Review the response")).to_have_count(0)
        expect(page.get_by_role("heading", name="Respond to this action")).to_have_count(0)
        expect(page.get_by_role("heading", name="Log a response for the officer")).to_have_count(0)

        # The public read the accepted answer only.
        public_page = other_browser()
        public_page.goto(action.get_absolute_url())
        expect(public_page.get_by_role("heading", level=1)).to_have_text(f"Action {action.reference}")
        expect(status_of(public_page)).to_have_text("Completed")
        expect(timeline_event(public_page, SECOND_ANSWER)).to_have_count(1)
        expect(timeline_titles(public_page)).to_have_text(
            ["Action raised", "Answer for the committee to accept", "Response accepted: action completed"]
        )
        main = public_page.get_by_role("main")
        expect(main).not_to_contain_text(FIRST_ANSWER)
        expect(main).not_to_contain_text(RETURN_REASON)
        expect(main).not_to_contain_text("Response returned")
        expect(public_page.get_by_role("button", name="Send the response")).to_have_count(0)
        assert_accessible(public_page)


class TestAccessibility:
    def test_sign_in_page_with_and_without_errors(self, page: Page, follow_up: FollowUp):
        page.goto(reverse("sign-in"))
        expect(page).to_have_title(re.compile("^Sign in"))
        assert_accessible(page)

        page.get_by_role("button", name="Sign in", exact=True).click()
        assert_error_summary(page, "Enter your username", "Enter your password")
        assert_accessible(page)
        page.locator(".govuk-error-summary").get_by_role("link", name="Enter your password").click()
        expect(page.get_by_label("Password")).to_be_focused()

        page.get_by_label("Username").fill("jane.moore")
        page.get_by_label("Password").fill("not the password")
        page.get_by_role("button", name="Sign in", exact=True).click()
        assert_error_summary(page, "Enter a correct username and password. Both are case-sensitive.")
        assert_accessible(page)

    def test_action_tracker_with_a_filter(self, page: Page, follow_up: FollowUp):
        overdue = OverdueActionFactory(
            resolution__minute__meeting=follow_up.held,
            description="The Director to circulate the waiting times for assessments.",
        )
        page.goto(reverse("action-list"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Actions")
        expect(page.get_by_role("status")).to_have_text("2 actions")
        assert_accessible(page)

        page.get_by_label("Overdue").select_option(label="Yes")
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"overdue=yes"))
        expect(page.get_by_role("status")).to_have_text("1 action")
        rows = page.locator("table.govuk-table tbody tr")
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text(overdue.reference)
        expect(rows.first.locator(".govuk-tag--red")).to_have_text("Overdue")
        expect(page.get_by_label("Overdue")).to_have_value("yes")
        assert_accessible(page)

    def test_action_page_with_the_response_form(self, page: Page, follow_up: FollowUp):
        sign_in(page, "jane.moore")
        page.goto(follow_up.action.get_absolute_url())
        expect(page.get_by_role("heading", name="Respond to this action")).to_be_visible()
        expect(page.get_by_label("Your response")).to_be_editable()
        assert_accessible(page)
        page.get_by_role("button", name="Send the response").click()
        assert_error_summary(page, "Enter your response")
        assert_accessible(page)

    def test_action_page_with_the_review_form(self, page: Page, follow_up: FollowUp):
        action = follow_up.action
        action.status = Action.Status.RESPONSE_SUBMITTED
        action.save()
        ActionResponseFactory(action=action, text=FIRST_ANSWER, submitted_by=follow_up.officer_user)
        DemocraticServicesUserFactory(username="democratic.services")
        sign_in(page, "democratic.services")
        page.goto(action.get_absolute_url())
        expect(page.get_by_role("heading", name="Review the response")).to_be_visible()
        expect(page.get_by_label("Yes: accept it and complete the action")).to_be_visible()
        # Democratic Services may also log a response for the officer.
        expect(page.get_by_role("heading", name="Log a response for the officer")).to_be_visible()
        assert_accessible(page)
        page.get_by_role("button", name="Save the decision").click()
        expect(page.locator(".govuk-error-summary")).to_be_visible()
        assert_accessible(page)
        assert_error_summary(page, "Select whether to accept or return the response")
        # The error links to the first radio, as the GOV.UK error summary does.
        page.locator(".govuk-error-summary").get_by_role("link").click()
        expect(page.get_by_label("Yes: accept it and complete the action")).to_be_focused()

    def test_my_actions(self, page: Page, follow_up: FollowUp):
        officer = follow_up.action.owner
        team = TeamFactory(name="SEND Service team", members=[officer])
        team_action = ActionFactory(
            resolution__minute__meeting=follow_up.held,
            owner=None,
            team=team,
            description="The SEND Service to report on the timeliness of EHC plans.",
        )
        ActionFactory(resolution__minute__meeting=follow_up.held, description="Someone else's action.")
        sign_in(page, "jane.moore")
        page.goto(reverse("my-actions"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Your actions")
        expect(page.get_by_role("status")).to_have_text("2 actions")
        table = page.get_by_role("table")
        expect(table.get_by_role("link", name=follow_up.action.reference, exact=True)).to_be_visible()
        expect(table.get_by_role("link", name=team_action.reference, exact=True)).to_be_visible()
        expect(table).not_to_contain_text("Someone else's action.")
        assert_accessible(page)

    def test_councillors_page(self, page: Page, follow_up: FollowUp):
        MemberUserFactory(username="cllr.fryer", committee=follow_up.committee)
        next_meeting = MeetingFactory(committee=follow_up.committee)
        OverdueActionFactory(
            resolution__minute__meeting=follow_up.held,
            description="The Director to circulate the waiting times for assessments.",
        )
        sign_in(page, "cllr.fryer")
        main = page.get_by_role("main")
        expect(page.get_by_role("heading", name="Your committees' next meetings")).to_be_visible()
        expect(main.locator(f"a[href='{next_meeting.get_absolute_url()}']")).to_have_count(1)
        expect(page.get_by_role("heading", name="Open actions of your committees")).to_be_visible()
        expect(main.get_by_role("link", name=f"Action {follow_up.action.reference}")).to_be_visible()
        expect(main).to_contain_text("1 of them is past its due date.")
        expect(page.get_by_role("heading", name="Actions for you to answer")).to_have_count(0)
        assert_accessible(page)

    def test_recommendations_with_one_overdue(self, page: Page, follow_up: FollowUp):
        OverdueRecommendationFactory(
            resolution__minute__meeting=follow_up.held,
            resolution__text="That the Cabinet fund more educational psychologists.",
        )
        RecommendationFactory(resolution__minute__meeting=follow_up.held)
        page.goto(reverse("recommendation-list"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Recommendations to the executive")
        expect(page.get_by_role("status")).to_have_text("2 recommendations")
        warning = page.locator(".govuk-warning-text")
        expect(warning).to_contain_text("1 response from the executive is overdue.")
        overdue_row = page.locator("table.govuk-table tbody tr", has_text="educational psychologists")
        expect(overdue_row.locator(".govuk-tag--red")).to_have_text("Overdue")
        assert_accessible(page)

        warning.get_by_role("link", name="Show only overdue responses").click()
        expect(page.get_by_role("status")).to_have_text("1 recommendation")
        assert_accessible(page)

    def test_meeting_page_with_actions_arising(self, page: Page, follow_up: FollowUp):
        answered = ActionFactory(
            resolution__minute__meeting=follow_up.held,
            description="The Director to circulate the SEND capital programme.",
            status=Action.Status.COMPLETED,
        )
        ActionResponseFactory(
            action=answered, text="The SEND capital programme was circulated on 4 March.", outcome="accepted"
        )
        next_meeting = MeetingFactory(committee=follow_up.committee)
        page.goto(next_meeting.get_absolute_url())
        heading = page.get_by_role("heading", name="Actions arising from previous meetings")
        expect(heading).to_be_visible()
        rows = page.locator("#actions-arising + table tbody tr")
        expect(rows).to_have_count(2)
        open_row = rows.filter(has_text=follow_up.action.reference)
        expect(open_row).to_contain_text("Open")
        expect(open_row).to_contain_text("None yet")
        answered_row = rows.filter(has_text=answered.reference)
        expect(answered_row).to_contain_text("Completed")
        expect(answered_row).to_contain_text("The SEND capital programme was circulated on 4 March.")
        assert_accessible(page)


class TestSignOut:
    def test_sign_out_from_the_header(self, page: Page, follow_up: FollowUp):
        sign_in(page, "jane.moore")
        header = page.get_by_role("banner")
        header.get_by_role("button", name="Sign out").click()
        expect(page).to_have_url(re.compile(re.escape(reverse("home")) + "$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(HOME_HEADING)
        expect(header.get_by_role("button", name="Sign out")).to_have_count(0)
        expect(header.get_by_role("link", name="Sign in")).to_be_visible()
        expect(header.get_by_role("link", name="Your page")).to_have_count(0)
        # Signed out for real: the officer's page asks to sign in again.
        page.goto(reverse("my-home"))
        expect(page).to_have_url(re.compile(re.escape(reverse("sign-in")) + r"\?next="))
        assert_accessible(page)
