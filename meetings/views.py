"""Pages for members and the public. No sign-in is needed for published material."""

import calendar
from datetime import date
from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView

from scrutiny import access
from scrutiny.models import Committee
from scrutiny.tables import TrackerView

from . import report_requests
from .filters import ResolutionFilter
from .forms import ReportUploadForm
from .models import Attendance, Document, Meeting, ReportRequest, Resolution
from .tables import ResolutionTable


class HomeView(TemplateView):
    template_name = "meetings/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            upcoming_meetings=Meeting.objects.upcoming().select_related("committee")[:10],
            recent_meetings=Meeting.objects.past()
            .exclude(status=Meeting.Status.CANCELLED)
            .select_related("committee")[:5],
            committees=Committee.objects.filter(is_active=True),
            **kwargs,
        )


class CommitteeListView(ListView):
    model = Committee
    paginate_by = 50
    template_name = "meetings/committee_list.html"


class CommitteeDetailView(ListView):
    """A committee's page: its members, its next meetings, and its past meetings page by page."""

    template_name = "meetings/committee_detail.html"
    paginate_by = 20
    context_object_name = "past_meetings"

    def get_queryset(self):
        self.committee = get_object_or_404(Committee, slug=self.kwargs["slug"])
        return Meeting.objects.for_committee(self.committee).past()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            committee=self.committee,
            memberships=self.committee.memberships.current().for_committee_page(),
            upcoming_meetings=Meeting.objects.for_committee(self.committee).upcoming()[:10],
            **kwargs,
        )


class MeetingDetailView(DetailView):
    """The agenda with its papers, and once published the record: attendance, questions and minutes."""

    template_name = "meetings/meeting_detail.html"
    queryset = Meeting.objects.select_related(
        "committee__committee_type", "contact_officer", "minutes_approved_at"
    )

    def get_context_data(self, **kwargs):
        meeting, user = self.object, self.request.user
        preview = access.can_see_unpublished(user)
        show_agenda = meeting.agenda_is_published or preview
        show_record = meeting.minutes_are_published or preview
        context = {
            "can_read_exempt": access.can_read_exempt(user, meeting.committee),
            "preview": preview,
            "show_agenda": show_agenda,
            "show_record": show_record,
            "approves_minutes_of": meeting.minutes_approved.select_related("committee"),
        }
        if show_agenda:
            context["agenda_items"] = meeting.agenda_items.select_related(
                "performance_report"
            ).prefetch_related(
                Prefetch("documents", queryset=Document.objects.order_by("position", "pk")), "contacts"
            )
        if show_record:
            context |= {
                "attendance": group_attendance(
                    meeting.attendances.select_related("person", "substitute_for", "for_item")
                ),
                "public_questions": meeting.publicquestions.accepted().select_related(
                    "answered_by", "supplementary_answered_by"
                ),
                "member_questions": meeting.memberquestions.select_related(
                    "asked_by", "answered_by", "supplementary_answered_by"
                ),
                "declarations": meeting.declarations.select_related("person", "agenda_item"),
                "petitions": meeting.petitions.select_related("presented_by"),
                "minutes": meeting.minutes.for_meeting_page(),
            }
        return super().get_context_data(**context, **kwargs)


def group_attendance(attendances):
    """Split attendance into the sections the minutes print: present, in attendance, apologies."""
    sections = {status: [] for status in Attendance.Status.values}
    for attendance in attendances:
        sections[attendance.status].append(attendance)
    return sections


class MeetingCalendarView(TemplateView):
    """Meetings of every committee in one month, listed by day."""

    template_name = "meetings/meeting_calendar.html"

    def get_context_data(self, **kwargs):
        today = timezone.localdate()
        year, month = self.kwargs.get("year", today.year), self.kwargs.get("month", today.month)
        if not (1 <= month <= 12 and 1900 <= year <= 2999):
            raise Http404("No such month.")
        meetings = Meeting.objects.in_month(year, month).select_related("committee")
        days = [(day, list(group)) for day, group in groupby(meetings, key=lambda m: m.date)]
        first = date(year, month, 1)
        previous_month = (first.replace(day=1) - date.resolution).replace(day=1)
        next_month = first.replace(day=calendar.monthrange(year, month)[1]) + date.resolution
        # The URL's year and month are not passed on: `month` here is the first day of the month shown.
        return super().get_context_data(
            month=first, days=days, previous_month=previous_month, next_month=next_month
        )


class ResolutionListView(TrackerView):
    """The resolutions tracker: every published resolution, filtered, sorted, paginated, downloadable."""

    table_class = ResolutionTable
    filterset_class = ResolutionFilter
    template_name = "includes/tracker.html"
    export_name = "resolutions"
    heading = "Resolutions"
    lead = "What each committee resolved, from the published minutes of its meetings."
    noun = "resolution"

    def get_queryset(self):
        return Resolution.objects.visible_to(self.request.user).for_tracker()


def document_download(request, pk):
    """Documents are served only through here, so nobody reads what they are not entitled to."""
    document = get_object_or_404(Document.objects.select_related("agenda_item__meeting__committee"), pk=pk)
    meeting = document.agenda_item.meeting
    if not meeting.agenda_is_published and not access.can_see_unpublished(request.user):
        raise Http404("No such document.")
    if document.exempt and not access.can_read_exempt(request.user, meeting.committee):
        raise PermissionDenied(
            "This document contains exempt information under Schedule 12A of the Local Government Act 1972 "
            "and is not for publication."
        )
    response = FileResponse(document.file.open("rb"), filename=document.file.name.rsplit("/", 1)[-1])
    if document.exempt:
        response["Cache-Control"] = "private, no-store"
    return response


def _own_reports(user):
    own = ReportRequest.objects.of_officer(access.person_of(user))
    return own.exclude(status=ReportRequest.Status.WITHDRAWN)


class MyReportsView(LoginRequiredMixin, ListView):
    """The reports commissioned from the signed-in officer, with their deadlines: theirs alone."""

    template_name = "meetings/my_reports.html"
    context_object_name = "report_requests"
    paginate_by = 50

    def get_queryset(self):
        return _own_reports(self.request.user).for_officer_page()

    def get_context_data(self, **kwargs):
        return super().get_context_data(today=timezone.localdate(), **kwargs)


class MyReportView(LoginRequiredMixin, DetailView):
    """One of the officer's reports: its deadlines, what they sent, and the form to upload the draft or the
    final. Anyone else's is not found."""

    template_name = "meetings/my_report.html"
    context_object_name = "report_request"

    def get_queryset(self):
        return _own_reports(self.request.user).for_officer_page()

    def get_context_data(self, form=None, **kwargs):
        closed = report_requests.why_closed(self.object)
        form = None if closed else form or ReportUploadForm()
        return super().get_context_data(closed=closed, form=form, today=timezone.localdate(), **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = ReportUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = (
                report_requests.upload_final
                if form.cleaned_data["stage"] == ReportUploadForm.FINAL
                else report_requests.upload_draft
            )
            try:
                officer = access.person_of(request.user)
                upload(request=self.object, officer=officer, file=form.cleaned_data["file"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                what = "final report" if form.cleaned_data["stage"] == ReportUploadForm.FINAL else "draft"
                messages.success(request, f"Your {what} has been sent to Democratic Services.")
                return HttpResponseRedirect(reverse("my-reports"))
        return self.render_to_response(self.get_context_data(form=form))


@login_required
def report_draft_download(request, pk):
    """A draft is for its officer and Democratic Services only: never published."""
    report = get_object_or_404(ReportRequest, pk=pk)
    person = access.person_of(request.user)
    own = person is not None and report.officer_id == person.pk
    if not report.draft or not (own or request.user.has_perm("meetings.view_reportrequest")):
        raise Http404("No such draft.")
    response = FileResponse(report.draft.open("rb"), filename=report.draft.name.rsplit("/", 1)[-1])
    response["Cache-Control"] = "private, no-store"
    return response
