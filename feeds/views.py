"""Staying informed: calendars of meetings, and email alerts from a committee.

None of these pages needs signing in, and none shows more than the public may read."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from meetings.models import Meeting
from scrutiny import throttle
from scrutiny.after_commit import after_commit
from scrutiny.clients import client_address
from scrutiny.models import Committee
from scrutiny.private_responses import private_response

from . import calendars, subscriptions, tasks
from .forms import SubscriptionForm


def _calendar_response(request, meetings, *, name: str, filename: str) -> HttpResponse:
    body = calendars.calendar_of(meetings, name=name, absolute_url=request.build_absolute_uri)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def all_meetings_calendar(request):
    """Every committee's meetings of the last year and to come (calendars.PAST_MEETINGS_KEPT)."""
    meetings = calendars.recent_and_upcoming(calendars.meetings_for_calendar())
    name = f"{settings.COUNCIL_NAME} committee meetings"
    return _calendar_response(request, meetings, name=name, filename="meetings.ics")


def committee_calendar(request, slug):
    """Every meeting of the committee, however long ago: a calendar program keeps only what the feed has."""
    committee = get_object_or_404(Committee, slug=slug)
    meetings = calendars.meetings_for_calendar(Meeting.objects.for_committee(committee))
    name = f"{committee.name} meetings"
    return _calendar_response(request, meetings, name=name, filename=f"{committee.slug}.ics")


def meeting_calendar(request, pk):
    """One meeting, to add to a calendar: any meeting, however long ago."""
    meeting = get_object_or_404(calendars.meetings_for_calendar(), pk=pk)
    filename = f"{meeting.committee.slug}-{meeting.date:%Y-%m-%d}.ics"
    return _calendar_response(request, [meeting], name=str(meeting), filename=filename)


def subscription_rate(group, request) -> str:
    """Read at each request, so that the setting can change without a restart (and in tests)."""
    return settings.ALERT_SUBSCRIPTIONS_RATE


@ratelimit(
    group="feeds.subscribe",
    key=lambda group, request: client_address(request),
    rate=subscription_rate,
    method="POST",
    block=False,
)
@private_response  # the page after sending shows the address sent
@require_http_methods(["GET", "POST"])
def subscribe(request, slug):
    """Ask for alerts: the form, then an email to confirm. Nothing is stored until the owner confirms."""
    committee = get_object_or_404(Committee, slug=slug)
    if request.method == "POST" and request.limited:
        return throttle.too_many_requests(
            request, settings.ALERT_SUBSCRIPTIONS_RATE, "feeds/too_many_requests.html", committee=committee
        )
    form = SubscriptionForm(request.POST if request.method == "POST" else None)
    if not form.is_valid():
        return render(request, "feeds/subscribe.html", {"committee": committee, "form": form})
    email = form.cleaned_data["email"]
    # A robot filling in the trap is told what a person would be told, and nothing is sent.
    if not form.is_from_a_robot:
        context = {
            "committee_name": committee.name,
            "council_name": settings.COUNCIL_NAME,
            "alert_names": [subscriptions.ALERT_NAMES[alert] for alert in form.cleaned_data["alerts"]],
            "confirm_url": settings.SITE_URL
            + subscriptions.confirmation_path(committee, email, form.cleaned_data["alerts"]),
            "days": subscriptions.CONFIRMATION_DAYS,
        }
        after_commit(tasks.send_confirmation.delay, email, context)
    return render(
        request,
        "feeds/check_your_email.html",
        {"committee": committee, "email": email, "days": subscriptions.CONFIRMATION_DAYS},
    )


def _link_not_valid(request, error: Exception) -> HttpResponse:
    if isinstance(error, subscriptions.LinkExpired):
        context = {"committee": error.committee, "days": subscriptions.CONFIRMATION_DAYS}
        return render(request, "feeds/link_expired.html", context, status=410)
    return render(request, "feeds/link_not_valid.html", status=404)


@private_response  # the address the link is for
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link in the confirmation email. Opening it only asks: mail scanners open links in emails, and
    must not subscribe anyone. The button (a POST) confirms."""
    try:
        asked = subscriptions.read_confirmation(token)
    except (subscriptions.LinkExpired, subscriptions.LinkNotValid) as error:
        return _link_not_valid(request, error)
    if request.method == "POST":
        subscription = subscriptions.confirm(asked)
        unsubscribe_url = subscriptions.unsubscribe_path(subscription.committee_id, subscription.email)
        return render(
            request,
            "feeds/subscribed.html",
            {"committee": asked.committee, "asked": asked, "unsubscribe_url": unsubscribe_url},
        )
    return render(request, "feeds/confirm.html", {"committee": asked.committee, "asked": asked})


# The token is the only credential: a mail program's one-click POST (RFC 8058) carries no cookie and no
# CSRF token, and a forged POST could only unsubscribe the address whose token the forger already holds.
@csrf_exempt
@private_response  # the address the link is for
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The link in every alert. Opening it asks (mail scanners open links); a POST unsubscribes, whether
    from the button or from a mail program's unsubscribe button (List-Unsubscribe-Post)."""
    try:
        committee, email = subscriptions.read_unsubscribe(token)
    except subscriptions.LinkNotValid as error:
        return _link_not_valid(request, error)
    context = {"committee": committee, "email": email}
    if request.method == "POST":
        subscriptions.unsubscribe(committee, email)
        return render(request, "feeds/unsubscribed.html", context)
    return render(request, "feeds/unsubscribe.html", context)
