"""Exports and imports: JSONL of full records, Parquet partitioned by month, GDELT 2.0 TSV.

JSONL is the coding output of DESIGN.md with each article's text added, so offsets can
be checked after a move. Parquet holds one row per event mention (the store's columns),
in `event_month=YYYY-MM/` folders, and the articles (text and metadata) in `articles/`. The GDELT file has one row per story (GDELT counts
events, not mentions) in the 61 columns of the GDELT 2.0 event table; the columns we
fill are listed in GDELT_COLUMNS' comment, the others stay empty.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from eventwire.store.backends import StoreError
from eventwire.store.columns import EVENT_COLUMNS, EVENT_SCHEMA
from eventwire.store.queries import add_actors, add_missing_stories

_STRING = pa.string()
PARTITION = "event_month"
# bulk loads are sorted by dyad and day, so that DuckDB's per-row-group min/max
# statistics let a dyad query skip most of the table
CLUSTER_ORDER = [("source_country", "ascending"), ("target_country", "ascending"), ("day", "ascending")]

# GDELT 2.0 Event Codebook (V2.0, GDELT Project, 2015), columns in file order. Filled:
# GLOBALEVENTID (from the story id), SQLDATE/MonthYear/Year/FractionDate (the event's date; for a story
# the text does not date, the article's dateline, else the day it was stored, as GDELT dates by
# publication), Actor1/2 Code (CAMEO style: TURGOV, IGOEU, PKKREB), Name (person, else office),
# CountryCode (ISO3, not GDELT's CAMEO country codes where they differ), KnownGroupCode (the
# organisation or group: EU, NATO, PKK), Type1Code (sector); IsRootEvent
# (lead sentence), EventCode/BaseCode/RootCode, QuadClass, GoldsteinScale, NumMentions,
# NumSources, NumArticles (from the story); ActionGeo Type (1 country, 4 place), FullName,
# CountryCode (ISO3), Lat, Long, FeatureID (GeoNames id); DATEADDED; SOURCEURL (url or id).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


@dataclass
class ImportReport:
    articles: int = 0
    skipped: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def _event_batches(store, size: int = 100_000) -> Iterator[pa.Table]:
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY day, event_id"
    yield from store.db.batches(sql, [], EVENT_SCHEMA, size)


def export_jsonl(store, path: str | Path) -> int:
    """Every article with its text and full event records, one JSON line each."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for article in store.articles():
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            count += 1
    return count


def import_jsonl(store, path: str | Path, assign_stories: bool = False) -> ImportReport:
    """Load article lines with coded events (an export, or `eventwire code` output).

    Story ids are kept as given unless `assign_stories`, which groups the events into
    this store's stories (use it for fresh coding output). Articles already stored with
    the same text are skipped; a bad line is reported and the rest goes on.
    """
    from eventwire.store import text_hash

    report = ImportReport()
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict) or "id" not in data or not isinstance(data.get("events", []), list):
                    raise ValueError("not an article line with 'id' and 'events'")
            except ValueError as exc:
                report.errors.append(f"{path}:{number}: {exc}")
                continue
            stored = store.db.execute("SELECT text_hash FROM articles WHERE id = ?", [data["id"]])
            if stored and stored[0][0] == text_hash(data.get("text") or ""):
                report.skipped += 1
                continue
            try:
                store.add_article(data, keep_story_ids=not assign_stories)
            except (KeyError, TypeError, ValueError) as exc:
                report.errors.append(f"{path}:{number}: malformed event record ({exc})")
                continue
            report.articles += 1
            report.events += len(data.get("events") or [])
    return report


ARTICLES_FOLDER = "articles"  # beside the event_month= folders: each article with its text and metadata
ARTICLE_EXPORT = ("id", "lang", "text", "text_hash", "dateline_date", "title", "url", "source", "coder", "errors",
                  "ingested_at")
ARTICLE_SCHEMA = pa.schema([(c, pa.date32() if c == "dateline_date" else pa.timestamp("us") if c == "ingested_at"
                             else _STRING) for c in ARTICLE_EXPORT])


def export_parquet(store, folder: str | Path) -> int:
    """Events as Parquet under `folder/event_month=YYYY-MM/` (undated: `event_month=unknown`), and the
    articles (text and metadata, so that offsets and first/last reports survive) under `folder/articles/`."""
    _export_articles(store, Path(folder) / ARTICLES_FOLDER)
    schema = EVENT_SCHEMA.append(pa.field(PARTITION, _STRING))
    count = 0

    def with_month() -> Iterator[pa.RecordBatch]:
        nonlocal count
        for table in _event_batches(store):
            months = [d.strftime("%Y-%m") if d else "unknown" for d in table.column("day").to_pylist()]
            count += table.num_rows
            yield from table.append_column(PARTITION, pa.array(months, _STRING)).to_batches()

    ds.write_dataset(with_month(), folder, schema=schema, format="parquet",
                     partitioning=ds.partitioning(pa.schema([(PARTITION, _STRING)]), flavor="hive"),
                     existing_data_behavior="overwrite_or_ignore", basename_template="events-{i}.parquet")
    return count


def _export_articles(store, folder: Path) -> None:
    sql = f"SELECT {', '.join(ARTICLE_EXPORT)} FROM articles ORDER BY id"
    batches = (batch for table in store.db.batches(sql, [], ARTICLE_SCHEMA, 50_000) for batch in table.to_batches())
    ds.write_dataset(batches, folder, schema=ARTICLE_SCHEMA,
                     format="parquet", existing_data_behavior="overwrite_or_ignore",
                     basename_template="articles-{i}.parquet")


def _import_articles(store, folder: Path, batch_rows: int) -> int:
    """Article rows of an export (existing ids are kept); the articles they were exported with."""
    dataset = ds.dataset(folder, format="parquet")
    missing = [c for c in ARTICLE_EXPORT if c not in dataset.schema.names]
    if missing:
        raise StoreError(f"{folder}: not an eventwire articles export (missing columns {', '.join(missing)})")
    return _load(store, dataset, "articles", ARTICLE_EXPORT, ARTICLE_SCHEMA, batch_rows)


def _load(store, dataset, table: str, columns, schema, batch_rows: int, order=None) -> int:
    """Rows of `dataset` into `table`, a transaction a batch (sorted by `order` when given)."""
    count = 0
    for batch in dataset.to_batches(columns=list(columns), batch_size=batch_rows):
        rows = pa.Table.from_batches([batch]).cast(schema)
        with store.db.transaction():
            store.db.load_arrow(table, rows.sort_by(order) if order else rows)
        count += batch.num_rows
    return count


def import_parquet(store, source: str | Path, batch_rows: int = 500_000) -> int:
    """Bulk-load event rows from Parquet (a file or an export folder, whose articles come too); existing ids
    are kept."""
    path = Path(source)
    if not path.exists():
        raise StoreError(f"{path}: no such Parquet file or folder")
    try:
        if path.is_dir() and (path / ARTICLES_FOLDER).is_dir():
            _import_articles(store, path / ARTICLES_FOLDER, batch_rows)
        events = [str(p) for p in sorted(path.glob(f"{PARTITION}=*/*.parquet"))] if path.is_dir() else []
        dataset = ds.dataset(events or path, format="parquet", partitioning="hive",
                             partition_base_dir=str(path) if events else None)
        missing = [c for c in EVENT_COLUMNS if c not in dataset.schema.names]
        if missing:
            raise StoreError(f"{path}: not an eventwire events export (missing columns {', '.join(missing[:5])})")
        count = _load(store, dataset, "events", EVENT_COLUMNS, EVENT_SCHEMA, batch_rows, CLUSTER_ORDER)
    except (pa.ArrowInvalid, OSError) as exc:
        raise StoreError(f"{path}: cannot read as Parquet ({exc})") from exc
    with store.db.transaction():
        add_missing_stories(store.db)
        add_actors(store.db)
    return count


def export_gdelt(store, path: str | Path) -> int:
    """One GDELT 2.0 event-table row per story, tab-separated, no header (as GDELT ships)."""
    sql = (
        "WITH ranked AS (SELECT e.*, row_number() OVER (PARTITION BY e.story_id ORDER BY e.day, e.event_id) AS rank"
        " FROM events e)"
        " SELECT r.story_id, r.day, r.source_code, r.source_name, r.source_role, r.source_country, r.source_sector,"
        " r.target_code, r.target_name, r.target_role, r.target_country, r.target_sector, r.sentence_index,"
        " r.cameo, r.cameo_root, r.quad_class, r.goldstein, s.mentions, s.sources, s.articles,"
        " r.location_name, r.location_country, r.lat, r.lon, r.geonameid, a.ingested_at, coalesce(a.url, r.article_id),"
        " a.dateline_date"
        " FROM ranked r JOIN story_summary s ON s.story_id = r.story_id LEFT JOIN articles a ON a.id = r.article_id"
        " WHERE r.rank = 1 ORDER BY r.day, r.story_id")
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for row in store.db.execute(sql):
            writer.writerow(_gdelt_row(row))
            count += 1
    return count


def gdelt_actor_code(country: str | None, sector: str | None) -> str:
    """A CAMEO actor code as GDELT writes it: country and sector run together ("TURGOV"), an organisation as IGO
    and its name ("IGOEU", "IGONATO"), a group of no state by its name ("PKKREB")."""
    if not country:
        return ""
    head, colon, group = country.partition(":")
    return (("IGO" if head == "IGO" else "") + group if colon else country) + (sector or "")


def _gdelt_actor(code, name, role, country, sector) -> list:
    if code is None:
        return [""] * 10
    group = country.split(":", 1)[1] if country and ":" in country else ""
    return [gdelt_actor_code(country, sector), (name or role or "").replace("\t", " "), "" if group else country,
            group, "", "", "", sector or "", "", ""]


def _gdelt_row(row: tuple) -> list:
    (story_id, day, s_code, s_name, s_role, s_country, s_sector, t_code, t_name, t_role, t_country, t_sector,
     sentence, cameo, root, quad, goldstein, mentions, sources, articles,
     place, place_country, lat, lon, geonameid, added, url, dateline) = row
    dates = ["", "", "", ""]
    day = day or dateline or (added.date() if added else None)  # (GDELT dates every event: undated, by its report)
    if day:
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                 f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"]
    geo = [""] * 8
    if place_country:
        geo = ["4" if geonameid else "1", place or place_country, place_country, "", "",
               "" if lat is None else lat, "" if lon is None else lon, geonameid or ""]
    return [int(story_id[1:], 16), *dates,
            *_gdelt_actor(s_code, s_name, s_role, s_country, s_sector),
            *_gdelt_actor(t_code, t_name, t_role, t_country, t_sector),
            int(sentence == 0), cameo, cameo[:3], root, quad, goldstein if goldstein is not None else "",
            mentions, sources, articles, "", *([""] * 16), *geo,
            added.strftime("%Y%m%d%H%M%S") if added else "", url]
