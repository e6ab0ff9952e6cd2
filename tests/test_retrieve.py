from __future__ import annotations

import pytest

from claimcheck.retrieve import canonical_places, fts_all, fts_query, glued_article_groups, query_words, same_place


@pytest.mark.parametrize("query, fts", [
    ("Aleppo AND (", '"aleppo"'),
    ('say "hello" NEAR(x)', '"say" OR "hello" OR "x"'),
    ("Khan Sheikhoun chemical attack", '"khan" OR "sheikhoun" OR "chemical" OR "attack"'),
    ("'; DROP TABLE claims; --", '"drop" OR "table" OR "claims"'),
])
def test_user_queries_become_quoted_words_only(query, fts):
    assert fts_query(query_words(query)) == fts


def test_all_words_query_has_no_phrases():
    assert fts_all(["old homs"]) == '"old" AND "homs"'


@pytest.mark.parametrize("a, b, same", [
    ("waer", "alwaer", True), ("waer", "waer", True), ("qamishli", "qameshli", True),
    ("homs", "hama", False), ("idlib", "raqqa", False),
    # short names: a doubled letter or a final h is a spelling, not another place
    ("dora", "dorra", True), ("kafa", "kafah", True), ("dora", "dara", False),
])
def test_place_spellings(a, b, same):
    assert same_place(a, b) is same


def test_short_spellings_share_one_canonical_spelling():
    assert canonical_places(["dora", "dorra", "aldorra", "kafa"]) == {
        "aldorra": "aldorra", "dora": "aldorra", "dorra": "aldorra", "kafa": "kafa"}


def test_place_spellings_linked_through_a_third_share_one_spelling():
    canon = canonical_places(["syria", "syrias", "syrians", "alqasr", "qasr", "homs", "hama"])
    assert canon == {"syria": "syria", "syrias": "syria", "syrians": "syria", "alqasr": "alqasr",
                     "qasr": "alqasr", "homs": "homs", "hama": "hama"}


@pytest.mark.parametrize("names, groups", [
    (["alwaer", "waer"], {"waer": ["alwaer", "waer"]}),
    # a glued article is read off only when the bare name is held too
    (["alwaer", "homs"], {"alwaer": ["alwaer"], "homs": ["homs"]}),
    # too short a remainder is no name ("alma" is not "ma")
    (["alma", "ma"], {"alma": ["alma"], "ma": ["ma"]}),
    # look-alike names stay apart: over a whole store, likeness chains distinct places
    (["ar hama", "ar daraa", "hama"], {"ar daraa": ["ar daraa"], "ar hama": ["ar hama"], "hama": ["hama"]}),
])
def test_glued_article_groups(names, groups):
    assert glued_article_groups(names) == groups
