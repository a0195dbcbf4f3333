"""The meeting's papers page in the workspace: every agenda item with its papers, and on each item an
upload of several files at once, each with its title, kind, and exempt paragraph (Schedule 12A); replacing a
paper and removing one (papers/uploading.py says what each may do before and after publication).

One form per item. A script (js/paper_uploads.js) adds a row for each file chosen, to give its own title, kind
and exemption; without it, what the form says for every file applies to each, and titles come from the files'
names. Every file is checked before any is saved, and one bad file refuses them all, naming it."""

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from meetings.admin import workspace
from meetings.models import AgendaItem, Document, Meeting, Schedule12AParagraph
from scrutiny.uploads import MultipleFileField, kind_of, validate_upload

from . import supplements, uploading

TITLE_LENGTH = Document._meta.get_field("title").max_length
REASON_LENGTH = 2000
PARAGRAPHS = [("", "---------"), *Schedule12AParagraph.choices]


def check_paper(upload) -> None:
    """A paper is a PDF or a Word document (checked by its content, up to DOCUMENT_MAX_MEGABYTES): the packs
    print those."""
    validate_upload(upload, settings.DOCUMENT_MAX_MEGABYTES)
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    kind, name = kind_of(head, upload.name), upload.name.lower()
    if not (kind == "pdf" or name.endswith(".docx") and kind == "office" or name.endswith(".doc")):
        raise ValidationError(
            f"{upload.name} is not a PDF or a Word document: save it as a PDF, then upload it."
        )


def title_from(name: str) -> str:
    """ "Appendix_B-tender prices.pdf" → "Appendix B-tender prices"."""
    return " ".join(PurePath(name).stem.replace("_", " ").split())[:TITLE_LENGTH] or "Paper"


def paragraph_field(label="Schedule 12A paragraph") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        choices=PARAGRAPHS, coerce=int, empty_value=None, required=False, label=label
    )


def late_reason_field(meeting: Meeting) -> forms.CharField:
    return forms.CharField(
        label="Reason for urgency",
        required=supplements.needs_late_reason(meeting),
        max_length=REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text="The Chairman's reason: needed once the publication deadline "
        f"({meeting.publication_deadline:%-d %B %Y}) has passed.",
    )


class UploadForm(forms.Form):
    """Papers for one item. Row fields (title_0, kind_0, exempt_0, exempt_paragraph_0 …) give each file its
    own details; a file with no row takes the form's."""

    files = MultipleFileField(
        label="Files",
        help_text=f"PDF or Word, up to {settings.DOCUMENT_MAX_MEGABYTES} MB each and "
        f"{uploading.MAX_FILES} at once: hold Ctrl (or Shift) to choose several.",
    )
    kind = forms.ChoiceField(
        choices=Document.Kind.choices, initial=Document.Kind.REPORT, required=False, label="Kind"
    )
    exempt = forms.BooleanField(required=False, label="Exempt (Schedule 12A)")
    exempt_paragraph = paragraph_field()

    def __init__(self, *args, item: AgendaItem, meeting: Meeting, **kwargs):
        super().__init__(*args, prefix=f"item-{item.pk}", **kwargs)
        self.item = item
        if supplements.is_supplement(meeting):
            self.fields["late_reason"] = late_reason_field(meeting)
        self.uploads = self.files.getlist(self.add_prefix("files")) if self.is_bound else []
        self.rows = []
        for index, upload in enumerate(self.uploads[: uploading.MAX_FILES]):
            if self.add_prefix(f"kind_{index}") not in self.data:
                continue
            self.fields[f"title_{index}"] = forms.CharField(
                label="Title", max_length=TITLE_LENGTH, required=False, initial=title_from(upload.name)
            )
            self.fields[f"kind_{index}"] = forms.ChoiceField(choices=Document.Kind.choices, label="Kind")
            self.fields[f"exempt_{index}"] = forms.BooleanField(required=False, label="Exempt")
            self.fields[f"exempt_paragraph_{index}"] = paragraph_field()
            self.rows.append((index, upload.name))

    def row_fields(self):
        """Each file's row as the page shows it again after a refusal: its name and fields."""
        return [
            (name, [self[f"{field}_{index}"] for field in ("title", "kind", "exempt", "exempt_paragraph")])
            for index, name in self.rows
        ]

    def clean(self):
        data = super().clean()
        uploads = data.get("files") or []
        if len(uploads) > uploading.MAX_FILES:
            raise ValidationError(
                f"You chose {len(uploads)} files: upload at most {uploading.MAX_FILES} at once. "
                "Nothing was saved."
            )
        problems = []
        self.papers = []
        for index, upload in enumerate(uploads):
            try:
                check_paper(upload)
            except ValidationError as error:
                problems += error.messages
            row = f"_{index}" if f"kind_{index}" in self.fields else ""
            exempt = data.get(f"exempt{row}") or self.item.exempt
            paragraph = data.get(f"exempt_paragraph{row}") or (self.item.exempt_paragraph if exempt else None)
            if exempt and not paragraph:
                problems.append(
                    f"{upload.name} is marked exempt: choose the Schedule 12A paragraph that applies."
                )
            self.papers.append(
                uploading.NewPaper(
                    file=upload,
                    title=(data.get(f"title_{index}") or "").strip() or title_from(upload.name),
                    kind=data.get(f"kind{row}") or Document.Kind.REPORT,
                    exempt=bool(exempt),
                    exempt_paragraph=paragraph if exempt else None,
                )
            )
        if problems:
            raise ValidationError(
                [*problems, "Nothing was saved: choose the files again once that is put right."]
            )
        return data


class ReplaceForm(forms.Form):
    file = forms.FileField(
        label="New version",
        help_text=f"PDF or Word, up to {settings.DOCUMENT_MAX_MEGABYTES} MB.",
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        if supplements.is_supplement(meeting):
            self.fields["late_reason"] = late_reason_field(meeting)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_paper(upload)
        return upload


class ReasonForm(forms.Form):
    late_reason = forms.CharField(
        label="Reason for urgency",
        max_length=REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )


CHOSEN_FORMS = {"replace": ReplaceForm, "reason": ReasonForm, "remove": forms.Form}


def _items(meeting: Meeting) -> list[AgendaItem]:
    documents = Document.objects.order_by("position", "pk").select_related("superseded_by")
    return list(
        meeting.agenda_items.order_by("number", "suffix").prefetch_related(Prefetch("documents", documents))
    )


def _chosen(items: list[AgendaItem], pk: str | None) -> Document | None:
    """The paper asked for, among the meeting's (no query: they are read already)."""
    for item in items:
        for document in item.documents.all():
            if str(document.pk) == pk:
                return document
    return None


def _make_form(action, meeting, request=None):
    form_class = CHOSEN_FORMS[action]
    args = (request.POST, request.FILES) if request is not None else ()
    return form_class(*args, meeting=meeting) if form_class is ReplaceForm else form_class(*args)


def _act(request, meeting: Meeting, items: list[AgendaItem]):
    """Do what was posted; returns (where to go next, or None with the forms to show again)."""
    action = request.POST.get("action")
    if action == "upload":
        item = next((item for item in items if str(item.pk) == request.POST.get("item")), None)
        if item is None:
            return None, {}
        form = UploadForm(request.POST, request.FILES, item=item, meeting=meeting)
        if form.is_valid():
            try:
                added = uploading.add_papers(
                    item=item, papers=form.papers, late_reason=form.cleaned_data.get("late_reason", "")
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                supplement = " as supplements" if added[0].supplement else ""
                count = f"{len(added)} paper{'' if len(added) == 1 else 's'}"
                titles = "; ".join(f'"{document.title}"' for document in added)
                messages.success(request, f"{count} added to item {item.reference}{supplement}: {titles}")
                return f"#item-{item.pk}", None
        return None, {"upload": form}
    document = _chosen(items, request.POST.get("document"))
    if document is None or action not in CHOSEN_FORMS:
        return None, {}
    form = _make_form(action, meeting, request)
    if form.is_valid():
        try:
            if action == "replace":
                new = uploading.replace_paper(
                    document=document,
                    file=form.cleaned_data["file"],
                    late_reason=form.cleaned_data.get("late_reason", ""),
                )
                kept = " as a supplement; the version published is kept" if new.pk != document.pk else ""
                messages.success(request, f'"{document.title}" replaced{kept}.')
            elif action == "remove":
                uploading.remove_paper(document=document)
                messages.success(request, f'"{document.title}" removed.')
            else:
                uploading.give_late_reason(document=document, reason=form.cleaned_data["late_reason"])
                messages.success(request, f'The reason for urgency of "{document.title}" is recorded.')
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return f"#item-{document.agenda_item_id}", None
    return None, {"chosen": (document, action, form)}


def papers_page(request, meeting: Meeting, *, model_admin):
    items = _items(meeting)
    shown = {}
    if request.method == "POST":
        anchor, shown = _act(request, meeting, items)
        if anchor is not None:
            return HttpResponseRedirect(reverse("admin:meetings_meeting_papers", args=[meeting.pk]) + anchor)
        if not shown:
            messages.error(request, "That paper or item is no longer on this agenda: nothing was changed.")
    elif request.GET.get("do") in CHOSEN_FORMS:
        document = _chosen(items, request.GET.get("document"))
        if document is not None:
            shown["chosen"] = (document, request.GET["do"], _make_form(request.GET["do"], meeting))
    upload = shown.get("upload")
    chosen = shown.get("chosen")
    rows = [
        {
            "item": item,
            "upload": upload
            if upload is not None and upload.item.pk == item.pk
            else UploadForm(item=item, meeting=meeting),
            "papers": [
                (document, chosen if chosen is not None and chosen[0].pk == document.pk else None)
                for document in item.documents.all()
            ],
        }
        for item in items
    ]
    context = workspace.page_context(
        request,
        meeting,
        model_admin=model_admin,
        title="Papers",
        rows=rows,
        supplement=supplements.is_supplement(meeting),
        late=supplements.needs_late_reason(meeting),
        paragraphs=PARAGRAPHS,
        kinds=Document.Kind.choices,
        media=forms.Media(js=["js/paper_uploads.js"]),
    )
    return TemplateResponse(request, "admin/papers/meeting_papers.html", context)


def register() -> None:
    workspace.add_meeting_page(
        workspace.MeetingPage(
            slug="papers",
            title="Papers",
            view=papers_page,
            order=30,
            queryset=lambda meetings: meetings.select_related("committee"),
        )
    )
    workspace.add_blocker(supplements.late_paper_blockers)
