"""The store on both databases: every test runs against DuckDB and a real PostgreSQL server."""
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import eventwire
from eventwire.inputs import read_inputs
from eventwire.samples import sample_path
from eventwire.store import Store
from eventwire.store.columns import first_day
from eventwire.store.exchange import GDELT_COLUMNS
from eventwire.store.queries import cursor_after

DATA = Path(__file__).parent / "data"


def samples():
    return read_inputs(str(sample_path("tr")))


def test_every_record_field_is_kept_and_offsets_point_into_the_stored_text(store_target):
    article = eventwire.code("Rusya, dün Ankara'da Ukrayna'ya saldırdı.", article_id="r1", dateline="2026-02-02")
    with Store(store_target) as store:
        report = store.ingest([article])
        assert (report.added, report.events) == (1, 1)
        stored = list(store.records())
        expected = article.events[0].to_dict()
        story = stored[0].pop("story_id")
        expected.pop("story_id")
        assert stored == [expected] and story.startswith("s")
        text = next(store.articles())["text"]
        evidence = stored[0]["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["quote"]


def test_ingest_is_idempotent_and_recodes_only_on_request(store_target):
    with Store(store_target) as store:
        first = store.ingest(samples())
        assert first.added == 6 and first.events > 10 and not first.errors
        again = store.ingest(samples())
        assert (again.added, again.skipped, again.events) == (0, 6, 0)
        assert store.summary()["events"] == first.events
        store.db.execute("UPDATE articles SET coder = 'eventwire 0.0.1' WHERE id = 'sample-tr-001'")
        store.db.execute("UPDATE events SET coder = 'eventwire 0.0.1' WHERE article_id = 'sample-tr-001'")
        assert store.ingest(samples()).recoded == 0  # without --recode an old coding stays
        recoded = store.ingest(samples(), recode=True)
        assert (recoded.recoded, recoded.skipped) == (1, 5)
        coders = {r["coder"] for r in store.records("sample-tr-001")}
        assert coders == {_current_coder()}
        assert store.summary()["events"] == first.events


def _current_coder() -> str:
    from eventwire.coding.pipeline import coder_for

    return coder_for("tr").version


def test_changed_text_under_the_same_id_replaces_the_article(store_target):
    with Store(store_target) as store:
        store.ingest([eventwire.code("Rusya, Ukrayna'ya saldırdı.", article_id="a", dateline="2026-02-02")])
        store.ingest([eventwire.code("Rusya, Ukrayna'yı kınadı.", article_id="a", dateline="2026-02-02")])
        assert [r["cameo_root"] for r in store.records()] == ["11"]
        assert store.summary()["articles"] == 1


def test_mentions_of_one_event_share_a_story_and_near_misses_stay_apart(store_target):
    with Store(store_target) as store:
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))
        by_article = {}
        for record in store.records():
            by_article.setdefault(record["article_id"], []).append(record)
        meeting = {r["story_id"] for a in ("story-a1", "story-a2", "story-a3") for r in by_article[a]}
        assert len(meeting) == 1  # three wordings, two dateline days, both dyad orders
        story = meeting.pop()
        later_meeting = by_article["story-b1"][0]["story_id"]
        visit, signing = sorted(by_article["story-c1"], key=lambda r: r["cameo"])
        assert later_meeting != story  # three weeks later, in Ankara
        assert visit["story_id"] == story  # the visit to Baku that day is the same consultation
        assert signing["story_id"] != story  # another root: a separate event
        row = store.stories().set_index("story_id").loc[story]
        assert (row.mentions, row.articles, row.sources) == (4, 4, 2)
        assert (row.first_reported, row.last_reported) == (date(2026, 3, 12), date(2026, 3, 14))
        # stable: ingesting more never renames an existing story
        store.ingest([eventwire.code("Fidan ile Bayramov 12 Mart'ta Bakü'de görüştü.", article_id="late",
                                     dateline="2026-03-20")])
        assert {r["story_id"] for r in store.records("late")} == {story}
        assert {r["story_id"] for r in store.records("story-a1")} == {story}


def test_english_and_turkish_reports_of_one_meeting_share_a_story(store_target):
    with Store(store_target) as store:
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))
        store.ingest(read_inputs(str(DATA / "stories_en.jsonl")))
        story_of = {}
        for record in store.records():
            story_of.setdefault(record["article_id"], set()).add((record["cameo_root"], record["story_id"]))
        (root, turkish), = {s for s in story_of["story-a1"] if s[0] == "04"}
        assert story_of["story-en-a1"] == story_of["story-en-a2"] == {("04", turkish)}  # two wordings, both orders
        assert story_of["story-en-b1"] != {("04", turkish)}  # the same day, but in Ankara: another meeting
        (criticism,) = story_of["story-en-c1"]
        assert criticism[0] == "11" and criticism[1] != turkish  # the same dyad and day, another root
        row = store.stories().set_index("story_id").loc[turkish]
        assert (row.articles, row.sources) == (6, 4)  # a1-a3, c1's visit and the two English reports


def test_dyad_timeline_counts_stories_not_mentions(store_target):
    with Store(store_target) as store:
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))
        line = store.timeline("TUR", "AZE", period="month", both_directions=True)
        assert isinstance(line, pd.DataFrame)
        march = line[line.period == date(2026, 3, 1)].iloc[0]
        assert (march.stories, march.mentions) == (2, 5)  # the meeting (4 mentions) and the signing
        assert (march.verbal_coop, march.material_conflict) == (2, 0)  # meeting and signing: both verbal
        april = line[line.period == date(2026, 4, 1)].iloc[0]
        assert april.stories == 1 and april.mean_goldstein == pytest.approx(1.0)
        directed = store.timeline("TUR", "AZE", period="day", since="2026-03-01", until="2026-03-31")
        assert directed.stories.sum() == 2
        with pytest.raises(eventwire.store.StoreError, match="period 'fortnight'"):
            store.timeline("TUR", "AZE", period="fortnight")


def test_newest_first_pages_and_undated_stories(store_target):
    undated = eventwire.code("Rusya, Ukrayna'ya saldırdı.", article_id="u1")  # no date in the text, no dateline
    with Store(store_target) as store:
        store.ingest(samples())
        store.ingest([undated])
        whole = store.events(order="newest", limit=None)
        days = [first_day(d) if isinstance(d, str) else None for d in whole.date]
        dated = [d for d in days if d is not None]
        assert dated == sorted(dated, reverse=True) and days[len(dated):] == [None] * (len(days) - len(dated))
        assert len(dated) < len(days)  # the undated event comes last
        pages, cursor = [], None
        while True:  # three rows a page, each page after the cursor of the one before
            page = store.events(order="newest", after=cursor, limit=3)
            pages += list(page.event_id)
            if len(page) < 3:
                break
            cursor = cursor_after(page.iloc[-1].to_dict(), "newest")
        assert pages == list(whole.event_id)
        assert set(store.events(dated=False, limit=None).event_id) == set(whole.event_id[len(dated):])
        assert "u1" in set(store.events(dated=False, limit=None).article_id)
        assert len(store.events(dated=True, limit=None)) == len(dated)
        counts = store.dyad_counts("rus", "UKR")  # the samples' dated attack and the undated one
        assert counts["undated"] == 1 and counts["stories"] == counts["dated"] + 1
        assert counts["dated"] == store.timeline("RUS", "UKR", period="year").stories.sum()
        with pytest.raises(eventwire.store.StoreError, match="cursor 'nonsense'"):
            store.events(order="newest", after="nonsense")
        with pytest.raises(eventwire.store.StoreError, match="order 'oldest'"):
            store.events(order="oldest")


def test_queries_filter_and_search_with_parameters_only(store_target):
    with Store(store_target) as store:
        store.ingest(samples())
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))
        assert store.top_actors(limit=3).actor.iloc[0] == "TUR"
        dyads = store.top_dyads(since="2026-03-01", until="2026-03-31")
        assert {"source_country", "target_country", "stories"} <= set(dyads.columns)
        signing = store.events(code="057", place="Baku")
        assert list(signing.article_id) == ["story-c1"]
        assert set(store.events(root="04", dyad=("TUR", "AZE")).article_id) >= {"story-a1", "story-b1"}
        assert len(store.events(plover="CONSULT", limit=None)) >= 5
        found = store.search("anlaşması")
        assert set(found.article_id) == {"story-c1"}
        assert store.search("%").empty and store.search("'; DROP TABLE events; --").empty
        assert store.summary()["events"] > 0
        page = store.events(limit=3)
        rest = store.events(after=page.event_id.iloc[-1], limit=None)
        assert len(page) + len(rest) == store.summary()["events"]


def test_jsonl_and_parquet_exports_round_trip(store_target, tmp_path):
    with Store(store_target) as store:
        store.ingest(samples())
        original = sorted(store.records(), key=lambda r: r["event_id"])
        assert store.export_jsonl(tmp_path / "all.jsonl") == 6
        assert store.export_parquet(tmp_path / "parquet") == len(original)
        assert any(p.name.startswith("event_month=2026-") for p in (tmp_path / "parquet").iterdir())
    with Store(tmp_path / "from_jsonl.duckdb") as copy:
        report = copy.import_jsonl(tmp_path / "all.jsonl")
        assert (report.articles, report.events, report.errors) == (6, len(original), [])
        assert sorted(copy.records(), key=lambda r: r["event_id"]) == original
        assert copy.import_jsonl(tmp_path / "all.jsonl").skipped == 6
    with Store(tmp_path / "from_parquet.duckdb") as copy:
        assert copy.import_parquet(tmp_path / "parquet") == len(original)
        assert sorted(copy.records(), key=lambda r: r["event_id"]) == original
        assert copy.import_parquet(tmp_path / "parquet") == len(original)  # again: nothing doubles
        assert copy.summary()["events"] == len(original)
        # the articles come too: the same as after the JSONL round trip (text, pages, first/last report)
        with Store(tmp_path / "from_jsonl.duckdb", read_only=True) as via_jsonl:
            assert [a["text"] for a in copy.articles()] == [a["text"] for a in via_jsonl.articles()]
        assert copy.summary()["articles"] == 6 and copy.article_list()["events"].sum() == len(original)
        assert copy.stories()["first_reported"].notna().all()


def test_gdelt_export_has_one_row_per_story_in_61_columns(store_target, tmp_path):
    with Store(store_target) as store:
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))
        rows = store.export_gdelt(tmp_path / "events.tsv")
        assert rows == store.summary()["stories"] == 3
    lines = [line.split("\t") for line in (tmp_path / "events.tsv").read_text().splitlines()]
    assert len(GDELT_COLUMNS) == 61 and {len(line) for line in lines} == {61}
    meeting = next(dict(zip(GDELT_COLUMNS, line)) for line in lines if line[GDELT_COLUMNS.index("NumMentions")] == "4")
    assert meeting["SQLDATE"] == "20260312" and meeting["EventRootCode"] == "04"
    assert meeting["ActionGeo_FullName"] == "Baku" and meeting["NumSources"] == "2"
    assert meeting["Actor1Code"] in ("TURGOV", "AZEGOV") and all(":" not in line[5] for line in lines)


def test_gdelt_export_dates_every_story_and_writes_cameo_actor_codes(store_target, tmp_path):
    from eventwire.store.exchange import gdelt_actor_code

    assert (gdelt_actor_code("IGO:EU", ""), gdelt_actor_code("IGO:NATO", "MIL"), gdelt_actor_code("NSA:PKK", "REB"),
            gdelt_actor_code("TUR", "GOV")) == ("IGOEU", "IGONATOMIL", "PKKREB", "TURGOV")
    with Store(store_target) as store:
        store.ingest([eventwire.code("AB, Türkiye'yi eleştirdi.", article_id="undated")])  # no date anywhere
        store.export_gdelt(tmp_path / "events.tsv")
    [row] = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in (tmp_path / "events.tsv").read_text().splitlines()]
    assert row["SQLDATE"] == row["DATEADDED"][:8] and row["Year"] == row["SQLDATE"][:4]  # dated by its report
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1KnownGroupCode"]) == ("IGOEU", "", "EU")
