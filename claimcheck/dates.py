"""Dates written in text: find absolute dates and resolve relative ones against a reference.

Pure functions; every function returns None rather than raising on text it cannot read.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .alternation import CaseFolded, WordStarts, alternation, fold, word_start_alternation
from .lexicon import MONTHS, NUMBER_WORDS, RELATIVE_DAYS, WEEKDAYS

_MONTH = alternation(MONTHS)
_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)
# (a time may follow at once: "2016-05-03T10:00:00Z")
# (the word boundary before the year is checked after its first digit, so that re scans for
# digits in C instead of trying every position)
_ISO = re.compile(r"(\d(?<!\w\d)\d{3})-(\d{2})-(\d{2})(?![\d-])")
_SOURCE_LINE = re.compile(r"\(\s*source\s*:[^)]*?/\s*(\d{1,2}[./]\d{1,2}[./]\d{4})\s*\)", re.I)
_MONTH_YEAR = re.compile(rf"\b(?:(early|mid|late)[- ])?({_MONTH})\.?\s+(\d{{4}})\b", re.I)
# a day of a month with no year ("on July 25", "on 25 July"): the latest such day up to the reference
# (not before a year: "March 9, 2014"; a count after a comma is no year: "On 9 March, 14 soldiers")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}}\b)", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?!\.?,?\s+\d{{4}}\b)", re.I)
_IN_YEAR = re.compile(r"\b(?:in|since|during|by)\s+((?:19|20)\d{2})\b", re.I)
_LAST_MONTH = re.compile(rf"\b(last|this|next|since|early|late|mid|in)[- ]+((?:early|late|mid)[- ]+)?({_MONTH})\b(?!\.?\s+\d)", re.I)
# (read through its case-folded twin: only the lower case of what it matches is used)
_WEEKDAY = CaseFolded(re.compile(r"\b(?:on\s+|last\s+|this\s+|since\s+|(?:early|late)\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I))
_PERIODS = ("week", "month", "year")
_LAST_PERIOD = re.compile(r"\b(?:last|past|previous)\s+(" + "|".join(_PERIODS) + r")\b", re.I)
_AGO = re.compile(r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|ten)\s+(days?|weeks?|months?|years?)\s+ago\b", re.I)
_RELATIVE = re.compile(r"\b(" + "|".join(RELATIVE_DAYS) + r")\b", re.I)
# "over the weekend": dated by its Saturday, the weekend's first day
_WEEKEND = re.compile(r"\bweekend\b", re.I)
_WEEKEND_WORD = frozenset(("weekend",))
_SATURDAY = 5


# A wire or photo credit in parentheses ("(Reuters)", "(X and Agencies)", "(Photo: ...)"):
# text before it in the same claim is a caption or dateline, whose date is not the event's.
_CREDIT = re.compile(r"\((?:[^()]{0,40}?\b(?:agencies|reuters|afp|ap|photo|file photo|getty images)\b[^()]{0,20})\)", re.I)
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b", re.I)
# Text with none of these holds no date, absolute or relative: most claims are ruled out here.
_TIME_FIGURES = r"(?:19|20)\d\d|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4}"
_TIME_WORD_SET = {"ago", "week", "weekend", "month", "year", *(m.lower() for m in MONTHS), *WEEKDAYS, *RELATIVE_DAYS}
_ANY_TIME_WORD = re.compile(r"\b(?:" + _TIME_FIGURES + "|" + alternation(_TIME_WORD_SET) + r")\b", re.I)
# The same, in two parts for ASCII text, where str.lower() is what re.I sees: the words in lower
# case, by a pattern re scans for their first letters, and the figures only where there is a digit.
_TIME_WORD_LOWER = re.compile(word_start_alternation(_TIME_WORD_SET) + r"\b")
_TIME_WORD_STARTS = WordStarts(_TIME_WORD_SET, r"\b")
# _TIME_FIGURES as a whole word, written from its first digit (the boundary before it checked
# after it), so that re scans for digits in C instead of trying every position: only whether
# there is a match is asked
_TIME_FIGURE = re.compile(r"\d(?<!\w\d)(?:(?<=1)9\d\d|(?<=2)0\d\d|\d{3}-\d\d-\d\d|\d?[./]\d{1,2}[./]\d{4})\b")


_MONTH_NAMES = frozenset(m.lower() for m in MONTHS)
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
_RELATIVE_NAMES = frozenset(RELATIVE_DAYS)
_PERIOD_NAMES = frozenset(_PERIODS)


def _time_words(text: str) -> Optional[frozenset[str]]:
    """The month, weekday, relative-day and period words ``text`` holds, in lower case, found in
    one scan: each pattern below needs one of them as a whole word, so the patterns whose
    words are missing are skipped. None for text that is not ASCII, since re's case folding of
    other letters is wider than str.lower() ("ſ" is an "s" to it): every pattern is tried."""
    if not text.isascii():
        return None
    lower = text.lower()
    words = set()
    at = _TIME_WORD_STARTS.find(lower)
    while at >= 0:
        word = _TIME_WORD_LOWER.match(lower, at)   # the word found there, as findall would take it
        words.add(word.group())
        at = _TIME_WORD_STARTS.find(lower, word.end())
    return frozenset(words)


def _names_any(named: Optional[frozenset[str]], words: frozenset[str]) -> bool:
    """Whether text whose time words are ``named`` (None: unknown) may hold one of ``words``."""
    return named is None or not named.isdisjoint(words)


def _mentions(text: str, named: Optional[frozenset[str]]) -> bool:
    """``mentions_time(text)``, given ``_time_words(text)``."""
    if named is None:
        return _ANY_TIME_WORD.search(text) is not None
    return bool(named) or _TIME_FIGURE.search(text) is not None


def mentions_weekend(text: str) -> bool:
    """Whether ``text`` tells of "the weekend", two days that a single date stands for."""
    return _WEEKEND.search(text) is not None


def mentions_time(text: str) -> bool:
    """Whether ``text`` names any date, month, weekday or relative day at all."""
    if not text.isascii():
        return _ANY_TIME_WORD.search(text) is not None
    return _TIME_WORD_STARTS.find(text.lower()) >= 0 or _TIME_FIGURE.search(text) is not None


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> Optional[str]:
    """Read one date as metadata writes it (ISO, with or without time, or written out)."""
    value = value.strip()
    if not value:
        return None
    match = _ISO.search(value)
    if match:
        found = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        return found.isoformat() if found else None
    found = find_date(value)
    return found[0] if found else None


def find_date(text: str, has_month: Optional[bool] = None) -> Optional[tuple[str, str]]:
    """The first absolute date written in ``text``, as (YYYY-MM-DD, matched text).

    A "(Source: ... / DD.MM.YYYY)" line wins over dates in the running text, because that is
    how syndicated reposts stamp their publication date. Dotted dates are read day first.
    ``has_month`` says whether the text names a month, if the caller knows.
    """
    if not _DIGIT.search(text):
        return None
    if has_month is None:
        has_month = _MONTH_WORD.search(text) is not None
    candidates: list[tuple[int, dt.date, str]] = []
    source_line = _SOURCE_LINE.search(text)
    if source_line:
        day, month, year = re.split(r"[./]", source_line[1])
        found = _safe_date(int(year), int(month), int(day))
        if found:
            return found.isoformat(), source_line[0]
    for match in _MDY.finditer(text) if has_month else ():
        found = _safe_date(int(match[3]), MONTHS[fold(match[1])], int(match[2]))
        if found:
            candidates.append((match.start(), found, match[0]))
    for match in _DMY.finditer(text) if has_month else ():
        found = _safe_date(int(match[3]), MONTHS[fold(match[2])], int(match[1]))
        if found:
            candidates.append((match.start(), found, match[0]))
    for match in _ISO.finditer(text):
        found = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if found:
            candidates.append((match.start(), found, match[0]))
    if not candidates:
        return None
    _, found, matched = min(candidates, key=lambda c: c[0])
    return found.isoformat(), matched


MIN_TEXT_AFTER_CREDIT = 20   # a credit this close to the end closes the claim instead


def resolve_event_date(text: str, reference: Optional[str]) -> Optional[str]:
    """The date a claim's event happened, from the claim's own words and the article date.

    "on Thursday" -> the last Thursday on or before the article date; "last November" -> the
    first of the most recent November before it; "in May 2014" -> 2014-05-01; "yesterday" ->
    the day before. Month-level answers use the first of the month (early/mid/late shift it).
    Returns None when the text names no time, or only a relative one with no reference.
    """
    named = _time_words(text)
    if not _mentions(text, named):
        return None
    credits = list(_CREDIT.finditer(text)) if "(" in text else []
    if credits and len(text) - credits[-1].end() >= MIN_TEXT_AFTER_CREDIT:
        text = text[credits[-1].end():]  # "... August 6 2016 (X and Agencies) A bomber killed ..."
        named = _time_words(text)
        if not _mentions(text, named):
            return None
    ref = None
    if reference:
        try:
            ref = dt.date.fromisoformat(reference)
        except ValueError:
            ref = None
    # most texts that name a time name only one kind: the patterns for the others are skipped
    # when a digit or a word they need is missing
    has_digit = _DIGIT.search(text) is not None
    has_month = _names_any(named, _MONTH_NAMES)
    absolute = find_date(text, has_month)
    if absolute:
        return absolute[0]
    match = _MONTH_YEAR.search(text) if has_digit and has_month else None
    if match:
        return _month_start(int(match[3]), MONTHS[fold(match[2])], match[1]).isoformat()
    if ref is None:
        match = _IN_YEAR.search(text) if has_digit else None
        return f"{match[1]}-01-01" if match else None
    day_of_month = _day_of_month(text, ref) if has_digit and has_month else None
    if day_of_month:
        return day_of_month.isoformat()
    match = _LAST_MONTH.search(text) if has_month else None
    if match:
        month = MONTHS[fold(match[3])]
        modifier = (match[2] or match[1]).strip(" -").lower()
        year = ref.year if month < ref.month or (month == ref.month and match[1].lower() != "last") else ref.year - 1
        if match[1].lower() == "next":
            year = ref.year if month > ref.month else ref.year + 1
        return _month_start(year, month, modifier if modifier in ("early", "mid", "late") else None).isoformat()
    match = _AGO.search(text) if named is None or "ago" in named else None
    if match:
        count = int(match[1]) if match[1].isdigit() else NUMBER_WORDS.get(fold(match[1]), 1)
        unit = fold(match[2]).rstrip("s")
        return (ref - dt.timedelta(days=count * {"day": 1, "week": 7, "month": 30, "year": 365}[unit])).isoformat()
    match = _LAST_PERIOD.search(text) if _names_any(named, _PERIOD_NAMES) else None
    if match:
        period = match[1].lower()
        if period == "week":
            return (ref - dt.timedelta(days=7)).isoformat()
        if period == "month":
            return (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=1).isoformat()
        return f"{ref.year - 1}-01-01"
    match = _RELATIVE.search(text) if _names_any(named, _RELATIVE_NAMES) else None
    if match:
        return (ref + dt.timedelta(days=RELATIVE_DAYS[fold(match[1])])).isoformat()
    match = _WEEKDAY.search(text) if _names_any(named, _WEEKDAY_NAMES) else None
    if match:
        weekday = WEEKDAYS[fold(match[1])]
        back = (ref.weekday() - weekday) % 7
        if match[0].lower().startswith("last") and back == 0:
            back = 7
        return (ref - dt.timedelta(days=back)).isoformat()
    if _names_any(named, _WEEKEND_WORD) and _WEEKEND.search(text):
        return (ref - dt.timedelta(days=(ref.weekday() - _SATURDAY) % 7)).isoformat()
    match = _IN_YEAR.search(text) if has_digit else None
    if match:
        return f"{match[1]}-01-01"
    return None


def _day_of_month(text: str, ref: dt.date) -> Optional[dt.date]:
    """"on July 25" in an article of 2013-08-18 -> 2013-07-25; a day after the reference is
    last year's."""
    found = [(m.start(), MONTHS[fold(m[1])], int(m[2])) for m in _MONTH_DAY.finditer(text)]
    found += [(m.start(), MONTHS[fold(m[2])], int(m[1])) for m in _DAY_MONTH.finditer(text)]
    for _, month, day in sorted(found):
        date = _safe_date(ref.year, month, day)
        if date is not None and date > ref + dt.timedelta(days=1):
            date = _safe_date(ref.year - 1, month, day)
        if date is not None:
            return date
    return None


def _month_start(year: int, month: int, modifier: Optional[str]) -> dt.date:
    day = {"early": 1, "mid": 15, "late": 21}.get((modifier or "").lower(), 1)
    return dt.date(year, month, day)
