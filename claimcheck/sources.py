"""sources.toml: the user-editable knowledge of outlets, organisations, people and stances.

Loading validates every table and names the offending line; matching is exact on word
n-grams for scanning text, and fuzzy (rapidfuzz) for resolving one speaker's name.
"""
from __future__ import annotations

import functools
import os
from collections import defaultdict
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

import attrs
from rapidfuzz import fuzz, process

from .errors import SourcesError
from .lexicon import GOVERNMENT_OFFICES, GOVERNMENT_PORTFOLIOS, INSTITUTION_HEADS, SHORTENED_NAME_GLUE
from .models import STANCES, SourceEntry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

ENV_VAR = "CLAIMCHECK_SOURCES"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_ALIAS_WORDS = 8
FUZZY_CUTOFF = 86
_OFFICE_WORDS = frozenset((*GOVERNMENT_OFFICES, *GOVERNMENT_PORTFOLIOS, *INSTITUTION_HEADS))
# kinds whose entries are people, findable by surname alone ("Zoubi said")
# Kinds of entry that are one person, by the kind's last word, as users write kinds freely
# ("NGO official", "politician", "field commander").
PEOPLE_KINDS = ("person", "official", "spokesperson", "spokesman", "spokeswoman", "minister", "journalist",
                "activist", "commander", "politician", "researcher", "analyst", "lawyer", "doctor", "diplomat",
                "envoy", "leader", "officer", "reporter", "correspondent", "editor", "director", "governor",
                "mayor", "negotiator", "mediator", "witness", "expert", "judge", "prosecutor", "cleric")


def is_person_kind(kind: str) -> bool:
    """Whether an entry of this kind is one person ("NGO official" is, "armed group" is not)."""
    words = kind.lower().split()
    return bool(words) and words[-1] in PEOPLE_KINDS


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


_POSSESSIVE_S = re.compile(r"['’]s\b")


@functools.lru_cache(maxsize=8192)   # names and places are normalised again for each mention
def normalise(text: str) -> str:
    """Case, hyphens, apostrophes and spacing removed: "Al-Example  News" -> "al example news".
    A possessive keeps its s on the word, as scraped copy that lost the apostrophe writes it
    ("Example's defence ministry", "Examples defence ministry")."""
    if "s" in text and ("'" in text or "’" in text):
        text = _POSSESSIVE_S.sub("s", text)
    return " ".join(tokens(text))


@attrs.frozen
class Registry:
    """All entries, with indexes for exact n-gram lookup and fuzzy name resolution."""

    entries: dict[str, SourceEntry]
    path: str
    by_alias: dict[str, str] = attrs.field(factory=dict)          # normalised alias -> key
    by_surname: dict[str, str] = attrs.field(factory=dict)        # a person's last name -> key
    by_domain: dict[str, str] = attrs.field(factory=dict)
    prefixes: frozenset[str] = frozenset()                        # every alias's leading n-grams
    upper_only: frozenset[str] = frozenset()                      # "US", "IS": not "us", "is"
    by_tail: dict[str, tuple[str, ...]] = attrs.field(factory=dict)   # a body's name without its first words -> keys
    _cache: dict[str, Optional[str]] = attrs.field(factory=dict, eq=False, repr=False)
    # (surnames?, a query's length) -> the aliases or surnames a fuzzy match can reach from it
    _fuzzy_choices: dict[tuple[bool, int], list[str]] = attrs.field(factory=dict, eq=False, repr=False)
    # initials of the bodies' names ("dfa") -> their names by key, built on first use
    _initials: list[dict[str, dict[str, tuple[str, ...]]]] = attrs.field(factory=list, eq=False, repr=False)

    def initials(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """The acronyms the bodies' names make, each with the bodies and names that make it."""
        if not self._initials:
            found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for key, entry in self.entries.items():
                if is_person_kind(entry.kind):
                    continue
                for alias in (entry.name, *entry.aliases):
                    words = [w for w in alias.split() if w.lower() not in SHORTENED_NAME_GLUE]
                    if MIN_INITIALS <= len(words) <= MAX_INITIALS and all(w[:1].isupper() for w in words):
                        found["".join(w[0] for w in words).lower()][key].append(alias.lower())
            self._initials.append({acronym: {key: tuple(names) for key, names in keys.items()}
                                   for acronym, keys in found.items() if acronym not in self.by_alias})
        return self._initials[0]

    def get(self, key: Optional[str]) -> Optional[SourceEntry]:
        return self.entries.get(key) if key else None

    def lookup(self, name: str) -> Optional[SourceEntry]:
        """The entry a speaker's name refers to, tolerating transliteration ("Hamadi"/"Hamady")."""
        if name in self._cache:
            key = self._cache[name]
            return self.entries[key] if key else None
        entry = self._lookup(name)
        if len(self._cache) < 100_000:
            self._cache[name] = entry.key if entry else None
        return entry

    def _lookup(self, name: str) -> Optional[SourceEntry]:
        norm = normalise(name)
        if not norm or (norm in self.upper_only and not name.strip().isupper()):
            return None
        key = self.by_alias.get(norm) or self.by_surname.get(norm)
        if key:
            return self.entries[key]
        stripped = _strip_article_prefix(norm)
        key = self.by_alias.get(stripped)
        if key:
            return self.entries[key]
        # a fuzzy match is for names; "local sources" or "the army" is nobody's misspelling
        if len(norm) < 5 or not any(ch.isupper() for ch in name):
            return None
        choice = process.extractOne(norm, self._reachable(norm, surnames=False), scorer=fuzz.ratio,
                                    score_cutoff=FUZZY_CUTOFF)
        if choice and _same_initials(norm, choice[0]):
            return self.entries[self.by_alias[choice[0]]]
        if " " not in norm:
            choice = process.extractOne(norm, self._reachable(norm, surnames=True), scorer=fuzz.ratio,
                                        score_cutoff=FUZZY_CUTOFF)
            if choice:
                return self.entries[self.by_surname[choice[0]]]
        return None

    def _reachable(self, norm: str, surnames: bool) -> list[str]:
        """The aliases (or surnames), in the registry's order, whose length lets fuzz.ratio reach
        FUZZY_CUTOFF against ``norm``: the ratio is at most 200 * shorter length / both lengths,
        so most names are out of reach and need not be scored (one below the cutoff, so rounding
        keeps every reachable name)."""
        length = len(norm)
        choices = self._fuzzy_choices.get((surnames, length))
        if choices is None:
            # 200 * shorter >= cutoff * (both lengths), solved for the name's length
            cutoff = FUZZY_CUTOFF - 1
            shortest = -(-cutoff * length // (200 - cutoff))
            longest = (200 - cutoff) * length // cutoff
            choices = [name for name in (self.by_surname if surnames else self.by_alias)
                       if shortest <= len(name) <= longest]
            self._fuzzy_choices[(surnames, length)] = choices
        return choices

    def shortened(self, name: str, earlier_text: str = "") -> Optional[SourceEntry]:
        """The body a name shortened from the front refers to ("Civil Shield" for "Example Civil
        Shield", "the Coordination Centre" for "Example Coordination Centre"): the only body so
        named, or the only one of them the text named before."""
        keys = self.by_tail.get(_strip_article_prefix(normalise(name)), ())
        if len(keys) > 1 and earlier_text:
            named = {entry.key for _, _, entry in self.mentions(earlier_text)}
            keys = tuple(k for k in keys if k in named)
        return self.entries[keys[0]] if len(keys) == 1 else None

    def names_body(self, name: str) -> bool:
        """Whether ``name`` is exactly a name of a group, outlet or person in the registry: "in
        ISIS" then names who holds an area, not a place. Governments are left out, since they
        are often named by their capitals ("Damascus denied")."""
        key = self.by_alias.get(normalise(name))
        return key is not None and self.entries[key].kind != "government"

    def mentions(self, text: str) -> Iterator[tuple[int, int, SourceEntry]]:
        """Every non-overlapping alias occurrence in ``text``, longest match first, as spans."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
        i = 0
        while i < len(words):
            best = None
            gram = words[i][2]
            width = 1
            # grow the n-gram only while it is the start of some alias: most words stop at once
            while gram in self.prefixes:
                key = self.by_alias.get(gram)
                if key and not (gram in self.upper_only and not text[words[i][0]:words[i + width - 1][1]].isupper()):
                    best = (width, key)
                if i + width >= len(words) or width >= MAX_ALIAS_WORDS:
                    break
                gram = f"{gram} {words[i + width][2]}"
                width += 1
            if best:
                width, key = best
                yield words[i][0], words[i + width - 1][1], self.entries[key]
                i += width
            else:
                i += 1

    def by_url(self, url: str) -> Optional[SourceEntry]:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].removeprefix("www.")
        while host:
            key = self.by_domain.get(host)
            if key:
                return self.entries[key]
            host = host.partition(".")[2]
        return None

    def stance_of(self, entry: SourceEntry) -> str:
        """An entry's own stance, or its affiliation's when the entry itself says unknown."""
        if entry.stance == "unknown" and entry.affiliation in self.entries:
            return self.entries[entry.affiliation].stance
        return entry.stance


MIN_INITIALS, MAX_INITIALS = 3, 5   # words of a name whose initials may stand for it ("DFA", "SOHR")
# a word that may be such initials: "\b[A-Z]{3,5}\b", with the boundary before it checked after
# its first capital, so that re scans for capitals in C instead of trying every position
_CAPITALS = re.compile(r"[A-Z](?<!\w\w)[A-Z]{%d,%d}\b" % (MIN_INITIALS - 1, MAX_INITIALS - 1))


def with_initialisms(registry: Registry, text: str) -> Registry:
    """The registry, knowing also the acronyms ``text`` uses for the bodies it names in full:
    "the DFA" in an article that names the "Drovask Free Army" of a file listing no acronym.
    Only within that text: the same letters elsewhere may stand for any other body."""
    initials = registry.initials()
    candidates = {word.lower() for word in _CAPITALS.findall(text)} & initials.keys()
    if not candidates:
        return registry
    lowered = text.lower()
    known = {}
    for acronym in candidates:
        named = [key for key, names in initials[acronym].items() if any(name in lowered for name in names)]
        if len(named) == 1:
            known[acronym] = named[0]
    if not known:
        return registry
    return attrs.evolve(
        registry, by_alias={**registry.by_alias, **known}, upper_only=registry.upper_only | known.keys(),
        prefixes=registry.prefixes | known.keys(), cache={}, fuzzy_choices={}, initials=[initials])


def _same_initials(a: str, b: str) -> bool:
    """Spelling variants of one name differ in vowels and endings, not in how their words start:
    "Kurdish officials" is no misspelling of "Turkish officials"."""
    a, b = _strip_article_prefix(a), _strip_article_prefix(b)
    return [w[0] for w in a.split()] == [w[0] for w in b.split()]


def _strip_article_prefix(norm: str) -> str:
    for prefix in ("al ", "el ", "a ", "the "):
        if norm.startswith(prefix):
            return norm[len(prefix):]
    return norm


def find_sources_file(explicit: Optional[str] = None) -> Path:
    """--sources FILE, then $CLAIMCHECK_SOURCES, then ./sources.toml, then the packaged copy."""
    for candidate in (explicit, os.environ.get(ENV_VAR)):
        if candidate:
            path = Path(candidate)
            if not path.is_file():
                raise SourcesError(f"sources file not found: {path}. Pass an existing TOML file or unset {ENV_VAR}.")
            return path
    local = Path("sources.toml")
    if local.is_file():
        return local
    return Path(str(resources.files("claimcheck") / "data" / "sources.toml"))


def load_registry(explicit: Optional[str] = None) -> Registry:
    path = find_sources_file(explicit)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read {path}: {exc}") from exc
    return parse_registry(raw, str(path))


def _line_of(raw: str, *needles: str) -> int:
    """1-based line of the first needle found after the previous one (0 if absent); a needle
    at the very start of the file is on line 1."""
    pos, found_any = 0, False
    for needle in needles:
        found = raw.find(needle, pos)
        if found < 0:
            break
        pos, found_any = found, True
    return raw.count("\n", 0, pos) + 1 if found_any else 0


def parse_registry(raw: str, path: str = "<string>") -> Registry:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from exc
    tables = data.get("sources")
    if not isinstance(tables, dict) or not tables:
        raise SourcesError(f"{path}: no [sources.<name>] tables found; see the packaged sources.toml for the format")
    entries: dict[str, SourceEntry] = {}
    by_alias: dict[str, str] = {}
    upper_only: set[str] = set()
    for key, table in tables.items():
        header = f"[sources.{key}]"
        where = f"{path}:{_line_of(raw, header)}"
        if not isinstance(table, dict):
            raise SourcesError(f"{where}: sources.{key} must be a table")
        entry = _entry(key, table, where, raw, header)
        entries[key] = entry
        for alias in (entry.name, *entry.aliases):
            norm = normalise(alias)
            if not norm:
                raise SourcesError(f"{where}: empty name or alias in [sources.{key}]")
            other = by_alias.get(norm)
            if other is not None and other != key:
                line = _line_of(raw, header, alias)
                raise SourcesError(
                    f"{path}:{line}: alias {alias!r} of [sources.{key}] is already used by "
                    f"[sources.{other}]; each alias must identify one source"
                )
            by_alias[norm] = key
            if alias.isupper() and len(alias) <= 4:
                upper_only.add(norm)
    for key, entry in entries.items():
        if entry.affiliation and entry.affiliation not in entries:
            line = _line_of(raw, f"[sources.{key}]", "affiliation")
            raise SourcesError(f"{path}:{line}: [sources.{key}] affiliation {entry.affiliation!r} is not a source key")
    by_surname: dict[str, Optional[str]] = {}
    for key, entry in entries.items():
        # only people go by a surname: the last word of a body's name ("group", "news",
        # "coalition") would make every generic mention that body
        if is_person_kind(entry.kind):
            for alias in (entry.name, *entry.aliases):
                parts = normalise(alias).split()
                if len(parts) > 1 and len(parts[-1]) > 3:
                    surname = parts[-1]
                    if surname not in by_alias:
                        by_surname[surname] = key if by_surname.get(surname, key) == key else None
    by_tail: dict[str, set[str]] = defaultdict(set)
    for key, entry in entries.items():
        if is_person_kind(entry.kind):
            continue
        for alias in (entry.name, *entry.aliases):
            parts = normalise(alias).split()
            # at least two words kept, the first of them a name's word ("for human rights" is no name)
            # and not an office any state has ("the Health Ministry", "Police Command")
            for cut in range(1, len(parts) - 1):
                if parts[cut] not in SHORTENED_NAME_GLUE and not all(p in _OFFICE_WORDS for p in parts[cut:]):
                    by_tail[" ".join(parts[cut:])].add(key)
    by_domain = {d.lower().removeprefix("www."): key for key, e in entries.items() for d in e.domains}
    prefixes = {" ".join(alias.split()[:n]) for alias in by_alias for n in range(1, len(alias.split()) + 1)}
    return Registry(
        entries=entries, path=path, by_alias=by_alias,
        by_surname={k: v for k, v in by_surname.items() if v}, by_domain=by_domain,
        prefixes=frozenset(prefixes), upper_only=frozenset(upper_only),
        by_tail={tail: tuple(sorted(keys)) for tail, keys in by_tail.items() if tail not in by_alias},
    )


ENTRY_FIELDS = frozenset(("name", "aliases", "stance", "kind", "note", "domains", "affiliation"))


def _entry(key: str, table: dict, where: str, raw: str, header: str) -> SourceEntry:
    def text(field: str, required: bool = True) -> str:
        value = table.get(field, "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise SourcesError(f"{where}: [sources.{key}] needs a text field {field!r}")
        return value.strip()

    def text_list(field: str) -> tuple[str, ...]:
        value = table.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SourcesError(f"{where}: [sources.{key}] {field!r} must be a list of strings")
        return tuple(v.strip() for v in value)

    unknown = sorted(set(table) - ENTRY_FIELDS)
    if unknown:
        # a misspelt field ("alias" for "aliases") would be dropped without a word
        line = _line_of(raw, header, unknown[0])
        raise SourcesError(f"{where.rsplit(':', 1)[0]}:{line}: [sources.{key}] has unknown field {unknown[0]!r}; "
                           f"the fields are {', '.join(sorted(ENTRY_FIELDS))}")
    stance = text("stance")
    if stance not in STANCES:
        line = _line_of(raw, header, "stance")
        raise SourcesError(
            f"{where.rsplit(':', 1)[0]}:{line}: [sources.{key}] stance {stance!r} is not one of "
            f"{', '.join(STANCES)}"
        )
    affiliation = table.get("affiliation")
    if affiliation is not None and not isinstance(affiliation, str):
        raise SourcesError(f"{where}: [sources.{key}] affiliation must be a source key")
    return SourceEntry(
        key=key, name=text("name"), aliases=text_list("aliases"), stance=stance,
        kind=text("kind"), note=text("note", required=False), domains=text_list("domains"),
        affiliation=affiliation,
    )


def iter_entries(registry: Registry) -> Iterable[SourceEntry]:
    return sorted(registry.entries.values(), key=lambda e: (e.stance, e.name.lower()))
