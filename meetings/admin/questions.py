"""Questions at a meeting: from the public (Question Time) and from members under standing orders. The list
of public questions, where those sent online are accepted or rejected, is participation's."""

from django.contrib import admin

from meetings.models import MemberQuestion, PublicQuestion

from .base import (
    CommitteeFilter,
    MeetingFilter,
    MeetingRecordAdmin,
    RelatedInlineMixin,
    SignedRecordInlineMixin,
    excerpt,
)


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


@admin.register(MemberQuestion)
class MemberQuestionAdmin(QuestionAdmin):
    list_display = ["asked_by", "meeting", "standing_order", "question_excerpt", "answered"]
    list_filter = [("meeting__committee", CommitteeFilter), ("meeting", MeetingFilter), "standing_order"]
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
