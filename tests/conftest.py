from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


def events_of(text: str, **kwargs):
    """The rule coder's events (the rule tests test the rules; the decision step has tests of its own)."""
    import eventwire

    kwargs.setdefault("rules_only", True)
    return eventwire.code(text, **kwargs).events


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the whole run (see tests/pgserver.py)."""
    import os

    from tests import pgserver

    if not pgserver.available():
        if os.environ.get("EVENTWIRE_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) are missing; install Debian's 'postgresql'")
        pytest.skip("PostgreSQL server binaries are not installed")
    server = pgserver.LocalPostgres().start()
    yield server
    server.stop()


@pytest.fixture(params=["duckdb", "postgres"])
def store_target(request, tmp_path):
    """A fresh, empty store target: a DuckDB file path, or a database on the test server."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    server = request.getfixturevalue("postgres_server")
    return server.database("t_" + request.node.name.split("[")[0][-40:].lower())
