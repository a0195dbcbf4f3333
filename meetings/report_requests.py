"""Reports commissioned from officers: Democratic Services name an item's lead officer and the deadlines (the
timetable's, or their own), the officer is told by email, uploads the draft and then the final report from
their own page, and Democratic Services are told when each arrives. The final becomes the item's report.

Each step locks the request's row. Uploads are refused once the final is in or the agenda is published,
until Democratic Services reopen the request. Every email goes through the outbox, sent once the change is
committed; the chasing of late reports is follow-up's (followup/chasing.py), with the actions'."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from scrutiny import tasks
from scrutiny.after_commit import after_commit
from scrutiny.models import Message, Person
from scrutiny.notifications import outbox
from scrutiny.roles import democratic_services_addresses
from scrutiny.uploads import validate_upload

from . import report_timetable
from .models import AgendaItem, Document, ReportRequest

Status = ReportRequest.Status
COMMISSIONED = outbox.kind("meetings", "report_commissioned")
RECEIVED = outbox.kind("meetings", "report_received")


def officers():
    """Who may be a lead officer: an officer with an active sign-in, to upload the report."""
    return Person.objects.filter(kind=Person.Kind.OFFICER, user__is_active=True)


def is_substantive(item: AgendaItem) -> bool:
    """An item with a report of its own, not a procedural one (apologies, the minutes …)."""
    return item.kind != AgendaItem.Kind.PROCEDURAL


def _notify(planned: list[Message]) -> None:
    if outbox.record(planned):
        after_commit(tasks.send_outbox.delay)


@transaction.atomic
def commission(
    *,
    item: AgendaItem,
    officer: Person,
    draft_due: date | None = None,
    final_due: date | None = None,
) -> ReportRequest:
    """Ask `officer` for the item's report, due by the timetable's dates unless others are given; a new
    officer is told by email. Commissioning again changes the officer or the dates (or takes a withdrawn
    request up again)."""
    if not is_substantive(item):
        raise ValidationError(f"{item} is a procedural item: it has no report to commission.")
    if not officers().filter(pk=officer.pk).exists():
        raise ValidationError(f"{officer} is not an officer who signs in, so could not upload the report.")
    # The item's row is held, so that two commissioning it at once make one request, not a clash.
    item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    meeting = item.meeting
    draft_due = draft_due or report_timetable.draft_due(meeting)
    final_due = final_due or report_timetable.final_due(meeting)
    if draft_due > final_due:
        raise ValidationError("The draft cannot be due after the final report.")
    request = ReportRequest.objects.select_for_update().filter(agenda_item=item).first()
    if request is None:
        request = ReportRequest(agenda_item=item)
    elif request.status == Status.FINAL_RECEIVED and request.officer_id != officer.pk:
        raise ValidationError(f"The final report for {item} is in: its officer can no longer change.")
    if request.status == Status.WITHDRAWN:
        request.status, request.commissioned_at = Status.COMMISSIONED, timezone.now()
    request.officer, request.draft_due, request.final_due = officer, draft_due, final_due
    request.full_clean()
    request.save()
    # Keyed by the officer: a new one is told, the same one is not told again when only dates move.
    key = f"report-{request.pk}:officer-{officer.pk}"
    _notify(outbox.messages(COMMISSIONED, key, addresses_of(officer), request))
    return request


def addresses_of(person: Person) -> list[str]:
    """Where an officer's emails go: their own address, else their sign-in's."""
    address = (person.email or (person.user.email if person.user_id else "")).strip().lower()
    return [address] if address else []


def _locked(request: ReportRequest) -> ReportRequest:
    return (
        ReportRequest.objects.select_for_update(of=("self",))  # its final may be none: an outer join
        .select_related("agenda_item__meeting__committee", "officer", "final")
        .get(pk=request.pk)
    )


@transaction.atomic
def withdraw(*, request: ReportRequest) -> ReportRequest:
    """No report is wanted after all (the item was dropped, say): nobody is chased for it."""
    request = _locked(request)
    if request.status == Status.FINAL_RECEIVED:
        raise ValidationError("The final report is in: it is the item's paper now, and cannot be withdrawn.")
    request.status = Status.WITHDRAWN
    request.save(update_fields=["status"])
    return request


@transaction.atomic
def reopen(*, request: ReportRequest) -> ReportRequest:
    """Let the officer upload again: a corrected final, or one after the agenda was published."""
    request = _locked(request)
    if request.status == Status.WITHDRAWN:
        raise ValidationError("The report was withdrawn: commission it again instead.")
    request.reopened = True
    request.save(update_fields=["reopened"])
    return request


def why_closed(request: ReportRequest) -> str:
    """Why the officer may not upload now, or "" when they may."""
    if request.reopened:
        return ""
    if request.status == Status.WITHDRAWN:
        return "Democratic Services withdrew the request for this report."
    if request.status == Status.FINAL_RECEIVED:
        return "The final report is in. Ask Democratic Services if it must change."
    if request.agenda_item.meeting.agenda_is_published:
        return "The agenda is published. Ask Democratic Services if the report must change."
    return ""


def _check(request: ReportRequest, officer: Person | None, file: UploadedFile) -> None:
    if officer is None or request.officer_id != officer.pk:
        raise ValidationError("Only the report's lead officer can upload it.")
    if reason := why_closed(request):
        raise ValidationError(reason)
    validate_upload(file, settings.DOCUMENT_MAX_MEGABYTES)


@transaction.atomic
def upload_draft(*, request: ReportRequest, officer: Person | None, file: UploadedFile) -> ReportRequest:
    """The officer's draft, for Democratic Services to read: it replaces any draft before it."""
    request = _locked(request)
    _check(request, officer, file)
    if request.status == Status.FINAL_RECEIVED:
        raise ValidationError("The final report is in: upload a corrected final instead of a draft.")
    old = request.draft.name
    request.draft.save(file.name, file, save=False)
    request.status, request.draft_received_at, request.reopened = Status.DRAFT_RECEIVED, timezone.now(), False
    request.save(update_fields=["draft", "status", "draft_received_at", "reopened"])
    _forget(old, request.draft.name)
    _tell_democratic_services(request, "draft")
    return request


@transaction.atomic
def upload_final(*, request: ReportRequest, officer: Person | None, file: UploadedFile) -> ReportRequest:
    """The final report: it becomes the item's report (replacing the one it made before, if reopened)."""
    request = _locked(request)
    _check(request, officer, file)
    item = request.agenda_item
    document = request.final
    if document is None:
        position = (item.documents.aggregate(last=Max("position"))["last"] or 0) + 1
        document = Document(agenda_item=item, kind=Document.Kind.REPORT, position=position)
    document.agenda_item = item  # read by its upload_to
    document.title = item.title[: Document._meta.get_field("title").max_length]
    old = document.file.name
    document.file.save(file.name, file, save=False)
    document.save()
    _forget(old, document.file.name)
    request.final, request.status = document, Status.FINAL_RECEIVED
    request.final_received_at, request.reopened = timezone.now(), False
    request.save(update_fields=["final", "status", "final_received_at", "reopened"])
    _tell_democratic_services(request, "final")
    return request


def _forget(old: str, new: str) -> None:
    """Delete the file an upload replaced, once the replacement is committed."""
    if old and old != new:
        storage = ReportRequest._meta.get_field("draft").storage
        after_commit(storage.delete, old)


def _tell_democratic_services(request: ReportRequest, stage: str) -> None:
    when = request.final_received_at if stage == "final" else request.draft_received_at
    key = f"report-{request.pk}:{stage}:{when:%Y%m%dT%H%M%S%f}"
    _notify(outbox.messages(RECEIVED, key, democratic_services_addresses(), request))


@outbox.writes("meetings")
def write(message: Message, run: outbox.Run) -> outbox.Draft | None:
    request = (
        ReportRequest.objects.select_related("agenda_item__meeting__committee", "officer", "final")
        .filter(pk=message.about_id)
        .first()
    )
    if request is None or request.status == Status.WITHDRAWN:
        return None  # deleted or withdrawn meanwhile: nothing to tell
    if message.kind == COMMISSIONED and addresses_of(request.officer) != [message.recipient]:
        return None  # another officer was named meanwhile
    context = {
        "request": request,
        "item": request.agenda_item,
        "meeting": request.agenda_item.meeting,
        "stage": message.key.split(":")[1],  # of a report received: "draft" or "final"
    }
    return outbox.Draft(f"meetings/email/{outbox.name_of(message.kind)}", context)
