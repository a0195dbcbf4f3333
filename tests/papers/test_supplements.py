"""Supplements: papers added or replaced on the Papers page after the agenda is published. Marked on the
public meeting page, printed in their own supplementary packs (the exempt one only in the full pack), with the
Chairman's reason for urgency once the deadline has passed, and announced to the committee's subscribers
without naming an exempt paper; a late one with no reason stands in the way of the meeting's next step."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from feeds.models import AlertKind
from meetings.admin import workspace
from meetings.models import Document, Meeting
from papers import supplements
from papers.models import AgendaPack
from scrutiny.models import Message
from tests.factories import (
    AgendaItemFactory,
    PdfDocumentFactory,
    PublishedAgendaMeetingFactory,
    SubscriptionFactory,
    uploaded_pdf,
)
from tests.papers.conftest import papers_url, upload

pytestmark = pytest.mark.django_db
SUPPLEMENT_TAG = '<strong class="govuk-tag govuk-tag--yellow">Supplement</strong>'
SUPERSEDED_TAG = '<strong class="govuk-tag govuk-tag--grey">Superseded</strong>'
PUBLIC_MARKER = "Waiting times update"
EXEMPT_MARKER = "Confidential revised prices"


def published(days_ahead: int) -> Meeting:
    """A meeting `days_ahead` away whose agenda was published yesterday (30: well before its deadline; 2: the
    deadline has passed, so what is added now is late)."""
    start = timezone.now().replace(microsecond=0) + timedelta(days=days_ahead)
    return PublishedAgendaMeetingFactory(start=start, agenda_published_at=timezone.now() - timedelta(days=1))


@pytest.fixture
def item(db):
    meeting = published(30)
    AgendaItemFactory(meeting=meeting, number=1, title="Apologies")
    return AgendaItemFactory(meeting=meeting, number=2, title="SEND Review")


def two_supplements(client, item):
    return upload(
        client,
        item,
        [
            uploaded_pdf("update.pdf", PUBLIC_MARKER),
            uploaded_pdf("prices.pdf", EXEMPT_MARKER),
        ],
        title_0="SEND Review: waiting times update",
        kind_0="supplementary",
        title_1="Appendix D: revised prices",
        kind_1="appendix",
        exempt_1="on",
        exempt_paragraph_1="3",
    )


def test_a_paper_added_after_publication_is_a_supplement_marked_on_the_public_page(clerk, client, item):
    PdfDocumentFactory(agenda_item=item, title="SEND Review: report")
    assert (
        upload(
            clerk, item, [uploaded_pdf("update.pdf", PUBLIC_MARKER)], title_0="Update", kind_0="supplementary"
        ).status_code
        == 302
    )
    added = item.documents.get(title="Update")
    assert (added.supplement, added.late_reason) == (True, "")  # before the deadline: no reason needed
    client.logout()
    page = client.get(item.meeting.get_absolute_url()).content.decode()
    assert f'<a class="govuk-link" href="/documents/{added.pk}/">Update</a> {SUPPLEMENT_TAG}' in page
    assert page.count(SUPPLEMENT_TAG) == 1  # the paper published with the agenda is not one


def test_after_the_deadline_a_supplement_needs_the_reason_for_urgency(clerk):
    item = AgendaItemFactory(meeting=published(2), number=8, title="Urgent: school transport contract")
    refused = upload(clerk, item, [uploaded_pdf("contract.pdf", PUBLIC_MARKER)])
    assert refused.status_code == 200
    assert "This field is required." in refused.content.decode()
    assert "needed once the publication deadline" in refused.content.decode()
    assert not item.documents.exists()
    reason = "The contract must be awarded before the summer term; the next meeting is too late."
    assert (
        upload(clerk, item, [uploaded_pdf("contract.pdf", PUBLIC_MARKER)], late_reason=reason).status_code
        == 302
    )
    assert list(item.documents.values_list("supplement", "late_reason")) == [(True, reason)]
    assert supplements.late_paper_blockers(item.meeting) == []


def test_after_publication_replacing_a_paper_adds_a_supplement_and_keeps_the_published_one(
    clerk, client, item
):
    published_paper = PdfDocumentFactory(agenda_item=item, title="SEND Review: report", position=1)
    response = clerk.post(
        papers_url(item.meeting),
        {"action": "replace", "document": published_paper.pk, "file": uploaded_pdf("v2.pdf", "Corrected")},
    )
    assert response.status_code == 302
    published_paper.refresh_from_db()
    new = published_paper.superseded_by
    assert (new.title, new.supplement, new.position) == ("SEND Review: report", True, 1)
    assert list(Document.objects.current().filter(agenda_item=item)) == [new]
    # Replaced again, it is the newest version that is replaced.
    again = clerk.post(
        papers_url(item.meeting),
        {"action": "replace", "document": published_paper.pk, "file": uploaded_pdf("v3.pdf", "Again")},
    )
    assert "was replaced already: replace its newest version" in again.content.decode()
    client.logout()
    page = client.get(item.meeting.get_absolute_url()).content.decode()
    assert f'href="/documents/{published_paper.pk}/">SEND Review: report</a> {SUPERSEDED_TAG}' in page
    assert f'href="/documents/{new.pk}/">SEND Review: report</a> {SUPPLEMENT_TAG}' in page


def pages(pack: AgendaPack) -> str:
    with pack.file.open("rb") as file:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(file.read())).pages)
    return " ".join(text.split())  # as a reader reads across lines


@pytest.mark.agenda_packs
def test_supplements_have_their_own_packs_with_the_exempt_one_only_in_the_full_pack(
    clerk, client, item, democratic_services_user, django_capture_on_commit_callbacks
):
    PdfDocumentFactory(agenda_item=item, title="SEND Review: report", marker="Published report")
    with django_capture_on_commit_callbacks(execute=True):
        assert two_supplements(clerk, item).status_code == 302
    packs = {pack.kind: pack for pack in AgendaPack.objects.filter(meeting=item.meeting)}
    assert set(packs) == {"public", "full", "supplement", "supplement_full"}
    assert all(pack.is_ready for pack in packs.values())
    public, full = pages(packs["supplement"]), pages(packs["supplement_full"])
    assert "Supplementary agenda" in public and "Supplement: SEND Review: waiting times update" in public
    assert f"{PUBLIC_MARKER} page 1" in public and f"{PUBLIC_MARKER} page 1" in full
    assert EXEMPT_MARKER not in public and "revised prices" not in public
    assert "exempt information as defined in paragraph 3" in public
    assert f"{EXEMPT_MARKER} page 1" in full and "Supplement: Appendix D: revised prices" in full
    assert "Published report page 1" not in public  # that is in the agenda pack
    assert PUBLIC_MARKER not in pages(packs["public"]) and "Published report page 1" in pages(packs["public"])
    assert (packs["supplement"].exempt_papers, packs["supplement"].pages) == (
        1,
        packs["supplement_full"].pages,
    )

    client.logout()
    page = client.get(item.meeting.get_absolute_url()).content.decode()
    assert (
        f'<a class="govuk-link" href="/meetings/{item.meeting.pk}/supplementary-pack.pdf">'
        "Supplementary agenda pack (PDF" in page
    )
    assert "supplementary-pack-full.pdf" not in page
    assert client.get(reverse("supplementary-pack-full", args=[item.meeting.pk])).status_code == 403
    download = client.get(reverse("supplementary-pack-public", args=[item.meeting.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith(
        f'supplementary-pack-{item.meeting.committee.slug}-{item.meeting.date:%Y-%m-%d}.pdf"'
    )
    client.force_login(democratic_services_user)
    page = client.get(item.meeting.get_absolute_url()).content.decode()
    assert "Full supplementary agenda pack, with exempt papers (PDF" in page


def test_subscribers_are_alerted_to_a_supplement_and_never_told_of_an_exempt_one(
    clerk, item, django_capture_on_commit_callbacks
):
    SubscriptionFactory(committee=item.meeting.committee, email="jane@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert two_supplements(clerk, item).status_code == 302
    public = item.documents.get(exempt=False)
    alerts = Message.objects.filter(kind=AlertKind.PAPER)
    assert [(message.recipient, message.key) for message in alerts] == [
        ("jane@example.org", f"paper:document-{public.pk}")
    ]
    [email] = mail.outbox
    assert "SEND Review: waiting times update" in email.body
    assert "revised prices" not in email.body and "revised prices" not in email.subject


def test_a_late_paper_with_no_reason_stands_in_the_way_of_the_next_step_until_one_is_given(clerk):
    meeting = published(2)
    item = AgendaItemFactory(meeting=meeting, number=8)
    # Added by another way than the Papers page (the admin's list of documents), which asks no reason.
    late = PdfDocumentFactory(agenda_item=item, title="Late report", supplement=True)
    on_time = PdfDocumentFactory(
        agenda_item=AgendaItemFactory(meeting=published(30), number=1), supplement=True
    )
    [blocker] = [b for b in workspace.blockers(meeting) if "late paper" in b.text]
    assert blocker == workspace.Blocker(
        step=Meeting.Status.HELD,
        text='A late paper with no reason: "Late report" (item 8) was added after the publication deadline; '
        "give the Chairman's reason for urgency.",
        url=papers_url(meeting),
    )
    assert supplements.late_paper_blockers(on_time.agenda_item.meeting) == []
    page = clerk.get(papers_url(meeting), {"document": late.pk, "do": "reason"}).content.decode()
    assert 'Reason for urgency of "Late report"' in page
    assert (
        clerk.post(
            papers_url(meeting), {"action": "reason", "document": late.pk, "late_reason": " "}
        ).status_code
        == 200
    )
    response = clerk.post(
        papers_url(meeting), {"action": "reason", "document": late.pk, "late_reason": "Needed now."}
    )
    assert response.status_code == 302
    assert supplements.late_paper_blockers(meeting) == []
