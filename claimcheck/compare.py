"""Compare: group an event's claims into points and decide where the sides agree or contradict.

``decide(claims)`` is the pure core: claims in, findings out. ``compare(store, query)`` finds
the event's claims in the store first. Each finding says on what basis it was decided.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import heapq
import re
from collections import Counter, defaultdict
from itertools import chain
from typing import Callable, Iterable, Iterator, NamedTuple, Optional, Sequence, TypeVar

import attrs
from rapidfuzz import fuzz

from . import dates
from .alternation import alternation, fold
from .errors import ClaimcheckError
from .extract import calls_false, is_request, normalise_place, whole_words_in
from .lexicon import (
    ABSENCE_FOLLOWERS, ABSENCE_GENERIC_NOUNS, ACT_OF_WORD, ACT_SYNONYMS, APPROXIMATE_CUES, APPROXIMATE_SPREAD,
    BLAMED_SIDES, BLAME_CUES, BLAST_WORDS, CHARACTERISING_CUES, CIVILIAN_TOLL_UNITS, COMBATANT_NOUNS,
    CONTROL_OPPOSITES, COUNTRY_NAMES, COUNT_TIMES_OF_DAY, CUMULATIVE_PERIOD_CUES, DENIAL_CUES, DENIED_BACK_REFERENCES,
    DENIED_FIGURE_NOUNS, DENIED_GENERIC_REFERENCES, DENIED_PART, DISOWNED_LINKS, DISOWNING_PHRASES, DOER_MARKS,
    EXPLOSIVE_KINDS, FACILITY_HEADS, FALSEHOOD_WORDS, FRAMING_OPPOSITES, HARM_WORDS, HELD_AREA, HOLDER_SIDES,
    HOLDER_SUBJECT_WORDS, HOLDING_CUES, INCIDENT_KINDS, MONTHS, NEGATIONS, NONE_PERSONS, NONE_VICTIMS,
    NO_COMBATANTS_PATTERNS, NUMBER_WORDS, ONLY_COMBATANTS_PATTERNS, OWN_ACT_FAMILIES, OWN_LOSS_WORDS,
    OWN_SIDE_HOLDERS, OWN_SIDE_SUBJECTS, PAST_POPULATION_CUES, PERIOD_CUES, PERSON_UNITS, PICTURE_NOUNS, PLACE_HEADS,
    PLACE_MODIFIERS, REGION_HEADS, REPORTED_ACTS, REQUEST_CUES, RESPONSIBILITY_CUES, RESPONSIBLE_AGENT_CUES,
    RUNNING_COUNT_CUES, SAID_VERBS, SAYING_NOUNS, SEPARATE_INCIDENT_CUES, STRIKE_TARGET_FRAMING,
    SUPERSEDED_COUNT_CUES, THING_FATES, TITLE_ABBREVIATIONS, TOLL_MEASURES, TOLL_PART_LEADS, TOLL_PART_UNITS,
    TRUCE_BREACH_NOUNS, TRUCE_BROKEN_CUES, TRUCE_KEPT_CUES, TRUCE_OWN_SIDE_WORDS, TRUCE_PRONOUNS, TRUCE_SUBJECT_WORDS,
    TRUCE_WORDS, UNDONE_ACT_FAMILIES, UNDONE_BY, UNITS, UNREALISED_ACT_LEADS, VAGUE_AMOUNTS, VICTIM_CLASSES,
    WAR_WIDE_CUES, WEEKDAYS, WHO_THE_DEAD_WERE,
)
from .models import PARTISAN_STANCES, STANCES, Claim, ClaimBrief, ClaimVoice, Finding, Quantity
from .retrieve import (
    candidate_claims, canonical_places, fts_all, glued_article_groups, query_spellings, query_words, share_place,
)
from .store import Store

_Ranked = TypeVar("_Ranked", Claim, ClaimBrief)
RELEVANCE_CUTOFF = 0.5
OPEN_BOUND_SPREAD = 1.5       # "at least 15" is read as 15 to 22.5
TOLL_BOUND_SPREAD = 1.2       # but against another source's exact toll, as 15 to 18
BROAD_PLACE_SHARE = 0.3       # a place in more of the articles than this is the setting, not the incident
BROAD_PLACE_MIN_ARTICLES = 3
MAX_POINT_RATIO = 10.0        # figures further apart measure different scopes, not one point
SUBGROUP_UNITS = set(TOLL_PART_UNITS)
EVOLVING_MEASURES = frozenset(TOLL_MEASURES)
_HARM_MEASURES = tuple(m for m in TOLL_MEASURES if m != "casualties")   # what a casualty is
DEGREE_RATIO = 1.5            # separate ranges this close are a disagreement of degree
# Measures whose figures for one incident can be compared; counts of weapons or places are left out,
# but not of vehicles (buses of an evacuation, tanks destroyed), compared when told of one fate.
COMPARABLE_MEASURES = {"deaths", "injuries", "casualties", "population", "held", "displaced", "detainees",
                       "civilians", "people", "residents", "fighters", "soldiers", "children", "airstrikes", "patients",
                       "staff", "vehicles"}
FATED_MEASURES = frozenset(("vehicles",))   # counts of things, told with what befell them
ARTICLE_PLACES = 3            # an article's places lent to its claims that name none
EVENT_CLAIMS = 20_000         # claims read per place when listing events
CONTEXT_ARTICLES = 40         # articles whose every claim joins the comparison
MAX_CLAIMS = 600              # the most relevant candidates that are grouped
MIN_SHARED_WORDS = 3          # content words two statements of one point share at least
TOPIC_SIMILARITY = 70         # token_set_ratio for two statements to be about one point
TOPIC_ORDER_SIMILARITY = TOPIC_SIMILARITY - 20   # and token_sort_ratio, looser
# an edit-distance ratio is at most 200 * shorter / (shorter + longer): texts further apart in
# length than this cannot reach TOPIC_ORDER_SIMILARITY
SORT_RATIO_LENGTHS = 200 / TOPIC_ORDER_SIMILARITY - 1
POLARITY_SIMILARITY = 85      # how alike an assertion and a negation must read, negations aside
FOCUS_SHARE = 0.5             # an article is about the place most of its placed claims name
DENIED_SHARED_WORDS = 2       # content words a claim shares with a denial that answers it
DENIED_SHARED_WORDS_ELSEWHERE = 3   # and with a denial from another article that names no place
ACT_DENIAL_WORDS = 4          # content words of a denial short enough to be one act on one thing
WAR_TOLL_DAYS = 7             # whole-war tolls reported this close are rival counts of one thing
INCIDENT_DAYS = 1             # tolls more than a day apart are different incidents
LATER_TOLL_DAYS = 4           # how many days later a report may give an incident's toll without its day
MIN_QUOTED_FIGURE = 20        # a figure a denial repeats, large enough to name the claim it denies
QUOTED_FIGURE_DAYS = 14       # how long after a figure was published a denial may repeat it
POPULATION_DAYS = 3 * 365     # populations change slowly
HELD_DAYS = 31                # so do the numbers held in custody, counted by different visitors
# Standing counts, compared over a window of days rather than as one incident's
STANDING_DAYS = {"population": POPULATION_DAYS, "held": HELD_DAYS}
BLAMED_OBJECT_WORDS = 3       # words before the side a blaming cue names ("the Syrian regime")
AGENT_REACH = 60              # how far before an act a word for the side that did it may stand
SHOWN_REACH = 80              # how far before a figure "a video showed" may stand


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


def claim_day(claim: Claim | ClaimBrief) -> Optional[dt.date]:
    return _iso_day(claim.event_date or claim.article.date)


def _iso_day(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def compare(store: Store, query: str, *, since: Optional[str] = None, until: Optional[str] = None,
            place: Optional[str] = None) -> Comparison:
    """The findings for the event ``query`` names, from the claims in ``store``."""
    start, end = _parse_day(since, "--since"), _parse_day(until, "--until")
    words = query_words(query)
    spellings, known = query_spellings(store, [*words, *query_words(place or "")])
    candidates = candidate_claims(store, query, place=place, spellings=spellings)
    if start or end:
        candidates = [c for c in candidates if _in_range(claim_day(c), start, end)]
    relevant = rank(query, candidates, {word: spellings[word] for word in words if word in known})
    chosen = relevant[:MAX_CLAIMS]
    ranked = _with_article_context(store, store.claims_in_order([b.rowid for b in chosen]), start, end)
    order = {c.id: i for i, c in enumerate(ranked)}
    # the points most about the query first within each relation
    findings = sorted(decide(ranked), key=lambda f: (_RELATION_ORDER[f.relation],
                                                     min(order[cid] for side in f.sides for cid in side)))
    used = {cid for f in findings for side in f.sides for cid in side}
    claims = tuple(c for c in ranked if c.id in used)
    # how many claims matched and how many of them were compared: a broad query is cut to the
    # most relevant, and the user must be able to tell
    summary = {**summarise(claims, findings), "matching_claims": len(relevant), "compared_claims": len(chosen)}
    return Comparison(query, since, until, claims, tuple(findings), summary)


def _with_article_context(store: Store, ranked: list[Claim], start: Optional[dt.date],
                          end: Optional[dt.date]) -> list[Claim]:
    """Add the other claims of articles that are about the event (two or more matching claims):
    a denial such as "media rejected the shelling claims" rarely repeats the place's name."""
    if len(ranked) >= MAX_CLAIMS:
        return list(ranked[:MAX_CLAIMS])   # no room for context: do not read it
    per_article = Counter(c.article.id for c in ranked)
    nearest = per_article.most_common(CONTEXT_ARTICLES)
    event_articles = {a for a, n in nearest if n >= 2}
    seen = {c.id for c in ranked}
    # an article with one matching claim lends only its answers: "Vostra denied its aircraft
    # carried out any strikes" after a report of the strike names neither place nor day
    context = [c for c in store.claims(rowids=store.claim_rowids_for_articles([a for a, _ in nearest]))
               if c.id not in seen and (not (start or end) or _in_range(claim_day(c), start, end))
               and (c.article.id in event_articles or _answers(c))]
    return (ranked + context)[:MAX_CLAIMS]


def _answers(claim: Claim) -> bool:
    """Whether a claim answers others: a denial, a negation, a blame, a framing of cause."""
    return (_is_denial(claim) or claim.denies is not None or _negated(claim.text)
            or _blames(claim) or _framing(claim.text) is not None)


def _in_range(day: Optional[dt.date], start: Optional[dt.date], end: Optional[dt.date]) -> bool:
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


def rank(query: str, claims: Sequence[_Ranked], places: Optional[dict[str, list[str]]] = None) -> list[_Ranked]:
    """Claims relevant to the query, best first (all of them; ``compare`` takes the first
    MAX_CLAIMS): query words (any spelling of a place) found in
    the claim, its places or its article's title. When the query names places the store knows,
    a claim must name one of them (or its article's title must): "Kafr Example bombing" is not
    every bombing."""
    words = query_words(query)
    if not words:
        return []
    places = places or {}
    scored = []
    titles: dict[str, str] = {}   # an article's title is lowered once for all its claims
    whole_word: dict[str, Optional[re.Pattern[str]]] = {}
    word_start: dict[str, re.Pattern[str]] = {}

    def holds(token: str, texts: tuple[str, str], own_places: frozenset[str]) -> bool:
        """Whether ``token`` is a word of the texts or one of the claim's places: searched for,
        since most candidates hold few of the query's words and splitting each into its words
        costs more."""
        if token in own_places:
            return True
        if token not in whole_word:
            whole_word[token] = (re.compile(r"(?<![^\W_])" + re.escape(token) + r"(?![^\W_])")
                                 if _TOKEN.fullmatch(token) else None)
        pattern = whole_word[token]
        return pattern is not None and any(token in text and pattern.search(text) for text in texts)

    for claim in claims:
        title = titles.get(claim.article.id)
        if title is None:
            title = titles[claim.article.id] = (claim.article.title or "").lower()
        texts = (claim.text.lower(), title)
        own_places = frozenset(claim.places)
        hits = 0.0
        place_hit = not places
        for word in words:
            if holds(word, texts, own_places) or (claim.places and share_place((word,), claim.places)) or (
                    word in places and any(holds(v, texts, own_places) for v in places[word])):
                hits += 1
                place_hit = place_hit or word in places
            elif len(word) >= 5:
                stem = word[:5]
                if stem not in word_start:
                    word_start[stem] = re.compile(r"(?<![^\W_])" + re.escape(stem))
                if any(stem in text and word_start[stem].search(text) for text in texts) or any(
                        p.startswith(stem) for p in own_places):
                    hits += 0.8   # "bombardment" / "bombing"
        score = hits / len(words)
        if score >= RELEVANCE_CUTOFF and place_hit:
            scored.append((score, claim))
    scored.sort(key=lambda item: -item[0])
    return [c for _, c in scored]


_TOKEN = re.compile(r"[^\W_]+")


# --- points -------------------------------------------------------------------------------
@attrs.frozen
class _Figure:
    claim: Claim
    measure: str
    low: float
    high: float
    text: str
    places: tuple[str, ...]
    own_places: bool             # named in the claim, not borrowed from its article
    unit_class: str              # "total", "civilians", "combatants", or a part of a toll ("children")
    day: Optional[dt.date]
    signature: "_Signature"
    setting: tuple[str, ...]     # the broad places too ("Aleppo" when every claim names it)
    war: bool = False            # a toll of the whole war ("since the conflict began")
    open_bound: Optional[str] = None   # "low" for "at least 15", "high" for "up to 13"
    parts_sum: Optional[tuple[float, float]] = None   # with the claim's other figures of its measure
    regions: tuple[str, ...] = ()   # the regions its places are said to lie in ("Riverton province")
    past: bool = False           # a population as it was before the fighting ("30,000 before the war")


@attrs.frozen
class _Signature:
    """What tells one incident from another beyond place and day, read from the claim's words."""
    kinds: frozenset[str]        # air, shelling, bomb, ground, ...; empty when unsaid
    held: Optional[str]          # who holds the area hit, when said
    period: frozenset[str]       # the words of a count over a period ("since", "days of"), not one attack
    separate: bool               # told as another incident than its article's others ("elsewhere")
    one_day: bool = False        # names a single day ("on Monday", "on 21 March")
    blast: bool = False          # tells of an explosion, which is of no kind of attack of its own

    def compatible(self, other: "_Signature") -> bool:
        if self.kinds and other.kinds and not self.kinds & other.kinds:
            return False
        if (self.blast and not self.kinds and other.kinds and not other.kinds & _EXPLOSIVE_KINDS
                or other.blast and not other.kinds and self.kinds and not self.kinds & _EXPLOSIVE_KINDS):
            return False  # a blast and an execution: nothing exploded in a shooting
        if self.held and other.held and self.held != other.held:
            return False
        mine, theirs = self.period, other.period
        if (SEVERAL_DAYS in mine) != (SEVERAL_DAYS in theirs):
            # a count over several days is not one of those days' ("3,400 on Monday and Tuesday"
            # against "1,900 on Monday"), but may be a count that names no day
            if (other if SEVERAL_DAYS in mine else self).one_day:
                return False
            mine, theirs = mine - {SEVERAL_DAYS}, theirs - {SEVERAL_DAYS}
        # two counts over periods are one count only when told over the same kind of period
        return mine == theirs or bool(mine & theirs)


_EXPLOSIVE_KINDS = frozenset(EXPLOSIVE_KINDS)
_BLAST = re.compile(r"\b(?:" + alternation(BLAST_WORDS) + r")\b")


_KIND_PATTERNS = {kind: re.compile(r"\b(?:" + alternation(cues) + r")\b") for kind, cues in INCIDENT_KINDS.items()}
_HELD_PATTERNS = {side: re.compile(r"\b(?:" + alternation(cues) + r")\b") for side, cues in HELD_AREA.items()}
_PERIOD = re.compile(r"\b(?:" + alternation(PERIOD_CUES) + r")\b")
_CUMULATIVE = frozenset(CUMULATIVE_PERIOD_CUES)
_RUNNING_COUNT = frozenset(RUNNING_COUNT_CUES)
_COUNTRIES = frozenset(COUNTRY_NAMES)
# one pattern each: re finds each cue's opening words quickly, but not those of an alternation
_WAR_WIDE = tuple(re.compile(cue) for cue in WAR_WIDE_CUES)
_SEPARATE = re.compile(r"\b(?:" + alternation(SEPARATE_INCIDENT_CUES) + r")\b")


@functools.lru_cache(maxsize=8192)
def _kinds(text: str) -> frozenset[str]:
    lowered = text.lower()
    return frozenset(kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(lowered))


def _article_kinds(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Each article's most told kind of attack, for its claims that name none ("34 were killed")."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        counts[claim.article.id].update(_kinds(claim.text))
    return {article: frozenset(k for k, n in c.items() if n == max(c.values())) for article, c in counts.items() if c}


SEVERAL_DAYS = "several days"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_MONTH = "(?:" + "|".join(m.lower() for m in MONTHS) + ")"
_ONE_DAY = re.compile(r"\b(?:on\s+" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH + "|" + _MONTH
                      + r"\s+\d{1,2}|yesterday|today)\b")
# "on Monday and Tuesday", "on 21 and 22 March", "over two days": a count over several days
_SEVERAL_DAYS = re.compile(
    r"\b(?:" + _WEEKDAY + r"\s+and\s+" + _WEEKDAY
    + r"|\d{1,2}\s+(?:and|to)\s+\d{1,2}\s+" + _MONTH
    + r"|(?:over|in|across)\s+(?:the\s+)?(?:two|three|four|five|\d)\s+days"
    # "since Saturday", "since 21 March": the days of an offensive still going on
    + r"|since\s+(?:" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH + "|" + _MONTH + r"\s+\d{1,2}))\b")


def _signature(text: str, article_kinds: frozenset[str] = frozenset()) -> _Signature:
    lowered = text.lower()
    kinds = _kinds(text) or article_kinds
    held = [side for side, pattern in _HELD_PATTERNS.items() if pattern.search(lowered)]
    several = _SEVERAL_DAYS.search(lowered)
    since_a_day = several is not None and several.group().startswith("since")   # counted as several days
    period = frozenset("to date" if cue in _CUMULATIVE else cue for cue in _PERIOD.findall(lowered)
                       if cue not in _RUNNING_COUNT and not (cue == "since" and since_a_day))
    if several:
        period |= {SEVERAL_DAYS}
    return _Signature(kinds, held[0] if len(held) == 1 else None, period,
                      bool(_SEPARATE.search(lowered)), several is None and _ONE_DAY.search(lowered) is not None,
                      _BLAST.search(lowered) is not None)


def _interval(value: float, low: Optional[float], high: Optional[float], text: str) -> tuple[float, float]:
    """The range a reported figure allows. Open bounds are closed at a plausible distance, so
    "at least 15" agrees with 18 but differs, by degree, from 32."""
    lowered = text.lower()
    if low is not None and high is not None:
        return low, high
    if low is not None:
        return low, low * OPEN_BOUND_SPREAD
    if high is not None:
        return high / OPEN_BOUND_SPREAD, high
    if any(lowered.startswith(cue) for cue in APPROXIMATE_CUES):
        return value * (1 - APPROXIMATE_SPREAD), value * (1 + APPROXIMATE_SPREAD)
    return value, value


_TIME_WORD = re.compile(r"\b(?:" + "|".join((*MONTHS, *WEEKDAYS)) + r"|(?:19|20)\d\d)\b", re.I)
_VAGUE = re.compile(r"\b(?:" + "|".join(VAGUE_AMOUNTS) + r")\b", re.I)
_SHOWN = re.compile(r"\b(?:" + alternation(PICTURE_NOUNS) + r")\b[^.;]*?\b(?:showed|shows|showing|show)\b")
_SUPERSEDED = re.compile(r"\b(?:" + alternation(SUPERSEDED_COUNT_CUES) + r")\b")
SUPERSEDED_REACH = 25         # how near a figure its count is told as replaced ("at 31 in an earlier count")
# "nine were killed, not four", "but not the 40 the army claims": the figure after it is denied
_DENIED_FIGURE = re.compile(r"(?:,|\bbut)\s+not\s+(?:the\s+)?$")
_ADDITIVE = re.compile(r"\b(?:" + alternation(TOLL_PART_LEADS) + r")\s+$")
# "25 members of the Vostra Front": the named group is whom the toll counts, not a toll it is part of
_OF_NAMED_BODY = re.compile(r"\s+(?:[\w-]+\s+)?of\s+the\s+(?:[\w-]+\s+){0,2}?(?:[A-Z]|al-[A-Z])")
_PART = re.compile(r"\s+(?:(?:[\w-]+\s+)?of\s+(?:the|them|those|whom)|other\s+(?:victims|people|civilians|fighters|rebels|soldiers|persons)"
                   r"|more\b(?!\s+than)|(?:[\w-]+\s+){0,6}(?:were|was|are)\s+(?:also\s+)?among)\b")


def _article_places(claims: Sequence[Claim]) -> dict[str, tuple[str, ...]]:
    """Each article's most mentioned places, for its claims that name none themselves."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        counts[claim.article.id].update(claim.places)
    return {article: tuple(p for p, _ in c.most_common(ARTICLE_PLACES)) for article, c in counts.items() if c}


_PLACE_NAME = r"(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+){0,2}"
_WITHIN = re.compile(
    r"(?P<small>" + _PLACE_NAME + r")(?:\s+(?:" + alternation(PLACE_HEADS) + r"))?,?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:" + alternation(PLACE_MODIFIERS) + r")\s+)*(?P<large>" + _PLACE_NAME + r")(?:['’]s)?\s+(?:"
    + alternation(REGION_HEADS) + r")\b")
_PLACE_MODIFIER_WORDS = frozenset(PLACE_MODIFIERS)
_FACILITY_HEADS = frozenset(FACILITY_HEADS)


def _regions(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Which region each place lies in, as the claims themselves say ("the village of Dorsa in
    Riverton province"): both names must be places the claim was found to name."""
    within: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if len(claim.places) < 2:
            continue
        for match in _WITHIN.finditer(claim.text):
            small, large = normalise_place(match["small"]), normalise_place(match["large"])
            if (small and large and small != large and not _is_country(small) and not _is_country(large)
                    and share_place((small,), claim.places) and share_place((large,), claim.places)):
                within[small].add(large)
    # a facility named for its town lies in it ("the Ostel District Hospital" in Ostel), when
    # the claims name the town too
    named = {p for claim in claims for p in claim.places}
    for place in named:
        words = place.split()
        if len(words) > 1 and words[-1] in _FACILITY_HEADS and words[0] in named and not _is_country(words[0]):
            within[place].add(words[0])
    # a place that holds others is a region itself, not inside one ("Dorsa in central Riverton
    # province" then misreads a list); a place's modifier is no region ("in the Eastern countryside")
    regions = {large for larges in within.values() for large in larges}
    return {place: frozenset(kept) for place, larges in within.items()
            if place not in regions and (kept := larges - _PLACE_MODIFIER_WORDS)}


def _figures(claim: Claim, article_places: tuple[str, ...] = (), setting: tuple[str, ...] = (),
             article_kinds: frozenset[str] = frozenset(),
             regions: Optional[dict[str, frozenset[str]]] = None) -> list[_Figure]:
    """The comparable figures of a claim. A claim naming no place borrows its article's
    places, and its setting is every place it or its article names, broad ones included."""
    if not claim.quantities:
        return []   # most claims count nothing: read nothing else of them
    figures = []
    # a country sets no scene: "in Syria" never makes two tolls one incident
    setting = tuple(p for p in setting if not _is_country(p))
    article_places = tuple(p for p in article_places if not _is_country(p))
    own_places = tuple(p for p in claim.places if not _is_country(p))
    own = bool(own_places)
    places = own_places or article_places
    lowered = claim.text.lower()
    # a count of none ("no civilians were killed in the operation") answers any toll of its
    # article's event: the kind of attack the article tells most is no kind of its own
    signature = _signature(claim.text, frozenset() if all(q.value == 0 for q in claim.quantities) else article_kinds)
    war = any(cue.search(lowered) for cue in _WAR_WIDE)
    sums = _parts_sums(claim) if len(claim.quantities) > 1 else {}
    held_in = tuple(sorted({r for p in places for r in (regions or {}).get(p, ())}))
    for q in claim.quantities:
        at = lowered.find(q.text.lower())
        after = at + len(q.text)
        if at >= 0 and (_ADDITIVE.search(lowered[max(0, at - 20):at]) or (
                _PART.match(lowered[after:]) and not _OF_NAMED_BODY.match(claim.text, after))):
            continue  # "another five", "five of the dead": a part of a toll, not a rival total
        if _VAGUE.search(q.text):
            continue  # "scores", "dozens": too loose to agree or disagree with a count
        if at >= 4 and _DENIED_FIGURE.search(lowered, max(0, at - 12), at):
            continue  # "nine were killed, not four as their spokesman pretends": the figure it denies
        if (at >= 0 and ("earlier" in lowered or "previous" in lowered or "initial" in lowered)
                and _SUPERSEDED.search(lowered, max(0, at - SUPERSEDED_REACH), after + SUPERSEDED_REACH)):
            continue  # "put the toll at 31 in an earlier count": a count since replaced
        if at >= 0 and "show" in lowered and _SHOWN.search(lowered, max(0, at - SHOWN_REACH), at):
            continue  # "a video showed the bodies of a dozen people": what one picture shows, not a toll
        low, high = _interval(q.value, q.low, q.high, q.text)
        unit_class = q.unit if q.unit in SUBGROUP_UNITS else VICTIM_CLASSES.get(q.unit, "total")
        if war:
            # dated by the report, wherever its article is set
            figures.append(_Figure(claim, q.measure or q.unit, low, high, q.text, (), False, unit_class,
                                   _iso_day(claim.article.date),
                                   signature, (), True, _open_bound(q)))
            continue
        past = q.measure == "population" and at >= 0 and _past_population(claim.text, at, after)
        figures.append(_Figure(claim, q.measure or q.unit, low, high, q.text, places, own, unit_class,
                               _earlier_day(claim, lowered, at), signature, setting or places, False, _open_bound(q),
                               sums.get(q.measure or q.unit), held_in, past))
    return figures


# "The attack came nine days after a roadside bomb killed three soldiers": the figure after it
# is of an incident that many days before the claim's own
_DAYS_AFTER = re.compile(r"\b(?P<count>\d{1,2}|[a-z]+)\s+(?P<unit>days?|weeks?)\s+after\b")
DAYS_AFTER_REACH = 60         # how far before a figure "nine days after" may stand


def _earlier_day(claim: Claim, lowered: str, at: int) -> Optional[dt.date]:
    """The day of a figure: its claim's, or as many days before it as "N days after" just before
    the figure says."""
    day = claim_day(claim)
    if day is None or at < 0 or "after" not in lowered:
        return day
    before = lowered[max(0, at - DAYS_AFTER_REACH):at]
    found = None
    for found in _DAYS_AFTER.finditer(before):
        pass
    if found is None:
        return day
    count = int(found["count"]) if found["count"].isdigit() else NUMBER_WORDS.get(found["count"])
    if not count:
        return day
    return day - dt.timedelta(days=count * (7 if found["unit"].startswith("week") else 1))


_PAST_POPULATION = re.compile(r"\b(?:" + alternation(PAST_POPULATION_CUES) + r")\b", re.I)
PAST_POPULATION_REACH = 60    # how far from a population "before the war" may stand, in its sentence


def _past_population(text: str, start: int, end: int) -> bool:
    """Whether a population figure is told as it was before the fighting."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find(";", end)) if i >= 0]
    sentence_end = min(stops, default=len(text))
    return _PAST_POPULATION.search(text, max(sentence_start, start - PAST_POPULATION_REACH),
                                   min(sentence_end, end + PAST_POPULATION_REACH)) is not None


def _parts_sums(claim: Claim) -> dict[str, tuple[float, float]]:
    """Figures of one measure that a claim lists side by side ("50 executed, 19 more killed in
    a suicide attack and 16 in the assault") are parts of a total another source may give (85):
    their sum, by measure. A figure repeated (a headline restating the lead) makes no sum, nor
    does a part of a toll ("four children")."""
    parts: dict[str, list[Quantity]] = defaultdict(list)
    for q in claim.quantities:
        if q.unit not in SUBGROUP_UNITS and not _VAGUE.search(q.text):
            parts[q.measure or q.unit].append(q)
    sums = {}
    for measure, quantities in parts.items():
        values = [q.value for q in quantities]
        if len(values) > 1 and len(set(values)) == len(values):
            intervals = [_interval(q.value, q.low, q.high, q.text) for q in quantities]
            sums[measure] = (sum(low for low, _ in intervals), sum(high for _, high in intervals))
    return sums


def _open_bound(quantity: Quantity) -> Optional[str]:
    if (quantity.low is None) == (quantity.high is None):
        return None
    return "low" if quantity.low is not None else "high"


def _is_country(place: str) -> bool:
    # scraped text loses apostrophes: "Syrias" is "Syria's"
    return place in _COUNTRIES or (place.endswith("s") and place[:-1] in _COUNTRIES)


_COUNT_TIME = re.compile(
    r"\b(?:by|as\s+of|until)\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _WEEKDAY + r"\s+)?"
    r"((?:" + alternation(COUNT_TIMES_OF_DAY) + r")\b|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)",
    re.I)


_FATES = {fate: re.compile(r"\b(?:" + alternation(words) + r")\b", re.I) for fate, words in THING_FATES.items()}


@functools.lru_cache(maxsize=8192)
def _fates(text: str) -> frozenset[str]:
    return frozenset(fate for fate, pattern in _FATES.items() if pattern.search(text))


@functools.lru_cache(maxsize=8192)   # read for every pair of figures a claim is in
def _count_time(text: str) -> Optional[str]:
    """The time of day a running count is given "by" ("34 bodies by Sunday morning")."""
    stamp = _COUNT_TIME.search(text) if "y " in text or "s of" in text or "ntil" in text else None
    return stamp.group(1).lower().replace(".", "").replace(" ", "") if stamp else None


def _same_incident(a: _Figure, b: _Figure) -> bool:
    stamps = (_count_time(a.claim.text), _count_time(b.claim.text))
    if None not in stamps and stamps[0] != stamps[1] and a.claim.id != b.claim.id:
        return False  # "34 bodies by Sunday morning", "41 by Sunday afternoon": two readings of one rising count
    classes = {a.unit_class, b.unit_class}
    if len(classes) > 1 and ("total" not in classes or classes & SUBGROUP_UNITS):
        return False  # a part of a toll ("41 women", "54 aid workers"), or civilians against combatants
    if a.measure in FATED_MEASURES:
        fates = (_fates(a.claim.text), _fates(b.claim.text))
        if all(fates) and not fates[0] & fates[1]:
            return False  # tanks destroyed and tanks seized: other machines, if of one battle
    if a.war or b.war:
        # whole-war tolls meet each other only, when reported within days of each other
        return a.war and b.war and bool(a.day and b.day and abs((a.day - b.day).days) <= WAR_TOLL_DAYS)
    smaller_high = min(a.high, b.high)
    if smaller_high > 0 and max(a.low, b.low) > MAX_POINT_RATIO * max(smaller_high, 1):
        return False  # an order of magnitude apart: a total and a part, or another scope
    # (a count of none is no scope: "no civilians were killed" denies any toll of the incident)
    if _part_of_sum(a, b) or _part_of_sum(b, a):
        return False  # one of several parts whose sum is the other's total
    if not _close_days(a, b):
        return False
    if a.past != b.past:
        return False  # a town's population before the war and the people still in it
    if a.measure not in STANDING_DAYS and not a.signature.compatible(b.signature):
        return False  # an air raid and an execution, one side's districts and the other's
    same_article = a.claim.article.id == b.claim.article.id
    two_claims_of_article = same_article and a.claim.id != b.claim.id
    if two_claims_of_article and (a.signature.separate or b.signature.separate):
        return False  # "separate air raids elsewhere ...": the article says it is another incident
    if two_claims_of_article and _speaker(a.claim) == _speaker(b.claim) and not _overlap(a, b):
        return False  # one source's two tolls in one article count two things, not one twice
    told_apart = (a.measure not in STANDING_DAYS and a.claim.event_date and b.claim.event_date
                  and a.claim.event_date != b.claim.event_date)
    if told_apart and a.day and b.day and abs((a.day - b.day).days) <= 1 and (
            dates.mentions_weekend(a.claim.text) or dates.mentions_weekend(b.claim.text)):
        told_apart = False   # a weekend is two days: its Saturday and Sunday
    if told_apart and (same_article or not (_NIGHT.search(a.claim.text) or _NIGHT.search(b.claim.text))):
        # "on Tuesday" and "on Wednesday", each said by its writer, are two days; across articles
        # "late on Tuesday" or "overnight" may be another outlet's "early on Wednesday"
        return False
    if a.own_places and b.own_places:
        # no regions here: "Aleppo" named by a claim is as often the city as the province; but a
        # facility named for its town lies in it ("Salenne Naval Hospital" in Salenne)
        return _places_meet(a.places, b.places)
    if (two_claims_of_article and a.claim.source.stance == b.claim.source.stance
            and a.claim.source.stance in PARTISAN_STANCES and not _rival_outlets(a, b)
            and not _rival_sources(a, b) and not _overlap(a, b)):
        # one side's roundup of its operations: tolls without a place of their own are two,
        # unless two outlets of that side give them ("conflicting figures" from two agencies);
        # the same count twice (a lede and its source) is one toll told twice
        return False
    if same_article and not (a.own_places or b.own_places):
        return True  # neither says where: the article's own incident
    if a.places and b.places and (share_place(a.places, b.places) or _within(a, b)):
        return True
    # a place borrowed from the article, or none: the same kind of attack in the same setting
    return bool(a.signature.kinds & b.signature.kinds) and share_place(a.setting, b.setting)


def _places_meet(one: Sequence[str], other: Sequence[str]) -> bool:
    """Whether two lists of places share one, or one names a facility for a town of the other."""
    return share_place(one, other) or _facility_of(one, other) or _facility_of(other, one)


def _facility_of(places: Sequence[str], towns: Sequence[str]) -> bool:
    """Whether one of the places is a facility named for one of the towns ("drumaz central
    hospital" for "drumaz")."""
    for place in places:
        words = place.split()
        if len(words) > 1 and words[-1] in _FACILITY_HEADS and share_place((words[0],), towns):
            return True
    return False


def _rival_outlets(a: _Figure, b: _Figure) -> bool:
    """Two named outlets giving tolls with no place of their own: rival counts of one thing."""
    outlets = {a.claim.source.outlet, b.claim.source.outlet}
    return len(outlets) == 2 and None not in outlets and not (a.own_places or b.own_places)


def _rival_sources(a: _Figure, b: _Figure) -> bool:
    """Two sources the text names, neither the publisher's own voice, with a toll each: rival
    counts ("24 bodies, the health official said; the rescue group put the toll at 31")."""
    return (_speaker(a.claim) != _speaker(b.claim)
            and "publisher" not in (a.claim.source.basis, b.claim.source.basis)
            and "none" not in (a.claim.source.basis, b.claim.source.basis))


def _within(a: _Figure, b: _Figure) -> bool:
    """One figure's place lies in the other's region: a village's toll and its province's.
    Two villages of one province are not one place."""
    return share_place(a.regions, b.places) or share_place(a.places, b.regions)


def _part_of_sum(part: _Figure, total: _Figure) -> bool:
    if part.parts_sum is None or _overlap(part, total):
        return False
    low, high = part.parts_sum
    return low <= total.high and total.low <= high


_NIGHT = re.compile(r"\b(?:late|overnight|night|midnight|evening|dawn)\b", re.I)


def _close_days(a: _Figure, b: _Figure) -> bool:
    """Within a day of each other; an undated toll only matches tolls of its own article."""
    day_a, day_b = a.day, b.day
    if a.measure in STANDING_DAYS:
        return not (day_a and day_b and abs((day_a - day_b).days) > STANDING_DAYS[a.measure])
    if not (day_a and day_b):
        # undated: only within one article, and not when the two name different times
        # ("since Tuesday" against "last November")
        return a.claim.article.id == b.claim.article.id and _time_words(a.claim) == _time_words(b.claim)
    return abs((day_a - day_b).days) <= INCIDENT_DAYS or _told_later(a, b) or _told_later(b, a)


def _told_later(later: _Figure, dated: _Figure) -> bool:
    """A toll a later report gives with no day of its own, of a place the dated toll names too
    ("41 deaths in the Tavik camp", three days after "34 killed in the Tavik camp on Friday"):
    the same incident, told again, within LATER_TOLL_DAYS."""
    return (later.measure in EVOLVING_MEASURES and later.claim.event_date is None and dated.claim.event_date is not None
            and later.claim.article.id != dated.claim.article.id and later.own_places and dated.own_places
            and later.day is not None and dated.day is not None
            and 0 < (later.day - dated.day).days <= LATER_TOLL_DAYS and share_place(later.places, dated.places))


def _time_words(claim: Claim) -> frozenset[str]:
    return frozenset(w.lower() for w in _TIME_WORD.findall(claim.text))


def _overlap(a: _Figure, b: _Figure) -> bool:
    if _bounded_alike(a, b):
        # "at least 16" and "at least 19" are two counts, each a source's own, not one range
        return _bound(a) == _bound(b)
    if a.measure in EVOLVING_MEASURES and (a.open_bound is None) != (b.open_bound is None):
        # a toll's "at least 23" is the count its source has; another's 30 is a higher count
        bounded, other = (a, b) if a.open_bound else (b, a)
        near = _bound(bounded) * (TOLL_BOUND_SPREAD if bounded.open_bound == "low" else 1 / TOLL_BOUND_SPREAD)
        return other.low <= max(_bound(bounded), near) and min(_bound(bounded), near) <= other.high
    return a.low <= b.high and b.low <= a.high


def _bounded_alike(a: _Figure, b: _Figure) -> bool:
    """Two minimums, or two maximums."""
    return a.open_bound is not None and a.open_bound == b.open_bound


def _bound(figure: _Figure) -> float:
    return figure.low if figure.open_bound == "low" else figure.high


def _gap_ratio(a: _Figure, b: _Figure) -> float:
    """How far apart two ranges are: the larger near end over the smaller (1.0 = touching)."""
    if _overlap(a, b):
        return 1.0
    if _bounded_alike(a, b):
        small, big = sorted((_bound(a), _bound(b)))
        return big / small if small > 0 else float("inf")
    small, big = (a, b) if a.high < b.low else (b, a)
    return big.low / small.high if small.high > 0 else float("inf")


def _finding_id(claim_ids: Iterable[str], basis: str) -> str:
    return hashlib.sha256((basis + ":" + ",".join(sorted(claim_ids))).encode()).hexdigest()[:16]


def _pair_contradiction(first: Claim, second: Claim, basis: str, explanation: str) -> Finding:
    """A contradiction between two claims, named by the first."""
    return Finding(_finding_id([first.id, second.id], basis), _topic(first), "contradiction", basis,
                   ((first.id,), (second.id,)), explanation)


def _quantity_findings(claims: Sequence[Claim], settings: dict[str, tuple[str, ...]],
                       fallback: dict[str, tuple[str, ...]]) -> tuple[list[Finding], set[str]]:
    """Figures for the same measure of the same incident (place and day) from different
    sources: overlapping ranges agree, separate ones contradict (by degree when close).
    ``fallback``: each article's places, lent to its claims that name none."""
    kinds = _article_kinds(claims)
    regions = _regions(claims)
    by_measure: dict[str, list[_Figure]] = defaultdict(list)
    for claim in claims:
        for figure in _figures(claim, fallback.get(claim.article.id, ()), settings.get(claim.id, ()),
                               kinds.get(claim.article.id, frozenset()), regions):
            if figure.measure in COMPARABLE_MEASURES:
                by_measure[figure.measure].append(figure)
            if figure.high == 0 and figure.measure == "casualties":
                # "no one was harmed" denies a toll of the dead and one of the wounded alike
                for measure in _HARM_MEASURES:
                    by_measure[measure].append(attrs.evolve(figure, measure=measure))
    findings: list[Finding] = []
    used: set[str] = set()
    for measure, figures in by_measure.items():
        groups = _incident_groups(figures)
        for group in groups:
            group = _latest_of_each_speaker(group)
            speakers = {_speaker(f.claim) for f in group}
            if len(speakers) < 2:
                continue
            # precise figures first form the sides; a wide one ("at least 44") that fits several
            # joins the side nearest its stated figure, as the report of that number it is
            sides: list[list[_Figure]] = []
            for figure in sorted(group, key=lambda f: f.high - f.low):
                fitting = [side for side in sides if all(_overlap(figure, other) for other in side)]
                if fitting:
                    min(fitting, key=lambda side: abs(side[0].low - figure.low)).append(figure)
                else:
                    sides.append([figure])
            # one source's own figures never contradict each other: a part, a later update
            sides = _drop_single_speaker_splits(sides)
            # named by the place its reports name most, broad ones included ("Waer" for a query
            # about Waer, where every claim names it)
            named = Counter(p for f in group for p in f.setting)
            place = named.most_common(1)[0][0] if named else "unnamed place"
            day = group[0].day
            topic = f"{measure} in {place}" + (f" on {day.isoformat()}" if day and measure not in STANDING_DAYS else "")
            ids = list(dict.fromkeys(f.claim.id for f in group))
            used.update(ids)
            if len(sides) == 1:
                findings.append(Finding(
                    _finding_id(ids, "quantity"), topic, "agreement", "quantity", (tuple(ids),),
                    f"{len(speakers)} sources give compatible figures: " + "; ".join(_figure_label(f) for f in group),
                ))
            else:
                # only tolls evolve; a population or a count of strikes simply disagrees
                degree = measure in EVOLVING_MEASURES and all(
                    _gap_ratio(a[0], b[0]) <= DEGREE_RATIO for a in sides for b in sides if a is not b)
                findings.append(Finding(
                    _finding_id(ids, "quantity"), topic, "contradiction", "quantity",
                    tuple(tuple(dict.fromkeys(f.claim.id for f in side)) for side in sides),
                    ("figures differ by degree (an evolving toll?): " if degree else "figures do not overlap: ")
                    + " vs ".join(", ".join(_figure_label(f) for f in side) for side in sides),
                ))
    return findings, used


def _latest_of_each_speaker(group: list[_Figure]) -> list[_Figure]:
    """A source's figures from its latest report only: its earlier toll of the incident, in an
    article of an earlier day, is superseded by its own update ("14 killed" on Thursday, "23
    dead" on Friday), not contradicted by it."""
    if group[0].measure not in EVOLVING_MEASURES:
        return group

    def published(figure: _Figure) -> str:
        return figure.claim.article.date or ""

    latest: dict[str, _Figure] = {}
    for figure in group:
        speaker = _speaker(figure.claim)
        if speaker not in latest or published(figure) > published(latest[speaker]):
            latest[speaker] = figure
    # (only a toll that rose: a lower figure later is a source correcting itself, or another count)
    return [f for f in group if not (published(f) < published(update := latest[_speaker(f.claim)])
                                     and f.low < update.low)]


def _incident_groups(figures: Sequence[_Figure]) -> list[list[_Figure]]:
    """Figures grouped by incident: every two figures of a group are of the same incident
    (complete linkage), so a chain of look-alikes never joins two incidents. Figures are taken
    in day and claim order, then groups are merged while any two can be."""
    ordered = sorted(figures, key=lambda f: (str(f.day), f.claim.id))
    matches = _incident_matches(ordered)
    groups: list[set[int]] = []
    for i in range(len(ordered)):
        # a figure joins every group it is of one incident with: greedy first-fit would leave
        # it out of a group an earlier look-alike kept it from
        joined = [group for group in groups if group <= matches[i]]
        if not (ordered[i].own_places and ordered[i].signature.kinds):
            joined = joined[:1]   # a figure that names no place or kind of attack may be of any
        for group in joined:
            group.add(i)
        if not joined:
            groups.append({i})
    merged = True
    while merged:
        merged = False
        for a, group in enumerate(groups):
            reachable = set().union(*(matches[i] for i in group)) - group
            for b in range(a + 1, len(groups)):
                other = groups[b]
                if other & reachable and all(group <= matches[j] for j in other):
                    group |= groups.pop(b)
                    merged = True
                    break
            if merged:
                break
    in_groups = Counter(i for group in groups for i in group)
    for group in groups:
        if len(group) != 1:
            continue
        (i,) = group
        if in_groups[i] > 1 or not (ordered[i].own_places and ordered[i].signature.kinds):
            continue
        # a figure left alone because each group it fits holds one it does not ("seven bodies" of
        # a convoy, grouped after an earlier report of the same day named another incident) is
        # compared with those it fits, as far as they fit each other
        for j in sorted(matches[i]):
            if all(j in matches[k] for k in group if k != i):
                group.add(j)
    result = []
    for group in groups:
        members: dict[str, _Figure] = {}
        for i in sorted(group):
            members.setdefault(ordered[i].claim.id, ordered[i])  # one figure per claim
        result.append(list(members.values()))
    return result


def _incident_matches(ordered: Sequence[_Figure]) -> list[set[int]]:
    """For each figure (sorted by day), the others of the same incident. Only figures that can
    be close in time are tried: dated ones within the window, undated ones in their article."""
    matches: list[set[int]] = [set() for _ in ordered]
    if ordered and ordered[0].measure in STANDING_DAYS:
        pairs: set[tuple[int, int]] = {(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered))}
    else:
        dated = [i for i, f in enumerate(ordered) if f.day is not None]
        pairs = _pairs_within(ordered, dated, INCIDENT_DAYS)
        # whole-war tolls are compared over a wider window, among themselves
        pairs |= _pairs_within(ordered, [i for i in dated if ordered[i].war], WAR_TOLL_DAYS)
        pairs |= _pairs_told_later(ordered, dated)
        by_article: dict[str, list[int]] = defaultdict(list)
        for i, figure in enumerate(ordered):
            by_article[figure.claim.article.id].append(i)
        for members in by_article.values():
            pairs.update((i, j) for k, i in enumerate(members) for j in members[k + 1:])
    for i, j in pairs:
        if _same_incident(ordered[i], ordered[j]):
            matches[i].add(j)
            matches[j].add(i)
    return matches


def _pairs_told_later(ordered: Sequence[_Figure], dated: Sequence[int]) -> set[tuple[int, int]]:
    """Pairs of an undated toll naming its place with the dated figures of the days before it."""
    days = [ordered[i].day for i in dated]
    pairs = set()
    for i, figure in enumerate(ordered):
        if figure.claim.event_date is not None or not figure.own_places or figure.day is None:
            continue
        start = bisect.bisect_left(days, figure.day - dt.timedelta(days=LATER_TOLL_DAYS))
        end = bisect.bisect_left(days, figure.day - dt.timedelta(days=INCIDENT_DAYS))
        pairs.update((min(i, j), max(i, j)) for j in dated[start:end] if j != i)
    return pairs


def _pairs_within(ordered: Sequence[_Figure], indices: Sequence[int], days: int) -> set[tuple[int, int]]:
    """Pairs of the given figures (in day order) reported at most ``days`` apart."""
    pairs = set()
    for k, i in enumerate(indices):
        for j in indices[k + 1:]:
            if (ordered[j].day - ordered[i].day).days > days:
                break
            pairs.add((i, j))
    return pairs


def _drop_single_speaker_splits(sides: list[list[_Figure]]) -> list[list[_Figure]]:
    if len(sides) < 2:
        return sides
    speakers = [{_speaker(f.claim) for f in side} for side in sides]
    if len(set().union(*speakers)) == 1:
        return [[f for side in sides for f in side]]
    return sides


def _speaker(claim: Claim) -> str:
    """Who speaks, as one key for the spellings of one name: "the Interior Ministry" and
    "Ministry of Interior" are one ministry."""
    return _speaker_key(claim.source.outlet or claim.source.name)


@functools.lru_cache(maxsize=4096)
def _speaker_key(name: str) -> str:
    return " ".join(sorted(set(name.lower().split()) - _NAME_FILLERS)) or name.lower()


_NAME_FILLERS = frozenset(("the", "of", "a", "an", "for"))


def _figure_label(figure: _Figure) -> str:
    return f"{figure.text} ({figure.claim.source.name})"


_REPORTED_ACT = re.compile(r"\b(?:" + alternation(REPORTED_ACTS) + r")\b", re.I)
_DENIAL_VERBS = frozenset(cue for cue in DENIAL_CUES if " " not in cue and cue.startswith(("den", "rej", "dis", "ref")))
_CHARACTERISING = frozenset(CHARACTERISING_CUES)
_FALSEHOOD = re.compile(r"\b(?:" + alternation(FALSEHOOD_WORDS) + r")\b", re.I)


def _is_denial(claim: Claim) -> bool:
    """A claim that denies: by its verb ("denied", "rejected"), by calling what it reports
    false ("described as 'absolute fabrication' the assertions that ..."), or in the speaker's
    own words ("Reports of shelling on the village are lies", "This is a lie")."""
    cue = (claim.cue or "").lower()
    # "and denied", "but denied that": the verb among the cue's words
    if not _DENIAL_VERBS.isdisjoint(cue.split()):
        return True
    if cue.split(" ", 1)[0] in _CHARACTERISING:
        return _FALSEHOOD.search(claim.text) is not None
    return calls_false(claim.text)


_OWN_SIDE_SUBJECTS = frozenset(OWN_SIDE_SUBJECTS)
_NEGATED_ACT_VERBS = alternation(w for words in OWN_ACT_FAMILIES.values() for w in words)
_ACT_FAMILY = {word: family for family, words in OWN_ACT_FAMILIES.items() for word in words}
_ACT_FAMILY_WORDS = {family: re.compile(r"\b(?:" + alternation(words) + r")\b", re.I)
                     for family, words in OWN_ACT_FAMILIES.items()}
# "X had not fired", "X did not open fire once"; "not one of our fighters has surrendered"
# ("none of its fighters were in the area" names no act)
_NEGATED_OWN_ACT = re.compile(
    r"^(?P<subject>[^.;:!?]{0,80}?)\s(?:not|never)\s+(?:(?:once|yet|even|a\s+single)\s+)?"
    r"(?P<act>" + _NEGATED_ACT_VERBS + r")\b"
    r"|^(?:not\s+(?:one|a\s+single)|none|no)\s+(?:of\s+)?(?:our|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:had|has|have|was|were)\s+)?(?P<own_act>" + _NEGATED_ACT_VERBS + r")\b"
    # "its jets flew no missions over Tarnweld", "No aircraft of the Example Air Force carried out missions"
    r"|^(?P<flyer>[^.;:!?]{0,80}?)\s(?:flew|flown|carried\s+out|conducted)\s+no\s+(?:[\w-]+\s+)?"
    r"(?:missions|sorties|strikes|raids|flights)\b"
    r"|^(?:no|not\s+(?:one|a\s+single))\s+(?:aircraft|jets?|planes?|warplanes?)\s+(?P<owner>of\s+[^.;:!?]{0,60}?)\s+"
    r"(?:flew|carried\s+out|struck|bombed)\b", re.I)


def _own_act_denied(claim: Claim) -> Optional[str]:
    """The family of an act a claim says the speaker's own side did not do ("attack" for "the
    Front had not fired on Kolvany"), read from its subject: a pronoun or a possessive for that
    side, a word for that side, or a word of the speaker's own name. None when it says no such thing."""
    if claim.source.stance not in PARTISAN_STANCES or not _negated(claim.text):
        return None
    negated = _NEGATED_OWN_ACT.search(claim.text)
    if negated is None:
        return None
    if negated["own_act"]:
        return _ACT_FAMILY[" ".join(negated["own_act"].lower().split())]   # "not one of our fighters has surrendered"
    family = _ACT_FAMILY[" ".join(negated["act"].lower().split())] if negated["act"] else "air"
    written = negated["subject"] or negated["flyer"] or negated["owner"]
    subject = written.lower()
    if any(subject == own or subject.startswith(own + " ") for own in _OWN_SIDE_SUBJECTS):
        return family
    side = next((_SIDE_OF_WORD[w] for w in _SIDE_WORD.findall(subject)), None)
    if side is not None:
        return family if side == claim.source.stance else None
    # "the Front had not fired", said for the Maraveth Resistance Front
    named = {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", written)} - _NAME_FILLERS - {"the", "not", "no"}
    return family if named & set(_speaker(claim).split()) else None


_NEGATORS = frozenset(n for n in NEGATIONS if n != "n't")
_NEGATION_WORDS = _NEGATORS | {"yet", "still"}   # "not yet", "still not": the negation's company
_NEGATION = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in NEGATIONS if n != "n't") + r")\b|n't\b")


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text.lower()))


_TAKEN, _NOT_TAKEN = (re.compile(r"\b(?:" + alternation(cues) + r")\b") for cues in CONTROL_OPPOSITES)


_PLACE_BACK_REFERENCE = re.compile(r"\b(?:the|this)\s+(?:" + alternation(PLACE_HEADS) + r")\b", re.I)


def _control(text: str) -> Optional[bool]:
    """Whether a claim tells its place as taken (True) or as not taken (False); None when it
    tells neither, or both."""
    lowered = text.lower()
    not_taken = _NOT_TAKEN.search(lowered) is not None
    taken = _TAKEN.search(_NOT_TAKEN.sub(" ", lowered)) is not None
    return None if taken == not_taken else taken


_BLAME_CUES = frozenset(BLAME_CUES)
_RESPONSIBLE = re.compile(r"\b(?:" + alternation(RESPONSIBILITY_CUES) + r")\b")
_AGENT = re.compile(r"\b(?:" + alternation(RESPONSIBLE_AGENT_CUES) + r")\b")
_SIDE_WORD = re.compile(r"\b(" + alternation(w for words in BLAMED_SIDES.values() for w in words) + r")\b")
_SIDE_OF_WORD = {word: side for side, words in BLAMED_SIDES.items() for word in words}


def _blames(claim: Claim) -> bool:
    """Whether the claim's cue blames: "blamed", "and accused", "accusing"."""
    cue_words = (claim.cue or "").lower().split()
    return bool(cue_words) and cue_words[-1] in _BLAME_CUES


def _blamed(claim: Claim) -> Optional[str]:
    """The side a claim holds responsible: the first side word of what a blaming cue reports
    ("blamed | rebels for the attack"), after "carried out by", or the last before
    "responsible"."""
    lowered = claim.text.lower()
    if _blames(claim):
        # the one blamed is the cue's object, at the start: "foreign actors of ... supporting
        # the militants" blames the actors
        side = _SIDE_WORD.search(lowered)
        if side and len(lowered[:side.start()].split()) > BLAMED_OBJECT_WORDS:
            side = None
    elif (agent := _AGENT.search(lowered)) is not None:
        side = _SIDE_WORD.search(lowered, agent.end())
    elif (responsible := _RESPONSIBLE.search(lowered)) is not None:
        # the subject nearest the phrase: "the government argued that rebels were responsible"
        side = next(reversed(list(_SIDE_WORD.finditer(lowered, 0, responsible.start()))), None)
    else:
        return None
    return _SIDE_OF_WORD[side.group(1)] if side else None


def _blames_speaker(accusation: Claim, other: Claim) -> bool:
    """Whether a blaming claim names the other claim's speaker as the one to blame: "accused
    Damascus of the attack" blames whoever speaks as "Damascus"."""
    if not _blames(accusation):
        return False
    name = other.source.name.lower()
    opening = " ".join(accusation.text.lower().split()[:BLAMED_OBJECT_WORDS + 1])
    return bool(name) and re.search(r"\b" + re.escape(name) + r"\b", opening) is not None


def _same_act(a: Claim, b: Claim) -> bool:
    """Whether two claims are about one kind of attack: the same kind when both name one, or
    one article's "the attack" when either names none."""
    kinds_a, kinds_b = _kinds(a.text), _kinds(b.text)
    if kinds_a and kinds_b:
        return bool(kinds_a & kinds_b)
    return a.article.id == b.article.id


def _blame_findings(claims: Sequence[Claim], linked: set[frozenset[str]]) -> list[Finding]:
    """Opposite sides held responsible for one act by different sources."""
    blamed = [(c, _blamed(c)) for c in claims]
    blamed = [(c, side) for c, side in blamed if side is not None or _blames(c)]
    findings = []
    for i, (a, side_a) in enumerate(blamed):
        for b, side_b in blamed[i + 1:]:
            pair = frozenset((a.id, b.id))
            # opposite sides blamed, or one blames the other's speaker, who blames someone else
            opposite = (side_a is not None and side_b is not None and side_a != side_b
                        or _blames_speaker(a, b) and side_b is not None and side_b != b.source.stance
                        or _blames_speaker(b, a) and side_a is not None and side_a != a.source.stance)
            if (opposite and _speaker(a) != _speaker(b) and pair not in linked
                    and _same_event(a, b) and _same_act(a, b)):
                linked.add(pair)
                findings.append(_pair_contradiction(
                    a, b, "framing",
                    f"opposite sides held responsible: {a.source.name} blames "
                    f"{'the ' + side_a + ' side' if side_a else 'another party'}, {b.source.name} "
                    f"{'the ' + side_b + ' side' if side_b else 'another party'}",
                ))
    return findings


@functools.lru_cache(maxsize=8192)   # asked of a claim when its article lends context, and again in decide
def _framing(text: str) -> Optional[int]:
    lowered = text.lower()
    for index, (one, other) in enumerate(FRAMING_OPPOSITES):
        if any(cue in lowered for cue in one):
            return index * 2
        if any(cue in lowered for cue in other):
            return index * 2 + 1
    return None


_CIVILIAN_TOLL_UNITS = frozenset(CIVILIAN_TOLL_UNITS)
_STRIKE_FRAMING = FRAMING_OPPOSITES.index(STRIKE_TARGET_FRAMING)


def _claim_framing(claim: Claim) -> Optional[int]:
    """A claim's framing, where a toll of civilians killed or wounded answers a strike told
    as aimed at fighters ("a precision strike on a training camp" against "22 people, 17 of
    them schoolchildren, were killed")."""
    frame = _framing(claim.text)
    if frame is None and any(q.unit in _CIVILIAN_TOLL_UNITS and q.measure in EVOLVING_MEASURES and q.value > 0
                             for q in claim.quantities):
        return _STRIKE_FRAMING * 2 + 1
    return frame


def _statement_findings(claims: Sequence[Claim], skip: set[str], article_places: dict[str, tuple[str, ...]],
                        settings: dict[str, tuple[str, ...]],
                        contradicted: frozenset[frozenset[str]] = frozenset(),
                        broad_places: Optional[dict[str, tuple[str, ...]]] = None) -> list[Finding]:
    """Points made in words: denials, opposite framings, negations, restatements. ``settings``:
    each claim's places, broad ones included, or else its article's; ``contradicted``: the pairs
    of claims whose figures contradict; ``broad_places``: each article's places, broad ones
    included."""
    findings: list[Finding] = []
    by_id = {c.id: c for c in claims}
    linked: set[frozenset[str]] = set()
    for claim in claims:
        target = by_id.get(claim.denies or "")
        if target is not None and _speaker(target) != _speaker(claim):
            linked.add(frozenset((target.id, claim.id)))
            findings.append(_denial_finding(claim, target, "said"))
    focus = _article_focus(claims)
    for denial, target in [*_denied_elsewhere(claims, linked, article_places, focus),
                           *_figures_dismissed(claims, linked, focus),
                           *_harm_denied(claims, linked, focus, article_places, contradicted),
                           *_said_by_denied(claims, linked, focus, article_places)]:
        if frozenset((target.id, denial.id)) in linked:
            continue
        linked.add(frozenset((target.id, denial.id)))
        findings.append(_denial_finding(denial, target, "says"))
    # each claim's framing, and whether its own words frame it (not only its toll of civilians)
    framed = [(c, f, _framing(c.text) is not None) for c in claims if (f := _claim_framing(c)) is not None]
    for i, (a, frame_a, worded_a) in enumerate(framed):
        for b, frame_b, worded_b in framed[i + 1:]:
            pair = frozenset((a.id, b.id))
            if (frame_a // 2 == frame_b // 2 and frame_a != frame_b and _speaker(a) != _speaker(b)
                    and pair not in linked and _same_event(a, b)
                    # a toll answers a strike told as on fighters only across the two sides
                    and (worded_a and worded_b or {a.source.stance, b.source.stance} == PARTISAN_STANCES)):
                linked.add(pair)
                first, second = (a, b) if frame_a < frame_b else (b, a)
                findings.append(_pair_contradiction(
                    first, second, "framing",
                    f"opposite accounts of cause or responsibility: {first.source.name} vs {second.source.name}",
                ))
    findings.extend(_blame_findings(claims, linked))
    findings.extend(_own_act_findings(claims, linked, settings, broad_places))
    findings.extend(_control_findings(claims, linked, focus, article_places))
    findings.extend(_absence_findings(claims, linked, focus))
    findings.extend(_undone_findings(claims, linked, focus, article_places, broad_places))
    findings.extend(_disowned_findings(claims, linked, focus, article_places, broad_places))
    findings.extend(_only_combatants_findings(claims, linked, focus, article_places))
    findings.extend(_no_combatants_findings(claims, linked, focus, article_places))
    findings.extend(_truce_findings(claims, linked, article_places))
    groups = _points([c for c in claims if c.id not in skip])
    in_findings = {i for pair in linked for i in pair}
    for group in groups:
        speakers = {_speaker(c) for c in group}
        ids = [c.id for c in group]
        if len(speakers) < 2:
            if not any(i in in_findings for i in ids):
                findings.append(Finding(
                    _finding_id(ids, "unconfirmed"), _topic(group[0]), "unconfirmed", "single-source",
                    (tuple(ids),), f"only {group[0].source.name} says this",
                ))
            continue
        polarity: dict[bool, list[str]] = defaultdict(list)
        for claim in group:
            polarity[_negated(claim.text)].append(claim.id)
        if len(polarity) == 2 and _cross_speakers(group, polarity) and _negation_is_the_difference(group, polarity):
            findings.append(Finding(
                _finding_id(ids, "polarity"), _topic(group[0]), "contradiction", "polarity",
                (tuple(polarity[False]), tuple(polarity[True])),
                "the same point asserted by some sources and negated by others",
            ))
        elif not any(frozenset((a, b)) in linked for a in ids for b in ids):
            stances = {c.source.stance for c in group} - {"unknown"}
            findings.append(Finding(
                _finding_id(ids, "restatement"), _topic(group[0]), "agreement", "restatement",
                (tuple(ids),),
                f"{len(speakers)} sources say the same" + (" across opposed stances" if PARTISAN_STANCES <= stances else ""),
            ))
    return findings


def _own_act_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                      places: dict[str, tuple[str, ...]],
                      broad_places: Optional[dict[str, tuple[str, ...]]] = None) -> list[Finding]:
    """A side saying its own people did not do an act ("the Front had not fired on Kolvany
    today") against another side's report of that act by them ("the terrorist gangs fired more
    than 30 mortar shells at Kolvany") at a place both name, within a day. ``places``: each
    claim's setting (``_statement_findings``)."""
    denials = [(c, family) for c in claims if places.get(c.id) and (family := _own_act_denied(c)) is not None]
    if not denials:
        return []
    # a report asserts: it neither negates nor denies
    reports = [c for c in claims if not _negated(c.text) and not _is_denial(c)]
    findings = []
    for denial, family in denials:
        act = _ACT_FAMILY_WORDS[family]
        for report in reports:
            pair = frozenset((report.id, denial.id))
            if report.source.stance == denial.source.stance or _speaker(report) == _speaker(denial) or pair in linked:
                continue
            done = act.search(report.text)
            if done is None or (_agent_side(report.text, done.start()) != denial.source.stance
                                and not _done_by_party(report.text, done.end(), denial)):
                continue
            if not _within_a_day(report, denial) or not (
                    share_place(places.get(report.id, ()), places[denial.id])
                    # (or their articles' places: "the city's Old Bridge district" in a report on Lostrin)
                    or _scenes_share(report, denial, broad_places)):
                continue
            linked.add(pair)
            findings.append(_pair_contradiction(
                report, denial, "polarity",
                f"{report.source.name} reports an act by the {denial.source.stance} side that "
                f"{denial.source.name} says its side did not do",
            ))
    return findings


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")


def _done_by_party(text: str, act_end: int, denial: Claim) -> bool:
    """Whether the passive act just before ``act_end`` names the denier's party as its agent:
    "rockets fired by the Example Free Army struck the camp"."""
    by = _BY_AGENT.match(text, act_end)
    return by is not None and any(p.match(text, by.end()) for p in _party_names(denial))


_UNDONE_WORDS = alternation(w for family in UNDONE_ACT_FAMILIES for w in OWN_ACT_FAMILIES[family])
_UNDONE_FAMILY_OF = {" ".join(w.split()): family for family in UNDONE_ACT_FAMILIES for w in OWN_ACT_FAMILIES[family]}
_UNDONE_FAMILY = re.compile(r"\b(?:" + _UNDONE_WORDS + r")\b", re.I)
# at a sentence's start or after "that": "Not a single fighter surrendered", "said that no one
# surrendered", "There was never a surrender", "No one has been arrested"; or after a comma
_UNDONE_ACT = re.compile(
    r"(?:(?:^|[.;:!?]\s+|\bthat\s+)(?:(?:" + alternation(UNDONE_BY) + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:had|has|have|was|were|did|ever|been)\s+){0,2}"
    r"|(?:there|it|this|that)\s+(?:was|is|has\s+been)\s+(?:never|not|no)\s+(?:a\s+|any\s+)?)"
    # "It was an evacuation agreement, not a surrender": the act a claim sets its own account against
    r"|,\s+(?:and\s+)?not\s+a\s+)"
    r"(?P<act>" + _UNDONE_WORDS + r")\b", re.I)
UNDONE_NEGATION_REACH = 4    # words before an act in which a negation makes it not asserted
UNDONE_DAYS = 7              # a surrender is denied for days after it is announced


def _family(act: str) -> str:
    return _UNDONE_FAMILY_OF[" ".join(act.lower().split())]


def _undone_family(claim: Claim) -> Optional[str]:
    """The family of an act a partisan claim says was done by no one (UNDONE_ACT_FAMILIES)."""
    if claim.source.stance not in PARTISAN_STANCES:
        return None
    undone = _UNDONE_ACT.search(claim.text)
    return _family(undone["act"]) if undone else None


def _asserted_families(claim: Claim, acts_only: bool = False) -> frozenset[str]:
    """The families of such acts a claim tells of with no negation just before them: "312
    fighters surrendered", "This is a surrender" (after "This is not a deal between equals").
    ``acts_only``: not a word for the act used of a thing or person ("a detained suspect")."""
    told = set()
    for act in _UNDONE_FAMILY.finditer(claim.text):
        before = claim.text[:act.start()].lower().split()[-UNDONE_NEGATION_REACH:]
        if acts_only and before and before[-1] in _ARTICLES:
            continue
        if before and before[-1] in _UNREALISED_LEADS:
            continue   # "anyone who feared arrest": an act feared, not done
        if not _NEGATION_WORDS & set(before) and not any(w.endswith("n't") for w in before):
            told.add(_family(act.group()))
    return frozenset(told)


_ARTICLES = frozenset(("a", "an", "the"))
_UNREALISED_LEADS = frozenset(UNREALISED_ACT_LEADS)


def _may_be_one_event(report: Claim, denial: Claim, focus: dict[str, tuple[str, ...]],
                      article_places: dict[str, tuple[str, ...]],
                      broad_places: Optional[dict[str, tuple[str, ...]]] = None) -> bool:
    """One event by ``_same_event``, or, told within UNDONE_DAYS of each other, when either
    names no place nor its article does, or their places and their articles' (``broad_places``)
    share one, broad ones included: two reports on the town a whole query is about, short of a
    country."""
    if _same_event(report, denial, focus):
        return True
    apart = _days_apart(report, denial)
    if apart is None or apart > UNDONE_DAYS:
        return False
    return _scenes_may_meet(report, denial, article_places) or _scenes_share(report, denial, broad_places)


def _scenes_share(a: Claim, b: Claim, broad_places: Optional[dict[str, tuple[str, ...]]]) -> bool:
    """Whether two claims' places and their articles' (``broad_places``, broad ones included)
    share one, short of a country."""
    return broad_places is not None and share_place(
        [p for p in _scene(a, broad_places) if not _is_country(p)],
        [p for p in _scene(b, broad_places) if not _is_country(p)])


def _undone_findings(claims: Sequence[Claim], linked: set[frozenset[str]], focus: dict[str, tuple[str, ...]],
                     article_places: dict[str, tuple[str, ...]],
                     broad_places: Optional[dict[str, tuple[str, ...]]] = None) -> list[Finding]:
    """One side saying an act never happened ("Not a single fighter surrendered") against
    another side's report of it at the same event ("312 fighters surrendered with their weapons")."""
    families = {c.id: _undone_family(c) for c in claims}
    undone = [(c, family) for c in claims if (family := families[c.id]) is not None]
    # a side's denial of reports of such an act ("Claims that soldiers had detained young men are
    # pure invention") says it never happened as well
    undone += [(c, family) for c in claims if families[c.id] is None and _is_denial(c)
               and c.source.stance in PARTISAN_STANCES for family in sorted(_asserted_families(c, acts_only=True))]
    if not undone:
        return []
    reports = [(c, told) for c in claims if families[c.id] is None and not _is_denial(c)
               and (told := _asserted_families(c))]
    findings = []
    for denial, family in undone:
        for report, told in reports:
            pair = frozenset((report.id, denial.id))
            if (family not in told or report.source.stance in (denial.source.stance, "unknown")
                    or _speaker(report) == _speaker(denial) or pair in linked
                    or not _may_be_one_event(report, denial, focus, article_places, broad_places)):
                continue
            linked.add(pair)
            findings.append(_pair_contradiction(
                report, denial, "polarity",
                f"{report.source.name} reports what {denial.source.name} says never happened",
            ))
    return findings


# "no hand in", "any role in", "had no part in"; or the whole of what a denial reports
# ("denied | involvement", "denied | any role in the bombing")
_DISOWNING = re.compile(
    r"\b(?:no|any)\s+(?:[\w-]+\s+)?(?:" + alternation(DISOWNED_LINKS) + r")\s+(?:in|with|to)\b"
    r"|\b(?:" + alternation(DISOWNING_PHRASES) + r")\b", re.I)
_DISOWNED_OPENING = re.compile(r"^(?:any\s+)?(?:" + alternation(DISOWNED_LINKS) + r")\b", re.I)
_DOER_MARK = re.compile(r"\b(?:" + alternation((*DOER_MARKS, *RESPONSIBILITY_CUES, *RESPONSIBLE_AGENT_CUES))
                        + r")\b", re.I)


def _disowns(claim: Claim) -> bool:
    """Whether a partisan claim disowns an act for its speaker's side ("We had no hand in Esmir")."""
    if claim.source.stance not in PARTISAN_STANCES:
        return False
    return (_DISOWNING.search(claim.text) is not None
            or _is_denial(claim) and _DISOWNED_OPENING.search(claim.text) is not None)


def _party_names(claim: Claim) -> list[re.Pattern]:
    """Patterns for the party a claim speaks for: its outlet or name, and their initials
    ("DLA" for the Dravan Liberation Army)."""
    patterns = []
    for name in dict.fromkeys(n for n in (claim.source.outlet, claim.source.name) if n):
        patterns.append(re.compile(r"\b" + re.escape(name.removeprefix("the ").removeprefix("The ")) + r"\b", re.I))
        words = [w for w in re.findall(r"[\w-]+", name) if w.lower() not in _NAME_FILLERS]
        if len(words) >= 2 and all(w[0].isupper() for w in words):
            patterns.append(re.compile(r"\b" + "".join(w[0] for w in words) + r"\b"))
    return patterns


def _names_as_doer(accusation: Claim, party: Sequence[re.Pattern]) -> bool:
    """Whether a claim names the party as the doer of an act: it blames the party, or names it
    with a mark of a doer ("carried out by", "the fingerprints of")."""
    if not any(p.search(accusation.text) for p in party):
        return False
    return _blames(accusation) or _DOER_MARK.search(accusation.text) is not None


def _disowned_findings(claims: Sequence[Claim], linked: set[frozenset[str]], focus: dict[str, tuple[str, ...]],
                       article_places: dict[str, tuple[str, ...]],
                       broad_places: Optional[dict[str, tuple[str, ...]]] = None) -> list[Finding]:
    """A party disowning an act ("The Front has nothing to do with the crime") against another
    side's claim that the party did it ("The fingerprints of the Front are all over this crime")."""
    disowns = {c.id: _disowns(c) for c in claims}
    disowning = [(c, party) for c in claims if disowns[c.id] and (party := _party_names(c))]
    if not disowning:
        return []
    # what may accuse: neither a denial nor a disowning itself
    accusations = [c for c in claims if not disowns[c.id] and not _is_denial(c)]
    findings = []
    for denial, party in disowning:
        for accusation in accusations:
            pair = frozenset((accusation.id, denial.id))
            if (accusation.source.stance in (denial.source.stance, "unknown") or pair in linked
                    or _speaker(accusation) == _speaker(denial) or not _names_as_doer(accusation, party)
                    or not _may_be_one_event(accusation, denial, focus, article_places, broad_places)):
                continue
            linked.add(pair)
            findings.append(_denial_finding(denial, accusation, "says"))
    return findings


_ONLY_COMBATANTS = re.compile("|".join(p.format(nouns=alternation(COMBATANT_NOUNS)) for p in ONLY_COMBATANTS_PATTERNS),
                              re.I)


_NO_COMBATANTS = re.compile("|".join(p.format(nouns=alternation(COMBATANT_NOUNS),
                                                noun=alternation(n[:-1] for n in COMBATANT_NOUNS if n.endswith("s")))
                                       for p in NO_COMBATANTS_PATTERNS), re.I)


def _combatants_killed(claim: Claim) -> bool:
    """Whether a claim counts combatants among the dead ("Up to 60 militants were eliminated")."""
    return any(_victim_class(q.unit) == "combatants" and q.measure == "deaths" for q in _tolls(claim))


def _no_combatants_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                            focus: dict[str, tuple[str, ...]],
                            article_places: dict[str, tuple[str, ...]]) -> list[Finding]:
    """A side saying no fighters were there ("there were no fighters in the town centre") against
    the other side's count of fighters killed at that event ("Up to 60 militants were eliminated")."""
    absent = [c for c in claims if c.source.stance in PARTISAN_STANCES and _NO_COMBATANTS.search(c.text)]
    if not absent:
        return []
    counts = [c for c in claims if c.source.stance in PARTISAN_STANCES and _combatants_killed(c) and not _is_denial(c)]
    return _counts_against(absent, counts, linked, focus, article_places, lambda count, told: (
        f"{count.source.name} counts fighters killed where {told.source.name} says there were none"))


def _civilians_counted(claim: Claim) -> bool:
    """Whether a claim counts civilians among the dead or hurt ("11 children are among the dead")."""
    return any(_victim_class(q.unit) == "civilians" for q in _tolls(claim))


def _only_combatants_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                              focus: dict[str, tuple[str, ...]],
                              article_places: dict[str, tuple[str, ...]]) -> list[Finding]:
    """A side telling the dead as combatants only ("all of the dead were armed fighters")
    against another source's count of civilians among the dead of the same event."""
    only = [c for c in claims if c.source.stance in PARTISAN_STANCES and _ONLY_COMBATANTS.search(c.text)]
    if not only:
        return []
    counts = [c for c in claims if _civilians_counted(c) and not _is_denial(c)]
    return _counts_against(only, counts, linked, focus, article_places, lambda count, told: (
        f"{count.source.name} counts civilians among the dead {told.source.name} tells as combatants only"))


def _counts_against(told: Sequence[Claim], counts: Sequence[Claim], linked: set[frozenset[str]],
                    focus: dict[str, tuple[str, ...]], article_places: dict[str, tuple[str, ...]],
                    explain: Callable[[Claim, Claim], str]) -> list[Finding]:
    """Polarity contradictions between claims telling who the dead were (or were not) and
    another side's counts that tell otherwise, at one event or a day apart at one scene."""
    findings = []
    for said in told:
        for count in counts:
            pair = frozenset((count.id, said.id))
            if (count.source.stance == said.source.stance or _speaker(count) == _speaker(said) or pair in linked
                    or not (_same_event(count, said, focus)
                            or _near_in_time_and_place(count, said, article_places))):
                continue
            linked.add(pair)
            findings.append(_pair_contradiction(count, said, "polarity", explain(count, said)))
    return findings


def _agent_side(text: str, act_at: int) -> Optional[str]:
    """The side a word for one side names just before an act ("the terrorist gangs ... fired"):
    the last such word within the clause before it."""
    before = text[max(0, act_at - AGENT_REACH):act_at].lower()
    before = before[max(before.rfind(". "), before.rfind("; ")) + 1:]
    words = _SIDE_WORD.findall(before)
    return _SIDE_OF_WORD[words[-1]] if words else None


def _control_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                      focus: dict[str, tuple[str, ...]], article_places: dict[str, tuple[str, ...]]) -> list[Finding]:
    """A place told as taken by some sources and as not taken by others: the claims must name
    a place in common, not merely share an article. "The town has not fallen" names the town
    of an article that names only one place, or else the place its article is about (``focus``)."""
    places_of_article: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        places_of_article[claim.article.id].update(p for p in claim.places if not _is_country(p))

    def placed(claim: Claim) -> Claim:
        if claim.places or not _PLACE_BACK_REFERENCE.search(claim.text):
            return claim
        if len(places_of_article[claim.article.id]) == 1:
            return attrs.evolve(claim, places=tuple(places_of_article[claim.article.id]))
        if claim.article.id in focus:
            return attrs.evolve(claim, places=focus[claim.article.id])
        return claim

    placed_claims = [c for c in map(placed, claims) if c.places]
    told = [(c, _control(c.text)) for c in placed_claims]
    told = [(c, taken) for c, taken in told if taken is not None]
    findings = []
    for a, taken_a, b, _ in _told_differently(told, linked):
        first, second = (a, b) if taken_a else (b, a)
        findings.append(_pair_contradiction(
            first, second, "polarity",
            f"{first.source.name} tells the place as taken, {second.source.name} as not taken",
        ))
    # "its fighters still held the town", in an article about several places: the town is one
    # of the places the article names most
    held = [(c if c.places else attrs.evolve(c, places=article_places.get(c.article.id, ())), holder)
            for c in map(placed, claims) if (holder := _holder(c)) is not None]
    for a, holder_a, b, holder_b in _told_differently([(c, h) for c, h in held if c.places], linked):
        findings.append(_pair_contradiction(
            a, b, "polarity",
            f"{a.source.name} tells the place as held by the {holder_a} side, {b.source.name} by the {holder_b} side",
        ))
    return findings


_ABSENCE = re.compile(
    # (not "no one else could have", "no longer", "no more than": no thing is named)
    r"\b(?:no|not\s+(?:a\s+single|one|a|any)|never\s+(?:a\s+single|a|any))\s+(?!(?:one|longer|more|less|sooner)\b)"
    r"(?:[a-z-]+\s+){0,2}?(?!(?:could|would|should|might|must|will|shall|ever)\b)(?P<noun>[a-z]{4,})"
    r"(?=\s+(?:" + alternation(ABSENCE_FOLLOWERS) + r")\b|,\s+(?:and\s+)?no\s)", re.I)
# (people are counted as none: "no civilians were in the building" is a count of no one)
_NOT_A_THING = frozenset((*ABSENCE_GENERIC_NOUNS, *NONE_VICTIMS, *NONE_PERSONS,
                          *(noun for noun, unit in UNITS.items() if unit in PERSON_UNITS)))
_PARTITIVE = re.compile(r"\bof\b", re.I)
# an absence listed after one: "no fighters in that market, no depot, nothing"
_LISTED_ABSENCE = re.compile(r"(?:\s+[a-z]+){0,4}?,\s+(?:and\s+)?no\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{4,})"
                             r"(?=\s*(?:,|\.|;|$|\s+(?:and|or|nor)\b))", re.I)


def _absent_things(claim: Claim) -> tuple[str, ...]:
    """The stems of what a claim says was not there ("no headquarters in Tarnweld"): the things
    among the absences it lists ("We had no camp, no weapons store, nothing there"; "There were
    no fighters in that market, no depot": no fighters is a count of no one, the depot a thing)."""
    if claim.source.stance not in PARTISAN_STANCES:
        return ()
    match = _ABSENCE.search(claim.text)
    if match is None or _PARTITIVE.search(match.group()):
        return ()   # "Not one of our boats was within five miles": where they were, not whether
    nouns = [fold(match["noun"])]
    at = match.end()
    while (listed := _LISTED_ABSENCE.match(claim.text, at)) is not None:
        nouns.append(fold(listed["noun"]))
        at = listed.end()
    things = (_stem(noun) for noun in nouns if noun not in _NOT_A_THING and noun + "s" not in _NOT_A_THING)
    return tuple(dict.fromkeys(stem for stem in things if stem))


def _absence_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                      focus: dict[str, tuple[str, ...]]) -> list[Finding]:
    """One side saying a thing was not there ("the coalition had no headquarters in the town",
    "Not one bomb fell on the market") against another source's report of it at the same event
    ("the headquarters destroyed in the town", "missiles fired into the market")."""
    absences = [(c, stem) for c in claims for stem in _absent_things(c)]
    if not absences:
        return []
    stems = {c.id: _content_stems(c.text) for c in claims}
    findings = []
    for absent, stem in absences:
        for report in claims:
            pair = frozenset((report.id, absent.id))
            if (stem not in stems[report.id] or report.source.stance == absent.source.stance
                    or _speaker(report) == _speaker(absent) or pair in linked or _negated(report.text)
                    or _is_denial(report) or not _same_event(report, absent, focus)):
                continue
            if stem in ACT_SYNONYMS and not (stems[report.id] & stems[absent.id]
                                             - {stem} - _place_stems(report) - _place_stems(absent)):
                continue   # "not one bomb fell on the market": a strike on the market, not any in the town
            linked.add(pair)
            findings.append(_pair_contradiction(
                report, absent, "polarity",
                f"{report.source.name} reports what {absent.source.name} says was not there",
            ))
    return findings


def _place_stems(claim: Claim) -> frozenset[str]:
    return frozenset(_stem(word) for place in claim.places for word in place.split())


_Told = TypeVar("_Told")


def _told_differently(told: Sequence[tuple[Claim, _Told]], linked: set[frozenset[str]]
                      ) -> Iterator[tuple[Claim, _Told, Claim, _Told]]:
    """Pairs of claims about one place and event, by different speakers and not yet linked,
    that tell it differently; each pair is linked as it is given."""
    for i, (a, told_a) in enumerate(told):
        for b, told_b in told[i + 1:]:
            pair = frozenset((a.id, b.id))
            if (told_a != told_b and _speaker(a) != _speaker(b) and pair not in linked
                    and share_place(a.places, b.places) and _same_event(a, b)):
                linked.add(pair)
                yield a, told_a, b, told_b


_HOLDER_SIDE = {word: side for side, words in HOLDER_SIDES.items() for word in words}
_OWN_SIDE = frozenset(OWN_SIDE_HOLDERS)
_HOLDER_WORDS = alternation((*_HOLDER_SIDE, *OWN_SIDE_HOLDERS))
# the holder named inside the phrase: "under government control", "in rebel hands", "in the
# hands of the revolutionaries", "in our hands"
_HOLDER_IN_PHRASE = re.compile(
    r"\bunder\s+(?:the\s+)?(?:full\s+|firm\s+|complete\s+)?(" + _HOLDER_WORDS + r")\s+control\b"
    r"|\bin\s+(" + _HOLDER_WORDS + r")\s+hands\b"
    r"|\bin\s+the\s+hands\s+of\s+(?:the\s+)?(" + _HOLDER_WORDS + r")\b")
# the holder as the subject before the phrase: "separatist fighters still held the port"
_HOLDING = re.compile(r"\b(?:" + alternation(HOLDING_CUES) + r")\b")


def _holder(claim: Claim) -> Optional[str]:
    """The side a claim tells as holding its place, None when it tells none or more than one
    ("brought the Old City back under regime control, leaving only Waer in rebel hands"):
    named in the phrase ("under government control"), or the subject just before it
    ("separatist fighters still held the port"); "our", "its" are the speaker's side. A negated
    phrase tells none."""
    lowered = claim.text.lower()
    told = [(next(w for w in m.groups() if w), m.start()) for m in _HOLDER_IN_PHRASE.finditer(lowered)]
    if not told and (cue := _HOLDING.search(lowered)) is not None:
        before = lowered[:cue.start()].split()[-HOLDER_SUBJECT_WORDS:]
        words = [w.strip(_WORD_EDGES) for w in before]
        subject = next((w for w in reversed(words) if w in _HOLDER_SIDE or w in _OWN_SIDE), None)
        if subject is not None and not any(w in _NEGATORS for w in words):
            told.append((subject, cue.start() - len(" ".join(before)) - 1))
    sides = set()
    for word, start in told:
        if _negated(lowered[max(0, start - 20):start]):
            return None   # "is not in our hands"
        sides.add(_side_of_word(word, claim))
    return sides.pop() if len(sides) == 1 else None


def _side_of_word(word: Optional[str], claim: Claim) -> Optional[str]:
    """The side a holder or truce word names: "our", "its" the speaker's own, when partisan."""
    if word in _OWN_SIDE:
        return claim.source.stance if claim.source.stance in PARTISAN_STANCES else None
    return _HOLDER_SIDE.get(word)


_TRUCE = re.compile(r"\b(?:" + alternation(TRUCE_WORDS) + r")\b")
_TRUCE_CUE = re.compile(r"\b(?:(" + alternation(TRUCE_BROKEN_CUES) + r")|(" + alternation(TRUCE_KEPT_CUES) + r"))\b")
_TRUCE_BREACH_NOUNS = frozenset(TRUCE_BREACH_NOUNS)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")
_BY_SIDE = re.compile(r"\s+by\s+(?:the\s+)?(" + _HOLDER_WORDS + r")\b")


def _truce_kept(claim: Claim) -> Optional[tuple[str, bool]]:
    """The side a claim says kept or broke a truce, and whether it kept it: ("pro-regime", False)
    for "regime forces violated the ceasefire within hours", ("opposition", True) for "our
    fighters held fire" said by a rebel commander. None when it tells neither, or no side."""
    lowered = claim.text.lower()
    if _TRUCE.search(lowered) is None:
        return None
    told = set()
    for cue in _TRUCE_CUE.finditer(lowered):
        kept = cue.group(2) is not None
        by = _BY_SIDE.match(lowered, cue.end())
        clause = _CLAUSE_BREAK.split(lowered[:cue.start()])[-1]
        before = [w.strip(_WORD_EDGES) for w in clause.split()[-TRUCE_SUBJECT_WORDS:]]
        if any(w in _NEGATORS or w.endswith("n't") for w in before[-3:]):
            kept = not kept   # "did not violate", "have not respected"
        if by:
            word = by.group(1)
        elif cue.group(0) in _TRUCE_BREACH_NOUNS:
            continue   # "every violation": of no one said
        else:
            word = next((w for i, w in enumerate(reversed(before)) if w in _HOLDER_SIDE or w in _OWN_SIDE
                         and (w not in TRUCE_PRONOUNS or i < TRUCE_OWN_SIDE_WORDS)), None)
        side = _side_of_word(word, claim)
        if side is not None:
            told.add((side, kept))
    return told.pop() if len(told) == 1 else None


def _truce_findings(claims: Sequence[Claim], linked: set[frozenset[str]],
                    article_places: dict[str, tuple[str, ...]]) -> list[Finding]:
    """One side told as having broken a truce by one source and as having kept it by another.
    Each side blaming the other for violations is no contradiction: both may be right."""
    told = [(c, t) for c in claims if (t := _truce_kept(c)) is not None]
    findings = []
    for i, (a, (side_a, kept_a)) in enumerate(told):
        for b, (side_b, kept_b) in told[i + 1:]:
            pair = frozenset((a.id, b.id))
            if (side_a == side_b and kept_a != kept_b and _speaker(a) != _speaker(b) and pair not in linked
                    and _same_truce(a, b, article_places)):
                linked.add(pair)
                findings.append(_pair_contradiction(
                    a, b, "polarity",
                    f"{a.source.name} vs {b.source.name}: the {side_a} side told as having kept the truce "
                    "and as having broken it",
                ))
    return findings


def _same_truce(a: Claim, b: Claim, article_places: dict[str, tuple[str, ...]]) -> bool:
    """Truces last days, and are broken at one place and kept at another: claims a week apart
    whose articles name a place in common may be about one."""
    if a.article.id == b.article.id:
        return True
    apart = _days_apart(a, b)
    if apart is not None and apart > WAR_TOLL_DAYS:
        return False
    return share_place(_scene(a, article_places), _scene(b, article_places))


def _denial_finding(denial: Claim, target: Claim, verb: str) -> Finding:
    """A denial against what it denies: "said" for the claim its article linked it to, "says"
    for another report of the denied act."""
    return _pair_contradiction(
        target, denial, "denial",
        f"{denial.source.name} ({denial.source.stance}) denies what {target.source.name} "
        f"({target.source.stance}) {verb}",
    )


def _common_limit(count: int) -> int:
    """How many of ``count`` claims a word may appear in and still tell claims apart."""
    return max(10, count // 5)


_INFLECTION = re.compile(r"(?:ings|ing|ed|es|s)$")
_WORD_EDGES = ".,;:!?\"'“”‘’()[]"
_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|such)\s+("
                             + alternation((*DENIED_BACK_REFERENCES, *DENIED_GENERIC_REFERENCES)) + r")\b", re.I)
_GENERIC_REFERENCES = frozenset(DENIED_GENERIC_REFERENCES)
_DENIED_PART = re.compile(r"\s*(?:" + alternation(DENIED_PART) + r")\b")


@functools.lru_cache(maxsize=8192)   # read by the denials and again by the absences of one comparison
def _content_stems(text: str) -> frozenset[str]:
    """Content words cut to a crude stem, so "bombing" meets "bombed"; words for one act are
    one stem, so "bombing" meets "airstrikes"."""
    return frozenset(filter(None, (_stem(word) for word in _core(text).split())))


def _stem(word: str) -> str:
    word = word.strip(_WORD_EDGES)
    if word in ACT_OF_WORD:
        return ACT_OF_WORD[word]
    return _INFLECTION.sub("", word)[:5] if len(word) > 3 else ""


def _referred_acts(denial: Claim) -> Optional[frozenset[str]]:
    """What a denial points back to ("the attacks"): the stems a report must share with it,
    an empty set when any act will do ("the allegations"), None when it points back to nothing."""
    nouns = {m.group(1).lower() for m in _BACK_REFERENCE.finditer(denial.text)}
    if not nouns:
        return None
    return frozenset() if nouns & _GENERIC_REFERENCES else frozenset(map(_stem, nouns))


_OWNED_FIGURE = re.compile(r"(?:the\s+)?(?P<owner>(?:[\w.-]+\s+){0,3}?[\w.-]+)['’]s?\s+(?:"
                           + alternation(DENIED_FIGURE_NOUNS) + r")\b", re.I)
_NOT_OWNER_WORDS = frozenset(("the", "a", "an", *TITLE_ABBREVIATIONS))


def _figures_dismissed(claims: Sequence[Claim], linked: set[frozenset[str]],
                       focus: dict[str, tuple[str, ...]]) -> list[tuple[Claim, Claim]]:
    """(denial, claim) pairs where a denial names whose figures it denies ("dismissed the
    minister's figure as a fairy tale", "Ms Example's figures as propaganda"): the counts of that
    speaker about the same event."""
    pairs = []
    for denial in claims:
        owned = _OWNED_FIGURE.match(denial.text) if "'" in denial.text or "’" in denial.text else None
        if owned is None or not _is_denial(denial):
            continue
        owner = {w.lower() for w in owned.group("owner").split()} - _NOT_OWNER_WORDS
        for claim in claims:
            if (claim.quantities and claim.id != denial.id and _speaker(claim) != _speaker(denial)
                    and frozenset((claim.id, denial.id)) not in linked
                    and owner & {w.lower().strip(".,") for w in claim.source.name.split()}
                    and _same_event(claim, denial, focus)):
                pairs.append((denial, claim))
    return pairs


_HARM = re.compile(r"\b(?:" + alternation(HARM_WORDS) + r")\b", re.I)
_WHO_THE_DEAD_WERE = re.compile(r"\b(?:" + alternation(WHO_THE_DEAD_WERE) + r")\b", re.I)
_OWN_LOSS = re.compile(r"\b(?:" + alternation(OWN_LOSS_WORDS) + r")\b", re.I)


def _victim_class(unit: str) -> Optional[str]:
    """Civilians or combatants, for a unit of a toll; None when it says neither ("people")."""
    if unit in _CIVILIAN_TOLL_UNITS:
        return "civilians"
    return VICTIM_CLASSES.get(unit)


def _none_harmed(claim: Claim) -> frozenset[str]:
    """The measures of harm a claim counts none of ("No civilian was harmed in the operation":
    casualties)."""
    return frozenset(q.measure for q in claim.quantities if q.measure in TOLL_MEASURES and q.value == 0 and not q.high)


def _tolls(claim: Claim) -> list[Quantity]:
    """A claim's counts of someone harmed, none of them zero."""
    return [q for q in claim.quantities if q.measure in TOLL_MEASURES and (q.high or q.value) > 0]


_SAID_VERB = alternation(SAID_VERBS)
_SAYING_NOUN = alternation(SAYING_NOUNS)
# (at least two words of a name, which one surname alone may be too common to tell apart)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]+")


def _denied_speakers(denial: Claim, speakers: dict[str, str]) -> set[str]:
    """The speakers (keys of ``speakers``, name -> its last two capitalised words) whose words a
    denial names as what it denies: "no truth in what Jon Example said", "Jon Example's account"."""
    return {speaker for speaker, name in speakers.items()
            if name in denial.text and _said_by(name).search(denial.text)}


@functools.lru_cache(maxsize=4096)   # one pattern a name, whatever the denials that name it
def _said_by(name: str) -> re.Pattern:
    """What a speaker of this name said, named as such: "what Jon Example said", "Jon Example's
    account" (not "Jon Example's account of the attack on the bridge": one account, not all he
    said)."""
    return re.compile(r"\bwhat\s+(?:[\w.]+\s+){0,3}?" + re.escape(name) + r"\s+(?:has\s+|had\s+)?(?:"
                      + _SAID_VERB + r")\b|" + re.escape(name) + r"['’]s?\s+(?:[\w-]+\s+)?(?:" + _SAYING_NOUN
                      + r")\b(?!\s+(?:of|that|about|on|over)\b)")


def _said_by_denied(claims: Sequence[Claim], linked: set[frozenset[str]], focus: dict[str, tuple[str, ...]],
                    article_places: dict[str, tuple[str, ...]]) -> list[tuple[Claim, Claim]]:
    """(denial, claim) pairs where a denial names the speaker whose words it denies ("There is no
    truth whatsoever in what Jon Example said"): that speaker's claims about the same event."""
    denials = [c for c in claims if _is_denial(c)]
    if not denials:
        return []
    speakers = {}
    for claim in claims:
        words = _NAME_WORD.findall(claim.source.name)
        if len(words) >= 2:
            speakers[claim.source.name] = " ".join(words[-2:])
    pairs = []
    for denial in denials:
        named = _denied_speakers(denial, speakers)
        if not named:
            continue
        for claim in claims:
            if (claim.source.name in named and claim.source.stance != denial.source.stance
                    and not _is_denial(claim) and frozenset((claim.id, denial.id)) not in linked
                    and _may_be_one_event(claim, denial, focus, article_places)):
                pairs.append((denial, claim))
    return pairs


def _harm_denied(claims: Sequence[Claim], linked: set[frozenset[str]], focus: dict[str, tuple[str, ...]],
                 article_places: dict[str, tuple[str, ...]],
                 counted: frozenset[frozenset[str]]) -> list[tuple[Claim, Claim]]:
    """(denial, claim) pairs where a side denies harm ("no truth in the reports of dozens of
    dead") and another source gives a toll of the same event ("killing at least 47 civilians")."""
    # ("no civilian was harmed in the operation", a count of none, denies harm as well, unless its
    # figure already contradicts the toll's: ``counted``, the pairs of the quantity findings)
    denials = [c for c in claims if c.source.stance in PARTISAN_STANCES and (
        _is_denial(c) and _HARM.search(c.text) and not _WHO_THE_DEAD_WERE.search(c.text) or _none_harmed(c))]
    if not denials:
        return []
    # each toll with its measures and the victims it counts; "another strike killed four" is a
    # toll the text itself sets apart
    tolls = [(c, {q.measure for q in counts},
              {_victim_class(q.unit) for q in c.quantities if q.measure in TOLL_MEASURES} - {None})
             for c in claims if (counts := _tolls(c)) and not _is_denial(c) and not _OWN_LOSS.search(c.text)
             and not _SEPARATE.search(c.text.lower())]
    pairs = []
    for denial in denials:
        if _SEPARATE.search(denial.text.lower()):
            continue
        denied_victims = {_victim_class(UNITS.get(w.lower(), "")) for w in _TOKEN.findall(denial.text)} - {None}
        # a count of none killed answers tolls of the dead; of none harmed, any toll
        nones = _none_harmed(denial)
        denied_measures = set(TOLL_MEASURES) if not nones or "casualties" in nones else nones
        for toll, measures, victims in tolls:
            pair = frozenset((toll.id, denial.id))
            if (not measures & denied_measures or toll.source.stance == denial.source.stance
                    or _speaker(toll) == _speaker(denial) or pair in linked or pair in counted):
                continue
            if denied_victims and victims and not denied_victims & victims:
                continue   # "students killed" denied says nothing of soldiers killed in a raid
            # (a count of none must be of the same event; a denial in words, a day apart, may be
            # set where the other names no scene)
            if _same_event(toll, denial, focus) or (
                    _is_denial(denial) and _near_in_time_and_place(toll, denial, article_places)):
                pairs.append((denial, toll))
    return pairs


def _denied_elsewhere(claims: Sequence[Claim], linked: set[frozenset[str]],
                      article_places: dict[str, tuple[str, ...]],
                      focus: dict[str, tuple[str, ...]]) -> list[tuple[Claim, Claim]]:
    """(denial, claim) pairs beyond the one claim a denial was linked to in its article: "the
    government denied bombing hospitals" also answers another outlet's report of a hospital
    bombed in that event. The other claim must be of the other side, report an act (a killing,
    a strike), say what is denied (share DENIED_SHARED_WORDS content words with it), and not be a
    denial itself: a call for inspectors to visit is not answered by a denial of the attack."""
    denying = {c.id for c in claims if _is_denial(c)}
    denials = [c for c in claims if c.id in denying and not is_request(c.text)]
    if not denials:
        return []
    stems = {c.id: _content_stems(c.text) for c in claims}
    frequency = Counter(stem for c in claims for stem in stems[c.id])
    reports_act = {c.id: _REPORTED_ACT.search(c.text) is not None for c in claims}
    common = _common_limit(len(claims))
    pairs = []
    for denial in denials:
        # the denied act's own words may be common ("strike"): a rare word must be shared too
        rare = {w for w in stems[denial.id] if frequency[w] <= common and w not in ACT_SYNONYMS}
        denied = rare | (stems[denial.id] & ACT_SYNONYMS.keys())
        referred = _referred_acts(denial)
        blaming: set[str] = set()
        if _DENIED_PART.match(denial.text.lower()):
            # "denied responsibility" answers the claims that blame the denier's side
            blaming = {claim.id for claim in claims
                       if claim.id != denial.id and _speaker(claim) != _speaker(denial)
                       and frozenset((claim.id, denial.id)) not in linked
                       and (_blamed(claim) == denial.source.stance or _blames_speaker(claim, denial))
                       and _same_event(claim, denial)}
            pairs.extend((denial, claim) for claim in claims if claim.id in blaming)
        # a short denial of an act on a thing ("denied hitting the market") says what it denies
        # even in words common to the event: the act and its object
        denial_places = _place_stems(denial)
        acts = stems[denial.id] & ACT_SYNONYMS.keys()
        objects = stems[denial.id] - acts - denial_places
        act_on_object = bool(acts and objects) and len(stems[denial.id]) <= ACT_DENIAL_WORDS
        if not rare and referred is None and not act_on_object:
            continue
        for claim in claims:
            if (claim.id == denial.id or claim.id in blaming or claim.id in denying
                    or _speaker(claim) == _speaker(denial) or frozenset((claim.id, denial.id)) in linked
                    or claim.source.stance == denial.source.stance or claim.kind == "narrative" and
                    claim.article.id == denial.article.id):
                continue
            if not reports_act[claim.id] and not (
                    len(denied & stems[claim.id] & rare - _place_stems(claim) - denial_places)
                    >= DENIED_SHARED_WORDS_ELSEWHERE and not _asks(claim) and _same_event(claim, denial, focus)):
                # a report of no act ("a call for inspectors") answers no denial, unless it says
                # what is denied in three rare words at the same event ("mass arrests at the
                # checkpoint" against "separated 57 men at the checkpoint")
                continue
            # "denied carrying out the attacks" names the act only by pointing back: it answers
            # the other side's reports of an act in its own article
            shared = denied & stems[claim.id]
            # "dismissed the reports as lies" linked in its article to the reports it answers
            # points back to those, not to every report of its article
            points_back = referred is not None and not (denial.denies and not referred)
            said_what = (len(shared) >= DENIED_SHARED_WORDS and bool(shared & rare)
                         or points_back and claim.article.id == denial.article.id
                         and (not referred or bool(referred & stems[claim.id])))
            if said_what and _same_event(claim, denial, focus):
                pairs.append((denial, claim))
            elif (act_on_object and shared & acts and objects & stems[claim.id] - _place_stems(claim)
                  and reports_act[claim.id] and _within_a_day(claim, denial)
                  and _scenes_may_meet(claim, denial, article_places)):
                pairs.append((denial, claim))
            elif (len(shared) >= DENIED_SHARED_WORDS_ELSEWHERE and bool(shared & rare)
                  and _denial_of_its_articles_event(claim, denial, article_places)):
                pairs.append((denial, claim))
            elif (len(shared & rare) >= DENIED_SHARED_WORDS_ELSEWHERE and _quotes_figure(denial, claim)
                  and _published_apart(claim, denial) <= QUOTED_FIGURE_DAYS):
                # "rejected a claim by X that more than 210,000 people had been displaced": the
                # denial repeats the very figure, which says what it denies wherever it was set
                pairs.append((denial, claim))
            elif (len(shared & rare) >= DENIED_SHARED_WORDS_ELSEWHERE and _within_a_day(claim, denial)
                  and (_unplaced(claim, denial, focus) or _scenes_may_meet(claim, denial, article_places))):
                # rare words only ("fighters surrendered weapons" is said of many places): three
                # of them tell what is denied, where the two name no scene or one of their
                # articles' ("a Front vehicle carrying explosives in the convoy" on Lenya Street,
                # in a report on the convoy at Orlenk junction)
                pairs.append((denial, claim))
    return pairs


_REQUEST_CUES = frozenset(REQUEST_CUES)


def _asks(claim: Claim) -> bool:
    """Whether a claim asks for something ("urged inspectors to visit") rather than reports."""
    return (claim.cue or "").lower().split(" ", 1)[0] in _REQUEST_CUES or is_request(claim.text)


def _unplaced(claim: Claim, denial: Claim, focus: dict[str, tuple[str, ...]]) -> bool:
    """Neither the claim nor the denial names a place, and neither article is about one place
    ("reports that the released detainees included people held without charge" against "men
    held more than two years without charge")."""
    return not (claim.places or denial.places or claim.article.id in focus or denial.article.id in focus)


def _quotes_figure(denial: Claim, claim: Claim) -> bool:
    """Whether a denial repeats one of a claim's figures, one too large to recur by chance."""
    return any(q.value == r.value and q.unit == r.unit and q.value >= MIN_QUOTED_FIGURE
               for q in denial.quantities for r in claim.quantities)


def _published_apart(claim: Claim, denial: Claim) -> float:
    """Days between the two articles' dates; unknown dates are far apart."""
    day_a, day_b = _iso_day(claim.article.date), _iso_day(denial.article.date)
    return abs((day_a - day_b).days) if day_a and day_b else float("inf")


def _within_a_day(claim: Claim, denial: Claim) -> bool:
    apart = _days_apart(claim, denial)
    return apart is not None and apart <= INCIDENT_DAYS


def _near_in_time_and_place(a: Claim, b: Claim, article_places: dict[str, tuple[str, ...]]) -> bool:
    """Told of events a day apart at most, at scenes that may be one (``_scenes_may_meet``)."""
    return _within_a_day(a, b) and _scenes_may_meet(a, b, article_places)


def _scenes_may_meet(claim: Claim, denial: Claim, article_places: dict[str, tuple[str, ...]]) -> bool:
    """Whether two claims may be set at one scene: one of them names no place, nor does its
    article, or some place of one or of its article is one of the other's."""
    scene_a, scene_b = _scene(claim, article_places), _scene(denial, article_places)
    # (a facility named for its town lies in it: "Esmir General Hospital" in Esmir)
    return not scene_a or not scene_b or _places_meet(scene_a, scene_b)


def _scene(claim: Claim, article_places: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The places a claim may be set at: its own and its article's."""
    return (*claim.places, *article_places.get(claim.article.id, ()))


def _denial_of_its_articles_event(claim: Claim, denial: Claim, article_places: dict[str, tuple[str, ...]]) -> bool:
    """A denial that names no place is about its article's event: it meets another article's
    report set at the same place within a day ("the source denied reports that civilians were
    killed in the town", in a report on Dorsa, against another outlet's toll in Dorsa)."""
    if denial.places or claim.article.id == denial.article.id:
        return False
    day_denial = claim_day(denial) or _iso_day(denial.article.date)
    day_claim = claim_day(claim) or _iso_day(claim.article.date)
    if not (day_denial and day_claim) or abs((day_denial - day_claim).days) > INCIDENT_DAYS:
        return False
    return share_place(claim.places, article_places.get(denial.article.id, ()))


def _negation_is_the_difference(group: Sequence[Claim], polarity: dict[bool, list[str]]) -> bool:
    """Whether some negated claim says what an asserted one says, but for the negation: the
    two must read alike once negations are dropped, not merely share a topic."""
    by_id = {c.id: c for c in group}
    for negated in polarity[True]:
        core = _core(by_id[negated].text)
        core_negated = _without_negations(core)
        borne = _negation_targets(core)
        for asserted in polarity[False]:
            core_asserted = _core(by_id[asserted].text)
            if (fuzz.token_set_ratio(core_negated, _without_negations(core_asserted)) >= POLARITY_SIMILARITY
                    and borne & {word[:5] for word in core_asserted.split()}):
                return True
    return False


def _negation_targets(core: str) -> set[str]:
    """The word each negation bears on, cut to a stem: "has not yet fallen" -> "falle". In
    "no one claimed the attack, but the group has carried out bombings" the negation is about
    the claiming, not the bombings the other claim reports."""
    words = core.split()
    targets = set()
    for index, word in enumerate(words):
        if word in _NEGATORS or word.endswith("n't"):
            following = [w for w in words[index + 1:index + 4] if w not in _NEGATION_WORDS]
            if following:
                targets.add(following[0][:5])
    return targets


def _without_negations(core: str) -> str:
    return " ".join(w for w in core.split() if w not in _NEGATION_WORDS and not w.endswith("n't"))


def _days_apart(a: Claim, b: Claim) -> Optional[int]:
    """How many days apart two claims' events are, None when either is undated."""
    day_a, day_b = claim_day(a), claim_day(b)
    return abs((day_a - day_b).days) if day_a and day_b else None


def _same_event(a: Claim, b: Claim, focus: Optional[dict[str, tuple[str, ...]]] = None) -> bool:
    """Two claims about one event: the same article, or a shared place on close days. With
    ``focus`` (``_article_focus``), a claim that names no place ("shelled the town after the
    truce") is set at the place its article is about."""
    if a.article.id == b.article.id:
        return True
    apart = _days_apart(a, b)
    if apart is not None and apart > INCIDENT_DAYS:
        return False
    if focus is not None:
        return share_place(a.places or focus.get(a.article.id, ()), b.places or focus.get(b.article.id, ()))
    return share_place(a.places, b.places)


def _article_focus(claims: Sequence[Claim]) -> dict[str, tuple[str, ...]]:
    """The one place an article is about, when most of its claims that name a place name it
    ("the town" in the rest of it is that place); a roundup of many places has none."""
    counts: dict[str, Counter] = defaultdict(Counter)
    placed: Counter = Counter()
    titles: dict[str, str] = {}
    for claim in claims:
        if claim.places:
            # in the claim's order, so that a tie goes the same way in every run (a set's order
            # changes with the hash seed)
            counts[claim.article.id].update(dict.fromkeys(claim.places, 1))
            placed[claim.article.id] += 1
            titles[claim.article.id] = (claim.article.title or "").lower()
    focus = {}
    for article, count in counts.items():
        place, n = count.most_common(1)[0]
        if n >= 2 and n >= FOCUS_SHARE * placed[article]:
            focus[article] = (place,)
            continue
        # or the one place its headline names ("Air strike on Dorsa market kills 24")
        title = titles[article]
        in_title = [p for p in count if whole_words_in(p, title)]
        if len(in_title) == 1:
            focus[article] = (in_title[0],)
    return focus


def _cross_speakers(group: Sequence[Claim], polarity: dict[bool, list[str]]) -> bool:
    by_id = {c.id: _speaker(c) for c in group}
    return not ({by_id[i] for i in polarity[True]} & {by_id[i] for i in polarity[False]})


def _points(statements: Sequence[Claim]) -> list[list[Claim]]:
    """Statements grouped into points: linked when they share enough content words and read
    alike. Candidate pairs come from an index of content words, so the work grows with the
    number of similar pairs rather than with every pair."""
    cores = [_core(c.text) for c in statements]
    stems = [frozenset(w[:5] for w in core.split()) for core in cores]
    frequency = Counter(stem for group in stems for stem in group)
    common = _common_limit(len(statements))   # words in most claims tell nothing apart
    index: dict[str, list[int]] = defaultdict(list)
    places = _place_canon(statements)
    # what _same_point compares, read once per statement rather than once per candidate pair
    keys = [_PointKey(c.article.id, _speaker(c), frozenset(places[p] for p in c.places),
                      claim_day(c) if c.event_date else None, core) for c, core in zip(statements, cores)]
    parent = list(range(len(statements)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(statements)):
        rare = [stem for stem in stems[i] if frequency[stem] <= common]
        shared = Counter(chain.from_iterable(index[stem] for stem in rare))
        for j, count in shared.items():
            if count >= MIN_SHARED_WORDS and find(i) != find(j) and _same_point(keys[i], keys[j]):
                parent[find(i)] = find(j)
        for stem in rare:
            index[stem].append(i)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(statements):
        groups[find(i)].append(claim)
    return list(groups.values())


def _place_canon(claims: Sequence[Claim]) -> dict[str, str]:
    """Each place name of the claims mapped to one spelling of it."""
    return canonical_places(p for c in claims for p in c.places)


class _PointKey(NamedTuple):
    article: str
    speaker: str
    places: frozenset[str]        # canonical spellings
    event_day: Optional[dt.date]  # only when the claim dates its event itself
    core: str


def _same_point(a: _PointKey, b: _PointKey) -> bool:
    if a.article == b.article and a.speaker == b.speaker:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    if a.event_day and b.event_day and abs((a.event_day - b.event_day).days) > INCIDENT_DAYS:
        return False
    shorter, longer = sorted((len(a.core), len(b.core)))
    if longer > SORT_RATIO_LENGTHS * shorter:
        return False   # seen before token_set_ratio, which costs more than the comparison of lengths
    # a cutoff lets rapidfuzz stop early; the scores it returns are 0 below it
    return (fuzz.token_set_ratio(a.core, b.core, score_cutoff=TOPIC_SIMILARITY) >= TOPIC_SIMILARITY
            and fuzz.token_sort_ratio(a.core, b.core, score_cutoff=TOPIC_ORDER_SIMILARITY) >= TOPIC_ORDER_SIMILARITY)


_FILLER = re.compile(r"\b(?:the|a|an|of|to|in|on|and|that|for|is|was|are|were|has|have|had|by|with|as|at|it|its|this|from|be|been)\b", re.I)


@functools.lru_cache(maxsize=8192)
def _core(text: str) -> str:
    return " ".join(_FILLER.sub(" ", text.lower()).split())


def _topic(claim: Claim) -> str:
    words = claim.text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


def _specific(claims: Sequence[Claim]) -> list[Claim]:
    """The claims with places that tell incidents apart: a place named across many of the
    articles ("Syria" in a Syrian-war archive) links everything and so nothing."""
    canon = _place_canon(claims)   # "syria" and "syrias" are counted as one place
    articles_by_place: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for place in claim.places:
            articles_by_place[canon[place]].add(claim.article.id)
    articles = len({c.article.id for c in claims})
    limit = max(BROAD_PLACE_MIN_ARTICLES, BROAD_PLACE_SHARE * articles)
    broad = {p for p in canon if len(articles_by_place[canon[p]]) > limit}
    if not broad:
        return list(claims)
    return [attrs.evolve(c, places=tuple(p for p in c.places if p not in broad)) if set(c.places) & broad else c
            for c in claims]


_RELATION_ORDER = {"contradiction": 0, "agreement": 1, "unconfirmed": 2}


def decide(claims: Sequence[Claim]) -> list[Finding]:
    """Findings for a set of claims about one event, contradictions first."""
    article_places = _article_places(claims)
    settings = {c.id: c.places or article_places.get(c.article.id, ()) for c in claims}
    claims = _specific(claims)
    specific_places = _article_places(claims)   # without the broad places: for claims naming none
    quantity, used = _quantity_findings(claims, settings, specific_places)
    contradicted = frozenset(frozenset((a, b)) for f in quantity if f.relation == "contradiction"
                             for i, side in enumerate(f.sides) for other in f.sides[i + 1:]
                             for a in side for b in other)
    statements = _statement_findings(claims, used, specific_places, settings, contradicted, article_places)
    return sorted(quantity + statements, key=lambda f: (_RELATION_ORDER[f.relation], f.topic))


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
    largest: list[int] = []   # the claims of the ``limit`` largest events so far, smallest first (a heap)
    counts = dict(store.place_names())
    # "Alwaer" and "al-Waer" are one place (one event), its claims counted under either spelling
    places = sorted(((bare, spellings, sum(counts[s] for s in spellings))
                     for bare, spellings in glued_article_groups(counts).items()),
                    key=lambda item: (-item[2], item[0]))
    for place, spellings, mentions in places:
        if len(largest) == limit and mentions < largest[0]:
            # no event of this place or a later one can hold more claims than the place has: the
            # first ``limit`` events are those of the whole list, whatever the limit
            break
        rowids = sorted({r for s in spellings for r in store.search_claims(fts_all([s]), EVENT_CLAIMS)}, reverse=True)
        days = [(_iso_day(voice.day), voice) for voice in store.claim_voices(rowids[:EVENT_CLAIMS], spellings)]
        days.sort(key=lambda item: str(item[0] or ""))
        chunk: list[tuple[Optional[dt.date], ClaimVoice]] = []
        last: Optional[dt.date] = None
        for day, voice in [*days, (None, None)]:
            if voice is None or (last is not None and day is not None and (day - last).days > 7):
                if len(chunk) >= 2:
                    events.append(_event(place, chunk))
                    heapq.heappush(largest, len(chunk))
                    if len(largest) > limit:
                        heapq.heappop(largest)
                chunk = []
            if voice is not None:
                chunk.append((day, voice))
                last = day or last
    events.sort(key=lambda e: (-e.claims, e.place))
    return events[:limit]


def _event(place: str, claims: Sequence[tuple[Optional[dt.date], ClaimVoice]]) -> Event:
    days = sorted(day for day, _ in claims if day)
    outlets: dict[str, set[str]] = {s: set() for s in STANCES}
    for _, voice in claims:
        outlets[voice.stance].add(voice.voice)
    return Event(
        place=place, first_date=days[0].isoformat() if days else None,
        last_date=days[-1].isoformat() if days else None, claims=len(claims),
        articles=len({voice.article_id for _, voice in claims}),
        outlets={s: len(v) for s, v in outlets.items()},
    )
