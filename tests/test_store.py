import duckdb

import eventwire
from eventwire.store import Store


def test_store_keeps_every_field_and_offsets_point_into_stored_text(tmp_path):
    article = eventwire.code("Rusya, Ukrayna'ya saldırdı.", article_id="r1", dateline="2026-02-02")
    with Store(tmp_path / "s.duckdb") as store:
        report = store.ingest([article])
        assert (report.added, report.events) == (1, 1)
        text, start, end, quote = store.db.execute(
            "SELECT a.text, e.start_offset, e.end_offset, e.quote FROM events e JOIN articles a ON a.id = e.article_id"
        ).fetchone()
        assert text[start:end] == quote
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    assert con.execute("SELECT cameo_root, source_country, target_country FROM events").fetchone() == ("18", "RUS", "UKR")
