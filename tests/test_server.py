"""The REST API: every read endpoint on both databases, /code and /ingest limits, a real server process."""
import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from fastapi.testclient import TestClient

from eventwire.inputs import read_inputs
from eventwire.samples import SAMPLES_DIR
from eventwire.server import create_app
from eventwire.store import Store, StoreError


def _filled(target) -> str:
    with Store(target) as store:
        store.ingest(read_inputs(str(SAMPLES_DIR)))
    return target


@pytest.fixture
def client(store_target):
    with TestClient(create_app(_filled(store_target))) as test_client:
        yield test_client


def test_read_endpoints_answer_from_the_store(client):
    summary = client.get("/api/summary").json()
    assert summary["articles"] == 11 and summary["events"] > 20 and summary["languages"] == ["en", "tr"]
    assert sum(r["events"] for r in summary["by_root"]) == summary["events"]
    meetings = client.get("/api/events", params={"root": "04", "lang": "en"}).json()["items"]
    assert meetings and all(e["cameo"].startswith("04") for e in meetings)
    line = client.get("/api/timeline", params={"a": "TUR", "b": "AZE", "both": True}).json()
    assert line and all(row["stories"] >= 1 for row in line)
    assert client.get("/api/actors", params={"limit": 3}).json()[0]["stories"] >= 1
    assert client.get("/api/dyads").json()[0]["source_country"]
    found = client.get("/api/events", params={"text": "sanctions"}).json()["items"]
    assert found and all("sanctions" in e["quote"].lower() for e in found)


@pytest.mark.parametrize("order", ["id", "newest"])
def test_cursor_pagination_visits_every_event_once(client, order):
    seen, dates, cursor = [], [], None
    while True:
        params = {"limit": 7, "order": order} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/events", params=params).json()
        seen += [e["event_id"] for e in page["items"]]
        dates += [e["date"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == client.get("/api/summary").json()["events"]
    if order == "newest":  # latest first (day by day: months sort by their first day), undated last
        days = [d[:10] if d and len(d) == 10 else d for d in dates]
        dated = [d for d in days if d]
        assert days[:len(dated)] == dated and [d[:7] for d in dated] == sorted((d[:7] for d in dated), reverse=True)


def test_a_dyad_counts_its_undated_stories(client):
    counts = client.get("/api/dyad", params={"a": "tur", "b": "AZE", "both": True}).json()
    line = client.get("/api/timeline", params={"a": "TUR", "b": "AZE", "both": True}).json()
    assert counts["a"] == "TUR" and counts["dated"] == sum(row["stories"] for row in line)
    assert counts["stories"] == counts["dated"] + counts["undated"]
    undated = client.get("/api/events", params={"source": "TUR", "target": "AZE", "dated": False}).json()["items"]
    assert all(e["date"] is None for e in undated)
    assert client.get("/api/events", params={"order": "newest", "cursor": "x"}).status_code == 400


def test_an_article_comes_with_its_text_and_event_spans(client):
    article = client.get("/api/articles/sample-tr-001").json()
    assert article["events"]
    for event in article["events"]:
        evidence = event["evidence"]
        assert article["text"][evidence["start"]:evidence["end"]] == evidence["quote"]
    assert client.get("/api/articles/nope").status_code == 404
    listed = client.get("/api/articles", params={"lang": "en"}).json()
    assert [a["id"] for a in listed["items"]] == [f"sample-en-00{i}" for i in range(1, 6)]
    assert listed["next_cursor"] is None  # the last page
    first = client.get("/api/articles", params={"limit": 4}).json()
    assert len(first["items"]) == 4 and first["next_cursor"] == first["items"][-1]["id"]
    pages, cursor = [first["items"]], first["next_cursor"]
    while cursor:  # following next_cursor reaches every article once
        page = client.get("/api/articles", params={"limit": 4, "cursor": cursor}).json()
        pages.append(page["items"])
        cursor = page["next_cursor"]
    ids = [a["id"] for items in pages for a in items]
    assert len(ids) == len(set(ids)) == 11


def test_a_story_lists_its_mentions(client):
    story = client.get("/api/stories", params={"limit": 1}).json()[0]
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert detail["story"] == story and len(detail["mentions"]) == story["mentions"]
    assert client.get("/api/stories/s-none").status_code == 404


def test_bad_filters_are_422_not_500(client):
    assert client.get("/api/events", params={"since": "2026-13-01"}).status_code == 422
    assert client.get("/api/timeline", params={"a": "TUR", "b": "AZE", "period": "fortnight"}).status_code == 422
    assert client.get("/api/events", params={"quad": 9}).status_code == 422
    assert client.get("/api/events?text=%00").status_code == 422


def test_code_endpoint_codes_without_storing_and_limits_size(tmp_path):
    target = _filled(str(tmp_path / "s.duckdb"))
    with TestClient(create_app(target, max_body=50_000)) as client:
        coded = client.post("/api/code", json={"text": "Rusya, dün Ukrayna'yı kınadı.", "dateline": "2026-03-13"})
        assert coded.status_code == 200
        (event,) = coded.json()["events"]
        assert (event["cameo"], event["date"], coded.json()["lang"]) == ("111", "2026-03-12", "tr")
        assert client.get("/api/summary").json()["articles"] == 11  # nothing stored
        too_big = client.post("/api/code", json={"text": "Rusya kınadı. " * 5000})
        assert too_big.status_code == 413 and "over the limit" in too_big.json()["detail"]
        assert client.post("/api/code", json={"text": ""}).status_code == 422
        assert client.post("/api/code", json={"text": " \n\t "}).status_code == 422  # only spaces: nothing to code
        assert client.post("/api/code", json={"text": "x", "lang": "de"}).status_code == 422
        assert client.post("/api/code", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


def test_ingest_needs_the_server_token(tmp_path):
    target = str(tmp_path / "s.duckdb")
    Store(target).close()
    body = {"articles": [{"id": "n1", "text": "Russia condemned Ukraine on Monday.", "dateline_date": "2026-03-13"}]}
    with TestClient(create_app(target)) as read_only:
        assert read_only.post("/api/ingest", json=body).status_code == 403
    with TestClient(create_app(target, token="s3cret")) as server:
        assert server.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert server.post("/api/ingest", json=body).status_code == 401
        first = server.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"}).json()
        assert (first["added"], first["events"]) == (1, 1)
        again = server.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"}).json()
        assert (again["added"], again["skipped"]) == (0, 1)
        assert server.get("/api/events", params={"article": "n1"}).json()["items"][0]["cameo"] == "111"
        mixed = {"articles": [{"id": "bin", "text": "abc\u0000def"}, {"id": "n2", "text": "Greece praised Egypt."}]}
        report = server.post("/api/ingest", json=mixed, headers={"Authorization": "Bearer s3cret"}).json()
        assert (report["added"], report["failed"]) == (1, 1)
        assert report["errors"] == ["request:bin: article looks like binary data, not text"]
        with_empty = {"articles": [{"id": "e1", "text": ""}, {"id": "e2", "text": "   "},
                                   {"id": "n3", "text": "Japan praised India."}]}
        report = server.post("/api/ingest", json=with_empty, headers={"Authorization": "Bearer s3cret"}).json()
        assert (report["added"], report["failed"]) == (1, 2)  # the good article is stored, the empty ones reported
        assert report["errors"] == ["request:e1: article text is empty", "request:e2: article text is empty"]
        for header in ("bearer s3cret", "BEARER s3cret"):  # the scheme in any case
            assert server.post("/api/ingest", json=body, headers={"Authorization": header}).status_code == 200
        for header in ("s3cret", "Token s3cret", "Bearers3cret"):  # no scheme, another scheme
            assert server.post("/api/ingest", json=body, headers={"Authorization": header}).status_code == 401
        nul_id = {"articles": [{"id": "a\u0000b", "text": "Greece praised Egypt."}]}
        assert server.post("/api/ingest", json=nul_id, headers={"Authorization": "Bearer s3cret"}).status_code == 422


def test_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="absent.duckdb: no such store file"):
        create_app(tmp_path / "absent.duckdb")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_runs_a_real_server_on_localhost(tmp_path):
    target = _filled(str(tmp_path / "s.duckdb"))
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", target, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=2) as response:
                    assert json.load(response)["articles"] == 11
                    break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read() if server.poll() else ""
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=2) as response:
            assert "/api/events" in json.load(response)["paths"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_places_for_the_map(client):
    places = client.get("/api/places").json()
    ankara = next(p for p in places if p["location_name"] == "Ankara")
    assert ankara["location_country"] == "TUR" and 39 < ankara["lat"] < 40.5 and 32 < ankara["lon"] < 33.5
    assert ankara["stories"] == sum(ankara[q] for q in ("verbal_coop", "material_coop", "verbal_conflict",
                                                        "material_conflict"))
    assert [p["stories"] for p in places] == sorted((p["stories"] for p in places), reverse=True)
    only_azerbaijan = client.get("/api/places", params={"actor": "AZE"}).json()
    assert 0 < sum(p["mentions"] for p in only_azerbaijan) < sum(p["mentions"] for p in places)
    assert client.get("/api/places", params={"since": "1990-01-01", "until": "1990-12-31"}).json() == []
    assert client.get("/api/places", params={"limit": 0}).status_code == 422
    outline = client.get("/ui/static/world.json")
    assert outline.status_code == 200 and len(outline.json()["countries"]) > 150


def test_the_api_docs_load_nothing_from_outside(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "cdn." not in page.text and "https://" not in page.text.replace("https://fastapi.tiangolo.com", "")
    for asset in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/swagger-ui.css"):
        assert client.get(asset).status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "eventwire"
