"""Who gets exactly which rows of the trackers, and who may answer and review an action.

The matrix of every URL for every role, and what each page shows, is test_permission_matrix.py's; here, in
the same world (tests/permission_world.py), read the tables from the top:

- VISIBLE_ACTIONS / _RESOLUTIONS / _RECOMMENDATIONS: exactly the rows each role gets in the trackers' CSV and
  Excel downloads; SEARCHES: what the action tracker's word search finds for each role.
- FORMS, RESPONDING, REVIEWING: who is offered the forms on an action's page, and what each role's POSTs do.
"""

import pytest

from followup.models import Action, ActionResponse
from tests.factories import world_for_the_module
from tests.permission_world import (
    ANSWERED_ACTION,
    DENIED,
    DS,
    EXEMPT_ACTION,
    EXEMPT_RECOMMENDATION,
    HIDDEN,
    LATE_EXEMPT_ACTION,
    LATE_EXEMPT_MINUTE_ACTION,
    LATE_EXEMPT_RESOLUTION,
    MEMBER,
    OFFICER,
    OTHER_MEMBER,
    OWNER,
    PUBLIC,
    PUBLIC_ACTION,
    PUBLIC_RECOMMENDATION,
    PUBLIC_RESOLUTION,
    PUBLISHED_ACTIONS,
    ROLES,
    SIGNED_IN,
    TARGETS,
    TEAM,
    TEAM_ACTION,
    UNPUBLISHED_ACTION,
    UNPUBLISHED_RECOMMENDATION,
    build_world,
    matrix,
    visit,
)
from tests.responses import rows_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_for_the_module(django_db_blocker, build_world, kept_in_step=True) as world:
        yield world


ALL = frozenset(ROLES)
EXEMPT = frozenset({MEMBER, DS})  # Schedule 12A papers and what arises from them
# The working log of an action (responses not accepted): the committee, Democratic Services and the officers
# answering it.
OWNERS_LOG = frozenset({MEMBER, OWNER, DS})
TEAMS_LOG = frozenset({MEMBER, TEAM, DS})
# Exempt from the start, and made exempt once minuted (its item, or the minute itself).
EXEMPT_ACTIONS = frozenset({EXEMPT_ACTION, LATE_EXEMPT_ACTION, LATE_EXEMPT_MINUTE_ACTION})

# --- exactly which rows each tracker download holds -------------------------------------------------------

# fmt: off
VISIBLE_ACTIONS = {
    PUBLIC:       PUBLISHED_ACTIONS,
    MEMBER:       PUBLISHED_ACTIONS | EXEMPT_ACTIONS,
    OTHER_MEMBER: PUBLISHED_ACTIONS,
    OWNER:        PUBLISHED_ACTIONS | {UNPUBLISHED_ACTION},  # their own, before the minutes are out
    TEAM:         PUBLISHED_ACTIONS,
    OFFICER:      PUBLISHED_ACTIONS,
    DS:           PUBLISHED_ACTIONS | EXEMPT_ACTIONS | {UNPUBLISHED_ACTION},
}
PUBLISHED_RECOMMENDATIONS = frozenset({PUBLIC_RECOMMENDATION})
VISIBLE_RECOMMENDATIONS = {
    PUBLIC:       PUBLISHED_RECOMMENDATIONS,
    MEMBER:       PUBLISHED_RECOMMENDATIONS | {EXEMPT_RECOMMENDATION},
    OTHER_MEMBER: PUBLISHED_RECOMMENDATIONS,
    OWNER:        PUBLISHED_RECOMMENDATIONS,
    TEAM:         PUBLISHED_RECOMMENDATIONS,
    OFFICER:      PUBLISHED_RECOMMENDATIONS,
    DS:           PUBLISHED_RECOMMENDATIONS | {EXEMPT_RECOMMENDATION, UNPUBLISHED_RECOMMENDATION},
}
VISIBLE_RESOLUTIONS = {
    role: rows | {PUBLIC_RESOLUTION} | ({LATE_EXEMPT_RESOLUTION} if role in EXEMPT else set())
    for role, rows in VISIBLE_RECOMMENDATIONS.items()
}
# What the action tracker's word search ("Words in the action", which also searches responses) finds: only
# what the searcher may read, or the search tells them what a response they cannot read says.
SEARCHES = {
    # word         who finds it          the action it finds
    "circulated": (ALL,             ANSWERED_ACTION),     # in the accepted answer
    "favoured":   (OWNERS_LOG,   PUBLIC_ACTION),       # in the answer awaiting review
    "follow":     (OWNERS_LOG,   PUBLIC_ACTION),       # in the returned answer
    "reviewed":   (TEAMS_LOG,    TEAM_ACTION),         # in the team's answer awaiting review
    "supports":   (EXEMPT,       EXEMPT_ACTION),       # in the exempt action's accepted answer
    "Carewell":   (EXEMPT,       LATE_EXEMPT_ACTION),  # in the accepted answer of one made exempt later
}
TRACKERS = {
    # tracker               column             rows each role gets
    "action-list":         ("What was asked",  VISIBLE_ACTIONS),
    "resolution-list":     ("Resolution",      VISIBLE_RESOLUTIONS),
    "recommendation-list": ("Recommendation",  VISIBLE_RECOMMENDATIONS),
}
MY_ACTIONS = {
    MEMBER: set(), OTHER_MEMBER: set(), OWNER: {PUBLIC_ACTION, UNPUBLISHED_ACTION}, TEAM: {TEAM_ACTION},
    OFFICER: set(), DS: set(),
}
# fmt: on


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize("tracker", TRACKERS)
@pytest.mark.parametrize("role", ROLES)
def test_downloads_hold_exactly_the_rows_the_role_may_read(client, world, role, tracker, export):
    column, visible = TRACKERS[tracker]
    response = visit(client, world, role, f"{tracker}:{export}")
    assert response.status_code == 200
    assert {row[column] for row in rows_of(response)} == visible[role]


@pytest.mark.parametrize("word", SEARCHES)
@pytest.mark.parametrize("role", ROLES)
def test_searching_actions_finds_only_responses_the_role_may_read(client, world, role, word):
    finders, action = SEARCHES[word]
    response = visit(client, world, role, "action-list:csv", f"&text={word}")
    found = {row["What was asked"] for row in rows_of(response)}
    assert found == ({action} if role in finders else set())


@pytest.mark.parametrize("role", SIGNED_IN)
def test_my_actions_are_the_officers_own_and_their_teams(client, world, role):
    response = visit(client, world, role, "my-actions", "?_export=csv")
    assert {row["What was asked"] for row in rows_of(response)} == MY_ACTIONS[role]
    my_page = text_of(visit(client, world, role, "my-home"))
    for description in MY_ACTIONS[role]:
        assert description in my_page


# --- the forms on an action's page, and what POSTing them does ---------------------------------------------

RESPOND_FORM = "Respond to this action"  # the officer's own form
LOG_FORM = "Log a response for the officer"  # Democratic Services answering for them
REVIEW_FORM = "Review the response"  # Democratic Services accepting or returning an answer
NONE, ANSWER, LOG = frozenset(), frozenset({RESPOND_FORM}), frozenset({LOG_FORM})
LOG_REVIEW = frozenset({LOG_FORM, REVIEW_FORM})
DONE = "done"  # recorded: the response logged (or the review saved), and the user sent back to the action
X = None  # not visited: the action is not found for them (see test_permission_matrix.py's STATUS)

# fmt: off
FORMS = {
    # action page          public  member  other-m  owner   team    officer DS
    "action:public":      (NONE,   NONE,   NONE,    ANSWER, NONE,   NONE,   LOG_REVIEW),
    "action:team":        (NONE,   NONE,   NONE,    NONE,   ANSWER, NONE,   LOG_REVIEW),
    "action:answered":    (NONE,   NONE,   NONE,    NONE,   NONE,   NONE,   NONE),  # completed
    "action:exempt":      (X,      NONE,   X,       X,      X,      X,      NONE),  # completed
    "action:unpublished": (X,      X,      X,       ANSWER, X,      X,      LOG),
}
RESPONDING = {
    # POST a response to   public  member  other-m  owner   team    officer DS
    "action:public":      (DENIED, DENIED, DENIED,  DONE,   DENIED, DENIED, DONE),
    "action:team":        (DENIED, DENIED, DENIED,  DENIED, DONE,   DENIED, DONE),
    "action:unpublished": (HIDDEN, HIDDEN, HIDDEN,  DONE,   HIDDEN, HIDDEN, DONE),
    "action:exempt":      (HIDDEN, DENIED, HIDDEN,  HIDDEN, HIDDEN, HIDDEN, DENIED),  # completed
}
REVIEWING = {
    # POST "review" to     public  member  other-m  owner   team    officer DS
    "action:public":      (DENIED, DENIED, DENIED,  DENIED, DENIED, DENIED, DONE),
    "action:team":        (DENIED, DENIED, DENIED,  DENIED, DENIED, DENIED, DONE),
    "action:exempt":      (HIDDEN, DENIED, HIDDEN,  HIDDEN, HIDDEN, HIDDEN, DENIED),  # completed
}
# fmt: on


@pytest.mark.parametrize(("role", "target", "expected"), matrix(FORMS))
def test_forms_offered_on_an_actions_page(client, world, role, target, expected):
    response = visit(client, world, role, target)
    assert response.status_code == 200
    text = response.content.decode()
    for form in (RESPOND_FORM, LOG_FORM, REVIEW_FORM):
        assert (form in text) == (form in expected), form


def _post(client, world, role, target, data):
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client.post(TARGETS[target](world), data)


def _log(action) -> list[tuple]:
    return list(ActionResponse.objects.filter(action=action).order_by("pk").values_list("text", "outcome"))


@pytest.mark.parametrize(("role", "target", "expected"), matrix(RESPONDING))
def test_posting_a_response(client, world, role, target, expected):
    action = world.actions[target.split(":")[1]]
    before = _log(action)
    text = f"A response posted by the {role}."
    response = _post(client, world, role, target, {"respond": "1", "kind": "answer", "text": text})
    if expected == DONE:
        assert response.status_code == 302
        assert response["Location"] == action.get_absolute_url()
        assert _log(action) == [*before, (text, "awaiting_review")]
    else:
        assert response.status_code == expected
        assert _log(action) == before


@pytest.mark.parametrize(("role", "target", "expected"), matrix(REVIEWING))
def test_reviewing_a_response(client, world, role, target, expected):
    action = world.actions[target.split(":")[1]]
    before = _log(action)
    data = {"review": "1", "decision": "return", "reason": "Add the figures for 2023."}
    response = _post(client, world, role, target, data)
    action = Action.objects.get(pk=action.pk)  # as the POST left it (the world's own copy is for every test)
    if expected == DONE:
        assert response.status_code == 302
        assert response["Location"] == action.get_absolute_url()
        assert action.status == Action.Status.IN_PROGRESS
        assert _log(action) == [
            (text, "returned" if outcome == "awaiting_review" else outcome) for text, outcome in before
        ]
    else:
        assert response.status_code == expected
        assert _log(action) == before
