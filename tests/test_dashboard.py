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
DATA = Path(__file__).parent / "data"
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
        store.ingest(read_inputs(str(DATA / "stories_tr.jsonl")))  # TUR-AZE in March, April and June: May is empty
    server, thread, url = _serve(target)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def _page(browser, url, width: int = 1366, path: str = "/ui/"):
    page = browser.new_page(viewport={"width": width, "height": 800})
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + path)
    yield_errors.append(errors)
    return page, requests


yield_errors: list[list[str]] = []  # the script errors of every page opened in a test


@pytest.fixture(autouse=True)
def no_script_errors():
    """Whatever a test clicks, the page's scripts raise nothing."""
    yield_errors.clear()
    yield
    assert not [e for errors in yield_errors for e in errors]


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
    page.wait_for_selector("#network svg g.link")
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


def test_dyad_chart_keeps_empty_periods_labels_its_axes_and_counts_undated_stories(browser, site):
    page, _ = _page(browser, site)
    page.wait_for_selector("#timeline svg g.bar")
    bars = {b.get_attribute("data-period"): b.bounding_box()["x"] for b in page.locator("#timeline g.bar").all()}
    assert sorted(bars) == ["2026-03-01", "2026-04-01", "2026-06-01"]
    step = bars["2026-04-01"] - bars["2026-03-01"]
    assert bars["2026-06-01"] - bars["2026-04-01"] == pytest.approx(2 * step, abs=1)  # May holds a place
    ticks = page.locator("#timeline text.tick").all_text_contents()
    assert "2026-05" in ticks and "+10" in ticks and "-10" in ticks
    titles = page.locator("#timeline text.axis-title").all_text_contents()
    assert "stories per month" in titles and "mean Goldstein" in titles
    assert page.get_attribute("#timeline path.goldstein-line", "d").count("M") == 2  # broken over May
    note = page.inner_text("#undated-note")
    assert "3 of 10 stories between TUR and AZE are undated" in note
    page.click("#undated-note button")
    page.wait_for_selector("#dyad-events tr.event")
    assert set(page.locator("#dyad-events tr.event td:first-child").all_inner_texts()) == {"undated"}
    page.screenshot(path=str(ARTIFACTS / "dyad-undated.png"), full_page=True)


def _midpoint(page, source: str, target: str) -> dict:
    """The screen point halfway along the drawn arrow from source to target."""
    return page.evaluate("""([s, t]) => {
        const path = document.querySelector(`#network g.link[data-source="${s}"][data-target="${t}"] path.line`);
        const p = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
        return {x: p.x, y: p.y};
    }""", [source, target])


def test_network_keeps_directions_apart_zooms_pans_and_shows_the_top_countries(browser, site):
    page, _ = _page(browser, site, path="/ui/#network")
    page.wait_for_selector("#network svg g.link")
    there, back = _midpoint(page, "TUR", "AZE"), _midpoint(page, "AZE", "TUR")
    assert ((there["x"] - back["x"]) ** 2 + (there["y"] - back["y"]) ** 2) ** 0.5 > 10  # two curves, not one line
    page.mouse.click(back["x"], back["y"])
    page.wait_for_selector("#network-events tr.event")
    assert page.inner_text("#network-events h3") == "AZE → TUR"
    assert all(s.startswith("AZE") for s in page.locator("#network-events tr.event td:nth-child(2)").all_inner_texts())
    label = page.locator("#network g.node[data-country=TUR] text")
    before = label.bounding_box()
    page.click("#network .zoom-controls button[aria-label='zoom in']")
    assert "scale(1.500)" in page.get_attribute("#network g.viewport", "transform")
    after = label.bounding_box()
    assert after["height"] == pytest.approx(before["height"], rel=0.2)  # labels keep their size on screen
    box = page.locator("#network svg").bounding_box()
    page.mouse.move(box["x"] + 30, box["y"] + box["height"] - 30)  # a corner of the backdrop: drag pans
    page.mouse.down()
    page.mouse.move(box["x"] + 130, box["y"] + box["height"] - 60, steps=5)
    page.mouse.up()
    panned = page.get_attribute("#network g.viewport", "transform")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -300)
    page.wait_for_function("!document.querySelector('#network g.viewport').getAttribute('transform').includes('scale(1.500)')")
    assert page.get_attribute("#network g.viewport", "transform") != panned
    page.screenshot(path=str(ARTIFACTS / "network-zoomed.png"), full_page=True)
    page.select_option("#network-form select[name=top]", "10")
    page.click("#network-form button")
    page.wait_for_function("document.querySelectorAll('#network g.node').length === 10")
    assert "10 of 16 countries shown" in page.inner_text("#network .note")
    names = page.locator("#network g.node").evaluate_all("nodes => nodes.map(n => n.dataset.country)")
    assert "TUR" in names and "AZE" in names  # the countries in most stories stay


def _dates(page, selector: str) -> list[str]:
    return page.locator(f"{selector} tr.event td:first-child").all_inner_texts()


def _newest_first(dates: list[str]) -> bool:
    dated = [d for d in dates if d != "undated"]
    days = [(d + "-01-01")[:10] for d in dated]
    return days == sorted(days, reverse=True) and dates[len(dated):] == ["undated"] * (len(dates) - len(dated))


def test_article_view_cards_every_span_sorts_newest_first_and_names_a_missing_article(browser, site):
    page, _ = _page(browser, site, path="/ui/#article/sample-tr-001")
    page.wait_for_selector("#article mark")
    marks = page.locator("#article mark")
    assert marks.count() >= 2
    for i in range(marks.count()):  # each highlighted span opens the cards of its own events
        marks.nth(i).click()
        ids = marks.nth(i).get_attribute("data-events").split()
        page.wait_for_function("ids => ids.includes(document.querySelector('#article-cards .event-card.selected')"
                               "?.dataset.event) && document.querySelector('#article mark.current')?.dataset.events"
                               " === ids.join(' ')", arg=ids)
        assert page.locator("#article-cards .event-card").count() == len(ids)
    assert _newest_first(_dates(page, "#article"))
    page.goto(site + "/ui/#article/no-such-article")
    page.wait_for_selector("#article .error")
    assert "no-such-article" in page.inner_text("#article .error") and "404" in page.inner_text("#article .error")
    assert page.locator("#article h2").count() == 0 and page.locator("#article mark").count() == 0
    page.goto(site + "/ui/#events")
    page.wait_for_selector("#events-table tr.event")
    assert _newest_first(_dates(page, "#events-table"))


def test_narrow_screens_scroll_tables_rather_than_break_words(browser, site):
    page, _ = _page(browser, site, width=390, path="/ui/#events")
    page.wait_for_selector("#events-table tr.event")
    broken = page.evaluate("""() => {
        const broken = [];
        for (const cell of [...document.querySelectorAll('#events-table tr.event td')].slice(0, 60)) {
            for (const node of cell.childNodes) {
                if (node.nodeType !== Node.TEXT_NODE) continue;
                for (const match of node.textContent.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    if (range.getClientRects().length > 1) broken.push(match[0]);
                }
            }
        }
        return broken;
    }""")
    assert broken == []
    scroller = page.locator("#events-table .table-scroll")
    assert scroller.evaluate("s => s.scrollWidth > s.clientWidth")  # the table scrolls sideways
    page.screenshot(path=str(ARTIFACTS / "events-narrow.png"), full_page=True)


def test_the_code_page_shows_it_is_busy_until_the_answer_comes(browser, site):
    page, _ = _page(browser, site, path="/ui/#code")
    held = []
    page.route("**/api/code", lambda route: held.append(route))
    page.fill("#code-form textarea", "Azerbaycan Cumhurbaşkanı İlham Aliyev, dün Bakü'de Türkiye Dışişleri Bakanı ile görüştü.")
    page.click("#code-form button")
    page.wait_for_selector("#code-result .busy")
    page.wait_for_function("document.querySelector('#code-result').getAttribute('aria-busy') === 'true'")
    assert page.locator("#code-form button").is_disabled() and "Coding" in page.inner_text("#code-form button")
    page.screenshot(path=str(ARTIFACTS / "code-busy.png"))
    page.wait_for_function("true")  # let the held request reach the handler
    assert held
    held[0].continue_()
    page.wait_for_selector("#code-result .event-card")
    assert page.locator("#code-form button").is_enabled() and page.inner_text("#code-form button") == "Code"
    page.locator("#code-result mark").first.click()
    assert page.locator("#code-result .event-card.selected").count() >= 1


@pytest.fixture
def many_countries(tmp_path):
    """A store of 500 one-sentence articles between 150 countries: the network at full size."""
    import random

    import eventwire
    from eventwire.lang.pack import PACKS_DIR

    names = {}
    for line in (PACKS_DIR / "en" / "countries.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and fields[1] == "name" and not line.startswith("#"):
            names.setdefault(fields[0], fields[2])
    chosen, pick = list(names.values())[:150], random.Random(4)
    articles = []
    for i in range(500):
        a, b = pick.sample(chosen, 2)
        verb = pick.choice(["criticised", "praised", "accused", "thanked"])
        articles.append(eventwire.code(f"{a} {verb} {b} on Monday.", article_id=f"m{i}", dateline="2026-05-04", lang="en"))
    target = str(tmp_path / "many.duckdb")
    with Store(target) as store:
        store.ingest(articles)
    server, thread, url = _serve(target)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def test_a_network_of_150_countries_spreads_its_nodes_apart(browser, many_countries):
    page, _ = _page(browser, many_countries, path="/ui/#network")
    page.wait_for_selector("#network g.node")
    assert page.locator("#network g.node").count() == 25  # the top 25 by default
    page.select_option("#network-form select[name=top]", "all")
    page.click("#network-form button")
    page.wait_for_function("document.querySelectorAll('#network g.node').length >= 140")
    spread = page.evaluate("""() => {
        const at = [...document.querySelectorAll('#network g.node circle')].map(c => [+c.getAttribute('cx'), +c.getAttribute('cy')]);
        let nearest = Infinity;
        for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++)
            nearest = Math.min(nearest, Math.hypot(at[i][0] - at[j][0], at[i][1] - at[j][1]));
        const inside = at.every(([x, y]) => x >= 0 && x <= 1000 && y >= 0 && y <= 640);
        return {nearest, inside};
    }""")
    assert spread["inside"] and spread["nearest"] > 8  # no country hides under another
    page.screenshot(path=str(ARTIFACTS / "network-150.png"), full_page=True)
