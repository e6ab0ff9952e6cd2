"""Views of records: Rich tables for people, JSON and JSON Lines for programs.

Every view renders the same attrs records; nothing here decides anything. Article text goes
into Rich only as ``Text`` objects, never as markup, because real quotes contain "[the regime]".
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, TextIO

import attrs
from rich.table import Table
from rich.text import Text

from .models import Article, Claim, IngestSummary, SourceEntry

STANCE_STYLES = {
    "pro-regime": "red",
    "opposition": "green",
    "independent": "cyan",
    "unknown": "yellow",
}
QUOTE_CHARS = 110


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def as_dict(record: Any) -> Any:
    """attrs record -> plain JSON-ready structure (tuples become lists, 10.0 becomes 10)."""
    return attrs.asdict(record, value_serializer=lambda _inst, _field, value: _plain(value))


def write_json(records: Any, out: TextIO) -> None:
    data = [as_dict(r) for r in records] if isinstance(records, (list, tuple)) else (
        as_dict(records) if attrs.has(type(records)) else records)
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(records: Iterable[Any], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(as_dict(record), ensure_ascii=False))
        out.write("\n")


def stance_text(stance: str) -> Text:
    return Text(stance, style=STANCE_STYLES.get(stance, ""))


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ingest_table(summary: IngestSummary) -> Table:
    table = Table(title="ingest", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("files read", summary.files_read), ("articles new", summary.articles_new),
        ("articles unchanged", summary.articles_unchanged),
        ("articles replaced (old versions removed)", summary.articles_replaced),
        ("claims", summary.claims), ("files or records skipped", len(summary.skipped)),
    ):
        table.add_row(label, str(value))
    return table


NOTES_SHOWN = 20


def ingest_notes(summary: IngestSummary) -> Optional[Text]:
    """What ingest noted without skipping anything (a repeated record, an encoding guessed),
    for stderr: the first NOTES_SHOWN, then how many more --json lists."""
    if not summary.notes:
        return None
    lines = [f"note: {note}" for note in summary.notes[:NOTES_SHOWN]]
    if len(summary.notes) > NOTES_SHOWN:
        lines.append(f"... and {len(summary.notes) - NOTES_SHOWN} more notes (ingest --json lists them all)")
    return Text("\n".join(lines))


def skipped_table(summary: IngestSummary) -> Optional[Table]:
    """The skipped files and records; the lines of one file skipped for one reason are one row
    ("lines 1 to 139 (139): has no text"), since a file of other records skips every line."""
    if not summary.skipped:
        return None
    rows: list[tuple[str, str, list[int]]] = []   # file, reason, line numbers
    for item in summary.skipped:
        lead, suffix = f"line {item.line} ", f":{item.line}"
        if item.line is None or not (item.reason.startswith(lead) and item.path.endswith(suffix)):
            rows.append((item.path, item.reason, []))
            continue
        path, reason = item.path[: -len(suffix)], item.reason[len(lead):]
        if rows and rows[-1][0] == path and rows[-1][1] == reason and rows[-1][2]:
            rows[-1][2].append(item.line)
        else:
            rows.append((path, reason, [item.line]))
    table = Table(title="skipped")
    table.add_column("file")
    table.add_column("reason")
    for path, reason, lines in rows:
        if len(lines) > 1:
            reason = f"lines {lines[0]} to {lines[-1]} ({len(lines)}): {reason}"
        elif lines:
            path, reason = f"{path}:{lines[0]}", f"line {lines[0]} {reason}"
        table.add_row(Text(path), Text(reason))
    return table


def sources_table(entries: Sequence[SourceEntry], path: str) -> Table:
    table = Table(title=Text(f"sources ({len(entries)}) from {path}"))
    for column in ("name", "stance", "kind", "aliases", "note"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        table.add_row(Text(entry.name), stance_text(entry.stance), Text(entry.kind),
                      Text(shorten(", ".join(entry.aliases), 60)), Text(shorten(entry.note, 60)))
    return table


def claims_table(claims: Sequence[Claim]) -> Table:
    table = Table(title=f"{len(claims)} claims")
    table.add_column("id", no_wrap=True)
    table.add_column("kind")
    table.add_column("source", overflow="fold")
    table.add_column("stance")
    table.add_column("claim", overflow="fold", ratio=3)
    table.add_column("numbers", overflow="fold")
    table.add_column("article", overflow="fold")
    for claim in claims:
        source = claim.source.name + (f" ({claim.source.outlet})" if claim.source.outlet and claim.source.outlet != claim.source.name else "")
        numbers = ", ".join(q.text + " " + q.unit for q in claim.quantities)
        table.add_row(
            claim.id[:8], claim.kind + (" denial" if claim.denies else ""), Text(source),
            stance_text(claim.source.stance), Text(shorten(claim.text)), Text(numbers),
            Text(f"{Path(claim.article.path).name} · {claim.article.outlet or '?'} {claim.article.date or ''}"),
        )
    return table


def article_text(article: Article, claims: Sequence[Claim]) -> Text:
    """The article body with every claim's span coloured by its source's stance."""
    text = Text(article.body)
    for claim in claims:
        start, end = claim.span
        style = STANCE_STYLES.get(claim.source.stance, "")
        text.stylize(f"{style} underline" if claim.kind == "narrative" else f"bold {style}", start, end)
    return text


def article_header(article: Article, claims: Sequence[Claim]) -> Text:
    header = Text()
    header.append(article.title or "(untitled)", style="bold")
    header.append(f"\n{article.outlet or 'unknown outlet'} · {article.date or 'undated'} · {article.path}\n")
    header.append(f"id {article.id} · {len(claims)} claims · ")
    for stance, style in STANCE_STYLES.items():
        header.append(stance, style=style)
        header.append(" ")
    return header
