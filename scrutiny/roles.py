"""The roles people have, as Django groups: what each may do, and how a user is recognised in one.

Democratic Services run everything (mostly in the admin); members read everything published and the exempt
papers of the committees they sit on; officers answer the actions assigned to them or their team. The public
are anonymous and read published material only. Object-level rules (scrutiny/rules.py, followup/rules.py)
decide the rest from who the user is, not from their group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from .models import Person

DEMOCRATIC_SERVICES = "Democratic Services"
MEMBER = "Member"
OFFICER = "Officer"

# Democratic Services hold every permission of these apps, exempt papers and reviewing responses included.
DEMOCRATIC_SERVICES_APPS = [
    "scrutiny",
    "meetings",
    "followup",
    "indicators",
    "papers",
    "feeds",
    "participation",
    "axes",  # the sign-in lock-outs: Democratic Services unlock someone by deleting their access attempts
]
# And they give people sign-ins (scrutiny/accounts.py, scrutiny/user_admin.py): they see, invite and change
# users, but never delete one, nor touch groups or permissions themselves.
DEMOCRATIC_SERVICES_PERMISSIONS = ["auth.view_user", "auth.add_user", "auth.change_user"]
# Members and officers hold no model permissions: the object rules grant what they may do.
GROUP_PERMISSIONS = {DEMOCRATIC_SERVICES: DEMOCRATIC_SERVICES_APPS, MEMBER: [], OFFICER: []}
GROUP_SINGLE_PERMISSIONS = {DEMOCRATIC_SERVICES: DEMOCRATIC_SERVICES_PERMISSIONS}


def ensure_groups(**kwargs) -> dict[str, Group]:
    """Create the role groups with their permissions; run after every migrate, so safe to repeat."""
    groups = {}
    for name, apps in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        if apps:
            group.permissions.add(*Permission.objects.filter(content_type__app_label__in=apps))
        for permission in GROUP_SINGLE_PERMISSIONS.get(name, []):
            app_label, codename = permission.split(".")
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        groups[name] = group
    return groups


def democratic_services_addresses() -> list[str]:
    """Where an email to Democratic Services goes: each active user of the group with an address, once."""
    users = (
        get_user_model().objects.filter(is_active=True, groups__name=DEMOCRATIC_SERVICES).exclude(email="")
    )
    return sorted({email.lower() for email in users.values_list("email", flat=True)})


def role_for(person) -> str | None:
    """The group a person's own kind gives them: councillors and co-opted members read as members."""
    return {
        Person.Kind.COUNCILLOR: MEMBER,
        Person.Kind.CO_OPTED: MEMBER,
        Person.Kind.OFFICER: OFFICER,
    }.get(person.kind)


def link_person(user, person) -> None:
    """Make `user` sign in as `person`, with the role their kind gives them."""
    if person.user_id is None:
        person.user = user
        person.save(update_fields=["user"])
    role = role_for(person)
    if role is not None:
        user.groups.add(Group.objects.get_or_create(name=role)[0])


def link_person_by_email(user) -> None:
    """Link a user to the person with the same email address, if there is exactly one and it is free."""
    if not user.email:
        return
    people = list(Person.objects.filter(email__iexact=user.email, user__isnull=True)[:2])
    if len(people) == 1 and not Person.objects.filter(user=user).exists():
        link_person(user, people[0])
