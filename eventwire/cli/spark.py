"""spark-code: code a corpus on a Spark cluster (or locally) into date-partitioned Parquet."""
from __future__ import annotations

from typing import Optional

import typer

from eventwire.cli.common import TEXT_COLUMN_HELP, app, err, fail


@app.command("spark-code")
def spark_code_cmd(
    input_: str = typer.Argument(..., metavar="INPUT", help="Parquet (file or folder) or JSONL (plain or .gz) corpus; "
                                                           "any path Spark reads (hdfs://, s3a://, ...)"),
    output: str = typer.Argument(..., metavar="OUTPUT", help="folder for events/ (by event_date) and articles/"),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master, e.g. local[4] or spark://host:7077 "
                                                                 "(default: spark-submit's, else local[*])"),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1, help="repartition the input to spread "
                                                                               "coding over this many tasks"),
    lang: Optional[str] = typer.Option(None, "--lang", help="language of articles without one (default: detected)"),
    text_column: str = typer.Option("text", "--text-column", help=TEXT_COLUMN_HELP),
) -> None:
    """Code a corpus with Spark; `eventwire ingest OUTPUT` then loads the result into a store."""
    try:
        from eventwire.spark import code_corpus, spark_session
    except ImportError:
        fail("pyspark is not installed: pip install 'eventwire[spark]'", 2)
    from pyspark.errors import PySparkException

    spark = spark_session(master)
    try:
        counts = code_corpus(spark, input_, output, lang=lang, text_column=text_column, partitions=partitions)
    except (ValueError, PySparkException) as exc:
        fail(f"{input_}: {str(exc).splitlines()[0]}", 2)
    finally:
        spark.stop()
    err.print(f"{output}: {counts['articles']} articles ({counts['with_errors']} with errors), "
              f"{counts['events']} events", highlight=False)
