"""Public participation in the admin. Online petitions: Democratic Services publish or reject them
(participation.petitions), see the confirmed signatures and which petitions have reached the threshold for a
debate, and link a petition to the meeting's record once it is presented. Public questions: those recorded
from the minutes, and those sent online, which Democratic Services accept or reject
(participation.questions)."""

from django.contrib import admin
from django.db import transaction
from django.utils.text import Truncator

from meetings.admin.base import CommitteeFilter, MeetingFilter
from meetings.admin.questions import QuestionAdmin
from meetings.models import PublicQuestion
from scrutiny import admin_steps, admin_to_do

from . import petitions, questions
from .models import OnlinePetition, Signature


class DebateThresholdFilter(admin.SimpleListFilter):
    title = "debate threshold"
    parameter_name = "debate"

    def lookups(self, request, model_admin):
        return [("reached", "Reached"), ("not_reached", "Not reached")]

    def queryset(self, request, queryset):
        if self.value() in ("reached", "not_reached"):
            return queryset.filter(debate_threshold_reached_at__isnull=self.value() == "not_reached")
        return queryset


@admin.register(OnlinePetition)
class OnlinePetitionAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "lead_petitioner",
        "status",
        "submitted_at",
        "closes_on",
        "signature_count",
        "debate_threshold",
        "presented_as",
    ]
    list_filter = ["status", DebateThresholdFilter, "closes_on"]
    search_fields = ["title", "prayer", "lead_petitioner", "lead_petitioner_email"]
    list_select_related = ["presented_as__meeting__committee"]
    date_hierarchy = "submitted_at"
    autocomplete_fields = ["presented_as"]
    fieldsets = [
        (None, {"fields": ["title", "prayer", ("lead_petitioner", "lead_petitioner_email")]}),
        (
            "Moderation",
            {
                "fields": [("status", "submitted_at", "published_at"), "closes_on", "rejection_reason"],
                "description": "The status changes only through the actions on the list of petitions.",
            },
        ),
        (
            "Signatures",
            {"fields": ["signature_count", ("debate_threshold_reached_at", "debate_alert_sent_at")]},
        ),
        ("At a meeting", {"fields": ["presented_as"]}),
    ]
    readonly_fields = [
        "status",
        "submitted_at",
        "published_at",
        "rejection_reason",
        "signature_count",
        "debate_threshold_reached_at",
        "debate_alert_sent_at",
    ]
    actions = ["publish_petitions", "reject_petitions"]

    def has_add_permission(self, request):
        return False  # petitions come from the public's form; one on paper is recorded with its meeting

    @admin.display(description="debate threshold reached", boolean=True)
    def debate_threshold(self, petition):
        return petition.debate_threshold_reached

    @admin.action(permissions=["change"], description="Publish the petitions for signing")
    def publish_petitions(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset,
            petitions.publish,
            # Told as publishing left it, not as listed: publishing sets a petition's closing date.
            lambda petition, published: (
                f'"{published}" is published until the end of {published.closes_on:%-d %B %Y}; '
                "the lead petitioner is told."
            ),
        )

    @admin.action(permissions=["change"], description="Reject the petitions, with a reason")
    def reject_petitions(self, request, queryset):
        return admin_steps.take_each_with_reason(
            self,
            request,
            queryset,
            title="Reject the petitions",
            explanation=admin_steps.REASON_EMAILED,
            step=petitions.reject,
            done=lambda petition, _: f'"{petition}" is rejected; the lead petitioner is told why.',
        )


@admin.register(Signature)
class SignatureAdmin(admin.ModelAdmin):
    """Signatures are read here and may be removed (a duplicate, or at the signer's request): the count
    follows. They are made only by the public, through the petition's page."""

    list_display = ["name", "petition_title", "postcode", "created_at", "confirmed"]
    list_filter = [
        ("confirmed_at", admin.EmptyFieldListFilter),
        ("petition", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "email", "postcode", "petition__title"]
    list_select_related = ["petition"]
    fields = ["petition", "name", "email", "postcode", "created_at", "confirmed_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="petition", ordering="petition__title")
    def petition_title(self, signature):
        return Truncator(signature.petition.title).words(10)

    @admin.display(boolean=True, ordering="confirmed_at")
    def confirmed(self, signature):
        return signature.is_confirmed

    def delete_model(self, request, obj):
        with transaction.atomic():
            super().delete_model(request, obj)
            petitions.recount(obj.petition)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            affected = list(OnlinePetition.objects.filter(signatures__in=queryset).distinct())
            super().delete_queryset(request, queryset)
            for petition in affected:
                petitions.recount(petition)


@admin.register(PublicQuestion)
class PublicQuestionAdmin(QuestionAdmin):
    """Questions recorded from the minutes, and those sent online, which wait here for Democratic Services to
    accept or reject them (participation.questions); the questioner is emailed the decision."""

    list_display = ["questioner", "meeting", "received_on", "status", "question_excerpt", "answered"]
    list_filter = [
        "status",
        ("meeting__committee", CommitteeFilter),
        ("meeting", MeetingFilter),
        "received_on",
    ]
    search_fields = [
        "questioner",
        "questioner_email",
        "question",
        "response",
        "supplementary_question",
        "supplementary_answer",
    ]
    list_select_related = ["meeting__committee"]
    autocomplete_fields = ["meeting", "answered_by", "supplementary_answered_by"]
    fields = [
        "meeting",
        ("questioner", "received_on"),
        ("questioner_email", "attending"),
        ("status", "submitted_at"),
        "rejection_reason",
        *QuestionAdmin.question_fields,
    ]
    readonly_fields = ["status", "submitted_at", "rejection_reason"]
    actions = ["delete_selected", "accept_questions", "reject_questions"]

    @admin.action(permissions=["change"], description="Accept the questions for Question Time")
    def accept_questions(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset,
            questions.accept,
            lambda question, _: f"{question} for {question.meeting} is accepted; the questioner is told.",
        )

    @admin.action(permissions=["change"], description="Reject the questions, with a reason")
    def reject_questions(self, request, queryset):
        return admin_steps.take_each_with_reason(
            self,
            request,
            queryset,
            title="Reject the questions",
            explanation=admin_steps.REASON_EMAILED,
            step=questions.reject,
            done=lambda question, _: (
                f"{question} for {question.meeting} is rejected; the questioner is told why."
            ),
        )


for section in [
    admin_to_do.Section(
        title="Questions to moderate",
        rows=lambda: PublicQuestion.objects.awaiting_decision().select_related("meeting__committee"),
        describe=lambda question: f"{question}, {question.meeting}",
        permission="meetings.change_publicquestion",
        changelist="admin:meetings_publicquestion_changelist",
        query="status__exact=submitted",
        order=70,
    ),
    admin_to_do.Section(
        title="Petitions to moderate",
        rows=lambda: OnlinePetition.objects.awaiting_moderation(),
        permission="participation.change_onlinepetition",
        changelist="admin:participation_onlinepetition_changelist",
        query="status__exact=submitted",
        order=80,
    ),
]:
    admin_to_do.register(section)
