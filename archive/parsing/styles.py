"""Councils' house styles for minutes: how a minute is numbered, how a resolution is announced, how its
reasons are headed, and whether the numbering restarts.

Minute numbers: "45. Heading", "45 Heading", "89/25 Heading" (number/year), "Min. 12 Heading", "CS.45 Heading"
(a committee's letters), or the number alone with the heading on the next line. A document keeps to one
style, so the style whose headings make the best run of rising numbers is the document's; a number of another
style, or one that does not follow on (a numbered list inside a minute), is text. The reference is kept as
printed beside the number."""

import re
from dataclasses import dataclass
from datetime import date

from .model import ParsedNumbering

HEADING = r"(?P<heading>[A-Z0-9“\"‘'(£].*)"
STYLES = {
    "number": re.compile(rf"^(?P<ref>(?P<number>\d{{1,4}}))\.[\t ]+{HEADING}$"),
    "number/year": re.compile(
        rf"^(?P<ref>(?P<number>\d{{1,4}})/(?P<year>\d{{2}}/\d{{2}}|\d{{4}}|\d{{2}}))\.?[\t ]+{HEADING}$"
    ),
    "Min.": re.compile(
        rf"^(?P<ref>(?:Min(?:ute)?s?\.?|MIN(?:UTE)?S?\.?)[\t ]*(?:No\.?[\t ]*)?(?P<number>\d{{1,4}})"
        rf"(?:/(?P<year>\d{{2,4}}))?)\.?[\t ]*[:–-]?[\t ]+{HEADING}$"
    ),
    "letters": re.compile(
        rf"^(?P<ref>(?P<prefix>[A-Z]{{1,6}})[./]?[\t ]?(?P<number>\d{{1,4}})(?:/(?P<year>\d{{2,4}}))?)\.?"
        rf"[\t ]*[:–-]?[\t ]+{HEADING}$"
    ),
    "number without a stop": re.compile(rf"^(?P<ref>(?P<number>\d{{1,4}}))[\t ]+{HEADING}$"),
}
# The number alone on its line, the heading on the next.
ALONE = re.compile(r"^(?P<ref>(?P<number>\d{1,4})(?:/(?P<year>\d{2,4}))?)\.?$")
# Preferred when two styles find equally good runs (the plainest first).
PREFERENCE = list(STYLES)
MOST_MINUTES_MISSING = 40  # a jump of more is not the next minute but a number in the text
TIME_AGAINST_HEADING = re.compile(
    r"\s*[(\[]\s*(?P<time>\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?)\s*[)\]]\s*$", re.I
)


@dataclass
class Heading:
    line: int
    last_line: int  # the heading's own last line (the next line when the number stands alone)
    number: int
    reference: str
    heading: str
    style: str
    prefix: str = ""
    year: str = ""
    weight: float = 1.0


def heading_weight(text: str, previous: str) -> float:
    """How much a candidate looks like a minute's heading rather than a numbered paragraph: resolutions are
    sentences ("That the report be noted;") under a RESOLVED line."""
    weight = 1.0
    if text.endswith((";", ", and", "; and")) or text.lower().startswith(("that ", "to ")):
        weight = 0.2
    elif len(text) > 160:
        weight = 0.3
    announced = resolution_marker(previous)
    if announced and (not announced.rest or announced.rest.endswith((":", ":-"))):
        weight = min(weight, 0.1)  # the first of a numbered list the RESOLVED line announces
    return weight


def candidates(lines: list[tuple[int, str]]) -> list[Heading]:
    """Every line that could head a minute, in every style it fits. `lines` are (number, text) of the
    non-blank lines."""
    found = []
    for index, (number, text) in enumerate(lines):
        previous = lines[index - 1][1] if index else ""
        for style, pattern in STYLES.items():
            match = pattern.match(text)
            if match and len(match["heading"]) <= 300:
                found.append(
                    Heading(
                        number,
                        number,
                        int(match["number"]),
                        match["ref"],
                        match["heading"].strip(),
                        style,
                        match.groupdict().get("prefix") or "",
                        match.groupdict().get("year") or "",
                        heading_weight(match["heading"], previous),
                    )
                )
        alone = ALONE.match(text)
        if alone and index + 1 < len(lines):
            following = lines[index + 1][1]
            if re.match(r"^[A-Z“\"‘']", following) and len(following) <= 200 and not ALONE.match(following):
                style = "number/year" if alone["year"] else "number"
                found.append(
                    Heading(
                        number,
                        lines[index + 1][0],
                        int(alone["number"]),
                        alone["ref"],
                        following.strip(),
                        style,
                        year=alone["year"] or "",
                        weight=heading_weight(following, previous),
                    )
                )
    return found


def best_run(found: list[Heading]) -> list[Heading]:
    """The headings of the document: of each style (and each prefix of letters), the run of rising numbers
    that looks most like headings, a missing number costing a little; the best run of all."""
    groups: dict[tuple[str, str], list[Heading]] = {}
    for heading in found:
        groups.setdefault((heading.style, heading.prefix), []).append(heading)
    best: list[Heading] = []
    best_score = 0.0
    for _, group in sorted(groups.items(), key=lambda item: PREFERENCE.index(item[0][0])):
        run, score = _run(group)
        if score > best_score + 1e-9:
            best, best_score = run, score
    return best


def _run(group: list[Heading]) -> tuple[list[Heading], float]:
    """The best run ending at each heading, from the best runs ending at the numbers just below its own: time
    in proportion to the headings, however many there are."""
    group = sorted(group, key=lambda heading: heading.line)
    score = [heading.weight for heading in group]
    before: list[int | None] = [None] * len(group)
    best: dict[int, int] = {}  # number -> the heading with that number whose run scores best so far
    waiting: list[int] = []  # headings whose own lines are not yet behind us
    for i, heading in enumerate(group):
        for j in [j for j in waiting if group[j].last_line < heading.line]:
            waiting.remove(j)
            if group[j].number not in best or score[j] > score[best[group[j].number]]:
                best[group[j].number] = j
        for jump in range(1, MOST_MINUTES_MISSING + 1):
            j = best.get(heading.number - jump)
            if j is None:
                continue
            candidate = score[j] + heading.weight - (0 if jump == 1 else 0.4 + 0.02 * jump)
            if candidate > score[i]:
                score[i], before[i] = candidate, j
        waiting.append(i)
    if not group:
        return [], 0.0
    end = max(range(len(group)), key=lambda i: score[i])
    run, index = [], end
    while index is not None:
        run.append(group[index])
        index = before[index]
    return run[::-1], score[end]


def split_time(heading: str) -> tuple[str, str]:
    """A heading and the time printed against it: "Budget (2.35 pm)"."""
    found = TIME_AGAINST_HEADING.search(heading)
    if not found:
        return heading, ""
    return heading[: found.start()].rstrip(), found["time"]


# Resolutions. Each marker: the pattern, and the kind every resolution under it is (None: by its words).
RESOLUTION_MARKERS = [
    (
        re.compile(
            r"^(?:(?:It was|The \w+(?:[- ]\w+)?)\s+)?(?:RESOLVED|Resolved)\s+to\s+(?:RECOMMEND|recommend)"
            r"(?:\s+to\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&-]*\s?){1,5}))?\s*(?::-|[:–-]|\bthat\b|\bTHAT\b)?",
        ),
        "recommendation",
    ),
    (
        re.compile(
            r"^(?:RECOMMENDED|RECOMMENDATIONS?)(?:\s+to\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&-]*\s?){1,5}))?"
            r"\s*(?::-|[:–-]|\bthat\b|\bTHAT\b)?"
        ),
        "recommendation",
    ),
    (
        re.compile(
            r"^(?:It was\s+)?(?:RESOLVED|Resolved)\b(?:\s*\((?:unanimously|by [^)]{1,40})\))?"
            r"\s*(?::-|[:–-]+|,)?\s*(?=\S|$)"
        ),
        None,
    ),
    (
        re.compile(
            r"^(?:The (?:Committee|Panel|Board|Sub-Committee|Commission|Cabinet|Council|Forum)|Members|"
            r"It was)"
            r"\s+(?:AGREED|resolved|RESOLVED)\b\s*(?::-|[:–-])?\s*"
        ),
        None,
    ),
    (re.compile(r"^(?:AGREED|DECISION|DECIDED)\b\s*(?::-|[:–-])?\s*"), None),
]
REASON = re.compile(
    r"^(?:REASONS?\s+FOR\s+(?:THE\s+)?(?:DECISIONS?|RECOMMENDATIONS?|RESOLUTIONS?)|"
    r"Reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?|resolutions?))\s*(?::-|[:–-])?\s*",
)


@dataclass
class ResolutionMarker:
    printed: str
    kind: str | None  # every resolution under it is of this kind, when the marker says so
    body: str  # the body recommended to, when the marker names it
    rest: str  # what follows the marker on its line


def resolution_marker(text: str) -> ResolutionMarker | None:
    for pattern, kind in RESOLUTION_MARKERS:
        found = pattern.match(text)
        if found:
            body = (found.groupdict().get("body") or "").strip()
            printed, rest = found[0].strip(), text[found.end() :].strip()
            if rest and re.fullmatch(r"(?:(?:that|THAT)\s*)?(?::-|[:–-])?", rest):
                # "Resolved to RECOMMEND to Council that:", the list below
                printed, rest = printed + ("" if rest[0] in ":–-" else " ") + rest, ""
            return ResolutionMarker(printed, kind, body, rest)
    return None


def numbering(run: list[Heading], meeting_date: date | None) -> "ParsedNumbering":
    """Whether the minutes' numbers run on through the year or restart, from what the references show."""
    first, last = run[0], run[-1]
    style = first.style
    result = ParsedNumbering(style=style, first=first.number, last=last.number)
    year = first.year
    if "/" in year:
        result.restarts = "each municipal year"
        result.evidence = f"the references end in the municipal year “{year}”"
    elif year:
        result.restarts, result.evidence = _year_scope(int(year), first.reference, meeting_date, result)
    elif first.number == 1:
        result.restarts = "each meeting"
        result.evidence = "the first minute is numbered 1"
        result.doubts.append("numbered from 1: restarting each meeting, or the year's first meeting?")
    else:
        result.restarts = "runs on"
        result.evidence = f"the first minute is numbered {first.number}, following on from earlier meetings"
    return result


def _year_scope(year: int, reference: str, meeting_date: date | None, result) -> tuple[str, str]:
    year += 2000 if year < 100 else 0
    evidence = f"the references end in the year (“{reference}”)"
    if meeting_date is None:
        result.doubts.append("the meeting's date is not known: calendar or municipal year?")
        return "each year", evidence
    if year == meeting_date.year and meeting_date.month < 5:
        return "each calendar year", evidence + f", {year}, the calendar year of the meeting"
    if year == meeting_date.year - 1 and meeting_date.month < 5:
        return "each municipal year", evidence + f", {year}, when the municipal year began"
    if year == meeting_date.year:
        result.doubts.append("a meeting from May to December: calendar or municipal year?")
        return "each year", evidence
    result.doubts.append(f"the references' year {year} is not the meeting's")
    return "each year", evidence
