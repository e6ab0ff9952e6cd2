from __future__ import annotations

import pytest

from claimcheck.quantities import cue_measure, find_quantities


@pytest.mark.parametrize("text, expected", [
    ("at least 10 residents", [(10, 10, None, "residents", "residents")]),
    ("more than 7,300 detainees", [(7300, 7300, None, "detainees", "held")]),
    ("Up to 13 residents have died", [(13, None, 13, "residents", "deaths")]),
    ("home to an estimated 50,000 people", [(50000, None, None, "people", "population")]),
    ("about 75,000 people live there", [(75000, None, None, "people", "population")]),
    ("12.000 residents to be displaced", [(12000, None, None, "residents", "displaced")]),
    # a range with "to", but not a change "from" one figure to another
    ("An estimated 9,000 to 11,000 people remain", [(9000, 9000, 11000, "people", "people")]),
    ("the toll rose from 14 to 23", [(23, None, None, "killed", "deaths")]),
    # "put the number of X at N": what is counted comes before the number
    ("put the number of patients still inside the hospital at fewer than 60", [(60, None, 60, "patients", "patients")]),
    ("put the number of displaced at more than 210,000", [(210000, 210000, None, "displaced", "displaced")]),
    # "put X at N" with the noun counted after a possessive, and the figure quoted
    ("He put the enemy's dead at \"well over a hundred\"", [(100, 100, None, "killed", "deaths")]),
    ("The ministry put its wounded at 40", [(40, None, None, "injured", "injuries")]),
    # a bare count before a verb of flight counts the displaced
    ("nearly 2,000 had crossed the border", [(2000, None, 2000, "displaced", "displaced")]),
    # two words joined by "and" describe the noun after them
    ("96 sick and wounded people were among them", [(96, None, None, "people", "injuries")]),
    ("At least 70 regime and rebel fighters have been killed", [(70, 70, None, "fighters", "deaths")]),
    # money: a sign or a code before the figures, a bound cue before the sign
    ("trade worth about $4 million a day", [(4000000, None, None, "dollars", "dollars")]),
    ("The appeal (USD 148 million) is 17 per cent funded",
     [(148000000, None, None, "dollars", "dollars"), (17, None, None, "percent", "percent")]),
    ("repairs costing more than €300,000", [(300000, 300000, None, "euros", "euros")]),
    # thousands spaced as in French, round ones only
    ("Over 1 000 civilians have been killed", [(1000, 1000, None, "civilians", "deaths")]),
    ("on March 15 150 people died", [(150, None, None, "killed", "deaths")]),
    ("killing three residents and injuring two others", [(3, None, None, "residents", "deaths"),
                                                         (2, None, None, "injured", "injuries")]),
    ("Two explosive gas cylinders hit", [(2, None, None, "cylinders", "cylinders")]),
    # one of a thing named in the singular, and a count joined to its noun
    ("one building inside the compound had been damaged", [(1, None, None, "buildings", "buildings")]),
    ("a 48-truck aid convoy entered the town", [(48, None, None, "vehicles", "vehicles")]),
    # a bare count after a verb of release counts the people released or held back
    ("the regime handed over only 85, among them 11 women", [(85, None, None, "detainees", "detainees"),
                                                             (11, None, None, "women", "women")]),
    ("accused the government of keeping back 17 at the last minute", [(17, None, None, "detainees", "detainees")]),
    # a promise is no count of anyone released
    ("reneging on an earlier promise to free 150", []),
    # one person named in the singular is a count; an age joined by a hyphen is not
    ("At least one man was killed by shelling", [(1, 1, None, "people", "deaths")]),
    ("the mortar hit the square, killing one policeman", [(1, None, None, "soldiers", "deaths")]),
    ("injuring a 45-years-old woman and a 9-year-old boy", []),
    ("eight civilians were killed including a 10-year-old child", [(8, None, None, "civilians", "deaths")]),
    ("After a nearly three-week siege rebels took the town", []),
    ("Among the dead were four staff", [(4, None, None, "staff", "deaths")]),
    # a page's share count before the lead is no toll
    ("Get short URL 124 At least four people were killed", [(4, 4, None, "people", "deaths")]),
    ("Scores of civilians were injured", [(40, 40, 99, "civilians", "injuries")]),
    ("dozens of civilian casualties", [(24, 24, 99, "casualties", "casualties")]),
    ("80 percent of the area is destroyed", [(80, None, None, "percent", "percent")]),
    ("killed at least 44 and injured 140 others", [(44, 44, None, "killed", "deaths"),
                                                   (140, None, None, "injured", "injuries")]),
    ("a further nine among them were killed", [(9, None, None, "killed", "deaths")]),
    ("1.5 million refugees", [(1500000, None, None, "displaced", "displaced")]),
    ("450.000 Syrians lost their lives", [(450000, None, None, "people", "deaths")]),
    # the second number is the subject of its own verb, not the object of the first
    ("One man was killed and three others were injured", [(1, None, None, "people", "deaths"),
                                                          (3, None, None, "people", "injuries")]),
    ("shells killed and injured five civilians", [(5, None, None, "civilians", "casualties")]),
    ("killing one person injuring three others", [(1, None, None, "people", "deaths"),
                                                  (3, None, None, "injured", "injuries")]),
    # a range is one count with both bounds, counted by the noun after its second number
    ("killed between 120 and 310 civilians", [(120, 120, 310, "civilians", "deaths")]),
    ("more than a quarter of a million people", [(250000, 250000, None, "people", "people")]),
    ("half a million refugees", [(500000, None, None, "displaced", "displaced")]),
    # a toll that may rise: the verb phrase after "toll" and its bound
    ("the death toll could reach as many as 200", [(200, None, 200, "killed", "deaths")]),
    ("the death toll may be as high as 400000", [(400000, None, 400000, "killed", "deaths")]),
    ("the number of members of the forces killed in the country rose to 18", [(18, None, None, "killed", "deaths")]),
    # "IS" in capitals names a group; it is not the verb between a number and its noun
    ("At least 287 IS fighters", [(287, 287, None, "fighters", "fighters")]),
    ("300 men were executed", [(300, None, None, "people", "deaths")]),
    # a part between a count and its verb: the verb still says what both count
    ("Eleven civilians including four children were killed", [(11, None, None, "civilians", "deaths"),
                                                             (4, None, None, "children", "deaths")]),
    # the part set off by commas, as edited copy writes it
    ("At least 31 civilians, among them nine children, were killed", [(31, 31, None, "civilians", "deaths"),
                                                                     (9, None, None, "children", "deaths")]),
    ("Three people two of them children died", [(3, None, None, "people", "deaths"),
                                                (2, None, None, "killed", "deaths")]),
    ("30 soldiers and 39 fighters had been killed", [(30, None, None, "soldiers", "deaths"),
                                                    (39, None, None, "fighters", "deaths")]),
    ("At least 36 civilians including 11 children and five women were killed",
     [(36, 36, None, "civilians", "deaths"), (11, None, None, "children", "deaths"), (5, None, None, "women", "deaths")]),
    ("over 50 fighters were neutralized", [(50, 50, None, "fighters", "deaths")]),
    ("leading to the death of eight and the injury of 89", [(8, None, None, "killed", "deaths"),
                                                            (89, None, None, "injured", "injuries")]),
    ("killing one person and wounding another nine", [(1, None, None, "people", "deaths"),
                                                      (9, None, None, "injured", "injuries")]),
    ("the toll of the shelling has become around 40", [(40, None, None, "killed", "deaths")]),
    ("119 were kidnapped and 178 were imprisoned", [(119, None, None, "detainees", "detainees"),
                                                   (178, None, None, "detainees", "detainees")]),
    # a count with no noun of its own: "who" after it, or "another" the count before's noun
    ("around five million who have sought refuge", [(5000000, None, None, "people", "people")]),
    ("killed 12 civilians near the town and another five outside it", [(12, None, None, "civilians", "deaths"),
                                                                      (5, None, None, "civilians", "deaths")]),
    # a count joined to a toll is part of it, unless it counts things, not people
    ("killing nine children and 14 others", [(9, None, None, "children", "deaths"), (14, None, None, "people", "deaths")]),
    ("killed 12 people and 30 houses", [(12, None, None, "people", "deaths"), (30, None, None, "buildings", "buildings")]),
    # a toll the sentence builds up to, and what is added to it
    ("the death toll from the attacks on the city rose to 12 people in addition to more than 200 others injured",
     [(12, None, None, "people", "deaths"), (200, 200, None, "people", "injuries")]),
    ("An estimated 5000 civilians are trapped alongside several thousand fighters",
     [(5000, None, None, "civilians", "civilians"), (3000, 3000, 9000, "fighters", "fighters")]),
    # the verb before says what a bare or vague number counts
    ("and displaced millions from their homes", [(2000000, 2000000, None, "displaced", "displaced")]),
    ("a pre-war population of about 18 million", [(18000000, None, None, "people", "population")]),
    ("bringing the number killed in two days of shelling to 45.", [(45, None, None, "killed", "deaths")]),
    # a closing quotation mark between the number and its noun
    ('the storm left "nearly 60" sailors dead', [(60, None, 60, "killed", "deaths")]),
    ('11 "militants" were killed', [(11, None, None, "fighters", "deaths")]),
    # a part counts what its whole counts
    ("18 of the 31 trucks were destroyed", [(18, None, None, "vehicles", "vehicles"), (31, None, None, "vehicles", "vehicles")]),
    ("killing 20 people, 12 of them children", [(20, None, None, "people", "deaths"), (12, None, None, "children", "children")]),
    ("killing 20 people, 12 of them in the market", [(20, None, None, "people", "deaths"), (12, None, None, "people", "deaths")]),
    ("killed 31 civilians including 10 on a bus", [(31, None, None, "civilians", "deaths"), (10, None, None, "civilians", "deaths")]),
    ("35+ dead & 70+ wounded", [(35, 35, None, "killed", "deaths"), (70, 70, None, "injured", "injuries")]),
    # the noun left out after the first count of a list
    ("13 raids on the city of Riverton and 11 on the town of Dorsa",
     [(13, None, None, "airstrikes", "strikes"), (11, None, None, "airstrikes", "strikes")]),
    ("killing 12 people. 11 in Dorsa were", [(12, None, None, "people", "deaths")]),
    # one count of the dead and the wounded together
    ("15 fighters were killed or wounded in the battle", [(15, None, None, "fighters", "casualties")]),
    ("killing 15 and wounding 20", [(15, None, None, "killed", "deaths"), (20, None, None, "injured", "injuries")]),
    # "tens of", as translated reports say it, is dozens
    ("tens of rocket shells", [(24, 24, 99, "shells", "strikes")]),
    # a present-tense headline verb and a gerund count the dead, not the strikes before them
    ("Coalition strikes kill 40 civilians", [(40, None, None, "civilians", "deaths")]),
    ("the raid resulted in 17 civilians dying", [(17, None, None, "civilians", "deaths")]),
    # the second count of a pair has its own verb after its noun
    ("At least 11 people were killed and 25 others injured on Saturday",
     [(11, 11, None, "people", "deaths"), (25, None, None, "people", "injuries")]),
    # a name or demonym between a count and its noun; a part of a whole with no "the"
    ("the two Vostran pilots were on a test flight", [(2, None, None, "pilots", "pilots")]),
    ("he treated 16 of 29 cases brought to his hospital", [(16, None, None, "cases", "cases"), (29, None, None, "cases", "cases")]),
    ("Hundreds of Syrians had been summoned", [(200, 200, 999, "people", "people")]),
    # a verb shared with the next count is for people: lorries destroyed are not lorries killed
    ("12 of the 30 lorries were destroyed and 20 civilians were killed",
     [(12, None, None, "vehicles", "vehicles"), (30, None, None, "vehicles", "vehicles"),
      (20, None, None, "civilians", "deaths")]),
    # "dozen" multiplies the number before it
    ("nearly two dozen civilians were killed", [(24, None, 24, "civilians", "deaths")]),
    # a part of a toll counts what the toll counts, whatever verb follows it
    ("the blast killed 12 people – including five children – and wounded 30",
     [(12, None, None, "people", "deaths"), (5, None, None, "children", "deaths"), (30, None, None, "injured", "injuries")]),
    # a year-like number with a bound before it and a noun after it is a count
    ("the air force destroyed more than 2000 oil tankers", [(2000, 2000, None, "tankers", "tankers")]),
    ("nearly 1900 families were displaced", [(1900, None, 1900, "families", "displaced")]),
    # a count of none, in reading order with the others; "no one" is not one
    ("the army said no civilians were killed and 40 gunmen were killed",
     [(0, None, None, "civilians", "deaths"), (40, None, None, "fighters", "deaths")]),
    ("there were no civilian casualties", [(0, None, None, "civilians", "casualties")]),
    ("Not a single soldier was reportedly hurt", [(0, None, None, "soldiers", "injuries")]),
    ("No one was injured", [(0, None, None, "people", "injuries")]),
    ("nobody died in the raid", [(0, None, None, "people", "deaths")]),
    # where the none were, between them and their harm
    ("no one on board was killed", [(0, None, None, "people", "deaths")]),
    ("Nobody in the building was injured", [(0, None, None, "people", "injuries")]),
    ("no civilians in the area were harmed", [(0, None, None, "civilians", "casualties")]),
    # the "one" of "no one" or "not one" is no count of one, read as none or not
    ("Not one piece of heavy equipment was lost", []),
    ("no one from the village was killed", []),
    ("not one of the soldiers was killed", []),
    ("Every one of the 21 crew members is safe", [(21, None, None, "people", "people")]),
    # the taken, right after their number, as the killed are
    ("60 soldiers had been killed and 38 captured", [(60, None, None, "soldiers", "deaths"),
                                                     (38, None, None, "detainees", "detainees")]),
    ("14 arrested by troops were freed", [(14, None, None, "detainees", "detainees")]),
    # a number word opening a name is no count of what the name did
    ("Forces of the Seven Rivers Alliance captured the town", []),
    ("two captured the bridge", []),
    # a count with its noun left out counts what the count before counts, with the same verb
    ("21 civilians were killed in raids on the area, 15 in a northern district",
     [(21, None, None, "civilians", "deaths"), (15, None, None, "civilians", "deaths")]),
    ("The regime allowed only 22 buses instead of the 40 agreed",
     [(22, None, None, "vehicles", "vehicles"), (40, None, None, "vehicles", "vehicles")]),
    ("30 people were killed on Monday compared with 12 on Sunday",
     [(30, None, None, "people", "deaths"), (12, None, None, "people", "deaths")]),
    # (a time of day is no place)
    ("3 killed on Monday, 2 in the morning", [(3, None, None, "killed", "deaths")]),
    # a ship's crew, one by one
    ("one crewman was hurt", [(1, None, None, "people", "injuries")]),
    ("three sailors were killed", [(3, None, None, "people", "deaths")]),
    ("187 passengers and 11 crew were on board", [(187, None, None, "passengers", "passengers"),
                                                  (11, None, None, "people", "people")]),
    # a count set right against the one before ("..., not four") counts what it counts
    ("Nine soldiers were killed in it, not four as their spokesman pretends",
     [(9, None, None, "soldiers", "deaths"), (4, None, None, "soldiers", "deaths")]),
    ("no one, not one, was hurt", []),
    # harmed is neither killed nor wounded: none of either
    ("no civilians had been harmed", [(0, None, None, "civilians", "casualties")]),
    ("There were no injuries.", [(0, None, None, "injured", "injuries")]),
    # citizens are people: the verb after them says what is counted
    ("killing 4 citizens, injuring many others", [(4, None, None, "people", "deaths")]),
    ("a convoy of 11 buses and four ambulances", [(11, None, None, "vehicles", "vehicles"), (4, None, None, "vehicles", "vehicles")]),
    # a part of one's own, and the whole named after an abbreviation
    ("only two of our drones were lost", [(2, None, None, "drones", "drones")]),
    ("only three of 14 U.N. convoys got through",
     [(3, None, None, "convoys", "convoys"), (14, None, None, "convoys", "convoys")]),
    ("one of its posts came under attack", []),
    ("48 captives were freed", [(48, None, None, "detainees", "detainees")]),
    # a bound, then "at"
    ("put the death toll at least at 85 people", [(85, 85, None, "people", "deaths")]),
    # a murder is a death
    ("when the militia murdered seven civilians", [(7, None, None, "civilians", "deaths")]),
    # the people of a settlement are its population, not a toll
    ("Dorsa, a market town of about 30,000 people, lies", [(30000, None, None, "people", "population")]),
    ("a village of 800 residents", [(800, None, None, "residents", "population")]),
    ("in the town of Dorsa, 40 people were killed", [(40, None, None, "people", "deaths")]),
    # a verb after a part of the count is the count's: the evacuated include the children
    ("a corridor through which 900 civilians, including 200 children, were evacuated",
     [(900, None, None, "civilians", "displaced"), (200, None, None, "children", "displaced")]),
    # things count no people, whatever the verb near them; munitions may count strikes
    ("The evacuation was carried out on 31 buses", [(31, None, None, "vehicles", "vehicles")]),
    ("At least 2 vehicles were destroyed many terrorists were killed and others were injured",
     [(2, 2, None, "vehicles", "vehicles")]),
    ("the militants fired 6 rocket shells on the district", [(6, None, None, "shells", "strikes")]),
    # a verb after a part of the count, with "have", is the count's
    ("1,243 people, including 512 children, have left the city",
     [(1243, None, None, "people", "displaced"), (512, None, None, "children", "displaced")]),
    # a side's losses, told before the count, are its dead; told after, they say nothing of it
    ("put the Alliance's own losses at 23 fighters", [(23, None, None, "fighters", "deaths")]),
    ("attacked from three axes and inflicted losses on them", [(3, None, None, "axes", "axes")]),
    # a part opened with an article ("among them an eleven-year-old boy") still passes the verb on
    ("Six civilians, among them an eleven-year-old boy, were killed",
     [(6, None, None, "civilians", "deaths")]),
    # people who crossed or escaped left; trucks that crossed are trucks
    ("3,140 people crossed here yesterday", [(3140, None, None, "people", "displaced")]),
    # people on the evacuation buses, or arrived at reception sites, were displaced
    ("There were 3,400 people on the buses", [(3400, None, None, "people", "displaced")]),
    ("2,900 people had arrived at reception sites", [(2900, None, None, "people", "displaced")]),
    ("forty-six trucks crossed the border", [(46, None, None, "vehicles", "vehicles")]),
    # "none killed" after a count of the wounded is a count of no dead
    ("11 soldiers had been wounded and none killed",
     [(11, None, None, "soldiers", "injuries"), (0, None, None, "people", "deaths")]),
    # a relative pronoun after a number opens a clause: its verb counts nothing
    ("Another option, one that seems less likely now, is a committee bill", []),
    ("a violation of resolution 2254 which calls for an end to attacks", []),
    # evacuees and hostages are what the people were; the verb after them says what befell them
    ("Nine evacuees, four of them children, were killed on Tuesday",
     [(9, None, None, "displaced", "deaths"), (4, None, None, "children", "deaths")]),
    ("12 hostages were wounded", [(12, None, None, "detainees", "injuries")]),
    ("5,000 refugees returned home", [(5000, None, None, "displaced", "displaced")]),
    # "leaving" right after the counted people is their leaving; further on, it leaves a toll
    ("counted about 300 people leaving the town", [(300, None, None, "people", "displaced")]),
    ("the strike killed three, leaving 12 wounded",
     [(3, None, None, "killed", "deaths"), (12, None, None, "injured", "injuries")]),
    ("the two sides have rocked the city leaving 23 civilians dead",
     [(2, None, None, "sides", "sides"), (23, None, None, "killed", "deaths")]),
    # people held after their count are in custody; the active "held the town" holds no one
    ("212 people are currently held at the naval base", [(212, None, None, "people", "held")]),
    ("947 islanders were held without charge", [(947, None, None, "people", "held")]),
    ("30 fighters held the town", [(30, None, None, "fighters", "fighters")]),
    # a part of people counted before ("two of them") counts people; "one of them" and vague
    # amounts count no one
    ("two of them had confessed to receiving instructions", [(2, None, None, "people", "people")]),
    ("one of them said the road was closed", []),
    ("dozens of them stayed behind", []),
    # a count of detainees told with no release, arrest or exchange counts those held
    ("the real number of detainees was more than 600", [(600, 600, None, "detainees", "held")]),
    ("UN staff saw 388 detainees at the base", [(388, None, None, "detainees", "held")]),
    ("the regime released 45 detainees", [(45, None, None, "detainees", "detainees")]),
    ("350 hostages have been taken", [(350, None, None, "detainees", "detainees")]),
    ("More than sixty people drowned", [(60, 60, None, "people", "deaths")]),
    # the people still in a besieged place are its population; patients stay patients
    ("About 60,000 people remain in the district", [(60000, None, None, "people", "population")]),
    ("up to 35,000 civilians are still inside the town", [(35000, None, 35000, "civilians", "population")]),
    ("fewer than 60 patients remain inside the hospital", [(60, None, 60, "patients", "patients")]),
    # a place's residents, told with its possessive; not when a toll follows
    ("the city's 240,000 residents depend on the railway", [(240000, None, None, "residents", "population")]),
    ("the town's 12 residents were killed", [(12, None, None, "residents", "deaths")]),
    # a part named by a person and age, or a person before the counted part, between a count and its verb
    ("three civilians, among them a woman aged 70, were killed", [(3, None, None, "civilians", "deaths")]),
    ("6 civilians including a woman and two children were killed",
     [(6, None, None, "civilians", "deaths"), (2, None, None, "children", "deaths")]),
    # "eliminating" a count of fighters kills them; artillery pieces are things, not a toll
    ("destroying four artillery pieces and eliminating up to 30 militants",
     [(4, None, None, "pieces", "pieces"), (30, None, 30, "fighters", "deaths")]),
    # none of them, with the perfect tense ("had died") as with the passive
    ("no detainee had died in custody", [(0, None, None, "detainees", "deaths")]),
    ("no one has died", [(0, None, None, "people", "deaths")]),
    # a toll or a number of X as the subject of "was": what is counted comes before the number
    ("the death toll from the strikes was 45", [(45, None, None, "killed", "deaths")]),
    ("the number of people killed in the attack was 12", [(12, None, None, "killed", "deaths")]),
    ("the number of displaced had reached 12,000", [(12000, None, None, "displaced", "displaced")]),
    # one of a kind is no count of one; an age after "one of" is no count either
    ("the number of deaths was one of the highest daily tolls", []),
    ("one of the soldiers was 19", [(1, None, None, "soldiers", "soldiers")]),
    # "over" as the particle of a verb bounds nothing
    ("the Front handed over 150 soldiers", [(150, None, None, "soldiers", "soldiers")]),
    ("killed over 40 people", [(40, 40, None, "people", "deaths")]),
    # a part of a whole that is someone's: what the whole counts, the part counts
    ("Two of the dam's six spillway gates appear open", [(2, None, None, "gates", "gates"), (6, None, None, "gates", "gates")]),
    ("Two of the market's aisles were reduced to metal", [(2, None, None, "aisles", "aisles")]),
    ("allowed into only one of its three blocks", [(1, None, None, "blocks", "blocks"), (3, None, None, "blocks", "blocks")]),
    # but one of someone's things, with no count of the whole, is a thing, not a count
    ("one of its posts was hit", []),
    ("one of the town's mosques was hit", []),
])
def test_quantities(text, expected):
    found = [(q.value, q.low, q.high, q.unit, q.measure) for q in find_quantities(text)]
    assert found == [tuple(float(x) if isinstance(x, int) else x for x in row) for row in expected]


@pytest.mark.parametrize("text", [
    "the 4 sq. km district", "on December 29, 2016", "Adnan Khalil, 30, lost his daughter",
    "in May 2014", "since 21 May", "around 3pm local time", "the 3rd brigade", "since 2013",
    "In 2016 airstrikes hit the town", "over 2015 when the airstrikes began", "around 2014 the group emerged",
    "the 000 civilians",
    # the size of a body, joined by a hyphen
    "the 435-member House voted", "a 120-seat parliament",
    # a code is a word of its own: "USDA" is no currency
    "USDA 148", "they put him at the checkpoint at 5",
])
def test_numbers_that_count_nothing_are_left_out(text):
    assert list(find_quantities(text)) == []


@pytest.mark.parametrize("text", [
    "No one immediately claimed responsibility for the blast",
    # less than none: some were killed, or whom the none counts is elsewhere
    "no other civilians were killed", "there were no casualties among the militants",
])
def test_nones_that_deny_no_toll_are_left_out(text):
    assert list(find_quantities(text)) == []


@pytest.mark.parametrize("text, cue, measures", [
    # the cue names what the people are
    ("from the war at more than 400,000 people", "puts the death toll", ["deaths"]),
    # a figure with its own measure keeps it; a cue without one changes nothing
    ("more than 400 people were wounded", "puts the death toll", ["injuries"]),
    ("more than 400,000 people", "said", ["people"]),
    # a count of things is no count of the dead
    ("the war saw 3,000 airstrikes", "puts the death toll", ["strikes"]),
])
def test_a_cue_names_the_measure_of_bare_counts(text, cue, measures):
    assert [q.measure for q in cue_measure(tuple(find_quantities(text)), cue)] == measures


@pytest.mark.parametrize("text, cue, values", [
    # a number alone after a cue that names the measure is a count of it
    ("30", "and put the death toll at", [(30, None, None, "deaths")]),
    ("more than 470,000", "puts the death toll at", [(470000, 470000, None, "deaths")]),
    ("at five", "put the toll", [(5, None, None, "deaths")]),
    # and one told with when or where after it
    ("to 45 on Sunday", "raised its death toll", [(45, None, None, "deaths")]),
    ("at 31 in an earlier count", "put the toll", [(31, None, None, "deaths")]),
    # and so is one before its part, which has a noun of its own
    ("at 27, including eight children", "put the toll at", [(27, None, None, "deaths"), (8, None, None, "deaths")]),
    # a cue that names a number, not what it counts, counts people
    ("at more than 210,000", "put the number", [(210000, 210000, None, "people")]),
    # a cue that names no count makes no count of a bare number
    ("30", "said", []),
])
def test_a_bare_number_after_a_count_cue(text, cue, values):
    found = cue_measure(tuple(find_quantities(text)), cue, text)
    assert [(q.value, q.low, q.high, q.measure) for q in found] == values


@pytest.mark.parametrize("before, text, cue, measures", [
    # "put the figure at 3,050" answers the figure told just before: a count of the same thing
    ("About 3,400 people left the town on Monday and Tuesday. The government ", "at 3,050", "put the figure",
     ["displaced"]),
    ("38,412 displaced people were in camps. The council ", "at more than 210,000", "put the number", ["displaced"]),
    # with nothing counted before, a count of people
    ("The council ", "at more than 210,000", "put the number", ["people"]),
    # what the cue's own words name stays: patients
    ("About 3,400 people left the town. The director ", "of patients at more than 340", "puts the number",
     ["patients"]),
])
def test_a_number_cue_counts_what_the_figure_before_it_counts(before, text, cue, measures):
    found = cue_measure(tuple(find_quantities(text)), cue, text, before)
    assert [q.measure for q in found] == measures
