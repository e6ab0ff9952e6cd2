"""The SQLite store: files, articles, claims, and a full-text index over claims.

Every write happens in one transaction per input file, so an interrupted ingest leaves each
earlier file stored and the database consistent. WAL mode and a busy timeout let a second
process read, or ingest, while one is writing.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence
from urllib.parse import quote

import attrs

from .errors import StoreError
from .models import Article, ArticleRef, Attribution, Claim, ClaimBrief, ClaimVoice, Quantity

SCHEMA_VERSION = 1
ENV_VAR = "CLAIMCHECK_DB"
DEFAULT_PATH = "claimcheck.db"
BUSY_TIMEOUT_MS = 60_000
WAIT_NOTICE_MS = 500           # a write held up this long by another process is told to on_wait
FILE_STATE_BATCH = 500         # paths per query: SQLite allows 999 parameters in older builds

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    articles INTEGER NOT NULL, ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, key TEXT NOT NULL, title TEXT, outlet TEXT,
    date TEXT, url TEXT, author TEXT, body TEXT NOT NULL, provenance TEXT NOT NULL
);
-- retrieval matches titles with LIKE '%word%': scanning this index reads far less than the table
CREATE INDEX IF NOT EXISTS articles_title ON articles(title, id);
CREATE TABLE IF NOT EXISTS file_articles (
    path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (path, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS file_articles_article ON file_articles(article_id);
CREATE TABLE IF NOT EXISTS claims (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    cue TEXT, source_name TEXT NOT NULL, source_outlet TEXT, stance TEXT NOT NULL,
    basis TEXT NOT NULL, denies TEXT, quantities TEXT NOT NULL, places TEXT NOT NULL,
    event_date TEXT
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
-- A claim's text is its span of the article body: stored once, in the body.
CREATE VIEW IF NOT EXISTS claims_content AS
    SELECT c.rowid AS rowid, substr(a.body, c.start + 1, c.end - c.start) AS text,
           c.source_name AS source_name, c.places AS places
    FROM claims c JOIN articles a ON a.id = c.article_id;
-- detail=none: no positions, so no phrase queries, which retrieval does not use; a far smaller index
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
    text, source_name, places, content='claims_content', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', detail=none
);
CREATE TABLE IF NOT EXISTS place_names (name TEXT PRIMARY KEY, claims INTEGER NOT NULL) WITHOUT ROWID;
"""


@attrs.frozen
class FileState:
    """What the store remembers of an ingested file, to tell whether it changed."""

    sha256: str
    size: int
    mtime_ns: int
    articles: int


def resolve_path(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get(ENV_VAR) or DEFAULT_PATH)


def _writable(path: Path) -> bool:
    """Whether a store can be written at ``path``: the file, and its folder for the journal."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


class Store:
    """An open store. Use as a context manager; writes go through ``replace_file``."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False,
                 on_wait: Optional[Callable[[], None]] = None) -> None:
        """``on_wait`` is called once, if ever, when another process holding the store makes a
        write wait (up to BUSY_TIMEOUT_MS), so that a caller can say why nothing happens."""
        self.path = Path(path)
        self._on_wait = on_wait
        if not create and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run `claimcheck ingest FOLDER` first, or pass --db")
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._open(readonly)
                return
            except sqlite3.OperationalError as exc:
                if not readonly and not self.path.parent.is_dir():
                    raise StoreError(f"the folder {self.path.parent} for the store {self.path} does not exist: "
                                     "create it or choose another --db") from exc
                if not readonly and not _writable(self.path):
                    raise StoreError(f"cannot write to the store {self.path}: it or its folder is read-only; "
                                     "choose a writable --db") from exc
                # a second process creating the same new store, or switching it to WAL, holds a
                # lock that the busy handler does not wait for: wait here instead
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(f"cannot open store {self.path}: {exc}") from exc
                self._tell_wait()
                self.conn.close()
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}. Is it a claimcheck database?") from exc

    def _open(self, readonly: bool) -> None:
        if readonly:
            uri = f"file:{quote(str(self.path))}?mode=ro"
            try:
                self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
                self.conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
            except sqlite3.OperationalError:
                # a store on read-only media (a mounted archive, a write-protected folder) cannot
                # have the shared-memory file its journal needs: read it as immutable, since
                # nothing can change it there
                self.conn = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        self.conn.isolation_level = None  # explicit BEGIN/COMMIT below
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._check_schema(readonly)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _check_schema(self, readonly: bool) -> None:
        has_meta = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if has_meta:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(row[0]) if row else None
            if version is None:
                raise StoreError(f"{self.path} has no schema version: not a claimcheck store")
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer claimcheck (schema {version}, this one reads "
                    f"{SCHEMA_VERSION}): upgrade claimcheck or use another --db"
                )
            if version < SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has an old schema ({version}); re-ingest into a new --db"
                )
            return
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise StoreError(f"{self.path} is an SQLite database but not a claimcheck store; choose another --db")
        if readonly:
            raise StoreError(f"{self.path} is empty: run `claimcheck ingest FOLDER` first")
        try:
            # executescript commits any open transaction first, so the whole creation is one script
            self.conn.executescript(
                "BEGIN IMMEDIATE;" + SCHEMA
                + f"INSERT OR IGNORE INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}'); COMMIT;"
            )
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # --- writing -------------------------------------------------------------------------
    def _tell_wait(self) -> None:
        if self._on_wait is not None:
            on_wait, self._on_wait = self._on_wait, None
            on_wait()

    def _begin_write(self) -> None:
        """BEGIN IMMEDIATE, waiting up to BUSY_TIMEOUT_MS for another writer; a wait longer than
        WAIT_NOTICE_MS is told to on_wait first."""
        if self._on_wait is None:
            self.conn.execute("BEGIN IMMEDIATE")
            return
        self.conn.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_MS}")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._tell_wait()
        self.conn.execute("BEGIN IMMEDIATE")

    def file_state(self, path: str) -> Optional[FileState]:
        return self.file_states([path]).get(path)

    def file_states(self, paths: Sequence[str]) -> dict[str, FileState]:
        """The stored state of each of ``paths`` that the store holds, read in a few queries
        rather than one per file: a re-ingest of many unchanged files is mostly these reads."""
        states: dict[str, FileState] = {}
        for at in range(0, len(paths), FILE_STATE_BATCH):
            batch = paths[at:at + FILE_STATE_BATCH]
            rows = self.conn.execute("SELECT path, sha256, size, mtime_ns, articles FROM files WHERE path IN ("
                                     + ",".join("?" * len(batch)) + ")", batch)
            states.update((path, FileState(*state)) for path, *state in rows)
        return states

    def touch_file(self, path: str, mtime_ns: int) -> None:
        """Record a new modification time for a file whose content did not change."""
        try:
            self._begin_write()
            self.conn.execute("UPDATE files SET mtime_ns = ? WHERE path = ?", (mtime_ns, path))
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {_write_failure(exc)}") from exc

    def replace_file(self, path: str, sha256: str, size: int, mtime_ns: int, articles: Sequence[Article],
                     claims: Sequence[Claim]) -> tuple[set[str], int, int]:
        """Store one file's articles and claims, replacing its previous version atomically.

        Returns (ids of articles new to the store, articles already stored, articles of the file's
        previous version that are gone now).
        """
        current = {a.id for a in articles}
        try:
            self._begin_write()
            try:
                old_ids = {r[0] for r in self.conn.execute(
                    "SELECT article_id FROM file_articles WHERE path = ?", (path,))}
                known = {i for i in current if i in old_ids or self._has_article(i)}
                self._forget_file(path)
                self.conn.execute(
                    "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                    (path, sha256, size, mtime_ns, len(current), time.time()),
                )
                new_ids: set[str] = set()
                for article in articles:
                    cursor = self.conn.execute(
                        "INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (article.id, article.path, article.key, article.title, article.outlet,
                         article.date, article.url, article.author, article.body,
                         _compact(article.provenance)),
                    )
                    self.conn.execute("INSERT OR IGNORE INTO file_articles VALUES (?, ?)", (path, article.id))
                    if cursor.rowcount:
                        new_ids.add(article.id)
                self._insert_claims(c for c in claims if c.article.id in new_ids)
                self.conn.execute("COMMIT")
            except BaseException:
                # Ctrl-C can land after SQLite already ended the transaction
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to {self.path}: {_write_failure(exc)}. Nothing of this file was "
                             "stored; run the same command again once that is mended") from exc
        return current - known, len(current & known), len(old_ids - current)

    def _has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _forget_file(self, path: str) -> bool:
        old = [r[0] for r in self.conn.execute("SELECT article_id FROM file_articles WHERE path = ?", (path,))]
        existed = self.conn.execute("DELETE FROM files WHERE path = ?", (path,)).rowcount > 0
        self.conn.execute("DELETE FROM file_articles WHERE path = ?", (path,))
        for article_id in old:
            still_used = self.conn.execute(
                "SELECT 1 FROM file_articles WHERE article_id = ? LIMIT 1", (article_id,)
            ).fetchone()
            if not still_used:
                self._delete_article(article_id)
        return existed

    def _delete_article(self, article_id: str) -> None:
        rows = self.conn.execute(
            "SELECT rowid, text, source_name, places FROM claims_content WHERE rowid IN "
            "(SELECT rowid FROM claims WHERE article_id = ?)", (article_id,)
        ).fetchall()
        for rowid, text, source_name, places in rows:
            self.conn.execute(
                "INSERT INTO claims_fts(claims_fts, rowid, text, source_name, places) VALUES ('delete', ?, ?, ?, ?)",
                (rowid, text, source_name, places),
            )
            for place in json.loads(places):
                self.conn.execute("UPDATE place_names SET claims = claims - 1 WHERE name = ?", (place,))
        self.conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.conn.execute("DELETE FROM place_names WHERE claims <= 0")

    def _insert_claims(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            places = _compact(list(claim.places))
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO claims (id, article_id, kind, start, end, cue, source_name,"
                " source_outlet, stance, basis, denies, quantities, places, event_date)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (claim.id, claim.article.id, claim.kind, claim.span[0], claim.span[1],
                 claim.cue, claim.source.name, claim.source.outlet, claim.source.stance,
                 claim.source.basis, claim.denies,
                 _compact([attrs.astuple(q) for q in claim.quantities]), places, claim.event_date),
            )
            if not cursor.rowcount:
                continue
            self.conn.execute(
                "INSERT INTO claims_fts(rowid, text, source_name, places) VALUES (?, ?, ?, ?)",
                (cursor.lastrowid, claim.text, claim.source.name, places),
            )
            for place in claim.places:
                self.conn.execute(
                    "INSERT INTO place_names VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET claims = claims + 1",
                    (place,),
                )

    # --- reading -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("files", "articles", "claims")
        }

    def article(self, ref: str) -> Optional[Article]:
        """An article by id, key ("file.txt" or "file.jsonl#id") or path; or by a prefix of its
        id or key, or the end of its path, when only one article has it."""
        by_id = self.conn.execute("SELECT * FROM articles WHERE id = ?", (ref,)).fetchone()
        if by_id is not None:
            return _article(by_id)
        exact = self.conn.execute("SELECT * FROM articles WHERE key = ? OR path = ? LIMIT 2", (ref, ref)).fetchall()
        if len(exact) > 1:
            return None   # two files of one name in two folders, two records of one id: say which
        row = exact[0] if exact else None
        if row is None and len(ref) >= 3:
            escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE id LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'"
                " OR path LIKE ? ESCAPE '\\' LIMIT 2",
                (escaped + "%", escaped + "%", "%" + escaped),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return _article(row) if row else None

    def claims(self, *, article_id: Optional[str] = None, stance: Optional[str] = None,
               kind: Optional[str] = None, rowids: Optional[Sequence[int]] = None) -> list[Claim]:
        where, params = [], []
        if article_id:
            where.append("c.article_id = ?")
            params.append(article_id)
        if stance:
            where.append("c.stance = ?")
            params.append(stance)
        if kind:
            where.append("c.kind = ?")
            params.append(kind)
        if rowids is not None:
            if not rowids:
                return []
            where.append(f"c.rowid IN ({','.join('?' * len(rowids))})")
            params.extend(rowids)
        sql = (
            _CLAIM_COLUMNS + _CLAIMS_JOINED
            + (" WHERE " + " AND ".join(where) if where else "")
            + _CLAIM_ORDER
        )
        return _claims(self.conn.execute(sql, params))

    def claim_briefs(self, rowids: Sequence[int]) -> list[ClaimBrief]:
        """Text, places and article of the claims with these rowids, in ``claims``' order."""
        if not rowids:
            return []
        refs: dict[str, ArticleRef] = {}
        return [ClaimBrief(row[0], row[1], _json_tuple(row[2]), _article_ref(refs, row, 4), row[3])
                for row in self.conn.execute(
                    "SELECT c.rowid, substr(a.body, c.start + 1, c.end - c.start), c.places, c.event_date,"
                    " a.id, a.path, a.title, a.outlet, a.date" + _CLAIMS_JOINED
                    + f" WHERE c.rowid IN ({','.join('?' * len(rowids))})" + _CLAIM_ORDER, list(rowids))]

    def claims_in_order(self, rowids: Sequence[int]) -> list[Claim]:
        """The whole claims with these rowids, in the order given."""
        if not rowids:
            return []
        rows = self.conn.execute(
            f"{_CLAIM_COLUMNS}, c.rowid{_CLAIMS_JOINED} WHERE c.rowid IN ({','.join('?' * len(rowids))})",
            list(rowids)).fetchall()
        by_rowid = dict(zip((row[-1] for row in rows), _claims(rows)))
        return [by_rowid[r] for r in rowids if r in by_rowid]

    def claim_voices(self, rowids: Sequence[int], places: Sequence[str]) -> list[ClaimVoice]:
        """The claims of ``rowids`` that name one of ``places``, as listing events reads them:
        no text, figures or places are loaded. Each place is matched as a whole element of the
        stored JSON list of places."""
        if not rowids or not places:
            return []
        named = " OR ".join("instr(c.places, ?) > 0" for _ in places)
        rows = self.conn.execute(
            "SELECT a.id, coalesce(c.event_date, a.date), c.stance, coalesce(c.source_outlet, c.source_name)"
            + _CLAIMS_JOINED + f" WHERE c.rowid IN ({','.join('?' * len(rowids))}) AND ({named})",
            [*rowids, *(_compact(place) for place in places)])
        return [ClaimVoice(*row) for row in rows]

    def search_claims(self, fts_query: str, limit: int) -> list[int]:
        """Rowids of claims matching an FTS5 query built by ``retrieve`` (never user syntax),
        newest first. Not ordered by rank: scoring every match of a common word ("Aleppo" in a
        large store) costs seconds, and candidates are ranked afterwards anyway."""
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid DESC LIMIT ?", (fts_query, limit)
        )]

    def claim_rowids_for_articles(self, article_ids: Sequence[str]) -> list[int]:
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        return [r[0] for r in self.conn.execute(f"SELECT rowid FROM claims WHERE article_id IN ({marks})", list(article_ids))]

    def article_ids_by_title(self, words: Sequence[str], limit: int) -> list[str]:
        """Articles whose title contains every word (parameterised LIKE, which ignores ASCII case
        as lower() would; a bare column lets SQLite scan the title index instead of the table)."""
        if not words:
            return []
        clause = " AND ".join("title LIKE ? ESCAPE '\\'" for _ in words)
        params = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
        return [r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE {clause} LIMIT ?", [*params, limit])]

    def place_names(self) -> list[tuple[str, int]]:
        return self.conn.execute("SELECT name, claims FROM place_names").fetchall()


_CLAIMS_JOINED = " FROM claims c JOIN articles a ON a.id = c.article_id"
_CLAIM_ORDER = " ORDER BY a.date, a.path, a.key, c.start"
# what _claims reads, in its order
_CLAIM_COLUMNS = (
    "SELECT c.id, c.kind, substr(a.body, c.start + 1, c.end - c.start), c.start, c.end, c.cue,"
    " c.source_name, c.source_outlet,"
    " c.stance, c.basis, c.denies, c.quantities, c.places, c.event_date,"
    " a.id, a.path, a.title, a.outlet, a.date"
)


def _write_failure(exc: sqlite3.OperationalError) -> str:
    """Why a write failed, and what to do about it."""
    if "locked" in str(exc):
        return (f"another process held the store for over {BUSY_TIMEOUT_MS / 1000:g} s ({exc}): wait for it "
                "(another ingest?) to finish")
    return f"{exc}: free disk space or choose a writable --db"


def _compact(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _article(row: sqlite3.Row | tuple) -> Article:
    return Article(
        id=row[0], path=row[1], key=row[2], title=row[3], outlet=row[4], date=row[5], url=row[6],
        author=row[7], body=row[8], provenance=json.loads(row[9]),
    )


def _claims(rows: Iterable[tuple]) -> list[Claim]:
    """Claims from rows of ``Store.claims``' query; the claims of one article share its record."""
    refs: dict[str, ArticleRef] = {}
    return [Claim(
        id=row[0], article=_article_ref(refs, row, 14), kind=row[1], text=row[2], span=(row[3], row[4]), cue=row[5],
        source=Attribution(name=row[6], outlet=row[7], stance=row[8], basis=row[9]),
        denies=row[10], quantities=tuple(Quantity(*q) for q in _json_tuple(row[11])),
        places=_json_tuple(row[12]), event_date=row[13],
    ) for row in rows]


def _article_ref(refs: dict[str, ArticleRef], row: tuple, at: int) -> ArticleRef:
    """The article of a row whose columns from ``at`` are id, path, title, outlet and date: one
    record per article, shared by all its claims."""
    ref = refs.get(row[at])
    if ref is None:
        ref = refs[row[at]] = ArticleRef(id=row[at], path=row[at + 1], title=row[at + 2], outlet=row[at + 3],
                                         date=row[at + 4])
    return ref


def _json_tuple(raw: str) -> tuple:
    # most claims count nothing and name no place: no need to parse "[]"
    return tuple(json.loads(raw)) if raw != "[]" else ()
