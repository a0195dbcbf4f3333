"""The public's pages for taking part: asking a question at a meeting, starting a petition, signing one and
confirming the signature. No sign-in. Every POST is rate-limited per IP address (throttle.py); a submission
that fills the honeypot is answered as if it had worked, and nothing is kept or sent."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from meetings.models import Meeting
from scrutiny.clients import client_address

from . import deadlines, petitions, questions
from .forms import ConfirmSignatureForm, PetitionForm, QuestionForm, SignatureForm
from .models import OnlinePetition
from .throttle import limit_posts

logger = logging.getLogger(__name__)
CLOSED_PER_PAGE = 20


def bound(form_class, request):
    return form_class(request.POST if request.method == "POST" else None)


def dropped_as_spam(request, form) -> bool:
    if form.is_spam:
        logger.info(
            "Dropped a %s from %s: the honeypot was filled in.", type(form).__name__, client_address(request)
        )
    return form.is_spam


# --- questions -----------------------------------------------------------------------------------------


@limit_posts("question")
def ask_question(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("committee__committee_type"), pk=pk)
    refusal = deadlines.why_questions_are_refused(meeting)
    form = bound(QuestionForm, request)
    if refusal is None and form.is_bound and form.is_valid():
        if dropped_as_spam(request, form):
            return redirect("question-submitted", pk=meeting.pk)
        data = form.cleaned_data
        try:
            questions.submit_question(
                meeting,
                questioner=data["questioner"],
                email=data["email"],
                question=data["question"],
                attending=data["attending"],
            )
        except questions.QuestionsClosed as closed:
            refusal = closed.message  # the deadline passed, or the meeting was cancelled, while they wrote
        else:
            return redirect("question-submitted", pk=meeting.pk)
    if refusal:
        # Give back a question that came too late, so the resident does not lose what they wrote.
        context = {"meeting": meeting, "refusal": refusal, "unsent": request.POST.get("question", "")}
        return render(request, "participation/questions_closed.html", context)
    context = {
        "meeting": meeting,
        "form": form,
        "last_day": deadlines.last_day_for_questions(meeting.date, meeting.rules),
    }
    return render(request, "participation/question_form.html", context)


def question_submitted(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    return render(request, "participation/question_submitted.html", {"meeting": meeting})


# --- petitions -----------------------------------------------------------------------------------------


def petition_list(request):
    today = timezone.localdate()
    closed = OnlinePetition.objects.closed(today).order_by("-closes_on", "-pk")
    context = {
        "open_petitions": OnlinePetition.objects.open(today).order_by("closes_on", "pk"),
        "page_obj": Paginator(closed, CLOSED_PER_PAGE).get_page(request.GET.get("page")),
        "threshold": settings.PETITION_DEBATE_THRESHOLD,
    }
    return render(request, "participation/petition_list.html", context)


@limit_posts("petition")
def start_petition(request):
    form = bound(PetitionForm, request)
    if form.is_bound and form.is_valid():
        if not dropped_as_spam(request, form):
            data = form.cleaned_data
            petitions.submit_petition(
                title=data["title"],
                prayer=data["prayer"],
                lead_petitioner=data["lead_petitioner"],
                email=data["email"],
            )
        return redirect("petition-submitted")
    return render(request, "participation/petition_form.html", {"form": form})


def petition_submitted(request):
    return render(request, "participation/petition_submitted.html")


def can_preview(user) -> bool:
    """Democratic Services see a petition before it is published, as the public will."""
    return user.is_active and user.is_staff and user.has_perm("participation.view_onlinepetition")


def published_petition(request, pk) -> OnlinePetition:
    petition = get_object_or_404(
        OnlinePetition.objects.select_related("presented_as__meeting__committee"), pk=pk
    )
    if not petition.is_published and not can_preview(request.user):
        raise Http404("No such petition.")
    return petition


def petition_detail(request, pk):
    petition = published_petition(request, pk)
    context = {"petition": petition, "threshold": settings.PETITION_DEBATE_THRESHOLD}
    return render(request, "participation/petition_detail.html", context)


@limit_posts("signature")
def sign_petition(request, pk):
    petition = published_petition(request, pk)
    if not petition.is_open():
        return render(request, "participation/petition_closed.html", {"petition": petition})
    form = bound(SignatureForm, request)
    if form.is_bound and form.is_valid():
        if not dropped_as_spam(request, form):
            data = form.cleaned_data
            petitions.sign(petition, name=data["name"], email=data["email"], postcode=data["postcode"])
        return redirect("signature-check-email", pk=petition.pk)
    return render(request, "participation/signature_form.html", {"petition": petition, "form": form})


def signature_check_email(request, pk):
    petition = published_petition(request, pk)
    return render(request, "participation/signature_check_email.html", {"petition": petition})


@limit_posts("confirmation")
def confirm_signature(request, pk, token):
    """The link in the email shows a button; only pressing it (a POST) confirms the signature, so a mail
    scanner that opens every link confirms nothing."""
    petition = published_petition(request, pk)
    signature = petition.signatures.filter(token=token).first()
    if signature is None:
        return render(request, "participation/link_invalid.html", {"petition": petition}, status=404)
    if signature.is_confirmed:
        messages.success(request, "Your signature is already confirmed. It is counted once.")
        return redirect(petition)
    if not petition.is_open():
        return render(request, "participation/petition_closed.html", {"petition": petition})
    form = bound(ConfirmSignatureForm, request)
    if form.is_bound and form.is_valid():
        if dropped_as_spam(request, form):
            return redirect(petition)
        try:
            petitions.confirm(petition.pk, token)
        except petitions.PetitionClosed:  # it closed at midnight while the page was open
            return render(request, "participation/petition_closed.html", {"petition": petition})
        messages.success(request, "Your signature is confirmed. Thank you for signing.")
        return redirect(petition)
    return render(request, "participation/signature_confirm.html", {"petition": petition, "form": form})
