"""Object-level permissions on actions (django-rules, found by its autodiscovery).

An officer answers only their own actions and their team's; Democratic Services may log a response for
anyone. Reviewing answers is Democratic Services' model permission (followup.review_action), and never of
an answer they sent themselves (followup.workflow refuses it too)."""

import rules

from scrutiny import access

from .models import Action


@rules.predicate
def answers_for(user, action: Action):
    return Action.objects.owned_by(access.person_of(user)).filter(pk=action.pk).exists()


@rules.predicate
def responds_for_anyone(user):
    return user.is_active and user.has_perm("followup.add_actionresponse")


@rules.predicate
def may_see(user, action: Action):
    return Action.objects.visible_to(user).filter(pk=action.pk).exists()


@rules.predicate
def reads_every_log(user):
    return user.is_active and user.has_perm("followup.view_actionresponse")


@rules.predicate
def sits_on_its_committee(user, action: Action):
    return action.committee_id in access.committee_ids(user)


@rules.predicate
def reviews_answers(user):
    return user.is_active and user.has_perm("followup.review_action")


@rules.predicate
def sent_an_answer_awaiting_review(user, action: Action):
    return action.responses.awaiting_review().written_by(user).exists()


rules.add_perm("followup.see_action", may_see)
rules.add_perm("followup.review_answers_to", reviews_answers & ~sent_an_answer_awaiting_review)
# The whole response log, returned answers and all: the public reads only what the committee accepted.
rules.add_perm("followup.read_whole_log", reads_every_log | sits_on_its_committee | answers_for)
rules.add_perm("followup.respond_to_action", answers_for | responds_for_anyone)
