"""Pages for following up what committees asked: the action tracker, an action with its timeline and the
forms to answer and review it, an officer's own actions, a signed-in user's home, and recommendations."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.generic import DetailView, TemplateView

from meetings.models import Meeting
from scrutiny import access
from scrutiny.tables import TrackerView

from . import workflow
from .filters import ActionFilter, RecommendationFilter
from .forms import ResponseForm, ReviewForm
from .models import Action, ActionResponse, Recommendation, ResponseAttachment
from .tables import ActionTable, RecommendationTable
from .timeline import timeline


class ActionListView(TrackerView):
    table_class = ActionTable
    filterset_class = ActionFilter
    template_name = "includes/tracker.html"
    export_name = "actions"
    heading = "Actions"
    lead = "What committees asked officers to do, and where each request has got to."
    noun = "action"

    def get_queryset(self):
        return Action.objects.visible_to(self.request.user).for_tracker(self.request.user)


class MyActionsView(LoginRequiredMixin, TrackerView):
    """An officer's own actions and their teams', open ones first."""

    table_class = ActionTable
    filterset_class = ActionFilter
    template_name = "includes/tracker.html"
    export_name = "my-actions"
    heading = "Your actions"
    lead = "Actions assigned to you or to a team you are in. Open one to write your response."
    noun = "action"

    def get_queryset(self):
        return Action.objects.owned_by(access.person_of(self.request.user)).for_tracker(self.request.user)


def responses_for(user, action):
    return (
        ActionResponse.objects.visible_to(user)
        .filter(action=action)
        .select_related("responded_by", "submitted_by__person", "reviewed_by__person")
        .prefetch_related("attachments")
    )


class ActionDetailView(DetailView):
    """An action with its whole timeline; its officer answers it here and Democratic Services review it."""

    template_name = "followup/action_detail.html"
    queryset = Action.objects.select_related(
        "committee", "meeting", "minute__meeting", "resolution__minute", "owner", "team__lead"
    )

    def get_object(self, queryset=None):
        action = super().get_object(queryset)
        if not self.request.user.has_perm("followup.see_action", action):
            raise Http404("No such action.")  # not even that it exists
        return action

    def can_respond(self):
        return not self.object.is_closed and self.request.user.has_perm(
            "followup.respond_to_action", self.object
        )

    def can_review(self):
        return self.object.status == Action.Status.RESPONSE_SUBMITTED and self.request.user.has_perm(
            "followup.review_answers_to", self.object
        )

    def get_context_data(self, response_form=None, review_form=None, **kwargs):
        user = self.request.user
        full = user.has_perm("followup.read_whole_log", self.object)
        context = {
            "events": timeline(self.object, responses_for(user, self.object), full=full),
            "full_timeline": full,
        }
        if self.can_respond():
            context["response_form"] = response_form or ResponseForm()
            context["responds_for_owner"] = (
                not Action.objects.owned_by(access.person_of(user)).filter(pk=self.object.pk).exists()
            )
        if self.can_review():
            context["review_form"] = review_form or ReviewForm()
        elif self.object.status == Action.Status.RESPONSE_SUBMITTED and user.has_perm(
            "followup.review_action"
        ):
            context["reviewed_by_someone_else"] = True  # they sent the answer: not theirs to review
        return super().get_context_data(**context, **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if "review" in request.POST:
            return self.review()
        return self.respond()

    def respond(self):
        if not self.can_respond():
            raise PermissionDenied(
                "Only the action's officer, their team or Democratic Services can answer it."
            )
        form = ResponseForm(self.request.POST, self.request.FILES)
        if form.is_valid():
            try:
                workflow.submit_response(
                    self.object,
                    text=form.cleaned_data["text"],
                    kind=form.cleaned_data["kind"],
                    responded_by=access.person_of(self.request.user),
                    submitted_by=self.request.user,
                    files=form.cleaned_data["attachments"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(self.request, "Your response has been sent to Democratic Services.")
                return HttpResponseRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(response_form=form))

    def review(self):
        if not self.can_review():
            raise PermissionDenied(
                "Only Democratic Services review responses, only those awaiting review, and never their own."
            )
        form = ReviewForm(self.request.POST)
        if form.is_valid():
            user = self.request.user
            try:
                if form.cleaned_data["decision"] == ReviewForm.ACCEPT:
                    workflow.accept_response(self.object, user=user)
                    messages.success(self.request, f"Action {self.object.reference} is completed.")
                else:
                    workflow.return_response(self.object, user=user, reason=form.cleaned_data["reason"])
                    messages.success(self.request, "The response has been returned to the officer.")
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return HttpResponseRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(review_form=form))


def attachment_download(request, pk):
    """Attachments are served only through here: to those who may read the response they came with."""
    attachment = get_object_or_404(ResponseAttachment.objects.select_related("response__action"), pk=pk)
    response = attachment.response
    if not request.user.has_perm("followup.see_action", response.action) or not (
        ActionResponse.objects.visible_to(request.user).filter(pk=response.pk).exists()
    ):
        raise Http404("No such attachment.")
    download = FileResponse(attachment.file.open("rb"), filename=attachment.filename)
    download["Cache-Control"] = "private, no-store"
    return download


class MyHomeView(LoginRequiredMixin, TemplateView):
    """A signed-in user's home: their committees' next meetings and actions, their own actions, and for
    Democratic Services what needs them."""

    template_name = "followup/my_home.html"

    def get_context_data(self, **kwargs):
        user, today = self.request.user, timezone.localdate()
        committee_ids = access.committee_ids(user)
        person = access.person_of(user)
        visible = Action.objects.visible_to(user)
        context = {
            "person": person,
            "next_meetings": Meeting.objects.filter(committee__in=committee_ids)
            .upcoming()
            .select_related("committee")[:10],
            "committee_actions": visible.filter(committee__in=committee_ids).open().for_tracker(user)[:25],
            "committee_overdue": visible.filter(committee__in=committee_ids).overdue(today).count(),
            "has_indicators": person is not None and person.indicators.exists(),
            "own_actions": Action.objects.owned_by(person)
            .exclude(status__in=Action.CLOSED)
            .for_tracker(self.request.user)[:25],
        }
        if user.has_perm("followup.review_action"):
            context |= {
                "awaiting_review": Action.objects.awaiting_review().count(),
                "overdue_actions": Action.objects.overdue(today).count(),
                "overdue_recommendations": Recommendation.objects.overdue(today).count(),
            }
        return super().get_context_data(**context, **kwargs)


class RecommendationListView(TrackerView):
    """Recommendations to the Cabinet and other bodies, and whether the replies they are owed came in time."""

    table_class = RecommendationTable
    filterset_class = RecommendationFilter
    template_name = "followup/recommendation_filter.html"
    export_name = "recommendations"
    heading = "Recommendations to the executive"
    lead = (
        "What committees recommended to the Cabinet and other bodies. The executive must respond within "
        "two months (Local Government Act 2000, section 9FE)."
    )
    noun = "recommendation"

    def get_queryset(self):
        return Recommendation.objects.visible_to(self.request.user).for_tracker()

    def get_context_data(self, **kwargs):
        overdue = self.get_queryset().filter(is_overdue=True).count()
        return super().get_context_data(overdue_count=overdue, **kwargs)
