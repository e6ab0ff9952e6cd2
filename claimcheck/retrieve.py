"""Retrieve claims from the store: filters for `claims` and `show`, candidates for `compare`.

User text never reaches SQL or FTS5 syntax: queries are cut into plain words and every word is
quoted as an FTS5 string; everything else is a bound parameter.
"""
from __future__ import annotations

import functools
import os
import re
from typing import Iterable, Optional, Sequence

from rapidfuzz import fuzz, process

from .errors import ClaimcheckError
from .extract import normalise_place
from .lexicon import PLACE_ARTICLES
from .models import Article, Claim, ClaimBrief
from .sources import normalise
from .store import Store

CANDIDATE_LIMIT = 4000
PLACE_SIMILARITY = 85
SPELLING_PREFILTER = 60
_QUERY_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUERY_STOP = {"the", "a", "an", "of", "in", "on", "and", "or", "not", "near", "at", "to", "by", "for", "with"}
_GLUED_ARTICLES = tuple(a.strip(" -") for a in PLACE_ARTICLES)


def filter_claims(store: Store, *, article_ref: Optional[str] = None, source: Optional[str] = None,
                  stance: Optional[str] = None, kind: Optional[str] = None) -> list[Claim]:
    article_id = _find_article(store, article_ref).id if article_ref else None
    records = store.claims(article_id=article_id, stance=stance, kind=kind)
    if source:
        wanted = normalise(source)
        records = [c for c in records if wanted in normalise(c.source.name) or wanted in normalise(c.source.outlet or "")]
    return records


def article_with_claims(store: Store, ref: str) -> tuple[Article, list[Claim]]:
    article = _find_article(store, ref)
    return article, store.claims(article_id=article.id)


def _find_article(store: Store, ref: str) -> Article:
    article = store.article(ref)
    if article is None and os.path.exists(ref):
        # the store keeps paths as they were given to ingest, often relative: try the file's
        # path from here, and its absolute one
        for other in (os.path.relpath(ref), os.path.abspath(ref)):
            article = article or store.article(other)
    if article is None:
        raise ClaimcheckError(f"no single article matches {ref!r} in {store.path}; give its file name, path or id "
                              "as `claimcheck claims` shows them")
    return article


def query_words(query: str) -> list[str]:
    return [w.lower() for w in _QUERY_WORD.findall(query) if w.lower() not in _QUERY_STOP]


@functools.lru_cache(maxsize=65536)
def same_place(a: str, b: str) -> bool:
    """Transliterations of one place: "qasr"/"alqasr", "qamishli"/"qameshli", "qusayr"/"qusair"."""
    if a == b:
        return True
    for long, short in ((a, b), (b, a)):
        if long.endswith(short) and long[: -len(short)] in _GLUED_ARTICLES and len(short) >= 4:
            return True
    if len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= PLACE_SIMILARITY:
        return True
    return min(len(a), len(b)) >= 4 and _skeleton(a) == _skeleton(b)


_DOUBLED = re.compile(r"(.)\1")


def _skeleton(name: str) -> str:
    """A short name without its doubled letters and final h: "dorra" and "dora", "kafah" and
    "kafa", which are too short for a similarity ratio to tell from other names."""
    return _DOUBLED.sub(r"\1", name).rstrip("h")


def canonical_places(names: Iterable[str]) -> dict[str, str]:
    """Each place name mapped to one spelling of it ("alqasr" and "qasr" to the same). Spellings
    that ``same_place`` links, directly or through a third, share the first of them in sorted
    order, so the answer depends neither on the order of the names nor on chance."""
    ordered = sorted(set(names))
    parent = {name: name for name in ordered}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    long_names = [n for n in ordered if len(n) >= 5]
    by_skeleton: dict[str, list[str]] = {}
    for name in ordered:
        if len(name) >= 4:
            by_skeleton.setdefault(_skeleton(name), []).append(name)
    for name in ordered:
        linked = [name[len(a):] for a in _GLUED_ARTICLES if name.startswith(a)]
        linked += by_skeleton.get(_skeleton(name), []) if len(name) >= 4 else []
        if len(name) >= 5:
            linked += [match for match, _, _ in process.extract(
                name, long_names, scorer=fuzz.ratio, score_cutoff=PLACE_SIMILARITY, limit=None)]
        for other in linked:
            if other in parent and other != name and same_place(name, other):
                one, two = sorted((root(name), root(other)))
                parent[two] = one
    return {name: root(name) for name in ordered}


def glued_article_groups(names: Iterable[str]) -> dict[str, list[str]]:
    """Each place name under its bare spelling when the names also hold it with its article
    glued on ("alwaer" under "waer"); every other name under itself. Fuzzy likeness is left
    out: over every name of a store it chains distinct places ("ar hama", "ar daraa")."""
    held = set(names)
    groups: dict[str, list[str]] = {}
    for name in sorted(held):
        bare = next((name[len(a):] for a in _GLUED_ARTICLES
                     if name.startswith(a) and len(name) - len(a) >= 4 and name[len(a):] in held), name)
        groups.setdefault(bare, []).append(name)
    return groups


def share_place(places: Sequence[str], others: Sequence[str]) -> bool:
    """Whether two lists of places name one place between them, in any spelling."""
    return any(same_place(a, b) for a in places for b in others)


def place_variants(store: Store, word: str) -> list[str]:
    """Every place name in the store that spells ``word`` another way."""
    return _spellings(word, _place_names(store))


def query_spellings(store: Store, words: Sequence[str]) -> tuple[dict[str, list[str]], set[str]]:
    """Each word with the store's spellings of it as a place, and which of the words name a
    place the store holds; the store's place names are read once for all the words."""
    names = _place_names(store)
    held = set(names)
    spellings = {word: _spellings(word, names) for word in dict.fromkeys(words)}
    return spellings, {word for word, found in spellings.items() if any(n in held for n in found)}


def _place_names(store: Store) -> list[str]:
    return [name for name, _ in store.place_names()]


def _spellings(word: str, names: Sequence[str]) -> list[str]:
    key = normalise_place(word) or word.lower()
    # every spelling same_place accepts scores at least SPELLING_PREFILTER on fuzz.ratio (a glued
    # article adds at most three letters to four or more), so only those are tried one by one
    close = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=SPELLING_PREFILTER, limit=None)
    found = [n for n, _, _ in close if same_place(n, key)]
    if len(key) >= 5:
        # the 20 most alike within PLACE_SIMILARITY: close is sorted best first, so no second pass
        found.extend(n for n, score, _ in close[:20] if score >= PLACE_SIMILARITY)
    return sorted(set(found) | {key})


def _fts_terms(words: Sequence[str]) -> list[str]:
    """Each word of ``words`` as a quoted FTS5 string, once: no user syntax survives."""
    terms = ['"' + token.replace('"', '""') + '"' for word in words for token in _QUERY_WORD.findall(word)]
    return list(dict.fromkeys(terms))


def fts_query(words: Sequence[str]) -> str:
    """An FTS5 query matching claims that hold any of ``words``."""
    return " OR ".join(_fts_terms(words))


def fts_all(words: Sequence[str]) -> str:
    """An FTS5 query matching claims that hold every word (the index keeps no positions, so
    no phrase queries)."""
    return " AND ".join(_fts_terms(words))


def candidate_claims(store: Store, query: str, *, place: Optional[str] = None,
                     spellings: Optional[dict[str, list[str]]] = None) -> list[ClaimBrief]:
    """Claims that may be about the event the user named, from the full-text index, as briefs
    to rank before the chosen ones are loaded whole (``Store.claims_in_order``).

    Each query word is widened to the store's spellings of it as a place, so "Qasr" also finds
    claims that only say "Alqasr" (``spellings``, from ``query_spellings`` over the query's and
    the place's words, when the caller has them already). Articles whose title matches every
    query word bring their claims too, since a report's own sentences often leave the event
    implicit.
    """
    words = query_words(query)
    if place:
        words.extend(query_words(place))
    if spellings is None:
        spellings, _ = query_spellings(store, words)
    expanded = [spelling for word in words for spelling in spellings[word]]
    if not expanded:
        return []
    # claims naming every query word first, then those naming any of them (or a spelling)
    rowids = store.search_claims(fts_all(words), CANDIDATE_LIMIT) if len(words) > 1 else []
    if len(rowids) < CANDIDATE_LIMIT:
        seen = set(rowids)
        rowids += [r for r in store.search_claims(fts_query(expanded), CANDIDATE_LIMIT) if r not in seen]
    title_articles = store.article_ids_by_title(words[:4], 200) if words else []
    rowids = list(dict.fromkeys(rowids + store.claim_rowids_for_articles(title_articles)))[:CANDIDATE_LIMIT]
    claims = store.claim_briefs(rowids)
    if place:
        wanted = place_variants(store, place)
        claims = [c for c in claims if share_place(c.places, wanted)]
    return claims
