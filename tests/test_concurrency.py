"""A server and an ingest on the same DuckDB file, side by side, as separate processes (issue 18, item 1):
neither stops the other, and the server shows the new articles without a restart."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _corpus(path: Path, articles: int, first: int = 0) -> Path:
    countries = ["İran", "Irak", "Suriye", "Yunanistan", "Bulgaristan", "Gürcistan"]
    with path.open("w", encoding="utf-8") as handle:
        for n in range(first, first + articles):
            text = (f"ANKARA (Ajans Kuzey) - Türkiye, {countries[n % len(countries)]}'ı {n}. kez kınadı. "
                    f"Dışişleri Bakanlığı, konunun {n} gün içinde çözülmesini istedi.")
            handle.write(json.dumps({"id": f"c{n}", "text": text, "dateline_date": "2026-03-12"},
                                    ensure_ascii=False) + "\n")
    return path


def _serve(db: Path, port: int, *extra: str) -> subprocess.Popen:
    server = subprocess.Popen([*EVENTWIRE, "serve", "--db", str(db), "--port", str(port), *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _get(f"http://127.0.0.1:{port}/api/summary")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    pytest.fail(f"the server did not start: {server.stdout.read()}")


@pytest.fixture
def store_file(tmp_path):
    db = tmp_path / "events.duckdb"
    done = subprocess.run([*EVENTWIRE, "ingest", str(_corpus(tmp_path / "first.jsonl", 3)), "--db", str(db),
                           "--workers", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return db


def test_serve_and_ingest_run_side_by_side_and_new_articles_show(tmp_path, store_file):
    port = _free_port()
    server = _serve(store_file, port)
    try:
        ingest = subprocess.Popen([*EVENTWIRE, "ingest", str(_corpus(tmp_path / "more.jsonl", 400, 100)),
                                   "--db", str(store_file), "--workers", "1"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        statuses = []
        while ingest.poll() is None:
            statuses.append(_get(f"http://127.0.0.1:{port}/api/summary")[0])
            time.sleep(0.1)
        out, errors = ingest.communicate()
        assert ingest.returncode == 0, errors
        assert statuses and set(statuses) == {200}, statuses  # the server answered all along
        status, summary = _get(f"http://127.0.0.1:{port}/api/summary")
        assert status == 200 and summary["articles"] == 403  # no restart needed
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_writing_server_does_not_keep_other_processes_out(tmp_path, store_file):
    port = _free_port()
    server = _serve(store_file, port, "--token", "secret")
    try:
        info = subprocess.run([*EVENTWIRE, "db", "info", "--db", str(store_file)], capture_output=True, text=True,
                              timeout=120)
        assert info.returncode == 0 and "3" in info.stdout, info.stderr
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/ingest", method="POST", headers={"Authorization": "Bearer secret",
                                                                           "Content-Type": "application/json"},
            data=json.dumps({"articles": [{"id": "x1", "text": "Türkiye, İran'ı kınadı."}]}).encode())
        with urllib.request.urlopen(request, timeout=60) as response:
            assert json.loads(response.read())["added"] == 1
        more = subprocess.run([*EVENTWIRE, "ingest", str(_corpus(tmp_path / "late.jsonl", 5, 900)), "--db",
                               str(store_file), "--workers", "1"], capture_output=True, text=True, timeout=300)
        assert more.returncode == 0, more.stderr
        assert _get(f"http://127.0.0.1:{port}/api/summary")[1]["articles"] == 9
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.skipif(not hasattr(os, "getpgid"), reason="process groups")
def test_killing_an_ingest_leaves_no_worker_processes(tmp_path, store_file):
    """Workers, the fork server and its children die with the ingest that started them (kill -9)."""
    ingest = subprocess.Popen([*EVENTWIRE, "ingest", str(_corpus(tmp_path / "big.jsonl", 40_000, 2000)), "--db",
                               str(store_file), "--workers", "2"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    children: list[int] = []
    deadline = time.monotonic() + 60
    while len(children) < 3 and time.monotonic() < deadline and ingest.poll() is None:
        time.sleep(0.2)  # until the fork server and its workers are coding
        children = _descendants(ingest.pid)
    assert len(children) >= 3, "the ingest started a fork server and workers"
    ingest.kill()
    ingest.wait(timeout=30)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and [p for p in children if _alive(p)]:
        time.sleep(0.2)
    assert not [p for p in children if _alive(p)], "processes outlived the ingest"


def _descendants(pid: int) -> list[int]:
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == parent:
                    found.append(int(entry.name))
                    frontier.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
