"""The rules computed for indicators, never typed in: periods, trend and direction, RAG from a target, the
quartile summary, the draft narrative and the consistency checks."""

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators import checks, narrative, periods
from indicators.periods import PeriodError, PeriodType
from indicators.quartiles import summarise
from indicators.rag import parse_rag, parse_target, suggested_rag
from indicators.trends import direction, parse_trend, trend

D = Decimal

# --- periods ----------------------------------------------------------------------------------------------

# Every period label printed in the seed papers, and what it means.
SEED_LABELS = [
    ("Q3 2023/24", PeriodType.FINANCIAL_QUARTER, date(2023, 10, 1), date(2023, 12, 31)),
    ("Q4 2022/23", PeriodType.FINANCIAL_QUARTER, date(2023, 1, 1), date(2023, 3, 31)),
    ("Q1 2025/26", PeriodType.FINANCIAL_QUARTER, date(2025, 4, 1), date(2025, 6, 30)),
    ("Q2 2024/25", PeriodType.FINANCIAL_QUARTER, date(2024, 7, 1), date(2024, 9, 30)),
    ("Autumn 2023", PeriodType.SCHOOL_TERM, date(2023, 9, 1), date(2023, 12, 31)),
    ("Summer 2023", PeriodType.SCHOOL_TERM, date(2023, 4, 1), date(2023, 8, 31)),
    ("Spring Term 2025", PeriodType.SCHOOL_TERM, date(2025, 1, 1), date(2025, 3, 31)),
    ("Summer term 2025", PeriodType.SCHOOL_TERM, date(2025, 4, 1), date(2025, 8, 31)),
    ("2022/23 Final", PeriodType.ACADEMIC_YEAR, date(2022, 9, 1), date(2023, 8, 31)),
    ("2021/22 Final", PeriodType.ACADEMIC_YEAR, date(2021, 9, 1), date(2022, 8, 31)),
    ("2023/24", PeriodType.FINANCIAL_YEAR, date(2023, 4, 1), date(2024, 3, 31)),
    ("2025", PeriodType.CALENDAR_YEAR, date(2025, 1, 1), date(2025, 12, 31)),
    ("March 2024", PeriodType.MONTH, date(2024, 3, 1), date(2024, 3, 31)),
]


@pytest.mark.parametrize("label, kind, start, end", SEED_LABELS)
def test_every_seed_label_parses_to_its_dates(label, kind, start, end):
    span = periods.parse(label)
    assert (span.type, span.start, span.end) == (kind, start, end)


def test_labels_are_derived_from_the_dates():
    assert [periods.parse(label).label for label, *_ in SEED_LABELS] == [
        "Q3 2023/24",
        "Q4 2022/23",
        "Q1 2025/26",
        "Q2 2024/25",
        "Autumn 2023",
        "Summer 2023",
        "Spring 2025",
        "Summer 2025",
        "2022/23",
        "2021/22",
        "2023/24",
        "2025",
        "March 2024",
    ]


def test_final_and_provisional_are_kept_and_make_an_academic_year():
    assert periods.parse("2022/23 Final").finality == "final"
    assert periods.parse("2023/24 Provisional").finality == "provisional"
    assert periods.parse("2023/24", PeriodType.ACADEMIC_YEAR).type == PeriodType.ACADEMIC_YEAR


def test_seed_periods_order_by_their_dates():
    labels = ["Q3 2023/24", "Q4 2022/23", "Q2 2023/24", "Q1 2025/26", "Q2 2024/25"]
    assert sorted(labels, key=lambda label: periods.parse(label).start) == [
        "Q4 2022/23",
        "Q2 2023/24",
        "Q3 2023/24",
        "Q2 2024/25",
        "Q1 2025/26",
    ]
    terms = ["Spring Term 2025", "Autumn 2023", "Summer 2023", "Summer term 2025"]
    assert sorted(terms, key=lambda label: periods.parse(label).start) == [
        "Summer 2023",
        "Autumn 2023",
        "Spring Term 2025",
        "Summer term 2025",
    ]


@pytest.mark.parametrize(
    "label, problem",
    [
        ("Q5 2023/24", "not a period we recognise"),
        ("Q3 2023/25", "runs on into the next year"),
        ("2023/25", "runs on into the next year"),
        ("Winter 2023", "not a period we recognise"),
        ("Smarch 2024", "not a period we recognise"),
        ("", "not a period we recognise"),
    ],
)
def test_bad_labels_say_what_is_wrong(label, problem):
    with pytest.raises(PeriodError, match=problem):
        periods.parse(label)


fiscal_years = st.integers(min_value=1990, max_value=2090)


@given(year=fiscal_years, quarter=st.integers(min_value=1, max_value=4))
def test_a_quarter_label_round_trips(year, quarter):
    label = f"Q{quarter} {year}/{(year + 1) % 100:02d}"
    span = periods.parse(label)
    assert span.label == label
    assert periods.financial_year_of(span.start) == periods.financial_year_of(span.end) == year
    assert (span.end - span.start).days in range(89, 92)


@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_every_day_is_in_exactly_one_quarter_and_the_quarters_follow_each_other(day):
    year = periods.financial_year_of(day)
    quarter = (day.month - 4) % 12 // 3 + 1
    span = periods.parse(f"Q{quarter} {year}/{(year + 1) % 100:02d}")
    assert span.start <= day <= span.end
    following = periods.span(span.type, span.end + timedelta(days=1))
    assert periods.preceding(following) == span
    assert periods.a_year_before(following).start.year == following.start.year - 1


@given(
    term=st.sampled_from(["Autumn", "Spring", "Summer"]),
    year=st.integers(min_value=1990, max_value=2090),
    spelling=st.sampled_from(["{} {}", "{} Term {}", "{} term {}"]),
)
def test_terms_belong_to_the_academic_year_and_sort_within_it(term, year, spelling):
    span = periods.parse(spelling.format(term, year))
    academic_year = year if term == "Autumn" else year - 1
    assert periods.academic_year_of(span.start) == academic_year
    assert span.label == f"{term} {year}"
    assert periods.preceding(span).end < span.start


@given(st.text(max_size=30))
def test_any_text_parses_or_says_what_is_wrong(text):
    try:
        span = periods.parse(text)
    except PeriodError as error:
        assert "recognise" in str(error) or "runs on" in str(error)
    else:
        assert span.start <= span.end


# --- trend and direction ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "previous, latest, decimals, expected",
    [
        ("90.2", "90.3", 1, "increase"),  # seed 003 printed "Decline"
        ("23.08", "22.40", 2, "decrease"),  # seed 001 printed "Increase"
        ("0.9", "0.8", 1, "decrease"),  # seed 000 para 45 called it "a slight increase"
        ("97.1", "97.1", 1, "no change"),
        ("97.14", "97.06", 1, "no change"),  # the same at the precision shown: never "up 0.0"
        ("0.01", "-0.09", 2, "decrease"),
    ],
)
def test_trend_is_the_movement_at_the_displayed_precision(previous, latest, decimals, expected):
    assert trend(D(previous), D(latest), decimals) == expected


def test_no_previous_figure_no_trend():
    assert trend(None, D("5"), 1) is None


@pytest.mark.parametrize(
    "movement, polarity, expected",
    [
        ("decrease", "low", "improved"),  # re-referrals 26.4 -> 22.4
        ("increase", "low", "declined"),
        ("increase", "high", "improved"),
        ("decrease", "high", "declined"),
        ("no change", "high", "no change"),
        ("increase", "none", "not judged"),
        ("no change", "none", "not judged"),
        (None, "high", "not judged"),
    ],
)
def test_direction_combines_trend_and_polarity(movement, polarity, expected):
    assert direction(movement, polarity) == expected


@pytest.mark.parametrize(
    "printed, expected",
    [("Decline", "decrease"), ("Increase", "increase"), ("Same", "no change"), ("", None)],
)
def test_printed_trends_are_read(printed, expected):
    assert parse_trend(printed) == expected


def test_an_unreadable_trend_is_refused():
    with pytest.raises(ValueError, match="is not a trend"):
        parse_trend("Sideways")


# --- targets and RAG --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, comparator, value, polarity",
    [
        (">97.2%", ">", "97.2", "high"),
        ("<2.1%", "<", "2.1", "low"),
        ("<= 3", "<=", "3", "low"),
        ("≥90", ">=", "90", "high"),
    ],
)
def test_targets_are_read_as_the_papers_print_them(text, comparator, value, polarity):
    target = parse_target(text)
    assert (target.comparator, target.value, target.implied_polarity) == (comparator, D(value), polarity)


def test_a_between_target():
    target = parse_target("10 to 20")
    assert (target.comparator, target.value, target.upper) == ("between", D(10), D(20))
    assert parse_target("N/A") is None


def test_an_unreadable_target_is_refused():
    with pytest.raises(ValueError, match="is not a target"):
        parse_target("about 90")


@pytest.mark.parametrize(
    "value, target, kind, tolerance, expected",
    [
        # shared/docs/indicators.md's worked example: re-referrals 22.4% against <18.7%.
        ("22.4", "<18.7", "relative", "10", "red"),
        ("22.4", "<18.7", "absolute", "5", "amber"),
        ("88.9", ">90.3", "relative", "10", "amber"),  # seed 003: assessments within 45 days, Amber
        ("82.6", ">97.2", "relative", "10", "red"),  # child protection reviews, Red
        ("0.7", "<2.1", "relative", "10", "green"),  # NEET, Green
        ("18.7", "<18.7", "relative", "10", "amber"),  # a strict target is not met at the target itself
        ("18.7", "<=18.7", "relative", "10", "green"),
        ("15", "10 to 20", "absolute", "1", "green"),
        ("20.5", "10 to 20", "absolute", "1", "amber"),
        ("25", "10 to 20", "absolute", "1", "red"),
    ],
)
def test_suggested_rag(value, target, kind, tolerance, expected):
    rag = suggested_rag(D(value), parse_target(target), tolerance_kind=kind, tolerance=D(tolerance))
    assert rag == expected


def test_no_target_no_rag():
    assert suggested_rag(D("50"), None, tolerance_kind="relative", tolerance=D(10)) is None
    assert parse_rag("N/A") is None
    with pytest.raises(ValueError, match="not a RAG status"):
        parse_rag("Purple")


# --- the quartile summary ---------------------------------------------------------------------------------


def test_the_summary_sentence_counts_the_quartiles():
    quartiles = [1] * 3 + [2] * 6 + [3] * 9 + [4] * 4 + [None] * 8
    summary = summarise(quartiles)
    assert summary.sentence == (
        "From 22 measures reported that have a national benchmark, three are in the top quartile, six are in "
        "the second quartile, nine are in the third quartile and four are in the bottom quartile."
    )
    assert summary.counts == {1: 3, 2: 6, 3: 9, 4: 4}


def test_the_summary_sentence_handles_one_none_and_house_style(settings):
    assert summarise([1]).sentence == (
        "From one measure reported that has a national benchmark, one is in the top quartile, none are in "
        "the second quartile, none are in the third quartile and none are in the bottom quartile."
    )
    assert summarise([None, None]).sentence == "No measures reported have a national benchmark."
    settings.NUMBER_WORDS_UP_TO = 0  # a council that writes every number in figures; nought is still "none"
    assert summarise([2, 2, 3]).sentence == (
        "From 3 measures reported that have a national benchmark, none are in the top quartile, 2 are in the "
        "second quartile, 1 is in the third quartile and none are in the bottom quartile."
    )


# --- the draft narrative ----------------------------------------------------------------------------------


def line(**fields):
    defaults = {
        "name": "Re-referrals to CSC within 12 mths",
        "value_type": "percent",
        "unit": "",
        "decimals": 1,
        "latest_period": "Q1 2025/26",
        "latest_period_type": "financial_quarter",
        "latest_value": D("23.0"),
        "previous_period": "Q4 2024/25",
        "previous_value": D("24.9"),
        "trend": "decrease",
        "direction": "improved",
        "numerator": None,
        "denominator": None,
        "quartile": 2,
        "previous_quartile": 3,
    }
    return SimpleNamespace(**(defaults | fields))


def test_the_narrative_in_the_papers_style():
    assert narrative.sentence(line()) == (
        "Re-referrals to CSC within 12 mths decreased to 23.0% at the end of Quarter 1 2025/26 compared to "
        "24.9% at the end of Quarter 4 2024/25, an improvement. Leicestershire is now placed in the second "
        "quartile of local authorities."
    )


def test_the_narrative_follows_the_polarity_and_names_the_numbers():
    text = narrative.sentence(
        line(
            name="Care leavers EET",
            latest_period="Q3 2023/24",
            previous_period="Q2 2023/24",
            latest_value=D("61.6"),
            previous_value=D("58.8"),
            trend="increase",
            direction="improved",
            numerator=D(162),
            denominator=D(263),
            quartile=1,
            previous_quartile=1,
        )
    )
    assert text == (
        "Care leavers EET increased to 61.6% (162 of 263) at the end of Quarter 3 compared to 58.8% at the "
        "end of Quarter 2, an improvement. Leicestershire continues to be placed in the top quartile of "
        "local authorities."
    )


def test_a_measure_without_polarity_is_not_judged_in_words():
    text = narrative.sentence(
        line(
            name="Children Electively Educated at Home",
            value_type="number",
            decimals=0,
            latest_value=D(1023),
            previous_value=D(946),
            trend="increase",
            direction="not judged",
            quartile=None,
        )
    )
    assert "increased to 1,023" in text and "improvement" not in text and "decline" not in text


def test_an_unchanged_term_figure():
    text = narrative.sentence(
        line(
            name="Eligible 2 and 3-year olds taking up their FEEE in a high-quality provision",
            latest_period="Autumn 2023",
            previous_period="Summer 2023",
            latest_period_type="school_term",
            latest_value=D("97.1"),
            previous_value=D("97.1"),
            trend="no change",
            direction="no change",
            quartile=None,
        )
    )
    assert text == (
        "Eligible 2 and 3-year olds taking up their FEEE in a high-quality provision was unchanged at 97.1% "
        "in the Autumn term 2023, the same as in the Summer term 2023."
    )


# --- checks -----------------------------------------------------------------------------------------------


def test_a_value_that_disagrees_with_its_numerator_and_denominator():
    # seed 001: 84.0% of "853 of 1071" (79.6%)
    [warning] = checks.ratio_check(D("84.0"), D(853), D(1071), "percent", 1)
    assert warning.code == "ratio" and "79.6%" in warning.message


def test_rounding_as_printed_is_not_a_disagreement():
    assert checks.ratio_check(D("77.600000"), D(309), D(398), "percent", 2) == []  # 77.64% printed as 77.6%
    assert checks.ratio_check(D("82.6"), D(266), D(322), "percent", 1) == []


def test_a_percentage_outside_0_to_100():
    assert checks.percent_range(D("101"), "percent", 1)[0].code == "range"
    assert checks.percent_range(D("101"), "number", 1) == []


def test_a_target_that_contradicts_the_polarity():
    [warning] = checks.target_polarity(parse_target("<18.7%"), "high")
    assert "asks for a lower figure" in warning.message
    assert checks.target_polarity(parse_target("<18.7%"), "low") == []


def test_a_printed_trend_or_rag_that_contradicts_the_figures():
    assert checks.printed_trend("Decline", "increase", "90.2%", "90.3%")[0].message == (
        'The Trend printed as "Decline" contradicts the figures: 90.2% to 90.3% is "Increase".'
    )
    assert checks.printed_trend("Decline", "decrease", "47.1%", "45.7%") == []
    assert "no target" in checks.printed_rag("amber", None, has_target=False)[0].message
    assert "differs from Red" in checks.printed_rag("amber", "red", has_target=True)[0].message


def test_a_quarter_compared_with_neither_the_one_before_nor_a_year_before():
    latest, fourth = periods.parse("Q3 2023/24"), periods.parse("Q4 2022/23")  # seed 003 para 7
    [warning] = checks.comparison_period(latest, fourth)
    assert (
        "neither the period before (Q2 2023/24) nor the same period a year before (Q3 2022/23)"
        in warning.message
    )
    assert checks.comparison_period(latest, periods.parse("Q2 2023/24")) == []
    assert checks.comparison_period(latest, periods.parse("Q3 2022/23")) == []


def test_an_outlier_asks_for_a_comment():
    history = [D(value) for value in ("61.0", "62.5", "60.8", "61.9", "62.2")]
    [warning] = checks.outlier(D("85.0"), history, "percent", 1)
    assert warning.asks_for_comment
    assert checks.outlier(D("63.0"), history, "percent", 1) == []
    assert checks.outlier(D("85.0"), history[:3], "percent", 1) == []  # too little history to judge
