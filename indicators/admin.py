"""Performance indicators in the admin: the catalogue and its targets, periods, figures (approved and
published ones read only and never deleted; corrections are new revisions; whoever changes a figure entered
it, so someone else approves it), and performance reports, frozen into their lines when made and read only
once published."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin

from scrutiny import admin_steps, admin_to_do

from . import reports, workflow
from .models import (
    FIGURE_FIELDS,
    Indicator,
    IndicatorValue,
    Outcome,
    PerformanceReport,
    Period,
    ReportLine,
    Target,
    Theme,
)


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    search_fields = ["name"]


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["name", "theme", "outcome", "value_type", "polarity", "frequency", "owner", "is_active"]
    list_filter = ["outcome", "theme", "value_type", "polarity", "frequency", "committees", "is_active"]
    search_fields = ["name", "definition", "source", "theme__name", "outcome__name"]
    list_select_related = ["theme", "outcome", "owner"]
    autocomplete_fields = ["outcome", "theme", "owner", "committees", "resolutions"]
    fieldsets = [
        (None, {"fields": ["name", "outcome", "theme", "definition", "source", "is_active"]}),
        ("Figures", {"fields": [("value_type", "unit", "decimals"), ("polarity", "comparison")]}),
        ("Reporting", {"fields": [("frequency", "period_type"), "owner", "committees", "resolutions"]}),
    ]
    inlines = [TargetInline]


@admin.register(Period)
class PeriodAdmin(admin.ModelAdmin):
    list_display = ["label", "type", "start", "end"]
    list_filter = ["type"]
    search_fields = ["label"]
    readonly_fields = ["label"]
    date_hierarchy = "start"


class KeptRecordAdmin(admin.ModelAdmin):
    """For rows that become the record (approved figures, published reports): read only from then on (but for
    the fields in `open_once_kept`), never deleted, one at a time or in bulk, and saying why. The models
    refuse it too; this says it first."""

    open_once_kept: tuple[str, ...] = ()

    def kept_message(self, obj) -> str | None:
        """Why `obj` is kept as it is, or None while it may still change."""
        raise NotImplementedError

    def has_change_permission(self, request, obj=None):
        kept = obj is not None and self.kept_message(obj) and not self.open_once_kept
        return super().has_change_permission(request, obj) and not kept

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and self.kept_message(obj):
            fields = self.model._meta.fields
            readonly += [
                field.name for field in fields if field.editable and field.name not in self.open_once_kept
            ]
        return readonly

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or not self.kept_message(obj))

    def get_deleted_objects(self, objs, request):
        """Those kept are listed as protected, with the reason, so "Delete selected" refuses them. (Django
        would say only that deleting this kind of row is not allowed.)"""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if kept := [message for obj in objs if (message := self.kept_message(obj))]:
            perms_needed = perms_needed - {self.model._meta.verbose_name}
        return deleted, counts, perms_needed, [*kept, *protected]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id) if request.method == "GET" else None
        if obj is not None and (message := self.kept_message(obj)):
            self.message_user(request, message, messages.INFO)
        return super().change_view(request, object_id, form_url, extra_context)


# What a figure says, as the admin's form may change it.
CONTENT = [
    field.attname
    for field in IndicatorValue._meta.concrete_fields
    if field.editable and field.name not in ("id", "entered_by", "entered_at")
]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(KeptRecordAdmin, SimpleHistoryAdmin):
    list_display = [
        "indicator",
        "period",
        "revision",
        "value",
        "status",
        "finality",
        "quartile",
        "entered_at",
    ]
    list_filter = ["status", "finality", "period__type", "indicator__theme", "indicator__committees"]
    search_fields = ["indicator__name", "period__label", "commentary", "source"]
    list_select_related = ["indicator", "period"]
    autocomplete_fields = ["indicator", "period"]
    date_hierarchy = "entered_at"
    readonly_fields = [
        "status",
        "return_reason",
        "entered_by",
        "submitted_at",
        "approved_by",
        "approved_at",
        "published_at",
    ]
    fieldsets = [
        (None, {"fields": ["indicator", "period", "revision", "source"]}),
        ("Figures", {"fields": [*FIGURE_FIELDS, "commentary", "officer_comment"]}),
        ("RAG", {"fields": ["rag_override", "rag_override_reason"]}),
        ("Approval", {"fields": readonly_fields}),
    ]
    actions = ["approve_figures", "publish_figures"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("indicator", "period")

    def kept_message(self, obj):
        return obj.locked_message("changed or deleted") if obj.is_locked else None

    def save_model(self, request, obj, form, change):
        # Whoever writes a figure entered it, and so is not the one to approve it. (Compared with the row as
        # stored: a revert to an earlier version changes it with a form that matches that version.)
        stored = IndicatorValue.objects.filter(pk=obj.pk).values(*CONTENT).first() if change else None
        if stored is None or any(stored[name] != getattr(obj, name) for name in CONTENT):
            workflow.entered(obj, user=request.user)
            if change and obj.status == IndicatorValue.Status.SUBMITTED:
                self.message_user(
                    request,
                    f"The {obj.period} figure for {obj.indicator} was waiting for approval: you changed it, "
                    "so it now counts as entered by you, and someone else approves it.",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple_history saves a revert posted here whatever the permissions say: a kept figure stays.
        if request.method == "POST":
            current = self.get_object(request, object_id)
            if current is not None and (message := self.kept_message(current)):
                raise PermissionDenied(message)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None):
        stored = self.get_object(request, obj.pk) if obj is not None else None
        return super().revert_disabled(request, obj) or bool(stored and self.kept_message(stored))

    @admin.action(permissions=["approve"], description="Approve the figures")
    def approve_figures(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset.select_related("indicator", "period"),
            lambda value: workflow.approve(value, user=request.user),
            lambda value, _: f"The {value.period} figure for {value.indicator} is approved.",
        )

    @admin.action(permissions=["approve"], description="Publish the approved figures to the dashboard")
    def publish_figures(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset.select_related("indicator", "period"),
            workflow.publish,
            lambda value, _: f"The {value.period} figure for {value.indicator} is published.",
        )

    def has_approve_permission(self, request):
        return request.user.has_perm("indicators.approve_indicatorvalue")


class ReportLineInline(admin.TabularInline):
    model = ReportLine
    fields = [
        "position",
        "name",
        "previous_period",
        "previous_value",
        "latest_period",
        "latest_value",
        "trend",
        "rag",
        "quartile",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PerformanceReport)
class PerformanceReportAdmin(KeptRecordAdmin):
    list_display = ["label", "committee", "period", "agenda_item", "status", "published_at"]
    list_filter = ["status", "committee"]
    search_fields = ["label", "committee__name"]
    list_select_related = ["committee", "period", "agenda_item__meeting"]
    autocomplete_fields = ["committee", "period", "agenda_item"]
    readonly_fields = ["status", "published_at"]
    inlines = [ReportLineInline]
    actions = ["freeze_dashboard", "publish_reports"]

    open_once_kept = ("agenda_item",)  # where it was presented is not what it showed

    def kept_message(self, obj):
        return obj.published_message("changed or deleted") if obj.is_published else None

    @admin.action(
        permissions=["change"], description="Copy the committee's current dashboard into the report"
    )
    def freeze_dashboard(self, request, queryset):
        admin_steps.take_each(
            self,
            request,
            queryset.select_related("committee"),
            reports.freeze,
            lambda report, frozen: f"{frozen} now holds {frozen.lines.count()} lines.",
        )

    @admin.action(permissions=["change"], description="Publish the reports (their lines are then frozen)")
    def publish_reports(self, request, queryset):
        admin_steps.take_each(
            self, request, queryset, reports.publish, lambda report, _: f"{report} is published."
        )


admin_to_do.register(
    admin_to_do.Section(
        title="Figures to approve",
        rows=lambda: (
            IndicatorValue.objects.awaiting_approval()
            .select_related("indicator", "period")
            .order_by("period__start", "pk")
        ),
        permission="indicators.approve_indicatorvalue",
        changelist="admin:indicators_indicatorvalue_changelist",
        query="status__exact=submitted",
        order=90,
    )
)
