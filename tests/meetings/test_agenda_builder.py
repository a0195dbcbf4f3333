"""The agenda builder (meetings/admin/agenda.py, meetings/agenda.py): items inserted anywhere, moved up and
down or dragged, removed, renumbered in one transaction before publication; after it a late item takes a
sub-number (8A) printed on the public page, in the pack and in the open data API; exempt items come after the
item excluding the press and public; bad input is refused with a message and changes nothing."""

import io

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from pypdf import PdfReader

from meetings import agenda
from meetings.models import AgendaItem, Meeting
from meetings.standard_items import CLOSING_ITEMS, EXCLUSION_ITEM_TITLE, OPENING_ITEMS
from papers import rebuilding
from papers.models import AgendaPack
from tests.factories import (
    AgendaItemFactory,
    CommitteeFactory,
    DocumentFactory,
    HeldMeetingFactory,
    MeetingFactory,
    MinutesPublishedMeetingFactory,
    PdfDocumentFactory,
    PublishedAgendaMeetingFactory,
)
from tests.responses import unchanged_submission

pytestmark = pytest.mark.django_db
Kind = AgendaItem.Kind


@pytest.fixture
def staff(client, democratic_services_user):
    client.force_login(democratic_services_user)
    return client


def page(meeting) -> str:
    return reverse("admin:meetings_meeting_agenda", args=[meeting.pk])


def agenda_of(meeting) -> list[tuple[str, str]]:
    """The agenda as printed: each item's reference and title, in order."""
    return [
        (item.reference, item.title)
        for item in AgendaItem.objects.filter(meeting=meeting).order_by("number", "suffix")
    ]


def stored(meeting) -> list[tuple]:
    """Everything the builder could change about the meeting's items."""
    return list(
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("pk")
        .values_list(
            "pk", "number", "suffix", "title", "kind", "report_by", "summary", "exempt", "exempt_paragraph"
        )
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def scheduled_with(*titles, **kwargs) -> Meeting:
    meeting = MeetingFactory(**kwargs)
    for number, title in enumerate(titles, start=1):
        AgendaItemFactory(meeting=meeting, number=number, title=title)
    return meeting


def item_of(meeting, title) -> AgendaItem:
    return AgendaItem.objects.get(meeting=meeting, title=title)


def insert(staff, meeting, *, after="", **fields):
    data = {"action": "insert", "title": "", "kind": "report", "report_by": "", "summary": "", "after": after}
    data |= fields
    return staff.post(page(meeting), data)


def opened(first_title: str) -> str:
    """The first standard item (the minutes of the previous meeting, its date filled in) as it must read."""
    assert first_title.startswith("Minutes of ") and "{" not in first_title
    return first_title


def insert_exempt(staff, meeting, title, *, paragraph: int, after: str):
    after_pk = item_of(meeting, after).pk
    return insert(staff, meeting, title=title, exempt="on", exempt_paragraph=str(paragraph), after=after_pk)


# --- before publication: renumbered in one transaction ------------------------------------------------------


def test_the_page_lists_the_items_in_order_with_their_papers(staff):
    meeting = scheduled_with("Apologies.", "Budget report.")
    budget = item_of(meeting, "Budget report.")
    budget.report_by = "Director of Corporate Resources"
    budget.save()
    DocumentFactory(agenda_item=budget)
    DocumentFactory(agenda_item=budget, position=2)

    response = staff.get(page(meeting))

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Apologies.") < html.index("Budget report.")
    assert "Director of Corporate Resources" in html
    assert "2 papers" in html
    assert reverse("admin:meetings_agendaitem_change", args=[budget.pk]) in html
    assert 'src="/static/js/agenda_builder.js"' in html or "js/agenda_builder" in html


def test_an_item_inserted_after_another_renumbers_those_after_it(staff):
    meeting = scheduled_with("One.", "Two.", "Three.", "Four.")

    response = insert(
        staff, meeting, title="New report.", after=item_of(meeting, "Two.").pk, report_by="Director"
    )

    new = item_of(meeting, "New report.")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#item-{new.pk}")
    assert agenda_of(meeting) == [
        ("1", "One."),
        ("2", "Two."),
        ("3", "New report."),
        ("4", "Three."),
        ("5", "Four."),
    ]
    assert new.report_by == "Director"
    assert "Item 3, “New report.”, is on the agenda." in messages_of(response)


def test_an_item_inserted_at_the_start_becomes_item_1(staff):
    meeting = scheduled_with("One.", "Two.")

    insert(staff, meeting, title="Apologies.")

    assert agenda_of(meeting) == [("1", "Apologies."), ("2", "One."), ("3", "Two.")]


def test_move_up_and_down_renumber_and_keep_the_focus_on_the_button(staff):
    meeting = scheduled_with("One.", "Two.", "Three.")
    three = item_of(meeting, "Three.")

    up = staff.post(page(meeting), {"action": "up", "item": three.pk})
    assert agenda_of(meeting) == [("1", "One."), ("2", "Three."), ("3", "Two.")]
    assert up["Location"].endswith(f"#up-{three.pk}")
    assert "“Three.” is now item 2." in messages_of(up)

    up_again = staff.post(page(meeting), {"action": "up", "item": three.pk})
    assert agenda_of(meeting) == [("1", "Three."), ("2", "One."), ("3", "Two.")]
    assert up_again["Location"].endswith(f"#item-{three.pk}")  # first: no button up any more

    down = staff.post(page(meeting), {"action": "down", "item": three.pk})
    assert agenda_of(meeting) == [("1", "One."), ("2", "Three."), ("3", "Two.")]
    assert down["Location"].endswith(f"#down-{three.pk}")


def test_moving_the_first_item_up_is_refused_with_a_message(staff):
    meeting = scheduled_with("One.", "Two.")
    before = stored(meeting)

    response = staff.post(page(meeting), {"action": "up", "item": item_of(meeting, "One.").pk})

    assert "Item 1 is already first." in messages_of(response)
    assert stored(meeting) == before


def test_the_order_dragged_is_saved_and_renumbered(staff):
    meeting = scheduled_with("One.", "Two.", "Three.", "Four.")
    one, two, three, four = (item_of(meeting, title) for title in ["One.", "Two.", "Three.", "Four."])

    response = staff.post(
        page(meeting), {"action": "reorder", "order": f"{three.pk},{one.pk},{four.pk},{two.pk}"}
    )

    assert response.status_code == 302
    assert agenda_of(meeting) == [("1", "Three."), ("2", "One."), ("3", "Four."), ("4", "Two.")]


@pytest.mark.parametrize(
    "order",
    ["missing", "duplicate", "foreign", "words"],
)
def test_an_order_that_is_not_this_agenda_is_refused(staff, order):
    meeting = scheduled_with("One.", "Two.", "Three.")
    one, two, three = (item_of(meeting, title) for title in ["One.", "Two.", "Three."])
    other = AgendaItemFactory(meeting=MeetingFactory(), number=1)
    sent = {
        "missing": f"{one.pk},{two.pk}",
        "duplicate": f"{one.pk},{one.pk},{two.pk},{three.pk}",
        "foreign": f"{one.pk},{two.pk},{other.pk}",
        "words": "first,second,third",
    }[order]
    before = stored(meeting)

    response = staff.post(page(meeting), {"action": "reorder", "order": sent})

    assert response.status_code == 302
    assert any("reload the page and try again" in text for text in messages_of(response))
    assert stored(meeting) == before


def test_an_item_removed_renumbers_those_after_it(staff):
    meeting = scheduled_with("One.", "Two.", "Three.")

    response = staff.post(page(meeting), {"action": "remove", "item": item_of(meeting, "Two.").pk})

    assert agenda_of(meeting) == [("1", "One."), ("2", "Three.")]
    assert "“Two.” is removed; the items after it are numbered again." in messages_of(response)


def test_an_item_edited_keeps_its_place(staff):
    meeting = scheduled_with("One.", "Two.")
    two = item_of(meeting, "Two.")

    form = staff.get(page(meeting), {"edit": two.pk})
    assert form.context["form"].initial["title"] == "Two."
    response = staff.post(
        page(meeting),
        {
            "action": "edit",
            "item": two.pk,
            "title": "Two, revised.",
            "kind": "urgent",
            "report_by": "Chief Executive",
        },
    )

    assert response["Location"].endswith(f"#item-{two.pk}")
    two.refresh_from_db()
    assert (two.number, two.title, two.kind, two.report_by) == (
        2,
        "Two, revised.",
        "urgent",
        "Chief Executive",
    )


def test_the_standard_items_are_added_in_one_step(staff):
    meeting = scheduled_with("Budget report.")

    response = staff.post(page(meeting), {"action": "standard"})

    titles = [title for _, title in agenda_of(meeting)]
    assert titles == [opened(titles[0]), *OPENING_ITEMS[1:], "Budget report.", *CLOSING_ITEMS]
    assert f"Added {len(OPENING_ITEMS) + len(CLOSING_ITEMS)} standard items to the agenda." in messages_of(
        response
    )


# --- after publication: the printed numbers stay ------------------------------------------------------------


@pytest.fixture
def published():
    meeting = PublishedAgendaMeetingFactory()
    for number in range(1, 11):
        AgendaItemFactory(meeting=meeting, number=number, title=f"Item {number}.")
    return meeting


def test_a_late_item_takes_a_sub_number_after_the_item_it_follows(staff, published):
    eight = item_of(published, "Item 8.")

    insert(staff, published, title="Late report.", after=eight.pk)
    insert(staff, published, title="Later report.", after=eight.pk)

    assert agenda_of(published)[7:11] == [
        ("8", "Item 8."),
        ("8A", "Late report."),
        ("8B", "Later report."),
        ("9", "Item 9."),
    ]
    assert [number for number, _ in agenda_of(published)][-1] == "10"


def test_a_late_item_is_printed_8a_on_the_public_page_and_in_the_api(staff, client, published):
    insert(staff, published, title="Late report on school transport.", after=item_of(published, "Item 8.").pk)
    late = item_of(published, "Late report on school transport.")

    client.logout()
    public = client.get(published.get_absolute_url()).content.decode()
    assert 'id="item-8A"' in public
    assert "8A. Late report on school transport." in public
    assert public.index("8. Item 8.") < public.index("8A. Late report") < public.index("9. Item 9.")

    listed = client.get("/api/agenda-items/", {"meeting": published.pk}).json()["results"]
    assert [(row["number"], row["reference"]) for row in listed][7:10] == [(8, "8"), (8, "8A"), (9, "9")]
    detail = client.get(f"/api/agenda-items/{late.pk}/").json()
    assert (detail["number"], detail["reference"]) == (8, "8A")
    assert detail["web_url"].endswith(f"{published.get_absolute_url()}#item-8A")


@pytest.mark.agenda_packs
def test_a_late_item_is_printed_8a_in_the_agenda_pack(staff, published):
    insert(staff, published, title="Late report on school transport.", after=item_of(published, "Item 8.").pk)
    PdfDocumentFactory(agenda_item=item_of(published, "Late report on school transport."), page_count=1)

    assert rebuilding.request_build(published.pk)
    pack = AgendaPack.objects.get(meeting=published, kind=AgendaPack.Kind.PUBLIC)
    with pack.file.open("rb") as file:
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(file.read())).pages)

    assert "8A. Late report on school transport." in text
    assert text.index("8. Item 8.") < text.index("8A. Late report") < text.index("9. Item 9.")


def test_after_publication_items_are_not_moved_or_removed(staff, published):
    eight = item_of(published, "Item 8.")
    before = stored(published)

    for action in ["up", "down", "remove"]:
        response = staff.post(page(published), {"action": action, "item": eight.pk})
        assert any("numbers stay as printed" in text for text in messages_of(response)), action
    order = ",".join(str(pk) for pk, *_ in reversed(before))
    response = staff.post(page(published), {"action": "reorder", "order": order})
    assert any("its items cannot be moved" in text for text in messages_of(response))
    assert staff.post(page(published), {"action": "standard"}).status_code == 302

    assert stored(published) == before


def test_a_late_item_needs_an_item_to_follow(staff, published):
    before = stored(published)

    response = insert(staff, published, title="Late report.")

    assert response.status_code == 200
    assert "This field is required." in str(response.context["form"].errors["after"])
    assert stored(published) == before


@pytest.mark.parametrize("factory", [MinutesPublishedMeetingFactory, HeldMeetingFactory])
def test_nothing_changes_once_the_minutes_are_published(staff, factory):
    meeting = factory()
    AgendaItemFactory(meeting=meeting, number=1, title="One.")
    AgendaItemFactory(meeting=meeting, number=2, title="Two.")
    before = stored(meeting)

    response = insert(staff, meeting, title="Late.", after=item_of(meeting, "One.").pk)

    if meeting.minutes_are_published:
        assert stored(meeting) == before
        assert "can no longer be changed" in " ".join(messages_of(response))
        assert "Add a late item" not in staff.get(page(meeting)).content.decode()
    else:  # held, minutes not yet published: a late item still goes in, with its sub-number
        assert agenda_of(meeting) == [("1", "One."), ("1A", "Late."), ("2", "Two.")]


# --- exempt items after the item excluding the press and public ---------------------------------------------


def test_the_first_exempt_item_adds_the_exclusion_item_and_goes_after_it(staff):
    meeting = scheduled_with("One.", "Two.", "Date of next meeting.")

    insert_exempt(staff, meeting, "Contract award.", paragraph=3, after="One.")
    insert(staff, meeting, title="Staffing matter.", exempt="on", exempt_paragraph="1")

    assert agenda_of(meeting) == [
        ("1", "One."),
        ("2", "Two."),
        ("3", "Date of next meeting."),
        ("4", EXCLUSION_ITEM_TITLE),
        ("5", "Staffing matter."),
        ("6", "Contract award."),
    ]
    exclusion = item_of(meeting, EXCLUSION_ITEM_TITLE)
    assert exclusion.kind == Kind.EXCLUSION and not exclusion.exempt
    assert "Section 100(A)(4) of the Local Government Act 1972" in exclusion.summary
    assert AgendaItem.objects.filter(meeting=meeting, kind=Kind.EXCLUSION).count() == 1
    assert item_of(meeting, "Contract award.").exempt_paragraph == 3


def test_an_item_made_exempt_moves_below_the_exclusion_item_and_withholds_its_papers(staff):
    meeting = scheduled_with("One.", "Two.", "Three.")
    two = item_of(meeting, "Two.")
    paper = DocumentFactory(agenda_item=two)

    response = staff.post(
        page(meeting),
        {
            "action": "edit",
            "item": two.pk,
            "title": "Two.",
            "kind": "report",
            "exempt": "on",
            "exempt_paragraph": "1",
        },
    )

    assert response.status_code == 302
    assert agenda_of(meeting) == [("1", "One."), ("2", "Three."), ("3", EXCLUSION_ITEM_TITLE), ("4", "Two.")]
    paper.refresh_from_db()
    assert (paper.exempt, paper.exempt_paragraph) == (True, 1)


def test_an_exempt_item_cannot_be_moved_above_the_exclusion_item(staff):
    meeting = scheduled_with("One.")
    insert(staff, meeting, title="Contract award.", exempt="on", exempt_paragraph="3")
    exempt = item_of(meeting, "Contract award.")
    before = stored(meeting)

    response = staff.post(page(meeting), {"action": "up", "item": exempt.pk})

    assert "Item “Contract award.” is exempt, so it comes after the item excluding the press and public." in (
        messages_of(response)
    )
    assert stored(meeting) == before
    exclusion = item_of(meeting, EXCLUSION_ITEM_TITLE)
    response = staff.post(page(meeting), {"action": "remove", "item": exclusion.pk})
    assert "Item “Contract award.” is exempt, so it comes after the item excluding the press and public." in (
        messages_of(response)
    )
    assert stored(meeting) == before


def test_a_late_exempt_item_after_publication_takes_sub_numbers_after_the_exclusion_item(staff, published):
    insert_exempt(staff, published, "Contract award.", paragraph=3, after="Item 2.")

    assert agenda_of(published)[-3:] == [
        ("10", "Item 10."),
        ("10A", EXCLUSION_ITEM_TITLE),
        ("10B", "Contract award."),
    ]


def test_an_item_before_the_exclusion_item_is_not_made_exempt_after_publication(staff, published):
    two = item_of(published, "Item 2.")
    before = stored(published)

    response = staff.post(
        page(published),
        {
            "action": "edit",
            "item": two.pk,
            "title": "Item 2.",
            "kind": "report",
            "exempt": "on",
            "exempt_paragraph": "1",
        },
    )

    assert response.status_code == 200
    assert "cannot become exempt before item 10A" in " ".join(messages_of(response))
    assert stored(published) == before


def test_the_standard_items_that_close_the_agenda_come_before_the_exclusion_item():
    meeting = scheduled_with("Budget report.")
    agenda.insert_item(meeting=meeting, after=None, title="Contract award.", exempt=True, exempt_paragraph=3)

    agenda.add_standard_items(meeting=meeting)

    titles = [title for _, title in agenda_of(meeting)]
    assert titles == [
        opened(titles[0]),
        *OPENING_ITEMS[1:],
        "Budget report.",
        *CLOSING_ITEMS,
        EXCLUSION_ITEM_TITLE,
        "Contract award.",
    ]


# --- bad input: refused with the message, nothing changed ---------------------------------------------------


@pytest.mark.parametrize(
    "fields, field, error",
    [
        ({"title": "   "}, "title", "This field is required."),
        ({"title": "x" * 600}, "title", "Ensure this value has at most 500 characters (it has 600)."),
        ({"title": "Report.", "after": "999999"}, "after", "Choose one of this agenda's items"),
        ({"title": "Report.", "kind": "speech"}, "kind", "Select a valid choice."),
        ({"title": "Report.", "exempt": "on"}, None, "An exempt item needs the Schedule 12A paragraph"),
    ],
    ids=[
        "blank title",
        "600-character title",
        "position out of range",
        "unknown kind",
        "exempt, no paragraph",
    ],
)
def test_bad_input_is_refused_with_a_message_and_what_was_typed_kept(staff, fields, field, error):
    meeting = scheduled_with("One.", "Two.")
    before = stored(meeting)

    response = insert(staff, meeting, report_by="Director of Adults and Communities", **fields)

    assert response.status_code == 200
    form = response.context["form"]
    errors = (
        form.errors.get(field) if field else form.errors.get("__all__") or form.errors.get("exempt_paragraph")
    )
    assert error in " ".join(errors)
    assert "Nothing was saved: correct the errors below." in messages_of(response)
    assert 'value="Director of Adults and Communities"' in response.content.decode()
    assert stored(meeting) == before


def test_an_item_of_another_meeting_is_refused_everywhere(staff):
    meeting = scheduled_with("One.", "Two.")
    other_meeting = scheduled_with("Elsewhere.")
    elsewhere = item_of(other_meeting, "Elsewhere.")
    before, other_before = stored(meeting), stored(other_meeting)

    for action in ["up", "down", "remove", "edit", "dance"]:
        response = staff.post(
            page(meeting), {"action": action, "item": elsewhere.pk, "title": "Taken.", "kind": "report"}
        )
        assert response.status_code == 302, action
        assert f"That item is not on the agenda of {meeting}: nothing was changed." in messages_of(response)
    response = insert(staff, meeting, title="Report.", after=elsewhere.pk)
    assert "Choose one of this agenda's items" in " ".join(response.context["form"].errors["after"])
    assert staff.get(page(meeting), {"edit": elsewhere.pk}).context["editing"] is None

    assert stored(meeting) == before
    assert stored(other_meeting) == other_before


def test_the_workflow_refuses_an_item_of_another_meeting_and_a_bad_title():
    meeting = scheduled_with("One.")
    elsewhere = AgendaItemFactory(meeting=MeetingFactory(), number=1)
    before = stored(meeting)

    with pytest.raises(Exception, match="not on the agenda of"):
        agenda.insert_item(meeting=meeting, after=elsewhere, title="Report.")
    with pytest.raises(Exception, match="An item needs a title."):
        agenda.insert_item(meeting=meeting, after=None, title="  ")
    with pytest.raises(Exception, match="at most 500 characters; this one has 600"):
        agenda.insert_item(meeting=meeting, after=None, title="x" * 600)
    assert stored(meeting) == before


# --- what the page costs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [5, 30])
def test_the_page_takes_the_same_queries_however_long_the_agenda(staff, django_assert_num_queries, count):
    meeting = MeetingFactory(committee=CommitteeFactory())
    for number in range(1, count + 1):
        item = AgendaItemFactory(
            meeting=meeting,
            number=number,
            exempt=number == count,
            exempt_paragraph=3 if number == count else None,
        )
        DocumentFactory(agenda_item=item)
    staff.get(page(meeting))  # the session and the user, read once

    with django_assert_num_queries(9):
        response = staff.get(page(meeting))

    assert response.status_code == 200
    assert response.content.decode().count('data-item="') == count


def test_the_workflow_renumbers_through_spare_numbers_without_clashing():
    meeting = scheduled_with(*(f"Item {n}." for n in range(1, 8)))
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("number"))

    agenda.reorder(meeting=meeting, order=[item.pk for item in reversed(items)])

    assert agenda_of(meeting) == [(str(n), f"Item {8 - n}.") for n in range(1, 8)]


# --- the meeting's own page, with its inline of items ---------------------------------------------------


def test_the_meeting_page_saves_an_agenda_with_a_late_item_and_refuses_a_second_8a(staff, published):
    agenda.insert_item(meeting=published, after=item_of(published, "Item 8."), title="Late report.")
    url = reverse("admin:meetings_meeting_change", args=[published.pk])

    response = staff.post(url, unchanged_submission(staff, url, "meeting"))
    assert response.status_code == 302, response.context and response.context["errors"]
    assert agenda_of(published)[7:10] == [("8", "Item 8."), ("8A", "Late report."), ("9", "Item 9.")]

    agenda.insert_item(meeting=published, after=item_of(published, "Item 9."), title="Later report.")
    data = unchanged_submission(staff, url, "meeting")
    late_9a = item_of(published, "Later report.")
    row = next(key for key, value in data.items() if key.endswith("-id") and value == str(late_9a.pk))
    data[row.replace("-id", "-number")] = "8"  # 9A would become a second 8A
    before = stored(published)
    response = staff.post(url, data)
    assert response.status_code == 200
    assert "Two agenda items would have the number 8A: give each its own." in str(response.context["errors"])
    assert stored(published) == before
