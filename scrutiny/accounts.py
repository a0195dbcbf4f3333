"""Sign-ins that Democratic Services give and take away: inviting a person (a councillor, an officer, or a
member of Democratic Services, each linked to their Person record) by email, deactivating a sign-in, and
sending a link to set a new password.

The link in an invitation is a link to set a password: Django's password reset token, which works once (it
no longer matches once a password is set) and for PASSWORD_RESET_TIMEOUT. Nobody in Democratic Services ever
chooses or reads another person's password, and nothing here makes anyone a superuser or gives a permission
but a role's."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction

from . import roles, tasks
from .after_commit import after_commit
from .models import Person

User = get_user_model()
INVITATION, RESET = "invitation", "password_reset"
USERNAME_LENGTH = User._meta.get_field("username").max_length


def address_taken(email: str, *, but=None) -> bool:
    users = User.objects.filter(email__iexact=email)
    if but is not None:
        users = users.exclude(pk=but.pk)
    return users.exists() or User.objects.filter(username__iexact=email).exists()


@transaction.atomic
def invite(*, person: Person, email: str, democratic_services: bool, by) -> User:
    """Give `person` a sign-in with their role (their kind's, and Democratic Services' if asked), and email
    them the link to set its password. The user name is the email address."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    if person.user_id is not None:
        raise ValidationError(f"{person} already has a sign-in.")
    if person.kind == Person.Kind.GUEST:
        raise ValidationError(
            f"{person} is a guest: only councillors, co-opted members and officers sign in."
        )
    email = email.strip()
    if len(email) > USERNAME_LENGTH:
        raise ValidationError(
            f"The address is the username, which can be {USERNAME_LENGTH} characters at most."
        )
    if address_taken(email):
        raise ValidationError(f"A sign-in already uses {email}.")
    user = User.objects.create_user(
        email.lower(), email=email, last_name=person.family_name, is_staff=democratic_services
    )  # with no usable password until they set one
    roles.link_person(user, person)
    if democratic_services:
        user.groups.add(Group.objects.get(name=roles.DEMOCRATIC_SERVICES))
    after_commit(tasks.email_password_link.delay, user.pk, INVITATION)
    return user


def refuse_the_untouchable(user, by) -> None:
    if user.is_superuser:
        raise ValidationError(f"{user} is a superuser: only a superuser changes their sign-in.")
    if user.pk == by.pk:
        raise ValidationError("You cannot do that to your own sign-in: ask a colleague.")


@transaction.atomic
def deactivate(*, user, by) -> None:
    """The user can no longer sign in, and every session they have ends at its next request (Django reads
    an inactive user as signed out)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    refuse_the_untouchable(user, by)
    if not user.is_active:
        raise ValidationError(f"{user} is already deactivated.")
    user.is_active = False
    user.save(update_fields=["is_active"])


def send_password_link(*, user, by=None) -> str:
    """Email `user` a link to set a new password: their invitation again if they never set one. Returns
    which was sent."""
    if by is not None:
        refuse_the_untouchable(user, by)
    if not user.is_active:
        raise ValidationError(f"{user} is deactivated: activate the sign-in first.")
    if not user.email:
        raise ValidationError(f"{user} has no email address.")
    purpose = RESET if user.has_usable_password() else INVITATION
    after_commit(tasks.email_password_link.delay, user.pk, purpose)
    return purpose
