"""Questions at a meeting: from the public (Question Time) and from members under standing orders."""

from django.contrib import admin

from meetings.models import MemberQuestion, PublicQuestion
from participation import questions as participation_questions
from scrutiny import admin_steps

from .base import CommitteeFilter, MeetingRecordAdmin, RelatedInlineMixin, SignedRecordInlineMixin, excerpt


class PublicQuestionInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = PublicQuestion
    related = ["answered_by", "supplementary_answered_by"]
    fields = [
        ("position", "questioner", "received_on", "status"),
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]
    autocomplete_fields = ["answered_by", "supplementary_answered_by"]
    readonly_fields = ["status"]  # questions sent online are accepted or rejected on the questions' list
    extra = 0


class MemberQuestionInline(SignedRecordInlineMixin, RelatedInlineMixin, admin.StackedInline):
    model = MemberQuestion
    related = ["asked_by", "answered_by", "supplementary_answered_by"]
    fields = [
        ("position", "asked_by", "standing_order"),
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]
    autocomplete_fields = ["asked_by", "answered_by", "supplementary_answered_by"]
    extra = 0


class QuestionAdmin(MeetingRecordAdmin):
    question_fields = [
        "position",
        "question",
        ("response", "answered_by"),
        "supplementary_question",
        ("supplementary_answer", "supplementary_answered_by"),
    ]

    @admin.display(description="question")
    def question_excerpt(self, question):
        return excerpt(question.question)

    @admin.display(description="answered", boolean=True)
    def answered(self, question):
        return bool(question.response)


@admin.register(PublicQuestion)
class PublicQuestionAdmin(QuestionAdmin):
    """Questions recorded from the minutes, and those sent online, which wait here for Democratic Services to
    accept or reject them (participation.questions); the questioner is emailed the decision."""

    list_display = ["questioner", "meeting", "received_on", "status", "question_excerpt", "answered"]
    list_filter = ["status", ("meeting__committee", CommitteeFilter), "received_on"]
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
            participation_questions.accept,
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
            step=participation_questions.reject,
            done=lambda question, _: (
                f"{question} for {question.meeting} is rejected; the questioner is told why."
            ),
        )


@admin.register(MemberQuestion)
class MemberQuestionAdmin(QuestionAdmin):
    list_display = ["asked_by", "meeting", "standing_order", "question_excerpt", "answered"]
    list_filter = [("meeting__committee", CommitteeFilter), "standing_order"]
    search_fields = [
        "asked_by__name",
        "asked_by__family_name",
        "question",
        "response",
        "supplementary_question",
    ]
    list_select_related = ["asked_by", "meeting__committee"]
    autocomplete_fields = ["meeting", "asked_by", "answered_by", "supplementary_answered_by"]
    fields = ["meeting", ("asked_by", "standing_order"), *QuestionAdmin.question_fields]
