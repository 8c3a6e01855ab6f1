"""Schemathesis against the OpenAPI schema: no 5xx, every response matches the schema."""
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings

from eventwire.inputs import read_inputs
from eventwire.samples import SAMPLES_DIR
from eventwire.server import create_app
from eventwire.store import Store

_TARGET = str(Path(tempfile.mkdtemp(prefix="eventwire-fuzz-")) / "s.duckdb")
with Store(_TARGET) as _store:
    _store.ingest(read_inputs(str(SAMPLES_DIR)))
APP = create_app(_TARGET, token="fuzz-token")
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)


def test_every_operation_conforms_to_its_schema():
    operations = [result.ok() for result in SCHEMA.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            case.call_and_validate(headers={"Authorization": "Bearer fuzz-token"})

        check()
