from django import template

from indicators.display import format_value

register = template.Library()


@register.filter
def figure(value, indicator):
    """A figure as `indicator` writes it: `{{ value|figure:indicator }}` gives "82.6%" or "1,023"."""
    return format_value(value, indicator.value_type, indicator.decimals, indicator.unit)
