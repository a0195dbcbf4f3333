"""Performance pages: the dashboard, an indicator with its chart and figures, an officer's indicators with the
forms to submit figures, the reviewers' queue, and performance reports with their frozen dashboards."""

from csp.constants import NONE, UNSAFE_INLINE
from csp.decorators import csp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F, Prefetch
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.generic import DetailView, FormView, ListView, TemplateView

from followup import workflow as followup_workflow
from followup.models import Action
from meetings.models import Resolution
from scrutiny import access
from scrutiny.tables import TrackerView

from . import charts, dashboard, dashboard_cache, due, periods, reports, workflow
from .filters import DashboardFilter, ReportLineFilter
from .forms import FigureForm, RaiseActionForm, ReviewFiguresForm, UploadForm
from .importing import ImportRejected
from .models import Indicator, IndicatorValue, PerformanceReport
from .narrative import sentence
from .quartiles import summarise
from .spreadsheets import submit_spreadsheet
from .tables import DashboardTable

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class DashboardView(TrackerView):
    """Every indicator's latest published figures beside the previous ones, as the papers' dashboard."""

    table_class = DashboardTable
    filterset_class = DashboardFilter
    template_name = "indicators/dashboard.html"
    export_name = "performance-dashboard"
    table_pagination = {"per_page": 50}
    heading = "Performance dashboard"
    lead = "Each indicator's latest published figure, compared with the one before, against its target."
    noun = "indicator"
    wide = True

    def get_queryset(self):
        return Indicator.objects.for_dashboard()

    def get_table_data(self):
        if not hasattr(self, "lines"):  # the table and the quartile summary read the same lines
            self.lines = dashboard_cache.lines(
                self.request.GET,
                lambda: self.filterset.filter_lines(dashboard.live_lines(self.filterset.qs.distinct())),
            )
        return self.lines

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return context | {"quartile_summary": summarise(line.quartile for line in self.get_table_data())}


def can_raise_action(user, indicator) -> bool:
    return user.has_perm("followup.add_action") or bool(
        access.committee_ids(user) & {committee.pk for committee in indicator.committees.all()}
    )


# Revised figures listed on an indicator's page, newest first.
REVISIONS_SHOWN = 20


class IndicatorDetailView(DetailView):
    template_name = "indicators/indicator_detail.html"
    queryset = Indicator.objects.select_related(
        "outcome", "theme", "owner", "latest_value__period", "previous_value__period"
    ).prefetch_related("targets", "committees")

    def get_context_data(self, form=None, **kwargs):
        indicator, user = self.object, self.request.user
        figures = list(indicator.values.for_chart())
        # The latest REVISIONS_SHOWN of them: an indicator reported monthly for years has thousands.
        revisions = list(indicator.values.revised()[: REVISIONS_SHOWN + 1])
        context = {
            "figures": figures,
            "revisions": revisions[:REVISIONS_SHOWN],
            "more_revisions": len(revisions) > REVISIONS_SHOWN,
            "chart_description": charts.chart_description(indicator, figures),
            "line": dashboard.live_lines([indicator])[0] if indicator.latest_value_id else None,
            "resolutions": Resolution.objects.visible_to(user)
            .filter(indicators=indicator)
            .select_related("minute__meeting__committee"),
            "actions": Action.objects.visible_to(user)
            .filter(indicator=indicator)
            .select_related("committee", "owner", "team"),
        }
        if can_raise_action(user, indicator):
            context["action_form"] = form or RaiseActionForm(committees=self.committees_for(user))
        return super().get_context_data(**context, **kwargs)

    def committees_for(self, user):
        committees = self.object.committees.all()
        if user.has_perm("followup.add_action"):
            return committees
        return committees.filter(pk__in=access.committee_ids(user))

    def post(self, request, *args, **kwargs):
        """A member raises an action about this indicator: its owner answers it."""
        self.object = self.get_object()
        if not can_raise_action(request.user, self.object):
            raise PermissionDenied(
                "Only members of the committees that see this indicator can raise an action."
            )
        form = RaiseActionForm(request.POST, committees=self.committees_for(request.user))
        if form.is_valid():
            if self.object.owner is None:
                form.add_error(
                    None, "This indicator has no owning officer yet: ask Democratic Services to name one."
                )
            else:
                action = followup_workflow.raise_action(
                    description=form.cleaned_data["description"],
                    committee=form.cleaned_data["committee"],
                    owner=self.object.owner,
                    indicator=self.object,
                    raised_by=request.user,
                )
                messages.success(
                    request, f"Action {action.reference} is raised; {action.owner} has been told."
                )
                return HttpResponseRedirect(action.get_absolute_url())
        return self.render_to_response(self.get_context_data(form=form))


# Shown in an <img>, the chart runs nothing and no policy applies to it; opened on its own it is a document,
# allowed pygal's inline styles and nothing else: no script, no fetch, and sandboxed away from the site.
@csp({"default-src": NONE, "style-src": UNSAFE_INLINE, "frame-ancestors": NONE, "sandbox": True})
def indicator_chart(request, pk):
    indicator = get_object_or_404(Indicator.objects.prefetch_related("targets"), pk=pk)
    figures = list(indicator.values.for_chart())
    response = HttpResponse(charts.chart_svg(indicator, figures), content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=300"
    return response


# --- officers ---------------------------------------------------------------------------------------------


def latest_figures():
    """The newest revision of each period's figure, newest period first: for the indicator's own type of
    period (the run of periods its figures are due in)."""
    return (
        IndicatorValue.objects.current()
        .filter(period__type=F("indicator__period_type"))
        .select_related("period")
        .order_by("-period__start")
    )


def periods_due(indicator, latest) -> list[periods.Span]:
    """The periods `indicator`'s figures are due for now, given its `latest` figure (indicators/due.py)."""
    latest_period = latest.period.span if latest is not None else None
    return due.periods_due(indicator.period_type, indicator.frequency, latest_period, timezone.localdate())


class MyIndicatorsView(LoginRequiredMixin, TemplateView):
    """An officer's indicators: what each is waiting for, and the form to send it."""

    template_name = "indicators/my_indicators.html"

    def get_context_data(self, **kwargs):
        person = access.person_of(self.request.user)
        indicators = (
            Indicator.objects.owned_by(person)
            .filter(is_active=True)
            .select_related("theme")
            .prefetch_related(Prefetch("values", queryset=latest_figures()[:1], to_attr="latest_figures"))
        )
        rows = []
        for indicator in indicators:
            latest = indicator.latest_figures[0] if indicator.latest_figures else None
            unfinished = latest is not None and latest.status in IndicatorValue.EDITABLE
            rows.append(
                {
                    "indicator": indicator,
                    "latest": latest,
                    "unfinished": latest if unfinished else None,
                    "due": periods_due(indicator, latest),
                }
            )
        return super().get_context_data(
            rows=rows, upload_form=UploadForm(), due_months=settings.FIGURES_DUE_MONTHS, **kwargs
        )


class FigureView(LoginRequiredMixin, FormView):
    """Record a figure, see what the checks make of it, and submit it for approval."""

    form_class = FigureForm
    template_name = "indicators/figure_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.indicator = get_object_or_404(Indicator.objects.prefetch_related("targets"), pk=kwargs["pk"])
        if request.user.is_authenticated and not request.user.has_perm(
            "indicators.submit_figures", self.indicator
        ):
            raise PermissionDenied(
                "Only the indicator's officer, or Democratic Services, submit its figures."
            )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"indicator": self.indicator}

    def unfinished(self):
        """The draft or returned figure of the period asked for, to carry on with."""
        try:
            span = periods.parse(self.request.GET.get("period", ""), self.indicator.period_type)
        except periods.PeriodError:
            return None
        current = IndicatorValue.objects.current().filter(
            indicator=self.indicator, period__type=span.type, period__start=span.start
        )
        return current.filter(status__in=IndicatorValue.EDITABLE).first()

    def get_initial(self):
        unfinished = self.unfinished()
        if unfinished is not None:
            return {"period": self.request.GET["period"], **vars(workflow.figures_of(unfinished))}
        due_now = periods_due(self.indicator, latest_figures().filter(indicator=self.indicator).first())
        return {"period": self.request.GET.get("period") or (due_now[0].label if due_now else "")}

    def form_valid(self, form):
        data = {name: value for name, value in form.cleaned_data.items() if name != "period"}
        figures = workflow.Figures(**data)
        period = form.period_object()
        warnings = workflow.checks_for(self.indicator, period, figures)
        try:
            value = workflow.record(
                self.indicator, period, figures, user=self.request.user, source="Entered on the site"
            )
            if "submit" in self.request.POST:
                workflow.submit(value, user=self.request.user)
        except ValidationError as error:
            explain = "officer_comment" in getattr(error, "message_dict", {})
            form.add_error("officer_comment" if explain else None, error.messages[0])
            if explain:  # recorded, but not submitted until it is explained
                messages.info(self.request, f"The {period} figure is saved as a draft, not yet submitted.")
            return self.render_to_response(self.get_context_data(form=form, warnings=warnings))
        if "submit" not in self.request.POST:
            messages.success(
                self.request, f"The {period} figure is saved as a draft. Check it, then submit it."
            )
            return self.render_to_response(self.get_context_data(form=form, warnings=warnings, saved=value))
        messages.success(self.request, f"The {period} figure for {self.indicator} is submitted for approval.")
        return HttpResponseRedirect(reverse("my-indicators"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(indicator=self.indicator, unfinished=self.unfinished(), **kwargs)


# The problems an upload's page lists, at the most: then how many more there are.
UPLOAD_PROBLEMS_LISTED = 100


class UploadFiguresView(LoginRequiredMixin, FormView):
    form_class = UploadForm
    template_name = "indicators/upload.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(max_rows=settings.FIGURE_UPLOAD_MAX_ROWS, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        person = access.person_of(self.request.user)
        if self.request.user.has_perm("indicators.approve_indicatorvalue"):
            indicators = Indicator.objects.all()
        else:
            indicators = Indicator.objects.owned_by(person)
        try:
            submitted = submit_spreadsheet(
                upload.name,
                upload,
                indicators=list(indicators.select_related("theme")),
                user=self.request.user,
            )
        except ImportRejected as rejected:
            problems = rejected.listed(UPLOAD_PROBLEMS_LISTED)
            return self.render_to_response(self.get_context_data(form=form, problems=problems))
        count = len(submitted)
        figures = f"{count} figure{'s' if count != 1 else ''} {'is' if count == 1 else 'are'}"
        messages.success(self.request, f"{figures} submitted for approval.")
        return HttpResponseRedirect(reverse("my-indicators"))


# --- reviewers --------------------------------------------------------------------------------------------


class ReviewQueueView(PermissionRequiredMixin, FormView):
    """Figures waiting for approval, with what the checks found; approved ones waiting to be published."""

    permission_required = "indicators.approve_indicatorvalue"
    form_class = ReviewFiguresForm
    template_name = "indicators/review_queue.html"

    def waiting(self):
        return IndicatorValue.objects.awaiting_approval().select_related(
            "indicator__theme", "period", "entered_by__person"
        )

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"queryset": self.waiting()}

    def get_context_data(self, **kwargs):
        waiting = list(self.waiting().prefetch_related("indicator__targets"))
        history = workflow.histories({value.indicator_id for value in waiting})
        rows = []
        for value in waiting:
            figures, earlier = workflow.figures_of(value), history.get(value.indicator_id, [])
            warnings = workflow.checks_for(value.indicator, value.period, figures, earlier)
            rows.append(
                {"value": value, "warnings": warnings, "entered_by": access.name_of(value.entered_by)}
            )
        approved = IndicatorValue.objects.filter(status=IndicatorValue.Status.APPROVED).count()
        form = kwargs.get("form") or self.get_form()
        ticked = set(form["figures"].value() or []) if form.is_bound else set()
        return super().get_context_data(rows=rows, approved=approved, ticked=ticked, **kwargs)

    def post(self, request, *args, **kwargs):
        if "publish" in request.POST:
            published = workflow.publish_approved()
            figures = f"{published} approved figure{'s' if published != 1 else ''}"
            messages.success(
                request, f"{figures} {'is' if published == 1 else 'are'} published to the dashboard."
            )
            return HttpResponseRedirect(request.path)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        done, problems = 0, []
        for value in form.cleaned_data["figures"]:
            try:
                if form.cleaned_data["decision"] == ReviewFiguresForm.APPROVE:
                    workflow.approve(value, user=self.request.user)
                else:
                    workflow.return_value(value, user=self.request.user, reason=form.cleaned_data["reason"])
                done += 1
            except ValidationError as error:
                problems.append(" ".join(error.messages))
        verb = "approved" if form.cleaned_data["decision"] == ReviewFiguresForm.APPROVE else "returned"
        if done:
            messages.success(self.request, f"{done} figure{'s' if done != 1 else ''} {verb}.")
        for problem in problems:
            messages.error(self.request, problem)
        return HttpResponseRedirect(self.request.path)


# --- reports ----------------------------------------------------------------------------------------------


class ReportListView(ListView):
    template_name = "indicators/report_list.html"
    paginate_by = 25

    def get_queryset(self):
        return PerformanceReport.objects.filter(status=PerformanceReport.Status.PUBLISHED).select_related(
            "committee", "agenda_item__meeting"
        )


class ReportView(TrackerView):
    """A performance report: the dashboard it showed, its quartile summary and a draft narrative."""

    table_class = DashboardTable
    filterset_class = ReportLineFilter
    template_name = "indicators/report_detail.html"
    table_pagination = False
    noun = "indicator"
    wide = True

    def dispatch(self, request, *args, **kwargs):
        reports_visible = PerformanceReport.objects.visible_to(request.user).select_related(
            "committee", "agenda_item__meeting", "period"
        )
        self.report = get_object_or_404(reports_visible, pk=kwargs["pk"])
        self.heading = f"Performance report, {self.report.label}"
        self.export_name = f"performance-report-{self.report.label}"
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return self.report.lines.all()

    def get_context_data(self, **kwargs):
        lines = list(self.get_queryset())  # all of them: the summary and narrative are not filtered
        return super().get_context_data(
            report=self.report,
            quartile_summary=summarise(line.quartile for line in lines),
            narrative=[(line, sentence(line)) for line in lines if line.latest_value is not None],
            **kwargs,
        )


def report_document(request, pk):
    """The report as a Word document for the agenda: Democratic Services only (it is a draft to edit)."""
    if not request.user.has_perm("indicators.change_performancereport"):
        raise PermissionDenied("Democratic Services export reports for the agenda.")
    report = get_object_or_404(PerformanceReport.objects.select_related("committee", "period"), pk=pk)
    response = HttpResponse(reports.word_document(report), content_type=DOCX)
    response["Content-Disposition"] = (
        f'attachment; filename="performance-report-{report.label.replace("/", "-")}.docx"'
    )
    return response


def report_pdf(request, pk):
    """A performance report as PDF: anyone's once published; a draft only for those who see drafts."""
    visible = PerformanceReport.objects.visible_to(request.user).select_related("committee", "period")
    report = get_object_or_404(visible, pk=pk)
    response = HttpResponse(reports.pdf_document(report), content_type="application/pdf")
    label = report.label.replace("/", "-").replace(" ", "-")
    response["Content-Disposition"] = f'inline; filename="performance-report-{label}.pdf"'
    if not report.is_published:  # a draft must not be kept by shared caches, nor by the browser
        patch_cache_control(response, private=True, no_store=True)
    return response
