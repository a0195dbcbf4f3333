"""The API's documentation page, written from its OpenAPI schema, so the two never disagree."""

from dataclasses import dataclass
from functools import cache

from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.settings import spectacular_settings


@cache
def schema() -> dict:
    """The OpenAPI schema of the API (only its own addresses), made once: it changes only with the code."""
    generator = SchemaGenerator(urlconf=spectacular_settings.SERVE_URLCONF)
    return generator.get_schema(request=None, public=True)


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str  # "path" or "query"
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class Endpoint:
    path: str
    summary: str
    description: str
    parameters: list[Parameter]
    fields: list[Field]
    paginated: bool


def _component(reference: str) -> tuple[str, dict]:
    name = reference.rsplit("/", 1)[-1]
    return name, schema()["components"]["schemas"][name]


def type_of(property_schema: dict) -> str:
    """A property's type in words: "integer", "date", "list of Meeting", "one of: open, closed"."""
    if "$ref" in property_schema:
        name, component = _component(property_schema["$ref"])
        if "enum" in component:
            return "one of: " + ", ".join(str(choice) for choice in component["enum"] if choice)
        return name
    if "allOf" in property_schema:
        return " and ".join(type_of(part) for part in property_schema["allOf"])
    if "oneOf" in property_schema:
        return " or ".join(type_of(part) for part in property_schema["oneOf"])
    if property_schema.get("type") == "array":
        return f"list of {type_of(property_schema.get('items', {}))}"
    if "enum" in property_schema:
        return "one of: " + ", ".join(str(choice) for choice in property_schema["enum"] if choice)
    kind = property_schema.get("format") or property_schema.get("type", "any")
    return f"{kind} or null" if property_schema.get("nullable") else kind


def _fields(operation: dict) -> tuple[list[Field], bool]:
    """The fields of what a GET returns (of each row, for a page of a list), and whether it is paginated."""
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    response = next(iter(content.values()), {}).get("schema", {})
    if "$ref" not in response:
        return [], False
    _, component = _component(response["$ref"])
    results = component.get("properties", {}).get("results")
    paginated = results is not None
    if paginated:
        _, component = _component(results["items"]["$ref"])
    fields = [
        Field(name, type_of(property_schema), property_schema.get("description", ""))
        for name, property_schema in component.get("properties", {}).items()
    ]
    return fields, paginated


def endpoints() -> list[Endpoint]:
    found = []
    for path, operations in schema()["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        fields, paginated = _fields(operation)
        found.append(
            Endpoint(
                path=path,
                summary=operation.get("summary", ""),
                description=operation.get("description", ""),
                parameters=[
                    Parameter(
                        name=parameter["name"],
                        where=parameter["in"],
                        type=type_of(parameter.get("schema", {})),
                        required=parameter.get("required", False),
                        description=parameter.get("description", ""),
                    )
                    for parameter in operation.get("parameters", [])
                ],
                fields=fields,
                paginated=paginated,
            )
        )
    return found
