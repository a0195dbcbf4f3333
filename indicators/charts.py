"""An indicator's time-series chart, as SVG drawn on the server (pygal): its published figures, with the
target, the England average and the statistical-neighbour average as lines beside them.

The chart is served as an image with a text alternative; the same figures are in a table beside it, which is
the accessible version. No script runs in it (pygal's tooltips need one)."""

import pygal
from pygal.style import Style

from .display import format_value
from .models import Indicator

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#0b0c0c",
    foreground_strong="#0b0c0c",
    foreground_subtle="#505a5f",
    font_family="Arial, sans-serif",
    label_font_size=14,
    major_label_font_size=14,
    legend_font_size=14,
    title_font_size=16,
    # Figures in the council blue; target red dashed; England and statistical neighbours in greys.
    colors=("#0b4f6c", "#d4351c", "#505a5f", "#6f777b"),
)


def chart_svg(indicator: Indicator, figures) -> bytes:
    """`figures`: the published figures, oldest first, each with its period selected."""
    chart = pygal.Line(
        style=STYLE,
        js=[],
        width=800,
        height=400,
        show_dots=True,
        dots_size=4,
        legend_at_bottom=True,
        legend_at_bottom_columns=4,
        x_label_rotation=0 if len(figures) <= 8 else 30,
        value_formatter=lambda value: format_value(
            value, indicator.value_type, indicator.decimals, indicator.unit
        ),
        title=indicator.name,
        allow_interruptions=True,
    )
    chart.x_labels = [figure.period.label for figure in figures]
    chart.add("Figure", [float(figure.value) for figure in figures])
    targets = [indicator.target_for(figure.period.start) for figure in figures]
    if any(targets):
        chart.add(
            "Target",
            [float(target.value) if target else None for target in targets],
            stroke_style={"dasharray": "8,4", "width": 2},
            show_dots=False,
        )
    for name, field in (("England average", "england_average"), ("Statistical neighbours", "sn_average")):
        points = [getattr(figure, field) for figure in figures]
        if any(point is not None for point in points):
            chart.add(
                name,
                [float(point) if point is not None else None for point in points],
                stroke_style={"dasharray": "2,4"},
            )
    return chart.render(is_unicode=False)


def chart_description(indicator: Indicator, figures) -> str:
    """The text alternative of the chart: what it shows, in one sentence."""
    if not figures:
        return f"No published figures for {indicator.name} yet."
    first, last = figures[0], figures[-1]

    def shown(figure):
        return format_value(figure.value, indicator.value_type, indicator.decimals, indicator.unit)

    return (
        f"Line chart of {indicator.name}: {len(figures)} figures from {first.period.label} ({shown(first)}) "
        f"to {last.period.label} ({shown(last)}). The figures are in the table below."
    )
