from django import template

from scrutiny import admin_to_do

register = template.Library()


@register.inclusion_tag("admin/to_do.html", takes_context=True)
def to_do_list(context):
    return {"sections": admin_to_do.to_do_for(context["request"].user)}


@register.filter
def sign_in_records_last(app_list):
    """The admin's apps with the sign-in records (django-axes's access attempts) after the committees' work,
    which the alphabet would put first."""
    return sorted(app_list, key=lambda app: app["app_label"] == "axes")
