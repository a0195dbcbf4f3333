"""The draft minutes sent to the meeting's Chair before they are published: a signed link that expires, to
read them whole (exempt minutes included: the Chair is a member of the committee) and to comment on them.

The link names the meeting, the person and the sending (a ChairPreview), signed with the site's key and a
timestamp (django.core.signing), and works for MINUTES_PREVIEW_DAYS. Only the meeting's latest sending works:
sending the draft again ends every earlier link. Once the minutes are published no link works: they are
public, or for the committee's members, by their own pages. The emails go through the outbox."""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse

from meetings.models import Attendance, Meeting
from scrutiny.after_commit import after_commit
from scrutiny.models import Membership, Message, Person
from scrutiny.notifications import outbox
from scrutiny.roles import democratic_services_addresses
from scrutiny.tasks import send_outbox

from .models import ChairComment, ChairPreview

SALT = "papers.chair-preview"
# Each comment is emailed to Democratic Services: a link that leaked, or a program, could not flood them.
MAX_COMMENTS = 20


class Kind:
    LINK = outbox.kind("papers", "chair_preview")
    COMMENT = outbox.kind("papers", "chair_comment")


class LinkRefused(Exception):
    """Why a link shows nothing: its page says so, with the status it is sent with."""

    status = 403

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class LinkExpired(LinkRefused):
    status = 410


class LinkSuperseded(LinkRefused):
    status = 410


def days() -> int:
    return settings.MINUTES_PREVIEW_DAYS


def chair_of(meeting: Meeting) -> Person | None:
    """Who is sent the draft: the person in the Chair at the meeting, or else the committee's Chairman on its
    date."""
    in_chair = Attendance.objects.filter(meeting=meeting, in_chair=True).select_related("person").first()
    if in_chair is not None:
        return in_chair.person
    chairman = (
        Membership.objects.filter(committee_id=meeting.committee_id, role=Membership.Role.CHAIRMAN)
        .current(meeting.date)
        .select_related("person")
        .first()
    )
    return chairman.person if chairman is not None else None


def refusal(meeting: Meeting, person: Person | None) -> str:
    """Why the draft cannot be sent now, or ""."""
    if meeting.minutes_are_published:
        return "The minutes are published: there is no draft to send."
    if not meeting.minutes.exists():
        return "There are no minutes yet: write them first."
    if person is None:
        return "Nobody is in the Chair in the attendance, nor was the committee's Chairman on its date."
    if not person.email:
        return f"{person} has no email address: add it to their record first."
    return ""


def token(preview: ChairPreview) -> str:
    payload = {"m": preview.meeting_id, "p": preview.person_id, "s": preview.pk}
    return signing.dumps(payload, salt=SALT, compress=True)


def link(preview: ChairPreview) -> str:
    return settings.SITE_URL + reverse("minutes-chair-preview", kwargs={"token": token(preview)})


@transaction.atomic
def send_to_chair(*, meeting: Meeting, sent_by) -> ChairPreview:
    """Send the draft minutes to the Chair: a new link, which ends any sent before. Raises LinkRefused when
    it cannot be sent (the reason says why)."""
    meeting = Meeting.objects.select_for_update().select_related("committee").get(pk=meeting.pk)
    person = chair_of(meeting)
    if reason := refusal(meeting, person):
        raise LinkRefused(reason)
    preview = ChairPreview.objects.create(meeting=meeting, person=person, sent_by=sent_by)
    outbox.record(outbox.messages(Kind.LINK, f"preview-{preview.pk}", [person.email], about=preview))
    after_commit(send_outbox.delay)
    return preview


def open_link(value: str) -> ChairPreview:
    """The sending a link is for, if it still works; raises LinkRefused (or a subclass) saying why not."""
    try:
        payload = signing.loads(value, salt=SALT, max_age=days() * 86400)
    except signing.SignatureExpired:
        raise LinkExpired(
            f"This link has expired: it worked for {days()} days. Ask Democratic Services to send a new one."
        ) from None
    except signing.BadSignature:
        raise LinkRefused("This link is not valid. Check that it was copied whole from the email.") from None
    try:
        meeting_id, person_id, preview_id = int(payload["m"]), int(payload["p"]), int(payload["s"])
    except (TypeError, KeyError, ValueError):
        raise LinkRefused("This link is not valid.") from None
    preview = (
        ChairPreview.objects.select_related("meeting__committee", "meeting__minutes_approved_at", "person")
        .filter(pk=preview_id, meeting_id=meeting_id, person_id=person_id)
        .first()
    )
    if preview is None:
        raise LinkRefused("This link is not valid.")
    newer = ChairPreview.objects.filter(meeting_id=meeting_id, pk__gt=preview.pk).exists()
    if newer:
        raise LinkSuperseded(
            "A newer link to these draft minutes has been sent: use the link in the latest email."
        )
    if preview.meeting.minutes_are_published:
        raise LinkSuperseded("These minutes are now published: read them on the meeting's page.")
    return preview


def comments_left(preview: ChairPreview) -> int:
    return max(0, MAX_COMMENTS - preview.comments.count())


@transaction.atomic
def comment(*, preview: ChairPreview, text: str) -> ChairComment:
    """Keep the Chair's comment, and tell Democratic Services by email. Raises LinkRefused once the link has
    sent MAX_COMMENTS."""
    preview = ChairPreview.objects.select_for_update().get(pk=preview.pk)
    if not comments_left(preview):
        raise LinkRefused(
            f"You have sent {MAX_COMMENTS} comments through this link, as many as it takes: "
            "please email Democratic Services instead."
        )
    made = ChairComment.objects.create(preview=preview, text=text)
    recipients = democratic_services_addresses()
    outbox.record(outbox.messages(Kind.COMMENT, f"comment-{made.pk}", recipients, about=made))
    after_commit(send_outbox.delay)
    return made


def _about(message: Message):
    model = ChairPreview if message.kind == Kind.LINK else ChairComment
    related = ["meeting__committee", "person"] if model is ChairPreview else ["preview__meeting__committee"]
    return model.objects.select_related(*related).filter(pk=message.about_id).first()


@outbox.writes("papers")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    about = _about(message)
    if about is None:
        return None
    if message.kind == Kind.LINK:
        preview = about
        newer = ChairPreview.objects.filter(meeting_id=preview.meeting_id, pk__gt=preview.pk).exists()
        if newer or preview.meeting.minutes_are_published:
            return None  # a newer link went instead, or the minutes are out
        # The link is made here, when the email is written: it travels through no broker, and is kept only in
        # the email (the outbox's copy is Democratic Services' own record).
        context = {"preview": preview, "meeting": preview.meeting, "link": link(preview), "days": days()}
        return outbox.Draft("papers/email/chair_preview", context)
    made = about
    meeting = made.preview.meeting
    workspace = settings.SITE_URL + reverse("admin:meetings_meeting_chair-preview", args=[meeting.pk])
    context = {"comment": made, "meeting": meeting, "person": made.preview.person, "workspace_url": workspace}
    return outbox.Draft("papers/email/chair_comment", context)
