"""Schemathesis against the OpenAPI schema, on DuckDB and on PostgreSQL: no 5xx, every response
matches the schema."""
import schemathesis
from hypothesis import HealthCheck, given, settings

from eventwire.inputs import read_inputs
from eventwire.samples import SAMPLES_DIR
from eventwire.server import create_app
from eventwire.store import Store


def test_every_operation_conforms_to_its_schema(store_target):
    with Store(store_target) as store:
        store.ingest(read_inputs(str(SAMPLES_DIR)))
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store_target, token="fuzz-token"))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            case.call_and_validate(headers={"Authorization": "Bearer fuzz-token"})

        check()
