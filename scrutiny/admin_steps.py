"""Admin actions that take one workflow step on each selected row: the step refuses what makes no sense for a
row (a ValidationError), and Democratic Services are told, row by row, what was done or why it was not. Steps
that need a reason (returning, withdrawing, rejecting) ask for it on a page of their own first."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.response import TemplateResponse

# What the reason page says of a reason for refusing what the public sent (a question, a petition).
REASON_EMAILED = (
    "The reason is emailed to the person who sent each of these, and kept with it. It is never published."
)


REASON_MAX_LENGTH = 5000


class ReasonForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
        label="Reason",
        max_length=REASON_MAX_LENGTH,
        error_messages={
            "required": "Give the reason.",
            "max_length": f"Give the reason in {REASON_MAX_LENGTH:,} characters or fewer.",
        },
    )


def take_each(model_admin, request, rows, step: Callable, done: Callable) -> None:
    """`step(row)` for each row, each in its own transaction; `done(row, result)` returns what to tell of a
    success, or None when it has told it itself."""
    for row in rows:
        try:
            with transaction.atomic():
                result = step(row)
        except ValidationError as error:
            model_admin.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            if (text := done(row, result)) is not None:
                model_admin.message_user(request, text, messages.SUCCESS)


def take_each_with_reason(
    model_admin, request, rows, *, title: str, explanation: str, step: Callable, done: Callable
):
    """Show the page asking for the reason (saying, in `explanation`, who reads it); once it is given, take
    `step(row, reason)` for each row."""
    form = ReasonForm(request.POST if "apply" in request.POST else None)
    if form.is_bound and form.is_valid():
        reason = form.cleaned_data["reason"]
        take_each(model_admin, request, rows, lambda row: step(row, reason), done)
        return None
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "explanation": explanation,
        "opts": model_admin.model._meta,
        "form": form,
        "chosen": rows,
        "action_name": request.POST.get("action"),
        "action_checkbox_name": ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/reason.html", context)
