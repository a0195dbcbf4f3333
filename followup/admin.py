"""Follow-up in the admin: Democratic Services raise, reassign, review and withdraw actions, and track the
executive's replies to recommendations. Every change is kept (the History button on each page). A resolution's
form gains a follow-up section (registered with meetings.admin.hooks) that raises its action or sends its
recommendation in the same step."""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from meetings.admin import hooks as meeting_admin_hooks
from meetings.admin.base import MeetingFilter
from meetings.models import Resolution
from scrutiny import admin_steps, admin_to_do
from scrutiny.models import Person, Team
from scrutiny.uploads import CheckedUploadForm

from . import workflow
from .clocks import default_due_date
from .models import Action, ActionResponse, Recommendation, ResponseAttachment


class OverdueFilter(admin.SimpleListFilter):
    title = "overdue"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue"), ("no", "Not overdue")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.with_is_overdue().filter(is_overdue=self.value() == "yes")
        return queryset


class ActionForm(forms.ModelForm):
    """Refuses an edit made from a page that is out of date: someone else changed the action meanwhile."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Action
        fields = [
            "resolution",
            "minute",
            "committee",
            "meeting",
            "indicator",
            "exempt",
            "description",
            "owner",
            "team",
        ]
        fields += ["due_date"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_version"].initial = self.instance.version
        self.fields["due_date"].required = False
        self.fields[
            "due_date"
        ].help_text = "Leave blank for ten working days before the committee's next meeting."
        if "committee" in self.fields:
            self.fields["committee"].required = False
            self.fields["committee"].help_text = "Follows from the resolution or minute when there is one."

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk:
            stored = Action.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if cleaned_data.get("seen_version") not in (None, stored):
                raise ValidationError(
                    "Someone else changed this action while you were editing it (a response may have come "
                    "in). Your changes are not saved: reload the page to see theirs, then make yours again."
                )
        # The minute, meeting, committee and exemption follow from the source, as the model sets them.
        sources = {name: cleaned_data.get(name) for name in ("resolution", "minute", "meeting", "committee")}
        derived = Action(**sources, exempt=cleaned_data.get("exempt", False))
        derived.sync_from_source()
        if derived.committee_id is None:
            self.add_error("committee", "Say which committee asked for the action, or choose its resolution.")
            return cleaned_data
        cleaned_data |= {
            "minute": derived.minute,
            "meeting": derived.meeting,
            "committee": derived.committee,
            "exempt": derived.exempt,
        }
        if not cleaned_data.get("due_date"):
            cleaned_data["due_date"] = default_due_date(derived.committee_id, timezone.localdate())
        return cleaned_data


class ResponseAttachmentInline(admin.TabularInline):
    model = ResponseAttachment
    form = CheckedUploadForm  # by content, up to ATTACHMENT_MAX_MEGABYTES, as officers' own uploads are
    extra = 0


class ActionResponseInline(admin.StackedInline):
    model = ActionResponse
    fields = [
        ("kind", "submitted_at", "responded_by"),
        "text",
        ("outcome", "reviewed_by", "reviewed_at"),
        "return_reason",
    ]
    readonly_fields = flatten_fieldsets([(None, {"fields": fields})])
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False  # officers respond on the action's page, which keeps the status in step


REASON_KEPT = "The reason is kept in the action's history, and the officer sees it."


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    form = ActionForm
    list_display = [
        "reference",
        "committee",
        "description_excerpt",
        "owner_name",
        "due_date",
        "status",
        "overdue",
    ]
    list_display_links = ["reference", "description_excerpt"]
    list_filter = ["committee", ("meeting", MeetingFilter), "status", OverdueFilter, "team", "exempt"]
    search_fields = ["description", "owner__name", "team__name", "resolution__text", "minute__heading"]
    list_select_related = ["committee", "owner", "team"]
    date_hierarchy = "due_date"
    autocomplete_fields = ["committee", "meeting", "resolution", "minute", "indicator", "owner", "team"]
    readonly_fields = ["status", "withdrawn_reason", "closed_at", "raised_by", "created_at"]
    fieldsets = [
        (
            "Where it came from",
            {"fields": ["resolution", "minute", "committee", "meeting", "indicator", "exempt"]},
        ),
        (None, {"fields": ["description", ("owner", "team"), "due_date", "seen_version"]}),
        ("State", {"fields": ["status", "withdrawn_reason", "closed_at", "raised_by", "created_at"]}),
    ]
    inlines = [ActionResponseInline]
    actions = ["accept_responses", "return_responses", "withdraw_actions"]

    @admin.display(description="action", ordering="pk")
    def reference(self, action):
        return action.reference

    @admin.display(description="what was asked")
    def description_excerpt(self, action):
        return Truncator(action.description).words(16)

    @admin.display(description="owner")
    def owner_name(self, action):
        return action.owner_name

    @admin.display(boolean=True)
    def overdue(self, action):
        return action.is_overdue_today

    def save_model(self, request, obj, form, change):
        if change:
            obj.version += 1
        else:
            obj.raised_by = request.user
        super().save_model(request, obj, form, change)
        if not change or {"owner", "team"} & set(form.changed_data):
            workflow.tell_the_owner(obj)  # the new owner is told

    @admin.action(permissions=["review"], description="Accept the responses (completes the action)")
    def accept_responses(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset,
            lambda action: workflow.accept_response(action, user=request.user),
            lambda action, _: f"Action {action.reference} is completed.",
        )

    @admin.action(permissions=["review"], description="Return the responses to the officer, with a reason")
    def return_responses(self, request, queryset):
        return admin_steps.take_each_with_reason(
            self,
            request,
            queryset,
            title="Return the responses",
            explanation=REASON_KEPT,
            step=lambda action, reason: workflow.return_response(action, user=request.user, reason=reason),
            done=lambda action, _: f"The response to action {action.reference} is returned to the officer.",
        )

    @admin.action(permissions=["change"], description="Withdraw the actions, with a reason")
    def withdraw_actions(self, request, queryset):
        return admin_steps.take_each_with_reason(
            self,
            request,
            queryset,
            title="Withdraw the actions",
            explanation=REASON_KEPT,
            step=lambda action, reason: workflow.withdraw(action, reason=reason),
            done=lambda action, _: f"Action {action.reference} is withdrawn.",
        )

    def has_review_permission(self, request):
        return request.user.has_perm("followup.review_action")


@admin.register(ActionResponse)
class ActionResponseAdmin(SimpleHistoryAdmin):
    list_display = ["action", "kind", "responded_by", "submitted_at", "outcome"]
    list_filter = ["kind", "outcome", "action__committee"]
    search_fields = ["text", "return_reason", "action__description", "responded_by__name"]
    list_select_related = ["action", "responded_by"]
    readonly_fields = [
        "action",
        "kind",
        "submitted_at",
        "submitted_by",
        "outcome",
        "reviewed_by",
        "reviewed_at",
    ]
    fields = [
        "action",
        ("kind", "submitted_at"),
        ("responded_by", "submitted_by"),
        "text",
        ("outcome", "reviewed_by", "reviewed_at"),
        "return_reason",
    ]
    autocomplete_fields = ["responded_by"]
    inlines = [ResponseAttachmentInline]

    def has_add_permission(self, request):
        return False  # responses are written on the action's page, which keeps the action's status in step


@admin.register(Recommendation)
class RecommendationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "sent_on", "response_due", "response_received_on", "outcome", "overdue"]
    list_filter = [
        "body",
        "outcome",
        OverdueFilter,
        ("resolution__minute__committee", admin.RelatedOnlyFieldListFilter),
        ("resolution__minute__meeting", MeetingFilter),
    ]
    search_fields = ["body", "resolution__text", "response_text"]
    list_select_related = ["resolution__minute"]
    date_hierarchy = "response_due"
    autocomplete_fields = ["resolution"]
    readonly_fields = ["response_due"]
    fields = [
        "resolution",
        "body",
        ("sent_on", "response_due"),
        ("response_received_on", "outcome"),
        "response_text",
    ]

    @admin.display(boolean=True)
    def overdue(self, recommendation):
        return recommendation.is_overdue_today


class FollowUpOnResolution(meeting_admin_hooks.FormSection):
    """The follow-up section of a resolution's form (on its page and its minute's) while the minutes are
    drafted: in the same step as the resolution, a request for information raises its action and a
    recommendation starts the executive's two-month response clock."""

    title = "Follow-up"
    layout = [("action_owner", "action_team", "action_due_date"), "recommendation_sent_on"]

    def fields(self):
        return {
            "action_owner": forms.ModelChoiceField(
                queryset=Person.objects.filter(kind=Person.Kind.OFFICER),
                required=False,
                label="Raise an action for this officer",
                help_text="For a request for information: the officer who is to answer it.",
            ),
            "action_team": forms.ModelChoiceField(
                queryset=Team.objects.all(), required=False, label="… or for this team"
            ),
            "action_due_date": forms.DateField(
                required=False,
                label="Action due",
                help_text="Leave blank for ten working days before the committee's next meeting.",
                widget=admin.widgets.AdminDateWidget,
            ),
            "recommendation_sent_on": forms.DateField(
                required=False,
                label="Recommendation sent on",
                help_text=(
                    "For a recommendation: the day it went to the body, which starts its response clock."
                ),
                widget=admin.widgets.AdminDateWidget,
            ),
        }

    def clean(self, form, cleaned_data):
        if cleaned_data.get("action_owner") and cleaned_data.get("action_team"):
            form.add_error("action_team", "Choose an officer or a team to answer the action, not both.")
        if cleaned_data.get("action_due_date") and not (
            cleaned_data.get("action_owner") or cleaned_data.get("action_team")
        ):
            form.add_error("action_owner", "Choose who is to answer the action.")
        if cleaned_data.get("recommendation_sent_on"):
            if cleaned_data.get("kind") != Resolution.Kind.RECOMMENDATION:
                form.add_error("recommendation_sent_on", "Only a recommendation is sent for a response.")
            elif form.instance.pk and Recommendation.objects.filter(resolution=form.instance).exists():
                form.add_error("recommendation_sent_on", "This recommendation has already been sent.")

    def saved(self, form, user):
        """Once the resolution is saved: raise its action, and record that its recommendation was sent."""
        resolution, data = form.instance, form.cleaned_data
        if data.get("action_owner") or data.get("action_team"):
            workflow.raise_action(
                description=resolution.text,
                owner=data.get("action_owner"),
                team=data.get("action_team"),
                resolution=resolution,
                due_date=data.get("action_due_date"),
                raised_by=user,
            )
        if data.get("recommendation_sent_on"):
            workflow.send_recommendation(resolution, sent_on=data["recommendation_sent_on"])


meeting_admin_hooks.add_form_section(Resolution, FollowUpOnResolution())


def _overdue_actions():
    return Action.objects.overdue().select_related("committee").order_by("due_date", "pk")


for section in [
    admin_to_do.Section(
        title="Responses to review",
        rows=lambda: Action.objects.awaiting_review().order_by("due_date", "pk"),
        permission="followup.review_action",
        changelist="admin:followup_action_changelist",
        query="status__exact=response_submitted",
        order=40,
    ),
    admin_to_do.Section(
        title="Overdue actions",
        rows=_overdue_actions,
        describe=lambda action: f"{action}: due {action.due_date:%-d %B %Y}",
        permission="followup.change_action",
        changelist="admin:followup_action_changelist",
        query="overdue=yes",
        order=50,
    ),
    admin_to_do.Section(
        title="Overdue recommendations",
        rows=lambda: (
            Recommendation.objects.overdue()
            .select_related("resolution__minute")
            .order_by("response_due", "pk")
        ),
        describe=lambda rec: f"{rec}: response due {rec.response_due:%-d %B %Y}",
        permission="followup.change_recommendation",
        changelist="admin:followup_recommendation_changelist",
        query="overdue=yes",
        order=60,
    ),
]:
    admin_to_do.register(section)
