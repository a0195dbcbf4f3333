"""The OpenAPI schema: it generates without a warning and validates, every address in it answers a GET, and
what each answers is what the schema says it is."""

import copy
import re
from datetime import date, datetime
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml
from django.core.management import call_command

from tests.factories import RESOURCES, open_data_world, path_parameters

pytestmark = pytest.mark.django_db


def test_the_schema_generates_without_warnings_and_validates(tmp_path):
    written = tmp_path / "schema.yaml"

    # Raises on any warning, or if the schema breaks the OpenAPI 3 specification.
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--urlconf", "opendata.urls", "--file", str(written)
    )

    schema = yaml.safe_load(written.read_text())
    assert {path.split("/")[2] for path in schema["paths"]} == set(RESOURCES)
    assert all(set(operations) == {"get"} for operations in schema["paths"].values())  # read-only


def test_the_schema_is_served_as_yaml_and_as_json(client):
    as_yaml = client.get("/api/schema/")
    as_json = client.get("/api/schema/", {"format": "json"})

    assert as_yaml.status_code == as_json.status_code == 200
    assert as_yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert yaml.safe_load(as_yaml.content) == as_json.json()
    assert as_json.json()["info"]["title"].endswith("open data API")


# The formats the schema uses, checked (null and other types pass: the schema's types judge them). An
# address must be a full one: a blank URL is its own alternative in the schema.
FORMATS = jsonschema.FormatChecker([])


@FORMATS.checks("uri")
def is_address(value) -> bool:
    parts = urlsplit(value) if isinstance(value, str) else None
    return parts is None or (parts.scheme in ("http", "https") and bool(parts.netloc))


@FORMATS.checks("date", raises=ValueError)
def is_date(value) -> bool:
    return not isinstance(value, str) or bool(date.fromisoformat(value))


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value) -> bool:
    return not isinstance(value, str) or bool(datetime.fromisoformat(value))


def nullable_as_json_schema(schema):
    """OpenAPI 3.0's `nullable: true` as JSON Schema says it: null is one of the types allowed."""
    if isinstance(schema, dict):
        converted = {key: nullable_as_json_schema(value) for key, value in schema.items()}
        if converted.pop("nullable", False):
            if "type" in converted:
                converted["type"] = [converted["type"], "null"]
            else:
                converted = {"anyOf": [converted, {"type": "null"}]}
        return converted
    if isinstance(schema, list):
        return [nullable_as_json_schema(value) for value in schema]
    return schema


def test_every_address_in_the_schema_answers_a_get_with_what_the_schema_describes(client):
    world = open_data_world()
    schema = client.get("/api/schema/", {"format": "json"}).json()
    components = nullable_as_json_schema(schema["components"])
    parameters = path_parameters(world)

    for template, operations in schema["paths"].items():
        operation = operations["get"]
        assert not [p for p in operation.get("parameters", []) if p.get("required") and p["in"] == "query"]
        values = parameters[template.split("/")[2]]
        address = re.sub(r"{(\w+)}", lambda match, values=values: str(values[match[1]]), template)

        response = client.get(address)

        assert response.status_code == 200, (address, response.content)
        described = operation["responses"]["200"]["content"]["application/json"]["schema"]
        body = response.json()
        assert body.get("results", [body]), address  # something to check against the schema
        # OpenAPI 3.0's schema objects follow JSON Schema draft 4 (a boolean exclusiveMaximum, for one).
        validator = jsonschema.Draft4Validator(
            {**copy.deepcopy(described), "components": components}, format_checker=FORMATS
        )
        validator.validate(body)
