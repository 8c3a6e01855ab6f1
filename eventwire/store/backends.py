"""The two databases a store can live in, behind one small interface.

SQL is written once, with `?` placeholders and the SQL both DuckDB and PostgreSQL
understand; a backend only connects, runs statements, and bulk-loads Arrow tables.
"""
from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa


class StoreError(RuntimeError):
    """A store that cannot be opened, read or written; the message names the target."""


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


class Backend:
    dialect: str
    name: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def columns(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError

    def batches(self, sql: str, params: Sequence[Any], schema: pa.Schema, size: int = 100_000) -> Iterator[pa.Table]:
        """The result of a query as Arrow tables of at most `size` rows, read lazily."""
        raise NotImplementedError

    def load_arrow(self, table: str, data: pa.Table) -> None:
        """Insert an Arrow table into `table`, skipping rows whose key is already stored."""
        raise NotImplementedError

    def tables(self) -> set[str]:
        return {r[0] for r in self.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def close(self) -> None:
        raise NotImplementedError


class DuckDBBackend(Backend):
    dialect = "duckdb"

    def __init__(self, path: str, read_only: bool = False, wait: float = 10.0):
        import duckdb

        self._duckdb = duckdb
        self.name = path
        self.read_only = read_only
        file = Path(path)
        if read_only and not file.exists():
            raise StoreError(f"{path}: no such store file")
        if file.exists() and file.is_file() and file.stat().st_size and not _looks_like_duckdb(file):
            raise StoreError(f"{path}: not a DuckDB database file (its header does not match); "
                             "give a new path or an existing eventwire store")
        self.con = self._connect(wait)

    def _connect(self, wait: float):
        """Connect, waiting up to `wait` s while another process holds the write lock."""
        deadline = time.monotonic() + wait
        while True:
            try:
                return self._duckdb.connect(self.name, read_only=self.read_only)
            except self._duckdb.IOException as exc:
                message = str(exc)
                if "lock" in message.lower() and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                if "lock" in message.lower():
                    raise StoreError(f"{self.name}: another process holds the store open for writing (an ingest, or "
                                     f"`eventwire serve --token` while it stores a request); waited {wait:.0f} s. Run "
                                     "one writer at a time, or use a PostgreSQL store for many "
                                     f"({_first_line(message)})") from exc
                raise StoreError(f"{self.name}: cannot open the store ({_first_line(message)})") from exc
            except self._duckdb.Error as exc:
                raise StoreError(f"{self.name}: cannot open the store ({_first_line(str(exc))})") from exc

    def release(self, wait: float = 10.0) -> None:
        """Close and reopen, so that other processes can open the file in between."""
        self.con.close()
        time.sleep(0.02)
        self.con = self._connect(wait)

    def execute(self, sql, params=()):
        try:
            cur = self.con.execute(sql, list(params))
            return cur.fetchall() if cur.description else []
        except self._duckdb.Error as exc:
            raise _store_error(self.name, exc) from exc

    def executemany(self, sql, rows):
        if rows:
            try:
                self.con.executemany(sql, [list(r) for r in rows])
            except self._duckdb.Error as exc:
                raise _store_error(self.name, exc) from exc

    def columns(self, sql, params=()):
        try:
            cur = self.con.execute(sql, list(params))
            return [d[0] for d in cur.description], cur.fetchall()
        except self._duckdb.Error as exc:
            raise _store_error(self.name, exc) from exc

    def batches(self, sql, params, schema, size=100_000):
        try:
            reader = self.con.sql(sql, params=list(params) or None).to_arrow_reader(size)
            for batch in reader:
                yield pa.Table.from_batches([batch]).cast(schema)
        except self._duckdb.Error as exc:
            raise _store_error(self.name, exc) from exc

    def load_arrow(self, table, data):
        names = ", ".join(data.column_names)
        try:
            self.con.register("_eventwire_batch", data)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _eventwire_batch ON CONFLICT DO NOTHING")
        except self._duckdb.Error as exc:
            raise _store_error(self.name, exc) from exc
        finally:
            try:
                self.con.unregister("_eventwire_batch")
            except self._duckdb.Error:
                pass  # the failed statement already ended the transaction

    def close(self):
        self.con.close()


class PostgresBackend(Backend):
    dialect = "postgres"

    def __init__(self, url: str, read_only: bool = False, connect_timeout: int = 5):
        import psycopg

        self._psycopg = psycopg
        self.name = redact(url)
        try:
            self.con = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"{self.name}: cannot connect to PostgreSQL ({_first_line(str(exc))})") from exc
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")

    @staticmethod
    def _sql(sql: str) -> str:
        return re.sub(r"\?", "%s", sql.replace("%", "%%"))

    def execute(self, sql, params=()):
        try:
            cur = self.con.execute(self._sql(sql) if params else sql, list(params) or None)
            return cur.fetchall() if cur.description else []
        except self._psycopg.Error as exc:
            raise _store_error(self.name, exc) from exc

    def executemany(self, sql, rows):
        if rows:
            try:
                with self.con.cursor() as cur:
                    cur.executemany(self._sql(sql), [list(r) for r in rows])
            except self._psycopg.Error as exc:
                raise _store_error(self.name, exc) from exc

    def columns(self, sql, params=()):
        try:
            cur = self.con.execute(self._sql(sql) if params else sql, list(params) or None)
            return [d.name for d in cur.description], cur.fetchall()
        except self._psycopg.Error as exc:
            raise _store_error(self.name, exc) from exc

    def batches(self, sql, params, schema, size=100_000):
        try:
            with self.con.transaction(), self.con.cursor(name="eventwire_export") as cur:
                cur.execute(self._sql(sql) if params else sql, list(params) or None)
                while rows := cur.fetchmany(size):
                    yield pa.Table.from_pylist([dict(zip(schema.names, r)) for r in rows], schema=schema)
        except self._psycopg.Error as exc:
            raise _store_error(self.name, exc) from exc

    def load_arrow(self, table, data):
        import pyarrow.csv as pacsv

        names = ", ".join(data.column_names)
        buffer = io.BytesIO()
        pacsv.write_csv(data, buffer, pacsv.WriteOptions(include_header=False, quoting_style="needed"))
        staging = f"_eventwire_{table}"
        try:
            with self.con.transaction():
                self.con.execute(f"CREATE TEMP TABLE {staging} (LIKE {table} INCLUDING DEFAULTS)")
                with self.con.cursor().copy(f"COPY {staging} ({names}) FROM STDIN WITH (FORMAT csv)") as copy:
                    copy.write(buffer.getvalue())
                self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {staging} ON CONFLICT DO NOTHING")
                self.con.execute(f"DROP TABLE {staging}")
        except self._psycopg.Error as exc:
            raise _store_error(self.name, exc) from exc

    @contextmanager
    def transaction(self):
        try:
            with self.con.transaction():
                yield
        except self._psycopg.Error as exc:
            raise _store_error(self.name, exc) from exc

    def close(self):
        self.con.close()


def _looks_like_duckdb(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(16)
    return header[8:12] == b"DUCK"


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else message


def _store_error(name: str, exc: Exception) -> StoreError:
    message = _first_line(str(exc))
    lowered = message.lower()
    if "read-only" in lowered or "read only" in lowered:
        return StoreError(f"{name}: the store is open read-only ({message})")
    if "no space" in lowered or "file too large" in lowered or "disk" in lowered:
        return StoreError(f"{name}: out of disk space; the articles of the unfinished transaction were not stored, earlier ones are kept ({message})")
    return StoreError(f"{name}: {message}")


def open_backend(target: str | Path, read_only: bool = False, wait: float = 10.0) -> Backend:
    target = str(target)
    if is_postgres_url(target):
        return PostgresBackend(target, read_only=read_only)
    if "://" in target:
        raise StoreError(f"{target}: unknown store target; give a DuckDB file path or a postgresql:// URL")
    return DuckDBBackend(target, read_only=read_only, wait=wait)
