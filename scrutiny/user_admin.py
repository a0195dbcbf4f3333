"""Sign-ins in the admin, for Democratic Services: invite a person (a page of its own), deactivate sign-ins,
send a link to set a new password, and remove a lost phone's authenticator app (actions). What they may change
is held in: a person's role among the site's roles (never a permission of its own, nor superuser), nobody's
password, no superuser at all, and never their own roles. The workflows are scrutiny/accounts.py's.
Superusers keep Django's own form besides."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import accounts, roles, second_factor
from .admin_steps import take_each
from .models import Person
from .password_links import link_days

User = get_user_model()
ROLE_NAMES = [roles.DEMOCRATIC_SERVICES, roles.MEMBER, roles.OFFICER]


class InviteForm(forms.Form):
    person = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        help_text="Councillors, co-opted members and officers without a sign-in. Add someone new under "
        "People first.",
        error_messages={
            "required": "Choose the person to invite.",
            "invalid_choice": "Choose a person from the list.",
        },
    )
    email = forms.EmailField(
        required=False,
        max_length=254,
        help_text="Leave blank to use the address on their record. It is their username too.",
    )
    democratic_services = forms.BooleanField(
        required=False,
        label="A member of Democratic Services",
        help_text="Runs the committees here in the admin, and reads everything, exempt papers included.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        field.queryset = Person.objects.filter(user__isnull=True).exclude(kind=Person.Kind.GUEST)
        field.label_from_instance = lambda person: ", ".join(
            part for part in (person.name, person.get_kind_display(), person.job_title) if part
        )

    def clean(self):
        data = super().clean()
        person = data.get("person")
        if person is None or "email" in self.errors:
            return data
        data["email"] = (data.get("email") or person.email).strip()
        if not data["email"]:
            self.add_error("email", f"{person} has no email address on their record: enter one.")
        elif accounts.address_taken(data["email"]):
            self.add_error("email", f"A sign-in already uses {data['email']}.")
        return data


class CouncilUserAdmin(UserAdmin):
    list_display = [
        "username",
        "email",
        "person",
        "role_names",
        "is_active",
        "has_second_factor",
        "last_login",
    ]
    list_filter = ["is_active", "groups"]
    search_fields = ["username", "first_name", "last_name", "email", "person__name"]
    list_select_related = ["person"]
    actions = ["send_password_links", "deactivate", "remove_second_factor"]
    change_list_template = "admin/auth/user/council_change_list.html"
    readonly_fields = ["person_link", "second_factor", "council_account", "last_login", "date_joined"]
    # Democratic Services' form: Django's, less what is not theirs to set.
    staff_fieldsets = [
        (None, {"fields": ["username"]}),
        ("Personal info", {"fields": ["first_name", "last_name", "email"]}),
        (
            "Role",
            {
                "fields": ["is_active", "groups"],
                "description": "Democratic Services run the committees in the admin; members and officers "
                "use the site's pages. A deactivated sign-in cannot sign in.",
            },
        ),
        (
            "Signing in",
            {"fields": ["person_link", "second_factor", "council_account", "last_login", "date_joined"]},
        ),
    ]

    def get_queryset(self, request):
        has_device = Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True))
        users = super().get_queryset(request).annotate(has_device=has_device).prefetch_related("groups")
        if not request.user.is_superuser:
            users = users.filter(is_superuser=False)  # theirs to see or change, never
        return users

    def get_fieldsets(self, request, obj=None):
        if request.user.is_superuser or obj is None:
            return super().get_fieldsets(request, obj)
        return self.staff_fieldsets

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk and not request.user.is_superuser:
            fields += ["groups", "is_active"]  # nobody gives themselves a role, or locks themselves out
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            # Three roles: boxes to tick, not the two-list picker Django gives a long list.
            kwargs["queryset"] = Group.objects.filter(name__in=ROLE_NAMES)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_add_permission(self, request):
        # Django's page to add a user asks for their password: Democratic Services invite people instead.
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_invite_permission(self, request) -> bool:
        return request.user.has_perm("auth.add_user")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not request.user.is_superuser:
            # The admin is Democratic Services': whoever has the role uses it, and nobody else.
            user = form.instance
            staff = user.groups.filter(name=roles.DEMOCRATIC_SERVICES).exists()
            if user.is_staff != staff:
                user.is_staff = staff
                user.save(update_fields=["is_staff"])

    def user_change_password(self, request, id, form_url=""):
        if not request.user.is_superuser:
            raise PermissionDenied("Send a link to set a new password instead.")
        return super().user_change_password(request, id, form_url)

    # --- what the list and the page show -------------------------------------------------------------

    @admin.display(description="roles")
    def role_names(self, user):
        return ", ".join(sorted(group.name for group in user.groups.all())) or "none"

    @admin.display(description="second factor", boolean=True, ordering="has_device")
    def has_second_factor(self, user):
        return user.has_device

    @admin.display(description="person")
    def person_link(self, user):
        person = getattr(user, "person", None)
        if person is None:
            return "None: link one on the person's page"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:scrutiny_person_change", args=[person.pk]), person
        )

    @admin.display(description="authenticator app")
    def second_factor(self, user):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        return f"Set up on {device.created_at:%-d %B %Y}" if device else "None"

    @admin.display(description="council account")
    def council_account(self, user):
        account = getattr(user, "council_account", None)
        return f"Linked on {account.linked_at:%-d %B %Y}" if account else "Not linked"

    # --- actions -------------------------------------------------------------------------------------

    @admin.action(
        description="Send a link to set a new password (the invitation, if never set)", permissions=["change"]
    )
    def send_password_links(self, request, users):
        def done(user, purpose):
            what = "invitation" if purpose == accounts.INVITATION else "link to set a new password"
            return f"The {what} is on its way to {user.email}."

        take_each(
            self, request, users, lambda user: accounts.send_password_link(user=user, by=request.user), done
        )

    @admin.action(description="Deactivate the sign-ins", permissions=["change"])
    def deactivate(self, request, users):
        take_each(
            self,
            request,
            users,
            lambda user: accounts.deactivate(user=user, by=request.user),
            lambda user, _: f"Deactivated: {user} can no longer sign in.",
        )

    @admin.action(description="Remove the authenticator app (a lost phone)", permissions=["change"])
    def remove_second_factor(self, request, users):
        def remove(user):
            accounts.refuse_the_untouchable(user, request.user)
            if not second_factor.remove(user):
                raise ValidationError(f"{user} has no authenticator app.")

        take_each(
            self,
            request,
            users,
            remove,
            lambda user, _: (
                f"Removed the authenticator app of {user}: they add a new one when they next sign in."
            ),
        )

    # --- inviting --------------------------------------------------------------------------------------

    def get_urls(self):
        invite = path("invite/", self.admin_site.admin_view(self.invite_view), name="auth_user_invite")
        return [invite, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra = {"has_invite_permission": self.has_invite_permission(request), **(extra_context or {})}
        return super().changelist_view(request, extra)

    def invite_view(self, request):
        if not self.has_invite_permission(request):
            raise PermissionDenied
        form = InviteForm(request.POST or None, initial={"person": request.GET.get("person")})
        if request.method == "POST" and form.is_valid():
            try:
                user = accounts.invite(by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.log_addition(request, user, "Invited by email.")
                self.message_user(
                    request,
                    f"{form.cleaned_data['person']} is invited: an email with a link to choose a password "
                    f"has gone to {user.email}.",
                    messages.SUCCESS,
                )
                return redirect("admin:auth_user_change", user.pk)
        fieldsets = [(None, {"fields": ["person", "email", "democratic_services"]})]
        context = {
            **self.admin_site.each_context(request),
            "title": "Invite a person to sign in",
            "opts": self.opts,
            "form": form,
            "adminform": helpers.AdminForm(form, fieldsets, {}),
            "errors": helpers.AdminErrorList(form, []),
            "days": link_days(),
        }
        return TemplateResponse(request, "admin/auth/user/invite.html", context)


admin.site.unregister(User)
admin.site.register(User, CouncilUserAdmin)
