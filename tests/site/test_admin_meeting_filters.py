"""Lists that span committees are filtered by meeting too, the meetings named with committee and date."""

from datetime import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    DocumentFactory,
    MemberQuestionFactory,
    MinuteFactory,
    MinutesPublishedMeetingFactory,
    PetitionFactory,
    RecommendationFactory,
    ResolutionFactory,
    SubmittedQuestionFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db


def _record(kind: str, meeting):
    """A row of the list `kind` under `meeting`."""
    item = AgendaItemFactory(meeting=meeting)
    minute = MinuteFactory(meeting=meeting, agenda_item=item)
    return {
        "meetings_agendaitem": lambda: item,
        "meetings_document": lambda: DocumentFactory(agenda_item=item),
        "meetings_minute": lambda: minute,
        "meetings_resolution": lambda: ResolutionFactory(minute=minute),
        "meetings_discussionpoint": lambda: DiscussionPointFactory(minute=minute),
        "meetings_vote": lambda: VoteFactory(minute=minute),
        "meetings_attendance": lambda: AttendanceFactory(meeting=meeting),
        "meetings_declaration": lambda: DeclarationFactory(meeting=meeting),
        "meetings_memberquestion": lambda: MemberQuestionFactory(meeting=meeting),
        "meetings_petition": lambda: PetitionFactory(meeting=meeting),
        "meetings_publicquestion": lambda: SubmittedQuestionFactory(meeting=meeting),
        "followup_action": lambda: ActionFactory(resolution__minute=minute, meeting=meeting),
        "followup_recommendation": lambda: RecommendationFactory(resolution__minute=minute),
    }[kind]()


LISTS = {
    "meetings_agendaitem": "meeting",
    "meetings_document": "agenda_item__meeting",
    "meetings_minute": "meeting",
    "meetings_resolution": "minute__meeting",
    "meetings_discussionpoint": "minute__meeting",
    "meetings_vote": "minute__meeting",
    "meetings_attendance": "meeting",
    "meetings_declaration": "meeting",
    "meetings_memberquestion": "meeting",
    "meetings_petition": "meeting",
    "meetings_publicquestion": "meeting",
    "followup_action": "meeting",
    "followup_recommendation": "resolution__minute__meeting",
}


@pytest.mark.parametrize("kind", LISTS)
def test_a_list_filtered_by_meeting_shows_only_that_meetings_rows(client, democratic_services_user, kind):
    january = MinutesPublishedMeetingFactory(
        committee__name="Scrutiny Commission", start=timezone.make_aware(datetime(2024, 1, 23, 10))
    )
    march = MinutesPublishedMeetingFactory(
        committee__name="Cabinet", start=timezone.make_aware(datetime(2024, 3, 5, 14))
    )
    wanted, other = _record(kind, january), _record(kind, march)
    client.force_login(democratic_services_user)
    url = reverse(f"admin:{kind}_changelist")

    unfiltered = client.get(url)
    choices = [choice["display"] for choice in _meeting_filter(unfiltered).choices(unfiltered.context["cl"])]
    # Newest first; a list whose meeting may be left blank offers its blank ones last ("-").
    assert choices[:3] == ["All", "Cabinet, 5 March 2024", "Scrutiny Commission, 23 January 2024"]
    assert choices[3:] in ([], ["-"])
    assert {wanted.pk, other.pk} <= {row.pk for row in unfiltered.context["cl"].result_list}

    filtered = client.get(url, {f"{LISTS[kind]}__id__exact": january.pk})
    assert filtered.status_code == 200
    assert [row.pk for row in filtered.context["cl"].result_list] == [wanted.pk]


def _meeting_filter(response):
    return next(spec for spec in response.context["cl"].filter_specs if spec.title == "meeting")
