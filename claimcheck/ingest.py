"""Ingest: read files, extract claims (in a process pool for large folders), store them.

Reading and extraction run in worker processes; every store write happens here, in the
calling process, one transaction per file, so an interrupt loses at most the file in flight.
"""
from __future__ import annotations

import collections
import hashlib
import os
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import attrs

from .errors import ArticleError, ClaimcheckError
from .extract import extract_claims
from .models import Article, Claim, IngestSummary, Skipped
from .read import discover, read_file
from .sources import Registry
from .store import Store

PARALLEL_MIN_FILES = 32       # below this a pool costs more to start than it saves
WINDOW_PER_WORKER = 16        # files in flight per worker: bounds memory on huge folders

Progress = Callable[[int, int, str], None]


class IngestInterrupted(ClaimcheckError):
    """Ctrl-C during ingest; ``summary`` counts what was stored before it."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


@attrs.frozen
class FileResult:
    path: str
    sha256: str
    size: int
    mtime_ns: int
    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()
    error: Optional[str] = None


def process_file(path: str, data: bytes, sha256: str, mtime_ns: int, registry: Registry) -> FileResult:
    """Read one file and extract the claims of every article in it. Never raises on bad input."""
    try:
        read = read_file(Path(path), data, registry)
    except ArticleError as exc:
        return FileResult(path, sha256, len(data), mtime_ns, error=str(exc))
    except (RecursionError, MemoryError) as exc:
        return FileResult(path, sha256, len(data), mtime_ns, error=f"cannot read: {type(exc).__name__}")
    claims: list[Claim] = []
    first_of: dict[str, str] = {}   # article id -> the key of the record that first had it
    notes = list(read.notes)
    for article in read.articles:
        if article.id in first_of:
            # the same text and metadata again: one article in the store, and the user is told
            first = first_of[article.id]
            notes.append(f"{article.key} is repeated word for word; stored once" if first == article.key
                         else f"{article.key} repeats {first} word for word; stored once")
            continue
        first_of[article.id] = article.key
        claims.extend(extract_claims(article, registry))
    return FileResult(path, sha256, len(data), mtime_ns, read.articles, tuple(claims), read.skipped, tuple(notes))


_worker_registry: Optional[Registry] = None


def _init_worker(registry: Registry) -> None:
    global _worker_registry
    _worker_registry = registry
    # Ctrl-C is handled by the parent, which stops the pool; workers just exit with it.
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(path: str, data: bytes, sha256: str, mtime_ns: int) -> FileResult:
    assert _worker_registry is not None
    return process_file(path, data, sha256, mtime_ns, _worker_registry)


@attrs.define
class _Tally:
    files_read: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    claims: int = 0
    skipped: list[Skipped] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    def summary(self) -> IngestSummary:
        return IngestSummary(self.files_read, self.new, self.unchanged, self.replaced, self.claims,
                             tuple(self.skipped), tuple(self.notes))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def stored_name(path: Path) -> str:
    """A file's path as the store keeps it. A name that is not valid UTF-8 (bytes the file
    system holds as they are) is kept with those bytes written as escapes ("caf\\xe9.txt"),
    since the store holds text only."""
    name = str(path)
    try:
        name.encode("utf-8")   # the bytes the file system held undecoded stand as surrogates
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return name


def ingest(paths: Iterable[str | Path], store: Store, registry: Registry, *,
           workers: Optional[int] = None, on_progress: Optional[Progress] = None) -> IngestSummary:
    """Ingest files and folders into ``store``. Unchanged files are not extracted again: a file
    of the same size and modification time is not even read, one that was touched is hashed."""
    files = discover(paths)
    return ingest_files(files, store, registry, workers=workers, on_progress=on_progress)


def ingest_files(files: Sequence[Path], store: Store, registry: Registry, *,
                 workers: Optional[int] = None, on_progress: Optional[Progress] = None) -> IngestSummary:
    tally = _Tally()
    total = len(files)
    workers = workers or default_workers()
    pending: collections.deque[tuple[str, Future[FileResult]]] = collections.deque()
    pool: Optional[ProcessPoolExecutor] = None
    done = 0

    def advance(path: str) -> None:
        nonlocal done
        done += 1
        if on_progress:
            on_progress(done, total, path)

    def finish(path: str, result: FileResult) -> None:
        _record(store, result, tally)
        advance(path)

    stored = store.file_states([stored_name(path) for path in files])
    try:
        if workers > 1 and total >= PARALLEL_MIN_FILES:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(registry,))
        for path in files:
            name = stored_name(path)
            try:
                stat = path.stat()
                known = stored.get(name)
                # same size and modification time: unchanged without reading it
                if known and (known.size, known.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                    data, sha = None, known.sha256
                else:
                    data = path.read_bytes()
                    sha = hashlib.sha256(data).hexdigest()
            except OSError as exc:
                tally.skipped.append(Skipped(name, f"cannot read: {exc.strerror or exc}"))
                advance(name)
                continue
            if known and known.sha256 == sha:
                if data is not None:  # touched but not changed
                    store.touch_file(name, stat.st_mtime_ns)
                tally.files_read += 1
                tally.unchanged += known.articles
                advance(name)
                continue
            assert data is not None
            if pool is None:
                finish(name, process_file(name, data, sha, stat.st_mtime_ns, registry))
                continue
            pending.append((name, pool.submit(_work, name, data, sha, stat.st_mtime_ns)))
            while len(pending) >= workers * WINDOW_PER_WORKER:
                head, future = pending.popleft()
                finish(head, future.result())
        while pending:
            head, future = pending.popleft()
            finish(head, future.result())
    except KeyboardInterrupt:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        raise IngestInterrupted(tally.summary()) from None
    finally:
        if pool is not None:
            pool.shutdown()
    return tally.summary()


def _record(store: Store, result: FileResult, tally: _Tally) -> None:
    tally.files_read += 1
    tally.notes.extend(f"{result.path}: {note}" for note in result.notes)
    tally.skipped.extend(result.skipped)
    if result.error is not None:
        tally.skipped.append(Skipped(result.path, result.error))
        return
    new, kept, gone = store.replace_file(result.path, result.sha256, result.size, result.mtime_ns,
                                         result.articles, result.claims)
    tally.new += len(new)
    tally.unchanged += kept
    tally.replaced += gone
    tally.claims += sum(1 for c in result.claims if c.article.id in new)
