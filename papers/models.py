"""The text of the papers, extracted so they can be searched, the agenda packs built from them, and the draft
minutes sent to the Chair."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from meetings.models import AgendaItem, Document, Meeting, Schedule12AParagraph


class DocumentText(models.Model):
    """What a document says, as text, and how many pages it has: read from the file once it is uploaded."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, related_name="extracted")
    text = models.TextField(blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True, help_text="Pages, for a PDF.")
    extracted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "text of a document"
        verbose_name_plural = "texts of documents"

    def __str__(self):
        return f"Text of {self.document}"


def agenda_pack_upload_to(pack: "AgendaPack", filename: str) -> str:
    meeting = pack.meeting
    return f"agenda-packs/{meeting.committee.slug}/{meeting.date:%Y-%m-%d}/{filename}"


class AgendaPack(models.Model):
    """One PDF of a meeting's papers: cover and agenda, the last meeting's minutes, then every report with its
    appendices, numbered continuously. The public pack and the full pack have the same page numbers: the
    public one has a notice and blank pages where the full one has an exempt document."""

    class Kind(models.TextChoices):
        PUBLIC = "public", "Public pack"
        FULL = "full", "Full pack, with exempt papers"
        # The papers added or replaced after the agenda was published (meetings.Document.supplement).
        SUPPLEMENT = "supplement", "Supplementary pack"
        SUPPLEMENT_FULL = "supplement_full", "Full supplementary pack, with exempt papers"

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to be built"
        BUILDING = "building", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Could not be built"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_packs")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(
        default=0, help_text="How far the build has got, in per cent."
    )
    pages = models.PositiveIntegerField(null=True, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True, help_text="Bytes.")
    exempt_papers = models.PositiveSmallIntegerField(
        default=0, help_text="Exempt papers in the full pack, withheld from the public one."
    )
    file = models.FileField(upload_to=agenda_pack_upload_to, max_length=500, blank=True)
    built_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the last build failed.")

    class Meta:
        ordering = ["meeting", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "kind"], name="one_agenda_pack_of_each_kind"),
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="agenda_pack_progress_in_range"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.meeting}"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY and bool(self.file)

    @property
    def is_building(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.BUILDING)

    @property
    def is_full(self) -> bool:
        return self.kind in (self.Kind.FULL, self.Kind.SUPPLEMENT_FULL)

    @property
    def is_supplementary(self) -> bool:
        return self.kind in SUPPLEMENTARY_KINDS

    @property
    def label(self) -> str:
        """As the meeting's page names the download."""
        name = "Supplementary agenda pack" if self.is_supplementary else "Agenda pack"
        return f"Full {name[0].lower()}{name[1:]}, with exempt papers" if self.is_full else name

    def get_absolute_url(self):
        names = {
            self.Kind.PUBLIC: "agenda-pack-public",
            self.Kind.FULL: "agenda-pack-full",
            self.Kind.SUPPLEMENT: "supplementary-pack-public",
            self.Kind.SUPPLEMENT_FULL: "supplementary-pack-full",
        }
        return reverse(names[self.kind], kwargs={"pk": self.meeting_id})

    def download_name(self) -> str:
        meeting = self.meeting
        name = "supplementary-pack" if self.is_supplementary else "agenda-pack"
        suffix = "-full" if self.is_full else ""
        return f"{name}-{meeting.committee.slug}-{meeting.date:%Y-%m-%d}{suffix}.pdf"


MAIN_KINDS = (AgendaPack.Kind.PUBLIC, AgendaPack.Kind.FULL)
SUPPLEMENTARY_KINDS = (AgendaPack.Kind.SUPPLEMENT, AgendaPack.Kind.SUPPLEMENT_FULL)


class ChairPreview(models.Model):
    """A link to the draft minutes sent to the meeting's Chair to read and comment on before they are
    published (papers/chair_preview.py). Only the meeting's latest works: sending another ends the earlier."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="chair_previews")
    person = models.ForeignKey(
        "scrutiny.Person", on_delete=models.PROTECT, related_name="chair_previews", verbose_name="Chair"
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["meeting", "-sent_at", "-pk"]
        get_latest_by = ["sent_at", "pk"]

    def __str__(self):
        return f"The draft minutes of {self.meeting}, sent to {self.person}"


class ChairComment(models.Model):
    """What the Chair said about the draft minutes, through the link they were sent."""

    MAX_LENGTH = 5000

    preview = models.ForeignKey(ChairPreview, on_delete=models.CASCADE, related_name="comments")
    text = models.TextField(max_length=MAX_LENGTH)
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["made_at", "pk"]

    def __str__(self):
        return f"{self.preview.person} on {self.preview.meeting}"


def frozen_paper_upload_to(paper: "FrozenPaper", filename: str) -> str:
    meeting = paper.agenda_item.meeting
    return f"generated-papers/{meeting.committee.slug}/{meeting.date:%Y-%m-%d}/{filename}"


class FrozenPaper(models.Model):
    """A generated paper (meetings/generated_papers.py: the report of actions arising) as it was when the
    agenda was published. Until then the packs generate it afresh at each build; from then on they print this
    copy, so the published pack keeps saying what was published, however the actions move on."""

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="frozen_papers")
    position = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=300)
    exempt_paragraph = models.PositiveSmallIntegerField(
        choices=Schedule12AParagraph.choices, null=True, blank=True, help_text="Set: in the full pack only."
    )
    file = models.FileField(upload_to=frozen_paper_upload_to, max_length=500)
    frozen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["agenda_item", "position", "pk"]

    def __str__(self):
        return self.title
