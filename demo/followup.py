"""Load the demo committee's follow-up (demo.followup_data) through the follow-up workflow. Safe to run again:
an action already there (same minute, same words) is left as it is, whatever has happened to it since."""

from dataclasses import dataclass

from django.db import transaction

from followup import workflow
from followup.models import Action, Recommendation
from meetings.models import Minute, Resolution
from scrutiny.models import Committee, Person, Team

from . import followup_data as data


@dataclass
class FollowUpResult:
    actions: int
    recommendations: int
    created: int


@transaction.atomic
def load(committee: Committee, reviewer) -> FollowUpResult:
    """`reviewer` is the Democratic Services user who accepted or returned the responses."""
    people = {person.name: person for person in Person.objects.all()}
    team = _team(people)
    minutes = {
        minute.number: minute for minute in Minute.objects.filter(committee=committee, municipal_year=2023)
    }
    created = 0
    for spec in data.ACTIONS:
        minute = minutes[spec["minute"]]
        if Action.objects.filter(minute=minute, description=spec["description"]).exists():
            continue
        action = workflow.raise_action(
            description=spec["description"],
            minute=minute,
            owner=people.get(spec.get("owner")),
            team=team if spec.get("team") else None,
            when=spec["raised"],
            notify=False,  # history: nobody is emailed about an action of 2024
        )
        created += 1
        for response in spec["responses"]:
            workflow.submit_response(
                action,
                text=response["text"],
                kind=response["kind"],
                responded_by=people[response["by"]],
                when=response["at"],
            )
            review = response.get("review")
            if review and review["decision"] == "accept":
                workflow.accept_response(action, user=reviewer, when=review["at"])
            elif review:
                workflow.return_response(action, user=reviewer, reason=review["reason"], when=review["at"])
    for spec in data.RECOMMENDATIONS:
        resolution = Resolution.objects.get(minute=minutes[spec["minute"]], letter=spec["letter"])
        if Recommendation.objects.filter(resolution=resolution).exists():
            continue
        recommendation = workflow.send_recommendation(resolution, sent_on=spec["sent_on"])
        created += 1
        if "response" in spec:
            reply = spec["response"]
            recommendation.response_received_on = reply["received_on"]
            recommendation.outcome = reply["outcome"]
            recommendation.response_text = reply["text"]
            recommendation.save()
    return FollowUpResult(
        actions=Action.objects.filter(committee=committee).count(),
        recommendations=Recommendation.objects.filter(resolution__minute__committee=committee).count(),
        created=created,
    )


def _team(people) -> Team:
    team, _ = Team.objects.get_or_create(name=data.TEAM["name"], defaults={"lead": people[data.TEAM["lead"]]})
    team.members.add(*(people[name] for name in data.TEAM["members"]))
    return team
