"""Read article files (.txt, .md, .json, .jsonl) into Article records.

Pure: no printing and no database. Bad input raises ArticleError (whole file unusable) or is
reported as Skipped entries (one JSON record or line unusable) so nothing is lost silently.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterable, Optional

import attrs

from . import dates
from .errors import ArticleError, ClaimcheckError
from .lexicon import (
    AUTHOR_FIELDS, BOILERPLATE_LINE_PATTERNS, DATE_FIELDS, ID_FIELDS, OUTLET_FIELDS,
    TEXT_FIELDS, TITLE_FIELDS, URL_FIELDS,
)
from .models import Article, Skipped
from .sources import Registry, tomllib

SUFFIXES = (".txt", ".md", ".json", ".jsonl")
FRONT_MATTER_KEYS = ("title", "outlet", "date", "url", "author")
MAX_TITLE_CHARS = 200
# Longer "articles" are whole dumps or corrupt files; reading them as one article would take
# minutes and produce nonsense, so they are skipped with a reason instead.
MAX_ARTICLE_CHARS = 2_000_000
_BOILERPLATE = [re.compile(p, re.I) for p in BOILERPLATE_LINE_PATTERNS]
_SOURCE_CREDIT = re.compile(r"\(\s*source\s*:\s*([^/)]+)", re.I)
_TOLD = re.compile(r"\b(?:told|tells|said to|speaking to|in an interview with)\s+((?:[A-Z][\w'’.-]*\s*){1,5})")


@attrs.frozen
class ReadResult:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read, in a stable order: given files as they are, folders searched recursively.
    A file reached twice (a folder given twice, or a file and its folder) is listed once."""
    found: list[tuple[Path, str]] = []   # (path as given, where it really is)
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # one resolve per folder, not per file: resolving walks every component of the path,
            # which costs more than the rest of a re-ingest of 100,000 unchanged files
            given, root = len(str(path)), str(path.resolve())
            found.extend((p, root + str(p)[given:]) for p in sorted(path.rglob("*"))
                         if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file():
            found.append((path, str(path.resolve())))
        else:
            raise ClaimcheckError(f"no such file or folder: {path}")
    seen: set[str] = set()
    unique = []
    for path, real in found:
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding that read it: UTF-8, UTF-8 with BOM, then cp1252."""
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:65536]:
        raise ArticleError("binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict") if _is_utf8(data[3:]) else _cp1252(data), "utf-8-sig"
    if _is_utf8(data):
        return data.decode("utf-8"), "utf-8"
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 text with some cp1252 bytes pasted in: keep both rather than mangling either
        return data.decode("utf-8", errors="cp1252-fallback"), "utf-8 with cp1252 bytes"
    return _cp1252(data), "cp1252"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252-fallback", _cp1252_fallback)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cp1252(data: bytes) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"undecodable bytes (not UTF-8 or cp1252) at byte {exc.start}") from exc
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\r\n\t\f")
    if control > len(text) // 100:
        raise ArticleError("binary file (control characters)")
    return text


def read_file(path: Path, data: bytes, registry: Registry) -> ReadResult:
    """All articles in one file. ``data`` is the file's bytes (already read for hashing)."""
    text, encoding = decode(data)
    notes = (f"decoded as {encoding}",) if encoding != "utf-8" else ()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        result = _read_jsonl(path, text, registry)
    elif suffix == ".json":
        result = _read_json(path, text, registry)
    else:
        meta, body, how = split_front_matter(text)
        if not body.strip():
            raise ArticleError("no article text" + (" after the front matter" if meta else ""))
        article = build_article(str(path), path.name, body, meta, how, registry)
        result = ReadResult((article,))
    return attrs.evolve(result, notes=notes + result.notes)


def split_front_matter(text: str) -> tuple[dict[str, str], str, str]:
    """(metadata, body, how) for optional ``+++`` TOML or ``---`` key: value front matter."""
    text = text.replace("\r\n", "\n")
    stripped = text.lstrip("\n")
    for fence, kind in (("+++", "toml"), ("---", "yaml")):
        if not stripped.startswith(fence + "\n"):
            continue
        end = stripped.find("\n" + fence, len(fence))
        if end < 0:
            return {}, text, ""
        block = stripped[len(fence) + 1:end]
        rest = stripped[end + len(fence) + 1:]
        rest = rest[1:] if rest.startswith("\n") else rest
        if kind == "toml":
            try:
                parsed: dict[str, Any] = tomllib.loads(block)
            except tomllib.TOMLDecodeError as exc:
                raise ArticleError(f"front matter is not valid TOML: {exc}") from exc
        else:
            parsed = {}
            for line in block.splitlines():
                key, sep, value = line.partition(":")
                if sep and key.strip():
                    parsed[key.strip().lower()] = value.strip().strip("\"'")
        meta = {k: str(v) for k, v in parsed.items() if k in FRONT_MATTER_KEYS and v not in (None, "")}
        return meta, rest, "front matter"
    return {}, text, ""


def _read_jsonl(path: Path, text: str, registry: Registry) -> ReadResult:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            skipped.append(Skipped(where, f"JSON does not parse on line {number}: {_json_reason(exc)}", number))
            continue
        article = _record_article(path, record, f"line {number}", registry)
        if isinstance(article, Skipped):
            skipped.append(attrs.evolve(article, path=where, line=number))
        else:
            articles.append(article)
    if not articles and not skipped:
        raise ArticleError("no JSON records")
    return ReadResult(tuple(articles), tuple(skipped))


def _read_json(path: Path, text: str, registry: Registry) -> ReadResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"JSON does not parse on line {exc.lineno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise ArticleError("JSON is nested too deeply to read") from exc
    records = data if isinstance(data, list) else [data]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for index, record in enumerate(records):
        article = _record_article(path, record, f"record {index}", registry)
        if isinstance(article, Skipped):
            skipped.append(attrs.evolve(article, path=f"{path}#{index}"))
        else:
            articles.append(article)
    if not articles and not skipped:
        raise ArticleError("empty JSON list")
    return ReadResult(tuple(articles), tuple(skipped))


def _json_reason(exc: Exception) -> str:
    return exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"


def _first_text(record: dict, fields: Iterable[str], *, strings_only: bool = False) -> Optional[str]:
    """The first field with text; a number or a list of names does for metadata ("author":
    ["A", "B"]), never for an article's body ({"text": 5} is no article)."""
    for field in fields:
        value = record.get(field)
        if strings_only and not isinstance(value, str):
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _record_article(path: Path, record: Any, label: str, registry: Registry) -> Article | Skipped:
    if not isinstance(record, dict):
        return Skipped(str(path), f"{label} is not a JSON object")
    body = _first_text(record, TEXT_FIELDS, strings_only=True)
    if not body:
        return Skipped(str(path), f"{label} has no text (looked for {', '.join(TEXT_FIELDS)})")
    meta = {}
    for name, fields in (("title", TITLE_FIELDS), ("outlet", OUTLET_FIELDS), ("date", DATE_FIELDS),
                         ("url", URL_FIELDS), ("author", AUTHOR_FIELDS)):
        value = _first_text(record, fields)
        if value:
            meta[name] = value
    record_id = _first_text(record, ID_FIELDS) or label.replace(" ", "")
    try:
        return build_article(str(path), f"{path.name}#{record_id}", body, meta, "JSON field", registry)
    except ArticleError as exc:
        return Skipped(str(path), f"{label}: {exc}")


def build_article(path: str, key: str, body: str, meta: dict[str, str], how: str, registry: Registry) -> Article:
    """An Article from its body and whatever metadata came with it, inferring the rest."""
    if len(body) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"article text is {len(body):,} characters, more than the {MAX_ARTICLE_CHARS:,} "
                           "one article may have; split the file into articles")
    provenance = {name: how for name in meta}
    title = meta.get("title") or None
    date = dates.parse_date(meta["date"]) if meta.get("date") else None
    if meta.get("date") and not date:
        provenance["date"] = f"unreadable {how} value {meta['date']!r}"
    outlet = meta.get("outlet") or None
    if outlet:
        entry = registry.lookup(outlet) or registry.by_url(outlet)
        if entry and entry.name != outlet:
            provenance["outlet"] = f"{how} {outlet!r}, sources.toml"
            outlet = entry.name
    if not title:
        title = infer_title(body)
        if title:
            provenance["title"] = "text: first meaningful line"
    if not date:
        found = dates.find_date(body)
        if found:
            date, matched = found
            provenance["date"] = f"text: {matched}"
    if not outlet and meta.get("url"):
        entry = registry.by_url(meta["url"])
        if entry:
            outlet, provenance["outlet"] = entry.name, "url domain, sources.toml"
    if not outlet:
        inferred = infer_outlet(body, registry)
        if inferred:
            outlet, provenance["outlet"] = inferred
    digest = hashlib.sha256(
        "\x1f".join([title or "", outlet or "", date or "", meta.get("url", ""), body]).encode("utf-8", "surrogatepass")
    ).hexdigest()[:16]
    return Article(
        id=digest, path=path, key=key, title=title, outlet=outlet, date=date,
        url=meta.get("url"), author=meta.get("author"), body=body, provenance=provenance,
    )


# a full stop closing a line of several words ends a sentence; headlines have none
_REPORTED_SENTENCE = re.compile(r"(?:\S+\s+){4,}\S+[^.\s]\.[\"”’]?$")


def is_boilerplate(line: str) -> bool:
    line = line.strip()
    return not line or any(p.search(line) for p in _BOILERPLATE)


def infer_title(body: str) -> Optional[str]:
    """The first meaningful line, skipping reading-time badges, bylines and dates. A line that
    reads as a sentence of the report, or the article's only paragraph, is no headline: the
    article has none, and the line is read for claims with the rest."""
    if "\n" not in body.strip():
        return None
    for line in body.splitlines()[:20]:
        line = line.strip().lstrip("#").strip()
        if is_boilerplate(line) or dates.find_date(line) and len(line) < 40 or len(line) < 8:
            continue
        if _REPORTED_SENTENCE.match(line):
            return None
        if len(line) > MAX_TITLE_CHARS:
            sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
            return sentence if len(sentence) <= MAX_TITLE_CHARS else line[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
        return line
    return None


def infer_outlet(body: str, registry: Registry) -> Optional[tuple[str, str]]:
    """The publisher, as a careful reader finds it: a "(Source: X ...)" credit line, or the
    outlet that sources keep talking to ("told X") when X is a known source."""
    credits = list(_SOURCE_CREDIT.finditer(body))
    credit = credits[-1] if credits else None  # a repost's credit line comes last
    if credit:
        words = credit[1].strip()
        for _, _, entry in registry.mentions(words):
            return entry.name, f"text: (Source: {words.strip()})"
        entry = registry.lookup(words)
        if entry:
            return entry.name, f"text: (Source: {words.strip()})"
    counts: dict[str, int] = {}
    for match in _TOLD.finditer(body):
        for start, _, entry in registry.mentions(match[1]):
            if start == 0:
                counts[entry.name] = counts.get(entry.name, 0) + 1
            break
    if counts:
        name = max(counts, key=lambda n: counts[n])
        return name, f"text: told {name} ({counts[name]}x)"
    return None
