"""The Content Security Policy is sent with every response of the site: each of its addresses (found from the
URL configuration, so a new one cannot be missed), the admin, the error pages; the chart has its own."""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from feeds import subscriptions
from feeds.urls import FEEDS
from meetings.views import HomeView
from tests.factories import (
    ActionResponseFactory,
    DemocraticServicesUserFactory,
    DocumentFactory,
    IndicatorValueFactory,
    MinutesPublishedMeetingFactory,
    PerformanceReportFactory,
    ReportRequestFactory,
    SignatureFactory,
)

pytestmark = pytest.mark.django_db

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
EMAIL = "resident@example.org"
CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"


def directives(header: str) -> dict[str, str]:
    """The policy as {directive: sources}, whatever order django-csp writes it in."""
    return dict(part.strip().partition(" ")[::2] for part in header.split(";"))


@pytest.fixture
def world():
    meeting = MinutesPublishedMeetingFactory()
    signature = SignatureFactory()
    return SimpleNamespace(
        meeting=meeting,
        committee=meeting.committee,
        document=DocumentFactory(agenda_item__meeting=meeting),
        response=ActionResponseFactory(),
        figure=IndicatorValueFactory(),
        report=PerformanceReportFactory(),
        report_request=ReportRequestFactory(),
        signature=signature,
    )


# The path arguments of each address that takes some, from the world.
ARGUMENTS = {
    "committee-detail": lambda w: {"slug": w.committee.slug},
    "meeting-detail": lambda w: {"pk": w.meeting.pk},
    "meeting-calendar-month": lambda w: {"year": w.meeting.date.year, "month": w.meeting.date.month},
    "document-download": lambda w: {"pk": w.document.pk},
    "action-detail": lambda w: {"pk": w.response.action.pk},
    "attachment-download": lambda w: {"pk": w.response.pk},
    "indicator-detail": lambda w: {"pk": w.figure.indicator.pk},
    "indicator-chart": lambda w: {"pk": w.figure.indicator.pk},
    "indicator-figure": lambda w: {"pk": w.figure.indicator.pk},
    "performance-report": lambda w: {"pk": w.report.pk},
    "performance-report-document": lambda w: {"pk": w.report.pk},
    "performance-report-pdf": lambda w: {"pk": w.report.pk},
    "agenda-pack": lambda w: {"pk": w.meeting.pk},
    "agenda-pack-public": lambda w: {"pk": w.meeting.pk},
    "agenda-pack-full": lambda w: {"pk": w.meeting.pk},
    "supplementary-pack-public": lambda w: {"pk": w.meeting.pk},
    "supplementary-pack-full": lambda w: {"pk": w.meeting.pk},
    "minutes": lambda w: {"pk": w.meeting.pk},
    "minutes-pdf": lambda w: {"pk": w.meeting.pk},
    "minutes-docx": lambda w: {"pk": w.meeting.pk},
    "my-report": lambda w: {"pk": w.report_request.pk},  # its officer's: to others, the 404 page
    "report-draft-download": lambda w: {"pk": w.report_request.pk},
    "minutes-chair-preview": lambda w: {"token": "not-a-link"},  # its refusal, a page like the draft's
    "calendar-committee": lambda w: {"slug": w.committee.slug},
    "calendar-meeting": lambda w: {"pk": w.meeting.pk},
    "alert-subscribe": lambda w: {"slug": w.committee.slug},
    "password-reset-confirm": lambda w: {"uidb64": "MQ", "token": "cx2v7y-0123456789abcdef01234567"},
    "alert-confirm": lambda w: {"token": subscriptions.confirmation_token(w.committee, EMAIL, [])},
    "alert-unsubscribe": lambda w: {
        "token": subscriptions.unsubscribe_token(w.committee.pk, "a@example.org")
    },
    "question-new": lambda w: {"pk": w.meeting.pk},
    "question-submitted": lambda w: {"pk": w.meeting.pk},
    "petition-detail": lambda w: {"pk": w.signature.petition.pk},
    "petition-sign": lambda w: {"pk": w.signature.petition.pk},
    "signature-check-email": lambda w: {"pk": w.signature.petition.pk},
    "signature-confirm": lambda w: {"pk": w.signature.petition.pk, "token": w.signature.token},
    "opendata:committee-detail": lambda w: {"slug": w.committee.slug},
    "opendata:meeting-agenda-items": lambda w: {"meeting_pk": w.meeting.pk},
    "opendata:meeting-documents": lambda w: {"meeting_pk": w.meeting.pk},
    "opendata:meeting-minutes": lambda w: {"meeting_pk": w.meeting.pk},
    "opendata:meeting-resolutions": lambda w: {"meeting_pk": w.meeting.pk},
}
OPEN_DATA_DETAILS = ("person", "meeting", "agendaitem", "document", "minute", "resolution", "action")
OPEN_DATA_DETAILS += ("recommendation", "indicatorvalue")
ARGUMENTS |= {f"opendata:{name}-detail": lambda w: {"pk": 1} for name in OPEN_DATA_DETAILS}
ARGUMENTS |= {f"committee-feed-{name}": lambda w: {"slug": w.committee.slug} for _, _, name in FEEDS}


def site_addresses(patterns=None, namespace=""):
    """(name, pattern) of every address of the site but the admin's, which has its own test below."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace != "admin":
                inner = f"{pattern.namespace}:" if pattern.namespace else namespace
                yield from site_addresses(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern


ADDRESSES = sorted(name for name, _ in site_addresses())


def test_every_address_with_arguments_has_them_here():
    needing = {name for name, pattern in site_addresses() if pattern.pattern.converters}
    assert needing == set(ARGUMENTS)


@pytest.mark.parametrize("signed_in", [False, True], ids=["public", "democratic-services"])
def test_every_address_sends_the_policy(client, world, signed_in):
    if signed_in:
        client.force_login(DemocraticServicesUserFactory())
    wrong = {}
    for name in ADDRESSES:
        response = client.get(reverse(name, kwargs=ARGUMENTS.get(name, lambda w: {})(world)))
        expected = CHART_POLICY if name == "indicator-chart" else POLICY
        policy = response.get("Content-Security-Policy")
        if response.status_code >= 500 or policy is None or directives(policy) != directives(expected):
            wrong[name] = (response.status_code, policy)
    assert not wrong
    assert len(ADDRESSES) > 80  # every address was found


@pytest.mark.parametrize("path", ["/admin/", "/admin/meetings/meeting/", "/admin/meetings/meeting/add/"])
def test_the_admin_sends_the_policy(client, path):
    client.force_login(DemocraticServicesUserFactory())
    response = client.get(path)
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == directives(POLICY)


def test_the_admin_sign_in_sends_the_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"]) == directives(POLICY)


def test_the_error_pages_send_the_policy(client, monkeypatch):
    assert directives(client.get("/no-such-page/")["Content-Security-Policy"]) == directives(POLICY)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(HomeView, "get", broken)
    response = Client(raise_request_exception=False).get(reverse("home"))
    assert response.status_code == 500
    assert directives(response["Content-Security-Policy"]) == directives(POLICY)


def test_every_environment_enforces_the_same_policy():
    """base.py sets it, so the demo and the tests enforce exactly what production does (not report-only)."""
    from scrutiny.settings import base

    assert settings.CONTENT_SECURITY_POLICY == base.CONTENT_SECURITY_POLICY
    assert not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
    assert "csp.middleware.CSPMiddleware" in settings.MIDDLEWARE
