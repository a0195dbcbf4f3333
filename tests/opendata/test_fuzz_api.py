"""The open data API fuzzed from its own OpenAPI schema (/api/schema/, read by schemathesis): every operation,
sent values its schema allows and values it does not, in this process through the site's WSGI application,
over a world of published, exempt and unpublished records (tests/factories/opendata.py). Never a server
error; every status code one the schema gives; every response the shape the schema says."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.factories import RESOURCES, open_data_world, path_parameters, world_for_the_module
from tests.fuzzing import examples

pytestmark = pytest.mark.django_db

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
EXAMPLES_PER_OPERATION = examples(15)


@pytest.fixture
def site():
    """The site's WSGI application, run as Django's test client runs it: the database connection, which holds
    the test's transaction and its world, stays open from one request to the next."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with world_for_the_module(django_db_blocker, open_data_world) as world:
        yield world


@pytest.fixture
def api_schema(settings, site, world):
    # Each example is a request: far more than one client may make in a minute.
    settings.REST_FRAMEWORK = settings.REST_FRAMEWORK | {
        "DEFAULT_THROTTLE_RATES": {"opendata": "100000/minute"}
    }
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", site)


def operations(schema, resource: str) -> list:
    return [result.ok() for result in schema.include(path_regex=f"^/api/{resource}/").get_all_operations()]


def test_every_operation_of_the_schema_is_fuzzed(api_schema):
    fuzzed = {operation.label for resource in RESOURCES for operation in operations(api_schema, resource)}
    assert fuzzed == {result.ok().label for result in api_schema.get_all_operations()}


def cases(operation, mode, real_ids: dict):
    """The operation's cases: for the values the schema allows, half of them at the address of a real row
    (whose query parameters are fuzzed), not only at ids of no row."""
    generated = operation.as_strategy(generation_mode=mode)
    if mode == GenerationMode.NEGATIVE or not operation.path_parameters:
        return generated
    wanted = {parameter.name for parameter in operation.path_parameters}
    named = {name: value for name, value in real_ids.items() if name in wanted}
    return generated | operation.as_strategy(generation_mode=mode, path_parameters=named)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("resource", RESOURCES)
def test_the_open_data_api(api_schema, world, resource, mode):
    for operation in operations(api_schema, resource):

        @given(case=cases(operation, mode, path_parameters(world)[resource]))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
        )
        def is_answered_as_the_schema_says(case):
            case.call_and_validate(checks=CHECKS)

        is_answered_as_the_schema_says()


@pytest.mark.parametrize("meeting", ["1.5", str(2**63), "-" + "9" * 30, "0"])
def test_an_id_filter_takes_only_what_an_id_can_be(client, meeting):
    """1.5 is not read as meeting 1; a number beyond the database's integers is not looked up (SQLite cannot
    compare it): both are refused, with the reason."""
    response = client.get("/api/agenda-items/", {"meeting": meeting})
    assert response.status_code == 400
    assert list(response.json()) == ["meeting"]
