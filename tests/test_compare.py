"""Agreement and contradiction decided on small hand-made claim sets."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from claimcheck import compare as compare_module
from claimcheck.compare import decide, rank
from claimcheck.models import ArticleRef, Attribution, Claim, Quantity


def claim(cid: str, text: str, source: str, stance: str, *, quantities=(), places=("waer",),
          day="2017-03-09", article=None, denies=None) -> Claim:
    return Claim(
        id=cid, article=ArticleRef(article or f"art-{cid}", f"{cid}.txt", "t", "Outlet", day),
        kind="indirect", text=text, span=(0, len(text)), cue="said",
        source=Attribution(source, None, stance, "sources.toml"), denies=denies,
        quantities=tuple(quantities), places=tuple(places), event_date=day,
    )


def q(value, text, measure, low=None, high=None, unit="people"):
    return Quantity(float(value), low, high, unit, text, measure)


def relations(findings):
    return sorted((f.relation, f.basis, tuple(sorted(map(tuple, f.sides)))) for f in findings if f.relation != "unconfirmed")


def denial_of_report_found(claims) -> bool:
    """Whether compare finds the denial "d" contradicting the report "r" among ``claims``."""
    return ("contradiction", "denial", (("d",), ("r",))) in relations(decide(claims))


def test_separate_population_figures_contradict():
    a = claim("a", "home to an estimated 50,000 people", "Outlet A", "independent",
              quantities=[q(50000, "an estimated 50,000", "population")])
    b = claim("b", "home to about 75,000 people", "Outlet B", "opposition",
              quantities=[q(75000, "about 75,000", "population")], day="2017-03-13")
    assert relations(decide([a, b])) == [("contradiction", "quantity", (("a",), ("b",)))]


@pytest.mark.parametrize("measure, second_day, contradicted", [
    # the numbers held in custody stand: two visitors' counts days apart are rival counts
    ("held", "2017-03-11", True),
    ("held", "2017-05-11", False),   # two months on, another count
    # a toll is one incident's: two days apart, two incidents
    ("deaths", "2017-03-11", False),
])
def test_counts_of_people_held_are_compared_over_weeks(measure, second_day, contradicted):
    a = claim("a", "212 people are currently held at the base", "Defence minister", "pro-regime",
              quantities=[q(212, "212", measure)], places=("grellhaven",))
    b = claim("b", "947 islanders are held at the base", "Rebel committee", "opposition",
              quantities=[q(947, "947", measure)], places=("grellhaven",), day=second_day)
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


@pytest.mark.parametrize("before, contradicted", [
    # a town's size before the war is no rival count of the people still in it
    ("Drostin, a town of around 30,000 people before the war", False),
    ("Drostin, a town of around 30,000 people", True),
])
def test_a_population_before_the_war_is_not_todays(before, contradicted):
    a = claim("a", before, "Wire", "independent", quantities=[q(30000, "around 30,000", "population")])
    b = claim("b", "some 4,000 people remain in the town", "Local council", "opposition",
              quantities=[q(4000, "some 4,000", "population")], day="2017-03-10")
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


@pytest.mark.parametrize("measure, contradicted", [
    # people in one place counted by what they are: patients and staff of a hospital
    ("patients", True),
    ("staff", True),
    # counts of weapons are left out
    ("drones", False),
])
def test_counts_of_patients_and_staff_are_compared(measure, contradicted):
    a = claim("a", f"more than 340 {measure} are inside the hospital", "Rebel council", "opposition",
              quantities=[q(340, "More than 340", measure, low=340.0, unit=measure)])
    b = claim("b", f"This morning we had 212 {measure}", "Hospital director", "independent",
              quantities=[q(212, "212", measure, unit=measure)])
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


def test_overlapping_bounds_agree():
    a = claim("a", "more than 50,000 residents", "Outlet A", "independent",
              quantities=[q(50000, "more than 50,000", "population", low=50000.0)])
    b = claim("b", "an estimated 50,000 people", "Outlet B", "pro-regime",
              quantities=[q(50000, "an estimated 50,000", "population")])
    assert relations(decide([a, b])) == [("agreement", "quantity", (("a", "b"),))]


@pytest.mark.parametrize("parts, relations_found", [
    # 50 + 19 + 16 is the other's 85: parts of one total, not rival counts
    ([(50, "50"), (19, "19"), (16, "16")], []),
    # parts whose sum is still short of the other's total
    ([(10, "10"), (19, "19")], ["contradiction"]),
    # one number restated (a headline and its lead) is no sum
    ([(50, "50"), (50, "fifty")], ["contradiction"]),
])
def test_parts_that_sum_to_a_total_are_no_rival_count(parts, relations_found):
    a = claim("a", "soldiers were executed, killed in a suicide attack and died in the assault", "Monitor",
              "independent", quantities=[q(value, text, "deaths") for value, text in parts])
    b = claim("b", "85 soldiers were killed", "State TV", "pro-regime", quantities=[q(85, "85", "deaths")])
    assert [f.relation for f in decide([a, b]) if f.basis == "quantity"] == relations_found


def test_close_tolls_differ_by_degree_not_by_denial():
    a = claim("a", "29 people were killed", "Monitor", "independent", quantities=[q(29, "29", "deaths")])
    b = claim("b", "31 people were killed", "State TV", "pro-regime", quantities=[q(31, "31", "deaths")])
    (finding,) = [f for f in decide([a, b]) if f.relation != "unconfirmed"]
    assert (finding.relation, finding.basis) == ("contradiction", "quantity")
    assert finding.explanation.startswith("figures differ by degree")


@pytest.mark.parametrize("first, second, relation, degree", [
    # each source's own minimum: two counts that differ, by degree
    (q(16, "at least 16", "deaths", low=16.0), q(19, "at least 19", "deaths", low=19.0), "contradiction", True),
    (q(13, "up to 13", "deaths", high=13.0), q(10, "up to 10", "deaths", high=10.0), "contradiction", True),
    (q(16, "at least 16", "deaths", low=16.0), q(16, "more than 16", "deaths", low=16.0), "agreement", False),
    # a minimum that an exact count meets
    (q(16, "at least 16", "deaths", low=16.0), q(19, "19", "deaths"), "agreement", False),
])
def test_open_bounds_in_one_direction_are_rival_counts(first, second, relation, degree):
    a = claim("a", f"{first.text} people were killed", "Monitor", "independent", quantities=[first])
    b = claim("b", f"{second.text} people were killed", "State TV", "pro-regime", quantities=[second])
    (finding,) = [f for f in decide([a, b]) if f.relation != "unconfirmed"]
    assert (finding.relation, finding.basis) == (relation, "quantity")
    assert finding.explanation.startswith("figures differ by degree") is degree


def test_tolls_one_article_dates_to_different_days_are_two_incidents():
    a = claim("a", "at least 15 people were killed in Dorsa on Wednesday", "Monitor", "independent", article="x",
              quantities=[q(15, "at least 15", "deaths", low=15.0)], day="2017-03-08")
    b = claim("b", "the Tuesday raids on Dorsa killed at least 27", "Activists", "opposition", article="x",
              quantities=[q(27, "at least 27", "deaths", low=27.0)], day="2017-03-07")
    assert [r for r in relations(decide([a, b])) if r[0] == "contradiction"] == []


def test_one_sources_two_tolls_in_one_article_are_two_incidents():
    # the writer gives 12 for one attack and over 65 for a week of them; a monitor's 15 meets one
    a = claim("a", "the attack left 12 people killed", "Daily", "opposition", article="x",
              quantities=[q(12, "12", "deaths")])
    b = claim("b", "over 65 people have been killed by the violations", "Daily", "opposition", article="x",
              quantities=[q(65, "over 65", "deaths", low=65.0)])
    c = claim("c", "the raid killed 14 people", "Monitor", "independent", article="x",
              quantities=[q(14, "14", "deaths")])
    sides = [f.sides for f in decide([a, b, c]) if f.relation == "contradiction"]
    assert all(not ({"a", "b"} <= {cid for side in found for cid in side}) for found in sides)


@pytest.mark.parametrize("second", [
    # another week's bombardment: not the same incident
    dict(day="2017-03-20"),
    # another place on the same day
    dict(places=("aleppo",)),
])
def test_lookalike_tolls_of_other_incidents_are_not_contradictions(second):
    a = claim("a", "12 people were killed", "Monitor", "independent", quantities=[q(12, "12", "deaths")])
    b = claim("b", "40 people were killed", "State TV", "pro-regime", quantities=[q(40, "40", "deaths")], **second)
    assert all(f.relation != "contradiction" for f in decide([a, b]))


@pytest.mark.parametrize("text_a, text_b", [
    # an air raid and an execution on the same day in the same town
    ("12 people were killed in air strikes on the town", "40 people were executed in the town"),
    # one side's districts and the other's
    ("12 civilians died in shelling of government-held districts", "40 died in shelling of rebel-held districts"),
    # a count over a period against one day's toll
    ("12 people were killed in the shelling on Monday", "40 people have been killed in the shelling since April"),
    ("12 people were killed in the shelling on Monday", "Seven days of shelling have left 40 people dead"),
    ("12 people were killed in the shelling on Monday", "40 people were killed in one week of shelling"),
    # counts over two different periods
    ("12 people were killed in the shelling this month", "40 people were killed in six months of shelling"),
])
def test_tolls_of_other_kinds_of_incident_are_not_contradictions(text_a, text_b):
    a = claim("a", text_a, "Monitor", "independent", quantities=[q(12, "12", "deaths")])
    b = claim("b", text_b, "State TV", "pro-regime", quantities=[q(40, "40", "deaths")])
    assert all(f.relation != "contradiction" for f in decide([a, b]))


@pytest.mark.parametrize("text_a, contradicted", [
    # an explosion is what a rocket does as much as a bomb: one side's rockets, the other's blast
    ("14 civilians were killed when rockets hit the market", True),
    ("14 civilians were killed when a car bomb hit the market", True),
    # an execution is not what an explosion tells
    ("14 civilians were executed at the market", False),
])
def test_an_explosion_is_no_kind_of_attack_of_its_own(text_a, contradicted):
    a = claim("a", text_a, "Interior Ministry", "pro-regime", quantities=[q(14, "14", "deaths")])
    b = claim("b", "12 people were killed in the explosion at the market", "Hospital", "independent",
              quantities=[q(12, "12", "deaths")])
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


@pytest.mark.parametrize("hospital, contradicted", [
    # a hospital named for its town lies in the town
    ("ostel district hospital", True),
    ("telvar district hospital", False),
])
def test_a_facility_named_for_its_town_lies_in_it(hospital, contradicted):
    a = claim("a", "more than 340 patients are trapped inside the hospital", "Rebel council", "opposition",
              quantities=[q(340, "more than 340", "patients", low=340.0, unit="patients")], places=(hospital,))
    # the director's count names no place; its article is about Ostel
    b = claim("b", "212 patients remained in the hospital", "Hospital director", "independent",
              quantities=[q(212, "212", "patients", unit="patients")], places=(), article="ostel-report")
    setting = claim("s", "Ostel has been besieged for three days", "Hospital director", "independent",
                    places=("ostel",), article="ostel-report")
    found = [f.relation for f in decide([a, b, setting]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


@pytest.mark.parametrize("hospital, contradicted", [
    # a facility named for its town lies in it, though both claims name their own places
    ("salenne naval hospital", True),
    ("kastrin naval hospital", False),
])
def test_a_facility_named_in_a_claim_lies_in_the_town_another_names(hospital, contradicted):
    a = claim("a", "19 people were killed in the bombing in Salenne", "Interior ministry", "pro-regime",
              quantities=[q(19, "19", "deaths")], places=("salenne",), day="2026-08-07")
    b = claim("b", "27 dead had been brought to the hospital", "Medical sources", "opposition",
              quantities=[q(27, "27", "deaths")], places=(hospital,), day="2026-08-07")
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert found == (["contradiction"] if contradicted else [])


@pytest.mark.parametrize("absence, report, report_stance, contradicted", [
    # a thing said not to have been there, against another side's report of it
    ("the coalition had no headquarters in Dorsa", "aircraft destroyed a rebel headquarters in Dorsa",
     "pro-regime", True),
    ("Not one bomb fell on the market of Dorsa", "jets fired two missiles into the market of Dorsa",
     "pro-regime", True),
    # a thing among the absences a claim lists, after a count of no one
    ("There were no fighters in the Dorsa market, no depot, nothing", "the army struck a weapons depot in Dorsa",
     "pro-regime", True),
    ("There were no fighters in the Dorsa market, no civilians, nothing", "the army struck a weapons depot in Dorsa",
     "pro-regime", False),
    ("We had no camp, no weapons store, nothing there in Dorsa", "the building in Dorsa was a weapons store",
     "pro-regime", True),
    # a strike elsewhere in the town is not the strike on the market
    ("Not one bomb fell on the market of Dorsa", "jets struck the outskirts of Dorsa", "pro-regime", False),
    # "not one of our boats was within five miles": where they were, not whether they were
    ("Not one of our boats was near the cutter in Dorsa", "two boats opened fire on the cutter off Dorsa",
     "pro-regime", False),
    # words that say nothing of a thing
    ("there was no doubt in Dorsa about who fired", "doubt in Dorsa grew after the shelling", "pro-regime", False),
    ("no one else could have opened the gates at Dorsa", "whoever could have opened the gates at Dorsa did so",
     "pro-regime", False),
    # the same side
    ("the coalition had no headquarters in Dorsa", "a rebel headquarters in Dorsa was evacuated", "opposition", False),
])
def test_a_thing_said_not_to_be_there_contradicts_a_report_of_it(absence, report, report_stance, contradicted):
    a = claim("a", absence, "Rebel coalition", "opposition", places=("dorsa",), article="x")
    b = claim("b", report, "Defence ministry" if report_stance == "pro-regime" else "Rebel radio", report_stance,
              places=("dorsa",), article="y")
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


def test_a_sources_own_rising_toll_is_an_update_not_a_contradiction():
    thursday = claim("thu", "14 civilians were killed by rockets on the market", "Interior Ministry", "pro-regime",
                     quantities=[q(14, "14", "deaths")], day="2017-03-09")
    # the next day's reports name no day: they may be of Thursday's attack
    friday = attrs.evolve(claim("fri", "the toll of the rocket attack on the market rose to 23", "Ministry of Interior",
                                "pro-regime", quantities=[q(23, "23", "deaths")], day="2017-03-10"), event_date=None)
    hospital = attrs.evolve(claim("hos", "21 bodies from the rocket attack on the market", "Hospital director",
                                  "independent", quantities=[q(21, "21", "deaths")], day="2017-03-10"), event_date=None)
    pairs = {frozenset((x, y)) for f in decide([thursday, friday, hospital]) if f.relation == "contradiction"
             for i, side in enumerate(f.sides) for other in f.sides[i + 1:] for x in side for y in other}
    # the ministry's Thursday figure gave way to its Friday one; Friday's 23 and the hospital's 21 differ
    assert pairs == {frozenset(("fri", "hos"))}


def test_a_count_told_as_since_replaced_is_set_against_none():
    # the monitor's earlier count, told in the same report as its new one, is no rival of the
    # rescuers' toll
    earlier = claim("e", "The group had put the toll at 31 in an earlier count", "A monitoring group", "independent",
                    quantities=[q(31, "31", "deaths")], article="x")
    rescuers = claim("r", "at least 52 people were killed", "Rescue service", "opposition",
                     quantities=[q(52, "at least 52", "deaths", low=52)], article="y")
    assert [f.relation for f in decide([earlier, rescuers]) if f.basis == "quantity"] == []


@pytest.mark.parametrize("later_place, later_day, compared", [
    # a later report's toll with no day of its own, of the place the dated toll names
    ("tavik camp", "2026-08-24", True),
    # of another place, or too long after
    ("halvek", "2026-08-24", False),
    ("tavik camp", "2026-08-28", False),
])
def test_a_later_reports_undated_toll_of_the_same_place_is_compared(later_place, later_day, compared):
    dated = claim("a", "34 people were killed in the Tavik camp on Friday", "Health ministry", "pro-regime",
                  quantities=[q(34, "34", "deaths")], places=("tavik camp",), day="2026-08-21")
    later = attrs.evolve(claim("b", "41 deaths have been recorded", "Monitor", "independent",
                               quantities=[q(41, "41", "deaths")], places=(later_place,), day=later_day),
                         event_date=None)
    found = [f.relation for f in decide([dated, later]) if f.basis == "quantity"]
    assert found == (["contradiction"] if compared else [])


def test_a_sources_later_higher_toll_supersedes_its_earlier_one_even_where_their_bounds_overlap():
    # "at least 52" then "at least 61": the same rescue service's count rising, against a
    # hospital's 58 (which "at least 52" fits and "at least 61" does not)
    earlier = claim("early", "it had recovered at least 52 bodies", "Rescue service", "opposition",
                    quantities=[q(52, "at least 52", "deaths", low=52)], day="2026-03-14")
    later = attrs.evolve(claim("late", "the toll has risen to at least 61", "Rescue service", "opposition",
                               quantities=[q(61, "at least 61", "deaths", low=61)], day="2026-03-15"), event_date=None)
    hospital = claim("hos", "the hospital had received 58 dead", "Hospital doctor", "unknown",
                     quantities=[q(58, "58", "deaths")], day="2026-03-14")
    pairs = {frozenset((x, y)) for f in decide([earlier, later, hospital]) if f.relation == "contradiction"
             for i, side in enumerate(f.sides) for other in f.sides[i + 1:] for x in side for y in other}
    assert frozenset(("early", "late")) not in pairs
    assert frozenset(("late", "hos")) in pairs


@pytest.mark.parametrize("told, compared", [
    # a figure the claim denies is not one it gives, to be set against another toll
    ("Nine soldiers were killed in it, not four as their spokesman pretends", [9]),
    ("Nine soldiers were killed, but not the four the army claims", [9]),
    # with nothing denied, both figures are the claim's own
    ("Nine soldiers were killed and four wounded", [9, 4]),
])
def test_a_figure_a_claim_denies_is_not_one_it_compares(told, compared):
    rebels = claim("r", told, "Rebel council", "opposition",
                   quantities=[q(9, "Nine", "deaths", unit="soldiers"), q(4, "four", "deaths", unit="soldiers")])
    assert [f.low for f in compare_module._figures(rebels)] == compared


@pytest.mark.parametrize("unit_a, unit_b, compared", [
    ("fighters", "people", True),       # a bombing of a convoy: its people were its fighters
    ("civilians", "fighters", False),   # counted apart
    ("children", "people", False),      # a part of the toll
    ("staff", "people", False),         # a hospital's staff among its dead
    ("staff", "staff", True),
])
def test_who_a_toll_counts(unit_a, unit_b, compared):
    a = claim("a", f"12 {unit_a} were killed", "Monitor", "independent", quantities=[q(12, "12", "deaths", unit=unit_a)])
    b = claim("b", f"40 {unit_b} were killed", "State TV", "pro-regime", quantities=[q(40, "40", "deaths", unit=unit_b)])
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared


@pytest.mark.parametrize("second, contradicted", [
    (dict(), True),
    # none killed in another week's strike, or in another town, says nothing of this toll
    (dict(day="2017-03-20"), False),
    (dict(places=("aleppo",)), False),
])
def test_a_count_of_none_contradicts_a_toll_of_the_incident(second, contradicted):
    a = claim("a", "31 civilians were killed in the air strike", "Rescuers", "opposition",
              quantities=[q(31, "31", "deaths", unit="civilians")])
    b = claim("b", "no civilians were killed in the air strike", "Army", "pro-regime",
              quantities=[q(0, "no civilians", "deaths", unit="civilians")], **second)
    found = [f for f in decide([a, b]) if f.relation == "contradiction"]
    assert [(f.basis, f.sides) for f in found] == ([("quantity", (("a",), ("b",)))] if contradicted else [])


def test_a_count_of_none_takes_no_kind_of_attack_from_its_article():
    # the army's article tells of missiles; its "no civilians were killed in the operation"
    # still answers another outlet's toll of the air strike that day
    missiles = claim("m", "missiles destroyed a weapons depot in Dorsa", "Army", "pro-regime", article="x")
    none = claim("n", "no civilians were killed in the operation", "Army", "pro-regime", article="x",
                 quantities=[q(0, "no civilians", "deaths", unit="civilians")])
    toll = claim("t", "31 civilians were killed when warplanes struck the market in Dorsa", "Rescuers", "opposition",
                 article="y", quantities=[q(31, "31", "deaths", unit="civilians")])
    assert ("contradiction", "quantity", (("n",), ("t",))) in relations(decide([missiles, none, toll]))


@pytest.mark.parametrize("none_measure, toll_measure, contradicted", [
    # no one harmed denies a toll of the dead, of the wounded, and of both
    ("casualties", "deaths", True),
    ("casualties", "injuries", True),
    ("casualties", "casualties", True),
    # no one killed says nothing of how many casualties, who may all be wounded
    ("deaths", "casualties", False),
])
def test_a_count_of_none_harmed_contradicts_any_toll(none_measure, toll_measure, contradicted):
    # the words name no harm, so that only the figures can contradict
    a = claim("a", "the rescuers counted 31 civilians after the air strike", "Rescuers", "opposition",
              quantities=[q(31, "31", toll_measure, unit="civilians")])
    b = claim("b", "zero civilians, the army said of the air strike", "Army", "pro-regime",
              quantities=[q(0, "zero civilians", none_measure, unit="civilians")])
    found = [f for f in decide([a, b]) if f.relation == "contradiction"]
    assert [(f.basis, f.sides) for f in found] == ([("quantity", (("a",), ("b",)))] if contradicted else [])


@pytest.mark.parametrize("part", [
    "four other victims died in hospital",
    "four more people lost their lives in a nearby village",
    "the wives of the four alleged rebel fighters were also among the dead",
    "four rebels from the two families were among the dead",
    "one video showed the bodies of four people lying on the floor of a clinic",
    "it could not yet say whether the remaining four people killed were civilians",
])
def test_other_victims_are_a_part_of_a_toll_not_a_rival(part):
    a = claim("a", "The bombing killed 32 people", "Monitor", "independent", quantities=[q(32, "32", "deaths")])
    b = claim("b", part, "Agency", "pro-regime", quantities=[q(4, "four", "deaths")])
    assert all(f.relation != "contradiction" for f in decide([a, b]))


@pytest.mark.parametrize("text, counted", [
    # members of a named group are the whole toll; "four of the dead" is a part of another
    ("The blast killed 15 members of the Vostra Front", True),
    ("The blast killed 15 fighters of the Vostra Front", True),
    ("15 of the dead were children", False),
    ("15 members of the family were among those killed", False),
])
def test_members_of_a_named_group_are_a_toll_of_their_own(text, counted):
    a = claim("a", "At least 25 people were killed in the blast", "Monitor", "independent",
              quantities=[q(25, "At least 25", "deaths", low=25.0)])
    b = claim("b", text, "Agency", "pro-regime", quantities=[q(15, "15", "deaths")])
    assert any(f.relation == "contradiction" for f in decide([a, b])) is counted


def test_those_among_the_dead_are_a_part_of_a_toll():
    a = claim("a", "About 30 soldiers were killed in the blast", "Monitor", "independent", quantities=[q(30, "About 30", "deaths")])
    b = claim("b", "At least two officers were among those killed", "Agency", "pro-regime",
              quantities=[q(2, "At least two", "deaths", low=2.0)])
    assert all(f.relation != "contradiction" for f in decide([a, b]))


def test_spellings_of_one_broad_place_are_counted_together():
    # "Syria" in three articles and "Syrias" in two: together the setting, not an incident's place
    setting = [claim(f"s{i}", "Syria news", "Paper", "independent", places=(name,), article=f"art-s{i}")
               for i, name in enumerate(["syria", "syria", "syria", "syrias", "syrias"])]
    a = claim("a", "50 people were killed", "Monitor", "independent", places=("syrias",),
              article="art-a", quantities=[q(50, "50", "deaths")])
    b = claim("b", "10 people were killed", "Agency", "opposition", places=("syrias",),
              article="art-b", quantities=[q(10, "10", "deaths")])
    assert all(f.relation != "contradiction" for f in decide([*setting, a, b]))


@pytest.mark.parametrize("other", [
    "Separate air raids killed 40 people",
    # more victims told with "also" are more victims somewhere else
    "40 people were also killed in a besieged district",
    "Meanwhile warplanes killed 40 people",
    # "that attack" is one the claim before told of, not the article's own
    "The rebels say 40 people died in that attack",
])
def test_a_toll_the_article_calls_separate_is_another_incident(other):
    a = claim("a", "12 people were killed in an air raid on the market", "Monitor", "independent",
              quantities=[q(12, "12", "deaths")], article="one")
    b = claim("b", other, "State TV", "pro-regime", quantities=[q(40, "40", "deaths")], article="one")
    assert all(f.relation != "contradiction" for f in decide([a, b]))


@pytest.mark.parametrize("bounded, exact, relation", [
    # a toll's "at least 23" is its source's count: another source's 30 is a higher one
    ((23, "at least 23", 23.0, None), (30, "30"), "contradiction"),
    # one just above the bound is the same count
    ((30, "more than 30", 30.0, None), (32, "32"), "agreement"),
    ((13, "up to 13", None, 13.0), (9, "nine"), "contradiction"),
])
def test_an_open_bound_toll_against_an_exact_one(bounded, exact, relation):
    a = claim("a", f"{bounded[1]} people were killed in the raid", "Monitor", "independent",
              quantities=[q(bounded[0], bounded[1], "deaths", low=bounded[2], high=bounded[3])])
    b = claim("b", f"{exact[1]} people were killed in the raid", "Local council", "opposition",
              quantities=[q(exact[0], exact[1], "deaths")])
    assert [f.relation for f in decide([a, b]) if f.basis == "quantity"] == [relation]


def test_tolls_naming_no_place_meet_through_their_articles_setting_and_attack_kind():
    # neither claim names a place; each article's other claims say where, and that place is
    # named across so many articles that it is only the setting, not an incident's place
    setting_a = claim("sa", "The rockets hit the city of Halab", "Outlet A", "independent", places=("halab",), article="art-a")
    setting_b = claim("sb", "Rockets fell on Halab overnight", "Outlet B", "pro-regime", places=("halab",), article="art-b")
    a = claim("a", "Nine civilians died in rocket fire", "Monitor", "independent", places=(), article="art-a",
              quantities=[q(9, "Nine", "deaths")])
    b = claim("b", "Four civilians were killed by rocket shells", "State TV", "pro-regime", places=(), article="art-b",
              quantities=[q(4, "Four", "deaths")])
    c = claim("c", "Two people were killed in an air raid", "Agency", "opposition", places=(), article="art-c",
              quantities=[q(2, "Two", "deaths")])
    setting_c = claim("sc", "Jets struck Halab", "Agency", "opposition", places=("halab",), article="art-c")
    setting_d = claim("sd", "Halab was quiet on Sunday", "Paper", "independent", places=("halab",), article="art-d")
    findings = decide([setting_a, setting_b, setting_c, setting_d, a, b, c])
    assert [(f.relation, f.basis, f.sides) for f in findings if f.basis == "quantity"] == [
        ("contradiction", "quantity", (("a",), ("b",)))]


def test_one_sources_own_figures_never_contradict():
    a = claim("a", "12,000 residents will be displaced", "Monitor", "independent", article="x",
              quantities=[q(12000, "12,000", "displaced")])
    b = claim("b", "the first 1,500 people will leave next week", "Monitor", "independent", article="x",
              quantities=[q(1500, "1,500", "displaced")])
    assert all(f.relation != "contradiction" for f in decide([a, b]))


@pytest.mark.parametrize("second_source, contradicted", [
    ("The Interior Ministry", False),   # "Ministry of Interior" spelled the other way: its own update
    ("Rescue workers", True),
])
def test_one_sources_figures_under_two_spellings_never_contradict(second_source, contradicted):
    a = claim("a", "14 civilians were killed in the market", "Ministry of Interior", "pro-regime",
              quantities=[q(14, "14", "deaths")])
    b = claim("b", "23 civilians were killed in the market", second_source, "independent",
              quantities=[q(23, "23", "deaths")])
    assert any(f.relation == "contradiction" for f in decide([a, b])) is contradicted


@pytest.mark.parametrize("wide", [
    "more than 250,000 people have been killed since the war began",
    "since then more than 250,000 people have been killed across the war-torn country",
    "has put the total death toll from conflict at more than 250,000",
])
def test_whole_war_tolls_compare_with_each_other_only(wide):
    a = claim("a", wide, "Agency A", "independent",
              quantities=[q(250000, "more than 250,000", "deaths", low=250000.0)], places=("dorsa",))
    b = claim("b", "the five-year conflict has killed more than 470,000 people", "Centre B", "independent",
              quantities=[q(470000, "more than 470,000", "deaths", low=470000.0)], places=("riverton",),
              day="2017-03-11")
    c = claim("c", "an air raid killed 300 people in Dorsa", "Monitor C", "independent",
              quantities=[q(300, "300", "deaths")], places=("dorsa",))
    assert [r for r in relations(decide([a, b, c])) if r[1] == "quantity"] == [
        ("contradiction", "quantity", (("a",), ("b",)))]


def test_a_whole_war_toll_of_one_group_is_a_part_of_the_war_toll():
    a = claim("a", "more than 250,000 people have been killed since the war began", "Agency A", "independent",
              quantities=[q(250000, "more than 250,000", "deaths", low=250000.0)])
    b = claim("b", "54 aid workers have been killed since the war began", "Red Crescent", "independent",
              quantities=[q(54, "54", "deaths", unit="workers")])
    assert [r for r in relations(decide([a, b])) if r[1] == "quantity"] == []


@pytest.mark.parametrize("running, contradicted", [
    # a running count ("so far") counts what another source counts, not another stretch of time
    ("41 bodies had been fully exhumed so far", True),
    # a sum of parts ("in total") is a count of its own
    ("41 people in total were exhumed and transferred", False),
    # a count since a day of the week is of the offensive still going on, not of the war
    ("41 bodies had been recovered since Saturday", True),
])
def test_a_running_count_is_compared_with_a_count_naming_no_period(running, contradicted):
    a = claim("a", "73 bodies had been recovered from the site", "The ministry", "pro-regime",
              quantities=[q(73, "73", "deaths", unit="killed")], places=("dunwhistle",))
    b = claim("b", running, "A pathologist", "unknown", quantities=[q(41, "41", "deaths", unit="killed")],
              places=("dunwhistle",))
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert ("contradiction" in found) is contradicted


@pytest.mark.parametrize("first, second, contradicted", [
    # two counts of the buses of one evacuation
    ("the evacuation was carried out on 31 buses", "the regime allowed only 22 buses into Marrach", True),
    # machines seized are not the machines destroyed, even in one battle
    ("artillery destroyed 31 enemy vehicles in Marrach", "the rebels seized 22 vehicles in Marrach", False),
])
def test_counts_of_vehicles_compare_when_told_of_one_fate(first, second, contradicted):
    a = claim("a", first, "Army", "pro-regime", quantities=[q(31, "31", "vehicles", unit="vehicles")],
              places=("marrach",))
    b = claim("b", second, "Committee", "opposition", quantities=[q(22, "22", "vehicles", unit="vehicles")],
              places=("marrach",))
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert (found == ["contradiction"]) is contradicted


def test_a_count_since_a_day_is_not_a_count_of_one_day():
    a = claim("a", "at least 97 combatants had been killed since Saturday", "Monitor", "independent",
              quantities=[q(97, "at least 97", "deaths", low=97.0)], places=("dorsa",))
    b = claim("b", "40 fighters were killed on Monday", "Army", "pro-regime",
              quantities=[q(40, "40", "deaths")], places=("dorsa",))
    assert [f for f in decide([a, b]) if f.basis == "quantity" and f.relation == "contradiction"] == []


@pytest.mark.parametrize("denial, contradicted", [
    # a denial that names whose figure it denies answers that speaker's counts of the event
    ("the minister's figure as a fairy tale for the parliament", True),
    ("Mr Dornholm's figures as propaganda", True),
    # another speaker's figure is not the minister's
    ("the monitor's figure as a fairy tale", False),
])
def test_a_denial_of_someones_figure_answers_their_count(denial, contradicted):
    count = claim("c", "only 212 people are held at the base", "Defence Minister Raskel Dornholm", "pro-regime",
                  quantities=[q(212, "212", "held")], article="x")
    answer = attrs.evolve(claim("d", denial, "Teodor Marrask", "opposition", article="x"), cue="dismissed")
    found = ("contradiction", "denial", (("c",), ("d",))) in relations(decide([count, answer]))
    assert found is contradicted


def test_denial_contradicts_what_it_denies():
    a = claim("a", "rebels fired first at the checkpoint", "Army", "pro-regime", article="x")
    b = claim("b", "the claim that rebels fired first is a pretext", "Activists", "opposition", article="x", denies="a")
    assert ("contradiction", "denial", (("a",), ("b",))) in relations(decide([a, b]))


@pytest.mark.parametrize("other, stance, contradicted", [
    # another outlet's report of what is denied, about the same place and day
    ("warplanes bombed the Dorsa hospitals on Sunday", "opposition", True),
    ("a market in Dorsa was shelled on Sunday", "opposition", False),      # not what is denied
    ("shells landed on the Dorsa hospitals in its campaign", "opposition", True),   # shells landing: an act
    ("warplanes bombed the Dorsa hospitals on Sunday", "pro-regime", False),   # the denier's own side
    ("inspectors must visit the hospitals named in the campaign", "opposition", False),   # reports no act
    ("two airstrikes hit the Dorsa hospitals on Sunday", "opposition", True),   # the act in other words
    ("two airstrikes hit the Dorsa market on Sunday", "opposition", False),     # the act, but not the hospitals
    ("missiles fired into the Dorsa hospitals on Sunday", "opposition", True),  # missiles strike
])
def test_a_denial_answers_reports_of_what_it_denies(other, stance, contradicted):
    denial = attrs.evolve(claim("d", "bombing hospitals in its campaign", "The ministry", "pro-regime",
                                article="x"), cue="denied")
    report = claim("r", other, "Clinic network", stance, article="y")
    found = denial_of_report_found([denial, report])
    assert found is contradicted


@pytest.mark.parametrize("denial_text, contradicted", [
    # words that call the report contrary to fact, whatever the cue
    ("the reports about the capture of Dorsa do not correspond to reality", True),
    ("these images of the rebels capturing Dorsa on Sunday are a staged provocation", True),
    ("no evidence for the claims that rebels captured Dorsa on Sunday", True),
    ("the reports that rebels captured Dorsa on Sunday are “pure propaganda”", True),
    ("Rebels captured Dorsa on Sunday? These are lies", True),
    ("the reports about the capture of Dorsa were discussed at length", False),
])
def test_words_that_call_a_report_contrary_to_fact_deny_it(denial_text, contradicted):
    denial = claim("d", denial_text, "The ministry", "pro-regime", article="x")
    report = claim("r", "rebels captured Dorsa on Sunday after heavy fighting", "Rebel front", "opposition", article="y")
    found = denial_of_report_found([denial, report])
    assert found is contradicted


@pytest.mark.parametrize("figure, published, contradicted", [
    # the denial repeats the very figure: it answers that claim, set weeks before and elsewhere
    (210_000, "2025-12-11", True),
    (180_000, "2025-12-11", False),   # another figure: not what is denied
    (210_000, "2026-03-01", False),   # months later: another claim of the figure
])
def test_a_denial_repeating_a_figure_answers_the_claim_of_it(figure, published, contradicted):
    report = claim("r", f"More than {figure:,} people have been displaced in Hollen State since the offensive began",
                   "Civil Government", "opposition", quantities=[q(figure, f"More than {figure:,}", "displaced", low=figure)],
                   places=("hollen state",), day="2025-10-01")
    report = attrs.evolve(report, article=attrs.evolve(report.article, date="2025-12-10"))
    denial = attrs.evolve(claim("d", "a claim by the Civil Government that more than 210,000 people had been displaced "
                                "in the state", "The minister", "pro-regime",
                                quantities=[q(210_000, "more than 210,000", "displaced", low=210_000)], places=(),
                                day=published), cue="rejected", event_date=None)
    found = denial_of_report_found([denial, report])
    assert found is contradicted


@pytest.mark.parametrize("report, contradicted", [
    # a place changing hands, in other words
    ("rebel fighters took full control of Dorsa on Sunday", True),
    ("rebels captured Dorsa on Sunday", True),
    ("rebels shelled Dorsa on Sunday", False),
])
def test_a_denial_that_a_place_fell_answers_its_capture(report, contradicted):
    denial = attrs.evolve(claim("d", "the claims that Dorsa had fallen", "The army", "pro-regime", article="x"),
                          cue="rejected")
    other = claim("r", report, "Rebel front", "opposition", article="y")
    found = denial_of_report_found([denial, other])
    assert found is contradicted


@pytest.mark.parametrize("report, contradicted", [
    # no act word, but three rare words of what is denied, at the same event
    ("At the Dorsa checkpoint soldiers separated at least 57 men from their families and took them away in trucks",
     True),
    # the place and one word more are not what is denied
    ("At the Dorsa checkpoint soldiers searched the cars of families", False),
])
@pytest.mark.parametrize("cue", ["said", "urged"])
def test_a_denial_answers_a_report_without_an_act_word_that_says_what_it_denies(report, contradicted, cue):
    denial = attrs.evolve(claim("d", "reports of men separated from their families at the Dorsa checkpoint",
                                "The minister", "pro-regime", article="x", places=("dorsa",)), cue="rejected")
    # a call is no report, whatever words it shares
    contradicted = contradicted and cue == "said"
    other = attrs.evolve(claim("r", report, "Rebel radio", "opposition", article="y", places=("dorsa",)), cue=cue)
    found = denial_of_report_found([denial, other])
    assert found is contradicted


@pytest.mark.parametrize("report, contradicted", [
    # acts at sea or in custody are reported acts as much as a bombing
    ("the patrol boat of firing on the ferry", True),
    ("a patrol boat rammed the ferry", True),
    ("the patrol boat escorted the ferry", False),
])
def test_a_denial_answers_reports_of_acts_at_sea(report, contradicted):
    denial = attrs.evolve(claim("d", "claims that a patrol boat fired on or rammed the ferry", "Coast guard",
                                "pro-regime", article="x", places=()), cue="rejected")
    other = attrs.evolve(claim("r", report, "Rebel radio", "opposition", article="y", places=()), cue="accused")
    found = denial_of_report_found([denial, other])
    assert found is contradicted


@pytest.mark.parametrize("cue", ["denied", "and denied", "but denied that", "has rejected"])
def test_a_denial_verb_anywhere_in_the_cue_denies(cue):
    denial = attrs.evolve(claim("d", "bombing hospitals in its campaign", "The ministry", "pro-regime",
                                article="x"), cue=cue)
    report = claim("r", "warplanes bombed the Dorsa hospitals on Sunday", "Clinic network", "opposition", article="y")
    assert denial_of_report_found([denial, report])


@pytest.mark.parametrize("cue, denial_text, contradicted", [
    # calling a report false denies it, whatever the verb
    ("described", "as a fabrication the reports that warplanes bombed the Dorsa hospitals", True),
    ("calling it", "the claims that warplanes bombed the Dorsa hospitals a cheap lie", True),
    ("characterised", "as fiction the reports that warplanes bombed the Dorsa hospitals", True),
    # describing without calling anything false denies nothing
    ("described", "the reports that warplanes bombed the Dorsa hospitals as worrying", False),
    # the speaker's own words call the reports false, whatever the cue
    ("said", "Reports that warplanes bombed the Dorsa hospitals are nothing but lies", True),
    ("said", "They say warplanes bombed the Dorsa hospitals. This is a complete fabrication", True),
    ("said", "the terrorists are spreading rumours that warplanes bombed the Dorsa hospitals", True),
    ("said", "Reports that warplanes bombed the Dorsa hospitals are being checked", False),
    ("said", "news that warplanes bombed the Dorsa hospitals was totally fabricated", True),
    ("stated", "the news that warplanes bombed the Dorsa hospitals is not true", True),
    # the whole answer a falsehood, right after the report it answers in its article
    ("said", "A fabrication from start to finish: warplanes never bombed the Dorsa hospitals", True),
    ("said", "Warplanes bombed the Dorsa hospitals. This is not a lie", False),
    # a motive told, not a report called false
    ("said", "This was a pretext for warplanes to bomb the Dorsa hospitals", False),
])
def test_a_report_called_false_is_denied(cue, denial_text, contradicted):
    denial = attrs.evolve(claim("d", denial_text, "The ministry", "pro-regime", article="x"), cue=cue)
    report = claim("r", "warplanes bombed the Dorsa hospitals on Sunday", "Clinic network", "opposition", article="y")
    found = denial_of_report_found([denial, report])
    assert found is contradicted


@pytest.mark.parametrize("denied, other, contradicted", [
    # "the attacks" points back to the attacks its article reports
    ("it carried out the attacks", "regime forces killed 40 people in the attacks on Dorsa", True),
    ("it carried out the attacks", "regime forces shelled the bakery in Dorsa", False),   # not an attack
    ("the allegations of a massacre", "regime forces shelled the bakery in Dorsa", True),  # any reported act
    ("it carried out the attacks", "the envoy arrived for talks on Saturday", False),      # reports no act
    # "the weapons" points back to the weapons its article reports used
    ("its forces use the weapons", "the air force dropped barrel bombs on Dorsa at dawn", True),
    # a denial of any part in it answers a claim that blames the denier's side, not every report
    ("responsibility", "the regime was responsible for the barrel bombs dropped on Dorsa", True),
    ("any involvement in the incident", "the army was behind the attack on Dorsa", True),
    ("responsibility", "the council accused The ministry of the attack on Dorsa", False),
    ("responsibility", "the air force dropped barrel bombs on Dorsa at dawn", False),
    ("responsibility", "rebels were responsible for the barrel bombs dropped on Dorsa", False),
    # denying the accusation that it did it is denying any part in it; "is responsible" blames
    ("accusations it carried out the attacks", "all we know shows the regime is responsible", True),
    ("accusations it carried out the attacks", "all we know shows the rebels are responsible", False),
    # refusing a request denies no report
    ("calls to halt the attacks on Dorsa", "the attacks on Dorsa killed 40 people", False),
    ("a Vostran plea to halt the attacks on Dorsa", "the attacks on Dorsa killed 40 people", False),
])
def test_a_denial_pointing_back_answers_its_articles_reports(denied, other, contradicted):
    denial = attrs.evolve(claim("d", denied, "The ministry", "pro-regime", article="x", places=()), cue="denied")
    report = claim("r", other, "Activists", "opposition", article="x", places=())
    found = denial_of_report_found([denial, report])
    assert found is contradicted


def test_a_denial_linked_to_the_reports_it_answers_answers_only_those():
    # "dismissed the reports as lies", linked in its article to the corridor report, leaves the
    # article's other reports of acts alone
    report = claim("r", "dozens of civilians fled through the corridors on Saturday", "State media", "pro-regime",
                   article="x", places=())
    other = claim("o", "the shelling of Dorsa killed four people", "A monitor", "independent", article="x", places=())
    denial = attrs.evolve(claim("d", "the reports as lies", "Residents", "opposition", article="x", places=()),
                          cue="dismissed", denies="r")
    assert [f.sides for f in decide([report, other, denial]) if f.relation == "contradiction"] == [(("r",), ("d",))]


@pytest.mark.parametrize("report_place, denial_day, contradicted", [
    ("dorsa", "2019-05-13", True),
    # another place, or a report days later, is another event
    ("riverton", "2019-05-13", False),
    ("dorsa", "2019-05-20", False),
])
def test_a_denial_naming_no_place_answers_reports_of_its_articles_event(report_place, denial_day, contradicted):
    report = claim("r", "barrel bombs killed 18 civilians in the town of Dorsa", "Civil Defence", "opposition",
                   article="x", places=(report_place,), day="2019-05-13")
    scene = claim("s", "army units destroyed terrorist positions in Dorsa", "A military source", "pro-regime",
                  article="y", places=("dorsa",), day=denial_day)
    denial = attrs.evolve(claim("d", "reports that civilians were killed in the town", "A military source",
                                "pro-regime", article="y", places=(), day=None), cue="denied")
    denial = attrs.evolve(denial, article=attrs.evolve(denial.article, date=denial_day))
    found = denial_of_report_found([report, scene, denial])
    assert found is contradicted


@pytest.mark.parametrize("report_day, contradicted", [
    # nothing says where: three rare words shared within a day tell what is denied
    ("2019-05-14", True),
    # days apart, it may be another release
    ("2019-05-20", False),
])
def test_a_denial_and_a_report_that_name_no_place_meet_by_their_words(report_day, contradicted):
    report = claim("r", "the regime released 85 detainees, several of them detained two years without charge",
                   "Rebel council", "opposition", article="x", places=(), day=report_day)
    denial = attrs.evolve(claim("d", "reports that the released detainees included people held without charge",
                                "The ministry", "pro-regime", article="y", places=(), day="2019-05-13"), cue="denied")
    found = denial_of_report_found([report, denial])
    assert found is contradicted


@pytest.mark.parametrize("report_article_place, contradicted", [
    # a street and a junction of one event: the report's article is about the junction the denial names
    ("orlenk", True),
    # reports of another town share nothing with the denial's scene
    ("riverton", False),
])
def test_a_denial_meets_a_report_of_another_scene_of_its_event_by_three_rare_words(report_article_place, contradicted):
    report = claim("r", "four people were killed when an explosive-laden vehicle blew up beside the convoy", "State media",
                   "pro-regime", article="x", places=("lenya",), day="2026-03-17")
    scene = claim("s", "the convoy was attacked at the junction", "State media", "pro-regime", article="x",
                  places=(report_article_place,), day="2026-03-17")
    denial = attrs.evolve(claim("d", "the regime's claim that a Front vehicle carrying explosives joined the convoy",
                                "The Front", "opposition", article="y", places=("orlenk",), day="2026-03-17"),
                          cue="rejected")
    found = denial_of_report_found([report, scene, denial])
    assert found is contradicted


@pytest.mark.parametrize("denial_text, report_day, report_place, contradicted", [
    # a short denial of an act on a thing answers a report of that act on that thing at its
    # article's scene, however often the thing is named in the event
    ("hitting the market", "2026-03-03", "bir tefassa", True),
    # another day, another scene, or a denial too long to be one act on one thing: nothing
    ("hitting the market", "2026-03-09", "bir tefassa", False),
    ("hitting the market", "2026-03-03", "riverton", False),
    ("that its aircraft were hitting the market while traders opened their stalls", "2026-03-03", "bir tefassa",
     False),
])
def test_a_short_denial_of_an_act_on_a_thing_answers_reports_of_it(denial_text, report_day, report_place,
                                                                   contradicted):
    # the thing ("market") is in many claims of the event: not rare enough to say what is denied alone
    filler = [claim(f"f{i}", f"the market was crowded on day {i}", f"Trader {i}", "unknown", article=f"m{i}",
                    places=(f"village {i}",), day="2026-03-03") for i in range(12)]
    report = claim("r", "aircraft of the junta fired two missiles into the market", "Tribal council", "opposition",
                   article="x", places=(report_place,), day=report_day)
    scene = claim("s", "the strike on Bir Tefassa drew condemnation", "A monitor", "independent", article="y",
                  places=("bir tefassa",), day="2026-03-03")
    denial = attrs.evolve(claim("d", denial_text, "The army", "pro-regime", article="y", places=(), day=None),
                          cue="denied")
    denial = attrs.evolve(denial, article=attrs.evolve(denial.article, date="2026-03-03"))
    found = denial_of_report_found([*filler, report, scene, denial])
    assert found is contradicted


def said_for(cid, text, source, stance, **kwargs):
    """A claim whose speaker speaks for a body of that name (its outlet)."""
    made = claim(cid, text, source, stance, **kwargs)
    return attrs.evolve(made, source=attrs.evolve(made.source, outlet=source))


@pytest.mark.parametrize("denial_text, report_text, report_day, contradicted", [
    # a side says its own did not fire at a place; another reports that side firing there that day
    ("the Front had not fired on Kolvany today", "the terrorist gangs fired more than 30 mortar shells at Kolvany",
     "2026-03-03", True),
    ("Not one of our fighters has surrendered in Kolvany", "74 militants had surrendered in Kolvany", "2026-03-03", True),
    # the act told in the passive, with the party as its agent
    ("We did not fire a single rocket at Kolvany", "rockets fired by the Example Resistance Front struck Kolvany",
     "2026-03-03", True),
    ("We did not fire a single rocket at Kolvany", "rockets fired by the Northern Brigade struck Kolvany",
     "2026-03-03", False),
    # the report blames the other side, or another day, or names no side: no contradiction
    ("its jets flew no missions over Kolvany today", "rebels said regime jets struck Kolvany at dawn", "2026-03-03", False),
    ("the Front had not fired on Kolvany today", "regime artillery fired at Kolvany", "2026-03-03", False),
    ("the Front had not fired on Kolvany today", "the terrorist gangs fired mortar shells at Kolvany", "2026-03-10", False),
    ("the Front had not fired on Kolvany today", "shells fell on Kolvany", "2026-03-03", False),
    # "the army" is the other side's to the Front: it denies nothing of its own
    ("the army had not fired on Kolvany today", "the terrorist gangs fired mortar shells at Kolvany", "2026-03-03",
     False),
])
def test_a_side_saying_its_own_did_not_act_contradicts_reports_that_they_did(denial_text, report_text, report_day,
                                                                             contradicted):
    denial = said_for("d", denial_text, "Example Resistance Front", "opposition", places=("kolvany",), day="2026-03-03")
    report = claim("r", report_text, "State media", "pro-regime", places=("kolvany",), day=report_day)
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(decide([denial, report]))
    assert found is contradicted


@pytest.mark.parametrize("report_town, contradicted", [
    # a report naming a district, in an article on the town the denial's article is about
    ("lostrin", True),
    ("dorsa", False),
])
def test_a_side_saying_its_own_did_not_act_meets_a_report_in_its_towns_district(report_town, contradicted):
    denial = said_for("d", "the Front did not open fire once during the pause", "Example Resistance Front",
                      "opposition", places=(), day="2026-10-03", article="x")
    denial_setting = claim("x2", "the pause began in Lostrin at 08:00", "Monitor", "independent", places=("lostrin",),
                           day="2026-10-03", article="x")
    report = claim("r", "rebel shelling hit the Old Bridge district, killing two civilians", "State media",
                   "pro-regime", places=("old bridge",), day="2026-10-03", article="y")
    report_setting = claim("y2", f"aid reached {report_town.title()} on Friday", "Monitor", "independent",
                           places=(report_town,), day="2026-10-03", article="y")
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(
        decide([denial, denial_setting, report, report_setting]))
    assert found is contradicted


def test_the_army_saying_the_army_did_not_act_denies_its_own_act():
    denial = said_for("d", "the army did not open fire on Kolvany today", "Example Defence Ministry", "pro-regime",
                      places=("kolvany",), day="2026-03-03")
    report = claim("r", "regime forces opened fire on Kolvany", "Local council", "opposition", places=("kolvany",),
                   day="2026-03-03")
    assert ("contradiction", "polarity", (("d",), ("r",))) in relations(decide([denial, report]))


@pytest.mark.parametrize("focused, contradicted", [
    # both articles are about Dorsa: "the town" in each is Dorsa, and surrender is an act denied
    (True, True),
    # a roundup of several towns sets no scene for its claims that name none
    (False, False),
])
def test_claims_naming_no_place_in_articles_about_one_place_meet(focused, contradicted):
    report = claim("r", "more than 300 fighters had surrendered with their weapons", "A military source",
                   "pro-regime", article="x", places=(), day="2019-05-13")
    other_places = ("dorsa",) if focused else ("riverton",)
    scene = [claim("s1", "troops entered Dorsa", "A military source", "pro-regime", article="x",
                   places=("dorsa",), day="2019-05-13"),
             claim("s2", "the army shelled Dorsa", "Local council", "opposition", article="y",
                   places=("dorsa",), day="2019-05-13"),
             claim("s3", "the army shelled the outskirts", "Local council", "opposition", article="y",
                   places=other_places, day="2019-05-13"),
             claim("s4", "aid reached the people", "Local council", "opposition", article="x",
                   places=("dorsa",) if focused else ("kessar",), day="2019-05-13")]
    denial = attrs.evolve(claim("d", "any fighters had surrendered or handed over weapons", "Rebel commanders",
                                "opposition", article="y", places=(), day="2019-05-13"), cue="denied")
    found = denial_of_report_found([report, *scene, denial])
    assert found is contradicted


def test_a_denial_of_responsibility_answers_the_accusation_that_names_the_denier():
    denial = attrs.evolve(claim("d", "responsibility", "Vostra", "pro-regime", article="x"), cue="denied")
    accusation = attrs.evolve(claim("a", "Vostra of the gas attack on Dorsa", "The council", "opposition",
                                    article="x"), cue="accused")
    report = claim("r", "the gas attack on Dorsa killed 12 people", "Medics", "independent", article="x")
    assert [(f.basis, f.sides) for f in decide([denial, accusation, report]) if f.relation == "contradiction"] == [
        ("denial", (("a",), ("d",)))]


@pytest.mark.parametrize("text_a, text_b", [
    ("the shelling was retaliation for sniper fire", "the bombing campaign was unprovoked"),
    # aimed with care at fighters, or aimed at civilians
    ("we take all measures to avoid civilian casualties", "civilians were targeted in the raid on Dorsa"),
    # a crash told as a failure, or as a shooting down
    ("the jet crashed due to a technical failure on a training flight", "our fighters shot down the jet over Dorsa"),
    # a withdrawal told as a choice, or as a defeat
    ("troops carried out a regrouping to more advantageous lines", "the withdrawal from the town had been disorderly"),
    ("the move was a planned redeployment, not a retreat", "they ran from the silos and left their weapons behind"),
    ("troops were temporarily relocated to protect local people", "a retreat is a retreat"),
    ("the units were relocated to prepared positions", "they ran, and they left their boots behind"),
])
def test_opposite_framings_contradict(text_a, text_b):
    a = claim("a", text_a, "Daily A", "pro-regime", article="x")
    b = claim("b", text_b, "Residents", "opposition", article="x")
    assert relations(decide([a, b])) == [("contradiction", "framing", (("a",), ("b",)))]


@pytest.mark.parametrize("stance, unit, contradicted", [
    # the other side's toll of civilians answers a strike told as on a training camp
    ("opposition", "children", True),
    ("opposition", "civilians", True),
    # a bystander's toll is a figure, not the other side's account of the strike
    ("independent", "children", False),
    # a toll of fighters is what a strike on a camp claims to do
    ("opposition", "fighters", False),
])
def test_a_civilian_toll_answers_a_strike_told_as_on_fighters(stance, unit, contradicted):
    a = claim("a", "the air force struck a terrorist training camp in Dorsa on Tuesday", "The army", "pro-regime",
              article="x")
    b = claim("b", "17 people were killed in Dorsa when a jet bombed the school on Tuesday", "Rescuers", stance,
              article="y", quantities=[q(17, "17", "deaths", unit=unit)])
    found = ("contradiction", "framing", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


@pytest.mark.parametrize("blame_a, blame_b, same_article, contradicted", [
    # each side blames the other for one attack
    (("blamed", "the regime for the chlorine attacks"), ("accused", "rebels of using toxic gas"), True, True),
    (("accused", "government forces of carrying out the attack"), ("blamed", "terrorists for the gas attack"), True, True),
    (("said", "the regime was responsible for the chemical attack on Dorsa"),
     ("blamed", "terrorists for the chemical attack on Dorsa"), False, True),
    # blamed by name, the speaker blames the other side
    (("accused", "Vostra of the gas attack on Dorsa"), ("blamed", "rebels for the gas attack"), True, True),
    # the side nearest "responsible for" is the one held responsible
    (("said", "the government argued that rebels were responsible for the gas attack"),
     ("blamed", "terrorists for the gas attack"), True, False),
    # the same party blamed twice is agreement, not contradiction
    (("blamed", "the regime for the gas attack"), ("accused", "government forces of the chlorine attack"), True, False),
    # two different acts: shelling blamed on one side, a gas attack on the other
    (("blamed", "rebels for the shelling of the market"), ("accused", "the regime of the chlorine attack"), True, False),
])
def test_blaming_opposite_sides_for_one_act_contradicts(blame_a, blame_b, same_article, contradicted):
    a = attrs.evolve(claim("a", blame_a[1], "Western powers", "opposition", article="x", places=("dorsa",)), cue=blame_a[0])
    b = attrs.evolve(claim("b", blame_b[1], "Vostra", "pro-regime", article="x" if same_article else "y",
                           places=("dorsa",)), cue=blame_b[0])
    found = ("contradiction", "framing", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


def test_telling_both_framings_of_others_is_no_framing():
    # a report that a weapon cannot tell civilian from military targets frames no side's strike
    a = claim("a", "barrel bombs fail to discriminate between civilian and military targets", "Rights group",
              "independent", article="x")
    b = claim("b", "the regime has defied a resolution to stop indiscriminate attacks", "Watchdog", "independent",
              article="x")
    assert relations(decide([a, b])) == []


def test_restatement_across_stances_agrees():
    a = claim("a", "the hospital in the old city was destroyed by two missiles on Monday", "Monitor", "independent")
    b = claim("b", "two missiles destroyed the hospital in the old city on Monday", "State TV", "pro-regime")
    (finding,) = [f for f in decide([a, b]) if f.relation != "unconfirmed"]
    assert (finding.relation, finding.basis) == ("agreement", "restatement")
    assert "across opposed stances" not in finding.explanation


def test_single_source_is_unconfirmed():
    a = claim("a", "the bridge was blown up at dawn", "Activists", "opposition")
    (finding,) = decide([a])
    assert (finding.relation, finding.sides) == ("unconfirmed", (("a",),))


def test_a_query_naming_a_known_place_keeps_only_claims_about_that_place():
    here = claim("a", "A car bomb killed 12 people in Kafr Example", "Monitor", "independent", places=("kafr example",))
    elsewhere = claim("b", "A car bomb killed 40 people in the capital", "State TV", "pro-regime", places=("capital",))
    places = {"example": ["kafr example", "example"]}
    assert [c.id for c in rank("Example bombing", [elsewhere, here], places)] == ["a"]
    # without a known place in the query every bombing is a candidate
    assert {c.id for c in rank("car bombing", [elsewhere, here])} == {"a", "b"}


def test_findings_do_not_depend_on_the_hash_seed():
    # sets of strings iterate in an order that changes with PYTHONHASHSEED; findings must not.
    # The third spelling matches each of the other two, which do not match each other.
    script = (
        "import json, attrs\n"
        "from tests.test_compare import claim\n"
        "from claimcheck.compare import decide\n"
        "text = 'Government troops entered the town centre and raised the flag over the town hall'\n"
        "claims = [claim(cid, text, 'Source ' + cid, 'independent', places=(place,)) for cid, place in\n"
        "          (('x', 'aafrnabudaa'), ('y', 'kafriabudaa'), ('z', 'kafrnabudaa'))]\n"
        "print(json.dumps([attrs.asdict(f) for f in decide(claims)]))\n"
    )
    root = Path(__file__).resolve().parents[1]
    outputs = {subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 9)}
    assert len(outputs) == 1 and json.loads(outputs.pop())


@pytest.mark.parametrize("negated, contradicted", [
    ("The army has not taken the airport", True),
    ("The army has not yet taken the airport", True),
    # the negation bears on another statement of the sentence
    ("No one has claimed the attack, but the army has taken the airport", False),
])
def test_the_same_statement_negated_is_a_polarity_contradiction(negated, contradicted):
    a = claim("a", "The army has taken the airport", "State TV", "pro-regime")
    b = claim("b", negated, "Activists", "opposition")
    found = [(f.relation, f.basis, f.sides) for f in decide([a, b]) if f.relation == "contradiction"]
    assert found == ([("contradiction", "polarity", (("a",), ("b",)))] if contradicted else [])


@pytest.mark.parametrize("text_a, text_b, places_b, contradicted", [
    ("the army says it has captured Dorsa", "Dorsa has not yet fallen", ("dorsa",), True),
    ("rebels overran the checkpoints of Dorsa", "the attack on Dorsa was repelled", ("dorsa",), True),
    ("rebels took full control of Dorsa", "the army remains in full control of Dorsa", ("dorsa",), True),
    ("rebels took full control of Dorsa", "Dorsa has never left the control of the State", ("dorsa",), True),
    ("the army says it has captured Dorsa", "Dorsa never fell", ("dorsa",), True),
    # another place, though in the same article
    ("the army says it has captured Dorsa", "the attack on Riverton was repelled", ("riverton",), False),
    # both accounts agree the town was taken
    ("the army says it has captured Dorsa", "Dorsa fell to the army on Monday", ("dorsa",), False),
])
def test_a_place_told_as_taken_and_as_not_taken(text_a, text_b, places_b, contradicted):
    a = claim("a", text_a, "State TV", "pro-regime", article="x", places=("dorsa",))
    b = claim("b", text_b, "Activists", "opposition", article="x", places=places_b)
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


@pytest.mark.parametrize("text_a, stance_a, text_b, stance_b, contradicted", [
    # who holds the place, named in the phrase or as its subject; "our" is the speaker's side
    ("the town remains fully under government control", "pro-regime",
     "The whole town is in our hands", "opposition", True),
    ("government forces have established full control over Dorsa", "pro-regime",
     "separatist fighters still held the port and the town centre", "independent", True),
    ("the town remains in the hands of the revolutionaries", "independent",
     "units of our armed forces completed their control of Dorsa", "pro-regime", True),
    # both give it to one side
    ("the town remains fully under government control", "pro-regime",
     "its forces still held the town", "pro-regime", False),
    # a negated holding tells no holder
    ("the town remains fully under government control", "pro-regime",
     "The town is not in our hands", "opposition", False),
    # a claim giving two places to two sides tells no one holder
    ("the town remains fully under government control", "pro-regime",
     "the offensive brought the old quarter under regime control, leaving Dorsa in rebel hands", "independent", False),
])
def test_a_place_told_as_held_by_different_sides(text_a, stance_a, text_b, stance_b, contradicted):
    a = claim("a", text_a, "Speaker A", stance_a, article="x", places=("dorsa",))
    b = claim("b", text_b, "Speaker B", stance_b, article="y", places=("dorsa",))
    found = [f for f in decide([a, b]) if f.relation == "contradiction" and f.basis == "polarity"]
    assert bool(found) is contradicted


@pytest.mark.parametrize("text_a, stance_a, text_b, stance_b, contradicted", [
    # one side told as having kept the truce and as having broken it
    ("units of the army had fully respected the truce", "pro-regime",
     "regime forces broke the ceasefire barely an hour after it came into force", "opposition", True),
    ("the army fully respected the truce", "pro-regime",
     "the monitors recorded 47 violations by regime forces in the first day of the truce", "independent", True),
    ("the rebels had broken the truce 23 times in its first day", "pro-regime",
     "Our fighters have orders to hold fire, and they held it", "opposition", True),
    ("the rebels had broken the truce 23 times in its first day", "pro-regime",
     "the rebels did not violate the ceasefire", "independent", True),
    # each side blaming the other may both be right
    ("the rebels had broken the truce 23 times in its first day", "pro-regime",
     "the monitors recorded 47 violations by regime forces in the first day of the truce", "opposition", False),
    # a violation of no one said: "it" is not the subject of "every violation"
    ("the army fully respected the truce", "pro-regime",
     "While its positions are attacked it reserves the right to respond to every violation of the truce",
     "pro-regime", False),
])
def test_a_side_told_as_keeping_and_as_breaking_a_truce(text_a, stance_a, text_b, stance_b, contradicted):
    a = claim("a", text_a, "Speaker A", stance_a, article="x", places=("dorsa",))
    b = claim("b", text_b, "Speaker B", stance_b, article="y", places=("riverton",), day="2017-03-11")
    # the two articles name Dorsa in common, through another claim each
    scene = [claim("s", "clashes near Dorsa", "Medics", "independent", article="y", places=("dorsa",))]
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([a, b, *scene]))
    assert found is contradicted


def test_a_claim_naming_no_place_is_held_at_its_articles_places():
    # "its fighters still held the town", in an article that names Dorsa and Riverton
    held = claim("a", "its fighters still held the town", "Rebel brigade", "opposition", article="y", places=())
    scene = [claim("s1", "shelling hit Dorsa overnight", "Medics", "independent", article="y", places=("dorsa",)),
             claim("s2", "a convoy reached Riverton", "Medics", "independent", article="y", places=("riverton",))]
    taken = claim("b", "our armed forces completed their control of Dorsa", "Military source", "pro-regime",
                  article="x", places=("dorsa",))
    assert ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([held, *scene, taken]))


@pytest.mark.parametrize("other_place, contradicted", [
    # "the town" of an article that names only Dorsa is Dorsa
    (None, True),
    # an article that names two places does not say which "the town" is
    ("riverton", False),
])
def test_the_town_of_an_article_naming_one_place(other_place, contradicted):
    taken = claim("a", "the army captured Dorsa on Monday", "A field commander", "pro-regime",
                  article="x", places=("dorsa",))
    scene = claim("s", "regime forces shelled Dorsa on Sunday", "Activists", "opposition", article="y",
                  places=("dorsa",) if other_place is None else ("dorsa", other_place))
    not_taken = claim("b", "the town has not fallen to regime forces", "Activists", "opposition",
                      article="y", places=(), day=None)
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([taken, scene, not_taken]))
    assert found is contradicted


def test_the_town_of_an_article_about_one_place():
    # two of the article's three placed claims name Dorsa: "the town" in it is Dorsa
    taken = claim("a", "the army captured Dorsa on Monday", "A field commander", "pro-regime",
                  article="x", places=("dorsa",))
    scene = [claim("s1", "regime forces shelled Dorsa on Sunday", "Activists", "opposition", article="y",
                   places=("dorsa",)),
             claim("s2", "families fled Dorsa", "Activists", "opposition", article="y", places=("dorsa",)),
             claim("s3", "a convoy reached Riverton", "Activists", "opposition", article="y", places=("riverton",))]
    not_taken = claim("b", "the town remains in the hands of the rebels", "A rebel commander", "opposition",
                      article="y", places=(), day=None)
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([taken, *scene, not_taken]))
    assert found


@pytest.mark.parametrize("stance_b, compared", [
    # one side's roundup of its operations: two of its tolls, one without a place, are two operations
    ("pro-regime", False),
    # the other side's figure for what the article tells is a rival count
    ("opposition", True),
])
def test_one_sides_tolls_in_one_article_without_a_place_are_two_operations(stance_b, compared):
    a = claim("a", "about 70 fighters were killed in the airstrikes", "A military source", "pro-regime",
              article="x", places=(), quantities=[q(70, "about 70", "deaths")])
    b = claim("b", "7 fighters were killed in the airstrikes on Dorsa", "Field office", stance_b,
              article="x", places=("dorsa",), quantities=[q(7, "7", "deaths")])
    # the outlet's own unnamed sources speak on its side ("publisher" basis, as extraction gives them)
    a = attrs.evolve(a, source=attrs.evolve(a.source, basis="publisher"))
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared


@pytest.mark.parametrize("basis_b, compared", [
    # two sources the article names, each with a toll of its own, are rival counts even on one side
    ("descriptor", True),
    # the outlet's own field source listing another operation is its roundup
    ("publisher", False),
])
def test_one_sides_named_sources_in_one_article_are_rival_counts(basis_b, compared):
    a = claim("a", "24 bodies had been brought to the field hospital", "Jon Example", "opposition",
              article="x", places=("riverton",), quantities=[q(24, "24", "deaths")])
    b = claim("b", "the toll was 31 dead", "Riverton Rescue", "opposition",
              article="x", places=(), quantities=[q(31, "31", "deaths")])
    b = attrs.evolve(b, source=attrs.evolve(b.source, basis=basis_b))
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared


def test_one_sides_same_toll_told_twice_in_one_article_meets_a_rival_count():
    # a lede without a place and its source's account of the same count are one toll, so a
    # monitor's other figure contradicts both, not only the one that names the place
    lede = claim("a", "One civilian was killed in rocket attacks on residential areas", "Vostra News",
                 "pro-regime", article="x", places=(), quantities=[q(1, "One", "deaths")])
    source = claim("b", "rockets hit Dorsa killing one person", "A police source", "pro-regime",
                   article="x", places=("dorsa",), quantities=[q(1, "one", "deaths")])
    monitor = claim("c", "nine civilians died in rebel shelling on Dorsa", "Monitor", "independent",
                    article="y", places=("dorsa",), quantities=[q(9, "nine", "deaths")])
    assert relations(decide([lede, source, monitor])) == [("contradiction", "quantity", (("a", "b"), ("c",)))]


@pytest.mark.parametrize("text_b, compared", [
    # each outlet names its own day: the tolls are of two days' raids
    ("40 people were killed in air strikes on Dorsa on Tuesday", False),
    # "overnight" (or "late on Tuesday") may be the other outlet's early Wednesday
    ("40 people were killed in air strikes on Dorsa overnight", True),
])
def test_tolls_dated_to_different_days_by_their_writers_are_two_incidents(text_b, compared):
    a = claim("a", "12 people were killed in air strikes on Dorsa on Wednesday", "Monitor", "independent",
              quantities=[q(12, "12", "deaths")], day="2017-03-08")
    b = claim("b", text_b, "State TV", "pro-regime", quantities=[q(40, "40", "deaths")], day="2017-03-07")
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared


@pytest.mark.parametrize("outlet_b, compared", [
    # two agencies of one side with conflicting figures for the article's one blast are rivals
    ("Vostra Agency", True),
    # one outlet's own sources listing operations are a roundup
    (None, False),
])
def test_one_sides_unplaced_tolls_from_two_outlets_are_rival_counts(outlet_b, compared):
    a = attrs.evolve(claim("a", "more than 40 people were killed in the blast", "Daily A", "opposition",
                           article="x", places=(), quantities=[q(40, "more than 40", "deaths", low=40.0)]))
    b = claim("b", "15 people were killed in the blast", "Vostra Agency" if outlet_b else "A field source",
              "opposition", article="x", places=(), quantities=[q(15, "15", "deaths")])
    b = attrs.evolve(b, source=attrs.evolve(b.source, outlet=outlet_b,
                                            basis="sources.toml" if outlet_b else "publisher"))
    a = attrs.evolve(a, source=attrs.evolve(a.source, outlet="Daily A"))
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared


@pytest.mark.parametrize("day_b, compared", [
    ("2016-08-07", True),    # the weekend's Sunday
    ("2016-08-08", False),   # the Monday after
])
def test_a_weekend_toll_is_of_its_saturday_and_sunday(day_b, compared):
    a = claim("a", "airstrikes over the weekend killed 13 people in Dorsa", "Medics", "independent",
              article="x", places=("dorsa",), quantities=[q(13, "13", "deaths")])
    a = attrs.evolve(a, event_date="2016-08-06")
    b = claim("b", "airstrikes killed 5 people in Dorsa", "State TV", "pro-regime", article="y",
              places=("dorsa",), quantities=[q(5, "5", "deaths")])
    b = attrs.evolve(b, event_date=day_b)
    assert any(f.relation == "contradiction" for f in decide([a, b])) is compared



def test_an_article_naming_two_places_as_often_is_about_the_same_one_every_run():
    # which place an article is about decides whether a denial naming none answers another
    # article's report; with a tie it is the place named first, whatever the hash seed
    script = (
        "import json, attrs\n"
        "from tests.test_compare import claim\n"
        "from claimcheck.compare import decide\n"
        "places = ('dorsa', 'riverton')\n"
        "claims = [claim('a', 'warplanes bombed the hospitals of Dorsa and Riverton', 'Medics', 'opposition',\n"
        "                article='x', places=places),\n"
        "          claim('b', 'the hospitals of Dorsa and Riverton were shelled again', 'Residents', 'opposition',\n"
        "                article='x', places=places),\n"
        "          attrs.evolve(claim('d', 'bombing hospitals in its campaign', 'The ministry', 'pro-regime',\n"
        "                             article='x', places=()), cue='denied'),\n"
        "          claim('r', 'warplanes bombed the hospitals on Sunday', 'Clinic network', 'opposition',\n"
        "                article='y', places=('riverton',))]\n"
        "print(json.dumps([attrs.asdict(f) for f in decide(claims)]))\n"
    )
    root = Path(__file__).resolve().parents[1]
    outputs = {subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 7)}
    assert len(outputs) == 1 and json.loads(outputs.pop())


def test_a_figure_of_two_incident_groups_is_compared_with_both(monkeypatch):
    from types import SimpleNamespace

    from claimcheck import compare

    def figure(cid, own_places=True, kinds=frozenset({"air"})):
        return SimpleNamespace(claim=SimpleNamespace(id=cid), day=None, own_places=own_places,
                               signature=SimpleNamespace(kinds=kinds))

    # a and b are not of one incident; c is of one with each: c is compared with both
    matches = {"a": {"a", "c"}, "b": {"b", "c"}, "c": {"a", "b", "c"}}
    monkeypatch.setattr(compare, "_incident_matches",
                        lambda ordered: [{i for i, o in enumerate(ordered) if o.claim.id in matches[f.claim.id]}
                                         for f in ordered])
    groups = compare._incident_groups([figure("a"), figure("b"), figure("c")])
    assert sorted(sorted(f.claim.id for f in g) for g in groups) == [["a", "c"], ["b", "c"]]
    # a figure naming no place of its own may be of any incident: it joins the first only, and
    # is compared with a figure the grouping left alone only if that one names its place and kind
    groups = compare._incident_groups([figure("a"), figure("b", own_places=False), figure("c", own_places=False)])
    assert sorted(sorted(f.claim.id for f in g) for g in groups) == [["a", "c"], ["b"]]
    groups = compare._incident_groups([figure("a"), figure("b"), figure("c", own_places=False)])
    assert sorted(sorted(f.claim.id for f in g) for g in groups) == [["a", "c"], ["b", "c"]]
    # a figure left alone joins those it fits as far as they fit each other
    matches.update({"a": {"a", "c", "d"}, "b": {"b", "c", "d"}, "c": {"a", "b", "c"}, "d": {"a", "b", "d"}})
    groups = compare._incident_groups([figure("a"), figure("c"), figure("d"), figure("b")])
    assert sorted(sorted(f.claim.id for f in g) for g in groups) == [["a", "c"], ["a", "d"], ["b", "c"]]



@pytest.mark.parametrize("second, contradicted", [
    # two readings of a rising count at different times of the day are not rival counts
    ("41 bodies had been brought to the morgue by Sunday afternoon", False),
    ("41 bodies had been brought to the morgue by 6pm", False),
    # at the same time, or with no time, they are
    ("41 bodies had been recovered by Sunday morning", True),
    ("41 bodies had been brought to the morgue", True),
])
def test_counts_given_by_different_times_of_day_are_readings_of_one_rising_count(second, contradicted):
    a = claim("a", "34 bodies had been recovered by Sunday morning", "The coast guard", "pro-regime",
              quantities=[q(34, "34", "deaths", unit="killed")], places=("skarrow",))
    b = claim("b", second, "Rescue volunteers", "opposition",
              quantities=[q(41, "41", "deaths", unit="killed")], places=("skarrow",))
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert (found == ["contradiction"]) is contradicted


@pytest.mark.parametrize("second, contradicted", [
    # a count over several days is not a count of one of those days
    ("about 1,900 people were evacuated on Monday", False),
    # but may be a count that names no day
    ("the buses brought about 1,900 people out", True),
    # or a count of days since a given one: the days may well be those
    ("about 1,900 people have left since Monday", True),
    ("about 1,900 people have left since 21 March", True),
])
def test_a_count_over_several_days_is_not_one_days(second, contradicted):
    a = claim("a", "about 3,400 people left Sefrin on Monday and Tuesday", "OCHA", "independent",
              quantities=[q(3400, "about 3,400", "displaced")], places=("sefrin",))
    b = claim("b", second, "Aid group", "opposition",
              quantities=[q(1900, "about 1,900", "displaced")], places=("sefrin",))
    found = [f.relation for f in decide([a, b]) if f.basis == "quantity"]
    assert (found == ["contradiction"]) is contradicted


@pytest.mark.parametrize("undone, report, report_stance, report_day, contradicted", [
    # one side says the act never happened; the other side reports it
    ("Not a single fighter surrendered", "312 fighters surrendered with their weapons", "pro-regime",
     "2026-04-02", True),
    ("Nobody surrendered. Our fighters left with their rifles", "the armed groups in the town have surrendered",
     "pro-regime", "2026-04-02", True),
    ("There was never a surrender", "This is not a deal between equals. This is a surrender", "pro-regime",
     "2026-04-03", True),
    ("Not a single fighter surrendered", "more than 300 gunmen handed over their weapons", "pro-regime",
     "2026-04-02", True),
    ("No one has been arrested", "soldiers detained 27 young men at the checkpoint", "pro-regime", "2026-04-02",
     True),
    ("Nobody was taken off a bus", "41 men were taken off the buses at the checkpoint", "pro-regime", "2026-04-02",
     True),
    ("It was an evacuation agreement, not a surrender", "a surrender, not a negotiation between equals",
     "pro-regime", "2026-04-03", True),
    ("I repeat: not one fighter was taken prisoner", "the army killed 40 militants and 63 were taken prisoner",
     "pro-regime", "2026-04-02", True),
    # a capture of people denied says nothing of a town captured
    ("I repeat: not one fighter was taken prisoner", "the army captured the town", "pro-regime",
     "2026-04-02", False),
    # a surrender denied says nothing of arrests
    ("There was never a surrender", "soldiers detained 27 young men at the checkpoint", "pro-regime", "2026-04-02",
     False),
    # a report that itself says no one surrendered
    ("There was never a surrender", "the fighters did not surrender", "pro-regime", "2026-04-02", False),
    # the same side
    ("Not a single fighter surrendered", "300 fighters surrendered", "opposition", "2026-04-02", False),
    # a month later: another surrender
    ("Not a single fighter surrendered", "312 fighters surrendered with their weapons", "pro-regime",
     "2026-05-02", False),
    # a negation inside a clause says nothing of the surrender
    ("A fighter who had not surrendered was shot", "300 fighters surrendered", "pro-regime", "2026-04-02", False),
])
def test_an_act_said_never_to_have_happened_contradicts_a_report_of_it(undone, report, report_stance, report_day,
                                                                      contradicted):
    denial = claim("d", undone, "Rebel commander", "opposition", places=(), day="2026-04-02", article="x")
    told = claim("r", report, "Defence ministry" if report_stance == "pro-regime" else "Rebel radio", report_stance,
                 places=(), day=report_day, article="y")
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(decide([denial, told]))
    assert found is contradicted


@pytest.mark.parametrize("town, contradicted", [
    # two reports on the town every article names (a broad place) may be of one event
    ("halvek", True),
    # but not when that place is a country
    ("syria", False),
])
def test_an_act_said_never_to_have_happened_meets_its_report_in_the_town_every_article_names(town, contradicted):
    # (other articles on the town make it the setting of the whole set of claims)
    setting = [claim(f"s{i}", f"aid reached {town.title()}", "Aid agency", "independent", places=(town,),
                     article=f"art-{i}") for i in range(4)]
    denial = claim("d", "Nobody was arrested", "Governor", "pro-regime", places=(), day="2026-05-22", article="x")
    denial_setting = claim("x2", f"the flag was raised over {town.title()}", "Governor", "pro-regime",
                           places=(town, "velmora"), day="2026-05-22", article="x")
    report = claim("r", "at least 61 men were detained at the checkpoint", "Rebel radio", "opposition",
                   places=("kallen",), day="2026-05-24", article="y")
    report_setting = claim("y2", f"buses left {town.title()} for the north", "Rebel radio", "opposition",
                           places=(town,), day="2026-05-24", article="y")
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(
        decide([*setting, denial, denial_setting, report, report_setting]))
    assert found is contradicted


@pytest.mark.parametrize("absent, count, count_stance, contradicted", [
    # a side says no fighters were there; the other side counts fighters killed at that event
    ("there were no fighters in the town centre", "Up to 60 militants were eliminated", "pro-regime", True),
    ("none of its fighters were in the area", "the strikes killed 30 terrorists", "pro-regime", True),
    ("not a single fighter was among the dead", "at least 30 militants had been killed", "pro-regime", True),
    # civilians counted are not what is denied; nor does the same side answer itself
    ("there were no fighters in the town centre", "12 civilians were killed", "pro-regime", False),
    ("there were no fighters in the town centre", "Up to 60 militants were eliminated", "opposition", False),
])
def test_no_fighters_there_contradicts_a_count_of_fighters_killed(absent, count, count_stance, contradicted):
    told = claim("d", absent, "Rebel council", "opposition", places=("dorsa",), article="x")
    unit = "civilians" if "civilians" in count else "fighters"
    counted = claim("r", count, "Defence ministry" if count_stance == "pro-regime" else "Rebel radio", count_stance,
                    places=("dorsa",), article="y", quantities=[q(60 if "60" in count else (12 if "12" in count else 30),
                                                                    "n", "deaths", unit=unit)])
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(decide([told, counted]))
    assert found is contradicted


@pytest.mark.parametrize("denial, report, contradicted", [
    # a side calling the reports of an act false says it never happened
    ("Claims that soldiers had detained young men in house-to-house searches are pure invention",
     "at least 19 men were detained in the town on Wednesday", True),
    ("Reports of men being arrested at the crossing are a lie", "soldiers arrested 27 men at the crossing", True),
    # a denial of what a detainee said, not of a detention
    ("the claim that a detained suspect had confessed is a lie", "three suspects had been arrested", False),
    # an arrest feared is none made
    ("Claims that soldiers had detained young men are pure invention",
     "the rest were their families and anyone who feared arrest", False),
])
def test_a_denial_of_reports_of_an_act_contradicts_a_report_of_it(denial, report, contradicted):
    denied = claim("d", denial, "Defence ministry", "pro-regime", places=(), day="2026-04-22", article="x")
    told = claim("r", report, "Rebel radio", "opposition", places=(), day="2026-04-22", article="y")
    found = ("contradiction", "polarity", (("d",), ("r",))) in relations(decide([denied, told]))
    assert found is contradicted


def spoken_for(cid, text, source, body, stance, cue="said", **kwargs):
    """A claim a person makes for a body (its outlet), with its reporting verb."""
    made = claim(cid, text, source, stance, **kwargs)
    return attrs.evolve(made, cue=cue, source=attrs.evolve(made.source, outlet=body))


@pytest.mark.parametrize("disowning, cue, accusation, accusation_cue, contradicted", [
    # the party says it had no part; the other side names it as the doer, by name or by its initials
    ("We had no hand in the bombing in Dorsa", "said",
     "the attack was carried out by a cell of the Example Liberation Front", "said", True),
    ("involvement", "denied", "The fingerprints of the ELF are all over this crime", "said", True),
    ("The Front has nothing to do with this crime", "said",
     "the Example Liberation Front for the bombing", "blamed", True),
    ("any role in the attack on the convoy", "denied",
     "the convoy was hit by two missiles fired by the Example Liberation Front", "said", True),
    # another party named as the doer
    ("We had no hand in the bombing in Dorsa", "said", "The fingerprints of the Northern Brigade are on it", "said",
     False),
    # the party named, but not as the doer of anything
    ("We had no hand in the bombing in Dorsa", "said", "the Example Liberation Front holds the hills above Dorsa",
     "said", False),
])
def test_a_party_disowning_an_act_denies_the_claims_that_name_it_the_doer(disowning, cue, accusation,
                                                                          accusation_cue, contradicted):
    denial = spoken_for("d", disowning, "Rebel spokesman", "Example Liberation Front", "opposition", cue=cue,
                        places=(), day="2026-06-02", article="x")
    blame = spoken_for("r", accusation, "Interior minister", "Example Interior Ministry", "pro-regime",
                       cue=accusation_cue, places=(), day="2026-06-03", article="y")
    assert denial_of_report_found([denial, blame]) is contradicted


@pytest.mark.parametrize("denial_place, contradicted", [
    # a facility named for its town lies in it
    ("dorsa", True),
    ("selen", False),
])
def test_a_disowning_meets_the_accusation_at_a_facility_named_for_its_town(denial_place, contradicted):
    denial = spoken_for("d", "We have nothing to do with this crime", "Rebel spokesman", "Example Liberation Front",
                        "opposition", places=(denial_place,), day="2026-06-02", article="x")
    blame = spoken_for("r", "the attack was carried out by a cell of the Example Liberation Front",
                       "Interior minister", "Example Interior Ministry", "pro-regime",
                       places=("dorsa general hospital",), day="2026-06-02", article="y")
    assert denial_of_report_found([denial, blame]) is contradicted


def test_a_party_disowning_an_act_does_not_answer_its_own_side():
    denial = spoken_for("d", "We had no hand in the bombing", "Rebel spokesman", "Example Liberation Front",
                        "opposition", places=(), day="2026-06-02", article="x")
    ally = spoken_for("r", "the attack was carried out by a cell of the Example Liberation Front", "Rebel radio",
                      "Rebel radio", "opposition", places=(), day="2026-06-02", article="y")
    assert not denial_of_report_found([denial, ally])


@pytest.mark.parametrize("denied, toll, unit, toll_day, contradicted", [
    # a side denies the reports of deaths; another source counts the dead of that event
    ("There is no truth in the reports of dozens of dead", "warplanes struck the market, killing at least 47 civilians",
     "civilians", "2026-03-14", True),
    ("reports in separatist media that crew members had been killed", "Three sailors were killed and five wounded",
     "people", "2026-03-14", True),
    # who the dead were is another point than whether anyone died
    ("claims that the dead were civilians", "warplanes struck the market, killing at least 47 people", "people",
     "2026-03-14", False),
    # deaths of one kind denied say nothing of another kind's
    ("reports that students had been killed in the strike", "rebels overran an army post, killing 12 soldiers",
     "soldiers", "2026-03-14", False),
    # a side's count of its own losses is not what the other side denies
    ("There is no truth in the reports of dozens of dead", "Four of our fighters fell as martyrs", "fighters",
     "2026-03-14", False),
    # another week's toll
    ("There is no truth in the reports of dozens of dead", "warplanes struck the market, killing at least 47 civilians",
     "civilians", "2026-03-24", False),
])
def test_a_denial_of_deaths_answers_the_tolls_of_its_event(denied, toll, unit, toll_day, contradicted):
    denial = attrs.evolve(claim("d", denied, "Regional governor", "pro-regime", places=("dorsa",), day="2026-03-14",
                                article="x"), cue="denied")
    count = claim("r", toll, "Rescuers", "opposition", places=("dorsa",), day=toll_day, article="y",
                  quantities=[q(47, "47", "deaths", unit=unit)])
    assert denial_of_report_found([denial, count]) is contradicted


@pytest.mark.parametrize("earlier, contradicted", [
    # the figure after "nine days after" is of an incident nine days before
    ("The ambush came nine days after a roadside bomb killed three soldiers", False),
    ("The ambush came 2 weeks after a roadside bomb killed three soldiers", False),
    # told of the day itself, it is a rival count
    ("The ambush killed three soldiers", True),
])
def test_a_figure_told_as_days_before_is_another_incident(earlier, contradicted):
    a = claim("a", earlier, "Local monitor", "independent", day="2026-08-02",
              quantities=[q(3, "three soldiers", "deaths", unit="soldiers")])
    b = claim("b", "26 soldiers died in the ambush", "Army", "pro-regime", day="2026-08-02",
              quantities=[q(26, "26 soldiers", "deaths", unit="soldiers")])
    found = ("contradiction", "quantity", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


@pytest.mark.parametrize("told, count, unit, stance, contradicted", [
    # the dead told as combatants only, against another source's civilians among the dead
    ("all of the dead were armed fighters", "11 children are among the dead", "children", "opposition", True),
    ("only militants were killed in the strike", "the strike killed 44 people, among them nine children", "children",
     "independent", True),
    ("the jets destroyed a depot and killed only fighters", "at least 20 civilians were killed", "civilians",
     "opposition", True),
    # a count of fighters agrees with it
    ("all of the dead were armed fighters", "14 fighters were killed", "fighters", "opposition", False),
    # the same side's count
    ("all of the dead were armed fighters", "11 children are among the dead", "children", "pro-regime", False),
    # no such telling
    ("the strike hit a depot", "11 children are among the dead", "children", "opposition", False),
])
def test_the_dead_told_as_combatants_only_against_civilians_counted(told, count, unit, stance, contradicted):
    a = claim("a", told, "Defence ministry", "pro-regime", article="x", day="2026-03-14")
    b = claim("b", count, "Rescuers" if stance != "pro-regime" else "State television", stance, article="y",
              day="2026-03-14", quantities=[q(11, "11", "deaths", unit=unit)])
    found = ("contradiction", "polarity", (("a",), ("b",))) in relations(decide([a, b]))
    assert found is contradicted


@pytest.mark.parametrize("toll_measure, contradicted", [
    # a count of no civilians killed answers a toll of children killed there that day (which the
    # figures alone do not: children are a part of a toll)
    ("deaths", True),
    # but not a count of wounded children
    ("injuries", False),
])
def test_a_count_of_none_killed_denies_the_tolls_of_the_dead(toll_measure, contradicted):
    none = claim("d", "no civilians were killed in the operation in Dorsa", "Army spokesman", "pro-regime",
                 places=("dorsa",), article="x", day="2026-03-14",
                 quantities=[q(0, "no civilians", "deaths", unit="civilians")])
    toll = claim("r", "11 children were brought to the field hospital in Dorsa", "Rescuers", "opposition",
                 places=("dorsa",), article="y", day="2026-03-14",
                 quantities=[q(11, "11 children", toll_measure, unit="children")])
    assert denial_of_report_found([none, toll]) is contradicted


@pytest.mark.parametrize("denied, cue, contradicted", [
    # a denial that names the speaker whose words it denies answers that speaker's claims
    ("There is no truth whatsoever in what Jon Example said", "said", True),
    ("Jon Example's claims as lies", "rejected", True),
    # one account of his, named as such, is not all he said
    ("Jon Example's account of an attack on the bridge", "rejected", False),
    # a denial naming someone else
    ("There is no truth whatsoever in what Ann Sample said", "said", False),
])
def test_a_denial_of_what_a_named_speaker_said(denied, cue, contradicted):
    said = claim("r", "the Example Front carried out the bombing of the bus station", "Interior Minister Jon Example",
                 "pro-regime", places=(), article="x", day="2026-08-02")
    denial = attrs.evolve(claim("d", denied, "Rebel spokesman", "opposition", places=(), article="y",
                                day="2026-08-03"), cue=cue)
    assert denial_of_report_found([said, denial]) is contradicted
