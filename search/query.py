"""Matching what someone typed against the index, best first, with a snippet of each match highlighted.

On PostgreSQL: full-text search on the weighted vector (title above where it sits and the text), every word a
prefix ("tribun" finds "tribunals") except numbers, which match whole ("8" does not find "83.0%"). Ranked by
ts_rank of any of the words (how often, and where) plus ts_rank of the words together as typed ("Progress 8"),
times the entry's weight; snippets by ts_headline. (ts_rank of all the words joined with & measures only how
close together they are, and gives almost nothing to a long text where they are far apart.)

Elsewhere (SQLite, the embedded demo): every word must appear somewhere; titles holding every word come first,
then entries holding the words together as typed, then the newest; the snippet is cut around the first match.

What is typed never reaches a query as syntax: it is split into words of letters and digits (keeping
"2023/24" and "Asylum-Seeking" whole, as PostgreSQL's parser does), and each is quoted."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Length
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .index import TEXT_SEARCH_CONFIG
from .sources import MARK_END, MARK_START

MAX_TERMS = 10
MAX_TERM_LENGTH = 50
# A word: letters and digits, joined by the punctuation that keeps "2023/24", "8.5" or "Asylum-Seeking" whole.
WORD = re.compile(r"[^\W_]+(?:[./\-][^\W_]+)*")
# ts_rank's weights for D, C, B, A: the text (C) counts as much as where it sits (B), the title (A) more than
# twice as much. (With the text at a fifth, a four-word title beat a report discussing the words at length.)
WEIGHTS = [0.1, 0.4, 0.4, 1.0]
# What the words count for when they also stand together, in the order typed.
PHRASE_BOOST = 1.0
SNIPPET_CHARACTERS = 300
# A longer text is shown as up to two passages around the words; a short one whole, like the fallback's.
HEADLINE_OPTIONS = {"max_words": 40, "min_words": 20, "max_fragments": 2, "fragment_delimiter": " … "}


def terms_of(text: str) -> list[str]:
    """The words to look for: lower case, each once, at most ten. Lone letters (the "s" of "children's")
    are dropped; lone digits ("Progress 8") are kept."""
    terms = []
    for word in WORD.findall(text.lower()):
        term = word[:MAX_TERM_LENGTH]
        if (len(term) > 1 or term.isdigit()) and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


@dataclass
class Result:
    entry: object
    title: SafeString
    snippet: SafeString


class Search:
    def __init__(self, terms: list[str]):
        self.terms = terms

    def matching(self, entries: QuerySet) -> QuerySet:
        """The entries holding every word, best first."""
        if connections[entries.db].vendor == "postgresql":
            return self._postgresql(entries)
        return self._fallback(entries)

    def results(self, entries) -> list[Result]:
        """A page of matching entries, with the title and snippet to show, their matches marked."""
        return [self._result(entry) for entry in entries]

    # PostgreSQL ------------------------------------------------------------------------------------

    def _tsquery(self, operator: str) -> SearchQuery:
        words = f" {operator} ".join(_lexeme(term) for term in self.terms)
        return SearchQuery(words, search_type="raw", config=TEXT_SEARCH_CONFIG)

    def _postgresql(self, entries: QuerySet) -> QuerySet:
        every_word, any_word, phrase = self._tsquery("&"), self._tsquery("|"), self._tsquery("<->")
        vector = F("search_vector")
        highlight = {"config": TEXT_SEARCH_CONFIG, "start_sel": MARK_START, "stop_sel": MARK_END}
        relevance = SearchRank(vector, any_word, weights=WEIGHTS)
        if len(self.terms) > 1:  # one word is its own phrase: ranking it twice would change no order
            relevance += Value(PHRASE_BOOST) * SearchRank(vector, phrase, weights=WEIGHTS)
        return (
            entries.filter(search_vector=every_word)
            .alias(body_length=Length("body"))
            .annotate(
                rank=F("weight") * relevance,
                marked_title=SearchHeadline("title", every_word, highlight_all=True, **highlight),
                marked_snippet=Case(
                    When(
                        body_length__lte=SNIPPET_CHARACTERS,
                        then=SearchHeadline("body", every_word, highlight_all=True, **highlight),
                    ),
                    default=SearchHeadline("body", every_word, **highlight, **HEADLINE_OPTIONS),
                ),
            )
            .defer("body", "search_vector")
            .order_by("-rank", F("date").desc(nulls_last=True), "pk")
        )

    # Other databases -------------------------------------------------------------------------------

    def _fallback(self, entries: QuerySet) -> QuerySet:
        for term in self.terms:
            entries = entries.filter(_anywhere(term))
        every_word_in_title = Q()
        for term in self.terms:
            every_word_in_title &= Q(title__icontains=term)
        return (
            entries.annotate(
                title_match=_flag(every_word_in_title), phrase_match=_flag(_anywhere(" ".join(self.terms)))
            )
            .defer("search_vector")
            .order_by("-title_match", "-phrase_match", F("date").desc(nulls_last=True), "-weight", "pk")
        )

    def _result(self, entry) -> Result:
        if hasattr(entry, "marked_snippet"):
            return Result(entry, _marked(entry.marked_title), _marked(entry.marked_snippet))
        return Result(entry, self._highlight(entry.title), self._excerpt(entry.body))

    def _pattern(self) -> re.Pattern:
        # Each match marked as the whole word it begins ("tribun" marks "tribunals"); a number only whole.
        words = (
            r"(?<!\w)" + re.escape(term) + (r"(?!\w)" if term.isdigit() else r"\w*") for term in self.terms
        )
        return re.compile("|".join(words), re.IGNORECASE)

    def _highlight(self, text: str) -> SafeString:
        pieces, last = [], 0
        for match in self._pattern().finditer(text):
            pieces += [escape(text[last : match.start()]), f"<mark>{escape(match.group())}</mark>"]
            last = match.end()
        pieces.append(escape(text[last:]))
        return mark_safe("".join(pieces))

    def _first_match(self, text: str) -> int:
        """Where the words first stand together as typed; else where the first of them begins; else where LIKE
        matched inside a word ("unal" in "tribunal")."""
        together = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, self.terms)), re.IGNORECASE)
        if match := together.search(text) or self._pattern().search(text):
            return match.start()
        lowered = text.lower()
        return min((at for term in self.terms if (at := lowered.find(term)) >= 0), default=0)

    def _excerpt(self, text: str) -> SafeString:
        """About SNIPPET_CHARACTERS of the text from a little before its first match, cut at spaces."""
        at = self._first_match(text)
        start = max(0, at - SNIPPET_CHARACTERS // 4)
        if start and (space := text.find(" ", start, at)) >= 0:
            start = space + 1
        end = min(len(text), start + SNIPPET_CHARACTERS)
        if end < len(text) and (space := text.rfind(" ", at, end)) > at:
            end = space
        excerpt = " ".join(text[start:end].split())
        return mark_safe(
            ("… " if start else "") + self._highlight(excerpt) + (" …" if end < len(text) else "")
        )


def _anywhere(text: str) -> Q:
    return Q(title__icontains=text) | Q(context__icontains=text) | Q(body__icontains=text)


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def _lexeme(term: str) -> str:
    """A word as a quoted tsquery lexeme, a prefix unless it is a number. Quotes are doubled and backslashes
    escaped: WORD admits neither, but the quoting must not depend on that."""
    quoted = term.replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}'" if term.isdigit() else f"'{quoted}':*"


def _marked(text: str | None) -> SafeString:
    """ts_headline's text, escaped, with its match markers turned into <mark>."""
    return mark_safe(escape(text or "").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
