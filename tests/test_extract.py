"""Extraction rules as (text, expected) tables, on sentences written for the test."""
from __future__ import annotations


import pytest

from claimcheck.extract import _with_double_quotes, extract_claims, normalise_place
from claimcheck.read import build_article

from .conftest import ARTICLES, FIXTURES


def claims_of(text: str, registry, outlet: str | None = None, date: str | None = "2016-07-14"):
    meta = {"title": "Test headline for the extractor"}
    if outlet:
        meta["outlet"] = outlet
    if date:
        meta["date"] = date
    article = build_article("t.txt", "t.txt", text, meta, "test", registry)
    return extract_claims(article, registry)


@pytest.mark.parametrize("text, kind, claim_text, source", [
    # what follows "despite" after the attribution is the writer's, not what was said
    ("The town has not fallen, activists said, despite claims by state media that the army had entered it.",
     "indirect", "The town has not fallen", "activists"),
    # a wire's dateline opens the paragraph, not the claim
    ("RIVERTON, March 9 (Reuters) - Shelling killed nine civilians on Wednesday, the governor said.", "indirect",
     "Shelling killed nine civilians on Wednesday", "the governor"),
    ("DORSA CITY (AP) — Shelling killed nine civilians on Wednesday, the governor said.", "indirect",
     "Shelling killed nine civilians on Wednesday", "the governor"),
    # a short quotation before a cue, with "without giving details" after it
    ('"We will respond," the statement said, without giving details.', "direct", "We will respond",
     "the statement"),
    # "for their part" between the speaker and the cue
    ("The rebels, for their part, said they had repelled the attack.", "indirect",
     "they had repelled the attack", "The rebels"),
    # a medium's former name between commas comes before the content
    ("Jon Example wrote on X, formerly Twitter, that 30 people had been detained.", "indirect",
     "30 people had been detained", "Jon Example"),
    ('"We have nothing left," a resident said.', "direct", "We have nothing left", "a resident"),
    ("“The siege must end now,” said Jane Example, a spokeswoman for the council.", "direct",
     "The siege must end now", "Jane Example"),
    # the attribution interrupts the quotation: one claim
    ('"The convoy was stopped," the official said, "and the drivers were arrested."', "direct",
     'The convoy was stopped," the official said, "and the drivers were arrested', "the official"),
    ("Activists said that warplanes struck the market twice on Monday.", "indirect",
     "warplanes struck the market twice on Monday", "Activists"),
    ("Warplanes struck the market twice on Monday, activists said.", "indirect",
     "Warplanes struck the market twice on Monday", "activists"),
    # commas lost in scraping: the speaker still closes the sentence
    ("At least 29 rebels were killed in clashes overnight a monitor said Sunday.", "indirect",
     "At least 29 rebels were killed in clashes overnight", "a monitor"),
    ("According to the governor, the evacuation will take six weeks.", "indirect",
     "the evacuation will take six weeks", "the governor"),
    # those spreading claims or reports are their speakers
    ("Opposition websites are circulating claims that 60 civilians were killed at the market.", "indirect",
     "60 civilians were killed at the market", "Opposition websites"),
    ("Rebel channels are now spreading claims that the army shelled the market.", "indirect",
     "the army shelled the market", "Rebel channels"),
    # a clause between commas after the source is what it says, not a description of it
    ("According to the harbour committee, the regime took only about 300 people out of the town, although "
     "4,000 had registered to leave.", "indirect",
     "the regime took only about 300 people out of the town, although 4,000 had registered to leave",
     "harbour committee"),
    ("According to Jon Example, the head of the council in Dorsa, 12 people were killed.", "indirect",
     "12 people were killed", "Jon Example"),
    # what follows the source may go on with what came before it
    ("At least 19 people were killed overnight according to the monitor due to heavy shelling of the district.",
     "indirect", "At least 19 people were killed overnight", "the monitor"),
    # a title after the cue leads on to the name after it, not to an apposition
    ("The base has fallen, said the group's director Jon Example.", "indirect", "The base has fallen", "Jon Example"),
    # a passive report: the clause after its agent tells what the figures are of
    ("Three deaths were reported by the rescuers after barrels of gas were dropped on the Dorsa "
     "neighbourhood Reuters reported.", "indirect",
     "Three deaths were reported by the rescuers after barrels of gas were dropped on the Dorsa neighbourhood",
     "the rescuers"),
    # a count someone gave is what they reported
    ("The monitor gave a slightly lower toll of 31 people killed.", "indirect", "31 people killed", "The monitor"),
    # the full stop after the cue lost in scraping: what comes next is the next sentence
    ("A strike on a clinic near the border killed 10 people the monitor said The clinic is 15 km from the city.",
     "indirect", "A strike on a clinic near the border killed 10 people", "the monitor"),
    ('"It was calm," said Jon Example a nurse.', "direct", "It was calm", "Jon Example"),
    ("The army said the strikes were a response to “repeated shelling” of its positions.", "mixed",
     "the strikes were a response to “repeated shelling” of its positions", "The army"),
    # a lower-case "al-" name is a name; a lost full stop before "It" ends the speaker phrase
    ("The bridge fell said al-Example It was the only road out of the valley.", "indirect",
     "The bridge fell", "al-Example"),
    # a relative clause after "according to X" is about X, not the claim
    ("Three ferries were delayed, according to the agency, which tracks every port.", "indirect",
     "Three ferries were delayed", "the agency"),
    # "the" after the one told opens the content
    ("The spokesman for the group, Jane Example, told reporters the attack killed 9.", "indirect",
     "the attack killed 9", "Jane Example"),
    # a name right after a preposition belongs to the content; the speaker follows the cue
    ("Boats were sunk in the storm off the coast of Riverton said the monitor.", "indirect",
     "Boats were sunk in the storm off the coast of Riverton", "the monitor"),
    ("Local sources told reporters that two shells hit the school.", "indirect",
     "two shells hit the school", "Local sources"),
    ("Medical sources in the city told the agency that 12 bodies had been recovered.", "indirect",
     "12 bodies had been recovered", "Medical sources in the city"),
    # for a denial the participle after the cue is what is denied; the subject is the sentence's
    ("The council and its allies in Riverton have denied shelling the school.", "indirect",
     "shelling the school", "The council"),
    ("The Example Institute however puts the death toll from the floods at more than 400 people.",
     "indirect", "from the floods at more than 400 people", "Example Institute"),
    ("The medical charity said that the storm cut off 7000 people.", "indirect",
     "the storm cut off 7000 people", "The medical charity"),
    # the name before an apposition that ends in a title is the speaker
    ("Jon Example, the Ruritanian foreign minister, said the talks had failed.", "indirect",
     "the talks had failed", "Jon Example"),
    # a reporting verb inside a relative clause: the noun before "who" is the speaker
    ("The talks followed a meeting with the governor, who said the road to Dorsa was open.", "indirect",
     "the road to Dorsa was open", "the governor"),
    ("Residents, who said the shelling went on all night, fled to Riverton.", "indirect",
     "the shelling went on all night", "Residents"),
    # (the comma of a number closes no clause)
    ("Jon Example, who wrote that about 1,900 fighters were bussed north, was a negotiator.", "indirect",
     "about 1,900 fighters were bussed north", "Jon Example"),
    # a passive with its agent: the agent speaks, the subject is what it said
    ("The attack was later confirmed by the Example Mission.", "indirect", "The attack", "the Example Mission"),
    ("The deaths of 12 people were reported by the monitor.", "indirect", "The deaths of 12 people", "the monitor"),
    # a count is its counter's claim
    ("Nine people died in the raid according to a new toll from the Example Monitor.", "indirect",
     "Nine people died in the raid", "the Example Monitor"),
    # a clause about the speaker after an inverted attribution with its comma lost
    ("Five of the wounded were in critical condition said the head of the group that relies on a network.",
     "indirect", "Five of the wounded were in critical condition", "head of the group"),
    # teams, analysts and investigators speak
    ("Rescue teams said that the toll is likely to rise.", "indirect", "the toll is likely to rise", "Rescue teams"),
    ("One analyst warned that the front may collapse.", "indirect", "the front may collapse", "One analyst"),
    # how, where and when a closing attribution was made is no part of what was said
    ("More than 30 fighters were killed, the army said in a statement read on state television on Tuesday night.",
     "indirect", "More than 30 fighters were killed", "the army"),
    ('"The whole town is in our hands," Vell told Example Voice by phone on Monday evening.',
     "direct", "The whole town is in our hands", "Vell"),
    ('"We count the same family twice," the minister told a press conference in Riverton.',
     "direct", "We count the same family twice", "the minister"),
    # "registered to leave" is no report of the residents': the governor's second point goes on
    ("The governor announced that the road was open and that 2,000 more residents had registered to leave.",
     "indirect", "the road was open and that 2,000 more residents had registered to leave", "The governor"),
    # translated officialese reports too
    ("The governor informed that the fire had been put out by 09:30.", "indirect", "the fire had been put out by 09:30",
     "The governor"),
    ("The source clarified that five of the dead were killed in the market.", "indirect",
     "five of the dead were killed in the market", "The source"),
    # characterising what was done reports a view of it, as describing does
    ('The council characterised the sailors as "hostages held for blackmail".', "mixed",
     'the sailors as "hostages held for blackmail"', "The council"),
    # the noun of a count before an inverted cue is what was counted, not the speaker
    ("Shelling killed 12 residents said the monitor.", "indirect", "Shelling killed 12 residents", "the monitor"),
    # a quotation closed by a title and then the name, each set off by commas
    ('"The militants fired first," the spokesman, Colonel Jon Example, said.', "direct",
     "The militants fired first", "Colonel Jon Example"),
    ('"Both sides fired first," the head of the mission, Ambassador Jane Example, told reporters in Riverton.',
     "direct", "Both sides fired first", "Ambassador Jane Example"),
    # an abbreviated title is part of the name; "during" is no participle opening another statement
    ("Riverton administrator Brig. Gen. Jon Example told reporters during a visit to the camp on Tuesday that "
     "no displaced person was without shelter.", "indirect", "no displaced person was without shelter",
     "Brig. Gen. Jon Example"),
    # a live page's time stamp opens the paragraph, not the claim
    ("⚡️ 13:05 — More than 10,000 people remain under siege in Riverton, Jon Example added.", "indirect",
     "More than 10,000 people remain under siege in Riverton", "Jon Example"),
    # a bound opens the content after the cue
    ("In the besieged eastern city of Riverton, activists said at least 12 people were killed.",
     "indirect", "at least 12 people were killed", "activists"),
    # a wire relaying another's report: the report ends where its relay starts
    ("Activists reported 30 bodies had been brought to a field hospital east of Riverton according to Reuters.",
     "indirect", "30 bodies had been brought to a field hospital east of Riverton", "Activists"),
])
def test_claim_kind_text_and_source(registry, text, kind, claim_text, source):
    (claim,) = claims_of(text, registry)
    assert (claim.kind, claim.text, claim.source.name) == (kind, claim_text, source)
    assert text[claim.span[0]:claim.span[1]] == claim.text


@pytest.mark.parametrize("text, said", [
    # a short subject before the cue is not what a speaker after it said
    ("The brigadier said the group had lost popular support.", []),
    # but a short report closed by its speaker is
    ("Rebels fled said the monitor.", ["Rebels fled"]),
    # "that" before a subject of its own opens no relative clause about a speaker
    ("It was the third attack that the monitor said had hit the town.", ["had hit the town"]),
    ("Two buildings collapsed said Jon Example It is a public market.", ["Two buildings collapsed"]),
    # "what they say" is whatever they say, no report; "what it said was X" reports X
    ("Both men may believe what they say.", []),
    ("A group released a video of what it said was the shelling of the school.", ["was the shelling of the school"]),
])
def test_short_sentence_opening_before_a_cue(registry, text, said):
    assert [c.text for c in claims_of(text, registry) if c.kind != "narrative"] == said


def test_a_participle_opening_the_sentence_is_no_speaker(registry):
    text = "Asked about the incident the council had no comment but said it was looking into it."
    assert all(not c.source.name.startswith("Asked") for c in claims_of(text, registry))


@pytest.mark.parametrize("text", [
    "The weather was cold and the streets were quiet.",
    "Residents fear what the winter will bring.",
    # a reporting verb used as a participle reports nothing
    "Videos recorded on the ground at the time show a dark sky lit by flames.",
    # "to" opens an infinitive, not the place a speaker is at
    "Later that year the council and the government agreed to destroy the states declared stockpile of weapons.",
    # "dismissed by" a person is a sacking, not a denial
    "The governor was dismissed by the president on Monday.",
    # "claim" after a determiner is a noun: no one claims anything
    "Neither claim can be independently verified.",
    "Either claim may be false.",
])
def test_plain_narration_is_not_a_claim(registry, text):
    assert claims_of(text, registry) == []


def test_narrative_fact_is_attributed_to_the_publisher(registry):
    (claim,) = claims_of("Shelling killed 14 people in the old city on Tuesday.", registry, outlet="SANA")
    assert (claim.kind, claim.source.name, claim.source.stance, claim.source.basis) == (
        "narrative", "SANA", "pro-regime", "publisher")


@pytest.mark.parametrize("text, stance, basis", [
    ("The strikes hit a bakery, pro-opposition news outlet Example Voice reported.", "opposition", "descriptor"),
    ("The strikes hit a bakery, state media reported.", "pro-regime", "descriptor"),
    ("The strikes hit a bakery, the Syrian Observatory for Human Rights said.", "independent", "sources.toml"),
    ("The strikes hit a bakery, a passer-by said.", "unknown", "none"),
    ("The strikes hit a bakery, French officials said.", "opposition", "sources.toml"),
    ("One civil defence volunteer said they could not finish the rescue overnight.", "opposition", "descriptor"),
    ("Opposition-linked groups inside the country reported raids on two towns.", "opposition", "descriptor"),
    ("The strikes hit a bakery, a regime-linked outlet reported.", "pro-regime", "descriptor"),
    ("The president ordered aid for the families, the presidential press service reported.", "pro-regime",
     "descriptor"),
    ("Jane Example, a physician at a field clinic run by the resistance, said 40 wounded were brought in.",
     "opposition", "descriptor"),
    ("A military official said the building was used by fighters.", "pro-regime", "descriptor"),
    ("The military authorities said the strike hit a fuel depot.", "pro-regime", "descriptor"),
    ("A rebel military official said the building was a school.", "opposition", "descriptor"),
    # the state's police and soldiers, unnamed; not another body's police
    ("A soldier at a checkpoint said his unit had come under fire before dawn.", "pro-regime", "descriptor"),
    ("The police said gunmen shot dead three villagers.", "pro-regime", "descriptor"),
    ("Kurdish police said gunmen shot dead three villagers.", "unknown", "none"),
    ("A rebel soldier said his unit had come under fire before dawn.", "opposition", "descriptor"),
    # "terrorist media" in a state's copy are the other side's outlets
    ("Terrorist media claimed that 60 civilians were killed at the market.", "opposition", "descriptor"),
    # officers and sergeants, unnamed, are the state's too; a former one or another body's is not
    ("A senior officer said the column had been ambushed.", "pro-regime", "descriptor"),
    ("A brigade officer said the column had been ambushed.", "pro-regime", "descriptor"),
    ("A former Dorsan officer said the column had been ambushed.", "unknown", "none"),
    ("A rebel officer said the column had been ambushed.", "opposition", "descriptor"),
    ("Colonel Jon Example, the military spokesman, repeated that the station had never fallen.", "pro-regime",
     "descriptor"),
    ("The rebel military spokesman said the station had fallen.", "opposition", "descriptor"),
    ("Western powers say the army used chlorine on the town.", "opposition", "descriptor"),
    # a descriptor of the spokesman's own side beats the last body that spoke
    ("The Syrian Observatory for Human Rights said 12 died. A rebel spokesman said the strikes were revenge.",
     "opposition", "descriptor"),
    # non-governmental organisations are independent
    ("Aid groups said the strikes hit a bakery.", "independent", "descriptor"),
    ("The strikes hit a bakery, a medical charity said.", "independent", "descriptor"),
    ("Ceasefire monitors said they had logged 30 violations since midnight.", "independent", "descriptor"),
    ("Aid workers said the fire could spread to the depot.", "independent", "descriptor"),
    ("The separatists said they had shot down two drones.", "opposition", "descriptor"),
    ("The junta said the town was still under its control.", "pro-regime", "descriptor"),
    ("The strikes hit a bakery, an anti-junta outlet reported.", "opposition", "descriptor"),
    ("Troops raided the village and killed nineteen villagers, a local resistance group said.", "opposition",
     "descriptor"),
    # a side's word joined to "-run", "-backed", ... is that side's; "-controlled" only of media
    ("Junta-controlled media said the air force had struck a camp.", "pro-regime", "descriptor"),
    ("A medic at a resistance-run clinic said she had treated seven villagers.", "opposition", "descriptor"),
    ("A resident of the government-controlled west of the city said his home was destroyed.", "unknown", "none"),
    # a state's forces, unless another word makes them the other side's
    ("A navy officer said weapons were found in the hold.", "pro-regime", "descriptor"),
    ("The General Staff said militants had used the pause to move ammunition.", "pro-regime", "descriptor"),
    ("A spokesman for the rebel navy said two ships were sunk.", "opposition", "descriptor"),
])
def test_stance_and_its_basis(registry, text, stance, basis):
    claim = claims_of(text, registry)[-1]
    assert (claim.source.stance, claim.source.basis) == (stance, basis)


def test_outlet_from_apposition_and_fuzzy_name(registry):
    text = "Two shells hit the square, Bebers al-Talawi, a photographer in the city, told reporters."
    (claim,) = claims_of(text, registry)
    assert claim.source.name == "Bebers al-Talawi"
    assert claim.source.stance == "opposition"  # "Bebars al-Talawy" in sources.toml


def test_pronoun_and_surname_resolve_to_the_earlier_speaker(registry):
    text = ('"We will stay," Jane Example, a teacher, told reporters. "Nobody will move us," she added.\n\n'
            "Example said the school had been hit three times.")
    claims = claims_of(text, registry)
    assert [c.source.name for c in claims] == ["Jane Example", "Jane Example", "Jane Example"]


@pytest.mark.parametrize("text, name, stance", [
    # a later word of the publisher's name is the publisher, or in the possessive its own
    ("Troops killed eleven people in a raid on the village, according to the Herald's records.",
     "the Herald's records", "opposition"),
    ("The Herald's correspondent said 12 houses were burned in the village.",
     "The Herald's correspondent", "opposition"),
    # another paper's is not
    ("The Post's correspondent said 12 houses were burned in the village.", "The Post's correspondent", "unknown"),
])
def test_the_publishers_name_shortened_is_the_publisher(text, name, stance):
    from claimcheck.sources import parse_registry
    registry = parse_registry('[sources.herald]\nname = "Example Herald"\naliases = []\nstance = "opposition"\n'
                              'kind = "outlet"\n')
    claim = claims_of(text, registry, outlet="Example Herald")[-1]
    assert (claim.source.name, claim.source.stance) == (name, stance)


@pytest.mark.parametrize("text, claims", [
    # a title before a name introduces the person "the spokesman" and "he" refer to; an answer,
    # a retort and a boast report speech, but answering questions says nothing
    ("Spokesman Major General Jon Example answered the questions of journalists. The spokesman replied that "
     "the forces are abiding by the agreement.",
     [("Major General Jon Example", "replied that", "the forces are abiding by the agreement")]),
    ("Jane Example, an MP, countered that the ship had been carrying flour and cooking oil.",
     [("Jane Example", "countered that", "the ship had been carrying flour and cooking oil")]),
    ("The commander boasted that his fighters had seized fourteen artillery pieces.",
     [("The commander", "boasted", "his fighters had seized fourteen artillery pieces")]),
])
def test_answers_retorts_and_boasts_are_reported_speech(registry, text, claims):
    assert [(c.source.name, c.cue, c.text) for c in claims_of(text, registry)] == claims


@pytest.mark.parametrize("text, speakers", [
    # a name and a colon before a quotation say whose it is, after a live blog's time too
    ('Colonel Jane Example said the ship could leave. 11:20 – Aid chief Jon Example: "We have more than '
     '400 patients on the list today."', ["Colonel Jane Example", "Jon Example"]),
    ('Mayor Jon Example: "We have no water and no power in the whole district."', ["Mayor Jon Example"]),
])
def test_a_name_and_a_colon_before_a_quotation_name_its_speaker(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a rank or title alone refers back to the person who spoke with it before their name
    ("Col. Jane Example said the town was held. The colonel said 200 rebels were killed.",
     ["Col. Jane Example", "Col. Jane Example"]),
    ('"We held the town," said Colonel Jane Example. The colonel added that 200 rebels were killed.',
     ["Colonel Jane Example", "Colonel Jane Example"]),
    ("Jane Example said the town was held. The colonel said 200 rebels were killed.",
     ["Jane Example", "The colonel"]),
])
def test_a_rank_alone_refers_to_the_person_who_spoke_with_it(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # an acronym the text spelled out in brackets stands for the name whose initials it takes
    ("Fighters of the Free Example Front (FEF) took the hill. FEF said 12 soldiers were killed.", "Free Example Front"),
    ("The Example Documentation Group (EDG) visited. The EDG said 38 people were killed.",
     "Example Documentation Group"),
    # never spelled out: the acronym as written
    ("The EDG said 38 people were killed.", "EDG"),
])
def test_an_acronym_spelled_out_earlier_names_its_body(registry, text, speaker):
    assert claims_of(text, registry)[-1].source.name == speaker


@pytest.mark.parametrize("text, speakers", [
    # a single name that an apposition or a "who" clause gives to a person: "he" or "she" is them
    ('Moe, a 52-year-old rice farmer, said he saw soldiers. "I heard the shooting," he said.', ["Moe", "Moe"]),
    ("They found 17 bodies, said Khaing, who helped bury them. Several were burned, she said.",
     ["Khaing", "Khaing"]),
    ('Fatima, a mother of three, said the shelling went on. "We have nothing left," she said.',
     ["Fatima", "Fatima"]),
    # a body's "which" clause gives no person
    ('Exampleland, which runs the strip, said the shelling went on. "We have nothing left," he said.',
     ["Exampleland", "he"]),
])
def test_he_or_she_after_a_single_name_given_to_a_person(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


def test_he_finds_a_titled_name_that_a_known_country_also_names(registry):
    text = ('"The strikes were effective," Russian General Jon Example said. '
            '"Ten strikes were carried out" he said in a briefing.')
    assert [c.source.name for c in claims_of(text, registry)] == ["General Jon Example", "General Jon Example"]


def test_a_denial_in_a_joined_clause_is_the_second_speakers_only(registry):
    text = ("Opposition activists said regime jets pounded the opposition-held districts on Monday. "
            "The regime said fighters holed up in the districts can leave with their families if they lay down "
            "their arms but the opposition has denounced that offer as a deception.")
    _, offer, denial = claims_of(text, registry)
    assert (offer.denies, denial.denies, denial.source.name) == (None, offer.id, "the opposition")


def test_denial_links_to_what_it_denies(registry):
    text = ("The army said rebels fired first at its checkpoint on Monday.\n\n"
            "Opposition activists rejected the claim that rebels fired first, calling it a pretext.")
    first, denial = claims_of(text, registry)
    assert denial.denies == first.id
    assert first.denies is None


@pytest.mark.parametrize("text, denied", [
    # the denial names whose claim it rejects
    ("A monitor said rebels shelled the market and the school on Monday, killing four.\n\n"
     "The ministry said rebels shelled the market.\n\n"
     "Residents rejected the ministry's claim that rebels shelled the market.", 1),
    # what is denied weighs more than the rest of the denial's sentence
    ("The army said rebels fired first at the checkpoint.\n\n"
     "A monitor said the bombing campaign has killed ten people in the district.\n\n"
     "Residents of the district, where the bombing campaign has killed people, rejected the "
     "assertion that rebels fired first.", 0),
    # a side does not deny its own side's claim
    ("Opposition activists said rebels shelled the market at dawn.\n\n"
     "The state news agency said gunmen shelled the market.\n\n"
     "Rebel commanders denied that rebels shelled the market at dawn.", 1),
    # only the sentence, not what is denied, shares words with the earlier claim
    ("The ministry said the weather was fine on Monday.\n\n"
     "On Monday, as the weather stayed fine, opposition activists denied that rebels held the village.", None),
    # "the village lies near" places a village, it denies nothing
    ("A monitor said the shelling killed nine people in Dorsa.\n\n"
     "The ministry said the shelling hit Dorsa, which lies near the border.", None),
    # "under the pretext of" frames an act, it denies no claim
    ("A monitor said the shelling killed nine people in Dorsa.\n\n"
     "The commander said any advance on Dorsa under the pretext of fighting gangs would be stopped.", None),
    # "to deny X the road" is a purpose, not a denial
    ("A monitor said the strikes on the road killed nine fighters.\n\n"
     "The coalition said the strikes on the road were carried out to deny the fighters its use.", None),
    # a denial with its own subject after what is reported is a third party's claim, which
    # rejects the offer; the ministry's claim denies nothing
    ("A monitor said rebels shelled the market at dawn.\n\n"
     "The ministry said the fighters could leave, but rebel groups dismissed the offer as a trap.", 1),
    ("A monitor said rebels shelled the market at dawn.\n\n"
     "The ministry said it rejected the claims that rebels shelled the market.", 0),
    # "dismissed ... as" is a rejection of what was said
    ("Activists said 12 people were killed in the shelling of Dorsa on Monday.\n\n"
     "The ministry dismissed the reports of the shelling of Dorsa as propaganda.", 0),
    # a refused request denies no report
    ("A monitor said the strikes on the road killed nine fighters.\n\n"
     "The ministry rejected a Vostran plea to halt the strikes on the road.", None),
    # "its aircraft" is the denier's: the claim naming the denier's warplanes is the one denied
    ("Medics said four nurses were killed when a strike hit a clinic near Riverton.\n\n"
     "Rescue workers said Vostran warplanes were behind the attack.\n\n"
     "Vostra denied its aircraft were involved in the incident.", 1),
    # a denial of accusations answers the other side's accusation before a bystander's report
    ("A journalist said investigators arrived on Saturday to look into the alleged attacks.\n\n"
     "Opposition activists said government forces killed 40 people in the attacks on Wednesday.\n\n"
     "State media denied accusations that the army carried out the attacks.", 1),
    # "denies this" closing its sentence denies the claim just before, not a time ("this week")
    ("Activists said regime jets bombed the hospital in Dorsa on Monday. The government denies this.", 0),
    ("Activists said regime jets bombed the hospital in Dorsa on Monday. Vostra denied it.", 0),
    # nor its own side's claim
    ("Activists said regime jets bombed the hospital in Dorsa on Monday. Rebels deny this.", None),
    # a claim noun pointed at, closing the sentence, is the claim just before
    ("The junta said troops had killed nine terrorists in a clash. Residents rejected the account.", 0),
    ("The army said troops had killed nine terrorists in a clash. Residents rejected these claims.", 0),
    # however it is called, or rejected
    ('The army claimed it killed 60 militants in Dorsa. The council dismissed the claim as "a shameless lie".', 0),
    ("The army said troops had killed nine terrorists in a clash. Residents rejected those claims outright.", 0),
])
def test_denial_target(registry, text, denied):
    claims = claims_of(text, registry)
    assert claims[-1].denies == (None if denied is None else claims[denied].id)


def test_a_denial_pointing_at_the_claim_just_before_may_go_on_with_its_speakers_next_verb(registry):
    claims = claims_of('The army claimed it killed 60 militants in Dorsa. The council rejected the claim as '
                       '"a fabrication" and said the nearest rebel position was two kilometres away.', registry)
    assert [(c.source.name, c.denies) for c in claims] == [
        ("The army", None), ("The council", claims[0].id), ("The council", None)]


@pytest.mark.parametrize("text, speakers", [
    ("Activists said 12 people were killed in Dorsa. The ministry dismissed the claims as lies.",
     ["Activists", "The ministry"]),
    # a sacking is no speech
    ("Activists said 12 people were killed in Dorsa. The president dismissed the governor after the attack.",
     ["Activists"]),
    # the claim a speaker rejects is the rejection's content, not a claim of its owner
    ("The council rejected as a fairy tale the regime's claim that weapons were found aboard.", ["The council"]),
])
def test_dismissing_what_was_said_is_a_claim(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


def test_one_unbalanced_quotation_mark_costs_only_its_paragraph(registry):
    path = FIXTURES / "unbalanced_quote.txt"
    claims = claims_of(path.read_text(), registry)
    assert [c.source.name for c in claims] == ["a resident", "The army", "The army", "another resident"]
    assert claims[0].text == "The bombing has not stopped for three days"


def test_a_speaker_in_a_relative_clause_of_the_content_keeps_the_claim_with_its_reporter(registry):
    text = ("Official media reported missiles fired at a refinery in Riverton on Wednesday, hinting at "
            "resistance in a city which Vostran forces claim to have vanquished.")
    assert [(c.source.name, c.cue) for c in claims_of(text, registry)] == [("Official media", "reported")]


def test_quoted_paragraphs_run_together_are_one_quotation_of_the_last_speaker(registry):
    # scraping joined two quoted paragraphs: the first has no closing mark, the second opens
    # with one (the convention for a quotation over several paragraphs)
    text = ('A witness named Jon described the moment of the blast. "The hall was full of guests when I saw '
            'him come in. "I thought he looked strange and then there was an enormous explosion."')
    claims = [(c.kind, c.text, c.source.name) for c in claims_of(text, registry)]
    assert claims[1:] == [
        ("direct", 'The hall was full of guests when I saw him come in. "I thought he looked strange and then '
                   'there was an enormous explosion.', "Jon"),
    ]


def test_quotation_over_several_paragraphs_is_one_claim(registry):
    claims = claims_of((FIXTURES / "multi_paragraph_quote.txt").read_text(), registry)
    texts = [c.text for c in claims]
    assert texts[0] == "The first buses will leave on Monday"
    assert texts[1].startswith("Families will travel first.") and texts[1].endswith("light weapons.")
    assert claims[2].source.name == "Opposition activists"
    assert len(claims) == 3


@pytest.mark.parametrize("text, event_date", [
    ("Shelling killed 4 people on Thursday, activists said.", "2016-07-14"),   # the article date is a Thursday
    ("Shelling killed 4 people on Monday, activists said.", "2016-07-11"),
    ("Talks collapsed last November, killing hopes of a truce, officials said.", "2015-11-01"),
    ("Fighters left the city in May 2014, activists said.", "2014-05-01"),
])
def test_event_dates_resolve_against_the_article_date(registry, text, event_date):
    (claim,) = claims_of(text, registry)
    assert claim.event_date == event_date


def test_report_date_is_not_the_event_date(registry):
    (claim,) = claims_of("The market was destroyed, state media reported on Wednesday.", registry)
    assert claim.event_date is None


@pytest.mark.parametrize("text, event_date", [
    # a year or the start of a period told of the speaker, outside the claim, dates no event
    ("The coalition, which took up arms in 2024, said 43 people had been killed.", None),
    ("The council, which has fought since January, said 12 people had been killed.", None),
    # in the claim's own words it does
    ("The council said 12 people had been killed since January.", "2016-01-01"),
    # a day named elsewhere in the sentence still dates the claim
    ("On Monday the council, formed in 2012, said 12 people had been killed.", "2016-07-11"),
])
def test_background_times_in_the_sentence_date_no_claim(registry, text, event_date):
    claim = next(c for c in claims_of(text, registry) if "killed" in c.text)
    assert claim.event_date == event_date


@pytest.mark.parametrize("raw, place", [
    ("al-Waer", "waer"), ("Homs’", "homs"), ("Homs city", "homs"), ("a-Zahraa", "zahraa"),
    ("Aleppo province", "aleppo"), ("Monday", None), ("the", None),
    ("Halab Police Command", None), ("Law of Armed Conflict", None), ("Kurdish majority", None),
    ("Kelbit border crossing", "kelbit"), ("Twitter", None), ("IS-held", None), ("rebel-controlled", None),
    ("ISIL-controlled Dorsa", "dorsa"), ("UK-based Observatory Jon", None),
    ("Iraqs", "iraq"), ("Kelbits", "kelbits"),   # a lost apostrophe only after a known country
    # a country's possessive before a place says where the place is, not what it is called
    ("Iraq's Dorsa province", "dorsa"), ("Iraqs Dorsa province", "dorsa"), ("Iraq’s Dorsa", "dorsa"),
    ("Jordan Valley", "jordan valley"),
    # a monitoring body, and an indefinite article before a demonym, are no place
    ("Riverton Monitor AFP", None), ("a Syrian", None),
    # a dateline's wire, its brackets lost in scraping, is no part of the place
    ("Dorsa Reuters", "dorsa"), ("Dorsa AFP", "dorsa"),
    # nor does a title after a possessive name one
    ("His Excellency", None),
    # a unit or service is named after its place, and is no place
    ("Southern Fleet", None), ("Dorsa Countryside Police", None), ("Dorsa Health Directorate", None),
    ("Navy", None),
])
def test_place_normalisation(raw, place):
    assert normalise_place(raw) == place


def test_places_of_a_claim(registry):
    (claim,) = claims_of("Two shells hit the besieged district of al-Waer in Homs, activists said.", registry)
    assert claim.places == ("waer", "homs")


@pytest.mark.parametrize("text, places", [
    ("A car bomb hit the Kelbit border crossing, officials said.", [("kelbit",)]),
    ("The group said on Twitter that the raid killed 12 people.", [()]),
    # the second claim's place is where its own event happened, not the first claim's
    ("The group said the raid on Dorsa left 9 dead, adding that it fights in Iraq.", [("dorsa",), ("iraq",)]),
    # a group the registry knows is who holds an area, not a place; a capital stays a place
    ("Fighters of the Free Syrian Army seized a village in Dorsa, activists said.", [("dorsa",)]),
    ("Rebels shelled the outskirts of Damascus, activists said.", [("damascus",)]),
    # the place a verb of attack names as its object, and one coordinated with it
    ("Strikes hit Dorsa and Riverton overnight, officials said.", [("dorsa", "riverton")]),
    ("Vostran forces shelled Dorsa Monday after days of clashes, officials said.", [("dorsa",)]),
    # a name with a noun after it says whose target it was, not where
    ("The army said it struck Vostran positions overnight.", [()]),
    ("Aid reached besieged Riverlanders in the east, officials said.", [()]),
    ("Shells struck Dorsa at dawn on Sunday, officials said.", [("dorsa",)]),
    # what follows an office's "of" is its portfolio or title, not a place
    ("The Ministry of Emergency Situations said 3 people died in Dorsa.", [("dorsa",)]),
    ("The Head of State said 40 families were moved to Riverton.", [("riverton",)]),
    ("The Governor of Dorsa said 40 families had arrived.", [("dorsa",)]),
    # a people's adjective before a noun is no place ("in Vostran media"); a town is
    ("The minister rejected reports in Vostrian media that fighters seized the dam.", [()]),
    ("The minister said 40 families arrived in Riverton on Monday.", [("riverton",)]),
])
def test_places_of_each_claim_of_a_sentence(registry, text, places):
    assert [c.places for c in claims_of(text, registry)] == places


@pytest.mark.parametrize("text, expected", [
    # each item of a list an attribution introduces is a claim of its speaker
    ("Results of the strike, according to the Free Syrian Army:\n- at least six storage tanks destroyed\n"
     "- more than 300 tonnes of fuel burning\n\nState media said the strike missed.",
     [("at least six storage tanks destroyed", "the Free Syrian Army", "according to"),
      ("more than 300 tonnes of fuel burning", "the Free Syrian Army", "according to"),
      ("the strike missed", "State media", "said")]),
    ("The Free Syrian Army said in a statement:\n\n1. six tanks were destroyed;\n2. the depot is burning.",
     [("six tanks were destroyed", "The Free Syrian Army", "said"),
      ("the depot is burning", "The Free Syrian Army", "said")]),
    # a list that no one is said to have given is no claim
    ("Families were told to bring:\n- bread\n- blankets", []),
])
def test_items_of_an_attributed_list(registry, text, expected):
    assert [(c.text, c.source.name, c.cue) for c in claims_of(text, registry)] == expected


def test_claim_ids_are_stable_for_the_same_content(registry):
    text = (ARTICLES / "001_9b752c38f4deff4f.txt").read_text()
    assert [c.id for c in claims_of(text, registry)] == [c.id for c in claims_of(text, registry)]


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("*.txt")))
def test_every_claim_text_is_the_body_at_its_span(registry, name):
    text = (ARTICLES / name).read_text()
    claims = claims_of(text, registry)
    assert claims
    assert all(text[c.span[0]:c.span[1]] == c.text for c in claims)


def test_bare_surname_takes_the_full_name_given_earlier(registry):
    text = ("Regional governor Marta Kowalczyk visited the camp on Monday.\n\n"
            "Kowalczyk told reporters that 40 families had arrived overnight.")
    (claim,) = [c for c in claims_of(text, registry) if c.kind != "narrative"]
    assert claim.source.name == "Marta Kowalczyk"


@pytest.mark.parametrize("introduction, speaker", [
    # "he" refers back to the one-word name the text gave as someone's
    ("A resident reached by phone, who gave his name only as Benedek, said he heard gunfire.", "Benedek"),
    # a one-word speaker the text never gave as a name is no person for "he"
    ("Footage said to show the market was shared online.", "he"),
])
def test_he_after_a_name_given_as_someones(registry, introduction, speaker):
    claims = claims_of(introduction + ' "Nobody knows who holds what," he said.', registry)
    assert claims[-1].source.name == speaker


def test_a_member_of_a_body_named_by_two_words_speaks_for_it(registry):
    claims = claims_of("The Aleppo Media Center said the shelling went on all night.\n\n"
                       "A convoy will leave on Wednesday, according to the Media Center's correspondent.", registry)
    assert [c.source.stance for c in claims] == ["opposition", "opposition"]


@pytest.mark.parametrize("first, second, stance", [
    # the same person named again speaks for the side given when first named; another does not
    ("Local activist Jon Example told the paper that 20 people were killed at the checkpoint.\n\n",
     "The blast destroyed the market, Jon Example added.", "opposition"),
    ("Local activist Jon Example told the paper that 20 people were killed at the checkpoint.\n\n",
     "The blast destroyed the market, Jane Other added.", "unknown"),
    # a part of a body the text named before speaks for that body; of a body never named, for no one
    ("The Nusra Front said the shelling went on all night.\n\n",
     "Four people died, according to the Front's health committee.", "opposition"),
    ("The Nusra Front said the shelling went on all night.\n\n",
     "Four people died, according to the Council's health committee.", "unknown"),
    # a commander who names no body commands the body that just spoke; one who names a side, that side
    ("The Free Syrian Army denied that the town had fallen. ",
     "Commander Jon Example said the town remained in rebel hands.", "opposition"),
    ("The Free Syrian Army denied that the town had fallen. ",
     "Regime commander Jon Example said the town had fallen.", "pro-regime"),
])
def test_the_side_of_a_speaker_after_one_who_spoke(registry, first, second, stance):
    claims = [c for c in claims_of(first + second, registry) if c.kind != "narrative"]
    assert [c.source.stance for c in claims] == ["opposition", stance]


def test_a_place_is_not_taken_for_a_surname(registry):
    text = ("Shelling hit the old market in Dara on Monday.\n\n"
            "Dara said the shelling would continue.")
    claims = [c for c in claims_of(text, registry) if c.kind != "narrative"]
    assert [c.source.name for c in claims] == ["Dara"]


@pytest.mark.parametrize("text, source", [
    # a relative clause describes the speaker and is not part of its name
    ("The Central Command which oversees operations in the region said it had opened an inquiry.",
     "The Central Command"),
    ("A negotiator who requested anonymity told reporters that the talks had failed again.", "A negotiator"),
    ("The agency - which keeps a register of every port - says it counts ships by flag.",
     "The agency"),
    # the medium of a statement stands between the speaker and the cue
    ("The group in a statement published on its website said a bomber had struck the checkpoint.",
     "The group"),
    ("The ministry, in a statement issued late on Monday, said 14 soldiers were wounded.", "The ministry"),
    # an apposition that says where the speakers are
    ("Residents of Dolgarth, 30km to the east, said they could hear the guns all night.", "Residents of Dolgarth"),
    # a place with its head before its name ("the town of X") is where the speakers are, not who
    ("Residents of the besieged town of Dolgarth say they are running out of water.",
     "Residents of the besieged town of Dolgarth"),
    ("Activists in the town of Dolgarth said 12 people were killed.", "Activists in the town of Dolgarth"),
    ("The governor of the province of Dolgarth said 12 people were killed.",
     "The governor of the province of Dolgarth"),
    # scraped text without the commas around an apposition
    ("Jane Example the governor of Riverland a border province near Eastville told reporters that three "
     "wounded men were taken to a clinic.", "Jane Example"),
    ("On Sunday Omar Example The Daily Examples correspondent in east Rivertown reported that 15 people "
     "had been killed.", "Omar Example"),
    ("John Doe deputy director at the London-based group says the army mined every road.", "John Doe"),
    # "quoted X as saying": the one quoted is the speaker; a located generic keeps its place
    ("The state agency quoted a source in Riverton as saying that a lorry had exploded at the gate.",
     "a source in Riverton"),
    ("A source in Riverton said two people were hurt in the shelling.", "A source in Riverton"),
    ("Organizers of the fair said that it would open again next spring.",
     "Organizers of the fair"),
    # a sentence adverb before a comma is no name with an apposition
    ("However, the talks ended with the Russians saying they would not sign the text.", "Russians"),
    # a participle's speaker is the subject of its sentence, not the place before it
    ("The envoy also met his counterpart in Riverton stating that new sanctions were considered.",
     "The envoy"),
    ("The governor was quoted as saying that 20 families returned to the village.", "The governor"),
    ("A field commander, who spoke on condition of anonymity, said the army advanced 5 km.", "A field commander"),
    ("According to a statement by the ministry, 12 militants were killed in the raid.", "the ministry"),
    # a plain noun between a name and the body it names
    ("The attack killed 12 people, according to a statement from the Riverton health ministry.",
     "Riverton health ministry"),
    ("The army general command announced in a statement that the town was taken.", "The army general command"),
    # the apposition of a name, with an age or an article before the title
    ("Omar Example, 34, a father of three, told AFP that his house was destroyed.", "Omar Example"),
    ("Jane Example, a spokeswoman for the rescue service, said 12 people were pulled from the rubble.",
     "Jane Example"),
    ("On Tuesday, the spokesman said the town had fallen to the rebels.", "the spokesman"),
    ("The army took the village of Example on Monday, a field commander said.", "a field commander"),
    ("Pro-opposition media outlets claimed that 14 civilians were killed in the raid.", "Pro-opposition media outlets"),
    # a complete speaker phrase next to the cue is not the tail of an apposition
    ("Gunmen held nine farmers after a raid on a hamlet near Example Alliance lines a "
     "monitor said Friday.", "a monitor"),
    # a participle and a place between the speaker's noun and the cue
    ("Residents contacted in the city say prices have doubled.", "Residents contacted in the city"),
    ("A rescue service operating in rebel-held territory said a helicopter dropped gas.",
     "A rescue service operating in rebel-held territory"),
    ("Western powers say the army used chlorine.", "Western powers"),
    ("Nine people were killed in the shelling of the city the civil defence said.", "civil defence"),
    ("The two governments have both denied using the weapons.", "The two governments"),
    ("The colonel said the group had lost popular support.", "The colonel"),
    # a place after a preposition, then a comma, is not the name an apposition describes
    ("Ten people were killed in Riverton, the monitor said.", "the monitor"),
    # a place's possessive apposition is no speaker's: the speaker is after it
    ("The strikes on Riverton, Vostra's second city, killed 12 people, the monitor said.", "the monitor"),
    ("The hospital was hit twice, Jon Example, MSF's medical coordinator, said on Monday.", "Jon Example"),
    ("The convoy was not hit from the air, Jon Example, Vostra's foreign minister, told reporters.", "Jon Example"),
    # an age after the name, with no apposition
    ("Rescuers worked all night. Jon Example, 45, said the building collapsed on them.", "Jon Example"),
    # a title opening the sentence, then the name set off by commas: the name speaks
    ("The head of the Riverton council, Jane Example, said aid convoys had been blocked for a week.",
     "Jane Example"),
    ("When the minister arrived, Jon Example said the convoy was not hit.", "Jon Example"),
    # a relative clause set off by commas after the speaker's noun phrase or apposition
    ("A spokesman for the Riverton Liberation Front, which controls the area, said fighters had shot down "
     "two drones.", "Riverton Liberation Front"),
    ("Jane Example, a spokeswoman for the rescue service, which operates in the east, said 12 bodies "
     "were recovered.", "Jane Example"),
    ("Two men interviewed said barrel bombs were dropped.", "Two men interviewed"),
    ("Four fighters made up the rest of the dead the watchdog said.", "the watchdog"),
    ("A source in the security forces in the northern territories said a bomber blew himself up.",
     "source in the security forces in the northern territories"),
    ("Local civil defence personnel told the agency that bodies were still being removed.",
     "Local civil defence personnel"),
    # a cue joined by "and" to the subject's earlier verb is the subject's
    ("Activists mourned him online and said he was killed in an air raid.", "Activists"),
    # "claimed" with a count that a verb follows states the count; "claimed 49 lives" does not
    ("On Monday state media claimed 49 fighters were killed in the fighting.", "state media"),
    ("An official familiar with the assessments said the attack was planned.",
     "An official familiar with the assessments"),
    # a relative clause opened by "that" and a verb describes the speaker
    ("Nine villages have fallen to the rebels an organisation that monitors the war said on Monday.",
     "an organisation that monitors the war"),
    ("Shelling went on all night an agency correspondent there said.", "an agency correspondent"),
    # an adverb opening the sentence is not part of the speaker's name
    ("Meanwhile a source on the ground said an army unit hit the depot.", "a source on the ground"),
    ("Airstrikes hit a school in the town tweeted the Example Network.", "the Example Network"),
    ("The dead included children said local sources speaking on condition of anonymity.", "local sources"),
    # "reports" after "many" is a noun: the cue is the verb after it
    ("Many reports said the warplanes had dropped weapons.", "Many reports"),
    ("Field hospitals reported 29 wounded in the raids.", "Field hospitals"),
    # a representative speaks for whom they represent
    ("The official representative stressed that these materials are a staged provocation.",
     "The official representative"),
    # forces speak, armed or not
    ("Regime forces said it was partly to allow civilians to leave the district.", "Regime forces"),
    ("On Monday Vostra's armed forces blamed rebel groups for the failure of the truce.", "Vostra's armed forces"),
    # the name next to the cue is where a generic speaker is, after a modifier or a body's name
    ("Activists in rural Riverton said three airstrikes hit a market.", "Activists in rural Riverton"),
    ("Last week the Directorate of Health in east Riverton reported that 270 bodies were received.",
     "the Directorate of Health in east Riverton"),
    ("The UN commission of inquiry on Vostra said the crimes continue every day.",
     "The UN commission of inquiry on Vostra"),
    ("A human rights activist from Riverton who fled last year said the resistance was crushed.",
     "A human rights activist from Riverton"),
    # a body's head noun with the words that name it, back to a determiner or a proper name
    ("The VDF press service said drones had hit the depot overnight.", "The VDF press service"),
    ("Dorsa's interior ministry said 3,000 people had crossed the border.", "Dorsa's interior ministry"),
    ("Our visual investigations team said four tanks were on fire.", "Our visual investigations team"),
    ("The Movement's health committee said the fourth victim had died.", "The Movement's health committee"),
    ("Ilvar civic defence said 40 shells hit the outskirts of Ilvar.", "Ilvar civic defence"),
    ("The victim died in hospital on Sunday, according to the Movement's health committee.",
     "Movement's health committee"),
    ("Artillery fired 40 shells at the outskirts, according to Ilvar civic defence.", "Ilvar civic defence"),
    ("Across the bridge, Dorsan border police said they had detained 112 soldiers.", "Dorsan border police"),
    # an apposition describing the speaker, or the body of the speaker's first apposition
    ("The army, the largest force in the country, said 86 soldiers had surrendered.", "The army"),
    ("Col. Jon Example, spokesman of the Example Army (EA), the largest group in the alliance, said 86 soldiers "
     "had surrendered.", "Col. Jon Example"),
    ("The alliance maintained that its offensive was a response to air strikes.", "The alliance"),
    # the fighters of a side speak for it, as rebels do
    ("The separatists have put the toll at nine.", "The separatists"),
    # a body raising its own toll speaks
    ("The rescue service raised its toll to 38 on Sunday.", "The rescue service"),
    ("Insurgents said they had taken the bridge.", "Insurgents"),
    # not across what was said, where scraping lost the comma, nor onto people
    ("Fighting continued overnight army sources said.", "army sources"),
    ("Prices rose amid the US-imposed trade war experts said.", "experts"),
    # plain adjectives between a determiner, capitalised or not, and a body's noun; an acronym may open them
    ("He left. The U.N. refugee agency said 850 people left Dorsa.", "The U.N. refugee agency"),
    ("He left. The rescue agency said 850 people left Dorsa.", "The rescue agency"),
    # the owner of a body sitting somewhere, and the words between them, are part of its name
    ("He left. The Vostran military's coordination centre in Dorsa said 850 people left.",
     "The Vostran military's coordination centre in Dorsa"),
    # a time word capitalised after a name ends the name; lower case, it is the report's time
    ("Kessan Now reported that 12 people were killed in the town.", "Kessan Now"),
    ("The ministry now says 12 people were killed in the town.", "The ministry"),
    # trades and professions speak as witnesses; after a name whose comma was lost, the role is no part of it
    ("A forensic pathologist at the site, who asked not to be named, said 41 bodies had been exhumed.",
     "A forensic pathologist at the site"),
    ("Two toxicologists who reviewed the footage said the symptoms are consistent with chlorine.", "Two toxicologists"),
    ('"It was calm," said Jon Example a nurse based in a hospital in the east.', "Jon Example"),
    # a record speaks after "according to", unless it is someone's
    ("According to the vessel's manifest, 187 passengers and 11 crew were on board.", "vessel's manifest"),
    ("The station pumped about 240,000 barrels a day, according to industry figures.", "industry figures"),
    ("Twelve people died, according to figures compiled by the health ministry.", "health ministry"),
    # the writer's own clause about the speaker ("I spoke to", "we met in Dorsa") is no speaker
    ("A nurse I spoke to said twelve children were treated.", "A nurse"),
    ("A farmer we met in Dorsa said the army had left.", "A farmer"),
    ('A sapper sergeant I have known since Riverton told me: "The soil is fresh on top."', "A sapper sergeant"),
    # a role that names its holder only with the body it is of
    ("Twelve people died, the director of the city's main hospital said, in the deadliest attack of the war.",
     "director of the city's main hospital"),
    ("Twelve people died, the head of the local council said.", "head of the local council"),
    # a communique stands for the body that issued it, as a statement does
    ("The Movement's communique on Tuesday said 17 rebels were killed.", "The Movement's communique"),
])
def test_speaker_name_from_harder_phrases(registry, text, source):
    (claim,) = claims_of(text, registry)
    assert claim.source.name == source


@pytest.mark.parametrize("text, outlet, stance", [
    # an apposition opening with the body the person works for, in the possessive
    ("The hospital was hit twice, Jon Example, MSF's medical coordinator in the area, said on Monday.",
     "MSF", "independent"),
    ("The hospital was hit twice, said Jon Example, MSF's medical coordinator in the region.",
     "MSF", "independent"),
    ("According to Jon Example, Russia's deputy defence minister, the convoy was not hit from the air.",
     "Russian government", "pro-regime"),
    ("The convoy was not hit from the air, Jon Example, Turkey's foreign minister, told reporters.",
     "Turkish government", "opposition"),
    # a title before the name names the body the person speaks for
    ("Turkey's foreign minister, Jon Example, said the convoy was not hit.", "Turkish government", "opposition"),
    ("The head of the UN refugee agency, Jane Example, said aid convoys had been blocked for a week.",
     "UNHCR", "independent"),
    # an apostrophe-less possessive in the apposition still names the outlet
    ("Omar Example The New Arabs correspondent in the east reported that 15 people had been killed.",
     "The New Arab (Al-Araby Al-Jadeed)", "opposition"),
    # opponents of a known side take the other side and do not speak for it
    ("Critics of the Syrian government said its planes hit 4 bakeries last month.", None, "opposition"),
    # a bare surname takes the side given with the full name earlier
    ('The envoy dined with her Qatari host Salma al-Example on Friday. "We will send more tents before '
     'winter," Example said.', "Qatari government", "opposition"),
    # "his office" speaks for the man it is his
    ("Jane Example, a spokeswoman for the French government, said the talks would go on. She flew home "
     "on Sunday after the meeting, her office said.", "French government", "opposition"),
    # a correspondent quoting somebody passes on that one's claim
    ("The storm flooded 30 homes on the coast, the correspondent added quoting state television.",
     None, "pro-regime"),
    # the President, named by office alone, is the state's, as its ministers are; another
    # country's or a body's president is not by that office
    ("The President said the strike was justified.", None, "pro-regime"),
    ("The president of the rebel council said the strike was justified.", None, "opposition"),
    # "its" and "their" before a body's voice own it for the body the sentence before opens with
    ("The junta has not acknowledged the loss of the station. Its media said on Friday that an attack "
     "had been repelled.", "The junta", "pro-regime"),
    ("Rebels seized the town on Monday. Their commander said 12 soldiers were captured.", "Rebels", "opposition"),
    # but the victims' relatives are no side's
    ("The army claimed 23 fighters were killed at a base; none of the 38 victims was a fighter, according "
     "to their relatives.", None, "unknown"),
])
def test_outlet_and_stance_of_the_speaker(registry, text, outlet, stance):
    claim = claims_of(text, registry)[-1]
    assert (claim.source.outlet, claim.source.stance) == (outlet, stance)


@pytest.mark.parametrize("publisher, stance", [("SANA", "pro-regime"), ("Reuters", "independent")])
@pytest.mark.parametrize("text, name", [
    ("Our correspondent said several petrol stations had run dry.", "Our correspondent"),
    ("Several petrol stations had run dry, our correspondent reported.", "our correspondent"),
    ("Several petrol stations had run dry, according to our correspondents.", "our correspondents"),
    ("Several petrol stations had run dry, our stringers said.", "our stringers"),
])
def test_the_publishers_own_people_speak_for_it(registry, publisher, stance, text, name):
    (claim,) = claims_of(text, registry, outlet=publisher)
    assert (claim.source.name, claim.source.stance, claim.source.basis) == (name, stance, "publisher")


@pytest.mark.parametrize("text, outlet, stance", [
    # a source at a public body speaks from inside it, like the outlet's own insiders
    ("A source at Riverton province told the reporter that shells hit the market.", "Riverton province", "pro-regime"),
    # a source merely in a place says nothing of its side
    ("A source in Riverton said two people were hurt in the shelling.", None, "unknown"),
    ("A source in the Health Ministry said 7 people were injured in the attack.", "Health Ministry", "pro-regime"),
    ("A source in Riverton province said 2 people were hurt in the shelling.", None, "unknown"),
    # an insider of a body the registry knows, or of an owner named in the possessive, is theirs
    ("A source in the Kurdish Asayesh security forces said 3 guards were hurt.", "Asayish", "unknown"),
    ("Vostra's military said its forces fired 40 missiles overnight.", None, "unknown"),
    ("A military source said 40 missiles were fired overnight.", None, "pro-regime"),
])
def test_source_at_a_public_body_takes_the_outlets_side(registry, text, outlet, stance):
    (claim,) = claims_of(text, registry, outlet="SANA")
    assert (claim.source.outlet, claim.source.stance) == (outlet, stance)


def test_a_local_council_member_speaks_for_the_opposition(registry):
    # the stance policy counts local councils and coordination committees as the opposition's
    (claim,) = claims_of("Jon Example, a member of the Dorsa local council, said 12 people were killed.", registry)
    assert claim.source.stance == "opposition"


@pytest.mark.parametrize("publisher, stance", [
    ("SANA", "pro-regime"),
    # an independent wire's unnamed insider is somebody's, but the text does not say whose
    ("Reuters", "unknown"),
])
def test_an_unnamed_insider_is_on_a_partisan_publishers_side_only(registry, publisher, stance):
    (claim,) = claims_of("A field source said 40 missiles were fired overnight.", registry, outlet=publisher)
    assert claim.source.stance == stance


@pytest.mark.parametrize("text, publisher, stance", [
    # an unnamed source of the military or security services is the state's, as "a military
    # official" is, where nothing else gives its side
    ("A military source said 40 missiles were fired overnight.", "Reuters", "pro-regime"),
    ("Security sources said 40 missiles were fired overnight.", None, "pro-regime"),
    ("A security official said 40 missiles were fired overnight.", "Reuters", "pro-regime"),
    # a partisan publisher's own sources are its side's (a foreign backer's security services)
    ("Security sources said 40 missiles were fired overnight.", "Orient News", "opposition"),
    ("A military source said 40 missiles were fired overnight.", "SANA", "pro-regime"),
    # the text's own word for a side wins
    ("A rebel security source said 40 missiles were fired overnight.", "Reuters", "opposition"),
])
def test_an_unnamed_military_or_security_source_is_the_states(registry, text, publisher, stance):
    (claim,) = claims_of(text, registry, outlet=publisher)
    assert claim.source.stance == stance


@pytest.mark.parametrize("text, speakers", [
    # an organisation noun after the person who heads it is the organisation
    ("Jane Example, head of the Example Monitoring Group, said 20 people were killed. "
     "Five civilians were also killed by shells, the group reported on Thursday.",
     ["Jane Example", "Example Monitoring Group"]),
    # "it" after a claim of responsibility is who claimed it
    ("Port workers in the city told the reporter that 6 cranes had toppled. "
     "For its part the Example group claimed responsibility for the sabotage. "
     "In a statement circulated online it said the cranes were cut with torches.",
     ["Port workers in the city", "Example group"]),
    # "it was stated in the communiqué": the body whose communiqué it is
    ("The Example Command said 12 soldiers died. The evacuation was carried out on 31 buses, it was stated in "
     "the communiqué.", ["The Example Command", "The Example Command"]),
    # "he" with no speaker before: the person the text introduced last
    ('Col. Jon Example, the Vostran army\'s spokesman, walked me through the ruins. "They held out for a day," he said.',
     ["Col. Jon Example"]),
    # a mission speaks, and "the mission" is the one that spoke before
    ("The Example Observation Mission said 31 violations were recorded. The mission confirmed that three "
     "civilians were killed.", ["The Example Observation Mission", "The Example Observation Mission"]),
    # "the command" is the command that spoke before
    ("The Joint Example Command reported 1,240 civilians were evacuated. Militants fired on the corridor, "
     "wounding two soldiers, the command stated.", ["The Joint Example Command", "The Joint Example Command"]),
    # and "the team" the team that spoke before
    ("The Information Team of the Example Council said the strike hit a depot. The team added that 30 "
     "fighters were killed.", ["The Information Team of the Example Council"] * 2),
    # "the confederation", "the operator": bodies by their kind
    ("The Example Tribal Confederation said 43 people had been killed. The confederation says nine died in "
     "that attack.", ["The Example Tribal Confederation"] * 2),
    ("Example Pipeline Company said flows were suspended. The company said pumping would resume soon.",
     ["Example Pipeline Company"] * 2),
    # and with none named before, the body as the text names it
    ("The tribes said nine died in that attack.", ["The tribes"]),
    # "the same sources" are the sources that spoke last
    ("Military sources told our correspondent that three launchers were destroyed. The same sources said the "
     "launchers had been firing on the city.", ["Military sources"] * 2),
    # "the rescue service" is a body whose name ends with its modifier, not one that merely has it
    ("Example Civil Rescue said 52 people had been killed. The rescue service said 150 people were wounded.",
     ["Example Civil Rescue"] * 2),
    ("The Example Rights Observatory said 52 people had been killed. The Example army said it hit a depot.",
     ["The Example Rights Observatory", "The Example army"]),
    # an owner inside the phrase is part of it
    ("Example Civil Rescue said it had recovered 52 bodies, while a doctor at the city's Eastern Hospital told "
     "Reuters the hospital had received 58 dead.", ["Example Civil Rescue", "a doctor at the city's Eastern Hospital"]),
    ("The town's mayor said 58 people had died.", ["The town's mayor"]),
    # an owned noun is its owner's, not any body so called that spoke before
    ("The UN Office for Example Affairs said 2,900 people arrived. The governor's office said 600 gunmen left.",
     ["UN Office for Example Affairs", "The governor's office"]),
])
def test_back_reference_resolves_to_the_speaker_it_refers_to(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


def test_statement_and_bare_spokesman_speak_for_the_body_that_spoke(registry):
    claims = claims_of('The US-led coalition said it had struck 9 targets near Dorsa. "The raids will go on" '
                       'spokesman Major Jon Example said. Coalition jets "hit every target" the statement said.',
                       registry)
    assert [(c.source.name, c.source.stance) for c in claims] == [
        ("The US-led coalition", "opposition"), ("Major Jon Example", "opposition"),
        ("The US-led coalition", "opposition")]


@pytest.mark.parametrize("text, outlet, name, stance", [
    # a known body, a title and a name: the person speaks, for the body
    ("Jaish al-Islam field commander Omar Example said the group held the hill.", None,
     "Omar Example", "opposition"),
    # a doctor at a field hospital is no insider of a partisan publisher's side, as a field source is
    ("A doctor at the Dorsa field hospital said nine civilians were killed.", "SANA",
     "A doctor at the Dorsa field hospital", "unknown"),
    ("A field source said nine militants were killed.", "SANA", "A field source", "pro-regime"),
])
def test_field_commanders_and_field_hospitals(registry, text, outlet, name, stance):
    (claim,) = claims_of(text, registry, outlet=outlet)
    assert (claim.source.name, claim.source.stance) == (name, stance)


@pytest.mark.parametrize("text, stance", [
    # a spokesman of a state word speaks for the last body that spoke only if it is a state's
    ("Jaish al-Islam said its fighters had taken the hill. The army's spokesman said the attack had "
     "been repelled.", "pro-regime"),
    ("Turkey said it had closed the border crossing. A government spokeswoman said 300 trucks were "
     "waiting.", "opposition"),
    ("Jaish al-Islam said its fighters had taken the hill. A spokesman said the attack had been "
     "repelled.", "opposition"),
])
def test_a_state_spokesman_speaks_for_the_last_body_only_if_it_is_a_state(registry, text, stance):
    assert claims_of(text, registry)[-1].source.stance == stance


@pytest.mark.parametrize("text, first_text, first_source", [
    # an unclosed quotation whose commas were lost too ends at its attribution
    ('"The shelling goes on said Hana Odeh, a nurse. The army said 4 soldiers died in Dorsa.',
     "The shelling goes on", "Hana Odeh"),
    # "according to X" with its comma lost: a count opens the content
    ("According to the WHO two clinics in Dorsa were shut by the fighting.",
     "two clinics in Dorsa were shut by the fighting", "WHO"),
])
def test_scraped_text_without_its_commas(registry, text, first_text, first_source):
    claim = claims_of(text, registry)[0]
    assert (claim.text, claim.source.name) == (first_text, first_source)


@pytest.mark.parametrize("text, claims", [
    # a cue that reports an act, or no one speaker's claim, is none, but its actor speaks on
    ("Governor Jon Example declared three days of mourning. He said 12 of the dead were children.",
     [("Governor Jon Example", "12 of the dead were children")]),
    ("The government and the rebels blamed each other for the strike.", []),
    ("The rebels and the army accused one another of breaking the truce.", []),
    # a cue in a passive relative clause, with no agent, tells of what it follows
    ("Following the initiative of His Excellency, which was announced on 20 May, 1,280 armed men laid down "
     "their weapons.", []),
])
def test_cues_that_report_no_one_speakers_claim(registry, text, claims):
    assert [(c.source.name, c.text) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


def test_described_back_reference_needs_a_speaker_of_that_side(registry):
    text = ("The Example group claimed responsibility for the sabotage. "
            "The monitoring group said the saboteurs had crossed the river by boat.")
    (claim,) = claims_of(text, registry)
    assert claim.source.stance == "independent"


def test_the_army_is_not_a_rebel_army_that_spoke_before(registry):
    # "the army" is the state's army; the named army after it is the registry's, not the bare one
    text = ("Rebels shelled the town of Dorsa on Monday, the Free Syrian Army said in a statement.\n\n"
            "The army said its forces had repelled the attack and killed 20 fighters.\n\n"
            "The Syrian army said on Tuesday that it had retaken two villages.")
    assert [(c.source.name, c.source.stance) for c in claims_of(text, registry)] == [
        ("the Free Syrian Army", "opposition"), ("The army", "pro-regime"), ("The Syrian army", "pro-regime")]


@pytest.mark.parametrize("text, claims", [
    # a participle or a coordinated reporting verb is a second claim by the same speaker
    ("The agency said two bridges were cut by the flood warning more rain could follow.",
     [("two bridges were cut by the flood", "said"), ("more rain could follow", "warning")]),
    ("The minister said on Monday that the bridge will reopen soon but predicted a slow season.",
     [("the bridge will reopen soon", "said"), ("a slow season", "but predicted")]),
    # welcoming something as what it is reports speech; welcoming it alone does not
    ("The envoy welcomed the agreement as a victory for dialogue.",
     [("the agreement as a victory for dialogue", "welcomed")]),
    ("The envoy welcomed the plan on Sunday.", []),
    ("The council welcomed men formerly known as the Example Brigade into the town.", []),
    ("Campaigners have criticised the company for dumping waste in the river.",
     [("the company for dumping waste in the river", "criticised")]),
    ("The envoy suggested on Saturday she might call a second round of talks.",
     [("she might call a second round of talks", "suggested")]),
    # an auxiliary before a participle makes it the content's verb, not a sequel
    ("A commander told the agency that rebels held the centre but that clashes were continuing near the base.",
     [("rebels held the centre but that clashes were continuing near the base", "told")]),
    # "dismissed the denial": a denial of a denial, and the quotation after the colon is its content
    ("Jon Example dismissed the denial: \"Let them come and see the square.\"",
     [("Let them come and see the square", "dismissed")]),
    ("The army denied that its jets had struck the hospital, describing the reports as a fabrication.",
     [("its jets had struck the hospital", "denied"), ("the reports as a fabrication", "describing")]),
    # a sequel may follow the cue when the content came before it
    ("Another 14 were hurt near the harbour the agency said blaming the crash on the fog.",
     [("Another 14 were hurt near the harbour", "said"), ("the crash on the fog", "blaming")]),
    # a sequel after an inverted speaker, with no comma: the same speaker goes on
    ("The car was destroyed near the gate said the source stressing that the bombers were killed.",
     [("The car was destroyed near the gate", "said"), ("the bombers were killed", "stressing that")]),
    # where the words were said is not what was said
    ("The government is responsible for the massacre Jane Example said on a visit to the region.",
     [("The government is responsible for the massacre", "said")]),
    # an adverb between speaker and cue belongs to neither
    ("The agency subsequently said the fire had spread to a warehouse.",
     [("the fire had spread to a warehouse", "said")]),
    # a participle that reports no speech stays in the content
    ("Local doctors put the death toll higher saying that about 19 have died.",
     [("higher saying that about 19 have died", "put the death toll")]),
    # what a denial or a blame names may be one word
    ("The ministry denied responsibility and blamed rebels.",
     [("responsibility", "denied"), ("rebels", "and blamed")]),
    # "of that attack": a pointing "that" opens no content clause
    ("The council accused the army of that attack which killed 14 people.",
     [("the army of that attack which killed 14 people", "accused")]),
    # a relative clause with its own cue is a second claim of the same speaker
    ("The council accused the army of that attack which it estimates killed 14 people.",
     [("the army of that attack", "accused"), ("killed 14 people", "which it estimates")]),
    # each of several sequels is a claim of its own
    ("Hospital director Jon Example told the agency that ten bodies arrived at the hospital adding that most of the injured are "
     "children asserting that the hospital is still working.",
     [("ten bodies arrived at the hospital", "told"), ("most of the injured are children", "adding that"),
      ("the hospital is still working", "asserting that")]),
    # a coordinated present-tense cue goes on with the same speaker
    ('Odell now says the Corps has "full control" of the junction, and claims more than 60 soldiers have surrendered.',
     [('the Corps has "full control" of the junction', "says"), ("more than 60 soldiers have surrendered", "and claims")]),
    # a participle after an article is a noun; "that day" points
    ("The group claimed to have executed the hostage as a warning to the government.",
     [("to have executed the hostage as a warning to the government", "claimed")]),
    ("The monitor said jets killed 23 civilians in the city but the army denied carrying out raids there that day.",
     [("jets killed 23 civilians in the city", "said"), ("carrying out raids there that day", "denied")]),
    # more verbs report, and more participles go on reporting
    ("The leader confessed the crisis could persist for quite some time.",
     [("the crisis could persist for quite some time", "confessed")]),
    ("The monitoring centre registered 604 breaches by armed groups since the truce began.",
     [("604 breaches by armed groups since the truce began", "registered")]),
    ("Activists said warplanes conducted nine air raids on the city pointing out no militant positions were hit.",
     [("warplanes conducted nine air raids on the city", "said"), ("no militant positions were hit", "pointing out")]),
    # "reminded" reports only with a "that" after it
    ("The minister reminded journalists on Tuesday that the gangs hold 20,000 civilians.",
     [("the gangs hold 20,000 civilians", "reminded")]),
    ("The ministry reminds that strikes hit only military objects.", [("strikes hit only military objects", "reminds")]),
    # a relative clause of the source goes on with it
    ("Nearly 85,000 people remain in the city, according to the United Nations, which estimates that food "
     "stocks will run out by November.",
     [("Nearly 85,000 people remain in the city", "according to"),
      ("food stocks will run out by November", "which estimates that")]),
    # a second count by the same speaker, in the count's own words
    ("Another group said the raid was carried out by jets and put the death toll at 30.",
     [("the raid was carried out by jets", "said"), ("30", "and put the death toll at")]),
    # a description or a rejection joined to the first cue
    ('The agency said all those killed were civilians and described the attackers as "terrorists".',
     [("all those killed were civilians", "said"), ('the attackers as "terrorists"', "and described")]),
    ("The ministry said the army held the line and rejected reports that the town had fallen.",
     [("the army held the line", "said"), ("reports that the town had fallen", "and rejected")]),
])
def test_second_cue_of_the_same_speaker(registry, text, claims):
    assert [(c.text, c.cue) for c in claims_of(text, registry)] == claims


@pytest.mark.parametrize("text, claims", [
    # an estimate of a count, or of a side's own losses, names its figure after "at"
    ("The government put the figure at 3,050.", [("at 3,050", "put the figure", "The government")]),
    ("The ministry earlier put the figure at \"more than 2,000\".",
     [("more than 2,000", "put the figure", "The ministry")]),
    ("The rebel command put its own losses at 23 fighters.",
     [("at 23 fighters", "put its own losses", "The rebel command")]),
    ("The monitor put the total at five.", [("at five", "put the total", "The monitor")]),
    # a side named by its name
    ("Jon Example said the town was held. He put the Example Front's own losses at 11 fighters.",
     [("the town was held", "said", "Jon Example"),
      ("at 11 fighters", "put the Example Front's own losses", "Jon Example")]),
    ("The monitor puts Riverton's death toll at 40.", [("at 40", "puts Riverton's death toll", "The monitor")]),
    # a toll given, up to the semicolon that opens another clause
    ("Residents have given a toll of 19; the monitor lists two of them as missing.",
     [("19", "given a toll of", "Residents")]),
    ("The spokesman said the bridge was held. He put the enemy's dead at \"well over a hundred\".",
     [("the bridge was held", "said", "The spokesman"),
      ("well over a hundred", "put the enemy's dead", "The spokesman")]),
])
def test_an_estimate_put_at_a_figure_is_a_claim(registry, text, claims):
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry)] == claims


@pytest.mark.parametrize("text, cue", [
    ("The ministry states that 40 crew members were killed.", "states"),
    ("The report notes that 40 crew members were killed.", "notes"),
    ("The doctor recalls that 40 patients arrived in one night.", "recalls"),
])
def test_present_forms_of_reporting_verbs_are_cues(registry, text, cue):
    assert [c.cue for c in claims_of(text, registry)] == [cue]


@pytest.mark.parametrize("text, claims", [
    # what a speaker "speaks of" is its claim, a count or an event
    ("The Sea Front committee speaks of three deaths in custody since January. We could not confirm the third.",
     [("three deaths in custody since January", "speaks of", "The Sea Front committee")]),
    ("The minister spoke of a major operation in the north.",
     [("a major operation in the north", "spoke of", "The minister")]),
])
def test_what_a_speaker_speaks_of_is_a_claim(registry, text, claims):
    found = [(c.text, c.cue, c.source.name) for c in claims_of(text, registry)]
    assert found[:1] == claims


@pytest.mark.parametrize("text, claims", [
    # the progressive of "say"
    ("Some foreign media are saying the rebels have captured the town.",
     [("the rebels have captured the town", "are saying", "Some foreign media")]),
    # and of "report" and "claim"
    ("The state agency Example News is reporting that the air force struck a depot in Dorsa.",
     [("the air force struck a depot in Dorsa", "is reporting", "Example News")]),
    ("State television is claiming that 40 militants were killed.",
     [("40 militants were killed", "is claiming", "State television")]),
    # what an inquiry found, told with "that"; finding bodies is no statement
    ("The monitoring group found that three of those deaths occurred in a separate shelling.",
     [("three of those deaths occurred in a separate shelling", "found", "The monitoring group")]),
    ("Rescuers found the bodies in the rubble and took them to the hospital.", []),
    # what a newsroom learned, told with "that"
    ("The channel has learned that the ferry service has been suspended.",
     [("the ferry service has been suspended", "learned", "The channel")]),
    ("Children learned to read in the camp school run by the charity.", []),
])
def test_progressive_and_found_that_are_cues(registry, text, claims):
    found = [(c.text, c.cue, c.source.name) for c in claims_of(text, registry)]
    assert found[:1] == claims


@pytest.mark.parametrize("text", ["Several states sent 40 ships to the coast.",
                                  "Clashes erupted in the wake of disputes on power sharing in 40 villages."])
def test_reporting_verbs_that_are_nouns_as_often_are_no_cues_alone(registry, text):
    assert [c.kind for c in claims_of(text, registry)] == ["narrative"]


@pytest.mark.parametrize("text", [
    # not put at a figure: no estimate
    "The spokesman said the Front was strong. He put the Front's losses behind him.",
])
def test_a_named_sides_losses_need_a_name_and_a_figure(registry, text):
    assert [c.cue for c in claims_of(text, registry) if c.kind != "narrative"] == ["said"]


def test_the_subject_of_a_verb_after_the_cue_is_no_inverted_speaker(registry):
    claims = claims_of("Fighting went on.\n\nThe government and its allies said rebels had shelled the corridor.",
                       registry)
    assert [c.source.name for c in claims if c.kind != "narrative"] == []


@pytest.mark.parametrize("text, speaker, stance", [
    # ministries, councils and committees speak as one does; a government's offices are its own
    ("The ministries put the number of patients still inside at fewer than 60.", "The ministries", "pro-regime"),
    ("The committees said 12 people were killed in the town.", "The committees", "unknown"),
])
def test_plural_bodies_speak(registry, text, speaker, stance):
    assert [(c.source.name, c.source.stance) for c in claims_of(text, registry)] == [(speaker, stance)]


@pytest.mark.parametrize("text, speaker", [
    # people by role or trade speak; an apposition still names the person it describes
    ("Fighting went on.\n\nA hospital administrator said two bodies had been brought in.", "A hospital administrator"),
    ("Fighting went on.\n\nThe navy says it let the ship pass after an inspection.", "The navy"),
    ("Fighting went on.\n\nFarmers told the agency the harvest had burned.", "Farmers"),
    ('"We will stay," Jane Example, a hospital administrator, told reporters.', "Jane Example"),
    # a count after a verb or a list's "and" is what was counted, not who spoke
    ("The strike killed a nurse and two soldiers said the monitor.", "the monitor"),
    # the one a clause set off before the cue is about speaks, not a noun inside the clause
    ("Linde, speaking in the presence of his guards, acknowledged that 60 men had surrendered.", "Linde"),
])
def test_speakers_by_role_and_what_is_not_a_speaker(registry, text, speaker):
    assert [c.source.name for c in claims_of(text, registry) if c.kind != "narrative"] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # how a speaker was reached stands between the speaker and the cue
    ("Two residents reached by phone said the flag was flying over the compound.", ["Two residents"]),
    ("A doctor contacted by the Herald said 12 wounded were brought in.", ["A doctor"]),
    # "one of them" is one of the people who spoke just before; after a body, "them" are others
    ("Two residents said the flag was flying. One of them said jets had bombed the market.",
     ["Two residents", "Two residents"]),
    ("More than 800 people left the town, the ministry said. Many of them told me they had waited for weeks.",
     ["the ministry", "Many of them"]),
])
def test_speakers_reached_by_phone_and_one_of_them(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry) if c.kind != "narrative"] == speakers


@pytest.mark.parametrize("text, claims", [
    # after a semicolon, a clause closed by "according to Y" is Y's; kin speak for no side
    ("The junta claimed that 23 fighters were killed at a base; none of the victims was a member of an armed "
     "group, according to their relatives.",
     [("The junta", "pro-regime", "23 fighters were killed at a base"),
      ("their relatives", "unknown", "none of the victims was a member of an armed group")]),
    # "said one of them" after a quotation: one of the people who spoke before
    ('The gate was still closed, drivers said. "We have been here for six days," said one of them.',
     [("drivers", "unknown", "The gate was still closed"), ("drivers", "unknown", "We have been here for six days")]),
])
def test_semicolon_clauses_and_partitive_speakers_after_the_cue(registry, text, claims):
    assert [(c.source.name, c.source.stance, c.text) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


@pytest.mark.parametrize("text, name", [
    # a title abbreviated with a full stop opens the name after the cue
    ('"We are seeing families arrive," said Dr. Jane Example.', "Dr. Jane Example"),
    ('"The strikes were deliberate," said Lt. Col. Jon Example, a coalition spokesman.', "Lt. Col. Jon Example"),
    # a station is a speaker's head: the name after it is the station's
    ("According to the official television station al-Manar, two members of the militia were killed.",
     "al-Manar"),
    ("Our monitoring station recorded a rise in the river level of 2.8 metres.", "Our monitoring station"),
    # whose information it is speaks
    ("According to information available to the ministry, all five crew survived the landing.", "the ministry"),
    ("According to data from the UN refugee agency, 12,000 people fled.", "UN refugee agency"),
])
def test_the_speaker_of_a_single_claim(registry, text, name):
    assert [c.source.name for c in claims_of(text, registry)] == [name]


@pytest.mark.parametrize("facility", ["the Riverton district hospital", "the Riverton city hospital"])
def test_a_speaker_at_a_place_named_facility(registry, facility):
    # the place's name and head do not cut the phrase short of the speaker they locate
    text = f'"We heard the first explosions," a doctor at {facility} told AFP.'
    assert [(c.kind, c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("direct", f"a doctor at {facility}", "We heard the first explosions")]


@pytest.mark.parametrize("text, name, stance", [
    # whom a generic speaker after the cue is with, or at, speaks for its side
    ('"Nineteen people were killed here this morning," said a volunteer with the Syrian Arab Red Crescent.',
     "a volunteer with the Syrian Arab Red Crescent", "independent"),
    ('"The terrorists fired rockets at the neighbourhood," said a source at the Example Police Command.',
     "a source at the Example Police Command", "pro-regime"),
])
def test_the_body_of_a_generic_speaker_after_the_cue(registry, text, name, stance):
    # (in a state agency's copy, as "a source at the X Police Command" is written)
    assert [(c.source.name, c.source.stance) for c in claims_of(text, registry, outlet="SANA")] == [(name, stance)]


@pytest.mark.parametrize("text, name, stance", [
    # the publisher's own team, named by two plain words joined by "and"
    ("Our water and sanitation team said both boreholes were contaminated.", "Our water and sanitation team",
     "pro-regime"),
    # "the army and police" are two bodies, not one with two modifiers
    ("The army and police said both boreholes were contaminated.", "The army and police", "pro-regime"),
    # the publisher's own, where they are
    ("Our monitoring station at Riverton recorded a rise in the river level of 2.8 metres.",
     "Our monitoring station at Riverton", "pro-regime"),
])
def test_a_publishers_team_named_by_coordinated_modifiers(registry, text, name, stance):
    (claim,) = claims_of(text, registry, outlet="SANA")
    assert (claim.source.name, claim.source.stance) == (name, stance)


def test_an_elder_speaks(registry):
    assert [(c.source.name, c.text) for c in claims_of(
        "A camp elder told Reuters that at least 300 families arrived here.", registry)] == [
        ("A camp elder", "at least 300 families arrived here")]


def test_a_cue_with_nothing_but_a_mark_after_it_is_no_claim(registry):
    text = "Our correspondent is in the camp. Who do the people of the camp blame? They blame the blockade, he said."
    assert all(any(ch.isalnum() for ch in c.text) for c in claims_of(text, registry))


def test_she_after_a_person_named_with_the_body_she_is_of(registry):
    text = ('Jane Example of Example Medical Relief said her team had counted 14 dead. '
            '"Three shells landed in less than a minute," she told AFP.')
    assert [c.source.name for c in claims_of(text, registry)] == ["Jane Example of Example Medical Relief"] * 2


@pytest.mark.parametrize("text, name", [
    # "she" after the writer spoke to someone unnamed, with no one before to be "she"
    ('I spoke to a nurse who did not want to give her name. "We have positive tests in this tent," she said.',
     "a nurse who did not want to give her name"),
    ('I spoke to a nurse in the camp. "We have positive tests in this tent," she said.', "a nurse in the camp"),
])
def test_she_after_the_one_the_writer_spoke_to(registry, text, name):
    assert [c.source.name for c in claims_of(text, registry)] == [name]


def test_he_after_a_person_named_by_role(registry):
    text = ('A soldier at a checkpoint, who did not give his name, insisted that his unit had come under fire. '
            '"They started it," he said.')
    assert [c.source.name for c in claims_of(text, registry)] == ["A soldier at a checkpoint"] * 2


def test_reminding_without_that_reports_nothing(registry):
    assert [c.kind for c in claims_of("The ruined market reminded residents of the long siege and its hunger.",
                                      registry)] == []


@pytest.mark.parametrize("text, claims", [
    # a list item's marker is no part of its sentence, which may open with its cue
    ("Fighting went on.\n\n- According to aid workers, about 6,000 people fled the town.",
     [("about 6,000 people fled the town", "According to", "aid workers")]),
    ("Fighting went on.\n\n4. The spokesman stressed that the reports were fabricated.",
     [("the reports were fabricated", "stressed", "The spokesman")]),
    # plain words before a generic noun are part of the speaker's phrase, a count is not
    ("Fighting went on.\n\nAccording to local aid workers, about 6,000 people fled the town.",
     [("about 6,000 people fled the town", "According to", "local aid workers")]),
    ("Fighting went on.\n\nJon Example, a commissioner of the council, says three crew members were killed.",
     [("three crew members were killed", "says", "Jon Example")]),
])
def test_list_items_and_plain_words_before_a_speaker(registry, text, claims):
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


@pytest.mark.parametrize("text", [
    "Fighting went on.\n\nJon Example, harbour commissioner of the Lake Council, says three crew members were killed.",
    "Fighting went on.\n\nJon Example, commissioner of the Lake Council, says three crew members were killed.",
    "Fighting went on.\n\nJon Example, mayor of Riverton, says three crew members were killed.",
    "Fighting went on.\n\nJon Example, deputy mayor of the town, says three crew members were killed.",
])
def test_a_title_without_an_article_after_a_name_is_the_names_apposition(registry, text):
    (claim,) = [c for c in claims_of(text, registry) if c.kind != "narrative"]
    assert (claim.text, claim.source.name) == ("three crew members were killed", "Jon Example")


def test_he_refers_to_a_name_with_a_bare_title(registry):
    text = ('Jon Example, harbour commissioner of the Lake Council, says three crew members were killed. '
            '"They fired at the bridge," he told us.')
    assert [c.source.name for c in claims_of(text, registry)] == ["Jon Example"] * 2


@pytest.mark.parametrize("text, claims", [
    # a clause coordinated after the source is not what the source said
    ("The war went on.\n\nOn Sunday, shelling killed eight people, according to the rescue service, and sniper fire "
     "from the far side of the river wounded a nurse on the main street.", [("On Sunday, shelling killed eight people", "according to", "rescue service")]),
    # a dotted abbreviation goes on to the rest of the name, with its acronym in brackets
    ("The war went on.\n\nAbout 60,000 people remain in the city, according to the U.N. Office for the "
     "Coordination of Humanitarian Affairs (OCHA), which gave no details.",
     [("About 60,000 people remain in the city", "according to", "Office for the Coordination of Humanitarian Affairs")]),
    # a subordinate clause after the source goes on with what was said before it
    ("The war went on.\n\nAbout 180,000 people remain trapped in the city, according to aid agencies, after "
     "government forces and allied militias encircled the city in July.",
     [("About 180,000 people remain trapped in the city", "according to", "aid agencies")]),
    ("The war went on.\n\nIn total, 214 servicemen have been returned from captivity since January, according to "
     "the headquarters.", [("In total, 214 servicemen have been returned from captivity since January", "according to",
                            "the headquarters")]),
    # but not to the next sentence, whose full stop the abbreviation took
    ("The war went on.\n\nMore than 10,000 people were displaced, according to the U.N. The ministry gave no "
     "figure.", [("More than 10,000 people were displaced", "according to", "U.N")]),
    # a second reporting verb of the same speaker, with no comma
    ("The war went on.\n\nThe centre said its officers were at the scene within minutes and confirmed that an "
     "explosion had taken place.", [("its officers were at the scene within minutes", "said", "The centre"),
                                    ("an explosion had taken place", "and confirmed that", "The centre")]),
])
def test_what_the_source_after_according_to_said(registry, text, claims):
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


@pytest.mark.parametrize("text, claims", [
    # ", saying" goes on with a second claim of the same speaker
    ("The war went on.\n\nThe army denied reports that the town had fallen, saying its troops had repelled an "
     "assault on the hill.", [("reports that the town had fallen", "denied", "The army"),
                              ("its troops had repelled an assault on the hill", "saying", "The army")]),
    ("The war went on.\n\nThe ministry denied reports that the detainees were held without charge, stating "
     "that all of them had been arrested lawfully.", [("reports that the detainees were held without charge", "denied",
                                                       "The ministry"),
                                                      ("all of them had been arrested lawfully", "stating that",
                                                       "The ministry")]),
    ("The war went on.\n\nState media denied that the town had fallen, claiming the army had repelled the attack.",
     [("the town had fallen", "denied", "State media"), ("the army had repelled the attack", "claiming", "State media")]),
    # without the comma it is part of the first ("reported the blast saying ..."), and a
    # relative clause opened before "according to" is what the source said
    ("The war went on.\n\nState television reported the blast saying four people had been killed.",
     [("the blast saying four people had been killed", "reported", "State television")]),
    ("The war went on.\n\nThe rebels took the town after a battle in which, according to the group, more than "
     "120 soldiers were killed.", [("more than 120 soldiers were killed", "according to", "the group")]),
])
def test_saying_after_a_comma_and_relative_clauses_before_according_to(registry, text, claims):
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


def test_the_grounds_given_for_a_denial_deny_what_it_denies(registry):
    text = ("State television said the town had fallen to the army. The rebels denied reports that the town had "
            "fallen, saying their fighters had repelled the assault on the town.")
    claim, denial, grounds = claims_of(text, registry)
    assert (denial.cue, grounds.cue) == ("denied", "saying")
    assert denial.denies == grounds.denies == claim.id


@pytest.mark.parametrize("text, speaker", [
    # "it" after a sentence about what a body issued is that body, though it said nothing there
    ("The monitor says at least 23 fighters were killed. The ministry has put out a short statement. It says "
     "units have completed a planned redeployment.", "The ministry"),
    ("The monitor says at least 23 fighters were killed. The army issued a statement on Monday. It said the town "
     "was calm.", "The army"),
    # otherwise the body that spoke last
    ("The monitor says at least 23 fighters were killed. It said the town was calm.", "The monitor"),
])
def test_it_after_a_sentence_about_a_bodys_statement(registry, text, speaker):
    assert claims_of(text, registry)[-1].source.name == speaker


@pytest.mark.parametrize("opening", ["Since July", "After July", "Since Monday"])
def test_a_time_clause_opening_the_sentence_is_no_name_with_an_apposition(registry, opening):
    text = f"The war went on.\n\n{opening}, the militants have held the town, officials said."
    assert [(c.text, c.source.name) for c in claims_of(text, registry)] == [
        (f"{opening}, the militants have held the town", "officials")]


def test_a_participle_after_that_is_no_second_cue(registry):
    text = ("The war went on.\n\nThe admiral said that no one on board was killed and that warning shots were fired "
            "only after the ship ignored orders.")
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry)] == [
        ("no one on board was killed and that warning shots were fired only after the ship ignored orders", "said",
         "The admiral")]


@pytest.mark.parametrize("minister, ministry", [
    # "the ministry" after a minister spoke is that minister's ministry, not the last ministry named
    ("Interior Minister Jon Example", "Interior Ministry"),
    # a rank names no ministry: the last ministry that spoke is meant
    ("The deputy minister", "Ministry of Health"),
])
def test_the_ministry_after_a_minister_is_his_ministry(registry, minister, ministry):
    text = (f"Twenty-seven people were killed, the Ministry of Health said. {minister} said rebels had planted "
            "the bomb. Security forces arrested three suspects, the ministry said.")
    assert claims_of(text, registry)[-1].source.name == ministry


def test_a_counted_plural_refers_back_to_the_bodies_that_spoke(registry):
    text = ("The Ministry of Health and the Ministry of Defence announced on Monday that 27 patients were "
            "evacuated. In a joint release, the two ministries said the army had secured the approaches.")
    first, second = claims_of(text, registry)
    assert (second.source.name, second.source.stance) == (first.source.name, "pro-regime")


@pytest.mark.parametrize("text, stance", [
    # a local authority speaks for the side that holds its place, when the sentence names one
    ("An air strike on a market in the rebel-held town of Riverton killed 24 people, a local health official said.",
     "opposition"),
    ("Shelling of the government-held district killed four people, local officials said.", "pro-regime"),
    ("Shelling killed four people, local officials said.", "unknown"),
    ("Shelling of the rebel-held east and the government-held west killed four people, local officials said.",
     "unknown"),
])
def test_a_local_authority_speaks_for_the_side_holding_its_place(registry, text, stance):
    (claim,) = claims_of(text, registry)
    assert claim.source.stance == stance


@pytest.mark.parametrize("speaker", ["rescue workers", "aid workers", "health workers", "rescue teams"])
def test_plain_nouns_before_a_generic_plural_after_the_comma_are_the_speakers(registry, speaker):
    text = f"The war went on.\n\nAt least 31 people were killed on Tuesday, {speaker} said."
    assert [(c.text, c.source.name) for c in claims_of(text, registry)] == [
        ("At least 31 people were killed on Tuesday", speaker)]


@pytest.mark.parametrize("text, claims", [
    # a noun-like cue after "media" is the verb when a subject follows it
    ("Rebel media claim they still hold the bridge.", [("they still hold the bridge", "claim", "Rebel media")]),
    ("State media claim it is calm in the town.", [("it is calm in the town", "claim", "State media")]),
    # and the noun otherwise
    ("Media reports said the town was calm.", [("the town was calm", "said", "Media reports")]),
])
def test_a_subject_after_a_noun_like_cue_makes_it_the_verb(registry, text, claims):
    assert [(c.text, c.cue, c.source.name) for c in claims_of(text, registry)] == claims


@pytest.mark.parametrize("text", [
    '"We are not soldiers," our secretary, Jane Example, told the funeral of our brother Jon Example on Monday.',
    '"We are not soldiers," Jane Example told the crowd.',
])
def test_whom_a_quotation_was_told_to_is_no_content(registry, text):
    assert [(c.kind, c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("direct", "Jane Example", "We are not soldiers")]


@pytest.mark.parametrize("text", [
    "All times are local. Our correspondent in the city is reporting by satellite phone.",
    "All times are local. Our team is reporting from the border crossing.",
    "All times are local. The station was reporting live from Dorsa.",
    # a cue that points back to what was said elsewhere, or on to what follows
    "Our union has taken no side, and we have said so to both sides many times.",
    "The General Council of the Front announces to the free peoples of the world the following.",
    "To the council of the Front, we also say this. We say it because our members pay.",
])
def test_how_or_where_something_is_reported_is_no_claim(registry, text):
    assert claims_of(text, registry) == []


def test_confirmed_by_is_no_second_cue(registry):
    text = "The war went on.\n\nThe capture of the hill was announced by the militia and confirmed by the monitor."
    assert [c.cue for c in claims_of(text, registry) if c.kind != "narrative"] == ["announced"]


def test_the_report_refers_to_the_outlet_that_reported(registry):
    text = "The state news agency SANA reported that a dam had burst. The report said at least 12 villages were flooded."
    first, second = claims_of(text, registry)
    assert second.source.name == first.source.name == "SANA"


@pytest.mark.parametrize("text, cue", [
    ("The company, meanwhile, has reportedly halted all shipments to the north.", "reportedly"),
    ("The storm in the south is reported to have destroyed at least 60 boats since May.", "is reported to"),
    ("The company was on Monday accused of dumping waste into the river.", "was on Monday accused of"),
    ("It has also been reported that the ferry sank with 18 aboard.", "It has also been reported that"),
])
def test_hearsay_without_a_named_source_is_reported_speech_of_unnamed_reports(registry, text, cue):
    (claim,) = claims_of(text, registry, outlet="Reuters")
    assert (claim.kind, claim.cue, claim.source.name, claim.source.stance) == ("indirect", cue, "reports", "unknown")


def test_lives_claimed_are_no_statement(registry):
    text = "The inquiry asks whether the floods near the delta claimed more than 60 fishing boats."
    assert [c.kind for c in claims_of(text, registry)] == ["narrative"]


def test_a_repeated_description_refers_to_the_name_it_was_given_with(registry):
    text = ("Police backed by the Lebanese militant group Hezbollah closed the border crossing on Friday. "
            "A monitoring group said 300 lorries were waiting. "
            '"The crossing will stay shut until the smugglers are caught," the militant group said.')
    claims = claims_of(text, registry)
    assert (claims[-1].source.name, claims[-1].source.stance) == ("Hezbollah", "pro-regime")


def test_he_refers_to_the_last_named_official(registry):
    text = ("An AFP journalist said the ferry docked in the capital on Saturday morning. "
            '"We want the new harbour finished before the summer," Bashar al-Assad said. '
            "The works will employ a thousand people he added.")
    claims = claims_of(text, registry)
    assert claims[-1].source.name == "Bashar al-Assad"


@pytest.mark.parametrize("text, stance", [
    # whom a person works for, named by a noun that refers back to a body named before
    ("Human Rights Watch said the mines were laid in schools. Jon Example, a researcher at the New "
     "York-based group, said the town was mined everywhere.", "independent"),
    ("Human Rights Watch said the mines were laid in schools. Jon Example, a researcher at the group, "
     "said the town was mined everywhere.", "independent"),
    # a group that was never named leaves the stance unknown
    ("Jon Example, a researcher at the group, said the town was mined everywhere.", "unknown"),
])
def test_a_person_at_a_body_referred_back_to_speaks_for_it(registry, text, stance):
    assert claims_of(text, registry)[-1].source.stance == stance


@pytest.mark.parametrize("text, stance", [
    # one of a named public body's own speaks as its publisher's side does, as "a source at" it
    ("A Riverton Police Command source said a shell hit the school.", "pro-regime"),
    ("Director of the Riverton Health Directorate Dr. Jon Example said ten bodies arrived.", "pro-regime"),
    # a hospital may be either side's; the police, unnamed, are the state's
    ("Director of Riverton Hospital Dr. Jon Example said ten bodies arrived.", "unknown"),
    ("A police source said a shell hit the school.", "pro-regime"),
    # a person with no body of his own stays unknown
    ("Jon Example said ten bodies arrived at the hospital.", "unknown"),
])
def test_a_public_bodys_own_speak_for_the_publishers_side(registry, text, stance):
    assert claims_of(text, registry, outlet="SANA")[-1].source.stance == stance


@pytest.mark.parametrize("text, stance, basis", [
    # a minister, ministry or governor named without a country is the government's, whoever publishes
    ("Information Minister Jon Example accused the rebels of hiding weapons in homes.", "pro-regime", "descriptor"),
    ("The Ministry of Defence said 48 soldiers were freed in the exchange.", "pro-regime", "descriptor"),
    ("Governor Jon Example said 300 families had been housed in schools.", "pro-regime", "descriptor"),
    ("Some 450 people left Dorsa through a corridor on Tuesday, the provincial governorate said.",
     "pro-regime", "descriptor"),
    ("The death toll has risen to 27, the regional administration said on Sunday.", "pro-regime", "descriptor"),
    ("Jon Example, the deputy health minister, said ten bodies arrived.", "pro-regime", "descriptor"),
    # a country before the office, in the phrase or the sentence, says whose it is
    ("Dorsan Foreign Minister Jon Example said the strikes must stop.", "unknown", "none"),
    ("In Iraq, a defence ministry statement said 20 militants were killed.", "unknown", "none"),
    ("Former information minister Jon Example said the strikes must stop.", "unknown", "none"),
    ("Dorsan information minister Jon Example said the strikes must stop.", "unknown", "none"),
    ("The information minister, Jon Example, said the strikes must stop.", "pro-regime", "descriptor"),
    ("The Chief Minister said the terrorist groups had forced the villagers to attend.", "pro-regime", "descriptor"),
    # the ministry of a government that has just spoken is that government's
    ("Turkey called for an inquiry into the strikes. The situation is grave, the foreign ministry said.",
     "opposition", "sources.toml"),
    # a descriptor joined by a hyphen still names the side
    ("Jon Example, a surgeon at the opposition-run field hospital, said 14 were wounded.", "opposition", "descriptor"),
])
def test_offices_of_the_government_speak_for_it(registry, text, stance, basis):
    claim = claims_of(text, registry, outlet="Reuters")[-1]
    assert (claim.source.stance, claim.source.basis) == (stance, basis)


def test_located_group_refers_to_the_latest_named_organisation(registry):
    text = ("Four schools closed in the flooded valley the Syrian Observatory for Human Rights said. "
            "Another 11 schools were shut in the hills the Britain-based group added.")
    first, second = claims_of(text, registry)
    assert second.source.name == first.source.name == "Syrian Observatory for Human Rights"


WAR_REGISTRY = """
[sources.example-corps]
name = "Example Volunteer Corps"
aliases = []
stance = "opposition"
kind = "armed group"

[sources.example-council]
name = "Council of Example Province"
aliases = []
stance = "opposition"
kind = "political body"

[sources.riverton-rescue]
name = "Riverton Civil Rescue"
aliases = []
stance = "opposition"
kind = "rescue group"

[sources.dorsa-council]
name = "Dorsa Local Council"
aliases = []
stance = "opposition"
kind = "local council"

[sources.sea-brigade]
name = "Example Sea Brigade"
aliases = []
stance = "opposition"
kind = "armed group"

[sources.example-confederation]
name = "Example Tribal Confederation"
aliases = []
stance = "opposition"
kind = "armed group"

[sources.example-shield]
name = "Example Shield"
aliases = []
stance = "opposition"
kind = "armed group"
affiliation = "example-confederation"

[sources.vera-examplova]
name = "Vera Examplova"
aliases = []
stance = "opposition"
kind = "politician"

[sources.dana-testwood]
name = "Dana Testwood"
aliases = []
stance = "opposition"
kind = "person"
"""


@pytest.mark.parametrize("text, name, outlet", [
    # a user's own kind ("rescue group") is a group for "the group" and "the rescue group"
    ("Riverton Civil Rescue said 31 bodies were recovered. The group warned the toll would rise.",
     "Riverton Civil Rescue", "Riverton Civil Rescue"),
    ("Riverton Civil Rescue said 31 bodies were recovered. Twelve died in Dorsa last week, "
     "according to the rescue group.", "Riverton Civil Rescue", "Riverton Civil Rescue"),
    # a body's noun before a role and a name: one of the body that spoke before
    ("Dorsa Local Council said the truce held. Council member Jon Example said no rifle was handed over.",
     "Jon Example", "Dorsa Local Council"),
    # a possessive title set off before the name: the body that spoke before
    ("Example Sea Brigade said its fighters held the port. Its commander, Jon Example, said the attack failed.",
     "Jon Example", "Example Sea Brigade"),
    # a body's last name-word refers to it when the sentence named it before the speaker
    ("Fighters of the Example Sea Brigade took the port on Saturday, the Brigade announced.",
     "Example Sea Brigade", "Example Sea Brigade"),
    # a person "of" a known body is the speaker, the body his outlet
    ("Commander Jon Example of the Example Sea Brigade, which holds the port, rejected claims of a surrender.",
     "Commander Jon Example", "Example Sea Brigade"),
    # the owner of a claim noun is its speaker
    ("The Example Sea Brigade took the port. We cannot confirm the Brigade's claim that it captured 86 soldiers.",
     "Example Sea Brigade", "Example Sea Brigade"),
    # a body's name shortened from the front
    ("Shells hit the port. The Sea Brigade said it had repelled the attack.", "Sea Brigade", "Example Sea Brigade"),
    ("Shells hit the port, Civil Rescue said.", "Civil Rescue", "Riverton Civil Rescue"),
    # a body the text names in full, then calls by its initials
    ("The Example Sea Brigade took the port. ESB said it captured 86 soldiers.", "ESB", "Example Sea Brigade"),
])
def test_speakers_of_bodies_a_user_added(text, name, outlet):
    from claimcheck.sources import parse_registry
    claim = claims_of(text, parse_registry(WAR_REGISTRY))[-1]
    assert (claim.source.name, claim.source.outlet, claim.source.stance) == (name, outlet, "opposition")


@pytest.mark.parametrize("text", [
    # a rank before an institution's head word is no person: the statement's issuer is the command
    "The General Command of the Dorsan Armed Forces said in a statement that jets hit a depot near Riverton. "
    "The statement said 40 fighters were killed.",
    # a body's name shortened to its first words refers back to it
    "The General Command of the Dorsan Armed Forces said in a statement that jets hit a depot near Riverton. "
    "The army has taken 23 villages since January, according to the General Command.",
])
def test_a_statement_and_a_shortened_name_refer_back_to_the_body(text):
    from claimcheck.sources import parse_registry
    registry = parse_registry('''[sources.dorsan-command]
name = "General Command of the Dorsan Armed Forces"
aliases = []
stance = "pro-regime"
kind = "army"
''')
    first, second = claims_of(text, registry)
    assert second.source == first.source
    assert first.source.stance == "pro-regime"


@pytest.mark.parametrize("text, second_source", [
    # a bare "the group" or "the monitor" means the latest known body of a kind it can name ...
    ("Four schools closed in the flooded valley the Syrian Observatory for Human Rights said. "
     "SANA reported that the roads were open. The group added that 11 schools were shut in the hills.",
     "Syrian Observatory for Human Rights"),
    ("Four schools closed in the flooded valley the Syrian Observatory for Human Rights said. "
     "The monitor added that 11 schools were shut in the hills.", "Syrian Observatory for Human Rights"),
    # ... and stays unresolved when no such body spoke
    ("SANA reported that four schools closed in the flooded valley. "
     "The group added that 11 schools were shut in the hills.", "The group"),
    # ... or, when none spoke, the latest body named before that the noun can name
    ("A resident was quoted by AFP as saying the bridge was closed. "
     "Hundreds had gathered at the market the agency reported.", "AFP"),
    ("The Russian Centre for Reconciliation posted its bulletin on Friday. "
     '"Forty people were killed in the raid on the village" the center said.', "Russian Centre for Reconciliation"),
    ("Hundreds had gathered at the market the agency reported.", "the agency"),
    ("Fighters of the Free Syrian Army left the hill on Friday. The army added that the road was open.", "The army"),
    ("Breaches were listed in a bulletin of the Russian Center for Reconciliation on Friday. "
     '"Forty people were killed in the raid on the village" the centre said.', "Russian Centre for Reconciliation"),
    # "the claim" is a document: its issuer speaks
    ("The Islamic State group said in a statement that its fighters attacked the base. "
     "The claim which did not mention the market said 40 people had been killed.", "The Islamic State group"),
])
def test_a_bare_group_refers_to_the_latest_body_of_its_kind(registry, text, second_source):
    claims = claims_of(text, registry)
    assert claims[-1].source.name == second_source


@pytest.mark.parametrize("text, content, speaker", [
    # "was quoted as saying by Y" at the end: what was said came first
    ("Two pilots were killed in the crash near the city the Vostran military was quoted as saying by local media.",
     "Two pilots were killed in the crash near the city", "Vostran military"),
    # a report's time and whom it cites are neither its content nor a second claim
    ("Airstrikes on the valley have killed 11 civilians the Example Wire reported Wednesday citing a local source.",
     "Airstrikes on the valley have killed 11 civilians", "Example Wire"),
    ("Airstrikes on the valley have killed 11 civilians, the Example Wire reported on Wednesday, citing a local source.",
     "Airstrikes on the valley have killed 11 civilians", "Example Wire"),
    # a clause set off by commas between the speaker and the cue describes the speaker
    ("About 35 of those freed were criminals, an official familiar with the talks, who spoke on condition "
     "of anonymity, said.", "About 35 of those freed were criminals", "an official familiar with the talks"),
    # where the speaker sits, before the comma, is part of the phrase
    ("According to the health ministry in Riverton, 1,200 people have been killed since May.",
     "1,200 people have been killed since May", "the health ministry in Riverton"),
    # a dotted abbreviation's full stop does not end the speaker ("U.N. estimates")
    ("About 180,000 people remain trapped in Dorsa, according to U.N. estimates, after troops encircled the city.",
     "About 180,000 people remain trapped in Dorsa", "U.N. estimates"),
    # a comma closing the attribution: what follows is the writer's setting, not the content
    ("A strike on a market in Dorsa killed at least 24 people, a local health official said, in one of the "
     "deadliest attacks this year.", "A strike on a market in Dorsa killed at least 24 people", "a local health official"),
])
def test_the_end_of_a_sentence_names_who_said_what_came_before(registry, text, content, speaker):
    assert [(c.text, c.source.name) for c in claims_of(text, registry)] == [(content, speaker)]


@pytest.mark.parametrize("text, speakers", [
    # two clauses, two speakers, two claims
    ("The state agency claims the harvest doubled this year, while the opposition Example Network "
     "reported empty markets in the city.", ["The state agency", "the opposition Example Network"]),
    ("While the council called the closure a short pause, residents say it was a permanent shutdown.",
     ["the council", "residents"]),
    ("The government describes the new tax as a small fee, but residents say it will ruin their shops.",
     ["The government", "residents"]),
    # scraped text loses the comma before "while"; "the city but activists" is no one phrase
    ("State media said the ferry sank in a storm while the Vostra Front said it had sunk it.",
     ["State media", "Vostra Front"]),
    ("Officials said rebels shelled the market in the city but activists accused the army of the attack.",
     ["Officials", "activists"]),
    # a toll given as a bare number after its cue is the second claim
    ("The governor reported a toll of eight while the Vostra Front gave a death toll of 12.",
     ["The governor", "Vostra Front"]),
    ("Local media reported that at least 15 people were killed, while state media put the toll at five.",
     ["Local media", "state media"]),
    # "and" opens a second speaker's clause as "while" does
    ("Turkey has denied those accusations and security sources said the attackers never entered from Turkey.",
     ["Turkey", "security sources"]),
    ("Moscow denied involvement, and the Russian Defense Ministry said a US drone was in the area.",
     ["Moscow", "the Russian Defense Ministry"]),
    # the officialese of a communique inverts its cue after a quotation
    ('"This was a crime of vengeance," declared Jon Example, spokesman of the council.', ["Jon Example"]),
    # but not after a subject: "which in June declared an Islamic caliphate" names no speaker after the cue
    ("Rebels fight the group, which in June declared an Islamic caliphate in the territory it holds.",
     ["the group"]),
    # a manner word in -ly between speaker and cue is no part of the speaker, nor a bar to the cue
    ("The rebels said they had retaken the silo, a claim the army swiftly rejected.", ["The rebels", "the army"]),
    ("The government angrily denied the reports.", ["The government"]),
    ("The pro-government daily reported that the town fell.", ["The pro-government daily"]),
    # a comma-less "while" with no speaker of its own is time, not a second claim
    ("The minister said the talks went well while visiting the port.", ["The minister"]),
    # a closing attribution still names the source of the whole sentence
    ("Media accuse the army of shelling the town, daily Example Times reported.", ["Example Times"]),
    # a generic speaker coordinated before a located one belongs to the phrase
    ("Moscow reported dozens of civilians had fled via the corridors but residents and rebels on the "
     "ground said the reports were lies.", ["Moscow", "residents and rebels on the ground"]),
    # a participle after a comma goes on with the same speaker (a claim of its own), it names
    # no closing source
    ("Army units destroyed a depot in Dorsa, a military source said. The source denied reports by "
     "hostile media that civilians were killed in the town, describing them as fabricated.",
     ["a military source", "a military source", "a military source"]),
    # a relative clause that is a claim, then the main verb: both claims are the subject's
    ("The army, which denies targeting civilians, said it struck a weapons depot.", ["The army", "The army"]),
])
def test_joined_clauses_with_their_own_speakers(registry, text, speakers):
    assert [c.source.name for c in claims_of(text, registry)] == speakers


def test_credit_lines_after_the_text_are_no_claims(registry):
    text = ("The port will reopen next week, the minister said. "
            "Additional reporting by Jane Doe; Writing by John Roe; editing by Ann Poe.")
    assert [c.cue for c in claims_of(text, registry)] == ["said"]


def test_a_lead_given_twice_is_one_claim(registry):
    lead = "A landslide buried at least 7 houses on Tuesday in the upper village, a local official said."
    claims = claims_of(f"{lead} {lead} The official said more than 20 roads were blocked.", registry)
    assert [c.text[:12] for c in claims] == ["A landslide ", "more than 20"]
    assert claims[0].span[0] == 0


@pytest.mark.parametrize("text, claims", [
    # a participle after the cue opens a second statement; a plural noun before a name ends the first
    ("Among the dead were a child and two women SANA news agency reported noting that nine others "
     "were also injured in the attack.",
     [("Among the dead were a child and two women", "SANA news agency"),
      ("nine others were also injured in the attack", "SANA news agency")]),
    ("The blast hit the market near the border local activist Jon Example told the Example Wire adding that "
     "rebels manning the checkpoint were killed.",
     [("The blast hit the market near the border", "Jon Example"),
      ("rebels manning the checkpoint were killed", "Jon Example")]),
    # where it was said is no content; a thing said ("an ultimatum") is not who said it
    ("Rebels keep attacking the checkpoints around the city the Vostran command said in its daily "
     "bulletin posted on the ministry website on Friday.",
     [("Rebels keep attacking the checkpoints around the city", "Vostran command")]),
    ("The Vostran command said in a statement on Thursday that rebels shelled the town.",
     [("rebels shelled the town", "The Vostran command")]),
    ("On Thursday Jon Example issued an ultimatum to rebels in the city stating that the fight would go on.",
     [("the fight would go on", "Jon Example")]),
    ("Amaq said 160 civilians were killed in the raids whilst an Example Wire source said an inquiry was under way.",
     [("160 civilians were killed in the raids", "Amaq"), ("an inquiry was under way", "an Example Wire source")]),
    # a speaker after the cue, with whom he is, closes the sentence
    ("The strikes on the market were retaliation for the execution of the pilot said Jon Example from the "
     "Vostra brigade that operates in the valley alongside other groups.",
     [("The strikes on the market were retaliation for the execution of the pilot", "Jon Example")]),
    # a dash after a full stop opens a scraped subheading, not more of the claim
    ("The fighting claimed the lives of 129 soldiers and 116 rebels according to a Vostra Front toll. "
     "- Air raids kill thousands - While the offensive failed warplanes kept pounding the city.",
     [("The fighting claimed the lives of 129 soldiers and 116 rebels", "Vostra Front")]),
])
def test_where_a_reported_statement_ends(registry, text, claims):
    assert [(c.text, c.source.name) for c in claims_of(text, registry) if c.kind != "narrative"] == claims


def test_a_count_after_a_bare_weekday_is_content_not_a_date(registry):
    (claim,) = claims_of("A monitoring group said Friday 19 people were killed by air strikes on the valley.", registry)
    assert [q.value for q in claim.quantities] == [19.0]


def test_a_sequel_after_a_medium_goes_on_with_the_writer(registry):
    text = "Two rockets hit the school, the local governor wrote on Telegram, adding that no one was hurt."
    assert [(c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("local governor", "Two rockets hit the school"), ("local governor", "no one was hurt")]


@pytest.mark.parametrize("text, name", [
    # the publisher's own voice: "we" with no one quoted before, and its own sources somewhere
    ("We documented the deaths of 163 people this week.", "Reuters"),
    ("Rebels entered Dorsa. On Sunday evening, our sources in the town reported that the rebels held the centre.",
     "our sources in the town"),
    # a writer's "my sources", as a newsroom's "our field teams"
    ("Also: my brigade sources say 73 bodies were found, and the count is still going.", "my brigade sources"),
    ("Our field teams said 40 people were treated.", "Our field teams"),
    # "I" outside a quotation is the writer, even after someone else was quoted
    ('"We have no beds left," Dr Jon Example said. Today I counted more than fifty patients in the tent.', "Reuters"),
])
def test_we_and_our_sources_are_the_publishers(registry, text, name):
    claim = claims_of(text, registry, outlet="Reuters")[-1]
    assert (claim.source.name, claim.source.outlet, claim.source.stance, claim.source.basis) == (
        name, "Reuters", "independent", "publisher")


@pytest.mark.parametrize("text, outlet, stance", [
    # one who serves a state named by its demonym speaks for that state's entry
    ("A Syrian official said the army took the town.", "Syrian government", "pro-regime"),
    ("Syrian officials stated the airstrike was a mistake.", "Syrian government", "pro-regime"),
    ("A Turkish official said the jets hit the village.", "Turkish government", "opposition"),
    # a descriptor says otherwise; a demonym with no state entry says nothing
    ("A Syrian rebel commander said the army fled.", None, "opposition"),
    ("A Kurdish official said the jets hit the village.", None, "unknown"),
    # a body its state's army or government owns, with the words between them and where it sits
    ("The Syrian army's coordination centre in Riverton said 1,243 people left.", "Syrian Arab Army", "pro-regime"),
])
def test_a_demonyms_officials_speak_for_its_state(registry, text, outlet, stance):
    (claim,) = claims_of(text, registry, outlet="Reuters")
    assert (claim.source.outlet, claim.source.stance) == (outlet, stance)


@pytest.mark.parametrize("text, stance", [
    # a word inside a place's proper name describes no one at it
    ("A doctor at the Sefrin Charity Hospital said four of the wounded died.", "unknown"),
    ("Staff at the Dorsa Independent School said 21 children were hurt.", "unknown"),
    ("A charity worker said 21 bodies had been brought in.", "independent"),
])
def test_a_descriptor_inside_a_places_name_describes_no_speaker(registry, text, stance):
    (claim,) = claims_of(text, registry, outlet="Reuters")
    assert claim.source.stance == stance


@pytest.mark.parametrize("where", ["in Geneva", "on Monday", "at a news conference in Dorsa"])
def test_a_sequel_after_where_or_when_it_was_said_goes_on_with_the_speaker(registry, where):
    text = f'"The shelling goes on," spokesman Jon Example said {where}, adding that the convoy turned back.'
    assert [(c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("Jon Example", "The shelling goes on"), ("Jon Example", "the convoy turned back")]


def test_a_second_speaker_after_while_with_an_adjective_before_its_name(registry):
    text = ("The army said it had taken the town of Dorsa, while the separatist Example Brigade said its "
            "fighters still held the town.")
    assert [(c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("The army", "it had taken the town of Dorsa"), ("Example Brigade", "its fighters still held the town")]


def test_a_dateline_before_the_speaker_is_never_what_was_said(registry):
    text = ("KESWYN AIR BASE, September 9 – The ministry has rejected as fabricated the reports that aircraft "
            "struck a bakery in the town.\n\nMore followed.")
    assert [(c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("The ministry", "as fabricated the reports that aircraft struck a bakery in the town")]


def test_a_sequel_after_a_second_speakers_clause_is_the_second_speakers(registry):
    text = ("Rebels said they had seized the town after a long offensive, while the army acknowledged that its "
            "troops had pulled back but insisted it had inflicted heavy losses.")
    assert [(c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("Rebels", "they had seized the town after a long offensive"),
        ("the army", "its troops had pulled back"), ("the army", "it had inflicted heavy losses")]


@pytest.mark.parametrize("text, speaker", [
    ("A diplomat, speaking on condition of anonymity, said about 35 of those freed were criminals.", "A diplomat"),
    ("An official familiar with the talks, who spoke on condition of anonymity, said 35 were criminals.",
     "An official familiar with the talks"),
    ("Medecins Sans Frontieres (MSF), which supplies the hospital, said two of its staff were killed.", "MSF"),
    # what a clause set off by commas or dashes says of the speaker is no speaker
    ("The foreign ministry, whose country is the army's main arms supplier, said the truce was holding.",
     "The foreign ministry"),
    ("A spokesman – for the rebel battalion – said there had been no clash at the village.", "A spokesman"),
    # where the speaker is, set off by commas, is no speaker after the cue
    ("Another resident, in the northern district, said government soldiers still held the school.",
     "Another resident"),
])
def test_a_clause_set_off_before_the_cue_describes_the_speaker(registry, text, speaker):
    assert [c.source.name for c in claims_of(text, registry)] == [speaker]


def test_a_clause_between_dashes_gives_the_speakers_side(registry):
    (claim,) = claims_of("A spokesman – for the rebel battalion – said there had been no clash at the village.", registry)
    assert (claim.source.name, claim.source.stance) == ("A spokesman", "opposition")


@pytest.mark.parametrize("text, claims", [
    # what is reported, then a quotation after a colon: two claims of one speaker
    ('The press service rejected the claim that its units fired mortars at the corridor: "Our positions '
     'are two kilometres away."',
     [("indirect", "the claim that its units fired mortars at the corridor"),
      ("direct", "Our positions are two kilometres away")]),
    ('The minister said the town was calm: "Life is returning to normal."',
     [("indirect", "the town was calm"), ("direct", "Life is returning to normal")]),
    # a short quotation inside what is reported stays one mixed claim
    ('The army said "the town is ours": troops hold it.', [("mixed", '"the town is ours": troops hold it')]),
])
def test_a_quotation_after_a_colon_is_a_claim_of_its_own(registry, text, claims):
    found = claims_of(text, registry)
    assert [(c.kind, c.text) for c in found] == claims
    assert len({c.source.name for c in found}) == 1


@pytest.mark.parametrize("text, denier", [
    ("The monitor said 14 men were detained at the crossing, a claim the government denied.", "the government"),
    ("Rebels said they shot down a jet, an account the army rejected.", "the army"),
    ("Officials in Dorsa said at least 15 civilians were killed, a figure the army disputed.", "the army"),
    # the passive, and a dash for the comma
    ("The monitor said 14 men were detained at the crossing, a claim denied by the government.", "the government"),
    ("Rebels said they shot down a jet - an account dismissed by the army.", "the army"),
])
def test_a_closing_denial_of_a_claim_is_a_claim_of_its_own(registry, text, denier):
    # the first claim keeps its speaker; the denial points back to it
    first, denial = claims_of(text, registry)
    assert first.source.name in ("The monitor", "Rebels", "Officials in Dorsa")
    assert not first.text.endswith(("claim", "account", "figure"))
    assert (denial.source.name, denial.denies) == (denier, first.id)


TRANSCRIPT = (
    "Our reporter reached the hospital's director, Dr Jane Example, by phone on Tuesday.\n\n"
    "RBC: How many patients do you have?\n\n"
    "EXAMPLE: This morning we had 212 patients.\n\n"
    "RBC: The rebels say there are 18 newborns here.\n\n"
    "EXAMPLE: We have six newborns in incubators.\n"
)




BROADCAST_TRANSCRIPT = (
    "ANCHOR: Good evening. Our correspondent Jon Example is at the front.\n\n"
    "REPORTER (JON EXAMPLE): The guns have been firing all day. We spoke to the ministry.\n\n"
    "COL. DANA EXAMPLE (MINISTRY OF DEFENCE): This was a planned redeployment, not a retreat.\n\n"
    "REPORTER (JON EXAMPLE): And the claim that sixty soldiers surrendered?\n\n"
    "COL. DANA EXAMPLE (MINISTRY OF DEFENCE): A fabrication from start to finish.\n\n"
    "ANCHOR: What about the people of the town?\n\n"
    "GOV. LEE EXAMPLE: The people of the town are hostages.\n"
)


def test_transcript_labels_with_titles_and_affiliations_name_the_one_answering(registry):
    answers = [(c.source.name, c.source.outlet, c.text) for c in claims_of(BROADCAST_TRANSCRIPT, registry)
               if c.kind == "direct"]
    assert answers == [
        ("Col. Dana Example", "Ministry of Defence", "This was a planned redeployment, not a retreat"),
        ("Col. Dana Example", "Ministry of Defence", "A fabrication from start to finish"),
        # a guest in capitals may speak once; the anchor's and reporter's turns are no answers
        ("Gov. Lee Example", None, "The people of the town are hostages"),
    ]


BRIEFING_TRANSCRIPT = (
    "Transcript of the weekly briefing.\n\n"
    "JON EXAMPLE: Good afternoon. I will begin with Dorsa. Dorsa is under the full control of the army.\n\n"
    "On the night of 28 March, terrorists infiltrated the town. Nobody was taken prisoner.\n\n"
    "QUESTION (Example Ledger): The rebels say they captured 63 soldiers. Where are they?\n\n"
    "EXAMPLE: In the imagination of those who write the posts. I repeat: not one soldier was taken. "
    "I saw the lists myself.\n\n"
    "QUESTION (Example Ledger): The observers counted 62 remains. Was it a retreat?\n\n"
    "EXAMPLE: No.\n\n"
    "I will add one figure: 1,400 residents have returned to their homes.\n\n"
    "The briefing ended at noon.\n"
)


QUESTION_AND_ANSWER = (
    "Jane Example, a negotiator for the rebel council, spoke to us by telephone on Wednesday.\n\n"
    "**Q:** The government says 312 fighters surrendered. Is that what happened?\n\n"
    "That number is invented. Not a single fighter surrendered.\n\n"
    "**Q:** How many people left?\n\n"
    "About 2,100 people, in 41 buses over two days.\n"
)

TITLED_INTERVIEWEE = (
    "Dr. Jane Example has directed Dorsa General Hospital since 2023. We reached her by phone on Sunday.\n\n"
    "Q. What happened on Saturday?\n\n"
    "A. By the evening we had received 58 bodies. Nineteen of the dead were children.\n\n"
    "Q. How is the hospital coping?\n\n"
    "A. We have 90 beds and 212 patients.\n\n"
    "The Defence Ministry did not respond to a request for comment.\n"
)

STATEMENT_IN_FULL = (
    "Example Radio publishes below the full text of a video statement recorded on Saturday by Jon Example, "
    "commander of the Example Brigade. The translator's notes are in square brackets.\n\n"
    "[He is seated in front of a flag.]\n\n"
    "What happened in Dorsa was not a surrender. We left with our weapons.\n\n"
    "Under the agreement, 860 of our fighters left on 74 buses. The Red Cross was present. [He means the ICRC.] "
    "Nobody handed over a heavy weapon [he uses a dialect word for it].\n\n"
    "Example Radio could not verify the figures in the statement.\n"
)

LETTER_IN_FULL = (
    "Residents of Dorsa have written to the Red Cross about men detained at a checkpoint. It reads in full:\n\n"
    "To the delegation of the Red Cross in Riverton,\n\n"
    "We are writing to you from Dorsa. On 20 May our sons were taken off the buses. We counted 85 of them.\n\n"
    "The families of Dorsa\n\n"
    "The army has said 23 people wanted for crimes were handed to the courts.\n"
)

ANNOUNCED_ADDRESS = (
    "The following is the full text of the televised address the prime minister delivered on Monday.\n\n"
    "PRIME MINISTER EXAMPLE: Citizens of Example, brothers and sisters, good evening. Tonight the city of Dorsa "
    "is free.\n\n"
    "More than 1,200 armed men laid down their weapons. There was no deal.\n"
)

CALL_IN = (
    "JANE EXAMPLE (HOST): Good evening. The lines are open.\n\n"
    "MARTA (DORSA): Soldiers came down our street with a list. They took about 30 boys.\n\n"
    "JANE EXAMPLE (HOST): Did they say why?\n\n"
    "MARTA (DORSA): They said the boys were fighters. My nephew is sixteen.\n\n"
    "GORAN (RIVERTON): My brother arrived here on Tuesday on the buses with his rifle.\n"
)


HOST_AND_GUEST = (
    "The programme spoke on Tuesday to Jane Example, a member of the rebel council who took part in the talks.\n\n"
    "Host: The government says the town surrendered. Is that what happened?\n\n"
    "Guest: No. There was never a surrender. About 700 fighters left on the buses.\n\n"
    "Host: How many stayed?\n\n"
    "Guest: Fewer than 50.\n"
)

NEWS_SCRIPT = (
    "ANCHOR: Good evening. The army says it destroyed a depot.\n\n"
    "VOICEOVER: Jets struck the depot near the market this morning.\n\n"
    "VOICEOVER: Military sources said dozens of fighters were killed.\n\n"
    'SOUNDBITE (Colonel Jon Example, spokesman for the army of the republic of Example): "Our aircraft hit a '
    'military target. There were no civilians on that site."\n\n'
    "VOICEOVER: Residents said they heard blasts all morning.\n"
)

FACT_CHECK = (
    "Here is what we found.\n\n"
    'Claim: "The Example Front shelled the Dorsa market." \u2014 Defence Minister Jon Example, May 2\n\n'
    "Verdict: False. Army shells hit the Dorsa market on Saturday, killing 12 people.\n\n"
    'Claim: "Twelve people died in the market." \u2014 post by @DorsaWatch, an opposition account\n\n'
    "Verdict: Misleading. Dorsa hospital recorded 19 deaths by Monday.\n"
)

QUESTION_TIME = (
    "MR SPEAKER: Question 4. Mr Lee Sample.\n\n"
    "MR LEE SAMPLE: Will the Minister tell the House how many civilians were removed?\n\n"
    "THE MINISTER FOR DEFENCE: Nobody was removed. 612 armed men laid down their weapons.\n\n"
    "MR SPEAKER: Supplementary, Mr Sample.\n\n"
    "MR LEE SAMPLE: Does the Minister deny that 40 men were taken off the buses?\n\n"
    "THE MINISTER FOR DEFENCE: I do deny it. Those men were questioned and released.\n"
)


@pytest.mark.parametrize("text, expected", [
    # "Guest:" is the one the text introduced; "Host:" is the broadcaster's
    (HOST_AND_GUEST, [
        ("indirect", "The government", "the town surrendered"),
        ("direct", "Jane Example", "No. There was never a surrender"),
        ("direct", "Jane Example", "About 700 fighters left on the buses"),
        ("direct", "Jane Example", "Fewer than 50"),
    ]),
    # a news script's clip is its bracketed speaker's, a claim a sentence; the voiceover narrates
    (NEWS_SCRIPT, [
        ("indirect", "The army", "it destroyed a depot"),
        ("indirect", "Military sources", "dozens of fighters were killed"),
        ("direct", "Colonel Jon Example", "Our aircraft hit a military target"),
        ("direct", "Colonel Jon Example", "There were no civilians on that site"),
        ("indirect", "Residents", "they heard blasts all morning"),
    ]),
    # a fact-check's labels are its own furniture: the claim checked is the one named after the
    # dash, the verdict's sentences the checker's
    (FACT_CHECK, [
        ("direct", "Minister Jon Example", "The Example Front shelled the Dorsa market"),
        ("narrative", "Reuters", "Army shells hit the Dorsa market on Saturday, killing 12 people"),
        ("direct", "@DorsaWatch", "Twelve people died in the market"),
        ("indirect", "Dorsa hospital", "19 deaths by Monday"),
    ]),
    # the chair's procedure in a debate's record says nothing
    (QUESTION_TIME, [
        ("direct", "The Minister for Defence", "Nobody was removed"),
        ("direct", "The Minister for Defence", "612 armed men laid down their weapons"),
        ("direct", "The Minister for Defence", "Those men were questioned and released"),
    ]),
    # an interview of questions and unlabelled answers: the answers are the words of the one the
    # text introduced before the first question
    (QUESTION_AND_ANSWER, [
        ("indirect", "The government", "312 fighters surrendered"),
        ("direct", "Jane Example", "That number is invented"),
        ("direct", "Jane Example", "Not a single fighter surrendered"),
        ("direct", "Jane Example", "About 2,100 people, in 41 buses over two days"),
    ]),
    # the interviewee a titled name opening the introduction; after the last "A." answer the
    # writer's narration resumes
    (TITLED_INTERVIEWEE, [
        ("direct", "Dr. Jane Example", "By the evening we had received 58 bodies"),
        ("direct", "Dr. Jane Example", "Nineteen of the dead were children"),
        ("direct", "Dr. Jane Example", "We have 90 beds and 212 patients"),
    ]),
    # a statement given in full without quotation marks is its author's, named after "by", to its
    # last paragraph in the first person; the translator's notes are no part of it, and its
    # announcement, "recorded on Saturday by", reports nothing
    (STATEMENT_IN_FULL, [
        ("direct", "Jon Example", "What happened in Dorsa was not a surrender"),
        ("direct", "Jon Example", "We left with our weapons"),
        ("direct", "Jon Example", "Under the agreement, 860 of our fighters left on 74 buses"),
        ("direct", "Jon Example", "The Red Cross was present"),
        ("direct", "Jon Example", "Nobody handed over a heavy weapon"),
    ]),
    # a letter given in full is its signature's, without its salutation
    (LETTER_IN_FULL, [
        ("direct", "The families of Dorsa", "We are writing to you from Dorsa"),
        ("direct", "The families of Dorsa", "On 20 May our sons were taken off the buses"),
        ("direct", "The families of Dorsa", "We counted 85 of them"),
        ("indirect", "The army", "23 people wanted for crimes were handed to the courts"),
    ]),
    # one speaker's words under one label in capitals, announced as a full text or transcript
    (ANNOUNCED_ADDRESS, [
        ("direct", "Prime Minister Example", "Tonight the city of Dorsa is free"),
        ("direct", "Prime Minister Example", "More than 1,200 armed men laid down their weapons"),
        ("direct", "Prime Minister Example", "There was no deal"),
    ]),
    # a caller in capitals with a town in brackets may call once
    (CALL_IN, [
        ("direct", "Marta", "Soldiers came down our street with a list"),
        ("direct", "Marta", "They took about 30 boys"),
        ("direct", "Marta", "They said the boys were fighters"),
        ("direct", "Marta", "My nephew is sixteen"),
        ("direct", "Goran", "My brother arrived here on Tuesday on the buses with his rifle"),
    ]),
    # the answers of an interview are quotations of the one answering; the interviewer passes on
    (TRANSCRIPT, [
        ("direct", "Dr Jane Example", "This morning we had 212 patients"),
        ("indirect", "The rebels", "there are 18 newborns here"),
        ("direct", "Dr Jane Example", "We have six newborns in incubators"),
    ]),
    (BRIEFING_TRANSCRIPT, [
        # an answer says one thing a sentence; a greeting, and a sentence on the talk itself, say nothing
        ("direct", "Jon Example", "Dorsa is under the full control of the army"),
        # the paragraph with no label after an answer goes on with it
        ("direct", "Jon Example", "On the night of 28 March, terrorists infiltrated the town"),
        ("direct", "Jon Example", "Nobody was taken prisoner"),
        ("indirect", "The rebels", "they captured 63 soldiers"),
        ("direct", "Jon Example", "In the imagination of those who write the posts"),
        ("direct", "Jon Example", "I repeat: not one soldier was taken"),
        # what the speaker saw is a witness's claim
        ("direct", "Jon Example", "I saw the lists myself"),
        # an interviewer's turn is read from after its label
        ("indirect", "The observers", "62 remains"),
        # "No." says nothing; after the last answer its speaker goes on while speaking as "I" or
        # "we", and the writer's own narration is no part of it
        ("direct", "Jon Example", "I will add one figure: 1,400 residents have returned to their homes"),
    ]),
])
def test_the_answers_of_a_transcript_are_claims_of_the_one_answering(registry, text, expected):
    assert [(c.kind, c.source.name, c.text) for c in claims_of(text, registry, outlet="Reuters")] == expected


@pytest.mark.parametrize("answer, denied", [
    # a denial in the answer answers what the question just before passed on
    ("That figure is invented.", True),
    ("There was no such clause in the deal.", True),
    # or calls it false in its own words
    ("That is a fabrication from start to finish.", True),
    ("This is a lie, all of it.", True),
    # an answer that denies nothing links to nothing
    ("The talks went on all night.", False),
])
def test_a_denial_in_an_answer_denies_what_the_question_passed_on(registry, answer, denied):
    text = ("JON EXAMPLE: Good afternoon. The army holds the port.\n\n"
            "QUESTION (Example Ledger): The rebels say 64 civilians died in the strike. Is that true?\n\n"
            f"EXAMPLE: {answer}\n\n"
            "QUESTION (Example Ledger): And the convoy?\n\n"
            "EXAMPLE: The convoy crossed the bridge on Monday.\n")
    claims = claims_of(text, registry)
    reported = next(c for c in claims if c.source.name == "The rebels")
    answered = next(c for c in claims if c.text == answer.rstrip("."))
    assert (answered.denies == reported.id) is denied


def test_a_post_of_a_feed_is_one_claim_however_many_sentences(registry):
    text = ("[14 Mar, 23:40] Example Military Council: Our fighters took the silo. Five soldiers were captured.\n\n"
            "[15 Mar, 06:10] Example Military Council: The bridge is ours. The enemy fled.\n")
    claims = claims_of(text, registry)
    assert [c.text for c in claims] == ["Our fighters took the silo. Five soldiers were captured",
                                        "The bridge is ours. The enemy fled"]


def test_a_reporter_labelled_by_name_and_role_speaks_for_the_broadcaster(registry):
    text = ("ANCHOR (JANE EXAMPLE): Good evening. Jon, what are you seeing?\n\n"
            "JON EXAMPLE (REPORTER, RIVERTON): Jane, the treatment tent was built for twenty beds. "
            "The camp's health committee tells us 17 people have died since the outbreak began.\n\n"
            "ANCHOR: The government says there is no cholera in the camp at all.\n\n"
            "EXAMPLE: That's right. A nurse said the tests were positive.\n\n"
            "ANCHOR: Who do people blame?\n\n"
            "EXAMPLE: Almost everyone blames the blockade of the camp.\n")
    claims = claims_of(text, registry)
    # the reporter's turns, under the full label and under the surname, are read like any text
    assert [c.kind for c in claims if c.source.name.startswith(("JON", "Jon", "EXAMPLE", "Example"))] == []
    assert ("The camp's health committee", "17 people have died since the outbreak began") in [
        (c.source.name, c.text) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # copy with no double marks quotes in single ones, straight or curly
    ("'We held the line,' the minister said.", '"We held the line," the minister said.'),
    ("The navy acted ‘lawfully and with restraint’ when it stopped the ship.",
     'The navy acted "lawfully and with restraint" when it stopped the ship.'),
    # a closing mark that reads as a possessive closes only when nothing else does
    ("It had stopped 'at least 70 tonnes of weapons' reaching them.",
     'It had stopped "at least 70 tonnes of weapons" reaching them.'),
    ("'We beat the Corps' best units,' he said.", '"We beat the Corps\' best units," he said.'),
    ("The Corps' general command said so.", "The Corps' general command said so."),
    # apostrophes in and before words stay; an unclosed mark turns only when the next paragraph goes on
    ("It's the '90s again, he said.", "It's the '90s again, he said."),
    ("'Every one is safe.\n\n'The vessel is at anchor.'", '"Every one is safe.\n\n"The vessel is at anchor."'),
    # copy that has double marks keeps its single ones as they are
    ('"We said \'no\' to them," he said.', '"We said \'no\' to them," he said.'),
])
def test_single_quotation_marks_read_as_double_ones(text, expected):
    assert _with_double_quotes(text) == expected


def test_a_quotation_in_single_marks_is_a_direct_claim_that_quotes_what_is_written(registry):
    text = "'The master of the vessel ignored four radio warnings,' the minister said. It docked at noon."
    (claim,) = claims_of(text, registry)
    assert (claim.kind, claim.source.name, claim.text) == (
        "direct", "the minister", "The master of the vessel ignored four radio warnings")
    assert text[claim.span[0]:claim.span[1]] == claim.text


@pytest.mark.parametrize("text, name", [
    # a fact-check's numbered claim, signed after a dash: the signer said it, not "CLAIM 1"
    ("CLAIM 1: \u201c212 people are held at the base, every one of them an armed combatant.\u201d \u2014 "
     "Jon Example, in parliament, 8 April.\n\nVERDICT: Misleading.\n", "Jon Example"),
    ("CLAIM 2: \u201c947 islanders are held at the naval base.\u201d \u2014 a spokesman for the rebels, "
     "9 April.\n\nVERDICT: Unproven.\n", "a spokesman for the rebels"),
    # an en dash signs it as well as an em dash
    ("\u201cThe convoy carried only flour and medicine.\u201d \u2013 a post by @ExampleWatch, 10 April\n\n"
     "The army said it fired.", "@ExampleWatch"),
    ("Tweet: \u201cTwelve people died in the market.\u201d \u2013 @DorsaWatch\n\nMore later.", "@DorsaWatch"),
])
def test_a_labelled_quotation_signed_after_a_dash_is_the_signers(registry, text, name):
    claim = claims_of(text, registry)[0]
    assert (claim.kind, claim.source.name) == ("direct", name)


@pytest.mark.parametrize("text, claims", [
    # a clause with a pronoun subject and a reporting verb is the same speaker's next claim
    ("The army said 12 fighters were killed, and it denied that civilians were hit.",
     [("said", "12 fighters were killed"), ("and it denied that", "civilians were hit")]),
    ("Residents said the shelling began at dawn and they said 12 people died.",
     [("said", "the shelling began at dawn"), ("and they said", "12 people died")]),
    ("The Front affirms that none of its fighters were present, and it categorically rejects the claim of a "
     "gathering as a lie.",
     [("affirms", "none of its fighters were present"),
      ("and it categorically rejects", "the claim of a gathering as a lie")]),
])
def test_and_a_pronoun_with_a_reporting_verb_goes_on_with_the_speaker(registry, text, claims):
    assert [(c.cue, c.text) for c in claims_of(text, registry)] == claims


def test_still_between_a_relative_clauses_speaker_and_cue(registry):
    text = ("The UN counts 112 civilians killed this year, a third of them in the strike on the market, which the "
            "army still says hit only fighters and a fuel depot.")
    claim = claims_of(text, registry)[-1]
    assert (claim.source.name, claim.text) == ("the army", "hit only fighters and a fuel depot")


def test_a_speaker_of_a_council_is_a_title(registry):
    text = ('Sheikh Jon Example, speaker of the General Council, said in an address to the tribes: "They '
            'could not take the wells with their soldiers."')
    direct = [(c.source.name, c.text) for c in claims_of(text, registry) if c.kind == "direct"]
    assert direct == [("Sheikh Jon Example", "They could not take the wells with their soldiers")]


@pytest.mark.parametrize("text, name", [
    # the person the sentence before opened with, as its subject, though she said nothing there
    ('Colonel Jon Example said the army held the town. Dr Amina Testwood, who runs the only hospital in '
     'Dorsa, keeps a list of 36 names on her office wall. "Thirty-six dead that we buried," she said.',
     "Dr Amina Testwood"),
    # the speaker of the sentence before stays the speaker
    ('Jon Example said the army held the town. "We will stay," he said.', "Jon Example"),
    # the role may come before the name
    ('Colonel Jon Example said the army held the town. The Front\'s spokesman, Lee Sample, was just as quick. '
     '"We had no hand in it," he wrote.', "Lee Sample"),
])
def test_she_after_a_sentence_about_a_named_person_is_that_person(registry, text, name):
    assert claims_of(text, registry)[-1].source.name == name


def test_one_of_the_people_counted_before_speaks_and_is_he(registry):
    text = ('Two engineers spoke on condition of anonymity. One said about 40 soldiers had been on duty. '
            '"Nobody fought for long," he said. The second said he had counted nine bodies by the gate.')
    assert [(c.source.name, c.text) for c in claims_of(text, registry)[1:]] == [
        ("One", "about 40 soldiers had been on duty"), ("One", "Nobody fought for long"),
        ("The second", "he had counted nine bodies by the gate")]


@pytest.mark.parametrize("text, claimed", [
    # "holds/held X responsible" reports whom a speaker blames
    ("The Front holds the Supreme Council and its chairman, General Jon Example, personally responsible for "
     "the massacre.",
     ["the Supreme Council and its chairman, General Jon Example, personally responsible for the massacre"]),
    ("The government held the rebels responsible for the attack on the market.",
     ["the rebels responsible for the attack on the market"]),
    # otherwise "held" reports nothing
    ("The minister held talks with the envoy in Dorsa on Monday.", []),
])
def test_held_responsible_reports_blame(registry, text, claimed):
    assert [c.text for c in claims_of(text, registry) if c.kind != "narrative"] == claimed


@pytest.mark.parametrize("text, claimed", [
    # "repeated" reports only with "that"
    ("Colonel Jon Example repeated that the station had never fallen.", ["the station had never fallen"]),
    ("Repeated attacks have hit the station since March, killing 12.", []),
])
def test_repeated_reports_only_with_that(registry, text, claimed):
    assert [c.text for c in claims_of(text, registry) if c.kind != "narrative"] == claimed


def test_the_timed_posts_of_a_channel_digest_are_their_posters_quotations(registry):
    text = ("The monitor archives public posts by armed actors in the area.\n\n"
            "[14 Mar, 23:40] Example Military Council: Enemy assault on the silo under way. Our heroes are holding.\n\n"
            "[15 Mar, 04:15] Example Military Council: Our units have redeployed to stronger positions.\n\n"
            "[16 Mar, 11:20] Commander Jon Example: We left so that we could come back.\n\n"
            "Residents reached by phone said fighting continued through Monday morning.\n")
    assert [(c.kind, c.source.name, c.text) for c in claims_of(text, registry)] == [
        ("direct", "Example Military Council", "Enemy assault on the silo under way. Our heroes are holding"),
        ("direct", "Example Military Council", "Our units have redeployed to stronger positions"),
        ("direct", "Commander Jon Example", "We left so that we could come back"),
        ("indirect", "Residents", "fighting continued through Monday morning"),
    ]


def test_a_single_timed_line_is_no_feed(registry):
    text = "[Updated 10:40] Riverton: 12 people were killed in shelling, the governor said.\n"
    assert [c.kind for c in claims_of(text, registry)] == ["indirect"]


def test_labels_that_do_not_take_turns_are_no_transcript(registry):
    text = "Note: the toll was revised.\n\nRiverton: 12 people were killed in shelling, the governor said.\n"
    assert [c.kind for c in claims_of(text, registry)] == ["indirect"]


@pytest.mark.parametrize("text, name, stance", [
    # a capitalised word of a known body's name the text named before is that body
    ("Units of the Example Volunteer Corps took the junction. The Corps said 63 soldiers surrendered.",
     "Example Volunteer Corps", "opposition"),
    ("The Council of Example Province met. The Council said 870 people left the city.",
     "Council of Example Province", "opposition"),
    # and its part speaks for it, whatever the part's own name describes
    ("The Council of Example Province met. The Council's humanitarian office said 870 people left the city.",
     "The Council's humanitarian office", "opposition"),
    # named before by a shortened name whose words are all of one body's name
    ("The mayor was appointed by the Example Council. The Council said 870 people left the city.",
     "Council of Example Province", "opposition"),
    ("The mayor was appointed by the Example Council. The Council's humanitarian office said 870 people left.",
     "The Council's humanitarian office", "opposition"),
    # the body a named one belongs to
    ("Fighters of the Example Shield took the station. The Confederation said 14 soldiers were captured.",
     "Example Tribal Confederation", "opposition"),
    # named in the content of the sentence it speaks in
    ("Fighters of the Example Tribal Confederation took the station on Friday, the Confederation said.",
     "Example Tribal Confederation", "opposition"),
    # never named before: no body
    ("The Corps said 63 soldiers surrendered.", "Corps", "unknown"),
    # a shortened name that is not of one body alone: no body
    ("The mayor was appointed by the Riverton Council. The Council said 870 people left the city.",
     "The Council", "unknown"),
])
def test_a_word_of_a_named_bodys_name_refers_to_it(text, name, stance):
    from claimcheck.sources import parse_registry
    claim = claims_of(text, parse_registry(WAR_REGISTRY))[-1]
    assert (claim.source.name, claim.source.stance) == (name, stance)


@pytest.mark.parametrize("text, outlet, stance", [
    # a known body's name shortened from the front, before a title, is the body the speaker is of
    ("A Sea Brigade commander who asked not to be named said 40 soldiers were on board.",
     "Example Sea Brigade", "opposition"),
    # not a shortening of a known name
    ("A Riverton Port official said 40 soldiers were on board.", None, "unknown"),
])
def test_a_shortened_body_name_before_a_title_is_the_speakers_body(text, outlet, stance):
    from claimcheck.sources import parse_registry
    (claim,) = claims_of(text, parse_registry(WAR_REGISTRY))
    assert (claim.source.outlet, claim.source.stance) == (outlet, stance)


def test_a_person_of_a_kind_users_write_is_she_and_her_surname():
    # a politician is a person: "She" and "Ms Examplova" are her, not the minister before
    from claimcheck.sources import parse_registry
    text = ("Defence Minister Raskel Dornholm said 212 people are held. Vera Examplova said the real number was "
            "more than 600. She called the base a warehouse. Ms Examplova also accused the navy of lying.")
    claims = claims_of(text, parse_registry(WAR_REGISTRY))
    assert [(c.source.name, c.source.stance) for c in claims[1:]] == [
        ("Vera Examplova", "opposition"), ("Vera Examplova", "opposition"), ("Vera Examplova", "opposition")]


def test_the_office_refers_to_the_office_that_spoke_before():
    from claimcheck.sources import parse_registry
    text = ("The Council of Example Province met. According to the Council's humanitarian office, 870 people "
            "left the city. Nobody was stopped, the office said.")
    claims = claims_of(text, parse_registry(WAR_REGISTRY))
    assert [(c.source.name, c.source.stance) for c in claims] == [("Council's humanitarian office", "opposition")] * 2


@pytest.mark.parametrize("text, name", [
    # the registry lists people without their titles
    ("Dr. Dana Testwood said 40 patients remained in the hospital.", "Dana Testwood"),
    # a title and a surname: the full name given earlier
    ("Dana Testwood, a surgeon, said the road was cut. Dr. Testwood said 40 patients remained.", "Dana Testwood"),
    ("Dana Testwood, a surgeon, said the road was cut. Colonel Testwood said 40 patients remained.", "Dana Testwood"),
])
def test_a_titled_name_is_found_without_its_title(text, name):
    from claimcheck.sources import parse_registry
    claim = claims_of(text, parse_registry(WAR_REGISTRY))[-1]
    assert (claim.source.name, claim.source.stance) == (name, "opposition")


def test_a_quotation_after_a_sentence_ending_in_a_colon_is_its_subjects(registry):
    text = ("Regime channels claim that 140 of our fighters surrendered. Lies. Commander Jon Example, who leads the "
            "defence of the town, spoke to us from the port:\n\n\"Not one of our fighters has surrendered. "
            "The port is in our hands.\"\n")
    assert [(c.kind, c.source.name) for c in claims_of(text, registry)] == [
        ("indirect", "Regime channels"), ("direct", "Commander Jon Example")]


def test_a_fact_checks_claim_after_a_verdict_of_false_denies_the_claim_checked(registry):
    claims = claims_of(FACT_CHECK, registry, outlet="Reuters")
    by_text = {c.text: c for c in claims}
    checked = by_text["The Example Front shelled the Dorsa market"]
    ruling = by_text["Army shells hit the Dorsa market on Saturday, killing 12 people"]
    posted = by_text["Twelve people died in the market"]
    counted = by_text["19 deaths by Monday"]
    assert (ruling.denies, counted.denies) == (checked.id, posted.id)
    assert checked.denies is None and posted.denies is None
