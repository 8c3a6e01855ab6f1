"""The dashboard in a real browser: Playwright drives Debian's Chromium against a live server.

Screenshots go to test-artifacts/ (look at them: readable, sensible empty states, long names).
"""
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from eventwire.inputs import read_inputs
from eventwire.samples import SAMPLES_DIR
from eventwire.store import Store

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("EVENTWIRE_REQUIRE_BROWSER"):
    raise RuntimeError("Debian's chromium is missing; .ci/run installs it (apt-get install chromium)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


def _serve(target: str):
    import uvicorn

    from eventwire.server import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(target), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def site(tmp_path):
    target = str(tmp_path / "s.duckdb")
    with Store(target) as store:
        store.ingest(read_inputs(str(SAMPLES_DIR)))
    server, thread, url = _serve(target)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def _page(browser, url):
    page = browser.new_page(viewport={"width": 1366, "height": 800})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url + "/ui/")
    return page, requests


def test_from_a_chart_point_to_the_highlighted_sentence(browser, site):
    ARTIFACTS.mkdir(exist_ok=True)
    page, requests = _page(browser, site)
    page.wait_for_selector("#timeline svg g.bar")
    page.screenshot(path=str(ARTIFACTS / "dyad.png"), full_page=True)
    page.click("#timeline svg g.bar >> nth=0")
    page.wait_for_selector("#dyad-events tr.event")
    page.click("#dyad-events tr.event >> nth=0")
    page.wait_for_selector("#article mark.current")
    current = page.inner_text("#article mark.current")
    trigger = page.inner_text("#article mark.current .trigger")
    assert trigger and trigger in current
    assert "dateline" in page.inner_text("#article .event-card") or "stated" in page.inner_text("#article .event-card")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert all(r.startswith(site) for r in requests), [r for r in requests if not r.startswith(site)]


def test_network_events_and_code_views(browser, site):
    page, requests = _page(browser, site)
    page.click("nav a[data-view=network]")
    page.wait_for_selector("#network svg line.link")
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
    page.click("nav a[data-view=events]")
    page.fill("#events-form input[name=text]", "sanctions")
    page.click("#events-form button")
    page.wait_for_function("[...document.querySelectorAll('#events-table tr.event')].length > 0 && "
                           "[...document.querySelectorAll('#events-table tr.event')]"
                           ".every(r => r.innerText.toLowerCase().includes('sanction'))")
    rows = page.locator("#events-table tr.event").all_inner_texts()
    assert rows and all("sanction" in r.lower() for r in rows)
    page.fill("#events-form input[name=text]", "no such words anywhere")
    page.click("#events-form button")
    page.wait_for_selector("#events-table .empty")
    page.screenshot(path=str(ARTIFACTS / "events-empty.png"), full_page=True)
    page.click("nav a[data-view=code]")
    page.fill("#code-form textarea", "Azerbaycan Cumhurbaşkanı İlham Aliyev, dün Bakü'de Türkiye Büyük Millet Meclisi "
                                     "Başkanı Numan Kurtulmuş ile görüştü. Aliyev, Ermenistan'ı kınadı.")
    page.fill("#code-form input[name=dateline]", "2026-03-13")
    page.click("#code-form button")
    page.wait_for_selector("#code-result mark")
    assert page.locator("#code-result .event-card").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "code.png"), full_page=True)
    assert all(r.startswith(site) for r in requests)


def test_map_from_a_place_to_its_highlighted_sentence(browser, site):
    page, requests = _page(browser, site)
    page.click("nav a[data-view=map]")
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map svg path.land").count() > 150  # the shipped outline, every country
    ankara = page.locator("#map svg circle[data-place=Ankara]")
    assert ankara.count() == 1
    box, svg = ankara.bounding_box(), page.locator("#map svg").bounding_box()
    # Ankara (32.9 E, 39.9 N) lies right of the middle and above the equator on the equirectangular map
    assert svg["x"] + svg["width"] * 0.55 < box["x"] < svg["x"] + svg["width"] * 0.62
    assert svg["y"] + svg["height"] * 0.2 < box["y"] < svg["y"] + svg["height"] * 0.3
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
    # Istanbul's circle overlaps Ankara's at world scale: a click on Turkey (its empty east) zooms in
    page.locator("#map svg path[data-country=TUR]").click(position=_share_of(page, "#map svg path[data-country=TUR]", 0.9, 0.5))
    page.wait_for_selector("#map .map-reset:not([hidden])")
    page.screenshot(path=str(ARTIFACTS / "map-zoomed.png"), full_page=True)
    ankara = page.locator("#map svg circle[data-place=Ankara]")
    ankara.click()
    page.wait_for_selector("#map-events tr.event")
    assert all("Ankara" in row for row in page.locator("#map-events tr.event td:nth-child(5)").all_inner_texts())
    page.click("#map-events tr.event >> nth=0")
    page.wait_for_selector("#article mark.current")
    assert "Ankara" in page.inner_text("#article .event-card")
    page.goto(site + "/ui/#map")
    page.fill("#map-form input[name=since]", "1990-01-01")
    page.fill("#map-form input[name=until]", "1990-12-31")
    page.click("#map-form button")
    page.wait_for_selector("#map .empty")
    assert page.locator("#map svg path.land").count() > 150  # an empty period still shows the world
    assert page.locator("#map-events tr").count() == 0  # the list of the earlier selection is gone
    page.screenshot(path=str(ARTIFACTS / "map-empty.png"), full_page=True)
    assert all(r.startswith(site) for r in requests)


def _share_of(page, selector: str, x: float, y: float) -> dict:
    """A click position inside an element, as shares of its width and height."""
    box = page.locator(selector).bounding_box()
    return {"x": box["width"] * x, "y": box["height"] * y}
