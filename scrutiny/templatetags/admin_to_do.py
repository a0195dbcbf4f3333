from django import template

from scrutiny import admin_to_do

register = template.Library()


@register.inclusion_tag("admin/to_do.html", takes_context=True)
def to_do_list(context):
    return {"sections": admin_to_do.to_do_for(context["request"].user)}
