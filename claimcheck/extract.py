"""Claims in one article: quotations, reported speech, and checkable narrative statements.

``extract_claims(article, registry)`` is the one entry point. It is pure: no printing, no
database. Rules, not a parser: quotation marks are paired per paragraph (an unbalanced mark
costs at most its own paragraph), sentences are split outside quotations, and each sentence
is read for a reporting cue with a speaker noun phrase next to it.
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import re
import string
from collections import Counter, defaultdict
from typing import Iterator, Optional

import attrs

from . import dates
from .alternation import CaseFolded, WordStarts, alternation, ascii_twin, is_plain_ascii
from .lexicon import (
    ABBREVIATIONS, ACT_OF_WORD, APPOSITION_HEADS, ATTACK_VERBS, BACK_REFERENCES, BACK_REFERENCE_KINDS, BLAME_CUES,
    BODY_ROLE_TITLES, BROADCAST_ROLES, CALLED_FALSE_FILLERS, CALLED_FALSE_SUBJECTS, CAPTION_MARKERS,
    CAUSAL_CONNECTIVES, CHAIR_LABELS, CHARACTERISED_AS_CUES, CLAIM_NOUNS, CLAUSE_CONJUNCTIONS, CLAUSE_JOINS,
    CLAUSE_VERBS, COMMA_SEQUEL_CUES, COUNTRY_NAMES, COUNT_ADJECTIVES, COUNT_NOUNS, CUE_NOT_SPEECH,
    DASH_ATTRIBUTION_LEADS, DATELINE_WIRES, DENIAL_CUES, DENIAL_PHRASES, DENIER_PRONOUNS, DISMISSAL_CUES,
    DISMISSED_STATEMENTS, EVENT_WORDS, FACILITY_HEADS, FACT_CHECK_LABELS, FALLBACK_DESCRIPTORS, FALSEHOOD_WORDS,
    FALSE_VERDICTS, GENERIC_SPEAKERS, GOVERNMENT_OFFICES, GOVERNMENT_PORTFOLIOS, GREETINGS, GUEST_LABELS,
    HELD_BY_SIDE, INSIDER_WORDS, INSTITUTION_HEADS, KIN_NOUNS, LIES_OF_PLACE, LIST_INTRODUCING_VERBS,
    LIST_ITEM_MARKERS, LOCAL_AUTHORITY_HEADS, LOST_STOP_OPENERS, LY_NOUNS, MODIFIED_BODY_HEADS, MONTHS,
    NAMED_ESTIMATE_NOUNS, NAME_ENDING_FILLERS, NAME_PARTICLES, NOT_PLACE_FIRST_WORDS, NOT_PLACE_HEADS,
    NOT_PLACE_NAMES, NOT_TITLE_WORDS, NP_GLUE, NUMBER_NOUNS, NUMBER_WORDS, OBJECT_OPENERS, OFFICE_BEFORE_OF,
    OFFICE_RANK_WORDS, OPENING_ADVERBS, OPPOSING_HEADS, ORDINAL_SPEAKERS, OWNED_VOICE_NOUNS, PARTITIVE_WORDS,
    PARTITIVE_WORDS_AFTER_CUE, PERSON_NOUNS, PERSON_ROLES, PERSON_TITLES, PLACE_ARTICLES, PLACE_HEADS,
    PLACE_HOLDER_WORDS, PLACE_MODIFIERS, PLACE_PREPOSITIONS, PLAIN_DESCRIPTOR_LEADS, PLAIN_STATE_DESCRIPTORS,
    PLURAL_PEOPLE, POINTING_PRONOUNS, PREPOSITIONAL_CUES, PRONOUN_SEQUEL_VERBS, PRONOUN_SPEAKERS, QUESTIONER_LABELS,
    QUESTION_OPENERS, RANK_TITLES, RECORD_NOUNS, REPORTING_VERBS, REQUEST_NOUNS, RESPONSIBLE_ONLY_CUES,
    ROLE_OF_BODY_HEADS, SENTENCE_FURNITURE, SEQUEL_CUES, SOUNDBITE_LABELS, SPEAKER_CUE_FILLERS, SPEAKER_DESCRIPTORS,
    SPELLING_VARIANTS, SPREAD_FALSEHOOD_VERBS, STANCE_DESCRIPTORS, STATEMENT_ANNOUNCERS, STATEMENT_NOUNS,
    STATE_BODY_NOUNS, STATE_ORGAN_HEADS, STATE_SERVANTS, STATE_SOURCE_DESCRIPTORS, STATE_WORDS, TALK_OPENERS,
    THAT_ONLY_CUES, TITLE_ABBREVIATIONS, TRANSCRIPT_ANNOUNCERS, UNPUNCTUATED_CLAUSE_JOINS, WEEKDAYS, WITNESS_VERBS,
)
from .models import PARTISAN_STANCES, Article, ArticleRef, Attribution, Claim, Quantity, SourceEntry
from .quantities import cue_measure, find_quantities
from .read import is_boilerplate
from .sources import Registry, is_person_kind, normalise, with_initialisms

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MIN_DIRECT_WORDS = 4          # shorter quoted bits are terms or fragments, not statements
EARLIER_TEXT_CHARS = 3000      # how far back a bare surname's full name is looked for
MAX_SPEAKER_CHARS = 240       # how far before a cue its speaker phrase may start
MAX_SPEAKER_WORDS = 9         # longer capitalised runs are page furniture ("Print Tweet Views")
MAX_CAPTION_CHARS = 300       # a longer paragraph with "(Photo ...)" in it is text around a caption
COUNT_REFERENCE_REACH = 300   # how far back "put the figure at 3,050" looks for the figure it answers
CONTINUATION = "continuation"  # internal: the next paragraph of a quotation already claimed
DIRECT_COVERAGE = 0.7         # share of a claim's words inside quotation marks for "direct"
MIN_SAID_BEFORE_SAYING = 4    # words a claim needs before ", saying" to be split from what follows

# (a word: letters and digits, joined by the marks inside a word, "U.N" or "al-Assad's"; written
# with possessive runs, as "[^\W_](?:[\w’'.-]*[^\W_])?" would match but without giving back
# the last letter of each word to find its end)
_WORD = re.compile(r"[^\W_]++(?:[_’'.-]++[^\W_]++)*+", re.UNICODE)
# as many matches as _WORD, each from the same letter, but run to the end of the word's
# characters without giving back the punctuation after its last letter: for counting words
_WORD_RUN = re.compile(r"[^\W_][\w’'.-]*+")
_COMMA_SEQUEL_CUES = frozenset(COMMA_SEQUEL_CUES)
_CUE_WORDS = sorted(REPORTING_VERBS, key=len, reverse=True)
# "put the Front's own losses at 11", "put the enemy's dead at": an estimate by whoever put it
_NAMED_ESTIMATE_CUE = (r"puts?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:['’]s|s['’])\s+(?:own\s+)?"
                       + alternation(NAMED_ESTIMATE_NOUNS) + r"(?=\s+at\b)")
_CUE = re.compile(
    r"(?<![\w-])(" + _NAMED_ESTIMATE_CUE + "|"
    + alternation([*PREPOSITIONAL_CUES, *_CUE_WORDS]) + r")(?![\w-])",
    re.I,
)
# Where _CUE can match in ASCII text, found in its lower case (what re.I sees) by a pattern re
# scans for the cues' first letters; _CUE itself then says whether one starts there.
_CUE_STARTS = WordStarts((c.lower() for c in (*PREPOSITIONAL_CUES, *_CUE_WORDS)), r"(?![\w-])",
                         also=_NAMED_ESTIMATE_CUE)
# matched from the word itself (after a comma or a space): an optional ", " in front would be
# tried at every position of the sentence
# ("as a warning to": after an article the word is a noun)
# (not after an auxiliary: "clashes were continuing" is the content's own verb)
# (after "that" a participle is a modifier: "said no one was killed and that warning shots were fired")
_SEQUEL = re.compile(r"(?:(?<=,)|(?<=\s))(?<!\ba )(?<!\bthe )(?<!\bwere )(?<!\bwas )(?<!\bis )(?<!\bare )(?<!\bthat )"
                     r"(?:" + alternation(SEQUEL_CUES) + r"|(?<=,\s)" + alternation(COMMA_SEQUEL_CUES)
                     + r"|(?:and|but)\s+(?:it|he|she|they)\s+(?:also\s+)?(?:[a-z]+ly\s+)?(?:"
                     + alternation(PRONOUN_SEQUEL_VERBS) + r"))"
                     r"\b(?!\s+by\b)(?:\s+that\b)?\s*", re.I)   # not "and confirmed by X"
# Where _SEQUEL can match in ASCII text: each of its matches opens with one of these words
# after a comma or a space. re would try the pattern's lookbehinds at every position.
_SEQUEL_STARTS = WordStarts({cue.lower().split()[0] for cue in (*SEQUEL_CUES, *COMMA_SEQUEL_CUES)} | {"and", "but"}, r"\b")
_PARAGRAPH = re.compile(r"[^\n]+")
_MISSING_CLOSE = re.compile(
    r",\s+(?:(?:a|an|the|another|one)\s+)?(?:[\w’'-]+\s+){0,4}?(?:said|says|told|added|adds|insisted|warned|explained)\b"
    # scraped text that lost its commas too: '"The shelling goes on said Hana Odeh, ...'
    r"|\s+(?:said|says|added|adds)\s+(?=[A-Z])"
)
_DATELINE = re.compile(
    r"(?:[\w()/.-]+\s+){0,6}?(?:\d{1,2}\s+(?:" + alternation(MONTHS)
    + r")\.?,?\s+\d{4}|(?:" + alternation(MONTHS)
    + r")\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*[.:,-]?\s+(?=[A-Z(\"“0-9])",
    re.I,
)
# a dateline's place in capitals and its day ("KYIV, March 9"), as a wire writes it before its
# name, and as a dateline before a speaker is (_PLACE_AND_DAY)
_DATELINE_PLACE_AND_DAY = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?"
_WIRE_DATELINE = re.compile(_DATELINE_PLACE_AND_DAY + r"\s*\([A-Za-z .&/-]{2,30}\)\s*[-–—]+\s*")
_MARK = re.compile("[" + OPENING + CLOSING + STRAIGHT + "]")
_CALENDAR = {*(m.lower() for m in MONTHS), *WEEKDAYS}
_GENERIC = set(GENERIC_SPEAKERS)
_GLUE = set(NP_GLUE)
_DESCRIPTORS = set(SPEAKER_DESCRIPTORS)
_APPOSITION = set(APPOSITION_HEADS)
_PRONOUNS = set(PRONOUN_SPEAKERS)
_ABBREVIATIONS = set(ABBREVIATIONS)
_TITLE_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS)
# "an advance under the pretext of fighting X" frames an act; it denies no one's claim
_UNDER_PRETEXT = re.compile(r"\b(?:under|on) the pretext\b", re.I)
_COMMA_NOT_IN_NUMBER = re.compile(r",(?!\d)")
_RELATIVE_CUE = re.compile(r"(,)?\s+(?:who|which)\s+(?:(?:also|had|has|have|later|earlier|previously|then)\s+)*$", re.I)
_LIES_OF_PLACE = re.compile(r"lies\s+(?:" + alternation(LIES_OF_PLACE) + r")\b", re.I)
_DENIAL = re.compile(r"\b(" + alternation(DENIAL_CUES) + r")\b", re.I)
_DENIAL_FOLDED = CaseFolded(_DENIAL)   # for whole texts (_DENIAL itself reads spans and cues)
_EVENT = CaseFolded(re.compile(r"\b(" + alternation(EVENT_WORDS) + r")\b", re.I))
_PLACE_AFTER_PREP = re.compile(
    r"\b(?:" + alternation(PLACE_PREPOSITIONS) + r")\s+(?:the\s+)?(?:(?:besieged|rebel-held|regime-held|"
    r"government-held|northern|southern|eastern|western|central|old|city\s+of|town\s+of|province\s+of|"
    r"district\s+of|village\s+of|neighbourhood\s+of|neighborhood\s+of|countryside\s+of|suburb\s+of)\s+)*"
    r"((?:(?:al|el|a|ad|ar|as|at|az|ash)[-\s])?[A-Z][\w’'-]+(?:\s+(?:al-|el-|a-)?[A-Z][\w’'-]+){0,2})"
)
# The pattern opens with literal characters only (an article's first letter or a capital), so
# re scans for those in C rather than trying the pattern at every position; "(?=\s)" after a
# word says at once what the space before the head would say only after giving back each letter.
_PLACE_BEFORE_HEAD = re.compile(
    r"((?:a(?:l|d|r|s|t|z|sh)?[-\s][A-Z]|el[-\s][A-Z]|" + "|".join(string.ascii_uppercase)
    + r")[\w’'-]+(?=\s)(?:\s+[A-Z][\w’'-]+(?=\s))?)\s+(?:" + "|".join(PLACE_HEADS) + r")\b"
)
# "shelled Kherson and nearby villages", "strikes hit Khan Younis and Rafah overnight": a name
# right after a verb of attack is the place attacked, when no noun follows it ("hit Vostran
# positions" names whose positions)
_NOT_CALENDAR_WORD = r"(?!(?:" + "|".join(sorted({w.capitalize() for w in (*WEEKDAYS, *MONTHS)})) + r")\b)"
_PLACE_NAME_WORDS = (r"((?:(?:al|el)-)?" + _NOT_CALENDAR_WORD + r"[A-Z][\w’'-]+(?:\s+(?:al-|el-)?"
                     + _NOT_CALENDAR_WORD + r"[A-Z][\w’'-]+){0,2})")
_PLACE_HIT = re.compile(
    r"\b(?:" + alternation(ATTACK_VERBS) + r")\s+(?:the\s+(?:city|town|village|district|port)\s+of\s+)?"
    + _PLACE_NAME_WORDS + r"(?:\s*(?:,|and)\s+" + _PLACE_NAME_WORDS + r")?(?=\s*(?:[,.;]|$|\s(?:and|on|in|overnight|"
    r"early|late|last|this|yesterday|today|with|killing|wounding|injuring|as|after|before|for|near|at|during|"
    + "|".join(sorted({w.capitalize() for w in WEEKDAYS})) + r")\b))")
# (read through its case-folded twin, its word lists as tries: re.I compares each letter
# through its case and tried every word at every position)
_TIME_WORDS = CaseFolded(re.compile(
    r"\b(?:on\s+(?:" + alternation(WEEKDAYS) + r")|yesterday|overnight|last\s+(?:night|week|month)|"
    r"(?:" + alternation(m for m in MONTHS if len(m) > 3) + r")\s+(?:\d{1,2}|\d{4})|\d{1,2}\s+(?:"
    + alternation(m for m in MONTHS if len(m) > 3) + r")|(?:19|20)\d\d)\b", re.I))
_PERSON_HINTS = set(BACK_REFERENCES["person"])
_PERSON_NOUNS = frozenset(PERSON_NOUNS)
_KIN_NOUNS = frozenset(KIN_NOUNS)
# generic heads that name people, many of them ("residents", "activists"), not a body
_PLURAL_PEOPLE = frozenset(w for w in GENERIC_SPEAKERS if w.endswith("s") and w in {
    *(h + "s" for h in (*BACK_REFERENCES["person"], *PERSON_NOUNS)), *PLURAL_PEOPLE})
_PERSON_ROLES = frozenset(PERSON_ROLES)
_DETERMINERS = {"the", "a", "an"}
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")   # "U.N", whose last full stop _WORD leaves out
_LOWER_CASE_RUN = frozenset(" abcdefghijklmnopqrstuvwxyz")
_ACRONYM = re.compile(_DOTTED_ABBREVIATION.pattern + r"|[A-Z]{2,5}")   # "U.N", "UN", "UNHCR"
_ABBREVIATED = re.compile(_DOTTED_ABBREVIATION.pattern + r"|[A-Z][a-z]{0,2}")  # "U.S", "Dr", "St"
_PARENTHETICAL = re.compile(
    r",\s*(?:meanwhile|however|though|too|also|in turn|for (?:its|their|his|her|our) part)\s*,\s*$")
_AUXILIARIES = set(SPEAKER_CUE_FILLERS)
_NAME_ENDING_FILLERS = frozenset(NAME_ENDING_FILLERS)
_LY_NOUNS = frozenset(LY_NOUNS)
_AUXILIARY_PAIRS = {("last", "week"), *(("on", day) for day in WEEKDAYS)}


def _ends_a_name(words: list[str]) -> bool:
    """"Drevania Now", "Kessan Today": capitalised after a name, such a word is the name's."""
    return (len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper()
            and words[-1].lower() in _NAME_ENDING_FILLERS)


def _adverb_in_ly(word: str) -> bool:
    """"swiftly", "angrily": a manner word between a speaker and the cue, however rare."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _strip_auxiliaries(text: str) -> str:
    """``text`` without the auxiliaries, adverbs and report times it ends with."""
    words = text.rstrip().split(" ")
    while words:
        if words[-1].lower() in _AUXILIARIES and not _ends_a_name(words) or _adverb_in_ly(words[-1]):
            words.pop()
        elif len(words) >= 2 and (words[-2].lower(), words[-1].lower()) in _AUXILIARY_PAIRS:
            del words[-2:]
        else:
            break
    stripped = " ".join(words)
    return stripped + " " if stripped != text else text
# "that" only before a verb ("an organisation that monitors the war said"), not before a
# subject of its own ("the attack that the monitor said ...")
# (what follows the relative pronoun, to the end of the text)
_RELATIVE_CLAUSE = r"\s+[^,“”\"]{1,90},?\s*"
_RELATIVE = re.compile(r"((?:\b[\w’'.-]+\s+){0,7}?\b[\w’'.-]+)\s*(?:[-–—(,]\s*)?"
                       r"(?:who|which|that(?=\s+(?!(?:this|its|his|hers|us|thus|was)\b)[a-z]+(?:s|ed)\b))"
                       + _RELATIVE_CLAUSE + "$")
_RELATIVE_CLAUSE_END = re.compile(_RELATIVE_CLAUSE)
_MEDIUM_BEFORE_CUE = re.compile(
    r",?\s+in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:" + alternation(STATEMENT_NOUNS)
    + r")\b[^,.;:“”\"]{0,110}?,?\s*$", re.I)
# "Two residents reached by phone said", "a doctor contacted by Reuters told": how the speaker
# was reached sits between the speaker and the cue
_REACHED_BEFORE_CUE = re.compile(
    r",?\s+(?:reached|contacted|interviewed)\s+by\s+(?:(?:tele)?phone|(?:the\s+)?[A-Z][^,.;:“”\"]{0,60}?)\s*,?\s*$")
# "The second said": a phrase of its own, opening the sentence
_ORDINAL_SPEAKER = re.compile(r"\s*(" + alternation(ORDINAL_SPEAKERS).replace("\\ ", r"\s+") + r")\s*", re.I)
_ORDINALS = frozenset(ORDINAL_SPEAKERS)
# "One of them said", "Many of them told me": one or some of the speakers just named; after the
# cue ('"...," said one of them') fewer words read so
_PARTITIVE_SPEAKER = re.compile(r"(?<![\w-])((?:" + alternation(PARTITIVE_WORDS).replace("\\ ", r"\s+")
                                + r")\s+of\s+them)\s*$", re.I)
_PARTITIVE_AFTER = re.compile(r"\s*((?:" + alternation(PARTITIVE_WORDS_AFTER_CUE) + r")\s+of\s+them)\b(?=\s*[,.;]|\s*$)",
                              re.I)
_NAME_WORD = r"(?:(?:al|el|bin|ibn|abu|de|van|von)[- ])?[A-Z][\w’'-]+"
_BARE_APPOSITION = re.compile(
    r"(?<![\w’'-])(?P<name>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,3})"
    r"\s(?=(?:[Tt]he|An?|a|an|[a-z][\w-]*)\s)(?:[Tt]he\s+|An?\s+|an?\s+)?(?:[\w’'.-]+\s+){0,4}?"
    r"(?i:" + alternation(PERSON_TITLES) + r")\b[^,.;:“”\"!?]{0,130}$")
# capitalised words that open a sentence before a name: "On Sunday Jane Example ..."
_NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,3}(?:(?:al|el|bin|abu|de|van|von)[- ])?)$")
_TITLES = frozenset(PERSON_TITLES)
_LETTERS = re.compile(r"[a-z]+")
_SPELLINGS = {word: pair for pair in SPELLING_VARIANTS for word in pair}
# ("the army" unnamed is the state's army in war reporting, not the latest "X Army" named)
_BODY_REFERENCES = frozenset((*BACK_REFERENCES["organisation"], *BACK_REFERENCES["outlet"])) - {"army", "military"}
_CONJUNCTIONS = frozenset(CLAUSE_CONJUNCTIONS)   # "the town but militants" is no description
_NOT_NAME_WORDS = {"on", "in", "at", "last", "this", "speaking", "meanwhile", "however", "but", "and",
                   "then", "later", "earlier", "also", "separately", "elsewhere", "moreover", "nevertheless",
                   "still", "yet", "instead", "thus", "therefore", "furthermore", "indeed", "so", "now"}
_BARE_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*[^\Ws])s\b")
_QUOTING_CUES = {"quoted", "quotes", "cited", "cites", "quoting", "citing"}
# "quoted X as saying that": the words after the cue that hand over to the content
_AS_SAYING_TAIL = r"\s+as\s+(?:saying|telling|stating|writing)\b(?:\s+that\b)?"
_AS_SAYING = re.compile(r"\s+(?P<who>[^,.;:“”\"]{2,120}?)" + _AS_SAYING_TAIL)
_LOCATING = {"in", "at", "from", "inside", "outside", "near", "on", "with"}
# people "of" a place are not the place: "the families of Halvek", "the residents of Halvek"
_PEOPLE_OF = {*PLURAL_PEOPLE, *KIN_NOUNS, "residents", "inhabitants"}
# "director at the London-based group", "a researcher with the monitor": whom a person works for,
# named by a noun that refers back
_EMPLOYER_REFERENCE = re.compile(
    r"\b(?:at|with|of|for|from)\s+(the\s+(?:[\w-]+\s+){0,2}?(?:"
    + alternation(BACK_REFERENCES["organisation"]) + r"))\b")
# "at" a province is at its administration; "in" a province is only somewhere in it
_AT_INSTITUTION = re.compile(
    r"\b(?i:source|sources|official|officials)\s+(?:at\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?i:"
    + alternation(INSTITUTION_HEADS) + r"))|(?:in|from|within)\s+the\s+((?:[A-Z][\w’'-]*\s+){0,4}(?i:"
    + alternation(h for h in INSTITUTION_HEADS if h not in ("province", "governorate", "municipality")) + r")))\b")
_INSTITUTION_MEMBER = re.compile(
    r"\b(?i:director|head|chief)\s+of\s+(?:the\s+)?((?:(?!(?:A|An|The)\s)[A-Z][\w’'-]*\s+){1,4}(?i:"
    + alternation(STATE_ORGAN_HEADS) + r"))\b|\b((?:(?!(?:A|An|The)\s)[A-Z][\w’'-]*\s+){1,4}(?i:"
    + alternation(STATE_ORGAN_HEADS) + r"))\s+(?i:source|sources|official|officials)\b")
_HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:reported|said|alleged|believed)\s+to"
    # "X was on Monday accused of dropping ...": an accusation with no accuser named
    r"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:on\s+\w+|also|widely|repeatedly)\s+)?accused\s+of"
    # "It has also been reported that ..."
    r"|\bit\s+(?:is|was|has|had)\s+(?:also\s+)?(?:been\s+)?(?:reported|claimed|alleged)\s+that)\b",
    re.I)
_RELAYING = re.compile(r"\s*,?\s*(?:quoting|citing)\s+")
# "the strikes claimed more than 100 civilians": what a strike claims is lives, not a statement
_CLAIMED_COUNT = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as)\s+)?"
    r"(?:\d|dozens\b|scores\b|hundreds\b|thousands\b|tens\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # "claimed 49 fighters were killed" states a count; "claimed 49 lives" takes them
    r"(?!(?:[\w,.-]*\s+){1,4}?(?:were|was|had\s+been|have\s+been|died)\b)", re.I)
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b")
_COMMANDER = re.compile(r"\bcommander\b")
# "According to the health ministry in Riverton, ...": where a speaker sits, before a comma
_LOCATED_THEN_COMMA = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*,)")
_MEDIUM_PREPOSITION = re.compile(r"\b(?:on|via)\s+$")   # "wrote on Telegram", "said via X"
# ", a claim the government denied": the noun that a closing denial points back with
_BY_AGENT = re.compile(r"\s+by\s+")
_QUOTE_AFTER_COLON = re.compile(r":\s*[\"“]")
_CLAIM_NOUN_BEFORE = re.compile(
    r"(?:,|\s[-–—])\s*((?:a|an)\s+(?:" + alternation(CLAIM_NOUNS) + r"))\s+(?:that\s+|which\s+)?$")
# ", speaking on condition of anonymity,", ", in the northern district,": a clause set off
# between a speaker and the cue (where the speaker is, not whom they speak for)
_SET_OFF_CLAUSE = re.compile(
    r",\s*(who|whose|which|speaking|requesting|asking|declining|citing|(?:who\s+)?spoke|in|at)\b[^,;:“”\"]*,\s*$", re.I)
_DESCRIBING_APPOSITION = re.compile(r",\s*(?:the|a|an)\s+[^,;:“”\"()]*,\s*$")
# "A spokesman – for the battalion – said": a clause between spaced dashes before the cue
_DASHED_CLAUSE = re.compile(r"\s[–—]\s[^–—;:“”\"]{2,120}?\s[–—]\s*$")
# "Commander Jon Example of the Example Brigade": a person's name before the body he is of
_PERSON_OF_BODY = re.compile(r"([A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)\s+(?:of|from|with)\s+(?:the\s+)?$")
_STATE_WORDS = re.compile(r"\b(?:" + alternation(STATE_WORDS) + r")\b")
_BODY_NOUNS = {*BACK_REFERENCES["organisation"], *BACK_REFERENCES["outlet"], "party", "organization", "force", "forces"}
# an apposition opens with a title or determiner ("a spokesman for X"), or with the body the
# person works for in the possessive ("Vostra's deputy minister", "MSF's medical coordinator")
_POSSESSOR = r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]"   # "MSF'", "Vostra'" before the s
_POSSESSIVE_OPENER = _POSSESSOR + r"s\s+[a-z]"
_APPOSITION_ALT = "|".join(sorted(_APPOSITION, key=len, reverse=True))
# also where a speaker is: "Residents of Dolgarth, 30km to the east, said"
# or with a title after plain modifiers: "X, maritime commissioner of the council, says"
_MODIFIED_TITLE = r"(?:[a-z][a-z-]+\s+){0,2}(?:" + alternation(PERSON_TITLES) + r")(?=\s+(?:of|for|at|with)\b)"
_APPOSITION_OPENER = (r"(?:(?:" + _APPOSITION_ALT + r")\b|" + _MODIFIED_TITLE + "|" + _POSSESSIVE_OPENER
                      + r"|\d+\s*(?:km|kilometres|kilometers|miles)\b)")
_APPOSITION_CLOSING = r"\s+(" + _APPOSITION_OPENER + r"[^,–—“”\"]{2,140}?)\s*[,–—]?\s*"
_APPOSITION_BEFORE = re.compile(
    r"((?:(?:al-|el-|a-)?[A-Z][\w’'.-]*|bin|abu|al|el|of|the|for|and)(?:\s+(?:(?:al-|el-|a-)?[A-Z][\w’'.-]*|bin|abu|al|el|of|the|for|and)){0,5})"
    r"(?:\s*,\s*\d{1,3})?"  # "Omar Example, 34, a father of three, told": an age after the name
    r"\s*[,–—-]" + _APPOSITION_CLOSING + "$")
# (the apposition after its comma or dash, to the end of the text)
_APPOSITION_CLOSING_END = re.compile(_APPOSITION_CLOSING)
_SEPARATOR_BEFORE_SPACE = re.compile(r"[,–—-](?=\s)")
_APPOSITION_AFTER = re.compile(
    r"\s*[,–—]\s*(" + _APPOSITION_OPENER + r"[^,–—.“”\"]{2,140}?)\s*(?:[,–—]|\.|$)")
_COMMA_OR_DASH = re.compile(r"\s*[,–—]")
# a finite verb, or a past form with its object after it ("the regime took 300 people"), makes
# the words between two commas a clause; "the group based in London" stays a description
_CLAUSE_NOT_APPOSITION = re.compile(r"\b(?:" + alternation(CLAUSE_VERBS) + r")\b"
                                    r"|\b\w+ed\s+(?:(?:" + alternation(OBJECT_OPENERS) + r")\b|\d)", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.I)
_LAST_WORD = re.compile(r"([\w.]+)[.!?]+[”\"’]?$")
_APPOSITION_SPLIT = re.compile(r"\s*[,–—]\s*")
_ENDS_WITH_PUNCTUATION = re.compile(r"[,”\"]\s*$")
_LEADING_COMMA = re.compile(r"\s*,")
_COMMA_BEFORE = re.compile(r",\s*$")
# ("during", "regarding": prepositions, not participles)
_LEADING_PARTICIPLE = re.compile(r"\s*(?!(?:during|regarding|concerning)\b)\w+ing\b")
_WHO_AFTER = re.compile(r"\s*,?\s*(?:[\w’'-]+\s+){0,4}?(?:who|whose)\b[^,.;“”\"]*")
_POSSESSIVE_END = re.compile(r"[’']s?$")
_INSTITUTION_HEAD_WORDS = frozenset(INSTITUTION_HEADS)
_COORDINATED_GENERIC = re.compile(r"\b([A-Za-z]+)\s+and\s+$")
_AGE_BEFORE_CUE = re.compile(r",\s*\d{1,3}\s*,\s*$")
_RENAMED_MEDIUM = re.compile(r"\s*on\s+[A-Z][\w.]*\s*,\s*(?:formerly|previously)\s+(?:known\s+as\s+)?[A-Z][\w.]*\s*,")
_NOT_TITLE_WORDS = frozenset(NOT_TITLE_WORDS)
_DISMISSAL_CUES = frozenset(DISMISSAL_CUES)
_THAT_ONLY_CUES = frozenset(THAT_ONLY_CUES)
_RESPONSIBLE_ONLY_CUES = frozenset(RESPONSIBLE_ONLY_CUES)
# (commas may set off a name in what is held: "the council and its chairman, General X, personally
# responsible"; a reporting verb between means another clause: "held a briefing, saying ... responsible")
_HELD_RESPONSIBLE = re.compile(r"\s+(?:(?!\b(?:saying|said|says|told|adding)\b)[^.;:“”\"]){1,100}?\s(?:[a-z]+ly\s+)?"
                               r"responsible\b")
_CHARACTERISED_AS = frozenset(CHARACTERISED_AS_CUES)
# (not "formerly known as", "such as", "as well as")
_AS_WITHIN = re.compile(r"[^.;,]{1,60}?(?<!\bknown)(?<!\bsuch)\sas\s(?!well\b)", re.I)
_DISMISSED_AS_SAID = re.compile(r"[^.;]*?\s(?:as|" + alternation(DISMISSED_STATEMENTS) + r")\b", re.I)
# "the Movement's health committee", "the Media Centre's correspondent": a body's part or
# member, the body named by words that refer back
_OWNER_BACK_REFERENCE = re.compile(r"[Tt]he\s+((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)(?:['’]s|(?<=s)['’])\s+\w")
_OWNER_POSSESSIVE = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?" + _POSSESSOR + r"s?\s")
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")
# "that" after a preposition points ("accused X of that attack"); it opens no content clause
_NEAR_THAT = re.compile(r"[^,;“”\"]{0,60}?(?<!\bof )(?<!\bin )(?<!\bfor )(?<!\bon )(?<!\bat )(?<!\bby )\bthat\b"
                        r"(?!\s+(?:day|week|month|year|night|morning|evening|time|offer|claim|report|attack)\b)")
# where that "that" ends at the latest: text without a "that" so near has none, and re need
# not try the pattern there
_NEAR_THAT_REACH = 64


def _that_near(masked: str, at: int, end: int) -> bool:
    """Whether a "that" stands within _NEAR_THAT's reach of ``at``: else the pattern cannot match."""
    return masked.find("that", at, min(end, at + _NEAR_THAT_REACH)) >= 0


_GAP_BEFORE_CONTENT = re.compile(
    r"\s*(?:from\s+(?:inside\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*)?(?:in\s+a\s+statement\s*)?,?\s*(?:that\b)?\s*:?\s*")
# ("and" too: "Turkey denied those accusations and security sources said ...")
_CLAUSE_JOIN = re.compile(r"(?:[,;”\"]\s*(?:" + alternation(CLAUSE_JOINS) + r"|and)|;|\s"
                          + alternation((*UNPUNCTUATED_CLAUSE_JOINS, "and")) + r")\s+$")
_SUBORDINATE_START = re.compile(r"\s*[“\"]?(?:While|Although|Though|Whereas)\b")
_CLAUSE_COMMA = re.compile(r"[,;”\"]\s*$")
_SENTENCE_OPENERS = {"It", "We", "They", "He", "She", "I", "There", "This", "That", "These", "Our", "My"}
_INTRODUCTION = re.compile(r"((?:[\w’'-]+ ){1,4})$")
_STATEMENT_NOUNS = set(STATEMENT_NOUNS)
_BY_AUTHOR = re.compile(r"\s+(?:by|from|of)\s+")
_COUNT_BY = re.compile(r"\s*(?:a|an|the|its|their)\s+(?:(?:" + alternation(COUNT_ADJECTIVES) + r")\s+)?(?:"
                       + alternation(COUNT_NOUNS) + r")\s+(?:(?:issued|compiled|released|published)\s+)?(?:by|from|of)\s+",
                       re.I)
# "the vessel's manifest", "industry figures", "marine tracking data", perhaps "of"/"from" someone
_RECORD_AFTER = re.compile(r"\s*((?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w’'-]*\s+){0,3}?(?:" + alternation(RECORD_NOUNS)
                           + r"))\b(?P<of>\s+(?:of|from|by|(?:kept|compiled|published|released)\s+by)\s+)?")
# "according to information available to the ministry": whose information it is speaks
_INFORMATION_OF = re.compile(r"\s*(?:the\s+)?(?:information|data|intelligence)\s+(?:(?:available|received|obtained|"
                             r"gathered|collected|provided)\s+)?(?:to|by|from|of)\s+", re.I)
_PASSIVE_AS_SAYING = re.compile(_AS_SAYING_TAIL)
# not "claimed": "the attack was claimed by X" is a claim of responsibility, not speech
_PASSIVE_AGENT_CUES = frozenset(("confirmed", "reported", "announced", "documented", "denied",
                                 "rejected", "disputed", "recorded", "stated", "described"))
_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"   # the auxiliary of a passive
_PASSIVE_AUXILIARY = re.compile(
    r"\s" + _BE + r"(?:\s+(?:later|also|first|officially|independently|initially|now|since|widely))?\s+$")
_PASSIVE_BEFORE = re.compile(r"\s" + _BE + r"\s+$")
_ACRONYM_IN_BRACKETS = r"(?:\s*\([A-Z][A-Za-z&.-]{1,9}\))?"   # "the Office for ... (OCHA), which"
_DESCRIBES_SPEAKER = re.compile(_ACRONYM_IN_BRACKETS + r"\s*,?\s*(?:which|who|whose|with|as|amid)\b")
_LOCAL_AUTHORITY = re.compile(r"(?:(?:an?|the)\s+)?local\s+(?:[a-z-]+\s+)?(?:" + alternation(LOCAL_AUTHORITY_HEADS) + r")",
                              re.I)
_HELD_BY = {side: re.compile(r"\b(?:" + alternation(words) + r")\b", re.I) for side, words in HELD_BY_SIDE.items()}
_PLAIN_AFTER_COMMA = re.compile(r"[,;]\s+((?:[a-z][a-z-]+\s+){1,2})$")
# all that follows a cue when it says how or whence, not what: "is reporting by satellite phone"
_REPORTING_MEANS = re.compile(r"(?:by|via)\s+(?:[\w-]+\s+){0,2}(?:phone|telephone|e-?mail|link|message|radio)"
                              r"|(?:live\s+)?from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+|live", re.I)
_RELATIVE_OPENED = re.compile(r"\b(?:which|where|whom|when)\s*,\s*$")
# "A, according to X, and B": the clause after X is coordinated with A, not what X said
_COORDINATED_AFTER_SPEAKER = re.compile(_ACRONYM_IN_BRACKETS + r"\s*,\s*(?:" + alternation(CLAUSE_JOINS) + r"|and)\s")
_POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
_RELATIVE_IN_PHRASE = re.compile(r"\s+(?:who|which|whose)\s+.*$", re.S)
# (a "field hospital" is a place a doctor works at, not a side's post as a "field source" is)
_INSIDER = re.compile(r"\b(?:" + "|".join(INSIDER_WORDS) + r")\b(?<!field(?=\s+(?:hospital|clinic)))")
_OPPOSING = re.compile(r"^(?:the\s+)?(?:" + "|".join(OPPOSING_HEADS) + r")\s+of\b")
# what follows a cue when it is not reported content: "told X after Tuesday's attack"
_ADVERBIAL = re.compile(
    r"\s*(?:after|before|during|following|amid|from|via|when|while|since|upon|with|alongside|without|despite"
    # ("said at least 12 were killed", "said as many as 12": a bound opens the content)
    r"|at(?!\s+(?:least|most)\b)|as(?!\s+(?:many|much|few|high|little)\s+as\b))\b")
# "X said on a visit to Y": where the words were said, not what
_OCCASION = re.compile(
    r"\s*(?:on|during|in)\s+(?:a|an|his|her|their|its)\s+(?:visit|trip|tour|call|interview|speech|address|briefing)\b")
_FURNITURE = re.compile("|".join(SENTENCE_FURNITURE), re.I)
# "a city which the army claims to have taken": a speaker inside a relative clause of the content
_OBJECT_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+$")
_DUE_TO = re.compile(r"\s*,?\s*(?:" + alternation(CAUSAL_CONNECTIVES) + r")\b")
# an inverted attribution closing a sentence: "... in the city Example Wire reported."
_TRAILING_CUE = re.compile(r"\s(reported|said|says|reports)\W*$")
# "... killed 10 people the monitor said The hospital is ...": a capitalised opener right after
# the cue starts the next sentence, whose full stop was lost in scraping
_LOST_FULL_STOP = re.compile(r"\s+(?:" + "|".join(LOST_STOP_OPENERS) + r")\s")
_LOST_STOP_OPENERS = frozenset(LOST_STOP_OPENERS) | _SENTENCE_OPENERS
# cues that report by their object ("documented 12 deaths"); followed by a preposition they
# are participles
_OBJECT_CUES = frozenset(("recorded", "documented", "counted", "registered"))
# a cue in a relative clause in the passive, with no agent, tells of its antecedent
_RELATIVE_PASSIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+$")
# "Asked about the incident, the coalition ...": a participle opens the sentence, not its subject
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\s+(?:about|to|on|by|if|whether|for|with|after|in)\b")
# a cue joined to an earlier verb of the sentence's subject: "X mourned him and said ..."
_COORDINATED_CUE = re.compile(r"\s(?:and|but)\s+(?:(?:also|later|then|had|has|have)\s+)?$", re.I)
# ("... residents had registered to leave": an infinitive, no object)
# ("a statement recorded on Saturday by Jon Example": a name or a day after the preposition too)
_PREPOSITION_AFTER = re.compile(r"\s+(?:(?:on|in|at|by|from|during|near|inside|outside|across|over)\s+(?:the\b|(?-i:[A-Z]))"
                                r"|to\s+(?!date\b)[a-z]+\b)", re.I)
# cues that are also plural nouns, and the words that make them nouns
_NOUN_LIKE_CUES = frozenset(("reports", "claims", "quotes", "estimates", "warns", "denies", "claim", "report",
                             "estimate", "quote"))
_NOUN_DETERMINER = re.compile(r"\b(?:many|several|some|these|those|other|earlier|initial|unconfirmed|conflicting|"
                              r"media|news|press|such|numerous|multiple|the|their|its|his|her|our|with|amid)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+(?:of|about|on)\s", re.I)
_SUBJECT_PRONOUN_AFTER = re.compile(r"\s+(?:they|he|she|we|it)\s+(?!said\b|says\b|told\b)", re.I)
_NOT_SPEECH = re.compile(r"\s+(?:" + "|".join(CUE_NOT_SPEECH) + r")\b", re.I)
# "Medical sources in the city told", "A source at Aleppo province said": a generic speaker
# followed by where they are
_LOCATED_SPEAKER = re.compile(
    # a capital is a capital (the pattern ignores case otherwise): "... 12 civilians dead a
    # source at the police told" starts at "a source"
    r"((?:\b(?:a|an|the|one|two|another|our|its|their)\s+(?:[\w’'-]+\s+){0,2}"
    r"|(?:\b(?!(?:" + alternation(OPENING_ADVERBS) + r")\b)(?:(?-i:[A-Z])[\w’'-]*|local|medical|military|"
    r"security|government|opposition|rebel|civil|defence|defense)\s+){1,3})?(?:" + alternation(GENERIC_SPEAKERS)
    # "residents contacted in the city", "a rescue service operating in rebel-held territory",
    # "an official familiar with the assessments", "two men interviewed", "a group tracking the violence"
    + r")\s+(?:(?:[a-z]+(?:ing|ed)\s+|familiar\s+)?(?:in|at|from|inside|outside|on|near|with|of|for|close\s+to)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    # a second place or body: "a source in the security forces in the Kurdish territories"
    r"(?:\s+(?:in|at|from|of|outside|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"|interviewed|contacted|questioned|reached|polled|surveyed"
    r"|(?:tracking|monitoring|documenting|following)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+))\s*$",
    re.I,
)
_ENDS_GENERIC = re.compile(r"(?:" + alternation(GENERIC_SPEAKERS) + r")\Z", re.I)
LOCATED_SPEAKER_WORDS = 14    # the most words after a located speaker's noun the pattern can take


LOCATED_SPEAKER_LEAD_WORDS = 3   # the most words before a located speaker's noun the pattern can take
_GENERIC_SPEAKER_WORDS = max(len(speaker.split()) for speaker in GENERIC_SPEAKERS)   # "medical staff": 2
_NON_SPACE_RUN = re.compile(r"\S+")   # a word as str.split() cuts it
# what the word after a located speaker's noun is, in lower case: a participle ("contacted",
# "operating in"), "familiar", or a preposition ("in", "close to")
_LOCATING_WORD = re.compile(r"[a-z]+(?:ing|ed)|familiar|in|at|from|inside|outside|on|near|with|of|for|close")


def _located_speaker_from(text: str, at: int) -> Optional[int]:
    """Where ``_LOCATED_SPEAKER.search(text, at)`` can first find its match, or None when it
    cannot match: the pattern is slow to fail, and it needs a word ending in a generic speaker
    among the last words, with a participle or a preposition after it, and at most
    LOCATED_SPEAKER_LEAD_WORDS words before the speaker's noun (which may have words of its
    own before that word: "medical staff"). A word with letters outside ASCII is let
    through, since re's case folding is wider than str.lower()."""
    tokens = text[at:].split()
    for index in range(max(0, len(tokens) - LOCATED_SPEAKER_WORDS - 1), len(tokens) - 1):
        word, following = tokens[index], tokens[index + 1]
        if (not following.isascii() or _LOCATING_WORD.fullmatch(following.lower())) and (
                not word.isascii() or _ENDS_GENERIC.search(word)):
            # (a match opens no more than that many words before the first such word: the
            # positions before them are not tried)
            lead = max(0, index - (_GENERIC_SPEAKER_WORDS - 1) - LOCATED_SPEAKER_LEAD_WORDS)
            return next(itertools.islice(_NON_SPACE_RUN.finditer(text, at), lead, None)).start()
    return None
# "told" is not here: the one after it is who was told ("..., told AFP"), never the speaker
_INVERTIBLE = {"said", "says", "added", "adds", "warned", "insisted", "explained", "stressed", "noted", "according to",
               "tweeted", "wrote", "reported", "told reporters"}
# the officialese of communiques and briefings, inverted only after a quotation or a comma
# ('"...," declared Jon Example'), never after a subject ("which in June declared an Islamic caliphate")
_INVERTIBLE_AFTER_PUNCTUATION = {"declared", "declares", "stated", "announced", "affirmed", "asserted", "replied",
                                 "continued", "recalled", "emphasised", "emphasized", "admitted", "conceded", "argued"}
_NP_PREPOSITIONS = set(PLACE_PREPOSITIONS) | {"with", "for", "of", "by"}
_NP_LINKS = {"of", "for", "with", "at", "from"}
_OPENING_ADVERBS = frozenset(OPENING_ADVERBS)
# words that never describe a noun as an adjective does ("according to which fighters ...")
_FUNCTION_WORDS = frozenset(("which", "whom", "whose", "that", "this", "these", "those", "what", "where", "when",
                             "who", "how", "why", "while", "whether", "if", "as", "to", "by", "in", "on", "at"))
_TIME_AFTER_CUE = re.compile(
    r"^(?:\s*,?\s*(?:on|in|last|this|late|early|earlier|overnight|today|yesterday|tonight|on\s+\w+\s+evening|"
    # a bare weekday ("reported Wednesday"), not one before a count ("said Friday 19 people")
    + r"(?:" + "|".join(sorted(WEEKDAYS)) + r")(?!\s+\d))"
    r"(?:\s+(?:" + "|".join(sorted(_CALENDAR)) + r"|week|month|year|night|morning|evening|afternoon|day|a\s+statement|statements?|an\s+interview|remarks|\d{1,2}|\d{4}))*\b)+",
    re.I,
)


# what is left of a sentence that ends with who relayed it: " by local media."
_AGENT_ONLY = re.compile(r"\s*,?\s*(?:by\s+[^,;:]{1,80})?[.!?”\"]*\s*")
# all that follows a cue is where it was said: "said in its daily bulletin posted on the website"
_MEDIUM_AFTER = re.compile(
    r"\s*,?\s*(?:in|on)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,4}?(?:" + alternation(STATEMENT_NOUNS)
    + r")\b(?:\s+(?:\w+ed|on|in|at|by)\b(?:(?!\bthat\b)[^.;:“”\"])*)?[\s.]*")
_TIME_ONLY = re.compile(_TIME_AFTER_CUE.pattern.removeprefix("^") + r"\s*", re.I)


@attrs.frozen
class _Quote:
    open: int            # position of the opening mark
    start: int           # first character of the quoted words
    end: int             # one past the last quoted character
    close: Optional[int]  # position of the closing mark, None when the paragraph ran out
    continues: bool = False  # carries on a quotation left open at the previous paragraph's end


@attrs.frozen
class _Speaker:
    name: str
    outlet: Optional[str]
    stance: str
    basis: str
    descriptor: str      # every word of the noun phrase and its apposition, lower case
    is_person: bool
    kind: str = ""       # the sources.toml kind of a known speaker ("monitor", "NGO", ...)


# Patterns used once per paragraph, sentence or speaker are compiled here once: re.search(str, ...)
# looks each one up in re's cache on every call.
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?”\"]\s*$")
_OPENING_QUOTE = re.compile(r"[“\"]")
# (a dash after a full stop opens a scraped subheading: "... a toll. - Air raids kill thousands -")
_SENTENCE_END = re.compile(r"[.!?]+[”\"’]?(?=\s+(?:[-–—]\s+)?[“\"A-Z0-9(])")


# --- paragraphs and quotation marks -------------------------------------------------------------
# "Results of the strike, according to the brigade's reconnaissance:" / "The ministry said:"
_LIST_INTRODUCTION = re.compile(
    r"(?:\baccording\s+to\s+(?P<after>[^:\n]{2,80}?)|(?P<before>[^:\n]{2,80}?)\s+(?P<verb>"
    + alternation(LIST_INTRODUCING_VERBS) + r")(?:\s+(?:that|the\s+following|in\s+a\s+statement))?)\s*:[ \t]*$")
_LIST_ITEM = re.compile(r"[ \t]*(?:" + alternation(LIST_ITEM_MARKERS) + r"|\d{1,2}[.)])[ \t]+(?=\S)")
_SPEAKER_PHRASE_START = re.compile(r".*(?:[,;:—–]|\s-\s)\s*")


def _listed_items(body: str) -> dict[int, tuple[int, int, str, str]]:
    """The items of lists that an attribution introduces: {item line start: (item start, item
    end, speaker phrase, cue)}. Items run from the line after the introduction (a blank line
    between is allowed) to the first line that is not an item."""
    items: dict[int, tuple[int, int, str, str]] = {}
    if ":\n" not in body and ": \n" not in body:
        return items
    lines = list(_PARAGRAPH.finditer(body))
    for index, line in enumerate(lines):
        introduction = _LIST_INTRODUCTION.search(line.group())
        if introduction is None:
            continue
        if introduction.group("after"):
            phrase, cue = introduction.group("after"), "according to"
        else:
            # "Results of the strike, the ministry said:": the speaker after the last comma or dash
            before = introduction.group("before")
            lead = _SPEAKER_PHRASE_START.match(before)
            phrase = before[lead.end():] if lead else before
            cue = introduction.group("verb")
        for item_line in lines[index + 1:]:
            marker = _LIST_ITEM.match(item_line.group())
            if marker is None:
                break
            start = item_line.start() + marker.end()
            end = item_line.end()
            while end > start and body[end - 1] in " \t;,.":
                end -= 1
            if end > start:
                items[item_line.start()] = (start, end, phrase.strip(), cue)
    return items


def _content_paragraphs(article: Article, listed: dict[int, tuple[int, int, str, str]]) -> list[tuple[int, int]]:
    """Spans of paragraphs that carry reporting: no headline, teaser, caption or furniture.
    The items of an attributed list are kept, however short."""
    body = article.body
    title = normalise(article.title or "")
    spans = []
    for match in _PARAGRAPH.finditer(body):
        start, end = match.span()
        if start in listed:
            spans.append((start, end))
            continue
        line = match.group().strip()
        lowered = line.lower()
        if is_boilerplate(line) or (len(line) < MAX_CAPTION_CHARS and any(m in lowered for m in CAPTION_MARKERS)):
            continue
        if title and len(line) < len(title) + 40:
            norm = normalise(line)
            if norm == title or title in norm:
                continue
        if len(line) < 70 and not _ENDS_LIKE_SENTENCE.search(line) and not _OPENING_QUOTE.search(line):
            continue  # headings and sub-headings carry no attribution
        if len(line) < 40 and dates.find_date(line):
            continue
        # scraped text often opens with the headline and a dateline again:
        # "Sun 10 Jul 2016 <headline>. ..." or "<headline> Monitor AFP Monday 17 Oct 2016 ..."
        start = _skip_dateline(body, start, end)
        if title:
            head_end = _title_prefix_end(body, start, end, title)
            if head_end:
                start = _skip_dateline(body, head_end, end)
        while start < end and body[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


def _title_prefix_end(body: str, start: int, end: int, title: str) -> Optional[int]:
    """Where a repeated headline at the start of a paragraph ends, if the paragraph opens with one."""
    words = _WORD.findall(body[start:min(end, start + len(title) + 20)])
    wanted = title.split()
    got = [w.lower() for w in words[:len(wanted)]]
    if len(wanted) < 3 or normalise(" ".join(got)) != " ".join(wanted):
        return None
    # the headline's words only: the paragraph is often the whole article
    last = list(itertools.islice(_WORD.finditer(body, start, end), len(wanted)))[len(wanted) - 1]
    cut = last.end()
    while cut < end and body[cut] in ".:;,-–— ":
        cut += 1
    return cut


def _skip_dateline(body: str, start: int, end: int) -> int:
    """Past a dateline of a few words ending in a date ("Monitor AFP Monday 17 Oct 2016"), a
    wire's ("KYIV, March 9 (Reuters) - ", "GAZA CITY (AP) — ") or a live page's time stamp
    ("⚡️ 07:40 — ", "14:05 GMT - ")."""
    window_end = min(end, start + 90)
    match = (_DATELINE.match(body, start, window_end) or _WIRE_DATELINE.match(body, start, window_end)
             or _TIME_STAMP.match(body, start, window_end))
    return match.end() if match else start


# a dateline before the speaker ("KESWYN AIR BASE, September 9 – The ministry has rejected as
# fabricated ..."): where and when the report was filed, never what was said
_PLACE_AND_DAY = re.compile(_DATELINE_PLACE_AND_DAY)
_TIME_STAMP = re.compile(r"[^\w\s\"“‘'(]{0,4}\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|[AaPp]\.?[Mm]\.?|local time))?"
                         r"\s*[-–—:|]\s+(?=\S)")


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


# Single quotation marks as the quotes of copy that uses no double ones (British style): an
# opening mark after a space or an opening bracket, before a word; a closing one after a word or
# its punctuation, before a space, punctuation or the paragraph's end. "the Corps' command" (an
# s and a lower-case word after it) is a possessive, not a closing mark.
# (the mark first, and what may stand before it looked behind for after, so that re scans for
# the marks in C instead of trying the lookbehinds at every position of the body)
_SINGLE_OPENING = re.compile(r"['‘](?<![^\s(\[—–-]['‘])(?=[\w\"(£$€])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?;:)%…-])['’](?=[\s.,;:!?)—–-]|$)")
_POSSESSIVE_AFTER_S = re.compile(r"(?<=s)['’] +[a-z]")


def _with_double_quotes(body: str) -> str:
    """``body`` with the single quotation marks of copy that has no double ones turned into
    straight double marks, character for character (so every span stays where it was); a
    mark opening a quotation that runs on is turned only when the next paragraph opens with
    a mark, as newspapers continue a quotation. Unchanged when the copy has double marks."""
    if any(mark in body for mark in '"“”„«»') or not _SINGLE_OPENING.search(body):
        return body
    chars = list(body)
    paragraph_starts = [0, *(m.end() for m in re.finditer(r"\n\s*\n", body))]
    paragraph_ends = [*(m.start() for m in re.finditer(r"\n\s*\n", body)), len(body)]
    for index, (start, end) in enumerate(zip(paragraph_starts, paragraph_ends)):
        text = body[start:end]
        closings = [m.start() for m in _SINGLE_CLOSING.finditer(text)]
        plain = [c for c in closings if not _POSSESSIVE_AFTER_S.match(text, c)]
        openings = [m.start() for m in _SINGLE_OPENING.finditer(text)]
        after = 0
        for k, opening in enumerate(openings):
            if opening < after:
                continue
            # a closing mark before the next opening one; one that reads as a possessive only
            # when no other closes it ("had stopped 'at least 70 tonnes of weapons' reaching")
            limit = next((o for o in openings[k + 1:] if o > opening), len(text))
            close = next((c for c in plain if opening + 1 < c < limit), None)
            if close is None:
                close = next((c for c in closings if opening + 1 < c < limit), None)
            if close is not None:
                chars[start + opening] = chars[start + close] = '"'
                after = close + 1
            elif index + 1 < len(paragraph_starts) and _SINGLE_OPENING.match(body, paragraph_starts[index + 1]):
                chars[start + opening] = '"'   # a quotation carried on in the next paragraph
                break
    return "".join(chars)


def _quotes(body: str, paragraphs: list[tuple[int, int]]) -> list[_Quote]:
    """Pair quotation marks paragraph by paragraph.

    A quotation left open at a paragraph's end continues into the next paragraph only when that
    paragraph opens with a quotation mark (the newspaper convention); otherwise it stops at its
    paragraph end, so one unbalanced mark never swallows the rest of the article.
    """
    found: list[_Quote] = []
    left_open = False
    for start, end in paragraphs:
        text = body[start:end]
        first = text.lstrip()[:1]
        continues = left_open and (first in OPENING or first == STRAIGHT)
        left_open = False
        open_at: Optional[int] = None
        for mark in _MARK.finditer(text):
            i = mark.start()
            ch = text[i]
            # a straight mark after a full stop and a space, before a word, opens the next
            # quoted paragraph of one quotation whose paragraphs were run together in scraping
            # ('beside me. "I thought'): the whole is one claim
            reopens = (ch == STRAIGHT and open_at is not None and _is_opening(text, i)
                       and text[:i].rstrip()[-1:] in ".!?" and text[i - 1:i].isspace())
            if ch in OPENING or reopens or (ch == STRAIGHT and open_at is None and _is_opening(text, i)):
                if open_at is not None:  # a new opening mark while open: the first was unbalanced
                    found.append(_unbalanced(body, start + open_at, start + i, continues))
                    continues = False
                open_at = i
            elif open_at is not None:
                found.append(_Quote(start + open_at, start + open_at + 1, start + i, start + i, continues))
                continues = False
                open_at = None
        if open_at is not None:
            quote = _unbalanced(body, start + open_at, start + len(text.rstrip()), continues)
            found.append(quote)
            left_open = quote.end == start + len(text.rstrip())
    return [q for q in found if q.end > q.start]


def _unbalanced(body: str, open_at: int, end: int, continues: bool) -> _Quote:
    """A quotation with no closing mark: it ends where its own attribution starts, if it has
    one ('"The bombing goes on, a resident said.'), else at the end of its paragraph."""
    inner = body[open_at + 1:end]
    attribution = _MISSING_CLOSE.search(inner)
    if attribution:
        return _Quote(open_at, open_at + 1, open_at + 1 + attribution.start(), None, continues)
    return _Quote(open_at, open_at + 1, end, None, continues)


# --- sentences ------------------------------------------------------------------------------
def _sentences(body: str, start: int, end: int, quotes: list[_Quote]) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph, never breaking inside a quotation."""
    inside = [(q.open, (q.close if q.close is not None else q.end)) for q in quotes if start <= q.open < end]
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(body[start:end]):
        cut = start + match.end()
        if any(a < cut - 1 < b for a, b in inside):
            continue
        word = _LAST_WORD.search(body[max(start, cut - 12):cut])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if word and len(word.group(1)) == 1 and "A" <= word.group(1) <= "Z":
            continue  # an initial: "George W. Bush"
        spans.append((cursor, cut))
        cursor = cut
        while cursor < end and body[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return spans


# --- speakers -----------------------------------------------------------------------------
def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=4096)   # asked of each word before each cue, and the same words recur
def _np_word(word: str) -> bool:
    lower = word.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")
    if lower in _CALENDAR or lower in _OPENING_ADVERBS:
        return False  # "Meanwhile a source said": the adverb opens the sentence, not the name
    return (word[:1].isupper() or lower in _GLUE or lower in _GENERIC or lower in _DESCRIPTORS
            or lower in _PERSON_HINTS or lower in _DESCRIPTOR_STANCE or lower.endswith("-based") or lower.startswith("al-")
            or lower.startswith("pro-")
            # "a doctor at the city's main hospital", "the town's mayor": an owner inside the phrase
            or (word.endswith(("'s", "’s")) and lower.isalpha()))


def _object_not_speaker(phrase: str) -> bool:
    """Whether a phrase before a participle cue is a thing, not a speaker: its head (after
    the determiner) is a lower-case word no speaker is called by ("an ultimatum to ...")."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in _DETERMINERS:
        return False
    head = words[1].lower()
    return (words[1].islower() and head not in _GENERIC and head not in _DESCRIPTORS
            and head not in _PERSON_HINTS and head not in _DESCRIPTOR_STANCE and not head.endswith("-based"))


def _is_plural_generic(word: str) -> bool:
    lower = word.lower()
    return word.islower() and lower in _GENERIC and (lower.endswith("s") or lower in ("men", "women", "people"))


def _valid_np(words: list[str]) -> bool:
    if not words:
        return False
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        return True
    content = [w for w in words if w.lower() not in _GLUE]
    if not content:
        return False
    return any((w[:1].isupper() or (w[:3].lower() in ("al-", "el-") and w[3:4].isupper()))
               and w.lower() not in _CALENDAR for w in content) or any(
        w.lower().removesuffix("’s").removesuffix("'s") in _GENERIC for w in content)


# "Opposition media are circulating claims that ...": the verb between the spreaders and the
# claims they spread
_SPREADING_BEFORE = re.compile(r"\s+(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+)?"
                               r"(?:(?:already|now|still|also|again|widely)\s+)?(?:"
                               + alternation(v for v in SPREAD_FALSEHOOD_VERBS if v.endswith("ing")) + r")\s+$")


def _speaker_before(masked: str, start: int, cue_at: int) -> Optional[tuple[int, str]]:
    """The speaker noun phrase ending right before a cue: (start offset, phrase)."""
    start = max(start, cue_at - MAX_SPEAKER_CHARS)
    spreading = (_SPREADING_BEFORE.search(masked, max(start, cue_at - 40), cue_at)
                 if "ing " in masked[cue_at - 6:cue_at] else None)
    if spreading is not None and spreading.start() > start:
        # "Opposition media are circulating claims that ...": the spreaders speak
        return _speaker_before(masked, start, spreading.start())
    contact_at = max(start, cue_at - CONTACT_CLAUSE_CHARS)
    window = masked[contact_at:cue_at]
    contact = _CONTACT_CLAUSE.search(masked, contact_at, cue_at) if " I " in window or " we " in window else None
    if contact is not None and (contact.group("head").lower() in _GENERIC or contact.group("head").lower() in RANK_TITLES):
        # "A nurse I spoke to said", "a farmer we met in Dorsa said": the writer's own clause
        # about the speaker, whose words (a place, a town) are no speaker
        return contact.start("np"), contact.group("np")
    dashed = _DASHED_CLAUSE.search(masked, max(start, cue_at - 130), cue_at) if "–" in masked[cue_at - 3:cue_at] \
        or "—" in masked[cue_at - 3:cue_at] else None
    if dashed is not None and dashed.start() > start:
        described = _speaker_before(masked, start, dashed.start())
        if described is not None:
            # the clause is the speaker's apposition: whom a spokesman is "for" decides the side
            return described[0], masked[described[0]:cue_at].rstrip(" –—")
    set_off = (_SET_OFF_CLAUSE.search(masked, max(start, cue_at - 160), cue_at)
               if "," in masked[max(start, cue_at - 3):cue_at] else None)
    if set_off is None and "," in masked[max(start, cue_at - 3):cue_at]:
        # "Jon Example, spokesman of the Example Army (EA), the largest group in the alliance,
        # said": a second apposition describes the body of the first, not a speaker
        described = _DESCRIBING_APPOSITION.search(masked, max(start, cue_at - 120), cue_at)
        if described is not None and described.start() > start:
            named = _phrase_before(masked, start, described.start())
            if named is not None and masked[named[0]:named[0] + 1].isupper():
                if "," in named[1]:
                    return named
                # (a single apposition is the speaker's own: "Jane Example, a spokeswoman for X, said")
                return _phrase_before(masked, start, cue_at) or named
    if set_off is None or set_off.start() <= start:
        return _phrase_before(masked, start, cue_at)
    # a clause set off by commas describes the speaker before it: "Medecins Sans Frontieres
    # (MSF), which supplies the hospital, said" (where the bracketed acronym hides the noun the
    # clause follows), and where the phrase with its clause is no speaker, "An official familiar
    # with the talks, speaking on condition of anonymity, said"
    if set_off.group(1).lower() == "which" and masked[set_off.start() - 1:set_off.start()] == ")":
        return _speaker_before(masked, start, set_off.start()) or _phrase_before(masked, start, cue_at)
    # ("Linde, speaking in the presence of his guards, acknowledged": the clause's own nouns
    # are not the speaker, who stands before it, unless the clause names the speaker: "A
    # resident, who gave his name only as Benedek, said")
    inner = _phrase_before(masked, start, cue_at)
    if inner is not None and _NAMED_AS.search(masked, max(start, inner[0] - 40), inner[0]):
        return inner
    return _speaker_before(masked, start, set_off.start()) or inner


def _relative_clause(segment: str) -> Optional[re.Match[str]]:
    """``_RELATIVE.search(segment)``. The pattern is slow to fail, trying each run of words
    before each relative pronoun; it cannot match unless the text after some "who", "which" or
    "that" is a clause running to the end, so that is looked for first."""
    for pronoun in ("who", "which", "that"):
        at = segment.find(pronoun)
        while at >= 0:
            if _RELATIVE_CLAUSE_END.fullmatch(segment, at + len(pronoun)):
                return _RELATIVE.search(segment)
            at = segment.find(pronoun, at + 1)
    return None


# apposition heads that may open a phrase as its title ("spokesman X"), built once, not per phrase
_APPOSITION_OPENERS = frozenset(_APPOSITION - _DETERMINERS - {"one", "who", "whose"})


def _phrase_before(masked: str, start: int, cue_at: int) -> Optional[tuple[int, str]]:
    """``_speaker_before`` once a clause set off before the cue has been dealt with."""
    age = _AGE_BEFORE_CUE.search(masked, max(start, cue_at - 12), cue_at)
    if age:
        # "Jon Example, 45, said": the age after a name is no part of the phrase
        named = _speaker_before(masked, start, age.start())
        if named is not None and named[1][:1].isupper():
            return named
    segment = masked[start:cue_at]
    # "IS in a statement published on its channels said": the medium sits between speaker and cue
    medium = _MEDIUM_BEFORE_CUE.search(segment, max(0, len(segment) - 140)) if " in " in segment[-140:] else None
    if medium and medium.start() > 0:
        cue_at = start + medium.start()
        segment = segment[:medium.start()]
    reached = _REACHED_BEFORE_CUE.search(segment, max(0, len(segment) - 90)) if " by " in segment[-90:] else None
    if reached and reached.start() > 0:
        cue_at = start + reached.start()
        segment = segment[:reached.start()]
    partitive = _PARTITIVE_SPEAKER.search(segment, max(0, len(segment) - 30)) if " of them" in segment[-10:] else None
    if partitive:
        return start + partitive.start(1), partitive.group(1)
    ordinal = _ORDINAL_SPEAKER.fullmatch(segment) if len(segment) < 20 else None
    if ordinal:
        return start + ordinal.start(1), ordinal.group(1)
    # "X, meanwhile, reject" and "X has also denied": drop what stands between speaker and cue,
    # looking at the tail only, since both sit right before the cue
    cut = max(0, len(segment) - 60)
    tail = segment[cut:]
    if tail.rstrip().endswith(","):
        tail = _PARENTHETICAL.sub(" ", tail)
    segment_trimmed = segment[:cut] + _strip_auxiliaries(tail)
    # the phrase itself is short: tokenise only the end of the segment
    word_from = max(0, len(segment_trimmed) - 150)
    words = _words(segment_trimmed[word_from:], start + word_from)
    if words and word_from and words[0][0] == start + word_from:
        words = words[1:]  # a word cut in half at the window's edge
    if words and words[-1][2].lower() in _PRONOUNS:
        return words[-1][0], words[-1][2]
    # relative clause: "a negotiator who requested anonymity told",
    # "Central Command which oversees operations in the Middle East said"
    rel = _relative_clause(segment_trimmed) if (" who " in segment_trimmed or " which " in segment_trimmed
                                                 or " that " in segment_trimmed) else None
    if rel:
        rel_words = _words(rel.group(1), start + rel.start(1))
        rel_taken: list[tuple[int, int, str]] = []
        # "a spokesman for the Front, which ...": before a relative clause set off by commas, a
        # link word joins the head noun before it
        set_off = segment_trimmed[rel.end(1):rel.end(1) + 3].lstrip().startswith(",")
        for word in reversed(rel_words):
            if not _np_word(word[2]) or (rel_taken and rel_taken[0][2].lower() in _DETERMINERS
                                         and not (set_off and word[2].lower() in _NP_LINKS)):
                break
            rel_taken.insert(0, word)
        # "A field commander, who ...": plain adjectives between the article and the noun
        rest = rel_words[:len(rel_words) - len(rel_taken)]
        if rel_taken and 2 <= len(rest) <= 3 and rest[0][2].lower() in _DETERMINERS and all(
                w[2].isalpha() and w[2].islower() for w in rest[1:]):
            rel_taken = [*rest, *rel_taken]
        if rel_taken and _valid_np([w[2] for w in rel_taken]):
            phrase_start = rel_taken[0][0]
            if _place_of_generic(masked, start, phrase_start):
                # "an activist from Riverton who fled said": the speaker is the activist
                place_end = rel_taken[-1][1]
                located_from = _located_speaker_from(masked[start:place_end], max(0, place_end - start - 120))
                located = (_LOCATED_SPEAKER.search(masked, start + located_from, place_end)
                           if located_from is not None else None)
                if located and located.start(1) >= start:
                    phrase_start = located.start(1)
            elif "," in masked[start:phrase_start]:
                # "Name, a spokeswoman for the service, which ...": the noun before the relative
                # pronoun closes an apposition, whose name is the speaker
                appositive = _apposition_before(masked, start, rel_taken[-1][1])
                if appositive is not None:
                    return appositive
            return phrase_start, masked[phrase_start:start + rel.end()].strip(" ,")
    taken: list[tuple[int, int, str]] = []
    i = len(words) - 1
    # a number inside a name counts as part of it: "France 24", "Channel 4"
    while i >= 0 and (_np_word(words[i][2]) or (words[i][2].isdigit() and i >= 1 and words[i - 1][2][:1].isupper())):
        gap = segment_trimmed[words[i][1] - start:taken[0][0] - start].strip() if taken else ""
        if gap and not (gap == "." and (_ABBREVIATED.fullmatch(words[i][2]) or words[i][2].lower() in _TITLE_ABBREVIATIONS)) \
                and not _around_acronym(masked, gap, words[i], taken[0]):
            break  # punctuation between two words ends the phrase ("U.S. official" and "State (IS) group" do not)
        if taken and taken[0][2].lower() in _DETERMINERS and words[i][2].lower() not in _NP_LINKS:
            break  # "...entering Turkey the Britain-based Observatory": a phrase starts at its article
        taken.insert(0, words[i])
        i -= 1
    # "... a child and two women SANA news agency reported": a plural common noun right before a
    # name ends what was said; a phrase does not run from "women" into "SANA"
    for k in range(len(taken) - 1, 0, -1):
        if taken[k][2][:1].isupper() and _is_plural_generic(taken[k - 1][2]):
            taken = taken[k:]
            break
    if taken and masked[taken[-1][1]:taken[-1][1] + 1] == ")" and "(" in masked[taken[0][0]:taken[-1][1]]:
        taken[-1] = (taken[-1][0], taken[-1][1] + 1, taken[-1][2] + ")")   # "the Example Network (ENW)"
    # "his office said": whose office it is decides for whom it speaks
    if taken and i >= 0 and words[i][2].lower() in _POSSESSIVES and taken[0][2].lower() in _GENERIC \
            and not segment_trimmed[words[i][1] - start:taken[0][0] - start].strip():
        taken = [words[i], *taken]
    # "the terrorist group said": a definite description with plain adjectives before its noun
    elif taken and taken[0][2].lower() not in _DETERMINERS and (taken[0][2].lower() in _BODY_NOUNS
                                                                 or taken[0][2].lower() in _GENERIC):
        for width in (1, 2, 3):
            if i - width < 0 or words[i - width][2].lower() not in ("the", "this", "a", "an", "our", "my"):
                continue
            between = words[i - width + 1:i + 1]
            # (an acronym may open the adjectives: "the U.N. refugee agency", "the UN children's agency")
            acronym = _ACRONYM.fullmatch(between[0][2]) is not None and len(between) > 1
            if width == 3 and not acronym:
                continue  # three plain words may be a clause ("the safe corridors which rebels")
            # nothing but those words between the determiner and the noun: no comma, no dash
            gap = segment_trimmed[words[i - width][1] - start:taken[0][0] - start]
            allowed = _LOWER_CASE_RUN | set(between[0][2]) if acronym else _LOWER_CASE_RUN
            if all(w[2].isalpha() and w[2].islower() and w[2] not in _GLUE and w[2] not in _CONJUNCTIONS
                   for w in between[acronym:]) and \
                    set(gap.replace(between[0][2] + ".", "") if acronym else gap) <= allowed:
                taken = [*words[i - width:i + 1], *taken]
                break
        else:
            run = _PLAIN_AFTER_COMMA.search(masked, max(start, taken[0][0] - 40), taken[0][0]) \
                if len(taken) == 1 and taken[0][2].endswith("s") else None
            if run and all(w.lower() not in _GLUE and w.lower() not in _CONJUNCTIONS and w.lower() not in _FUNCTION_WORDS
                           for w in run.group(1).split()):
                # "..., aid workers said", "..., rescue workers said": plain nouns before a generic
                # plural, right after the comma that ends what was said
                return run.start(1), masked[run.start(1):taken[-1][1]]
            taken = _with_modifiers(masked, start, words, i, taken)
    before_taken = masked[max(start, taken[0][0] - 30):taken[0][0]].split() if taken else []
    # (the phrase may open with the "of" of "the town of Ostel")
    named_at = next((w[0] for w in taken if w[2].lower() not in _NP_LINKS), None)
    in_place = (len(before_taken) >= 2 and before_taken[-1].lower() in _LOCATING
                and before_taken[-2].lower() in _GENERIC) or (named_at is not None
                                                              and _place_of_generic(masked, start, named_at))
    # "a doctor at the Example district hospital told": a place's name cut the phrase short of
    # the speaker it locates
    cut_at_name = (len(taken) == 1 and taken[0][2].islower() and taken[0][2] in _GENERIC
                   and len(before_taken) >= 3 and before_taken[-1].lower() in _PLACE_HEAD_WORDS
                   and before_taken[-2][:1].isupper())
    valid = bool(taken) and _valid_np([w[2] for w in taken])
    if not valid or in_place or cut_at_name:
        # "A source in Riverton said": the name after "in" is where the speaker is
        tail_at = max(0, len(segment_trimmed) - 120)
        located_from = _located_speaker_from(segment_trimmed, tail_at)
        located = _LOCATED_SPEAKER.search(segment_trimmed, located_from) if located_from is not None else None
        if located and located.group(1).split()[-1].lower() not in _CALENDAR:
            bare = _unpunctuated_apposition(masked, start, cue_at, start + located.start(1))
            if bare:
                return bare
            # "residents and rebels on the ground": a generic noun coordinated before the phrase
            at = start + located.start(1)
            coordinated = _COORDINATED_GENERIC.search(masked, max(start, at - 30), at)
            if coordinated and coordinated.group(1).lower() in _GENERIC:
                at = coordinated.start(1)
            owner = (_OWNER_BEFORE.search(masked, max(start, at - 7), at)
                     or _OWNER_PHRASE_BEFORE.search(masked, max(start, at - 80), at))
            if owner is not None:
                # "our sources in the town", "the Example military's coordination centre in Dorsa":
                # whose they are decides their side
                at = owner.start()
            return at, masked[at:start + located.end(1)].strip()
    if not taken:
        return _apposition_before(masked, start, cue_at) or _unpunctuated_apposition(masked, start, cue_at, cue_at)
    while taken and taken[0][2].lower() in ("and", "of", "for", "s"):
        taken.pop(0)
        valid = None   # (asked again of what is left)
    if not (valid if valid is not None else _valid_np([w[2] for w in taken])):
        # "Name, 34, a father of three, told": the words before the cue end an apposition
        return _apposition_before(masked, start, cue_at) if masked[start:cue_at].rstrip().endswith(",") else None
    if masked[start:taken[0][0]].rstrip().endswith(","):
        # '"...," the head of the mission, Ambassador Jane Example, told': the title before the name
        introduced = _introduced_name(masked, start, taken)
        if introduced:
            return introduced
    appo = _apposition_before(masked, start, taken[0][0], tail_end=cue_at)
    if appo and len(appo[1]) > 0:
        return appo
    title_first = taken[0][2].lower() in _APPOSITION_OPENERS or (
        taken[0][2].lower() in _TITLES) or (
        len(taken) > 1 and taken[0][2].lower() in _DETERMINERS and (
            taken[1][2].lower() in _TITLES or taken[-1][2].lower() in _TITLES
            or taken[-1][2].lower() in _PERSON_ROLES)) or (   # "the X foreign minister", "a teacher"
        len(taken) > 1 and taken[0][2][:1].isupper() and _POSSESSIVE_END.search(taken[0][2]) is not None)  # "X's envoy"
    if title_first and masked[start:taken[0][0]].rstrip().endswith(","):
        # "Name, head of X said": the comma closing the apposition was lost, not the opening one
        appo = _apposition_before(masked, start, cue_at)
        if appo:
            return appo
    # "... alliance a monitor said" names its speaker whole; "... from Riverton told" or "at the
    # London-based group says" ends an apposition
    bare = None
    if taken[0][2].lower() not in _DETERMINERS or _follows_preposition(masked, start, taken[0][0]):
        bare = _unpunctuated_apposition(masked, start, cue_at, taken[0][0])
    if bare:
        return bare
    introduced = _introduced_name(masked, start, taken)
    if introduced:
        return introduced
    role = _ROLE_OF_BODY.search(masked, max(start, taken[0][0] - 50), taken[0][0])
    if role is not None:
        # "the director of the city's main hospital said": the role's holder, not the hospital
        return role.start(), masked[role.start():taken[-1][1]]
    return taken[0][0], masked[taken[0][0]:taken[-1][1]]


_ROLE_OF_BODY = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:" + alternation(ROLE_OF_BODY_HEADS)
                           + r")\s+(?:of|at|for)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}$")
CONTACT_CLAUSE_CHARS = 100   # how far before a cue the writer's "I spoke to" clause may start
_CONTACT_CLAUSE = re.compile(
    r"(?<![\w-])(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*))\s+(?:I|we)\s+(?:(?:have|had)\s+)?[a-z]+(?:\s+[\w'’-]+){0,5}?\s*$")
MAX_MODIFIERS = 3   # "the ODB press service", "our visual investigations team"
_MODIFIER = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_SPEAKER_DETERMINERS = {"the", "this", "our", "my", "its", "their", "his", "her"}
_MODIFIED_BODY_HEADS = frozenset(MODIFIED_BODY_HEADS)
_NOT_MODIFIERS = {*_AUXILIARIES, "is", "are", "was", "were", "be", "been", "not", "who", "which", "that"}


def _with_modifiers(masked: str, start: int, words: list[tuple[int, int, str]], last: int,
                    taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A speaker's head noun with the words that make it a name of its own: "the ODB press
    service", "Sorrenta's interior ministry", "our visual investigations team", "Ilvane civic
    defence" opening the sentence. The modifiers (names and plain words, ``words`` up to index
    ``last``) must run back, unbroken, to a determiner or to the start of the sentence, so that
    what was said before an unpunctuated cue is never taken in."""
    if taken[-1][2].lower() not in _MODIFIED_BODY_HEADS:
        return taken
    coordinated = False   # "our water and sanitation team": two plain modifiers joined by "and"
    for j in range(last, max(-1, last - MAX_MODIFIERS - 2), -1):
        word = words[j][2]
        gap = masked[words[j][1]:words[j + 1][0] if j + 1 < len(words) else taken[0][0]]
        if gap.strip():
            return taken   # punctuation between: the phrase ended there
        lower = word.lower()
        if lower in _SPEAKER_DETERMINERS:
            if coordinated and lower in ("the", "this"):
                return taken   # "the army and police": two bodies, not one with two modifiers
            # (a determiner right before the head adds nothing: the caller has read "the service")
            return [*words[j:last + 1], *taken] if j < last else taken
        if (lower == "and" and not coordinated and last > j > 0 and words[j - 1][2].islower()
                and words[j + 1][2].islower()):
            coordinated = True
            continue
        if (not _MODIFIER.fullmatch(word) or lower in _GLUE or lower in _CONJUNCTIONS or lower in _PRONOUNS
                or lower in _CALENDAR or lower in _NOT_MODIFIERS):
            return taken
        before = masked[start:words[j][0]].rstrip()
        if not before or before.endswith(","):
            # the sentence, or a clause after a comma, opens with the phrase: a proper name must
            # open it ("Ilvane civic defence", "Across the bridge, Sorrentan border police"), one
            # the text writes with a capital inside a sentence too, unlike "Fighting continued
            # overnight army sources said"
            return [*words[j:last + 1], *taken] if _proper_name(masked, word) else taken
    return taken


def _proper_name(masked: str, word: str) -> bool:
    """Whether a capitalised word is a name: an acronym, a possessive, or written with its
    capital inside a sentence too."""
    stem = word.removesuffix("’s").removesuffix("'s")
    return stem.isupper() or stem != word or re.search(r"[a-z,;] " + re.escape(stem) + r"\b", masked) is not None


MAX_INTRODUCTION_WORDS = 10   # "The head of the UN refugee agency, Jane Example, said"


def _introduced_name(masked: str, start: int, taken: list[tuple[int, int, str]]) -> Optional[tuple[int, str]]:
    """"Vostra's foreign minister, Jon Example, said": a person's name set off by commas after
    the title that opens the sentence. The phrase is given name first ("Jon Example, Vostra's
    foreign minister"), as an apposition after a name is read, with the same length, so that
    offsets computed from it still hold."""
    if not (2 <= len(taken) <= 4 and all(w[2][:1].isupper() or w[2].lower() in _NAME_PARTICLES for w in taken)):
        return None
    lead = masked[start:taken[0][0]]
    comma = lead.rstrip().rfind(",")
    if comma <= 0 or lead[comma + 1:].strip():
        return None
    # '"...," the spokesman, Jon Example, said': the title starts after the quotation
    opening = max(lead.rfind(mark, 0, comma) for mark in ('"', "“", "”")) + 1
    title = lead[opening:comma].strip()
    words = title.split()
    if not words or len(words) > MAX_INTRODUCTION_WORDS or "," in title or not _TITLES & {
            w.lower().strip("’'") for w in words}:
        return None
    after_quotation = opening > 0 and words[0].lower() in _SPEAKER_DETERMINERS
    if (words[0][:1].islower() and not after_quotation) or any(w.lower() in _NOT_TITLE_WORDS for w in words):
        return None  # a clause before the name, not its title
    title_at = start + lead.index(title, opening)
    name = masked[taken[0][0]:taken[-1][1]]
    separator = masked[title_at + len(title):taken[0][0]]
    return title_at, name + separator + title


MAX_PLACE_MODIFIERS = 2   # "in northern rural X": words between a preposition and a place
GENERIC_BEFORE_PLACE = 4  # "the directorate of health in X": how far back the generic head may stand
_PLACE_MODIFIERS = frozenset(PLACE_MODIFIERS)


def _place_of_generic(masked: str, start: int, at: int) -> bool:
    """Whether the capitalised words at ``at`` are where a generic speaker is ("Activists in
    rural Riverton", "the directorate of health in east Riverton", "a commission of inquiry on
    Vostra"), so that the speaker is the generic phrase, not the place."""
    first_word = masked[at:at + 30].split(maxsplit=1)[:1]
    if not first_word or not first_word[0][:1].isupper() or first_word[0].lower() in _DETERMINERS:
        return False   # "... arrived on the scene the statement said": a phrase of its own
    before = masked[max(start, at - 120):at].split()
    i = len(before) - 1
    headed = i >= 1 and before[i] == "of" and before[i - 1].lower() in _PLACE_HEAD_WORDS
    if headed:
        i -= 2   # "the besieged town of Ostel": the place's head stands before its name
    modifiers = 0
    while i >= 0 and modifiers < MAX_PLACE_MODIFIERS and before[i] in _PLACE_MODIFIERS:
        i -= 1
        modifiers += 1
    if i >= 0 and before[i] == "the":
        i -= 1
    # ("residents of the town of Ostel": of a place so headed, "of" places its people too)
    if i < 1 or not (before[i].lower() in _LOCATING or headed and before[i].lower() == "of"):
        return False
    return any(word.lower() in _GENERIC for word in before[max(0, i - GENERIC_BEFORE_PLACE):i])


_SHORT_OBJECT_CUES = frozenset(c for c in (*DENIAL_CUES, *BLAME_CUES) if " " not in c)


def _short_object(body: str, content: tuple[int, int], cue: str) -> bool:
    """Whether a one- or two-word content is still a claim: what a denial or a blame names
    ("denied responsibility", "blamed rebels"), not a pronoun ("blamed it"), unless a denial's
    pronoun closes its sentence ("The junta denies this."): it denies what was just reported."""
    if cue not in _SHORT_OBJECT_CUES or content[1] <= content[0]:
        return False
    if _denied_just_before(body, content, cue):
        return True
    words = body[content[0]:content[1]].lower().split()
    return 0 < len(words) <= 2 and not set(words) <= _PRONOUNS | _DETERMINERS


def _denied_just_before(body: str, content: tuple[int, int], cue: str) -> bool:
    """"The junta denies this.", "Residents rejected the account.": a denial whose object, closing
    the sentence, is a lone pronoun or a claim noun pointed at."""
    denied = body[content[0]:content[1]].lower()
    return (_DENIAL.fullmatch(cue) is not None and (denied in _POINTING_PRONOUNS or _POINTED_CLAIM.fullmatch(denied))
            and _DENIAL_ENDS.match(body, content[1]) is not None)


# the sentence ends after what a denial points at, or goes on with its speaker's next verb
# ("rejected the claim as 'a fabrication' and said ...")
_DENIAL_ENDS = re.compile(r"[\"”’']?(?:\.|$|,?\s+and\s+(?:" + alternation(REPORTING_VERBS) + r")\b)")


# "the claim", "those claims outright", "the claim as 'a cowardly lie'": what was just reported
_POINTED_CLAIM = re.compile(r"(?:the|this|that|these|those|such)\s+(?:" + alternation(CLAIM_NOUNS) + r")s?"
                            r"(?:\s+(?:outright|categorically|flatly|firmly|entirely|completely))?"
                            r"(?:\s+as\s+[^.;]+)?")


_POINTING_PRONOUNS = frozenset(POINTING_PRONOUNS)
_POINTING_OBJECT = re.compile(r"\s*(" + alternation(POINTING_PRONOUNS) + r")\W*", re.I)


def _sequel_content_is_claim(body: str, content: tuple[int, int], sequel: str) -> bool:
    """Whether what a sequel reports is a claim: three words or more, a count after a count
    cue ("... and put the death toll at 30"), or whom a speaker blames ("and blamed rebels")."""
    return (_count_words(body, *content) >= 3 or _toll_count(body, content, sequel)
            or _short_object(body, content, sequel.split()[-1].lower()))


# (and the cues that take a count as their object: "The observers counted 62 remains")
_COUNTING_CUE = re.compile(r"\b(?:toll|total|losses|" + alternation((*NUMBER_NOUNS, *_OBJECT_CUES)) + r")\b", re.I)


def _toll_count(body: str, content: tuple[int, int], cue: str) -> bool:
    """A bare count after a toll cue is a claim: "... gave a death toll of 12", "put the toll
    at five", "put the figure at 3,050", "put its own losses at 23"."""
    if not _COUNTING_CUE.search(cue):
        return False
    text = body[content[0]:content[1]]
    return any(ch.isdigit() for ch in text) or any(word.lower() in NUMBER_WORDS for word in _WORD.findall(text))


def _passive_tail_end(masked: str, agent_end: int, end: int, registry: Registry) -> Optional[int]:
    """Where a passive report's clause after its agent ends, or None when it has none of its
    own: "Three deaths were reported by rescuers | after barrels were dropped on the town" runs
    to the sentence end, or to an outlet's own closing "Example Wire reported"; a clause with a
    cue of its own ("with the agency saying ...") is a claim of its own."""
    if not _ADVERBIAL.match(masked, agent_end, end):
        return None
    tail_cue = _TRAILING_CUE.search(masked, agent_end, end)
    tail_speaker = _speaker_before(masked, agent_end, tail_cue.start(1)) if tail_cue else None
    tail_end = end
    if tail_speaker is not None:
        # "in rebel-held Riverton Example Wire reported": the known name is the outlet
        tail_end = tail_speaker[0]
        phrase_words = tail_speaker[1].split()
        for k in range(1, len(phrase_words)):
            if registry.lookup(" ".join(phrase_words[-k:])) is not None:
                tail_end = tail_speaker[0] + len(" ".join(phrase_words[:-k])) + 1
                break
    return None if _CUE.search(masked, agent_end, tail_end) else tail_end


def _around_acronym(masked: str, gap: str, word: tuple[int, int, str], after: tuple[int, int, str]) -> bool:
    """Whether the punctuation between two words of a name is the bracket of an acronym
    inside it: "the Example Front (EF) militant group"."""
    if gap == ")":
        return word[2].isupper() and masked[word[0] - 1:word[0]] == "("
    if gap == "(":
        return after[2].isupper() and masked[after[1]:after[1] + 1] == ")"
    return False


def _follows_preposition(masked: str, start: int, at: int) -> bool:
    """Whether the word right before ``at`` (within the sentence from ``start``) is a
    preposition: a noun phrase there is the object of something, not a speaker."""
    before = masked[max(start, at - 12):at].split()
    return bool(before) and before[-1].lower() in _NP_PREPOSITIONS


def _follows_count(masked: str, start: int, at: int) -> bool:
    """Whether a number, in figures, stands right before ``at`` after other words of the
    sentence: "killed 12 fighters" counts them ("Two residents said" opens with its speaker)."""
    before = masked[max(start, at - 16):at].split()
    if len(before) >= 1 and before[-1].replace(",", "").isdigit() and bool(masked[start:at - len(before[-1]) - 1].strip()):
        return True
    # "killed a nurse and two soldiers said the monitor": a count opening the phrase after a
    # verb or a list's "and" is what was counted too
    opening = masked[at:at + 16].split()[:1]
    if opening and opening[0].lower() in ("a", "an") and before and _VERB_FORM.fullmatch(before[-1]) is not None:
        return True   # (so is "a nurse" right after "killed")
    return (bool(opening) and (opening[0].lower() in NUMBER_WORDS or opening[0].replace(",", "").isdigit())
            and len(before) >= 1 and (before[-1] in ("and", "or") or _VERB_FORM.fullmatch(before[-1]) is not None))


_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)")


def _unpunctuated_apposition(masked: str, start: int, cue_at: int, np_start: int) -> Optional[tuple[int, str]]:
    """"Jane Example the governor of Y a border province told": scraped text loses the commas
    around an apposition, and the words next to the cue are then the end of the apposition
    ("Y a border province"), not the speaker. A person's name (two or more capitalised words)
    followed by a determiner or a lower-case word, a job title and its complements is read
    as "Name, apposition". The space after the name becomes the comma, so offsets hold."""
    window = max(start, cue_at - MAX_SPEAKER_CHARS)
    if _TITLES.isdisjoint(_LETTERS.findall(masked[window:cue_at].lower())):
        return None  # no job title, no apposition: the pattern is slow to fail, this is quick
    match = _BARE_APPOSITION.search(masked, window, cue_at)
    if not match or match.start("name") >= np_start:
        return None
    name_at = match.start("name")
    for word in match.group("name").split():
        lower = word.lower()
        if lower not in _CALENDAR and lower not in _DESCRIPTORS and lower not in _NOT_NAME_WORDS:
            break
        name_at += len(word) + 1
    if len(masked[name_at:match.end("name")].split()) < 2:
        return None
    phrase = masked[name_at:match.end("name")] + "," + masked[match.end("name") + 1:cue_at].rstrip()
    return name_at, phrase


def _apposition_before(masked: str, start: int, end: int, tail_end: Optional[int] = None) -> Optional[tuple[int, str]]:
    """"Name, a correspondent with X, " or "Name – governor of Y –" ending at ``end``."""
    segment = masked[start:end]
    if "," not in segment and "–" not in segment and "—" not in segment and "-" not in segment:
        return None
    # (the pattern is slow to fail, trying each run of words before each comma; it cannot match
    # unless an apposition after some comma or dash runs to the end, so that is looked for first)
    closed = any(_APPOSITION_CLOSING_END.fullmatch(segment, separator.end())
                 for separator in _SEPARATOR_BEFORE_SPACE.finditer(segment))
    match = _APPOSITION_BEFORE.search(segment) if closed else None
    if not match:
        return None
    name_words = match.group(1).split()
    # "However, the meeting ended with X saying": a sentence adverb is nobody's name
    # ("Since July, the militants held the town, officials said": a time clause, not a name)
    while name_words and (name_words[0].lower() in ("the", "of", "for", "and") or name_words[0].lower() in _NOT_NAME_WORDS
                          or name_words[0].lower() in _CALENDAR or name_words[0].lower() in _NOT_TITLE_WORDS):
        name_words.pop(0)
    if not name_words or not name_words[0][:1].isupper():
        return None
    name_start = start + match.start(1) + match.group(1).find(name_words[0])
    if _follows_preposition(masked, start, name_start):
        return None  # "... were killed in Riverton, the monitor said": the place is no speaker
    tail = masked[name_start:(tail_end or end)].strip(" ,–—")
    return name_start, tail


_BODY_AFTER_GENERIC = re.compile(r"\s+(?:with|of|for|from|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,5}")


def _speaker_after(masked: str, begin: int, end: int, closed: bool = False) -> Optional[tuple[int, str]]:
    """The speaker phrase right after a cue ("said Magne Barth, the head of X", "according to Y")."""
    partitive = _PARTITIVE_AFTER.match(masked, begin, end)
    if partitive:
        return partitive.start(1), partitive.group(1)   # '"...," said one of them'
    count = _COUNT_BY.match(masked, begin, end) or _INFORMATION_OF.match(masked, begin, end)
    if count:
        # "according to a new toll from the monitor": the one who counted speaks
        return _speaker_after(masked, count.end(), end, closed)
    record = (_RECORD_AFTER.match(masked, begin, end)
              if masked[max(0, begin - 12):begin].lower().endswith("according to") else None)
    if record:
        # "according to the vessel's manifest", "according to industry figures": the record
        # speaks, unless it is someone's ("figures compiled by the ministry")
        if record.group("of"):
            return _speaker_after(masked, record.end(), end, closed) or (record.start(1), record.group(1))
        return record.start(1), record.group(1)
    segment = masked[begin:end]
    words = _words(segment, begin)
    taken: list[tuple[int, int, str]] = []
    plain: list[tuple[int, int, str]] = []   # plain words taken before a generic noun
    for index, word in enumerate(words):
        if taken and word[0] < taken[-1][1]:
            continue  # taken already, with the modifiers of a body's name
        gap = masked[taken[-1][1]:word[0]].strip() if taken else masked[begin:word[0]].strip()
        if gap and not (taken and gap == "." and (_DOTTED_ABBREVIATION.fullmatch(taken[-1][2])
                                                  or taken[-1][2].lower() in _TITLE_ABBREVIATIONS)
                        and word[2] not in _LOST_STOP_OPENERS):
            # punctuation between words ends the phrase, but "U.N. estimates", "Dr. Jane Example"
            # and, in the same sentence, "the U.N. Office for ..." go on
            break
        if taken and word[2] in _SENTENCE_OPENERS:
            break  # "said al-Example It is ...": a sentence whose full stop was lost starts here
        if taken and (word[2].lower() in NUMBER_WORDS or word[2][:1].isdigit()):
            break  # "according to the agency two clinics ...": a count opens the content
        if (all(w[2].lower() in _GLUE or w in plain for w in taken) and word[2].isalpha() and word[2].islower()
                and word[2] not in _FUNCTION_WORDS and word[2] not in NUMBER_WORDS and any(w[2].lower() in _GENERIC for w in words[index + 1:index + 3])):
            # "according to preliminary reports", "according to local aid workers": plain words
            # before the noun
            taken.append(word)
            plain.append(word)
            continue
        modified = _modified_head(masked, words, index) if taken and taken[-1][2][:1].isupper() else None
        if modified is not None:
            # "the Riverton health ministry", "the Movement's health committee", "Ilvar civic
            # defence": plain words between a name and its body's head noun
            taken.extend(words[index:modified + 1])
            continue
        # a title goes on to the name right after it: "said the group's director Jon Example"
        titled = (word[2].lower() in _TITLES and index + 1 < len(words) and words[index + 1][2][:1].isupper()
                  and not masked[word[1]:words[index + 1][0]].strip())
        if _np_word(word[2]) or titled or (word[2].lower() in _PRONOUNS and not taken):
            taken.append(word)
            if word[2].lower() in _PRONOUNS:
                break
        else:
            break
    while taken and taken[-1][2].lower() in _GLUE:
        taken.pop()
    if (len(taken) >= 3 and taken[-2][2].lower() in ("a", "an") and taken[-1][2].lower() in _PERSON_ROLES
            and taken[-3][2][:1].isupper()):
        del taken[-2:]   # "said Jon Example a nurse based in ...": the comma before the role was lost
    if not taken or not _valid_np([w[2] for w in taken]):
        return None
    phrase_end = taken[-1][1]
    if taken[-1][2].lower() in _STATEMENT_NOUNS:
        # "according to a statement by the ministry": the author of the statement speaks
        by = _BY_AUTHOR.match(masked, phrase_end, end)
        author = _speaker_after(masked, by.end(), end, closed) if by else None
        if author is not None:
            return author
    if taken[-1][2].lower() in _GENERIC and taken[-1][2].islower():
        # '"...," said a volunteer with the Example Red Crescent': whom a generic speaker is with
        body = _BODY_AFTER_GENERIC.match(masked, phrase_end, end)
        if body is not None:
            phrase_end = body.end()
    after = masked[phrase_end:end]
    appo = _APPOSITION_AFTER.match(after)
    # "According to X, the deal ...": with content still to come, an apposition must be closed
    if appo and closed and not _COMMA_OR_DASH.match(after[appo.end(1):]):
        appo = None
    if (appo and closed and _CLAUSE_NOT_APPOSITION.search(appo.group(1))
            and not _RELATIVE_WORD.search(appo.group(1))):
        # "According to the committee, the regime took 300 people out, although ...": what the
        # committee says, between commas, not a description of it
        appo = None
    if appo:
        phrase_end = phrase_end + appo.end(1)
    return taken[0][0], masked[taken[0][0]:phrase_end]


def _modified_head(masked: str, words: list[tuple[int, int, str]], index: int) -> Optional[int]:
    """The index of a body's head noun that plain words from ``index`` lead to, unbroken."""
    for k in range(index, min(len(words), index + MAX_MODIFIERS + 1)):
        word = words[k][2]
        if not (word.isalpha() and word.islower() and word not in _FUNCTION_WORDS) or (
                k > index and masked[words[k - 1][1]:words[k][0]].strip()):
            return None
        if word in _MODIFIED_BODY_HEADS or word in _INSTITUTION_HEAD_WORDS:
            return k
    return None


def _names_someone(phrase: str, registry: Registry) -> bool:
    """A generic speaker ("activists"), a body the registry knows, or a name of two words."""
    words = phrase.split()
    return (words[-1].lower() in _GENERIC or registry.lookup(phrase) is not None
            or sum(w[:1].isupper() for w in words) >= 2)


def _sentence_subject(masked: str, start: int, end: int) -> Optional[tuple[int, str]]:
    """The noun phrase a clause opens with, if it names someone: "The envoy also met ..." -> The envoy."""
    opening_time = _TIME_AFTER_CUE.match(masked[start:end])
    if opening_time:
        start += opening_time.end()   # "On Thursday the envoy ...": the subject follows the time
    taken: list[tuple[int, int, str]] = []
    for word in _words(masked[start:min(end, start + 120)], start):
        if not taken and word[2].lower() in _OPENING_ADVERBS:
            continue  # "However many reports ...": the subject follows the adverb
        if taken and masked[taken[-1][1]:word[0]].strip():
            break
        if not _np_word(word[2]) or word[2].lower() in _CALENDAR:
            break
        taken.append(word)
    while taken and taken[-1][2].lower() in _GLUE:
        taken.pop()   # "The ministry and its allies": the phrase ends before "and"
    if (not taken or not _valid_np([w[2] for w in taken]) or taken[0][2] in _SENTENCE_OPENERS
            or taken[0][2].lower() in _NOT_NAME_WORDS):
        return None
    return taken[0][0], masked[taken[0][0]:taken[-1][1]]


# a registry body's name shortened from the front: capitalised words, "of", "for", "and", "in"
_CAPITALISED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|in))*\s+[A-Z][\w’'-]*")
# the proper name of a place with its head: "the Sefrin Charity Hospital"
_FACILITY_NAME = re.compile(
    r"\b(?:[A-Z][\w’'-]*\s+){1,4}(?:" + alternation(h.capitalize() for h in FACILITY_HEADS) + r")\b")
# the owner of a body sitting somewhere: "the Example military's coordination (centre in Dorsa)"
_OWNER_PHRASE_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?:\b[A-Z][\w-]*\s+){0,3}\b(?:[\w-]+['’]s|[A-Z][\w-]*s['’])\s+(?:[a-z-]+\s+){0,2}$")
_OWNER_BEFORE = re.compile(r"\b(?:" + alternation(_POSSESSIVES) + r")\s+$", re.I)
# where or when it was said, between a cue and its sequel: "said in Geneva, adding that ..."
# (the cue's object may have taken the preposition: what is left is a name)
_SEQUEL_GAP = re.compile(r"\s*(?:(?:in|on|at|from|during|after|late|early|via)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
                         r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s*")
_SEQUEL_AFTER_SPEAKER = re.compile(r"\s*(?:" + alternation(c for c in SEQUEL_CUES if c.endswith("ing")) + r")\b")
_AFFILIATION_AFTER = re.compile(r"\s*(?:from|of|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:al-)?[A-Z]")
# "that" opening a clause about the speaker (a verb follows), not reported content ("that the")
_RELATIVE_THAT = re.compile(r"\s*that\s+(?:has|have|had|is|was|[a-z]+(?<!thi)s|[a-z]+ed)\b")


def _ends_sentence(masked: str, speaker_span: tuple[int, str], end: int, strict: bool = False) -> bool:
    """Whether a speaker phrase after a cue closes its sentence. ``strict`` allows fewer
    trailing words ("on Friday"), for when the words before the cue may be its subject."""
    rest = masked[speaker_span[0] + len(speaker_span[1]):end]
    if rest.lstrip().startswith((",", "who", "which", "adding", "citing", "in a statement", "on ", "in ", "last ", "earlier", "this ", "yesterday", "today",
                                 "speaking", "requesting", "declining")):
        return True
    if (_WORD.findall(rest[:12]) or [""])[0] in _SENTENCE_OPENERS:
        return True  # the next sentence, its full stop lost in scraping
    if _RELATIVE_THAT.match(rest):
        return True  # "... said the head of the group that relies on ...": about the speaker
    if _SEQUEL_AFTER_SPEAKER.match(rest):
        return True  # "... said the source, stressing that ...": the same speaker goes on
    if speaker_span[1][:1].isupper() and _AFFILIATION_AFTER.match(rest):
        return True  # "... said Jon Example from the Vostra brigade that operates ...": whom he is with
    return len(_WORD_RUN.findall(rest)) <= (2 if strict else 6)


_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|will|would|could|can|did|does|do|may|might|must|should)\b")


_OWNED_BY_PRONOUN = re.compile(r"(its|their)\s+((?:[a-z-]+\s+)?[a-z-]+)")
_OWNED_VOICES = frozenset((*_BODY_NOUNS, *_PERSON_HINTS, *OWNED_VOICE_NOUNS))
_SUBJECT_OF_LAST_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?P<np>(?:[Tt]he\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:(?:has|have|had)\s+(?:not\s+)?"
    r"|(?:is|are|was|were|did|does|do)\s+|[a-z]+ed\s+)[^.!?\n]*[.!?]\s*$")


def _resolve(phrase: str, registry: Registry, history: list[_Speaker], context: str = "",
             publisher: Optional[_Speaker] = None, earlier_text: str = "", lead_in: str = "") -> _Speaker:
    """Name, outlet and stance for a speaker phrase, resolving "he", "the paper" and a surname
    used alone after the full name. ``context`` is a relative clause about the speaker
    ("who defected"), read for stance descriptors only; ``lead_in`` is the sentence before the
    speaker ("In Iraq, a defence ministry statement said")."""
    # "the Alliance's claim that ...": the owner of a claim noun is its speaker
    phrase = phrase.strip(" ,–—").removesuffix("'s").removesuffix("’s")
    # "X which oversees operations in Y": the relative clause describes the speaker, it does
    # not name it, so it is read like an apposition (for stance words only)
    relative = _RELATIVE_IN_PHRASE.search(phrase) if " wh" in phrase else None
    if relative and relative.start() > 0:
        context = f"{phrase[relative.start():]} {context}"
        phrase = phrase[:relative.start()].rstrip(" ,–—-(")
    head, sep, apposition = _split_apposition(phrase)
    words = head.split()
    if len(words) > MAX_SPEAKER_WORDS:   # a run of capitalised furniture, not a name
        head = " ".join(words[-MAX_SPEAKER_WORDS:])
        phrase = head + (sep + " " + apposition if sep else "")
    lower = phrase.lower()
    if lower in _PRONOUNS:
        if lower == "i" and publisher is not None and publisher.outlet:
            # "Today I counted more than fifty patients", outside any quotation: the writer, or
            # the broadcaster's reporter in a transcript, speaks in the publisher's voice
            return _Speaker(publisher.outlet, publisher.outlet, publisher.stance, publisher.basis, "", False)
        wanted_person = lower in ("he", "she", "i")
        subject = _body_opening_last_sentence(earlier_text) if lower == "it" and earlier_text else None
        if subject is not None and not (history and history[-1].descriptor == subject.lower()):
            # "The ministry has put out a statement. It says ...": the body the sentence before
            # was about, though it said nothing there
            return _resolve(subject, registry, history, publisher=publisher, earlier_text=earlier_text)
        person = _person_opening_last_sentence(earlier_text) if lower in ("he", "she") and earlier_text else None
        if person is not None and not any(e.is_person and e.name.split()[-1:] == person.split()[-1:]
                                          for e in history[-1:]):
            # "Dr Jane Example, who runs the hospital, keeps a list of 36 names. 'Thirty-six dead,'
            # she said": the person the sentence before was about, though she said nothing there
            return _resolve(person, registry, [], publisher=publisher)
        for earlier in reversed(history):
            if earlier.is_person == wanted_person or lower in ("they", "we"):
                return earlier
        if lower in ("he", "she") and history and _named_person(history[-1], earlier_text):
            # "who gave his name only as Benedek, said ... 'Nobody knows,' he said"
            return attrs.evolve(history[-1], is_person=True)
        if lower == "we" and publisher is not None and publisher.outlet:
            # "We documented 163 deaths" with no one quoted before: the publisher's own voice
            return _Speaker(publisher.outlet, publisher.outlet, publisher.stance, publisher.basis, "", False)
        named = _last_introduced_person(earlier_text) if lower in ("he", "she") and earlier_text else None
        if named is not None:
            # "Col. Jon Example, the group's spokesman, walked me through the ruins. 'They held
            # out for a day,' he said": introduced, not yet a speaker
            return _resolve(named, registry, [], publisher=publisher)
        spoken_to = _SPOKEN_TO.search(earlier_text[-SPOKEN_TO_CHARS:]) if lower in ("he", "she") and earlier_text else None
        if spoken_to is not None:
            # "I spoke to a nurse who did not want to give her name. She said, ...": the one the
            # writer spoke to, unnamed
            return _Speaker(spoken_to.group(1), None, "unknown", "none", spoken_to.group(1).lower(), True)
        return _Speaker(phrase, None, "unknown", "none", lower, lower in ("he", "she"))
    owned = _OWNED_BY_PRONOUN.fullmatch(lower)
    if owned is not None and owned.group(2).split()[-1] in _OWNED_VOICES:
        # "Its media said", "their spokesman said": the side of the body the pronoun refers to
        owner = _resolve("it" if owned.group(1) == "its" else "they", registry, history, context,
                         publisher, earlier_text)
        subject = _SUBJECT_OF_LAST_SENTENCE.search(earlier_text[-300:]) if owner.stance == "unknown" else None
        if subject is not None:
            # "The junta has not acknowledged the loss. Its media said ...": the subject of the
            # sentence before, though it said nothing there
            owner = _resolve(subject.group("np"), registry, [], publisher=publisher)
        if owner.stance != "unknown":
            return _Speaker(phrase, owner.outlet or owner.name, owner.stance, owner.basis, lower,
                            owned.group(2).split()[-1] in _PERSON_HINTS)
    if lower in _ORDINALS:
        # "One said", "the second said": one of the people counted just before, "he" after it,
        # of their side when they spoke as a group
        group = _people_who_spoke_last(history)
        if group is not None:
            return _Speaker(phrase, group.outlet, group.stance, group.basis, lower, True)
        return _Speaker(phrase, None, "unknown", "none", lower, True)
    if _PARTITIVE_SPEAKER.fullmatch(phrase):
        # "Two residents said ... One of them said": one of the people who spoke just before,
        # whose side is theirs; after a body, "them" are others the text counted
        return _people_who_spoke_last(history) or _Speaker(phrase, None, "unknown", "none", lower, False)
    if lower.startswith(("our ", "my ")) and publisher is not None and publisher.outlet:
        # "our correspondent", "our visual investigations team", a blogger's "my brigade
        # sources": the publisher's own people
        return _Speaker(phrase, publisher.outlet, publisher.stance, publisher.basis, "",
                        lower.split()[-1] in _PERSON_HINTS)
    described = _described_earlier(lower, earlier_text, registry) if earlier_text else None
    if described is not None:
        return described
    spelled = _spelled_out(phrase, earlier_text, registry) if earlier_text else None
    if spelled is not None:
        # "the KIA said" after "the Kesswa Independence Army (KIA)": the name it stands for
        return _resolve(spelled, registry, history, publisher=publisher, earlier_text=earlier_text)
    earlier = _referred_body(lower, history, earlier_text, registry)
    if earlier is None and earlier_text:
        earlier = _named_by_one_word(phrase, earlier_text, registry)
    tokens = lower.split()
    if earlier is None and earlier_text and len(tokens) == 2 and tokens[0] == "the" and tokens[1] in _PERSON_HINTS:
        # "The spokesman replied" after "Spokesman Jon Example answered questions": introduced
        # with that title, not yet a speaker
        named = _last_introduced_person(earlier_text)
        if named is not None and tokens[1] in named.lower():
            return _resolve(named, registry, [], publisher=publisher)
    published = _PUBLISHER_WORD.fullmatch(phrase) if publisher is not None and publisher.outlet else None
    if earlier is None and published and published.group(1) in publisher.outlet.split()[1:]:
        # "the Herald's records", "the Herald's correspondent" in the Example Herald: its own
        if not published.group(2):
            return publisher
        return _Speaker(phrase, publisher.outlet, publisher.stance, publisher.basis, "", tokens[-1] in _PERSON_HINTS)
    if earlier is None and lead_in:
        # "the Front announced" after "Fighters of the Example Front took ..." in its sentence
        # (by name only: "the group" there may be any group the content names)
        # (or "the Confederation said" after "... of the Ishran Tribal Confederation took ...")
        earlier = (_mentioned_earlier(lower, lead_in, registry, by_name_only=True)
                   or _named_by_one_word(phrase, lead_in, registry))
    if earlier is not None:
        return earlier
    untitled = _untitled(head)
    surname = untitled if " " not in untitled else head   # "Col. Strode": the surname after a title
    full = _full_name(surname, earlier_text) if earlier_text and " " not in surname and surname[:1].isupper() else None
    introduction = ""
    if full and registry.lookup(head) is None:
        introduction = _introduction(head, full, earlier_text)
        phrase, head = full + phrase[len(head):], full
        lower = phrase.lower()
    # "Britain-based group" names where a group sits, not whom it speaks for
    mentions = [m for m in registry.mentions(phrase) if not phrase[m[1]:m[1] + 6].lower() == "-based"]
    proper = _proper_tail(head)
    head_entry = registry.lookup(proper or head) if head else None
    name = _display_name(head)
    # a known source named at the end of the phrase is the speaker: "state news agency SANA"
    opposing = bool(_OPPOSING.match(lower))  # "opponents of X" are not X
    for m_start, m_end, entry in mentions:
        person_of_body = _PERSON_OF_BODY.search(phrase[:m_start])
        if person_of_body and any(w.lower() in _BODY_NOUNS or w.lower() in _INSTITUTION_HEAD_WORDS
                                  for w in person_of_body.group(1).split()):
            person_of_body = None   # "the General Staff of the Armed Forces of X": a body of a body
        if person_of_body and m_end >= len(head) - 3:
            name = _display_name(phrase[:person_of_body.end(1)])   # the person, whose body is his outlet
        elif m_end >= len(head) - 3 and m_start < len(head) and head_entry is None and not opposing:
            head_entry = entry
            name = phrase[m_start:m_end]
    listed_as = _untitled(proper or head) if head_entry is None and head and not mentions else None
    if listed_as and listed_as != (proper or head):
        head_entry = registry.lookup(listed_as)   # "Dr. Jane Example" listed as "Jane Example"
    if head_entry is None and not mentions:
        # "Civil Shield said" for the "Example Civil Shield" of the registry (whose first word
        # a sentence may open with, where it is no part of a proper name)
        for written in dict.fromkeys((head, proper)):
            if written and _CAPITALISED_NAME.fullmatch(written):
                head_entry = registry.shortened(written, earlier_text)
                if head_entry is not None:
                    if written == head and not head.lower().startswith("the "):
                        name = head   # "Civil Shield": an opening descriptor is part of this name
                    break
    outlet_entry = next((e for _, _, e in reversed(mentions) if head_entry is None or e.key != head_entry.key), None)
    if outlet_entry is None and head_entry is None and not mentions and " " in head:
        # "A Sea Front commander" for the "Maravek Sea Front" of the registry: a known body's
        # name shortened from the front, before a title, is the body the speaker is of
        outlet_entry = next((body for run, title in _INNER_NAME.findall(head)
                             if title in _TITLES and (body := registry.shortened(run, earlier_text)) is not None),
                            None)
    if outlet_entry is None and apposition and not mentions:
        # scraped text drops apostrophes: "The Example Posts correspondent" is the Post's
        outlet_entry = next((e for _, _, e in registry.mentions(_BARE_POSSESSIVE.sub(r"\1", apposition))), None)
    outlet = None
    stance, basis = "unknown", "none"
    is_person = _looks_like_person(head, head_entry) or (
        head_entry is None and not mentions and _one_name_of_someone(head, apposition, context))
    if head_entry is not None:
        stance, basis = registry.stance_of(head_entry), "sources.toml"
        affiliation = registry.get(head_entry.affiliation)
        if affiliation is not None:
            outlet = affiliation.name
        elif head_entry.kind != "person":
            outlet = head_entry.name
    if outlet_entry is not None and (head_entry is None or head_entry.kind == "person"):
        outlet = None if opposing else outlet_entry.name
        if stance == "unknown":
            stance, basis = registry.stance_of(outlet_entry), "sources.toml"
    if outlet is None and apposition:
        outlet = _organisation_in(apposition)
    if stance == "unknown" and head_entry is None and outlet_entry is None:
        # "a director at the New York-based group": the body he works for was named before
        employer = _EMPLOYER_REFERENCE.search(lower)
        # "the new york-based group" refers back as "the york-based group" does
        reference = " ".join(["the", *employer.group(1).split()[1:][-2:]]) if employer else ""
        referred = _referred_body(reference, history, earlier_text, registry) if employer else None
        if referred is not None and not referred.is_person and referred.stance != "unknown":
            stance, basis = referred.stance, referred.basis
            if referred.basis == "sources.toml":   # a described body ("a monitor") names no outlet
                outlet = outlet or referred.outlet or referred.name
    if stance != "unknown" and head_entry is None and _OPPOSING.match(lower):
        stance = {"pro-regime": "opposition", "opposition": "pro-regime"}.get(stance, stance)
    # ("Its commander, Jon Example, said": the possessive opens the title, now the apposition)
    possessive = next((w[0].lower() for w in (words, apposition.split()) if w and w[0].lower() in _POSSESSIVES), None)
    if stance == "unknown" and possessive and lower.split()[-1] not in _KIN_NOUNS:
        # ("their relatives", "his family": kin of the people the text is about, not of a side)
        owner = next((e for e in reversed(history) if e.is_person == (possessive in ("his", "her"))), None)
        if owner is not None:
            stance, basis, outlet = owner.stance, owner.basis, outlet or owner.outlet
    if stance == "unknown" and introduction:
        # "Example said" after "Qatari host Salma al-Example": the words that introduced
        # the full name say whom the person speaks for
        introduced_by = [e for _, _, e in registry.mentions(introduction)]
        if introduced_by:
            stance, basis = registry.stance_of(introduced_by[-1]), "sources.toml"
            outlet = outlet or introduced_by[-1].name
    if stance == "unknown" and outlet is None and head_entry is None:
        # "council member Jon Example" after "the town's local council said": one of the body
        # the title names, that spoke before
        titled = _BODY_TITLE.match(head)
        body = (_referred_body("the " + titled.group(1).lower(), history, earlier_text, registry)
                if titled else None)
        if body is not None and not body.is_person and body.stance != "unknown":
            stance, basis, outlet = body.stance, body.basis, body.outlet or body.name
    # ("a rebel spokesman" names his side; "a government spokeswoman" may speak for any government)
    if stance == "unknown" and outlet is None and _SPOKESPERSON.search(lower) and (
            not _descriptor_stance(lower) or _STATE_WORDS.search(lower)):
        # "spokesman Col. Jane Example said" right after "the Example Command said": a
        # spokesperson who names no body speaks for the last body that spoke
        body = _latest_named_body(history)
        if body is not None and _STATE_WORDS.search(lower) and not _STATE_WORDS.search(body.kind.lower()):
            body = None   # "the army's spokesman" after a rebel group spoke is no rebel's
        if body is not None:
            stance, basis, outlet = body.stance, body.basis, body.outlet or body.name
    if stance == "unknown":
        described = _descriptor_stance(_FACILITY_NAME.sub(" ", phrase).lower()) or _descriptor_stance(context.lower())
        if described:
            stance, basis = described, "descriptor"
        elif (head_entry is None and outlet_entry is None and not _COUNTRY_WORD.search(lead_in.lower())
              and not _qualified_office(lead_in) and (_government_office(head) or _government_office(apposition))):
            # a ministry right after a government spoke is that government's ("Turkey said it
            # was monitoring the situation ... the foreign ministry said")
            government = next((e for e in reversed(history[-2:]) if e.kind == "government"), None)
            stance, basis = (government.stance, government.basis) if government else ("pro-regime", "descriptor")
        elif head_entry is None and outlet_entry is None and (state := _state_named_by_demonym(head, registry)):
            stance, basis = registry.stance_of(state), "sources.toml"
            outlet = outlet or state.name
    if (stance == "unknown" and outlet is None and not sep and _COMMANDER.search(head.lower()) and history
            and not history[-1].is_person and history[-1].basis == "sources.toml"):
        # "Commander Jane Example said" right after "the Example Brigade denied": a commander
        # who names no body and no side commands the body that just spoke
        stance, basis, outlet = history[-1].stance, history[-1].basis, history[-1].outlet or history[-1].name
    at_body = _AT_INSTITUTION.search(head) if (" at " in head or " in the " in head or " from the " in head
                                               or " within the " in head) else None
    # an unnamed insider speaks for the publisher's side, unless the phrase says whose it is: a
    # known body ("Israeli military officials") or an owner in the possessive ("Vostra's military")
    # (an independent outlet has no side for its sources to be on)
    own_side = None if (outlet_entry is not None or _OWNER_POSSESSIVE.match(phrase) or publisher is None
                        or publisher.stance not in PARTISAN_STANCES) else publisher
    if stance == "unknown" and own_side is not None and head_entry is None and at_body:
        stance, basis = own_side.stance, "publisher"
        outlet = outlet or at_body.group(1) or at_body.group(2)
    # "a Police Command source", "Director of the Riverton Health Directorate Dr. X": one of a
    # named state organ's own speaks as the source at it does
    member = _INSTITUTION_MEMBER.search(phrase) if stance == "unknown" and head_entry is None else None
    if member and own_side is not None:
        stance, basis = own_side.stance, "publisher"
        outlet = outlet or (member.group(1) or member.group(2)).strip()
    if stance == "unknown" and own_side is not None and head_entry is None and _INSIDER.search(head.lower()):
        stance, basis = own_side.stance, "publisher"
        if outlet is None and re.search(r"\b(?:reporter|correspondent)\b", head.lower()):
            outlet = own_side.outlet
    if stance == "unknown" and head_entry is None and outlet is None and _STATE_SOURCE.search(head.lower()):
        stance, basis = "pro-regime", "descriptor"
    owner = None
    if basis in ("none", "descriptor") and outlet is None and head_entry is None:
        owner = _OWNER_BACK_REFERENCE.match(phrase)
    if owner is not None:
        # "the Movement's health committee" after "the Example Liberation Movement said": a part
        # of a body the text named before speaks for it, whatever its own name describes ("the
        # Council's humanitarian office")
        body = (_referred_body("the " + owner.group(1).lower(), history, earlier_text, registry)
                or _named_by_one_word("The " + owner.group(1), earlier_text, registry))
        if body is not None and not body.is_person and body.stance != "unknown":
            stance, basis, outlet = body.stance, body.basis, body.outlet or body.name
    if stance == "unknown" and is_person:
        # "Mohammad al-Halabi added" after "local activist Mohammad al-Halabi told ...": the
        # same person named again speaks for the side given when first named
        same = next((e for e in reversed(history) if e.is_person and e.stance != "unknown"
                     and e.name.lower() == name.lower()), None)
        if same is not None:
            stance, basis, outlet = same.stance, same.basis, outlet or same.outlet
    return _Speaker(name, outlet, stance, basis, lower, is_person, head_entry.kind if head_entry is not None else "")


def _people_who_spoke_last(history: list[_Speaker]) -> Optional[_Speaker]:
    """The latest speaker, when it is a group of people ("Two residents"), not a body or a person."""
    group = history[-1] if history else None
    if group is not None and not group.is_person and group.descriptor.split()[-1:] and \
            group.descriptor.split()[-1] in _PLURAL_PEOPLE:
        return group
    return None


# "The ministry has put out a short statement." / "The army issued a statement on Monday.": a
# sentence opening with a body, ending just before the pronoun's sentence
_BODY_OPENING_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:\d{1,2}[:.]\d{2}\s*[–—-]\s*)?((?:The|the)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + alternation(BACK_REFERENCES["organisation"]) + r"))\s+(?:has|have|had|issued|released|published|put|posted|"
    r"sent|gave|made)\b[^.!?\n]*[.!?]\s*$")


# "Dr Jane Example, who runs the only hospital, keeps ...": a person's name (a title, or two or
# three capitalised words) opening the sentence before, as its subject
_PERSON_OPENING_SENTENCE = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n\s*)"
    # ("The group's spokesman, Jon Example, was just as quick.": the role, then the name)
    r"(?:(?P<role>[Tt]he\s+(?:[\w’'-]+['’]s\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+),\s+)?"
    r"(?P<name>(?:(?:" + "|".join(a.capitalize() for a in TITLE_ABBREVIATIONS) + r")\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:,\s+who\b|,?\s+(?:has|had|keeps|kept|is|was|runs|ran|lives|lived)\b)"
    r"[^.!?\n]*[.!?]\s*$")


def _person_opening_last_sentence(earlier_text: str) -> Optional[str]:
    """The person the last sentence of ``earlier_text`` opens with, as its subject, with the
    role given before the name as its apposition ("Jon Example, the group's spokesman")."""
    opening = _PERSON_OPENING_SENTENCE.search(earlier_text[-400:])
    if opening is None:
        return None
    role = opening.group("role")
    return f"{opening.group('name')}, {role[0].lower()}{role[1:]}" if role else opening.group("name")


def _body_opening_last_sentence(earlier_text: str) -> Optional[str]:
    """The body the last sentence of ``earlier_text`` opens with, when that sentence says it
    issued something ("The ministry has put out a short statement.")."""
    opening = _BODY_OPENING_SENTENCE.search(earlier_text[-300:])
    return opening.group(1) if opening else None


# "gave his name only as Benedek", "identified only as Mira", "a man called Tomas"
_NAMED_AS = re.compile(
    r"\b(?:name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|known\s+(?:only\s+)?as|called|named)\s+$", re.I)


def _named_person(speaker: _Speaker, earlier_text: str) -> bool:
    """A speaker known by one word that no registry entry or descriptor explains, which the
    text gave as someone's name ("a resident, who gave his name only as Benedek")."""
    if speaker.is_person or speaker.basis != "none" or " " in speaker.name or not speaker.name[:1].isupper():
        return False
    window = earlier_text[-600:]
    at = window.rfind(speaker.name)
    return at > 0 and _NAMED_AS.search(window, max(0, at - 40), at) is not None


def _described_earlier(lower: str, earlier_text: str, registry: Registry) -> Optional[_Speaker]:
    """"the terrorist group" after "... backed by the terrorist group Example": a definite phrase
    that repeats a description given earlier with a known name refers to that name."""
    tokens = lower.split()
    if not 3 <= len(tokens) <= 4 or tokens[0] not in ("the", "this") or tokens[-1] not in _BODY_NOUNS:
        return None
    description = " ".join(tokens[1:])
    at = earlier_text.lower().rfind(description)
    if at < 0:
        return None
    after = earlier_text[at + len(description):at + len(description) + 60]
    before = earlier_text[max(0, at - 60):at]
    named = next(registry.mentions(after), None)
    if named is None or named[0] > 3:  # the name must follow the description at once
        candidates = list(registry.mentions(before))
        named = candidates[-1] if candidates and before[candidates[-1][1]:].strip(" ,") in ("", "the", "a") else None
    if named is None:
        return None
    entry = named[2]
    return _Speaker(entry.name, entry.name if entry.kind != "person" else None, registry.stance_of(entry),
                    "sources.toml", f"{lower} {normalise(entry.name)}", entry.kind == "person")


def _ranked(title: str, history: list[_Speaker]) -> Optional[_Speaker]:
    """The latest person who spoke with ``title`` or its abbreviation before their name."""
    forms = {title, *RANK_TITLES[title]}
    for earlier in reversed(history):
        words = [w.lower().rstrip(".") for w in earlier.name.split()]
        if earlier.is_person and forms & set(words[:-1]):
            return earlier
    return None


def _referred_body(lower: str, history: list[_Speaker], earlier_text: str, registry: Registry) -> Optional[_Speaker]:
    """Whom "the paper" or "the group" refers to: an earlier speaker, or else a known body the
    text named before."""
    return _back_reference(lower, history) or (
        _mentioned_earlier(lower, earlier_text, registry) if earlier_text else None)


def _mentioned_earlier(lower: str, earlier_text: str, registry: Registry, by_name_only: bool = False
                       ) -> Optional[_Speaker]:
    """"the agency reported" after "... was quoted by AFP": when no earlier speaker is one the
    noun can name, the latest known body named in the text before, of a kind the noun can name
    or with the noun in its name ("the center" after "the Example Centre")."""
    tokens = lower.split()
    if len(tokens) != 2 or tokens[0] not in ("the", "this"):
        return None
    noun = tokens[1]
    kinds = BACK_REFERENCE_KINDS.get(noun, ()) if not by_name_only else ()
    by_name = noun in _BODY_REFERENCES
    if not kinds and not by_name:
        return None
    for _, _, entry in reversed(list(registry.mentions(earlier_text))):
        named = by_name and entry.kind != "person" and bool(
            set(_SPELLINGS.get(noun, (noun,))) & set(normalise(entry.name).split()))
        if entry.kind in kinds or (noun in entry.kind.lower().split() and not by_name_only) or named:
            return _Speaker(entry.name, entry.name, registry.stance_of(entry), "sources.toml",
                            f"{lower} {normalise(entry.name)}", False, entry.kind)
    return None


def _without_determiner(words: list[str]) -> list[str]:
    return words[1:] if words and words[0] in ("the", "a", "an") else words


def _singular(noun: str) -> str:
    """A plural noun's singular, for looking it up in the word lists ("ministries", "groups")."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# "interior minister jon example" in a speaker's words: whose ministry "the ministry" may be
_MINISTER_OF = re.compile(r"\b(" + alternation(p for p in GOVERNMENT_PORTFOLIOS if p not in OFFICE_RANK_WORDS)
                          + r")\s+minister\b")


def _back_reference(lower: str, history: list[_Speaker]) -> Optional[_Speaker]:
    """The earlier speaker that "the paper", "the spokesman" or a bare surname refers to."""
    tokens = lower.split()
    if len(tokens) == 3 and tokens[0] in ("the", "these") and tokens[1] in NUMBER_WORDS:
        # "the two ministries" after "the Ministry of Health and the Ministry of Defence": the
        # bodies of the noun that spoke, whose count names nothing more
        tokens = ["the", _singular(tokens[2])]
    if not tokens or len(tokens) > 3:
        return None
    if len(tokens) == 3 and tokens[:2] == ["the", "same"]:
        # "the same sources said" after "Military sources told ...": the latest speaker so called
        forms = {tokens[2], _singular(tokens[2])}
        return next((e for e in reversed(history) if (e.descriptor.split() or [""])[-1] in forms), None)
    if len(tokens) == 3 and tokens[1].endswith(("'s", "’s")):
        # "the governor's office" is the governor's, not the UN office that spoke before
        owner = tokens[1][:-2]
        return next((e for e in reversed(history) if owner in e.descriptor.split()
                     and tokens[2] in e.descriptor.split()), None)
    if tokens[0] in ("the", "this", "that") and len(tokens) >= 2:
        noun = tokens[-1]
        # "the paper" may follow "pro-regime daily X": any word for an outlet refers back to one
        if noun in BACK_REFERENCES["outlet"]:
            nouns: tuple[str, ...] = (*BACK_REFERENCES["outlet"], "media", "news")
        elif noun in BACK_REFERENCES["document"]:
            # "the statement said" after "the Example Command said ...": its issuer speaks
            return next((e for e in reversed(history) if not e.is_person and e.basis != "publisher"), None)
        elif len(tokens) == 2 and noun in RANK_TITLES and (ranked := _ranked(noun, history)) is not None:
            return ranked   # "the colonel" after "Col. Jane Example" spoke
        elif any(noun in group for group in BACK_REFERENCES.values()):
            nouns = _SPELLINGS.get(noun, (noun,))
        else:
            # "the General Command" after "the General Command of the Army said": a body's name
            # shortened to its first words
            return next((e for e in reversed(history) if not e.is_person and len(tokens) >= 3
                         and _without_determiner(e.descriptor.split())[:len(tokens) - 1] == tokens[1:]
                         and len(e.descriptor.split()) > len(tokens)), None)
        pattern = re.compile(r"\b(?:" + "|".join(nouns) + r")\b")
        # "the monitoring group" refers to a group of the monitors' side, not to any group, and
        # "the army" to the state's army, not to a rebel "Free Example Army" that spoke before
        described = _descriptor_stance(" ".join(tokens[1:]))
        for earlier in reversed(history):
            if described and earlier.stance != described:
                continue
            minister = _MINISTER_OF.search(earlier.descriptor) if noun == "ministry" and earlier.is_person else None
            if minister is not None:
                # "the ministry said" after "Interior Minister Jon Example said": his ministry
                ministry = f"{minister.group(1).title()} Ministry"
                return _Speaker(ministry, earlier.outlet or ministry, earlier.stance, earlier.basis,
                                f"the {minister.group(1)} ministry", False)
            if earlier.basis == "descriptor" and len(earlier.descriptor.split()) < len(tokens):
                continue  # "the Syrian army" is not the bare "the army" that spoke before
            if pattern.search(earlier.descriptor):
                if earlier.is_person and earlier.outlet and noun not in BACK_REFERENCES["person"]:
                    # "the observatory" after "X, head of the observatory": the body, not its head
                    return attrs.evolve(earlier, name=earlier.outlet, is_person=False)
                return earlier
        modified = next((e for e in reversed(history) if not e.is_person and noun in e.kind.lower().split()
                         and (tokens[1] in e.kind.lower().split() or tokens[1] in e.descriptor.split())),
                        None) if len(tokens) == 3 and noun in BACK_REFERENCE_KINDS else None
        if modified is None and len(tokens) == 3 and noun in BACK_REFERENCES["organisation"]:
            # "the rescue service" after "Example Civil Rescue said": a body whose name ends with
            # the modifier ("the Ustravian military" is not "the Ustravian defence ministry")
            modified = next((e for e in reversed(history) if not e.is_person and e.basis != "publisher"
                             and e.descriptor.split()[-1:] == [tokens[1]]), None)
        if modified is not None:
            # "the rescue group" after "the Example Civil Rescue said": a body of that kind whose
            # name or kind has the modifier
            return modified
        if noun in BACK_REFERENCES["organisation"] and any(t.endswith("-based") for t in tokens):
            # "the London-based group" after the group was named by its name
            return _latest_named_body(history)
        if len(tokens) == 2 and noun in BACK_REFERENCE_KINDS:
            # "the group said" after "the Example Observatory said": the latest known body of a
            # kind the noun can name (a group may be a monitor, never a newspaper)
            kinds = BACK_REFERENCE_KINDS[noun]
            # (a user's sources.toml may write its own kinds: a "rescue group" is a group)
            return next((e for e in reversed(history) if not e.is_person
                         and (e.kind in kinds or noun in e.kind.lower().split())
                         and not (described and e.stance != described)), None)
        return None
    # "Khalil told ..." after "Adnan Khalil, 30, ..." was quoted: the same person
    if len(tokens) <= 2:
        for earlier in reversed(history):
            name_tokens = earlier.name.lower().split()
            # a surname names a person: "group" is not the surname of "a monitoring group"
            if earlier.is_person and len(name_tokens) > len(tokens) and name_tokens[-len(tokens):] == tokens:
                return earlier
    return None


_BODY_TITLE = re.compile(
    r"(?:the\s+)?(" + alternation(BACK_REFERENCES["organisation"]) + r")\s+(?:" + alternation(BODY_ROLE_TITLES)
    + r")\s+[A-Z]", re.I)


def _latest_named_body(history: list[_Speaker]) -> Optional[_Speaker]:
    """The latest organisation that spoke and is known by name (from sources.toml)."""
    return next((e for e in reversed(history) if not e.is_person and e.basis == "sources.toml"), None)


def _introduction(surname: str, full: str, earlier_text: str) -> str:
    """The few words right before the latest mention of ``full``'s first name with ``surname``
    ("Qatari host" in "Qatari host Salma al-Example")."""
    first = full.split()[0]
    at = earlier_text.rfind(surname)
    at = earlier_text.rfind(first, max(0, at - 60), at) if at > 0 else -1
    if at <= 0:
        return ""
    match = _INTRODUCTION.search(earlier_text, max(0, at - 60), at)
    return match.group(1) if match else ""


def _full_name(surname: str, earlier_text: str) -> Optional[str]:
    """The full name a bare surname stands for, from earlier in the article: "Example said"
    after "Governor Jane Example" -> "Jane Example"."""
    if not surname[:1].isupper() or " " in surname.strip() or surname.lower() in _GENERIC:
        return None
    found = None
    # the latest mention with capitalised words in front; found with str.rfind and one compiled
    # pattern, since a pattern built around each surname costs a compilation per speaker
    at = len(earlier_text)
    while found is None:
        at = earlier_text.rfind(surname, 0, at)
        if at < 0:
            break
        after = at + len(surname)
        if after < len(earlier_text) and (earlier_text[after].isalnum() or earlier_text[after] == "_"):
            continue
        match = _NAME_BEFORE.search(earlier_text, max(0, at - 200), at)
        if match:
            words = [w for w in match.group(1).split() if w.lower() not in _DESCRIPTORS and w.lower() not in _PERSON_HINTS
                     and w.lower() not in _CALENDAR]
            if words:
                found = (" ".join(words[-2:]) + " " + surname).replace("- ", "-")  # "al- X" -> "al-X"
    if found and normalise_place(surname) in _places(earlier_text):
        return None  # "Aleppo" is a place the article names, not somebody's surname
    return found


@functools.lru_cache(maxsize=4096)   # a speaker phrase recurs through an article, and is read again each time
def _split_apposition(phrase: str) -> tuple[str, str, str]:
    parts = _APPOSITION_SPLIT.split(phrase, maxsplit=1)
    if len(parts) == 2:
        return parts[0], ",", parts[1]
    return phrase, "", ""


@functools.lru_cache(maxsize=4096)   # per speaker phrase, as _split_apposition
def _proper_tail(head: str) -> Optional[str]:
    """The trailing proper name of a noun phrase: "rebel fighter Abu Karim" -> "Abu Karim"."""
    words = head.split()
    taken: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if word[:1].isupper() or (taken and lower in ("al", "el", "bin", "abu", "of", "for", "the", "and")) or lower.startswith("al-"):
            taken.insert(0, word)
        else:
            break
    # a sentence-initial descriptor is not part of the name: "Opposition activist X" -> "X"
    while taken and (taken[0].lower() in ("of", "for", "the", "and", "al", "el")
                     or (len(taken) > 1 and taken[0].lower() in _DESCRIPTORS and taken[0] is words[0])):
        taken.pop(0)
    return " ".join(taken) or None


# "Jon Example, the group's spokesman," / "Jane Example, a surgeon,": a person introduced
_INTRODUCED_PERSON = re.compile(
    r"((?:(?:" + "|".join(a.capitalize() for a in TITLE_ABBREVIATIONS) + r")\.?\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),"
    r"\s+(?:the|a|an|[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,4}?(?:" + alternation(PERSON_TITLES) + r")\b"
    # "Spokesman Major General Jon Example answered questions": the title before the name
    r"|\b(?:" + alternation(t.capitalize() for t in PERSON_TITLES) + r")\s+(?:(?:" + alternation(
        [*(t.capitalize() for t in RANK_TITLES), "Brigadier", "Lieutenant", "Major"]) + r")\s+){0,2}"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\b"
    # "Dr. Jane Example has directed the hospital since 2023": a titled name opening a sentence
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:" + "|".join(a.capitalize() for a in TITLE_ABBREVIATIONS) + r")\.?\s+"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}(?=,?\s+(?:has|had|is|was|runs|ran|heads|headed|leads|led|directs|directed)\b)")


SPOKEN_TO_CHARS = 300   # how far back "I spoke to a nurse" may stand before "she said"
_SPOKEN_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(an?\s+(?:[a-z-]+\s+){0,2}?(?:"
                        + alternation(PERSON_NOUNS) + r")(?:\s+(?:who|in|at|from|of)\s+[^.;,“”\"]{1,80})?)(?=[.;,]|\s*$)")


def _last_introduced_person(earlier_text: str) -> Optional[str]:
    """The person the earlier text introduced last, with the apposition that says who they are."""
    window = earlier_text[-EARLIER_TEXT_CHARS:]
    last = None
    for last in _INTRODUCED_PERSON.finditer(window):
        pass
    return window[last.start():last.end()] if last else None


@functools.lru_cache(maxsize=4096)   # per speaker phrase, as _split_apposition
def _untitled(name: str) -> str:
    """A name without the titles before it, as the registry lists people: "Dr. Jane Example"
    -> "Jane Example", "Col. Strode" -> "Strode"."""
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in _TITLE_ABBREVIATIONS or words[0].lower() in _TITLES):
        words.pop(0)
    return " ".join(words)


_LEADING_THE = re.compile(r"^(?:the)\s+")


@functools.lru_cache(maxsize=4096)   # per speaker phrase, as _split_apposition
def _display_name(head: str) -> str:
    proper = _proper_tail(head)
    words = head.split()
    if proper and len(proper.split()) < len(words):
        before = words[: len(words) - len(proper.split())]
        # keep a generic head that follows a place: "Riverside residents" stays whole, and one
        # that a place follows: "a source in Riverside" is not Riverside
        # ("the directorate of health in east Riverside" too)
        if words[-1].lower() in _GENERIC or any(
                w.lower() in _GENERIC and nxt.lower() in _LOCATING or w.lower() in _PEOPLE_OF and nxt == "of"
                for w, nxt in zip(before, before[1:])) \
                or _place_of_generic(" ".join(words), 0, len(" ".join(before)) + 1):
            return head
        if not all(w.lower() in _DESCRIPTORS or w.lower() in _GLUE or w.lower() in _GENERIC or w[:1].isupper() or w.lower().endswith("-based") for w in before):
            return proper
        return proper
    return _LEADING_THE.sub("", head) if head.lower().startswith("the ") and len(words) > 2 else head


# "the Herald", "the Herald's records": a later word of the publisher's name, perhaps an owner
_PUBLISHER_WORD = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)((?:['’]s)\s+(?:[\w-]+\s+){0,2}[\w-]+)?")
_ONE_WORD_OF_NAME = re.compile(r"[Tt]he\s+([A-Z][a-z-]+)")
# capitalised words after a phrase's first word: "A Sea Front commander" holds "Sea Front"
_INNER_NAME = re.compile(r"(?<=\s)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+([a-z]+)")


def _named_by_one_word(phrase: str, earlier_text: str, registry: Registry) -> Optional[_Speaker]:
    """"The Corps" after "the Kestravan Volunteer Corps", "the Council" after "the Provisional
    Council of Kestrava": a capitalised word of a known body's name that the text named before
    refers to the latest such body."""
    word = _ONE_WORD_OF_NAME.fullmatch(phrase.strip())
    if word is None or registry.lookup(phrase) is not None:
        return None
    for _, _, mentioned in reversed(list(registry.mentions(earlier_text[-EARLIER_TEXT_CHARS:]))):
        # the body named, or the one it belongs to ("the Confederation" after "the Ishran
        # Shield", the armed wing of the Ishran Tribal Confederation, was named)
        for entry in filter(None, (mentioned, registry.get(mentioned.affiliation))):
            words = entry.name.split()
            # a later word of the name, or its first before "of" ("Council of ..."), never an
            # adjective opening it ("the Syrian" is not the "Syrian government")
            if entry.kind != "person" and (word.group(1) in words[1:] or words[:2] == [word.group(1), "of"]):
                return _known_body(entry, registry)
    # "the Council" after "appointed by the Provisional Council": a shortened name the text
    # used before, whose words all belong to the name of one known body alone
    shortenings = re.findall(r"(?:[A-Z][\w’'-]*\s+){1,3}" + re.escape(word.group(1)) + r"\b",
                             earlier_text[-EARLIER_TEXT_CHARS:])
    written = {w for w in shortenings[-1].split() if w not in ("The", "A", "An")} if shortenings else set()
    bodies = [entry for entry in registry.entries.values() if len(written) > 1 and entry.kind != "person"
              and written <= set(entry.name.split())]
    return _known_body(bodies[0], registry) if len(bodies) == 1 else None


def _known_body(entry: SourceEntry, registry: Registry) -> _Speaker:
    """A body of the registry as the speaker, called by its own name."""
    return _Speaker(entry.name, entry.name, registry.stance_of(entry), "sources.toml", normalise(entry.name), False,
                    entry.kind)


_ACRONYM_PHRASE = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Z&]{1,7})")
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w’'-]*|of|for|and|the|al)(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|al)){0,7})\s*\($")


def _spelled_out(phrase: str, earlier_text: str, registry: Registry) -> Optional[str]:
    """The name an acronym stands for, as the text spelled it out before it in brackets
    ("the Kesswa Independence Army (KIA)"); None when the text did not, or when the registry
    knows the acronym itself."""
    acronym = _ACRONYM_PHRASE.fullmatch(phrase.strip())
    # (the registry is asked only about acronyms: asking about every phrase made a fuzzy
    # search of the names for each one that is not listed)
    if acronym is None or registry.lookup(phrase) is not None:
        return None
    at = earlier_text.rfind("(" + acronym.group(1) + ")")
    if at < 0:
        return None
    name = _NAME_BEFORE_BRACKET.search(earlier_text, max(0, at - 120), at + 1)
    if name is None:
        return None
    words = name.group(1).split()
    letters = acronym.group(1).replace("&", "")
    # the words whose initials the acronym takes ("Fighters of the Free Example Front (FEF)")
    for start in range(len(words)):
        tail = words[start:]
        if tail[0][:1].isupper() and "".join(w[0] for w in tail if w[:1].isupper()) == letters:
            return " ".join(tail)
    while words and (not words[0][:1].isupper() or words[0] == "The"):
        words.pop(0)   # "of the Kesswa ...": the name starts at a capital
    return " ".join(words) if len(words) >= 2 else None


def _one_name_of_someone(head: str, apposition: str, context: str) -> bool:
    """A single name that the words after it give to a person: "Moe, a 52-year-old rice farmer",
    "Fatima, a mother of three", "Ahmed, 34,", "said Khaing, who helped bury them"."""
    if not _ONE_NAME.fullmatch(head) or head.lower() in _GENERIC or head.lower() in _DESCRIPTORS:
        return False
    return bool(_WHO_CLAUSE.match(context) or _WHO_CLAUSE.match(apposition) or _AGE.match(apposition)
                or _PERSON_NOUN_APPOSITION.match(apposition))


_ONE_NAME = re.compile(r"[A-Z][a-z’'-]+")
_WHO_CLAUSE = re.compile(r"\W*(?:who|whom)\b", re.I)
_AGE = re.compile(r"\W*(?:an?\s+)?\d{1,2}(?:-year-old)?\b")
_OF_BODY_AFTER_NAME = re.compile(r"(?<=[a-z])\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z].*$")
_PERSON_NOUN_APPOSITION = re.compile(
    r"\W*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:" + alternation({*PERSON_NOUNS, *_PERSON_HINTS}) + r")\b", re.I)


def _looks_like_person(head: str, entry) -> bool:
    # "Jane Example of Example Medical Relief": the person, with the body she is of
    head = _OF_BODY_AFTER_NAME.sub("", head) if entry is None else head
    words = head.split()
    # "Russian General Jon Example": a title before a name, whatever else it names ("official"
    # is an adjective too: "the official Example News Agency")
    # ("the General Command": a title before an institution's head word names the institution)
    if any(w.lower() in _TITLES and w.lower() != "official" and nxt[:1].isupper()
           and nxt.lower() not in _INSTITUTION_HEAD_WORDS for w, nxt in zip(words, words[1:])):
        return True
    if entry is not None:
        return is_person_kind(entry.kind)  # an official or a spokesperson is "he" or "she" too
    lower = head.lower().split()
    if any(w in _PERSON_HINTS or w in _PERSON_NOUNS for w in lower):
        return True   # ("a soldier at a checkpoint" is "he" after it)
    proper = _proper_tail(head)
    return bool(proper) and 2 <= len(proper.split()) <= 4 and not any(
        w.lower() in _GENERIC or w.lower() in _DESCRIPTORS for w in proper.split())


_ORGANISATION_IN = re.compile(
    r"\b(?:with|of|for|at|from)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)*[\w-]+-based\s+)?((?:(?:al-|el-)?[A-Z][\w’'.-]*)"
    r"(?:\s+(?:(?:al-|el-|a-)?[A-Z][\w’'.-]*|al|of|for|and))*)")
_TRAILING_GLUE = re.compile(r"(?:\s+(?:of|for|and|al))+$")


def _organisation_in(apposition: str) -> Optional[str]:
    match = _ORGANISATION_IN.search(apposition)
    if not match:
        return None
    name = _TRAILING_GLUE.sub("", match.group(1))
    if name.endswith("-based"):
        return None  # "at the London-based group": where it sits, not whom it speaks for
    return name or None


_DESCRIPTOR = re.compile(
    r"(?<![\w-])(" + alternation(p for phrases in STANCE_DESCRIPTORS.values() for p in phrases) + r")(?![\w-])")
_DESCRIPTOR_STANCE = {p: stance for stance, phrases in STANCE_DESCRIPTORS.items() for p in phrases}


_GOVERNMENT_OFFICE = re.compile(r"(?<![\w-])(?:" + alternation(GOVERNMENT_OFFICES) + r")(?![\w-])")
_PORTFOLIOS = frozenset(GOVERNMENT_PORTFOLIOS)
_COUNTRY_WORD = re.compile(r"\b(?:" + alternation(COUNTRY_NAMES) + r")\b")


def _qualified_office(lead_in: str) -> bool:
    """Whether the words before a speaker phrase qualify its office: "Former information" or
    "Dorsan information" before "minister Jon Example" (lower-case words stay out of the phrase)."""
    words = lead_in.split()
    while words and words[-1].lower() in _PORTFOLIOS and words[-1].lower() not in ("the", "a"):
        words.pop()
    last = words[-1] if words else ""
    return last.lower() in ("former", "ex") or (last[:1].isupper() and last[-1:].isalpha()
                                                 and last not in LOST_STOP_OPENERS)


# "a senior Examplian officer" (the demonym's capital is checked, the rest may be any case)
_STATE_SERVANT = re.compile(
    r"(?:(?:a|an|the|one|two|three|several|some)\s+)?(?:(?:senior|junior|former|retired|serving)\s+)?"
    r"(?P<demonym>[A-Z][a-z]+)\s+(?:" + alternation(STATE_SERVANTS) + r")", re.I)
# "the Examplian military's ..."
_STATE_OWNED = re.compile(
    r"(?:[Tt]he\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:" + alternation(STATE_BODY_NOUNS) + r"|forces)['’]s\s")


def _state_named_by_demonym(head: str, registry: Registry) -> Optional[SourceEntry]:
    """"A Examplian officer": the government or army the demonym names in the registry; and
    "the Examplian military's coordination centre": a body of that state's."""
    servant = _STATE_SERVANT.fullmatch(head)
    owned = _STATE_OWNED.match(head) if servant is None else None
    demonym = (servant or owned)["demonym"] if servant or owned else None
    if demonym is None or not demonym[0].isupper():
        return None
    for noun in STATE_BODY_NOUNS:
        entry = registry.lookup(f"{demonym} {noun}")
        if entry is not None and entry.kind != "person":
            return entry
    return None


def _government_office(phrase: str) -> bool:
    """"Information Minister Jon Example", "the Ministry of Defence", "Governor Jon Example": an
    office of the government with nothing before it but its portfolio, and no country named."""
    lower = phrase.lower()
    office = _GOVERNMENT_OFFICE.search(lower)
    if office is None or "former" in lower or "ex-" in lower or _COUNTRY_WORD.search(lower):
        return False
    return all(word in _PORTFOLIOS for word in lower[:office.start()].split())


@functools.lru_cache(maxsize=4096)   # read of each speaker phrase and of its context
def _descriptor_stance(text: str) -> Optional[str]:
    """The stance of the longest descriptor in ``text`` ("pro-opposition" beats "opposition"),
    else of a fallback descriptor ("a military official")."""
    found = [m.group(1) for m in _DESCRIPTOR.finditer(text)]
    if found:
        return _DESCRIPTOR_STANCE[max(found, key=len)]
    fallback = _FALLBACK_DESCRIPTOR.search(text)
    if fallback:
        return _FALLBACK_STANCE[fallback.group(1)]
    return "pro-regime" if _PLAIN_STATE_DESCRIPTOR.search(text) else None


_STATE_SOURCE = re.compile(r"\b(?:" + alternation(STATE_SOURCE_DESCRIPTORS) + r")\b")
_FALLBACK_STANCE = {word: stance for stance, words in FALLBACK_DESCRIPTORS.items() for word in words}
_FALLBACK_DESCRIPTOR = re.compile(r"\b(" + alternation(_FALLBACK_STANCE) + r")\b")


_HAS_WORD = re.compile(r"\w")
_PLAIN_STATE_DESCRIPTOR = re.compile(r"(?:^|\b(?:" + alternation(PLAIN_DESCRIPTOR_LEADS) + r")\s+)(?:"
                                     + alternation(PLAIN_STATE_DESCRIPTORS) + r")\b", re.I)


_UNNAMED_REPORTS = _Speaker("reports", None, "unknown", "none", "reports", False)


# --- claims -------------------------------------------------------------------------------
@attrs.define
class _Draft:
    kind: str
    start: int
    end: int
    cue: Optional[str]
    speaker: _Speaker
    sentence: tuple[int, int]
    denial: bool = False
    answers: Optional[int] = None   # in a transcript, the draft of the question this answer answers


def _split_off_denial(body: str, drafts: list[_Draft], noun: re.Match, denier: _Speaker, cue: str,
                      sentence: tuple[int, int], in_sentence: list[_Quote]) -> None:
    """"A, a claim the government denied": A stays its speaker's, up to the noun; the denial
    of it is a claim of its own, whose content is the noun that points back."""
    last = drafts[-1]
    last.start, last.end = _trim(body, last.start, noun.start())
    last.kind = _kind_of(body, last.start, last.end, in_sentence)
    drafts.append(_Draft("indirect", noun.start(1), noun.end(1), cue, denier, sentence, True))


def _mask(body: str, quotes: list[_Quote]) -> str:
    """The body with quoted words blanked (offsets kept), so cues inside quotes are ignored."""
    parts = []
    cursor = 0
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < cursor:
            continue
        parts.append(body[cursor:q.start])
        parts.append(" " * (q.end - q.start))
        cursor = q.end
    parts.append(body[cursor:])
    return "".join(parts)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in ",;:–—-"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:.–—-"):
        end -= 1
    return start, end


def _skip_cue_object(masked: str, at: int, end: int, cue: str) -> int:
    """Past "told Example Wire on Thursday that" to where the reported content starts."""
    pointing = _POINTING_OBJECT.fullmatch(masked, at, end)
    if pointing and _DENIAL.fullmatch(cue.lower()):
        return pointing.start(1)   # "denies this.": the object, not a time ("this week")
    if cue.lower() in ("told", "tells", "telling", "warned", "urged", "accused", "quoted", "cited"):
        words = _words(masked[at:end], at)
        taken = 0
        for word in words[:8]:
            gap = masked[(words[taken - 1][1] if taken else at):word[0]]
            if taken and gap.strip():
                break
            if _np_word(word[2]) and word[2].lower() not in ("that",) or word[2].lower() in (
                    "reporters", "journalists", "him", "her", "them", "me", "us"):
                taken += 1
            else:
                break
        while taken and words[taken - 1][2].lower() in _GLUE:
            taken -= 1  # "told reporters the attack ...": "the" opens the content
        if taken and cue.lower() not in ("accused", "warned", "urged"):
            at = words[taken - 1][1]
    renamed = _RENAMED_MEDIUM.match(masked, at, end)
    if renamed:
        at = renamed.end()   # "wrote on X, formerly Twitter, that": the commas hold a medium's old name
    # "told Belgian reporters in Damascus that": the content starts after a near "that"
    near_that = _NEAR_THAT.match(masked[at:end]) if _that_near(masked, at, end) else None
    # ("reported noting that B": a participle opens a second statement, not this one's object)
    if near_that and not _CUE.search(near_that.group()) and not _LEADING_PARTICIPLE.match(near_that.group()):
        return at + near_that.end()
    time = _TIME_AFTER_CUE.match(masked[at:end])
    if time:
        at += time.end()
    gap = _GAP_BEFORE_CONTENT.match(masked[at:end])
    return at + (gap.end() if gap else 0)


# "A, it was stated in the communiqué": a closing attribution naming nobody
_IMPERSONAL_PASSIVE = re.compile(r"[,;]\s*it\s+(?:was|has\s+been|had\s+been|is)\s+$")
# what may follow a closing attribution: its object (a conference, reporters, an outlet's name)
# and phrases of how, where and when it was said
_ATTRIBUTION_TAIL = re.compile(
    r"\s*(?:(?:a|an|the)\s+(?:press|news)\s+(?:conference|briefing)|reporters|journalists"
    r"|(?:[A-Z][\w’'.-]*\s+){1,4})?\s*(?:by|in|on|at|during|from|via|over|through|outside|inside)\b"
    r"(?!\s+(?:least|most)\b)[^.;:“”\"\d]*")
MAX_ATTRIBUTION_TAIL_WORDS = 12
_TOLD_CUES = frozenset(("told", "tells"))
_ANNOUNCES_WHAT_FOLLOWS = re.compile(r"\bthe\s+following(?:\s+(?:statement|points|facts|communique))?\s*[:.]?\s*$", re.I)


def _announces_what_follows(body: str, content: tuple[int, int]) -> bool:
    """``_ANNOUNCES_WHAT_FOLLOWS.search(body, *content)``, asked only of content with the word
    in it (or letters outside ASCII, which re.I may read as its letters): re would try the
    pattern at every position of each claim to learn that it is not there."""
    text = body[content[0]:content[1]]
    if text.isascii() and "following" not in text.lower():
        return False
    return _ANNOUNCES_WHAT_FOLLOWS.search(body, *content) is not None


# "said so", "say it because", "say this.": the cue points back to what was said elsewhere
_ANAPHORIC_OBJECT = re.compile(r"\s+(?:so|it|this)\b(?=\s*(?:[.,;:]|$)|\s+(?:to|because|many|again|repeatedly|"
                               r"publicly|before|often|in|at|on)\b)")
# "Both men may believe what they say": a free relative, whatever they say; but "a video of what
# it said was the shelling" reports what it was
_FREE_RELATIVE_BEFORE = re.compile(r"\bwhat\s+(?:they|he|she|we|you|I|it)\s+$", re.I)
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\b", re.I)
# after a quotation, all that follows "told" may be its listener, and where and when: "the
# funeral of our brother Jon Example on Monday", "a rally in the square"
_LISTENER_TAIL = re.compile(
    r"\s+(?:a|an|the|our|his|her|their|its)\s+[a-z-]+(?:\s+(?:of|in|at|on|outside|near)\s+[^.;:“”\"\d]*?)?\s*[.,]?\s*")


def _attribution_tail(masked: str, at: int, end: int) -> bool:
    """Whether all that follows a closing attribution's cue is how, where or when it was said."""
    tail = _ATTRIBUTION_TAIL.match(masked, at, end)
    return (tail is not None and not masked[tail.end():end].strip(" .,")
            and " that " not in masked[at:end] and len(masked[at:end].split()) <= MAX_ATTRIBUTION_TAIL_WORDS
            and _CUE.search(masked, at, end) is None)


def _quote_words(body: str, start: int, end: int, quotes: list[_Quote]) -> tuple[int, int]:
    return _quoted_words(body, start, end, quotes), _count_words(body, start, end)


def _quoted_words(body: str, start: int, end: int, quotes: list[_Quote]) -> int:
    return sum(_count_words(body, max(q.start, start), min(q.end, end)) for q in quotes if q.start < end and q.end > start)


@functools.lru_cache(maxsize=1024)   # a sentence's spans are counted again for each reading of it
def _count_words(body: str, start: int, end: int) -> int:
    return len(_WORD_RUN.findall(body, start, end)) if start < end else 0


def _is_quoted(body: str, span: tuple[int, int], quotes: list[_Quote]) -> bool:
    return span[1] > span[0] and _kind_of(body, span[0], span[1], quotes) == "direct"


def _kind_of(body: str, start: int, end: int, quotes: list[_Quote]) -> str:
    """direct when quotation marks hold most of the words, mixed when some, else indirect."""
    quoted = _quoted_words(body, start, end, quotes)
    if not quoted:
        return "indirect"   # (the words need no counting)
    return "direct" if quoted >= DIRECT_COVERAGE * _count_words(body, start, end) else "mixed"


def _cues(masked: str, lower: Optional[str], start: int, end: int) -> Iterator[re.Match[str]]:
    """``_CUE.finditer(masked, start, end)``; ``lower`` is ``masked`` in lower case if ASCII."""
    if lower is None:
        yield from _CUE.finditer(masked, start, end)
        return
    at = start
    while True:
        candidate = _CUE_STARTS.find(lower, at, end)
        if candidate < 0:
            return
        match = _CUE.match(masked, candidate, end)
        if match is None:
            at = candidate + 1   # a hyphen before the word: "self-declared"
            continue
        yield match
        at = match.end()


def _sequel(masked: str, lower: Optional[str], start: int, end: int) -> Optional[re.Match[str]]:
    """``_SEQUEL.search(masked, start, end)``; ``lower`` is ``masked`` in lower case if ASCII."""
    if lower is None:
        return _SEQUEL.search(masked, start, end)
    at = start
    while True:
        candidate = _SEQUEL_STARTS.find(lower, at, end)
        if candidate < 0:
            return None
        match = _SEQUEL.match(masked, candidate, end)
        if match is not None:
            return match
        at = candidate + 1


def _is_comma_sequel(cue: str) -> bool:
    """Whether a sequel cue ("saying that", ", stating") is one that follows a comma only."""
    return cue.strip(" ,").lower().split()[0] in _COMMA_SEQUEL_CUES


def _draft_sentence(body: str, masked: str, sentence: tuple[int, int], quotes: list[_Quote],
                    registry: Registry, history: list[_Speaker], publisher: _Speaker,
                    masked_lower: Optional[str] = None) -> list[_Draft]:
    start, end = sentence
    in_sentence = [q for q in quotes if q.start < end and q.end > start]
    drafts: list[_Draft] = []
    claimed_until = start
    # the subject of a relative clause that was itself a claim: "The army, which denies A, said
    # B" -- the army says B too
    clause_subject: Optional[tuple[int, str]] = None
    speaker_spans: list[tuple[int, int]] = []
    for match in _cues(masked, masked_lower, start, end):
        if any(s <= match.start() < e for s, e in speaker_spans):
            continue  # "according to U.N. estimates": a cue word inside a speaker's phrase names it
        cue = match.group(1)
        cue_lower = cue.lower()
        if cue[0].isupper() and masked[start:match.start()].strip(" “\"'"):
            continue  # "Sheikh Said", "Said Ahmad": a capital mid-sentence is a name, not a cue
        if cue_lower in _NOUN_LIKE_CUES and (_NOUN_DETERMINER.search(masked, max(start, match.start() - 16), match.start())
                                             or _OF_AFTER.match(masked, match.end())) \
                and not _SUBJECT_PRONOUN_AFTER.match(masked, match.end()):
            # "many reports said", "with reports of clashes": a noun, not the verb ("Rebel media
            # claim they hold the bridge": a subject after it makes it the verb)
            continue
        if _ANAPHORIC_OBJECT.match(masked, match.end()) and not _DENIAL.fullmatch(cue_lower):
            continue  # "we have said so to both sides", "We say it because ...": said elsewhere, not here
        if (_FREE_RELATIVE_BEFORE.search(masked, max(start, match.start() - 16), match.start())
                and not _COPULA_AFTER.match(masked, match.end())):
            # "Both men may believe what they say": whatever they say, not a report of it ("a video
            # of what it said was the shelling" reports what it was)
            continue
        if cue_lower in _OBJECT_CUES and _PREPOSITION_AFTER.match(masked, match.end()):
            continue  # "videos recorded on the ground show": a participle; the monitor "recorded 12 deaths"
        if (_RELATIVE_PASSIVE_BEFORE.search(masked, max(start, match.start() - 24), match.start())
                and not _BY_AGENT.match(masked, match.end(), end)):
            continue  # "the initiative of X, which was announced on 20 May, ...": what was announced, no report
        if (cue_lower == "claim" and masked[max(start, match.start() - 3):match.start()].endswith(("'s ", "’s "))
                and _DENIAL.search(masked, start, match.start())):
            continue  # "X rejected as a fairy tale the regime's claim that ...": X's denial, not a claim of the regime
        if cue_lower in _CHARACTERISED_AS and not _AS_WITHIN.match(masked, match.end(), end):
            continue  # "welcomed the plan": no report of what it is
        if cue_lower in _THAT_ONLY_CUES and not (_that_near(masked, match.end(), end)
                                                 and _NEAR_THAT.match(masked, match.end(), end)):
            continue  # "the scene reminded him of 2013": no report
        if cue_lower in _RESPONSIBLE_ONLY_CUES and not _HELD_RESPONSIBLE.match(masked, match.end(), end):
            continue  # "held talks", "held the town": no report
        if cue_lower in _DISMISSAL_CUES and not _DISMISSED_AS_SAID.match(masked, match.end(), end) and not (
                _BY_AGENT.match(masked, match.end(), end)
                and _CLAIM_NOUN_BEFORE.search(masked, max(start, match.start() - 30), match.start())):
            continue  # "the president dismissed the governor": a sacking, not a denial ("a claim dismissed by" is)
        # ("denied responsibility" is a denial, though)
        if (_NOT_SPEECH.match(masked, match.end()) and not _DENIAL.fullmatch(cue_lower)) or (
                cue_lower.startswith("claim") and _CLAIMED_COUNT.match(masked, match.end())):
            # "X claimed responsibility" says nothing checkable, but X is whom a following
            # "it said" or "the group said" refers to
            actor = _speaker_before(masked, max(start, claimed_until), match.start())
            if actor is None and _COORDINATED_CUE.search(masked, max(start, match.start() - 16), match.start()):
                # "The governor visited the wounded and declared three days of mourning"
                actor = _sentence_subject(masked, max(start, claimed_until), match.start())
            if actor is not None:
                history.append(_resolve(actor[1], registry, history, publisher=publisher))
            continue
        if (drafts and match.start() < claimed_until and cue_lower in PREPOSITIONAL_CUES
                and cue_lower not in _QUOTING_CUES
                and (relay := _speaker_after(masked, match.end(), end)) is not None
                and _ends_sentence(masked, relay, end)):
            # "Activists reported A according to Reuters": the wire relays the activists' claim,
            # which ends where its attribution starts ("..., citing B" goes on with the speaker's
            # grounds)
            last = drafts[-1]
            semicolon = masked.rfind(";", last.start, match.start())
            if semicolon > last.start and _count_words(body, semicolon + 1, match.start()) >= 3:
                # "X claimed A; B, according to Y": the clause after the semicolon is Y's own
                relayed_speaker = _resolve(relay[1], registry, history, publisher=publisher)
                last.start, last.end = _trim(body, last.start, semicolon)
                last.kind = _kind_of(body, last.start, last.end, in_sentence)
                said = _trim(body, semicolon + 1, match.start())
                drafts.append(_Draft(_kind_of(body, *said, in_sentence), *said, cue, relayed_speaker, sentence,
                                     _denies(body, said[0], said[1], cue)))
                history.append(relayed_speaker)
            elif last.start < match.start() and _count_words(body, last.start, match.start()) >= 3:
                last.start, last.end = _trim(body, last.start, match.start())
                last.kind = _kind_of(body, last.start, last.end, in_sentence)
            continue
        if drafts and match.start() < claimed_until:
            if (_DENIAL.fullmatch(cue_lower)
                    and (noun := _CLAIM_NOUN_BEFORE.search(masked, max(drafts[-1].start, match.start() - 30),
                                                           match.start()))
                    and (by := _BY_AGENT.match(masked, match.end(), end))
                    and (agent := _speaker_after(masked, by.end(), end)) is not None
                    and _ends_sentence(masked, agent, end)):
                # "A, a claim denied by the government": as "a claim the government denied"
                denier = _resolve(agent[1], registry, history, publisher=publisher)
                _split_off_denial(body, drafts, noun, denier, cue, sentence, in_sentence)
                history.append(denier)
                claimed_until = end
                continue
            # the claim the cue stands in: the latest, or one a sequel of it follows ("X said A,
            # while Y acknowledged B but insisted C")
            holder = next((i for i in range(len(drafts) - 1, -1, -1)
                           if drafts[i].start <= match.start() < drafts[i].end), len(drafts) - 1)
            outer = _speaker_before(masked, drafts[holder].start, match.start())
            joined = outer is not None and outer[0] > drafts[holder].start and (
                _CLAUSE_JOIN.search(masked, drafts[holder].start, outer[0])
                or (_SUBORDINATE_START.match(masked, start) and _CLAUSE_COMMA.search(masked, drafts[holder].start, outer[0])))
            if joined and drafts[holder].speaker.name != _resolve(outer[1], registry, history, publisher=publisher).name:
                # "X claims A, while Y reported B", "While X called it A, Y say B": a second
                # speaker with a claim of its own; the first claim ends at the join, and what
                # was read as its sequels after the join goes on with the second speaker
                del drafts[holder + 1:]
                last = drafts[-1]
                last.start, last.end = _trim(body, last.start, joined.start())
                last.kind = _kind_of(body, last.start, last.end, in_sentence)
                # a denial word may have been in the other speaker's clause only
                last.denial = _denies(body, last.start, last.end, last.cue)
                claimed_until = joined.start()
            elif (outer and outer[0] > drafts[-1].start and _DENIAL.fullmatch(cue_lower)
                  and (noun := _CLAIM_NOUN_BEFORE.search(masked, max(drafts[-1].start, outer[0] - 30), outer[0]))):
                denier = _resolve(outer[1], registry, history, publisher=publisher)
                _split_off_denial(body, drafts, noun, denier, cue, sentence, in_sentence)
                history.append(denier)
                claimed_until = end
                continue
            elif (outer and outer[0] > drafts[-1].start and _ends_sentence(masked, outer, end)
                  and not cue_lower.endswith("ing")   # ", describing them as ...": the same speaker goes on
                  and not _OBJECT_RELATIVE.search(masked, max(start, outer[0] - 8), outer[0])):
                # "Media accuse X of Y, daily Z reported": the closing attribution names the source
                last = drafts[-1]
                last.start, last.end = _trim(body, last.start, outer[0])
                last.speaker = _resolve(outer[1], registry, history, publisher=publisher)
                last.cue = cue
                last.kind = _kind_of(body, last.start, last.end, in_sentence)
                history.append(last.speaker)
                claimed_until = end
                continue
            else:
                continue
        speaker_span: Optional[tuple[int, str]] = None
        object_end = 0
        content: Optional[tuple[int, int]] = None
        relative_subject: Optional[tuple[int, str]] = None
        between_commas = False
        if cue_lower in PREPOSITIONAL_CUES:
            opening = not masked[max(start, claimed_until):match.start()].strip()
            speaker_span = _speaker_after(masked, match.end(), end, closed=opening)
            if speaker_span is None:
                continue
            sp_start, phrase = speaker_span
            sp_end = sp_start + len(phrase)
            located = _LOCATED_THEN_COMMA.match(masked, sp_end, end) if opening else None
            if located:
                # "According to the health ministry in Riverton, 1,200 ...": where the speaker
                # sits belongs to the phrase, and the content starts after the comma
                sp_end = located.end()
                speaker_span = (sp_start, masked[sp_start:sp_end])
            before = _trim(body, claimed_until, match.start())
            after = _trim(body, sp_end, end)
            content = before if before[1] - before[0] >= after[1] - after[0] else after
            if content == after and before[1] > before[0] and (
                    _DESCRIBES_SPEAKER.match(masked, sp_end, end)
                    or (_count_words(body, *before) >= 3 and _COORDINATED_AFTER_SPEAKER.match(masked, sp_end, end))):
                # "..., according to X, which relies on ...": the clause is about X; "..., according
                # to X, and B": another clause, coordinated with what X said
                content = before
            if content == before and after[1] > after[0] and _RELATIVE_OPENED.search(masked, max(start, match.start() - 12), match.start()):
                # "a battle in which, according to X, 120 soldiers were killed": what X said is
                # the relative clause after it
                content = after
            comma = _LEADING_COMMA.match(masked, sp_end, end)
            if content == after and _count_words(body, *before) >= 3 and (
                    _ADVERBIAL.match(masked, comma.end() if comma else sp_end, end) or _DUE_TO.match(masked, sp_end, end)):
                # "19 were killed according to X due to heavy shelling", "A, according to U.N.
                # estimates, after forces encircled the city": the clause after X goes on with
                # what was said before it
                content = before
        elif (history and (impersonal := _IMPERSONAL_PASSIVE.search(masked, max(start, match.start() - 24), match.start()))
              and _count_words(body, max(start, claimed_until), impersonal.start()) >= 4
              and _MEDIUM_AFTER.fullmatch(masked, match.end(), end)):
            # "A, it was stated in the communiqué": the body whose communiqué it is spoke last
            # (a bare "it was reported" names no document, and no one)
            said = _trim(body, max(start, claimed_until), impersonal.start())
            history.append(history[-1])
            drafts.append(_Draft(_kind_of(body, *said, in_sentence), *said, cue, history[-1], sentence))
            claimed_until = end
            continue
        elif (cue_lower in _PASSIVE_AGENT_CUES and (agent := _BY_AGENT.match(masked, match.end(), end))
              and (auxiliary := _PASSIVE_AUXILIARY.search(masked, max(start, match.start() - 30), match.start()))):
            # "The attack was later confirmed by the UN": the agent after "by" speaks, and the
            # subject before the auxiliary is what it said
            speaker_span = _speaker_after(masked, agent.end(), end)
            if speaker_span is None:
                continue
            content = _trim(body, max(start, claimed_until), auxiliary.start())
            agent_end = speaker_span[0] + len(speaker_span[1])
            tail_end = _passive_tail_end(masked, agent_end, end, registry)
            if tail_end is not None:
                content = (content[0], _trim(body, agent_end, tail_end)[1])
        elif (not drafts and _COORDINATED_CUE.search(masked, max(start, match.start() - 16), match.start())
              and (subject := _sentence_subject(masked, max(start, claimed_until), match.start())) is not None
              and subject[1].lower() not in _PRONOUNS
              and not _OPENING_PARTICIPLE.match(masked, subject[0], match.start())
              and _names_someone(subject[1], registry)):
            # "Activists mourned him online and said he was killed": the sentence's subject speaks
            speaker_span = subject
            content = _trim(body, _skip_cue_object(masked, match.end(), end, cue), end)
            if _count_words(body, *content) < 3:
                continue
        else:
            before_cue = _speaker_before(masked, max(start, claimed_until), match.start())
            if (before_cue is not None and drafts and speaker_spans and cue_lower.endswith(("ing", "ing that"))
                    and _MEDIUM_PREPOSITION.search(masked, max(start, before_cue[0] - 6), before_cue[0])):
                # "the governor wrote on Telegram, adding that ...": a medium is no speaker; the
                # one who wrote goes on
                before_cue = (speaker_spans[-1][0], masked[speaker_spans[-1][0]:speaker_spans[-1][1]])
            # "the governor, who said ...", "ministers who blamed ...": the speaker is the noun the
            # relative pronoun follows, and what it said is after the cue
            relative = _RELATIVE_CUE.search(masked, max(start, claimed_until, match.start() - 40), match.start())
            relative_subject = (_speaker_before(masked, max(start, claimed_until), relative.start())
                                if relative else None)
            if relative_subject is not None:
                before_cue = relative_subject
            elif (before_cue is None and clause_subject is not None
                  and not masked[claimed_until:match.start()].strip(" ,–—")):
                before_cue = clause_subject
            # "..., said X" and, where commas were lost, "...were killed said observatory head X"
            after_punctuation = _ENDS_WITH_PUNCTUATION.search(masked, start, match.start())
            # "... in the town of X said the monitor": a name right after a preposition is the
            # object of the content, not the speaker
            object_before = (cue_lower in _INVERTIBLE and before_cue is not None
                             and (_follows_preposition(masked, start, before_cue[0])
                                  # "... killed 12 fighters said the monitor": a count's noun
                                  or _follows_count(masked, start, before_cue[0])))
            # "The colonel said the group had ...": a few words opening the sentence are more
            # likely its subject than what was said, unless the speaker after the cue ends it
            # (counted to the fourth word at most: the words before a cue may be most of a long sentence)
            short_subject = not after_punctuation and next(itertools.islice(
                _WORD_RUN.finditer(masked, max(start, claimed_until), match.start()), 3, None), None) is None
            inverted = (cue_lower in _INVERTIBLE and (after_punctuation or before_cue is None or object_before)
                        or cue_lower in _INVERTIBLE_AFTER_PUNCTUATION and after_punctuation)
            if inverted and (before_cue is None or before_cue[0] >= match.start() or object_before):
                speaker_span = _speaker_after(masked, match.end(), end)
                # with no comma, the speaker phrase must close the sentence ("... said the
                # Observatory."), else this "said" starts reported content ("X said rescuers were")
                if speaker_span is not None and (not after_punctuation and (
                        not _ends_sentence(masked, speaker_span, end, strict=short_subject)
                        or speaker_span[1].lower() in _PRONOUNS)
                        or _FINITE_VERB_AFTER.match(masked, speaker_span[0] + len(speaker_span[1]), end)):
                    # "... said it would hold": a pronoun there starts the content, as does the
                    # subject of a verb ("X and its allies said rebels had shelled it", "X, a
                    # commissioner, says three crew members were killed")
                    speaker_span = None
                if speaker_span is not None:
                    content = _trim(body, claimed_until, match.start())
            as_saying = _AS_SAYING.match(masked, match.end(), end) if cue_lower in _QUOTING_CUES else None
            passive = _PASSIVE_AS_SAYING.match(masked, match.end(), end) if cue_lower in _QUOTING_CUES else None
            auxiliary = _PASSIVE_BEFORE.search(masked, max(start, match.start() - 14), match.start()) if passive else None
            quoted = _speaker_before(masked, max(start, claimed_until), auxiliary.start()) if auxiliary else None
            if speaker_span is None and quoted is not None:
                # "The governor was quoted as saying that ...": the subject said it
                speaker_span = quoted
                content = _trim(body, passive.end(), end)
                if _AGENT_ONLY.fullmatch(masked, passive.end(), end):
                    # "A, the governor was quoted as saying by local media": what he said came first
                    content = _trim(body, max(start, claimed_until), quoted[0])
            elif speaker_span is None and as_saying:
                # "Agency X quoted a source as saying that ...": the quoted one is the speaker
                speaker_span = (as_saying.start("who"), as_saying.group("who"))
                content = _trim(body, as_saying.end(), end)
            elif speaker_span is None and before_cue is not None:
                speaker_span = before_cue
                if (_follows_preposition(masked, start, before_cue[0]) and (
                        cue_lower.endswith("ing") or _DENIAL.fullmatch(cue_lower))) or (
                        cue_lower.endswith("ing") and _object_not_speaker(before_cue[1])):
                    # (and "X issued an ultimatum to rebels stating that ...": a thing said speaks not)
                    # "X met Y in Riverton stating that ...", "X and its allies in Riverton denied
                    # ...": the subject is the sentence's, not the place before the cue
                    subject = _sentence_subject(masked, max(start, claimed_until), before_cue[0])
                    if subject is not None:
                        speaker_span = subject
                sp_start = before_cue[0]
                after_at = _skip_cue_object(masked, match.end(), end, cue)
                sequel = _sequel(masked, masked_lower, after_at, end)
                if sequel and _is_comma_sequel(sequel.group()) and \
                        _count_words(body, after_at, sequel.start()) < MIN_SAID_BEFORE_SAYING:
                    sequel = None   # "rejected the plan, saying it ...": the object alone says nothing
                after_end = sequel.start() if sequel and sequel.start() > after_at else end
                semicolon = masked.find(";", after_at, after_end) if _COUNTING_CUE.search(cue_lower) else -1
                if semicolon > after_at:
                    after_end = semicolon   # "gave a toll of 19; the group lists two as missing"
                if relative_subject is not None and relative.group(1):
                    # ", who said A, fled": the clause between the commas is what was said
                    # (not the comma of a number: "who wrote that about 1,900 fighters left")
                    closing = _COMMA_NOT_IN_NUMBER.search(masked, after_at, after_end)
                    after_end = closing.start() if closing and closing.start() > after_at else after_end
                    between_commas = True
                after = _trim(body, after_at, after_end)
                before = _trim(body, claimed_until, sp_start)
                # ", undermining ..." after the cue is the writer's comment, not the content
                participle = (_LEADING_COMMA.match(masked, after_at, after_end)
                              # "A, a local official said, in one of the deadliest attacks ...": a
                              # comma closes the inverted attribution; what follows is the writer's
                              or (_COMMA_BEFORE.search(masked, start, sp_start)
                                  and _LEADING_COMMA.match(masked, match.end(), after_end))
                              # "said in its daily bulletin posted on ...": where it was said
                              or _MEDIUM_AFTER.fullmatch(masked, match.end(), after_end)
                              # "denied shelling the town": for a denial the participle is what is denied
                              or (not _DENIAL.fullmatch(cue_lower) and _LEADING_PARTICIPLE.match(masked, after_at, after_end))
                              or _ADVERBIAL.match(masked, after_at, after_end)
                              or _OCCASION.match(masked, match.end(), after_end)
                              # "told Example Voice by phone on Monday evening", "told a press
                              # conference in Ostrel": how and where it was said, not what
                              or _attribution_tail(masked, match.end(), after_end)
                              # "told the funeral of our brother on Monday": whom it was told to
                              or (cue_lower in _TOLD_CUES and _is_quoted(body, _trim(body, claimed_until, sp_start), in_sentence)
                                  and _LISTENER_TAIL.fullmatch(masked, match.end(), after_end) is not None))
                if relative_subject is not None and after[1] > after[0]:
                    content = after
                elif _is_quoted(body, before, in_sentence) and _is_quoted(body, after, in_sentence):
                    content = (before[0], after[1])  # "A," he said, "B": one quotation
                elif (participle or (cue_lower in _INVERTIBLE and _LOST_FULL_STOP.match(masked, match.end(), after_end))) \
                        and (_count_words(body, *before) >= 4 or _is_quoted(body, before, in_sentence)) \
                        and not _PLACE_AND_DAY.fullmatch(body, *before):
                    content = before
                    # "A, X told Y adding that B": the cue's object is spent, so a sequel follows
                    object_end = after_at
                elif before[1] <= before[0] and after[1] > after[0] and _REPORTING_MEANS.fullmatch(body, *after):
                    # "Our correspondent is reporting by satellite phone.": how it is reported, and
                    # nothing that was
                    continue
                elif (after[1] - after[0] >= 3 and _count_words(body, *after) >= 3
                      or _short_object(body, after, cue_lower) or _toll_count(body, after, cue_lower)):
                    content = after
                elif before[1] > before[0]:
                    content = before
            if speaker_span is None:
                continue
        if content is None or content[1] <= content[0] or (
                _TIME_ONLY.fullmatch(body, *content) and not _denied_just_before(body, content, cue_lower)):
            continue  # ("..., citing a source" after "reported on Wednesday": no claim of its own)
        if _announces_what_follows(body, content):
            continue  # "announces to the free peoples of the world the following": the claims follow
        speaker_end = speaker_span[0] + len(speaker_span[1])
        # a "who" clause describes the speaker, unless it is the very clause that reports the speech
        relative = _WHO_AFTER.match(masked[speaker_end:end]) if relative_subject is None else None
        speaker = _resolve(speaker_span[1], registry, history, relative.group() if relative else "", publisher,
                           body[max(0, start - EARLIER_TEXT_CHARS):start], masked[start:speaker_span[0]])
        if speaker.stance == "unknown" and _LOCAL_AUTHORITY.fullmatch(speaker_span[1].strip()):
            holders = {side for side, pattern in _HELD_BY.items() if pattern.search(masked, start, end)}
            if len(holders) == 1:
                # "... in the rebel-held town of X, a local health official said": the authority
                # of the side that holds the place
                speaker = attrs.evolve(speaker, stance=holders.pop(), basis="descriptor")
        relay_at = max(match.end(), speaker_end)
        relay = _RELAYING.match(masked, relay_at, end) if content[1] <= relay_at else None
        relayed = _speaker_after(masked, relay.end(), end) if relay else None
        if relayed is not None and _ends_sentence(masked, relayed, end):
            # "..., the correspondent added, quoting state television": the quoted one speaks
            speaker = _resolve(relayed[1], registry, history, publisher=publisher)
            speaker_span = relayed
        kind = _kind_of(body, content[0], content[1], in_sentence)
        quoted_after = _QUOTE_AFTER_COLON.search(body, content[0], content[1]) if kind == "mixed" else None
        if quoted_after is not None and _count_words(body, content[0], quoted_after.start()) >= 3:
            # 'rejected the claim that A: "B"': what is reported, then the speaker's own words
            # for it, two claims of one speaker
            said = _trim(body, content[0], quoted_after.start())
            drafts.append(_Draft(_kind_of(body, *said, in_sentence), *said, cue, speaker, sentence,
                                 _denies(body, said[0], said[1], cue)))
            content = _trim(body, quoted_after.end() - 1, content[1])
            kind, cue = _kind_of(body, content[0], content[1], in_sentence), None
        if kind == "direct":
            inner = [q for q in in_sentence if q.start < content[1] and q.end > content[0]]
            content = _trim(body, inner[0].start, inner[-1].end)
        drafts.append(_Draft(kind, content[0], content[1], cue, speaker, sentence,
                             _denies(body, content[0], content[1], cue)))
        speaker_spans.append((speaker_span[0], speaker_span[0] + len(speaker_span[1])))
        history.append(speaker)
        clause_subject = relative_subject if between_commas else None
        claimed_until = max(claimed_until, content[1], speaker_span[0] + len(speaker_span[1]), object_end)
        if content[1] <= match.start() and speaker_span[0] < match.start():
            # "A, X said, blaming B": the content came first, so a sequel may follow the cue
            claimed_until = max(claimed_until, match.end())
        # "..., adding that B": a second claim by the same speaker
        # ("..., adding that B, asserting that C": each sequel a claim of its own)
        sequel = _sequel(masked, masked_lower, claimed_until, end)
        took_sequel = False
        while sequel and (sequel.start() - claimed_until <= 2
                          or _SEQUEL_GAP.fullmatch(masked, claimed_until, sequel.start()) is not None):
            following = _sequel(masked, masked_lower, sequel.end(), end)
            stop = following.start() if following and following.start() > sequel.end() else end
            second = _trim(body, sequel.end(), stop)
            sequel_cue = sequel.group().strip(" ,")
            if not _sequel_content_is_claim(body, second, sequel_cue):
                break
            # "denied A, saying B": B is the ground of the denial, and denies what A does
            grounds = drafts[-1].denial and _is_comma_sequel(sequel_cue)
            drafts.append(_Draft(_kind_of(body, second[0], second[1], in_sentence), second[0], second[1], sequel_cue,
                                 speaker, sentence, grounds or _denies(body, second[0], second[1], sequel_cue)))
            took_sequel = True
            claimed_until = stop
            sequel = following if stop < end else None
        if took_sequel:
            claimed_until = end
    if drafts:
        return drafts
    # No cue: a quotation standing alone continues the latest speaker's words, or is the words
    # of the one a sentence ending in a colon brought in ("Commander X, who leads the defence,
    # spoke to us from the port:")
    long_quotes = [q for q in in_sentence if _count_words(body, q.start, q.end) >= MIN_DIRECT_WORDS]
    introducer = _colon_introducer(masked, start) if long_quotes and not long_quotes[0].continues else None
    labelled = _LABELLED_QUOTE.fullmatch(masked, start, long_quotes[0].open) if long_quotes and not introducer else None
    last_close = long_quotes[-1].close if long_quotes else None
    signed = _DASH_SIGNATURE.match(masked, last_close + 1) if last_close is not None and labelled else None
    if signed is not None:
        # 'CLAIM 1: "212 people are held ..." — Defence Minister X, Assembly, 8 April': the name
        # after the dash signs the quotation; the label before it only numbers it
        introducer = (signed.start("who"), signed.group("who"))
        labelled = None
    if labelled is not None:
        # "11:20 – ICRC delegation head Jon Example: "We have 400 patients ..."": a name and a
        # colon before the quotation say whose it is
        introducer = (start + labelled.start("phrase"), labelled.group("phrase"))
    if introducer is not None:
        history.append(_resolve(introducer[1], registry, history, publisher=publisher,
                                earlier_text=body[max(0, start - EARLIER_TEXT_CHARS):start]))
    if long_quotes and history:
        quoted, total = _quote_words(body, long_quotes[0].open if labelled or signed else start,
                                     signed.start() if signed else end, in_sentence)
        if quoted >= DIRECT_COVERAGE * total:
            kind = CONTINUATION if long_quotes[0].continues else "direct"
            return [_Draft(kind, long_quotes[0].start, long_quotes[-1].end, None, history[-1], sentence)]
    # "X has reportedly refused", "the fighting is reported to have killed": hearsay the writer
    # passes on without naming whose it is
    window = masked[start:end]
    hearsay = _HEARSAY.search(window) if ("edly" in window or "ed to" in window or "said to" in window
                                         or "accused of" in window or "ed that" in window) else None
    if hearsay:
        content = _trim(body, start, end)
        if _count_words(body, *content) >= 5:
            return [_Draft(_kind_of(body, content[0], content[1], in_sentence), content[0], content[1],
                           hearsay.group().strip(), _UNNAMED_REPORTS, sentence)]
    return []


MAX_INTRODUCER_CHARS = 300


# a dash and a name after a quotation's closing mark, to a comma or the paragraph's end
_DASH_SIGNATURE = re.compile(r"[ \t]*[—–][ \t]*(?P<who>[A-Za-z][^,\n—–]{1,80}?)[ \t]*(?:,|\.?[ \t]*(?:\n|$))")
# a speaker's name and a colon, perhaps after a live blog's time, opening a quotation's sentence
_LABELLED_QUOTE = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[–—-]\s*)?(?P<phrase>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,8}?):\s*")


def _colon_introducer(masked: str, start: int) -> Optional[tuple[int, str]]:
    """The subject of the sentence right before ``start`` when it ends in a colon."""
    offset = max(0, start - MAX_INTRODUCER_CHARS)
    before = masked[offset:start].rstrip()
    if not before.endswith(":"):
        return None
    opening = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    sentence_start = offset + opening + 1 if opening >= 0 else offset
    while sentence_start < start and masked[sentence_start].isspace():
        sentence_start += 1
    return _sentence_subject(masked, sentence_start, offset + len(before))


def _narrative(body: str, sentence: tuple[int, int], quotes: list[_Quote]) -> Optional[tuple[int, int, tuple[Quantity, ...]]]:
    start, end = _trim(body, *sentence)
    text = body[start:end]
    if _count_words(body, start, end) < 5 or text.endswith("?"):
        return None
    quoted, total = _quote_words(body, start, end, quotes)
    if quoted >= DIRECT_COVERAGE * total:
        return None
    found = _quantities(text)
    if found:
        return start, end, found
    if _EVENT.search(text) and (_TIME_WORDS.search(text) or _places(text)):
        return start, end, ()
    return None


@functools.lru_cache(maxsize=4096)   # wire copy and a page's repeated lead give the same sentences again
def _quantities(text: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(text))


# (read in printable ASCII text through their twins compiled with re.ASCII, which scan it about
# twice as fast: each pattern is tried at nearly every position of each claim's sentence)
_PLACE_PATTERNS = (_PLACE_AFTER_PREP, _PLACE_BEFORE_HEAD, _PLACE_HIT)
_ASCII_PLACE_PATTERNS = tuple(ascii_twin(pattern) for pattern in _PLACE_PATTERNS)


@functools.lru_cache(maxsize=4096)   # (as for _quantities)
def _places(text: str) -> tuple[str, ...]:
    names: list[str] = []
    plain = is_plain_ascii(text)
    for pattern, twin in zip(_PLACE_PATTERNS, _ASCII_PLACE_PATTERNS):
        for match in (twin if plain else pattern).finditer(text):
            if (pattern is _PLACE_AFTER_PREP and text.startswith("of", match.start())
                    and _office_before(text, match.start())):
                continue   # "the Ministry of Health": a portfolio, not a place
            for index, group in enumerate(match.groups(), 1):
                if group and _DEMONYM.fullmatch(group) and _LOWER_WORD_AFTER.match(text, match.end(index)):
                    continue   # "reports in Ustravian media": a people's adjective, not a place
                place = normalise_place(group) if group else None
                if place and place not in names:
                    names.append(place)
    return tuple(names)


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic)")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _office_before(text: str, at: int) -> bool:
    words = text[max(0, at - 20):at].split()
    return bool(words) and words[-1].lower() in _OFFICES


_NOT_PLACE_HEADS = set(NOT_PLACE_HEADS)
_OFFICES = frozenset(OFFICE_BEFORE_OF)
_HOLDER_WORDS = set(PLACE_HOLDER_WORDS)
_PLACE_HEAD_WORDS = {word for head in PLACE_HEADS for word in head.split()}   # "border crossing"
_NOT_PLACES = {*NOT_PLACE_FIRST_WORDS, *NOT_PLACE_NAMES}
_COUNTRIES = frozenset(COUNTRY_NAMES)


_DATELINE_WIRES = frozenset(DATELINE_WIRES)


@functools.lru_cache(maxsize=8192)   # the same few place names come back in every article
def normalise_place(name: str) -> Optional[str]:
    """"al-Qasr" -> "qasr", "Hama’" -> "hama", "Hama city" -> "hama"; None for non-places."""
    name = _POSSESSIVE_END.sub("", name.strip())
    lower = name.lower()
    for article in PLACE_ARTICLES:
        if lower.startswith(article):
            lower = lower[len(article):]
            break
    words = [w for w in _SPACE_OR_HYPHEN.split(lower) if w]
    if len(words) > 1 and _country_possessive(words[0]):
        words = words[1:]   # "Iraq's Dorsa province" is Dorsa, in Iraq
    held_by = [i for i, w in enumerate(words[:-1]) if w in _HOLDER_WORDS]
    if held_by:
        words = words[held_by[-1] + 1:]   # "rebel-held Dorsa": the place is what follows
    if any(w in _NOT_PLACE_HEADS for w in words[:-1]):
        return None   # "the UK-based Observatory director": a body, with or without a name after it
    while words and (words[-1] in _PLACE_HEAD_WORDS or len(words) > 1 and words[-1] in _DATELINE_WIRES):
        words.pop()
    if not words or words[0] in _NOT_PLACES or words[0] in _CALENDAR or len(" ".join(words)) < 3:
        return None
    if words[-1] in _NOT_PLACE_HEADS:
        return None
    place = " ".join(words)
    # scraping drops apostrophes: "Syrias second city" is Syria's
    return place[:-1] if place.endswith("s") and place[:-1] in _COUNTRIES else place


def _country_possessive(word: str) -> bool:
    """"iraq's", "iraq’s", or "iraqs" where scraping lost the apostrophe."""
    stem = word.removesuffix("'s").removesuffix("’s")
    if stem == word:
        stem = word.removesuffix("s")
    return stem != word and stem in _COUNTRIES


def _claim_id(article: Article, kind: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article.id}:{kind}:{start}:{end}".encode()).hexdigest()[:16]


def _link_denials(body: str, drafts: list[_Draft], ids: list[str]) -> list[Optional[str]]:
    """For each denial, the earlier claim it denies: the one sharing most content words with
    what is denied and with the denial's sentence, from another speaker."""
    if not any(d.denial for d in drafts):
        return [None] * len(drafts)
    # (no claim after the last denial is compared with one)
    last_denial = max(i for i, d in enumerate(drafts) if d.denial)
    stems = [_stems(body[d.start:d.end]) for d in drafts[:last_denial + 1]]
    links: list[Optional[str]] = []
    for i, draft in enumerate(drafts):
        if not draft.denial:
            links.append(None)
            continue
        if _denied_just_before(body, (draft.start, draft.end), (draft.cue or "").lower()):
            # "The junta denies this.": the claim just before, if another side's
            before = [j for j in range(i) if drafts[j].end <= draft.sentence[0]]
            last = before[-1] if before else None
            links.append(ids[last] if last is not None and _may_deny(draft.speaker, drafts[last].speaker) else None)
            continue
        if draft.answers is not None and _may_deny(draft.speaker, drafts[draft.answers].speaker):
            # "That figure is invented.", answering a question that passed on the figure
            links.append(ids[draft.answers])
            continue
        sentence = body[draft.sentence[0]:draft.sentence[1]]
        context = _stems(sentence)
        sentence_lower = sentence.lower()
        denied = stems[i] | _denier_named(body[draft.start:draft.end], draft.speaker)
        best, best_score = None, 0
        for j in range(i):
            if not _may_deny(draft.speaker, drafts[j].speaker):
                continue
            # the denied content itself counts most; the rest of the sentence breaks ties. A
            # claim sharing no word with what is denied is not its target.
            shared = len(denied & stems[j])
            named = _names_speaker(sentence_lower, drafts[j].speaker, draft.speaker)
            if not shared and not named:
                continue
            score = len(context & stems[j]) + DENIED_CONTENT_WEIGHT * shared
            if score and named:
                score += NAMED_TARGET_BONUS  # "residents rejected the paper's claim that ..."
            if score and _opposed(drafts[j].speaker, draft.speaker):
                score += OPPOSED_TARGET_BONUS
            if score > best_score:
                best, best_score = ids[j], score
        links.append(best if best_score >= 1 else None)
    return links


DENIED_CONTENT_WEIGHT = 2  # "rejected the assertion that rebels fired first": what is denied
NAMED_TARGET_BONUS = 5   # a denial that names whose claim it rejects points at that speaker's claim


def _may_deny(denier: _Speaker, claimant: _Speaker) -> bool:
    """Whether a denier's denial can answer a claimant's claim: another speaker, not of its side
    (a side rarely denies its own side's claims)."""
    return claimant.name != denier.name and not _same_side(claimant, denier)


def _same_side(one: _Speaker, other: _Speaker) -> bool:
    return one.stance == other.stance and one.stance in PARTISAN_STANCES


OPPOSED_TARGET_BONUS = 2  # a denial answers the other side's accusation before a bystander's report


def _opposed(one: _Speaker, other: _Speaker) -> bool:
    return one.stance != other.stance and {one.stance, other.stance} <= PARTISAN_STANCES


def _denier_named(denied: str, denier: _Speaker) -> set[str]:
    """The denier's name stems when what it denies speaks of it by a pronoun ("Russia denied
    its aircraft were involved"): the claim it answers names the denier. Only a proper name
    counts: in "the Kelbit government" the country is the setting, not the denier."""
    words = _WORD.findall(denier.name)
    if (not any(word.lower() in _DENIER_PRONOUNS for word in _WORD.findall(denied))
            or not all(word[:1].isupper() or word.split("-")[0].lower() in _NAME_PARTICLES for word in words)):
        return set()
    return {_stem(word.lower()) for word in words if word.lower() not in _STOP and len(word) > 2}


def _names_speaker(sentence: str, speaker: _Speaker, denier: _Speaker) -> bool:
    """Whether a denial's sentence names the speaker (or outlet) of an earlier claim."""
    names = {n.lower() for n in (speaker.name, speaker.outlet) if n and len(n) > 3}
    names -= {n.lower() for n in (denier.name, denier.outlet) if n}
    return any(whole_words_in(n, sentence) for n in names)


def whole_words_in(phrase: str, text: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` between word boundaries (no pattern compiled)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "that", "for", "is", "was", "are", "were", "be",
         "by", "with", "as", "at", "it", "its", "this", "from", "have", "has", "had", "not", "their", "they",
         "said", "says", "told", "reported", "claims", "claim", "rejected", "denied", "them", "any", "all"}


# "calls", "the calls", "a US plea", "repeated demands"
_REQUEST = re.compile(r"(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w.’'-]+\s+)?(?:" + alternation(REQUEST_NOUNS) + r")\b", re.I)


def is_request(text: str, start: int = 0) -> bool:
    """Whether what is rejected at ``start`` is a request: "rejected calls to halt the
    bombing" refuses it and denies no report of the bombing."""
    return _REQUEST.match(text, start) is not None


_DENIER_PRONOUNS = frozenset(DENIER_PRONOUNS)
_NAME_PARTICLES = frozenset(NAME_PARTICLES)


def _stems(text: str) -> set[str]:
    """Content-word stems; words for one act or one kind of weapon are one stem ("aircraft"
    meets "warplanes")."""
    words = (w.lower() for w in _WORD.findall(text))
    return {ACT_OF_WORD.get(w) or _stem(w) for w in words if w not in _STOP and len(w) > 2}


def _stem(word: str) -> str:
    """A crude stem, enough to meet "fired" with "firing" and "claims" with "claimed"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def extract_claims(article: Article, registry: Registry) -> list[Claim]:
    """Every claim in ``article``, in reading order."""
    written = article.body
    registry = with_initialisms(registry, written)
    body = _with_double_quotes(written)   # read with double marks; claims quote what is written
    listed = _listed_items(body)
    paragraphs = _content_paragraphs(article, listed)
    quotes = _quotes(body, paragraphs)
    publisher_entry = registry.lookup(article.outlet) if article.outlet else None
    publisher = _Speaker(
        name=article.outlet or "publisher", outlet=article.outlet,
        stance=registry.stance_of(publisher_entry) if publisher_entry else "unknown",
        basis="publisher" if publisher_entry else "none", descriptor="", is_person=False,
    )
    masked = _mask(body, quotes)
    masked_lower = masked.lower() if masked.isascii() else None
    history: list[_Speaker] = []
    drafts: list[_Draft] = []
    narrative_quantities: dict[int, tuple[Quantity, ...]] = {}
    answers, feeds = _transcript_answers(body, paragraphs)
    asked_from: Optional[int] = None   # where the question before the next answer starts
    checked: Optional[int] = None      # the draft of a fact-check's claim its verdict rules on
    for p_start, p_end in paragraphs:
        if p_start in listed:
            # "- at least six storage tanks destroyed", listed under "according to X:"
            item_start, item_end, phrase, cue = listed[p_start]
            speaker = _resolve(phrase, registry, history, publisher=publisher, earlier_text=body[:p_start])
            drafts.append(_Draft("indirect", item_start, item_end, cue, speaker, (p_start, p_end)))
            history.append(speaker)
            continue
        if p_start in answers:
            # "OSTAN: We have six newborns": an interview transcribed with speaker labels
            label_start, label_end, content_start = answers[p_start]
            label = body[label_start:label_end].rstrip(": \t")
            speaker = _resolve(_label_phrase(label), registry, history, publisher=publisher, earlier_text=body[:p_start])
            if feeds:
                parts = [_trim(body, content_start, p_end)]   # a post is one claim, however long
            else:
                # an answer says one thing a sentence ("Our losses were four soldiers killed.
                # Nobody was taken prisoner."); a greeting or a bare "No." says nothing
                # (an answer given whole in quotation marks, as a news script's clip is, is still
                # a claim a sentence)
                parts = [_unquoted(body, *_trim(body, *sentence))
                         for sentence in _sentences(body, content_start, p_end, _quotes_within(quotes, content_start, p_end))]
                # (a translator's note closing a sentence is no part of it: "... grass soup [he
                # uses the word ...].")
                parts = [_before_note(body, a, b) for a, b in _between_notes(body, parts) if body[a] != "["]
                parts = [(a, b) for a, b in parts if not body[a:b].rstrip().endswith("?")
                         and (_count_words(body, a, b) >= MIN_ANSWER_WORDS or _DIGIT.search(body, a, b))
                         and not _about_the_talk(body[a:b]) and not _greeting(body[a:b])]
            # what the question just before passed on ("QUESTION: The Front says 64 civilians
            # died.") is what a denial in the answer answers ("That figure is invented.")
            asked = len(drafts) - 1 if asked_from is not None and drafts and drafts[-1].start >= asked_from else None
            for part_start, part_end in parts:
                # an answer calling the question's report false denies it ("That is a fabrication")
                denial = _denies(body, part_start, part_end, None) or (
                    asked is not None and calls_false(body[part_start:part_end]))
                drafts.append(_Draft("direct", part_start, part_end, None, speaker, (p_start, p_end), denial, asked))
            history.append(speaker)
            asked_from = None
            continue
        dashed = "—" in body[p_start:p_end] or "–" in body[p_start:p_end]   # em or en dash
        pulled = _DASH_ATTRIBUTED.match(body, p_start, p_end) if dashed else None
        if pulled is not None:
            # 'Claim: "The Front shelled the market." — Interior Minister Jon Example, August 2':
            # a quotation, then who said it after a dash
            speaker = _resolve(_dash_speaker(pulled["who"]), registry, history, publisher=publisher,
                               earlier_text=body[:p_start])
            q_start, q_end = _unquoted(body, pulled.start("quote"), pulled.end("quote"))
            drafts.append(_Draft("direct", q_start, q_end, None, speaker, (p_start, p_end),
                                 _denies(body, q_start, q_end, None)))
            history.append(speaker)
            checked = len(drafts) - 1
            continue
        # "- According to aid workers, ...", "4. The representative stressed ...": an item's
        # marker is no part of its sentence, which may open with its source or its cue
        marker = _LIST_ITEM.match(body, p_start, p_end)
        if marker is None and answers:
            # an interviewer's turn: "QUESTION (Example Courier): The observers counted 62 remains"
            # is read from after its label, which is no part of what was said
            marker = _TRANSCRIPT_LABEL.match(body, p_start, p_end) or _QUESTION_LABEL.match(body, p_start, p_end)
            asked_from = p_start if marker is not None else None
        ruled = _FALSE_VERDICT.match(body, p_start, p_end) if checked is not None else None
        paragraph_drafts = len(drafts)
        for sentence in _sentences(body, ruled.end() if ruled else marker.end() if marker else p_start, p_end,
                                   quotes):
            if _FURNITURE.match(body, sentence[0], sentence[1]):
                continue
            if _asks_without_quoting(body, sentence, quotes):
                continue   # "Did the soldiers say why?": a question reports nothing
            found = _draft_sentence(body, masked, sentence, quotes, registry, history, publisher, masked_lower)
            if found and found[0].kind == CONTINUATION:
                if drafts and drafts[-1].kind == "direct":
                    drafts[-1].end = found[0].end   # one quotation over several paragraphs
                else:
                    found[0].kind = "direct"
                    drafts.append(found[0])
                continue
            if found:
                drafts.extend(found)
                continue
            narrative = _narrative(body, sentence, quotes)
            if narrative:
                n_start, n_end, quantities = narrative
                narrative_quantities[len(drafts)] = quantities
                drafts.append(_Draft("narrative", n_start, n_end, None, publisher, sentence))
        if ruled is not None and len(drafts) > paragraph_drafts:
            # "Verdict: False. The video was first posted in January.": the checker's first
            # claim after a verdict of false denies the claim checked
            drafts[paragraph_drafts].denial, drafts[paragraph_drafts].answers = True, checked
            checked = None
    drafts, narrative_quantities = _without_repeats(body, drafts, narrative_quantities)
    ids = [_claim_id(article, d.kind, d.start, d.end) for d in drafts]
    denies = _link_denials(body, drafts, ids)
    ref = ArticleRef(id=article.id, path=article.path, title=article.title, outlet=article.outlet, date=article.date)
    claims: list[Claim] = []
    seen: set[str] = set()
    # each sentence's drafts, looked up for each of them (not found again among all the article's)
    of_sentence: dict[tuple[int, int], list[_Draft]] = defaultdict(list)
    for draft in drafts:
        of_sentence[draft.sentence].append(draft)
    for index, (draft, claim_id, denied) in enumerate(zip(drafts, ids, denies)):
        if claim_id in seen:
            continue
        seen.add(claim_id)
        text = written[draft.start:draft.end]
        if not _HAS_WORD.search(text):
            continue   # "Who do people there blame?": a cue with nothing but a mark after it
        quantities = narrative_quantities.get(index)
        if quantities is None:
            quantities = cue_measure(_quantities(text), draft.cue, text,
                                     body[max(0, draft.start - COUNT_REFERENCE_REACH):draft.start])
        sentence_text = body[draft.sentence[0]:draft.sentence[1]]
        event_date = dates.resolve_event_date(text, article.date)
        if event_date is None and sentence_text != text and dates.mentions_time(sentence_text):
            event_date = dates.resolve_event_date(_without_report_time(sentence_text), article.date)
        claims.append(Claim(
            id=claim_id, article=ref, kind=draft.kind, text=text, span=(draft.start, draft.end),
            cue=draft.cue,
            source=Attribution(name=draft.speaker.name, outlet=draft.speaker.outlet,
                               stance=draft.speaker.stance, basis=draft.speaker.basis),
            denies=denied, quantities=quantities,
            places=tuple(p for p in _places(_without_siblings(body, draft, of_sentence[draft.sentence]))
                         if not registry.names_body(p)),
            event_date=event_date,
        ))
    return claims


# A paragraph that is a quotation and who said it after a dash, perhaps under a label:
# 'Claim: "Our jets hit only a depot." — Defence Minister Jon Example, 2 May'
_DASH_ATTRIBUTED = re.compile(r"[ \t]*(?:[A-Z][\w ]{0,20}:[ \t]*)?(?P<quote>[\"“][^\"“”\n]{3,}[\"”])"
                              r"[ \t]*[—–][ \t]*(?P<who>[^,;\n]{2,80})(?:[,;][^\n]*)?[ \t]*$")
# a fact-check's verdict that the claim checked is false: "Verdict: False.", "Rating: Misleading."
_FALSE_VERDICT = re.compile(r"[ \t]*(?:" + alternation(FACT_CHECK_LABELS) + r")[ \t]*:[ \t]*"
                            r"(?:" + alternation(FALSE_VERDICTS) + r")[.!]?[ \t]+", re.I)
_DASH_LEAD = re.compile(r"(?:" + alternation(DASH_ATTRIBUTION_LEADS) + r")\s+", re.I)


def _dash_speaker(who: str) -> str:
    """The speaker phrase of an attribution after a dash: "post by @Example" -> "@Example"."""
    lead = _DASH_LEAD.match(who)
    return who[lead.end():].strip() if lead else who.strip()


# "OSTAN: This morning we had 212 patients": a speaker label opening a paragraph of a transcript,
# perhaps with whom the speaker is with ("COL. JANE EXAMPLE (MINISTRY OF DEFENCE):"), or a post
# of a channel's feed after its time ("[14 Mar, 23:40] Example Military Council: ...")
_TRANSCRIPT_LABEL = re.compile(r"(?P<stamp>\[[^\[\]\n]{1,30}\][ \t]*)?"
                               r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?:[ \t]+\(([^()\n:]{1,100})\))?:[ \t]+(?=\S)")
MIN_TRANSCRIPT_TURNS = 2   # labelled paragraphs of each of two speakers, at least
MIN_ANSWER_WORDS = 3       # words of a sentence of an answer that says something ("Two were children.")
_DIGIT = re.compile(r"\d")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_TALK_OPENER = re.compile(r"(?:" + alternation(TALK_OPENERS) + r")\s")
_WITNESSED = re.compile(r"I\s+(?:[\w’']+\s+){0,2}?(?:" + alternation(WITNESS_VERBS) + r")\b")
_BROADCAST_ROLES = frozenset(BROADCAST_ROLES)
_QUESTIONER_LABELS = frozenset(QUESTIONER_LABELS)
_CHAIR_LABELS = frozenset(CHAIR_LABELS)
_FACT_CHECK_LABELS = frozenset(FACT_CHECK_LABELS)
_SOUNDBITE_LABELS = frozenset(SOUNDBITE_LABELS)
_GUEST_LABELS = frozenset(GUEST_LABELS)
_LABEL_GLUE = frozenset(("of", "the", "and", "for", "al", "el", "on", "in"))


_LABEL_AFFILIATION = re.compile(r"\s+\(([^()]+)\)$")


def _label_phrase(label: str) -> str:
    """A transcript label as a speaker phrase: "COL. JANE EXAMPLE (MINISTRY OF DEFENCE)" ->
    "Col. Jane Example, with the Ministry of Defence"."""

    def cased(words: str) -> str:
        if not words.isupper():
            return words
        return " ".join(w.lower() if w.lower() in _LABEL_GLUE and i else w.title() for i, w in enumerate(words.split()))

    affiliation = _LABEL_AFFILIATION.search(label)
    if affiliation is None:
        return cased(label)
    organisation = cased(affiliation.group(1))
    if not organisation.lower().startswith("the "):
        organisation = "the " + organisation
    return f"{cased(label[:affiliation.start()])}, with {organisation}"


def _label_name(label: str) -> str:
    """A transcript label without its affiliation: "JON EXAMPLE (REPORTER)" -> "JON EXAMPLE"."""
    affiliation = _LABEL_AFFILIATION.search(label)
    return label[:affiliation.start()] if affiliation else label


def _broadcast_label(label: str) -> bool:
    """Whether a label is the broadcaster's own: "ANCHOR", "ANCHOR (JANE EXAMPLE)", "JON EXAMPLE
    (REPORTER, RIVERTON)"."""
    affiliation = _LABEL_AFFILIATION.search(label)
    role = affiliation.group(1).replace(",", " ").split()[0].lower() if affiliation else ""
    first = label.split()[0].lower()
    name = _label_name(label).lower()
    return (first in _BROADCAST_ROLES or role in _BROADCAST_ROLES or first.rstrip(".") in _QUESTIONER_LABELS
            or name in _CHAIR_LABELS or name in _FACT_CHECK_LABELS)


_QUESTION_OPENER = re.compile(r"[\s*_]*(?:" + alternation(w.capitalize() for w in QUESTION_OPENERS) + r")\s")
_GREETING = re.compile(r"\b(?:" + alternation(GREETINGS) + r")\b", re.I)
GREETING_WORDS = 6    # a sentence this short with a greeting in it is the greeting ("Citizens, good evening.")


def _quotes_within(quotes: list[_Quote], start: int, end: int) -> list[_Quote]:
    """The quotations of a paragraph but one that holds all of its words."""
    return [q for q in quotes if not (q.start <= start + 1 and q.end >= end - 2)]


def _unquoted(body: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks at its edges."""
    while start < end and body[start] in _QUOTE_EDGE:
        start += 1
    while end > start and body[end - 1] in _QUOTE_EDGE:
        end -= 1
    return _trim(body, start, end)


_QUOTE_EDGE = frozenset('"“”')


def _asks_without_quoting(body: str, sentence: tuple[int, int], quotes: list[_Quote]) -> bool:
    """A question of the writer's or an interviewer's own ("Did they say why?"), with no quotation in it."""
    start, end = sentence
    return (body[start:end].rstrip().endswith("?") and _QUESTION_OPENER.match(body, start, end) is not None
            and not any(q.start < end and q.end > start for q in quotes))


def _greeting(sentence: str) -> bool:
    """A greeting, alone or closing its sentence: "Good afternoon, everyone.", "Citizens of
    Example, brothers and sisters, good evening."."""
    greeting = _GREETING.search(sentence)
    return greeting is not None and (len(sentence.split()) <= GREETING_WORDS
                                     or not sentence[greeting.end():].strip(" .!,"))


def _about_the_talk(sentence: str) -> bool:
    """"I will begin with the operation", "Let me be very clear": the speaker on the talk itself,
    unless a figure or a statement after a colon follows ("I repeat: not one soldier ...")."""
    return (bool(_TALK_OPENER.match(sentence)) and ":" not in sentence
            and not _WITNESSED.match(sentence) and not _quantities(sentence))


# a labelled paragraph: (paragraph start, speaker start, speaker end, paragraph end, content start);
# the speaker is the label itself, the person in a clip's brackets, or the one a "Guest:" is
_Turn = tuple[int, int, int, int, int]


def _transcript_answers(body: str, paragraphs: list[tuple[int, int]]) -> tuple[dict[int, tuple[int, int, int]], bool]:
    """The paragraphs of an interview transcript that answer: {paragraph start: (speaker start,
    speaker end, content start)}, and whether they are the posts of a feed. A transcript has two
    or more labels, each opening MIN_TRANSCRIPT_TURNS paragraphs or more; the label whose turns
    ask questions is the interviewer's, and its turns are read like any paragraph ("HBC: The
    Movement says ..." passes on a claim). Paragraphs with no label between an answer and the
    next label go on with that answer, as do those after the last answer that speak in the
    first person."""
    turns: dict[str, list[_Turn]] = defaultdict(list)
    stamped = 0
    introduced: Optional[tuple[int, int]] = None   # who a "Guest:" is, as the text introduced them
    for p_start, p_end in paragraphs:
        label = _TRANSCRIPT_LABEL.match(body, p_start, p_end)
        if label:
            name_start, name_end = label.start("name"), label.end()
            role = label.group("name").lower()
            if role in _SOUNDBITE_LABELS and label.group(3):
                # "SOUNDBITE (Jon Example, army spokesman):": the one in the brackets speaks
                name_start, name_end = label.start(3), label.end(3)
            elif role in _GUEST_LABELS:
                if introduced is None:
                    introduced = _introduced_span(body, p_start) or (name_start, name_end)
                name_start, name_end = introduced
            turns[body[label.start("name"):label.end()].rstrip(": \t")].append(
                (p_start, name_start, name_end, p_end, label.end()))
            stamped += label.group("stamp") is not None
    # a feed of timed posts is labelled as a transcript is, each speaker posting once or more
    feed = stamped >= MIN_TRANSCRIPT_TURNS
    if not feed and len(turns) < 2:
        # an interview whose answers carry no label, or one speaker's words under one label
        return (_unlabelled_answers(body, paragraphs) or _one_speakers_text(body, paragraphs, turns)
                or _statement_in_full(body, paragraphs, turns)), False
    # (a news script's clips count as one speaker's turns: each has a speaker of its own)
    kinds = Counter(_label_name(label).lower() if _label_name(label).lower() in _SOUNDBITE_LABELS else label
                    for label, spans in turns.items() for _ in spans)
    script = any(kind in _SOUNDBITE_LABELS for kind in kinds)   # a clip's label marks a script at once
    if not feed and not script and sum(n >= MIN_TRANSCRIPT_TURNS for n in kinds.values()) < 2:
        return {}, False
    # the anchor's and the reporter's turns are the broadcaster's own, read like any paragraph,
    # under a role ("ANCHOR:"), a name with its role ("JON EXAMPLE (REPORTER, RIVERTON):") or
    # then the name alone ("EXAMPLE:")
    names = {label: set(_label_name(label).lower().split()) for label in turns}
    own = {label for label in turns if _broadcast_label(label)}
    answers = {}
    for label, spans in turns.items():
        # a guest in capitals may speak once ("GOV. JON EXAMPLE: ...", "JON (RIVERTON): ...")
        if label in own or any(names[label] <= names[broadcaster] for broadcaster in own):
            continue
        if (len(spans) < MIN_TRANSCRIPT_TURNS and not _label_name(label).isupper() and not feed) or any(
                body[a:b].rstrip().endswith("?") for _, _, a, b, _ in spans):
            continue
        answers.update({p_start: (name, name_end, content) for p_start, name, name_end, _, content in spans})
    if feed:
        return answers, True   # (a feed's posts are each whole: what follows one is no part of it)
    # (after the last label the writer's own narration may resume: "Frontline Care confirmed ...")
    labelled = {p_start for spans in turns.values() for p_start, _, _, _, _ in spans}
    turn: Optional[tuple[int, int, int]] = None
    following: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        if p_start in labelled:
            if turn is not None:
                answers.update({p: (turn[0], turn[1], p) for p, _ in following})
            turn, following = answers.get(p_start), []
        elif turn is not None:
            following.append((p_start, p_end))
    if turn is not None:
        # after the last answer, its speaker goes on while speaking as "I" or "we" ("I will add
        # one figure: ..."); the writer's own narration speaks of others
        for p_start, p_end in following:
            if not _FIRST_PERSON.search(body, p_start, p_end):
                break
            answers[p_start] = (turn[0], turn[1], p_start)
    return answers, False


# "**Q:** The army says it took two tanks.", "Question: ...": an interviewer's turn, its answer
# the next paragraphs with no label
_QUESTION_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?:Q|Question|QUESTION)[ \t]*[:.](?:\*\*|__)?[ \t]*(?:\*\*|__)?[ \t]*(?=\S)")
_ANSWER_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?(?:A|Answer|ANSWER)[ \t]*[:.](?:\*\*|__)?[ \t]*(?=\S)")
_ANNOUNCED_TRANSCRIPT = re.compile(r"\b(?:" + alternation(TRANSCRIPT_ANNOUNCERS) + r")\b", re.I)


def _unlabelled_answers(body: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[int, int, int]]:
    """An interview set out as questions ("**Q:** ...") and answers with no label, or only
    "A:": the answers are the words of the person the text introduced before the first
    question ("Jane Example, a negotiator for the Front, spoke to ..."), whose introduction
    stands as their label."""
    questions = [p for p, e in paragraphs if _QUESTION_LABEL.match(body, p, e)]
    if len(questions) < MIN_TRANSCRIPT_TURNS:
        return {}
    introduced = _introduced_span(body, questions[0])
    if introduced is None:
        return {}
    answers: dict[int, tuple[int, int, int]] = {}
    asked = False
    labelled: list[int] = []   # the answers that open with "A:"
    for p_start, p_end in paragraphs:
        if p_start in questions:
            asked = True
        elif asked:
            label = _ANSWER_LABEL.match(body, p_start, p_end)
            answers[p_start] = (*introduced, label.end() if label else p_start)
            if label:
                labelled.append(p_start)
    if labelled:
        # after the last "A:" answer the writer's narration may resume ("The ministry did not
        # respond to a request for comment"): the answer goes on only in the first person
        for p_start, p_end in paragraphs:
            if p_start > labelled[-1] and p_start in answers and not _FIRST_PERSON.search(body, p_start, p_end):
                ended = [p for p in answers if p >= p_start]
                for p in ended:
                    del answers[p]
                break
    return answers


def _introduced_span(body: str, before: int) -> Optional[tuple[int, int]]:
    """Where the text before ``before`` last introduces a person with who they are ("Jane
    Example, a negotiator for the Front"): an interview's answers are that person's."""
    person = _last_introduced_person(body[:before])
    at = body.rfind(person, 0, before) if person else -1
    return (at, at + len(person)) if at >= 0 else None


def _one_speakers_text(body: str, paragraphs: list[tuple[int, int]],
                       turns: dict[str, list[_Turn]]) -> dict[int, tuple[int, int, int]]:
    """A speech or statement given as one speaker's text: one label in capitals ("PRIME
    MINISTER JANE EXAMPLE: Citizens, good evening."), announced before it as a transcript or
    full text; that paragraph and every one after it are the speaker's."""
    if len(turns) != 1:
        return {}
    ((label, spans),) = turns.items()
    p_first, name_start, _, _, content_start = spans[0]
    if len(spans) != 1 or not label.isupper() or not _ANNOUNCED_TRANSCRIPT.search(body, 0, p_first):
        return {}
    answers = {p_first: (name_start, content_start, content_start)}
    answers.update({p: (name_start, content_start, p) for p, _ in paragraphs if p > p_first})
    return answers


STATEMENT_ANNOUNCER_PARAGRAPHS = 3   # how early in a text the announcement of a statement in full may stand
SIGNATURE_WORDS = 8                 # words of a letter's signature at most ("The families of Halvek")
_ANNOUNCED_STATEMENT = re.compile(r"\b(?:" + alternation(STATEMENT_ANNOUNCERS) + r")\b", re.I)
# "recorded on Saturday by Jon Example, commander of the Example Brigade, the force that ..."
_AUTHOR_AFTER_BY = re.compile(r"\bby\s+(?P<author>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+(?:,\s+[a-z][^,.;:]{2,80})?)")


def _between_notes(body: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences split at the notes in brackets that are sentences of their own ("... at the
    departure point. [He means the ICRC.] Nobody handed over ...")."""
    split = []
    for start, end in parts:
        if "[" not in body[start:end]:
            split.append((start, end))
            continue
        at = start
        for note in _SENTENCE_NOTE.finditer(body, start, end):
            if note.start() > at:
                split.append(_trim(body, at, note.start()))
            at = note.end()
        if at < end:
            split.append(_trim(body, at, end))
    return [(a, b) for a, b in split if b > a]


# a note in brackets that ends with its own stop: "[He means the ICRC.]"
_SENTENCE_NOTE = re.compile(r"\s*\[[^\]\n]*[.!?]\]")


def _before_note(body: str, start: int, end: int) -> tuple[int, int]:
    """A sentence without the bracketed note that closes it ("... grass soup [he uses the word
    for a soup of weeds]."); a short insertion inside it ("they [the regime] shelled") is the
    speaker's, as quoted."""
    note = _CLOSING_NOTE.search(body, start, end)
    return (start, note.start()) if note is not None and note.start() > start else (start, end)


# a note in brackets of three words or more, with nothing after it but a closing stop
_CLOSING_NOTE = re.compile(r"\s*\[[^\]\n]*?\s[^\]\n]*?\s[^\]\n]*\][.!?\s]*$")


_LINE = re.compile(r"[^\n]+")


def _signature_line(body: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The first line between ``start`` and ``end``, when it is a signature: a few words with
    no closing stop ("The families of Halvek")."""
    for line in _LINE.finditer(body[start:end]):
        text = line.group().strip()
        if not text:
            continue
        if len(text.split()) <= SIGNATURE_WORDS and text[-1] not in ".!?:,;\"”]" and text[0].isupper():
            at = start + line.start() + (len(line.group()) - len(line.group().lstrip()))
            return at, at + len(text)
        return None
    return None


def _statement_in_full(body: str, paragraphs: list[tuple[int, int]],
                       turns: dict[str, list[_Turn]]) -> dict[int, tuple[int, int, int]]:
    """A statement or letter given in full without quotation marks, announced as such early
    in the text ("It reads in full:", "publishes below the full text of a video statement
    recorded by Jon Example, commander of ..."): its paragraphs are the words of the letter's
    signature, or of the one the announcement names after "by". It runs to the signature, or
    to its last paragraph in the first person; bracketed notes and a salutation are no part of
    it."""
    if turns:
        return {}
    announced = next((i for i, (a, b) in enumerate(paragraphs[:STATEMENT_ANNOUNCER_PARAGRAPHS])
                      if _ANNOUNCED_STATEMENT.search(body, a, b)), None)
    if announced is None:
        return {}
    following = paragraphs[announced + 1:]
    first_person = [i for i, (a, b) in enumerate(following) if _FIRST_PERSON.search(body, a, b)]
    if not first_person:
        return {}
    # a letter ends with its signature: a short line with no closing stop after its last "we"
    # (perhaps left out of the paragraphs read, as furniture is)
    last = first_person[-1]
    gap_end = following[last + 1][0] if last + 1 < len(following) else len(body)
    signature = _signature_line(body, following[last][1], gap_end)
    if signature is None and last + 1 < len(following) and _signature_line(body, *following[last + 1]):
        signature = following[last + 1]
    if signature is not None:
        author = signature
    else:
        by = _AUTHOR_AFTER_BY.search(body, *paragraphs[announced])
        if by is None:
            return {}
        author = by.span("author")
    answers = {}
    for a, b in following[:last + 1]:
        text = body[a:b].strip()
        if text.startswith("[") or text.endswith(","):
            continue   # a note of the translator's, a salutation ("To the delegation of ...,")
        answers[a] = (author[0], author[1], a)
    return answers


def _denies(body: str, start: int, end: int, cue: Optional[str]) -> bool:
    """Whether a claim is a denial, by its cue or its words, and not a refused request."""
    return (bool(cue and _DENIAL.search(cue)) or _has_denial(body[start:end])) and not is_request(body, start)


# "this was a pretext for the regime to bomb" explains a motive, it denies no report
_FALSEHOOD_ALTERNATION = alternation(w for w in FALSEHOOD_WORDS if w != "pretext")
# the report and the verb that calls it false in one clause: no full stop or semicolon between
_CALLED_FALSE = re.compile(
    r"(?:\b(?:" + alternation(CALLED_FALSE_SUBJECTS) + r")\b[^.;!?]{0,80}?\b(?:is|are|was|were)\s+"
    # (a quotation may open anywhere in the words that call it false: 'was "pure propaganda"')
    r"[“\"‘']?(?:(?:" + alternation(CALLED_FALSE_FILLERS) + r")\s+[“\"‘']?)*(?:" + _FALSEHOOD_ALTERNATION + r")"
    r"|\b(?:" + alternation(SPREAD_FALSEHOOD_VERBS) + r")\s+(?:" + _FALSEHOOD_ALTERNATION + r")"
    r"|\b(?:" + alternation(DENIAL_PHRASES) + r"))\b"
    # the speaker's whole answer a falsehood: "A fabrication from start to finish", "Lies."
    r"|^\W*(?:(?:" + alternation(CALLED_FALSE_FILLERS) + r")\s+)*(?:" + _FALSEHOOD_ALTERNATION + r")\b", re.I)


def calls_false(text: str) -> bool:
    """Whether words call a report false: "Reports of shelling on the village are lies", "This is
    a lie", "spreading rumours that the town fell", or a whole answer "A fabrication from start
    to finish"."""
    return _CALLED_FALSE.search(text) is not None


def _has_denial(text: str) -> bool:
    """Whether reported content denies something; "strikes to deny the enemy its roads" is a
    purpose, not a denial."""
    return any(text[max(0, m.start() - 3):m.start()].lower() != "to " and not _LIES_OF_PLACE.match(text, m.start())
               and not _UNDER_PRETEXT.search(text, max(0, m.start() - 10), m.end())
               and not _THIRD_PARTY_DENIAL.search(text, 0, m.end())
               for m in _DENIAL_FOLDED.finditer(text))


# "... opposition groups have dismissed the offer": a denial verb with its own named subject
# inside what is reported is someone else's denial; "it rejected the claims" is the speaker's.
_THIRD_PARTY_DENIAL = re.compile(
    # a subject word: no pronoun (the speaker itself), auxiliary or adverb
    r"\b(?!(?:it|they|we|he|she|i|who|which|that|and|has|have|had|also|is|are|was|were|be|been|not|never|\w+ly)\b)"
    r"[a-z][\w-]*\s+(?:(?:has|have|had|also|strongly|quickly|flatly)\s+)*"
    r"(?:" + alternation(cue for cue in DENIAL_CUES if cue.endswith(("ed", "es")) and " " not in cue) + r")$", re.I)


def _without_siblings(body: str, draft: _Draft, siblings: list[_Draft]) -> str:
    """The draft's sentence with the other claims of that sentence (``siblings``, the drafts of
    the sentence) blanked out: in "X said A, adding B in Iraq", Iraq is where B happened, not A."""
    start, end = draft.sentence
    text = body[start:end]
    for other in siblings:
        if other is not draft:
            a, b = max(other.start, start) - start, min(other.end, end) - start
            overlaps_own = other.start < draft.end and draft.start < other.end
            if a < b and not overlaps_own:
                text = text[:a] + " " * (b - a) + text[b:]
    return text


def _without_repeats(body: str, drafts: list[_Draft], quantities: dict[int, tuple[Quantity, ...]]
                     ) -> tuple[list[_Draft], dict[int, tuple[Quantity, ...]]]:
    """Drafts without a later copy of an earlier one's words: scraped pages often give the lead
    twice (teaser and text), and one statement is one claim."""
    seen: dict[str, int] = {}
    kept: list[_Draft] = []
    kept_quantities: dict[int, tuple[Quantity, ...]] = {}
    moved: dict[int, int] = {}   # each draft's place among those kept (a copy's, its original's)
    for index, draft in enumerate(drafts):
        words = " ".join(body[draft.start:draft.end].split())
        if len(words) >= 40 and words in seen:
            moved[index] = seen[words]
            continue
        seen.setdefault(words, len(kept))
        moved[index] = len(kept)
        if index in quantities:
            kept_quantities[len(kept)] = quantities[index]
        kept.append(draft)
    for draft in kept:
        if draft.answers is not None:
            draft.answers = moved[draft.answers]   # (what an answer answers, counted among those kept)
    return kept, kept_quantities


_REPORT_TIME = re.compile(
    r"\b" + alternation(("said", "says", "told", "reported", "added", "announced", "stated"))
    + r"\b[^.,;]*?\b(?:on\s+)?" + alternation((*WEEKDAYS, "yesterday", "today")) + r"\b", re.I)


# Outside the claim's own words, "since January" in its sentence opens a period the sentence
# tells of, and a bare year ("a coalition that took up arms in 2024, said 43 people had been
# killed") dates background: neither is the claim's day
_BACKGROUND_TIME = re.compile(
    r"\b(?:since\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d\d|(?:" + alternation(MONTHS)
    + r")(?:\s+(?:19|20)\d\d)?)|(?:in|during|by)\s+(?:19|20)\d\d(?![\s-]*\d))\b", re.I)


def _without_report_time(sentence: str) -> str:
    """Drop "reported on Wednesday" style report dates, which date the report, not the event,
    and background times ("since January", "in 2024")."""
    text = _BACKGROUND_TIME.sub(" ", _REPORT_TIME.sub(" ", sentence))
    # the cues blanked as _CUE.sub would, found as _draft_sentence finds them (re would try
    # _CUE at every position)
    parts = []
    at = 0
    for cue in _cues(text, text.lower() if text.isascii() else None, 0, len(text)):
        parts.append(text[at:cue.start()])
        parts.append(" ")
        at = cue.end()
    parts.append(text[at:])
    return "".join(parts)
