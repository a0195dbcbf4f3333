import django_filters
from django.db.models import Exists, OuterRef, Q

from scrutiny.filters import GovUKDateInput, GovUKFilterSet, committees
from scrutiny.models import Person, Team

from .models import Action, ActionResponse, Recommendation

YES_NO = [("yes", "Yes"), ("no", "No")]


def officers(request):
    return Person.objects.filter(kind=Person.Kind.OFFICER)


def teams(request):
    return Team.objects.all()


class ActionFilter(GovUKFilterSet):
    committee = django_filters.ModelChoiceFilter(
        queryset=committees, empty_label="All committees", label="Committee"
    )
    owner = django_filters.ModelChoiceFilter(
        queryset=officers, empty_label="Any officer", label="Officer", method="filter_owner"
    )
    team = django_filters.ModelChoiceFilter(queryset=teams, empty_label="Any team", label="Team")
    status = django_filters.ChoiceFilter(
        choices=Action.Status.choices, empty_label="Any status", label="Status"
    )
    overdue = django_filters.ChoiceFilter(
        choices=YES_NO, empty_label="Either", label="Overdue", method="filter_overdue"
    )
    due_from = django_filters.DateFilter(
        field_name="due_date", lookup_expr="gte", label="Due from", widget=GovUKDateInput()
    )
    due_to = django_filters.DateFilter(
        field_name="due_date", lookup_expr="lte", label="Due by", widget=GovUKDateInput()
    )
    text = django_filters.CharFilter(label="Words in the action", method="filter_text")

    class Meta:
        model = Action
        fields = ["committee", "owner", "team", "status", "overdue", "due_from", "due_to", "text"]

    def filter_owner(self, queryset, name, person):
        """The officer's own actions and those of the teams they are in."""
        return queryset.owned_by(person)

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(is_overdue=value == "yes")

    def filter_text(self, queryset, name, value):
        """Words in the action or in the responses this user may read."""
        responses = ActionResponse.objects.visible_to(self.request.user).filter(
            action=OuterRef("pk"), text__icontains=value
        )
        return queryset.filter(Q(description__icontains=value) | Exists(responses))


class RecommendationFilter(GovUKFilterSet):
    WAITING, OVERDUE, ANSWERED = "waiting", "overdue", "answered"

    committee = django_filters.ModelChoiceFilter(
        field_name="resolution__minute__committee",
        queryset=committees,
        empty_label="All committees",
        label="Committee",
    )
    body = django_filters.CharFilter(lookup_expr="icontains", label="Sent to")
    response = django_filters.ChoiceFilter(
        choices=[(WAITING, "Awaiting a response"), (OVERDUE, "Response overdue"), (ANSWERED, "Responded")],
        empty_label="Any",
        label="Response",
        method="filter_response",
    )
    outcome = django_filters.ChoiceFilter(
        choices=Recommendation.Outcome.choices, empty_label="Any outcome", label="Outcome"
    )

    class Meta:
        model = Recommendation
        fields = ["committee", "body", "response", "outcome"]

    def filter_response(self, queryset, name, value):
        if value == self.OVERDUE:
            return queryset.filter(is_overdue=True)
        return queryset.filter(response_received_on__isnull=value == self.WAITING)
