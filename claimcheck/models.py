"""The records that flow between stages. All frozen; serialise with ``attrs.asdict``."""
from __future__ import annotations

from typing import Optional

import attrs

STANCES = ("pro-regime", "opposition", "independent", "unknown")
# the two sides of the war; independent and unknown sources are on neither
PARTISAN_STANCES = frozenset(("pro-regime", "opposition"))
CLAIM_KINDS = ("direct", "indirect", "mixed", "narrative")
STANCE_BASES = ("sources.toml", "descriptor", "publisher", "none")
RELATIONS = ("contradiction", "agreement", "unconfirmed")


@attrs.frozen
class Article:
    """One article as read from disk, before extraction.

    ``provenance`` says how each metadata field was obtained, e.g.
    ``{"title": "front matter", "date": "text: July 31, 2013", "outlet": "text: told X"}``.
    """

    id: str                      # content hash of path-independent content
    path: str                    # file the article came from
    key: str                     # file name, or file name + record id / line for JSON input
    title: Optional[str]
    outlet: Optional[str]
    date: Optional[str]          # YYYY-MM-DD
    url: Optional[str]
    author: Optional[str]
    body: str
    provenance: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen
class SourceEntry:
    """One table of sources.toml."""

    key: str
    name: str
    aliases: tuple[str, ...]
    stance: str
    kind: str
    note: str = ""
    domains: tuple[str, ...] = ()
    affiliation: Optional[str] = None


@attrs.frozen
class Quantity:
    """A number in a claim. ``unit`` is what is counted ("residents"), ``measure`` what the
    number measures in context ("deaths" for "killing 3 residents"), which compare matches on."""

    value: float
    low: Optional[float]
    high: Optional[float]
    unit: str
    text: str
    measure: str = ""


@attrs.frozen
class Attribution:
    """Who made a claim, for whom, and on what basis the stance was decided."""

    name: str
    outlet: Optional[str]
    stance: str
    basis: str


@attrs.frozen
class ArticleRef:
    id: str
    path: str
    title: Optional[str]
    outlet: Optional[str]
    date: Optional[str]


@attrs.frozen
class ClaimBrief:
    """What ranking reads of a stored claim, loaded before (and for far more claims than) the
    whole claim is."""
    rowid: int
    text: str
    places: tuple[str, ...]
    article: ArticleRef
    event_date: Optional[str]


@attrs.frozen
class ClaimVoice:
    """What listing events reads of a stored claim: its article, its day (the event's, else the
    article's), and the side and outlet (or name) of its source."""
    article_id: str
    day: Optional[str]
    stance: str
    voice: str


@attrs.frozen
class Claim:
    id: str
    article: ArticleRef
    kind: str
    text: str
    span: tuple[int, int]
    cue: Optional[str]
    source: Attribution
    denies: Optional[str]
    quantities: tuple[Quantity, ...]
    places: tuple[str, ...]
    event_date: Optional[str]


@attrs.frozen
class Finding:
    id: str
    topic: str
    relation: str
    basis: str
    sides: tuple[tuple[str, ...], ...]
    explanation: str


@attrs.frozen
class Skipped:
    path: str                    # "records.jsonl:2" for a line of JSON Lines, "file.json#1" for a record
    reason: str
    line: Optional[int] = None   # the line of JSON Lines skipped, which path and reason both name


@attrs.frozen
class IngestSummary:
    files_read: int
    articles_new: int
    articles_unchanged: int
    articles_replaced: int
    claims: int
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...] = ()
