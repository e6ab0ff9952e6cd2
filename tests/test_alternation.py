from __future__ import annotations

import random
import re

import pytest

from claimcheck.alternation import CaseFolded, WordStarts, word_start_alternation


def test_word_starts_finds_what_the_word_start_pattern_searches_for():
    words = ["said", "says", "a dozen", "at", "one", "told"]
    for after in ("", r"\b", r"(?![\w-])"):
        pattern = re.compile(word_start_alternation(words) + after)
        starts = WordStarts(words, after)
        rng = random.Random(after)
        for _ in range(3000):
            text = "".join(rng.choice(["said", "says", "a", " dozen", "at", "one", "told", "x", " ", "-", ".", "ta"])
                           for _ in range(rng.randint(0, 8)))
            for pos in range(len(text) + 1):
                for endpos in (len(text), max(pos, len(text) - 2)):
                    expected = pattern.search(text, pos, endpos)
                    assert starts.find(text, pos, endpos) == (expected.start() if expected else -1), (text, pos, endpos)


def test_word_starts_at_the_start_and_after_punctuation():
    starts = WordStarts(["said"], r"\b")
    assert starts.find("said so") == 0
    assert starts.find("he said") == 3
    assert starts.find("(said)") == 1
    assert starts.find("unsaid") == -1
    assert starts.find("saids") == -1
    assert starts.find("he said", 4) == -1


def test_word_starts_finds_a_pattern_as_well_as_the_words():
    starts = WordStarts(["said"], r"\b", also=r"puts?\s+[a-z]+'s\s+losses")
    assert starts.find("put x's losses at 5") == 0
    assert starts.find("he puts x's losses") == 3
    assert starts.find("he put losses") == -1
    assert starts.find("output x's losses") == -1
    assert starts.find("he said") == 3


def test_case_folded_finds_what_the_pattern_ignoring_case_finds():
    pattern = re.compile(r"\b(" + "|".join(["denied", "no truth", "lies"]) + r")\b", re.I)
    folded = CaseFolded(pattern)
    for text in ("He DENIED it", "There is No Truth in lies.", "belies", "Ünïcode denied ſ", ""):
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        found, expected = folded.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_case_folded_refuses_a_pattern_its_twin_would_read_differently():
    for pattern in (re.compile(r"said"), re.compile(r"\Wsaid", re.I), re.compile(r"[A-Z]aid", re.I)):
        with pytest.raises(ValueError):
            CaseFolded(pattern)
