"""Regular-expression alternations of many literal words, built as a trie.

Python's ``re`` tries every alternative of ``a|b|c`` at every position; a trie-shaped pattern
(``sa(?:id|ys)``) lets it drop a position after one character, which makes the word lists in
``lexicon`` cheap to match.
"""
from __future__ import annotations

import re
import sys
from typing import Iterable, Iterator, Optional


# Letters outside ASCII that ``re.I`` matches to ASCII ones ("ſ" to "s").
_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})


def fold(word: str) -> str:
    """A word matched case-insensitively, as its word list spells it: lower case, with the
    letters ``re.I`` reads as ASCII ones ("ſeven") made ASCII."""
    return word.translate(_FOLDS).lower()


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words, longest first at each branch."""
    return _pattern(_trie(words))


def word_start_alternation(words: Iterable[str]) -> str:
    """``\\b`` and ``alternation(words)`` for words that open with a word character, shaped so
    that re scans for their first letters in C instead of trying every position: "\\bsaid" is
    written "s(?<!\\w\\w)aid", the boundary checked after the first letter. Case-sensitive
    patterns only, since re.I turns the first letters into sets that re does not scan for."""
    trie = _trie(words)
    return "(?:" + "|".join(re.escape(char) + r"(?<!\w\w)" + _pattern(child) for char, child in sorted(trie.items())) + ")"


class WordStarts:
    """Where one of some words starts a word of lower-case text, as ``word_start_alternation(words)
    + after`` would be searched for, only faster: re scans for the non-word character before
    the word (about one character in six of running text), where the words' first letters are
    most letters. ``after`` is what must follow the word (``\\b``)."""

    def __init__(self, words: Iterable[str], after: str = "", also: str = "") -> None:
        """``also``: a lower-case pattern, opening with a word character, found as well."""
        words = list(words)
        either = "|" + also if also else ""
        # a word opening the text has no character before it
        self._opening = re.compile("(?:" + word_start_alternation(words) + after + either + ")")
        self._after_break = re.compile(r"\W(?=(?:" + alternation(words) + after + either + "))")
        # the scan of ASCII text, by its twin compiled with re.ASCII (see ascii_twin); a pattern
        # that reads spaces has none, since \s also matches the separators \x1c-\x1f in Unicode
        reads_spaces = any(escape in after + also for escape in (r"\s", r"\S"))
        self._ascii_after_break = self._after_break if reads_spaces else ascii_twin(self._after_break)

    def find(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> int:
        """The first offset from ``pos`` (before ``endpos``) where one of the words starts, or -1."""
        if pos == 0:
            if self._opening.match(lower, 0, endpos):
                return 0
            pos = 1
        after_break = self._ascii_after_break if lower.isascii() else self._after_break
        found = after_break.search(lower, pos - 1, endpos)
        return found.start() + 1 if found is not None else -1


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with re.ASCII, to be read in ASCII text only. There \\w, \\W, \\b and
    \\d match as they do in Unicode, and re checks them about twice as fast (a pattern opening
    with \\b or \\W is tried at every position of the text); \\s matches as in Unicode in
    printable ASCII text (see is_plain_ascii), where the separators \\x1c-\\x1f are absent.
    Not for patterns that ignore case: a letter outside ASCII may match an ASCII one there ("ſ")."""
    if pattern.flags & re.I:
        raise ValueError(f"a pattern that ignores case: {pattern.pattern!r}")
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def is_plain_ascii(text: str) -> bool:
    """Whether ``text`` is printable ASCII, in which an ascii_twin reads \\s as its pattern does."""
    return text.isascii() and text.isprintable()


class CaseFolded:
    """A pattern that ignores case, read in ASCII text through its case-sensitive twin in the
    text's lower case: there str.lower() folds as re.I does, and re matches case-sensitive
    literals faster. Matches in ASCII text are of ``text.lower()``, their groups in lower case."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # (a capital, a class like \\W or a letter outside ASCII would read differently in the twin)
        if not (pattern.flags & re.I and pattern.pattern.isascii() and pattern.pattern == pattern.pattern.lower()):
            raise ValueError(f"not a lower-case ASCII pattern that ignores case: {pattern.pattern!r}")
        self.pattern = pattern
        self._twin = re.compile(pattern.pattern, pattern.flags & ~re.I)

    def search(self, text: str) -> Optional[re.Match[str]]:
        return self._twin.search(text.lower()) if text.isascii() else self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._twin.finditer(text.lower()) if text.isascii() else self.pattern.finditer(text)


def _trie(words: Iterable[str]) -> dict:
    """Nested dicts, one level per character; "" marks where a word ends."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body
