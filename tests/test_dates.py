from __future__ import annotations

import pytest

from claimcheck.dates import find_date, parse_date, resolve_event_date


@pytest.mark.parametrize("text, reference, expected", [
    ("the attack on Thursday", "2017-03-09", "2017-03-09"),
    ("shelling since last November", "2017-03-09", "2016-11-01"),
    ("clashes in May 2014", None, "2014-05-01"),
    ("a strike yesterday", "2017-03-09", "2017-03-08"),
    ("no time at all", "2017-03-09", None),
    # a day of a month with no year: the latest one up to the article date
    ("a similar bombing on July 25 killed seven", "2017-08-18", "2017-07-25"),
    ("the raid on 30 December", "2017-03-09", "2016-12-30"),
    ("the raid on 30 December", None, None),
    # a count after a comma is no year
    ("On 9 March, 14 soldiers were killed at a checkpoint", "2026-03-13", "2026-03-09"),
    ("On March 9, 14 soldiers were killed at a checkpoint", "2026-03-13", "2026-03-09"),
    ("On March 9, 2025, 14 soldiers were killed", "2026-03-13", "2025-03-09"),
    # a caption's date before a wire credit is not the date of what follows it
    ("A medic runs past a hospital hit in a raid, March 1 2017 (Example Press and Agencies) "
     "A bomb killed 15 people on Sunday", "2017-03-09", "2017-03-05"),
    ("Rescuers search the rubble on March 1 2017 (Reuters) Nine people died in the collapse", "2017-03-09", None),
    # "the weekend" is dated by its Saturday (2017-03-09 is a Thursday, 2017-03-04 a Saturday)
    ("the hospital was destroyed by airstrikes over the weekend", "2017-03-09", "2017-03-04"),
    ("the hospital was destroyed by airstrikes over the weekend", "2017-03-05", "2017-03-04"),
    # a credit at the very end leaves the claim's own date alone
    ("A bomb killed 15 people on March 1 2017 (Reuters)", "2017-03-09", "2017-03-01"),
])
def test_event_dates(text, reference, expected):
    assert resolve_event_date(text, reference) == expected


@pytest.mark.parametrize("text, expected", [
    ("Published 9 March 2017", "2017-03-09"),
    ("March 9, 2017", "2017-03-09"),
    ("(Source: Example / 09.03.2017)", "2017-03-09"),
    ("2017-03-09", "2017-03-09"),
    ("no date", None),
])
def test_absolute_dates(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("value, expected", [
    # metadata writes ISO dates with a time and a zone, or none
    ("2016-05-03T10:00:00Z", "2016-05-03"),
    ("2016-05-03T10:00:00+03:00", "2016-05-03"),
    ("2016-05-03T10:00:00.000Z", "2016-05-03"),
    ("2016-05-03 10:00:00", "2016-05-03"),
    ("May 3, 2016", "2016-05-03"),
    ("2016-05-033", None),
])
def test_metadata_dates(value, expected):
    assert parse_date(value) == expected
