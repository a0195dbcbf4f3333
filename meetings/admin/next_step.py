"""The meeting's next step, confirmed on a page of its workspace: what the step will do (publish, summon the
members, alert the subscribers, build the packs — each app says its part), what stands in its way, and one
button that takes it through meetings.cycle.take_next_step (the workflow's own functions), then says what was
done. Refused while a blocker stands; a warning must be confirmed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from meetings import cycle, summons
from meetings.models import Meeting

from . import workspace
from .base import long_date, plural
from .cycle import blockers_of_step
from .meetings import ApprovingMeetingField, approving_candidates, late_publication_warning

Status = Meeting.Status
StepEffect = workspace.StepEffect

TITLE = "Next step"


def own_effects(meeting: Meeting, step: str) -> list[StepEffect]:
    """What the step itself does, and the summons that goes with the agenda. At most two queries."""
    if step == Status.AGENDA_PUBLISHED:
        items = meeting.agenda_items.count()
        members = list(summons.memberships(meeting))
        emailed = [m.person for m in members if m.person.email]
        by_post = [m.person.name for m in members if not m.person.email]
        effects = [
            StepEffect(
                f"Publish the agenda ({plural(items, 'item')}) on the meeting's public page.",
                "The agenda is published.",
            ),
            StepEffect(
                f"Send the summons, with the agenda, to {plural(len(emailed), 'member')} of the committee by "
                "email.",
                f"The summons is on its way to {plural(len(emailed), 'member')}.",
            ),
        ]
        if by_post:
            names = ", ".join(by_post)
            effects.append(
                StepEffect(
                    f"{plural(len(by_post), 'member')} {'has' if len(by_post) == 1 else 'have'} no email "
                    f"address, so no summons by email: {names}. Send theirs by post.",
                    f"Send the summons by post to {names}.",
                )
            )
        return effects
    if step == Status.HELD:
        return [
            StepEffect(
                "Mark the meeting as held: its attendance and minutes can then be recorded.",
                "The meeting is marked as held.",
            )
        ]
    if step == Status.MINUTES_DRAFT:
        minutes = meeting.minutes.count()
        return [
            StepEffect(
                f"Publish the draft minutes ({plural(minutes, 'minute')}) on the meeting's public page, "
                "marked as draft until they are approved.",
                "The draft minutes are published.",
            )
        ]
    if step == Status.MINUTES_APPROVED:
        return [
            StepEffect(
                "Record the minutes as approved at the meeting you choose: from then on they are the signed "
                "record and cannot be changed.",
                "The minutes are approved.",
            )
        ]
    return []


workspace.add_step_effect(own_effects)


class NextStepForm(forms.Form):
    to = forms.CharField(widget=forms.HiddenInput, max_length=20)
    confirmed = forms.BooleanField(
        required=False, label="I have read the warnings above and want to take the step anyway."
    )

    def __init__(self, *args, meeting: Meeting, warnings: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings = warnings
        if not warnings:
            del self.fields["confirmed"]
        if meeting.status == Status.MINUTES_DRAFT:
            candidates = approving_candidates(meeting)
            next_meeting = candidates.first()
            self.fields["approved_at"] = ApprovingMeetingField(
                queryset=candidates,
                empty_label=None,
                initial=next_meeting.pk if next_meeting else None,
                label="Approved at the meeting of",
            )

    def clean_confirmed(self):
        if self.warnings and not self.cleaned_data["confirmed"]:
            raise ValidationError("Confirm the warnings to take the step, or fix them first.")
        return True


def _report(request, meeting: Meeting, result, effects: list[StepEffect]) -> None:
    for effect in effects:
        messages.success(request, effect.did)
    if isinstance(result, cycle.workflow.PublicationResult) and result.late:
        messages.warning(request, late_publication_warning(result))
    if isinstance(result, Meeting) and result.minutes_approved_at is not None:
        approved_at = long_date(result.minutes_approved_at.date)
        messages.success(request, f"They are recorded as approved at the meeting of {approved_at}.")


def next_step_view(request, meeting: Meeting, *, model_admin):
    step = cycle.next_step(meeting)
    found = blockers_of_step(meeting, step)
    refusing = [blocker for blocker in found if not blocker.warning]
    warnings = [blocker for blocker in found if blocker.warning]
    effects = workspace.step_effects(meeting, step.status) if step else []
    initial = {"to": step.status if step else ""}
    form = NextStepForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        meeting=meeting,
        warnings=bool(warnings),
    )
    if request.method == "POST":
        if step is None or request.POST.get("to") != step.status:
            messages.error(
                request,
                f"That step has already been taken: {meeting} is {meeting.get_status_display().lower()}.",
            )
        elif refusing:
            messages.error(request, "The step was not taken: fix what stands in its way first.")
        elif form.is_valid():
            try:
                result = cycle.take_next_step(
                    meeting, to=step.status, approved_at=form.cleaned_data.get("approved_at")
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                _report(request, meeting, result, effects)
                return HttpResponseRedirect(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title=TITLE,
        step=step,
        refusing=refusing,
        warnings=warnings,
        effects=effects,
        form=form,
        media=model_admin.media + form.media,
    )
    return TemplateResponse(request, "admin/meetings/meeting/next_step.html", context)


workspace.add_meeting_page(
    workspace.MeetingPage(slug="next-step", title=TITLE, view=next_step_view, order=10)
)
