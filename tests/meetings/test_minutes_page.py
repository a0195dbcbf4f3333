"""The minutes page of a meeting's workspace: draft minutes made from the agenda, and every minute's text,
points, resolutions, votes (named votes, the casting vote), ballots and the declarations written on one page,
saved all or nothing, with pickers limited to this meeting; what it records on the public page and in the
open data API."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from followup.models import Action
from meetings import draft_minutes
from meetings.admin import workspace
from meetings.models import (
    AgendaItem,
    Declaration,
    DiscussionPoint,
    Meeting,
    Minute,
    Resolution,
    Vote,
)
from tests.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    BallotCandidateFactory,
    BallotFactory,
    DeclarationFactory,
    DiscussionPointFactory,
    HeldMeetingFactory,
    MinuteFactory,
    OfficerFactory,
    PersonFactory,
    ResolutionFactory,
    VoteCastFactory,
    VoteFactory,
)
from tests.responses import FormFields, messages_of, text_of

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
Status = Meeting.Status
Kind = AgendaItem.Kind

# The agenda of 23 January 2024 (seed 003: minutes 45 to 55), and the closing item it minuted nothing for.
AGENDA = [
    ("Minutes of the meeting held on 7 November 2023.", Kind.PROCEDURAL),
    ("Question Time.", Kind.PROCEDURAL),
    ("Questions asked by members under Standing Order 7(3) and 7(5).", Kind.PROCEDURAL),
    (
        "To advise of any other items which the Chairman has decided to take as urgent elsewhere on the "
        "agenda.",
        Kind.PROCEDURAL,
    ),
    ("Declarations of interest in respect of items on the agenda.", Kind.PROCEDURAL),
    (
        "Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.",
        Kind.PROCEDURAL,
    ),
    ("Presentation of Petitions under Standing Order 36.", Kind.PROCEDURAL),
    ("Medium Term Financial Strategy 2024/25 - 2027/28.", Kind.REPORT),
    ("Transforming SEND and Inclusion in Leicestershire (TSIL) Programme Update.", Kind.REPORT),
    ("Children and Family Services Departmental Plan 2024-26.", Kind.REPORT),
    ("Date of next meeting.", Kind.PROCEDURAL),
    ("Any other items which the Chairman has decided to take as urgent.", Kind.PROCEDURAL),
]


def url_of(meeting):
    return reverse("admin:meetings_meeting_minutes", args=[meeting.pk])


def january_meeting(**kwargs):
    """The meeting of 23 January 2024, after that of 7 November 2023 whose last minute was 44."""
    november = HeldMeetingFactory(start=datetime(2023, 11, 7, 14, tzinfo=LONDON), **kwargs)
    MinuteFactory(meeting=november, number=44, number_gap_reason="The earlier minutes were not imported.")
    meeting = HeldMeetingFactory(
        committee=november.committee, start=datetime(2024, 1, 23, 14, tzinfo=LONDON), **kwargs
    )
    for number, (title, kind) in enumerate(AGENDA, start=1):
        AgendaItemFactory(meeting=meeting, number=number, title=title, kind=kind)
    return meeting


def present(meeting, count=3, **kwargs):
    return [AttendanceFactory(meeting=meeting, **kwargs).person for _ in range(count)]


def drafted(meeting):
    draft_minutes.draft_minutes_from_agenda(meeting=meeting)
    return list(meeting.minutes.order_by("number"))


def as_sent(client, meeting) -> dict:
    """The page's form as a browser sends it unchanged."""
    reader = FormFields("minutes_form")
    reader.feed(client.get(url_of(meeting)).content.decode())
    return {name: values[0] if len(values) == 1 else values for name, values in reader.fields.items()}


def add_row(data: dict, prefix: str, values: dict, **nested: list[dict]) -> str:
    """Add a row to the formset `prefix` as the page's "Add" button does, with the rows of its own formsets
    (a vote's casts, a ballot's candidates); returns the row's prefix."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    row = f"{prefix}-{index}"
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data |= {f"{row}-{name}": value for name, value in values.items()}
    for name, rows in nested.items():
        data |= {f"{row}-{name}-TOTAL_FORMS": "0", f"{row}-{name}-INITIAL_FORMS": "0"}
        for nested_values in rows:
            add_row(data, f"{row}-{name}", nested_values)
    return row


def each_written(data: dict, minutes) -> dict:
    """Each minute's text, a discussion point and a resolution, as typed on the page."""
    for minute in minutes:
        data[f"m{minute.pk}-text"] = f"The text of minute {minute.number}."
        point = {"position": "1", "section": "Savings", "text": f"Point {minute.number}."}
        add_row(data, f"m{minute.pk}-points", point)
        noted = {"position": "1", "letter": "", "kind": "noted", "text": f"Noted {minute.number}."}
        add_row(data, f"m{minute.pk}-resolutions", noted)
    return data


def errors_on(response) -> str:
    return response.context["errors"] and "\n".join(f"{w}: {m}" for w, m, _ in response.context["errors"])


# --- draft minutes from the agenda ----------------------------------------------------------------------


def test_the_draft_step_numbers_on_through_the_municipal_year_headed_as_the_items(
    client, democratic_services_user
):
    meeting = january_meeting()
    client.force_login(democratic_services_user)

    response = client.post(url_of(meeting), {"draft": "1"})

    assert response.status_code == 302
    assert messages_of(response) == [("success", "11 draft minutes made from the agenda: 45 to 55.")]
    minutes = list(meeting.minutes.order_by("number").select_related("agenda_item"))
    assert [(m.number, m.heading, m.agenda_item.number) for m in minutes] == [
        (44 + number, title, number) for number, (title, _) in enumerate(AGENDA[:11], start=1)
    ]
    # "Any other items" is minuted only when something was taken.
    assert not Minute.objects.filter(agenda_item__number=12).exists()


def test_the_draft_step_is_idempotent_and_skips_items_with_a_minute(client, democratic_services_user):
    meeting = january_meeting()
    client.force_login(democratic_services_user)
    minutes = drafted(meeting)
    written = minutes[7]
    written.text = "The Committee considered a joint report."
    written.save()
    minutes[-1].delete()  # the minute of "Date of next meeting." is made again, numbered on

    first = client.post(url_of(meeting), {"draft": "1"})
    assert messages_of(first) == [("success", "1 draft minute made from the agenda: 55.")]
    again = client.post(url_of(meeting), {"draft": "1"})

    assert messages_of(again)[-1] == (
        "info",
        "Every agenda item that needs a minute has one: nothing was added.",
    )
    again = list(meeting.minutes.order_by("number"))
    assert [m.number for m in again] == list(range(45, 56))
    assert again[-1].heading == "Date of next meeting."
    assert Minute.objects.get(pk=written.pk).text == "The Committee considered a joint report."


def test_the_draft_step_is_refused_once_the_minutes_are_published(client, democratic_services_user):
    meeting = january_meeting()
    Meeting.objects.filter(pk=meeting.pk).update(status=Status.MINUTES_DRAFT)
    client.force_login(democratic_services_user)

    response = client.post(url_of(meeting), {"draft": "1"})

    assert messages_of(response)[0][0] == "error"
    assert "are published" in messages_of(response)[0][1]
    assert not meeting.minutes.exists()
    assert "Draft the minutes from the agenda" not in text_of(client.get(url_of(meeting)))


# --- one page for every minute ---------------------------------------------------------------------------


def test_a_page_of_eleven_minutes_is_saved_at_once(client, democratic_services_user):
    meeting = january_meeting()
    minutes = drafted(meeting)
    client.force_login(democratic_services_user)
    data = each_written(as_sent(client, meeting), minutes)

    response = client.post(url_of(meeting), data)

    assert response.status_code == 302, errors_on(response)
    assert messages_of(response) == [("success", f"The minutes of {meeting} are saved.")]
    for minute in minutes:
        minute.refresh_from_db()
        assert minute.text == f"The text of minute {minute.number}."
        assert [p.text for p in minute.discussionpoints.all()] == [f"Point {minute.number}."]
        assert [(r.kind, r.text) for r in minute.resolutions.all()] == [("noted", f"Noted {minute.number}.")]


def test_a_bad_row_saves_nothing_and_keeps_everything_typed(client, democratic_services_user):
    meeting = january_meeting()
    minutes = drafted(meeting)
    client.force_login(democratic_services_user)
    data = each_written(as_sent(client, meeting), minutes)
    bad = minutes[8]  # minute 53: a resolution with no text
    add_row(data, f"m{bad.pk}-resolutions", {"position": "2", "letter": "b", "kind": "decision", "text": ""})

    response = client.post(url_of(meeting), data)

    assert response.status_code == 200
    assert not Resolution.objects.exists() and not DiscussionPoint.objects.exists()
    assert set(meeting.minutes.values_list("text", flat=True)) == {""}
    assert response.context["errors"] == [
        ("Minute 53, resolution 2, text", "This field is required.", f"id_m{bad.pk}-resolutions-1-text")
    ]
    page = text_of(response)
    assert "Nothing was saved: please correct the 1 error below." in page
    for minute in minutes:
        assert f"The text of minute {minute.number}." in page
        assert f"Point {minute.number}." in page and f"Noted {minute.number}." in page
    # The minute with the error is open; the others stay folded.
    assert f'id="minute-{bad.pk}" open' in page
    assert f'id="minute-{minutes[0].pk}" open' not in page


def test_pickers_offer_only_this_meetings_items_and_the_people_present(client, democratic_services_user):
    meeting = january_meeting()
    minutes = drafted(meeting)
    members = present(meeting, 2)
    guest = AttendanceFactory(meeting=meeting, status="in_attendance").person
    away = AttendanceFactory(meeting=meeting, status="apologies").person
    stranger = PersonFactory()
    elsewhere = AgendaItemFactory(title="An item of another meeting")
    client.force_login(democratic_services_user)

    page = text_of(client.get(url_of(meeting)))
    for person in members:
        assert f">{person}</option>" in page
    assert f">{away}</option>" not in page
    assert f">{stranger}</option>" not in page
    assert elsewhere.title not in page

    # Posted by hand, a person not present (or only in attendance, for a vote) and another meeting's item
    # are refused.
    data = as_sent(client, meeting)
    minute = minutes[7]
    add_row(
        data,
        f"m{minute.pk}-votes",
        {
            "motion": "That the report be noted.",
            "mover": str(stranger.pk),
            "seconder": str(guest.pk),
            "votes_for": "5",
            "votes_against": "1",
            "abstentions": "0",
        },
        casts=[{"person": str(away.pk), "how": "for"}],
    )
    add_row(
        data,
        "declarations",
        {
            "person": str(stranger.pk),
            "agenda_item": str(elsewhere.pk),
            "kind": "registerable",
            "text": "A governor.",
        },
    )
    data[f"m{minute.pk}-agenda_item"] = str(elsewhere.pk)

    response = client.post(url_of(meeting), data)

    assert response.status_code == 200
    places = {where for where, _, _ in response.context["errors"]}
    assert places == {
        "Minute 52, agenda item",
        "Minute 52, vote 1, mover",
        "Minute 52, vote 1, seconder",
        "Minute 52, vote 1, named vote 1, person",
        "Declaration 1, person",
        "Declaration 1, agenda item",
    }
    assert {message for _, message, _ in response.context["errors"]} == {
        "Select a valid choice. That choice is not one of the available choices."
    }
    assert not Vote.objects.exists() and not Declaration.objects.exists()
    assert Minute.objects.get(pk=minute.pk).agenda_item.meeting_id == meeting.pk


def test_a_row_of_another_minute_posted_by_hand_is_refused(client, democratic_services_user):
    meeting = january_meeting()
    minutes = drafted(meeting)
    other = ResolutionFactory(text="Another meeting's resolution.")
    client.force_login(democratic_services_user)
    data = as_sent(client, meeting)
    row = add_row(
        data, f"m{minutes[7].pk}-resolutions", {"position": "1", "kind": "noted", "text": "Changed."}
    )
    data[f"m{minutes[7].pk}-resolutions-INITIAL_FORMS"] = "1"
    data[f"{row}-id"] = str(other.pk)

    response = client.post(url_of(meeting), data)

    assert response.status_code == 200
    assert Resolution.objects.get(pk=other.pk).text == "Another meeting's resolution."
    assert not minutes[7].resolutions.exists()


def test_a_request_for_information_raises_its_action(client, democratic_services_user):
    meeting = january_meeting()
    minute = drafted(meeting)[7]
    officer = OfficerFactory()
    client.force_login(democratic_services_user)
    data = as_sent(client, meeting)
    add_row(
        data,
        f"m{minute.pk}-resolutions",
        {
            "position": "1",
            "kind": "request_for_information",
            "text": "That a breakdown of tribunal costs be provided.",
            "action_owner": str(officer.pk),
        },
    )

    response = client.post(url_of(meeting), data)

    assert response.status_code == 302, errors_on(response)
    resolution = minute.resolutions.get()
    action = Action.objects.get()
    assert (action.resolution, action.owner, action.description) == (
        resolution,
        officer,
        "That a breakdown of tribunal costs be provided.",
    )


def test_the_casting_vote_decides_a_tie(client, democratic_services_user):
    meeting = january_meeting()
    minute = drafted(meeting)[7]
    chair, member = present(meeting, 2)
    client.force_login(democratic_services_user)
    data = as_sent(client, meeting)
    vote = {
        "motion": "That the savings be deferred.",
        "mover": str(chair.pk),
        "seconder": str(member.pk),
        "votes_for": "4",
        "votes_against": "4",
        "abstentions": "1",
        "casting_vote": "for",
    }
    add_row(data, f"m{minute.pk}-votes", vote, casts=[])

    response = client.post(url_of(meeting), data)

    assert response.status_code == 302, errors_on(response)
    saved = minute.votes.get()
    assert (saved.votes_for, saved.votes_against, saved.casting_vote, saved.carried) == (4, 4, "for", True)
    saved.casting_vote = "against"
    assert not saved.carried
    saved.casting_vote = ""
    assert not saved.carried


def test_a_casting_vote_without_a_tie_is_refused(client, democratic_services_user):
    meeting = january_meeting()
    minute = drafted(meeting)[7]
    client.force_login(democratic_services_user)
    data = as_sent(client, meeting)
    add_row(
        data,
        f"m{minute.pk}-votes",
        {
            "motion": "That it be noted.",
            "votes_for": "5",
            "votes_against": "4",
            "abstentions": "0",
            "casting_vote": "against",
        },
        casts=[],
    )

    response = client.post(url_of(meeting), data)

    assert response.status_code == 200
    assert [m for _, m, _ in response.context["errors"]] == [
        "The Chairman has a casting vote only when the votes are tied."
    ]
    assert not Vote.objects.exists()


def test_named_votes_fill_the_counts_and_must_agree_with_them(client, democratic_services_user):
    meeting = january_meeting()
    minute = drafted(meeting)[7]
    a, b, c = present(meeting, 3)
    client.force_login(democratic_services_user)
    casts = [
        {"person": str(a.pk), "how": "for"},
        {"person": str(b.pk), "how": "for"},
        {"person": str(c.pk), "how": "against"},
    ]
    data = as_sent(client, meeting)
    add_row(
        data,
        f"m{minute.pk}-votes",
        {"motion": "That it be noted.", "votes_for": "2", "votes_against": "2", "abstentions": "0"},
        casts=casts,
    )

    refused = client.post(url_of(meeting), data)

    assert refused.status_code == 200
    assert (
        "The named votes (2 for, 1 against, 0 abstaining) do not match the counts (2 for, 2 against"
        in (refused.context["errors"][0][1])
    )
    data = as_sent(client, meeting)
    add_row(
        data,
        f"m{minute.pk}-votes",
        {"motion": "That it be noted.", "votes_for": "0", "votes_against": "0", "abstentions": "0"},
        casts=casts,
    )

    response = client.post(url_of(meeting), data)

    assert response.status_code == 302, errors_on(response)
    vote = minute.votes.get()
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 1, 0)
    names = [person.name for person in sorted([a, b], key=lambda person: person.family_name)]
    assert vote.named_votes == [("For", names), ("Against", [c.name])]


def test_a_ballot_is_on_the_public_page_and_in_the_api_and_exempt_ones_are_not(
    client, democratic_services_user
):
    meeting = january_meeting()
    minutes = drafted(meeting)
    winner, loser = present(meeting, 2)
    exempt = MinuteFactory(meeting=meeting, heading="Children's home contract award.", exempt=True)
    client.force_login(democratic_services_user)
    data = as_sent(client, meeting)
    add_row(
        data,
        f"m{minutes[7].pk}-ballots",
        {"office": "Vice-Chairman for the municipal year", "abstentions": "1"},
        candidates=[
            {"person": str(winner.pk), "votes": "6", "elected": "on"},
            {"person": str(loser.pk), "votes": "3"},
            {"name": "Mrs. A. Written-In", "votes": "0"},
        ],
    )
    add_row(
        data,
        f"m{exempt.pk}-ballots",
        {"office": "Preferred bidder", "abstentions": "0"},
        candidates=[{"name": "Bidder Ltd", "votes": "4"}],
    )
    response = client.post(url_of(meeting), data)
    assert response.status_code == 302, errors_on(response)
    Meeting.objects.filter(pk=meeting.pk).update(status=Status.MINUTES_DRAFT)
    client.logout()

    public = text_of(client.get(meeting.get_absolute_url()))
    api = client.get(reverse("opendata:minute-list"), {"meeting": meeting.pk}).json()

    result = (
        f"{winner.name} 6 votes (elected), {loser.name} 3 votes, Mrs. A. Written-In 0 votes; abstentions 1"
    )
    assert f"Ballot: Vice-Chairman for the municipal year. {result}." in public
    assert "Bidder Ltd" not in public and "Preferred bidder" not in public
    (ballot,) = next(m for m in api["results"] if m["number"] == minutes[7].number)["ballots"]
    assert ballot["office"] == "Vice-Chairman for the municipal year"
    assert [(c["name"], c["votes"], c["elected"]) for c in ballot["candidates"]] == [
        (winner.name, 6, True),
        (loser.name, 3, False),
        ("Mrs. A. Written-In", 0, False),
    ]
    assert "Bidder Ltd" not in str(api)


def test_the_page_is_read_only_once_the_minutes_are_approved(client, democratic_services_user):
    meeting = january_meeting()
    minute = drafted(meeting)[7]
    later = HeldMeetingFactory(committee=meeting.committee, start=datetime(2024, 3, 5, 14, tzinfo=LONDON))
    Meeting.objects.filter(pk=meeting.pk).update(status=Status.MINUTES_APPROVED, minutes_approved_at=later)
    client.force_login(democratic_services_user)

    page = text_of(client.get(url_of(meeting)))
    response = client.post(
        url_of(meeting), {f"m{minute.pk}-heading": "Changed", f"m{minute.pk}-text": "Changed"}
    )

    assert '<fieldset disabled class="app-minutes-fields">' in page
    assert "Save the minutes" not in page and "Add resolution" not in page
    assert "are the signed record; they cannot be changed" in page
    assert messages_of(response)[0][0] == "error"
    assert Minute.objects.get(pk=minute.pk).heading == AGENDA[7][0]


# --- the blocker, and what the page costs -----------------------------------------------------------------


def test_a_substantive_minute_with_no_resolution_blocks_publishing_the_draft_minutes():
    meeting = january_meeting()
    minutes = drafted(meeting)
    ResolutionFactory(minute=minutes[7])

    blockers = workspace.blockers(meeting)

    mine = [b for b in blockers if "has no resolution" in b.text]
    assert [(b.step, b.text) for b in mine] == [
        (Status.MINUTES_DRAFT, f"Minute 53 ({AGENDA[8][0]}) has no resolution."),
        (Status.MINUTES_DRAFT, f"Minute 54 ({AGENDA[9][0]}) has no resolution."),
    ]
    assert mine[0].url == f"{url_of(meeting)}#minute-{minutes[8].pk}"


def _minutes_with_everything(meeting, count):
    people = present(meeting, 3)
    DeclarationFactory(meeting=meeting, person=people[0])
    for number in range(count):
        item = AgendaItemFactory(meeting=meeting, number=100 + number)
        minute = MinuteFactory(meeting=meeting, agenda_item=item, heading=item.title)
        DiscussionPointFactory(minute=minute, position=1)
        ResolutionFactory(minute=minute)
        vote = VoteFactory(minute=minute, votes_for=1, votes_against=0, mover=people[0])
        VoteCastFactory(vote=vote, person=people[1])
        BallotCandidateFactory(ballot=BallotFactory(minute=minute), person=people[2])


@pytest.mark.parametrize("count", [3, 12])
def test_the_page_costs_the_same_queries_for_3_and_12_minutes(
    count, client, democratic_services_user, django_assert_num_queries
):
    meeting = HeldMeetingFactory()
    _minutes_with_everything(meeting, count)
    OfficerFactory.create_batch(2)
    client.force_login(democratic_services_user)
    client.get(url_of(meeting))

    with django_assert_num_queries(20):
        response = client.get(url_of(meeting))

    assert response.status_code == 200
    assert len(response.context["page"].blocks) == count
    # Each minute's vote has its button for named votes, and so has the page's template of a new vote.
    assert text_of(response).count("Add named vote") == count + 1


@pytest.mark.parametrize("name", ["minutes", "minutes-pdf", "minutes-docx"])
def test_the_minutes_papers_print_named_votes_the_casting_vote_and_ballots(client, name):
    meeting = january_meeting(status=Status.MINUTES_DRAFT)
    minute = MinuteFactory(meeting=meeting, heading="Appointment of Vice-Chairman.")
    exempt = MinuteFactory(meeting=meeting, heading="Contract award.", exempt=True)
    fryer = PersonFactory(name="Mrs. H. J. Fryer CC", family_name="Fryer")
    hunt = PersonFactory(name="Mr. M. Hunt CC", family_name="Hunt")
    vote = VoteFactory(minute=minute, motion="That the savings be deferred.", votes_for=1, votes_against=1)
    Vote.objects.filter(pk=vote.pk).update(casting_vote="against")
    VoteCastFactory(vote=vote, person=fryer, how="for")
    VoteCastFactory(vote=vote, person=hunt, how="against")
    ballot = BallotFactory(minute=minute, office="Vice-Chairman", abstentions=1)
    BallotCandidateFactory(ballot=ballot, person=hunt, votes=6, elected=True)
    BallotCandidateFactory(ballot=ballot, person=None, name="Mrs. B. Seaton CC", votes=3)
    BallotCandidateFactory(ballot=BallotFactory(minute=exempt, office="Preferred bidder"), name="Bidder Ltd")

    text = " ".join(text_of(client.get(reverse(name, kwargs={"pk": meeting.pk}))).split())

    assert (
        "the votes being equal, the Chairman gave a casting vote against the motion, and the motion was not "
        "carried" in text
    )
    assert "For: Mrs. H. J. Fryer CC." in text and "Against: Mr. M. Hunt CC." in text
    assert (
        "Ballot: Vice-Chairman. Mr. M. Hunt CC 6 votes (elected), Mrs. B. Seaton CC 3 votes; abstentions 1."
        in text
    )
    assert "Bidder Ltd" not in text and "Preferred bidder" not in text
