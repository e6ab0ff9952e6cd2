from __future__ import annotations

import random
import re

from claimcheck.alternation import WordStarts, word_start_alternation


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
