"""Schema versions: numbered SQL files applied in order, each in one transaction.

`NNN_name.sql` runs on every database; `NNN_name.<dialect>.sql` only on that one
(after the common file of the same number). The applied version is kept in `meta`.
"""
from __future__ import annotations

from importlib import resources

from eventwire.store.backends import Backend, StoreError

DIALECTS = ("duckdb", "postgres")


def _migrations() -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    for entry in resources.files("eventwire.store").joinpath("migrations").iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        parts = name[:-4].split(".")
        dialect = parts[1] if len(parts) > 1 else ""
        found.setdefault(int(name[:3]), []).append((dialect, entry.read_text(encoding="utf-8")))
    for files in found.values():
        files.sort(key=lambda f: f[0] != "")  # common file first
    return found


def latest_version() -> int:
    return max(_migrations())


def statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def current_version(db: Backend) -> int:
    tables = db.tables()
    if "meta" not in tables:
        if tables - {"meta"}:
            raise StoreError(f"{db.name}: holds tables {sorted(tables)[:5]} but no eventwire 'meta' table; "
                             "it is not an eventwire store (give a new path)")
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'")
    return int(row[0][0]) if row else 0


def migrate(db: Backend) -> int:
    """Bring the schema to the latest version; returns the version it started from."""
    start = current_version(db)
    latest = latest_version()
    if start > latest:
        raise StoreError(f"{db.name}: schema version {start} is newer than this eventwire knows ({latest}); "
                         "upgrade eventwire")
    for version in range(start + 1, latest + 1):
        with db.transaction():
            if version == 1:
                db.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            for dialect, sql in _migrations()[version]:
                if dialect in ("", db.dialect):
                    for statement in statements(sql):
                        db.execute(statement)
            db.execute("DELETE FROM meta WHERE key = 'schema_version'")
            db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", [str(version)])
    return start
