"""Shared fixtures: the packaged registry, a fresh store, a CLI runner in an empty folder."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.sources import Registry, load_registry
from claimcheck.store import Store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FAKES = ROOT.parent / "shared" / "data" / "fakes-dev.jsonl"


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry(str(ROOT / "claimcheck" / "data" / "sources.toml"))


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A CliRunner inside an empty folder, with no CLAIMCHECK_* variables leaking in."""
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.delenv("CLAIMCHECK_SOURCES", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
