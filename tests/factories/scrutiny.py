"""Factories for the core: sign-ins and their roles, committees, people and their memberships, teams."""

from datetime import date, timedelta

import factory
from django.contrib.auth.models import Group, Permission

from scrutiny import roles
from tests.factories.base import Factory


class UserFactory(Factory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.gov.uk")
    password = factory.django.Password("correct horse battery staple")


class StaffUserFactory(UserFactory):
    """Staff who may open the admin but hold none of Democratic Services' permissions (IT, say)."""

    is_staff = True


class DemocraticServicesUserFactory(UserFactory):
    """Staff who run the committees: admin access and every meetings permission, exempt papers included."""

    is_staff = True

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def permissions(user, create, extracted, **kwargs):
        if create:
            user.user_permissions.set(
                Permission.objects.filter(content_type__app_label__in=roles.DEMOCRATIC_SERVICES_APPS)
            )
            user.groups.add(Group.objects.get_or_create(name=roles.DEMOCRATIC_SERVICES)[0])


class CommitteeFactory(Factory):
    class Meta:
        model = "scrutiny.Committee"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Overview and Scrutiny Committee {n}")
    slug = factory.Sequence(lambda n: f"committee-{n}")
    description = "Scrutinises the services the council provides."


class PersonFactory(Factory):
    class Meta:
        model = "scrutiny.Person"

    family_name = factory.Faker("last_name", locale="en_GB")
    name = factory.LazyAttribute(lambda p: f"Mr. A. {p.family_name} CC")
    kind = "councillor"
    party = "Independent"


class OfficerFactory(PersonFactory):
    name = factory.LazyAttribute(lambda p: f"Alex {p.family_name}")
    kind = "officer"
    party = ""
    job_title = "Director of Children and Family Services"
    email = factory.LazyAttribute(lambda p: f"{p.family_name.lower()}@example.gov.uk")


class MembershipFactory(Factory):
    class Meta:
        model = "scrutiny.Membership"

    committee = factory.SubFactory(CommitteeFactory)
    person = factory.SubFactory(PersonFactory)
    role = "member"


# --- roles ----------------------------------------------------------------------------------------------


class MemberUserFactory(UserFactory):
    """A councillor who signs in: a Person with a current membership of `committee`."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def committee(user, create, extracted, **kwargs):
        if create and extracted is not None:
            person = PersonFactory(user=user, email=user.email)
            MembershipFactory(committee=extracted, person=person)


class OfficerUserFactory(UserFactory):
    """An officer who signs in, as `person` when given (else a new officer)."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def person(user, create, extracted, **kwargs):
        if create:
            person = extracted or OfficerFactory()
            person.user = user
            person.save(update_fields=["user"])


class TeamFactory(Factory):
    class Meta:
        model = "scrutiny.Team"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"SEND Service team {n}")
    lead = factory.SubFactory(OfficerFactory)
    email = factory.Sequence(lambda n: f"send-team-{n}@example.gov.uk")

    @factory.post_generation
    def members(team, create, extracted, **kwargs):
        if create and extracted:
            team.members.set(extracted)


class ClosureDayFactory(Factory):
    class Meta:
        model = "scrutiny.ClosureDay"
        django_get_or_create = ("date",)

    date = factory.Sequence(lambda n: date(2023, 12, 27) + timedelta(days=n))
    reason = "Christmas closure"


class CommitteeTypeFactory(Factory):
    """A kind of committee with its rules: the settings', unless given."""

    class Meta:
        model = "scrutiny.CommitteeType"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Committee type {n}")
    slug = factory.Sequence(lambda n: f"committee-type-{n}")


class StandardItemFactory(Factory):
    class Meta:
        model = "scrutiny.StandardItem"

    committee_type = factory.SubFactory(CommitteeTypeFactory)
    position = factory.Sequence(lambda n: n + 1)
    placement = "opening"
    purpose = "other"
    wording = factory.Sequence(lambda n: f"Standard item {n}.")
