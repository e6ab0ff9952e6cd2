from __future__ import annotations

import sqlite3

import pytest

from claimcheck.errors import StoreError
from claimcheck.extract import extract_claims
from claimcheck.models import Article, ClaimVoice
from claimcheck.store import FILE_STATE_BATCH, SCHEMA_VERSION, Store


def test_new_store_records_its_schema_version(tmp_path):
    with Store(tmp_path / "s.db") as store:
        version = store.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert (int(version), mode) == (SCHEMA_VERSION, "wal")


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="written by a newer claimcheck"):
        Store(path)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a claimcheck store"):
        Store(path)


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_missing_store_when_reading(tmp_path):
    with pytest.raises(StoreError, match="run `claimcheck ingest FOLDER` first"):
        Store(tmp_path / "none.db", create=False)


@pytest.mark.parametrize("words, found", [
    (["dorsa"], ["t1"]), (["DORSA", "siege"], ["t1"]), (["100%"], []), (["riverton"], []),
])
def test_title_search_ignores_case_and_escapes_wildcards(tmp_path, words, found):
    article = Article(id="t1", path="t.txt", key="t.txt", title="Siege of Dorsa tightens", outlet=None,
                      date=None, url=None, author=None, body="Text.", provenance={})
    with Store(tmp_path / "s.db") as store:
        store.replace_file("t.txt", "0" * 64, 5, 0, [article], [])
        plan = store.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE title LIKE 'x'").fetchall()
        assert store.article_ids_by_title(words, 10) == found
    assert "articles_title" in str(plan)   # the scan reads the title index, not the bodies


def _article(body: str, title: str = "t", outlet: str | None = None, date: str | None = None) -> Article:
    return Article(id="a1", path="a.txt", key="a.txt", title=title, outlet=outlet, date=date, url=None, author=None,
                   body=body)


def _store_with_claims(store: Store, body: str, registry) -> tuple[list, list[int]]:
    """One article of ``body`` stored with its claims: the claims and their rowids in reading order."""
    article = _article(body, "Dorsa shelled", "Example Daily", "2017-03-09")
    claims = list(extract_claims(article, registry))
    store.replace_file("a.txt", "0" * 64, len(body), 0, [article], claims)
    return claims, [r[0] for r in store.conn.execute("SELECT rowid FROM claims ORDER BY start")]


def test_briefs_and_whole_claims_by_rowid(tmp_path, registry):
    body = ("Shelling killed 14 people in Dorsa on Tuesday, the monitor said. "
            "The army said rebels fired first in Riverton.")
    with Store(tmp_path / "s.db") as store:
        claims, rowids = _store_with_claims(store, body, registry)
        briefs = store.claim_briefs(rowids)
        whole = store.claims_in_order(list(reversed(rowids)))
    assert len(claims) == 2
    assert [(b.text, b.places, b.article.title) for b in briefs] == [(c.text, c.places, "Dorsa shelled") for c in claims]
    assert [c.id for c in whole] == [c.id for c in reversed(claims)]


def test_file_states_are_read_for_the_given_paths_over_several_queries(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for index in range(3):
            store.replace_file(f"f{index}.txt", str(index) * 64, 10 + index, index, [], [])
        asked = [f"f{index}.txt" for index in range(3)] + [f"missing{index}.txt" for index in range(FILE_STATE_BATCH)]
        states = store.file_states(asked)
        assert sorted(states) == ["f0.txt", "f1.txt", "f2.txt"]
        assert (states["f2.txt"].sha256, states["f2.txt"].size, states["f2.txt"].mtime_ns) == ("2" * 64, 12, 2)
        assert store.file_state("missing0.txt") is None


def test_a_write_held_up_by_another_process_is_told_once_and_fails_clearly(tmp_path, monkeypatch):
    import claimcheck.store as store_module
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(store_module, "WAIT_NOTICE_MS", 50)
    path = tmp_path / "s.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    told = []
    with Store(path, on_wait=lambda: told.append(True)) as store:
        with pytest.raises(StoreError) as caught:
            store.replace_file("a.txt", "0" * 64, 1, 1, [_article("Body.")], [])
        with pytest.raises(StoreError):
            store.touch_file("a.txt", 2)
        holder.execute("ROLLBACK")
        store.replace_file("a.txt", "0" * 64, 1, 1, [_article("Body.")], [])
        assert store.counts()["articles"] == 1
    holder.close()
    assert told == [True]
    assert str(caught.value) == (
        f"cannot write to {path}: another process held the store for over 0.3 s (database is locked): wait for "
        "it (another ingest?) to finish. Nothing of this file was stored; run the same command again once that "
        "is mended")


def test_claim_voices_read_the_claims_naming_a_place_as_a_whole_name(tmp_path, registry):
    body = ("Shelling killed 14 people in Old Dorsa on Tuesday, the monitor said. "
            "The army said rebels fired 12 shells at Dorsa. "
            "Activists in Riverton said 3 people were wounded.")
    with Store(tmp_path / "s.db") as store:
        claims, rowids = _store_with_claims(store, body, registry)
        dorsa = store.claim_voices(rowids, ["dorsa"])
        both = store.claim_voices(rowids, ["old dorsa", "dorsa"])
    assert [c.places for c in claims] == [("old dorsa",), ("dorsa",), ("riverton",)]
    # "old dorsa" is not "dorsa": only the claim naming Dorsa itself
    assert dorsa == [ClaimVoice("a1", "2017-03-09", "pro-regime", "The army")]
    assert sorted((v.day, v.voice) for v in both) == [("2017-03-07", "the monitor"), ("2017-03-09", "The army")]
