"""Numbers in claim text, with their bounds and what they count.

"at least 10 residents" -> value 10, low 10; "Up to 13" -> high 13; "12.000 residents" (a
European thousands separator) -> 12000; "three residents"; "dozens of civilians" -> a range.
A number is kept only when something it counts is found next to it, so dates, ages, years
and sizes are left out.
"""
from __future__ import annotations

import os
import re
from typing import Iterator, Optional

import attrs

from .alternation import CaseFolded, WordStarts, alternation, fold
from .lexicon import (
    APPROXIMATE_CUES, BODY_SIZE_WORDS, CURRENCY_SIGNS, DETENTION_ACTS, DETENTION_PASSIVES, FLED_VERBS, FRACTIONS,
    LOWER_BOUND_CUES, MEASURE_CUES, MEASURE_CUES_AFTER, MEASURE_CUES_BEFORE, MONTHS, MULTIPLIERS,
    NONE_HARM_VERBS, NONE_PERSONS, NONE_TOLL_NOUNS, NONE_VICTIMS, NONE_WHERE_WORDS, NONE_WORDS,
    NON_COUNT_FOLLOWERS, NUMBER_NOUNS, NUMBER_WORDS, PERSON_UNITS, PLACE_HEADS, POSSESSIVE_DETERMINERS,
    RELEASE_VERBS, REMAINING_CUES, REMAINING_UNITS, STATUS_UNITS, TAKEN_PARTICIPLES, THING_UNITS, TOLL_MEASURES,
    UNITS, UPPER_BOUND_CUES, VAGUE_AMOUNTS,
)
from .models import Quantity

_WORDS_ALT = alternation(NUMBER_WORDS)
_VAGUE_ALT = alternation(VAGUE_AMOUNTS)
_MULT_ALT = "|".join(MULTIPLIERS)
_CUE_ALT = alternation({*LOWER_BOUND_CUES, *UPPER_BOUND_CUES, *APPROXIMATE_CUES})
# A number in figures and a number in words are two patterns with the same group names (the
# other kind's groups never match): the figures' pattern opens with a digit, so re scans for
# digits in C, where one pattern for both would be tried at every position of the text.
_NUMBER_SUFFIX = rf"(?:\s*(?P<mult>{_MULT_ALT})\b)?(?P<pct>\s*(?:%|percent\b|per cent\b))?"
# "(?<![\w.,/:-]\d)" after the first digit is "(?<![\w.,/:-])" before it
_FIGURES = re.compile(
    rf"(?P<digits>\d(?<![\w.,/:-]\d)(?:\d{{0,2}}(?:,\d{{3}})+(?![\d])|\d{{0,2}}(?:\.\d{{3}})+(?![\d.])"
    # "200 000": thousands spaced as in French; only round ones, as scraped text that lost its
    # commas runs a day and a count together ("on March 15 150 people")
    rf"|\d{{0,2}}(?:[ \u00a0\u202f]000)+(?![\d.,])"
    rf"|\d*(?:\.\d+)?(?![\d.]*\d)))" + _NUMBER_SUFFIX + r"(?P<vague>(?!))?(?P<word>(?!))?(?P<word2>(?!))?",
    re.I,
)
_NUMBER_WORDS = re.compile(
    rf"(?:\b(?P<vague>{_VAGUE_ALT})\b|\b(?P<word>{_WORDS_ALT})(?:[- ](?P<word2>one|two|three|four|five|six|seven|eight|nine))?\b)"
    + _NUMBER_SUFFIX + r"(?P<digits>(?!))?",
    re.I,
)
# Where _NUMBER_WORDS can match in ASCII text, found in its lower case (what re.I sees) by a
# pattern re scans for the words' first letters: a number in words is one of them between
# word boundaries ("twenty-one" is "twenty" before a hyphen).
_NUMBER_WORD_STARTS = WordStarts({*VAGUE_AMOUNTS, *NUMBER_WORDS}, r"\b")
# "a quarter of a million": rare, so looked for apart from the other numbers, only in a text
# that has a fraction word; the empty groups give its matches the same names as _NUMBER's
_FRACTION = re.compile(
    rf"\b(?P<frac>{alternation(FRACTIONS)})\s+(?P<fmult>million|billion)\b"
    r"(?P<digits>(?!))?(?P<vague>(?!))?(?P<word>(?!))?(?P<word2>(?!))?(?P<mult>(?!))?(?P<pct>(?!))?", re.I)
# The bound cue is looked for behind a number, not as part of the number's pattern: an optional
# alternation in front would be tried at every position of the text.
_CUE_BEFORE = re.compile(rf"\b(?P<cue>{_CUE_ALT})\s+(?:at\s+)?$", re.I)   # "put the toll at least at 85"
# "over" as the particle of a verb bounds nothing: "handed over 150 soldiers"
_OVER_AS_PARTICLE = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|taken|passed)\s+$", re.I)
_DIGIT = re.compile(r"\d")
_UNIT_ALT = alternation(UNITS)
_AFTER = re.compile(
    rf"^(?:\s+(?:of\s+(?:the\s+)?)?)?(?:(?:[\w’'-]+\s+){{0,2}}?)(?P<unit>{_UNIT_ALT})\b", re.I
)
_ANOTHER = r"another|a\s+further|an\s+additional"   # a count added to one before it
_BEFORE_VERB = re.compile(
    r"\b(?P<verb>killing|killed|kills|kill|wounding|wounded|injuring|injured|injury|injuries|deaths|death|"
    r"displaced|displacing|population\s+of(?:\s+(?:about|around|some|nearly|roughly|an\s+estimated))?|"
    # people freed or held in an exchange ("a promise to free 150" is no count of anyone freed)
    r"(?<!\bto\s)(?:" + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in RELEASE_VERBS)
    + r")(?:\s+(?:only|just))?|"
    r"toll\s+(?:(?:could|may|might|will|would|has|had|is\s+expected\s+to|is\s+likely\s+to)\s+)?"
    r"(?:(?:rose|risen|climbed|reached|reach|rise|stands|stood|be|hit|topped)\s+(?:to\s+|at\s+)?|to\s+|at\s+|of\s+))"
    # "the death of eight", "wounding another nine"
    r"(?:\s+(?:of|" + _ANOTHER + r"))?\s*$",
    re.I,
)
_VERB_UNITS = {"displacing": "displaced", "population": "people", "injury": "injured",
               **dict.fromkeys((verb.split()[0] for verb in RELEASE_VERBS), "detainees"),
               "kidnapped": "detainees", "abducted": "detainees", "arrested": "detainees", "detained": "detainees",
               "imprisoned": "detainees"}
# "bringing the number killed in two days of shelling to 45": the count the sentence builds up to
_TOTAL_TO = re.compile(
    r"\b(?:toll|number\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:killed|dead|deaths))\b[^.;:]{0,100}?(?<!addition)(?<!compared)(?<!close)(?<!next)(?<!due)(?<!according)\s+(?:to|at|become|reached|was|is|now)\s+$", re.I)
_QUOTE_MARKS = ("\"", "“", "”")
_NO_QUOTES = str.maketrans("", "", "\"“”")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_TO = re.compile(r"\s+(?:and|to)\s+$", re.I)
_TO = re.compile(r"\s+to\s+", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
# capitalised only: "since 21 May", not "21 may"
_MONTH_AFTER = re.compile(r"\s+(?:" + alternation(m.capitalize() for m in MONTHS) + r")\b")
# ("a 10-year-old girl", "a month-and-a-half-old baby": an age, joined to its number by a hyphen)
_NON_COUNT = re.compile(r"^(?:\s*|-)(?:" + alternation(NON_COUNT_FOLLOWERS) + r")\b|^-(?:[\w-]+-)?old\b"
                        r"|^-(?:" + alternation(BODY_SIZE_WORDS) + r")\b", re.I)
_OTHERS = re.compile(r"^\s+(?:others|more)\b", re.I)
# a new count, with its own bound or in figures, between a number and a verb takes the verb
# ("... 124 At least four people were killed"); "nine, among them eight women, were killed" does not
_ANOTHER_COUNT = re.compile(r"\d|\b(?:" + alternation((*LOWER_BOUND_CUES, *UPPER_BOUND_CUES)) + r")\b", re.I)
# ("nearly 2,000 had crossed the border": people who fled are displaced)
_AFTER_VERB = re.compile(
    r"^(?:\s+[\w’'-]+){0,6}?\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+"
    r"(?P<verb>killed|injured|wounded|executed|kidnapped|abducted|arrested|detained|imprisoned)"
    r"|(?:had|have|has)\s+(?P<fled>" + alternation(FLED_VERBS) + r"))\b", re.I)
# Any plural noun counts as what is counted ("14 neighborhoods", "two parallel ways"), after
# at most one adjective, unless it is a word that only looks plural.
# ("63 Vostran targets", "two Russian pilots": a name or demonym may stand before the noun)
# "12 lorries", "12 aid lorries", "14 U.N. convoys"
# the word skipped before the noun describes it ("12 armoured vehicles"); a relative or a
# conjunction opens a clause ("one that seems", "two who were") whose verb is no noun
_PLURAL_NOUN = re.compile(r"^\s+(?:(?!(?:that|which|who|whom|whose|and|or|but|than)\s)[a-z-]+\s+|[A-Z][a-z-]+\s+"
                          r"|(?:[A-Z]\.){2,}\s+)?(?P<noun>[a-z]{3,}s)\b")
_NOT_NOUNS = {
    "was", "has", "is", "its", "this", "does", "as", "us", "thus", "plus", "across", "less",
    "previous", "various", "serious", "dangerous", "numerous", "famous", "news", "always", "perhaps",
    "whereas", "unless", "besides", "regardless", "nevertheless", "towards", "afterwards",
}
_DEMONYM = re.compile(r"^\s+[A-Z][a-z]+(?:ans|is|ese|ds|ks)\b")   # "12 Syrians"
_OF_DEMONYM = re.compile(r"^\s+of\s+[A-Z][a-z]+(?:ans|is|ese)\b")  # "hundreds of Syrians", not "one of Assads"
_BLOCKERS = {"and", "or", "in", "on", "at", "from", "since", "by", "to", "for", "with", "after", "before", "was", "is"}


# compiled once: re.fullmatch(str, ...) would look each pattern up in re's cache per number
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMALS = re.compile(r"\d+\.\d{1,2}")


def parse_number(match: re.Match[str]) -> Optional[tuple[float, Optional[float], Optional[float]]]:
    """(value, low, high) before bound cues are applied."""
    if match["digits"]:
        raw = match["digits"]
        if _DOTTED_THOUSANDS.fullmatch(raw) and not _DECIMALS.fullmatch(raw):
            value = float(raw.replace(".", ""))
        else:
            value = float(raw.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", ""))
        low = high = None
    elif match.re is _FRACTION:
        return FRACTIONS[" ".join(fold(match["frac"]).split())] * MULTIPLIERS[fold(match["fmult"])], None, None
    elif match["vague"]:
        value, low, high = VAGUE_AMOUNTS[fold(match["vague"])]
        # "several thousand": the vague amount counts thousands
        times = MULTIPLIERS[fold(match["mult"])] if match["mult"] else 1
        return float(value * times), _f(low and low * times), _f(high and high * times)
    else:
        value = float(NUMBER_WORDS[fold(match["word"])])
        if match["word2"]:
            value += NUMBER_WORDS[fold(match["word2"])]
        low = high = None
    if match["mult"]:
        value *= MULTIPLIERS[fold(match["mult"])]
    return value, low, high


def _f(value: Optional[float]) -> Optional[float]:
    return None if value is None else float(value)


def _unit_after(rest: str) -> Optional[str]:
    match = _AFTER.match(rest)
    if not match:
        return None
    between = rest[: match.start("unit")].split()
    tail = rest[match.end("unit"):]
    compound = _AFTER.match(tail)
    # "IS fighters": a word in capitals is a name, not the verb "is"; "96 sick and wounded
    # people": two words joined by "and" describe the noun after them
    paired = (len(between) == 2 and between[1] == "and" and between[0].lower() not in _BLOCKERS
              and compound is not None and not tail[:compound.start("unit")].strip())
    if not paired and any(w.lower() in _BLOCKERS and not w.isupper() for w in between):
        return None
    # "civilian casualties", "air strikes": the head noun is the last of a compound
    if compound and not tail[:compound.start("unit")].strip() and not compound["unit"].lower().endswith("ing"):
        # ("one person injuring three": a verb follows the head noun, not a compound)
        return UNITS[fold(compound["unit"])]
    return UNITS[fold(match["unit"])]


def _numbers(text: str) -> list[re.Match[str]]:
    """Numbers in figures and in words, left to right, as one pattern for both would find them:
    neither kind starts inside the other's match, and a search resumes where the last one ended."""
    found: list[re.Match[str]] = []
    lower = text.lower() if text.isascii() else None
    figures = _FIGURES.search(text) if _DIGIT.search(text) else None
    words = _number_in_words(text, lower, 0)
    while figures is not None or words is not None:
        match = figures if words is None or (figures is not None and figures.start() < words.start()) else words
        found.append(match)
        if figures is not None and figures.start() < match.end():
            figures = _FIGURES.search(text, match.end())
        if words is not None and words.start() < match.end():
            words = _number_in_words(text, lower, match.end())
    return found


def _number_in_words(text: str, lower: Optional[str], start: int) -> Optional[re.Match[str]]:
    """The first number in words from ``start``; ``lower`` is the text in lower case if ASCII."""
    if lower is None:
        return _NUMBER_WORDS.search(text, start)
    at = _NUMBER_WORD_STARTS.find(lower, start)
    return _NUMBER_WORDS.match(text, at) if at >= 0 else None


def find_quantities(text: str) -> Iterator[Quantity]:
    """The counts of ``text`` in reading order, counts of none ("no civilians were killed")
    among them."""
    counts = [(start, quantity) for start, quantity in _counts(text) if not _no_count_of_one(text, start, quantity)]
    nones = list(_none_counts(text))
    if not nones:
        yield from (quantity for _, quantity in counts)
        return
    spans = [(start, start + len(quantity.text)) for start, quantity in nones]
    # the "one" of "no one" counts nobody
    counts = [(start, quantity) for start, quantity in counts if not any(a <= start < b for a, b in spans)]
    yield from (quantity for _, quantity in sorted([*counts, *nones], key=lambda item: item[0]))


_NOT_COUNTED_BEFORE_ONE = re.compile(r"\b(?:no|not|every|any|each)\s+$", re.I)


def _no_count_of_one(text: str, start: int, quantity: Quantity) -> bool:
    """"no one on deck was hurt" or "not one piece of equipment was lost" counts none, whether
    or not it is read as a count of none; "every one of the 21 crew" counts all of them."""
    return quantity.value == 1 and quantity.text[:3].lower() == "one" and bool(
        _NOT_COUNTED_BEFORE_ONE.search(text, max(0, start - 6), start))


# "no civilians were killed", "nobody was hurt", "no civilian casualties": the subject, or the
# toll noun, and its harm
_NONE = re.compile(
    r"\b(?:(?:" + alternation(NONE_WORDS) + r")\s+(?:(?P<civilian>civilian)\s+)?(?P<toll>"
    + alternation(NONE_TOLL_NOUNS) + r")\b(?!\s+among\b)"
    r"|(?:(?:" + alternation(NONE_WORDS) + r")\s+(?P<victim>" + alternation(NONE_VICTIMS) + r")|(?P<person>"
    + alternation(NONE_PERSONS) + r"))(?:\s+(?:" + alternation(NONE_WHERE_WORDS) + r")\s+(?:board|the\s+[\w-]+|[\w-]+))?"
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been|had|has|have))?(?:\s+\w+ly)?"
    r"\s+(?P<verb>" + alternation(NONE_HARM_VERBS) + r")\b)", re.I)
# what every match of _NONE opens with, in lower case ("no"): ASCII text without it has none
_NONE_OPENING = os.path.commonprefix([fold(word) for word in (*NONE_WORDS, *NONE_PERSONS)])
# the none words UNITS does not list; the rest are units as after a number ("deaths" counts the killed)
_NONE_UNITS = {"harmed": "casualties", "victims": "casualties"}


def _none_unit(word: str) -> str:
    return _NONE_UNITS.get(word) or UNITS[word]


def _none_counts(text: str) -> Iterator[tuple[int, Quantity]]:
    # (most text has no "no"; re would try the pattern at every position to learn that)
    if text.isascii() and _NONE_OPENING not in text.lower():
        return
    for match in _NONE.finditer(text):
        if match["toll"]:
            toll = _none_unit(fold(match["toll"]))
            unit = "civilians" if match["civilian"] else toll
            measure, said = _UNIT_MEASURES[toll], match.group()
        else:
            unit = UNITS[fold(match["victim"])] if match["victim"] else "people"
            measure = _UNIT_MEASURES[_none_unit(fold(match["verb"]))]
            said = text[match.start():match.end("victim" if match["victim"] else "person")]
        yield match.start(), Quantity(value=0.0, low=None, high=None, unit=unit, text=said.strip(), measure=measure)


def _counts(text: str) -> Iterator[tuple[int, Quantity]]:
    """The counts given in numbers, with where each starts."""
    numbers = _numbers(text)
    if "quarter" in text or "half" in text or "Half" in text:
        fractions = list(_FRACTION.finditer(text))
        if fractions:
            numbers = sorted([*fractions, *(m for m in numbers if not any(
                f.start() <= m.start() < f.end() for f in fractions))], key=lambda m: m.start())
    if not numbers:
        return   # (most sentences: nothing below need be looked for)
    skip = -1
    has_between = "etween" in text
    has_quotes = any(mark in text for mark in _QUOTE_MARKS)
    last: Optional[tuple[int, str, str]] = None   # where the latest count ended, its measure and unit
    for index, match in enumerate(numbers):
        if index == skip:
            continue
        parsed = parse_number(match)
        if parsed is None:
            continue
        value, low, high = parsed
        inherited = False   # the unit is the count before's: so is the measure
        end = match.end()
        rest = text[end:end + 62]
        if has_quotes:  # 'left "nearly 50" rebels dead', '15 "terrorists" were killed'
            rest = rest.translate(_NO_QUOTES)[:60]
        else:
            rest = rest[:60]
        if rest.startswith("+"):  # "70+ wounded": at least 70
            low = value if low is None else low
            end += 1
            rest = rest[1:]
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if (following is not None and parse_number(following) and (
                has_between and _BETWEEN.search(text, max(0, match.start() - 10), match.start())
                and _AND_TO.match(text[end:following.start()] + " ")
                # "an estimated 9,000 to 11,000 people"; not "rose from 14 to 23", a change
                or _TO.fullmatch(text, end, following.start()) and not _FROM.search(text, max(0, match.start() - 6), match.start()))):
            # "between 229 and 425 civilians": one count, its bounds, and the unit after the second
            high = parse_number(following)[0]
            low = value
            end = following.end()
            rest = text[end:end + 60]
            skip = index + 1
        if match["digits"] and _is_date_or_time(text, match):
            continue
        if match["digits"] and match["digits"][0] == "0" and len(match["digits"]) > 1 and match["digits"][1].isdigit():
            continue  # "1 000 civilians": the thousands of a figure spaced as in French, no count of its own
        # "about $4 million": the sign stands between the bound cue and the number
        currency = _CURRENCY_BEFORE.search(text, max(0, match.start() - 4), match.start()) if match["digits"] else None
        lead_end = currency.start() if currency else match.start()
        cue_match = _CUE_BEFORE.search(text, max(0, lead_end - 24), lead_end)
        if cue_match and cue_match["cue"].lower() == "over" and _OVER_AS_PARTICLE.search(
                text, max(0, cue_match.start() - 10), cue_match.start()):
            cue_match = None
        start = cue_match.start() if cue_match else lead_end
        if match["pct"] or (skip == index + 1 and following["pct"]):
            unit = "percent"
        elif currency:
            unit = CURRENCY_SIGNS[currency["sign"]]
        else:
            if _NON_COUNT.match(rest) and not match["vague"]:
                continue
            unit = _unit_after(rest) or ("detainees" if _TAKEN_AFTER.match(rest) else None)
            if unit is None and (_DEMONYM.match(rest) or match["vague"] and _OF_DEMONYM.match(rest)):
                unit = "people"
            if unit is None or _OTHERS.match(rest):
                # "killing 12", "injured at least 150 others": the verb before says what is counted
                verb = _BEFORE_VERB.search(text[max(0, start - 40):start])
                if verb:
                    first = verb["verb"].split()[0].lower()
                    unit = UNITS.get(first) or _VERB_UNITS.get(first, "killed")
                elif _TOTAL_TO.search(text, max(0, start - 150), start) and not _one_of(value, rest):
                    unit = "killed"
                elif _OTHERS.match(rest):
                    unit = "people"
            if unit is None:
                verb = _AFTER_VERB.match(rest)
                if verb and _ANOTHER_COUNT.search(rest, 0, verb.start(verb.lastgroup)):
                    verb = None  # "... share count 124 At least four people were killed": the verb is the other number's
                if verb and verb["fled"]:
                    unit = "displaced"
                elif verb:  # "a further nine ... were killed", "178 were imprisoned"
                    said = verb["verb"].lower()
                    unit = UNITS.get(said) or _VERB_UNITS.get(said, "killed")
            if unit is None:
                unit = _plural_noun(rest)
            if unit is None and _WHO_AFTER.match(rest):
                unit = "people"  # "around five million who have sought refuge"
            if unit is None and last is not None and _names_count_before(text, rest, start, last[0]):
                unit = last[2]
                inherited = True
            if unit is None:
                # "put the number of patients still inside at fewer than 60": the count named before
                counted = _COUNT_OF_AT.search(text, max(0, start - 100), start)
                if counted and not _one_of(value, rest):
                    noun = fold(counted["noun"] or counted["subject"])
                    unit = UNITS.get(noun) or (noun if noun not in _NOT_NOUNS else None)
            if unit is None and value != 1 and not match["vague"] and _OF_THEM.match(rest) and last is None:
                unit = "people"   # "two of them had confessed": a part of people the text counted before
            if unit is None:
                # "18 of the 31 lorries": a part counts what the whole counts
                whole = _OF_THE_COUNT.match(rest) or (value != 1 and _OF_OURS.match(rest))
                if whole:
                    after_whole = rest[whole.end():]
                    unit = _unit_after(after_whole) or _plural_noun(after_whole)
            if unit is None:
                continue
        cue = cue_match["cue"].lower() if cue_match else ""
        if cue in LOWER_BOUND_CUES:
            low = value if low is None else low
        elif cue in UPPER_BOUND_CUES:
            high = value
        previous_end = numbers[index - 1].end() if index else 0
        after_next = index + 2 if skip == index + 1 else index + 1
        next_start = numbers[after_next].start() if after_next < len(numbers) else len(text)
        # "killing nine children and 14 others": a count joined to the one before shares its measure
        joined = last[1] if last and (inherited or _JOINED.fullmatch(text, last[0], start)) else None
        # "12 people – including five children – and wounded 30": a part of the count before
        part_of = last[1] if last and _INCLUDING_BEFORE.search(text, max(last[0], start - 16), start) else None
        # ("21 civilians were killed in raids on the area, 15 in a northern district": a count whose
        # noun is left out shares the verb of the count before, whatever words stand between)
        measure = last[1] if inherited and last and _ELIDED_AT_PLACE.match(rest) else measure_of(
            text[max(previous_end, start - 40):start], text[end:min(next_start, end + 60)], unit,
            beyond=text[next_start:next_start + 80] if next_start < end + 60 else "",
            lead=text[max(0, start - 150):start], joined=joined, part_of=part_of)
        last = (end, measure, unit)
        yield start, Quantity(value=value, low=low, high=high, unit=unit, text=text[start:end].strip(), measure=measure)


_TAKEN_AFTER = re.compile(r"\s+(?:" + alternation(TAKEN_PARTICIPLES) + r")\b(?!\s+(?:the|a|an)\b)")
_TOLL_MEASURES = frozenset(TOLL_MEASURES)
# a sign, or a code and a space, right before the figures ("USD 148 million"; not "USDA 148")
_CURRENCY_BEFORE = re.compile(r"(?:(?<![\w$])(?P<sign>" + alternation(CURRENCY_SIGNS) + r")\s?)$")
_UNIT_MEASURES = {
    "killed": "deaths", "injured": "injuries", "casualties": "casualties", "detainees": "detainees",
    "displaced": "displaced", "percent": "percent",
}
_THING_UNITS = frozenset(THING_UNITS)
_CUES_BEFORE_ONLY = frozenset(MEASURE_CUES_BEFORE)
_CUES_AFTER_ONLY = frozenset(MEASURE_CUES_AFTER)
_STATUS_UNITS = frozenset(STATUS_UNITS)
_MEASURE_OF_CUE = {cue: measure for measure, cues in MEASURE_CUES.items() for cue in cues}
_CUE_MEASURES = frozenset(_MEASURE_OF_CUE.values())
_COUNT_CUE = re.compile(r"\b(?:" + alternation(NUMBER_NOUNS) + r")\b", re.I)
_MEASURE_CUE = CaseFolded(re.compile(r"\b(" + alternation(_MEASURE_OF_CUE) + r")\b", re.I))
# a count with nothing after it: "30", "more than 470,000", "at least 1.500"
_BARE_COUNT = re.compile(
    r"(?:[a-z]+\s+){0,3}(?:\d[\d.,]*|" + alternation(w for w in NUMBER_WORDS if " " not in w) + r")", re.I)
_BARE_COUNT_THEN_PART = re.compile(_BARE_COUNT.pattern + r"(?=,?\s+(?:including|among\s+them)\b)", re.I)
# "raised its death toll to 45 on Sunday": the count, then when or where
_BARE_COUNT_THEN_WHEN = re.compile(_BARE_COUNT.pattern + r"(?=\s+(?:on|in|at|by|after|since|as\s+of)\s)", re.I)


def measure_of(before: str, after: str, unit: str, *, beyond: str = "", lead: str = "",
               joined: Optional[str] = None, part_of: Optional[str] = None) -> str:
    """What a number measures, from the nearest cue word on either side of it (never reaching
    past a neighbouring number): "killed at least 44 and injured 140" -> deaths, injuries.
    ``beyond`` is the text from the next number on, read when that number only opens a part
    of this one ("11 civilians including four children were killed"); ``lead`` is the text
    further back, for a toll the sentence builds up to ("the toll ... rose to 12 people");
    ``joined`` the measure of a count this one is joined to ("nine children and 14 others");
    ``part_of`` the measure of the count this one is a part of ("12 killed, including five
    children"), which it shares whatever verb follows it."""
    if unit in _STATUS_UNITS and (toll := _toll_told_after(after, beyond)):
        return toll
    if unit == "detainees" and not (_DETENTION_ACT.search(before) or _DETENTION_ACT.search(after)
                                    or _DETENTION_ACT.search(lead)):
        return "held"   # "the real number of detainees was more than 600": those in custody
    if unit in _UNIT_MEASURES:
        return _UNIT_MEASURES[unit]
    if unit in _SETTLED_UNITS and (_SETTLEMENT_OF.search(before) or (
            _POSSESSIVE_BEFORE.search(before) and not _TOLL_VERB_AFTER.match(after))):
        return "population"   # "a town of about 45,000 people", "the city's 240,000 residents"
    if unit in _PERSON_UNITS and _HELD_AFTER.match(after):
        return "held"   # how many are in custody: a standing count, unlike the arrests of a day
    if unit in _REMAINING_UNITS and _REMAINING_AFTER.match(after):
        return "population"
    if part_of in _TOLL_MEASURES and unit in _PERSON_UNITS:
        return part_of
    best: Optional[tuple[int, str]] = None
    if unit not in _THING_UNITS and (_KILLED_AND_INJURED.search(before) or _KILLED_OR_INJURED_AFTER.match(after)):
        return "casualties"  # "killed and injured five", "five were killed or wounded": one count of both
    for match in _MEASURE_CUE.finditer(before):
        if fold(match.group(1)) not in _CUES_AFTER_ONLY:
            best = (len(before) - match.end(), _MEASURE_OF_CUE[fold(match.group(1))])
    match = next((m for m in _MEASURE_CUE.finditer(after) if fold(m.group(1)) not in _CUES_BEFORE_ONLY
                  and (fold(m.group(1)) not in _CUES_AFTER_ONLY or len(after[:m.start()].split()) <= 2)), None)
    if match and (best is None or match.start() < best[0] or _PASSIVE_SUBJECT.match(after[:match.start()])
                  or (_AFTER_AND.search(before) and _NOUN_ONLY.fullmatch(after[:match.start()]))):
        best = (match.start(), _MEASURE_OF_CUE[fold(match.group(1))])
    if best is None and unit in _PERSON_UNITS and (shared := _verb_past_part(after, beyond)):
        return shared
    if unit in _THING_UNITS:
        # "31 buses" in an evacuation: things count no evacuated or dead; munitions may count strikes
        return "strikes" if best and best[1] == "strikes" else unit
    if best is None and lead and _TOTAL_TO.search(lead):
        return "deaths"
    if best is None and joined in _MEASURE_OF_CUE.values() and unit in _PERSON_UNITS:
        return joined
    return best[1] if best else unit


def _verb_past_part(after: str, beyond: str) -> Optional[str]:
    """The measure of the verb a count shares with a part of it that follows: "900 civilians,
    including 200 children, were evacuated". ``after`` runs to the part's number, ``beyond``
    from it."""
    shared = _SHARED_VERB.match(beyond) if beyond and _OPENS_PART.match(after) else None
    return _MEASURE_OF_CUE[fold(shared["verb"])] if shared else None


def _toll_told_after(after: str, beyond: str) -> Optional[str]:
    """The toll a verb right after a count tells ("evacuees were killed"), also past a part of
    the count ("nine evacuees, four of them children, were killed")."""
    told = _TOLL_VERB_AFTER.match(after)
    measure = _MEASURE_OF_CUE[fold(told["verb"])] if told else _verb_past_part(after, beyond)
    return measure if measure in _TOLL_MEASURES else None


def cue_measure(quantities: tuple[Quantity, ...], cue: Optional[str], text: str = "",
                before: str = "") -> tuple[Quantity, ...]:
    """Figures whose own words name no measure take the cue's: in "puts the death toll at
    more than 470,000 people" the cue says what the people are. A bare number after such a cue
    ("... and put the death toll at 30") counts people of that measure. A cue that names only a
    number ("The government put the figure at 3,050") counts what the figure ``before`` it
    counts ("about 3,400 people left the town")."""
    if not cue:
        return quantities
    match = _MEASURE_CUE.search(cue)
    bare = None
    if match or _COUNT_CUE.search(cue):
        said = text.strip(" .,")
        # "at 27, including eight children": the count before its part, which has a noun of its own
        lead = _BARE_COUNT_THEN_PART.match(said)
        if not quantities:
            bare = _BARE_COUNT.fullmatch(said) or lead or _BARE_COUNT_THEN_WHEN.match(said)
        elif lead is not None and not any(q.text in lead.group() for q in quantities):
            bare = lead
    if bare is not None:
        # "put the number at more than 210,000": a count of people, of the measure the cue names
        counted = find_quantities(f"{bare.group().rstrip(',.')} people")
        quantities = (*(q for q in counted if q.text in text), *quantities)
    if match is not None:
        measure = _MEASURE_OF_CUE[fold(match.group(1))]
    elif before and any(q.unit == "people" for q in quantities) and _COUNT_CUE.search(cue):
        # (only a count of no one named: "put the number of patients at 340" counts patients)
        earlier = [q.measure for q in find_quantities(before) if q.measure in _CUE_MEASURES]
        if not earlier:
            return quantities
        return tuple(attrs.evolve(q, measure=earlier[-1]) if q.measure == q.unit == "people" else q
                     for q in quantities)
    else:
        return quantities
    return tuple(attrs.evolve(q, measure=measure) if q.measure == q.unit and q.unit in _PERSON_UNITS else q
                 for q in quantities)


# "the number of patients still inside the hospital at", "of government violations at", "put
# the enemy's dead at \"well over a hundred\"" (a quotation may open before the number)
_COUNT_OF_AT = re.compile(r"\b(?:of|put|puts|putting)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}?"
                          r"(?P<noun>[a-z][\w-]*s|displaced|dead|wounded|injured)\b"
                          r"[^.;:\d]{0,50}?\s(?:at|to)\s+[\"“]?$"
                          # "the real number of detainees was more than 600": a count named as the
                          # subject of "was" (only after a word for a number: "one of the soldiers
                          # was 19" is an age)
                          r"|\b(?:" + alternation(NUMBER_NOUNS) + r")\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
                          r"(?P<subject>[a-z][\w-]*s|people|displaced|dead|wounded|injured)\b"
                          r"(?:\s+[\w’'-]+){0,4}?\s+(?:was|is|were|are|had\s+reached|has\s+reached|reached)\s+[\"“]?$")


def _one_of(value: float, rest: str) -> bool:
    """"The number of deaths was one of the highest": one of a kind, not a count of one."""
    return value == 1 and rest.startswith(" of ")


def _plural_noun(rest: str) -> Optional[str]:
    """The plural noun right after a number ("12 lorries"), if it can be what is counted."""
    noun = _PLURAL_NOUN.match(rest)
    return noun["noun"].lower() if noun and noun["noun"].lower() not in _NOT_NOUNS else None


def _names_count_before(text: str, rest: str, start: int, last_end: int) -> bool:
    """Whether a number with no noun of its own counts what the count before it counts: "12 in
    the town and another five outside it", "31 civilians including 10 on a bus", "13 raids on
    the city of Riverton and 11 on the town of Dorsa" (the noun left out after the first count
    of a list), "killing 20 people, 12 of them children"."""
    return bool(_ANOTHER_BEFORE.search(text, max(0, start - 14), start)
                or _INCLUDING_BEFORE.search(text, max(0, start - 16), start)
                or _INSTEAD_OF_BEFORE.search(text, max(0, start - 24), start)
                or (_ELIDED_AT_PLACE.match(rest) and start - last_end <= 60
                    and not _SENTENCE_BREAK.search(text, last_end, start))
                or _OF_THEM.match(rest))


_PERSON_UNITS = frozenset(PERSON_UNITS)
_WHO_AFTER = re.compile(r"\s+(?:who|whom)\b", re.I)
_ONE_WORD_NUMBERS = "|".join(w for w in NUMBER_WORDS if " " not in w)
# "18 of the 31 lorries", "two of the dam's six gates", "one of its three blocks"
_OF_THE_COUNT = re.compile(r"\s+of\s+(?:the\s+(?:[\w-]+['’]s\s+)?|(?:" + alternation(POSSESSIVE_DETERMINERS)
                           + r")\s+)?(?:[\d,.]+|" + _ONE_WORD_NUMBERS + r")\b", re.I)
# "two of our drones", "two of the market's aisles" (but "one of its posts" is a thing, no count)
_OF_OURS = re.compile(r"\s+of\s+(?:" + alternation(POSSESSIVE_DETERMINERS) + r"|the\s+[\w-]+['’]s)\b", re.I)
_ELIDED_PLACE_HEADS = r"(?:city|town|village|neighbou?rhood|district|province|area|suburb)"
_ELIDED_AT_PLACE = re.compile(
    r"\s+(?:in|on|at)\s+(?:(?:the\s+" + _ELIDED_PLACE_HEADS + r"\s+(?:of\s+)?)?(?:al-|el-)?[A-Z]"
    # "21 civilians were killed in raids, 15 in a northern district": a place with no name
    r"|(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?" + _ELIDED_PLACE_HEADS + r"\b)")
# "only 22 buses instead of the 40 agreed": a count set against the one before counts the same
_INSTEAD_OF_BEFORE = re.compile(r"(?:\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to))|,\s*not)\s+(?:the\s+)?$", re.I)
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:" + _ANOTHER + r")\s+$", re.I)
_JOINED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:and|as well as)\s+(?:(?:at least|more than|some|about|another)\s+)?", re.I)
# the next number opens a part of this one, or a second count sharing its verb
# (the part may be one person by age: "three civilians, among them a woman aged 70, were killed")
_OPENS_PART = re.compile(r"^\s*(?:[\w-]+,?\s+){0,3}?(?:including|among\s+them|among\s+whom|and)?(?:\s+(?:an?|the))?"
                         r"(?:\s+[a-z-]+){0,2}?(?:\s+aged)?\s*$", re.I)
_SHARED_VERB = re.compile(
    r"^[\w,.-]+\s+(?:of\s+(?:them|whom)\s+)?(?:[\w-]+,?\s+){0,6}?(?:were|was|have\s+been|has\s+been|had\s+been|are"
    r"|have|has|had)?\s*"
    r"(?P<verb>killed|died|dead|injured|wounded|martyred|executed|evacuated|displaced|detained|arrested|left|fled)\b",
    re.I)


_KILLED_AND_INJURED = re.compile(
    r"\b(?:killed|killing|kills|kill)\s+(?:and|or|/)\s+(?:injured|injuring|injures|injure|wounded|wounding|wounds|wound)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:injured|injuring|wounded|wounding)\s+(?:and|or|/)\s+(?:killed|killing)\s+(?:\w+\s+){0,2}$", re.I)
# "15 fighters were killed or wounded": one count of both, after the number
_KILLED_OR_INJURED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:killed\s+(?:and|or|/)\s+(?:injured|wounded)|(?:injured|wounded)\s+(?:and|or|/)\s+killed)\b", re.I)
# "11 were killed and 25 others injured": after "and", a count whose noun is followed at once
# by a verb is that verb's, not the one before "and"
_AFTER_AND = re.compile(r"\band\s+(?:(?:at least|more than|some|about|another|a further)\s+)?$", re.I)
_NOUN_ONLY = re.compile(r"\s*(?:[\w-]+\s+)?")
# "a town of about 45,000 people": the people of a settlement
_SETTLEMENT_OF = re.compile(r"\b(?:" + alternation(PLACE_HEADS) + r")\s+of\s+$", re.I)
_SETTLED_UNITS = frozenset(("people", "residents"))
_REMAINING_UNITS = frozenset(REMAINING_UNITS)
_REMAINING_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:(?:are|were)\s+)?(?:still\s+)?(?:" + alternation(REMAINING_CUES) + r")\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+$")
_DETENTION_ACT = re.compile(r"\b(?:" + alternation(DETENTION_ACTS) + r")\b", re.I)
_HELD_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:are|were|is|was|remain|remained|being|been)\s+(?:(?:still|now|currently|being|\w+ly)\s+)*"
    r"(?:" + alternation(DETENTION_PASSIVES) + r")\b", re.I)
# a toll's verb right after a count and its noun: "12 refugees were injured", "three hostages died"
_TOLL_VERB_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?)?"
    r"(?P<verb>killed|died|injured|wounded|martyred|executed)\b", re.I)
# the number heads the subject of the verb that follows: "killed and three others were injured"
_PASSIVE_SUBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,3}(?:were|was|have been|has been|had been|are|is|got)\s+(?:\w+ly\s+)?$", re.I)


# what makes a number in figures a date or a time rather than a count
_YEAR = re.compile(r"(1[89]|20)\d\d")
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent)")
_MONTH_BEFORE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:am|pm|a\.m|p\.m|gmt|hours)\b")
_MINUTES_AFTER = re.compile(r"[:.]\d\d")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")


def _is_date_or_time(text: str, match: re.Match[str]) -> bool:
    raw = match["digits"]
    before = text[max(0, match.start() - 12):match.start()].lower()
    after = text[match.end():match.end() + 6].lower()
    if _YEAR.fullmatch(raw) and not _PERCENT_AFTER.match(after):
        # "more than 2000 oil tankers": a bound before and a noun right after make it a count
        noun_phrase = " " + " ".join(text[match.end():match.end() + 40].split()[:2])
        return not (_CUE_BEFORE.search(text, max(0, match.start() - 24), match.start())
                    and (_unit_after(noun_phrase) or _plural_noun(noun_phrase)))
    if _MONTH_BEFORE.search(before):
        return True
    if _CLOCK_AFTER.match(after) or _MINUTES_AFTER.match(text, match.end(), match.end() + 3):
        return True
    if _MONTH_AFTER.match(text, match.end()):
        return True  # "since 21 May"
    if _ORDINAL_AFTER.match(after):
        return True
    return False
