"""The OpenAPI schema's account of each operation, with the errors it answers too, so a client (and the
schema's own checks) know every status code the API gives: 400 for a filter it cannot read, with the reason
by parameter; 404 for an id, a meeting or a page that is not there; 429 past the rate limit."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong.")


REFUSED_FILTERS = OpenApiResponse(
    {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "example": {"from": ["Enter a valid date."]},
    },
    description="A filter value the API cannot read: the reasons, by parameter.",
)
NOT_FOUND = OpenApiResponse(ErrorSerializer, description="No such object, meeting or page.")
TOO_MANY = OpenApiResponse(
    ErrorSerializer, description="Too many requests from this address: try again after Retry-After seconds."
)


class OpenDataSchema(AutoSchema):
    def get_response_serializers(self):
        answers = {200: super().get_response_serializers()}
        if getattr(self.view, "action", None) == "list":
            answers[400] = REFUSED_FILTERS
        return answers | {404: NOT_FOUND, 429: TOO_MANY}
