"""The dashboard's filters: outcome, theme and indicator text (as the papers' Tableau dashboard offers), and
RAG, quartile and direction, which are worked out from the figures and so filter the lines once computed."""

import django_filters

from scrutiny.filters import GovUKFilterSet, committees

from .models import Indicator, Outcome, ReportLine, Theme
from .rag import RAG
from .trends import Direction

NONE = "none"


def outcomes(request):
    return Outcome.objects.all()


def themes(request):
    return Theme.objects.all()


class DashboardFilter(GovUKFilterSet):
    committee = django_filters.ModelChoiceFilter(
        field_name="committees", queryset=committees, empty_label="All committees", label="Committee"
    )
    outcome = django_filters.ModelChoiceFilter(queryset=outcomes, empty_label="All topics", label="Topic")
    theme = django_filters.ModelChoiceFilter(queryset=themes, empty_label="All themes", label="Theme")
    text = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", label="Words in the indicator"
    )
    rag = django_filters.ChoiceFilter(
        choices=[*RAG.choices, (NONE, "No RAG")], empty_label="Any RAG", label="RAG", method="computed"
    )
    quartile = django_filters.ChoiceFilter(
        choices=[("1", "1 (top)"), ("2", "2"), ("3", "3"), ("4", "4 (bottom)"), (NONE, "No benchmark")],
        empty_label="Any quartile",
        label="Quartile",
        method="computed",
    )
    direction = django_filters.ChoiceFilter(
        choices=Direction.choices, empty_label="Any direction", label="Direction", method="computed"
    )

    class Meta:
        model = Indicator
        fields = ["committee", "outcome", "theme", "text", "rag", "quartile", "direction"]

    def computed(self, queryset, name, value):
        return queryset  # applied to the lines by filter_lines()

    def filter_lines(self, lines):
        data = self.form.cleaned_data if self.is_bound and self.form.is_valid() else {}
        wanted = {
            "rag": lambda line, value: (line.rag or NONE) == value,
            "quartile": lambda line, value: str(line.quartile or NONE) == value,
            "direction": lambda line, value: line.direction == value,
        }
        for name, matches in wanted.items():
            if data.get(name):
                lines = [line for line in lines if matches(line, data[name])]
        return lines


class ReportLineFilter(GovUKFilterSet):
    """A report's frozen lines: their RAG, quartile and direction were copied with them, so the database
    filters them."""

    text = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", label="Words in the indicator"
    )
    rag = django_filters.ChoiceFilter(choices=RAG.choices, empty_label="Any RAG", label="RAG")
    quartile = django_filters.ChoiceFilter(
        choices=[("1", "1 (top)"), ("2", "2"), ("3", "3"), ("4", "4 (bottom)")],
        empty_label="Any quartile",
        label="Quartile",
    )
    direction = django_filters.ChoiceFilter(
        choices=Direction.choices, empty_label="Any direction", label="Direction"
    )

    class Meta:
        model = ReportLine
        fields = ["text", "rag", "quartile", "direction"]
