"""Follow-up: actions the committee asked officers to take, their responses, and recommendations to the
executive with the replies they are owed."""

from datetime import date

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_valid_filename
from simple_history.models import HistoricalRecords

from meetings.models import Meeting, Minute, Resolution
from scrutiny import access
from scrutiny.models import Committee, Person, Team

from .clocks import executive_response_due


class ActionQuerySet(models.QuerySet):
    def open(self):
        """Waiting on the officer: not yet answered, or answered and returned."""
        return self.filter(status__in=Action.WAITING_ON_OWNER)

    def overdue(self, on: date | None = None):
        return self.open().filter(due_date__lt=on or timezone.localdate())

    def awaiting_review(self):
        """Answered by the officer, waiting for Democratic Services to accept or return the response."""
        return self.filter(status=Action.Status.RESPONSE_SUBMITTED)

    def with_is_overdue(self, on: date | None = None):
        return self.annotate(
            is_overdue=models.ExpressionWrapper(
                Q(status__in=Action.WAITING_ON_OWNER, due_date__lt=on or timezone.localdate()),
                output_field=models.BooleanField(),
            )
        )

    def for_committee(self, committee):
        return self.filter(committee=committee)

    def owned_by(self, person: Person | None):
        """Assigned to the person, or to a team they lead or belong to."""
        if person is None:
            return self.none()
        return self.filter(Q(owner=person) | Q(team__in=Team.objects.of_person(person)))

    def visible_to(self, user):
        """Democratic Services see every action. Others see the actions of published minutes (or raised
        without a meeting) that are not exempt, the exempt ones of their own committees, and their own."""
        if user.has_perm("followup.view_action"):
            return self
        published = Q(meeting__isnull=True) | Q(meeting__status__in=Meeting.MINUTES_PUBLISHED_STATUSES)
        readable = access.without_exempt(
            self.filter(published), user, exempt_field="exempt", committee_field="committee"
        )
        # One WHERE clause, not two subqueries of ids: the planner can then walk the tracker's order.
        return readable | self.owned_by(access.person_of(user))

    def with_latest_response(self, user):
        """The latest response `user` may read, as `latest_response_text` and `latest_response_at`."""
        latest = (
            ActionResponse.objects.visible_to(user)
            .filter(action=OuterRef("pk"))
            .order_by("-submitted_at", "-pk")
        )
        return self.annotate(
            latest_response_text=models.Subquery(latest.values("text")[:1]),
            latest_response_at=models.Subquery(latest.values("submitted_at")[:1]),
        )

    def for_tracker(self, user):
        return (
            # Not minute__meeting nor resolution__minute: they are the action's own meeting and minute, and
            # two more chains of joins cost PostgreSQL's planner more than the query takes to run.
            self.select_related("committee", "meeting", "minute", "resolution", "owner", "team")
            .with_is_overdue()
            .with_latest_response(user)
            .order_by("due_date", "pk")
        )

    def for_agenda(self, user):
        """Each action with the responses `user` may read, newest first, as `visible_responses`."""
        responses = ActionResponse.objects.visible_to(user).order_by("-submitted_at", "-pk")
        return (
            self.select_related("minute__meeting", "resolution__minute", "owner", "team")
            .prefetch_related(models.Prefetch("responses", queryset=responses, to_attr="visible_responses"))
            .order_by("meeting__start", "minute__number", "pk")
        )

    def arising_for(self, meeting: Meeting):
        """The actions from the committee's earlier meetings to report at `meeting`: those still open, and
        those closed since the meeting before it."""
        previous = Meeting.objects.earlier_than(meeting).values("start")[:1]
        closed_since = Q(status__in=Action.CLOSED) & Q(closed_at__gte=models.Subquery(previous))
        return self.filter(committee_id=meeting.committee_id, meeting__start__lt=meeting.start).filter(
            ~Q(status__in=Action.CLOSED) | closed_since
        )


class Action(models.Model):
    """Something an officer must do for the committee: from a resolution, from discussion, or raised by
    Democratic Services. Overdue is worked out from the due date, never stored."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        RESPONSE_SUBMITTED = "response_submitted", "Response submitted"
        COMPLETED = "completed", "Completed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    WAITING_ON_OWNER = (Status.OPEN, Status.IN_PROGRESS)
    CLOSED = (Status.COMPLETED, Status.WITHDRAWN)

    committee = models.ForeignKey(Committee, on_delete=models.PROTECT, related_name="actions")
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        help_text="The meeting it arose at.",
    )
    resolution = models.ForeignKey(
        Resolution,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        help_text="The resolution that asked for it, if any.",
    )
    minute = models.ForeignKey(
        Minute,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        help_text="The minute it arose from, when it came from discussion rather than a resolution.",
    )
    indicator = models.ForeignKey(
        "indicators.Indicator",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
        help_text="The performance indicator it is about, if any.",
    )
    description = models.TextField(help_text="What the officer is to do, as the committee asked it.")
    owner = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        limit_choices_to={"kind": Person.Kind.OFFICER},
        help_text="The officer who answers it, or leave blank and choose a team.",
    )
    team = models.ForeignKey(
        Team,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions",
        help_text="A team that answers it together; its lead is chased.",
    )
    due_date = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    exempt = models.BooleanField(
        default=False, help_text="Arises from an exempt item: only those entitled to its papers see it."
    )
    withdrawn_reason = models.TextField(blank=True)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)
    # Bumped by every change, so an edit made from a stale page is refused instead of overwriting another.
    version = models.PositiveIntegerField(default=1, editable=False)
    # The chasing's emails about it (scrutiny.Message), deleted with it.
    emails = GenericRelation(
        "scrutiny.Message",
        content_type_field="about_type",
        object_id_field="about_id",
        related_query_name="action",
    )

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        indexes = [
            models.Index(fields=["status", "due_date"]),
            models.Index(fields=["committee", "status"]),
            # The trackers' order: a page of them is read from it, not sorted from every action.
            models.Index(fields=["due_date", "id"], name="followup_action_due_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(Q(owner__isnull=False) & Q(team__isnull=True))
                | (Q(owner__isnull=True) & Q(team__isnull=False)),
                name="action_has_one_owner",
                violation_error_message="Give the action either an officer or a team to answer it, not both.",
            )
        ]
        permissions = [("review_action", "Can accept or return responses to actions")]

    def __str__(self):
        return f"Action {self.reference}: {self.description[:60]}"

    def get_absolute_url(self):
        return reverse("action-detail", kwargs={"pk": self.pk})

    @property
    def reference(self) -> str:
        return f"A{self.pk}"

    @property
    def owner_name(self) -> str:
        return str(self.owner or self.team)

    @property
    def source(self) -> str:
        if self.resolution_id:  # the action's minute is the resolution's (sync_from_source)
            return f"Minute {Resolution.cite(self.minute.number, self.resolution.letter)}"
        if self.minute_id:
            return f"Minute {self.minute.number}"
        return "Raised by Democratic Services"

    @property
    def is_open(self) -> bool:
        return self.status in self.WAITING_ON_OWNER

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED

    def overdue_on(self, day: date) -> bool:
        return self.is_open and self.due_date < day

    @property
    def is_overdue_today(self) -> bool:
        return self.overdue_on(timezone.localdate())

    def sync_from_source(self):
        """The minute, meeting, committee and exemption follow from where the action came from."""
        if self.resolution_id:
            self.minute = self.resolution.minute
        if self.minute_id:
            self.meeting = self.minute.meeting
            self.exempt = self.exempt or self.minute.exempt
        if self.meeting_id:
            self.committee_id = self.meeting.committee_id

    def save(self, *args, **kwargs):
        self.sync_from_source()
        if not self.is_closed:
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = timezone.now()
        super().save(*args, **kwargs)


class ActionResponseQuerySet(models.QuerySet):
    def awaiting_review(self):
        return self.filter(outcome=ActionResponse.Outcome.AWAITING_REVIEW)

    def written_by(self, user):
        """The responses `user` sent, or logged for someone else, or is named as giving: their own work,
        which someone else reviews."""
        authored = Q(submitted_by=user) if user.is_authenticated else Q(pk__in=[])
        if (person := access.person_of(user)) is not None:
            authored |= Q(responded_by=person)
        return self.filter(authored)

    def visible_to(self, user):
        """The whole log for those involved: Democratic Services, the members of the action's committee and
        the officers answering it. Everyone else reads only the responses the committee accepted."""
        if user.has_perm("followup.view_actionresponse"):
            return self
        involved = Q(outcome=ActionResponse.Outcome.ACCEPTED)
        if committees := access.committee_ids(user):  # else no join to the action for a clause always false
            involved |= Q(action__committee__in=committees)
        person = access.person_of(user)
        if person is not None:
            involved |= Q(action__in=Action.objects.owned_by(person).values("pk"))
        return self.filter(involved)


class ActionResponse(models.Model):
    """A dated entry in an action's log: a progress update, or the answer put to the committee."""

    class Kind(models.TextChoices):
        PROGRESS = "progress", "Progress update"
        ANSWER = "answer", "Answer for the committee to accept"

    class Outcome(models.TextChoices):
        NOT_FOR_REVIEW = "not_for_review", "Progress update"
        AWAITING_REVIEW = "awaiting_review", "Awaiting review"
        ACCEPTED = "accepted", "Accepted"
        RETURNED = "returned", "Returned"

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="responses")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ANSWER)
    text = models.TextField()
    responded_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="action_responses"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.AWAITING_REVIEW)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField(blank=True, help_text="Why the response was returned to the officer.")

    history = HistoricalRecords()
    objects = ActionResponseQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = "response"

    def __str__(self):
        return (
            f"{self.get_kind_display()} on {self.action.reference}, {timezone.localdate(self.submitted_at)}"
        )


def attachment_upload_to(attachment: "ResponseAttachment", filename: str) -> str:
    action = attachment.response.action
    return f"actions/{action.committee.slug}/{action.pk}/{get_valid_filename(filename)}"


class ResponseAttachment(models.Model):
    response = models.ForeignKey(ActionResponse, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_upload_to, max_length=500)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["response", "pk"]

    def __str__(self):
        return self.filename

    @property
    def filename(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]

    def get_absolute_url(self):
        return reverse("attachment-download", kwargs={"pk": self.pk})


class RecommendationQuerySet(models.QuerySet):
    def awaiting_response(self):
        return self.filter(response_received_on__isnull=True)

    def overdue(self, on: date | None = None):
        return self.awaiting_response().filter(response_due__lt=on or timezone.localdate())

    def with_is_overdue(self, on: date | None = None):
        return self.annotate(
            is_overdue=models.ExpressionWrapper(
                Q(response_received_on__isnull=True, response_due__lt=on or timezone.localdate()),
                output_field=models.BooleanField(),
            )
        )

    def visible_to(self, user):
        """Recommendations of resolutions the user may read (meetings.Resolution's own rule)."""
        return self.filter(Exists(Resolution.objects.visible_to(user).filter(pk=OuterRef("resolution"))))

    def for_tracker(self):
        return self.select_related("resolution__minute__meeting__committee").with_is_overdue()


class Recommendation(models.Model):
    """A recommendation of the committee to the Cabinet or another body, and the reply it is owed.

    Local Government Act 2000 s.9FE: the executive responds within two months (EXECUTIVE_RESPONSE_MONTHS)."""

    class Outcome(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        PARTLY_ACCEPTED = "partly_accepted", "Partly accepted"
        REJECTED = "rejected", "Rejected"

    resolution = models.OneToOneField(Resolution, on_delete=models.PROTECT, related_name="recommendation")
    body = models.CharField(max_length=200, help_text='Who it went to, e.g. "Cabinet".')
    sent_on = models.DateField(help_text="When it was sent to the body.")
    response_due = models.DateField(editable=False)
    response_received_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    response_text = models.TextField(blank=True, verbose_name="response")

    history = HistoricalRecords()
    objects = RecommendationQuerySet.as_manager()

    class Meta:
        ordering = ["response_due", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(response_received_on__isnull=True, outcome="")
                | Q(response_received_on__isnull=False) & ~Q(outcome=""),
                name="recommendation_response_complete",
                violation_error_message="A response needs both the date it was received and its outcome.",
            )
        ]

    def __str__(self):
        return f"Recommendation {self.resolution.reference} to {self.body}"

    @property
    def is_overdue_today(self) -> bool:
        return self.response_received_on is None and self.response_due < timezone.localdate()

    def _start_clock(self):
        if self.sent_on:
            self.response_due = executive_response_due(self.sent_on)

    def clean_fields(self, exclude=None):
        self._start_clock()  # the due date is computed, never typed, but must be there to validate
        super().clean_fields(exclude)

    def save(self, *args, **kwargs):
        self._start_clock()
        super().save(*args, **kwargs)
