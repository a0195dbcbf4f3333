"""Committees and the people who sit on them, attend them or serve them."""

from datetime import date

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from . import item_wording
from .committee_rules import Rules, default_of

# Bounds on a type's rules: generous for any standing orders, tight enough to catch a slip of the keyboard.
MOST_DAYS = 60


def _days(verbose_name: str, rule: str, help_text: str):
    return models.PositiveSmallIntegerField(
        verbose_name, default=default_of(rule), validators=[MaxValueValidator(MOST_DAYS)], help_text=help_text
    )


class CommitteeType(models.Model):
    """A kind of committee (scrutiny, the executive, regulatory, full Council) and the rules its meetings
    follow. Its committees read them; the settings are the defaults a new type starts from."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    publication_clear_days = _days(
        "clear days for the agenda",
        "publication_clear_days",
        "The agenda is published at least this many clear days before the meeting (LGA 1972 s.100B: five). "
        "Neither the day of publication nor the day of the meeting counts.",
    )
    publication_counts_working_days = models.BooleanField(
        "count working days",
        default=default_of("publication_counts_working_days"),
        help_text="Count the clear days as working days (no weekends, bank holidays or closure days); "
        "untick to count calendar days.",
    )
    question_deadline_clear_working_days = _days(
        "question deadline (clear working days)",
        "question_deadline_clear_working_days",
        "A public question must leave this many clear working days before the meeting.",
    )
    report_draft_working_days = _days(
        "draft report due (working days)",
        "report_draft_working_days",
        "An officer's draft report is due this many working days before the agenda's publication deadline.",
    )
    report_final_working_days = _days(
        "final report due (working days)",
        "report_final_working_days",
        "The final report is due this many working days before the agenda's publication deadline.",
    )
    quorum_fraction = models.DecimalField(
        "quorum (share of voting members)",
        max_digits=5,
        decimal_places=4,
        default=default_of("quorum_fraction"),
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="Between 0 and 1: 0.25 for a quarter, 0.3333 for a third, 0.5 for a half. The quorum is "
        "this share of the voting members, rounded up.",
    )
    quorum_minimum = models.PositiveSmallIntegerField(
        "quorum (at least)",
        default=default_of("quorum_minimum"),
        validators=[MaxValueValidator(100)],
        help_text="Never fewer members than this, however few the committee has (unless it has fewer).",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if (
            self.report_draft_working_days is not None
            and self.report_final_working_days is not None
            and self.report_draft_working_days < self.report_final_working_days
        ):
            raise ValidationError(
                {
                    "report_draft_working_days": "The draft is due before the final report: give it at least "
                    "as many working days as the final report."
                }
            )

    @property
    def rules(self) -> Rules:
        return Rules.of(self)


class StandardItem(models.Model):
    """A procedural item every agenda of a committee type has, in its place: the minutes of the last meeting
    and the declarations of interest at the top, the date of the next meeting at the bottom."""

    class Placement(models.TextChoices):
        OPENING = "opening", "Opening the agenda"
        CLOSING = "closing", "Closing the agenda"
        BEFORE_EXEMPT = "before_exempt", "Before the exempt items (only when there are some)"

    class Purpose(models.TextChoices):
        MINUTES = "minutes", "Minutes of the previous meeting"
        DECLARATIONS = "declarations", "Declarations"
        QUESTIONS = "questions", "Questions"
        EXCLUSION = "exclusion", "Exclusion of the press and public"
        NEXT_MEETING = "next_meeting", "Date of next meeting"
        OTHER = "other", "Other"

    committee_type = models.ForeignKey(CommitteeType, on_delete=models.CASCADE, related_name="standard_items")
    position = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(999)], help_text="Items are added in this order, lowest first."
    )
    placement = models.CharField(max_length=20, choices=Placement.choices, default=Placement.OPENING)
    purpose = models.CharField("what it is", max_length=20, choices=Purpose.choices, default=Purpose.OTHER)
    wording = models.CharField(
        max_length=400,
        help_text="As printed on the agenda. Write standing-order numbers as they are printed, and change "
        "them here when the standing orders are renumbered. Placeholders filled in when the item is added: "
        + "; ".join(f"{{{name}}} is {meaning}" for name, meaning in item_wording.PLACEHOLDERS.items())
        + ".",
    )

    class Meta:
        ordering = ["committee_type", "position", "pk"]

    def __str__(self):
        return self.wording

    def clean(self):
        try:
            item_wording.check(self.wording or "")
        except ValidationError as refused:
            raise ValidationError({"wording": refused.messages}) from refused

    def title(self, *, previous_meeting_on: date | None, committee: "Committee") -> str:
        return item_wording.fill(
            self.wording, previous_meeting_on=previous_meeting_on, committee=committee.name
        )


class Committee(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True, help_text="What the committee scrutinises, shown on its page.")
    is_active = models.BooleanField(default=True, help_text="Untick when the committee is dissolved.")
    committee_type = models.ForeignKey(
        CommitteeType,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="committees",
        verbose_name="type",
        help_text="Its rules: clear days for the agenda, the question deadline, the report timetable, the "
        "quorum and the standard agenda items. With none, the council's settings apply.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("committee-detail", kwargs={"slug": self.slug})

    @property
    def rules(self) -> Rules:
        return Rules.of(self.committee_type)


class Person(models.Model):
    class Kind(models.TextChoices):
        COUNCILLOR = "councillor", "Councillor"
        CO_OPTED = "co_opted", "Co-opted member"
        OFFICER = "officer", "Officer"
        GUEST = "guest", "Guest"

    # The name as the papers print it, with honorific, initials and post-nominals: "Mrs. H. J. Fryer CC".
    name = models.CharField(
        max_length=200, help_text='As the papers print it, for example "Mrs. H. J. Fryer CC".'
    )
    family_name = models.CharField(max_length=100, help_text="Used to sort people alphabetically.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    party = models.CharField(max_length=100, blank=True)
    job_title = models.CharField(
        max_length=200,
        blank=True,
        help_text='For officers and guests, e.g. "Director of Children and Family Services".',
    )
    department = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True, help_text="For guests from other bodies.")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="person"
    )

    class Meta:
        ordering = ["family_name", "name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class CouncilAccount(models.Model):
    """A sign-in's account with the council's identity provider (OpenID Connect, scrutiny/oidc.py), linked at
    its first sign-in with it. From then on that account signs in as this user, found by the provider's own
    stable identifier of it, never by a name or address its holder could change."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="council_account"
    )
    # Microsoft Entra ID: "entra:<tenant id>" and the account's object id (oid); another provider: its
    # issuer (iss) and the subject (sub) it gives the account.
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "subject"],
                name="council_account_once",
                violation_error_message="This council account already signs in as someone else.",
            )
        ]

    def __str__(self):
        return f"{self.subject} ({self.issuer})"


class MembershipQuerySet(models.QuerySet):
    def current(self, on: date | None = None):
        on = on or timezone.localdate()
        return self.filter(Q(start_date__isnull=True) | Q(start_date__lte=on)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=on)
        )

    def for_committee_page(self):
        """Chairman first, then Vice-Chairman, then members and co-opted members by name."""
        role_order = models.Case(
            *(models.When(role=role, then=position) for position, role in enumerate(Membership.Role.values)),
            output_field=models.IntegerField(),
        )
        return self.select_related("person").order_by(role_order, "person__family_name", "person__name")


class Membership(models.Model):
    class Role(models.TextChoices):
        CHAIRMAN = "chairman", "Chairman"
        VICE_CHAIRMAN = "vice_chairman", "Vice-Chairman"
        MEMBER = "member", "Member"
        CO_OPTED = "co_opted", "Co-opted member"

    committee = models.ForeignKey(Committee, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    is_voting = models.BooleanField(default=True)
    voting_note = models.CharField(
        max_length=200, blank=True, help_text='For example "Votes on education matters only".'
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["committee", "person__family_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_it_starts",
                violation_error_message="A membership cannot end before it starts.",
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()}, {self.committee})"


class TeamQuerySet(models.QuerySet):
    def of_person(self, person: Person):
        return self.filter(Q(lead=person) | Q(members=person)).distinct()


class Team(models.Model):
    """Officers who answer actions together. Its lead is the one chased when an action is late."""

    name = models.CharField(max_length=200, unique=True)
    lead = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="teams_led")
    members = models.ManyToManyField(Person, blank=True, related_name="teams")
    email = models.EmailField(blank=True, help_text="A shared mailbox, copied into every chasing email.")

    objects = TeamQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class MessageQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(sent_at__isnull=True)


class Message(models.Model):
    """An email in the outbox (scrutiny/notifications/outbox.py), from the moment it is decided on until it
    is sent, and afterwards as the record of what was sent. Its kind and key name what makes it distinct (the
    action and the owner assigned, the week chased in, the meeting whose agenda was published …), and the
    database refuses the same kind and key twice for an address: deciding again, in a task run twice or two
    at once, sends nobody anything twice."""

    kind = models.CharField(max_length=50, help_text="The app that decided on it, and what it is about.")
    recipient = models.EmailField()
    key = models.CharField(max_length=100)
    # What it is about (an action, a meeting, a paper), read again when it is written; none for a digest.
    about_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    subject = models.TextField(blank=True, help_text="As it was sent.")
    body = models.TextField(blank=True, help_text="As it was sent.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0, help_text="How many times sending it was tried.")
    error = models.TextField(blank=True, help_text="Why the last try failed.")

    objects = MessageQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["about_type", "about_id"], name="message_about"),
            models.Index(fields=["created_at"], condition=Q(sent_at__isnull=True), name="message_pending"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["kind", "recipient", "key"], name="message_sent_once"),
        ]

    def __str__(self):
        return f"{self.kind} to {self.recipient} ({self.key})"


class ClosureDay(models.Model):
    """A weekday the council's offices are closed (between Christmas and New Year, say): not a working day
    for any deadline, as a bank holiday is not. Democratic Services keep them in the admin."""

    date = models.DateField(unique=True)
    reason = models.CharField(max_length=200, blank=True, help_text="For example: Christmas closure.")

    class Meta:
        ordering = ["-date"]
        verbose_name = "council closure day"

    def __str__(self):
        return f"{self.date:%-d %B %Y}" + (f": {self.reason}" if self.reason else "")
