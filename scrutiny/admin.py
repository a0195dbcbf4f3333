"""Committees and people in the admin: Democratic Services keep the membership of every committee here."""

from axes import admin as axes_admin
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from . import admin_search, autocomplete, roles, user_admin  # noqa: F401  (user_admin registers the users' admin)
from .forms import UsernameWithinLimit
from .models import ClosureDay, Committee, CommitteeType, Membership, Message, Person, StandardItem, Team

autocomplete.install()  # for every admin page: the admin imports this module before it shows any
admin_search.install()

# The site header for the whole admin (meetings.admin relies on it too).
admin.site.site_header = f"{settings.COUNCIL_NAME} committees"
admin.site.site_title = f"{settings.COUNCIL_NAME} committees"
admin.site.index_title = "Democratic Services"


class AdminSignInForm(UsernameWithinLimit, AdminAuthenticationForm):
    pass


admin.site.login_form = AdminSignInForm


def _current_membership_q(prefix: str = "") -> Q:
    today = timezone.localdate()
    return (Q(**{f"{prefix}start_date__isnull": True}) | Q(**{f"{prefix}start_date__lte": today})) & (
        Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today})
    )


class CurrentMembershipFilter(admin.SimpleListFilter):
    title = "membership"
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("current", "Current"), ("past", "Ended"), ("future", "Not started yet")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "current":
            return queryset.current(today)
        if self.value() == "past":
            return queryset.filter(end_date__lt=today)
        if self.value() == "future":
            return queryset.filter(start_date__gt=today)
        return queryset


class MembershipInline(admin.TabularInline):
    """The members of a committee, on the committee's page."""

    model = Membership
    fields = ["person", "role", "is_voting", "voting_note", "start_date", "end_date"]
    autocomplete_fields = ["person"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "committee")


class PersonMembershipInline(MembershipInline):
    """The committees a person sits on, on the person's page."""

    fields = ["committee", "role", "is_voting", "voting_note", "start_date", "end_date"]
    autocomplete_fields = ["committee"]


class StandardItemInline(admin.TabularInline):
    """A type's standard agenda items, in the order they are added: renumber the positions to reorder."""

    model = StandardItem
    fields = ["position", "placement", "purpose", "wording"]
    extra = 1
    max_num = 40  # far more than any standing orders ask for, and a page that stays quick
    verbose_name = "standard agenda item"


@admin.register(CommitteeType)
class CommitteeTypeAdmin(admin.ModelAdmin):
    """The kinds of committee and their rules. A new type starts from the council's settings."""

    list_display = [
        "name",
        "publication_clear_days",
        "publication_counts_working_days",
        "question_deadline_clear_working_days",
        "report_draft_working_days",
        "report_final_working_days",
        "quorum",
        "committee_count",
    ]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug"]}),
        ("The agenda", {"fields": ["publication_clear_days", "publication_counts_working_days"]}),
        ("Public questions", {"fields": ["question_deadline_clear_working_days"]}),
        ("Reports from officers", {"fields": ["report_draft_working_days", "report_final_working_days"]}),
        ("Quorum", {"fields": ["quorum_fraction", "quorum_minimum"]}),
    ]
    inlines = [StandardItemInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(committees_of_type=Count("committees")).order_by("name")

    @admin.display(description="quorum")
    def quorum(self, committee_type):
        share = f"{committee_type.quorum_fraction.normalize():f}"
        return f"{share} of the voting members, at least {committee_type.quorum_minimum}"

    @admin.display(description="committees", ordering="committees_of_type")
    def committee_count(self, committee_type):
        return committee_type.committees_of_type


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "committee_type", "current_members", "is_active"]
    list_filter = ["committee_type", "is_active"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("committee_type")
            .annotate(
                current_member_count=Count("memberships", filter=_current_membership_q("memberships__"))
            )
            .order_by("name")  # a query that counts loses the model's own ordering
        )

    @admin.display(description="current members", ordering="current_member_count")
    def current_members(self, committee):
        return committee.current_member_count


class PartyFilter(admin.AllValuesFieldListFilter):
    """Each party, and "No party" for the people of none (officers): a link needs words."""

    def choices(self, changelist):
        for choice in super().choices(changelist):
            yield {**choice, "display": "No party"} if choice["display"] == "" else choice


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "party", "job_title", "department", "email"]
    list_filter = ["kind", ("party", PartyFilter)]
    search_fields = ["name", "family_name", "job_title", "department", "organisation", "email"]
    fieldsets = [
        (None, {"fields": ["name", "family_name", "kind", "party"]}),
        ("Role", {"fields": ["job_title", "department", "organisation"]}),
        ("Contact", {"fields": ["email", "phone"]}),
        (
            "Sign-in",
            {
                "fields": ["user", "invitation"],
                "description": "Linking a sign-in gives a councillor the Member role "
                "and an officer the Officer role.",
            },
        ),
    ]
    autocomplete_fields = ["user"]
    readonly_fields = ["invitation"]
    inlines = [PersonMembershipInline]

    @admin.display(description="invite")
    def invitation(self, person):
        if person.pk is None or person.user_id or person.kind == Person.Kind.GUEST:
            return "-"
        url = reverse("admin:auth_user_invite") + f"?person={person.pk}"
        return format_html('<a href="{}">Invite them to sign in by email</a>', url)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.user_id and "user" in form.changed_data:
            roles.link_person(obj.user, obj)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "committee", "role", "is_voting", "voting_note", "start_date", "end_date"]
    list_filter = [CurrentMembershipFilter, "committee", "role", "is_voting"]
    search_fields = ["person__name", "person__family_name", "committee__name", "voting_note"]
    autocomplete_fields = ["person", "committee"]
    list_select_related = ["person", "committee"]


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ["name", "lead", "email"]
    search_fields = ["name", "lead__name", "members__name"]
    list_select_related = ["lead"]
    autocomplete_fields = ["lead", "members"]


@admin.register(ClosureDay)
class ClosureDayAdmin(admin.ModelAdmin):
    list_display = ["date", "reason"]
    search_fields = ["reason"]
    date_hierarchy = "date"


class AccessAttemptAdmin(axes_admin.AccessAttemptAdmin):
    """django-axes' list of lock-outs, whose "Clean up expired attempts" reads the time of a sign-in attempt,
    which only a sign-in sets (jazzband/django-axes#1424): without it the action is a server error. Cleaning
    up, the attempt's time is now, so the lock-outs that ended before now go."""

    @admin.action(description="Clean up expired attempts")
    def cleanup_expired_attempts(self, request, queryset):
        request.axes_attempt_time = timezone.now()
        return super().cleanup_expired_attempts(request, queryset)


admin.site.unregister(AccessAttempt)
admin.site.register(AccessAttempt, AccessAttemptAdmin)


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    """The outbox: every email the chasing and the alerts decided on, what it said and when it went. A record,
    not something to edit; deleting one still waiting stops it going."""

    list_display = ["kind", "recipient", "key", "created_at", "sent_at", "attempts"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["recipient", "key"]
    date_hierarchy = "created_at"
    fields = ["kind", "recipient", "key", "about_type", "about_id", "created_at", "sent_at", "attempts"]
    fields += ["error", "subject", "body"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
