"""Arbitrary and pathological input never raises, faults leave the store as it was, and
readers work while an ingest runs. Property tests run a bounded number of examples."""
from __future__ import annotations

import json
import math
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.dates import find_date, resolve_event_date
from claimcheck.errors import ArticleError, SourcesError, StoreError
from claimcheck.extract import extract_claims
from claimcheck.models import Article
from claimcheck.ingest import ingest
from claimcheck.quantities import find_quantities
from claimcheck.read import build_article, read_file, split_front_matter
from claimcheck.sources import parse_registry
from claimcheck.store import Store

from .conftest import write
from .test_ingest import make_corpus

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# text that looks like reporting: quotation marks, numbers, cues, dates and newlines mixed in
reporting = st.lists(
    st.sampled_from(list("abcdefghij ABCDEFG.,;:-–—'’\"“”«»()[]\n0123456789%") + [
        " said ", " told ", " according to ", " at least ", " killed ", " on Monday ", " July 31, 2013 ",
        " al-Waer ", " in Homs ", " he added", "+++\n", "---\n", " thousands ", " 12.000 ", " 7,300 "]),
    max_size=300,
).map("".join)


@PROPERTY
@given(text=reporting)
def test_extraction_never_raises_and_spans_are_exact(registry, text):
    try:
        article = build_article("p.txt", "p.txt", text, {"date": "2016-07-14"}, "test", registry)
    except ArticleError:
        return
    for claim in extract_claims(article, registry):
        assert article.body[claim.span[0]:claim.span[1]] == claim.text
        assert claim.kind in ("direct", "indirect", "mixed", "narrative")


@PROPERTY
@given(text=reporting)
def test_front_matter_never_raises_unexpectedly(text):
    try:
        meta, body, _ = split_front_matter(text)
    except ArticleError:
        return
    assert isinstance(meta, dict) and isinstance(body, str)


@PROPERTY
@given(data=st.binary(max_size=600) | reporting.map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_any_bytes_are_read_or_refused_with_a_reason(registry, data, suffix):
    try:
        result = read_file(Path("x" + suffix), data, registry)
    except ArticleError as exc:
        assert str(exc)
        return
    assert all(s.reason for s in result.skipped)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "maintext", "date", "outlet", "url", "id", "body", "x"]), children, max_size=5),
    max_leaves=20,
)


@PROPERTY
@given(records=st.lists(json_values, max_size=5))
def test_json_records_are_read_or_skipped(registry, records):
    data = "\n".join(json.dumps(r) for r in records).encode()
    for suffix in (".jsonl", ".json"):
        try:
            result = read_file(Path("r" + suffix), data if suffix == ".jsonl" else json.dumps(records).encode(), registry)
        except ArticleError:
            continue
        assert len(result.articles) + len(result.skipped) >= 1


@PROPERTY
@given(text=reporting)
def test_quantities_are_finite_and_ordered(text):
    for q in find_quantities(text):
        assert math.isfinite(q.value) and q.value >= 0
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        assert q.text in text


@PROPERTY
@given(text=reporting, reference=st.dates().map(lambda d: d.isoformat()) | st.none() | st.just("not a date"))
def test_date_resolution_never_raises(text, reference):
    resolved = resolve_event_date(text, reference)
    assert resolved is None or len(resolved) == 10
    found = find_date(text)
    assert found is None or found[1] in text


@PROPERTY
@given(raw=st.text(max_size=300) | reporting)
def test_sources_parsing_raises_only_its_own_error(raw):
    try:
        parse_registry(raw, "u.toml")
    except SourcesError as exc:
        assert str(exc).startswith("u.toml")


@pytest.mark.parametrize("name, content, outcome", [
    ("quotes.txt", "Title here\n\n" + '"' * 100_000 + "\n", "read"),
    ("curly.txt", "Title here\n\n" + "“" * 50_000 + " he said " + "”" * 50_000 + "\n", "read"),
    ("nul.txt", "Title\x00 with NUL\n\nbody", "binary file"),
    ("nested.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("mixed.txt", "Caf\xe9".encode("cp1252") + " – “quoted” said activists.".encode("utf-8"), "read"),
])
def test_pathological_inputs_finish_read_or_skipped(runner, name, content, outcome):
    write(Path("in") / name, content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    from claimcheck.cli import main
    result = runner.invoke(main, ["ingest", "--json", "in"])
    summary = json.loads(result.stdout)
    if outcome == "read":
        assert result.exit_code == 0 and summary["articles_new"] == 1
    else:
        assert result.exit_code == 1 and outcome in summary["skipped"][0]["reason"]


@pytest.mark.slow
def test_a_50_mb_single_line_file_is_skipped_with_a_reason(runner):
    write(Path("in/huge.txt"), ("Shelling killed 5 people in Idlib on Monday activists said. " * 850_000)[:50_000_000])
    from claimcheck.cli import main
    result = runner.invoke(main, ["ingest", "--json", "in"])
    (skipped,) = json.loads(result.stdout)["skipped"]
    assert result.exit_code == 1
    assert "more than the 2,000,000 one article may have" in skipped["reason"]


class FailingConnection:
    """Stands in for the store's connection and fails the way a full or read-only disk does."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self.conn, self.message = conn, message

    def execute(self, sql: str, *args):
        if sql.startswith("INSERT INTO claims_fts"):
            raise sqlite3.OperationalError(self.message)
        return self.conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


@pytest.mark.parametrize("message", ["database or disk is full", "attempt to write a readonly database"])
def test_write_failure_is_a_clear_error_and_the_store_is_unchanged(tmp_path, registry, message):
    make_corpus(tmp_path / "a", 3)
    make_corpus(tmp_path / "b", 2)
    for path in (tmp_path / "b").iterdir():
        path.write_text(path.read_text() + "\nA different second folder.")
    with Store(tmp_path / "s.db") as store:
        ingest([tmp_path / "a"], store, registry, workers=1)
        before = store.counts()
        store.conn = FailingConnection(store.conn, message)
        with pytest.raises(StoreError) as caught:
            ingest([tmp_path / "b"], store, registry, workers=1)
        store.conn = store.conn.conn
        assert store.counts() == before
    assert message in str(caught.value)
    assert "Nothing of this file was stored" in str(caught.value)


@pytest.mark.slow
def test_claims_and_compare_work_while_an_ingest_runs(tmp_path):
    make_corpus(tmp_path / "in", 600)
    first = subprocess.run([sys.executable, "-m", "claimcheck", "ingest", "-q", "in", "--db", "live.db"],
                           cwd=tmp_path, capture_output=True)
    assert first.returncode == 0
    make_corpus(tmp_path / "more", 600)
    for i, path in enumerate(sorted((tmp_path / "more").iterdir())):
        path.write_text(path.read_text() + f"\nUpdate {i}.")
    writer = subprocess.Popen([sys.executable, "-m", "claimcheck", "ingest", "-q", "--workers", "1", "more",
                               "--db", "live.db"], cwd=tmp_path, stderr=subprocess.PIPE)
    readings = 0
    while writer.poll() is None and readings < 6:
        for command in (["claims", "--jsonl", "--stance", "pro-regime"], ["compare", "Aleppo", "--json"]):
            done = subprocess.run([sys.executable, "-m", "claimcheck", *command, "--db", "live.db"],
                                  cwd=tmp_path, capture_output=True)
            assert done.returncode == 0, done.stderr
            assert done.stdout.strip()
        readings += 1
        time.sleep(0.05)
    assert writer.wait(timeout=300) == 0, writer.stderr.read()
    assert readings >= 1


@pytest.mark.parametrize("text", [
    # letters outside ASCII that a case-insensitive pattern reads as ASCII ones
    "The monitor said \u017feven people died on \u017funday, three day\u017f ago.",
    "Activi\u017fts said 12 people were \u212ailled and another five wounded la\u017ft week.",
    "The toll rose to 40, the agency \u017faid, after the raid ki\u0131led \u017feveral thousand.",
])
def test_letters_that_fold_to_ascii_do_not_break_extraction(registry, text):
    article = Article(id="u1", path="u.txt", key="u.txt", title=None, outlet=None, date="2017-03-09",
                      url=None, author=None, body=text, provenance={})
    claims = list(extract_claims(article, registry))
    assert claims and all(text[c.span[0]:c.span[1]] == c.text for c in claims)
