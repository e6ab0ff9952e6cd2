"""Ingest under faults: interrupted runs, two processes at once, unchanged re-runs."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.ingest import ingest
from claimcheck.store import Store

from .conftest import FAKES


def make_corpus(folder: Path, count: int) -> None:
    """``count`` small articles as separate files, from fakes-dev when it is there."""
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    if FAKES.exists():
        with FAKES.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
    for i in range(count):
        if records:
            rec = records[i % len(records)]
            text = f"{rec['title']}\n\n{rec['text']}\n\nCopy {i}."
        else:
            text = (f"Report {i}\n\nAt least {i + 2} people were killed in Aleppo on Monday, activists said.\n\n"
                    f"State media said {i + 5} people were killed in Aleppo on Monday.\n")
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")


def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        data = {
            "files": sorted(conn.execute("SELECT path, sha256, size, articles FROM files")),
            "articles": sorted(conn.execute("SELECT id, key, title, body FROM articles")),
            "claims": sorted(conn.execute(
                "SELECT c.id, c.article_id, v.text, c.stance FROM claims c JOIN claims_content v ON v.rowid = c.rowid")),
            "fts": conn.execute("SELECT count(*) FROM claims_fts").fetchone()[0],
        }
        orphans = conn.execute(
            "SELECT count(*) FROM files f WHERE NOT EXISTS (SELECT 1 FROM file_articles fa WHERE fa.path = f.path)"
        ).fetchone()[0]
        assert orphans == 0, "a file row without its articles: a torn write"
        return data
    finally:
        conn.close()


def run_cli(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "claimcheck", *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_reingest_of_unchanged_files_does_no_extraction(tmp_path, registry, monkeypatch):
    make_corpus(tmp_path / "in", 20)
    with Store(tmp_path / "s.db") as store:
        first = ingest([tmp_path / "in"], store, registry, workers=1)
        import claimcheck.ingest as module

        def refuse(*_args, **_kwargs):
            raise AssertionError("an unchanged file was read again")
        monkeypatch.setattr(module, "process_file", refuse)
        second = ingest([tmp_path / "in"], store, registry, workers=1)
    assert (first.articles_new, second.articles_new, second.articles_unchanged) == (20, 0, 20)


def test_touched_but_unchanged_file_is_hashed_not_extracted(tmp_path, registry, monkeypatch):
    make_corpus(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as store:
        ingest([tmp_path / "in"], store, registry, workers=1)
        touched = sorted((tmp_path / "in").iterdir())[0]
        touched.write_bytes(touched.read_bytes())  # same content, new modification time
        import claimcheck.ingest as module
        monkeypatch.setattr(module, "process_file", lambda *a, **k: (_ for _ in ()).throw(AssertionError("re-extracted")))
        again = ingest([tmp_path / "in"], store, registry, workers=1)
        assert store.file_state(str(touched)).mtime_ns == touched.stat().st_mtime_ns
    assert (again.articles_new, again.articles_unchanged) == (0, 3)


def test_parallel_and_serial_ingest_store_the_same(tmp_path, registry):
    make_corpus(tmp_path / "in", 80)
    for name, workers in (("serial.db", 1), ("parallel.db", 2)):
        with Store(tmp_path / name) as store:
            ingest([tmp_path / "in"], store, registry, workers=workers)
    assert snapshot(tmp_path / "serial.db") == snapshot(tmp_path / "parallel.db")


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_rerun_completes(tmp_path):
    make_corpus(tmp_path / "in", 600)
    proc = run_cli("ingest", "-q", "--workers", "1", "in", "--db", "killed.db", cwd=tmp_path)
    db = tmp_path / "killed.db"
    stored = 0
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                stored = conn.execute("SELECT count(*) FROM files").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 20:
                break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be killed")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = snapshot(db)
    assert 20 <= len(partial["files"]) < 600
    assert len(partial["articles"]) == len(partial["files"])
    rerun = run_cli("ingest", "-q", "in", "--db", "killed.db", cwd=tmp_path)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    clean = run_cli("ingest", "-q", "in", "--db", "clean.db", cwd=tmp_path)
    assert clean.wait(timeout=300) == 0
    assert snapshot(db) == snapshot(tmp_path / "clean.db")


@pytest.mark.slow
def test_ctrl_c_exits_130_and_keeps_what_was_stored(tmp_path):
    make_corpus(tmp_path / "in", 600)
    proc = run_cli("ingest", "-q", "--workers", "1", "in", "--db", "int.db", cwd=tmp_path)
    db = tmp_path / "int.db"
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db.exists() and db.stat().st_size > 0:
            time.sleep(0.3)
            break
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be interrupted")
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert b"Traceback" not in stderr
    assert b"run the same command again to continue" in stderr
    snapshot(db)


@pytest.mark.slow
def test_two_concurrent_ingests_both_succeed(tmp_path):
    make_corpus(tmp_path / "a", 150)
    make_corpus(tmp_path / "b", 150)
    for i, path in enumerate(sorted((tmp_path / "b").iterdir())):
        path.write_text(path.read_text() + f"\nSecond folder {i}.")
    first = run_cli("ingest", "-q", "--workers", "1", "a", "--db", "shared.db", cwd=tmp_path)
    second = run_cli("ingest", "-q", "--workers", "1", "b", "--db", "shared.db", cwd=tmp_path)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.wait(timeout=300) == 0, second.stderr.read()
    data = snapshot(tmp_path / "shared.db")
    assert len(data["files"]) == 300


@pytest.mark.skipif(sys.platform == "win32", reason="file names there are always text")
def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path, registry):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Report\n\nActivists said 10 people were killed in Daraya on Monday.\n",
                                     encoding="utf-8")
    with open(bytes(folder) + b"/z\xe9.txt", "wb") as handle:
        handle.write(b"Homs\n\nThe army said 5 people were killed in Homs.\n")
    with Store(tmp_path / "s.db") as store:
        summary = ingest([folder], store, registry, workers=1)
        paths = sorted(path for (path,) in store.conn.execute("SELECT path FROM files"))
    assert (summary.articles_new, summary.skipped) == (2, ())
    assert paths == [str(folder / "good.txt"), str(folder) + "/z\\xe9.txt"]
