"""Online petitions: starting one (the form, its honeypot and rate limit, the email to the lead petitioner),
Democratic Services publishing or rejecting it (participation.petitions and the admin's actions), the public
pages (unpublished petitions are not found; the list of open and closed ones), signing with an email address
confirmed from an emailed link (only the button confirms; an address signs once, and the page never says
whether it had), closing, the signature count and the debate threshold, and the admin's signatures."""

import html
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from participation import petitions, tasks
from participation.forms import PRAYER_MAX_CHARACTERS
from participation.models import OnlinePetition, Signature
from tests.factories import (
    ClosedPetitionFactory,
    ConfirmedSignatureFactory,
    DemocraticServicesUserFactory,
    MemberUserFactory,
    OnlinePetitionFactory,
    PetitionFactory,
    PublishedPetitionFactory,
    SignatureFactory,
)
from tests.responses import error_summary, messages_of

pytestmark = pytest.mark.django_db
REQUEST_TRANSACTION = 2  # ATOMIC_REQUESTS: the savepoint and its release
LONDON = ZoneInfo("Europe/London")
SITE = "https://committees.example.gov.uk"
TITLE = "Keep the Braunstone youth centre open"
PRAYER = "We ask the council to keep the youth centre open on weekday evenings."
LEAD = "Ms Jo Smith"
LEAD_ADDRESS = "jo.smith@example.org"
SIGNER = "Amrit Sandhu"
SIGNER_ADDRESS = "amrit.sandhu@example.org"
START = reverse("petition-new")
PETITIONS_ADMIN = reverse("admin:participation_onlinepetition_changelist")
SIGNATURES_ADMIN = reverse("admin:participation_signature_changelist")
Status = OnlinePetition.Status


@pytest.fixture(autouse=True)
def site(settings):
    settings.SITE_URL = SITE
    settings.COUNCIL_NAME = "Leicestershire County Council"
    settings.PETITION_OPEN_MONTHS = 6
    settings.PETITION_DEBATE_THRESHOLD = 3
    settings.PARTICIPATION_RATE_LIMITS = {
        "question": "5/h",
        "petition": "5/h",
        "signature": "30/h",
        "confirmation": "60/h",
    }
    settings.RATE_LIMIT_TRUSTED_PROXIES = 0


def text(response) -> str:
    return response.content.decode()


def readable(response) -> str:
    """The page as read: entities decoded, tags gone, each run of spaces one space."""
    return " ".join(re.sub(r"<[^>]+>", " ", html.unescape(text(response))).split())


def long_date(day) -> str:
    return f"{day:%A %-d %B %Y}"


def stored(petition) -> OnlinePetition:
    return OnlinePetition.objects.get(pk=petition.pk)


def post(client, url, data, captured=None):
    """POST `data` to `url`; `captured` (django_capture_on_commit_callbacks) lets its emails go."""
    if captured is None:
        return client.post(url, data)
    with captured(execute=True):
        return client.post(url, data)


# --- starting a petition ---------------------------------------------------------------------------------


def new_petition(**overrides) -> dict:
    return {"title": TITLE, "prayer": PRAYER, "lead_petitioner": LEAD, "email": LEAD_ADDRESS, **overrides}


def test_the_form_explains_the_checks_and_hides_a_trap_for_robots(client):
    response = client.get(START)
    assert response.status_code == 200
    page = text(response)
    assert "<title>Start a petition –" in page
    assert "Democratic Services check every petition" in page
    for name in ("title", "prayer", "lead_petitioner", "email"):
        assert f'name="{name}"' in page
    trap = re.search(r'<div\s+hidden="hidden">\s*(<div id="div_id_website".*?</div>)', page, re.S)
    assert trap and 'tabindex="-1"' in trap[1]


def test_a_petition_is_kept_for_checking_and_the_lead_petitioner_is_emailed(
    client, django_capture_on_commit_callbacks
):
    response = post(client, START, new_petition(), django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == reverse("petition-submitted")
    petition = OnlinePetition.objects.get()
    assert (petition.title, petition.prayer, petition.lead_petitioner, petition.lead_petitioner_email) == (
        TITLE,
        PRAYER,
        LEAD,
        LEAD_ADDRESS,
    )
    assert petition.status == Status.SUBMITTED
    assert (petition.published_at, petition.closes_on, petition.signature_count) == (None, None, 0)
    (message,) = mail.outbox
    assert message.to == [LEAD_ADDRESS]
    assert message.subject == f'Your petition "{TITLE}" has been sent for checking'
    assert message.body.startswith(f"Dear {LEAD},\n\nThank you for your petition:\n\n{TITLE}\n\n{PRAYER}\n")
    assert "Your email address is never published" in message.body


def test_the_submitted_page_says_what_happens_next(client):
    page = readable(client.get(post(client, START, new_petition())["Location"]))
    assert "Petition sent for checking" in page
    assert "Democratic Services will check your petition." in page


@pytest.mark.parametrize(
    "overrides, errors",
    [
        (
            {"title": "", "prayer": "", "lead_petitioner": "", "email": ""},
            [
                "Enter a title for your petition",
                "Enter what you want the council to do",
                "Enter your full name",
                "Enter your email address",
            ],
        ),
        ({"title": "T" * 151}, ["The title must be 150 characters or fewer"]),
        (
            {"prayer": "P" * (PRAYER_MAX_CHARACTERS + 1)},
            [f"What you want the council to do must be {PRAYER_MAX_CHARACTERS} characters or fewer"],
        ),
        ({"email": "jo.smith@"}, ["Enter an email address in the correct format, like name@example.com"]),
    ],
    ids=["blank", "title-too-long", "prayer-too-long", "bad-email"],
)
def test_each_mistake_is_explained_and_nothing_is_kept_or_sent(
    client, overrides, errors, django_capture_on_commit_callbacks
):
    response = post(client, START, new_petition(**overrides), django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert re.search(r"<title>Error: Start a petition –", text(response))
    assert error_summary(response) == errors
    assert not OnlinePetition.objects.exists()
    assert not mail.outbox


def test_a_robot_filling_in_the_trap_is_thanked_and_nothing_is_kept_or_sent(
    client, django_capture_on_commit_callbacks
):
    data = new_petition(website="https://spam.example")
    response = post(client, START, data, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == reverse("petition-submitted")
    assert not OnlinePetition.objects.exists()
    assert not mail.outbox


def test_too_many_petitions_from_one_address_get_a_clear_page(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PARTICIPATION_RATE_LIMITS = {**settings.PARTICIPATION_RATE_LIMITS, "petition": "2/d"}
    for n in range(2):
        response = post(client, START, new_petition(title=f"{TITLE} {n}"), django_capture_on_commit_callbacks)
        assert response.status_code == 302
    refused = post(client, START, new_petition(title="One too many"), django_capture_on_commit_callbacks)
    assert refused.status_code == 429
    assert "Too many requests" in readable(refused)
    assert "Please try again in a day." in readable(refused)
    assert OnlinePetition.objects.count() == 2
    assert not OnlinePetition.objects.filter(title="One too many").exists()
    assert len(mail.outbox) == 2
    assert client.get(START).status_code == 200
    assert post(Client(REMOTE_ADDR="192.0.2.44"), START, new_petition()).status_code == 302


def test_line_breaks_in_what_it_asks_count_as_one_character(client):
    paragraphs = "\r\n\r\n".join(["p" * 500, "p" * 498, "p" * 498])
    assert len(paragraphs.replace("\r\n", "\n")) == PRAYER_MAX_CHARACTERS < len(paragraphs)
    assert post(client, START, new_petition(prayer=paragraphs)).status_code == 302
    assert OnlinePetition.objects.get().prayer == paragraphs.replace("\r\n", "\n")


def test_every_email_about_a_petition_is_plain_text_however_its_title_is_written(democratic_services):
    title = "Keep St Mary's & St John's <open>"
    petition = OnlinePetitionFactory(title=title)
    tasks.email_petition_received(petition.pk)
    petitions.publish(petition)
    tasks.email_petition_decision(petition.pk)
    signature = SignatureFactory(petition=petition)
    tasks.email_signature_confirmation(signature.pk)
    petitions.confirm(petition.pk, signature.token)
    tasks.email_signature_confirmation(signature.pk)
    OnlinePetition.objects.filter(pk=petition.pk).update(debate_threshold_reached_at=timezone.now())
    tasks.alert_debate_threshold(petition.pk)
    rejected = OnlinePetitionFactory(title=title, status=Status.REJECTED, rejection_reason="Not <ours> & no.")
    tasks.email_petition_decision(rejected.pk)
    assert [message.subject for message in mail.outbox] == [
        f'Your petition "{title}" has been sent for checking',
        f'Your petition "{title}" is published',
        f"Confirm your signature: {title}",
        f"You have already signed: {title}",
        f'Petition "{title}" has reached 3 signatures',
        f'Your petition "{title}" cannot be published',
    ]
    for message in mail.outbox:
        assert title in message.body
        assert "&amp;" not in message.body and "&#x27;" not in message.body
    assert "Not <ours> & no." in mail.outbox[-1].body


# --- publishing and rejecting ----------------------------------------------------------------------------


def test_publishing_opens_it_for_the_months_the_council_sets_and_tells_the_lead_petitioner(
    settings, django_capture_on_commit_callbacks
):
    settings.PETITION_OPEN_MONTHS = 3
    petition = OnlinePetitionFactory(title=TITLE, lead_petitioner=LEAD, lead_petitioner_email=LEAD_ADDRESS)
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        petitions.publish(petition, now=now)
    petition = stored(petition)
    assert petition.status == Status.PUBLISHED
    assert petition.published_at == now
    assert petition.closes_on == timezone.localdate(now) + relativedelta(months=3)
    (message,) = mail.outbox
    assert message.to == [LEAD_ADDRESS]
    assert message.subject == f'Your petition "{TITLE}" is published'
    assert f"{TITLE}\n{SITE}{petition.get_absolute_url()}\n" in message.body
    assert f"It can be signed until the end of {long_date(petition.closes_on)}." in message.body


def test_the_default_closing_date_is_counted_in_calendar_months():
    petition = OnlinePetitionFactory()
    petitions.publish(petition, now=datetime(2024, 8, 31, 12, tzinfo=LONDON))
    assert stored(petition).closes_on == datetime(2025, 2, 28).date()  # no 31 February


def test_a_closing_date_democratic_services_set_is_kept():
    closes_on = timezone.localdate() + timedelta(days=45)
    petition = OnlinePetitionFactory(closes_on=closes_on)
    petitions.publish(petition)
    assert stored(petition).closes_on == closes_on


def test_a_closing_date_in_the_past_is_refused():
    petition = OnlinePetitionFactory(title=TITLE, closes_on=timezone.localdate() - timedelta(days=1))
    with pytest.raises(ValidationError) as refused:
        petitions.publish(petition)
    assert refused.value.messages == [
        f'The petition "{TITLE}" has a closing date in the past '
        f"({petition.closes_on:%-d %B %Y}): set a later one, or clear it, before publishing."
    ]
    assert stored(petition).status == Status.SUBMITTED


def test_rejecting_needs_a_reason_which_the_lead_petitioner_is_sent(django_capture_on_commit_callbacks):
    petition = OnlinePetitionFactory(title=TITLE, lead_petitioner_email=LEAD_ADDRESS)
    with pytest.raises(ValidationError, match="Give the reason the petition is rejected"):
        petitions.reject(petition, "   ")
    assert stored(petition).status == Status.SUBMITTED
    reason = "The youth centre is run by the city council, not the county council."
    with django_capture_on_commit_callbacks(execute=True):
        petitions.reject(petition, f" {reason} ")
    assert (stored(petition).status, stored(petition).rejection_reason) == (Status.REJECTED, reason)
    (message,) = mail.outbox
    assert message.to == [LEAD_ADDRESS]
    assert message.subject == f'Your petition "{TITLE}" cannot be published'
    assert f"for this reason:\n\n{reason}\n" in message.body


@pytest.mark.parametrize("first", ["publish", "reject"])
@pytest.mark.parametrize("second", ["publish", "reject"])
def test_a_petition_is_decided_once(first, second, django_capture_on_commit_callbacks):
    petition = OnlinePetitionFactory(title=TITLE)
    decide = {"publish": petitions.publish, "reject": lambda p: petitions.reject(p, "Not the council's.")}
    with django_capture_on_commit_callbacks(execute=True):
        decide[first](petition)
    decided = stored(petition)
    with pytest.raises(ValidationError) as refused, django_capture_on_commit_callbacks(execute=True):
        decide[second](petition)
    assert refused.value.messages == [
        f'The petition "{TITLE}" is already {decided.get_status_display().lower()}.'
    ]
    assert stored(petition).status == decided.status
    assert len(mail.outbox) == 1


@pytest.fixture
def staff(client):
    client.force_login(DemocraticServicesUserFactory())
    return client


def run_action(client, action, *chosen, url=PETITIONS_ADMIN, **data):
    """Choose `action` on an admin list with `chosen` ticked, as Go does."""
    return client.post(
        url, {"action": action, ACTION_CHECKBOX_NAME: [row.pk for row in chosen], "index": 0, **data}
    )


def test_publishing_in_the_admin_reports_the_closing_date_of_each(staff, django_capture_on_commit_callbacks):
    without_date = OnlinePetitionFactory(title="Without a date")
    with_date = OnlinePetitionFactory(
        title="With a date", closes_on=timezone.localdate() + timedelta(days=45)
    )
    rejected = OnlinePetitionFactory(title="Rejected", status=Status.REJECTED, rejection_reason="No.")
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(staff, "publish_petitions", without_date, with_date, rejected)
    assert response.status_code == 302
    default = timezone.localdate() + relativedelta(months=6)
    assert set(messages_of(response)) == {
        (
            "success",
            f'"Without a date" is published until the end of {default:%-d %B %Y}; '
            "the lead petitioner is told.",
        ),
        (
            "success",
            f'"With a date" is published until the end of {with_date.closes_on:%-d %B %Y}; '
            "the lead petitioner is told.",
        ),
        ("error", 'The petition "Rejected" is already rejected.'),
    }
    assert stored(without_date).closes_on == default
    assert {stored(without_date).status, stored(with_date).status} == {Status.PUBLISHED}
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [without_date.lead_petitioner_email, with_date.lead_petitioner_email]
    )


def test_rejecting_in_the_admin_asks_for_the_reason_first(staff, django_capture_on_commit_callbacks):
    petition = OnlinePetitionFactory(title=TITLE)
    asked = run_action(staff, "reject_petitions", petition)
    assert asked.status_code == 200
    assert "<title>Reject the petitions |" in text(asked)
    assert f"<li>{TITLE}</li>" in text(asked)
    assert stored(petition).status == Status.SUBMITTED
    blank = run_action(staff, "reject_petitions", petition, apply="Reject the petitions", reason="")
    assert blank.status_code == 200 and "Give the reason" in text(blank)
    assert stored(petition).status == Status.SUBMITTED
    reason = "It asks for something the county council does not do."
    with django_capture_on_commit_callbacks(execute=True):
        done = run_action(staff, "reject_petitions", petition, apply="Reject the petitions", reason=reason)
    assert done.status_code == 302
    assert messages_of(done) == [("success", f'"{TITLE}" is rejected; the lead petitioner is told why.')]
    assert (stored(petition).status, stored(petition).rejection_reason) == (Status.REJECTED, reason)
    (message,) = mail.outbox
    assert reason in message.body


def test_the_admin_changes_the_status_only_through_its_actions(staff):
    petition = OnlinePetitionFactory()
    page = text(staff.get(reverse("admin:participation_onlinepetition_change", args=[petition.pk])))
    assert 'name="status"' not in page and 'name="signature_count"' not in page
    assert 'name="closes_on"' in page
    assert staff.get(reverse("admin:participation_onlinepetition_add")).status_code == 403


def change_petition(client, petition, **changes):
    data = {
        "title": petition.title,
        "prayer": petition.prayer,
        "lead_petitioner": petition.lead_petitioner,
        "lead_petitioner_email": petition.lead_petitioner_email,
        "closes_on": petition.closes_on.isoformat() if petition.closes_on else "",
        "presented_as": "",
        **changes,
    }
    return client.post(reverse("admin:participation_onlinepetition_change", args=[petition.pk]), data)


def test_democratic_services_may_move_the_closing_date_of_a_published_petition(staff):
    petition = PublishedPetitionFactory()
    later = petition.closes_on + timedelta(days=14)
    assert change_petition(staff, petition, closes_on=later.isoformat()).status_code == 302
    assert stored(petition).closes_on == later


def test_a_published_petition_cannot_lose_its_closing_date(staff):
    petition = PublishedPetitionFactory()
    response = change_petition(staff, petition, closes_on="")
    assert response.status_code == 200
    assert "Enter the closing date: a published petition needs one." in text(response)
    assert stored(petition).closes_on == petition.closes_on


def test_a_petition_waiting_to_be_checked_may_have_no_closing_date_yet(staff):
    petition = OnlinePetitionFactory(closes_on=timezone.localdate() + timedelta(days=30))
    assert change_petition(staff, petition, closes_on="").status_code == 302
    assert stored(petition).closes_on is None


# --- the public pages ------------------------------------------------------------------------------------


def public_urls(petition) -> list[str]:
    token = SignatureFactory(petition=petition).token
    return [
        petition.get_absolute_url(),
        reverse("petition-sign", args=[petition.pk]),
        reverse("signature-check-email", args=[petition.pk]),
        reverse("signature-confirm", args=[petition.pk, token]),
    ]


@pytest.mark.parametrize(
    "unpublished",
    [
        lambda: OnlinePetitionFactory(),
        lambda: OnlinePetitionFactory(status=Status.REJECTED, rejection_reason="Not the council's."),
    ],
    ids=["submitted", "rejected"],
)
@pytest.mark.parametrize("who", ["public", "member"])
def test_an_unpublished_petition_is_not_found(client, unpublished, who):
    petition = unpublished()
    if who == "member":
        client.force_login(MemberUserFactory())
    for url in public_urls(petition):
        assert client.get(url).status_code == 404, url
    assert client.post(reverse("petition-sign", args=[petition.pk]), {"name": SIGNER}).status_code == 404
    assert petition.title not in text(client.get(reverse("petition-list")))


def test_democratic_services_preview_an_unpublished_petition(staff):
    petition = OnlinePetitionFactory(title=TITLE, prayer=PRAYER, lead_petitioner=LEAD)
    response = staff.get(petition.get_absolute_url())
    assert response.status_code == 200
    page = readable(response)
    assert (
        "Preview: this petition is submitted, awaiting moderation and not published. "
        "Only Democratic Services can see it." in page
    )
    assert TITLE in page and PRAYER in page and f"Started by {LEAD}." in page
    assert "Sign this petition" not in page
    assert LEAD_ADDRESS not in page


def test_democratic_services_previewing_the_signing_are_told_it_is_not_published(staff):
    petition = OnlinePetitionFactory(title=TITLE)
    for response in (staff.get(sign_url(petition)), staff.post(sign_url(petition), signing())):
        assert response.status_code == 200
        page = readable(response)
        assert f"This petition is not published: {TITLE} –" in page
        assert "It can be signed only once it is published." in page
        assert "closed" not in page
    assert not Signature.objects.exists()


def test_a_published_petition_shows_its_count_and_how_long_it_is_open(client):
    petition = PublishedPetitionFactory(title=TITLE, prayer=PRAYER, lead_petitioner=LEAD, signature_count=1)
    ConfirmedSignatureFactory(petition=petition, name=SIGNER, email=SIGNER_ADDRESS, postcode="LE3 8RA")
    page = readable(client.get(petition.get_absolute_url()))
    assert f"{TITLE}: petition –" in page
    assert "1 signature " in page
    assert f"You can sign this petition until the end of {long_date(petition.closes_on)}." in page
    assert f'href="{reverse("petition-sign", args=[petition.pk])}"' in text(
        client.get(petition.get_absolute_url())
    )
    assert "Preview" not in page
    # Only the number of signatures is published: never who signed, nor the lead petitioner's address.
    for private in (SIGNER, SIGNER_ADDRESS, "LE3 8RA", petition.lead_petitioner_email):
        assert private not in page


def test_a_petition_presented_to_a_meeting_links_to_it(client):
    presented = PetitionFactory()
    petition = ClosedPetitionFactory(presented_as=presented)
    page = text(client.get(petition.get_absolute_url()))
    assert f'href="{presented.meeting.get_absolute_url()}"' in page
    assert "It can no longer be signed." in page


def test_the_list_shows_open_and_closed_petitions_only(client):
    soon = PublishedPetitionFactory(title="Closes soon", closes_on=timezone.localdate() + timedelta(days=2))
    later = PublishedPetitionFactory(
        title="Closes later", closes_on=timezone.localdate() + timedelta(days=60)
    )
    today = PublishedPetitionFactory(title="Closes today", closes_on=timezone.localdate())
    recently = ClosedPetitionFactory(title="Closed yesterday")
    long_ago = ClosedPetitionFactory(
        title="Closed long ago", closes_on=timezone.localdate() - timedelta(days=90)
    )
    OnlinePetitionFactory(title="Waiting to be checked")
    OnlinePetitionFactory(title="Turned down", status=Status.REJECTED, rejection_reason="No.")
    response = client.get(reverse("petition-list"))
    assert list(response.context["open_petitions"]) == [today, soon, later]
    assert list(response.context["page_obj"]) == [recently, long_ago]
    page = readable(response)
    assert "Waiting to be checked" not in page and "Turned down" not in page
    open_part, closed_part = page.split("Closed petitions")
    assert "Closes today" in open_part and "Closed yesterday" not in open_part
    assert f"Closed at the end of {recently.closes_on:%-d %B %Y}." in closed_part


def test_the_list_says_when_there_are_none(client):
    page = readable(client.get(reverse("petition-list")))
    assert "No petitions are open for signatures at the moment." in page
    assert "No petitions have closed yet." in page
    assert "A petition with 3 signatures or more is debated by the council." in page


def test_closed_petitions_come_in_pages(client):
    ClosedPetitionFactory.create_batch(21)
    first = client.get(reverse("petition-list"))
    assert len(first.context["page_obj"]) == 20
    assert 'href="?page=2"' in text(first)
    second = client.get(reverse("petition-list"), {"page": 2})
    assert len(second.context["page_obj"]) == 1
    assert "Page 2 of 2" in readable(second)
    assert client.get(reverse("petition-list"), {"page": "nonsense"}).status_code == 200


def test_the_list_costs_the_same_however_many_petitions(client, django_assert_max_num_queries):
    PublishedPetitionFactory()
    ClosedPetitionFactory()
    # The open petitions, and the count and the page of the closed ones.
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):
        client.get(reverse("petition-list"))
    PublishedPetitionFactory.create_batch(15, debate_threshold_reached_at=timezone.now())
    ClosedPetitionFactory.create_batch(30)
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 3):
        page = readable(client.get(reverse("petition-list")))
    assert page.count("enough for a debate") == 15


# --- signing ---------------------------------------------------------------------------------------------


@pytest.fixture
def petition():
    return PublishedPetitionFactory(title=TITLE)


def sign_url(petition) -> str:
    return reverse("petition-sign", args=[petition.pk])


def signing(**overrides) -> dict:
    return {"name": SIGNER, "email": SIGNER_ADDRESS, "postcode": "le3 8ra", "website": "", **overrides}


def confirmation_link(message) -> str:
    """The path of the confirmation link in an email."""
    match = re.search(rf"{re.escape(SITE)}(/petitions/\d+/sign/confirm/[A-Za-z0-9_-]+/)\n", message.body)
    assert match, message.body
    return match[1]


def test_the_signing_form_says_only_the_count_is_published(client, petition):
    page = readable(client.get(sign_url(petition)))
    assert f"Sign the petition: {TITLE} –" in page
    assert "Only the number of signatures is published, never your name, email address or postcode." in page


def test_signing_keeps_a_signature_waiting_for_confirmation_and_emails_the_link(
    client, petition, django_capture_on_commit_callbacks
):
    response = post(
        client,
        sign_url(petition),
        signing(email=" Amrit.Sandhu@Example.org "),
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("signature-check-email", args=[petition.pk])
    signature = Signature.objects.get()
    assert (signature.petition, signature.name, signature.email, signature.postcode) == (
        petition,
        SIGNER,
        SIGNER_ADDRESS,
        "LE3 8RA",
    )
    assert signature.confirmed_at is None
    assert stored(petition).signature_count == 0
    (message,) = mail.outbox
    assert message.to == [SIGNER_ADDRESS]
    assert message.subject == f"Confirm your signature: {TITLE}"
    assert confirmation_link(message) == signature.get_confirmation_url()
    assert f"Confirm by the end of {long_date(petition.closes_on)}, when the petition closes." in message.body
    assert "If you did not sign this petition, ignore this email" in message.body


def test_the_check_your_email_page(client, petition):
    page = readable(client.get(post(client, sign_url(petition), signing())["Location"]))
    assert "Check your email" in page
    assert "it is not counted until you do" in page


@pytest.mark.parametrize(
    "overrides, errors",
    [
        ({"name": "", "email": ""}, ["Enter your full name", "Enter your email address"]),
        ({"email": "amrit"}, ["Enter an email address in the correct format, like name@example.com"]),
        ({"postcode": "LE3"}, ["Enter a real postcode, like LE3 8RA"]),
        ({"postcode": "12345"}, ["Enter a real postcode, like LE3 8RA"]),
        ({"postcode": "LE3 8RAX"}, ["Enter a real postcode, like LE3 8RA"]),
        ({"postcode": "LE3 8R4"}, ["Enter a real postcode, like LE3 8RA"]),
    ],
    ids=["blank", "bad-email", "outward-code-only", "digits", "too-long", "digit-in-unit"],
)
def test_each_mistake_in_a_signature_is_explained_and_nothing_is_kept(
    client, petition, overrides, errors, django_capture_on_commit_callbacks
):
    response = post(client, sign_url(petition), signing(**overrides), django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert re.search(r"<title>Error: Sign the petition: ", text(response))
    assert error_summary(response) == errors
    assert not Signature.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "typed, kept",
    [
        ("le38ra", "LE3 8RA"),
        ("  LE3   8RA ", "LE3 8RA"),
        ("sw1a1aa", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("W1A 0AX", "W1A 0AX"),
        ("gir0aa", "GIR 0AA"),
        ("", ""),
    ],
)
def test_a_postcode_is_kept_in_its_usual_form(client, petition, typed, kept):
    assert post(client, sign_url(petition), signing(postcode=typed)).status_code == 302
    assert Signature.objects.get().postcode == kept


def test_opening_the_link_asks_and_only_the_button_confirms(
    client, petition, django_capture_on_commit_callbacks
):
    post(client, sign_url(petition), signing(), django_capture_on_commit_callbacks)
    link = confirmation_link(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200
    assert f"Confirm your signature: {TITLE} –" in readable(page)
    assert (
        '<button type="submit" class="govuk-button" data-module="govuk-button">Confirm my signature</button>'
        in (text(page))
    )
    assert client.head(link).status_code == 200
    assert Signature.objects.get().confirmed_at is None, (
        "opening the link (as a mail scanner does) confirms nothing"
    )
    assert stored(petition).signature_count == 0

    confirmed = client.post(link)
    assert confirmed.status_code == 302 and confirmed["Location"] == petition.get_absolute_url()
    assert messages_of(confirmed) == [("success", "Your signature is confirmed. Thank you for signing.")]
    assert Signature.objects.get().confirmed_at is not None
    assert stored(petition).signature_count == 1
    assert "1 signature " in readable(client.get(petition.get_absolute_url()))


def test_the_confirm_button_is_protected_against_forged_requests(petition):
    signature = SignatureFactory(petition=petition)
    forger = Client(enforce_csrf_checks=True)
    assert forger.post(signature.get_confirmation_url()).status_code == 403
    assert not Signature.objects.get().is_confirmed


def test_confirming_twice_counts_once(client, petition):
    signature = SignatureFactory(petition=petition)
    ConfirmedSignatureFactory(petition=petition)
    client.get(client.post(signature.get_confirmation_url())["Location"])  # its message is read
    again = client.post(signature.get_confirmation_url())
    assert again.status_code == 302 and again["Location"] == petition.get_absolute_url()
    assert messages_of(again) == [("success", "Your signature is already confirmed. It is counted once.")]
    opened = client.get(signature.get_confirmation_url())
    assert opened.status_code == 302, "an opened link of a confirmed signature shows the petition"
    assert stored(petition).signature_count == 2
    first = petitions.confirm(petition.pk, signature.token)
    assert first.newly_confirmed is False
    assert stored(petition).signature_count == 2


def test_the_same_address_signs_once_and_the_page_says_the_same_either_way(
    client, petition, django_capture_on_commit_callbacks
):
    pages = []
    for email in (SIGNER_ADDRESS, SIGNER_ADDRESS.upper(), "someone.else@example.org"):
        response = post(client, sign_url(petition), signing(email=email), django_capture_on_commit_callbacks)
        assert response["Location"] == reverse("signature-check-email", args=[petition.pk])
        pages.append(text(client.get(response["Location"])))
    assert pages[0] == pages[1] == pages[2]
    assert sorted(Signature.objects.values_list("email", flat=True)) == [
        "amrit.sandhu@example.org",
        "someone.else@example.org",
    ]
    # Signing again before confirming sends the same link again.
    assert [m.to for m in mail.outbox[:2]] == [[SIGNER_ADDRESS], [SIGNER_ADDRESS]]
    assert confirmation_link(mail.outbox[0]) == confirmation_link(mail.outbox[1])


def test_signing_again_once_confirmed_sends_a_note_and_counts_nothing_more(
    client, petition, django_capture_on_commit_callbacks
):
    signature = ConfirmedSignatureFactory(petition=petition, email=SIGNER_ADDRESS, name=SIGNER)
    petitions.recount(petition)
    response = post(
        client, sign_url(petition), signing(name="Someone Else"), django_capture_on_commit_callbacks
    )
    assert response["Location"] == reverse("signature-check-email", args=[petition.pk])
    assert Signature.objects.get() == signature
    assert Signature.objects.get().name == SIGNER
    (message,) = mail.outbox
    assert message.to == [SIGNER_ADDRESS]
    assert message.subject == f"You have already signed: {TITLE}"
    assert f"You signed it on {timezone.localdate(signature.confirmed_at):%-d %B %Y}" in message.body
    assert "/confirm/" not in message.body
    assert stored(petition).signature_count == 1


def test_a_robot_filling_in_the_trap_is_told_to_check_its_email_and_nothing_is_kept(
    client, petition, django_capture_on_commit_callbacks
):
    response = post(
        client,
        sign_url(petition),
        signing(website="https://spam.example"),
        django_capture_on_commit_callbacks,
    )
    assert response["Location"] == reverse("signature-check-email", args=[petition.pk])
    assert not Signature.objects.exists()
    assert not mail.outbox


def test_a_robot_pressing_the_button_with_the_trap_filled_in_confirms_nothing(client, petition):
    signature = SignatureFactory(petition=petition)
    response = client.post(signature.get_confirmation_url(), {"website": "https://spam.example"})
    assert response.status_code == 302
    assert not Signature.objects.get().is_confirmed
    assert stored(petition).signature_count == 0


def test_too_many_signatures_or_confirmations_from_one_address_are_refused(client, petition, settings):
    settings.PARTICIPATION_RATE_LIMITS = {
        **settings.PARTICIPATION_RATE_LIMITS,
        "signature": "2/h",
        "confirmation": "1/h",
    }
    for n in range(2):
        assert post(client, sign_url(petition), signing(email=f"signer{n}@example.org")).status_code == 302
    refused = post(client, sign_url(petition), signing(email="signer3@example.org"))
    assert refused.status_code == 429 and "Too many requests" in readable(refused)
    assert Signature.objects.count() == 2
    first, second = Signature.objects.all()
    assert client.post(first.get_confirmation_url()).status_code == 302
    assert client.post(second.get_confirmation_url()).status_code == 429
    assert [s.is_confirmed for s in Signature.objects.all()] == [True, False]
    # Opening a link is not limited.
    assert client.get(second.get_confirmation_url()).status_code == 200


# --- links that do not work ------------------------------------------------------------------------------


def test_an_unknown_token_gets_a_clear_page(client, petition):
    SignatureFactory(petition=petition)
    made_up = reverse("signature-confirm", args=[petition.pk, "A" * 43])
    for response in (client.get(made_up), client.post(made_up)):
        assert response.status_code == 404
        page = readable(response)
        assert "This link does not work –" in page
        assert "Check you copied the whole link from the email." in page
        assert f'href="{sign_url(petition)}"' in text(response)
    assert not Signature.objects.filter(confirmed_at__isnull=False).exists()


def test_a_token_for_another_petition_does_not_work(client, petition):
    other = SignatureFactory()
    response = client.post(reverse("signature-confirm", args=[petition.pk, other.token]))
    assert response.status_code == 404
    assert "This link does not work" in readable(response)
    assert not Signature.objects.get().is_confirmed


@pytest.mark.parametrize("token", ["short", "not+a+token+of+ours+at+all", "x" * 65])
def test_a_malformed_token_is_not_found(client, petition, token):
    response = client.get(f"/petitions/{petition.pk}/sign/confirm/{token}/")
    assert response.status_code == 404
    assert "Page not found" in readable(response)


def test_a_link_to_an_unknown_petition_is_not_found(client):
    assert client.get(reverse("signature-confirm", args=[987654, "A" * 43])).status_code == 404
    assert client.get(reverse("petition-detail", args=[987654])).status_code == 404


# --- closing ---------------------------------------------------------------------------------------------


def test_a_closed_petition_refuses_signatures(client, django_capture_on_commit_callbacks):
    petition = ClosedPetitionFactory(title=TITLE)
    for response in (
        client.get(sign_url(petition)),
        post(client, sign_url(petition), signing(), django_capture_on_commit_callbacks),
    ):
        assert response.status_code == 200
        page = readable(response)
        assert "This petition is closed" in page
        assert f"It closed at the end of {long_date(petition.closes_on)} and can no longer be signed." in page
        assert 'name="email"' not in text(response)
    assert not Signature.objects.exists()
    assert not mail.outbox
    with pytest.raises(petitions.PetitionClosed) as refused:
        petitions.sign(petition, name=SIGNER, email=SIGNER_ADDRESS)
    assert refused.value.message == (
        f"This petition closed at the end of {petition.closes_on:%-d %B %Y}: it takes no more signatures."
    )


def test_a_petition_open_today_takes_signatures_until_midnight(client):
    petition = PublishedPetitionFactory(closes_on=timezone.localdate())
    assert post(client, sign_url(petition), signing()).status_code == 302
    signature = Signature.objects.get()
    assert client.post(signature.get_confirmation_url()).status_code == 302
    assert stored(petition).signature_count == 1
    tomorrow = timezone.now() + timedelta(days=1)
    late = SignatureFactory(petition=petition)
    with pytest.raises(petitions.PetitionClosed):
        petitions.confirm(petition.pk, late.token, now=tomorrow)


def test_a_signature_not_confirmed_before_the_petition_closed_is_not_counted(client):
    petition = ClosedPetitionFactory()
    signature = SignatureFactory(petition=petition)
    for response in (
        client.get(signature.get_confirmation_url()),
        client.post(signature.get_confirmation_url()),
    ):
        assert response.status_code == 200
        assert "This petition is closed" in readable(response)
        assert "Signatures not confirmed by then are not counted." in readable(response)
    assert not Signature.objects.get().is_confirmed
    assert stored(petition).signature_count == 0
    with pytest.raises(petitions.PetitionClosed):
        petitions.confirm(petition.pk, signature.token)


def test_a_closed_petition_still_shows_its_count(client):
    petition = ClosedPetitionFactory(signature_count=41)
    page = readable(client.get(petition.get_absolute_url()))
    assert "41 signatures" in page
    assert f"This petition closed at the end of {long_date(petition.closes_on)}." in page
    assert "Sign this petition" not in page


# --- the count and the debate threshold ------------------------------------------------------------------


@pytest.fixture
def democratic_services():
    """Two of Democratic Services, one without an email address, and a former colleague."""
    DemocraticServicesUserFactory(username="ds.one", email="DS.One@example.gov.uk")
    DemocraticServicesUserFactory(username="ds.two", email="")
    DemocraticServicesUserFactory(username="ds.gone", email="ds.gone@example.gov.uk", is_active=False)
    return ["ds.one@example.gov.uk"]


def confirm_all(client, signatures, captured):
    for signature in signatures:
        with captured(execute=True):
            assert client.post(signature.get_confirmation_url()).status_code == 302


def test_democratic_services_are_told_once_when_the_threshold_is_reached(
    client, petition, democratic_services, django_capture_on_commit_callbacks
):
    signatures = SignatureFactory.create_batch(4, petition=petition)
    confirm_all(client, signatures[:2], django_capture_on_commit_callbacks)
    assert stored(petition).debate_threshold_reached_at is None
    assert not mail.outbox

    confirm_all(client, signatures[2:3], django_capture_on_commit_callbacks)
    reached = stored(petition)
    assert reached.signature_count == 3
    assert reached.debate_threshold_reached_at is not None and reached.debate_alert_sent_at is not None
    (alert,) = mail.outbox
    assert alert.to == democratic_services
    assert alert.subject == f'Petition "{TITLE}" has reached 3 signatures'
    assert (
        "now has 3 confirmed signatures. That reaches the council's threshold of 3 for a debate."
        in alert.body
    )
    assert f"{SITE}{petition.get_absolute_url()}\n" in alert.body
    assert f"{SITE}{reverse('admin:participation_onlinepetition_change', args=[petition.pk])}\n" in alert.body

    confirm_all(client, signatures[3:], django_capture_on_commit_callbacks)
    assert stored(petition).signature_count == 4
    assert stored(petition).debate_threshold_reached_at == reached.debate_threshold_reached_at
    assert len(mail.outbox) == 1
    assert "This petition has reached 3 signatures, so the council will debate it." in readable(
        client.get(petition.get_absolute_url())
    )


def test_the_alert_is_sent_once_however_often_the_task_runs(petition, democratic_services):
    petition.debate_threshold_reached_at = timezone.now()
    petition.save()
    assert tasks.alert_debate_threshold(petition.pk) is True
    sent_at = stored(petition).debate_alert_sent_at
    assert tasks.alert_debate_threshold(petition.pk) is False
    assert tasks.alert_debate_threshold(petition.pk) is False
    assert len(mail.outbox) == 1
    assert stored(petition).debate_alert_sent_at == sent_at


def test_no_alert_before_the_threshold_or_for_a_petition_that_is_gone(petition, democratic_services):
    assert tasks.alert_debate_threshold(petition.pk) is False
    assert tasks.alert_debate_threshold(987654) is False
    assert not mail.outbox


def test_with_nobody_to_tell_the_alert_waits_and_the_admin_shows_it(petition):
    petition.debate_threshold_reached_at = timezone.now()
    petition.save()
    assert tasks.alert_debate_threshold(petition.pk) is False
    assert stored(petition).debate_alert_sent_at is None
    DemocraticServicesUserFactory(email="ds.new@example.gov.uk")
    assert tasks.alert_debate_threshold(petition.pk) is True
    assert mail.outbox[0].to == ["ds.new@example.gov.uk"]


def test_the_admin_filters_petitions_by_the_debate_threshold(staff):
    reached = PublishedPetitionFactory(title="Reached", debate_threshold_reached_at=timezone.now())
    not_yet = PublishedPetitionFactory(title="Not yet")
    listed = {
        value: set(staff.get(PETITIONS_ADMIN, {"debate": value} if value else {}).context["cl"].result_list)
        for value in ("reached", "not_reached", None)
    }
    assert listed == {"reached": {reached}, "not_reached": {not_yet}, None: {reached, not_yet}}
    page = text(staff.get(PETITIONS_ADMIN))
    assert "By debate threshold" in page


def test_deleting_signatures_in_the_admin_recounts(staff, petition):
    reached_at = timezone.now()
    signatures = ConfirmedSignatureFactory.create_batch(4, petition=petition)
    unconfirmed = SignatureFactory(petition=petition)
    other = PublishedPetitionFactory()
    ConfirmedSignatureFactory(petition=other)
    petitions.recount(petition)
    petitions.recount(other)
    OnlinePetition.objects.filter(pk=petition.pk).update(debate_threshold_reached_at=reached_at)
    assert stored(petition).signature_count == 4

    one = staff.post(
        reverse("admin:participation_signature_delete", args=[signatures[0].pk]), {"post": "yes"}
    )
    assert one.status_code == 302
    assert stored(petition).signature_count == 3

    bulk = run_action(
        staff, "delete_selected", signatures[1], signatures[2], unconfirmed, url=SIGNATURES_ADMIN, post="yes"
    )
    assert bulk.status_code == 302
    assert list(petition.signatures.all()) == [signatures[3]]
    assert stored(petition).signature_count == 1
    assert stored(other).signature_count == 1
    # The threshold, once reached, stays reached: Democratic Services have been told.
    assert stored(petition).debate_threshold_reached_at == reached_at


def test_the_admin_shows_signatures_but_never_adds_or_changes_them(staff, petition):
    signature = ConfirmedSignatureFactory(petition=petition, name=SIGNER)
    page = staff.get(reverse("admin:participation_signature_change", args=[signature.pk]))
    assert page.status_code == 200
    assert 'name="name"' not in text(page)
    assert staff.get(reverse("admin:participation_signature_add")).status_code == 403
    listed = staff.get(SIGNATURES_ADMIN, {"confirmed_at__isempty": "0"})
    assert list(listed.context["cl"].result_list) == [signature]
