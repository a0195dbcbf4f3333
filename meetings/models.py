"""Meetings, their agendas and papers, what happened at them, and the minutes that record it."""

from dataclasses import replace
from datetime import date, datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max, Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_valid_filename
from simple_history.models import HistoricalRecords

from scrutiny import access
from scrutiny.committee_rules import Rules, publication_countings
from scrutiny.models import Committee, Person
from scrutiny.municipal_year import MunicipalYear

from . import clashes, publication
from .roman import to_roman


class Schedule12AParagraph(models.IntegerChoices):
    """Categories of exempt information, Local Government Act 1972 Schedule 12A Part 1."""

    INDIVIDUAL = 1, "1: information relating to any individual"
    IDENTITY = 2, "2: information likely to reveal the identity of an individual"
    FINANCIAL = 3, "3: the financial or business affairs of any particular person (including the authority)"
    LABOUR_RELATIONS = 4, "4: consultations or negotiations in connection with labour relations"
    LEGAL_PRIVILEGE = 5, "5: information in respect of which legal professional privilege could be claimed"
    NOTICES_AND_ORDERS = 6, "6: a notice, order or direction the authority proposes to give or make"
    CRIME = 7, "7: action taken in connection with the prevention, investigation or prosecution of crime"


class Room(models.Model):
    """Where meetings are held: a committee room, the council chamber, a hall elsewhere."""

    name = models.CharField(max_length=300, unique=True, help_text="As printed on the agenda.")
    address = models.TextField(blank=True, help_text="The building and its address.")
    capacity = models.PositiveIntegerField(null=True, blank=True, help_text="How many people it seats.")
    accessibility = models.TextField(
        blank=True, verbose_name="accessibility notes", help_text="Step-free access, hearing loop, parking."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


def _due_by_type(due_by: date) -> Q:
    """The meetings whose agenda is due by `due_by`, each by its committee type's rules: one date for each
    way the types count clear days, and the settings' for committees of no type."""
    settings_rules = Rules.from_settings()
    due = Q(
        committee__committee_type__isnull=True,
        start__date__lte=publication.last_meeting_due_by(due_by, settings_rules),
    )
    for clear_days, working in sorted(publication_countings()):
        rules = replace(
            settings_rules, publication_clear_days=clear_days, publication_counts_working_days=working
        )
        due |= Q(
            committee__committee_type__publication_clear_days=clear_days,
            committee__committee_type__publication_counts_working_days=working,
            start__date__lte=publication.last_meeting_due_by(due_by, rules),
        )
    return due


class MeetingQuerySet(models.QuerySet):
    def clashing_with(self, start: datetime, end: datetime, room: "Room | None" = None):
        """Meetings, not cancelled, whose times overlap start to end; in `room` only when one is given.
        A meeting with no recorded end is taken to last clashes.ASSUMED_LENGTH."""
        return clashes.clashing(self, start, end, room)

    def days_met(self, committee, days) -> set[date]:
        """Which of `days` the committee already has a meeting on (a cancelled one aside)."""
        meetings = self.filter(committee=committee, start__date__in=days).exclude(
            status=Meeting.Status.CANCELLED
        )
        return {timezone.localdate(start) for start in meetings.values_list("start", flat=True)}

    def for_committee(self, committee):
        return self.filter(committee=committee)

    def upcoming(self, now: datetime | None = None):
        return self.filter(start__gte=now or timezone.now()).order_by("start")

    def past(self, now: datetime | None = None):
        return self.filter(start__lt=now or timezone.now()).order_by("-start")

    def in_month(self, year: int, month: int):
        return self.filter(start__year=year, start__month=month).order_by("start")

    def with_minutes_published(self):
        return self.filter(status__in=Meeting.MINUTES_PUBLISHED_STATUSES)

    # The committee's meetings either side of one: a cancelled meeting is never held, so it has no minutes to
    # approve, approves none, and nothing is due before it. A meeting starting at the same moment as another
    # is neither before nor after it; others that share a moment are in the order they were made.
    def awaiting_agenda(self, *, due_by: date):
        """Meetings still to come whose agenda is not published and must be by `due_by` (or already late)."""
        today = timezone.localdate()
        return self.filter(
            _due_by_type(due_by), status=Meeting.Status.SCHEDULED, start__date__gte=today
        ).order_by("start")

    def awaiting_minutes(self, now: datetime | None = None):
        """Meetings that have taken place, were not cancelled and have no minutes yet."""
        return (
            self.filter(
                status__in=[Meeting.Status.SCHEDULED, Meeting.Status.AGENDA_PUBLISHED, Meeting.Status.HELD],
                start__lt=now or timezone.now(),
            )
            .exclude(models.Exists(Minute.objects.filter(meeting=models.OuterRef("pk"))))
            .order_by("start")
        )

    def awaiting_minutes_publication(self):
        """Held meetings whose minutes are written but not yet published as a draft."""
        return self.filter(
            models.Exists(Minute.objects.filter(meeting=models.OuterRef("pk"))), status=Meeting.Status.HELD
        ).order_by("start")

    def earlier_than(self, meeting: "Meeting"):
        """The committee's meetings before `meeting`, not cancelled, latest first."""
        return (
            self.filter(committee_id=meeting.committee_id, start__lt=meeting.start)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("-start", "-pk")
        )

    def later_than(self, meeting: "Meeting"):
        """The committee's meetings after `meeting`, not cancelled, soonest first."""
        return (
            self.filter(committee_id=meeting.committee_id, start__gt=meeting.start)
            .exclude(status=Meeting.Status.CANCELLED)
            .order_by("start", "pk")
        )

    def later_than_day(self, day: date):
        """Meetings on a day after `day` (in local time), not cancelled, soonest first."""
        later = self.filter(start__date__gt=day).exclude(status=Meeting.Status.CANCELLED)
        return later.order_by("start", "pk")

    def previous_to(self, meeting: "Meeting") -> "Meeting | None":
        """The committee's last meeting before `meeting`: the one whose minutes it approves."""
        return self.earlier_than(meeting).first()

    def next_after(self, meeting: "Meeting") -> "Meeting | None":
        """The committee's next meeting after `meeting`: the one that approves its minutes."""
        return self.later_than(meeting).first()


class Meeting(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        AGENDA_PUBLISHED = "agenda_published", "Agenda published"
        HELD = "held", "Held"
        MINUTES_DRAFT = "minutes_draft", "Draft minutes published"
        MINUTES_APPROVED = "minutes_approved", "Minutes approved"
        CANCELLED = "cancelled", "Cancelled"

    MINUTES_PUBLISHED_STATUSES = (Status.MINUTES_DRAFT, Status.MINUTES_APPROVED)

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="meetings")
    start = models.DateTimeField()
    end = models.DateTimeField(
        null=True, blank=True, help_text="When the meeting closed, as the minutes record it."
    )
    room = models.ForeignKey(
        Room,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text=("The room booked: the schedule looks for clashes in it."),
    )
    location = models.CharField(
        max_length=300,
        blank=True,
        help_text="Where the meeting is, as printed: the room's name when left blank.",
    )
    contact_officer = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings_as_contact"
    )
    webcast_url = models.URLField(blank=True, verbose_name="webcast link")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    agenda_published_at = models.DateTimeField(null=True, blank=True)
    late_publication_reason = models.TextField(
        blank=True,
        help_text="The Chairman's reason for urgency when the agenda or an item is published late.",
    )
    is_extraordinary = models.BooleanField(
        default=False,
        verbose_name="extraordinary meeting",
        help_text="Called outside the committee's schedule for one piece of business.",
    )
    purpose = models.TextField(
        max_length=2000, blank=True, help_text="The business an extraordinary meeting is called for."
    )
    # Cancelled, postponed or moved: why, and when it was to be held before (meetings/workflow.py).
    change_reason = models.TextField(
        max_length=2000,
        blank=True,
        verbose_name="reason for the change",
        help_text="Why the meeting was cancelled, postponed or moved, as the notice and its page say.",
    )
    moved_from = models.DateTimeField(
        null=True, blank=True, help_text="When it was to be held before it was last moved or postponed."
    )
    is_postponed = models.BooleanField(default=False, help_text="Postponed, its new date not yet fixed.")
    minutes_published_at = models.DateTimeField(null=True, blank=True)
    minutes_approved_at = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="minutes_approved",
        verbose_name="minutes approved at",
        help_text="The meeting at which these minutes were confirmed and signed.",
    )
    # The emails about it in the outbox (committee alerts, scrutiny.Message), deleted with it.
    emails = GenericRelation(
        "scrutiny.Message",
        content_type_field="about_type",
        object_id_field="about_id",
        related_query_name="meeting",
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        indexes = [models.Index(fields=["committee", "start"]), models.Index(fields=["start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="meeting_ends_after_it_starts",
                violation_error_message="A meeting cannot end before it starts.",
            )
        ]

    def __str__(self):
        return f"{self.committee}, {timezone.localtime(self.start):%-d %B %Y}"

    def save(self, *args, **kwargs):
        # The public pages, feeds and open data print the location: a room picked with none written names it.
        if self.room_id and not self.location.strip():
            self.location = self.room.name
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("meeting-detail", kwargs={"pk": self.pk})

    @property
    def date(self):
        return timezone.localdate(self.start)

    @property
    def municipal_year(self) -> MunicipalYear:
        return MunicipalYear.containing(self.date)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def agenda_is_published(self):
        return self.agenda_published_at is not None

    @property
    def minutes_are_published(self):
        return self.status in self.MINUTES_PUBLISHED_STATUSES

    @property
    def minutes_are_approved(self):
        return self.status == self.Status.MINUTES_APPROVED

    @property
    def rules(self) -> Rules:
        """Its committee type's rules (a list of meetings selects `committee__committee_type` for them)."""
        return self.committee.rules

    @property
    def publication_deadline(self):
        return publication.publication_deadline(self.date, self.rules)

    @property
    def agenda_clear_days(self) -> int | None:
        if not self.agenda_published_at:
            return None
        return publication.clear_days_between(
            timezone.localdate(self.agenda_published_at), self.date, self.rules
        )

    @property
    def agenda_is_late(self) -> bool:
        """Published after the deadline, or not published and the deadline has passed."""
        published_on = timezone.localdate(self.agenda_published_at) if self.agenda_published_at else None
        if published_on is None:
            return not self.is_cancelled and timezone.localdate() > self.publication_deadline
        return publication.is_published_late(published_on, self.date, self.rules)


class MinutesRecord(models.Model):
    """A part of the formal record of a meeting. Once its minutes are approved it must not change."""

    # From this model to the meeting whose minutes it belongs to.
    meeting_path = "meeting"

    class Meta:
        abstract = True

    def record_meeting(self) -> Meeting:
        return self.meeting

    def _signed_meeting(self) -> Meeting | None:
        """The approved meeting this record belongs to, or is being moved out of, read from the database so
        that a stale in-memory meeting lets nothing slip through."""
        meeting = self.record_meeting()
        meetings = Q(pk=meeting.pk if meeting is not None else None)
        if self.pk:
            stored = type(self).objects.filter(pk=self.pk).values(self.meeting_path)
            meetings |= Q(pk__in=models.Subquery(stored))
        return (
            Meeting.objects.filter(meetings, status=Meeting.Status.MINUTES_APPROVED)
            .select_related("committee", "minutes_approved_at")
            .first()
        )

    def _refuse_if_approved(self, verb: str):
        meeting = self._signed_meeting()
        if meeting is not None:
            approved_at = meeting.minutes_approved_at
            raise MinutesApprovedError(
                f"The minutes of {meeting} were approved"
                + (f" at the meeting of {approved_at.date:%-d %B %Y}" if approved_at else "")
                + f" and are the signed record, so this {self._meta.verbose_name} cannot be {verb}."
            )

    def save(self, *args, **kwargs):
        self._refuse_if_approved("changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._refuse_if_approved("deleted")
        return super().delete(*args, **kwargs)


class MinutesApprovedError(ValidationError):
    pass


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        PROCEDURAL = "procedural", "Procedural"
        REPORT = "report", "Report"
        URGENT = "urgent", "Urgent item"
        # The item that excludes the press and public: the exempt items come after it (meetings/agenda.py).
        EXCLUSION = "exclusion", "Exclusion of the press and public"
        # Its report is generated (meetings/generated_papers.py), from the actions of earlier meetings.
        ACTIONS_ARISING = "actions_arising", "Actions arising (report generated)"

    SUBSTANTIVE_KINDS = (Kind.REPORT, Kind.URGENT)

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    number = models.PositiveSmallIntegerField()
    # A late item's letter after the printed number of the item it follows (8A, 8B): the numbers of a
    # published agenda stay as printed. Blank for every item numbered before publication.
    suffix = models.CharField(max_length=2, blank=True, default="", verbose_name="sub-number letter")
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REPORT)
    report_by = models.CharField(
        max_length=300,
        blank=True,
        help_text='Who the report is by, e.g. "Director of Children and Family Services".',
    )
    page_start = models.PositiveIntegerField(null=True, blank=True, verbose_name="first page")
    page_end = models.PositiveIntegerField(null=True, blank=True, verbose_name="last page")
    summary = models.TextField(blank=True, help_text="Text printed under the item on the agenda.")
    exempt = models.BooleanField(
        default=False, help_text="Taken in private: exempt information under Schedule 12A of the LGA 1972."
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        choices=Schedule12AParagraph.choices, null=True, blank=True, verbose_name="Schedule 12A paragraph"
    )
    contacts = models.ManyToManyField(
        Person, blank=True, related_name="agenda_items_as_contact", verbose_name="officers to contact"
    )

    class Meta:
        ordering = ["meeting", "number", "suffix"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "number", "suffix"],
                name="agenda_item_number_unique_in_meeting",
                violation_error_message="This meeting already has an item with that number.",
            ),
            models.CheckConstraint(
                condition=Q(exempt=False) | Q(exempt_paragraph__isnull=False),
                name="exempt_item_has_paragraph",
                violation_error_message="An exempt item needs the Schedule 12A paragraph that applies.",
            ),
            models.CheckConstraint(
                condition=Q(page_start__isnull=True)
                | Q(page_end__isnull=True)
                | Q(page_end__gte=models.F("page_start")),
                name="agenda_item_pages_in_order",
                violation_error_message="The last page cannot come before the first page.",
            ),
        ]
        permissions = [("read_exempt", "Can read exempt items and documents")]

    def __str__(self):
        return f"{self.reference}. {self.title}"

    @property
    def reference(self) -> str:
        """The item's number as printed: "8", or "8A" for a late item after 8."""
        return f"{self.number}{self.suffix}"

    @property
    def is_substantive(self) -> bool:
        """A report or an urgent item: what the committee considers, not the meeting's procedure."""
        return self.kind in self.SUBSTANTIVE_KINDS

    @property
    def pages(self) -> str:
        if self.page_start and self.page_end and self.page_end != self.page_start:
            return f"Pages {self.page_start} - {self.page_end}"
        if self.page_start:
            return f"Page {self.page_start}"
        return ""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.exempt:
            from .exemption import withhold_what_is_filed_under  # the rule's module reads these models

            withhold_what_is_filed_under(self)


class DocumentQuerySet(models.QuerySet):
    def current(self):
        """Papers not replaced by a supplement (a replaced one is kept, as it was published)."""
        return self.filter(superseded_by__isnull=True)

    def public(self):
        """Documents anyone may read: not exempt, under a published agenda."""
        return self.filter(
            exempt=False, agenda_item__exempt=False, agenda_item__meeting__agenda_published_at__isnull=False
        )


def document_upload_to(document: "Document", filename: str) -> str:
    meeting = document.agenda_item.meeting
    return f"meetings/{meeting.committee.slug}/{meeting.date:%Y-%m-%d}/{get_valid_filename(filename)}"


class Document(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Report"
        APPENDIX = "appendix", "Appendix"
        PRESENTATION = "presentation", "Presentation"
        MINUTES = "minutes", "Minutes"
        SUPPLEMENTARY = "supplementary", "Supplementary paper"

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REPORT)
    file = models.FileField(upload_to=document_upload_to, max_length=500)
    position = models.PositiveSmallIntegerField(default=1)
    exempt = models.BooleanField(
        default=False, help_text="Not for publication under Schedule 12A of the LGA 1972."
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        choices=Schedule12AParagraph.choices, null=True, blank=True, verbose_name="Schedule 12A paragraph"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    supplement = models.BooleanField(
        default=False,
        help_text="Added or replaced after the agenda was published: in the supplementary agenda pack.",
    )
    late_reason = models.TextField(
        blank=True,
        verbose_name="reason for urgency",
        help_text="The Chairman's reason for urgency: needed for a supplement added after the publication "
        "deadline.",
    )
    superseded_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
        help_text="The supplement that replaced it after publication: this version is kept as published.",
    )
    # The emails about it in the outbox (alerts that it was added, scrutiny.Message), deleted with it.
    emails = GenericRelation(
        "scrutiny.Message",
        content_type_field="about_type",
        object_id_field="about_id",
        related_query_name="document",
    )

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["agenda_item", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(exempt=False) | Q(exempt_paragraph__isnull=False),
                name="exempt_document_has_paragraph",
                violation_error_message="An exempt document needs the Schedule 12A paragraph that applies.",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("document-download", kwargs={"pk": self.pk})

    def save(self, *args, **kwargs):
        if self.agenda_item.exempt and not self.exempt:
            self.exempt, self.exempt_paragraph = True, self.agenda_item.exempt_paragraph
        super().save(*args, **kwargs)


class ReportRequestQuerySet(models.QuerySet):
    def open(self):
        """Still waiting for something from the officer, for an agenda still to be published: commissioned, or
        with only the draft in. (Once the agenda is out, or the meeting cancelled, nobody is chased.)"""
        to_come = Meeting.Status.SCHEDULED
        return self.filter(status__in=ReportRequest.OPEN, agenda_item__meeting__status=to_come)

    def overdue(self, today: date | None = None):
        """Open, and past the deadline of what is still to come: the draft, or else the final."""
        today = today or timezone.localdate()
        return self.open().filter(
            Q(status=ReportRequest.Status.COMMISSIONED, draft_due__lt=today) | Q(final_due__lt=today)
        )

    def of_officer(self, person: Person | None):
        """An officer's own reports: nobody else's, and nothing for a sign-in that is no one."""
        return self.filter(officer=person) if person is not None else self.none()

    def for_officer_page(self):
        return self.select_related("agenda_item__meeting__committee", "final").order_by(
            "final_due", "agenda_item__meeting__start", "agenda_item__number", "pk"
        )


def report_draft_upload_to(request: "ReportRequest", filename: str) -> str:
    meeting = request.agenda_item.meeting
    return (
        f"report-drafts/{meeting.committee.slug}/{meeting.date:%Y-%m-%d}/{request.pk}/"
        f"{get_valid_filename(filename)}"
    )


class ReportRequest(models.Model):
    """A report Democratic Services commissioned from an officer for a substantive agenda item: the draft and
    then the final report due by the timetable's dates (meetings/report_timetable.py), both uploaded by the
    officer from their own page (meetings/report_requests.py). The final becomes the item's report."""

    class Status(models.TextChoices):
        COMMISSIONED = "commissioned", "Commissioned"
        DRAFT_RECEIVED = "draft_received", "Draft received"
        FINAL_RECEIVED = "final_received", "Final received"
        WITHDRAWN = "withdrawn", "Withdrawn"

    OPEN = (Status.COMMISSIONED, Status.DRAFT_RECEIVED)

    agenda_item = models.OneToOneField(AgendaItem, on_delete=models.CASCADE, related_name="report_request")
    officer = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="report_requests",
        verbose_name="lead officer",
        help_text="The officer who writes the report: one who signs in, to upload it.",
    )
    draft_due = models.DateField()
    final_due = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.COMMISSIONED)
    draft = models.FileField(upload_to=report_draft_upload_to, max_length=500, blank=True)
    draft_received_at = models.DateTimeField(null=True, blank=True)
    final = models.ForeignKey(
        Document,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The item's report, made from the final the officer uploaded.",
    )
    final_received_at = models.DateTimeField(null=True, blank=True)
    reopened = models.BooleanField(
        default=False,
        help_text="Democratic Services let the officer upload again after the final or the agenda went out.",
    )
    commissioned_at = models.DateTimeField(default=timezone.now)
    # The emails about it in the outbox (commissioned, received, chased: scrutiny.Message), deleted with it.
    emails = GenericRelation(
        "scrutiny.Message",
        content_type_field="about_type",
        object_id_field="about_id",
        related_query_name="report_request",
    )

    objects = ReportRequestQuerySet.as_manager()

    class Meta:
        ordering = ["final_due", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(draft_due__lte=models.F("final_due")),
                name="report_draft_due_before_final",
                violation_error_message="The draft cannot be due after the final report.",
            )
        ]

    def __str__(self):
        return f"{self.agenda_item.meeting}: {self.agenda_item}"

    @property
    def next_due(self) -> date | None:
        """The deadline of what the officer owes next, if anything."""
        if self.status == self.Status.COMMISSIONED:
            return self.draft_due
        if self.status == self.Status.DRAFT_RECEIVED:
            return self.final_due
        return None

    @property
    def stage(self) -> str:
        """What the officer owes next, in words: "draft" or "final"."""
        return "draft" if self.status == self.Status.COMMISSIONED else "final"

    def is_overdue(self, today: date | None = None) -> bool:
        due = self.next_due
        return due is not None and due < (today or timezone.localdate())


class Attendance(MinutesRecord):
    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent"
        IN_ATTENDANCE = "in_attendance", "In attendance"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PRESENT)
    in_chair = models.BooleanField(default=False, verbose_name="in the chair")
    substitute_for = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="substituted_by"
    )
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text='For those in attendance, e.g. "Cabinet Lead Member for Children and Families".',
    )
    for_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendances",
        help_text="For guests who attended for one item only.",
    )
    # A member who came late or left early, at which of the meeting's items (the register offers its own).
    arrived_at_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="arrived late at item",
    )
    left_at_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="left early at item",
    )

    class Meta:
        ordering = ["meeting", "-in_chair", "person__family_name"]
        verbose_name_plural = "attendance"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"],
                name="one_attendance_per_person",
                violation_error_message="This person's attendance is already recorded.",
            ),
            models.UniqueConstraint(
                fields=["meeting"],
                condition=Q(in_chair=True),
                name="one_chair_per_meeting",
                violation_error_message="Only one person can be in the chair.",
            ),
            models.CheckConstraint(
                condition=Q(in_chair=False) | Q(status="present"),
                name="chair_is_present",
                violation_error_message="The person in the chair must be present.",
            ),
        ]

    def __str__(self):
        return f"{self.person}: {self.get_status_display()}"


class Declaration(MinutesRecord):
    class Kind(models.TextChoices):
        DISCLOSABLE_PECUNIARY = "disclosable_pecuniary", "Disclosable pecuniary interest"
        REGISTERABLE = "registerable", "Registerable interest"
        NON_REGISTERABLE = "non_registerable", "Non-registerable interest"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="declarations")
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="declarations"
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    text = models.TextField(help_text="The interest as declared.")
    withdrew = models.BooleanField(default=False, help_text="Left the meeting or took no part in the item.")

    class Meta:
        ordering = ["meeting", "agenda_item__number", "agenda_item__suffix", "person__family_name"]
        verbose_name = "declaration of interest"
        verbose_name_plural = "declarations of interest"

    def __str__(self):
        return f"{self.person}: {self.get_kind_display()}"


class Question(MinutesRecord):
    """A question put to the committee, its written response and any supplementary question."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="%(class)ss")
    position = models.PositiveSmallIntegerField(default=1)
    question = models.TextField()
    response = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss_answered",
        help_text="Who gave the written response.",
    )
    supplementary_question = models.TextField(blank=True)
    supplementary_answer = models.TextField(blank=True)
    supplementary_answered_by = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss_supplementary_answered",
    )

    class Meta:
        abstract = True
        ordering = ["meeting", "position", "pk"]


class PublicQuestionQuerySet(models.QuerySet):
    def accepted(self):
        """The questions anyone may read: those Democratic Services accepted for Question Time."""
        return self.filter(status=PublicQuestion.Status.ACCEPTED)

    def awaiting_decision(self):
        """Sent online and not yet accepted or rejected, oldest first."""
        return self.filter(status=PublicQuestion.Status.SUBMITTED).order_by("submitted_at", "pk")


class PublicQuestion(Question):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Submitted, awaiting a decision"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"

    questioner = models.CharField(max_length=200, help_text="The member of the public who asked.")
    questioner_email = models.EmailField(
        blank=True, help_text="To tell the questioner about their question. Never published."
    )
    received_on = models.DateField(null=True, blank=True)
    attending = models.BooleanField(default=False, verbose_name="will attend to ask a supplementary question")
    # Questions recorded from the minutes were put at the meeting; only those submitted online wait for a
    # decision, and they are created as submitted.
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACCEPTED)
    submitted_at = models.DateTimeField(null=True, blank=True, help_text="When it was submitted online.")
    rejection_reason = models.TextField(blank=True, help_text="Sent to the questioner.")

    objects = PublicQuestionQuerySet.as_manager()

    class Meta(Question.Meta):
        verbose_name = "public question"
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""),
                name="rejected_question_has_reason",
                violation_error_message="Give the reason the question is rejected.",
            )
        ]

    def __str__(self):
        return f"Question by {self.questioner}"

    @property
    def is_withheld(self) -> bool:
        """Not for the public: waiting for a decision, or rejected."""
        return self.status != self.Status.ACCEPTED


class MemberQuestion(Question):
    asked_by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="questions_asked")
    standing_order = models.CharField(max_length=20, blank=True, help_text='For example "7(3)" or "7(5)".')

    class Meta(Question.Meta):
        verbose_name = "member's question"
        verbose_name_plural = "members' questions"

    def __str__(self):
        return f"Question by {self.asked_by}"


class Petition(MinutesRecord):
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="petitions",
        help_text="The meeting it was presented to.",
    )
    title = models.CharField(max_length=300)
    lead_petitioner = models.CharField(max_length=200)
    presented_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="petitions_presented"
    )
    received_on = models.DateField(null=True, blank=True)
    prayer = models.TextField(help_text="What the petition asks the council to do.")
    signature_count = models.PositiveIntegerField(default=0)
    response = models.TextField(blank=True)

    class Meta:
        ordering = ["meeting", "received_on", "pk"]

    def __str__(self):
        return self.title


class MinuteQuerySet(models.QuerySet):
    def with_record(self):
        """Each minute with its parts as the minutes print them: points, resolutions, votes with their movers
        and named votes, ballots with their candidates (a fixed number of queries)."""
        casts = models.Prefetch("casts", queryset=VoteCast.objects.select_related("person"))
        candidates = models.Prefetch("candidates", queryset=BallotCandidate.objects.select_related("person"))
        return self.select_related("agenda_item").prefetch_related(
            "discussionpoints",
            "resolutions",
            models.Prefetch(
                "votes", queryset=Vote.objects.select_related("mover", "seconder").prefetch_related(casts)
            ),
            models.Prefetch("ballots", queryset=Ballot.objects.prefetch_related(candidates)),
        )

    def for_meeting_page(self):
        return self.with_record()

    def for_minutes_page(self):
        """Every part the minutes page edits, in a fixed number of queries however many minutes there are."""
        return (
            self.select_related("agenda_item")
            .order_by("number")
            .prefetch_related(
                "discussionpoints",
                "resolutions",
                models.Prefetch("votes", queryset=Vote.objects.prefetch_related("casts")),
                models.Prefetch("ballots", queryset=Ballot.objects.prefetch_related("candidates")),
            )
        )


class Minute(MinutesRecord):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="minutes")
    agenda_item = models.OneToOneField(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="minute"
    )
    number = models.PositiveIntegerField(
        blank=True, help_text="Runs on through the municipal year. Left blank, it takes the next number."
    )
    number_gap_reason = models.CharField(
        max_length=500,
        blank=True,
        verbose_name="reason for the gap before this number",
        help_text="Only when the minutes before this one in the municipal year are not recorded here, e.g. "
        '"The earlier minutes of 2023/24 were not imported." Kept with the minute.',
    )
    heading = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    exempt = models.BooleanField(default=False, help_text="A minute of an exempt item is exempt too.")
    # Copied from the meeting so the database itself keeps numbers unique within a committee's municipal year.
    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, editable=False, related_name="+")
    municipal_year = models.PositiveSmallIntegerField(
        editable=False, help_text="The year the municipal year starts."
    )

    history = HistoricalRecords()
    objects = MinuteQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "municipal_year", "number"],
                name="minute_number_unique_in_municipal_year",
                violation_error_message="That minute number is already used in this municipal year.",
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.heading}"

    def _sync_from_meeting(self):
        self.committee_id = self.meeting.committee_id
        self.municipal_year = self.meeting.municipal_year.start_year
        if self.agenda_item_id and self.agenda_item.exempt:
            self.exempt = True

    def _others_in_municipal_year(self):
        return Minute.objects.filter(
            committee_id=self.meeting.committee_id, municipal_year=self.meeting.municipal_year.start_year
        ).exclude(pk=self.pk)

    def _numbers_around(self) -> dict:
        """The last number of the meetings before this one, the last of this meeting, and the first of the
        meetings after it, within the committee's municipal year (None where there are none)."""
        start = self.meeting.start
        return self._others_in_municipal_year().aggregate(
            before=Max("number", filter=Q(meeting__start__lt=start)),
            here=Max("number", filter=Q(meeting__start=start)),
            after=Min("number", filter=Q(meeting__start__gt=start)),
        )

    def clean(self):
        super().clean()
        if not self.meeting_id:
            return
        self._sync_from_meeting()  # so full_clean() checks the unique number with the committee and year set
        if self.number is None:
            if self.number_gap_reason.strip():
                raise ValidationError(
                    {"number_gap_reason": "A minute given the next number leaves no gap: leave this blank."}
                )
            return
        around = self._numbers_around()
        if around["before"] is not None and self.number <= around["before"]:
            raise ValidationError(
                {
                    "number": "Minute numbers run on through the municipal year: an earlier "
                    f"meeting already reached minute {around['before']}."
                }
            )
        if around["after"] is not None and self.number >= around["after"]:
            raise ValidationError(
                {
                    "number": "Minute numbers run on through the municipal year: a later "
                    f"meeting starts at minute {around['after']}."
                }
            )
        clash = self._others_in_municipal_year().filter(number=self.number).first()
        if clash is not None:
            raise ValidationError(
                {"number": f'These minutes already have a minute {self.number}: "{clash.heading}".'}
            )
        self._check_gap()

    def _number_or_reason_changed(self) -> bool:
        """A new minute, or a new number or reason: a minute numbered before gaps were checked (or imported
        without a reason) can still be corrected in other ways."""
        stored = type(self).objects.filter(pk=self.pk).values_list("number", "number_gap_reason").first()
        return stored != (self.number, self.number_gap_reason.strip())

    def number_gap(self) -> range:
        """The numbers missing before this minute's in its committee's municipal year (empty: none are).
        The first minute of a year is 1; a minute still to be numbered leaves none."""
        if self.number is None:
            return range(0)
        previous = self._others_in_municipal_year().filter(number__lt=self.number).aggregate(Max("number"))
        return range((previous["number__max"] or 0) + 1, self.number)

    def _check_gap(self):
        """A number that leaves a gap is refused unless the gap is explained (an importer of old papers
        explains it too: the earlier minutes were not imported); a reason with no gap is refused as well."""
        if not self._number_or_reason_changed():
            return
        gap, reason = self.number_gap(), self.number_gap_reason.strip()
        self.number_gap_reason = reason
        year = MunicipalYear(self.municipal_year).label
        if gap and not reason:
            missing = f"minute {gap[0]} is" if len(gap) == 1 else f"minutes {gap[0]} to {gap[-1]} are"
            raise ValidationError(
                {
                    "number": f"Minute numbers run on through the municipal year: minute {self.number} "
                    f"leaves a gap, as {missing} not recorded in {year}. Number it {gap[0]}, or, if the "
                    "gap is right, give the reason for it.",
                }
            )
        if reason and not gap:
            raise ValidationError(
                {
                    "number_gap_reason": f"Minute {self.number} leaves no gap in the minutes of {year}: "
                    "leave the reason blank."
                }
            )

    def save(self, *args, **kwargs):
        self._sync_from_meeting()
        if self.number is None:
            self.number = self._next_number()
        super().save(*args, **kwargs)

    def _next_number(self) -> int:
        """The number after the last one of this meeting (or of the meetings before it), unless a later
        meeting has already taken it: numbers must keep running on."""
        around = self._numbers_around()
        reached = max(around["before"] or 0, around["here"] or 0)
        if around["after"] is not None and reached + 1 >= around["after"]:
            raise ValidationError(
                {
                    "number": f"No minute number is free here: minutes up to {reached} come before this "
                    f"one, and a later meeting starts at minute {around['after']}. Renumber the later "
                    "meeting's minutes first."
                }
            )
        return reached + 1


class MinutePart(MinutesRecord):
    """Something recorded within a minute; approval of the meeting's minutes freezes it."""

    meeting_path = "minute__meeting"
    minute = models.ForeignKey(Minute, on_delete=models.CASCADE, related_name="%(class)ss")
    position = models.PositiveSmallIntegerField(default=1)

    class Meta:
        abstract = True
        ordering = ["minute", "position", "pk"]

    def record_meeting(self):
        return self.minute.meeting


class DiscussionPoint(MinutePart):
    section = models.CharField(
        max_length=200, blank=True, help_text='A heading the point sits under in the minutes, e.g. "Savings".'
    )
    text = models.TextField()

    history = HistoricalRecords()

    class Meta(MinutePart.Meta):
        constraints = [
            models.UniqueConstraint(fields=["minute", "position"], name="discussion_point_position_unique")
        ]

    def __str__(self):
        return f"({self.numeral}) {self.text[:60]}"

    @property
    def numeral(self):
        return to_roman(self.position)


class ResolutionQuerySet(models.QuerySet):
    def published(self):
        """Resolutions anyone may read: in published minutes, and not of an exempt item."""
        return self.filter(
            minute__exempt=False, minute__meeting__status__in=Meeting.MINUTES_PUBLISHED_STATUSES
        )

    def visible_to(self, user):
        queryset = (
            self
            if access.can_see_unpublished(user)
            else self.filter(minute__meeting__status__in=Meeting.MINUTES_PUBLISHED_STATUSES)
        )
        return access.without_exempt(
            queryset, user, exempt_field="minute__exempt", committee_field="minute__committee"
        )

    def for_tracker(self):
        return self.select_related("minute__meeting__committee").order_by(
            "-minute__meeting__start", "minute__number", "position"
        )


class Resolution(MinutePart):
    class Kind(models.TextChoices):
        NOTED = "noted", "Noted"
        REQUEST_FOR_INFORMATION = "request_for_information", "Request for information"
        RECOMMENDATION = "recommendation", "Recommendation or comments to another body"
        DECISION = "decision", "Decision"

    letter = models.CharField(max_length=3, blank=True, help_text="(a), (b) …: blank when there is only one.")
    text = models.TextField()
    kind = models.CharField(max_length=30, choices=Kind.choices)
    recommended_to = models.CharField(
        max_length=200,
        blank=True,
        help_text='For recommendations: the body, e.g. "Cabinet" or "Scrutiny Commission".',
    )

    history = HistoricalRecords()
    objects = ResolutionQuerySet.as_manager()

    class Meta(MinutePart.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["minute", "letter"],
                condition=~Q(letter=""),
                name="resolution_letter_unique",
                violation_error_message="This minute already has a resolution with that letter.",
            )
        ]

    def __str__(self):
        return f"{self.minute.number}{f'({self.letter})' if self.letter else ''}: {self.text[:80]}"

    @property
    def reference(self):
        """How the papers cite it: minute 52(b)."""
        return self.cite(self.minute.number, self.letter)

    @staticmethod
    def cite(minute_number: int, letter: str) -> str:
        return f"{minute_number}({letter})" if letter else str(minute_number)


class Vote(MinutePart):
    motion = models.TextField()
    mover = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="motions_moved"
    )
    seconder = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="motions_seconded"
    )
    votes_for = models.PositiveSmallIntegerField(default=0, verbose_name="for")
    votes_against = models.PositiveSmallIntegerField(default=0, verbose_name="against")
    abstentions = models.PositiveSmallIntegerField(default=0)
    secret_ballot = models.BooleanField(default=False)

    # What the minutes record of a vote (named votes apart), as the minutes page and the open data give it.
    RECORDED_FIELDS = [
        "motion",
        "mover",
        "seconder",
        "votes_for",
        "votes_against",
        "abstentions",
        "casting_vote",
        "secret_ballot",
    ]

    class CastingVote(models.TextChoices):
        FOR = "for", "For the motion"
        AGAINST = "against", "Against the motion"

    casting_vote = models.CharField(
        max_length=10,
        choices=CastingVote.choices,
        blank=True,
        verbose_name="the Chairman's casting vote",
        help_text="Only when the votes for and against are tied.",
    )

    class Meta(MinutePart.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(casting_vote="") | Q(votes_for=models.F("votes_against")),
                name="casting_vote_only_when_tied",
                violation_error_message="The Chairman has a casting vote only when the votes are tied.",
            )
        ]

    def __str__(self):
        return self.motion[:80]

    @property
    def is_tied(self) -> bool:
        return self.votes_for == self.votes_against

    @property
    def outcome(self) -> str:
        """As the minutes print it: "carried", or how the Chairman's casting vote decided a tie."""
        result = "carried" if self.carried else "not carried"
        if self.is_tied and self.casting_vote:
            return (
                f"the votes being equal, the Chairman gave a casting vote "
                f"{self.get_casting_vote_display().lower()}, and the motion was {result}"
            )
        return result

    @property
    def named_votes(self) -> list[tuple[str, list[str]]]:
        """Who voted which way, where the minutes name them: [("For", [names]), …], none left empty."""
        named = {how: [] for how in VoteCast.How}
        for cast in self.casts.all():
            named[cast.how].append(cast.person.name)
        return [(how.label, names) for how, names in named.items() if names]

    @property
    def carried(self) -> bool:
        # A tie is decided by the Chairman's casting vote (LGA 1972 Sch. 12 para. 39); with none it is lost.
        if self.is_tied and self.casting_vote:
            return self.casting_vote == self.CastingVote.FOR
        return self.votes_for > self.votes_against


class VoteCast(MinutesRecord):
    """How one member voted, where the minutes name them (a recorded vote)."""

    class How(models.TextChoices):
        FOR = "for", "For"
        AGAINST = "against", "Against"
        ABSTAINED = "abstained", "Abstained"

    meeting_path = "vote__minute__meeting"
    vote = models.ForeignKey(Vote, on_delete=models.CASCADE, related_name="casts")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="votes_cast")
    how = models.CharField(max_length=10, choices=How.choices)

    class Meta:
        ordering = ["vote", "how", "person__family_name", "pk"]
        verbose_name = "named vote"
        constraints = [
            models.UniqueConstraint(
                fields=["vote", "person"],
                name="one_named_vote_per_person",
                violation_error_message="This member's vote is already recorded.",
            )
        ]

    def __str__(self):
        return f"{self.person}: {self.get_how_display()}"

    def record_meeting(self):
        return self.vote.minute.meeting


class Ballot(MinutePart):
    """A choice between candidates, e.g. for an appointment, by ballot or show of hands."""

    office = models.CharField(
        max_length=300, help_text='What the ballot was for, e.g. "Vice-Chairman for the municipal year".'
    )
    secret = models.BooleanField(default=False, verbose_name="secret ballot")
    abstentions = models.PositiveSmallIntegerField(default=0)

    def __str__(self):
        return f"Ballot: {self.office}"

    @property
    def result(self) -> str:
        """As the minutes print it: "Mr A 5 votes (elected), Mrs B 3 votes; abstentions 1"."""
        candidates = ", ".join(
            f"{c.display_name} {c.votes} vote{'' if c.votes == 1 else 's'}{' (elected)' if c.elected else ''}"
            for c in self.candidates.all()
        )
        return candidates + (f"; abstentions {self.abstentions}" if self.abstentions else "")


class BallotCandidate(MinutesRecord):
    meeting_path = "ballot__minute__meeting"
    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="candidates")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="ballot_candidacies"
    )
    name = models.CharField(max_length=200, blank=True, help_text="A candidate not among the people here.")
    votes = models.PositiveSmallIntegerField(default=0)
    elected = models.BooleanField(default=False)

    class Meta:
        ordering = ["ballot", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(name=""),
                name="ballot_candidate_named",
                violation_error_message="Choose the candidate or write their name.",
            )
        ]

    def __str__(self):
        return f"{self.display_name}: {self.votes}"

    @property
    def display_name(self) -> str:
        return self.name or (self.person.name if self.person_id else "")

    def record_meeting(self):
        return self.ballot.minute.meeting
