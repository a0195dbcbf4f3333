"""The search page: what anyone may find, matched against what they typed, filtered and paginated."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from .forms import SearchForm
from .models import SearchEntry
from .query import Search, terms_of

RESULTS_PER_PAGE = 20
# Counting every match of a common word costs more than finding the best of them: matches are counted up to
# this many ("more than 1000 results"), and paginated as far as that.
COUNTED_UP_TO = 1000


class CountedUpToPaginator(Paginator):
    @cached_property
    def counted(self) -> int:
        """Up to one more than COUNTED_UP_TO, so the page can say when there are more."""
        return self.object_list.order_by().values("pk")[: COUNTED_UP_TO + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self.counted, COUNTED_UP_TO)

    @property
    def more_than_counted(self) -> bool:
        return self.counted > COUNTED_UP_TO


class SearchView(TemplateView):
    """The queries are the same however many records match: the committees for the filter, the count, and the
    page of results with their committees and snippets (plus, for those signed in, who they are and what they
    sit on)."""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET or None)
        context = {"form": form, "searched": False}
        if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
            data = form.cleaned_data
            search = Search(terms_of(data["q"]))
            # Who may see what first: the words are matched only against what this user may find.
            entries = SearchEntry.objects.visible_to(self.request.user)
            if data["committee"]:
                entries = entries.for_committee(data["committee"])
            if data["kind"]:
                entries = entries.filter(kind=data["kind"])
            entries = entries.between(data["date_from"], data["date_to"])
            entries = search.matching(entries) if search.terms else entries.none()
            page = CountedUpToPaginator(entries.select_related("committee"), RESULTS_PER_PAGE).get_page(
                self.request.GET.get("page")
            )
            query = self.request.GET.copy()
            query.pop("page", None)
            context |= {
                "searched": True,
                "q": data["q"],
                "filtered": any(data[name] for name in ("committee", "kind", "date_from", "date_to")),
                "q_only": urlencode({"q": data["q"]}),
                "page_obj": page,
                "results": search.results(page.object_list),
                "query": query.urlencode(),
            }
        return super().get_context_data(**context, **kwargs)
