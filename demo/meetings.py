"""Load the demo committee (demo.meetings_data) into the database. Safe to run again.

Every record is looked up by its natural key and created only when it is missing, so a second run adds
nothing and changes nothing someone has edited since. The meetings move through meetings.workflow with the
dates given in the data, so the result does not depend on today's date. Once the 23 January minutes are
approved they are the signed record, and later runs leave them alone."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from meetings import workflow
from meetings.models import (
    AgendaItem,
    Attendance,
    Declaration,
    DiscussionPoint,
    Document,
    Meeting,
    Minute,
    PublicQuestion,
    Resolution,
)
from scrutiny import roles
from scrutiny.models import Committee, CommitteeType, Membership, Person

from . import meetings_data as data

Status = Meeting.Status


@dataclass
class SignIn:
    spec: dict
    user: object
    password_works: bool  # False when someone has changed the demo password since it was set


@dataclass
class DemoResult:
    committee: Committee
    january: Meeting
    march: Meeting
    upcoming: Meeting
    sign_ins: list[SignIn]
    created: int  # records this run created: 0 when the demo was already loaded


@transaction.atomic
def load() -> DemoResult:
    return _Loader().load()


class _Loader:
    def __init__(self):
        self.created = 0
        self.people: dict[str, Person] = {}

    def load(self) -> DemoResult:
        committee = self._get_or_create(
            Committee,
            slug=data.COMMITTEE["slug"],
            defaults={
                "name": data.COMMITTEE["name"],
                "description": data.COMMITTEE["description"],
                # The type scrutiny migration 0007 made: its rules and standard items.
                "committee_type": CommitteeType.objects.filter(slug="scrutiny").first(),
            },
        )
        self._load_people(committee)
        january = self._load_meeting(committee, data.JANUARY_MEETING)
        march = self._load_meeting(committee, data.MARCH_MEETING)
        self._load_record(january, data.JANUARY_MEETING)
        self._load_documents(march, data.MARCH_MEETING)
        self._load_exempt_demo_appendix(march)

        # The agendas must be built, and the minutes written, before these steps: each checks for them.
        spec = data.JANUARY_MEETING
        if january.status == Status.SCHEDULED:
            workflow.publish_agenda(january, when=spec["agenda_published_at"])
        if january.status == Status.AGENDA_PUBLISHED:
            workflow.mark_held(january, now=spec["end"])
        if january.status == Status.HELD:
            workflow.publish_draft_minutes(january, when=spec["minutes_published_at"])
        if january.status == Status.MINUTES_DRAFT:
            # Item 1 of 5 March: "Minutes of the meeting held on 23 January 2024."
            workflow.approve_minutes(january, approved_at=march, when=spec["minutes_published_at"])
        if march.status == Status.SCHEDULED:
            workflow.publish_agenda(march, when=data.MARCH_MEETING["agenda_published_at"])

        upcoming = self._load_next_meeting(committee)
        sign_ins = [self._load_sign_in(spec) for spec in data.SIGN_INS]
        return DemoResult(committee, january, march, upcoming, sign_ins, self.created)

    def _get_or_create(self, model, defaults=None, **keys):
        obj, created = model.objects.get_or_create(defaults=defaults or {}, **keys)
        self.created += created
        return obj

    def _load_people(self, committee):
        for spec in data.PEOPLE:
            fields = {key: value for key, value in spec.items() if key != "name"}
            self.people[spec["name"]] = self._get_or_create(Person, name=spec["name"], defaults=fields)
        for name, role in data.MEMBERSHIPS.items():
            self._get_or_create(
                Membership, committee=committee, person=self.people[name], defaults={"role": role}
            )

    def _load_meeting(self, committee, spec) -> Meeting:
        meeting = self._get_or_create(
            Meeting,
            committee=committee,
            start=spec["start"],
            defaults={
                "end": spec.get("end"),
                "location": spec["location"],
                "contact_officer": self.people[spec["contact_officer"]],
                "webcast_url": spec.get("webcast_url", ""),
            },
        )
        for item in spec["agenda"]:
            agenda_item = self._get_or_create(
                AgendaItem,
                meeting=meeting,
                number=item["number"],
                defaults={
                    "title": item["title"],
                    "kind": item["kind"],
                    "report_by": item.get("report_by", ""),
                    "page_start": item.get("page_start"),
                    "page_end": item.get("page_end"),
                    "summary": item.get("summary", ""),
                },
            )
            # add() leaves alone any contact Democratic Services have added since.
            agenda_item.contacts.add(*(self.people[name] for name in item.get("contacts", [])))
        return meeting

    def _load_next_meeting(self, committee) -> Meeting:
        """The committee's next meeting: the one already to come, else a new one with the standard items."""
        upcoming = Meeting.objects.for_committee(committee).upcoming().first()
        if upcoming is not None:
            return upcoming
        spec = data.NEXT_MEETING
        day = timezone.localdate() + timedelta(weeks=spec["weeks_ahead"])
        day += timedelta(days=(spec["weekday"] - day.weekday()) % 7)
        meeting = Meeting.objects.create(
            committee=committee,
            start=datetime(day.year, day.month, day.day, spec["hour"], tzinfo=data.LONDON),
            location=spec["location"],
            contact_officer=self.people[spec["contact_officer"]],
        )
        self.created += 1 + workflow.add_standard_items(meeting)
        return meeting

    def _load_record(self, meeting, spec):
        """Attendance, declarations, questions and minutes: the formal record of the meeting."""
        if meeting.status == Status.MINUTES_APPROVED:
            return  # the signed record: it must not change, and nothing of it can be missing
        items = {item.number: item for item in meeting.agenda_items.all()}
        for attendance in spec["attendance"]:
            self._get_or_create(
                Attendance,
                meeting=meeting,
                person=self.people[attendance["person"]],
                defaults={
                    "status": attendance["status"],
                    "in_chair": attendance.get("in_chair", False),
                    "role": attendance.get("role", ""),
                    "for_item": items.get(attendance.get("for_item")),
                },
            )
        for declaration in spec["declarations"]:
            self._get_or_create(
                Declaration,
                meeting=meeting,
                person=self.people[declaration["person"]],
                agenda_item=items[declaration["agenda_item"]],
                defaults={
                    "kind": declaration["kind"],
                    "text": declaration["text"],
                    "withdrew": declaration["withdrew"],
                },
            )
        for position, question in enumerate(spec["public_questions"], start=1):
            self._get_or_create(
                PublicQuestion,
                meeting=meeting,
                questioner=question["questioner"],
                defaults={
                    "position": position,
                    "question": question["question"],
                    "response": question["response"],
                    "answered_by": self.people[question["answered_by"]],
                    "supplementary_question": question["supplementary_question"],
                    "supplementary_answer": question["supplementary_answer"],
                    "supplementary_answered_by": self.people[question["supplementary_answered_by"]],
                },
            )
        for minute_spec in spec["minutes"]:
            self._load_minute(meeting, items, minute_spec)

    def _load_minute(self, meeting, items, spec):
        # Minute numbers are unique within the committee's municipal year (they run on between meetings).
        minute = Minute.objects.filter(
            committee=meeting.committee,
            municipal_year=meeting.municipal_year.start_year,
            number=spec["number"],
        ).first()
        if minute is None:
            minute = Minute(
                meeting=meeting,
                agenda_item=items[spec["agenda_item"]],
                number=spec["number"],
                heading=spec["heading"],
                text=spec["text"],
            )
            # The papers start at minute 45: the year's earlier minutes are in papers the demo does not load.
            if minute.number_gap():
                minute.number_gap_reason = data.MINUTES_NOT_IMPORTED
            minute.full_clean()  # as the admin checks them: run-on numbering, a gap only with its reason
            minute.save()
            self.created += 1
        for position, point in enumerate(spec.get("discussion_points", []), start=1):
            self._get_or_create(
                DiscussionPoint,
                minute=minute,
                position=position,
                defaults={"section": point.get("section", ""), "text": point["text"]},
            )
        for position, resolution in enumerate(spec.get("resolutions", []), start=1):
            self._get_or_create(
                Resolution,
                minute=minute,
                position=position,
                defaults={
                    "letter": resolution["letter"],
                    "kind": resolution["kind"],
                    "text": resolution["text"],
                    "recommended_to": resolution.get("recommended_to", ""),
                },
            )

    def _load_documents(self, meeting, spec):
        items = {item.number: item for item in meeting.agenda_items.all()}
        for item in spec["agenda"]:
            for position, document in enumerate(item.get("documents", []), start=1):
                self._store_document(
                    items[item["number"]],
                    title=document["title"],
                    kind=document["kind"],
                    position=position,
                    filename=document["filename"],
                )

    def _load_exempt_demo_appendix(self, meeting):
        spec = data.EXEMPT_DEMO_APPENDIX
        item = meeting.agenda_items.get(number=spec["agenda_item"])
        self._store_document(
            item,
            title=spec["title"],
            kind=spec["kind"],
            position=item.documents.exclude(title=spec["title"]).count() + 1,
            filename=spec["filename"],
            exempt_paragraph=spec["exempt_paragraph"],
        )

    def _store_document(self, item, *, title, kind, position, filename, exempt_paragraph=None):
        """A document and its file (papers/<filename>), uploaded once: again only if the file has gone from
        storage."""
        document = Document.objects.filter(agenda_item=item, title=title).first()
        if document is None:
            document = Document(
                agenda_item=item,
                title=title,
                kind=kind,
                position=position,
                exempt=exempt_paragraph is not None,
                exempt_paragraph=exempt_paragraph,
            )
            self.created += 1
        elif document.file and document.file.storage.exists(document.file.name):
            return document
        document.file.save(filename, ContentFile((data.PAPERS / filename).read_bytes()), save=False)
        document.save()
        return document

    def _load_sign_in(self, spec) -> SignIn:
        groups = roles.ensure_groups()
        # Created only when missing, so a password changed since is never reset.
        user_model = get_user_model()
        user = user_model.objects.filter(username=spec["username"]).first()
        if user is None:
            person = self.people[spec["person"]]
            user = user_model.objects.create_user(
                spec["username"],
                email=person.email,
                password=spec["password"],
                is_staff=spec.get("staff", False),
            )
            self.created += 1
        user.groups.add(groups[spec["role"]])
        person = self.people[spec["person"]]
        if person.user_id is None and not Person.objects.filter(user=user).exists():
            roles.link_person(user, person)
        return SignIn(spec, user, user.check_password(spec["password"]))
