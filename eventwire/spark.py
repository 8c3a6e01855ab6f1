"""Coding a corpus on a Spark cluster, with the same coder and the same events as one process.

    eventwire spark-code corpus/ coded/ [--master local[4]] [--partitions N]

Input: Parquet with a text column, or JSONL (plain or gzip), read by Spark's own readers
so that HDFS, S3 and other cluster paths work. Each article is coded by `eventwire.batch.
code_raw` inside the executors, which must have eventwire installed (see README, "Spark").
Output, under OUTPUT:

- `events/event_date=YYYY-MM-DD/*.parquet`: one row per event, the store's event columns
  (eventwire.store.columns; `event_date=unknown` for undated events);
- `articles/*.parquet`: one row per article: id, lang, text, dateline_date, title, url,
  source, coder, errors, and its number of events.

`eventwire ingest OUTPUT` loads both into a store, where stories are assigned.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.inputs import METADATA
from eventwire.spark_output import ARTICLE_FIELDS

UNDATED = "unknown"


def spark_session(master: str | None = None, app_name: str = "eventwire"):
    """A SparkSession: the cluster's when run by spark-submit, else `master` (default local[*])."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors use this Python in local mode
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # set by spark-submit, whose --master then holds
        builder = builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
    session = (builder.config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    return session


def code_corpus(spark, source: str, output: str, lang: str | None = None, text_column: str = "text",
                partitions: int | None = None) -> dict[str, int]:
    """Code `source` into `output` (see module doc); returns article, event and error counts."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    rows = _read_rows(spark, source, text_column)
    if partitions:
        rows = rows.repartition(partitions)
    coded = spark.createDataFrame(rows.rdd.mapPartitions(lambda part: _code_partition(part, lang, text_column)),
                                  _coded_schema())
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        coded.drop("events").withColumnRenamed("event_count", "events").write.mode("overwrite").parquet(
            f"{output}/articles")
        events = coded.select(F.explode("events").alias("e")).select("e.*")
        events.write.mode("overwrite").partitionBy("event_date").parquet(f"{output}/events")
        totals = coded.agg(F.count("*").alias("articles"), F.sum("event_count").alias("events"),
                           F.sum(F.when(F.size("errors") > 0, 1).otherwise(0)).alias("with_errors")).first()
    finally:
        coded.unpersist()
    return {"articles": totals["articles"], "events": totals["events"] or 0, "with_errors": totals["with_errors"] or 0}


def _read_rows(spark, source: str, text_column: str):
    """A DataFrame of input rows: Parquet columns, or JSONL lines as `line` with their file name."""
    from pyspark.sql import functions as F

    if _is_parquet(source):
        frame = spark.read.parquet(source)
        if text_column not in frame.columns:
            raise ValueError(f"{source}: no '{text_column}' column (columns: {', '.join(frame.columns)}); "
                             "name the text column with --text-column")
        keep = [c for c in ("id", text_column, *METADATA) if c in frame.columns]
        return frame.select(*keep).withColumn("_origin", F.input_file_name())
    return spark.read.text(source).select(F.col("value").alias("_line"), F.input_file_name().alias("_origin"))


def _is_parquet(source: str) -> bool:
    path = Path(source)
    if path.is_dir():
        return any(path.rglob("*.parquet"))
    return source.rstrip("/").endswith(".parquet")


def _code_partition(rows: Iterable, lang: str | None, text_column: str) -> Iterator[tuple]:
    """Executor side: input rows to coded article rows (with their event rows nested)."""
    from eventwire.batch import code_raw
    from eventwire.coding.pipeline import coder_for
    from eventwire.inputs.lines import article_from_row, json_article

    for row in rows:
        values = row.asDict()
        origin = values.pop("_origin")
        if "_line" in values:
            line = values["_line"]
            if not line.strip():
                continue
            raw = json_article(line.encode("utf-8"), origin, text_column, 0)
        else:
            raw = article_from_row(values.get, origin, text_column, 0, has_text=values.get(text_column) is not None)
        article = code_raw(raw, lang)
        coder = coder_for(article.lang).version if article.lang in ("tr", "en") and not raw.error else None
        yield _article_row(article.to_dict(with_text=True), coder)


def _article_row(data: dict[str, Any], coder: str | None) -> tuple:
    from eventwire.store.columns import event_row

    events = [(*event_row(record), index, _event_date(record.get("date")))
              for index, record in enumerate(data["events"])]
    return (*(data.get(f) for f in ARTICLE_FIELDS[:-1]), coder, data["errors"], len(events), events)


def _event_date(iso: str | None) -> str:
    """The partition of an event: its ISO date as coded (day, month or year precision)."""
    return iso or UNDATED


def _coded_schema():
    from pyspark.sql import types as T

    from eventwire.store.columns import EVENT_SCHEMA

    kinds = {"string": T.StringType(), "double": T.DoubleType(), "int32": T.IntegerType(),
             "int64": T.LongType(), "bool": T.BooleanType(), "date32[day]": T.DateType()}
    event = T.StructType([T.StructField(f.name, kinds[str(f.type)]) for f in EVENT_SCHEMA]
                         + [T.StructField("event_index", T.IntegerType()), T.StructField("event_date", T.StringType())])
    return T.StructType([T.StructField(name, T.StringType()) for name in ARTICLE_FIELDS]
                        + [T.StructField("errors", T.ArrayType(T.StringType())),
                           T.StructField("event_count", T.IntegerType()),
                           T.StructField("events", T.ArrayType(event))])


if __name__ == "__main__":  # spark-submit .../eventwire/spark.py INPUT OUTPUT [options]: the spark-code command
    from eventwire.cli import app

    app(["spark-code", *sys.argv[1:]])
