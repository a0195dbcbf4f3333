"""Performance indicators in the admin: the catalogue and its targets, periods, figures (approved ones read
only; corrections are new revisions), and performance reports, frozen into their lines when made."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from scrutiny import admin_steps

from . import dashboard, reports, workflow
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


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
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

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status in IndicatorValue.LOCKED:
            readonly += ["indicator", "period", "revision", *FIGURE_FIELDS]  # a correction is a new revision
        return readonly

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
class PerformanceReportAdmin(admin.ModelAdmin):
    list_display = ["label", "committee", "period", "agenda_item", "status", "published_at"]
    list_filter = ["status", "committee"]
    search_fields = ["label", "committee__name"]
    list_select_related = ["committee", "period", "agenda_item__meeting"]
    autocomplete_fields = ["committee", "period", "agenda_item"]
    readonly_fields = ["status", "published_at"]
    inlines = [ReportLineInline]
    actions = ["freeze_dashboard", "publish_reports"]

    @admin.action(
        permissions=["change"], description="Copy the committee's current dashboard into the report"
    )
    def freeze_dashboard(self, request, queryset):
        def copy(report):
            indicators = Indicator.objects.for_dashboard()
            if report.committee_id:
                indicators = indicators.for_committee(report.committee)
            return reports.freeze(report, dashboard.live_lines(indicators))

        admin_steps.take_each(
            self,
            request,
            queryset.select_related("committee"),
            copy,
            lambda report, frozen: f"{frozen} now holds {frozen.lines.count()} lines.",
        )

    @admin.action(permissions=["change"], description="Publish the reports (their lines are then frozen)")
    def publish_reports(self, request, queryset):
        admin_steps.take_each(
            self, request, queryset, reports.publish, lambda report, _: f"{report} is published."
        )
