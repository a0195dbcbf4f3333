"""The draft minutes sent to the Chair: a signed link that expires, for the Chair alone, showing the minutes
as they will be published (exempt minutes included), with a form whose comments reach Democratic Services. A
link expired, altered or replaced shows nothing of them; nobody else sees the unpublished draft anywhere."""

import html
import re
import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse

from meetings.models import Meeting
from papers import chair_preview
from papers.models import ChairComment, ChairPreview
from scrutiny.models import Message
from tests.factories import (
    AttendanceFactory,
    ChairCommentFactory,
    ChairPreviewFactory,
    CommitteeFactory,
    DemocraticServicesUserFactory,
    HeldMeetingFactory,
    MembershipFactory,
    MemberUserFactory,
    MinuteFactory,
    PersonFactory,
)
from tests.responses import text_of

pytestmark = pytest.mark.django_db
PUBLIC_TEXT = "The Committee welcomed the new SEND sufficiency strategy."
EXEMPT_TEXT = "The contract goes to Bidder B at 1.2 million pounds."
LINK = re.compile(r"http://[^\s]+/minutes/draft-for-the-chair/[^\s/]+/")


@pytest.fixture
def draft(db):
    """A held meeting whose minutes are written but not published, with a public and an exempt minute."""
    meeting = HeldMeetingFactory(committee=CommitteeFactory(name="Children and Families Scrutiny"))
    chairman = PersonFactory(name="Mrs. H. J. Fryer CC", email="fryer@example.gov.uk")
    MembershipFactory(committee=meeting.committee, person=chairman, role="chairman")
    MinuteFactory(meeting=meeting, number=101, heading="SEND sufficiency", text=PUBLIC_TEXT)
    MinuteFactory(meeting=meeting, number=102, heading="Contract award", text=EXEMPT_TEXT, exempt=True)
    return meeting


@pytest.fixture
def clerk(client):
    user = DemocraticServicesUserFactory(username="democratic.services", email="ds@example.gov.uk")
    client.force_login(user)
    return client


def workspace(meeting) -> str:
    return reverse("admin:meetings_meeting_chair-preview", args=[meeting.pk])


def send(clerk, meeting, capture) -> str:
    """Democratic Services press the button; the link from the email the Chair gets."""
    before = len(mail.outbox)
    with capture(execute=True):
        response = clerk.post(workspace(meeting))
    assert response.status_code == 302
    sent = mail.outbox[before:]
    assert [email.to for email in sent] == [["fryer@example.gov.uk"]]
    return LINK.search(sent[0].body).group(0)


def path_of(link: str) -> str:
    return link.split("//", 1)[1].partition("/")[2].join(["/", ""])


def test_the_chair_reads_the_draft_whole_through_the_link_signed_out(
    clerk, client, draft, django_capture_on_commit_callbacks
):
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    email = mail.outbox[-1]
    assert email.subject == f"Draft minutes for your comments: {draft}"
    assert "works for 7 days" in email.body
    preview = ChairPreview.objects.get(meeting=draft)
    assert preview.person.name == "Mrs. H. J. Fryer CC"
    assert Message.objects.get(kind="papers.chair_preview").sent_at is not None
    client.logout()
    response = client.get(path_of(link))
    assert response.status_code == 200
    page = text_of(response)
    assert PUBLIC_TEXT in page and EXEMPT_TEXT in page
    assert "101. SEND sufficiency" in page and "102. Contract award" in page
    assert "sent to Mrs. H. J. Fryer CC as the Chair" in page
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_the_person_in_the_chair_is_sent_it_rather_than_the_chairman(
    clerk, draft, django_capture_on_commit_callbacks
):
    vice = PersonFactory(name="Mr. Vice CC", email="vice@example.gov.uk")
    MembershipFactory(committee=draft.committee, person=vice, role="vice_chairman")
    AttendanceFactory(meeting=draft, person=vice, status="present", in_chair=True)
    with django_capture_on_commit_callbacks(execute=True):
        clerk.post(workspace(draft))
    assert mail.outbox[-1].to == ["vice@example.gov.uk"]
    assert ChairPreview.objects.get(meeting=draft).person == vice


def test_the_link_expires(clerk, client, draft, django_capture_on_commit_callbacks, monkeypatch, settings):
    settings.MINUTES_PREVIEW_DAYS = 7
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    now = time.time()
    monkeypatch.setattr(signing.time, "time", lambda: now + timedelta(days=6, hours=23).total_seconds())
    assert client.get(path_of(link)).status_code == 200
    monkeypatch.setattr(signing.time, "time", lambda: now + timedelta(days=7, hours=1).total_seconds())
    response = client.get(path_of(link))
    assert response.status_code == 410
    page = text_of(response)
    assert "This link has expired: it worked for 7 days." in page
    assert PUBLIC_TEXT not in page and EXEMPT_TEXT not in page
    # Nor can a comment be sent through it.
    response = client.post(path_of(link), {"text": "Too late?"})
    assert response.status_code == 410
    assert not ChairComment.objects.exists()


@pytest.mark.parametrize(
    ("alter", "status"),
    [
        (lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"), 403),  # the signature
        (lambda token: "x" + token, 403),
        (lambda token: "not-a-link", 403),
    ],
)
def test_an_altered_link_shows_nothing(
    clerk, client, draft, django_capture_on_commit_callbacks, alter, status
):
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    token = path_of(link).rstrip("/").rsplit("/", 1)[1]
    response = client.get(reverse("minutes-chair-preview", kwargs={"token": alter(token)}))
    assert response.status_code == status
    page = text_of(response)
    assert "This link is not valid" in page
    assert PUBLIC_TEXT not in page and EXEMPT_TEXT not in page


def test_a_link_signed_for_another_meeting_or_person_shows_nothing(client, draft):
    """Signed with the site's key, as a forger could not, but naming what it was not sent for."""
    preview = ChairPreviewFactory(meeting=draft)
    for payload in (
        {"m": draft.pk, "p": preview.person_id + 1000, "s": preview.pk},
        {"m": draft.pk + 1000, "p": preview.person_id, "s": preview.pk},
        {"m": draft.pk},
    ):
        token = signing.dumps(payload, salt=chair_preview.SALT, compress=True)
        response = client.get(reverse("minutes-chair-preview", kwargs={"token": token}))
        assert response.status_code == 403
        assert PUBLIC_TEXT not in text_of(response)


def test_sending_again_ends_the_earlier_link(clerk, client, draft, django_capture_on_commit_callbacks):
    first = send(clerk, draft, django_capture_on_commit_callbacks)
    second = send(clerk, draft, django_capture_on_commit_callbacks)
    assert first != second
    response = client.get(path_of(first))
    assert response.status_code == 410
    assert "A newer link to these draft minutes has been sent" in text_of(response)
    assert EXEMPT_TEXT not in text_of(response)
    assert EXEMPT_TEXT in text_of(client.get(path_of(second)))
    page = text_of(clerk.get(workspace(draft)))
    assert page.count("Replaced") == 1 and "The one that works" in page


def test_an_email_still_waiting_when_a_newer_is_sent_is_dropped(
    clerk, draft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):  # the first never goes
        clerk.post(workspace(draft))
    send(clerk, draft, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert Message.objects.filter(kind="papers.chair_preview").count() == 1  # the replaced one dropped


def test_once_the_minutes_are_published_the_link_leads_to_them(
    clerk, client, draft, django_capture_on_commit_callbacks
):
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    Meeting.objects.filter(pk=draft.pk).update(status=Meeting.Status.MINUTES_DRAFT)
    response = client.get(path_of(link))
    assert response.status_code == 410
    assert "These minutes are now published" in text_of(response)
    assert EXEMPT_TEXT not in text_of(response)


def test_the_chairs_comment_reaches_democratic_services(
    clerk, client, draft, django_capture_on_commit_callbacks
):
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    comment = "Minute 101: I said the strategy was welcome\r\nbut late."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path_of(link), {"text": comment})
    assert response.status_code == 302 and response["Location"].endswith("?sent=1#comments")
    assert response["Cache-Control"] and "no-store" in response["Cache-Control"]
    saved = ChairComment.objects.get()
    assert (saved.preview.meeting, saved.text) == (
        draft,
        "Minute 101: I said the strategy was welcome\nbut late.",
    )
    email = mail.outbox[-1]
    assert email.to == ["ds@example.gov.uk"]
    assert email.subject == f"The Chair's comments on the draft minutes: {draft}"
    assert "Mrs. H. J. Fryer CC commented" in email.body and "welcome\nbut late." in email.body
    assert workspace(draft) in email.body
    assert "Democratic Services have your comments." in text_of(client.get(response["Location"]))
    assert "I said the strategy was welcome" in text_of(clerk.get(workspace(draft)))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter your comments"),
        ("x" * 5001, "‘Your comments on the draft minutes’ must be 5,000 characters or fewer"),
    ],
)
def test_a_comment_blank_or_too_long_is_refused_and_kept(
    clerk, client, draft, django_capture_on_commit_callbacks, text, message
):
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    response = client.post(path_of(link), {"text": text})
    assert response.status_code == 200
    assert message in text_of(response)
    assert not ChairComment.objects.exists()
    if text:
        assert text in response.content.decode()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no minutes", "There are no minutes yet: write them first."),
        (
            "no chair",
            "Nobody is in the Chair in the attendance, nor was the committee's Chairman on its date.",
        ),
        ("no address", "Mrs. H. J. Fryer CC has no email address: add it to their record first."),
        ("published", "The minutes are published: there is no draft to send."),
    ],
)
def test_the_draft_is_not_sent_when_it_cannot_be(
    clerk, draft, case, message, django_capture_on_commit_callbacks
):
    if case == "no minutes":
        draft.minutes.all().delete()
    elif case == "no chair":
        draft.committee.memberships.update(role="member")
    elif case == "no address":
        draft.committee.memberships.get().person.__class__.objects.update(email="")
    else:
        Meeting.objects.filter(pk=draft.pk).update(status=Meeting.Status.MINUTES_DRAFT)
    assert message in html.unescape(text_of(clerk.get(workspace(draft))))
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk.post(workspace(draft), follow=True)
    assert message in html.unescape(text_of(response))
    assert not ChairPreview.objects.exists() and not mail.outbox


def test_nobody_else_reaches_the_draft(client, draft):
    """Signed in as a member of the committee, or not at all, the draft is nowhere to be read."""
    for user in (None, MemberUserFactory(committee=draft.committee)):
        if user is not None:
            client.force_login(user)
        page = text_of(client.get(draft.get_absolute_url()))
        assert "Contract award" not in page and PUBLIC_TEXT not in page and EXEMPT_TEXT not in page
        for address in (reverse("minutes", args=[draft.pk]), reverse("minutes-pdf", args=[draft.pk])):
            assert client.get(address).status_code == 404, address
        response = client.get(workspace(draft))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("minutes", [2, 12])
def test_the_preview_reads_the_same_queries_however_long_the_minutes(
    clerk, client, draft, django_capture_on_commit_callbacks, django_assert_num_queries, minutes
):
    for number in range(minutes - 2):
        MinuteFactory(meeting=draft, number=200 + number, heading=f"Item {number}")
    link = send(clerk, draft, django_capture_on_commit_callbacks)
    client.logout()
    client.get(path_of(link))
    with django_assert_num_queries(15):  # the minutes' named votes and ballots are read too
        response = client.get(path_of(link))
    assert text_of(response).count("Item ") == minutes - 2


@pytest.mark.parametrize("sent", [1, 6])
def test_the_workspace_page_reads_the_same_queries_however_many_links_and_comments(
    clerk, draft, django_assert_num_queries, sent
):
    for _ in range(sent):
        ChairCommentFactory(preview__meeting=draft, text="A comment.")
    with django_assert_num_queries(12):
        response = clerk.get(workspace(draft))
    assert text_of(response).count("A comment.") == sent


def test_a_link_takes_so_many_comments_and_no_more(client, draft, settings, monkeypatch):
    monkeypatch.setattr(chair_preview, "MAX_COMMENTS", 2)
    preview = ChairPreviewFactory(meeting=draft)
    ChairCommentFactory.create_batch(2, preview=preview)
    path = reverse("minutes-chair-preview", kwargs={"token": chair_preview.token(preview)})
    response = client.post(path, {"text": "A third comment."})
    assert response.status_code == 200
    assert "You have sent 2 comments through this link" in text_of(response)
    assert "A third comment." in response.content.decode()  # kept in the box
    assert preview.comments.count() == 2 and not Message.objects.exists()
