"""Compare: group an event's claims into points and decide where the sides agree or contradict.

``decide(claims)`` is the pure core: claims in, findings out. ``compare(store, query)`` finds
the event's claims in the store first. Each finding says on what basis it was decided.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from typing import Iterable, Optional, Sequence

import attrs
from rapidfuzz import fuzz

from .errors import ClaimcheckError
from .lexicon import (
    APPROXIMATE_CUES, APPROXIMATE_SPREAD, DEGREE_TOLERANCE, FRAMING_OPPOSITES, MEASURE_CUES,
    NEGATIONS,
)
from .models import STANCES, Claim, Finding
from .retrieve import candidate_claims, query_words, same_place
from .store import Store

RELEVANCE_CUTOFF = 0.5
MAX_CLAIMS = 600              # the most relevant candidates that are grouped
TOPIC_SIMILARITY = 62         # token_set_ratio for two statements to be about one point
INCIDENT_DAYS = 1             # tolls more than a day apart are different incidents
POPULATION_DAYS = 3 * 365     # populations change slowly


@attrs.frozen
class Comparison:
    query: str
    since: Optional[str]
    until: Optional[str]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    summary: dict


@attrs.frozen
class Event:
    place: str
    first_date: Optional[str]
    last_date: Optional[str]
    claims: int
    articles: int
    outlets: dict[str, int]      # stance -> number of distinct outlets


def _parse_day(value: Optional[str], label: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ClaimcheckError(f"{label} must be a date like 2017-03-09, not {value!r}") from None


def claim_day(claim: Claim) -> Optional[dt.date]:
    value = claim.event_date or claim.article.date
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def compare(store: Store, query: str, *, since: Optional[str] = None, until: Optional[str] = None,
            place: Optional[str] = None) -> Comparison:
    """The findings for the event ``query`` names, from the claims in ``store``."""
    start, end = _parse_day(since, "--since"), _parse_day(until, "--until")
    candidates = candidate_claims(store, query, place=place)
    if start or end:
        candidates = [c for c in candidates if _in_range(claim_day(c), start, end)]
    ranked = rank(query, candidates)
    findings = decide(ranked)
    used = {cid for f in findings for side in f.sides for cid in side}
    claims = tuple(c for c in ranked if c.id in used)
    return Comparison(query, since, until, claims, tuple(findings), summarise(claims, findings))


def _in_range(day: Optional[dt.date], start: Optional[dt.date], end: Optional[dt.date]) -> bool:
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def rank(query: str, claims: Sequence[Claim]) -> list[Claim]:
    """Claims relevant to the query, best first: query words (any spelling of a place) found in
    the claim, its places or its article's title."""
    words = query_words(query)
    if not words:
        return []
    scored = []
    for claim in claims:
        haystack = f"{claim.text} {claim.article.title or ''}".lower()
        tokens = set(re.findall(r"[^\W_]+", haystack)) | set(claim.places)
        hits = 0.0
        for word in words:
            if word in tokens or any(same_place(word, t) for t in claim.places):
                hits += 1
            elif any(t.startswith(word[:5]) for t in tokens if len(word) >= 5):
                hits += 0.8   # "bombardment" / "bombing"
        score = hits / len(words)
        if score >= RELEVANCE_CUTOFF:
            scored.append((score, claim))
    scored.sort(key=lambda item: -item[0])
    return [c for _, c in scored[:MAX_CLAIMS]]


# --- points -------------------------------------------------------------------------------
@attrs.frozen
class _Figure:
    claim: Claim
    measure: str
    low: float
    high: float
    text: str


def measure_of(claim: Claim, quantity_text: str, unit: str) -> str:
    """What a number measures, from the words near it: deaths, injuries, population ..."""
    text = claim.text.lower()
    at = text.find(quantity_text.lower())
    window = text[max(0, at - 40): at + len(quantity_text) + 50] if at >= 0 else text
    best, best_distance = None, None
    for measure, cues in MEASURE_CUES.items():
        for cue in cues:
            for match in re.finditer(r"\b" + re.escape(cue) + r"\b", window):
                distance = abs(match.start() - min(40, at if at >= 0 else 0))
                if best_distance is None or distance < best_distance:
                    best, best_distance = measure, distance
    if unit in ("killed",):
        return "deaths"
    if unit in ("injured",):
        return "injuries"
    if unit in ("percent", "airstrikes", "missiles", "shells", "cylinders", "bombs", "barrel bombs"):
        return unit
    return best or unit


def _interval(value: float, low: Optional[float], high: Optional[float], text: str) -> tuple[float, float]:
    lowered = text.lower()
    if low is not None or high is not None:
        return (low if low is not None else 0.0, high if high is not None else float("inf"))
    if any(lowered.startswith(cue) for cue in APPROXIMATE_CUES):
        return value * (1 - APPROXIMATE_SPREAD), value * (1 + APPROXIMATE_SPREAD)
    return value, value


def _figures(claim: Claim) -> list[_Figure]:
    figures = []
    for q in claim.quantities:
        low, high = _interval(q.value, q.low, q.high, q.text)
        figures.append(_Figure(claim, measure_of(claim, q.text, q.unit), low, high, q.text))
    return figures


def _same_incident(a: Claim, b: Claim, measure: str) -> bool:
    day_a, day_b = claim_day(a), claim_day(b)
    limit = POPULATION_DAYS if measure == "population" else INCIDENT_DAYS
    if day_a and day_b and abs((day_a - day_b).days) > limit:
        return False
    if a.places and b.places and not any(same_place(x, y) for x in a.places for y in b.places):
        return False
    return True


def _overlap(a: _Figure, b: _Figure) -> bool:
    return a.low <= b.high and b.low <= a.high


def _degree(a: _Figure, b: _Figure) -> bool:
    """Two point figures close enough to be an evolving toll rather than opposite accounts."""
    x = a.high if a.high != float("inf") else a.low
    y = b.high if b.high != float("inf") else b.low
    big = max(x, y)
    return big > 0 and abs(x - y) / big <= DEGREE_TOLERANCE


def _finding_id(claim_ids: Iterable[str], basis: str) -> str:
    return hashlib.sha256((basis + ":" + ",".join(sorted(claim_ids))).encode()).hexdigest()[:16]


def _quantity_findings(claims: Sequence[Claim]) -> tuple[list[Finding], set[str]]:
    by_measure: dict[str, list[_Figure]] = defaultdict(list)
    for claim in claims:
        for figure in _figures(claim):
            by_measure[figure.measure].append(figure)
    findings: list[Finding] = []
    used: set[str] = set()
    for measure, figures in by_measure.items():
        # incidents: figures linked when same place and day
        groups: list[list[_Figure]] = []
        for figure in sorted(figures, key=lambda f: (str(claim_day(f.claim)), f.claim.id)):
            for group in groups:
                if all(_same_incident(figure.claim, other.claim, measure) for other in group):
                    if figure.claim.id not in {o.claim.id for o in group}:
                        group.append(figure)
                    break
            else:
                groups.append([figure])
        for group in groups:
            sources = {_speaker(f.claim) for f in group}
            if len(sources) < 2:
                continue
            sides: list[list[_Figure]] = []
            for figure in group:
                for side in sides:
                    if all(_overlap(figure, other) for other in side):
                        side.append(figure)
                        break
                else:
                    sides.append([figure])
            place = _place_label(group)
            day = claim_day(group[0].claim)
            topic = f"{measure} in {place}" + (f" on {day.isoformat()}" if day and measure != "population" else "")
            ids = [f.claim.id for f in group]
            used.update(ids)
            if len(sides) == 1:
                findings.append(Finding(
                    _finding_id(ids, "quantity"), topic, "agreement", "quantity",
                    (tuple(dict.fromkeys(ids)),),
                    f"{len(sources)} sources give compatible figures: " + "; ".join(_figure_label(f) for f in group),
                ))
            else:
                degree = all(_degree(a[0], b[0]) for a in sides for b in sides if a is not b)
                findings.append(Finding(
                    _finding_id(ids, "quantity"), topic, "contradiction", "quantity",
                    tuple(tuple(dict.fromkeys(f.claim.id for f in side)) for side in sides),
                    ("figures differ by degree (an evolving toll?): " if degree else "figures do not overlap: ")
                    + " vs ".join(", ".join(_figure_label(f) for f in side) for side in sides),
                ))
    return findings, used


def _speaker(claim: Claim) -> str:
    return (claim.source.outlet or claim.source.name).lower()


def _figure_label(figure: _Figure) -> str:
    return f"{figure.text} ({figure.claim.source.name})"


def _place_label(group: Sequence[_Figure]) -> str:
    places = Counter(p for f in group for p in f.claim.places)
    return places.most_common(1)[0][0] if places else "unnamed place"


def _negated(text: str) -> bool:
    return bool(re.search(r"\b(?:" + "|".join(re.escape(n) for n in NEGATIONS if n != "n't") + r")\b|n't\b", text.lower()))


def _framing(text: str) -> Optional[int]:
    lowered = text.lower()
    for index, (one, other) in enumerate(FRAMING_OPPOSITES):
        if any(cue in lowered for cue in one):
            return index * 2
        if any(cue in lowered for cue in other):
            return index * 2 + 1
    return None


def _statement_findings(claims: Sequence[Claim], skip: set[str]) -> list[Finding]:
    """Points made in words: denials, negations, opposite framings, restatements."""
    findings: list[Finding] = []
    by_id = {c.id: c for c in claims}
    denied_pairs: set[tuple[str, str]] = set()
    for claim in claims:
        target = by_id.get(claim.denies or "")
        if target is not None:
            denied_pairs.add((target.id, claim.id))
            findings.append(Finding(
                _finding_id([target.id, claim.id], "denial"), _topic(target), "contradiction", "denial",
                ((target.id,), (claim.id,)),
                f"{claim.source.name} ({claim.source.stance}) denies what {target.source.name} ({target.source.stance}) said",
            ))
    statements = [c for c in claims if c.kind != "narrative" or c.id not in skip]
    groups: list[list[Claim]] = []
    for claim in statements:
        for group in groups:
            if any(_same_point(claim, other) for other in group):
                group.append(claim)
                break
        else:
            groups.append([claim])
    for group in groups:
        speakers = {_speaker(c) for c in group}
        ids = [c.id for c in group]
        if len(group) == 1 or len(speakers) < 2:
            if not any(c.id in skip for c in group) and not any(c.id in pair for pair in denied_pairs for c in group):
                findings.append(Finding(
                    _finding_id(ids, "unconfirmed"), _topic(group[0]), "unconfirmed", "single-source",
                    (tuple(ids),), f"only {group[0].source.name} says this",
                ))
            continue
        frames = defaultdict(list)
        for claim in group:
            frame = _framing(claim.text)
            if frame is not None:
                frames[frame].append(claim.id)
        opposed = [(a, b) for a in frames for b in frames if a // 2 == b // 2 and a < b]
        polarity = defaultdict(list)
        for claim in group:
            polarity[_negated(claim.text)].append(claim.id)
        if opposed:
            a, b = opposed[0]
            findings.append(Finding(
                _finding_id(ids, "framing"), _topic(group[0]), "contradiction", "framing",
                (tuple(frames[a]), tuple(frames[b])),
                "opposite accounts of cause or responsibility",
            ))
        elif len(polarity) == 2 and _cross_speakers(group, polarity):
            findings.append(Finding(
                _finding_id(ids, "polarity"), _topic(group[0]), "contradiction", "polarity",
                (tuple(polarity[False]), tuple(polarity[True])),
                "the same point asserted by some sources and negated by others",
            ))
        elif not any((a in ids and b in ids) for a, b in denied_pairs):
            stances = {c.source.stance for c in group} - {"unknown"}
            findings.append(Finding(
                _finding_id(ids, "restatement"), _topic(group[0]), "agreement", "restatement",
                (tuple(ids),),
                f"{len(speakers)} sources say the same" + (" across opposed stances" if {"pro-regime", "opposition"} <= stances else ""),
            ))
    return findings


def _cross_speakers(group: Sequence[Claim], polarity: dict[bool, list[str]]) -> bool:
    by_id = {c.id: _speaker(c) for c in group}
    return not ({by_id[i] for i in polarity[True]} & {by_id[i] for i in polarity[False]})


def _same_point(a: Claim, b: Claim) -> bool:
    if a.article.id == b.article.id and _speaker(a) == _speaker(b):
        return False
    if a.places and b.places and not any(same_place(x, y) for x in a.places for y in b.places):
        return False
    day_a, day_b = claim_day(a), claim_day(b)
    if a.event_date and b.event_date and day_a and day_b and abs((day_a - day_b).days) > INCIDENT_DAYS:
        return False
    return fuzz.token_set_ratio(_core(a.text), _core(b.text)) >= TOPIC_SIMILARITY and fuzz.token_sort_ratio(_core(a.text), _core(b.text)) >= TOPIC_SIMILARITY - 20


_FILLER = re.compile(r"\b(?:the|a|an|of|to|in|on|and|that|for|is|was|are|were|has|have|had|by|with|as|at|it|its|this|from|be|been)\b", re.I)


def _core(text: str) -> str:
    return " ".join(_FILLER.sub(" ", text.lower()).split())


def _topic(claim: Claim) -> str:
    words = claim.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def decide(claims: Sequence[Claim]) -> list[Finding]:
    """Findings for a set of claims about one event, contradictions first."""
    quantity, used = _quantity_findings(claims)
    statements = _statement_findings(claims, used)
    order = {"contradiction": 0, "agreement": 1, "unconfirmed": 2}
    return sorted(quantity + statements, key=lambda f: (order[f.relation], f.topic))


def summarise(claims: Sequence[Claim], findings: Sequence[Finding]) -> dict:
    relations = Counter(f.relation for f in findings)
    outlets: dict[str, set[str]] = {s: set() for s in STANCES}
    for claim in claims:
        outlets[claim.source.stance].add(claim.source.outlet or claim.source.name)
    return {
        "agree": relations.get("agreement", 0),
        "contradict": relations.get("contradiction", 0),
        "unconfirmed": relations.get("unconfirmed", 0),
        "claims": len(claims),
        "outlets": {stance: len(names) for stance, names in outlets.items()},
    }


def list_events(store: Store, *, limit: int = 50) -> list[Event]:
    """Places with claims, split into events where reports are more than a week apart."""
    events: list[Event] = []
    places = sorted(store.place_names(), key=lambda item: -item[1])
    for place, _ in places[: limit * 2]:
        rowids = store.search_claims('"' + place.replace('"', '""') + '"', 20000)
        claims = [c for c in store.claims(rowids=rowids) if place in c.places]
        dated = sorted(claims, key=lambda c: str(claim_day(c) or ""))
        chunk: list[Claim] = []
        last: Optional[dt.date] = None
        for claim in dated + [None]:  # type: ignore[list-item]
            day = claim_day(claim) if claim is not None else None
            if claim is None or (last is not None and day is not None and (day - last).days > 7):
                if len(chunk) >= 2:
                    events.append(_event(place, chunk))
                chunk = []
            if claim is not None:
                chunk.append(claim)
                last = day or last
    events.sort(key=lambda e: (-e.claims, e.place))
    return events[:limit]


def _event(place: str, claims: Sequence[Claim]) -> Event:
    days = sorted(d for d in (claim_day(c) for c in claims) if d)
    outlets: dict[str, set[str]] = {s: set() for s in STANCES}
    for claim in claims:
        outlets[claim.source.stance].add(claim.source.outlet or claim.source.name)
    return Event(
        place=place, first_date=days[0].isoformat() if days else None,
        last_date=days[-1].isoformat() if days else None, claims=len(claims),
        articles=len({c.article.id for c in claims}),
        outlets={s: len(v) for s, v in outlets.items()},
    )
