"""Parquet corpora: one article per row, read a batch of rows at a time."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.inputs import METADATA, RawArticle
from eventwire.inputs.lines import article_from_row

BATCH_ROWS = 256


def read_parquet(path: Path, text_column: str = "text") -> Iterator[RawArticle]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as exc:
        yield _unreadable(path, f"cannot read as Parquet ({exc})")
        return
    names = parquet.schema_arrow.names
    if text_column not in names:
        yield _unreadable(path, f"no '{text_column}' column (columns: {', '.join(names)}); "
                                "name the text column with --text-column")
        return
    columns = [c for c in ("id", text_column, *METADATA) if c in names]
    rows_total = max(parquet.metadata.num_rows, 1)
    size = path.stat().st_size
    number = 0
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            number += 1
            yield article_from_row(row.get, f"{path}:row {number}", text_column, size * number // rows_total,
                                   has_text=row.get(text_column) is not None)


def _unreadable(path: Path, problem: str) -> RawArticle:
    """The whole file as one failed input: the rest of the corpus is still read."""
    return RawArticle(None, None, origin=str(path), offset=path.stat().st_size, error=f"{path}: {problem}")
