from django import template

from feeds.forms import SubscriptionForm

register = template.Library()


@register.simple_tag
def alert_subscription_form():
    """An empty subscription form, for the committee page (whose view is not the feeds app's)."""
    return SubscriptionForm()
