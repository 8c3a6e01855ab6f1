"""Reading the OUTPUT folder of `eventwire spark-code` (no Spark needed: DuckDB reads the Parquet)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

ARTICLE_FIELDS = ("id", "lang", "text", "dateline_date", "title", "url", "source", "coder")


def is_spark_output(path: str | Path) -> bool:
    folder = Path(path)
    return folder.is_dir() and (folder / "articles").is_dir() and (folder / "events").is_dir()


def count_articles(path: str | Path) -> int:
    """How many articles a spark-code OUTPUT folder holds (from the Parquet footers)."""
    import duckdb

    with duckdb.connect() as con:
        return con.execute(f"SELECT count(*) FROM read_parquet('{Path(path) / 'articles' / '*.parquet'}')").fetchone()[0]


def read_spark_output(path: str | Path, batch: int = 1000) -> Iterator[dict]:
    """Coded articles (output JSON dicts with text, events and `coder`) from a spark-code OUTPUT folder."""
    import duckdb

    from eventwire.store.columns import EVENT_COLUMNS, event_record

    folder = Path(path)
    con = duckdb.connect()
    articles = str(folder / "articles" / "*.parquet")
    events = str(folder / "events" / "**" / "*.parquet")
    has_events = any((folder / "events").rglob("*.parquet"))
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    event_lists = (f"SELECT article_id, list(struct_pack({columns}) ORDER BY event_index) AS records "
                   f"FROM read_parquet('{events}', hive_partitioning = true) e GROUP BY article_id"
                   if has_events else "SELECT NULL::VARCHAR AS article_id, NULL AS records WHERE false")
    cursor = con.execute(f"SELECT a.*, r.records FROM read_parquet('{articles}') a "
                         f"LEFT JOIN ({event_lists}) r ON r.article_id = a.id ORDER BY a.id")
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(batch):
        for values in chunk:
            row = dict(zip(names, values))
            yield {**{f: row[f] for f in ARTICLE_FIELDS}, "errors": list(row["errors"] or []),
                   "events": [event_record(_plain(r)) for r in row["records"] or []]}
    con.close()


def _plain(record: dict) -> dict:
    """DuckDB's values as the coder gives them (ISO strings for dates stay strings)."""
    return {k: (v.isoformat() if k == "day" and v is not None else v) for k, v in record.items()}

